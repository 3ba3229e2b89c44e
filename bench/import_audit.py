"""Benchmark: what the audit trail costs a large import.

Imports the same people file (10,000 rows by default, CSV) into fresh office databases, with
the audit trail on (as the program runs) and switched off (the baseline doing the same work in
the same run: the ORM listener removed, the entries for rows an import writes in bulk not
gathered, and whatever was gathered dropped at the commit instead of written), alternating
the two, and prints the medians and their ratio. The audited run must leave at least one entry
per imported row. Nothing here fails on a time.

    python bench/import_audit.py [--rows 10000] [--runs 3] [--database-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from table import Goal, Row

from mentoroffice.cascade.facilities import FacilityInput, create_facility
from mentoroffice.core import audit
from mentoroffice.core.access import SYSTEM, act_as
from mentoroffice.data.enums import OrgLevel
from mentoroffice.data.models import AuditEntry
from mentoroffice.exchange.importing import open_import
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.office import open_office

HEADERS = ["Matricule", "Prénom", "Nom", "Sexe", "Cadre", "Téléphone", "Code FOSA", "Fonction",
           "Date d'affectation"]


def people_file(folder: Path, rows: int) -> Path:
    path = folder / f"people-{rows}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(rows):
            writer.writerow([f"RW-{n:06d}", f"Prénom{n}", f"Nom{n}", "F" if n % 2 else "M",
                             "infirmier", f"0788 {n:06d}", "HC1", "prestataire", "2024-03-05"])
    return path


@contextlib.contextmanager
def audit_switched_off() -> Iterator[None]:
    """No audit entry gathered by the ORM listener, none written at the commit."""
    write_pending = audit.write_pending

    def drop_pending(session: Session) -> None:
        session.flush()
        session.info.pop(audit.PENDING, None)

    record_inserts = getattr(audit, "record_inserts", None)  # rows an import writes in bulk
    event.remove(Session, "after_flush", audit._audit_flush)
    audit.write_pending = drop_pending  # type: ignore[assignment]
    if record_inserts is not None:
        audit.record_inserts = lambda *_args, **_kwargs: None  # type: ignore[attr-defined]
    try:
        yield
    finally:
        audit.write_pending = write_pending  # type: ignore[assignment]
        if record_inserts is not None:
            audit.record_inserts = record_inserts  # type: ignore[attr-defined]
        event.listen(Session, "after_flush", audit._audit_flush)


def one_import(folder: Path, source: Path, audited: bool) -> tuple[float, int]:
    """Seconds the import's transaction took, and the audit entries it left."""
    database = folder / f"office-{time.monotonic_ns()}.sqlite"
    office = open_office(f"sqlite:///{database}")
    try:
        with office.session_factory.begin() as session:
            parent = None
            for code, level in (("RW", OrgLevel.COUNTRY), ("NP", OrgLevel.PROVINCE),
                                ("GIC", OrgLevel.DISTRICT), ("H1", OrgLevel.HOSPITAL),
                                ("HC1", OrgLevel.HEALTH_CENTER)):
                parent = create_facility(session, FacilityInput(
                    code, code, level, parent.id if parent else None))
        act_as(office.session_factory, SYSTEM)
        job = open_import(source, "people", catalog=office.catalog)
        switch_off = audit_switched_off() if not audited else contextlib.nullcontext()
        with switch_off:
            started = time.perf_counter()
            ExchangeService(office.session_factory).run(job)
            seconds = time.perf_counter() - started
        with office.session_factory() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return seconds, entries
    finally:
        office.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)


def measure(rows: int, runs: int, folder: Path, say: Callable[[str], None]
            ) -> tuple[float, float, int]:
    """Median seconds audited and not, and the most audit entries a run left."""
    source = people_file(folder, rows)
    times: dict[bool, list[float]] = {True: [], False: []}
    entries = 0
    for run in range(runs):
        for audited in ((True, False) if run % 2 == 0 else (False, True)):
            seconds, found = one_import(folder, source, audited)
            times[audited].append(seconds)
            if audited:
                entries = max(entries, found)
            say(f"run {run + 1}: {'audited' if audited else 'baseline'} {seconds:.2f} s"
                f" ({found:,} audit entries)")
    if entries < rows:
        raise RuntimeError(f"the audited import left {entries} entries for {rows} rows")
    return statistics.median(times[True]), statistics.median(times[False]), entries


def rows(rows: int = 10_000, runs: int = 3, report: Callable[[Row], None] = print
         ) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="mentoroffice-bench-audit-"))
    with_audit, without, entries = measure(rows, runs, folder, lambda _text: None)
    row = Row(f"{rows:,}-row people import, audited ({entries:,} entries)", with_audit * 1000,
              "the same import, audit trail off", without * 1000, Goal())
    report(row)
    return [row]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.database_dir or Path(tempfile.mkdtemp(prefix="mentoroffice-bench-"))
    with_audit, without, entries = measure(args.rows, args.runs, folder,
                                           lambda text: print(text, flush=True))
    print(f"import of {args.rows:,} people: audited {with_audit:.2f} s, without the audit "
          f"trail (baseline) {without:.2f} s, ratio {with_audit / without:.2f} "
          f"({entries:,} audit entries)")


if __name__ == "__main__":
    main()
