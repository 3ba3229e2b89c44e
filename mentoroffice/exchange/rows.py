"""What every importer shares: reading a row's cells by field, refusing a row with messages placed
by column, and finding facilities and people the rows name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.models import FormDefinition, OrgUnit, Person
from ..data.text import fold
from .mapping import ColumnMapping
from .problems import Problem
from .reading import Cell
from .values import BadValue, is_blank, phone_key


class Refusal(Exception):
    """A row that cannot be imported; each message is (field key or None, message)."""

    def __init__(self, problems: list[tuple[str | None, str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


def refuse(key: str | None, message: str) -> Refusal:
    return Refusal([(key, message)])


class RowReader:
    """One data row: its cells read by field key, with the problems found on the way."""

    def __init__(self, number: int, cells: tuple[Cell, ...], mapping: ColumnMapping) -> None:
        self.number = number
        self.cells = cells
        self.mapping = mapping
        self.problems: list[Problem] = []

    @property
    def ok(self) -> bool:
        return not self.problems

    def column(self, key: str | None) -> str | None:
        if key is None:
            return None
        if key in self.mapping.items:
            return self.mapping.headers[self.mapping.items[key]]
        try:
            return self.mapping.header_of(key)
        except StopIteration:
            return key

    def fail(self, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.number, self.column(key), message))

    def cell(self, key: str) -> Cell:
        index = self.mapping.column_of(key)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def read(self, key: str, parser: Callable[..., Any], *args: Any,
             required: bool = False) -> Any:
        """The field's value parsed, or None (with a problem when it is wrong or missing)."""
        try:
            value = parser(self.cell(key), *args)
        except BadValue as error:
            self.fail(key, str(error))
            return None
        if required and (value is None or value == []):
            self.fail(key, f"'{self.column(key)}' is empty; it is required.")
        return value

    def items(self) -> dict[str, Cell]:
        return {code: self.cells[index] for code, index in self.mapping.items.items()
                if index < len(self.cells)}

    def add_refusal(self, refusal: Refusal, fields: dict[str, str] | None = None) -> None:
        for key, message in refusal.problems:
            self.fail((fields or {}).get(key or "", key), message)


@dataclass(frozen=True)
class PersonRef:
    """How a row names a person: staff code, or first and last name (and phone)."""

    code: str | None
    first_name: str | None
    last_name: str | None
    phone: str | None

    def describe(self) -> str:
        names = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.code:
            return f"{self.code} {names}".strip()
        return names + (f" ({self.phone})" if self.phone else "")


class Lookups:
    """Facilities and people by code and name, loaded once per import and kept up to date."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._units: dict[str, int] = {}
        self._unit_names: dict[str, list[int]] = {}
        self._codes: dict[str, int] = {}
        self._names: dict[tuple[str, str], list[tuple[int, str, bool]]] = {}
        for unit_id, code, name in session.execute(select(OrgUnit.id, OrgUnit.code,
                                                          OrgUnit.name)):
            self.add_facility(unit_id, code, name)
        for row in session.execute(select(Person.id, Person.code, Person.first_name,
                                          Person.last_name, Person.phone)):
            self.add_person(*row)

    # facilities
    def add_facility(self, unit_id: int, code: str, name: str) -> None:
        self._units[code.lower()] = unit_id
        self._unit_names.setdefault(fold(name), []).append(unit_id)

    def facility_by_code(self, code: str) -> int | None:
        return self._units.get(code.strip().lower())

    def facility(self, key: str, code_or_name: str) -> int:
        """A facility by code, or else by its exact name (accents and case aside)."""
        found = self.facility_by_code(code_or_name)
        if found is not None:
            return found
        named = self._unit_names.get(fold(code_or_name), [])
        if len(named) == 1:
            return named[0]
        if named:
            raise refuse(key, f"{len(named)} facilities are named '{code_or_name}': use the "
                         "facility's code.")
        raise refuse(key, f"There is no facility with code or name '{code_or_name}'.")

    # people
    def add_person(self, person_id: int, code: str | None, first: str, last: str,
                   phone: str | None) -> None:
        if code:
            self._codes[code.lower()] = person_id
        self._names.setdefault((fold(first), fold(last)), []).append(
            (person_id, phone_key(phone), bool(code)))

    def find_person(self, ref: PersonRef, same_phone: bool) -> int | None:
        """The person a row names, or None. `same_phone`: the phone is part of the key
        (people import); otherwise the phone only separates people of the same name."""
        if ref.code:
            found = self._codes.get(ref.code.lower())
            if found is not None:
                return found
        if not (ref.first_name and ref.last_name):
            return None
        candidates = self._names.get((fold(ref.first_name), fold(ref.last_name)), [])
        if ref.code:  # a code not yet stored: fill it in on someone recorded without one
            candidates = [c for c in candidates if not c[2]]
        wanted = phone_key(ref.phone)
        if same_phone or wanted:
            candidates = [c for c in candidates if c[1] == wanted]
        ids = sorted({c[0] for c in candidates})
        if len(ids) > 1:
            raise refuse("last_name", f"{len(ids)} people are called {ref.first_name} "
                         f"{ref.last_name}: add their staff code or phone to tell them apart.")
        return ids[0] if ids else None

    def existing_person(self, ref: PersonRef, prefix: str = "") -> int:
        """A person a row refers to, who must be in the registry already."""
        key = f"{prefix}_code" if prefix else "person_code"
        try:
            found = self.find_person(ref, same_phone=False)
        except Refusal as refusal:
            name_key = f"{prefix}_last_name" if prefix else "last_name"
            raise refuse(name_key, refusal.problems[0][1]) from None
        if found is None:
            raise refuse(key if ref.code else (f"{prefix}_last_name" if prefix else "last_name"),
                         f"{ref.describe()} is not in the registry: import or add the person "
                         "first.")
        return found

    def code_in_use(self, code: str) -> bool:
        return code.lower() in self._codes

    def renumber_people(self, real_ids: dict[int, int]) -> None:
        """People known by a placeholder id (queued, see `bulk`) get the id they were given."""
        if not real_ids:
            return
        for code, person_id in self._codes.items():
            if person_id in real_ids:
                self._codes[code] = real_ids[person_id]
        for key, entries in self._names.items():
            if any(entry[0] in real_ids for entry in entries):
                self._names[key] = [(real_ids.get(entry[0], entry[0]), *entry[1:])
                                    for entry in entries]

    def name_taken(self, first: str, last: str) -> bool:
        return bool(self._names.get((fold(first), fold(last))))


def read_person(row: RowReader, prefix: str = "") -> PersonRef:
    from . import values

    p, n = (f"{prefix}_", f"{prefix}_") if prefix else ("person_", "")
    return PersonRef(row.read(f"{p}code", values.text, "a staff code"),
                     row.read(f"{n}first_name", values.name, "a first name"),
                     row.read(f"{n}last_name", values.name, "a last name"),
                     row.read(f"{n}phone", values.phone))


def require_person(row: RowReader, ref: PersonRef, prefix: str = "") -> bool:
    if ref.code or (ref.first_name and ref.last_name):
        return True
    n = f"{prefix}_" if prefix else ""
    row.fail(f"{n}last_name", "Give the person's staff code, or their first and last name.")
    return False


def stored_form_codes(session: Session) -> set[str]:
    return set(session.scalars(select(func.upper(FormDefinition.code)).distinct()))


class Handler:
    """One kind of import. Subclasses parse rows, find existing records and add or update."""

    # field names in the domain's refusals -> the template's field keys
    fields_for: ClassVar[dict[str, str]] = {}
    # True: `add` checks the row and queues its records (no database work) and
    # `write_queued` writes them; False: `add` writes through the domain functions.
    bulk: ClassVar[bool] = False
    dry_run = False  # the preview: what is written is rolled back, so it is not audited

    def __init__(self, session: Session, lookups: Lookups, today: dt.date,
                 catalog: Any = None) -> None:
        self.session = session
        self.lookups = lookups
        self.today = today
        self.catalog = catalog

    def parse(self, row: RowReader) -> Any:
        raise NotImplementedError

    def order(self, parsed: list[tuple[RowReader, Any]]) -> list[tuple[RowReader, Any]]:
        return parsed

    def key(self, parsed: Any) -> Hashable:
        raise NotImplementedError

    def describe(self, parsed: Any) -> str:
        return str(self.key(parsed))

    def find(self, parsed: Any) -> Any:
        raise NotImplementedError

    def add(self, parsed: Any) -> str:
        """Add the row's records; returns a note for the preview ('' when none)."""
        raise NotImplementedError

    def update(self, existing: Any, parsed: Any) -> bool:
        """Bring the existing record in line with the row; False when nothing changed."""
        raise NotImplementedError

    def queued(self) -> int:
        """Rows `add` queued and `write_queued` has not written yet."""
        return 0

    def write_queued(self) -> None:
        """Write what `add` queued (bulk handlers; the others write in `add`)."""


def blank_keeps(new: Any, old: Any) -> Any:
    """A blank cell never erases what is stored."""
    return old if new is None or (isinstance(new, str) and is_blank(new)) else new
