"""Live sharing: who has the database open (presence) and a change counter.

Revision ID: 0006_presence
Revises: 0005_booking_status_index
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_presence"
down_revision = "0005_booking_status_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "presence",
        sa.Column("session_id", sa.String(32), nullable=False),
        sa.Column("os_user", sa.String(100), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("machine", sa.String(200), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("heartbeat", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_presence")),
    )
    data_revision = op.create_table(
        "data_revision",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_revision")),
    )
    op.bulk_insert(data_revision, [{"id": 1, "value": 0}])


def downgrade() -> None:
    op.drop_table("data_revision")
    op.drop_table("presence")
