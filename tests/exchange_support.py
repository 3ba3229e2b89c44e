"""Helpers for the exchange tests: files built here with openpyxl and csv, a small world,
and row counts and checksums of every table. (No tests in this module.)"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cascade_world import World, build_world
from sqlalchemy import select
from sqlalchemy.orm import Session

from mentoroffice.data.models import Base, FormDefinition, FormItem
from mentoroffice.statistics import table_counts

__all__ = [
    "PEOPLE_HEADERS",
    "PEOPLE_ROWS",
    "World",
    "build_world",
    "form_items",
    "people_world",
    "table_checksums",
    "table_counts",
    "write_csv",
    "write_xlsx",
]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, merge: Sequence[str] = (),
               percent: Sequence[str] = (), title: str = "Data",
               extra_sheets: dict[str, Sequence[Sequence[Any]]] | None = None) -> Path:
    """A workbook as a person's Excel would hold it; strings starting with '=' are formulas
    (saved without a result, as openpyxl writes them)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for ref in merge:
        sheet.merge_cells(ref)
    for ref in percent:
        sheet[ref].number_format = "0%"
    for name, sheet_rows in (extra_sheets or {}).items():
        extra = workbook.create_sheet(name)
        for row in sheet_rows:
            extra.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def table_checksums(session: Session) -> dict[str, str]:
    """A digest of every table's contents, rows in primary-key order."""
    digests = {}
    for table in Base.metadata.sorted_tables:
        order = list(table.primary_key.columns) or list(table.columns)
        digest = hashlib.sha256()
        for row in session.execute(select(table).order_by(*order)):
            digest.update(repr(tuple(_stable(v) for v in row)).encode())
        digests[table.name] = digest.hexdigest()
    return digests


def _stable(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    return value


def form_items(session: Session, code: str) -> list[tuple[str, bool]]:
    """(step code, critical) of the latest stored version of a checklist."""
    form_id = session.scalar(select(FormDefinition.id).where(FormDefinition.code == code)
                             .order_by(FormDefinition.version.desc()))
    return list(session.execute(select(FormItem.code, FormItem.critical)
                                .where(FormItem.form_id == form_id)
                                .order_by(FormItem.position)).tuples())


PEOPLE_HEADERS = ["Matricule", "Prénom", "Nom", "Sexe", "Cadre", "Téléphone", "Code FOSA",
                  "Fonction", "Date d'affectation"]
PEOPLE_ROWS = [
    ["RW-0412", "Claudine", "Mukamana", "F", "sage-femme", "+250 788 123 456", "HC1",
     "titulaire", "05/03/2024"],
    [None, "Jean Bosco", "Habimana", "homme", "infirmier", "0722 456 789", "HC1", None,
     "2023-01-09"],
    ["RW-0413", "Aimée", "Uwase", "féminin", "médecin", None, "HOSPITAL", "prestataire",
     "2022-07-01"],
    ["RW-0414", "Émile", "Ndayisaba", "M", "nurse", "0788 000 111", "HC2", "provider",
     "2021-11-15"],
]


def people_world(session: Session) -> World:
    """The cascade world, plus the four people above added through the people import."""
    from mentoroffice.exchange.importing import ImportJob
    from mentoroffice.exchange.reading import Table

    world = build_world(session)
    table = Table(tuple(PEOPLE_HEADERS), tuple(tuple(r) for r in PEOPLE_ROWS), "people",
                  tuple(range(2, 2 + len(PEOPLE_ROWS))))
    ImportJob("people", table).run(session)
    return world


def hbb_row(mentee: list[Any], kind: str, day: Any, results: dict[str, str],
            items: list[tuple[str, bool]]) -> list[Any]:
    return [*mentee, "HBB", kind, day, "HC1", *[results.get(code, "fait") for code, _ in items]]


def valid_rows(kind: str, session: Session | None = None) -> list[list[Any]]:
    """A correct file (header first) for each kind, on the people_world."""
    if kind == "facilities":
        return [["Code", "Name", "Level", "Parent code", "DHIS2 UID"],
                ["HP4", "Kageyo Health Post", "poste de santé", "HC4", None],
                ["HC4", "Kageyo Health Center", "health center", "HOSPITAL", "Kg4HcUid001"],
                ["HP3", "Rugarama Health Post", "PS", "HC3", None]]
    if kind == "people":
        return [PEOPLE_HEADERS,
                ["RW-0500", "Odette", "Nyirahabimana", "F", "midwife", "0788 555 666", "HC3",
                 None, "2020-02-03"],
                [None, "Théoneste", "Bizimana", "M", "CHW", None, "HP1", "ASC", "03/02/2020"]]
    if kind == "mentors":
        return [["Staff code", "First name", "Last name", "Mentor kind", "Association",
                 "Technical areas", "Assigned facility code", "Start date"],
                ["RW-0413", None, None, "association", "RSOG", "MNH", "HOSPITAL", "2024-01-08"],
                ["RW-0414", None, None, "district", None, "MNH; NEO", "HC1", "01/02/2024"],
                [None, "Émile", "Ndayisaba", "district", None, "MNH; NEO", "HC3", "2024-02-01"]]
    if kind == "enrolments":
        return [["Matricule", "Prénom", "Nom", "Code FOSA", "Domaine technique",
                 "Date d'inscription", "Compétences"],
                ["RW-0412", None, None, "HC1", "MNH", "2024-02-01", "PPH; PEE"],
                [None, "Jean Bosco", "Habimana", "HC1", "Néonatal", "01/02/2024", "HBB"]]
    if kind == "assessments":
        assert session is not None, "the step codes come from the database"
        items = form_items(session, "HBB")
        headers = ["Mentee staff code", "Mentee first name", "Mentee last name", "Checklist",
                   "Assessment kind", "Assessment date", "Facility code",
                   *[code for code, _ in items]]
        critical = next(code for code, is_critical in items if is_critical)
        return [headers,
                hbb_row(["RW-0412", None, None], "pré-test", "2024-03-05",
                        {critical: "non fait"}, items),
                hbb_row([None, "Jean Bosco", "Habimana"], "post-test", "05/05/2024", {}, items)]
    if kind == "legacy_scores":
        return [["Mentee staff code", "Competency", "Date", "Score", "Assessment kind",
                 "Facility code", "Validated"],
                ["RW-0412", "PPH", "2023-05-10", 72, "pre-test", "HC1", None],
                ["RW-0412", "PPH", "12/09/2023", "90%", "post-test", "HC1", "oui"],
                ["RW-0414", "PEE", "2023-06-01", 0.8, "coaching", "HC2", "non"]]
    if kind == "indicator_values":
        return [["Facility code", "Indicator", "Month", "Numerator", "Denominator"],
                ["HOSPITAL", "PNC_COVERAGE", "2024-07", 112, 130],
                ["HC1", "Successful newborn resuscitations", "juillet 2024", 9, 11],
                ["HOSPITAL", "PNC_COVERAGE", "2024-08", 0, 0]]
    raise ValueError(kind)
