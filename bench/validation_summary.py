"""Benchmark: the validation summary's figures (Tables 1 and 2, three fiscal years, the whole
office) against hand-written SQL giving the same numbers, on the national demo.

The app's figure is what the report computes before laying anything out: the supported health
centers of the last year, Table 1 (`by_association`) for each of the three fiscal years and
Table 2 (`by_technical_area`) for the last one. The baseline runs hand-written SQL through the
standard library's `sqlite3` on the same file, one statement per count, and must give exactly
the same numbers (checked before timing).

    python bench/validation_summary.py [--db FILE] [--runs 7]
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from national_demo import national_demo
from table import Goal, Row, median_ms, print_table

from mentoroffice.office import open_office
from mentoroffice.periods import Period, fiscal_year
from mentoroffice.reports.catalog import fiscal_start_month

NOT_MENTEE_KINDS = "('baseline', 'supervision')"
ASSOCIATIONS = ("RPA", "RAM", "RSOG")

CENTERS = f"""
SELECT count(DISTINCT a.org_unit_id) FROM assessment a JOIN org_unit o ON o.id = a.org_unit_id
WHERE o.level = 'health_center' AND a.kind NOT IN {NOT_MENTEE_KINDS}
  AND a.assessed_on BETWEEN ? AND ?"""
REACHED_BY_ASSOCIATION = f"""
SELECT m.association, count(DISTINCT a.mentee_id) FROM assessment a
JOIN mentor m ON m.person_id = a.assessor_id
WHERE m.kind = 'association' AND a.assessed_on BETWEEN ? AND ?
  AND a.kind NOT IN {NOT_MENTEE_KINDS}
GROUP BY m.association"""
VALIDATED_BY_ASSOCIATION = """
SELECT m.association, count(DISTINCT v.mentee_id) FROM validation v
JOIN assessment a ON a.id = v.assessment_id JOIN mentor m ON m.person_id = a.assessor_id
WHERE m.kind = 'association' AND v.validated_on BETWEEN ? AND ?
GROUP BY m.association"""
REACHED_BY_AREA = f"""
SELECT f.technical_area, count(DISTINCT a.mentee_id) FROM assessment a
JOIN form_definition f ON f.id = a.form_id
JOIN org_unit o ON o.id = a.org_unit_id AND o.level = 'health_center'
WHERE a.assessed_on BETWEEN ? AND ? AND a.kind NOT IN {NOT_MENTEE_KINDS}
GROUP BY f.technical_area"""
VALIDATED_BY_AREA = """
SELECT f.technical_area, count(DISTINCT v.mentee_id) FROM validation v
JOIN assessment a ON a.id = v.assessment_id JOIN form_definition f ON f.id = a.form_id
JOIN org_unit o ON o.id = a.org_unit_id AND o.level = 'health_center'
WHERE v.validated_on BETWEEN ? AND ?
GROUP BY f.technical_area"""
MENTORS_BY_AREA = """
SELECT ma.technical_area, count(DISTINCT m.id) FROM mentor_area ma
JOIN mentor m ON m.id = ma.mentor_id JOIN mentor_assignment s ON s.mentor_id = m.id
JOIN org_unit o ON o.id = s.org_unit_id
WHERE m.kind = 'district' AND o.level = 'health_center' AND s.start_date <= ?
  AND (s.end_date IS NULL OR s.end_date >= ?)
GROUP BY ma.technical_area"""


def three_years(session: Any) -> list[Period]:
    from sqlalchemy import func, select

    from mentoroffice.data.models import Assessment

    start = fiscal_start_month(session)
    latest = session.scalar(select(func.max(Assessment.assessed_on)))
    last = fiscal_year(latest.year + (latest.month >= start and start != 1), start)
    return [fiscal_year(last.end.year - back, start) for back in (2, 1, 0)]


def app_figures(session: Any, years: list[Period]) -> tuple[Any, ...]:
    from mentoroffice.figures.validation_report import supported_centers
    from mentoroffice.figures.validation_summary import by_association, by_technical_area

    last = years[-1]
    centers = supported_centers(session, last, None)
    table_1 = [{name: (cell.mentees, cell.validated)
                for name, cell in by_association(session, year).items()} for year in years]
    table_2 = [(r.technical_area, r.mentors, r.mentees, r.validated)
               for r in by_technical_area(session, last)]
    return centers, table_1, table_2


def hand_written(conn: sqlite3.Connection, years: list[Period]) -> tuple[Any, ...]:
    def span(period: Period) -> tuple[str, str]:
        return period.start.isoformat(), period.end.isoformat()

    last = years[-1]
    centers = conn.execute(CENTERS, span(last)).fetchone()[0]
    table_1 = []
    for year in years:
        reached = dict(conn.execute(REACHED_BY_ASSOCIATION, span(year)).fetchall())
        validated = dict(conn.execute(VALIDATED_BY_ASSOCIATION, span(year)).fetchall())
        table_1.append({name: (reached.get(name, 0), validated.get(name, 0))
                        for name in ASSOCIATIONS})
    reached = dict(conn.execute(REACHED_BY_AREA, span(last)).fetchall())
    validated = dict(conn.execute(VALIDATED_BY_AREA, span(last)).fetchall())
    mentors = dict(conn.execute(MENTORS_BY_AREA, (last.end.isoformat(),
                                                  last.start.isoformat())).fetchall())
    table_2 = [(area, mentors.get(area, 0), reached.get(area, 0), validated.get(area, 0))
               for area in sorted(set(reached) | set(mentors))]
    return centers, table_1, table_2


def rows(database: Path | None = None, runs: int = 7, report: Callable[[Row], None] = print
         ) -> list[Row]:
    path = database or national_demo()
    office = open_office(f"sqlite:///{path}")
    conn = sqlite3.connect(path)
    try:
        with office.session_factory() as session:
            years = three_years(session)
            app = app_figures(session, years)
            if app != hand_written(conn, years):
                raise RuntimeError(f"the hand-written SQL disagrees with the app: "
                                   f"{app} != {hand_written(conn, years)}")
            app_ms = median_ms(lambda: app_figures(session, years), runs)
        base_ms = median_ms(lambda: hand_written(conn, years), runs)
    finally:
        conn.close()
        office.close()
    row = Row(f"validation summary (Tables 1 and 2, {years[0].label}–{years[-1].label})",
              app_ms, "hand-written SQL, same numbers", base_ms, Goal(ratio=1.1))
    report(row)
    return [row]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print_table(rows(args.db, args.runs, report=lambda _row: None))


if __name__ == "__main__":
    main()
