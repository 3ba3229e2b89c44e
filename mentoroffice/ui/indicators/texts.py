"""What the indicator screens say: month labels, percentages, problems and signals in words,
all through Qt's translation (context "Indicators")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...indicators.runchart import RunChartAnalysis
from ...indicators.service import SignalView
from ...indicators.values import CellProblem

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def month_text(month: dt.date) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")


def date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def percent_text(numerator: int, denominator: int) -> str:
    if denominator == 0:
        return "—"
    return QLocale().toString(100.0 * numerator / denominator, "f", 1) + "%"


def direction_text(direction: str) -> str:
    return (
        translate("Indicators", "higher is better")
        if direction == "up"
        else translate("Indicators", "lower is better")
    )


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


def problem_text(problem: CellProblem, numerator: str = "", denominator: str = "") -> str:
    """One cell's problem, as the tooltip says it (without naming indicator and month)."""
    what = (
        translate("Indicators", "numerator")
        if problem.field == "numerator"
        else translate("Indicators", "denominator")
    )
    texts = {
        "not_a_number": _fill(
            translate("Indicators", "The %1 must be a number; “%2” is not one."),
            what,
            problem.value,
        ),
        "not_whole": _fill(
            translate("Indicators", "The %1 must be a whole number of people or events, not %2."),
            what,
            problem.value,
        ),
        "negative": _fill(
            translate("Indicators", "The %1 cannot be negative (%2)."), what, problem.value
        ),
        "too_large": _fill(
            translate(
                "Indicators",
                "The %1 %2 is too large for one month at one facility; check the number.",
            ),
            what,
            problem.value,
        ),
        "missing": _fill(
            translate("Indicators", "Enter the %1 too (0 if there were none), or clear both."), what
        ),
        "above_denominator": _fill(
            translate("Indicators", "The numerator (%1) is larger than the denominator (%2)."),
            numerator.strip(),
            denominator.strip(),
        ),
        "future_month": _fill(
            translate(
                "Indicators", "%1 has not started yet: values are entered once the month has begun."
            ),
            month_text(problem.month),
        ),
        "changed_elsewhere": translate(
            "Indicators",
            "Someone else saved this value since the grid was opened; "
            "reload to see theirs, then enter yours again.",
        ),
    }
    return texts.get(problem.code, problem.message)


def named_problem_text(problem: CellProblem, numerator: str = "", denominator: str = "") -> str:
    """The problem naming indicator and month, for the message line."""
    return _fill(
        translate("Indicators", "%1, %2: %3"),
        problem.indicator,
        month_text(problem.month),
        problem_text(problem, numerator, denominator),
    )


def signal_text(signal: SignalView, analysis: RunChartAnalysis) -> str:
    """A signal in words: "Shift: 6 points below the median from Mar 2025"."""
    start = month_text(signal.first_month) if signal.first_month else ""
    count = signal.points
    if signal.rule == "shift":
        template = (
            translate("Indicators", "Shift: %1 points above the median from %2")
            if signal.side == "above"
            else translate("Indicators", "Shift: %1 points below the median from %2")
        )
        return _fill(template, count, start)
    if signal.rule == "anhoej_run":
        template = (
            translate("Indicators", "Unusually long run: %1 points above the median from %2")
            if signal.side == "above"
            else translate("Indicators", "Unusually long run: %1 points below the median from %2")
        )
        return _fill(template, count, start)
    if signal.rule == "trend":
        template = (
            translate("Indicators", "Trend: %1 points rising from %2")
            if signal.direction == "rising"
            else translate("Indicators", "Trend: %1 points falling from %2")
        )
        return _fill(template, count, start)
    if signal.rule == "astronomical" and signal.value is not None:
        value = QLocale().toString(signal.value, "f", 1)
        return _fill(
            translate("Indicators", "Astronomical point: %1% in %2, far outside the rest"),
            value,
            start,
        )
    limits = analysis.runs_limits
    if signal.rule == "too_few_runs" and limits:
        return _fill(
            translate("Indicators", "Too few runs: %1 (at least %2 expected)"),
            analysis.runs,
            limits[0],
        )
    if signal.rule == "too_many_runs" and limits:
        return _fill(
            translate("Indicators", "Too many runs: %1 (at most %2 expected)"),
            analysis.runs,
            limits[1],
        )
    if signal.rule == "anhoej_crossings" and analysis.min_crossings is not None:
        return _fill(
            translate("Indicators", "Too few crossings of the median: %1 (at least %2 expected)"),
            analysis.crossings,
            analysis.min_crossings,
        )
    return signal.message
