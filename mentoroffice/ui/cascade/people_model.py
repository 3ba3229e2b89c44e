"""Everyone in the office, a page at a time: filtered, ordered and paged in SQL, read off the
GUI thread. The view asks for more with canFetchMore/fetchMore as the person scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from shiboken6 import isValid

from ...cascade.service import CascadeService, PeopleFilters, PersonRow
from ..tasks import TaskRunner
from .common import MUTED, error_text
from .labels import CADRES, ROLES, label, mentor_kind

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, CADRE, FACILITY, ROLE, CASCADE, PHONE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Cascade", "Name"),
    QT_TRANSLATE_NOOP("Cascade", "Cadre"),
    QT_TRANSLATE_NOOP("Cascade", "Facility"),
    QT_TRANSLATE_NOOP("Cascade", "Role"),
    QT_TRANSLATE_NOOP("Cascade", "In the cascade"),
    QT_TRANSLATE_NOOP("Cascade", "Phone"),
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
PAGE_SIZE = 200


class PeopleModel(QAbstractTableModel):
    """Rows of `PersonRow`; `total` is the count of everyone the filters match."""

    total_changed = Signal(int)
    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, service: CascadeService, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._service, self._runner = service, runner
        self._filters = PeopleFilters()
        self._rows: list[PersonRow] = []
        self._total: int | None = None
        self._loading = False
        self._generation = 0

    @property
    def filters(self) -> PeopleFilters:
        return self._filters

    @property
    def total(self) -> int | None:
        return self._total

    def is_loading(self) -> bool:
        return self._loading

    def person(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == person_id), None)

    # --- loading ------------------------------------------------------------------------------
    def set_filters(self, filters: PeopleFilters) -> None:
        """Start again from the first page (earlier answers still on their way are dropped)."""
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total = [], None
        self.endResetModel()
        self._set_loading(False)
        self._request()

    def _request(self) -> None:
        generation, offset, filters = self._generation, len(self._rows), self._filters
        want_total = self._total is None
        self._set_loading(True)
        self._runner.start(
            lambda _ctx: self._service.people_page(filters, offset, PAGE_SIZE, count=want_total),
            lambda result: self._arrived(generation, result),
            lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, result: tuple[list[PersonRow], int | None]) -> None:
        if generation != self._generation or not isValid(self):  # stale, or page closed
            return
        rows, total = result
        if total is not None:
            self._total = total
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(rows) < PAGE_SIZE:  # the end, whatever the count said meanwhile
            self._total = len(self._rows)
        self._set_loading(False)
        if total is not None or len(rows) < PAGE_SIZE:
            self.total_changed.emit(self._total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and isValid(self):
            self._set_loading(False)
            self.failed.emit(error_text(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return (
            not parent.isValid()
            and not self._loading
            and self._total is not None
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request()

    # --- the Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Cascade", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and (not row.active or row.facility is None):
            return QBrush(MUTED)
        return None

    @staticmethod
    def _text(row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == CADRE:
            return label(CADRES, row.cadre)
        if column == FACILITY:
            return row.facility or translate("Cascade", "not posted")
        if column == ROLE:
            return label(ROLES, row.role)
        if column == CASCADE:
            parts = [mentor_kind(row.mentor_kind)] if row.mentor_kind else []
            return "; ".join([*parts, translate("Cascade", "Mentee")] if row.is_mentee else parts)
        return row.phone or ""
