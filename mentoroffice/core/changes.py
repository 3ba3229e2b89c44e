"""What a use case changed: the kinds of records and their ids (in the spirit of Anki's
`OpChanges`), so the window can tell exactly the pages that show such records to reload.

The write path (`core.writes.unit_of_work`) makes one `Changes` per committed transaction
from what its session wrote, and hands it to the listeners of the session factory the
services were given (`listen`). Why listeners on the session factory rather than a return
value: every service is built on that one factory, so a page's use case reports its changes
whether it runs on the GUI thread or on a worker, through the window's task runner or not,
without changing any service's signature or result. A transaction that is rolled back (a
refusal, an error) reports nothing. `gathering()` holds what the transactions of one piece of
work commit and reports it once, merged, when the work ends (the task runner wraps each task
in it, so a use case of several transactions is one report).

Listeners are called on the thread that committed: a listener that touches widgets must hand
the report over to the GUI thread (the window's `ChangeBroadcaster` does, by signal).
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class Kind(StrEnum):
    """The kinds of records pages show; each table belongs to one."""

    FACILITY = "facility"
    PERSON = "person"
    ASSESSMENT = "assessment"
    FORM = "form"
    VISIT = "visit"
    QI = "qi"
    ACTION = "action"
    INDICATOR = "indicator"
    PROGRAMME = "programme"
    OFFICE = "office"  # users, tokens, settings; and any table not named below


TABLE_KINDS: dict[str, Kind] = {
    **dict.fromkeys(("org_unit", "chw_group", "chw_group_member", "technical_area"),
                    Kind.FACILITY),
    **dict.fromkeys(("person", "posting", "mentor", "mentor_area", "mentor_assignment",
                     "mentee_enrolment", "planned_competency"), Kind.PERSON),
    **dict.fromkeys(("assessment", "assessment_item_result", "validation", "coaching_plan"),
                    Kind.ASSESSMENT),
    **dict.fromkeys(("form_definition", "form_item"), Kind.FORM),
    **dict.fromkeys(("visit", "visit_mentor", "visit_activity", "activity_attendee",
                     "follow_up_contact", "holiday", "mentor_report", "coordination_meeting"),
                    Kind.VISIT),
    **dict.fromkeys(("debriefing", "debriefing_attendee", "finding", "qi_project",
                     "root_cause", "change_idea", "pdsa_cycle"), Kind.QI),
    **dict.fromkeys(("action_item", "action_status_change", "escalation"), Kind.ACTION),
    **dict.fromkeys(("indicator", "indicator_value"), Kind.INDICATOR),
    **dict.fromkeys(("programme", "programme_rhythm", "programme_cap", "programme_area"),
                    Kind.PROGRAMME),
}


def kind_of(table: str) -> Kind:
    return TABLE_KINDS.get(table, Kind.OFFICE)


@dataclass(frozen=True)
class Changes:
    """The rows a use case inserted, updated or deleted: (table, id) pairs; the id is None
    for a row without a single integer key. Empty (false) when nothing changed."""

    rows: frozenset[tuple[str, int | None]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, int | None]]) -> Changes:
        return cls(frozenset(rows))

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(table for table, _id in self.rows)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(kind_of(table) for table, _id in self.rows)

    def ids(self, table: str) -> frozenset[int]:
        """The ids of that table's rows that changed."""
        return frozenset(id_ for name, id_ in self.rows if name == table and id_ is not None)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.rows | other.rows)


Listener = Callable[[Changes], None]
LISTENERS_KEY = "change_listeners"  # in the session factory's (and so each session's) info


def listen(session_factory: Any, listener: Listener) -> Callable[[], None]:
    """Call `listener(changes)` after each committed write of the factory's sessions (or once
    per `gathering()`); returns the function that stops it."""
    info = session_factory.kw.get("info") or {}
    listeners: list[Listener] | None = info.get(LISTENERS_KEY)
    if listeners is None:
        listeners = []
        session_factory.configure(info={**info, LISTENERS_KEY: listeners})
    listeners.append(listener)

    def stop() -> None:
        if listener in listeners:
            listeners.remove(listener)

    return stop


@dataclass
class _Gathered:
    changes: Changes = field(default_factory=Changes)
    listeners: list[Listener] = field(default_factory=list)


_gathering: contextvars.ContextVar[_Gathered | None] = contextvars.ContextVar(
    "changes_gathering", default=None)


@contextmanager
def gathering() -> Iterator[None]:
    """Hold what is committed inside, and report it once, merged, at the end (also when the
    work fails after some of it was committed: what was committed did change)."""
    if _gathering.get() is not None:  # an outer gathering reports it all
        yield
        return
    gathered = _Gathered()
    token = _gathering.set(gathered)
    try:
        yield
    finally:
        _gathering.reset(token)
        if gathered.changes:
            _call(gathered.listeners, gathered.changes)


def publish(session_info: dict[str, Any], changes: Changes) -> None:
    """What the write path calls after a commit, with the committed session's info."""
    listeners = list(session_info.get(LISTENERS_KEY) or ())
    if not changes or not listeners:
        return
    gathered = _gathering.get()
    if gathered is None:
        _call(listeners, changes)
        return
    gathered.changes |= changes
    gathered.listeners += [one for one in listeners if one not in gathered.listeners]


def _call(listeners: Iterable[Listener], changes: Changes) -> None:
    for listener in listeners:
        try:
            listener(changes)
        except Exception:  # the data is committed: a broken listener must not undo that
            log.exception("A change listener failed")


__all__ = [
    "TABLE_KINDS", "Changes", "Kind", "Listener", "gathering", "kind_of", "listen", "publish",
]
