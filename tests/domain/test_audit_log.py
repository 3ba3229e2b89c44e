"""The audit trail as the office reads it: an entry for every insert, update (old and new values)
and delete, none for a change rolled back, an import's rows and its file; the filters, a
record's history, the export, and who may read it."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from exchange_support import PEOPLE_HEADERS, PEOPLE_ROWS, build_world, write_xlsx

from mentoroffice.cascade.people import PersonInput
from mentoroffice.cascade.service import CascadeService
from mentoroffice.core.access import Actor, Permission, act_as, use_case
from mentoroffice.core.refusals import RuleRefused, rule
from mentoroffice.core.writes import unit_of_work
from mentoroffice.data.enums import Cadre, Sex, UserRole
from mentoroffice.data.models import Person
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.users.audit_log import AuditFilters, AuditRow, AuditService, Change

ADMIN = Actor("ada", UserRole.ADMIN)


@pytest.fixture
def audit(office) -> AuditService:  # type: ignore[no-untyped-def]
    return AuditService(office.session_factory)


def add_person(office, phone: str = "0788 000 001") -> int:  # type: ignore[no-untyped-def]
    return CascadeService(office.session_factory).add_person(
        PersonInput("Claudine", "Mukamana", Sex.FEMALE, Cadre.NURSE, phone=phone))


def change_phone(office, person_id: int, phone: str) -> None:  # type: ignore[no-untyped-def]
    cascade = CascadeService(office.session_factory)
    page = cascade.person_page(person_id)
    cascade.update_person(person_id, replace(page.details(), phone=phone), page.version,
                          read=page.details())


def person_entries(audit: AuditService, person_id: int) -> list[AuditRow]:
    return audit.history("person", person_id).entries


def test_insert_update_and_delete_are_recorded_with_old_and_new_values(office, audit) -> None:  # type: ignore[no-untyped-def]
    act_as(office.session_factory, ADMIN)
    person_id = add_person(office)
    change_phone(office, person_id, "0788 999 999")
    with use_case(Permission.REGISTRY), unit_of_work(office.session_factory) as session:
        session.delete(session.get(Person, person_id))

    inserted, updated, deleted = person_entries(audit, person_id)
    assert [e.action for e in (inserted, updated, deleted)] == ["insert", "update", "delete"]
    assert {e.username for e in (inserted, updated, deleted)} == {"ada"}
    assert Change("phone", None, "0788 000 001") in inserted.changes
    assert Change("first_name", None, "Claudine") in inserted.changes
    assert updated.changes == (Change("phone", "0788 000 001", "0788 999 999"),)
    assert Change("phone", "0788 999 999", None) in deleted.changes
    assert all(c.field != "search_key" for c in inserted.changes)  # derived, not shown


def test_a_change_rolled_back_leaves_no_entry(office, audit) -> None:  # type: ignore[no-untyped-def]
    before = audit.page(AuditFilters(table="person")).total
    with pytest.raises(RuleRefused), use_case(Permission.REGISTRY), \
            unit_of_work(office.session_factory) as session:
        session.add(Person(first_name="Ghost", last_name="Writer", sex="F", cadre="nurse"))
        session.flush()  # the row and its audit entry are written...
        raise RuleRefused([rule("test", "refused after the flush")])  # ...then rolled back
    assert audit.page(AuditFilters(table="person")).total == before
    with office.session_factory() as session:
        assert session.query(Person).filter_by(first_name="Ghost").count() == 0


def test_an_import_records_each_row_and_the_file_with_its_hash(office, audit,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    with office.session_factory.begin() as session:
        build_world(session)
    path = write_xlsx(tmp_path / "staff.xlsx", [PEOPLE_HEADERS, *PEOPLE_ROWS])
    exchange = ExchangeService(office.session_factory, office.catalog)
    act_as(office.session_factory, Actor("quinn", UserRole.QI_STAFF))
    exchange.run(exchange.new_job("people", exchange.read(path)))

    act_as(office.session_factory, ADMIN)
    people = audit.page(AuditFilters(username="quinn", table="person"))
    assert people.total == len(PEOPLE_ROWS)
    assert {e.action for e in people.entries} == {"insert"}
    imports = audit.page(AuditFilters(username="quinn", table="people")).entries
    assert len(imports) == 1 and imports[0].action == "import"
    facts = dict(imports[0].facts)
    assert facts["file"] == "staff.xlsx"
    assert facts["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (facts["rows"], facts["added"]) == (len(PEOPLE_ROWS), len(PEOPLE_ROWS))


def test_the_filters_page_and_order_the_entries(office, audit) -> None:  # type: ignore[no-untyped-def]
    act_as(office.session_factory, ADMIN)
    first = add_person(office)
    act_as(office.session_factory, Actor("sam", UserRole.QI_STAFF))
    second = add_person(office, "0788 000 002")
    change_phone(office, second, "0788 000 003")
    act_as(office.session_factory, ADMIN)

    by_sam = audit.page(AuditFilters(username="sam"))
    assert [(e.action, e.record_id) for e in by_sam.entries] == [("update", second),
                                                                 ("insert", second)]
    assert audit.page(AuditFilters(table="person", record_id=first)).total == 1
    today = dt.date.today()
    assert audit.page(AuditFilters(username="sam", since=today, until=today)).total == 2
    assert audit.page(AuditFilters(username="sam", until=today - dt.timedelta(days=1))
                      ).total == 0
    assert audit.page(AuditFilters(username="sam", since=today + dt.timedelta(days=1))
                      ).total == 0
    everything = audit.page(AuditFilters(), 0, 1000)
    assert everything.total == len(everything.rows) >= 3
    keys = [(e.at, e.id) for e in everything.entries]
    assert keys == sorted(keys, reverse=True)  # newest first
    paged = [e.id for offset in range(0, everything.total, 2)
             for e in audit.page(AuditFilters(), offset, 2).entries]
    assert paged == [e.id for e in everything.entries]
    users, tables = audit.choices()
    assert {"ada", "sam"} <= set(users) and "person" in tables


def test_created_by_and_last_changed_by(office, audit) -> None:  # type: ignore[no-untyped-def]
    act_as(office.session_factory, ADMIN)
    person_id = add_person(office)
    made = audit.history("person", person_id).provenance
    assert (made.created_by, made.changed_by, made.changed_at) == ("ada", None, None)
    act_as(office.session_factory, Actor("sam", UserRole.QI_STAFF))
    change_phone(office, person_id, "0788 111 111")
    act_as(office.session_factory, ADMIN)
    known = audit.history("person", person_id).provenance
    assert (known.created_by, known.changed_by) == ("ada", "sam")
    assert known.created_at is not None and known.changed_at is not None
    assert known.created_at <= known.changed_at
    assert audit.history("person", 987654).provenance.created_by is None


def test_the_export_is_a_workbook_of_the_filtered_changes(office, audit,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    from openpyxl import load_workbook

    act_as(office.session_factory, ADMIN)
    person_id = add_person(office)
    cascade = CascadeService(office.session_factory)
    page = cascade.person_page(person_id)
    cascade.update_person(person_id, replace(page.details(), qualification="=SUM(A1:A9)"),
                          page.version, read=page.details())
    path, count = audit.export_audit(AuditFilters(table="person", record_id=person_id),
                                     tmp_path / "audit.xlsx")
    workbook = load_workbook(path)
    rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    assert workbook.active["H2"].data_type == "s"  # text, never a formula
    assert rows[0] == ["When", "User", "Action", "Table", "Record", "Field", "Old value",
                       "New value"]
    assert len(rows) == count + 1
    assert rows[1][1:] == ["ada", "update", "person", person_id, "qualification", None,
                           "=SUM(A1:A9)"]
    assert isinstance(rows[1][0], dt.datetime)
    assert ["ada", "insert", "person", person_id, "first_name", None, "Claudine"] in [
        r[1:] for r in rows]
    [exported] = audit.page(AuditFilters(table="audit_log")).entries
    assert (exported.action, dict(exported.facts)) == ("export", {"file": "audit.xlsx",
                                                                  "rows": count})


@pytest.mark.parametrize("role", [UserRole.VIEWER, UserRole.MENTOR, UserRole.QI_STAFF])
def test_only_the_administrator_and_the_supervisor_read_the_audit(office, audit,  # type: ignore[no-untyped-def]
                                                                  role: UserRole,
                                                                  tmp_path: Path) -> None:
    act_as(office.session_factory, Actor("reader", role))
    assert not audit.may_read()
    for read in (lambda: audit.page(AuditFilters()), lambda: audit.history("person", 1),
                 audit.choices, lambda: audit.export_audit(AuditFilters(),
                                                           tmp_path / "a.xlsx")):
        with pytest.raises(RuleRefused) as refused:
            read()
        assert [v.code for v in refused.value.violations] == ["permission"]
    assert not (tmp_path / "a.xlsx").exists()
    act_as(office.session_factory, Actor("boss", UserRole.SUPERVISOR))
    assert audit.may_read() and audit.page(AuditFilters()).total >= 0


def test_the_program_offers_no_way_to_change_the_audit() -> None:
    public = {name for name in vars(AuditService) if not name.startswith("_")}
    assert public == {"may_read", "page", "history", "choices", "export_audit"}
