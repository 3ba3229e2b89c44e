"""A follow-up contact between visits: phone, WhatsApp or teleconference with a mentee."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...data.enums import ContactChannel
from ...visits.contacts import FollowUpInput
from ...visits.queries import FollowUpRow, PersonOption, VisitMentorRow
from .common import FormDialog, VisitsContext, date_edit
from .labels import ATTENDEE_ROLES, CHANNELS, date_text, from_qdate, label


def follow_up_text(row: FollowUpRow) -> str:
    who = f"{row.mentor} → {row.mentee}" if row.mentee else row.mentor
    return f"{date_text(row.contacted_on)} · {label(CHANNELS, row.channel)} · {who}: {row.topic}"


class FollowUpDialog(FormDialog):
    """Saves one contact at once (it is its own record, apart from the visit)."""

    def __init__(self, context: VisitsContext, facility_id: int,
                 mentors: tuple[VisitMentorRow, ...], people: list[PersonOption],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Follow-up contact"))
        self.facility_id = facility_id
        self.rows: tuple[FollowUpRow, ...] = ()
        form = QFormLayout()
        self.date_edit = date_edit(context.today(), self)
        self.channel_combo = QComboBox(self)
        for channel in ContactChannel:
            self.channel_combo.addItem(label(CHANNELS, channel.value), channel)
        self.mentor_combo = QComboBox(self)
        for mentor in mentors:
            self.mentor_combo.addItem(mentor.name, mentor.mentor_id)
        self.mentee_combo = QComboBox(self)
        self.mentee_combo.addItem(self.tr("(the facility's team)"), None)
        for person in people:
            self.mentee_combo.addItem(f"{person.name} ({label(ATTENDEE_ROLES, person.role)})",
                                      person.id)
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setPlaceholderText(self.tr("e.g. questions on the partograph"))
        self.notes_edit = QLineEdit(self)
        for text, widget, fields in (
                (self.tr("&Date:"), self.date_edit, ("contacted_on",)),
                (self.tr("&Channel:"), self.channel_combo, ()),
                (self.tr("&Mentor:"), self.mentor_combo, ("mentor",)),
                (self.tr("Me&ntee:"), self.mentee_combo, ("mentee",)),
                (self.tr("&Topic:"), self.topic_edit, ("topic",)),
                (self.tr("N&otes:"), self.notes_edit, ())):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            if fields:
                form.addRow("", self.field_error(*fields, widget=widget))
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.buttons)
        self.resize(520, 0)

    def save(self) -> None:
        self.rows = self.context.visits.add_follow_up(FollowUpInput(
            self.mentor_combo.currentData() or 0, ContactChannel(self.channel_combo.currentData()),
            from_qdate(self.date_edit.date()), self.topic_edit.text(),
            self.mentee_combo.currentData(), self.facility_id,
            self.notes_edit.text()), self.context.today())
