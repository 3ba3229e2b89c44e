"""Escalations of gaps beyond the facility: raise, acknowledge, resolve with the response,
and the days each took (or has been open). Open ones are the coordination meeting's list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...data.enums import EscalationStatus
from ...qi.queries import EscalationRow
from ..access import allow_all
from .common import AsyncPage, RowsModel, rows_view, selected_item
from .labels import (
    ESCALATION_CATEGORIES,
    ESCALATION_LEVELS,
    ESCALATION_STATUSES,
    date_text,
    label,
)
from .qi_dialogs import EscalationDialog, EscalationStatusDialog

OPEN = ("open", "acknowledged")


class EscalationsTab(QWidget):
    """Loads through its page (off the GUI thread) and tells the page's context of changes."""

    def __init__(self, page: AsyncPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.context = page, page.context
        self.open_only_check = QCheckBox(self.tr("Open only: the list for the &coordination "
                                                 "meeting"), self)
        self.open_only_check.setChecked(True)
        self.open_only_check.toggled.connect(lambda _on: self.reload())
        self.summary = QLabel(self)
        self.model = RowsModel([self.tr("Raised"), self.tr("Facility"), self.tr("Level"),
                                self.tr("Category"), self.tr("Gap"), self.tr("Owner"),
                                self.tr("Status"), self.tr("Days"), self.tr("Response")], self)
        self.table = rows_view(self.model, self, stretch_column=4)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary.setBuddy(self.table)
        self.raise_button = QPushButton(self.tr("&Raise escalation…"), self)
        self.raise_button.clicked.connect(self.raise_escalation)
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge…"), self)
        self.acknowledge_button.clicked.connect(
            lambda: self.change(EscalationStatus.ACKNOWLEDGED))
        self.resolve_button = QPushButton(self.tr("Resol&ve…"), self)
        self.resolve_button.clicked.connect(lambda: self.change(EscalationStatus.RESOLVED))
        self.close_button = QPushButton(self.tr("Close &unresolved…"), self)
        self.close_button.clicked.connect(
            lambda: self.change(EscalationStatus.CLOSED_UNRESOLVED))
        allow_all((self.raise_button, self.acknowledge_button, self.resolve_button,
                   self.close_button), self.context.actor(), Permission.QI)
        buttons = QHBoxLayout()
        for button in (self.raise_button, self.acknowledge_button, self.resolve_button,
                       self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only_check)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def reload(self) -> None:
        today, open_only = self.context.today(), self.open_only_check.isChecked()
        self.page.load("escalations",
                       lambda: self.context.qi.escalations(today, open_only), self._show)

    def _show(self, rows: list[EscalationRow]) -> None:
        open_rows = [r for r in rows if r.status in OPEN]
        resolved = [r.days for r in rows if r.status == "resolved"]
        text = self.tr("%1 open escalations.").replace("%1", str(len(open_rows)))
        if resolved:
            text += " " + self.tr("Resolved ones took %1 days on average.").replace(
                "%1", str(round(sum(resolved) / len(resolved))))
        self.summary.setText(text)
        self.model.set_rows(
            [(date_text(r.raised_on), r.facility, label(ESCALATION_LEVELS, r.level),
              label(ESCALATION_CATEGORIES, r.category), r.description, r.owner,
              label(ESCALATION_STATUSES, r.status) + (f" {date_text(r.resolved_on)}"
                                                      if r.resolved_on else ""),
              (self.tr("%1 to resolve") if r.resolved_on else self.tr("%1 open"))
              .replace("%1", str(r.days)), r.response or "") for r in rows], rows,
            ["" if r.status in OPEN else "muted" for r in rows])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = selected_item(self.table)
        status = row.status if row is not None else None
        self.acknowledge_button.setEnabled(status == "open")
        self.resolve_button.setEnabled(status in OPEN)
        self.close_button.setEnabled(status in OPEN)

    def raise_escalation(self) -> None:
        facilities = getattr(self.page, "facilities", [])
        dialog = EscalationDialog(self.context, facilities, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def change(self, wanted: EscalationStatus) -> None:
        row = selected_item(self.table)
        if row is None:
            return
        dialog = EscalationStatusDialog(self.context, row, wanted, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
