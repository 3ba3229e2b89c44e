"""One window per database.

While a window is open on a database it holds a lock file: beside a SQLite database
(``office.sqlite.lock``) or, for PostgreSQL, in the data folder's ``locks/`` under a name made
from the database's address without its password (one window per database on each PC; other
PCs have their own). It also listens on a local server named after the lock. A second start
on the same database asks that server to bring the open window forward and ends; when nobody
answers (another Windows user of the PC holds it, or the first program stopped responding) it
says which PC, user and process hold the database.

A lock left by a program that crashed is taken over: Qt's ``QLockFile`` sees that the process
it names is gone (or that the PC restarted since) and removes it. A lock is never taken over
for its age alone (``setStaleLockTime(0)``): the window may rightly stay open for days.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..data.locations import default_data_dir, is_network_path, sqlite_path_from_url

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

SHOW_REQUEST = b"show\n"
SHOWN_REPLY = b"shown\n"
ANSWER_WAIT_MS = 3000
EXIT_ALREADY_OPEN = 0  # the open window was brought forward: nothing went wrong
EXIT_HELD_ELSEWHERE = 2  # refused, with the reason shown


def lock_path(url: str, data_dir: Path | None = None) -> Path:
    """Where the lock of the database at url is: beside a SQLite file, else in the data
    folder's locks/ named after the address (its password left out)."""
    path = sqlite_path_from_url(url)
    if path is not None:
        path = path.absolute()
        return path.with_name(path.name + ".lock")
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    address = urlunsplit((parts.scheme, user + host, parts.path, "", ""))
    digest = hashlib.sha256(address.encode("utf-8")).hexdigest()[:24]
    return (data_dir or default_data_dir()) / "locks" / f"database-{digest}.lock"


def server_name(lock: Path) -> str:
    """The local server's name for a lock: the same for every start on this database."""
    digest = hashlib.sha256(os.path.normcase(str(lock)).encode("utf-8")).hexdigest()[:24]
    return f"mentoroffice-{digest}"


@dataclass(frozen=True)
class Holder:
    """Who holds a database's lock, as far as can be told."""

    pid: int
    host: str
    user: str

    def on_this_pc(self) -> bool:
        return not self.host or self.host == socket.gethostname()


def lock_owner(path: Path) -> str:
    """The account that owns the lock file (the one whose MentorOffice made it); '' if unknown."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _windows_file_owner(path)
        import pwd

        return pwd.getpwuid(path.stat().st_uid).pw_name
    except (OSError, KeyError, ImportError, ValueError):
        return ""


def _windows_file_owner(path: Path) -> str:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    advapi = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel = ctypes.WinDLL("kernel32", use_last_error=True)
    owner = ctypes.c_void_p()
    descriptor = ctypes.c_void_p()
    se_file_object, owner_security_information = 1, 1
    if advapi.GetNamedSecurityInfoW(str(path), se_file_object, owner_security_information,
                                    ctypes.byref(owner), None, None, None,
                                    ctypes.byref(descriptor)) != 0:
        return ""
    try:
        name_size, domain_size = wintypes.DWORD(256), wintypes.DWORD(256)
        name = ctypes.create_unicode_buffer(256)
        domain = ctypes.create_unicode_buffer(256)
        use = wintypes.DWORD()
        if not advapi.LookupAccountSidW(None, owner, name, ctypes.byref(name_size), domain,
                                        ctypes.byref(domain_size), ctypes.byref(use)):
            return ""
        return f"{domain.value}\\{name.value}" if domain.value else name.value
    finally:
        kernel.LocalFree(descriptor)


def allow_to_come_forward(pid: int) -> None:
    """Windows lets only the program in front bring another forward: allow the holder."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(int(pid))


def bring_forward(window: QWidget | None) -> None:
    """Show window in front of the others, restored if it was minimised."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class WindowLock(QObject):
    """The lock on one database, held while its window is open, and the local server that
    hears the next starts on the same database. `show_requested` is emitted for each."""

    show_requested = Signal()

    def __init__(self, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = lock_file
        self.name = server_name(lock_file)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # never stale for its age: only a dead process's
        self._server: QLocalServer | None = None

    def try_hold(self, make_folder: bool = False) -> bool:
        """Take the lock (a crashed program's lock is taken over) and start listening."""
        if make_folder:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.parent.is_dir():
            raise OSError(f"no folder {self.path.parent} for the lock")
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise OSError(f"cannot write the lock file {self.path} ({self._lock.error()})")
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A crashed program's socket file (Unix): the lock says it is ours now.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("No local server %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._answer)
        self._server = server
        return True

    def holder(self) -> Holder:
        """Who holds the lock this program could not take."""
        info = self._lock.getLockInfo()
        pid, host = (int(info[0]), str(info[1])) if info else (0, "")
        return Holder(pid=pid, host=host, user=lock_owner(self.path))

    def ask_holder_to_show(self, pid: int = 0) -> bool:
        """Ask the program holding the lock to bring its window forward: True if it did."""
        allow_to_come_forward(pid)
        client = QLocalSocket()
        client.connectToServer(self.name)
        if not client.waitForConnected(ANSWER_WAIT_MS):
            return False
        client.write(SHOW_REQUEST)
        client.waitForBytesWritten(ANSWER_WAIT_MS)
        answered = (client.waitForReadyRead(ANSWER_WAIT_MS)
                    and client.readAll().data() == SHOWN_REPLY)
        client.disconnectFromServer()
        return answered

    def _answer(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if connection.readAll().data() == SHOW_REQUEST:
            self.show_requested.emit()
            connection.write(SHOWN_REPLY)
            connection.flush()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def held_message(holder: Holder) -> str:
    host = holder.host or socket.gethostname()
    if holder.user:
        text = translate(
            "SingleInstance",
            "This database is already open in MentorOffice for the user {user} on the PC "
            "{host} (process {pid}). Only one window may work on a database at a time: close "
            "it there first, or ask whoever uses it.")
    else:
        text = translate(
            "SingleInstance",
            "This database is already open in MentorOffice on the PC {host} (process {pid}). "
            "Only one window may work on a database at a time: close it there first, or ask "
            "whoever uses it.")
    return text.format(user=holder.user, host=host, pid=holder.pid)


def show_held_elsewhere(holder: Holder) -> None:
    QMessageBox.warning(None, translate("SingleInstance", "MentorOffice is already open"),
                        held_message(holder))


@dataclass
class Claim:
    """What a start on a database got: go on and open the window (holding the lock, unless
    it could not be written), or stop with `exit_code` because another window has it."""

    lock: WindowLock | None
    refused: bool = False
    exit_code: int = 0

    def show(self, window: Callable[[], QWidget | None]) -> None:
        """Bring `window()` forward each time another start on this database asks."""
        if self.lock is not None:
            self.lock.show_requested.connect(lambda: bring_forward(window()))

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def claim_window(url: str, data_dir: Path | None = None,
                 tell: Callable[[Holder], None] = show_held_elsewhere) -> Claim:
    """Hold the database at url for this program's window; when another window holds it,
    bring that one forward (exit code 0) or `tell` who holds it (exit code 2)."""
    database = sqlite_path_from_url(url)
    if database is not None and is_network_path(str(database.absolute())):
        return Claim(None)  # refused when the database opens: write nothing on the share
    lock = WindowLock(lock_path(url, data_dir), QApplication.instance())
    try:
        if lock.try_hold(make_folder=database is None):  # locks/ in the data folder
            return Claim(lock)
    except OSError as error:  # a missing or read-only folder: the database will say more
        log.warning("Cannot take the lock %s: %s", lock.path, error)
        return Claim(None)  # opened without the lock rather than not at all
    holder = lock.holder()
    if lock.ask_holder_to_show(holder.pid):
        log.info("%s is open in process %s: brought its window forward", url, holder.pid)
        return Claim(None, refused=True, exit_code=EXIT_ALREADY_OPEN)
    log.warning("%s is held by process %s on %s (%s)", url, holder.pid, holder.host, holder.user)
    tell(holder)
    return Claim(None, refused=True, exit_code=EXIT_HELD_ELSEWHERE)
