"""A record's history from the audit trail: who changed what, and when.

`history_button(parent, session_factory, current)` makes the "History…" button a page adds
next to its other buttons; it is None for a user who may not read the audit (the page then
adds nothing). The button opens `HistoryDialog`, which loads the record's entries on the
thread pool and lists each changed field, old → new, with "Created by … on …; last changed
by … on …" above. The texts shared with the Audit screen (actions, tables, times) are here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..users.audit_log import AuditRow, AuditService, Provenance, RecordHistory, value_text
from .rows_model import RowsTableModel
from .rules_text import refusal_text
from .tasks import TaskRunner

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
Current = Callable[[], "int | tuple[str, int] | None"]  # a record id, or (table, id)


def action_label(action: str) -> str:
    return {
        "insert": translate("Audit", "Added"),
        "update": translate("Audit", "Changed"),
        "delete": translate("Audit", "Deleted"),
        "sign_in": translate("Audit", "Signed in"),
        "sign_in_failed": translate("Audit", "Sign-in failed"),
        "import": translate("Audit", "Imported"),
        "export": translate("Audit", "Exported"),
        "restore": translate("Audit", "Restored"),
        "migrate": translate("Audit", "Database updated"),
    }.get(action, action)


def table_label(table: str) -> str:
    return {
        "person": translate("Audit", "Person"),
        "posting": translate("Audit", "Posting"),
        "org_unit": translate("Audit", "Facility"),
        "chw_group": translate("Audit", "CHW group"),
        "visit": translate("Audit", "Visit"),
        "action_item": translate("Audit", "Action"),
        "assessment": translate("Audit", "Assessment"),
        "app_user": translate("Audit", "User"),
        "mentor": translate("Audit", "Mentor"),
        "qi_project": translate("Audit", "QI project"),
        "indicator_value": translate("Audit", "Indicator value"),
    }.get(table, table)


def time_text(at: dt.datetime | None) -> str:
    """A local time as this PC's locale writes it, to the second."""
    if at is None:
        return ""
    moment = QDateTime(at.year, at.month, at.day, at.hour, at.minute, at.second)
    return QLocale().toString(moment, QLocale().dateFormat(QLocale.FormatType.ShortFormat)
                              + " HH:mm:ss")


def provenance_text(known: Provenance) -> str:
    """ "Created by X on D; last changed by Y on E", for what the audit knows."""
    parts = []
    if known.created_by is not None:
        parts.append(translate("Audit", "Created by {user} on {when}").format(
            user=known.created_by, when=time_text(known.created_at)))
    else:
        parts.append(translate("Audit", "Created before the audit trail began"))
    if known.changed_by is not None:
        parts.append(translate("Audit", "last changed by {user} on {when}").format(
            user=known.changed_by, when=time_text(known.changed_at)))
    else:
        parts.append(translate("Audit", "never changed since"))
    return "; ".join(parts) + "."


def change_rows(entries: list[AuditRow]) -> tuple[list[tuple[str, ...]], list[AuditRow]]:
    """One row per changed field (or per fact, or per entry that has neither); when, who and
    what only on an entry's first row, so each entry reads as one block."""
    rows: list[tuple[str, ...]] = []
    items: list[AuditRow] = []
    for entry in entries:
        start = (time_text(entry.at), entry.username, action_label(entry.action))
        lines = [(c.field, value_text(c.old), value_text(c.new)) for c in entry.changes]
        lines += [(key, "", value_text(value)) for key, value in entry.facts]
        for number, line in enumerate(lines or [("", "", "")]):
            rows.append((*(start if number == 0 else ("", "", "")), *line))
            items.append(entry)
    return rows, items


def changes_view(model: RowsTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class HistoryDialog(QDialog):
    """The changes of one record, oldest first, loaded off the GUI thread."""

    def __init__(self, service: AuditService, table: str, record_id: int,
                 parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.service, self.table, self.record_id = service, table, record_id
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("History of {what} {id}").format(
            what=table_label(table).lower(), id=record_id))
        self.resize(820, 460)
        self.provenance_label = QLabel(self.tr("Loading…"), self)
        self.provenance_label.setObjectName("provenance")
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowsTableModel([self.tr("When"), self.tr("Who"), self.tr("What"),
                                     self.tr("Field"), self.tr("Old value"),
                                     self.tr("New value")], self)
        self.view = changes_view(self.model, self)
        for column, width in enumerate((150, 90, 80, 130, 160)):
            self.view.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.provenance_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.runner.start(lambda _context: service.history(table, record_id), self.show_history,
                          self._failed)

    def show_history(self, history: RecordHistory) -> None:
        self.provenance_label.setText(provenance_text(history.provenance))
        rows, items = change_rows(history.entries)
        self.model.set_rows(rows, items)
        if not rows:
            self.provenance_label.setText(self.provenance_label.text() + " " + self.tr(
                "The audit trail holds no change of this record."))

    def _failed(self, error: BaseException) -> None:
        self.provenance_label.setText(refusal_text(error))


def history_button(parent: QWidget, session_factory: Any, current: Current,
                   table: str = "", text: str = "") -> QPushButton | None:
    """A "History…" button (or `text`, for another shortcut letter) opening the history of
    the record `current()` names (an id of `table`, or (table, id)); None when the signed-in
    user may not read the audit."""
    service = AuditService(session_factory)
    if not service.may_read():
        return None
    button = QPushButton(text or translate("Audit", "&History…"), parent)
    button.setObjectName("historyButton")
    button.setToolTip(translate("Audit", "Who changed this record, when, and what they "
                                "changed"))
    button.clicked.connect(lambda: open_history(parent, service, current, table))
    return button


def open_history(parent: QWidget, service: AuditService, current: Current,
                 table: str = "") -> HistoryDialog | None:
    chosen = current()
    if chosen is None:
        QMessageBox.information(parent, translate("Audit", "History"),
                                translate("Audit", "Choose a record first."))
        return None
    table, record_id = chosen if isinstance(chosen, tuple) else (table, chosen)
    dialog = HistoryDialog(service, table, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
