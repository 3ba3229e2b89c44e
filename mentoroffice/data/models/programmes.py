"""Programmes the office runs (the Ingobyi cascade, MESH...): rhythm, caps and areas as settings.

A programme sets, for each kind of visit, how often it comes back (once a calendar month, once
a quarter, or every so many weeks) and how many days it lasts; how many places each kind of
mentor covers at a time; and the technical areas it mentors in. Assignments and visits name
their programme; those that name none belong to the office's default programme.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of
from ..enums import MentorKind, RhythmSchedule, VisitKind


class Programme(VersionedMixin, Base):
    __tablename__ = "programme"
    __table_args__ = (
        CheckConstraint("length(code) > 0 AND length(name) > 0", name="code_name_present"),
        # One default programme: the one assignments and visits without a programme belong to.
        Index("uq_programme_one_default", "is_default", unique=True,
              sqlite_where=text("is_default"), postgresql_where=text("is_default")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    rhythms: Mapped[list[ProgrammeRhythm]] = relationship(cascade="all, delete-orphan")
    caps: Mapped[list[ProgrammeCap]] = relationship(cascade="all, delete-orphan")
    areas: Mapped[list[ProgrammeArea]] = relationship(cascade="all, delete-orphan")


class ProgrammeRhythm(Base):
    """How often a kind of visit comes back, and how many days it lasts."""

    __tablename__ = "programme_rhythm"
    __table_args__ = (
        one_of("visit_kind", VisitKind),
        one_of("schedule", RhythmSchedule),
        CheckConstraint("days_min >= 1 AND days_max >= days_min", name="days_ordered"),
        CheckConstraint(
            "(interval_min_weeks IS NULL) = (interval_max_weeks IS NULL) AND "
            "(interval_min_weeks IS NULL OR "
            "(interval_min_weeks >= 1 AND interval_max_weeks >= interval_min_weeks))",
            name="interval_ordered"),
        CheckConstraint("schedule <> 'weeks' OR interval_min_weeks IS NOT NULL",
                        name="weeks_need_interval"),
        CheckConstraint(
            "(schedule = 'quarterly') = (quarter_month IS NOT NULL) AND "
            "(quarter_month IS NULL OR quarter_month BETWEEN 1 AND 3)",
            name="quarter_month_valid"),
    )

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    visit_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    schedule: Mapped[str] = mapped_column(String(12))
    quarter_month: Mapped[int | None] = mapped_column(Integer)  # quarterly: 1st, 2nd or 3rd
    interval_min_weeks: Mapped[int | None] = mapped_column(Integer)
    interval_max_weeks: Mapped[int | None] = mapped_column(Integer)
    days_min: Mapped[int] = mapped_column(Integer)
    days_max: Mapped[int] = mapped_column(Integer)


class ProgrammeCap(Base):
    """At most so many places (facilities or CHW groups) at a time for a kind of mentor."""

    __tablename__ = "programme_cap"
    __table_args__ = (
        one_of("mentor_kind", MentorKind),
        CheckConstraint("max_places >= 1", name="max_places_positive"),
    )

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    mentor_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    max_places: Mapped[int] = mapped_column(Integer)


class ProgrammeArea(Base):
    """A technical area the programme mentors in; a programme listing none mentors in all."""

    __tablename__ = "programme_area"

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    technical_area: Mapped[str] = mapped_column(
        ForeignKey("technical_area.code"), primary_key=True)
