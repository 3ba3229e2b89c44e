"""Checklist screens: assessment entry, progress tracker, mentee page, checklist printing.

The main window mounts the pages returned by :func:`checklist_pages`. Nothing here imports
matplotlib or ReportLab at start-up: the mentee page and the printing tasks import them when
first used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ...checklists.service import ChecklistService
from ...core.changes import Kind
from ..changes import ChangeBroadcaster
from ..lazy_page import PageGroup
from ..tasks import TaskRunner
from .entry import AssessmentEntry, SavedAssessment
from .mentee_page import MenteePage
from .printing import PdfPrinter
from .texts import translate
from .tracker import ProgressTracker

__all__ = ["AssessmentEntry", "MenteePage", "PdfPrinter", "ProgressTracker", "SavedAssessment",
           "checklist_group", "checklist_pages", "checklist_titles"]


TRACKER_SHOWS = frozenset({Kind.ASSESSMENT, Kind.PERSON, Kind.FACILITY, Kind.FORM})
MENTEE_PAGE_SHOWS = frozenset({Kind.ASSESSMENT})


def checklist_group(office: Any, parent: QWidget | None = None, *,
                    runner: TaskRunner | None = None,
                    today: Callable[[], dt.date] = dt.date.today,
                    open_files: bool = True,
                    changes: ChangeBroadcaster | None = None) -> PageGroup:
    """The assessment entry ("entry") and the progress tracker ("tracker"), each built when
    first needed. ``office`` needs ``session_factory`` and ``catalog`` (see
    :class:`mentoroffice.office.Office`). The tracker and the mentee pages it opens reload
    when assessments, people or facilities change (``changes``: the window's broadcaster;
    one of their own without it)."""
    service = ChecklistService(office.session_factory, office.catalog)
    runner = runner or TaskRunner(parent)
    printer = PdfPrinter(service, runner, parent, open_files=open_files)
    group = PageGroup(parent)
    group.add("entry", lambda: AssessmentEntry(service, printer, today, parent))
    group.add("tracker", lambda: ProgressTracker(service, runner, printer, today, parent))
    changes = changes or ChangeBroadcaster(office.session_factory, parent)

    def watch_tracker(tracker: ProgressTracker) -> None:
        changes.watch(tracker, TRACKER_SHOWS, tracker.reload_filters)
        tracker.mentee_page_opened.connect(
            lambda page: changes.watch(page, MENTEE_PAGE_SHOWS, page.reload))

    group.add_hook("tracker", watch_tracker)  # type: ignore[arg-type]
    return group


def checklist_titles() -> dict[str, str]:
    return {"entry": translate("Checklists", "Assessment entry"),
            "tracker": translate("Checklists", "Progress tracker")}


def checklist_pages(office: Any, parent: QWidget | None = None, *,
                    runner: TaskRunner | None = None,
                    today: Callable[[], dt.date] = dt.date.today,
                    open_files: bool = True,
                    changes: ChangeBroadcaster | None = None) -> list[tuple[str, QWidget]]:
    """The checklist pages, all built now: (title, widget), in the order to show them."""
    group = checklist_group(office, parent, runner=runner, today=today, open_files=open_files,
                            changes=changes)
    return [(title, group.page(key)) for key, title in checklist_titles().items()]
