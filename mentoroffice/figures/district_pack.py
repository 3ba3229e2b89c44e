"""The figures of the district coordination meeting pack: a summary by level of the cascade
(hospitals, health centers, health posts, community), then each hospital's section as the
supervision report shows it (:mod:`.supervision`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.enums import OrgLevel, VisitKind, VisitStatus
from ..data.models import ChwGroup, ChwGroupMember, MentorAssignment, OrgUnit, TechnicalArea, Visit
from ..periods import Period
from .facility_quarter import (
    OPEN_ACTIONS,
    OPEN_ESCALATIONS,
    facility_actions,
    facility_escalations,
    mentee_totals,
    unit_and_descendants,
)
from .office import office_name
from .progress import ReportError, Steps
from .requests import DistrictPackRequest
from .supervision import SECTION_LEVELS, FacilitySection, facility_section

__all__ = ["LEVEL_NAMES", "CommunityLine", "DistrictPack", "LevelLine", "district_pack"]

LEVEL_NAMES = {"hospital": "Hospital", "health_center": "Health centers",
               "health_post": "Health posts"}


@dataclass(frozen=True)
class LevelLine:
    label: str
    units: int
    planned: int
    done: int
    missed: int
    assessed: int | None
    validated: int | None
    open_actions: int
    overdue_actions: int
    open_escalations: int


@dataclass(frozen=True)
class CommunityLine:
    area: str
    groups: int
    visited: int
    chws_reached: int
    mentors: int


@dataclass(frozen=True)
class DistrictPack:
    office: str
    district_name: str
    period: Period
    levels: tuple[LevelLine, ...]
    community: tuple[CommunityLine, ...]
    sections: tuple[FacilitySection, ...]


def _visit_statuses(session: Session, unit_ids: list[int], period: Period, community: bool
                    ) -> Counter[str]:
    kind = Visit.kind == VisitKind.COMMUNITY.value
    return Counter(dict(session.execute(
        select(Visit.status, func.count()).where(
            Visit.org_unit_id.in_(unit_ids), Visit.planned_start.between(period.start, period.end),
            kind if community else ~kind).group_by(Visit.status)).tuples().all()))


def _level_line(session: Session, label: str, unit_ids: list[int], period: Period,
                community: bool = False, units: int | None = None) -> LevelLine:
    statuses = _visit_statuses(session, unit_ids, period, community)
    planned = sum(statuses.values()) - statuses[VisitStatus.CANCELLED.value]
    assessed = validated = None
    open_actions = overdue = escalations = 0
    if not community:
        assessed, validated = mentee_totals(session, unit_ids, period)
        actions = facility_actions(session, unit_ids, period)
        open_actions = sum(1 for a in actions if a.status in OPEN_ACTIONS)
        overdue = sum(1 for a in actions if a.overdue)
        escalations = sum(1 for e in facility_escalations(session, unit_ids, period)
                          if e.status in OPEN_ESCALATIONS)
    return LevelLine(label, len(unit_ids) if units is None else units, planned,
                     statuses[VisitStatus.DONE.value], statuses[VisitStatus.MISSED.value],
                     assessed, validated, open_actions, overdue, escalations)


def _community_lines(session: Session, center_ids: list[int], period: Period
                     ) -> list[CommunityLine]:
    groups = session.execute(select(ChwGroup.id, ChwGroup.technical_area).where(
        ChwGroup.health_center_id.in_(center_ids), ChwGroup.active.is_(True))).tuples().all()
    area_of = dict(groups)
    visited = set(session.scalars(select(Visit.chw_group_id).distinct().where(
        Visit.chw_group_id.in_(list(area_of)), Visit.status == VisitStatus.DONE.value,
        Visit.actual_start.between(period.start, period.end))))
    members = dict(session.execute(
        select(ChwGroupMember.group_id, func.count()).where(
            ChwGroupMember.group_id.in_(list(visited))).group_by(ChwGroupMember.group_id))
        .tuples().all())
    mentors = session.execute(select(MentorAssignment.chw_group_id, MentorAssignment.mentor_id)
                              .where(MentorAssignment.chw_group_id.in_(list(area_of)),
                                     MentorAssignment.start_date <= period.end,
                                     (MentorAssignment.end_date.is_(None))
                                     | (MentorAssignment.end_date >= period.start))
                              ).tuples().all()
    mentor_sets: dict[str, set[int]] = defaultdict(set)
    for group_id, mentor_id in mentors:
        if group_id is not None:
            mentor_sets[area_of[group_id]].add(mentor_id)
    names = dict(session.execute(select(TechnicalArea.code, TechnicalArea.name)).tuples().all())
    lines = []
    for area in sorted(set(area_of.values())):
        ids = [g for g, a in area_of.items() if a == area]
        lines.append(CommunityLine(f"{names.get(area, area)} ({area})", len(ids),
                                   sum(1 for g in ids if g in visited),
                                   sum(members.get(g, 0) for g in ids if g in visited),
                                   len(mentor_sets[area])))
    return lines


def district_pack(session: Session, request: DistrictPackRequest, steps: Steps
                  ) -> DistrictPack:
    """The pack's figures; ``steps`` expects 2 + 3 per hospital (summary, each hospital's
    figures and charts, each hospital's layout, the file)."""
    district_id, period = request.district_id, request.period
    district = session.get(OrgUnit, district_id)
    if district is None:
        raise LookupError(f"There is no district with id {district_id}.")
    if district.level != OrgLevel.DISTRICT.value:
        raise ReportError(f"{district.name} is not a district: choose a district for the pack, "
                          "or print the supervision report for one hospital.")
    by_level: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for unit_id, level, name in session.execute(
            select(OrgUnit.id, OrgUnit.level, OrgUnit.name)
            .where(OrgUnit.id.in_(unit_and_descendants(session, district_id)))):
        by_level[level].append((unit_id, name))
    hospitals = sorted(by_level[OrgLevel.HOSPITAL.value], key=lambda pair: pair[1])
    steps.expect(2 + 3 * len(hospitals))
    levels = [_level_line(session, LEVEL_NAMES[level], [i for i, _ in by_level[level]], period)
              for level in SECTION_LEVELS]
    centers = [i for i, _ in by_level[OrgLevel.HEALTH_CENTER.value]]
    community = _community_lines(session, centers, period)
    levels.append(_level_line(session, "Community (CHW groups)", centers, period,
                              community=True, units=sum(c.groups for c in community)))
    steps.tick()
    sections = tuple(facility_section(session, hospital_id, period, steps)
                     for hospital_id, _ in hospitals)
    return DistrictPack(office_name(session), district.name, period, tuple(levels),
                        tuple(community), sections)
