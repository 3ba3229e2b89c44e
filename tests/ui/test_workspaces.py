"""The main window mounts each section's working pages, with the record list as last tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTabWidget

from mentoroffice.demo import generate_demo
from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.workspaces import build_workspaces


def test_sections_show_their_working_pages_then_all_records(office, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(office.session_factory, "district", seed=1, as_of=dt.date(2026, 11, 1))
    window = MainWindow(office, workspaces=build_workspaces)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = {}
    for section in ("facilities", "people", "visits", "assessments", "qi", "indicators",
                    "reports"):
        window.show_section(section)
        tabs = window.stack.currentWidget()
        assert isinstance(tabs, QTabWidget) and window.current_section() == section
        titles[section] = [tabs.tabText(i) for i in range(tabs.count())]
        assert titles[section][-1] == "All records"
        assert tabs.widget(tabs.count() - 1) is window.pages[section]
    assert titles["facilities"][:2] == ["Facilities", "Coverage"]
    assert titles["assessments"][:2] == ["Assessment entry", "Progress tracker"]
    assert titles["qi"][:2] == ["QI projects", "Actions and escalations"]
    assert titles["indicators"][:2] == ["Monthly values", "Run charts"]
    assert titles["reports"][:3] == ["Reports", "Data in and out", "Backups"]
    window.show_section("people")
    assert window.pages["people"].model.total is None  # not shown, so not loaded
    window.show_tab("people", 1)  # its "All records" tab
    qtbot.waitUntil(lambda: window.pages["people"].model.rowCount() > 0, timeout=10_000)
    window.close()


def test_every_section_lists_rows_of_the_district_demo(office, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(office.session_factory, "district", seed=2, as_of=dt.date(2026, 10, 1))
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for section, page in window.pages.items():
        window.show_section(section)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=10_000)
        assert page.model.data(page.model.index(0, 0)), section
    window.close()


def test_the_window_is_busy_while_a_working_page_loads(office, qtbot) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the window on the district demo, settled on its first page
    generate_demo(office.session_factory, "district", seed=1, as_of=dt.date(2026, 11, 1))
    window = MainWindow(office, workspaces=build_workspaces)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=10_000)
    # WHEN the progress tracker is shown for the first time
    window.show_tab("assessments", 1)
    tracker = window.containers["assessments"].currentWidget()
    # THEN it is built now, the window counts its loading as busy until its rows are there
    assert tracker.is_built() and window.is_busy()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
    assert tracker.page.model.rowCount() > 0
    window.close()
