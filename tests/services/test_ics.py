"""iCalendar export and import, checked against an independent expansion."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar
import pytest
import recurring_ical_events

from partage.errors import UsageError, ValidationError
from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import (
    BookingConflict,
    BookingRequest,
    book,
    cancel,
    list_bookings,
    reschedule,
)
from partage.services.ics import export_ics, import_ics
from partage.services.members import MemberInput, add_member
from partage.services.workspace import OrganisationSettings, create_workspace

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=MONTREAL)


@pytest.fixture
def room(db):
    return add_asset(db, AssetInput(name="Salle de répétition A", kind="space"))


@pytest.fixture
def anne(db):
    return add_member(db, MemberInput(name="Théâtre de la Petite Marée", kind="organisation"))


def independent_expansion(data: bytes) -> list[tuple[dt.datetime, dt.datetime]]:
    calendar = icalendar.Calendar.from_ical(data)
    events = recurring_ical_events.of(calendar).between(dt.date(2026, 1, 1), dt.date(2028, 1, 1))
    return sorted(
        (e["DTSTART"].dt.astimezone(dt.UTC), e["DTEND"].dt.astimezone(dt.UTC)) for e in events
    )


def partage_intervals(db) -> list[tuple[dt.datetime, dt.datetime]]:
    return sorted((b.start, b.end) for b in list_bookings(db))


def test_a_series_with_cancellations_and_a_move_exports_the_same_dates(db, room, anne):
    # Weekly on Tuesdays across both DST changes, one occurrence cancelled, one moved.
    result = book(
        db,
        BookingRequest(
            room.id,
            anne.id,
            local("2026-02-24T19:00"),
            local("2026-02-24T22:00"),
            rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130",
        ),
    )
    occurrences = result.bookings
    cancel(db, occurrences[3].id)
    moved = occurrences[5]
    reschedule(
        db,
        moved.id,
        local("2026-03-31T18:00"),
        local("2026-03-31T21:30"),
        expected_version=moved.version,
    )
    book(db, BookingRequest(room.id, anne.id, local("2026-12-05T10:00"), local("2026-12-05T16:00")))

    data = export_ics(db)
    assert independent_expansion(data) == partage_intervals(db)
    calendar = icalendar.Calendar.from_ical(data)
    masters = [e for e in calendar.walk("VEVENT") if "RRULE" in e]
    assert len(masters) == 1 and "EXDATE" in masters[0]
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "America/Montreal"


def test_following_cancelled_become_exdates(db, room, anne):
    result = book(
        db,
        BookingRequest(
            room.id,
            anne.id,
            local("2026-10-26T09:00"),
            local("2026-10-26T10:00"),
            rrule="FREQ=DAILY;COUNT=10",
        ),
    )
    cancel(db, result.bookings[6].id, following=True)
    assert independent_expansion(export_ics(db)) == partage_intervals(db)
    assert len(partage_intervals(db)) == 6


def test_export_of_one_asset_only(db, room, anne):
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle"))
    book(db, BookingRequest(room.id, anne.id, local("2026-03-02T09:00"), local("2026-03-02T10:00")))
    book(db, BookingRequest(van.id, anne.id, local("2026-03-02T09:00"), local("2026-03-02T10:00")))
    events = icalendar.Calendar.from_ical(export_ics(db, asset_id=van.id)).walk("VEVENT")
    assert [str(e["LOCATION"]) for e in events] == ["Fourgonnette"]


def test_an_export_imports_into_another_database_with_the_same_dates(db, room, anne, tmp_path):
    book(
        db,
        BookingRequest(
            room.id,
            anne.id,
            local("2026-03-03T09:00"),
            local("2026-03-03T11:00"),
            rrule="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8",
            note="Répétitions",
        ),
    )
    first = list_bookings(db)
    cancel(db, first[2].id)
    data = export_ics(db)

    other = create_workspace(tmp_path / "other.partage", OrganisationSettings())
    try:
        add_asset(other, AssetInput(name="salle de répétition a", kind="space"))
        add_member(other, MemberInput(name="Théâtre de la Petite Marée"))
        result = import_ics(other, data)
        assert (result.events, result.bookings) == (1, 7)
        assert partage_intervals(other) == partage_intervals(db)
        assert {b.note for b in list_bookings(other)} == {"Répétitions"}
        with pytest.raises(BookingConflict):
            import_ics(other, data)  # the same events again: all refused
        assert len(list_bookings(other)) == 7
    finally:
        other.close()


def test_an_unknown_asset_or_member_imports_nothing(db, room, anne, tmp_path):
    book(db, BookingRequest(room.id, anne.id, local("2026-03-03T09:00"), local("2026-03-03T11:00")))
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle"))
    book(db, BookingRequest(van.id, anne.id, local("2026-03-04T09:00"), local("2026-03-04T11:00")))
    data = export_ics(db)
    other = create_workspace(tmp_path / "other.partage", OrganisationSettings())
    try:
        add_asset(other, AssetInput(name="Salle de répétition A", kind="space"))
        add_member(other, MemberInput(name="Théâtre de la Petite Marée"))
        with pytest.raises(UsageError) as caught:
            import_ics(other, data)
        assert "Fourgonnette" in str(caught.value)
        assert list_bookings(other) == []
    finally:
        other.close()


def test_garbage_is_not_a_calendar(db):
    with pytest.raises(UsageError):
        import_ics(db, b"\x00\x01 this is not a calendar")
    assert list_bookings(db) == []


def test_an_event_outside_the_members_membership_imports_nothing(db, room, anne, tmp_path):
    """A calendar naming a member for a day after they left is refused whole."""
    book(db, BookingRequest(room.id, anne.id, local("2026-03-03T09:00"), local("2026-03-03T11:00")))
    data = export_ics(db)
    other = create_workspace(tmp_path / "other.partage", OrganisationSettings())
    try:
        add_asset(other, AssetInput(name="Salle de répétition A", kind="space"))
        add_member(other, MemberInput(name=anne.name, left=dt.date(2026, 2, 28)))
        with pytest.raises(ValidationError) as caught:
            import_ics(other, data)
        assert "2026-02-28" in caught.value.message.format(**caught.value.params)
        assert list_bookings(other) == []
    finally:
        other.close()


def _one_event(*lines: str) -> bytes:
    body = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//EN",
            "BEGIN:VEVENT",
            "UID:r1@test",
            "SUMMARY:Répétition",
            "X-PARTAGE-ASSET:Salle de répétition A",
            "X-PARTAGE-MEMBER:Théâtre de la Petite Marée",
            *lines,
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    return body.encode()


def test_an_event_whose_occurrences_overlap_imports_nothing(db, room, anne):
    from partage.services.bookings import OverlappingOccurrences

    data = _one_event(
        "DTSTART:20270105T100000", "DTEND:20270105T130000", "RRULE:FREQ=HOURLY;COUNT=3"
    )
    with pytest.raises(OverlappingOccurrences) as refused:
        import_ics(db, data)
    assert "Répétition" in str(refused.value) and "2027-01-05 11:00" in str(refused.value)
    assert list_bookings(db) == []


def test_a_rule_of_the_asset_names_the_event_it_refused(db, room, anne):
    from partage.services.ics import refused_event

    data = _one_event("DTSTART:20270105T100000", "DURATION:-PT1H")
    with pytest.raises(ValidationError) as refused:
        import_ics(db, data)
    assert refused_event(refused.value) == "Répétition"
    assert list_bookings(db) == []
