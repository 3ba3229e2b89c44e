"""office users: viewer role, password hashes, sign-in delays, tokens; audit by record

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ROLES_BEFORE = "role IN ('admin', 'qi_staff', 'mentor', 'supervisor')"
ROLES_AFTER = "role IN ('admin', 'qi_staff', 'mentor', 'supervisor', 'viewer')"
USER_COLUMNS = (
    ("password_hash", sa.String(length=200), True, None),
    ("must_change_password", sa.Boolean(), False, sa.false()),
    ("failed_sign_ins", sa.Integer(), False, sa.text("0")),
    ("last_failed_at", sa.DateTime(), True, None),
)


def app_user(roles: str) -> sa.Table:
    """app_user as revision 0003 left it, with the role check `roles` (SQLite rebuilds it)."""
    return sa.Table(
        "app_user", sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(roles, name="ck_app_user_role_valid"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_app_user_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_app_user"),
        sa.UniqueConstraint("username", name="uq_app_user_username"),
    )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("app_user", copy_from=app_user(ROLES_AFTER if sqlite
                                                            else ROLES_BEFORE)) as batch_op:
        if not sqlite:
            batch_op.drop_constraint(op.f("ck_app_user_role_valid"), type_="check")
            batch_op.create_check_constraint(op.f("ck_app_user_role_valid"), sa.text(ROLES_AFTER))
        for name, type_, nullable, default in USER_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=nullable,
                                          server_default=default))
    op.create_table(
        "access_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("token_hash", sa.String(length=200), nullable=False),
        sa.Column("purposes", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_token")),
        sa.UniqueConstraint("name", name=op.f("uq_access_token_name")),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "record_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_table("access_token")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("app_user") as batch_op:
        for name, *_ in reversed(USER_COLUMNS):
            batch_op.drop_column(name)
        if not sqlite:
            batch_op.drop_constraint(op.f("ck_app_user_role_valid"), type_="check")
            batch_op.create_check_constraint(op.f("ck_app_user_role_valid"), sa.text(ROLES_BEFORE))
