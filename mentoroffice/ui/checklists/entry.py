"""Assessment entry: a checklist scored from the keyboard, generated from its form definition.

Header (form, mentee or facility, kind, date, assessor), then the steps (1/D done, 2/N not
done, 3/A N/A; arrows move; Tab reaches the step's note), a running score and what a
post-mentorship assessment would decide, overall feedback, and Save (Ctrl+S). Problems the
domain refuses are shown next to their fields.

The page puts four pieces together, each in its own module: the header's form and people
look-ups (`entry_header`), the steps (`entry_steps`), the score (`entry_score`), and saving
and printing (`entry_saving`). It keeps what joins them: what was entered, and when it may
be dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from ...checklists.assessments import AssessmentInput, AssessmentRefused
from ...checklists.forms import FormDefinition
from ...checklists.service import ChecklistService
from ...core.choices import FormChoice
from ...core.refusals import RuleRefused
from ...data.enums import AssessmentKind, FormKind
from ..rules_text import violation_text
from ..translation import current_language
from .entry_header import EntryHeader
from .entry_saving import EntrySaving, SavedAssessment
from .entry_score import ScoreBar
from .entry_steps import StepPanel
from .printing import PdfPrinter

__all__ = ["AssessmentEntry", "SavedAssessment"]


class AssessmentEntry(QWidget):
    saved = Signal(object)  # SavedAssessment

    def __init__(self, service: ChecklistService, printer: PdfPrinter,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.printer, self.today = service, printer, today
        self.language = current_language()
        self.header = EntryHeader(self, service, self.language, today(), self.confirm_discard)
        self.errors = self.header.errors
        self.score = ScoreBar(self, service, self.errors["results"])
        self.steps = StepPanel(self)
        self.saving = EntrySaving(self, service, printer, today, self.save)
        self._lay_out()
        self._expose_fields()
        self.header.form_changed.connect(self._form_changed)
        self.header.subject_changed.connect(self._subject_changed)
        self.model.answers_changed.connect(self._update_score)
        self.clear_button.clicked.connect(self._clear_clicked)
        self.print_blank_button.clicked.connect(
            lambda: self.saving.print_blank(self.form.code if self.form else None))
        self.reload_forms()

    def _lay_out(self) -> None:
        self.header.layout.addWidget(self.saving.print_blank_button, 0, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header.layout)
        layout.addLayout(self.score.layout)
        layout.addWidget(self.steps.table, 1)
        layout.addLayout(self.steps.note_row)
        layout.addLayout(self.saving.feedback)
        layout.addLayout(self.saving.buttons)
        header, steps, saving = self.header, self.steps, self.saving
        for before, after in ((header.form_combo, saving.print_blank_button),
                              (saving.print_blank_button, header.mentee_edit),
                              (header.assessor_edit, steps.table),
                              (steps.table, steps.note_edit),
                              (steps.note_edit, saving.strengths_edit),
                              (saving.strengths_edit, saving.to_improve_edit),
                              (saving.to_improve_edit, saving.save_button)):
            self.setTabOrder(before, after)

    def _expose_fields(self) -> None:
        """The widgets people (and tests) reach, by the names they had."""
        header, steps, saving = self.header, self.steps, self.saving
        self.form_combo, self.mentee_label, self.mentee_edit = (
            header.form_combo, header.mentee_label, header.mentee_edit)
        self.facility_edit, self.kind_combo, self.date_edit, self.assessor_edit = (
            header.facility_edit, header.kind_combo, header.date_edit, header.assessor_edit)
        self.language_note, self.forms_notice = header.language_note, header.forms_notice
        self.score_label, self.outcome_label = self.score.score_label, self.score.outcome_label
        self.model, self.table, self.result_buttons = steps.model, steps.table, steps.result_buttons
        self.note_label, self.note_edit = steps.note_label, steps.note_edit
        self.strengths_edit, self.to_improve_edit = saving.strengths_edit, saving.to_improve_edit
        self.message_label = saving.message_label
        self.print_blank_button = saving.print_blank_button
        self.print_assessment_button, self.clear_button, self.save_button = (
            saving.print_assessment_button, saving.clear_button, saving.save_button)

    # ----------------------------------------------------------------- forms and score

    @property
    def form(self) -> FormDefinition | None:
        return self.header.form

    @property
    def last_saved(self) -> SavedAssessment | None:
        return self.saving.last_saved

    def reload_forms(self) -> None:
        self.header.reload_forms()

    def form_choices(self) -> list[FormChoice]:
        return self.header.form_choices()

    def select_form(self, code: str) -> bool:
        return self.header.select_form(code)

    def current_kind(self) -> AssessmentKind:
        return self.header.current_kind()

    def _form_changed(self) -> None:
        fallback = self.form.fallback_steps if self.form is not None else 0
        self.language_note.setText(self.tr("%n step(s) in English", "", fallback))  # plural
        self.language_note.setVisible(fallback > 0)
        self.model.set_form(self.form)
        self.errors.clear_all()
        self._subject_changed()

    def _subject_changed(self) -> None:
        self.score.look_up_validation(self.mentee_edit.choice, self.form)
        self._update_score()

    def _update_score(self) -> None:
        if self.form is not None:
            self.errors.clear_field("results")
            self.errors.clear_field("kind")
        self.score.show(self.form, self.current_kind(), self.model.results,
                        self.form_combo.count() > 0)

    # ----------------------------------------------------------------- what was entered

    def has_unsaved_changes(self) -> bool:
        return bool(self.model.results or self.model.notes
                    or any(text.strip() for text in self.saving.feedback_entered()))

    def confirm_discard(self) -> bool:
        """True when nothing is unsaved or the person agrees to drop it."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved assessment"),
            self.tr("This assessment has not been saved. Discard what was entered?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()

    def entered(self) -> AssessmentInput | None:
        """The assessment as entered, for the domain to check and save."""
        if self.form is None:
            return None
        facility, assessor = self.facility_edit.choice, self.assessor_edit.choice
        mentee = self.mentee_edit.choice if self.form.kind == FormKind.MENTEE else None
        strengths, to_improve = self.saving.feedback_entered()
        return AssessmentInput(
            form_code=self.form.code, form_version=self.form.version, kind=self.current_kind(),
            assessed_on=self.date_edit.date().toPython(),
            org_unit_id=facility.id if facility else 0,  # 0: no such unit, the domain says so
            results=dict(self.model.results), mentee_id=mentee.id if mentee else None,
            assessor_id=assessor.id if assessor else None, notes=dict(self.model.notes),
            strengths=strengths, to_improve=to_improve)

    # ----------------------------------------------------------------- saving

    def save(self) -> bool:
        data = self.entered()
        if data is None:
            self._show_problems([("form", self.tr("Choose a checklist form."))])
            return False
        try:
            outcome = self.saving.record(data)
        except AssessmentRefused as refused:
            self._show_problems(refused.problems)
            return False
        except RuleRefused as refused:
            self._show_problems([(v.field or "results", violation_text(v))
                                 for v in refused.violations])
            return False
        saved = SavedAssessment(outcome.assessment_id, data.mentee_id, data.form_code, outcome,
                                self.saving.saved_message(data, outcome,
                                                          self.header.subject_name()))
        self._clear_for_next()
        self.saving.show_saved(saved)
        self.saved.emit(saved)
        return True

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        self.errors.show_problems(problems)
        self.saving.show_not_saved()
        if any(name == "results" for name, _ in problems):
            self.steps.go_to_first_unanswered()

    def _clear_for_next(self) -> None:
        """Ready for the next paper form: same checklist, kind, date and assessor."""
        self.steps.clear()
        self.saving.clear_feedback()
        self.errors.clear_all()
        self.header.clear_subject()

    def _clear_clicked(self) -> None:
        if self.confirm_discard():
            self._clear_for_next()
            self.message_label.clear()
