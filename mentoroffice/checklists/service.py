"""The checklist use cases the GUI calls: one method, one session, plain frozen dataclasses back.

The screens (``mentoroffice.ui.checklists``) never see a session or a model: every action is
a method here that opens its own transaction, calls the domain functions of
:mod:`assessments` and :mod:`progress`, and returns dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ..core.access import Permission, requires
from ..core.choices import AreaChoice, FormChoice, PersonChoice, PlaceChoice
from ..core.refusals import Violation
from ..core.search_text import LIKE_ESCAPE, clean_search, like_contains
from ..core.writes import changed_elsewhere, expect_version, unit_of_work
from ..data.enums import (
    FACILITY_ASSESSMENT_KINDS,
    AssessmentKind,
    CoachingPlanStatus,
    EnrolmentStatus,
    ItemResult,
    OrgLevel,
)
from ..data.models import (
    Assessment,
    CoachingPlan,
    MenteeEnrolment,
    Mentor,
    OrgUnit,
    Person,
    PlannedCompetency,
    Posting,
    TechnicalArea,
    Validation,
)
from ..data.models import FormDefinition as StoredForm
from ..data.models import FormItem as StoredItem
from ..data.text import fold
from ..text import QT_TRANSLATE_NOOP
from . import progress
from .assessments import (
    AssessmentInput,
    AssessmentOutcome,
    correct_assessment,
    delete_assessment,
    expect_own_assessment,
    record_assessment,
)
from .assessor_rules import assessment_breaches, checked_override
from .forms import FormCatalog, FormDefinition, FormItem, FormSection
from .progress import ProgressRow, TrendPoint
from .registry import content_hash
from .scoring import score
from .sheets import CoachingPlanLine, CompetencyProgress, FilledAssessment, ProgressSheet

T = TypeVar("T")
SEARCH_LIMIT = 15
FACILITY_LEVELS = (OrgLevel.HOSPITAL, OrgLevel.HEALTH_CENTER, OrgLevel.HEALTH_POST)
LEVEL_ORDER = {level.value: rank for rank, level in enumerate(FACILITY_LEVELS)}
KIND_LABELS: dict[str, str] = {
    AssessmentKind.PRE_TEST: "Pre-test (baseline)", AssessmentKind.COACHING: "Coaching assessment",
    AssessmentKind.POST_MENTORSHIP: "Post-mentorship assessment",
    AssessmentKind.BASELINE: "Facility baseline", AssessmentKind.SUPERVISION: "Supervision",
}


A_COACHING_PLAN = QT_TRANSLATE_NOOP("Rules", "This coaching plan")


def person_detail(cadre: str, place: PlaceChoice | None) -> str:
    """What tells a person apart in the look-ups: the cadre and where they work."""
    return cadre.replace("_", " ") + (f", {place.name}" if place is not None else "")


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class EntryPreview:
    """The running score of a half-entered checklist and what it would decide."""

    done: int
    applicable: int
    unanswered: int
    percent: float | None
    critical_not_done: tuple[str, ...]
    critical_unanswered: tuple[str, ...]
    threshold: float
    decides: bool  # a post-mentorship assessment: it validates or not

    @property
    def would_validate(self) -> bool:
        return (self.decides and self.unanswered == 0 and self.percent is not None
                and self.percent >= self.threshold and not self.critical_not_done)


@dataclass(frozen=True)
class MatrixMentee:
    id: int
    name: str
    cadre: str
    facility: str


@dataclass(frozen=True)
class Competency:
    code: str
    title: str


@dataclass(frozen=True)
class ProgressMatrix:
    mentees: tuple[MatrixMentee, ...]
    competencies: tuple[Competency, ...]
    cells: Mapping[tuple[int, str], ProgressRow]  # (mentee id, form code); absent: not planned


@dataclass(frozen=True)
class CompetencyOverview:
    code: str
    title: str
    baseline: float | None
    latest: float | None
    assessments: int
    validated_on: dt.date | None
    trend: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class MenteeOverview:
    person_id: int
    name: str
    cadre: str
    facility: str
    technical_areas: tuple[str, ...]
    competencies: tuple[CompetencyOverview, ...]
    fully_validated: bool

    @property
    def validated_count(self) -> int:
        return sum(1 for c in self.competencies if c.validated_on is not None)


@dataclass(frozen=True)
class CoachingPlanData:
    """A coaching plan as shown and edited; ``plan_id`` None until saved."""

    mentee_id: int
    form_code: str
    gaps: str
    planned_actions: str
    target_date: dt.date | None
    status: str = CoachingPlanStatus.OPEN.value
    plan_id: int | None = None
    version_id: int | None = None


# --------------------------------------------------------------------------- pure helpers


def preview_entry(form: FormDefinition, kind: AssessmentKind | str,
                  results: Mapping[str, ItemResult]) -> EntryPreview:
    """Score what has been answered so far; unanswered critical steps are listed apart."""
    answered = {i.code: results[i.code] for i in form.items if i.code in results}
    partial = score(answered, ())
    critical = [i.code for i in form.items if i.critical]
    return EntryPreview(
        done=partial.done, applicable=partial.applicable,
        unanswered=len(form.items) - len(answered), percent=partial.percent,
        critical_not_done=tuple(c for c in critical if answered.get(c) is ItemResult.NOT_DONE),
        critical_unanswered=tuple(c for c in critical if c not in answered),
        threshold=form.pass_threshold, decides=kind == AssessmentKind.POST_MENTORSHIP)


def _printable_form(stored: StoredForm, catalog: FormCatalog,
                    language: str = "en") -> FormDefinition:
    """The form version an assessment was scored on, rebuilt from the database.

    In ``language`` only when the catalog's form is that same version; else in English, as stored.
    """
    current = catalog.get(stored.code)
    if (language != "en" and current is not None and current.version == stored.version
            and [i.code for i in current.items] == [i.code for i in stored.items]):
        return current.in_language(language)
    guidance = ({i.code: i.guidance for i in current.items}
                if current is not None and current.version == stored.version else {})
    sections: list[FormSection] = []
    for item in stored.items:
        if not sections or sections[-1].title != item.section:
            sections.append(FormSection(item.section, ()))
        entry = FormItem(item.code, item.text, item.critical, guidance.get(item.code, ""),
                         item.section)
        sections[-1] = replace(sections[-1], items=(*sections[-1].items, entry))
    return FormDefinition(
        code=stored.code, title=stored.title, version=stored.version,
        technical_area=stored.technical_area, kind=stored.kind,
        levels=current.levels if current else (), cadres=current.cadres if current else (),
        pass_threshold=stored.pass_threshold,
        accepted_versions=current.accepted_versions if current else (),
        sections=tuple(sections), source_path=current.source_path if current else "")


def _plan_lines(plans: Iterable[CoachingPlan]) -> list[tuple[str, str, dt.date | None]]:
    """Gap / action pairs: line by line when a plan's two texts pair up, else one per plan."""
    lines = []
    for plan in plans:
        gaps = [g for g in plan.gaps.splitlines() if g.strip()]
        actions = [a for a in plan.planned_actions.splitlines() if a.strip()]
        if gaps and len(gaps) == len(actions):
            lines += [(f"{plan.form_code} {g}", a, plan.target_date)
                      for g, a in zip(gaps, actions, strict=True)]
        elif gaps or actions:
            lines.append((f"{plan.form_code}: " + "; ".join(gaps), "; ".join(actions),
                          plan.target_date))
    return lines


def _plan_data(plan: CoachingPlan) -> CoachingPlanData:
    return CoachingPlanData(plan.mentee_id, plan.form_code, plan.gaps, plan.planned_actions,
                            plan.target_date, plan.status, plan.id, plan.version_id)


# --------------------------------------------------------------------------- the service


class ChecklistService:
    """Checklist use cases over a session factory and the form catalog read at start-up."""

    def __init__(self, session_factory: sessionmaker[Session], catalog: FormCatalog) -> None:
        self.session_factory = session_factory
        self.catalog = catalog

    def _read(self, work: Callable[[Session], T]) -> T:
        with self.session_factory() as session:
            return work(session)

    def _write(self, work: Callable[[Session], T]) -> T:
        with unit_of_work(self.session_factory) as session:
            return work(session)

    # ----- forms

    def forms(self, language: str = "en") -> list[FormChoice]:
        """Every form of the catalog (labelled in ``language``), then the unusable files."""
        return self._read(lambda session: self._forms(session, language))

    def _forms(self, session: Session, language: str = "en") -> list[FormChoice]:
        stored = {(code, version): digest for code, version, digest in session.execute(
            select(StoredForm.code, StoredForm.version, StoredForm.content_hash))}
        choices = []
        for form in self.catalog.forms:
            label = f"{form.code} · {form.in_language(language).title} (v{form.version})"
            known = stored.get((form.code, form.version))
            if known == content_hash(form):
                choices.append(FormChoice(form.code, label, form.kind, True))
            else:
                problem = (f"{form.source_path}: the steps changed but 'version' did not; raise "
                           "the version number" if known else "not yet stored: restart the app")
                choices.append(FormChoice(form.code, label, form.kind, False, problem))
        for error in self.catalog.errors:
            choices.append(FormChoice("", error.file_name, "", False, str(error)))
        return choices

    # ----- lookups for the completers

    def search_mentees(self, text: str, limit: int = SEARCH_LIMIT) -> list[PersonChoice]:
        """Active people whose name, code or phone contains the text (accents ignored)."""
        return self._read(lambda s: self._people(s, text, limit, mentors_only=False))

    def search_assessors(self, text: str, limit: int = SEARCH_LIMIT) -> list[PersonChoice]:
        """Active mentors by name."""
        return self._read(lambda s: self._people(s, text, limit, mentors_only=True))

    def _people(self, session: Session, text: str, limit: int,
                *, mentors_only: bool) -> list[PersonChoice]:
        key = fold(clean_search(text))
        if not key:
            return []
        query = (select(Person).where(Person.active.is_(True),
                                      Person.search_key.like(like_contains(key),
                                                             escape=LIKE_ESCAPE))
                 .order_by(Person.last_name, Person.first_name, Person.id).limit(limit))
        if mentors_only:
            query = query.join(Mentor, Mentor.person_id == Person.id).where(
                Mentor.active.is_(True))
        people = list(session.scalars(query))
        places = self._places(session, [p.id for p in people])
        return [PersonChoice(p.id, p.full_name, person_detail(p.cadre, places.get(p.id)),
                             places.get(p.id))
                for p in people]

    @staticmethod
    def _places(session: Session, person_ids: list[int]) -> dict[int, PlaceChoice]:
        """Where each person works: the active enrolment's facility, else the current posting."""
        places: dict[int, PlaceChoice] = {}
        postings = (select(Posting.person_id, OrgUnit.id, OrgUnit.name, OrgUnit.level)
                    .join(OrgUnit, OrgUnit.id == Posting.org_unit_id)
                    .where(Posting.person_id.in_(person_ids), Posting.end_date.is_(None))
                    .order_by(Posting.start_date))
        enrolments = (select(MenteeEnrolment.person_id, OrgUnit.id, OrgUnit.name, OrgUnit.level)
                      .join(OrgUnit, OrgUnit.id == MenteeEnrolment.org_unit_id)
                      .where(MenteeEnrolment.person_id.in_(person_ids),
                             MenteeEnrolment.status == EnrolmentStatus.ACTIVE.value)
                      .order_by(MenteeEnrolment.enrolled_on))
        for query in (postings, enrolments):  # later rows win: enrolments over postings
            for person_id, unit_id, name, level in session.execute(query):
                places[person_id] = PlaceChoice(unit_id, name, level)
        return places

    def search_facilities(self, text: str, limit: int = SEARCH_LIMIT) -> list[PlaceChoice]:
        """Active hospitals, health centers and health posts whose name or code contains text."""
        pattern = like_contains(text.lower())
        return self._read(lambda s: [PlaceChoice(*row) for row in s.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.level)
            .where(OrgUnit.active.is_(True), OrgUnit.level.in_(list(LEVEL_ORDER)),
                   or_(func.lower(OrgUnit.name).like(pattern, escape=LIKE_ESCAPE),
                       func.lower(OrgUnit.code).like(pattern, escape=LIKE_ESCAPE)))
            .order_by(OrgUnit.name).limit(limit))])

    def validated_on(self, person_id: int, form_code: str) -> dt.date | None:
        return self._read(lambda s: s.scalar(select(Validation.validated_on).where(
            Validation.mentee_id == person_id, Validation.form_code == form_code)))

    # ----- recording

    def check_assessment(self, data: AssessmentInput) -> list[Violation]:
        """What the entry breaks that a written reason may override: an assessor who is no
        mentor of the form's area, a mentee not posted at the facility that day."""
        return self._read(lambda s: assessment_breaches(s, data))

    @requires(Permission.ASSESSMENTS)
    def record(self, data: AssessmentInput, today: dt.date,
               override_reason: str | None = None) -> AssessmentOutcome:
        """Save one assessment in its own transaction; raises AssessmentRefused as is, and
        RuleRefused (overridable) when it breaks `check_assessment`'s rules without a reason."""
        def work(session: Session) -> AssessmentOutcome:
            reason = checked_override(session, data, override_reason)
            outcome = record_assessment(session, data, self.catalog, today)
            _keep_override(session, outcome.assessment_id, reason)
            return outcome
        return self._write(work)

    @requires(Permission.ASSESSMENTS)
    def correct(self, assessment_id: int, version: int, data: AssessmentInput,
                today: dt.date, override_reason: str | None = None) -> AssessmentOutcome:
        """Replace a saved assessment, as read at `version`, by its corrected entry (a mentor
        corrects only the assessments they entered); the same checks as `record`."""
        def work(session: Session) -> AssessmentOutcome:
            expect_own_assessment(session, assessment_id)
            reason = checked_override(session, data, override_reason)
            outcome = correct_assessment(session, assessment_id, version, data, self.catalog,
                                         today)
            _keep_override(session, outcome.assessment_id, reason)
            return outcome
        return self._write(work)

    @requires(Permission.ASSESSMENTS)
    def delete(self, assessment_id: int, version: int) -> None:
        """Remove an assessment entered by mistake, as read at `version` (a mentor removes only
        the assessments they entered)."""
        def work(session: Session) -> None:
            expect_own_assessment(session, assessment_id)
            delete_assessment(session, assessment_id, version, self.catalog)
        self._write(work)

    # ----- progress tracker

    def tracker_facilities(self) -> list[PlaceChoice]:
        """Facilities with active mentee enrolments, for the tracker's filter."""
        return sorted(self._read(lambda s: [PlaceChoice(*row) for row in s.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.level).distinct()
            .join(MenteeEnrolment, MenteeEnrolment.org_unit_id == OrgUnit.id)
            .where(MenteeEnrolment.status == EnrolmentStatus.ACTIVE.value)
            .order_by(OrgUnit.name))]), key=lambda f: LEVEL_ORDER.get(f.level, 9))

    def technical_areas(self) -> list[AreaChoice]:
        return self._read(lambda s: [AreaChoice(*row) for row in s.execute(
            select(TechnicalArea.code, TechnicalArea.name)
            .where(TechnicalArea.level == "facility").order_by(TechnicalArea.position))])

    def progress_matrix(self, facility_id: int | None = None,
                        area: str | None = None) -> ProgressMatrix:
        rows = self._read(lambda s: progress.progress_matrix(s, facility_id, area))
        mentees: dict[int, MatrixMentee] = {}
        cells: dict[tuple[int, str], ProgressRow] = {}
        for row in rows:
            mentees.setdefault(row.mentee_id, MatrixMentee(row.mentee_id, row.mentee_name,
                                                           row.cadre, row.facility))
            cells[(row.mentee_id, row.form_code)] = row
        codes = {code for _, code in cells}
        return ProgressMatrix(tuple(mentees.values()), self._competencies(codes), cells)

    def _competencies(self, codes: Iterable[str]) -> tuple[Competency, ...]:
        """In catalog order, then codes no longer in the catalog."""
        wanted = set(codes)
        known = [Competency(f.code, f.title) for f in self.catalog.forms if f.code in wanted]
        missing = sorted(wanted - {c.code for c in known})
        return tuple(known) + tuple(Competency(code, code) for code in missing)

    # ----- mentee page

    def mentee_overview(self, person_id: int) -> MenteeOverview:
        return self._read(lambda s: self._overview(s, person_id))

    def _overview(self, session: Session, person_id: int) -> MenteeOverview:
        person = session.get(Person, person_id)
        if person is None:
            raise LookupError(f"No person with id {person_id}")
        enrolments = list(session.execute(
            select(MenteeEnrolment.technical_area, PlannedCompetency.form_code)
            .join(PlannedCompetency, PlannedCompetency.enrolment_id == MenteeEnrolment.id)
            .where(MenteeEnrolment.person_id == person_id,
                   MenteeEnrolment.status == EnrolmentStatus.ACTIVE.value)))
        assessed = session.scalars(
            select(StoredForm.code).distinct().join(Assessment, Assessment.form_id == StoredForm.id)
            .where(Assessment.mentee_id == person_id))
        validated = dict(session.execute(select(Validation.form_code, Validation.validated_on)
                                         .where(Validation.mentee_id == person_id)).all())
        codes = {code for _, code in enrolments} | set(assessed)
        competencies = tuple(
            _competency(c, tuple(progress.score_trend(session, person_id, c.code)),
                        validated.get(c.code)) for c in self._competencies(codes))
        place = self._places(session, [person_id]).get(person_id)
        return MenteeOverview(person_id, person.full_name, person.cadre,
                              place.name if place is not None else "",
                              tuple(sorted({area for area, _ in enrolments})), competencies,
                              progress.fully_validated(session, person_id))

    # ----- coaching plans

    def propose_coaching_plan(self, person_id: int, form_code: str,
                              today: dt.date) -> CoachingPlanData:
        """A fresh proposal from the repeated gaps; not saved."""
        plan = self._read(lambda s: progress.propose_coaching_plan(s, person_id, form_code, today))
        return CoachingPlanData(person_id, form_code, plan.gaps, plan.planned_actions,
                                plan.target_date)

    def coaching_plan(self, person_id: int, form_code: str, today: dt.date) -> CoachingPlanData:
        """The latest open saved plan for the competency, else a proposal."""
        saved = self._read(lambda s: s.scalars(
            select(CoachingPlan).where(CoachingPlan.mentee_id == person_id,
                                       CoachingPlan.form_code == form_code,
                                       CoachingPlan.status == CoachingPlanStatus.OPEN.value)
            .order_by(CoachingPlan.id.desc())).first())
        if saved is not None:
            return _plan_data(saved)
        return self.propose_coaching_plan(person_id, form_code, today)

    @requires(Permission.ASSESSMENTS)
    def save_coaching_plan(self, data: CoachingPlanData) -> CoachingPlanData:
        """Insert a new plan or update a saved one; refused if another PC changed it."""
        return self._write(lambda s: self._save_plan(s, data))

    @staticmethod
    def _save_plan(session: Session, data: CoachingPlanData) -> CoachingPlanData:
        if data.plan_id is None:
            plan = CoachingPlan(mentee_id=data.mentee_id, form_code=data.form_code)
        else:
            found = session.get(CoachingPlan, data.plan_id)
            if found is None:
                raise changed_elsewhere(A_COACHING_PLAN)
            expect_version(found, data.version_id, A_COACHING_PLAN)
            plan = found
        plan.gaps, plan.planned_actions = data.gaps.strip(), data.planned_actions.strip()
        plan.target_date, plan.status = data.target_date, data.status
        plan = progress.save_coaching_plan(session, plan)
        return _plan_data(plan)

    # ----- printing

    def filled_assessment_data(self, assessment_id: int,
                               language: str = "en") -> FilledAssessment:
        return self._read(lambda s: self._filled(s, assessment_id, language))

    def _filled(self, session: Session, assessment_id: int,
                language: str = "en") -> FilledAssessment:
        found = session.get(Assessment, assessment_id)
        if found is None:
            raise LookupError(f"No assessment with id {assessment_id}")
        form = _printable_form(found.form, self.catalog, language)
        item_codes = dict(session.execute(select(StoredItem.id, StoredItem.code)
                                          .where(StoredItem.form_id == found.form_id)).all())
        facility = session.get(OrgUnit, found.org_unit_id)
        return FilledAssessment(
            form=form, mentee_name=found.mentee.full_name if found.mentee else None,
            facility_name=facility.name if facility else "", assessed_on=found.assessed_on,
            assessor_name=found.assessor.full_name if found.assessor else "",
            kind_label=KIND_LABELS.get(found.kind, found.kind),
            results={item_codes[r.item_id]: r.result for r in found.results},
            notes={item_codes[r.item_id]: r.note for r in found.results if r.note},
            score_percent=found.score_pct, done=found.done_count,
            applicable=found.applicable_count, all_critical_done=found.all_critical_done,
            validated=_printed_outcome(session, found, form),
            strengths=found.strengths or "", to_improve=found.to_improve or "")

    def progress_sheet_data(self, person_id: int, language: str = "en") -> ProgressSheet:
        """The progress sheet without its chart; the caller adds ``trend_png`` if it draws one.

        Competencies are named in ``language`` where the catalog's form has their title.
        """
        overview = self.mentee_overview(person_id)
        plans, mentor = self._read(lambda s: self._sheet_extras(s, person_id))
        return ProgressSheet(
            mentee_name=overview.name, cadre=overview.cadre.replace("_", " "),
            facility=overview.facility, technical_area=", ".join(overview.technical_areas),
            rows=[CompetencyProgress(c.code, self._form_title(c.code, c.title, language),
                                     c.baseline, c.latest, c.assessments, c.validated_on)
                  for c in overview.competencies],
            coaching_plan=[CoachingPlanLine(*line) for line in plans], mentor_name=mentor)

    def _form_title(self, code: str, title: str, language: str) -> str:
        form = self.catalog.get(code)
        return form.in_language(language).title if form is not None else title

    @staticmethod
    def _sheet_extras(session: Session, person_id: int) -> tuple[list[Any], str | None]:
        plans = session.scalars(select(CoachingPlan).where(
            CoachingPlan.mentee_id == person_id,
            CoachingPlan.status == CoachingPlanStatus.OPEN.value).order_by(CoachingPlan.id))
        assessor = session.scalars(
            select(Person).join(Assessment, Assessment.assessor_id == Person.id)
            .where(Assessment.mentee_id == person_id)
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())).first()
        return _plan_lines(plans), assessor.full_name if assessor else None


def _keep_override(session: Session, assessment_id: int, reason: str | None) -> None:
    assessment = session.get(Assessment, assessment_id)
    if assessment is not None and assessment.override_reason != reason:
        assessment.override_reason = reason
        session.flush()


def _competency(competency: Competency, trend: tuple[TrendPoint, ...],
                validated_on: dt.date | None) -> CompetencyOverview:
    return CompetencyOverview(
        competency.code, competency.title, trend[0].score if trend else None,
        trend[-1].score if trend else None, len(trend), validated_on, trend)


def _printed_outcome(session: Session, found: Assessment, form: FormDefinition) -> bool:
    """Target met (facility tools); validated: a passing post-mentorship of a validated mentee."""
    passes = (found.score_pct is not None and found.score_pct >= form.pass_threshold
              and found.all_critical_done)
    if found.kind in FACILITY_ASSESSMENT_KINDS or not passes:
        return passes
    return found.kind == AssessmentKind.POST_MENTORSHIP and session.scalar(
        select(Validation.id).where(Validation.mentee_id == found.mentee_id,
                                    Validation.form_code == form.code)) is not None
