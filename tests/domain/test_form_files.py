"""The shipped checklist forms and the TOML form loader (no Qt, no database)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # until the project is installed or pytest sets pythonpath
    sys.path.insert(0, str(REPO_ROOT))

from mentoroffice.checklists.forms import (  # noqa: E402
    FormCatalog,
    FormDefinition,
    FormError,
    default_forms_dir,
    load_catalog,
    load_form,
)

FORMS_DIR = REPO_ROOT / "forms"

EXPECTED_FORMS: dict[str, tuple[str, str]] = {
    # code: (technical area, kind)
    "HBB": ("NEO", "mentee"),
    "ECEB": ("NEO", "mentee"),
    "ECSB": ("NEO", "mentee"),
    "PPH": ("MNH", "mentee"),
    "PEE": ("MNH", "mentee"),
    "PARTO": ("MNH", "mentee"),
    "MVA": ("MNH", "mentee"),
    "ANC": ("MNH", "mentee"),
    "PNC": ("MNH", "mentee"),
    "PPFP": ("FP", "mentee"),
    "IMCI": ("IMCI", "mentee"),
    "ICCM": ("ICCM", "mentee"),
    "FAC-BASE": ("SUP", "facility"),
    "JSV": ("SUP", "facility"),
}

SHIPPED_FILES = sorted(FORMS_DIR.glob("*.toml"))


# --------------------------------------------------------------------------- shipped forms


@pytest.fixture(scope="module")
def catalog() -> FormCatalog:
    return load_catalog(FORMS_DIR)


def test_default_forms_dir_is_the_repository_folder() -> None:
    assert default_forms_dir() == FORMS_DIR
    assert default_forms_dir().is_dir()


def test_default_forms_dir_is_the_data_package_also_when_frozen(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The frozen build finds the forms as the wheel does, through mentoroffice.forms
    (the frozen program itself is checked by scripts/build.py --smoke)."""
    import mentoroffice.forms

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_forms_dir() == Path(mentoroffice.forms.__file__).parent == FORMS_DIR


def test_every_shipped_form_loads_without_error(catalog: FormCatalog) -> None:
    assert [str(error) for error in catalog.errors] == []
    assert len(catalog.forms) == len(SHIPPED_FILES)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_shipped_file_loads_and_is_named_by_code(path: Path) -> None:
    form = load_form(path)
    assert path.name == f"{form.code.lower()}.toml"
    assert form.source_path == str(path)


def test_expected_forms_are_shipped(catalog: FormCatalog) -> None:
    assert set(catalog.codes) == set(EXPECTED_FORMS)
    for code, (area, kind) in EXPECTED_FORMS.items():
        form = catalog.get(code)
        assert form is not None, code
        assert (form.technical_area, form.kind) == (area, kind), code
        assert form.version == 1, code
        assert form.pass_threshold == 85.0, code


def test_form_codes_are_unique() -> None:
    codes = [load_form(path).code for path in SHIPPED_FILES]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_shipped_form_shape(path: Path) -> None:
    form = load_form(path)
    assert 2 <= len(form.sections) <= 5
    assert 10 <= len(form.items) <= 25
    assert 1 <= len(form.critical_codes) <= 7
    assert len({item.code for item in form.items}) == len(form.items)
    assert len({section.title for section in form.sections}) == len(form.sections)
    assert any(item.guidance for item in form.items), "some items should carry guidance"
    for section in form.sections:
        assert all(item.section == section.title for item in section.items)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_each_form_has_a_critical_item(path: Path) -> None:
    form = load_form(path)
    assert form.critical_codes
    assert form.critical_codes <= {item.code for item in form.items}


def test_mentee_forms_name_cadres_and_facility_tools_may_not(catalog: FormCatalog) -> None:
    for form in catalog.forms:
        if form.kind == "mentee":
            assert form.cadres, form.code
    base = catalog.get("FAC-BASE")
    assert base is not None and base.cadres == ()
    assert [section.title for section in base.sections] == [
        "Health data",
        "Service organisation",
        "Infrastructure and equipment",
        "National guidelines and protocols",
    ]


def test_iccm_is_for_chws_in_the_community(catalog: FormCatalog) -> None:
    iccm = catalog.get("ICCM")
    assert iccm is not None
    assert iccm.levels == ("community",)
    assert iccm.cadres == ("chw",)
    text = " ".join(item.text + " " + item.guidance for item in iccm.items).lower()
    for word in ("rapid test", "ors", "zinc", "amoxicillin", "breaths", "refer"):
        assert word in text, word


def test_jsv_covers_the_four_parts_of_the_supervision_tool(catalog: FormCatalog) -> None:
    jsv = catalog.get("JSV")
    assert jsv is not None and jsv.kind == "facility"
    titles = [section.title.lower() for section in jsv.sections]
    assert titles == [
        "progress of mentorship",
        "supervision of mentors",
        "issues and challenges",
        "solutions agreed",
    ]


def _critical_text(form: FormDefinition) -> str:
    return " ".join(item.text for item in form.items if item.critical).lower()


def test_hbb_critical_steps(catalog: FormCatalog) -> None:
    hbb = catalog.get("HBB")
    assert hbb is not None
    critical = _critical_text(hbb)
    assert "40 breaths per minute" in critical
    assert "chest to rise" in critical
    assert "calls for help" in critical
    assert "one minute after birth" in critical


def test_pee_covers_magnesium_toxicity_and_antidote(catalog: FormCatalog) -> None:
    pee = catalog.get("PEE")
    assert pee is not None
    critical = _critical_text(pee)
    assert "calcium gluconate" in critical
    assert "loading dose" in critical
    assert "maintenance dose" in critical
    assert "respiratory rate" in critical
    all_text = " ".join(item.text for item in pee.items).lower()
    assert "reflexes" in all_text and "urine output" in all_text


# --------------------------------------------------------------------------- malformed files

VALID = """\
code = "TEST"
title = "A test checklist"
version = 2
technical_area = "NEO"
kind = "mentee"
levels = ["hospital"]
cadres = ["nurse"]
accepted_versions = [1]

[[sections]]
title = "First"

[[sections.items]]
code = "1.1"
text = "Does the first thing"
critical = true
guidance = "Looks like this"

[[sections.items]]
code = "1.2"
text = "Does the second thing"

[[sections]]
title = "Second"

[[sections.items]]
code = "2.1"
text = "Does the third thing"
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_sample_loads(tmp_path: Path) -> None:
    form = load_form(write(tmp_path, "test.toml", VALID))
    assert form.code == "TEST"
    assert form.version == 2
    assert form.pass_threshold == 85.0
    assert form.accepted_versions == (1,)
    assert [item.code for item in form.items] == ["1.1", "1.2", "2.1"]
    assert form.items[2].section == "Second"
    assert form.items[1].critical is False and form.items[1].guidance == ""
    assert form.critical_codes == frozenset({"1.1"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        form.code = "OTHER"  # type: ignore[misc]


MALFORMED: list[tuple[str, str, str, str]] = [
    # (id, file text, expected key, expected words in the problem)
    (
        "missing title",
        VALID.replace('title = "A test checklist"\n', ""),
        "title",
        "missing required title",
    ),
    (
        "missing item text",
        VALID.replace('text = "Does the second thing"\n', ""),
        "sections[0].items[1].text",
        "missing required text",
    ),
    ("version wrong type", VALID.replace("version = 2", 'version = "2"'), "version", "integer"),
    ("version boolean", VALID.replace("version = 2", "version = true"), "version", "integer"),
    ("version zero", VALID.replace("version = 2", "version = 0"), "version", "1 or more"),
    (
        "unknown top-level key",
        VALID.replace('kind = "mentee"', 'kind = "mentee"\npass_treshold = 80'),
        "pass_treshold",
        "unknown key 'pass_treshold'",
    ),
    (
        "unknown item key",
        VALID.replace("critical = true", "critcal = true"),
        "sections[0].items[0].critcal",
        "did you mean 'critical'",
    ),
    (
        "duplicate item code",
        VALID.replace('code = "2.1"', 'code = "1.1"'),
        "sections[1].items[0].code",
        "duplicate item code '1.1'",
    ),
    (
        "empty sections",
        VALID.split("[[sections]]")[0] + "sections = []\n",
        "sections",
        "at least one",
    ),
    (
        "no sections at all",
        VALID.split("[[sections]]")[0],
        "sections",
        "missing required sections",
    ),
    (
        "section without items",
        VALID.split("[[sections.items]]")[0],
        "sections[0].items",
        "missing required items",
    ),
    (
        "bad technical area",
        VALID.replace('technical_area = "NEO"', 'technical_area = "NEONATAL"'),
        "technical_area",
        "'NEONATAL' is not one of",
    ),
    ("bad kind", VALID.replace('kind = "mentee"', 'kind = "mentor"'), "kind", "not one of"),
    ("bad code", VALID.replace('code = "TEST"', 'code = "test"'), "code", "upper-case"),
    (
        "bad level",
        VALID.replace('levels = ["hospital"]', 'levels = ["hospital", "district"]'),
        "levels[1]",
        "'district' is not one of",
    ),
    ("empty levels", VALID.replace('levels = ["hospital"]', "levels = []"), "levels", "empty"),
    (
        "mentee form without cadres",
        VALID.replace('cadres = ["nurse"]', "cadres = []"),
        "cadres",
        "at least one cadre",
    ),
    (
        "threshold out of range",
        VALID.replace("accepted_versions", "pass_threshold = 120\naccepted_versions"),
        "pass_threshold",
        "at most 100",
    ),
    (
        "accepted version not older",
        VALID.replace("accepted_versions = [1]", "accepted_versions = [2]"),
        "accepted_versions[0]",
        "earlier version",
    ),
    (
        "critical not boolean",
        VALID.replace("critical = true", 'critical = "yes"'),
        "sections[0].items[0].critical",
        "true or false",
    ),
    (
        "sections as a table",
        VALID.split("[[sections]]")[0] + '[sections]\ntitle = "x"\n',
        "sections",
        "array of tables",
    ),
    (
        "blank item text",
        VALID.replace('"Does the third thing"', '"   "'),
        "sections[1].items[0].text",
        "empty",
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_file_names_file_and_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(FormError) as caught:
        load_form(path)
    error = caught.value
    assert error.path == str(path)
    assert error.key == key
    assert words in error.problem
    if key in ("title", "sections") and "missing required" in words:
        assert error.line is None  # a missing top-level key has no line to point at
    else:  # the line of the key, or of the table that lacks it
        assert error.line is not None
    where = f"bad.toml, line {error.line}" if error.line else "bad.toml"
    assert str(error).startswith(f"{where}: {key}: ")


def test_missing_text_message_format(tmp_path: Path) -> None:
    text = VALID.replace('text = "Does the second thing"\n', "")
    with pytest.raises(FormError) as caught:
        load_form(write(tmp_path, "hbb.toml", text))
    item_line = [n for n, line in enumerate(text.splitlines(), 1)
                 if "[[sections.items]]" in line][1]
    assert str(caught.value) == (
        f"hbb.toml, line {item_line}: sections[0].items[1].text: missing required text"
    )


def test_schema_error_names_the_line_of_its_key(tmp_path: Path) -> None:
    text = VALID.replace('critical = true', 'critical = "yes"')
    with pytest.raises(FormError) as caught:
        load_form(write(tmp_path, "bad.toml", text))
    assert text.splitlines()[caught.value.line - 1] == 'critical = "yes"'


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    broken = VALID.replace('title = "First"', 'title = "First', 1)
    expected_line = VALID.splitlines().index('title = "First"') + 1
    with pytest.raises(FormError) as caught:
        load_form(write(tmp_path, "broken.toml", broken))
    error = caught.value
    assert error.line == expected_line
    assert error.key == ""
    assert str(error).startswith(f"broken.toml, line {expected_line}: ")
    assert "(at line" not in str(error)


def test_syntax_error_at_end_of_file_still_has_a_line(tmp_path: Path) -> None:
    with pytest.raises(FormError) as caught:
        load_form(write(tmp_path, "cut.toml", 'code = "X"\nlevels = ["hospital",\n'))
    assert caught.value.line == 2
    assert str(caught.value).startswith("cut.toml, line 2: ")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_form(path).code == "TEST"


def test_not_utf8_is_a_form_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(VALID.replace("A test checklist", "Sant\xe9").encode("latin-1"))
    with pytest.raises(FormError) as caught:
        load_form(path)
    assert caught.value.line == 2
    assert "latin.toml, line 2: " in str(caught.value)


# --------------------------------------------------------------------------- catalog


def test_catalog_keeps_good_form_and_reports_broken_one(tmp_path: Path) -> None:
    write(tmp_path, "a_broken.toml", VALID.replace("version = 2", 'version = "two"'))
    write(tmp_path, "b_good.toml", VALID)
    result = load_catalog(tmp_path)
    assert [form.code for form in result.forms] == ["TEST"]
    assert result.get("TEST") is not None
    assert result.get("NOPE") is None
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith("a_broken.toml, line 3: version: ")


def test_catalog_reports_duplicate_form_code_naming_both_files(tmp_path: Path) -> None:
    write(tmp_path, "first.toml", VALID)
    write(tmp_path, "second.toml", VALID.replace("A test checklist", "Another title"))
    result = load_catalog(tmp_path)
    assert len(result.forms) == 1
    assert result.forms[0].title == "A test checklist"  # sorted order: first.toml wins
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.key == "code"
    assert error.path == str(tmp_path / "second.toml")
    message = str(error)
    assert message.startswith("second.toml: code: duplicate form code 'TEST'")
    assert "first.toml" in message


def test_catalog_loads_files_in_sorted_order_and_ignores_other_files(tmp_path: Path) -> None:
    write(tmp_path, "b.toml", VALID.replace('code = "TEST"', 'code = "BBB"'))
    write(tmp_path, "a.toml", VALID.replace('code = "TEST"', 'code = "AAA"'))
    write(tmp_path, "notes.txt", "not a form")
    write(tmp_path, ".#a.toml", "editor lock file")
    result = load_catalog(tmp_path)
    assert [form.code for form in result.forms] == ["AAA", "BBB"]
    assert result.errors == ()


def test_catalog_of_missing_folder_reports_instead_of_raising(tmp_path: Path) -> None:
    result = load_catalog(tmp_path / "nowhere")
    assert result.forms == ()
    assert len(result.errors) == 1
    assert "not found" in result.errors[0].problem
