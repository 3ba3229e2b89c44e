"""The assessment entry's saving and printing: overall feedback, the message and the buttons
(print the blank checklist or the assessment just saved, clear, save with Ctrl+S), the
domain's save with the reason a breach of an overridable rule asks for, and what a save says.

Its widgets belong to the entry and its texts keep the entry's translation context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...checklists.assessments import AssessmentInput, AssessmentOutcome
from ...checklists.service import ChecklistService
from ...core.access import Permission, actor_of
from ...core.refusals import RuleRefused, Violation
from ...data.enums import AssessmentKind
from ..access import allow
from ..rules_text import violation_text
from .printing import PdfPrinter
from .texts import date_text, kind_label, percent_text

translate = QCoreApplication.translate
ERROR_STYLE = "color: #a40000;"
SUCCESS_STYLE = "color: #0b5a22; font-weight: bold;"


@dataclass(frozen=True)
class SavedAssessment:
    """What the entry reports after a save."""

    assessment_id: int
    mentee_id: int | None
    form_code: str
    outcome: AssessmentOutcome
    message: str


class EntrySaving(QObject):
    """The feedback fields (`feedback`), the button row (`buttons`), saving and printing."""

    def __init__(self, entry: QWidget, service: ChecklistService, printer: PdfPrinter,
                 today: Callable[[], dt.date], save: Callable[[], object]) -> None:
        super().__init__(entry)
        self.entry, self.service, self.printer, self.today = entry, service, printer, today
        self.last_saved: SavedAssessment | None = None
        self.print_blank_button = QPushButton(
            translate("AssessmentEntry", "Print &blank checklist…"), entry)
        self.feedback = self._build_feedback(entry)
        self.buttons = self._build_buttons(entry)
        self.save_button.clicked.connect(save)
        self.print_assessment_button.clicked.connect(self.print_last_assessment)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, entry)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)
        shortcut.setEnabled(allow(self.save_button, actor_of(service.session_factory),
                                  Permission.ASSESSMENTS))

    def _build_feedback(self, entry: QWidget) -> QGridLayout:
        grid = QGridLayout()
        self.strengths_edit = QPlainTextEdit(entry)
        self.to_improve_edit = QPlainTextEdit(entry)
        for column, (text, edit) in enumerate((
                (translate("AssessmentEntry", "S&trengths:"), self.strengths_edit),
                (translate("AssessmentEntry", "To im&prove:"), self.to_improve_edit))):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(entry.fontMetrics().lineSpacing() * 3 + 12)
            label = QLabel(text, entry)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
        return grid

    def _build_buttons(self, entry: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.message_label = QLabel(entry)
        self.message_label.setWordWrap(True)
        self.print_assessment_button = QPushButton(
            translate("AssessmentEntry", "Print this &assessment"), entry)
        self.print_assessment_button.setEnabled(False)
        self.clear_button = QPushButton(translate("AssessmentEntry", "C&lear"), entry)
        self.save_button = QPushButton(translate("AssessmentEntry", "&Save"), entry)
        self.save_button.setToolTip(translate("AssessmentEntry", "Save the assessment (Ctrl+S)"))
        self.save_button.setDefault(False)
        row.addWidget(self.message_label, 1)
        for button in (self.print_assessment_button, self.clear_button, self.save_button):
            row.addWidget(button)
        return row

    def feedback_entered(self) -> tuple[str, str]:
        return self.strengths_edit.toPlainText(), self.to_improve_edit.toPlainText()

    def clear_feedback(self) -> None:
        self.strengths_edit.clear()
        self.to_improve_edit.clear()

    # ----------------------------------------------------------------- saving

    def record(self, data: AssessmentInput) -> AssessmentOutcome:
        """Save; when the assessor or the mentee breaks a rule a reason may override, ask for
        the reason and save with it (a cancelled question leaves the entry unsaved)."""
        try:
            return self.service.record(data, self.today())
        except RuleRefused as refused:
            if not all(v.overridable for v in refused.violations):
                raise
            reason = self._ask_override_reason(refused.violations)
            if reason is None:
                raise
            return self.service.record(data, self.today(), override_reason=reason)

    def _ask_override_reason(self, violations: list[Violation]) -> str | None:
        breaches = "\n".join(f"• {violation_text(v)}" for v in violations)
        question = translate("AssessmentEntry", "Write why this assessment stands all the "
                             "same; the reason is kept with it.")
        reason, given = QInputDialog.getMultiLineText(
            self.entry, translate("AssessmentEntry", "Save with a reason?"),
            f"{breaches}\n\n{question}")
        return reason.strip() if given and reason.strip() else None

    def show_saved(self, saved: SavedAssessment) -> None:
        self.last_saved = saved
        self.message_label.setStyleSheet(SUCCESS_STYLE)
        self.message_label.setText(saved.message)
        self.print_assessment_button.setEnabled(True)

    def show_not_saved(self) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(translate("AssessmentEntry",
                                             "Not saved: correct the fields marked ⚠."))

    @staticmethod
    def saved_message(data: AssessmentInput, outcome: AssessmentOutcome, subject: str) -> str:
        code, score = data.form_code, percent_text(outcome.score.percent)
        if outcome.validated_now:
            return "✓ " + translate("AssessmentEntry", "%1 is now validated on %2.").replace(
                "%1", subject).replace("%2", code)
        if data.kind == AssessmentKind.POST_MENTORSHIP and outcome.validated_before:
            return translate(
                "AssessmentEntry", "Saved (%1). %2 has been validated on %3 since %4.").replace(
                "%1", score).replace("%2", subject).replace("%3", code).replace(
                "%4", date_text(outcome.validated_before))
        if data.kind == AssessmentKind.POST_MENTORSHIP:
            return translate("AssessmentEntry",
                             "Saved (%1). %2 is not validated on %3 yet.").replace(
                "%1", score).replace("%2", subject).replace("%3", code)
        return translate("AssessmentEntry", "Saved: %1 %2 for %3, %4.").replace(
            "%1", code).replace("%2", kind_label(data.kind).lower()).replace(
            "%3", subject).replace("%4", score)

    # ----------------------------------------------------------------- printing

    def print_blank(self, form_code: str | None) -> None:
        self.printer.print_blank(self.entry, form_code)

    def print_last_assessment(self) -> None:
        if self.last_saved is not None:
            name = f"{self.last_saved.form_code} assessment {self.last_saved.assessment_id}"
            self.printer.print_assessment(self.entry, self.last_saved.assessment_id, name)
