"""Benchmark: importing people files (10,000-row workbook, 100,000-row CSV), dry run and real.

Each figure is the whole import as a person starts it: reading the file (`open_import`) and
the dry run (`ExchangeService.preview`) or the real import (`ExchangeService.run`, audited),
into a fresh office database holding the file's facilities.

The baseline (the issue's "floor") does the same work with nothing of the app's: a raw read of
the same file (openpyxl read-only `iter_rows(values_only=True)` for .xlsx, the `csv` module for
.csv) plus a bare `executemany` of the same rows into the same tables (`person`, then
`posting` with the ids the first statement returned) of a copy of the same fresh database,
with the same journal and synchronisation, in one transaction: rolled back for the dry run,
committed for the real import. It does not validate anything, find duplicates, or audit: the
ratio is what all of that costs over the bytes that must be read and written.

An import not finished after `--timeout` seconds is cancelled (the import's own cancel) and
shown as "not finished" at the time it was stopped.

    python bench/imports.py [--runs 1] [--timeout 300]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from table import Goal, Row, print_table

HEADERS = ["Matricule", "Prénom", "Nom", "Sexe", "Cadre", "Téléphone", "Code FOSA", "Fonction",
           "Date d'affectation"]
FACILITIES = (("RW", "country"), ("NP", "province"), ("GIC", "district"), ("H1", "hospital"),
              ("HC1", "health_center"), ("HC2", "health_center"))
FLOOR_GOAL = Goal(ratio=1.5)
CADRES = {"infirmier": "nurse", "sage-femme": "midwife"}  # the stored codes of the file's words


def people_rows(count: int) -> Iterator[list[str]]:
    for n in range(count):
        yield [f"RW-{n:06d}", f"Prénom{n}", f"Nom{n}", "F" if n % 2 else "M",
               "infirmier" if n % 3 else "sage-femme", f"0788 {n:06d}",
               "HC1" if n % 4 else "HC2", "prestataire", "2024-03-05"]


def write_csv(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(people_rows(count))
    return path


def write_xlsx(path: Path, count: int) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("People")
    sheet.append(HEADERS)
    for row in people_rows(count):
        sheet.append(row)
    book.save(path)
    return path


def template_office(folder: Path) -> Path:
    """A fresh office database with the facilities the files name, made once and copied."""
    from mentoroffice.cascade.facilities import FacilityInput, create_facility
    from mentoroffice.data.enums import OrgLevel
    from mentoroffice.office import open_office

    path = folder / "template.sqlite"
    office = open_office(f"sqlite:///{path}")
    try:
        with office.session_factory.begin() as session:
            parents: dict[str, int] = {}
            parent = None
            for code, level in FACILITIES:
                under = parents["H1"] if level == "health_center" else parent
                unit = create_facility(session, FacilityInput(code, code, OrgLevel(level),
                                                              under))
                parents[code] = unit.id
                parent = unit.id
    finally:
        office.close()
    return path


def fresh_copy(template: Path, folder: Path) -> Path:
    path = folder / f"office-{time.monotonic_ns()}.sqlite"
    shutil.copyfile(template, path)
    return path


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- the app ---------------------------------------------------------------------------------


class Stopped(Exception):
    pass


def app_import(template: Path, folder: Path, source: Path, real: bool,
               timeout: float) -> tuple[float, bool]:
    """Milliseconds the read and the dry run (or real import) took; False if stopped."""
    from mentoroffice.core.access import SYSTEM, act_as
    from mentoroffice.exchange.importing import ImportCancelled, open_import
    from mentoroffice.exchange.service import ExchangeService
    from mentoroffice.office import open_office

    database = fresh_copy(template, folder)
    office = open_office(f"sqlite:///{database}")
    try:
        act_as(office.session_factory, SYSTEM)
        service = ExchangeService(office.session_factory, office.catalog)
        started = time.perf_counter()
        deadline = started + timeout
        try:
            job = open_import(source, "people", catalog=office.catalog)
            work = service.run if real else service.preview
            report = work(job, None, lambda: time.perf_counter() > deadline)
        except ImportCancelled:
            return (time.perf_counter() - started) * 1000, False
        elapsed = (time.perf_counter() - started) * 1000
        if not report.ok or report.summary.to_add != len(job.table.rows):
            raise RuntimeError(f"the benchmark's file was not accepted: {report.summary}")
        return elapsed, True
    finally:
        office.close()
        remove_database(database)


# --- the floor -------------------------------------------------------------------------------


def raw_read(source: Path) -> list[tuple[object, ...]]:
    if source.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(source, read_only=True)
        try:
            rows = list(book.worksheets[0].iter_rows(values_only=True))
        finally:
            book.close()
    else:
        with source.open(newline="", encoding="utf-8") as handle:
            rows = [tuple(row) for row in csv.reader(handle)]
    return rows[1:]


def bare_executemany(database: Path, rows: list[tuple[object, ...]], commit: bool) -> None:
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        facility = dict(conn.execute("SELECT code, id FROM org_unit"))
        conn.execute("BEGIN IMMEDIATE")
        ids = [found for (found,) in conn.executemany(
            "INSERT INTO person (code, first_name, last_name, sex, cadre, phone, active, "
            "version_id, search_key) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?) RETURNING id",
            ((r[0], r[1], r[2], r[3], CADRES[r[4]], r[5], f"{r[1]} {r[2]} {r[0]} {r[5]}".lower())
             for r in rows)).fetchall()] if sqlite3.sqlite_version_info >= (3, 35) else None
        if ids is None or len(ids) != len(rows):  # executemany + RETURNING: not every SQLite
            first = conn.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]
            ids = list(range(first - len(rows) + 1, first + 1))
        conn.executemany(
            "INSERT INTO posting (person_id, org_unit_id, role, start_date, version_id) "
            "VALUES (?, ?, 'provider', ?, 1)",
            ((pid, facility[r[6]], r[8]) for pid, r in zip(ids, rows, strict=True)))
        conn.execute("COMMIT" if commit else "ROLLBACK")
    finally:
        conn.close()


def floor_ms(template: Path, folder: Path, source: Path, commit: bool) -> float:
    database = fresh_copy(template, folder)
    try:
        started = time.perf_counter()
        bare_executemany(database, raw_read(source), commit)
        return (time.perf_counter() - started) * 1000
    finally:
        remove_database(database)


# --- rows ------------------------------------------------------------------------------------


def figure_row(name: str, template: Path, folder: Path, source: Path, real: bool, runs: int,
               timeout: float) -> Row:
    floor = statistics.median(floor_ms(template, folder, source, real)
                              for _ in range(max(runs, 3)))
    times, finished = [], True
    for _ in range(runs):
        elapsed, done = app_import(template, folder, source, real, timeout)
        times.append(elapsed)
        if not done:
            finished = False
            break
    app = sorted(times)[len(times) // 2]
    label = name if finished else f"{name} (not finished: stopped after {app / 1000:.0f} s)"
    what = "raw read + bare executemany, " + ("committed" if real else "rolled back")
    return Row(label, app, what, floor, FLOOR_GOAL)


def rows(runs: int = 1, timeout: float = 300.0, report: Callable[[Row], None] = print
         ) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="mentoroffice-bench-imports-"))
    try:
        template = template_office(folder)
        workbook = write_xlsx(folder / "people-10000.xlsx", 10_000)
        text = write_csv(folder / "people-100000.csv", 100_000)
        found = []
        for name, source, real in (
                ("10,000-row people workbook, dry run", workbook, False),
                ("10,000-row people workbook, real import", workbook, True),
                ("100,000-row people CSV, dry run", text, False),
                ("100,000-row people CSV, real import", text, True)):
            row = figure_row(name, template, folder, source, real, runs, timeout)
            report(row)
            found.append(row)
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    print_table(rows(args.runs, args.timeout, report=lambda _row: None))


if __name__ == "__main__":
    main()
