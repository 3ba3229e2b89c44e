"""Validation results on paper: the summary tables, a mentee's certificate, a mentor's report.

- :func:`validation_summary_pdf`: Table 1 (by professional association, over fiscal years)
  and Table 2 (health centers, by technical area), laid out like the Ingobyi brief's tables,
  with the definitions of :mod:`mentoroffice.figures.validation_summary` as footnotes;
- :func:`certificate_pdf`: a one-page certificate per validated competency (A4 landscape);
- :func:`mentor_report_pdf`: a mentor's monthly report beside what MentorOffice recorded for
  them that month, with the office's feedback.

Each lays out the figures :mod:`mentoroffice.figures.validation_report` gathered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from ..figures.validation_report import (
    CertificateData,
    Certificates,
    MentorMonth,
    ValidationSummary,
)
from ..figures.validation_summary import DEFINITIONS, TABLE_1_NOTES, TABLE_2_NOTES, percent
from ..periods import Period
from .layout import PAGE_WIDTH, field_grid, heading, text_table
from .pdf import (
    FONT_BOLD,
    GRID_GREY,
    SHADE_GREY,
    DocumentMeta,
    ReportStyles,
    build_pdf,
    data_table,
    esc,
    format_date,
    layout_table,
    report_styles,
)

__all__ = ["ASSOCIATIONS", "cell_text", "certificate_pdf", "mentor_report_pdf",
           "validation_summary_pdf"]

ASSOCIATIONS = ("RPA", "RAM", "RSOG")


def cell_text(validated: int, mentees: int) -> str:
    """'80 (58%)' as in the brief's tables; '0 (—)' when nobody was reached."""
    share = percent(validated, mentees)
    return f"{validated:,} ({'—' if share is None else f'{share}%'})"


# --------------------------------------------------------------------------- summary


def _marks(keys: Sequence[str]) -> dict[str, str]:
    return {key: str(number) for number, key in enumerate(keys, start=1)}


def _notes(keys: Sequence[str], styles: ReportStyles) -> list[Flowable]:
    return [Paragraph(f"<super>{n}</super> {esc(DEFINITIONS[key])}", styles.small)
            for key, n in _marks(keys).items()]


def _table_1(summary: ValidationSummary, styles: ReportStyles) -> Flowable:
    mark = _marks(TABLE_1_NOTES)
    head = styles.header_cell_centre
    top: list[Any] = [Paragraph(f"Professional association<super>{mark['association']}</super>",
                                styles.header_cell)]
    sub: list[Any] = [""]
    years: Sequence[Period] = summary.years
    columns = dict(zip([year.label for year in years], summary.table_1, strict=True))
    for year in years:
        top += [Paragraph(esc(year.label), head), ""]
        sub += [Paragraph(f"Number of total mentees<super>{mark['reached']}</super>", head),
                Paragraph(f"Number (and %) validated mentees<super>{mark['validated']},"
                          f"{mark['rounding']}</super>", head)]
    rows = [top, sub]
    for association in ASSOCIATIONS:
        row: list[Any] = [Paragraph(association, styles.cell_bold)]
        for year in years:
            cell = columns[year.label][association]
            row += [Paragraph(f"{cell.mentees:,}", styles.cell_right),
                    Paragraph(cell_text(cell.validated, cell.mentees), styles.cell_right)]
        rows.append(row)
    first = 34 * mm
    rest = (PAGE_WIDTH - first) / (2 * len(years))
    spans = [("SPAN", (0, 0), (0, 1))] + [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0))
                                          for i in range(len(years))]
    return data_table(rows, [first] + [rest] * (2 * len(years)), header_rows=2,
                      extra_style=[*spans, ("VALIGN", (0, 0), (-1, 1), "MIDDLE")])


def _table_2(summary: ValidationSummary, styles: ReportStyles) -> Flowable:
    mark = _marks(TABLE_2_NOTES)
    header = [Paragraph(f"Technical area<super>{mark['technical_area']}</super>",
                        styles.header_cell),
              Paragraph("Number of mentors", styles.header_cell_centre),
              Paragraph(f"Number of mentees reached<super>{mark['reached']}</super>",
                        styles.header_cell_centre),
              Paragraph(f"Number (and %) of mentees validated in at least 1 competency"
                        f"<super>{mark['validated']},{mark['rounding']}</super>",
                        styles.header_cell_centre)]
    rows: list[list[Any]] = [header]
    for named in summary.table_2:
        line = named.row
        rows.append([Paragraph(f"{esc(named.name)} ({esc(line.technical_area)})", styles.cell),
                     Paragraph(f"{line.mentors:,}", styles.cell_right),
                     Paragraph(f"{line.mentees:,}", styles.cell_right),
                     Paragraph(cell_text(line.validated, line.mentees), styles.cell_right)])
    if len(rows) == 1:
        rows.append([Paragraph("No health-center mentorship recorded in the year.",
                               styles.cell), "", "", ""])
    return data_table(rows, [0.34 * PAGE_WIDTH, 0.18 * PAGE_WIDTH, 0.2 * PAGE_WIDTH,
                             0.28 * PAGE_WIDTH])


def validation_summary_pdf(summary: ValidationSummary, out: Any) -> int:
    """Tables 1 and 2 for the fiscal years of the summary; returns the page count."""
    fiscal_years, last_year, scope = summary.years, summary.last_year, summary.scope
    years = len(fiscal_years)
    styles = report_styles()
    span = f"{fiscal_years[0].label}\N{EN DASH}{fiscal_years[-1].label}" if years > 1 \
        else fiscal_years[0].label
    centers = summary.centers
    story: list[Flowable] = [
        Paragraph(f"Table 1. Number and percentage of validated mentees by professional "
                  f"association, {esc(span)}", styles.heading),
        _table_1(summary, styles), Spacer(1, 2 * mm),
        *_notes(TABLE_1_NOTES, styles), Spacer(1, 6 * mm),
        Paragraph(f"Table 2. Number of mentees reached and number and percentage validated in "
                  f"{centers:,} supported health center{'s' if centers != 1 else ''}, "
                  f"{esc(last_year.label)}", styles.heading),
        _table_2(summary, styles), Spacer(1, 2 * mm),
        *_notes(TABLE_2_NOTES, styles),
    ]
    meta = DocumentMeta(title="Validation summary", office_name=summary.office,
                        facility=scope, filter_text=f"{scope or 'All facilities'}, {span}",
                        subtitle=f"Fiscal years {span} ({format_date(fiscal_years[0].start)} "
                                 f"\N{EN DASH} {format_date(fiscal_years[-1].end)})")
    return build_pdf(out, story, meta)


# --------------------------------------------------------------------------- certificate


class CertificateFrame(Flowable):
    """A double-ruled border filling the frame, its content centred inside."""

    def __init__(self, content: list[Flowable], padding: float = 14 * mm) -> None:
        super().__init__()
        self.content, self.padding = content, padding

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 2
        return self.width, self.height

    def draw(self) -> None:
        canvas, w, h = self.canv, self.width, self.height
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(2.4)
        canvas.rect(0, 0, w, h)
        canvas.setLineWidth(0.7)
        canvas.rect(5, 5, w - 10, h - 10)
        for x, y in ((5, 5), (w - 5, 5), (5, h - 5), (w - 5, h - 5)):
            canvas.setFillColor(SHADE_GREY)
            canvas.rect(x - 4, y - 4, 8, 8, fill=1, stroke=1)
        inner = w - 2 * self.padding
        sizes = [f.wrap(inner, h) for f in self.content]
        gaps = [f.getSpaceAfter() for f in self.content]
        y = (h + sum(s[1] for s in sizes) + sum(gaps[:-1])) / 2
        for flowable, (fw, fh), gap in zip(self.content, sizes, gaps, strict=True):
            y -= fh
            flowable.drawOn(canvas, self.padding + (inner - fw) / 2, y)
            y -= gap


def _certificate_content(data: CertificateData, office: str, styles: ReportStyles
                         ) -> list[Flowable]:
    def style(name: str, size: float, bold: bool = False, italic: bool = False,
              after: float = 0) -> Any:
        font = FONT_BOLD if bold else ("DejaVuSans-Oblique" if italic else styles.body.fontName)
        return styles.body.clone(name, fontName=font, fontSize=size, leading=size * 1.25,
                                 alignment=TA_CENTER, spaceAfter=after)
    score = f", scored {data.score:.0f}%" if data.score is not None else ""
    signatures = layout_table(
        [[Paragraph(esc(data.assessor or ""), styles.cell_centre), "",
          Paragraph("", styles.cell_centre)],
         [Paragraph(f"Assessor{esc(', ' + data.assessor_role) if data.assessor_role else ''}",
                    styles.cell_centre), "",
          Paragraph(f"For {esc(office)}", styles.cell_centre)]],
        [80 * mm, 30 * mm, 80 * mm],
        [("LINEABOVE", (0, 1), (0, 1), 0.6, GRID_GREY), ("LINEABOVE", (2, 1), (2, 1), 0.6,
                                                           GRID_GREY),
         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")], row_heights=[14 * mm, 6 * mm])
    return [
        Paragraph("CERTIFICATE OF VALIDATION", style("CertTitle", 30, bold=True, after=6)),
        Paragraph(esc(office), style("CertOffice", 12, after=22)),
        Paragraph("This certifies that", style("CertLead", 12, italic=True, after=10)),
        Paragraph(esc(data.mentee), style("CertName", 30, bold=True, after=6)),
        Paragraph(esc(f"{data.cadre.capitalize()}, {data.facility}"),
                  style("CertWhere", 12, after=20)),
        Paragraph("has been validated in the clinical competency",
                  style("CertLead2", 12, italic=True, after=10)),
        Paragraph(esc(data.competency), style("CertCompetency", 20, bold=True, after=5)),
        Paragraph(esc(f"{data.area} · checklist {data.form_code}, version {data.form_version}"),
                  style("CertForm", 9.5, after=12)),
        Paragraph(esc(f"by a post-mentorship assessment on {format_date(data.validated_on)}"
                      f"{score}, with every critical step performed properly."),
                  style("CertHow", 11, after=26)),
        signatures, Spacer(1, 5 * mm),
        Paragraph(f"Certificate no. V-{data.number:06d}", style("CertNo", 7.5)),
    ]


def certificate_pdf(held: Certificates, out: Any) -> int:
    """One certificate page per validation of the mentee (or the one on ``form_code``)."""
    office, certificates, form_code = held.office, held.certificates, held.form_code
    styles = report_styles()
    story: list[Flowable] = []
    for certificate in certificates:
        story += [PageBreak()] if story else []
        story.append(CertificateFrame(_certificate_content(certificate, office, styles)))
    first = certificates[0]
    meta = DocumentMeta(title="Certificate of validation", office_name=office,
                        facility=first.facility,
                        filter_text=f"{first.mentee}, "
                                    f"{form_code or f'{len(certificates)} competencies'}")
    return build_pdf(out, story, meta, pagesize=landscape(A4))


# --------------------------------------------------------------------------- mentor report


def _text_box(title: str, text: str | None, styles: ReportStyles, blank_lines: int = 4
              ) -> Flowable:
    body: Any = Paragraph(esc(text).replace("\n", "<br/>"), styles.body) if text \
        else Spacer(1, blank_lines * 7 * mm)
    return layout_table([[Paragraph(esc(title), styles.cell_bold)], [body]], [PAGE_WIDTH],
                        [("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
                         ("BACKGROUND", (0, 0), (-1, 0), SHADE_GREY),
                         ("TOPPADDING", (0, 0), (-1, -1), 4),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])


def mentor_report_pdf(month_report: MentorMonth, out: Any) -> int:
    """Print a mentor's monthly report and the office's feedback; returns the page count."""
    r = month_report
    name, kind, month = r.name, r.kind, r.month
    styles = report_styles()
    rows = [[label, f"{mine}", f"{ours}", "" if mine == ours else f"{mine - ours:+d}"]
            for label, mine, ours in zip(("Visits done", "Mentees assessed", "Validations"),
                                         r.reported, r.recorded, strict=True)]
    story: list[Flowable] = [
        field_grid([("Mentor", name), ("Kind", kind), ("Technical areas", r.areas),
                    ("Assigned to", r.assigned_to),
                    ("Month", month.label), ("Submitted on", format_date(r.submitted_on))],
                   styles),
        *heading("Figures for the month", styles),
        text_table(["", "Reported by the mentor", "Recorded in MentorOffice", "Difference"],
                   rows, [0, 40 * mm, 44 * mm, 26 * mm], styles, numeric_from=1),
        Paragraph("Recorded: visits done with this mentor marked present; distinct mentees "
                  "this mentor assessed; validations from this mentor's assessments. A "
                  "difference is a question for the feedback, not an error by itself.",
                  styles.small_italic),
        Spacer(1, 4 * mm), _text_box("Challenges", r.challenges, styles),
        Spacer(1, 4 * mm),
        _text_box(f"Office feedback ({format_date(r.feedback_on)})"
                  if r.feedback else "Office feedback (to write)", r.feedback, styles),
    ]
    story.append(KeepTogether([Spacer(1, 8 * mm), layout_table(
        [[Paragraph("Mentor: " + esc(name), styles.cell), "",
          Paragraph("For the office:", styles.cell)], ["", "", ""]],
        [80 * mm, PAGE_WIDTH - 160 * mm, 80 * mm],
        [("LINEBELOW", (0, 1), (0, 1), 0.5, GRID_GREY),
         ("LINEBELOW", (2, 1), (2, 1), 0.5, GRID_GREY)], row_heights=[6 * mm, 12 * mm])]))
    meta = DocumentMeta(title="Monthly mentor report", office_name=r.office,
                        facility=name, filter_text=f"{name}, {month.label}",
                        subtitle=f"{month.label} · {kind}")
    return build_pdf(out, story, meta)
