"""Aggregate figures for DHIS2: dataValueSets JSON, DHIS2 CSV and ADX XML, per period and org unit.

Figures (metric names in the `dhis2_mapping` table), counted per org unit where things happened
(DHIS2 adds them up its own hierarchy), with the definitions of `figures.validation_summary`
and `figures.facility_quarter`, so DHIS2 shows what the office's reports show:
- `mentees_reached`: people assessed on a mentee checklist (pre-test, coaching or
  post-mentorship) at least once in the period, at the facility of the assessment;
- `mentees_validated`: people with a validation dated in the period, at the facility of the
  validating assessment;
- `visits_done`: mentorship visits planned in the period and done, at the visited facility;
- `ind:<CODE>:num` and `ind:<CODE>:den`: an outcome indicator's numerator and denominator,
  summed over the period's months.
A mapping with a technical area sends the figure for that area only (the checklist's area);
one without sends the total. Values are whole numbers written as plain text. In the CSV file
numbers stay numbers, and any other cell beginning with =, +, -, @, a tab or a carriage return
gets a ' in front (as in every CSV the office writes, `core.export_files.neutralised`). Every
file is owner-only on Linux and macOS, like the other exports.

Nothing is dropped silently: a figure with values but no mapping, or an org unit with values but
no DHIS2 UID, is listed in `Dhis2Export.problems` with what was left out.

Formats follow DHIS2's Web API documentation ("Sending data values", "ADX data format"): JSON
`{"dataValues": [{"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}]}`;
CSV columns dataelement, period, orgunit, categoryoptioncombo, attributeoptioncombo, value;
ADX `<adx xmlns="urn:ihe:qrph:adx:2015" exported=...><group orgUnit period dataSet>
<dataValue dataElement value/>`, periods as ISO 8601 start/duration (2024-07-01/P1M).
DHIS2 reads ADX identifiers as codes unless told otherwise: post an ADX file made with UIDs
with `?idScheme=UID` (`import_hint`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from ..core.export_files import neutralised, private_file
from ..data.enums import VisitStatus
from ..data.models import (
    Assessment,
    Dhis2Mapping,
    FormDefinition,
    Indicator,
    IndicatorValue,
    OrgUnit,
    Setting,
    Validation,
    Visit,
)
from ..figures.validation_summary import FACILITY_KINDS
from ..periods import DHIS2_FINANCIAL_MONTHS, Period, fiscal_year, month, quarter

ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"
CSV_COLUMNS = ("dataelement", "period", "orgunit", "categoryoptioncombo",
               "attributeoptioncombo", "value")
NUMBER = re.compile(r"-?\d+(\.\d+)?")
BASE_METRICS = ("mentees_reached", "mentees_validated", "visits_done")
DATA_SET_SETTING = "dhis2.data_set"
FORMATS = ("json", "csv", "adx")

Counts = dict[tuple[int, str | None], int]  # (org unit id, technical area or None) -> value


def indicator_metric(code: str, part: str) -> str:
    """The mapping's metric name for an indicator's numerator ('num') or denominator ('den')."""
    return f"ind:{code}:{part}"


@dataclass(frozen=True)
class DataValue:
    data_element: str
    period: str
    org_unit: str
    category_option_combo: str | None
    value: str


@dataclass(frozen=True)
class Dhis2Export:
    period: Period
    dhis2_period: str
    adx_period: str
    org_unit_scheme: str  # "uid" or "code"
    values: tuple[DataValue, ...]
    problems: tuple[str, ...]


# --- periods ----------------------------------------------------------------------------------


def dhis2_period(period: Period) -> str:
    """The DHIS2 period id: 202407, 2024Q1, 2024Oct, 2024July; fiscal quarters that are
    calendar quarters (October or July years) become 2024Q4 and the like."""
    if period.dhis2:
        return period.dhis2
    if period.kind == "fiscal_quarter" and period.start.month in (1, 4, 7, 10):
        return quarter(period.start.year, (period.start.month - 1) // 3 + 1).dhis2 or ""
    raise ValueError(f"DHIS2 has no period type for {period.label}.")


def adx_period(period: Period) -> str:
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    duration = "P1Y" if months == 12 else f"P{months}M"
    return f"{period.start.isoformat()}/{duration}"


def parse_period(text: str) -> Period:
    """A DHIS2 period id as typed on the command line: 202407, 2024Q1, 2024Oct, 2024July, 2024."""
    value = text.strip()
    if (m := re.fullmatch(r"(\d{4})(\d{2})", value)) and 1 <= int(m[2]) <= 12:
        return month(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})Q([1-4])", value):
        return quarter(int(m[1]), int(m[2]))
    if re.fullmatch(r"\d{4}", value):
        return fiscal_year(int(value), 1)
    starts = {name.lower(): number for number, name in DHIS2_FINANCIAL_MONTHS.items()}
    if (m := re.fullmatch(r"(\d{4})([A-Za-z]+)", value)) and m[2].lower() in starts:
        return fiscal_year(int(m[1]) + 1, starts[m[2].lower()])
    raise ValueError(f"'{text}' is not a DHIS2 period: use 202407 (month), 2024Q1 (quarter), "
                     "2024Oct or 2024July (financial year), 2024 (year).")


# --- counting ---------------------------------------------------------------------------------


def _in(column, period: Period):  # type: ignore[no-untyped-def]
    return column.between(period.start, period.end)


def _grouped(session: Session, query) -> tuple[Counts, Counts]:  # type: ignore[no-untyped-def]
    """(unit, area) -> count from a query selecting unit, area, mentee; and the unit totals."""
    rows = session.execute(query).all()
    by_area: dict[tuple[int, str | None], set[int]] = defaultdict(set)
    totals: dict[tuple[int, str | None], set[int]] = defaultdict(set)
    for unit, area, mentee in rows:
        by_area[(unit, area)].add(mentee)
        totals[(unit, None)].add(mentee)
    return ({k: len(v) for k, v in by_area.items()}, {k: len(v) for k, v in totals.items()})


def _reached(session: Session, period: Period) -> Counts:
    by_area, totals = _grouped(session, select(
        Assessment.org_unit_id, FormDefinition.technical_area, Assessment.mentee_id)
        .join(FormDefinition, FormDefinition.id == Assessment.form_id)
        .where(_in(Assessment.assessed_on, period), Assessment.kind.not_in(FACILITY_KINDS),
               Assessment.mentee_id.is_not(None)).distinct())
    return by_area | totals


def _validated(session: Session, period: Period) -> Counts:
    validating = aliased(Assessment)
    by_area, totals = _grouped(session, select(
        validating.org_unit_id, FormDefinition.technical_area, Validation.mentee_id)
        .join(validating, validating.id == Validation.assessment_id)
        .join(FormDefinition, FormDefinition.id == validating.form_id)
        .where(_in(Validation.validated_on, period)).distinct())
    return by_area | totals


def _visits(session: Session, period: Period) -> Counts:
    rows = session.execute(
        select(Visit.org_unit_id, func.count(distinct(Visit.id)))
        .where(Visit.status == VisitStatus.DONE.value, _in(Visit.planned_start, period))
        .group_by(Visit.org_unit_id)).all()
    return {(unit, None): count for unit, count in rows}


def _indicators(session: Session, period: Period) -> dict[str, Counts]:
    rows = session.execute(
        select(Indicator.code, IndicatorValue.org_unit_id, func.sum(IndicatorValue.numerator),
               func.sum(IndicatorValue.denominator))
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .where(_in(IndicatorValue.month, period))
        .group_by(Indicator.code, IndicatorValue.org_unit_id)).all()
    figures: dict[str, Counts] = defaultdict(dict)
    for code, unit, numerator, denominator in rows:
        figures[indicator_metric(code, "num")][(unit, None)] = int(numerator)
        figures[indicator_metric(code, "den")][(unit, None)] = int(denominator)
    return figures


def figures(session: Session, period: Period) -> dict[str, Counts]:
    """Every metric's values in the period, by (org unit id, technical area or None)."""
    found = {"mentees_reached": _reached(session, period),
             "mentees_validated": _validated(session, period),
             "visits_done": _visits(session, period)}
    found.update(_indicators(session, period))
    return found


# --- mapping to DHIS2 -------------------------------------------------------------------------


AREA_METRICS = ("mentees_reached", "mentees_validated")


def aggregate(session: Session, period: Period, org_unit_scheme: str = "uid") -> Dhis2Export:
    """The period's figures as DHIS2 data values, and what could not be mapped."""
    if org_unit_scheme not in ("uid", "code"):
        raise ValueError("The org unit scheme is 'uid' or 'code'.")
    pe = dhis2_period(period)
    mappings: dict[str, list[Dhis2Mapping]] = defaultdict(list)
    for mapping in session.scalars(select(Dhis2Mapping).order_by(Dhis2Mapping.id)):
        mappings[mapping.metric].append(mapping)
    units = {u.id: u for u in session.scalars(select(OrgUnit))}
    values: list[DataValue] = []
    problems: list[str] = []
    unnamed: dict[int, int] = defaultdict(int)
    for metric, counts in sorted(figures(session, period).items()):
        if counts:
            problems += _unmapped(metric, counts, mappings.get(metric, []))
        for mapping in mappings.get(metric, []):
            if mapping.technical_area and metric not in AREA_METRICS:
                continue
            for (unit_id, area), count in sorted(counts.items(), key=lambda kv: kv[0][0]):
                if area != mapping.technical_area:
                    continue
                unit = units[unit_id]
                org_unit = unit.dhis2_uid if org_unit_scheme == "uid" else unit.code
                if not org_unit:
                    unnamed[unit_id] += 1
                    continue
                values.append(DataValue(mapping.data_element, pe, org_unit,
                                        mapping.category_option_combo, str(count)))
    for unit_id, count in sorted(unnamed.items(), key=lambda kv: units[kv[0]].name):
        unit = units[unit_id]
        problems.append(f"{unit.name} ({unit.code}) has no DHIS2 UID: its {count} value(s) were "
                        "left out. Add the UID to the facility, or export with org unit codes.")
    values.sort(key=lambda v: (v.org_unit, v.data_element, v.category_option_combo or ""))
    return Dhis2Export(period, pe, adx_period(period), org_unit_scheme, tuple(values),
                       tuple(problems))


def _unmapped(metric: str, counts: Counts, mappings: list[Dhis2Mapping]) -> list[str]:
    """What of a figure's values no mapping sends."""
    if not mappings:
        places = len({unit for unit, _ in counts})
        return [(f"No DHIS2 mapping for '{metric}': its values at {places} org unit(s) were "
                 "left out. Add the mapping (data element UID).")]
    problems = [(f"The mapping of '{metric}' names the technical area {m.technical_area}, but "
                 "this figure is not counted by area: it was left out. Remove the area from "
                 "the mapping.")
                for m in mappings if m.technical_area and metric not in AREA_METRICS]
    areas = {m.technical_area for m in mappings}
    if None not in areas:
        for area in sorted({a for _, a in counts if a is not None} - areas):
            places = len({unit for unit, a in counts if a == area})
            problems.append(f"'{metric}' has values in {area} at {places} org unit(s), but its "
                            f"mappings cover {', '.join(sorted(a for a in areas if a))} only: "
                            f"they were left out. Map {area}, or map the figure without an area.")
    return problems


def data_set_setting(session: Session) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == DATA_SET_SETTING))


# --- writing ----------------------------------------------------------------------------------


def as_json(export: Dhis2Export) -> dict[str, object]:
    payload: dict[str, object] = {}
    if export.org_unit_scheme == "code":
        payload["orgUnitIdScheme"] = "CODE"
    payload["dataValues"] = [_json_value(v) for v in export.values]
    return payload


def _json_value(value: DataValue) -> dict[str, str]:
    item = {"dataElement": value.data_element, "period": value.period,
            "orgUnit": value.org_unit}
    if value.category_option_combo:
        item["categoryOptionCombo"] = value.category_option_combo
    item["value"] = value.value
    return item


def write_json(export: Dhis2Export, path: Path) -> Path:
    text = json.dumps(as_json(export), indent=2, ensure_ascii=False) + "\n"
    private_file(Path(path)).write_text(text, encoding="utf-8")
    return Path(path)


def _csv_value(value: str) -> str:
    """A data value: a number as it is, anything else neutralised like the other cells."""
    return value if NUMBER.fullmatch(value) else neutralised(value)


def write_csv(export: Dhis2Export, path: Path) -> Path:
    with private_file(Path(path)).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(CSV_COLUMNS)
        for v in export.values:
            writer.writerow([neutralised(v.data_element), neutralised(v.period),
                             neutralised(v.org_unit), neutralised(v.category_option_combo or ""),
                             "", _csv_value(v.value)])
    return Path(path)


def adx_document(export: Dhis2Export, data_set: str,
                 exported: dt.datetime | None = None) -> ElementTree.ElementTree:
    ElementTree.register_namespace("", ADX_NAMESPACE)
    stamp = (exported or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    root = ElementTree.Element(f"{{{ADX_NAMESPACE}}}adx",
                               {"exported": stamp.strftime("%Y-%m-%dT%H:%M:%SZ")})
    for org_unit, values in _by_org_unit(export.values):
        group = ElementTree.SubElement(root, f"{{{ADX_NAMESPACE}}}group", {
            "orgUnit": org_unit, "period": export.adx_period, "dataSet": data_set})
        for v in values:
            attributes = {"dataElement": v.data_element}
            if v.category_option_combo:
                attributes["categoryOptionCombo"] = v.category_option_combo
            attributes["value"] = v.value
            ElementTree.SubElement(group, f"{{{ADX_NAMESPACE}}}dataValue", attributes)
    ElementTree.indent(root)
    return ElementTree.ElementTree(root)


def _by_org_unit(values: Iterable[DataValue]) -> list[tuple[str, list[DataValue]]]:
    grouped: dict[str, list[DataValue]] = defaultdict(list)
    for value in values:
        grouped[value.org_unit].append(value)
    return sorted(grouped.items())


def write_adx(export: Dhis2Export, path: Path, data_set: str) -> Path:
    if not data_set:
        raise ValueError("ADX needs the DHIS2 data set the values belong to.")
    adx_document(export, data_set).write(private_file(Path(path)), encoding="utf-8",
                                         xml_declaration=True)
    return Path(path)


def write(export: Dhis2Export, path: Path, fmt: str, data_set: str | None = None) -> Path:
    if fmt == "json":
        return write_json(export, path)
    if fmt == "csv":
        return write_csv(export, path)
    if fmt == "adx":
        return write_adx(export, path, data_set or "")
    raise ValueError(f"Choose a format among {', '.join(FORMATS)}.")


def import_hint(export: Dhis2Export, fmt: str) -> str:
    """How to post the file to DHIS2's /api/dataValueSets."""
    content = {"json": "application/json", "csv": "application/csv",
               "adx": "application/adx+xml"}[fmt]
    by_code = export.org_unit_scheme == "code"
    if fmt == "adx":  # DHIS2 reads ADX identifiers as codes by default
        query = "?idScheme=UID" + ("&orgUnitIdScheme=CODE" if by_code else "")
    else:
        query = "?orgUnitIdScheme=CODE" if by_code else ""
    return f"POST to /api/dataValueSets{query} with Content-Type: {content}"
