"""The values grid's model: one row per indicator and month, numerator and denominator typed
side by side, the percentage computed as one types, each cell checked at once.

Rows come month by month (all indicators of January, then February...), which follows the
monthly report people copy from; or indicator by indicator, for filling one in over a year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ...indicators.service import YearValues
from ...indicators.values import CellProblem, IndicatorInfo, StoredValue, ValueEntry, parse_count
from .texts import month_text, percent_text, problem_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MONTH, INDICATOR, NUMERATOR, DENOMINATOR, PERCENT = range(5)
EDITABLE = (NUMERATOR, DENOMINATOR)
AnyIndex = QModelIndex | QPersistentModelIndex
Checker = Callable[[ValueEntry, str, dt.date], list[CellProblem]]

INVALID_BACKGROUND = QColor("#f8d7d5")
INVALID_TEXT = QColor("#a3211a")
CHANGED_BACKGROUND = QColor("#fff4c2")
SHADED_BACKGROUND = QColor("#f2f5f9")
FUTURE_TEXT = QColor("#8a8a8a")


@dataclass
class GridRow:
    indicator: IndicatorInfo
    month: dt.date
    stored: StoredValue | None
    numerator: str = ""
    denominator: str = ""
    problems: list[CellProblem] = field(default_factory=list)

    def entry(self) -> ValueEntry:
        return ValueEntry(
            self.indicator.id,
            self.month,
            self.numerator,
            self.denominator,
            self.stored.version if self.stored else None,
        )

    def changed(self) -> bool:
        """Whether what is typed differs from what is stored (as numbers, spaces aside)."""
        return self._typed() != (
            (self.stored.numerator, self.stored.denominator) if self.stored else (None, None)
        )

    def _typed(self) -> tuple[Any, Any]:
        try:
            return parse_count(self.numerator), parse_count(self.denominator)
        except ValueError:
            return self.numerator, self.denominator  # not a number: a change

    def text(self, column: int) -> str:
        return self.numerator if column == NUMERATOR else self.denominator

    def cell_problems(self, column: int) -> list[CellProblem]:
        name = "numerator" if column == NUMERATOR else "denominator"
        return [p for p in self.problems if p.field in (name, "both")]

    def percent(self) -> str:
        if self.problems:
            return ""
        try:
            numerator, denominator = parse_count(self.numerator), parse_count(self.denominator)
        except ValueError:
            return ""
        if numerator is None or denominator is None:
            return ""
        return percent_text(numerator, denominator)


class ValuesModel(QAbstractTableModel):
    """Edits stay here until saved; `edited` tells the page that something changed."""

    edited = Signal()

    def __init__(self, check: Checker, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._check, self._today = check, today
        self._rows: list[GridRow] = []
        self._by_month = True
        self.read_only = False  # the signed-in role may not enter values
        self._undo: list[tuple[GridRow, int, str]] = []
        self._positions: dict[int, int] = {}  # indicator id -> its place in the list
        self.year_values: YearValues | None = None

    # --- filling -------------------------------------------------------------------------
    def set_year(self, year_values: YearValues | None) -> None:
        self.beginResetModel()
        self.year_values = year_values
        self._undo.clear()
        self._rows = self._build_rows(year_values) if year_values else []
        self._positions = {
            indicator.id: n
            for n, indicator in enumerate(year_values.indicators if year_values else ())
        }
        self._sort_rows()
        self.endResetModel()

    @staticmethod
    def _build_rows(year_values: YearValues) -> list[GridRow]:
        stored = {(v.indicator_id, v.month): v for v in year_values.values}
        rows = []
        for month_number in range(1, 13):
            month = dt.date(year_values.year, month_number, 1)
            for indicator in year_values.indicators:
                value = stored.get((indicator.id, month))
                rows.append(
                    GridRow(
                        indicator,
                        month,
                        value,
                        str(value.numerator) if value else "",
                        str(value.denominator) if value else "",
                    )
                )
        return rows

    def set_order(self, by_month: bool) -> None:
        if by_month == self._by_month:
            return
        self.beginResetModel()
        self._by_month = by_month
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        position = self._positions
        if self._by_month:
            self._rows.sort(key=lambda r: (r.month, position[r.indicator.id]))
        else:
            self._rows.sort(key=lambda r: (position[r.indicator.id], r.month))

    # --- reading -------------------------------------------------------------------------
    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def row_of(self, indicator_id: int, month: dt.date) -> int:
        return next(
            (
                n
                for n, r in enumerate(self._rows)
                if r.indicator.id == indicator_id and r.month == month
            ),
            -1,
        )

    def changed_entries(self) -> list[ValueEntry]:
        return [row.entry() for row in self._rows if row.changed()]

    def has_changes(self) -> bool:
        return any(row.changed() for row in self._rows)

    def problems(self) -> list[tuple[GridRow, CellProblem]]:
        return [(row, problem) for row in self._rows for problem in row.problems]

    def first_empty_row(self, month: dt.date) -> int:
        """The first row of ``month`` with nothing typed, else its first row (-1: none)."""
        rows = [n for n, r in enumerate(self._rows) if r.month == month]
        empty = [n for n in rows if not self._rows[n].entry().numerator.strip()]
        return (empty or rows or [-1])[0]

    # --- editing -------------------------------------------------------------------------
    def set_text(self, row: int, column: int, text: str, record_undo: bool = True) -> bool:
        if self.read_only or column not in EDITABLE or not 0 <= row < len(self._rows):
            return False
        grid_row = self._rows[row]
        old = grid_row.text(column)
        if text == old:
            return True
        if record_undo:
            self._undo.append((grid_row, column, old))
        if column == NUMERATOR:
            grid_row.numerator = text
        else:
            grid_row.denominator = text
        self._recheck(row)
        self.edited.emit()
        return True

    def undo(self) -> int:
        """Put back the last edited cell; its row (-1 when there is nothing to undo)."""
        if not self._undo:
            return -1
        grid_row, column, text = self._undo.pop()
        row = self._rows.index(grid_row)
        self.set_text(row, column, text, record_undo=False)
        return row

    def recheck_all(self) -> None:
        """Check every row again (the date may have changed, or problems came back)."""
        for row in range(len(self._rows)):
            self._recheck(row)

    def _recheck(self, row: int) -> None:
        grid_row = self._rows[row]
        grid_row.problems = self._check(grid_row.entry(), grid_row.indicator.name, self._today())
        self.dataChanged.emit(self.index(row, 0), self.index(row, PERCENT))

    def show_problems(self, problems: Sequence[CellProblem]) -> None:
        """Problems the save found (e.g. a value changed elsewhere) shown on their rows."""
        for problem in problems:
            row = self.row_of(problem.indicator_id, problem.month)
            if row >= 0 and problem not in self._rows[row].problems:
                self._rows[row].problems.append(problem)
                self.dataChanged.emit(self.index(row, 0), self.index(row, PERCENT))

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = index.column() in EDITABLE and not self.read_only
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("Indicators", "Month"),
                translate("Indicators", "Indicator"),
                translate("Indicators", "Numerator"),
                translate("Indicators", "Denominator"),
                translate("Indicators", "%"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section in EDITABLE:
            return translate(
                "Indicators", "Type a whole number; Tab or Enter goes to the next cell."
            )
        return None

    def setData(
        self,
        index: AnyIndex,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.set_text(index.row(), index.column(), str(value or ""))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(index.row(), row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            NUMERATOR,
            DENOMINATOR,
            PERCENT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        return None

    def _display(self, number: int, row: GridRow, column: int, role: int) -> str:
        if column == MONTH:
            first = self._by_month and (number == 0 or self._rows[number - 1].month != row.month)
            return month_text(row.month) if first or not self._by_month else ""
        if column == INDICATOR:
            first = not self._by_month and (
                number == 0 or self._rows[number - 1].indicator.id != row.indicator.id
            )
            return row.indicator.name if first or self._by_month else ""
        if column in EDITABLE:
            return (
                row.text(column).strip()
                if role == Qt.ItemDataRole.DisplayRole
                else row.text(column)
            )
        return row.percent()

    def _tooltip(self, row: GridRow, column: int) -> str | None:
        if column in EDITABLE:
            texts = [
                problem_text(p, row.numerator, row.denominator) for p in row.cell_problems(column)
            ]
            if texts:
                return "\n".join(texts)
            definition = (
                row.indicator.numerator_definition
                if column == NUMERATOR
                else row.indicator.denominator_definition
            )
            return f"{row.indicator.name}, {month_text(row.month)}\n{definition}"
        if column == INDICATOR:
            return (
                f"{row.indicator.name} ({row.indicator.code})\n"
                + translate("Indicators", "Numerator: %1").replace(
                    "%1", row.indicator.numerator_definition
                )
                + "\n"
                + translate("Indicators", "Denominator: %1").replace(
                    "%1", row.indicator.denominator_definition
                )
            )
        if column == MONTH and self._is_future(row):
            return translate("Indicators", "This month has not started yet.")
        return None

    def _is_future(self, row: GridRow) -> bool:
        today = self._today()
        return (row.month.year, row.month.month) > (today.year, today.month)

    def _background(self, row: GridRow, column: int) -> QBrush | None:
        if column in EDITABLE and row.cell_problems(column):
            return QBrush(INVALID_BACKGROUND)
        if column in EDITABLE and row.changed():
            return QBrush(CHANGED_BACKGROUND)
        group = row.month.month if self._by_month else self._positions[row.indicator.id] + 1
        return QBrush(SHADED_BACKGROUND) if group % 2 == 0 else None

    def _foreground(self, row: GridRow, column: int) -> QBrush | None:
        if column in EDITABLE and row.cell_problems(column):
            return QBrush(INVALID_TEXT)
        if self._is_future(row):
            return QBrush(FUTURE_TEXT)
        return None
