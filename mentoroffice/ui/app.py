"""Starting the window: the application object, the log file, the error dialog, the office.

`run_gui(url)` is what `mentoroffice` (without a command) runs. It shows a small splash at
once, opens the office database (migrating it if needed), then shows the main window. A
database that cannot be used is explained in a dialog and the program ends with code 2.
Matplotlib and ReportLab are not imported here: reports import them when first needed.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt, QThread
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from .. import __version__
from ..core.access import Actor, act_as, actor_of
from ..data.errors import DatabaseProblem
from ..data.locations import NetworkPathError, default_data_dir
from ..office import open_office
from .care import open_asking_about_backup
from .main_window import MainWindow
from .paths import resources_dir
from .sign_in import sign_in
from .single_instance import claim_window
from .translation import choose_language, install_translators
from .window_session import lock_when_idle
from .workspaces import build_workspaces

log = logging.getLogger(__name__)

APP_NAME = "MentorOffice"
ORGANIZATION_NAME = "MentorOffice"
LOG_FILENAME = "mentoroffice.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5
EXIT_DATABASE_PROBLEM = 2
EXIT_UNEXPECTED = 1

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


# Spelled translate("Application", ...) at each use so that lupdate finds the strings.
translate = QCoreApplication.translate


# --- resources -----------------------------------------------------------------------------


def icon_path() -> Path:
    return resources_dir() / "icons" / "mentoroffice.svg"


def app_icon() -> QIcon:
    return QIcon(str(icon_path()))


# --- the application object ------------------------------------------------------------------


def use_group_separators() -> None:
    """Counts read 55,847 (or 55 847) even where the system locale is plain C."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), named and with its icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    use_group_separators()
    return app


# --- logging and unexpected errors -----------------------------------------------------------


def setup_logging(folder: Path) -> RotatingFileHandler | None:
    """Log to a rotating mentoroffice.log in folder (created); None if it cannot be written."""
    path = folder / LOG_FILENAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8", delay=True)
    except OSError as error:
        print(f"MentorOffice: cannot write the log file {path}: {error}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    return handler


def remove_logging(handler: RotatingFileHandler | None) -> None:
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


class ErrorReporter:
    """sys.excepthook: log the error first, then show it with its traceback to copy.

    An error raised while its dialog is open (or by the dialog itself) is only logged: the
    reporter never stacks dialogs or calls itself. Errors on other threads are only logged.
    """

    def __init__(self, log_file: Path | None = None) -> None:
        self.log_file = log_file
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> ErrorReporter:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        log.critical("Unexpected error", exc_info=(kind, error, tb))
        if self._showing or not self._on_gui_thread():
            return
        self._showing = True
        try:
            self.show_dialog(error, "".join(traceback.format_exception(kind, error, tb)))
        except Exception:  # noqa: BLE001 - the dialog must never raise into the hook
            log.exception("Could not show the error dialog")
        finally:
            self._showing = False

    @staticmethod
    def _on_gui_thread() -> bool:
        app = QApplication.instance()
        return (app is not None and threading.current_thread() is threading.main_thread()
                and QThread.currentThread() is app.thread())

    def message(self, error: BaseException) -> str:
        text = translate("Application",
                         "MentorOffice met an unexpected problem and the last action may not "
                         "have finished. What was saved before is safe.")
        if self.log_file is not None:
            text += "\n\n" + translate(
                "Application",
                "The details are also in the log file {path}; send them to whoever supports "
                "MentorOffice.").format(path=self.log_file)
        return text + "\n\n" + f"{type(error).__name__}: {error}"

    def show_dialog(self, error: BaseException, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical,
                          translate("Application", "MentorOffice: unexpected problem"),
                          self.message(error), QMessageBox.StandardButton.Close,
                          QApplication.activeWindow())
        box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()


# --- start-up ------------------------------------------------------------------------------


def make_splash() -> QSplashScreen:
    """A small card with the icon and the name, shown while the database opens."""
    width, height = 420, 180
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("#fbfaf7"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#0b5a53"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.drawPixmap(24, 32, app_icon().pixmap(96, 96))
    title = QFont()
    title.setPointSize(20)
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(QRect(140, 40, width - 160, 40), Qt.AlignmentFlag.AlignLeft, APP_NAME)
    small = QFont()
    small.setPointSize(10)
    painter.setFont(small)
    painter.setPen(QColor("#555555"))
    painter.drawText(QRect(140, 84, width - 160, 24), Qt.AlignmentFlag.AlignLeft,
                     translate("Application", "Version {version}").format(version=__version__))
    painter.end()
    return QSplashScreen(pixmap)


def show_database_problem(error: Exception) -> None:
    QMessageBox.critical(
        None, translate("Application", "MentorOffice cannot open the database"),
        translate("Application", "MentorOffice cannot open the office database.")
        + "\n\n" + str(error),
    )


def open_main_window(url: str, reporter: ErrorReporter | None = None,
                     reopen: Callable[[MainWindow, str], None] | None = None,
                     actor: Actor | None = None, demo: bool = False
                     ) -> tuple[MainWindow | None, int]:
    """Open the office, sign in (unless `actor` is already signed in) and show its window:
    (window, 0), or (None, exit code) after a dialog or a cancelled sign-in."""
    app = QApplication.instance()
    splash = make_splash()
    splash.show()
    splash.showMessage(translate("Application", "Opening the office database…"),
                       Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
    if app is not None:
        app.processEvents()
    try:
        office = open_asking_about_backup(lambda: open_office(url), before_asking=splash.hide)
    except (DatabaseProblem, NetworkPathError) as error:
        log.warning("Cannot open the database %s: %s", url, error)
        splash.close()
        show_database_problem(error)
        return None, EXIT_DATABASE_PROBLEM
    except Exception:  # noqa: BLE001 - shown and logged like any unexpected error
        splash.close()
        (reporter or ErrorReporter())(*sys.exc_info())  # type: ignore[arg-type]
        return None, EXIT_UNEXPECTED
    splash.hide()
    if actor is not None:
        act_as(office.session_factory, actor)
    elif sign_in(office, demo) is None:
        office.close()
        return None, 0
    window = MainWindow(office, workspaces=build_workspaces, reopen=reopen)
    lock_when_idle(window, office.session_factory)
    window.show()
    splash.finish(window)
    log.info("Opened %s", office.database.display_location())
    return window, 0


class OfficeWindow:
    """The running application's one main window, which can be opened again: after a backup
    is restored (every page then shows the restored data) or to change the language (texts
    are built once, when a window is made)."""

    def __init__(self, app: QApplication, url: str, language: str,
                 reporter: ErrorReporter | None = None, demo: bool = False) -> None:
        self.app = app
        self.url, self.demo = url, demo
        self.reporter = reporter
        self.translators = install_translators(app, language)
        self.window: MainWindow | None = None

    def open(self) -> int:
        """Show the window: 0, or the exit code after a dialog said why it could not open."""
        self.window, code = open_main_window(self.url, self.reporter, self.reopen,
                                             demo=self.demo)
        return code

    def reopen(self, old: MainWindow, language: str = "") -> None:
        """Replace `old` by a window on the office opened again, at the same place and tab.
        When the office cannot be opened (the dialog says why), `old` stays."""
        if language:
            self._use_language(language)
        section, tab = old.current_section(), old.current_tab()
        window, _code = open_main_window(self.url, self.reporter, self.reopen,
                                         actor=actor_of(old.office.session_factory))
        if window is None:
            return
        window.restoreGeometry(old.saveGeometry())
        window.show_tab(section, tab)
        if not language:
            window.statusBar().showMessage(
                translate("Application", "The office database was opened again."), 10_000)
        self.window = window
        old.close()
        old.office.close()
        old.deleteLater()

    def _use_language(self, language: str) -> None:
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translators(self.app, language)

    def close(self) -> None:
        if self.window is not None:
            self.window.office.close()


def run_gui(url: str, language: str | None = None, demo: bool = False) -> int:
    """Run the application window on the database at url; the process's exit code."""
    app = make_application()
    log_handler = setup_logging(default_data_dir())
    log_file = Path(log_handler.baseFilename) if log_handler else None
    reporter = ErrorReporter(log_file).install()
    log.info("MentorOffice %s starting", __version__)
    try:
        office_window = OfficeWindow(app, url, choose_language(language), reporter, demo)
        claim = claim_window(url)  # one window per database: see single_instance.py
        if claim.refused:
            return claim.exit_code
        claim.show(lambda: office_window.window)
        try:
            code = office_window.open()
            if office_window.window is None:
                return code
            return app.exec()
        finally:
            office_window.close()
            claim.release()
    finally:
        reporter.uninstall()
        remove_logging(log_handler)
