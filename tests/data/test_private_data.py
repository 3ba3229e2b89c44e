"""On Linux and macOS the office's data is its owner's only: the data folder and the backups
folder 0700, the database, its write-ahead log and every backup 0600, whatever the umask."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentoroffice.data.backup import backup_dir_for, make_backup, restore_backup
from mentoroffice.data.database import open_database
from mentoroffice.data.locations import DATA_DIR_ENV, default_database_url, sqlite_url

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions"),
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask: every file would be readable and writable by all."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share" / "mentoroffice"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def test_a_new_data_folder_database_and_backups_are_owner_only(
        data_dir: Path, open_umask: None) -> None:
    database = open_database(default_database_url())
    path = database.sqlite_path
    assert path is not None and path.parent == data_dir
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
            assert mode(Path(f"{path}-wal")) == 0o600
            assert mode(Path(f"{path}-shm")) == 0o600
    finally:
        database.dispose()
    backup = make_backup(path, backup_dir_for(path))

    assert mode(data_dir) == 0o700
    assert mode(path) == 0o600
    assert mode(backup_dir_for(path)) == 0o700
    assert mode(backup.path) == 0o600


def test_an_existing_data_folder_and_database_are_tightened_on_open(data_dir: Path) -> None:
    open_database(default_database_url()).dispose()
    path = data_dir / "mentoroffice.sqlite"
    os.chmod(data_dir, 0o755)
    os.chmod(path, 0o644)
    backups = backup_dir_for(path)
    backups.mkdir(mode=0o755)
    os.chmod(backups, 0o755)

    open_database(default_database_url()).dispose()
    backup = make_backup(path, backups)

    assert (mode(data_dir), mode(path)) == (0o700, 0o600)
    assert (mode(backups), mode(backup.path)) == (0o700, 0o600)


def test_a_database_elsewhere_is_owner_only_and_its_folder_left_alone(
        tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    os.chmod(folder, 0o755)
    path = folder / "office.sqlite"

    open_database(sqlite_url(path)).dispose()

    assert mode(path) == 0o600
    assert mode(folder) == 0o755  # someone's own folder, given with --database
    new_folder = tmp_path / "made" / "office.sqlite"
    open_database(sqlite_url(new_folder)).dispose()
    assert (mode(new_folder.parent), mode(new_folder)) == (0o700, 0o600)


def test_a_restored_database_and_the_copy_before_it_are_owner_only(
        data_dir: Path, open_umask: None) -> None:
    open_database(default_database_url()).dispose()
    path = data_dir / "mentoroffice.sqlite"
    backup = make_backup(path, backup_dir_for(path))
    os.chmod(backup.path, 0o644)  # copied in by hand, say

    previous = restore_backup(backup.path, path, backup_dir_for(path))

    assert mode(path) == 0o600
    assert previous is not None and mode(previous.path) == 0o600
