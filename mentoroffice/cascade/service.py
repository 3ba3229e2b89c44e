"""What the GUI calls for the cascade: one transaction per call, plain frozen dataclasses back.

Each method opens its own session (`with factory.begin() as s:`), so it may run on a worker
thread; no ORM object leaves this module. Refusals of the rules propagate as `RuleRefused`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from ..data.enums import MentorKind, PostingEndReason, PostingRole, VisitStatus
from ..data.models import (
    Assessment,
    ChwGroup,
    ChwGroupMember,
    FormDefinition,
    MenteeEnrolment,
    Mentor,
    MentorArea,
    MentorAssignment,
    OrgUnit,
    Person,
    PlannedCompetency,
    Posting,
    TechnicalArea,
    Validation,
    Visit,
)
from ..data.text import fold
from . import assignments, coverage, facilities, people, promotion
from .assignments import AssignmentProposal
from .coverage import GAP_KINDS, Gap
from .errors import NotFound, RuleRefused, Violation
from .facilities import FacilityInput, FacilitySummary
from .people import PersonInput
from .promotion import Eligibility

__all__ = [
    "GAP_KINDS", "AssignmentProposal", "AssignmentRow", "CascadeService", "ChwGroupPage",
    "CompetencyStatus", "Eligibility", "EnrolmentRow", "FacilityForm", "FacilityInput",
    "FacilityPage", "FacilitySummary", "Gap", "MentorChoice", "MentorProfile",
    "MentorProfileInput", "NotFound", "PeopleFilters", "PersonInput", "PersonPage", "PersonRow",
    "PlaceChoice", "PostingRow", "RuleRefused", "TreeItem", "Violation",
]

FACILITY, CHW_GROUP = "facility", "chw_group"
MENTOR_ROLE, MENTEE_ROLE = "mentor", "mentee"


# --- what comes back ----------------------------------------------------------------------

@dataclass(frozen=True)
class TreeItem:
    kind: str  # FACILITY or CHW_GROUP
    id: int
    code: str
    name: str
    level: str  # an OrgLevel value, or "community" for a CHW group
    active: bool
    has_children: bool


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    mentor_id: int
    mentor_name: str
    kind: str
    association: str | None
    place: str
    technical_area: str | None
    start_date: dt.date
    end_date: dt.date | None
    override_reason: str | None


@dataclass(frozen=True)
class FacilityPage:
    summary: FacilitySummary
    assignments: tuple[AssignmentRow, ...]
    chw_groups: int


@dataclass(frozen=True)
class ChwGroupPage:
    id: int
    code: str
    name: str
    health_center_id: int
    health_center: str
    technical_area: str
    active: bool
    members: int
    assignments: tuple[AssignmentRow, ...]
    last_visit: dt.date | None


@dataclass(frozen=True)
class FacilityForm:
    id: int
    code: str
    name: str
    level: str
    parent_id: int | None
    parent_name: str | None
    dhis2_uid: str | None
    upgraded_health_center: bool


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


@dataclass(frozen=True)
class PostingRow:
    id: int
    facility_id: int
    facility: str
    level: str
    role: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str | None


@dataclass(frozen=True)
class MentorProfile:
    id: int
    kind: str
    association: str | None
    areas: tuple[str, ...]
    selected_on: dt.date | None
    selection_score: float | None
    selection_notes: str | None
    oriented_on: dt.date | None
    orientation_theory: float | None
    orientation_practical: float | None
    active: bool
    assignments: tuple[AssignmentRow, ...]


@dataclass(frozen=True)
class CompetencyStatus:
    form_code: str
    title: str
    latest_score: float | None
    latest_on: dt.date | None
    assessments: int
    validated_on: dt.date | None


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    facility: str
    technical_area: str
    enrolled_on: dt.date
    end_date: dt.date | None
    status: str
    competencies: tuple[CompetencyStatus, ...]


@dataclass(frozen=True)
class PersonPage:
    id: int
    first_name: str
    last_name: str
    sex: str
    cadre: str
    qualification: str | None
    phone: str | None
    code: str | None
    active: bool
    postings: tuple[PostingRow, ...]  # oldest first
    mentor: MentorProfile | None
    enrolments: tuple[EnrolmentRow, ...]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def current_posting(self) -> PostingRow | None:
        return next((p for p in reversed(self.postings) if p.end_date is None), None)


@dataclass(frozen=True)
class MentorChoice:
    mentor_id: int
    name: str
    kind: str
    association: str | None
    facility: str | None


@dataclass(frozen=True)
class PlaceChoice:
    name: str
    level: str
    org_unit_id: int | None = None
    chw_group_id: int | None = None
    parent: str | None = None


@dataclass(frozen=True)
class MentorProfileInput:
    """Selection and orientation results recorded with a promotion (all optional)."""

    selection_score: float | None = None
    selection_notes: str | None = None
    oriented_on: dt.date | None = None
    orientation_theory: float | None = None
    orientation_practical: float | None = None


# --- queries shared by the methods --------------------------------------------------------

def _like_words(column: Any, text: str) -> list[Any]:
    """One LIKE per folded word, with LIKE's wildcards escaped."""
    words = fold(text).split()
    escaped = (w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words)
    return [column.like(f"%{w}%", escape="\\") for w in escaped]


def _subtree(facility_id: int) -> Any:
    """A recursive CTE of the facility and every unit under it."""
    tree = select(OrgUnit.id).where(OrgUnit.id == facility_id).cte("subtree", recursive=True)
    return tree.union_all(select(OrgUnit.id).join(tree, OrgUnit.parent_id == tree.c.id))


def _assignment_rows(session: Session, *where: Any, limit: int = 200) -> tuple[AssignmentRow, ...]:
    place = func.coalesce(OrgUnit.name, ChwGroup.name)
    rows = session.execute(
        select(MentorAssignment.id, Mentor.id, Person.first_name, Person.last_name, Mentor.kind,
               Mentor.association, place, MentorAssignment.technical_area,
               MentorAssignment.start_date, MentorAssignment.end_date,
               MentorAssignment.override_reason)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .join(Person, Person.id == Mentor.person_id)
        .outerjoin(OrgUnit, OrgUnit.id == MentorAssignment.org_unit_id)
        .outerjoin(ChwGroup, ChwGroup.id == MentorAssignment.chw_group_id)
        .where(*where)
        .order_by(MentorAssignment.end_date.is_not(None), MentorAssignment.start_date.desc())
        .limit(limit))
    return tuple(AssignmentRow(aid, mid, f"{first} {last}", kind, assoc, place_name, area,
                               start, end, reason)
                 for aid, mid, first, last, kind, assoc, place_name, area, start, end, reason
                 in rows)


def _current_posting_join() -> Any:
    return and_(Posting.person_id == Person.id, Posting.end_date.is_(None))


def _active_enrolment() -> Any:
    return exists().where(MenteeEnrolment.person_id == Person.id,
                          MenteeEnrolment.status == "active")


def _people_conditions(filters: PeopleFilters, p: Any) -> list[Any]:
    """Conditions on `p` (an alias of person) that need no join, so counting needs none."""
    def posted(*where: Any) -> Any:  # a current posting meeting `where`
        return p.id.in_(select(Posting.person_id).where(Posting.end_date.is_(None), *where))

    conditions = _like_words(p.search_key, filters.text)
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


def _competencies(session: Session, person_id: int, enrolment_id: int
                  ) -> tuple[CompetencyStatus, ...]:
    codes = session.scalars(select(PlannedCompetency.form_code)
                            .where(PlannedCompetency.enrolment_id == enrolment_id)
                            .order_by(PlannedCompetency.form_code)).all()
    titles = dict(session.execute(select(FormDefinition.code, FormDefinition.title)
                                  .where(FormDefinition.code.in_(codes))
                                  .order_by(FormDefinition.version)).tuples().all())
    scores: dict[str, list[tuple[dt.date, float | None]]] = {}
    for code, on, score in session.execute(
        select(FormDefinition.code, Assessment.assessed_on, Assessment.score_pct)
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(Assessment.mentee_id == person_id, FormDefinition.code.in_(codes))
        .order_by(Assessment.assessed_on, Assessment.id)
    ):
        scores.setdefault(code, []).append((on, score))
    validated = dict(session.execute(
        select(Validation.form_code, func.min(Validation.validated_on))
        .where(Validation.mentee_id == person_id).group_by(Validation.form_code)).tuples().all())
    result = []
    for code in codes:
        history = scores.get(code, [])
        last_on, last_score = history[-1] if history else (None, None)
        result.append(CompetencyStatus(code, titles.get(code, code), last_score, last_on,
                                       len(history), validated.get(code)))
    return tuple(result)


def _check_percent(value: float | None, field: str, label: str) -> list[Violation]:
    if value is None or 0 <= value <= 100:
        return []
    return [Violation(field, f"The {label} is a percentage from 0 to 100.", field=field)]


# --- the service --------------------------------------------------------------------------

class CascadeService:
    """The cascade's use cases for the GUI."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    # facilities
    def tree_children(self, parent_id: int | None) -> list[TreeItem]:
        with self._factory.begin() as s:
            items = [TreeItem(FACILITY, n.id, n.code, n.name, n.level, n.active,
                              n.child_count + n.chw_group_count > 0)
                     for n in facilities.children(s, parent_id)]
            if parent_id is not None:
                items += [TreeItem(CHW_GROUP, gid, code, name, "community", active, False)
                          for gid, code, name, active in s.execute(
                              select(ChwGroup.id, ChwGroup.code, ChwGroup.name, ChwGroup.active)
                              .where(ChwGroup.health_center_id == parent_id)
                              .order_by(ChwGroup.name))]
            return items

    def path_to(self, facility_id: int) -> list[int]:
        with self._factory.begin() as s:
            return facilities.path_to(s, facility_id)

    def facility_page(self, facility_id: int, today: dt.date) -> FacilityPage:
        with self._factory.begin() as s:
            summary = facilities.facility_summary(s, facility_id, today)
            rows = _assignment_rows(s, MentorAssignment.org_unit_id == facility_id)
            groups = s.scalar(select(func.count()).select_from(ChwGroup)
                              .where(ChwGroup.health_center_id == facility_id)) or 0
            return FacilityPage(summary, rows, groups)

    def chw_group_page(self, group_id: int) -> ChwGroupPage:
        with self._factory.begin() as s:
            group = s.get(ChwGroup, group_id)
            if group is None:
                raise NotFound(f"There is no CHW group with id {group_id}.")
            members = s.scalar(select(func.count()).select_from(ChwGroupMember)
                               .where(ChwGroupMember.group_id == group_id)) or 0
            last = s.scalar(select(func.max(Visit.actual_start)).where(
                Visit.chw_group_id == group_id, Visit.status == VisitStatus.DONE.value))
            return ChwGroupPage(group.id, group.code, group.name, group.health_center_id,
                                group.health_center.name, group.technical_area, group.active,
                                members, _assignment_rows(
                                    s, MentorAssignment.chw_group_id == group_id), last)

    def facility_form(self, facility_id: int) -> FacilityForm:
        with self._factory.begin() as s:
            unit = s.get(OrgUnit, facility_id)
            if unit is None:
                raise NotFound(f"There is no facility with id {facility_id}.")
            return FacilityForm(unit.id, unit.code, unit.name, unit.level, unit.parent_id,
                                unit.parent.name if unit.parent else None, unit.dhis2_uid,
                                bool(unit.upgraded_health_center))

    def save_facility(self, facility_id: int | None, data: FacilityInput) -> int:
        """Create (facility_id None) or update a facility; returns its id."""
        with self._factory.begin() as s:
            if facility_id is None:
                return facilities.create_facility(s, data).id
            return facilities.update_facility(s, facility_id, data).id

    def set_facility_active(self, facility_id: int, active: bool) -> None:
        with self._factory.begin() as s:
            facilities.set_facility_active(s, facility_id, active)

    def technical_areas(self) -> list[tuple[str, str, str]]:
        """(code, name, level) in display order."""
        with self._factory.begin() as s:
            return list(s.execute(select(TechnicalArea.code, TechnicalArea.name,
                                         TechnicalArea.level)
                                  .order_by(TechnicalArea.position)).tuples())

    # people
    def people_page(self, filters: PeopleFilters, offset: int, limit: int,
                    count: bool = True) -> tuple[list[PersonRow], int | None]:
        """One page of the people list, filtered and ordered in SQL; total None unless count."""
        page = _page_ids(filters, offset, limit)
        query = (select(Person.id, Person.first_name, Person.last_name, Person.cadre,
                        OrgUnit.name, Posting.role, Mentor.kind, _active_enrolment(),
                        Person.phone, Person.active)
                 .select_from(page).join(Person, Person.id == page.c.id)
                 .outerjoin(Posting, _current_posting_join())
                 .outerjoin(OrgUnit, OrgUnit.id == Posting.org_unit_id)
                 .outerjoin(Mentor, Mentor.person_id == Person.id)
                 .order_by(page.c.last_name, page.c.first_name, page.c.id))
        with self._factory.begin() as s:
            rows = [PersonRow(pid, f"{first} {last}", cadre, facility, role, kind,
                              bool(mentee), phone, active)
                    for pid, first, last, cadre, facility, role, kind, mentee, phone, active
                    in s.execute(query)]
            total = _people_count(s, filters) if count else None
            return rows, total

    def person_page(self, person_id: int) -> PersonPage:
        with self._factory.begin() as s:
            person = people.get_person(s, person_id)
            postings = tuple(PostingRow(p.id, p.org_unit_id, p.org_unit.name, p.org_unit.level,
                                        p.role, p.start_date, p.end_date, p.end_reason)
                             for p in s.scalars(select(Posting)
                                                .where(Posting.person_id == person_id)
                                                .order_by(Posting.start_date, Posting.id)))
            return PersonPage(person.id, person.first_name, person.last_name, person.sex,
                              person.cadre, person.qualification, person.phone, person.code,
                              person.active, postings, self._mentor_profile(s, person_id),
                              self._enrolments(s, person_id))

    @staticmethod
    def _mentor_profile(s: Session, person_id: int) -> MentorProfile | None:
        mentor = s.scalar(select(Mentor).where(Mentor.person_id == person_id))
        if mentor is None:
            return None
        return MentorProfile(
            mentor.id, mentor.kind, mentor.association,
            tuple(sorted(a.technical_area for a in mentor.areas)), mentor.selected_on,
            mentor.selection_score, mentor.selection_notes, mentor.oriented_on,
            mentor.orientation_theory_score, mentor.orientation_practical_score, mentor.active,
            _assignment_rows(s, MentorAssignment.mentor_id == mentor.id))

    @staticmethod
    def _enrolments(s: Session, person_id: int) -> tuple[EnrolmentRow, ...]:
        rows = s.execute(
            select(MenteeEnrolment.id, OrgUnit.name, MenteeEnrolment.technical_area,
                   MenteeEnrolment.enrolled_on, MenteeEnrolment.end_date, MenteeEnrolment.status)
            .join(OrgUnit, OrgUnit.id == MenteeEnrolment.org_unit_id)
            .where(MenteeEnrolment.person_id == person_id)
            .order_by(MenteeEnrolment.enrolled_on))
        return tuple(EnrolmentRow(eid, facility, area, on, end, status,
                                  _competencies(s, person_id, eid))
                     for eid, facility, area, on, end, status in rows.all())

    def add_person(self, data: PersonInput) -> int:
        with self._factory.begin() as s:
            return people.add_person(s, data).id

    def update_person(self, person_id: int, data: PersonInput) -> None:
        with self._factory.begin() as s:
            people.update_person(s, person_id, data)

    def post(self, person_id: int, facility_id: int, role: PostingRole, start: dt.date) -> int:
        with self._factory.begin() as s:
            return people.post_person(s, person_id, facility_id, role, start).id

    def transfer(self, person_id: int, to_facility_id: int, on: dt.date,
                 role: PostingRole | None = None) -> int:
        with self._factory.begin() as s:
            return people.transfer_person(s, person_id, to_facility_id, on, role).id

    def end_posting(self, person_id: int, end: dt.date, reason: PostingEndReason) -> None:
        """Attrition, retirement, studies...: the posting ends, the facility stays in history."""
        with self._factory.begin() as s:
            people.end_posting(s, person_id, end, reason)

    # completers
    def mentors_for_completer(self, text: str, limit: int = 20) -> list[MentorChoice]:
        query = (select(Mentor.id, Person.first_name, Person.last_name, Mentor.kind,
                        Mentor.association, OrgUnit.name)
                 .join(Person, Person.id == Mentor.person_id)
                 .outerjoin(Posting, _current_posting_join())
                 .outerjoin(OrgUnit, OrgUnit.id == Posting.org_unit_id)
                 .where(Mentor.active.is_(True), *_like_words(Person.search_key, text))
                 .order_by(Person.last_name, Person.first_name).limit(limit))
        with self._factory.begin() as s:
            return [MentorChoice(mid, f"{first} {last}", kind, assoc, facility)
                    for mid, first, last, kind, assoc, facility in s.execute(query)]

    def facilities_for_completer(self, text: str, limit: int = 20,
                                 groups: bool = True) -> list[PlaceChoice]:
        with self._factory.begin() as s:
            parent = OrgUnit.__table__.alias("parent")
            found = s.execute(
                select(OrgUnit.id, OrgUnit.name, OrgUnit.level, parent.c.name)
                .outerjoin(parent, parent.c.id == OrgUnit.parent_id)
                .where(OrgUnit.active.is_(True), *_like_words(func.lower(OrgUnit.name), text))
                .order_by(OrgUnit.name).limit(limit))
            choices = [PlaceChoice(name, level, org_unit_id=uid, parent=parent_name)
                       for uid, name, level, parent_name in found]
            if groups and text.strip():
                choices += [PlaceChoice(name, "community", chw_group_id=gid, parent=hc)
                            for gid, name, hc in s.execute(
                                select(ChwGroup.id, ChwGroup.name, OrgUnit.name)
                                .join(OrgUnit, OrgUnit.id == ChwGroup.health_center_id)
                                .where(ChwGroup.active.is_(True),
                                       *_like_words(func.lower(ChwGroup.name), text))
                                .order_by(ChwGroup.name).limit(limit))]
            return choices

    def place_choice(self, org_unit_id: int | None = None,
                     chw_group_id: int | None = None) -> PlaceChoice:
        """A facility or CHW group as the assignment dialog's place field shows it."""
        with self._factory.begin() as s:
            if chw_group_id is not None:
                group = s.get(ChwGroup, chw_group_id)
                if group is None:
                    raise NotFound(f"There is no CHW group with id {chw_group_id}.")
                return PlaceChoice(group.name, "community", chw_group_id=group.id,
                                   parent=group.health_center.name)
            unit = s.get(OrgUnit, org_unit_id)
            if unit is None:
                raise NotFound(f"There is no facility with id {org_unit_id}.")
            return PlaceChoice(unit.name, unit.level, org_unit_id=unit.id,
                               parent=unit.parent.name if unit.parent else None)

    # assignments, coverage, promotion
    def check_assignment(self, proposal: AssignmentProposal) -> list[Violation]:
        with self._factory.begin() as s:
            return assignments.check_assignment(s, proposal)

    def assign(self, proposal: AssignmentProposal, override_reason: str | None = None) -> int:
        with self._factory.begin() as s:
            return assignments.assign_mentor(s, proposal, override_reason).id

    def end_assignment(self, assignment_id: int, end: dt.date) -> None:
        with self._factory.begin() as s:
            assignments.end_assignment(s, assignment_id, end)

    def coverage(self, as_of: dt.date) -> list[Gap]:
        with self._factory.begin() as s:
            return coverage.coverage_gaps(s, as_of)

    def eligibility(self, person_id: int) -> Eligibility:
        with self._factory.begin() as s:
            return promotion.promotion_eligibility(s, person_id)

    def promote(self, person_id: int, kind: MentorKind, areas: list[str], on: dt.date,
                profile: MentorProfileInput | None = None) -> int:
        """Record the mentor profile of a validated mentee; returns the mentor id."""
        profile = profile or MentorProfileInput()
        problems = (_check_percent(profile.selection_score, "selection_score", "selection score")
                    + _check_percent(profile.orientation_theory, "orientation_theory",
                                     "orientation theory score")
                    + _check_percent(profile.orientation_practical, "orientation_practical",
                                     "orientation practical score"))
        if not areas:
            problems.append(Violation("areas", "Choose at least one technical area.",
                                      field="areas"))
        if problems:
            raise RuleRefused(problems)
        with self._factory.begin() as s:
            mentor = promotion.promote_to_mentor(s, person_id, kind, areas, on)
            mentor.selection_score = profile.selection_score
            mentor.selection_notes = (profile.selection_notes or "").strip() or None
            mentor.oriented_on = profile.oriented_on
            mentor.orientation_theory_score = profile.orientation_theory
            mentor.orientation_practical_score = profile.orientation_practical
            s.flush()
            return mentor.id

    def open_slots(self, kind: MentorKind, as_of: dt.date,
                   areas: list[str] | None = None) -> list[Gap]:
        with self._factory.begin() as s:
            return promotion.open_slots(s, kind, as_of, areas)

