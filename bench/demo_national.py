"""Benchmark: generate the national demo office and compare with a raw-insert baseline.

The baseline writes the same number of rows as the demo's largest table (assessment item
results) with plain sqlite3 executemany into a table of the same shape, in the same run:
the ratio says what generating realistic data costs over merely writing that many rows.

    python bench/demo_national.py [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from table import Goal, Row

from mentoroffice.demo import generate_demo
from mentoroffice.office import open_office


def baseline_seconds(folder: Path, rows: int) -> float:
    path = folder / "baseline.sqlite"
    started = time.perf_counter()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(
            "CREATE TABLE r (a INTEGER, i INTEGER, result TEXT, note TEXT, PRIMARY KEY (a, i))"
        )
        conn.executemany(
            "INSERT INTO r VALUES (?, ?, ?, NULL)",
            ((n // 20, n % 20, "done") for n in range(rows)),
        )
    return time.perf_counter() - started


def measure(seed: int) -> tuple[float, float, dict[str, int], float]:
    """Seconds to generate the demo, the baseline's seconds, the rows per table, the MB."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        office = open_office(f"sqlite:///{folder / 'national.sqlite'}")
        started = time.perf_counter()
        summary = generate_demo(office.session_factory, "national", seed,
                                dt.date(2026, 11, 1))
        demo = time.perf_counter() - started
        office.close()
        base = baseline_seconds(folder, summary.counts["assessment_item_result"])
        size = (folder / "national.sqlite").stat().st_size / 1e6
    return demo, base, dict(summary.counts), size


def rows(seed: int = 1, report: Callable[[Row], None] = print) -> list[Row]:
    demo, base, counts, _size = measure(seed)
    row = Row(f"national demo generated ({sum(counts.values()):,} rows)", demo * 1000,
              f"{counts['assessment_item_result']:,} bare rows, sqlite3 executemany",
              base * 1000, Goal())
    report(row)
    return [row]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    demo, base, counts, size = measure(args.seed)
    item_rows = counts["assessment_item_result"]
    print(f"national demo: {sum(counts.values()):,} rows in {demo:.1f} s ({size:.0f} MB)")
    for table in ("person", "mentor", "mentee_enrolment", "visit", "assessment",
                  "assessment_item_result", "validation"):
        print(f"  {table:24} {counts.get(table, 0):>10,}")
    print(f"baseline: {item_rows:,} bare rows with sqlite3 executemany in {base:.1f} s")
    print(f"ratio demo / baseline: {demo / base:.1f}x")


if __name__ == "__main__":
    main()
