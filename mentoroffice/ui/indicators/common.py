"""Pieces the indicator and report screens share: a place chooser that completes as one types,
and a page helper that loads off the GUI thread, the newest request winning."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")


class ChoiceCombo(QComboBox):
    """An editable combo of choices (objects with ``id`` and ``label``): type any part of a
    name and pick it from the list that drops down; ``choice()`` is the picked one."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if placeholder:
            self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().editingFinished.connect(self._settle_text)

    def set_choices(self, choices: Sequence[Any], chosen_id: int | None = None,
                    empty: str | None = None) -> None:
        """Fill the list; ``empty`` adds a first "no choice" item (id None)."""
        self.blockSignals(True)
        self.clear()
        if empty is not None:
            self.addItem(empty, None)
        for choice in choices:
            self.addItem(choice.label, choice)
        found = next((n for n in range(self.count())
                      if getattr(self.itemData(n), "id", None) == chosen_id), -1)
        self.setCurrentIndex(found if chosen_id is not None else (0 if empty is not None
                                                                  else -1))
        self.blockSignals(False)

    def choice(self) -> Any | None:
        data = self.currentData()
        if data is None or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return data

    def choose(self, choice_id: int | None) -> bool:
        """Select the choice with this id (signals fire as for a person's pick)."""
        for number in range(self.count()):
            if getattr(self.itemData(number), "id", None) == choice_id:
                self.setCurrentIndex(number)
                return True
        return False

    def _settle_text(self) -> None:
        """Leaving the field with a half-typed name: one match is taken, else the pick shown."""
        text = self.currentText().strip().casefold()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()).casefold():
            return
        matches = [n for n in range(self.count()) if text and text in
                   self.itemText(n).casefold() and self.itemData(n) is not None]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))


class Loader(QObject):
    """Runs fetches on the task runner; a newer load of a key wins over an older one."""

    settled = Signal()  # nothing is loading any more

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._generation: dict[str, int] = {}
        self._pending: set[str] = set()

    def busy(self) -> bool:
        return bool(self._pending)

    def load(self, key: str, fetch: Callable[[], T], apply: Callable[[T], None],
             failed: Callable[[BaseException], None]) -> None:
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._pending.add(key)
        self.runner.start(lambda _context: fetch(),
                          lambda result: self._finish(key, generation, apply, result),
                          lambda error: self._finish(key, generation, failed, error))

    def _finish(self, key: str, generation: int, callback: Callable[[Any], None],
                value: Any) -> None:
        if self._generation.get(key) != generation:
            return
        try:
            callback(value)
        finally:
            self._pending.discard(key)
            if not self._pending:
                self.settled.emit()
