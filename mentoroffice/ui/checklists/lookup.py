"""A line edit that looks things up as one types and remembers what was chosen.

The search runs in the domain layer (accent-insensitive, in SQL), so the completer shows the
results unfiltered instead of filtering them again by prefix. It runs on a worker thread once
typing pauses (`DebouncedSearch`): the window never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from ...core.choices import Choice
from ..debounced_search import DebouncedSearch

MIN_CHARACTERS = 2
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class LookupEdit(QLineEdit):
    """Type part of a name, pick from the list (arrows and Enter); ``choice`` is the pick."""

    chosen = Signal(object)  # the choice, or None when the text no longer matches one

    def __init__(self, search: Callable[[str], Sequence[Any]], parent: QWidget | None = None,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self._search = DebouncedSearch(search, self._found, self)
        self._settle_when_found = False
        self._choice: Any | None = None
        self._results: list[Any] = []
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self._text_edited)
        self.editingFinished.connect(self._settle)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)

    @property
    def choice(self) -> Any | None:
        return self._choice

    def set_choice(self, choice: Choice | None) -> None:
        """Show a choice made elsewhere (or clear it) without searching. Clearing also forgets
        the matches of the text before, so that leaving the empty field does not take one."""
        self._choice = choice
        if choice is None:
            self._search.cancel()
            self._settle_when_found = False
            self._show_results([])
        self.setText(choice.label if choice is not None else "")
        self.chosen.emit(choice)

    def popup(self) -> QAbstractItemView:
        """The list of matches under the field (it takes the arrow keys and Enter)."""
        return self._completer.popup()

    def popup_visible(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def results(self) -> list[Any]:
        return list(self._results)

    def _text_edited(self, text: str) -> None:
        if self._choice is not None and text != self._choice.label:
            self._choice = None
            self.chosen.emit(None)
        self._settle_when_found = False
        self._show_results([])  # the list of the text before is hidden until the new one comes
        if len(text.strip()) >= MIN_CHARACTERS:
            self._search.ask(text)
        else:
            self._search.cancel()

    def searching(self) -> bool:
        """Whether the matches of the text typed are still being looked up."""
        return self._search.pending()

    def _found(self, _text: str, results: list[Any]) -> None:
        self._show_results(results)
        if self._settle_when_found:
            self._settle_when_found = False
            self._settle()
        elif self._results:
            self._completer.complete()

    def _show_results(self, results: list[Any]) -> None:
        self._results = results
        self._model.clear()
        for result in self._results:
            item = QStandardItem(result.label)
            item.setData(result, CHOICE_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if not self._results:
            self._completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        choice = index.data(CHOICE_ROLE)
        if choice is not None:
            self.set_choice(choice)

    def _settle(self) -> None:
        """On Enter or leaving the field: a single match is taken as the choice (once the
        matches have arrived, if they are still being looked up)."""
        if self._choice is None and self._search.pending():
            self._settle_when_found = True
            return
        if self._choice is None and len(self._results) == 1 and not self.popup_visible():
            self.set_choice(self._results[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and not self.popup_visible() and self._results:
            self._completer.complete()  # reopen the list with the arrow key
            return
        super().keyPressEvent(event)
