"""Assign a mentor to a facility or a CHW group; the domain checks the cascade's rules.

A refusal shows each message next to its field. When every rule broken may be overridden, an
"Override with a reason" field appears; saving with a reason records it with the assignment.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...cascade.service import AssignmentProposal, CascadeService, Violation
from ...core.choices import MentorChoice, PlaceOrGroupChoice
from .common import FormDialog, KeepOpen, LookupField, OptionalDateEdit, date_edit
from .facility_dialog import place_text
from .labels import mentor_kind

# Which field a rule's message belongs next to.
FIELD_OF_CODE = {
    "target": "place", "level": "place", "joint_team": "place", "group_size": "place",
    "capacity": "mentor", "inactive": "mentor", "area": "area", "dates": "end",
    "overlap": "start",
}


def mentor_text(mentor: MentorChoice) -> str:
    where = f", {mentor.facility}" if mentor.facility else ""
    return f"{mentor.name} ({mentor_kind(mentor.kind, mentor.association)}{where})"


class AssignmentDialog(FormDialog):
    """Mentor, place, technical area and period; Save asks the domain, which may refuse."""

    def __init__(self, service: CascadeService, today: dt.date,
                 mentor: MentorChoice | None = None, place: PlaceOrGroupChoice | None = None,
                 technical_area: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign a mentor"), parent)
        self.service = service
        self.saved_id: int | None = None
        self.mentor_field = self.add_field("mentor", self.tr("&Mentor:"), LookupField(
            service.mentors_for_completer, mentor_text, self))
        self.place_field = self.add_field("place", self.tr("&Facility or CHW group:"),
                                          LookupField(service.facilities_for_completer,
                                                      place_text, self))
        self.area_combo = self.add_field("area", self.tr("Technical &area:"), QComboBox(self))
        self.start_edit = self.add_field("start", self.tr("&Start:"), date_edit(today, self))
        self.end_edit = self.add_field("end", self.tr("&End:"),
                                       OptionalDateEdit(self.tr("open-ended"), None, self))
        self.reason_edit = self.add_field("reason", self.tr("Override with a &reason:"),
                                          QLineEdit(self))
        self.mentor_field.setPlaceholderText(self.tr("Type a mentor's name"))
        self.place_field.setPlaceholderText(self.tr("Type a facility or CHW group"))
        self.reason_edit.setPlaceholderText(self.tr("Why the rule does not apply this time"))
        self.set_row_visible(self.reason_edit, False)
        self._fill_areas(technical_area)
        self.mentor_field.set_choice(mentor)
        self.place_field.set_choice(place)
        self.mentor_field.chosen.connect(self._mentor_chosen)

    def _fill_areas(self, current: str | None) -> None:
        self.area_combo.addItem(self.tr("(any of the mentor's areas)"), None)
        for code, name, level in self.service.technical_areas():
            if level != "office":
                self.area_combo.addItem(f"{code} — {name}", code)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(current)))

    def _mentor_chosen(self, _mentor: MentorChoice) -> None:
        self.place_field.setFocus()

    def override_visible(self) -> bool:
        return not self.reason_edit.parentWidget().isHidden()

    def proposal(self) -> AssignmentProposal:
        """What the form says; shows what is missing and keeps the dialog open."""
        mentor, place = self.mentor_field.choice(), self.place_field.choice()
        missing = []
        if mentor is None:
            missing.append(Violation("input", self.tr("Choose a mentor from the list."),
                                     field="mentor"))
        if place is None:
            missing.append(Violation("input", self.tr("Choose a facility or CHW group from "
                                                      "the list."), field="place"))
        if missing:
            self.errors.show(missing)
            raise KeepOpen
        assert mentor is not None and place is not None
        return AssignmentProposal(
            mentor_id=mentor.id, start_date=self.start_edit.date().toPython(),
            org_unit_id=place.org_unit_id, chw_group_id=place.chw_group_id,
            technical_area=self.area_combo.currentData(), end_date=self.end_edit.value())

    def commit(self) -> None:
        proposal = self.proposal()
        reason = self.reason_edit.text().strip() if self.override_visible() else None
        self.saved_id = self.service.assign(proposal, reason or None)

    def refused(self, violations: list[Violation]) -> None:
        self.errors.show(violations, lambda v: v.field or FIELD_OF_CODE.get(v.code))
        may_override = all(v.overridable for v in violations)
        self.set_row_visible(self.reason_edit, may_override)
        if may_override:
            note = (self.tr("Write why, then save again.") if not self.reason_edit.text().strip()
                    else self.tr("Check the reason, then save again."))
            self.errors.general.setText("\n".join(
                t for t in (self.errors.general.text(),
                            self.tr("Each of these rules may be overridden with a reason that "
                                    "is kept with the assignment.") + " " + note) if t))
            self.errors.general.show()
            self.reason_edit.setFocus()
