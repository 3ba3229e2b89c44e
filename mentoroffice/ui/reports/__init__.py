"""The Reports section: choose a report, generate it off the GUI thread, preview, save, print.

The main window mounts the pages returned by :func:`report_pages`. Nothing here imports
ReportLab or matplotlib: the report is written on a worker thread, which imports them then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...reports.service import ReportService
from ..tasks import TaskRunner
from .page import ReportsPage
from .preview import PdfPreview

__all__ = ["PdfPreview", "ReportsPage", "report_pages"]


def report_pages(office: Any, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> list[tuple[str, QWidget]]:
    """The Reports page for the main window, as [(title, widget)].

    ``office`` needs ``session_factory`` (see :class:`mentoroffice.office.Office`).
    """
    page = ReportsPage(ReportService(office.session_factory), runner or TaskRunner(parent),
                       today, parent)
    return [(QCoreApplication.translate("Reports", "Reports"), page)]
