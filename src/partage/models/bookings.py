"""Bookings of assets: loans, blackouts, recurring series, check-out and check-in."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from partage.models.base import (
    Base,
    StoredInteger,
    StoredLocalDateTime,
    StoredRecurrence,
    StoredString,
    StoredText,
    StoredTimeZone,
    UTCDateTime,
    utc_now,
)


class BookingStatus(enum.StrEnum):
    """Where a booking stands."""

    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    CHECKED_OUT = "checked_out"
    RETURNED = "returned"
    CANCELLED = "cancelled"


# Bookings that hold their slot: two of these never overlap on one asset.
LIVE_STATUSES = (
    BookingStatus.REQUESTED.value,
    BookingStatus.CONFIRMED.value,
    BookingStatus.CHECKED_OUT.value,
)


class BookingKind(enum.StrEnum):
    """A loan to a member, or a blackout (maintenance, closure) with no member."""

    LOAN = "loan"
    BLACKOUT = "blackout"


class BookingSeries(Base):
    """A recurring booking: an RFC 5545 rule expanded in the database's time zone.

    ``local_start`` is the wall-clock start of the first occurrence (naive, in
    ``timezone``), so every occurrence starts at the same local time across DST changes.
    """

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="RESTRICT"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(StoredString(20), default=BookingKind.LOAN.value)
    rrule: Mapped[str] = mapped_column(StoredRecurrence)
    local_start: Mapped[dt.datetime] = mapped_column(StoredLocalDateTime)
    duration_minutes: Mapped[int] = mapped_column(StoredInteger)
    timezone: Mapped[str] = mapped_column(StoredTimeZone(64))
    note: Mapped[str] = mapped_column(StoredText, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class Booking(Base):
    """One booking of an asset over the half-open interval [start, end), in UTC."""

    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="RESTRICT"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking_series.id", ondelete="RESTRICT"), index=True
    )
    # For an occurrence of a series: where the rule put it, even after it is moved, so an
    # export can name it (RFC 5545 RECURRENCE-ID).
    occurrence_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(StoredString(20), default=BookingKind.LOAN.value)
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(StoredString(20), default=BookingStatus.CONFIRMED.value)
    note: Mapped[str] = mapped_column(StoredText, default="")
    checked_out_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    checkout_meter: Mapped[int | None] = mapped_column(StoredInteger)
    returned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    return_meter: Mapped[int | None] = mapped_column(StoredInteger)
    condition: Mapped[str] = mapped_column(StoredText, default="")
    version: Mapped[int] = mapped_column(StoredInteger, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The conflict check and the calendar both ask "which bookings of this asset
        # overlap [start, end)?".
        Index("ix_bookings_asset_span", "asset_id", "start", "end"),
        Index("ix_bookings_span", "start", "end"),
        # Loans still out (check-in lists, overdue loans drawn in every calendar view).
        Index("ix_bookings_status_start", "status", "start"),
    )
