"""What the import wizard knows as the person moves through it, and the checks its pages run on
the thread pool. Qt-free: every step goes through `ExchangeService`, which opens its own session.

Leaving rows out: the domain imports a table all or nothing and refuses it while any row has a
problem. When the person chooses to leave the faulty rows out, the wizard previews the table
without them; a row that depended on a left-out row (a health post under a facility of a
refused row) then shows its own problem, so it is left out too, until the rest is clean. The
row numbers stay those of the file, and the last page lists what was left out.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ...exchange.importing import DuplicatePolicy, ImportJob, ImportReport
from ...exchange.mapping import ColumnMapping, ImportKind
from ...exchange.problems import Problem, sorted_problems
from ...exchange.reading import Table
from ...exchange.service import ExchangeService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MAX_PASSES = 10


@dataclass(frozen=True)
class Checked:
    """The preview's answer: every problem seen, and the table that would be imported."""

    first: ImportReport  # the whole table, as read
    final: ImportReport  # the table without the rows left out
    table: Table  # what would be imported
    left_out: tuple[int, ...]  # row numbers of the file
    problems: tuple[Problem, ...]  # of the whole table and of every later pass

    @property
    def ok(self) -> bool:
        return self.final.ok

    @property
    def file_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.row is None)

    @property
    def rows_with_problems(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems if p.row is not None}))


@dataclass
class ImportState:
    kind: ImportKind = ImportKind.FACILITIES
    path: Path | None = None
    sheet: str | None = None
    table: Table | None = None
    table_key: tuple[object, ...] | None = None
    mapping: ColumnMapping | None = None
    leave_out: bool = False
    checked: Checked | None = None
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    dry_run: ImportReport | None = None
    result: ImportReport | None = None

    def file_key(self) -> tuple[object, ...]:
        """What identifies the file as read: a changed file (saved again in Excel) is read again."""
        assert self.path is not None
        try:
            stamp: object = os.stat(self.path).st_mtime_ns
        except OSError:
            stamp = None
        return (str(self.path), self.sheet, stamp)

    def set_table(self, table: Table) -> None:
        """A table just read: keep the person's column choices if the headers did not change."""
        self.table = table
        self.table_key = self.file_key()
        if self.mapping is None or self.mapping.kind != self.kind or (
                self.mapping.headers != table.headers):
            self.mapping = None
        self.checked = None
        self.dry_run = None

    def job(self, service: ExchangeService, table: Table | None = None,
            policy: DuplicatePolicy | None = None) -> ImportJob:
        source = table if table is not None else self.table
        assert source is not None
        return service.new_job(self.kind, source, self.mapping, policy or self.policy)

    def snapshot(self) -> ImportState:
        """A copy for a worker thread: the pages may change this state while it runs."""
        return replace(self)

    def import_table(self) -> Table:
        """The table the import reads: the file's, less any rows left out."""
        if self.checked is not None:
            return self.checked.table
        assert self.table is not None
        return self.table


def without_rows(table: Table, rows: set[int]) -> Table:
    """The table less the given row numbers (and the reading problems placed on them)."""
    kept = [(n, cells) for n, cells in table.numbered_rows() if n not in rows]
    return replace(table, rows=tuple(cells for _, cells in kept),
                   row_numbers=tuple(n for n, _ in kept),
                   problems=tuple(p for p in table.problems if p.row not in rows))


def check(service: ExchangeService, state: ImportState, progress: Progress,
          cancelled: Cancelled) -> Checked:
    """Preview the table; with `leave_out`, preview it again without the faulty rows until the
    rest is clean (or the problems concern the whole file)."""
    assert state.table is not None
    first = service.preview(state.job(service, state.table, DuplicatePolicy.SKIP), progress,
                            cancelled)
    problems = list(first.problems)
    report, table = first, state.table
    left: set[int] = set()
    for _ in range(MAX_PASSES):
        bad = {p.row for p in report.problems if p.row is not None}
        if not state.leave_out or not bad or any(p.row is None for p in report.problems):
            break
        left |= bad
        table = without_rows(state.table, left)
        report = service.preview(state.job(service, table, DuplicatePolicy.SKIP), None,
                                 cancelled)
        problems += [p for p in report.problems if p not in problems]
    return Checked(first, report, table, tuple(sorted(left)), sorted_problems(problems))


def dry_run(service: ExchangeService, state: ImportState, progress: Progress,
            cancelled: Cancelled) -> ImportReport:
    return service.preview(state.job(service, state.import_table()), progress, cancelled)


def run_import(service: ExchangeService, state: ImportState, progress: Progress,
               cancelled: Cancelled) -> ImportReport:
    return service.run(state.job(service, state.import_table()), progress, cancelled)


def row_list(rows: tuple[int, ...] | list[int], limit: int = 12) -> str:
    """'4, 7, 9' or '4, 7, 9, … (20 rows)' for long lists."""
    shown = ", ".join(str(r) for r in rows[:limit])
    return shown if len(rows) <= limit else f"{shown}, … ({len(rows)})"
