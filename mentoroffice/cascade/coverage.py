"""Gaps in the cascade: places no mentor covers, as of a day.

What a place needs comes from the programmes the office runs (`programmes`) and from its
mentees, never from a default:
- hospitals without a complete joint team (one mentor each from RSOG, RAM and RPA), where a
  running programme has joint-team visits (the default programme: every hospital; another: the
  hospitals it has mentors assigned to);
- health centers without a district-based mentor for a technical area their mentees are
  enrolled in or have competencies planned in, when a running programme with health-center
  visits mentors in that area (a center with no such mentee needs nothing yet);
- health posts without a mentor, when a running programme has health-post visits;
- CHW groups with no community mentorship visit done in the last quarter (91 days), when a
  running programme has CHW-group visits;
- places left by mentors who moved or left (transfer, attrition...) in the last 180 days and
  not filled since, and assignments still open for a mentor no longer posted anywhere
  (professional-association mentors are external to the facilities: never "unposted").
`gap_counts_below` sums the gaps of a unit and every unit below it (a district's panel).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..data.enums import Association, MentorKind, OrgLevel, VisitKind, VisitStatus
from ..data.models import (
    ChwGroup,
    FormDefinition,
    MenteeEnrolment,
    Mentor,
    MentorArea,
    MentorAssignment,
    OrgUnit,
    Person,
    PlannedCompetency,
    Posting,
    Visit,
)
from .facilities import _descendant_ids
from .programmes import ProgrammeSettings, active_programmes

QUARTER_DAYS = 91
LEAVING_WINDOW_DAYS = 180
GAP_KINDS = ("joint_team", "health_center_area", "health_post", "chw_group", "leaving")


@dataclass(frozen=True)
class Gap:
    kind: str
    facility_id: int
    facility_name: str
    detail: str
    level: str
    technical_area: str | None = None
    association: str | None = None
    chw_group_id: int | None = None


def _current(as_of: dt.date):  # type: ignore[no-untyped-def]
    return and_(MentorAssignment.start_date <= as_of,
                or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= as_of))


@dataclass(frozen=True)
class GapCount:
    """The gaps of a unit and of every unit below it, by kind."""

    facility_id: int
    by_kind: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def coverage_gaps(session: Session, as_of: dt.date) -> list[Gap]:
    running = active_programmes(session)

    def visits(kind: VisitKind) -> list[ProgrammeSettings]:
        return [p for p in running if p.rhythm(kind) is not None]

    gaps = _joint_team_gaps(session, as_of, visits(VisitKind.JOINT_HOSPITAL))
    gaps += _health_center_gaps(session, as_of, visits(VisitKind.HEALTH_CENTER))
    if visits(VisitKind.HEALTH_POST):
        gaps += _health_post_gaps(session, as_of)
    if visits(VisitKind.COMMUNITY):
        gaps += _chw_group_gaps(session, as_of)
    return gaps + _leaving_gaps(session, as_of)


def gap_counts_below(session: Session, facility_id: int, as_of: dt.date) -> GapCount:
    below = {facility_id} | _descendant_ids(session, facility_id)
    counts = {kind: 0 for kind in GAP_KINDS}
    for gap in coverage_gaps(session, as_of):
        if gap.facility_id in below:
            counts[gap.kind] += 1
    return GapCount(facility_id, counts)


def _active_units(session: Session, level: OrgLevel) -> list[tuple[int, str]]:
    return list(session.execute(
        select(OrgUnit.id, OrgUnit.name)
        .where(OrgUnit.level == level.value, OrgUnit.active.is_(True)).order_by(OrgUnit.name)
    ).tuples())


def _programme_places(session: Session, as_of: dt.date, programmes: list[ProgrammeSettings]
                      ) -> set[int] | None:
    """The places the programmes run at: None for everywhere (the default programme is
    among them), else where they have a mentor assigned now."""
    if any(p.is_default for p in programmes):
        return None
    ids = [p.id for p in programmes]
    return set(session.scalars(select(MentorAssignment.org_unit_id).where(
        _current(as_of), MentorAssignment.programme_id.in_(ids))))


def _joint_team_gaps(session: Session, as_of: dt.date,
                     programmes: list[ProgrammeSettings]) -> list[Gap]:
    if not programmes:
        return []
    places = _programme_places(session, as_of, programmes)
    present: dict[int, set[str]] = defaultdict(set)
    for unit_id, association in session.execute(
        select(MentorAssignment.org_unit_id, Mentor.association).join(Mentor)
        .where(_current(as_of), Mentor.kind == MentorKind.ASSOCIATION.value)
    ):
        if unit_id is not None and association is not None:  # not a CHW group's mentor
            present[unit_id].add(association)
    gaps = []
    for unit_id, name in _active_units(session, OrgLevel.HOSPITAL):
        if places is not None and unit_id not in places:
            continue
        for association in Association:
            if association.value not in present[unit_id]:
                gaps.append(Gap("joint_team", unit_id, name,
                                f"Joint team has no {association.value} mentor",
                                OrgLevel.HOSPITAL.value, association=association.value))
    return gaps


def _needed_areas(session: Session) -> dict[int, set[str]]:
    """The technical areas each facility's active mentees are enrolled in or have competencies
    planned in."""
    needed: dict[int, set[str]] = defaultdict(set)
    for unit_id, area in session.execute(
        select(MenteeEnrolment.org_unit_id, MenteeEnrolment.technical_area)
        .where(MenteeEnrolment.status == "active").distinct()
    ):
        needed[unit_id].add(area)
    for unit_id, area in session.execute(
        select(MenteeEnrolment.org_unit_id, FormDefinition.technical_area)
        .join(PlannedCompetency, PlannedCompetency.enrolment_id == MenteeEnrolment.id)
        .join(FormDefinition, FormDefinition.code == PlannedCompetency.form_code)
        .where(MenteeEnrolment.status == "active").distinct()
    ):
        needed[unit_id].add(area)
    return needed


def _health_center_gaps(session: Session, as_of: dt.date,
                        programmes: list[ProgrammeSettings]) -> list[Gap]:
    if not programmes:
        return []
    needed = _needed_areas(session)
    places = _programme_places(session, as_of, programmes)
    covered: dict[int, set[str]] = defaultdict(set)
    mentored: set[int] = set()
    for unit_id, assigned_area, mentor_area in session.execute(
        select(MentorAssignment.org_unit_id, MentorAssignment.technical_area,
               MentorArea.technical_area)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .outerjoin(MentorArea, MentorArea.mentor_id == Mentor.id)
        .where(_current(as_of), Mentor.kind == MentorKind.DISTRICT.value)
    ):
        if unit_id is None:  # a CHW group's mentor
            continue
        covered[unit_id].update(a for a in (assigned_area, mentor_area) if a)
        mentored.add(unit_id)
    gaps = []
    for unit_id, name in _active_units(session, OrgLevel.HEALTH_CENTER):
        if unit_id not in mentored and not needed[unit_id] and (
                places is None or unit_id in places):
            gaps.append(Gap("health_center_area", unit_id, name, "No district-based mentor",
                            OrgLevel.HEALTH_CENTER.value))
        for area in sorted(needed[unit_id]):
            if area not in covered[unit_id] and any(p.covers_area(area) for p in programmes):
                gaps.append(Gap("health_center_area", unit_id, name,
                                f"No district-based mentor for {area}",
                                OrgLevel.HEALTH_CENTER.value, technical_area=area))
    return gaps


def _health_post_gaps(session: Session, as_of: dt.date) -> list[Gap]:
    covered = set(session.scalars(select(MentorAssignment.org_unit_id).where(_current(as_of))))
    return [Gap("health_post", unit_id, name, "No mentor assigned", OrgLevel.HEALTH_POST.value)
            for unit_id, name in _active_units(session, OrgLevel.HEALTH_POST)
            if unit_id not in covered]


def _chw_group_gaps(session: Session, as_of: dt.date) -> list[Gap]:
    since = as_of - dt.timedelta(days=QUARTER_DAYS)
    visited = set(session.scalars(
        select(Visit.chw_group_id).where(
            Visit.chw_group_id.is_not(None), Visit.status == VisitStatus.DONE.value,
            Visit.actual_start >= since, Visit.actual_start <= as_of)
    ))
    rows = session.execute(
        select(ChwGroup.id, ChwGroup.name, ChwGroup.technical_area, OrgUnit.id, OrgUnit.name)
        .join(OrgUnit, OrgUnit.id == ChwGroup.health_center_id)
        .where(ChwGroup.active.is_(True)).order_by(OrgUnit.name, ChwGroup.name)
    )
    return [Gap("chw_group", unit_id, unit_name,
                f"{group_name}: not mentored since {since:%d %b %Y}", "community",
                technical_area=area, chw_group_id=group_id)
            for group_id, group_name, area, unit_id, unit_name in rows
            if group_id not in visited]


def _leaving_gaps(session: Session, as_of: dt.date) -> list[Gap]:
    return _unfilled_after_leaving(session, as_of) + _assigned_but_gone(session, as_of)


def _unfilled_after_leaving(session: Session, as_of: dt.date) -> list[Gap]:
    since = as_of - dt.timedelta(days=LEAVING_WINDOW_DAYS)
    ended = session.execute(
        select(MentorAssignment.org_unit_id, OrgUnit.name, OrgUnit.level, Mentor.kind,
               Mentor.association, Person.first_name, Person.last_name,
               MentorAssignment.end_date, Mentor.person_id)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .join(Person, Person.id == Mentor.person_id)
        .join(OrgUnit, OrgUnit.id == MentorAssignment.org_unit_id)
        .where(MentorAssignment.end_date.between(since, as_of))
    ).all()
    filled = {
        (unit_id, kind, association)
        for unit_id, kind, association in session.execute(
            select(MentorAssignment.org_unit_id, Mentor.kind, Mentor.association)
            .join(Mentor).where(_current(as_of), MentorAssignment.org_unit_id.is_not(None)))
    }
    gaps = []
    for unit_id, name, level, kind, association, first, last, ended_on, person_id in ended:
        if unit_id is None or ended_on is None:  # neither: the query's join and filter
            continue
        if (unit_id, kind, association) in filled:
            continue
        reason = _leaving_reason(session, person_id, ended_on)
        gaps.append(Gap("leaving", unit_id, name,
                        f"{first} {last} left on {ended_on:%d %b %Y} ({reason}); not replaced",
                        level, association=association))
    return gaps


def _leaving_reason(session: Session, person_id: int, around: dt.date) -> str:
    """Why the mentor left: the end reason of their posting that ended nearest that day."""
    ended = [(end, reason) for end, reason in session.execute(
        select(Posting.end_date, Posting.end_reason)
        .where(Posting.person_id == person_id, Posting.end_date.is_not(None))
    ) if end is not None]
    if not ended:
        return "assignment ended"
    _, reason = min(ended, key=lambda row: abs((row[0] - around).days))
    return str(reason).replace("_", " ")


def _assigned_but_gone(session: Session, as_of: dt.date) -> list[Gap]:
    still_posted = select(Posting.person_id).where(
        Posting.start_date <= as_of, or_(Posting.end_date.is_(None), Posting.end_date > as_of))
    rows = session.execute(
        select(MentorAssignment.org_unit_id, OrgUnit.name, OrgUnit.level, Person.first_name,
               Person.last_name, Mentor.association)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .join(Person, Person.id == Mentor.person_id)
        .join(OrgUnit, OrgUnit.id == MentorAssignment.org_unit_id)
        .where(_current(as_of), Mentor.person_id.not_in(still_posted),
               Mentor.kind != MentorKind.ASSOCIATION.value)
    )
    return [Gap("leaving", unit_id, name,
                f"{first} {last} is no longer posted anywhere but is still assigned here",
                level, association=association)
            for unit_id, name, level, first, last, association in rows
            if unit_id is not None]  # always: the query joins the facility
