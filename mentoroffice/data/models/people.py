"""People and their postings (kept as history, never overwritten)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, VersionedMixin, one_of
from ..enums import Cadre, PostingEndReason, PostingRole, Sex
from ..text import person_search_key
from .org import OrgUnit


class Person(VersionedMixin, Base):
    __tablename__ = "person"
    __table_args__ = (
        one_of("sex", Sex),
        one_of("cadre", Cadre),
        CheckConstraint(
            "length(first_name) > 0 AND length(last_name) > 0", name="names_present"
        ),
        Index("ix_person_last_first", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    sex: Mapped[str] = mapped_column(String(1))
    cadre: Mapped[str] = mapped_column(String(20), index=True)
    qualification: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(24))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Folded names, code and phone, kept in step by the listener below; searched with LIKE.
    search_key: Mapped[str] = mapped_column(String(240), default="", index=True)

    postings: Mapped[list[Posting]] = relationship(
        back_populates="person", order_by="Posting.start_date"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _refresh_search_key(_mapper: object, _connection: object, person: Person) -> None:
    person.search_key = person_search_key(
        person.first_name, person.last_name, person.code, person.phone
    )


class Posting(VersionedMixin, Base):
    """A person's job at a facility for a period; a transfer ends one and starts another."""

    __tablename__ = "posting"
    __table_args__ = (
        one_of("role", PostingRole),
        one_of("end_reason", PostingEndReason),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        CheckConstraint(
            "(end_date IS NULL AND end_reason IS NULL) OR "
            "(end_date IS NOT NULL AND end_reason IS NOT NULL)",
            name="end_has_reason",
        ),
        Index("ix_posting_org_unit_current", "org_unit_id", "end_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    role: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(16))

    person: Mapped[Person] = relationship(back_populates="postings")
    org_unit: Mapped[OrgUnit] = relationship()
