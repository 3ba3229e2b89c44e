"""SQLite backups: written under a temporary name, checked, then renamed into place.

A backup or restore writes its file under a temporary name (`.partial` in the backups folder,
`.restoring` beside the database) while it holds a shared lock on that folder; what a killed one
left behind is removed under an exclusive lock, so a file still being written is never removed.
Backups are owner-only on POSIX (see `private_files`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from .private_files import make_private_dir

try:
    import fcntl
except ImportError:  # Windows: a file still open cannot be deleted there anyway
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = ".sqlite"
AUTOMATIC = "automatic"
PARTIAL = ".partial"
RESTORING = ".restoring"
_LEFTOVER = re.compile(r"\.(partial|restoring)(-journal|-wal|-shm)?$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Automatic backups kept: the newest of each of the last 7 days, of each of the last 5 weeks and
# of each of the last 12 months (manual and before-migration/restore copies are never pruned).
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12


class BackupError(Exception):
    pass


# Set while a person has said the database is backed up (`mentoroffice --backup-done`, or Yes in
# the window): a PostgreSQL database may then be migrated without a pg_dump copy of our own.
_backup_done: ContextVar[bool] = ContextVar("mentoroffice_backup_done", default=False)


@contextlib.contextmanager
def backup_done(done: bool = True) -> Iterator[None]:
    """Databases opened inside the block count as backed up by the person (when `done`)."""
    token = _backup_done.set(done or _backup_done.get())
    try:
        yield
    finally:
        _backup_done.reset(token)


def backup_is_done() -> bool:
    return _backup_done.get()


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: dt.datetime
    size: int


def backup_dir_for(database_path: Path) -> Path:
    return database_path.parent / "backups"


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Triggers and views: MentorOffice makes none, so any is someone else's (a trigger can
    change or delete records on its own)."""
    return [f"{kind} {name} (on {table})" if kind == "trigger" else f"{kind} {name}"
            for kind, name, table in conn.execute(
                "SELECT type, name, tbl_name FROM sqlite_master"
                " WHERE type IN ('trigger', 'view') ORDER BY type, name")]


def integrity_problems(path: Path, quick: bool = True, foreign: bool = True) -> list[str]:
    """The problems SQLite's integrity check finds in a file; empty when it is sound.
    `foreign`: also name the triggers and views MentorOffice did not make."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            rows += [
                f"foreign key: {table} row {rowid} -> {parent}"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
            if foreign:
                rows += [f"{found}: not made by MentorOffice"
                         for found in foreign_objects(conn)]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [row for row in rows if row != "ok"]


def copy_database(source: Path, destination: Path, read_only: bool = False) -> None:
    """Copy a live SQLite database with the backup API (safe while others read or write).
    `read_only`: open the source read-only, so that the copy never changes it (a hot journal
    left beside a backup file is not played back into the file)."""
    source_name = f"file:{source}?mode=ro" if read_only else str(source)
    with contextlib.closing(sqlite3.connect(source_name, uri=read_only)) as src, \
            contextlib.closing(sqlite3.connect(destination)) as dst:
        src.backup(dst)


def is_sqlite_file(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC


# --- files written under a temporary name ----------------------------------------------------


@contextlib.contextmanager
def folder_lock(folder: Path, exclusive: bool) -> Iterator[bool]:
    """Writers of temporary files hold the folder shared; the cleaner tries it exclusive without
    waiting. Yields whether the lock is held (always True where there is no flock)."""
    if fcntl is None:
        yield True
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
        except OSError:  # held by a writer (or a file system without flock)
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in folder durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform.startswith("win"):
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class TemporaryFile:
    """A file written under a temporary name: created owner-only and held open while written
    (Windows then refuses to delete it), moved into place durably, removed if never moved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self.fd = os.open(path, flags, 0o600)

    def __enter__(self) -> Self:
        return self

    def put_in_place(self, final: Path) -> None:
        """fsync the file, rename it to `final`, fsync the folder."""
        if not os.path.samestat(os.fstat(self.fd), os.stat(self.path)):
            raise OSError(f"{self.path.name} was removed while it was being written")
        os.fsync(self.fd)
        self._close()  # Windows cannot rename an open file
        os.replace(self.path, final)
        _fsync_folder(final.parent)

    def _close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __exit__(self, _type: type[BaseException] | None, _error: BaseException | None,
                 _traceback: TracebackType | None) -> None:
        self._close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.path}{suffix}").unlink()


def remove_leftovers(folder: Path, prefix: str = "") -> list[Path]:
    """Remove the `.partial` and `.restoring` files (with their -journal/-wal/-shm) that a
    killed backup or restore left in folder, those whose name starts with prefix. Nothing is
    removed while a backup or restore is writing in that folder. Returns what was removed."""
    if not folder.is_dir():
        return []
    removed = []
    with folder_lock(folder, exclusive=True) as free:
        if not free:
            return []
        for path in folder.iterdir():
            if path.name.startswith(prefix) and _LEFTOVER.search(path.name):
                with contextlib.suppress(OSError):  # still open (Windows): removed next time
                    path.unlink()
                    removed.append(path)
    return removed


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
    final = backup_dir / f"{database_path.stem}-{timestamp()}-{label}{BACKUP_SUFFIX}"
    try:
        make_private_dir(backup_dir)
        with folder_lock(backup_dir, exclusive=False), \
                TemporaryFile(final.with_name(final.name + PARTIAL)) as temporary:
            copy_database(database_path, temporary.path)
            _self_contained(temporary.path)
            problems = integrity_problems(temporary.path, quick=quick, foreign=False)
            if problems:
                raise BackupError(
                    "The backup copy failed its integrity check, so it was not kept: "
                    + "; ".join(problems[:3])
                )
            temporary.put_in_place(final)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            f"The backup could not be written to {backup_dir}: {error}. Check free disk "
            "space and write permission; the database itself is unchanged."
        ) from error
    return describe(final)


def _self_contained(path: Path) -> None:
    """A copy inherits WAL mode; a backup must be one self-contained file, and a WAL file
    opened read-only by a check leaves -wal/-shm files behind it."""
    with contextlib.closing(sqlite3.connect(path)) as copy:
        copy.execute("PRAGMA journal_mode=DELETE")


def describe(path: Path) -> BackupFile:
    stat = path.stat()
    return BackupFile(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size)


def backup_of(path: Path, database_path: Path) -> bool:
    """Whether a backup's name says it is a copy of that database (several databases, e.g.
    the office's and the demo, can share a data folder and so a backups folder)."""
    stem = re.escape(database_path.stem)
    return re.fullmatch(rf"{stem}-\d{{8}}-\d{{6}}-\d{{6}}-.+", path.stem) is not None


def list_backups(backup_dir: Path, database_path: Path | None = None) -> list[BackupFile]:
    """Backups (of `database_path` only, when given), newest first; what killed backups left
    behind is removed first."""
    if not backup_dir.is_dir():
        return []
    with contextlib.suppress(OSError):
        remove_leftovers(backup_dir)
    files = [describe(p) for p in backup_dir.glob(f"*{BACKUP_SUFFIX}")
             if database_path is None or backup_of(p, database_path)]
    return sorted(files, key=lambda b: (b.created, b.path.name), reverse=True)


def restore_backup(backup: Path, database_path: Path, backup_dir: Path,
                   authorize: Callable[[], None] | None = None) -> BackupFile | None:
    """Put a backup in place of the database, after backing up the current database first.

    `authorize`, called once the backup passed its checks and before anything changes, raises
    to stop the restore (who asked may not restore).

    Only a sound MentorOffice database of a schema this version knows is restored (see
    `restore_check`); anything else raises BackupError saying why, with the database untouched.
    An older schema is migrated when the database is next opened (with its own backup first).
    Returns the backup made of the database that was replaced (None if there was none).
    """
    # Imported here: restore_check builds schemas with database.py, which imports this module.
    from .restore_check import restore_refusal

    name = backup.name
    if ".." in backup.parts:
        raise BackupError(
            f"The backup path {backup} goes up a folder with '..', so it was not restored. "
            "Give the backup file's own path (mentoroffice backup --list shows them); the "
            "database was not changed.")
    if not backup.is_file():
        raise BackupError(f"There is no backup file at {backup}; the database was not changed.")
    staged = database_path.with_name(database_path.name + RESTORING)
    try:
        if not is_sqlite_file(backup):
            raise BackupError(
                f"{name} is not a MentorOffice backup: it is not a SQLite database file. "
                "Choose one of the .sqlite files in the backups folder; the database was not "
                "changed.")
        remove_leftovers(database_path.parent, staged.name)
        with folder_lock(database_path.parent, exclusive=False), \
                TemporaryFile(staged) as temporary:
            try:
                copy_database(backup, staged, read_only=True)
                _self_contained(staged)
            except sqlite3.DatabaseError as error:
                raise BackupError(
                    f"{name} is damaged and was not restored: {error}. Choose an older backup; "
                    "the database was not changed.") from error
            refusal = restore_refusal(staged, name)
            if refusal:
                raise BackupError(refusal)
            if authorize is not None:
                authorize()
            previous = (make_backup(database_path, backup_dir, "before-restore")
                        if database_path.exists() else None)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(database_path) + suffix).unlink()
            temporary.put_in_place(database_path)
    except FileExistsError as error:
        raise BackupError(
            "Another restore of this database is under way: wait for it to finish, then look "
            "at the database before restoring again.") from error
    except OSError as error:
        raise BackupError(
            f"{name} could not be restored: {error}. Check free disk space and write "
            "permission in the database's folder.") from error
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
