"""Recording an assessment, scoring it, and validating the mentee when it passes.

Validation rule: a post-mentorship assessment on the form's current version (or a version the
current file lists in ``accepted_versions``) that scores at least the form's threshold with every
applicable critical step done. The first such assessment validates the mentee on the competency;
later assessments, passed or failed, do not change it: a validation is history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.enums import FACILITY_ASSESSMENT_KINDS, AssessmentKind, FormKind, ItemResult
from ..data.models import Assessment, AssessmentItemResult, FormDefinition, FormItem, Validation
from ..data.models import OrgUnit, Person
from .forms import FormCatalog
from .scoring import Score, score


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
    form = stored_form(session, data.form_code, data.form_version)
    problems = _problems(session, data, form, today)
    if problems:
        raise AssessmentRefused(problems)
    assert form is not None
    outcome = score(data.results, (item.code for item in form.items if item.critical))
    assessment = Assessment(
        form_id=form.id, kind=AssessmentKind(data.kind).value, mentee_id=data.mentee_id,
        org_unit_id=data.org_unit_id, assessor_id=data.assessor_id, visit_id=data.visit_id,
        assessed_on=data.assessed_on, done_count=outcome.done,
        applicable_count=outcome.applicable, score_pct=outcome.percent,
        all_critical_done=outcome.all_critical_done,
        strengths=data.strengths.strip() or None, to_improve=data.to_improve.strip() or None)
    assessment.results = [
        AssessmentItemResult(item_id=item.id, result=ItemResult(data.results[item.code]).value,
                             note=(data.notes.get(item.code) or "").strip() or None)
        for item in form.items
    ]
    session.add(assessment)
    session.flush()
    passed = data.kind == AssessmentKind.POST_MENTORSHIP and outcome.passes(form.pass_threshold)
    before = _validated_on(session, data.mentee_id, form.code) if data.mentee_id else None
    validated_now = (passed and before is None
                     and version_counts_for_validation(catalog, form.code, form.version))
    if validated_now:
        session.add(Validation(mentee_id=data.mentee_id, form_code=form.code,
                               assessment_id=assessment.id, assessor_id=data.assessor_id,
                               validated_on=data.assessed_on))
        session.flush()
    return AssessmentOutcome(assessment.id, outcome, passed, validated_now, before)


def _validated_on(session: Session, mentee_id: int, form_code: str) -> dt.date | None:
    return session.scalar(select(Validation.validated_on).where(
        Validation.mentee_id == mentee_id, Validation.form_code == form_code))


def form_items(session: Session, form_id: int) -> list[FormItem]:
    return list(session.scalars(select(FormItem).where(FormItem.form_id == form_id)
                                .order_by(FormItem.position)))
