"""Coordinators' actions and closed periods: refused cleanly, nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo

import pytest

from partage.errors import ValidationError
from partage.services import document_settings, governance, invoicing
from partage.services.assets import AssetInput, add_asset
from partage.services.audit import AuditFilter, entries
from partage.services.bookings import BookingRequest, book, cancel
from partage.services.costs import CostInput, add_cost, delete_cost, get_cost, update_cost
from partage.services.members import MemberInput, add_member
from partage.services.statements import build_statements
from partage.services.workspace import BackupPolicy, open_workspace
from partage.storage import Actor

D = dt.date
MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def as_someone(db_path, login: str):
    return open_workspace(
        db_path, actor=Actor(login, login.title(), "poste-2"), backup=BackupPolicy(enabled=False)
    )


def test_everyone_is_a_coordinator_until_some_are_named(db, db_path, qapp):
    me = db.actor.os_user
    assert governance.coordinators(db) == [] and governance.is_coordinator(db)
    with pytest.raises(ValidationError):
        governance.set_coordinators(db, ["someone-else"])  # would lock me out
    assert governance.set_coordinators(db, [me, "  treso "]) == sorted(
        [me, "treso"], key=str.casefold
    )
    other = as_someone(db_path, "bob")
    try:
        assert not governance.is_coordinator(other)
        with pytest.raises(governance.NotCoordinator) as refused:
            document_settings.save(other, document_settings.load(other))
        assert "bob" in refused.value.params["user"]
        with pytest.raises(governance.NotCoordinator):
            governance.close_period(other, D(2026, 1, 31))
        with pytest.raises(governance.NotCoordinator):
            governance.set_coordinators(other, ["bob"])
    finally:
        other.close()
    treso = as_someone(db_path, "treso")
    try:
        assert governance.is_coordinator(treso)
    finally:
        treso.close()


def test_only_a_coordinator_issues_and_voids_invoices(db, db_path, qapp):
    add_member(db, MemberInput(name="Anne", joined=D(2025, 1, 1)))
    add_cost(db, CostInput(amount_cents=1_000, start=D(2026, 3, 3)))
    statement = build_statements(db, D(2026, 3, 1), D(2026, 3, 31))[0]
    issued = invoicing.issue(db, statement)
    governance.set_coordinators(db, [db.actor.os_user])
    other = as_someone(db_path, "bob")
    try:
        with pytest.raises(governance.NotCoordinator):
            invoicing.void(other, issued.number)
        assert invoicing.get_invoice(other, issued.number).status == "issued"
        assert len(invoicing.list_invoices(other)) == 1
    finally:
        other.close()


def test_a_closed_period_refuses_changes_and_takes_corrections_after(db):
    anne = add_member(db, MemberInput(name="Anne", joined=D(2025, 1, 1)))
    van = add_asset(db, AssetInput(name="Van", kind="vehicle"))
    march = add_cost(db, CostInput(amount_cents=5_000, start=D(2026, 3, 10)))
    start = dt.datetime(2026, 3, 20, 9, tzinfo=MONTREAL)
    loan = book(db, BookingRequest(van.id, anne.id, start, start + dt.timedelta(hours=2)))
    governance.close_period(db, D(2026, 3, 31))
    assert governance.closed_through(db) == D(2026, 3, 31)
    refused = (
        lambda: add_cost(db, CostInput(amount_cents=100, start=D(2026, 3, 31))),
        lambda: update_cost(
            db,
            march.id,
            dataclasses.replace(march.as_input(), amount_cents=1),
            expected_version=march.version,
        ),
        lambda: update_cost(
            db,
            march.id,
            dataclasses.replace(march.as_input(), start=D(2026, 4, 2), end=D(2026, 4, 2)),
            expected_version=march.version,
        ),
        lambda: delete_cost(db, march.id),
        lambda: cancel(db, loan.bookings[0].id),
        lambda: book(
            db,
            BookingRequest(
                van.id, anne.id, start + dt.timedelta(days=1), start + dt.timedelta(days=1, hours=1)
            ),
        ),
    )
    for attempt in refused:
        with pytest.raises(governance.PeriodClosed) as error:
            attempt()
        assert error.value.params["closed"] == "2026-03-31"
    assert get_cost(db, march.id).amount_cents == 5_000
    correction = add_cost(
        db, CostInput(amount_cents=-500, start=D(2026, 4, 1), note="Correction of the March cost")
    )
    assert correction.amount_cents == -500
    with pytest.raises(ValidationError):
        governance.close_period(db, D(2026, 2, 28))  # no reopening
    with pytest.raises(ValidationError):
        governance.close_period(db, dt.date.today() + dt.timedelta(days=1))
    closes = entries(db, AuditFilter(text="closed through"))
    assert [e.action for e in closes] == ["close"]


def test_the_audit_log_filters_by_period_kind_person_and_text(db, db_path):
    add_member(db, MemberInput(name="Anne"))
    other = as_someone(db_path, "bob")
    try:
        add_member(other, MemberInput(name="Bruno"))
    finally:
        other.close()
    everything = entries(db)
    assert [e.summary for e in everything[:2]] == ["Bruno", "Anne"]  # newest first
    assert [e.summary for e in entries(db, AuditFilter(who="bob"))] == ["Bruno"]
    assert [e.summary for e in entries(db, AuditFilter(entity="member", text="ann"))] == ["Anne"]
    today = dt.datetime.now(MONTREAL).date()
    assert entries(db, AuditFilter(start=today + dt.timedelta(days=1))) == []
    assert len(entries(db, AuditFilter(start=today, end=today))) == len(everything)


def test_a_payment_dated_in_a_closed_period_is_refused(db):
    from partage.services.accounts import add_payment, list_payments

    anne = add_member(db, MemberInput(name="Anne", joined=D(2025, 1, 1)))
    governance.close_period(db, D(2026, 3, 31))
    with pytest.raises(governance.PeriodClosed):
        add_payment(db, anne.id, 1_000, paid_on=D(2026, 3, 15))
    assert list_payments(db) == []
    assert add_payment(db, anne.id, 1_000, paid_on=D(2026, 4, 1)).amount_cents == 1_000
