"""The wizard's checking pages: every problem by row and column, what to do with records already
stored, and the dry run (rows to add, update, skip). Nothing is saved on these pages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
)

from ...exchange.importing import Action, DuplicatePolicy, ImportReport
from ...exchange.problems import Problem
from ...exchange.reading import Table
from .common import (
    ERROR_STYLE,
    OK_STYLE,
    RowsModel,
    fill,
    message_label,
    show_message,
    sortable_view,
)
from .import_state import Checked, check, dry_run, row_list
from .wizard import ImportWizard, WorkPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# What a row's action reads in the outcome tables: (before the import: the dry run, after it).
ACTION_WORDS: dict[Action, tuple[str, str]] = {
    Action.ADD: (QT_TRANSLATE_NOOP("Exchange", "add"), QT_TRANSLATE_NOOP("Exchange", "added")),
    Action.UPDATE: (QT_TRANSLATE_NOOP("Exchange", "update"),
                    QT_TRANSLATE_NOOP("Exchange", "updated")),
    Action.SKIP: (QT_TRANSLATE_NOOP("Exchange", "skip"), QT_TRANSLATE_NOOP("Exchange", "skipped")),
    Action.REFUSED: (QT_TRANSLATE_NOOP("Exchange", "refused"),
                     QT_TRANSLATE_NOOP("Exchange", "refused")),
}


def outcome_rows(report: ImportReport, *, done: bool) -> list[tuple[object, ...]]:
    """Row, record, what the import will do (or did) with it, and the note."""
    return [(o.row, o.record, translate("Exchange", ACTION_WORDS[o.action][done]), o.note)
            for o in report.outcomes]


def problem_rows(problems: tuple[Problem, ...] | list[Problem]) -> list[tuple[object, ...]]:
    return [(p.row, p.column or "", p.message) for p in problems]


def problems_model(parent: WorkPage) -> RowsModel:
    return RowsModel([parent.tr("Row"), parent.tr("Column"), parent.tr("Problem")], parent)


class PreviewPage(WorkPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the file"))
        self.setSubTitle(
            self.tr(
                "Every row was checked as the import would save it; nothing "
                "was saved. Click a column header to sort the problems."
            )
        )
        self.summary = message_label(self)
        self.model = problems_model(self)
        self.view = sortable_view(self.model, self, stretch_column=2)
        self.problems_label = QLabel(self.tr("&Problems:"), self)
        self.problems_label.setBuddy(self.view)
        self.leave_out_box = QCheckBox(
            self.tr("&Leave out the rows with problems and import the others"), self
        )
        self.leave_out_box.toggled.connect(self._leave_out_toggled)
        self.reread_button = QPushButton(self.tr("&Read the file again"), self)
        self.reread_button.setToolTip(self.tr("After correcting the file in Excel and saving it"))
        self.reread_button.clicked.connect(self.read_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_out_box)
        buttons.addStretch(1)
        buttons.addWidget(self.reread_button)
        self.add(self.progress, self.status, self.error, self.summary, self.problems_label)
        self.add(self.view, stretch=1)
        self.layout_.addLayout(buttons)

    def initializePage(self) -> None:
        self.leave_out_box.blockSignals(True)
        self.leave_out_box.setChecked(self.state.leave_out)
        self.leave_out_box.blockSignals(False)
        if self.state.checked is not None:
            self._show(self.state.checked)
        else:
            self.start_check()

    def cleanupPage(self) -> None:
        self.owner.worker.forget("check")
        super().cleanupPage()

    def start_check(self) -> None:
        self.model.set_rows([])
        show_message(self.summary, "")
        self.state.checked = None
        snapshot, service = self.state.snapshot(), self.service
        self.run(
            "check",
            lambda task: check(service, snapshot, task.progress, task.cancelled),
            self._checked,
            self.tr("Checking every row…"),
        )

    def read_again(self) -> None:
        state, service = self.state, self.service
        assert state.path is not None
        path, sheet = state.path, state.sheet
        self.model.set_rows([])
        self.run(
            "check",
            lambda _task: service.read(path, sheet),
            self._read_again,
            fill(self.tr("Reading %1…"), path.name),
        )

    def _read_again(self, table: Table) -> None:
        self.state.set_table(table)
        if self.state.mapping is None:  # other headers: match them again
            self.state.mapping = self.service.auto_map(self.state.kind, table.headers)
        self.start_check()

    def _leave_out_toggled(self, on: bool) -> None:
        self.state.leave_out = on
        self.start_check()

    def _checked(self, checked: Checked) -> None:
        self.state.checked = checked
        self._show(checked)

    def _show(self, checked: Checked) -> None:
        self.model.set_rows(problem_rows(checked.problems))
        self.problems_label.setText(fill(self.tr("&Problems (%1):"), len(checked.problems)))
        self.view.resizeColumnToContents(0)
        self.leave_out_box.setEnabled(
            bool(checked.rows_with_problems) and not checked.file_problems
        )
        text, ok = self.summary_text(checked)
        show_message(self.summary, text, OK_STYLE if ok else ERROR_STYLE)

    def summary_text(self, checked: Checked) -> tuple[str, bool]:
        total = len(self.state.table or ())
        problems = len(checked.problems)
        if checked.file_problems:
            return fill(
                self.tr(
                    "The file cannot be imported as it is: %1 problem(s) concern "
                    "the whole file or a column. Go back to the columns, or correct "
                    "the file and read it again."
                ),
                len(checked.file_problems),
            ), False
        bad = checked.rows_with_problems
        if total == 0:
            return self.tr(
                "The sheet has headers but no rows below them: nothing to import."
            ), False
        if not problems:
            return fill(self.tr("%1 rows read: all %1 rows are OK."), total), True
        text = fill(
            self.tr("%1 rows read: %2 rows OK, %3 row(s) with problems (%4 problem(s))."),
            total,
            total - len(bad),
            len(bad),
            problems,
        )
        if checked.left_out and checked.ok:
            return text + " " + fill(
                self.tr("Left out: row(s) %1; %2 rows are ready."),
                row_list(checked.left_out),
                len(checked.table),
            ), True
        return text + " " + self.tr(
            "Correct the file and read it again, or leave those rows out."
        ), False

    def problem_texts(self) -> list[tuple[str, str, str]]:
        """The problems as the table shows them, in its current order."""
        model = self.view.model()
        return [
            tuple(model.index(r, c).data() for c in range(3))  # type: ignore[misc]
            for r in range(model.rowCount())
        ]

    def isComplete(self) -> bool:
        checked = self.state.checked
        return (
            checked is not None
            and not self.owner.busy("check")
            and checked.ok
            and len(checked.table) > 0
        )


class DuplicatesPage(WorkPage):
    POLICIES = (DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE, DuplicatePolicy.STOP)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Records already in the database"))
        self.setSubTitle(
            self.tr(
                "A row matches a stored record by its code (a person: staff "
                "code, or name and phone). What should the import do with "
                "such rows?"
            )
        )
        self.found = message_label(self)
        self.group = QButtonGroup(self)
        texts = (
            self.tr("&Skip them: keep what is stored"),
            self.tr(
                "&Update the stored records with the file's values (a blank cell "
                "keeps what is stored)"
            ),
            self.tr("S&top: import nothing if any row is already stored"),
        )
        self.buttons: dict[DuplicatePolicy, QRadioButton] = {}
        self.add(self.found)
        for number, (policy, text) in enumerate(zip(self.POLICIES, texts, strict=True)):
            button = QRadioButton(text, self)
            self.group.addButton(button, number)
            self.buttons[policy] = button
            self.add(button)
        self.layout_.addStretch(1)

    def initializePage(self) -> None:
        self.buttons[self.state.policy].setChecked(True)
        checked = self.state.checked
        stored = checked.final.count(Action.SKIP) if checked else 0
        show_message(
            self.found,
            fill(self.tr("%1 row(s) of the file are already in the database."), stored)
            if stored
            else self.tr("None of the rows is in the database yet."),
        )

    def policy(self) -> DuplicatePolicy:
        return next(p for p, b in self.buttons.items() if b.isChecked())

    def choose(self, policy: DuplicatePolicy) -> None:
        self.buttons[policy].click()

    def validatePage(self) -> bool:
        if self.state.policy != self.policy():
            self.state.dry_run = None
        self.state.policy = self.policy()
        return True


class DryRunPage(WorkPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(
            self.tr(
                "What the import will do; still nothing saved. Click Import to "
                "save every row, or nothing if anything goes wrong."
            )
        )
        self.setCommitPage(True)
        self.counts: dict[Action, QLabel] = {}
        grid = QGridLayout()
        words = (self.tr("To add"), self.tr("To update"), self.tr("To skip"))
        for column, (action, word) in enumerate(
            zip((Action.ADD, Action.UPDATE, Action.SKIP), words, strict=True)
        ):
            number = QLabel("0", self)
            font = QFont(number.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(word, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            self.counts[action] = number
        self.summary = message_label(self)
        self.model = RowsModel(
            [self.tr("Row"), self.tr("Record"), self.tr("Will"), self.tr("Note")], self, blank=""
        )
        self.view = sortable_view(self.model, self, stretch_column=1)
        self.problems_model = problems_model(self)
        self.problems_view = sortable_view(self.problems_model, self, stretch_column=2)
        self.problems_view.hide()
        self.layout_.addLayout(grid)
        self.add(self.progress, self.status, self.error, self.summary)
        self.add(self.view, stretch=2)
        self.add(self.problems_view, stretch=1)

    def initializePage(self) -> None:
        if self.state.dry_run is not None:
            self._show(self.state.dry_run)
            return
        for label in self.counts.values():
            label.setText("…")
        self.model.set_rows([])
        snapshot, service = self.state.snapshot(), self.service
        self.run(
            "dry_run",
            lambda task: dry_run(service, snapshot, task.progress, task.cancelled),
            self._done,
            self.tr("Trying every row…"),
        )

    def cleanupPage(self) -> None:
        self.owner.worker.forget("dry_run")
        self.state.dry_run = None
        super().cleanupPage()

    def _done(self, report: ImportReport) -> None:
        self.state.dry_run = report
        self._show(report)

    def _show(self, report: ImportReport) -> None:
        summary = report.summary
        for action, count in (
            (Action.ADD, summary.to_add),
            (Action.UPDATE, summary.to_update),
            (Action.SKIP, summary.to_skip),
        ):
            self.counts[action].setText(str(count))
        self.model.set_rows(outcome_rows(report, done=False))
        self.problems_model.set_rows(problem_rows(report.problems))
        self.problems_view.setVisible(bool(report.problems))
        show_message(self.summary, *self.summary_text(report))

    def summary_text(self, report: ImportReport) -> tuple[str, str]:
        summary = report.summary
        if report.problems:
            return fill(
                self.tr(
                    "%1 problem(s) stop the import: see below. Go back to choose "
                    "what to do with records already stored."
                ),
                summary.problems,
            ), ERROR_STYLE
        if summary.to_add + summary.to_update == 0:
            return self.tr("Nothing to import: every row is already in the database."), ""
        return fill(
            self.tr("%1 to add, %2 to update, %3 to skip."),
            summary.to_add,
            summary.to_update,
            summary.to_skip,
        ), OK_STYLE

    def count_text(self, action: Action) -> str:
        return self.counts[action].text()

    def isComplete(self) -> bool:
        report = self.state.dry_run
        return (
            report is not None
            and not self.owner.busy("dry_run")
            and report.ok
            and report.summary.to_add + report.summary.to_update > 0
        )
