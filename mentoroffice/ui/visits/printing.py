"""Printing to PDF from the visit pages: visit plan letters and the QI project page.

The person chooses where; the PDF is laid out on the thread pool (ReportLab and matplotlib
take a moment), and the page says where it went, or why it could not.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

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
    if facility is not None:
        facility_id, name = facility
        suggested = documents_folder() / f"visit-plan-{slug(name)}-{year}-{month:02d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            page, page.tr("Save the visit plan letter"), str(suggested), page.tr("PDF (*.pdf)"))
        if not path:
            return
        page.load("print", lambda: service.print_plan_letter(facility_id, year, month, path,
                                                             today),
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
            service.print_plan_letter(option.id, year, month, path, today)
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
    service = page.context.qi
    page.load("print", lambda: service.print_project(project_id, path, today),
              lambda pages: page.show_notice(page.tr("Saved the QI project page to %1 "
                                                     "(%2 pages).").replace("%1", path)
                                             .replace("%2", str(pages))),
              lambda error: _failed(page, error))
