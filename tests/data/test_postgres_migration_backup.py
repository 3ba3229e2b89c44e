"""A PostgreSQL database is backed up with pg_dump before a migration changes it; without
pg_dump the migration waits until the person says it is backed up.

The server tests run on the real PostgreSQL server of the PostgreSQL pass (they are skipped on
the SQLite pass, which has none): a database migrated to the first revision only, with rows,
is opened by this version.
"""

from __future__ import annotations

import glob
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from test_database_lifecycle import (
    assert_rev0001_rows_upgraded,
    insert_rev0001_rows,
    revision_of,
)

from mentoroffice.cli import main
from mentoroffice.data import pg_dump as pg_dump_module
from mentoroffice.data.database import head_revision, make_engine, open_database, upgrade
from mentoroffice.data.errors import BackupNeededBeforeMigration
from mentoroffice.data.locations import DATA_DIR_ENV
from mentoroffice.data.pg_dump import find_pg_dump, pg_dump_invocation
from mentoroffice.ui.care import open_asking_about_backup

POSIX = not sys.platform.startswith("win")


def find_pg_program(name: str) -> str | None:
    """On the PATH, else where Debian and Ubuntu install the PostgreSQL client programs."""
    installed = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return shutil.which(name) or (installed[-1] if installed else None)


def rows(url: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """People and facilities, in columns every revision has."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            people = connection.execute(text(
                "SELECT id, code, first_name, last_name FROM person ORDER BY id")).all()
            units = connection.execute(text(
                "SELECT id, code, name, parent_id FROM org_unit ORDER BY id")).all()
            return [tuple(r) for r in people], [tuple(r) for r in units]
    finally:
        engine.dispose()


def test_pg_dump_is_found_where_postgresql_installs_it_when_not_on_the_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for version in ("13", "15", "9"):
        program = tmp_path / "PostgreSQL" / version / "bin" / "pg_dump"
        program.parent.mkdir(parents=True)
        program.write_text("")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    monkeypatch.setattr(pg_dump_module, "INSTALLED_PG_DUMP",
                        ((str(tmp_path / "PostgreSQL"), "*/bin/pg_dump"),))
    assert find_pg_dump() == str(tmp_path / "PostgreSQL" / "15" / "bin" / "pg_dump")


def test_pg_dump_gets_the_password_in_its_environment_only() -> None:
    url = make_url("postgresql+psycopg://mentor:s3cr%3At%40x@db.office.lan:5433/office"
                   "?sslmode=require")

    arguments, environment = pg_dump_invocation(url, Path("out.dump.partial"))

    assert arguments == ["--format=custom", "--no-password", "--file=out.dump.partial",
                         "--host=db.office.lan", "--port=5433", "--username=mentor",
                         "--dbname=office"]
    assert environment == {"PGPASSWORD": "s3cr:t@x", "PGSSLMODE": "require"}
    assert not any("s3cr" in argument for argument in arguments)


@pytest.fixture
def server(postgres_server: Any) -> Any:
    if postgres_server is None:
        pytest.skip("needs the PostgreSQL server (MENTOROFFICE_TEST_POSTGRES_URL)")
    return postgres_server


@pytest.fixture
def rev0001_url(server: Any) -> Iterator[str]:
    """A database on the server at the first revision, with the first release's rows."""
    name = server.create()
    url = server.database_url(name)
    engine = make_engine(url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        insert_rev0001_rows(connection)
    engine.dispose()
    yield url
    server.drop(name)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def without_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin-without-pg_dump"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(pg_dump_module, "INSTALLED_PG_DUMP", ())


def test_the_database_is_dumped_before_it_is_migrated(rev0001_url: str, data_dir: Path,
                                                      server: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pg_dump, pg_restore = find_pg_program("pg_dump"), find_pg_program("pg_restore")
    if pg_dump is None or pg_restore is None:
        pytest.skip("no pg_dump on this machine")
    monkeypatch.setenv("PATH", os.pathsep.join([str(Path(pg_dump).parent),
                                                os.environ.get("PATH", "")]))
    before = rows(rev0001_url)

    database = open_database(rev0001_url)
    database.dispose()

    assert_rev0001_rows_upgraded(rev0001_url)
    dump = database.migration_backup
    assert dump is not None and dump.path.parent == data_dir / "backups"
    name = make_url(rev0001_url).database
    assert dump.path.name.startswith(f"{name}-") and dump.path.name.endswith(
        "-before-migration-0001.dump")
    assert dump.size > 0 and dump.path.stat().st_size == dump.size
    assert sorted(p.name for p in dump.path.parent.iterdir()) == [dump.path.name]
    if POSIX:
        assert stat.S_IMODE(dump.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(dump.path.parent.stat().st_mode) == 0o700
    listing = subprocess.run([pg_restore, "--list", str(dump.path)], capture_output=True,
                             text=True, check=True).stdout
    assert "TABLE public person" in listing and "TABLE public alembic_version" in listing
    # The dump holds the database as it was: restored into a new database, it is revision 0001.
    copy = server.create()
    try:
        restored = make_url(server.database_url(copy))
        subprocess.run([pg_restore, "--no-owner", f"--host={restored.host}",
                        f"--port={restored.port}", f"--username={restored.username}",
                        f"--dbname={copy}", str(dump.path)], check=True, capture_output=True)
        assert revision_of(server.database_url(copy)) == "0001"
        assert rows(server.database_url(copy)) == before and before[0]
    finally:
        server.drop(copy)


def test_without_pg_dump_the_migration_waits_for_a_confirmed_backup(
        rev0001_url: str, data_dir: Path, without_pg_dump: None) -> None:
    before = rows(rev0001_url)

    with pytest.raises(BackupNeededBeforeMigration) as raised:
        open_database(rev0001_url)

    message = str(raised.value)
    assert "pg_dump" in message and "not installed" in message
    assert "--backup-done" in message and "was not changed" in message
    name = make_url(rev0001_url).database
    assert f"pg_dump --format=custom --file={name}.dump" in message
    assert revision_of(rev0001_url) == "0001"
    assert rows(rev0001_url) == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())

    database = open_database(rev0001_url, backup_confirmed=True)
    database.dispose()

    assert database.migration_backup is None
    assert_rev0001_rows_upgraded(rev0001_url)


def test_a_failing_pg_dump_also_makes_the_migration_wait(
        rev0001_url: str, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not POSIX:
        pytest.skip("the stand-in pg_dump is a shell script")
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "pg_dump"
    script.write_text("#!/bin/sh\necho 'pg_dump: error: server version mismatch' >&2\nexit 1\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setattr(pg_dump_module, "INSTALLED_PG_DUMP", ())

    with pytest.raises(BackupNeededBeforeMigration) as raised:
        open_database(rev0001_url)

    assert "server version mismatch" in str(raised.value)
    assert revision_of(rev0001_url) == "0001"
    assert not any((data_dir / "backups").iterdir())  # the unfinished dump is not kept


def test_the_command_line_migrates_once_told_the_backup_is_done(
        rev0001_url: str, data_dir: Path, without_pg_dump: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", rev0001_url, "info"]) == 2
    assert "--backup-done" in capsys.readouterr().err
    assert revision_of(rev0001_url) == "0001"

    assert main(["--database", rev0001_url, "--backup-done", "info"]) == 0

    assert_rev0001_rows_upgraded(rev0001_url)


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_the_window_asks_whether_the_database_is_backed_up(
        qtbot: Any, rev0001_url: str, data_dir: Path, without_pg_dump: None,
        monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return (QMessageBox.StandardButton.Yes if answer == "yes"
                else QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "question", question)
    hidden: list[bool] = []

    def opened() -> Any:
        return open_asking_about_backup(lambda: open_database(rev0001_url),
                                        before_asking=lambda: hidden.append(True))

    if answer == "yes":
        opened().dispose()
        assert_rev0001_rows_upgraded(rev0001_url)
    else:
        with pytest.raises(BackupNeededBeforeMigration):
            opened()
        assert revision_of(rev0001_url) == "0001"
    assert hidden == [True] and len(asked) == 1 and "pg_dump" in asked[0]


def test_an_empty_database_needs_no_backup(server: Any, data_dir: Path,
                                           without_pg_dump: None) -> None:
    name = server.create()
    try:
        url = server.database_url(name)
        database = open_database(url)
        database.dispose()
        assert database.migration_backup is None
        assert revision_of(url) == head_revision()
    finally:
        server.drop(name)
