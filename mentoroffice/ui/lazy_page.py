"""Pages built the first time they are shown, so the window opens with only what it shows.

A `LazyPage` stands in a section's tab: it says "Loading…" and builds its page when it is
first shown (or when someone asks for the page, `ensure_built()`). Pages of one feature that
share services form a `PageGroup`: each page is built on its own, and hooks run on it once
built (e.g. to watch the window's change signal, `ui.changes`). Pages do not tell each other
of changes: a page built later loads fresh data anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

PageBuilder = Callable[[], QWidget]


class LazyPage(QWidget):
    """A tab's stand-in that builds its page when first shown."""

    built = Signal(QWidget)

    def __init__(self, key: str, build: PageBuilder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(key)
        self.key = key
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the record lists' own "Loading…", already translated
        self.loading_label = QLabel(QCoreApplication.translate("SectionPage", "Loading…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.loading_label)

    def is_built(self) -> bool:
        return self.page is not None

    def ensure_built(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self.page is None:
            page = self._build()
            self.page = page
            layout = self.layout()
            self.loading_label.hide()
            layout.removeWidget(self.loading_label)
            self.loading_label.deleteLater()
            layout.addWidget(page)
            page.show()
            self.built.emit(page)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()


class PageGroup:
    """Pages sharing services, each built on its own the first time it is needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self._builders: dict[str, PageBuilder] = {}
        self._places: dict[str, LazyPage] = {}
        self._built: dict[str, QWidget] = {}
        self._hooks: list[tuple[str, Callable[[QWidget], object]]] = []

    def add(self, key: str, build: PageBuilder) -> None:
        self._builders[key] = build

    def place(self, key: str) -> LazyPage:
        """The stand-in to put in a tab: it builds the page when the tab is first shown."""
        if key not in self._places:
            self._places[key] = LazyPage(key, lambda: self._make(key), self.parent)
        return self._places[key]

    def add_hook(self, key: str, hook: Callable[[QWidget], object]) -> None:
        """Call `hook(page)` once the page is built (e.g. to connect it to the group)."""
        self._hooks.append((key, hook))

    def add_hook_to_all(self, hook: Callable[[QWidget], object]) -> None:
        for key in self._builders:
            self.add_hook(key, hook)

    def page(self, key: str) -> QWidget:
        """The page, built now (in its tab's place, if it has one) if it was not yet."""
        if key in self._places:
            return self._places[key].ensure_built()
        return self._built.get(key) or self._make(key)

    def built(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def _make(self, key: str) -> QWidget:
        page = self._builders[key]()
        self._built[key] = page
        for hooked, hook in self._hooks:
            if hooked == key:
                hook(page)
        return page
