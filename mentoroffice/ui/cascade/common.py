"""Small widgets the cascade screens share: a rows model, a lookup field with a completer,
date fields, a form dialog that shows refusals next to their fields, and a message bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QDate,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...cascade.service import NotFound, RuleRefused, Violation
from ..debounced_search import DebouncedSearch
from ..rows_model import RowsTableModel
from ..rules_text import refusal_text, violation_text
from .labels import to_qdate

ERROR_STYLE = "color: #b3261e;"
MUTED = QColor("#8a8a8a")
NO_DATE = QDate(2000, 1, 1)
MIN_DIALOG_WIDTH = 560


class RowsModel(RowsTableModel):
    """A read-only table of display rows; each row may carry the object it came from, and
    rows marked muted (ended postings and assignments) show in grey."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, parent, {"muted": MUTED})

    def set_rows(self, rows: Sequence[Sequence[str]], items: Sequence[Any] | None = None,
                 muted: Sequence[bool] | None = None) -> None:
        tones = None if muted is None else ["muted" if m else "" for m in muted]
        super().set_rows(rows, items, tones)


class LookupField(QLineEdit):
    """A line edit whose completer asks the database as the person types.

    `choice()` is the picked item: the completion chosen, or the only match of the text.
    """

    chosen = Signal(object)

    def __init__(self, lookup: Callable[[str], Sequence[Any]],
                 describe: Callable[[Any], str],
                 parent: QWidget | None = None, min_chars: int = 1) -> None:
        super().__init__(parent)
        self._lookup, self._describe, self._min_chars = lookup, describe, min_chars
        self._choice: Any = None
        self._by_label: dict[str, Any] = {}
        self._model = QStringListModel(self)
        self.lookup_completer = QCompleter(self._model, self)
        self.lookup_completer.setWidget(self)
        self.lookup_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.lookup_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lookup_completer.activated.connect(self._activated)
        self._search = DebouncedSearch(lookup, self._found, self)
        self.textEdited.connect(self._refresh)

    def _labels_for(self, items: Sequence[Any]) -> dict[str, Any]:
        labels: dict[str, Any] = {}
        for item in items:
            text, n = self._describe(item), 2
            while text in labels:
                text, n = f"{self._describe(item)} ({n})", n + 1
            labels[text] = item
        return labels

    def _refresh(self, text: str) -> None:
        """Typing: the matches are looked up on a worker thread once typing pauses."""
        self._choice = None
        self._by_label = {}
        self._model.setStringList([])
        self.lookup_completer.popup().hide()
        if len(text.strip()) < self._min_chars:
            self._search.cancel()
        else:
            self._search.ask(text)

    def searching(self) -> bool:
        """Whether the matches of the text typed are still being looked up."""
        return self._search.pending()

    def _found(self, _text: str, items: list[Any]) -> None:
        self._by_label = self._labels_for(items)
        self._model.setStringList(list(self._by_label))
        if self._by_label:
            self.lookup_completer.complete()

    def _activated(self, text: str) -> None:
        item = self._by_label.get(text)
        if item is not None:
            self.set_choice(item)
            self.chosen.emit(item)

    def set_choice(self, item: Any) -> None:
        self._choice = item
        self.setText(self._describe(item) if item is not None else "")
        self.setCursorPosition(0)  # show the name, not the end of a long label

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.lookup_completer.popup().hide()
        super().hideEvent(event)

    def choice(self) -> Any:
        if self._choice is not None and self.text() == self._describe(self._choice):
            return self._choice
        text = self.text().strip()
        if len(text) < self._min_chars:
            return None
        if text in self._by_label:
            return self._by_label[text]
        matches = self._labels_for(self._lookup(text))  # asked on saving: one query
        if text in matches:
            return matches[text]
        return next(iter(matches.values())) if len(matches) == 1 else None


def date_edit(value: dt.date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    return edit


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: its lowest value shows `empty_text` and means None."""

    def __init__(self, empty_text: str, value: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd MMM yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value) if value else NO_DATE)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else date.toPython()  # type: ignore[no-any-return]


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class FieldErrors:
    """Red messages under named fields, and under the form for the rest."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

    def show(self, violations: Sequence[Violation],
             field_of: Callable[[Violation], str | None] = lambda v: v.field) -> None:
        self.clear()
        for violation in violations:
            label = self.labels.get(field_of(violation) or "", self.general)
            text = label.text()
            message = violation_text(violation)
            label.setText(f"{text}\n{message}" if text else message)
            label.show()

    def show_message(self, field: str | None, message: str) -> None:
        self.show([Violation("input", message, field=field)])


class KeepOpen(Exception):
    """Raised by a dialog's commit that already shows what is wrong: do not close."""


class FormDialog(QDialog):
    """A form whose Save commits through the service; refusals stay in the dialog.

    Enter saves (Save is the default button), Esc cancels; each field's label carries a
    mnemonic with the field as buddy, and the tab order follows the rows.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(error_label(self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.reload_button = self.buttons.addButton(self.tr("&Reload"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip(self.tr("Show what is saved now, with the other PC's "
                                              "change; your entries in this form are replaced"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self._tab_chain: list[QWidget] = []

    def add_field(self, name: str, text: str, widget: QWidget) -> QWidget:
        """A row: mnemonic label, the field, and a red message line under it."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = error_label(box)
        column.addWidget(message)
        self.errors.labels[name] = message
        self.form.addRow(label, box)
        if self._tab_chain:
            QWidget.setTabOrder(self._tab_chain[-1], widget)
        self._tab_chain.append(widget)
        return widget

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget.parentWidget(), visible)

    def save(self) -> None:
        self.errors.clear()
        try:
            self.commit()
        except RuleRefused as refused:
            self.refused(refused.violations)
        except NotFound as missing:
            self.errors.show_message(None, str(missing))
        except KeepOpen:
            pass
        else:
            self.accept()
            return
        self.fit()

    def refused(self, violations: list[Violation]) -> None:
        self.errors.show(violations)
        changed_elsewhere = any(v.code == "stale" for v in violations)
        self.reload_button.setVisible(changed_elsewhere and self.can_reload())

    def can_reload(self) -> bool:
        return type(self).reload is not FormDialog.reload

    def reload(self) -> None:
        """Read the record again and show it (dialogs that edit a saved record)."""
        raise NotImplementedError

    def _reload(self) -> None:
        self.errors.clear()
        self.reload_button.hide()
        try:
            self.reload()
        except NotFound as missing:
            self.errors.show_message(None, str(missing))
        self.fit()

    def fit(self) -> None:
        """Grow to show every message line (wrapped labels change the height they need)."""
        layout = self.layout()
        layout.activate()
        height = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else self.sizeHint().height())
        self.resize(self.width(), max(height, self.minimumSizeHint().height()))

    def commit(self) -> None:
        """Save through the service; raise RuleRefused to keep the dialog open."""
        raise NotImplementedError


class MessageBar(QWidget):
    """A status line with an optional Undo button; it hides itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.clicked.connect(self._undo)
        close = QPushButton(self.tr("Dismiss"), self)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self.setStyleSheet("MessageBar { background: #fff4ce; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._undo_callback: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, undo: Callable[[], None] | None = None,
                     seconds: int = 20) -> None:
        self.text.setText(text)
        self._undo_callback = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start(seconds * 1000)

    def _undo(self) -> None:
        callback, self._undo_callback = self._undo_callback, None
        self.hide()
        if callback is not None:
            callback()


def error_text(error: BaseException) -> str:
    """What to show a person for a failure in a background task."""
    if isinstance(error, RuleRefused | NotFound):
        return refusal_text(error)
    return f"{type(error).__name__}: {error}"
