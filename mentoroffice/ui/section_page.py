"""One section's record list: heading, a debounced search box, the row count, an export
button, and a table that loads more rows as it scrolls (a `PagedTableModel`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .table_model import PagedTableModel, PageLike

SEARCH_DELAY_MS = 250
MAX_COLUMN_WIDTH = 360
WIDTH_SAMPLE_ROWS = 40  # rows measured to size the columns (not all: a page has 200)
HEADER_PADDING = 24  # room for the sort arrow and the section's margins


@dataclass(frozen=True)
class SectionTexts:
    """What a section's page says: its name, a line about it, search hint, row count."""

    title: str
    description: str
    search_hint: str
    count: Callable[[int], str]


class SectionPage(QWidget):
    """One section: heading, search box (debounced) and a table that pages as it scrolls."""

    def __init__(self, section: str, texts: SectionTexts, model: PagedTableModel,
                 load: Callable[[str, str, int, int], PageLike],
                 parent: QWidget | None = None,
                 export: Callable[[SectionPage], object] | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.texts = texts
        self.model = model
        self._load = load
        self._export = export
        self._search_applied: str | None = None  # None: never loaded
        self._columns_sized = False

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)

        self._build()
        model.loadStarted.connect(self._on_load_started)
        model.pageLoaded.connect(self._on_page_loaded)
        model.loadFailed.connect(self._on_load_failed)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self.texts.title)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = QLabel(self.texts.description)
        self.description_label.setWordWrap(True)
        self.description_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.search_box = QLineEdit()
        self.search_box.setObjectName(f"search_{self.section}")
        self.search_box.setPlaceholderText(self.texts.search_hint)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(280)
        self.search_box.setMaximumWidth(420)
        self.search_box.textChanged.connect(self._on_search_edited)
        self.search_box.returnPressed.connect(self.apply_search)
        self.search_box.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)

        self.count_label = QLabel()
        self.count_label.setObjectName(f"count_{self.section}")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.error_label = QLabel()
        self.error_label.setObjectName(f"error_{self.section}")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()

        self.table = self._make_table()

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr(
            "Save the whole list, as searched, to an Excel workbook or a CSV file"))
        self.export_button.setEnabled(False)  # until the list has arrived
        self.export_button.clicked.connect(self.export)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_box, 1)
        search_row.addStretch(1)
        search_row.addWidget(self.count_label)
        search_row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addSpacing(4)
        layout.addLayout(search_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"table_{self.section}")
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setCornerButtonEnabled(False)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    # --- searching and loading ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Shown as a section's "All records" tab: its first page loads now, not before."""
        super().showEvent(event)
        if self._search_applied is None and self.window().isVisible():
            QTimer.singleShot(0, self, self.activate)

    def activate(self) -> None:
        """Load the first page unless this section has loaded already."""
        if self._search_applied is None:
            self.apply_search()

    def refresh(self) -> None:
        self._search_applied = None
        self.apply_search()

    def reload(self) -> None:
        """Records it lists changed: read them again, if they were read at all."""
        if self._search_applied is not None:
            self.refresh()

    def export(self) -> object:
        """Ask where, then save every row of the list as searched (not only those loaded)."""
        return self._export(self) if self._export is not None else None

    def apply_search(self) -> None:
        """Show the list for the text in the search box now (the debounce timer's end)."""
        self.search_timer.stop()
        search = self.search_box.text().strip()
        if search == self._search_applied:
            return
        self._search_applied = search
        self.model.set_loader(partial(self._load, self.section, search))

    def current_search(self) -> str | None:
        return self._search_applied

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_edited(self, _text: str) -> None:
        self.search_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search box goes to the first row of the table."""
        if (watched is self.search_box and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.model.rowCount() > 0):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.selectRow(max(0, self.table.currentIndex().row()))
            return True
        return super().eventFilter(watched, event)

    def _on_load_started(self) -> None:
        if self.model.loaded_count == 0:
            self.count_label.setText(self.tr("Loading…"))

    def _on_page_loaded(self, total: int) -> None:
        self.error_label.hide()
        self.export_button.setEnabled(total > 0 and self._export is not None)
        self.count_label.setText(self.texts.count(total))
        if not self._columns_sized and self.model.rowCount() > 0:
            self._size_columns()

    def _on_load_failed(self, message: str) -> None:
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Not loaded"))
        self.error_label.setText(self.tr(
            "The list could not be loaded. {message} Press F5 to try again.").format(
            message=message))
        self.error_label.show()

    def _size_columns(self) -> None:
        """Fit the columns to a sample of the first page once; later pages keep the widths
        people set. Measuring a sample, not every cell, keeps the GUI thread from waiting.

        Long texts are capped unless everything fits; a last column of numbers is not
        stretched (its right-aligned figures would drift to the far edge).
        """
        self._columns_sized = True
        header = self.table.horizontalHeader()
        padding = self.table.fontMetrics().horizontalAdvance("   ")
        widths = [self._sampled_width(c) + padding for c in range(self.model.columnCount())]
        if sum(widths) > self.table.viewport().width():
            widths = [min(width, MAX_COLUMN_WIDTH) for width in widths]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setStretchLastSection(not self.model.is_numeric_column(len(widths) - 1))

    def _sampled_width(self, column: int) -> int:
        """The widest of the column's header and its first rows' texts, in pixels."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        rows = range(min(WIDTH_SAMPLE_ROWS, self.model.rowCount()))
        texts = (str(self.model.index(row, column).data() or "") for row in rows)
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        return max(widest, header_metrics.horizontalAdvance(title) + HEADER_PADDING)
