"""A mentee's page: score trend per competency, competencies table, "fully validated", and
the coaching plan proposed from repeated gaps, edited and saved by the mentor.

matplotlib is imported when the first page opens, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...checklists.service import ChecklistService, CoachingPlanData, MenteeOverview
from ...core.access import Permission, actor_of
from ...core.refusals import RuleRefused
from ..access import allow
from ..history import history_button
from ..rules_text import refusal_text
from .printing import PdfPrinter
from .texts import cadre_label, date_text, percent_text

VALIDATED_STYLE = "background: #dcf2e2; color: #0b5a22; padding: 3px 8px; font-weight: bold;"
NOT_YET_STYLE = "background: #fcefd2; color: #6b4a00; padding: 3px 8px; font-weight: bold;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MenteePage(QDialog):
    plan_saved = Signal(object)  # CoachingPlanData

    def __init__(self, service: ChecklistService, printer: PdfPrinter, person_id: int,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.printer, self.today = service, printer, today
        self.person_id = person_id
        self.overview: MenteeOverview = service.mentee_overview(person_id)
        self.plan: CoachingPlanData | None = None
        self._plan_dirty = False
        self.setWindowTitle(self.tr("Mentee: %1").replace("%1", self.overview.name))
        self.resize(980, 760)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_heading())
        layout.addWidget(self._build_chart(), 1)
        layout.addWidget(self._build_table())
        layout.addWidget(self._build_plan())
        layout.addLayout(self._build_buttons())
        self._choose_plan_competency()

    # ----- building

    def _build_heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title_label = QLabel(self)
        self.status_label = QLabel(self)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        self._show_heading()
        return row

    def _show_heading(self) -> None:
        overview = self.overview
        details = [cadre_label(overview.cadre), overview.facility,
                   ", ".join(overview.technical_areas)]
        self.title_label.setText(f"<b style='font-size:14pt'>{overview.name}</b><br>"
                                 + " · ".join(d for d in details if d))
        if overview.fully_validated:
            self.status_label.setText("✓ " + self.tr("Fully validated"))
            self.status_label.setStyleSheet(VALIDATED_STYLE)
        else:
            self.status_label.setText(self.tr("Not fully validated: %1 of %2 competencies")
                                      .replace("%1", str(overview.validated_count))
                                      .replace("%2", str(len(overview.competencies))))
            self.status_label.setStyleSheet(NOT_YET_STYLE)

    def _build_chart(self) -> QWidget:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8, 3), dpi=96)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(240)
        self._draw_chart()
        return self.canvas

    def _draw_chart(self) -> None:
        from .charts import draw_trends

        self.figure.clear()
        draw_trends(self.figure, self.overview.competencies, {
            "pass": self.tr("85% pass"), "score": self.tr("Score (%)"),
            "validated": self.tr("validated"), "empty": self.tr("No assessment yet")})
        self.canvas.draw_idle()

    def _build_table(self) -> QTableWidget:
        headers = [self.tr("Form"), self.tr("Competency"), self.tr("Baseline"),
                   self.tr("Latest"), self.tr("Assessments"), self.tr("Validated on")]
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.competency_table = table
        self._fill_table()
        return table

    def _fill_table(self) -> None:
        table = self.competency_table
        table.setRowCount(len(self.overview.competencies))
        for row, c in enumerate(self.overview.competencies):
            values = [c.code, c.title, percent_text(c.baseline), percent_text(c.latest),
                      str(c.assessments),
                      "✓ " + date_text(c.validated_on) if c.validated_on else self.tr("not yet")]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        shown_rows = min(max(1, table.rowCount()), 6)  # as tall as its rows, up to six
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + shown_rows * table.verticalHeader().defaultSectionSize())

    def reload(self) -> None:
        """Read the mentee's scores again (an assessment was saved); a coaching plan being
        written stays as it is."""
        self.overview = self.service.mentee_overview(self.person_id)
        self._show_heading()
        self._draw_chart()
        self._fill_table()

    def _build_plan(self) -> QGroupBox:
        box = QGroupBox(self.tr("Coaching plan"), self)
        grid = QGridLayout(box)
        self.plan_competency = QComboBox(box)
        for c in self.overview.competencies:
            self.plan_competency.addItem(f"{c.code} · {c.title}", c.code)
        self.propose_button = QPushButton(self.tr("&Propose from gaps"), box)
        self.gaps_edit = QPlainTextEdit(box)
        self.actions_edit = QPlainTextEdit(box)
        self.target_edit = QDateEdit(box)
        self.target_edit.setCalendarPopup(True)
        self.target_edit.setDisplayFormat("d MMM yyyy")
        self.save_plan_button = QPushButton(self.tr("Sa&ve plan"), box)
        self.plan_status = QLabel(box)
        self.plan_status.setWordWrap(True)
        for edit in (self.gaps_edit, self.actions_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
            edit.textChanged.connect(self._plan_edited)
        self.target_edit.dateChanged.connect(self._plan_edited)
        fields = ((self.tr("C&ompetency:"), self.plan_competency, 0, 0),
                  (self.tr("&Gaps (steps repeatedly not done):"), self.gaps_edit, 1, 0),
                  (self.tr("Planned &actions:"), self.actions_edit, 1, 2),
                  (self.tr("&Target date:"), self.target_edit, 0, 2))
        for text, widget, row, column in fields:
            label = QLabel(text, box)
            label.setBuddy(widget)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(widget, row * 2 + 1, column, 1, 2)
        grid.addWidget(self.plan_status, 4, 0, 1, 3)
        grid.addWidget(self.propose_button, 4, 3)
        grid.addWidget(self.save_plan_button, 5, 3)
        self.plan_competency.currentIndexChanged.connect(self._load_plan)
        self.propose_button.clicked.connect(self._propose)
        self.save_plan_button.clicked.connect(self.save_plan)
        allow(self.save_plan_button, actor_of(self.service.session_factory),
              Permission.ASSESSMENTS)
        box.setEnabled(bool(self.overview.competencies))
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print progress &sheet"), self)
        close = QPushButton(self.tr("&Close"), self)
        self.print_button.clicked.connect(
            lambda: self.printer.print_progress_sheet(self, self.person_id, self.overview.name))
        close.clicked.connect(self.close)
        self.history_button = history_button(
            self, self.service.session_factory, self.selected_assessment_id, "assessment",
            self.tr("&History of the latest assessment…"))
        row.addStretch()
        if self.history_button is not None:
            self.history_button.setToolTip(self.tr(
                "Who entered or changed the latest assessment of the competency selected "
                "above"))
            row.addWidget(self.history_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        return row

    def selected_assessment_id(self) -> int | None:
        """The latest assessment of the competency selected in the table."""
        row = self.competency_table.currentRow()
        if not 0 <= row < len(self.overview.competencies):
            return None
        trend = self.overview.competencies[row].trend
        return trend[-1].assessment_id if trend else None

    # ----- coaching plan

    def _choose_plan_competency(self) -> None:
        """Start on the first competency not validated yet."""
        codes = [c.code for c in self.overview.competencies if c.validated_on is None]
        position = self.plan_competency.findData(codes[0]) if codes else 0
        self.plan_competency.setCurrentIndex(max(0, position))
        self._load_plan()

    def _load_plan(self) -> None:
        code = self.plan_competency.currentData()
        if code is None:
            return
        if not self._confirm_drop_plan():
            self.plan_competency.blockSignals(True)
            self.plan_competency.setCurrentIndex(max(0, self.plan_competency.findData(
                self.plan.form_code if self.plan else None)))
            self.plan_competency.blockSignals(False)
            return
        self._show_plan(self.service.coaching_plan(self.person_id, code, self.today()))

    def _propose(self) -> None:
        code = self.plan_competency.currentData()
        if code is not None:
            proposal = self.service.propose_coaching_plan(self.person_id, code, self.today())
            current = self.plan
            if current is not None:  # keep the saved plan's identity: this edits it
                proposal = CoachingPlanData(
                    proposal.mentee_id, proposal.form_code, proposal.gaps,
                    proposal.planned_actions, proposal.target_date, current.status,
                    current.plan_id, current.version_id)
            self._show_plan(proposal, edited=current is not None and current.plan_id is not None)

    def _show_plan(self, plan: CoachingPlanData, edited: bool = False) -> None:
        self.plan = plan
        for widget in (self.gaps_edit, self.actions_edit, self.target_edit):
            widget.blockSignals(True)
        self.gaps_edit.setPlainText(plan.gaps)
        self.actions_edit.setPlainText(plan.planned_actions)
        self.target_edit.setDate(_qdate(plan.target_date or self.today()))
        for widget in (self.gaps_edit, self.actions_edit, self.target_edit):
            widget.blockSignals(False)
        self._plan_dirty = edited  # a proposal nobody touched is not work to lose
        if plan.plan_id is not None and not edited:
            self.plan_status.setText(self.tr("Saved plan."))
        elif plan.gaps:
            self.plan_status.setText(self.tr("Proposed from the latest assessments; edit it, "
                                             "then save."))
        else:
            self.plan_status.setText(self.tr("No step was repeatedly missed: nothing to "
                                             "propose. Write a plan if one is needed."))

    def _plan_edited(self) -> None:
        self._plan_dirty = True
        self.plan_status.setText(self.tr("Changed, not saved yet."))

    def plan_entered(self) -> CoachingPlanData | None:
        if self.plan is None:
            return None
        plan = self.plan
        return CoachingPlanData(plan.mentee_id, plan.form_code, self.gaps_edit.toPlainText(),
                                self.actions_edit.toPlainText(),
                                self.target_edit.date().toPython(), plan.status, plan.plan_id,
                                plan.version_id)

    def save_plan(self) -> bool:
        entered = self.plan_entered()
        if entered is None:
            return False
        try:
            saved = self.service.save_coaching_plan(entered)
        except RuleRefused as changed:
            QMessageBox.warning(self, self.tr("Coaching plan"), refusal_text(changed, "\n"))
            return False
        self._show_plan(saved)
        self.plan_status.setText(self.tr("Saved plan (target %1).").replace(
            "%1", date_text(saved.target_date)))
        self.plan_saved.emit(saved)
        return True

    def _confirm_drop_plan(self) -> bool:
        if not self._plan_dirty or self.plan is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Coaching plan not saved"),
            self.tr("The coaching plan for %1 was not saved. Discard it?").replace(
                "%1", self.plan.form_code),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Escape, the Close button and the window's close box all come here."""
        if self._confirm_drop_plan():
            self._plan_dirty = False
            super().reject()
