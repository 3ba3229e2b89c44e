"""The planning page: the month's calendar and visits, the proposal for next month, moving,
recording and debriefing visits, and the overdue and missed visits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...visits.queries import VisitRow
from ...visits.records import LateVisit
from ..access import allow_all
from ..history import history_button
from .calendar import VisitCalendar
from .common import (
    AsyncPage,
    RowsModel,
    VisitsContext,
    cap_column,
    rows_view,
    selected_item,
    warn,
)
from .debriefing import DebriefingDialog
from .labels import (
    VISIT_KINDS,
    VISIT_STATUSES,
    days_text,
    from_qdate,
    label,
    month_text,
    to_qdate,
)
from .plan_dialogs import MissedVisitDialog, MoveVisitDialog, ProposalDialog
from .printing import print_plan_letters
from .record import VisitRecordDialog

MISSED_DAYS = 183  # missed visits older than this drop off the list
FACILITY_WIDTH, KIND_WIDTH = 170, 110  # pixels; longer names elide, whole in the tooltip


def next_month(today: dt.date) -> tuple[int, int]:
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


class PlanningPage(AsyncPage):
    """Month calendar and list; the actions act on the visit selected in either list."""

    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.calendar = VisitCalendar(self)
        today = context.today()
        self.calendar.setSelectedDate(to_qdate(today))
        self.visit_model = RowsModel([self.tr("Facility"), self.tr("Kind"), self.tr("Days"),
                                      self.tr("Status"), self.tr("Mentors")], self)
        self.visit_table = rows_view(self.visit_model, self, stretch_column=4)
        cap_column(self.visit_table, 0, FACILITY_WIDTH)
        cap_column(self.visit_table, 1, KIND_WIDTH)
        self.late_model = RowsModel([self.tr("Facility"), self.tr("Kind"), self.tr("Planned"),
                                     self.tr("Status"), self.tr("Days late")], self)
        self.late_table = rows_view(self.late_model, self, stretch_column=0)
        self.month_label = QLabel(self)
        self.late_label = QLabel(self)
        self._make_buttons()
        self._lay_out()
        self._connect()
        self._current: tuple[QTableView, Any] | None = None
        self._update_buttons()
        self.reload()

    # --- building ---------------------------------------------------------------------
    def _button(self, text: str, slot: Any, shortcut: str | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        if shortcut:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
        return button

    def _make_buttons(self) -> None:
        self.propose_button = self._button(self.tr("&Propose next month's plan…"), self.propose)
        self.move_button = self._button(self.tr("&Move…"), self.move_visit, "Ctrl+M")
        self.record_button = self._button(self.tr("&Record visit…"), self.record_visit,
                                          "Ctrl+R")
        self.debrief_button = self._button(self.tr("&Debriefing…"), self.debrief, "Ctrl+D")
        self.missed_button = self._button(self.tr("Mark m&issed…"), self.mark_missed)
        self.letter_button = self._button(self.tr("Print visit plan &letter…"), self.print_letter)
        actor = self.context.actor()
        allow_all((self.propose_button, self.move_button, self.missed_button), actor,
                  Permission.PLANS)
        allow_all((self.record_button, self.debrief_button), actor, Permission.FIELD_RECORDS)
        self.history_button = history_button(self, self.context.visits.session_factory,
                                             self.current_visit_id, "visit")

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.propose_button, self.move_button, self.record_button,
                       self.debrief_button, self.missed_button, self.letter_button,
                       self.history_button):
            if button is not None:
                buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.month_label, 0), (self.visit_table, 3),
                                (self.late_label, 0), (self.late_table, 2)):
            right_layout.addWidget(widget, stretch)
        self.month_label.setBuddy(self.visit_table)
        self.late_label.setBuddy(self.late_table)
        self.late_label.setWordWrap(True)  # a long translation wraps, not widens the window
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.calendar)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.load_error)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.calendar, self.visit_table)
        QWidget.setTabOrder(self.visit_table, self.late_table)

    def _connect(self) -> None:
        self.calendar.currentPageChanged.connect(lambda *_: self.load_month())
        self.calendar.clicked.connect(self._select_day)
        self.calendar.selectionChanged.connect(self._calendar_moved)
        self.calendar.activated.connect(self._day_activated)
        for view in (self.visit_table, self.late_table):
            view.selectionModel().selectionChanged.connect(
                lambda *_, v=view: self._selection_changed(v))
            view.doubleClicked.connect(lambda _i: self.record_visit())
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._menu(v, pos))

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        self.load_month()
        self.load_late()

    def shown_month(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def load_month(self) -> None:
        year, month = self.shown_month()
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        service = self.context.visits
        self.load("month", lambda: (service.month_visits(year, month),
                                    service.holidays(first, last)), self._show_month)

    def load_late(self) -> None:
        today = self.context.today()
        since = today - dt.timedelta(days=MISSED_DAYS)
        self.load("late", lambda: self.context.visits.late_visits(today, since), self._show_late)

    def _show_month(self, result: tuple[list[VisitRow], dict[dt.date, str]]) -> None:
        rows, holidays = result
        self.calendar.set_visits(rows, holidays)
        year, month = self.shown_month()
        self.month_label.setText(self.tr("&Visits in %1 (%2):").replace(
            "%1", month_text(dt.date(year, month, 1))).replace("%2", str(len(rows))))
        self.visit_model.set_rows(
            [(r.facility if not r.chw_group else f"{r.facility} ({r.chw_group})",
              label(VISIT_KINDS, r.kind),
              days_text(r.actual_start or r.planned_start, r.actual_end or r.planned_end),
              label(VISIT_STATUSES, r.status) + (self.tr(", debriefed") if r.has_debriefing
                                                 else ""),
              ", ".join(r.mentors)) for r in rows],
            rows, ["muted" if r.status in ("done", "cancelled") else
                   "late" if r.status == "missed" else "" for r in rows])
        self._update_buttons()

    def _show_late(self, rows: list[LateVisit]) -> None:
        self.late_label.setText(self.tr("&Overdue visits, and visits missed in the last six "
                                        "months (%1):").replace("%1", str(len(rows))))
        self.late_model.set_rows(
            [(r.facility_name, label(VISIT_KINDS, r.kind), days_text(r.planned_start, None),
              label(VISIT_STATUSES, r.status), str(r.days_late)) for r in rows],
            rows, ["late" if r.status == "overdue" else "muted" for r in rows])
        self._update_buttons()

    # --- selection --------------------------------------------------------------------
    def _selection_changed(self, view: QTableView) -> None:
        item = selected_item(view)
        if item is not None:
            other = self.late_table if view is self.visit_table else self.visit_table
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
            self._current = (view, item)
        else:
            self._current = None
        self._update_buttons()

    def current_visit_id(self) -> int | None:
        if self._current is None:
            return None
        item = self._current[1]
        return item.id if isinstance(item, VisitRow) else item.visit_id

    def current_status(self) -> str | None:
        if self._current is None:
            return None
        item = self._current[1]
        return item.status if isinstance(item, VisitRow) else (
            "planned" if item.status == "overdue" else item.status)

    def _update_buttons(self) -> None:
        status = self.current_status()
        self.move_button.setEnabled(status == "planned")
        self.record_button.setEnabled(status in ("planned", "done", "missed"))
        self.debrief_button.setEnabled(status == "done")
        self.missed_button.setEnabled(status == "planned")
        if self.history_button is not None:
            self.history_button.setEnabled(status is not None)

    def _select_day(self, date: QDate) -> None:
        day = from_qdate(date)
        for row, visit in enumerate(self.visit_model.items()):
            if day in visit.days():
                self.visit_table.selectRow(row)
                return

    def _calendar_moved(self) -> None:
        if self.calendar.hasFocus():
            self._select_day(self.calendar.selectedDate())

    def _day_activated(self, date: QDate) -> None:
        self._select_day(date)
        self.record_visit()

    def _menu(self, view: QTableView, pos: Any) -> None:
        menu = QMenu(self)
        for button in (self.record_button, self.debrief_button, self.move_button,
                       self.missed_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.exec(view.viewport().mapToGlobal(pos))

    # --- actions ----------------------------------------------------------------------
    def propose(self) -> None:
        year, month = next_month(self.context.today())
        self.propose_button.setEnabled(False)
        self.load("proposal", lambda: self.context.visits.propose_plan(year, month),
                  self._show_proposal, self._proposal_failed)

    def _proposal_failed(self, error: BaseException) -> None:
        self.propose_button.setEnabled(True)
        warn(self, self.tr("Propose next month's plan"), error)

    def _show_proposal(self, plan: Any) -> None:
        self.propose_button.setEnabled(True)
        dialog = ProposalDialog(self.context, plan, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.calendar.setCurrentPage(plan.year, plan.month)
            self._changed()

    def move_visit(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id is None:
            return
        self.load("open", lambda: self.context.visits.visit_detail(visit_id).visit,
                  self._open_move)

    def _open_move(self, visit: VisitRow) -> None:
        dialog = MoveVisitDialog(self.context, visit, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.moved is not None:
            self.calendar.setCurrentPage(dialog.moved.planned_start.year,
                                         dialog.moved.planned_start.month)
            self._changed()
        elif dialog.reload_requested:
            self._changed()
            self.move_visit()

    def record_visit(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id is None or not self.record_button.isEnabled():
            return
        service = self.context.visits

        def fetch() -> Any:
            detail = service.visit_detail(visit_id)
            return detail, service.facility_people(detail.visit.facility_id,
                                                   detail.visit.planned_start)

        self.load("open", fetch, self._open_record)

    def _open_record(self, result: Any) -> None:
        detail, people = result
        dialog = VisitRecordDialog(self.context, detail, people, self)
        dialog.exec()
        if dialog.changed_anything or dialog.reload_requested:
            self._changed()
        if dialog.reload_requested:
            self.record_visit()

    def debrief(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id is None or self.current_status() != "done":
            return
        service = self.context.visits

        def fetch() -> Any:
            visit = service.visit_detail(visit_id).visit
            return (visit, service.debriefing(visit_id),
                    service.facility_people(visit.facility_id, visit.actual_start or
                                            visit.planned_start))

        self.load("open", fetch, self._open_debriefing)

    def _open_debriefing(self, result: Any) -> None:
        visit, view, people = result
        dialog = DebriefingDialog(self.context, visit, view, people, self)
        dialog.exec()
        if dialog.changed_anything:
            self._changed()

    def mark_missed(self) -> None:
        if self._current is None or self.current_status() != "planned":
            return
        item = self._current[1]
        facility = item.facility if isinstance(item, VisitRow) else item.facility_name
        dialog = MissedVisitDialog(self.context, self.current_visit_id() or 0, item.version,
                                   facility, item.planned_start, self)
        if dialog.exec() == QDialog.DialogCode.Accepted or dialog.reload_requested:
            self._changed()  # a visit changed elsewhere: the list shows it as it is now

    def print_letter(self) -> None:
        """The selected visit's facility's letter, or every facility's for the shown month."""
        year, month = self.shown_month()
        item = self._current[1] if self._current else None
        facility = None
        if isinstance(item, VisitRow):
            facility = (item.facility_id, item.facility)
        print_plan_letters(self, year, month, facility)

    def _changed(self) -> None:
        self.reload()
