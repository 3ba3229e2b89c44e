"""The main window comes back as it was left: size, position, maximised or not, and section.

Kept per Windows user in QSettings (the application's organisation and name, so under
HKEY_CURRENT_USER\\Software\\MentorOffice on Windows), written when the window closes and
read when the next one is made. A saved position that no screen shows any more (the second
monitor it was on is unplugged, the laptop is on its own screen) is not restored as it is:
the window comes back on the primary screen, no larger than it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GROUP = "MainWindow"
# So much of the window's top edge must lie on one screen for the window to be grabbed and
# moved there (its title bar is above that edge); otherwise it goes to the primary screen.
VISIBLE_WIDTH = 120
VISIBLE_HEIGHT = 40
# The frame around the saved (inner) geometry, so that a window made to fit a screen fits it
# with its title bar and borders.
FRAME, TITLE_BAR = 8, 32


@runtime_checkable
class Sections(Protocol):
    """A window with sections (the main window): the last one shown is remembered too."""

    def current_section(self) -> str: ...
    def show_section(self, section: str) -> None: ...


def reachable(rect: QRect, screens: Sequence[QRect]) -> bool:
    """Whether enough of the window's top edge lies on one screen's available area for the
    window to be seen and dragged there."""
    top = QRect(rect.x(), rect.y(), rect.width(), min(rect.height(), VISIBLE_HEIGHT))
    return any(top.intersected(area).width() >= min(VISIBLE_WIDTH, rect.width())
               and top.intersected(area).height() >= top.height() // 2 for area in screens)


def placed(rect: QRect, screens: Sequence[QRect], primary: QRect) -> QRect:
    """Where a saved window goes: where it was when a screen shows it, else centred on the
    primary screen; in both cases no larger than that screen, frame included."""
    if reachable(rect, screens):
        area = _usable(max(screens, key=lambda screen: _area(screen.intersected(rect))))
        return QRect(rect.x(), rect.y(), min(rect.width(), area.width()),
                     min(rect.height(), area.height()))
    area = _usable(primary)
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    return QRect(area.x() + (area.width() - width) // 2,
                 area.y() + (area.height() - height) // 2, width, height)


def _usable(screen: QRect) -> QRect:
    """The room for a window's inside on a screen, once its frame is drawn."""
    return screen.adjusted(FRAME, TITLE_BAR, -FRAME, -FRAME)


def _area(rect: QRect) -> int:
    return rect.width() * rect.height() if rect.isValid() else 0


def available_screens() -> tuple[list[QRect], QRect]:
    """Every screen's available area (without the task bar), and the primary screen's."""
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    return screens, primary.availableGeometry() if primary is not None else screens[0]


class WindowMemory(QObject):
    """Restores a window's saved state now, and saves it each time the window closes."""

    def __init__(self, window: QWidget, settings: Callable[[], QSettings] = QSettings,
                 group: str = GROUP) -> None:
        super().__init__(window)
        self.window = window
        self._settings = settings
        self.group = group
        self.restore()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False

    def save(self) -> None:
        window = self.window
        settings = self._settings()
        settings.beginGroup(self.group)
        settings.setValue("geometry", window.normalGeometry() if window.isVisible()
                          else window.geometry())
        settings.setValue("maximized", window.isMaximized())
        if isinstance(window, Sections):
            settings.setValue("section", window.current_section())
        settings.endGroup()
        settings.sync()

    def restore(self) -> bool:
        """Put the window back as saved; False when nothing was saved (first start)."""
        settings = self._settings()
        settings.beginGroup(self.group)
        geometry = settings.value("geometry")
        maximized = str(settings.value("maximized", False)).lower() == "true"
        section = settings.value("section")
        settings.endGroup()
        if not isinstance(geometry, QRect) or geometry.isEmpty():
            return False
        screens, primary = available_screens()
        self.window.setGeometry(placed(geometry, screens, primary))
        if maximized:
            self.window.setWindowState(self.window.windowState()
                                       | Qt.WindowState.WindowMaximized)
        if section and isinstance(self.window, Sections):
            with contextlib.suppress(ValueError):  # a section this version no longer has
                self.window.show_section(str(section))
        return True


def remember_window(window: QWidget, settings: Callable[[], QSettings] = QSettings
                    ) -> WindowMemory:
    """Restore `window` as it was last left by this Windows user, and save it on closing."""
    return WindowMemory(window, settings)
