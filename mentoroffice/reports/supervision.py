"""The quarterly joint supervision visit report for a hospital (or health center): layout.

Its figures are gathered first, by :mod:`mentoroffice.figures.supervision` (the facility's
quarter, defined once in :mod:`mentoroffice.figures.facility_quarter`, and the run charts'
points and signals); this module lays them out and draws the charts (:mod:`.vector_charts`).
:mod:`.district_pack` repeats each hospital's section after its district summary.

Laying out ticks the report's progress steps and asks whether to stop (``Steps``): the GUI
shows a bar and may cancel, which raises :class:`ReportCancelled` and leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from ..figures.district_pack import LEVEL_NAMES
from ..figures.facility_quarter import OPEN_ACTIONS, OPEN_ESCALATIONS, FacilityQuarter
from ..figures.progress import ReportCancelled, Steps
from ..figures.supervision import SECTION_LEVELS, ChartData, FacilitySection, SupervisionReport
from .layout import (
    PAGE_WIDTH,
    Checkpoint,
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
    ReportStyles,
    build_pdf,
    esc,
    format_date,
    layout_table,
    report_styles,
)
from .vector_charts import run_chart_drawing

__all__ = ["LEVEL_NAMES", "SECTION_LEVELS", "ReportCancelled", "hospital_story",
           "supervision_report_pdf"]

PRESENT_LABELS = {"RSOG": "RSOG (obstetrics and gynaecology)", "RAM": "RAM (midwives)",
                  "RPA": "RPA (paediatrics)", "district": "District-based mentors",
                  "hc_provider": "Health-center provider mentors",
                  "community": "Community mentors"}
NEXT_STEP_ROWS = 6


# --------------------------------------------------------------------------- small pieces


def _short(day: dt.date) -> str:
    return format_date(day)[:-5]  # "14 Jan"


# --------------------------------------------------------------------------- hospital sections


def _overview(section: FacilitySection, styles: ReportStyles) -> Flowable:
    fq, units = section.figures, section.units_by_level
    covered = ", ".join(f"{units[level]} {LEVEL_NAMES[level].lower().rstrip('s')}"
                        + ("s" if units[level] > 1 else "")
                        for level in SECTION_LEVELS if units.get(level))
    visit = ", ".join(format_date(d) for d in section.supervision_days) or "not recorded"
    return field_grid([("Facility", fq.facility_name), ("District", section.parent_name or "—"),
                    ("Quarter", f"{fq.period.label}: {format_date(fq.period.start)} \N{EN DASH} "
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


def _chart(chart: ChartData, fq: FacilityQuarter, styles: ReportStyles) -> Flowable:
    series = chart.series
    drawing = run_chart_drawing(series.name, chart.months, chart.percents, chart.analysis,
                                chart.annotations, PAGE_WIDTH, direction=series.direction)
    signals = "; ".join(s.message for s in chart.analysis.signals) \
        or "none: the variation is what chance alone would give"
    quarter = [f"{format_date(m)[-8:]} {n}/{d}" + (f" ({100 * n / d:.0f}%)" if d else
                                                   " (no cases)")
               for m, n, d in zip(series.months, series.numerators, series.denominators,
                                  strict=True)
               if fq.period.contains(m)]
    first, last = format_date(chart.months[0])[-8:], format_date(chart.months[-1])[-8:]
    lines = [f"<b>Median</b> {chart.analysis.median:.1f}% over {len(chart.months)} months "
             f"({first} \N{EN DASH} {last}). <b>Signals:</b> {esc(signals)}.",
             "<b>This quarter</b> (numerator/denominator): "
             f"{esc('; '.join(quarter) or 'no data')}."]
    if chart.changes:
        lines.append(f"<b>Changes tested:</b> {esc('; '.join(chart.changes))}.")
    return KeepTogether([drawing, *[Paragraph(line, styles.small) for line in lines],
                         Spacer(1, 4 * mm)])


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


def hospital_story(section_data: FacilitySection, styles: ReportStyles, *, number: str = ""
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
    story += [_chart(chart, fq, styles) for chart in section_data.charts] or [
        Paragraph("<i>No indicator value recorded for this facility in the last 24 months.</i>",
                  styles.small)]
    story += _next_steps(f"{number}8. Agreed next steps", styles)
    return story


# --------------------------------------------------------------------------- public API


def supervision_report_pdf(report: SupervisionReport, out: Any, steps: Steps | None = None
                           ) -> int:
    """The quarterly joint supervision visit report of one hospital; returns the page count."""
    steps = steps or Steps(1)
    styles = report_styles()
    story = [Checkpoint(steps), *hospital_story(report.section, styles)]
    meta = period_meta(report.office, "Quarterly joint supervision visit report",
                       report.section.figures.facility_name, report.period)
    pages = build_pdf(out, story, meta)
    steps.finish()
    return pages
