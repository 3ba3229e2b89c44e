"""DHIS2: export the period's aggregate figures (JSON, CSV or ADX) and edit the mapping that says
which data element each figure goes to. Figures without a mapping are listed, never dropped
silently."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission, actor_of
from ...core.refusals import NotFound, RuleRefused
from ...exchange.dhis2 import Dhis2Export, import_hint, parse_period
from ...exchange.dhis2_mapping import MappingRow
from ...exchange.service import ExchangeService
from ...periods import Period
from ..access import allow
from ..rules_text import violation_text
from .common import (
    ERROR_STYLE,
    RowsModel,
    Worker,
    error_text,
    fill,
    message_label,
    show_message,
    sortable_view,
)
from .export import ask_save_path

FORMAT_FILTERS = {"json": "DHIS2 dataValueSets JSON (*.json)", "csv": "DHIS2 CSV (*.csv)",
                  "adx": "ADX XML (*.xml)"}
SUFFIXES = {"json": ".json", "csv": ".csv", "adx": ".xml"}


def previous_month_id(today: dt.date | None = None) -> str:
    first = (today or dt.date.today()).replace(day=1)
    last_month = first - dt.timedelta(days=1)
    return f"{last_month.year}{last_month.month:02d}"


class Dhis2Panel(QGroupBox):
    def __init__(self, service: ExchangeService, worker: Worker,
                 areas: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("DHIS2"))
        self.service, self.worker, self.areas = service, worker, areas
        self.period_edit = QLineEdit(previous_month_id(today), self)
        self.period_edit.setPlaceholderText("202407, 2024Q1, 2024Oct, 2024July")
        self.period_edit.textChanged.connect(lambda _t: self._check_period())
        self.period_note = message_label(self)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.addItem(self.tr("DHIS2 UID"), "uid")
        self.scheme_combo.addItem(self.tr("Facility code"), "code")
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("JSON (dataValueSets)"), "json")
        self.format_combo.addItem(self.tr("CSV"), "csv")
        self.format_combo.addItem(self.tr("ADX (XML)"), "adx")
        self.export_button = QPushButton(self.tr("E&xport for DHIS2…"), self)
        self.export_button.clicked.connect(self.export)
        allow(self.export_button, actor_of(service.session_factory), Permission.EXPORT)
        self.mapping_button = QPushButton(self.tr("DHIS2 &mapping…"), self)
        self.mapping_button.clicked.connect(self.edit_mapping)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        self.result.setMaximumHeight(self.result.fontMetrics().height() * 9)
        self.result.hide()
        self.error = message_label(self)
        self.error.hide()
        self._build_layout()
        self._check_period()

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.period_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 14))
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_edit)
        period_row.addWidget(self.period_note, 1)
        for text, field in ((self.tr("&Period:"), self.period_edit),
                            (self.tr("&Org units by:"), self.scheme_combo),
                            (self.tr("Fo&rmat:"), self.format_combo)):
            label = QLabel(text, self)
            label.setBuddy(field)
            if field is self.period_edit:
                form.addRow(label, period_row)
            else:
                row = QHBoxLayout()
                row.addWidget(field)
                row.addStretch(1)
                form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.mapping_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.result)

    def period(self) -> Period | None:
        try:
            return parse_period(self.period_edit.text())
        except ValueError:
            return None

    def _check_period(self) -> None:
        try:
            period = parse_period(self.period_edit.text())
        except ValueError as error:
            show_message(self.period_note, str(error), ERROR_STYLE)
            self.export_button.setEnabled(False)
            return
        show_message(self.period_note, fill(self.tr("%1: %2 to %3"), period.label,
                                            period.start.isoformat(), period.end.isoformat()))
        self.export_button.setEnabled(not self.worker.busy("dhis2"))

    def export(self) -> None:
        period = self.period()
        if period is None:
            return
        fmt, scheme = self.format_combo.currentData(), self.scheme_combo.currentData()
        chosen = ask_save_path(self, self.tr("Export for DHIS2"),
                               f"dhis2-{self.period_edit.text().strip()}{SUFFIXES[fmt]}",
                               (FORMAT_FILTERS[fmt],))
        if chosen is None:
            return
        path = chosen
        service = self.service

        def work(_task: object) -> tuple[Dhis2Export, Path]:
            export = service.dhis2_export(period, scheme)
            return export, service.write_dhis2(export, path, fmt)

        self.export_button.setEnabled(False)
        show_message(self.error, "")
        self.worker.start("dhis2", work, lambda result: self._written(fmt, *result),
                          self._failed)

    def _written(self, fmt: str, export: Dhis2Export, path: Path) -> None:
        self._check_period()
        lines = [fill(self.tr("%1 value(s) for %2 written to %3."), len(export.values),
                      export.dhis2_period, path), import_hint(export, fmt)]
        if export.problems:
            lines += ["", self.tr("Left out (fix the mapping or the facilities, then export "
                                  "again):")]
            lines += [f"• {problem}" for problem in export.problems]
        self.result.setPlainText("\n".join(lines))
        self.result.show()

    def _failed(self, error: BaseException) -> None:
        self._check_period()
        show_message(self.error, fill(self.tr("No file was written: %1"), error_text(error)),
                     ERROR_STYLE)

    def result_text(self) -> str:
        return self.result.toPlainText()

    def edit_mapping(self) -> None:
        Dhis2MappingDialog(self.service, self.areas() if self.areas else [], self).exec()


class Dhis2MappingDialog(QDialog):
    """The mapping table, a form to add or change one row, and the data set ADX files name.

    Each save is one small domain call (a few rows), quick enough for the GUI thread."""

    def __init__(self, service: ExchangeService, areas: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DHIS2 mapping"))
        self.service = service
        self.rows: list[MappingRow] = []
        self.editing: int | None = None
        self.editing_version: int | None = None
        self.model = RowsModel([self.tr("Figure"), self.tr("Technical area"),
                                self.tr("Data element"), self.tr("Category option combo")],
                               self, blank="")
        self.view = sortable_view(self.model, self, stretch_column=0)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._load_selected())
        self.metric_combo = QComboBox(self)
        for metric, label in service.dhis2_metrics().items():
            self.metric_combo.addItem(label, metric)
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("(every area: the total)"), None)
        for area in areas:
            self.area_combo.addItem(area, area)
        self.element_edit = QLineEdit(self)
        self.combo_edit = QLineEdit(self)
        self.combo_edit.setPlaceholderText(self.tr("default"))
        self.data_set_edit = QLineEdit(service.dhis2_data_set() or "", self)
        self.errors = {name: message_label(self) for name in
                       ("metric", "technical_area", "data_element", "category_option_combo",
                        "data_set", "")}
        self._build_layout()
        self._clear_errors()
        self.reload()

    def _build_layout(self) -> None:
        form = QFormLayout()
        for text, field, key in ((self.tr("&Figure:"), self.metric_combo, "metric"),
                                 (self.tr("Technical &area:"), self.area_combo,
                                  "technical_area"),
                                 (self.tr("&Data element UID:"), self.element_edit,
                                  "data_element"),
                                 (self.tr("&Category option combo UID:"), self.combo_edit,
                                  "category_option_combo"),
                                 (self.tr("Data &set UID (for ADX):"), self.data_set_edit,
                                  "data_set")):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", self.errors[key])
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&New"), self.new), (self.tr("Sa&ve mapping"), self.save),
                           (self.tr("De&lete"), self.delete),
                           (self.tr("Save data se&t"), self.save_data_set)):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if slot != self.new:  # the others save
                allow(button, actor_of(self.service.session_factory), Permission.SETTINGS)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(760, 560)

    def reload(self) -> None:
        self.rows = self.service.dhis2_mappings()
        self.model.set_rows([(r.label, r.technical_area, r.data_element,
                              r.category_option_combo) for r in self.rows])

    def _selected(self) -> MappingRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows[self.view.model().mapToSource(rows[0]).row()]  # type: ignore[attr-defined]

    def _load_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.editing, self.editing_version = row.id, row.version
        self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(row.metric), 0))
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(row.technical_area), 0))
        self.element_edit.setText(row.data_element)
        self.combo_edit.setText(row.category_option_combo or "")

    def new(self) -> None:
        self.view.clearSelection()
        self.editing = self.editing_version = None
        self.element_edit.clear()
        self.combo_edit.clear()
        self.metric_combo.setFocus()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_message(label, "")

    def _show_refusal(self, error: Exception) -> None:
        if isinstance(error, RuleRefused):
            for violation in error.violations:
                label = self.errors.get(violation.field or "", self.errors[""])
                show_message(label, violation_text(violation), ERROR_STYLE)
        else:
            show_message(self.errors[""], error_text(error), ERROR_STYLE)

    def save(self) -> None:
        self._clear_errors()
        try:
            self.service.save_dhis2_mapping(
                self.metric_combo.currentData(), self.element_edit.text(),
                self.area_combo.currentData(), self.combo_edit.text() or None, self.editing,
                self.editing_version)
        except (RuleRefused, NotFound) as error:
            self._show_refusal(error)
            return
        self.reload()
        self.new()

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        self._clear_errors()
        try:
            self.service.delete_dhis2_mapping(row.id, row.version)
        except (RuleRefused, NotFound) as error:
            self._show_refusal(error)
        self.reload()
        self.new()

    def save_data_set(self) -> None:
        self._clear_errors()
        try:
            self.service.set_dhis2_data_set(self.data_set_edit.text() or None)
        except RuleRefused as error:
            self._show_refusal(error)
