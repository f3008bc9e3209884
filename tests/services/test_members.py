"""Members service on real SQLite files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from partage.errors import NotFound, ReferencedRow, StaleEdit, ValidationError
from partage.models import AuditEntry
from partage.services.assets import AssetInput, Ownership, add_asset
from partage.services.members import (
    MemberInput,
    add_member,
    find_member,
    get_member,
    list_members,
    remove_member,
    set_member_archived,
    update_member,
)


def test_added_member_is_listed_with_every_field(db):
    data = MemberInput(
        name="  Geneviève   Tremblay ",
        kind="household",
        email="gen@exemple.qc.ca",
        phone="514 555-0101",
        address="4120, rue Saint-Denis",
        language="fr",
        weight_milli=1500,
        joined=dt.date(2024, 1, 15),
        notes="Clés du local",
    )
    record = add_member(db, data)
    assert record.name == "Geneviève Tremblay"
    assert list_members(db) == [record]
    assert (record.kind, record.weight_milli, record.joined, record.version) == (
        "household",
        1500,
        dt.date(2024, 1, 15),
        1,
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MemberInput(name="   "), "name"),
        (MemberInput(name="A", email="not-an-address"), "email"),
        (MemberInput(name="A", language="de"), "language"),
        (MemberInput(name="A", kind="robot"), "kind"),
        (MemberInput(name="A", weight_milli=0), "weight"),
        (MemberInput(name="A", joined=dt.date(2026, 5, 1), left=dt.date(2026, 4, 30)), "left"),
        (MemberInput(name="x" * 201), "name"),
    ],
)
def test_invalid_members_are_refused_with_the_field_at_fault(db, data, field):
    with pytest.raises(ValidationError) as caught:
        add_member(db, data)
    assert caught.value.field == field
    assert list_members(db) == []


def test_names_are_unique_ignoring_case_and_spacing(db):
    add_member(db, MemberInput(name="Émilie Côté"))
    with pytest.raises(ValidationError) as caught:
        add_member(db, MemberInput(name="émilie  CÔTÉ"))
    assert "already a member" in str(caught.value)
    assert len(list_members(db)) == 1


def test_an_edit_over_a_newer_version_is_refused_and_changes_nothing(db):
    record = add_member(db, MemberInput(name="Mathieu Lavoie"))
    theirs = update_member(
        db,
        record.id,
        MemberInput(name="Mathieu Lavoie", phone="438 555-0000"),
        expected_version=record.version,
    )
    assert theirs.version == record.version + 1
    with pytest.raises(StaleEdit):
        update_member(
            db, record.id, MemberInput(name="Mathieu L."), expected_version=record.version
        )
    assert get_member(db, record.id) == theirs


def test_archiving_hides_a_member_from_everyday_lists(db):
    anne = add_member(db, MemberInput(name="Anne"))
    add_member(db, MemberInput(name="Bob"))
    archived = set_member_archived(db, anne.id, True)
    assert archived.archived
    assert [m.name for m in list_members(db, include_archived=False)] == ["Bob"]
    assert [m.name for m in list_members(db)] == ["Anne", "Bob"]
    set_member_archived(db, anne.id, False)
    assert [m.name for m in list_members(db, include_archived=False)] == ["Anne", "Bob"]


def test_a_member_who_owns_a_share_cannot_be_removed(db):
    owner = add_member(db, MemberInput(name="Théâtre de la Petite Marée", kind="organisation"))
    add_asset(db, AssetInput(name="Console", owners=(Ownership(owner.id, 1000),)))
    with pytest.raises(ReferencedRow):
        remove_member(db, owner.id)
    assert find_member(db, str(owner.id)) == owner


def test_an_unreferenced_member_is_removed_and_the_removal_audited(db):
    record = add_member(db, MemberInput(name="Temporary"))
    remove_member(db, record.id)
    assert list_members(db) == []
    with db.read() as session:
        actions = [(e.action, e.entity_id) for e in session.scalars(select(AuditEntry))]
    assert actions == [("create", record.id), ("delete", record.id)]


def test_members_are_found_by_exact_name_or_id(db):
    record = add_member(db, MemberInput(name="David Chen"))
    assert find_member(db, "david chen") == record
    assert find_member(db, str(record.id)) == record
    with pytest.raises(NotFound):
        find_member(db, "David")


def test_search_looks_in_names_and_email(db):
    add_member(db, MemberInput(name="Sarah O'Connor", email="sarah@example.ca"))
    add_member(db, MemberInput(name="Nadia Haddad", email="nadia@exemple.qc.ca"))
    assert [m.name for m in list_members(db, search="haddad")] == ["Nadia Haddad"]
    assert [m.name for m in list_members(db, search="example.ca")] == ["Sarah O'Connor"]


def test_activity_dates_bound_membership():
    from partage.services.members import MemberRecord

    member = MemberRecord(
        id=1,
        name="A",
        kind="person",
        email="",
        phone="",
        address="",
        language="fr",
        weight_milli=1000,
        joined=dt.date(2026, 1, 10),
        left=dt.date(2026, 3, 31),
        notes="",
        archived=False,
        version=1,
    )
    assert not member.is_active_on(dt.date(2026, 1, 9))
    assert member.is_active_on(dt.date(2026, 1, 10))
    assert member.is_active_on(dt.date(2026, 3, 31))
    assert not member.is_active_on(dt.date(2026, 4, 1))
