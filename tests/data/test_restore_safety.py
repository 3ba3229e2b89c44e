"""A restore takes only a sound MentorOffice database of a schema this version knows; anything
else is refused with its reason and the database stays byte for byte as it was.

Every bad file is a real SQLite file (or real bytes) made from a real backup of a real office
database; the restore goes through restore_backup, the command line and the Backups page.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from sqlalchemy import insert, text
from test_database_lifecycle import assert_rev0001_rows_upgraded, rev0001_file

from mentoroffice.cli import main
from mentoroffice.data.backup import (
    BackupError,
    BackupFile,
    backup_dir_for,
    integrity_problems,
    list_backups,
    make_backup,
    restore_backup,
)
from mentoroffice.data.database import current_revision, head_revision, open_database
from mentoroffice.data.locations import sqlite_url
from mentoroffice.data.models import Setting
from mentoroffice.ui.exchange.backup_page import BackupPage
from mentoroffice.ui.tasks import TaskRunner

pytestmark = pytest.mark.sqlite_only

TRIGGER = "CREATE TRIGGER t AFTER INSERT ON person BEGIN DELETE FROM assessment; END"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(path: Path) -> dict[str, str]:
    """Every file beside the database and in its backups folder, with its content's hash."""
    files = [p for p in path.parent.rglob("*") if p.is_file()]
    return {str(p.relative_to(path.parent)): sha256(p) for p in files}


def owner(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = 'owner'").fetchone()
    return None if row is None else str(row[0])


def alter(path: Path, *statements: str) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    return path


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """A closed office database (no -wal beside it) holding one setting."""
    path = tmp_path / "office" / "office.sqlite"
    database = open_database(sqlite_url(path))
    with database.engine.begin() as connection:
        connection.execute(insert(Setting.__table__), {"key": "owner", "value": "Kirehe DH"})
    database.dispose()
    return path


@pytest.fixture
def good_copy(office_file: Path, tmp_path: Path) -> Path:
    """A sound backup of the office, copied out of the backups folder to be spoilt."""
    backup = make_backup(office_file, tmp_path / "made")
    copy = tmp_path / "incoming" / "office-copy.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(backup.path, copy)
    return copy


def unrelated(good: Path) -> Path:
    path = good.with_name("patients.sqlite")
    return alter(path, "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)",
                 "INSERT INTO patients VALUES (1, 'Uwase')")


def newer(good: Path) -> Path:
    return alter(good, "UPDATE alembic_version SET version_num = '0099_future'")


def planted_trigger(good: Path) -> Path:
    return alter(good, TRIGGER)


def extra_view(good: Path) -> Path:
    return alter(good, "CREATE VIEW v AS SELECT first_name, phone FROM person")


def extra_table(good: Path) -> Path:
    return alter(good, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")


def dropped_index(good: Path) -> Path:
    return alter(good, "DROP INDEX ix_person_cadre")


def added_column(good: Path) -> Path:
    return alter(good, "ALTER TABLE person ADD COLUMN hiv_status TEXT")


def not_sqlite(good: Path) -> Path:
    path = good.with_name("minutes.sqlite")
    path.write_bytes(b"PK\x03\x04 a spreadsheet, not a database" + bytes(4000))
    return path


def damaged(good: Path) -> Path:
    content = bytearray(good.read_bytes())
    page = 4096
    content[5 * page: 9 * page] = os.urandom(4 * page)  # the header stays: looks like SQLite
    good.write_bytes(bytes(content))
    return good


def through_dot_dot(good: Path) -> Path:
    # A real, sound backup, reached by going up and down again.
    return good.parent / ".." / good.parent.name / good.name


BAD_FILES: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "unrelated_schema": (unrelated, ("not a MentorOffice backup", "version stamp")),
    "newer_revision": (newer, ("newer MentorOffice", "0099_future", "install")),
    "planted_trigger": (planted_trigger, ("trigger t (on person)", "never makes")),
    "extra_view": (extra_view, ("view v", "never makes")),
    "extra_table": (extra_table, ("table notes", "altered")),
    "dropped_index": (dropped_index, ("lacks index ix_person_cadre", "altered")),
    "added_column": (added_column, ("another table person", "altered")),
    "not_sqlite": (not_sqlite, ("not a SQLite database file",)),
    "damaged": (damaged, ("damaged", "older backup")),
    "dot_dot_path": (through_dot_dot, ("'..'", "backup --list")),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_and_nothing_changes(kind: str, office_file: Path,
                                                    good_copy: Path) -> None:
    spoil, words = BAD_FILES[kind]
    bad = spoil(good_copy)
    assert bad.exists()
    before = folder_state(office_file)

    with pytest.raises(BackupError) as raised:
        restore_backup(bad, office_file, backup_dir_for(office_file))

    message = str(raised.value)
    for word in words:
        assert word in message, message
    assert folder_state(office_file) == before  # no file changed, none added, none left
    assert owner(office_file) == "Kirehe DH"


def test_the_sound_copy_itself_is_restored(office_file: Path, good_copy: Path) -> None:
    # The control for the cases above: only the spoiling made them fail.
    alter(office_file, "UPDATE setting SET value = 'changed later' WHERE key = 'owner'")

    previous = restore_backup(good_copy, office_file, backup_dir_for(office_file))

    assert owner(office_file) == "Kirehe DH"
    assert previous is not None and owner(previous.path) == "changed later"
    assert not list(office_file.parent.glob("*.restoring*"))


def test_an_older_backup_is_restored_then_migrated_with_its_own_backup(office_file: Path,
                                                                       tmp_path: Path) -> None:
    old = tmp_path / "incoming" / "office-rev0001.sqlite"
    old.parent.mkdir()
    shutil.copyfile(rev0001_file(), old)

    previous = restore_backup(old, office_file, backup_dir_for(office_file))

    with contextlib.closing(sqlite3.connect(office_file)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    database = open_database(sqlite_url(office_file))
    database.dispose()
    assert_rev0001_rows_upgraded(sqlite_url(office_file))
    migration = database.migration_backup
    assert migration is not None and "before-migration-0001" in migration.path.name
    assert previous is not None and owner(previous.path) == "Kirehe DH"
    assert {b.path for b in list_backups(backup_dir_for(office_file))} == {
        previous.path, migration.path}


def test_the_command_line_refuses_with_the_reason(office_file: Path, good_copy: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    planted_trigger(good_copy)
    before = folder_state(office_file)
    url = sqlite_url(office_file)

    assert main(["--database", url, "restore", str(good_copy)]) == 2
    assert "trigger t" in capsys.readouterr().err
    dot_dot = f"{office_file.parent}/backups/../../incoming/{good_copy.name}"
    assert main(["--database", url, "restore", dot_dot]) == 2
    assert "'..'" in capsys.readouterr().err
    assert folder_state(office_file) == before


def test_the_command_line_restores_an_older_backup_and_updates_it(
        office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "office-rev0001.sqlite"
    shutil.copyfile(rev0001_file(), old)

    assert main(["--database", sqlite_url(office_file), "restore", str(old)]) == 0

    out = capsys.readouterr().out
    assert "updated to this version" in out and "before-migration-0001" in out
    assert_rev0001_rows_upgraded(sqlite_url(office_file))


def test_check_names_a_planted_trigger_and_view(office_file: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(office_file)
    assert main(["--database", url, "check"]) == 0
    alter(office_file, TRIGGER, "CREATE VIEW v AS SELECT * FROM person")

    assert main(["--database", url, "check"]) == 1

    out = capsys.readouterr().out
    assert "trigger t (on person): not made by MentorOffice" in out
    assert "view v: not made by MentorOffice" in out
    assert integrity_problems(office_file, foreign=False) == []


def test_the_backups_page_refuses_a_planted_trigger(qtbot, office_file: Path) -> None:  # type: ignore[no-untyped-def]
    backup = make_backup(office_file, backup_dir_for(office_file))
    planted_trigger(backup.path)
    database = open_database(sqlite_url(office_file))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE setting SET value = 'today' WHERE key = 'owner'"))
    database.dispose()
    before = folder_state(office_file)
    reopened: list[bool] = []
    pool = QThreadPool()
    page = BackupPage(database, reopen=lambda: reopened.append(True),
                      runner=TaskRunner(pool=pool))
    qtbot.addWidget(page)

    page.restore(BackupFile(backup.path, backup.created, backup.size))
    pool.waitForDone()
    while page.busy():
        QCoreApplication.processEvents()

    assert "Nothing was restored" in page.result_text()
    assert "trigger t" in page.result_text()
    assert reopened == [True]
    assert folder_state(office_file) == before
    assert owner(office_file) == "today"


def test_a_restored_database_opens_at_the_head_revision(office_file: Path,
                                                        good_copy: Path) -> None:
    restore_backup(good_copy, office_file, backup_dir_for(office_file))
    database = open_database(sqlite_url(office_file))
    try:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            people = connection.execute(text("SELECT count(*) FROM person")).scalar_one()
    finally:
        database.dispose()
    assert people == 0
