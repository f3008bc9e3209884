"""The ledger reconciles with the costs, and the Dashboard's ledger totals are the sums of
every member's ledger."""

from __future__ import annotations

import dataclasses
import datetime as dt

from partage.services import dashboard, invoicing, ledger
from partage.services.accounts import add_payment, split_period
from partage.services.assets import AssetInput, add_asset
from partage.services.costs import CostInput, add_cost
from partage.services.document_settings import load as load_settings
from partage.services.document_settings import save as save_settings
from partage.services.members import MemberInput, add_member
from partage.services.reconciliation import Reconciliation, reconcile
from partage.services.statements import build_statements

D = dt.date


def scene(db) -> dict[str, int]:
    """Three members, costs over days and a year (one paid by a member), a payment, an
    opening balance, taxes, and October invoiced."""
    save_settings(db, dataclasses.replace(load_settings(db), taxes_enabled=True))
    ids = {name: add_member(db, MemberInput(name=name, joined=D(2026, 1, 1))).id
           for name in ("Anne", "Bob", "Carole")}
    van = add_asset(db, AssetInput(name="Van", kind="vehicle", default_rule="equal"))
    add_cost(db, CostInput(amount_cents=1_000_01, start=D(2026, 3, 1), end=D(2027, 2, 28),
                           asset_id=van.id, category="insurance"))
    add_cost(db, CostInput(amount_cents=1_500_00, start=D(2026, 10, 5), category="other",
                           paid_by_member_id=ids["Carole"]))
    add_payment(db, ids["Anne"], 50_00, paid_on=D(2026, 10, 20))
    ledger.add_entry(db, ids["Bob"], 12_34, day=D(2026, 3, 1), note="old books")
    ledger.add_entry(db, ids["Anne"], -7_00, day=D(2026, 3, 1))
    for statement in build_statements(db, D(2026, 10, 1), D(2026, 10, 31),
                                      issued_on=D(2026, 11, 1)):
        if statement.total_cents:
            invoicing.issue(db, statement)
    return ids


def test_an_empty_group_reconciles_at_zero(db) -> None:
    found = reconcile(db, D(2026, 12, 7))
    assert found == Reconciliation(D(2026, 12, 7), 0, 0)
    assert found.reconciles and found.difference_cents == 0


def test_the_members_charges_are_what_the_costs_allocate(db) -> None:
    scene(db)
    for day in (D(2026, 2, 28), D(2026, 3, 1), D(2026, 10, 31), D(2026, 12, 7)):
        found = reconcile(db, day)
        charged = sum(f.charges_cents for f in ledger.figures(db, day).values())
        assert found.charged_cents == charged
        first = ledger.first_day(db)
        assert first is not None
        allocated = split_period(db, first, day).total_cents if day >= first else 0
        assert found.allocated_cents == allocated
        assert found.reconciles, found
    assert reconcile(db, D(2026, 12, 7)).allocated_cents > 0


def test_a_difference_is_reported_not_hidden(db) -> None:
    ids = scene(db)
    day = D(2026, 12, 7)
    read = ledger.figures(db, day)
    anne = read[ids["Anne"]]
    wrong = {**read, ids["Anne"]: dataclasses.replace(anne, charges_cents=anne.charges_cents + 1)}
    found = reconcile(db, day, figures=wrong)
    assert not found.reconciles
    assert found.difference_cents == 1
    assert found.charged_cents == found.allocated_cents + 1


def test_the_dashboard_totals_are_the_sums_of_every_member_s_ledger(db) -> None:
    scene(db)
    day = D(2026, 12, 7)
    totals = dashboard.ledger_totals(db, day)
    members = ledger.figures(db, day).values()
    assert totals.members == 3
    assert totals.charges_cents == sum(m.charges_cents for m in members)
    assert totals.invoiced_cents == sum(m.invoiced_cents for m in members) > 0
    assert totals.uninvoiced_cents == sum(m.uninvoiced_cents for m in members) > 0
    assert totals.tax_cents == sum(m.invoice_tax_cents + m.accrued_tax_cents
                                   for m in members) > 0
    assert totals.entries_cents == 12_34 - 7_00
    assert totals.payments_cents == 50_00
    assert totals.expenses_cents == 1_500_00
    assert totals.members_owe_cents == sum(m.due_cents for m in members if m.due_cents > 0)
    assert totals.group_owes_cents == -sum(m.due_cents for m in members if m.due_cents < 0) > 0
    # What is owed in all is what was charged less what was credited.
    assert totals.net_cents == (totals.charges_cents + totals.tax_cents + totals.entries_cents
                                - totals.payments_cents - totals.expenses_cents)
    assert totals.reconciliation.reconciles
