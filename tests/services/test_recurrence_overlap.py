"""A series whose occurrences overlap each other is refused, and a time the clocks skip
is named (hostile-input issue, items 1 and 7)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import (
    BookingRequest,
    OverlappingOccurrences,
    TimeDoesNotExist,
    book,
    first_overlap,
    list_bookings,
)
from partage.services.members import MemberInput, add_member
from tests.conftest import content_digest

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=MONTREAL)


@pytest.fixture
def room(db):
    return add_asset(db, AssetInput(name="Salle A", kind="space"))


@pytest.fixture
def anne(db):
    return add_member(db, MemberInput(name="Anne"))


@pytest.mark.parametrize(
    ("end", "rule", "named"),
    [
        # three hours, every hour: the first is still running at 11:00
        ("2027-01-05T13:00", "FREQ=HOURLY;COUNT=3", "2027-01-05 11:00"),
        # two days, every day
        ("2027-01-07T10:00", "FREQ=DAILY;COUNT=2", "2027-01-06 10:00"),
    ],
)
def test_a_series_whose_occurrences_overlap_is_refused_and_nothing_is_written(
    db, db_path, room, anne, end, rule, named
):
    before = content_digest(db_path)
    request = BookingRequest(room.id, anne.id, local("2027-01-05T10:00"), local(end), rrule=rule)
    with pytest.raises(OverlappingOccurrences) as refused:
        book(db, request)
    assert refused.value.exit_code == 3
    assert refused.value.field == "end"
    assert "2027-01-05 10:00" in str(refused.value) and named in str(refused.value)
    with pytest.raises(OverlappingOccurrences):  # skipping conflicts does not help
        book(db, request, skip_conflicts=True)
    assert list_bookings(db) == []
    assert content_digest(db_path) == before


def test_occurrences_that_touch_end_to_end_are_accepted(db, room, anne):
    result = book(
        db,
        BookingRequest(
            room.id,
            anne.id,
            local("2027-01-05T10:00"),
            local("2027-01-05T11:00"),
            rrule="FREQ=HOURLY;COUNT=3",
        ),
    )
    assert len(result.bookings) == 3


@pytest.mark.parametrize(
    ("start", "end", "named"),
    [
        ("2026-03-08T02:30", "2026-03-08T03:00", "2026-03-08 02:30"),
        ("2026-03-08T01:30", "2026-03-08T02:15", "2026-03-08 02:15"),
    ],
)
def test_a_time_the_clocks_skip_is_named(db, db_path, room, anne, start, end, named):
    before = content_digest(db_path)
    with pytest.raises(TimeDoesNotExist) as refused:
        book(db, BookingRequest(room.id, anne.id, local(start), local(end)))
    assert refused.value.exit_code == 2
    assert named in str(refused.value) and "America/Montreal" in str(refused.value)
    assert "end after it starts" not in str(refused.value)
    assert content_digest(db_path) == before


def test_a_later_occurrence_in_the_skipped_hour_keeps_its_length(db, room, anne):
    """RFC 5545: an occurrence whose time does not exist moves forward by the gap."""
    result = book(
        db,
        BookingRequest(
            room.id,
            anne.id,
            local("2026-03-07T02:30"),
            local("2026-03-07T03:00"),
            rrule="FREQ=DAILY;COUNT=3",
        ),
    )
    spans = [(b.end - b.start) for b in result.bookings]
    assert all(span > dt.timedelta(0) for span in spans)
    assert result.bookings[1].start.astimezone(MONTREAL).hour == 3


moments = st.integers(min_value=0, max_value=200).map(
    lambda minutes: dt.datetime(2027, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)
)
intervals = st.lists(
    st.tuples(moments, st.integers(min_value=1, max_value=60)).map(
        lambda pair: (pair[0], pair[0] + dt.timedelta(minutes=pair[1]))
    ),
    max_size=8,
)


@given(intervals)
def test_first_overlap_finds_an_overlap_exactly_when_two_intervals_overlap(spans):
    brute = any(a[0] < b[1] and b[0] < a[1] for i, a in enumerate(spans) for b in spans[i + 1 :])
    found = first_overlap(spans)
    assert (found is not None) == brute
    if found is not None:
        (first_start, first_end), (second_start, _) = found
        assert first_start <= second_start < first_end
