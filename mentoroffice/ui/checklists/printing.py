"""Printing from the checklist screens: ask where to save, write the PDF off the GUI thread,
then open it in the PDF viewer.

ReportLab and matplotlib are imported inside the background task, never at start-up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ...checklists.forms import FormDefinition
from ...checklists.service import ChecklistService
from ..tasks import TaskContext, TaskRunner
from ..translation import current_language


def safe_file_name(text: str) -> str:
    """A file name without characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .-") or "document"


class PdfPrinter(QObject):
    """Writes checklist PDFs in the background; ``finished`` carries the path written."""

    started = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, service: ChecklistService, runner: TaskRunner,
                 parent: QObject | None = None, *, open_files: bool = True) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.open_files = open_files  # tests turn this off

    # ----- the three documents

    def print_blank(self, parent: QWidget | None, default_code: str | None = None) -> None:
        """Choose a form, then a file, and write the blank checklist."""
        forms = list(self.service.catalog.forms)
        if not forms:
            QMessageBox.information(parent, self.tr("Print blank checklist"),
                                    self.tr("No checklist form could be read."))
            return
        language = current_language()
        labels = [f"{f.code} · {f.in_language(language).title} (v{f.version})" for f in forms]
        current = next((n for n, f in enumerate(forms) if f.code == default_code), 0)
        label, ok = QInputDialog.getItem(parent, self.tr("Print blank checklist"),
                                         self.tr("&Checklist to print:"), labels, current, False)
        if not ok or label not in labels:
            return
        form = forms[labels.index(label)]
        path = self._ask_path(parent, self.tr("Save blank checklist"),
                              f"{form.code} v{form.version} blank checklist.pdf")
        if path:
            self._run(path, lambda _ctx: self._write_blank(form, path, language))

    def print_assessment(self, parent: QWidget | None, assessment_id: int, name: str) -> None:
        path = self._ask_path(parent, self.tr("Save assessment"), f"{name}.pdf")
        if path:
            language = current_language()
            self._run(path, lambda _ctx: self._write_assessment(assessment_id, path, language))

    def print_progress_sheet(self, parent: QWidget | None, person_id: int, name: str) -> None:
        path = self._ask_path(parent, self.tr("Save progress sheet"),
                              f"{name} progress {dt.date.today():%Y-%m-%d}.pdf")
        if path:
            language = current_language()
            self._run(path, lambda _ctx: self._write_progress_sheet(person_id, path, language))

    # ----- background work (runs on a pool thread)

    @staticmethod
    def _write_blank(form: FormDefinition, path: str, language: str = "en") -> None:
        from ...reports.checklist_pdf import blank_checklist_pdf

        blank_checklist_pdf(form, path, language=language)

    def _write_assessment(self, assessment_id: int, path: str, language: str = "en") -> None:
        from ...reports.checklist_pdf import filled_assessment_pdf

        filled_assessment_pdf(self.service.filled_assessment_data(assessment_id, language), path)

    def _write_progress_sheet(self, person_id: int, path: str, language: str = "en") -> None:
        from ...reports.checklist_pdf import progress_sheet_pdf
        from .charts import trend_png

        sheet = self.service.progress_sheet_data(person_id, language)
        overview = self.service.mentee_overview(person_id)
        if any(c.trend for c in overview.competencies):
            sheet = dataclasses.replace(sheet, trend_png=trend_png(overview.competencies))
        progress_sheet_pdf(sheet, path)

    # ----- plumbing

    def _ask_path(self, parent: QWidget | None, title: str, name: str) -> str | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / safe_file_name(name)) if folder else safe_file_name(name)
        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested,
                                                    self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

    def _run(self, path: str, work: Callable[[TaskContext], None]) -> None:
        self.started.emit(path)
        self.runner.start(work, lambda _result: self._done(path),
                          lambda error: self._failed(path, error))

    def _done(self, path: str) -> None:
        if self.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.finished.emit(path)

    def _failed(self, path: str, error: BaseException) -> None:
        message = self.tr("The PDF %1 could not be written: %2").replace(
            "%1", Path(path).name).replace("%2", str(error))
        self.failed.emit(message)
        parent = self.parent()
        QMessageBox.warning(parent if isinstance(parent, QWidget) else None,
                            self.tr("Printing failed"), message)
