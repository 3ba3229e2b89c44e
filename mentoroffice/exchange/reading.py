"""Reading .xlsx and .csv files into a `Table` of headers and rows, never crashing on bad input.

Whatever is wrong with a file comes back as `Problem`s on the table, placed by row and column:
merged cells, formulas without a saved result, Excel error values, cells over 10,000
characters, values in columns without a header, an empty sheet, a CSV whose bytes are neither
UTF-8 nor Windows-1252 (or mix the two). The importer refuses a table with problems.

- .xlsx: openpyxl in read-only mode with cached values (data_only), so formulas give the result
  Excel saved; a formula with no saved result (files written by programs that do not compute
  formulas) is a problem, not an empty cell. Percent-formatted numbers read as "85%", the way
  the sheet shows them, so 0.85 in a cell showing 85% is a score of 85. Real Excel dates come
  back as `datetime`.
- .csv: UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode text"), Windows-1252; comma,
  semicolon or tab, whichever the header line uses most.
- The header is the first row with at least two filled cells (a title line above the header,
  common in trackers, is skipped), unless `header_row` says which row it is.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .problems import Problem

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is read
    from openpyxl.worksheet._reader import WorkSheetParser

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None

MAX_CELL_CHARS = 10_000
HEADER_SEARCH_ROWS = 10
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!"})
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Table:
    """What was read: headers, the data rows (as wide as the headers) and their row numbers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    source: str
    row_numbers: tuple[int, ...] = ()
    problems: tuple[Problem, ...] = ()
    header_row: int | None = None
    detail: str = ""  # e.g. "UTF-8, ';'" for a CSV, so the wizard can say what it detected
    file_name: str = ""  # the file read, and the SHA-256 of its bytes (for the audit trail)
    sha256: str = ""

    def __len__(self) -> int:
        return len(self.rows)

    def numbered_rows(self) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        return zip(self.row_numbers, self.rows, strict=True)

    def column(self, index: int) -> list[Cell]:
        return [row[index] for row in self.rows]


def file_problem(path: Path | str, message: str) -> Table:
    return Table((), (), str(path), problems=(Problem(None, None, message),))


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (one unnamed "sheet" for a CSV); empty if the file is unreadable."""
    path = Path(path)
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return [""]
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - any unreadable file: the wizard shows read_table's problem
        return []
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None, header_row: int | None = None) -> Table:
    """Read a sheet of an .xlsx file or a .csv file; problems are on the table, never raised."""
    path = Path(path)
    if not path.is_file():
        return file_problem(path, f"There is no file at {path}.")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return file_problem(path, "This is an old Excel 97-2003 .xls file: open it in Excel and "
                            "save it as an Excel Workbook (.xlsx), then import that file.")
    try:
        data = path.read_bytes()  # the one read of the file: its digest, then its rows
        digest = hashlib.sha256(data).hexdigest()
        table = (_read_xlsx(path, data, sheet, header_row) if suffix in XLSX_SUFFIXES
                 else _read_csv(path, data, header_row))
    except MemoryError:
        return file_problem(path, "The file is too large to read on this computer.")
    except OSError as error:
        return file_problem(path, f"The file cannot be read: {_short(error)}.")
    return dataclasses.replace(table, file_name=path.name, sha256=digest)


# --- building a table from raw rows ---------------------------------------------------------


@dataclass
class _Raw:
    """Rows as read, with their numbers, and the problems met on the way."""

    source: str
    rows: list[tuple[int, list[Cell]]]
    problems: list[Problem]
    merged: list[tuple[int, int, int, int]]  # min_row, min_col, max_row, max_col (1-based)
    detail: str = ""


def _filled(cells: list[Cell]) -> int:
    return sum(1 for cell in cells if cell is not None and cell != "")


def _find_header(rows: list[tuple[int, list[Cell]]], header_row: int | None) -> int | None:
    """Index (in rows) of the header row."""
    if header_row is not None:
        return next((i for i, (number, _) in enumerate(rows) if number == header_row), None)
    candidates = [(i, _filled(cells)) for i, (_, cells) in enumerate(rows) if _filled(cells)]
    for index, count in candidates[:HEADER_SEARCH_ROWS]:
        if count >= 2:
            return index
    return candidates[0][0] if candidates else None


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return " ".join(str(cell).split())


def _column_label(headers: tuple[str, ...], index: int) -> str:
    if index < len(headers) and headers[index]:
        return headers[index]
    return _letters(index + 1)


def _letters(column: int) -> str:
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def _build(raw: _Raw, header_row: int | None) -> Table:
    problems = list(raw.problems)
    index = _find_header(raw.rows, header_row)
    if index is None:
        where = f"Row {header_row} is empty" if header_row else "The sheet is empty"
        problems.append(Problem(None, None, f"{where}: there is no header row to read."))
        return Table((), (), raw.source, problems=tuple(problems), detail=raw.detail)
    header_number, header_cells = raw.rows[index]
    width = max((i + 1 for i, c in enumerate(header_cells) if c not in (None, "")), default=0)
    headers = tuple(_header_text(c) for c in header_cells[:width])
    numbers, rows = [], []
    reported_columns: set[int] = set()
    for number, cells in raw.rows[index + 1:]:
        if not any(cell is not None and cell != "" for cell in cells):
            continue
        for extra in range(width, len(cells)):
            if cells[extra] not in (None, "") and extra not in reported_columns:
                reported_columns.add(extra)
                problems.append(Problem(number, _letters(extra + 1), "This cell has a value but "
                                        "its column has no header; add a header or clear it."))
        padded = (cells + [None] * width)[:width]
        numbers.append(number)
        rows.append(tuple(padded))
    problems += _merged_problems(raw.merged, header_number, headers)
    if not rows:
        problems.append(Problem(None, None, "The sheet has a header row but no data rows below "
                                "it."))
    return Table(headers, tuple(rows), raw.source, tuple(numbers), tuple(problems),
                 header_number, raw.detail)


def _merged_problems(merged: list[tuple[int, int, int, int]], header_number: int,
                     headers: tuple[str, ...]) -> list[Problem]:
    problems = []
    for min_row, min_col, max_row, max_col in merged:
        if max_row < header_number:
            continue  # a title banner above the header
        ref = f"{_letters(min_col)}{min_row}:{_letters(max_col)}{max_row}"
        problems.append(Problem(max(min_row, header_number), _column_label(headers, min_col - 1),
                                f"Cells {ref} are merged: unmerge them and fill in every cell, "
                                "so each row holds its own values."))
    return problems


def _clean_text(text: str, number: int, column: int, problems: list[Problem]) -> str | None:
    text = text.strip()
    if len(text) > MAX_CELL_CHARS:
        problems.append(Problem(number, _letters(column + 1), f"The cell holds {len(text):,} "
                                f"characters; a cell may hold at most {MAX_CELL_CHARS:,}."))
        return text[:MAX_CELL_CHARS]
    return text or None


# --- .xlsx -----------------------------------------------------------------------------------


def _read_xlsx(path: Path, data: bytes, sheet: str | None, header_row: int | None) -> Table:
    """One pass over the sheet's XML: each cell's saved value, whether it holds a formula (to
    name one without a saved result), its error type and number format, and the merged
    ranges."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - zip, XML, or openpyxl's own complaints
        return file_problem(path, f"This file cannot be read as an Excel workbook (.xlsx): "
                            f"{_short(error)}. Open it in Excel and save it again as .xlsx.")
    try:
        name = sheet if sheet is not None else book.sheetnames[0]
        if name not in book.sheetnames:
            return file_problem(path, f"The workbook has no sheet named '{sheet}'; its sheets "
                                f"are {', '.join(book.sheetnames)}.")
        source = f"{path.name} › {name}"
        try:
            raw = _xlsx_rows(book, book[name], source)
        except Exception as error:  # noqa: BLE001 - a damaged sheet part
            return file_problem(source, f"The sheet '{name}' is damaged and cannot be read "
                                f"({_short(error)}).")
        return _build(raw, header_row)
    finally:
        book.close()


def _one_pass_parser(book: Any, source: Any) -> WorkSheetParser:
    """openpyxl's sheet parser, reading saved values and noting formulas in the same pass."""
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class OnePassParser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                if formula is not None:
                    cell["formula"] = f"={formula.text or ''}"
            return cell

    return OnePassParser(source, book.shared_strings, data_only=True, epoch=book.epoch,
                         date_formats=book._date_formats,
                         timedelta_formats=book._timedelta_formats)


class _NumberFormats:
    """A cell's number format from its style, looked up once per style."""

    def __init__(self, book) -> None:  # type: ignore[no-untyped-def]
        self.book = book
        self.known: dict[int, str] = {}

    def __call__(self, style_id: int) -> str:
        found = self.known.get(style_id)
        if found is None:
            from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

            try:
                number = self.book._cell_styles[style_id].numFmtId
                found = (BUILTIN_FORMATS.get(number, "General")
                         if number < BUILTIN_FORMATS_MAX_SIZE
                         else self.book._number_formats[number - BUILTIN_FORMATS_MAX_SIZE])
            except (IndexError, AttributeError):
                found = "General"
            self.known[style_id] = found
        return found


def _xlsx_rows(book, worksheet, source: str) -> _Raw:  # type: ignore[no-untyped-def]
    problems: list[Problem] = []
    rows: list[tuple[int, list[Cell]]] = []
    number_format = _NumberFormats(book)
    with worksheet._get_source() as xml:
        parser = _one_pass_parser(book, xml)
        for number, cells in parser.parse():
            values: list[Cell] = []
            for cell in cells:
                column = cell["column"] - 1
                if column >= len(values):
                    values.extend([None] * (column + 1 - len(values)))
                values[column] = _xlsx_cell(cell, number, column, problems, number_format)
            while values and values[-1] is None:
                values.pop()
            rows.append((number, values))
        merged = _merged_ranges(parser)
    while rows and not _filled(rows[-1][1]):
        rows.pop()
    return _Raw(source, rows, problems, merged)


def _xlsx_cell(cell: dict, number: int, column: int, problems: list[Problem],  # type: ignore[type-arg]
               number_format: _NumberFormats) -> Cell:
    value = cell["value"]
    if value is None:
        formula = cell.get("formula")
        if formula is not None:
            problems.append(Problem(number, _letters(column + 1), f"The formula {formula[:60]} "
                                    "has no saved result (the file was written by a program "
                                    "that does not compute formulas): open the file in Excel, "
                                    "save it, and import it again."))
        return None
    if cell["data_type"] == "e" or (isinstance(value, str) and value.strip() in EXCEL_ERRORS):
        problems.append(Problem(number, _letters(column + 1), f"The cell shows the Excel error "
                                f"{str(value).strip()}; correct the formula or type the value."))
        return None
    if isinstance(value, str):
        return _clean_text(value, number, column, problems)
    if (isinstance(value, (int, float)) and not isinstance(value, bool) and cell["style_id"]
            and "%" in number_format(cell["style_id"])):
        return f"{round(value * 100, 6):g}%"
    return value  # type: ignore[no-any-return]


def _merged_ranges(parser) -> list[tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    """Merged ranges the parser met (openpyxl's read-only sheets do not report them)."""
    from openpyxl.utils.cell import range_boundaries

    ranges = []
    for merged in getattr(parser.merged_cells, "mergeCell", None) or ():
        if merged.ref:
            min_col, min_row, max_col, max_row = range_boundaries(merged.ref)
            if min_col is None or min_row is None or max_col is None or max_row is None:
                continue  # a whole row or column ("A:B", "1:2"): no merged range is
            ranges.append((min_row, min_col, max_row, max_col))
    return ranges


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) < 160 else text[:157] + "..."


# --- .csv ------------------------------------------------------------------------------------


def _read_csv(path: Path, data: bytes, header_row: int | None) -> Table:
    if data.startswith(b"PK\x03\x04"):
        return file_problem(path, "This file is an Excel workbook, not a CSV text file: give it "
                            "the .xlsx extension, or save it from Excel as CSV.")
    text, encoding, problems = decode_text(data)
    if text is None:
        return Table((), (), path.name, problems=tuple(problems))
    delimiter = detect_delimiter(text)
    shown = {"\t": "tab", ",": "comma", ";": "semicolon"}[delimiter]
    raw = _Raw(path.name, [], problems, [], f"{encoding}, {shown}-separated")
    _csv_rows(text, delimiter, raw)
    return _build(raw, header_row)


def decode_text(data: bytes) -> tuple[str | None, str, list[Problem]]:
    """Text of a CSV file and the encoding found; problems say where bytes make no sense."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16", []
        except UnicodeDecodeError as error:
            return None, "UTF-16", [Problem(None, None, f"The file claims to be UTF-16 text but "
                                            f"is damaged at byte {error.start}.")]
    if b"\x00" in data:
        return None, "binary", [Problem(None, None, "The file holds binary data, not text: it "
                                        "is not a CSV file.")]
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_utf8(data[3:], "UTF-8 with BOM")
    return _decode_utf8(data, "UTF-8")


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _decode_utf8(data: bytes, name: str) -> tuple[str | None, str, list[Problem]]:
    try:
        return data.decode("utf-8"), name, []
    except UnicodeDecodeError as error:
        bad_line = _line_of(data, error.start)
    lenient = data.decode("utf-8", errors="replace")
    if re.search(r"[^\x00-\x7f\ufffd]", lenient):
        message = (f"Line {bad_line} is not UTF-8 text although other lines are: the file mixes "
                   "encodings. Open it in a spreadsheet program, check the accented letters, "
                   "and save it again as 'CSV UTF-8'.")
        return lenient, f"{name} (damaged)", [Problem(bad_line, None, message)]
    try:
        return data.decode("cp1252"), "Windows-1252", []
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
        message = (f"Line {line} holds bytes that are neither UTF-8 nor Windows-1252 text: "
                   "save the file again as 'CSV UTF-8'.")
        return data.decode("cp1252", errors="replace"), "unknown", [Problem(line, None, message)]


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the first non-empty line uses most outside quotes."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _csv_rows(text: str, delimiter: str, raw: _Raw) -> None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raw.problems.append(Problem(number, None, f"This record cannot be read ({error}); "
                                        "look for a quote (\") that is opened and never "
                                        "closed, or a cell far too long."))
            break
        cells: list[Cell] = [_clean_text(c, number, i, raw.problems) for i, c in enumerate(record)]
        while cells and cells[-1] is None:
            cells.pop()
        raw.rows.append((number, cells))
    while raw.rows and not _filled(raw.rows[-1][1]):
        raw.rows.pop()
