"""Importing mentors with their assignments, and mentee enrolments.

Mentors: one row per assignment (or a row with no facility for a mentor not yet assigned).
The person must be in the registry. The mentor profile (kind, association, areas) is created
with the first row that names the person; assignments go through `assign_mentor`, so the
cascade's rules hold: a rule that may be overridden needs the reason in 'Override reason'.
A profile already stored is changed only with the "update" policy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import func, select

from ..cascade.assignments import AssignmentProposal, assign_mentor, end_assignment
from ..core.refusals import RuleRefused
from ..data.enums import EnrolmentStatus, MentorKind
from ..data.models import (
    ChwGroup,
    MenteeEnrolment,
    Mentor,
    MentorArea,
    MentorAssignment,
    PlannedCompetency,
)
from . import values, vocabulary
from .rows import (
    Handler,
    Refusal,
    RowReader,
    blank_keeps,
    read_person,
    refuse,
    require_person,
    stored_form_codes,
)


def _person_id(handler: Handler, row: RowReader) -> tuple[int, str] | None:
    ref = read_person(row)
    if not row.ok or not require_person(row, ref):
        return None
    try:
        return handler.lookups.existing_person(ref), ref.describe()
    except Refusal as refusal:
        row.add_refusal(refusal)
        return None


def _facility(handler: Handler, row: RowReader, key: str, required: bool = False) -> int | None:
    code = row.read(key, values.text, "a facility code", required=required)
    if code is None:
        return None
    try:
        return handler.lookups.facility(key, code)
    except Refusal as refusal:
        row.add_refusal(refusal)
        return None


# --- mentors and assignments ----------------------------------------------------------------


@dataclass(frozen=True)
class MentorRow:
    person_id: int
    person: str
    kind: MentorKind
    association: str | None
    areas: tuple[str, ...]
    org_unit_id: int | None
    chw_group_id: int | None
    place: str | None
    assignment_area: str | None
    start: dt.date | None
    end: dt.date | None
    override_reason: str | None


class MentorRows(Handler):
    fields_for: ClassVar[dict[str, str]] = {
        "target": "facility", "dates": "end_date", "overlap": "start_date",
        "area": "assignment_area", "inactive": "mentor_kind",
    }

    def parse(self, row: RowReader) -> MentorRow | None:
        person = _person_id(self, row)
        kind_cell = row.cell("mentor_kind")
        kind = row.read("mentor_kind", values.choice, vocabulary.MENTOR_KIND, "mentor kind",
                        required=True)
        association = row.read("association", values.choice, vocabulary.ASSOCIATION,
                               "association")
        if kind == MentorKind.ASSOCIATION.value and association is None:
            association = vocabulary.ASSOCIATION.get(values.normalize(str(kind_cell)))
        areas = row.read("areas", values.choices, vocabulary.TECHNICAL_AREA, "technical area")
        unit = _facility(self, row, "facility")
        group, group_name = self._group(row)
        area = row.read("assignment_area", values.choice, vocabulary.TECHNICAL_AREA,
                        "technical area")
        start = row.read("start_date", values.date)
        end = row.read("end_date", values.date)
        reason = row.read("override_reason", values.text, "a reason")
        self._check(row, kind, association, unit, group, start, end)
        if not row.ok or person is None:
            return None
        place = values.text(row.cell("facility")) or group_name
        return MentorRow(person[0], person[1], MentorKind(kind), association,
                         tuple(areas or ()), unit, group, place, area, start, end, reason)

    def _group(self, row: RowReader) -> tuple[int | None, str | None]:
        code = row.read("chw_group", values.text, "a CHW group code")
        if code is None:
            return None, None
        found = self.session.scalar(select(ChwGroup.id).where(
            func.lower(ChwGroup.code) == code.lower()))
        if found is None:
            row.fail("chw_group", f"There is no CHW group with code {code}.")
        return found, code

    def _check(self, row: RowReader, kind: str | None, association: str | None,
               unit: int | None, group: int | None, start: dt.date | None,
               end: dt.date | None) -> None:
        if kind == MentorKind.ASSOCIATION.value and association is None and row.ok:
            row.fail("association", "An association mentor needs their association: RSOG, "
                     "RAM or RPA.")
        if kind and kind != MentorKind.ASSOCIATION.value and association:
            row.fail("association", "Only professional-association mentors have an "
                     "association; leave it empty or change the mentor kind.")
        if unit is not None and group is not None:
            row.fail("chw_group", "Give a facility or a CHW group, not both.")
        placed = row.cell("facility") is not None or row.cell("chw_group") is not None
        if placed and start is None and row.ok:
            row.fail("start_date", "Give the date the assignment starts.")
        if not placed and (start or end):
            row.fail("facility", "The row has assignment dates but no facility or CHW group.")
        if start and start > self.today:
            row.fail("start_date", f"The date {start:%d %b %Y} is in the future.")

    def key(self, parsed: MentorRow) -> Hashable:
        if parsed.place is None:
            return (parsed.person_id,)
        return (parsed.person_id, parsed.org_unit_id, parsed.chw_group_id, parsed.start)

    def describe(self, parsed: MentorRow) -> str:
        if parsed.place is None:
            return f"{parsed.person} ({parsed.kind.value} mentor)"
        return f"{parsed.person} at {parsed.place} from {parsed.start:%Y-%m-%d}"

    def _mentor(self, person_id: int) -> Mentor | None:
        return self.session.scalar(select(Mentor).where(Mentor.person_id == person_id))

    def find(self, parsed: MentorRow) -> Mentor | MentorAssignment | None:
        mentor = self._mentor(parsed.person_id)
        if parsed.place is None or mentor is None:
            return mentor
        return self.session.scalar(select(MentorAssignment).where(
            MentorAssignment.mentor_id == mentor.id,
            MentorAssignment.org_unit_id.is_(None) if parsed.org_unit_id is None
            else MentorAssignment.org_unit_id == parsed.org_unit_id,
            MentorAssignment.chw_group_id.is_(None) if parsed.chw_group_id is None
            else MentorAssignment.chw_group_id == parsed.chw_group_id,
            MentorAssignment.start_date == parsed.start))

    def add(self, parsed: MentorRow) -> str:
        mentor = self._mentor(parsed.person_id)
        note = ""
        if mentor is None:
            mentor = Mentor(person_id=parsed.person_id, kind=parsed.kind.value,
                            association=parsed.association, active=True)
            mentor.areas = [MentorArea(technical_area=a) for a in parsed.areas]
            self.session.add(mentor)
            self.session.flush()
        elif mentor.kind != parsed.kind.value:
            note = f"the mentor profile stays {mentor.kind.replace('_', ' ')}, as stored"
        if parsed.place is not None:
            self._assign(mentor, parsed)
        return note

    def _assign(self, mentor: Mentor, parsed: MentorRow) -> None:
        assert parsed.start is not None
        proposal = AssignmentProposal(mentor.id, parsed.start, parsed.org_unit_id,
                                      parsed.chw_group_id, parsed.assignment_area, parsed.end)
        try:
            assign_mentor(self.session, proposal, parsed.override_reason)
        except RuleRefused as refused:
            raise Refusal([(self.fields_for.get(v.code, "override_reason" if v.overridable
                                                else None),
                            v.message + (" To assign anyway, write the reason in 'Override "
                                         "reason'." if v.overridable else ""))
                           for v in refused.violations]) from None

    def update(self, existing: Mentor | MentorAssignment, parsed: MentorRow) -> bool:
        if isinstance(existing, Mentor):
            return self._update_profile(existing, parsed)
        changed = self._update_profile(existing.mentor, parsed)
        if parsed.end is not None and parsed.end != existing.end_date:
            end_assignment(self.session, existing.id, parsed.end)
            changed = True
        area = blank_keeps(parsed.assignment_area, existing.technical_area)
        reason = blank_keeps(parsed.override_reason, existing.override_reason)
        if (area, reason) != (existing.technical_area, existing.override_reason):
            existing.technical_area, existing.override_reason = area, reason
            changed = True
        self.session.flush()
        return changed

    def _update_profile(self, mentor: Mentor, parsed: MentorRow) -> bool:
        changed = False
        if (mentor.kind, mentor.association) != (parsed.kind.value, parsed.association):
            mentor.kind, mentor.association = parsed.kind.value, parsed.association
            changed = True
        stored = {a.technical_area for a in mentor.areas}
        if parsed.areas and set(parsed.areas) != stored:
            mentor.areas = [a for a in mentor.areas if a.technical_area in parsed.areas]
            mentor.areas += [MentorArea(technical_area=a) for a in parsed.areas
                             if a not in stored]
            changed = True
        self.session.flush()
        return changed


# --- mentee enrolments ----------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentRow:
    person_id: int
    person: str
    facility_id: int
    area: str
    enrolled_on: dt.date
    competencies: tuple[str, ...]
    status: EnrolmentStatus | None
    end_date: dt.date | None


class EnrolmentRows(Handler):
    _forms: set[str] | None = None

    def parse(self, row: RowReader) -> EnrolmentRow | None:
        person = _person_id(self, row)
        facility = _facility(self, row, "facility", required=True)
        area = row.read("technical_area", values.choice, vocabulary.TECHNICAL_AREA,
                        "technical area", required=True)
        enrolled_on = row.read("enrolled_on", values.date, required=True)
        competencies = self._competencies(row)
        status = row.read("status", values.choice, vocabulary.ENROLMENT_STATUS, "status")
        end = row.read("end_date", values.date)
        if enrolled_on and enrolled_on > self.today:
            row.fail("enrolled_on", f"The date {enrolled_on:%d %b %Y} is in the future.")
        if enrolled_on and end and end < enrolled_on:
            row.fail("end_date", f"The end date {end:%d %b %Y} is before the enrolment.")
        if not row.ok or person is None or facility is None:
            return None
        return EnrolmentRow(person[0], person[1], facility, area, enrolled_on,
                            tuple(competencies), EnrolmentStatus(status) if status else None,
                            end)

    def _competencies(self, row: RowReader) -> list[str]:
        text = row.read("competencies", values.text, "checklist codes")
        if text is None:
            return []
        if self._forms is None:
            self._forms = stored_form_codes(self.session)
        codes = []
        for part in text.replace(",", ";").replace("/", ";").split(";"):
            code = part.strip().upper()
            if code and code not in self._forms:
                row.fail("competencies", f"There is no checklist with code {part.strip()}.")
            elif code and code not in codes:
                codes.append(code)
        return codes

    def key(self, parsed: EnrolmentRow) -> Hashable:
        return (parsed.person_id, parsed.facility_id, parsed.area, parsed.enrolled_on)

    def describe(self, parsed: EnrolmentRow) -> str:
        return f"{parsed.person}, {parsed.area} from {parsed.enrolled_on:%Y-%m-%d}"

    def find(self, parsed: EnrolmentRow) -> MenteeEnrolment | None:
        return self.session.scalar(select(MenteeEnrolment).where(
            MenteeEnrolment.person_id == parsed.person_id,
            MenteeEnrolment.org_unit_id == parsed.facility_id,
            MenteeEnrolment.technical_area == parsed.area,
            MenteeEnrolment.enrolled_on == parsed.enrolled_on))

    def add(self, parsed: EnrolmentRow) -> str:
        status = parsed.status or EnrolmentStatus.ACTIVE
        if status is EnrolmentStatus.ACTIVE:
            other = self.session.scalar(select(MenteeEnrolment.enrolled_on).where(
                MenteeEnrolment.person_id == parsed.person_id,
                MenteeEnrolment.org_unit_id == parsed.facility_id,
                MenteeEnrolment.technical_area == parsed.area,
                MenteeEnrolment.status == EnrolmentStatus.ACTIVE.value))
            if other is not None:
                raise refuse("enrolled_on", f"{parsed.person} is already enrolled in "
                             f"{parsed.area} there since {other:%d %b %Y}; end that enrolment "
                             "or use its date.")
        enrolment = MenteeEnrolment(
            person_id=parsed.person_id, org_unit_id=parsed.facility_id,
            technical_area=parsed.area, enrolled_on=parsed.enrolled_on, status=status.value,
            end_date=parsed.end_date)
        enrolment.competencies = [PlannedCompetency(form_code=c) for c in parsed.competencies]
        self.session.add(enrolment)
        self.session.flush()
        return ""

    def update(self, existing: MenteeEnrolment, parsed: EnrolmentRow) -> bool:
        status = parsed.status.value if parsed.status else existing.status
        end = blank_keeps(parsed.end_date, existing.end_date)
        planned = {c.form_code for c in existing.competencies}
        missing = [c for c in parsed.competencies if c not in planned]
        if (status, end) == (existing.status, existing.end_date) and not missing:
            return False
        existing.status, existing.end_date = status, end
        existing.competencies += [PlannedCompetency(form_code=c) for c in missing]
        self.session.flush()
        return True
