"""Writing a file of rows for people and for other programs: a list to .xlsx or .csv.

What every export shares, whichever package asks for it (the import/export package's
database export and DHIS2 files, the audit trail's export, the window's lists): it sits in
core so none of them imports another to write a file.

Files written for other programs are locale-neutral: CSV in UTF-8 with a BOM (so Excel reads the
accents), comma-separated, numbers with a '.' decimal point and no thousands separator, dates
ISO 2024-03-05, true/false. In .xlsx files values keep their type (numbers, real dates), so
Excel shows them in the reader's own locale; text that looks like a formula ("=...") stays
text. In CSV files, which have no types, a text cell beginning with =, +, -, @, a tab or a
carriage return gets a ' in front (OWASP's advice against CSV injection), so a spreadsheet
shows it instead of running it; numbers (int, float, Decimal values) are written plainly, also
when negative. Files appear under their name only when complete (written to a temporary name
first), and they hold health workers' personal data: on Linux and macOS only their owner can
read them, from their first byte.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import enum
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..data.private_files import PRIVATE_FILE_MODE, make_private_file

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CHARS = 32_767
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportCancelled(Exception):
    """The person cancelled; no file was left behind."""


def csv_text(value: Any) -> str:
    """A value as locale-neutral text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        return format(value, ".15g") if math.isfinite(value) else ""
    if isinstance(value, (int, decimal.Decimal)):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def neutralised(text: str) -> str:
    """Text a spreadsheet shows rather than runs: "=1+1" -> "'=1+1" (and +, -, @, tab, CR)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: numbers plainly (also negative ones), text neutralised."""
    if isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool):
        return csv_text(value)
    return neutralised(csv_text(value))


def private_file(path: Path) -> Path:
    """An owner-only file at path, before any byte is written to it (writers truncate it and
    keep its mode). No umask change: the window exports on its thread pool."""
    path.touch(mode=PRIVATE_FILE_MODE)
    return make_private_file(path)  # a file that was there already


def temporary_file(path: Path) -> Path:
    """Where a file is written before it appears under its name (`finish`)."""
    return private_file(path.with_name(path.name + ".partial"))


def finish(temporary: Path, path: Path) -> Path:
    os.replace(temporary, path)
    return path


def export_rows(headers: Sequence[str], rows: Iterable[Sequence[Any]], path: Path,
                sheet_title: str = "Export") -> Path:
    """Write a list view (its visible columns and filtered rows) to .xlsx or .csv by suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValueError(f"Export to .xlsx or .csv, not '{path.suffix}'.")
    temporary = temporary_file(path)
    try:
        if suffix == ".csv":
            _write_csv(headers, rows, temporary)
        else:
            _write_xlsx(headers, list(rows), temporary, sheet_title)
        return finish(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _write_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_cell(h) for h in headers])
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])


# --- .xlsx -----------------------------------------------------------------------------------


def xlsx_value(sheet: Any, value: Any) -> Any:
    """A write-only cell: dates formatted, text kept as text (never a formula)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, decimal.Decimal):
        value = float(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_MAX_CHARS]
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    if isinstance(value, (dt.date, dt.datetime)):
        # types-openpyxl leaves date out of WriteOnlyCell's value type; openpyxl takes dates
        cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
        cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
        return cell
    return value


def _header_cells(sheet: Any, headers: Sequence[str]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=str(header))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def new_sheet(workbook: Any, title: str, headers: Sequence[str],
               sample: Sequence[Sequence[Any]] = ()) -> Any:
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(_sheet_title(title))
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header))] + [len(csv_text(r[index - 1])) for r in sample[:200]
                                            if index - 1 < len(r)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    sheet.freeze_panes = "A2"
    sheet.append(_header_cells(sheet, headers))
    return sheet


def _sheet_title(title: str) -> str:
    for char in '[]:*?/\\':
        title = title.replace(char, " ")
    return title.strip()[:31] or "Sheet"


def _write_xlsx(headers: Sequence[str], rows: list[Sequence[Any]], path: Path,
                title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    for start in range(0, max(len(rows), 1), EXCEL_MAX_ROWS - 1):
        part = rows[start:start + EXCEL_MAX_ROWS - 1]
        name = title if start == 0 else f"{title} ({start // (EXCEL_MAX_ROWS - 1) + 1})"
        sheet = new_sheet(workbook, name, headers, part)
        if headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(part) + 1}"
        for row in part:
            sheet.append([xlsx_value(sheet, v) for v in row])
    workbook.save(path)
