"""Benchmark: the main window as a person feels it, on the national demo by default.

- cold start until the first section's rows are painted, against a bare PySide6 main window
  holding a one-row table (both measured from outside by `window_probe.py`, medians);
- the longest GUI-thread stall from start through visiting every section and tab twice (the
  probe's 5 ms timer on the GUI thread), against the same walk over the bare window;
- peak memory (VmHWM) after that walk, against the bare window's;
- the people search driven through the real search box of the real main window: from the end
  of the typing pause (the model starts its query) until the rows are painted, against the
  same query run alone (the service call the worker thread makes, same filters, same page).

Nothing fails on a time. `rows()` is what `bench/run.py` prints; run alone:

    python bench/window.py [--database URL] [--runs 3]

The probe and the bare window live beside the repository in ../shared/tools/ (or where
MENTOROFFICE_WINDOW_TOOLS points). Subprocesses get a throwaway MENTOROFFICE_DATA_DIR, so no
log or backup lands in the office's data folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from national_demo import national_demo
from table import Goal, Row, median_ms, print_table

REPOSITORY = Path(__file__).resolve().parents[1]
TOOLS = Path(os.environ.get("MENTOROFFICE_WINDOW_TOOLS", REPOSITORY.parent / "shared" / "tools"))
PEOPLE_QUERIES = ("uwa", "jean uwase", "P049172", "mukamana")
START_RATIO_GOAL = 1.5
STALL_CEILING_MS = 50.0
MEMORY_GOAL_MB = 200.0
SEARCH_CEILING_MS = 30.0
SEARCH_RATIO_GOAL = 1.5


# --- from outside: the probe -----------------------------------------------------------------


def probe(command: list[str], walk: bool = False) -> dict[str, Any]:
    """One run of window_probe.py on `command` (a module and its arguments, or a script)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "MENTOROFFICE_DATA_DIR": tempfile.mkdtemp(prefix="mentoroffice-bench-")}
    arguments = [sys.executable, str(TOOLS / "window_probe.py"), *(["--walk"] if walk else []),
                 "--", *command]
    done = subprocess.run(arguments, capture_output=True, text=True, env=env, cwd=REPOSITORY,
                          check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    if not lines:
        raise RuntimeError(f"the probe printed nothing for {command}: {done.stderr[-2000:]}")
    return json.loads(lines[-1].removeprefix("PROBE "))  # type: ignore[no-any-return]


def app_command(database_url: str) -> list[str]:
    return ["mentoroffice", "--database", database_url]


def bare_command() -> list[str]:
    return [str(TOOLS / "bare_window.py")]


def median_first_rows_ms(command: list[str], runs: int) -> float:
    return statistics.median(probe(command)["first_rows_s"] * 1000 for _ in range(runs))


def start_rows(database_url: str, runs: int) -> list[Row]:
    bare = median_first_rows_ms(bare_command(), runs)
    app = median_first_rows_ms(app_command(database_url), runs)
    return [Row("cold start until the first section's rows are painted", app,
                "bare PySide6 main window with a one-row table, shown", bare,
                Goal(ratio=START_RATIO_GOAL))]


def walk_rows(database_url: str) -> list[Row]:
    app, bare = probe(app_command(database_url), walk=True), probe(bare_command(), walk=True)
    stall = Row(f"longest GUI-thread stall, start then every section and tab twice "
                f"({app['visited']} visits)", app["max_stall_ms"] or 0.0,
                "the bare window's event loop", bare["max_stall_ms"] or 0.0,
                Goal(ceiling_ms=STALL_CEILING_MS))
    memory = Row(f"peak memory after the walk: {app['rss_mb']:.0f} MB "
                 f"(goal ≤ {MEMORY_GOAL_MB:.0f} MB; figures in MB, not ms)", app["rss_mb"],
                 f"bare window: {bare['rss_mb']:.0f} MB", bare["rss_mb"],
                 Goal(ratio=round(MEMORY_GOAL_MB / bare["rss_mb"], 2)))
    return [stall, memory]


# --- in process: the people search box of the real main window --------------------------------


class PeopleSearch:
    """The real main window on the database, at its People section, typed into."""

    def __init__(self, database_url: str) -> None:
        from PySide6.QtWidgets import QApplication

        from mentoroffice.office import open_office
        from mentoroffice.ui.app import make_application
        from mentoroffice.ui.main_window import MainWindow
        from mentoroffice.ui.sign_in import sign_in
        from mentoroffice.ui.workspaces import build_workspaces

        self.app: QApplication = make_application([])
        self.office = open_office(database_url)
        sign_in(self.office, demo=True)
        self.window = MainWindow(self.office, workspaces=build_workspaces)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.show_section("people")
        shown = self.window.containers["people"].currentWidget()
        # a stand-in built when shown (or, in versions that built every page at start, the page)
        self.page: Any = shown.ensure_built() if hasattr(shown, "ensure_built") else shown
        self.box = self.page.filter_bar.search_edit
        self.wait_until(self.settled)

    def settled(self) -> bool:
        model = self.page.model
        return model.total is not None and not model.is_loading() and not self.window.is_busy()

    def list_shown(self) -> bool:
        """The people list has its answer (looked at every 2 ms: cheap, unlike asking every
        page of the window whether it is busy)."""
        model = self.page.model
        return model.total is not None and not model.is_loading()

    def wait_until(self, done: Callable[[], bool]) -> None:
        """Run the event loop until `done()`, looking every 2 ms: a busy loop of
        processEvents would take the interpreter from the worker thread it waits for."""
        from PySide6.QtCore import QEventLoop, QTimer

        if done():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(lambda: loop.quit() if done() else None)
        timer.start()
        loop.exec()
        timer.stop()

    def type_ms(self, text: str) -> float:
        """Type `text` into the emptied box; ms from the end of the typing pause (the model
        starts its query) until its rows are painted."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.box.clear()  # the list of everyone is shown again before typing
        self.wait_until(lambda: self.page.model.filters.text == "" and self.settled())
        started: list[float] = []

        def on_loading(loading: bool) -> None:
            if loading and not started:
                started.append(time.perf_counter())

        self.page.model.loading_changed.connect(on_loading)
        try:
            for character in text:
                QTest.keyClick(self.box, character, Qt.KeyboardModifier.NoModifier, 0)
            self.wait_until(lambda: bool(started) and self.list_shown())
            self.page.table.viewport().repaint()  # what is pending is painted now
        finally:
            self.page.model.loading_changed.disconnect(on_loading)
        return (time.perf_counter() - started[0]) * 1000

    def query_alone_ms(self, text: str, runs: int) -> float:
        from mentoroffice.ui.cascade.people_model import PAGE_SIZE

        filters = replace(self.page.filter_bar.filters(), text=text)
        service = self.page.service
        return median_ms(lambda: service.people_page(filters, 0, PAGE_SIZE, count=True), runs)

    def close(self) -> None:
        """Hide rather than close: closing would back the national demo up (174 MB)."""
        self.wait_until(lambda: not self.window.is_busy())
        self.window.hide()
        self.office.close()
        self.window.deleteLater()


def search_rows(database_url: str, runs: int) -> list[Row]:
    search = PeopleSearch(database_url)
    rows = []
    try:
        for text in PEOPLE_QUERIES:
            search.type_ms(text)  # warm the caches, as a person's second search would
            shown = statistics.median(search.type_ms(text) for _ in range(runs))
            alone = search.query_alone_ms(text, runs)
            matches = search.page.model.total
            rows.append(Row(f"people search '{text}' ({matches:,} found): typing pause → "
                            f"rows painted, real search box", shown,
                            "the same query alone (same filters, same page)", alone,
                            Goal(ratio=SEARCH_RATIO_GOAL, ceiling_ms=SEARCH_CEILING_MS)))
    finally:
        search.close()
    return rows


# --- the table -------------------------------------------------------------------------------


def rows(database_url: str | None = None, runs: int = 3) -> list[Row]:
    """Every window figure with its baseline; on the national demo unless a URL is given."""
    url = database_url or f"sqlite:///{national_demo()}"
    return start_rows(url, runs) + walk_rows(url) + search_rows(url, runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", help="office database URL (default: the national demo)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(rows(args.database, args.runs))


if __name__ == "__main__":
    main()
