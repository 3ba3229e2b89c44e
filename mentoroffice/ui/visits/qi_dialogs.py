"""Starting QI work: a QI project from a finding, an action item, an escalation; changing the
status of an action or an escalation. Each dialog saves through the QI service on Save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.choices import PlaceChoice
from ...data.enums import ActionStatus, EscalationCategory, EscalationLevel, EscalationStatus
from ...qi.plans import ActionInput, EscalationInput
from ...qi.queries import ActionRow, EscalationRow, ProjectDetail
from .common import FormDialog, VisitsContext, date_edit
from .labels import (
    ACTION_STATUSES,
    ESCALATION_CATEGORIES,
    ESCALATION_LEVELS,
    ESCALATION_STATUSES,
    date_text,
    from_qdate,
    label,
)


def text_edit(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumHeight(90)
    return edit


class _Form(FormDialog):
    """A FormDialog with a form layout whose rows carry their error label."""

    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def row(self, text: str, widget: QWidget, *fields: str) -> None:
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        if fields:
            self.form.addRow("", self.field_error(*fields, widget=widget))

    def finish(self, width: int = 560) -> None:
        self.layout_.addWidget(self.buttons)
        self.resize(width, 0)


def facility_combo(parent: QWidget, facilities: list[PlaceChoice],
                   chosen: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    for facility in facilities:
        combo.addItem(facility.name, facility.id)
    if chosen is not None:
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class StartProjectDialog(_Form):
    def __init__(self, context: VisitsContext, finding_id: int, finding: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Start a QI project from a finding"))
        self.finding_id = finding_id
        self.project: ProjectDetail | None = None
        finding_label = QLabel(finding, self)
        finding_label.setWordWrap(True)
        self.form.addRow(self.tr("Finding:"), finding_label)
        self.title_edit = QLineEdit(finding[:200], self)
        self.row(self.tr("Project &title:"), self.title_edit, "title")
        self.save_button.setText(self.tr("&Start project"))
        self.finish()

    def save(self) -> None:
        self.project = self.context.qi.start_project_from_finding(
            self.finding_id, self.context.today(), self.title_edit.text())


class ActionDialog(_Form):
    """A time-bound action: what, who, by when, with what; linked to a finding or project."""

    def __init__(self, context: VisitsContext, facilities: list[PlaceChoice],
                 facility_id: int | None = None, finding_id: int | None = None,
                 project_id: int | None = None, action: str = "",
                 people: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("New action"))
        self.finding_id, self.project_id = finding_id, project_id
        self.created: ActionRow | None = None
        self.facility_combo = facility_combo(self, facilities, facility_id)
        self.facility_combo.setEnabled(finding_id is None and project_id is None)
        self.action_edit = text_edit(self, self.tr("What is to be done"))
        self.action_edit.setPlainText(action)
        self.responsible_edit = QLineEdit(self)
        self.responsible_edit.setPlaceholderText(self.tr("e.g. Titulaire, head of maternity"))
        if people:
            completer = QCompleter(people, self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.responsible_edit.setCompleter(completer)
        self.due_edit = date_edit(context.today() + dt.timedelta(days=30), self)
        self.resources_edit = QLineEdit(self)
        self.row(self.tr("&Facility:"), self.facility_combo, "facility", "project")
        self.row(self.tr("&Action:"), self.action_edit, "action")
        self.row(self.tr("&Responsible:"), self.responsible_edit, "responsible")
        self.row(self.tr("&Due date:"), self.due_edit, "due_date")
        self.row(self.tr("Reso&urces:"), self.resources_edit)
        self.finish()
        self.action_edit.setFocus()

    def save(self) -> None:
        self.created = self.context.qi.create_action(ActionInput(
            self.facility_combo.currentData() or 0, self.action_edit.toPlainText(),
            from_qdate(self.due_edit.date()), self.responsible_edit.text(),
            resources=self.resources_edit.text(), finding_id=self.finding_id,
            project_id=self.project_id), self.context.today(), self.context.user)


class ActionStatusDialog(_Form):
    """Any status may be asked for; the domain refuses what is impossible, and says why."""

    def __init__(self, context: VisitsContext, action: ActionRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Change action status"))
        self.action = action
        self.changed: ActionRow | None = None
        summary = QLabel(f"{action.action}\n{action.facility} · {action.responsible} · "
                         f"{self.tr('due')} {date_text(action.due_date)}", self)
        summary.setWordWrap(True)
        self.form.addRow(self.tr("Action:"), summary)
        self.form.addRow(self.tr("Now:"), QLabel(label(ACTION_STATUSES, action.status), self))
        self.status_combo = QComboBox(self)
        for status in ActionStatus:
            if status.value != action.status:
                self.status_combo.addItem(label(ACTION_STATUSES, status.value), status)
        self.date_edit = date_edit(context.today(), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Required when the action is dropped"))
        self.row(self.tr("&New status:"), self.status_combo)
        self.row(self.tr("&On:"), self.date_edit, "date")
        self.row(self.tr("No&te or reason:"), self.note_edit, "note")
        self.finish()

    def choose(self, status: ActionStatus) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def save(self) -> None:
        self.changed = self.context.qi.change_action_status(
            self.action.id, ActionStatus(self.status_combo.currentData()),
            from_qdate(self.date_edit.date()), self.context.user,
            self.note_edit.text().strip() or None, version=self.action.version)


class EscalationDialog(_Form):
    def __init__(self, context: VisitsContext, facilities: list[PlaceChoice],
                 facility_id: int | None = None, finding_id: int | None = None,
                 description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Raise an escalation"))
        self.finding_id = finding_id
        self.created: EscalationRow | None = None
        self.facility_combo = facility_combo(self, facilities, facility_id)
        self.facility_combo.setEnabled(finding_id is None)
        self.level_combo = QComboBox(self)
        for level in (EscalationLevel.DISTRICT, EscalationLevel.MINISTRY):
            self.level_combo.addItem(label(ESCALATION_LEVELS, level.value), level)
        self.category_combo = QComboBox(self)
        for category in EscalationCategory:
            self.category_combo.addItem(label(ESCALATION_CATEGORIES, category.value), category)
        self.description_edit = text_edit(self, self.tr("The gap, as the facility sees it"))
        self.description_edit.setPlainText(description)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setPlaceholderText(self.tr("e.g. District health office"))
        self.raised_edit = date_edit(context.today(), self)
        self.row(self.tr("&Facility:"), self.facility_combo, "facility")
        self.row(self.tr("&Level:"), self.level_combo, "level")
        self.row(self.tr("&Category:"), self.category_combo)
        self.row(self.tr("&Gap:"), self.description_edit, "description")
        self.row(self.tr("&Owner:"), self.owner_edit, "owner")
        self.row(self.tr("Raised o&n:"), self.raised_edit, "raised_on")
        self.save_button.setText(self.tr("&Raise"))
        self.finish()

    def save(self) -> None:
        self.created = self.context.qi.raise_escalation(EscalationInput(
            self.facility_combo.currentData() or 0, EscalationLevel(self.level_combo.currentData()),
            EscalationCategory(self.category_combo.currentData()),
            self.description_edit.toPlainText(),
            self.owner_edit.text(), from_qdate(self.raised_edit.date()), self.finding_id),
            self.context.today())


class EscalationStatusDialog(_Form):
    """Acknowledge, resolve (with the response) or close an escalation unresolved."""

    def __init__(self, context: VisitsContext, escalation: EscalationRow,
                 wanted: EscalationStatus, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(label(ESCALATION_STATUSES, wanted.value))
        self.escalation, self.wanted = escalation, wanted
        self.changed: EscalationRow | None = None
        summary = QLabel(f"{escalation.facility}: {escalation.description}", self)
        summary.setWordWrap(True)
        self.form.addRow(self.tr("Escalation:"), summary)
        self.date_edit = date_edit(context.today(), self)
        self.response_edit = text_edit(self, self.tr("What the district or ministry did"))
        self.response_edit.setPlainText(escalation.response or "")
        self.row(self.tr("&On:"), self.date_edit, "date", "transition")
        self.row(self.tr("&Response:"), self.response_edit, "response")
        self.save_button.setText(label(ESCALATION_STATUSES, wanted.value))
        self.finish()

    def save(self) -> None:
        self.changed = self.context.qi.change_escalation_status(
            self.escalation.id, self.wanted, from_qdate(self.date_edit.date()),
            self.response_edit.toPlainText().strip() or None, version=self.escalation.version)
