"""Printouts of the visits and QI issue: the visit plan letter and the QI project page.

- :func:`visit_plan_letter_pdf`: to a facility's leadership, the month's planned visits with
  their dates and mentors, what to prepare (registers and data, rooms) and which staff to
  release (the facility's active mentees, by name and cadre), with a signature block;
- :func:`qi_projects_pdf`: one page per QI project: problem, SMART aim, measure, fishbone,
  5-whys chains (root causes linked by their parent), change ideas, PDSA cycles, actions.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.enums import CauseCategory, PostingRole, VisitStatus
from ..data.models import (
    ActionItem,
    ChwGroup,
    Indicator,
    MenteeEnrolment,
    Mentor,
    OrgUnit,
    Person,
    PlannedCompetency,
    Posting,
    QIProject,
    RootCause,
    Validation,
    Visit,
    VisitMentor,
)
from ..figures.facility_quarter import OPEN_ACTIONS, unit_and_descendants
from ..periods import Period
from .catalog import office_name
from .charts import fishbone_png
from .layout import PAGE_WIDTH, field_grid, heading, text_table
from .pdf import (
    GRID_GREY,
    DocumentMeta,
    ReportError,
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
    return f"{start:%a} {start.day} – {end:%a} {format_date(end)}"


def _month_visits(session: Session, unit: OrgUnit, month: Period) -> list[Visit]:
    return list(session.scalars(
        select(Visit).where(Visit.org_unit_id == unit.id,
                            Visit.planned_start.between(month.start, month.end),
                            Visit.status != VisitStatus.CANCELLED.value)
        .order_by(Visit.planned_start, Visit.id)))


def _mentor_lines(session: Session, visit: Visit) -> str:
    rows = session.execute(
        select(Person.first_name, Person.last_name, Mentor.association, Mentor.kind)
        .join(Mentor, Mentor.person_id == Person.id)
        .join(VisitMentor, VisitMentor.mentor_id == Mentor.id)
        .where(VisitMentor.visit_id == visit.id).order_by(Mentor.association, Person.last_name))
    lines = [f"{esc(first)} {esc(last)} <i>({esc(MENTOR_ROLES.get(assoc or kind, kind))})</i>"
             for first, last, assoc, kind in rows]
    return "<br/>".join(lines) or "<i>supervision team of the programme, ministry and "\
        "associations</i>"


def _visit_rows(session: Session, visits: list[Visit], styles: ReportStyles) -> list[list[Any]]:
    rows = []
    for visit in visits:
        what = VISIT_LABELS.get(visit.kind, visit.kind)
        if visit.chw_group_id:
            group = session.get(ChwGroup, visit.chw_group_id)
            what += f": {group.name}" if group else ""
        rows.append([_days_text(visit.planned_start, visit.planned_end), what,
                     Paragraph(_mentor_lines(session, visit), styles.cell)])
    return rows


def _leaders(session: Session, unit: OrgUnit, on: dt.date) -> list[str]:
    return [f"{first} {last}" for first, last in session.execute(
        select(Person.first_name, Person.last_name).join(Posting, Posting.person_id == Person.id)
        .where(Posting.org_unit_id == unit.id, Posting.role == PostingRole.FACILITY_LEADER.value,
               Posting.start_date <= on, (Posting.end_date.is_(None)) | (Posting.end_date >= on))
        .order_by(Person.last_name))]


def _mentees(session: Session, unit: OrgUnit, month: Period) -> list[list[str]]:
    """Active mentees of the facility in the month, with competencies not yet validated."""
    enrolments = session.execute(
        select(MenteeEnrolment.id, Person.id, Person.first_name, Person.last_name, Person.cadre,
               MenteeEnrolment.technical_area)
        .join(Person, Person.id == MenteeEnrolment.person_id)
        .where(MenteeEnrolment.org_unit_id == unit.id, MenteeEnrolment.status == "active",
               MenteeEnrolment.enrolled_on <= month.end,
               (MenteeEnrolment.end_date.is_(None)) | (MenteeEnrolment.end_date >= month.start))
        .order_by(MenteeEnrolment.technical_area, Person.last_name, Person.first_name)).all()
    planned: dict[int, list[str]] = defaultdict(list)
    for enrolment_id, code in session.execute(
            select(PlannedCompetency.enrolment_id, PlannedCompetency.form_code)
            .where(PlannedCompetency.enrolment_id.in_([e[0] for e in enrolments]))
            .order_by(PlannedCompetency.form_code)):
        planned[enrolment_id].append(code)
    done = set(session.execute(select(Validation.mentee_id, Validation.form_code).where(
        Validation.mentee_id.in_([e[1] for e in enrolments]))).tuples().all())
    return [[f"{first} {last}", cadre.replace("_", " ").capitalize(), area,
             ", ".join(c for c in planned[enrolment_id] if (person_id, c) not in done)]
            for enrolment_id, person_id, first, last, cadre, area in enrolments]


def _prepare(session: Session, areas: set[str], visits: list[Visit]) -> list[str]:
    indicators = session.scalars(select(Indicator.name).where(
        Indicator.active.is_(True), Indicator.technical_area.in_(areas or set(REGISTERS)))
        .order_by(Indicator.name)).all()
    registers = "; ".join(REGISTERS[a] for a in sorted(areas) if a in REGISTERS)
    last = max(v.planned_end for v in visits)
    return [f"<b>Data:</b> the last three months' registers and monthly HMIS reports for the "
            f"indicators we will review together: {esc(', '.join(indicators))}.",
            f"<b>Registers and files</b> for case reviews: {esc(registers or 'the ward registers')}.",
            "<b>Rooms:</b> a room for the entry meeting and the debriefing; a space for skills "
            "sessions with the simulation models; access to the wards for case observation "
            "(with each patient's consent) and bedside teaching.",
            f"<b>Debriefing</b> on {esc(format_date(last))}: the facility leadership and the QI "
            "team, with the mentees."]


def visit_plan_letter_pdf(session: Session, facility_id: int, month: Period, out: Any, *,
                          letter_date: dt.date | None = None) -> int:
    """The month's visit plan letter to the facility's leadership; returns the page count."""
    unit = session.get(OrgUnit, facility_id)
    if unit is None:
        raise LookupError(f"There is no facility with id {facility_id}.")
    visits = _month_visits(session, unit, month)
    if not visits:
        raise ReportError(f"No visit is planned at {unit.name} in {month.label}: propose and "
                          "save the month's plan first.")
    office, styles = office_name(session), report_styles()
    on = letter_date or dt.date.today()
    enrolled = _mentees(session, unit, month)
    mentees = [row for row in enrolled if row[3]]  # still in mentorship on a competency
    title = LEADER_TITLES.get(unit.level, "Head of facility")
    leaders = _leaders(session, unit, on)
    body = styles.body.clone("Letter", fontSize=10, leading=13.5, spaceAfter=6)
    story: list[Flowable] = [
        field_grid([("To", f"The {title}, {unit.name}" + (f" ({', '.join(leaders)})"
                                                            if leaders else "")),
                    ("From", office), ("Date", format_date(on)),
                    ("Reference", f"VP/{unit.code}/{month.start:%Y-%m}")], styles, columns=1),
        Spacer(1, 5 * mm),
        Paragraph(f"<b>Subject: clinical mentorship visits to {esc(unit.name)} in "
                  f"{month.start:%B %Y}</b>", body),
        Paragraph(f"Dear {esc(title)},", body),
        Paragraph(f"{esc(office)} plans the visits below. Please share this plan with the heads "
                  "of service, prepare what is listed, and release the staff named in the annex "
                  "for the sessions. Tell us at once if a date does not suit, so that we can "
                  "move the visit rather than miss it.", body),
        *heading("Planned visits", styles, 25 * mm),
        text_table(["Dates", "Visit", "Mentors"], _visit_rows(session, visits, styles),
                   [50 * mm, 52 * mm, 0], styles),
        *heading("What to prepare", styles, 25 * mm),
        *[Paragraph(line, _bullet(styles), bulletText="•") for line in
          _prepare(session, {m[2] for m in enrolled}, visits)],
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
                        office_name=office, facility=unit.name,
                        filter_text=f"{unit.name}, {month.label}")
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


def five_whys_chains(causes: list[RootCause]) -> list[list[RootCause]]:
    """Every path from a top-level cause down to a cause with no deeper 'why' (2+ steps)."""
    children: dict[int | None, list[RootCause]] = defaultdict(list)
    for cause in sorted(causes, key=lambda c: c.id):
        children[cause.parent_id].append(cause)
    chains: list[list[RootCause]] = []

    def walk(path: list[RootCause]) -> None:
        below = children.get(path[-1].id, [])
        if not below and len(path) > 1:
            chains.append(path)
        for child in below:
            if child not in path:  # a cycle in bad data must not loop forever
                walk(path + [child])
    for top in children.get(None, []):
        walk([top])
    return chains


def _label(category: str) -> str:
    try:
        return CAUSE_LABELS[CauseCategory(category)]
    except ValueError:
        return category.title()


def _fishbone(project: QIProject, causes: list[RootCause], styles: ReportStyles
              ) -> list[Flowable]:
    """The diagram of the top-level causes; when some may not fit on their bone (many or
    long causes), every cause also in full beneath it."""
    tops: dict[str, list[str]] = {}
    for category in CauseCategory:
        texts = [c.text for c in causes if c.parent_id is None and c.category == category.value]
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


def _chains(causes: list[RootCause], styles: ReportStyles) -> list[Flowable]:
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
        out.append(KeepTogether(lines + [Spacer(1, 2)]))
    return out


def _why_text(text: str) -> str:
    """People often type the question too ("Why? No budget..."): keep the answer only."""
    stripped = text.strip()
    return stripped[4:].lstrip(" :") if stripped.lower().startswith("why?") else stripped


def _pdsa_rows(project: QIProject, styles: ReportStyles) -> list[list[Any]]:
    """One row per cycle; its change idea by its number in the list above the table."""
    ideas = {i.id: f"{n}" for n, i in enumerate(project.change_ideas, start=1)}
    return [[Paragraph(f"<b>{c.cycle_no}</b><br/>{format_date(c.start_date)}"
                       + (f" –<br/>{format_date(c.end_date)}" if c.end_date else ""),
                       styles.cell),
             ideas.get(c.change_idea_id or 0, "—"), c.plan or "—", c.do or "—", c.study or "—",
             c.act or "—"]
            for c in sorted(project.cycles, key=lambda c: (c.cycle_no, c.start_date))]


def _action_rows(session: Session, project: QIProject, today: dt.date,
                 styles: ReportStyles) -> list[list[Any]]:
    rows = []
    for action in session.scalars(select(ActionItem).where(ActionItem.project_id == project.id)
                                  .order_by(ActionItem.due_date)):
        status = esc(action.status.replace("_", " "))
        if action.status in OPEN_ACTIONS and action.due_date < today:
            status = f"<b>OVERDUE</b><br/>{(today - action.due_date).days} days, {status}"
        rows.append([format_date(action.due_date), action.action,
                     action.responsible_name or "—", Paragraph(status, styles.cell)])
    return rows


def _project_story(session: Session, project: QIProject, today: dt.date,
                   styles: ReportStyles) -> list[Flowable]:
    unit = session.get(OrgUnit, project.org_unit_id)
    indicator = session.get(Indicator, project.indicator_id) if project.indicator_id else None
    causes = list(project.causes)
    box = styles.title.clone("ProjectTitle", fontSize=12.5, leading=16, spaceAfter=4)
    ideas = [Paragraph(esc(i.text), _bullet(styles), bulletText=f"{n}.")
             for n, i in enumerate(project.change_ideas, start=1)]
    return [
        Paragraph(f"QI project: {esc(project.title)}", box),
        field_grid([("Facility", unit.name if unit else "—"),
                    ("Status", project.status.replace("_", " ")),
                    ("Started", format_date(project.started_on)),
                    ("Closed", format_date(project.closed_on))], styles),
        field_grid([("Problem", project.problem or "—"), ("SMART aim", project.aim or "—"),
                    ("Measure", project.measure or "—"),
                    ("Indicator", f"{indicator.name} ({indicator.code})" if indicator else
                     "none linked")], styles, columns=1),
        *heading("Root causes (fishbone)", styles, 80 * mm), *_fishbone(project, causes, styles),
        *heading("5 whys", styles), *_chains(causes, styles),
        *heading("Change ideas", styles),
        *(ideas or [Paragraph("<i>None recorded.</i>", styles.small)]),
        *heading("PDSA cycles", styles),
        text_table(["Cycle and dates", "Idea", "Plan", "Do", "Study", "Act"],
                   _pdsa_rows(project, styles),
                   [24 * mm, 11 * mm, 0, 36 * mm, 36 * mm, 36 * mm], styles,
                   empty="No PDSA cycle yet."),
        *heading("Action items", styles),
        text_table(["Due", "Action", "Responsible", "Status"],
                   _action_rows(session, project, today, styles),
                   [24 * mm, 0, 34 * mm, 30 * mm], styles, empty="No action item."),
    ]


def _projects(session: Session, facility_id: int | None, period: Period | None,
              project_id: int | None) -> list[QIProject]:
    if project_id is not None:
        project = session.get(QIProject, project_id)
        if project is None:
            raise LookupError(f"There is no QI project with id {project_id}.")
        return [project]
    if facility_id is None or period is None:
        raise ValueError("QI project pages need a project, or a facility and a period.")
    return list(session.scalars(
        select(QIProject).where(
            QIProject.org_unit_id.in_(unit_and_descendants(session, facility_id)),
            (QIProject.started_on <= period.end) | QIProject.started_on.is_(None),
            (QIProject.closed_on >= period.start) | QIProject.closed_on.is_(None))
        .order_by(QIProject.org_unit_id, QIProject.title)))


def qi_projects_pdf(session: Session, out: Any, *, facility_id: int | None = None,
                    period: Period | None = None, project_id: int | None = None,
                    today: dt.date | None = None) -> int:
    """One page (or more) per QI project; returns the page count."""
    projects = _projects(session, facility_id, period, project_id)
    if not projects:
        name = session.get(OrgUnit, facility_id).name  # type: ignore[union-attr]
        raise ReportError(f"No QI project was running at {name} in {period.label}."  # type: ignore[union-attr]
                          )
    styles, story = report_styles(), []
    for project in projects:
        story += ([PageBreak()] if story else []) + _project_story(
            session, project, today or dt.date.today(), styles)
    place = session.get(OrgUnit, facility_id or projects[0].org_unit_id)
    meta = DocumentMeta(title="QI project" + ("s" if len(projects) > 1 else ""),
                        office_name=office_name(session), facility=place.name if place else None,
                        filter_text=period.label if period else projects[0].title)
    return build_pdf(out, story, meta)
