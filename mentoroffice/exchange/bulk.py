"""New records an import has checked row by row, written together: one INSERT statement per
table (SQLAlchemy's "insertmanyvalues": a few round trips for thousands of rows), in the
import's transaction, each written row audited as the ORM's flush would audit it.

A row's records are queued under a placeholder id (negative, so never a stored one); a record
that points at another queued record (a posting at its new person) names that placeholder, and
gets the real id when the queue is written. The import writes the queue before anything that
reads or changes stored records (an update of someone already there) and at the end, so the
database is what it would be had the rows been written one by one; the dry run writes the
same statements inside the savepoint it rolls back, so it reaches the same verdict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import count
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from ..core import audit


@dataclass
class _Queued:
    table: Table
    rows: list[dict[str, Any]] = field(default_factory=list)
    placeholders: list[int] = field(default_factory=list)


class InsertQueue:
    """Rows to insert, by table, in the order their tables must be written."""

    def __init__(self, *tables: Table) -> None:
        self._tables = [_Queued(table) for table in tables]
        self._next_placeholder = count(-1, -1)
        self.real_ids: dict[int, int] = {}  # placeholder -> id given by the database

    def __len__(self) -> int:
        return sum(len(queued.rows) for queued in self._tables)

    def add(self, table: Table, row: dict[str, Any]) -> int:
        """Queue a row; its placeholder id, for the rows that refer to it."""
        placeholder = next(self._next_placeholder)
        queued = next(q for q in self._tables if q.table is table)
        queued.rows.append(row)
        queued.placeholders.append(placeholder)
        return placeholder

    def real_id(self, record_id: int) -> int:
        return self.real_ids.get(record_id, record_id)

    def write(self, session: Session, audited: bool = True) -> dict[int, int]:
        """Insert every queued row, table by table; placeholder -> id of what was written.
        `audited` False: the dry run, whose writes are rolled back, gathers no entries."""
        written: dict[int, int] = {}
        for queued in self._tables:
            if queued.rows:
                rows = [self._resolved(row) for row in queued.rows]
                ids = _insert_returning_ids(session, queued.table, rows)
                written.update(zip(queued.placeholders, ids, strict=True))
                self.real_ids.update(written)
                if audited:
                    audit.record_inserts(session, queued.table.name,
                                         [{"id": new_id, **row}
                                          for new_id, row in zip(ids, rows, strict=True)])
                queued.rows, queued.placeholders = [], []
        return written

    def _resolved(self, row: dict[str, Any]) -> dict[str, Any]:
        return {name: self.real_ids.get(value, value) if isinstance(value, Placeholder) else value
                for name, value in row.items()}


class Placeholder(int):
    """A reference to a queued row (its placeholder id), replaced by the real id on writing."""


def _insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]
                          ) -> list[int]:
    """Insert the rows in one statement; the ids given to them, in order."""
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, rows).scalars())
    # SQLite would insert one row per statement to return ids in order; a plain executemany
    # is one statement, handed to the driver as it is (the values are already what SQLite
    # stores: text, numbers, ISO dates). SQLite gives each row the largest id plus one; the
    # transaction holds the write lock from the first row on, so the new ids are the last
    # len(rows).
    names = list(rows[0])
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    session.connection().exec_driver_sql(sql, _driver_rows(rows, names))
    last = session.execute(select(func.max(table.c.id))).scalar_one()
    return list(range(last - len(rows) + 1, last + 1))


def _driver_rows(rows: list[dict[str, Any]], names: list[str]) -> list[tuple[Any, ...]]:
    """The rows as tuples in the order of `names`, converted only in the columns that hold
    dates or booleans (the others go to the driver as they are)."""
    values = itemgetter(*names)
    tuples = [values(row) if len(names) > 1 else (values(row),) for row in rows]
    converted = [index for index, name in enumerate(names)
                 if isinstance(_first_value(rows, name), (bool, dt.date))]
    if not converted:
        return tuples
    lists = [list(row) for row in tuples]
    for index in converted:
        for row in lists:
            row[index] = _stored(row[index])
    return [tuple(row) for row in lists]


def _first_value(rows: list[dict[str, Any]], name: str) -> Any:
    return next((row[name] for row in rows if row[name] is not None), None)


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy would store it in SQLite: dates as ISO text, booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
