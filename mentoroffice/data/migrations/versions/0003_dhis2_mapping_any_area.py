"""one DHIS2 mapping per metric when it has no technical area

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "uq_dhis2_mapping_metric_any_area", "dhis2_mapping", ["metric"], unique=True,
        sqlite_where=sa.text("technical_area IS NULL"),
        postgresql_where=sa.text("technical_area IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_dhis2_mapping_metric_any_area", table_name="dhis2_mapping")
