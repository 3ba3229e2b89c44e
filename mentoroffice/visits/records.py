"""Moving a planned visit, recording what happened, activities (with the consent rule)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, rule
from ..data.enums import ActivityKind, VisitStatus
from ..data.models import OrgUnit, Visit, VisitActivity, VisitMentor
from ..text import QT_TRANSLATE_NOOP, Day
from .calendar import consecutive_working_days
from .planning import holidays_between


def get_visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"There is no visit with id {visit_id}.")
    return visit


def _mentor_clashes(session: Session, visit: Visit, start: dt.date, end: dt.date) -> list[str]:
    mentor_ids = [m.mentor_id for m in visit.mentors]
    if not mentor_ids:
        return []
    rows = session.execute(
        select(OrgUnit.name, Visit.planned_start)
        .join(VisitMentor, VisitMentor.visit_id == Visit.id)
        .join(OrgUnit, OrgUnit.id == Visit.org_unit_id)
        .where(VisitMentor.mentor_id.in_(mentor_ids), Visit.id != visit.id,
               Visit.status != VisitStatus.CANCELLED.value,
               Visit.planned_start <= end, Visit.planned_end >= start)).all()
    return [f"{name} ({day:%d %b})" for name, day in rows]


def move_visit(session: Session, visit_id: int, new_start: dt.date) -> Visit:
    """Move a planned visit, keeping its length, onto working days its mentors have free."""
    visit = get_visit(session, visit_id)
    if visit.status != VisitStatus.PLANNED.value:
        raise RuleRefused([rule("status", QT_TRANSLATE_NOOP(
            "Rules", "Only a planned visit can be moved."))])
    length = (visit.planned_end - visit.planned_start).days + 1
    end = new_start + dt.timedelta(days=length - 1)
    days = consecutive_working_days(new_start, length,
                                    holidays_between(session, new_start, end))
    if days is None:
        raise RuleRefused([rule("date", QT_TRANSLATE_NOOP(
            "Rules", "{days} days from {start} include a weekend or a holiday."), field="date",
            days=length, start=Day(new_start, "%a %d %b %Y"))])
    clashes = _mentor_clashes(session, visit, new_start, end)
    if clashes:
        raise RuleRefused([rule("mentor_busy", QT_TRANSLATE_NOOP(
            "Rules", "A mentor of this visit is planned elsewhere then: {clashes}."),
            field="date", clashes=", ".join(clashes))])
    visit.planned_start, visit.planned_end = new_start, end
    session.flush()
    return visit


def record_visit(session: Session, visit_id: int, start: dt.date, end: dt.date,
                 present_mentor_ids: set[int], today: dt.date) -> Visit:
    """The visit took place: actual dates and which planned mentors came."""
    visit = get_visit(session, visit_id)
    problems = []
    if end < start:
        problems.append(rule("dates", QT_TRANSLATE_NOOP(
            "Rules", "The visit cannot end before it starts."), field="end"))
    if start > today:
        problems.append(rule("dates", QT_TRANSLATE_NOOP(
            "Rules", "{day} is in the future: record a visit once it has happened."),
            field="start", day=Day(start)))
    if problems:
        raise RuleRefused(problems)
    visit.actual_start, visit.actual_end = start, end
    visit.status = VisitStatus.DONE.value
    for link in visit.mentors:
        link.present = link.mentor_id in present_mentor_ids
    session.flush()
    return visit


def mark_missed(session: Session, visit_id: int, reason: str) -> Visit:
    visit = get_visit(session, visit_id)
    if not reason.strip():
        raise RuleRefused([rule("reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the visit did not happen."), field="reason")])
    visit.status = VisitStatus.MISSED.value
    visit.notes = reason.strip()
    session.flush()
    return visit


@dataclass(frozen=True)
class ActivityInput:
    kind: ActivityKind
    held_on: dt.date | None = None
    topic: str | None = None
    indicators_reviewed: str | None = None
    attendee_count: int | None = None
    patient_consent: bool | None = None
    notes: str | None = None


def add_activity(session: Session, visit_id: int, data: ActivityInput) -> VisitActivity:
    """Add an activity; a case observation is saved only with the patient's explicit consent."""
    get_visit(session, visit_id)
    if data.kind is ActivityKind.CASE_OBSERVATION and data.patient_consent is not True:
        raise RuleRefused([rule(
            "consent", QT_TRANSLATE_NOOP(
                "Rules", "A case observation is recorded only when the patient gave explicit "
                "consent. Tick 'Patient consented' or do not record the observation."),
            field="patient_consent")])
    if data.kind is ActivityKind.LDHF_SESSION and not (data.topic or "").strip():
        raise RuleRefused([rule("topic", QT_TRANSLATE_NOOP(
            "Rules", "Give the LDHF session's topic."), field="topic")])
    if data.attendee_count is not None and data.attendee_count < 0:
        raise RuleRefused([rule("attendees", QT_TRANSLATE_NOOP(
            "Rules", "Attendees cannot be negative."), field="attendee_count")])
    activity = VisitActivity(visit_id=visit_id, kind=data.kind.value, held_on=data.held_on,
                             topic=data.topic, indicators_reviewed=data.indicators_reviewed,
                             attendee_count=data.attendee_count,
                             patient_consent=data.patient_consent, notes=data.notes)
    session.add(activity)
    session.flush()
    return activity


@dataclass(frozen=True)
class LateVisit:
    visit_id: int
    facility_name: str
    kind: str
    planned_start: dt.date
    status: str
    days_late: int
    version: int  # the visit's version when read: marking it missed sends it back


def late_visits(session: Session, today: dt.date) -> list[LateVisit]:
    """Planned visits whose days have passed unrecorded (overdue), and missed ones."""
    rows = session.execute(
        select(Visit.id, OrgUnit.name, Visit.kind, Visit.planned_start, Visit.planned_end,
               Visit.status, Visit.version_id)
        .join(OrgUnit, OrgUnit.id == Visit.org_unit_id)
        .where(((Visit.status == VisitStatus.PLANNED.value) & (Visit.planned_end < today))
               | (Visit.status == VisitStatus.MISSED.value))
        .order_by(Visit.planned_start))
    return [LateVisit(vid, name, kind, start, "overdue" if status == "planned" else status,
                      (today - end).days, version)
            for vid, name, kind, start, end, status, version in rows]
