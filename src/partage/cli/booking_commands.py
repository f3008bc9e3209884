"""``book``, ``bookings``, ``cancel``, ``checkout`` and ``checkin``.

A loan outside its member's membership, or a meter reading not plausible for the loan,
is refused with exit code 3 (``checkin --force`` records such a reading anyway).

Date-times are typed as wall-clock times in the database's time zone and printed the same
way; JSON carries them in ISO 8601 with that zone's offset (``2026-03-10T09:00:00-04:00``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    emit_json,
    format_day,
    local_text,
    locale,
    open_database,
    print_table,
    say,
)
from partage.cli.options import add_command, add_json_option, parse_day_range, whole_number
from partage.errors import QT_TRANSLATE_NOOP, UsageError

if TYPE_CHECKING:
    import zoneinfo

    from partage.services.bookings import BookingRecord, BookingResult, Conflict
    from partage.storage import Database

# The same lists as models.bookings; kept here so that building the parser does not
# import the database layer (a test checks they agree).
BOOKING_STATUSES = ["requested", "confirmed", "checked_out", "returned", "cancelled"]
NEW_BOOKING_STATUSES = ["requested", "confirmed"]
NO_MEMBER = "-"

# As services.bookings.MAX_METER_READING (not imported: building the parser stays light;
# a test checks they agree).
LARGEST_METER_READING = 99_999_999


def status_label(status: str) -> str:
    """A booking status in the language in use."""
    labels = {
        "requested": QCoreApplication.translate("cli", "requested"),
        "confirmed": QCoreApplication.translate("cli", "confirmed"),
        "checked_out": QCoreApplication.translate("cli", "checked out"),
        "returned": QCoreApplication.translate("cli", "returned"),
        "cancelled": QCoreApplication.translate("cli", "cancelled"),
    }
    return labels.get(status, status)


def register(commands: Any) -> None:
    """Add the booking commands to the top-level *commands*."""
    booking = add_command(
        commands,
        "book",
        help=QCoreApplication.translate(
            "cli", "book an asset for a member, once or as a recurring series"
        ),
        handler=run_book,
    )
    booking.add_argument(
        "asset",
        metavar="ASSET",
        help=QCoreApplication.translate("cli", "the asset's id or exact name"),
    )
    booking.add_argument(
        "member",
        metavar="MEMBER",
        nargs="?",
        help=QCoreApplication.translate(
            "cli", "the member's id or exact name; left out (or -) with --blackout"
        ),
    )
    booking.add_argument(
        "start",
        metavar="START",
        help=QCoreApplication.translate(
            "cli", "start, YYYY-MM-DDTHH:MM in the database's time zone"
        ),
    )
    booking.add_argument(
        "end",
        metavar="END",
        help=QCoreApplication.translate(
            "cli", "end, YYYY-MM-DDTHH:MM in the database's time zone (not included)"
        ),
    )
    booking.add_argument(
        "--rrule",
        metavar="RRULE",
        help=QCoreApplication.translate(
            "cli",
            "repeat as an RFC 5545 rule with an end, such as FREQ=WEEKLY;BYDAY=TU;COUNT=4; "
            "every occurrence keeps the local time of START",
        ),
    )
    booking.add_argument(
        "--skip-conflicts",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "for a series, book the free dates and skip those already booked"
        ),
    )
    booking.add_argument(
        "--blackout",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "close the asset (maintenance, closure) instead of lending it; no member"
        ),
    )
    booking.add_argument(
        "--status",
        choices=NEW_BOOKING_STATUSES,
        default="confirmed",
        help=QCoreApplication.translate("cli", "confirmed (default) or requested"),
    )
    booking.add_argument(
        "--note", metavar="TEXT", default="", help=QCoreApplication.translate("cli", "a note")
    )
    add_json_option(booking)

    listing = add_command(
        commands,
        "bookings",
        help=QCoreApplication.translate("cli", "list the bookings, oldest first"),
        handler=run_list,
    )
    listing.add_argument(
        "--asset",
        metavar="A",
        help=QCoreApplication.translate("cli", "only this asset (id or exact name)"),
    )
    listing.add_argument(
        "--member",
        metavar="M",
        help=QCoreApplication.translate("cli", "only this member (id or exact name)"),
    )
    listing.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "only bookings on or after this day, YYYY-MM-DD"),
    )
    listing.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "only bookings on or before this day (included), YYYY-MM-DD"
        ),
    )
    listing.add_argument(
        "--cancelled",
        action="store_true",
        help=QCoreApplication.translate("cli", "include cancelled bookings"),
    )
    add_json_option(listing)

    cancelling = add_command(
        commands,
        "cancel",
        help=QCoreApplication.translate("cli", "cancel a booking that is not checked out"),
        handler=run_cancel,
    )
    _booking_argument(cancelling)
    cancelling.add_argument(
        "--following",
        action="store_true",
        help=QCoreApplication.translate("cli", "also cancel the later occurrences of its series"),
    )
    add_json_option(cancelling)

    checkout = add_command(
        commands,
        "checkout",
        help=QCoreApplication.translate("cli", "hand the asset of a booking over"),
        handler=run_checkout,
    )
    _booking_argument(checkout)
    _meter_option(checkout)
    add_json_option(checkout)

    checkin = add_command(
        commands,
        "checkin",
        help=QCoreApplication.translate("cli", "take the asset of a checked-out booking back"),
        handler=run_checkin,
    )
    _booking_argument(checkin)
    _meter_option(checkin)
    checkin.add_argument(
        "--condition",
        metavar="TEXT",
        default="",
        help=QCoreApplication.translate("cli", "the state the asset came back in"),
    )
    checkin.add_argument(
        "--force",
        action="store_true",
        help=QCoreApplication.translate(
            "cli",
            "record a meter reading that means more use than the loan allows "
            "(the audit log says so)",
        ),
    )
    add_json_option(checkin)


def _booking_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "booking",
        metavar="BOOKING",
        help=QCoreApplication.translate(
            "cli", "the booking's number (the ID column of partage-cli bookings)"
        ),
    )


def _meter_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--meter",
        metavar="N",
        help=QCoreApplication.translate("cli", "the meter reading, a whole number of km or hours"),
    )


# --- reading the command line ---------------------------------------------------------


def booking_number(text: str) -> int:
    """The booking id typed as BOOKING.

    Raises:
        UsageError: not a whole number.
    """
    number = whole_number(text)
    if number is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not a booking number. The numbers are in the ID column "
                "of partage-cli bookings.",
            ),
            text=text,
        )
    return number


def meter_reading(text: str | None) -> int | None:
    """The ``--meter`` value as a whole number, or None when the option is not given.

    Raises:
        UsageError: a fraction, a negative number, not a number, or more than the
            largest reading a meter shows.
    """
    if text is None:
        return None
    reading = whole_number(text, LARGEST_METER_READING)
    if reading is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not a meter reading. Write a whole number of km or hours, "
                "for example 12345.",
            ),
            text=text,
        )
    return reading


def _member_reference(args: argparse.Namespace) -> str | None:
    """The MEMBER typed, or None for a blackout (which is for nobody)."""
    member = None if args.member in (None, NO_MEMBER) else args.member
    if args.blackout and member is not None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "A blackout is for no member: leave MEMBER out, or write -."
            )
        )
    if not args.blackout and member is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give ASSET MEMBER START END: only a blackout (--blackout) has no member.",
            )
        )
    return member


def _midnight(day: dt.date, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The moment *day* begins on the database's clocks, in UTC."""
    from partage.services.timezones import to_utc

    return to_utc(dt.datetime.combine(day, dt.time(0)), zone)


# --- writing the results --------------------------------------------------------------


def _iso(moment: dt.datetime | None, zone: zoneinfo.ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat()


def booking_json(
    booking: BookingRecord, zone: zoneinfo.ZoneInfo, now: dt.datetime
) -> dict[str, Any]:
    """A booking as in ``bookings --json`` (CLI.md), times in the database's zone."""
    return {
        "id": booking.id,
        "asset_id": booking.asset_id,
        "member_id": booking.member_id,
        "start": _iso(booking.start, zone),
        "end": _iso(booking.end, zone),
        "status": booking.status,
        "series_id": booking.series_id,
        "kind": booking.kind,
        "note": booking.note,
        "overdue": booking.is_overdue(now),
        "checked_out_at": _iso(booking.checked_out_at, zone),
        "checkout_meter": booking.checkout_meter,
        "returned_at": _iso(booking.returned_at, zone),
        "return_meter": booking.return_meter,
        "condition": booking.condition,
        "version": booking.version,
    }


def _conflict_json(conflict: Conflict, zone: zoneinfo.ZoneInfo) -> dict[str, Any]:
    return {
        "start": _iso(conflict.start, zone),
        "end": _iso(conflict.end, zone),
        "existing_id": conflict.existing_id,
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- commands -------------------------------------------------------------------------


def run_book(args: argparse.Namespace) -> int:
    """Book an asset once, or as a series of occurrences."""
    from partage.services.assets import find_asset
    from partage.services.bookings import BookingRequest, book
    from partage.services.members import find_member
    from partage.services.timezones import database_zone, parse_local_datetime

    # Everything that needs no database is read first: a mistake leaves the file untouched.
    member_ref = _member_reference(args)
    start = parse_local_datetime(args.start)
    end = parse_local_datetime(args.end)
    with open_database(args) as db:
        zone = database_zone(db)
        asset = find_asset(db, args.asset)
        member = None if member_ref is None else find_member(db, member_ref)
        request = BookingRequest(
            asset_id=asset.id,
            member_id=None if member is None else member.id,
            start=start.replace(tzinfo=zone),
            end=end.replace(tzinfo=zone),
            note=args.note,
            kind="blackout" if args.blackout else "loan",
            status=args.status,
            rrule=args.rrule,
        )
        result = book(db, request, skip_conflicts=args.skip_conflicts)
    if args.json:
        emit_json(
            {
                "bookings": [booking_json(b, zone, _now()) for b in result.bookings],
                "skipped": [_conflict_json(c, zone) for c in result.skipped],
                "series_id": result.series_id,
            }
        )
    _say_booked(result, asset.name, None if member is None else member.name, zone)
    return 0


def _say_booked(
    result: BookingResult, asset: str, member: str | None, zone: zoneinfo.ZoneInfo
) -> None:
    loc = locale()
    if result.series_id is None:
        (booking,) = result.bookings
        if member is None:
            message = QCoreApplication.translate(
                "cli", "“{asset}” is closed from {start} to {end} (booking {id})."
            )
        else:
            message = QCoreApplication.translate(
                "cli", "Booked “{asset}” for {member} from {start} to {end} (booking {id})."
            )
        say(
            message.format(
                asset=asset,
                member=member,
                start=local_text(booking.start, zone, loc),
                end=local_text(booking.end, zone, loc),
                id=booking.id,
            )
        )
    elif result.bookings:
        say(
            QCoreApplication.translate(
                "cli",
                "Booked “{asset}” {count} time(s), from {first} to {last} (series {series}).",
            ).format(
                asset=asset,
                count=len(result.bookings),
                first=local_text(result.bookings[0].start, zone, loc),
                last=local_text(result.bookings[-1].end, zone, loc),
                series=result.series_id,
            )
        )
    if result.skipped:
        dates = ", ".join(format_day(c.start, zone, loc) for c in result.skipped)
        say(
            QCoreApplication.translate(
                "cli", "Skipped {count} date(s) when “{asset}” was already booked: {dates}."
            ).format(count=len(result.skipped), asset=asset, dates=dates)
        )


def run_list(args: argparse.Namespace) -> int:
    """List bookings, optionally of one asset or member, over whole days."""
    from partage.services.assets import find_asset, list_assets
    from partage.services.bookings import list_bookings
    from partage.services.members import find_member, list_members
    from partage.services.timezones import database_zone

    first, last = parse_day_range(args.from_date, args.to_date)
    with open_database(args) as db:
        zone = database_zone(db)
        asset_ids = None if args.asset is None else [find_asset(db, args.asset).id]
        member_id = None if args.member is None else find_member(db, args.member).id
        bookings = list_bookings(
            db,
            asset_ids=asset_ids,
            member_id=member_id,
            start=None if first is None else _midnight(first, zone),
            end=None if last is None else _midnight(last + dt.timedelta(days=1), zone),
            include_cancelled=args.cancelled,
        )
        assets: dict[int, str] = {}
        members: dict[int, str] = {}
        if not args.json and bookings:
            assets = {a.id: a.name for a in list_assets(db)}
            members = {m.id: m.name for m in list_members(db)}
    now = _now()
    if args.json:
        emit_json([booking_json(b, zone, now) for b in bookings])
        return 0
    if not bookings:
        say(QCoreApplication.translate("cli", "No bookings."))
        return 0
    loc = locale()
    overdue = QCoreApplication.translate("cli", "{status}, OVERDUE")
    closed = QCoreApplication.translate("cli", "(closed)")
    headers = [
        QCoreApplication.translate("cli", "ID"),
        QCoreApplication.translate("cli", "Asset"),
        QCoreApplication.translate("cli", "Member"),
        QCoreApplication.translate("cli", "Start"),
        QCoreApplication.translate("cli", "End"),
        QCoreApplication.translate("cli", "Status"),
        QCoreApplication.translate("cli", "Note"),
    ]
    rows = []
    for b in bookings:
        status = status_label(b.status)
        rows.append(
            [
                str(b.id),
                assets.get(b.asset_id, str(b.asset_id)),
                closed if b.member_id is None else members.get(b.member_id, str(b.member_id)),
                local_text(b.start, zone, loc),
                local_text(b.end, zone, loc),
                overdue.format(status=status) if b.is_overdue(now) else status,
                b.note,
            ]
        )
    print_table(headers, rows, right={0})
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    """Cancel a booking, or it and the later occurrences of its series."""
    from partage.services.bookings import cancel

    booking_id = booking_number(args.booking)
    with open_database(args) as db:
        cancelled = cancel(db, booking_id, following=args.following)
    if args.json:
        emit_json({"cancelled": cancelled})
    say(
        QCoreApplication.translate("cli", "Cancelled {count} booking(s): {ids}.").format(
            count=len(cancelled), ids=", ".join(str(i) for i in cancelled)
        )
    )
    return 0


def _report_handover(
    db: Database, args: argparse.Namespace, booking: BookingRecord, message: str
) -> None:
    from partage.services.assets import get_asset
    from partage.services.timezones import database_zone

    if args.json:
        emit_json(booking_json(booking, database_zone(db), _now()))
    say(message.format(id=booking.id, asset=get_asset(db, booking.asset_id).name))


def run_checkout(args: argparse.Namespace) -> int:
    """Hand an asset over, with its meter reading."""
    from partage.services.bookings import check_out

    booking_id = booking_number(args.booking)
    meter = meter_reading(args.meter)
    with open_database(args) as db:
        booking = check_out(db, booking_id, meter=meter)
        _report_handover(
            db,
            args,
            booking,
            QCoreApplication.translate("cli", "Checked out booking {id} of “{asset}”."),
        )
    return 0


def run_checkin(args: argparse.Namespace) -> int:
    """Take an asset back, with its meter reading and condition."""
    from partage.i18n import error_text
    from partage.services.bookings import ImplausibleReading, check_in

    booking_id = booking_number(args.booking)
    meter = meter_reading(args.meter)
    with open_database(args) as db:
        try:
            booking = check_in(
                db, booking_id, meter=meter, condition=args.condition, force=args.force
            )
        except ImplausibleReading as error:
            say(error_text(error))
            say(
                QCoreApplication.translate(
                    "cli", "If the reading is right, run the command again with --force."
                )
            )
            return error.exit_code
        _report_handover(
            db,
            args,
            booking,
            QCoreApplication.translate("cli", "Checked in booking {id} of “{asset}”."),
        )
    return 0
