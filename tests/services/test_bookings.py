"""The booking rules: half-open intervals, series across DST, check-out and check-in."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from partage.errors import RuleViolation, StaleEdit, UsageError, ValidationError
from partage.services.assets import AssetInput, add_asset, update_asset
from partage.services.bookings import (
    BookingConflict,
    BookingRequest,
    book,
    cancel,
    check_in,
    check_out,
    current_and_upcoming,
    expand,
    get_booking,
    list_bookings,
    overdue_bookings,
    preview_conflicts,
    reschedule,
)
from partage.services.members import MemberInput, add_member

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=MONTREAL)


@pytest.fixture
def van(db):
    return add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle", meter="km"))


@pytest.fixture
def anne(db):
    return add_member(db, MemberInput(name="Anne"))


@pytest.fixture
def bob(db):
    return add_member(db, MemberInput(name="Bob"))


def loan(asset, member, start, end, **extra):
    return BookingRequest(asset.id, member.id, local(start), local(end), **extra)


def test_touching_bookings_are_allowed_and_overlaps_refused(db, van, anne, bob):
    book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00"))
    book(db, loan(van, bob, "2026-03-02T12:00", "2026-03-02T15:00"))  # touches: fine
    with pytest.raises(BookingConflict) as caught:
        book(db, loan(van, bob, "2026-03-02T11:59", "2026-03-02T12:30"))
    assert "2026-03-02 09:00" in str(caught.value) and "2026-03-02 12:00" in str(caught.value)
    assert len(list_bookings(db)) == 2


def test_bookings_across_midnight(db, van, anne, bob):
    book(db, loan(van, anne, "2026-03-02T22:00", "2026-03-03T00:00"))
    book(db, loan(van, bob, "2026-03-03T00:00", "2026-03-03T02:00"))
    with pytest.raises(BookingConflict):
        book(db, loan(van, bob, "2026-03-02T23:00", "2026-03-03T01:00"))


def test_a_cancelled_booking_frees_its_slot(db, van, anne, bob):
    first = book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00")).bookings[0]
    cancel(db, first.id)
    book(db, loan(van, bob, "2026-03-02T09:00", "2026-03-02T12:00"))
    assert [b.member_id for b in list_bookings(db)] == [bob.id]


def test_a_blackout_blocks_loans(db, van, anne):
    book(
        db,
        BookingRequest(
            van.id,
            None,
            local("2026-03-02T00:00"),
            local("2026-03-04T00:00"),
            kind="blackout",
            note="Entretien annuel",
        ),
    )
    with pytest.raises(BookingConflict):
        book(db, loan(van, anne, "2026-03-03T09:00", "2026-03-03T10:00"))


def test_weekly_series_keeps_its_local_time_across_dst(db, van, anne):
    # DST starts in Montréal on 2026-03-08: 09:00 is 14:00 UTC before and 13:00 UTC after.
    result = book(
        db,
        loan(
            van, anne, "2026-03-03T09:00", "2026-03-03T11:00", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=3"
        ),
    )
    starts = [b.start for b in result.bookings]
    assert [s.astimezone(MONTREAL).strftime("%Y-%m-%d %H:%M") for s in starts] == [
        "2026-03-03 09:00",
        "2026-03-10 09:00",
        "2026-03-17 09:00",
    ]
    assert [s.hour for s in starts] == [14, 13, 13]
    assert {b.end - b.start for b in result.bookings} == {dt.timedelta(hours=2)}
    assert len({b.series_id for b in result.bookings}) == 1


def test_expansion_in_the_fall_back_week():
    pairs = expand(
        "FREQ=DAILY;UNTIL=20261102T235959",
        dt.datetime(2026, 10, 31, 1, 30),
        dt.timedelta(hours=1),
        MONTREAL,
    )
    assert [s.astimezone(MONTREAL).strftime("%d %H:%M") for s, _ in pairs] == [
        "31 01:30",
        "01 01:30",
        "02 01:30",
    ]


def test_a_conflicting_occurrence_is_reported_and_the_others_can_be_booked(db, van, anne, bob):
    book(db, loan(van, bob, "2026-03-10T10:00", "2026-03-10T10:30"))
    request = loan(
        van,
        anne,
        "2026-03-03T09:00",
        "2026-03-03T11:00",
        rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20260324",
    )
    with pytest.raises(BookingConflict) as caught:
        book(db, request)
    assert "2026-03-10" in str(caught.value)
    assert len(list_bookings(db)) == 1
    assert [c.start.astimezone(MONTREAL).day for c in preview_conflicts(db, request)] == [10]
    result = book(db, request, skip_conflicts=True)
    assert [b.start.astimezone(MONTREAL).day for b in result.bookings] == [3, 17, 24]
    assert [c.start.astimezone(MONTREAL).day for c in result.skipped] == [10]


def test_endless_or_malformed_rules_are_refused(db, van, anne):
    for rule in ("FREQ=WEEKLY;BYDAY=TU", "FREQ=SOMETIMES;COUNT=2", "FREQ=DAILY;COUNT=5000"):
        with pytest.raises(UsageError):
            book(db, loan(van, anne, "2026-03-03T09:00", "2026-03-03T10:00", rrule=rule))
    assert list_bookings(db) == []


def test_one_occurrence_moves_and_this_and_following_cancel(db, van, anne):
    result = book(
        db, loan(van, anne, "2026-03-02T18:00", "2026-03-02T19:00", rrule="FREQ=DAILY;COUNT=5")
    )
    second, third = result.bookings[1], result.bookings[2]
    moved = reschedule(
        db,
        second.id,
        local("2026-03-03T20:00"),
        local("2026-03-03T21:00"),
        expected_version=second.version,
    )
    assert moved.start == local("2026-03-03T20:00") and moved.series_id == second.series_id
    with pytest.raises(StaleEdit):
        reschedule(
            db,
            second.id,
            local("2026-03-03T08:00"),
            local("2026-03-03T09:00"),
            expected_version=second.version,
        )
    cancelled = cancel(db, third.id, following=True)
    assert len(cancelled) == 3
    assert [b.start.astimezone(MONTREAL).day for b in list_bookings(db)] == [2, 3]


def test_moving_onto_another_booking_is_refused(db, van, anne, bob):
    mine = book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T10:00")).bookings[0]
    book(db, loan(van, bob, "2026-03-02T11:00", "2026-03-02T12:00"))
    with pytest.raises(BookingConflict):
        reschedule(
            db,
            mine.id,
            local("2026-03-02T10:30"),
            local("2026-03-02T11:30"),
            expected_version=mine.version,
        )
    assert get_booking(db, mine.id).start == local("2026-03-02T09:00")


def test_check_out_and_in_with_meter_readings(db, van, anne, bob):
    first = book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00")).bookings[0]
    check_out(db, first.id, meter=12_000)
    with pytest.raises(ValidationError) as caught:
        check_in(db, first.id, meter=11_999)
    assert "lower than the last one" in str(caught.value)
    returned = check_in(db, first.id, meter=12_212, condition="Pare-brise fissuré")
    assert (returned.status, returned.return_meter, returned.condition) == (
        "returned",
        12_212,
        "Pare-brise fissuré",
    )
    second = book(db, loan(van, bob, "2026-03-03T09:00", "2026-03-03T12:00")).bookings[0]
    with pytest.raises(ValidationError):
        check_out(db, second.id, meter=12_100)
    with pytest.raises(RuleViolation):
        check_in(db, second.id)  # never checked out


def test_overdue_loans(db, van, anne):
    past = book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00")).bookings[0]
    check_out(db, past.id, meter=100)
    now = local("2026-03-02T13:00")
    assert [b.id for b in overdue_bookings(db, now)] == [past.id]
    assert get_booking(db, past.id).is_overdue(now)
    assert [b.id for b in current_and_upcoming(db, asset_id=van.id, now=now)] == [past.id]
    check_in(db, past.id, meter=150)
    assert overdue_bookings(db, now) == []


def test_asset_booking_rules(db, anne):
    room = add_asset(
        db,
        AssetInput(
            name="Salle A",
            kind="space",
            opening_hours="08:00-22:00",
            min_booking_minutes=60,
            max_booking_minutes=240,
        ),
    )
    with pytest.raises(ValidationError):
        book(db, loan(room, anne, "2026-03-02T07:00", "2026-03-02T09:00"))  # before opening
    with pytest.raises(ValidationError):
        book(db, loan(room, anne, "2026-03-02T09:00", "2026-03-02T09:30"))  # too short
    with pytest.raises(ValidationError):
        book(db, loan(room, anne, "2026-03-02T09:00", "2026-03-02T14:00"))  # too long
    with pytest.raises(ValidationError):
        book(db, loan(room, anne, "2026-03-02T10:00", "2026-03-02T09:00"))  # ends first
    book(db, loan(room, anne, "2026-03-02T20:00", "2026-03-02T22:00"))
    closed = update_asset(
        db,
        room.id,
        AssetInput(name="Salle A", kind="space", bookable=False),
        expected_version=room.version,
    )
    with pytest.raises(ValidationError):
        book(db, loan(closed, anne, "2026-03-03T10:00", "2026-03-03T11:00"))
    assert len(list_bookings(db)) == 1


def test_listing_by_range_asset_and_member(db, van, anne, bob):
    book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00"))
    book(db, loan(van, bob, "2026-03-09T09:00", "2026-03-09T12:00"))
    week = list_bookings(db, start=local("2026-03-02T00:00"), end=local("2026-03-09T00:00"))
    assert [b.member_id for b in week] == [anne.id]
    assert [b.member_id for b in list_bookings(db, member_id=bob.id)] == [bob.id]


def test_checked_out_now_names_the_loan_each_asset_is_out_on(db, van, anne):
    from partage.services.bookings import checked_out_now

    past = book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00")).bookings[0]
    assert checked_out_now(db) == {}
    check_out(db, past.id, meter=10)
    assert {asset: b.id for asset, b in checked_out_now(db).items()} == {van.id: past.id}


def test_this_and_following_occurrences_move_together_in_local_time(db, van, anne, bob):
    from partage.services.bookings import reschedule_following

    result = book(
        db,
        loan(
            van, anne, "2026-03-03T19:00", "2026-03-03T21:00", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4"
        ),
    )
    second = result.bookings[1]  # 2026-03-10, after the DST change of 03-08
    moved = reschedule_following(
        db,
        second.id,
        local("2026-03-11T18:30"),
        local("2026-03-11T21:00"),
        expected_version=second.version,
    )
    assert [b.start.astimezone(MONTREAL).strftime("%m-%d %H:%M") for b in moved] == [
        "03-11 18:30",
        "03-18 18:30",
        "03-25 18:30",
    ]
    assert {b.end - b.start for b in moved} == {dt.timedelta(hours=2, minutes=30)}
    first = get_booking(db, result.bookings[0].id)
    assert first.start == local("2026-03-03T19:00")  # earlier occurrences stay
    # A conflict with any of the occurrences refuses the whole move.
    book(db, loan(van, bob, "2026-03-19T18:00", "2026-03-19T19:00"))
    with pytest.raises(BookingConflict):
        reschedule_following(
            db,
            moved[0].id,
            local("2026-03-12T17:30"),
            local("2026-03-12T20:00"),
            expected_version=moved[0].version,
        )
    assert [b.start for b in moved] == [get_booking(db, b.id).start for b in moved]
