"""Printouts of the visits and QI issue: the visit plan letter and the QI project page.

- :func:`visit_plan_letter_pdf`: to a facility's leadership, the month's planned visits with
  their dates and mentors, what to prepare (registers and data, rooms) and which staff to
  release (the facility's active mentees, by name and cadre), with a signature block;
- :func:`qi_projects_pdf`: one page per QI project: problem, SMART aim, measure, fishbone,
  5-whys chains (root causes linked by their parent), change ideas, PDSA cycles, actions.

Each lays out the figures :mod:`mentoroffice.figures.letters` gathered.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer

from ..data.enums import CauseCategory
from ..figures.letters import (
    Cause,
    PlannedVisit,
    ProjectAction,
    QIProjectPage,
    QIProjects,
    VisitPlanLetter,
    five_whys_chains,
)
from .charts import fishbone_png
from .layout import PAGE_WIDTH, field_grid, heading, text_table
from .pdf import (
    GRID_GREY,
    DocumentMeta,
    ReportStyles,
    build_pdf,
    esc,
    format_date,
    layout_table,
    report_styles,
)

__all__ = ["CAUSE_LABELS", "five_whys_chains", "qi_projects_pdf", "visit_plan_letter_pdf"]

VISIT_LABELS = {"joint_hospital": "Joint team mentorship visit (RSOG, RAM, RPA)",
                "health_center": "District-based mentor visit",
                "health_post": "Health-post mentorship visit",
                "community": "CHW group visit", "joint_supervision": "Joint supervision visit",
                "baseline": "Baseline facility assessment"}
MENTOR_ROLES = {"RSOG": "RSOG, obstetrics and gynaecology", "RAM": "RAM, midwifery",
                "RPA": "RPA, paediatrics", "district": "district-based mentor",
                "hc_provider": "health-center provider mentor", "community": "community mentor"}
LEADER_TITLES = {"hospital": "Director", "health_center": "Titulaire",
                 "health_post": "In charge"}
REGISTERS = {"MNH": "maternity register, partographs and ANC/PNC registers",
             "NEO": "neonatal unit register and newborn files",
             "IMCI": "IMCI / paediatric consultation and admission registers",
             "FP": "family planning register"}
CAUSE_LABELS = {CauseCategory.STAFF: "Staff", CauseCategory.PROCEDURES: "Procedures and policies",
                CauseCategory.EQUIPMENT: "Equipment", CauseCategory.SUPPLIES: "Supplies and drugs",
                CauseCategory.ENVIRONMENT: "Environment", CauseCategory.PATIENTS: "Patients",
                CauseCategory.MEASUREMENT: "Measurement", CauseCategory.MANAGEMENT: "Management"}


# --------------------------------------------------------------------------- visit plan letter


def _bullet(styles: ReportStyles) -> Any:
    """Body text with a hanging bullet, in DejaVu (a bullet's font defaults to Helvetica)."""
    return styles.body.clone("Bullet", bulletFontName=styles.body.fontName, leftIndent=4 * mm,
                             bulletIndent=0)


def _days_text(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start:%a} {format_date(start)}"
    return f"{start:%a} {start.day} \N{EN DASH} {end:%a} {format_date(end)}"


def _mentor_lines(visit: PlannedVisit) -> str:
    lines = [f"{esc(first)} {esc(last)} <i>({esc(MENTOR_ROLES.get(role, role))})</i>"
             for first, last, role in visit.mentors]
    return "<br/>".join(lines) or "<i>supervision team of the programme, ministry and "\
        "associations</i>"


def _visit_rows(visits: tuple[PlannedVisit, ...], styles: ReportStyles) -> list[list[Any]]:
    rows = []
    for visit in visits:
        what = VISIT_LABELS.get(visit.kind, visit.kind)
        if visit.group:
            what += f": {visit.group}"
        rows.append([_days_text(visit.start, visit.end), what,
                     Paragraph(_mentor_lines(visit), styles.cell)])
    return rows


def _prepare(letter: VisitPlanLetter) -> list[str]:
    areas = {m.area for m in letter.enrolled}
    registers = "; ".join(REGISTERS[a] for a in sorted(areas) if a in REGISTERS)
    last = max(v.end for v in letter.visits)
    return [f"<b>Data:</b> the last three months' registers and monthly HMIS reports for the "
            f"indicators we will review together: {esc(', '.join(letter.indicators))}.",
            "<b>Registers and files</b> for case reviews: "
            f"{esc(registers or 'the ward registers')}.",
            "<b>Rooms:</b> a room for the entry meeting and the debriefing; a space for skills "
            "sessions with the simulation models; access to the wards for case observation "
            "(with each patient's consent) and bedside teaching.",
            f"<b>Debriefing</b> on {esc(format_date(last))}: the facility leadership and the QI "
            "team, with the mentees."]


def visit_plan_letter_pdf(letter: VisitPlanLetter, out: Any) -> int:
    """The month's visit plan letter to the facility's leadership; returns the page count."""
    office, styles = letter.office, report_styles()
    month, on, leaders = letter.month, letter.letter_date, letter.leaders
    enrolled = [[m.name, m.cadre.replace("_", " ").capitalize(), m.area,
                 ", ".join(m.in_mentorship)] for m in letter.enrolled]
    mentees = [row for row in enrolled if row[3]]  # still in mentorship on a competency
    title = LEADER_TITLES.get(letter.level, "Head of facility")
    body = styles.body.clone("Letter", fontSize=10, leading=13.5, spaceAfter=6)
    story: list[Flowable] = [
        field_grid([("To", f"The {title}, {letter.facility}"
                     + (f" ({', '.join(leaders)})" if leaders else "")),
                    ("From", office), ("Date", format_date(on)),
                    ("Reference", f"VP/{letter.facility_code}/{month.start:%Y-%m}")], styles,
                   columns=1),
        Spacer(1, 5 * mm),
        Paragraph(f"<b>Subject: clinical mentorship visits to {esc(letter.facility)} in "
                  f"{month.start:%B %Y}</b>", body),
        Paragraph(f"Dear {esc(title)},", body),
        Paragraph(f"{esc(office)} plans the visits below. Please share this plan with the heads "
                  "of service, prepare what is listed, and release the staff named in the annex "
                  "for the sessions. Tell us at once if a date does not suit, so that we can "
                  "move the visit rather than miss it.", body),
        *heading("Planned visits", styles, 25 * mm),
        text_table(["Dates", "Visit", "Mentors"], _visit_rows(letter.visits, styles),
                   [50 * mm, 52 * mm, 0], styles),
        *heading("What to prepare", styles, 25 * mm),
        *[Paragraph(line, _bullet(styles), bulletText="•") for line in _prepare(letter)],
        Spacer(1, 3 * mm),
        Paragraph("Thank you for your support to the mentorship of your staff.", body),
        KeepTogether([Spacer(1, 2 * mm), _signatures(office, styles)]),
        Spacer(1, 4 * mm), *heading(f"Annex: staff to release ({len(mentees)})", styles),
        text_table(["No.", "Name", "Cadre", "Area", "Competencies in mentorship"],
                   [[f"{n}", *row] for n, row in enumerate(mentees, start=1)],
                   [10 * mm, 50 * mm, 27 * mm, 16 * mm, 0], styles,
                   empty="No mentee is in mentorship at this facility now: the visit covers "
                         "the team on duty."),
    ]
    if len(enrolled) > len(mentees):
        story.append(Paragraph(
            f"{len(enrolled) - len(mentees)} other enrolled mentee(s) are validated on every "
            "competency of their plan: they need not be released.", styles.small_italic))
    meta = DocumentMeta(title=f"Mentorship visit plan: {month.start:%B %Y}",
                        office_name=office, facility=letter.facility,
                        filter_text=f"{letter.facility}, {month.label}")
    return build_pdf(out, story, meta)


def _signatures(office: str, styles: ReportStyles) -> Flowable:
    half = PAGE_WIDTH / 2
    rows = [[Paragraph(f"For {esc(office)}", styles.cell_bold), "",
             Paragraph("Received by the facility", styles.cell_bold), ""],
            [Paragraph("Name:", styles.cell), "", Paragraph("Name:", styles.cell), ""],
            [Paragraph("Signature and stamp:", styles.cell), "",
             Paragraph("Signature and date:", styles.cell), ""]]
    return layout_table(rows, [38 * mm, half - 44 * mm, 34 * mm, half - 28 * mm],
                        [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)),
                         ("LINEBELOW", (1, 1), (1, 2), 0.5, GRID_GREY),
                         ("LINEBELOW", (3, 1), (3, 2), 0.5, GRID_GREY),
                         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
                        row_heights=[6 * mm, 10 * mm, 14 * mm])


# --------------------------------------------------------------------------- QI project pages


def _label(category: str) -> str:
    try:
        return CAUSE_LABELS[CauseCategory(category)]
    except ValueError:
        return category.title()


def _fishbone(project: QIProjectPage, styles: ReportStyles) -> list[Flowable]:
    """The diagram of the top-level causes; when some may not fit on their bone (many or
    long causes), every cause also in full beneath it."""
    tops: dict[str, list[str]] = {}
    for category in CauseCategory:
        texts = [c.text for c in project.causes
                 if c.parent_id is None and c.category == category.value]
        if texts:
            tops[_label(category.value)] = texts
    png = fishbone_png(project.problem or project.title, tops)
    width, height = ImageReader(io.BytesIO(png)).getSize()
    shown = min(PAGE_WIDTH, 118 * mm * width / height)
    story: list[Flowable] = [Image(io.BytesIO(png), width=shown, height=shown * height / width)]
    if any(len(texts) > 4 or max(map(len, texts)) > 60 for texts in tops.values()):
        story += [Paragraph(f"<b>{esc(category)}:</b> {esc('; '.join(texts))}", styles.small)
                  for category, texts in tops.items()]
    return story


def _chains(causes: tuple[Cause, ...], styles: ReportStyles) -> list[Flowable]:
    chains = five_whys_chains(causes)
    if not chains:
        return [Paragraph("<i>No 5-whys chain recorded (causes without a deeper 'why').</i>",
                          styles.small)]
    out: list[Flowable] = []
    for number, chain in enumerate(chains, start=1):
        lines = []
        for depth, cause in enumerate(chain):
            text = esc(_why_text(cause.text))
            if depth == 0:
                lines.append(Paragraph(f"<b>{number}. {esc(_label(cause.category))}:</b> {text}",
                                       styles.body))
                continue
            last = depth == len(chain) - 1
            lines.append(Paragraph(f"<b>Why?</b> {text}" + (" <b>(root cause)</b>" if last
                                                              else ""),
                                   styles.body.clone("Why", leftIndent=6 * mm * depth)))
        out.append(KeepTogether([*lines, Spacer(1, 2)]))
    return out


def _why_text(text: str) -> str:
    """People often type the question too ("Why? No budget..."): keep the answer only."""
    stripped = text.strip()
    return stripped[4:].lstrip(" :") if stripped.lower().startswith("why?") else stripped


def _pdsa_rows(project: QIProjectPage, styles: ReportStyles) -> list[list[Any]]:
    """One row per cycle; its change idea by its number in the list above the table."""
    return [[Paragraph(f"<b>{c.cycle_no}</b><br/>{format_date(c.start_date)}"
                       + (f" \N{EN DASH}<br/>{format_date(c.end_date)}" if c.end_date else ""),
                       styles.cell),
             c.idea, c.plan or "—", c.do or "—", c.study or "—", c.act or "—"]
            for c in project.cycles]


def _action_rows(actions: tuple[ProjectAction, ...], styles: ReportStyles) -> list[list[Any]]:
    rows = []
    for action in actions:
        status = esc(action.status.replace("_", " "))
        if action.days_overdue is not None:
            status = f"<b>OVERDUE</b><br/>{action.days_overdue} days, {status}"
        rows.append([format_date(action.due_date), action.action,
                     action.responsible or "—", Paragraph(status, styles.cell)])
    return rows


def _project_story(project: QIProjectPage, styles: ReportStyles) -> list[Flowable]:
    box = styles.title.clone("ProjectTitle", fontSize=12.5, leading=16, spaceAfter=4)
    ideas = [Paragraph(esc(text), _bullet(styles), bulletText=f"{n}.")
             for n, text in enumerate(project.change_ideas, start=1)]
    indicator = project.indicator
    return [
        Paragraph(f"QI project: {esc(project.title)}", box),
        field_grid([("Facility", project.facility or "—"),
                    ("Status", project.status.replace("_", " ")),
                    ("Started", format_date(project.started_on)),
                    ("Closed", format_date(project.closed_on))], styles),
        field_grid([("Problem", project.problem or "—"), ("SMART aim", project.aim or "—"),
                    ("Measure", project.measure or "—"),
                    ("Indicator", f"{indicator[0]} ({indicator[1]})" if indicator else
                     "none linked")], styles, columns=1),
        *heading("Root causes (fishbone)", styles, 80 * mm), *_fishbone(project, styles),
        *heading("5 whys", styles), *_chains(project.causes, styles),
        *heading("Change ideas", styles),
        *(ideas or [Paragraph("<i>None recorded.</i>", styles.small)]),
        *heading("PDSA cycles", styles),
        text_table(["Cycle and dates", "Idea", "Plan", "Do", "Study", "Act"],
                   _pdsa_rows(project, styles),
                   [24 * mm, 11 * mm, 0, 36 * mm, 36 * mm, 36 * mm], styles,
                   empty="No PDSA cycle yet."),
        *heading("Action items", styles),
        text_table(["Due", "Action", "Responsible", "Status"],
                   _action_rows(project.actions, styles),
                   [24 * mm, 0, 34 * mm, 30 * mm], styles, empty="No action item."),
    ]


def qi_projects_pdf(pages: QIProjects, out: Any) -> int:
    """One page (or more) per QI project; returns the page count."""
    styles, story = report_styles(), list[Flowable]()
    for project in pages.projects:
        story += ([PageBreak()] if story else []) + _project_story(project, styles)
    meta = DocumentMeta(title="QI project" + ("s" if len(pages.projects) > 1 else ""),
                        office_name=pages.office, facility=pages.place,
                        filter_text=pages.filter_text)
    return build_pdf(out, story, meta)
