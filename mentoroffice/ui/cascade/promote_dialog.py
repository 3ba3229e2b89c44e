"""The cascade's promotion: a validated mentee becomes a mentor one level down.

First the eligibility (which competencies were validated, when) and the new mentor profile;
then the open places from the coverage view, to assign the new mentor right away.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...cascade.service import (
    CascadeService,
    Gap,
    MentorProfileInput,
    PersonPage,
    RuleRefused,
)
from ...core.choices import MentorChoice
from ...data.enums import MentorKind
from ..rules_text import term_text
from ..tasks import TaskRunner
from .assignment_dialog import AssignmentDialog
from .common import (
    ERROR_STYLE,
    FieldErrors,
    OptionalDateEdit,
    RowsModel,
    date_edit,
    error_label,
    error_text,
)
from .facility_detail import heading, table_view
from .labels import GAP_KINDS, MENTOR_KINDS, date_text, label

PROMOTABLE = (MentorKind.DISTRICT, MentorKind.HC_PROVIDER, MentorKind.COMMUNITY)


def percent_field(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setValidator(QDoubleValidator(0.0, 100.0, 1, edit))
    edit.setPlaceholderText("0-100")
    return edit


def percent_value(edit: QLineEdit) -> float | None:
    text = edit.text().strip().replace(",", ".")
    return float(text) if text else None


class PromoteDialog(QDialog):
    """Step 1: eligibility and the mentor profile. Step 2: open slots to assign."""

    def __init__(self, service: CascadeService, person: PersonPage, today: dt.date,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(self)
        self._slots_loading = False
        self.setWindowTitle(self.tr("Promote %1 to mentor").replace("%1", person.name))
        self.service, self.person, self.today = service, person, today
        self.mentor_id: int | None = None
        self.assigned: list[int] = []
        self.eligibility = service.eligibility(person.id)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._profile_page())
        self.pages.addWidget(self._slots_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 520)

    # --- step 1 -------------------------------------------------------------------------------
    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        e = self.eligibility
        where = e.facility_name or self.tr("no current posting")
        intro = QLabel(self.tr("%1, at %2.").replace("%1", e.name).replace("%2", where), page)
        self.validated = RowsModel([self.tr("Validated competency"), self.tr("Area"),
                                    self.tr("Validated on")], page)
        self.validated.set_rows([(f"{v.form_code} — {v.title}", v.technical_area,
                                  date_text(v.validated_on)) for v in e.validated])
        self.validated_view = table_view(self.validated, page)
        self.reasons_label = QLabel(page)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setStyleSheet(ERROR_STYLE)
        self.reasons_label.setVisible(not e.eligible)
        self.reasons_label.setText(self.tr("Not eligible: %1.").replace(
            "%1", "; ".join(term_text(reason) for reason in e.reasons_not)))
        form = self._profile_form(page)
        self.errors = FieldErrors(error_label(page))
        for name in ("areas", "selection_score", "orientation_theory", "orientation_practical"):
            self.errors.labels[name] = error_label(page)
        self.promote_button = QPushButton(self.tr("&Promote"), page)
        self.promote_button.setDefault(True)
        self.promote_button.setEnabled(e.eligible)
        self.promote_button.clicked.connect(self.promote)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        buttons.addButton(self.promote_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        for widget in (intro, heading(self.tr("Eligibility"), page), self.validated_view,
                       self.reasons_label, heading(self.tr("New mentor profile"), page)):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (*self.errors.labels.values(), self.errors.general, buttons):
            layout.addWidget(widget)
        return page

    def _profile_form(self, page: QWidget) -> QFormLayout:
        e = self.eligibility
        self.kind_combo = QComboBox(page)
        for kind in PROMOTABLE:
            self.kind_combo.addItem(label(MENTOR_KINDS, kind.value), kind.value)
        if e.proposed_kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(e.proposed_kind.value))
        self.areas_list = QListWidget(page)
        self.areas_list.setMaximumHeight(110)
        for code, name, level in self.service.technical_areas():
            if level == "office":
                continue
            item = QListWidgetItem(f"{code} — {name}", self.areas_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in e.technical_areas
                               else Qt.CheckState.Unchecked)
        self.selected_edit = date_edit(self.today, page)
        self.selection_edit = percent_field(page)
        self.oriented_edit = OptionalDateEdit(self.tr("not yet"), None, page)
        self.theory_edit = percent_field(page)
        self.practical_edit = percent_field(page)
        form = QFormLayout()
        for text, widget in ((self.tr("&Kind:"), self.kind_combo),
                             (self.tr("Technical &areas:"), self.areas_list),
                             (self.tr("Selected &on:"), self.selected_edit),
                             (self.tr("Selection &score (%):"), self.selection_edit),
                             (self.tr("Orie&nted on:"), self.oriented_edit),
                             (self.tr("Orientation &theory (%):"), self.theory_edit),
                             (self.tr("Orientation p&ractical (%):"), self.practical_edit)):
            buddy = QLabel(text, page)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        return form

    def chosen_areas(self) -> list[str]:
        return [self.areas_list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.areas_list.count())
                if self.areas_list.item(n).checkState() == Qt.CheckState.Checked]

    def promote(self) -> None:
        self.errors.clear()
        kind = MentorKind(self.kind_combo.currentData())
        profile = MentorProfileInput(
            selection_score=percent_value(self.selection_edit),
            oriented_on=self.oriented_edit.value(),
            orientation_theory=percent_value(self.theory_edit),
            orientation_practical=percent_value(self.practical_edit))
        try:
            self.mentor_id = self.service.promote(
                self.person.id, kind, self.chosen_areas(),
                self.selected_edit.date().toPython(), profile)
        except RuleRefused as refused:
            self.errors.show(refused.violations)
            return
        self._show_slots()

    # --- step 2 -------------------------------------------------------------------------------
    def _slots_page(self) -> QWidget:
        page = QWidget(self)
        self.slots_intro = QLabel(page)
        self.slots_intro.setWordWrap(True)
        self.slots = RowsModel([self.tr("Open place"), self.tr("Facility"), self.tr("Detail")],
                               page)
        self.slots_view = table_view(self.slots, page)
        self.slots_view.doubleClicked.connect(lambda _index: self.assign_selected())
        self.assign_button = QPushButton(self.tr("&Assign to the selected place…"), page)
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, page)
        buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)  # the promotion is saved: closing is accepting
        layout = QVBoxLayout(page)
        layout.addWidget(self.slots_intro)
        layout.addWidget(self.slots_view, 1)
        layout.addWidget(buttons)
        return page

    def slots_loading(self) -> bool:
        return self._slots_loading

    def _show_slots(self) -> None:
        """Ask for the open places off the GUI thread (it is the whole coverage query)."""
        kind, areas = MentorKind(self.kind_combo.currentData()), self.chosen_areas()
        self.pages.setCurrentIndex(1)
        self.assign_button.setEnabled(False)
        self.slots_intro.setText(self.tr("Looking for places without a mentor…"))
        self._slots_loading = True
        self.runner.start(lambda _ctx: self.service.open_slots(kind, self.today, areas),
                          lambda gaps: self._slots_arrived(kind, gaps), self._slots_failed)

    def _slots_failed(self, error: BaseException) -> None:
        if isValid(self):
            self._slots_loading = False
            self.slots_intro.setText(error_text(error))

    def _slots_arrived(self, kind: MentorKind, gaps: list[Gap]) -> None:
        if not isValid(self):
            return
        self._slots_loading = False
        self.slots.set_rows([(label(GAP_KINDS, g.kind), g.facility_name, g.detail)
                             for g in gaps], items=gaps)
        text = (self.tr("%1 is now a %2. Places without a mentor of this kind: %3.")
                if gaps else self.tr("%1 is now a %2. No place is waiting for one (%3)."))
        self.slots_intro.setText(text.replace("%1", self.person.name)
                                 .replace("%2", label(MENTOR_KINDS, kind.value))
                                 .replace("%3", str(len(gaps))))
        self.assign_button.setEnabled(bool(gaps))
        if gaps:
            self.slots_view.selectRow(0)
        self.slots_view.setFocus()

    def selected_gap(self) -> Gap | None:
        rows = self.slots_view.selectionModel().selectedRows()
        return self.slots.item(rows[0].row()) if rows else None

    def assign_selected(self) -> None:
        gap = self.selected_gap()
        if gap is None or self.mentor_id is None:
            return
        kind = self.kind_combo.currentData()
        mentor = MentorChoice(self.mentor_id, self.person.name, kind, None,
                              self.eligibility.facility_name)
        place = (self.service.place_choice(chw_group_id=gap.chw_group_id) if gap.chw_group_id
                 else self.service.place_choice(org_unit_id=gap.facility_id))
        dialog = AssignmentDialog(self.service, self.today, mentor, place,
                                  gap.technical_area, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.assigned.append(dialog.saved_id)
            self._show_slots()
