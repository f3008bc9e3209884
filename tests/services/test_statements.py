"""Statements' charges: the bulk path (every member at once, per division) against each
member's allocations alone and against every allocation of the split, built one by one."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from partage.services.accounts import split_period
from partage.services.assets import list_assets
from partage.services.costs import CostInput, add_cost
from partage.services.demo import create_demo
from partage.services.statements import DETAILED_SHARES, build_statements, member_charges

D = dt.date


def test_charges_in_bulk_are_every_nonzero_share_grouped_and_explained(tmp_path, qapp):
    anchor = D(2026, 11, 24)
    db = create_demo(tmp_path / "demo.partage", anchor=anchor)
    try:
        asset = list_assets(db)[0]
        # Seven cents among fifteen members: most take nothing, and must not be shown it.
        add_cost(
            db, CostInput(amount_cents=7, start=D(2026, 6, 1), asset_id=asset.id, rule="equal")
        )
        add_cost(db, CostInput(amount_cents=-3, start=D(2026, 6, 2), category="rent"))
        start, end = anchor - dt.timedelta(days=364), anchor
        report = split_period(db, start, end)
        bulk = member_charges(report)  # everyone: per division, in bulk
        # Every allocation other than zero, built one by one, by member and group.
        expected: dict[tuple[int, tuple[int | None, str]], list] = {}
        for cost in report.costs:
            info = report.info[cost.cost_id]
            key = (info.asset_id, "") if info.asset_id is not None else (None, info.category)
            for allocation in cost.allocations:
                if allocation.amount_cents:
                    expected.setdefault((allocation.member_id, key), []).append((cost, allocation))
        seen = set()
        summarised = detailed = 0
        for member_id, groups in bulk.items():
            # The same as from the member's own allocations (the path for a few members).
            assert groups == member_charges(report, [member_id])[member_id]
            for group in groups:
                pairs = expected[member_id, (group.asset_id, group.category)]
                seen.add((member_id, (group.asset_id, group.category)))
                assert group.share_count == len(pairs)
                assert group.amount_cents == sum(a.amount_cents for _, a in pairs)
                assert group.period_cents == sum(c.period_cents for c, _ in pairs)
                categories = Counter(report.info[c.cost_id].category for c, _ in pairs)
                assert group.categories == tuple(sorted(categories.items()))
                explained = [(s.cost, s.allocation) for s in group.shares]
                if len(pairs) <= DETAILED_SHARES:
                    detailed += 1
                    assert explained == pairs
                else:
                    summarised += 1
                    latest = max(
                        range(len(pairs)), key=lambda i: (report.info[pairs[i][0].cost_id].start, i)
                    )
                    assert explained == [pairs[latest]]
        assert seen == set(expected)
        assert summarised and detailed
        # A statement's subtotal is the member's share of the split.
        totals = report.member_totals()
        for statement in build_statements(db, start, end, report=report):
            assert statement.subtotal_cents == totals.get(statement.member_id, 0)
    finally:
        db.close()
