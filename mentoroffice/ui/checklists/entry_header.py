"""The assessment entry's header: which checklist (forms chooser), who and where (mentee,
facility and assessor look-ups), the kind and the date; and the field errors next to them.

Its widgets belong to the entry and its texts keep the entry's translation context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...checklists.forms import FormDefinition
from ...checklists.service import ChecklistService
from ...core.choices import FormChoice, PersonChoice
from ...data.enums import AssessmentKind, FormKind
from .lookup import LookupEdit
from .texts import kind_label, kinds_for

translate = QCoreApplication.translate
FORM_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #a40000;"
FIELDS = ("form", "mentee", "facility", "kind", "date", "assessor", "results")


class FieldErrors(dict[str, QLabel]):
    """A hidden red label per field, shown with what the domain refused there."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__()
        for name in FIELDS:
            label = QLabel(parent)
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            self[name] = label

    def clear_field(self, name: str) -> None:
        self[name].clear()
        self[name].hide()

    def clear_all(self) -> None:
        for name in FIELDS:
            self.clear_field(name)

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        self.clear_all()
        for name, message in problems:
            label = self.get(name, self["results"])
            text = f"{label.text()}\n" if label.text() else ""
            label.setText(f"{text}⚠ {message}")
            label.show()


class EntryHeader(QObject):
    """Builds the header grid (`layout`) and keeps the form chosen (`form`)."""

    form_changed = Signal()  # `form` is another one (or None)
    subject_changed = Signal()  # the mentee or the kind changed: the score may read otherwise

    def __init__(self, entry: QWidget, service: ChecklistService, language: str,
                 today: dt.date, confirm_discard: Callable[[], bool]) -> None:
        super().__init__(entry)
        self.service, self.language, self._confirm_discard = service, language, confirm_discard
        self.form: FormDefinition | None = None  # in the window's language
        self._form_index = -1
        self.errors = FieldErrors(entry)
        self.layout = self._build(entry, today)
        self.form_combo.currentIndexChanged.connect(self._form_chosen)
        self.kind_combo.currentIndexChanged.connect(self.subject_changed)
        self.mentee_edit.chosen.connect(self._mentee_chosen)
        self.date_edit.dateChanged.connect(lambda _d: self.errors.clear_field("date"))
        self.facility_edit.chosen.connect(lambda _c: self.errors.clear_field("facility"))

    def _build(self, entry: QWidget, today: dt.date) -> QGridLayout:
        grid = QGridLayout()
        self.form_combo = QComboBox(entry)
        self.form_combo.setModel(QStandardItemModel(self.form_combo))
        self.mentee_edit = LookupEdit(self.service.search_mentees, entry,
                                      translate("AssessmentEntry", "Type part of the name"))
        self.facility_edit = LookupEdit(self.service.search_facilities, entry, translate(
            "AssessmentEntry", "Type part of the facility name"))
        self.kind_combo = QComboBox(entry)
        self.date_edit = QDateEdit(entry)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.assessor_edit = LookupEdit(self.service.search_assessors, entry,
                                        translate("AssessmentEntry", "Mentor who assessed"))
        self.mentee_label = QLabel(translate("AssessmentEntry", "&Mentee:"), entry)
        form_label = QLabel(translate("AssessmentEntry", "F&orm:"), entry)
        form_label.setBuddy(self.form_combo)
        grid.addWidget(form_label, 0, 0)
        grid.addWidget(self.form_combo, 0, 1, 1, 4)
        self.forms_notice = QLabel(entry)  # broken form files, said once, not only in a tooltip
        self.forms_notice.setWordWrap(True)
        self.forms_notice.setStyleSheet("color: #7a4b00;")
        self.forms_notice.hide()
        notices = QVBoxLayout()
        self.language_note = QLabel(entry)  # steps not translated into the window's language
        self.language_note.setStyleSheet("color: #555;")
        self.language_note.hide()
        for notice in (self.errors["form"], self.language_note, self.forms_notice):
            notices.addWidget(notice)
        grid.addLayout(notices, 1, 1, 1, 5)
        rows = [
            [(self.mentee_label, self.mentee_edit, "mentee"),
             (QLabel(translate("AssessmentEntry", "Fac&ility:"), entry), self.facility_edit,
              "facility")],
            [(QLabel(translate("AssessmentEntry", "&Kind:"), entry), self.kind_combo, "kind"),
             (QLabel(translate("AssessmentEntry", "&Date:"), entry), self.date_edit, "date")],
            [(QLabel(translate("AssessmentEntry", "Ass&essor:"), entry), self.assessor_edit,
              "assessor")],
        ]
        keys = QLabel(translate("AssessmentEntry", "Keys on the steps: 1 or D done · 2 or N not "
                                "done · 3 or A N/A · ↑ ↓ move · Space clears · Tab: note · "
                                "Ctrl+S: save"), entry)
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
        self.forms_notice.setText("⚠ " + translate(
            "AssessmentEntry", "Unavailable until its file is corrected: %1").replace(
            "%1", "; ".join(broken)) if broken else "")
        self.forms_notice.setVisible(bool(broken))
        first = next((row for row in range(model.rowCount()) if model.item(row).isEnabled()), -1)
        self._form_index = -2  # force a reload even if the index does not change
        self.form_combo.setCurrentIndex(first)
        self._form_chosen(first)

    def _form_item(self, choice: FormChoice) -> QStandardItem:
        if choice.available:
            item = QStandardItem(choice.label)
        else:
            item = QStandardItem(translate("AssessmentEntry", "%1 (unavailable)").replace(
                "%1", choice.label))
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
        if self._form_index >= 0 and not self._confirm_discard():
            self.form_combo.blockSignals(True)
            self.form_combo.setCurrentIndex(self._form_index)
            self.form_combo.blockSignals(False)
            return
        self._form_index = index
        choice = self.form_combo.itemData(index, FORM_ROLE) if index >= 0 else None
        form = self.service.catalog.get(choice.code) if choice and choice.available else None
        self.form = form.in_language(self.language) if form is not None else None
        self._show_form_kinds()
        self.form_changed.emit()

    def _show_form_kinds(self) -> None:
        """A facility tool has no mentee, and kinds of its own."""
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

    # ----------------------------------------------------------------- people

    def current_kind(self) -> AssessmentKind:
        data = self.kind_combo.currentData()
        return AssessmentKind(data) if data else AssessmentKind.PRE_TEST

    def _mentee_chosen(self, choice: PersonChoice | None) -> None:
        self.errors.clear_field("mentee")
        if choice is not None and choice.place is not None:
            self.facility_edit.set_choice(choice.place)
        self.subject_changed.emit()

    def subject_name(self) -> str:
        """Whom (or which facility) the assessment is about, as the message names them."""
        mentee = self.mentee_edit.choice
        return str(mentee.name) if mentee is not None else self.facility_edit.text()

    def clear_subject(self) -> None:
        """Ready for the next paper form: same checklist, kind, date and assessor."""
        if self.form is not None and self.form.kind == FormKind.MENTEE:
            self.mentee_edit.set_choice(None)
        self.facility_edit.set_choice(None)
        first = self.facility_edit if self.form and self.form.kind == FormKind.FACILITY \
            else self.mentee_edit
        first.setFocus()
