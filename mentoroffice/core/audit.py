"""The audit trail: every insert, update and delete made through the write path, with who made
it, when, and each changed field's old and new value, in the same transaction as the change.

`unit_of_work` gives its session the acting user (Session.info); after each flush, the
changes the session just wrote are added to `audit_log` with one INSERT. A rolled-back change
therefore leaves no entry, and a change cannot be written without one. Entries are never
edited or deleted by the program.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from ..data.base import utcnow
from ..data.models import AuditEntry
from .access import ACTOR_KEY, Actor

INSERT, UPDATE, DELETE = "insert", "update", "delete"
NOT_AUDITED = frozenset({AuditEntry.__tablename__})
SECRET_COLUMNS = frozenset({"password_hash", "token_hash"})  # recorded as changed, never shown


def record(session: Session, action: str, table: str, record_id: int | None = None,
           username: str | None = None, **detail: Any) -> None:
    """An entry for something that is not a row change: a sign-in, an import, a restore...
    (`username`: who it was about, when not the acting user, e.g. the one signing in)."""
    actor: Actor | None = session.info.get(ACTOR_KEY)
    entry = _entry(actor, action, table, record_id, detail)
    if username is not None:
        entry["username"] = username[:40]
    session.execute(insert(AuditEntry), [entry])


def _entry(actor: Actor | None, action: str, table: str, record_id: int | None,
           detail: dict[str, Any] | None) -> dict[str, Any]:
    return {"at": utcnow(), "username": actor.username if actor else "?", "action": action,
            "table_name": table, "record_id": record_id,
            "detail": json.dumps(detail, default=_plain, ensure_ascii=False) if detail else None}


@event.listens_for(Session, "after_flush")
def _audit_flush(session: Session, _flush: UOWTransaction) -> None:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        return  # a session outside the write path: reads, migrations, the demo's bulk load
    entries = [*_rows(actor, INSERT, session.new), *_rows(actor, UPDATE, session.dirty),
               *_rows(actor, DELETE, session.deleted)]
    if entries:
        session.connection().execute(insert(AuditEntry), entries)


def _rows(actor: Actor, action: str, objects: Iterable[Any]) -> list[dict[str, Any]]:
    entries = []
    for obj in objects:
        state = inspect(obj)
        table = state.mapper.local_table.name
        if table in NOT_AUDITED:
            continue
        changes = _changes(state, action)
        if action == UPDATE and not changes:
            continue  # touched but unchanged
        key = state.identity or state.mapper.primary_key_from_instance(obj)
        record_id = key[0] if len(key) == 1 and isinstance(key[0], int) else None
        detail = {"changes": changes}
        if record_id is None:
            detail["key"] = list(key)
        entries.append(_entry(actor, action, table, record_id, detail))
    return entries


def _changes(state: Any, action: str) -> dict[str, list[Any]]:
    """Column -> [old, new] (old None for an insert, new None for a delete)."""
    changes: dict[str, list[Any]] = {}
    for column in state.mapper.column_attrs:
        name = column.key
        if name == "version_id":
            continue
        history = state.attrs[name].history
        if action == INSERT:
            value = state.dict.get(name)
            if value is not None:
                changes[name] = [None, _shown(name, value)]
        elif action == DELETE:
            if name in state.dict:  # what was loaded of the deleted row
                changes[name] = [_shown(name, state.dict[name]), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[name] = [_shown(name, old), _shown(name, new)]
    return changes


def _shown(column: str, value: Any) -> Any:
    return "(changed)" if column in SECRET_COLUMNS and value is not None else value


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(value)
