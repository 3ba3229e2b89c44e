"""Whatever is typed or pasted into a search box, the search answers: a page of text, a NUL,
LIKE's wildcards; on the backend under test, through the real lists and completers."""

from __future__ import annotations

import pytest
from browse_rows import OfficeRows, add_browse_rows, column
from sqlalchemy.orm import Session

from mentoroffice.browse import browse, fetch_page, search_words, section_names
from mentoroffice.cascade.facilities import search_facilities
from mentoroffice.cascade.people_list import PeopleFilters, people_page
from mentoroffice.cascade.service import CascadeService
from mentoroffice.core.search_text import (
    MAX_SEARCH_CHARS,
    clean_search,
    like_contains,
    like_escape,
)
from mentoroffice.data.models import ChwGroup, OrgUnit, Person
from mentoroffice.office import Office
from mentoroffice.reports.service import ReportService

PAGE_OF_TEXT = "x" * 100_000
MANY_WORDS = "qj " * 33_334  # 100,002 characters, 33,334 words


@pytest.fixture
def rows(session: Session) -> OfficeRows:
    """The browse tests' small district, plus names holding LIKE's wildcards."""
    found = add_browse_rows(session)
    session.add_all([
        Person(first_name="Grace", last_name="Uwi_mana", sex="F", cadre="nurse"),
        Person(first_name="Alice", last_name="Cent%", sex="F", cadre="nurse"),
        Person(first_name="Back", last_name="Sla\\sh", sex="M", cadre="nurse"),
        OrgUnit(code="HC_0103", name="Rukira 100% Health Center", level="health_center",
                parent_id=found.ids["hospital"]),
        ChwGroup(code="CHW-R1", name="Rémera village 1", health_center_id=found.ids["remera"],
                 technical_area="MNH"),
    ])
    session.commit()
    return found


def people_names(session: Session, text: str) -> list[str]:
    found, total = people_page(session, PeopleFilters(text=text), 0, 100)
    assert total == len(found)
    return sorted(row.name for row in found)


# --- the cleaning itself ----------------------------------------------------------------------


def test_control_characters_never_reach_sql() -> None:
    assert clean_search("\x00") == ""
    assert clean_search("\x00\x00 \x1b\x7f") == ""
    assert clean_search("Emi\x00li\x07enne") == "Emilienne"
    assert clean_search("Uwase\tAimée\r\nKigali") == "Uwase Aimée  Kigali"
    assert clean_search("lone \ud800 surrogate") == "lone  surrogate"
    assert clean_search(None) == ""


def test_long_text_is_cut_and_cleaning_twice_changes_nothing() -> None:
    assert clean_search(PAGE_OF_TEXT) == "x" * MAX_SEARCH_CHARS
    assert clean_search("  Zaza" + " " * 100_000) == "Zaza"
    for text in (PAGE_OF_TEXT, MANY_WORDS, " a\x00b\tc ", "é" * 300 + " x"):
        assert clean_search(clean_search(text)) == clean_search(text)
        assert len(clean_search(text)) <= MAX_SEARCH_CHARS


def test_like_patterns_take_wildcards_literally() -> None:
    assert like_escape("100%_\\x") == "100\\%\\_\\\\x"
    assert like_contains(" a_b\x00 ") == "%a\\_b%"
    assert like_contains("\x00") == "%%"
    assert search_words("\x00") == []
    assert search_words("Émi\x00lienne\tNGABO") == ["emilienne", "ngabo"]


# --- the main window's lists --------------------------------------------------------------------


@pytest.mark.parametrize("section", section_names())
@pytest.mark.parametrize("search", [PAGE_OF_TEXT, MANY_WORDS])
def test_a_page_of_pasted_text_searches_every_section(session: Session, rows: OfficeRows,
                                                      section: str, search: str) -> None:
    page = browse(session, section, search)
    assert page.total == 0 and page.rows == []


def test_a_long_search_still_finds_what_its_start_names(session: Session,
                                                        rows: OfficeRows) -> None:
    assert column(browse(session, "people", "émilienne" + " " * 100_000), "name") == [
        "Ngabonziza Émilienne"]
    assert column(browse(session, "facilities", "  zaza" + "\t" * 100_000), "name") == [
        "Zaza Health Center"]


@pytest.mark.parametrize("section", section_names())
@pytest.mark.parametrize("search", ["\x00", "\x00\x00\x00", " \x00\t\x01 "])
def test_a_search_of_control_characters_is_an_empty_search(session: Session, rows: OfficeRows,
                                                           section: str, search: str) -> None:
    assert browse(session, section, search) == browse(session, section, "")


def test_control_characters_inside_a_word_are_dropped(office: Office, rows: OfficeRows) -> None:
    page = fetch_page(office.session_factory, "people", "Émil\x00ienne\x1b")
    assert column(page, "name") == ["Ngabonziza Émilienne"]


@pytest.mark.parametrize(("search", "people", "facilities"), [
    ("_", ["Uwi_mana Grace"], ["Rukira 100% Health Center"]),
    ("%", ["Cent% Alice"], ["Rukira 100% Health Center"]),
    ("100%", [], ["Rukira 100% Health Center"]),
    ("\\", ["Sla\\sh Back"], []),
    ("i_m", ["Uwi_mana Grace"], []),
    ("uw_", [], []),  # "_" is not "any one character" (uwi)
    ("t%a", [], []),  # "%" is not "any characters" (patrick, district hospital)
])
def test_like_wildcards_match_themselves(session: Session, rows: OfficeRows, search: str,
                                         people: list[str], facilities: list[str]) -> None:
    assert column(browse(session, "people", search), "name") == people
    assert column(browse(session, "facilities", search), "name") == facilities


# --- the people list and the cascade's completers -------------------------------------------


def test_the_people_list_cleans_its_search(session: Session, rows: OfficeRows) -> None:
    everyone = people_names(session, "")
    assert len(everyone) == 7
    assert people_names(session, "\x00") == everyone
    assert people_names(session, PAGE_OF_TEXT) == []
    assert people_names(session, MANY_WORDS) == []
    assert people_names(session, "  claudine" + " " * 100_000) == ["Claudine Mukamana"]
    assert people_names(session, "_") == ["Grace Uwi_mana"]
    assert people_names(session, "%") == ["Alice Cent%"]
    assert people_names(session, "uw_") == []


def test_the_cascade_completers_clean_their_search(office: Office, rows: OfficeRows) -> None:
    service = CascadeService(office.session_factory)
    assert service.mentors_for_completer(PAGE_OF_TEXT) == []
    assert [m.name for m in service.mentors_for_completer("patr\x00ick")] == [
        "Patrick Nshimiyimana"]
    assert service.facilities_for_completer(PAGE_OF_TEXT) == []
    assert [p.name for p in service.facilities_for_completer("100%", groups=False)] == [
        "Rukira 100% Health Center"]


def test_the_cascade_completers_treat_control_characters_as_an_empty_search(
    office: Office, rows: OfficeRows,
) -> None:
    service = CascadeService(office.session_factory)
    assert service.facilities_for_completer("\x00") == service.facilities_for_completer("")
    assert service.mentors_for_completer("\x00") == service.mentors_for_completer("")
    assert [p.name for p in service.facilities_for_completer("village")] == ["Rémera village 1"]


def test_the_facility_search_cleans_its_search(session: Session, rows: OfficeRows) -> None:
    def names(text: str) -> list[str]:
        return [node.name for node in search_facilities(session, text)]

    assert names(PAGE_OF_TEXT) == []
    assert names("\x00") == names("")
    assert names("100%") == names("_") == ["Rukira 100% Health Center"]
    assert names("zaza" + " " * 100_000) == ["Zaza Health Center"]


def test_the_report_mentee_completer_cleans_its_search(office: Office, rows: OfficeRows) -> None:
    service = ReportService(office.session_factory)
    assert service.validated_mentees(PAGE_OF_TEXT) == []
    assert service.validated_mentees("\x00") == service.validated_mentees("") == []
    assert service.validated_mentees("%") == service.validated_mentees("_") == []
    assert [p.name for p in service.validated_mentees("émil\x00ienne" + " " * 100_000)] == [
        "Émilienne Ngabonziza"]


def test_the_checklist_entry_searches_clean_their_search(office: Office, rows: OfficeRows) -> None:
    from mentoroffice.checklists.service import ChecklistService

    service = ChecklistService(office.session_factory, office.catalog)
    assert service.search_mentees(PAGE_OF_TEXT) == []
    assert service.search_mentees("\x00") == service.search_mentees("") == []
    assert [p.name for p in service.search_mentees("uwi_")] == ["Grace Uwi_mana"]
    assert [p.name for p in service.search_mentees("%")] == ["Alice Cent%"]
    assert service.search_facilities(PAGE_OF_TEXT) == []
    assert [f.name for f in service.search_facilities("100%")] == ["Rukira 100% Health Center"]
