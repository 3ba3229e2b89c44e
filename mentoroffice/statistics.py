"""Row counts per table, for `mentoroffice info` and the About box."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .data.models import Base


def table_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }
