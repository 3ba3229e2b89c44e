"""The district coordination meeting pack: a summary by level of the cascade (hospitals,
health centers, health posts, community), then each hospital's quarterly report as
:mod:`.supervision` prints it.

Takes ``progress(done, total)`` and ``cancelled()`` callbacks: the GUI shows a bar and may stop
the pack, which raises :class:`ReportCancelled` and leaves no file behind.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.enums import OrgLevel, VisitKind, VisitStatus
from ..data.models import ChwGroup, ChwGroupMember, MentorAssignment, OrgUnit, TechnicalArea, Visit
from ..figures.facility_quarter import (
    OPEN_ACTIONS,
    OPEN_ESCALATIONS,
    facility_actions,
    facility_escalations,
    mentee_totals,
    unit_and_descendants,
)
from ..figures.validation_summary import percent
from ..periods import Period
from .catalog import Cancelled, Progress, ReportCancelled
from .layout import Checkpoint, Steps, count_pct, period_meta, section, text_table
from .pdf import ReportError, ReportStyles, build_pdf, esc, report_styles
from .supervision import (
    LEVEL_NAMES,
    SECTION_LEVELS,
    HospitalSection,
    gather_section,
    hospital_story,
)

__all__ = [
    "CommunityLine", "DistrictPack", "LevelLine", "ReportCancelled", "district_pack_pdf",
    "gather_district",
]


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


@dataclass
class DistrictPack:
    district_name: str
    period: Period
    levels: list[LevelLine]
    community: list[CommunityLine]
    sections: list[HospitalSection] = field(default_factory=list)


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
                                     | (MentorAssignment.end_date >= period.start))).all()
    mentor_sets: dict[str, set[int]] = defaultdict(set)
    for group_id, mentor_id in mentors:
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


def gather_district(session: Session, district_id: int, period: Period,
                    progress: Progress | None = None, cancelled: Cancelled | None = None
                    ) -> tuple[DistrictPack, Steps]:
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
    steps = Steps(2 + 3 * len(hospitals), progress, cancelled)
    levels = [_level_line(session, LEVEL_NAMES[level], [i for i, _ in by_level[level]], period)
              for level in SECTION_LEVELS]
    centers = [i for i, _ in by_level[OrgLevel.HEALTH_CENTER.value]]
    community = _community_lines(session, centers, period)
    levels.append(_level_line(session, "Community (CHW groups)", centers, period,
                              community=True, units=sum(c.groups for c in community)))
    pack = DistrictPack(district.name, period, levels, community)
    steps.tick()
    for hospital_id, _ in hospitals:
        pack.sections.append(gather_section(session, hospital_id, period, steps))
    return pack, steps


# --------------------------------------------------------------------------- district summary


def _levels_table(pack: DistrictPack, styles: ReportStyles) -> Flowable:
    rows = [[line.label, f"{line.units}", f"{line.planned}", count_pct(line.done, line.planned),
             f"{line.missed}", "—" if line.assessed is None else f"{line.assessed}",
             count_pct(line.validated, line.assessed),
             "—" if line.assessed is None else f"{line.overdue_actions} / {line.open_actions}",
             "—" if line.assessed is None else f"{line.open_escalations}"]
            for line in pack.levels]
    return text_table(["Level", "Units", "Visits planned", "Visits done", "Missed",
                       "Mentees assessed", "Mentees validated", "Actions overdue / open",
                       "Escalations open"], rows,
                      [0, 12 * mm, 16 * mm, 20 * mm, 14 * mm, 18 * mm, 21 * mm, 20 * mm,
                       21 * mm], styles, numeric_from=1)


def _community_table(pack: DistrictPack, styles: ReportStyles) -> Flowable:
    rows = [[c.area, f"{c.groups}", count_pct(c.visited, c.groups), f"{c.chws_reached:,}",
             f"{c.mentors}"] for c in pack.community]
    return text_table(["Community technical area", "CHW groups", "Groups visited", "CHWs reached",
                   "Community mentors"], rows, [0, 22 * mm, 26 * mm, 24 * mm, 24 * mm], styles,
                  numeric_from=1, empty="No CHW group in the district.")


def _hospitals_table(pack: DistrictPack, styles: ReportStyles) -> Flowable:
    rows = []
    for hospital in pack.sections:
        fq = hospital.figures
        share = percent(fq.visits.done, fq.visits.planned)
        rows.append([fq.facility_name, f"{fq.visits.done} of {fq.visits.planned}"
                     + (f" ({share}%)" if share is not None else ""),
                     f"{fq.mentees_assessed}",
                     count_pct(fq.mentees_validated, fq.mentees_assessed),
                     f"{sum(1 for a in fq.actions if a.overdue)}",
                     f"{sum(1 for e in fq.escalations if e.status in OPEN_ESCALATIONS)}",
                     f"{len(hospital.charts)}"])
    return text_table(["Hospital and its catchment", "Visits done", "Mentees assessed",
                       "Mentees validated", "Actions overdue", "Escalations open",
                       "Run charts"], rows,
                      [0, 28 * mm, 20 * mm, 22 * mm, 19 * mm, 21 * mm, 15 * mm], styles,
                      numeric_from=1, empty="No hospital in the district.")


def _district_story(pack: DistrictPack, styles: ReportStyles, steps: Steps) -> list[Flowable]:
    note = ("Visits count those planned in the quarter (cancelled ones left out); community "
            "visits are those to CHW groups. Mentees and validations follow the definitions of "
            "the validation summary. Actions and escalations: as they stand today.")
    story: list[Flowable] = [*section("1. District summary by level",
                                      _levels_table(pack, styles), styles),
                             Paragraph(esc(note), styles.small_italic),
                             *section("2. Community level", _community_table(pack, styles),
                                      styles),
                             *section("3. Hospitals", _hospitals_table(pack, styles), styles)]
    big = styles.title.clone("SectionTitle", fontSize=12.5, leading=16, spaceAfter=3)
    for number, hospital in enumerate(pack.sections, start=4):
        story += [PageBreak(), Checkpoint(steps),
                  Paragraph(f"{number}. {esc(hospital.figures.facility_name)}", big),
                  *hospital_story(hospital, styles, number=f"{number}.")]
    return story


# --------------------------------------------------------------------------- public API


def district_pack_pdf(session: Session, district_id: int, period: Period, out: Any, *,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> int:
    """The district coordination meeting pack; returns the page count."""
    pack, steps = gather_district(session, district_id, period, progress, cancelled)
    styles = report_styles()
    meta = period_meta(session, "District coordination meeting pack", pack.district_name, period)
    pages = build_pdf(out, _district_story(pack, styles, steps), meta)
    steps.finish()
    return pages

