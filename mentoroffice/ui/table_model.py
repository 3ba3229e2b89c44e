"""A table model that holds plain rows and loads them a page at a time as the view scrolls.

The model knows neither SQL nor sessions: it is given a loader `(offset, limit) -> Page` and
a runner that calls the loader somewhere (on a worker thread in the main window, directly in
simple uses) and hands the page or the error back on the GUI thread. A new search or a reload
starts a new generation; pages of an older generation that arrive late are dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class PageLike(Protocol):
    """What a loader returns: `mentoroffice.browse.Page` fits."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    total: int


Loader = Callable[[int, int], PageLike]
OnPage = Callable[[PageLike], None]
OnError = Callable[[BaseException], None]
Runner = Callable[[Callable[[], PageLike], OnPage, OnError], None]


def run_now(load: Callable[[], PageLike], on_page: OnPage, on_error: OnError) -> None:
    """The simplest runner: load on the calling thread."""
    try:
        page = load()
    except Exception as error:  # noqa: BLE001 - reported through on_error like a worker's
        on_error(error)
    else:
        on_page(page)


def plain_text(column: str, value: Any) -> str:
    """Cell text when the owner gives no formatter: ISO dates, no decimals beyond one."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class PagedTableModel(QAbstractTableModel):
    """Read-only rows of one list, fetched page by page through canFetchMore/fetchMore."""

    loadStarted = Signal()
    pageLoaded = Signal(int)  # the list's total
    loadFailed = Signal(str)

    def __init__(
        self,
        loader: Loader | None = None,
        *,
        runner: Runner = run_now,
        page_size: int = DEFAULT_PAGE_SIZE,
        header_label: Callable[[str], str] = str,
        cell_text: Callable[[str, Any], str] = plain_text,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._runner = runner
        self._page_size = page_size
        self._header_label = header_label
        self._cell_text = cell_text
        self._columns: tuple[str, ...] = ()
        self._rows: list[tuple[Any, ...]] = []
        self._total: int | None = None  # unknown until the first page arrives
        self._generation = 0
        self._loading = False
        self._error: str | None = None

    # --- state -------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    @property
    def total(self) -> int | None:
        """Rows in the whole list, or None before the first page arrived."""
        return self._total

    @property
    def loaded_count(self) -> int:
        return len(self._rows)

    @property
    def error(self) -> str | None:
        return self._error

    def is_loading(self) -> bool:
        return self._loading

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[row]

    # --- loading -----------------------------------------------------------------------

    def set_loader(self, loader: Loader) -> None:
        """Show another list (a new search): drop the rows and load its first page."""
        self._loader = loader
        self.reload()

    def reload(self) -> None:
        """Drop the rows and load the first page again; late pages of before are ignored."""
        self._generation += 1
        self._loading = False
        self._error = None
        self._total = None
        if self._rows:
            # Removing rows rather than resetting keeps the columns, and their widths.
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        self._request(0)

    def _request(self, offset: int) -> None:
        loader = self._loader
        if loader is None:
            return
        generation = self._generation
        limit = self._page_size
        self._loading = True
        self.loadStarted.emit()
        self._runner(
            lambda: loader(offset, limit),
            lambda page: self._received(generation, offset, page),
            lambda error: self._failed(generation, error),
        )

    def _received(self, generation: int, offset: int, page: PageLike) -> None:
        if generation != self._generation or offset != len(self._rows):
            return  # an older search's page, or one that no longer fits
        self._loading = False
        rows = list(page.rows)
        if tuple(page.columns) != self._columns:
            self.beginResetModel()
            self._columns = tuple(page.columns)
            self._rows = rows
            self.endResetModel()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._total = page.total
        if len(rows) < self._page_size and len(self._rows) < page.total:
            # Rows were deleted since the count: the list ends here.
            self._total = len(self._rows)
        self.pageLoaded.emit(self._total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("Loading a page failed: %s", error, exc_info=error)
        self._loading = False
        self._error = str(error) or type(error).__name__
        self.loadFailed.emit(self._error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._loading or self._error or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request(len(self._rows))

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell_text(self._columns[index.column()], value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if is_number(value)
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_label(self._columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if self.is_numeric_column(section)
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def is_numeric_column(self, section: int) -> bool:
        """Numbers in the loaded rows' column (the first few are enough): headers align too."""
        values = (row[section] for row in self._rows[:20] if row[section] is not None)
        return any(is_number(value) for value in values)
