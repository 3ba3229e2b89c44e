"""The window as each role sees it: what the role may not change is disabled with the reason as
its tooltip; the administrator's Users page adds users, resets passwords and makes tokens.

Pages are real widgets driven with the mouse and keyboard; modal dialogs are driven by patching
their `exec` (see test_cascade_gui.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from cascade_world import build_world
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from test_cascade_gui import drive

from mentoroffice.cascade.service import CascadeService
from mentoroffice.core.access import Actor, Permission, act_as
from mentoroffice.data.enums import MentorKind, UserRole
from mentoroffice.data.models import AccessToken
from mentoroffice.ui.cascade.facilities_page import FacilitiesPage
from mentoroffice.ui.cascade.people_page import PeoplePage
from mentoroffice.ui.checklists import checklist_pages
from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.sign_in import SignInDialog
from mentoroffice.ui.tasks import TaskRunner
from mentoroffice.ui.users_page import AddUserDialog, SecretDialog, TokenDialog, UsersPage
from mentoroffice.ui.workspaces import build_workspaces
from mentoroffice.users.service import UserService

AS_OF = dt.date(2026, 6, 15)
LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 120_000  # a slow machine waits; only a page that never loads fails

VIEWER = Actor("vera", UserRole.VIEWER)
MENTOR = Actor("jean", UserRole.MENTOR)
QI_STAFF = Actor("quinn", UserRole.QI_STAFF)


@pytest.fixture
def world(session):  # type: ignore[no-untyped-def]
    built = build_world(session)
    built.person("nurse", "Alice", "Uwase", posted_at="hc1")
    built.mentor("ram", MentorKind.ASSOCIATION, "RAM")
    session.commit()
    return built


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=WAIT_MS)


def people_page(qtbot, office, runner: TaskRunner, actor: Actor) -> PeoplePage:  # type: ignore[no-untyped-def]
    act_as(office.session_factory, actor)
    page = PeoplePage(CascadeService(office.session_factory), runner, lambda: AS_OF)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.total is not None and not page.model.is_loading(),
                    timeout=WAIT_MS)
    return page


def select_first_person(qtbot, page: PeoplePage, search: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.filter_bar.search_edit, search)
    qtbot.waitUntil(lambda: page.model.filters.text == search and page.model.total == 1,
                    timeout=WAIT_MS)
    where = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=where)
    qtbot.waitUntil(lambda: page.panel.person is not None, timeout=WAIT_MS)


def registry_buttons(page: PeoplePage) -> list[QPushButton]:
    return [page.add_button, page.edit_button, page.post_button, page.transfer_button,
            page.attrition_button, page.assign_button, page.promote_button]


# --- what each role may press ----------------------------------------------------------------

def test_a_viewer_has_no_enabled_registry_button_and_is_told_why(qtbot, office, world,  # type: ignore[no-untyped-def]
                                                                   runner) -> None:
    page = people_page(qtbot, office, runner, VIEWER)
    select_first_person(qtbot, page, "Uwase")  # a posted person: the page enables its buttons
    assert page.panel.person.current_posting is not None
    for button in registry_buttons(page):
        assert not button.isEnabled(), button.text()
        assert "Your role (viewer) cannot change the registry" in button.toolTip()
    facilities = FacilitiesPage(CascadeService(office.session_factory), lambda: AS_OF)
    qtbot.addWidget(facilities)
    facilities.show()
    facilities.go_to(world.ids["hc1"])
    assert facilities.current_item() is not None
    assert not any(b.isEnabled() for b in (facilities.add_button, facilities.edit_button,
                                           facilities.deactivate_button))


def test_a_mentor_may_save_an_assessment_but_not_change_the_registry(  # type: ignore[no-untyped-def]
        qtbot, office, world, runner) -> None:
    act_as(office.session_factory, MENTOR)
    holder = SimpleNamespace(session_factory=office.session_factory, catalog=office.catalog)
    pages = dict(checklist_pages(holder, None, runner=runner, today=lambda: AS_OF,
                                 open_files=False))
    entry = pages["Assessment entry"]
    for widget in pages.values():
        qtbot.addWidget(widget)
    entry.show()
    assert entry.save_button.isEnabled()
    assert "cannot" not in entry.save_button.toolTip()

    page = people_page(qtbot, office, runner, MENTOR)
    select_first_person(qtbot, page, "Uwase")
    assert not any(button.isEnabled() for button in registry_buttons(page))
    assert "Your role (mentor) cannot change the registry" in page.edit_button.toolTip()


def test_qi_staff_may_change_the_registry(qtbot, office, world, runner) -> None:  # type: ignore[no-untyped-def]
    page = people_page(qtbot, office, runner, QI_STAFF)
    assert page.add_button.isEnabled() and not page.edit_button.isEnabled()  # nobody chosen
    select_first_person(qtbot, page, "Uwase")
    posted = [page.add_button, page.edit_button, page.transfer_button, page.attrition_button]
    assert all(button.isEnabled() for button in posted)
    assert not page.post_button.isEnabled()  # already posted: the selection still decides
    assert "cannot" not in page.edit_button.toolTip()


def test_the_window_names_who_is_signed_in_and_shows_users_only_to_administrators(  # type: ignore[no-untyped-def]
        qtbot, office, world) -> None:
    act_as(office.session_factory, Actor("jean", UserRole.MENTOR, user_id=7))
    window = MainWindow(office, workspaces=build_workspaces)
    qtbot.addWidget(window)
    assert window.user_label.text() == "Signed in: jean (mentor)"
    assert window.findChild(QWidget, "users") is None
    assert not window.users_action.isVisible()
    locked: list[bool] = []
    window.idle_lock = SimpleNamespace(locked=False, lock=lambda: locked.append(True))
    window.sign_out_action.trigger()
    assert locked == [True]
    window.close()

    act_as(office.session_factory, Actor("admin", UserRole.ADMIN, user_id=1))
    admin_window = MainWindow(office, workspaces=build_workspaces)
    qtbot.addWidget(admin_window)
    assert admin_window.users_action.isVisible()
    admin_window.users_action.trigger()
    assert admin_window.stack.currentWidget().currentWidget().objectName() == "users"
    admin_window.close()


# --- the Users page --------------------------------------------------------------------------

@pytest.fixture
def admin(office) -> UserService:  # type: ignore[no-untyped-def]
    users = UserService(office.session_factory)
    act_as(office.session_factory, users.create_first_administrator(
        "admin", "Alice Admin", "first-admin-pw"))
    return users


def users_page(qtbot, users: UserService, runner: TaskRunner) -> UsersPage:  # type: ignore[no-untyped-def]
    page = UsersPage(users, runner)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1 and not runner.busy(), timeout=WAIT_MS)
    return page


def test_the_administrator_adds_a_user_who_signs_in_and_chooses_a_password(  # type: ignore[no-untyped-def]
        qtbot, office, admin, runner, monkeypatch) -> None:
    page = users_page(qtbot, admin, runner)
    assert not page.reset_button.isEnabled()  # no user chosen yet

    def fill(dialog: AddUserDialog) -> None:
        qtbot.keyClicks(dialog.username_edit, "jean")
        qtbot.keyClicks(dialog.name_edit, "Jean Mentor")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("mentor"))
        qtbot.keyClicks(dialog.password_edit, "given-by-admin")
        qtbot.keyClicks(dialog.repeat_edit, "given-by-admin")
        qtbot.mouseClick(dialog.save_button, LEFT)

    opened = drive(monkeypatch, AddUserDialog, fill)
    qtbot.mouseClick(page.add_button, LEFT)
    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not runner.busy(), timeout=WAIT_MS)
    rows = {page.model.text(r, 0): [page.model.text(r, c) for c in range(5)]
            for r in range(page.model.rowCount())}
    assert rows["jean"] == ["jean", "Jean Mentor", "mentor", "Yes", "Yes"]
    assert page.current() is not None and page.current().username == "jean"  # selected

    dialog = SignInDialog(UserService(office.session_factory))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "jean")
    qtbot.keyClicks(dialog.password_edit, "given-by-admin")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.new_edit.isVisible()  # must choose their own
    qtbot.keyClicks(dialog.new_edit, "jeans-own-password")
    qtbot.keyClicks(dialog.repeat_edit, "jeans-own-password")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible() and dialog.actor is not None
    assert dialog.actor.role is UserRole.MENTOR


def test_a_token_for_backups_is_shown_once_and_works(qtbot, office, admin, runner,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    page = users_page(qtbot, admin, runner)

    def fill(dialog: TokenDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "nightly-backup")
        dialog.purpose_checks[Permission.BACKUP].click()
        qtbot.mouseClick(dialog.save_button, LEFT)

    drive(monkeypatch, TokenDialog, fill)
    shown: list[SecretDialog] = []
    drive(monkeypatch, SecretDialog, lambda d: (shown.append(d),
                                                qtbot.mouseClick(d.copy_button, LEFT)))
    qtbot.mouseClick(page.token_button, LEFT)
    assert len(shown) == 1
    secret = shown[0].secret_edit.text()
    assert shown[0].secret_edit.isReadOnly() and len(secret) >= 20
    assert QGuiApplication.clipboard().text() == secret
    assert "does not store it" in shown[0].note.text()
    token = admin.actor_for_token(secret)
    assert token is not None and token.username == "nightly-backup"
    assert token.may(Permission.BACKUP) and not token.may(Permission.REGISTRY)
    assert admin.actor_for_token(secret + "x") is None
    with office.session_factory() as session:
        stored = session.query(AccessToken).one()
        assert secret not in stored.token_hash


def test_the_users_page_refuses_a_second_password_that_differs(qtbot, admin, runner,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    page = users_page(qtbot, admin, runner)

    def fill(dialog: AddUserDialog) -> None:
        qtbot.keyClicks(dialog.username_edit, "pat")
        qtbot.keyClicks(dialog.name_edit, "Pat Viewer")
        qtbot.keyClicks(dialog.password_edit, "one-password")
        qtbot.keyClicks(dialog.repeat_edit, "another-one")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.isVisible() and "differ" in dialog.errors.labels["repeat"].text()

    opened = drive(monkeypatch, AddUserDialog, fill)
    qtbot.mouseClick(page.add_button, LEFT)
    assert opened and opened[0].result() == QDialog.DialogCode.Rejected
    assert [u.username for u in admin.users()] == ["admin"]


def test_every_permission_has_its_reason() -> None:
    from mentoroffice.ui.access import why_not

    for permission in Permission:
        assert why_not(VIEWER, permission).startswith("Your role (viewer) cannot ")


def test_data_in_and_out_follows_the_role(qtbot, office, runner) -> None:  # type: ignore[no-untyped-def]
    from mentoroffice.exchange.service import ExchangeService
    from mentoroffice.ui.exchange.data_page import DataPage

    def page_as(actor: Actor) -> DataPage:
        act_as(office.session_factory, actor)
        page = DataPage(ExchangeService(office.session_factory, office.catalog), runner)
        qtbot.addWidget(page)
        return page

    supervisor = page_as(Actor("sam", UserRole.SUPERVISOR))
    assert not supervisor.import_button.isEnabled()
    assert "Your role (supervisor) cannot import files" in supervisor.import_button.toolTip()
    assert supervisor.full_export_button.isEnabled() and supervisor.dhis2.export_button.isEnabled()
    viewer = page_as(VIEWER)
    assert not viewer.full_export_button.isEnabled()
    assert not viewer.dhis2.export_button.isEnabled()
    assert page_as(QI_STAFF).import_button.isEnabled()


@pytest.mark.sqlite_only
def test_backups_need_their_permission_and_restores_the_administrator(  # type: ignore[no-untyped-def]
        qtbot, office, runner) -> None:
    from mentoroffice.ui.exchange.backup_page import BackupPage

    def page_as(actor: Actor) -> BackupPage:
        act_as(office.session_factory, actor)
        page = BackupPage(office.database, None, None, runner)
        qtbot.addWidget(page)
        return page

    mentor = page_as(MENTOR)
    assert not mentor.backup_button.isEnabled()
    assert "Your role (mentor) cannot make backups" in mentor.backup_button.toolTip()
    qi_staff = page_as(QI_STAFF)
    assert qi_staff.backup_button.isEnabled()
    assert "cannot restore a backup" in qi_staff.restore_button.toolTip()
