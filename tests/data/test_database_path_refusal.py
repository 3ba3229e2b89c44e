"""A mistyped --database path is refused by every command that reads a database, and nothing is
created: neither the file, nor its folder, nor a backups folder. Only `demo` and the window
create a database. Driven through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import PEOPLE_HEADERS, PEOPLE_ROWS, write_xlsx

from mentoroffice.cli import main
from mentoroffice.data.locations import DATA_DIR_ENV, DATABASE_ENV
from mentoroffice.office import Office


def everything_under(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


@pytest.fixture
def people_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_xlsx(tmp_path_factory.mktemp("input") / "people.xlsx",
                      [PEOPLE_HEADERS, *PEOPLE_ROWS])


def commands(out: Path, people_file: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "info": ["info"],
        "backup": ["backup"],
        "report": ["report", "validation_summary", "--period", "2026Q1", "--out",
                   str(out / "summary.pdf")],
        "import": ["import", "people", str(people_file)],
        "import --dry-run": ["import", "people", str(people_file), "--dry-run"],
        "export-db": ["export-db", str(out / "office.xlsx")],
        "dhis2": ["dhis2", "--period", "202607", "--out", str(out / "values.json")],
    }


COMMAND_NAMES = list(commands(Path(), Path()))


@pytest.mark.parametrize("command", COMMAND_NAMES)
@pytest.mark.parametrize("typed", ["ofice.sqlite", "Office Data/office.sqlite"])
def test_a_mistyped_path_is_refused_and_nothing_is_created(
    tmp_path: Path, people_file: Path, capsys: pytest.CaptureFixture[str], command: str,
    typed: str,
) -> None:
    missing = tmp_path / typed
    argv = commands(tmp_path, people_file)[command]
    assert main(["--database", f"sqlite:///{missing}", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"no database file at {missing}" in captured.err
    assert "typing mistake" in captured.err and "mentoroffice demo" in captured.err
    assert everything_under(tmp_path) == set()


def test_a_relative_path_is_shown_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--database", "sqlite:///offfice.sqlite", "info"]) == 2
    assert str(tmp_path / "offfice.sqlite") in capsys.readouterr().err
    assert everything_under(tmp_path) == set()


def test_the_default_and_the_demo_database_are_not_created_by_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    assert main(["info"]) == 2
    assert "open the MentorOffice window once" in capsys.readouterr().err
    assert main(["--demo", "export-db", str(tmp_path / "demo.xlsx")]) == 2
    assert "demo.sqlite" in capsys.readouterr().err
    assert everything_under(tmp_path) == set()


def test_the_backups_of_a_missing_database_can_still_be_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--database", f"sqlite:///{tmp_path / 'lost.sqlite'}", "backup", "--list"]) == 0
    assert "No backups" in capsys.readouterr().out
    assert everything_under(tmp_path) == set()


@pytest.mark.sqlite_only
def test_demo_still_creates_a_database_that_the_commands_then_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    demo = tmp_path / "new" / "demo.sqlite"
    assert main(["demo", "--scale", "district", "--as-of", "2026-03-31", "--out",
                 str(demo)]) == 0
    assert main(["--database", f"sqlite:///{demo}", "info"]) == 0
    assert "person" in capsys.readouterr().out


def test_an_existing_database_on_the_backend_under_test_is_read(
    office: Office, office_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """On PostgreSQL the URL is the server's business: no file is looked for."""
    office.close()
    assert main(["--database", office_url, "info"]) == 0
    assert "Database:" in capsys.readouterr().out
    assert main(["--database", office_url, "export-db", str(tmp_path / "office.xlsx")]) == 0
    assert (tmp_path / "office.xlsx").is_file()
