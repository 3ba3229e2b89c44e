"""Who may score whom: the assessor is a mentor of the checklist's technical area, and the
mentee is posted at the facility on the day. Either may be broken with a written reason,
stored with the assessment, as the cascade's assignments do (`cascade.assignments`).

Facility tools (baseline, supervision) are scored by supervisors as well: not checked.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..core.refusals import RuleRefused, Violation, rule
from ..data.enums import FormKind
from ..data.models import FormDefinition, Mentor, MentorArea, OrgUnit, Person, Posting
from ..text import QT_TRANSLATE_NOOP, Day
from .assessments import AssessmentInput, stored_form

NOT_A_MENTOR = QT_TRANSLATE_NOOP(
    "Rules", "{assessor} is not an active mentor: a mentor of {area} scores this checklist.")
WRONG_AREA = QT_TRANSLATE_NOOP("Rules", "{assessor} mentors in {areas}, not in {area}.")
NOT_POSTED = QT_TRANSLATE_NOOP("Rules", "{mentee} was not posted at {facility} on {day}.")


def assessment_breaches(session: Session, data: AssessmentInput) -> list[Violation]:
    """The overridable rules the assessment breaks (none for a facility tool)."""
    form = stored_form(session, data.form_code, data.form_version)
    if form is None or form.kind != FormKind.MENTEE.value:
        return []
    breaches = []
    if data.assessor_id is not None:
        breaches += _assessor_breaches(session, data.assessor_id, form)
    if data.mentee_id is not None:
        breaches += _mentee_breaches(session, data.mentee_id, data.org_unit_id, data.assessed_on)
    return breaches


def _assessor_breaches(session: Session, assessor_id: int,
                       form: FormDefinition) -> list[Violation]:
    assessor = session.get(Person, assessor_id)
    if assessor is None:
        return []
    mentor = session.scalar(select(Mentor).where(Mentor.person_id == assessor_id))
    if mentor is None or not mentor.active:
        return [rule("assessor_not_mentor", NOT_A_MENTOR, overridable=True, field="assessor",
                     assessor=assessor.full_name, area=form.technical_area)]
    areas = sorted(session.scalars(select(MentorArea.technical_area)
                                   .where(MentorArea.mentor_id == mentor.id)))
    if areas and form.technical_area not in areas:
        return [rule("assessor_area", WRONG_AREA, overridable=True, field="assessor",
                     assessor=assessor.full_name, areas=", ".join(areas),
                     area=form.technical_area)]
    return []


def _mentee_breaches(session: Session, mentee_id: int, org_unit_id: int,
                     on: dt.date) -> list[Violation]:
    mentee, facility = session.get(Person, mentee_id), session.get(OrgUnit, org_unit_id)
    if mentee is None or facility is None:
        return []
    posted = session.scalar(select(Posting.id).where(
        Posting.person_id == mentee_id, Posting.org_unit_id == org_unit_id,
        Posting.start_date <= on, or_(Posting.end_date.is_(None), Posting.end_date >= on)))
    if posted is not None:
        return []
    return [rule("mentee_not_posted", NOT_POSTED, overridable=True, field="mentee",
                 mentee=mentee.full_name, facility=facility.name, day=Day(on))]


def checked_override(session: Session, data: AssessmentInput,
                     override_reason: str | None) -> str | None:
    """The reason to store with the assessment (None when it breaks nothing); refuses it when
    it breaks a rule and no reason is given."""
    breaches = assessment_breaches(session, data)
    reason = (override_reason or "").strip() or None
    if breaches and reason is None:
        raise RuleRefused(breaches)
    return reason if breaches else None
