"""SQLite backups: written under a temporary name, checked, then renamed into place."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

BACKUP_SUFFIX = ".sqlite"
AUTOMATIC = "automatic"
# Automatic backups kept: the newest of each of the last 7 days, of each of the last 5 weeks and
# of each of the last 12 months (manual and before-migration/restore copies are never pruned).
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: dt.datetime
    size: int


def backup_dir_for(database_path: Path) -> Path:
    return database_path.parent / "backups"


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def integrity_problems(path: Path, quick: bool = True) -> list[str]:
    """The problems SQLite's integrity check finds in a file; empty when it is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            rows += [
                f"foreign key: {table} row {rowid} -> {parent}"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [row for row in rows if row != "ok"]


def copy_database(source: Path, destination: Path) -> None:
    """Copy a live SQLite database with the backup API (safe while others read or write)."""
    with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(
        sqlite3.connect(destination)
    ) as dst:
        src.backup(dst)


def backup_label(path: Path) -> str:
    """The label at the end of a backup's name: manual, automatic, before-restore, ..."""
    found = re.search(r"-\d{8}-\d{6}-\d{6}-(.+)$", path.stem)
    return found[1] if found else ""


def make_backup(database_path: Path, backup_dir: Path, label: str = "manual",
                quick: bool = False) -> BackupFile:
    """Back up to backup_dir; the file appears under its final name only once checked
    (`quick`: SQLite's quick_check, for the automatic copies of large databases)."""
    if not database_path.exists():
        raise BackupError(f"There is no database file at {database_path} to back up.")
    backup_dir.mkdir(parents=True, exist_ok=True)
    final = backup_dir / f"{database_path.stem}-{_timestamp()}-{label}{BACKUP_SUFFIX}"
    temporary = final.with_name(final.name + ".partial")
    try:
        copy_database(database_path, temporary)
        # The copy inherits WAL mode; a backup must be one self-contained file, and a WAL file
        # opened read-only by the check below leaves -wal/-shm files behind in backups/.
        with contextlib.closing(sqlite3.connect(temporary)) as copy:
            copy.execute("PRAGMA journal_mode=DELETE")
        problems = integrity_problems(temporary, quick=quick)
        if problems:
            raise BackupError(
                "The backup copy failed its integrity check, so it was not kept: "
                + "; ".join(problems[:3])
            )
        os.replace(temporary, final)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            f"The backup could not be written to {backup_dir}: {error}. Check free disk "
            "space and write permission; the database itself is unchanged."
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return _describe(final)


def _describe(path: Path) -> BackupFile:
    stat = path.stat()
    return BackupFile(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size)


def backup_of(path: Path, database_path: Path) -> bool:
    """Whether a backup's name says it is a copy of that database (several databases, e.g.
    the office's and the demo, can share a data folder and so a backups folder)."""
    stem = re.escape(database_path.stem)
    return re.fullmatch(rf"{stem}-\d{{8}}-\d{{6}}-\d{{6}}-.+", path.stem) is not None


def list_backups(backup_dir: Path, database_path: Path | None = None) -> list[BackupFile]:
    """Backups (of `database_path` only, when given), newest first."""
    if not backup_dir.is_dir():
        return []
    files = [_describe(p) for p in backup_dir.glob(f"*{BACKUP_SUFFIX}")
             if database_path is None or backup_of(p, database_path)]
    return sorted(files, key=lambda b: (b.created, b.path.name), reverse=True)


def restore_backup(backup: Path, database_path: Path, backup_dir: Path) -> BackupFile | None:
    """Put a backup in place of the database, after backing up the current database first.

    Returns the backup made of the database that was replaced (None if there was none).
    """
    problems = integrity_problems(backup, quick=False)
    if problems:
        raise BackupError(f"{backup.name} is damaged and was not restored: {problems[0]}")
    previous = (make_backup(database_path, backup_dir, "before-restore")
                if database_path.exists() else None)
    temporary = database_path.with_name(database_path.name + ".restoring")
    copy_database(backup, temporary)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(database_path) + suffix).unlink()
    os.replace(temporary, database_path)
    return previous


# --- automatic backups ------------------------------------------------------------------------


def changed_since(database_path: Path, moment: dt.datetime) -> bool:
    """Whether the database (or its write-ahead log) was written after `moment`. An empty log
    is only a connection opened: SQLite creates it then."""
    times = []
    for path in (database_path, Path(f"{database_path}-wal")):
        with contextlib.suppress(FileNotFoundError):
            stat = path.stat()
            if stat.st_size > 0:
                times.append(stat.st_mtime)
    return bool(times) and dt.datetime.fromtimestamp(max(times)) > moment


def automatic_backups(database_path: Path, backup_dir: Path) -> list[BackupFile]:
    """The database's automatic backups, newest first."""
    return [b for b in list_backups(backup_dir, database_path)
            if backup_label(b.path) == AUTOMATIC]


def automatic_backup_due(database_path: Path, backup_dir: Path, now: dt.datetime,
                         interval: dt.timedelta) -> bool:
    """Due when the database changed since the newest automatic backup, and that backup is
    older than `interval` (zero on closing: any change is then backed up)."""
    if not database_path.exists():
        return False
    newest = automatic_backups(database_path, backup_dir)[:1]
    if not newest:
        return True
    return now - newest[0].created >= interval and changed_since(database_path,
                                                                 newest[0].created)


def backups_to_prune(backups: list[BackupFile], today: dt.date) -> list[BackupFile]:
    """The automatic backups a daily/weekly/monthly rotation no longer keeps."""
    keep: set[Path] = set()
    seen: set[tuple[str, object]] = set()
    for backup in sorted(backups, key=lambda b: b.created, reverse=True):
        day = backup.created.date()
        age_days = (today - day).days
        age_months = (today.year - day.year) * 12 + today.month - day.month
        for period, key, young in (("day", day, age_days < KEEP_DAYS),
                                   ("week", day.isocalendar()[:2], age_days < KEEP_WEEKS * 7),
                                   ("month", (day.year, day.month), age_months < KEEP_MONTHS)):
            if young and (period, key) not in seen:
                seen.add((period, key))
                keep.add(backup.path)
    return [b for b in backups if b.path not in keep]


def automatic_backup(database_path: Path, backup_dir: Path, now: dt.datetime | None = None,
                     interval: dt.timedelta = dt.timedelta(0)) -> BackupFile | None:
    """Back up if due, then prune the automatic copies the rotation no longer keeps.

    Returns the new backup, or None when none was due."""
    now = now or dt.datetime.now()
    if not automatic_backup_due(database_path, backup_dir, now, interval):
        return None
    made = make_backup(database_path, backup_dir, AUTOMATIC, quick=True)
    for old in backups_to_prune(automatic_backups(database_path, backup_dir), now.date()):
        with contextlib.suppress(OSError):  # still open elsewhere: pruned next time
            old.path.unlink()
    return made
