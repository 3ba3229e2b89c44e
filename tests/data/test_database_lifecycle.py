"""Opening the office database over its life: migrations, refusals, locks, damage, backups.

tests/fixtures/office-rev0001.sqlite is a real database file written by migration 0001, kept
in the repository as an office PC would have it after the first release. It was made by
make_rev0001_file() below, which runs again only if the file is missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, insert, inspect, text
from sqlalchemy.exc import OperationalError

import mentoroffice.data.database as database_module
import mentoroffice.data.locations as locations_module
from mentoroffice.data.backup import (
    BackupError,
    backup_dir_for,
    integrity_problems,
    list_backups,
    make_backup,
    restore_backup,
)
from mentoroffice.data.database import (
    current_revision,
    head_revision,
    make_engine,
    open_database,
    upgrade,
)
from mentoroffice.data.errors import (
    DatabaseProblem,
    DatabaseTooNew,
    DatabaseUnavailable,
    MigrationFailed,
    NotAnOfficeDatabase,
    as_problem,
    explain,
)
from mentoroffice.data.locations import (
    NetworkPathError,
    is_network_path,
    refuse_network_path,
    sqlite_url,
)
from mentoroffice.data.models import Setting

REV0001_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "office-rev0001.sqlite"

# Rows a revision-0001 database holds: (id, code, name, level, parent_id) ...
REV0001_ORG_UNITS = (
    (1, "RW", "Rwanda", "country", None),
    (2, "RW-E", "Eastern Province", "province", 1),
    (3, "RW-E-KIR", "Kirehe", "district", 2),
    (4, "DH-KIREHE", "Kirehe District Hospital", "hospital", 3),
)
# ... (id, code, first_name, last_name, sex, cadre, phone) ...
REV0001_PEOPLE = (
    (1, "RW-MW-0001", "Émilienne", "Ngabonziza", "F", "midwife", "+250 788 000 001"),
    (2, None, "Jean-Baptiste", "Habyarimana", "M", "doctor", None),
    (3, "RW-N-0007", "Thérèse", "MUKAMAZIMPAKA", "F", "nurse", None),
)
# ... and the search keys migration 0002 must fill in (accents and case folded).
EXPECTED_SEARCH_KEYS = {
    1: "emilienne ngabonziza rw-mw-0001 +250 788 000 001",
    2: "jean-baptiste habyarimana",
    3: "therese mukamazimpaka rw-n-0007",
}


def insert_rev0001_rows(connection: Connection) -> None:
    """Rows written with plain SQL against the revision-0001 schema (no models involved)."""
    for unit_id, code, name, level, parent in REV0001_ORG_UNITS:
        connection.execute(
            text(
                "INSERT INTO org_unit (id, code, name, level, parent_id, upgraded_health_center,"
                " active, version_id) VALUES (:id, :code, :name, :level, :parent, :upgraded,"
                " :active, 1)"
            ),
            {"id": unit_id, "code": code, "name": name, "level": level, "parent": parent,
             "upgraded": False, "active": True},
        )
    for person_id, code, first, last, sex, cadre, phone in REV0001_PEOPLE:
        connection.execute(
            text(
                "INSERT INTO person (id, code, first_name, last_name, sex, cadre, phone, active,"
                " version_id) VALUES (:id, :code, :first, :last, :sex, :cadre, :phone, :active,"
                " 1)"
            ),
            {"id": person_id, "code": code, "first": first, "last": last, "sex": sex,
             "cadre": cadre, "phone": phone, "active": True},
        )
    connection.execute(
        text(
            "INSERT INTO posting (id, person_id, org_unit_id, role, start_date, version_id)"
            " VALUES (1, 1, 4, 'provider', :start, 1)"
        ),
        {"start": "2019-10-01"},
    )


def make_rev0001_file(path: Path) -> None:
    """Write a revision-0001 database file the way the first release did."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # 1 KiB pages keep the committed file small (~120 KiB instead of ~480 KiB);
    # the page size must be chosen before the first table and before WAL.
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA page_size=1024")
        conn.execute("VACUUM")
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        insert_rev0001_rows(connection)
    engine.dispose()  # the last connection checkpoints the WAL into the file and removes it


def rev0001_file() -> Path:
    if not REV0001_FILE.exists():
        make_rev0001_file(REV0001_FILE)
    return REV0001_FILE


# --- Helpers -------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(url: str) -> str | None:
    engine = create_engine(url)  # a plain engine: look without changing anything
    try:
        with engine.connect() as connection:
            return current_revision(connection)
    finally:
        engine.dispose()


def snapshot(url: str) -> dict[str, Any]:
    """Revision, tables and row counts: what 'the database was left untouched' means."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = sorted(inspect(connection).get_table_names())
            counts = {
                t: connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                for t in tables
            }
            return {"revision": current_revision(connection), "counts": counts}
    finally:
        engine.dispose()


def sqlite_dump(path: Path) -> list[str]:
    """Every schema statement and row of a SQLite file, as SQL text."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def people_and_units(url: str) -> tuple[dict[int, tuple[Any, ...]], dict[int, tuple[Any, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            people = {
                row[0]: tuple(row[1:])
                for row in connection.execute(
                    text("SELECT id, first_name, last_name, code, search_key FROM person")
                )
            }
            units = {
                row[0]: tuple(row[1:])
                for row in connection.execute(
                    text("SELECT id, code, level, parent_id FROM org_unit")
                )
            }
            return people, units
    finally:
        engine.dispose()


def assert_rev0001_rows_upgraded(url: str) -> None:
    people, units = people_and_units(url)
    assert people == {
        person_id: (first, last, code, EXPECTED_SEARCH_KEYS[person_id])
        for person_id, code, first, last, *_ in REV0001_PEOPLE
    }
    assert units == {unit_id: (code, level, parent)
                     for unit_id, code, _, level, parent in REV0001_ORG_UNITS}
    assert revision_of(url) == head_revision()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def old_office_copy(sqlite_path: Path) -> Iterator[Path]:
    """A copy of the revision-0001 file, as an office PC would hold it before upgrading."""
    source = rev0001_file()
    before = sha256(source)
    shutil.copyfile(source, sqlite_path)
    yield sqlite_path
    assert sha256(source) == before, "a test changed the committed fixture file"


# --- Migrations ----------------------------------------------------------------------------


def test_the_revisions_recorded_in_the_code_are_alembics_own() -> None:
    # GIVEN the migrations Alembic finds  WHEN the code's recorded list is read
    # THEN it is the same list in the same order, so the head the window compares with
    # without importing Alembic is Alembic's real head
    assert list(database_module.KNOWN_REVISIONS) == database_module.alembic_revisions()
    assert head_revision() == database_module.alembic_revisions()[-1]


def test_upgrade_from_first_revision_keeps_rows_and_fills_search_key(
    empty_database_url: str,
) -> None:
    engine = make_engine(empty_database_url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        insert_rev0001_rows(connection)
        assert current_revision(connection) == "0001"
        assert "search_key" not in {c["name"] for c in inspect(connection).get_columns("person")}
    engine.dispose()

    database = open_database(empty_database_url)
    database.dispose()

    assert_rev0001_rows_upgraded(empty_database_url)


@pytest.mark.sqlite_only
def test_committed_rev0001_file_is_what_it_claims(old_office_copy: Path) -> None:
    # Inspect a copy: even a read-only open of a WAL file leaves -wal/-shm files beside it.
    with contextlib.closing(sqlite3.connect(old_office_copy)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(person)")}
        assert "first_name" in columns and "search_key" not in columns
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (len(REV0001_PEOPLE),)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.sqlite_only
def test_opening_a_copy_of_the_old_file_upgrades_it_and_keeps_rows(
    old_office_copy: Path,
) -> None:
    url = sqlite_url(old_office_copy)
    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            postings = connection.execute(
                text("SELECT person_id, org_unit_id, role FROM posting")
            ).all()
    finally:
        database.dispose()

    assert postings == [(1, 4, "provider")]
    assert_rev0001_rows_upgraded(url)
    assert integrity_problems(old_office_copy, quick=False) == []


@pytest.mark.sqlite_only
def test_old_file_is_backed_up_before_migrating(old_office_copy: Path) -> None:
    database = open_database(sqlite_url(old_office_copy))
    database.dispose()

    backup_dir = old_office_copy.parent / "backups"
    backups = list_backups(backup_dir)
    assert [b.path for b in backups] == [database.migration_backup.path]  # type: ignore[union-attr]
    backup = backups[0].path
    assert "before-migration-0001" in backup.name
    assert integrity_problems(backup, quick=False) == []
    with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        names = conn.execute("SELECT first_name FROM person ORDER BY id").fetchall()
        assert names == [(first,) for _, _, first, *_ in REV0001_PEOPLE]
        assert "search_key" not in {row[1] for row in conn.execute("PRAGMA table_info(person)")}


@pytest.mark.sqlite_only
def test_new_database_needs_no_backup(sqlite_path: Path) -> None:
    database = open_database(sqlite_url(sqlite_path))
    database.dispose()
    assert database.migration_backup is None
    assert list_backups(backup_dir_for(sqlite_path)) == []
    assert revision_of(sqlite_url(sqlite_path)) == head_revision()


@pytest.mark.sqlite_only
def test_failed_migration_restores_the_file_and_names_the_backup(
    old_office_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_url(old_office_copy)
    before = sqlite_dump(old_office_copy)

    def half_done_then_crash(engine: Any, target: str = "head") -> None:
        # Commit real damage first, so only the restore can undo it.
        with engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM person")
            connection.exec_driver_sql("ALTER TABLE person ADD COLUMN search_key VARCHAR(240)")
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
        raise RuntimeError("simulated crash half-way through migration 0002")

    monkeypatch.setattr(database_module, "upgrade", half_done_then_crash)
    with pytest.raises(MigrationFailed) as raised:
        open_database(url)

    (backup,) = list_backups(old_office_copy.parent / "backups")
    message = str(raised.value)
    assert backup.path.name in message
    assert "restored" in message and "simulated crash" in message
    assert sqlite_dump(old_office_copy) == before
    assert revision_of(url) == "0001"
    assert integrity_problems(old_office_copy, quick=False) == []

    # The restored file is a sound revision-0001 database: the real migration now works.
    monkeypatch.undo()
    open_database(url).dispose()
    assert_rev0001_rows_upgraded(url)


@pytest.mark.sqlite_only
def test_migration_leaving_broken_foreign_keys_is_undone(
    old_office_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_url(old_office_copy)
    before = sqlite_dump(old_office_copy)
    real_upgrade = database_module.upgrade

    def upgrade_leaving_orphans(engine: Any, target: str = "head") -> None:
        real_upgrade(engine, target)
        with engine.begin() as connection:  # foreign keys are off while migrating
            connection.exec_driver_sql("DELETE FROM org_unit WHERE id = 4")

    monkeypatch.setattr(database_module, "upgrade", upgrade_leaving_orphans)
    with pytest.raises(MigrationFailed) as raised:
        open_database(url)

    assert "broken foreign keys" in str(raised.value)
    assert sqlite_dump(old_office_copy) == before
    assert revision_of(url) == "0001"


# --- Refusals ------------------------------------------------------------------------------


def test_database_from_a_newer_version_is_refused_untouched(
    empty_database_url: str, backend: str
) -> None:
    open_database(empty_database_url).dispose()
    engine = create_engine(empty_database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    before = snapshot(empty_database_url)
    path = locations_module.sqlite_path_from_url(empty_database_url)
    file_hash = sha256(path) if path else None

    with pytest.raises(DatabaseTooNew) as raised:
        open_database(empty_database_url)

    assert "0099_future" in str(raised.value)
    assert "newer MentorOffice" in str(raised.value)
    assert snapshot(empty_database_url) == before
    assert before["revision"] == "0099_future"
    if path is not None:
        assert sha256(path) == file_hash
        assert not backup_dir_for(path).exists()


def test_database_of_another_program_is_refused(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)"))
        connection.execute(text("INSERT INTO patients (id, name) VALUES (1, 'Uwase')"))
    engine.dispose()
    before = snapshot(empty_database_url)

    with pytest.raises(NotAnOfficeDatabase) as raised:
        open_database(empty_database_url)

    assert "not a MentorOffice database" in str(raised.value)
    assert snapshot(empty_database_url) == before == {"revision": None,
                                                      "counts": {"patients": 1}}


# --- Network paths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [r"\\server\share\office.sqlite", "//server/share/office.sqlite"],
    ids=["unc_backslashes", "unc_slashes"],
)
def test_unc_paths_are_network_paths(path: str) -> None:
    assert is_network_path(path, drive_is_remote=lambda _: False, mount_fstype=lambda _: "ext4")


def test_mapped_network_drive_is_a_network_path_and_local_drive_is_not() -> None:
    asked: list[str] = []

    def drive_is_remote(drive: str) -> bool:
        asked.append(drive)
        return drive.upper() == "Z:"

    assert is_network_path(r"Z:\office.sqlite", drive_is_remote=drive_is_remote)
    assert not is_network_path(r"C:\ProgramData\MentorOffice\office.sqlite",
                               drive_is_remote=drive_is_remote)
    assert asked == ["Z:", "C:"]
    with pytest.raises(NetworkPathError):
        refuse_network_path(r"Z:\office.sqlite", drive_is_remote=drive_is_remote)


@pytest.mark.parametrize(("fstype", "remote"), [("nfs4", True), ("cifs", True),
                                                 ("fuse.sshfs", True), ("ext4", False),
                                                 ("overlay", False), (None, False)])
def test_linux_network_mounts_are_network_paths(fstype: str | None, remote: bool) -> None:
    seen: list[Path] = []

    def mount_fstype(path: Path) -> str | None:
        seen.append(path)
        return fstype

    assert is_network_path("/mnt/office/office.sqlite", mount_fstype=mount_fstype) is remote
    assert seen == [Path("/mnt/office/office.sqlite")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/mounts")
def test_local_test_folder_is_not_a_network_path(tmp_path: Path) -> None:
    assert not is_network_path(str(tmp_path / "office.sqlite"))


@pytest.mark.parametrize(
    "url",
    ["sqlite://///server/share/office.sqlite", "sqlite:///\\\\server\\share\\office.sqlite"],
    ids=["unc_slashes", "unc_backslashes"],
)
def test_opening_sqlite_on_a_share_is_refused_pointing_to_postgresql(url: str) -> None:
    with pytest.raises(NetworkPathError) as raised:
        open_database(url)
    message = str(raised.value)
    assert "network share" in message
    assert "PostgreSQL" in message and "postgresql+psycopg://" in message
    assert "server" in message
    with pytest.raises(NetworkPathError):
        make_engine(url)


def test_opening_sqlite_on_a_mapped_drive_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend to be on Windows with Z: mapped to \\server\share, for the locations module only.
    monkeypatch.setattr(locations_module, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.setattr(locations_module, "_windows_drive_is_remote", lambda d: d == "Z:")
    with pytest.raises(NetworkPathError) as raised:
        open_database("sqlite:///Z:\\MentorOffice\\office.sqlite")
    assert "PostgreSQL" in str(raised.value)
    assert not Path("Z:\\MentorOffice").exists()


# --- SQLite connection settings, locks and damage ------------------------------------------


@pytest.mark.sqlite_only
def test_sqlite_connections_get_the_office_pragmas(sqlite_path: Path) -> None:
    database = open_database(sqlite_url(sqlite_path))
    try:
        with database.session_factory() as session:
            pragma = lambda name: session.execute(text(f"PRAGMA {name}")).scalar_one()  # noqa: E731
            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == database_module.BUSY_TIMEOUT_MS > 0
    finally:
        database.dispose()


@pytest.mark.sqlite_only
def test_write_to_a_locked_database_fails_with_a_busy_message(
    sqlite_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_url(sqlite_path)
    open_database(url).dispose()
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    engine = make_engine(url, connect_args={"timeout": 0.1})
    other_program = sqlite3.connect(sqlite_path, isolation_level=None)
    try:
        other_program.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        with pytest.raises(OperationalError) as raised, engine.begin() as connection:
            connection.execute(insert(Setting.__table__), {"key": "k", "value": "v"})
        assert time.monotonic() - started < 5  # the short timeout, not the 10 s default
        assert "locked" in str(raised.value)
        assert "busy" in explain(raised.value)
        problem = as_problem(raised.value)
        assert isinstance(problem, DatabaseUnavailable) and "busy" in str(problem)

        other_program.execute("ROLLBACK")
        with engine.begin() as connection:
            connection.execute(insert(Setting.__table__), {"key": "k", "value": "v"})
    finally:
        other_program.close()
        engine.dispose()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("damage", ["random_bytes", "header_kept"])
def test_damaged_file_is_reported_with_restore_advice(sqlite_path: Path, damage: str) -> None:
    if damage == "random_bytes":
        sqlite_path.write_bytes(os.urandom(64 * 1024))
    else:
        open_database(sqlite_url(sqlite_path)).dispose()
        good = sqlite_path.read_bytes()
        sqlite_path.write_bytes(good[:100] + os.urandom(len(good) - 100))
    before = sha256(sqlite_path)

    with pytest.raises(DatabaseProblem) as raised:
        open_database(sqlite_url(sqlite_path))

    message = str(raised.value)
    assert "damaged" in message and "backup" in message and "restore" in message
    assert sha256(sqlite_path) == before
    assert not backup_dir_for(sqlite_path).exists()


# --- Backups -------------------------------------------------------------------------------


def _set(url: str, value: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM setting WHERE key = 'owner'"))
        connection.execute(insert(Setting.__table__), {"key": "owner", "value": value})
    engine.dispose()


def _get(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = 'owner'").fetchone()
    return None if row is None else str(row[0])


@pytest.fixture
def office_file(sqlite_path: Path) -> Path:
    url = sqlite_url(sqlite_path)
    open_database(url).dispose()
    _set(url, "Kirehe DH")
    return sqlite_path


@pytest.mark.sqlite_only
def test_backups_are_listed_newest_first(office_file: Path) -> None:
    backup_dir = backup_dir_for(office_file)
    first = make_backup(office_file, backup_dir, "daily")
    second = make_backup(office_file, backup_dir, "manual")

    listed = list_backups(backup_dir)
    assert [b.path for b in listed] == [second.path, first.path]
    assert second.path.name.endswith("-manual.sqlite")
    for backup in listed:
        assert integrity_problems(backup.path, quick=False) == []
        assert _get(backup.path) == "Kirehe DH"
    # Each backup is one self-contained file: no .partial leftovers, no -wal/-shm beside it.
    assert sorted(p.name for p in backup_dir.iterdir()) == sorted(
        [first.path.name, second.path.name]
    )


@pytest.mark.sqlite_only
def test_restore_puts_the_old_content_back_after_backing_up_the_current(
    office_file: Path,
) -> None:
    backup_dir = backup_dir_for(office_file)
    old = make_backup(office_file, backup_dir, "daily")
    _set(sqlite_url(office_file), "changed later")

    previous = restore_backup(old.path, office_file, backup_dir)

    assert _get(office_file) == "Kirehe DH"
    assert previous is not None and "before-restore" in previous.path.name
    assert _get(previous.path) == "changed later"
    assert {b.path for b in list_backups(backup_dir)} == {old.path, previous.path}
    assert integrity_problems(office_file, quick=False) == []
    database = open_database(sqlite_url(office_file))  # still opens as an office database
    database.dispose()


@pytest.mark.sqlite_only
def test_damaged_backup_is_refused_and_database_untouched(office_file: Path) -> None:
    backup_dir = backup_dir_for(office_file)
    backup = make_backup(office_file, backup_dir, "daily")
    content = backup.path.read_bytes()
    backup.path.write_bytes(content[: len(content) // 3])  # a copy cut short
    before = sha256(office_file)

    with pytest.raises(BackupError) as raised:
        restore_backup(backup.path, office_file, backup_dir)

    assert backup.path.name in str(raised.value) and "damaged" in str(raised.value)
    assert sha256(office_file) == before
    assert [b.path for b in list_backups(backup_dir)] == [backup.path]


@pytest.mark.sqlite_only
def test_backup_of_a_missing_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database file"):
        make_backup(tmp_path / "absent.sqlite", tmp_path / "backups")



def test_long_local_windows_paths_are_not_mistaken_for_shares() -> None:
    local = is_network_path("\\\\?\\C:\\Office\\office.sqlite", drive_is_remote=lambda d: False)
    share = is_network_path("\\\\?\\UNC\\server\\share\\office.sqlite",
                            drive_is_remote=lambda d: False)
    assert (local, share) == (False, True)
