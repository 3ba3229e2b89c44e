"""Importing assessments: with step results, or score-only rows from legacy trackers.

With step results, a row goes through `record_assessment`, which scores it and validates the
mentee exactly as an assessment typed in the app would.

Score-only rows (legacy trackers) are stored as an Assessment with no step results: score_pct
is the tracker's score; applicable_count is the number of steps of the checklist's version and
done_count = score x steps, rounded, so the counts agree with the score as far as whole steps
allow. Can such a row validate? A score alone cannot show that every critical step was done,
which the office's rule requires. So a legacy row validates the mentee only when the tracker
itself records the validation (column 'Validated' = yes) on a post-mentorship assessment whose
score reaches the checklist's threshold, on a version the current checklist accepts; the
tracker's word then stands for the critical steps (all_critical_done is set from it). A row
claiming validation that breaks the threshold or is not post-mentorship is refused as
inconsistent. Without that column, legacy rows never validate: all_critical_done is False
(not shown), and the mentee's history keeps the scores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from sqlalchemy import and_, select

from ..checklists.assessments import (
    AssessmentInput,
    record_assessment,
    refresh_validation,
    stored_form,
)
from ..checklists.scoring import score as score_results
from ..data.enums import FACILITY_ASSESSMENT_KINDS, AssessmentKind, FormKind, ItemResult
from ..data.models import (
    Assessment,
    AssessmentItemResult,
    FormDefinition,
    Posting,
)
from . import values, vocabulary
from .rows import Handler, PersonRef, Refusal, RowReader, blank_keeps, read_person, refuse


def _catalog(handler: Handler):  # type: ignore[no-untyped-def]
    if handler.catalog is None:
        from ..checklists.forms import default_forms_dir, load_catalog

        handler.catalog = load_catalog(default_forms_dir())
    return handler.catalog


@dataclass(frozen=True)
class Common:
    form_id: int
    form_code: str
    form_version: int
    kind: AssessmentKind
    mentee_id: int | None
    who: str
    facility_id: int | None
    assessed_on: dt.date
    assessor_id: int | None


class _AssessmentBase(Handler):
    fields_for: ClassVar[dict[str, str]] = {
        "form": "form", "kind": "kind", "mentee": "mentee_last_name", "facility": "facility",
        "date": "assessed_on",
    }
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._forms: dict[tuple[str, int | None], FormDefinition | None] = {}
        self._reported: set[tuple[str, str]] = set()  # steps without a column, said once

    def _form(self, row: RowReader, version: int | None = None) -> FormDefinition | None:
        code = row.read("form", values.text, "a checklist code", required=True)
        if code is None:
            return None
        key = (code.upper(), version)
        if key not in self._forms:
            self._forms[key] = stored_form(self.session, code.upper(), version)
        form = self._forms[key]
        if form is None:
            row.fail("form", f"There is no checklist {code}"
                     + (f" version {version}." if version else "."))
        return form

    def _common(self, row: RowReader, form: FormDefinition | None, kind: str | None,
                facility_required: bool) -> Common | None:
        ref = read_person(row, "mentee")
        mentee_id = None
        if ref.code or ref.first_name or ref.last_name:
            try:
                mentee_id = self.lookups.existing_person(ref, "mentee")
            except Refusal as refusal:
                row.add_refusal(refusal)
        facility = None
        code = row.read("facility", values.text, "a facility code", required=facility_required)
        if code is not None:
            try:
                facility = self.lookups.facility("facility", code)
            except Refusal as refusal:
                row.add_refusal(refusal)
        assessed_on = row.read("assessed_on", values.date, required=True)
        if assessed_on and assessed_on > self.today:
            row.fail("assessed_on", f"The date {assessed_on:%d %b %Y} is in the future.")
        assessor = self._assessor(row)
        if form is not None and form.kind == FormKind.MENTEE.value and mentee_id is None \
                and row.ok:
            row.fail("mentee_last_name", "Give the mentee's staff code, or first and last name.")
        if not row.ok or form is None or kind is None or assessed_on is None:
            return None
        return Common(form.id, form.code, form.version, AssessmentKind(kind), mentee_id,
                      ref.describe(), facility, assessed_on, assessor)

    def _assessor(self, row: RowReader) -> int | None:
        code = row.read("assessor_code", values.text, "a staff code")
        if code is None:
            return None
        found = self.lookups.find_person(PersonRef(code, None, None, None), same_phone=False)
        if found is None:
            row.fail("assessor_code", f"No one in the registry has the staff code {code}.")
        return found

    def key(self, parsed: Common) -> Hashable:
        c = self._c(parsed)
        who = c.mentee_id if c.mentee_id is not None else ("facility", c.facility_id)
        return (who, c.form_code, c.assessed_on, c.kind)

    def describe(self, parsed: Common) -> str:
        c = self._c(parsed)
        return f"{c.who or 'facility'}: {c.form_code} {c.kind.value} {c.assessed_on:%Y-%m-%d}"

    def _c(self, parsed: object) -> Common:
        return parsed if isinstance(parsed, Common) else parsed.common  # type: ignore[attr-defined]

    def find(self, parsed: object) -> Assessment | None:
        c = self._c(parsed)
        who = (Assessment.mentee_id == c.mentee_id if c.mentee_id is not None
               else and_(Assessment.mentee_id.is_(None), Assessment.org_unit_id == c.facility_id))
        return self.session.scalar(
            select(Assessment).join(FormDefinition, FormDefinition.id == Assessment.form_id)
            .where(FormDefinition.code == c.form_code, Assessment.assessed_on == c.assessed_on,
                   Assessment.kind == c.kind.value, who))

    def _validate(self, assessment: Assessment, form_code: str, version: int,
                  passed: bool) -> bool:
        """Whether the assessment now validates its mentee: the earliest qualifying one does
        (the validation moves to it from a later one entered before)."""
        if not passed or assessment.mentee_id is None:
            return False
        validation = refresh_validation(self.session, assessment.mentee_id, form_code,
                                        _catalog(self))
        return validation is not None and validation.assessment_id == assessment.id


# --- with step results ------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentRow:
    common: Common
    results: dict[str, ItemResult]
    strengths: str | None
    to_improve: str | None


class AssessmentRows(_AssessmentBase):
    def parse(self, row: RowReader) -> AssessmentRow | None:
        version = row.read("form_version", values.count, "a version number")
        form = self._form(row, version)
        kind = row.read("kind", values.choice, vocabulary.ASSESSMENT_KIND, "assessment kind",
                        required=True)
        common = self._common(row, form, kind, facility_required=True)
        results = self._results(row, form) if form is not None else {}
        strengths = row.read("strengths", values.text)
        to_improve = row.read("to_improve", values.text)
        if common is None or not row.ok:
            return None
        return AssessmentRow(common, results, strengths, to_improve)

    def _results(self, row: RowReader, form: FormDefinition) -> dict[str, ItemResult]:
        cells = row.items()
        codes = [item.code for item in form.items]
        reported = self._reported
        results = {}
        for code in codes:
            if code not in cells:
                if (form.code, code) not in reported:
                    reported.add((form.code, code))
                    row.fail(None, f"No column is headed '{code}', a step of {form.code} "
                             f"version {form.version}.")
                continue
            if values.is_blank(cells[code]):
                row.fail(code, f"Step {code} of {form.code} has no answer (done, not done or "
                         "N/A).")
                continue
            try:
                result = values.choice(cells[code], vocabulary.ITEM_RESULT, "step result")
            except values.BadValue as error:
                row.fail(code, str(error))
                continue
            if result is not None:
                results[code] = ItemResult(result)
        for code, cell in cells.items():
            if code not in codes and not values.is_blank(cell):
                row.fail(code, f"'{code}' is not a step of {form.code} version {form.version}.")
        return results

    def add(self, parsed: AssessmentRow) -> str:
        c = parsed.common
        assert c.facility_id is not None
        outcome = record_assessment(self.session, AssessmentInput(
            c.form_code, c.kind, c.assessed_on, c.facility_id, parsed.results, c.mentee_id,
            c.assessor_id, None, c.form_version, {}, parsed.strengths or "",
            parsed.to_improve or ""), _catalog(self), self.today)
        return "validates the mentee" if outcome.validated_now else ""

    def update(self, existing: Assessment, parsed: AssessmentRow) -> bool:
        c = parsed.common
        if existing.form_id != c.form_id:
            raise refuse("form_version", "The stored assessment was scored on another version "
                         "of the checklist: give its version in 'Checklist version'.")
        items = {r.item.code: r for r in existing.results}
        new = {code: result.value for code, result in parsed.results.items()}
        old = {code: r.result for code, r in items.items()}
        assessor = blank_keeps(c.assessor_id, existing.assessor_id)
        strengths = blank_keeps(parsed.strengths, existing.strengths)
        to_improve = blank_keeps(parsed.to_improve, existing.to_improve)
        if (new, assessor, strengths, to_improve) == (old, existing.assessor_id,
                                                      existing.strengths, existing.to_improve):
            return False
        form = self.session.get(FormDefinition, c.form_id)
        assert form is not None
        for item in form.items:
            if item.code in items:
                items[item.code].result = new[item.code]
            else:
                existing.results.append(AssessmentItemResult(item_id=item.id,
                                                             result=new[item.code]))
        outcome = score_results(new, (i.code for i in form.items if i.critical))
        existing.done_count, existing.applicable_count = outcome.done, outcome.applicable
        existing.score_pct, existing.all_critical_done = outcome.percent, outcome.all_critical_done
        existing.assessor_id, existing.strengths, existing.to_improve = (assessor, strengths,
                                                                         to_improve)
        self.session.flush()
        self._validate(existing, form.code, form.version, outcome.passes(form.pass_threshold))
        return True


# --- score only (legacy trackers) -------------------------------------------------------------


@dataclass(frozen=True)
class LegacyRow:
    common: Common
    score: float
    steps: int
    threshold: float
    validated: bool


class LegacyScoreRows(_AssessmentBase):
    def parse(self, row: RowReader) -> LegacyRow | None:
        form = self._form(row)
        if form is not None and form.kind != FormKind.MENTEE.value:
            row.fail("form", f"{form.code} is a facility tool; score-only rows are mentee "
                     "assessments.")
        kind = row.read("kind", values.choice, vocabulary.ASSESSMENT_KIND, "assessment kind")
        kind = kind or AssessmentKind.COACHING.value
        if kind in {k.value for k in FACILITY_ASSESSMENT_KINDS}:
            row.fail("kind", "A score-only row is a pre-test, coaching or post-mentorship "
                     "assessment.")
        common = self._common(row, form, kind, facility_required=False)
        score = row.read("score", values.score, required=True)
        validated = bool(row.read("validated", values.boolean))
        if common is None or form is None or score is None or not row.ok:
            return None
        self._check_validated(row, common, form, score, validated)
        if common.facility_id is None:
            common = self._posted_facility(row, common)
        if not row.ok or common is None:
            return None
        return LegacyRow(common, score, len(form.items), form.pass_threshold, validated)

    def _check_validated(self, row: RowReader, c: Common, form: FormDefinition, score: float,
                         validated: bool) -> None:
        if validated and c.kind is not AssessmentKind.POST_MENTORSHIP:
            row.fail("validated", "Only a post-mentorship assessment validates a mentee; this "
                     f"row is a {c.kind.value.replace('_', ' ')}.")
        elif validated and score < form.pass_threshold:
            row.fail("validated", f"The row says validated, but the score {score:g}% is below "
                     f"the {form.pass_threshold:g}% threshold of {form.code}.")

    def _posted_facility(self, row: RowReader, c: Common) -> Common | None:
        """Without a facility column: where the mentee was posted on the assessment's date."""
        unit = self.session.scalar(
            select(Posting.org_unit_id).where(
                Posting.person_id == c.mentee_id, Posting.start_date <= c.assessed_on,
                (Posting.end_date.is_(None)) | (Posting.end_date >= c.assessed_on))
            .order_by(Posting.start_date.desc()))
        if unit is None:
            row.fail("facility", f"{c.who} was not posted anywhere on {c.assessed_on:%d %b %Y}: "
                     "give the facility where the assessment took place.")
            return None
        return replace(c, facility_id=unit)

    def _counts(self, parsed: LegacyRow) -> tuple[int, int]:
        done = min(parsed.steps, max(0, round(parsed.score / 100 * parsed.steps)))
        return done, parsed.steps

    def add(self, parsed: LegacyRow) -> str:
        c = parsed.common
        done, applicable = self._counts(parsed)
        assessment = Assessment(
            form_id=c.form_id, kind=c.kind.value, mentee_id=c.mentee_id,
            org_unit_id=c.facility_id, assessor_id=c.assessor_id, assessed_on=c.assessed_on,
            done_count=done, applicable_count=applicable, score_pct=parsed.score,
            all_critical_done=parsed.validated)
        self.session.add(assessment)
        self.session.flush()
        validated = self._validate(assessment, c.form_code, c.form_version, parsed.validated)
        if parsed.validated and not validated:
            return "not validated here: already validated earlier, or an old checklist version"
        return "validates the mentee" if validated else ""

    def update(self, existing: Assessment, parsed: LegacyRow) -> bool:
        if existing.results:
            raise refuse("score", "The stored assessment has step results; a score-only row "
                         "cannot replace them.")
        c = parsed.common
        done, applicable = self._counts(parsed)
        stored = (existing.score_pct, existing.assessor_id, existing.all_critical_done)
        new = (parsed.score, blank_keeps(c.assessor_id, existing.assessor_id),
               parsed.validated or existing.all_critical_done)
        if stored == new:
            return False
        existing.score_pct, existing.assessor_id, existing.all_critical_done = new
        existing.done_count, existing.applicable_count = done, applicable
        self.session.flush()
        self._validate(existing, c.form_code, c.form_version, parsed.validated)
        return True
