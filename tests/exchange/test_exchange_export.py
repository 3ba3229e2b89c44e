"""Exports of list views and of the whole database."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from exchange_support import people_world, table_counts
from openpyxl import load_workbook

from mentoroffice.core.export_files import ExportCancelled, export_rows
from mentoroffice.data.models import Base
from mentoroffice.exchange.exporting import export_database
from mentoroffice.office import Office

HEADERS = ["Name", "Facility", "Score", "Count", "Assessed on", "Validated", "Note"]
ROWS = [
    ["Aimée Uwase", "Centre de santé Rubaya, Gicumbi", 85.5, 12, dt.date(2024, 3, 5), True,
     "=HYPERLINK(\"x\")"],
    ["Émile Ndayisaba", None, 100.0, 0, dt.datetime(2024, 3, 6, 14, 30), False, "a\x07b"],
]


def test_csv_is_utf8_with_bom_and_locale_neutral(tmp_path: Path) -> None:
    path = export_rows(HEADERS, ROWS, tmp_path / "list.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [HEADERS,
                    ["Aimée Uwase", "Centre de santé Rubaya, Gicumbi", "85.5", "12",
                     "2024-03-05", "true", '\'=HYPERLINK("x")'],
                    ["Émile Ndayisaba", "", "100", "0", "2024-03-06 14:30:00", "false",
                     "a\x07b"]]
    assert not list(tmp_path.glob("*.partial"))


def test_xlsx_keeps_types_and_keeps_text_as_text(tmp_path: Path) -> None:
    path = export_rows(HEADERS, ROWS, tmp_path / "list.xlsx", sheet_title="Mentees: 2024/Q1")
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Mentees  2024 Q1"
    assert [c.value for c in sheet[1]] == HEADERS and sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet["C2"].value == 85.5 and sheet["D2"].value == 12
    assert sheet["E2"].value == dt.datetime(2024, 3, 5)
    assert sheet["E2"].number_format == "yyyy-mm-dd"
    assert sheet["F2"].value is True
    assert sheet["G2"].data_type == "s" and sheet["G2"].value == '=HYPERLINK("x")'
    assert sheet["G3"].value == "ab"  # a control character Excel cannot hold
    assert sheet.auto_filter.ref == "A1:G3"


def test_an_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
        export_rows(HEADERS, ROWS, tmp_path / "list.ods")


def test_the_whole_database_one_sheet_per_table(office: Office, tmp_path: Path) -> None:
    with office.session_factory.begin() as session:
        people_world(session)
    steps: list[tuple[int, int]] = []
    with office.session_factory() as session:
        counts = export_database(session, tmp_path / "db.xlsx", progress=lambda d, t:
                                 steps.append((d, t)))
        assert counts == table_counts(session)
    tables = [t.name for t in Base.metadata.sorted_tables]
    assert steps[-1] == (len(tables), len(tables))
    workbook = load_workbook(tmp_path / "db.xlsx", read_only=True)
    assert workbook.sheetnames == ["About", *tables]
    for table in tables:
        assert len(list(workbook[table].iter_rows())) == counts[table] + 1, table
    people = list(workbook["person"].iter_rows(values_only=True))
    assert "first_name" in people[0]
    names = {row[people[0].index("first_name")] for row in people[1:]}
    assert {"Claudine", "Aimée", "Émile", "Jean Bosco"} <= names
    about = {row[0]: row[1] for row in workbook["About"].iter_rows(values_only=True) if row}
    assert about["org_unit"] == counts["org_unit"]


def test_a_cancelled_database_export_leaves_no_file(office: Office, tmp_path: Path) -> None:
    with office.session_factory() as session, pytest.raises(ExportCancelled):
        export_database(session, tmp_path / "db.xlsx", cancelled=lambda: True)
    assert not list(tmp_path.glob("db.xlsx*"))
