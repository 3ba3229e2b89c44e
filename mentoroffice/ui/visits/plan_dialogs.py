"""Dialogs of the planning page: the proposed month plan, moving a visit, a missed visit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...visits.queries import VisitRow
from ...visits.service import PlanView
from .common import ERROR_STYLE, FormDialog, RowsModel, VisitsContext, date_edit, rows_view
from .labels import VISIT_KINDS, date_text, days_text, from_qdate, label, month_text


class ProposalDialog(FormDialog):
    """Shows what "Propose next month's plan" found, conflicts included; saves on Save."""

    def __init__(self, context: VisitsContext, plan: PlanView,
                 parent: QWidget | None = None) -> None:
        month = dt.date(plan.year, plan.month, 1)
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Proposed plan for %1").replace("%1", month_text(month)))
        self.plan = plan
        self.saved_ids: list[int] = []
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.visit_model = RowsModel([self.tr("Facility"), self.tr("Kind"), self.tr("Days"),
                                      self.tr("Mentors")], self)
        self.visit_model.set_rows(
            [(v.visit.facility_name, label(VISIT_KINDS, v.visit.kind.value),
              days_text(v.visit.days[0], v.visit.days[-1]), ", ".join(v.mentors))
             for v in plan.visits], list(plan.visits))
        self.visit_table = rows_view(self.visit_model, self, stretch_column=3)
        self.conflict_list = self._list([
            f"{c.facility_name} ({label(VISIT_KINDS, c.kind.value)}): {c.reason}"
            for c in plan.conflicts], ERROR_STYLE)
        self.planned_list = self._list(list(plan.already_planned), "")
        self._lay_out()
        self.save_button.setText(self.tr("&Save plan"))
        self.save_button.setEnabled(bool(plan.visits))
        self.resize(860, 560)

    def _summary(self) -> str:
        plan = self.plan
        text = self.tr("%1 visits can be planned.").replace("%1", str(len(plan.visits)))
        if plan.conflicts:
            text += " " + self.tr("%1 could not be placed: see below, and plan them by hand "
                                  "or free a mentor.").replace("%1", str(len(plan.conflicts)))
        if plan.already_planned:
            text += " " + self.tr("%1 are already in the calendar.").replace(
                "%1", str(len(plan.already_planned)))
        return text

    def _list(self, texts: list[str], style: str) -> QListWidget:
        widget = QListWidget(self)
        for text in texts:
            QListWidgetItem(text, widget)
        widget.setStyleSheet(style)
        widget.setMaximumHeight(110)
        return widget

    def _lay_out(self) -> None:
        layout = self.layout_
        layout.addWidget(self.summary)
        visits_label = QLabel(self.tr("&Visits to plan:"), self)
        visits_label.setBuddy(self.visit_table)
        layout.addWidget(visits_label)
        layout.addWidget(self.visit_table, 3)
        for widget, text in (
                (self.conflict_list, self.tr("&Conflicts (%1), not planned:")),
                (self.planned_list, self.tr("Already &planned (%1):"))):
            caption = QLabel(text.replace("%1", str(widget.count())), self)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget, 1)
            caption.setVisible(widget.count() > 0)
            widget.setVisible(widget.count() > 0)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.saved_ids = self.context.visits.save_plan(self.plan)


class MoveVisitDialog(FormDialog):
    def __init__(self, context: VisitsContext, visit: VisitRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Move visit"))
        self.visit = visit
        self.moved: VisitRow | None = None
        form = QFormLayout()
        form.addRow(self.tr("Facility:"), QLabel(visit.facility, self))
        form.addRow(self.tr("Planned:"), QLabel(days_text(visit.planned_start,
                                                          visit.planned_end), self))
        self.date_edit = date_edit(visit.planned_start, self)
        date_label = QLabel(self.tr("New &first day:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow("", self.field_error("date", widget=self.date_edit))
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.buttons)
        self.save_button.setText(self.tr("&Move"))
        self.date_edit.setFocus()

    def new_start(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def save(self) -> None:
        self.moved = self.context.visits.move_visit(self.visit.id, self.new_start(),
                                                   self.visit.version)


class MissedVisitDialog(FormDialog):
    def __init__(self, context: VisitsContext, visit_id: int, version: int, facility: str,
                 planned: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Visit did not happen"))
        self.visit_id, self.version = visit_id, version
        form = QFormLayout()
        form.addRow(self.tr("Facility:"), QLabel(facility, self))
        form.addRow(self.tr("Planned:"), QLabel(date_text(planned), self))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the mentor was sick; the road was cut"))
        reason_label = QLabel(self.tr("&Why:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        form.addRow("", self.field_error("reason", widget=self.reason_edit))
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.buttons)
        self.save_button.setText(self.tr("Mark &missed"))

    def save(self) -> None:
        self.context.visits.mark_missed(self.visit_id, self.reason_edit.toPlainText(),
                                        self.version)

