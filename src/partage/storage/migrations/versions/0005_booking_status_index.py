"""An index on bookings by status, for the loans still checked out.

Revision ID: 0005_booking_status_index
Revises: 0004_costs
Create Date: 2026-11-25
"""

from alembic import op

revision = "0005_booking_status_index"
down_revision = "0004_costs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_bookings_status_start", "bookings", ["status", "start"])


def downgrade() -> None:
    op.drop_index("ix_bookings_status_start", table_name="bookings")
