"""Action items and escalations: their allowed status changes, with history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, rule
from ..data.base import utcnow
from ..data.enums import ActionStatus, EscalationStatus
from ..data.models import ActionItem, ActionStatusChange, Escalation, OrgUnit
from ..text import QT_TRANSLATE_NOOP, Day, Term, Terms

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

# Statuses as the messages write them (the value with spaces), marked for the window.
STATUS_LABELS = {
    ActionStatus.OPEN.value: QT_TRANSLATE_NOOP("Rules", "open"),
    ActionStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("Rules", "in progress"),
    ActionStatus.DONE.value: QT_TRANSLATE_NOOP("Rules", "done"),
    ActionStatus.DROPPED.value: QT_TRANSLATE_NOOP("Rules", "dropped"),
    EscalationStatus.ACKNOWLEDGED.value: QT_TRANSLATE_NOOP("Rules", "acknowledged"),
    EscalationStatus.RESOLVED.value: QT_TRANSLATE_NOOP("Rules", "resolved"),
    EscalationStatus.CLOSED_UNRESOLVED.value: QT_TRANSLATE_NOOP("Rules", "closed unresolved"),
}
TRANSITION_MESSAGES = {
    "action": QT_TRANSLATE_NOOP("Rules", "An action that is {current} cannot become {wanted}; "
                                "it can become {options}."),
    "escalation": QT_TRANSLATE_NOOP("Rules", "An escalation that is {current} cannot become "
                                    "{wanted}; it can become {options}."),
}
FINAL = QT_TRANSLATE_NOOP("Rules", "nothing: it is final")


def _label(status: str) -> Term:
    return Term(STATUS_LABELS.get(status, status.replace("_", " ")))


def _refuse_transition(kind: str, current: str, wanted: str, allowed: set) -> RuleRefused:  # type: ignore[type-arg]
    labels = sorted(_label(s.value) for s in allowed)
    return RuleRefused([rule("transition", TRANSITION_MESSAGES[kind], current=_label(current),
                             wanted=_label(wanted),
                             options=Terms(labels) if labels else Term(FINAL))])


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
        raise RuleRefused([rule("date", QT_TRANSLATE_NOOP(
            "Rules", "Done on {on} is before the action was agreed ({agreed})."), field="date",
            on=Day(on), agreed=Day(action.created_on))])
    if wanted is ActionStatus.DROPPED and not (note or "").strip():
        raise RuleRefused([rule("reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the action is dropped."), field="note")])
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
            raise RuleRefused([rule("date", QT_TRANSLATE_NOOP(
                "Rules", "Resolved on {on} is before it was raised ({raised})."), field="date",
                on=Day(on), raised=Day(escalation.raised_on))])
        if not (response or "").strip():
            raise RuleRefused([rule("response", QT_TRANSLATE_NOOP(
                "Rules", "Say how it was resolved (the district's or ministry's response)."),
                field="response")])
    escalation.status = wanted.value
    escalation.resolved_on = on if wanted is EscalationStatus.RESOLVED else None
    if response:
        escalation.response = response.strip()
    session.flush()
    return escalation


def days_to_resolution(escalation: Escalation, today: dt.date) -> int:
    """Days from raised to resolved, or open so far."""
    return ((escalation.resolved_on or today) - escalation.raised_on).days
