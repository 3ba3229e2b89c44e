"""The cascade's promotion: a validated mentee becomes a mentor one level down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import RuleRefused, rule
from ..data.enums import MentorKind, OrgLevel
from ..data.models import FormDefinition, Mentor, MentorArea, Validation
from ..text import QT_TRANSLATE_NOOP, Term, Terms
from .coverage import Gap, coverage_gaps
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
# Why a person cannot be promoted (Eligibility.reasons_not), marked for the window's translations.
NOT_VALIDATED = QT_TRANSLATE_NOOP("Rules", "not yet validated on any competency")
ALREADY_MENTOR = QT_TRANSLATE_NOOP("Rules", "already has a mentor profile")
NOT_POSTED = QT_TRANSLATE_NOOP("Rules", "has no current posting")
NO_LEVEL_BELOW = {
    OrgLevel.COUNTRY.value: QT_TRANSLATE_NOOP(
        "Rules", "works at a country: there is no level below to mentor (community mentors are "
        "chosen among health-center staff)"),
    OrgLevel.PROVINCE.value: QT_TRANSLATE_NOOP(
        "Rules", "works at a province: there is no level below to mentor (community mentors are "
        "chosen among health-center staff)"),
    OrgLevel.DISTRICT.value: QT_TRANSLATE_NOOP(
        "Rules", "works at a district: there is no level below to mentor (community mentors are "
        "chosen among health-center staff)"),
    OrgLevel.HEALTH_POST.value: QT_TRANSLATE_NOOP(
        "Rules", "works at a health post: there is no level below to mentor (community mentors "
        "are chosen among health-center staff)"),
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
    reasons: list[str] = []
    if not validated:
        reasons.append(Term(NOT_VALIDATED))
    if session.scalar(select(Mentor.id).where(Mentor.person_id == person_id)) is not None:
        reasons.append(Term(ALREADY_MENTOR))
    if posting is None:
        reasons.append(Term(NOT_POSTED))
    level = posting.org_unit.level if posting else None
    kind = NEXT_KIND.get(level or "")
    if posting is not None and kind is None:
        unknown = (f"works at a {(level or '').replace('_', ' ')}: there is no level below "
                   "to mentor (community mentors are chosen among health-center staff)")
        reasons.append(Term(NO_LEVEL_BELOW.get(level or "", unknown)))
    return Eligibility(person_id, person.full_name,
                       posting.org_unit.name if posting else None, level, validated, kind, reasons)


def promote_to_mentor(session: Session, person_id: int, kind: MentorKind, areas: list[str],
                      on: dt.date) -> Mentor:
    """Record the mentor profile of a validated mentee (selection date = on)."""
    eligibility = promotion_eligibility(session, person_id)
    if not eligibility.eligible:
        raise RuleRefused([rule("not_eligible", QT_TRANSLATE_NOOP(
            "Rules", "{person} cannot become a mentor yet: {reasons}."),
            person=eligibility.name, reasons=Terms(eligibility.reasons_not, "; "))])
    if kind is MentorKind.ASSOCIATION:
        raise RuleRefused([rule("kind", QT_TRANSLATE_NOOP(
            "Rules", "Professional-association mentors are appointed by their association, not "
            "promoted in the cascade."))])
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
