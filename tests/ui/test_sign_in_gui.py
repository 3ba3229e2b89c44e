"""Signing in: the first run's administrator, a reset password changed at once, the wait after
failed attempts, and the idle lock that keeps a half-typed entry."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from mentoroffice.core.access import actor_of
from mentoroffice.core.passwords import DEFAULT, parameters_of
from mentoroffice.core.refusals import RuleRefused
from mentoroffice.data.enums import UserRole
from mentoroffice.data.models import AppUser, AuditEntry
from mentoroffice.ui.sign_in import FirstAdministratorDialog, IdleLock, SignInDialog, sign_in
from mentoroffice.users.service import UserService, wait_after

LEFT = Qt.MouseButton.LeftButton


def admin_signed_in(office) -> UserService:  # type: ignore[no-untyped-def]
    users = UserService(office.session_factory)
    users.create_first_administrator("admin", "Alice Admin", "first-admin-pw")
    return users


def test_the_first_run_makes_its_administrator_and_no_default_password(qtbot, office,  # type: ignore[no-untyped-def]
                                                                      tmp_path) -> None:
    users = UserService(office.session_factory)
    assert not users.has_users()
    dialog = FirstAdministratorDialog(users)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "alice")
    qtbot.keyClicks(dialog.name_edit, "Alice Uwimana")
    qtbot.keyClicks(dialog.password_edit, "correct horse")
    qtbot.keyClicks(dialog.repeat_edit, "correct horse!")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "differ" in dialog.errors.labels["repeat"].text()
    if os.environ.get("MENTOROFFICE_SHOTS"):
        dialog.grab().save(str(tmp_path / "first-administrator.png"))
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert dialog.actor is not None and dialog.actor.role is UserRole.ADMIN
    with office.session_factory() as session:
        user = session.query(AppUser).one()
        assert "correct horse" not in (user.password_hash or "")
        assert parameters_of(user.password_hash) == DEFAULT and DEFAULT.memory >= 32 * 2**20
    with pytest.raises(RuleRefused, match="already has its administrator"):
        users.create_first_administrator("mallory", "Mallory", "another-password")


def test_a_reset_password_must_be_changed_at_the_next_sign_in(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    admin = admin_signed_in(office)
    office_admin = admin.sign_in("admin", "first-admin-pw").actor
    from mentoroffice.core.access import act_as
    act_as(office.session_factory, office_admin)
    mentor_id = admin.add_user("jean", "Jean Mentor", UserRole.MENTOR, "given-by-admin")
    admin.reset_password(mentor_id, "reset-by-admin")
    dialog = SignInDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "jean")
    qtbot.keyClicks(dialog.password_edit, "reset-by-admin")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.new_edit.isVisible()
    qtbot.keyClicks(dialog.new_edit, "jeans-own-password")
    qtbot.keyClicks(dialog.repeat_edit, "jeans-own-password")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible() and dialog.actor is not None
    assert dialog.actor.role is UserRole.MENTOR
    with pytest.raises(RuleRefused):
        admin.sign_in("jean", "reset-by-admin")
    assert not admin.sign_in("jean", "jeans-own-password").must_change_password


def test_failed_sign_ins_wait_longer_each_time_and_are_audited(office) -> None:  # type: ignore[no-untyped-def]
    users = admin_signed_in(office)
    start = dt.datetime(2026, 12, 3, 9, 0)
    for attempt in range(3):
        with pytest.raises(RuleRefused, match="do not match"):
            users.sign_in("admin", "guess", now=start + dt.timedelta(seconds=attempt))
    with pytest.raises(RuleRefused, match="wait 3 seconds"):  # 2 s after the third failure
        users.sign_in("admin", "first-admin-pw", now=start + dt.timedelta(seconds=2))
    assert users.sign_in("admin", "first-admin-pw", now=start + dt.timedelta(seconds=5))
    assert [wait_after(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]
    assert wait_after(50) == 300
    with office.session_factory() as session:
        actions = [e.action for e in session.query(AuditEntry).order_by(AuditEntry.id)
                   if e.action.startswith("sign_in")]
    assert actions == ["sign_in_failed"] * 3 + ["sign_in"]


def test_the_demo_opens_as_the_demo_user_without_a_password(office) -> None:  # type: ignore[no-untyped-def]
    actor = sign_in(office, demo=True)
    assert actor is not None and actor.username == "demo"
    assert actor_of(office.session_factory) == actor


def test_the_idle_lock_keeps_what_was_being_typed(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    users = admin_signed_in(office)
    actor = users.sign_in("admin", "first-admin-pw").actor
    window = QWidget()
    entry = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(entry, "half-typed score 17/20")
    lock = IdleLock(window, users, actor, minutes=1)
    seen: list[bool] = []

    def unlock(dialog: SignInDialog) -> int:
        seen.append(window.isVisible())
        assert dialog.username_edit.text() == "admin" and dialog.username_edit.isReadOnly()
        dialog.password_edit.setText("first-admin-pw")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", unlock)
    lock.timer.timeout.emit()
    assert seen == [False]  # the window was hidden while locked
    assert window.isVisible() and entry.text() == "half-typed score 17/20"
    assert lock.timer.isActive() and not lock.locked


def test_the_idle_lock_time_is_the_offices_setting(office) -> None:  # type: ignore[no-untyped-def]
    users = UserService(office.session_factory)
    assert users.idle_lock_minutes() == 15
    users.set_idle_lock_minutes(5)
    assert users.idle_lock_minutes() == 5
    with pytest.raises(RuleRefused, match="1 to 240 minutes"):
        users.set_idle_lock_minutes(0)
    assert users.idle_lock_minutes() == 5


def test_a_closed_window_is_never_locked(qtbot, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    users = admin_signed_in(office)
    actor = users.sign_in("admin", "first-admin-pw").actor
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, users, actor, minutes=1)
    asked: list[SignInDialog] = []
    monkeypatch.setattr(SignInDialog, "exec",
                        lambda dialog: asked.append(dialog) or QDialog.DialogCode.Accepted)
    window.close()
    lock.timer.timeout.emit()  # a closed window's timer must not wait on a sign-in forever
    assert asked == [] and not lock.locked and not window.isVisible()
