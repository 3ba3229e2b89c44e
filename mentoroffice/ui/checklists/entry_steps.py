"""The assessment entry's steps: the checklist table scored from the keyboard, the three
result buttons, and the note on the current step.

Its widgets belong to the entry and its texts keep the entry's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...data.enums import ItemResult
from .checklist_table import ChecklistModel, ChecklistView

translate = QCoreApplication.translate


class StepPanel(QObject):
    """The table (`table`, over `model`) and the note row below it (`note_row`)."""

    def __init__(self, entry: QWidget) -> None:
        super().__init__(entry)
        self.model = ChecklistModel(entry)
        self.table = ChecklistView(entry)
        self.table.setModel(self.model)
        self.note_row = self._build_note_row(entry)
        self.table.selectionModel().currentRowChanged.connect(self._show_note)
        self.table.note_requested.connect(self.note_edit.setFocus)
        self.note_edit.textEdited.connect(
            lambda text: self.model.set_note(self.table.current_item_row(), text))
        self.note_edit.returnPressed.connect(self.table.setFocus)

    def _build_note_row(self, entry: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.result_buttons: dict[ItemResult, QPushButton] = {}
        for result, text in ((ItemResult.DONE, translate("AssessmentEntry", "1 · Done")),
                             (ItemResult.NOT_DONE, translate("AssessmentEntry", "2 · Not done")),
                             (ItemResult.NOT_APPLICABLE, translate("AssessmentEntry", "3 · N/A"))):
            button = QPushButton(text, entry)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keyboard
            button.clicked.connect(lambda _=False, r=result: self.table.answer(r))
            self.result_buttons[result] = button
            row.addWidget(button)
        self.note_label = QLabel(translate("AssessmentEntry", "&Note:"), entry)
        self.note_edit = QLineEdit(entry)
        self.note_edit.setPlaceholderText(translate(
            "AssessmentEntry", "What was seen (optional); Enter goes back"))
        self.note_label.setBuddy(self.note_edit)
        row.addSpacing(12)
        row.addWidget(self.note_label)
        row.addWidget(self.note_edit, 1)
        return row

    def _show_note(self) -> None:
        row = self.table.current_item_row()
        item = self.model.item_at(row)
        self.note_edit.setEnabled(item is not None)
        self.note_edit.setText(self.model.notes.get(item.code, "") if item else "")
        self.note_label.setText(translate("AssessmentEntry", "&Note on %1:").replace(
            "%1", item.code) if item else translate("AssessmentEntry", "&Note:"))

    def go_to_first_unanswered(self) -> None:
        missing = [row for row in self.model.item_rows()
                   if self.model.item_at(row).code not in self.model.results]
        if missing:
            self.table.go_to_row(missing[0])

    def clear(self) -> None:
        self.model.clear_answers()
        self.note_edit.clear()
        self.table.go_to_first()
