"""Shared ReportLab infrastructure for every printed report.

- Fonts: DejaVu Sans (regular, bold, oblique, bold oblique) from matplotlib's data
  folder, registered once and embedded as TrueType subsets, so French and
  Kinyarwanda names ("Émilienne", "Théogène") and symbols (★ ✓ ✗) print, and no
  unembedded standard Type 1 font (Helvetica) is ever referenced.
- :class:`DocumentMeta`: what the page header and footer show.
- :func:`build_pdf`: lays out a story on A4 pages with a header (office name,
  document title, facility, optional per-document block such as fill-in fields)
  and a footer (generation date, filter text, "Page x of y"), then writes it
  atomically (``name.partial`` then ``os.replace``) or into a binary buffer.
- :func:`data_table`: a ``LongTable`` with a repeated header row and the standard
  black-and-white friendly style.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import importlib.util
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.doctemplate import LayoutError

from ..figures.progress import ReportError

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "GRID_GREY",
    "HEADER_GREY",
    "SHADE_GREY",
    "DocumentMeta",
    "NumberedCanvas",
    "ReportDocTemplate",
    "ReportError",
    "ReportStyles",
    "build_pdf",
    "data_table",
    "esc",
    "format_date",
    "format_percent",
    "frame_width",
    "layout_table",
    "register_fonts",
    "render_pdf",
    "report_styles",
    "standard_table_style",
    "write_atomically",
]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES: dict[str, str] = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Greys only: the office prints on black-and-white laser printers and photocopies.
GRID_GREY = colors.Color(0.35, 0.35, 0.35)
HEADER_GREY = colors.Color(0.86, 0.86, 0.86)
SHADE_GREY = colors.Color(0.94, 0.94, 0.94)
TEXT_GREY = colors.Color(0.25, 0.25, 0.25)

PAGE_MARGIN = 14 * mm
HEADER_GAP = 3 * mm  # between the header block and the story
FOOTER_HEIGHT = 10 * mm

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class DocumentMeta:
    """What the header and footer of every page show."""

    title: str
    office_name: str
    facility: str | None = None
    filter_text: str | None = None
    generated_on: dt.date = field(default_factory=dt.date.today)
    subtitle: str | None = None  # a smaller line under the title (form code, period...)
    author: str | None = None  # PDF metadata only


def frame_width(pagesize: tuple[float, float] = A4) -> float:
    """Width available to the story on a page of that size (tables are sized from it)."""
    return pagesize[0] - 2 * PAGE_MARGIN


# --------------------------------------------------------------------------- text helpers


def esc(text: str) -> str:
    """Escape user text for a Paragraph (its markup is XML: '&' and '<' would break it)."""
    return escape(text)


def format_date(value: dt.date | None, empty: str = "—") -> str:
    """'3 May 2024': unambiguous on paper in English, French or Kinyarwanda offices."""
    if value is None:
        return empty
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_percent(value: float | None, empty: str = "—") -> str:
    """'85%' or '87.5%': whole numbers print without a decimal."""
    if value is None:
        return empty
    rounded = round(value, 1)
    return f"{rounded:.0f}%" if rounded == int(rounded) else f"{rounded:.1f}%"


# --------------------------------------------------------------------------- fonts


def _matplotlib_fonts_dir() -> Path:
    """matplotlib's bundled TTF folder, found without importing matplotlib (and numpy)."""
    spec = importlib.util.find_spec("matplotlib")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        candidate = Path(location) / "mpl-data" / "fonts" / "ttf"
        if candidate.is_dir():
            return candidate
    import matplotlib  # frozen builds may hide the package folder; ask matplotlib itself

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _font_path(file_name: str) -> Path:
    return _matplotlib_fonts_dir() / file_name


def register_fonts() -> None:
    """Register the DejaVu Sans family with ReportLab (idempotent).

    Also maps <b> and <i> in Paragraph markup to the bold and oblique faces.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FONT_FILES.items():
        if name in registered:
            continue
        path = _font_path(file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # TTFError, OSError: a broken installation
            raise ReportError(
                f"The font file {path} could not be loaded ({exc}). "
                "Reinstall MentorOffice to restore it."
            ) from exc
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class ReportStyles:
    """The paragraph styles reports share; all in DejaVu Sans."""

    body: ParagraphStyle
    small: ParagraphStyle
    small_italic: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_right: ParagraphStyle
    cell_guidance: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_centre: ParagraphStyle
    header_office: ParagraphStyle
    footer: ParagraphStyle


def report_styles() -> ReportStyles:
    """Fresh styles (callers may copy and tweak them without side effects)."""
    register_fonts()
    body = ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=12)
    cell = ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=10.5)
    header_cell = ParagraphStyle("HeaderCell", parent=cell, fontName=FONT_BOLD, fontSize=8,
                                 leading=9.5)
    return ReportStyles(
        body=body,
        small=ParagraphStyle("Small", parent=body, fontSize=8, leading=10),
        small_italic=ParagraphStyle("SmallItalic", parent=body, fontName=FONT_ITALIC,
                                    fontSize=8, leading=10),
        title=ParagraphStyle("Title", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16),
        subtitle=ParagraphStyle("Subtitle", parent=body, fontSize=9, leading=11,
                                textColor=TEXT_GREY),
        heading=ParagraphStyle("Heading", parent=body, fontName=FONT_BOLD, fontSize=10.5,
                               leading=13, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        cell=cell,
        cell_bold=ParagraphStyle("CellBold", parent=cell, fontName=FONT_BOLD),
        cell_centre=ParagraphStyle("CellCentre", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT),
        cell_guidance=ParagraphStyle("CellGuidance", parent=cell, fontName=FONT_ITALIC,
                                     fontSize=7, leading=8.5, textColor=TEXT_GREY,
                                     spaceBefore=1.5),
        header_cell=header_cell,
        header_cell_centre=ParagraphStyle("HeaderCellCentre", parent=header_cell,
                                          alignment=TA_CENTER),
        header_office=ParagraphStyle("HeaderOffice", parent=body, fontName=FONT_BOLD,
                                     fontSize=8, leading=10, textColor=TEXT_GREY),
        footer=ParagraphStyle("Footer", parent=body, fontSize=7, leading=8.5,
                              textColor=TEXT_GREY),
    )


# --------------------------------------------------------------------------- tables


def standard_table_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """Grid, grey header row(s), top-aligned cells, DejaVu fonts."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONTNAME", (0, 0), (-1, last), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, last), HEADER_GREY),
            ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
        ]
    return commands


def layout_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    style: Sequence[tuple[Any, ...]] = (),
    *,
    row_heights: Sequence[float | None] | None = None,
) -> Table:
    """A Table for layout (fields, boxes, signatures) whose plain-text cells use DejaVu.

    Table's default font is Helvetica, which even an empty cell would pull into the
    page's resources as an unembedded Type 1 font.
    """
    table = Table(
        [list(row) for row in rows],
        colWidths=list(col_widths),
        rowHeights=list(row_heights) if row_heights is not None else None,
        hAlign="LEFT",
    )
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    *style])
    return table


def data_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> LongTable:
    """A LongTable whose header row(s) repeat on every page it runs onto."""
    table = LongTable(
        [list(row) for row in rows],
        colWidths=list(col_widths),
        repeatRows=header_rows,
        hAlign="LEFT",
    )
    table.setStyle(standard_table_style(header_rows) + list(extra_style))
    return table


# --------------------------------------------------------------------------- page template


def footer_rule_y() -> float:
    """Height of the rule above the footer, from the bottom edge of the page."""
    return PAGE_MARGIN + FOOTER_HEIGHT - 3 * mm


def footer_baseline() -> float:
    """Baseline of the footer's first line (the page number sits on it)."""
    return footer_rule_y() - 1.5 * mm - 7


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, to print "Page x of y".

    Each finished page's state is kept; on ``save`` the total is known, and the
    page number is drawn on every page before it is written out.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own, not in the stubs

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        # the page size and number: Canvas's own attributes, left out of the stubs
        width, _ = self._pagesize  # type: ignore[attr-defined]
        number = self._pageNumber  # type: ignore[attr-defined]
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.black)
        self.drawRightString(width - PAGE_MARGIN, footer_baseline(),
                             f"Page {number} of {total}")
        self.restoreState()


class ReportDocTemplate(BaseDocTemplate):
    """A4 (or any size) pages with the office header and the numbered footer."""

    def __init__(
        self,
        buffer: BinaryIO,
        meta: DocumentMeta,
        *,
        page_header: Flowable | None = None,
        pagesize: tuple[float, float] = A4,
    ) -> None:
        register_fonts()
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=PAGE_MARGIN,
            rightMargin=PAGE_MARGIN,
            topMargin=PAGE_MARGIN,
            bottomMargin=PAGE_MARGIN,
            title=meta.title,
            author=meta.author or meta.office_name,
            subject=meta.filter_text or meta.title,
            creator="MentorOffice",
            initialFontName=FONT,  # keeps Helvetica out of every page's resources
            initialFontSize=9.5,
        )
        self.meta = meta
        self.styles = report_styles()
        self._page_header = page_header
        self._header_parts = self._header_flowables()
        self._footer_text = Paragraph(self._footer_markup(), self.styles.footer)
        header_height = self._measure_header()
        frame = Frame(
            self.leftMargin,
            self.bottomMargin + FOOTER_HEIGHT,
            self.width,
            self.height - header_height - HEADER_GAP - FOOTER_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=self._decorate)])

    # header ---------------------------------------------------------------

    def _header_flowables(self) -> list[Flowable]:
        meta, styles = self.meta, self.styles
        office = esc(meta.office_name)
        if meta.facility:
            office += f"  ·  {esc(meta.facility)}"
        parts: list[Flowable] = [
            Paragraph(office, styles.header_office),
            Paragraph(esc(meta.title), styles.title),
        ]
        if meta.subtitle:
            parts.append(Paragraph(esc(meta.subtitle), styles.subtitle))
        return parts

    def _measure_header(self) -> float:
        height = 0.0
        for part in self._header_parts:
            height += part.wrap(self.width, self.height)[1]
        height += 2.5 * mm  # the rule under the title
        if self._page_header is not None:
            height += self._page_header.wrap(self.width, self.height)[1]
        self._header_height = height
        return height

    def _draw_header(self, canvas: Canvas) -> None:
        top = self.pagesize[1] - self.topMargin
        y = top
        for part in self._header_parts:
            _, h = part.wrap(self.width, self.height)
            y -= h
            part.drawOn(canvas, self.leftMargin, y)
        y -= 1.2 * mm
        canvas.setLineWidth(0.8)
        canvas.setStrokeColor(colors.black)
        canvas.line(self.leftMargin, y, self.leftMargin + self.width, y)
        y -= 1.3 * mm
        if self._page_header is not None:
            _, h = self._page_header.wrap(self.width, self.height)
            y -= h
            self._page_header.drawOn(canvas, self.leftMargin, y)

    # footer ---------------------------------------------------------------

    def _footer_markup(self) -> str:
        text = f"Generated {format_date(self.meta.generated_on)}"
        if self.meta.filter_text:
            text += f"  ·  {esc(self.meta.filter_text)}"
        return text

    def _draw_footer(self, canvas: Canvas) -> None:
        y_rule = footer_rule_y()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(GRID_GREY)
        canvas.line(self.leftMargin, y_rule, self.leftMargin + self.width, y_rule)
        text_width = self.width - 30 * mm  # room for "Page x of y" on the right
        _, h = self._footer_text.wrap(text_width, FOOTER_HEIGHT)
        self._footer_text.drawOn(canvas, self.leftMargin, y_rule - 1.5 * mm - h)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._draw_header(canvas)
        self._draw_footer(canvas)
        canvas.restoreState()


# --------------------------------------------------------------------------- building


def render_pdf(
    story: list[Flowable],
    meta: DocumentMeta,
    *,
    page_header: Flowable | None = None,
    pagesize: tuple[float, float] = A4,
) -> tuple[bytes, int]:
    """Lay out the story in memory; returns the PDF bytes and the page count."""
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, meta, page_header=page_header, pagesize=pagesize)
    try:
        doc.build(list(story), canvasmaker=NumberedCanvas)
    except LayoutError as exc:
        raise ReportError(
            f"'{meta.title}' could not be laid out: a text or table row is taller than a "
            "page. Shorten the longest text and print again."
        ) from exc  # the chained LayoutError names the flowable, for the log
    return buffer.getvalue(), doc.page


def build_pdf(
    out: str | os.PathLike[str] | BinaryIO,
    story: list[Flowable],
    meta: DocumentMeta,
    *,
    page_header: Flowable | None = None,
    pagesize: tuple[float, float] = A4,
) -> int:
    """Build the PDF into ``out`` (a path or a binary buffer); returns the number of pages.

    A path is written atomically: the whole document is laid out in memory, written
    to ``<name>.partial`` beside the target, then renamed over it, so a failure never
    leaves a half-written PDF. Failures to write raise :class:`ReportError` with a
    message for the user.
    """
    data, pages = render_pdf(story, meta, page_header=page_header, pagesize=pagesize)
    if isinstance(out, (str, os.PathLike)):
        write_atomically(Path(out), data)
    else:
        out.write(data)
    return pages


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through ``<name>.partial``; ReportError on any OSError."""
    partial = partial_path(path)
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        _remove_quietly(partial)
        raise ReportError(_write_error_message(path, exc), str(path)) from exc


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _write_error_message(path: Path, exc: OSError) -> str:
    where = f"The PDF could not be saved as {path}"
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return f"{where}: the folder {path.parent} does not exist. Choose another folder."
    if isinstance(exc, IsADirectoryError):
        return f"{where}: a folder has that name. Choose another file name."
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (
            f"{where}: access was refused. If the file is open in a PDF viewer, close it "
            "and try again; otherwise choose a folder you may write to, such as Documents."
        )
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"{where}: the disk is full. Free some space or choose another drive."
    if exc.errno == errno.EROFS:
        return f"{where}: the drive is read-only. Choose another folder."
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}. Choose another folder or file name and try again."
