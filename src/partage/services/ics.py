"""iCalendar (RFC 5545) export and import of bookings, with the ``icalendar`` library.

A recurring series exports as one event with its RRULE, an EXDATE for each cancelled
occurrence and an override (RECURRENCE-ID) for each moved one, so calendar programs show
the same dates as Partage. Import takes every event or none.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from partage import __version__
from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models import (
    Asset,
    Booking,
    BookingKind,
    BookingSeries,
    BookingStatus,
    Member,
    name_key,
)
from partage.services import audit
from partage.services.bookings import (
    BookingRecord,
    SeriesRecord,
    check_asset_rules,
    check_membership,
    conflict_error,
    conflicts_for,
    expand,
    list_bookings,
    list_series,
)
from partage.services.timezones import database_zone, to_local
from partage.storage import Database

PRODID = f"-//Partage//Partage {__version__}//FR"
ASSET_PROPERTY = "X-PARTAGE-ASSET"
MEMBER_PROPERTY = "X-PARTAGE-MEMBER"


def _uid(kind: str, number: int) -> str:
    return f"partage-{kind}-{number}@partage.local"


def _summary(asset: str, member: str | None, kind: str) -> str:
    return f"{asset} — {member}" if member else f"{asset} — {kind}"


def export_ics(db: Database, *, asset_id: int | None = None) -> bytes:
    """Every booking (of one asset, or all) as an iCalendar document."""
    zone = database_zone(db)
    with db.read() as session:
        assets = {row.id: row.name for row in session.execute(select(Asset.id, Asset.name))}
        members = {row.id: row.name for row in session.execute(select(Member.id, Member.name))}
    bookings = list_bookings(
        db, asset_ids=None if asset_id is None else [asset_id], include_cancelled=True
    )
    by_series: dict[int, list[BookingRecord]] = defaultdict(list)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-timezone", zone.key)
    stamp = dt.datetime.now(dt.UTC)
    for booking in bookings:
        if booking.series_id is not None:
            by_series[booking.series_id].append(booking)
        elif booking.status != BookingStatus.CANCELLED.value:
            event = _event(booking, assets, members, zone, stamp)
            event.add("uid", _uid("booking", booking.id))
            calendar.add_component(event)
    for series in list_series(db, by_series):
        for event in _series_events(series, by_series[series.id], assets, members, zone, stamp):
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _event(
    booking: BookingRecord,
    assets: dict[int, str],
    members: dict[int, str],
    zone: zoneinfo.ZoneInfo,
    stamp: dt.datetime,
) -> icalendar.Event:
    event = icalendar.Event()
    asset = assets.get(booking.asset_id, "?")
    member = members.get(booking.member_id) if booking.member_id else None
    event.add("summary", _summary(asset, member, booking.kind))
    event.add("dtstart", booking.start.astimezone(zone))
    event.add("dtend", booking.end.astimezone(zone))
    event.add("dtstamp", stamp)
    event.add("location", asset)
    event.add(ASSET_PROPERTY, asset)
    if member:
        event.add(MEMBER_PROPERTY, member)
    event.add("x-partage-kind", booking.kind)
    if booking.note:
        event.add("description", booking.note)
    return event


def _series_events(
    series: SeriesRecord,
    occurrences: list[BookingRecord],
    assets: dict[int, str],
    members: dict[int, str],
    zone: zoneinfo.ZoneInfo,
    stamp: dt.datetime,
) -> list[icalendar.Event]:
    series_zone = zoneinfo.ZoneInfo(series.timezone)
    first_start = series.local_start.replace(tzinfo=series_zone)
    master = icalendar.Event()
    asset = assets.get(series.asset_id, "?")
    member = members.get(series.member_id) if series.member_id else None
    master.add("uid", _uid("series", series.id))
    master.add("summary", _summary(asset, member, series.kind))
    master.add("dtstart", first_start)
    master.add("dtend", first_start + dt.timedelta(minutes=series.duration_minutes))
    master.add("dtstamp", stamp)
    master.add("location", asset)
    master.add(ASSET_PROPERTY, asset)
    if member:
        master.add(MEMBER_PROPERTY, member)
    master.add("x-partage-kind", series.kind)
    if series.note:
        master.add("description", series.note)
    master.add("rrule", icalendar.vRecur.from_ical(series.rrule))
    # Every occurrence the rule gives but that is not booked (cancelled, or skipped for a
    # conflict at booking time) is an EXDATE; a moved one is an override.
    booked = {o.occurrence_start: o for o in occurrences if o.occurrence_start is not None}
    exdates = []
    overrides = []
    duration = dt.timedelta(minutes=series.duration_minutes)
    for start, end in expand(series.rrule, series.local_start, duration, series_zone):
        occurrence = booked.get(start)
        if occurrence is None or occurrence.status == BookingStatus.CANCELLED.value:
            exdates.append(start.astimezone(series_zone))
        elif (occurrence.start, occurrence.end) != (start, end):
            override = _event(occurrence, assets, members, zone, stamp)
            override.add("uid", _uid("series", series.id))
            override.add("recurrence-id", start.astimezone(series_zone))
            overrides.append(override)
    if exdates:
        master.add("exdate", exdates)
    return [master, *overrides]


# --- import ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IcsImportResult:
    """How many events and bookings an import created."""

    events: int
    bookings: int


def _bad_file(reason: str, **params: Any) -> UsageError:
    return UsageError(reason, **params)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _moment(value: Any, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=zone) if value.tzinfo is None else value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0), tzinfo=zone)
    raise ValueError(value)


def import_ics(db: Database, data: bytes) -> IcsImportResult:
    """Create bookings from the events in *data*; all of them, or none.

    An event names its asset with X-PARTAGE-ASSET (or LOCATION) and its member with
    X-PARTAGE-MEMBER; an event with an RRULE becomes a series, with its EXDATEs left out.

    Raises:
        UsageError: not an iCalendar file, or an event without a known asset or member.
        BookingConflict: an event overlaps a booking already there.
    """
    zone = database_zone(db)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError):
        raise _bad_file(
            QT_TRANSLATE_NOOP("errors", "This file is not an iCalendar (.ics) file.")
        ) from None
    if calendar.name != "VCALENDAR":
        raise _bad_file(QT_TRANSLATE_NOOP("errors", "This file is not an iCalendar (.ics) file."))
    events = [c for c in calendar.walk("VEVENT") if "RECURRENCE-ID" not in c]
    overrides = [c for c in calendar.walk("VEVENT") if "RECURRENCE-ID" in c]

    def operation(session: Session) -> IcsImportResult:
        assets = {name_key(a.name): a for a in session.scalars(select(Asset))}
        members = {name_key(m.name): m for m in session.scalars(select(Member))}
        created = 0
        moved: dict[tuple[str, dt.datetime], icalendar.Component] = {}
        for override in overrides:
            try:
                origin = _moment(override.decoded("RECURRENCE-ID"), zone).astimezone(dt.UTC)
                _moment(override.decoded("DTSTART"), zone)
                _moment(override.decoded("DTEND"), zone)
            except (KeyError, ValueError, TypeError):
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event “{event}” has no valid start and end. Nothing was imported.",
                    ),
                    event=str(override.get("SUMMARY", "")),
                ) from None
            moved[(str(override.get("UID")), origin)] = override

        for number, event in enumerate(events, start=1):
            title = str(event.get("SUMMARY", "")) or str(number)
            asset_name = str(event.get(ASSET_PROPERTY) or event.get("LOCATION") or "")
            asset = assets.get(name_key(asset_name))
            if asset is None:
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Event “{event}”: no asset “{asset}”. Nothing was imported."
                    ),
                    event=title,
                    asset=asset_name,
                )
            kind = str(event.get("X-PARTAGE-KIND", BookingKind.LOAN.value))
            if kind not in (BookingKind.LOAN.value, BookingKind.BLACKOUT.value):
                kind = BookingKind.LOAN.value
            member_name = str(event.get(MEMBER_PROPERTY) or "")
            member = members.get(name_key(member_name)) if member_name else None
            if member is None and kind == BookingKind.LOAN.value:
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Event “{event}”: no member “{member}”. Nothing was imported."
                    ),
                    event=title,
                    member=member_name,
                )
            try:
                start = _moment(event.decoded("DTSTART"), zone)
                end = (
                    _moment(event.decoded("DTEND"), zone)
                    if "DTEND" in event
                    else (start + event.decoded("DURATION"))
                )
            except (KeyError, ValueError, TypeError):
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event “{event}” has no valid start and end. Nothing was imported.",
                    ),
                    event=title,
                ) from None
            note = str(event.get("DESCRIPTION", ""))
            intervals: list[tuple[dt.datetime, dt.datetime, dt.datetime | None]]
            series_id = None
            if "RRULE" in event:
                raw_rule = event["RRULE"].to_ical()
                rule = raw_rule.decode() if isinstance(raw_rule, bytes) else str(raw_rule)
                local_start = to_local(start, zone)
                duration = to_local(end, zone) - local_start
                excluded = {
                    _moment(item.dt, zone).astimezone(dt.UTC)
                    for exdate in _as_list(event.get("EXDATE"))
                    for item in exdate.dts
                }
                series = BookingSeries(
                    asset_id=asset.id,
                    member_id=member.id if member else None,
                    kind=kind,
                    rrule=rule,
                    local_start=local_start,
                    duration_minutes=int(duration.total_seconds() // 60),
                    timezone=zone.key,
                    note=note,
                )
                session.add(series)
                session.flush()
                series_id = series.id
                intervals = []
                for s, e in expand(rule, local_start, duration, zone):
                    if s in excluded:
                        continue
                    moved_to = moved.get((str(event.get("UID")), s))
                    if moved_to is not None:
                        os_ = _moment(moved_to.decoded("DTSTART"), zone).astimezone(dt.UTC)
                        oe = _moment(moved_to.decoded("DTEND"), zone).astimezone(dt.UTC)
                        intervals.append((os_, oe, s))
                    else:
                        intervals.append((s, e, s))
            else:
                intervals = [(start.astimezone(dt.UTC), end.astimezone(dt.UTC), None)]
            for s, e, _ in intervals:
                check_asset_rules(asset, s, e, kind, zone)
            if member is not None and kind == BookingKind.LOAN.value:
                check_membership(member, [(s, e) for s, e, _ in intervals], zone)
            conflicts = conflicts_for(session, asset.id, [(s, e) for s, e, _ in intervals])
            if conflicts:
                raise conflict_error(asset, conflicts, zone, len(intervals))
            rows = [
                Booking(
                    asset_id=asset.id,
                    member_id=member.id if member else None,
                    series_id=series_id,
                    occurrence_start=origin,
                    kind=kind,
                    start=s,
                    end=e,
                    status=BookingStatus.CONFIRMED.value,
                    note=note,
                    condition="",
                )
                for s, e, origin in intervals
            ]
            session.add_all(rows)
            session.flush()
            created += len(rows)
        audit.record(
            session,
            db.actor,
            "import",
            "booking",
            None,
            f"iCalendar: {len(events)} events, {created} bookings",
        )
        return IcsImportResult(events=len(events), bookings=created)

    return db.write(operation)
