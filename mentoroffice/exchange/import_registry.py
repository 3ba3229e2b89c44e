"""Importing facilities (with their parents) and people (with their current posting)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, ClassVar, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ..cascade.facilities import FacilityInput, create_facility, update_facility
from ..cascade.people import (
    PersonInput,
    code_taken,
    current_posting,
    get_person,
    person_field_problems,
    post_person,
    stored_person_values,
    transfer_person,
    update_person,
)
from ..core.refusals import RuleRefused
from ..data.enums import Cadre, OrgLevel, PostingRole, Sex
from ..data.models import OrgUnit, Person, Posting
from ..data.text import fold, person_search_key
from . import values, vocabulary
from .bulk import InsertQueue, Placeholder
from .rows import (
    Handler,
    Lookups,
    PersonRef,
    Refusal,
    RowReader,
    blank_keeps,
    read_person,
    refuse,
    require_person,
)

# The tables new people and their postings are inserted into in bulk (a declarative class
# types its __table__ as any FromClause; these are Tables).
PERSON_TABLE = cast(Table, Person.__table__)
POSTING_TABLE = cast(Table, Posting.__table__)

# --- facilities -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FacilityRow:
    code: str
    name: str
    level: OrgLevel
    parent: str | None
    dhis2_uid: str | None
    upgraded: bool | None


class FacilityRows(Handler):
    fields_for: ClassVar[dict[str, str]] = {
        "code": "code", "code_taken": "code", "name": "name", "parent": "parent",
        "dhis2_uid": "dhis2_uid",
    }

    def parse(self, row: RowReader) -> FacilityRow | None:
        code = row.read("code", values.text, "a code", required=True)
        name = row.read("name", values.text, "a name", required=True)
        level = row.read("level", values.choice, vocabulary.LEVEL, "level", required=True)
        parent = row.read("parent", values.text, "a parent code")
        uid = row.read("dhis2_uid", values.text, "a DHIS2 UID")
        upgraded = row.read("upgraded", values.boolean)
        if level and level != OrgLevel.COUNTRY.value and parent is None and row.ok:
            row.fail("parent", "Give the code of the unit this facility sits under.")
        if level == OrgLevel.COUNTRY.value and parent:
            row.fail("parent", "A country sits under nothing: leave the parent empty.")
        if not row.ok:
            return None
        return FacilityRow(code, name, OrgLevel(level), parent, uid, upgraded)

    def order(self, parsed: list[tuple[RowReader, FacilityRow | None]]
              ) -> list[tuple[RowReader, FacilityRow | None]]:
        """Parents before their children when both are in the file (rows in a cycle last)."""
        by_code: dict[str, tuple[RowReader, FacilityRow | None]] = {}
        for row, value in parsed:
            if value is not None:
                by_code.setdefault(value.code.lower(), (row, value))
        placed: list[tuple[RowReader, FacilityRow | None]] = []
        done: set[int] = set()

        def visit(row: RowReader, value: FacilityRow | None, path: set[str]) -> None:
            if row.number in done:
                return
            if value is not None and value.parent and value.parent.lower() in by_code:
                parent_code = value.parent.lower()
                if parent_code in path:
                    row.fail("parent", f"{value.code} and {value.parent} are each other's "
                             "parents (directly or through other rows).")
                else:
                    visit(*by_code[parent_code], path | {value.code.lower()})
            done.add(row.number)
            placed.append((row, value))

        for row, value in parsed:
            visit(row, value, set())
        return placed

    def key(self, parsed: FacilityRow) -> Hashable:
        return parsed.code.lower()

    def describe(self, parsed: FacilityRow) -> str:
        return f"{parsed.code} {parsed.name}"

    def find(self, parsed: FacilityRow) -> int | None:
        return self.lookups.facility_by_code(parsed.code)

    def _parent_id(self, parsed: FacilityRow) -> int | None:
        if parsed.parent is None:
            return None
        found = self.lookups.facility_by_code(parsed.parent)
        if found is None:
            raise refuse("parent", f"There is no facility with code {parsed.parent}, neither in "
                         "the database nor in the rows of this file.")
        return found

    def add(self, parsed: FacilityRow) -> str:
        unit = create_facility(self.session, FacilityInput(
            parsed.code, parsed.name, parsed.level, self._parent_id(parsed), parsed.dhis2_uid,
            bool(parsed.upgraded)))
        self.lookups.add_facility(unit.id, unit.code, unit.name)
        return ""

    def update(self, existing: int, parsed: FacilityRow) -> bool:
        unit = self.session.get(OrgUnit, existing)
        assert unit is not None
        data = FacilityInput(
            parsed.code, parsed.name, parsed.level,
            blank_keeps(self._parent_id(parsed), unit.parent_id),
            blank_keeps(parsed.dhis2_uid, unit.dhis2_uid),
            blank_keeps(parsed.upgraded, unit.upgraded_health_center))
        stored = (unit.code, unit.name, unit.level, unit.parent_id, unit.dhis2_uid,
                  unit.upgraded_health_center)
        if stored == (data.code, data.name, data.level.value, data.parent_id, data.dhis2_uid,
                      data.upgraded_health_center):
            return False
        update_facility(self.session, existing, data)
        return True


# --- people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    ref: PersonRef
    sex: Sex
    cadre: Cadre
    qualification: str | None
    facility_id: int | None
    role: PostingRole
    posted_on: dt.date | None


class PersonRows(Handler):
    fields_for: ClassVar[dict[str, str]] = {
        "first_name": "first_name", "last_name": "last_name", "phone": "phone",
        "code": "person_code", "code_taken": "person_code", "date": "posted_on",
        "dates": "posted_on", "facility": "facility", "same_facility": "facility",
        "already_posted": "facility",
    }

    def parse(self, row: RowReader) -> PersonRow | None:
        ref = read_person(row)
        for key, value in (("first_name", ref.first_name), ("last_name", ref.last_name)):
            if value is None and row.ok:
                row.fail(key, f"'{row.column(key)}' is empty; it is required.")
        sex = row.read("sex", values.choice, vocabulary.SEX, "sex", required=True)
        cadre = row.read("cadre", values.choice, vocabulary.CADRE, "cadre", required=True)
        qualification = row.read("qualification", values.text, "a qualification")
        facility = row.read("facility", values.text, "a facility code")
        role = row.read("role", values.choice, vocabulary.ROLE, "role")
        posted_on = row.read("posted_on", values.date)
        facility_id = None
        if facility is not None:
            try:
                facility_id = self.lookups.facility("facility", facility)
            except Refusal as refusal:
                row.add_refusal(refusal)
            if posted_on is None and row.ok:
                row.fail("posted_on", "Give the date the posting began.")
        if posted_on is not None and posted_on > self.today:
            row.fail("posted_on", f"The date {posted_on:%d %b %Y} is in the future.")
        if not row.ok or not require_person(row, ref):
            return None
        return PersonRow(ref, Sex(sex), Cadre(cadre), qualification, facility_id,
                         PostingRole(role or PostingRole.PROVIDER.value), posted_on)

    def key(self, parsed: PersonRow) -> Hashable:
        ref = parsed.ref
        if ref.code:
            return ("code", ref.code.lower())
        return ("name", fold(ref.first_name or ""), fold(ref.last_name or ""),
                values.phone_key(ref.phone))

    def describe(self, parsed: PersonRow) -> str:
        return parsed.ref.describe()

    def find(self, parsed: PersonRow) -> int | None:
        return self.lookups.find_person(parsed.ref, same_phone=True)

    def _input(self, parsed: PersonRow) -> PersonInput:
        ref = parsed.ref
        return PersonInput(ref.first_name or "", ref.last_name or "", parsed.sex, parsed.cadre,
                           parsed.qualification, ref.phone, ref.code)

    bulk: ClassVar[bool] = True

    def __init__(self, session: Session, lookups: Lookups, today: dt.date,
                 catalog: Any = None) -> None:
        super().__init__(session, lookups, today, catalog)
        self.queue = InsertQueue(PERSON_TABLE, POSTING_TABLE)

    def add(self, parsed: PersonRow) -> str:
        """Check the new person (and posting) by the rules `add_person` and `post_person` apply,
        and queue them: the import writes every new person in one statement."""
        ref = parsed.ref
        note = ("someone of the same name is already registered with another phone"
                if self.lookups.name_taken(ref.first_name or "", ref.last_name or "") else "")
        data = self._input(parsed)
        problems = person_field_problems(data)
        stored = stored_person_values(data)
        if stored["code"] and self.lookups.code_in_use(str(stored["code"])):
            problems.append(code_taken(str(stored["code"])))
        if problems:
            raise RuleRefused(problems)
        person_id = self.queue.add(PERSON_TABLE, {
            **stored, "active": True, "version_id": 1,
            "search_key": person_search_key(str(stored["first_name"]), str(stored["last_name"]),
                                            stored["code"], stored["phone"])})  # type: ignore[arg-type]
        if parsed.facility_id is not None and parsed.posted_on is not None:
            self.queue.add(POSTING_TABLE, {
                "person_id": Placeholder(person_id), "org_unit_id": parsed.facility_id,
                "role": PostingRole(parsed.role).value, "start_date": parsed.posted_on,
                "version_id": 1})
        self.lookups.add_person(person_id, stored["code"], str(stored["first_name"]),  # type: ignore[arg-type]
                                str(stored["last_name"]), stored["phone"])  # type: ignore[arg-type]
        return note

    def queued(self) -> int:
        return len(self.queue)

    def write_queued(self) -> None:
        self.lookups.renumber_people(self.queue.write(self.session, audited=not self.dry_run))

    def update(self, existing: int, parsed: PersonRow) -> bool:
        self.write_queued()  # the person may be one of this file's new rows
        existing = self.queue.real_id(existing)
        person = get_person(self.session, existing)
        new = self._input(parsed)
        merged = PersonInput(new.first_name, new.last_name, new.sex, new.cadre,
                             blank_keeps(new.qualification, person.qualification),
                             blank_keeps(new.phone, person.phone),
                             blank_keeps(new.code, person.code))
        stored = (person.first_name, person.last_name, person.sex, person.cadre,
                  person.qualification, person.phone, person.code)
        changed = stored != (merged.first_name, merged.last_name, merged.sex.value,
                             merged.cadre.value, merged.qualification, merged.phone, merged.code)
        if changed:
            update_person(self.session, existing, merged)
            self.lookups.add_person(existing, merged.code, merged.first_name, merged.last_name,
                                    merged.phone)
        return self._update_posting(existing, parsed) or changed

    def _update_posting(self, person_id: int, parsed: PersonRow) -> bool:
        """A different facility in the file is a transfer on its date; history is kept."""
        if parsed.facility_id is None or parsed.posted_on is None:
            return False
        current = current_posting(self.session, person_id)
        if current is None:
            post_person(self.session, person_id, parsed.facility_id, parsed.role,
                        parsed.posted_on)
            return True
        if current.org_unit_id == parsed.facility_id:
            return False
        transfer_person(self.session, person_id, parsed.facility_id, parsed.posted_on,
                        parsed.role)
        return True
