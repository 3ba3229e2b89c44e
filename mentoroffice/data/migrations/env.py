"""Alembic environment: always run from code with a connection handed in by database.py."""

from __future__ import annotations

from alembic import context

from mentoroffice.data.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - offline SQL generation is not supported
    raise RuntimeError("MentorOffice migrations run from mentoroffice.data.database only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
