"""What the visit screens show: the month's visits, one visit in full, the people to pick from.

Plain frozen rows, read in one session; nothing here changes the database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ..core.choices import PlaceChoice
from ..data.enums import AttendeeRole, EnrolmentStatus, PostingRole
from ..data.models import (
    ActivityAttendee,
    ChwGroup,
    Debriefing,
    FollowUpContact,
    Holiday,
    MenteeEnrolment,
    Mentor,
    OrgUnit,
    Person,
    Posting,
    Visit,
    VisitActivity,
    VisitMentor,
)
from .records import get_visit


@dataclass(frozen=True)
class VisitRow:
    id: int
    facility_id: int
    facility: str
    kind: str
    status: str
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    mentors: tuple[str, ...]
    chw_group: str | None
    has_debriefing: bool
    version: int  # the visit's version when read: a move or a record sends it back

    def days(self) -> list[dt.date]:
        """The days the visit occupies in the calendar: actual days once done, else planned."""
        start = self.actual_start or self.planned_start
        end = self.actual_end or (self.planned_end if self.actual_start is None else start)
        return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


@dataclass(frozen=True)
class VisitMentorRow:
    mentor_id: int
    name: str
    present: bool | None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: str
    held_on: dt.date | None
    topic: str | None
    indicators_reviewed: str | None
    attendee_count: int | None
    patient_consent: bool | None
    notes: str | None
    attendees: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    contacted_on: dt.date
    channel: str
    mentor: str
    mentee: str | None
    topic: str
    notes: str | None


@dataclass(frozen=True)
class VisitDetail:
    visit: VisitRow
    mentors: tuple[VisitMentorRow, ...]
    activities: tuple[ActivityRow, ...]
    notes: str | None
    follow_ups: tuple[FollowUpRow, ...]


@dataclass(frozen=True)
class PersonOption:
    """Someone who could attend a debriefing or an LDHF session at a facility."""

    id: int
    name: str
    role: str  # the attendee role suggested by their posting or enrolment


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _mentor_names(session: Session, visit_ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    if not visit_ids:
        return names
    for visit_id, first, last in session.execute(
        select(VisitMentor.visit_id, Person.first_name, Person.last_name)
        .join(Mentor, Mentor.id == VisitMentor.mentor_id)
        .join(Person, Person.id == Mentor.person_id)
        .where(VisitMentor.visit_id.in_(visit_ids))
        .order_by(Person.last_name, Person.first_name)
    ):
        names[visit_id].append(f"{first} {last}")
    return names


def _visit_rows(session: Session, *where: ColumnElement[bool]) -> list[VisitRow]:
    rows = session.execute(
        select(Visit, OrgUnit.name, ChwGroup.name, Debriefing.id)
        .join(OrgUnit, OrgUnit.id == Visit.org_unit_id)
        .outerjoin(ChwGroup, ChwGroup.id == Visit.chw_group_id)
        .outerjoin(Debriefing, Debriefing.visit_id == Visit.id)
        .where(*where)
        .order_by(Visit.planned_start, OrgUnit.name, Visit.id)
    ).all()
    names = _mentor_names(session, [visit.id for visit, *_ in rows])
    return [
        VisitRow(visit.id, visit.org_unit_id, facility, visit.kind, visit.status,
                 visit.planned_start, visit.planned_end, visit.actual_start, visit.actual_end,
                 tuple(names[visit.id]), group, debriefing_id is not None, visit.version_id)
        for visit, facility, group, debriefing_id in rows
    ]


def month_visits(session: Session, year: int, month: int) -> list[VisitRow]:
    """Visits planned or held on any day of the month, by first day then facility."""
    first, last = _month_bounds(year, month)
    return _visit_rows(session, Visit.planned_start <= last, Visit.planned_end >= first)


def visit_row(session: Session, visit_id: int) -> VisitRow:
    get_visit(session, visit_id)
    [row] = _visit_rows(session, Visit.id == visit_id)
    return row


def _activities(session: Session, visit_id: int) -> tuple[ActivityRow, ...]:
    attendees: dict[int, list[str]] = defaultdict(list)
    for activity_id, first, last in session.execute(
        select(ActivityAttendee.activity_id, Person.first_name, Person.last_name)
        .join(Person, Person.id == ActivityAttendee.person_id)
        .join(VisitActivity, VisitActivity.id == ActivityAttendee.activity_id)
        .where(VisitActivity.visit_id == visit_id)
    ):
        attendees[activity_id].append(f"{first} {last}")
    return tuple(
        ActivityRow(a.id, a.kind, a.held_on, a.topic, a.indicators_reviewed, a.attendee_count,
                    a.patient_consent, a.notes, tuple(attendees[a.id]))
        for a in session.scalars(select(VisitActivity).where(VisitActivity.visit_id == visit_id)
                                 .order_by(VisitActivity.held_on, VisitActivity.id))
    )


def follow_ups_at(session: Session, org_unit_id: int, limit: int = 50) -> tuple[FollowUpRow, ...]:
    """The latest follow-up contacts with a facility's mentees, newest first."""
    mentee = Person.__table__.alias("mentee")
    rows = session.execute(
        select(FollowUpContact, Person.first_name, Person.last_name, mentee.c.first_name,
               mentee.c.last_name)
        .join(Mentor, Mentor.id == FollowUpContact.mentor_id)
        .join(Person, Person.id == Mentor.person_id)
        .outerjoin(mentee, mentee.c.id == FollowUpContact.mentee_id)
        .where(FollowUpContact.org_unit_id == org_unit_id)
        .order_by(FollowUpContact.contacted_on.desc(), FollowUpContact.id.desc())
        .limit(limit))
    return tuple(
        FollowUpRow(c.id, c.contacted_on, c.channel, f"{mf} {ml}",
                    f"{ef} {el}" if ef else None, c.topic, c.notes)
        for c, mf, ml, ef, el in rows
    )


def visit_detail(session: Session, visit_id: int) -> VisitDetail:
    visit = get_visit(session, visit_id)
    mentors = tuple(
        VisitMentorRow(mentor_id, f"{first} {last}", present)
        for mentor_id, first, last, present in session.execute(
            select(VisitMentor.mentor_id, Person.first_name, Person.last_name, VisitMentor.present)
            .join(Mentor, Mentor.id == VisitMentor.mentor_id)
            .join(Person, Person.id == Mentor.person_id)
            .where(VisitMentor.visit_id == visit_id)
            .order_by(Person.last_name, Person.first_name))
    )
    return VisitDetail(visit_row(session, visit_id), mentors, _activities(session, visit_id),
                       visit.notes, follow_ups_at(session, visit.org_unit_id))


_ROLE_BY_POSTING = {PostingRole.FACILITY_LEADER.value: AttendeeRole.LEADERSHIP.value,
                    PostingRole.QI_TEAM.value: AttendeeRole.QI_TEAM.value,
                    PostingRole.DATA_MANAGER.value: AttendeeRole.QI_TEAM.value}


def facility_people(session: Session, org_unit_id: int, on: dt.date) -> list[PersonOption]:
    """People at a facility on a day: enrolled mentees, leadership, QI team, other staff."""
    roles: dict[int, str] = {}
    names: dict[int, str] = {}
    for person_id, first, last in session.execute(
        select(Person.id, Person.first_name, Person.last_name)
        .join(MenteeEnrolment, MenteeEnrolment.person_id == Person.id)
        .where(MenteeEnrolment.org_unit_id == org_unit_id,
               MenteeEnrolment.status == EnrolmentStatus.ACTIVE.value)
    ):
        roles[person_id], names[person_id] = AttendeeRole.MENTEE.value, f"{first} {last}"
    for person_id, first, last, role in session.execute(
        select(Person.id, Person.first_name, Person.last_name, Posting.role)
        .join(Posting, Posting.person_id == Person.id)
        .where(Posting.org_unit_id == org_unit_id, Posting.start_date <= on,
               (Posting.end_date.is_(None)) | (Posting.end_date >= on),
               Posting.role != PostingRole.CHW.value)
    ):
        names[person_id] = f"{first} {last}"
        if role in _ROLE_BY_POSTING:
            roles[person_id] = _ROLE_BY_POSTING[role]
        else:
            roles.setdefault(person_id, AttendeeRole.OTHER.value)
    order = {AttendeeRole.LEADERSHIP.value: 0, AttendeeRole.QI_TEAM.value: 1,
             AttendeeRole.MENTEE.value: 2}
    return sorted((PersonOption(pid, names[pid], roles[pid]) for pid in names),
                  key=lambda p: (order.get(p.role, 3), p.name))


def holidays_named(session: Session, first: dt.date, last: dt.date) -> dict[dt.date, str]:
    return {day: name for day, name in session.execute(
        select(Holiday.day, Holiday.name).where(Holiday.day.between(first, last)))}


def mentoring_facilities(session: Session) -> list[PlaceChoice]:
    """Active hospitals, health centers and health posts, by name."""
    return [PlaceChoice(i, n, lv) for i, n, lv in session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.level)
        .where(OrgUnit.active.is_(True),
               OrgUnit.level.in_(("hospital", "health_center", "health_post")))
        .order_by(OrgUnit.name))]
