"""The progress tracker: mentees × competencies, filtered by facility and technical area.

Each cell reads "baseline → latest (n)" and, once validated, "✓ date"; its colour repeats what
the text says. The matrix loads off the GUI thread; double-click (or Enter) opens the mentee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...checklists.progress import ProgressRow
from ...checklists.service import ChecklistService, MatrixMentee, ProgressMatrix
from ..tasks import TaskRunner
from .printing import PdfPrinter
from .texts import cadre_label, date_text, percent_text, translate

Index = QModelIndex | QPersistentModelIndex
CELL_WIDTH_SAMPLE = "100 → 100% (99)"  # the widest a cell's first line gets
NAME_WIDTH_SAMPLE_ROWS = 50
MAX_NAME_WIDTH = 260
COL_MENTEE, COL_FACILITY, FIRST_COMPETENCY = 0, 1, 2
MENTEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
VALIDATED_BG, PROGRESS_BG, NOT_PLANNED_BG = "#d7efdc", "#fcefd2", "#f3f3f3"


def cell_text(cell: ProgressRow | None) -> str:
    """'45.5 → 91% (5)' and, when validated, a second line '✓ 7 Oct 2024'."""
    if cell is None:
        return ""
    if cell.assessments == 0:
        scores = translate("Checklists", "not started")
    else:
        first = percent_text(cell.baseline).rstrip("%")  # never rounded up past the line
        scores = f"{first} → {percent_text(cell.latest)} ({cell.assessments})"
    if cell.validated_on is not None:
        return f"{scores}\n✓ {date_text(cell.validated_on)}"
    return scores


def sort_key(matrix: ProgressMatrix, column: int) -> Callable[[MatrixMentee], Any]:
    """How rows sort on a column: by name, by facility (then name), or by a competency's cell
    (validated first, then by latest score)."""
    if column == COL_MENTEE:
        return lambda mentee: mentee.name.casefold()
    if column == COL_FACILITY:
        return lambda mentee: (mentee.facility.casefold(), mentee.name.casefold())
    code = matrix.competencies[column - FIRST_COMPETENCY].code
    return lambda mentee: ProgressMatrixModel.cell_sort_value(matrix.cells.get((mentee.id, code)))


def sorted_mentees(matrix: ProgressMatrix, column: int,
                   order: Qt.SortOrder) -> tuple[MatrixMentee, ...]:
    """The matrix's mentees in the order shown; runs on the worker thread for a new matrix."""
    if not 0 <= column < FIRST_COMPETENCY + len(matrix.competencies):
        return matrix.mentees
    return tuple(sorted(matrix.mentees, key=sort_key(matrix, column),
                        reverse=order == Qt.SortOrder.DescendingOrder))


@dataclass(frozen=True)
class LoadedMatrix:
    """A matrix as the worker thread prepares it: rows already sorted, the summary counted."""

    matrix: ProgressMatrix
    mentees: tuple[MatrixMentee, ...]
    validated: int
    sort_column: int
    sort_order: Qt.SortOrder


def prepare_matrix(matrix: ProgressMatrix, column: int, order: Qt.SortOrder) -> LoadedMatrix:
    validated = len({mentee for (mentee, _code), cell in matrix.cells.items()
                     if cell.validated_on is not None})
    return LoadedMatrix(matrix, sorted_mentees(matrix, column, order), validated, column, order)


class ProgressMatrixModel(QAbstractTableModel):
    """Mentees × competencies. The model sorts its own rows (a plain Python sort on one key
    per row): a sort proxy would call data() for every comparison on the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = ProgressMatrix((), (), {})
        self.mentees: tuple[MatrixMentee, ...] = ()
        self.sort_column, self.sort_order = COL_FACILITY, Qt.SortOrder.AscendingOrder

    def set_matrix(self, matrix: ProgressMatrix,
                   mentees: tuple[MatrixMentee, ...] | None = None) -> None:
        """Show a matrix; `mentees` are its rows already in the current order, if known."""
        self.beginResetModel()
        self.matrix = matrix
        self.mentees = (mentees if mentees is not None
                        else sorted_mentees(matrix, self.sort_column, self.sort_order))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.mentees = sorted_mentees(self.matrix, column, order)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.mentees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIRST_COMPETENCY + len(self.matrix.competencies)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section >= FIRST_COMPETENCY:
            competency = self.matrix.competencies[section - FIRST_COMPETENCY]
            if role == Qt.ItemDataRole.DisplayRole:
                return competency.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return competency.title
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_MENTEE:
                return translate("Checklists", "Mentee")
            return translate("Checklists", "Facility")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mentee = self.mentees[index.row()]
        column = index.column()
        if role == MENTEE_ID_ROLE:
            return mentee.id
        if column == COL_MENTEE:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{mentee.name}\n{cadre_label(mentee.cadre)}"
            return mentee.name.casefold() if role == SORT_ROLE else None
        if column == COL_FACILITY:
            return mentee.facility if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        code = self.matrix.competencies[column - FIRST_COMPETENCY].code
        return self._cell_data(self.matrix.cells.get((mentee.id, code)), role)

    @staticmethod
    def _cell_data(cell: ProgressRow | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is None:
                return QBrush(QColor(NOT_PLANNED_BG))
            if cell.validated_on is not None:
                return QBrush(QColor(VALIDATED_BG))
            return QBrush(QColor(PROGRESS_BG)) if cell.assessments else None
        if role == Qt.ItemDataRole.ToolTipRole and cell is None:
            return translate("Checklists", "Not in this mentee's plan")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            return ProgressMatrixModel.cell_sort_value(cell)
        return None

    @staticmethod
    def cell_sort_value(cell: ProgressRow | None) -> float:
        """Validated first, then by latest score; not in the plan last."""
        if cell is None:
            return -2.0
        return (200.0 if cell.validated_on else 0.0) + (cell.latest or -1.0)


class ProgressTracker(QWidget):
    loaded = Signal()
    mentee_page_opened = Signal(object)  # the MenteePage

    def __init__(self, service: ChecklistService, runner: TaskRunner, printer: PdfPrinter,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.printer, self.today = service, runner, printer, today
        self.model = ProgressMatrixModel(self)
        self._generation = 0
        self._filters_generation = 0
        self.mentee_page: QWidget | None = None
        self._build()
        self.reload_filters()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.facility_combo = QComboBox(self)
        self.area_combo = QComboBox(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.print_button = QPushButton(self.tr("Print progress &sheet"), self)
        self.open_button = QPushButton(self.tr("&Open mentee"), self)
        for text, combo in ((self.tr("Fa&cility:"), self.facility_combo),
                            (self.tr("&Technical area:"), self.area_combo)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        self.facility_combo.setMinimumContentsLength(24)
        filters.addStretch()
        for button in (self.open_button, self.print_button, self.refresh_button):
            filters.addWidget(button)
        layout.addLayout(filters)
        self.summary_label = QLabel(self)
        layout.addWidget(self.summary_label)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        legend = QLabel(self.tr("Each cell: baseline → latest score (number of assessments); "
                                "✓ date = validated; “not started” = planned, not yet "
                                "assessed; grey blank = not in the mentee's plan."), self)
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #444;")
        layout.addWidget(legend)
        self.facility_combo.currentIndexChanged.connect(self.refresh)
        self.area_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.reload_filters)
        self.table.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # not `activated`: a single click
            enter = QShortcut(QKeySequence(key), self.table)  # activates on some desktops
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._activated(self.table.currentIndex()))
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        self.print_button.clicked.connect(self._print_current)

    def _make_table(self) -> QTableView:
        """Rows of two lines and columns of fixed widths: sizing them to their contents would
        read every cell of thousands of mentees on the GUI thread."""
        table = QTableView(self)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(COL_FACILITY, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        metrics = table.fontMetrics()
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(2 * metrics.lineSpacing() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(metrics.horizontalAdvance(CELL_WIDTH_SAMPLE) + 16)
        return table

    def _size_name_columns(self) -> None:
        """Mentee and facility columns as wide as a sample of their first rows needs."""
        metrics = self.table.fontMetrics()
        sample = self.model.mentees[:NAME_WIDTH_SAMPLE_ROWS]
        header = self.table.horizontalHeader()
        for column, texts in ((COL_MENTEE, [m.name for m in sample]),
                              (COL_FACILITY, [m.facility for m in sample])):
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=80)
            header.resizeSection(column, min(MAX_NAME_WIDTH, max(120, widest + 20)))

    # ----- loading

    def reload_filters(self) -> None:
        """Fill the filters (keeping the choice), off the GUI thread, then load the matrix."""
        self._filters_generation += 1
        generation = self._filters_generation
        self.summary_label.setText(self.tr("Loading…"))
        service = self.service
        self.runner.start(
            lambda _ctx: (service.tracker_facilities(), service.technical_areas()),
            lambda choices: self._fill_filters(generation, *choices),
            lambda error: self._failed(self._generation, error))

    def _fill_filters(self, generation: int, facilities: list[Any], areas: list[Any]) -> None:
        if generation != self._filters_generation:
            return
        facility, area = self.facility_combo.currentData(), self.area_combo.currentData()
        for combo in (self.facility_combo, self.area_combo):
            combo.blockSignals(True)
            combo.clear()
        self.facility_combo.addItem(self.tr("All facilities"), None)
        for choice in facilities:
            self.facility_combo.addItem(choice.name, choice.id)
        self.area_combo.addItem(self.tr("All areas"), None)
        for area_choice in areas:
            self.area_combo.addItem(f"{area_choice.code} · {area_choice.name}", area_choice.code)
        self.facility_combo.setCurrentIndex(max(0, self.facility_combo.findData(facility)))
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area)))
        for combo in (self.facility_combo, self.area_combo):
            combo.blockSignals(False)
        self.refresh()

    def set_filters(self, facility_id: int | None, area: str | None) -> None:
        self.facility_combo.setCurrentIndex(max(0, self.facility_combo.findData(facility_id)))
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area)))

    def refresh(self) -> None:
        """Reload the matrix in the background; a newer request wins over an older one."""
        self._generation += 1
        generation = self._generation
        facility_id, area = self.facility_combo.currentData(), self.area_combo.currentData()
        column, order = self.model.sort_column, self.model.sort_order
        self.summary_label.setText(self.tr("Loading…"))
        service = self.service
        self.runner.start(
            lambda _ctx: prepare_matrix(service.progress_matrix(facility_id, area), column, order),
            lambda loaded: self._loaded(generation, loaded),
            lambda error: self._failed(generation, error))

    def _loaded(self, generation: int, loaded: LoadedMatrix) -> None:
        if generation != self._generation:
            return
        if (self.model.sort_column, self.model.sort_order) == (loaded.sort_column,
                                                               loaded.sort_order):
            self.model.set_matrix(loaded.matrix, loaded.mentees)
        else:  # sorted otherwise meanwhile
            self.model.set_matrix(loaded.matrix)
        self._size_name_columns()
        self.table.setColumnHidden(COL_FACILITY, self.facility_combo.currentData() is not None)
        self.summary_label.setText(
            self.tr("%1 mentees · %2 validated in at least one competency").replace(
                "%1", str(len(loaded.matrix.mentees))).replace("%2", str(loaded.validated)))
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.summary_label.setText(self.tr("The tracker could not be loaded: %1").replace(
                "%1", str(error)))

    # ----- reading the matrix (for people and tests alike)

    def row_of(self, mentee_id: int) -> int:
        """The view row of a mentee, or -1."""
        for row, mentee in enumerate(self.model.mentees):
            if mentee.id == mentee_id:
                return row
        return -1

    def index_of(self, mentee_id: int, form_code: str) -> QModelIndex:
        """The view index of a mentee's cell for a competency (invalid if not shown)."""
        row = self.row_of(mentee_id)
        for column in range(FIRST_COMPETENCY, self.model.columnCount()):
            if self.model.headerData(column, Qt.Orientation.Horizontal) == form_code and row >= 0:
                return self.model.index(row, column)
        return QModelIndex()

    def cell_text(self, mentee_id: int, form_code: str) -> str | None:
        """What the matrix shows for a mentee and competency; None if not shown."""
        index = self.index_of(mentee_id, form_code)
        return str(index.data()) if index.isValid() else None

    # ----- mentee page and printing

    def _current_mentee(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(MENTEE_ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_mentee(index.data(MENTEE_ID_ROLE))

    def open_mentee(self, mentee_id: int) -> QWidget:
        from .mentee_page import MenteePage

        page = MenteePage(self.service, self.printer, mentee_id, self.today, self)
        self.mentee_page = page
        page.show()
        self.mentee_page_opened.emit(page)
        return page

    def _print_current(self) -> None:
        mentee_id = self._current_mentee()
        if mentee_id is None:
            self.summary_label.setText(self.tr("Choose a mentee in the table first."))
            return
        name = str(self.table.currentIndex().siblingAtColumn(COL_MENTEE).data()).split("\n")[0]
        self.printer.print_progress_sheet(self, mentee_id, name)
