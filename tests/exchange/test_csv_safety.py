"""Exports are safe to open and to keep: CSV cells a spreadsheet would run as formulas are
neutralised (OWASP's advice: a ' in front of =, +, -, @, tab and CR) while numbers stay
numbers, and every export file (CSV, .xlsx, the whole database, DHIS2 JSON, CSV and ADX) is
readable by its owner only, from its first byte, on the backend under test."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from mentoroffice.cli import main
from mentoroffice.core.export_files import export_rows
from mentoroffice.data.models import Dhis2Mapping, OrgUnit, Visit
from mentoroffice.exchange import dhis2
from mentoroffice.exchange.exporting import export_database
from mentoroffice.office import Office
from mentoroffice.periods import month

posix_only = pytest.mark.skipif(sys.platform.startswith("win"),
                                reason="owner-only files are a POSIX permission")

ATTACKS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "@SUM(A1)",
    "-2+3",
    "\tleading tab",
    "\rleading carriage return",
]
HARMLESS = ["a=b", " =1+1", "Rémera", "", "x-ray", "'already quoted"]
NUMBERS: list[tuple[Any, str]] = [
    (-3, "-3"), (0, "0"), (12, "12"), (-1.5, "-1.5"), (85.5, "85.5"),
    (decimal.Decimal("-2.50"), "-2.50"), (True, "true"),
]
NUMERIC_LOOKING_TEXT = ["-3", "+1.5", "-0"]


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextlib.contextmanager
def permissive_umask() -> Iterator[None]:
    """Files would be world-readable (and writable) by default: privacy must not come from
    the umask."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


# --- neutralising ---------------------------------------------------------------------------


def test_formula_text_is_neutralised_and_numbers_stay_numbers(tmp_path: Path) -> None:
    headers = ["Note", "=Header", "Value"]
    rows: list[Sequence[Any]] = (
        [[text, "x", 1] for text in ATTACKS]
        + [[text, "x", 1] for text in HARMLESS]
        + [["number", "x", value] for value, _ in NUMBERS]
        + [[text, "x", 1] for text in NUMERIC_LOOKING_TEXT])
    path = export_rows(headers, rows, tmp_path / "list.csv")
    written = read_csv(path)
    assert written[0] == ["Note", "'=Header", "Value"]
    body = written[1:]
    attacks, body = body[:len(ATTACKS)], body[len(ATTACKS):]
    assert [row[0] for row in attacks] == ["'" + text for text in ATTACKS]
    harmless, body = body[:len(HARMLESS)], body[len(HARMLESS):]
    assert [row[0] for row in harmless] == HARMLESS
    numbers, body = body[:len(NUMBERS)], body[len(NUMBERS):]
    assert [row[2] for row in numbers] == [text for _, text in NUMBERS]
    assert [row[0] for row in body] == ["'-3", "'+1.5", "'-0"]  # text, not numbers


def test_an_xlsx_export_keeps_formula_text_as_plain_text(tmp_path: Path) -> None:
    path = export_rows(["Note", "Value"], [[text, -3] for text in ATTACKS],
                       tmp_path / "list.xlsx")
    sheet = load_workbook(path).active
    cells = [(row[0], row[1]) for row in sheet.iter_rows(min_row=2)]
    assert {a.data_type for a, _ in cells} == {"s"}  # text, never a formula
    assert [a.value for a, _ in cells] == [t.replace("\r", "\n") for t in ATTACKS]  # XML
    assert {b.value for _, b in cells} == {-3}


def test_dhis2_csv_from_the_database_keeps_values_as_numbers(session: Session,
                                                             tmp_path: Path) -> None:
    unit = OrgUnit(code="=HYPERLINK(\"http://x\",\"y\")", name="Injected", level="country")
    session.add(unit)
    session.flush()
    for day in (3, 17):
        planned = dt.date(2024, 7, day)
        session.add(Visit(org_unit_id=unit.id, kind="health_center", status="done",
                          planned_start=planned, planned_end=planned, actual_start=planned,
                          actual_end=planned))
    session.add(Dhis2Mapping(metric="visits_done", data_element="DeVisits001",
                             category_option_combo="CocNeonat01"))
    session.commit()
    export = dhis2.aggregate(session, month(2024, 7), org_unit_scheme="code")
    rows = read_csv(dhis2.write_csv(export, tmp_path / "values.csv"), encoding="utf-8")
    assert rows[1:] == [["DeVisits001", "202407", "'=HYPERLINK(\"http://x\",\"y\")",
                         "CocNeonat01", "", "2"]]


def test_dhis2_csv_values_stay_numbers_and_other_text_is_neutralised(tmp_path: Path) -> None:
    values = tuple(dhis2.DataValue("DeUid000001", "202407", "@Unit", "-Combo", value)
                   for value in ("12", "-3", "0", "1.5", "=1+1", "-2+3"))
    export = dhis2.Dhis2Export(month(2024, 7), "202407", "2024-07-01/P1M", "code", values, ())
    rows = read_csv(dhis2.write_csv(export, tmp_path / "values.csv"), encoding="utf-8")
    assert [row[-1] for row in rows[1:]] == ["12", "-3", "0", "1.5", "'=1+1", "'-2+3"]
    assert {tuple(row[:5]) for row in rows[1:]} == {
        ("DeUid000001", "202407", "'@Unit", "'-Combo", "")}


# --- owner-only files -----------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_list_export_is_owner_only_from_its_first_byte(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"people{suffix}"
    target.write_text("an older export, readable by all")
    os.chmod(target, 0o666)
    partial = tmp_path / f"people{suffix}.partial"
    seen: list[int] = []

    def rows() -> Iterator[list[Any]]:
        seen.append(mode(partial))  # the file exists while the rows are read
        yield ["Aimée Uwase", "+250 788 111 222"]

    with permissive_umask():
        export_rows(["Name", "Phone"], rows(), target)
    assert seen == [0o600]
    assert mode(target) == 0o600
    assert not partial.exists()


@posix_only
def test_a_whole_database_export_is_owner_only(office: Office, tmp_path: Path) -> None:
    with permissive_umask(), office.session_factory() as session:
        export_database(session, tmp_path / "office.xlsx")
    assert mode(tmp_path / "office.xlsx") == 0o600


@posix_only
@pytest.mark.parametrize("fmt", dhis2.FORMATS)
def test_dhis2_files_are_owner_only(office: Office, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"values.{fmt}"
    target.write_text("")
    os.chmod(target, 0o644)
    with office.session_factory() as session:
        export = dhis2.aggregate(session, month(2024, 7))
    with permissive_umask():
        dhis2.write(export, target, fmt, "DataSet0001")
    assert mode(target) == 0o600
    assert target.stat().st_size > 0


def test_the_command_line_export_says_the_file_holds_personal_data(
    office: Office, office_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "office.xlsx"
    with permissive_umask():
        assert main(["--database", office_url, "export-db", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "personal data of health workers" in printed and "keep it safe" in printed
    if not sys.platform.startswith("win"):
        assert mode(out) == 0o600


# --- the window -------------------------------------------------------------------------------


def test_the_windows_export_says_the_file_holds_personal_data(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from mentoroffice.ui.exchange import export_view
    from mentoroffice.ui.exchange.export import CSV_FILTER

    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "people"), CSV_FILTER))
    with permissive_umask():
        export_view(parent, ["Name", "Note"], lambda: [["Aimée", "=1+1"]], "people")
        while not shown:  # the file is written on the thread pool
            qtbot.wait(10)
    assert "1 rows saved" in shown[0]
    assert "personal data of health workers" in shown[0] and "keep it safe" in shown[0]
    assert read_csv(tmp_path / "people.csv") == [["Name", "Note"], ["Aimée", "'=1+1"]]
    if not sys.platform.startswith("win"):
        assert mode(tmp_path / "people.csv") == 0o600
