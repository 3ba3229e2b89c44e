"""Exports any screen can offer: a list to .xlsx or .csv, the whole database to a workbook.

`export_view(parent, headers, rows_loader, default_name)` asks where to save (the file dialog's
filter chooses .xlsx or .csv), then loads the rows and writes the file on the thread pool:
`rows_loader` is called there, so it may query the domain (the whole filtered list, not only
the rows a paged view has loaded). A view whose rows are all in memory can use
`view_rows_loader(view)`, which copies its visible columns and rows on the GUI thread first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QTableView, QWidget

from ...exchange import exporting
from ...exchange.service import ExchangeService
from ..tasks import Task, TaskRunner
from .common import error_text, fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

XLSX_FILTER = "Excel workbook (*.xlsx)"
CSV_FILTER = "CSV, comma-separated, UTF-8 (*.csv)"
RowsLoader = Callable[[], Iterable[Sequence[Any]]]


def runner_for(owner: QObject) -> TaskRunner:
    """One TaskRunner per widget that exports, kept as its child."""
    runner = owner.findChild(TaskRunner, "exchange-export-runner")
    if runner is None:
        runner = TaskRunner(owner)
        runner.setObjectName("exchange-export-runner")
    return runner


def filter_suffix(file_filter: str) -> str:
    """ ".xlsx" from "Excel workbook (*.xlsx)"."""
    found = re.search(r"\(\*(\.[A-Za-z0-9]+)", file_filter)
    return found[1].lower() if found else ""


def chosen_path(path: str, selected_filter: str, filters: Sequence[str]) -> Path:
    """The file dialog's answer with the suffix of the filter chosen in it (when the dialog
    says none, the typed suffix if it is one of the filters', else the first filter's)."""
    target = Path(path)
    suffixes = [filter_suffix(f) for f in filters]
    if selected_filter in filters:
        suffix = filter_suffix(selected_filter)
    else:
        suffix = target.suffix.lower() if target.suffix.lower() in suffixes else suffixes[0]
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def ask_save_path(
    parent: QWidget,
    title: str,
    default_name: str,
    filters: Sequence[str] = (XLSX_FILTER, CSV_FILTER),
) -> Path | None:
    start = Path.home() / default_name
    path, selected = QFileDialog.getSaveFileName(
        parent, title, str(start), ";;".join(filters), filters[0]
    )
    return chosen_path(path, selected, filters) if path else None


def export_view(
    parent: QWidget,
    headers: Sequence[str],
    rows_loader: RowsLoader,
    default_name: str,
    on_done: Callable[[Path], None] | None = None,
    record: Callable[[Path, int], None] | None = None,
) -> Task | None:
    """Ask for a file, then write the rows there off the GUI thread; None if no file chosen.
    `record(path, rows)`, on the same thread once the file is written, puts it in the audit
    trail."""
    path = ask_save_path(parent, translate("Exchange", "Export the list"), default_name)
    if path is None:
        return None
    sheet = Path(default_name).stem or "Export"
    columns = list(headers)

    def write(_task: Any) -> tuple[Path, int]:
        rows = [list(row) for row in rows_loader()]
        saved = exporting.export_rows(columns, rows, path, sheet)
        if record is not None:
            record(saved, len(rows))
        return saved, len(rows)

    def written(result: tuple[Path, int]) -> None:
        saved, count = result
        if on_done is not None:
            on_done(saved)
        QMessageBox.information(
            parent,
            translate("Exchange", "Export"),
            personal_data_notice(fill(translate("Exchange", "%1 rows saved to %2."), count,
                                      saved)),
        )

    return runner_for(parent).start(write, written, lambda error: _failed(parent, error))


def personal_data_notice(saved: str) -> str:
    """What was saved, and that the file is to be kept safe."""
    return saved + "\n\n" + translate(
        "Exchange", "The file holds personal data of health workers: keep it safe, and delete "
        "it when it is no longer needed.")


def _failed(parent: QWidget, error: BaseException) -> None:
    QMessageBox.warning(
        parent,
        translate("Exchange", "Export"),
        fill(translate("Exchange", "The file could not be written: %1"), error_text(error)),
    )


def view_rows_loader(view: QTableView) -> tuple[list[str], RowsLoader]:
    """The headers and rows a table view shows (visible columns, filtered and sorted rows)."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    columns.sort(key=header.visualIndex)
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]
    return headers, lambda: rows


def view_export_action(view: QTableView, default_name: str) -> QAction:
    """An "Export…" action (Ctrl+E) for a table view, to put in its menu or tool bar."""
    action = QAction(translate("Exchange", "&Export to Excel or CSV…"), view)
    action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def export() -> None:
        headers, loader = view_rows_loader(view)
        export_view(view, headers, loader, default_name)

    action.triggered.connect(export)
    view.addAction(action)
    return action


# --- the whole database -----------------------------------------------------------------------


def default_full_export_name(today: dt.date | None = None) -> str:
    return f"mentoroffice-{(today or dt.date.today()).isoformat()}.xlsx"


def full_export(
    parent: QWidget,
    service: ExchangeService,
    on_done: Callable[[Path, dict[str, int]], None] | None = None,
) -> Task | None:
    """Every table to its own sheet, with a progress dialog whose Cancel stops the export."""
    path = ask_save_path(
        parent,
        translate("Exchange", "Full export to Excel"),
        default_full_export_name(),
        (XLSX_FILTER,),
    )
    if path is None:
        return None
    dialog = QProgressDialog(
        translate("Exchange", "Writing every table to the workbook…"),
        translate("Exchange", "&Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(translate("Exchange", "Full export to Excel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finished(counts: dict[str, int]) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_done is not None:
            on_done(path, counts)
        QMessageBox.information(
            parent,
            translate("Exchange", "Full export to Excel"),
            personal_data_notice(fill(
                translate("Exchange", "%1 tables, %2 rows saved to %3."),
                len(counts),
                sum(counts.values()),
                path,
            )),
        )

    def failed(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if isinstance(error, exporting.ExportCancelled):
            QMessageBox.information(
                parent,
                translate("Exchange", "Full export to Excel"),
                translate("Exchange", "The export was cancelled; no file was written."),
            )
        else:
            _failed(parent, error)

    task = runner_for(parent).start(
        lambda context: service.export_database(path, context.progress, context.cancelled),
        finished,
        failed,
        progress,
    )
    dialog.canceled.connect(task.context.cancel)
    return task


def full_export_action(parent: QWidget, service: ExchangeService) -> QAction:
    """ "Full export to Excel…" for a menu."""
    action = QAction(translate("Exchange", "&Full export to Excel…"), parent)
    action.triggered.connect(lambda: full_export(parent, service))
    return action
