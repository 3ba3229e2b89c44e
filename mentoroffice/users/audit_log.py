"""Reading the audit trail: who changed what, and when (see `core.audit`, which writes it).

`audit_page` lists entries newest first, filtered and paged in SQL; `record_history` gives one
record's entries oldest first; `created_and_changed` says who created a record and who changed
it last. `AuditService` offers them to the window and checks that the signed-in user may read
the audit (Permission.AUDIT). Nothing here edits or deletes an entry: the program never does.

Entries are stored with UTC times; dates chosen by people (the filters) and times shown or
exported are this PC's local time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..core.access import Permission, actor_of, check
from ..core.export_files import export_rows as write_rows
from ..core.writes import read_only, record_event
from ..data.models import AuditEntry

# Derived from other fields, or the record number the entry already names: noise in a history.
HIDDEN_FIELDS = frozenset({"search_key", "id"})
COLUMNS = ("at", "username", "action", "table_name", "record_id", "entry")
EXPORT_HEADERS = ("When", "User", "Action", "Table", "Record", "Field", "Old value",
                  "New value")


@dataclass(frozen=True)
class AuditFilters:
    """Entries by this user, on these local dates (both included), of this table and record;
    an empty or None filter matches every entry."""

    username: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    table: str = ""
    record_id: int | None = None


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # local time
    username: str
    action: str
    table: str
    record_id: int | None
    changes: tuple[Change, ...] = ()
    facts: tuple[tuple[str, Any], ...] = ()  # what else the entry says: a file, its hash...

    @property
    def summary(self) -> str:
        """The changed fields' names, or the entry's facts, in one line."""
        if self.changes:
            return ", ".join(change.field for change in self.changes)
        return ", ".join(f"{key}: {value_text(value)}" for key, value in self.facts)


@dataclass(frozen=True)
class AuditPage:
    """A page of entries as `ui.table_model.PageLike` wants it; the last column holds the
    entry itself (its changes, for the detail pane)."""

    rows: list[tuple[Any, ...]]
    total: int
    columns: tuple[str, ...] = COLUMNS

    @property
    def entries(self) -> list[AuditRow]:
        return [row[-1] for row in self.rows]


@dataclass(frozen=True)
class Provenance:
    created_by: str | None = None
    created_at: dt.datetime | None = None  # local time
    changed_by: str | None = None
    changed_at: dt.datetime | None = None


@dataclass(frozen=True)
class RecordHistory:
    entries: list[AuditRow] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)


def value_text(value: Any) -> str:
    """A stored value as one line of text ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def local_time(utc: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time as this PC's naive local time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def utc_start_of(day: dt.date) -> dt.datetime:
    """The first moment of a local day, as a naive UTC time comparable to stored ones."""
    return dt.datetime.combine(day, dt.time.min).astimezone(dt.UTC).replace(tzinfo=None)


def decoded(entry: AuditEntry) -> AuditRow:
    detail: dict[str, Any] = {}
    if entry.detail:
        try:
            loaded = json.loads(entry.detail)
        except ValueError:
            loaded = {"detail": entry.detail}
        detail = loaded if isinstance(loaded, dict) else {"detail": loaded}
    raw_changes = detail.pop("changes", None) or {}
    changes = tuple(Change(name, *[*values, None, None][:2])
                    for name, values in raw_changes.items()
                    if name not in HIDDEN_FIELDS and isinstance(values, list))
    return AuditRow(entry.id, local_time(entry.at), entry.username, entry.action,
                    entry.table_name, entry.record_id, changes, tuple(detail.items()))


def _filtered(query: Select[Any], filters: AuditFilters) -> Select[Any]:
    if filters.username:
        query = query.where(AuditEntry.username == filters.username)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= utc_start_of(filters.since))
    if filters.until is not None:
        query = query.where(AuditEntry.at < utc_start_of(filters.until + dt.timedelta(days=1)))
    if filters.table:
        query = query.where(AuditEntry.table_name == filters.table)
    if filters.record_id is not None:
        query = query.where(AuditEntry.record_id == filters.record_id)
    return query


def _row(entry: AuditRow) -> tuple[Any, ...]:
    return (entry.at, entry.username, entry.action, entry.table, entry.record_id, entry)


def audit_page(session: Session, filters: AuditFilters, offset: int, limit: int) -> AuditPage:
    """Entries matching `filters`, newest first: `limit` of them from `offset`, and the total."""
    total = session.scalar(_filtered(select(func.count()).select_from(AuditEntry), filters))
    query = _filtered(select(AuditEntry), filters).order_by(
        AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)
    return AuditPage([_row(decoded(entry)) for entry in session.scalars(query)], total or 0)


def record_history(session: Session, table: str, record_id: int) -> list[AuditRow]:
    """Every entry about one record, oldest first, with its changes decoded."""
    query = select(AuditEntry).where(AuditEntry.table_name == table,
                                     AuditEntry.record_id == record_id)
    return [decoded(e) for e in session.scalars(query.order_by(AuditEntry.at, AuditEntry.id))]


def created_and_changed(session: Session, table: str, record_id: int) -> Provenance:
    """Who created the record and when, and who changed it last and when; None for what the
    audit does not know (a record made before the audit, or never changed)."""
    about = (AuditEntry.table_name == table, AuditEntry.record_id == record_id)
    created = session.execute(select(AuditEntry.username, AuditEntry.at).where(
        *about, AuditEntry.action == "insert").order_by(AuditEntry.at, AuditEntry.id)
        .limit(1)).first()
    changed = session.execute(select(AuditEntry.username, AuditEntry.at).where(
        *about, AuditEntry.action == "update").order_by(AuditEntry.at.desc(),
                                                        AuditEntry.id.desc()).limit(1)).first()
    return Provenance(created[0] if created else None,
                      local_time(created[1]) if created else None,
                      changed[0] if changed else None,
                      local_time(changed[1]) if changed else None)


def choices(session: Session) -> tuple[list[str], list[str]]:
    """The user names and the tables the audit holds entries for, for the filters."""
    users = session.scalars(select(AuditEntry.username).distinct().order_by(
        AuditEntry.username))
    tables = session.scalars(select(AuditEntry.table_name).distinct().order_by(
        AuditEntry.table_name))
    return list(users), list(tables)


def export_rows(session: Session, filters: AuditFilters) -> list[list[Any]]:
    """One row per changed field (or fact) of each matching entry, newest entry first."""
    query = _filtered(select(AuditEntry), filters).order_by(AuditEntry.at.desc(),
                                                            AuditEntry.id.desc())
    rows: list[list[Any]] = []
    for stored in session.scalars(query.execution_options(yield_per=2000)):
        entry = decoded(stored)
        start = [entry.at, entry.username, entry.action, entry.table, entry.record_id]
        lines = [(c.field, c.old, c.new) for c in entry.changes]
        lines += [(key, None, value) for key, value in entry.facts]
        for name, old, new in lines or [("", None, None)]:
            rows.append([*start, name, _cell(old), _cell(new)])
    return rows


def _cell(value: Any) -> Any:
    """Numbers stay numbers in the workbook; everything else is text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return value_text(value) or None


class AuditService:
    """The audit trail for the window and the command line, for those who may read it."""

    def __init__(self, session_factory: Any) -> None:
        self.session_factory = session_factory

    def may_read(self) -> bool:
        actor = actor_of(self.session_factory)
        return actor is not None and actor.may(Permission.AUDIT)

    def _check(self) -> None:
        check(actor_of(self.session_factory), Permission.AUDIT)

    def page(self, filters: AuditFilters, offset: int = 0, limit: int = 200) -> AuditPage:
        self._check()
        with read_only(self.session_factory) as session:
            return audit_page(session, filters, offset, limit)

    def history(self, table: str, record_id: int) -> RecordHistory:
        self._check()
        with read_only(self.session_factory) as session:
            return RecordHistory(record_history(session, table, record_id),
                                 created_and_changed(session, table, record_id))

    def choices(self) -> tuple[list[str], list[str]]:
        self._check()
        with read_only(self.session_factory) as session:
            return choices(session)

    def export_audit(self, filters: AuditFilters, path: Path,
                     headers: Sequence[str] = EXPORT_HEADERS) -> tuple[Path, int]:
        """The matching entries to an .xlsx (or .csv) file readable by its owner only; the
        file and the number of rows written. The export itself is audited too."""
        self._check()
        check(actor_of(self.session_factory), Permission.EXPORT)
        with read_only(self.session_factory) as session:
            rows = export_rows(session, filters)
        written = write_rows(headers, rows, Path(path), "Audit")
        record_event(self.session_factory, Permission.EXPORT, "export",
                     AuditEntry.__tablename__, file=written.name, rows=len(rows))
        return written, len(rows)
