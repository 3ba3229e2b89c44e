"""The window's record lists: one paged, searchable list per section ("All records"), with
its title and column headers, stored values as people read them, and the list's export.

Lists come from `mentoroffice.browse` (the domain layer) on the window's worker threads;
each worker opens its own session through `browse.fetch_page`, so no session crosses
threads and the window never holds one. A list reloads when records of the kinds it shows
change (`SECTION_SHOWS`, through the window's change broadcaster). Texts keep the
MainWindow translation context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import QWidget

from ..browse import Page, fetch_page
from ..core.access import Permission, actor_of
from ..core.changes import Kind
from ..core.writes import record_event
from .access import allow
from .changes import ChangeBroadcaster
from .exchange.export import export_view
from .section_page import SectionPage, SectionTexts
from .stored_values import export_value, value_labels
from .table_model import PagedTableModel, PageLike, is_number
from .tasks import Task, TaskRunner

translate = QCoreApplication.translate
PAGE_SIZE = 200
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


def section_texts(counts: dict[str, Callable[[int], str]]) -> dict[str, SectionTexts]:
    """Each section's title, what it lists, its search hint and its count (`counts`: the
    window's, whose plural forms lupdate reads only from a class's `self.tr`)."""
    return {
        "facilities": SectionTexts(
            translate("MainWindow", "Facilities"),
            translate("MainWindow", "The hierarchy from country to health post, each unit "
                      "with the one it belongs to."),
            translate("MainWindow", "Name, code or parent"),
            counts["facilities"]),
        "people": SectionTexts(
            translate("MainWindow", "People"),
            translate("MainWindow", "Staff, mentors, mentees and community health workers, "
                      "with where they work now."),
            translate("MainWindow", "Name, staff code, phone or facility"),
            counts["people"]),
        "visits": SectionTexts(
            translate("MainWindow", "Visits"),
            translate("MainWindow", "Mentorship and supervision visits, latest first."),
            translate("MainWindow", "Facility, type or status"),
            counts["visits"]),
        "assessments": SectionTexts(
            translate("MainWindow", "Assessments"),
            translate("MainWindow", "Checklist scores of mentees and facility assessments, "
                      "latest first."),
            translate("MainWindow", "Mentee, checklist or facility"),
            counts["assessments"]),
        "qi": SectionTexts(
            translate("MainWindow", "QI"),
            translate("MainWindow", "Quality improvement projects, latest started first."),
            translate("MainWindow", "Title, facility or status"),
            counts["qi"]),
        "indicators": SectionTexts(
            translate("MainWindow", "Indicators"),
            translate("MainWindow", "Monthly facility outcome indicators: numerator, "
                      "denominator and percentage, latest month first."),
            translate("MainWindow", "Facility or indicator"),
            counts["indicators"]),
        "reports": SectionTexts(
            translate("MainWindow", "Reports"),
            translate("MainWindow", "Validations, which the reports count: mentees who scored "
                      "at least 85% on a post-mentorship assessment with every critical step "
                      "done."),
            translate("MainWindow", "Mentee, competency or facility"),
            counts["reports"]),
    }


def column_label(section: str, column: str) -> str:
    """The header of a column id, as people read it."""
    if section == "reports" and column == "form_code":
        return translate("MainWindow", "Code")
    labels = {
        "code": translate("MainWindow", "Code"),
        "name": translate("MainWindow", "Name"),
        "level": translate("MainWindow", "Level"),
        "parent": translate("MainWindow", "Part of"),
        "active": translate("MainWindow", "Active"),
        "sex": translate("MainWindow", "Sex"),
        "cadre": translate("MainWindow", "Cadre"),
        "facility": translate("MainWindow", "Facility"),
        "role": translate("MainWindow", "Role"),
        "phone": translate("MainWindow", "Phone"),
        "planned_start": translate("MainWindow", "Planned start"),
        "kind": translate("MainWindow", "Type"),
        "status": translate("MainWindow", "Status"),
        "mentors": translate("MainWindow", "Mentors"),
        "assessed_on": translate("MainWindow", "Date"),
        "mentee": translate("MainWindow", "Mentee"),
        "form_code": translate("MainWindow", "Checklist"),
        "score_pct": translate("MainWindow", "Score %"),
        "title": translate("MainWindow", "Title"),
        "started_on": translate("MainWindow", "Started"),
        "month": translate("MainWindow", "Month"),
        "indicator": translate("MainWindow", "Indicator"),
        "numerator": translate("MainWindow", "Numerator"),
        "denominator": translate("MainWindow", "Denominator"),
        "percent": translate("MainWindow", "%"),
        "validated_on": translate("MainWindow", "Validated on"),
        "competency": translate("MainWindow", "Competency"),
    }
    return labels.get(column, column.replace("_", " ").capitalize())


def yes_no() -> tuple[str, str]:
    return translate("MainWindow", "Yes"), translate("MainWindow", "No")


class SectionLists(QObject):
    """Makes each section's list page, loads it off the GUI thread and exports it."""

    def __init__(self, window: QWidget, session_factory: Any, tasks: TaskRunner,
                 changes: ChangeBroadcaster) -> None:
        super().__init__(window)
        self.window, self.session_factory = window, session_factory
        self._tasks, self._changes = tasks, changes
        self._value_labels = value_labels()

    def make_page(self, section: str, texts: SectionTexts) -> SectionPage:
        model = PagedTableModel(runner=self._run_in_worker, page_size=PAGE_SIZE,
                                header_label=partial(column_label, section),
                                cell_text=self.cell_text, parent=self.window)
        page = SectionPage(section, texts, model, self._load_page, export=self.export_section)
        allow(page.export_button, actor_of(self.session_factory), Permission.EXPORT)
        self._changes.watch(page, SECTION_SHOWS[section], page.reload)
        return page

    def cell_text(self, column: str, value: Any) -> str:
        """A stored value as people read it: labels for codes, dates and numbers localised."""
        value = export_value(column, value, self._value_labels, yes_no())
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

    def _load_page(self, section: str, search: str, offset: int, limit: int) -> Page:
        """Runs on a worker thread: a session of its own, opened and closed by fetch_page."""
        return fetch_page(self.session_factory, section, search, offset, limit)

    def export_section(self, page: SectionPage) -> Task | None:
        """Save the section's whole list, as searched, where the person chooses: codes as
        their labels, numbers and dates as numbers and dates (Excel sorts and sums them)."""
        columns = page.model.columns
        headers = [column_label(page.section, column) for column in columns]
        search, session_factory = page.current_search() or "", self.session_factory
        labels, words = self._value_labels, yes_no()

        def rows() -> list[list[Any]]:  # on the worker thread
            whole = fetch_page(session_factory, page.section, search, 0, EXPORT_LIMIT)
            return [[export_value(column, value, labels, words)
                     for column, value in zip(whole.columns, row, strict=True)]
                    for row in whole.rows]

        name = f"{page.texts.title} {dt.date.today().isoformat()}.xlsx"

        def record(path: Path, count: int) -> None:  # on the worker thread
            record_event(session_factory, Permission.EXPORT, "export", page.section,
                         file=path.name, rows=count, search=search)

        return export_view(self.window, headers, rows, name, record=record)

    def _run_in_worker(self, load: Callable[[], PageLike], on_page: Callable[[PageLike], None],
                       on_error: Callable[[BaseException], None]) -> None:
        self._tasks.start(lambda _context: load(), on_page, on_error)
