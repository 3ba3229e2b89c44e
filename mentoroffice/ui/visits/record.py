"""Recording a visit: actual dates, mentors present, activities held, follow-up contacts.

One group per kind of activity, ticked when it was held; the whole record is saved in one
transaction, and a refusal (a case observation without the patient's consent, say) is shown
next to the field it is about.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...data.enums import ActivityKind, AttendeeRole
from ...visits.queries import ActivityRow, PersonOption, VisitDetail
from ...visits.recording import ActivityEntry
from ...visits.records import ActivityInput
from .common import FormDialog, VisitsContext, date_edit
from .followup import FollowUpDialog, follow_up_text
from .labels import ACTIVITIES, CONTEXT, VISIT_KINDS, date_text, days_text, from_qdate, label

# kind -> (title with mnemonic, extra fields)
BOXES: tuple[tuple[ActivityKind, str, tuple[str, ...]], ...] = (
    (ActivityKind.ENTRY_MEETING, QT_TRANSLATE_NOOP("Visits", "&Entry meeting"), ("notes",)),
    (ActivityKind.DATA_REVIEW, QT_TRANSLATE_NOOP("Visits", "Data re&view"),
     ("indicators", "notes")),
    (ActivityKind.LDHF_SESSION, QT_TRANSLATE_NOOP("Visits", "LD&HF session"),
     ("topic", "attendees", "notes")),
    (ActivityKind.CASE_OBSERVATION, QT_TRANSLATE_NOOP("Visits", "Case o&bservation"),
     ("consent", "notes")),
    (ActivityKind.WARD_ROUND, QT_TRANSLATE_NOOP("Visits", "&Ward round"),
     ("attendees", "notes")),
    (ActivityKind.BEDSIDE_TEACHING, QT_TRANSLATE_NOOP("Visits", "Bedside te&aching"),
     ("topic", "attendees", "notes")),
)


class ActivityBox(QGroupBox):
    """One kind of activity: ticked when held on this visit, with what is recorded about it."""

    def __init__(self, dialog: VisitRecordDialog, kind: ActivityKind, title: str,
                 fields: tuple[str, ...], day: dt.date, mentees: list[PersonOption]) -> None:
        super().__init__(QCoreApplication.translate(CONTEXT, title), dialog.body)
        self.kind = kind
        self.setCheckable(True)
        self.setChecked(False)
        self.content = QWidget(self)  # folded away while the activity is not ticked
        self.content.hide()
        self.toggled.connect(self.content.setVisible)
        QVBoxLayout(self).addWidget(self.content)
        form = QFormLayout(self.content)
        form.setContentsMargins(0, 0, 0, 0)
        self.held_on = date_edit(day, self.content)
        form.addRow(self.tr("Held on:"), self.held_on)
        self.topic_edit = QLineEdit(self.content)
        self.indicators_edit = QLineEdit(self.content)
        self.attendee_spin = QSpinBox(self.content)
        self.attendee_list = QListWidget(self.content)
        self.consent_box = QCheckBox(self.tr("Patient &consented (explicit consent)"),
                                     self.content)
        self.notes_edit = QLineEdit(self.content)
        if "topic" in fields:
            self.topic_edit.setPlaceholderText(self.tr("e.g. Helping Babies Breathe"))
            form.addRow(self.tr("Topic:"), self.topic_edit)
            if kind is ActivityKind.LDHF_SESSION:
                form.addRow("", dialog.field_error("topic", widget=self.topic_edit))
        if "indicators" in fields:
            self.indicators_edit.setPlaceholderText(
                self.tr("e.g. postnatal care coverage, newborn hypothermia"))
            form.addRow(self.tr("Indicators reviewed:"), self.indicators_edit)
        if "attendees" in fields:
            self._attendee_fields(form, dialog, mentees)
        if "consent" in fields:
            self._consent_row(form, dialog)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        for widget in (self.topic_edit, self.indicators_edit, self.attendee_spin,
                       self.attendee_list, self.consent_box):
            if form.indexOf(widget) < 0:  # not asked for this kind of activity
                widget.hide()

    def _attendee_fields(self, form: QFormLayout, dialog: VisitRecordDialog,
                         mentees: list[PersonOption]) -> None:
        self.attendee_spin.setRange(-1, 500)
        self.attendee_spin.setSpecialValueText(self.tr("count the names ticked"))
        self.attendee_spin.setValue(-1)
        form.addRow(self.tr("Attendees:"), self.attendee_spin)
        if self.kind is ActivityKind.LDHF_SESSION:
            form.addRow("", dialog.field_error("attendee_count", widget=self.attendee_spin))
        for person in mentees:
            item = QListWidgetItem(person.name, self.attendee_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.attendee_list.setMaximumHeight(90)
        if mentees:
            form.addRow(self.tr("Mentees present:"), self.attendee_list)

    def _consent_row(self, form: QFormLayout, dialog: VisitRecordDialog) -> None:
        form.addRow(self.tr("Consent:"), self.consent_box)
        self.consent_error = dialog.field_error("patient_consent", widget=self.consent_box)
        form.addRow("", self.consent_error)

    def attendee_ids(self) -> tuple[int, ...]:
        return tuple(self.attendee_list.item(n).data(Qt.ItemDataRole.UserRole)
                     for n in range(self.attendee_list.count())
                     if self.attendee_list.item(n).checkState() == Qt.CheckState.Checked)

    def entry(self) -> ActivityEntry | None:
        if not self.isChecked():
            return None
        count = self.attendee_spin.value()
        consent = self.consent_box.isChecked() if self.kind is ActivityKind.CASE_OBSERVATION \
            else None
        return ActivityEntry(ActivityInput(
            self.kind, from_qdate(self.held_on.date()), self.topic_edit.text().strip() or None,
            self.indicators_edit.text().strip() or None, count if count >= 0 else None,
            consent, self.notes_edit.text().strip() or None), self.attendee_ids())


def activity_text(activity: ActivityRow) -> str:
    parts = [label(ACTIVITIES, activity.kind)]
    if activity.held_on:
        parts.append(date_text(activity.held_on))
    for text in (activity.topic, activity.indicators_reviewed):
        if text:
            parts.append(text)
    if activity.attendee_count is not None:
        parts.append(QCoreApplication.translate(CONTEXT, "%n attendee(s)", None,
                                                activity.attendee_count))
    if activity.notes:
        parts.append(activity.notes)
    return " · ".join(parts)


class VisitRecordDialog(FormDialog):
    def __init__(self, context: VisitsContext, detail: VisitDetail,
                 people: list[PersonOption], parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        visit = detail.visit
        self.setWindowTitle(self.tr("Record visit: %1").replace("%1", visit.facility))
        self.detail, self.people = detail, people
        self.changed_anything = False
        self.removed: set[int] = set()
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.addWidget(QLabel(self.tr("%1 · planned %2").replace(
            "%1", label(VISIT_KINDS, visit.kind)).replace(
            "%2", days_text(visit.planned_start, visit.planned_end)), self.body))
        body.addLayout(self._dates_row(visit.actual_start or visit.planned_start,
                                       visit.actual_end or visit.planned_end))
        body.addWidget(self.field_error("start", "end", "dates", widget=self.start_edit))
        body.addWidget(self._mentors_box())
        body.addWidget(self._recorded_box())
        self.activities_error = self.field_error("held_on")
        body.addWidget(self.activities_error)
        mentees = [p for p in people if p.role == AttendeeRole.MENTEE.value]
        self.boxes = {kind: ActivityBox(self, kind, title, fields,
                                        visit.actual_start or visit.planned_start, mentees)
                      for kind, title, fields in BOXES}
        for box in self.boxes.values():
            body.addWidget(box)
        body.addWidget(self._follow_up_box())
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addWidget(self.buttons)
        self.resize(780, 820)
        self.start_edit.setFocus()

    # --- sections ---------------------------------------------------------------------
    def _dates_row(self, start: dt.date, end: dt.date) -> QHBoxLayout:
        row = QHBoxLayout()
        self.start_edit = date_edit(start, self.body)
        self.end_edit = date_edit(end, self.body)
        for text, edit in ((self.tr("Held &from:"), self.start_edit),
                           (self.tr("&to:"), self.end_edit)):
            caption = QLabel(text, self.body)
            caption.setBuddy(edit)
            row.addWidget(caption)
            row.addWidget(edit)
        row.addStretch(1)
        return row

    def _mentors_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mentors present"), self.body)
        layout = QHBoxLayout(box)
        self.mentor_checks: dict[int, QCheckBox] = {}
        for mentor in self.detail.mentors:
            check = QCheckBox(mentor.name, box)
            check.setChecked(mentor.present is not False)
            self.mentor_checks[mentor.mentor_id] = check
            layout.addWidget(check)
        if not self.detail.mentors:
            layout.addWidget(QLabel(self.tr("No mentors are planned on this visit."), box))
        layout.addStretch(1)
        return box

    def _recorded_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Activities already recorded"), self.body)
        layout = QHBoxLayout(box)
        self.recorded_list = QListWidget(box)
        self.recorded_list.setMaximumHeight(100)
        self._fill_recorded()
        self.remove_button = QPushButton(self.tr("&Remove activity"), box)
        self.remove_button.clicked.connect(self.remove_selected_activity)
        layout.addWidget(self.recorded_list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        box.setVisible(bool(self.detail.activities))
        return box

    def _fill_recorded(self) -> None:
        self.recorded_list.clear()
        for activity in self.detail.activities:
            item = QListWidgetItem(activity_text(activity), self.recorded_list)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            if activity.id in self.removed:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setToolTip(self.tr("Removed when you save"))

    def _follow_up_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-up contacts with this facility between visits"),
                        self.body)
        layout = QHBoxLayout(box)
        self.follow_up_list = QListWidget(box)
        self.follow_up_list.setMaximumHeight(110)
        self._fill_follow_ups(self.detail.follow_ups)
        self.follow_up_button = QPushButton(self.tr("Add follow-&up contact…"), box)
        self.follow_up_button.clicked.connect(self.add_follow_up)
        layout.addWidget(self.follow_up_list, 1)
        layout.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _fill_follow_ups(self, rows: tuple) -> None:  # type: ignore[type-arg]
        self.follow_up_list.clear()
        for row in rows:
            QListWidgetItem(follow_up_text(row), self.follow_up_list)
        if not rows:
            QListWidgetItem(self.tr("No follow-up contact recorded yet."), self.follow_up_list)

    # --- actions ----------------------------------------------------------------------
    def remove_selected_activity(self) -> None:
        item = self.recorded_list.currentItem()
        if item is None:
            return
        activity_id = item.data(Qt.ItemDataRole.UserRole)
        self.removed.symmetric_difference_update({activity_id})
        self._fill_recorded()

    def add_follow_up(self) -> None:
        dialog = FollowUpDialog(self.context, self.detail.visit.facility_id,
                                self.detail.mentors, self.people, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_follow_ups(dialog.rows)
            self.changed_anything = True

    def save(self) -> None:
        entries = [e for e in (box.entry() for box in self.boxes.values()) if e is not None]
        present = {mid for mid, check in self.mentor_checks.items() if check.isChecked()}
        self.detail = self.context.visits.record_visit(
            self.detail.visit.id, from_qdate(self.start_edit.date()),
            from_qdate(self.end_edit.date()), present, entries, self.context.today(),
            frozenset(self.removed), version=self.detail.visit.version)
        self.changed_anything = True
