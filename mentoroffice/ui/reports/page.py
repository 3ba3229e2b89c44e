"""The Reports page: choose a report, its facility or district (or person) and period, generate
it off the GUI thread with a progress bar and Cancel, then read it here, save or print it."""

from __future__ import annotations

import datetime as dt
import logging
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.choices import PersonChoice, PlaceChoice
from ...periods import Period
from ...reports.service import (
    DEFAULT_PERIOD,
    ReportCancelled,
    ReportFailed,
    ReportKind,
    ReportResult,
    ReportService,
    period_choices,
)
from ..checklists.lookup import LookupEdit
from ..indicators.common import ChoiceCombo, Loader
from ..tasks import Task, TaskContext, TaskRunner
from .preview import PdfPreview
from .texts import period_text, report_description, report_title

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #a3211a;"


def safe_file_name(text: str) -> str:
    """A file name Windows accepts."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .-") or "report"


def needs_place(kind: ReportKind) -> bool:
    """Whether the report is for a place: a facility or district, or (validation summary)
    optionally one facility's catchment."""
    return kind.needs in ("facility", "district") or kind.code == "validation_summary"


class ReportsPage(QWidget):
    loaded = Signal()  # the choices for the report arrived
    finished = Signal(object)  # ReportResult, once shown
    stopped = Signal(str)  # "cancelled" or "failed"

    def __init__(self, service: ReportService, runner: TaskRunner | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.runner = runner or TaskRunner(self)
        self.loader = Loader(self.runner, self)
        self.loader.settled.connect(self.loaded)
        self.fiscal_start: int | None = None
        self.task: Task | None = None
        self._work: tempfile.TemporaryDirectory[str] | None = None
        self._serial = 0
        self._started_at = 0.0
        self._started = False
        self._watched_window: QWidget | None = None
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        for kind in self.service.kinds():
            self.kind_combo.addItem(report_title(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _n: self._kind_changed())
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.description_label.setStyleSheet("color: palette(dark);")
        self.place_combo = ChoiceCombo(self, self.tr("Type part of the name"))
        self.mentee_edit = LookupEdit(self.service.validated_mentees, self,
                                      self.tr("Type part of a validated mentee's name"))
        self.mentor_combo = ChoiceCombo(self, self.tr("Type part of the name"))
        self.period_combo = QComboBox(self)
        self.period_combo.setMaxVisibleItems(16)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop generating (Esc); no file is written"))
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self.service.save_copy, self)
        self.preview.saved.connect(lambda path: self._status(
            self.tr("Saved as %1.").replace("%1", path)))
        self.preview.printed.connect(lambda pages: self._status(
            self.tr("%n page(s) sent to the printer.", "", pages)))
        self._lay_out()
        self._set_running(False)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(self.tr("&Report:"), self)
        self.place_label = QLabel(self.tr("&Facility:"), self)
        self.mentee_label = QLabel(self.tr("&Mentee:"), self)
        self.mentor_label = QLabel(self.tr("&Mentor:"), self)
        self.period_label = QLabel(self.tr("&Period:"), self)
        for label, widget in ((self.kind_label, self.kind_combo),
                              (None, self.description_label),
                              (self.place_label, self.place_combo),
                              (self.mentee_label, self.mentee_edit),
                              (self.mentor_label, self.mentor_combo),
                              (self.period_label, self.period_combo)):
            if label is None:
                form.addRow(widget)
            else:
                label.setBuddy(widget)
                form.addRow(label, widget)
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addLayout(form)
        for widget in (self.generate_button, self.cancel_button, self.progress_bar,
                       self.status_label):
            panel_layout.addWidget(widget)
        panel_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(panel)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.form = form

    # --- choices -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)  # a report being written stops when it closes
            self._watched_window = window
        if not self._started:
            self._started = True
            self.loader.load("fiscal_start", self.service.fiscal_start_month,
                             self._fiscal_start_read, self._load_failed)
        elif self.task is None:
            self._load_places(self.kind())  # facilities may have been added meanwhile

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.cancel()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.cancel()
        super().closeEvent(event)

    def busy(self) -> bool:
        """Whether choices are loading or a report is being generated."""
        return self.loader.busy() or self.task is not None

    def generating(self) -> bool:
        return self.task is not None

    def kind(self) -> ReportKind:
        kind: ReportKind = self.kind_combo.currentData()
        return kind

    def choose_kind(self, code: str) -> None:
        for number in range(self.kind_combo.count()):
            if self.kind_combo.itemData(number).code == code:
                self.kind_combo.setCurrentIndex(number)

    def _fiscal_start_read(self, month: int) -> None:
        self.fiscal_start = month
        self._kind_changed()

    def _load_failed(self, error: BaseException) -> None:
        log.warning("Loading report choices failed: %s", error, exc_info=error)
        self._status(self.tr("Could not load the choices: %1").replace("%1", str(error)),
                     error=True)

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.description_label.setText(report_description(kind))
        self._show_rows(kind)
        self._fill_periods(kind)
        self._load_places(kind)
        if kind.needs == "mentor":
            self.loader.load("mentors", self.service.mentors, self._show_mentors,
                             self._load_failed)

    def _load_places(self, kind: ReportKind) -> None:
        if needs_place(kind):
            self.loader.load("places", lambda: self.service.places(kind.code),
                             lambda places: self._show_places(kind, places), self._load_failed)

    def _show_rows(self, kind: ReportKind) -> None:
        rows = ((self.place_label, self.place_combo, needs_place(kind)),
                (self.mentee_label, self.mentee_edit, kind.needs == "mentee"),
                (self.mentor_label, self.mentor_combo, kind.needs == "mentor"),
                (self.period_label, self.period_combo, kind.period_kind != "none"))
        for label, widget, shown in rows:
            label.setVisible(shown)
            widget.setVisible(shown)
        self.place_label.setText(self.tr("&District:") if kind.needs == "district" else (
            self.tr("&Facility (optional):") if kind.needs == "none" else self.tr("&Facility:")))

    def _show_places(self, kind: ReportKind, places: list[PlaceChoice]) -> None:
        if kind != self.kind():
            return
        current = self.place_combo.choice()
        optional = kind.needs == "none"  # the whole office unless a facility is chosen
        chosen = current.id if current in places and not optional else None
        if chosen is None and places and not optional:
            chosen = next((p.id for p in places if p.level == "hospital"), places[0].id)
        self.place_combo.set_choices(places, chosen,
                                     self.tr("All facilities") if optional else None)

    def _show_mentors(self, mentors: list[PersonChoice]) -> None:
        current = self.mentor_combo.choice()
        self.mentor_combo.set_choices(mentors, current.id if current else (
            mentors[0].id if mentors else None))

    def _fill_periods(self, kind: ReportKind) -> None:
        start = self.fiscal_start or 10
        choices = period_choices(kind.period_kind, self.today(), start,
                                 DEFAULT_PERIOD.get(kind.code, 0))
        current = self.period_combo.currentData()
        self.period_combo.clear()
        for period in choices.periods:
            self.period_combo.addItem(period_text(period), period)
        found = self.period_combo.findData(current) if current is not None else -1
        self.period_combo.setCurrentIndex(found if found >= 0 else choices.default)

    def choose_period(self, label: str) -> bool:
        """Select the period labelled ``label`` (e.g. "FY26 Q2")."""
        for number in range(self.period_combo.count()):
            if self.period_combo.itemData(number).label == label:
                self.period_combo.setCurrentIndex(number)
                return True
        return False

    # --- generating --------------------------------------------------------------------
    def _request(self) -> dict[str, Any] | None:
        """The report's arguments, or None after saying what is missing."""
        kind, arguments = self.kind(), {}
        if needs_place(kind):
            place = self.place_combo.choice()
            if place is None and kind.needs != "none":
                return self._missing(self.place_combo, self.tr("Choose the district.")
                                     if kind.needs == "district"
                                     else self.tr("Choose the facility."))
            arguments["facility_id"] = place.id if place else None
        if kind.needs == "mentee":
            if self.mentee_edit.choice is None:
                return self._missing(self.mentee_edit, self.tr("Choose the mentee."))
            arguments["mentee_id"] = self.mentee_edit.choice.id
        if kind.needs == "mentor":
            if self.mentor_combo.choice() is None:
                return self._missing(self.mentor_combo, self.tr("Choose the mentor."))
            arguments["mentor_id"] = self.mentor_combo.choice().id
        if kind.period_kind != "none":
            if self.period_combo.currentData() is None:
                return self._missing(self.period_combo, self.tr("Choose the period."))
            arguments["period"] = self.period_combo.currentData()
        return arguments

    def _missing(self, widget: QWidget, text: str) -> None:
        self._status(text, error=True)
        widget.setFocus()
        return None

    def _suggested_name(self, arguments: dict[str, Any]) -> str:
        parts = [report_title(self.kind())]
        if arguments.get("facility_id") is not None:
            parts.append(self.place_combo.currentText())
        for widget, key in ((self.mentee_edit, "mentee_id"), (self.mentor_combo, "mentor_id")):
            if key in arguments:
                parts.append(widget.currentText() if isinstance(widget, QComboBox)
                             else widget.text())
        period: Period | None = arguments.get("period")
        if period is not None:
            parts.append(period.label.replace("/", "-"))
        return safe_file_name(" - ".join(parts)) + ".pdf"

    @property
    def work_folder(self) -> Path:
        """Where generated reports wait until saved (removed when the app ends)."""
        if self._work is None:
            self._work = tempfile.TemporaryDirectory(prefix="mentoroffice-reports-",
                                                     ignore_cleanup_errors=True)
        return Path(self._work.name)

    def generate(self) -> None:
        if self.task is not None:
            return
        arguments = self._request()
        if arguments is None:
            return
        code, name = self.kind().code, self._suggested_name(arguments)
        self._serial += 1
        path = str(self.work_folder / f"report-{self._serial}.pdf")
        service = self.service

        def work(context: TaskContext) -> ReportResult:
            return service.generate(code, path, progress=context.progress,
                                    cancelled=context.cancelled, **arguments)
        self._started_at = time.monotonic()
        self.progress_bar.setRange(0, 0)  # busy until the first step reports
        self._status(self.tr("Generating %1…").replace("%1", Path(name).stem))
        self.task = self.runner.start(work, lambda result: self._generated(result, name),
                                      self._generation_failed, self._progress)
        self._set_running(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.context.cancel()
            self._status(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if self.task is None or total <= 0:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))

    def _generated(self, result: ReportResult, name: str) -> None:
        self.task = None
        self._set_running(False)
        old = self.preview.path
        if not self.preview.load(result.path, name):
            self._status(self.tr("The report was written but cannot be shown here."),
                         error=True)
            return
        if old and old != result.path:
            Path(old).unlink(missing_ok=True)
        seconds = QLocale().toString(time.monotonic() - self._started_at, "f", 1)
        self._status(self.tr("%1 ready: %n page(s), in %2 s. Save or print it from the "
                             "preview.", "", result.pages)
                     .replace("%1", Path(name).stem).replace("%2", seconds))
        self.finished.emit(result)

    def _generation_failed(self, error: BaseException) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(error, ReportCancelled):
            self._status(self.tr("Cancelled; no file was written."))
            self.stopped.emit("cancelled")
            return
        if not isinstance(error, ReportFailed):
            log.error("Report failed: %s", error, exc_info=error)
        message = str(error) or type(error).__name__
        self._status(self.tr("Not generated: %1").replace("%1", message), error=True)
        QMessageBox.warning(self, self.tr("Report not generated"), message)
        self.stopped.emit("failed")

    def _set_running(self, running: bool) -> None:
        for widget in (self.kind_combo, self.place_combo, self.mentee_edit, self.mentor_combo,
                       self.period_combo, self.generate_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        if running:
            self.cancel_button.setFocus()
        else:
            self.progress_bar.reset()

    def _status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
