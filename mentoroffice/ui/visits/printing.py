"""Printing to PDF from the visit pages: visit plan letters and the QI project page.

The person chooses where; the reports package gathers the figures and lays the PDF out on the
thread pool (ReportLab and matplotlib take a moment), in a session of its own, and the page
says where it went, or why it could not.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ...periods import month as month_period
from ...reports.catalog import QIProjectsRequest, VisitPlanLetterRequest
from ...reports.service import ReportService
from .common import AsyncPage, messages, show_error


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "facility"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _failed(page: AsyncPage, error: BaseException) -> None:
    show_error(page.notice, "")
    show_error(page.load_error, page.tr("Nothing was printed: %1").replace("%1", messages(error)))


def print_plan_letters(page: AsyncPage, year: int, month: int,
                       facility: tuple[int, str] | None) -> None:
    """One facility's letter to a file, or every facility's letter of the month to a folder."""
    service, today = page.context.visits, page.context.today()
    reports = ReportService(service.session_factory)

    def letter(facility_id: int, path: str | Path) -> int:
        return reports.print_report(
            VisitPlanLetterRequest(facility_id, month_period(year, month), today), path)

    if facility is not None:
        facility_id, name = facility
        suggested = documents_folder() / f"visit-plan-{slug(name)}-{year}-{month:02d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            page, page.tr("Save the visit plan letter"), str(suggested), page.tr("PDF (*.pdf)"))
        if not path:
            return
        page.load("print", lambda: letter(facility_id, path),
                  lambda pages: page.show_notice(page.tr("Saved the letter to %1 (%2 pages).")
                                                 .replace("%1", path)
                                                 .replace("%2", str(pages))),
                  lambda error: _failed(page, error))
        return
    folder = QFileDialog.getExistingDirectory(page, page.tr("Folder for the visit plan letters"),
                                              str(documents_folder()))
    if not folder:
        return

    def write_all() -> list[str]:
        written = []
        for option in service.letter_facilities(year, month):
            path = Path(folder) / f"visit-plan-{slug(option.name)}-{year}-{month:02d}.pdf"
            letter(option.id, path)
            written.append(str(path))
        return written

    page.load("print", write_all,
              lambda paths: page.show_notice(page.tr("Saved %1 letters in %2.")
                                             .replace("%1", str(len(paths)))
                                             .replace("%2", folder)),
              lambda error: _failed(page, error))


def print_project(page: AsyncPage, project_id: int, title: str, today: dt.date) -> None:
    suggested = documents_folder() / f"qi-project-{slug(title)[:60]}.pdf"
    path, _filter = QFileDialog.getSaveFileName(page, page.tr("Save the QI project page"),
                                                str(suggested), page.tr("PDF (*.pdf)"))
    if not path:
        return
    reports = ReportService(page.context.qi.session_factory)
    request = QIProjectsRequest(project_id=project_id, today=today)
    page.load("print", lambda: reports.print_report(request, path),
              lambda pages: page.show_notice(page.tr("Saved the QI project page to %1 "
                                                     "(%2 pages).").replace("%1", path)
                                             .replace("%2", str(pages))),
              lambda error: _failed(page, error))
