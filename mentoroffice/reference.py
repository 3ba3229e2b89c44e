"""Reference data every office database holds: technical areas and outcome indicators."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .data.enums import Direction
from .data.models import Indicator, TechnicalArea

TECHNICAL_AREAS: tuple[tuple[str, str, str], ...] = (
    ("MNH", "Maternal and newborn health", "facility"),
    ("NEO", "Neonatal health", "facility"),
    ("IMCI", "Integrated management of childhood illness", "facility"),
    ("FP", "Family planning", "facility"),
    ("CBMNH", "Community-based maternal and newborn health", "community"),
    ("CBP-FP", "Community-based provision of family planning", "community"),
    ("ICCM", "Integrated community case management", "community"),
    ("SUP", "Facility assessment and supervision", "office"),
)


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    numerator: str
    denominator: str
    direction: Direction
    technical_area: str


OUTCOME_INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec("RESUS_SUCCESS", "Successful newborn resuscitations",
                  "Newborns resuscitated who were breathing at 5 minutes",
                  "Newborns who needed resuscitation", Direction.HIGHER_IS_BETTER, "NEO"),
    IndicatorSpec("PNC_COVERAGE", "Postnatal care coverage",
                  "Mothers seen for postnatal care within 48 hours",
                  "Births at the facility", Direction.HIGHER_IS_BETTER, "MNH"),
    IndicatorSpec("NEO_MORTALITY", "Neonatal institutional mortality",
                  "Newborns who died at the facility", "Newborns admitted",
                  Direction.LOWER_IS_BETTER, "NEO"),
    IndicatorSpec("CHILD_MORTALITY", "Child institutional mortality",
                  "Children under five who died at the facility", "Children under five admitted",
                  Direction.LOWER_IS_BETTER, "IMCI"),
    IndicatorSpec("NEO_HYPOTHERMIA", "Newborns admitted with hypothermia",
                  "Newborns admitted with temperature below 36.5 °C", "Newborns admitted",
                  Direction.LOWER_IS_BETTER, "NEO"),
    IndicatorSpec("PAED_DEATH_24H", "Deaths within 24 h of paediatric admission",
                  "Children who died within 24 hours of admission", "Paediatric deaths",
                  Direction.LOWER_IS_BETTER, "IMCI"),
    IndicatorSpec("NEO_FEEDING_PROTOCOL", "Sick and underweight newborns fed per protocol",
                  "Sick or underweight newborns with feeding or fluids prescribed per protocol",
                  "Sick or underweight newborns admitted", Direction.HIGHER_IS_BETTER, "NEO"),
    IndicatorSpec("NEAR_MISS_MANAGED", "Maternal near-misses managed",
                  "Maternal near-misses managed per protocol", "Maternal near-misses",
                  Direction.HIGHER_IS_BETTER, "MNH"),
)


def ensure_reference_data(session: Session) -> None:
    """Insert the technical areas and indicators a database lacks; never overwrite edits."""
    existing_areas = set(session.scalars(select(TechnicalArea.code)))
    for position, (code, name, level) in enumerate(TECHNICAL_AREAS):
        if code not in existing_areas:
            session.add(TechnicalArea(code=code, name=name, level=level, position=position))
    existing_indicators = set(session.scalars(select(Indicator.code)))
    for spec in OUTCOME_INDICATORS:
        if spec.code not in existing_indicators:
            session.add(
                Indicator(
                    code=spec.code, name=spec.name, numerator_definition=spec.numerator,
                    denominator_definition=spec.denominator, direction=spec.direction.value,
                    technical_area=spec.technical_area,
                )
            )
    session.flush()
