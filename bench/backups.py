"""Benchmark: the automatic backup on closing, and the quick check on opening, on the national
demo (a SQLite file of about 170 MB).

Prints each time with its ratio against a baseline measured in the same run on the same file:
a plain file copy (what any backup must at least do; the quick check reads the whole file as
well). Medians of several runs; no goal is set (the issue sets none); nothing here fails on a
time.

    python bench/backups.py [--database FILE] [--runs 5]

Without --database it uses the national demo in the system's temporary folder, generating it
first (see bench/national_demo.py).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from national_demo import national_demo
from table import Goal, Row, print_table

from mentoroffice.data.backup import automatic_backup, integrity_problems, make_backup


def median_seconds(work: Callable[[], object], runs: int,
                   before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(source: Path, runs: int) -> tuple[float, dict[str, float]]:
    """The plain copy's seconds, and each figure's."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database, backups = work / "office.sqlite", work / "backups"
        shutil.copyfile(source, database)

        def empty_backups() -> None:
            shutil.rmtree(backups, ignore_errors=True)

        baseline = median_seconds(lambda: shutil.copyfile(database, work / "copy.sqlite"), runs)
        figures = {
            "quick check on opening": median_seconds(
                lambda: integrity_problems(database, quick=True), runs),
            "automatic backup on closing (copy + quick check)": median_seconds(
                lambda: automatic_backup(database, backups), runs, empty_backups),
            "automatic backup not due (nothing changed)": median_seconds(
                lambda: automatic_backup(database, backups), runs),
            "manual backup (copy + full integrity check)": median_seconds(
                lambda: make_backup(database, backups, "manual"), runs, empty_backups),
        }
    return baseline, figures


def rows(database: Path | None = None, runs: int = 3, report: Callable[[Row], None] = print
         ) -> list[Row]:
    baseline, figures = measure(database or national_demo(), runs)
    found = [Row(name, seconds * 1000, "plain file copy", baseline * 1000, Goal())
             for name, seconds in figures.items()]
    for row in found:
        report(row)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print_table(rows(args.database, args.runs, report=lambda _row: None))


if __name__ == "__main__":
    main()
