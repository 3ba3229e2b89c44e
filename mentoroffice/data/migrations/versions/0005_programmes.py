"""programmes as settings: visit rhythm per kind of visit, caps per mentor kind, areas;
assignments and visits name their programme; an assessment keeps its override reason

The office's programme until now becomes the default programme "Ingobyi" with the rhythm and
caps the code had fixed, so every database keeps behaving as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VISIT_KINDS = ("'joint_hospital', 'health_center', 'health_post', 'community', "
               "'joint_supervision', 'baseline'")
MENTOR_KINDS = "'association', 'district', 'hc_provider', 'community'"
PROGRAMME_COLUMNS = (("mentor_assignment", "programme_id"), ("visit", "programme_id"))

# Ingobyi as the code had it: (visit kind, schedule, quarter month, days).
INGOBYI_RHYTHM = (
    ("joint_hospital", "monthly", None, 3),
    ("health_center", "monthly", None, 2),
    ("health_post", "monthly", None, 1),
    ("community", "quarterly", 1, 1),
    ("joint_supervision", "quarterly", 2, 1),
)
INGOBYI_CAPS = (("district", 2), ("hc_provider", 1))


def upgrade() -> None:
    _create_tables()
    for table, column in PROGRAMME_COLUMNS:
        _add_programme_column(table, column)
    op.add_column("assessment", sa.Column("override_reason", sa.Text(), nullable=True))
    _seed_ingobyi()


def _create_tables() -> None:
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) > 0 AND length(name) > 0",
                           name=op.f("ck_programme_code_name_present")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("code", name=op.f("uq_programme_code")),
    )
    op.create_index("uq_programme_one_default", "programme", ["is_default"], unique=True,
                    sqlite_where=sa.text("is_default"), postgresql_where=sa.text("is_default"))
    op.create_table(
        "programme_rhythm",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("visit_kind", sa.String(length=20), nullable=False),
        sa.Column("schedule", sa.String(length=12), nullable=False),
        sa.Column("quarter_month", sa.Integer(), nullable=True),
        sa.Column("interval_min_weeks", sa.Integer(), nullable=True),
        sa.Column("interval_max_weeks", sa.Integer(), nullable=True),
        sa.Column("days_min", sa.Integer(), nullable=False),
        sa.Column("days_max", sa.Integer(), nullable=False),
        sa.CheckConstraint(f"visit_kind IN ({VISIT_KINDS})",
                           name=op.f("ck_programme_rhythm_visit_kind_valid")),
        sa.CheckConstraint("schedule IN ('monthly', 'quarterly', 'weeks')",
                           name=op.f("ck_programme_rhythm_schedule_valid")),
        sa.CheckConstraint("days_min >= 1 AND days_max >= days_min",
                           name=op.f("ck_programme_rhythm_days_ordered")),
        sa.CheckConstraint(
            "(interval_min_weeks IS NULL) = (interval_max_weeks IS NULL) AND "
            "(interval_min_weeks IS NULL OR "
            "(interval_min_weeks >= 1 AND interval_max_weeks >= interval_min_weeks))",
            name=op.f("ck_programme_rhythm_interval_ordered")),
        sa.CheckConstraint("schedule <> 'weeks' OR interval_min_weeks IS NOT NULL",
                           name=op.f("ck_programme_rhythm_weeks_need_interval")),
        sa.CheckConstraint(
            "(schedule = 'quarterly') = (quarter_month IS NOT NULL) AND "
            "(quarter_month IS NULL OR quarter_month BETWEEN 1 AND 3)",
            name=op.f("ck_programme_rhythm_quarter_month_valid")),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"],
                                name=op.f("fk_programme_rhythm_programme_id_programme")),
        sa.PrimaryKeyConstraint("programme_id", "visit_kind", name=op.f("pk_programme_rhythm")),
    )
    op.create_table(
        "programme_cap",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("mentor_kind", sa.String(length=16), nullable=False),
        sa.Column("max_places", sa.Integer(), nullable=False),
        sa.CheckConstraint(f"mentor_kind IN ({MENTOR_KINDS})",
                           name=op.f("ck_programme_cap_mentor_kind_valid")),
        sa.CheckConstraint("max_places >= 1", name=op.f("ck_programme_cap_max_places_positive")),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"],
                                name=op.f("fk_programme_cap_programme_id_programme")),
        sa.PrimaryKeyConstraint("programme_id", "mentor_kind", name=op.f("pk_programme_cap")),
    )
    op.create_table(
        "programme_area",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("technical_area", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"],
                                name=op.f("fk_programme_area_programme_id_programme")),
        sa.ForeignKeyConstraint(["technical_area"], ["technical_area.code"],
                                name=op.f("fk_programme_area_technical_area_technical_area")),
        sa.PrimaryKeyConstraint("programme_id", "technical_area", name=op.f("pk_programme_area")),
    )


def _add_programme_column(table: str, column: str) -> None:
    """A nullable foreign key to programme. SQLite adds it with its REFERENCES clause in place
    (ALTER TABLE ... ADD COLUMN), so the table is not rebuilt and keeps its CHECKs as they are."""
    name = f"fk_{table}_{column}_programme"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
                   f"CONSTRAINT {name} REFERENCES programme (id)")
        return
    op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
    op.create_foreign_key(name, table, "programme", [column], ["id"])


def _seed_ingobyi() -> None:
    connection = op.get_bind()
    programme = sa.table("programme", sa.column("id", sa.Integer), sa.column("code", sa.String),
                         sa.column("name", sa.String), sa.column("active", sa.Boolean),
                         sa.column("is_default", sa.Boolean), sa.column("version_id", sa.Integer))
    programme_id = connection.execute(
        sa.insert(programme).values(code="INGOBYI", name="Ingobyi clinical mentorship cascade",
                                    active=True, is_default=True, version_id=1)
        .returning(programme.c.id)).scalar_one()
    rhythm = sa.table("programme_rhythm", *(sa.column(name) for name in (
        "programme_id", "visit_kind", "schedule", "quarter_month", "interval_min_weeks",
        "interval_max_weeks", "days_min", "days_max")))
    connection.execute(sa.insert(rhythm), [
        {"programme_id": programme_id, "visit_kind": kind, "schedule": schedule,
         "quarter_month": quarter_month, "interval_min_weeks": None,
         "interval_max_weeks": None, "days_min": days, "days_max": days}
        for kind, schedule, quarter_month, days in INGOBYI_RHYTHM])
    cap = sa.table("programme_cap", *(sa.column(name) for name in (
        "programme_id", "mentor_kind", "max_places")))
    connection.execute(sa.insert(cap), [
        {"programme_id": programme_id, "mentor_kind": kind, "max_places": places}
        for kind, places in INGOBYI_CAPS])
    # No areas listed: Ingobyi mentors in every technical area, as before.


def downgrade() -> None:
    op.drop_column("assessment", "override_reason")
    for table, column in reversed(PROGRAMME_COLUMNS):
        with op.batch_alter_table(table) as batch_op:
            if op.get_bind().dialect.name != "sqlite":
                batch_op.drop_constraint(f"fk_{table}_{column}_programme", type_="foreignkey")
            batch_op.drop_column(column)
    op.drop_table("programme_area")
    op.drop_table("programme_cap")
    op.drop_table("programme_rhythm")
    op.drop_index("uq_programme_one_default", table_name="programme")
    op.drop_table("programme")
