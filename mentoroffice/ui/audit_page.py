"""The Audit screen: every change, sign-in, import and export, newest first, for the
administrator and the supervisor.

Filters (user, from and to dates, table, record number) narrow the list; it loads a page at a
time as it scrolls, on the thread pool, like the window's other lists. The pane on the right
shows the selected entry's changes (field, old value, new value). Export… writes the filtered
entries to an Excel workbook. Nothing here changes or deletes an entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QIntValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..users.audit_log import AuditFilters, AuditRow, AuditService, value_text
from .exchange.export import XLSX_FILTER, ask_save_path, personal_data_notice
from .history import action_label, changes_view, table_label, time_text
from .rows_model import RowsTableModel
from .rules_text import refusal_text
from .table_model import PagedTableModel, PageLike
from .tasks import TaskRunner

PAGE_SIZE = 200
DEFAULT_DAYS = 30  # a date filter, once ticked, starts this many days back


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditPage(QWidget):
    """The audit trail, filtered and paged; the selected entry's changes beside it."""

    def __init__(self, service: AuditService, runner: TaskRunner | None = None,
                 parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("audit")
        self.service, self.today = service, today
        self.runner = runner or TaskRunner(self)
        self._shown_filters: AuditFilters | None = None
        self._build_filters()
        self.model = PagedTableModel(runner=self._run, page_size=PAGE_SIZE,
                                     header_label=self._header, cell_text=self._cell,
                                     parent=self)
        self.table = self._make_table()
        self.count_label = QLabel(self)
        self.detail_label = QLabel(self.tr("Choose an entry to see what it changed."), self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_model = RowsTableModel([self.tr("Field"), self.tr("Old value"),
                                            self.tr("New value")], self)
        self.detail_view = changes_view(self.detail_model, self)
        self.detail_view.setColumnWidth(0, 130)
        self.detail_view.setColumnWidth(1, 150)
        self._lay_out()
        self.model.loadStarted.connect(self._show_loading)
        self.model.pageLoaded.connect(self._show_count)
        self.model.loadFailed.connect(self.count_label.setText)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_entry(self.entry_at(current.row())))

    # --- building ---------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.user_combo = QComboBox(self)
        self.user_combo.addItem(self.tr("All users"), "")
        self.table_combo = QComboBox(self)
        self.table_combo.addItem(self.tr("All tables"), "")
        start = _qdate(self.today() - dt.timedelta(days=DEFAULT_DAYS))
        self.since_check = QCheckBox(self.tr("&From"), self)
        self.since_edit = QDateEdit(start, self)
        self.until_check = QCheckBox(self.tr("&To"), self)
        self.until_edit = QDateEdit(_qdate(self.today()), self)
        for check, edit in ((self.since_check, self.since_edit),
                            (self.until_check, self.until_edit)):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.apply_filters())
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.record_edit = QLineEdit(self)
        self.record_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_edit.setPlaceholderText(self.tr("Any"))
        self.record_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.record_edit.editingFinished.connect(self.apply_filters)
        self.user_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Save the entries shown to an Excel workbook"))
        self.export_button.clicked.connect(self.export)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        user_label = QLabel(self.tr("&User:"), self)
        user_label.setBuddy(self.user_combo)
        table_label_ = QLabel(self.tr("T&able:"), self)
        table_label_.setBuddy(self.table_combo)
        record_label = QLabel(self.tr("&Record no.:"), self)
        record_label.setBuddy(self.record_edit)
        for widget in (user_label, self.user_combo, self.since_check, self.since_edit,
                       self.until_check, self.until_edit, table_label_, self.table_combo,
                       record_label, self.record_edit):
            filters.addWidget(widget)
        filters.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.export_button)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail_label)
        side.addWidget(self.detail_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(splitter, 1)

    # --- loading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_filters is None:  # the first time: nothing is read before
            self.load_choices()
            self.apply_filters()

    def _run(self, load: Callable[[], PageLike], on_page: Callable[[PageLike], None],
             on_error: Callable[[BaseException], None]) -> None:
        self.runner.start(lambda _context: load(), on_page,
                          lambda error: on_error(RuntimeError(refusal_text(error))))

    def load_choices(self) -> None:
        self.runner.start(lambda _context: self.service.choices(), self._fill_choices,
                          lambda error: self.count_label.setText(refusal_text(error)))

    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        users, tables = choices
        for combo, values, label in ((self.user_combo, users, str),
                                     (self.table_combo, tables, table_label)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def filters(self) -> AuditFilters:
        record = self.record_edit.text().strip()
        return AuditFilters(
            username=self.user_combo.currentData() or "",
            since=self.since_edit.date().toPython() if self.since_check.isChecked() else None,
            until=self.until_edit.date().toPython() if self.until_check.isChecked() else None,
            table=self.table_combo.currentData() or "",
            record_id=int(record) if record.isdigit() else None)

    def apply_filters(self) -> None:
        """Show the entries the filters match (nothing is reloaded if they did not change)."""
        filters = self.filters()
        if filters == self._shown_filters:
            return
        self._shown_filters = filters
        self.show_entry(None)
        self.model.set_loader(lambda offset, limit: self.service.page(filters, offset, limit))

    def refresh(self) -> None:
        self._shown_filters = None
        self.load_choices()
        self.apply_filters()

    def _show_loading(self) -> None:
        if self.model.total is None:
            self.count_label.setText(self.tr("Loading…"))

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n entries", "", total))
        for column in range(self.model.columnCount() - 1):  # the changes take what is left
            self.table.resizeColumnToContents(column)

    # --- cells and the detail pane ----------------------------------------------------------
    def _header(self, column: str) -> str:
        return {"at": self.tr("When"), "username": self.tr("User"), "action": self.tr("Action"),
                "table_name": self.tr("Table"), "record_id": self.tr("Record"),
                "entry": self.tr("Changes")}.get(column, column)

    def _cell(self, column: str, value: Any) -> str:
        if column == "at":
            return time_text(value)
        if column == "action":
            return action_label(value)
        if column == "table_name":
            return table_label(value)
        if column == "entry":
            return value.summary
        return "" if value is None else str(value)

    def entry_at(self, row: int) -> AuditRow | None:
        if not 0 <= row < self.model.rowCount():
            return None
        entry = self.model.row_values(row)[-1]
        return entry if isinstance(entry, AuditRow) else None

    def show_entry(self, entry: AuditRow | None) -> None:
        if entry is None:
            self.detail_label.setText(self.tr("Choose an entry to see what it changed."))
            self.detail_model.set_rows([])
            return
        record = f" {entry.record_id}" if entry.record_id is not None else ""
        self.detail_label.setText(self.tr("{action}: {table}{record}, by {user} on {when}")
                                  .format(action=action_label(entry.action),
                                          table=table_label(entry.table), record=record,
                                          user=entry.username, when=time_text(entry.at)))
        rows = [(c.field, value_text(c.old), value_text(c.new)) for c in entry.changes]
        rows += [(key, "", value_text(value)) for key, value in entry.facts]
        self.detail_model.set_rows(rows)

    # --- export -----------------------------------------------------------------------------
    def export(self) -> None:
        name = self.tr("Audit {date}.xlsx").format(date=self.today().isoformat())
        path = ask_save_path(self, self.tr("Export the audit trail"), name, (XLSX_FILTER,))
        if path is None:
            return
        filters = self.filters()
        headers = [self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Table"),
                   self.tr("Record"), self.tr("Field"), self.tr("Old value"),
                   self.tr("New value")]
        self.export_button.setEnabled(False)
        self.runner.start(lambda _context: self.service.export_audit(filters, path, headers),
                          self._exported, self._export_failed)

    def _exported(self, result: tuple[Any, int]) -> None:
        self.export_button.setEnabled(True)
        saved, count = result
        QMessageBox.information(self, self.tr("Export"), personal_data_notice(
            self.tr("%n rows saved to {file}.", "", count).format(file=saved)))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Export"), self.tr(
            "The file could not be written: {reason}").format(reason=refusal_text(error)))


def may_read_audit(office: Any) -> bool:
    return AuditService(office.session_factory).may_read()


def audit_pages(office: Any, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    """[("Audit", page)] for the main window when the signed-in user may read the audit;
    [] otherwise."""
    service = AuditService(office.session_factory)
    if not service.may_read():
        return []
    return [(QCoreApplication.translate("Audit", "Audit"), AuditPage(service, parent=parent))]
