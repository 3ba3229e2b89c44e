"""The audit trail: every insert, update and delete made through the write path, with who made
it, when, and each changed field's old and new value, in the same transaction as the change.

`unit_of_work` gives its session the acting user (Session.info); after each flush, the
changes the session just wrote are gathered, and `write_pending` adds them all to `audit_log`
with one INSERT just before the commit. A rolled-back change
therefore leaves no entry, and a change cannot be written without one. Entries are never
edited or deleted by the program.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
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


PENDING = "audit_pending"  # Session.info: entries gathered by flushes, written at the end


@event.listens_for(Session, "after_flush")
def _audit_flush(session: Session, _flush: UOWTransaction) -> None:
    """Gather what the flush wrote (the session still shows it as new, dirty and deleted)."""
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        return  # a session outside the write path: reads, migrations, the demo's bulk load
    pending = session.info.setdefault(PENDING, [])
    pending += _rows(actor, INSERT, session.new)
    pending += _rows(actor, UPDATE, session.dirty)
    pending += _rows(actor, DELETE, session.deleted)


def write_pending(session: Session) -> None:
    """Write the gathered entries in one statement, in the transaction of the changes; the
    write path calls it after its last flush, just before the commit."""
    session.flush()
    pending = session.info.pop(PENDING, None)
    if pending:
        session.connection().execute(insert(AuditEntry), pending)


def record_inserts(session: Session, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Entries for rows written by a bulk INSERT (which the ORM's flush does not see), each as
    the flush would record the insert: the new row's id and its columns' values."""
    actor = session.info.get(ACTOR_KEY)
    if actor is None or table in NOT_AUDITED:
        return
    at, username = utcnow(), actor.username  # one moment for the statement's rows
    session.info.setdefault(PENDING, []).extend(
        {"at": at, "username": username, "action": INSERT, "table_name": table,
         "record_id": row["id"], "detail": json.dumps({"changes": {
             name: [None, _shown(name, value)] for name, value in row.items()
             if value is not None and name != "version_id"}}, default=_plain,
             ensure_ascii=False)}
        for row in rows)


def _rows(actor: Actor, action: str, objects: Iterable[Any]) -> list[dict[str, Any]]:
    entries = []
    for obj in objects:
        state = inspect(obj)
        table = state.mapper.local_table.name
        if table in NOT_AUDITED:
            continue
        changes = _changes(state, action, _columns(state.mapper))
        if action == UPDATE and not changes:
            continue  # touched but unchanged
        key = state.identity or state.mapper.primary_key_from_instance(obj)
        record_id = key[0] if len(key) == 1 and isinstance(key[0], int) else None
        detail: dict[str, Any] = {"changes": changes}
        if record_id is None:
            detail["key"] = list(key)
        entries.append(_entry(actor, action, table, record_id, detail))
    return entries


@functools.cache
def _columns(mapper: Any) -> frozenset[str]:
    return frozenset(c.key for c in mapper.column_attrs if c.key != "version_id")


def _changes(state: Any, action: str, columns: frozenset[str]) -> dict[str, list[Any]]:
    """Column -> [old, new] (old None for an insert, new None for a delete)."""
    values = state.dict
    if action == INSERT:
        return {name: [None, _shown(name, value)] for name, value in values.items()
                if name in columns and value is not None}
    if action == DELETE:  # what was loaded of the deleted row
        return {name: [_shown(name, value), None] for name, value in values.items()
                if name in columns}
    changes = {}
    for name in state.committed_state:  # the attributes changed since they were loaded
        if name not in columns:
            continue
        history = state.attrs[name].history
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
