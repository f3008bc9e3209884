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
from partage.errors import QT_TRANSLATE_NOOP, PartageError, UsageError
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
    TIME_FORMAT,
    BookingConflict,
    BookingRecord,
    OverlappingOccurrences,
    SeriesRecord,
    check_asset_rules,
    check_membership,
    conflict_error,
    conflicts_for,
    expand,
    first_overlap,
    is_skipped_time,
    list_bookings,
    list_series,
    normalise_rrule,
    zone_name,
)
from partage.services.dates import FIRST_DAY, LAST_DAY
from partage.services.governance import PeriodClosed, closed_through_in
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

#: The most of an event's SUMMARY (or UID) a message quotes.
MAX_TITLE = 80
#: The most of an unreadable value a message quotes.
MAX_QUOTED = 40
#: Properties an import reads the dates of; one that cannot be read refuses the event.
DATE_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID")
#: Properties an event has once at most.
SINGLE_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")

Interval = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class IcsImportResult:
    """How many events and bookings an import created."""

    events: int
    bookings: int


@dataclass(frozen=True)
class _EventPlan:
    """What one event books, read from the file before the database is opened.

    ``occurrences`` are the bookings of the event itself, with the occurrence each one
    stands for when the event has a rule; ``extras`` are the RDATE dates, booked on their
    own (a series keeps only what its rule gives, so that an export gives it back).
    """

    event: icalendar.Component
    title: str
    rule: str | None
    local_start: dt.datetime
    duration: dt.timedelta
    occurrences: tuple[tuple[dt.datetime, dt.datetime, dt.datetime | None], ...]
    extras: tuple[Interval, ...]

    def intervals(self) -> list[Interval]:
        return [(s, e) for s, e, _ in self.occurrences] + list(self.extras)


def refused_event(error: BaseException) -> str | None:
    """The event an import refused because of *error*, when its message does not name it
    (a booking rule of the asset, a membership date, a conflict)."""
    event = getattr(error, "ics_event", None)
    return event if isinstance(event, str) else None


def _in_event(error: PartageError, title: str) -> PartageError:
    error.ics_event = title  # type: ignore[attr-defined]
    return error


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _title(event: icalendar.Component, number: int) -> str:
    for key in ("SUMMARY", "UID", "DESCRIPTION"):
        value = event.get(key)
        if isinstance(value, list):
            value = value[0] if value else ""
        text = _short(str(value or ""), MAX_TITLE)
        if text:
            return text
    return f"#{number}"


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _no_dates(title: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "Event “{event}” has no valid start and end. Nothing was imported."
        ),
        event=title,
    )


def _out_of_range(title: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Event “{event}” has dates outside those Partage works with ({first} to {last}). "
            "Nothing was imported.",
        ),
        event=title,
        first=FIRST_DAY.isoformat(),
        last=LAST_DAY.isoformat(),
    )


def _check_readable(event: icalendar.Component, title: str) -> None:
    """Refuse an event whose dates or rule icalendar could not read, or that has one of
    them twice."""
    for name in DATE_PROPERTIES:
        for value in _as_list(event.get(name)):
            if isinstance(value, icalendar.vBroken):
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event “{event}”: its {property} cannot be read (“{value}”). "
                        "Nothing was imported.",
                    ),
                    event=title,
                    property=name,
                    value=_short(str(value), MAX_QUOTED),
                )
    for name in SINGLE_PROPERTIES:
        value = event.get(name)
        if isinstance(value, list):
            raise _twice(title, name, len(value))


def _twice(title: str, name: str, count: int) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Event “{event}” has {count} {property} lines; Partage reads one. "
            "Nothing was imported.",
        ),
        event=title,
        count=count,
        property=name,
    )


def _rule_of(event: icalendar.Component, title: str) -> str | None:
    """The event's one RRULE (the same rule written twice counts once)."""
    texts = []
    for value in _as_list(event.get("RRULE")):
        raw = value.to_ical() if hasattr(value, "to_ical") else str(value)
        text = raw.decode() if isinstance(raw, bytes) else str(raw)
        try:
            texts.append(normalise_rrule(text))
        except UsageError as error:
            raise _in_event(error, title) from None
    rules = sorted(set(texts))
    if len(rules) > 1:
        raise _twice(title, "RRULE", len(rules))
    return rules[0] if rules else None


def _moment(value: Any, tzid: str | None, zone: zoneinfo.ZoneInfo, title: str) -> dt.datetime:
    """A DTSTART, DTEND, EXDATE or RDATE value as an aware datetime: a floating time and
    a day in the database's zone; a time in a zone nobody knows, or one its zone skips,
    refused naming the event."""
    moment: dt.datetime
    if isinstance(value, dt.datetime):
        moment = value
        if moment.tzinfo is None:
            if tzid:
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event “{event}” is in the time zone “{zone}”, which Partage does not "
                        "know. Nothing was imported.",
                    ),
                    event=title,
                    zone=_short(tzid, MAX_QUOTED),
                )
            moment = moment.replace(tzinfo=zone)
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(0), tzinfo=zone)
    else:
        raise _no_dates(title)
    if is_skipped_time(moment):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Event “{event}”: {time} does not exist in {zone} (the clocks skip over it "
                "when they go forward). Nothing was imported.",
            ),
            event=title,
            time=moment.strftime(TIME_FORMAT),
            zone=zone_name(moment),
        )
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        raise _out_of_range(title)
    return moment


def _property_moment(
    event: icalendar.Component, name: str, zone: zoneinfo.ZoneInfo, title: str
) -> dt.datetime:
    prop = event.get(name)
    if prop is None or not hasattr(prop, "dt"):
        raise _no_dates(title)
    return _moment(prop.dt, prop.params.get("TZID"), zone, title)


def _start_and_end(
    event: icalendar.Component, zone: zoneinfo.ZoneInfo, title: str
) -> tuple[dt.datetime, dt.datetime]:
    start = _property_moment(event, "DTSTART", zone, title)
    if "DTEND" in event:
        return start, _property_moment(event, "DTEND", zone, title)
    length = getattr(event.get("DURATION"), "dt", None)
    if not isinstance(length, dt.timedelta):
        raise _no_dates(title)
    try:
        end = start + length
        end.astimezone(dt.UTC)
    except OverflowError:
        raise _out_of_range(title) from None
    if not FIRST_DAY <= end.date() <= LAST_DAY:
        raise _out_of_range(title)
    return start, end


def _listed(
    event: icalendar.Component, name: str, zone: zoneinfo.ZoneInfo, title: str
) -> list[tuple[Any, Any]]:
    """The values of every EXDATE or RDATE line: (aware moment or day, period end)."""
    values: list[tuple[Any, Any]] = []
    for prop in _as_list(event.get(name)):
        tzid = prop.params.get("TZID")
        for item in getattr(prop, "dts", []):
            value = item.dt
            if isinstance(value, tuple) and len(value) == 2:
                first = _moment(value[0], tzid, zone, title)
                second = value[1]
                if isinstance(second, dt.timedelta):
                    try:
                        second = first + second
                    except OverflowError:
                        raise _out_of_range(title) from None
                else:
                    second = _moment(second, tzid, zone, title)
                values.append((first, second))
            elif isinstance(value, dt.datetime):
                values.append((_moment(value, tzid, zone, title), None))
            elif isinstance(value, dt.date):
                values.append((value, None))
            else:
                raise _no_dates(title)
    return values


def _utc(moment: dt.datetime, title: str) -> dt.datetime:
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        raise _out_of_range(title) from None


def _read_overrides(
    overrides: list[icalendar.Component], zone: zoneinfo.ZoneInfo
) -> dict[tuple[str, dt.datetime], Interval]:
    """The moved occurrences, by (UID, the occurrence's original start in UTC)."""
    moved: dict[tuple[str, dt.datetime], Interval] = {}
    for number, override in enumerate(overrides, start=1):
        title = _title(override, number)
        _check_readable(override, title)
        origin = _utc(_property_moment(override, "RECURRENCE-ID", zone, title), title)
        start, end = _start_and_end(override, zone, title)
        moved[(str(override.get("UID")), origin)] = (_utc(start, title), _utc(end, title))
    return moved


def _plan(
    event: icalendar.Component,
    number: int,
    zone: zoneinfo.ZoneInfo,
    moved: dict[tuple[str, dt.datetime], Interval],
) -> _EventPlan:
    """Read what *event* books; refuse it (naming it) when its dates cannot be booked."""
    title = _title(event, number)
    _check_readable(event, title)
    rule = _rule_of(event, title)
    start, end = _start_and_end(event, zone, title)
    start_utc, end_utc = _utc(start, title), _utc(end, title)
    own_zone = start.tzinfo or zone
    excluded_moments: set[dt.datetime] = set()
    excluded_days: set[dt.date] = set()
    for value, _ in _listed(event, "EXDATE", zone, title):
        if isinstance(value, dt.datetime):
            excluded_moments.add(_utc(value, title))
        else:  # a day: every occurrence that starts that day, on the event's own clocks
            excluded_days.add(value)

    def excluded(moment: dt.datetime) -> bool:
        return moment in excluded_moments or moment.astimezone(own_zone).date() in excluded_days

    uid = str(event.get("UID"))
    local_start = to_local(start_utc, zone)
    duration = to_local(end_utc, zone) - local_start
    if rule is not None:
        try:
            given = expand(rule, local_start, duration, zone)
        except UsageError as error:
            raise _in_event(error, title) from None
    else:
        given = [(start_utc, end_utc)]
    occurrences = []
    for s, e in given:
        if excluded(s):
            continue
        moved_to = moved.get((uid, s))
        occurrence = moved_to if moved_to is not None else (s, e)
        occurrences.append((*occurrence, s if rule is not None else None))
    starts = {s for s, _ in given}
    extras = []
    length = end_utc - start_utc
    for value, until in _listed(event, "RDATE", zone, title):
        if isinstance(value, dt.datetime):
            first = _utc(value, title)
            last = _utc(until, title) if until is not None else first + length
        else:  # a day: at the event's own time of day
            first = _utc(
                _moment(dt.datetime.combine(value, start.timetz()), None, zone, title), title
            )
            last = first + length
        if first in starts or excluded(first):
            continue  # the rule gives it already, or an EXDATE takes it out
        starts.add(first)
        extras.append(moved.get((uid, first), (first, last)))
    plan = _EventPlan(
        event=event,
        title=title,
        rule=rule,
        local_start=local_start,
        duration=duration,
        occurrences=tuple(occurrences),
        extras=tuple(extras),
    )
    found = first_overlap(plan.intervals())
    if found is not None:
        (first, last), (later, _) = found
        raise OverlappingOccurrences(
            "end",
            QT_TRANSLATE_NOOP(
                "errors",
                "Event “{event}”: its occurrences overlap: the one from {start} to {end} is "
                "still running when the next starts, at {next}. Nothing was imported.",
            ),
            event=title,
            start=to_local(first, zone).strftime(TIME_FORMAT),
            end=to_local(last, zone).strftime(TIME_FORMAT),
            next=to_local(later, zone).strftime(TIME_FORMAT),
        )
    for first, last in plan.intervals():
        if not FIRST_DAY <= to_local(first, zone).date() <= LAST_DAY or not (
            FIRST_DAY <= to_local(last, zone).date() <= LAST_DAY
        ):
            raise _out_of_range(title)
    return plan


def _read_calendar(data: bytes) -> icalendar.Component:
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception:  # noqa: BLE001 - whatever the parser trips on, the file is not one
        calendar = None
    if calendar is None or isinstance(calendar, list) or calendar.name != "VCALENDAR":
        raise UsageError(QT_TRANSLATE_NOOP("errors", "This file is not an iCalendar (.ics) file."))
    return calendar


def import_ics(db: Database, data: bytes) -> IcsImportResult:
    """Create bookings from the events in *data*; all of them, or none.

    An event names its asset with X-PARTAGE-ASSET (or LOCATION) and its member with
    X-PARTAGE-MEMBER; an event with an RRULE becomes a series, with its EXDATEs left out
    (an EXDATE that is a day takes out every occurrence starting that day) and its
    overrides (RECURRENCE-ID) moved; each RDATE date becomes a booking of its own.

    Raises:
        UsageError: not an iCalendar file; an event without a known asset or member,
            with dates that cannot be read, in an unknown time zone, at a time its zone
            skips, or outside the years Partage works with.
        OverlappingOccurrences: the occurrences of an event overlap each other.
        PeriodClosed: an event is dated in the closed books.
        BookingConflict: an event overlaps a booking already there, or another event of
            the file.
        ValidationError: an event breaks a booking rule of its asset or its member's
            membership dates (``refused_event`` names the event).
    """
    zone = database_zone(db)
    calendar = _read_calendar(data)
    components = calendar.walk("VEVENT")
    try:
        events = [c for c in components if "RECURRENCE-ID" not in c]
        moved = _read_overrides([c for c in components if "RECURRENCE-ID" in c], zone)
        plans = [_plan(event, number, zone, moved) for number, event in enumerate(events, 1)]
    except RecursionError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "This file is not an iCalendar (.ics) file.")
        ) from None

    def operation(session: Session) -> IcsImportResult:
        assets = {name_key(a.name): a for a in session.scalars(select(Asset))}
        members = {name_key(m.name): m for m in session.scalars(select(Member))}
        closed = closed_through_in(session)
        created = 0
        booked: dict[int, list[tuple[dt.datetime, dt.datetime, str]]] = defaultdict(list)
        for plan in plans:
            created += _book_event(session, plan, assets, members, closed, booked, zone)
        audit.record(
            session,
            db.actor,
            "import",
            "booking",
            None,
            f"iCalendar: {len(plans)} events, {created} bookings",
        )
        return IcsImportResult(events=len(plans), bookings=created)

    return db.write(operation)


def _book_event(
    session: Session,
    plan: _EventPlan,
    assets: dict[str, Asset],
    members: dict[str, Member],
    closed: dt.date | None,
    booked: dict[int, list[tuple[dt.datetime, dt.datetime, str]]],
    zone: zoneinfo.ZoneInfo,
) -> int:
    """Book one event's plan in the import's transaction; the number of bookings."""
    event, title = plan.event, plan.title
    asset_name = str(event.get(ASSET_PROPERTY) or event.get("LOCATION") or "")
    asset = assets.get(name_key(asset_name))
    if asset is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "Event “{event}”: no asset “{asset}”. Nothing was imported."
            ),
            event=title,
            asset=_short(asset_name, MAX_TITLE),
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
            member=_short(member_name, MAX_TITLE),
        )
    intervals = plan.intervals()
    if not intervals:
        return 0  # every occurrence taken out by an EXDATE: nothing to book
    first_day = min(to_local(s, zone).date() for s, _ in intervals)
    if closed is not None and first_day <= closed:
        raise PeriodClosed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Event “{event}” is dated {day}, and the books are closed through {closed}. "
                "Nothing was imported.",
            ),
            event=title,
            day=first_day.isoformat(),
            closed=closed.isoformat(),
        )
    try:
        for s, e in intervals:
            check_asset_rules(asset, s, e, kind, zone)
        if member is not None and kind == BookingKind.LOAN.value:
            check_membership(member, intervals, zone)
    except PartageError as error:
        raise _in_event(error, title) from None
    for s, e in intervals:
        for other_start, other_end, other in booked[asset.id]:
            if other_start < e and other_end > s:
                raise BookingConflict(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Events “{event}” and “{other}” both book “{asset}” at {start}. "
                        "Nothing was imported.",
                    ),
                    [],
                    event=title,
                    other=other,
                    asset=asset.name,
                    start=to_local(max(s, other_start), zone).strftime(TIME_FORMAT),
                )
    conflicts = conflicts_for(session, asset.id, intervals)
    if conflicts:
        raise _in_event(conflict_error(asset, conflicts, zone, len(intervals)), title)
    booked[asset.id].extend((s, e, title) for s, e in intervals)
    note = str(event.get("DESCRIPTION", ""))
    series_id = None
    if plan.rule is not None and plan.occurrences:
        series = BookingSeries(
            asset_id=asset.id,
            member_id=member.id if member else None,
            kind=kind,
            rrule=plan.rule,
            local_start=plan.local_start,
            duration_minutes=int(plan.duration.total_seconds() // 60),
            timezone=zone.key,
            note=note,
        )
        session.add(series)
        session.flush()
        series_id = series.id

    def row(start: dt.datetime, end: dt.datetime, origin: dt.datetime | None) -> Booking:
        return Booking(
            asset_id=asset.id,
            member_id=member.id if member else None,
            series_id=series_id if origin is not None else None,
            occurrence_start=origin,
            kind=kind,
            start=start,
            end=end,
            status=BookingStatus.CONFIRMED.value,
            note=note,
            condition="",
        )

    rows = [row(s, e, origin) for s, e, origin in plan.occurrences]
    rows += [row(s, e, None) for s, e in plan.extras]
    session.add_all(rows)
    session.flush()
    return len(rows)
