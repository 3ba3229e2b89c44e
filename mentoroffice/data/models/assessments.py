"""Checklist definitions as scored, assessments with item results, validations, coaching plans."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of, utcnow
from ..enums import AssessmentKind, CoachingPlanStatus, FormKind, ItemResult
from .people import Person


class FormDefinition(Base):
    """One version of a form from forms/, stored so old assessments keep their version."""

    __tablename__ = "form_definition"
    __table_args__ = (
        UniqueConstraint("code", "version"),
        one_of("kind", FormKind),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint(
            "pass_threshold > 0 AND pass_threshold <= 100", name="threshold_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    technical_area: Mapped[str] = mapped_column(ForeignKey("technical_area.code"))
    kind: Mapped[str] = mapped_column(String(16))
    pass_threshold: Mapped[float] = mapped_column(Float, default=85.0)
    content_hash: Mapped[str] = mapped_column(String(64))

    items: Mapped[list[FormItem]] = relationship(
        back_populates="form", order_by="FormItem.position", cascade="all, delete-orphan"
    )


class FormItem(Base):
    __tablename__ = "form_item"
    __table_args__ = (UniqueConstraint("form_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("form_definition.id"))
    code: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)

    form: Mapped[FormDefinition] = relationship(back_populates="items")


class Assessment(VersionedMixin, Base):
    """A mentor's checklist scoring of a mentee, or a facility tool (baseline, supervision)."""

    __tablename__ = "assessment"
    __table_args__ = (
        one_of("kind", AssessmentKind),
        CheckConstraint(
            "mentee_id IS NOT NULL OR kind IN ('baseline', 'supervision')",
            name="mentee_required",
        ),
        CheckConstraint("score_pct IS NULL OR (score_pct >= 0 AND score_pct <= 100)",
                        name="score_range"),
        CheckConstraint(
            "done_count >= 0 AND applicable_count >= done_count", name="counts_consistent"
        ),
        Index("ix_assessment_mentee_form", "mentee_id", "form_id", "assessed_on"),
        Index("ix_assessment_org_unit_date", "org_unit_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("form_definition.id"))
    kind: Mapped[str] = mapped_column(String(20))
    mentee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    done_count: Mapped[int] = mapped_column(Integer, default=0)
    applicable_count: Mapped[int] = mapped_column(Integer, default=0)
    score_pct: Mapped[float | None] = mapped_column(Float)
    all_critical_done: Mapped[bool] = mapped_column(Boolean, default=False)
    strengths: Mapped[str | None] = mapped_column(Text)
    to_improve: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Why it was saved although the assessor is no mentor of the area, or the mentee is not
    # posted at the facility (checklists.assessor_rules).
    override_reason: Mapped[str | None] = mapped_column(Text)

    form: Mapped[FormDefinition] = relationship()
    mentee: Mapped[Person | None] = relationship(foreign_keys=[mentee_id])
    assessor: Mapped[Person | None] = relationship(foreign_keys=[assessor_id])
    results: Mapped[list[AssessmentItemResult]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class AssessmentItemResult(Base):
    __tablename__ = "assessment_item_result"
    __table_args__ = (one_of("result", ItemResult),)

    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("form_item.id"), primary_key=True)
    result: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)

    assessment: Mapped[Assessment] = relationship(back_populates="results")
    item: Mapped[FormItem] = relationship()


class Validation(Base):
    """A mentee validated on a competency by a passing post-mentorship assessment.

    History: a later failed assessment does not remove it.
    """

    __tablename__ = "validation"
    __table_args__ = (UniqueConstraint("mentee_id", "form_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    form_code: Mapped[str] = mapped_column(String(16), index=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), unique=True)
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    validated_on: Mapped[dt.date] = mapped_column(Date, index=True)


class CoachingPlan(VersionedMixin, Base):
    __tablename__ = "coaching_plan"
    __table_args__ = (one_of("status", CoachingPlanStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    form_code: Mapped[str] = mapped_column(String(16))
    gaps: Mapped[str] = mapped_column(Text, default="")
    planned_actions: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default=CoachingPlanStatus.OPEN.value)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("mentor.id"))
