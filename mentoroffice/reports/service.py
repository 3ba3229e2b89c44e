"""The Reports screen's use cases: which reports, for which place or person and period, and
generating one to a file with progress and cancelling.

Every method opens its own session: :meth:`ReportService.generate` is meant to run on a worker
thread and opens its session there. Nothing here imports ReportLab or matplotlib until a report
is generated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select

from ..core.choices import PersonChoice, PlaceChoice
from ..core.search_text import LIKE_ESCAPE, clean_search, like_contains
from ..core.writes import read_only
from ..data.models import Mentor, OrgUnit, Person, Validation
from ..data.text import fold
from ..periods import (
    Period,
    add_months,
    fiscal_quarter_of,
    fiscal_year,
    fiscal_year_of,
    month,
)
from .catalog import (
    REPORTS,
    Cancelled,
    Output,
    Progress,
    ReportCancelled,
    ReportKind,
    ReportRequest,
    report_kind,
    request_for,
)
from .catalog import fiscal_start_month as stored_fiscal_start
from .catalog import generate as generate_report

__all__ = ["PeriodChoices", "ReportCancelled", "ReportFailed", "ReportKind", "ReportResult",
           "ReportService"]

QUARTERS_BACK = 12
YEARS_BACK = 6
MONTHS_BACK = 36
SEARCH_LIMIT = 30

# Which levels each report may be run for (the others refuse them).
PLACE_LEVELS: dict[str, tuple[str, ...]] = {
    "supervision": ("hospital", "health_center"),
    "district_pack": ("district",),
    "validation_summary": ("district", "hospital", "health_center"),
}
FACILITY_LEVELS = ("hospital", "health_center", "health_post")
# Which period each report offers first, counted back from the current one: a visit plan
# letter is for next month, a mentor's report for the month just ended.
# Which period each report offers first, counted back from the current one: supervisors
# report on the quarter (and mentors on the month) just ended, a plan letter is for next month.
DEFAULT_PERIOD: dict[str, int] = {"visit_plan_letter": -1, "mentor_report": 1,
                                  "supervision": 1, "district_pack": 1, "qi_projects": 1}


class ReportFailed(Exception):
    """The report could not be produced; the message says why and what to do."""


@dataclass(frozen=True)
class PeriodChoices:
    periods: tuple[Period, ...]  # latest first
    default: int  # index of the one to offer


@dataclass(frozen=True)
class ReportResult:
    code: str
    path: str
    pages: int


def period_choices(period_kind: str, today: dt.date, fiscal_start: int, back: int = 0
                   ) -> PeriodChoices:
    """The periods to choose from, latest first; the one offered is the current one, or
    ``back`` periods before it (-1: the next one, which is listed only then: a plan letter
    is for next month, a report is never on a period that has not begun)."""
    first = -1 if back < 0 else 0
    if period_kind == "quarter":
        current = fiscal_quarter_of(today, fiscal_start)
        periods = [fiscal_quarter_of(add_months(current.start, -3 * n), fiscal_start)
                   for n in range(first, QUARTERS_BACK)]
    elif period_kind == "fiscal_year":
        ending = fiscal_year_of(today, fiscal_start).end.year
        periods = [fiscal_year(ending - n, fiscal_start) for n in range(first, YEARS_BACK)]
    elif period_kind == "month":
        this_month = today.replace(day=1)
        periods = [month(d.year, d.month) for d in
                   (add_months(this_month, -n) for n in range(first, MONTHS_BACK))]
    else:
        return PeriodChoices((), -1)
    return PeriodChoices(tuple(periods), min(max(back - first, 0), len(periods) - 1))


class ReportService:
    """Handed a session factory; every method is one short read, or one report."""

    def __init__(self, session_factory: Any) -> None:
        self.session_factory = session_factory

    # --- choices --------------------------------------------------------------------------
    @staticmethod
    def kinds() -> list[ReportKind]:
        return list(REPORTS)

    @staticmethod
    def kind(code: str) -> ReportKind:
        return report_kind(code)

    def fiscal_start_month(self) -> int:
        """The office's fiscal year's first month (setting fiscal_year_start_month; 10)."""
        with read_only(self.session_factory) as session:
            return stored_fiscal_start(session)

    def period_choices(self, code: str, today: dt.date) -> PeriodChoices:
        return period_choices(report_kind(code).period_kind, today, self.fiscal_start_month(),
                              DEFAULT_PERIOD.get(code, 0))

    def places(self, code: str) -> list[PlaceChoice]:
        """Where report ``code`` can be run for, by name (empty if it needs no place)."""
        kind = report_kind(code)
        levels = PLACE_LEVELS.get(code, FACILITY_LEVELS if kind.needs == "facility" else ())
        if not levels:
            return []
        with read_only(self.session_factory) as session:
            rows = session.execute(
                select(OrgUnit.id, OrgUnit.name, OrgUnit.level)
                .where(OrgUnit.active.is_(True), OrgUnit.level.in_(levels))
                .order_by(OrgUnit.name, OrgUnit.id)).all()
        return [PlaceChoice(*row) for row in rows]

    def validated_mentees(self, text: str, limit: int = SEARCH_LIMIT) -> list[PersonChoice]:
        """People validated in at least one competency whose name or code contains the text."""
        key = fold(clean_search(text))
        if not key:
            return []
        pattern = like_contains(key)
        with read_only(self.session_factory) as session:
            rows = session.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.code)
                .where(Person.search_key.like(pattern, escape=LIKE_ESCAPE),
                       exists().where(Validation.mentee_id == Person.id))
                .order_by(Person.last_name, Person.first_name, Person.id).limit(limit)).all()
        return [PersonChoice(pid, f"{first} {last}", code or "") for pid, first, last, code in rows]

    def mentors(self) -> list[PersonChoice]:
        """Active mentors, by name; ``id`` is the mentor's."""
        with read_only(self.session_factory) as session:
            rows = session.execute(
                select(Mentor.id, Person.first_name, Person.last_name, Mentor.association,
                       Mentor.kind)
                .join(Person, Person.id == Mentor.person_id)
                .where(Mentor.active.is_(True))
                .order_by(Person.last_name, Person.first_name, Mentor.id)).all()
        return [PersonChoice(mid, f"{first} {last}", association or kind.replace("_", " "))
                for mid, first, last, association, kind in rows]

    # --- generating -----------------------------------------------------------------------
    def generate(self, code: str, path: str | os.PathLike[str], *,
                 facility_id: int | None = None, period: Period | None = None,
                 mentee_id: int | None = None, mentor_id: int | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None
                 ) -> ReportResult:
        """Write report ``code`` to ``path`` in a session of its own (call it off the GUI
        thread). ReportCancelled when cancelled, ReportFailed with a message saying what to
        do otherwise; in both cases no file is left at ``path``."""
        from .pdf import ReportError  # ReportLab: loaded with the report

        target = Path(path)
        try:
            request = request_for(code, facility_id=facility_id, period=period,
                                  mentee_id=mentee_id, mentor_id=mentor_id)
            with read_only(self.session_factory) as session:
                pages = generate_report(session, request, target, progress=progress,
                                        cancelled=cancelled)
        except ReportCancelled:
            _remove(target)
            raise
        except (ReportError, ValueError, LookupError) as error:
            _remove(target)
            raise ReportFailed(str(error)) from error
        return ReportResult(code, str(target), pages)

    def print_report(self, request: ReportRequest, out: Output) -> int:
        """Write the report ``request`` asks for (a visit plan letter, a QI project's pages...)
        to ``out`` in a session of its own (call it off the GUI thread); the page count.
        Raises what :func:`~.catalog.generate` raises (ReportError: no file is left)."""
        with read_only(self.session_factory) as session:
            return generate_report(session, request, out)

    @staticmethod
    def save_copy(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        """Copy a generated report to where the person chose, atomically; ReportFailed with
        what to do when it cannot be written."""
        from .pdf import ReportError, write_atomically

        try:
            data = Path(source).read_bytes()
        except OSError as error:
            raise ReportFailed(f"The generated report could not be read ({error.strerror}); "
                               "generate it again.") from error
        try:
            write_atomically(Path(destination), data)
        except ReportError as error:
            raise ReportFailed(str(error)) from error


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".partial")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
