"""Maintenance recorded as done on two computers: the second save, made on the plan as
it was before the first, is refused; a retried save never posts its cost twice."""

from __future__ import annotations

import datetime as dt

import pytest

from partage.errors import StaleEdit
from partage.services.assets import AssetInput, add_asset
from partage.services.costs import list_costs
from partage.services.upkeep import add_plan, add_policy, get_plan, list_policies, record_done

D = dt.date


@pytest.fixture
def plan(db):
    van = add_asset(db, AssetInput(name="Van", kind="vehicle", meter="km"))
    return add_plan(db, van.id, "Vidange", every_months=6, starting=D(2026, 1, 10))


def test_maintenance_recorded_on_a_plan_changed_meanwhile_is_refused(db, plan) -> None:
    record_done(db, plan.id, done_on=D(2026, 7, 12), cost_cents=18_950,
                expected_version=plan.version)
    with pytest.raises(StaleEdit) as refused:
        record_done(db, plan.id, done_on=D(2026, 7, 13), cost_cents=19_000,
                    expected_version=plan.version)
    assert "nothing was recorded" in refused.value.message
    assert [c.amount_cents for c in list_costs(db)] == [18_950]
    assert get_plan(db, plan.id).last_done == D(2026, 7, 12)
    # With the version as it is now, it goes through.
    now = get_plan(db, plan.id)
    record_done(db, plan.id, done_on=D(2026, 7, 13), cost_cents=19_000,
                expected_version=now.version)
    assert get_plan(db, plan.id).last_done == D(2026, 7, 13)


def test_a_retried_maintenance_save_posts_its_cost_once(db, plan) -> None:
    for _ in range(2):  # the same commit sent again, as after a lost answer
        record_done(db, plan.id, done_on=D(2026, 7, 12), cost_cents=18_950,
                    client_id="done-1", expected_version=plan.version)
    assert [c.amount_cents for c in list_costs(db)] == [18_950]


def test_a_retried_policy_save_adds_it_once(db, plan) -> None:
    for _ in range(2):
        add_policy(db, asset_id=plan.asset_id, premium_cents=125_000, start=D(2026, 4, 1),
                   end=D(2027, 3, 31), insurer="Desjardins", client_id="policy-1")
    assert len(list_policies(db)) == 1 and len(list_costs(db)) == 1
