"""Clashes in the visit calendar, flagged for the office to settle (never refused outright).

- two visits to one place on one day (a CHW group's visit is at the group, not the center);
- a mentor planned in two places on one day;
- a gap between two visits of one kind at one place outside its programme's interval;
- a visit recorded with a length (working days) other than the one planned.
Each clash carries a `Violation` (code, translatable template and values) for the window.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..cascade.programmes import ProgrammeSettings
from ..core.refusals import Violation, rule
from ..data.enums import VisitKind, VisitStatus
from ..data.models import ChwGroup, Holiday, Mentor, OrgUnit, Person, Visit, VisitMentor
from ..text import QT_TRANSLATE_NOOP, Day, Term
from .calendar import is_working_day

LOOK_BACK_DAYS = 200  # far enough for the longest interval between two visits
SAME_PLACE = QT_TRANSLATE_NOOP("Rules", "{place} has two visits on {day}: {kind} and {other}.")
MENTOR_TWICE = QT_TRANSLATE_NOOP(
    "Rules", "{mentor} is planned in two places on {day}: {place} and {other}.")
GAP_OUTSIDE = QT_TRANSLATE_NOOP(
    "Rules", "{place}: {days} days from the visit of {previous} to the one of {day}; "
    "{programme} comes back every {low} to {high} weeks.")
LENGTH_DIFFERS = QT_TRANSLATE_NOOP(
    "Rules", "{place}: the visit of {day} was recorded with {recorded} working days; "
    "{planned} were planned.")
KIND_LABELS = {
    VisitKind.JOINT_HOSPITAL: QT_TRANSLATE_NOOP("Rules", "the joint team's visit"),
    VisitKind.HEALTH_CENTER: QT_TRANSLATE_NOOP("Rules", "a health-center visit"),
    VisitKind.HEALTH_POST: QT_TRANSLATE_NOOP("Rules", "a health-post visit"),
    VisitKind.COMMUNITY: QT_TRANSLATE_NOOP("Rules", "a CHW group visit"),
    VisitKind.JOINT_SUPERVISION: QT_TRANSLATE_NOOP("Rules", "the joint supervision"),
    VisitKind.BASELINE: QT_TRANSLATE_NOOP("Rules", "a baseline assessment"),
}


@dataclass(frozen=True)
class CalendarVisit:
    """A visit as the clash rules see it: saved (visit_id) or only proposed (None)."""

    org_unit_id: int
    place: str
    kind: VisitKind
    days: tuple[dt.date, ...]  # the days recorded when it was done, else the days planned
    mentor_ids: tuple[int, ...]
    programme_id: int | None
    chw_group_id: int | None = None
    visit_id: int | None = None
    planned_days: int | None = None  # working days planned, for a visit recorded as done
    recorded_days: int | None = None  # working days recorded


@dataclass(frozen=True)
class Clash:
    code: str  # same_place, mentor_twice, gap_short, gap_long, length
    place: str
    day: dt.date
    violation: Violation
    visit_ids: tuple[int | None, ...]

    @property
    def message(self) -> str:
        return self.violation.message


def _working_days(first: dt.date, last: dt.date, holidays: set[dt.date]) -> list[dt.date]:
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return [d for d in days if is_working_day(d, holidays)] or [first]


def calendar_visits(session: Session, first: dt.date, last: dt.date,
                    default_programme: int | None) -> list[CalendarVisit]:
    """Visits held or planned (not cancelled or missed) that touch [first - look back, last]."""
    since = first - dt.timedelta(days=LOOK_BACK_DAYS)
    holidays = set(session.scalars(select(Holiday.day).where(
        Holiday.day.between(since, last + dt.timedelta(days=LOOK_BACK_DAYS)))))
    mentors: dict[int, list[int]] = defaultdict(list)
    visits = session.execute(
        select(Visit, OrgUnit.name, ChwGroup.name)
        .join(OrgUnit, OrgUnit.id == Visit.org_unit_id)
        .outerjoin(ChwGroup, ChwGroup.id == Visit.chw_group_id)
        .where(Visit.status.in_((VisitStatus.PLANNED.value, VisitStatus.DONE.value)),
               Visit.planned_start <= last, Visit.planned_end >= since)
        .order_by(Visit.planned_start, Visit.id)).all()
    ids = [visit.id for visit, _, _ in visits]
    for visit_id, mentor_id in session.execute(
            select(VisitMentor.visit_id, VisitMentor.mentor_id)
            .where(VisitMentor.visit_id.in_(ids), VisitMentor.present.is_not(False))):
        mentors[visit_id].append(mentor_id)
    return [_calendar_visit(visit, place, group, tuple(sorted(mentors[visit.id])), holidays,
                            default_programme) for visit, place, group in visits]


def _calendar_visit(visit: Visit, place: str, group: str | None, mentor_ids: tuple[int, ...],
                    holidays: set[dt.date], default_programme: int | None) -> CalendarVisit:
    planned = _working_days(visit.planned_start, visit.planned_end, holidays)
    start = visit.actual_start if visit.status == VisitStatus.DONE.value else None
    done = start is not None
    recorded = (_working_days(start, visit.actual_end or start, holidays)
                if start is not None else None)
    return CalendarVisit(
        visit.org_unit_id, f"{place}: {group}" if group else place, VisitKind(visit.kind),
        tuple(recorded or planned), mentor_ids,
        visit.programme_id if visit.programme_id is not None else default_programme,
        visit.chw_group_id, visit.id, len(planned) if done else None,
        len(recorded) if recorded else None)


def mentor_names(session: Session, mentor_ids: Iterable[int]) -> dict[int, str]:
    wanted = set(mentor_ids)
    if not wanted:
        return {}
    return {mid: f"{first} {last}" for mid, first, last in session.execute(
        select(Mentor.id, Person.first_name, Person.last_name)
        .join(Person, Person.id == Mentor.person_id).where(Mentor.id.in_(wanted)))}


def find_clashes(visits: list[CalendarVisit], programmes: dict[int, ProgrammeSettings],
                 first: dt.date, last: dt.date, names: dict[int, str]) -> list[Clash]:
    """The clashes that fall in [first, last], in the order of their day."""
    clashes = (_same_place(visits, first, last) + _mentor_twice(visits, first, last, names)
               + _gaps(visits, programmes, first, last) + _lengths(visits, first, last))
    return sorted(clashes, key=lambda c: (c.day, c.place, c.code))


def _in_month(visit: CalendarVisit, first: dt.date, last: dt.date) -> bool:
    return any(first <= day <= last for day in visit.days)


def _overlapping_pairs(visits: list[CalendarVisit], first: dt.date, last: dt.date
                       ) -> list[tuple[CalendarVisit, CalendarVisit, dt.date]]:
    pairs = []
    for index, one in enumerate(visits):
        for other in visits[index + 1:]:
            shared = sorted(d for d in set(one.days) & set(other.days) if first <= d <= last)
            if shared:
                pairs.append((one, other, shared[0]))
    return pairs


def _same_place(visits: list[CalendarVisit], first: dt.date, last: dt.date) -> list[Clash]:
    by_place: dict[tuple[int, int | None], list[CalendarVisit]] = defaultdict(list)
    for visit in visits:
        by_place[(visit.org_unit_id, visit.chw_group_id)].append(visit)
    return [Clash("same_place", one.place, day, rule(
                "same_place", SAME_PLACE, place=one.place, day=Day(day),
                kind=Term(KIND_LABELS[one.kind]), other=Term(KIND_LABELS[other.kind])),
                (one.visit_id, other.visit_id))
            for group in by_place.values()
            for one, other, day in _overlapping_pairs(group, first, last)]


def _mentor_twice(visits: list[CalendarVisit], first: dt.date, last: dt.date,
                  names: dict[int, str]) -> list[Clash]:
    by_mentor: dict[int, list[CalendarVisit]] = defaultdict(list)
    for visit in visits:
        for mentor_id in visit.mentor_ids:
            by_mentor[mentor_id].append(visit)
    return [Clash("mentor_twice", one.place, day, rule(
                "mentor_twice", MENTOR_TWICE, mentor=names.get(mentor_id, str(mentor_id)),
                day=Day(day), place=one.place, other=other.place),
                (one.visit_id, other.visit_id))
            for mentor_id, group in by_mentor.items()
            for one, other, day in _overlapping_pairs(group, first, last)
            if (one.org_unit_id, one.chw_group_id) != (other.org_unit_id, other.chw_group_id)]


def _gaps(visits: list[CalendarVisit], programmes: dict[int, ProgrammeSettings],
          first: dt.date, last: dt.date) -> list[Clash]:
    series: dict[tuple[int, int | None, VisitKind, int | None], list[CalendarVisit]] = (
        defaultdict(list))
    for visit in visits:
        series[(visit.org_unit_id, visit.chw_group_id, visit.kind, visit.programme_id)].append(
            visit)
    clashes = []
    for (_, _, kind, programme_id), row in series.items():
        programme = programmes.get(programme_id) if programme_id is not None else None
        rhythm = programme.rhythm(kind) if programme is not None else None
        if programme is None or rhythm is None or rhythm.gap_days is None:
            continue
        low, high = rhythm.gap_days
        ordered = sorted(row, key=lambda v: v.days[0])
        for before, after in pairwise(ordered):
            gap = (after.days[0] - before.days[0]).days
            if not first <= after.days[0] <= last or low <= gap <= high:
                continue
            clashes.append(Clash("gap_short" if gap < low else "gap_long", after.place,
                                 after.days[0], rule(
                "gap_short" if gap < low else "gap_long", GAP_OUTSIDE, place=after.place,
                days=gap, previous=Day(before.days[0]), day=Day(after.days[0]),
                programme=programme.name, low=rhythm.interval_min_weeks,
                high=rhythm.interval_max_weeks), (before.visit_id, after.visit_id)))
    return clashes


def _lengths(visits: list[CalendarVisit], first: dt.date, last: dt.date) -> list[Clash]:
    return [Clash("length", visit.place, visit.days[0], rule(
                "length", LENGTH_DIFFERS, place=visit.place, day=Day(visit.days[0]),
                recorded=visit.recorded_days, planned=visit.planned_days), (visit.visit_id,))
            for visit in visits
            if visit.recorded_days is not None and visit.planned_days is not None
            and visit.recorded_days != visit.planned_days and _in_month(visit, first, last)]
