"""The main window's section lists, without Qt: rows with names joined, search that ignores
case and accents, paging whose pages add up to the total, and a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from mentoroffice.browse import (
    PEOPLE_COLUMNS,
    Page,
    accent_pattern,
    browse,
    browse_people,
    fetch_page,
    percent,
    search_words,
    section_names,
)
from mentoroffice.data.models import (
    Assessment,
    FormDefinition,
    Indicator,
    IndicatorValue,
    Mentor,
    OrgUnit,
    Person,
    Posting,
    QIProject,
    Validation,
    Visit,
    VisitMentor,
)
from mentoroffice.data.errors import DatabaseProblem
from mentoroffice.office import Office


@dataclass
class OfficeRows:
    """A few records in every table the sections list; ids by a short key."""

    ids: dict[str, int] = field(default_factory=dict)


def _unit(session: Session, rows: OfficeRows, key: str, code: str, name: str, level: str,
          parent: str | None) -> None:
    unit = OrgUnit(code=code, name=name, level=level,
                   parent_id=rows.ids[parent] if parent else None)
    session.add(unit)
    session.flush()
    rows.ids[key] = unit.id


def _person(session: Session, rows: OfficeRows, key: str, first: str, last: str, sex: str,
            cadre: str, phone: str | None = None) -> None:
    person = Person(first_name=first, last_name=last, sex=sex, cadre=cadre, phone=phone)
    session.add(person)
    session.flush()
    rows.ids[key] = person.id


def _posting(session: Session, rows: OfficeRows, person: str, unit: str, role: str,
             start: dt.date, end: dt.date | None = None) -> None:
    session.add(Posting(person_id=rows.ids[person], org_unit_id=rows.ids[unit], role=role,
                        start_date=start, end_date=end,
                        end_reason="transfer" if end else None))


def _form_id(session: Session, code: str) -> int:
    form_id = session.scalar(select(FormDefinition.id).where(FormDefinition.code == code)
                             .order_by(FormDefinition.version.desc()))
    assert form_id is not None, f"form {code} is not in forms/"
    return form_id


def add_browse_rows(session: Session) -> OfficeRows:
    """GIVEN a small district: facilities, people with postings, a mentor, visits,
    assessments, a validation, QI projects and indicator values. Committed."""
    rows = OfficeRows()
    _unit(session, rows, "country", "RW", "Rwanda", "country", None)
    _unit(session, rows, "province", "RW-P5", "Eastern Province", "province", "country")
    _unit(session, rows, "district", "RW-D25", "Ngoma", "district", "province")
    _unit(session, rows, "hospital", "DH030", "Kibungo District Hospital", "hospital",
          "district")
    _unit(session, rows, "remera", "HC0101", "Rémera Health Center", "health_center",
          "hospital")
    _unit(session, rows, "zaza", "HC0102", "Zaza Health Center", "health_center", "hospital")

    _person(session, rows, "emilienne", "Émilienne", "Ngabonziza", "F", "midwife",
            "+250 788 111 222")
    _person(session, rows, "bosco", "Jean Bosco", "Habimana", "M", "nurse")
    _person(session, rows, "claudine", "Claudine", "Mukamana", "F", "doctor")
    _person(session, rows, "patrick", "Patrick", "Nshimiyimana", "M", "doctor")
    # Émilienne moved from Zaza to Kibungo: only the open posting is her current one.
    _posting(session, rows, "emilienne", "zaza", "provider", dt.date(2023, 1, 2),
             dt.date(2025, 6, 30))
    _posting(session, rows, "emilienne", "hospital", "qi_team", dt.date(2025, 7, 1))
    _posting(session, rows, "bosco", "remera", "facility_leader", dt.date(2024, 3, 1))
    _posting(session, rows, "patrick", "hospital", "provider", dt.date(2020, 1, 6))

    mentor = Mentor(person_id=rows.ids["patrick"], kind="association", association="RSOG")
    session.add(mentor)
    session.flush()

    planned = Visit(org_unit_id=rows.ids["remera"], kind="health_center", status="planned",
                    planned_start=dt.date(2026, 3, 2), planned_end=dt.date(2026, 3, 3))
    missed = Visit(org_unit_id=rows.ids["zaza"], kind="health_center", status="missed",
                   planned_start=dt.date(2026, 2, 2), planned_end=dt.date(2026, 2, 3))
    session.add_all([planned, missed])
    session.flush()
    session.add(VisitMentor(visit_id=planned.id, mentor_id=mentor.id))

    hbb = _form_id(session, "HBB")
    passed = Assessment(form_id=hbb, kind="post_mentorship", mentee_id=rows.ids["emilienne"],
                        org_unit_id=rows.ids["hospital"], assessed_on=dt.date(2026, 3, 3),
                        done_count=18, applicable_count=20, score_pct=90.0,
                        all_critical_done=True)
    pre_test = Assessment(form_id=hbb, kind="pre_test", mentee_id=rows.ids["bosco"],
                          org_unit_id=rows.ids["remera"], assessed_on=dt.date(2026, 2, 1),
                          done_count=10, applicable_count=20, score_pct=50.0)
    session.add_all([passed, pre_test])
    session.flush()
    session.add(Validation(mentee_id=rows.ids["emilienne"], form_code="HBB",
                           assessment_id=passed.id, validated_on=dt.date(2026, 3, 3)))

    session.add_all([
        QIProject(org_unit_id=rows.ids["hospital"], title="Fewer newborns admitted cold",
                  status="active", started_on=dt.date(2026, 3, 4)),
        QIProject(org_unit_id=rows.ids["zaza"], title="Partograph for every labour",
                  status="planned"),
    ])

    hypothermia = session.scalar(select(Indicator.id).where(Indicator.code == "NEO_HYPOTHERMIA"))
    assert hypothermia is not None
    session.add_all([
        IndicatorValue(indicator_id=hypothermia, org_unit_id=rows.ids["hospital"],
                       month=dt.date(2026, 1, 1), numerator=12, denominator=80),
        IndicatorValue(indicator_id=hypothermia, org_unit_id=rows.ids["hospital"],
                       month=dt.date(2026, 2, 1), numerator=8, denominator=82),
        IndicatorValue(indicator_id=hypothermia, org_unit_id=rows.ids["zaza"],
                       month=dt.date(2026, 2, 1), numerator=0, denominator=0),
    ])
    session.commit()
    return rows


def add_people(session: Session, count: int) -> None:
    """count people named Person0000..., in name order, committed."""
    session.add_all(
        Person(first_name=f"Number{n:04d}", last_name=f"Person{n:04d}", sex="F", cadre="nurse")
        for n in range(count)
    )
    session.commit()


@pytest.fixture
def rows(session: Session) -> OfficeRows:
    return add_browse_rows(session)


@pytest.fixture
def statements(office: Office) -> Iterator[list[str]]:
    """The SQL statements the office's engine runs during the test."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        statement = args[2]
        seen.append(statement)

    engine = office.database.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def column(page: Page, name: str) -> list[Any]:
    index = page.columns.index(name)
    return [row[index] for row in page.rows]


# --- each section ---------------------------------------------------------------------------


def test_sections_are_listed_in_the_windows_order() -> None:
    assert section_names() == (
        "facilities", "people", "visits", "assessments", "qi", "indicators", "reports")


def test_facilities_country_first_with_parent_names(session: Session, rows: OfficeRows) -> None:
    page = browse(session, "facilities")
    assert page.columns == ("code", "name", "level", "parent", "active")
    assert page.total == 6
    assert page.rows[0] == ("RW", "Rwanda", "country", None, True)
    assert column(page, "name")[3:] == [
        "Kibungo District Hospital", "Rémera Health Center", "Zaza Health Center"]
    assert column(page, "parent")[4] == "Kibungo District Hospital"


def test_people_show_their_current_facility_and_role(session: Session,
                                                     rows: OfficeRows) -> None:
    page = browse(session, "people")
    assert page.columns == PEOPLE_COLUMNS
    assert page.total == 4
    by_name = {row[0]: row for row in page.rows}
    assert list(by_name) == ["Habimana Jean Bosco", "Mukamana Claudine",
                             "Ngabonziza Émilienne", "Nshimiyimana Patrick"]
    assert by_name["Ngabonziza Émilienne"] == (
        "Ngabonziza Émilienne", "F", "midwife", "Kibungo District Hospital", "qi_team",
        "+250 788 111 222")
    assert by_name["Mukamana Claudine"][3:5] == (None, None)  # never posted


def test_visits_latest_first_with_mentor_counts(session: Session, rows: OfficeRows) -> None:
    page = browse(session, "visits")
    assert page.rows == [
        (dt.date(2026, 3, 2), "Rémera Health Center", "health_center", "planned", 1),
        (dt.date(2026, 2, 2), "Zaza Health Center", "health_center", "missed", 0),
    ]


def test_assessments_latest_first_with_mentee_form_and_facility(session: Session,
                                                                rows: OfficeRows) -> None:
    page = browse(session, "assessments")
    assert page.columns == ("assessed_on", "mentee", "form_code", "kind", "score_pct",
                            "facility")
    assert page.rows == [
        (dt.date(2026, 3, 3), "Ngabonziza Émilienne", "HBB", "post_mentorship", 90.0,
         "Kibungo District Hospital"),
        (dt.date(2026, 2, 1), "Habimana Jean Bosco", "HBB", "pre_test", 50.0,
         "Rémera Health Center"),
    ]


def test_qi_projects_started_first_then_not_started(session: Session,
                                                   rows: OfficeRows) -> None:
    page = browse(session, "qi")
    assert page.rows == [
        ("Kibungo District Hospital", "Fewer newborns admitted cold", "active",
         dt.date(2026, 3, 4)),
        ("Zaza Health Center", "Partograph for every labour", "planned", None),
    ]


def test_indicator_values_latest_month_first_with_percent(session: Session,
                                                         rows: OfficeRows) -> None:
    page = browse(session, "indicators")
    assert page.total == 3
    assert page.rows[0] == (dt.date(2026, 2, 1), "Kibungo District Hospital",
                            "Newborns admitted with hypothermia", 8, 82, 9.8)
    assert page.rows[1][1] == "Zaza Health Center"
    assert page.rows[1][-1] is None  # no denominator, no percentage
    assert page.rows[2][0] == dt.date(2026, 1, 1)


def test_reports_list_validations_with_competency_and_facility(session: Session,
                                                               rows: OfficeRows) -> None:
    page = browse(session, "reports")
    assert page.columns == ("validated_on", "mentee", "form_code", "competency", "facility")
    assert page.total == 1
    validated_on, mentee, code, competency, facility = page.rows[0]
    assert (validated_on, mentee, code, facility) == (
        dt.date(2026, 3, 3), "Ngabonziza Émilienne", "HBB", "Kibungo District Hospital")
    assert competency  # the form's title, whatever forms/ calls it


def test_an_unknown_section_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="Unknown section 'mentors'"):
        browse(session, "mentors")


def test_fetch_page_opens_and_closes_its_own_session(office: Office,
                                                     rows: OfficeRows) -> None:
    page = fetch_page(office.session_factory, "people", "claudine")
    assert [row[0] for row in page.rows] == ["Mukamana Claudine"]


# --- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize("search", ["emilienne", "EMILIENNE", "Émilienne", "  émil  "])
def test_people_search_ignores_case_and_accents(session: Session, rows: OfficeRows,
                                                search: str) -> None:
    page = browse(session, "people", search)
    assert page.total == 1
    assert page.rows[0][0] == "Ngabonziza Émilienne"


@pytest.mark.parametrize("search", ["remera", "RÉMERA", "Rémera health"])
def test_facility_names_are_searched_ignoring_case_and_accents(session: Session,
                                                              rows: OfficeRows,
                                                              search: str) -> None:
    page = browse(session, "facilities", search)
    assert column(page, "name") == ["Rémera Health Center"]


def test_every_word_must_match_somewhere(session: Session, rows: OfficeRows) -> None:
    # names and the facility a person works at now
    assert column(browse(session, "people", "ngabonziza kibungo"), "name") == [
        "Ngabonziza Émilienne"]
    # her old posting at Zaza does not count
    assert browse(session, "people", "ngabonziza zaza").total == 0
    assert column(browse(session, "people", "kibungo"), "name") == [
        "Ngabonziza Émilienne", "Nshimiyimana Patrick"]


def test_people_are_found_by_phone(session: Session, rows: OfficeRows) -> None:
    assert browse(session, "people", "788 111").total == 1


@pytest.mark.parametrize(("section", "search", "expected"), [
    ("facilities", "ngoma", 2),  # the district and the hospital under it
    ("visits", "remera", 1),
    ("visits", "missed", 1),
    ("assessments", "jean bosco", 1),
    ("assessments", "hbb rémera", 1),
    ("qi", "partograph", 1),
    ("qi", "kibungo", 1),
    ("indicators", "zaza hypothermia", 1),
    ("reports", "emilienne hbb", 1),
    ("reports", "kibungo", 1),
    ("reports", "zaza", 0),
])
def test_each_section_searches_its_names(session: Session, rows: OfficeRows, section: str,
                                         search: str, expected: int) -> None:
    page = browse(session, section, search)
    assert page.total == expected
    assert len(page.rows) == expected


@pytest.mark.parametrize("search", ["%", "_", "\\", "100%"])
def test_like_wildcards_are_taken_literally(session: Session, rows: OfficeRows,
                                            search: str) -> None:
    assert browse(session, "people", search).total == 0
    assert browse(session, "facilities", search).total == 0


def test_search_words_and_patterns() -> None:
    assert search_words("  Émilienne   NGABO ") == ["emilienne", "ngabo"]
    assert accent_pattern("ré-a") == "[rR][eEÈÉÊËèéêë]\\-[aAÀÁÂÃÄÅàáâãäå]"


# --- paging ---------------------------------------------------------------------------------


def test_pages_add_up_to_the_total_in_order(session: Session) -> None:
    add_people(session, 450)
    first = browse_people(session, offset=0, limit=200)
    second = browse_people(session, offset=200, limit=200)
    last = browse_people(session, offset=400, limit=200)
    assert (first.total, second.total, last.total) == (450, 450, 450)
    assert (len(first.rows), len(second.rows), len(last.rows)) == (200, 200, 50)
    names = [row[0] for row in first.rows + second.rows + last.rows]
    assert names == [f"Person{n:04d} Number{n:04d}" for n in range(450)]
    assert browse_people(session, offset=450).rows == []


def test_a_search_is_counted_before_paging(session: Session) -> None:
    add_people(session, 450)
    page = browse_people(session, "person01", offset=0, limit=20)
    assert page.total == 100  # Person0100..Person0199
    assert len(page.rows) == 20


def test_nonsense_bounds_are_clamped(session: Session, rows: OfficeRows) -> None:
    page = browse(session, "people", offset=-5, limit=0)
    assert len(page.rows) == 1
    assert page.total == 4


@pytest.mark.parametrize("section", section_names())
def test_a_page_costs_two_queries_however_many_rows(session: Session, rows: OfficeRows,
                                                    statements: list[str],
                                                    section: str) -> None:
    """A COUNT and one page query: no query per row (N+1)."""
    session.connection()  # begin first, so only the section's own statements are counted
    statements.clear()
    page = browse(session, section, "", 0, 200)
    assert page.rows
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2, selects


def test_percent() -> None:
    assert percent(1, 3) == 33.3
    assert percent(0, 0) is None
    assert percent(None, 5) is None


def test_a_database_that_cannot_answer_is_explained(office: Office) -> None:
    with office.database.engine.connect() as connection:  # a table is gone
        connection.exec_driver_sql("DROP TABLE validation")
        connection.commit()
    with pytest.raises(DatabaseProblem, match="The database reported an error"):
        fetch_page(office.session_factory, "reports")
