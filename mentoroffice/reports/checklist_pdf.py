"""Printed checklists: the blank form a mentor carries to the ward, a filled assessment,
and a mentee's progress sheet with coaching plan.

All three are built from plain dataclasses (a :class:`FormDefinition` read from
``forms/``, and those of :mod:`mentoroffice.checklists.sheets`); nothing here touches Qt
or the database, and no chart library: the progress trend arrives as PNG bytes.

Black-and-white friendly: meaning never rests on colour. Critical steps carry a
bold ★, results print as ✓ / ✗ / N/A, and shading is light grey only.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from ..checklists.forms import LANGUAGE_NAMES, FormDefinition, FormItem
from ..checklists.sheets import (  # what is printed: made by the checklist service
    CoachingPlanLine,
    CompetencyProgress,
    FilledAssessment,
    ProgressSheet,
)
from .pdf import (
    FONT_BOLD,
    FONT_ITALIC,
    GRID_GREY,
    SHADE_GREY,
    DocumentMeta,
    ReportStyles,
    build_pdf,
    data_table,
    esc,
    format_date,
    format_percent,
    frame_width,
    layout_table,
    report_styles,
)

__all__ = [
    "DEFAULT_OFFICE_NAME",
    "CoachingPlanLine",
    "CompetencyProgress",
    "FilledAssessment",
    "ProgressSheet",
    "blank_checklist_pdf",
    "filled_assessment_pdf",
    "progress_sheet_pdf",
]

DEFAULT_OFFICE_NAME = "MentorOffice"
Output = str | os.PathLike[str] | BinaryIO

DONE, NOT_DONE, NOT_APPLICABLE = "done", "not_done", "na"
CRITICAL_MARK = "★"
TICK_MARKS: dict[str, str] = {DONE: "✓", NOT_DONE: "✗", NOT_APPLICABLE: "N/A"}
BOX = "☐"
_SPACES = "&nbsp;" * 6  # Paragraph markup collapses plain runs of spaces

PAGE_WIDTH = frame_width(A4)
# Checklist columns: number, step, critical, done, not done, N/A, notes.
_NUMBER_W, _CRITICAL_W, _TICK_W, _NA_W, _NOTES_W = 8.5 * mm, 5 * mm, 11 * mm, 10 * mm, 46 * mm
_STEP_W = PAGE_WIDTH - _NUMBER_W - _CRITICAL_W - 2 * _TICK_W - _NA_W - _NOTES_W
CHECKLIST_WIDTHS = (_NUMBER_W, _STEP_W, _CRITICAL_W, _TICK_W, _TICK_W, _NA_W, _NOTES_W)
_RESULT_COLUMNS: dict[str, int] = {DONE: 3, NOT_DONE: 4, NOT_APPLICABLE: 5}
KEEP_WITH_SECTION_TITLE = 2  # item rows that never part from their section's title row

MENTEE_KINDS = ("Pre-test (baseline)", "Coaching", "Post-mentorship")
FACILITY_KINDS = ("Baseline", "Supervision")


# --------------------------------------------------------------------------- small flowables


class TickBox(Flowable):
    """An empty square to tick by hand, centred in its cell."""

    def __init__(self, size: float = 3.2 * mm) -> None:
        super().__init__()
        self.size = size
        self._width = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(colors.black)
        canvas.rect((self._width - self.size) / 2, 0, self.size, self.size, stroke=1, fill=0)


class WriteLine(Flowable):
    """A line to write on, as wide as its cell."""

    def __init__(self, height: float = 5 * mm) -> None:
        super().__init__()
        self.line_height = height
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.line_height

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0, self._width, 0)


# --------------------------------------------------------------------------- shared pieces


def _number(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def pass_rule_text(form: FormDefinition) -> str:
    threshold = _number(form.pass_threshold)
    if form.kind == "facility":
        return (
            f"Target met when the score is at least {threshold}% and every critical "
            f"item ({CRITICAL_MARK}) is done."
        )
    return (
        f"Validated when the post-mentorship score is at least {threshold}% and every "
        f"critical step ({CRITICAL_MARK}) is done."
    )


def _language_text(form: FormDefinition) -> str:
    """The language the form is printed in and, if some steps are not translated, how many."""
    text = LANGUAGE_NAMES.get(form.language, form.language)
    fallback = form.fallback_steps
    if fallback:
        text += f" ({fallback} step{'s' if fallback != 1 else ''} in English)"
    return text


def _form_subtitle(form: FormDefinition) -> str:
    critical = len(form.critical_codes)
    steps = "items" if form.kind == "facility" else "steps"
    return (
        f"Form {form.code} · {_language_text(form)} · version {form.version} · "
        f"{form.technical_area} · {len(form.items)} {steps}, {critical} critical ({CRITICAL_MARK})"
    )


def _meta(
    form: FormDefinition,
    *,
    office_name: str,
    generated_on: dt.date | None,
    filter_text: str | None,
    facility: str | None = None,
) -> DocumentMeta:
    return DocumentMeta(
        title=form.title,
        office_name=office_name,
        facility=facility,
        filter_text=filter_text,
        generated_on=generated_on or dt.date.today(),
        subtitle=_form_subtitle(form),
    )


def _field_value(value: str | None, styles: ReportStyles) -> Flowable:
    if not value:
        return Spacer(1, 1)
    return Paragraph(esc(value), styles.cell_bold)


def _fields_block(
    fields: Sequence[tuple[str, str | None]],
    kind_line: str,
    styles: ReportStyles,
) -> Table:
    """Label / value pairs two to a row, values on write-on lines, then the assessment kind."""
    label_w, gap_w = 21 * mm, 6 * mm
    value_w = (PAGE_WIDTH - 2 * label_w - gap_w) / 2
    rows: list[list[Any]] = []
    for index in range(0, len(fields), 2):
        (left_label, left), (right_label, right) = fields[index:index + 2]
        rows.append([Paragraph(esc(left_label), styles.cell), _field_value(left, styles), "",
                     Paragraph(esc(right_label), styles.cell), _field_value(right, styles)])
    rows.append([Paragraph("Assessment:", styles.cell), Paragraph(kind_line, styles.cell),
                 "", "", ""])
    last = len(rows) - 1
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("SPAN", (1, last), (-1, last)),
        ("LINEBELOW", (1, 0), (1, last - 1), 0.5, GRID_GREY),
        ("LINEBELOW", (4, 0), (4, last - 1), 0.5, GRID_GREY),
    ]
    return layout_table(rows, [label_w, value_w, gap_w, label_w, value_w], style,
                        row_heights=[7 * mm] * len(rows))


def _kind_choices(form: FormDefinition) -> str:
    kinds = FACILITY_KINDS if form.kind == "facility" else MENTEE_KINDS
    return _SPACES.join(f"{BOX} {esc(kind)}" for kind in kinds)


def _subject_fields(
    form: FormDefinition,
    subject: str | None,
    facility: str | None,
    assessed_on: str | None,
    assessor: str | None,
) -> list[tuple[str, str | None]]:
    if form.kind == "facility":
        return [("Facility:", facility), ("In charge:", subject),
                ("Date:", assessed_on), ("Assessor:", assessor)]
    return [("Mentee:", subject), ("Facility:", facility),
            ("Date:", assessed_on), ("Assessor:", assessor)]


# --------------------------------------------------------------------------- checklist table


def _header_row(styles: ReportStyles, form: FormDefinition) -> list[Any]:
    centre = styles.header_cell_centre
    step = "Item" if form.kind == "facility" else "Step"
    return [
        Paragraph("No.", styles.header_cell),
        Paragraph(step, styles.header_cell),
        Paragraph(CRITICAL_MARK, centre),
        Paragraph("Done", centre),
        Paragraph("Not done", centre),
        Paragraph("N/A", centre),
        Paragraph("Notes", styles.header_cell),
    ]


def _step_cell(item: FormItem, styles: ReportStyles) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(esc(item.text), styles.cell)]
    if item.guidance:
        cell.append(Paragraph(esc(item.guidance), styles.cell_guidance))
    return cell


@dataclass(frozen=True)
class _RowStyles:
    """The checklist table's own styles, made once per document."""

    base: ReportStyles
    mark: ParagraphStyle  # ✓ and ✗
    critical: ParagraphStyle  # ★
    note: ParagraphStyle
    section: ParagraphStyle

    @classmethod
    def of(cls, styles: ReportStyles) -> _RowStyles:
        return cls(
            base=styles,
            mark=styles.cell_centre.clone("Mark", fontName=FONT_BOLD, fontSize=10.5, leading=11),
            critical=styles.cell_centre.clone("Critical", fontName=FONT_BOLD, fontSize=9),
            note=styles.cell.clone("Note", fontName=FONT_ITALIC, fontSize=7.5, leading=9),
            section=styles.cell_bold.clone("SectionRow", fontSize=9, leading=11),
        )


def _tick_cells(item: FormItem, result: str | None, filled: bool, rs: _RowStyles) -> list[Any]:
    """Empty boxes on a blank form; on a filled one, the mark in the result's column."""
    if not filled:
        return [TickBox(), TickBox(), TickBox()]
    cells: list[Any] = ["", "", ""]
    if result is None:
        return cells
    if result not in _RESULT_COLUMNS:
        raise ValueError(f"item {item.code}: unknown result {result!r}")
    style = rs.base.cell_centre if result == NOT_APPLICABLE else rs.mark
    cells[_RESULT_COLUMNS[result] - 3] = Paragraph(TICK_MARKS[result], style)
    return cells


def _item_row(
    item: FormItem,
    rs: _RowStyles,
    *,
    filled: bool,
    result: str | None = None,
    note: str = "",
) -> list[Any]:
    styles = rs.base
    return [
        Paragraph(esc(item.code), styles.cell_bold if item.critical else styles.cell),
        _step_cell(item, styles),
        Paragraph(CRITICAL_MARK, rs.critical) if item.critical else "",
        *_tick_cells(item, result, filled, rs),
        Paragraph(esc(note), rs.note) if note else "",
    ]


def _checklist_table(
    form: FormDefinition,
    styles: ReportStyles,
    *,
    filled: bool,
    results: Mapping[str, str] | None = None,
    notes: Mapping[str, str] | None = None,
) -> Table:
    """One table for the whole form: a repeated column header, a shaded title row per section.

    A section's title row never parts from its first item rows, nor its last item
    from the one before (NOSPLIT): no title alone at the foot of a page, no lone
    row at the head of the next.
    """
    rows: list[list[Any]] = [_header_row(styles, form)]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (2, 1), (5, -1), "MIDDLE"),
        ("LINEAFTER", (2, 0), (2, -1), 0.4, GRID_GREY),
    ]
    rs = _RowStyles.of(styles)
    for number, section in enumerate(form.sections, start=1):
        title_row = len(rows)
        rows.append([Paragraph(f"{number}. {esc(section.title)}", rs.section)] + [""] * 6)
        last_kept = min(title_row + KEEP_WITH_SECTION_TITLE, title_row + len(section.items))
        style += [
            ("SPAN", (0, title_row), (-1, title_row)),
            ("BACKGROUND", (0, title_row), (-1, title_row), SHADE_GREY),
            ("NOSPLIT", (0, title_row), (-1, last_kept)),
        ]
        last_row = title_row + len(section.items)
        if len(section.items) > 2 * KEEP_WITH_SECTION_TITLE:  # and no lone last row overleaf
            style.append(("NOSPLIT", (0, last_row - KEEP_WITH_SECTION_TITLE + 1), (-1, last_row)))
        for item in section.items:
            rows.append(_item_row(
                item, rs, filled=filled,
                result=(results or {}).get(item.code),
                note=(notes or {}).get(item.code, ""),
            ))
    return data_table(rows, CHECKLIST_WIDTHS, header_rows=1, extra_style=style)


def _instructions(form: FormDefinition, styles: ReportStyles) -> Paragraph:
    what = "item" if form.kind == "facility" else "step"
    return Paragraph(
        f"Tick one box per {what}. <b>{CRITICAL_MARK}</b> = critical {what}: it must be done "
        f"for {'the target' if form.kind == 'facility' else 'validation'} (tick N/A only when "
        f"it did not arise). Score = Done ÷ Applicable, where Applicable = Done + Not done; "
        f"N/A {what}s are left out.",
        styles.small,
    )


# --------------------------------------------------------------------------- closing block


def _box_table(rows: list[list[Any]], heights: Sequence[float | None]) -> Table:
    label_w = 27 * mm
    return layout_table(rows, [label_w, PAGE_WIDTH - label_w], [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("BACKGROUND", (0, 0), (0, -1), SHADE_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),  # the score line
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ], row_heights=heights)


def _blank_score_line(styles: ReportStyles) -> Table:
    cells = [Paragraph("Done", styles.cell), WriteLine(), Paragraph("÷ Applicable", styles.cell),
             WriteLine(), Paragraph("=", styles.cell_centre), WriteLine(),
             Paragraph("%", styles.cell)]
    widths = [10 * mm, 16 * mm, 21 * mm, 16 * mm, 6 * mm, 16 * mm, 6 * mm]
    return layout_table([cells], widths, [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                          ("TOPPADDING", (0, 0), (-1, -1), 0),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _outcome_words(form: FormDefinition) -> tuple[str, str]:
    if form.kind == "facility":
        return "Target met", "Target not met"
    return "Validated", "Not validated"


def _signatures(left: tuple[str, str | None], right: tuple[str, str | None],
                styles: ReportStyles) -> Table:
    """Two signature blocks side by side: role, then name and signature on write-on lines."""
    label_w, gap_w = 19 * mm, 8 * mm
    value_w = (PAGE_WIDTH - 2 * label_w - gap_w) / 2
    (left_role, left_name), (right_role, right_name) = left, right
    rows = [
        [Paragraph(esc(left_role), styles.cell_bold), "", "",
         Paragraph(esc(right_role), styles.cell_bold), ""],
        [Paragraph("Name:", styles.cell), _field_value(left_name, styles), "",
         Paragraph("Name:", styles.cell), _field_value(right_name, styles)],
        [Paragraph("Signature:", styles.cell), "", "", Paragraph("Signature:", styles.cell), ""],
    ]
    return layout_table(rows, [label_w, value_w, gap_w, label_w, value_w], [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (3, 0), (4, 0)),
        ("LINEBELOW", (1, 1), (1, -1), 0.5, GRID_GREY),
        ("LINEBELOW", (4, 1), (4, -1), 0.5, GRID_GREY),
    ], row_heights=[5 * mm, 7 * mm, 10 * mm])


def _signature_roles(form: FormDefinition) -> tuple[str, str]:
    if form.kind == "facility":
        return "Assessor", "Facility in charge"
    return "Mentor", "Mentee"


def _blank_closing(form: FormDefinition, styles: ReportStyles) -> list[Flowable]:
    validated, not_validated = _outcome_words(form)
    critical = "items" if form.kind == "facility" else "steps"
    result = Paragraph(
        f"{BOX} {validated}{_SPACES}{BOX} {not_validated}{_SPACES * 3}"
        f"All critical {critical} ({CRITICAL_MARK}) done:{_SPACES}{BOX} Yes{_SPACES}{BOX} No",
        styles.cell,
    )
    rule = Paragraph(pass_rule_text(form), styles.small_italic)
    rows: list[list[Any]] = [
        [Paragraph("Score", styles.cell_bold), _blank_score_line(styles)],
        [Paragraph("Result", styles.cell_bold), [result, Spacer(1, 2), rule]],
        [Paragraph("Strengths", styles.cell_bold), ""],
        [Paragraph("To improve", styles.cell_bold), ""],
    ]
    box = _box_table(rows, [9 * mm, None, 17 * mm, 17 * mm])
    left, right = _signature_roles(form)
    return [KeepTogether([Spacer(1, 4 * mm), box, Spacer(1, 3 * mm),
                          _signatures((left, None), (right, None), styles)])]


def _filled_closing(data: FilledAssessment, styles: ReportStyles) -> list[Flowable]:
    form = data.form
    validated, not_validated = _outcome_words(form)
    outcome = validated if data.validated else not_validated
    if data.score_percent is None:
        score_text = "No applicable step: no score."
    else:
        score_text = (f"Done {data.done} ÷ Applicable {data.applicable} = "
                      f"<b>{format_percent(data.score_percent)}</b>")
    critical = "items" if form.kind == "facility" else "steps"
    outcome_style = styles.body.clone("Outcome", fontName=FONT_BOLD, fontSize=11, leading=14)
    result = [
        Paragraph(esc(outcome), outcome_style),
        Paragraph(f"All critical {critical} ({CRITICAL_MARK}) done: "
                  f"<b>{'Yes' if data.all_critical_done else 'No'}</b>", styles.cell),
        Spacer(1, 2),
        Paragraph(pass_rule_text(form), styles.small_italic),
    ]
    rows: list[list[Any]] = [
        [Paragraph("Score", styles.cell_bold), Paragraph(score_text, styles.cell)],
        [Paragraph("Result", styles.cell_bold), result],
        [Paragraph("Strengths", styles.cell_bold), Paragraph(esc(data.strengths), styles.cell)],
        [Paragraph("To improve", styles.cell_bold), Paragraph(esc(data.to_improve), styles.cell)],
    ]
    box = _box_table(rows, [None] * 4)
    left, right = _signature_roles(form)
    subject = data.mentee_name if form.kind == "mentee" else None
    return [KeepTogether([Spacer(1, 4 * mm), box, Spacer(1, 3 * mm),
                          _signatures((left, data.assessor_name), (right, subject), styles)])]


# --------------------------------------------------------------------------- public API


def blank_checklist_pdf(
    form: FormDefinition,
    out: Output,
    *,
    office_name: str = DEFAULT_OFFICE_NAME,
    generated_on: dt.date | None = None,
    facility: str | None = None,
    filter_text: str | None = None,
    language: str = "en",
) -> int:
    """Print the blank form to fill by hand on the ward; returns the page count.

    ``facility`` pre-fills the facility field (printing for a planned visit); ``language``
    chooses the steps' language (English where the form lacks a translation).
    """
    form = form.in_language(language)
    styles = report_styles()
    meta = _meta(form, office_name=office_name, generated_on=generated_on,
                 filter_text=filter_text or "Blank form: tick by hand, enter in MentorOffice")
    fields = _subject_fields(form, None, facility, None, None)
    header = _fields_block(fields, _kind_choices(form), styles)
    story: list[Flowable] = [
        _instructions(form, styles),
        Spacer(1, 2 * mm),
        _checklist_table(form, styles, filled=False),
        *_blank_closing(form, styles),
    ]
    return build_pdf(out, story, meta, page_header=header)


def filled_assessment_pdf(
    data: FilledAssessment,
    out: Output,
    *,
    office_name: str = DEFAULT_OFFICE_NAME,
    generated_on: dt.date | None = None,
) -> int:
    """Print one scored assessment with its marks, score and outcome; returns the page count."""
    styles = report_styles()
    form = data.form
    subject = data.mentee_name if form.kind == "mentee" else None
    filter_text = f"{data.kind_label}, {format_date(data.assessed_on)}"
    meta = _meta(form, office_name=office_name, generated_on=generated_on,
                 filter_text=filter_text)
    fields = _subject_fields(form, subject, data.facility_name, format_date(data.assessed_on),
                             data.assessor_name)
    header = _fields_block(fields, f"<b>{esc(data.kind_label)}</b>", styles)
    story: list[Flowable] = [
        _checklist_table(form, styles, filled=True, results=data.results, notes=data.notes),
        *_filled_closing(data, styles),
    ]
    return build_pdf(out, story, meta, page_header=header)


# --------------------------------------------------------------------------- progress sheet


def _details_table(sheet: ProgressSheet, styles: ReportStyles) -> Table:
    fields = [("Mentee:", sheet.mentee_name), ("Cadre:", sheet.cadre),
              ("Facility:", sheet.facility), ("Technical area:", sheet.technical_area)]
    label_w = 26 * mm
    value_w = PAGE_WIDTH / 2 - label_w
    rows = [[Paragraph(esc(a), styles.cell), Paragraph(esc(b or "—"), styles.cell_bold),
             Paragraph(esc(c), styles.cell), Paragraph(esc(d or "—"), styles.cell_bold)]
            for (a, b), (c, d) in (fields[0:2], fields[2:4])]
    return layout_table(rows, [label_w, value_w, label_w, value_w],
                        [("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("TOPPADDING", (0, 0), (-1, -1), 1),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


def _change(row: CompetencyProgress) -> str:
    if row.baseline is None or row.latest is None or row.assessments < 2:
        return "—"
    delta = round(row.latest - row.baseline, 1)
    sign = "+" if delta > 0 else ("\N{MINUS SIGN}" if delta < 0 else "±")
    return f"{sign}{_number(abs(delta))}"


def _competency_table(sheet: ProgressSheet, styles: ReportStyles) -> Table:
    centre, right = styles.header_cell_centre, styles.cell_right
    header = [Paragraph("Form", styles.header_cell), Paragraph("Competency", styles.header_cell),
              Paragraph("Baseline", centre), Paragraph("Latest", centre),
              Paragraph("Change (points)", centre), Paragraph("No. of assess- ments", centre),
              Paragraph("Validated on", centre)]
    rows: list[list[Any]] = [header]
    for row in sheet.rows:
        rows.append([
            Paragraph(esc(row.form_code), styles.cell_bold),
            Paragraph(esc(row.title), styles.cell),
            Paragraph(format_percent(row.baseline), right),
            Paragraph(format_percent(row.latest), right),
            Paragraph(_change(row), right),
            Paragraph(str(row.assessments), right),
            Paragraph(format_date(row.validated_on, empty="not yet"), styles.cell_centre),
        ])
    if not sheet.rows:
        rows.append([Paragraph("No competency planned.", styles.cell)] + [""] * 6)
    fixed = [19 * mm, 0.0, 17 * mm, 15 * mm, 17 * mm, 19 * mm, 23 * mm]
    fixed[1] = PAGE_WIDTH - sum(fixed)
    extra = [("SPAN", (0, 1), (-1, 1))] if not sheet.rows else []
    return data_table(rows, fixed, extra_style=extra)


def _coaching_table(sheet: ProgressSheet, styles: ReportStyles) -> Table:
    header = [Paragraph("No.", styles.header_cell), Paragraph("Gap", styles.header_cell),
              Paragraph("Planned action", styles.header_cell),
              Paragraph("Target date", styles.header_cell_centre),
              Paragraph("Done", styles.header_cell_centre)]
    rows: list[list[Any]] = [header]
    for number, line in enumerate(sheet.coaching_plan, start=1):
        rows.append([Paragraph(str(number), styles.cell), Paragraph(esc(line.gap), styles.cell),
                     Paragraph(esc(line.planned_action), styles.cell),
                     Paragraph(format_date(line.target_date), styles.cell_centre), TickBox()])
    extra: list[tuple[Any, ...]] = [("VALIGN", (4, 1), (4, -1), "MIDDLE")]
    if not sheet.coaching_plan:
        rows.append([Paragraph("No open coaching action.", styles.cell)] + [""] * 4)
        extra.append(("SPAN", (0, 1), (-1, 1)))
    widths = [9 * mm, 0.0, 0.0, 24 * mm, 12 * mm]
    rest = PAGE_WIDTH - sum(widths)
    widths[1], widths[2] = rest * 0.42, rest * 0.58
    return data_table(rows, widths, extra_style=extra)


def _trend_image(png: bytes, max_height: float = 75 * mm) -> Image:
    reader = ImageReader(io.BytesIO(png))
    pixel_w, pixel_h = reader.getSize()
    width = PAGE_WIDTH
    height = width * pixel_h / pixel_w
    if height > max_height:
        width, height = width * max_height / height, max_height
    image = Image(io.BytesIO(png), width=width, height=height)
    image.hAlign = "CENTER"
    return image


def progress_sheet_pdf(
    data: ProgressSheet,
    out: Output,
    *,
    office_name: str = DEFAULT_OFFICE_NAME,
    generated_on: dt.date | None = None,
) -> int:
    """Print a mentee's progress per competency and coaching plan; returns the page count."""
    styles = report_styles()
    meta = DocumentMeta(
        title=f"Progress and coaching plan: {data.mentee_name}",
        office_name=office_name,
        facility=data.facility,
        filter_text=f"{data.mentee_name}, {data.technical_area}",
        generated_on=generated_on or dt.date.today(),
    )
    story: list[Flowable] = [_details_table(data, styles),
                             Paragraph("Competencies", styles.heading),
                             _competency_table(data, styles)]
    if data.trend_png:
        story += [Paragraph("Score trend", styles.heading), _trend_image(data.trend_png)]
    story += [Paragraph("Coaching plan", styles.heading), _coaching_table(data, styles),
              KeepTogether([Spacer(1, 6 * mm), _signatures(("Mentor", data.mentor_name),
                                                           ("Mentee", data.mentee_name),
                                                           styles)])]
    return build_pdf(out, story, meta)
