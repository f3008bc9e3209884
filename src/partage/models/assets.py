"""Pooled assets (equipment, spaces, vehicles) and who owns what share of them."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from partage.models.base import (
    Base,
    StoredDate,
    StoredInteger,
    StoredString,
    StoredText,
    UTCDateTime,
    utc_now,
)


class AssetKind(enum.StrEnum):
    """Broad kind of asset."""

    EQUIPMENT = "equipment"
    SPACE = "space"
    VEHICLE = "vehicle"
    OTHER = "other"


class AssetStatus(enum.StrEnum):
    """Whether the asset can be used."""

    ACTIVE = "active"
    IN_REPAIR = "in_repair"
    RETIRED = "retired"


class MeterUnit(enum.StrEnum):
    """What the asset's meter counts, if it has one."""

    NONE = "none"
    KM = "km"
    HOURS = "hours"


class Asset(Base):
    """Something the group pools. The photo is loaded only when asked for."""

    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(StoredString(200))
    name_key: Mapped[str] = mapped_column(StoredString(200), unique=True)
    kind: Mapped[str] = mapped_column(StoredString(20), default=AssetKind.EQUIPMENT.value)
    category: Mapped[str] = mapped_column(StoredString(100), default="")
    location: Mapped[str] = mapped_column(StoredString(200), default="")
    description: Mapped[str] = mapped_column(StoredText, default="")
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    photo_type: Mapped[str] = mapped_column(StoredString(50), default="")
    purchase_date: Mapped[dt.date | None] = mapped_column(StoredDate)
    purchase_price_cents: Mapped[int | None] = mapped_column(StoredInteger)
    meter: Mapped[str] = mapped_column(StoredString(10), default=MeterUnit.NONE.value)
    status: Mapped[str] = mapped_column(StoredString(20), default=AssetStatus.ACTIVE.value)
    default_rule: Mapped[str] = mapped_column(StoredString(200), default="equal")
    # Booking rules: whether it can be booked, allowed durations, daily opening hours
    # ("08:00-22:00", empty for always) for spaces.
    bookable: Mapped[bool] = mapped_column(Boolean, default=True)
    min_booking_minutes: Mapped[int | None] = mapped_column(StoredInteger)
    max_booking_minutes: Mapped[int | None] = mapped_column(StoredInteger)
    opening_hours: Mapped[str] = mapped_column(StoredString(20), default="")
    # Purchase cost recovery: spread the purchase price over this many months, straight
    # line from the purchase date (None: not recovered from members).
    recovery_months: Mapped[int | None] = mapped_column(StoredInteger)
    version: Mapped[int] = mapped_column(StoredInteger, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)

    owners: Mapped[list[AssetOwner]] = relationship(
        back_populates="asset", cascade="all, delete-orphan", order_by="AssetOwner.member_id"
    )

    __mapper_args__ = {"version_id_col": version}


class AssetOwner(Base):
    """A member's ownership share of an asset, in thousandths (1.0 is 1000)."""

    __tablename__ = "asset_owners"

    asset_id: Mapped[int] = mapped_column(
        ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    weight_milli: Mapped[int] = mapped_column(StoredInteger)

    asset: Mapped[Asset] = relationship(back_populates="owners")
