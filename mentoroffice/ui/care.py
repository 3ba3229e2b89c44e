"""Looking after a SQLite office database while the window is open.

When the window opens, SQLite's quick_check runs on the thread pool; problems are reported
(`problems_found`) so the window can offer the backups. While the office works, an automatic
backup is made every few hours if the database changed, and once more when the window closes;
the automatic copies rotate (daily, weekly, monthly: see `data.backup`). A PostgreSQL office has
none of this: its server's own backups (pg_dump) apply. Opening a PostgreSQL database that must
be updated and that MentorOffice could not back up first asks the person
(`open_asking_about_backup`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..data.backup import (
    BackupError,
    BackupFile,
    automatic_backup,
    backup_done,
    integrity_problems,
)
from ..data.errors import BackupNeededBeforeMigration
from .tasks import TaskRunner

log = logging.getLogger(__name__)
Opened = TypeVar("Opened")

BACKUP_INTERVAL = dt.timedelta(hours=4)
CHECK_EVERY_MS = 15 * 60 * 1000  # how often the window asks whether a backup is due


class DatabaseCare(QObject):
    """`problems_found(list[str])` after the opening check; `backed_up(BackupFile)` after each
    automatic backup; `backup_failed(str)` with the reason when one could not be written."""

    problems_found = Signal(list)
    backed_up = Signal(object)
    backup_failed = Signal(str)

    def __init__(self, database_path: Path, backup_dir: Path, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_path = database_path
        self.backup_dir = backup_dir
        self.runner = runner
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self._backing_up = False

    def start(self) -> None:
        """Check the database off the GUI thread, then back it up every few hours."""
        path = self.database_path
        self.runner.start(lambda _task: integrity_problems(path, quick=True),
                          self._checked, lambda error: self._checked([str(error)]))
        self.timer.start()

    def _checked(self, problems: list[str]) -> None:
        if problems:
            log.error("The database %s failed its quick check: %s", self.database_path,
                      "; ".join(problems[:5]))
            self.problems_found.emit(problems)

    def back_up_if_due(self) -> None:
        """An automatic backup on the thread pool if the last one is old and data changed."""
        if self._backing_up:
            return
        self._backing_up = True
        path, folder = self.database_path, self.backup_dir
        self.runner.start(
            lambda _task: automatic_backup(path, folder, interval=BACKUP_INTERVAL),
            self._backup_done, self._backup_error)

    def _backup_done(self, backup: BackupFile | None) -> None:
        self._backing_up = False
        if backup is not None:
            log.info("Automatic backup %s", backup.path.name)
            self.backed_up.emit(backup)

    def _backup_error(self, error: BaseException) -> None:
        self._backing_up = False
        log.warning("Automatic backup failed: %s", error)
        self.backup_failed.emit(str(error))

    def back_up_on_close(self) -> BackupFile | None:
        """On the GUI thread, as the window closes: any change since the last automatic backup
        is backed up. A failure is logged (there is no window left to tell)."""
        self.timer.stop()
        try:
            backup = automatic_backup(self.database_path, self.backup_dir)
        except (BackupError, OSError) as error:
            log.warning("Automatic backup on closing failed: %s", error)
            return None
        if backup is not None:
            log.info("Automatic backup on closing: %s", backup.path.name)
        return backup


def open_asking_about_backup(open_office: Callable[[], Opened], parent: QWidget | None = None,
                             before_asking: Callable[[], None] | None = None) -> Opened:
    """open_office(); when the database must be updated and MentorOffice could not back it up
    first (a PostgreSQL database without pg_dump), ask whether it is backed up and, on Yes,
    open it again to update it. On No, BackupNeededBeforeMigration goes on: it says what to do."""
    try:
        return open_office()
    except BackupNeededBeforeMigration as needed:
        if before_asking is not None:
            before_asking()
        reason = str(needed.__cause__ or needed)
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("DatabaseCare", "Update the database"),
            QCoreApplication.translate(
                "DatabaseCare",
                "This database must be updated to this version of MentorOffice, which "
                "backs it up first, but could not:\n\n{reason}\n\nIs the database backed "
                "up (pg_dump on the server)? Yes updates it now; No leaves it as it is.").format(
                reason=reason),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            raise
        log.warning("Updating the database without a backup of our own: the person said it "
                    "is backed up")
        with backup_done():
            return open_office()
