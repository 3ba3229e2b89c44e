"""Automatic backups of a SQLite office: when one is due, the daily/weekly/monthly rotation, and
that manual and before-migration copies are never pruned. Real files, real SQLite copies."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from mentoroffice.data.backup import (
    AUTOMATIC,
    BackupFile,
    automatic_backup,
    automatic_backup_due,
    backup_label,
    backups_to_prune,
    list_backups,
    make_backup,
)

NOW = dt.datetime(2026, 11, 23, 17, 30)


def backup_on(day: dt.datetime, label: str = AUTOMATIC) -> BackupFile:
    name = f"office-{day:%Y%m%d-%H%M%S}-000000-{label}.sqlite"
    return BackupFile(Path(name), day, 1)


def kept(backups: list[BackupFile], today: dt.date) -> list[dt.date]:
    pruned = {b.path for b in backups_to_prune(backups, today)}
    return sorted(b.created.date() for b in backups if b.path not in pruned)


def test_the_rotation_keeps_the_newest_of_each_day_week_and_month() -> None:
    # one backup a day, twice a day, for 400 days
    backups = [backup_on(NOW - dt.timedelta(days=n, hours=h)) for n in range(400) for h in (0, 6)]
    today = NOW.date()
    days = kept(backups, today)

    assert len(days) == len(set(days))  # one copy per day at most: the newest of that day
    newest_of_today = min(backups_to_prune(backups, today), key=lambda b: NOW - b.created)
    assert newest_of_today.created == NOW - dt.timedelta(hours=6)  # the older one of today goes
    last_week = [today - dt.timedelta(days=n) for n in range(7)]
    assert set(last_week) <= set(days)
    # older than a week: only the newest day of each ISO week (Sunday) until 5 weeks back
    sundays = {d for d in (today - dt.timedelta(days=n) for n in range(7, 35))
               if d.isoweekday() == 7}
    assert sundays <= set(days)
    # the newest day of each month, for 12 months
    month_ends = {d for d in (today - dt.timedelta(days=n) for n in range(400))
                  if (d + dt.timedelta(days=1)).day == 1 and d >= dt.date(2025, 12, 1)}
    assert month_ends <= set(days)
    # and nothing else
    assert set(days) == set(last_week) | sundays | month_ends
    assert min(days) == dt.date(2025, 12, 31)  # nothing older than 12 months survives


def test_a_week_of_one_backup_a_day_keeps_all_of_them() -> None:
    backups = [backup_on(NOW - dt.timedelta(days=n)) for n in range(7)]
    assert backups_to_prune(backups, NOW.date()) == []


# --- on disk: times are the clock's, as the backups' own times (their files') are ------------


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        connection.execute("INSERT INTO note (text) VALUES ('first')")
    return path


def write_note(path: Path, text: str, when: dt.datetime) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO note (text) VALUES (?)", (text,))
    os.utime(path, (when.timestamp(), when.timestamp()))


def age(backup: BackupFile, when: dt.datetime) -> None:
    os.utime(backup.path, (when.timestamp(), when.timestamp()))


def notes_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT text FROM note ORDER BY id")]


def test_the_first_automatic_backup_is_always_due(database: Path, tmp_path: Path) -> None:
    folder, now = tmp_path / "backups", dt.datetime.now()
    assert automatic_backup_due(database, folder, now, dt.timedelta(hours=4))
    made = automatic_backup(database, folder)
    assert made is not None and backup_label(made.path) == AUTOMATIC
    assert notes_in(made.path) == ["first"]
    assert not list(folder.glob("*.partial"))


def test_a_backup_is_due_only_after_a_change_and_the_interval(database: Path,
                                                              tmp_path: Path) -> None:
    folder, now = tmp_path / "backups", dt.datetime.now()
    made = automatic_backup(database, folder)
    assert made is not None
    age(made, now - dt.timedelta(hours=5))
    os.utime(database, ((now - dt.timedelta(hours=6)).timestamp(),) * 2)
    # unchanged since the backup: not due, however old the backup
    assert not automatic_backup_due(database, folder, now, dt.timedelta(hours=4))
    assert automatic_backup(database, folder, now, dt.timedelta(hours=4)) is None

    write_note(database, "second", now - dt.timedelta(hours=1))
    # changed, but the last backup is younger than the interval asked for
    assert not automatic_backup_due(database, folder, now, dt.timedelta(hours=6))
    # changed and old enough; and on closing (no interval) any change is due
    assert automatic_backup_due(database, folder, now, dt.timedelta(hours=4))
    assert automatic_backup_due(database, folder, now, dt.timedelta(0))
    second = automatic_backup(database, folder, now, dt.timedelta(hours=4))
    assert second is not None and notes_in(second.path) == ["first", "second"]


def test_old_automatic_copies_are_pruned_and_others_never(database: Path,
                                                          tmp_path: Path) -> None:
    folder, now = tmp_path / "backups", dt.datetime.now()
    manual = make_backup(database, folder, "manual")
    migration = make_backup(database, folder, "before-migration-0002")
    automatic = []
    for days_ago in (400, 3, 3):  # a year-old copy and two of the same day
        copy = make_backup(database, folder, AUTOMATIC)
        age(copy, now - dt.timedelta(days=days_ago, minutes=len(automatic)))
        automatic.append(copy)
    for other in (manual, migration):
        age(other, now - dt.timedelta(days=500))
    write_note(database, "today", now - dt.timedelta(minutes=5))

    made = automatic_backup(database, folder, now)

    assert made is not None
    remaining = {b.path for b in list_backups(folder)}
    assert remaining == {manual.path, migration.path, made.path, automatic[1].path}
    assert not automatic[0].path.exists() and not automatic[2].path.exists()


def test_a_backup_that_cannot_be_written_leaves_the_database_as_it_was(
        database: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backups folder should be")
    with pytest.raises(Exception, match=r"could not be written|exists"):
        automatic_backup(database, blocked)
    assert notes_in(database) == ["first"]


def test_two_databases_sharing_a_folder_keep_their_own_backups(database: Path,
                                                              tmp_path: Path) -> None:
    # the office's database and the demo live in one data folder, so one backups folder
    folder, now = tmp_path / "backups", dt.datetime.now()
    demo = tmp_path / "demo.sqlite"
    with sqlite3.connect(demo) as connection:
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    office_copy = automatic_backup(database, folder, now)
    for days_ago in range(1, 40):  # the demo is backed up for weeks after
        copy = make_backup(demo, folder, AUTOMATIC)
        age(copy, now - dt.timedelta(days=days_ago))
    write_note(demo, "changed", now)
    assert automatic_backup(demo, folder, now) is not None

    assert office_copy is not None and office_copy.path.exists()  # not pruned for the demo
    assert list_backups(folder, database) == [office_copy]
    assert office_copy not in list_backups(folder, demo)
    assert not automatic_backup_due(database, folder, now, dt.timedelta(0))
