"""Charts for print and screen, drawn by matplotlib as PNG bytes.

- :func:`run_chart_png`: an indicator's monthly percentages around their median, the signals
  found by :func:`mentoroffice.indicators.runchart.analyse` marked on the points, and QI changes
  (PDSA cycle starts) as annotated vertical lines;
- :func:`fishbone_png`: an Ishikawa diagram of a QI project's root causes;
- :func:`score_trend_png`: a mentee's checklist scores on one competency over time.

Black-and-white first: the office prints on laser printers and photocopies, so every meaning
is carried by a marker shape, a line style or a word, never by colour alone.

matplotlib (and numpy) cost start-up time: they are imported inside the functions, and only
the object-oriented API is used (no pyplot state), so charts can be drawn off the GUI thread.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..indicators.runchart import RunChartAnalysis, month_ticks

__all__ = ["SIGNAL_STYLES", "fishbone_png", "run_chart_png", "score_trend_png"]

INK = "black"
GREY = "0.45"
LIGHT = "0.8"


@dataclass(frozen=True)
class SignalStyle:
    legend: str
    marker: str
    size: float


# How each point-marking signal is drawn; signals without points get a legend line only.
SIGNAL_STYLES: dict[str, SignalStyle] = {
    "shift": SignalStyle("Shift: 6+ points on one side of the median", "s", 11),
    "anhoej_run": SignalStyle("Unusually long run (Anhøj)", "o", 14),
    "trend": SignalStyle("Trend: 5+ points rising or falling", "^", 12),
    "astronomical": SignalStyle("Astronomical point", "D", 15),
}


class _TrendPoint(Protocol):
    assessed_on: dt.date
    score: float | None
    kind: str


def _figure(width: float, height: float, dpi: int = 100) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Any, dpi: int) -> bytes:
    """The figure as an 8-bit greyscale PNG: a third of the pixels' bytes of RGB, which the
    PDF embeds faster and smaller (the charts are black, white and grey anyway)."""
    from PIL import Image

    figure.set_facecolor("white")
    figure.set_dpi(dpi)
    figure.canvas.draw()
    image = Image.frombuffer("RGBA", figure.canvas.get_width_height(physical=True),
                             figure.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG", compress_level=4)
    return buffer.getvalue()


# --------------------------------------------------------------------------- run chart


def _date_position(day: dt.date, months: Sequence[dt.date]) -> float | None:
    """Where a date falls on the month axis (a month's point sits at its middle)."""
    for index, month in enumerate(months):
        last = calendar.monthrange(month.year, month.month)[1]
        if (month.year, month.month) == (day.year, day.month):
            return index - 0.5 + (day.day - 0.5) / last
    return None


def _y_limits(values: Sequence[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    spread = max(high - low, 10.0)
    bottom = max(0.0, low - 0.25 * spread)
    top = min(104.0, high + 0.35 * spread)  # room above for the annotation labels
    if top - bottom < 10:
        top = min(104.0, bottom + 10)
    return bottom, top


def _mark_signals(axes: Any, values: Sequence[float], analysis: RunChartAnalysis) -> list[Any]:
    from matplotlib.lines import Line2D

    handles: list[Any] = []
    drawn: set[str] = set()
    for signal in analysis.signals:
        style = SIGNAL_STYLES.get(signal.rule)
        if style is None or not signal.indexes:
            continue
        axes.plot(list(signal.indexes), [values[i] for i in signal.indexes], linestyle="none",
                  marker=style.marker, markersize=style.size, markerfacecolor="none",
                  markeredgecolor=INK, markeredgewidth=1.3, zorder=4, clip_on=False)
        if signal.rule not in drawn:
            drawn.add(signal.rule)
            handles.append(Line2D([], [], linestyle="none", marker=style.marker,
                                  markersize=7, markerfacecolor="none",
                                  markeredgecolor=INK, label=style.legend))
    for signal in analysis.signals:  # runs and crossings: no point to mark, a line of text
        if signal.rule not in SIGNAL_STYLES and signal.rule not in drawn:
            drawn.add(signal.rule)
            handles.append(Line2D([], [], linestyle="none", marker="$!$", markersize=6,
                                  color=INK, label=signal.message))
    return handles


def _annotate(axes: Any, months: Sequence[dt.date],
              annotations: Sequence[tuple[dt.date, str]]) -> int:
    """Vertical lines at the changes, labels staggered so neighbours do not overlap."""
    placed: list[float] = []
    for day, label in sorted(annotations):
        position = _date_position(day, months)
        if position is None:
            continue
        axes.axvline(position, color=INK, linestyle=(0, (1, 2)), linewidth=1.0, zorder=1)
        level = sum(1 for p in placed if abs(p - position) < 1.6) % 3
        placed.append(position)
        axes.annotate(label, xy=(position, 1.0), xycoords=("data", "axes fraction"),
                      xytext=(3, -4 - 11 * level), textcoords="offset points", fontsize=7,
                      ha="left", va="top",
                      bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                            "alpha": 0.85})
    return len(placed)


def run_chart_png(
    series_label: str,
    months: Sequence[dt.date],
    values_percent: Sequence[float],
    analysis: RunChartAnalysis,
    annotations: Sequence[tuple[dt.date, str]] = (),
    dpi: int = 200,
    *,
    direction: str | None = None,
) -> bytes:
    """A run chart as PNG: monthly points, median, signals, changes (PDSA) as vertical lines.

    ``direction`` ("up" or "down") adds "higher is better" or "lower is better" to the
    axis label.
    """
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    if not values_percent or len(months) != len(values_percent):
        raise ValueError("A run chart needs one value per month and at least one month.")
    values = [float(v) for v in values_percent]
    figure = _figure(7.2, 3.3)
    axes = figure.add_axes((0.075, 0.3, 0.9, 0.6))
    positions = list(range(len(values)))
    axes.plot(positions, values, color=INK, linewidth=1.1, marker="o", markersize=4,
              zorder=3)
    axes.axhline(analysis.median, color=GREY, linestyle="--", linewidth=1.2, zorder=2)
    handles = [Line2D([], [], color=INK, marker="o", markersize=4, linewidth=1.1,
                      label="Monthly value (%)"),
               Line2D([], [], color=GREY, linestyle="--", linewidth=1.2,
                      label=f"Median {analysis.median:.1f}%")]
    handles += _mark_signals(axes, values, analysis)
    if _annotate(axes, months, annotations):
        handles.append(Line2D([], [], color=INK, linestyle=(0, (1, 2)), linewidth=1.0,
                              label="Change tested (PDSA cycle start)"))
    if not any(s.rule for s in analysis.signals):
        handles.append(Line2D([], [], linestyle="none", label="No signal: random variation"))
    ticks, labels = month_ticks(months)
    axes.set_xticks(ticks, labels, fontsize=7.5)
    axes.set_xlim(-0.6, len(values) - 0.4)
    axes.set_ylim(*_y_limits(values))
    axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10], integer=True))
    axes.tick_params(axis="y", labelsize=7.5)
    axes.grid(axis="y", color=LIGHT, linewidth=0.5)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    better = {"up": " (higher is better)", "down": " (lower is better)"}.get(direction or "", "")
    axes.set_ylabel(f"Percent{better}", fontsize=8)
    axes.set_title(series_label, fontsize=10, loc="left", fontweight="bold")
    _fit_legend(figure, axes, handles)
    return _png(figure, dpi)


def _fit_legend(figure: Any, axes: Any, handles: list[Any], plot_height: float = 2.0) -> None:
    """Size the figure to the plot plus as many legend rows as there are entries."""
    rows = (len(handles) + 1) // 2
    title, ticks, legend = 0.32, 0.45, 0.1 + 0.165 * rows
    height = title + plot_height + ticks + legend
    figure.set_size_inches(7.2, height)
    axes.set_position((0.075, (ticks + legend) / height, 0.9, plot_height / height))
    figure.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.06, 0.04 / height),
                  ncol=2, fontsize=7.5, frameon=False, handlelength=2.2, columnspacing=1.5)


# --------------------------------------------------------------------------- fishbone

MAX_CAUSES_PER_BONE = 6
_SPINE_Y = 50.0
_HEAD_X = 77.0  # where the spine meets the problem box
_BONE_HEIGHT = 38.0
_LINE_POINTS = 9.0  # one 7.5 pt line of a cause
_CHARS_PER_UNIT = 1.25  # a first guess for 7.5 pt text on a 7.2-inch figure (printed 1:1)


@dataclass(frozen=True)
class _BoneLayout:
    spacing: float  # horizontal room each bone's causes get, to its left
    run: float  # horizontal extent of a slanted bone
    points_per_unit: float  # vertically, on paper


def _wrap(text: str, width: int, max_lines: int = 3) -> str:
    lines = textwrap.wrap(text, width=max(width, 8)) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(width - 1, 1)].rstrip() + "…"
    return "\n".join(lines)


def _shown_causes(causes: Sequence[str]) -> list[str]:
    if len(causes) <= MAX_CAUSES_PER_BONE:
        return list(causes)
    hidden = len(causes) - MAX_CAUSES_PER_BONE + 1
    return [*causes[: MAX_CAUSES_PER_BONE - 1], f"(+{hidden} more)"]


def _draw_bone(axes: Any, category: str, causes: Sequence[str], root_x: float, up: bool,
               layout: _BoneLayout) -> None:
    sign = 1 if up else -1
    end_x, end_y = root_x - layout.run, _SPINE_Y + sign * _BONE_HEIGHT
    axes.plot([end_x, root_x], [end_y, _SPINE_Y], color=INK, linewidth=1.4)
    axes.text(end_x, end_y + sign * 1.5, _wrap(category, 20, 2), ha="center",
              va="bottom" if up else "top", fontsize=8, fontweight="bold",
              bbox={"boxstyle": "square,pad=0.35", "fc": "0.9", "ec": INK, "lw": 0.8})
    shown = _shown_causes(causes)
    chars = int((layout.spacing - 3.5) * _CHARS_PER_UNIT)
    slot = _BONE_HEIGHT * 0.95 / (len(shown) + 1) * layout.points_per_unit
    max_lines = max(1, min(4, int(slot / 8.5)))
    for number, cause in enumerate(shown, start=1):
        y = end_y - sign * number / (len(shown) + 1) * _BONE_HEIGHT * 0.95
        x = root_x - layout.run * abs(y - _SPINE_Y) / _BONE_HEIGHT
        axes.plot([x - 2.0, x], [y, y], color=INK, linewidth=0.7)
        label = axes.text(x - 2.4, y, _wrap(cause, chars, max_lines), ha="right", va="center",
                          fontsize=7.5, linespacing=1.0)
        _narrow_until_fits(axes, label, cause, chars, max_lines, x - layout.spacing + 1.8)


def _narrow_until_fits(axes: Any, label: Any, text: str, chars: int, max_lines: int,
                       left_limit: float) -> None:
    """Re-wrap a cause narrower while its left edge crosses the previous bone."""
    renderer = axes.figure.canvas.get_renderer()
    to_data = axes.transData.inverted()
    while chars > 8:
        left = to_data.transform(label.get_window_extent(renderer))[0][0]
        if left >= max(left_limit, 0.3):
            return
        chars -= 2
        label.set_text(_wrap(text, chars, max_lines))


def _fishbone_height(categories: Sequence[tuple[str, Sequence[str]]], chars: int) -> float:
    """Inches that give the most crowded bone's causes their lines (3 to 5 inches)."""
    needed = 0.0
    for _, items in categories:
        shown = _shown_causes(items)
        lines = max((_wrap(c, chars, 4).count("\n") + 1 for c in shown), default=1)
        bone_points = (lines * _LINE_POINTS + 3) * (len(shown) + 1) / 0.95
        needed = max(needed, bone_points / (_BONE_HEIGHT / 100 * 0.98 * 72))
    return min(5.0, max(3.0, needed))


def fishbone_png(problem: str, causes: Mapping[str, Sequence[str]], dpi: int = 200) -> bytes:
    """An Ishikawa diagram: a spine to the problem's box, one slanted bone per category
    (alternately above and below), each cause as a short labelled branch off its bone.

    Categories keep their given order; a bone shows at most MAX_CAUSES_PER_BONE causes.
    """
    from matplotlib.patches import FancyArrow

    categories = list(causes.items()) or [("(no causes recorded)", [])]
    per_side = (len(categories) + 1) // 2
    usable = _HEAD_X - 3.0
    run = min(10.0, 0.6 * usable / (per_side + 1))
    spacing = (usable - run) / per_side
    height = _fishbone_height(categories, int((spacing - 3.5) * _CHARS_PER_UNIT))
    layout = _BoneLayout(spacing=spacing, run=run, points_per_unit=height * 72 * 0.98 / 100)
    figure = _figure(7.2, height, dpi)  # measured at the output resolution (see below)
    axes = figure.add_axes((0.005, 0.01, 0.99, 0.98))
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 100)
    axes.axis("off")
    axes.add_patch(FancyArrow(0.5, _SPINE_Y, _HEAD_X - 1.7, 0, width=0.5 * 4.5 / height,
                              head_width=2.6 * 4.5 / height,
                              head_length=1.6, length_includes_head=True, color=INK))
    axes.text(_HEAD_X + 1.2, _SPINE_Y, _wrap(problem, 19, max_lines=12), ha="left",
              va="center", fontsize=8, fontweight="bold", linespacing=1.1,
              bbox={"boxstyle": "square,pad=0.6", "fc": "white", "ec": INK, "lw": 1.4})
    for index, (category, items) in enumerate(categories):
        root_x = run + (index // 2 + 1) * layout.spacing
        _draw_bone(axes, category, items, root_x, up=index % 2 == 0, layout=layout)
    return _png(figure, dpi)


# --------------------------------------------------------------------------- score trend

_KIND_MARKERS: dict[str, tuple[str, str, str]] = {  # kind -> marker, face, legend
    "pre_test": ("s", "white", "Pre-test (baseline)"),
    "coaching": ("o", INK, "Coaching assessment"),
    "post_mentorship": ("^", INK, "Post-mentorship assessment"),
}


def score_trend_png(points: Sequence[_TrendPoint], dpi: int = 200, *, threshold: float = 85.0,
                    title: str | None = None) -> bytes:
    """A mentee's scores on one competency over time, with the validation threshold.

    ``points`` are :class:`mentoroffice.checklists.progress.TrendPoint` (or alike): date,
    score (None when nothing was applicable: left out) and assessment kind.
    """
    from matplotlib.lines import Line2D

    scored = [(p, float(p.score)) for p in points if p.score is not None]
    if not scored:
        raise ValueError("A score trend needs at least one scored assessment.")
    figure = _figure(7.2, 2.9)
    axes = figure.add_axes((0.08, 0.3, 0.9, 0.6))
    dates = [p.assessed_on for p, _ in scored]
    scores = [score for _, score in scored]
    axes.plot(dates, scores, color=INK, linewidth=1.0, zorder=2)
    handles = []
    for kind, (marker, face, legend) in _KIND_MARKERS.items():
        chosen = [(p.assessed_on, score) for p, score in scored if p.kind == kind]
        if chosen:
            axes.plot([d for d, _ in chosen], [s for _, s in chosen], linestyle="none",
                      marker=marker, markersize=7, markerfacecolor=face, markeredgecolor=INK,
                      zorder=3)
            handles.append(Line2D([], [], linestyle="none", marker=marker, markersize=6,
                                  markerfacecolor=face, markeredgecolor=INK, label=legend))
    axes.axhline(threshold, color=GREY, linestyle="--", linewidth=1.1)
    handles.append(Line2D([], [], color=GREY, linestyle="--",
                          label=f"Validation threshold {threshold:g}%"))
    for day, value in zip(dates, scores, strict=True):
        axes.annotate(f"{value:.0f}%", (day, value), xytext=(0, 7), textcoords="offset points",
                      ha="center", fontsize=7)
    axes.set_ylim(0, 110)
    axes.set_yticks([0, 20, 40, 60, 80, 100])
    axes.margins(x=0.06)
    axes.set_ylabel("Score (%)", fontsize=8)
    axes.tick_params(labelsize=7.5)
    axes.grid(axis="y", color=LIGHT, linewidth=0.5)
    _date_axis(axes, dates)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if title:
        axes.set_title(title, fontsize=10, loc="left", fontweight="bold")
    figure.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.07, 0.0), ncol=2,
                  fontsize=7.5, frameon=False)
    return _png(figure, dpi)


def _date_axis(axes: Any, dates: Sequence[dt.date]) -> None:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    # matplotlib.dates leaves these constructors unannotated
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(DateFormatter("%b %Y"))  # type: ignore[no-untyped-call]
    if len(set(dates)) == 1:
        only = dates[0]
        axes.set_xlim(only - dt.timedelta(days=20), only + dt.timedelta(days=20))
