"""The main window's section lists, without Qt: rows with names joined, search that ignores
case and accents, paging whose pages add up to the total, and a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from browse_rows import OfficeRows, add_browse_rows, add_people, column
from sqlalchemy import event
from sqlalchemy.orm import Session

from mentoroffice.browse import (
    PEOPLE_COLUMNS,
    accent_pattern,
    browse,
    browse_people,
    fetch_page,
    percent,
    search_words,
    section_names,
)
from mentoroffice.data.errors import DatabaseProblem
from mentoroffice.office import Office


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
