"""The administrator's page of the office's users: add one, reset a password, change a role or
deactivate, and make a token for scheduled tasks (its secret is shown once, never stored).

The list loads on a worker thread; each change is one small write (a password hash), made from
its dialog like every other form's save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.access import ROLE_LABELS, Permission, actor_of
from ..core.refusals import RuleRefused
from ..data.enums import UserRole
from ..users.service import IDLE_LOCK_RANGE, TOKEN_PURPOSES, UserRow, UserService
from .access import allow_all, what_it_does
from .cascade.common import FormDialog, MessageBar, error_text
from .cascade.facility_detail import table_view
from .rows_model import RowsTableModel
from .rules_text import refusal_text
from .sign_in import password_edit, same_twice
from .tasks import TaskRunner

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def role_label(role: str) -> str:
    return translate("Rules", ROLE_LABELS[UserRole(role)])


def role_combo(parent: QWidget, current: str = UserRole.MENTOR.value) -> QComboBox:
    combo = QComboBox(parent)
    for role in UserRole:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class AddUserDialog(FormDialog):
    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a user"), parent)
        self.users, self.saved_id = users, None
        self.username_edit = self.add_field("username", self.tr("&User name:"), QLineEdit(self))
        self.name_edit = self.add_field("display_name", self.tr("&Full name:"), QLineEdit(self))
        self.role_combo = self.add_field("role", self.tr("&Role:"), role_combo(self))
        self.password_edit = self.add_field("password", self.tr("&Temporary password:"),
                                            password_edit(self))
        self.repeat_edit = self.add_field("repeat", self.tr("&Again:"), password_edit(self))
        note = QLabel(self.tr("Tell the user this password: they choose their own at the first "
                              "sign-in."), self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def commit(self) -> None:
        same_twice(self.password_edit, self.repeat_edit)
        self.saved_id = self.users.add_user(
            self.username_edit.text(), self.name_edit.text(),
            UserRole(self.role_combo.currentData()), self.password_edit.text())


class ResetPasswordDialog(FormDialog):
    def __init__(self, users: UserService, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset the password of {name}").format(name=user.username),
                         parent)
        self.users, self.user = users, user
        self.password_edit = self.add_field("password", self.tr("&Temporary password:"),
                                            password_edit(self))
        self.repeat_edit = self.add_field("repeat", self.tr("&Again:"), password_edit(self))
        note = QLabel(self.tr("The user must choose their own password at the next sign-in."),
                      self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def commit(self) -> None:
        same_twice(self.password_edit, self.repeat_edit)
        self.users.reset_password(self.user.id, self.password_edit.text())


class RoleDialog(FormDialog):
    def __init__(self, users: UserService, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Role of {name}").format(name=user.username), parent)
        self.users, self.user = users, user
        self.role_combo = self.add_field("role", self.tr("&Role:"), role_combo(self, user.role))
        self.active_check = self.add_field("active", "", QCheckBox(
            self.tr("&Active (may sign in)"), self))
        self.active_check.setChecked(user.active)

    def commit(self) -> None:
        self.users.set_role(self.user.id, UserRole(self.role_combo.currentData()),
                            self.active_check.isChecked())


class TokenDialog(FormDialog):
    """A token's name and what it is for; the secret is then shown once."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Make a token for scheduled tasks"), parent)
        self.users, self.secret = users, ""
        self.name_edit = self.add_field("username", self.tr("&Name:"), QLineEdit(self))
        self.name_edit.setPlaceholderText(self.tr("e.g. nightly-backup"))
        box = QWidget(self)
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.purpose_checks: dict[Permission, QCheckBox] = {}
        for purpose in sorted(TOKEN_PURPOSES):
            check = QCheckBox(what_it_does(purpose).capitalize(), box)
            self.purpose_checks[purpose] = check
            row.addWidget(check)
        self.add_field("purposes", self.tr("It may:"), box)
        self.save_button.setText(self.tr("&Make token"))

    def purposes(self) -> frozenset[Permission]:
        return frozenset(p for p, check in self.purpose_checks.items() if check.isChecked())

    def commit(self) -> None:
        self.secret = self.users.make_token(self.name_edit.text(), self.purposes())


class SecretDialog(QDialog):
    """The token's secret, once: copy it into the scheduled task now."""

    def __init__(self, name: str, secret: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The token {name}").format(name=name))
        note = QLabel(self.tr("Copy this secret into the scheduled task now (its --token "
                              "option). MentorOffice does not store it and cannot show it "
                              "again: if it is lost, make a new token."), self)
        note.setWordWrap(True)
        self.note = note
        self.secret_edit = QLineEdit(secret, self)
        self.secret_edit.setReadOnly(True)
        self.secret_edit.selectAll()
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.secret_edit, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.secret_edit.text())
        self.copy_button.setText(self.tr("Copied"))


class UsersPage(QWidget):
    """Who may use this office, with what role; shown to administrators."""

    def __init__(self, users: UserService, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users")
        self.users = users
        self.runner = runner or TaskRunner(self)
        self.model = RowsTableModel([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                     self.tr("Active"), self.tr("Must change password")], self)
        self.table = table_view(self.model, self, stretch=1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.message_bar = MessageBar(self)
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.role_button = QPushButton(self.tr("Change role or &deactivate…"), self)
        self.token_button = QPushButton(self.tr("Make a &token for scheduled tasks…"), self)
        for button, slot in ((self.add_button, self.add_user),
                             (self.reset_button, self.reset_password),
                             (self.role_button, self.change_role),
                             (self.token_button, self.make_token)):
            button.clicked.connect(slot)
        allow_all((self.add_button, self.reset_button, self.role_button, self.token_button),
                  actor_of(users.session_factory), Permission.USERS)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.token_button)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(*IDLE_LOCK_RANGE)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(users.idle_lock_minutes())
        self.idle_button = QPushButton(self.tr("Sa&ve"), self)
        self.idle_button.clicked.connect(self.save_idle_lock)
        allow_all((self.idle_spin, self.idle_button), actor_of(users.session_factory),
                  Permission.SETTINGS)
        idle_label = QLabel(self.tr("&Lock the window after this long without a key or a "
                                    "click (from the next sign-in):"), self)
        idle_label.setBuddy(self.idle_spin)
        idle = QHBoxLayout()
        for widget in (idle_label, self.idle_spin, self.idle_button):
            idle.addWidget(widget)
        idle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(idle)
        layout.addWidget(self.message_bar)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.role_button.click())
        self._update_buttons()
        self.reload()

    # --- the list ---------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.status.setText(self.tr("Loading…"))
        users = self.users
        self.runner.start(lambda _context: users.users(),
                          lambda rows: self._show(rows, select_id), self._failed)

    def _show(self, rows: list[UserRow], select_id: int | None) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        self.model.set_rows([(u.username, u.display_name, role_label(u.role),
                              yes if u.active else no, yes if u.must_change_password else no)
                             for u in rows], rows)
        self.status.setText(self.tr("Each user signs in with their own name and password; "
                                    "their role decides what they may change."))
        for row, user in enumerate(rows):
            if user.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The users could not be listed: {reason}").format(
            reason=error_text(error)))

    def current(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.reset_button.setEnabled(chosen)
        self.role_button.setEnabled(chosen)

    # --- changes ----------------------------------------------------------------------------
    def _done(self, message: str, select_id: int | None) -> None:
        self.message_bar.show_message(message)
        self.reload(select_id)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.users, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("Added {name}: they choose their own password at the first "
                               "sign-in.").format(name=dialog.username_edit.text().strip()),
                       dialog.saved_id)

    def reset_password(self) -> None:
        user = self.current()
        if user is not None and ResetPasswordDialog(self.users, user, self).exec() == \
                QDialog.DialogCode.Accepted:
            self._done(self.tr("Reset the password of {name}.").format(name=user.username),
                       user.id)

    def change_role(self) -> None:
        user = self.current()
        if user is not None and RoleDialog(self.users, user, self).exec() == \
                QDialog.DialogCode.Accepted:
            self._done(self.tr("Saved {name}.").format(name=user.username), user.id)

    def make_token(self) -> None:
        dialog = TokenDialog(self.users, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.name_edit.text().strip()
            self.show_secret(name, dialog.secret)
            self.message_bar.show_message(self.tr("Made the token {name}.").format(name=name))

    def save_idle_lock(self) -> None:
        try:
            self.users.set_idle_lock_minutes(self.idle_spin.value())
        except RuleRefused as refused:
            self.message_bar.show_message(refusal_text(refused))
            return
        self.message_bar.show_message(self.tr("The window now locks after {minutes} minutes "
                                              "idle.").format(minutes=self.idle_spin.value()))

    def show_secret(self, name: str, secret: str) -> None:
        SecretDialog(name, secret, self).exec()


def may_manage_users(office: Any) -> bool:
    actor = actor_of(office.session_factory)
    return actor is not None and actor.may(Permission.USERS)


def users_pages(office: Any, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    """("Users", page) for an administrator; nothing for other roles."""
    users = UserService(office.session_factory)
    if not may_manage_users(office):
        return []
    return [(translate("Users", "Users"), UsersPage(users, TaskRunner(parent), parent))]
