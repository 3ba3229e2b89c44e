"""The quarterly joint supervision visit report for a hospital (or health center).

Figures come from :mod:`mentoroffice.figures.facility_quarter` (defined once, shared with the
screens and exports); run charts from :func:`mentoroffice.indicators.runchart.analyse`, drawn by
:mod:`.charts`. :mod:`.district_pack` repeats each hospital's report after its district summary.

The report takes ``progress(done, total)`` and ``cancelled()`` callbacks: the GUI shows a bar and
may stop it, which raises :class:`ReportCancelled` and leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.enums import OrgLevel, VisitKind, VisitStatus
from ..data.models import OrgUnit, Visit
from ..figures.facility_quarter import (
    OPEN_ACTIONS,
    OPEN_ESCALATIONS,
    FacilityQuarter,
    IndicatorSeries,
    ProjectLine,
    facility_quarter,
)
from ..indicators.runchart import RunChartAnalysis, analyse
from ..periods import Period
from .catalog import Cancelled, Progress, ReportCancelled
from .layout import (
    PAGE_WIDTH,
    Checkpoint,
    Steps,
    count_pct,
    field_grid,
    heading,
    period_meta,
    section,
    text_table,
)
from .pdf import (
    GRID_GREY,
    SHADE_GREY,
    ReportError,
    ReportStyles,
    build_pdf,
    esc,
    format_date,
    layout_table,
    report_styles,
)
from .vector_charts import run_chart_drawing

__all__ = [
    "ChartBlock", "HospitalSection", "ReportCancelled", "chart_block", "gather_section",
    "hospital_story", "supervision_report_pdf",
]

SECTION_LEVELS = (OrgLevel.HOSPITAL.value, OrgLevel.HEALTH_CENTER.value,
                  OrgLevel.HEALTH_POST.value)
LEVEL_NAMES = {"hospital": "Hospital", "health_center": "Health centers",
               "health_post": "Health posts"}
PRESENT_LABELS = {"RSOG": "RSOG (obstetrics and gynaecology)", "RAM": "RAM (midwives)",
                  "RPA": "RPA (paediatrics)", "district": "District-based mentors",
                  "hc_provider": "Health-center provider mentors",
                  "community": "Community mentors"}
NEXT_STEP_ROWS = 6


# --------------------------------------------------------------------------- gathering


@dataclass(frozen=True)
class ChartBlock:
    series: IndicatorSeries
    months: tuple[dt.date, ...]  # months with a denominator (no cases: left out)
    percents: tuple[float, ...]
    analysis: RunChartAnalysis
    annotations: tuple[tuple[dt.date, str], ...]
    changes: tuple[str, ...]  # what the annotations stand for, for the caption
    drawing: Drawing  # the chart at print size, in ReportLab's vector graphics


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


def chart_block(series: IndicatorSeries, projects: Sequence[ProjectLine], facility: str
                ) -> ChartBlock | None:
    kept = [(m, p) for m, p, d in zip(series.months, series.percents, series.denominators) if d]
    if not kept:
        return None
    months, percents = tuple(m for m, _ in kept), tuple(p for _, p in kept)
    analysis = analyse(percents)
    marks, changes = _pdsa_annotations(projects, series.code, facility)
    drawing = run_chart_drawing(series.name, months, percents, analysis, marks, PAGE_WIDTH,
                                direction=series.direction)
    return ChartBlock(series, months, percents, analysis, marks, changes, drawing)


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


# --------------------------------------------------------------------------- small pieces


def _short(day: dt.date) -> str:
    return format_date(day)[:-5]  # "14 Jan"


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
        rows.append([Paragraph(due, styles.cell), action.facility, action.action,
                     action.responsible or "—", Paragraph(status, styles.cell)])
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
    return KeepTogether([block.drawing] + [Paragraph(line, styles.small) for line in lines]
                        + [Spacer(1, 4 * mm)])


def _next_steps(title: str, styles: ReportStyles) -> list[Flowable]:
    rows = [[f"{n}", Spacer(1, 7 * mm), "", ""] for n in range(1, NEXT_STEP_ROWS + 1)]
    table = text_table(["No.", "Next step agreed at the meeting", "Responsible", "By (date)"], rows,
                   [10 * mm, 0, 40 * mm, 26 * mm], styles)
    sign = [["For the facility", "", "For the supervision team", ""],
            ["Name:", "", "Name:", ""], ["Signature and date:", "", "Signature and date:", ""]]
    half = PAGE_WIDTH / 2
    signatures = layout_table(
        [[Paragraph(esc(c), styles.cell_bold if r == 0 else styles.cell) for c in row]
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
        Paragraph("<i>No indicator value recorded for this facility in the last 24 months.</i>",
                  styles.small)]
    story += _next_steps(f"{number}8. Agreed next steps", styles)
    return story


# --------------------------------------------------------------------------- public API


def supervision_report_pdf(session: Session, facility_id: int, period: Period, out: Any, *,
                           progress: Progress | None = None,
                           cancelled: Cancelled | None = None) -> int:
    """The quarterly joint supervision visit report of one hospital; returns the page count."""
    steps = Steps(4, progress, cancelled)
    section = gather_section(session, facility_id, period, steps)
    styles = report_styles()
    story = [Checkpoint(steps), *hospital_story(section, styles)]
    meta = period_meta(session, "Quarterly joint supervision visit report",
                       section.figures.facility_name, period)
    pages = build_pdf(out, story, meta)
    steps.finish()
    return pages
