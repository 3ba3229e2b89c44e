"""person search key: case- and accent-insensitive search over 60,000 people

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mentoroffice.data.text import person_search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_key", sa.String(length=240), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_person_search_key"), ["search_key"], unique=False)
    _backfill()


def _backfill() -> None:
    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("code", sa.String),
        sa.column("phone", sa.String),
        sa.column("search_key", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(person.c.id, person.c.first_name, person.c.last_name, person.c.code,
                  person.c.phone)
    ).all()
    update = (
        sa.update(person)
        .where(person.c.id == sa.bindparam("pid"))
        .values(search_key=sa.bindparam("key"))
    )
    for start in range(0, len(rows), BATCH):
        connection.execute(
            update,
            [
                {"pid": r.id, "key": person_search_key(r.first_name, r.last_name, r.code, r.phone)}
                for r in rows[start : start + BATCH]
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_search_key"))
        batch_op.drop_column("search_key")
