"""The split engine: worked examples checked by hand, and its invariants by hypothesis."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partage.services.splitting import (
    CostLine,
    CostSplit,
    MemberTerm,
    Rule,
    Splitter,
    largest_remainder,
    member_allocations,
    member_totals,
    member_totals_by,
    nonzero_shares,
    period_part,
    rotation,
    settle,
    split,
    split_cost,
)

D = dt.date
ANNE, BOB, CHLOE = 1, 2, 3


def amounts(result):
    return {a.member_id: a.amount_cents for c in result.costs for a in c.allocations}


# --- worked examples (docs/splitting.md) ----------------------------------------------


def test_example_van_insurance_by_kilometres():
    """1 250,00 $ premium for a year, July's part split by the km each member drove."""
    premium = CostLine(
        cost_id=1,
        amount_cents=125_000,
        start=D(2026, 4, 1),
        end=D(2027, 3, 31),
        rule=Rule.parse("usage"),
        usage={ANNE: 212, BOB: 1628},
        usage_unit="km",
    )
    members = [MemberTerm(ANNE), MemberTerm(BOB)]
    result = split([premium], members, D(2026, 7, 1), D(2026, 7, 31))
    cost = result.costs[0]
    assert (cost.period_cents, cost.days_in_period, cost.days_total) == (10_617, 31, 365)
    assert amounts(result) == {ANNE: 1_223, BOB: 9_394}
    anne = cost.allocations[0]
    # The proration by days belongs to the cost; the member's own step is the usage.
    assert [(f.kind, f.numerator, f.denominator) for f in anne.factors[0]] == [("usage", 212, 1840)]


def test_example_rent_with_a_member_joining_mid_month():
    """3 100,00 $ rent for March; Chloé joins on the 17th and pays for her 15 days only."""
    rent = CostLine(2, 310_000, D(2026, 3, 1), D(2026, 3, 31), Rule.parse("equal"))
    members = [MemberTerm(ANNE), MemberTerm(BOB), MemberTerm(CHLOE, joined=D(2026, 3, 17))]
    result = split([rent], members, D(2026, 3, 1), D(2026, 3, 31))
    assert amounts(result) == {ANNE: 130_000, BOB: 130_000, CHLOE: 50_000}


def test_example_mix_of_shares_and_usage():
    """1 000,00 $ repair of a co-owned console: half by ownership, half by hours of use."""
    repair = CostLine(
        3,
        100_000,
        D(2026, 5, 12),
        D(2026, 5, 12),
        Rule.parse("mix:shares=50,usage=50"),
        owners=((ANNE, 1000), (BOB, 1000)),
        usage={ANNE: 30 * 60, BOB: 10 * 60, CHLOE: 10 * 60},
    )
    members = [MemberTerm(ANNE), MemberTerm(BOB), MemberTerm(CHLOE)]
    result = split([repair], members, D(2026, 5, 1), D(2026, 5, 31))
    assert amounts(result) == {ANNE: 55_000, BOB: 35_000, CHLOE: 10_000}


def test_example_leftover_cents_go_to_the_largest_remainders_then_lowest_id():
    assert largest_remainder(100, {3: Fraction(1), 1: Fraction(1), 2: Fraction(1)}) == {
        1: 34,
        2: 33,
        3: 33,
    }
    assert largest_remainder(-100, {1: Fraction(1), 2: Fraction(1), 3: Fraction(1)}) == {
        1: -34,
        2: -33,
        3: -33,
    }


def test_weights_and_exemption():
    cost = CostLine(4, 10_000, D(2026, 1, 5), D(2026, 1, 5), Rule.parse("weights:1=2,2=1,3=1"))
    members = [MemberTerm(ANNE), MemberTerm(BOB), MemberTerm(CHLOE, exempt=True)]
    result = split([cost], members, D(2026, 1, 1), D(2026, 1, 31))
    assert amounts(result) == {ANNE: 6_667, BOB: 3_333}


def test_shares_without_owners_use_member_weights():
    cost = CostLine(5, 9_000, D(2026, 1, 5), D(2026, 1, 5), Rule.parse("shares"))
    members = [MemberTerm(ANNE, weight_milli=2000), MemberTerm(BOB, weight_milli=1000)]
    assert amounts(split([cost], members, D(2026, 1, 1), D(2026, 1, 31))) == {
        ANNE: 6_000,
        BOB: 3_000,
    }


def test_usage_with_no_use_at_all_falls_back_to_equal_and_says_so():
    cost = CostLine(6, 5_000, D(2026, 1, 5), D(2026, 1, 5), Rule.parse("usage"))
    result = split([cost], [MemberTerm(ANNE), MemberTerm(BOB)], D(2026, 1, 1), D(2026, 1, 31))
    assert amounts(result) == {ANNE: 2_500, BOB: 2_500}
    assert result.costs[0].allocations[0].factors[0][-1].unit == "no_usage"


def test_nobody_in_the_group_leaves_the_cost_unallocated_and_says_so():
    cost = CostLine(6, 5_000, D(2026, 1, 5), D(2026, 1, 5), Rule.parse("equal"))
    result = split([cost], [MemberTerm(ANNE, joined=D(2026, 2, 1))], D(2026, 1, 1), D(2026, 1, 31))
    assert result.costs[0].allocations == ()
    assert result.costs[0].unallocated_reason == "no_members"


def test_a_cost_outside_the_period_contributes_nothing():
    cost = CostLine(7, 5_000, D(2026, 2, 5), D(2026, 2, 5), Rule.parse("equal"))
    result = split([cost], [MemberTerm(ANNE)], D(2026, 1, 1), D(2026, 1, 31))
    assert result.costs[0].period_cents == 0 and amounts(result) == {}


def test_settle_up_example():
    transfers = settle({ANNE: 5_000, BOB: -3_000, CHLOE: -2_000})
    assert sorted(transfers) == [(BOB, ANNE, 3_000), (CHLOE, ANNE, 2_000)]
    # Two pairs that cancel each other need two transfers, not three.
    assert len(settle({1: 100, 2: -100, 3: 250, 4: -250})) == 2


# --- invariants -----------------------------------------------------------------------

days = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 12, 31))


@st.composite
def scenarios(draw):
    member_ids = draw(st.lists(st.integers(1, 40), min_size=1, max_size=8, unique=True))
    members = []
    for member_id in member_ids:
        joined = draw(st.none() | days)
        left = draw(st.none() | days)
        if joined and left and left < joined:
            joined, left = left, joined
        members.append(
            MemberTerm(
                member_id,
                weight_milli=draw(st.integers(1, 5000)),
                joined=joined,
                left=left,
                exempt=draw(st.booleans()) and len(member_ids) > 1,
            )
        )
    costs = []
    for cost_id in range(draw(st.integers(1, 6))):
        start = draw(days)
        end = start + dt.timedelta(days=draw(st.integers(0, 400)))
        kind = draw(st.sampled_from(["equal", "shares", "usage", "weights", "mix"]))
        text = {
            "weights": "weights:" + ",".join(f"{m}=1" for m in member_ids),
            "mix": "mix:equal=30,shares=30,usage=40",
        }.get(kind, kind)
        owners = tuple((m, draw(st.integers(1, 3000))) for m in member_ids if draw(st.booleans()))
        usage = {m: draw(st.integers(0, 5000)) for m in member_ids}
        costs.append(
            CostLine(
                cost_id,
                draw(st.integers(-500_000, 5_000_000)),
                start,
                end,
                Rule.parse(text),
                owners=owners,
                usage=usage,
            )
        )
    period_start = draw(days)
    period_end = period_start + dt.timedelta(days=draw(st.integers(0, 400)))
    return members, costs, period_start, period_end


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_every_allocation_sums_exactly_and_is_within_a_cent_of_its_exact_share(scenario):
    members, costs, start, end = scenario
    result = split(costs, members, start, end)
    exempt = {m.member_id for m in members if m.exempt}
    for cost in result.costs:
        if cost.allocations:
            # What the members take is the cost's part in the period, except when a cost
            # that began before the period had days nobody belonged to the group: the
            # cents of those days, unallocated then, are shared now.
            assert sum(a.amount_cents for a in cost.allocations) == cost.allocated_cents
            began = next(c for c in costs if c.cost_id == cost.cost_id).start
            nobody_before = began < start and not any(
                m.active_on(began + dt.timedelta(days=n))
                for m in members
                if not m.exempt
                for n in range((start - began).days)
            )
            assert cost.allocated_cents == cost.period_cents or nobody_before or any(
                not m.exempt and not m.active_on(began) for m in members
            )
        # A cost that began before the period is what was accrued by its end less what
        # was accrued before it: two roundings, each within a cent.
        began_before = next(c for c in costs if c.cost_id == cost.cost_id).start < start
        for allocation in cost.allocations:
            assert abs(allocation.amount_cents - allocation.exact) < (2 if began_before else 1)
            assert allocation.member_id not in exempt


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.data())
def test_what_a_member_owes_does_not_depend_on_where_the_periods_are_cut(scenario, data):
    """Jan–Mar then Apr–Jun give each member the same cents as Jan–Jun, cost by cost."""
    members, costs, start, end = scenario
    cut = start + dt.timedelta(days=data.draw(st.integers(0, (end - start).days)))
    whole = split(costs, members, start, end)
    if cut == end:
        return
    first = split(costs, members, start, cut)
    second = split(costs, members, cut + dt.timedelta(days=1), end)
    for together, one, two in zip(whole.costs, first.costs, second.costs, strict=True):
        assert together.period_cents == one.period_cents + two.period_cents
        shares = {a.member_id: a.amount_cents for a in one.allocations}
        for allocation in two.allocations:
            shares[allocation.member_id] = shares.get(allocation.member_id, 0) + (
                allocation.amount_cents
            )
        expected = {a.member_id: a.amount_cents for a in together.allocations}
        assert {m: c for m, c in shares.items() if c} == {m: c for m, c in expected.items() if c}
    assert {m: c for m, c in whole.totals().items() if c} == {
        m: c for m, c in _added(first.totals(), second.totals()).items() if c
    }


def _added(one: dict[int, int], two: dict[int, int]) -> dict[int, int]:
    return {m: one.get(m, 0) + two.get(m, 0) for m in one.keys() | two.keys()}


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32), st.integers(0, 10**6), st.sampled_from([99, 100_000]))
def test_leftover_cents_favour_no_member_over_thousands_of_costs(seed, first_id, largest):
    """3 000 costs split equally among 50 members: no member's total drifts more than
    1,00 $ from their exact share (the turn for leftover cents moves from cost to cost)."""
    rnd = random.Random(seed)
    amounts = [rnd.randint(1, largest) for _ in range(3_000)]
    members = [MemberTerm(member_id) for member_id in range(1, 51)]
    costs = [
        CostLine(first_id + n, cents, D(2026, 3, 1), D(2026, 3, 1), Rule.parse("equal"))
        for n, cents in enumerate(amounts)
    ]
    result = split(costs, members, D(2026, 3, 1), D(2026, 3, 31))
    exact = Fraction(sum(amounts), 50)
    drift = [abs(total - exact) for total in result.totals().values()]
    assert max(drift) <= 100
    assert sum(result.totals().values()) == sum(amounts)


@settings(max_examples=100, deadline=None)
@given(scenarios(), st.randoms(use_true_random=False))
def test_the_split_does_not_depend_on_input_order(scenario, rnd):
    members, costs, start, end = scenario
    shuffled_members, shuffled_costs = list(members), list(costs)
    rnd.shuffle(shuffled_members)
    rnd.shuffle(shuffled_costs)
    assert split(costs, members, start, end) == split(shuffled_costs, shuffled_members, start, end)


@st.composite
def shared_scenarios(draw):
    """Costs sharing rules, owners and usage (as lines read from a database do), few members
    with small weights and small amounts: costs divide the same way, and equal remainders
    across members of different weights are common."""
    member_ids = draw(st.lists(st.integers(1, 12), min_size=1, max_size=7, unique=True))
    month = st.integers(0, 89).map(lambda d: D(2026, 1, 1) + dt.timedelta(days=d))
    members = []
    for member_id in member_ids:
        joined = draw(st.none() | month)
        left = draw(st.none() | month)
        if joined and left and left < joined:
            joined, left = left, joined
        members.append(
            MemberTerm(
                member_id,
                weight_milli=draw(st.sampled_from([1000, 2000, 3000])),
                joined=joined,
                left=left,
                exempt=draw(st.booleans()) and len(member_ids) > 1 and draw(st.booleans()),
            )
        )
    small = st.sampled_from([1, 2, 3])
    rules = [
        Rule.parse(text)
        for text in (
            "equal",
            "shares",
            "usage",
            "mix:equal=50,usage=50",
            "weights:" + ",".join(f"{m}={draw(small)}" for m in member_ids),
        )
    ]
    usages = [{m: draw(st.sampled_from([0, 1, 2, 3, 6])) for m in member_ids} for _ in range(2)]
    owner_sets = [
        tuple((m, draw(small) * 1000) for m in member_ids if draw(st.booleans())) for _ in range(2)
    ]
    costs = []
    for cost_id in range(draw(st.integers(1, 14))):
        start = draw(month)
        end = start + dt.timedelta(days=draw(st.sampled_from([0, 0, 0, 6, 40])))
        costs.append(
            CostLine(
                cost_id,
                draw(st.integers(-300, 300) | st.integers(-50_000, 500_000)),
                start,
                end,
                draw(st.sampled_from(rules)),
                owners=draw(st.sampled_from(owner_sets)),
                usage=draw(st.sampled_from(usages)),
            )
        )
    return members, costs, D(2026, 1, 15), D(2026, 3, 15)


def every_allocation(costs: tuple[CostSplit, ...]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for cost in costs:
        for allocation in cost.allocations:
            totals[allocation.member_id] = (
                totals.get(allocation.member_id, 0) + allocation.amount_cents
            )
    return totals


def check_sums_and_shares_agree_with_every_allocation(members, costs, start, end):
    # Sums and single shares first, on a split whose allocations were never built...
    lazy = split(costs, members, start, end).costs
    totals = member_totals(lazy)
    by_key = member_totals_by((c.cost_id % 3, c) for c in lazy)
    ids = [m.member_id for m in members] + [99]
    shares = {m: member_allocations(reversed(lazy), m) for m in ids}
    # ...against every allocation of the same split, built one by one.
    eager = split(costs, members, start, end).costs
    assert totals == every_allocation(eager)
    expected_by_key: dict[int, dict[int, int]] = {}
    for cost in eager:
        for allocation in cost.allocations:
            keyed = expected_by_key.setdefault(allocation.member_id, {})
            keyed[cost.cost_id % 3] = keyed.get(cost.cost_id % 3, 0) + allocation.amount_cents
    assert by_key == expected_by_key
    for member_id in ids:
        assert shares[member_id] == [
            (cost, a) for cost in eager for a in cost.allocations if a.member_id == member_id
        ]
    assert sum(c.allocated_cents for c in lazy) == sum(totals.values())
    assert [c.member_count for c in lazy] == [len(c.allocations) for c in eager]
    # Who takes a share other than zero, in bulk, and one member's allocation of one cost,
    # on a split whose allocations were never built either.
    fresh = split(costs, members, start, end).costs
    blocks, rest = nonzero_shares(fresh)
    found = [(i, m) for block_ids, indexes in blocks for i in indexes for m in block_ids]
    found += [(i, a.member_id) for i, a in rest]
    assert sorted(found) == [
        (i, a.member_id) for i, cost in enumerate(eager) for a in cost.allocations if a.amount_cents
    ]
    assert all(a in eager[i].allocations for i, a in rest)
    for member_id in ids:
        for cost, built in zip(fresh, eager, strict=True):
            assert cost.allocation_of(member_id) == next(
                (a for a in built.allocations if a.member_id == member_id), None
            )


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_sums_and_single_shares_agree_with_every_allocation(scenario):
    check_sums_and_shares_agree_with_every_allocation(*scenario)


@settings(max_examples=300, deadline=None)
@given(shared_scenarios())
def test_sums_and_single_shares_agree_with_every_allocation_when_costs_divide_alike(scenario):
    check_sums_and_shares_agree_with_every_allocation(*scenario)


@settings(max_examples=300, deadline=None)
@given(shared_scenarios())
def test_costs_that_divide_alike_are_split_as_each_would_be_alone(scenario):
    members, costs, start, end = scenario
    alone = tuple(
        split_cost(c, members, start, end) for c in sorted(costs, key=lambda c: c.cost_id)
    )
    together = split(costs, members, start, end).costs
    assert together == alone
    for cost, single in zip(together, alone, strict=True):
        for allocation, other in zip(cost.allocations, single.allocations, strict=True):
            assert allocation.exact == other.exact
            assert allocation.factors == other.factors


@settings(max_examples=150, deadline=None)
@given(shared_scenarios(), st.randoms(use_true_random=False))
def test_lines_split_one_at_a_time_and_dropped_are_split_as_together(scenario, rnd):
    members, costs, start, end = scenario
    shuffled = list(costs)
    rnd.shuffle(shuffled)
    splitter = Splitter(members, start, end)
    one_by_one = []
    for cost in shuffled:
        # A fresh rule, owners and usage for each line, dropped once split: objects
        # freed along the way must not be mistaken for others made later.
        fresh = CostLine(
            cost.cost_id,
            cost.amount_cents,
            cost.start,
            cost.end,
            Rule(tuple(cost.rule.parts), tuple(cost.rule.weights)),
            tuple(cost.owners),
            dict(cost.usage),
            cost.usage_unit,
        )
        one_by_one.append(splitter.split_cost(fresh))
        del fresh
    one_by_one.sort(key=lambda c: c.cost_id)
    assert tuple(one_by_one) == split(costs, members, start, end).costs


def test_a_cost_split_is_read_only_and_builds_its_allocations_once():
    cost = CostLine(1, 1_000, D(2026, 1, 5), D(2026, 1, 5), Rule.parse("equal"))
    (result,) = split(
        [cost],
        [MemberTerm(ANNE), MemberTerm(BOB), MemberTerm(CHLOE)],
        D(2026, 1, 1),
        D(2026, 1, 31),
    ).costs
    assert result.member_count == 3 and result.allocated_cents == 1_000
    assert result.allocations is result.allocations
    amounts_by_member = [a.amount_cents for a in result.allocations]
    # The leftover cent goes to the member the cost's turn starts at (``rotation``).
    assert amounts_by_member == [334 if i == rotation(1, 3) else 333 for i in range(3)]
    with pytest.raises(AttributeError):
        result.period_cents = 0
    given = CostSplit(2, 99, 99, 1, 1, ())
    assert (given.allocations, given.allocated_cents, given.member_count) == ((), 0, 0)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(-(10**9), 10**9),
    days,
    st.integers(0, 800),
    st.lists(st.integers(1, 60), max_size=20),
)
def test_consecutive_periods_add_up_to_the_whole_cost(amount, start, length, cuts):
    cost = CostLine(1, amount, start, start + dt.timedelta(days=length), Rule.parse("equal"))
    total, day = 0, start
    boundaries = [*cuts, 10_000]
    for size in boundaries:
        last = min(day + dt.timedelta(days=size - 1), cost.end)
        total += period_part(cost, day, last)[0]
        day = last + dt.timedelta(days=1)
        if day > cost.end:
            break
    assert total == amount


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-10_000, 10_000), min_size=1, max_size=9))
def test_settle_brings_every_balance_to_zero_in_at_most_n_minus_1_transfers(values):
    balances = {i + 1: v for i, v in enumerate(values)}
    balances[len(values) + 1] = -sum(values)
    transfers = settle(balances)
    after = dict(balances)
    for payer, payee, amount in transfers:
        assert amount > 0
        after[payer] += amount
        after[payee] -= amount
    assert set(after.values()) == {0}
    assert len(transfers) <= max(0, sum(1 for v in balances.values() if v) - 1)


def test_settle_is_minimal_on_small_cases():
    rng = random.Random(3)
    for _ in range(200):
        values = [rng.choice([-300, -200, -100, 100, 200, 300]) for _ in range(5)]
        balances = {i + 1: v for i, v in enumerate(values)}
        balances[6] = -sum(values)
        open_ids = [m for m, v in balances.items() if v]
        # Brute force: the most disjoint zero-sum groups.
        best = _max_groups(tuple(sorted(open_ids)), balances)
        assert len(settle(balances)) == len(open_ids) - best


def _max_groups(ids, balances):
    if not ids:
        return 0
    first, rest = ids[0], ids[1:]
    best = 0
    for mask in range(1 << len(rest)):
        group = [first] + [rest[i] for i in range(len(rest)) if mask >> i & 1]
        if sum(balances[m] for m in group) == 0:
            remaining = tuple(m for m in rest if m not in group)
            best = max(best, 1 + _max_groups(remaining, balances))
    return best


@pytest.mark.parametrize("text", ["", "fair", "mix:shares=60,usage=60", "weights:"])
def test_unknown_stored_rules_are_refused(text):
    with pytest.raises(ValueError):
        Rule.parse(text)


def test_a_co_owner_who_left_takes_no_share_after_leaving():
    """Ownership shares count for the days each owner belongs to the group: after Bob
    leaves on June 30, Anne, the owner still there, carries the van alone."""
    owners = ((ANNE, 2000), (BOB, 1000))
    members = [MemberTerm(ANNE), MemberTerm(BOB, left=D(2026, 6, 30)), MemberTerm(CHLOE)]
    repair = CostLine(1, 30_000, D(2026, 8, 3), D(2026, 8, 3), Rule.parse("shares"), owners)
    both = CostLine(2, 30_000, D(2026, 6, 1), D(2026, 6, 1), Rule.parse("shares"), owners)
    # A July–June insurance: June's 30 days shared 2:1, the rest Anne's alone.
    insurance = CostLine(3, 36_500, D(2026, 6, 1), D(2027, 5, 31), Rule.parse("shares"), owners)
    result = split([repair, both, insurance], members, D(2026, 1, 1), D(2027, 12, 31))
    by_cost = {
        c.cost_id: {a.member_id: a.amount_cents for a in c.allocations} for c in result.costs
    }
    assert by_cost[1] == {ANNE: 30_000}
    assert by_cost[2] == {ANNE: 20_000, BOB: 10_000}
    assert by_cost[3][BOB] == 1_000  # 30 of 365 days, a third: 10,00 $
    assert by_cost[3][ANNE] == 35_500
    assert CHLOE not in by_cost[3]
