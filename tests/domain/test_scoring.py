"""Checklist scoring: done / applicable, N/A left out, every critical step done to pass."""

from __future__ import annotations

from mentoroffice.checklists.scoring import score

CRITICAL = {"c1", "c2"}


def results(done: int, not_done: int, na: int, critical: dict[str, str] | None = None) -> dict:
    items = {f"d{i}": "done" for i in range(done)}
    items |= {f"n{i}": "not_done" for i in range(not_done)}
    items |= {f"a{i}": "na" for i in range(na)}
    items |= critical if critical is not None else {"c1": "done", "c2": "done"}
    return items


def test_score_is_done_over_applicable_items() -> None:
    outcome = score(results(done=15, not_done=3, na=4), CRITICAL)
    assert (outcome.done, outcome.applicable) == (17, 20)
    assert outcome.percent == 85.0
    assert outcome.passes(85)


def test_just_below_the_threshold_fails() -> None:
    outcome = score(results(done=14, not_done=4, na=0), CRITICAL)
    assert outcome.percent == 80.0
    assert not outcome.passes(85)


def test_a_critical_step_not_done_fails_whatever_the_score() -> None:
    outcome = score(results(done=40, not_done=0, na=0, critical={"c1": "done", "c2": "not_done"}),
                    CRITICAL)
    assert outcome.percent > 95
    assert not outcome.all_critical_done
    assert not outcome.passes(85)


def test_a_critical_step_not_applicable_does_not_block() -> None:
    outcome = score(results(done=10, not_done=0, na=0, critical={"c1": "done", "c2": "na"}),
                    CRITICAL)
    assert outcome.all_critical_done and outcome.passes(85)


def test_all_items_not_applicable_has_no_score_and_cannot_pass() -> None:
    outcome = score(results(done=0, not_done=0, na=5, critical={"c1": "na", "c2": "na"}), CRITICAL)
    assert outcome.percent is None
    assert not outcome.passes(0.1)


def test_a_missing_critical_result_counts_as_not_done() -> None:
    outcome = score({"d1": "done", "c1": "done"}, CRITICAL)
    assert not outcome.all_critical_done
