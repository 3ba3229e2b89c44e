"""Mentors, their assignments over time, and mentee enrolments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of, percent_range
from ..enums import Association, EnrolmentStatus, MentorKind
from .org import ChwGroup, OrgUnit
from .people import Person


class Mentor(VersionedMixin, Base):
    """A person's mentor profile: kind, association, selection and orientation results."""

    __tablename__ = "mentor"
    __table_args__ = (
        one_of("kind", MentorKind),
        one_of("association", Association),
        CheckConstraint(
            "(kind = 'association') = (association IS NOT NULL)",
            name="association_iff_association_kind",
        ),
        percent_range("selection_score"),
        percent_range("orientation_theory_score"),
        percent_range("orientation_practical_score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    association: Mapped[str | None] = mapped_column(String(8))
    selected_on: Mapped[dt.date | None] = mapped_column(Date)
    selection_score: Mapped[float | None] = mapped_column(Float)
    selection_notes: Mapped[str | None] = mapped_column(Text)
    oriented_on: Mapped[dt.date | None] = mapped_column(Date)
    orientation_theory_score: Mapped[float | None] = mapped_column(Float)
    orientation_practical_score: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    person: Mapped[Person] = relationship()
    areas: Mapped[list[MentorArea]] = relationship(cascade="all, delete-orphan")
    assignments: Mapped[list[MentorAssignment]] = relationship(back_populates="mentor")


class MentorArea(Base):
    __tablename__ = "mentor_area"

    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id"), primary_key=True)
    technical_area: Mapped[str] = mapped_column(
        ForeignKey("technical_area.code"), primary_key=True
    )


class MentorAssignment(VersionedMixin, Base):
    """A mentor assigned to a facility or a CHW group for a period."""

    __tablename__ = "mentor_assignment"
    __table_args__ = (
        CheckConstraint(
            "(org_unit_id IS NULL) <> (chw_group_id IS NULL)", name="one_target"
        ),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        CheckConstraint(
            "override_reason IS NULL OR length(override_reason) > 0", name="override_has_text"
        ),
        Index("ix_mentor_assignment_org_unit", "org_unit_id", "end_date"),
        Index("ix_mentor_assignment_mentor", "mentor_id", "end_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id"))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    chw_group_id: Mapped[int | None] = mapped_column(ForeignKey("chw_group.id"), index=True)
    technical_area: Mapped[str | None] = mapped_column(ForeignKey("technical_area.code"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    override_reason: Mapped[str | None] = mapped_column(Text)
    # The programme the assignment serves; None: the office's default programme.
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))

    mentor: Mapped[Mentor] = relationship(back_populates="assignments")
    org_unit: Mapped[OrgUnit | None] = relationship()
    chw_group: Mapped[ChwGroup | None] = relationship()


class MenteeEnrolment(VersionedMixin, Base):
    """A person enrolled as mentee in a technical area at a facility, with planned competencies."""

    __tablename__ = "mentee_enrolment"
    __table_args__ = (
        one_of("status", EnrolmentStatus),
        CheckConstraint("end_date IS NULL OR end_date >= enrolled_on", name="dates_ordered"),
        Index("ix_mentee_enrolment_org_unit", "org_unit_id", "technical_area"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    technical_area: Mapped[str] = mapped_column(ForeignKey("technical_area.code"))
    enrolled_on: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=EnrolmentStatus.ACTIVE.value)

    person: Mapped[Person] = relationship()
    org_unit: Mapped[OrgUnit] = relationship()
    competencies: Mapped[list[PlannedCompetency]] = relationship(
        cascade="all, delete-orphan"
    )


class PlannedCompetency(Base):
    """A competency (a form code) in a mentee's plan."""

    __tablename__ = "planned_competency"

    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("mentee_enrolment.id"), primary_key=True
    )
    form_code: Mapped[str] = mapped_column(String(16), primary_key=True)
