"""Rows for the section lists' tests (domain and window): facilities, people, visits,
assessments, QI projects and indicator values with known names, committed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentoroffice.browse import Page
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


def column(page: Page, name: str) -> list[Any]:
    index = page.columns.index(name)
    return [row[index] for row in page.rows]
