"""The main window: a list of the office's sections on the left, the chosen section's list
on the right, each with its own search box and a table that loads more rows as it scrolls.

Lists come from `mentoroffice.browse` (the domain layer) on a worker thread; each worker
opens its own session through `browse.fetch_page`, so no session crosses threads and the
window never holds one. The window is shown first; the current section's first page is
requested once the event loop runs, and a section loads the first time it is opened.
"""

from __future__ import annotations

import datetime as dt
import html
import platform
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
    QThreadPool,
    QTimer,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from .. import __version__
from ..browse import Page, fetch_page, section_names
from ..core.access import ROLE_LABELS, Permission, actor_of
from ..core.changes import Kind
from ..core.writes import record_event
from .access import allow
from .care import DatabaseCare
from .changes import ChangeBroadcaster
from .exchange.export import export_view
from .help import user_guide_action
from .section_page import SectionPage, SectionTexts
from .stored_values import export_value, value_labels
from .table_model import PagedTableModel, PageLike, is_number
from .tasks import Task, TaskRunner
from .translation import LANGUAGES, choose_language, save_language
from .window_state import remember_window

if TYPE_CHECKING:
    from ..office import Office

PAGE_SIZE = 200
WORKER_THREADS = 2
CLOSE_WAIT_MS = 10_000
EXPORT_LIMIT = 1_048_575  # an Excel sheet's rows, less the header


SECTION_SHOWS = {  # the kinds of records each section's list shows
    "facilities": {Kind.FACILITY},
    "people": {Kind.PERSON, Kind.FACILITY},
    "visits": {Kind.VISIT, Kind.FACILITY},
    "assessments": {Kind.ASSESSMENT, Kind.PERSON, Kind.FACILITY, Kind.FORM},
    "qi": {Kind.QI, Kind.FACILITY},
    "indicators": {Kind.INDICATOR, Kind.FACILITY},
    "reports": {Kind.ASSESSMENT, Kind.PERSON, Kind.FACILITY},
}


def first_lines(texts: list[str], count: int = 5) -> str:
    lines = "\n".join(texts).splitlines()
    return "\n".join(lines[:count] + (["…"] if len(lines) > count else []))


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
        self._value_labels = value_labels()
        self._started = False

        self.setWindowTitle(self.tr("MentorOffice"))
        self.resize(1200, 760)
        self.pages: dict[str, SectionPage] = {}
        self.containers: dict[str, QWidget] = {}
        self._build_sections()
        self._build_menus()
        self._build_status_bar()
        self._set_tab_order()
        self.nav.currentRowChanged.connect(self._on_section_changed)
        self.care = self._make_care()
        self.window_memory = remember_window(self)  # size, place and section, per user

    # --- sections ----------------------------------------------------------------------

    def _section_texts(self) -> dict[str, SectionTexts]:
        return {
            "facilities": SectionTexts(
                self.tr("Facilities"),
                self.tr("The hierarchy from country to health post, each unit with the one "
                        "it belongs to."),
                self.tr("Name, code or parent"),
                lambda n: self.tr("%Ln facilities", "", n)),
            "people": SectionTexts(
                self.tr("People"),
                self.tr("Staff, mentors, mentees and community health workers, with where "
                        "they work now."),
                self.tr("Name, staff code, phone or facility"),
                lambda n: self.tr("%Ln people", "", n)),
            "visits": SectionTexts(
                self.tr("Visits"),
                self.tr("Mentorship and supervision visits, latest first."),
                self.tr("Facility, type or status"),
                lambda n: self.tr("%Ln visits", "", n)),
            "assessments": SectionTexts(
                self.tr("Assessments"),
                self.tr("Checklist scores of mentees and facility assessments, latest first."),
                self.tr("Mentee, checklist or facility"),
                lambda n: self.tr("%Ln assessments", "", n)),
            "qi": SectionTexts(
                self.tr("QI"),
                self.tr("Quality improvement projects, latest started first."),
                self.tr("Title, facility or status"),
                lambda n: self.tr("%Ln QI projects", "", n)),
            "indicators": SectionTexts(
                self.tr("Indicators"),
                self.tr("Monthly facility outcome indicators: numerator, denominator and "
                        "percentage, latest month first."),
                self.tr("Facility or indicator"),
                lambda n: self.tr("%Ln indicator values", "", n)),
            "reports": SectionTexts(
                self.tr("Reports"),
                self.tr("Validations, which the reports count: mentees who scored at least "
                        "85% on a post-mentorship assessment with every critical step done."),
                self.tr("Mentee, competency or facility"),
                lambda n: self.tr("%Ln validations", "", n)),
        }

    def column_label(self, section: str, column: str) -> str:
        """The header of a column id, as people read it."""
        if section == "reports" and column == "form_code":
            return self.tr("Code")
        labels = {
            "code": self.tr("Code"), "name": self.tr("Name"), "level": self.tr("Level"),
            "parent": self.tr("Part of"), "active": self.tr("Active"), "sex": self.tr("Sex"),
            "cadre": self.tr("Cadre"), "facility": self.tr("Facility"),
            "role": self.tr("Role"), "phone": self.tr("Phone"),
            "planned_start": self.tr("Planned start"), "kind": self.tr("Type"),
            "status": self.tr("Status"), "mentors": self.tr("Mentors"),
            "assessed_on": self.tr("Date"), "mentee": self.tr("Mentee"),
            "form_code": self.tr("Checklist"), "score_pct": self.tr("Score %"),
            "title": self.tr("Title"), "started_on": self.tr("Started"),
            "month": self.tr("Month"), "indicator": self.tr("Indicator"),
            "numerator": self.tr("Numerator"), "denominator": self.tr("Denominator"),
            "percent": self.tr("%"), "validated_on": self.tr("Validated on"),
            "competency": self.tr("Competency"),
        }
        return labels.get(column, column.replace("_", " ").capitalize())

    def cell_text(self, column: str, value: Any) -> str:
        """A stored value as people read it: labels for codes, dates and numbers localised."""
        value = export_value(column, value, self._value_labels, self._yes_no())
        if value is None:
            return ""
        locale = QLocale()
        if isinstance(value, dt.date):
            date = QDate(value.year, value.month, value.day)
            return locale.toString(date, "MMM yyyy" if column == "month" else "d MMM yyyy")
        if isinstance(value, float):
            return locale.toString(value, "f", 1)
        if is_number(value):
            return locale.toString(int(value))
        return str(value)

    def _build_sections(self) -> None:
        texts = self._section_texts()
        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setUniformItemSizes(True)
        self.nav.setStyleSheet("QListWidget#sections::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        for number, section in enumerate(section_names(), start=1):
            page = SectionPage(section, texts[section], self._make_model(section),
                               self._load_page, export=self.export_section)
            allow(page.export_button, actor_of(self.office.session_factory), Permission.EXPORT)
            self.changes.watch(page, SECTION_SHOWS[section], page.reload)
            self.pages[section] = page
            self.containers[section] = self._container(section, page)
            self.stack.addWidget(self.containers[section])
            item = QListWidgetItem(texts[section].title)
            item.setToolTip(self.tr("{title} (Alt+{number})").format(
                title=texts[section].title, number=number))
            item.setData(Qt.ItemDataRole.UserRole, section)
            self.nav.addItem(item)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 48)
        self.nav.setMaximumWidth(260)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1000])
        self.setCentralWidget(splitter)
        self.nav.setCurrentRow(0)

    def _container(self, section: str, page: SectionPage) -> QWidget:
        """The section's working pages as tabs, its record list last; or the list alone."""
        working = self._workspaces.get(section)
        if not working:
            return page
        tabs = QTabWidget()
        tabs.setObjectName(f"tabs_{section}")
        tabs.setDocumentMode(True)
        for title, widget in working:
            tabs.addTab(widget, title)
        tabs.addTab(page, self.tr("All records"))
        return tabs

    def _make_model(self, section: str) -> PagedTableModel:
        return PagedTableModel(
            runner=self._run_in_worker,
            page_size=PAGE_SIZE,
            header_label=partial(self.column_label, section),
            cell_text=self.cell_text,
            parent=self,
        )

    def _load_page(self, section: str, search: str, offset: int, limit: int) -> Page:
        """Runs on a worker thread: a session of its own, opened and closed by fetch_page."""
        return fetch_page(self.office.session_factory, section, search, offset, limit)

    def _yes_no(self) -> tuple[str, str]:
        return self.tr("Yes"), self.tr("No")

    def export_section(self, page: SectionPage) -> Task | None:
        """Save the section's whole list, as searched, where the person chooses: codes as
        their labels, numbers and dates as numbers and dates (Excel sorts and sums them)."""
        columns = page.model.columns
        headers = [self.column_label(page.section, column) for column in columns]
        search, session_factory = page.current_search() or "", self.office.session_factory
        labels, yes_no = self._value_labels, self._yes_no()

        def rows() -> list[list[Any]]:  # on the worker thread
            whole = fetch_page(session_factory, page.section, search, 0, EXPORT_LIMIT)
            return [[export_value(column, value, labels, yes_no)
                     for column, value in zip(whole.columns, row, strict=True)]
                    for row in whole.rows]

        name = f"{page.texts.title} {dt.date.today().isoformat()}.xlsx"

        def record(path: Path, count: int) -> None:  # on the worker thread
            record_event(session_factory, Permission.EXPORT, "export", page.section,
                         file=path.name, rows=count, search=search)

        return export_view(self, headers, rows, name, record=record)

    def _run_in_worker(self, load: Callable[[], PageLike], on_page: Callable[[PageLike], None],
                       on_error: Callable[[BaseException], None]) -> None:
        self._tasks.start(lambda _context: load(), on_page, on_error)

    # --- menus, status bar, keyboard ---------------------------------------------------

    def _build_language_menu(self, menu: QMenu) -> None:
        self.language_actions = QActionGroup(self)
        current = choose_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.setData(code)
            action.triggered.connect(partial(self.choose_language, code))
            self.language_actions.addAction(action)
            menu.addAction(action)

    def choose_language(self, code: str) -> None:
        """Saved for the next start, and applied now by opening the window again when it can
        be: every window's texts are built in one language."""
        save_language(code)
        if self.can_reopen():
            self.request_reopen(code)
            return
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "MentorOffice will use {language} the next time it starts.").format(
                language=LANGUAGES[code]))

    def can_reopen(self) -> bool:
        return self._reopen is not None

    def request_reopen(self, language: str = "") -> None:
        """Open the office again in a new window once the current event is handled (the
        caller, e.g. the backups page, is part of this window and still running)."""
        reopen = self._reopen
        if reopen is not None:
            QTimer.singleShot(0, self, lambda: reopen(self, language))

    def current_tab(self) -> int:
        container = self.containers[self.current_section()]
        return container.currentIndex() if isinstance(container, QTabWidget) else 0

    def show_tab(self, section: str, index: int) -> None:
        self.show_section(section)
        container = self.containers[section]
        if isinstance(container, QTabWidget):
            container.setCurrentIndex(index)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        actor = actor_of(self.office.session_factory)
        self.users_action = QAction(self.tr("&Users…"), self)
        self.users_action.triggered.connect(self.show_users)
        self.users_action.setVisible(actor is not None and actor.may(Permission.USERS))
        file_menu.addAction(self.users_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setStatusTip(self.tr("Hide the window until you sign in again "
                                                  "with your password"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.sign_out_action.setEnabled(actor is not None and actor.user_id is not None)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(self._quit_shortcuts())
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
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
        self.find_action = QAction(self.tr("&Search"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        view_menu.addAction(self.find_action)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu.addMenu(self.tr("&Language")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(user_guide_action(self))  # F1: the guide's page for the section
        help_menu.addSeparator()
        about = QAction(self.tr("&About MentorOffice"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

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
        actor = actor_of(self.office.session_factory)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("signedIn")
        if actor is not None:
            self.user_label.setText(self.tr("Signed in: {user} ({role})").format(
                user=actor.username, role=QApplication.translate("Rules",
                                                                 ROLE_LABELS[actor.role])))
        self.statusBar().addPermanentWidget(self.user_label)

    def _set_tab_order(self) -> None:
        previous: QWidget = self.nav
        for page in self.pages.values():  # hidden pages are skipped by Tab
            QWidget.setTabOrder(previous, page.search_box)
            QWidget.setTabOrder(page.search_box, page.table)
            previous = page.table

    # --- actions -----------------------------------------------------------------------

    def current_section(self) -> str:
        current = self.stack.currentWidget()
        return next(section for section, widget in self.containers.items() if widget is current)

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

    def about_text(self) -> str:
        location = html.escape(self.office.database.display_location())
        return self.tr(
            "<h3>MentorOffice {version}</h3>"
            "<p>The clinical mentorship office's registry of facilities, mentors and mentees, "
            "its visits, assessments, quality improvement and reports.</p>"
            "<p><b>Database:</b> {location}</p>"
            "<p>Qt {qt} · PySide6 {pyside} · Python {python}</p>"
        ).format(version=__version__, location=location, qt=qVersion(),
                 pyside=PySide6.__version__, python=platform.python_version())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About MentorOffice"), self.about_text())

    def is_busy(self) -> bool:
        """Whether any page of the window still waits for work on a worker thread."""
        return any(runner.busy() for runner in self.findChildren(TaskRunner))

    # --- looking after the database -----------------------------------------------------

    def _make_care(self) -> DatabaseCare | None:
        database = self.office.database
        if database.sqlite_path is None or database.backup_dir is None:
            return None
        care = DatabaseCare(database.sqlite_path, database.backup_dir, self._tasks, self)
        care.problems_found.connect(self.offer_backups)
        care.backed_up.connect(lambda backup: self.statusBar().showMessage(self.tr(
            "Backed up automatically at {time}.").format(
                time=backup.created.strftime("%H:%M")), 10_000))
        care.backup_failed.connect(lambda reason: self.statusBar().showMessage(self.tr(
            "The automatic backup failed: {reason}").format(reason=reason)))
        return care

    def offer_backups(self, problems: list[str]) -> None:
        """The opening check found damage: say so, and offer the backups to restore one."""
        answer = QMessageBox.warning(
            self, self.tr("The database is damaged"),
            self.tr("SQLite's check of the office database found problems:\n\n{problems}\n\n"
                    "Work saved since the last backup may be affected. Open the list of "
                    "backups to restore one?").format(problems=first_lines(problems)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.show_backups()

    def show_users(self) -> None:
        self.show_working_page("users")

    def show_working_page(self, name: str) -> bool:
        """Bring the working page of that object name to the front (built if it was not);
        False when the window has none (e.g. a role without it)."""
        for section, container in self.containers.items():
            if not isinstance(container, QTabWidget):
                continue
            for index in range(container.count()):
                if container.widget(index).objectName() == name:
                    self.show_tab(section, index)
                    return True
        return False

    def sign_out(self) -> None:
        """Lock the window behind the sign-in of the same user (the idle lock's)."""
        lock = getattr(self, "idle_lock", None)
        if lock is not None and not lock.locked:
            lock.lock()

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
