"""The month's visit plan, proposed from active assignments by each programme's rhythm.

Each assignment serves a programme (`cascade.programmes`; none named: the default programme),
whose settings say, for each kind of visit, how often it comes back and how many days it lasts.
The default programme (Ingobyi, domain brief "The cascade") keeps the rhythm the office always
had: a hospital's joint team 3 consecutive working days every month; a district-based mentor
2 days a month at each health center; a health-center provider mentor 1 day a month at their
health post; each CHW group once a quarter (the quarter's first month); each hospital's joint
supervision once a quarter (its second month). MESH sets its health-center visits every 4-6
weeks, for 2-3 days.

- once a month / once a quarter: proposed in each such month;
- every N-M weeks: proposed when the next visit falls due in the month (N weeks after the last
  one, or at once when there was none), on the earliest day it may come;
- a visit is planned for the kind's shortest length (days_min).
No mentor is planned in two places on one day, no place gets two visits on one day (visits
already in the calendar count), nothing on a weekend or an office holiday. What cannot be
placed is reported as a conflict, not dropped; the clashes of the calendar with the proposal
(`clashes`) come with it.

Each visit is placed as near as it can be to a preferred day: for monthly and quarterly
rhythms the day of the month of the same visit last time (within the last quarter), so
facilities keep their rhythm; else a mentor's visits are spread over the month rather than
packed into its first days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..cascade.programmes import ProgrammeSettings, Rhythm, default_programme_id, programmes_by_id
from ..data.enums import MentorKind, OrgLevel, RhythmSchedule, VisitKind, VisitStatus
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
from .clashes import CalendarVisit, Clash, calendar_visits, find_clashes, mentor_names

DAYS_BY_KIND = {VisitKind.JOINT_HOSPITAL: 3, VisitKind.HEALTH_CENTER: 2,
                VisitKind.COMMUNITY: 1, VisitKind.JOINT_SUPERVISION: 1,
                VisitKind.HEALTH_POST: 1, VisitKind.BASELINE: 1}  # the default programme's
QUARTER_FIRST_MONTHS = (1, 4, 7, 10)
LOOK_BACK_DAYS = 100  # a quarter: CHW groups and supervision come back once a quarter
Place = tuple[int, int | None]  # a facility, or a CHW group at its health center


@dataclass(frozen=True)
class ProposedVisit:
    org_unit_id: int
    facility_name: str
    kind: VisitKind
    days: tuple[dt.date, ...]
    mentor_ids: tuple[int, ...]
    chw_group_id: int | None = None
    programme_id: int | None = None


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
    clashes: list[Clash] = field(default_factory=list)  # of the calendar with this proposal


@dataclass(frozen=True)
class _Need:
    org_unit_id: int
    facility_name: str
    kind: VisitKind
    mentor_ids: tuple[int, ...]
    rhythm: Rhythm
    chw_group_id: int | None = None
    programme_id: int | None = None

    @property
    def key(self) -> tuple[int, str, int | None, int | None]:
        return (self.org_unit_id, self.kind.value, self.chw_group_id, self.programme_id)

    @property
    def place(self) -> Place:
        return (self.org_unit_id, self.chw_group_id)


def holidays_between(session: Session, start: dt.date, end: dt.date) -> set[dt.date]:
    return set(session.scalars(select(Holiday.day).where(Holiday.day.between(start, end))))


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _active(first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    return and_(MentorAssignment.start_date <= last,
                or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= first),
                Mentor.active.is_(True))


def visit_kind_for(mentor_kind: str, level: str) -> VisitKind | None:
    """The visit a mentor of this kind makes to a place of this level (None: no visit)."""
    if mentor_kind == MentorKind.ASSOCIATION.value:
        return VisitKind.JOINT_HOSPITAL if level == OrgLevel.HOSPITAL.value else None
    if level == OrgLevel.HEALTH_POST.value and mentor_kind != MentorKind.COMMUNITY.value:
        return VisitKind.HEALTH_POST
    if mentor_kind == MentorKind.DISTRICT.value:
        return VisitKind.HEALTH_CENTER
    return None


def _rhythm(programmes: dict[int, ProgrammeSettings], programme_id: int | None,
            kind: VisitKind) -> Rhythm | None:
    programme = programmes.get(programme_id) if programme_id is not None else None
    if programme is None or not programme.active:
        return None
    return programme.rhythm(kind)


def _due_this_month(rhythm: Rhythm, month: int) -> bool:
    if rhythm.schedule is RhythmSchedule.QUARTERLY:
        return (month - 1) % 3 + 1 == rhythm.quarter_month
    return True  # monthly; every so many weeks: `_due_from` decides


def _needs(session: Session, year: int, month: int, programmes: dict[int, ProgrammeSettings],
           default_id: int | None) -> list[_Need]:
    first, last = _month_bounds(year, month)
    teams: dict[tuple[int, str, VisitKind, int | None], list[int]] = defaultdict(list)
    for unit_id, name, level, kind, mentor_id, programme_id in session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.level, Mentor.kind, Mentor.id,
               MentorAssignment.programme_id)
        .join(MentorAssignment, MentorAssignment.org_unit_id == OrgUnit.id)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .where(_active(first, last), OrgUnit.active.is_(True))
        .order_by(OrgUnit.name, Mentor.id)
    ):
        visit_kind = visit_kind_for(kind, level)
        if visit_kind is not None:
            pid = programme_id if programme_id is not None else default_id
            if mentor_id not in teams[(unit_id, name, visit_kind, pid)]:
                teams[(unit_id, name, visit_kind, pid)].append(mentor_id)
    needs = []
    for (unit_id, name, kind, pid), mentors in teams.items():
        rhythm = _rhythm(programmes, pid, kind)
        if rhythm is not None:
            needs.append(_Need(unit_id, name, kind, tuple(mentors), rhythm, None, pid))
    needs += _community_needs(session, first, last, programmes, default_id)
    needs += _supervision_needs(session, programmes)
    return [need for need in needs if _due_this_month(need.rhythm, month)]


def _community_needs(session: Session, first: dt.date, last: dt.date,
                     programmes: dict[int, ProgrammeSettings],
                     default_id: int | None) -> list[_Need]:
    needs = []
    for group_id, group_name, center_id, center_name, mentor_id, programme_id in session.execute(
            select(ChwGroup.id, ChwGroup.name, OrgUnit.id, OrgUnit.name, Mentor.id,
                   MentorAssignment.programme_id)
            .join(OrgUnit, OrgUnit.id == ChwGroup.health_center_id)
            .join(MentorAssignment, MentorAssignment.chw_group_id == ChwGroup.id)
            .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
            .where(_active(first, last), ChwGroup.active.is_(True))
            .order_by(OrgUnit.name, ChwGroup.name)):
        pid = programme_id if programme_id is not None else default_id
        rhythm = _rhythm(programmes, pid, VisitKind.COMMUNITY)
        if rhythm is not None:
            needs.append(_Need(center_id, f"{center_name}: {group_name}", VisitKind.COMMUNITY,
                               (mentor_id,), rhythm, group_id, pid))
    return needs


def _supervision_needs(session: Session, programmes: dict[int, ProgrammeSettings]
                       ) -> list[_Need]:
    """Each hospital's joint supervision, by the first running programme that sets one (the
    default programme first)."""
    running = sorted((p for p in programmes.values() if p.active),
                     key=lambda p: (not p.is_default, p.name))
    programme = next((p for p in running if p.rhythm(VisitKind.JOINT_SUPERVISION)), None)
    if programme is None:
        return []
    rhythm = programme.rhythm(VisitKind.JOINT_SUPERVISION)
    assert rhythm is not None
    return [_Need(unit_id, name, VisitKind.JOINT_SUPERVISION, (), rhythm, None, programme.id)
            for unit_id, name in session.execute(
                select(OrgUnit.id, OrgUnit.name).where(
                    OrgUnit.level == OrgLevel.HOSPITAL.value, OrgUnit.active.is_(True))
                .order_by(OrgUnit.name))]


@dataclass
class _Calendar:
    """What is already planned in the month: visits by key, busy days by mentor and place."""

    planned: set[tuple[int, str, int | None, int | None]] = field(default_factory=set)
    mentor_busy: dict[int, set[dt.date]] = field(default_factory=lambda: defaultdict(set))
    place_busy: dict[Place, set[dt.date]] = field(default_factory=lambda: defaultdict(set))


def _existing(session: Session, first: dt.date, last: dt.date,
              default_id: int | None) -> _Calendar:
    calendar = _Calendar()
    rows = session.execute(
        select(Visit.org_unit_id, Visit.kind, Visit.chw_group_id, Visit.programme_id,
               Visit.planned_start, Visit.planned_end, VisitMentor.mentor_id)
        .outerjoin(VisitMentor, VisitMentor.visit_id == Visit.id)
        .where(Visit.planned_start <= last, Visit.planned_end >= first,
               Visit.status != VisitStatus.CANCELLED.value))
    for unit_id, kind, group_id, programme_id, start, end, mentor_id in rows:
        if start >= first:
            calendar.planned.add((unit_id, kind, group_id,
                                  programme_id if programme_id is not None else default_id))
        days = {start + dt.timedelta(days=n) for n in range((end - start).days + 1)}
        calendar.place_busy[(unit_id, group_id)] |= days
        if mentor_id is not None:
            calendar.mentor_busy[mentor_id] |= days
    return calendar


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


def _last_visit_starts(session: Session, first: dt.date, default_id: int | None
                       ) -> dict[tuple[int, str, int | None, int | None], dt.date]:
    """The start of each place's latest visit (held, or still planned) of each kind and
    programme before `first`."""
    started = func.coalesce(Visit.actual_start, Visit.planned_start)
    starts: dict[tuple[int, str, int | None, int | None], dt.date] = {}
    for unit_id, kind, group_id, programme_id, start in session.execute(
            select(Visit.org_unit_id, Visit.kind, Visit.chw_group_id, Visit.programme_id,
                   func.max(started))
            .where(Visit.planned_start < first,
                   Visit.status.in_((VisitStatus.PLANNED.value, VisitStatus.DONE.value)))
            .group_by(Visit.org_unit_id, Visit.kind, Visit.chw_group_id, Visit.programme_id)):
        key = (unit_id, kind, group_id, programme_id if programme_id is not None else default_id)
        starts[key] = max(start, starts.get(key, start))
    return starts


def _due_from(needs: list[_Need], last: dt.date,
              last_starts: dict[tuple[int, str, int | None, int | None], dt.date]
              ) -> dict[_Need, dt.date | None]:
    """For visits every so many weeks: the earliest day the next one may come (None: due
    since no visit was held yet); needs not due in the month are left out."""
    due: dict[_Need, dt.date | None] = {}
    for need in needs:
        if need.rhythm.schedule is not RhythmSchedule.WEEKS:
            continue
        previous = last_starts.get(need.key)
        if previous is None:
            due[need] = None
            continue
        earliest = previous + dt.timedelta(weeks=need.rhythm.interval_min_weeks or 0)
        if earliest <= last:
            due[need] = earliest
    return due


def _preferred_days(needs: list[_Need], first: dt.date, last: dt.date,
                    last_days: dict[tuple[int, str, int | None], int],
                    due_from: dict[_Need, dt.date | None]) -> dict[_Need, dt.date]:
    """The day the interval calls for; else last time's day of the month; else the mentor's
    visits spread evenly over the month."""
    load: dict[tuple[int, ...], int] = defaultdict(int)
    for need in needs:
        load[need.mentor_ids] += 1
    placed: dict[tuple[int, ...], int] = defaultdict(int)
    preferred = {}
    for need in needs:
        earliest = due_from.get(need)
        if earliest is not None:
            preferred[need] = max(earliest, first)
            placed[need.mentor_ids] += 1
            continue
        day = last_days.get((need.org_unit_id, need.kind.value, need.chw_group_id))
        if day is None or need.rhythm.schedule is RhythmSchedule.WEEKS:
            share = (placed[need.mentor_ids] + 0.5) / load[need.mentor_ids]
            day = 1 + int(share * last.day)
        placed[need.mentor_ids] += 1
        preferred[need] = first.replace(day=min(day, last.day))
    return preferred


def propose_month_plan(session: Session, year: int, month: int) -> PlanProposal:
    first, last = _month_bounds(year, month)
    holidays = holidays_between(session, first, last + dt.timedelta(days=3))
    programmes = programmes_by_id(session)
    default_id = default_programme_id(session)
    calendar = _existing(session, first, last, default_id)
    proposal = PlanProposal(year, month)
    needs = _needs(session, year, month, programmes, default_id)
    due_from = _due_from(needs, last, _last_visit_starts(session, first, default_id))
    needs = [n for n in needs if n.rhythm.schedule is not RhythmSchedule.WEEKS or n in due_from]
    preferred = _preferred_days(needs, first, last, _last_visit_days(session, first), due_from)
    for need in needs:
        if need.key in calendar.planned:
            proposal.already_planned.append(need.facility_name)
            continue
        earliest = max(due_from.get(need) or first, first)
        days = _free_days_nearest(need, preferred[need], earliest, last, holidays, calendar)
        if days is None:
            proposal.conflicts.append(Conflict(
                need.facility_name, need.kind,
                f"No {need.rhythm.days_min} consecutive working days left in "
                f"{first:%B %Y} when all its mentors are free."))
            continue
        for mentor_id in need.mentor_ids:
            calendar.mentor_busy[mentor_id].update(days)
        calendar.place_busy[need.place].update(days)
        proposal.visits.append(ProposedVisit(need.org_unit_id, need.facility_name, need.kind,
                                             tuple(days), need.mentor_ids, need.chw_group_id,
                                             need.programme_id))
    proposal.clashes = month_clashes(session, first, last, proposal.visits)
    return proposal


def _free_days_nearest(need: _Need, preferred: dt.date, earliest: dt.date, last: dt.date,
                       holidays: set[dt.date], calendar: _Calendar) -> list[dt.date] | None:
    """The visit's days starting as near `preferred` (never before `earliest`) as its mentors'
    calendars and the place's allow."""
    length = need.rhythm.days_min
    starts = sorted((day for day in month_days(preferred.year, preferred.month)
                     if day >= earliest), key=lambda day: (abs((day - preferred).days), day))
    for start in starts:
        days = consecutive_working_days(start, length, holidays)
        if days is None or days[-1] > last:
            continue
        if calendar.place_busy[need.place].intersection(days):
            continue
        if all(not calendar.mentor_busy[m].intersection(days) for m in need.mentor_ids):
            return days
    return None


def month_clashes(session: Session, first: dt.date, last: dt.date,
                  proposed: list[ProposedVisit] = ()) -> list[Clash]:  # type: ignore[assignment]
    """The calendar's clashes in [first, last], with the proposed visits as if planned."""
    default_id = default_programme_id(session)
    visits = calendar_visits(session, first, last, default_id) + [
        CalendarVisit(v.org_unit_id, v.facility_name, v.kind, v.days, v.mentor_ids,
                      v.programme_id, v.chw_group_id) for v in proposed]
    names = mentor_names(session, {m for v in visits for m in v.mentor_ids})
    return find_clashes(visits, programmes_by_id(session), first, last, names)


def save_plan(session: Session, proposal: PlanProposal) -> list[int]:
    """Store the proposed visits as planned; returns their ids."""
    ids = []
    for proposed in proposal.visits:
        visit = Visit(org_unit_id=proposed.org_unit_id, chw_group_id=proposed.chw_group_id,
                      kind=proposed.kind.value, status=VisitStatus.PLANNED.value,
                      planned_start=proposed.days[0], planned_end=proposed.days[-1],
                      programme_id=proposed.programme_id)
        visit.mentors = [VisitMentor(mentor_id=m) for m in proposed.mentor_ids]
        session.add(visit)
        session.flush()
        ids.append(visit.id)
    return ids
