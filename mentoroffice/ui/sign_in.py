"""Signing in when the window opens: the first run's administrator, a password to change after
a reset, and the lock that hides the window after it has been left idle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from ..core.access import Actor, act_as
from ..core.refusals import RuleRefused, rule
from ..data.enums import UserRole
from ..office import Office
from ..text import QT_TRANSLATE_NOOP
from ..users.service import IDLE_LOCK_MINUTES, UserService
from .cascade.common import FormDialog, KeepOpen

DEMO_USER = Actor("demo", UserRole.ADMIN)
NOT_THE_SAME = QT_TRANSLATE_NOOP("Rules", "The two passwords differ: type the same one twice.")


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def same_twice(first: QLineEdit, second: QLineEdit) -> None:
    if first.text() != second.text():
        raise RuleRefused([rule("repeat", NOT_THE_SAME, field="repeat")])


class FirstAdministratorDialog(FormDialog):
    """The office's first run: whoever sets it up becomes its administrator."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set up the office's administrator"), parent)
        self.users, self.actor = users, None
        intro = QLabel(self.tr("This office has no users yet. Choose the administrator's user "
                               "name and password: the administrator then adds the office's "
                               "other users."), self)
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.username_edit = self.add_field("username", self.tr("&User name:"), QLineEdit(self))
        self.name_edit = self.add_field("display_name", self.tr("&Full name:"), QLineEdit(self))
        self.password_edit = self.add_field("password", self.tr("&Password:"),
                                            password_edit(self))
        self.repeat_edit = self.add_field("repeat", self.tr("&Again:"), password_edit(self))

    def commit(self) -> None:
        same_twice(self.password_edit, self.repeat_edit)
        self.actor = self.users.create_first_administrator(
            self.username_edit.text(), self.name_edit.text(), self.password_edit.text())


class SignInDialog(FormDialog):
    """User name and password; a password given by the administrator is changed at once."""

    def __init__(self, users: UserService, username: str = "", locked: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("MentorOffice is locked") if locked
                         else self.tr("Sign in to MentorOffice"), parent)
        self.users, self.actor = users, None
        self.username_edit = self.add_field("username", self.tr("&User name:"), QLineEdit(self))
        self.password_edit = self.add_field("sign_in", self.tr("&Password:"),
                                            password_edit(self))
        self.new_edit = self.add_field("password", self.tr("&New password:"),
                                       password_edit(self))
        self.repeat_edit = self.add_field("repeat", self.tr("&Again:"), password_edit(self))
        self.save_button.setText(self.tr("&Sign in"))
        self.username_edit.setText(username)
        self.username_edit.setReadOnly(locked)
        self._asking_new_password(False)
        (self.password_edit if username else self.username_edit).setFocus()

    def _asking_new_password(self, asking: bool) -> None:
        for edit in (self.new_edit, self.repeat_edit):
            self.set_row_visible(edit, asking)

    def commit(self) -> None:
        username, password = self.username_edit.text(), self.password_edit.text()
        if self.new_edit.isVisible():
            same_twice(self.new_edit, self.repeat_edit)
            self.users.change_password(username, password, self.new_edit.text())
            password = self.new_edit.text()
        signed_in = self.users.sign_in(username, password)
        if signed_in.must_change_password:
            self._asking_new_password(True)
            self.errors.show_message("password", self.tr(
                "The administrator set this password: choose your own now."))
            self.new_edit.setFocus()
            raise KeepOpen
        self.actor = signed_in.actor


def sign_in(office: Office, demo: bool, parent: QWidget | None = None) -> Actor | None:
    """Who uses the window: the demo user on the demo, else the person who signs in (the
    first run creates the administrator). None when they cancel."""
    users = UserService(office.session_factory)
    if demo or users.is_demo():
        actor: Actor | None = DEMO_USER
    else:
        dialog = (SignInDialog(users, parent=parent) if users.has_users()
                  else FirstAdministratorDialog(users, parent))
        dialog.exec()
        actor = dialog.actor
    if actor is not None:
        act_as(office.session_factory, actor)
    return actor


class IdleLock(QObject):
    """Hides the window behind a sign-in after `minutes` without a key or a click; what was
    typed stays where it was, and the same user resumes with their password."""

    def __init__(self, window: QWidget, users: UserService, actor: Actor,
                 minutes: int = IDLE_LOCK_MINUTES) -> None:  # the office's: idle_lock_minutes()
        super().__init__(window)
        self.window, self.users, self.actor = window, users, actor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        self.locked = False
        app = QApplication.instance()
        if app is not None and actor.user_id is not None:  # the demo user has no password
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.Wheel) and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if not self.window.isVisible():  # closed (or already locked): nothing to hide
            return
        self.locked = True
        self.window.hide()
        dialog = SignInDialog(self.users, self.actor.username, locked=True)
        while dialog.exec() != FormDialog.DialogCode.Accepted:
            pass  # locked until the password is given: closing the dialog does not unlock
        self.locked = False
        self.window.show()
        self.timer.start()
