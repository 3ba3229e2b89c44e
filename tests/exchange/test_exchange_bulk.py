"""The people import checks rows in memory and writes them in bulk: the dry run and the real
import reach the same verdict on the same file, the file is read once, new rows are written
in a few statements (not one per row) and every one is audited."""

from __future__ import annotations

import builtins
import io
import json
from pathlib import Path
from typing import Any

import pytest
from exchange_support import (
    PEOPLE_HEADERS,
    people_world,
    table_checksums,
    write_csv,
    write_xlsx,
)
from sqlalchemy import event, select

from mentoroffice.core.access import SYSTEM, act_as
from mentoroffice.data.models import AuditEntry, Person, Posting
from mentoroffice.exchange.importing import ImportRefused, ImportReport, open_import
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.office import Office

NEW = [["RW-0800", "Gloria", "Ingabire", "F", "nurse", "0788 800 800", "HC1", None, "2024-02-01"],
       ["RW-0801", "Paul", "Kagame", "M", "midwife", None, "HC2", "provider", "2023-05-01"],
       [None, "Aline", "Umutoni", "F", "nurse", "0788 801 801", None, None, None]]
BAD = [["RW-0802", "Eric", "Mugabo", "M", "nurse", "phone?", "HC1", None, "2024-01-01"],
       ["RW-0803", "Diane", "Uwera", "F", "nurse", None, "HC9", None, "2024-01-01"],
       ["RW-0800", "Gloria", "Ingabire", "F", "nurse", None, None, None, None],  # repeats
       ["RW-0804", None, "Gatete", "M", "nurse", None, None, None, None]]
# Aline, added above without a code, is matched by name and phone and given one: the update
# of a person this very file adds.
LATER_UPDATE = [["RW-0805", "Aline", "Umutoni", "F", "nurse", "0788 801 801", "HC1", None,
                 "2024-06-01"]]
EXISTING_UPDATE = [["RW-0412", "Claudine", "Mukamana", "F", "midwife", None, "HC2", None,
                    "2025-01-06"]]


@pytest.fixture
def world(office: Office) -> Office:
    with office.session_factory.begin() as session:
        people_world(session)
    act_as(office.session_factory, SYSTEM)
    return office


def verdict(report: ImportReport) -> tuple[Any, ...]:
    return (report.outcomes, report.problems, report.summary)


def dry_run_then_run(office: Office, path: Path, policy: str) -> tuple[ImportReport,
                                                                       ImportReport]:
    service = ExchangeService(office.session_factory, office.catalog)
    dry = service.preview(open_import(path, "people", policy=policy))
    try:
        real = service.run(open_import(path, "people", policy=policy))
    except ImportRefused as refused:
        real = refused.report
    return dry, real


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("policy", ["skip", "update", "stop"])
def test_the_dry_run_and_the_import_reach_the_same_verdict_with_bad_rows(
        world: Office, tmp_path: Path, suffix: str, policy: str) -> None:
    rows = [PEOPLE_HEADERS, *NEW, *BAD, *LATER_UPDATE, *EXISTING_UPDATE]
    write = write_xlsx if suffix == ".xlsx" else write_csv
    path = write(tmp_path / f"people{suffix}", rows)
    with world.session_factory() as session:
        before = table_checksums(session)

    dry, real = dry_run_then_run(world, path, policy)

    assert verdict(dry) == verdict(real)
    assert {p.row for p in real.problems} >= {5, 6, 7, 8}
    with world.session_factory() as session:
        assert table_checksums(session) == before  # refused: nothing kept


@pytest.mark.parametrize("policy", ["skip", "update"])
def test_a_clean_file_gets_the_dry_runs_verdict_and_its_rows(world: Office, tmp_path: Path,
                                                             policy: str) -> None:
    path = write_xlsx(tmp_path / "people.xlsx",
                      [PEOPLE_HEADERS, *NEW, *LATER_UPDATE, *EXISTING_UPDATE])

    dry, real = dry_run_then_run(world, path, policy)

    assert real.ok and verdict(dry) == verdict(real)
    with world.session_factory() as session:
        aline = session.scalars(select(Person).where(Person.last_name == "Umutoni")).one()
        claudine = session.scalars(select(Person).where(Person.code == "RW-0412")).one()
        gloria = session.scalars(select(Person).where(Person.code == "RW-0800")).one()
        assert [(p.org_unit.code, p.end_date) for p in gloria.postings] == [("HC1", None)]
        assert gloria.search_key == "gloria ingabire rw-0800 0788 800 800"
        assert gloria.version_id == 1 and gloria.active
        if policy == "update":
            assert aline.code == "RW-0805"
            assert [p.org_unit.code for p in aline.postings] == ["HC1"]
            assert [p.org_unit.code for p in claudine.postings] == ["HC1", "HC2"]
        else:
            assert aline.code is None and not aline.postings
            assert [p.org_unit.code for p in claudine.postings] == ["HC1"]


def test_new_people_are_written_in_a_few_statements_each_audited(world: Office,
                                                                  tmp_path: Path) -> None:
    count = 300
    rows = [[f"RW-9{n:04d}", f"Name{n}", "Bulk", "F", "nurse", None, "HC1", None, "2024-01-01"]
            for n in range(count)]
    path = write_csv(tmp_path / "many.csv", [PEOPLE_HEADERS, *rows])
    service = ExchangeService(world.session_factory, world.catalog)

    with statements(world) as seen:
        report = service.run(open_import(path, "people"))

    assert report.summary.to_add == count
    inserts = [s for s in seen if s.lstrip().upper().startswith("INSERT INTO PERSON")]
    assert 1 <= len(inserts) <= 2
    with world.session_factory() as session:
        people = {p.id: p for p in session.scalars(select(Person).where(
            Person.last_name == "Bulk"))}
        postings = {p.id: p for p in session.scalars(select(Posting).where(
            Posting.person_id.in_(people)))}
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "insert", AuditEntry.table_name.in_(["person", "posting"]),
            AuditEntry.record_id.in_(list(people) + list(postings)))).all()
    assert len(people) == len(postings) == count
    recorded = {(e.table_name, e.record_id): json.loads(e.detail)["changes"] for e in entries}
    some = next(iter(people.values()))
    assert recorded[("person", some.id)]["first_name"] == [None, some.first_name]
    assert recorded[("person", some.id)]["code"] == [None, some.code]
    posting = next(p for p in postings.values() if p.person_id == some.id)
    assert recorded[("posting", posting.id)]["person_id"] == [None, some.id]
    assert len([key for key in recorded if key[0] == "person" and key[1] in people]) == count


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_import_reads_the_file_once(world: Office, tmp_path: Path, suffix: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    write = write_xlsx if suffix == ".xlsx" else write_csv
    path = write(tmp_path / f"people{suffix}", [PEOPLE_HEADERS, *NEW])
    opened: list[str] = []
    real_open = io.open

    def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    service = ExchangeService(world.session_factory, world.catalog)

    report = service.run(open_import(path, "people"))

    assert report.summary.to_add == len(NEW)
    assert opened == [str(path)]


class statements:
    """The SQL statements the office's engine runs meanwhile."""

    def __init__(self, office: Office) -> None:
        self.engine = office.session_factory.kw["bind"]
        self.seen: list[str] = []

    def _record(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.seen.append(statement)

    def __enter__(self) -> list[str]:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self.seen

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)
