"""The main window looks after a SQLite office: an automatic backup when it closes after a
change (none when nothing changed), and a damaged database found by the opening check is said,
with the backups offered. Real files: the damage is real bytes overwritten in an index page."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browse_rows import add_people
from PySide6.QtWidgets import QMessageBox

from mentoroffice.data.backup import AUTOMATIC, backup_label, list_backups
from mentoroffice.office import Office, open_office
from mentoroffice.ui.main_window import MainWindow
from mentoroffice.ui.workspaces import build_workspaces


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.sqlite"
    office = open_office(f"sqlite:///{path}")
    with office.session_factory() as session:
        add_people(session, 3000)
    office.close()
    yield path


def open_window(qtbot: Any, path: Path, workspaces: Any = None) -> tuple[MainWindow, Office]:
    office = open_office(f"sqlite:///{path}")
    window = MainWindow(office, workspaces=workspaces)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy())
    return window, office


def automatic_copies(path: Path) -> list[Path]:
    return [b.path for b in list_backups(path.parent / "backups")
            if backup_label(b.path) == AUTOMATIC]


def people_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]


def test_closing_after_a_change_backs_up_and_closing_again_does_not(
        qtbot: Any, database: Path) -> None:
    window, office = open_window(qtbot, database)
    with office.session_factory() as session:
        add_people(session, 1)  # some work done in the window
    window.close()
    office.close()
    [copy] = automatic_copies(database)
    assert people_in(copy) == 3001

    window, office = open_window(qtbot, database)  # opened and closed without a change
    window.close()
    office.close()
    assert automatic_copies(database) == [copy]


def damage_an_index(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master "
                                  "WHERE name = 'ix_person_last_first'").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def test_a_damaged_database_is_said_and_the_backups_offered(
        qtbot: Any, database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damage_an_index(database)
    said: list[str] = []

    def answer(_parent: Any, title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        said.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "warning", answer)

    window, office = open_window(qtbot, database, build_workspaces)
    qtbot.waitUntil(lambda: bool(said))

    assert said[0].startswith("The database is damaged: SQLite's check of the office database "
                              "found problems:\n\n*** in database main ***\nPage ")
    assert said[0].endswith("Open the list of backups to restore one?")
    assert window.current_section() == "reports"
    assert window.containers["reports"].currentWidget().objectName() == "backups"
    # closing does not put a damaged copy among the automatic backups
    window.close()
    office.close()
    assert automatic_copies(database) == []
