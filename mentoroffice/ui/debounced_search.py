"""Look-ups as one types, without the window waiting: the search runs on a worker thread once
typing pauses, and only the answer for the text still in the field is shown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer

from .tasks import TaskRunner

log = logging.getLogger(__name__)

LOOKUP_DELAY_MS = 200


class DebouncedSearch(QObject):
    """`ask(text)` (re)starts a short timer; then `search(text)` runs on a worker thread and
    `on_found(text, results)` gets the answer on the GUI thread, unless a newer text was asked
    for meanwhile (its answer is then dropped)."""

    def __init__(self, search: Callable[[str], Sequence[Any]],
                 on_found: Callable[[str, list[Any]], None], parent: QObject,
                 delay_ms: int = LOOKUP_DELAY_MS, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._search, self._on_found = search, on_found
        self._runner = runner or TaskRunner(self)
        self._text = ""
        self._asked = 0  # each text asked for gets a number; only the latest one's answer counts
        self._answered = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def ask(self, text: str) -> None:
        self._text = text
        self._asked += 1
        self._timer.start()

    def cancel(self) -> None:
        """Forget the text asked for: no answer will arrive for it."""
        self._timer.stop()
        self._asked += 1
        self._answered = self._asked

    def pending(self) -> bool:
        """Whether an answer for the latest text is still to come."""
        return self._answered != self._asked

    def _start(self) -> None:
        asked, text, search = self._asked, self._text, self._search
        self._runner.start(lambda _context: list(search(text)),
                           lambda results: self._found(asked, text, results),
                           lambda error: self._failed(asked, text, error))

    def _failed(self, asked: int, text: str, error: BaseException) -> None:
        """A look-up that could not run (a database busy or gone) offers nothing, and says why
        in the log instead of vanishing."""
        log.warning("Look-up for %r failed: %s", text, error)
        self._found(asked, text, [])

    def _found(self, asked: int, text: str, results: list[Any]) -> None:
        if asked != self._asked:
            return  # the person typed on meanwhile
        self._answered = asked
        self._on_found(text, results)
