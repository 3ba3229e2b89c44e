"""The cascade's promotion: a validated mentee becomes a mentor one level down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.enums import MentorKind, OrgLevel
from ..data.models import FormDefinition, Mentor, MentorArea, Validation
from .coverage import Gap, coverage_gaps
from .errors import RuleRefused, Violation
from .people import current_posting, get_person

# Where a mentee works -> the kind of mentor they become, one level down.
NEXT_KIND = {
    OrgLevel.HOSPITAL.value: MentorKind.DISTRICT,
    OrgLevel.HEALTH_CENTER.value: MentorKind.HC_PROVIDER,
}
GAPS_FOR_KIND = {
    MentorKind.DISTRICT: ("health_center_area",),
    MentorKind.HC_PROVIDER: ("health_post",),
    MentorKind.COMMUNITY: ("chw_group",),
}


@dataclass(frozen=True)
class ValidatedCompetency:
    form_code: str
    title: str
    technical_area: str
    validated_on: dt.date


@dataclass(frozen=True)
class Eligibility:
    person_id: int
    name: str
    facility_name: str | None
    facility_level: str | None
    validated: list[ValidatedCompetency]
    proposed_kind: MentorKind | None
    reasons_not: list[str]

    @property
    def eligible(self) -> bool:
        return not self.reasons_not

    @property
    def technical_areas(self) -> list[str]:
        return sorted({v.technical_area for v in self.validated})


def validated_competencies(session: Session, person_id: int) -> list[ValidatedCompetency]:
    titles = {code: (title, area) for code, title, area in session.execute(
        select(FormDefinition.code, FormDefinition.title, FormDefinition.technical_area)
        .order_by(FormDefinition.version))}
    rows = session.execute(
        select(Validation.form_code, Validation.validated_on)
        .where(Validation.mentee_id == person_id).order_by(Validation.validated_on))
    return [ValidatedCompetency(code, *titles.get(code, (code, "")), on) for code, on in rows]


def promotion_eligibility(session: Session, person_id: int) -> Eligibility:
    person = get_person(session, person_id)
    posting = current_posting(session, person_id)
    validated = validated_competencies(session, person_id)
    reasons = []
    if not validated:
        reasons.append("not yet validated on any competency")
    if session.scalar(select(Mentor.id).where(Mentor.person_id == person_id)) is not None:
        reasons.append("already has a mentor profile")
    if posting is None:
        reasons.append("has no current posting")
    level = posting.org_unit.level if posting else None
    kind = NEXT_KIND.get(level or "")
    if posting is not None and kind is None:
        reasons.append(f"works at a {level.replace('_', ' ')}: there is no level below "
                       "to mentor (community mentors are chosen among health-center staff)")
    return Eligibility(person_id, person.full_name,
                       posting.org_unit.name if posting else None, level, validated, kind, reasons)


def promote_to_mentor(session: Session, person_id: int, kind: MentorKind, areas: list[str],
                      on: dt.date) -> Mentor:
    """Record the mentor profile of a validated mentee (selection date = on)."""
    eligibility = promotion_eligibility(session, person_id)
    if not eligibility.eligible:
        raise RuleRefused([Violation("not_eligible", f"{eligibility.name} cannot become a "
                                     f"mentor yet: {'; '.join(eligibility.reasons_not)}.")])
    if kind is MentorKind.ASSOCIATION:
        raise RuleRefused([Violation("kind", "Professional-association mentors are appointed by "
                                     "their association, not promoted in the cascade.")])
    mentor = Mentor(person_id=person_id, kind=kind.value, association=None, selected_on=on,
                    active=True)
    mentor.areas = [MentorArea(technical_area=area) for area in sorted(set(areas))]
    session.add(mentor)
    session.flush()
    return mentor


def open_slots(session: Session, kind: MentorKind, as_of: dt.date,
               areas: list[str] | None = None) -> list[Gap]:
    """Coverage gaps a new mentor of this kind could fill (matching areas first)."""
    wanted = GAPS_FOR_KIND.get(kind, ())
    gaps = [g for g in coverage_gaps(session, as_of) if g.kind in wanted]
    if areas:
        gaps.sort(key=lambda g: (g.technical_area not in areas, g.facility_name))
    return gaps
