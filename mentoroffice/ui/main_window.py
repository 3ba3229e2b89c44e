"""The main window: a list of the office's sections on the left, the chosen section's list
on the right, each with its own search box and a table that loads more rows as it scrolls.

The window is the frame: sections, menus, status bar. What it shows and does lives beside it:
the record lists (`window_lists`), the working pages (`workspaces`), the care of the
database file (`window_care`), who is signed in (`window_session`), the language menu
(`window_language`) and the one change signal the pages listen to (`changes`). The window is
shown first; the current section's first page is requested once the event loop runs, and a
section loads the first time it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QWidget,
)

from ..browse import section_names
from .changes import ChangeBroadcaster
from .help import user_guide_action
from .section_page import SectionPage
from .tasks import TaskRunner
from .window_about import about_actions
from .window_care import attach_care
from .window_language import language_actions
from .window_lists import SectionLists, section_texts
from .window_sections import Sections
from .window_session import session_actions, signed_in_label
from .window_state import remember_window

if TYPE_CHECKING:
    from ..office import Office

WORKER_THREADS = 2
CLOSE_WAIT_MS = 10_000


class MainWindow(QMainWindow):
    """The office's main window, built on an open `Office`."""

    def __init__(self, office: Office, parent: QWidget | None = None,
                 workspaces: Callable[[Office, QWidget], dict[str, list[tuple[str, QWidget]]]]
                 | None = None, reopen: Callable[[MainWindow, str], None] | None = None
                 ) -> None:
        """`reopen(window, language)` builds a fresh window on the office opened again (after
        a restore, or to change language); without it those changes wait for a restart."""
        super().__init__(parent)
        self.office = office
        self._reopen = reopen
        self.changes = ChangeBroadcaster(office.session_factory, self)  # before any page
        self._workspaces = workspaces(office, self) if workspaces else {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(WORKER_THREADS)
        self._tasks = TaskRunner(self, pool=self._pool)
        self.lists = SectionLists(self, office.session_factory, self._tasks, self.changes)
        self._started = False

        self.setWindowTitle(self.tr("MentorOffice"))
        self.resize(1200, 760)
        self.sections = Sections(self.lists, section_texts(self._counts()), self._workspaces)
        self.nav, self.stack = self.sections.nav, self.sections.stack
        self.pages, self.containers = self.sections.pages, self.sections.containers
        self.setCentralWidget(self.sections)
        self._build_menus()
        self._build_status_bar()
        self.nav.currentRowChanged.connect(self._on_section_changed)
        self.care = attach_care(self, office.database, self._tasks, self.show_backups)
        self.window_memory = remember_window(self)  # size, place and section, per user

    # --- sections ----------------------------------------------------------------------

    def _counts(self) -> dict[str, Callable[[int], str]]:
        """Each list's count in the window's plural forms (lupdate reads them only here)."""
        return {"facilities": lambda n: self.tr("%Ln facilities", "", n),
                "people": lambda n: self.tr("%Ln people", "", n),
                "visits": lambda n: self.tr("%Ln visits", "", n),
                "assessments": lambda n: self.tr("%Ln assessments", "", n),
                "qi": lambda n: self.tr("%Ln QI projects", "", n),
                "indicators": lambda n: self.tr("%Ln indicator values", "", n),
                "reports": lambda n: self.tr("%Ln validations", "", n)}

    # --- menus, status bar, keyboard ---------------------------------------------------

    def can_reopen(self) -> bool:
        return self._reopen is not None

    def request_reopen(self, language: str = "") -> None:
        """Open the office again in a new window once the current event is handled (the
        caller, e.g. the backups page, is part of this window and still running)."""
        reopen = self._reopen
        if reopen is not None:
            QTimer.singleShot(0, self, lambda: reopen(self, language))

    def current_tab(self) -> int:
        return self.sections.current_tab()

    def show_tab(self, section: str, index: int) -> None:
        self.sections.show_tab(section, index)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.users_action, self.sign_out_action = session_actions(
            self, self.office.session_factory, self.show_users)
        file_menu.addAction(self.users_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, *self._quit_shortcuts())
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.section_actions = QActionGroup(self)
        self.section_actions.setExclusive(True)
        for number, section in enumerate(section_names(), start=1):
            action = QAction(self.pages[section].texts.title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setData(section)
            action.triggered.connect(partial(self.show_section, section))
            self.section_actions.addAction(action)
            view_menu.addAction(action)
        self.section_actions.actions()[0].setChecked(True)
        view_menu.addSeparator()
        self.find_action = self._action(self.tr("&Search"), self.focus_search,
                                        QKeySequence(QKeySequence.StandardKey.Find))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh,
                                           QKeySequence(QKeySequence.StandardKey.Refresh))
        view_menu.addActions([self.find_action, self.refresh_action])
        view_menu.addSeparator()
        self.language_actions = language_actions(
            self, view_menu.addMenu(self.tr("&Language")), self.can_reopen, self.request_reopen)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(user_guide_action(self))  # F1: the guide's page for the section
        help_menu.addSeparator()
        help_menu.addActions(about_actions(self, self.office.database))

    def _action(self, text: str, slot: Callable[[], object], *keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(list(keys))
        action.triggered.connect(slot)
        return action

    @staticmethod
    def _quit_shortcuts() -> list[QKeySequence]:
        """The platform's Quit keys; Windows has none, so Ctrl+Q there (Alt+F4 also works)."""
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        return keys or [QKeySequence("Ctrl+Q")]

    def _build_status_bar(self) -> None:
        location = self.office.database.display_location()
        self.location_label = QLabel(self.tr("Database: {location}").format(location=location))
        self.location_label.setObjectName("databaseLocation")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setToolTip(location)
        self.statusBar().addPermanentWidget(self.location_label, 1)
        self.user_label = signed_in_label(self, self.office.session_factory)
        self.statusBar().addPermanentWidget(self.user_label)

    # --- actions -----------------------------------------------------------------------

    def current_section(self) -> str:
        return self.sections.current_section()

    def current_page(self) -> SectionPage:
        return self.pages[self.current_section()]

    def show_section(self, section: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(section))

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        section = list(self.pages)[row]
        page = self.pages[section]
        self.stack.setCurrentWidget(self.containers[section])
        for action in self.section_actions.actions():
            if action.data() == section:
                action.setChecked(True)
        if self._started and page.isVisible():  # the record list is the shown tab
            page.activate()

    def focus_search(self) -> None:
        self.current_page().focus_search()

    def refresh(self) -> None:
        self.current_page().refresh()

    def is_busy(self) -> bool:
        """Whether any page of the window still waits for work on a worker thread."""
        return any(runner.busy() for runner in self.findChildren(TaskRunner))

    # --- working pages ------------------------------------------------------------------

    def show_users(self) -> None:
        self.show_working_page("users")

    def show_working_page(self, name: str) -> bool:
        """Bring the working page of that object name to the front (built if it was not);
        False when the window has none (e.g. a role without it)."""
        place = self.sections.working_page(name)
        if place is not None:
            self.show_tab(*place)
        return place is not None

    def show_backups(self) -> None:
        self.show_working_page("backups")

    # --- window events -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            if self.care is not None:
                self.care.start()
            # The window paints first; the record list, when it is what shows, is asked for
            # once the loop runs. A working page shown instead loads itself when built.
            QTimer.singleShot(0, self, self._activate_shown_list)

    def _activate_shown_list(self) -> None:
        page = self.current_page()
        if page.isVisible():
            page.activate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let running queries finish: the office's database closes after the window."""
        self._tasks.cancel_all()
        self._pool.waitForDone(CLOSE_WAIT_MS)
        if self.care is not None:
            # Closing the pool's connections first checkpoints the log into the file: the
            # copy is then of a settled file that closing the office will not touch again.
            self.office.database.dispose()
            self.care.back_up_on_close()
        super().closeEvent(event)
