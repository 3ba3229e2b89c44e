"""The printed run chart, drawn by ReportLab as vector graphics: read back from a real PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from mentoroffice.indicators.runchart import analyse
from mentoroffice.reports.pdf import DocumentMeta, build_pdf, report_styles
from mentoroffice.reports.vector_charts import run_chart_drawing

MONTHS = [dt.date(2025, m, 1) for m in range(1, 12)]
VALUES = [50.0, 52, 49, 95, 51, 60, 61, 62, 63, 64, 65]


def chart_page(*drawings: object) -> tuple[str, list[str]]:
    """The text of a one-page PDF holding the drawings, and its fonts."""
    out = io.BytesIO()
    story = [Paragraph("Charts", report_styles().body), *drawings]
    build_pdf(out, story, DocumentMeta(title="Charts", office_name="Office"))
    reader = PdfReader(io.BytesIO(out.getvalue()))
    fonts = [str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()]  # type: ignore[index]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages), fonts


def test_the_chart_shows_its_title_months_signals_changes_and_legend() -> None:
    analysis = analyse(VALUES)
    drawing = run_chart_drawing("Coverage of postnatal care", MONTHS, VALUES, analysis,
                                [(dt.date(2025, 6, 15), "PDSA 1"), (dt.date(2024, 1, 1), "old")],
                                direction="up")

    text, fonts = chart_page(drawing)

    assert "Coverage of postnatal care" in text
    assert "Jan 2025" in text and "Nov" in text
    assert "Percent (higher is better)" in text
    assert f"Median {analysis.median:.1f}%" in text
    assert "PDSA 1" in text and "Change tested (PDSA cycle start)" in text
    assert "old" not in text.split("Charts", 1)[1]  # a change outside the months is not drawn
    assert "Trend: 5+ points rising or falling" in text  # 60, 61 ... 65
    assert all("Times" not in font and "Helvetica" not in font for font in fonts)


def test_odd_input_is_drawn_or_refused_plainly() -> None:
    one = run_chart_drawing("One month", MONTHS[:1], [40.0], analyse([40.0]))
    flat = run_chart_drawing("Flat", MONTHS, [0.0] * len(MONTHS), analyse([0.0] * len(MONTHS)))
    near_the_end = run_chart_drawing("Late change", MONTHS, VALUES, analyse(VALUES),
                                     [(dt.date(2025, 11, 20), "A change tested late")])
    assert near_the_end.contents  # the label is placed left of its line, inside the chart
    text, _ = chart_page(one, flat, near_the_end)
    assert "One month" in text and "Flat" in text and "A change tested late" in text
    with pytest.raises(ValueError, match="one value per month"):
        run_chart_drawing("Empty", [], [], analyse([1.0]))
