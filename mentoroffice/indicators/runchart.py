"""Run-chart signals, by the IHI rules and by Anhøj's rules.

Points on the median are not "useful observations": they neither make nor break a run.

IHI (Perla, Provost and Murray 2011):
- shift: 6 or more consecutive useful points on the same side of the median;
- trend: 5 or more consecutive points all going up or all going down (a repeated value is
  ignored: it neither makes nor breaks a trend);
- runs: too few or too many runs for the number of useful points. The limits come from the
  exact distribution of the number of runs (Swed and Eisenhart) for the observed counts above
  and below the median: a count whose tail probability is 2.5% or less is a signal;
- astronomical point: a point blatantly different from the rest, made objective as Tukey's
  far-out fences: below Q1 - 3 IQR or above Q3 + 3 IQR (quartiles of the series). Unlike
  sigma limits from moving ranges, this does not flag the ends of a steady trend.

Anhøj (2014, 2015), with n useful points:
- unusually long run: the longest run is longer than round(log2(n) + 3);
- too few crossings: fewer median crossings than the 5th percentile of Binomial(n - 1, 0.5).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

SHIFT_LENGTH = 6
TREND_LENGTH = 5
RUNS_TAIL = 0.025
FAR_OUT = 3.0  # Tukey's far-out fence, in interquartile ranges
MIN_POINTS_FOR_RUNS = 10


@dataclass(frozen=True)
class Signal:
    # shift, trend, too_few_runs, too_many_runs, astronomical, anhoej_run, anhoej_crossings
    rule: str
    indexes: tuple[int, ...]  # the points involved, to mark on the chart
    message: str


@dataclass(frozen=True)
class RunChartAnalysis:
    median: float
    useful_points: int
    runs: int
    crossings: int
    longest_run: int
    runs_limits: tuple[int, int] | None
    longest_run_limit: int | None
    min_crossings: int | None
    signals: list[Signal] = field(default_factory=list)

    def rules(self) -> set[str]:
        return {s.rule for s in self.signals}


def sides(values: Sequence[float], median: float) -> list[int]:
    """+1 above, -1 below, 0 on the median."""
    return [0 if v == median else (1 if v > median else -1) for v in values]


def runs_of(values: Sequence[float], median: float) -> list[list[int]]:
    """Runs of useful points: lists of indexes on one side, points on the median skipped."""
    runs: list[list[int]] = []
    previous = 0
    for index, side in enumerate(sides(values, median)):
        if side == 0:
            continue
        if side != previous:
            runs.append([])
            previous = side
        runs[-1].append(index)
    return runs


def shift_signals(values: Sequence[float], median: float) -> list[Signal]:
    return [Signal("shift", tuple(run), f"Shift: {len(run)} points in a row on one side of "
                   "the median") for run in runs_of(values, median) if len(run) >= SHIFT_LENGTH]


def trend_signals(values: Sequence[float]) -> list[Signal]:
    """Rising or falling sequences of TREND_LENGTH or more points (repeated values skipped)."""
    kept = [i for i, v in enumerate(values) if i == 0 or v != values[i - 1]]

    def direction(position: int) -> int:
        return 1 if values[kept[position]] > values[kept[position - 1]] else -1

    signals, start = [], 0
    for position in range(2, len(kept) + 1):
        if position < len(kept) and direction(position) == direction(position - 1):
            continue
        if position - start >= TREND_LENGTH:
            run = tuple(kept[start:position])
            word = "rising" if values[run[-1]] > values[run[0]] else "falling"
            signals.append(Signal("trend", run, f"Trend: {len(run)} points {word}"))
        start = position - 1
    return signals


def runs_probabilities(above: int, below: int) -> dict[int, float]:
    """Exact distribution of the number of runs for `above` and `below` points in random order."""
    total = math.comb(above + below, above)
    probabilities = {}
    for runs in range(2, above + below + 1):
        k, odd = divmod(runs, 2)
        if not odd:
            ways = 2 * math.comb(above - 1, k - 1) * math.comb(below - 1, k - 1)
        else:
            ways = (math.comb(above - 1, k - 1) * math.comb(below - 1, k)
                    + math.comb(above - 1, k) * math.comb(below - 1, k - 1))
        if ways:
            probabilities[runs] = ways / total
    return probabilities


def runs_limits(above: int, below: int) -> tuple[int, int] | None:
    """Fewest and most runs that are not a signal, or None with too few points to judge."""
    if above + below < MIN_POINTS_FOR_RUNS or not above or not below:
        return None
    probabilities = runs_probabilities(above, below)
    low = min(r for r in probabilities
              if sum(p for q, p in probabilities.items() if q <= r) > RUNS_TAIL)
    high = max(r for r in probabilities
               if sum(p for q, p in probabilities.items() if q >= r) > RUNS_TAIL)
    return low, high


def astronomical_signals(values: Sequence[float]) -> list[Signal]:
    if len(values) < 4:
        return []
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    spread = FAR_OUT * (q3 - q1)
    low, high = q1 - spread, q3 + spread
    return [Signal("astronomical", (i,), f"Astronomical point: {v:g} lies far outside the "
                   f"rest of the series ({low:g} to {high:g})")
            for i, v in enumerate(values) if v < low or v > high]


def anhoej_limits(useful: int) -> tuple[int, int]:
    """(longest run allowed, fewest crossings expected) for n useful points."""
    longest = round(math.log2(useful) + 3)
    cumulative, crossings = 0.0, 0
    for crossings in range(useful):
        cumulative += math.comb(useful - 1, crossings) / 2 ** (useful - 1)
        if cumulative >= 0.05:
            break
    return longest, crossings


def analyse(values: Sequence[float]) -> RunChartAnalysis:
    """The median and every signal in a series of at least one point."""
    if not values:
        raise ValueError("A run chart needs at least one value.")
    median = statistics.median(values)
    runs = runs_of(values, median)
    useful = sum(len(run) for run in runs)
    above = sum(1 for s in sides(values, median) if s > 0)
    limits = runs_limits(above, useful - above)
    longest = max((len(run) for run in runs), default=0)
    signals = shift_signals(values, median) + trend_signals(values)
    if limits and len(runs) < limits[0]:
        signals.append(Signal("too_few_runs", (), f"Too few runs: {len(runs)} (at least "
                              f"{limits[0]} expected)"))
    if limits and len(runs) > limits[1]:
        signals.append(Signal("too_many_runs", (), f"Too many runs: {len(runs)} (at most "
                              f"{limits[1]} expected)"))
    signals += astronomical_signals(values)
    longest_limit = min_crossings = None
    if useful >= MIN_POINTS_FOR_RUNS:
        longest_limit, min_crossings = anhoej_limits(useful)
        signals += _anhoej_signals(runs, longest_limit, min_crossings)
    return RunChartAnalysis(median, useful, len(runs), max(len(runs) - 1, 0), longest, limits,
                            longest_limit, min_crossings, signals)


def _anhoej_signals(runs: list[list[int]], longest_limit: int, min_crossings: int
                    ) -> list[Signal]:
    signals = [Signal("anhoej_run", tuple(run), f"Unusually long run: {len(run)} points "
                      f"(more than {longest_limit})") for run in runs if len(run) > longest_limit]
    crossings = len(runs) - 1
    if crossings < min_crossings:
        signals.append(Signal("anhoej_crossings", (), f"Too few crossings of the median: "
                              f"{crossings} (at least {min_crossings} expected)"))
    return signals


def english_month(number: int) -> str:
    return calendar.month_abbr[number]


def month_ticks(months: Sequence[dt.date], month_name: Callable[[int], str] = english_month
                ) -> tuple[list[int], list[str]]:
    """Where the month axis of a run chart is labelled, and with what, on screen and on paper.

    Every month for a year or less, else every 2nd (up to two years) or 3rd month. The year is
    written under the first label and under the first label of each new year, which is January
    whenever January is labelled: a reader finds a year where it begins. ``month_name`` gives
    a month's short name (the screen passes the window's language's).
    """
    step = 1 if len(months) <= 12 else (2 if len(months) <= 24 else 3)
    positions = list(range(0, len(months), step))
    labels = []
    for index in positions:
        month = months[index]
        first = index == 0 or month.month == 1 or months[index - step].year != month.year
        name = month_name(month.month)
        labels.append(f"{name}\n{month.year}" if first else name)
    return positions, labels
