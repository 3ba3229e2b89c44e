"""Checklist forms in English, French and Kinyarwanda: the translations a form file carries.

No Qt, no database: the form loader, the language switch, the missing and review lists,
and scoring on a translated form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentoroffice.checklists.forms import (
    FormCatalog,
    FormDefinition,
    FormError,
    item_key,
    load_catalog,
    load_form,
    section_key,
)
from mentoroffice.checklists.registry import content_hash
from mentoroffice.checklists.scoring import score
from mentoroffice.checklists.service import preview_entry
from mentoroffice.checklists.translation_status import (
    coverage,
    main,
    missing_list,
    review_list,
)
from mentoroffice.data.enums import AssessmentKind, ItemResult

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"
SHIPPED_FILES = sorted(FORMS_DIR.glob("*.toml"))

SMALL = """\
code = "TEST"
title = "Keeping a newborn warm"
version = 3
technical_area = "NEO"
kind = "mentee"
levels = ["hospital"]
cadres = ["nurse"]
accepted_versions = [2]

[[sections]]
title = "At birth"

[[sections.items]]
code = "1.1"
text = "Dries the baby"
critical = true
guidance = "Head and body"

[[sections.items]]
code = "1.2"
text = "Puts the baby skin-to-skin"

[[sections]]
title = "After birth"

[[sections.items]]
code = "2.1"
text = "Delays the bath"
guidance = "At least 24 hours"

[translations.fr]
title = "Garder le nouveau-né au chaud"
sections = ["À la naissance", ""]
review = ["title"]

[translations.fr.items."1.1"]
text = "Sèche le bébé"
guidance = "La tête et le corps"

[translations.fr.items."2.1"]
text = "Retarde le bain"

[translations.rw]
sections = ["", ""]
review = ["1.2"]

[translations.rw.items."1.2"]
text = "Ashyira umwana ku gituza cya nyina"
"""


def write(directory: Path, text: str, name: str = "test.toml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path: Path) -> FormDefinition:
    return load_form(write(tmp_path, SMALL))


@pytest.fixture(scope="module")
def catalog() -> FormCatalog:
    return load_catalog(FORMS_DIR)


# --------------------------------------------------------------------------- shipped forms


def test_every_shipped_form_loads_with_its_translations(catalog: FormCatalog) -> None:
    assert [str(error) for error in catalog.errors] == []
    assert len(catalog.forms) == len(SHIPPED_FILES) == 14


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_french_covers_every_string_of_every_form(path: Path) -> None:
    form = load_form(path)
    assert form.missing_strings("fr") == ()
    french = form.in_language("fr")
    assert french.language == "fr"
    assert french.fallback_strings == ()


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_a_translated_shipped_form_scores_and_hashes_as_the_english(path: Path) -> None:
    english = load_form(path)
    for language in ("fr", "rw"):
        translated = english.in_language(language)
        assert [i.code for i in translated.items] == [i.code for i in english.items]
        assert translated.critical_codes == english.critical_codes
        assert (translated.version, translated.pass_threshold) == (
            english.version,
            english.pass_threshold,
        )


# --------------------------------------------------------------------------- fallback


def test_french_form_replaces_texts_and_keeps_what_scoring_reads(small: FormDefinition) -> None:
    french = small.in_language("fr")
    assert french.language == "fr"
    assert french.title == "Garder le nouveau-né au chaud"
    assert [s.title for s in french.sections] == ["À la naissance", "After birth"]
    first, second, third = french.items
    assert (first.text, first.guidance, first.section) == (
        "Sèche le bébé",
        "La tête et le corps",
        "À la naissance",
    )
    assert (second.text, second.section) == ("Puts the baby skin-to-skin", "À la naissance")
    assert (third.text, third.guidance, third.section) == (
        "Retarde le bain",
        "At least 24 hours",
        "After birth",
    )
    assert [i.code for i in french.items] == ["1.1", "1.2", "2.1"]
    assert [i.critical for i in french.items] == [True, False, False]
    assert (french.code, french.version, french.accepted_versions) == ("TEST", 3, (2,))
    assert french.pass_threshold == small.pass_threshold


def test_missing_strings_name_what_falls_back_to_english(small: FormDefinition) -> None:
    assert small.missing_strings("fr") == (
        section_key(1),
        item_key("1.2", "text"),
        item_key("2.1", "guidance"),
    )
    assert small.in_language("fr").fallback_strings == small.missing_strings("fr")
    assert small.missing_strings("en") == ()
    assert len(small.missing_strings("rw")) == len(small.english_strings()) - 1


def test_a_language_the_file_lacks_gives_the_english_form(tmp_path: Path) -> None:
    text = SMALL.split("[translations.fr]")[0]
    form = load_form(write(tmp_path, text))
    assert form.languages == ("en",)
    assert form.in_language("fr") is form
    assert form.in_language("fr").language == "en"
    assert form.missing_strings("fr") == tuple(form.english_strings())


def test_switching_language_starts_from_the_english(small: FormDefinition) -> None:
    kinyarwanda = small.in_language("fr").in_language("rw")
    assert kinyarwanda.language == "rw"
    assert kinyarwanda.title == "Keeping a newborn warm"  # English, not the French title
    assert kinyarwanda.items[1].text == "Ashyira umwana ku gituza cya nyina"
    assert kinyarwanda.in_language("en") == small
    assert small.languages == ("en", "fr", "rw")


def test_an_unknown_language_is_a_programming_error(small: FormDefinition) -> None:
    with pytest.raises(ValueError, match="unknown form language 'de'"):
        small.in_language("de")


# --------------------------------------------------------------------------- scoring


def test_scoring_is_the_same_on_the_english_and_the_french_form(small: FormDefinition) -> None:
    french = small.in_language("fr")
    answers = {"1.1": ItemResult.DONE, "1.2": ItemResult.NOT_DONE, "2.1": ItemResult.DONE}
    assert score(answers, french.critical_codes) == score(answers, small.critical_codes)
    for kind in (AssessmentKind.COACHING, AssessmentKind.POST_MENTORSHIP):
        assert preview_entry(french, kind, answers) == preview_entry(small, kind, answers)
    partial = {"1.2": ItemResult.DONE}
    assert preview_entry(french, AssessmentKind.POST_MENTORSHIP, partial) == preview_entry(
        small, AssessmentKind.POST_MENTORSHIP, partial
    )


def test_shipped_form_scores_the_same_answers_identically_in_french(
    catalog: FormCatalog,
) -> None:
    english = catalog.get("HBB")
    assert english is not None
    french = english.in_language("fr")
    answers = {
        item.code: ItemResult.NOT_DONE if index % 4 == 0 else ItemResult.DONE
        for index, item in enumerate(english.items)
    }
    english_score = score(answers, english.critical_codes)
    assert score(answers, french.critical_codes) == english_score
    assert english_score.passes(english.pass_threshold) is False


def test_translations_do_not_change_what_is_stored_so_the_version_stays(
    tmp_path: Path, small: FormDefinition
) -> None:
    retranslated = load_form(
        write(tmp_path, SMALL.replace("Sèche le bébé", "Sèche bien le bébé"), "other.toml")
    )
    no_translation = load_form(write(tmp_path, SMALL.split("[translations.fr]")[0], "bare.toml"))
    assert content_hash(retranslated) == content_hash(small) == content_hash(no_translation)


# --------------------------------------------------------------------------- refusals


MALFORMED: list[tuple[str, str, str, str, str]] = [
    # (id, replace this, with that, expected key, expected words)
    (
        "unknown language",
        "[translations.rw]",
        "[translations.de]",
        "translations.de",
        "unknown language 'de'",
    ),
    (
        "English as a translation",
        "[translations.rw]",
        "[translations.en]",
        "translations.en",
        "English is the form's own text",
    ),
    (
        "unknown item code",
        '[translations.fr.items."2.1"]',
        '[translations.fr.items."2.2"]',
        'translations.fr.items."2.2"',
        "unknown item code '2.2' (did you mean '2.1'?)",
    ),
    (
        "text of the wrong type",
        'text = "Retarde le bain"',
        "text = 3",
        'translations.fr.items."2.1".text',
        "must be a string, not an integer",
    ),
    (
        "empty text",
        'text = "Retarde le bain"',
        'text = "  "',
        'translations.fr.items."2.1".text',
        "must not be empty",
    ),
    (
        "unknown key in an item",
        'text = "Retarde le bain"',
        'texte = "Retarde le bain"',
        'translations.fr.items."2.1".texte',
        "did you mean 'text'",
    ),
    (
        "guidance the English lacks",
        'text = "Ashyira umwana ku gituza cya nyina"',
        'text = "Ashyira umwana ku gituza cya nyina"\nguidance = "x"',
        'translations.rw.items."1.2".guidance',
        "no English guidance",
    ),
    (
        "too few section titles",
        'sections = ["À la naissance", ""]',
        'sections = ["À la naissance"]',
        "translations.fr.sections",
        "has 1 titles for 2 sections",
    ),
    (
        "section title of the wrong type",
        'sections = ["À la naissance", ""]',
        'sections = ["À la naissance", 2]',
        "translations.fr.sections[1]",
        "must be a string",
    ),
    (
        "unknown key in a translation",
        'title = "Garder le nouveau-né au chaud"',
        'titre = "Garder le nouveau-né au chaud"',
        "translations.fr.titre",
        "did you mean 'title'",
    ),
    (
        "review of a string not translated",
        'review = ["title"]',
        'review = ["title", "1.2"]',
        "translations.fr.review[1]",
        "'1.2' is not a string this translation has",
    ),
    (
        "review named twice",
        'review = ["title"]',
        'review = ["title", "title"]',
        "translations.fr.review",
        "twice",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "key", "words"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_translation_is_refused_with_file_key_and_line(
    tmp_path: Path, old: str, new: str, key: str, words: str
) -> None:
    assert SMALL.count(old) == 1
    text = SMALL.replace(old, new)
    path = write(tmp_path, text, "bad.toml")
    with pytest.raises(FormError) as caught:
        load_form(path)
    error = caught.value
    assert (error.path, error.key) == (str(path), key)
    assert words in error.problem
    assert error.line is not None
    assert str(error) == f"bad.toml, line {error.line}: {key}: {error.problem}"


def test_translations_must_be_a_table(tmp_path: Path) -> None:
    text = SMALL.split("[translations.fr]")[0].replace(
        "accepted_versions", 'translations = "fr"\naccepted_versions'
    )
    with pytest.raises(FormError) as caught:
        load_form(write(tmp_path, text, "bad.toml"))
    assert caught.value.key == "translations"
    assert "must be a table ([translations.fr]), not a string" in caught.value.problem
    assert caught.value.line == text.splitlines().index('translations = "fr"') + 1


def test_the_line_of_a_bad_translation_is_the_line_of_its_key(tmp_path: Path) -> None:
    text = SMALL.replace('text = "Retarde le bain"', "text = 3")
    with pytest.raises(FormError) as caught:
        load_form(write(tmp_path, text, "bad.toml"))
    assert caught.value.line is not None
    assert text.splitlines()[caught.value.line - 1] == "text = 3"


def test_a_bad_translation_leaves_the_catalog_its_other_forms(tmp_path: Path) -> None:
    write(tmp_path, SMALL.replace("[translations.rw]", "[translations.xx]"), "a.toml")
    write(tmp_path, SMALL.replace('code = "TEST"', 'code = "GOOD"'), "b.toml")
    catalog = load_catalog(tmp_path)
    assert catalog.codes == ("GOOD",)
    assert "translations.xx: unknown language 'xx'" in str(catalog.errors[0])


# --------------------------------------------------------------------------- review list


def test_review_strings_expand_item_codes_to_translated_strings(small: FormDefinition) -> None:
    assert small.review_strings("fr") == ("title",)
    assert small.review_strings("rw") == (item_key("1.2", "text"),)
    assert small.review_strings("en") == ()


def test_review_and_missing_lists_over_a_folder(tmp_path: Path) -> None:
    write(tmp_path, SMALL)
    catalog = load_catalog(tmp_path)
    (entry,) = review_list(catalog, "rw")
    assert (entry.form_code, entry.key) == ("TEST", 'items."1.2".text')
    assert (entry.english, entry.translated) == (
        "Puts the baby skin-to-skin",
        "Ashyira umwana ku gituza cya nyina",
    )
    assert [row.key for row in missing_list(catalog, "fr")] == list(
        catalog.forms[0].missing_strings("fr")
    )
    (french,) = coverage(catalog, "fr")
    assert (french.translated, french.total, french.to_review, french.complete) == (
        5,
        8,
        1,
        False,
    )


def test_review_command_prints_the_kinyarwanda_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, SMALL)
    assert main(["--forms", str(tmp_path), "--review", "rw"]) == 0
    printed = capsys.readouterr().out
    assert 'TEST items."1.2".text' in printed
    assert "Ashyira umwana ku gituza cya nyina" in printed
    assert printed.rstrip().endswith("1 string(s)")


def test_shipped_kinyarwanda_review_list_is_produced(catalog: FormCatalog) -> None:
    rows = review_list(catalog, "rw")
    assert rows, "the Kinyarwanda strings still to review are listed"
    for row in rows:
        form = catalog.get(row.form_code)
        assert form is not None
        assert row.english == form.english_strings()[row.key]
        assert row.translated


def test_coverage_table_lists_every_shipped_form(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--forms", str(FORMS_DIR)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(SHIPPED_FILES)


def test_french_form_keeps_colons_and_percents_on_their_line(tmp_path: Path) -> None:
    text = SMALL.replace("Sèche le bébé", "Sèche le bébé : 100 % du corps, « vite »")
    french = load_form(write(tmp_path, text)).in_language("fr")
    assert french.items[0].text == (
        "Sèche le bébé\u00a0: 100\u00a0% du corps, «\u00a0vite\u00a0»"
    )
    kinyarwanda = load_form(write(tmp_path, text)).in_language("rw")
    assert kinyarwanda.items[0].text == "Dries the baby"


def test_the_readme_example_loads(tmp_path: Path) -> None:
    readme = (FORMS_DIR / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    form = load_form(write(tmp_path, example, "hbb.toml"))
    assert form.missing_strings("fr") == ()
    assert form.review_strings("rw") == ("title",)
    assert form.in_language("rw").items[0].text == "Washes hands and puts on clean gloves"
