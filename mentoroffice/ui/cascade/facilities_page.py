"""The facilities page: the hierarchy on the left, the chosen facility on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...cascade.service import CascadeService, TreeItem
from ...core.access import Permission, actor_of
from ...core.choices import PlaceOrGroupChoice
from ..access import allow_all
from ..history import history_button
from .common import LookupField, MessageBar
from .facility_detail import FacilityDetail
from .facility_dialog import FacilityDialog, place_text
from .facility_tree import FacilityTreeModel

AUTO_EXPAND_DEPTH = 4  # open single-child levels (country, province...) at start


class SetActiveCommand(QUndoCommand):
    """(De)activating a facility, undoable: nothing is ever deleted."""

    def __init__(self, page: FacilitiesPage, item: TreeItem, active: bool) -> None:
        text = (page.tr("Reactivate %1") if active else page.tr("Deactivate %1"))
        super().__init__(text.replace("%1", item.name))
        self._page, self._id, self._active = page, item.id, active

    def redo(self) -> None:
        self._page.apply_active(self._id, self._active)

    def undo(self) -> None:
        self._page.apply_active(self._id, not self._active)


class FacilitiesPage(QWidget):
    """Browse, search, add, edit and deactivate facilities; see what each one has."""

    changed = Signal()

    def __init__(self, service: CascadeService, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.model = FacilityTreeModel(service, self)
        self.undo_stack = QUndoStack(self)
        self._build()
        self._connect()
        self.model.fetchMore(QModelIndex())
        self._expand_single_children()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.find_field = LookupField(
            lambda text: self.service.facilities_for_completer(text, groups=False),
            place_text, self)
        self.find_field.setPlaceholderText(self.tr("Type a facility's name"))
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.find_field)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.add_button = QPushButton(self.tr("&Add under…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), self)
        self.history_button = history_button(self, self.service.session_factory,
                                             self._current_record)
        self.detail = FacilityDetail(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._lay_out(find_label)

    def _lay_out(self, find_label: QLabel) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        search = QHBoxLayout()
        search.addWidget(find_label)
        search.addWidget(self.find_field, 1)
        column.addLayout(search)
        column.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.deactivate_button,
                       self.history_button):
            if button is not None:
                buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.message_bar = MessageBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_bar)
        QWidget.setTabOrder(self.find_field, self.tree)
        QWidget.setTabOrder(self.tree, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.deactivate_button)

    def _connect(self) -> None:
        self.find_field.chosen.connect(lambda place: self.go_to(place.org_unit_id))
        self.find_field.returnPressed.connect(self._find_typed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.add_facility)
        self.edit_button.clicked.connect(self.edit_facility)
        self.deactivate_button.clicked.connect(self.toggle_active)
        allow_all((self.add_button, self.edit_button, self.deactivate_button),
                  actor_of(self.service.session_factory), Permission.REGISTRY)
        self._update_buttons()

    def _expand_single_children(self) -> None:
        index = QModelIndex()
        for _ in range(AUTO_EXPAND_DEPTH):
            if self.model.rowCount(index) != 1:
                break
            index = self.model.index(0, 0, index)
            self.tree.expand(index)
            self.model.fetchMore(index)

    # --- navigation -------------------------------------------------------------------------
    def current_item(self) -> TreeItem | None:
        return self.model.item(self.tree.currentIndex())

    def go_to(self, facility_id: int | None) -> None:
        """Expand the tree onto the facility, select it and show its page."""
        if facility_id is None:
            return
        index = self.model.load_path(self.service.path_to(facility_id))
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _find_typed(self) -> None:
        place = self.find_field.choice()
        if place is not None:
            self.go_to(place.org_unit_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_current()

    def show_current(self) -> None:
        item = self.current_item()
        if item is None:
            self.detail.clear()
        elif item.kind == "facility":
            self.detail.show_facility(self.service.facility_page(item.id, self.today()))
        else:
            self.detail.show_group(self.service.chw_group_page(item.id), self.today())
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        is_facility = item is not None and item.kind == "facility"
        self.add_button.setEnabled(is_facility)
        self.edit_button.setEnabled(is_facility)
        self.deactivate_button.setEnabled(is_facility)
        self.deactivate_button.setText(self.tr("Re&activate") if item and not item.active
                                       else self.tr("&Deactivate"))
        if self.history_button is not None:
            self.history_button.setEnabled(item is not None)

    def _current_record(self) -> tuple[str, int] | None:
        item = self.current_item()
        if item is None:
            return None
        return ("org_unit" if item.kind == "facility" else "chw_group"), item.id

    # --- changes ------------------------------------------------------------------------------
    def _place(self, item: TreeItem) -> PlaceOrGroupChoice:
        return PlaceOrGroupChoice(item.name, item.level, org_unit_id=item.id)

    def add_facility(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "facility":
            return
        dialog = FacilityDialog(self.service, self._place(item), None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return
        self.model.refresh_children(item.id)
        self.go_to(dialog.saved_id)
        self.message_bar.show_message(self.tr("Added %1.").replace("%1",
                                                                    dialog.name_edit.text()))
        self.changed.emit()

    def edit_facility(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "facility":
            return
        form = self.service.facility_form(item.id)
        dialog = FacilityDialog(self.service, None, form, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.model.refresh_children(form.parent_id)
        moved_to = self.service.facility_form(item.id).parent_id
        if moved_to != form.parent_id:
            self.model.refresh_children(moved_to)
        self.go_to(item.id)
        self.show_current()
        self.changed.emit()

    def toggle_active(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "facility":
            return
        if item.active and not self._confirm_deactivation(item.id, item.name):
            return
        self.undo_stack.push(SetActiveCommand(self, item, not item.active))
        text = (self.tr("%1 was reactivated.") if not item.active
                else self.tr("%1 was deactivated; its history is kept."))
        self.message_bar.show_message(text.replace("%1", item.name), self.undo_stack.undo)

    def _confirm_deactivation(self, facility_id: int, name: str) -> bool:
        """A unit that still has units, mentors, mentees or visits is deactivated only when
        the person confirms, having read what it still has."""
        in_use = self.service.facility_in_use(facility_id, self.today())
        if not in_use.any():
            return True
        lines = [text.replace("%1", str(count)) for text, count in (
            (self.tr("%1 active unit(s) directly under it"), in_use.units),
            (self.tr("%1 current mentor assignment(s)"), in_use.mentors),
            (self.tr("%1 active mentee(s)"), in_use.mentees),
            (self.tr("%1 planned visit(s) to come"), in_use.planned_visits)) if count]
        answer = QMessageBox.question(
            self, self.tr("Deactivate %1?").replace("%1", name),
            self.tr("%1 still has:").replace("%1", name) + "\n• " + "\n• ".join(lines)
            + "\n\n" + self.tr("Deactivated, it no longer appears in choices and reports; "
                                "the units under it stay active. Deactivate it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def apply_active(self, facility_id: int, active: bool) -> None:
        """Called by the undo command: store the change and show it."""
        self.service.set_facility_active(facility_id, active)
        path = self.service.path_to(facility_id)
        self.model.refresh_children(path[-2] if len(path) > 1 else None)
        self.go_to(facility_id)
        self.show_current()
        self.changed.emit()
