"""Rows collected in memory with ids given in Python, then written table by table."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import insert, text
from sqlalchemy.engine import Connection

from ..data.models import Base

T = TypeVar("T")
CHUNK = 20_000


@dataclass
class Rows:
    """Everything the demo will insert, by table name; ids are allocated here."""

    by_table: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    next_ids: dict[str, int] = field(default_factory=lambda: defaultdict(lambda: 1))

    def add(self, table: str, **values: Any) -> int:
        """Add a row to a table with an integer id; return the id."""
        row_id = self.next_ids[table]
        self.next_ids[table] = row_id + 1
        values["id"] = row_id
        self._append(table, values)
        return row_id

    def add_link(self, table: str, **values: Any) -> None:
        """Add a row to a table whose primary key is made of its own columns."""
        self._append(table, values)

    def _append(self, table: str, values: dict[str, Any]) -> None:
        if "version_id" in Base.metadata.tables[table].c and "version_id" not in values:
            values["version_id"] = 1
        self.by_table[table].append(values)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.by_table.items()}


def write_rows(connection: Connection, rows: Rows) -> None:
    """Insert every table's rows in foreign-key order, in chunks, on one connection."""
    for table in Base.metadata.sorted_tables:
        table_rows = rows.by_table.get(table.name)
        if not table_rows:
            continue
        _fill_defaults(table, table_rows)
        for start in range(0, len(table_rows), CHUNK):
            connection.execute(insert(table), table_rows[start : start + CHUNK])
    if connection.dialect.name == "postgresql":
        _advance_sequences(connection, rows.next_ids)


def _fill_defaults(table: Any, table_rows: list[dict[str, Any]]) -> None:
    """executemany needs every row to carry the same keys: fill nullable ones with None."""
    keys: set[str] = set()
    for row in table_rows:
        keys.update(row)
    for row in table_rows:
        for key in keys:
            row.setdefault(key, None)


def _advance_sequences(connection: Connection, next_ids: dict[str, int]) -> None:
    """Ids were given explicitly: move PostgreSQL's sequences past them."""
    for table_name, next_id in next_ids.items():
        connection.execute(
            text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, false)"),
            {"t": table_name, "v": next_id},
        )


def pick(rng: random.Random, pool: Iterable[T]) -> T:
    items: Sequence[T] = pool if isinstance(pool, (list, tuple)) else list(pool)
    return items[rng.randrange(len(items))]
