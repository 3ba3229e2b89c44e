"""The import wizard: choose the file, map its columns, see every problem, choose what to do
with records already stored, see the dry run, import (all or nothing), see what was imported.

Reading, checking and importing run on the wizard's own thread pool, one key each; a page that
waits for its work keeps Next disabled (`isComplete`) and shows a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget, QWizard, QWizardPage

from ...exchange.service import ExchangeService
from ..tasks import TaskContext, TaskRunner
from .common import ERROR_STYLE, Worker, error_text, message_label, show_message
from .import_state import ImportState


class ImportWizard(QWizard):
    """`imported` carries the ImportReport once rows were saved."""

    imported = Signal(object)

    def __init__(self, service: ExchangeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .wizard_check import DryRunPage, DuplicatesPage, PreviewPage
        from .wizard_import import DonePage, ImportPage
        from .wizard_setup import ChooseFilePage, MappingPage

        self.service = service
        self.state = ImportState()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.worker = Worker(TaskRunner(self, self.pool), self)
        self.setWindowTitle(self.tr("Import a file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.choose_page = ChooseFilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.dry_run_page = DryRunPage(self)
        self.import_page = ImportPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose_page, self.mapping_page, self.preview_page,
                     self.duplicates_page, self.dry_run_page, self.import_page, self.done_page):
            self.addPage(page)
        self.resize(960, 680)

    def busy(self, key: str | None = None) -> bool:
        return self.worker.busy(key)

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) during an import stops the import first: the
        wizard stays open to say that nothing was saved."""
        if self.worker.busy("import"):
            self.import_page.stop()
            return
        self.worker.cancel_all()
        super().reject()


class WorkPage(QWizardPage):
    """A wizard page whose content comes from work on the thread pool, with a progress bar."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = message_label(self)
        self.error = message_label(self)
        self.error.hide()
        self.layout_ = QVBoxLayout(self)

    @property
    def service(self) -> ExchangeService:
        return self.owner.service

    @property
    def state(self) -> ImportState:
        return self.owner.state

    def run(self, key: str, function: Callable[[TaskContext], Any],
            on_result: Callable[[Any], None], busy_text: str,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Start `function` on the pool; Next stays off until it reports."""
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.show()
        show_message(self.error, "")
        self.status.setText(busy_text)
        self.owner.worker.start(key, function,
                                lambda result: self._finished(on_result, result),
                                lambda error: self._finished(on_error or self.show_error, error),
                                self._on_progress)
        self.completeChanged.emit()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m rows"))

    def _finished(self, callback: Callable[[Any], None], value: Any) -> None:
        self.progress.hide()
        self.status.setText("")
        callback(value)
        self.completeChanged.emit()

    def show_error(self, error: BaseException) -> None:
        show_message(self.error, error_text(error), ERROR_STYLE)

    def add(self, *widgets: QWidget | QLabel, stretch: int = 0) -> None:
        for widget in widgets:
            self.layout_.addWidget(widget, stretch)
