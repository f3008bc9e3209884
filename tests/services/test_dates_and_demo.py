"""Dates typed by people, and the demo co-op."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from partage.errors import UsageError
from partage.services.assets import list_assets
from partage.services.dates import (
    EARLIEST_YEAR,
    FIRST_DAY,
    LAST_DAY,
    LATEST_YEAR,
    parse_date,
    parse_date_time,
    parse_optional_date,
)
from partage.services.demo import create_demo
from partage.services.members import list_members


def test_iso_dates():
    assert parse_date(" 2026-03-31 ") == dt.date(2026, 3, 31)
    assert parse_optional_date("") is None


@pytest.mark.parametrize("text", ["2026-02-30", "31/03/2026", "2026-3-31", "20260331", "hier"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(UsageError) as caught:
        parse_date(text)
    assert "YYYY-MM-DD" in str(caught.value)


@pytest.mark.parametrize("text", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_a_day_outside_the_years_partage_works_with_is_refused(text):
    """9999-12-31 and 0001-01-01 exist in Python, but not the day after or before them:
    they used to end in an OverflowError wherever a period was computed."""
    with pytest.raises(UsageError) as caught:
        parse_date(text)
    assert "1900-01-01 to 2199-12-31" in str(caught.value)


def test_the_first_and_last_days_are_read():
    assert parse_date("1900-01-01") == FIRST_DAY == dt.date(EARLIEST_YEAR, 1, 1)
    assert parse_date("2199-12-31") == LAST_DAY == dt.date(LATEST_YEAR, 12, 31)
    assert parse_date_time("2199-12-31T23:59") == dt.datetime(2199, 12, 31, 23, 59)


@pytest.mark.parametrize(
    "text", ["9999-12-31T22:00", "0001-01-01 00:00", "2200-01-01T00:00", "2026-02-30T10:00",
             "2026-03-31T25:00", "2026-03-31", "\uff12026-03-31T10:00"],
)  # fmt: skip
def test_what_is_not_a_date_and_time_in_the_years_is_refused(text):
    with pytest.raises(UsageError):
        parse_date_time(text)


def snapshot(db):
    members = [dataclasses.astuple(m) for m in list_members(db)]
    assets = [dataclasses.astuple(a) for a in list_assets(db)]
    return members, assets


def test_the_small_demo_is_a_realistic_coop(new_database):
    db = create_demo(new_database("demo.partage"))
    members, assets = list_members(db), list_assets(db)
    db.close()
    assert 12 <= len(members) <= 20 and 20 <= len(assets) <= 30
    assert {m.kind for m in members} == {"person", "household", "organisation"}
    assert {m.language for m in members} == {"fr", "en"}
    assert {a.kind for a in assets} == {"space", "vehicle", "equipment", "other"}
    assert any(len(a.owners) >= 2 for a in assets)  # co-owned items
    assert any(a.meter == "km" for a in assets)


def test_the_demo_is_the_same_for_the_same_seed(new_database):
    # The small demo: the same generator as the large one, in seconds rather than minutes.
    first = create_demo(new_database("a.partage"), seed=7)
    second = create_demo(new_database("b.partage"), seed=7)
    other = create_demo(new_database("c.partage"), seed=8)
    try:
        assert snapshot(first) == snapshot(second)
        assert snapshot(first) != snapshot(other)
    finally:
        for db in (first, second, other):
            db.close()


def test_the_large_demo_has_two_hundred_members_and_five_hundred_assets(new_database):
    db = create_demo(new_database("large.partage"), "large", seed=7)
    try:
        members, assets = snapshot(db)
        assert (len(members), len(assets)) == (200, 500)
    finally:
        db.close()


def test_an_unknown_size_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(UsageError):
        create_demo(tmp_path / "x.partage", "huge")
    assert not (tmp_path / "x.partage").exists()
