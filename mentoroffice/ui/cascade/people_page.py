"""The people page: one searchable list of everyone, filters, and a person's page beside it."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...cascade.service import CascadeService, PeopleFilters, PersonPage
from ...core.access import Permission, actor_of
from ...core.choices import MentorChoice
from ...data.enums import Cadre
from ..access import allow_all
from ..history import history_button
from ..tasks import TaskRunner
from .assignment_dialog import AssignmentDialog
from .common import LookupField, MessageBar
from .facility_dialog import place_text
from .labels import CADRES, PERSON_ROLES, label
from .people_model import PeopleModel
from .person_dialogs import AttritionDialog, PersonDialog, PostingDialog
from .person_panel import PersonPanel
from .promote_dialog import PromoteDialog

TYPING_PAUSE_MS = 250


class PeopleFilterBar(QWidget):
    """Search text, facility (with its sub-units), cadre, technical area, role and status."""

    changed = Signal()

    def __init__(self, service: CascadeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, staff code or phone"))
        self.search_edit.setClearButtonEnabled(True)
        self.facility_field = LookupField(
            lambda text: service.facilities_for_completer(text, groups=False), place_text, self)
        self.facility_field.setPlaceholderText(self.tr("All facilities"))
        self.cadre_combo = self._combo([(label(CADRES, c.value), c.value) for c in Cadre])
        self.area_combo = self._combo([(f"{code} — {name}", code) for code, name, level
                                       in service.technical_areas() if level != "office"])
        self.role_combo = self._combo([(label(PERSON_ROLES, r), r) for r in PERSON_ROLES])
        self.status_combo = self._combo([(self.tr("Active (posted now)"), "active"),
                                         (self.tr("Inactive or not posted"), "inactive")],
                                        self.tr("Any status"))
        self._lay_out()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        self.facility_field.chosen.connect(lambda _place: self.changed.emit())
        self.facility_field.textChanged.connect(self._facility_text_changed)
        self.facility_field.returnPressed.connect(self.changed)
        for combo in (self.cadre_combo, self.area_combo, self.role_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _n: self.changed.emit())

    def _lay_out(self) -> None:
        """Search and facility on full rows, then the four lists two by two."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = ((self.tr("&Search:"), self.search_edit, 0, 0, 3),
                 (self.tr("&Facility:"), self.facility_field, 1, 0, 3),
                 (self.tr("&Cadre:"), self.cadre_combo, 2, 0, 1),
                 (self.tr("&Technical area:"), self.area_combo, 2, 2, 1),
                 (self.tr("&Role:"), self.role_combo, 3, 0, 1),
                 (self.tr("Stat&us:"), self.status_combo, 3, 2, 1))
        for text, widget, row, column, span in cells:
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            grid.addWidget(buddy, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _combo(self, items: list[tuple[str, str]], any_text: str | None = None) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(any_text or self.tr("Any"), None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _facility_text_changed(self, text: str) -> None:
        if not text.strip():
            self.changed.emit()

    def filters(self) -> PeopleFilters:
        place = self.facility_field.choice() if self.facility_field.text().strip() else None
        return PeopleFilters(
            text=self.search_edit.text(),
            facility_id=place.org_unit_id if place else None,
            cadre=self.cadre_combo.currentData(), technical_area=self.area_combo.currentData(),
            role=self.role_combo.currentData(), status=self.status_combo.currentData())


class PeoplePage(QWidget):
    """List, filter and page through everyone; record postings, assignments, promotions."""

    changed = Signal()

    def __init__(self, service: CascadeService, runner: TaskRunner | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.runner = runner or TaskRunner(self)
        self.model = PeopleModel(service, self.runner, self)
        self.filter_bar = PeopleFilterBar(service, self)
        self.count_label = QLabel(self)
        self.table = self._table()
        self.panel = PersonPanel(self)
        self.message_bar = MessageBar(self)
        self._make_buttons()
        self._lay_out()
        self.filter_bar.changed.connect(self.apply_filters)
        self.model.total_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)
        self.model.failed.connect(lambda text: self.count_label.setText(text))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reload()
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((165, 95, 180, 80, 160)):
            table.setColumnWidth(column, width)
        return table

    def _make_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.post_button = QPushButton(self.tr("&Post…"), self)
        self.transfer_button = QPushButton(self.tr("Tra&nsfer…"), self)
        self.attrition_button = QPushButton(self.tr("Record attr&ition…"), self)
        self.assign_button = QPushButton(self.tr("Assign to a &place…"), self)
        self.assign_button.setToolTip(self.tr(
            "Give this mentor a facility or CHW group to mentor. To make a validated mentee "
            "a mentor, use Promote."))
        self.promote_button = QPushButton(self.tr("Pr&omote…"), self)
        for button, slot in ((self.add_button, self.add_person),
                             (self.edit_button, self.edit_person),
                             (self.post_button, lambda: self.post_person(transfer=False)),
                             (self.transfer_button, lambda: self.post_person(transfer=True)),
                             (self.attrition_button, self.record_attrition),
                             (self.assign_button, self.assign_mentor),
                             (self.promote_button, self.promote)):
            button.clicked.connect(slot)
        allow_all((self.add_button, self.edit_button, self.post_button, self.transfer_button,
                   self.attrition_button, self.assign_button, self.promote_button),
                  actor_of(self.service.session_factory), Permission.REGISTRY)
        self.history_button = history_button(
            self, self.service.session_factory,
            lambda: person.id if (person := self.current()) else None, "person")

    def _lay_out(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.count_label)
        column.addWidget(self.table, 1)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.panel, 1)
        actions = QGridLayout()
        buttons = (self.add_button, self.edit_button, self.post_button, self.transfer_button,
                   self.attrition_button, self.assign_button, self.promote_button,
                   *([self.history_button] if self.history_button is not None else []))
        for n, button in enumerate(buttons):  # two a row: room for longer translations
            actions.addWidget(button, n // 2, n % 2)
        side.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_bar)
        QWidget.setTabOrder(self.filter_bar.status_combo, self.table)
        chain = (self.table, *buttons)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- list -------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        filters = self.filter_bar.filters()
        if filters != self.model.filters or self.model.total is None:
            self.model.set_filters(filters)

    def _show_loading(self, loading: bool) -> None:
        if loading and self.model.total is None:
            self.count_label.setText(self.tr("Searching…"))

    def _show_count(self, total: int) -> None:
        text = self.tr("%1 people") if total != 1 else self.tr("%1 person")
        self.count_label.setText(text.replace("%1", f"{total:,}"))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.show_person(self.model.person(rows[0].row()).id if rows else None)

    def show_person(self, person_id: int | None) -> None:
        self.panel.show_person(self.service.person_page(person_id) if person_id else None)
        self._update_buttons()

    def current(self) -> PersonPage | None:
        return self.panel.person

    def _update_buttons(self) -> None:
        person = self.current()
        posted = person is not None and person.current_posting is not None
        self.edit_button.setEnabled(person is not None)
        self.post_button.setEnabled(person is not None and not posted)
        self.transfer_button.setEnabled(posted)
        self.attrition_button.setEnabled(posted)
        self.assign_button.setEnabled(person is not None and person.mentor is not None
                                      and person.mentor.active)
        self.promote_button.setEnabled(person is not None and person.mentor is None)
        if self.history_button is not None:
            self.history_button.setEnabled(person is not None)

    def _after_change(self, message: str, person_id: int | None) -> None:
        """Show the person again, refresh the list (keeping its filters) and say what was done."""
        self.show_person(person_id)
        self.model.reload()
        self.message_bar.show_message(message)
        self.changed.emit()

    # --- actions ------------------------------------------------------------------------------
    def add_person(self) -> None:
        dialog = PersonDialog(self.service, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            name = f"{dialog.first_name_edit.text().strip()} {dialog.last_name_edit.text().strip()}"
            self._after_change(self.tr("Added %1.").replace("%1", name), dialog.saved_id)

    def edit_person(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = PersonDialog(self.service, person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("Saved %1.").replace("%1", person.name), person.id)

    def post_person(self, transfer: bool) -> None:
        person = self.current()
        if person is None:
            return
        dialog = PostingDialog(self.service, person, self.today(), transfer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = self.tr("Transferred %1.") if transfer else self.tr("Posted %1.")
            self._after_change(text.replace("%1", person.name), person.id)

    def record_attrition(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = AttritionDialog(self.service, person, self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("Recorded that %1 left; the posting is kept in the "
                                       "history.").replace("%1", person.name), person.id)

    def assign_mentor(self) -> None:
        person = self.current()
        if person is None or person.mentor is None:
            return
        posting = person.current_posting
        mentor = MentorChoice(person.mentor.id, person.name, person.mentor.kind,
                              person.mentor.association, posting.facility if posting else None)
        dialog = AssignmentDialog(self.service, self.today(), mentor, None, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("Assigned %1.").replace("%1", person.name), person.id)

    def promote(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = PromoteDialog(self.service, person, self.today(), self.runner, self)
        dialog.exec()
        if dialog.mentor_id is not None:
            self._after_change(self.tr("%1 is now a mentor.").replace("%1", person.name),
                               person.id)
