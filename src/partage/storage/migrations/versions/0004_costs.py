"""Costs, insurance policies, maintenance plans and records, payments.

Revision ID: 0004_costs
Revises: 0003_bookings
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_costs"
down_revision = "0003_bookings"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="RESTRICT"
    )


def upgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.add_column(sa.Column("recovery_months", sa.Integer(), nullable=True))
    op.create_table(
        "costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("supplier", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("receipt", sa.LargeBinary(), nullable=True),
        sa.Column("receipt_name", sa.String(200), nullable=False),
        sa.Column("receipt_type", sa.String(100), nullable=False),
        sa.Column("paid_by_member_id", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(200), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _fk("costs", "asset_id", "assets"),
        _fk("costs", "paid_by_member_id", "members"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_costs")),
        sa.UniqueConstraint("client_id", name=op.f("uq_costs_client_id")),
    )
    op.create_index(op.f("ix_costs_start"), "costs", ["start"])
    op.create_index(op.f("ix_costs_end"), "costs", ["end"])
    op.create_index(op.f("ix_costs_asset_id"), "costs", ["asset_id"])
    op.create_index(op.f("ix_costs_paid_by_member_id"), "costs", ["paid_by_member_id"])
    op.create_table(
        "insurance_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("insurer", sa.String(200), nullable=False),
        sa.Column("policy_number", sa.String(100), nullable=False),
        sa.Column("coverage", sa.Text(), nullable=False),
        sa.Column("premium_cents", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("cost_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("insurance_policies", "asset_id", "assets"),
        _fk("insurance_policies", "cost_id", "costs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_policies")),
    )
    op.create_table(
        "maintenance_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("every_months", sa.Integer(), nullable=True),
        sa.Column("every_meter", sa.Integer(), nullable=True),
        sa.Column("last_done", sa.Date(), nullable=True),
        sa.Column("last_meter", sa.Integer(), nullable=True),
        sa.Column("blocks_calendar", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("maintenance_plans", "asset_id", "assets"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_plans")),
    )
    op.create_table(
        "maintenance_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("meter", sa.Integer(), nullable=True),
        sa.Column("cost_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("maintenance_records", "plan_id", "maintenance_plans"),
        _fk("maintenance_records", "cost_id", "costs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_records")),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("invoice_number", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("payments", "member_id", "members"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("client_id", name=op.f("uq_payments_client_id")),
    )
    op.create_index(op.f("ix_payments_member_id"), "payments", ["member_id"])


def downgrade() -> None:
    op.drop_table("payments")
    op.drop_table("maintenance_records")
    op.drop_table("maintenance_plans")
    op.drop_table("insurance_policies")
    op.drop_table("costs")
    with op.batch_alter_table("assets") as batch:
        batch.drop_column("recovery_months")
