"""What a killed backup or restore leaves behind is removed on start and when backups are
listed, never while a backup is still writing it; a backup reaches the disk (file, then the
folder's rename) before it counts."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

import mentoroffice.data.backup as backup_module
from mentoroffice.data.backup import (
    backup_dir_for,
    folder_lock,
    integrity_problems,
    list_backups,
    make_backup,
)
from mentoroffice.data.database import open_database
from mentoroffice.data.locations import sqlite_url

pytestmark = pytest.mark.sqlite_only
POSIX = not sys.platform.startswith("win")


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    open_database(sqlite_url(path)).dispose()
    return path


def leave_behind(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = [folder / name for name in names]
    for path in paths:
        path.write_bytes(b"half a copy")
    return paths


STRAY_BACKUPS = ("office-20260101-020000-000001-automatic.sqlite.partial",
                 "office-20260101-020000-000001-automatic.sqlite.partial-journal",
                 "demo-20260101-020000-000002-manual.sqlite.partial")


def test_listing_removes_what_killed_backups_left(office_file: Path) -> None:
    folder = backup_dir_for(office_file)
    kept = make_backup(office_file, folder)
    stray = leave_behind(folder, *STRAY_BACKUPS)

    listed = list_backups(folder, office_file)

    assert [b.path for b in listed] == [kept.path]
    assert not any(path.exists() for path in stray)
    assert sorted(folder.iterdir()) == [kept.path]


def test_opening_removes_what_killed_backups_and_restores_left(office_file: Path) -> None:
    folder = backup_dir_for(office_file)
    stray = leave_behind(folder, *STRAY_BACKUPS)
    stray += leave_behind(office_file.parent, "office.sqlite.restoring",
                          "office.sqlite.restoring-wal")
    # Not ours to remove: another database's restore, a demo being written.
    others = leave_behind(office_file.parent, "demo.sqlite.restoring", "demo.sqlite.partial")

    open_database(sqlite_url(office_file)).dispose()

    assert not any(path.exists() for path in stray)
    assert all(path.exists() for path in others)


@pytest.mark.skipif(not POSIX, reason="Windows refuses to delete an open file instead")
def test_a_file_still_being_written_is_left_alone(office_file: Path) -> None:
    folder = backup_dir_for(office_file)
    [writing] = leave_behind(folder, STRAY_BACKUPS[0])

    with folder_lock(folder, exclusive=False):  # as a backup holds it while it writes
        assert list_backups(folder) == []
        open_database(sqlite_url(office_file)).dispose()
        assert writing.exists()
    list_backups(folder)
    assert not writing.exists()


def test_a_listing_during_a_backup_does_not_spoil_it(office_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = backup_dir_for(office_file)
    folder.mkdir()
    real_copy = backup_module.copy_database
    seen: list[list[str]] = []

    def copy_then_list(source: Path, destination: Path, read_only: bool = False) -> None:
        real_copy(source, destination, read_only)
        list_backups(folder)  # the Backups page refreshing while the copy is written
        seen.append(sorted(p.name for p in folder.iterdir()))

    monkeypatch.setattr(backup_module, "copy_database", copy_then_list)
    backup = make_backup(office_file, folder)

    assert len(seen) == 1 and seen[0][0].endswith(".partial")
    assert integrity_problems(backup.path, quick=False) == []
    assert backup.size == office_file.stat().st_size > 0
    assert sorted(folder.iterdir()) == [backup.path]


def test_a_backup_is_on_disk_before_and_after_its_rename(office_file: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        mode = os.fstat(fd).st_mode
        events.append("fsync folder" if stat.S_ISDIR(mode) else "fsync file")
        real_fsync(fd)

    def replace(source: str | Path, destination: str | Path) -> None:
        events.append(f"rename {Path(source).suffix} -> {Path(destination).suffix}")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    make_backup(office_file, backup_dir_for(office_file))

    expected = ["fsync file", "rename .partial -> .sqlite"]
    assert events == expected + (["fsync folder"] if POSIX else [])
