"""The quarterly joint supervision visit report for a hospital, and the district pack.

Figures come from :mod:`mentoroffice.figures.facility_quarter` (defined once, shared with the
screens and exports); run charts from :func:`mentoroffice.indicators.runchart.analyse`, drawn by
:mod:`.charts`. The district coordination meeting pack adds a summary by level of the cascade
(hospitals, health centers, health posts, community) and repeats each hospital's report.

Both take ``progress(done, total)`` and ``cancelled()`` callbacks: the GUI shows a bar and may
stop the pack, which raises :class:`ReportCancelled` and leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ..data.enums import OrgLevel, VisitKind, VisitStatus
from ..data.models import ChwGroup, ChwGroupMember, MentorAssignment, OrgUnit, TechnicalArea, Visit
from ..figures.facility_quarter import (
    OPEN_ACTIONS,
    OPEN_ESCALATIONS,
    FacilityQuarter,
    IndicatorSeries,
    ProjectLine,
    _actions,
    _escalations,
    _mentee_totals,
    facility_quarter,
    unit_and_descendants,
)
from ..figures.validation_summary import percent
from ..indicators.runchart import RunChartAnalysis, analyse
from ..periods import Period
from .catalog import Cancelled, Progress, ReportCancelled, office_name
from .charts import run_chart_png
from .pdf import (
    GRID_GREY,
    SHADE_GREY,
    DocumentMeta,
    ReportError,
    ReportStyles,
    build_pdf,
    data_table,
    esc,
    format_date,
    frame_width,
    layout_table,
    report_styles,
)

__all__ = [
    "PAGE_WIDTH", "ChartBlock", "CommunityLine", "DistrictPack", "HospitalSection", "LevelLine",
    "ReportCancelled", "Steps", "count_pct", "district_pack_pdf", "field_grid",
    "gather_district", "gather_section", "heading", "section", "supervision_report_pdf",
    "text_table",
]

PAGE_WIDTH = frame_width(A4)
SECTION_LEVELS = (OrgLevel.HOSPITAL.value, OrgLevel.HEALTH_CENTER.value,
                  OrgLevel.HEALTH_POST.value)
LEVEL_NAMES = {"hospital": "Hospital", "health_center": "Health centers",
               "health_post": "Health posts"}
PRESENT_LABELS = {"RSOG": "RSOG (obstetrics and gynaecology)", "RAM": "RAM (midwives)",
                  "RPA": "RPA (paediatrics)", "district": "District-based mentors",
                  "hc_provider": "Health-center provider mentors",
                  "community": "Community mentors"}
NEXT_STEP_ROWS = 6


# --------------------------------------------------------------------------- progress


class Steps:
    """Counts work done for the progress bar and stops when the person cancels."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.done, self.total = 0, max(total, 1)
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("The report was cancelled; no file was written.")

    def tick(self, count: int = 1) -> None:
        self.check()
        self._report(min(self.done + count, self.total))

    def finish(self) -> None:
        """The file is written: too late to cancel, the bar goes to its end."""
        self._report(self.total)

    def _report(self, done: int) -> None:
        self.done = done
        if self._progress is not None:
            self._progress(self.done, self.total)


class _Checkpoint(Flowable):
    """Takes no room; ticks the progress (and checks cancelling) as layout reaches it."""

    def __init__(self, steps: Steps) -> None:
        super().__init__()
        self.steps, self._passed = steps, False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._passed:
            self._passed = True
            self.steps.tick()
        return 0, 0

    def draw(self) -> None:
        pass


# --------------------------------------------------------------------------- gathering


@dataclass(frozen=True)
class ChartBlock:
    series: IndicatorSeries
    months: tuple[dt.date, ...]  # months with a denominator (no cases: left out)
    percents: tuple[float, ...]
    analysis: RunChartAnalysis
    annotations: tuple[tuple[dt.date, str], ...]
    changes: tuple[str, ...]  # what the annotations stand for, for the caption
    png: bytes


@dataclass
class HospitalSection:
    figures: FacilityQuarter
    level: str
    parent_name: str | None
    units_by_level: dict[str, int]
    supervision_days: list[dt.date]
    charts: list[ChartBlock] = field(default_factory=list)


def _pdsa_annotations(projects: Sequence[ProjectLine], code: str, facility: str
                      ) -> tuple[tuple[tuple[dt.date, str], ...], tuple[str, ...]]:
    """PDSA cycle starts of the facility's own projects measured by this indicator."""
    mine = [p for p in projects if p.indicator_code == code and p.facility == facility
            and p.pdsa_dates]
    marks, changes = [], []
    for number, project in enumerate(mine, start=1):
        prefix = f"P{number} " if len(mine) > 1 else ""
        marks += [(day, f"{prefix}PDSA {n}") for n, day in enumerate(project.pdsa_dates, 1)]
        changes.append(f"{prefix}{project.title}")
    return tuple(marks), tuple(changes)


def chart_block(series: IndicatorSeries, projects: Sequence[ProjectLine], facility: str,
                dpi: int = 200) -> ChartBlock | None:
    kept = [(m, p) for m, p, d in zip(series.months, series.percents, series.denominators) if d]
    if not kept:
        return None
    months, percents = tuple(m for m, _ in kept), tuple(p for _, p in kept)
    analysis = analyse(percents)
    marks, changes = _pdsa_annotations(projects, series.code, facility)
    png = run_chart_png(series.name, months, percents, analysis, marks, dpi,
                        direction=series.direction)
    return ChartBlock(series, months, percents, analysis, marks, changes, png)


def _parent_name(session: Session, unit: OrgUnit) -> str | None:
    parent = session.get(OrgUnit, unit.parent_id) if unit.parent_id else None
    while parent is not None and parent.level != OrgLevel.DISTRICT.value and parent.parent_id:
        parent = session.get(OrgUnit, parent.parent_id)
    return parent.name if parent is not None else None


def gather_section(session: Session, facility_id: int, period: Period,
                   steps: Steps | None = None) -> HospitalSection:
    """Everything one hospital's (or health center's) report shows, charts drawn."""
    steps = steps or Steps(2, None, None)
    unit = session.get(OrgUnit, facility_id)
    if unit is None:
        raise LookupError(f"There is no facility with id {facility_id}.")
    if unit.level not in SECTION_LEVELS:
        raise ReportError(f"{unit.name} is a {unit.level}: the supervision report is for a "
                          "hospital or health center; for a district print the district pack.")
    figures = facility_quarter(session, facility_id, period)
    levels = Counter(dict(session.execute(
        select(OrgUnit.level, func.count()).where(OrgUnit.id.in_(figures.unit_ids))
        .group_by(OrgUnit.level)).tuples().all()))
    days = list(session.scalars(
        select(func.coalesce(Visit.actual_start, Visit.planned_start))
        .where(Visit.org_unit_id == facility_id, Visit.kind == VisitKind.JOINT_SUPERVISION.value,
               Visit.planned_start.between(period.start, period.end),
               Visit.status != VisitStatus.CANCELLED.value).order_by(Visit.planned_start)))
    section = HospitalSection(figures, unit.level, _parent_name(session, unit), dict(levels),
                              days)
    steps.tick()
    for series in figures.indicators:
        steps.check()
        block = chart_block(series, figures.projects, unit.name)
        if block is not None:
            section.charts.append(block)
    steps.tick()
    return section


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
        assessed, validated = _mentee_totals(session, unit_ids, period)
        actions = _actions(session, unit_ids, period)
        open_actions = sum(1 for a in actions if a.status in OPEN_ACTIONS)
        overdue = sum(1 for a in actions if a.overdue)
        escalations = sum(1 for e in _escalations(session, unit_ids, period)
                          if e.status in OPEN_ESCALATIONS)
    return LevelLine(label, len(unit_ids) if units is None else units, planned,
                     statuses[VisitStatus.DONE.value], statuses[VisitStatus.MISSED.value],
                     assessed, validated, open_actions, overdue, escalations)


def _community_lines(session: Session, center_ids: list[int], period: Period
                     ) -> list[CommunityLine]:
    groups = session.execute(select(ChwGroup.id, ChwGroup.technical_area).where(
        ChwGroup.health_center_id.in_(center_ids), ChwGroup.active.is_(True))).tuples().all()
    area_of = dict(groups)
    visited = set(session.scalars(select(distinct(Visit.chw_group_id)).where(
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


# --------------------------------------------------------------------------- small pieces


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(text, style)


def heading(markup: str, styles: ReportStyles, room: float = 30 * mm,
            then: Flowable | None = None) -> list[Flowable]:
    """A section heading that starts a new page when less than ``room`` is left under it,
    or than the heading row and first row of the table ``then`` need.

    (The style's keep-with-next would move a whole long table to the next page instead of
    letting it start under its heading.)
    """
    if then is not None and hasattr(then, "_cellvalues"):
        then.wrap(PAGE_WIDTH, 1000 * mm)
        room = max(room, sum(then._rowHeights[:2]) + 14 * mm)  # heading, header, first row
    return [CondPageBreak(room), Paragraph(markup, styles.heading.clone("Head", keepWithNext=0))]


def section(markup: str, body: Flowable, styles: ReportStyles) -> list[Flowable]:
    """A heading and its table (or paragraph), never parted at a page's foot."""
    return [*heading(markup, styles, then=body), body]


def count_pct(part: int | None, whole: int | None) -> str:
    if part is None or whole is None:
        return "—"
    share = percent(part, whole)
    return f"{part:,}" if share is None else f"{part:,} ({share}%)"


def _short(day: dt.date) -> str:
    return format_date(day)[:-5]  # "14 Jan"


def text_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
           styles: ReportStyles, *, numeric_from: int | None = None,
           extra: Sequence[tuple[Any, ...]] = (), empty: str = "None.") -> Flowable:
    """A data table from text cells (escaped here) or ready flowables; numbers right-aligned."""
    def cell(value: Any, column: int, header_row: bool) -> Any:
        if not isinstance(value, str):
            return value
        numeric = numeric_from is not None and column >= numeric_from
        if header_row:
            return _p(esc(value), styles.header_cell_centre if numeric else styles.header_cell)
        return _p(esc(value), styles.cell_right if numeric else styles.cell)
    if not rows:
        return _p(f"<i>{esc(empty)}</i>", styles.small)
    body = [[cell(v, c, True) for c, v in enumerate(header)]]
    body += [[cell(v, c, False) for c, v in enumerate(row)] for row in rows]
    return data_table(body, _fill(widths), extra_style=list(extra))


def _fill(widths: Sequence[float]) -> list[float]:
    """Widths with one 0 replaced by what is left of the page."""
    rest = PAGE_WIDTH - sum(widths)
    return [w or rest for w in widths]


def field_grid(pairs: Sequence[tuple[str, str]], styles: ReportStyles, columns: int = 2
               ) -> Flowable:
    """Label / value pairs, ``columns`` pairs to a row, in a light grid (values bold when
    several share a row, plain when each has the page's width for a longer text)."""
    label_w = 38 * mm
    value_w = PAGE_WIDTH / columns - label_w
    value = "<b>{}</b>" if columns > 1 else "{}"
    padded = list(pairs) + [("", "")] * (-len(pairs) % columns)
    rows = []
    for start in range(0, len(padded), columns):
        row: list[Any] = []
        for label, text in padded[start:start + columns]:
            row += [_p(esc(label), styles.cell), _p(value.format(esc(text)), styles.cell)]
        rows.append(row)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (c, 0), (c, -1), SHADE_GREY) for c in range(0, 2 * columns, 2)]
    return layout_table(rows, [label_w, value_w] * columns, style)


# --------------------------------------------------------------------------- hospital sections


def _overview(section: HospitalSection, styles: ReportStyles) -> Flowable:
    fq, units = section.figures, section.units_by_level
    covered = ", ".join(f"{units[level]} {LEVEL_NAMES[level].lower().rstrip('s')}"
                        + ("s" if units[level] > 1 else "")
                        for level in SECTION_LEVELS if units.get(level))
    visit = ", ".join(format_date(d) for d in section.supervision_days) or "not recorded"
    return field_grid([("Facility", fq.facility_name), ("District", section.parent_name or "—"),
                    ("Quarter", f"{fq.period.label}: {format_date(fq.period.start)} – "
                                f"{format_date(fq.period.end)}"),
                    ("Joint supervision visit", visit), ("Units covered", covered),
                    ("Report prepared", format_date(dt.date.today()))], styles)


def _key_figures(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    v = fq.visits
    pending = max(v.planned - v.done - v.missed, 0)
    open_actions = sum(1 for a in fq.actions if a.status in OPEN_ACTIONS)
    overdue = sum(1 for a in fq.actions if a.overdue)
    active = sum(1 for p in fq.projects if p.status in ("active", "planned", "sustaining"))
    escalations = sum(1 for e in fq.escalations if e.status in OPEN_ESCALATIONS)
    return field_grid([
        ("Visits planned", f"{v.planned}"), ("Mentees assessed", f"{fq.mentees_assessed}"),
        ("Visits done", count_pct(v.done, v.planned)),
        ("Mentees validated", count_pct(fq.mentees_validated, fq.mentees_assessed)),
        ("Visits missed", f"{v.missed}"), ("QI projects running", f"{active}"),
        ("Visits not yet recorded", f"{pending}"),
        ("Actions overdue", f"{overdue} of {open_actions} open"),
        ("Findings at debriefings", f"{len(fq.findings)}"),
        ("Escalations open", f"{escalations}"),
    ], styles)


def _mentors_present(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    present = fq.visits.mentor_days_present
    keys = ["RSOG", "RAM", "RPA"] + [k for k in PRESENT_LABELS if k in present and len(k) > 4]
    rows = [[PRESENT_LABELS[k], f"{present.get(k, 0)}"] for k in keys]
    rows += [[k, f"{n}"] for k, n in present.items() if k not in PRESENT_LABELS]
    return text_table(["Mentors present, by association or kind", "Visits attended"], rows,
                  [0, 32 * mm], styles, numeric_from=1)


def _competencies(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    rows = [[c.form_code, c.title, f"{c.mentees_assessed}", f"{c.validated}",
             "—" if c.percent_validated is None else f"{c.percent_validated}%",
             "—" if c.mean_score is None else f"{c.mean_score:.1f}%"] for c in fq.competencies]
    return text_table(["Form", "Competency", "Mentees assessed", "Validated", "% validated",
                   "Mean score"], rows, [17 * mm, 0, 22 * mm, 19 * mm, 20 * mm, 19 * mm],
                  styles, numeric_from=2, empty="No mentee was assessed in the quarter.")


def _findings(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    grouped: dict[str, dict[str, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
    for day, facility, text in fq.findings:
        grouped[text][facility].append(day)
    rows = [[text, "; ".join(f"{place}: {', '.join(_short(d) for d in days)}"
                             for place, days in places.items()),
             f"{sum(len(d) for d in places.values())}"] for text, places in grouped.items()]
    rows.sort(key=lambda row: -int(row[2]))
    return text_table(["Finding", "Where and when", "Times"], rows, [0, 88 * mm, 13 * mm], styles,
                  numeric_from=2, empty="No debriefing recorded in the quarter.")


def _projects(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    names = {series.code: series.name for series in fq.indicators}
    rows = [[p.facility, p.title, p.status.replace("_", " "), p.aim or "—",
             f"{p.cycles}" + (f" (last {format_date(p.pdsa_dates[-1])})" if p.pdsa_dates else ""),
             names.get(p.indicator_code or "", p.indicator_code or "—")] for p in fq.projects]
    return text_table(["Facility", "Project", "Status", "Aim", "PDSA cycles", "Measure"], rows,
                  [30 * mm, 36 * mm, 18 * mm, 0, 24 * mm, 25 * mm], styles,
                  empty="No QI project was running in the quarter.")


def _actions_table(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    ordered = sorted(fq.actions, key=lambda a: (not a.overdue, a.due_date))
    rows, shade = [], []
    for number, action in enumerate(ordered, start=1):
        status = esc(action.status.replace("_", " "))
        due = esc(format_date(action.due_date))
        if action.overdue:
            late = (fq.period.end - action.due_date).days
            status, due = f"<b>OVERDUE</b><br/>{late} days, {status}", f"<b>{due}</b>"
            shade.append(("BACKGROUND", (0, number), (-1, number), SHADE_GREY))
        rows.append([_p(due, styles.cell), action.facility, action.action,
                     action.responsible or "—", _p(status, styles.cell)])
    return text_table(["Due", "Facility", "Action", "Responsible", "Status"], rows,
                  [21 * mm, 32 * mm, 0, 28 * mm, 27 * mm], styles, extra=shade,
                  empty="No action was open or closed in the quarter.")


def _escalations_table(fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    rows = [[format_date(e.raised_on), e.facility, e.category.replace("_", " and "),
             e.level, e.description, e.status.replace("_", " "), f"{e.days_open}"]
            for e in sorted(fq.escalations,
                            key=lambda e: (e.status not in OPEN_ESCALATIONS, -e.days_open))]
    return text_table(["Raised", "Facility", "Gap", "To", "Description", "Status", "Days open"],
                  rows, [20 * mm, 28 * mm, 25 * mm, 16 * mm, 0, 21 * mm, 13 * mm], styles,
                  numeric_from=6, empty="No escalation was open in the quarter.")


def _chart(block: ChartBlock, fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    reader = ImageReader(io.BytesIO(block.png))
    width, height = reader.getSize()
    image = Image(io.BytesIO(block.png), width=PAGE_WIDTH, height=PAGE_WIDTH * height / width)
    signals = "; ".join(s.message for s in block.analysis.signals) \
        or "none: the variation is what chance alone would give"
    series = block.series
    quarter = [f"{format_date(m)[-8:]} {n}/{d}" + (f" ({100 * n / d:.0f}%)" if d else
                                                   " (no cases)")
               for m, n, d in zip(series.months, series.numerators, series.denominators)
               if fq.period.contains(m)]
    lines = [f"<b>Median</b> {block.analysis.median:.1f}% over {len(block.months)} months "
             f"({format_date(block.months[0])[-8:]} – {format_date(block.months[-1])[-8:]}). "
             f"<b>Signals:</b> {esc(signals)}.",
             f"<b>This quarter</b> (numerator/denominator): {esc('; '.join(quarter) or 'no data')}."]
    if block.changes:
        lines.append(f"<b>Changes tested:</b> {esc('; '.join(block.changes))}.")
    return KeepTogether([image] + [_p(line, styles.small) for line in lines]
                        + [Spacer(1, 4 * mm)])


def _next_steps(title: str, styles: ReportStyles) -> list[Flowable]:
    rows = [[f"{n}", Spacer(1, 7 * mm), "", ""] for n in range(1, NEXT_STEP_ROWS + 1)]
    table = text_table(["No.", "Next step agreed at the meeting", "Responsible", "By (date)"], rows,
                   [10 * mm, 0, 40 * mm, 26 * mm], styles)
    sign = [["For the facility", "", "For the supervision team", ""],
            ["Name:", "", "Name:", ""], ["Signature and date:", "", "Signature and date:", ""]]
    half = PAGE_WIDTH / 2
    signatures = layout_table(
        [[_p(esc(c), styles.cell_bold if r == 0 else styles.cell) for c in row]
         for r, row in enumerate(sign)], [32 * mm, half - 36 * mm, 36 * mm, half - 32 * mm],
        [("LINEBELOW", (1, 1), (1, 2), 0.5, GRID_GREY), ("LINEBELOW", (3, 1), (3, 2), 0.5,
                                                           GRID_GREY),
         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")], row_heights=[6 * mm, 9 * mm, 9 * mm])
    head = Paragraph(title, styles.heading.clone("Head", keepWithNext=0))
    return [KeepTogether([head, table, Spacer(1, 5 * mm), signatures])]


def hospital_story(section_data: HospitalSection, styles: ReportStyles, *, number: str = ""
                   ) -> list[Flowable]:
    """One facility's report, its headings numbered ``number.1``, ``number.2``..."""
    fq = section_data.figures

    def head(n: int, text: str, body: Flowable | None = None) -> list[Flowable]:
        markup = f"{number}{n}. {esc(text)}"
        return heading(markup, styles) if body is None else section(markup, body, styles)

    story: list[Flowable] = [_overview(section_data, styles), Spacer(1, 3 * mm),
                             _key_figures(fq, styles),
                             *head(1, "Mentorship progress", _mentors_present(fq, styles)),
                             *head(2, "Mentees assessed and validated",
                                   _competencies(fq, styles)),
                             *head(3, "Debriefing findings", _findings(fq, styles)),
                             *head(4, "QI projects", _projects(fq, styles)),
                             *head(5, "Action plan status", _actions_table(fq, styles)),
                             *head(6, "Escalations", _escalations_table(fq, styles)),
                             PageBreak(), *head(7, "Indicator run charts")]
    story += [_chart(block, fq, styles) for block in section_data.charts] or [
        _p("<i>No indicator value recorded for this facility in the last 24 months.</i>",
           styles.small)]
    story += _next_steps(f"{number}8. Agreed next steps", styles)
    return story


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
                             _p(esc(note), styles.small_italic),
                             *section("2. Community level", _community_table(pack, styles),
                                      styles),
                             *section("3. Hospitals", _hospitals_table(pack, styles), styles)]
    big = styles.title.clone("SectionTitle", fontSize=12.5, leading=16, spaceAfter=3)
    for number, hospital in enumerate(pack.sections, start=4):
        story += [PageBreak(), _Checkpoint(steps),
                  _p(f"{number}. {esc(hospital.figures.facility_name)}", big),
                  *hospital_story(hospital, styles, number=f"{number}.")]
    return story


# --------------------------------------------------------------------------- public API


def _meta(session: Session, title: str, place: str, period: Period) -> DocumentMeta:
    return DocumentMeta(title=title, office_name=office_name(session), facility=place,
                        filter_text=f"{place}, {period.label}",
                        subtitle=f"{period.label}: {format_date(period.start)} – "
                                 f"{format_date(period.end)}")


def supervision_report_pdf(session: Session, facility_id: int, period: Period, out: Any, *,
                           progress: Progress | None = None,
                           cancelled: Cancelled | None = None) -> int:
    """The quarterly joint supervision visit report of one hospital; returns the page count."""
    steps = Steps(4, progress, cancelled)
    section = gather_section(session, facility_id, period, steps)
    styles = report_styles()
    story = [_Checkpoint(steps), *hospital_story(section, styles)]
    meta = _meta(session, "Quarterly joint supervision visit report",
                 section.figures.facility_name, period)
    pages = build_pdf(out, story, meta)
    steps.finish()
    return pages


def district_pack_pdf(session: Session, district_id: int, period: Period, out: Any, *,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> int:
    """The district coordination meeting pack; returns the page count."""
    pack, steps = gather_district(session, district_id, period, progress, cancelled)
    styles = report_styles()
    meta = _meta(session, "District coordination meeting pack", pack.district_name, period)
    pages = build_pdf(out, _district_story(pack, styles, steps), meta)
    steps.finish()
    return pages

