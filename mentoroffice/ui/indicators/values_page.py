"""Monthly indicator values: choose a facility and a year, type numerators and denominators,
see the percentage and any mistake at once, save the whole grid in one go (Ctrl+S)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission, actor_of
from ...core.choices import PlaceChoice
from ...core.refusals import RuleRefused
from ...indicators.service import IndicatorService, YearValues
from ...indicators.values import SaveResult, ValuesRefused
from ...periods import add_months
from ..access import allow, allow_all
from ..rules_text import refusal_text
from ..tasks import TaskRunner
from .common import ChoiceCombo, Loader
from .grid_model import NUMERATOR, ValuesModel
from .grid_view import ValuesGrid
from .indicator_dialog import AddIndicatorDialog
from .texts import named_problem_text

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #a3211a;"
SHOWN_PROBLEMS = 3


class IndicatorsPage(QWidget):
    loaded = Signal()  # facilities or a year's values arrived
    saved = Signal(object)  # SaveResult
    chart_requested = Signal(int, int, object)  # facility id, indicator id, month

    def __init__(self, service: IndicatorService, runner: TaskRunner | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.loader = Loader(runner or TaskRunner(self), self)
        self.loader.settled.connect(self.loaded)
        self._started = False
        self._shown: tuple[int | None, int] = (None, 0)  # the facility and year in the grid
        self._status_after_load = ""
        self._watched_window: QWidget | None = None
        self.model = ValuesModel(service.check, today, self)
        self.model.edited.connect(self._edited)
        self._build()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.facility_combo = ChoiceCombo(self, self.tr("Type part of the name"))
        self.facility_combo.currentIndexChanged.connect(lambda _n: self._selection_changed())
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, self.today().year + 1)
        self.year_spin.setValue(add_months(self.today().replace(day=1), -1).year)
        self.year_spin.valueChanged.connect(lambda _y: self._selection_changed())
        self.order_combo = QComboBox(self)
        self.order_combo.addItem(self.tr("Month by month"), True)
        self.order_combo.addItem(self.tr("Indicator by indicator"), False)
        self.order_combo.currentIndexChanged.connect(
            lambda _n: self.model.set_order(bool(self.order_combo.currentData())))
        self.grid = ValuesGrid(self.model, self)
        self.problems_label = QLabel(self)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save every change in the grid (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.chart_button = QPushButton(self.tr("Run &chart"), self)
        self.chart_button.setToolTip(self.tr("The run chart of the indicator in the current "
                                             "row"))
        self.chart_button.clicked.connect(self.request_chart)
        self.add_button = QPushButton(self.tr("&Add indicator…"), self)
        self.add_button.clicked.connect(self.add_indicator)
        self.save_action = QAction(self.tr("Save indicator values"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        actor = actor_of(self.service.session_factory)
        self.model.read_only = not allow_all((self.save_button, self.save_action), actor,
                                             Permission.INDICATORS)
        if self.model.read_only:
            self.grid.setToolTip(self.save_button.toolTip())
        allow(self.add_button, actor, Permission.INDICATORS)
        self.addAction(self.save_action)
        self._lay_out()
        self._update_buttons()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for text, widget in ((self.tr("&Facility:"), self.facility_combo),
                             (self.tr("&Year:"), self.year_spin),
                             (self.tr("&Order:"), self.order_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 2 if widget is self.facility_combo else 0)
        top.addStretch(1)
        hint = QLabel(self.tr("Type a number to replace a cell; Tab or Enter moves on, "
                              "Ctrl+Z undoes, Ctrl+V pastes from a spreadsheet."), self)
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.chart_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.facility_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.order_combo)
        QWidget.setTabOrder(self.order_combo, self.grid)
        QWidget.setTabOrder(self.grid, self.save_button)

    # --- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._watch_window()
        if not self._started:
            self._started = True
            self.reload_facilities()
        elif not self.model.has_changes():
            self.reload_facilities()  # facilities or values may have changed meanwhile

    def busy(self) -> bool:
        return self.loader.busy()

    def reload_facilities(self) -> None:
        self.loader.load("facilities", self.service.facilities, self._show_facilities,
                         self._load_failed)

    def _show_facilities(self, facilities: list[PlaceChoice]) -> None:
        current = self.facility()
        chosen = current.id if current else next(
            (f.id for f in facilities if f.level == "hospital"),
            facilities[0].id if facilities else None)
        self.facility_combo.set_choices(facilities, chosen)
        self._shown = (None, 0)
        self._selection_changed()

    def facility(self) -> PlaceChoice | None:
        return self.facility_combo.choice()

    def year(self) -> int:
        return self.year_spin.value()

    def reload(self, status: str = "") -> None:
        """Read the chosen facility's year again (what is typed and unsaved is dropped);
        ``status`` is shown once it is read."""
        self._status_after_load = status
        facility = self.facility()
        self._shown = (facility.id if facility else None, self.year())
        if facility is None:
            self.model.set_year(None)
            self._edited()
            return
        facility_id, year = facility.id, self.year()
        self.status_label.setText(self.tr("Loading…"))
        self.loader.load("year", lambda: self.service.year_values(facility_id, year),
                         self._show_year, self._load_failed)

    def _show_year(self, year_values: YearValues) -> None:
        current = self.grid.currentIndex()
        keep = self.model.row_at(current.row()) if current.isValid() else None
        self.model.set_year(year_values)
        self.model.recheck_all()
        self.status_label.setText(self._status_after_load)
        self._edited()
        if keep is not None and keep.month.year == year_values.year:
            self.grid.go_to(self.model.row_of(keep.indicator.id, keep.month), current.column())
        else:
            self.grid.go_to(max(self._entry_row(year_values.year), 0))

    def _entry_row(self, year: int) -> int:
        """Where typing most likely starts: last month's first empty row."""
        last_month = add_months(self.today().replace(day=1), -1)
        return self.model.first_empty_row(last_month) if last_month.year == year else 0

    def _load_failed(self, error: BaseException) -> None:
        log.warning("Loading indicator values failed: %s", error, exc_info=error)
        self.status_label.setText("")
        self._show_problems_text(self.tr("Could not load: %1").replace("%1", str(error)))

    # --- choosing, leaving -------------------------------------------------------------
    def _selection_changed(self) -> None:
        facility = self.facility()
        wanted = (facility.id if facility else None, self.year())
        if wanted == self._shown or not self._started:
            return
        if not self.confirm_leave():
            self._restore_selection()
            return
        self.reload()

    def _restore_selection(self) -> None:
        facility_id, year = self._shown
        for widget in (self.facility_combo, self.year_spin):
            widget.blockSignals(True)
        self.facility_combo.choose(facility_id)
        self.year_spin.setValue(year)
        for widget in (self.facility_combo, self.year_spin):
            widget.blockSignals(False)

    def has_unsaved_changes(self) -> bool:
        self.grid.commit_open_editor()
        return self.model.has_changes()

    def confirm_leave(self) -> bool:
        """True when nothing is unsaved, or it was saved, or the person drops it."""
        if not self.has_unsaved_changes():
            return True
        facility = self._facility_name()
        answer = QMessageBox.question(
            self, self.tr("Unsaved indicator values"),
            self.tr("The values typed for %1, %2 are not saved. Save them now?")
            .replace("%1", facility).replace("%2", str(self._shown[1])),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _facility_name(self) -> str:
        facility_id = self._shown[0]
        for number in range(self.facility_combo.count()):
            choice = self.facility_combo.itemData(number)
            if getattr(choice, "id", None) == facility_id:
                return str(choice.name)
        return ""

    def _watch_window(self) -> None:
        window = self.window()
        if window is not self and window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Closing the window with unsaved values asks first."""
        if (watched is self._watched_window and event.type() == QEvent.Type.Close
                and not self._may_leave()):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_leave():
            event.accept()
        else:
            event.ignore()

    def _may_leave(self) -> bool:
        """confirm_leave() for a close: a failure keeps the values and the window open."""
        try:
            return self.confirm_leave()
        except Exception as error:  # noqa: BLE001 - e.g. the database server went away
            log.error("Saving indicator values on leaving failed: %s", error, exc_info=error)
            QMessageBox.warning(self, self.tr("Values not saved"), self.tr(
                "The values could not be saved (%1). They are still in the grid: try again, "
                "or close and choose Discard to drop them.").replace("%1", str(error)))
            return False

    # --- typing and saving -------------------------------------------------------------
    def _edited(self) -> None:
        problems = self.model.problems()
        if problems:
            lines = [named_problem_text(problem, row.numerator, row.denominator)
                     for row, problem in problems[:SHOWN_PROBLEMS]]
            if len(problems) > SHOWN_PROBLEMS:
                lines.append(self.tr("…and %1 more (red cells; hover for why).")
                             .replace("%1", str(len(problems) - SHOWN_PROBLEMS)))
            self._show_problems_text("\n".join(lines))
        else:
            self._show_problems_text("")
        if self.model.has_changes():
            self.status_label.setText(self.tr("Changes not saved yet."))
        elif self.status_label.text() == self.tr("Changes not saved yet."):
            self.status_label.setText("")
        self._update_buttons()

    def _show_problems_text(self, text: str) -> None:
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        has_grid = self.model.rowCount() > 0
        self.save_button.setEnabled(has_grid)
        self.chart_button.setEnabled(has_grid)

    def save(self) -> bool:
        """Save every change, or nothing when any cell is wrong; True when all is saved."""
        self.grid.commit_open_editor()
        facility_id = self._shown[0]
        if facility_id is None or not self.model.has_changes():
            self.status_label.setText(self.tr("Nothing to save."))
            return True
        problems = self.model.problems()
        if problems:
            return self._refused(len(problems))
        try:
            result = self.service.save_values(facility_id, self.model.changed_entries(),
                                              self.today())
        except ValuesRefused as refused:
            self.model.show_problems(refused.problems)
            self._edited()
            return self._refused(len(refused.problems))
        except RuleRefused as refused:
            self._show_problems_text(refusal_text(refused))
            return False
        self._saved(result)
        return True

    def _refused(self, count: int) -> bool:
        self.status_label.setText(self.tr("Nothing was saved: %1 cell(s) to correct first.")
                                  .replace("%1", str(count)))
        row, problem = self.model.problems()[0]
        number = self.model.row_of(row.indicator.id, row.month)
        self.grid.go_to(number, NUMERATOR + 1 if problem.field == "denominator" else NUMERATOR)
        self.grid.setFocus()
        return False

    def _saved(self, result: SaveResult) -> None:
        self.status_label.setText(
            self.tr("Saved: %1 added, %2 changed, %3 cleared.")
            .replace("%1", str(result.inserted)).replace("%2", str(result.updated))
            .replace("%3", str(result.deleted)))
        self.reload(self.status_label.text())
        self.saved.emit(result)

    # --- other actions -----------------------------------------------------------------
    def add_indicator(self) -> None:
        dialog = AddIndicatorDialog(self.service, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            if self.model.has_changes():
                self.status_label.setText(self.tr("Indicator %1 added; it shows in the grid "
                                                  "once the values typed are saved.")
                                          .replace("%1", dialog.added.name))
            else:
                self.reload(self.tr("Indicator %1 added.").replace("%1", dialog.added.name))

    def request_chart(self) -> None:
        current = self.grid.currentIndex()
        facility_id = self._shown[0]
        if facility_id is None or not current.isValid():
            return
        row = self.model.row_at(current.row())
        self.chart_requested.emit(facility_id, row.indicator.id, row.month)
