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

Everything here is free of Qt and of the database. Errors are reported as
:class:`FormError`, naming the file, the dotted key path and, for TOML syntax
errors, the line.
"""

from __future__ import annotations

import difflib
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "CADRES",
    "DEFAULT_PASS_THRESHOLD",
    "FORM_KINDS",
    "LEVELS",
    "TECHNICAL_AREAS",
    "FormCatalog",
    "FormDefinition",
    "FormError",
    "FormItem",
    "FormSection",
    "default_forms_dir",
    "load_catalog",
    "load_form",
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
)
_SECTION_KEYS: tuple[str, ...] = ("title", "items")
_ITEM_KEYS: tuple[str, ...] = ("code", "text", "critical", "guidance")

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


@dataclass(frozen=True)
class FormDefinition:
    """One version of a form as read from its TOML file."""

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

    @property
    def items(self) -> tuple[FormItem, ...]:
        """All items of all sections, in order."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def critical_codes(self) -> frozenset[str]:
        """Codes of the items that must all be done for a pass."""
        return frozenset(item.code for item in self.items if item.critical)


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


def _parse_form(table: Mapping[str, Any], source_path: str) -> FormDefinition:
    _check_keys(table, _FORM_KEYS, "")
    code = _form_code(table)
    title = _text(table, "title", "", max_length=MAX_TITLE_LENGTH)
    version = _version(table)
    technical_area = _choice(table, "technical_area", "", TECHNICAL_AREAS)
    kind = _choice(table, "kind", "", FORM_KINDS)
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
        sections=_parse_sections(table),
        source_path=source_path,
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


def _parse_toml(path: Path) -> dict[str, Any]:
    text = _read_text(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, text, exc) from exc


def load_form(path: Path) -> FormDefinition:
    """Read and check one form file; raise :class:`FormError` if it cannot be used."""
    path = Path(path)
    table = _parse_toml(path)
    try:
        return _parse_form(table, str(path))
    except _SchemaError as exc:
        raise FormError(path, exc.key, None, exc.problem) from exc


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
    """The shipped ``forms/`` folder, also inside a frozen PyInstaller build."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / "forms"
    return Path(__file__).resolve().parents[2] / "forms"
