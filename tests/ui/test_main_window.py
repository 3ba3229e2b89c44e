"""The main window driven as a person would: sections, search box, scrolling, keys, menus.
Dialogs are patched, never shown; lists load on worker threads, so tests wait for them."""

from __future__ import annotations

import logging
import platform
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browse_rows import add_browse_rows, add_people
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from mentoroffice import __version__
from mentoroffice.browse import Page, section_names
from mentoroffice.office import Office
from mentoroffice.ui import app as gui_app
from mentoroffice.ui import window_language, window_lists
from mentoroffice.ui.main_window import MainWindow, SectionPage
from mentoroffice.ui.table_model import PagedTableModel

LOAD_TIMEOUT_MS = 10_000


def open_window(qtbot: QtBot, office: Office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, office: Office, session: Session) -> Iterator[MainWindow]:
    """GIVEN a few rows in every section's tables, the window on them."""
    add_browse_rows(session)
    shown = open_window(qtbot, office)
    yield shown
    shown.close()  # waits for running queries before the database is closed


def loaded(qtbot, page: SectionPage, total: int | None = None) -> None:
    """Wait until the page's list arrived (and has total rows, when given)."""
    def ready() -> bool:
        model = page.model
        return (model.total is not None and not model.is_loading()
                and (total is None or model.total == total))
    qtbot.waitUntil(ready, timeout=LOAD_TIMEOUT_MS)


def cell(page: SectionPage, row: int, column: str) -> str:
    model = page.model
    return model.index(row, model.columns.index(column)).data()


def header(page: SectionPage, column: str) -> str:
    model = page.model
    return model.headerData(model.columns.index(column), Qt.Orientation.Horizontal)


# --- showing each section -------------------------------------------------------------------


def test_the_window_shows_before_it_loads(qtbot: QtBot, office: Office) -> None:
    window = MainWindow(office)
    qtbot.addWidget(window)
    assert all(page.model.total is None for page in window.pages.values())
    window.show()
    loaded(qtbot, window.pages["facilities"])
    # only the section on screen loaded
    assert window.pages["people"].model.total is None
    window.close()


EXPECTED_FIRST_ROWS = {
    # section: (rows, column, text of that column in the first row, its header)
    "facilities": (6, "name", "Rwanda", "Name"),
    "people": (4, "name", "Habimana Jean Bosco", "Name"),
    "visits": (2, "facility", "Rémera Health Center", "Facility"),
    "assessments": (2, "mentee", "Ngabonziza Émilienne", "Mentee"),
    "qi": (2, "title", "Fewer newborns admitted cold", "Title"),
    "indicators": (3, "indicator", "Newborns admitted with hypothermia", "Indicator"),
    "reports": (1, "mentee", "Ngabonziza Émilienne", "Mentee"),
}


@pytest.mark.parametrize("section", section_names())
def test_each_section_shows_its_rows(qtbot: QtBot, window: MainWindow, section: str) -> None:
    rows, column, text, label = EXPECTED_FIRST_ROWS[section]
    row = section_names().index(section)
    window.nav.setCurrentRow(row)
    page = window.pages[section]
    assert window.stack.currentWidget() is page
    loaded(qtbot, page)
    assert page.model.rowCount() == rows
    assert cell(page, 0, column) == text
    assert header(page, column) == label
    assert str(rows) in page.count_label.text()


def test_stored_codes_are_shown_as_words(qtbot: QtBot, window: MainWindow) -> None:
    window.show_section("people")
    people = window.pages["people"]
    loaded(qtbot, people)
    emilienne = next(r for r in range(people.model.rowCount())
                     if cell(people, r, "name") == "Ngabonziza Émilienne")
    assert cell(people, emilienne, "cadre") == "Midwife"
    assert cell(people, emilienne, "role") == "QI team"
    assert cell(people, emilienne, "sex") == "Female"
    assert header(people, "role") == "Role"

    window.show_section("assessments")
    assessments = window.pages["assessments"]
    loaded(qtbot, assessments)
    assert cell(assessments, 0, "kind") == "Post-mentorship"
    assert cell(assessments, 0, "score_pct") == QLocale().toString(90.0, "f", 1)
    assert header(assessments, "score_pct") == "Score %"
    align = assessments.model.index(0, assessments.model.columns.index("score_pct")).data(
        Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)

    window.show_section("indicators")
    indicators = window.pages["indicators"]
    loaded(qtbot, indicators)
    assert cell(indicators, 1, "percent") == ""  # 0 / 0


# --- search ---------------------------------------------------------------------------------


def test_typing_in_the_search_box_filters_after_a_pause(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    window.show_section("people")
    page = window.pages["people"]
    loaded(qtbot, page, total=4)

    qtbot.keyClicks(page.search_box, "emilienne")
    # WHEN still typing, nothing is asked yet: one query for the whole word, not one a key
    assert page.search_timer.isActive()
    assert page.current_search() == ""

    loaded(qtbot, page, total=1)
    assert page.current_search() == "emilienne"
    assert cell(page, 0, "name") == "Ngabonziza Émilienne"
    assert "1" in page.count_label.text()

    page.search_box.clear()
    loaded(qtbot, page, total=4)


def test_enter_searches_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.show_section("facilities")
    page = window.pages["facilities"]
    loaded(qtbot, page, total=6)
    page.search_box.setText("RÉMERA")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert not page.search_timer.isActive()
    loaded(qtbot, page, total=1)
    assert cell(page, 0, "name") == "Rémera Health Center"


# --- paging ---------------------------------------------------------------------------------


def test_scrolling_fetches_the_next_pages(qtbot: QtBot, office: Office,
                                          session: Session) -> None:
    add_people(session, 450)
    window = open_window(qtbot, office)
    window.show_section("people")
    page = window.pages["people"]
    loaded(qtbot, page, total=450)
    assert page.model.rowCount() == 200
    assert "450" in page.count_label.text()
    assert page.model.canFetchMore()

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=LOAD_TIMEOUT_MS)
    loaded(qtbot, page)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 450, timeout=LOAD_TIMEOUT_MS)
    loaded(qtbot, page)
    assert not page.model.canFetchMore()
    assert cell(page, 449, "name") == "Person0449 Number0449"
    assert "450" in page.count_label.text()
    window.close()


# --- status bar, menus, keyboard ------------------------------------------------------------


def test_the_status_bar_shows_the_database_location(window: MainWindow,
                                                    office: Office) -> None:
    location = office.database.display_location()
    assert location in window.location_label.text()
    assert window.location_label in window.statusBar().findChildren(type(window.location_label))


def menu_action(window: MainWindow, menu_title: str, action_title: str) -> QAction:
    for menu_action_ in window.menuBar().actions():
        if menu_action_.text().replace("&", "") == menu_title:
            for action in menu_action_.menu().actions():
                if action.text().replace("&", "") == action_title:
                    return action
    raise AssertionError(f"no {menu_title} → {action_title}")


def test_about_names_version_database_and_versions(window: MainWindow, office: Office,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about",
                        lambda parent, title, text: shown.append((title, text)))
    menu_action(window, "Help", "About MentorOffice").trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "About MentorOffice"
    for expected in (__version__, office.database.display_location(), qVersion(),
                     platform.python_version()):
        assert expected in text


def test_quit_has_a_shortcut_and_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    action = menu_action(window, "File", "Quit")
    assert not action.shortcut().isEmpty()
    action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_alt_numbers_switch_sections_and_ctrl_f_searches(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, section in enumerate(section_names(), start=1):
        key = Qt.Key(Qt.Key.Key_0 + number)
        qtbot.keyClick(window.nav, key, Qt.KeyboardModifier.AltModifier)
        assert window.current_section() == section
        assert window.nav.currentRow() == number - 1
    loaded(qtbot, window.pages["reports"])

    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pages["people"].search_box


def test_tab_goes_from_sections_to_search_to_table(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section("visits")
    page = window.pages["visits"]
    loaded(qtbot, page)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.search_box
    qtbot.keyClick(page.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
    # Down from the search box goes into the list too
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == 0


def test_user_visible_texts_go_through_tr() -> None:
    """No widget text is set from a bare string literal in the window's code."""
    source = (Path(gui_app.__file__).parent / "main_window.py").read_text(encoding="utf-8")
    for call in ("QLabel(\"", "QAction(\"", "setText(\"", "setWindowTitle(\"",
                 "addMenu(\"", "setPlaceholderText(\""):
        assert call not in source


# --- the model on its own -------------------------------------------------------------------


def pages_of(rows: list[tuple[Any, ...]]) -> Callable[[int, int], Page]:
    return lambda offset, limit: Page(("n",), rows[offset:offset + limit], len(rows))


def test_the_model_fetches_pages_until_the_total(qtbot: QtBot) -> None:
    model = PagedTableModel(pages_of([(n,) for n in range(25)]), page_size=10)
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.reload()
    assert model.rowCount() == 10 and model.total == 25 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert model.index(24, 0).data() == "24"
    assert model.index(24, 0).data(Qt.ItemDataRole.UserRole) == 24


def test_a_late_page_of_an_old_search_is_dropped(qtbot: QtBot) -> None:
    pending: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def later(load: Callable[[], Any], on_page: Callable[[Any], None],
              _on_error: object) -> None:
        pending.append((load, on_page))

    model = PagedTableModel(runner=later)
    model.set_loader(pages_of([("old",)]))
    model.set_loader(pages_of([("new",), ("newer",)]))
    for load, on_page in reversed(pending):  # the newer answer arrives first
        on_page(load())
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["new", "newer"]


def test_a_failed_load_is_reported_and_not_retried(qtbot: QtBot) -> None:
    def broken(_offset: int, _limit: int) -> Page:
        raise RuntimeError("The PostgreSQL server cannot be reached.")

    model = PagedTableModel(broken)
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.reload()
    assert failed.args == ["The PostgreSQL server cannot be reached."]
    assert not model.canFetchMore()


# --- start-up -------------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log goes to a folder of the test's; the app's locale change is undone."""
    folder = tmp_path / "data" / "nested"
    monkeypatch.setenv("MENTOROFFICE_DATA_DIR", str(folder))
    locale = QLocale()
    yield folder
    QLocale.setDefault(locale)


def not_an_office_database(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    return f"sqlite:///{path}"


@pytest.mark.parametrize("url_of", [
    not_an_office_database,
    lambda _path: "sqlite:///\\\\server\\share\\office.sqlite",
], ids=["not an office database", "network share"])
def test_a_database_that_cannot_be_opened_is_explained_and_exits_2(
        qtbot: QtBot, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        url_of: Callable[[Path], str]) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *rest: shown.append(text))
    hook_before = sys.excepthook

    code = gui_app.run_gui(url_of(tmp_path / "other.sqlite"))

    assert code == 2
    assert len(shown) == 1 and "cannot open the office database" in shown[0]
    assert sys.excepthook is hook_before  # run_gui puts it back
    log_text = (data_dir / "mentoroffice.log").read_text(encoding="utf-8")
    assert "Cannot open the database" in log_text
    app = QApplication.instance()
    assert app.applicationName() == "MentorOffice"
    assert app.organizationName() == "MentorOffice"
    assert not app.windowIcon().isNull()


def test_run_gui_shows_the_main_window_and_closes_the_office(
        qtbot: QtBot, office_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[MainWindow] = []

    def fake_exec(*_args: object) -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for w in windows:  # the first section's working page is shown, built and loaded
            shown = w.containers["facilities"].currentWidget()
            qtbot.waitUntil(lambda shown=shown, w=w: shown.is_built() and not w.is_busy(),
                            timeout=LOAD_TIMEOUT_MS)
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert gui_app.run_gui(office_url, demo=True) == 0  # the demo signs in on its own
    assert len(seen) == 1
    assert seen[0].windowTitle() == "MentorOffice"


def test_unexpected_errors_are_logged_then_shown_once(qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    reporter = gui_app.ErrorReporter(tmp_path / "mentoroffice.log")
    dialogs: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        # what was logged comes first: the dialog opens after the log line
        assert "first failure" in caplog.text
        dialogs.append((box.text(), box.detailedText()))
        # an error while the dialog is open is logged, not shown in a second dialog
        try:
            raise ValueError("second failure")
        except ValueError:
            reporter(*sys.exc_info())  # type: ignore[arg-type]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    with caplog.at_level(logging.CRITICAL):
        try:
            raise RuntimeError("first failure")
        except RuntimeError:
            reporter(*sys.exc_info())  # type: ignore[arg-type]

    assert len(dialogs) == 1
    text, details = dialogs[0]
    assert "RuntimeError: first failure" in text
    assert str(tmp_path / "mentoroffice.log") in text
    assert "Traceback" in details and "first failure" in details
    assert "second failure" in caplog.text
    # and the next error, once the dialog is closed, is shown again
    try:
        raise KeyError("third")
    except KeyError:
        reporter(*sys.exc_info())  # type: ignore[arg-type]
    assert len(dialogs) == 2


def test_the_log_folder_is_created_and_the_handler_added_once(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    handler = gui_app.setup_logging(folder)
    try:
        assert handler is not None and folder.is_dir()
        assert gui_app.setup_logging(folder) is handler
        logging.getLogger("mentoroffice.test").warning("hello log")
        handler.flush()
        assert "hello log" in (folder / "mentoroffice.log").read_text(encoding="utf-8")
    finally:
        gui_app.remove_logging(handler)


def test_a_list_that_cannot_load_says_why_and_f5_tries_again(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.pages["facilities"]
    loaded(qtbot, page)
    answers: list[Exception | None] = [RuntimeError("The server went away."), None]
    real_fetch = window_lists.fetch_page

    def flaky(*args: Any) -> Page:
        problem = answers.pop(0)
        if problem is not None:
            raise problem
        return real_fetch(*args)

    monkeypatch.setattr(window_lists, "fetch_page", flaky)  # the lists load through it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(page.model.loadFailed, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window.nav, Qt.Key.Key_F5)
    assert page.error_label.isVisible()
    assert "The server went away." in page.error_label.text()

    qtbot.keyClick(window.nav, Qt.Key.Key_F5)
    loaded(qtbot, page, total=6)
    assert not page.error_label.isVisible()


# --- opening the office again: after a restore, to change language -------------------------


@pytest.fixture
def office_window(qtbot: QtBot, office_url: str, data_dir: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[gui_app.OfficeWindow]:
    monkeypatch.setattr(window_language, "save_language", lambda code: None)
    app = QApplication.instance()
    keeper = gui_app.OfficeWindow(app, office_url, "en", demo=True)
    assert keeper.open() == 0
    yield keeper
    if keeper.window is not None:
        keeper.window.close()
    keeper.close()
    keeper._use_language("en")


def reopened_window(qtbot: QtBot, keeper: gui_app.OfficeWindow, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: keeper.window is not old and keeper.window.isVisible())
    assert keeper.window is not None and not old.isVisible()
    return keeper.window


def test_after_a_restore_the_window_opens_again_on_the_same_tab(
        qtbot: QtBot, office_window: gui_app.OfficeWindow) -> None:
    old = office_window.window
    assert old is not None and old.can_reopen()
    old.show_tab("reports", 2)  # Reports, Data in and out, Backups...
    tab_title = old.containers["reports"].tabText(2)

    old.request_reopen()  # what the backups page calls once a backup is restored

    window = reopened_window(qtbot, office_window, old)
    assert window.current_section() == "reports" and window.current_tab() == 2
    assert window.containers["reports"].tabText(2) == tab_title
    assert window.statusBar().currentMessage() == "The office database was opened again."
    assert window.office is not old.office and old.office.database.engine.pool.checkedout() == 0
    window.show_tab("reports", window.containers["reports"].count() - 1)  # "All records"
    loaded(qtbot, window.pages["reports"])  # the section's list reads the reopened database


def test_choosing_a_language_reopens_the_window_in_it(
        qtbot: QtBot, office_window: gui_app.OfficeWindow) -> None:
    old = office_window.window
    assert old is not None
    french = next(action for action in old.language_actions.actions()
                  if action.data() == "fr")
    french.trigger()

    window = reopened_window(qtbot, office_window, old)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in menus
    assert window.statusBar().currentMessage() == ""


# --- exporting a section's list -------------------------------------------------------------


def test_a_list_is_exported_whole_as_searched_with_codes_as_words(
        qtbot: QtBot, window: MainWindow, session: Session, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    add_people(session, 450)  # more than one page of the list: all are exported, not 200
    target = tmp_path / "people.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "Excel workbook (*.xlsx)"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *r: said.append(text))
    window.show_section("people")
    people = window.pages["people"]
    assert not people.export_button.isEnabled()  # nothing to export before the list arrives
    loaded(qtbot, people, total=454)
    assert people.model.rowCount() < 454

    qtbot.mouseClick(people.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=LOAD_TIMEOUT_MS)

    assert len(said) == 1 and said[0].startswith(f"454 rows saved to {target}.\n\n")
    assert "personal data of health workers" in said[0]
    from mentoroffice.data.models import AuditEntry
    [export] = session.query(AuditEntry).filter_by(action="export").all()
    assert (export.username, export.table_name) == ("system", "people")
    assert '"rows": 454' in export.detail and '"file": "people.xlsx"' in export.detail
    sheet = openpyxl.load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = list(rows[0])
    assert headers == [header(people, column) for column in people.model.columns]
    assert len(rows) == 1 + 454
    emilienne = next(row for row in rows if row[headers.index("Name")] == "Ngabonziza Émilienne")
    assert emilienne[headers.index("Cadre")] == "Midwife"
    assert emilienne[headers.index("Sex")] == "Female"

    # a searched list exports what the search found, nothing else
    said.clear()
    people.search_box.setText("émilienne")
    qtbot.keyClick(people.search_box, Qt.Key.Key_Return)
    loaded(qtbot, people, total=1)
    qtbot.mouseClick(people.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=LOAD_TIMEOUT_MS)
    rows = list(openpyxl.load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert len(said) == 1 and said[0].startswith(f"1 rows saved to {target}.\n\n")
    assert len(rows) == 2


# --- fitting the office's screens -----------------------------------------------------------

COMMON_LAPTOP_WIDTH = 1366  # the narrowest screen of the office's PCs, less nothing
WINDOW_FRAME = 16


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_window_fits_a_laptop_screen_in_every_language(
        qtbot: QtBot, office: Office, language: str) -> None:
    from mentoroffice.ui.translation import install_translators
    from mentoroffice.ui.workspaces import build_workspaces

    app = QApplication.instance()
    locale = QLocale()
    translators = install_translators(app, language)
    try:
        window = MainWindow(office, workspaces=build_workspaces)
        qtbot.addWidget(window)
        window.show()
        for section, container in window.containers.items():  # every page built (when shown)
            for index in range(container.count() if isinstance(container, QTabWidget) else 0):
                window.show_tab(section, index)
        window.show_section("facilities")
        # every page counts (the stack is as wide as its widest page), shown or not
        assert window.minimumSizeHint().width() + WINDOW_FRAME <= COMMON_LAPTOP_WIDTH
        if language != "en":
            assert window.menuBar().actions()[0].text() != "&File"  # the language is in use
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
