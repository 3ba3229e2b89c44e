"""The "Data in and out" page: import a file, download the column templates, export the whole
database to Excel, export to DHIS2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission, actor_of
from ...exchange.service import ExchangeService
from ..access import allow
from ..tasks import TaskRunner
from .common import ERROR_STYLE, OK_STYLE, Worker, error_text, fill, message_label, show_message
from .dhis2_panel import Dhis2Panel
from .export import full_export
from .wizard import ImportWizard


def write_templates(service: ExchangeService, folder: Path) -> list[Path]:
    """One example workbook per kind of import, named after the kind."""
    folder.mkdir(parents=True, exist_ok=True)
    return [service.write_template(t.kind, folder / f"{t.kind.value}-template.xlsx")
            for t in service.templates()]


class DataPage(QWidget):
    """`changed` is emitted after an import saved rows: lists elsewhere should reload."""

    changed = Signal()

    def __init__(self, service: ExchangeService, runner: TaskRunner | None = None,
                 areas: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.worker = Worker(runner or TaskRunner(self), self)
        self.wizard: ImportWizard | None = None
        self.import_button = QPushButton(self.tr("&Import a file…"), self)
        self.import_button.clicked.connect(self.open_wizard)
        allow(self.import_button, actor_of(service.session_factory), Permission.IMPORT)
        self.templates_button = QPushButton(self.tr("Download &templates…"), self)
        self.templates_button.clicked.connect(self.download_templates)
        self.full_export_button = QPushButton(self.tr("&Full export to Excel…"), self)
        self.full_export_button.clicked.connect(lambda: full_export(self, self.service))
        allow(self.full_export_button, actor_of(service.session_factory), Permission.EXPORT)
        self.notice = message_label(self)
        self.notice.hide()
        self.dhis2 = Dhis2Panel(service, self.worker, areas, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._group(
            self.tr("Import from Excel or CSV"), self.tr(
                "Facilities, people and postings, mentors and assignments, enrolments, "
                "assessments (with step results, or scores only), indicator values. The import "
                "checks every row first and saves all rows or none."),
            self.import_button, self.templates_button))
        layout.addWidget(self._group(
            self.tr("Export"), self.tr("Every table of the database to its own sheet of one "
                                       "workbook, for audits in Excel. Lists export their "
                                       "rows from their own Export button."),
            self.full_export_button))
        layout.addWidget(self.notice)
        layout.addWidget(self.dhis2)
        layout.addStretch(1)

    def _group(self, title: str, text: str, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title, self)
        about = message_label(box)
        about.setText(text)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(about)
        inner.addLayout(row)
        return box

    def open_wizard(self) -> ImportWizard:
        """Open a new import wizard (window-modal; the page keeps it until the next one)."""
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = ImportWizard(self.service, self)
        self.wizard.imported.connect(lambda _report: self.changed.emit())
        self.wizard.open()
        return self.wizard

    def download_templates(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the column "
                                                                "templates"), str(Path.home()))
        if not chosen:
            return
        folder, service = Path(chosen), self.service
        self.templates_button.setEnabled(False)
        self.worker.start("templates", lambda _task: write_templates(service, folder),
                          lambda paths: self._templates_written(folder, paths),
                          self._templates_failed)

    def _templates_written(self, folder: Path, paths: list[Path]) -> None:
        self.templates_button.setEnabled(True)
        show_message(self.notice, fill(self.tr("%1 templates saved in %2."), len(paths), folder),
                     OK_STYLE)

    def _templates_failed(self, error: BaseException) -> None:
        self.templates_button.setEnabled(True)
        show_message(self.notice, error_text(error), ERROR_STYLE)
