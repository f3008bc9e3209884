"""The Dashboard's share of time out on loan is of the time lived, not of the whole
period: in December, "this year" has not had its last weeks yet."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from partage.services import dashboard
from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import BookingRequest, book
from partage.services.members import MemberInput, add_member

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), MONTREAL)


@pytest.fixture
def year_of_loans(db):
    anne = add_member(db, MemberInput(name="Anne Roy", joined=dt.date(2025, 1, 1)))
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle"))
    drill = add_asset(db, AssetInput(name="Perceuse"))
    # The van out every day from January 1 to the end of December 7.
    book(db, BookingRequest(van.id, anne.id, at(dt.date(2026, 1, 1)), at(dt.date(2026, 12, 8))))
    # The drill booked for later this month only.
    book(db, BookingRequest(drill.id, anne.id, at(dt.date(2026, 12, 20)),
                            at(dt.date(2026, 12, 22))))
    return van.id, drill.id


def test_an_asset_out_every_day_so_far_this_year_is_out_all_the_time(db, year_of_loans):
    van, drill = year_of_loans
    found = dashboard.figures(db, *YEAR, members=False, as_of=dt.date(2026, 12, 7))
    assert found.utilisation[van] == pytest.approx(1.0)
    assert found.utilisation.get(drill, 0.0) == 0.0  # not used yet


def test_a_period_over_by_then_counts_whole(db, year_of_loans):
    van, _drill = year_of_loans
    found = dashboard.figures(db, *YEAR, members=False, as_of=dt.date(2027, 1, 15))
    assert found.utilisation[van] == pytest.approx(341 / 365)


def test_a_period_not_begun_shows_no_use(db, year_of_loans):
    found = dashboard.figures(db, *YEAR, members=False, as_of=dt.date(2025, 12, 31))
    assert found.utilisation == {}
