"""Benchmark: the people list on the national demo (about 56,000 people).

Prints the time to the first rows of the people page (through the real widget, its worker
thread and the SQL paging), and the time of each filter, with ratios against a baseline
measured in the same run on the same database: a bare `SELECT count(*) FROM person`.
Medians of several runs; nothing here fails on a time.

    python bench/people_list.py [--database URL] [--runs 7]

Without --database it uses the national demo in the system's temporary folder, generating it
first (see bench/national_demo.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from national_demo import national_demo
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from mentoroffice.cascade.service import CascadeService, PeopleFilters
from mentoroffice.office import Office, open_office
from mentoroffice.ui.cascade.people_page import PeoplePage
from mentoroffice.ui.tasks import TaskRunner


def demo_url() -> str:
    return f"sqlite:///{national_demo()}"


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def baseline_ms(office: Office, runs: int) -> float:
    def count() -> object:
        with office.session_factory() as session:
            return session.execute(text("SELECT count(*) FROM person")).scalar()
    count()
    return median_ms(count, runs)


def sample_filters(service: CascadeService) -> dict[str, PeopleFilters]:
    district = next(p for p in service.facilities_for_completer("gicumbi", groups=False)
                    if p.level == "district")
    hospital = next(p for p in service.facilities_for_completer("byumba", groups=False)
                    if p.level == "hospital")
    return {
        "none (everyone)": PeopleFilters(),
        "text 'uwa'": PeopleFilters(text="uwa"),
        "text 'jean uwase' (2 words)": PeopleFilters(text="jean uwase"),
        "text, rare ('P049172')": PeopleFilters(text="P049172"),
        "facility: a district + sub-units": PeopleFilters(facility_id=district.org_unit_id),
        "facility: a hospital + sub-units": PeopleFilters(facility_id=hospital.org_unit_id),
        "cadre: midwife": PeopleFilters(cadre="midwife"),
        "technical area: IMCI": PeopleFilters(technical_area="IMCI"),
        "role: mentor": PeopleFilters(role="mentor"),
        "role: mentee": PeopleFilters(role="mentee"),
        "role: facility leader": PeopleFilters(role="facility_leader"),
        "status: inactive (none match)": PeopleFilters(status="inactive"),
        "district + nurse + mentee": PeopleFilters(facility_id=district.org_unit_id,
                                                   cadre="nurse", role="mentee"),
    }


def wait_for(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the people page did not load")
        app.processEvents()
        time.sleep(0.0005)


def gui_first_rows_ms(app: QApplication, service: CascadeService, runs: int) -> float:
    """Build the page and wait for its first rows and count (worker thread and back)."""
    def open_page() -> object:
        runner = TaskRunner()
        page = PeoplePage(service, runner)
        wait_for(app, lambda: page.model.rowCount() > 0 and page.model.total is not None)
        page.deleteLater()
        return page
    open_page()
    return median_ms(open_page, runs)


def gui_filter_ms(app: QApplication, page: PeoplePage, filters: PeopleFilters,
                  runs: int) -> float:
    def apply() -> object:
        page.model.set_filters(filters)
        wait_for(app, lambda: not page.model.is_loading())
        return page.model.total
    return median_ms(apply, runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", help="office database URL (default: the national demo)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    office = open_office(args.database or demo_url())
    service = CascadeService(office.session_factory)
    runs = args.runs
    try:
        total = service.people_page(PeopleFilters(), 0, 1)[1]
        base = baseline_ms(office, runs)
        print(f"database: {office.database.display_location()}  people: {total:,}  "
              f"median of {runs} runs")
        print(f"baseline  SELECT count(*) FROM person: {base:7.1f} ms  (1.0x)")
        first = gui_first_rows_ms(app, service, runs)
        print(f"people page, time to first rows (widget, thread, count + 200 rows): "
              f"{first:7.1f} ms  ({first / base:.1f}x)")
        deep = median_ms(lambda: service.people_page(PeopleFilters(), 50_000, 200, count=False),
                         runs)
        print(f"scrolled to row 50,000 (one page, no count): {deep:7.1f} ms  "
              f"({deep / base:.1f}x)")
        page = PeoplePage(service, TaskRunner())
        wait_for(app, lambda: page.model.total is not None and not page.model.is_loading())
        print(f"\n{'filter':36} {'matches':>8} {'service':>10} {'ratio':>7} "
              f"{'page':>10} {'ratio':>7}")
        for name, filters in sample_filters(service).items():
            matches = service.people_page(filters, 0, 1)[1] or 0
            direct = median_ms(lambda f=filters: service.people_page(f, 0, 200), runs)
            shown = gui_filter_ms(app, page, filters, runs)
            print(f"{name:36} {matches:>8,} {direct:8.1f} ms {direct / base:6.1f}x "
                  f"{shown:8.1f} ms {shown / base:6.1f}x")
    finally:
        office.close()


if __name__ == "__main__":
    main()
