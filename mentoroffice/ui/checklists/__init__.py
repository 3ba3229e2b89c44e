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
from ..tasks import TaskRunner
from .entry import AssessmentEntry, SavedAssessment
from .mentee_page import MenteePage
from .printing import PdfPrinter
from .texts import translate
from .tracker import ProgressTracker

__all__ = ["AssessmentEntry", "MenteePage", "PdfPrinter", "ProgressTracker", "SavedAssessment",
           "checklist_pages"]


def checklist_pages(office: Any, parent: QWidget | None = None, *,
                    runner: TaskRunner | None = None,
                    today: Callable[[], dt.date] = dt.date.today,
                    open_files: bool = True) -> list[tuple[str, QWidget]]:
    """The checklist pages for the main window: (title, widget), in the order to show them.

    ``office`` needs ``session_factory`` and ``catalog`` (see :class:`mentoroffice.office.Office`).
    A saved assessment refreshes the tracker.
    """
    service = ChecklistService(office.session_factory, office.catalog)
    runner = runner or TaskRunner(parent)
    printer = PdfPrinter(service, runner, parent, open_files=open_files)
    entry = AssessmentEntry(service, printer, today, parent)
    tracker = ProgressTracker(service, runner, printer, today, parent)
    entry.saved.connect(lambda _saved: tracker.refresh())
    return [(translate("Checklists", "Assessment entry"), entry),
            (translate("Checklists", "Progress tracker"), tracker)]
