"""What the QI screens show: projects, action items, their history, escalations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound
from ..data.enums import EscalationStatus
from ..data.models import (
    ActionItem,
    ActionStatusChange,
    ChangeIdea,
    Escalation,
    Finding,
    Indicator,
    OrgUnit,
    PdsaCycle,
    QIProject,
    RootCause,
)
from .actions import OPEN_ACTION_STATUSES, days_to_resolution, overdue_actions
from .projects import get_project

OPEN_ESCALATION_STATUSES = (EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value)


@dataclass(frozen=True)
class ActionRow:
    id: int
    facility_id: int
    facility: str
    action: str
    responsible: str
    due_date: dt.date
    status: str
    done_date: dt.date | None
    dropped_reason: str | None
    resources: str | None
    created_on: dt.date
    finding_id: int | None
    project_id: int | None
    days_overdue: int  # 0 unless open or in progress past its due date
    version: int


@dataclass(frozen=True)
class HistoryRow:
    changed_at: dt.datetime
    from_status: str | None
    to_status: str
    changed_by: str | None
    note: str | None


@dataclass(frozen=True)
class OverdueGroup:
    name: str  # a facility or a person
    actions: tuple[ActionRow, ...]

    @property
    def most_days_overdue(self) -> int:
        return max(a.days_overdue for a in self.actions)


@dataclass(frozen=True)
class EscalationRow:
    id: int
    facility: str
    level: str
    category: str
    description: str
    owner: str
    raised_on: dt.date
    status: str
    response: str | None
    resolved_on: dt.date | None
    days: int  # to resolution, or open so far
    finding_id: int | None
    version: int  # the escalation's version when read: a status change sends it back


@dataclass(frozen=True)
class ProjectRow:
    id: int
    facility: str
    title: str
    status: str
    started_on: dt.date | None
    measure: str
    causes: int
    cycles: int


@dataclass(frozen=True)
class CauseRow:
    id: int
    parent_id: int | None
    category: str
    text: str
    depth: int  # 1 on the fishbone, 2.. for each deeper why


@dataclass(frozen=True)
class CycleRow:
    id: int
    cycle_no: int
    change_idea_id: int | None
    plan: str
    do: str
    study: str
    act: str
    start_date: dt.date
    end_date: dt.date | None
    version: int


@dataclass(frozen=True)
class ProjectDetail:
    id: int
    org_unit_id: int
    facility: str
    finding_id: int | None
    finding: str | None
    title: str
    problem: str
    aim: str
    measure: str
    indicator_id: int | None
    status: str
    started_on: dt.date | None
    closed_on: dt.date | None
    causes: tuple[CauseRow, ...]
    change_ideas: tuple[tuple[int, str], ...]
    cycles: tuple[CycleRow, ...]
    actions: tuple[ActionRow, ...]
    version: int

    def fishbone(self) -> dict[str, list[str]]:
        """Top-level causes by category, for drawing."""
        bones: dict[str, list[str]] = defaultdict(list)
        for cause in self.causes:
            if cause.parent_id is None:
                bones[cause.category].append(cause.text)
        return dict(bones)


@dataclass(frozen=True)
class IndicatorOption:
    id: int
    code: str
    name: str


# --- actions ----------------------------------------------------------------------------------
def _action_rows(session: Session, today: dt.date,
                 *where: ColumnElement[bool]) -> list[ActionRow]:
    rows = session.execute(
        select(ActionItem, OrgUnit.name).join(OrgUnit, OrgUnit.id == ActionItem.org_unit_id)
        .where(*where).order_by(ActionItem.due_date, OrgUnit.name, ActionItem.id))
    return [
        ActionRow(a.id, a.org_unit_id, facility, a.action, a.responsible_name or "", a.due_date,
                  a.status, a.done_date, a.dropped_reason, a.resources, a.created_on,
                  a.finding_id, a.project_id,
                  max(0, (today - a.due_date).days) if a.status in OPEN_ACTION_STATUSES else 0,
                  a.version_id)
        for a, facility in rows
    ]


def action_rows(session: Session, today: dt.date, open_only: bool = False,
                facility_id: int | None = None, project_id: int | None = None) -> list[ActionRow]:
    where: list[ColumnElement[bool]] = []
    if open_only:
        where.append(ActionItem.status.in_(OPEN_ACTION_STATUSES))
    if facility_id is not None:
        where.append(ActionItem.org_unit_id == facility_id)
    if project_id is not None:
        where.append(ActionItem.project_id == project_id)
    return _action_rows(session, today, *where)


def action_row(session: Session, action_id: int, today: dt.date) -> ActionRow:
    rows = _action_rows(session, today, ActionItem.id == action_id)
    if not rows:
        raise NotFound(f"There is no action with id {action_id}.")
    return rows[0]


def action_history(session: Session, action_id: int) -> list[HistoryRow]:
    return [HistoryRow(h.changed_at, h.from_status, h.to_status, h.changed_by, h.note)
            for h in session.scalars(select(ActionStatusChange)
                                     .where(ActionStatusChange.action_id == action_id)
                                     .order_by(ActionStatusChange.changed_at,
                                               ActionStatusChange.id))]


def overdue_groups(session: Session, today: dt.date, by: str) -> list[OverdueGroup]:
    """Overdue actions grouped by "facility" or by "person", the longest overdue first."""
    ids = [late.action_id for late in overdue_actions(session, today)]
    rows = _action_rows(session, today, ActionItem.id.in_(ids)) if ids else []
    groups: dict[str, list[ActionRow]] = defaultdict(list)
    for row in rows:
        key = row.facility if by == "facility" else (row.responsible or "(nobody named)")
        if by == "person":
            key = f"{key} ({row.facility})"
        groups[key].append(row)
    result = [OverdueGroup(name, tuple(sorted(items, key=lambda a: -a.days_overdue)))
              for name, items in groups.items()]
    return sorted(result, key=lambda g: (-g.most_days_overdue, g.name))


# --- escalations ------------------------------------------------------------------------------
def escalation_rows(session: Session, today: dt.date, open_only: bool = False,
                    escalation_id: int | None = None) -> list[EscalationRow]:
    query = (select(Escalation, OrgUnit.name)
             .join(OrgUnit, OrgUnit.id == Escalation.org_unit_id)
             .order_by(Escalation.raised_on, Escalation.id))
    if open_only:
        query = query.where(Escalation.status.in_(OPEN_ESCALATION_STATUSES))
    if escalation_id is not None:
        query = query.where(Escalation.id == escalation_id)
    return [EscalationRow(e.id, facility, e.level, e.category, e.description, e.owner or "",
                          e.raised_on, e.status, e.response, e.resolved_on,
                          days_to_resolution(e, today), e.finding_id, e.version_id)
            for e, facility in session.execute(query)]


# --- projects ---------------------------------------------------------------------------------
def project_rows(session: Session, include_finished: bool = True) -> list[ProjectRow]:
    causes = (select(func.count()).where(RootCause.project_id == QIProject.id)
              .correlate(QIProject).scalar_subquery())
    cycles = (select(func.count()).where(PdsaCycle.project_id == QIProject.id)
              .correlate(QIProject).scalar_subquery())
    query = (select(QIProject, OrgUnit.name, causes, cycles)
             .join(OrgUnit, OrgUnit.id == QIProject.org_unit_id)
             .order_by(QIProject.started_on.desc().nulls_first(), QIProject.id.desc()))
    if not include_finished:
        query = query.where(QIProject.status.not_in(("closed", "abandoned")))
    return [ProjectRow(p.id, facility, p.title, p.status, p.started_on, p.measure, c, n)
            for p, facility, c, n in session.execute(query)]


def _causes(session: Session, project_id: int) -> tuple[CauseRow, ...]:
    causes = list(session.scalars(select(RootCause).where(RootCause.project_id == project_id)
                                  .order_by(RootCause.id)))
    children: dict[int | None, list[RootCause]] = defaultdict(list)
    for cause in causes:
        children[cause.parent_id].append(cause)
    ordered: list[CauseRow] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for cause in children[parent_id]:
            ordered.append(CauseRow(cause.id, cause.parent_id, cause.category, cause.text,
                                    depth))
            walk(cause.id, depth + 1)

    walk(None, 1)
    return tuple(ordered)


def project_detail(session: Session, project_id: int, today: dt.date) -> ProjectDetail:
    project = get_project(session, project_id)
    facility = session.get(OrgUnit, project.org_unit_id)
    finding = session.get(Finding, project.finding_id) if project.finding_id else None
    ideas = tuple((i.id, i.text) for i in session.scalars(
        select(ChangeIdea).where(ChangeIdea.project_id == project_id).order_by(ChangeIdea.id)))
    cycles = tuple(
        CycleRow(c.id, c.cycle_no, c.change_idea_id, c.plan, c.do, c.study, c.act, c.start_date,
                 c.end_date, c.version_id)
        for c in session.scalars(select(PdsaCycle).where(PdsaCycle.project_id == project_id)
                                 .order_by(PdsaCycle.cycle_no)))
    return ProjectDetail(
        project.id, project.org_unit_id, facility.name if facility else "", project.finding_id,
        finding.text if finding else None, project.title, project.problem, project.aim,
        project.measure, project.indicator_id, project.status, project.started_on,
        project.closed_on, _causes(session, project_id), ideas, cycles,
        tuple(action_rows(session, today, project_id=project_id)), project.version_id)


def indicator_options(session: Session) -> list[IndicatorOption]:
    return [IndicatorOption(i, c, n) for i, c, n in session.execute(
        select(Indicator.id, Indicator.code, Indicator.name)
        .where(Indicator.active.is_(True)).order_by(Indicator.name))]
