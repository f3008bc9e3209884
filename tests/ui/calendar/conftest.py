"""Calendar test fixtures: a small pool on a real file, and a calendar on a fixed clock."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from partage.services.assets import AssetInput, AssetRecord, add_asset
from partage.services.bookings import BookingRecord, BookingRequest, book
from partage.services.members import MemberInput, MemberRecord, add_member
from partage.ui.calendar import CalendarView
from partage.ui.calendar.layout import Mode
from partage.ui.changes import ChangeBus

ZONE = zoneinfo.ZoneInfo("America/Montreal")
TODAY = dt.date(2026, 11, 24)  # a Tuesday
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=ZONE).astimezone(dt.UTC)


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A naive wall-clock time in the database's zone."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def aware(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """The same wall-clock time as an aware UTC moment."""
    return local(day, hour, minute).replace(tzinfo=ZONE).astimezone(dt.UTC)


@dataclass
class Pool:
    """What the tests book: three assets and two members."""

    van: AssetRecord
    drill: AssetRecord
    room: AssetRecord
    alice: MemberRecord
    bob: MemberRecord


@pytest.fixture
def pool(db) -> Pool:
    van = add_asset(db, AssetInput(name="Van", kind="vehicle", category="Vehicles",
                                   meter="km"))
    drill = add_asset(db, AssetInput(name="Drill", kind="equipment", category="Tools"))
    room = add_asset(db, AssetInput(name="Meeting room", kind="space", category="Rooms"))
    alice = add_member(db, MemberInput(name="Alice Tremblay"))
    bob = add_member(db, MemberInput(name="Bob Gagnon"))
    return Pool(van, drill, room, alice, bob)


def make_booking(db, asset: AssetRecord, member: MemberRecord | None, day: dt.date,
                 start_hour: int, end_hour: int, *, kind: str = "loan",
                 rrule: str | None = None, end_day: dt.date | None = None) -> BookingRecord:
    """Book *asset* through the service, [start_hour, end_hour) local time on *day*."""
    result = book(db, BookingRequest(
        asset_id=asset.id, member_id=member.id if member else None,
        start=aware(day, start_hour), end=aware(end_day or day, end_hour), kind=kind,
        rrule=rrule))
    return result.bookings[0]


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus, pool: Pool) -> CalendarView:
    widget = CalendarView(db, bus)
    widget.clock = lambda: NOW
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.go_to(TODAY)
    widget.set_mode(Mode.WEEK)
    return widget
