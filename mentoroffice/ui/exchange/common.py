"""What the data-in-and-out screens share: a keyed worker on the thread pool (the newest run of a
key wins, with progress and cancel), a sortable table model of plain rows, and small helpers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ..rows_model import AnyIndex, RowsTableModel
from ..rules_text import refusal_text
from ..tasks import Task, TaskContext, TaskRunner

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e20;"


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders: fill("%1 of %2", 3, 4) -> "3 of 4"."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def error_text(error: BaseException) -> str:
    return refusal_text(error) or type(error).__name__


def message_label(parent: QWidget, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def show_message(label: QLabel, text: str, style: str = "") -> None:
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))


class Worker(QObject):
    """Runs functions on the thread pool by key; a newer run of a key makes older results void.

    A page keeps one Worker; `busy(key)` tells whether a run is under way, `cancel(key)` asks the
    running function (through its TaskContext) to stop.
    """

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._generation: dict[str, int] = {}
        self._tasks: dict[str, Task] = {}

    def start(
        self,
        key: str,
        function: Callable[[TaskContext], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.cancel(key)
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        progress = None
        if on_progress is not None:

            def progress(done: int, total: int) -> None:
                if self._generation.get(key) == generation:
                    on_progress(done, total)

        self._tasks[key] = self.runner.start(
            function,
            lambda result: self._arrived(key, generation, on_result, result),
            lambda error: self._arrived(key, generation, on_error, error),
            progress,
        )

    def _arrived(
        self, key: str, generation: int, callback: Callable[[Any], None], value: Any
    ) -> None:
        if self._generation.get(key) != generation:
            return
        self._tasks.pop(key, None)
        callback(value)

    def busy(self, key: str | None = None) -> bool:
        return bool(self._tasks) if key is None else key in self._tasks

    def cancel(self, key: str) -> None:
        task = self._tasks.get(key)
        if task is not None:
            task.context.cancel()

    def forget(self, key: str) -> None:
        """Cancel a run and drop whatever it returns (the page moved on)."""
        self.cancel(key)
        self._tasks.pop(key, None)
        self._generation[key] = self._generation.get(key, 0) + 1

    def cancel_all(self) -> None:
        for key in list(self._tasks):
            self.cancel(key)


class RowsModel(RowsTableModel):
    """Read-only rows of plain values; numbers sort as numbers, None sorts first, shown as —."""

    def __init__(
        self, headers: Sequence[str], parent: QObject | None = None, blank: str = "—"
    ) -> None:
        super().__init__(headers, parent)
        self._blank = blank

    def rows(self) -> list[tuple[Any, ...]]:
        return list(self._rows)

    def display(self, value: Any) -> str:
        return self._blank if value is None or value == "" else str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole):
            value = self._rows[index.row()][index.column()]
            if role == SORT_ROLE:
                if isinstance(value, int):
                    return value
                return -1 if value is None else str(value).casefold()
            if isinstance(value, int):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)


def sortable_view(model: RowsModel, parent: QWidget, stretch_column: int) -> QTableView:
    """A read-only table over a sort proxy: click a header (or Ctrl+click) to sort by it."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the model's order until asked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def view_rows(view: QTableView) -> list[list[str]]:
    """The rows a view shows, in its order (after sorting), as text."""
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
