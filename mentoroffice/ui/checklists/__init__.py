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
from ..lazy_page import PageGroup
from ..tasks import TaskRunner
from .entry import AssessmentEntry, SavedAssessment
from .mentee_page import MenteePage
from .printing import PdfPrinter
from .texts import translate
from .tracker import ProgressTracker

__all__ = ["AssessmentEntry", "MenteePage", "PdfPrinter", "ProgressTracker", "SavedAssessment",
           "checklist_group", "checklist_pages", "checklist_titles"]


def checklist_group(office: Any, parent: QWidget | None = None, *,
                    runner: TaskRunner | None = None,
                    today: Callable[[], dt.date] = dt.date.today,
                    open_files: bool = True) -> PageGroup:
    """The assessment entry ("entry") and the progress tracker ("tracker"), each built when
    first needed. ``office`` needs ``session_factory`` and ``catalog`` (see
    :class:`mentoroffice.office.Office`). A saved assessment refreshes the tracker."""
    service = ChecklistService(office.session_factory, office.catalog)
    runner = runner or TaskRunner(parent)
    printer = PdfPrinter(service, runner, parent, open_files=open_files)
    group = PageGroup(parent)
    group.add("entry", lambda: AssessmentEntry(service, printer, today, parent))
    group.add("tracker", lambda: ProgressTracker(service, runner, printer, today, parent))
    group.link("entry", "saved", "tracker", lambda tracker: lambda _saved: tracker.refresh())
    return group


def checklist_titles() -> dict[str, str]:
    return {"entry": translate("Checklists", "Assessment entry"),
            "tracker": translate("Checklists", "Progress tracker")}


def checklist_pages(office: Any, parent: QWidget | None = None, *,
                    runner: TaskRunner | None = None,
                    today: Callable[[], dt.date] = dt.date.today,
                    open_files: bool = True) -> list[tuple[str, QWidget]]:
    """The checklist pages, all built now: (title, widget), in the order to show them."""
    group = checklist_group(office, parent, runner=runner, today=today, open_files=open_files)
    return [(title, group.page(key)) for key, title in checklist_titles().items()]
