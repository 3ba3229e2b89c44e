"""QI projects by the Model for Improvement: aim, measure, root causes, change ideas, PDSA cycles.

Root causes form a fishbone (a category per bone, causes under each); a cause with a parent is
one 'why' deeper in a 5-whys chain, in its parent's category.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.writes import expect_version
from ..data.enums import CauseCategory, QIStatus
from ..data.models import (
    ChangeIdea,
    Debriefing,
    Finding,
    Indicator,
    OrgUnit,
    PdsaCycle,
    QIProject,
    RootCause,
    Visit,
)
from ..text import QT_TRANSLATE_NOOP, Term, Terms

# "Someone else changed this {what} since you opened it. ...", one message per thing changed
A_PROJECT = QT_TRANSLATE_NOOP("Rules", "This QI project")
A_CYCLE = QT_TRANSLATE_NOOP("Rules", "This PDSA cycle")
MAX_WHYS = 5
PROJECT_TRANSITIONS: dict[QIStatus, set[QIStatus]] = {
    QIStatus.PLANNED: {QIStatus.ACTIVE, QIStatus.ABANDONED},
    QIStatus.ACTIVE: {QIStatus.SUSTAINING, QIStatus.CLOSED, QIStatus.ABANDONED},
    QIStatus.SUSTAINING: {QIStatus.ACTIVE, QIStatus.CLOSED, QIStatus.ABANDONED},
    QIStatus.CLOSED: {QIStatus.ACTIVE},
    QIStatus.ABANDONED: {QIStatus.PLANNED},
}
FINISHED = (QIStatus.CLOSED, QIStatus.ABANDONED)
STATUS_LABELS = {  # a project's status as the messages write it, marked for the window
    QIStatus.PLANNED: QT_TRANSLATE_NOOP("Rules", "planned"),
    QIStatus.ACTIVE: QT_TRANSLATE_NOOP("Rules", "active"),
    QIStatus.SUSTAINING: QT_TRANSLATE_NOOP("Rules", "sustaining"),
    QIStatus.CLOSED: QT_TRANSLATE_NOOP("Rules", "closed"),
    QIStatus.ABANDONED: QT_TRANSLATE_NOOP("Rules", "abandoned"),
}


def _status(status: QIStatus) -> Term:
    return Term(STATUS_LABELS[status])


@dataclass(frozen=True)
class ProjectInput:
    org_unit_id: int
    title: str
    problem: str = ""
    aim: str = ""
    measure: str = ""
    indicator_id: int | None = None
    status: QIStatus = QIStatus.PLANNED


@dataclass(frozen=True)
class PdsaInput:
    plan: str
    start_date: dt.date
    end_date: dt.date | None = None
    do: str = ""
    study: str = ""
    act: str = ""
    change_idea_id: int | None = None


def get_project(session: Session, project_id: int) -> QIProject:
    project = session.get(QIProject, project_id)
    if project is None:
        raise NotFound(f"There is no QI project with id {project_id}.")
    return project


def _project_problems(session: Session, data: ProjectInput) -> list[Violation]:
    problems = []
    if not data.title.strip():
        problems.append(rule("title", QT_TRANSLATE_NOOP(
            "Rules", "Give the project a short title."), field="title"))
    elif len(data.title.strip()) > 200:
        problems.append(rule("title", QT_TRANSLATE_NOOP(
            "Rules", "Keep the title under 200 characters."), field="title"))
    if session.get(OrgUnit, data.org_unit_id) is None:
        problems.append(rule("facility", QT_TRANSLATE_NOOP("Rules", "Choose the facility."),
                             field="facility"))
    if data.indicator_id is not None and session.get(Indicator, data.indicator_id) is None:
        problems.append(rule("indicator", QT_TRANSLATE_NOOP(
            "Rules", "That indicator does not exist."), field="indicator"))
    if data.status in (QIStatus.ACTIVE, QIStatus.SUSTAINING):
        if not data.aim.strip():
            problems.append(rule("aim", QT_TRANSLATE_NOOP(
                "Rules", "An active project needs its aim: what will improve, by how much, by "
                "when."), field="aim"))
        if not data.measure.strip() and data.indicator_id is None:
            problems.append(rule("measure", QT_TRANSLATE_NOOP(
                "Rules", "An active project needs a measure (an indicator when there is one)."),
                field="measure"))
    return problems


def _apply_status(project: QIProject, wanted: QIStatus, today: dt.date) -> list[Violation]:
    current = QIStatus(project.status)
    if wanted is current:
        return []
    if wanted not in PROJECT_TRANSITIONS[current]:
        options = Terms(sorted(_status(s) for s in PROJECT_TRANSITIONS[current]))
        return [rule("transition", QT_TRANSLATE_NOOP(
            "Rules", "A QI project that is {current} cannot become {wanted}; it can become "
            "{options}."), field="status", current=_status(current), wanted=_status(wanted),
            options=options)]
    project.status = wanted.value
    if wanted is QIStatus.ACTIVE and project.started_on is None:
        project.started_on = today
    project.closed_on = today if wanted in FINISHED else None
    return []


def create_project(session: Session, data: ProjectInput, today: dt.date,
                   finding_id: int | None = None) -> QIProject:
    problems = _project_problems(session, data)
    if problems:
        raise RuleRefused(problems)
    project = QIProject(org_unit_id=data.org_unit_id, finding_id=finding_id,
                        title=data.title.strip(), problem=data.problem.strip(),
                        aim=data.aim.strip(), measure=data.measure.strip(),
                        indicator_id=data.indicator_id, status=QIStatus.PLANNED.value)
    problems = _apply_status(project, data.status, today)
    if problems:
        raise RuleRefused(problems)
    session.add(project)
    session.flush()
    return project


def update_project(session: Session, project_id: int, data: ProjectInput, today: dt.date,
                   version: int) -> QIProject:
    project = get_project(session, project_id)
    expect_version(project, version, A_PROJECT)
    problems = _project_problems(session, data)
    problems += _apply_status(project, data.status, today) if not problems else []
    if problems:
        raise RuleRefused(problems)
    project.org_unit_id, project.title = data.org_unit_id, data.title.strip()
    project.problem, project.aim = data.problem.strip(), data.aim.strip()
    project.measure, project.indicator_id = data.measure.strip(), data.indicator_id
    session.flush()
    return project


def finding_facility(session: Session, finding_id: int) -> tuple[Finding, int]:
    row = session.execute(
        select(Finding, Visit.org_unit_id)
        .join(Debriefing, Debriefing.id == Finding.debriefing_id)
        .join(Visit, Visit.id == Debriefing.visit_id)
        .where(Finding.id == finding_id)).first()
    if row is None:
        raise NotFound(f"There is no finding with id {finding_id}.")
    return row[0], row[1]


def start_project_from_finding(session: Session, finding_id: int, today: dt.date,
                               title: str | None = None) -> QIProject:
    """A debriefing finding becomes a planned QI project at the visit's facility."""
    finding, org_unit_id = finding_facility(session, finding_id)
    existing = session.scalar(select(QIProject.title).where(QIProject.finding_id == finding_id))
    if existing is not None:
        raise RuleRefused([rule("finding_has_project", QT_TRANSLATE_NOOP(
            "Rules", "This finding already started the QI project '{project}'."),
            project=existing)])
    return create_project(session, ProjectInput(
        org_unit_id, (title or finding.text).strip()[:200], problem=finding.text),
        today, finding_id=finding_id)


# --- root causes: fishbone and 5 whys --------------------------------------------------------
def _depth(session: Session, cause: RootCause) -> int:
    depth = 1
    while cause.parent_id is not None:
        cause = session.get(RootCause, cause.parent_id)  # type: ignore[assignment]
        depth += 1
    return depth


def add_cause(session: Session, project_id: int, category: CauseCategory, text: str,
              parent_id: int | None = None) -> RootCause:
    """A cause on a fishbone bone, or (with a parent) the next 'why' of a chain."""
    get_project(session, project_id)
    if not text.strip():
        raise RuleRefused([rule("text", QT_TRANSLATE_NOOP("Rules", "Write the cause."),
                                field="text")])
    if parent_id is not None:
        parent = session.get(RootCause, parent_id)
        if parent is None or parent.project_id != project_id:
            raise NotFound(f"Project {project_id} has no cause with id {parent_id}.")
        if _depth(session, parent) >= MAX_WHYS:
            raise RuleRefused([rule("five_whys", QT_TRANSLATE_NOOP(
                "Rules", "A 5-whys chain stops at the {whys}th why: act on the root cause "
                "found."), whys=MAX_WHYS)])
        category = CauseCategory(parent.category)
    cause = RootCause(project_id=project_id, parent_id=parent_id, category=category.value,
                      text=text.strip())
    session.add(cause)
    session.flush()
    return cause


def remove_cause(session: Session, project_id: int, cause_id: int) -> None:
    cause = session.get(RootCause, cause_id)
    if cause is None or cause.project_id != project_id:
        raise NotFound(f"Project {project_id} has no cause with id {cause_id}.")
    if session.scalar(select(func.count()).where(RootCause.parent_id == cause_id)):
        raise RuleRefused([rule("has_whys", QT_TRANSLATE_NOOP(
            "Rules", "Remove the deeper whys of this cause first."))])
    session.delete(cause)
    session.flush()


# --- change ideas and PDSA cycles -----------------------------------------------------------
def add_change_idea(session: Session, project_id: int, text: str) -> ChangeIdea:
    get_project(session, project_id)
    if not text.strip():
        raise RuleRefused([rule("text", QT_TRANSLATE_NOOP("Rules", "Write the change idea."),
                                field="text")])
    idea = ChangeIdea(project_id=project_id, text=text.strip())
    session.add(idea)
    session.flush()
    return idea


def _cycle_problems(session: Session, project_id: int, data: PdsaInput) -> list[Violation]:
    problems = []
    if not data.plan.strip():
        problems.append(rule("plan", QT_TRANSLATE_NOOP(
            "Rules", "Write the plan: what change, tried where, by whom, and what you predict."),
            field="plan"))
    if data.end_date is not None and data.end_date < data.start_date:
        problems.append(rule("dates", QT_TRANSLATE_NOOP(
            "Rules", "The cycle cannot end before it starts."), field="end_date"))
    if data.act.strip() and not data.study.strip():
        problems.append(rule("act", QT_TRANSLATE_NOOP(
            "Rules", "Act on what the study showed: write the study first."), field="study"))
    if data.change_idea_id is not None:
        idea = session.get(ChangeIdea, data.change_idea_id)
        if idea is None or idea.project_id != project_id:
            problems.append(rule("change_idea", QT_TRANSLATE_NOOP(
                "Rules", "That change idea belongs to another project."), field="change_idea"))
    return problems


def _fill_cycle(cycle: PdsaCycle, data: PdsaInput) -> None:
    cycle.change_idea_id = data.change_idea_id
    cycle.plan, cycle.do = data.plan.strip(), data.do.strip()
    cycle.study, cycle.act = data.study.strip(), data.act.strip()
    cycle.start_date, cycle.end_date = data.start_date, data.end_date


def add_cycle(session: Session, project_id: int, data: PdsaInput) -> PdsaCycle:
    """The project's next PDSA cycle, numbered after the last."""
    get_project(session, project_id)
    problems = _cycle_problems(session, project_id, data)
    if problems:
        raise RuleRefused(problems)
    last = session.scalar(select(func.max(PdsaCycle.cycle_no))
                          .where(PdsaCycle.project_id == project_id)) or 0
    cycle = PdsaCycle(project_id=project_id, cycle_no=last + 1)
    _fill_cycle(cycle, data)
    session.add(cycle)
    session.flush()
    return cycle


def update_cycle(session: Session, cycle_id: int, data: PdsaInput, version: int) -> PdsaCycle:
    cycle = session.get(PdsaCycle, cycle_id)
    if cycle is None:
        raise NotFound(f"There is no PDSA cycle with id {cycle_id}.")
    expect_version(cycle, version, A_CYCLE)
    problems = _cycle_problems(session, cycle.project_id, data)
    if problems:
        raise RuleRefused(problems)
    _fill_cycle(cycle, data)
    session.flush()
    return cycle
