"""DHIS2 exports checked against the structure of DHIS2's Web API documentation
("Sending data values", "ADX data format"), from records the test creates and counts itself."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from cascade_world import World, build_world
from sqlalchemy import select

from mentoroffice.data.models import (
    Assessment,
    Dhis2Mapping,
    FormDefinition,
    Indicator,
    IndicatorValue,
    OrgUnit,
    Visit,
)
from mentoroffice.exchange import dhis2
from mentoroffice.figures.facility_quarter import facility_quarter
from mentoroffice.periods import fiscal_quarter, fiscal_year, month, quarter

Q2 = quarter(2024, 2)  # April - June 2024
UIDS = {"hospital": "HospUid0001", "hc1": "Hc1UidAbcde"}  # hc2 has none
JSON_FIELDS = {"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}
ADX = "{urn:ihe:qrph:adx:2015}"


def assess(world: World, person: str, form: str, kind: str, on: dt.date, at: str) -> None:
    form_id = world.session.scalar(select(FormDefinition.id).where(FormDefinition.code == form))
    world.session.add(Assessment(form_id=form_id, kind=kind, mentee_id=world.ids[person],
                                 org_unit_id=world.ids[at], assessed_on=on, done_count=5,
                                 applicable_count=10, score_pct=50.0))
    world.session.flush()


def visit(world: World, at: str, planned: dt.date, status: str) -> None:
    done = status == "done"
    world.session.add(Visit(org_unit_id=world.ids[at], kind="health_center", status=status,
                            planned_start=planned, planned_end=planned,
                            actual_start=planned if done else None,
                            actual_end=planned if done else None))


def indicator_value(world: World, code: str, at: str, first: dt.date, num: int, den: int
                    ) -> None:
    indicator_id = world.session.scalar(select(Indicator.id).where(Indicator.code == code))
    world.session.add(IndicatorValue(indicator_id=indicator_id, org_unit_id=world.ids[at],
                                     month=first, numerator=num, denominator=den))


def mapping(world: World, metric: str, element: str, area: str | None = None,
            combo: str | None = None) -> None:
    world.session.add(Dhis2Mapping(metric=metric, technical_area=area, data_element=element,
                                   category_option_combo=combo))


@pytest.fixture
def world(session) -> World:
    world = build_world(session)
    for key, uid in UIDS.items():
        session.get(OrgUnit, world.ids[key]).dhis2_uid = uid
    for key in ("ana", "ben", "cleo", "dan"):
        world.person(key, key.title(), "Mentee", posted_at="hc1")
    # Reached in Q2 at HC1: ana (HBB, NEO), ben (PPH, MNH, twice); at HC2: cleo. dan: March.
    assess(world, "ana", "HBB", "pre_test", dt.date(2024, 4, 3), "hc1")
    assess(world, "ben", "PPH", "coaching", dt.date(2024, 5, 3), "hc1")
    assess(world, "ben", "PPH", "coaching", dt.date(2024, 6, 3), "hc1")
    assess(world, "cleo", "HBB", "coaching", dt.date(2024, 5, 9), "hc2")
    assess(world, "dan", "HBB", "coaching", dt.date(2024, 3, 9), "hc1")
    world.validate("ana", "HBB", dt.date(2024, 6, 20), "hc1")  # validated in NEO, at HC1
    world.validate("ben", "PPH", dt.date(2024, 7, 1), "hc1")   # July: not in Q2
    visit(world, "hc1", dt.date(2024, 4, 10), "done")
    visit(world, "hc1", dt.date(2024, 5, 10), "done")
    visit(world, "hc1", dt.date(2024, 6, 10), "missed")
    visit(world, "hospital", dt.date(2024, 6, 11), "done")
    for n, first in enumerate((dt.date(2024, 4, 1), dt.date(2024, 5, 1), dt.date(2024, 6, 1))):
        indicator_value(world, "PNC_COVERAGE", "hospital", first, 80 + n, 100)
    indicator_value(world, "RESUS_SUCCESS", "hospital", dt.date(2024, 5, 1), 9, 10)
    mapping(world, "mentees_reached", "DeReached01")
    mapping(world, "mentees_validated", "DeValNeo001", "NEO", "CocNeonat01")
    mapping(world, "visits_done", "DeVisits001")
    mapping(world, dhis2.indicator_metric("PNC_COVERAGE", "num"), "DePncNum001")
    mapping(world, dhis2.indicator_metric("PNC_COVERAGE", "den"), "DePncDen001")
    session.flush()
    return world


def values_of(export: dhis2.Dhis2Export) -> dict[tuple[str, str, str | None], str]:
    return {(v.data_element, v.org_unit, v.category_option_combo): v.value
            for v in export.values}


def test_figures_by_org_unit_with_the_office_definitions(world: World) -> None:
    export = dhis2.aggregate(world.session, Q2)
    assert values_of(export) == {
        ("DeReached01", "Hc1UidAbcde", None): "2",   # ana, ben (dan: March)
        ("DeValNeo001", "Hc1UidAbcde", "CocNeonat01"): "1",  # ana, HBB is NEO
        ("DeVisits001", "Hc1UidAbcde", None): "2",
        ("DeVisits001", "HospUid0001", None): "1",
        ("DePncNum001", "HospUid0001", None): str(80 + 81 + 82),
        ("DePncDen001", "HospUid0001", None): "300",
    }
    assert {v.period for v in export.values} == {"2024Q2"}


def test_the_same_counts_as_the_facility_quarter_report(world: World) -> None:
    figures = facility_quarter(world.session, world.ids["hc1"], Q2)
    export = values_of(dhis2.aggregate(world.session, Q2))
    assert export[("DeReached01", "Hc1UidAbcde", None)] == str(figures.mentees_assessed)
    assert export[("DeVisits001", "Hc1UidAbcde", None)] == str(figures.visits.done)
    assert str(figures.mentees_validated) == "1"


def test_what_cannot_be_mapped_is_reported_not_skipped(world: World) -> None:
    problems = dhis2.aggregate(world.session, Q2).problems
    assert any("ind:RESUS_SUCCESS:num" in p and "left out" in p for p in problems)
    assert any("ind:RESUS_SUCCESS:den" in p for p in problems)
    assert any("Health Center 2" in p and "no DHIS2 UID" in p for p in problems)
    assert len(problems) == 3
    july = dhis2.aggregate(world.session, month(2024, 7)).problems
    assert any("MNH" in p and "mentees_validated" in p for p in july)  # ben: PPH is MNH


def test_org_units_by_code(world: World) -> None:
    export = dhis2.aggregate(world.session, Q2, org_unit_scheme="code")
    assert ("DeReached01", "HC2", None) in values_of(export)
    assert dhis2.as_json(export)["orgUnitIdScheme"] == "CODE"
    assert not any("no DHIS2 UID" in p for p in export.problems)


def test_json_has_the_fields_of_the_dhis2_web_api(world: World, tmp_path: Path) -> None:
    export = dhis2.aggregate(world.session, Q2)
    payload = json.loads(dhis2.write_json(export, tmp_path / "q2.json").read_text("utf-8"))
    assert set(payload) == {"dataValues"}
    assert len(payload["dataValues"]) == len(export.values) == 6
    for value in payload["dataValues"]:
        assert set(value) <= JSON_FIELDS
        assert {"dataElement", "period", "orgUnit", "value"} <= set(value)
        assert all(isinstance(v, str) for v in value.values())
        assert value["value"].isdigit()
        assert len(value["dataElement"]) == len(value["orgUnit"]) == 11
    combos = [v for v in payload["dataValues"] if "categoryOptionCombo" in v]
    assert [c["categoryOptionCombo"] for c in combos] == ["CocNeonat01"]


@pytest.mark.parametrize("period,expected,adx", [
    (month(2024, 7), "202407", "2024-07-01/P1M"),
    (quarter(2024, 1), "2024Q1", "2024-01-01/P3M"),
    (fiscal_year(2025, 10), "2024Oct", "2024-10-01/P1Y"),
    (fiscal_year(2025, 7), "2024July", "2024-07-01/P1Y"),
    (fiscal_quarter(2025, 1, 10), "2024Q4", "2024-10-01/P3M"),  # FY25 Q1 = Oct-Dec 2024
])
def test_period_identifiers(world: World, period, expected: str, adx: str) -> None:
    assert dhis2.dhis2_period(period) == expected
    assert dhis2.adx_period(period) == adx
    assert dhis2.parse_period(expected).start == period.start
    assert dhis2.parse_period(expected).end == period.end
    export = dhis2.aggregate(world.session, period)
    assert {v["period"] for v in dhis2.as_json(export)["dataValues"]} <= {expected}


def test_periods_dhis2_does_not_know_are_refused() -> None:
    with pytest.raises(ValueError):
        dhis2.parse_period("2024W12")
    with pytest.raises(ValueError):
        dhis2.dhis2_period(fiscal_quarter(2025, 1, 9))


def test_csv_in_dhis2_column_order(world: World, tmp_path: Path) -> None:
    export = dhis2.aggregate(world.session, Q2)
    with dhis2.write_csv(export, tmp_path / "q2.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["dataelement", "period", "orgunit", "categoryoptioncombo",
                       "attributeoptioncombo", "value"]
    assert ["DeValNeo001", "2024Q2", "Hc1UidAbcde", "CocNeonat01", "", "1"] in rows
    assert ["DeReached01", "2024Q2", "Hc1UidAbcde", "", "", "2"] in rows
    assert len(rows) == 7


def test_adx_parses_with_groups_per_org_unit(world: World, tmp_path: Path) -> None:
    export = dhis2.aggregate(world.session, Q2)
    path = dhis2.write_adx(export, tmp_path / "q2.xml", "DataSet0001")
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{ADX}adx"
    assert dt.datetime.strptime(root.get("exported", ""), "%Y-%m-%dT%H:%M:%SZ")
    groups = root.findall(f"{ADX}group")
    assert [(g.get("orgUnit"), g.get("period"), g.get("dataSet")) for g in groups] == [
        ("Hc1UidAbcde", "2024-04-01/P3M", "DataSet0001"),
        ("HospUid0001", "2024-04-01/P3M", "DataSet0001")]
    found = {(d.get("dataElement"), g.get("orgUnit"), d.get("categoryOptionCombo")):
             d.get("value") for g in groups for d in g.findall(f"{ADX}dataValue")}
    assert found == values_of(export)  # the same values, grouped by org unit
    assert "idScheme=UID" in dhis2.import_hint(export, "adx")
