"""The org-unit hierarchy and CHW groups."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of
from ..enums import OrgLevel


class OrgUnit(VersionedMixin, Base):
    """A node of the hierarchy: country, province, district, hospital, health center, post."""

    __tablename__ = "org_unit"
    __table_args__ = (
        one_of("level", OrgLevel),
        CheckConstraint("parent_id IS NOT NULL OR level = 'country'", name="parent_required"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint(
            "dhis2_uid IS NULL OR length(dhis2_uid) = 11", name="dhis2_uid_length"
        ),
        CheckConstraint("length(code) > 0 AND length(name) > 0", name="code_name_present"),
        Index("ix_org_unit_parent_level", "parent_id", "level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    dhis2_uid: Mapped[str | None] = mapped_column(String(11), unique=True)
    upgraded_health_center: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[OrgUnit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[OrgUnit]] = relationship(back_populates="parent")


class ChwGroup(VersionedMixin, Base):
    """Community health workers of one technical area around a health center (5-9 people)."""

    __tablename__ = "chw_group"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    health_center_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    technical_area: Mapped[str] = mapped_column(ForeignKey("technical_area.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    health_center: Mapped[OrgUnit] = relationship()
    members: Mapped[list[ChwGroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class ChwGroupMember(Base):
    __tablename__ = "chw_group_member"

    group_id: Mapped[int] = mapped_column(ForeignKey("chw_group.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)

    group: Mapped[ChwGroup] = relationship(back_populates="members")


class TechnicalArea(Base):
    """MNH, neonatal, IMCI, FP at facilities; CBMNH, CBP-FP, ICCM in the community."""

    __tablename__ = "technical_area"
    __table_args__ = (one_of("level", ("facility", "community", "office")),)

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
