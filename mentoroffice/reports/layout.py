"""Layout pieces shared by the reports built on one A4 page width: headings that keep with
their table, text tables and label/value grids, the progress steps of a long report.

Moved out of :mod:`.supervision` so that the letters, the validation reports and the district
pack use them without importing the hospital report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from ..figures.progress import Steps
from ..figures.validation_summary import percent
from ..periods import Period
from .pdf import (
    GRID_GREY,
    SHADE_GREY,
    DocumentMeta,
    ReportStyles,
    data_table,
    esc,
    format_date,
    frame_width,
    layout_table,
)

__all__ = [
    "PAGE_WIDTH", "Checkpoint", "Steps", "count_pct", "field_grid", "heading", "period_meta",
    "section", "text_table",
]

PAGE_WIDTH = frame_width(A4)


# --------------------------------------------------------------------------- progress


class Checkpoint(Flowable):
    """Takes no room; ticks the progress (and checks cancelling) as layout reaches it."""

    def __init__(self, steps: Steps) -> None:
        super().__init__()
        self.steps, self._passed = steps, False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._passed:
            self._passed = True
            self.steps.tick()
        return 0, 0

    def draw(self) -> None:
        pass


# --------------------------------------------------------------------------- small pieces


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(text, style)


def heading(markup: str, styles: ReportStyles, room: float = 30 * mm,
            then: Flowable | None = None) -> list[Flowable]:
    """A section heading that starts a new page when less than ``room`` is left under it,
    or than the heading row and first row of the table ``then`` need.

    (The style's keep-with-next would move a whole long table to the next page instead of
    letting it start under its heading.)
    """
    if isinstance(then, Table):
        then.wrap(PAGE_WIDTH, 1000 * mm)
        heights = then._rowHeights  # type: ignore[attr-defined]  # set by wrap; not in the stubs
        room = max(room, sum(heights[:2]) + 14 * mm)  # heading, header, first row
    return [CondPageBreak(room), Paragraph(markup, styles.heading.clone("Head", keepWithNext=0))]


def section(markup: str, body: Flowable, styles: ReportStyles) -> list[Flowable]:
    """A heading and its table (or paragraph), never parted at a page's foot."""
    return [*heading(markup, styles, then=body), body]


def count_pct(part: int | None, whole: int | None) -> str:
    if part is None or whole is None:
        return "—"
    share = percent(part, whole)
    return f"{part:,}" if share is None else f"{part:,} ({share}%)"


def text_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
           styles: ReportStyles, *, numeric_from: int | None = None,
           extra: Sequence[tuple[Any, ...]] = (), empty: str = "None.") -> Flowable:
    """A data table from text cells (escaped here) or ready flowables; numbers right-aligned."""
    def cell(value: Any, column: int, header_row: bool) -> Any:
        if not isinstance(value, str):
            return value
        numeric = numeric_from is not None and column >= numeric_from
        if header_row:
            return _p(esc(value), styles.header_cell_centre if numeric else styles.header_cell)
        return _p(esc(value), styles.cell_right if numeric else styles.cell)
    if not rows:
        return _p(f"<i>{esc(empty)}</i>", styles.small)
    body = [[cell(v, c, True) for c, v in enumerate(header)]]
    body += [[cell(v, c, False) for c, v in enumerate(row)] for row in rows]
    return data_table(body, _fill(widths), extra_style=list(extra))


def _fill(widths: Sequence[float]) -> list[float]:
    """Widths with one 0 replaced by what is left of the page."""
    rest = PAGE_WIDTH - sum(widths)
    return [w or rest for w in widths]


def field_grid(pairs: Sequence[tuple[str, str]], styles: ReportStyles, columns: int = 2
               ) -> Flowable:
    """Label / value pairs, ``columns`` pairs to a row, in a light grid (values bold when
    several share a row, plain when each has the page's width for a longer text)."""
    label_w = 38 * mm
    value_w = PAGE_WIDTH / columns - label_w
    value = "<b>{}</b>" if columns > 1 else "{}"
    padded = list(pairs) + [("", "")] * (-len(pairs) % columns)
    rows = []
    for start in range(0, len(padded), columns):
        row: list[Any] = []
        for label, text in padded[start:start + columns]:
            row += [_p(esc(label), styles.cell), _p(value.format(esc(text)), styles.cell)]
        rows.append(row)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (c, 0), (c, -1), SHADE_GREY) for c in range(0, 2 * columns, 2)]
    return layout_table(rows, [label_w, value_w] * columns, style)


def period_meta(office: str, title: str, place: str, period: Period) -> DocumentMeta:
    """Header and document properties of a report on one place over one period."""
    return DocumentMeta(title=title, office_name=office, facility=place,
                        filter_text=f"{place}, {period.label}",
                        subtitle=f"{period.label}: {format_date(period.start)} \N{EN DASH} "
                                 f"{format_date(period.end)}")

