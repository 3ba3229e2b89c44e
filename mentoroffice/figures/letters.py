"""The figures of the visits and QI printouts: the visit plan letter and the QI project pages
(laid out by :mod:`mentoroffice.reports.letters`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.enums import PostingRole, VisitStatus
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
    Validation,
    Visit,
    VisitMentor,
)
from ..periods import Period
from .facility_quarter import OPEN_ACTIONS, unit_and_descendants
from .office import office_name
from .progress import ReportError, Steps
from .requests import QIProjectsRequest, VisitPlanLetterRequest

__all__ = [
    "Cause", "Cycle", "EnrolledMentee", "PlannedVisit", "ProjectAction", "QIProjectPage",
    "QIProjects", "VisitPlanLetter", "five_whys_chains", "qi_projects", "visit_plan_letter",
]


# --------------------------------------------------------------------------- visit plan letter


@dataclass(frozen=True)
class PlannedVisit:
    start: dt.date
    end: dt.date
    kind: str
    group: str | None  # the CHW group visited, for a community visit
    mentors: tuple[tuple[str, str, str], ...]  # first name, last name, association or kind


@dataclass(frozen=True)
class EnrolledMentee:
    name: str
    cadre: str
    area: str
    in_mentorship: tuple[str, ...]  # planned competencies not yet validated


@dataclass(frozen=True)
class VisitPlanLetter:
    office: str
    facility: str
    facility_code: str
    level: str
    month: Period
    letter_date: dt.date
    leaders: tuple[str, ...]
    visits: tuple[PlannedVisit, ...]  # at least one
    enrolled: tuple[EnrolledMentee, ...]  # active in the month
    indicators: tuple[str, ...]  # reviewed together: those of the mentees' areas


def _month_visits(session: Session, unit: OrgUnit, month: Period) -> list[Visit]:
    return list(session.scalars(
        select(Visit).where(Visit.org_unit_id == unit.id,
                            Visit.planned_start.between(month.start, month.end),
                            Visit.status != VisitStatus.CANCELLED.value)
        .order_by(Visit.planned_start, Visit.id)))


def _planned(session: Session, visit: Visit) -> PlannedVisit:
    mentors = session.execute(
        select(Person.first_name, Person.last_name, Mentor.association, Mentor.kind)
        .join(Mentor, Mentor.person_id == Person.id)
        .join(VisitMentor, VisitMentor.mentor_id == Mentor.id)
        .where(VisitMentor.visit_id == visit.id).order_by(Mentor.association, Person.last_name)
    ).tuples().all()
    group = session.get(ChwGroup, visit.chw_group_id) if visit.chw_group_id else None
    return PlannedVisit(visit.planned_start, visit.planned_end, visit.kind,
                        group.name if group else None,
                        tuple((first, last, association or kind)
                              for first, last, association, kind in mentors))


def _leaders(session: Session, unit: OrgUnit, on: dt.date) -> tuple[str, ...]:
    return tuple(f"{first} {last}" for first, last in session.execute(
        select(Person.first_name, Person.last_name).join(Posting, Posting.person_id == Person.id)
        .where(Posting.org_unit_id == unit.id, Posting.role == PostingRole.FACILITY_LEADER.value,
               Posting.start_date <= on, (Posting.end_date.is_(None)) | (Posting.end_date >= on))
        .order_by(Person.last_name)))


def _mentees(session: Session, unit: OrgUnit, month: Period) -> tuple[EnrolledMentee, ...]:
    """Active mentees of the facility in the month, with competencies not yet validated."""
    enrolments = session.execute(
        select(MenteeEnrolment.id, Person.id, Person.first_name, Person.last_name, Person.cadre,
               MenteeEnrolment.technical_area)
        .join(Person, Person.id == MenteeEnrolment.person_id)
        .where(MenteeEnrolment.org_unit_id == unit.id, MenteeEnrolment.status == "active",
               MenteeEnrolment.enrolled_on <= month.end,
               (MenteeEnrolment.end_date.is_(None)) | (MenteeEnrolment.end_date >= month.start))
        .order_by(MenteeEnrolment.technical_area, Person.last_name, Person.first_name)
    ).tuples().all()
    planned: dict[int, list[str]] = defaultdict(list)
    for enrolment_id, code in session.execute(
            select(PlannedCompetency.enrolment_id, PlannedCompetency.form_code)
            .where(PlannedCompetency.enrolment_id.in_([e[0] for e in enrolments]))
            .order_by(PlannedCompetency.form_code)).tuples():
        planned[enrolment_id].append(code)
    done = set(session.execute(select(Validation.mentee_id, Validation.form_code).where(
        Validation.mentee_id.in_([e[1] for e in enrolments]))).tuples().all())
    return tuple(EnrolledMentee(f"{first} {last}", cadre, area,
                                tuple(c for c in planned[enrolment_id]
                                      if (person_id, c) not in done))
                 for enrolment_id, person_id, first, last, cadre, area in enrolments)


def _indicators(session: Session, areas: set[str], default_areas: Sequence[str]
                ) -> tuple[str, ...]:
    return tuple(session.scalars(select(Indicator.name).where(
        Indicator.active.is_(True), Indicator.technical_area.in_(areas or set(default_areas)))
        .order_by(Indicator.name)))


def visit_plan_letter(session: Session, request: VisitPlanLetterRequest, steps: Steps,
                      *, default_areas: Sequence[str] = ("MNH", "NEO", "IMCI", "FP")
                      ) -> VisitPlanLetter:
    """The letter's figures; the indicators are those of the mentees' areas (of
    ``default_areas`` when no mentee is enrolled)."""
    month = request.month
    unit = session.get(OrgUnit, request.facility_id)
    if unit is None:
        raise LookupError(f"There is no facility with id {request.facility_id}.")
    visits = _month_visits(session, unit, month)
    if not visits:
        raise ReportError(f"No visit is planned at {unit.name} in {month.label}: propose and "
                          "save the month's plan first.")
    on = request.letter_date or dt.date.today()
    enrolled = _mentees(session, unit, month)
    return VisitPlanLetter(
        office_name(session), unit.name, unit.code, unit.level, month, on,
        _leaders(session, unit, on), tuple(_planned(session, visit) for visit in visits),
        enrolled, _indicators(session, {m.area for m in enrolled}, default_areas))


# --------------------------------------------------------------------------- QI project pages


@dataclass(frozen=True)
class Cause:
    id: int
    parent_id: int | None
    category: str
    text: str


@dataclass(frozen=True)
class Cycle:
    cycle_no: int
    start_date: dt.date
    end_date: dt.date | None
    idea: str  # the change idea's number in the project's list, or "—"
    plan: str
    do: str
    study: str
    act: str


@dataclass(frozen=True)
class ProjectAction:
    due_date: dt.date
    action: str
    responsible: str | None
    status: str
    days_overdue: int | None  # open and past its due date on the day printed


@dataclass(frozen=True)
class QIProjectPage:
    title: str
    facility: str | None
    status: str
    started_on: dt.date | None
    closed_on: dt.date | None
    problem: str
    aim: str
    measure: str
    indicator: tuple[str, str] | None  # name, code
    causes: tuple[Cause, ...]
    change_ideas: tuple[str, ...]
    cycles: tuple[Cycle, ...]  # by number
    actions: tuple[ProjectAction, ...]  # by due date


@dataclass(frozen=True)
class QIProjects:
    office: str
    place: str | None
    filter_text: str
    projects: tuple[QIProjectPage, ...]  # at least one


class _Linked(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def parent_id(self) -> int | None: ...


L = TypeVar("L", bound=_Linked)


def five_whys_chains(causes: Sequence[L]) -> list[list[L]]:
    """Every path from a top-level cause down to a cause with no deeper 'why' (2+ steps)."""
    children: dict[int | None, list[L]] = defaultdict(list)
    for cause in sorted(causes, key=lambda c: c.id):
        children[cause.parent_id].append(cause)
    chains: list[list[L]] = []

    def walk(path: list[L]) -> None:
        below = children.get(path[-1].id, [])
        if not below and len(path) > 1:
            chains.append(path)
        for child in below:
            if child not in path:  # a cycle in bad data must not loop forever
                walk([*path, child])
    for top in children.get(None, []):
        walk([top])
    return chains


def _actions(session: Session, project: QIProject, today: dt.date
             ) -> tuple[ProjectAction, ...]:
    return tuple(
        ProjectAction(action.due_date, action.action, action.responsible_name, action.status,
                      (today - action.due_date).days
                      if action.status in OPEN_ACTIONS and action.due_date < today else None)
        for action in session.scalars(select(ActionItem).where(ActionItem.project_id == project.id)
                                      .order_by(ActionItem.due_date)))


def _page(session: Session, project: QIProject, today: dt.date) -> QIProjectPage:
    unit = session.get(OrgUnit, project.org_unit_id)
    indicator = session.get(Indicator, project.indicator_id) if project.indicator_id else None
    ideas = {i.id: f"{n}" for n, i in enumerate(project.change_ideas, start=1)}
    cycles = tuple(Cycle(c.cycle_no, c.start_date, c.end_date,
                         ideas.get(c.change_idea_id or 0, "—"), c.plan, c.do, c.study, c.act)
                   for c in sorted(project.cycles, key=lambda c: (c.cycle_no, c.start_date)))
    return QIProjectPage(
        project.title, unit.name if unit else None, project.status, project.started_on,
        project.closed_on, project.problem, project.aim, project.measure,
        (indicator.name, indicator.code) if indicator else None,
        tuple(Cause(c.id, c.parent_id, c.category, c.text) for c in project.causes),
        tuple(i.text for i in project.change_ideas), cycles, _actions(session, project, today))


def _projects(session: Session, request: QIProjectsRequest) -> list[QIProject]:
    if request.project_id is not None:
        project = session.get(QIProject, request.project_id)
        if project is None:
            raise LookupError(f"There is no QI project with id {request.project_id}.")
        return [project]
    facility_id, period = request.facility_id, request.period
    if facility_id is None or period is None:
        raise ValueError("QI project pages need a project, or a facility and a period.")
    return list(session.scalars(
        select(QIProject).where(
            QIProject.org_unit_id.in_(unit_and_descendants(session, facility_id)),
            (QIProject.started_on <= period.end) | QIProject.started_on.is_(None),
            (QIProject.closed_on >= period.start) | QIProject.closed_on.is_(None))
        .order_by(QIProject.org_unit_id, QIProject.title)))


def qi_projects(session: Session, request: QIProjectsRequest, steps: Steps) -> QIProjects:
    projects = _projects(session, request)
    if not projects:
        unit = session.get(OrgUnit, request.facility_id)
        name = unit.name if unit else f"facility {request.facility_id}"
        label = request.period.label if request.period else ""
        raise ReportError(f"No QI project was running at {name} in {label}.")
    today = request.today or dt.date.today()
    pages = tuple(_page(session, project, today) for project in projects)
    place = session.get(OrgUnit, request.facility_id or projects[0].org_unit_id)
    return QIProjects(office_name(session), place.name if place else None,
                      request.period.label if request.period else projects[0].title, pages)
