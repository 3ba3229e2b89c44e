"""Benchmark: one hospital's quarterly supervision report and the whole national pack.

On the national demo (30 districts, 45 hospitals), times:
- one hospital's quarterly joint supervision visit report (figures, run charts, PDF);
- the national pack: the district coordination meeting pack of every district;
against baselines measured in the same run, so the ratios travel between machines:
- A: laying out and writing a one-page PDF with build_pdf (the fixed cost of any report);
- B: computing one hospital's figures (facility_quarter) without drawing or laying out;
- C: drawing one run chart (matplotlib, 200 dpi).

    python bench/reports_national.py [--db FILE] [--period FY26Q4]

Without --db it uses the national demo in the system's temporary folder, generating it first
(see bench/national_demo.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from national_demo import national_demo
from sqlalchemy import select

from mentoroffice.data.enums import OrgLevel
from mentoroffice.data.models import OrgUnit
from mentoroffice.figures.facility_quarter import facility_quarter
from mentoroffice.office import open_office
from mentoroffice.periods import fiscal_quarter_of
from mentoroffice.reports.catalog import fiscal_start_month, parse_period


def timed(action: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """Median seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def one_page_pdf() -> int:
    from reportlab.platypus import Paragraph

    from mentoroffice.reports.pdf import DocumentMeta, build_pdf, report_styles

    story = [Paragraph("Baseline: one paragraph on one page.", report_styles().body)]
    return build_pdf(io.BytesIO(), story, DocumentMeta(title="Baseline", office_name="Office"))


def one_chart() -> bytes:
    from mentoroffice.indicators.runchart import analyse
    from mentoroffice.reports.charts import run_chart_png

    values = [50 + (n * 7) % 13 for n in range(24)]
    months = [dt.date(2024 + (n + 9) // 12, (n + 9) % 12 + 1, 1) for n in range(24)]
    return run_chart_png("Baseline chart", months, values, analyse(values))


def database(path: Path | None) -> Path:
    return path if path is not None else national_demo()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--period", default=None, help="default: the last whole fiscal quarter")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = database(args.db)
        office = open_office(f"sqlite:///{path}")
        try:
            run(office, path, args.period, folder)
        finally:
            office.close()


def run(office, path: Path, period_text: str | None, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from mentoroffice.reports.district_pack import district_pack_pdf
    from mentoroffice.reports.supervision import supervision_report_pdf

    with office.session_factory() as session:
        start = fiscal_start_month(session)
        period = parse_period(period_text, start) if period_text else fiscal_quarter_of(
            fiscal_quarter_of(dt.date.today(), start).start - dt.timedelta(days=1), start)
        districts = session.execute(select(OrgUnit.id, OrgUnit.name).where(
            OrgUnit.level == OrgLevel.DISTRICT.value).order_by(OrgUnit.code)).all()
        hospitals = session.scalars(select(OrgUnit.id).where(
            OrgUnit.level == OrgLevel.HOSPITAL.value).order_by(OrgUnit.code)).all()
        hospital = hospitals[0]
        print(f"database: {path} ({len(districts)} districts, {len(hospitals)} hospitals), "
              f"period {period.label}")

        one_page_pdf()  # fonts registered, modules imported: not part of any timing
        one_chart()
        base_pdf, _ = timed(one_page_pdf, repeat=5)
        base_chart, _ = timed(one_chart, repeat=3)
        base_figures, _ = timed(lambda: facility_quarter(session, hospital, period), repeat=3)
        all_figures, _ = timed(lambda: [facility_quarter(session, h, period) for h in hospitals])

        report, pages = timed(lambda: supervision_report_pdf(
            session, hospital, period, folder / "hospital.pdf"))
        pack_pages: list[int] = []
        started = time.perf_counter()
        for number, (district_id, _) in enumerate(districts, start=1):
            pack_pages.append(district_pack_pdf(session, district_id, period,
                                                folder / f"pack-{number:02d}.pdf"))
        national = time.perf_counter() - started
        size = sum(p.stat().st_size for p in folder.glob("pack-*.pdf")) / 1e6

    print(f"baseline A: one-page PDF with build_pdf            {base_pdf * 1000:8.1f} ms")
    print(f"baseline B: one hospital's figures, no PDF         {base_figures * 1000:8.1f} ms")
    print(f"baseline C: one run chart, 200 dpi                 {base_chart * 1000:8.1f} ms")
    print(f"one hospital's quarterly report: {report:.2f} s, {pages} pages "
          f"= {report / base_pdf:.0f}x A, {report / base_figures:.1f}x B, "
          f"{report / base_chart:.1f}x C")
    print(f"national pack: {len(districts)} district packs, {sum(pack_pages)} pages, "
          f"{size:.0f} MB in {national:.1f} s = {national / base_pdf:.0f}x A, "
          f"{national / base_figures:.0f}x B; {national / len(districts):.2f} s per district")
    print(f"  of which figures for all {len(hospitals)} hospitals (no PDF): {all_figures:.1f} s "
          f"({100 * all_figures / national:.0f}%)")


if __name__ == "__main__":
    main()
