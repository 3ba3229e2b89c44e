"""Coverage: the places no mentor covers as of a day; double-click one to assign a mentor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...cascade.service import GAP_KINDS, CascadeService, Gap
from ..tasks import TaskRunner
from .assignment_dialog import AssignmentDialog
from .common import MessageBar, RowsModel, date_edit, error_text
from .facility_detail import table_view
from .labels import GAP_KINDS as GAP_LABELS
from .labels import LEVELS, date_text, label


class CoveragePage(QWidget):
    """The gaps table (kind, facility, detail), filtered by kind, as of a chosen day."""

    changed = Signal()

    def __init__(self, service: CascadeService, runner: TaskRunner | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.runner = runner or TaskRunner(self)
        self.gaps: list[Gap] = []
        self._generation = 0
        self._loading = False
        self._stale = True
        self.as_of_edit = date_edit(today(), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.addItem(self.tr("All kinds of gap"), None)
        for kind in GAP_KINDS:
            self.kind_combo.addItem(label(GAP_LABELS, kind), kind)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.count_label = QLabel(self)
        self.model = RowsModel([self.tr("Gap"), self.tr("Facility"), self.tr("Level"),
                                self.tr("Area"), self.tr("Detail")], self)
        self.table = table_view(self.model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 220, 110, 70)):
            self.table.setColumnWidth(column, width)
        self.table.setToolTip(self.tr("Double-click a gap to assign a mentor there."))
        self.message_bar = MessageBar(self)
        self._lay_out()
        self.as_of_edit.dateChanged.connect(lambda _date: self.reload())
        self.kind_combo.currentIndexChanged.connect(lambda _n: self._show_gaps())
        self.refresh_button.clicked.connect(self.reload)
        self.table.doubleClicked.connect(self.assign_at)
        self.table.activated.connect(self.assign_at)
        self.reload()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for text, widget in ((self.tr("&As of:"), self.as_of_edit),
                             (self.tr("&Kind:"), self.kind_combo)):
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            bar.addWidget(buddy)
            bar.addWidget(widget)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Double-click a gap (or press Enter on it) to assign a "
                                        "mentor there."), self))
        layout.addWidget(self.message_bar)
        QWidget.setTabOrder(self.as_of_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.table)

    def as_of(self) -> dt.date:
        return self.as_of_edit.date().toPython()  # type: ignore[no-any-return]

    def is_loading(self) -> bool:
        return self._loading

    def mark_stale(self) -> None:
        """Something changed elsewhere; read the gaps again when the page is next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale and not self._loading:
            self.reload()

    def reload(self) -> None:
        """Ask for the gaps off the GUI thread; an older answer still on its way is dropped."""
        self._generation += 1
        generation, as_of = self._generation, self.as_of()
        self._loading, self._stale = True, False
        self.count_label.setText(self.tr("Looking for gaps…"))
        self.runner.start(lambda _ctx: self.service.coverage(as_of),
                          lambda gaps: self._arrived(generation, gaps),
                          lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, gaps: list[Gap]) -> None:
        if generation == self._generation and isValid(self):
            self.gaps, self._loading = gaps, False
            self._count_kinds()
            self._show_gaps()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and isValid(self):
            self._loading = False
            self.count_label.setText(error_text(error))

    def shown_gaps(self) -> list[Gap]:
        kind = self.kind_combo.currentData()
        return [g for g in self.gaps if kind is None or g.kind == kind]

    def _count_kinds(self) -> None:
        """Each kind's entry in the filter says how many gaps it has."""
        for n in range(self.kind_combo.count()):
            kind = self.kind_combo.itemData(n)
            count = sum(1 for g in self.gaps if kind is None or g.kind == kind)
            name = label(GAP_LABELS, kind) if kind else self.tr("All kinds of gap")
            self.kind_combo.setItemText(n, f"{name} ({count:,})")

    def _show_gaps(self) -> None:
        gaps = self.shown_gaps()
        self.model.set_rows([(label(GAP_LABELS, g.kind), g.facility_name, label(LEVELS, g.level),
                              g.technical_area or g.association or "", g.detail) for g in gaps],
                            items=gaps)
        if not gaps:
            text = self.tr("No gap of this kind on %1.").replace("%1", date_text(self.as_of()))
        else:
            text = self.tr("%1 gaps") if len(gaps) != 1 else self.tr("%1 gap")
        self.count_label.setText(text.replace("%1", f"{len(gaps):,}"))

    def assign_at(self, index: QModelIndex) -> None:
        """Open the assignment dialog for the gap's place, area and day."""
        if not index.isValid():
            return
        gap: Gap = self.model.item(index.row())
        place = (self.service.place_choice(chw_group_id=gap.chw_group_id) if gap.chw_group_id
                 else self.service.place_choice(org_unit_id=gap.facility_id))
        dialog = AssignmentDialog(self.service, self.as_of(), None, place, gap.technical_area,
                                  self)
        dialog.mentor_field.setFocus()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message_bar.show_message(self.tr("Assigned a mentor at %1.")
                                          .replace("%1", place.name))
            self.reload()
            self.changed.emit()
