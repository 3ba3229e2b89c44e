"""Add or edit a facility: code, name, level, where it sits, DHIS2 identifier."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...cascade.service import CascadeService, FacilityForm, FacilityInput
from ...core.choices import PlaceOrGroupChoice
from ...data.enums import PARENT_LEVEL, OrgLevel
from .common import FormDialog, KeepOpen, LookupField
from .labels import LEVELS, label


def place_text(place: PlaceOrGroupChoice) -> str:
    """How a facility or CHW group reads in a completer: name, level, and where it is."""
    where = f", {place.parent}" if place.parent else ""
    return f"{place.name} ({label(LEVELS, place.level)}{where})"


def as_input(form: FacilityForm) -> FacilityInput:
    """The facility as the form read it, in the shape an edit sends."""
    return FacilityInput(form.code, form.name, OrgLevel(form.level), form.parent_id,
                         form.dhis2_uid, form.upgraded_health_center)


def levels_under(parent_level: str | None) -> list[OrgLevel]:
    return [level for level, parents in PARENT_LEVEL.items()
            if parent_level in {p.value for p in parents}]


class FacilityDialog(FormDialog):
    """Create a facility under `parent`, or edit `existing` (which may move)."""

    def __init__(self, service: CascadeService, parent_place: PlaceOrGroupChoice | None,
                 existing: FacilityForm | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Edit facility") if existing else self.tr("Add a facility")
        super().__init__(title, parent)
        self.service, self.existing = service, existing
        self.saved_id: int | None = None
        self.name_edit = self.add_field("name", self.tr("&Name:"), QLineEdit(self))
        self.code_edit = self.add_field("code", self.tr("&Code:"), QLineEdit(self))
        self.parent_field = self.add_field("parent", self.tr("&Under:"), LookupField(
            lambda text: service.facilities_for_completer(text, groups=False), place_text, self))
        self.level_combo = self.add_field("level", self.tr("&Level:"), QComboBox(self))
        self.dhis2_edit = self.add_field("dhis2_uid", self.tr("&DHIS2 id:"), QLineEdit(self))
        self.upgraded_check = self.add_field(
            "upgraded", self.tr("Up&graded health center:"), QCheckBox(self))
        self.dhis2_edit.setPlaceholderText(self.tr("11 letters or digits, optional"))
        self.parent_field.chosen.connect(lambda place: self._fill_levels(place.level))
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.parent_field.set_choice(parent_place)
        self._fill_levels(parent_place.level if parent_place else None)
        if existing is not None:
            self._load(existing)
        self._level_changed()

    def _fill_levels(self, parent_level: str | None) -> None:
        current = self.level_combo.currentData()
        self.level_combo.clear()
        for level in levels_under(parent_level) or list(OrgLevel):
            self.level_combo.addItem(label(LEVELS, level.value), level.value)
        position = self.level_combo.findData(current)
        if position >= 0:
            self.level_combo.setCurrentIndex(position)
        elif parent_level == OrgLevel.HOSPITAL.value:
            self.level_combo.setCurrentIndex(
                max(0, self.level_combo.findData(OrgLevel.HEALTH_CENTER.value)))

    def _level_changed(self) -> None:
        is_hc = self.level_combo.currentData() == OrgLevel.HEALTH_CENTER.value
        self.set_row_visible(self.upgraded_check, is_hc)

    def _load(self, form: FacilityForm) -> None:
        self.name_edit.setText(form.name)
        self.code_edit.setText(form.code)
        if form.parent_id is not None:
            parent = self.service.place_choice(org_unit_id=form.parent_id)
            self.parent_field.set_choice(parent)
            self._fill_levels(parent.level)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(form.level)))
        self.dhis2_edit.setText(form.dhis2_uid or "")
        self.upgraded_check.setChecked(form.upgraded_health_center)

    def commit(self) -> None:
        parent = self.parent_field.choice()
        if parent is None and self.parent_field.text().strip():
            self.errors.show_message("parent", self.tr("Choose where it sits from the list."))
            raise KeepOpen
        data = FacilityInput(
            code=self.code_edit.text(), name=self.name_edit.text(),
            level=OrgLevel(self.level_combo.currentData()),
            parent_id=parent.org_unit_id if parent else None,
            dhis2_uid=self.dhis2_edit.text() or None,
            upgraded_health_center=self.upgraded_check.isChecked()
            and self.level_combo.currentData() == OrgLevel.HEALTH_CENTER.value)
        if self.existing is None:
            self.saved_id = self.service.add_facility(data)
            return
        self.service.update_facility(self.existing.id, data, self.existing.version,
                                     read=as_input(self.existing))
        self.saved_id = self.existing.id

    def reload(self) -> None:
        if self.existing is not None:
            self.existing = self.service.facility_form(self.existing.id)
            self._load(self.existing)
            self._level_changed()
