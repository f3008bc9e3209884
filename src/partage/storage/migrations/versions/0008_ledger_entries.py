"""The member ledger's own entries: opening balances and adjustments.

Revision ID: 0008_ledger_entries
Revises: 0007_invoices
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_ledger_entries"
down_revision = "0007_invoices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_ledger_entries_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
        sa.UniqueConstraint("client_id", name=op.f("uq_ledger_entries_client_id")),
    )
    op.create_index(op.f("ix_ledger_entries_member_id"), "ledger_entries", ["member_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_ledger_entries_member_id"), table_name="ledger_entries")
    op.drop_table("ledger_entries")
