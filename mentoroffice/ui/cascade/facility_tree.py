"""The org-unit hierarchy as a lazily expanding tree: a level is read when it is opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ...cascade.service import CascadeService, TreeItem
from .common import MUTED
from .labels import LEVELS, label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

AnyIndex = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
NAME, LEVEL = 0, 1


class Node:
    __slots__ = ("children", "fetched", "item", "parent", "row")

    def __init__(self, item: TreeItem | None, parent: Node | None, row: int) -> None:
        self.item, self.parent, self.row = item, parent, row
        self.children: list[Node] = []
        self.fetched = False

    @property
    def key(self) -> tuple[str, int] | None:
        return (self.item.kind, self.item.id) if self.item else None


class FacilityTreeModel(QAbstractItemModel):
    """Facilities (and CHW groups under health centers); children fetched on expansion."""

    def __init__(self, service: CascadeService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._root = Node(None, None, 0)
        self._facilities: dict[int, Node] = {}

    # --- the Qt model -------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < 2:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        node = self._node(parent)
        if node is self._root:
            return True
        return bool(node.children) or (
            not node.fetched and bool(node.item and node.item.has_children)
        )

    def canFetchMore(self, parent: AnyIndex) -> bool:
        node = self._node(parent)
        return not node.fetched and (
            node is self._root or bool(node.item and node.item.has_children)
        )

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self._node(parent)
        if node.fetched:
            return
        node.fetched = True
        items = self._service.tree_children(node.item.id if node.item else None)
        if not items:
            return
        self.beginInsertRows(parent, 0, len(items) - 1)
        node.children = [self._adopt(item, node, row) for row, item in enumerate(items)]
        self.endInsertRows()

    def _adopt(self, item: TreeItem, parent: Node, row: int) -> Node:
        child = Node(item, parent, row)
        if item.kind == "facility":
            self._facilities[item.id] = child
        return child

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._node(index).item
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == LEVEL:
                return label(LEVELS, item.level)
            return (
                item.name
                if item.active
                else translate("Cascade", "%1 (inactive)").replace("%1", item.name)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{label(LEVELS, item.level)} · {item.code}"
        if role == Qt.ItemDataRole.ForegroundRole and (not item.active or index.column()):
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and not item.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ItemRole:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                translate("Cascade", "Facility")
                if section == NAME
                else translate("Cascade", "Level")
            )
        return None

    # --- used by the page -----------------------------------------------------------------
    def item(self, index: AnyIndex) -> TreeItem | None:
        return self._node(index).item

    def index_of_facility(self, facility_id: int) -> QModelIndex:
        node = self._facilities.get(facility_id)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def load_path(self, path: list[int]) -> QModelIndex:
        """Fetch each level down to the last id of path (root first); its index."""
        index = QModelIndex()
        for facility_id in path:
            if not self._node(index).fetched:
                self.fetchMore(index)
            index = self.index_of_facility(facility_id)
            if not index.isValid():
                return QModelIndex()
        return index

    def refresh_children(self, facility_id: int | None) -> None:
        """Read a facility's children again after an add, edit or (de)activation."""
        node = self._facilities.get(facility_id) if facility_id is not None else self._root
        if node is None or not node.fetched:
            if node is not None and node.item is not None:
                self._refresh_item(node)
            return
        parent = self.index_of_facility(facility_id) if facility_id is not None else QModelIndex()
        items = self._service.tree_children(facility_id)
        if [(i.kind, i.id) for i in items] == [c.key for c in node.children]:
            for child, item in zip(node.children, items, strict=True):
                child.item = item
            if items:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(items) - 1, 1, parent)
                )
            return
        self._replace_children(node, parent, items)

    def _replace_children(self, node: Node, parent: QModelIndex, items: list[TreeItem]) -> None:
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            for child in node.children:
                self._forget(child)
            node.children = []
            self.endRemoveRows()
        if items:
            self.beginInsertRows(parent, 0, len(items) - 1)
            node.children = [self._adopt(item, node, row) for row, item in enumerate(items)]
            self.endInsertRows()

    def _forget(self, node: Node) -> None:
        if node.item is not None and node.item.kind == "facility":
            self._facilities.pop(node.item.id, None)
        for child in node.children:
            self._forget(child)

    def _refresh_item(self, node: Node) -> None:
        parent_id = node.parent.item.id if node.parent and node.parent.item else None
        self.refresh_children(parent_id)
