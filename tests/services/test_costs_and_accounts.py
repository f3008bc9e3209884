"""Costs, insurance, maintenance, payments, the split of a period and balances."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from partage.errors import NotFound, StaleEdit, ValidationError
from partage.services.accounts import (
    TREASURY,
    add_payment,
    balances,
    list_payments,
    settle_up,
    split_period,
    treasury_balance,
)
from partage.services.assets import AssetInput, Ownership, add_asset
from partage.services.bookings import BookingRequest, book, check_in, check_out
from partage.services.costs import (
    CostInput,
    add_cost,
    get_receipt,
    list_costs,
    update_cost,
)
from partage.services.members import MemberInput, add_member
from partage.services.upkeep import (
    add_plan,
    add_policy,
    plan_statuses,
    record_done,
    renewals_due,
)

D = dt.date
MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


@pytest.fixture
def group(db):
    anne = add_member(db, MemberInput(name="Anne", joined=D(2025, 1, 1)))
    bob = add_member(db, MemberInput(name="Bob", joined=D(2025, 1, 1)))
    van = add_asset(
        db, AssetInput(name="Fourgonnette", kind="vehicle", meter="km", default_rule="usage")
    )
    return anne, bob, van


def test_a_cost_keeps_its_receipt_and_a_retry_posts_it_once(db, group):
    anne, _, van = group
    data = CostInput(
        amount_cents=45_000,
        start=D(2026, 3, 5),
        category="repair",
        asset_id=van.id,
        supplier="Garage Léo",
        paid_by_member_id=anne.id,
        receipt=b"%PDF-1.4 receipt",
        receipt_name="facture.pdf",
        receipt_type="application/pdf",
        receipt_changed=True,
        client_id="abc123",
    )
    first = add_cost(db, data)
    again = add_cost(db, data)  # the same client id: a retried commit
    assert first == again
    assert len(list_costs(db)) == 1
    assert get_receipt(db, first.id) == (b"%PDF-1.4 receipt", "application/pdf", "facture.pdf")
    assert first.end == first.start  # a one-day cost


def test_bad_costs_are_refused(db, group):
    _, _, van = group
    for data, field in [
        (CostInput(amount_cents=0, start=D(2026, 3, 5)), "amount"),
        (CostInput(amount_cents=100, start=D(2026, 3, 5), end=D(2026, 3, 1)), "end"),
        (CostInput(amount_cents=100, start=D(2026, 3, 5), category="snacks"), "category"),
        (
            CostInput(
                amount_cents=100,
                start=D(2026, 3, 5),
                receipt=b"x",
                receipt_type="text/x",
                receipt_changed=True,
            ),
            "receipt",
        ),
    ]:
        with pytest.raises(ValidationError) as caught:
            add_cost(db, data)
        assert caught.value.field == field
    with pytest.raises(NotFound):
        add_cost(db, CostInput(amount_cents=100, start=D(2026, 3, 5), asset_id=999))
    assert list_costs(db) == []


def test_a_stale_cost_edit_is_refused(db, group):
    cost = add_cost(db, CostInput(amount_cents=100, start=D(2026, 3, 5)))
    update_cost(
        db, cost.id, CostInput(amount_cents=200, start=D(2026, 3, 5)), expected_version=cost.version
    )
    with pytest.raises(StaleEdit):
        update_cost(
            db,
            cost.id,
            CostInput(amount_cents=300, start=D(2026, 3, 5)),
            expected_version=cost.version,
        )


def test_an_insurance_premium_is_spread_over_its_period(db, group):
    anne, bob, van = group
    policy = add_policy(
        db,
        asset_id=van.id,
        premium_cents=125_000,
        start=D(2026, 4, 1),
        end=D(2027, 3, 31),
        insurer="Desjardins",
        policy_number="AU-1234",
    )
    (cost,) = list_costs(db)
    assert (cost.category, cost.start, cost.end, cost.amount_cents) == (
        "insurance",
        D(2026, 4, 1),
        D(2027, 3, 31),
        125_000,
    )
    assert policy.renewal == D(2027, 4, 1)
    assert renewals_due(db, D(2027, 3, 1)) == [policy]
    assert renewals_due(db, D(2026, 12, 1)) == []
    # Usage in July: Anne drove 212 km, Bob 1 628 km.
    start = dt.datetime(2026, 7, 2, 9, tzinfo=MONTREAL)
    for member, distance, day in ((anne, 212, 2), (bob, 1628, 9)):
        start = dt.datetime(2026, 7, day, 9, tzinfo=MONTREAL)
        booking = book(
            db, BookingRequest(van.id, member.id, start, start + dt.timedelta(hours=8))
        ).bookings[0]
        check_out(db, booking.id, meter=50_000 if member is anne else 50_212)
        # Forced: 1 628 km in a loan of 8 h is more than a van drives; the split does not care.
        check_in(db, booking.id, meter=50_000 + distance if member is anne else 51_840, force=True)
    report = split_period(db, D(2026, 7, 1), D(2026, 7, 31))
    assert report.member_totals() == {anne.id: 1_223, bob.id: 9_394}
    # Month by month over the policy year, every cent of the premium is shared out.
    months = [D(2026 + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in range(4, 17)]
    shared = sum(
        split_period(db, first, following - dt.timedelta(days=1)).total_cents
        for first, following in zip(months, months[1:], strict=False)
    )
    assert shared == 125_000


def test_maintenance_is_due_by_months_or_by_meter_and_done_restarts_it(db, group):
    anne, _, van = group
    plan = add_plan(
        db, van.id, "Vidange", every_months=6, every_meter=8_000, starting=D(2026, 1, 10)
    )
    assert plan_statuses(db, D(2026, 3, 1))[0].state == "ok"
    assert plan_statuses(db, D(2026, 6, 20))[0].state == "due"
    assert plan_statuses(db, D(2026, 7, 11))[0].state == "overdue"
    record_done(
        db,
        plan.id,
        done_on=D(2026, 7, 12),
        meter=61_000,
        cost_cents=18_950,
        paid_by_member_id=anne.id,
    )
    status = plan_statuses(db, D(2026, 7, 13))[0]
    assert (status.state, status.due_date, status.due_meter) == ("ok", D(2027, 1, 12), 69_000)
    (cost,) = list_costs(db)
    assert (cost.category, cost.amount_cents, cost.asset_id) == ("maintenance", 18_950, van.id)


def test_balances_and_settle_up(db, group):
    anne, bob, _ = group
    # Anne paid a 300 $ repair of the group's shared printer out of pocket; split equally.
    add_cost(
        db,
        CostInput(
            amount_cents=30_000, start=D(2026, 2, 1), category="repair", paid_by_member_id=anne.id
        ),
    )
    # The treasury paid 100 $ of consumables.
    add_cost(db, CostInput(amount_cents=10_000, start=D(2026, 2, 3), category="consumables"))
    add_payment(db, bob.id, 5_000, paid_on=D(2026, 2, 10), client_id="pay-1")
    add_payment(db, bob.id, 5_000, paid_on=D(2026, 2, 10), client_id="pay-1")  # retried
    assert len(list_payments(db)) == 1
    result = {b.member_id: b.balance_cents for b in balances(db, D(2026, 2, 28))}
    # Each owes 200 $; Anne paid 300 $, Bob paid 50 $.
    assert result == {anne.id: 10_000, bob.id: -15_000}
    member_balances = balances(db, D(2026, 2, 28))
    assert treasury_balance(member_balances) == 5_000
    transfers = settle_up(member_balances)
    assert sorted(transfers) == sorted([(bob.id, anne.id, 10_000), (bob.id, TREASURY, 5_000)])


def test_purchase_recovery_spreads_the_price_month_by_month(db, group):
    anne, bob, _ = group
    add_asset(
        db,
        AssetInput(
            name="Perceuse",
            purchase_price_cents=36_000,
            purchase_date=D(2026, 1, 1),
            recovery_months=12,
            owners=(Ownership(anne.id, 1000), Ownership(bob.id, 1000)),
            default_rule="shares",
        ),
    )
    january = split_period(db, D(2026, 1, 1), D(2026, 1, 31))
    assert january.member_totals() == {anne.id: 1_529, bob.id: 1_529}  # 36 000 × 31/365 = 3 058
    ends = [D(2026, m + 1, 1) - dt.timedelta(days=1) for m in range(1, 12)] + [D(2026, 12, 31)]
    year = sum(split_period(db, D(2026, m, 1), ends[m - 1]).total_cents for m in range(1, 13))
    assert year == 36_000
    with pytest.raises(ValidationError):
        add_asset(db, AssetInput(name="Scie", recovery_months=12))  # no price, no date
