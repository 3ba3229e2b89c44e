"""Read-only lists for the main window's sections, paged, filtered and sorted in SQL.

One small function per section, each taking a session, a search text, an offset and a limit
and returning a `Page` of plain tuples with names (not ids) already joined in. Values are the
stored ones (dates, numbers, enumeration values); the UI turns them into labels.

Paging uses a "deferred join": the page's ids are chosen on the section's own table (filter,
sort, OFFSET/LIMIT), and only those rows are joined to names and counts. The total is a
separate COUNT over the same filter. Both stay fast on a national office (60,000 people,
150,000 assessments) because neither joins nor counts more than it must.

Search: the text is cleaned (`core.search_text.clean_search`: no control characters, at most
200 characters), folded (case and accents dropped, `data.text.fold`) and split into words;
a row matches when every word is found in one of its searchable fields. People are matched on
`Person.search_key`, stored folded; other names by `accent_pattern()`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, Subquery, case, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased, sessionmaker

from .core.search_text import LIKE_ESCAPE, clean_search, like_contains
from .data.enums import OrgLevel
from .data.errors import as_problem
from .data.models import (
    Assessment,
    FormDefinition,
    Indicator,
    IndicatorValue,
    OrgUnit,
    Person,
    Posting,
    QIProject,
    Validation,
    Visit,
    VisitMentor,
)
from .data.text import fold

if TYPE_CHECKING:
    from typing import TypeAlias

    # A select of a section's display columns, whatever their number and types (SQLAlchemy
    # 2.1 types a Select by its columns: Select[int] is one integer column).
    RowsSelect: TypeAlias = Select[*tuple[Any, ...]]

DEFAULT_LIMIT = 200
MAX_LIMIT = 5_000

FACILITY_COLUMNS = ("code", "name", "level", "parent", "active")
PEOPLE_COLUMNS = ("name", "sex", "cadre", "facility", "role", "phone")
VISIT_COLUMNS = ("planned_start", "facility", "kind", "status", "mentors")
ASSESSMENT_COLUMNS = ("assessed_on", "mentee", "form_code", "kind", "score_pct", "facility")
QI_COLUMNS = ("facility", "title", "status", "started_on")
INDICATOR_COLUMNS = ("month", "facility", "indicator", "numerator", "denominator", "percent")
REPORT_COLUMNS = ("validated_on", "mentee", "form_code", "competency", "facility")


@dataclass(frozen=True)
class Page:
    """Rows offset..offset+limit of a section's list, and how many rows the whole list has."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    total: int


# --- search ------------------------------------------------------------------------------

# Names of facilities, forms, indicators and QI projects are stored as typed ("Émilienne",
# "Nyamagabe"). Neither backend drops accents without an extension (PostgreSQL's unaccent is
# not always installed), SQLite's lower() only knows ASCII, and folding in SQL with nested
# replace() calls overflows SQLite's parser. So each folded search letter becomes a character
# class of its case and accent variants ('e' -> [eEèéêëÈÉÊË]) matched as a regular expression:
# REGEXP on SQLite (SQLAlchemy registers it, using Python's re), ~ on PostgreSQL.
# People are searched on their stored, folded search_key with LIKE instead.
_ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ"


def _letter_variants() -> dict[str, str]:
    variants: dict[str, str] = {}
    for letter in _ACCENTED:
        base = fold(letter)
        variants.setdefault(base, base + base.upper())
        variants[base] += letter
    return variants


_VARIANTS = _letter_variants()


def accent_pattern(word: str) -> str:
    """A regular expression finding the folded word in text with any case and accents."""
    parts = []
    for char in fold(word):
        if char in _VARIANTS:
            parts.append(f"[{_VARIANTS[char]}]")
        elif char.isalpha() and len(char.upper()) == 1 and char.upper() != char:
            parts.append(f"[{char}{char.upper()}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _name_contains(column: SQLColumnExpression[str], word: str) -> ColumnElement[bool]:
    """The folded word appears in column, whatever the case and accents of either."""
    return column.regexp_match(accent_pattern(word))


def search_words(search: str) -> list[str]:
    """The folded words of a search text: 'Émilienne  NGABO' -> ['emilienne', 'ngabo']."""
    return fold(clean_search(search)).split()


def _contains(expression: SQLColumnExpression[Any], word: str) -> ColumnElement[bool]:
    return expression.like(like_contains(word), escape=LIKE_ESCAPE)


def _people_matching(word: str) -> Select[int]:
    return select(Person.id).where(_contains(Person.search_key, word))


def _units_matching(word: str) -> Select[int]:
    unit = aliased(OrgUnit)
    return select(unit.id).where(
        or_(_name_contains(unit.name, word), _contains(func.lower(unit.code), word))
    )


def _forms_matching(word: str) -> Select[int]:
    return select(FormDefinition.id).where(
        or_(
            _contains(func.lower(FormDefinition.code), word),
            _name_contains(FormDefinition.title, word),
        )
    )


def _every_word(
    search: str, matchers: Sequence[Callable[[str], ColumnElement[bool]]]
) -> list[ColumnElement[bool]]:
    """One condition per search word: the word matches one of the matchers."""
    return [or_(*(match(word) for match in matchers)) for word in search_words(search)]


# --- paging ------------------------------------------------------------------------------


def _bounds(offset: int, limit: int) -> tuple[int, int]:
    return max(0, int(offset)), min(max(1, int(limit)), MAX_LIMIT)


def _count(session: Session, ids: Select[int]) -> int:
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0


def _page_of(ids: Select[int], order_by: Sequence[SQLColumnExpression[Any]], offset: int,
             limit: int) -> Subquery:
    """The ids of one page, chosen on the section's own table before any name is joined."""
    return ids.order_by(*order_by).offset(offset).limit(limit).subquery("page")


def _page(session: Session, columns: tuple[str, ...], ids: Select[int],
          rows_of: Callable[[Subquery], RowsSelect], order_by: Sequence[SQLColumnExpression[Any]],
          offset: int, limit: int) -> Page:
    """Count the filtered ids, take one page of them, and select that page's display rows.

    rows_of(page) selects the display columns joined to `page.c.id`; it is ordered again by
    order_by, which must only use the section's own table (the page subquery keeps no order).
    """
    offset, limit = _bounds(offset, limit)
    total = _count(session, ids)
    if offset >= total:
        return Page(columns, [], total)
    page = _page_of(ids, order_by, offset, limit)
    rows = [tuple(row) for row in session.execute(rows_of(page).order_by(*order_by))]
    return Page(columns, rows, total)


# --- sections ----------------------------------------------------------------------------

_LEVEL_ORDER = {level.value: rank for rank, level in enumerate(OrgLevel)}


def browse_facilities(session: Session, search: str = "", offset: int = 0,
                      limit: int = DEFAULT_LIMIT) -> Page:
    """Facilities and the hierarchy above them, country first, then by name."""
    conditions = _every_word(search, (
        lambda w: _name_contains(OrgUnit.name, w),
        lambda w: _contains(func.lower(OrgUnit.code), w),
        lambda w: OrgUnit.parent_id.in_(_units_matching(w)),
    ))
    ids = select(OrgUnit.id).where(*conditions)
    level_rank = case(_LEVEL_ORDER, value=OrgUnit.level, else_=len(_LEVEL_ORDER))
    order_by = (level_rank, OrgUnit.name, OrgUnit.code)
    parent = aliased(OrgUnit)

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(OrgUnit.code, OrgUnit.name, OrgUnit.level, parent.name, OrgUnit.active)
            .join(page, page.c.id == OrgUnit.id)
            .outerjoin(parent, parent.id == OrgUnit.parent_id)
        )

    return _page(session, FACILITY_COLUMNS, ids, rows_of, order_by, offset, limit)


def _current_posting_id() -> ColumnElement[int]:
    """The person's latest posting that has not ended (correlated to the outer Person)."""
    return (
        select(Posting.id)
        .where(Posting.person_id == Person.id, Posting.end_date.is_(None))
        .order_by(Posting.start_date.desc(), Posting.id.desc())
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def _people_posted_at_units_matching(word: str) -> Select[int]:
    return select(Posting.person_id).where(
        Posting.end_date.is_(None), Posting.org_unit_id.in_(_units_matching(word))
    )


def browse_people(session: Session, search: str = "", offset: int = 0,
                  limit: int = DEFAULT_LIMIT) -> Page:
    """People by last then first name, with their current facility and role.

    A word matches a person's names, staff code or phone, or the facility they work at now.
    """
    conditions = _every_word(search, (
        lambda w: _contains(Person.search_key, w),
        lambda w: Person.id.in_(_people_posted_at_units_matching(w)),
    ))
    ids = select(Person.id).where(*conditions)
    order_by = (Person.last_name, Person.first_name, Person.id)

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(Person.last_name, Person.first_name, Person.sex, Person.cadre,
                   OrgUnit.name, Posting.role, Person.phone)
            .join(page, page.c.id == Person.id)
            .outerjoin(Posting, Posting.id == _current_posting_id())
            .outerjoin(OrgUnit, OrgUnit.id == Posting.org_unit_id)
        )

    page = _page(session, PEOPLE_COLUMNS, ids, rows_of, order_by, offset, limit)
    rows = [(f"{last} {first}", *rest) for last, first, *rest in page.rows]
    return Page(page.columns, rows, page.total)


def browse_visits(session: Session, search: str = "", offset: int = 0,
                  limit: int = DEFAULT_LIMIT) -> Page:
    """Visits, latest planned first, with the number of mentors on each."""
    conditions = _every_word(search, (
        lambda w: Visit.org_unit_id.in_(_units_matching(w)),
        lambda w: _contains(Visit.kind, w),
        lambda w: _contains(Visit.status, w),
    ))
    ids = select(Visit.id).where(*conditions)
    order_by = (Visit.planned_start.desc(), Visit.id.desc())
    mentors = (
        select(func.count())
        .where(VisitMentor.visit_id == Visit.id)
        .correlate(Visit)
        .scalar_subquery()
    )

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(Visit.planned_start, OrgUnit.name, Visit.kind, Visit.status, mentors)
            .join(page, page.c.id == Visit.id)
            .join(OrgUnit, OrgUnit.id == Visit.org_unit_id)
        )

    return _page(session, VISIT_COLUMNS, ids, rows_of, order_by, offset, limit)


def browse_assessments(session: Session, search: str = "", offset: int = 0,
                       limit: int = DEFAULT_LIMIT) -> Page:
    """Checklist assessments, latest first; a word matches the mentee, form or facility."""
    conditions = _every_word(search, (
        lambda w: Assessment.mentee_id.in_(_people_matching(w)),
        lambda w: Assessment.form_id.in_(_forms_matching(w)),
        lambda w: Assessment.org_unit_id.in_(_units_matching(w)),
    ))
    ids = select(Assessment.id).where(*conditions)
    order_by = (Assessment.assessed_on.desc(), Assessment.id.desc())

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(Assessment.assessed_on, Person.last_name, Person.first_name,
                   FormDefinition.code, Assessment.kind, Assessment.score_pct, OrgUnit.name)
            .join(page, page.c.id == Assessment.id)
            .outerjoin(Person, Person.id == Assessment.mentee_id)
            .join(FormDefinition, FormDefinition.id == Assessment.form_id)
            .join(OrgUnit, OrgUnit.id == Assessment.org_unit_id)
        )

    page = _page(session, ASSESSMENT_COLUMNS, ids, rows_of, order_by, offset, limit)
    rows = [(on, _person_name(last, first), *rest) for on, last, first, *rest in page.rows]
    return Page(page.columns, rows, page.total)


def browse_qi_projects(session: Session, search: str = "", offset: int = 0,
                       limit: int = DEFAULT_LIMIT) -> Page:
    """QI projects, latest started first (not yet started ones last)."""
    conditions = _every_word(search, (
        lambda w: _name_contains(QIProject.title, w),
        lambda w: QIProject.org_unit_id.in_(_units_matching(w)),
        lambda w: _contains(QIProject.status, w),
    ))
    ids = select(QIProject.id).where(*conditions)
    order_by = (QIProject.started_on.desc().nulls_last(), QIProject.id.desc())

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(OrgUnit.name, QIProject.title, QIProject.status, QIProject.started_on)
            .join(page, page.c.id == QIProject.id)
            .join(OrgUnit, OrgUnit.id == QIProject.org_unit_id)
        )

    return _page(session, QI_COLUMNS, ids, rows_of, order_by, offset, limit)


def _indicators_matching(word: str) -> Select[int]:
    return select(Indicator.id).where(
        or_(_name_contains(Indicator.name, word), _contains(func.lower(Indicator.code), word))
    )


def browse_indicator_values(session: Session, search: str = "", offset: int = 0,
                            limit: int = DEFAULT_LIMIT) -> Page:
    """Monthly indicator values, latest month first, with the percentage."""
    conditions = _every_word(search, (
        lambda w: IndicatorValue.org_unit_id.in_(_units_matching(w)),
        lambda w: IndicatorValue.indicator_id.in_(_indicators_matching(w)),
    ))
    ids = select(IndicatorValue.id).where(*conditions)
    # Facilities and indicators in the order they were registered (hospital before its
    # health centers, indicators as the reference list gives them), not by name: sorting a
    # national table by joined names would join every row before paging.
    order_by = (IndicatorValue.month.desc(), IndicatorValue.org_unit_id,
                IndicatorValue.indicator_id)

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(IndicatorValue.month, OrgUnit.name, Indicator.name,
                   IndicatorValue.numerator, IndicatorValue.denominator)
            .join(page, page.c.id == IndicatorValue.id)
            .join(OrgUnit, OrgUnit.id == IndicatorValue.org_unit_id)
            .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        )

    page = _page(session, INDICATOR_COLUMNS, ids, rows_of, order_by, offset, limit)
    rows = [(*row, percent(row[3], row[4])) for row in page.rows]
    return Page(page.columns, rows, page.total)


def browse_validations(session: Session, search: str = "", offset: int = 0,
                       limit: int = DEFAULT_LIMIT) -> Page:
    """Validations (what the reports count), latest first, with the facility assessed at."""
    conditions = _every_word(search, (
        lambda w: Validation.mentee_id.in_(_people_matching(w)),
        lambda w: _contains(func.lower(Validation.form_code), w),
        lambda w: Assessment.form_id.in_(_forms_matching(w)),
        lambda w: Assessment.org_unit_id.in_(_units_matching(w)),
    ))
    ids = select(Validation.id).where(*conditions)
    if conditions:  # the facility and form are the assessment's
        ids = ids.join(Assessment, Assessment.id == Validation.assessment_id)
    order_by = (Validation.validated_on.desc(), Validation.id.desc())

    def rows_of(page: Subquery) -> RowsSelect:
        return (
            select(Validation.validated_on, Person.last_name, Person.first_name,
                   Validation.form_code, FormDefinition.title, OrgUnit.name)
            .join(page, page.c.id == Validation.id)
            .join(Person, Person.id == Validation.mentee_id)
            .join(Assessment, Assessment.id == Validation.assessment_id)
            .join(FormDefinition, FormDefinition.id == Assessment.form_id)
            .join(OrgUnit, OrgUnit.id == Assessment.org_unit_id)
        )

    page = _page(session, REPORT_COLUMNS, ids, rows_of, order_by, offset, limit)
    rows = [(on, _person_name(last, first), *rest) for on, last, first, *rest in page.rows]
    return Page(page.columns, rows, page.total)


# --- helpers and dispatch ----------------------------------------------------------------


def _person_name(last_name: str | None, first_name: str | None) -> str | None:
    """'Ngabonziza Émilienne': last name first, as the people list sorts them."""
    if last_name is None:
        return None
    return f"{last_name} {first_name}"


def percent(numerator: int | None, denominator: int | None) -> float | None:
    """numerator / denominator as a percentage rounded to 0.1, or None without a denominator."""
    if numerator is None or not denominator:
        return None
    return round(100.0 * numerator / denominator, 1)


Browser = Callable[[Session, str, int, int], Page]

_SECTIONS: dict[str, Browser] = {
    "facilities": browse_facilities,
    "people": browse_people,
    "visits": browse_visits,
    "assessments": browse_assessments,
    "qi": browse_qi_projects,
    "indicators": browse_indicator_values,
    "reports": browse_validations,
}


def section_names() -> tuple[str, ...]:
    """The main window's sections, in the order it lists them."""
    return tuple(_SECTIONS)


def browse(session: Session, section: str, search: str = "", offset: int = 0,
           limit: int = DEFAULT_LIMIT) -> Page:
    """One page of a section's list; section is one of `section_names()`."""
    try:
        function = _SECTIONS[section]
    except KeyError:
        raise ValueError(
            f"Unknown section {section!r}; expected one of {', '.join(_SECTIONS)}"
        ) from None
    return function(session, search, offset, limit)


def fetch_page(session_factory: sessionmaker[Session], section: str, search: str = "",
               offset: int = 0, limit: int = DEFAULT_LIMIT) -> Page:
    """`browse` in a session of its own: safe to call from a worker thread.

    A database that cannot answer raises `DatabaseProblem` with a message for people.
    """
    try:
        with session_factory() as session:
            return browse(session, section, search, offset, limit)
    except DBAPIError as error:
        raise as_problem(error) from error


__all__ = [
    "ASSESSMENT_COLUMNS", "FACILITY_COLUMNS", "INDICATOR_COLUMNS", "PEOPLE_COLUMNS", "QI_COLUMNS",
    "REPORT_COLUMNS", "VISIT_COLUMNS", "Page", "accent_pattern", "browse", "browse_assessments",
    "browse_facilities", "browse_indicator_values", "browse_people", "browse_qi_projects",
    "browse_validations", "browse_visits", "fetch_page", "percent", "search_words",
    "section_names",
]
