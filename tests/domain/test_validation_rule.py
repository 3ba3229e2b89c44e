"""Scoring, the validation rule and its edge cases, the progress tracker and coaching gaps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cascade_world import World, build_world
from sqlalchemy import func, select

from mentoroffice.checklists.assessments import (
    AssessmentInput,
    AssessmentRefused,
    record_assessment,
)
from mentoroffice.checklists.forms import default_forms_dir, load_catalog
from mentoroffice.checklists.progress import (
    fully_validated,
    progress_matrix,
    propose_coaching_plan,
    repeated_gaps,
)
from mentoroffice.checklists.registry import sync_forms
from mentoroffice.data.enums import AssessmentKind, ItemResult
from mentoroffice.data.models import MenteeEnrolment, PlannedCompetency, Validation

TODAY = dt.date(2026, 6, 30)
DONE, NOT_DONE, NA = ItemResult.DONE, ItemResult.NOT_DONE, ItemResult.NOT_APPLICABLE


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.person("mentee", "Émilienne", "Nyirahabimana", posted_at="hospital")
    world.person("mentor", "Védaste", "Habimana", posted_at="hospital")
    return world


@pytest.fixture
def hbb(office):  # type: ignore[no-untyped-def]
    return office.catalog.get("HBB")


def answers(form, *, not_done: int = 0, critical: ItemResult = DONE,  # type: ignore[no-untyped-def]
            everything: ItemResult | None = None) -> dict[str, ItemResult]:
    """All items done except `not_done` non-critical ones; critical items set to `critical`."""
    results, left = {}, not_done
    for item in form.items:
        if everything is not None:
            results[item.code] = everything
        elif item.critical:
            results[item.code] = critical
        elif left:
            results[item.code], left = NOT_DONE, left - 1
        else:
            results[item.code] = DONE
    return results


def record(world: World, catalog, form, results, kind=AssessmentKind.POST_MENTORSHIP,  # type: ignore[no-untyped-def]
           on: dt.date = dt.date(2026, 5, 4), version: int | None = None):
    return record_assessment(world.session, AssessmentInput(
        form_code=form.code, kind=kind, assessed_on=on, org_unit_id=world.ids["hospital"],
        results=results, mentee_id=world.ids["mentee"], assessor_id=world.ids["mentor"],
        form_version=version), catalog, TODAY)


def test_a_passing_post_mentorship_assessment_validates(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    outcome = record(world, office.catalog, hbb, answers(hbb, not_done=1))
    assert outcome.score.percent >= 85 and outcome.validated_now
    validation = world.session.scalars(select(Validation)).one()
    assert (validation.form_code, validation.validated_on, validation.assessor_id,
            validation.assessment_id) == ("HBB", dt.date(2026, 5, 4), world.ids["mentor"],
                                          outcome.assessment_id)


def test_below_the_threshold_does_not_validate(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    misses = len(hbb.items) - len(hbb.critical_codes)
    outcome = record(world, office.catalog, hbb, answers(hbb, not_done=misses))
    assert outcome.score.percent < 85 and not outcome.validated_now


def test_a_critical_step_not_done_does_not_validate(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    results = answers(hbb)
    results[sorted(hbb.critical_codes)[0]] = NOT_DONE
    outcome = record(world, office.catalog, hbb, results)
    assert outcome.score.percent > 85 and not outcome.passed and not outcome.validated_now


def test_a_critical_step_not_applicable_does_not_block(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    results = answers(hbb)
    results[sorted(hbb.critical_codes)[0]] = NA
    assert record(world, office.catalog, hbb, results).validated_now


def test_all_items_not_applicable_neither_scores_nor_validates(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    outcome = record(world, office.catalog, hbb, answers(hbb, everything=NA))
    assert outcome.score.percent is None and not outcome.validated_now


def test_coaching_assessments_never_validate(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    outcome = record(world, office.catalog, hbb, answers(hbb), kind=AssessmentKind.COACHING)
    assert outcome.score.percent == 100 and not outcome.validated_now


def test_a_later_failed_assessment_leaves_the_validation_standing(
        world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    record(world, office.catalog, hbb, answers(hbb))
    later = record(world, office.catalog, hbb, answers(hbb, critical=NOT_DONE),
                   on=dt.date(2026, 6, 1))
    assert later.validated_before == dt.date(2026, 5, 4) and not later.validated_now
    assert world.session.scalar(select(func.count()).select_from(Validation)) == 1


def _catalog_with_hbb_v2(tmp_path: Path, accept_v1: bool):  # type: ignore[no-untyped-def]
    text = (default_forms_dir() / "hbb.toml").read_text(encoding="utf-8")
    text = text.replace("version = 1", "version = 2", 1)
    if accept_v1:
        text = text.replace("version = 2", "version = 2\naccepted_versions = [1]", 1)
    (tmp_path / "hbb.toml").write_text(text, encoding="utf-8")
    return load_catalog(tmp_path)


@pytest.mark.parametrize("accept_v1", [False, True])
def test_after_a_version_change_old_version_validates_only_if_accepted(
    world: World, hbb, tmp_path: Path, accept_v1: bool  # type: ignore[no-untyped-def]
) -> None:
    catalog = _catalog_with_hbb_v2(tmp_path, accept_v1)
    assert not catalog.errors
    sync_forms(world.session, catalog)
    outcome = record(world, catalog, hbb, answers(hbb), version=1)
    assert outcome.passed
    assert outcome.validated_now is accept_v1
    current = record(world, catalog, catalog.get("HBB"), answers(catalog.get("HBB")),
                     on=dt.date(2026, 6, 2))
    assert current.validated_now is not accept_v1


def test_incomplete_or_impossible_entries_are_refused_with_their_fields(
    world: World, office, hbb  # type: ignore[no-untyped-def]
) -> None:
    partial = dict(list(answers(hbb).items())[:3])
    with pytest.raises(AssessmentRefused) as refused:
        record(world, office.catalog, hbb, partial, on=TODAY + dt.timedelta(days=1))
    assert {f for f, _ in refused.value.problems} == {"results", "date"}
    baseline = office.catalog.get("FAC-BASE")
    with pytest.raises(AssessmentRefused) as refused:
        record(world, office.catalog, baseline, answers(baseline), kind=AssessmentKind.COACHING)
    assert [f for f, _ in refused.value.problems] == ["kind"]


def test_fully_validated_means_every_planned_competency(world: World, office) -> None:  # type: ignore[no-untyped-def]
    enrolment = MenteeEnrolment(person_id=world.ids["mentee"], org_unit_id=world.ids["hospital"],
                                technical_area="NEO", enrolled_on=dt.date(2026, 1, 5))
    enrolment.competencies = [PlannedCompetency(form_code="HBB"),
                              PlannedCompetency(form_code="ECEB")]
    world.session.add(enrolment)
    for code in ("HBB", "ECEB"):
        assert not fully_validated(world.session, world.ids["mentee"])
        form = office.catalog.get(code)
        record(world, office.catalog, form, answers(form))
    assert fully_validated(world.session, world.ids["mentee"])


def test_progress_row_shows_baseline_latest_count_and_validation(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    enrolment = MenteeEnrolment(person_id=world.ids["mentee"], org_unit_id=world.ids["hospital"],
                                technical_area="NEO", enrolled_on=dt.date(2026, 1, 5))
    enrolment.competencies = [PlannedCompetency(form_code="HBB")]
    world.session.add(enrolment)
    misses = len(hbb.items) - len(hbb.critical_codes)
    first = record(world, office.catalog, hbb, answers(hbb, not_done=misses),
                   kind=AssessmentKind.PRE_TEST, on=dt.date(2026, 2, 1))
    record(world, office.catalog, hbb, answers(hbb, not_done=2), kind=AssessmentKind.COACHING,
           on=dt.date(2026, 3, 1))
    last = record(world, office.catalog, hbb, answers(hbb), on=dt.date(2026, 4, 1))
    [row] = progress_matrix(world.session, facility_id=world.ids["hospital"])
    assert (row.form_code, row.baseline, row.latest, row.assessments, row.validated_on) == (
        "HBB", first.score.percent, last.score.percent, 3, dt.date(2026, 4, 1))
    assert row.mentee_name == "Émilienne Nyirahabimana"


def test_steps_repeatedly_not_done_become_the_coaching_plan(world: World, office, hbb) -> None:  # type: ignore[no-untyped-def]
    for month, misses in ((2, 2), (3, 1), (4, 2)):
        record(world, office.catalog, hbb, answers(hbb, not_done=misses),
               kind=AssessmentKind.COACHING, on=dt.date(2026, month, 1))
    gaps = repeated_gaps(world.session, world.ids["mentee"], "HBB")
    non_critical = [i for i in hbb.items if not i.critical]
    assert [(g.item_code, g.misses) for g in gaps] == [(non_critical[0].code, 3),
                                                       (non_critical[1].code, 2)]
    plan = propose_coaching_plan(world.session, world.ids["mentee"], "HBB", TODAY)
    assert non_critical[0].text in plan.gaps and plan.target_date == dt.date(2026, 7, 30)
