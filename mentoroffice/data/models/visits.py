"""Mentorship visits, what happened on them, and follow-up contacts between visits."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of
from ..enums import ActivityKind, ContactChannel, VisitKind, VisitStatus
from .org import OrgUnit


class Visit(VersionedMixin, Base):
    __tablename__ = "visit"
    __table_args__ = (
        one_of("kind", VisitKind),
        one_of("status", VisitStatus),
        CheckConstraint("planned_end >= planned_start", name="planned_dates_ordered"),
        CheckConstraint(
            "actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)",
            name="actual_dates_ordered",
        ),
        CheckConstraint(
            "status <> 'done' OR actual_start IS NOT NULL", name="done_has_actual_dates"
        ),
        Index("ix_visit_org_unit_planned", "org_unit_id", "planned_start"),
        Index("ix_visit_planned_status", "planned_start", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    chw_group_id: Mapped[int | None] = mapped_column(ForeignKey("chw_group.id"))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default=VisitStatus.PLANNED.value)
    planned_start: Mapped[dt.date] = mapped_column(Date)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    actual_start: Mapped[dt.date | None] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # The programme whose rhythm the visit keeps; None: the office's default programme.
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))

    org_unit: Mapped[OrgUnit] = relationship()
    mentors: Mapped[list[VisitMentor]] = relationship(cascade="all, delete-orphan")
    activities: Mapped[list[VisitActivity]] = relationship(cascade="all, delete-orphan")


class VisitMentor(Base):
    __tablename__ = "visit_mentor"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id"), primary_key=True, index=True)
    present: Mapped[bool | None] = mapped_column(Boolean)


class VisitActivity(Base):
    """An activity on a visit; a case observation needs the patient's consent."""

    __tablename__ = "visit_activity"
    __table_args__ = (
        one_of("kind", ActivityKind),
        CheckConstraint(
            "kind <> 'case_observation' OR patient_consent IS TRUE", name="observation_consent"
        ),
        CheckConstraint("attendee_count IS NULL OR attendee_count >= 0", name="attendees_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    topic: Mapped[str | None] = mapped_column(String(200))
    indicators_reviewed: Mapped[str | None] = mapped_column(Text)
    attendee_count: Mapped[int | None] = mapped_column(Integer)
    patient_consent: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)

    attendees: Mapped[list[ActivityAttendee]] = relationship(cascade="all, delete-orphan")


class ActivityAttendee(Base):
    __tablename__ = "activity_attendee"

    activity_id: Mapped[int] = mapped_column(ForeignKey("visit_activity.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)


class FollowUpContact(Base):
    __tablename__ = "follow_up_contact"
    __table_args__ = (one_of("channel", ContactChannel),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id"), index=True)
    mentee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    channel: Mapped[str] = mapped_column(String(16))
    contacted_on: Mapped[dt.date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Holiday(Base):
    """A day the office does not plan visits on."""

    __tablename__ = "holiday"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
