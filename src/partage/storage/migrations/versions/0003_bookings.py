"""Bookings, recurring series, and per-asset booking rules.

Revision ID: 0003_bookings
Revises: 0002_audit_log
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_bookings"
down_revision = "0002_audit_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.add_column(sa.Column("bookable", sa.Boolean(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("min_booking_minutes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("max_booking_minutes", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("opening_hours", sa.String(20), nullable=False, server_default="")
        )
    with op.batch_alter_table("assets") as batch:
        batch.alter_column("bookable", server_default=None)
        batch.alter_column("opening_hours", server_default=None)
    op.create_table(
        "booking_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("rrule", sa.Text(), nullable=False),
        sa.Column("local_start", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_booking_series_asset_id_assets"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_booking_series_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_series")),
    )
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("occurrence_start", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=True),
        sa.Column("checkout_meter", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("return_meter", sa.Integer(), nullable=True),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_bookings_asset_id_assets"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_bookings_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["booking_series.id"],
            name=op.f("fk_bookings_series_id_booking_series"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    op.create_index("ix_bookings_asset_span", "bookings", ["asset_id", "start", "end"])
    op.create_index("ix_bookings_span", "bookings", ["start", "end"])
    op.create_index(op.f("ix_bookings_member_id"), "bookings", ["member_id"])
    op.create_index(op.f("ix_bookings_series_id"), "bookings", ["series_id"])


def downgrade() -> None:
    op.drop_table("bookings")
    op.drop_table("booking_series")
    with op.batch_alter_table("assets") as batch:
        batch.drop_column("opening_hours")
        batch.drop_column("max_booking_minutes")
        batch.drop_column("min_booking_minutes")
        batch.drop_column("bookable")
