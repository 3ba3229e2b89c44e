"""Score-trend charts drawn with matplotlib, imported only when a chart is first needed.

Competencies are told apart by marker and line style as well as colour, and the pass line
is labelled, so the chart reads in black and white too.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from ...checklists.forms import DEFAULT_PASS_THRESHOLD
from ...checklists.service import CompetencyOverview
from ...data.enums import AssessmentKind

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">", "h")
LINESTYLES = ("-", "--", "-.", ":")


def draw_trends(figure: Any, competencies: Sequence[CompetencyOverview],
                labels: dict[str, str] | None = None) -> None:
    """Draw one line per competency on ``figure`` (a matplotlib Figure), scores over time."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    labels = labels or {}
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    plotted = [c for c in competencies if any(p.score is not None for p in c.trend)]
    for number, competency in enumerate(plotted):
        points = [p for p in competency.trend if p.score is not None]
        axes.plot([p.assessed_on for p in points], [p.score for p in points],
                  marker=MARKERS[number % len(MARKERS)],
                  linestyle=LINESTYLES[number // len(MARKERS) % len(LINESTYLES)],
                  markersize=5, linewidth=1.4, label=competency.code)
        validating = [p for p in points if p.assessed_on == competency.validated_on
                      and p.kind == AssessmentKind.POST_MENTORSHIP]
        if validating:
            axes.plot([validating[0].assessed_on], [validating[0].score], marker="*",
                      markersize=13, color="black", linestyle="none")
    axes.axhline(DEFAULT_PASS_THRESHOLD, color="0.35", linestyle="--", linewidth=1)
    axes.text(0.005, DEFAULT_PASS_THRESHOLD + 1, labels.get("pass", "85% pass"),
              transform=axes.get_yaxis_transform(), fontsize=8, color="0.25", va="bottom")
    axes.set_ylim(0, 105)
    axes.set_ylabel(labels.get("score", "Score (%)"))
    axes.grid(True, axis="y", color="0.9")
    if plotted:
        locator = AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        axes.plot([], [], marker="*", color="black", linestyle="none", markersize=10,
                  label=labels.get("validated", "validated"))
        axes.legend(loc="lower right", fontsize=8, ncols=min(6, len(plotted) + 1),
                    frameon=True, framealpha=0.9)
    else:
        axes.text(0.5, 0.5, labels.get("empty", "No assessment yet"), ha="center",
                  va="center", transform=axes.transAxes, color="0.4")
    figure.tight_layout()


def trend_png(competencies: Sequence[CompetencyOverview], *, width: float = 7.0,
              height: float = 2.4, dpi: int = 200) -> bytes:
    """The trend chart as PNG bytes for a printed sheet; safe off the GUI thread (Agg)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    draw_trends(figure, competencies)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
