"""Start-up: the window opens with only its first page, and without the heavy modules.

Each check runs in a fresh process (`fresh_process.run_fresh`): the test process has long
imported everything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fresh_process import run_fresh

from mentoroffice.demo import generate_demo
from mentoroffice.office import open_office


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("start-up") / "demo.sqlite"
    office = open_office(f"sqlite:///{path}")
    generate_demo(office.session_factory, "district", seed=1, as_of=dt.date(2026, 11, 1))
    office.close()
    return f"sqlite:///{path}"


OPEN_THE_WINDOW = """
    import os, tempfile
    os.environ["MENTOROFFICE_DATA_DIR"] = tempfile.mkdtemp()
    from mentoroffice.ui.app import make_application, open_main_window
    from mentoroffice.ui.lazy_page import LazyPage

    app = make_application([])
    window, _code = open_main_window({url!r}, demo=True)

    def built() -> list[str]:
        return sorted(p.objectName() for p in window.findChildren(LazyPage) if p.is_built())

    def settle() -> None:  # until the shown page is built and nothing is loading any more
        container = window.containers[window.current_section()]
        shown = container.currentWidget()
        while not ((shown is window.current_page() or shown.is_built())
                   and not window.is_busy()):
            app.processEvents()
"""


def test_the_window_opens_on_its_first_page_and_builds_the_others_when_shown(
        demo_url: str) -> None:
    # GIVEN the district demo  WHEN the window opens, then the People section is shown
    report = run_fresh(OPEN_THE_WINDOW.format(url=demo_url) + """
    settle()
    report["first"] = built()
    report["records_loaded"] = window.pages["facilities"].model.total is not None
    report["heavy_at_start"] = watched_imported()
    window.show_section("people")
    settle()
    report["then"] = built()
    """)
    # THEN only the shown page was built and loaded at start, not the section's hidden
    # "All records" list; the People page was built when shown; no heavy module was imported
    assert report["first"] == ["facilities"]
    assert report["records_loaded"] is False
    assert report["then"] == ["facilities", "people"]
    assert report["heavy_at_start"] == [] and report["imported"] == []


def test_visiting_every_section_imports_no_report_or_spreadsheet_module(demo_url: str) -> None:
    # GIVEN the window on the district demo  WHEN every section and tab is shown
    report = run_fresh(OPEN_THE_WINDOW.format(url=demo_url) + """
    from PySide6.QtWidgets import QTabWidget
    for section, container in window.containers.items():
        for index in range(container.count() if isinstance(container, QTabWidget) else 1):
            window.show_tab(section, index)
            settle()
    report["built"] = len(built())
    report["places"] = len(window.findChildren(LazyPage))
    """)
    # THEN every page was built, and only the run chart needed matplotlib: no report was
    # printed, nothing exported or imported, the database not migrated
    assert report["built"] == report["places"]
    assert set(report["imported"]) <= {"matplotlib"}


def test_the_checklist_indicator_and_report_pages_build_without_heavy_modules(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    open_office(url).close()
    report = run_fresh(f"""
        from PySide6.QtWidgets import QApplication
        from mentoroffice.office import open_office
        from mentoroffice.ui.checklists import checklist_pages
        from mentoroffice.ui.indicators import indicator_pages
        from mentoroffice.ui.reports import report_pages
        app = QApplication([])
        office = open_office({url!r})
        pages = (checklist_pages(office, None, open_files=False) + indicator_pages(office, None)
                 + report_pages(office, None))
        report["pages"] = len(pages)
    """)
    assert report["pages"] == 5
    assert report["imported"] == []
