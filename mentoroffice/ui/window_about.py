"""Help ▸ About MentorOffice and About Qt: the version, what the program is for, the database
it works on, and the versions of Qt, PySide6 and Python.

Texts keep the MainWindow translation context.
"""

from __future__ import annotations

import html
import platform
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__

translate = QCoreApplication.translate


def about_text(database: Any) -> str:
    location = html.escape(database.display_location())
    return translate(
        "MainWindow",
        "<h3>MentorOffice {version}</h3>"
        "<p>The clinical mentorship office's registry of facilities, mentors and mentees, "
        "its visits, assessments, quality improvement and reports.</p>"
        "<p><b>Database:</b> {location}</p>"
        "<p>Qt {qt} · PySide6 {pyside} · Python {python}</p>"
    ).format(version=__version__, location=location, qt=qVersion(),
             pyside=PySide6.__version__, python=platform.python_version())


def about_actions(window: QWidget, database: Any) -> tuple[QAction, QAction]:
    about = QAction(translate("MainWindow", "&About MentorOffice"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: QMessageBox.about(
        window, translate("MainWindow", "About MentorOffice"), about_text(database)))
    about_qt = QAction(translate("MainWindow", "About &Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
    return about, about_qt
