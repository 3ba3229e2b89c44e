"""The user guide: short HTML pages shipped with the program, in English, French and
Kinyarwanda, shown in a window of their own beside the main window (F1, Help → User guide).

The pages are package data: `resources/help/<language>/<page>.html`, read with
importlib.resources. There is one page per section of the main window (named as the section,
e.g. `people.html`), one per user's workflow, a keyboard page and the contents (`index.html`).
A page missing in the window's language shows in English under a one-line note. Links between
pages are relative (`<a href="people.html">`) and are looked up in the same way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..browse import section_names
from .translation import current_language
from .window_state import WindowMemory

translate = QCoreApplication.translate  # lupdate reads translate("Help", "text")

CONTENTS = "index"
WORKFLOW_PAGES = ("qi-staff-month", "mentor-visit", "supervisor-quarter")
KEYBOARD = "keyboard"
FALLBACK_LANGUAGE = "en"
CONTENTS_MAX_WIDTH = 320  # pixels; a longer title is elided (…)
STYLE = """
h1 { font-size: x-large; color: #0b5a53; }
h2 { font-size: large; color: #0b5a53; margin-top: 14px; }
p.note { background-color: #fff4ce; color: #3b3b3b; }
p.seealso { color: #444444; }
kbd, code { font-family: monospace; background-color: #f0f0f0; }
"""
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body[^>]*>", re.IGNORECASE)


def guide_pages() -> tuple[str, ...]:
    """Every page the guide has, in the order of its contents."""
    return (CONTENTS, *WORKFLOW_PAGES, *section_names(), KEYBOARD)


def help_root() -> Traversable:
    """The shipped guide: `help/` in the data package mentoroffice.resources."""
    try:
        return files("mentoroffice.resources").joinpath("help")
    except ModuleNotFoundError:  # a checkout run as it is, not installed
        return Path(__file__).resolve().parents[2] / "resources" / "help"


@dataclass(frozen=True)
class HelpPage:
    name: str
    language: str  # the language it is written in
    html: str
    wanted: str  # the language asked for; another one when the page fell back to English

    @property
    def fell_back(self) -> bool:
        return self.language != self.wanted

    @property
    def title(self) -> str:
        found = _TITLE.search(self.html)
        return found.group(1).strip() if found else self.name


def page_name(url: QUrl | str) -> str:
    """`people` for `people.html`, `./people.html#posting` or `help:people`."""
    path = QUrl(url).path() if isinstance(url, str) else url.path()
    name = path.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return name.removesuffix(".html")


def read_page(name: str, language: str, root: Traversable | None = None) -> HelpPage | None:
    """The page in `language`, else in English; None when neither exists."""
    root = root or help_root()
    for written_in in dict.fromkeys((language, FALLBACK_LANGUAGE)):
        candidate = root.joinpath(written_in).joinpath(f"{name}.html")
        if candidate.is_file():
            return HelpPage(name, written_in, candidate.read_text(encoding="utf-8"), language)
    return None


def fallback_note() -> str:
    return translate("Help", "This page is not translated yet: it is shown in English.")


def with_note(page_html: str, note: str) -> str:
    """The page with a one-line note at the top of its body."""
    paragraph = f'<p class="note">{note}</p>'
    found = _BODY.search(page_html)
    if found is None:
        return paragraph + page_html
    return page_html[:found.end()] + paragraph + page_html[found.end():]


class HelpBrowser(QTextBrowser):
    """Shows guide pages by name; relative links open the linked page in the same language
    (or in English), external ones in the system's browser."""

    def __init__(self, language: str, root: Traversable | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.root = root
        self.page: HelpPage | None = None
        self.setOpenExternalLinks(True)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(14)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind not in (QTextDocument.ResourceType.HtmlResource,
                        QTextDocument.ResourceType.HtmlResource.value):
            return super().loadResource(kind, url)
        name = page_name(url)
        page = read_page(name, self.language, self.root)
        if page is None:
            self.page = None
            return "<html><body><p>{}</p></body></html>".format(translate(
                "Help", "This page of the guide is missing: {name}").format(name=html.escape(name)))
        self.page = page
        return with_note(page.html, fallback_note()) if page.fell_back else page.html


class HelpWindow(QWidget):
    """The guide's window: its pages listed on the left, the page on the right. Not modal:
    it stays open beside the main window."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None,
                 root: Traversable | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = language or current_language()
        self.root = root
        self.setWindowTitle(translate("Help", "MentorOffice user guide"))
        self.browser = HelpBrowser(self.language, root, self)
        self.browser.setObjectName("helpPage")
        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(translate("Help", "Pages of the guide"))
        self._fill_contents()
        self.contents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setMaximumWidth(CONTENTS_MAX_WIDTH)
        self.contents.currentItemChanged.connect(self._chosen)
        self.back_button = QPushButton(translate("Help", "&Back"), self)
        self.forward_button = QPushButton(translate("Help", "&Forward"), self)
        self.home_button = QPushButton(translate("Help", "&Contents"), self)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_page(CONTENTS))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.browser.sourceChanged.connect(self._shown)
        self._lay_out()
        self.resize(940, 660)
        self.memory = WindowMemory(self, group="HelpWindow")

    def _fill_contents(self) -> None:
        """The pages by their titles: the contents and the keys, then the workflows and the
        sections under headings of their own."""
        groups = ((None, (CONTENTS, KEYBOARD)),
                  (translate("Help", "Your work"), WORKFLOW_PAGES),
                  (translate("Help", "Sections of the window"), section_names()))
        self.contents.setStyleSheet("QListWidget#helpContents::item { padding: 3px 6px; }")
        for heading, names in groups:
            if heading is not None:
                item = QListWidgetItem(heading, self.contents)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(self.palette().text())
            for name in names:
                page = read_page(name, self.language, self.root)
                if page is None:
                    continue
                title = translate("Help", "&Contents").replace("&", "") \
                    if name == CONTENTS else page.title
                item = QListWidgetItem(("    " if heading else "") + title, self.contents)
                item.setData(Qt.ItemDataRole.UserRole, name)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.browser, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        wide = self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 12
        splitter.setSizes([min(wide, CONTENTS_MAX_WIDTH), 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_page(self, name: str) -> None:
        """Show the page `name` (e.g. "people"), in the window's language when it has one."""
        self.browser.setSource(QUrl(f"{name}.html"))

    def current_page(self) -> str:
        return self.browser.page.name if self.browser.page is not None else ""

    def page_language(self) -> str:
        """The language of the page shown: the window's, or English when it fell back."""
        return self.browser.page.language if self.browser.page is not None else ""

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_page():
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _shown(self, _url: QUrl) -> None:
        name = self.current_page()
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
        page = self.browser.page
        title = translate("Help", "MentorOffice user guide")
        self.setWindowTitle(f"{page.title} – {title}" if page is not None else title)


class HelpLauncher(QObject):
    """Opens the guide from a window: on the page of its current section (F1), one guide
    window per main window, raised again when already open."""

    def __init__(self, window: QWidget, open_window: Callable[[QWidget], HelpWindow]
                 = HelpWindow) -> None:
        super().__init__(window)
        self.window = window
        self._make = open_window
        self.help_window: HelpWindow | None = None
        self.action = QAction(translate("Help", "&User guide"), window)
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
                                 or [QKeySequence(Qt.Key.Key_F1)])
        self.action.setStatusTip(translate("Help", "The guide's page for this section (F1)"))
        self.action.triggered.connect(self.open)

    def context_page(self) -> str:
        current = getattr(self.window, "current_section", None)
        section = current() if callable(current) else ""
        return section if section in section_names() else CONTENTS

    def open(self) -> HelpWindow:
        if self.help_window is None:
            self.help_window = self._make(self.window)
        self.help_window.show_page(self.context_page())
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window


def user_guide_action(window: QWidget) -> QAction:
    """The Help menu's "User guide" (F1) for the main window."""
    return HelpLauncher(window).action
