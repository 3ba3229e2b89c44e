"""Facility outcome indicators and their monthly values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, VersionedMixin, one_of
from ..enums import Direction


class Indicator(VersionedMixin, Base):
    __tablename__ = "indicator"
    __table_args__ = (one_of("direction", Direction),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    numerator_definition: Mapped[str] = mapped_column(Text)
    denominator_definition: Mapped[str] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(4))
    technical_area: Mapped[str | None] = mapped_column(ForeignKey("technical_area.code"))
    dhis2_data_element: Mapped[str | None] = mapped_column(String(11))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class IndicatorValue(VersionedMixin, Base):
    """Numerator and denominator for one indicator, facility and month (first day)."""

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("indicator_id", "org_unit_id", "month"),
        CheckConstraint("numerator >= 0 AND denominator >= 0", name="non_negative"),
        CheckConstraint("numerator <= denominator", name="numerator_within_denominator"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    month: Mapped[dt.date] = mapped_column(Date)
    numerator: Mapped[int] = mapped_column(Integer)
    denominator: Mapped[int] = mapped_column(Integer)
