"""Mentors' monthly reports: who reported, what they report against what the office recorded,
and the office's feedback."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...visits.mentor_reports import MentorReportInput, MentorReportRow
from ..access import allow
from .common import AsyncPage, RowsModel, VisitsContext, date_edit, rows_view, selected_item
from .labels import MENTOR_KINDS, date_text, from_qdate, label, month_text, to_qdate
from .qi_dialogs import _Form, text_edit


def previous_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def spin(parent: QWidget, value: int | None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 999)
    box.setValue(value or 0)
    return box


class ReportDialog(_Form):
    def __init__(self, context: VisitsContext, row: MentorReportRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Monthly report: %1, %2").replace("%1", row.mentor)
                            .replace("%2", month_text(row.month)))
        self.report = row
        self.saved: MentorReportRow | None = None
        self.form.addRow(self.tr("Visits the office recorded:"),
                         QLabel(str(row.visits_recorded), self))
        self.visits_spin = spin(self, row.visits_done if row.report_id else row.visits_recorded)
        self.assessed_spin = spin(self, row.mentees_assessed)
        self.validations_spin = spin(self, row.validations)
        self.challenges_edit = text_edit(self, self.tr("What got in the way; what help is needed"))
        self.challenges_edit.setPlainText(row.challenges)
        self.submitted_edit = date_edit(row.submitted_on or context.today(), self)
        self.row(self.tr("&Visits done:"), self.visits_spin, "visits_done")
        self.row(self.tr("&Mentees assessed:"), self.assessed_spin, "mentees_assessed")
        self.row(self.tr("Va&lidations:"), self.validations_spin, "validations")
        self.row(self.tr("&Challenges:"), self.challenges_edit)
        self.row(self.tr("Su&bmitted on:"), self.submitted_edit, "submitted_on")
        self.finish()

    def save(self) -> None:
        row = self.report
        self.saved = self.context.visits.save_mentor_report(MentorReportInput(
            row.mentor_id, row.month, self.visits_spin.value(), self.assessed_spin.value(),
            self.validations_spin.value(), self.challenges_edit.toPlainText(),
            from_qdate(self.submitted_edit.date())), self.context.today(), row.version)


class FeedbackDialog(_Form):
    def __init__(self, context: VisitsContext, row: MentorReportRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Feedback to %1").replace("%1", row.mentor))
        self.report = row
        self.saved: MentorReportRow | None = None
        summary = QLabel(self.tr("%1 visits, %2 mentees assessed, %3 validations. "
                                 "Challenges: %4").replace("%1", str(row.visits_done))
                         .replace("%2", str(row.mentees_assessed))
                         .replace("%3", str(row.validations))
                         .replace("%4", row.challenges or "—"), self)
        summary.setWordWrap(True)
        self.form.addRow(self.tr("Report:"), summary)
        self.feedback_edit = text_edit(self, self.tr("What the office says back"))
        self.feedback_edit.setPlainText(row.office_feedback or "")
        self.date_edit = date_edit(context.today(), self)
        self.row(self.tr("&Feedback:"), self.feedback_edit, "feedback")
        self.row(self.tr("&Given on:"), self.date_edit, "feedback_on")
        self.save_button.setText(self.tr("&Send feedback"))
        self.finish()

    def save(self) -> None:
        assert self.report.report_id is not None
        self.saved = self.context.visits.give_feedback(
            self.report.report_id, self.feedback_edit.toPlainText(),
            from_qdate(self.date_edit.date()), self.report.version)


class MentorReportsPage(AsyncPage):
    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.month_edit = QDateEdit(to_qdate(previous_month(context.today())), self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_edit)
        self.summary = QLabel(self)
        self.model = RowsModel([self.tr("Mentor"), self.tr("Kind"), self.tr("Visits recorded"),
                                self.tr("Visits reported"), self.tr("Mentees assessed"),
                                self.tr("Validations"), self.tr("Challenges"),
                                self.tr("Submitted"), self.tr("Office feedback")], self)
        self.table = rows_view(self.model, self, stretch_column=6)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.enter_report())
        self.summary.setBuddy(self.table)
        self.report_button = QPushButton(self.tr("&Enter report…"), self)
        self.report_button.clicked.connect(self.enter_report)
        self.feedback_button = QPushButton(self.tr("Give &feedback…"), self)
        self.feedback_button.clicked.connect(self.give_feedback)
        allow(self.report_button, self.context.actor(), Permission.FIELD_RECORDS)
        allow(self.feedback_button, self.context.actor(), Permission.QI)
        top = QHBoxLayout()
        for widget in (month_label, self.month_edit, self.summary):
            top.addWidget(widget)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.feedback_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.load_error)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.reload()

    def month(self) -> dt.date:
        return from_qdate(self.month_edit.date()).replace(day=1)

    def reload(self) -> None:
        month = self.month()
        self.load("reports", lambda: self.context.visits.mentor_reports(month), self._show)

    def _show(self, rows: list[MentorReportRow]) -> None:
        current = selected_item(self.table)
        reported = [r for r in rows if r.report_id is not None]
        self.summary.setText(self.tr("%1 of %2 mentors reported; %3 have the office's "
                                     "feedback.").replace("%1", str(len(reported)))
                             .replace("%2", str(len(rows)))
                             .replace("%3", str(sum(1 for r in reported if r.office_feedback))))
        self.model.set_rows(
            [(r.mentor, r.association or label(MENTOR_KINDS, r.kind), str(r.visits_recorded),
              "" if r.visits_done is None else str(r.visits_done),
              "" if r.mentees_assessed is None else str(r.mentees_assessed),
              "" if r.validations is None else str(r.validations), r.challenges,
              date_text(r.submitted_on) if r.report_id else self.tr("not reported"),
              r.office_feedback or "") for r in rows], rows,
            ["late" if r.report_id is None else "" for r in rows])
        for row, item in enumerate(rows):
            if current is not None and item.mentor_id == current.mentor_id:
                self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = selected_item(self.table)
        self.report_button.setEnabled(row is not None)
        self.feedback_button.setEnabled(row is not None and row.report_id is not None)

    def enter_report(self) -> None:
        row = selected_item(self.table)
        if row is None:
            return
        dialog = ReportDialog(self.context, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def give_feedback(self) -> None:
        row = selected_item(self.table)
        if row is None or row.report_id is None:
            return
        dialog = FeedbackDialog(self.context, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
