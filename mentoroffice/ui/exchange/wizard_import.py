"""The wizard's last pages: the import itself (progress, stop) and what was imported.

The domain imports in one transaction: stopping, or any problem, rolls it back whole, so the
database is as it was. The page says so in as many words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ...exchange.importing import ImportCancelled, ImportRefused, ImportReport
from .common import (
    ERROR_STYLE,
    OK_STYLE,
    RowsModel,
    error_text,
    fill,
    message_label,
    show_message,
    sortable_view,
)
from .import_state import row_list, run_import
from .wizard import ImportWizard, WorkPage
from .wizard_check import outcome_rows, problem_rows, problems_model


class ImportPage(WorkPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("Every row is saved, or none: stopping leaves the database as it was.")
        )
        self.outcome = message_label(self)
        self.stop_button = QPushButton(self.tr("&Stop the import"), self)
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton(self.tr("Import &again"), self)
        self.again_button.clicked.connect(self.start)
        self.again_button.hide()
        self.model = problems_model(self)
        self.view = sortable_view(self.model, self, stretch_column=2)
        self.view.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        self.add(self.progress, self.status, self.error, self.outcome)
        self.layout_.addLayout(buttons)
        self.add(self.view, stretch=1)
        self.layout_.addStretch(0)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        self.state.result = None
        self.again_button.hide()
        self.view.hide()
        show_message(self.outcome, "")
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        snapshot, service = self.state.snapshot(), self.service
        self.run(
            "import",
            lambda task: run_import(service, snapshot, task.progress, task.cancelled),
            self._imported,
            self.tr("Importing…"),
            self._failed,
        )

    def stop(self) -> None:
        """Ask the import to stop; the domain rolls its transaction back."""
        if self.owner.busy("import"):
            self.owner.worker.cancel("import")
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def running(self) -> bool:
        return self.owner.busy("import")

    def _imported(self, report: ImportReport) -> None:
        self.state.result = report
        self.stop_button.hide()
        show_message(self.outcome, self.tr("Imported."), OK_STYLE)
        self.owner.imported.emit(report)
        self.completeChanged.emit()
        self.owner.next()

    def _failed(self, error: BaseException) -> None:
        self.stop_button.hide()
        if isinstance(error, ImportCancelled):
            text = self.tr("The import was stopped. Nothing was saved: the database is as it was.")
            self.again_button.show()
        elif isinstance(error, ImportRefused):
            text = fill(
                self.tr(
                    "The import was refused: %1 problem(s), listed below. Nothing "
                    "was saved. (Did someone change the database since the dry "
                    "run?)"
                ),
                len(error.report.problems),
            )
            self.model.set_rows(problem_rows(error.report.problems))
            self.view.show()
        else:
            text = fill(self.tr("The import failed; nothing was saved: %1"), error_text(error))
            self.again_button.show()
        show_message(self.outcome, text, ERROR_STYLE)

    def outcome_text(self) -> str:
        return self.outcome.text()

    def isComplete(self) -> bool:
        return self.state.result is not None


class DonePage(WorkPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Imported"))
        self.summary = message_label(self)
        self.left_out = message_label(self)
        self.model = RowsModel(
            [self.tr("Row"), self.tr("Record"), self.tr("Done"), self.tr("Note")], self, blank=""
        )
        self.view = sortable_view(self.model, self, stretch_column=1)
        self.add(self.summary, self.left_out)
        self.add(self.view, stretch=1)

    def initializePage(self) -> None:
        report = self.state.result
        if report is None:
            return
        summary = report.summary
        self.setSubTitle(Path(report.source).name)
        show_message(
            self.summary,
            fill(
                self.tr("%1 added, %2 updated, %3 skipped (already in the database)."),
                summary.to_add,
                summary.to_update,
                summary.to_skip,
            ),
            OK_STYLE,
        )
        checked = self.state.checked
        left = checked.left_out if checked else ()
        show_message(
            self.left_out,
            fill(
                self.tr(
                    "Rows left out, not imported: %1. Correct them in the file and import it "
                    "again: the rows already imported will be skipped."
                ),
                row_list(left),
            )
            if left
            else "",
            ERROR_STYLE,
        )
        self.model.set_rows(outcome_rows(report, done=True))

    def summary_text(self) -> str:
        return self.summary.text()
