"""Assets service: ownership shares, photos, rules, versions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from partage.errors import NotFound, StaleEdit, UsageError, ValidationError
from partage.services.assets import (
    PHOTO_LIMIT_BYTES,
    AssetInput,
    Ownership,
    add_asset,
    find_asset,
    get_asset,
    get_asset_photo,
    list_assets,
    set_asset_status,
    update_asset,
)
from partage.services.members import MemberInput, add_member

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def owners(db):
    return [add_member(db, MemberInput(name=n)) for n in ("Anne", "Bob", "Chloé")]


def test_an_asset_keeps_its_owners_price_and_photo(db, owners):
    record = add_asset(
        db,
        AssetInput(
            name="Fourgonnette Ford Transit",
            kind="vehicle",
            category="Véhicules",
            location="Stationnement",
            meter="km",
            purchase_price_cents=3_850_000,
            purchase_date=dt.date(2023, 5, 1),
            owners=(Ownership(owners[0].id, 2000), Ownership(owners[1].id, 1000)),
            photo=PNG,
            photo_type="image/png",
            photo_changed=True,
        ),
    )
    assert record.owners == (Ownership(owners[0].id, 2000), Ownership(owners[1].id, 1000))
    assert record.has_photo
    assert get_asset_photo(db, record.id) == (PNG, "image/png")
    assert list_assets(db) == [record]
    assert (record.meter, record.purchase_price_cents) == ("km", 3_850_000)


def test_changing_only_the_owners_moves_the_version_on(db, owners):
    record = add_asset(db, AssetInput(name="Console", owners=(Ownership(owners[0].id, 1000),)))
    changed = update_asset(
        db,
        record.id,
        AssetInput(name="Console", owners=(Ownership(owners[2].id, 3000),)),
        expected_version=record.version,
    )
    assert changed.owners == (Ownership(owners[2].id, 3000),)
    assert changed.version > record.version
    with pytest.raises(StaleEdit):
        update_asset(db, record.id, AssetInput(name="Console"), expected_version=record.version)
    assert get_asset(db, record.id) == changed


def test_an_edit_without_a_new_photo_keeps_the_old_one(db):
    record = add_asset(
        db, AssetInput(name="Caméra", photo=PNG, photo_type="image/png", photo_changed=True)
    )
    update_asset(db, record.id, AssetInput(name="Caméra Sony"), expected_version=record.version)
    assert get_asset_photo(db, record.id) == (PNG, "image/png")
    cleared = update_asset(
        db,
        record.id,
        AssetInput(name="Caméra Sony", photo=None, photo_changed=True),
        expected_version=record.version + 1,
    )
    assert not cleared.has_photo
    assert get_asset_photo(db, record.id) is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (AssetInput(name=""), "name"),
        (AssetInput(name="A", kind="spaceship"), "kind"),
        (AssetInput(name="A", meter="miles"), "meter"),
        (AssetInput(name="A", purchase_price_cents=-1), "purchase_price"),
        (AssetInput(name="A", owners=(Ownership(1, 0),)), "owners"),
        (AssetInput(name="A", owners=(Ownership(999, 1000),)), "owners"),
        (
            AssetInput(
                name="A",
                photo=b"x" * (PHOTO_LIMIT_BYTES + 1),
                photo_type="image/png",
                photo_changed=True,
            ),
            "photo",
        ),
        (
            AssetInput(name="A", photo=b"GIF89a", photo_type="image/gif", photo_changed=True),
            "photo",
        ),
    ],
)
def test_invalid_assets_are_refused_with_the_field_at_fault(db, data, field):
    with pytest.raises(ValidationError) as caught:
        add_asset(db, data)
    assert caught.value.field == field
    assert list_assets(db) == []


def test_a_member_listed_twice_as_owner_is_refused(db, owners):
    shares = (Ownership(owners[0].id, 1000), Ownership(owners[0].id, 2000))
    with pytest.raises(ValidationError):
        add_asset(db, AssetInput(name="Console", owners=shares))


def test_custom_weights_name_members_but_store_ids(db, owners):
    record = add_asset(db, AssetInput(name="Salle A", default_rule="weights:Anne=2,chloé=1.5"))
    assert record.default_rule == f"weights:{owners[0].id}=2,{owners[2].id}=1.5"


@pytest.mark.parametrize(
    "rule", ["fair", "weights:", "weights:Nobody=1", "mix:shares=60,usage=60", "mix:luck=100"]
)
def test_malformed_rules_are_refused(db, owners, rule):
    with pytest.raises((UsageError, NotFound)):
        add_asset(db, AssetInput(name="Salle A", default_rule=rule))
    assert list_assets(db) == []


def test_retired_assets_leave_everyday_lists(db):
    van = add_asset(db, AssetInput(name="Van", kind="vehicle"))
    add_asset(db, AssetInput(name="Drill"))
    set_asset_status(db, van.id, "retired")
    assert [a.name for a in list_assets(db, include_retired=False)] == ["Drill"]
    assert find_asset(db, "van").status == "retired"


def test_search_looks_in_name_category_and_location(db):
    add_asset(db, AssetInput(name="Perceuse", category="Outils", location="Atelier bois"))
    add_asset(db, AssetInput(name="Console", category="Scène et son", location="Studio"))
    assert [a.name for a in list_assets(db, search="outils")] == ["Perceuse"]
    assert [a.name for a in list_assets(db, search="studio")] == ["Console"]
    assert [a.name for a in list_assets(db, search="PERC")] == ["Perceuse"]


def test_an_edit_started_from_a_record_keeps_its_booking_rules(db):
    room = add_asset(
        db,
        AssetInput(
            name="Salle",
            kind="space",
            bookable=False,
            min_booking_minutes=60,
            opening_hours="08:00-22:00",
        ),
    )
    renamed = update_asset(
        db,
        room.id,
        dataclasses.replace(room.as_input(), name="Salle B"),
        expected_version=room.version,
    )
    assert (renamed.bookable, renamed.min_booking_minutes, renamed.opening_hours) == (
        False,
        60,
        "08:00-22:00",
    )
