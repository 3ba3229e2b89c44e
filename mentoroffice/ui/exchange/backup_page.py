"""Backups: back up now, the list of backups, restore one.

A restore replaces the database file, so the live app must let go of it first: the page closes
the database (disposes its engine, so no pooled connection holds the file), restores on the
thread pool (the domain backs the current database up first), then calls `reopen`, which the main
window provides to open the database again and reload its pages. A PostgreSQL office is backed
up by its server's tools: the page shows the exact pg_dump and pg_restore commands.
"""

from __future__ import annotations

import datetime as dt
import logging
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import SYSTEM, Permission, actor_of, check
from ...core.writes import record_event
from ...data.backup import BackupFile, backup_label, list_backups, make_backup, restore_backup
from ...data.private_files import make_private_dir
from ..access import allow
from ..tasks import TaskRunner
from .common import (
    ERROR_STYLE,
    OK_STYLE,
    RowsModel,
    Worker,
    error_text,
    fill,
    human_size,
    message_label,
    show_message,
    sortable_view,
)

log = logging.getLogger(__name__)


class DatabaseLike(Protocol):
    """What the page needs of `mentoroffice.data.database.Database`."""

    url: str

    @property
    def sqlite_path(self) -> Path | None: ...

    @property
    def backup_dir(self) -> Path | None: ...

    def dispose(self) -> None: ...


def postgres_commands(url: str, today: dt.date | None = None) -> tuple[str, str]:
    """pg_dump and pg_restore command lines for the database at `url` (never its password)."""
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/")) or "postgres"
    options = []
    if parts.hostname:
        options.append(f"--host={shlex.quote(parts.hostname)}")
    if parts.port:
        options.append(f"--port={parts.port}")
    if parts.username:
        options.append(f"--username={shlex.quote(unquote(parts.username))}")
    dump = f"mentoroffice-{(today or dt.date.today()).isoformat()}.dump"
    common = " ".join(options)
    return (f"pg_dump {common} --format=custom --file={dump} {shlex.quote(name)}",
            f"pg_restore {common} --clean --if-exists --dbname={shlex.quote(name)} {dump}")


class BackupPage(QWidget):
    """`restored` is emitted (after `reopen`) with the backup put in place."""

    restored = Signal(object)

    def __init__(self, database: DatabaseLike, reopen: Callable[[], None] | None = None,
                 parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups")  # the main window opens it when the database is damaged
        self.database = database
        self.reopen = reopen
        self.worker = Worker(runner or TaskRunner(self), self)
        self.backups: list[BackupFile] = []
        layout = QVBoxLayout(self)
        if database.sqlite_path is None:
            layout.addWidget(self._postgres_box())
            layout.addStretch(1)
            return
        self._build_sqlite(layout)
        self.refresh()

    # --- PostgreSQL ---------------------------------------------------------------------------

    def _postgres_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups of a PostgreSQL database"), self)
        dump, restore = postgres_commands(self.database.url)
        intro = message_label(box)
        intro.setText(self.tr(
            "This office's database is on a PostgreSQL server: back it up with the server's "
            "own tools, on the server or any PC with the PostgreSQL client tools. Back up "
            "with:"))
        self.commands = QPlainTextEdit(box)
        self.commands.setReadOnly(True)
        self.commands.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.commands.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.commands.setPlainText(f"{dump}\n\n{restore}")
        self.commands.setMaximumHeight(self.commands.fontMetrics().height() * 7)
        after = message_label(box)
        after.setText(self.tr(
            "The second command restores such a file: close MentorOffice on every PC first. "
            "Schedule the first one every night (cron, or Windows Task Scheduler) and keep "
            "the files on another disk."))
        copy = QPushButton(self.tr("&Copy the commands"), box)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            self.commands.toPlainText()))
        inner = QVBoxLayout(box)
        for widget in (intro, self.commands, after):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        inner.addLayout(row)
        return box

    # --- SQLite -------------------------------------------------------------------------------

    def _build_sqlite(self, layout: QVBoxLayout) -> None:
        self.location = message_label(self)
        self.location.setText(fill(self.tr("Database: %1\nBackups are kept in: %2"),
                                   self.database.sqlite_path, self.database.backup_dir))
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open the backups &folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        factory = getattr(self.database, "session_factory", None)
        actor = actor_of(factory) if factory is not None else None
        allow(self.backup_button, actor, Permission.BACKUP)
        allow(self.restore_button, actor, Permission.RESTORE)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        self.result = message_label(self)
        self.model = RowsModel([self.tr("Date"), self.tr("Size"), self.tr("Kind"),
                                self.tr("File")], self)
        self.view = sortable_view(self.model, self, stretch_column=3)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        list_label = QLabel(self.tr("Bac&kups, newest first:"), self)
        list_label.setBuddy(self.view)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in (self.location, self.busy_bar, self.result, list_label):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.backup_button)

    def refresh(self) -> None:
        """List the backups (a folder listing: quick enough for the GUI thread)."""
        backup_dir, path = self.database.backup_dir, self.database.sqlite_path
        self.backups = list_backups(backup_dir, path) if backup_dir else []
        self.model.set_rows([(b.created.strftime("%Y-%m-%d %H:%M:%S"), human_size(b.size),
                              backup_label(b.path), b.path.name) for b in self.backups])
        self._update_buttons()

    def selected(self) -> BackupFile | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.view.model().mapToSource(rows[0])  # type: ignore[attr-defined]
        return self.backups[source.row()]

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def busy(self) -> bool:
        return self.worker.busy()

    def _update_buttons(self) -> None:
        idle = not self.busy()
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected() is not None)

    def _working(self, text: str) -> None:
        self.busy_bar.show()
        show_message(self.result, text)
        self._update_buttons()

    def _settled(self) -> None:
        self.busy_bar.hide()
        self.refresh()

    # --- back up ------------------------------------------------------------------------------

    def back_up(self) -> None:
        path, folder = self.database.sqlite_path, self.database.backup_dir
        assert path is not None and folder is not None
        self.worker.start("backup", lambda _task: make_backup(path, folder), self._backed_up,
                          self._failed)
        self._working(self.tr("Backing up…"))

    def _backed_up(self, backup: BackupFile) -> None:
        self._settled()
        show_message(self.result, fill(self.tr("Backed up to %1 (%2)."), backup.path,
                                       human_size(backup.size)), OK_STYLE)

    def _failed(self, error: BaseException) -> None:
        self._settled()
        show_message(self.result, error_text(error), ERROR_STYLE)

    def open_folder(self) -> None:
        folder = self.database.backup_dir
        if folder is not None:
            make_private_dir(folder)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- restore ------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self.busy() or not self.restore_button.isEnabled():
            return  # (a double-click: the button says when the role may not restore)
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            fill(self.tr("Replace the database with the backup of %1?\n\nThe current database "
                         "is backed up first, so this can be undone by restoring that copy. "
                         "MentorOffice closes the database during the restore and opens it "
                         "again afterwards; close other windows that edit data first."),
                 backup.created.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(backup)

    def restore(self, backup: BackupFile) -> None:
        """Close the database, restore on the pool, then reopen (also when the restore fails:
        the database file is then untouched)."""
        path, folder = self.database.sqlite_path, self.database.backup_dir
        assert path is not None and folder is not None
        factory = getattr(self.database, "session_factory", None)
        actor = actor_of(factory) if factory is not None else SYSTEM

        def authorize() -> None:
            check(actor, Permission.RESTORE)

        self.database.dispose()
        self.worker.start("restore",
                          lambda _task: restore_backup(backup.path, path, folder, authorize),
                          lambda previous: self._restored(backup, previous),
                          self._restore_failed)
        self._working(self.tr("Restoring…"))

    def _reopen(self) -> str:
        if self.reopen is None:
            return self.tr(" Close MentorOffice and start it again to see the restored data.")
        self.reopen()
        return ""

    def _restored(self, backup: BackupFile, previous: BackupFile | None) -> None:
        factory = getattr(self.database, "session_factory", None)
        if factory is not None and actor_of(factory) is not None:
            try:
                record_event(factory, Permission.RESTORE, "restore", "database",
                             file=backup.path.name)
            except Exception as error:  # noqa: BLE001 - the restore stands; the log says why
                log.warning("The restore could not be recorded in the audit trail: %s", error)
        note = self._reopen()
        self._settled()
        text = fill(self.tr("Restored the backup of %1."), backup.created.strftime(
            "%Y-%m-%d %H:%M"))
        if previous is not None:
            text += " " + fill(self.tr("The database as it was is kept in %1."),
                               previous.path.name)
        show_message(self.result, text + note, OK_STYLE)
        self.restored.emit(backup)

    def _restore_failed(self, error: BaseException) -> None:
        self._reopen()
        self._settled()
        show_message(self.result, fill(self.tr("Nothing was restored: %1"), error_text(error)),
                     ERROR_STYLE)

    def result_text(self) -> str:
        return self.result.text()
