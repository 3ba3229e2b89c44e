"""The debriefing that closes a visit: attendees, strengths, weaknesses, findings, and from a
finding the QI work it starts (a QI project, an action item or an escalation)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...core.choices import PlaceChoice
from ...core.refusals import NotFound, RuleRefused
from ...data.enums import AttendeeRole
from ...visits.debriefings import DebriefingInput, DebriefingView, FindingInput, FindingRow
from ...visits.queries import PersonOption, VisitRow
from ..access import allow_all
from .common import FormDialog, VisitsContext, date_edit
from .labels import (
    ACTION_STATUSES,
    ATTENDEE_ROLES,
    CONTEXT,
    ESCALATION_STATUSES,
    QI_STATUSES,
    from_qdate,
    label,
)
from .qi_dialogs import ActionDialog, EscalationDialog, StartProjectDialog, text_edit

ROLE_CHOICES = (AttendeeRole.MENTEE, AttendeeRole.LEADERSHIP, AttendeeRole.QI_TEAM,
                AttendeeRole.OTHER)


def link_text(finding: FindingRow) -> str:
    words = {"project": (QI_STATUSES, QT_TRANSLATE_NOOP("Visits", "QI project")),
             "action": (ACTION_STATUSES, QT_TRANSLATE_NOOP("Visits", "Action")),
             "escalation": (ESCALATION_STATUSES, QT_TRANSLATE_NOOP("Visits", "Escalation"))}
    parts = []
    for link in finding.links:
        table, kind = words[link.kind]
        parts.append(f"{QCoreApplication.translate(CONTEXT, kind)}: {link.label} "
                     f"({label(table, link.status)})")
    return "; ".join(parts)


class DebriefingDialog(FormDialog):
    def __init__(self, context: VisitsContext, visit: VisitRow, view: DebriefingView | None,
                 people: list[PersonOption], parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Debriefing: %1").replace("%1", visit.facility))
        self.visit, self.view, self.people = visit, view, people
        self.changed_anything = False
        form = QFormLayout()
        self.held_edit = date_edit(view.held_on if view else
                                   (visit.actual_end or visit.actual_start or
                                    visit.planned_end), self)
        self._row(form, self.tr("&Held on:"), self.held_edit, "held_on", "visit_not_done")
        self.attendee_table = self._attendee_table()
        self._row(form, self.tr("&Attendees:"), self.attendee_table)
        self.strengths_edit = text_edit(self, self.tr("What the team does well"))
        self.weaknesses_edit = text_edit(self, self.tr("Gaps seen on this visit"))
        self._row(form, self.tr("S&trengths:"), self.strengths_edit)
        self._row(form, self.tr("&Weaknesses:"), self.weaknesses_edit)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self._findings_box(), 1)
        self.layout_.addWidget(self.buttons)
        self._fill(view)
        self.resize(860, 780)
        self.held_edit.setFocus()

    # --- building ---------------------------------------------------------------------
    def _row(self, form: QFormLayout, text: str, widget: QWidget, *fields: str) -> None:
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        if fields:
            form.addRow("", self.field_error(*fields, widget=widget))

    def _attendee_table(self) -> QTableWidget:
        table = QTableWidget(len(self.people), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Present"), self.tr("Role")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)
        table.setMinimumHeight(150)
        for row, person in enumerate(self.people):
            item = QTableWidgetItem(person.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable |
                          Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            for role in ROLE_CHOICES:
                combo.addItem(label(ATTENDEE_ROLES, role.value), role)
            combo.setCurrentIndex(max(0, combo.findData(AttendeeRole(person.role))))
            table.setCellWidget(row, 1, combo)
        return table

    def _findings_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.finding_table = QTableWidget(0, 2, box)
        self.finding_table.setHorizontalHeaderLabels([self.tr("Finding"), self.tr("Led to")])
        header = self.finding_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.finding_table.resizeRowsToContents())
        self.finding_table.verticalHeader().hide()
        self.finding_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.finding_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.finding_table.setWordWrap(True)
        self.finding_table.setTabKeyNavigation(False)
        caption = QLabel(self.tr("&Findings (type in the first column):"), box)
        caption.setBuddy(self.finding_table)
        layout.addWidget(caption)
        layout.addWidget(self.finding_table, 1)
        layout.addWidget(self.field_error("findings", "finding", "finding_linked",
                                          "finding_has_project", widget=self.finding_table))
        buttons = QHBoxLayout()
        self.add_finding_button = QPushButton(self.tr("Add fi&nding"), box)
        self.add_finding_button.clicked.connect(lambda: self.add_finding())
        self.remove_finding_button = QPushButton(self.tr("Remo&ve finding"), box)
        self.remove_finding_button.clicked.connect(self.remove_finding)
        self.project_button = QPushButton(self.tr("Start &QI project…"), box)
        self.project_button.clicked.connect(lambda: self._from_finding(self._start_project))
        self.action_button = QPushButton(self.tr("Add a&ction…"), box)
        self.action_button.clicked.connect(lambda: self._from_finding(self._add_action))
        self.escalate_button = QPushButton(self.tr("Esca&late…"), box)
        self.escalate_button.clicked.connect(lambda: self._from_finding(self._escalate))
        allow_all((self.project_button, self.action_button, self.escalate_button),
                  self.context.actor(), Permission.QI)
        for button in (self.add_finding_button, self.remove_finding_button, self.project_button,
                       self.action_button, self.escalate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _fill(self, view: DebriefingView | None) -> None:
        if view is not None:
            self.strengths_edit.setPlainText(view.strengths)
            self.weaknesses_edit.setPlainText(view.weaknesses)
            roles = {a.person_id: a.role for a in view.attendees}
            for row in range(self.attendee_table.rowCount()):
                item = self.attendee_table.item(row, 0)
                person_id = item.data(Qt.ItemDataRole.UserRole)
                if person_id in roles:
                    item.setCheckState(Qt.CheckState.Checked)
                    combo = self.attendee_table.cellWidget(row, 1)
                    combo.setCurrentIndex(max(0, combo.findData(AttendeeRole(roles[person_id]))))
        self.finding_table.setRowCount(0)
        for finding in view.findings if view else ():
            self._append_finding(finding.id, finding.text, link_text(finding))
        self.finding_table.resizeRowsToContents()

    def _append_finding(self, finding_id: int | None, text: str, links: str) -> int:
        row = self.finding_table.rowCount()
        self.finding_table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, finding_id)
        self.finding_table.setItem(row, 0, item)
        linked = QTableWidgetItem(links)
        linked.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.finding_table.setItem(row, 1, linked)
        return row

    # --- findings ---------------------------------------------------------------------
    def add_finding(self, text: str = "") -> None:
        row = self._append_finding(None, text, "")
        self.finding_table.setCurrentCell(row, 0)
        if not text:
            self.finding_table.editItem(self.finding_table.item(row, 0))

    def remove_finding(self) -> None:
        """Blank the finding: removed on save (refused if QI work started from it)."""
        row = self.finding_table.currentRow()
        if row >= 0:
            self.finding_table.item(row, 0).setText("")

    def _from_finding(self, start: Callable[[int, str], bool]) -> None:
        """Save the debriefing (so a new finding gets its id), then start from the finding."""
        row = self.finding_table.currentRow()
        if row < 0 or not self.finding_table.item(row, 0).text().strip():
            self.add_finding_button.setFocus()
            return
        position = sum(1 for r in range(row) if self.finding_table.item(r, 0).text().strip())
        self.clear_errors()
        try:
            self.save()
        except (RuleRefused, NotFound) as error:
            self.show_refusal(error)
            return
        assert self.view is not None
        finding = self.view.findings[position]
        if start(finding.id, finding.text):
            self.reload_view()
        self.finding_table.setCurrentCell(position, 0)

    def _start_project(self, finding_id: int, text: str) -> bool:
        dialog = StartProjectDialog(self.context, finding_id, text, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _facility(self) -> list[PlaceChoice]:
        return [PlaceChoice(self.visit.facility_id, self.visit.facility, "")]

    def _add_action(self, finding_id: int, text: str) -> bool:
        dialog = ActionDialog(self.context, self._facility(), self.visit.facility_id, finding_id,
                              people=[p.name for p in self.people], parent=self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _escalate(self, finding_id: int, text: str) -> bool:
        dialog = EscalationDialog(self.context, self._facility(), self.visit.facility_id,
                                  finding_id, text, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def reload_view(self) -> None:
        self.view = self.context.visits.debriefing(self.visit.id)
        self._fill(self.view)

    # --- saving -----------------------------------------------------------------------
    def data(self) -> DebriefingInput:
        attendees = []
        for row in range(self.attendee_table.rowCount()):
            item = self.attendee_table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                role = AttendeeRole(self.attendee_table.cellWidget(row, 1).currentData())
                attendees.append((item.data(Qt.ItemDataRole.UserRole), role))
        findings = tuple(
            FindingInput(self.finding_table.item(r, 0).data(Qt.ItemDataRole.UserRole),
                         self.finding_table.item(r, 0).text())
            for r in range(self.finding_table.rowCount()))
        return DebriefingInput(from_qdate(self.held_edit.date()),
                               self.strengths_edit.toPlainText(),
                               self.weaknesses_edit.toPlainText(), tuple(attendees), findings,
                               self.view.version if self.view else None)

    def save(self) -> None:
        self.view = self.context.visits.save_debriefing(self.visit.id, self.data(),
                                                        self.context.today())
        self.changed_anything = True
        self._fill(self.view)
