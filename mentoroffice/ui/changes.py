"""One change signal for the window: pages showing records reload when such records change.

The window owns one `ChangeBroadcaster`. It listens to the office's session factory
(`core.changes.listen`), so every use case's committed write reaches it, whichever page ran
it and on whichever thread; it hands the report to the GUI thread and emits `changed(Changes)`
once per completed use case (what arrives in one turn of the event loop is merged; a task's
writes are already merged by the task runner). A page that shows records declares the kinds
it shows (`SHOWS`) and how to read them again (`reload()`); `watch_page` marks it stale on a
matching change and reloads it at once if it is visible, else when it is next shown. No page
is told by another page: a page that saves only reloads what it shows itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..core.changes import Changes, Kind, listen


class ChangeBroadcaster(QObject):
    """`changed(Changes)`: once per completed use case, on the GUI thread."""

    changed = Signal(object)  # Changes
    _arrived = Signal(object)  # from whichever thread committed

    def __init__(self, session_factory: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = Changes()
        self._arrived.connect(self._gather)  # queued when a worker thread emits it
        stop = listen(session_factory, self._heard)
        self.destroyed.connect(lambda *_: stop())

    def _heard(self, changes: Changes) -> None:
        with contextlib.suppress(RuntimeError):  # deleted meanwhile (its window closed)
            self._arrived.emit(changes)

    def _gather(self, changes: Changes) -> None:
        if not self._pending:
            QTimer.singleShot(0, self, self._emit)
        self._pending |= changes

    def _emit(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self.changed.emit(changes)

    def watch(self, widget: QWidget, kinds: Iterable[Kind],
              reload: Callable[[], object]) -> StaleWatch:
        """Reload `widget` with `reload` when records of those kinds change."""
        return StaleWatch(self, widget, frozenset(kinds), reload)

    def watch_page(self, page: QWidget) -> None:
        """Watch a page that declares what it shows (`SHOWS`, `reload()`); other pages, and
        pages the page opens (`page_opened(QWidget)`), likewise."""
        kinds = getattr(page, "SHOWS", None)
        if kinds:
            self.watch(page, kinds, page.reload)  # type: ignore[attr-defined]
        opened = getattr(page, "page_opened", None)
        if opened is not None:
            opened.connect(self.watch_page)


class StaleWatch(QObject):
    """A page's mark: stale since records it shows changed, until it reads them again."""

    def __init__(self, broadcaster: ChangeBroadcaster, widget: QWidget, kinds: frozenset[Kind],
                 reload: Callable[[], object]) -> None:
        super().__init__(widget)
        self.setObjectName("staleWatch")
        self.widget, self.kinds, self._reload = widget, kinds, reload
        self.stale = False
        widget.installEventFilter(self)
        broadcaster.changed.connect(self.changed)

    def changed(self, changes: Changes) -> None:
        if changes.touches(self.kinds):
            self.stale = True
            if self.widget.isVisible():
                self.reload()

    def reload(self) -> None:
        if self.stale:
            self.stale = False
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            QTimer.singleShot(0, self, self.reload)  # once it is on screen
        return False


def is_stale(widget: QWidget) -> bool:
    """Whether a watched page waits to read changed records again."""
    watch = widget.findChild(StaleWatch, "staleWatch", Qt.FindChildOption.FindDirectChildrenOnly)
    return bool(watch is not None and watch.stale)


__all__ = ["ChangeBroadcaster", "StaleWatch", "is_stale"]
