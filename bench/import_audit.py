"""Benchmark: what the audit trail costs a large import.

Imports the same people file (10,000 rows by default, CSV) into fresh office databases, with
the audit trail on (as the program runs) and with its listener removed (the baseline doing the
same work in the same run), alternating the two, and prints the medians and their ratio.
Nothing here fails on a time.

    python bench/import_audit.py [--rows 10000] [--runs 3] [--database-dir DIR]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

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
        if not audited:
            event.remove(Session, "after_flush", audit._audit_flush)
        try:
            started = time.perf_counter()
            ExchangeService(office.session_factory).run(job)
            seconds = time.perf_counter() - started
        finally:
            if not audited:
                event.listen(Session, "after_flush", audit._audit_flush)
        with office.session_factory() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return seconds, entries
    finally:
        office.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.database_dir or Path(tempfile.mkdtemp(prefix="mentoroffice-bench-"))
    source = people_file(folder, args.rows)
    times: dict[bool, list[float]] = {True: [], False: []}
    entries = 0
    for run in range(args.runs):
        for audited in ((True, False) if run % 2 == 0 else (False, True)):
            seconds, found = one_import(folder, source, audited)
            times[audited].append(seconds)
            entries = max(entries, found)
            print(f"run {run + 1}: {'audited' if audited else 'baseline'} {seconds:.2f} s"
                  f" ({found:,} audit entries)", flush=True)
    with_audit, without = statistics.median(times[True]), statistics.median(times[False])
    print(f"import of {args.rows:,} people: audited {with_audit:.2f} s, without the audit "
          f"listener (baseline) {without:.2f} s, ratio {with_audit / without:.2f} "
          f"({entries:,} audit entries)")


if __name__ == "__main__":
    main()
