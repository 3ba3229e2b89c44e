"""The command line's import, export-db and dhis2 commands, on the backend under test."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from exchange_support import PEOPLE_HEADERS, PEOPLE_ROWS, build_world, write_xlsx
from openpyxl import load_workbook
from sqlalchemy import select

from mentoroffice.cli import main
from mentoroffice.data.models import Dhis2Mapping, OrgUnit, Person, Visit
from mentoroffice.office import open_office


@pytest.fixture
def url(office_url: str) -> str:
    office = open_office(office_url)
    with office.session_factory.begin() as session:
        build_world(session)
    office.close()
    return office_url


def test_import_then_reimport(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "people.xlsx", [PEOPLE_HEADERS, *PEOPLE_ROWS])
    assert main(["--database", url, "import", "people", str(path), "--dry-run"]) == 0
    assert "4 to add" in capsys.readouterr().out
    assert main(["--database", url, "import", "people", str(path)]) == 0
    assert "4 added, 0 updated, 0 skipped" in capsys.readouterr().out
    assert main(["--database", url, "import", "people", str(path), "--on-duplicate",
                 "update"]) == 0
    assert "0 added, 0 updated, 4 skipped" in capsys.readouterr().out
    assert main(["--database", url, "import", "people", str(path), "--on-duplicate",
                 "stop"]) == 2
    assert "already in the database" in capsys.readouterr().err


def test_a_refused_import_lists_the_problems(url: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    rows = [PEOPLE_HEADERS, PEOPLE_ROWS[0], ["RW-1", "Eric", "Mugabo", "M", "plumber"]]
    path = write_xlsx(tmp_path / "people.xlsx", rows)
    assert main(["--database", url, "import", "people", str(path), "--dry-run"]) == 1
    assert main(["--database", url, "import", "people", str(path)]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 'Cadre'" in err and "Nothing was imported" in err
    assert main(["--database", url, "import", "people", str(tmp_path / "none.xlsx")]) == 2


def test_export_db(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "office.xlsx"
    assert main(["--database", url, "export-db", str(out)]) == 0
    assert "org_unit" in load_workbook(out, read_only=True).sheetnames
    assert main(["--database", url, "export-db", str(tmp_path / "office.csv")]) == 2


def test_dhis2(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "q.json"
    assert main(["--database", url, "dhis2", "--period", "2024W3", "--out", str(out)]) == 2
    assert "not a DHIS2 period" in capsys.readouterr().err
    office = open_office(url)
    with office.session_factory.begin() as session:
        units = {u.code: u for u in session.scalars(select(OrgUnit))}
        units["HC1"].dhis2_uid = "Hc1UidAbcde"  # HC2 has no UID
        session.add(Dhis2Mapping(metric="visits_done", data_element="DeVisits001"))
        for code in ("HC1", "HC2"):
            session.add(Visit(org_unit_id=units[code].id, kind="health_center", status="done",
                              planned_start=dt.date(2024, 7, 2), planned_end=dt.date(2024, 7, 3),
                              actual_start=dt.date(2024, 7, 2)))
    office.close()
    assert main(["--database", url, "dhis2", "--period", "202407", "--out", str(out)]) == 2
    assert "no DHIS2 UID" in capsys.readouterr().err and not out.exists()
    assert main(["--database", url, "dhis2", "--period", "202407", "--out", str(out),
                 "--partial"]) == 0
    assert json.loads(out.read_text())["dataValues"] == [
        {"dataElement": "DeVisits001", "period": "202407", "orgUnit": "Hc1UidAbcde",
         "value": "1"}]
    assert main(["--database", url, "dhis2", "--period", "2024Q3", "--format", "adx",
                 "--org-units", "code", "--out", str(tmp_path / "q.xml")]) == 2
    assert "--data-set" in capsys.readouterr().err
    assert main(["--database", url, "dhis2", "--period", "2024Q3", "--format", "adx",
                 "--org-units", "code", "--data-set", "DataSet0001",
                 "--out", str(tmp_path / "q.xml")]) == 0
    assert 'orgUnit="HC2"' in (tmp_path / "q.xml").read_text()


def test_a_100000_row_people_csv_dry_run_finishes_with_progress(
        url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = 100_000
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(PEOPLE_HEADERS) + "\n")
        handle.writelines(f"RW-{n:06d},Prénom{n},Nom{n},{'FM'[n % 2]},nurse,0788 {n:06d},HC1,,"
                          "2024-03-05\n" for n in range(rows))

    assert main(["--database", url, "import", "people", str(path), "--dry-run"]) == 0

    captured = capsys.readouterr()
    assert f"{rows} to add, 0 to update, 0 to skip" in captured.out
    lines = [line for line in captured.err.splitlines() if line.startswith("Checking:")]
    assert lines[0].endswith("rows (0%)")
    assert lines[-1] == f"Checking: {rows:,} of {rows:,} rows (100%)"
    assert len(lines) == 11
    office = open_office(url)
    with office.session_factory() as session:  # the dry run kept nothing
        assert session.scalar(select(Person.id).where(Person.code == "RW-000001")) is None
    office.close()
