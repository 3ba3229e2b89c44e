"""Dialogs for a person: add or edit, post, transfer, record attrition."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...cascade.service import CascadeService, PersonInput, PersonPage
from ...data.enums import Cadre, PostingEndReason, PostingRole, Sex
from .common import FormDialog, KeepOpen, LookupField, date_edit
from .facility_dialog import place_text
from .labels import CADRES, END_REASONS, ROLES, SEXES, label


def fill_combo(combo: QComboBox, table: dict[str, str], values: list[str],
               current: str | None = None) -> None:
    combo.clear()
    for value in values:
        combo.addItem(label(table, value), value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))


class PersonDialog(FormDialog):
    """Add a person, or edit one's names, cadre and contact details."""

    def __init__(self, service: CascadeService, person: PersonPage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if person else self.tr("Add a person"), parent)
        self.service, self.person = service, person
        self.saved_id: int | None = None
        self.first_name_edit = self.add_field("first_name", self.tr("&First name:"),
                                              QLineEdit(self))
        self.last_name_edit = self.add_field("last_name", self.tr("&Last name:"), QLineEdit(self))
        self.sex_combo = self.add_field("sex", self.tr("&Sex:"), QComboBox(self))
        self.cadre_combo = self.add_field("cadre", self.tr("&Cadre:"), QComboBox(self))
        self.qualification_edit = self.add_field("qualification", self.tr("&Qualification:"),
                                                 QLineEdit(self))
        self.phone_edit = self.add_field("phone", self.tr("&Phone:"), QLineEdit(self))
        self.code_edit = self.add_field("code", self.tr("Staff c&ode:"), QLineEdit(self))
        self.phone_edit.setPlaceholderText("+250 788 123 456")
        fill_combo(self.sex_combo, SEXES, [s.value for s in Sex])
        fill_combo(self.cadre_combo, CADRES, [c.value for c in Cadre], Cadre.NURSE.value)
        if person is not None:
            self._load(person)

    def _load(self, person: PersonPage) -> None:
        self.first_name_edit.setText(person.first_name)
        self.last_name_edit.setText(person.last_name)
        fill_combo(self.sex_combo, SEXES, [s.value for s in Sex], person.sex)
        fill_combo(self.cadre_combo, CADRES, [c.value for c in Cadre], person.cadre)
        self.qualification_edit.setText(person.qualification or "")
        self.phone_edit.setText(person.phone or "")
        self.code_edit.setText(person.code or "")

    def reload(self) -> None:
        if self.person is not None:
            self.person = self.service.person_page(self.person.id)
            self._load(self.person)

    def commit(self) -> None:
        data = PersonInput(
            first_name=self.first_name_edit.text(), last_name=self.last_name_edit.text(),
            sex=Sex(self.sex_combo.currentData()), cadre=Cadre(self.cadre_combo.currentData()),
            qualification=self.qualification_edit.text() or None,
            phone=self.phone_edit.text() or None, code=self.code_edit.text() or None)
        if self.person is None:
            self.saved_id = self.service.add_person(data)
        else:
            self.service.update_person(self.person.id, data, self.person.version,
                                       read=self.person.details())
            self.saved_id = self.person.id


class PostingDialog(FormDialog):
    """Post someone (no current posting) or transfer them: the old posting ends, never edited."""

    def __init__(self, service: CascadeService, person: PersonPage, today: dt.date,
                 transfer: bool, parent: QWidget | None = None) -> None:
        title = self.tr("Transfer %1") if transfer else self.tr("Post %1")
        super().__init__(title.replace("%1", person.name), parent)
        self.service, self.person, self.transfer = service, person, transfer
        current = person.current_posting
        self.facility_field = self.add_field("facility", self.tr("To &facility:") if transfer
                                             else self.tr("At &facility:"), LookupField(
            lambda text: service.facilities_for_completer(text, groups=False), place_text, self))
        self.role_combo = self.add_field("role", self.tr("&Role:"), QComboBox(self))
        self.date_edit = self.add_field("date", self.tr("&On:") if transfer
                                        else self.tr("&From:"), date_edit(today, self))
        default_role = current.role if current else (
            PostingRole.CHW.value if person.cadre == Cadre.CHW.value
            else PostingRole.PROVIDER.value)
        fill_combo(self.role_combo, ROLES, [r.value for r in PostingRole], default_role)
        self._show_current()

    def _show_current(self) -> None:
        current = self.person.current_posting
        if self.transfer and current is not None:
            self.facility_field.setPlaceholderText(
                self.tr("now at %1").replace("%1", current.facility))

    def reload(self) -> None:
        """The person as saved now (another PC moved them); what was typed here stays."""
        self.person = self.service.person_page(self.person.id)
        self._show_current()

    def commit(self) -> None:
        place = self.facility_field.choice()
        if place is None or place.org_unit_id is None:
            self.errors.show_message("facility", self.tr("Choose a facility from the list."))
            raise KeepOpen
        role = PostingRole(self.role_combo.currentData())
        on = self.date_edit.date().toPython()
        if self.transfer:
            current = self.person.current_posting
            self.service.transfer(self.person.id, place.org_unit_id, on, role,
                                  from_posting_id=current.id if current else None)
        else:
            self.service.post(self.person.id, place.org_unit_id, role, on)


class AttritionDialog(FormDialog):
    """End the current posting with a reason (attrition, retirement, studies...)."""

    def __init__(self, service: CascadeService, person: PersonPage, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record that %1 left").replace("%1", person.name), parent)
        self.service, self.person = service, person
        self.posting_label = QLabel(self)
        self.form.addRow(self.tr("Posting:"), self.posting_label)
        self._show_current()
        self.date_edit = self.add_field("date", self.tr("&Left on:"), date_edit(today, self))
        self.reason_combo = self.add_field("reason", self.tr("&Why:"), QComboBox(self))
        reasons = [r.value for r in PostingEndReason if r is not PostingEndReason.TRANSFER]
        fill_combo(self.reason_combo, END_REASONS, reasons, PostingEndReason.ATTRITION.value)
        self.save_button.setText(self.tr("&Record"))

    def _show_current(self) -> None:
        current = self.person.current_posting
        self.posting_label.setText(f"{label(ROLES, current.role)}, {current.facility}"
                                   if current else self.tr("none"))

    def reload(self) -> None:
        """The person as saved now (another PC changed their posting)."""
        self.person = self.service.person_page(self.person.id)
        self._show_current()

    def commit(self) -> None:
        current = self.person.current_posting
        self.service.end_posting(self.person.id, self.date_edit.date().toPython(),
                                 PostingEndReason(self.reason_combo.currentData()),
                                 posting_id=current.id if current else None)
