"""Reading .xlsx and .csv files: encodings, delimiters, and every malformed case as a problem."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from exchange_support import write_csv, write_xlsx

from mentoroffice.exchange.reading import MAX_CELL_CHARS, read_table, sheet_names

ROWS = [["Code", "Nom", "Niveau", "Score"],
        ["HC-01", "Centre de santé Rubaya", "centre de santé", "85,5"],
        ["HC-02", "Poste de santé Kagitumba (Nyagatare)", "poste de santé", "90"]]


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("encoding,detected", [("utf-8", "UTF-8"),
                                               ("utf-8-sig", "UTF-8 with BOM"),
                                               ("cp1252", "Windows-1252"),
                                               ("utf-16", "UTF-16")])
def test_csv_in_each_encoding_and_delimiter_reads_the_same(
        tmp_path: Path, encoding: str, detected: str, delimiter: str) -> None:
    # GIVEN the same rows saved in each encoding and with each delimiter
    path = write_csv(tmp_path / "facilities.csv", ROWS, encoding, delimiter)
    # WHEN read
    table = read_table(path)
    # THEN accents survive, the header is found, and the detection is reported
    assert table.problems == ()
    assert table.headers == tuple(ROWS[0])
    assert [list(r) for r in table.rows] == ROWS[1:]
    assert table.row_numbers == (2, 3)
    assert table.detail.startswith(detected)
    assert ("semicolon" if delimiter == ";" else "comma") in table.detail


def test_mixed_encodings_are_a_problem_on_the_line(tmp_path: Path) -> None:
    text = "Code,Nom\r\nHC-01,Centre de santé\r\n".encode() + "HC-02,Éléphant\r\n".encode(
        "cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(text)
    table = read_table(path)
    assert [(p.row, "mixes encodings" in p.message) for p in table.problems] == [(3, True)]


def test_bytes_that_are_no_text_encoding_are_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"Code,Name\r\nA,\x81\x8d\x90\r\n")
    table = read_table(path)
    assert table.problems[0].row == 2
    assert "neither UTF-8 nor Windows-1252" in table.problems[0].message


@pytest.mark.parametrize("content,expected", [
    (b"PK\x03\x04rest of a zip", "Excel workbook"),
    (b"\x00\x01\x02binary", "binary data"),
    (b"", "empty"),
    (b"\r\n\r\n", "empty"),
    (b"Code,Name\r\n", "no data rows"),
])
def test_odd_csv_files_are_refused_with_a_message(tmp_path: Path, content: bytes,
                                                  expected: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    table = read_table(path)
    assert any(expected in p.message for p in table.problems), table.problems


def test_unclosed_quote_and_huge_cells_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('Code,Name\r\nA,"never closed\r\n' + "x" * 200_000 + "\r\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.problems and table.problems[0].row == 2


def test_xlsx_values_dates_and_percentages(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Name", "Date", "Score", "Count"],
        ["  Rubaya  ", dt.date(2024, 3, 5), 0.855, 12],
    ], percent=["C2"])
    table = read_table(path)
    assert table.problems == ()
    assert table.rows == (("Rubaya", dt.datetime(2024, 3, 5), "85.5%", 12),)
    assert sheet_names(path) == ["Data"]


def test_title_banner_above_the_header_is_skipped(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Byumba district hospital: mentee tracker 2023"], [],
        ["Code", "Name"], ["A", "B"],
    ], merge=["A1:D1"])
    table = read_table(path)
    assert table.problems == ()
    assert table.header_row == 3 and table.headers == ("Code", "Name")
    assert table.rows == (("A", "B"),) and table.row_numbers == (4,)


def test_merged_cells_in_the_data_are_a_problem(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Code", "Name"], ["A", "B"], ["C", None],
                                            [None, "D"]], merge=["A3:A4"])
    table = read_table(path)
    assert [(p.row, p.column) for p in table.problems] == [(3, "Code")]
    assert "merged" in table.problems[0].message


def test_formula_without_saved_result_is_a_problem_not_a_blank(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Code", "Total"], ["A", "=1+2"]])
    table = read_table(path)
    assert [(p.row, p.column) for p in table.problems] == [(2, "B")]
    assert "no saved result" in table.problems[0].message


def test_formula_with_saved_result_gives_the_result(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Code", "Total"], ["A", "=1+2"]])
    _set_cached_value(path, "B2", "3")
    table = read_table(path)
    assert table.problems == ()
    assert table.rows == (("A", 3),)


def _set_cached_value(path: Path, ref: str, value: str) -> None:
    """Give a formula cell the result Excel would have saved with it."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v></v>)?',
                   rf"\1<v>{value}</v>", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_excel_errors_huge_cells_and_headerless_values(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["Code", "Name"], ["#N/A", "x" * (MAX_CELL_CHARS + 1)], ["B", "C", "stray"]])
    table = read_table(path)
    found = {(p.row, p.column): p.message for p in table.problems}
    assert "error #N/A" in found[(2, "A")]
    assert "at most 10,000" in found[(2, "B")]
    assert "no header" in found[(3, "C")]
    assert len(table.rows[0][1]) == MAX_CELL_CHARS


def test_empty_sheets_missing_sheets_and_broken_files(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Code"], ["A"]], extra_sheets={"Vide": []})
    assert sheet_names(path) == ["Data", "Vide"]
    assert "empty" in read_table(path, "Vide").problems[0].message
    assert "no sheet named" in read_table(path, "Nope").problems[0].message
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    assert "cannot be read" in read_table(broken).problems[0].message
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert ".xlsx" in read_table(old).problems[0].message
    assert "no file" in read_table(tmp_path / "missing.csv").problems[0].message
