"""A read-only table model of display rows, shared by the cascade, visit and QI screens.

Each row is a tuple of texts (shown, and as its tooltip); it may carry the record it came from
(:meth:`RowsTableModel.item`) and a tone, a name the model maps to a text colour ("" for none).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

AnyIndex = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Read-only display rows; each row may carry the record it came from and a tone."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None,
                 tone_colours: Mapping[str, QColor] | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._tone_colours = dict(tone_colours or {})
        self._rows: list[tuple[Any, ...]] = []
        self._items: list[Any] = []
        self._tones: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[Any]], items: Sequence[Any] | None = None,
                 tones: Sequence[str] | None = None) -> None:
        """items: the record of each row (None when not given); tones: one per row, "" for the
        usual colour, else a key of the model's tone colours."""
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._items = list(items) if items is not None else [None] * len(self._rows)
        self._tones = list(tones) if tones is not None else [""] * len(self._rows)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def text(self, row: int, column: int) -> str:
        return self.display(self._rows[row][column])

    def display(self, value: Any) -> str:
        """How a cell's value is shown: rows of texts are shown as they are."""
        return str(value)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._tone_colours.get(self._tones[index.row()])
            if colour is not None:
                return QBrush(colour)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
