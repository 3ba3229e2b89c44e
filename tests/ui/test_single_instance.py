"""One window per database: a second start brings the open window forward, or says who holds
the database; a crashed program's lock is taken over. The other program is a real second
process each time."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mentoroffice.data.locations import sqlite_url
from mentoroffice.ui import app as gui_app
from mentoroffice.ui import single_instance
from mentoroffice.ui.single_instance import Holder, claim_window, held_message, lock_path

# A MentorOffice window's lock and server, without the window: says "holding", then waits
# to be asked to come forward, says so and ends.
HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from mentoroffice.ui.single_instance import claim_window

    app = QApplication([])
    claim = claim_window(sys.argv[1], data_dir=Path(sys.argv[2]))
    assert not claim.refused and claim.lock is not None
    claim.lock.show_requested.connect(lambda: (print("asked to come forward", flush=True),
                                               app.quit()))
    print("holding", flush=True)
    sys.exit(app.exec())
""")

# A program that holds the lock but answers nobody (another user's, or one that hangs):
# it takes the lock file, says "holding" and waits for a line on its input.
SILENT_HOLDER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("holding", flush=True)
    sys.stdin.readline()
""")

# A program that crashes while it holds the lock: the lock file stays behind.
CRASHING_HOLDER = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print(os.getpid(), flush=True)
    os._exit(3)
""")


def start(script: str, *args: object) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


@pytest.fixture
def database(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "office.sqlite")


@pytest.fixture
def told(qapp) -> Iterator[list[Holder]]:  # type: ignore[no-untyped-def]
    yield []


def test_a_second_start_brings_the_open_window_forward(
        database: str, tmp_path: Path, told: list[Holder]) -> None:
    # GIVEN a program whose window is open on the database
    holder = start(HOLDER, database, tmp_path)
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    # WHEN MentorOffice starts again on the same database
    claim = claim_window(database, data_dir=tmp_path, tell=told.append)
    # THEN it opens nothing, the first one is asked to come forward, and no dialog is shown
    assert claim.refused and claim.lock is None and claim.exit_code == 0
    assert holder.stdout.readline() == "asked to come forward\n"
    assert holder.wait() == 0
    assert told == []


def test_a_database_held_by_a_program_that_does_not_answer_is_refused_naming_who_holds_it(
        database: str, tmp_path: Path, told: list[Holder]) -> None:
    holder = start(SILENT_HOLDER, lock_path(database))
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        claim = claim_window(database, data_dir=tmp_path, tell=told.append)
    finally:
        holder.communicate("\n")
    assert claim.refused and claim.exit_code == 2
    assert told == [Holder(pid=holder.pid, host=socket.gethostname(), user=getpass.getuser())]
    message = held_message(told[0])
    assert f"process {holder.pid}" in message and getpass.getuser() in message
    assert f"on the PC {socket.gethostname()}" in message


def test_a_crashed_programs_lock_is_taken_over(database: str, tmp_path: Path,
                                               told: list[Holder]) -> None:
    # GIVEN a lock left behind by a program that crashed while its window was open
    crashed = subprocess.run([sys.executable, "-c", CRASHING_HOLDER, str(lock_path(database))],
                             capture_output=True, text=True, check=False)
    assert crashed.returncode == 3
    lock = lock_path(database)
    assert lock.read_text().split("\n")[0] == crashed.stdout.strip()
    # WHEN MentorOffice starts on that database
    claim = claim_window(database, data_dir=tmp_path, tell=told.append)
    try:
        # THEN it takes the lock over and the lock names this program
        assert not claim.refused and claim.lock is not None
        assert lock.read_text().split("\n")[0] == str(os.getpid())
        assert told == []
    finally:
        claim.release()
    assert not lock.exists()


def test_each_database_has_its_own_lock_and_a_released_one_can_be_taken_again(
        tmp_path: Path, told: list[Holder]) -> None:
    first = claim_window(sqlite_url(tmp_path / "office.sqlite"), tmp_path, tell=told.append)
    demo = claim_window(sqlite_url(tmp_path / "demo.sqlite"), tmp_path, tell=told.append)
    assert first.lock is not None and demo.lock is not None
    first.release()
    again = claim_window(sqlite_url(tmp_path / "office.sqlite"), tmp_path, tell=told.append)
    assert again.lock is not None and not again.refused
    for claim in (again, demo):
        claim.release()
    assert told == []


def test_the_lock_is_beside_a_sqlite_file_and_keyed_by_a_postgresql_address(
        tmp_path: Path) -> None:
    assert lock_path(sqlite_url(tmp_path / "office.sqlite")) == tmp_path / "office.sqlite.lock"
    url = "postgresql+psycopg://office:{}@server:5432/mentoroffice"
    one = lock_path(url.format("secret"), tmp_path)
    assert one == lock_path(url.format("changed"), tmp_path)  # the password is no part of it
    assert one.parent == tmp_path / "locks" and "secret" not in one.name
    assert one != lock_path("postgresql+psycopg://office@server:5432/other", tmp_path)


def test_the_window_does_not_open_on_a_database_another_program_holds(
        database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(single_instance.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text)
                        or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(gui_app, "open_main_window", lambda *a, **k: pytest.fail("opened"))
    holder = start(SILENT_HOLDER, lock_path(database))
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        code = gui_app.run_gui(database, "en")
    finally:
        holder.communicate("\n")
    assert code == 2
    assert len(warnings) == 1 and f"process {holder.pid}" in warnings[0]


def test_no_lock_is_written_where_the_database_cannot_be(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[Holder]) -> None:
    """A missing folder is not created for the lock, and nothing is written on a network
    share: opening the database then says what is wrong, with or without the lock."""
    missing = tmp_path / "mistyped" / "office.sqlite"
    claim = claim_window(sqlite_url(missing), tmp_path, tell=told.append)
    assert claim.lock is None and not claim.refused and not missing.parent.exists()
    monkeypatch.setattr(single_instance, "is_network_path", lambda path: True)
    shared = claim_window(sqlite_url(tmp_path / "office.sqlite"), tmp_path, tell=told.append)
    assert shared.lock is None and not shared.refused
    assert not (tmp_path / "office.sqlite.lock").exists() and told == []
