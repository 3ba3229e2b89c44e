"""The window comes back as this user left it: size, place, maximised or not, and section;
never off every screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mentoroffice.office import Office
from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.window_state import GROUP, placed, reachable


def open_window(qtbot: QtBot, office: Office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def screen_area() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_the_window_reopens_with_the_size_place_and_section_it_was_closed_with(
        qtbot: QtBot, office: Office, own_settings: Path) -> None:
    # GIVEN a window made smaller, moved and left on the QI section
    area = screen_area()
    first = open_window(qtbot, office)
    wanted = QRect(area.x() + 40, area.y() + 30, area.width() - 120, area.height() - 100)
    first.setGeometry(wanted)
    first.show_section("qi")
    qtbot.waitUntil(lambda: first.geometry() == wanted)
    # WHEN it is closed and the window is opened again
    first.close()
    saved = QSettings()
    assert saved.fileName().startswith(str(own_settings))  # the test's own settings file
    assert saved.value(f"{GROUP}/section") == "qi"
    second = open_window(qtbot, office)
    # THEN it has the same size and place, and shows the same section
    assert second.geometry().size() == wanted.size()
    assert second.geometry().topLeft() == wanted.topLeft()
    assert second.current_section() == "qi"
    assert second.section_actions.checkedAction().data() == "qi"
    second.close()


def test_a_maximised_window_opens_maximised(qtbot: QtBot, office: Office) -> None:
    first = open_window(qtbot, office)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    second = MainWindow(office)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(second.isMaximized)
    second.close()


def test_a_window_left_on_a_screen_now_gone_comes_back_on_the_primary_screen(
        qtbot: QtBot, office: Office) -> None:
    # GIVEN the window was last closed on a second monitor, to the right, now unplugged
    area = screen_area()
    settings = QSettings()
    settings.setValue(f"{GROUP}/geometry", QRect(area.right() + 400, area.y() + 100, 640, 480))
    settings.setValue(f"{GROUP}/maximized", False)
    settings.setValue(f"{GROUP}/section", "people")
    settings.sync()
    # WHEN the window opens
    window = open_window(qtbot, office)
    # THEN it is on the primary screen, with the size it had, and on the section it showed
    assert area.contains(window.geometry()), (window.geometry(), area)
    assert window.geometry().size().toTuple() == (min(640, area.width()),
                                                  min(480, area.height()))
    assert window.current_section() == "people"
    window.close()


def test_a_saved_window_larger_than_the_screen_is_made_to_fit(
        qtbot: QtBot, office: Office) -> None:
    area = screen_area()
    settings = QSettings()
    settings.setValue(f"{GROUP}/geometry", QRect(area.x() - 3000, area.y() - 2000,
                                                 area.width() * 3, area.height() * 3))
    settings.sync()
    window = open_window(qtbot, office)
    assert area.contains(window.geometry())
    window.close()


def test_where_a_saved_window_goes() -> None:
    laptop, monitor = QRect(0, 0, 1366, 728), QRect(1366, 0, 1920, 1040)
    on_monitor = QRect(1500, 50, 1200, 700)
    # both screens there: it stays on the monitor, as it was
    assert placed(on_monitor, [laptop, monitor], laptop) == on_monitor
    # the monitor unplugged: centred on the laptop's screen, no larger than it
    assert not reachable(on_monitor, [laptop])
    assert placed(on_monitor, [laptop], laptop) == QRect(83, 32, 1200, 688)  # frame: 8 + 32
    assert placed(QRect(-50, 10, 2000, 900), [laptop], laptop) == QRect(-50, 10, 1350, 688)
    # a window whose top edge is only just on screen (a few pixels) is brought back too
    assert not reachable(QRect(1300, 700, 800, 600), [laptop])
    # one partly off the left edge but with its top well on screen stays where it was
    assert placed(QRect(-200, 100, 800, 600), [laptop], laptop) == QRect(-200, 100, 800, 600)


def test_an_unknown_section_saved_by_another_version_is_ignored(
        qtbot: QtBot, office: Office) -> None:
    settings = QSettings()
    settings.setValue(f"{GROUP}/geometry", QRect(10, 10, 600, 400))
    settings.setValue(f"{GROUP}/section", "gone")
    settings.sync()
    window = open_window(qtbot, office)
    assert window.current_section() == "facilities"
    window.close()
