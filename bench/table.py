"""One row format for every benchmark, so `bench/run.py` can print them as one table.

A row names the figure, the app's time, the baseline's time (a baseline doing the same work,
measured in the same run), their ratio, the goal and whether the goal holds. A goal is either
a ratio ("≤ 3×") or an absolute ceiling ("≤ 50 ms"); nothing here fails on a time.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    """At most `ratio` times the baseline, or at most `ceiling_ms`, whichever is given."""

    ratio: float | None = None
    ceiling_ms: float | None = None

    def holds(self, app_ms: float, baseline_ms: float | None) -> bool:
        if self.ceiling_ms is not None and app_ms > self.ceiling_ms:
            return False
        if self.ratio is not None and baseline_ms:
            return app_ms / baseline_ms <= self.ratio
        return True

    def __str__(self) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}×")
        if self.ceiling_ms is not None:
            parts.append(f"≤ {format_ms(self.ceiling_ms)}")
        return ", ".join(parts) or "—"


@dataclass(frozen=True)
class Row:
    figure: str
    app_ms: float
    baseline: str
    baseline_ms: float | None
    goal: Goal

    @property
    def ratio(self) -> float | None:
        return self.app_ms / self.baseline_ms if self.baseline_ms else None

    @property
    def holds(self) -> bool:
        return self.goal.holds(self.app_ms, self.baseline_ms)


def format_ms(ms: float) -> str:
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.1f} ms"


def median_ms(work: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls of `work`, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def print_table(rows: Iterable[Row]) -> None:
    """A Markdown table: figure, app, baseline, ratio, goal, holds?"""
    print("| figure | app | baseline (same work, same run) | ratio | goal | holds? |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        baseline = row.baseline
        if row.baseline_ms is not None:
            baseline = f"{row.baseline}: {format_ms(row.baseline_ms)}"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        print(f"| {row.figure} | {format_ms(row.app_ms)} | {baseline} | {ratio} "
              f"| {row.goal} | {'yes' if row.holds else 'no'} |")
