"""Monthly indicator values as people type them: checked cell by cell, saved in one transaction.

A value is a numerator and a denominator for one indicator, facility and month (its first day).
Every entry is checked before anything is written: whole numbers, no negatives, the numerator
no larger than the denominator, both or neither given, and no month after the current one (a
month's figures are entered once it has begun; the current month may be entered as it fills).
One problem anywhere refuses the whole save, so a grid is never half saved.

Each problem carries a stable code (for the screen's translated text), the indicator and the
month it is about, the field (numerator, denominator or both) and an English message.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import RuleRefused, Violation, rule
from ..data.enums import Direction
from ..data.models import Indicator, IndicatorValue, OrgUnit, TechnicalArea
from ..text import QT_TRANSLATE_NOOP

__all__ = [
    "MAX_COUNT",
    "CellProblem",
    "IndicatorInfo",
    "IndicatorInput",
    "SaveResult",
    "StoredValue",
    "ValueEntry",
    "ValuesRefused",
    "add_indicator",
    "check_entry",
    "facility_values",
    "list_indicators",
    "month_label",
    "parse_count",
    "save_values",
]

MAX_COUNT = 999_999  # a month's count at one facility; more is a typing slip
CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9_]{1,31}")

NUMERATOR, DENOMINATOR, BOTH = "numerator", "denominator", "both"


@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    code: str
    name: str
    numerator_definition: str
    denominator_definition: str
    direction: str  # "up" (higher is better) or "down"
    technical_area: str | None
    active: bool


@dataclass(frozen=True)
class StoredValue:
    indicator_id: int
    month: dt.date
    numerator: int
    denominator: int
    version: int


@dataclass(frozen=True)
class ValueEntry:
    """What a person typed for one indicator and month; blank texts mean "no value".

    ``version`` is the stored value's version when the grid was read (None: there was none);
    a value changed elsewhere since is refused rather than overwritten.
    """

    indicator_id: int
    month: dt.date
    numerator: str
    denominator: str
    version: int | None = None

    def is_blank(self) -> bool:
        return not self.numerator.strip() and not self.denominator.strip()


@dataclass(frozen=True)
class CellProblem:
    code: str  # not_a_number, not_whole, negative, too_large, missing, above_denominator,
    #            future_month, changed_elsewhere, unknown_indicator
    indicator_id: int
    indicator: str
    month: dt.date
    field: str  # numerator, denominator or both
    message: str  # about the cell, without naming it
    value: str = ""  # the text at fault, when one is

    def full_message(self) -> str:
        """The message naming the indicator and the month, for a message line."""
        return f"{self.indicator}, {month_label(self.month)}: {self.message}"


class ValuesRefused(Exception):
    """At least one entry is wrong; nothing was saved."""

    def __init__(self, problems: Sequence[CellProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.full_message() for p in self.problems))


@dataclass(frozen=True)
class SaveResult:
    inserted: int
    updated: int
    deleted: int

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.deleted


@dataclass(frozen=True)
class IndicatorInput:
    code: str
    name: str
    numerator_definition: str
    denominator_definition: str
    direction: str
    technical_area: str | None = None


def month_label(month: dt.date) -> str:
    return f"{calendar.month_abbr[month.month]} {month.year}"


# --------------------------------------------------------------------------- checking


class CountError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def parse_count(text: str, what: str = "value") -> int | None:
    """A count as typed: blank is None; spaces inside (1 200) are allowed; CountError else."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not cleaned:
        return None
    if re.fullmatch(r"[+-]?\d+", cleaned):
        number = int(cleaned)
        if number < 0:
            raise CountError("negative", f"The {what} cannot be negative ({cleaned}).")
        if number > MAX_COUNT:
            raise CountError("too_large", f"The {what} {number} is too large for one month "
                             f"at one facility (at most {MAX_COUNT}); check the number.")
        return number
    if re.fullmatch(r"[+-]?\d*[.,]\d+", cleaned):
        raise CountError("not_whole", f"The {what} must be a whole number of people or "
                         f"events, not {cleaned}.")
    raise CountError("not_a_number", f"The {what} must be a number; {cleaned!r} is not one.")


def _is_future(month: dt.date, today: dt.date) -> bool:
    return (month.year, month.month) > (today.year, today.month)


def check_entry(entry: ValueEntry, indicator: str, today: dt.date) -> list[CellProblem]:
    """Every problem of one entry (empty when it can be saved as typed)."""

    def problem(code: str, field: str, message: str, value: str = "") -> CellProblem:
        return CellProblem(code, entry.indicator_id, indicator, entry.month, field, message,
                           value)

    if entry.is_blank():
        return []
    problems: list[CellProblem] = []
    counts: dict[str, int | None] = {}
    for field, text in ((NUMERATOR, entry.numerator), (DENOMINATOR, entry.denominator)):
        try:
            counts[field] = parse_count(text, field)
        except CountError as error:
            problems.append(problem(error.code, field, str(error), text.strip()))
    if _is_future(entry.month, today):
        problems.append(problem("future_month", BOTH, f"{month_label(entry.month)} has not "
                                "started yet: a month's values are entered once it has "
                                "begun."))
    if problems:
        return problems
    numerator, denominator = counts[NUMERATOR], counts[DENOMINATOR]
    if numerator is None or denominator is None:
        missing = NUMERATOR if numerator is None else DENOMINATOR
        return [problem("missing", missing, f"Enter the {missing} too (0 if there were none), "
                        "or clear both.")]
    if numerator > denominator:
        return [problem("above_denominator", NUMERATOR, f"The numerator ({numerator}) is "
                        f"larger than the denominator ({denominator}); it counts a part of "
                        "the denominator's people or events.", str(numerator))]
    return []


def check_entries(entries: Iterable[ValueEntry], names: dict[int, str], today: dt.date
                  ) -> list[CellProblem]:
    problems: list[CellProblem] = []
    for entry in entries:
        name = names.get(entry.indicator_id)
        if name is None:
            problems.append(CellProblem("unknown_indicator", entry.indicator_id, "?",
                                        entry.month, BOTH, "There is no such indicator; "
                                        "reload the grid."))
            continue
        problems += check_entry(entry, name, today)
    return problems


# --------------------------------------------------------------------------- reading


def _info(row: Indicator) -> IndicatorInfo:
    return IndicatorInfo(row.id, row.code, row.name, row.numerator_definition,
                         row.denominator_definition, row.direction, row.technical_area,
                         row.active)


def list_indicators(session: Session, include_inactive: bool = False) -> list[IndicatorInfo]:
    """The indicators, the programme's in their reference order first, then the office's."""
    query = select(Indicator).order_by(Indicator.id)
    if not include_inactive:
        query = query.where(Indicator.active.is_(True))
    return [_info(row) for row in session.scalars(query)]


def facility_values(session: Session, facility_id: int, first_month: dt.date,
                    last_month: dt.date) -> list[StoredValue]:
    rows = session.scalars(
        select(IndicatorValue).where(IndicatorValue.org_unit_id == facility_id,
                                     IndicatorValue.month.between(first_month, last_month))
        .order_by(IndicatorValue.month, IndicatorValue.indicator_id))
    return [StoredValue(r.indicator_id, r.month, r.numerator, r.denominator, r.version_id)
            for r in rows]


# --------------------------------------------------------------------------- saving


def _first_day(entry: ValueEntry) -> ValueEntry:
    if entry.month.day == 1:
        return entry
    return ValueEntry(entry.indicator_id, entry.month.replace(day=1), entry.numerator,
                      entry.denominator, entry.version)


def _stored(session: Session, facility_id: int, entries: Sequence[ValueEntry]
            ) -> dict[tuple[int, dt.date], IndicatorValue]:
    if not entries:
        return {}
    months = [e.month for e in entries]
    rows = session.scalars(select(IndicatorValue).where(
        IndicatorValue.org_unit_id == facility_id,
        IndicatorValue.indicator_id.in_({e.indicator_id for e in entries}),
        IndicatorValue.month.between(min(months), max(months))))
    return {(r.indicator_id, r.month): r for r in rows}


def _conflicts(entries: Sequence[ValueEntry], stored: dict[tuple[int, dt.date], IndicatorValue],
               names: dict[int, str]) -> list[CellProblem]:
    problems = []
    for entry in entries:
        row = stored.get((entry.indicator_id, entry.month))
        found = None if row is None else row.version_id
        if found != entry.version:
            problems.append(CellProblem(
                "changed_elsewhere", entry.indicator_id, names[entry.indicator_id], entry.month,
                BOTH, "Someone else saved this value since the grid was opened; reload the "
                "grid to see theirs, then enter yours again."))
    return problems


def save_values(session: Session, facility_id: int, entries: Sequence[ValueEntry],
                today: dt.date) -> SaveResult:
    """Write the entries (blank ones delete the stored value); ValuesRefused, with every
    problem, when any entry is wrong or was changed elsewhere, and then nothing is written.

    Run it in one transaction (the service does): it only flushes.
    """
    if session.get(OrgUnit, facility_id) is None:
        raise RuleRefused([rule("not_found", QT_TRANSLATE_NOOP(
            "Rules", "There is no facility with id {facility}."), facility=facility_id)])
    entries = [_first_day(e) for e in entries]
    names = {i.id: i.name for i in list_indicators(session, include_inactive=True)}
    problems = check_entries(entries, names, today)
    if problems:
        raise ValuesRefused(problems)
    stored = _stored(session, facility_id, entries)
    problems = _conflicts(entries, stored, names)
    if problems:
        raise ValuesRefused(problems)
    inserted = updated = deleted = 0
    for entry in entries:
        row = stored.get((entry.indicator_id, entry.month))
        if entry.is_blank():
            if row is not None:
                session.delete(row)
                deleted += 1
            continue
        numerator = parse_count(entry.numerator) or 0
        denominator = parse_count(entry.denominator) or 0
        if row is None:
            session.add(IndicatorValue(indicator_id=entry.indicator_id, org_unit_id=facility_id,
                                       month=entry.month, numerator=numerator,
                                       denominator=denominator))
            inserted += 1
        elif (row.numerator, row.denominator) != (numerator, denominator):
            row.numerator, row.denominator = numerator, denominator
            updated += 1
    session.flush()
    return SaveResult(inserted, updated, deleted)


# --------------------------------------------------------------------------- office indicators


def _indicator_violations(session: Session, data: IndicatorInput) -> list[Violation]:
    violations = []
    code = data.code.strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        violations.append(rule("code", QT_TRANSLATE_NOOP(
            "Rules", "The code is 2 to 32 capital letters, digits or _, starting with a letter "
            "(e.g. KMC_COVERAGE)."), field="code"))
    elif session.scalar(select(Indicator.id).where(Indicator.code == code)) is not None:
        violations.append(rule("code_taken", QT_TRANSLATE_NOOP(
            "Rules", "There is already an indicator {code}."), field="code", code=code))
    for field, text, template in (
            ("name", data.name, QT_TRANSLATE_NOOP("Rules", "Write the name.")),
            ("numerator_definition", data.numerator_definition,
             QT_TRANSLATE_NOOP("Rules", "Write the numerator's definition.")),
            ("denominator_definition", data.denominator_definition,
             QT_TRANSLATE_NOOP("Rules", "Write the denominator's definition."))):
        if not text.strip():
            violations.append(rule("missing", template, field=field))
    if len(data.name.strip()) > 200:
        violations.append(rule("name_long", QT_TRANSLATE_NOOP(
            "Rules", "The name is at most 200 characters."), field="name"))
    if data.direction not in {d.value for d in Direction}:
        violations.append(rule("direction", QT_TRANSLATE_NOOP(
            "Rules", "Say whether higher or lower is better."), field="direction"))
    if data.technical_area and session.get(TechnicalArea, data.technical_area) is None:
        violations.append(rule("area", QT_TRANSLATE_NOOP(
            "Rules", "There is no technical area {area}."), field="technical_area",
            area=data.technical_area))
    return violations


def add_indicator(session: Session, data: IndicatorInput) -> IndicatorInfo:
    """An indicator the office tracks besides the programme's; RuleRefused when incomplete."""
    violations = _indicator_violations(session, data)
    if violations:
        raise RuleRefused(violations)
    row = Indicator(code=data.code.strip().upper(), name=data.name.strip(),
                    numerator_definition=data.numerator_definition.strip(),
                    denominator_definition=data.denominator_definition.strip(),
                    direction=data.direction, technical_area=data.technical_area or None,
                    active=True)
    session.add(row)
    session.flush()
    return _info(row)
