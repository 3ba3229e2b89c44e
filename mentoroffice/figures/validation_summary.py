"""Validated mentees by professional association and by technical area (Ingobyi Tables 1 and 2).

The definitions, used by every report and export, are written once, in DEFINITIONS below:
printed reports take their footnotes from it, and this docstring lists it (see the end).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, and_, distinct, func, or_, select, true
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import SQLCoreOperations

from ..data.enums import FACILITY_ASSESSMENT_KINDS, MentorKind, OrgLevel
from ..data.models import (
    Assessment,
    FormDefinition,
    Mentor,
    MentorArea,
    MentorAssignment,
    OrgUnit,
    Validation,
)
from ..periods import Period

FACILITY_KINDS = tuple(k.value for k in FACILITY_ASSESSMENT_KINDS)

# Who counts, and when: the single source of the reports' footnotes.
DEFINITIONS: dict[str, str] = {
    "reached": "A mentee reached in a period is a person assessed on a mentee checklist "
               "(pre-test, coaching or post-mentorship) at least once in the period.",
    "validated": "A mentee validated in the period holds at least one validation dated within "
                 "the period (post-mentorship score of at least the form's threshold, 85%, "
                 "with every critical step done).",
    "association": "Table 1 (hospitals): a mentee belongs to a professional association's row "
                   "when a mentor of that association assessed them in the period; their "
                   "validations count for that association when the validating assessment was "
                   "made by a mentor of that association. A mentee assessed by mentors of two "
                   "associations counts in both rows.",
    "technical_area": "Table 2 (health centers): a mentee belongs to a technical area's row "
                      "when assessed in the period, at a health center, on a checklist of that "
                      "area; validated when a validation in that area is dated within the "
                      "period. Mentors: district-based mentors of that area assigned to a "
                      "health center at some time in the period.",
    "rounding": "Percentages are rounded half up to whole numbers (84.5% prints as 85%).",
}
TABLE_1_NOTES = ("association", "reached", "validated", "rounding")  # in reading order
TABLE_2_NOTES = ("technical_area", "reached", "validated", "rounding")

if __doc__:  # None under python -OO (frozen builds may strip docstrings)
    __doc__ += "\nDefinitions:\n" + "\n".join(f"- {text}" for text in DEFINITIONS.values())


def percent(part: int, whole: int) -> int | None:
    if whole == 0:
        return None
    return int((Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass(frozen=True)
class ValidationCell:
    mentees: int
    validated: int

    @property
    def percent(self) -> int | None:
        return percent(self.validated, self.mentees)


@dataclass(frozen=True)
class AreaRow:
    technical_area: str
    mentors: int
    mentees: int
    validated: int

    @property
    def percent(self) -> int | None:
        return percent(self.validated, self.mentees)


def _in_period(column: SQLCoreOperations[dt.date], period: Period) -> ColumnElement[bool]:
    return column.between(period.start, period.end)


def _within(column: SQLCoreOperations[int | None], unit_ids: list[int] | None
            ) -> ColumnElement[bool]:
    """In the units, or everywhere when there are none."""
    return column.in_(unit_ids) if unit_ids is not None else true()


def _under(unit_ids: list[int] | None) -> ColumnElement[bool]:
    return _within(Assessment.org_unit_id, unit_ids)


def by_association(session: Session, period: Period, unit_ids: list[int] | None = None
                   ) -> dict[str, ValidationCell]:
    """Table 1 for one fiscal year: association -> mentees reached, validated."""
    reached = dict(session.execute(
        select(Mentor.association, func.count(distinct(Assessment.mentee_id)))
        .join(Mentor, Mentor.person_id == Assessment.assessor_id)
        .where(Mentor.kind == MentorKind.ASSOCIATION.value,
               _in_period(Assessment.assessed_on, period),
               Assessment.kind.not_in(FACILITY_KINDS), _under(unit_ids))
        .group_by(Mentor.association)).tuples().all())
    validated = dict(session.execute(
        select(Mentor.association, func.count(distinct(Validation.mentee_id)))
        .join(Assessment, Assessment.id == Validation.assessment_id)
        .join(Mentor, Mentor.person_id == Assessment.assessor_id)
        .where(Mentor.kind == MentorKind.ASSOCIATION.value,
               _in_period(Validation.validated_on, period), _under(unit_ids))
        .group_by(Mentor.association)).tuples().all())
    return {association: ValidationCell(reached.get(association, 0),
                                        validated.get(association, 0))
            for association in ("RPA", "RAM", "RSOG")}


def by_technical_area(session: Session, period: Period, unit_ids: list[int] | None = None
                      ) -> list[AreaRow]:
    """Table 2 for one fiscal year: health-center mentorship by technical area."""
    at_health_center = and_(OrgUnit.id == Assessment.org_unit_id,
                            OrgUnit.level == OrgLevel.HEALTH_CENTER.value)
    reached = dict(session.execute(
        select(FormDefinition.technical_area, func.count(distinct(Assessment.mentee_id)))
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .join(OrgUnit, at_health_center)
        .where(_in_period(Assessment.assessed_on, period),
               Assessment.kind.not_in(FACILITY_KINDS), _under(unit_ids))
        .group_by(FormDefinition.technical_area)).tuples().all())
    validating = aliased(Assessment)
    validated = dict(session.execute(
        select(FormDefinition.technical_area, func.count(distinct(Validation.mentee_id)))
        .join(validating, validating.id == Validation.assessment_id)
        .join(FormDefinition, FormDefinition.id == validating.form_id)
        .join(OrgUnit, and_(OrgUnit.id == validating.org_unit_id,
                            OrgUnit.level == OrgLevel.HEALTH_CENTER.value))
        .where(_in_period(Validation.validated_on, period),
               _within(validating.org_unit_id, unit_ids))
        .group_by(FormDefinition.technical_area)).tuples().all())
    mentors = _area_mentors(session, period, unit_ids)
    areas = sorted(set(reached) | set(mentors))
    return [AreaRow(area, mentors.get(area, 0), reached.get(area, 0), validated.get(area, 0))
            for area in areas]


def _area_mentors(session: Session, period: Period, unit_ids: list[int] | None
                  ) -> dict[str, int]:
    return dict(session.execute(
        select(MentorArea.technical_area, func.count(distinct(Mentor.id)))
        .join(Mentor, Mentor.id == MentorArea.mentor_id)
        .join(MentorAssignment, MentorAssignment.mentor_id == Mentor.id)
        .join(OrgUnit, OrgUnit.id == MentorAssignment.org_unit_id)
        .where(Mentor.kind == MentorKind.DISTRICT.value,
               OrgUnit.level == OrgLevel.HEALTH_CENTER.value,
               MentorAssignment.start_date <= period.end,
               or_(MentorAssignment.end_date.is_(None),
                   MentorAssignment.end_date >= period.start),
               _within(MentorAssignment.org_unit_id, unit_ids))
        .group_by(MentorArea.technical_area)).tuples().all())
