"""The office itself: mentor reports, coordination meetings, users, audit, settings, DHIS2."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, VersionedMixin, one_of, utcnow
from ..enums import UserRole


class MentorReport(VersionedMixin, Base):
    """A mentor's monthly report and the office's feedback on it."""

    __tablename__ = "mentor_report"
    __table_args__ = (
        UniqueConstraint("mentor_id", "month"),
        CheckConstraint(
            "visits_done >= 0 AND mentees_assessed >= 0 AND validations >= 0",
            name="counts_non_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id"))
    month: Mapped[dt.date] = mapped_column(Date)
    visits_done: Mapped[int] = mapped_column(Integer, default=0)
    mentees_assessed: Mapped[int] = mapped_column(Integer, default=0)
    validations: Mapped[int] = mapped_column(Integer, default=0)
    challenges: Mapped[str] = mapped_column(Text, default="")
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    office_feedback: Mapped[str | None] = mapped_column(Text)
    feedback_on: Mapped[dt.date | None] = mapped_column(Date)


class CoordinationMeeting(VersionedMixin, Base):
    __tablename__ = "coordination_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    period_label: Mapped[str] = mapped_column(String(16))
    minutes: Mapped[str] = mapped_column(Text, default="")


class AppUser(VersionedMixin, Base):
    __tablename__ = "app_user"
    __table_args__ = (one_of("role", UserRole),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A memory-hard hash with its parameters and salt (core.passwords); never the password.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)  # since the last success
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AccessToken(Base):
    """A secret for scheduled tasks (backup, check, report), limited to what it was made for."""

    __tablename__ = "access_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    token_hash: Mapped[str] = mapped_column(String(200))
    purposes: Mapped[str] = mapped_column(String(200))  # permissions, comma-separated
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """One change (or sign-in, import, restore...): who, when, which record, old and new values.

    Written in the same transaction as the change it records; the program never edits or
    deletes an entry."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)


DEMO_SETTING = "demo"  # a Setting the demo generator stores: this database is the demo


class Setting(Base):
    """Office settings as text, e.g. the fiscal year's first month."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Dhis2Mapping(VersionedMixin, Base):
    """Which DHIS2 data element (and category option combo) a MentorOffice figure goes to."""

    __tablename__ = "dhis2_mapping"
    __table_args__ = (
        UniqueConstraint("metric", "technical_area"),
        # NULLs are distinct in a UNIQUE constraint: one area-less mapping per metric needs its own.
        Index("uq_dhis2_mapping_metric_any_area", "metric", unique=True,
              sqlite_where=text("technical_area IS NULL"),
              postgresql_where=text("technical_area IS NULL")),
        CheckConstraint("length(data_element) = 11", name="data_element_uid"),
        CheckConstraint(
            "category_option_combo IS NULL OR length(category_option_combo) = 11",
            name="coc_uid",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    metric: Mapped[str] = mapped_column(String(40))
    technical_area: Mapped[str | None] = mapped_column(String(16))
    data_element: Mapped[str] = mapped_column(String(11))
    category_option_combo: Mapped[str | None] = mapped_column(String(11))
