"""Recording an assessment, scoring it, and validating the mentee when it passes.

Validation rule: a post-mentorship assessment on the form's current version (or a version the
current file lists in ``accepted_versions``) that scores at least the form's threshold with every
applicable critical step done. The earliest such assessment (by its date, whatever the order the
paper forms were entered in) validates the mentee on the competency; later assessments, passed or
failed, do not change it: a validation is history. Correcting or deleting an assessment moves the
validation to the earliest one that still qualifies, or removes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.access import ACTOR_KEY, NOT_YOURS, Permission
from ..core.refusals import RuleRefused, rule
from ..core.writes import expect_version
from ..data.enums import FACILITY_ASSESSMENT_KINDS, AssessmentKind, FormKind, ItemResult
from ..data.models import (
    Assessment,
    AssessmentItemResult,
    AuditEntry,
    FormDefinition,
    FormItem,
    OrgUnit,
    Person,
    Validation,
)
from ..text import QT_TRANSLATE_NOOP
from .forms import FormCatalog
from .scoring import Score, score

AN_ASSESSMENT = QT_TRANSLATE_NOOP("Rules", "This assessment")


class AssessmentRefused(Exception):
    """The assessment cannot be saved as entered; problems name the fields to correct."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems  # (field, message)


@dataclass(frozen=True)
class AssessmentInput:
    form_code: str
    kind: AssessmentKind
    assessed_on: dt.date
    org_unit_id: int
    results: Mapping[str, ItemResult]  # item code -> result, every item of the form
    mentee_id: int | None = None
    assessor_id: int | None = None
    visit_id: int | None = None
    form_version: int | None = None  # None: the latest version stored
    notes: Mapping[str, str] = field(default_factory=dict)
    strengths: str = ""
    to_improve: str = ""


@dataclass(frozen=True)
class AssessmentOutcome:
    assessment_id: int
    score: Score
    passed: bool
    validated_now: bool
    validated_before: dt.date | None


def stored_form(session: Session, code: str, version: int | None = None) -> FormDefinition | None:
    query = select(FormDefinition).where(FormDefinition.code == code)
    if version is not None:
        query = query.where(FormDefinition.version == version)
    return session.scalars(query.order_by(FormDefinition.version.desc())).first()


def version_counts_for_validation(catalog: FormCatalog, code: str, version: int) -> bool:
    """The current file's version, or one it still accepts."""
    current = catalog.get(code)
    if current is None:
        return False
    return version == current.version or version in current.accepted_versions


def _problems(session: Session, data: AssessmentInput, form: FormDefinition | None,
              today: dt.date) -> list[tuple[str, str]]:
    if form is None:
        return [("form", f"There is no checklist {data.form_code}"
                 + (f" version {data.form_version}." if data.form_version else "."))]
    problems = []
    facility_tool = form.kind == FormKind.FACILITY.value
    if facility_tool and data.kind not in FACILITY_ASSESSMENT_KINDS:
        problems.append(("kind", f"{form.code} is a facility tool: use it for a baseline or a "
                         "supervision, not a mentee assessment."))
    if not facility_tool and data.kind in FACILITY_ASSESSMENT_KINDS:
        problems.append(("kind", f"{form.code} scores a mentee: choose pre-test, coaching or "
                         "post-mentorship."))
    if not facility_tool and data.mentee_id is None:
        problems.append(("mentee", "Choose the mentee who was assessed."))
    if data.mentee_id is not None and session.get(Person, data.mentee_id) is None:
        problems.append(("mentee", "That mentee is not in the registry."))
    if session.get(OrgUnit, data.org_unit_id) is None:
        problems.append(("facility", "Choose the facility where the assessment took place."))
    if data.assessed_on > today:
        problems.append(("date", f"The date {data.assessed_on:%d %b %Y} is in the future."))
    codes = [item.code for item in form.items]
    missing = [code for code in codes if code not in data.results]
    if missing:
        problems.append(("results", f"{len(missing)} step(s) have no answer yet: "
                         f"{', '.join(missing[:5])}{'…' if len(missing) > 5 else ''}."))
    unknown = sorted(set(data.results) - set(codes))
    if unknown:
        problems.append(("results", f"Steps not on {form.code} v{form.version}: "
                         f"{', '.join(unknown)}."))
    return problems


def record_assessment(session: Session, data: AssessmentInput, catalog: FormCatalog,
                      today: dt.date) -> AssessmentOutcome:
    """Save a complete assessment with its item results, and validate when the rule says so."""
    form = _checked_form(session, data, today)
    _lock_mentee(session, data.mentee_id)
    before = _validated_on(session, data.mentee_id, form.code) if data.mentee_id else None
    assessment = Assessment()
    outcome = _fill(assessment, form, data)
    session.add(assessment)
    session.flush()
    return _validated(session, assessment, form, data, outcome, before, catalog)


def correct_assessment(session: Session, assessment_id: int, version: int,
                       data: AssessmentInput, catalog: FormCatalog,
                       today: dt.date) -> AssessmentOutcome:
    """Replace a saved assessment (as read at `version`) by its corrected entry; the mentee's
    validation follows (it may move to another date, or go)."""
    assessment = _assessment(session, assessment_id, version)
    form = _checked_form(session, data, today)
    before_key = (assessment.mentee_id, assessment.form.code)
    for mentee_id in sorted({m for m in (assessment.mentee_id, data.mentee_id) if m}):
        _lock_mentee(session, mentee_id)
    before = _validated_on(session, data.mentee_id, form.code) if data.mentee_id else None
    outcome = _fill(assessment, form, data)
    session.flush()
    if before_key[0] and before_key != (data.mentee_id, form.code):
        refresh_validation(session, before_key[0], before_key[1], catalog)
    return _validated(session, assessment, form, data, outcome, before, catalog)


def _validated(session: Session, assessment: Assessment, form: FormDefinition,
               data: AssessmentInput, outcome: Score, before: dt.date | None,
               catalog: FormCatalog) -> AssessmentOutcome:
    """The mentee's validation brought up to date with the saved assessment, and the outcome
    the entry screen reports (`before`: the validation date before this save)."""
    validation = (refresh_validation(session, data.mentee_id, form.code, catalog)
                  if data.mentee_id else None)
    passed = data.kind == AssessmentKind.POST_MENTORSHIP and outcome.passes(form.pass_threshold)
    validated_now = (validation is not None and validation.assessment_id == assessment.id
                     and before is None)
    return AssessmentOutcome(assessment.id, outcome, passed, validated_now, before)


def delete_assessment(session: Session, assessment_id: int, version: int,
                      catalog: FormCatalog) -> None:
    """Remove an assessment entered by mistake (as read at `version`); the mentee's validation
    moves to their next qualifying assessment, or goes."""
    assessment = _assessment(session, assessment_id, version)
    mentee_id, form_code = assessment.mentee_id, assessment.form.code
    _lock_mentee(session, mentee_id)
    validation = session.scalar(select(Validation).where(
        Validation.assessment_id == assessment.id))
    if validation is not None:  # it points at the assessment going away
        session.delete(validation)
    session.delete(assessment)
    session.flush()
    if mentee_id:
        refresh_validation(session, mentee_id, form_code, catalog)


def expect_own_assessment(session: Session, assessment_id: int) -> None:
    """Unless the acting user may correct anyone's assessments, the assessment must be theirs:
    they entered it (the audit trail says so) or they are its assessor."""
    actor = session.info.get(ACTOR_KEY)
    if actor is None or actor.may(Permission.ANY_ASSESSMENT):
        return
    entered_by = session.scalar(select(AuditEntry.username).where(
        AuditEntry.table_name == Assessment.__tablename__,
        AuditEntry.record_id == assessment_id, AuditEntry.action == "insert"))
    assessor = session.scalar(select(Assessment.assessor_id).where(
        Assessment.id == assessment_id))
    if entered_by != actor.username and (assessor is None or assessor != actor.person_id):
        raise RuleRefused([rule("not_yours", NOT_YOURS, user=actor.username)])


def refresh_validation(session: Session, mentee_id: int, form_code: str,
                       catalog: FormCatalog) -> Validation | None:
    """Make the mentee's validation on the competency the earliest qualifying post-mentorship
    assessment (by date, then by entry), whatever the order the paper forms were entered in;
    remove it when none qualifies any more."""
    candidates = session.execute(
        select(Assessment, FormDefinition.version)
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(Assessment.mentee_id == mentee_id, FormDefinition.code == form_code,
               Assessment.kind == AssessmentKind.POST_MENTORSHIP.value,
               Assessment.all_critical_done.is_(True),
               Assessment.score_pct >= FormDefinition.pass_threshold)
        .order_by(Assessment.assessed_on, Assessment.id)).all()
    earliest = next((a for a, version in candidates
                     if version_counts_for_validation(catalog, form_code, version)), None)
    validation = session.scalar(select(Validation).where(
        Validation.mentee_id == mentee_id, Validation.form_code == form_code))
    if earliest is None:
        if validation is not None:
            session.delete(validation)
            session.flush()
        return None
    if validation is None:
        validation = Validation(mentee_id=mentee_id, form_code=form_code)
        session.add(validation)
    validation.assessment_id, validation.assessor_id = earliest.id, earliest.assessor_id
    validation.validated_on = earliest.assessed_on
    session.flush()
    return validation


def _checked_form(session: Session, data: AssessmentInput, today: dt.date) -> FormDefinition:
    form = stored_form(session, data.form_code, data.form_version)
    problems = _problems(session, data, form, today)
    if problems:
        raise AssessmentRefused(problems)
    assert form is not None
    return form


def _fill(assessment: Assessment, form: FormDefinition, data: AssessmentInput) -> Score:
    """Write the entry and its score into the assessment; returns the score."""
    outcome = score(data.results, (item.code for item in form.items if item.critical))
    assessment.form_id, assessment.kind = form.id, AssessmentKind(data.kind).value
    assessment.mentee_id, assessment.org_unit_id = data.mentee_id, data.org_unit_id
    assessment.assessor_id, assessment.visit_id = data.assessor_id, data.visit_id
    assessment.assessed_on, assessment.done_count = data.assessed_on, outcome.done
    assessment.applicable_count, assessment.score_pct = outcome.applicable, outcome.percent
    assessment.all_critical_done = outcome.all_critical_done
    assessment.strengths = data.strengths.strip() or None
    assessment.to_improve = data.to_improve.strip() or None
    assessment.results = [
        AssessmentItemResult(item_id=item.id, result=ItemResult(data.results[item.code]).value,
                             note=(data.notes.get(item.code) or "").strip() or None)
        for item in form.items
    ]
    return outcome


def _assessment(session: Session, assessment_id: int, version: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise AssessmentRefused([("assessment", "This assessment was removed on another PC.")])
    expect_version(assessment, version, AN_ASSESSMENT)
    return assessment


def _lock_mentee(session: Session, mentee_id: int | None) -> None:
    """Two PCs saving assessments of one mentee take turns (PostgreSQL row lock; SQLite's write
    transactions take turns already), so the validation each computes sees the other's."""
    if mentee_id is not None:
        session.execute(select(Person.id).where(Person.id == mentee_id).with_for_update())


def _validated_on(session: Session, mentee_id: int, form_code: str) -> dt.date | None:
    return session.scalar(select(Validation.validated_on).where(
        Validation.mentee_id == mentee_id, Validation.form_code == form_code))


def form_items(session: Session, form_id: int) -> list[FormItem]:
    return list(session.scalars(select(FormItem).where(FormItem.form_id == form_id)
                                .order_by(FormItem.position)))
