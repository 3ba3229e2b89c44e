"""The month's visit plan, proposed from active assignments by the cascade's rhythm.

Rhythm (domain brief, "The cascade"):
- a hospital's joint team visits 3 consecutive working days every month;
- a district-based mentor visits each of their health centers 2 consecutive working days a month;
- each CHW group is visited once a quarter (planned in the quarter's first month);
- each hospital has a joint supervision visit once a quarter (planned in its second month).
No mentor is planned in two places on one day (visits already in the calendar count), nor on a
weekend or an office holiday. What cannot be placed is reported as a conflict, not dropped.

Each visit is placed as near as it can be to a preferred day: the day of the month of the same
visit last time (within the last quarter), so facilities keep their rhythm; else a mentor's
visits are spread over the month rather than packed into its first days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..data.enums import MentorKind, OrgLevel, VisitKind, VisitStatus
from ..data.models import (
    ChwGroup,
    Holiday,
    Mentor,
    MentorAssignment,
    OrgUnit,
    Visit,
    VisitMentor,
)
from .calendar import consecutive_working_days, month_days

DAYS_BY_KIND = {VisitKind.JOINT_HOSPITAL: 3, VisitKind.HEALTH_CENTER: 2,
                VisitKind.COMMUNITY: 1, VisitKind.JOINT_SUPERVISION: 1,
                VisitKind.HEALTH_POST: 1, VisitKind.BASELINE: 1}
QUARTER_FIRST_MONTHS = (1, 4, 7, 10)
LOOK_BACK_DAYS = 100  # a quarter: CHW groups and supervision come back once a quarter


@dataclass(frozen=True)
class ProposedVisit:
    org_unit_id: int
    facility_name: str
    kind: VisitKind
    days: tuple[dt.date, ...]
    mentor_ids: tuple[int, ...]
    chw_group_id: int | None = None


@dataclass(frozen=True)
class Conflict:
    facility_name: str
    kind: VisitKind
    reason: str


@dataclass
class PlanProposal:
    year: int
    month: int
    visits: list[ProposedVisit] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    already_planned: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Need:
    org_unit_id: int
    facility_name: str
    kind: VisitKind
    mentor_ids: tuple[int, ...]
    chw_group_id: int | None = None


def holidays_between(session: Session, start: dt.date, end: dt.date) -> set[dt.date]:
    return set(session.scalars(select(Holiday.day).where(Holiday.day.between(start, end))))


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _active(first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    return and_(MentorAssignment.start_date <= last,
                or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= first),
                Mentor.active.is_(True))


def _needs(session: Session, year: int, month: int) -> list[_Need]:
    first, last = _month_bounds(year, month)
    teams: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for unit_id, name, level, kind, mentor_id in session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.level, Mentor.kind, Mentor.id)
        .join(MentorAssignment, MentorAssignment.org_unit_id == OrgUnit.id)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .where(_active(first, last), OrgUnit.active.is_(True))
        .order_by(OrgUnit.name, Mentor.id)
    ):
        if kind == MentorKind.ASSOCIATION.value and level == OrgLevel.HOSPITAL.value:
            teams[(unit_id, name, VisitKind.JOINT_HOSPITAL.value)].append(mentor_id)
        elif kind == MentorKind.DISTRICT.value:
            teams[(unit_id, name, VisitKind.HEALTH_CENTER.value)].append(mentor_id)
    needs = [_Need(unit_id, name, VisitKind(kind), tuple(mentors))
             for (unit_id, name, kind), mentors in teams.items()]
    if month in QUARTER_FIRST_MONTHS:
        needs += _community_needs(session, first, last)
    if month - 1 in QUARTER_FIRST_MONTHS:
        needs += [_Need(unit_id, name, VisitKind.JOINT_SUPERVISION, ())
                  for unit_id, name in session.execute(
                      select(OrgUnit.id, OrgUnit.name).where(
                          OrgUnit.level == OrgLevel.HOSPITAL.value, OrgUnit.active.is_(True))
                      .order_by(OrgUnit.name))]
    return needs


def _community_needs(session: Session, first: dt.date, last: dt.date) -> list[_Need]:
    return [
        _Need(center_id, f"{center_name}: {group_name}", VisitKind.COMMUNITY, (mentor_id,),
              group_id)
        for group_id, group_name, center_id, center_name, mentor_id in session.execute(
            select(ChwGroup.id, ChwGroup.name, OrgUnit.id, OrgUnit.name, Mentor.id)
            .join(OrgUnit, OrgUnit.id == ChwGroup.health_center_id)
            .join(MentorAssignment, MentorAssignment.chw_group_id == ChwGroup.id)
            .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
            .where(_active(first, last), ChwGroup.active.is_(True))
            .order_by(OrgUnit.name, ChwGroup.name))
    ]


def _existing(session: Session, first: dt.date, last: dt.date
              ) -> tuple[set[tuple[int, str, int | None]], dict[int, set[dt.date]]]:
    """Visits already in the month, and the days each mentor is already busy."""
    planned: set[tuple[int, str, int | None]] = set()
    busy: dict[int, set[dt.date]] = defaultdict(set)
    rows = session.execute(
        select(Visit.org_unit_id, Visit.kind, Visit.chw_group_id, Visit.planned_start,
               Visit.planned_end, VisitMentor.mentor_id)
        .outerjoin(VisitMentor, VisitMentor.visit_id == Visit.id)
        .where(Visit.planned_start <= last, Visit.planned_end >= first,
               Visit.status != VisitStatus.CANCELLED.value))
    for unit_id, kind, group_id, start, end, mentor_id in rows:
        if start >= first:
            planned.add((unit_id, kind, group_id))
        if mentor_id is not None:
            day = start
            while day <= end:
                busy[mentor_id].add(day)
                day += dt.timedelta(days=1)
    return planned, busy


def _last_visit_days(session: Session, first: dt.date) -> dict[tuple[int, str, int | None], int]:
    """The day of the month of each facility's (and CHW group's) latest visit of each kind in
    the three months before `first`."""
    since = first - dt.timedelta(days=LOOK_BACK_DAYS)
    days: dict[tuple[int, str, int | None], int] = {}
    for unit_id, kind, group_id, start in session.execute(
            select(Visit.org_unit_id, Visit.kind, Visit.chw_group_id, Visit.planned_start)
            .where(Visit.planned_start >= since, Visit.planned_start < first,
                   Visit.status != VisitStatus.CANCELLED.value)
            .order_by(Visit.planned_start)):
        days[(unit_id, kind, group_id)] = start.day
    return days


def _preferred_days(needs: list[_Need], first: dt.date, last: dt.date,
                    last_days: dict[tuple[int, str, int | None], int]) -> dict[_Need, dt.date]:
    """Last time's day of the month; else the mentor's visits spread evenly over the month."""
    load: dict[tuple[int, ...], int] = defaultdict(int)
    for need in needs:
        load[need.mentor_ids] += 1
    placed: dict[tuple[int, ...], int] = defaultdict(int)
    preferred = {}
    for need in needs:
        day = last_days.get((need.org_unit_id, need.kind.value, need.chw_group_id))
        if day is None:
            share = (placed[need.mentor_ids] + 0.5) / load[need.mentor_ids]
            day = 1 + int(share * last.day)
        placed[need.mentor_ids] += 1
        preferred[need] = first.replace(day=min(day, last.day))
    return preferred


def propose_month_plan(session: Session, year: int, month: int) -> PlanProposal:
    first, last = _month_bounds(year, month)
    holidays = holidays_between(session, first, last + dt.timedelta(days=3))
    planned, busy = _existing(session, first, last)
    proposal = PlanProposal(year, month)
    needs = _needs(session, year, month)
    preferred = _preferred_days(needs, first, last, _last_visit_days(session, first))
    for need in needs:
        if (need.org_unit_id, need.kind.value, need.chw_group_id) in planned:
            proposal.already_planned.append(need.facility_name)
            continue
        days = _free_days_nearest(need, preferred[need], last, holidays, busy)
        if days is None:
            proposal.conflicts.append(Conflict(
                need.facility_name, need.kind,
                f"No {DAYS_BY_KIND[need.kind]} consecutive working days left in "
                f"{first:%B %Y} when all its mentors are free."))
            continue
        for mentor_id in need.mentor_ids:
            busy[mentor_id].update(days)
        proposal.visits.append(ProposedVisit(need.org_unit_id, need.facility_name, need.kind,
                                             tuple(days), need.mentor_ids, need.chw_group_id))
    return proposal


def _free_days_nearest(need: _Need, preferred: dt.date, last: dt.date, holidays: set[dt.date],
                       busy: dict[int, set[dt.date]]) -> list[dt.date] | None:
    """The visit's days starting as near `preferred` as its mentors' calendars allow."""
    length = DAYS_BY_KIND[need.kind]
    starts = sorted(month_days(preferred.year, preferred.month),
                    key=lambda day: (abs((day - preferred).days), day))
    for start in starts:
        days = consecutive_working_days(start, length, holidays)
        if days is None or days[-1] > last:
            continue
        if all(not busy[m].intersection(days) for m in need.mentor_ids):
            return days
    return None


def save_plan(session: Session, proposal: PlanProposal) -> list[int]:
    """Store the proposed visits as planned; returns their ids."""
    ids = []
    for proposed in proposal.visits:
        visit = Visit(org_unit_id=proposed.org_unit_id, chw_group_id=proposed.chw_group_id,
                      kind=proposed.kind.value, status=VisitStatus.PLANNED.value,
                      planned_start=proposed.days[0], planned_end=proposed.days[-1])
        visit.mentors = [VisitMentor(mentor_id=m) for m in proposed.mentor_ids]
        session.add(visit)
        session.flush()
        ids.append(visit.id)
    return ids
