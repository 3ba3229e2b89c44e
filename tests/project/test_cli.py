"""The headless command line, as an office's scheduled task would run it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentoroffice.cli import main

pytestmark = pytest.mark.sqlite_only


def rows_in(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["demo", "--scale", "district", "--seed", "2", "--as-of", "2026-10-15",
                 "--out", str(out)]) == 0
    return out


def test_demo_writes_a_complete_file_and_nothing_partial(demo_file: Path) -> None:
    assert rows_in(demo_file, "org_unit") == 69
    assert rows_in(demo_file, "assessment") > 1000
    assert not list(demo_file.parent.glob("*.partial*"))


def test_demo_will_not_overwrite_without_force(demo_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", "--out", str(demo_file)]) == 2
    assert "--force" in capsys.readouterr().err


def test_demo_rejects_a_wrong_date(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["demo", "--as-of", "2026-13-01", "--out", str(tmp_path / "x.sqlite")])
    assert "is not a date" in capsys.readouterr().err


def test_check_passes_a_sound_file_and_flags_a_damaged_one(
    demo_file: Path, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    assert main(["--database", f"sqlite:///{demo_file}", "check"]) == 0
    assert "OK" in capsys.readouterr().out
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(demo_file.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2048] = b"\x13" * 2048  # overwrite part of an inner page
    damaged.write_bytes(bytes(data))
    assert main(["--database", f"sqlite:///{damaged}", "check"]) == 1
    assert "mentoroffice restore" in capsys.readouterr().out


def test_backup_list_and_restore_round_trip(demo_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    work = tmp_path / "office.sqlite"
    work.write_bytes(demo_file.read_bytes())
    url = f"sqlite:///{work}"
    assert main(["--database", url, "backup"]) == 0
    backup_line = capsys.readouterr().out
    backup = Path(backup_line.split("Backed up to ", 1)[1].strip())
    with sqlite3.connect(work) as conn:
        conn.execute("DELETE FROM assessment_item_result")
    assert rows_in(work, "assessment_item_result") == 0

    assert main(["--database", url, "backup", "--list"]) == 0
    assert str(backup) in capsys.readouterr().out
    assert main(["--database", url, "restore", str(backup)]) == 0
    assert rows_in(work, "assessment_item_result") == rows_in(demo_file, "assessment_item_result")
    kept = capsys.readouterr().out
    assert "kept in" in kept


def test_backup_of_postgresql_points_to_pg_dump(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database", "postgresql+psycopg://u@localhost/office", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_network_share_is_refused_with_the_postgresql_option(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database", "sqlite:///\\\\server\\share\\office.sqlite", "info"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
