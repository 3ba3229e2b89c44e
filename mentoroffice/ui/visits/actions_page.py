"""Action plans and escalations: every action chased to done, every escalation to resolved.

Three tabs: the action items (with each one's history of status changes), the overdue actions
by facility or by person, and the escalations (the open ones are the coordination meeting's
list).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.access import Permission
from ...core.choices import PlaceChoice
from ...data.enums import ActionStatus
from ...qi.queries import ActionRow, HistoryRow, OverdueGroup
from ..access import allow_all
from ..history import history_button
from .common import AsyncPage, RowsModel, VisitsContext, rows_view, selected_item
from .escalations import EscalationsTab
from .labels import ACTION_STATUSES, date_text, label
from .qi_dialogs import ActionDialog, ActionStatusDialog

OVERDUE_GROUPS_PER_PASS = 40


class ActionsPage(AsyncPage):
    def __init__(self, context: VisitsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.facilities: list[PlaceChoice] = []
        self._overdue_fill = 0  # each list shown in the tree gets a number; older fills stop
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._actions_tab(), self.tr("Action &items"))
        self.tabs.addTab(self._overdue_tab(), self.tr("&Overdue"))
        self.escalations = EscalationsTab(self, self)
        self.tabs.addTab(self.escalations, self.tr("&Escalations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_error)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs)
        self.load("facilities", self.context.qi.facilities, self._show_facilities)
        self.reload()

    # --- building ---------------------------------------------------------------------
    def _actions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.open_only_check = QCheckBox(self.tr("Open and in &progress only"), tab)
        self.open_only_check.setChecked(True)
        self.open_only_check.toggled.connect(lambda _on: self.load_actions())
        self.facility_filter = QComboBox(tab)
        self.facility_filter.addItem(self.tr("All facilities"), None)
        self.facility_filter.currentIndexChanged.connect(lambda _i: self.load_actions())
        filter_label = QLabel(self.tr("Fa&cility:"), tab)
        filter_label.setBuddy(self.facility_filter)
        top = QHBoxLayout()
        for widget in (self.open_only_check, filter_label, self.facility_filter):
            top.addWidget(widget)
        top.addStretch(1)
        self.action_model = RowsModel([self.tr("Action"), self.tr("Facility"),
                                       self.tr("Responsible"), self.tr("Due"),
                                       self.tr("Status"), self.tr("Days overdue")], self)
        self.action_table = rows_view(self.action_model, tab, stretch_column=0)
        self.action_table.selectionModel().selectionChanged.connect(
            lambda *_: self.load_history())
        self.action_table.doubleClicked.connect(lambda _i: self.change_status())
        self.history_model = RowsModel([self.tr("When"), self.tr("From"), self.tr("To"),
                                        self.tr("By"), self.tr("Note")], self)
        self.history_table = rows_view(self.history_model, tab, stretch_column=4)
        self.history_table.setMaximumHeight(160)
        history_label = QLabel(self.tr("&History of the selected action:"), tab)
        history_label.setBuddy(self.history_table)
        self.new_action_button = QPushButton(self.tr("&New action…"), tab)
        self.new_action_button.clicked.connect(self.new_action)
        self.status_button = QPushButton(self.tr("Change &status…"), tab)
        self.status_button.clicked.connect(lambda: self.change_status())
        self.done_button = QPushButton(self.tr("Mark &done…"), tab)
        self.done_button.clicked.connect(lambda: self.change_status(ActionStatus.DONE))
        allow_all((self.new_action_button, self.status_button, self.done_button),
                  self.context.actor(), Permission.QI)
        self.audit_button = history_button(
            tab, self.context.qi.session_factory,
            lambda: action.id if (action := selected_item(self.action_table)) else None,
            "action_item", self.tr("Audit histor&y…"))
        buttons = QHBoxLayout()
        for button in (self.new_action_button, self.status_button, self.done_button,
                       self.audit_button):
            if button is not None:
                buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.action_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(history_label)
        layout.addWidget(self.history_table)
        return tab

    def _overdue_tab(self) -> QWidget:
        tab = QWidget(self)
        self.by_facility_radio = QRadioButton(self.tr("By f&acility"), tab)
        self.by_person_radio = QRadioButton(self.tr("By &person"), tab)
        self.by_facility_radio.setChecked(True)
        group = QButtonGroup(tab)
        group.addButton(self.by_facility_radio)
        group.addButton(self.by_person_radio)
        self.by_facility_radio.toggled.connect(lambda _on: self.load_overdue())
        self.overdue_label = QLabel(tab)
        self.overdue_tree = QTreeWidget(tab)
        self.overdue_tree.setHeaderLabels([self.tr("Action"), self.tr("Responsible"),
                                           self.tr("Due"), self.tr("Days overdue")])
        self.overdue_tree.setColumnWidth(0, 420)
        self.overdue_label.setBuddy(self.overdue_tree)
        top = QHBoxLayout()
        for widget in (self.by_facility_radio, self.by_person_radio):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.overdue_tree, 1)
        return tab

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        self.load_actions()
        self.load_overdue()
        self.escalations.reload()

    def _show_facilities(self, facilities: list[PlaceChoice]) -> None:
        self.facilities = facilities
        self.facility_filter.blockSignals(True)
        for facility in facilities:
            self.facility_filter.addItem(facility.name, facility.id)
        self.facility_filter.blockSignals(False)

    def load_actions(self) -> None:
        today, open_only = self.context.today(), self.open_only_check.isChecked()
        facility_id = self.facility_filter.currentData()
        self.load("actions", lambda: self.context.qi.actions(today, open_only, facility_id),
                  self._show_actions)

    def _show_actions(self, rows: list[ActionRow]) -> None:
        current = selected_item(self.action_table)
        self.action_model.set_rows(
            [(r.action, r.facility, r.responsible, date_text(r.due_date),
              label(ACTION_STATUSES, r.status) + (f" {date_text(r.done_date)}"
                                                  if r.done_date else ""),
              str(r.days_overdue) if r.days_overdue else "") for r in rows], rows,
            ["late" if r.days_overdue else "muted" if r.status in ("done", "dropped") else ""
             for r in rows])
        for row, item in enumerate(rows):
            if current is not None and item.id == current.id:
                self.action_table.selectRow(row)
        self.load_history()

    def load_history(self) -> None:
        action = selected_item(self.action_table)
        self.status_button.setEnabled(action is not None)
        if self.audit_button is not None:
            self.audit_button.setEnabled(action is not None)
        self.done_button.setEnabled(action is not None and action.status in ("open",
                                                                             "in_progress"))
        if action is None:
            self.history_model.set_rows([], [])
            return
        self.load("history", lambda: self.context.qi.action_history(action.id),
                  self._show_history)

    def _show_history(self, rows: list[HistoryRow]) -> None:
        self.history_model.set_rows(
            [(f"{r.changed_at:%Y-%m-%d %H:%M}", label(ACTION_STATUSES, r.from_status),
              label(ACTION_STATUSES, r.to_status), r.changed_by or "", r.note or "")
             for r in rows], rows)

    def load_overdue(self) -> None:
        today = self.context.today()
        by = "facility" if self.by_facility_radio.isChecked() else "person"
        self.load("overdue", lambda: self.context.qi.overdue(today, by), self._show_overdue)

    def _show_overdue(self, groups: list[OverdueGroup]) -> None:
        """Fill the tree a few groups per pass of the event loop: a national office has
        hundreds of groups, and the window keeps answering meanwhile."""
        self.overdue_tree.clear()
        self._overdue_fill += 1
        count = sum(len(g.actions) for g in groups)
        self.overdue_label.setText(self.tr("%1 overdue actions in %2 groups, the longest "
                                           "overdue first:").replace("%1", str(count))
                                   .replace("%2", str(len(groups))))
        self._add_overdue_groups(self._overdue_fill, groups, 0)

    def _add_overdue_groups(self, fill: int, groups: list[OverdueGroup], start: int) -> None:
        if fill != self._overdue_fill:
            return  # a newer list is being shown
        chunk = groups[start:start + OVERDUE_GROUPS_PER_PASS]
        items = [self._overdue_item(group) for group in chunk]
        self.overdue_tree.addTopLevelItems(items)
        for item in items:
            item.setExpanded(True)
        if start + len(chunk) < len(groups):
            QTimer.singleShot(0, self, lambda: self._add_overdue_groups(
                fill, groups, start + OVERDUE_GROUPS_PER_PASS))

    @staticmethod
    def _overdue_item(group: OverdueGroup) -> QTreeWidgetItem:
        top = QTreeWidgetItem([f"{group.name} ({len(group.actions)})", "", "",
                               str(group.most_days_overdue)])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.addChildren([QTreeWidgetItem([action.action, action.responsible,
                                          date_text(action.due_date), str(action.days_overdue)])
                         for action in group.actions])
        return top

    # --- actions ----------------------------------------------------------------------
    def new_action(self) -> None:
        dialog = ActionDialog(self.context, self.facilities,
                              self.facility_filter.currentData(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def change_status(self, wanted: ActionStatus | None = None) -> None:
        action = selected_item(self.action_table)
        if action is None:
            return
        dialog = ActionStatusDialog(self.context, action, self)
        if wanted is not None and wanted.value != action.status:
            dialog.choose(wanted)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def _changed(self) -> None:
        self.load_actions()
        self.load_overdue()

