"""People and their postings: a transfer or attrition ends a posting, it never overwrites one."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.writes import changed_elsewhere, changed_fields, expect_version
from ..data.enums import Cadre, PostingEndReason, PostingRole, Sex
from ..data.models import OrgUnit, Person, Posting
from ..text import QT_TRANSLATE_NOOP, Day

PHONE_PATTERN = re.compile(r"^\+?[0-9 ]{6,20}$")


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str
    sex: Sex
    cadre: Cadre
    qualification: str | None = None
    phone: str | None = None
    code: str | None = None


def person_field_problems(data: PersonInput) -> list[Violation]:
    """What is wrong with a person's details on their own (no database needed): the rule an
    import checks for thousands of rows before writing them in one statement."""
    problems = []
    if not data.first_name.strip():
        problems.append(rule("first_name", QT_TRANSLATE_NOOP("Rules", "Give the first name."),
                             field="first_name"))
    if not data.last_name.strip():
        problems.append(rule("last_name", QT_TRANSLATE_NOOP("Rules", "Give the last name."),
                             field="last_name"))
    if data.phone and not PHONE_PATTERN.match(data.phone.strip()):
        problems.append(rule("phone", QT_TRANSLATE_NOOP(
            "Rules", "A phone number has digits only, e.g. +250 788 123 456."), field="phone"))
    return problems


def code_taken(code: str) -> Violation:
    return rule("code_taken", QT_TRANSLATE_NOOP("Rules", "The staff code {code} is already used."),
                field="code", code=code)


def _person_problems(session: Session, data: PersonInput, person_id: int | None
                     ) -> list[Violation]:
    problems = person_field_problems(data)
    code = (data.code or "").strip()
    if code:
        clash = session.scalar(select(Person.id).where(Person.code == code))
        if clash is not None and clash != person_id:
            problems.append(code_taken(code))
    return problems


A_PERSON = QT_TRANSLATE_NOOP("Rules", "This person")
PERSON_FIELDS = {  # a person's fields as the refusals name them, marked for the window
    "first_name": QT_TRANSLATE_NOOP("Rules", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Rules", "Last name"),
    "sex": QT_TRANSLATE_NOOP("Rules", "Sex"),
    "cadre": QT_TRANSLATE_NOOP("Rules", "Cadre"),
    "qualification": QT_TRANSLATE_NOOP("Rules", "Qualification"),
    "phone": QT_TRANSLATE_NOOP("Rules", "Phone"),
    "code": QT_TRANSLATE_NOOP("Rules", "Staff code"),
}


def stored_person_values(data: PersonInput) -> dict[str, object]:
    """The person's fields as they are stored: trimmed, blanks as None, choices as codes."""
    return {"first_name": data.first_name.strip(), "last_name": data.last_name.strip(),
            "sex": Sex(data.sex).value, "cadre": Cadre(data.cadre).value,
            "qualification": (data.qualification or "").strip() or None,
            "phone": (data.phone or "").strip() or None,
            "code": (data.code or "").strip() or None}


def _apply(person: Person, data: PersonInput) -> None:
    for name, value in stored_person_values(data).items():
        setattr(person, name, value)


def add_person(session: Session, data: PersonInput) -> Person:
    problems = _person_problems(session, data, None)
    if problems:
        raise RuleRefused(problems)
    person = Person(active=True)
    _apply(person, data)
    session.add(person)
    session.flush()
    return person


def update_person(session: Session, person_id: int, data: PersonInput,
                  version: int | None = None, read: PersonInput | None = None) -> Person:
    """Save a person's details; with `version` (the one the person read, and `read`, the values
    they saw), refuse if another PC changed the person meanwhile and say what changed."""
    person = get_person(session, person_id)
    if version is not None:
        expect_version(person, version, A_PERSON, None if read is None else lambda: changed_fields(
            stored_person_values(read), {name: getattr(person, name) for name in PERSON_FIELDS},
            PERSON_FIELDS))
    problems = _person_problems(session, data, person_id)
    if problems:
        raise RuleRefused(problems)
    _apply(person, data)
    session.flush()
    return person


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"There is no person with id {person_id}.")
    return person


A_POSTING = QT_TRANSLATE_NOOP("Rules", "This person's posting")


def expect_current_posting(session: Session, person_id: int, read_posting_id: int | None) -> None:
    """Refuse unless the person's current posting is still the one the person read (None: they
    saw the person without a posting): another PC may have transferred them meanwhile."""
    current = current_posting(session, person_id)
    if (current.id if current else None) != read_posting_id:
        raise changed_elsewhere(A_POSTING)


def current_posting(session: Session, person_id: int) -> Posting | None:
    return session.scalars(
        select(Posting).where(Posting.person_id == person_id, Posting.end_date.is_(None))
        .order_by(Posting.start_date.desc())
    ).first()


def post_person(session: Session, person_id: int, facility_id: int, role: PostingRole,
                start: dt.date) -> Posting:
    """Post someone who has no current posting (a new hire or someone returning)."""
    get_person(session, person_id)
    if session.get(OrgUnit, facility_id) is None:
        raise NotFound(f"There is no facility with id {facility_id}.")
    current = current_posting(session, person_id)
    if current is not None:
        raise RuleRefused([rule(
            "already_posted", QT_TRANSLATE_NOOP(
                "Rules", "This person is still posted at {facility}; record a transfer instead, "
                "so the earlier posting stays in the history."),
            facility=current.org_unit.name)])
    posting = Posting(person_id=person_id, org_unit_id=facility_id, role=PostingRole(role).value,
                      start_date=start)
    session.add(posting)
    session.flush()
    return posting


def end_posting(session: Session, person_id: int, end: dt.date,
                reason: PostingEndReason) -> Posting:
    """Close the current posting (attrition, retirement, studies...)."""
    posting = current_posting(session, person_id)
    if posting is None:
        raise RuleRefused([rule("not_posted", QT_TRANSLATE_NOOP(
            "Rules", "This person has no current posting."))])
    if end < posting.start_date:
        raise RuleRefused([rule(
            "dates", QT_TRANSLATE_NOOP("Rules", "The end date {end} is before the posting began "
                                       "({start})."),
            field="date", end=Day(end), start=Day(posting.start_date))])
    posting.end_date = end
    posting.end_reason = PostingEndReason(reason).value
    session.flush()
    return posting


def transfer_person(session: Session, person_id: int, to_facility_id: int, on: dt.date,
                    role: PostingRole | None = None) -> Posting:
    """End the current posting with reason 'transfer' and start one at the new facility."""
    current = current_posting(session, person_id)
    if current is not None and current.org_unit_id == to_facility_id:
        raise RuleRefused([rule("same_facility", QT_TRANSLATE_NOOP(
            "Rules", "That is the facility they are posted at already."), field="facility")])
    new_role = role or (PostingRole(current.role) if current else PostingRole.PROVIDER)
    if current is not None:
        end_posting(session, person_id, on, PostingEndReason.TRANSFER)
    return post_person(session, person_id, to_facility_id, new_role, on)


def set_person_active(session: Session, person_id: int, active: bool) -> None:
    get_person(session, person_id).active = active
    session.flush()
