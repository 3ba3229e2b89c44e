"""Run charts drawn by ReportLab itself, as vector graphics, for printed reports.

The same content as :func:`.charts.run_chart_png` (the window still draws that one): monthly
points, the median, the signals marked on their points, QI changes (PDSA cycle starts) as
dotted vertical lines with their labels, a two-column legend. Drawn once at print size in the
report's own font, the chart costs a few milliseconds instead of matplotlib's 100-odd, adds no
image to decode and re-compress, and prints sharp at any printer's resolution.

Black-and-white first, as the PNG charts: every meaning is carried by a marker shape, a line
style or a word.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..indicators.runchart import RunChartAnalysis, month_ticks
from .charts import SIGNAL_STYLES, _date_position, _y_limits
from .pdf import FONT, FONT_BOLD, register_fonts

__all__ = ["run_chart_drawing"]

INK = colors.black
GREY = colors.Color(0.45, 0.45, 0.45)
LIGHT = colors.Color(0.8, 0.8, 0.8)
TICK_SIZE = 7.0
MARKER_LINE = 1.1  # the hollow signal markers' outline
LEGEND_SIZE = 7.0
LEGEND_ROW = 10.0
PLOT_HEIGHT = 135.0
LEFT = 38.0  # room for the y labels and the axis title
TITLE_ROOM = 18.0
TICK_ROOM = 24.0  # month names, the year below the first and each January


def run_chart_drawing(series_label: str, months: Sequence[dt.date],
                      values_percent: Sequence[float], analysis: RunChartAnalysis,
                      annotations: Sequence[tuple[dt.date, str]] = (), width: float = 480.0,
                      *, direction: str | None = None) -> Drawing:
    """A run chart `width` points wide, its height fitted to the legend's rows."""
    if not values_percent or len(months) != len(values_percent):
        raise ValueError("A run chart needs one value per month and at least one month.")
    register_fonts()
    values = [float(v) for v in values_percent]
    legend = _legend_entries(analysis, annotations, months)
    legend_height = LEGEND_ROW * ((len(legend) + 1) // 2) + 4
    height = TITLE_ROOM + PLOT_HEIGHT + TICK_ROOM + legend_height
    drawing = Drawing(width, height)
    # else the renderer starts in Times-Roman, not embedded (attributes the stubs leave out)
    drawing.initialFontName = FONT  # type: ignore[attr-defined]
    drawing.initialFontSize = TICK_SIZE  # type: ignore[attr-defined]
    plot = _Plot(LEFT, legend_height + TICK_ROOM, width - LEFT - 4, PLOT_HEIGHT, len(values),
                 _y_limits(values))
    drawing.add(String(2, height - 12, series_label, fontName=FONT_BOLD, fontSize=10))
    _y_axis(drawing, plot, direction)
    _x_axis(drawing, plot, months)
    _changes(drawing, plot, months, annotations)
    drawing.add(Line(plot.left, plot.y(analysis.median), plot.right, plot.y(analysis.median),
                     strokeColor=GREY, strokeWidth=1.2, strokeDashArray=[4, 2]))
    _points(drawing, plot, values)
    _signals(drawing, plot, values, analysis)
    _legend(drawing, legend, width, legend_height, analysis.median)
    return drawing


class _Plot:
    """Data to page coordinates: month index on x (a month's point at its middle), percent
    on y."""

    def __init__(self, left: float, bottom: float, width: float, height: float, count: int,
                 limits: tuple[float, float]) -> None:
        self.left, self.bottom, self.width, self.height = left, bottom, width, height
        self.right, self.top = left + width, bottom + height
        self.x_low, self.x_high = -0.6, count - 0.4
        self.y_low, self.y_high = limits

    def x(self, position: float) -> float:
        return self.left + (position - self.x_low) / (self.x_high - self.x_low) * self.width

    def y(self, percent: float) -> float:
        return self.bottom + (percent - self.y_low) / (self.y_high - self.y_low) * self.height


def _y_ticks(low: float, high: float, bins: int = 6) -> list[int]:
    """Whole-number ticks at a step of 1, 2, 5 or 10 times a power of ten, at most `bins`."""
    raw = (high - low) / bins
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next((m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw), 10 * magnitude)
    step = max(1, round(step))
    first = math.ceil(low / step) * step
    return list(range(int(first), math.floor(high) + 1, int(step)))


def _y_axis(drawing: Drawing, plot: _Plot, direction: str | None) -> None:
    for tick in _y_ticks(plot.y_low, plot.y_high):
        y = plot.y(tick)
        drawing.add(Line(plot.left, y, plot.right, y, strokeColor=LIGHT, strokeWidth=0.5))
        drawing.add(Line(plot.left - 3, y, plot.left, y, strokeColor=INK, strokeWidth=0.6))
        drawing.add(String(plot.left - 5, y - 2.5, f"{tick}", fontName=FONT,
                           fontSize=TICK_SIZE, textAnchor="end"))
    drawing.add(Line(plot.left, plot.bottom, plot.left, plot.top, strokeColor=INK,
                     strokeWidth=0.8))
    better = {"up": " (higher is better)", "down": " (lower is better)"}.get(direction or "", "")
    label = Group(String(0, 0, f"Percent{better}", fontName=FONT, fontSize=8,
                         textAnchor="middle"))
    label.rotate(90)
    label.translate(plot.bottom + plot.height / 2, -8)
    drawing.add(label)


def _x_axis(drawing: Drawing, plot: _Plot, months: Sequence[dt.date]) -> None:
    drawing.add(Line(plot.left, plot.bottom, plot.right, plot.bottom, strokeColor=INK,
                     strokeWidth=0.8))
    positions, labels = month_ticks(months)
    for position, label in zip(positions, labels, strict=True):
        x = plot.x(position)
        drawing.add(Line(x, plot.bottom - 3, x, plot.bottom, strokeColor=INK, strokeWidth=0.6))
        for line, text in enumerate(label.split("\n")):
            drawing.add(String(x, plot.bottom - 11 - 8.5 * line, text, fontName=FONT,
                               fontSize=TICK_SIZE, textAnchor="middle"))


def _points(drawing: Drawing, plot: _Plot, values: Sequence[float]) -> None:
    points = [(plot.x(i), plot.y(v)) for i, v in enumerate(values)]
    if len(points) > 1:
        drawing.add(PolyLine([c for point in points for c in point], strokeColor=INK,
                             strokeWidth=1.1))
    for x, y in points:
        drawing.add(Circle(x, y, 2.0, fillColor=INK, strokeColor=INK, strokeWidth=0.5))


def _marker(shape: str, x: float, y: float, size: float) -> Circle | Rect | Polygon:
    """A hollow marker `size` points across: square, circle, triangle or diamond."""
    half = size / 2
    if shape == "s":
        return _rect(x - half, y - half, size, size, None, INK, MARKER_LINE)
    if shape == "^":
        return Polygon([x - half, y - half * 0.8, x + half, y - half * 0.8, x, y + half],
                       fillColor=None, strokeColor=INK, strokeWidth=MARKER_LINE)
    if shape == "D":
        return Polygon([x, y - half, x + half, y, x, y + half, x - half, y], fillColor=None,
                       strokeColor=INK, strokeWidth=MARKER_LINE)
    return Circle(x, y, half, fillColor=None, strokeColor=INK, strokeWidth=MARKER_LINE)


def _rect(x: float, y: float, width: float, height: float, fill: colors.Color | None,
          stroke: colors.Color | None, stroke_width: float | None = None) -> Rect:
    """A rectangle, styled once made: the stubs type Rect's keywords as one dictionary."""
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor = fill, stroke
    if stroke_width is not None:
        rect.strokeWidth = stroke_width
    return rect


def _signals(drawing: Drawing, plot: _Plot, values: Sequence[float],
             analysis: RunChartAnalysis) -> None:
    for signal in analysis.signals:
        style = SIGNAL_STYLES.get(signal.rule)
        if style is None:
            continue
        for index in signal.indexes:
            drawing.add(_marker(style.marker, plot.x(index), plot.y(values[index]),
                                style.size * 0.9))


def _changes(drawing: Drawing, plot: _Plot, months: Sequence[dt.date],
             annotations: Sequence[tuple[dt.date, str]]) -> None:
    """Dotted lines at the changes, labels staggered so neighbours do not overlap."""
    placed: list[float] = []
    for day, label in sorted(annotations):
        position = _date_position(day, months)
        if position is None:
            continue
        x = plot.x(position)
        drawing.add(Line(x, plot.bottom, x, plot.top, strokeColor=INK, strokeWidth=1.0,
                         strokeDashArray=[1, 2]))
        level = sum(1 for p in placed if abs(p - position) < 1.6) % 3
        placed.append(position)
        y = plot.top - 9 - 11 * level
        text_width = stringWidth(label, FONT, 7)
        start = x + 3 if x + 3 + text_width <= plot.right else x - 3 - text_width  # fits
        drawing.add(_rect(start - 1, y - 2, text_width + 2, 9, colors.white, None))
        drawing.add(String(start, y, label, fontName=FONT, fontSize=7))


def _legend_entries(analysis: RunChartAnalysis, annotations: Sequence[tuple[dt.date, str]],
                    months: Sequence[dt.date]) -> list[tuple[str, str]]:
    """(kind of sample, text) in the PNG chart's order."""
    entries = [("points", "Monthly value (%)"), ("median", f"Median {analysis.median:.1f}%")]
    drawn: set[str] = set()
    for signal in analysis.signals:
        style = SIGNAL_STYLES.get(signal.rule)
        if style is not None and signal.indexes and signal.rule not in drawn:
            drawn.add(signal.rule)
            entries.append((style.marker, style.legend))
    for signal in analysis.signals:
        if signal.rule not in SIGNAL_STYLES and signal.rule not in drawn:
            drawn.add(signal.rule)
            entries.append(("!", signal.message))
    if any(_date_position(day, months) is not None for day, _ in annotations):
        entries.append(("change", "Change tested (PDSA cycle start)"))
    if not any(s.rule for s in analysis.signals):
        entries.append(("none", "No signal: random variation"))
    return entries


def _legend(drawing: Drawing, entries: list[tuple[str, str]], width: float, height: float,
            median: float) -> None:
    column = (width - LEFT) / 2
    for number, (kind, text) in enumerate(entries):
        x = LEFT - 10 + column * 0.8 * (number % 2)
        y = height - LEGEND_ROW * (number // 2 + 1)
        sample = x + 10
        if kind == "points":
            drawing.add(Line(x, y + 2.5, x + 20, y + 2.5, strokeColor=INK, strokeWidth=1.1))
            drawing.add(Circle(sample, y + 2.5, 2.0, fillColor=INK, strokeColor=INK))
        elif kind == "median":
            drawing.add(Line(x, y + 2.5, x + 20, y + 2.5, strokeColor=GREY, strokeWidth=1.2,
                             strokeDashArray=[4, 2]))
        elif kind == "change":
            drawing.add(Line(x, y + 2.5, x + 20, y + 2.5, strokeColor=INK, strokeWidth=1.0,
                             strokeDashArray=[1, 2]))
        elif kind == "!":
            drawing.add(String(sample, y, "!", fontName=FONT_BOLD, fontSize=LEGEND_SIZE,
                               textAnchor="middle"))
        elif kind != "none":
            drawing.add(_marker(kind, sample, y + 2.5, 6))
        max_width = (column * 0.8 - 30) if number % 2 == 0 else (width - x - 30)
        drawing.add(String(x + 26, y, _fitted(text, max_width), fontName=FONT,
                           fontSize=LEGEND_SIZE))


def _fitted(text: str, width: float) -> str:
    """The text, cut with an ellipsis if it would run into the next column."""
    if stringWidth(text, FONT, LEGEND_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", FONT, LEGEND_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"
