"""The values grid as a spreadsheet: typing replaces a cell, Tab and Enter go to the next cell
to type (numerator, denominator, next row's numerator), Shift+Tab back, Delete clears,
Ctrl+V pastes rows copied from a spreadsheet, Ctrl+Z undoes the last cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .grid_model import DENOMINATOR, EDITABLE, INDICATOR, NUMERATOR, ValuesModel

AnyIndex = QModelIndex | QPersistentModelIndex


class CountDelegate(QStyledItemDelegate):
    """A right-aligned line edit in which Enter, like Tab, commits and moves on."""

    move_on = Signal(bool)  # forward
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: QLineEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        """Tab, Shift+Tab and Enter store the cell, close the editor and move on; the next
        cell is not opened, so its value shows whole and typing replaces it."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(editor, QWidget)):
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.move_on.emit(not (shift or key == Qt.Key.Key_Backtab))
                return True
        return super().eventFilter(editor, event)

    def commit_open_editor(self) -> None:
        """Store what is being typed (before a save)."""
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ValuesGrid(QTableView):
    def __init__(self, model: ValuesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values_model = model
        self.setModel(model)
        self.delegate = CountDelegate(self)
        self.delegate.move_on.connect(self.move_on)
        for column in EDITABLE:
            self.setItemDelegateForColumn(column, self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(INDICATOR, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("September 2026") + 16)
        for column in (NUMERATOR, DENOMINATOR, 4):
            header.resizeSection(column, metrics.horizontalAdvance("Denominator") + 28)
        self.setAccessibleName(self.tr("Indicator values"))

    # --- moving ----------------------------------------------------------------------------
    def next_cell(self, index: QModelIndex, forward: bool = True) -> QModelIndex:
        """The next (or previous) cell to type in, in reading order; invalid at the end."""
        model = self.values_model
        if not index.isValid():
            return model.index(0, NUMERATOR) if model.rowCount() else QModelIndex()
        row, column = index.row(), index.column()
        if column in EDITABLE:
            position = 2 * row + (column - NUMERATOR) + (1 if forward else -1)
        elif column < NUMERATOR:  # month or indicator: this row's numerator, or the one before
            position = 2 * row if forward else 2 * row - 1
        else:  # the percentage: the next row's numerator, or this row's denominator
            position = 2 * row + 2 if forward else 2 * row + 1
        if not 0 <= position < 2 * model.rowCount():
            return QModelIndex()
        return model.index(position // 2, NUMERATOR + position % 2)

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveNext,
                      QAbstractItemView.CursorAction.MovePrevious):
            target = self.next_cell(self.currentIndex(),
                                    action == QAbstractItemView.CursorAction.MoveNext)
            return target if target.isValid() else self.currentIndex()
        return super().moveCursor(action, modifiers)

    def move_on(self, forward: bool = True) -> None:
        """To the next (or previous) cell to type in, if there is one."""
        target = self.next_cell(self.currentIndex(), forward)
        if target.isValid():
            self.setCurrentIndex(target)

    def go_to(self, row: int, column: int = NUMERATOR) -> None:
        index = self.values_model.index(row, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.move_on(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_selected()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        super().keyPressEvent(event)

    def clear_selected(self) -> None:
        for index in self.selectionModel().selectedIndexes() or [self.currentIndex()]:
            if index.isValid() and index.column() in EDITABLE:
                self.values_model.set_text(index.row(), index.column(), "")

    def paste(self, text: str) -> int:
        """Rows of tab-separated numbers from the current cell on; returns cells filled."""
        start = self.currentIndex()
        if not start.isValid() or not text.strip():
            return 0
        column0 = start.column() if start.column() in EDITABLE else NUMERATOR
        filled = 0
        lines = text.rstrip("\r\n").splitlines()
        for offset, line in enumerate(lines):
            row = start.row() + offset
            for shift, cell in enumerate(line.split("\t")):
                column = column0 + shift
                if row >= self.values_model.rowCount() or column not in EDITABLE:
                    break
                self.values_model.set_text(row, column, cell.strip())
                filled += 1
        return filled

    def undo(self) -> None:
        row = self.values_model.undo()
        if row >= 0:
            self.go_to(row, self.currentIndex().column()
                       if self.currentIndex().column() in EDITABLE else NUMERATOR)

    def commit_open_editor(self) -> None:
        self.delegate.commit_open_editor()
