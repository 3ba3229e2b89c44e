"""What the GUI calls for the cascade: one transaction per call, plain frozen dataclasses back.

Each method opens its own session (`unit_of_work` to change data, `read_only` to read), so
it may run on a worker thread; no ORM object leaves this module. Refusals of the rules
propagate as `RuleRefused`.
The dataclasses it returns are in :mod:`.views`, the people list's query in
:mod:`.people_list`; all are importable from here, so the GUI needs only this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..core.access import Permission, requires
from ..core.choices import MentorChoice, PlaceOrGroupChoice
from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.search_text import clean_search
from ..core.writes import read_only, unit_of_work
from ..data.enums import MentorKind, PostingEndReason, PostingRole, RhythmSchedule, VisitStatus
from ..data.models import (
    Assessment,
    ChwGroup,
    ChwGroupMember,
    FormDefinition,
    MenteeEnrolment,
    Mentor,
    MentorAssignment,
    OrgUnit,
    Person,
    PlannedCompetency,
    Posting,
    TechnicalArea,
    Validation,
    Visit,
)
from ..text import QT_TRANSLATE_NOOP
from . import assignments, coverage, facilities, people, people_list, programmes, promotion
from .assignments import AssignmentProposal
from .coverage import GAP_KINDS, Gap, GapCount
from .facilities import FacilityInput, FacilitySummary
from .people import PersonInput
from .people_list import (
    MENTEE_ROLE,
    MENTOR_ROLE,
    PeopleFilters,
    PersonRow,
    current_posting_join,
    like_words,
)
from .programmes import ProgrammeSettings, Rhythm
from .promotion import Eligibility
from .views import (
    CHW_GROUP,
    FACILITY,
    AssignmentRow,
    ChwGroupPage,
    CompetencyStatus,
    EnrolmentRow,
    FacilityForm,
    FacilityPage,
    MentorProfile,
    PersonPage,
    PostingRow,
    TreeItem,
)

__all__ = [
    "GAP_KINDS", "MENTEE_ROLE", "MENTOR_ROLE", "AssignmentProposal", "AssignmentRow",
    "CascadeService", "ChwGroupPage", "CompetencyStatus", "Eligibility", "EnrolmentRow",
    "FacilityForm", "FacilityInput", "FacilityPage", "FacilitySummary", "Gap",
    "GapCount", "MentorProfile", "MentorProfileInput", "NotFound", "PeopleFilters",
    "PersonInput", "PersonPage", "PersonRow", "PostingRow", "ProgrammeSettings",
    "Rhythm", "RhythmSchedule", "RuleRefused", "TreeItem", "Violation",
]


# --- what comes in ------------------------------------------------------------------------

@dataclass(frozen=True)
class MentorProfileInput:
    """Selection and orientation results recorded with a promotion (all optional)."""

    selection_score: float | None = None
    selection_notes: str | None = None
    oriented_on: dt.date | None = None
    orientation_theory: float | None = None
    orientation_practical: float | None = None


# --- queries shared by the methods --------------------------------------------------------

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


PERCENT_MESSAGES = {
    "selection_score": QT_TRANSLATE_NOOP("Rules", "The selection score is a percentage from 0 "
                                         "to 100."),
    "orientation_theory": QT_TRANSLATE_NOOP("Rules", "The orientation theory score is a "
                                            "percentage from 0 to 100."),
    "orientation_practical": QT_TRANSLATE_NOOP("Rules", "The orientation practical score is a "
                                               "percentage from 0 to 100."),
}


def _check_percent(value: float | None, field: str) -> list[Violation]:
    """A score out of 100; `field` names both the input and the message (PERCENT_MESSAGES)."""
    if value is None or 0 <= value <= 100:
        return []
    return [rule(field, PERCENT_MESSAGES[field], field=field)]


# --- the service --------------------------------------------------------------------------

class CascadeService:
    """The cascade's use cases for the GUI."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory

    # facilities
    def tree_children(self, parent_id: int | None) -> list[TreeItem]:
        with read_only(self.session_factory) as s:
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
        with read_only(self.session_factory) as s:
            return facilities.path_to(s, facility_id)

    def facility_page(self, facility_id: int, today: dt.date) -> FacilityPage:
        with read_only(self.session_factory) as s:
            summary = facilities.facility_summary(s, facility_id, today)
            rows = _assignment_rows(s, MentorAssignment.org_unit_id == facility_id)
            groups = s.scalar(select(func.count()).select_from(ChwGroup)
                              .where(ChwGroup.health_center_id == facility_id)) or 0
            return FacilityPage(summary, rows, groups)

    def chw_group_page(self, group_id: int) -> ChwGroupPage:
        with read_only(self.session_factory) as s:
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
        with read_only(self.session_factory) as s:
            unit = s.get(OrgUnit, facility_id)
            if unit is None:
                raise NotFound(f"There is no facility with id {facility_id}.")
            return FacilityForm(unit.id, unit.code, unit.name, unit.level, unit.parent_id,
                                unit.parent.name if unit.parent else None, unit.dhis2_uid,
                                bool(unit.upgraded_health_center), unit.version_id)

    @requires(Permission.REGISTRY)
    def add_facility(self, data: FacilityInput) -> int:
        with unit_of_work(self.session_factory) as s:
            return facilities.create_facility(s, data).id

    @requires(Permission.REGISTRY)
    def update_facility(self, facility_id: int, data: FacilityInput, version: int,
                        read: FacilityInput | None = None) -> None:
        """Save a facility as edited from the form read at `version` (`read`: what it showed)."""
        with unit_of_work(self.session_factory) as s:
            facilities.update_facility(s, facility_id, data, version, read)

    def facility_in_use(self, facility_id: int, today: dt.date) -> facilities.StillInUse:
        with read_only(self.session_factory) as s:
            return facilities.still_in_use(s, facility_id, today)

    @requires(Permission.REGISTRY)
    def set_facility_active(self, facility_id: int, active: bool) -> None:
        with unit_of_work(self.session_factory) as s:
            facilities.set_facility_active(s, facility_id, active)

    def technical_areas(self) -> list[tuple[str, str, str]]:
        """(code, name, level) in display order."""
        with read_only(self.session_factory) as s:
            return list(s.execute(select(TechnicalArea.code, TechnicalArea.name,
                                         TechnicalArea.level)
                                  .order_by(TechnicalArea.position)).tuples())

    # people
    def people_page(self, filters: PeopleFilters, offset: int, limit: int,
                    count: bool = True) -> tuple[list[PersonRow], int | None]:
        """One page of the people list, filtered and ordered in SQL; total None unless count."""
        with read_only(self.session_factory) as s:
            return people_list.people_page(s, filters, offset, limit, count)

    def person_page(self, person_id: int) -> PersonPage:
        with read_only(self.session_factory) as s:
            person = people.get_person(s, person_id)
            postings = tuple(PostingRow(p.id, p.org_unit_id, p.org_unit.name, p.org_unit.level,
                                        p.role, p.start_date, p.end_date, p.end_reason)
                             for p in s.scalars(select(Posting)
                                                .where(Posting.person_id == person_id)
                                                .order_by(Posting.start_date, Posting.id)))
            return PersonPage(person.id, person.first_name, person.last_name, person.sex,
                              person.cadre, person.qualification, person.phone, person.code,
                              person.active, postings, self._mentor_profile(s, person_id),
                              self._enrolments(s, person_id), person.version_id)

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

    @requires(Permission.REGISTRY)
    def add_person(self, data: PersonInput) -> int:
        with unit_of_work(self.session_factory) as s:
            return people.add_person(s, data).id

    @requires(Permission.REGISTRY)
    def update_person(self, person_id: int, data: PersonInput, version: int,
                      read: PersonInput | None = None) -> None:
        """Save a person as edited from the page read at `version` (`read`: what it showed)."""
        with unit_of_work(self.session_factory) as s:
            people.update_person(s, person_id, data, version, read)

    @requires(Permission.REGISTRY)
    def post(self, person_id: int, facility_id: int, role: PostingRole, start: dt.date) -> int:
        """Post someone who had no current posting when the page was read."""
        with unit_of_work(self.session_factory) as s:
            people.expect_current_posting(s, person_id, None)
            return people.post_person(s, person_id, facility_id, role, start).id

    @requires(Permission.REGISTRY)
    def transfer(self, person_id: int, to_facility_id: int, on: dt.date,
                 role: PostingRole | None = None, *, from_posting_id: int | None) -> int:
        """Move someone from the posting the page showed (`from_posting_id`)."""
        with unit_of_work(self.session_factory) as s:
            people.expect_current_posting(s, person_id, from_posting_id)
            return people.transfer_person(s, person_id, to_facility_id, on, role).id

    @requires(Permission.REGISTRY)
    def end_posting(self, person_id: int, end: dt.date, reason: PostingEndReason, *,
                    posting_id: int | None) -> None:
        """Attrition, retirement, studies...: the posting the page showed ends, the facility
        stays in history."""
        with unit_of_work(self.session_factory) as s:
            people.expect_current_posting(s, person_id, posting_id)
            people.end_posting(s, person_id, end, reason)

    # completers
    def mentors_for_completer(self, text: str, limit: int = 20) -> list[MentorChoice]:
        query = (select(Mentor.id, Person.first_name, Person.last_name, Mentor.kind,
                        Mentor.association, OrgUnit.name)
                 .join(Person, Person.id == Mentor.person_id)
                 .outerjoin(Posting, current_posting_join())
                 .outerjoin(OrgUnit, OrgUnit.id == Posting.org_unit_id)
                 .where(Mentor.active.is_(True), *like_words(Person.search_key, text))
                 .order_by(Person.last_name, Person.first_name).limit(limit))
        with read_only(self.session_factory) as s:
            return [MentorChoice(mid, f"{first} {last}", kind, assoc, facility)
                    for mid, first, last, kind, assoc, facility in s.execute(query)]

    def facilities_for_completer(self, text: str, limit: int = 20,
                                 groups: bool = True) -> list[PlaceOrGroupChoice]:
        with read_only(self.session_factory) as s:
            parent = OrgUnit.__table__.alias("parent")
            found = s.execute(
                select(OrgUnit.id, OrgUnit.name, OrgUnit.level, parent.c.name)
                .outerjoin(parent, parent.c.id == OrgUnit.parent_id)
                .where(OrgUnit.active.is_(True), *like_words(func.lower(OrgUnit.name), text))
                .order_by(OrgUnit.name).limit(limit))
            choices = [PlaceOrGroupChoice(name, level, org_unit_id=uid, parent=parent_name)
                       for uid, name, level, parent_name in found]
            if groups and clean_search(text):
                choices += [PlaceOrGroupChoice(name, "community", chw_group_id=gid, parent=hc)
                            for gid, name, hc in s.execute(
                                select(ChwGroup.id, ChwGroup.name, OrgUnit.name)
                                .join(OrgUnit, OrgUnit.id == ChwGroup.health_center_id)
                                .where(ChwGroup.active.is_(True),
                                       *like_words(func.lower(ChwGroup.name), text))
                                .order_by(ChwGroup.name).limit(limit))]
            return choices

    def place_choice(self, org_unit_id: int | None = None,
                     chw_group_id: int | None = None) -> PlaceOrGroupChoice:
        """A facility or CHW group as the assignment dialog's place field shows it."""
        with read_only(self.session_factory) as s:
            if chw_group_id is not None:
                group = s.get(ChwGroup, chw_group_id)
                if group is None:
                    raise NotFound(f"There is no CHW group with id {chw_group_id}.")
                return PlaceOrGroupChoice(group.name, "community", chw_group_id=group.id,
                                          parent=group.health_center.name)
            unit = s.get(OrgUnit, org_unit_id)
            if unit is None:
                raise NotFound(f"There is no facility with id {org_unit_id}.")
            return PlaceOrGroupChoice(unit.name, unit.level, org_unit_id=unit.id,
                                      parent=unit.parent.name if unit.parent else None)

    # assignments, coverage, promotion
    def check_assignment(self, proposal: AssignmentProposal) -> list[Violation]:
        with read_only(self.session_factory) as s:
            return assignments.check_assignment(s, proposal)

    @requires(Permission.REGISTRY)
    def assign(self, proposal: AssignmentProposal, override_reason: str | None = None) -> int:
        with unit_of_work(self.session_factory) as s:
            return assignments.assign_mentor(s, proposal, override_reason).id

    @requires(Permission.REGISTRY)
    def end_assignment(self, assignment_id: int, end: dt.date) -> None:
        with unit_of_work(self.session_factory) as s:
            assignments.end_assignment(s, assignment_id, end)

    def coverage(self, as_of: dt.date) -> list[Gap]:
        with read_only(self.session_factory) as s:
            return coverage.coverage_gaps(s, as_of)

    def coverage_counts(self, facility_id: int, as_of: dt.date) -> GapCount:
        """The coverage gaps at a facility and everything below it, by kind."""
        with read_only(self.session_factory) as s:
            return coverage.gap_counts_below(s, facility_id, as_of)

    # programmes: the office's settings of rhythm, caps and areas
    def programmes(self) -> list[ProgrammeSettings]:
        """Every programme, the default first."""
        with read_only(self.session_factory) as s:
            return programmes.all_programmes(s)

    @requires(Permission.SETTINGS)
    def save_programme(self, data: ProgrammeSettings) -> ProgrammeSettings:
        """Add a programme (data.id None) or replace its rhythm, caps and areas, as read at
        data.version."""
        with unit_of_work(self.session_factory) as s:
            programme = programmes.save_programme(s, data)
            saved = programmes.programme_of(s, programme.id)
        assert saved is not None
        return saved

    @requires(Permission.SETTINGS)
    def set_default_programme(self, programme_id: int, version: int) -> None:
        with unit_of_work(self.session_factory) as s:
            programmes.set_default_programme(s, programme_id, version)

    @requires(Permission.SETTINGS)
    def set_programme_active(self, programme_id: int, active: bool, version: int) -> None:
        with unit_of_work(self.session_factory) as s:
            programmes.set_programme_active(s, programme_id, active, version)

    def eligibility(self, person_id: int) -> Eligibility:
        with read_only(self.session_factory) as s:
            return promotion.promotion_eligibility(s, person_id)

    @requires(Permission.REGISTRY)
    def promote(self, person_id: int, kind: MentorKind, areas: list[str], on: dt.date,
                profile: MentorProfileInput | None = None) -> int:
        """Record the mentor profile of a validated mentee; returns the mentor id."""
        profile = profile or MentorProfileInput()
        problems = (_check_percent(profile.selection_score, "selection_score")
                    + _check_percent(profile.orientation_theory, "orientation_theory")
                    + _check_percent(profile.orientation_practical, "orientation_practical"))
        if not areas:
            problems.append(rule("areas", QT_TRANSLATE_NOOP(
                "Rules", "Choose at least one technical area."), field="areas"))
        if problems:
            raise RuleRefused(problems)
        with unit_of_work(self.session_factory) as s:
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
        with read_only(self.session_factory) as s:
            return promotion.open_slots(s, kind, as_of, areas)

