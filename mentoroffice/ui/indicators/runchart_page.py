"""A facility's indicator as a run chart, with its signals listed in words beside it and the
QI changes (PDSA cycle starts) marked on it.

matplotlib is imported when the first chart is drawn, never when the page is built.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.choices import PlaceChoice
from ...indicators.service import IndicatorService, RunChartData
from ...indicators.values import IndicatorInfo
from ...periods import add_months
from ..tasks import TaskRunner
from .common import ChoiceCombo, Loader
from .texts import date_text, direction_text, month_text, signal_text

log = logging.getLogger(__name__)
DEFAULT_MONTHS = 24


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def import_matplotlib() -> None:
    """Import what drawing needs (about a second the first time) on the worker thread that
    loads the chart's data, so the GUI thread finds the modules ready."""
    import matplotlib.backends.backend_qtagg
    import matplotlib.figure
    import matplotlib.lines
    import matplotlib.ticker  # noqa: F401


class RunChartPage(QWidget):
    loaded = Signal()  # choices or a chart arrived

    def __init__(self, service: IndicatorService, runner: TaskRunner | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.loader = Loader(runner or TaskRunner(self), self)
        self.loader.settled.connect(self.loaded)
        self._started = False
        self._wanted: tuple[int, int] | None = None  # asked for before the choices arrived
        self.data: RunChartData | None = None
        self.canvas: Any = None  # FigureCanvasQTAgg, made for the first chart
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.facility_combo = ChoiceCombo(self, self.tr("Type part of the name"))
        self.indicator_combo = QComboBox(self)
        self.indicator_combo.setMinimumContentsLength(28)
        self.indicator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.last_month_edit = QDateEdit(_qdate(add_months(self.today().replace(day=1), -1)),
                                         self)
        self.last_month_edit.setDisplayFormat("MMM yyyy")
        self.last_month_edit.setCalendarPopup(True)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(6, 60)
        self.months_spin.setValue(DEFAULT_MONTHS)
        self.months_spin.setSuffix(self.tr(" months"))
        for signal in (self.facility_combo.currentIndexChanged,
                       self.indicator_combo.currentIndexChanged,
                       self.last_month_edit.dateChanged, self.months_spin.valueChanged):
            signal.connect(lambda *_: self.reload())
        self.chart_area = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Choose a facility and an indicator."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.placeholder)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.signals_list = QListWidget(self)
        self.signals_list.setWordWrap(True)
        self.signals_list.setSpacing(3)
        self.signals_list.setAccessibleName(self.tr("Signals"))
        self.changes_list = QListWidget(self)
        self.changes_list.setWordWrap(True)
        self.changes_list.setSpacing(3)
        self.changes_list.setAccessibleName(self.tr("QI changes"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #a3211a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for text, widget in ((self.tr("&Facility:"), self.facility_combo),
                             (self.tr("&Indicator:"), self.indicator_combo),
                             (self.tr("&Up to:"), self.last_month_edit),
                             (self.tr("&Over:"), self.months_spin)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 2 if isinstance(widget, QComboBox) else 0)
        top.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        signals_label = QLabel(self.tr("<b>&Signals</b>"), side)
        signals_label.setBuddy(self.signals_list)
        changes_label = QLabel(self.tr("<b>QI &changes tested</b>"), side)
        changes_label.setBuddy(self.changes_list)
        for widget, stretch in ((self.summary_label, 0), (signals_label, 0),
                                (self.signals_list, 3), (changes_label, 0),
                                (self.changes_list, 2)):
            side_layout.addWidget(widget, stretch)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart_area)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)

    # --- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.loader.load("choices", lambda: (self.service.facilities(),
                                                 self.service.indicators()),
                             self._show_choices, self._failed)
        else:
            self.reload()  # values may have been saved on the grid meanwhile

    def busy(self) -> bool:
        return self.loader.busy()

    def _show_choices(self, choices: tuple[list[PlaceChoice], list[IndicatorInfo]]) -> None:
        facilities, indicators = choices
        wanted_facility = self._wanted[0] if self._wanted else None
        hospital = next((f.id for f in facilities if f.level == "hospital"),
                        facilities[0].id if facilities else None)
        self.facility_combo.set_choices(facilities, wanted_facility or hospital)
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for indicator in indicators:
            self.indicator_combo.addItem(indicator.name, indicator.id)
            self.indicator_combo.setItemData(
                self.indicator_combo.count() - 1,
                f"{indicator.code}: {indicator.numerator_definition} / "
                f"{indicator.denominator_definition}", Qt.ItemDataRole.ToolTipRole)
        if self._wanted:
            self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(
                self._wanted[1])))
        self.indicator_combo.blockSignals(False)
        self._wanted = None
        self.reload()

    def show_chart(self, facility_id: int, indicator_id: int, month: dt.date | None = None
                   ) -> None:
        """Show one facility's indicator (from the values grid), up to ``month``'s year end
        when that is earlier than last month."""
        if month is not None:
            default_end = add_months(self.today().replace(day=1), -1)
            end = min(default_end, dt.date(month.year, 12, 1))
            self.last_month_edit.blockSignals(True)
            self.last_month_edit.setDate(_qdate(end))
            self.last_month_edit.blockSignals(False)
        if self.indicator_combo.count() == 0:
            self._wanted = (facility_id, indicator_id)
            return
        self.facility_combo.blockSignals(True)
        self.indicator_combo.blockSignals(True)
        self.facility_combo.choose(facility_id)
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(indicator_id)))
        self.facility_combo.blockSignals(False)
        self.indicator_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        facility = self.facility_combo.choice()
        indicator_id = self.indicator_combo.currentData()
        if facility is None or indicator_id is None:
            return
        date = self.last_month_edit.date()
        last = dt.date(date.year(), date.month(), 1)
        months = self.months_spin.value()
        service = self.service

        def load() -> RunChartData:  # on the worker thread
            data = service.run_chart(facility.id, indicator_id, last, months)
            import_matplotlib()
            return data

        self.loader.load("chart", load, self._show_chart, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.warning("Loading the run chart failed: %s", error, exc_info=error)
        self.error_label.setText(self.tr("Could not load: %1").replace("%1", str(error)))
        self.error_label.show()

    # --- showing -----------------------------------------------------------------------
    def _show_chart(self, data: RunChartData) -> None:
        self.error_label.hide()
        self.data = data
        self._draw(data)
        self._list_signals(data)
        self._list_changes(data)
        self.summary_label.setText(self._summary(data))

    def _ensure_canvas(self) -> Any:
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(figsize=(7.5, 4.2), dpi=96))
            self.canvas.setMinimumSize(420, 300)
            self.chart_layout.removeWidget(self.placeholder)
            self.placeholder.hide()
            self.chart_layout.addWidget(self.canvas)
        return self.canvas

    def _draw(self, data: RunChartData) -> None:
        from .chart import draw_run_chart

        canvas = self._ensure_canvas()
        draw_run_chart(canvas.figure, data, self.chart_labels(data))
        canvas.draw_idle()

    def chart_labels(self, data: RunChartData) -> dict[str, str]:
        return {
            "value": self.tr("Monthly value (%)"), "median": self.tr("Median %1%"),
            "percent": self.tr("Percent"), "better": direction_text(data.indicator.direction),
            "pdsa": self.tr("Change tested (PDSA cycle start)"),
            "empty": self.tr("No values for this indicator in these months."),
            "shift": self.tr("Shift (6+ points on one side)"),
            "trend": self.tr("Trend (5+ points up or down)"),
            "astronomical": self.tr("Astronomical point"),
            "anhoej_run": self.tr("Unusually long run (Anhøj)"),
        }

    def _list_signals(self, data: RunChartData) -> None:
        self.signals_list.clear()
        if data.analysis is None:
            return
        for signal in data.signals:
            item = QListWidgetItem(signal_text(signal, data.analysis))
            item.setToolTip(signal.message)
            item.setData(Qt.ItemDataRole.UserRole, signal)
            self.signals_list.addItem(item)
        if not data.signals:
            self.signals_list.addItem(self.tr("No signal: the variation looks random "
                                              "(common cause)."))

    def _list_changes(self, data: RunChartData) -> None:
        self.changes_list.clear()
        for annotation in data.annotations:
            text = self.tr("%1 (%2): %3").replace("%1", annotation.label).replace(
                "%2", date_text(annotation.day)).replace(
                "%3", annotation.project)
            if annotation.change:
                text += " — " + annotation.change
            self.changes_list.addItem(text)
        if not data.annotations:
            self.changes_list.addItem(self.tr("No PDSA cycle of this facility's QI projects "
                                              "measured by this indicator in these months."))

    def _summary(self, data: RunChartData) -> str:
        if data.analysis is None:
            return self.tr("No values from %1 to %2.").replace(
                "%1", month_text(data.first_month)).replace("%2", month_text(data.last_month))
        text = (self.tr("Median %1% over %2 months, %3 to %4.")
                .replace("%1", QLocale().toString(data.analysis.median, "f", 1))
                .replace("%2", str(len(data.months)))
                .replace("%3", month_text(data.months[0]))
                .replace("%4", month_text(data.months[-1])))
        if data.months_without_cases:
            text += " " + self.tr("%1 month(s) without cases left out.").replace(
                "%1", str(len(data.months_without_cases)))
        return text

    def signal_texts(self) -> list[str]:
        """What the signals list says, top to bottom."""
        return [self.signals_list.item(n).text() for n in range(self.signals_list.count())]
