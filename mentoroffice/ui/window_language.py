"""The View menu's languages: the choice is saved for the next start, and applied now by
opening the window again when it can be (every window's texts are built in one language).

Texts keep the MainWindow translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .translation import LANGUAGES, choose_language, save_language

translate = QCoreApplication.translate


def language_actions(window: QWidget, menu: QMenu, can_reopen: Callable[[], bool],
                     reopen: Callable[[str], None]) -> QActionGroup:
    """One checkable action per language in `menu`, the current one checked."""
    group = QActionGroup(window)
    current = choose_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=code == current)
        action.setData(code)
        action.triggered.connect(
            lambda _checked=False, code=code: choose(window, code, can_reopen, reopen))
        group.addAction(action)
        menu.addAction(action)
    return group


def choose(window: QWidget, code: str, can_reopen: Callable[[], bool],
           reopen: Callable[[str], None]) -> None:
    save_language(code)
    if can_reopen():
        reopen(code)
        return
    QMessageBox.information(window, translate("MainWindow", "Language"), translate(
        "MainWindow", "MentorOffice will use {language} the next time it starts.").format(
            language=LANGUAGES[code]))
