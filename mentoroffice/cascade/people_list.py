"""The people list: filters, paging and count, in SQL.

The database filters first (through its indexes), sorts and skips person ids only, and joins
the columns shown for one page alone; the total is counted without any join. The GUI reaches
this through :meth:`mentoroffice.cascade.service.CascadeService.people_page`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..core.search_text import LIKE_ESCAPE, clean_search, like_contains
from ..data.enums import PostingRole
from ..data.models import (
    ChwGroup,
    ChwGroupMember,
    MenteeEnrolment,
    Mentor,
    MentorArea,
    OrgUnit,
    Person,
    Posting,
)
from ..data.text import fold

__all__ = [
    "MENTEE_ROLE", "MENTOR_ROLE", "PeopleFilters", "PersonRow", "current_posting_join",
    "like_words", "people_page",
]

MENTOR_ROLE, MENTEE_ROLE = "mentor", "mentee"


@dataclass(frozen=True)
class PeopleFilters:
    text: str = ""
    facility_id: int | None = None  # includes the facility's sub-units
    cadre: str | None = None
    technical_area: str | None = None  # of a mentor, an active mentee or a CHW group
    role: str | None = None  # "mentor", "mentee" or a PostingRole of the current posting
    status: str | None = None  # "active" (posted now) or "inactive"


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    cadre: str
    facility: str | None
    role: str | None
    mentor_kind: str | None
    is_mentee: bool
    phone: str | None
    active: bool



def like_words(column: Any, text: str) -> list[Any]:
    """One LIKE per folded word of the cleaned search text, with LIKE's wildcards escaped."""
    words = fold(clean_search(text)).split()
    return [column.like(like_contains(w), escape=LIKE_ESCAPE) for w in words]


def _subtree(facility_id: int) -> Any:
    """A recursive CTE of the facility and every unit under it."""
    tree = select(OrgUnit.id).where(OrgUnit.id == facility_id).cte("subtree", recursive=True)
    return tree.union_all(select(OrgUnit.id).join(tree, OrgUnit.parent_id == tree.c.id))


def current_posting_join() -> Any:
    return and_(Posting.person_id == Person.id, Posting.end_date.is_(None))


def _active_enrolment() -> Any:
    return exists().where(MenteeEnrolment.person_id == Person.id,
                          MenteeEnrolment.status == "active")


def _people_conditions(filters: PeopleFilters, p: Any) -> list[Any]:
    """Conditions on `p` (an alias of person) that need no join, so counting needs none."""
    def posted(*where: Any) -> Any:  # a current posting meeting `where`
        return p.id.in_(select(Posting.person_id).where(Posting.end_date.is_(None), *where))

    conditions = like_words(p.search_key, filters.text)
    if filters.facility_id is not None:
        conditions.append(posted(Posting.org_unit_id.in_(
            select(_subtree(filters.facility_id).c.id))))
    if filters.cadre:
        conditions.append(p.cadre == filters.cadre)
    if filters.technical_area:
        conditions.append(_in_area(p, filters.technical_area))
    if filters.role == MENTOR_ROLE:
        conditions.append(p.id.in_(select(Mentor.person_id)))
    elif filters.role == MENTEE_ROLE:
        conditions.append(p.id.in_(select(MenteeEnrolment.person_id)
                                   .where(MenteeEnrolment.status == "active")))
    elif filters.role:
        conditions.append(posted(Posting.role == PostingRole(filters.role).value))
    if filters.status == "active":
        conditions += [p.active.is_(True), posted()]
    elif filters.status == "inactive":
        conditions.append(or_(p.active.is_(False), ~posted()))
    return conditions


def _in_area(p: Any, area: str) -> Any:
    mentors = select(Mentor.person_id).join(MentorArea).where(MentorArea.technical_area == area)
    mentees = select(MenteeEnrolment.person_id).where(
        MenteeEnrolment.technical_area == area, MenteeEnrolment.status == "active")
    chws = select(ChwGroupMember.person_id).join(ChwGroup).where(
        ChwGroup.technical_area == area)
    return or_(p.id.in_(mentors), p.id.in_(mentees), p.id.in_(chws))


def _page_ids(filters: PeopleFilters, offset: int, limit: int) -> Any:
    """The ids of one page, in name order: the database filters first (through its indexes),
    then sorts and skips ids only, and joins the columns shown for these rows alone."""
    p = aliased(Person)
    conditions = _people_conditions(filters, p)
    query = (select(Person.id, Person.last_name, Person.first_name)
             .order_by(Person.last_name, Person.first_name, Person.id))
    if conditions:
        query = query.where(Person.id.in_(select(p.id).where(*conditions)))
    return query.offset(offset).limit(limit).subquery("page")


def _people_count(session: Session, filters: PeopleFilters) -> int:
    p = aliased(Person)
    return session.scalar(select(func.count()).select_from(p)
                          .where(*_people_conditions(filters, p))) or 0


def people_page(session: Session, filters: PeopleFilters, offset: int, limit: int,
                count: bool = True) -> tuple[list[PersonRow], int | None]:
    """One page of the people list, filtered and ordered in SQL; total None unless count."""
    page = _page_ids(filters, offset, limit)
    query = (select(Person.id, Person.first_name, Person.last_name, Person.cadre,
                    OrgUnit.name, Posting.role, Mentor.kind, _active_enrolment(),
                    Person.phone, Person.active)
             .select_from(page).join(Person, Person.id == page.c.id)
             .outerjoin(Posting, current_posting_join())
             .outerjoin(OrgUnit, OrgUnit.id == Posting.org_unit_id)
             .outerjoin(Mentor, Mentor.person_id == Person.id)
             .order_by(page.c.last_name, page.c.first_name, page.c.id))
    rows = [PersonRow(pid, f"{first} {last}", cadre, facility, role, kind,
                      bool(mentee), phone, active)
            for pid, first, last, cadre, facility, role, kind, mentee, phone, active
            in session.execute(query)]
    total = _people_count(session, filters) if count else None
    return rows, total
