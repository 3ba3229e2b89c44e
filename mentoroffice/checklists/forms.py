"""Checklist form definitions read from TOML files, with a strict schema check.

A form file describes one version of a competency checklist (``kind = "mentee"``)
or of a facility tool (``kind = "facility"``)::

    code = "HBB"
    title = "Helping Babies Breathe"
    version = 1
    technical_area = "NEO"
    kind = "mentee"
    levels = ["hospital", "health_center"]
    cadres = ["nurse", "midwife"]
    pass_threshold = 85            # optional, percent, default 85
    accepted_versions = []         # optional, older versions still accepted

    [[sections]]
    title = "Preparation"

    [[sections.items]]
    code = "1.1"
    text = "Checks the bag and mask"
    critical = true                # optional, default false
    guidance = "What done looks like"  # optional

    [translations.fr]              # optional: French, and [translations.rw] Kinyarwanda
    title = "Aider les bébés à respirer"
    sections = ["Préparation"]     # one per [[sections]], in order; "" = not yet translated
    review = ["1.1"]               # optional: strings a native speaker should check

    [translations.fr.items."1.1"]
    text = "Vérifie le ballon et le masque"
    guidance = "..."               # only where the English item has guidance

A translation may be partial: :meth:`FormDefinition.missing_strings` lists what it lacks and
:meth:`FormDefinition.in_language` shows English there. Translations are not part of what is
scored or stored (see ``registry.content_hash``): changing them never needs a new version.
``forms/README.md`` describes every key.

Everything here is free of Qt and of the database. Errors are reported as
:class:`FormError`, naming the file, the dotted key path and, for TOML syntax
errors, the line.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .toml_lines import key_line

__all__ = [
    "CADRES",
    "DEFAULT_PASS_THRESHOLD",
    "FORM_KINDS",
    "FORM_LANGUAGES",
    "LANGUAGE_NAMES",
    "LEVELS",
    "TECHNICAL_AREAS",
    "TRANSLATION_LANGUAGES",
    "FormCatalog",
    "FormDefinition",
    "FormError",
    "FormItem",
    "FormSection",
    "FormTranslation",
    "ItemTranslation",
    "default_forms_dir",
    "item_key",
    "load_catalog",
    "load_form",
    "section_key",
    "title_key",
    "typeset",
]

TECHNICAL_AREAS: tuple[str, ...] = ("MNH", "NEO", "IMCI", "FP", "CBMNH", "CBP-FP", "ICCM", "SUP")
FORM_KINDS: tuple[str, ...] = ("mentee", "facility")
LEVELS: tuple[str, ...] = ("hospital", "health_center", "health_post", "community")
CADRES: tuple[str, ...] = (
    "doctor",
    "intern_doctor",
    "nurse",
    "midwife",
    "anesthetist",
    "chw",
    "ceho",
    "facility_leader",
)
DEFAULT_PASS_THRESHOLD: float = 85.0
ENGLISH = "en"
TRANSLATION_LANGUAGES: tuple[str, ...] = ("fr", "rw")  # French, Kinyarwanda
FORM_LANGUAGES: tuple[str, ...] = (ENGLISH, *TRANSLATION_LANGUAGES)
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "rw": "Ikinyarwanda"}  # as printed

FORM_CODE_RE = re.compile(r"^[A-Z][A-Z0-9-]{1,15}$")
# Item codes are stored in a 16-character column next to the form version.
ITEM_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$")
MAX_TITLE_LENGTH = 200  # form title and section title columns

_FORM_KEYS: tuple[str, ...] = (
    "code",
    "title",
    "version",
    "technical_area",
    "kind",
    "levels",
    "cadres",
    "pass_threshold",
    "accepted_versions",
    "sections",
    "translations",
)
_SECTION_KEYS: tuple[str, ...] = ("title", "items")
_ITEM_KEYS: tuple[str, ...] = ("code", "text", "critical", "guidance")
_TRANSLATION_KEYS: tuple[str, ...] = ("title", "sections", "items", "review")
_ITEM_TRANSLATION_KEYS: tuple[str, ...] = ("text", "guidance")

_TOML_POSITION_RE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_TOML_AT_END_RE = re.compile(r"\s*\(at end of document\)\s*$")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class FormItem:
    """One step of a checklist; ``section`` is the title of its section."""

    code: str
    text: str
    critical: bool
    guidance: str
    section: str


@dataclass(frozen=True)
class FormSection:
    title: str
    items: tuple[FormItem, ...]


def title_key() -> str:
    """The key of a form's title among its translatable strings."""
    return "title"


def section_key(index: int) -> str:
    """The key of the title of the form's ``index``-th section (from 0)."""
    return f"sections[{index}]"


def item_key(code: str, field_name: str) -> str:
    """The key of an item's ``text`` or ``guidance``: ``items."1.1".text``."""
    return f'items."{code}".{field_name}'


@dataclass(frozen=True)
class ItemTranslation:
    """An item's text and guidance in one language; "" where not translated."""

    text: str = ""
    guidance: str = ""


@dataclass(frozen=True)
class FormTranslation:
    """One language's strings of a form (``[translations.fr]``); "" where not translated.

    ``review`` holds the keys (:func:`title_key`, :func:`section_key`, :func:`item_key`) of
    translated strings a native speaker should still check.
    """

    language: str
    title: str
    section_titles: tuple[str, ...]
    items: tuple[tuple[str, ItemTranslation], ...]
    review: tuple[str, ...] = ()

    def item(self, code: str) -> ItemTranslation:
        return next((found for c, found in self.items if c == code), ItemTranslation())

    def strings(self) -> dict[str, str]:
        """Every translated string by key."""
        found = {title_key(): self.title}
        found.update((section_key(i), title) for i, title in enumerate(self.section_titles))
        for code, item in self.items:
            found[item_key(code, "text")] = item.text
            found[item_key(code, "guidance")] = item.guidance
        return {key: text for key, text in found.items() if text}


@dataclass(frozen=True)
class FormDefinition:
    """One version of a form as read from its TOML file.

    ``language`` is the language of its texts: English as read, another after
    :meth:`in_language`, which keeps the English form in ``english``.
    """

    code: str
    title: str
    version: int
    technical_area: str
    kind: str  # "mentee" or "facility"
    levels: tuple[str, ...]
    cadres: tuple[str, ...]
    pass_threshold: float
    accepted_versions: tuple[int, ...]
    sections: tuple[FormSection, ...]
    source_path: str
    translations: tuple[FormTranslation, ...] = ()
    language: str = ENGLISH
    english: FormDefinition | None = field(default=None, compare=False, repr=False)

    @property
    def items(self) -> tuple[FormItem, ...]:
        """All items of all sections, in order."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def critical_codes(self) -> frozenset[str]:
        """Codes of the items that must all be done for a pass."""
        return frozenset(item.code for item in self.items if item.critical)

    # ----- languages

    @property
    def languages(self) -> tuple[str, ...]:
        """English, then the languages the file has a translation for."""
        return (ENGLISH, *(t.language for t in self._english_form.translations))

    def translation(self, language: str) -> FormTranslation | None:
        return next((t for t in self._english_form.translations if t.language == language), None)

    def english_strings(self) -> dict[str, str]:
        """Every translatable English string by key; guidance only where the item has some."""
        form = self._english_form
        strings = {title_key(): form.title}
        strings.update((section_key(i), s.title) for i, s in enumerate(form.sections))
        for item in form.items:
            strings[item_key(item.code, "text")] = item.text
            if item.guidance:
                strings[item_key(item.code, "guidance")] = item.guidance
        return strings

    def missing_strings(self, language: str) -> tuple[str, ...]:
        """Keys of the strings ``language`` does not translate (all of them without a table)."""
        _check_language(language)
        if language == ENGLISH:
            return ()
        translation = self.translation(language)
        translated = translation.strings() if translation else {}
        return tuple(key for key in self.english_strings() if key not in translated)

    def review_strings(self, language: str) -> tuple[str, ...]:
        """Keys of the translated strings of ``language`` marked for a native speaker's review."""
        _check_language(language)
        translation = self.translation(language)
        return translation.review if translation else ()

    def in_language(self, language: str) -> FormDefinition:
        """This form with its texts in ``language``, English for the strings not translated.

        Codes, criticality, threshold and versions are unchanged, so scoring is too. The
        result's ``language`` is the one used: English when the file has no such translation.
        """
        _check_language(language)
        english = self._english_form
        translation = english.translation(language)
        if translation is None:
            return english
        return _localized(english, translation)

    @property
    def fallback_strings(self) -> tuple[str, ...]:
        """Keys of the strings this form shows in English although its language is another."""
        return self.missing_strings(self.language)

    @property
    def fallback_steps(self) -> int:
        """How many step texts this form shows in English although its language is another."""
        return sum(1 for key in self.fallback_strings if key.endswith(".text"))

    @property
    def _english_form(self) -> FormDefinition:
        return self.english if self.english is not None else self


def _check_language(language: str) -> None:
    if language not in FORM_LANGUAGES:
        raise ValueError(f"unknown form language {language!r}; known: {', '.join(FORM_LANGUAGES)}")


_FRENCH_SPACE_BEFORE_RE = re.compile(r" (?=[:;!?%»]|°C)")
_FRENCH_SPACE_AFTER_RE = re.compile(r"(?<=«) ")
NO_BREAK_SPACE = "\u00a0"


def typeset(language: str, text: str) -> str:
    """French spacing: a no-break space before ``: ; ! ? % » °C`` and after ``«``.

    Form files are written with ordinary spaces, which stay readable in an editor; the
    French form shows them unbreakable so a line never starts with ":" or "%".
    """
    if language != "fr":
        return text
    text = _FRENCH_SPACE_BEFORE_RE.sub(NO_BREAK_SPACE, text)
    return _FRENCH_SPACE_AFTER_RE.sub(NO_BREAK_SPACE, text)


def _localized(english: FormDefinition, translation: FormTranslation) -> FormDefinition:
    language = translation.language
    sections = []
    for index, section in enumerate(english.sections):
        title = typeset(language, translation.section_titles[index]) or section.title
        items = tuple(
            _localized_item(item, translation.item(item.code), title, language)
            for item in section.items
        )
        sections.append(FormSection(title=title, items=items))
    return replace(
        english,
        title=typeset(language, translation.title) or english.title,
        sections=tuple(sections),
        language=language,
        english=english,
    )


def _localized_item(
    item: FormItem, translated: ItemTranslation, section: str, language: str
) -> FormItem:
    return replace(
        item,
        text=typeset(language, translated.text) or item.text,
        guidance=typeset(language, translated.guidance) or item.guidance,
        section=section,
    )


class FormError(Exception):
    """A form file that cannot be used.

    ``path`` is the file's path as given, ``key`` the dotted key path inside it
    (``sections[2].items[0].text``, or ``""`` for the file as a whole), ``line``
    the line number when known (TOML syntax errors) and ``problem`` the message.
    """

    def __init__(self, path: str | Path, key: str, line: int | None, problem: str) -> None:
        super().__init__(str(path), key, line, problem)
        self.path: str = str(path)
        self.key: str = key
        self.line: int | None = line
        self.problem: str = problem

    @property
    def file_name(self) -> str:
        return Path(self.path).name or self.path

    def __str__(self) -> str:
        where = self.file_name
        if self.line is not None:
            where += f", line {self.line}"
        if self.key:
            where += f": {self.key}"
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class FormCatalog:
    """The forms of a folder that loaded, and the errors of those that did not."""

    forms: tuple[FormDefinition, ...]
    errors: tuple[FormError, ...]

    def get(self, code: str) -> FormDefinition | None:
        for form in self.forms:
            if form.code == code:
                return form
        return None

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(form.code for form in self.forms)


# --------------------------------------------------------------------------- schema


class _SchemaError(Exception):
    """Raised inside the checks; turned into a FormError once the file is known."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(key, problem)
        self.key = key
        self.problem = problem


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _type_name(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


def _check_keys(table: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
    for key in table:
        if key not in allowed:
            hint = difflib.get_close_matches(key, allowed, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise _SchemaError(_join(prefix, key), f"unknown key '{key}'{suggestion}")


def _required(table: Mapping[str, Any], key: str, prefix: str) -> Any:
    if key not in table:
        raise _SchemaError(_join(prefix, key), f"missing required {key}")
    return table[key]


def _text(table: Mapping[str, Any], key: str, prefix: str, *, max_length: int | None = None) -> str:
    value = _required(table, key, prefix)
    if not isinstance(value, str):
        raise _SchemaError(_join(prefix, key), f"must be a string, not {_type_name(value)}")
    value = value.strip()
    if not value:
        raise _SchemaError(_join(prefix, key), "must not be empty")
    if max_length is not None and len(value) > max_length:
        raise _SchemaError(_join(prefix, key), f"longer than {max_length} characters")
    return value


def _optional_text(table: Mapping[str, Any], key: str, prefix: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _SchemaError(_join(prefix, key), f"must be a string, not {_type_name(value)}")
    return value.strip()


def _optional_bool(table: Mapping[str, Any], key: str, prefix: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise _SchemaError(_join(prefix, key), f"must be true or false, not {_type_name(value)}")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _choice(table: Mapping[str, Any], key: str, prefix: str, allowed: tuple[str, ...]) -> str:
    value = _text(table, key, prefix)
    if value not in allowed:
        raise _SchemaError(
            _join(prefix, key), f"'{value}' is not one of {', '.join(allowed)}"
        )
    return value


def _choice_list(
    table: Mapping[str, Any],
    key: str,
    prefix: str,
    allowed: tuple[str, ...],
    *,
    non_empty: bool,
) -> tuple[str, ...]:
    values = _required(table, key, prefix)
    if not isinstance(values, list):
        raise _SchemaError(_join(prefix, key), f"must be a list, not {_type_name(values)}")
    if non_empty and not values:
        raise _SchemaError(_join(prefix, key), "must not be empty")
    for index, value in enumerate(values):
        if value not in allowed:
            raise _SchemaError(
                f"{_join(prefix, key)}[{index}]",
                f"{value!r} is not one of {', '.join(allowed)}",
            )
    if len(set(values)) != len(values):
        raise _SchemaError(_join(prefix, key), "lists a value twice")
    return tuple(values)


def _form_code(table: Mapping[str, Any]) -> str:
    code = _text(table, "code", "")
    if not FORM_CODE_RE.match(code):
        raise _SchemaError(
            "code",
            f"'{code}' must be 2-16 characters: an upper-case letter, then "
            "upper-case letters, digits or '-'",
        )
    return code


def _version(table: Mapping[str, Any]) -> int:
    value = _required(table, "version", "")
    if not _is_int(value):
        raise _SchemaError("version", f"must be an integer, not {_type_name(value)}")
    if value < 1:
        raise _SchemaError("version", "must be 1 or more")
    return int(value)


def _pass_threshold(table: Mapping[str, Any]) -> float:
    value = table.get("pass_threshold", DEFAULT_PASS_THRESHOLD)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _SchemaError("pass_threshold", f"must be a number, not {_type_name(value)}")
    if not 0 < value <= 100:
        raise _SchemaError("pass_threshold", "must be more than 0 and at most 100")
    return float(value)


def _accepted_versions(table: Mapping[str, Any], version: int) -> tuple[int, ...]:
    values = table.get("accepted_versions", [])
    if not isinstance(values, list):
        raise _SchemaError("accepted_versions", f"must be a list, not {_type_name(values)}")
    for index, value in enumerate(values):
        key = f"accepted_versions[{index}]"
        if not _is_int(value):
            raise _SchemaError(key, f"must be an integer, not {_type_name(value)}")
        if not 1 <= value < version:
            raise _SchemaError(key, f"must be an earlier version (1 to {version - 1})")
    if len(set(values)) != len(values):
        raise _SchemaError("accepted_versions", "lists a version twice")
    return tuple(values)


def _cadres(table: Mapping[str, Any], kind: str) -> tuple[str, ...]:
    cadres = _choice_list(table, "cadres", "", CADRES, non_empty=False)
    if kind == "mentee" and not cadres:
        raise _SchemaError("cadres", "a mentee checklist must name at least one cadre")
    return cadres


def _table_list(value: object, key: str, what: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise _SchemaError(key, f"must be an array of tables ([[{what}]])")
    if not value:
        raise _SchemaError(key, f"must have at least one entry ([[{what}]])")
    return value


def _parse_item(table: Mapping[str, Any], prefix: str, section: str) -> FormItem:
    _check_keys(table, _ITEM_KEYS, prefix)
    code = _text(table, "code", prefix)
    if not ITEM_CODE_RE.match(code):
        raise _SchemaError(
            _join(prefix, "code"),
            f"'{code}' must be 1-16 letters, digits, '.', '_' or '-', without spaces",
        )
    return FormItem(
        code=code,
        text=_text(table, "text", prefix),
        critical=_optional_bool(table, "critical", prefix),
        guidance=_optional_text(table, "guidance", prefix),
        section=section,
    )


def _parse_section(table: Mapping[str, Any], prefix: str) -> FormSection:
    _check_keys(table, _SECTION_KEYS, prefix)
    title = _text(table, "title", prefix, max_length=MAX_TITLE_LENGTH)
    raw_items = _table_list(
        _required(table, "items", prefix), _join(prefix, "items"), "sections.items"
    )
    items = tuple(
        _parse_item(raw, f"{prefix}.items[{index}]", title)
        for index, raw in enumerate(raw_items)
    )
    return FormSection(title=title, items=items)


def _parse_sections(table: Mapping[str, Any]) -> tuple[FormSection, ...]:
    raw_sections = _table_list(_required(table, "sections", ""), "sections", "sections")
    sections = tuple(
        _parse_section(raw, f"sections[{index}]") for index, raw in enumerate(raw_sections)
    )
    _check_unique_item_codes(sections)
    return sections


def _check_unique_item_codes(sections: Iterable[FormSection]) -> None:
    seen: dict[str, str] = {}
    for s_index, section in enumerate(sections):
        for i_index, item in enumerate(section.items):
            key = f"sections[{s_index}].items[{i_index}].code"
            if item.code in seen:
                raise _SchemaError(
                    key, f"duplicate item code '{item.code}' (already used at {seen[item.code]})"
                )
            seen[item.code] = key


# --------------------------------------------------------------------------- translations


def _known_or_hint(value: str, known: Iterable[str], key: str, what: str) -> None:
    choices = list(known)
    if value in choices:
        return
    hint = difflib.get_close_matches(value, choices, n=1)
    suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
    raise _SchemaError(key, f"unknown {what} '{value}'{suggestion}")


def _table(value: object, key: str, example: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _SchemaError(key, f"must be a table ({example}), not {_type_name(value)}")
    return value


def _translated_text(
    table: Mapping[str, Any], key: str, prefix: str, *, max_length: int | None = None
) -> str:
    """A translated string, or "" when the key is absent (not translated yet)."""
    if key not in table:
        return ""
    return _text(table, key, prefix, max_length=max_length)


def _translation_language(language: str, key: str) -> None:
    if language == ENGLISH:
        raise _SchemaError(
            key,
            "English is the form's own text; translations are for "
            + ", ".join(TRANSLATION_LANGUAGES),
        )
    _known_or_hint(language, TRANSLATION_LANGUAGES, key, "language")


def _translated_section_titles(
    table: Mapping[str, Any], prefix: str, sections: tuple[FormSection, ...]
) -> tuple[str, ...]:
    key = _join(prefix, "sections")
    titles = table.get("sections", [""] * len(sections))
    if not isinstance(titles, list):
        raise _SchemaError(key, f"must be a list of strings, not {_type_name(titles)}")
    if len(titles) != len(sections):
        raise _SchemaError(
            key,
            f"has {len(titles)} titles for {len(sections)} sections: give one per "
            '[[sections]], in order ("" for one not yet translated)',
        )
    for index, title in enumerate(titles):
        if not isinstance(title, str):
            raise _SchemaError(f"{key}[{index}]", f"must be a string, not {_type_name(title)}")
        if len(title.strip()) > MAX_TITLE_LENGTH:
            raise _SchemaError(f"{key}[{index}]", f"longer than {MAX_TITLE_LENGTH} characters")
    return tuple(title.strip() for title in titles)


def _translated_item(table: object, key: str, english: FormItem) -> ItemTranslation:
    item = _table(table, key, "text = ..., guidance = ...")
    _check_keys(item, _ITEM_TRANSLATION_KEYS, key)
    if not item:
        raise _SchemaError(key, "translates nothing: give text, guidance or both")
    if "guidance" in item and not english.guidance:
        raise _SchemaError(
            _join(key, "guidance"), f"item '{english.code}' has no English guidance to translate"
        )
    return ItemTranslation(
        text=_translated_text(item, "text", key), guidance=_translated_text(item, "guidance", key)
    )


def _translated_items(
    table: Mapping[str, Any], prefix: str, english_items: tuple[FormItem, ...]
) -> tuple[tuple[str, ItemTranslation], ...]:
    items_key = _join(prefix, "items")
    raw = _table(table.get("items", {}), items_key, f'[{items_key}."1.1"]')
    by_code = {item.code: item for item in english_items}
    for code in raw:
        _known_or_hint(code, by_code, f'{items_key}."{code}"', "item code")
    return tuple(
        (code, _translated_item(raw[code], f'{items_key}."{code}"', item))
        for code, item in by_code.items()
        if code in raw
    )


def _review_entry_keys(entry: object, key: str, translation: FormTranslation) -> tuple[str, ...]:
    """The string keys a ``review`` entry names: "title", "sections[N]" or an item code."""
    if not isinstance(entry, str):
        raise _SchemaError(key, f"must be a string, not {_type_name(entry)}")
    translated = translation.strings()
    named: tuple[str, ...]
    if entry == title_key() or re.fullmatch(r"sections\[\d+\]", entry):
        named = (entry,)
    else:
        named = (item_key(entry, "text"), item_key(entry, "guidance"))
    found = tuple(string_key for string_key in named if string_key in translated)
    if not found:
        raise _SchemaError(
            key,
            f"'{entry}' is not a string this translation has: name \"title\", "
            '"sections[N]" (from 0) or the code of a translated item',
        )
    return found


def _review_keys(
    table: Mapping[str, Any], prefix: str, translation: FormTranslation
) -> tuple[str, ...]:
    key = _join(prefix, "review")
    entries = table.get("review", [])
    if not isinstance(entries, list):
        raise _SchemaError(key, f"must be a list of strings, not {_type_name(entries)}")
    if len(set(map(str, entries))) != len(entries):
        raise _SchemaError(key, "lists a string twice")
    return tuple(
        string_key
        for index, entry in enumerate(entries)
        for string_key in _review_entry_keys(entry, f"{key}[{index}]", translation)
    )


def _parse_translation(
    language: str, raw: object, sections: tuple[FormSection, ...]
) -> FormTranslation:
    prefix = f"translations.{language}"
    _translation_language(language, prefix)
    table = _table(raw, prefix, f"[{prefix}]")
    _check_keys(table, _TRANSLATION_KEYS, prefix)
    english_items = tuple(item for section in sections for item in section.items)
    translation = FormTranslation(
        language=language,
        title=_translated_text(table, "title", prefix, max_length=MAX_TITLE_LENGTH),
        section_titles=_translated_section_titles(table, prefix, sections),
        items=_translated_items(table, prefix, english_items),
    )
    return replace(translation, review=_review_keys(table, prefix, translation))


def _parse_translations(
    table: Mapping[str, Any], sections: tuple[FormSection, ...]
) -> tuple[FormTranslation, ...]:
    raw = _table(table.get("translations", {}), "translations", "[translations.fr]")
    return tuple(_parse_translation(language, value, sections) for language, value in raw.items())


def _parse_form(table: Mapping[str, Any], source_path: str) -> FormDefinition:
    _check_keys(table, _FORM_KEYS, "")
    code = _form_code(table)
    title = _text(table, "title", "", max_length=MAX_TITLE_LENGTH)
    version = _version(table)
    technical_area = _choice(table, "technical_area", "", TECHNICAL_AREAS)
    kind = _choice(table, "kind", "", FORM_KINDS)
    sections = _parse_sections(table)
    return FormDefinition(
        code=code,
        title=title,
        version=version,
        technical_area=technical_area,
        kind=kind,
        levels=_choice_list(table, "levels", "", LEVELS, non_empty=True),
        cadres=_cadres(table, kind),
        pass_threshold=_pass_threshold(table),
        accepted_versions=_accepted_versions(table, version),
        sections=sections,
        source_path=source_path,
        translations=_parse_translations(table, sections),
    )


# --------------------------------------------------------------------------- reading


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormError(path, "", None, f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        # utf-8-sig: tolerate the byte-order mark some Windows editors add.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormError(path, "", line, "not valid UTF-8 text") from exc


def _syntax_error(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> FormError:
    message = str(exc)
    line: int | None = None
    match = _TOML_POSITION_RE.search(message)
    if match:
        line = int(match.group(1))
        message = message[: match.start()]
    elif _TOML_AT_END_RE.search(message):
        line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        message = _TOML_AT_END_RE.sub("", message)
    return FormError(path, "", line, message.strip() or "invalid TOML")


def _parse_toml(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, text, exc) from exc


def load_form(path: Path) -> FormDefinition:
    """Read and check one form file; raise :class:`FormError` if it cannot be used.

    A schema error names the line of its key, or of the table that lacks it, when found.
    """
    path = Path(path)
    text = _read_text(path)
    table = _parse_toml(path, text)
    try:
        return _parse_form(table, str(path))
    except _SchemaError as exc:
        raise FormError(path, exc.key, key_line(text, exc.key), exc.problem) from exc


def _duplicate_code_error(form: FormDefinition, first: FormDefinition) -> FormError:
    first_name = Path(first.source_path).name
    this_name = Path(form.source_path).name
    return FormError(
        form.source_path,
        "code",
        None,
        f"duplicate form code '{form.code}': defined in both {first_name} and {this_name}",
    )


def _form_files(directory: Path) -> list[Path]:
    """``*.toml`` files in sorted order, skipping hidden files (editor locks, backups)."""
    return sorted(path for path in directory.glob("*.toml") if not path.name.startswith("."))


def load_catalog(directory: Path) -> FormCatalog:
    """Load every ``*.toml`` file of ``directory`` in sorted order; never raises for a bad file.

    A file that cannot be used, or that repeats the code of an earlier file,
    is left out and reported in ``errors``.
    """
    directory = Path(directory)
    if not directory.is_dir():
        error = FormError(directory, "", None, "forms folder not found")
        return FormCatalog(forms=(), errors=(error,))
    forms: dict[str, FormDefinition] = {}
    errors: list[FormError] = []
    for path in _form_files(directory):
        try:
            form = load_form(path)
        except FormError as exc:
            errors.append(exc)
            continue
        if form.code in forms:
            errors.append(_duplicate_code_error(form, forms[form.code]))
            continue
        forms[form.code] = form
    return FormCatalog(forms=tuple(forms.values()), errors=tuple(errors))


def default_forms_dir() -> Path:
    """The shipped checklists: the data package ``mentoroffice.forms``, which is the
    repository's ``forms/`` folder in a checkout (editable install), ``mentoroffice/forms`` in
    an installed wheel and in the frozen PyInstaller build."""
    from importlib.resources import files

    try:
        return Path(str(files("mentoroffice.forms")))
    except ModuleNotFoundError:  # a checkout run as it is, not installed (pip install -e .)
        return Path(__file__).resolve().parents[2] / "forms"
