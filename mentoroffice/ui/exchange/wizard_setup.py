"""The wizard's first two pages: what kind of records and which file; which column holds what."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...exchange.mapping import Field, ImportKind, Template
from ...exchange.reading import XLSX_SUFFIXES, Table
from .common import ERROR_STYLE, error_text, fill, message_label, show_message
from .wizard import ImportWizard, WorkPage

OPEN_FILTER = ";;".join(
    (
        "Excel or CSV (*.xlsx *.xlsm *.csv *.txt)",
        "Excel workbook (*.xlsx *.xlsm)",
        "CSV (*.csv *.txt)",
    )
)
# The domain's template titles and descriptions are English; listed here for Qt Linguist.
KIND_TITLES = (
    QT_TRANSLATE_NOOP("Exchange", "Facilities"),
    QT_TRANSLATE_NOOP("Exchange", "People"),
    QT_TRANSLATE_NOOP("Exchange", "Mentors and assignments"),
    QT_TRANSLATE_NOOP("Exchange", "Mentee enrolments"),
    QT_TRANSLATE_NOOP("Exchange", "Assessments with step results"),
    QT_TRANSLATE_NOOP("Exchange", "Scores only (legacy trackers)"),
    QT_TRANSLATE_NOOP("Exchange", "Facility indicator values"),
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def kind_title(template: Template) -> str:
    return translate("Exchange", template.title)


def template_of(templates: list[Template], kind: ImportKind) -> Template:
    return next(t for t in templates if t.kind == kind)


def column_letter(index: int) -> str:
    letters, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ChooseFilePage(WorkPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "What the file holds, and where it is. Excel workbooks (.xlsx) "
                "and CSV files (UTF-8 or Windows-1252, comma or semicolon)."
            )
        )
        self.templates = {t.kind: t for t in self.service.templates()}
        self.kind_combo = QComboBox(self)
        for kind, template in self.templates.items():
            self.kind_combo.addItem(kind_title(template), kind.value)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.description = message_label(self)
        self.template_link = QLabel(self)
        self.template_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.template_link.setText(
            '<a href="template">'
            + self.tr("Download the column template (an example .xlsx file)…")
            + "</a>"
        )
        self.template_link.linkActivated.connect(lambda _link: self.save_template())
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_timer = QTimer(self)  # a typed or pasted path is opened once typing pauses
        self.path_timer.setSingleShot(True)
        self.path_timer.setInterval(400)
        self.path_timer.timeout.connect(self._path_typed)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.path_edit.textChanged.connect(lambda _t: self._path_edited())
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setEnabled(False)
        self.notice = message_label(self)
        self._build_layout()
        self._sheets_for: str | None = None
        self._kind_changed()

    def _build_layout(self) -> None:
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Records in the file:"), self)
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        form.addRow("", self.description)
        form.addRow("", self.template_link)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        sheet_label = QLabel(self.tr("&Sheet:"), self)
        sheet_label.setBuddy(self.sheet_combo)
        form.addRow(sheet_label, self.sheet_combo)
        self.layout_.addLayout(form)
        self.add(self.progress, self.status, self.error, self.notice)
        self.layout_.addStretch(1)
        self.setTabOrder(self.kind_combo, self.template_link)
        self.setTabOrder(self.template_link, self.path_edit)
        self.setTabOrder(self.path_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.sheet_combo)

    def kind(self) -> ImportKind:
        return ImportKind(self.kind_combo.currentData())

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def _path_edited(self) -> None:
        self.path_timer.start()
        self.completeChanged.emit()

    def _kind_changed(self) -> None:
        template = self.templates[self.kind()]
        self.description.setText(translate("Exchange", template.description))

    def browse(self) -> None:
        start = str(self.path() or Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), start, OPEN_FILTER
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._path_typed()

    def save_template(self) -> None:
        kind = self.kind()
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the column template"),
            str(Path.home() / f"{kind.value}-template.xlsx"),
            "Excel workbook (*.xlsx)",
        )
        if not target:
            return
        path = Path(target) if target.lower().endswith(".xlsx") else Path(target + ".xlsx")
        self.run(
            "template",
            lambda _task: self.service.write_template(kind, path),
            lambda written: show_message(self.notice, fill(self.tr("Template saved: %1"), written)),
            self.tr("Writing the template…"),
        )

    def _path_typed(self) -> None:
        self.path_timer.stop()
        path = self.path()
        if path is None or str(path) == self._sheets_for:
            return
        self._sheets_for = str(path)
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        if not path.is_file():
            show_message(self.error, fill(self.tr("There is no file at %1."), path), ERROR_STYLE)
            self.completeChanged.emit()
            return
        if path.suffix.lower() not in XLSX_SUFFIXES:
            self.completeChanged.emit()
            return
        self.run(
            "sheets",
            lambda _task: self.service.sheets(path),
            self._show_sheets,
            self.tr("Opening the workbook…"),
            self._sheets_failed,
        )

    def _show_sheets(self, sheets: list[str]) -> None:
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setEnabled(len(sheets) > 1)
        if not sheets:
            show_message(
                self.error,
                self.tr("This file cannot be opened as an Excel workbook; the next page says why."),
                ERROR_STYLE,
            )

    def _sheets_failed(self, error: BaseException) -> None:
        show_message(self.error, error_text(error), ERROR_STYLE)

    def isComplete(self) -> bool:
        path = self.path()
        return (
            path is not None
            and path.is_file()
            and not self.owner.busy("sheets")
            and str(path) == self._sheets_for
        )

    def validatePage(self) -> bool:
        """Another kind, file or sheet: what the later pages worked out no longer holds."""
        state = self.state
        chosen = (self.kind(), self.path(), self.sheet_combo.currentText() or None)
        if chosen != (state.kind, state.path, state.sheet):
            state.table = state.table_key = state.mapping = None
            state.checked = state.dry_run = None
        state.kind, state.path, state.sheet = chosen
        return True


class MappingPage(WorkPage):
    FIELD, FRENCH, COLUMN, EXAMPLE = range(4)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Which column of the file holds each field. The columns were "
                "matched by their headers; change any that is wrong. "
                "Fields marked * are required."
            )
        )
        self.read_info = message_label(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("En français"),
                self.tr("Column in the file"),
                self.tr("First value in the file"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in (self.FIELD, self.FRENCH, self.COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        self.items_info = message_label(self)
        self.ignored_info = message_label(self)
        self.problems = message_label(self)
        self.combos: dict[str, QComboBox] = {}
        self.add(self.read_info, self.progress, self.status, self.error)
        self.add(self.table, stretch=1)
        self.add(self.items_info, self.ignored_info, self.problems)

    # --- reading -------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self.state
        if state.table is not None and state.table_key == state.file_key():
            self._show_table()
            return
        self.table.setRowCount(0)
        self.combos.clear()
        for label in (self.read_info, self.items_info, self.ignored_info, self.problems):
            show_message(label, "")
        path, sheet = state.path, state.sheet
        assert path is not None
        self.run(
            "read",
            lambda _task: self.service.read(path, sheet),
            self._table_read,
            fill(self.tr("Reading %1…"), path.name),
        )

    def _table_read(self, table: Table) -> None:
        self.state.set_table(table)
        self._show_table()

    def cleanupPage(self) -> None:
        self.owner.worker.forget("read")
        super().cleanupPage()

    # --- showing the mapping ---------------------------------------------------------------

    def _show_table(self) -> None:
        state = self.state
        table = state.table
        assert table is not None
        if state.mapping is None:
            state.mapping = self.service.auto_map(state.kind, table.headers)
        where = fill(self.tr("%1 rows read from %2"), len(table), table.source)
        if table.header_row:
            where += fill(self.tr("; the headers are on row %1"), table.header_row)
        if table.detail:
            where += f" ({table.detail})"
        show_message(self.read_info, where + ".")
        self._fill_rows(table)
        self._refresh()

    def _fill_rows(self, table: Table) -> None:
        fields = template_of(self.service.templates(), self.state.kind).fields
        self.table.setRowCount(len(fields))
        self.combos.clear()
        previous: QWidget | None = None
        for row, field in enumerate(fields):
            self.table.setItem(row, self.FIELD, self._field_item(field))
            self.table.setItem(row, self.FRENCH, QTableWidgetItem(field.french))
            combo = self._column_combo(table, field)
            self.table.setCellWidget(row, self.COLUMN, combo)
            self.table.setItem(row, self.EXAMPLE, QTableWidgetItem(""))
            if previous is not None:
                self.setTabOrder(previous, combo)
            previous = combo
        self.table.resizeColumnsToContents()

    def _field_item(self, field: Field) -> QTableWidgetItem:
        item = QTableWidgetItem(field.label + (" *" if field.required else ""))
        tip = field.help or field.label
        item.setToolTip(tip + ("\n" + self.tr("Required.") if field.required else ""))
        if field.required:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _column_combo(self, table: Table, field: Field) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setAccessibleName(field.label)
        combo.addItem(self.tr("(not in the file)"), None)
        for index, header in enumerate(table.headers):
            text = header or fill(self.tr("(column %1, no header)"), column_letter(index))
            combo.addItem(f"{column_letter(index)}: {text}", index)
        combo.currentIndexChanged.connect(lambda _i, key=field.key: self._column_chosen(key))
        self.combos[field.key] = combo
        return combo

    def _column_chosen(self, key: str) -> None:
        mapping = self.state.mapping
        assert mapping is not None
        index = self.combos[key].currentData()
        self.state.mapping = mapping.with_column(key, index)
        self.state.checked = None
        self._refresh()

    def _refresh(self) -> None:
        """Combos, first values and problems from the mapping (one change may undo another)."""
        mapping, table = self.state.mapping, self.state.table
        assert mapping is not None and table is not None
        for row, (key, combo) in enumerate(self.combos.items()):
            index = mapping.column_of(key)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if index is None else combo.findData(index))
            combo.blockSignals(False)
            self.table.item(row, self.EXAMPLE).setText(
                "" if index is None else first_value(table, index)
            )
        self._show_notes()
        self.completeChanged.emit()

    def _show_notes(self) -> None:
        mapping = self.state.mapping
        assert mapping is not None
        if mapping.template.item_columns:
            codes = list(mapping.items)
            show_message(
                self.items_info,
                fill(
                    self.tr("Checklist step columns: %1 (%2)."),
                    ", ".join(codes[:15]) + (" …" if len(codes) > 15 else ""),
                    len(codes),
                ),
            )
        ignored = [mapping.headers[i] for i in mapping.ignored_columns()]
        show_message(
            self.ignored_info,
            fill(self.tr("Columns not imported: %1."), ", ".join(ignored)) if ignored else "",
        )
        problems = self.mapping_problems()
        show_message(self.problems, "\n".join(problems), ERROR_STYLE)

    def mapping_problems(self) -> list[str]:
        mapping = self.state.mapping
        if mapping is None:
            return []
        table_problems = (
            [str(p) for p in self.state.table.problems if p.row is None]
            if (self.state.table is not None and not self.state.table.headers)
            else []
        )
        return table_problems + [p.message for p in mapping.problems()]

    def combo_texts(self) -> dict[str, str]:
        """Field key -> the chosen column as shown (for tests and screenshots)."""
        return {key: combo.currentText() for key, combo in self.combos.items()}

    def isComplete(self) -> bool:
        return (
            self.state.table is not None
            and not self.owner.busy("read")
            and bool(self.state.table.headers)
            and not self.mapping_problems()
        )


def first_value(table: Table, index: int) -> str:
    for value in table.column(index):
        if value is not None and value != "":
            return display_value(value)
    return ""


def display_value(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)[:80]
