"""The checklist being entered: one row per step under shaded section rows, scored by keys.

Keys on the table: 1 or D = done, 2 or N = not done, 3 or A = not applicable (each sets the
current step and moves to the next one), Up/Down move, Space clears the current answer; Tab
goes on to the note field of the current step (the entry puts it next in the tab order).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...checklists.forms import FormDefinition, FormItem
from ...data.enums import ItemResult
from ..translation import current_language
from .texts import translate

Index = QModelIndex | QPersistentModelIndex

COL_CODE, COL_STEP, COL_RESULT, COL_NOTE = range(4)
CRITICAL_MARK = "★"
RESULT_KEYS: dict[str, ItemResult] = {
    "1": ItemResult.DONE, "d": ItemResult.DONE,
    "2": ItemResult.NOT_DONE, "n": ItemResult.NOT_DONE,
    "3": ItemResult.NOT_APPLICABLE, "a": ItemResult.NOT_APPLICABLE,
}
# The first letter of "done" in the window's language, beside D (the key hint names it); "not
# done" and "N/A" keep N and A, which fit French and would clash in Kinyarwanda (Ntibireba).
LANGUAGE_RESULT_KEYS: dict[str, dict[str, ItemResult]] = {
    "fr": {"f": ItemResult.DONE},  # Fait
    "rw": {"b": ItemResult.DONE},  # Byakozwe
}
SECTION_BACKGROUND = QColor("#e4e7eb")
RESULT_COLOURS: dict[ItemResult, tuple[str, str]] = {  # text, background
    ItemResult.DONE: ("#0b5a22", "#dcf2e2"),
    ItemResult.NOT_DONE: ("#8a1010", "#f8dcdc"),
    ItemResult.NOT_APPLICABLE: ("#444444", "#eeeeee"),
}


def result_text(result: ItemResult | None) -> str:
    """The answer as words with a symbol, so it never rests on colour alone."""
    if result is ItemResult.DONE:
        return translate("Checklists", "✓ Done")
    if result is ItemResult.NOT_DONE:
        return translate("Checklists", "✗ Not done")
    if result is ItemResult.NOT_APPLICABLE:
        return translate("Checklists", "N/A")
    return translate("Checklists", "…")


class ChecklistModel(QAbstractTableModel):
    """Rows: a title row per section, then its items. Results and notes are held here."""

    answers_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str | FormItem] = []  # a section title or an item
        self.results: dict[str, ItemResult] = {}
        self.notes: dict[str, str] = {}

    # ----- content

    def set_form(self, form: FormDefinition | None) -> None:
        self.beginResetModel()
        self._rows = []
        for number, section in enumerate(form.sections if form else (), start=1):
            self._rows.append(f"{number}. {section.title}")
            self._rows.extend(section.items)
        self.results, self.notes = {}, {}
        self.endResetModel()
        self.answers_changed.emit()

    def clear_answers(self) -> None:
        self.results, self.notes = {}, {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_NOTE))
        self.answers_changed.emit()

    def item_at(self, row: int) -> FormItem | None:
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        return entry if isinstance(entry, FormItem) else None

    def is_section(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], str)

    def row_of(self, code: str) -> int:
        for row, entry in enumerate(self._rows):
            if isinstance(entry, FormItem) and entry.code == code:
                return row
        return -1

    def item_rows(self) -> list[int]:
        return [row for row, entry in enumerate(self._rows) if isinstance(entry, FormItem)]

    def set_result(self, row: int, result: ItemResult | None) -> None:
        item = self.item_at(row)
        if item is None:
            return
        if result is None:
            self.results.pop(item.code, None)
        else:
            self.results[item.code] = result
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_NOTE))
        self.answers_changed.emit()

    def set_note(self, row: int, note: str) -> None:
        item = self.item_at(row)
        if item is None:
            return
        if note.strip():
            self.notes[item.code] = note
        else:
            self.notes.pop(item.code, None)
        self.dataChanged.emit(self.index(row, COL_NOTE), self.index(row, COL_NOTE))
        self.answers_changed.emit()

    # ----- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("Checklists", "No."), translate("Checklists", "Step"),
                  translate("Checklists", "Result"), translate("Checklists", "Note"))
        return titles[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.is_section(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if isinstance(entry, str):
            return self._section_data(entry, index.column(), role)
        return self._item_data(entry, index.column(), role)

    @staticmethod
    def _section_data(title: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_CODE:
            return title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BACKGROUND)
        return None

    def _item_data(self, item: FormItem, column: int, role: int) -> Any:
        result = self.results.get(item.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._item_text(item, column, result)
        if role == Qt.ItemDataRole.FontRole and item.critical and column in (COL_CODE, COL_STEP):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STEP:
            return item.guidance or None
        if column == COL_RESULT and result is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(RESULT_COLOURS[result][0]))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(RESULT_COLOURS[result][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CODE:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RESULT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _item_text(self, item: FormItem, column: int, result: ItemResult | None) -> str:
        if column == COL_CODE:
            return item.code
        if column == COL_STEP:
            return f"{CRITICAL_MARK} {item.text}" if item.critical else item.text
        if column == COL_RESULT:
            return result_text(result)
        return self.notes.get(item.code, "")


class ChecklistView(QTableView):
    """Keyboard scoring: result keys set the current step and move on; section rows skipped."""

    note_requested = Signal()  # a double-click on a note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_keys = {**RESULT_KEYS, **LANGUAGE_RESULT_KEYS.get(current_language(), {})}
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(self._double_clicked)
        palette = self.palette()  # the current row stays marked while the note is typed
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(QPalette.ColorGroup.Inactive, role,
                             palette.color(QPalette.ColorGroup.Active, role))
        self.setPalette(palette)

    def checklist(self) -> ChecklistModel:
        model = self.model()
        assert isinstance(model, ChecklistModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if isinstance(model, ChecklistModel):
            model.modelReset.connect(self._form_changed)
            self._form_changed()

    def _form_changed(self) -> None:
        model = self.checklist()
        self.clearSpans()
        for row in range(model.rowCount()):
            if model.is_section(row):
                self.setSpan(row, 0, 1, model.columnCount())
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_RESULT, self.fontMetrics().horizontalAdvance("✗ Not done") + 24)
        header.resizeSection(COL_NOTE, 200)
        self.go_to_first()

    # ----- moving

    def current_item_row(self) -> int:
        row = self.currentIndex().row()
        return row if self.checklist().item_at(row) is not None else -1

    def go_to_row(self, row: int) -> None:
        if self.checklist().item_at(row) is not None:
            index = self.checklist().index(row, COL_RESULT)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def go_to_first(self) -> None:
        rows = self.checklist().item_rows()
        if rows:
            self.go_to_row(rows[0])

    def move_by(self, steps: int) -> None:
        rows = self.checklist().item_rows()
        if not rows:
            return
        current = self.current_item_row()
        position = rows.index(current) if current in rows else -1
        self.go_to_row(rows[max(0, min(len(rows) - 1, position + steps))])

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Never stop on a section row: keep going the way the key points."""
        index = super().moveCursor(action, modifiers)
        model = self.checklist()
        upward = action in (QAbstractItemView.CursorAction.MoveUp,
                            QAbstractItemView.CursorAction.MovePageUp,
                            QAbstractItemView.CursorAction.MoveHome)
        row = index.row()
        while model.is_section(row):
            row += -1 if upward else 1
            if row < 0 or row >= model.rowCount():
                return self.currentIndex()
        return model.index(row, COL_RESULT) if row >= 0 else index

    # ----- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                     & ~Qt.KeyboardModifier.ShiftModifier)
        result = self.result_keys.get(event.text().lower()) if plain else None
        if result is not None:
            self.answer(result)
            return
        if plain and event.key() == Qt.Key.Key_Space:
            self.checklist().set_result(self.current_item_row(), None)
            return
        super().keyPressEvent(event)

    def answer(self, result: ItemResult) -> None:
        """Set the current step's result and move to the next step."""
        row = self.current_item_row()
        if row < 0:
            self.go_to_first()
            row = self.current_item_row()
        self.checklist().set_result(row, result)
        self.move_by(1)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_NOTE:
            self.note_requested.emit()
