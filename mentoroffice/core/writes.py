"""The one write path: a transaction per use case, checked against what the person read.

Every service call that changes data runs inside `unit_of_work`. It opens a write transaction
(`BEGIN IMMEDIATE` on SQLite, so a second PC waits for the busy timeout instead of failing the
moment a read turns into a write), and turns what two PCs writing at once can cause into one
refusal type, `RuleRefused`, with a stable code and a translatable message:

- `stale`: the record changed since the person opened it (their version no longer matches,
  found by `expect_version` or by the ORM's version check at flush);
- `saved_elsewhere`: another PC inserted the same record at the same moment (a unique
  constraint fired);
- `busy`: the database stayed locked by another PC's change past the busy timeout.

Nothing is retried silently: the person sees what happened and decides. Only a use case that
declared its permission (`core.access.requires`) writes, for the user its session factory acts
for, and every change it writes is audited in the same transaction (`core.audit`).

After the commit, what the transaction changed is reported to the session factory's change
listeners as a `core.changes.Changes` (kinds of records and ids), so the window can tell the
pages showing such records; a rolled-back transaction reports nothing. The rows are those the
audit gathered from the session: after each flush its new, dirty (really changed) and deleted
objects, and the rows of bulk inserts; so what is reported and what is audited never differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from ..data.database import WRITE_TRANSACTION_OPTION
from ..text import QT_TRANSLATE_NOOP, Term
from . import audit, changes
from .access import ACTOR_KEY, Actor, Permission, actor_of, check, declared_permission, use_case
from .refusals import RuleRefused, Violation, rule

CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Rules", "{what} was changed on another PC since you opened it. Nothing was saved: reload "
    "it to see the change, then make yours again.")
CHANGED_FIELD = QT_TRANSLATE_NOOP("Rules", "{label} is now “{value}”.")
SAVED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Rules", "Another PC saved the same record at the same moment. Nothing was saved: reload "
    "to see their change, then make yours again if it is still needed.")
DATABASE_BUSY = QT_TRANSLATE_NOOP(
    "Rules", "The database is busy with a change from another PC. Nothing was saved: try again "
    "in a moment.")
A_RECORD = QT_TRANSLATE_NOOP("Rules", "This record")

# SQLSTATEs of PostgreSQL: unique violation; serialization failure, deadlock, lock timeout.
_UNIQUE_VIOLATION = "23505"
_BUSY_STATES = frozenset({"40001", "40P01", "55P03"})
_SQLITE_BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")


class Versioned(Protocol):
    version_id: int


def changed_elsewhere(what: str = A_RECORD,
                      changes: Mapping[str, object] | None = None) -> RuleRefused:
    """The refusal for an edit made on an out-of-date copy; `changes` maps a field's label to
    its value now, when the caller can tell what the other PC changed."""
    violations = [rule("stale", CHANGED_ELSEWHERE, what=Term(what))]
    violations += [rule("stale_field", CHANGED_FIELD, label=Term(label), value=value)
                   for label, value in (changes or {}).items()]
    return RuleRefused(violations)


def expect_version(record: Versioned, read_version: int | None, what: str = A_RECORD,
                   changes: Callable[[], Mapping[str, object]] | None = None) -> None:
    """Refuse the edit unless the record is still at the version the person read (None: they
    saw no such record, so someone else created it meanwhile); `changes` tells, only when it
    is refused, what the other PC changed (see `changed_fields`)."""
    if record.version_id != read_version:
        raise changed_elsewhere(what, changes() if changes else None)
    session = object_session(record)
    if session is not None:
        # The session holds unchanged records weakly: were this one dropped and loaded again
        # before the change, it would carry a version another PC saved meanwhile, and the
        # UPDATE's version check would pass. Keep the checked copy until the transaction ends.
        session.info.setdefault("checked_versions", []).append(record)


def changed_fields(read: Mapping[str, object], stored: Mapping[str, object],
                   labels: Mapping[str, str]) -> dict[str, object]:
    """Label -> value now, for the fields whose stored value differs from what was read."""
    return {labels.get(name, name): "" if stored.get(name) is None else stored.get(name)
            for name in read if read[name] != stored.get(name)}


@contextmanager
def unit_of_work(session_factory: Any, acting: Actor | None = None) -> Iterator[Session]:
    """A write transaction for the user the factory acts for (or `acting`): committed on
    success, rolled back on any exception; what two PCs writing at once cause comes out as a
    `RuleRefused`."""
    actor = _check_declared(acting or actor_of(session_factory))
    try:
        with session_factory(info={ACTOR_KEY: actor}) as session, session.begin():
            session.connection(execution_options={WRITE_TRANSACTION_OPTION: True})
            yield session
            session.flush()
            written = changes_pending(session)
            audit.write_pending(session)
        changes.publish(session.info, written)
    except StaleDataError as error:
        raise changed_elsewhere() from error
    except IntegrityError as error:
        if not _unique_violation(error):
            raise
        raise RuleRefused([rule("saved_elsewhere", SAVED_ELSEWHERE)]) from error
    except OperationalError as error:
        if not is_busy(error):
            raise
        raise RuleRefused([rule("busy", DATABASE_BUSY)]) from error


def changes_pending(session: Session) -> changes.Changes:
    """What the session has written so far in this transaction (gathered by the audit)."""
    return changes.Changes.of(
        (entry["table_name"], entry["record_id"])
        for entry in session.info.get(audit.PENDING) or ()
        if entry["action"] in (audit.INSERT, audit.UPDATE, audit.DELETE))


def _check_declared(actor: Actor | None) -> Actor:
    """Only a declared use case writes (`core.access.requires`), and only for someone."""
    permission = declared_permission()
    if permission is None:
        raise RuntimeError("A write outside a declared use case: decorate the service method "
                           "with @requires(Permission...).")
    return check(actor, permission)


def record_event(session_factory: Any, permission: Permission, action: str, table: str,
                 **detail: Any) -> None:
    """An audit entry of its own for something that changed no row (an export, a restore)."""
    with use_case(permission), unit_of_work(session_factory) as session:
        audit.record(session, action, table, None, **detail)


@contextmanager
def read_only(session_factory: Any) -> Iterator[Session]:
    """A session for reading; nothing it holds is committed."""
    with session_factory() as session:
        try:
            yield session
        finally:
            session.rollback()


def is_busy(error: BaseException) -> bool:
    """Whether a database error means another PC holds the lock (try again later)."""
    original = getattr(error, "orig", error)
    if getattr(original, "sqlstate", None) in _BUSY_STATES:
        return True
    text = str(original).lower()
    return any(words in text for words in _SQLITE_BUSY_WORDS)


def _unique_violation(error: IntegrityError) -> bool:
    original = error.orig
    if getattr(original, "sqlstate", None) == _UNIQUE_VIOLATION:
        return True
    return "unique constraint failed" in str(original).lower()


__all__ = [
    "A_RECORD", "RuleRefused", "Violation", "changed_elsewhere", "changed_fields",
    "changes_pending", "expect_version", "is_busy", "read_only", "unit_of_work",
]
