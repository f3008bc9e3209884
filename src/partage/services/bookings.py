"""Bookings: the conflict rule, membership dates, recurring series, check-out and check-in.

Two live bookings of one asset never overlap: the check and the insert run in one write
transaction (``BEGIN IMMEDIATE`` on a SQLite file, the asset row locked ``FOR UPDATE`` on
PostgreSQL), so two people booking the same slot at the same moment cannot both succeed.
Intervals are half-open, [start, end): a booking ending at 10:00 and one starting at
10:00 do not conflict.

A loan is for a member while they belong to the group: every day it covers, in the
database's time zone, falls between the member's ``joined`` and ``left`` dates (both
included). A meter reading at check-in must be plausible for the loan (see
``check_in``) unless the person insists.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NoReturn

from dateutil import rrule as dateutil_rrule
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partage.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    RuleViolation,
    StaleEdit,
    UsageError,
    ValidationError,
)
from partage.models import (
    LIVE_STATUSES,
    Asset,
    Booking,
    BookingKind,
    BookingSeries,
    BookingStatus,
    Member,
    utc_now,
)
from partage.services import audit
from partage.services.governance import check_open
from partage.services.timezones import database_zone, to_local, to_utc
from partage.storage import Database

MAX_OCCURRENCES = 1000
MAX_SERIES_YEARS = 5
TIME_FORMAT = "%Y-%m-%d %H:%M"
DATE_FORMAT = "%Y-%m-%d"

# Eight digits: more than any odometer or hour meter shows, and far inside the 32-bit
# integer columns of PostgreSQL.
MAX_METER_READING = 99_999_999
# The highest average speed a vehicle keeps over a whole loan: highway speed without a
# stop. A km reading that means more is a typing slip (an extra digit) far more often than
# a real trip, so it is refused unless the person insists.
MAX_AVERAGE_KMH = 130
SECONDS_PER_HOUR = 3600


@dataclass(frozen=True)
class BookingRecord:
    """A booking as read from the database; times are aware UTC datetimes."""

    id: int
    asset_id: int
    member_id: int | None
    series_id: int | None
    kind: str
    start: dt.datetime
    end: dt.datetime
    status: str
    note: str
    checked_out_at: dt.datetime | None
    checkout_meter: int | None
    returned_at: dt.datetime | None
    return_meter: int | None
    condition: str
    version: int
    occurrence_start: dt.datetime | None

    @property
    def is_live(self) -> bool:
        """True while the booking holds its slot."""
        return self.status in LIVE_STATUSES

    def is_overdue(self, now: dt.datetime) -> bool:
        """Checked out and not returned after its end."""
        return self.status == BookingStatus.CHECKED_OUT.value and self.end <= now


@dataclass(frozen=True)
class BookingRequest:
    """A booking to make: one interval, or the first of a series when ``rrule`` is set.

    ``start`` and ``end`` are aware datetimes; ``rrule`` is an RFC 5545 rule without
    DTSTART (``FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630``), expanded in the database's zone.
    """

    asset_id: int
    member_id: int | None
    start: dt.datetime
    end: dt.datetime
    note: str = ""
    kind: str = BookingKind.LOAN.value
    status: str = BookingStatus.CONFIRMED.value
    rrule: str | None = None


@dataclass(frozen=True)
class Conflict:
    """A requested interval that overlaps a live booking already there."""

    start: dt.datetime
    end: dt.datetime
    existing_id: int
    existing_start: dt.datetime
    existing_end: dt.datetime
    existing_member_id: int | None
    existing_kind: str


@dataclass(frozen=True)
class BookingResult:
    """What ``book`` created, and the occurrences it skipped because of conflicts."""

    bookings: tuple[BookingRecord, ...]
    skipped: tuple[Conflict, ...]
    series_id: int | None


class BookingConflict(RuleViolation):
    """The asset is already booked over (part of) the requested time."""

    def __init__(self, message: str, conflicts: Sequence[Conflict], **params: object) -> None:
        super().__init__(message, **params)
        self.conflicts = tuple(conflicts)


class TimeDoesNotExist(ValidationError):
    """A wall-clock time the clocks skip when they go forward (02:30 on a spring-forward
    night in Montréal): bad input, like an impossible date, so exit code 2."""

    exit_code = UsageError.exit_code


class OverlappingOccurrences(ValidationError):
    """Two occurrences of one series would overlap each other: the booking lasts longer
    than the time between its occurrences."""


class OutsideMembership(ValidationError):
    """A loan falls, in part, before its member joined the group or after they left."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("member", message, **params)


class ImplausibleReading(RuleViolation):
    """A meter reading means more use than the loan allows; saved only when forced.

    Attributes:
        reading: the reading given.
        previous: the reading the loan started from (at check-out, or the last before).
        used: ``reading - previous``, in the meter's unit.
        unit: ``"km"`` or ``"hours"``.
        loan_seconds: how long the loan lasted: the longer of its booked time and the time
            between check-out and check-in.
        limit: the most the meter can plausibly have advanced in that time.
    """

    def __init__(
        self,
        message: str,
        *,
        reading: int,
        previous: int,
        used: int,
        unit: str,
        loan_seconds: int,
        limit: int,
        **params: object,
    ) -> None:
        super().__init__(
            message,
            reading=reading,
            used=used,
            limit=limit,
            duration=loan_length_text(loan_seconds),
            **params,
        )
        self.reading = reading
        self.previous = previous
        self.used = used
        self.unit = unit
        self.loan_seconds = loan_seconds
        self.limit = limit


def record_of(row: Booking) -> BookingRecord:
    """The plain record of a booking row."""
    return BookingRecord(
        id=row.id,
        asset_id=row.asset_id,
        member_id=row.member_id,
        series_id=row.series_id,
        kind=row.kind,
        start=row.start,
        end=row.end,
        status=row.status,
        note=row.note,
        checked_out_at=row.checked_out_at,
        checkout_meter=row.checkout_meter,
        returned_at=row.returned_at,
        return_meter=row.return_meter,
        condition=row.condition,
        version=row.version,
        occurrence_start=row.occurrence_start,
    )


# --- recurrence -----------------------------------------------------------------------


def _bad_rule(text: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not a recurrence rule. Write it as in calendars, for example "
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630 or FREQ=DAILY;COUNT=5.",
        ),
        text=text,
    )


def normalise_rrule(text: str) -> str:
    """The rule in *text* as stored and exported: upper-case keys, a local UNTIL.

    An UNTIL given as a date means the whole of that day (RFC 5545 wants a date-time
    beside a date-time DTSTART); one given in UTC (``…Z``) is compared in wall-clock time.

    Raises:
        UsageError: empty, or without an end (UNTIL or COUNT).
    """
    body = text.strip().removeprefix("RRULE:").strip()
    if not body:
        raise _bad_rule(text)
    parts = []
    for part in body.split(";"):
        key, _, value = part.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if key == "UNTIL":
            value = value.removesuffix("Z")
            if len(value) == 8 and value.isdigit():
                value += "T235959"
        parts.append(f"{key}={value}")
    normalised = ";".join(parts)
    if "UNTIL=" not in normalised and "COUNT=" not in normalised:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "A recurring booking needs an end: an UNTIL date or a COUNT."
            )
        )
    return normalised


def parse_rule(text: str, local_start: dt.datetime) -> dateutil_rrule.rrule:
    """The rule in *text* anchored at *local_start* (naive wall-clock time).

    A rule must end (UNTIL or COUNT), and within ``MAX_SERIES_YEARS``: an endless series
    cannot be stored as rows.

    Raises:
        UsageError: malformed, endless, or too long.
    """
    normalised = normalise_rrule(text)
    try:
        rule = dateutil_rrule.rrulestr(normalised, dtstart=local_start, forceset=False)
    except (ValueError, TypeError, KeyError):
        raise _bad_rule(text) from None
    if not isinstance(rule, dateutil_rrule.rrule):
        raise _bad_rule(text)
    return rule


def expand(
    rule_text: str,
    local_start: dt.datetime,
    duration: dt.timedelta,
    zone: zoneinfo.ZoneInfo,
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The occurrences of a series as (start, end) aware UTC pairs.

    Expanded in wall-clock time, then placed in *zone*: a booking at 09:00 stays at 09:00
    local time on both sides of a DST change.
    """
    rule = parse_rule(rule_text, local_start)
    try:
        horizon = local_start + dt.timedelta(days=366 * MAX_SERIES_YEARS)
    except OverflowError:
        horizon = dt.datetime.max
    pairs = []
    for index, occurrence in enumerate(_until_the_calendar_ends(rule)):
        if index >= MAX_OCCURRENCES or occurrence > horizon:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This recurrence gives too many occurrences ({limit} and {years} years "
                    "at most). Choose an earlier end.",
                ),
                limit=MAX_OCCURRENCES,
                years=MAX_SERIES_YEARS,
            )
        try:
            start, end = to_utc(occurrence, zone), to_utc(occurrence + duration, zone)
        except OverflowError:
            raise too_far_error() from None
        if end <= start < start + duration:
            # The occurrence starts in the hour the clocks skip: RFC 5545 moves it forward
            # by the gap, so it keeps its length instead of ending before it starts.
            end = start + duration
        pairs.append((start, end))
    return pairs


def _until_the_calendar_ends(rule: dateutil_rrule.rrule) -> Iterator[dt.datetime]:
    """The occurrences of *rule*, stopped by a refusal where the next would fall past
    the year 9999 (the rule itself raises then)."""
    occurrences = iter(rule)
    while True:
        try:
            yield next(occurrences)
        except StopIteration:
            return
        except (OverflowError, ValueError):
            raise too_far_error() from None


def too_far_error() -> UsageError:
    """The refusal of dates beyond what a calendar can hold (past the year 9999)."""
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "These dates are too far in the future to be booked. Choose an earlier end."
        )
    )


def zone_name(moment: dt.datetime) -> str:
    """The name of the zone of an aware *moment* (``America/Montreal``)."""
    return str(getattr(moment.tzinfo, "key", None) or moment.tzname() or moment.tzinfo)


def is_skipped_time(moment: dt.datetime) -> bool:
    """True when the wall-clock time of aware *moment* does not exist in its own zone:
    the clocks jump over it when they go forward (2026-03-08 02:30 in America/Montreal)."""
    if moment.tzinfo is None:
        return False
    try:
        back = moment.astimezone(dt.UTC).astimezone(moment.tzinfo)
    except OverflowError:
        return False
    return back.replace(tzinfo=None) != moment.replace(tzinfo=None)


def check_time_exists(moment: dt.datetime, field: str) -> None:
    """Refuse an aware *moment* whose wall-clock time its zone skips.

    Raises:
        TimeDoesNotExist: the time does not exist (naming it and the zone); exit code 2.
    """
    if is_skipped_time(moment):
        raise TimeDoesNotExist(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "{time} does not exist in {zone}: the clocks skip over it when they go "
                "forward. Choose another time.",
            ),
            time=moment.strftime(TIME_FORMAT),
            zone=zone_name(moment),
        )


def first_overlap(
    intervals: Iterable[tuple[dt.datetime, dt.datetime]],
) -> tuple[tuple[dt.datetime, dt.datetime], tuple[dt.datetime, dt.datetime]] | None:
    """The first two of *intervals* (half-open) that overlap each other, or None."""
    ordered = sorted(intervals)
    if not ordered:
        return None
    longest = ordered[0]  # of those seen, the one that ends last
    for current in ordered[1:]:
        if current[0] < longest[1]:
            return longest, current
        if current[1] > longest[1]:
            longest = current
    return None


def check_occurrences_apart(
    intervals: Sequence[tuple[dt.datetime, dt.datetime]], zone: zoneinfo.ZoneInfo
) -> None:
    """Refuse a series whose occurrences overlap each other (one asset is booked once at
    a time, by one series as by two bookings).

    Raises:
        OverlappingOccurrences: two occurrences overlap; the message names their times.
    """
    found = first_overlap(intervals)
    if found is None:
        return
    (start, end), (later, _) = found
    raise OverlappingOccurrences(
        "end",
        QT_TRANSLATE_NOOP(
            "errors",
            "The occurrences of this recurrence overlap: the one from {start} to {end} "
            "is still running when the next starts, at {next}. Make the booking shorter "
            "than the time between occurrences. Nothing was booked.",
        ),
        start=to_local(start, zone).strftime(TIME_FORMAT),
        end=to_local(end, zone).strftime(TIME_FORMAT),
        next=to_local(later, zone).strftime(TIME_FORMAT),
    )


# --- conflicts ------------------------------------------------------------------------


def live_overlapping(
    session: Session,
    asset_id: int,
    start: dt.datetime,
    end: dt.datetime,
    exclude: Iterable[int] = (),
) -> list[Booking]:
    """Live bookings of the asset that overlap [start, end), oldest first."""
    query = (
        select(Booking)
        .where(
            Booking.asset_id == asset_id,
            Booking.status.in_(LIVE_STATUSES),
            Booking.start < end,
            Booking.end > start,
        )
        .order_by(Booking.start)
    )
    excluded = list(exclude)
    if excluded:
        query = query.where(Booking.id.not_in(excluded))
    return list(session.scalars(query))


def conflicts_for(
    session: Session,
    asset_id: int,
    intervals: Sequence[tuple[dt.datetime, dt.datetime]],
    exclude: Iterable[int] = (),
) -> list[Conflict]:
    """Every requested interval that overlaps a live booking (one query for them all)."""
    if not intervals:
        return []
    existing = live_overlapping(
        session, asset_id, min(s for s, _ in intervals), max(e for _, e in intervals), exclude
    )
    conflicts = []
    for start, end in intervals:
        for other in existing:
            if other.start < end and other.end > start:
                conflicts.append(
                    Conflict(
                        start=start,
                        end=end,
                        existing_id=other.id,
                        existing_start=other.start,
                        existing_end=other.end,
                        existing_member_id=other.member_id,
                        existing_kind=other.kind,
                    )
                )
                break
    return conflicts


def conflict_error(
    asset: Asset, conflicts: Sequence[Conflict], zone: zoneinfo.ZoneInfo, total: int
) -> BookingConflict:
    first = conflicts[0]
    start = to_local(first.existing_start, zone).strftime(TIME_FORMAT)
    end = to_local(first.existing_end, zone).strftime(TIME_FORMAT)
    if total == 1:
        return BookingConflict(
            QT_TRANSLATE_NOOP(
                "errors", "“{asset}” is already booked from {start} to {end}. Nothing was booked."
            ),
            conflicts,
            asset=asset.name,
            start=start,
            end=end,
        )
    dates = ", ".join(to_local(c.start, zone).strftime("%Y-%m-%d") for c in conflicts[:10])
    return BookingConflict(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{asset}” is already booked on {count} of the {total} dates: {dates}. "
            "Nothing was booked; you may book the other dates.",
        ),
        conflicts,
        asset=asset.name,
        count=len(conflicts),
        total=total,
        dates=dates,
    )


# --- booking rules --------------------------------------------------------------------


def parse_opening_hours(text: str) -> tuple[dt.time, dt.time] | None:
    """``"08:00-22:00"`` as (opening, closing); ``""`` means always open.

    Raises:
        UsageError: another format, or closing before opening.
    """
    value = text.strip()
    if not value:
        return None
    try:
        opening, closing = (dt.time.fromisoformat(v.strip()) for v in value.split("-"))
    except ValueError:
        opening = closing = dt.time(0)
    if closing <= opening:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not opening hours. Write them as 08:00-22:00."
            ),
            text=text,
        )
    return opening, closing


def check_asset_rules(
    asset: Asset, start: dt.datetime, end: dt.datetime, kind: str, zone: zoneinfo.ZoneInfo
) -> None:
    if end <= start:
        raise ValidationError(
            "end", QT_TRANSLATE_NOOP("errors", "A booking must end after it starts.")
        )
    if kind == BookingKind.BLACKOUT.value:
        return  # a blackout closes the asset whatever its rules say
    if not asset.bookable or asset.status != "active":
        raise ValidationError(
            "asset",
            QT_TRANSLATE_NOOP("errors", "“{asset}” cannot be booked at the moment."),
            asset=asset.name,
        )
    minutes = (end - start).total_seconds() / 60
    if asset.min_booking_minutes and minutes < asset.min_booking_minutes:
        raise ValidationError(
            "end",
            QT_TRANSLATE_NOOP("errors", "“{asset}” is booked for {minutes} minutes at least."),
            asset=asset.name,
            minutes=asset.min_booking_minutes,
        )
    if asset.max_booking_minutes and minutes > asset.max_booking_minutes:
        raise ValidationError(
            "end",
            QT_TRANSLATE_NOOP("errors", "“{asset}” is booked for {minutes} minutes at most."),
            asset=asset.name,
            minutes=asset.max_booking_minutes,
        )
    hours = parse_opening_hours(asset.opening_hours)
    if hours is not None:
        local_start, local_end = to_local(start, zone), to_local(end, zone)
        if (
            local_start.date() != local_end.date()
            or local_start.time() < hours[0]
            or local_end.time() > hours[1]
        ):
            raise ValidationError(
                "start",
                QT_TRANSLATE_NOOP(
                    "errors", "“{asset}” can only be booked between {opening} and {closing}."
                ),
                asset=asset.name,
                opening=hours[0].strftime("%H:%M"),
                closing=hours[1].strftime("%H:%M"),
            )


def _lock_asset(session: Session, asset_id: int) -> Asset:
    """The asset, locked against other bookings of it until the transaction ends."""
    asset = session.scalar(select(Asset).where(Asset.id == asset_id).with_for_update())
    if asset is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No asset “{ref}”."), ref=str(asset_id))
    return asset


def _check_member(session: Session, request: BookingRequest) -> Member | None:
    if request.kind == BookingKind.BLACKOUT.value:
        return None
    if request.member_id is None:
        raise ValidationError(
            "member", QT_TRANSLATE_NOOP("errors", "Choose who the booking is for.")
        )
    member = session.get(Member, request.member_id)
    if member is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(request.member_id)
        )
    return member


def booking_days(
    start: dt.datetime, end: dt.datetime, zone: zoneinfo.ZoneInfo
) -> tuple[dt.date, dt.date]:
    """The first and last days [start, end) covers on the database's clocks.

    The end is not included: a booking that ends at midnight ends on the day before.
    """
    first = to_local(start, zone).date()
    if end <= start:
        return first, first
    return first, to_local(end - dt.timedelta(microseconds=1), zone).date()


def check_membership(
    member: Member,
    intervals: Sequence[tuple[dt.datetime, dt.datetime]],
    zone: zoneinfo.ZoneInfo,
) -> None:
    """Refuse a loan to *member* over any of *intervals* outside their membership.

    Raises:
        OutsideMembership: an interval starts before ``member.joined`` or ends after
            ``member.left`` (both days count as membership).
    """
    days = [booking_days(start, end, zone) for start, end in intervals]
    if member.joined is not None:
        early = [first for first, _ in days if first < member.joined]
        if early:
            _refuse_membership(member, "joined", member.joined, early, len(days))
    if member.left is not None:
        late = [last for _, last in days if last > member.left]
        if late:
            _refuse_membership(member, "left", member.left, late, len(days))


def _refuse_membership(
    member: Member, edge: str, day: dt.date, outside: Sequence[dt.date], total: int
) -> NoReturn:
    params: dict[str, object] = {"member": member.name, "date": day.strftime(DATE_FORMAT)}
    if total == 1:
        if edge == "joined":
            message = QT_TRANSLATE_NOOP(
                "errors", "{member} joined the group on {date}; a booking must start then or later."
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "errors", "{member} left the group on {date}; a booking must end by then."
            )
        raise OutsideMembership(message, **params)
    params.update(count=len(outside), total=total, first=outside[0].strftime(DATE_FORMAT))
    if edge == "joined":
        message = QT_TRANSLATE_NOOP(
            "errors",
            "{member} joined the group on {date}; {count} of the {total} dates come before, "
            "the first on {first}. Nothing was booked.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "{member} left the group on {date}; {count} of the {total} dates come after, "
            "the first on {first}. Nothing was booked.",
        )
    raise OutsideMembership(message, **params)


# --- writing --------------------------------------------------------------------------


def _intervals(
    request: BookingRequest, zone: zoneinfo.ZoneInfo
) -> list[tuple[dt.datetime, dt.datetime]]:
    if request.start.tzinfo is None or request.end.tzinfo is None:
        raise ValueError("booking times must be aware datetimes")
    check_time_exists(request.start, "start")
    check_time_exists(request.end, "end")
    try:
        if request.rrule is None:
            return [(request.start.astimezone(dt.UTC), request.end.astimezone(dt.UTC))]
        local_start = to_local(request.start, zone)
        duration = to_local(request.end, zone) - local_start
    except OverflowError:
        raise too_far_error() from None
    intervals = expand(request.rrule, local_start, duration, zone)
    check_occurrences_apart(intervals, zone)
    return intervals


def preview_conflicts(db: Database, request: BookingRequest) -> list[Conflict]:
    """The conflicts *request* would meet now, for showing before saving."""
    zone = database_zone(db)
    intervals = _intervals(request, zone)
    with db.read() as session:
        return conflicts_for(session, request.asset_id, intervals)


def book(db: Database, request: BookingRequest, *, skip_conflicts: bool = False) -> BookingResult:
    """Book an asset once, or as a series of occurrences stored as rows.

    Args:
        db: the database.
        request: what to book.
        skip_conflicts: for a series, book the occurrences that are free and report the
            others in ``BookingResult.skipped``; otherwise any conflict refuses the whole
            request.

    Raises:
        BookingConflict: the slot (or an occurrence) is taken; nothing was written.
        OutsideMembership: a loan (or any occurrence) falls outside the member's
            membership; nothing was written.
        ValidationError: the asset's booking rules refuse it.
    """
    zone = database_zone(db)
    intervals = _intervals(request, zone)
    if not intervals:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "This recurrence gives no date at all."))
    note = request.note.strip()

    def operation(session: Session) -> BookingResult:
        check_open(session, *(start.astimezone(zone).date() for start, _ in intervals[:1]))
        asset = _lock_asset(session, request.asset_id)
        member = _check_member(session, request)
        for start, end in intervals:
            check_asset_rules(asset, start, end, request.kind, zone)
        if member is not None:
            check_membership(member, intervals, zone)
        conflicts = conflicts_for(session, asset.id, intervals)
        if conflicts and (not skip_conflicts or request.rrule is None):
            raise conflict_error(asset, conflicts, zone, len(intervals))
        taken = {c.start for c in conflicts}
        series_id = None
        if request.rrule is not None:
            local_start = to_local(request.start, zone)
            series = BookingSeries(
                asset_id=asset.id,
                member_id=request.member_id,
                kind=request.kind,
                rrule=normalise_rrule(request.rrule),
                local_start=local_start,
                duration_minutes=int(
                    (to_local(request.end, zone) - local_start).total_seconds() // 60
                ),
                timezone=zone.key,
                note=note,
            )
            session.add(series)
            session.flush()
            series_id = series.id
        rows = [
            Booking(
                asset_id=asset.id,
                member_id=request.member_id,
                series_id=series_id,
                occurrence_start=start if series_id else None,
                kind=request.kind,
                start=start,
                end=end,
                status=request.status,
                note=note,
                condition="",
            )
            for start, end in intervals
            if start not in taken
        ]
        session.add_all(rows)
        session.flush()
        first = to_local(intervals[0][0], zone).strftime(TIME_FORMAT)
        audit.record(
            session,
            db.actor,
            "create",
            "booking",
            rows[0].id if rows else None,
            f"{asset.name}: {len(rows)} × from {first}"
            + (f" ({request.rrule})" if series_id else ""),
        )
        return BookingResult(
            bookings=tuple(record_of(r) for r in rows),
            skipped=tuple(conflicts),
            series_id=series_id,
        )

    return db.write(operation)


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(member_id))
    return member


def _load(session: Session, booking_id: int) -> Booking:
    row = session.get(Booking, booking_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No booking “{ref}”."), ref=str(booking_id))
    return row


def _check_version(row: Booking, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else changed this booking after you opened it. "
                "Reload to see their version; your changes were not saved.",
            )
        )


_REFUSALS = {
    "moved": QT_TRANSLATE_NOOP(
        "errors", "Only a requested, confirmed or checked-out booking can be moved."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "errors",
        "Only a requested or confirmed booking can be cancelled; a checked-out loan must "
        "be checked in.",
    ),
    "checked out": QT_TRANSLATE_NOOP(
        "errors", "Only a requested or confirmed loan can be checked out."
    ),
    "checked in": QT_TRANSLATE_NOOP("errors", "Only a checked-out loan can be checked in."),
}


def _refuse_status(action: str) -> RuleViolation:
    return RuleViolation(_REFUSALS[action])


def reschedule(
    db: Database,
    booking_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    expected_version: int | None,
    note: str | None = None,
    member_id: int | None = None,
) -> BookingRecord:
    """Move or resize one booking (one occurrence of a series stays in its series).

    Raises:
        BookingConflict: the new time overlaps another live booking; nothing changed.
        OutsideMembership: the loan, moved or given to *member_id*, would fall outside
            the member's membership; nothing changed.
        StaleEdit: someone changed the booking since *expected_version*.
    """
    zone = database_zone(db)
    start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)

    def operation(session: Session) -> BookingRecord:
        row = _load(session, booking_id)
        check_open(session, row.start.astimezone(zone).date(), start.astimezone(zone).date())
        asset = _lock_asset(session, row.asset_id)
        _check_version(row, expected_version)
        if row.status not in (
            BookingStatus.REQUESTED.value,
            BookingStatus.CONFIRMED.value,
            BookingStatus.CHECKED_OUT.value,
        ):
            raise _refuse_status("moved")
        check_asset_rules(asset, start, end, row.kind, zone)
        conflicts = conflicts_for(session, asset.id, [(start, end)], exclude=[row.id])
        if conflicts:
            raise conflict_error(asset, conflicts, zone, 1)
        new_member_id = row.member_id
        if member_id is not None and row.kind == BookingKind.LOAN.value:
            new_member_id = member_id
        if new_member_id is not None and (start, end, new_member_id) != (
            row.start,
            row.end,
            row.member_id,
        ):
            # Only a move or a new member is checked: a note can still be added to a
            # booking made before the membership dates were recorded.
            check_membership(_member(session, new_member_id), [(start, end)], zone)
        before = to_local(row.start, zone).strftime(TIME_FORMAT)
        row.start, row.end = start, end
        if note is not None:
            row.note = note.strip()
        row.member_id = new_member_id
        row.updated_at = utc_now()
        session.flush()
        audit.record(
            session,
            db.actor,
            "update",
            "booking",
            row.id,
            f"{asset.name}: {before} → {to_local(start, zone).strftime(TIME_FORMAT)}",
        )
        return record_of(row)

    return db.write(operation)


def reschedule_following(
    db: Database,
    booking_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    expected_version: int | None,
    note: str | None = None,
    member_id: int | None = None,
) -> list[BookingRecord]:
    """Move this occurrence and every later one of its series the same way.

    The move is made in wall-clock time: moving Tuesday 19:00 to Wednesday 18:30 moves each
    following occurrence to the Wednesday 18:30 of its own week, across DST changes too.
    Only requested and confirmed occurrences follow; a booking outside a series is moved
    alone.

    Raises:
        BookingConflict: any moved occurrence would overlap another live booking; nothing
            changed.
        OutsideMembership: any moved occurrence would fall outside the membership of its
            member (or of *member_id*); nothing changed.
        StaleEdit: someone changed this occurrence since *expected_version*.
    """
    zone = database_zone(db)

    def operation(session: Session) -> list[BookingRecord]:
        row = _load(session, booking_id)
        check_open(session, row.start.astimezone(zone).date())
        asset = _lock_asset(session, row.asset_id)
        _check_version(row, expected_version)
        if row.status not in (BookingStatus.REQUESTED.value, BookingStatus.CONFIRMED.value):
            raise _refuse_status("moved")
        rows = [row]
        if row.series_id is not None:
            rows = list(
                session.scalars(
                    select(Booking)
                    .where(
                        Booking.series_id == row.series_id,
                        Booking.start >= row.start,
                        Booking.status.in_(
                            (BookingStatus.REQUESTED.value, BookingStatus.CONFIRMED.value)
                        ),
                    )
                    .order_by(Booking.start)
                )
            )
        shift = to_local(start, zone) - to_local(row.start, zone)
        duration = to_local(end, zone) - to_local(start, zone)
        moves = []
        for item in rows:
            local_start = to_local(item.start, zone) + shift
            moves.append((item, to_utc(local_start, zone), to_utc(local_start + duration, zone)))
        for _, new_start, new_end in moves:
            check_asset_rules(asset, new_start, new_end, row.kind, zone)
        conflicts = conflicts_for(
            session, asset.id, [(s, e) for _, s, e in moves], exclude=[r.id for r in rows]
        )
        if conflicts:
            raise conflict_error(asset, conflicts, zone, len(moves))
        new_member = member_id is not None and row.kind == BookingKind.LOAN.value
        changed: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
        for item, new_start, new_end in moves:
            owner = member_id if new_member and member_id is not None else item.member_id
            if owner is not None and (new_start, new_end, owner) != (
                item.start,
                item.end,
                item.member_id,
            ):
                changed.setdefault(owner, []).append((new_start, new_end))
        if new_member and member_id is not None:
            _member(session, member_id)  # an unknown member, even with nothing moved
        for owner, intervals in changed.items():
            check_membership(_member(session, owner), intervals, zone)
        now = utc_now()
        for item, new_start, new_end in moves:
            item.start, item.end = new_start, new_end
            if note is not None:
                item.note = note.strip()
            if member_id is not None and item.kind == BookingKind.LOAN.value:
                item.member_id = member_id
            item.updated_at = now
        session.flush()
        audit.record(
            session,
            db.actor,
            "update",
            "booking",
            row.id,
            f"{asset.name}: {len(moves)} occurrence(s) moved by {shift}",
        )
        return [record_of(item) for item, _, _ in moves]

    return db.write(operation)


def cancel(db: Database, booking_id: int, *, following: bool = False) -> list[int]:
    """Cancel a booking, or an occurrence and every later one of its series.

    Returns the ids of the bookings cancelled. A checked-out loan cannot be cancelled:
    it must be checked in.
    """

    zone = database_zone(db)

    def operation(session: Session) -> list[int]:
        row = _load(session, booking_id)
        check_open(session, row.start.astimezone(zone).date())
        if row.status not in (BookingStatus.REQUESTED.value, BookingStatus.CONFIRMED.value):
            raise _refuse_status("cancelled")
        rows = [row]
        if following and row.series_id is not None:
            rows = list(
                session.scalars(
                    select(Booking)
                    .where(
                        Booking.series_id == row.series_id,
                        Booking.start >= row.start,
                        Booking.status.in_(
                            (BookingStatus.REQUESTED.value, BookingStatus.CONFIRMED.value)
                        ),
                    )
                    .order_by(Booking.start)
                )
            )
        now = utc_now()
        for item in rows:
            item.status = BookingStatus.CANCELLED.value
            item.updated_at = now
        session.flush()
        audit.record(
            session,
            db.actor,
            "cancel",
            "booking",
            row.id,
            f"{len(rows)} booking(s)" + (" and following" if following else ""),
        )
        return [item.id for item in rows]

    return db.write(operation)


def last_meter_reading(session: Session, asset_id: int, exclude: int | None = None) -> int | None:
    """The highest meter reading recorded for the asset, at check-out or check-in."""
    query = select(func.max(Booking.checkout_meter), func.max(Booking.return_meter)).where(
        Booking.asset_id == asset_id
    )
    if exclude is not None:
        query = query.where(Booking.id != exclude)
    out, back = session.execute(query).one()
    readings = [v for v in (out, back) if v is not None]
    return max(readings) if readings else None


def _check_meter(
    session: Session, asset: Asset, row: Booking, meter: int | None, floor: int | None
) -> None:
    if meter is None:
        return
    if asset.meter == "none":
        raise ValidationError(
            "meter",
            QT_TRANSLATE_NOOP("errors", "“{asset}” has no meter to read."),
            asset=asset.name,
        )
    if not 0 <= meter <= MAX_METER_READING:
        raise ValidationError(
            "meter",
            QT_TRANSLATE_NOOP(
                "errors",
                "{reading} is not a meter reading: a reading is a whole number from 0 to "
                "{largest}.",
            ),
            reading=meter,
            largest=MAX_METER_READING,
        )
    previous = last_meter_reading(session, asset.id, exclude=row.id)
    lowest = max(v for v in (previous, floor, 0) if v is not None)
    if meter < lowest:
        raise ValidationError(
            "meter",
            QT_TRANSLATE_NOOP(
                "errors",
                "The meter reading {reading} is lower than the last one recorded ({previous}).",
            ),
            reading=meter,
            previous=lowest,
        )


def loan_length_text(seconds: int) -> str:
    """A loan's length as ``3 h``, ``3 h 20 min`` or ``45 min`` (the same in French)."""
    minutes = -(-seconds // 60)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"


def loan_seconds(row: Booking | BookingRecord, returned_at: dt.datetime) -> int:
    """How long a loan lasted, in whole seconds: the longer of its booked time and the
    time between its check-out and *returned_at*."""
    lasted = row.end - row.start
    if row.checked_out_at is not None:
        lasted = max(lasted, returned_at - row.checked_out_at)
    return max(0, lasted // dt.timedelta(seconds=1))


def plausible_meter_advance(unit: str, seconds: int) -> int | None:
    """The most a meter in *unit* can advance over a loan of *seconds*; None: no limit.

    An hour meter counts at most the loan's hours, the last one begun counting whole (the
    meter shows whole hours); an odometer at most ``MAX_AVERAGE_KMH`` for each hour.
    Integer arithmetic throughout.
    """
    if unit == "hours":
        return -(-seconds // SECONDS_PER_HOUR)
    if unit == "km":
        return MAX_AVERAGE_KMH * seconds // SECONDS_PER_HOUR
    return None


def _check_plausible(
    session: Session, asset: Asset, row: Booking, meter: int | None, returned_at: dt.datetime
) -> ImplausibleReading | None:
    """The refusal a check-in reading deserves, if it means more use than the loan allows."""
    if meter is None:
        return None
    previous = _starting_reading(session, row)
    seconds = loan_seconds(row, returned_at)
    limit = plausible_meter_advance(asset.meter, seconds)
    if previous is None or limit is None or meter - previous <= limit:
        return None
    if asset.meter == "km":
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The reading {reading} km means {used} km driven in {duration}: more than a "
            "vehicle can drive in that time ({limit} km at most, at {speed} km/h). "
            "Nothing was recorded.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The reading {reading} h means {used} hours of use in {duration}: more than the "
            "loan lasted ({limit} h at most). Nothing was recorded.",
        )
    return ImplausibleReading(
        message,
        reading=meter,
        previous=previous,
        used=meter - previous,
        unit=asset.meter,
        loan_seconds=seconds,
        limit=limit,
        speed=MAX_AVERAGE_KMH,
    )


def _starting_reading(session: Session, row: Booking) -> int | None:
    if row.checkout_meter is not None:
        return row.checkout_meter
    return last_meter_reading(session, row.asset_id, exclude=row.id)


def starting_meter_reading(db: Database, booking_id: int) -> int | None:
    """The reading a check-out or check-in of the booking starts from, to pre-fill.

    For a loan checked out, its check-out reading; otherwise (or when none was taken) the
    asset's last reading. None when the asset has no reading yet.
    """
    with db.read() as session:
        return _starting_reading(session, _load(session, booking_id))


def check_out(
    db: Database, booking_id: int, *, meter: int | None = None, at: dt.datetime | None = None
) -> BookingRecord:
    """Hand the asset over: the booking becomes checked out, with the meter reading.

    Raises:
        ValidationError: the reading is out of range (0 to ``MAX_METER_READING``) or lower
            than the last one recorded.
        RuleViolation: the booking is not a requested or confirmed loan.
    """

    def operation(session: Session) -> BookingRecord:
        row = _load(session, booking_id)
        if row.kind != BookingKind.LOAN.value or row.status not in (
            BookingStatus.REQUESTED.value,
            BookingStatus.CONFIRMED.value,
        ):
            raise _refuse_status("checked out")
        asset = session.get(Asset, row.asset_id)
        assert asset is not None
        _check_meter(session, asset, row, meter, None)
        row.status = BookingStatus.CHECKED_OUT.value
        row.checked_out_at = at or utc_now()
        row.checkout_meter = meter
        row.updated_at = utc_now()
        session.flush()
        audit.record(
            session,
            db.actor,
            "checkout",
            "booking",
            row.id,
            f"{asset.name}" + (f", meter {meter}" if meter is not None else ""),
        )
        return record_of(row)

    return db.write(operation)


def check_in(
    db: Database,
    booking_id: int,
    *,
    meter: int | None = None,
    condition: str = "",
    at: dt.datetime | None = None,
    force: bool = False,
) -> BookingRecord:
    """Take the asset back: the booking becomes returned, with meter and condition.

    A reading must be plausible for the loan, which lasted the longer of its booked time
    and the time between check-out and check-in: on an hour meter no more hours than
    that, on an odometer no more than ``MAX_AVERAGE_KMH`` km for each hour. The reading
    is compared with the one taken at check-out (or, when none was, the asset's last).

    Args:
        force: record an implausible reading anyway (the audit row says so).

    Raises:
        ImplausibleReading: the reading is not plausible and *force* is false; nothing
            was recorded.
        ValidationError: the reading is out of range or lower than the last one.
        RuleViolation: the booking is not checked out.
    """

    def operation(session: Session) -> BookingRecord:
        row = _load(session, booking_id)
        if row.status != BookingStatus.CHECKED_OUT.value:
            raise _refuse_status("checked in")
        asset = session.get(Asset, row.asset_id)
        assert asset is not None
        _check_meter(session, asset, row, meter, row.checkout_meter)
        returned_at = at or utc_now()
        implausible = _check_plausible(session, asset, row, meter, returned_at)
        if implausible is not None and not force:
            raise implausible
        row.status = BookingStatus.RETURNED.value
        row.returned_at = returned_at
        row.return_meter = meter
        row.condition = condition.strip()
        row.updated_at = utc_now()
        session.flush()
        summary = f"{asset.name}" + (f", meter {meter}" if meter is not None else "")
        if implausible is not None:
            summary += (
                f" (forced: {implausible.used} {implausible.unit} in "
                f"{loan_length_text(implausible.loan_seconds)}, "
                f"{implausible.limit} at most)"
            )
        audit.record(session, db.actor, "checkin", "booking", row.id, summary)
        return record_of(row)

    return db.write(operation)


# --- reading --------------------------------------------------------------------------


def list_bookings(
    db: Database,
    *,
    asset_ids: Sequence[int] | None = None,
    member_id: int | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    include_cancelled: bool = False,
) -> list[BookingRecord]:
    """Bookings overlapping [start, end), optionally of some assets or one member."""
    query = select(Booking).order_by(Booking.start, Booking.id)
    if asset_ids is not None:
        query = query.where(Booking.asset_id.in_(list(asset_ids)))
    if member_id is not None:
        query = query.where(Booking.member_id == member_id)
    if start is not None:
        query = query.where(Booking.end > start)
    if end is not None:
        query = query.where(Booking.start < end)
    if not include_cancelled:
        query = query.where(Booking.status != BookingStatus.CANCELLED.value)
    with db.read() as session:
        return [record_of(row) for row in session.scalars(query)]


def get_booking(db: Database, booking_id: int) -> BookingRecord:
    """One booking by id."""
    with db.read() as session:
        return record_of(_load(session, booking_id))


def overdue_bookings(db: Database, now: dt.datetime | None = None) -> list[BookingRecord]:
    """Loans checked out and not returned after their end."""
    moment = now or utc_now()
    with db.read() as session:
        rows = session.scalars(
            select(Booking)
            .where(Booking.status == BookingStatus.CHECKED_OUT.value, Booking.end <= moment)
            .order_by(Booking.end)
        )
        return [record_of(row) for row in rows]


def checked_out_now(db: Database) -> dict[int, BookingRecord]:
    """The loan each asset is out on now (checked out, overdue or not), by asset id."""
    with db.read() as session:
        rows = session.scalars(
            select(Booking)
            .where(Booking.status == BookingStatus.CHECKED_OUT.value)
            .order_by(Booking.start)
        )
        return {row.asset_id: record_of(row) for row in rows}


def current_and_upcoming(
    db: Database,
    *,
    asset_id: int | None = None,
    member_id: int | None = None,
    now: dt.datetime | None = None,
    limit: int = 20,
) -> list[BookingRecord]:
    """Live bookings of an asset or a member that are under way or still to come."""
    moment = now or utc_now()
    query = (
        select(Booking)
        .where(
            Booking.status.in_(LIVE_STATUSES),
            (Booking.end > moment) | (Booking.status == BookingStatus.CHECKED_OUT.value),
        )
        .order_by(Booking.start)
        .limit(limit)
    )
    if asset_id is not None:
        query = query.where(Booking.asset_id == asset_id)
    if member_id is not None:
        query = query.where(Booking.member_id == member_id)
    with db.read() as session:
        return [record_of(row) for row in session.scalars(query)]


@dataclass(frozen=True)
class SeriesRecord:
    """A recurring series as stored (for export)."""

    id: int
    asset_id: int
    member_id: int | None
    kind: str
    rrule: str
    local_start: dt.datetime
    duration_minutes: int
    timezone: str
    note: str


def list_series(db: Database, ids: Iterable[int]) -> list[SeriesRecord]:
    """The series with these ids."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    with db.read() as session:
        rows = session.scalars(select(BookingSeries).where(BookingSeries.id.in_(wanted)))
        return [
            SeriesRecord(
                id=r.id,
                asset_id=r.asset_id,
                member_id=r.member_id,
                kind=r.kind,
                rrule=r.rrule,
                local_start=r.local_start,
                duration_minutes=r.duration_minutes,
                timezone=r.timezone,
                note=r.note,
            )
            for r in rows
        ]
