"""The window's care of the database file: the opening check (damage found offers the
backups), the automatic backups said in the status bar, and the backup made on closing.

Texts keep the MainWindow translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from .care import DatabaseCare
from .tasks import TaskRunner

translate = QCoreApplication.translate


def first_lines(texts: list[str], count: int = 5) -> str:
    lines = "\n".join(texts).splitlines()
    return "\n".join(lines[:count] + (["…"] if len(lines) > count else []))


def attach_care(window: QMainWindow, database: Any, tasks: TaskRunner,
                show_backups: Callable[[], object]) -> DatabaseCare | None:
    """The care of a SQLite file with a backup folder (a server looks after its own)."""
    if database.sqlite_path is None or database.backup_dir is None:
        return None
    care = DatabaseCare(database.sqlite_path, database.backup_dir, tasks, window)
    care.problems_found.connect(lambda problems: offer_backups(window, problems, show_backups))
    care.backed_up.connect(lambda backup: window.statusBar().showMessage(translate(
        "MainWindow", "Backed up automatically at {time}.").format(
            time=backup.created.strftime("%H:%M")), 10_000))
    care.backup_failed.connect(lambda reason: window.statusBar().showMessage(translate(
        "MainWindow", "The automatic backup failed: {reason}").format(reason=reason)))
    return care


def offer_backups(parent: QWidget, problems: list[str],
                  show_backups: Callable[[], object]) -> None:
    """The opening check found damage: say so, and offer the backups to restore one."""
    answer = QMessageBox.warning(
        parent, translate("MainWindow", "The database is damaged"),
        translate("MainWindow", "SQLite's check of the office database found problems:\n\n"
                  "{problems}\n\nWork saved since the last backup may be affected. Open the "
                  "list of backups to restore one?").format(problems=first_lines(problems)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        show_backups()
