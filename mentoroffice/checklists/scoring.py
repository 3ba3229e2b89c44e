"""Checklist scoring and the validation rule (the office's 85% with every critical step done).

Score = done / applicable items; not-applicable items are left out. An assessment with no
applicable item has no score and cannot validate. A critical item marked not applicable does
not block validation: the step did not arise in that case (the mentor marks N/A only then).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..data.enums import ItemResult
from .forms import DEFAULT_PASS_THRESHOLD


@dataclass(frozen=True)
class Score:
    done: int
    applicable: int
    all_critical_done: bool

    @property
    def percent(self) -> float | None:
        if self.applicable == 0:
            return None
        return round(100.0 * self.done / self.applicable, 1)

    def passes(self, threshold: float = DEFAULT_PASS_THRESHOLD) -> bool:
        """At least threshold percent, with every applicable critical step done."""
        percent = self.percent
        return percent is not None and percent >= threshold and self.all_critical_done


def score(results: Mapping[str, ItemResult | str], critical_codes: Iterable[str]) -> Score:
    """Score item results keyed by item code; a critical item with no result counts as not done."""
    critical = set(critical_codes)
    done = applicable = 0
    all_critical_done = True
    for code, raw in results.items():
        result = ItemResult(raw)
        if result is ItemResult.NOT_APPLICABLE:
            continue
        applicable += 1
        if result is ItemResult.DONE:
            done += 1
        elif code in critical:
            all_critical_done = False
    missing_critical = critical - set(results)
    if missing_critical:
        all_critical_done = False
    return Score(done=done, applicable=applicable, all_critical_done=all_critical_done)
