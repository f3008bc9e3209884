"""What the pool costs: expenses, insurance policies, maintenance plans, payments."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, deferred, mapped_column

from partage.models.base import (
    Base,
    StoredDate,
    StoredInteger,
    StoredString,
    StoredText,
    UTCDateTime,
    utc_now,
)


class CostCategory(enum.StrEnum):
    """What a cost was for."""

    MAINTENANCE = "maintenance"
    REPAIR = "repair"
    INSURANCE = "insurance"
    PURCHASE = "purchase"
    FUEL = "fuel"
    CONSUMABLES = "consumables"
    RENT = "rent"
    OTHER = "other"


class Cost(Base):
    """An amount the group spends, over one day or a period (both days included).

    ``paid_by_member_id`` is the member who paid it out of pocket, or None when the
    group's treasury paid. ``rule`` overrides the asset's default split rule when set.
    ``client_id`` is made by the client before the first attempt, so a retried commit can
    never post the same cost twice.
    """

    __tablename__ = "costs"

    id: Mapped[int] = mapped_column(primary_key=True)
    amount_cents: Mapped[int] = mapped_column(StoredInteger)
    start: Mapped[dt.date] = mapped_column(StoredDate, index=True)
    end: Mapped[dt.date] = mapped_column(StoredDate, index=True)
    category: Mapped[str] = mapped_column(StoredString(20), default=CostCategory.OTHER.value)
    asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("assets.id", ondelete="RESTRICT"), index=True
    )
    supplier: Mapped[str] = mapped_column(StoredString(200), default="")
    note: Mapped[str] = mapped_column(StoredText, default="")
    receipt: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    receipt_name: Mapped[str] = mapped_column(StoredString(200), default="")
    receipt_type: Mapped[str] = mapped_column(StoredString(100), default="")
    paid_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    rule: Mapped[str] = mapped_column(StoredString(200), default="")
    source: Mapped[str] = mapped_column(StoredString(20), default="manual")
    client_id: Mapped[str | None] = mapped_column(StoredString(64), unique=True)
    version: Mapped[int] = mapped_column(StoredInteger, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)

    __mapper_args__ = {"version_id_col": version}


class InsurancePolicy(Base):
    """An insurance policy of an asset, or of the whole group; its premium is a cost."""

    __tablename__ = "insurance_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id", ondelete="RESTRICT"))
    insurer: Mapped[str] = mapped_column(StoredString(200), default="")
    policy_number: Mapped[str] = mapped_column(StoredString(100), default="")
    coverage: Mapped[str] = mapped_column(StoredText, default="")
    premium_cents: Mapped[int] = mapped_column(StoredInteger)
    start: Mapped[dt.date] = mapped_column(StoredDate)
    end: Mapped[dt.date] = mapped_column(StoredDate)
    cost_id: Mapped[int] = mapped_column(ForeignKey("costs.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(StoredInteger, default=1)

    __mapper_args__ = {"version_id_col": version}


class MaintenancePlan(Base):
    """Maintenance due every N months and/or every N km or hours of an asset's meter."""

    __tablename__ = "maintenance_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(StoredString(200))
    every_months: Mapped[int | None] = mapped_column(StoredInteger)
    every_meter: Mapped[int | None] = mapped_column(StoredInteger)
    last_done: Mapped[dt.date | None] = mapped_column(StoredDate)
    last_meter: Mapped[int | None] = mapped_column(StoredInteger)
    blocks_calendar: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(StoredInteger, default=1)

    __mapper_args__ = {"version_id_col": version}


class MaintenanceRecord(Base):
    """Maintenance done: when, at what meter reading, and the cost it created."""

    __tablename__ = "maintenance_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("maintenance_plans.id", ondelete="RESTRICT"))
    done_on: Mapped[dt.date] = mapped_column(StoredDate)
    meter: Mapped[int | None] = mapped_column(StoredInteger)
    cost_id: Mapped[int | None] = mapped_column(ForeignKey("costs.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(StoredText, default="")


class Payment(Base):
    """Money a member paid the group (or received from it, when negative)."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    amount_cents: Mapped[int] = mapped_column(StoredInteger)
    paid_on: Mapped[dt.date] = mapped_column(StoredDate)
    invoice_number: Mapped[str] = mapped_column(StoredString(40), default="")
    note: Mapped[str] = mapped_column(StoredText, default="")
    client_id: Mapped[str | None] = mapped_column(StoredString(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
