"""The office's settings that every printed report shows or counts by."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..data.models import Setting
from ..periods import USAID_FISCAL_START

__all__ = ["DEFAULT_OFFICE_NAME", "fiscal_start_month", "office_name"]

DEFAULT_OFFICE_NAME = "MentorOffice"


def _setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value.strip() if row is not None and row.value else None


def office_name(session: Session) -> str:
    return _setting(session, "office_name") or DEFAULT_OFFICE_NAME


def fiscal_start_month(session: Session) -> int:
    value = _setting(session, "fiscal_year_start_month")
    if value and value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return USAID_FISCAL_START
