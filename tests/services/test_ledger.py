"""The member ledger: one amount per member and day, whoever reads it.

Balances, the statement of account and a statement ending on a day must give the same
cents for every member and every day, whether or not earlier periods were invoiced,
however the periods were cut; invoices take their status from the credits applied to
them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partage.errors import NotFound, RuleViolation, UsageError
from partage.services import invoicing
from partage.services.accounts import add_payment, balances, split_period
from partage.services.assets import AssetInput, Ownership, add_asset
from partage.services.bookings import BookingRequest, book
from partage.services.costs import CostInput, add_cost
from partage.services.document_settings import load as load_settings
from partage.services.document_settings import save as save_settings
from partage.services.ledger import account, add_entry, figures
from partage.services.members import MemberInput, add_member
from partage.services.statements import build_statements
from partage.services.workspace import OrganisationSettings, create_workspace
from tests.conftest import ON_SERVER, fresh_pg_database

D = dt.date
MONTREAL = zoneinfo.ZoneInfo("America/Montreal")
FIRST_DAY = D(2026, 1, 1)


@contextmanager
def fresh_database() -> Iterator[object]:
    """A new empty database (a SQLite file, or a server database in that pass)."""
    with tempfile.TemporaryDirectory() as folder:
        if ON_SERVER:
            with fresh_pg_database() as url:
                db = create_workspace(url, OrganisationSettings(name="Coop"))
                try:
                    yield db
                finally:
                    db.close()
            return
        db = create_workspace(Path(folder) / "group.partage", OrganisationSettings(name="Coop"))
        try:
            yield db
        finally:
            db.close()


def owed_by_balances(db, member_id: int, day: dt.date) -> int:
    return -next(b.balance_cents for b in balances(db, day) if b.member_id == member_id)


def statement_due(db, member_id: int, start: dt.date, end: dt.date) -> int:
    """The amount due of the member's statement (0 when they get none: a member who left
    before the period and owes nothing)."""
    found = build_statements(db, start, end, member_ids=[member_id], issued_on=end)
    return found[0].amount_due_cents if found else 0


def enable_taxes(db) -> None:
    current = load_settings(db)
    save_settings(
        db,
        dataclasses.replace(
            current,
            taxes_enabled=True,
            gst_number="123456789 RT 0001",
            qst_number="1234567890 TQ 0001",
        ),
    )


def day_in(days: int) -> st.SearchStrategy[dt.date]:
    return st.integers(0, days).map(lambda n: FIRST_DAY + dt.timedelta(days=n))


@st.composite
def groups(draw):
    """A small group over the first half of 2026: members joining and leaving, costs over
    days and periods split by every rule, loans, payments, and statements issued for
    some members and periods and not others."""
    members = []
    for index in range(draw(st.integers(2, 4))):
        joined = draw(st.none() | day_in(60))
        left = draw(st.none() | day_in(180))
        if joined and left and left < joined:
            joined, left = left, joined
        members.append((f"M{index}", joined, left, draw(st.sampled_from([1000, 1500, 2000]))))
    costs = []
    for _ in range(draw(st.integers(1, 6))):
        start = draw(day_in(170))
        length = draw(st.sampled_from([0, 0, 9, 45, 120]))
        costs.append(
            (
                draw(st.integers(-5_000, 200_000)),
                start,
                start + dt.timedelta(days=length),
                draw(st.sampled_from(["", "equal", "shares", "usage", "mix:shares=50,usage=50"])),
                draw(st.sampled_from([None, 0, 1])),  # asset index
                draw(st.none() | st.integers(0, 3)),  # paid by
            )
        )
    loans = [
        (
            draw(st.integers(0, 3)),
            draw(st.integers(0, 1)),
            draw(day_in(175)),
            draw(st.integers(1, 30)),
        )
        for _ in range(draw(st.integers(0, 6)))
    ]
    payments = [
        (draw(st.integers(0, 3)), draw(st.integers(-2_000, 90_000)), draw(day_in(200)))
        for _ in range(draw(st.integers(0, 4)))
    ]
    issued = [
        (draw(st.integers(0, 3)), draw(st.integers(0, 5)))  # member, month index
        for _ in range(draw(st.integers(0, 4)))
    ]
    days = draw(st.lists(day_in(210), min_size=1, max_size=2))
    return members, costs, loans, payments, issued, days, draw(st.booleans())


def build(db, group) -> tuple[list[int], list[tuple[int, dt.date, dt.date]]]:
    members, costs, loans, payments, issued, _, taxed = group
    if taxed:
        enable_taxes(db)
    ids = [
        add_member(db, MemberInput(name=n, joined=j, left=left, weight_milli=w)).id
        for n, j, left, w in members
    ]
    van = add_asset(
        db,
        AssetInput(
            name="Van",
            kind="vehicle",
            default_rule="usage",
            owners=(Ownership(ids[0], 2000), Ownership(ids[1], 1000)),
        ),
    )
    room = add_asset(db, AssetInput(name="Room", kind="space", default_rule="equal"))
    assets = [van.id, room.id]
    for amount, start, end, rule, asset, payer in costs:
        if amount == 0:
            continue
        add_cost(
            db,
            CostInput(
                amount_cents=amount,
                start=start,
                end=end,
                asset_id=None if asset is None else assets[asset],
                rule=rule,
                paid_by_member_id=ids[payer] if payer is not None and payer < len(ids) else None,
            ),
        )
    for who, asset, day, hours in loans:
        if who >= len(ids):
            continue
        joined, left = members[who][1], members[who][2]
        if (joined and day < joined) or (left and day > left):
            continue  # a booking outside a membership is refused; not what is tested here
        start = dt.datetime.combine(day, dt.time(9), MONTREAL)
        end = start + dt.timedelta(hours=hours)
        with suppress(RuleViolation):  # overlapping another loan: skipped
            book(db, BookingRequest(assets[asset], ids[who], start, end))
    invoices: list[tuple[int, dt.date, dt.date]] = []
    for who, month in sorted(set(issued)):
        if who >= len(ids):
            continue
        start = D(2026, month + 1, 1)
        end = D(2026, month + 2, 1) - dt.timedelta(days=1)
        found = build_statements(db, start, end, member_ids=[ids[who]], issued_on=end)
        if found and found[0].total_cents:
            statement = found[0]
            record = invoicing.issue(db, statement)
            invoices.append((ids[who], start, end))
            if who % 2:
                add_payment(db, ids[who], 1_000, paid_on=end, invoice_number=record.number)
    for who, amount, day in payments:
        if who < len(ids) and amount:
            add_payment(db, ids[who], amount, paid_on=day)
    return ids, invoices


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups(), st.data())
def test_balances_account_and_statement_agree_for_every_member_and_day(group, data):
    """−balance(D) = account closing on D = amount due of a statement ending on D."""
    days = group[5]
    with fresh_database() as db:
        ids, invoices = build(db, group)
        for day in days:
            for member_id in ids:
                owed = owed_by_balances(db, member_id, day)
                assert account(db, member_id, end=day).closing_cents == owed
                # A statement may start on any day after the member's last invoice that
                # ended by D (an invoice ending inside it would be asked twice).
                ended = [end for who, _, end in invoices if who == member_id and end <= day]
                earliest = max(ended) + dt.timedelta(days=1) if ended else FIRST_DAY
                if earliest > day:
                    continue  # an invoice ends on D: the statement ending on D was issued
                start = data.draw(
                    st.integers(0, (day - earliest).days).map(
                        lambda n, e=earliest: e + dt.timedelta(days=n)
                    )
                )
                assert statement_due(db, member_id, start, day) == owed, (member_id, start, day)
                assert statement_due(db, member_id, earliest, day) == owed


@pytest.fixture
def pair(db):
    anne = add_member(db, MemberInput(name="Anne", joined=D(2025, 1, 1)))
    bob = add_member(db, MemberInput(name="Bob", joined=D(2025, 1, 1)))
    return anne, bob


@pytest.mark.parametrize("taxed", [False, True])
def test_a_statement_brings_forward_the_charges_never_invoiced(db, pair, taxed):
    """The worked example of docs/statements.md: balances and a December statement agree
    although January–November were never invoiced; those months come in as charges not
    yet invoiced."""
    anne, bob = pair
    if taxed:
        enable_taxes(db)
    for month in range(1, 13):
        add_cost(db, CostInput(amount_cents=10_000, start=D(2026, month, 10), rule="equal"))
    add_payment(db, anne.id, 2_500, paid_on=D(2026, 6, 1))
    (statement,) = build_statements(
        db, D(2026, 12, 1), D(2026, 12, 31), member_ids=[anne.id], issued_on=D(2026, 12, 31)
    )
    assert statement.brought_forward_cents == -2_500
    assert statement.uninvoiced_cents == 55_000
    assert statement.charges_cents == 5_000
    assert statement.subtotal_cents == 60_000
    assert (statement.gst_cents, statement.qst_cents) == ((3_000, 5_985) if taxed else (0, 0))
    assert statement.amount_due_cents == (66_485 if taxed else 57_500)
    assert owed_by_balances(db, anne.id, D(2026, 12, 31)) == statement.amount_due_cents
    assert account(db, anne.id, end=D(2026, 12, 31)).closing_cents == statement.amount_due_cents


def test_periods_cut_anywhere_give_the_same_cents(db, pair):
    """Jan–Mar then Apr–Jun is Jan–Jun, member by member, for costs over periods, split
    equally, by shares and by use."""
    anne, bob = pair
    chloe = add_member(db, MemberInput(name="Chloé", joined=D(2026, 2, 17)))
    van = add_asset(db, AssetInput(name="Van", kind="vehicle", default_rule="usage"))
    add_cost(db, CostInput(amount_cents=125_000, start=D(2026, 1, 1), end=D(2026, 12, 31),
                           category="insurance", asset_id=van.id))  # fmt: skip
    add_cost(db, CostInput(amount_cents=31_001, start=D(2026, 3, 15), end=D(2026, 4, 14)))
    for member, day in ((anne, 5), (bob, 40), (chloe, 100), (anne, 160)):
        start = dt.datetime.combine(D(2026, 1, 1) + dt.timedelta(days=day), dt.time(9), MONTREAL)
        book(db, BookingRequest(van.id, member.id, start, start + dt.timedelta(hours=5)))
    whole = split_period(db, D(2026, 1, 1), D(2026, 6, 30)).member_totals()
    for cut in (D(2026, 3, 31), D(2026, 3, 20), D(2026, 2, 16), D(2026, 4, 1)):
        first = split_period(db, D(2026, 1, 1), cut).member_totals()
        second = split_period(db, cut + dt.timedelta(days=1), D(2026, 6, 30)).member_totals()
        added = {m: first.get(m, 0) + second.get(m, 0) for m in first.keys() | second.keys()}
        assert {m: c for m, c in added.items() if c} == {m: c for m, c in whole.items() if c}


def test_invoice_status_comes_from_the_credits_applied_to_it(db, pair):
    anne, bob = pair
    add_cost(db, CostInput(amount_cents=20_000, start=D(2026, 1, 10), rule="equal"))
    add_cost(db, CostInput(amount_cents=20_000, start=D(2026, 2, 10), rule="equal"))
    add_cost(db, CostInput(amount_cents=50_000, start=D(2026, 2, 20), paid_by_member_id=bob.id,
                           rule="weights:1=1"))  # fmt: skip
    january = build_statements(db, D(2026, 1, 1), D(2026, 1, 31), issued_on=D(2026, 2, 1))
    issued = {s.member_id: invoicing.issue(db, s) for s in january}
    # Anne pays half of hers, naming it: still owed after its due date, so overdue.
    add_payment(db, anne.id, 5_000, paid_on=D(2026, 2, 5), invoice_number=issued[anne.id].number)
    by_number = {r.number: r for r in invoicing.list_invoices(db)}
    assert by_number[issued[anne.id].number].status == "overdue"  # due date long past
    assert by_number[issued[anne.id].number].paid_cents == 5_000
    assert by_number[issued[anne.id].number].amount_due_cents == 5_000
    # Bob paid a 500 $ expense for the group on Feb 20, after his January invoice was
    # issued: that credit pays it.
    assert by_number[issued[bob.id].number].status == "paid"
    # His February statement is in his favour; issued, nothing is owed on it.
    (feb,) = build_statements(
        db, D(2026, 2, 1), D(2026, 2, 28), member_ids=[bob.id], issued_on=D(2026, 3, 1)
    )
    assert feb.amount_due_cents < 0
    bob_feb = invoicing.issue(db, feb)
    by_number = {r.number: r for r in invoicing.list_invoices(db)}
    assert by_number[bob_feb.number].status == "in_credit"
    assert by_number[bob_feb.number].amount_due_cents == 0
    # Anne pays the rest: paid.
    add_payment(db, anne.id, 5_000, paid_on=D(2026, 3, 2))
    by_number = {r.number: r for r in invoicing.list_invoices(db)}
    assert by_number[issued[anne.id].number].status == "paid"


def test_a_payment_names_an_invoice_of_the_member_who_pays(db, pair):
    anne, bob = pair
    add_cost(db, CostInput(amount_cents=20_000, start=D(2026, 1, 10), rule="equal"))
    (anne_jan,) = build_statements(db, D(2026, 1, 1), D(2026, 1, 31), member_ids=[anne.id])
    number = invoicing.issue(db, anne_jan).number
    with pytest.raises(UsageError):
        add_payment(db, anne.id, 100, paid_on=D(2026, 2, 1), invoice_number="2026-9999")
    with pytest.raises(RuleViolation):
        add_payment(db, bob.id, 100, paid_on=D(2026, 2, 1), invoice_number=number)
    assert add_payment(db, anne.id, 100, paid_on=D(2026, 2, 1), invoice_number=number).id


def test_an_opening_balance_is_owed_from_its_day(db, pair):
    anne, _ = pair
    add_entry(db, anne.id, 12_345, day=D(2026, 3, 1), note="carnet 2025")
    assert owed_by_balances(db, anne.id, D(2026, 2, 28)) == 0
    assert owed_by_balances(db, anne.id, D(2026, 3, 1)) == 12_345
    statement = account(db, anne.id, D(2026, 1, 1), D(2026, 3, 31))
    assert [(line.kind, line.amount_cents) for line, _ in statement.lines] == [("opening", 12_345)]
    assert statement.closing_cents == 12_345
    assert statement_due(db, anne.id, D(2026, 3, 1), D(2026, 3, 31)) == 12_345
    with pytest.raises(NotFound):
        add_entry(db, 999, 100, day=D(2026, 3, 1))


def test_taxes_on_charges_not_yet_invoiced_are_owed_and_issuing_changes_no_balance(db, pair):
    anne, _ = pair
    enable_taxes(db)
    add_cost(db, CostInput(amount_cents=33_333, start=D(2026, 1, 10), rule="equal"))
    before = figures(db, D(2026, 1, 31))[anne.id]
    assert before.accrued_tax_cents > 0
    (statement,) = build_statements(db, D(2026, 1, 1), D(2026, 1, 31), member_ids=[anne.id])
    assert statement.amount_due_cents == before.due_cents
    invoicing.issue(db, statement)
    after = figures(db, D(2026, 1, 31))[anne.id]
    assert after.accrued_tax_cents == 0 and after.invoice_tax_cents == before.accrued_tax_cents
    assert after.due_cents == before.due_cents
