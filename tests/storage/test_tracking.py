"""Which kinds of data a write changed, as the storage layer reads them from the session."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import insert, text, update
from sqlalchemy.orm import Session

from partage.changes import (
    TABLE_CHANGES,
    UNSEEN_TABLES,
    Change,
    TrackedChanges,
    changes_of_tables,
    track_changes,
)
from partage.errors import ValidationError
from partage.models import Base, Cost, Member
from partage.services.accounts import add_payment
from partage.services.assets import AssetInput, Ownership, add_asset
from partage.services.costs import CostInput, add_cost, delete_cost
from partage.services.ledger import add_entry
from partage.services.members import MemberInput, add_member, update_member

DAY = dt.date(2026, 3, 1)


def test_every_table_of_the_schema_says_what_it_holds() -> None:
    tables = set(Base.metadata.tables)
    assert tables - UNSEEN_TABLES == set(TABLE_CHANGES)
    assert changes_of_tables(["members", "audit_log"]) == Change.MEMBER | Change.AUDIT
    assert changes_of_tables(["presence", "data_revision"]) == Change.NONE
    assert changes_of_tables(["a_table_of_tomorrow"]) == Change.ALL


def test_adding_a_member_changes_members_and_the_audit_log(db) -> None:
    with track_changes() as tracked:
        add_member(db, MemberInput(name="Anne Roy"))
    assert tracked.changes == Change.MEMBER | Change.AUDIT


def test_a_payment_changes_payments_not_members(db) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    with track_changes() as tracked:
        add_payment(db, anne.id, 5000, paid_on=DAY)
    assert tracked.changes == Change.PAYMENT | Change.AUDIT


def test_an_opening_balance_is_a_ledger_entry(db) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    with track_changes() as tracked:
        add_entry(db, anne.id, 1200, day=DAY)
    assert tracked.changes & Change.LEDGER
    assert not tracked.changes & (Change.PAYMENT | Change.MEMBER)


def test_an_asset_and_its_owners_are_one_kind(db) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    with track_changes() as tracked:
        add_asset(db, AssetInput(name="Van", owners=(Ownership(anne.id, 1000),)))
    assert tracked.changes == Change.ASSET | Change.AUDIT


def test_an_update_and_a_delete_are_counted(db) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    cost = add_cost(db, CostInput(amount_cents=1000, start=DAY))
    with track_changes() as tracked:
        update_member(db, anne.id, MemberInput(name="Anne Tremblay"),
                      expected_version=anne.version)
    assert tracked.changes == Change.MEMBER | Change.AUDIT
    with track_changes() as tracked:
        delete_cost(db, cost.id)
    assert tracked.changes == Change.COST | Change.AUDIT


def test_a_refused_write_changes_nothing(db) -> None:
    with track_changes() as tracked, pytest.raises(ValidationError):
        add_member(db, MemberInput(name=""))
    assert tracked.changes == Change.NONE

    def half_done_then_fails(session: Session) -> None:
        session.add(Member(name="Ghost", name_key="ghost"))
        session.flush()  # written in the transaction, then rolled back
        raise RuntimeError("stop")

    with track_changes() as tracked, pytest.raises(RuntimeError):
        db.write(half_done_then_fails)
    assert tracked.changes == Change.NONE


def test_statements_executed_through_the_session_are_counted(db) -> None:
    def bulk(session: Session) -> None:
        session.execute(insert(Cost), [{"amount_cents": 500, "start": DAY, "end": DAY,
                                        "category": "other"}])

    with track_changes() as tracked:
        db.write(bulk)
    assert tracked.changes == Change.COST

    def renamed(session: Session) -> None:
        session.execute(update(Member).values(notes="x"))

    with track_changes() as tracked:
        db.write(renamed)
    assert tracked.changes == Change.MEMBER

    def by_hand(session: Session) -> None:
        session.execute(text("UPDATE settings SET value = value WHERE key = 'x'"))

    with track_changes() as tracked:
        db.write(by_hand)
    assert tracked.changes == Change.ALL  # raw SQL: its table is not read


def test_a_write_outside_any_tracker_is_not_kept(db) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    with track_changes() as tracked:
        pass
    assert tracked.changes == Change.NONE


def test_an_inner_tracker_reports_to_the_outer_one(db) -> None:
    with track_changes() as outer:
        add_member(db, MemberInput(name="Anne Roy"))
        with track_changes() as inner:
            add_cost(db, CostInput(amount_cents=1000, start=DAY))
    assert inner.changes == Change.COST | Change.AUDIT
    assert outer.changes == Change.MEMBER | Change.COST | Change.AUDIT


def test_each_thread_sees_only_its_own_writes(db) -> None:
    seen: dict[str, Change] = {}
    go = threading.Barrier(2)

    def worker() -> None:
        with track_changes() as tracked:
            go.wait()
            add_cost(db, CostInput(amount_cents=1000, start=DAY))
        seen["worker"] = tracked.changes

    thread = threading.Thread(target=worker)
    thread.start()
    with track_changes() as mine:
        go.wait()
        add_member(db, MemberInput(name="Anne Roy"))
    thread.join(30)
    assert mine.changes == Change.MEMBER | Change.AUDIT
    assert seen["worker"] == Change.COST | Change.AUDIT


def test_a_tracker_fills_in_as_writes_commit() -> None:
    outer = TrackedChanges()
    tracked = TrackedChanges(outer)
    tracked.add(Change.BOOKING)
    tracked.add(Change.NONE)
    assert tracked.changes == Change.BOOKING
    assert outer.changes == Change.BOOKING
