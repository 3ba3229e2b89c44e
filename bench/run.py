"""Every benchmark, printed as one table: figure, app, baseline, ratio, goal, holds?

    python bench/run.py [--database FILE] [--runs 3] [--import-timeout 300] [--skip NAME ...]

Makes the national demo in the system's temporary folder the first time (bench/national_demo.py)
and reuses it after. Each script's docstring says what its baselines do and why they do the
same work as the figure they are compared with:

- window.py: start, the longest GUI-thread stall, people search (written with the window's
  work; skipped with a line saying so while it is not there);
- people_list.py: the people page (only when it offers `rows()`);
- reports_national.py: one hospital's quarterly report, in process and as a whole command,
  and the national pack;
- imports.py: 10,000-row people workbook and 100,000-row people CSV, dry run and real;
- import_audit.py: what the audit trail costs a 10,000-row import;
- validation_summary.py: Tables 1 and 2 against hand-written SQL;
- backups.py: the backup on closing and the quick check on opening;
- demo_national.py: generating the national demo (slow; `--skip demo_national` to leave out).

Each row is printed as soon as it is measured (so a long run shows its progress), then the
whole table at the end. Nothing here fails on a time.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from national_demo import national_demo
from table import Row, format_ms, print_table

BENCHES = ("window", "people_list", "reports_national", "imports", "import_audit",
           "validation_summary", "backups", "demo_national")


def announce(row: Row) -> None:
    ratio = f", {row.ratio:.2f}×" if row.ratio is not None else ""
    print(f"  {row.figure}: {format_ms(row.app_ms)}{ratio} ({'holds' if row.holds else 'misses'}"
          f" {row.goal})", flush=True)


def optional_rows(name: str, call: Callable[[object], list[Row]]) -> list[Row]:
    """A bench another piece of work provides: skipped, with a line, while it is not there."""
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        print(f"- {name}.py: skipped ({error}).", flush=True)
        return []
    if not hasattr(module, "rows"):
        print(f"- {name}.py: skipped (it has no rows() yet).", flush=True)
        return []
    try:
        return call(module)
    except Exception as error:  # noqa: BLE001 - another piece of work: report, go on
        print(f"- {name}.py: failed ({type(error).__name__}: {error}); left out.", flush=True)
        return []


def run(name: str, database: Path, args: argparse.Namespace) -> list[Row]:
    print(f"- {name}.py ...", flush=True)
    started = time.perf_counter()
    found: list[Row]
    if name in ("window", "people_list"):
        found = optional_rows(name, lambda m: m.rows(f"sqlite:///{database}"))  # type: ignore[attr-defined]
    elif name == "reports_national":
        import reports_national

        found = reports_national.rows(database, args.runs, report=announce)
    elif name == "imports":
        import imports

        found = imports.rows(1, args.import_timeout, report=announce)
    elif name == "import_audit":
        import import_audit

        found = import_audit.rows(10_000, args.runs, report=announce)
    elif name == "validation_summary":
        import validation_summary

        found = validation_summary.rows(database, max(args.runs, 7), report=announce)
    elif name == "backups":
        import backups

        found = backups.rows(database, args.runs, report=announce)
    else:
        import demo_national

        found = demo_national.rows(report=announce)
    print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=None,
                        help="a national office SQLite file (default: the national demo)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (medians)")
    parser.add_argument("--import-timeout", type=float, default=300.0,
                        help="seconds after which an import is cancelled and shown unfinished")
    parser.add_argument("--skip", nargs="*", default=[], choices=BENCHES)
    parser.add_argument("--only", nargs="*", default=[], choices=BENCHES)
    args = parser.parse_args()
    database = args.database or national_demo()
    import mentoroffice

    print(f"MentorOffice from {Path(mentoroffice.__file__).parent}; database {database}",
          flush=True)
    table: list[Row] = []
    for name in BENCHES:
        if name in args.skip or (args.only and name not in args.only):
            continue
        table += run(name, database, args)
    print()
    print_table(table)


if __name__ == "__main__":
    main()
