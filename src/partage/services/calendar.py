"""What the calendar reads: the bookings of the time a view shows, and its catalog.

A view change (next week, another filter) costs one ``SELECT`` of the bookings that
overlap the view, read as plain columns rather than ORM objects so a week of a large pool
loads in milliseconds. The assets, members and time zone the calendar names change
rarely: ``calendar_catalog`` reads them once, and the interface reads them again only
when assets or members change.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, union_all

from partage.models import Booking, BookingStatus
from partage.services.assets import AssetRecord, list_assets
from partage.services.bookings import BookingRecord, Conflict, conflicts_for
from partage.services.members import MemberRecord, list_members
from partage.services.timezones import database_zone
from partage.storage import Database

__all__ = [
    "CalendarCatalog",
    "calendar_catalog",
    "calendar_window",
    "local_day_bounds",
    "move_conflicts",
]

# The columns of a BookingRecord, in its field order.
_COLUMNS = (
    Booking.id,
    Booking.asset_id,
    Booking.member_id,
    Booking.series_id,
    Booking.kind,
    Booking.start,
    Booking.end,
    Booking.status,
    Booking.note,
    Booking.checked_out_at,
    Booking.checkout_meter,
    Booking.returned_at,
    Booking.return_meter,
    Booking.condition,
    Booking.version,
    Booking.occurrence_start,
)


@dataclass(frozen=True)
class CalendarCatalog:
    """The assets and members the calendar names, and the zone it shows times in.

    Attributes:
        assets: every asset, retired ones included (old bookings still name them),
            sorted by name.
        members: every member, archived ones included, sorted by name.
        zone: the database's time zone.
    """

    assets: tuple[AssetRecord, ...]
    members: tuple[MemberRecord, ...]
    zone: zoneinfo.ZoneInfo

    def asset(self, asset_id: int) -> AssetRecord | None:
        """The asset with *asset_id*, if there is one."""
        return next((a for a in self.assets if a.id == asset_id), None)

    def member(self, member_id: int | None) -> MemberRecord | None:
        """The member with *member_id*, if there is one."""
        if member_id is None:
            return None
        return next((m for m in self.members if m.id == member_id), None)


def calendar_catalog(db: Database) -> CalendarCatalog:
    """Read the assets, members and time zone the calendar needs (a few statements)."""
    return CalendarCatalog(
        assets=tuple(list_assets(db)),
        members=tuple(list_members(db)),
        zone=database_zone(db),
    )


def calendar_window(
    db: Database,
    start_utc: dt.datetime,
    end_utc: dt.datetime,
    *,
    asset_ids: Sequence[int] | None = None,
    member_id: int | None = None,
) -> list[BookingRecord]:
    """The bookings that overlap [start_utc, end_utc), cancelled ones left out, and the
    loans still checked out that started before its end.

    One ``SELECT``, ordered by start then id.

    Args:
        db: the database.
        start_utc: the view's first moment (aware).
        end_utc: the moment after the view's last (aware).
        asset_ids: only these assets' bookings (None: every asset; empty: none).
        member_id: only this member's bookings.
    """
    if asset_ids is not None and not asset_ids:
        return []
    overlapping = select(*_COLUMNS).where(
        Booking.start < end_utc,
        Booking.end > start_utc,
        Booking.status != BookingStatus.CANCELLED.value,
    )
    # A loan still checked out is shown up to now, however long ago it should have come
    # back: overdue loans stand out in every view. Its own branch uses the status index.
    still_out = select(*_COLUMNS).where(
        Booking.status == BookingStatus.CHECKED_OUT.value,
        Booking.start < end_utc,
        Booking.end <= start_utc,
    )
    filters: list[ColumnElement[bool]] = []
    if asset_ids is not None:
        filters.append(Booking.asset_id.in_(sorted(set(asset_ids))))
    if member_id is not None:
        filters.append(Booking.member_id == member_id)
    branches = union_all(overlapping.where(*filters), still_out.where(*filters)).subquery()
    query = select(*branches.c).order_by(branches.c.start, branches.c.id)
    # Built from plain columns, in field order: no ORM object per row.
    make: Callable[..., BookingRecord] = BookingRecord
    with db.read() as session:
        return [make(*row) for row in session.connection().execute(query).all()]


def move_conflicts(
    db: Database, booking_id: int, asset_id: int, start_utc: dt.datetime, end_utc: dt.datetime
) -> list[Conflict]:
    """The live bookings that moving *booking_id* to [start_utc, end_utc) would meet.

    For showing before saving; ``reschedule`` checks again in its own transaction.
    """
    with db.read() as session:
        return conflicts_for(session, asset_id, [(start_utc, end_utc)], exclude=[booking_id])


def local_day_bounds(
    first: dt.date, days: int, zone: zoneinfo.ZoneInfo
) -> tuple[dt.datetime, dt.datetime]:
    """The UTC moments at which local day *first* starts and *days* days later ends.

    Midnight is taken in *zone*, so a week that crosses a DST change still starts and
    ends at local midnight.
    """
    start = dt.datetime.combine(first, dt.time(0), zone).astimezone(dt.UTC)
    last = first + dt.timedelta(days=days)
    end = dt.datetime.combine(last, dt.time(0), zone).astimezone(dt.UTC)
    return start, end
