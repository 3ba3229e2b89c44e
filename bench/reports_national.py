"""Benchmark: one hospital's quarterly supervision report (in process and as a whole command)
and the national pack (the district coordination meeting pack of every district), on the
national demo (30 districts, 45 hospitals).

Baselines, each doing the same work as its figure without the app's charts and layout, in the
same run:
- quarterly report, in process: the same figures gathered (`facility_quarter`, the SQL every
  report section is drawn from) plus a ReportLab document with the same page count and the
  same number of chart images, pre-rendered as print-size PNG (the report's 200 dpi), laid out
  and written by ReportLab alone;
- quarterly report, whole process: a process that imports ReportLab and writes a one-page PDF
  (what any process printing a PDF pays); the goal is that process plus 1.0 s (the issue's
  "≤ 1.0 s + the bare start");
- national pack: every hospital's figures gathered plus one ReportLab document with the pack's
  page count and chart count (pre-rendered PNG), as for the hospital; the goal is the issue's
  30 s ceiling.

    python bench/reports_national.py [--db FILE] [--period FY26Q4] [--runs 3]

Without --db it uses the national demo in the system's temporary folder, generating it first
(see bench/national_demo.py). Nothing here fails on a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from national_demo import national_demo
from sqlalchemy import select
from table import Goal, Row, median_ms, print_table

from mentoroffice.data.enums import OrgLevel
from mentoroffice.data.models import OrgUnit
from mentoroffice.figures.facility_quarter import facility_quarter
from mentoroffice.office import open_office
from mentoroffice.periods import Period, fiscal_quarter_of
from mentoroffice.reports.catalog import fiscal_start_month, parse_period

ONE_PAGE_PROCESS = """
import io, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(
    [Paragraph("Baseline: one paragraph on one page.", getSampleStyleSheet()["Normal"])])
"""


def default_period(session: Any) -> Period:
    start = fiscal_start_month(session)
    return fiscal_quarter_of(fiscal_quarter_of(dt.date.today(), start).start
                             - dt.timedelta(days=1), start)


def chart_count(session: Any, facility_id: int, period: Period) -> int:
    """The run charts a facility's report draws: one per indicator with cases recorded."""
    return sum(1 for series in facility_quarter(session, facility_id, period).indicators
               if any(series.denominators))


def sample_charts(count: int) -> list[bytes]:
    """`count` different print-size run charts (200 dpi PNG), drawn before any timing."""
    from mentoroffice.indicators.runchart import analyse
    from mentoroffice.reports.charts import run_chart_png

    months = [dt.date(2024 + (n + 9) // 12, (n + 9) % 12 + 1, 1) for n in range(24)]
    drawn = []
    for k in range(min(count, 12)):
        values = [50 + (n * 7 + k) % 13 for n in range(24)]
        drawn.append(run_chart_png(f"Baseline chart {k}", months, values, analyse(values)))
    return [drawn[k] if k < len(drawn) else _touched(drawn[k % len(drawn)], k)
            for k in range(count)]


def _touched(png: bytes, k: int) -> bytes:
    """The same picture with one pixel changed, so ReportLab embeds it again (no cache hit)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    image.load()
    image.putpixel((k % image.width, 0), (k * 37) % 256)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=4)
    return out.getvalue()


def same_size_document(out: Any, pages: int, charts: list[bytes]) -> int:
    """A ReportLab document of `pages` pages holding `charts` at full text width."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, Paragraph

    from mentoroffice.reports.pdf import DocumentMeta, build_pdf, report_styles

    styles = report_styles()
    width = 170 * mm
    story: list[Any] = []
    per_page = max(1, -(-len(charts) // max(pages, 1)))
    remaining = list(charts)
    for page in range(pages):
        story.append(Paragraph(f"Baseline page {page + 1}: text as a report page holds it. "
                               * 8, styles.body))
        for png in remaining[:per_page]:
            image = Image(io.BytesIO(png))
            image.drawHeight = width * image.imageHeight / image.imageWidth
            image.drawWidth = width
            image.drawHeight = min(image.drawHeight, 80 * mm)
            story.append(image)
        del remaining[:per_page]
        story.append(PageBreak())
    return build_pdf(out, story[:-1], DocumentMeta(title="Baseline", office_name="Office"))


# --- the hospital report ---------------------------------------------------------------------


def hospital_rows(office: Any, database: Path, period: Period, hospital: int, code: str,
                  runs: int, folder: Path) -> list[Row]:
    from mentoroffice.reports.catalog import SupervisionRequest, generate

    request = SupervisionRequest(hospital, period)
    with office.session_factory() as session:
        pages = generate(session, request, folder / "warm.pdf")
        app = median_ms(lambda: generate(session, request, folder / "hospital.pdf"), runs)
        charts = sample_charts(chart_count(session, hospital, period))

        def baseline() -> None:
            facility_quarter(session, hospital, period)
            same_size_document(folder / "baseline.pdf", pages, charts)

        baseline()
        base = median_ms(baseline, runs)
    command = [sys.executable, "-m", "mentoroffice", "--database", f"sqlite:///{database}",
               "report", "supervision", "--facility", code, "--period", period.label,
               "--out", str(folder / "command.pdf")]
    whole = median_ms(lambda: _run(command), runs)
    one_page = median_ms(lambda: _run([sys.executable, "-c", ONE_PAGE_PROCESS,
                                       str(folder / "one.pdf")]), runs)
    return [
        Row(f"one hospital's quarterly report, in process ({pages} pages, {len(charts)} charts)",
            app, "same figures + same-size ReportLab document with pre-rendered PNG charts",
            base, Goal(ceiling_ms=500)),
        Row("the same, as a whole `mentoroffice report supervision` process", whole,
            "a one-page ReportLab PDF process", one_page, Goal(ceiling_ms=one_page + 1000)),
    ]


def _run(command: list[str]) -> None:
    # from a neutral folder: "-m" puts the working folder first on the path
    subprocess.run(command, check=True, capture_output=True, env=os.environ.copy(),
                   cwd=tempfile.gettempdir())


# --- the national pack -----------------------------------------------------------------------


def national_pack(office: Any, database: Path, districts: list[int], period: Period,
                  folder: Path) -> int:
    """Every district's pack; the app's own national pack when this version has one."""
    try:
        from mentoroffice.reports.national import district_packs
    except ImportError:
        district_packs = None
    if district_packs is not None:
        return sum(district_packs(f"sqlite:///{database}", districts, period, folder))
    from mentoroffice.reports.catalog import DistrictPackRequest, generate

    with office.session_factory() as session:
        return sum(generate(session, DistrictPackRequest(district, period),
                            folder / f"pack-{n:02d}.pdf")
                   for n, district in enumerate(districts, start=1))


def national_rows(office: Any, database: Path, period: Period, folder: Path) -> list[Row]:
    with office.session_factory() as session:
        districts = list(session.scalars(select(OrgUnit.id).where(
            OrgUnit.level == OrgLevel.DISTRICT.value).order_by(OrgUnit.code)))
        hospitals = list(session.scalars(select(OrgUnit.id).where(
            OrgUnit.level == OrgLevel.HOSPITAL.value).order_by(OrgUnit.code)))
        charts = sample_charts(sum(chart_count(session, h, period) for h in hospitals))
    started = time.perf_counter()
    pages = national_pack(office, database, districts, period, folder)
    app = (time.perf_counter() - started) * 1000
    with office.session_factory() as session:
        started = time.perf_counter()
        for hospital in hospitals:
            facility_quarter(session, hospital, period)
        same_size_document(folder / "baseline-pack.pdf", pages, charts)
        base = (time.perf_counter() - started) * 1000
    return [Row(f"national pack, {len(districts)} districts ({pages} pages, {len(charts)} "
                "charts)", app, "every hospital's figures + same-size ReportLab document "
                "with pre-rendered PNG charts", base, Goal(ceiling_ms=30_000))]


def rows(database: Path | None = None, runs: int = 3, period_text: str | None = None,
         report: Callable[[Row], None] = print) -> list[Row]:
    path = database or national_demo()
    office = open_office(f"sqlite:///{path}")
    found: list[Row] = []
    try:
        with office.session_factory() as session:
            start = fiscal_start_month(session)
            period = parse_period(period_text, start) if period_text else default_period(session)
            hospital, code = session.execute(select(OrgUnit.id, OrgUnit.code).where(
                OrgUnit.level == OrgLevel.HOSPITAL.value).order_by(OrgUnit.code)).first()
        with tempfile.TemporaryDirectory() as tmp:
            for row in (hospital_rows(office, path, period, hospital, code, runs, Path(tmp))
                        + national_rows(office, path, period, Path(tmp))):
                report(row)
                found.append(row)
    finally:
        office.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--period", default=None, help="default: the last whole fiscal quarter")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(rows(args.db, args.runs, args.period, report=lambda _row: None))


if __name__ == "__main__":
    main()
