"""A run chart drawn on screen with matplotlib (imported by the caller, when first needed).

The same content as the printed chart (:func:`mentoroffice.reports.charts.run_chart_png`):
monthly percentages, the median, the points of each signal marked, PDSA cycle starts as
dotted lines with their labels; on screen it may use colour, every mark also has its shape.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale

from ...indicators.runchart import month_ticks as runchart_month_ticks
from ...indicators.service import RunChartData

LINE = "#1f4e79"
MEDIAN = "#7a7a7a"
GRID = "#dddddd"


@dataclass(frozen=True)
class Mark:
    marker: str
    colour: str
    size: float


MARKS: dict[str, Mark] = {  # drawn in this order; sizes nest so that shared points show all
    "astronomical": Mark("D", "#c62828", 17),
    "shift": Mark("s", "#d46b08", 13),
    "anhoej_run": Mark("o", "#7b3294", 13),
    "trend": Mark("^", "#1b7837", 8),
}


def month_ticks(months: Sequence[dt.date]) -> tuple[list[int], list[str]]:
    """The printed chart's month labels (the year at the first and at each January), with the
    month names of the window's language."""
    return runchart_month_ticks(
        months, lambda number: QLocale().monthName(number, QLocale.FormatType.ShortFormat))


def date_position(day: dt.date, months: Sequence[dt.date]) -> float | None:
    """Where a date falls on the axis of points (a month's point sits in its middle); a
    date in a month left out (no cases) goes between its neighbours."""
    if not months or day < months[0] or (day.year, day.month) > (months[-1].year,
                                                                  months[-1].month):
        return None
    for index, month in enumerate(months):
        if (month.year, month.month) == (day.year, day.month):
            last = calendar.monthrange(month.year, month.month)[1]
            return index - 0.5 + (day.day - 0.5) / last
        if month > day:
            return index - 0.5
    return None


def y_limits(values: Sequence[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    spread = max(high - low, 10.0)
    bottom = max(0.0, low - 0.25 * spread)
    top = min(105.0, high + 0.4 * spread)
    return bottom, max(top, bottom + 10)


def _mark_signals(axes: Any, data: RunChartData, values: Sequence[float],
                  labels: Mapping[str, str]) -> list[Any]:
    from matplotlib.lines import Line2D

    handles, drawn = [], set()
    in_shift = {i for s in data.signals if s.rule == "shift" for i in s.indexes}
    ordered = sorted(data.signals, key=lambda s: list(MARKS).index(s.rule)
                     if s.rule in MARKS else len(MARKS))
    for signal in ordered:
        mark = MARKS.get(signal.rule)
        # a long run is most often a shift too: its circle would hide the square
        points = [i for i in signal.indexes if signal.rule != "anhoej_run" or i not in in_shift]
        if mark is None or not points:
            continue
        axes.plot(points, [values[i] for i in points], linestyle="none",
                  marker=mark.marker, markersize=mark.size, markerfacecolor="none",
                  markeredgecolor=mark.colour, markeredgewidth=1.6, zorder=4, clip_on=False)
        if signal.rule not in drawn:
            drawn.add(signal.rule)
            handles.append(Line2D([], [], linestyle="none", marker=mark.marker, markersize=8,
                                  markerfacecolor="none", markeredgecolor=mark.colour,
                                  label=labels.get(signal.rule, signal.rule)))
    return handles


def _annotate(axes: Any, data: RunChartData) -> bool:
    placed: list[float] = []
    for annotation in data.annotations:
        position = date_position(annotation.day, data.months)
        if position is None:
            continue
        axes.axvline(position, color="#444444", linestyle=(0, (1, 2)), linewidth=1.1, zorder=1)
        level = sum(1 for p in placed if abs(p - position) < 1.6) % 3
        placed.append(position)
        axes.annotate(annotation.label, xy=(position, 1.0), xycoords=("data", "axes fraction"),
                      xytext=(3, -4 - 12 * level), textcoords="offset points", fontsize=8,
                      ha="left", va="top",
                      bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                            "alpha": 0.85})
    return bool(placed)


def draw_run_chart(figure: Any, data: RunChartData, labels: Mapping[str, str]) -> None:
    """Draw ``data`` on ``figure`` (cleared first). ``labels`` holds the translated words:
    value, median (with %1 for the number), percent, better, pdsa, empty and one per rule."""
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    figure.clear()
    figure.set_layout_engine("constrained")  # margins fit the labels and legend at any size
    axes = figure.add_subplot(1, 1, 1)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.set_title(f"{data.indicator.name} · {data.facility}", loc="left", fontsize=10,
                   fontweight="bold")
    if data.analysis is None:
        axes.text(0.5, 0.5, labels["empty"], ha="center", va="center", transform=axes.transAxes,
                  fontsize=10, color=MEDIAN)
        axes.set_xticks([])
        axes.set_yticks([])
        return
    values = list(data.percents)
    positions = list(range(len(values)))
    axes.plot(positions, values, color=LINE, linewidth=1.4, marker="o", markersize=4.5,
              zorder=3)
    axes.axhline(data.analysis.median, color=MEDIAN, linestyle="--", linewidth=1.3, zorder=2)
    median_label = labels["median"].replace("%1", QLocale().toString(data.analysis.median,
                                                                       "f", 1))
    handles = [Line2D([], [], color=LINE, marker="o", markersize=4.5, label=labels["value"]),
               Line2D([], [], color=MEDIAN, linestyle="--", label=median_label)]
    handles += _mark_signals(axes, data, values, labels)
    if _annotate(axes, data):
        handles.append(Line2D([], [], color="#444444", linestyle=(0, (1, 2)),
                              label=labels["pdsa"]))
    ticks, tick_labels = month_ticks(data.months)
    axes.set_xticks(ticks, tick_labels, fontsize=8)
    axes.set_xlim(-0.6, len(values) - 0.4)
    axes.set_ylim(*y_limits(values))
    axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10], integer=True))
    axes.tick_params(axis="y", labelsize=8)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_ylabel(f"{labels['percent']} ({labels['better']})", fontsize=8.5)
    figure.legend(handles=handles, loc="outside lower center", ncol=3, fontsize=8,
                  frameon=False)
