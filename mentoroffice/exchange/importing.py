"""Importing a table into the office database: preview, dry run, then all or nothing.

How an import goes (the wizard's steps):

    table = read_table(path, sheet)                       # reading.py
    job = ImportJob(kind, table, auto_map(kind, table.headers), DuplicatePolicy.SKIP,
                    catalog=office.catalog)
    report = job.preview(session)    # every problem by row and column; counts; nothing saved
    report.summary                   # the dry run: rows to add / update / skip
    with session_factory.begin() as session:
        job.run(session, progress, cancelled)             # raises ImportRefused / ImportCancelled

Rows are applied through the domain's rules (create_facility, add_person, post_person,
assign_mentor, record_assessment...), so an imported row obeys the rules a typed one does.
References (facilities, people) are loaded once per import, one query per table, and looked
up in memory. New people are checked row by row in memory by the rules `add_person` and
`post_person` apply, queued, and written in one statement per table (`bulk.py`) before any
row that changes a stored record and at the end; other kinds write each row through the
domain functions in a savepoint of its own. The preview applies every row the same way,
bulk statements included, inside a savepoint it then rolls back: what it reports is what the
import would do, including rules that depend on earlier rows of the same file and those only
the database checks. `run` applies the rows again inside a savepoint; any problem (or a
cancel) rolls the savepoint back before the exception leaves, so the session holds nothing of
the file, and the caller's transaction rolls back as well.

Duplicates: a row whose natural key matches a record already stored (facility code; person
code or first name + last name + phone; assessment mentee + checklist + date + kind; indicator
value facility + indicator + month...) is skipped, updated, or stops the import, by policy. A
row repeating an earlier row of the same file is a problem. Updating never erases: a blank cell
keeps what is stored. Re-importing the same file therefore adds nothing (with "update", rows
whose values are already stored count as skipped, "unchanged").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..checklists.assessments import AssessmentRefused
from ..core.refusals import NotFound, RuleRefused
from .mapping import ColumnMapping, ImportKind, auto_map
from .problems import Problem, sorted_problems
from .reading import Table, read_table
from .rows import Handler, Lookups, Refusal, RowReader

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DuplicatePolicy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    STOP = "stop"


class Action(StrEnum):
    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"
    REFUSED = "refused"


class ImportCancelled(Exception):
    """The person cancelled; nothing of the file was kept."""


class ImportRefused(Exception):
    """The file has problems; nothing of it was kept. `report.problems` says where."""

    def __init__(self, report: ImportReport) -> None:
        count = len(report.problems)
        super().__init__(f"The import was refused: {count} problem{'s' * (count != 1)} in "
                         f"{report.source}.")
        self.report = report


@dataclass(frozen=True)
class RowOutcome:
    row: int
    action: Action
    record: str  # what the row is about, e.g. "GIC-HC-01" or "Mukamana Claudine"
    note: str = ""


@dataclass(frozen=True)
class DryRunSummary:
    to_add: int
    to_update: int
    to_skip: int
    refused: int
    problems: int

    def __str__(self) -> str:
        text = f"{self.to_add} to add, {self.to_update} to update, {self.to_skip} to skip"
        if self.problems:
            text += f"; {self.problems} problem(s) on {self.refused} row(s) stop the import"
        return text


@dataclass(frozen=True)
class ImportReport:
    kind: ImportKind
    source: str
    outcomes: tuple[RowOutcome, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: Action) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action is action)

    @property
    def summary(self) -> DryRunSummary:
        return DryRunSummary(self.count(Action.ADD), self.count(Action.UPDATE),
                             self.count(Action.SKIP), self.count(Action.REFUSED),
                             len(self.problems))


def _handler_class(kind: ImportKind) -> type[Handler]:
    from . import import_assessments, import_indicators, import_mentoring, import_registry

    return {
        ImportKind.FACILITIES: import_registry.FacilityRows,
        ImportKind.PEOPLE: import_registry.PersonRows,
        ImportKind.MENTORS: import_mentoring.MentorRows,
        ImportKind.ENROLMENTS: import_mentoring.EnrolmentRows,
        ImportKind.ASSESSMENTS: import_assessments.AssessmentRows,
        ImportKind.LEGACY_SCORES: import_assessments.LegacyScoreRows,
        ImportKind.INDICATOR_VALUES: import_indicators.IndicatorValueRows,
    }[kind]


def _never() -> bool:
    return False


def _ignore(_done: int, _total: int) -> None:
    return None


@dataclass
class ImportJob:
    """One file (a table and its column mapping) to import as one kind of record."""

    kind: ImportKind
    table: Table
    mapping: ColumnMapping | None = None
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    catalog: Any = None  # checklists.forms.FormCatalog: needed for assessments
    today: dt.date = field(default_factory=dt.date.today)

    def __post_init__(self) -> None:
        self.kind = ImportKind(self.kind)
        self.policy = DuplicatePolicy(self.policy)
        if self.mapping is None:
            self.mapping = auto_map(self.kind, self.table.headers)

    def preview(self, session: Session, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportReport:
        """What the import would do and every problem; the database is left as it was."""
        savepoint = session.begin_nested()
        try:
            return self._apply(session, progress or _ignore, cancelled or _never,
                               dry_run=True)
        finally:
            savepoint.rollback()

    def dry_run(self, session: Session) -> DryRunSummary:
        return self.preview(session).summary

    def run(self, session: Session, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> ImportReport:
        """Import every row or none: raises ImportRefused or ImportCancelled, keeping nothing."""
        savepoint = session.begin_nested()
        try:
            report = self._apply(session, progress or _ignore, cancelled or _never)
        except BaseException:
            savepoint.rollback()
            raise
        if not report.ok:
            savepoint.rollback()
            raise ImportRefused(report)
        savepoint.commit()
        return report

    # --- the work ---------------------------------------------------------------------------

    def _apply(self, session: Session, progress: Progress, cancelled: Cancelled,
               dry_run: bool = False) -> ImportReport:
        assert self.mapping is not None
        problems = list(self.table.problems) + self.mapping.problems()
        if problems or not self.table.rows:
            return ImportReport(self.kind, self.table.source, (), sorted_problems(problems))
        handler = _handler_class(self.kind)(session, Lookups(session), self.today, self.catalog)
        handler.dry_run = dry_run
        steps = _Steps(len(self.table.rows), progress, cancelled)
        parsed = []
        for number, cells in self.table.numbered_rows():
            if cancelled():
                raise ImportCancelled()
            row = RowReader(number, cells, self.mapping)
            parsed.append((row, _parse(handler, row)))
        outcomes: list[RowOutcome] = []
        seen: dict[Hashable, int] = {}
        for row, value in handler.order(parsed):
            steps.tick()
            outcomes.append(self._apply_row(session, handler, row, value, seen, problems))
            problems += row.problems
        _write_queued(session, handler, problems)
        outcomes.sort(key=lambda o: o.row)
        return ImportReport(self.kind, self.table.source, tuple(outcomes),
                            sorted_problems(problems))

    def _apply_row(self, session: Session, handler: Handler, row: RowReader, value: Any,
                   seen: dict[Hashable, int], problems: list[Problem]) -> RowOutcome:
        if value is None or not row.ok:
            return RowOutcome(row.number, Action.REFUSED, "")
        record = handler.describe(value)
        key = handler.key(value)
        if key in seen:
            row.fail(None, f"This row repeats row {seen[key]} ({record}).")
            return RowOutcome(row.number, Action.REFUSED, record)
        seen[key] = row.number
        try:
            action, note = self._add_or_update(session, handler, row, value, record, problems)
        except (Refusal, RuleRefused, AssessmentRefused, NotFound, SQLAlchemyError) as error:
            _report(row, handler, error)
            return RowOutcome(row.number, Action.REFUSED, record)
        return RowOutcome(row.number, action, record, note)

    def _add_or_update(self, session: Session, handler: Handler, row: RowReader, value: Any,
                       record: str, problems: list[Problem]) -> tuple[Action, str]:
        """Adds queue without touching the database (bulk handlers) or write in a savepoint of
        their own, as updates do, so a refused row leaves nothing behind."""
        existing = handler.find(value)
        if existing is None:
            if handler.bulk:
                return Action.ADD, handler.add(value)
            with session.begin_nested():
                return Action.ADD, handler.add(value)
        if self.policy is DuplicatePolicy.SKIP:
            return Action.SKIP, "already in the database"
        if self.policy is DuplicatePolicy.STOP:
            row.fail(None, f"{record} is already in the database; choose to skip or update "
                     "records already there.")
            return Action.REFUSED, ""
        _write_queued(session, handler, problems)
        with session.begin_nested():
            changed = handler.update(existing, value)
        return (Action.UPDATE, "") if changed else (Action.SKIP, "unchanged")


class _Steps:
    """Rows done, reported about every 1% (a progress bar needs no more; a small file's every
    row), and the cancel checked at each row."""

    def __init__(self, total: int, progress: Progress, cancelled: Cancelled) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled
        self.every = max(1, total // 100)

    def tick(self) -> None:
        if self.cancelled():
            raise ImportCancelled()
        self.done += 1
        if self.done % self.every == 0 or self.done == self.total:
            self.progress(self.done, self.total)


def _write_queued(session: Session, handler: Handler, problems: list[Problem]) -> None:
    """Write what a bulk handler queued, in a savepoint: the database refusing it (a rule
    only it checks) is a problem with the file, as it is in the dry run."""
    if not handler.queued():
        return
    try:
        with session.begin_nested():
            handler.write_queued()
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0][:200]
        problems.append(Problem(None, None, f"The database refused the new rows ({detail})."))


def _parse(handler: Handler, row: RowReader) -> Any:
    try:
        value = handler.parse(row)
    except Refusal as refusal:
        row.add_refusal(refusal, handler.fields_for)
        return None
    return value if row.ok else None


def _report(row: RowReader, handler: Handler, error: Exception) -> None:
    fields = handler.fields_for
    if isinstance(error, Refusal):
        row.add_refusal(error, fields)
    elif isinstance(error, RuleRefused):
        for violation in error.violations:
            row.fail(fields.get(violation.field or violation.code), violation.message)
    elif isinstance(error, AssessmentRefused):
        for name, message in error.problems:
            row.fail(fields.get(name), message)
    elif isinstance(error, NotFound):
        row.fail(None, str(error))
    else:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0][:200]
        row.fail(None, f"The database refused this row ({detail}).")


def open_import(path: Path, kind: ImportKind | str, sheet: str | None = None,
                policy: DuplicatePolicy | str = DuplicatePolicy.SKIP, catalog: Any = None,
                today: dt.date | None = None) -> ImportJob:
    """Read a file and match its columns: a job ready to preview or run."""
    table = read_table(Path(path), sheet)
    return ImportJob(ImportKind(kind), table, auto_map(kind, table.headers),
                     DuplicatePolicy(policy), catalog, today or dt.date.today())
