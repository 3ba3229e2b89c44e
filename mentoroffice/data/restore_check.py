"""Whether a SQLite file may be restored: a sound MentorOffice database exactly as one of this
version's migrations leaves it, with nothing of anyone else's (no trigger, no view).

The expected schema of a revision is built once per process, by running the migrations up to
that revision into an empty temporary file. Tables (columns, keys, foreign keys) and indexes
(columns, uniqueness, partial conditions) are compared through SQLite's own PRAGMAs: the same
structure compares equal even when a library version spelled its CREATE statements otherwise.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import tempfile
from pathlib import Path

from .backup import foreign_objects, integrity_problems
from .database import known_revisions, make_engine, upgrade
from .locations import sqlite_url

# (type, name) -> structure, for every table and index.
Schema = dict[tuple[str, str], tuple[object, ...]]
# SQLite's own bookkeeping (ANALYZE, AUTOINCREMENT): no part of what a migration makes.
_INTERNAL_TABLES = ("sqlite_stat", "sqlite_sequence")
UNCHANGED = "The database was not changed."


def _where(conn: sqlite3.Connection, index: str) -> str:
    """A partial index's condition, spelled one way."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                       (index,)).fetchone()
    condition = re.split(r"\bwhere\b", (sql[0] or "").lower(), maxsplit=1)[1:]
    return " ".join("".join(condition).split())


def schema_of(conn: sqlite3.Connection) -> Schema:
    """Every table and index of a SQLite database with its structure."""
    schema: Schema = {}
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        if table.startswith(_INTERNAL_TABLES):
            continue
        columns = tuple(conn.execute("SELECT * FROM pragma_table_xinfo(?)", (table,)))
        keys = tuple(conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (table,)))
        schema["table", table] = (columns, keys)
        indexes = conn.execute("SELECT name, \"unique\", origin, partial"
                               " FROM pragma_index_list(?)", (table,)).fetchall()
        for index, unique, origin, partial in indexes:
            parts = tuple(conn.execute("SELECT * FROM pragma_index_xinfo(?)", (index,)))
            where = _where(conn, index) if partial else ""
            schema["index", index] = (table, unique, origin, parts, where)
    return schema


@functools.cache
def expected_schema(revision: str) -> Schema:
    """The schema a database has when this version's migrations bring it to revision."""
    with tempfile.TemporaryDirectory(prefix="mentoroffice-schema-") as folder:
        path = Path(folder) / "expected.sqlite"
        engine = make_engine(sqlite_url(path))
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            return schema_of(conn)


def differences(expected: Schema, found: Schema) -> list[str]:
    """What found lacks, adds or changes, in a few words each."""
    def names(keys: set[tuple[str, str]]) -> str:
        return ", ".join(f"{kind} {name}" for kind, name in sorted(keys))

    said = []
    if missing := expected.keys() - found.keys():
        said.append(f"lacks {names(missing)}")
    if extra := found.keys() - expected.keys():
        said.append(f"has {names(extra)}, unknown to MentorOffice")
    if changed := {key for key in expected.keys() & found.keys() if expected[key] != found[key]}:
        said.append(f"has another {names(changed)}")
    return said


def _revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the file; None when there is no stamp."""
    try:
        stamps = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.OperationalError:  # no such table
        return None
    return ", ".join(str(stamp) for stamp in stamps) or None


def restore_refusal(path: Path, name: str) -> str | None:
    """Why the SQLite file at path (a copy of the backup called name) may not be restored,
    or None when it may."""
    problems = integrity_problems(path, quick=False, foreign=False)
    if problems:
        return (f"{name} is damaged and was not restored: {problems[0]}. Choose an older "
                f"backup. {UNCHANGED}")
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        foreign = foreign_objects(conn)
        revision = _revision(conn)
        schema = schema_of(conn)
    if foreign:
        return (f"{name} holds {', '.join(foreign)}, which MentorOffice never makes: such a "
                "database can change or delete records by itself, so it was not restored. "
                f"Choose another backup. {UNCHANGED}")
    if revision is None:
        return (f"{name} is not a MentorOffice backup: it has no MentorOffice version stamp "
                "(it may be another program's database). Choose a backup MentorOffice made "
                f"(mentoroffice backup --list shows them). {UNCHANGED}")
    if revision not in known_revisions():
        return (f"{name} was made by a newer MentorOffice (schema {revision}), or not by "
                "MentorOffice. To restore it, install the MentorOffice that made it. "
                f"{UNCHANGED}")
    found = differences(expected_schema(revision), schema)
    if found:
        return (f"{name} is stamped as a MentorOffice database (schema {revision}) but "
                f"{'; '.join(found)}: it was altered or made by another program, so it was "
                f"not restored. Choose another backup. {UNCHANGED}")
    return None
