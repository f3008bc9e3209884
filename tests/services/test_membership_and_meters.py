"""Guard rails of the loan desk: membership dates bind every loan, and a check-in meter
reading must be plausible for the loan unless forced.

The database is in America/Montreal; membership dates are compared with the booking's
days on that clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo

import pytest

from partage.errors import RuleViolation, ValidationError
from partage.services import audit
from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import (
    MAX_AVERAGE_KMH,
    MAX_METER_READING,
    BookingRequest,
    ImplausibleReading,
    OutsideMembership,
    book,
    cancel,
    check_in,
    check_out,
    get_booking,
    list_bookings,
    list_series,
    loan_length_text,
    reschedule,
    reschedule_following,
    starting_meter_reading,
)
from partage.services.members import MemberInput, add_member, get_member, update_member

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=MONTREAL)


def loan(asset, member, start, end, **extra):
    return BookingRequest(asset.id, member.id, local(start), local(end), **extra)


@pytest.fixture
def van(db):
    return add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle", meter="km"))


@pytest.fixture
def mower(db):
    return add_asset(db, AssetInput(name="Tondeuse", kind="equipment", meter="hours"))


@pytest.fixture
def priya(db):
    """A member from 2022-01-10 to 2024-06-30, both days included."""
    return add_member(
        db,
        MemberInput(name="Priya Raman", joined=dt.date(2022, 1, 10), left=dt.date(2024, 6, 30)),
    )


@pytest.fixture
def anne(db):
    return add_member(db, MemberInput(name="Anne"))


def forced_checkins(db) -> list[str]:
    return [e.summary for e in audit.entries(db) if e.action == "checkin"]


# --- membership dates -------------------------------------------------------------------


def test_a_loan_after_the_member_left_is_refused_with_their_dates(db, van, priya):
    with pytest.raises(OutsideMembership) as caught:
        book(db, loan(van, priya, "2024-07-02T09:00", "2024-07-02T12:00"))

    assert isinstance(caught.value, RuleViolation) and caught.value.exit_code == 3
    assert str(caught.value) == (
        "Priya Raman left the group on 2024-06-30; a booking must end by then."
    )
    assert caught.value.field == "member"
    assert list_bookings(db, include_cancelled=True) == []


def test_a_loan_before_the_member_joined_is_refused(db, van, priya):
    with pytest.raises(OutsideMembership) as caught:
        book(db, loan(van, priya, "2022-01-09T22:00", "2022-01-10T10:00"))

    assert "Priya Raman joined the group on 2022-01-10" in str(caught.value)
    assert list_bookings(db) == []


def test_the_first_and_last_days_of_a_membership_are_bookable(db, van, priya):
    book(db, loan(van, priya, "2022-01-10T00:00", "2022-01-10T08:00"))
    # Ends at midnight: the booking's last day is still June 30.
    book(db, loan(van, priya, "2024-06-30T20:00", "2024-07-01T00:00"))

    assert len(list_bookings(db)) == 2


def test_days_are_read_on_the_database_clock_not_in_utc(db, van, priya):
    # 22:00 on June 30 in Montréal is already July 1 in UTC: still inside the membership.
    late_evening = book(db, loan(van, priya, "2024-06-30T21:00", "2024-06-30T23:30"))
    assert late_evening.bookings[0].start.date() == dt.date(2024, 7, 1)  # stored in UTC

    # One minute past midnight, Montréal time, is outside it.
    with pytest.raises(OutsideMembership):
        book(db, loan(van, priya, "2024-06-30T23:30", "2024-07-01T00:01"))


def test_every_occurrence_of_a_series_must_fall_inside_the_membership(db, van, priya):
    weekly = loan(
        van, priya, "2024-06-11T09:00", "2024-06-11T10:00", rrule="FREQ=WEEKLY;COUNT=5"
    )  # June 11, 18, 25, then July 2 and 9

    for skip in (False, True):
        with pytest.raises(OutsideMembership) as caught:
            book(db, weekly, skip_conflicts=skip)
        assert str(caught.value) == (
            "Priya Raman left the group on 2024-06-30; 2 of the 5 dates come after, "
            "the first on 2024-07-02. Nothing was booked."
        )

    assert list_bookings(db, include_cancelled=True) == []
    assert list_series(db, range(1, 10)) == [], "no series row is left behind"


def test_a_blackout_has_no_member_and_no_membership(db, van, priya):
    book(
        db,
        BookingRequest(
            van.id, None, local("2030-01-01T09:00"), local("2030-01-02T09:00"), kind="blackout"
        ),
    )
    assert len(list_bookings(db)) == 1


def test_a_loan_cannot_be_moved_past_the_day_the_member_left(db, van, priya):
    booking = book(db, loan(van, priya, "2024-06-28T09:00", "2024-06-28T12:00")).bookings[0]

    with pytest.raises(OutsideMembership):
        reschedule(
            db, booking.id, local("2024-07-03T09:00"), local("2024-07-03T12:00"),
            expected_version=booking.version,
        )  # fmt: skip
    with pytest.raises(OutsideMembership):
        reschedule(
            db, booking.id, local("2024-06-28T09:00"), local("2024-07-01T12:00"),
            expected_version=booking.version,
        )  # fmt: skip

    assert get_booking(db, booking.id) == booking


def test_a_loan_cannot_be_given_to_someone_who_has_left(db, van, priya, anne):
    booking = book(db, loan(van, anne, "2025-03-03T09:00", "2025-03-03T12:00")).bookings[0]

    with pytest.raises(OutsideMembership) as caught:
        reschedule(
            db, booking.id, booking.start, booking.end, expected_version=booking.version,
            member_id=priya.id,
        )  # fmt: skip

    assert "Priya Raman left the group on 2024-06-30" in str(caught.value)
    assert get_booking(db, booking.id).member_id == anne.id


def test_a_date_of_leaving_before_a_loan_is_refused_and_the_member_stays(db, van, anne):
    book(db, loan(van, anne, "2026-05-03T09:00", "2026-05-03T12:00"))
    book(db, loan(van, anne, "2026-05-10T22:00", "2026-05-11T01:00"))  # ends on the 11th
    member = get_member(db, anne.id)

    with pytest.raises(ValidationError) as caught:
        update_member(
            db, anne.id, dataclasses.replace(member.as_input(), left=dt.date(2026, 5, 1)),
            expected_version=member.version,
        )  # fmt: skip

    assert caught.value.field == "left"
    text = str(caught.value)
    assert "Anne has 2 booking(s) after 2026-05-01, the last on 2026-05-11" in text
    unchanged = get_member(db, anne.id)
    assert unchanged.left is None and unchanged.version == member.version
    # The last day of the last loan is still a day of membership.
    saved = update_member(
        db, anne.id, dataclasses.replace(member.as_input(), left=dt.date(2026, 5, 11)),
        expected_version=member.version,
    )  # fmt: skip
    assert saved.left == dt.date(2026, 5, 11)


def test_a_date_of_joining_after_a_loan_is_refused(db, van, anne):
    book(db, loan(van, anne, "2026-05-03T09:00", "2026-05-03T12:00"))
    member = get_member(db, anne.id)

    with pytest.raises(ValidationError) as caught:
        update_member(
            db, anne.id, dataclasses.replace(member.as_input(), joined=dt.date(2026, 6, 1)),
            expected_version=member.version,
        )  # fmt: skip

    assert caught.value.field == "joined"
    assert "the first on 2026-05-03" in str(caught.value)


def test_a_cancelled_loan_does_not_hold_the_dates(db, van, anne):
    booked = book(db, loan(van, anne, "2026-05-03T09:00", "2026-05-03T12:00")).bookings[0]
    cancel(db, booked.id)
    member = get_member(db, anne.id)
    saved = update_member(
        db, anne.id, dataclasses.replace(member.as_input(), left=dt.date(2026, 5, 1)),
        expected_version=member.version,
    )  # fmt: skip
    assert saved.left == dt.date(2026, 5, 1)


def test_a_note_can_still_be_added_to_a_loan_booked_before_the_dates_were_known(db, van, anne):
    from sqlalchemy import update

    from partage.models import Member

    booking = book(db, loan(van, anne, "2025-03-03T09:00", "2025-03-03T12:00")).bookings[0]
    # A date of leaving before the loan: editing the member refuses it now, but a file
    # kept before that rule, or an import, can hold one.
    db.write(
        lambda session: session.execute(
            update(Member).where(Member.id == anne.id).values(left=dt.date(2025, 1, 31))
        )
    )

    noted = reschedule(
        db, booking.id, booking.start, booking.end, expected_version=booking.version,
        note="Clés chez le voisin",
    )  # fmt: skip

    assert noted.note == "Clés chez le voisin"
    with pytest.raises(OutsideMembership):
        reschedule(
            db, booking.id, booking.start, booking.end + dt.timedelta(hours=1),
            expected_version=noted.version,
        )  # fmt: skip


def test_following_occurrences_cannot_move_past_the_day_the_member_left(db, van, priya):
    made = book(
        db, loan(van, priya, "2024-06-04T09:00", "2024-06-04T10:00", rrule="FREQ=WEEKLY;COUNT=3")
    ).bookings  # June 4, 11, 18
    second = made[1]

    # June 24, then July 1: the second is after she left.
    with pytest.raises(OutsideMembership):
        reschedule_following(
            db, second.id, local("2024-06-24T09:00"), local("2024-06-24T10:00"),
            expected_version=second.version,
        )  # fmt: skip

    assert [b.start for b in list_bookings(db)] == [b.start for b in made]
    moved = reschedule_following(
        db, second.id, local("2024-06-12T09:00"), local("2024-06-12T10:00"),
        expected_version=second.version,
    )  # fmt: skip
    assert [b.start for b in moved] == [local("2024-06-12T09:00"), local("2024-06-19T09:00")]


# --- meter readings -----------------------------------------------------------------------


def out_at(db, asset, member, meter, start="2026-03-02T09:00", end="2026-03-02T12:00"):
    """A loan of three hours, checked out at its start with *meter*."""
    booking = book(db, loan(asset, member, start, end)).bookings[0]
    return check_out(db, booking.id, meter=meter, at=local(start))


def test_a_km_reading_beyond_a_vehicles_speed_is_refused_and_nothing_changes(db, van, anne):
    out = out_at(db, van, anne, 10_000)
    limit = MAX_AVERAGE_KMH * 3

    with pytest.raises(ImplausibleReading) as caught:
        check_in(db, out.id, meter=10_000 + limit + 1, at=local("2026-03-02T12:00"))

    doubt = caught.value
    assert isinstance(doubt, RuleViolation) and doubt.exit_code == 3
    assert (doubt.used, doubt.limit, doubt.unit) == (limit + 1, limit, "km")
    assert (doubt.previous, doubt.loan_seconds) == (10_000, 3 * 3600)
    assert f"{limit + 1} km driven in 3 h" in str(doubt)
    assert get_booking(db, out.id) == out, "still checked out, nothing recorded"

    back = check_in(db, out.id, meter=10_000 + limit, at=local("2026-03-02T12:00"))
    assert (back.status, back.return_meter) == ("returned", 10_000 + limit)


def test_the_loan_lasts_the_longer_of_its_booked_and_its_real_time(db, van, anne):
    out = out_at(db, van, anne, 10_000)

    # Back ten hours after check-out, for a three-hour booking: 10 h at 130 km/h.
    back = check_in(db, out.id, meter=10_000 + 10 * MAX_AVERAGE_KMH, at=local("2026-03-02T19:00"))

    assert back.return_meter == 11_300


def test_a_loan_returned_early_still_lasted_its_booked_time(db, van, anne):
    out = out_at(db, van, anne, 10_000)

    back = check_in(db, out.id, meter=10_300, at=local("2026-03-02T09:05"))

    assert back.status == "returned"


def test_an_hour_meter_counts_no_more_hours_than_the_loan(db, mower, anne):
    out = out_at(db, mower, anne, 500)

    with pytest.raises(ImplausibleReading) as caught:
        check_in(db, out.id, meter=504, at=local("2026-03-02T12:00"))

    assert (caught.value.used, caught.value.limit, caught.value.unit) == (4, 3, "hours")
    assert "4 hours of use in 3 h" in str(caught.value)
    assert check_in(db, out.id, meter=503, at=local("2026-03-02T12:00")).return_meter == 503


def test_a_forced_reading_is_saved_and_the_audit_says_so(db, van, anne):
    out = out_at(db, van, anne, 10_000)

    back = check_in(db, out.id, meter=99_999_999, at=local("2026-03-02T12:00"), force=True)

    assert (back.status, back.return_meter) == ("returned", 99_999_999)
    [summary] = forced_checkins(db)
    assert "forced" in summary and "99989999 km in 3 h" in summary


def test_force_leaves_no_trace_on_a_plausible_reading(db, van, anne):
    out = out_at(db, van, anne, 10_000)

    check_in(db, out.id, meter=10_100, at=local("2026-03-02T12:00"), force=True)

    assert "forced" not in forced_checkins(db)[0]


def test_without_a_check_out_reading_the_last_reading_is_the_start(db, van, anne):
    first = out_at(db, van, anne, 10_000)
    check_in(db, first.id, meter=10_200, at=local("2026-03-02T12:00"))
    second = book(db, loan(van, anne, "2026-03-03T09:00", "2026-03-03T10:00")).bookings[0]
    out = check_out(db, second.id, at=local("2026-03-03T09:00"))

    assert starting_meter_reading(db, out.id) == 10_200
    with pytest.raises(ImplausibleReading) as caught:
        check_in(db, out.id, meter=10_200 + MAX_AVERAGE_KMH + 1, at=local("2026-03-03T10:00"))
    assert caught.value.previous == 10_200


def test_the_first_reading_of_an_asset_can_be_anything(db, van, anne):
    out = out_at(db, van, anne, None)

    assert starting_meter_reading(db, out.id) is None
    assert check_in(db, out.id, meter=250_000, at=local("2026-03-02T12:00")).return_meter == (
        250_000
    )


def test_the_reading_to_start_from(db, van, anne):
    first = out_at(db, van, anne, 10_000)
    assert starting_meter_reading(db, first.id) == 10_000, "check-in: the check-out reading"
    check_in(db, first.id, meter=10_150, at=local("2026-03-02T12:00"))
    later = book(db, loan(van, anne, "2026-03-04T09:00", "2026-03-04T10:00")).bookings[0]
    assert starting_meter_reading(db, later.id) == 10_150, "check-out: the last reading"


@pytest.mark.parametrize("reading", [-1, -5, MAX_METER_READING + 1, 2**31, 10**20])
def test_a_reading_out_of_range_is_refused_at_check_out_and_check_in(db, van, anne, reading):
    booking = book(db, loan(van, anne, "2026-03-02T09:00", "2026-03-02T12:00")).bookings[0]

    with pytest.raises(ValidationError) as caught:
        check_out(db, booking.id, meter=reading)
    assert caught.value.field == "meter" and "99999999" in str(caught.value)

    out = check_out(db, booking.id, meter=0)
    with pytest.raises(ValidationError):
        check_in(db, out.id, meter=reading, force=True)
    assert get_booking(db, out.id).status == "checked_out"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45 * 60, "45 min"), (3 * 3600, "3 h"), (3 * 3600 + 20 * 60, "3 h 20 min"), (59, "1 min")],
)
def test_loan_lengths_read_the_same_in_both_languages(seconds, text):
    assert loan_length_text(seconds) == text
