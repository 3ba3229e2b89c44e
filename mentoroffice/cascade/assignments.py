"""Mentor assignments and the cascade's rules on them.

The rules (see the domain brief, "The cascade"):
- a hospital's joint team has at most one mentor per association (RSOG, RAM, RPA);
- a mentor covers at most as many places at a time as the assignment's programme allows their
  kind (`programmes`; the default Ingobyi: a district-based mentor 2 health centers, a
  health-center provider mentor 1 health post; MESH: 5); a community mentor's CHW groups have
  5-9 members;
- a mentor is assigned only where their kind fits the level;
- assignment periods of the same mentor at the same place do not overlap.
Rules a person may override need a written reason, which is stored with the assignment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..data.enums import MentorKind, OrgLevel
from ..data.models import ChwGroup, ChwGroupMember, Mentor, MentorArea, MentorAssignment, OrgUnit
from ..text import QT_TRANSLATE_NOOP, Day, Term
from .programmes import programme_of
from .terms import level_term

CHW_GROUP_SIZE = (5, 9)
LEVEL_FOR_KIND = {
    MentorKind.ASSOCIATION: OrgLevel.HOSPITAL,
    MentorKind.DISTRICT: OrgLevel.HEALTH_CENTER,
    MentorKind.HC_PROVIDER: OrgLevel.HEALTH_POST,
}
KIND_LABELS = {
    MentorKind.ASSOCIATION: QT_TRANSLATE_NOOP("Rules", "professional-association mentor"),
    MentorKind.DISTRICT: QT_TRANSLATE_NOOP("Rules", "district-based mentor"),
    MentorKind.HC_PROVIDER: QT_TRANSLATE_NOOP("Rules", "health-center provider mentor"),
    MentorKind.COMMUNITY: QT_TRANSLATE_NOOP("Rules", "community mentor"),
}
PLACE_LABELS = {
    OrgLevel.HOSPITAL: QT_TRANSLATE_NOOP("Rules", "a hospital"),
    OrgLevel.HEALTH_CENTER: QT_TRANSLATE_NOOP("Rules", "a health center"),
    OrgLevel.HEALTH_POST: QT_TRANSLATE_NOOP("Rules", "a health post"),
}
CHW_GROUP_PLACE = QT_TRANSLATE_NOOP("Rules", "a CHW group")


@dataclass(frozen=True)
class AssignmentProposal:
    mentor_id: int
    start_date: dt.date
    org_unit_id: int | None = None
    chw_group_id: int | None = None
    technical_area: str | None = None
    end_date: dt.date | None = None
    programme_id: int | None = None  # None: the office's default programme


def _may_override(code: str, template: str, /, **values: object) -> Violation:
    return rule(code, template, overridable=True, field=None, **values)


def _overlaps(start: dt.date, end: dt.date | None):  # type: ignore[no-untyped-def]
    """SQL condition: an assignment's period overlaps [start, end] (None = open-ended)."""
    condition = or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= start)
    if end is not None:
        condition = condition & (MentorAssignment.start_date <= end)
    return condition


def _describe_mentor(mentor: Mentor) -> str:
    return mentor.person.full_name


def check_assignment(session: Session, proposal: AssignmentProposal) -> list[Violation]:
    """Every rule the proposal breaks; an empty list means it may be saved."""
    mentor = session.get(Mentor, proposal.mentor_id)
    if mentor is None:
        raise NotFound(f"There is no mentor with id {proposal.mentor_id}.")
    breaches = _basic_breaches(mentor, proposal)
    if any(not b.overridable for b in breaches):
        return breaches
    if proposal.chw_group_id is not None:
        breaches += _community_breaches(session, mentor, proposal)
    else:
        breaches += _facility_breaches(session, mentor, proposal)
    breaches += _same_place_breaches(session, mentor, proposal)
    breaches += _area_breaches(session, mentor, proposal)
    return breaches


def _basic_breaches(mentor: Mentor, proposal: AssignmentProposal) -> list[Violation]:
    breaches = []
    if (proposal.org_unit_id is None) == (proposal.chw_group_id is None):
        breaches.append(rule("target", QT_TRANSLATE_NOOP(
            "Rules", "Choose either a facility or a CHW group.")))
    if proposal.end_date is not None and proposal.end_date < proposal.start_date:
        breaches.append(rule(
            "dates", QT_TRANSLATE_NOOP("Rules", "The end date {end} is before the start date "
                                       "{start}."),
            end=Day(proposal.end_date), start=Day(proposal.start_date)))
    if not mentor.active:
        breaches.append(rule(
            "inactive", QT_TRANSLATE_NOOP("Rules", "{mentor} is an inactive mentor; reactivate "
                                          "the mentor profile first."),
            mentor=_describe_mentor(mentor)))
    return breaches


def _facility_breaches(session: Session, mentor: Mentor,
                       proposal: AssignmentProposal) -> list[Violation]:
    unit = session.get(OrgUnit, proposal.org_unit_id)
    if unit is None:
        raise NotFound(f"There is no facility with id {proposal.org_unit_id}.")
    kind = MentorKind(mentor.kind)
    breaches = []
    expected = LEVEL_FOR_KIND.get(kind)
    if expected is None or unit.level != expected.value:
        where = PLACE_LABELS.get(expected, CHW_GROUP_PLACE) if expected else CHW_GROUP_PLACE
        breaches.append(_may_override(
            "level", QT_TRANSLATE_NOOP("Rules", "{mentor} is a {kind}: they mentor at {where}, "
                                       "not at {place} ({level})."),
            mentor=_describe_mentor(mentor), kind=Term(KIND_LABELS[kind]), where=Term(where),
            place=unit.name, level=level_term(unit.level)))
    if kind is MentorKind.ASSOCIATION and unit.level == OrgLevel.HOSPITAL.value:
        breaches += _joint_team_breaches(session, mentor, unit, proposal)
    programme = programme_of(session, proposal.programme_id)
    limit = programme.caps.get(kind) if programme is not None else None
    if limit is not None:
        breaches += _capacity_breaches(session, mentor, proposal, limit)
    return breaches


def _joint_team_breaches(session: Session, mentor: Mentor, hospital: OrgUnit,
                         proposal: AssignmentProposal) -> list[Violation]:
    colleagues = session.scalars(
        select(Mentor)
        .join(MentorAssignment, MentorAssignment.mentor_id == Mentor.id)
        .where(
            MentorAssignment.org_unit_id == hospital.id,
            Mentor.association == mentor.association,
            Mentor.id != mentor.id,
            _overlaps(proposal.start_date, proposal.end_date),
        )
    ).all()
    return [
        _may_override(
            "joint_team", QT_TRANSLATE_NOOP("Rules", "{hospital}'s joint team already has a "
                                            "{association} mentor ({mentor}) in that period: "
                                            "one mentor per association."),
            hospital=hospital.name, association=mentor.association,
            mentor=_describe_mentor(other))
        for other in colleagues[:1]
    ]


def _capacity_breaches(session: Session, mentor: Mentor, proposal: AssignmentProposal,
                       limit: int) -> list[Violation]:
    places = session.scalars(
        select(OrgUnit.name)
        .join(MentorAssignment, MentorAssignment.org_unit_id == OrgUnit.id)
        .where(
            MentorAssignment.mentor_id == mentor.id,
            MentorAssignment.org_unit_id != proposal.org_unit_id,
            _overlaps(proposal.start_date, proposal.end_date),
        )
        .distinct()
    ).all()
    if len(places) + 1 <= limit:
        return []
    kind = MentorKind(mentor.kind)
    if kind is MentorKind.DISTRICT:
        template = QT_TRANSLATE_NOOP("Rules", "A district-based mentor covers at most {limit} "
                                     "health centers at a time; {mentor} already covers "
                                     "{places}.")
    elif kind is MentorKind.HC_PROVIDER and limit == 1:
        template = QT_TRANSLATE_NOOP("Rules", "A health-center provider mentor covers at most "
                                     "{limit} health post at a time; {mentor} already covers "
                                     "{places}.")
    else:
        template = QT_TRANSLATE_NOOP("Rules", "A {kind} covers at most {limit} places at a "
                                     "time; {mentor} already covers {places}.")
        return [_may_override("capacity", template, kind=Term(KIND_LABELS[kind]), limit=limit,
                              mentor=_describe_mentor(mentor),
                              places=", ".join(sorted(places)))]
    return [_may_override("capacity", template, limit=limit, mentor=_describe_mentor(mentor),
                          places=", ".join(sorted(places)))]


def _community_breaches(session: Session, mentor: Mentor,
                        proposal: AssignmentProposal) -> list[Violation]:
    group = session.get(ChwGroup, proposal.chw_group_id)
    if group is None:
        raise NotFound(f"There is no CHW group with id {proposal.chw_group_id}.")
    breaches = []
    if mentor.kind != MentorKind.COMMUNITY.value:
        breaches.append(_may_override(
            "level", QT_TRANSLATE_NOOP("Rules", "{mentor} is a {kind}; CHW groups are mentored "
                                       "by community mentors."),
            mentor=_describe_mentor(mentor), kind=Term(KIND_LABELS[MentorKind(mentor.kind)])))
    members = session.scalar(
        select(func.count()).select_from(ChwGroupMember).where(ChwGroupMember.group_id == group.id)
    ) or 0
    low, high = CHW_GROUP_SIZE
    if not low <= members <= high:
        breaches.append(_may_override(
            "group_size", QT_TRANSLATE_NOOP("Rules", "{group} has {members} members; a CHW group "
                                            "mentored together has {low} to {high}."),
            group=group.name, members=members, low=low, high=high))
    return breaches


def _same_place_breaches(session: Session, mentor: Mentor,
                         proposal: AssignmentProposal) -> list[Violation]:
    target = (MentorAssignment.org_unit_id == proposal.org_unit_id
              if proposal.org_unit_id is not None
              else MentorAssignment.chw_group_id == proposal.chw_group_id)
    clash = session.scalars(
        select(MentorAssignment).where(
            MentorAssignment.mentor_id == mentor.id, target,
            _overlaps(proposal.start_date, proposal.end_date),
        )
    ).first()
    if clash is None:
        return []
    if clash.end_date:
        return [rule("overlap", QT_TRANSLATE_NOOP(
            "Rules", "{mentor} is already assigned there from {start} until {end}; end that "
            "assignment first."),
            mentor=_describe_mentor(mentor), start=Day(clash.start_date), end=Day(clash.end_date))]
    return [rule("overlap", QT_TRANSLATE_NOOP(
        "Rules", "{mentor} is already assigned there from {start} with no end date; end that "
        "assignment first."), mentor=_describe_mentor(mentor), start=Day(clash.start_date))]


def _area_breaches(session: Session, mentor: Mentor,
                   proposal: AssignmentProposal) -> list[Violation]:
    if proposal.technical_area is None:
        return []
    areas = set(session.scalars(select(MentorArea.technical_area)
                                .where(MentorArea.mentor_id == mentor.id)))
    if not areas or proposal.technical_area in areas:
        return []
    return [_may_override(
        "area", QT_TRANSLATE_NOOP("Rules", "{mentor} mentors in {areas}, not in {area}."),
        mentor=_describe_mentor(mentor), areas=", ".join(sorted(areas)),
        area=proposal.technical_area)]


def assign_mentor(session: Session, proposal: AssignmentProposal,
                  override_reason: str | None = None) -> MentorAssignment:
    """Save an assignment that keeps the rules, or breaks only overridable ones with a reason."""
    breaches = check_assignment(session, proposal)
    reason = (override_reason or "").strip() or None
    hard = [b for b in breaches if not b.overridable]
    if hard or (breaches and reason is None):
        raise RuleRefused(hard or breaches)
    assignment = MentorAssignment(
        mentor_id=proposal.mentor_id, org_unit_id=proposal.org_unit_id,
        chw_group_id=proposal.chw_group_id, technical_area=proposal.technical_area,
        start_date=proposal.start_date, end_date=proposal.end_date,
        override_reason=reason if breaches else None, programme_id=proposal.programme_id,
    )
    session.add(assignment)
    session.flush()
    return assignment


def end_assignment(session: Session, assignment_id: int, end_date: dt.date) -> None:
    assignment = session.get(MentorAssignment, assignment_id)
    if assignment is None:
        raise NotFound(f"There is no assignment with id {assignment_id}.")
    if end_date < assignment.start_date:
        raise RuleRefused([rule(
            "dates", QT_TRANSLATE_NOOP("Rules", "The end date {end} is before the assignment's "
                                       "start {start}."),
            end=Day(end_date), start=Day(assignment.start_date))])
    assignment.end_date = end_date
    session.flush()

