"""Action items and escalations: their allowed status changes, with history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..cascade.errors import NotFound, RuleRefused, Violation
from ..data.enums import ActionStatus, EscalationStatus
from ..data.base import utcnow
from ..data.models import ActionItem, ActionStatusChange, Escalation, OrgUnit

ACTION_TRANSITIONS: dict[ActionStatus, set[ActionStatus]] = {
    ActionStatus.OPEN: {ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED},
    ActionStatus.IN_PROGRESS: {ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.DROPPED},
    ActionStatus.DONE: set(),  # reopening a done action hides the record: start a new one
    ActionStatus.DROPPED: {ActionStatus.OPEN},
}
ESCALATION_TRANSITIONS: dict[EscalationStatus, set[EscalationStatus]] = {
    EscalationStatus.OPEN: {EscalationStatus.ACKNOWLEDGED, EscalationStatus.RESOLVED,
                            EscalationStatus.CLOSED_UNRESOLVED},
    EscalationStatus.ACKNOWLEDGED: {EscalationStatus.RESOLVED,
                                    EscalationStatus.CLOSED_UNRESOLVED},
    EscalationStatus.RESOLVED: set(),
    EscalationStatus.CLOSED_UNRESOLVED: {EscalationStatus.OPEN},
}
OPEN_ACTION_STATUSES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


def _label(status: str) -> str:
    return status.replace("_", " ")


def _refuse_transition(kind: str, current: str, wanted: str, allowed: set) -> RuleRefused:  # type: ignore[type-arg]
    options = ", ".join(sorted(_label(s.value) for s in allowed)) or "nothing: it is final"
    return RuleRefused([Violation("transition", f"A{'n' if kind[0] in 'aeiou' else ''} {kind} "
                                  f"that is {_label(current)} cannot become {_label(wanted)}; "
                                  f"it can become {options}.")])


def change_action_status(session: Session, action_id: int, wanted: ActionStatus,
                         on: dt.date, by: str, note: str | None = None) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise NotFound(f"There is no action with id {action_id}.")
    current = ActionStatus(action.status)
    if wanted not in ACTION_TRANSITIONS[current]:
        raise _refuse_transition("action", current.value, wanted.value,
                                 ACTION_TRANSITIONS[current])
    if wanted is ActionStatus.DONE and on < action.created_on:
        raise RuleRefused([Violation("date", f"Done on {on:%d %b %Y} is before the action was "
                                     f"agreed ({action.created_on:%d %b %Y}).", field="date")])
    if wanted is ActionStatus.DROPPED and not (note or "").strip():
        raise RuleRefused([Violation("reason", "Say why the action is dropped.",
                                     field="note")])
    action.status = wanted.value
    action.done_date = on if wanted is ActionStatus.DONE else None
    action.dropped_reason = note.strip() if wanted is ActionStatus.DROPPED and note else None
    action.history.append(ActionStatusChange(from_status=current.value, to_status=wanted.value,
                                             changed_at=utcnow(), changed_by=by,
                                             note=note))
    session.flush()
    return action


@dataclass(frozen=True)
class OverdueAction:
    action_id: int
    facility: str
    responsible: str
    action: str
    due_date: dt.date
    days_overdue: int


def overdue_actions(session: Session, today: dt.date) -> list[OverdueAction]:
    """Open or in-progress actions past their due date, most overdue first."""
    rows = session.execute(
        select(ActionItem.id, OrgUnit.name, ActionItem.responsible_name, ActionItem.action,
               ActionItem.due_date)
        .join(OrgUnit, OrgUnit.id == ActionItem.org_unit_id)
        .where(ActionItem.status.in_(OPEN_ACTION_STATUSES), ActionItem.due_date < today)
        .order_by(ActionItem.due_date, OrgUnit.name))
    return [OverdueAction(aid, facility, responsible or "", text, due, (today - due).days)
            for aid, facility, responsible, text, due in rows]


def change_escalation_status(session: Session, escalation_id: int, wanted: EscalationStatus,
                             on: dt.date, response: str | None = None) -> Escalation:
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        raise NotFound(f"There is no escalation with id {escalation_id}.")
    current = EscalationStatus(escalation.status)
    if wanted not in ESCALATION_TRANSITIONS[current]:
        raise _refuse_transition("escalation", current.value, wanted.value,
                                 ESCALATION_TRANSITIONS[current])
    if wanted is EscalationStatus.RESOLVED:
        if on < escalation.raised_on:
            raise RuleRefused([Violation("date", f"Resolved on {on:%d %b %Y} is before it was "
                                         f"raised ({escalation.raised_on:%d %b %Y}).",
                                         field="date")])
        if not (response or "").strip():
            raise RuleRefused([Violation("response", "Say how it was resolved (the district's "
                                         "or ministry's response).", field="response")])
    escalation.status = wanted.value
    escalation.resolved_on = on if wanted is EscalationStatus.RESOLVED else None
    if response:
        escalation.response = response.strip()
    session.flush()
    return escalation


def days_to_resolution(escalation: Escalation, today: dt.date) -> int:
    """Days from raised to resolved, or open so far."""
    return ((escalation.resolved_on or today) - escalation.raised_on).days
