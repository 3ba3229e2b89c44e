"""Starting action items and escalations (their status changes live in `actions.py`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..core.refusals import RuleRefused, Violation, rule
from ..data.base import utcnow
from ..data.enums import ActionStatus, EscalationCategory, EscalationLevel, EscalationStatus
from ..data.models import (
    ActionItem,
    ActionStatusChange,
    Escalation,
    OrgUnit,
    Person,
    QIProject,
)
from ..text import QT_TRANSLATE_NOOP, Day
from .projects import finding_facility


@dataclass(frozen=True)
class ActionInput:
    org_unit_id: int
    action: str
    due_date: dt.date
    responsible_name: str = ""
    responsible_id: int | None = None
    resources: str = ""
    finding_id: int | None = None
    project_id: int | None = None
    # Back-entry: the day it was agreed (the visit's date) when entered later; None: today.
    agreed_on: dt.date | None = None


@dataclass(frozen=True)
class EscalationInput:
    org_unit_id: int
    level: EscalationLevel
    category: EscalationCategory
    description: str
    owner: str
    raised_on: dt.date
    finding_id: int | None = None


def _link_problems(session: Session, org_unit_id: int, finding_id: int | None,
                   project_id: int | None) -> list[Violation]:
    problems = []
    if session.get(OrgUnit, org_unit_id) is None:
        problems.append(rule("facility", QT_TRANSLATE_NOOP("Rules", "Choose the facility."),
                             field="facility"))
    if finding_id is not None:
        _finding, facility_id = finding_facility(session, finding_id)
        if facility_id != org_unit_id:
            problems.append(rule("facility", QT_TRANSLATE_NOOP(
                "Rules", "The finding was made at another facility."), field="facility"))
    if project_id is not None:
        project = session.get(QIProject, project_id)
        if project is None or project.org_unit_id != org_unit_id:
            problems.append(rule("project", QT_TRANSLATE_NOOP(
                "Rules", "The QI project belongs to another facility."), field="project"))
    return problems


def _action_problems(session: Session, data: ActionInput, today: dt.date) -> list[Violation]:
    problems = _link_problems(session, data.org_unit_id, data.finding_id, data.project_id)
    if not data.action.strip():
        problems.append(rule("action", QT_TRANSLATE_NOOP("Rules", "Say what is to be done."),
                             field="action"))
    if not data.responsible_name.strip() and data.responsible_id is None:
        problems.append(rule("responsible", QT_TRANSLATE_NOOP(
            "Rules", "Name the person responsible."), field="responsible"))
    if data.responsible_id is not None and session.get(Person, data.responsible_id) is None:
        problems.append(rule("responsible", QT_TRANSLATE_NOOP(
            "Rules", "That person is not in the registry."), field="responsible"))
    problems += _date_problems(data, today)
    return problems


def _date_problems(data: ActionInput, today: dt.date) -> list[Violation]:
    """An action agreed today is due ahead; one entered after the visit where it was agreed
    keeps that day, and may already be overdue."""
    if data.agreed_on is None:
        if data.due_date < today:
            return [rule("due_date", QT_TRANSLATE_NOOP(
                "Rules", "The due date {due} has already passed: agree a date still ahead."),
                field="due_date", due=Day(data.due_date))]
        return []
    if data.agreed_on > today:
        return [rule("agreed_on", QT_TRANSLATE_NOOP(
            "Rules", "The day it was agreed, {day}, is still ahead."), field="agreed_on",
            day=Day(data.agreed_on))]
    if data.due_date < data.agreed_on:
        return [rule("due_date", QT_TRANSLATE_NOOP(
            "Rules", "The due date {due} is before the day it was agreed ({agreed})."),
            field="due_date", due=Day(data.due_date), agreed=Day(data.agreed_on))]
    return []


def create_action(session: Session, data: ActionInput, today: dt.date, by: str) -> ActionItem:
    """A time-bound action agreed today (or on data.agreed_on, when entered after the visit
    where it was agreed), open, with its first history line."""
    problems = _action_problems(session, data, today)
    if problems:
        raise RuleRefused(problems)
    name = data.responsible_name.strip()
    if not name and data.responsible_id is not None:
        name = session.get(Person, data.responsible_id).full_name  # type: ignore[union-attr]
    action = ActionItem(org_unit_id=data.org_unit_id, finding_id=data.finding_id,
                        project_id=data.project_id, action=data.action.strip(),
                        responsible_id=data.responsible_id, responsible_name=name,
                        due_date=data.due_date, resources=data.resources.strip() or None,
                        status=ActionStatus.OPEN.value, created_on=data.agreed_on or today)
    action.history.append(ActionStatusChange(from_status=None, to_status=ActionStatus.OPEN.value,
                                             changed_at=utcnow(), changed_by=by))
    session.add(action)
    session.flush()
    return action


def raise_escalation(session: Session, data: EscalationInput, today: dt.date) -> Escalation:
    """Take a gap beyond the facility to the district or the ministry."""
    problems = _link_problems(session, data.org_unit_id, data.finding_id, None)
    if data.level is EscalationLevel.FACILITY:
        problems.append(rule("level", QT_TRANSLATE_NOOP(
            "Rules", "An escalation goes beyond the facility, to the district or the ministry; "
            "a facility's own gap becomes an action item."), field="level"))
    if not data.description.strip():
        problems.append(rule("description", QT_TRANSLATE_NOOP("Rules", "Describe the gap."),
                             field="description"))
    if not data.owner.strip():
        problems.append(rule("owner", QT_TRANSLATE_NOOP(
            "Rules", "Name who at that level owns it (an office or a person)."), field="owner"))
    if data.raised_on > today:
        problems.append(rule("raised_on", QT_TRANSLATE_NOOP("Rules", "{day} is in the future."),
                             field="raised_on", day=Day(data.raised_on)))
    if problems:
        raise RuleRefused(problems)
    escalation = Escalation(org_unit_id=data.org_unit_id, finding_id=data.finding_id,
                            level=data.level.value, category=data.category.value,
                            description=data.description.strip(), owner=data.owner.strip(),
                            raised_on=data.raised_on, status=EscalationStatus.OPEN.value)
    session.add(escalation)
    session.flush()
    return escalation
