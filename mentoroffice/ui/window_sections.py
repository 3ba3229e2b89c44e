"""The window's sections: their list on the left; on the right the chosen section's working
pages as tabs with its record list last ("All records"), or the record list alone.

Texts keep the MainWindow translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from .section_page import SectionPage, SectionTexts
from .window_lists import SectionLists

translate = QCoreApplication.translate
Workspaces = dict[str, list[tuple[str, QWidget]]]


class Sections(QSplitter):
    """`nav` (the sections), `stack` (their `containers`), and each section's list (`pages`)."""

    def __init__(self, lists: SectionLists, texts: dict[str, SectionTexts],
                 workspaces: Workspaces) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        self.nav.setUniformItemSizes(True)
        self.nav.setStyleSheet("QListWidget#sections::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, SectionPage] = {}
        self.containers: dict[str, QWidget] = {}
        for number, (section, section_texts) in enumerate(texts.items(), start=1):
            page = lists.make_page(section, section_texts)
            self.pages[section] = page
            self.containers[section] = self._container(section, page, workspaces)
            self.stack.addWidget(self.containers[section])
            item = QListWidgetItem(section_texts.title)
            item.setToolTip(translate("MainWindow", "{title} (Alt+{number})").format(
                title=section_texts.title, number=number))
            item.setData(Qt.ItemDataRole.UserRole, section)
            self.nav.addItem(item)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 48)
        self.nav.setMaximumWidth(260)
        self.addWidget(self.nav)
        self.addWidget(self.stack)
        self.setCollapsible(0, False)
        self.setCollapsible(1, False)
        self.setStretchFactor(1, 1)
        self.setSizes([170, 1000])
        self.nav.setCurrentRow(0)
        self._set_tab_order()

    @staticmethod
    def _container(section: str, page: SectionPage, workspaces: Workspaces) -> QWidget:
        """The section's working pages as tabs, its record list last; or the list alone."""
        working = workspaces.get(section)
        if not working:
            return page
        tabs = QTabWidget()
        tabs.setObjectName(f"tabs_{section}")
        tabs.setDocumentMode(True)
        for title, widget in working:
            tabs.addTab(widget, title)
        tabs.addTab(page, translate("MainWindow", "All records"))
        return tabs

    def _set_tab_order(self) -> None:
        previous: QWidget = self.nav
        for page in self.pages.values():  # hidden pages are skipped by Tab
            QWidget.setTabOrder(previous, page.search_box)
            QWidget.setTabOrder(page.search_box, page.table)
            previous = page.table

    def current_section(self) -> str:
        current = self.stack.currentWidget()
        return next(section for section, widget in self.containers.items() if widget is current)

    def current_tab(self) -> int:
        container = self.containers[self.current_section()]
        return container.currentIndex() if isinstance(container, QTabWidget) else 0

    def show_tab(self, section: str, index: int) -> None:
        self.nav.setCurrentRow(list(self.pages).index(section))
        container = self.containers[section]
        if isinstance(container, QTabWidget):
            container.setCurrentIndex(index)

    def working_page(self, name: str) -> tuple[str, int] | None:
        """(section, tab) of the working page of that object name, if the window has one."""
        for section, container in self.containers.items():
            if isinstance(container, QTabWidget):
                for index in range(container.count()):
                    widget = container.widget(index)
                    if widget is not None and widget.objectName() == name:
                        return section, index
        return None
