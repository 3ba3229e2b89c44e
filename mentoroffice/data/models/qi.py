"""Debriefings, findings, QI projects, action plans and escalations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of, utcnow
from ..enums import (
    ActionStatus,
    AttendeeRole,
    CauseCategory,
    EscalationCategory,
    EscalationLevel,
    EscalationStatus,
    QIStatus,
)


class Debriefing(VersionedMixin, Base):
    __tablename__ = "debriefing"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[DebriefingAttendee]] = relationship(cascade="all, delete-orphan")
    findings: Mapped[list[Finding]] = relationship(cascade="all, delete-orphan")


class DebriefingAttendee(Base):
    __tablename__ = "debriefing_attendee"
    __table_args__ = (one_of("role", AttendeeRole),)

    debriefing_id: Mapped[int] = mapped_column(ForeignKey("debriefing.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))


class Finding(Base):
    __tablename__ = "finding"
    __table_args__ = (CheckConstraint("length(text) > 0", name="text_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    debriefing_id: Mapped[int] = mapped_column(ForeignKey("debriefing.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class QIProject(VersionedMixin, Base):
    __tablename__ = "qi_project"
    __table_args__ = (
        one_of("status", QIStatus),
        CheckConstraint("length(title) > 0", name="title_present"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"))
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text, default="")
    aim: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id"))
    status: Mapped[str] = mapped_column(String(12), default=QIStatus.PLANNED.value)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    causes: Mapped[list[RootCause]] = relationship(cascade="all, delete-orphan")
    change_ideas: Mapped[list[ChangeIdea]] = relationship(cascade="all, delete-orphan")
    cycles: Mapped[list[PdsaCycle]] = relationship(cascade="all, delete-orphan")


class RootCause(Base):
    """A fishbone cause; a cause with a parent is one 'why' deeper in a 5-whys chain."""

    __tablename__ = "root_cause"
    __table_args__ = (one_of("category", CauseCategory),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("qi_project.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("root_cause.id"))
    category: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)


class ChangeIdea(Base):
    __tablename__ = "change_idea"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("qi_project.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class PdsaCycle(VersionedMixin, Base):
    __tablename__ = "pdsa_cycle"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        CheckConstraint("cycle_no >= 1", name="cycle_no_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("qi_project.id"), index=True)
    change_idea_id: Mapped[int | None] = mapped_column(ForeignKey("change_idea.id"))
    cycle_no: Mapped[int] = mapped_column(Integer)
    plan: Mapped[str] = mapped_column(Text, default="")
    do: Mapped[str] = mapped_column(Text, default="")
    study: Mapped[str] = mapped_column(Text, default="")
    act: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class ActionItem(VersionedMixin, Base):
    __tablename__ = "action_item"
    __table_args__ = (
        one_of("status", ActionStatus),
        CheckConstraint("length(action) > 0", name="action_present"),
        CheckConstraint(
            "(status = 'done') = (done_date IS NOT NULL)", name="done_iff_done_date"
        ),
        CheckConstraint(
            "status <> 'dropped' OR dropped_reason IS NOT NULL", name="dropped_has_reason"
        ),
        Index("ix_action_item_status_due", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("qi_project.id"))
    action: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    responsible_name: Mapped[str | None] = mapped_column(String(120))
    due_date: Mapped[dt.date] = mapped_column(Date)
    resources: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default=ActionStatus.OPEN.value)
    done_date: Mapped[dt.date | None] = mapped_column(Date)
    dropped_reason: Mapped[str | None] = mapped_column(Text)
    created_on: Mapped[dt.date] = mapped_column(Date)

    history: Mapped[list[ActionStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="ActionStatusChange.changed_at"
    )


class ActionStatusChange(Base):
    __tablename__ = "action_status_change"
    __table_args__ = (
        one_of("from_status", ActionStatus, name="from_status_valid"),
        one_of("to_status", ActionStatus, name="to_status_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action_item.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)


class Escalation(VersionedMixin, Base):
    """A gap beyond the facility taken to the district or the ministry."""

    __tablename__ = "escalation"
    __table_args__ = (
        one_of("level", EscalationLevel),
        one_of("category", EscalationCategory),
        one_of("status", EscalationStatus),
        CheckConstraint(
            "resolved_on IS NULL OR resolved_on >= raised_on", name="resolved_after_raised"
        ),
        CheckConstraint(
            "status <> 'resolved' OR resolved_on IS NOT NULL", name="resolved_has_date"
        ),
        Index("ix_escalation_status", "status", "raised_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"))
    level: Mapped[str] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(120))
    raised_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=EscalationStatus.OPEN.value)
    response: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
