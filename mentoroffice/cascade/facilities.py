"""Facilities in the org-unit hierarchy: adding, editing, deactivating, and a facility's page."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.search_text import LIKE_ESCAPE, like_contains
from ..core.writes import changed_fields, expect_version
from ..data.enums import PARENT_LEVEL, ActionStatus, EscalationStatus, OrgLevel, VisitStatus
from ..data.models import (
    ActionItem,
    ChwGroup,
    Escalation,
    MenteeEnrolment,
    Mentor,
    MentorAssignment,
    OrgUnit,
    Person,
    Visit,
)
from ..text import QT_TRANSLATE_NOOP, Terms
from .terms import OR, level_term

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
DHIS2_UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")


@dataclass(frozen=True)
class FacilityInput:
    code: str
    name: str
    level: OrgLevel
    parent_id: int | None
    dhis2_uid: str | None = None
    upgraded_health_center: bool = False


@dataclass(frozen=True)
class TreeNode:
    id: int
    code: str
    name: str
    level: str
    active: bool
    child_count: int
    chw_group_count: int


def _validate(session: Session, data: FacilityInput, facility_id: int | None) -> list[Violation]:
    problems = []
    if not CODE_PATTERN.match(data.code.strip()):
        problems.append(rule("code", QT_TRANSLATE_NOOP(
            "Rules", "The code needs 1-32 letters, digits, '.', '_' or '-'."), field="code"))
    if not data.name.strip():
        problems.append(rule("name", QT_TRANSLATE_NOOP("Rules", "Give the facility's name."),
                             field="name"))
    if data.dhis2_uid and not DHIS2_UID.match(data.dhis2_uid.strip()):
        problems.append(rule("dhis2_uid", QT_TRANSLATE_NOOP(
            "Rules", "A DHIS2 identifier is 11 letters or digits, starting with a letter."),
            field="dhis2_uid"))
    clash = session.scalar(select(OrgUnit.id).where(func.lower(OrgUnit.code)
                                                    == data.code.strip().lower()))
    if clash is not None and clash != facility_id:
        problems.append(rule("code_taken", QT_TRANSLATE_NOOP(
            "Rules", "The code {code} is already used."), field="code", code=data.code))
    problems += _dhis2_taken(session, data, facility_id)
    problems += _parent_problems(session, data)
    return problems


def _dhis2_taken(session: Session, data: FacilityInput, facility_id: int | None
                 ) -> list[Violation]:
    """A DHIS2 identifier names one facility: say which one already has it."""
    uid = (data.dhis2_uid or "").strip()
    if not uid:
        return []
    holder = session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.dhis2_uid == uid)
                             ).first()
    if holder is None or holder.id == facility_id:
        return []
    return [rule("dhis2_uid_taken", QT_TRANSLATE_NOOP(
        "Rules", "The DHIS2 identifier {uid} is already {facility}'s."), field="dhis2_uid",
        uid=uid, facility=holder.name)]


def _parent_problems(session: Session, data: FacilityInput) -> list[Violation]:
    allowed = PARENT_LEVEL[data.level]
    if not allowed:
        return []
    parent = session.get(OrgUnit, data.parent_id) if data.parent_id is not None else None
    if parent is None:
        return [rule("parent", QT_TRANSLATE_NOOP(
            "Rules", "Choose where the facility sits in the hierarchy."), field="parent")]
    if parent.level not in {level.value for level in allowed}:
        return [rule("parent", QT_TRANSLATE_NOOP(
            "Rules", "A {level} sits under a {levels}, not under {parent}."), field="parent",
            level=level_term(data.level.value),
            levels=Terms((level_term(level.value) for level in allowed), OR),
            parent=parent.name)]
    return []


def create_facility(session: Session, data: FacilityInput) -> OrgUnit:
    problems = _validate(session, data, None)
    if problems:
        raise RuleRefused(problems)
    unit = OrgUnit(code=data.code.strip(), name=data.name.strip(), level=data.level.value,
                   parent_id=data.parent_id, dhis2_uid=(data.dhis2_uid or "").strip() or None,
                   upgraded_health_center=data.upgraded_health_center, active=True)
    session.add(unit)
    session.flush()
    return unit


A_FACILITY = QT_TRANSLATE_NOOP("Rules", "This facility")
FACILITY_FIELDS = {  # a facility's fields as the refusals name them, marked for the window
    "code": QT_TRANSLATE_NOOP("Rules", "Code"),
    "name": QT_TRANSLATE_NOOP("Rules", "Name"),
    "level": QT_TRANSLATE_NOOP("Rules", "Level"),
    "parent_id": QT_TRANSLATE_NOOP("Rules", "Part of"),
    "dhis2_uid": QT_TRANSLATE_NOOP("Rules", "DHIS2 id"),
    "upgraded_health_center": QT_TRANSLATE_NOOP("Rules", "Upgraded health center"),
}


def _stored_values(data: FacilityInput) -> dict[str, object]:
    """The facility's fields as they are stored: trimmed, blanks as None, the level as a code."""
    return {"code": data.code.strip(), "name": data.name.strip(),
            "level": OrgLevel(data.level).value, "parent_id": data.parent_id,
            "dhis2_uid": (data.dhis2_uid or "").strip() or None,
            "upgraded_health_center": bool(data.upgraded_health_center)}


def _changes(unit: OrgUnit, read: FacilityInput) -> dict[str, object]:
    stored = {name: getattr(unit, name) for name in FACILITY_FIELDS}
    stored["upgraded_health_center"] = bool(stored["upgraded_health_center"])
    changes = changed_fields(_stored_values(read), stored, FACILITY_FIELDS)
    part_of = FACILITY_FIELDS["parent_id"]
    if part_of in changes:  # people know the parent by its name
        changes[part_of] = unit.parent.name if unit.parent else ""
    return changes


def update_facility(session: Session, facility_id: int, data: FacilityInput,
                    version: int | None = None, read: FacilityInput | None = None) -> OrgUnit:
    """Save a facility; with `version` (the one the person read, and `read`, the values they
    saw), refuse if another PC changed it meanwhile and say what changed."""
    unit = _get(session, facility_id)
    if version is not None:
        expect_version(unit, version, A_FACILITY,
                       None if read is None else lambda: _changes(unit, read))
    problems = _validate(session, data, facility_id)
    if data.parent_id == facility_id or data.parent_id in _descendant_ids(session, facility_id):
        problems.append(rule("parent", QT_TRANSLATE_NOOP(
            "Rules", "A facility cannot sit under itself."), field="parent"))
    if problems:
        raise RuleRefused(problems)
    for name, value in _stored_values(data).items():
        setattr(unit, name, value)
    session.flush()
    return unit


def set_facility_active(session: Session, facility_id: int, active: bool) -> None:
    """Deactivate (or undo a deactivation): a facility is never deleted, its history stays."""
    _get(session, facility_id).active = active
    session.flush()


def _get(session: Session, facility_id: int) -> OrgUnit:
    unit = session.get(OrgUnit, facility_id)
    if unit is None:
        raise NotFound(f"There is no facility with id {facility_id}.")
    return unit


def _descendant_ids(session: Session, facility_id: int) -> set[int]:
    found: set[int] = set()
    frontier = {facility_id}
    while frontier:
        children = set(session.scalars(select(OrgUnit.id).where(OrgUnit.parent_id.in_(frontier))))
        frontier = children - found
        found |= children
    return found


def children(session: Session, parent_id: int | None, include_inactive: bool = True
             ) -> list[TreeNode]:
    """One level of the tree, with counts so the UI knows which nodes can expand."""
    child = OrgUnit.__table__.alias("child")
    child_count = (select(func.count()).select_from(child)
                   .where(child.c.parent_id == OrgUnit.id).scalar_subquery())
    group_count = (select(func.count()).select_from(ChwGroup)
                   .where(ChwGroup.health_center_id == OrgUnit.id).scalar_subquery())
    query = (select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.level, OrgUnit.active,
                    child_count, group_count)
             .where(OrgUnit.parent_id.is_(None) if parent_id is None
                    else OrgUnit.parent_id == parent_id)
             .order_by(OrgUnit.name))
    if not include_inactive:
        query = query.where(OrgUnit.active.is_(True))
    return [TreeNode(*row) for row in session.execute(query)]


def search_facilities(session: Session, text: str, limit: int = 50) -> list[TreeNode]:
    pattern = like_contains(text.lower())
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.level, OrgUnit.active)
        .where(or_(func.lower(OrgUnit.name).like(pattern, escape=LIKE_ESCAPE),
                   func.lower(OrgUnit.code).like(pattern, escape=LIKE_ESCAPE)))
        .order_by(OrgUnit.name).limit(limit)
    )
    return [TreeNode(*row, 0, 0) for row in rows]


def path_to(session: Session, facility_id: int) -> list[int]:
    """Ids from the root down to the facility, to expand the tree onto it."""
    path = []
    current: int | None = facility_id
    while current is not None:
        path.append(current)
        current = session.scalar(select(OrgUnit.parent_id).where(OrgUnit.id == current))
    return list(reversed(path))


@dataclass(frozen=True)
class FacilitySummary:
    id: int
    code: str
    name: str
    level: str
    parent_name: str | None
    active: bool
    dhis2_uid: str | None
    mentors: list[tuple[str, str, str]]  # name, kind/association, since
    mentee_count: int
    last_visit: dt.date | None
    next_visit: dt.date | None
    open_actions: int
    overdue_actions: int
    open_escalations: int


AGGREGATE_LEVELS = (OrgLevel.COUNTRY.value, OrgLevel.PROVINCE.value, OrgLevel.DISTRICT.value)


def summarised_ids(session: Session, facility_id: int, level: str) -> set[int]:
    """The facility itself, and for a district, province or country every unit below it: a
    panel above the facilities sums what is below it."""
    ids = {facility_id}
    if level in AGGREGATE_LEVELS:
        ids |= _descendant_ids(session, facility_id)
    return ids


def facility_summary(session: Session, facility_id: int, today: dt.date) -> FacilitySummary:
    unit = _get(session, facility_id)
    ids = summarised_ids(session, facility_id, unit.level)
    mentors = session.execute(
        select(Person.first_name, Person.last_name, Mentor.kind, Mentor.association,
               func.min(MentorAssignment.start_date))
        .join(Mentor, Mentor.person_id == Person.id)
        .join(MentorAssignment, MentorAssignment.mentor_id == Mentor.id)
        .where(MentorAssignment.org_unit_id.in_(ids),
               or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= today))
        .group_by(Person.id, Person.first_name, Person.last_name, Mentor.kind,
                  Mentor.association)
        .order_by(Mentor.association, Person.last_name)
    ).all()
    return FacilitySummary(
        id=unit.id, code=unit.code, name=unit.name, level=unit.level,
        parent_name=unit.parent.name if unit.parent else None, active=unit.active,
        dhis2_uid=unit.dhis2_uid,
        mentors=[(f"{first} {last}", association or kind, f"{since:%d %b %Y}")
                 for first, last, kind, association, since in mentors],
        mentee_count=_count(session, MenteeEnrolment, MenteeEnrolment.org_unit_id.in_(ids),
                            MenteeEnrolment.status == "active"),
        last_visit=session.scalar(select(func.max(Visit.actual_start)).where(
            Visit.org_unit_id.in_(ids), Visit.status == VisitStatus.DONE.value)),
        next_visit=session.scalar(select(func.min(Visit.planned_start)).where(
            Visit.org_unit_id.in_(ids), Visit.status == VisitStatus.PLANNED.value,
            Visit.planned_start >= today)),
        open_actions=_count(session, ActionItem, ActionItem.org_unit_id.in_(ids),
                            ActionItem.status.in_(_OPEN_ACTION)),
        overdue_actions=_count(session, ActionItem, ActionItem.org_unit_id.in_(ids),
                               ActionItem.status.in_(_OPEN_ACTION), ActionItem.due_date < today),
        open_escalations=_count(session, Escalation, Escalation.org_unit_id.in_(ids),
                                Escalation.status.in_(_OPEN_ESCALATION)),
    )


_OPEN_ACTION = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
_OPEN_ESCALATION = (EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value)


def _count(session: Session, model: type, *where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


@dataclass(frozen=True)
class StillInUse:
    """What still works at a facility (the window asks before deactivating it then)."""

    units: int  # active units directly under it
    mentors: int  # current mentor assignments there
    mentees: int  # active mentee enrolments there
    planned_visits: int  # visits planned from today on

    def any(self) -> bool:
        return any((self.units, self.mentors, self.mentees, self.planned_visits))


def still_in_use(session: Session, facility_id: int, today: dt.date) -> StillInUse:
    return StillInUse(
        units=_count(session, OrgUnit, OrgUnit.parent_id == facility_id,
                     OrgUnit.active.is_(True)),
        mentors=_count(session, MentorAssignment, MentorAssignment.org_unit_id == facility_id,
                       or_(MentorAssignment.end_date.is_(None),
                           MentorAssignment.end_date >= today)),
        mentees=_count(session, MenteeEnrolment, MenteeEnrolment.org_unit_id == facility_id,
                       MenteeEnrolment.status == "active"),
        planned_visits=_count(session, Visit, Visit.org_unit_id == facility_id,
                              Visit.status == VisitStatus.PLANNED.value,
                              Visit.planned_start >= today))
