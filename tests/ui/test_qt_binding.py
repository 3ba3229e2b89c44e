"""The Qt binding itself: a release that breaks what every table of the window relies on fails
here, with a clear message, before it can abort the program in an office."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, QObject, Qt


class EmptyCells(QAbstractTableModel):
    """A table whose cells have nothing for any role, as most roles of our models do."""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 3

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_a_model_answering_none_to_qt_keeps_none_alive(qapp: QObject) -> None:
    # Qt asks the Python model through a proxy, as views and sort proxies do
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(EmptyCells())
    cell = proxy.index(1, 1)
    before = sys.getrefcount(None)
    for _ in range(1000):
        proxy.data(cell, Qt.ItemDataRole.DisplayRole)
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"This PySide6 release loses a reference to None on each call ({lost} in 1000 calls): "
        "the window would abort with 'deallocating None'. Use another release (pyproject.toml).")
