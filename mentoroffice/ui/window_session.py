"""Who works in the window: the signed-in user in the status bar, the File menu's Users… and
Sign out, and the idle lock that hides the window behind the same user's sign-in.

Texts keep the MainWindow translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from ..core.access import ROLE_LABELS, Permission, actor_of
from ..users.service import UserService
from .sign_in import IdleLock

translate = QCoreApplication.translate


def session_actions(window: QMainWindow, session_factory: Any,
                    show_users: Callable[[], object]) -> tuple[QAction, QAction]:
    """Users… (for those who may manage them) and Sign out (for a user with a password)."""
    actor = actor_of(session_factory)
    users = QAction(translate("MainWindow", "&Users…"), window)
    users.triggered.connect(show_users)
    users.setVisible(actor is not None and actor.may(Permission.USERS))
    sign_out_action = QAction(translate("MainWindow", "Sign &out"), window)
    sign_out_action.setStatusTip(translate("MainWindow", "Hide the window until you sign in "
                                           "again with your password"))
    sign_out_action.triggered.connect(lambda: sign_out(window))
    sign_out_action.setEnabled(actor is not None and actor.user_id is not None)
    return users, sign_out_action


def signed_in_label(window: QMainWindow, session_factory: Any) -> QLabel:
    actor = actor_of(session_factory)
    label = QLabel(window)
    label.setObjectName("signedIn")
    if actor is not None:
        label.setText(translate("MainWindow", "Signed in: {user} ({role})").format(
            user=actor.username, role=QApplication.translate("Rules", ROLE_LABELS[actor.role])))
    return label


def sign_out(window: QMainWindow) -> None:
    """Lock the window behind the sign-in of the same user (the idle lock's)."""
    lock = getattr(window, "idle_lock", None)
    if lock is not None and not lock.locked:
        lock.lock()


def lock_when_idle(window: QMainWindow, session_factory: Any) -> None:
    """The office's idle time locks the window (`window.idle_lock`) of a signed-in user."""
    signed_in = actor_of(session_factory)
    if signed_in is not None:
        users = UserService(session_factory)
        window.idle_lock = IdleLock(  # type: ignore[attr-defined]
            window, users, signed_in, users.idle_lock_minutes())
