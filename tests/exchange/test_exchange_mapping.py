"""Cell values in English and French, column matching, and the example workbooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentoroffice.exchange import values, vocabulary
from mentoroffice.exchange.mapping import TEMPLATES, ImportKind, auto_map, template_workbook
from mentoroffice.exchange.reading import read_table


@pytest.mark.parametrize("cell,expected", [
    ("2024-03-05", dt.date(2024, 3, 5)),
    ("05/03/2024", dt.date(2024, 3, 5)),
    ("5-3-2024", dt.date(2024, 3, 5)),
    ("05.03.2024", dt.date(2024, 3, 5)),
    ("2024-03-05 00:00:00", dt.date(2024, 3, 5)),
    (dt.datetime(2024, 3, 5, 0, 0), dt.date(2024, 3, 5)),
    (45356, dt.date(2024, 3, 5)),  # an Excel date serial
    (None, None),
])
def test_dates_read(cell: object, expected: dt.date | None) -> None:
    assert values.date(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("cell,message", [
    ("03/25/2024", "day/month/year"),
    ("31/02/2024", "not a real date"),
    ("05/03/24", "year in full"),
    ("soon", "Expected a date"),
    (2024, "Expected a date"),
    (True, "Expected a date"),
])
def test_bad_dates_say_why(cell: object, message: str) -> None:
    with pytest.raises(values.BadValue, match=message):
        values.date(cell)  # type: ignore[arg-type]


@pytest.mark.parametrize("cell,expected", [
    (85, 85.0), ("85%", 85.0), ("85,5", 85.5), (0.855, 85.5), ("100", 100.0), (0, 0.0),
])
def test_scores(cell: object, expected: float) -> None:
    assert values.score(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", [105, "-3", "abc", "150%", dt.date(2024, 1, 1)])
def test_scores_out_of_range_or_not_numbers(cell: object) -> None:
    with pytest.raises(values.BadValue):
        values.score(cell)  # type: ignore[arg-type]


@pytest.mark.parametrize("cell,expected", [
    ("2024-07", dt.date(2024, 7, 1)), ("202407", dt.date(2024, 7, 1)),
    ("07/2024", dt.date(2024, 7, 1)), ("juillet 2024", dt.date(2024, 7, 1)),
    ("Jul 2024", dt.date(2024, 7, 1)), (dt.datetime(2024, 7, 15), dt.date(2024, 7, 1)),
])
def test_months(cell: object, expected: dt.date) -> None:
    assert values.month(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("word,table,expected", [
    ("Sage-femme", vocabulary.CADRE, "midwife"), ("INFIRMIÈRE", vocabulary.CADRE, "nurse"),
    ("Médecin", vocabulary.CADRE, "doctor"), ("Féminin", vocabulary.SEX, "F"),
    ("homme", vocabulary.SEX, "M"), ("Centre de Santé", vocabulary.LEVEL, "health_center"),
    ("Titulaire", vocabulary.ROLE, "facility_leader"), ("non fait", vocabulary.ITEM_RESULT,
                                                        "not_done"),
    ("S/O", vocabulary.ITEM_RESULT, "na"), ("Post-test", vocabulary.ASSESSMENT_KIND,
                                            "post_mentorship"),
    ("Planification familiale", vocabulary.TECHNICAL_AREA, "FP"),
])
def test_english_and_french_words(word: str, table: dict[str, str], expected: str) -> None:
    assert values.choice(word, table, "value") == expected


def test_an_unknown_word_lists_the_known_ones() -> None:
    with pytest.raises(values.BadValue, match="use one of: F, M"):
        values.choice("X", vocabulary.SEX, "sex")


def test_headers_match_in_english_and_french_whatever_the_case_and_accents() -> None:
    mapping = auto_map("people", ["NOM", "prenom", "Sexe", "CADRE", "Telephone", "Code FOSA",
                                  "Date d'affectation (jj/mm/aaaa)", "Remarks"])
    assert mapping.columns == {"last_name": 0, "first_name": 1, "sex": 2, "cadre": 3,
                               "phone": 4, "facility": 5, "posted_on": 6}
    assert mapping.ignored_columns() == [7]
    assert mapping.problems() == []


def test_missing_required_columns_are_mapping_problems() -> None:
    mapping = auto_map("facilities", ["Code", "Something"])
    assert {p.column for p in mapping.problems()} == {"Name", "Level"}
    fixed = mapping.with_column("name", 1)
    assert [p.column for p in fixed.problems()] == ["Level"]


def test_assessment_step_columns_by_code() -> None:
    mapping = auto_map("assessments", ["Matricule", "Grille", "Date", "Type", "Code FOSA",
                                       "1.1 Prepares the area", "1.2", "Remarks"])
    assert mapping.items == {"1.1": 5, "1.2": 6}
    assert mapping.problems() == []


@pytest.mark.parametrize("kind", list(ImportKind))
def test_template_workbooks_map_onto_their_own_template(tmp_path: Path, kind: ImportKind
                                                        ) -> None:
    path = template_workbook(kind, tmp_path / f"{kind}.xlsx")
    table = read_table(path)
    assert len(table.rows) == 2 and not table.problems
    mapping = auto_map(kind, table.headers)
    assert set(mapping.columns) == {f.key for f in TEMPLATES[kind].fields}
    assert mapping.problems() == []
    help_sheet = read_table(path, "Columns", header_row=4)
    assert len(help_sheet.rows) >= len(TEMPLATES[kind].fields)
