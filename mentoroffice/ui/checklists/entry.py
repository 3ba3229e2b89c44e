"""Assessment entry: a checklist scored from the keyboard, generated from its form definition.

Header (form, mentee or facility, kind, date, assessor), then the steps (1/D done, 2/N not
done, 3/A N/A; arrows move; Tab reaches the step's note), a running score and what a
post-mentorship assessment would decide, overall feedback, and Save (Ctrl+S). Problems the
domain refuses are shown next to their fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...checklists.assessments import AssessmentInput, AssessmentOutcome, AssessmentRefused
from ...checklists.forms import FormDefinition
from ...checklists.service import ChecklistService, preview_entry
from ...core.access import Permission, actor_of
from ...core.choices import FormChoice, PersonChoice
from ...core.refusals import RuleRefused, Violation
from ...data.enums import AssessmentKind, FormKind, ItemResult
from ..access import allow
from ..rules_text import violation_text
from ..translation import current_language
from .checklist_table import ChecklistModel, ChecklistView
from .lookup import LookupEdit
from .printing import PdfPrinter
from .texts import date_text, kind_label, kinds_for, outcome_text, percent_text, score_text

FORM_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #a40000;"
SUCCESS_STYLE = "color: #0b5a22; font-weight: bold;"
PASS_STYLE = "background: #dcf2e2; color: #0b5a22; padding: 2px 6px; font-weight: bold;"
FAIL_STYLE = "background: #f8dcdc; color: #8a1010; padding: 2px 6px; font-weight: bold;"
FIELDS = ("form", "mentee", "facility", "kind", "date", "assessor", "results")


@dataclass(frozen=True)
class SavedAssessment:
    """What the entry reports after a save."""

    assessment_id: int
    mentee_id: int | None
    form_code: str
    outcome: AssessmentOutcome
    message: str


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class AssessmentEntry(QWidget):
    saved = Signal(object)  # SavedAssessment

    def __init__(self, service: ChecklistService, printer: PdfPrinter,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.printer, self.today = service, printer, today
        self.form: FormDefinition | None = None  # in the window's language
        self.language = current_language()
        self.last_saved: SavedAssessment | None = None
        self._form_index = -1
        self._validated_since: dt.date | None = None
        self.model = ChecklistModel(self)
        self._build()
        self._connect()
        self.reload_forms()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_score_bar())
        self.table = ChecklistView(self)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_note_row())
        layout.addLayout(self._build_feedback())
        layout.addLayout(self._build_buttons())
        self.setTabOrder(self.assessor_edit, self.table)
        self.setTabOrder(self.table, self.note_edit)
        self.setTabOrder(self.note_edit, self.strengths_edit)
        self.setTabOrder(self.strengths_edit, self.to_improve_edit)
        self.setTabOrder(self.to_improve_edit, self.save_button)

    def _build_header(self) -> QGridLayout:
        grid = QGridLayout()
        self.form_combo = QComboBox(self)
        self.form_combo.setModel(QStandardItemModel(self.form_combo))
        self.print_blank_button = QPushButton(self.tr("Print &blank checklist…"), self)
        self.mentee_edit = LookupEdit(self.service.search_mentees, self,
                                      self.tr("Type part of the name"))
        self.facility_edit = LookupEdit(self.service.search_facilities, self,
                                        self.tr("Type part of the facility name"))
        self.kind_combo = QComboBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        today = self.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.assessor_edit = LookupEdit(self.service.search_assessors, self,
                                        self.tr("Mentor who assessed"))
        self.errors = {name: error_label() for name in FIELDS}
        self.mentee_label = QLabel(self.tr("&Mentee:"), self)
        grid.addWidget(self._buddy(self.tr("F&orm:"), self.form_combo), 0, 0)
        grid.addWidget(self.form_combo, 0, 1, 1, 4)
        grid.addWidget(self.print_blank_button, 0, 5)
        self.forms_notice = QLabel(self)  # broken form files, said once, not only in a tooltip
        self.forms_notice.setWordWrap(True)
        self.forms_notice.setStyleSheet("color: #7a4b00;")
        self.forms_notice.hide()
        notices = QVBoxLayout()
        self.language_note = QLabel(self)  # steps not translated into the window's language
        self.language_note.setStyleSheet("color: #555;")
        self.language_note.hide()
        notices.addWidget(self.errors["form"])
        notices.addWidget(self.language_note)
        notices.addWidget(self.forms_notice)
        grid.addLayout(notices, 1, 1, 1, 5)
        rows = [
            [(self.mentee_label, self.mentee_edit, "mentee"),
             (QLabel(self.tr("Fac&ility:"), self), self.facility_edit, "facility")],
            [(QLabel(self.tr("&Kind:"), self), self.kind_combo, "kind"),
             (QLabel(self.tr("&Date:"), self), self.date_edit, "date")],
            [(QLabel(self.tr("Ass&essor:"), self), self.assessor_edit, "assessor")],
        ]
        keys = QLabel(self.tr("Keys on the steps: 1 or D done · 2 or N not done · 3 or A N/A · "
                              "↑ ↓ move · Space clears · Tab: note · Ctrl+S: save"), self)
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555;")
        grid.addWidget(keys, 4, 3, 1, 3)
        for row, fields in enumerate(rows, start=2):
            for column, (label, widget, name) in enumerate(fields):
                label.setBuddy(widget)
                grid.addWidget(label, row, column * 3)
                grid.addWidget(widget, row, column * 3 + 1)
                grid.addWidget(self.errors[name], row, column * 3 + 2)
        for column, stretch in ((1, 3), (2, 2), (4, 3), (5, 2)):
            grid.setColumnStretch(column, stretch)
        return grid

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _build_score_bar(self) -> QVBoxLayout:
        column = QVBoxLayout()
        bar = QHBoxLayout()
        self.score_label = QLabel(self)
        self.score_label.setStyleSheet("font-weight: bold;")
        self.outcome_label = QLabel(self)
        self.outcome_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.score_label)
        bar.addSpacing(12)
        bar.addWidget(self.outcome_label)
        bar.addStretch()
        column.addLayout(bar)
        column.addWidget(self.errors["results"])
        return column

    def _build_note_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.result_buttons: dict[ItemResult, QPushButton] = {}
        for result, text in ((ItemResult.DONE, self.tr("1 · Done")),
                             (ItemResult.NOT_DONE, self.tr("2 · Not done")),
                             (ItemResult.NOT_APPLICABLE, self.tr("3 · N/A"))):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keyboard
            button.clicked.connect(lambda _=False, r=result: self.table.answer(r))
            self.result_buttons[result] = button
            row.addWidget(button)
        self.note_label = QLabel(self.tr("&Note:"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What was seen (optional); Enter goes back"))
        self.note_label.setBuddy(self.note_edit)
        row.addSpacing(12)
        row.addWidget(self.note_label)
        row.addWidget(self.note_edit, 1)
        return row

    def _build_feedback(self) -> QGridLayout:
        grid = QGridLayout()
        self.strengths_edit = QPlainTextEdit(self)
        self.to_improve_edit = QPlainTextEdit(self)
        for column, (text, edit) in enumerate(((self.tr("S&trengths:"), self.strengths_edit),
                                               (self.tr("To im&prove:"), self.to_improve_edit))):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            label = QLabel(text, self)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
        return grid

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.print_assessment_button = QPushButton(self.tr("Print this &assessment"), self)
        self.print_assessment_button.setEnabled(False)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the assessment (Ctrl+S)"))
        self.save_button.setDefault(False)
        row.addWidget(self.message_label, 1)
        for button in (self.print_assessment_button, self.clear_button, self.save_button):
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        self.form_combo.currentIndexChanged.connect(self._form_chosen)
        self.kind_combo.currentIndexChanged.connect(self._update_score)
        self.mentee_edit.chosen.connect(self._mentee_chosen)
        self.date_edit.dateChanged.connect(lambda _d: self._clear_error("date"))
        self.facility_edit.chosen.connect(lambda _c: self._clear_error("facility"))
        self.model.answers_changed.connect(self._update_score)
        self.table.selectionModel().currentRowChanged.connect(self._show_note)
        self.table.note_requested.connect(self.note_edit.setFocus)
        self.note_edit.textEdited.connect(
            lambda text: self.model.set_note(self.table.current_item_row(), text))
        self.note_edit.returnPressed.connect(self.table.setFocus)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self._clear_clicked)
        self.print_blank_button.clicked.connect(
            lambda: self.printer.print_blank(self, self.form.code if self.form else None))
        self.print_assessment_button.clicked.connect(self.print_last_assessment)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        shortcut.setEnabled(allow(self.save_button, actor_of(self.service.session_factory),
                                  Permission.ASSESSMENTS))

    # ----------------------------------------------------------------- forms

    def reload_forms(self) -> None:
        """Fill the chooser: usable forms first, broken files greyed with their error."""
        model = self.form_combo.model()
        assert isinstance(model, QStandardItemModel)
        self.form_combo.blockSignals(True)
        model.clear()
        choices = self.service.forms(self.language)
        for choice in choices:
            model.appendRow(self._form_item(choice))
        self.form_combo.blockSignals(False)
        broken = [f"{c.label}: {c.problem}" for c in choices if not c.available]
        self.forms_notice.setText("⚠ " + self.tr("Unavailable until its file is corrected: %1")
                                  .replace("%1", "; ".join(broken)) if broken else "")
        self.forms_notice.setVisible(bool(broken))
        first = next((row for row in range(model.rowCount()) if model.item(row).isEnabled()), -1)
        self._form_index = -2  # force a reload even if the index does not change
        self.form_combo.setCurrentIndex(first)
        self._form_chosen(first)

    def _form_item(self, choice: FormChoice) -> QStandardItem:
        if choice.available:
            item = QStandardItem(choice.label)
        else:
            item = QStandardItem(self.tr("%1 (unavailable)").replace("%1", choice.label))
            item.setEnabled(False)
            item.setToolTip(choice.problem)
        item.setData(choice, FORM_ROLE)
        return item

    def form_choices(self) -> list[FormChoice]:
        model = self.form_combo.model()
        return [model.index(row, 0).data(FORM_ROLE) for row in range(model.rowCount())]

    def select_form(self, code: str) -> bool:
        for row, choice in enumerate(self.form_choices()):
            if choice.available and choice.code == code:
                self.form_combo.setCurrentIndex(row)
                return self.form_combo.currentIndex() == row
        return False

    def _form_chosen(self, index: int) -> None:
        if index == self._form_index:
            return
        if self._form_index >= 0 and not self.confirm_discard():
            self.form_combo.blockSignals(True)
            self.form_combo.setCurrentIndex(self._form_index)
            self.form_combo.blockSignals(False)
            return
        self._form_index = index
        choice = self.form_combo.itemData(index, FORM_ROLE) if index >= 0 else None
        form = self.service.catalog.get(choice.code) if choice and choice.available else None
        self.form = form.in_language(self.language) if form is not None else None
        self._show_language_note()
        self._apply_form()

    def _show_language_note(self) -> None:
        fallback = self.form.fallback_steps if self.form is not None else 0
        self.language_note.setText(self.tr("%n step(s) in English", "", fallback))
        self.language_note.setVisible(fallback > 0)

    def _apply_form(self) -> None:
        form_kind = self.form.kind if self.form else FormKind.MENTEE
        facility_tool = form_kind == FormKind.FACILITY
        self.mentee_label.setVisible(not facility_tool)
        self.mentee_edit.setVisible(not facility_tool)
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in kinds_for(form_kind):
            self.kind_combo.addItem(kind_label(kind), kind)
        position = self.kind_combo.findData(current)
        self.kind_combo.setCurrentIndex(max(position, 0))
        self.kind_combo.blockSignals(False)
        self.model.set_form(self.form)
        self._clear_errors()
        self._validation_lookup()
        self._update_score()
        if self.form is None and self.form_combo.count():
            self.score_label.setText(self.tr("No usable checklist form: see the form files."))

    # ----------------------------------------------------------------- live state

    def current_kind(self) -> AssessmentKind:
        data = self.kind_combo.currentData()
        return AssessmentKind(data) if data else AssessmentKind.PRE_TEST

    def _mentee_chosen(self, choice: PersonChoice | None) -> None:
        self._clear_error("mentee")
        if choice is not None and choice.place is not None:
            self.facility_edit.set_choice(choice.place)
        self._validation_lookup()
        self._update_score()

    def _validation_lookup(self) -> None:
        mentee = self.mentee_edit.choice
        self._validated_since = (self.service.validated_on(mentee.id, self.form.code)
                                 if mentee is not None and self.form is not None else None)

    def _update_score(self) -> None:
        if self.form is None:
            self.score_label.clear()
            self.outcome_label.clear()
            return
        self._clear_error("results")
        self._clear_error("kind")
        preview = preview_entry(self.form, self.current_kind(), self.model.results)
        self.score_label.setText(score_text(preview))
        outcome = outcome_text(preview, self._validated_since)
        self.outcome_label.setText(outcome)
        self.outcome_label.setStyleSheet(PASS_STYLE if outcome.startswith("✓")
                                         else FAIL_STYLE if outcome.startswith("✗") else "")
        self.outcome_label.setVisible(bool(outcome))

    def _show_note(self) -> None:
        row = self.table.current_item_row()
        item = self.model.item_at(row)
        self.note_edit.setEnabled(item is not None)
        self.note_edit.setText(self.model.notes.get(item.code, "") if item else "")
        self.note_label.setText(self.tr("&Note on %1:").replace("%1", item.code) if item
                                else self.tr("&Note:"))

    def has_unsaved_changes(self) -> bool:
        return bool(self.model.results or self.model.notes
                    or self.strengths_edit.toPlainText().strip()
                    or self.to_improve_edit.toPlainText().strip())

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()

    # ----------------------------------------------------------------- errors

    def _clear_error(self, name: str) -> None:
        self.errors[name].clear()
        self.errors[name].hide()

    def _clear_errors(self) -> None:
        for name in FIELDS:
            self._clear_error(name)

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        self._clear_errors()
        for name, message in problems:
            label = self.errors.get(name, self.errors["results"])
            text = f"{label.text()}\n" if label.text() else ""
            label.setText(f"{text}⚠ {message}")
            label.show()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(self.tr("Not saved: correct the fields marked ⚠."))
        if any(name == "results" for name, _ in problems):
            missing = [row for row in self.model.item_rows()
                       if self.model.item_at(row).code not in self.model.results]
            if missing:
                self.table.go_to_row(missing[0])

    # ----------------------------------------------------------------- saving

    def entered(self) -> AssessmentInput | None:
        """The assessment as entered, for the domain to check and save."""
        if self.form is None:
            return None
        facility = self.facility_edit.choice
        mentee = self.mentee_edit.choice if self.form.kind == FormKind.MENTEE else None
        assessor = self.assessor_edit.choice
        return AssessmentInput(
            form_code=self.form.code, form_version=self.form.version, kind=self.current_kind(),
            assessed_on=self.date_edit.date().toPython(),
            org_unit_id=facility.id if facility else 0,  # 0: no such unit, the domain says so
            results=dict(self.model.results), mentee_id=mentee.id if mentee else None,
            assessor_id=assessor.id if assessor else None, notes=dict(self.model.notes),
            strengths=self.strengths_edit.toPlainText(),
            to_improve=self.to_improve_edit.toPlainText())

    def save(self) -> bool:
        data = self.entered()
        if data is None:
            self._show_problems([("form", self.tr("Choose a checklist form."))])
            return False
        try:
            outcome = self._record(data)
        except AssessmentRefused as refused:
            self._show_problems(refused.problems)
            return False
        except RuleRefused as refused:
            self._show_problems([(v.field or "results", violation_text(v))
                                 for v in refused.violations])
            return False
        saved = SavedAssessment(outcome.assessment_id, data.mentee_id, data.form_code, outcome,
                                self._saved_message(data, outcome))
        self.last_saved = saved
        self._clear_for_next()
        self.message_label.setStyleSheet(SUCCESS_STYLE)
        self.message_label.setText(saved.message)
        self.print_assessment_button.setEnabled(True)
        self.saved.emit(saved)
        return True

    def _record(self, data: AssessmentInput) -> AssessmentOutcome:
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
        question = self.tr("Write why this assessment stands all the same; the reason is "
                           "kept with it.")
        reason, given = QInputDialog.getMultiLineText(
            self, self.tr("Save with a reason?"), f"{breaches}\n\n{question}")
        return reason.strip() if given and reason.strip() else None

    def _saved_message(self, data: AssessmentInput, outcome: AssessmentOutcome) -> str:
        assert self.form is not None
        code, score = self.form.code, percent_text(outcome.score.percent)
        subject = (self.mentee_edit.choice.name if self.mentee_edit.choice
                   else self.facility_edit.text())
        if outcome.validated_now:
            return "✓ " + self.tr("%1 is now validated on %2.").replace("%1", subject).replace(
                "%2", code)
        if data.kind == AssessmentKind.POST_MENTORSHIP and outcome.validated_before:
            return self.tr("Saved (%1). %2 has been validated on %3 since %4.").replace(
                "%1", score).replace("%2", subject).replace("%3", code).replace(
                "%4", date_text(outcome.validated_before))
        if data.kind == AssessmentKind.POST_MENTORSHIP:
            return self.tr("Saved (%1). %2 is not validated on %3 yet.").replace(
                "%1", score).replace("%2", subject).replace("%3", code)
        return self.tr("Saved: %1 %2 for %3, %4.").replace("%1", code).replace(
            "%2", kind_label(data.kind).lower()).replace("%3", subject).replace("%4", score)

    def _clear_for_next(self) -> None:
        """Ready for the next paper form: same checklist, kind, date and assessor."""
        self.model.clear_answers()
        self.note_edit.clear()
        self.strengths_edit.clear()
        self.to_improve_edit.clear()
        if self.form is not None and self.form.kind == FormKind.MENTEE:
            self.mentee_edit.set_choice(None)
        self.facility_edit.set_choice(None)
        self._clear_errors()
        self.table.go_to_first()
        first = self.facility_edit if self.form and self.form.kind == FormKind.FACILITY \
            else self.mentee_edit
        first.setFocus()

    def _clear_clicked(self) -> None:
        if self.confirm_discard():
            self._clear_for_next()
            self.message_label.clear()

    def print_last_assessment(self) -> None:
        if self.last_saved is not None:
            name = f"{self.last_saved.form_code} assessment {self.last_saved.assessment_id}"
            self.printer.print_assessment(self, self.last_saved.assessment_id, name)
