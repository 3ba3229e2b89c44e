"""Column templates for each kind of import, automatic column matching, and example workbooks.

A template lists the fields an import reads, each with its English header (used in the example
workbook), its French header and the other names offices give the column. `auto_map` matches a
file's headers to fields case- and accent-insensitively, ignoring punctuation and anything in
brackets ("Date (jj/mm/aaaa)" matches "Date"); the wizard shows the result and lets the person
change it with `ColumnMapping.with_column`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from .problems import Problem
from .values import normalize


class ImportKind(StrEnum):
    FACILITIES = "facilities"
    PEOPLE = "people"
    MENTORS = "mentors"
    ENROLMENTS = "enrolments"
    ASSESSMENTS = "assessments"
    LEGACY_SCORES = "legacy_scores"
    INDICATOR_VALUES = "indicator_values"


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English header, as in the example workbook
    french: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    help: str = ""
    examples: tuple[object, object] = ("", "")

    def names(self) -> tuple[str, ...]:
        return (self.label, self.french, *self.synonyms)


@dataclass(frozen=True)
class Template:
    kind: ImportKind
    title: str
    description: str
    fields: tuple[Field, ...]
    # Alternatives, each a set of fields that together identify the row's person (by staff
    # code, or by first and last name); at least one must have columns.
    identity: tuple[tuple[str, ...], ...] = ()
    item_columns: bool = False  # assessments: one column per checklist step, by step code

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def _f(key: str, label: str, french: str, *synonyms: str, required: bool = False,
       help: str = "", examples: tuple[object, object] = ("", "")) -> Field:
    return Field(key, label, french, synonyms, required, help, examples)


def _person(prefix: str, who: str, qui: str, examples: tuple[tuple[object, object], ...]
            ) -> tuple[Field, ...]:
    p = f"{prefix}_" if prefix else "person_"
    n = f"{prefix}_" if prefix else ""
    w, q = (f"{who} ", f" du {qui}") if who else ("", "")
    return (
        _f(f"{p}code", f"{w}staff code".capitalize(), f"Matricule{q}", "staff code", "code",
           "matricule", "staff id", "code du personnel", help="The person's staff code, if "
           "the office uses them; otherwise first and last name (and phone) identify them.",
           examples=examples[0]),
        _f(f"{n}first_name", f"{w}first name".capitalize(), f"Prénom{q}", "first name",
           "prénom", "prénoms", "given name", examples=examples[1]),
        _f(f"{n}last_name", f"{w}last name".capitalize(), f"Nom{q}", "last name", "nom",
           "surname", "family name", "nom de famille", examples=examples[2]),
        _f(f"{n}phone", f"{w}phone".capitalize(), f"Téléphone{q}", "phone", "téléphone",
           "telephone", "tel", "mobile", "phone number", examples=examples[3]),
    )


def _identity(prefix: str) -> tuple[tuple[str, ...], ...]:
    p, n = (f"{prefix}_", f"{prefix}_") if prefix else ("person_", "")
    return ((f"{p}code",), (f"{n}first_name", f"{n}last_name"))


FACILITY_NAMES = ("facility code", "code fosa", "facility", "formation sanitaire", "fosa",
                  "health facility", "structure", "code de la structure")
PEOPLE_EXAMPLES = (("RW-0412", ""), ("Claudine", "Jean Bosco"), ("Mukamana", "Habimana"),
                   ("+250 788 123 456", "0722 456 789"))
AREAS = "MNH, NEO, IMCI, FP, CBMNH, CBP-FP, ICCM"

FACILITIES = Template(ImportKind.FACILITIES, "Facilities", "One row per facility, with the code "
                      "of the unit it sits under (parents may be in the same file).", (
    _f("code", "Code", "Code", "facility code", "code fosa", "org unit code", required=True,
       help="Unique code: letters, digits, '.', '_' or '-'.", examples=("GIC-HC-01", "GIC-HP-01")),
    _f("name", "Name", "Nom", "facility name", "facility", "nom de la structure",
       "formation sanitaire", "fosa", required=True, examples=("Rutare Health Center",
                                                               "Gishari Health Post")),
    _f("level", "Level", "Niveau", "type", "facility type", "type de structure", required=True,
       help="country, province, district, hospital, health center, health post (or French: "
       "pays, hôpital, centre de santé, poste de santé).", examples=("health center",
                                                                     "poste de santé")),
    _f("parent", "Parent code", "Code du parent", "parent", "parent facility", "parent code",
       "rattachement", "structure parente", help="Code of the unit above (required except for "
       "the country).", examples=("BYUMBA-DH", "GIC-HC-01")),
    _f("dhis2_uid", "DHIS2 UID", "UID DHIS2", "dhis2 id", "dhis2", "identifiant dhis2", "uid",
       help="11 letters or digits, from DHIS2.", examples=("Ab3dEfGh1jK", "")),
    _f("upgraded", "Upgraded health center", "Centre de santé amélioré", "upgraded",
       help="yes for a health center upgraded to receive the hospital's joint team.",
       examples=("no", "")),
))

PEOPLE = Template(ImportKind.PEOPLE, "People", "One row per person, with their current "
                  "posting. A person already in the database is matched by staff code, or by "
                  "first name, last name and phone.", (
    *_person("", "", "", PEOPLE_EXAMPLES),
    _f("sex", "Sex", "Sexe", "gender", "genre", required=True, help="F or M (female/male, "
       "femme/homme).", examples=("F", "M")),
    _f("cadre", "Cadre", "Cadre", "profession", "category", "catégorie professionnelle",
       required=True, help="doctor, intern doctor, nurse, midwife, anesthetist, CHW, CEHO, "
       "administrator, other (or French: médecin, infirmier, sage-femme...).",
       examples=("midwife", "infirmier")),
    _f("qualification", "Qualification", "Qualification", "diploma", "diplôme",
       examples=("A1", "A2")),
    _f("facility", "Facility code", "Code FOSA", "lieu d'affectation", "duty station",
       "poste d'affectation", *FACILITY_NAMES, help="Where the person works now (code or exact "
       "name).", examples=("GIC-HC-01", "GIC-HC-01")),
    _f("role", "Role", "Fonction", "position", "poste", "function", help="provider, facility "
       "leader (titulaire), QI team, data manager, CHW, supervisor. Default: provider.",
       examples=("provider", "titulaire")),
    _f("posted_on", "Posted on", "Date d'affectation", "start date", "date de début",
       "posting date", "since", "depuis", help="Date the posting began; required with a "
       "facility.", examples=(dt.date(2023, 1, 9), "01/03/2021")),
), identity=_identity(""))

MENTORS = Template(ImportKind.MENTORS, "Mentors and assignments", "One row per assignment (or "
                   "per mentor without one). The person must already be in the registry.", (
    *_person("", "", "", PEOPLE_EXAMPLES),
    _f("mentor_kind", "Mentor kind", "Type de mentor", "kind", "type", "mentor type",
       required=True, help="association (hospital joint team), district, hc provider, "
       "community.", examples=("district", "district")),
    _f("association", "Association", "Association", "professional association",
       help="RSOG, RAM or RPA, for association mentors only.", examples=("", "")),
    _f("areas", "Technical areas", "Domaines techniques", "areas", "technical area",
       "domaines", "domaine", help=f"One or more of {AREAS}, separated by ';'.",
       examples=("MNH; NEO", "MNH")),
    _f("facility", "Assigned facility code", "Code FOSA d'affectation", "assigned facility",
       "assigned to", *FACILITY_NAMES, examples=("GIC-HC-01", "GIC-HC-02")),
    _f("chw_group", "CHW group code", "Code du groupe ASC", "chw group", "groupe asc"),
    _f("assignment_area", "Assignment area", "Domaine de l'affectation", examples=("MNH", "")),
    _f("start_date", "Start date", "Date de début", "from", "assigned on", "du",
       help="Required with a facility or CHW group.", examples=("2024-01-08", "08/01/2024")),
    _f("end_date", "End date", "Date de fin", "to", "until", "au", "jusqu'au"),
    _f("override_reason", "Override reason", "Justification", "reason", "raison",
       help="Needed when an assignment breaks a rule that may be overridden (e.g. a third "
       "health center)."),
), identity=_identity(""))

ENROLMENTS = Template(ImportKind.ENROLMENTS, "Mentee enrolments", "One row per mentee and "
                      "technical area at a facility, with the planned competencies.", (
    *_person("", "", "", PEOPLE_EXAMPLES),
    _f("facility", "Facility code", "Code FOSA", *FACILITY_NAMES, required=True,
       examples=("GIC-HC-01", "GIC-HC-01")),
    _f("technical_area", "Technical area", "Domaine technique", "area", "domaine",
       required=True, help=AREAS, examples=("MNH", "NEO")),
    _f("enrolled_on", "Enrolled on", "Date d'inscription", "enrolment date", "enrollment date",
       "start date", "date de début", required=True, examples=("2024-02-01", "01/02/2024")),
    _f("competencies", "Competencies", "Compétences", "planned competencies", "checklists",
       help="Checklist codes separated by ';' (e.g. PPH; PEE).", examples=("PPH; PEE", "HBB")),
    _f("status", "Status", "Statut", "état", help="active, completed, withdrawn. Default: "
       "active.", examples=("active", "actif")),
    _f("end_date", "End date", "Date de fin"),
), identity=_identity(""))

MENTEE = _person("mentee", "mentee", "mentoré", PEOPLE_EXAMPLES)
ASSESSOR = _f("assessor_code", "Assessor staff code", "Matricule de l'évaluateur",
              "mentor code", "assessor", "mentor", "évaluateur", "code du mentor",
              examples=("RW-0101", "RW-0101"))
FACILITY_OF_ASSESSMENT = _f("facility", "Facility code", "Code FOSA", *FACILITY_NAMES,
                            examples=("GIC-HC-01", "GIC-HC-01"))

ASSESSMENTS = Template(ImportKind.ASSESSMENTS, "Assessments with step results", "One row per "
                       "assessment; one column per checklist step, headed by the step's code "
                       "(1.1, 1.2...), holding done, not done or N/A (fait, non fait, S/O).", (
    *MENTEE,
    _f("form", "Checklist", "Grille", "form", "form code", "checklist code", "competency",
       "compétence", "outil", required=True, examples=("HBB", "HBB")),
    _f("form_version", "Checklist version", "Version de la grille", "version",
       help="Default: the latest version."),
    _f("kind", "Assessment kind", "Type d'évaluation", "kind", "type", "assessment type",
       required=True, help="pre-test, coaching, post-mentorship (or baseline, supervision for "
       "facility tools).", examples=("pre-test", "post-mentorship")),
    _f("assessed_on", "Assessment date", "Date d'évaluation", "date", "assessed on",
       required=True, examples=("2024-03-05", "05/04/2024")),
    replace(FACILITY_OF_ASSESSMENT, required=True),
    ASSESSOR,
    _f("strengths", "Strengths", "Points forts"),
    _f("to_improve", "To improve", "Points à améliorer", "areas to improve", "gaps"),
), identity=_identity("mentee"), item_columns=True)

LEGACY_SCORES = Template(ImportKind.LEGACY_SCORES, "Scores only (legacy trackers)", "One row "
                         "per mentee and competency with a score and a date, for trackers that "
                         "kept no step results.", (
    *MENTEE,
    _f("form", "Competency", "Compétence", "checklist", "form", "grille", "form code",
       required=True, examples=("PPH", "PPH")),
    _f("assessed_on", "Date", "Date", "assessment date", "date d'évaluation", required=True,
       examples=("2023-05-10", "12/09/2023")),
    _f("score", "Score", "Score", "score %", "percentage", "pourcentage", "note", "result",
       "résultat", required=True, help="0-100, or a percentage.", examples=(72, "90%")),
    _f("kind", "Assessment kind", "Type d'évaluation", "kind", "type", help="pre-test, coaching "
       "or post-mentorship. Default: coaching.", examples=("pre-test", "post-mentorship")),
    FACILITY_OF_ASSESSMENT,
    ASSESSOR,
    _f("validated", "Validated", "Validé", "validation", help="yes when the tracker records "
       "that the mentee was validated (every critical step done).", examples=("", "yes")),
), identity=_identity("mentee"))

INDICATOR_VALUES = Template(ImportKind.INDICATOR_VALUES, "Facility indicator values", "One row "
                            "per facility, indicator and month.", (
    _f("facility", "Facility code", "Code FOSA", *FACILITY_NAMES, required=True,
       examples=("BYUMBA-DH", "BYUMBA-DH")),
    _f("indicator", "Indicator", "Indicateur", "indicator code", "code indicateur",
       required=True, examples=("PNC_COVERAGE", "RESUS_SUCCESS")),
    _f("month", "Month", "Mois", "period", "période", required=True,
       examples=("2024-07", "juillet 2024")),
    _f("numerator", "Numerator", "Numérateur", "num", required=True, examples=(112, 9)),
    _f("denominator", "Denominator", "Dénominateur", "den", required=True,
       examples=(130, 11)),
))

TEMPLATES: dict[ImportKind, Template] = {t.kind: t for t in (
    FACILITIES, PEOPLE, MENTORS, ENROLMENTS, ASSESSMENTS, LEGACY_SCORES, INDICATOR_VALUES)}


# --- matching -------------------------------------------------------------------------------


def header_key(header: str) -> str:
    return normalize(re.sub(r"\([^)]*\)|\[[^]]*\]|\*", " ", header))


def item_code(header: str) -> str | None:
    """A step code from a header such as '1.2' or '1.2 Dries the baby'."""
    first = header.strip().split(" ", 1)[0] if header.strip() else ""
    return first if re.fullmatch(r"[A-Za-z]{0,3}\d+([.\-]\d+)*[a-z]?", first) else None


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (index into the headers) each field reads; item columns by step code."""

    kind: ImportKind
    headers: tuple[str, ...]
    columns: dict[str, int] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)

    @property
    def template(self) -> Template:
        return TEMPLATES[self.kind]

    def column_of(self, key: str) -> int | None:
        return self.columns.get(key)

    def header_of(self, key: str) -> str:
        index = self.columns.get(key)
        return self.headers[index] if index is not None else self.template.field(key).label

    def with_column(self, key: str, index: int | None) -> ColumnMapping:
        """The wizard's edit: field `key` reads column `index` (None: no column)."""
        columns = {k: v for k, v in self.columns.items() if k != key and v != index}
        if index is not None:
            columns[key] = index
        items = {c: i for c, i in self.items.items() if i != index}
        return replace(self, columns=columns, items=items)

    def ignored_columns(self) -> list[int]:
        used = set(self.columns.values()) | set(self.items.values())
        return [i for i, h in enumerate(self.headers) if h and i not in used]

    def problems(self) -> list[Problem]:
        template = self.template
        problems = [Problem(None, f.label, f"No column holds '{f.label}' ({f.french}), which is "
                            "required: choose the column that does.")
                    for f in template.fields if f.required and f.key not in self.columns]
        alternatives = template.identity
        if alternatives and not any(all(k in self.columns for k in keys)
                                    for keys in alternatives):
            labels = " or ".join(" and ".join(f"'{template.field(k).label}'" for k in keys)
                                 for keys in alternatives)
            problems.append(Problem(None, None, f"The file needs {labels} to know who each "
                                    "row is about."))
        if template.item_columns and not self.items:
            problems.append(Problem(None, None, "No column is headed by a checklist step code "
                                    "(1.1, 1.2...): the step results cannot be read."))
        return problems


def auto_map(kind: ImportKind | str, headers: Sequence[str]) -> ColumnMapping:
    """Match headers to the template's fields: labels first, then other names; first wins."""
    template = TEMPLATES[ImportKind(kind)]
    keys = [header_key(h) for h in headers]
    columns: dict[str, int] = {}
    for exact in (True, False):
        for index, key in enumerate(keys):
            if not key or index in columns.values():
                continue
            for f in template.fields:
                names = (f.label, f.french) if exact else f.synonyms
                if f.key not in columns and key in {header_key(n) for n in names}:
                    columns[f.key] = index
                    break
    items: dict[str, int] = {}
    if template.item_columns:
        for index, header in enumerate(headers):
            code = item_code(header)
            if index not in columns.values() and code and code not in items:
                items[code] = index
    return ColumnMapping(template.kind, tuple(headers), columns, items)


# --- example workbooks ------------------------------------------------------------------------


def template_workbook(kind: ImportKind | str, path: Path,
                      item_codes: Sequence[str] = ("1.1", "1.2", "1.3")) -> Path:
    """Write an example .xlsx: the columns with two example rows, and a sheet explaining them."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    template = TEMPLATES[ImportKind(kind)]
    workbook = Workbook()
    [sheet] = workbook.worksheets  # a new workbook has one sheet
    sheet.title = template.title[:31]
    codes = list(item_codes) if template.item_columns else []
    sheet.append([f.label for f in template.fields] + codes)
    results = ("done", "not done", "na", "done")
    for n in (0, 1):
        sheet.append([f.examples[n] if f.examples[n] != "" else None for f in template.fields]
                     + [results[(n + i) % len(results)] for i in range(len(codes))])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    _help_sheet(workbook, template)
    path = Path(path)
    workbook.save(path)
    return path


def _help_sheet(workbook, template: Template) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Font

    sheet = workbook.create_sheet("Columns")
    sheet.append([template.title])
    sheet.append([template.description])
    sheet.append([])
    sheet.append(["Column", "En français", "Required", "What it holds"])
    for f in template.fields:
        sheet.append([f.label, f.french, "yes" if f.required else "", f.help])
    if template.item_columns:
        sheet.append(["1.1, 1.2, ...", "1.1, 1.2, ...", "yes",
                      ("One column per step of the checklist, headed by its code: done, not "
                       "done, N/A (fait, non fait, S/O).")])
    for cell in (sheet["A1"], *sheet[4]):
        cell.font = Font(bold=True)
    for column, width in zip("ABCD", (26, 30, 10, 90), strict=True):
        sheet.column_dimensions[column].width = width
