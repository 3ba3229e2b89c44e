"""The whole database to a workbook with one sheet per table, for auditing in Excel.

A list view to .xlsx or .csv is `core.export_files.export_rows`, which every export shares;
it is offered here too, beside the database export, for the window and the service. Both
follow `core.export_files`'s rules: locale-neutral values, formula-like text neutralised,
files readable by their owner only that appear under their name when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.export_files import (
    EXCEL_MAX_ROWS,
    ExportCancelled,
    export_rows,
    finish,
    new_sheet,
    temporary_file,
    xlsx_value,
)

__all__ = ["PERSONAL_DATA_NOTICE", "ExportCancelled", "export_database", "export_rows"]

PERSONAL_DATA_NOTICE = ("The file holds personal data of health workers: keep it safe, and "
                        "delete it when it is no longer needed.")


# --- the whole database ----------------------------------------------------------------------


def export_database(session: Session, path: Path,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Every table to its own sheet (rows by primary key), for auditing in Excel.

    Returns the rows written per table. A table longer than a sheet continues on "name (2)".
    """
    from openpyxl import Workbook

    from ..data.models import Base

    path = Path(path)
    tables = list(Base.metadata.sorted_tables)
    counts = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
    workbook = Workbook(write_only=True)
    _about_sheet(workbook, counts)
    temporary = temporary_file(path)
    stopped = False
    try:
        for done, table in enumerate(tables, start=1):
            if cancelled is not None and cancelled():
                stopped = True
                break
            _table_sheets(session, workbook, table)
            if progress is not None:
                progress(done, len(tables))
        workbook.save(temporary)  # also when cancelled: it closes openpyxl's sheet streams
        if stopped:
            raise ExportCancelled()
        finish(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return counts


def _about_sheet(workbook: Any, counts: dict[str, int]) -> None:
    sheet = new_sheet(workbook, "About", ["Table", "Rows"], [])
    for name, count in counts.items():
        sheet.append([name, count])
    sheet.append([])
    sheet.append(["Exported", dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")])


def _table_sheets(session: Session, workbook: Any, table: Any) -> None:
    headers = [column.name for column in table.columns]
    order = list(table.primary_key.columns) or list(table.columns)
    result = session.execute(select(table).order_by(*order),
                             execution_options={"yield_per": 2000})
    sheet, written, part = new_sheet(workbook, table.name, headers), 0, 1
    for row in result:
        if written == EXCEL_MAX_ROWS - 1:
            part += 1
            sheet, written = new_sheet(workbook, f"{table.name} ({part})", headers), 0
        sheet.append([xlsx_value(sheet, v) for v in row])
        written += 1
