"""Importing facility indicator values: numerator and denominator per facility and month.

The rules are those of the indicator entry grid (and the database's checks): whole numbers,
none negative, the numerator at most the denominator, a month not in the future.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass

from sqlalchemy import select

from ..data.models import Indicator, IndicatorValue
from ..data.text import fold
from . import values
from .rows import Handler, Refusal, RowReader


@dataclass(frozen=True)
class IndicatorValueRow:
    facility_id: int
    facility: str
    indicator_id: int
    indicator: str
    month: dt.date
    numerator: int
    denominator: int


class IndicatorValueRows(Handler):
    _indicators: dict[str, tuple[int, str]] | None = None

    def _indicator(self, row: RowReader) -> tuple[int, str] | None:
        text = row.read("indicator", values.text, "an indicator code", required=True)
        if text is None:
            return None
        if self._indicators is None:
            self._indicators = {}
            for indicator_id, code, name in self.session.execute(
                    select(Indicator.id, Indicator.code, Indicator.name)):
                self._indicators[fold(code)] = (indicator_id, code)
                self._indicators.setdefault(fold(name), (indicator_id, code))
        found = self._indicators.get(fold(text))
        if found is None:
            row.fail("indicator", f"There is no indicator with code or name '{text}'.")
        return found

    def parse(self, row: RowReader) -> IndicatorValueRow | None:
        code = row.read("facility", values.text, "a facility code", required=True)
        facility_id = None
        if code is not None:
            try:
                facility_id = self.lookups.facility("facility", code)
            except Refusal as refusal:
                row.add_refusal(refusal)
        indicator = self._indicator(row)
        month = row.read("month", values.month, required=True)
        numerator = row.read("numerator", values.count, required=True)
        denominator = row.read("denominator", values.count, required=True)
        if numerator is not None and denominator is not None and numerator > denominator:
            row.fail("numerator", f"The numerator {numerator} is larger than the denominator "
                     f"{denominator}.")
        if month is not None and month > self.today:
            row.fail("month", f"{month:%B %Y} has not begun yet.")
        if not row.ok or facility_id is None or indicator is None:
            return None
        return IndicatorValueRow(facility_id, code or "", indicator[0], indicator[1], month,
                                 numerator, denominator)

    def key(self, parsed: IndicatorValueRow) -> Hashable:
        return (parsed.indicator_id, parsed.facility_id, parsed.month)

    def describe(self, parsed: IndicatorValueRow) -> str:
        return f"{parsed.indicator} at {parsed.facility}, {parsed.month:%Y-%m}"

    def find(self, parsed: IndicatorValueRow) -> IndicatorValue | None:
        return self.session.scalar(select(IndicatorValue).where(
            IndicatorValue.indicator_id == parsed.indicator_id,
            IndicatorValue.org_unit_id == parsed.facility_id,
            IndicatorValue.month == parsed.month))

    def add(self, parsed: IndicatorValueRow) -> str:
        self.session.add(IndicatorValue(
            indicator_id=parsed.indicator_id, org_unit_id=parsed.facility_id,
            month=parsed.month, numerator=parsed.numerator, denominator=parsed.denominator))
        self.session.flush()
        return ""

    def update(self, existing: IndicatorValue, parsed: IndicatorValueRow) -> bool:
        if (existing.numerator, existing.denominator) == (parsed.numerator, parsed.denominator):
            return False
        existing.numerator, existing.denominator = parsed.numerator, parsed.denominator
        self.session.flush()
        return True
