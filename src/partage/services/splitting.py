"""The split engine: who pays what share of each cost, and why.

A pure function of plain values — no database, no Qt — so it can be tested exhaustively
and explained line by line (docs/splitting.md).

For each cost line:
1. The part of its amount that falls in the period being split is prorated by days:
   cumulative rounding (the rounded share of the days up to the end of the overlap, less
   the rounded share of the days before it) makes consecutive periods add up exactly to
   the whole amount.
2. That part is divided among members by the cost's rule — equal, ownership shares,
   usage, custom weights, or a mix of these — day by day, so a member who joins or
   leaves during the period pays only for the days they belong.
3. Exact rational shares are turned into cents by the largest remainder method, ties
   going to the lower member id: the allocations always sum exactly to the part.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import NamedTuple

RULE_KINDS = ("equal", "shares", "usage", "weights")
EXACT_SETTLE_LIMIT = 12


@dataclass(frozen=True)
class MemberTerm:
    """A member's weight and membership dates (inclusive; None means open-ended)."""

    member_id: int
    weight_milli: int = 1000
    joined: dt.date | None = None
    left: dt.date | None = None
    exempt: bool = False

    def active_on(self, day: dt.date) -> bool:
        """True when the member belongs to the group on *day*."""
        return (self.joined is None or self.joined <= day) and (
            self.left is None or day <= self.left
        )


@dataclass(frozen=True)
class Rule:
    """A parsed split rule: parts of the cost (percentages) each split one way."""

    parts: tuple[tuple[str, int], ...]  # (kind, percent); kinds in RULE_KINDS
    weights: tuple[tuple[int, int], ...] = ()  # custom weights (member_id, milli)

    @classmethod
    def parse(cls, text: str) -> Rule:
        """The stored form of a rule (see ``services.rules``) as a Rule.

        Raises:
            ValueError: not a stored rule.
        """
        text = text.strip()
        if text in ("equal", "shares", "usage"):
            return cls(parts=((text, 100),))
        kind, _, body = text.partition(":")
        pairs = [item.split("=") for item in body.split(",") if item]
        if kind == "weights" and pairs:
            weights = tuple((int(m), int(Fraction(w) * 1000)) for m, w in pairs)
            return cls(parts=(("weights", 100),), weights=weights)
        if kind == "mix" and pairs:
            parts = tuple((k, int(v)) for k, v in pairs)
            if sum(p for _, p in parts) != 100 or any(k not in RULE_KINDS for k, _ in parts):
                raise ValueError(text)
            return cls(parts=parts)
        raise ValueError(text)


@dataclass(frozen=True)
class CostLine:
    """A cost to split, with what its rule needs.

    Attributes:
        cost_id: the cost's id (or a negative number for a derived line).
        amount_cents: the whole amount, over [start, end] (both days included).
        start, end: the days the cost covers; a one-off expense has start == end.
        rule: how to divide it.
        owners: ownership shares of the asset (member_id, milli), if any.
        usage: use of the asset per member during the period being split (booked
            minutes, or metered km or hours), for the usage rule.
        usage_unit: "minutes", "km" or "hours".
    """

    cost_id: int
    amount_cents: int
    start: dt.date
    end: dt.date
    rule: Rule
    owners: tuple[tuple[int, int], ...] = ()
    usage: Mapping[int, int] = field(default_factory=dict)
    usage_unit: str = "minutes"


@dataclass(frozen=True)
class Factor:
    """One step of an explanation: the amount times numerator/denominator of something."""

    kind: str  # "days", "equal", "shares", "weights", "usage", "part"
    numerator: Fraction
    denominator: Fraction
    unit: str = ""


class Allocation(NamedTuple):
    """A member's share of one cost, in cents, with the steps that produced it.

    ``factors`` holds one chain of steps per part of the rule; the proration by days is
    the cost's (``CostSplit.days_in_period`` of ``days_total``) and comes first. A named
    tuple, not a dataclass: a year of a large group makes over a million of these.
    """

    member_id: int
    amount_cents: int
    exact_numerator: int
    exact_denominator: int
    factors: tuple[tuple[Factor, ...], ...]

    @property
    def exact(self) -> Fraction:
        """The member's exact rational share in cents, before rounding."""
        return Fraction(self.exact_numerator, self.exact_denominator)


@dataclass(frozen=True)
class CostSplit:
    """How one cost's part in the period was divided."""

    cost_id: int
    amount_cents: int  # the whole cost
    period_cents: int  # the part that falls in the period
    days_in_period: int
    days_total: int
    allocations: tuple[Allocation, ...]
    unallocated_reason: str = ""  # "no_members" when nobody belonged to the group then


@dataclass(frozen=True)
class SplitResult:
    """Every cost's split, and each member's total."""

    start: dt.date
    end: dt.date
    costs: tuple[CostSplit, ...]

    def totals(self) -> dict[int, int]:
        """Cents owed per member over all costs."""
        totals: dict[int, int] = {}
        for cost in self.costs:
            for allocation in cost.allocations:
                totals[allocation.member_id] = (
                    totals.get(allocation.member_id, 0) + allocation.amount_cents
                )
        return totals


def _round_half_up(value: Fraction) -> int:
    """Nearest integer, halves away from zero (the way people round money)."""
    sign = -1 if value < 0 else 1
    return sign * int((abs(value) * 2 + 1) // 2)


def period_part(cost: CostLine, start: dt.date, end: dt.date) -> tuple[int, int, int]:
    """(cents in [start, end], overlapping days, total days) for a cost.

    Consecutive periods add up exactly to the whole amount.
    """
    total_days = (cost.end - cost.start).days + 1
    first = max(cost.start, start)
    last = min(cost.end, end)
    if last < first:
        return 0, 0, total_days
    before = (first - cost.start).days
    through = (last - cost.start).days + 1
    amount = Fraction(cost.amount_cents)
    cents = _round_half_up(amount * through / total_days) - _round_half_up(
        amount * before / total_days
    )
    return cents, through - before, total_days


def _largest_remainder_ints(
    total: int, weights: Sequence[tuple[int, int]], weight_sum: int
) -> dict[int, int]:
    """Integers proportional to integer *weights*, summing exactly to *total*."""
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    floors: dict[int, int] = {}
    remainders: list[tuple[int, int]] = []
    given = 0
    for key, weight in weights:
        quotient, remainder = divmod(magnitude * weight, weight_sum)
        floors[key] = quotient
        given += quotient
        remainders.append((-remainder, key))
    remainders.sort()
    for _, key in remainders[: magnitude - given]:
        floors[key] += 1
    return {key: sign * value for key, value in floors.items()}


def largest_remainder(total: int, shares: Mapping[int, Fraction]) -> dict[int, int]:
    """Integers proportional to *shares*, summing exactly to *total*.

    Each gets the floor of its exact share; the cents left over go to the largest
    remainders, ties to the lower id. Works for negative totals (credits) too.
    """
    weight = sum(shares.values(), Fraction(0))
    if not shares or weight == 0:
        raise ValueError("nothing to allocate to")
    common = math.lcm(*(Fraction(v).denominator for v in shares.values()))
    weights = sorted((key, int(Fraction(v) * common)) for key, v in shares.items())
    return _largest_remainder_ints(total, weights, sum(w for _, w in weights))


def _segments(
    members: Sequence[MemberTerm], first: dt.date, last: dt.date
) -> list[tuple[dt.date, dt.date]]:
    """Stretches of days in [first, last] over which nobody joins or leaves."""
    cuts = {first, last + dt.timedelta(days=1)}
    for member in members:
        for day in (member.joined, member.left + dt.timedelta(days=1) if member.left else None):
            if day is not None and first < day <= last:
                cuts.add(day)
    points = sorted(cuts)
    return [(a, b - dt.timedelta(days=1)) for a, b in zip(points, points[1:], strict=False)]


class _FactorCache:
    """One Factor object per distinct (kind, fraction, unit): members with equal shares
    share it, which keeps a split of hundreds of members over thousands of costs light."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int, int, str], Factor] = {}

    def __call__(self, kind: str, numerator: int, denominator: int, unit: str = "") -> Factor:
        key = (kind, numerator, denominator, unit)
        factor = self._made.get(key)
        if factor is None:
            factor = Factor(kind, Fraction(numerator), Fraction(denominator), unit)
            self._made[key] = factor
        return factor


_PartShares = tuple[dict[int, int], int, dict[int, Factor]]


def _part_shares(
    kind: str,
    cost: CostLine,
    rule: Rule,
    members: Sequence[MemberTerm],
    first: dt.date,
    last: dt.date,
    factor: _FactorCache,
) -> _PartShares:
    """Each member's integer weight in one part of a cost, their sum, and why.

    Integers throughout: a member's share of the part is weight / sum.
    """
    eligible = [m for m in members if not m.exempt]
    if kind == "usage":
        used = {m.member_id: cost.usage.get(m.member_id, 0) for m in eligible}
        used = {m: u for m, u in used.items() if u > 0}
        total = sum(used.values())
        if total <= 0:
            return {}, 0, {}
        return used, total, {m: factor("usage", u, total, cost.usage_unit) for m, u in used.items()}
    if kind == "shares" and cost.owners:
        exempt_ids = {term.member_id for term in members if term.exempt}
        owned = {owner: w for owner, w in cost.owners if w > 0 and owner not in exempt_ids}
        owned_total = sum(owned.values())
        if owned_total <= 0:
            return {}, 0, {}
        # Shown in shares, not thousandths: "1,5 of 3 ownership shares". Owners are few.
        shares_factors = {
            owner: Factor("shares", Fraction(w, 1000), Fraction(owned_total, 1000))
            for owner, w in owned.items()
        }
        return owned, owned_total, shares_factors
    # equal, shares without owners (members' weights), custom weights: day by day.
    if kind == "equal":
        weight_of = {m.member_id: 1000 for m in eligible}
    elif kind == "weights":
        custom = dict(rule.weights)
        weight_of = {m.member_id: custom[m.member_id] for m in eligible if m.member_id in custom}
    else:
        weight_of = {m.member_id: m.weight_milli for m in eligible}
    considered = [m for m in eligible if weight_of.get(m.member_id, 0) > 0]
    segments = []
    for seg_start, seg_end in _segments(considered, first, last):
        active = [m.member_id for m in considered if m.active_on(seg_start)]
        total = sum(weight_of[m] for m in active)
        if total:
            segments.append(((seg_end - seg_start).days + 1, active, total))
    if not segments:
        return {}, 0, {}
    # share_i = sum over segments of days × w_i / total, over a common denominator; days
    # when nobody was active are spread over those who were (the weights are relative).
    common = math.lcm(*(total for _, _, total in segments))
    weights: dict[int, int] = {}
    for seg_days, active, total in segments:
        scale = seg_days * (common // total)
        for member_id in active:
            weights[member_id] = weights.get(member_id, 0) + scale * weight_of[member_id]
    weight_sum = sum(weights.values())
    label = "weights" if kind == "shares" else kind
    factors = {}
    for member_id, weight in weights.items():
        divisor = math.gcd(weight, weight_sum)
        factors[member_id] = factor(label, weight // divisor, weight_sum // divisor)
    return weights, weight_sum, factors


@dataclass(frozen=True)
class _Division:
    """How any amount of one cost divides: integer weights over their sum, and why."""

    weights: tuple[tuple[int, int], ...]  # (member_id, weight), by member id
    weight_sum: int
    steps: dict[int, tuple[tuple[Factor, ...], ...]]
    reason: str


def _division(
    cost: CostLine,
    members: Sequence[MemberTerm],
    first: dt.date,
    last: dt.date,
    factor: _FactorCache,
) -> _Division:
    reason = ""
    usable: list[tuple[str, int, _PartShares]] = []
    for kind, percent in cost.rule.parts:
        if percent <= 0:
            continue
        part = _part_shares(kind, cost, cost.rule, members, first, last, factor)
        if not part[0] and kind == "usage":
            # Nobody used the asset in the period: its usage part is shared equally, and
            # each explanation says so (the "equal" factor carries the unit "no_usage").
            weights, total, factors = _part_shares(
                "equal", cost, cost.rule, members, first, last, factor
            )
            part = weights, total, {m: replace(f, unit="no_usage") for m, f in factors.items()}
        if part[0]:
            usable.append((kind, percent, part))
        else:
            reason = "no_members"
    if not usable:
        return _Division((), 0, {}, reason)
    # A part nobody can take is carried by the other parts: percentages are rescaled.
    scale = sum(percent for _, percent, _ in usable)
    common = math.lcm(*(total for _, _, (_, total, _) in usable))
    combined: dict[int, int] = {}
    steps: dict[int, list[tuple[Factor, ...]]] = {}
    for kind, percent, (weights, total, factors) in usable:
        multiplier = percent * (common // total)
        divisor = math.gcd(percent, scale)
        part_factor = factor("part", percent // divisor, scale // divisor, kind)
        for member_id, weight in weights.items():
            combined[member_id] = combined.get(member_id, 0) + multiplier * weight
            chain = (part_factor, factors[member_id]) if len(usable) > 1 else (factors[member_id],)
            steps.setdefault(member_id, []).append(chain)
    ordered = tuple(sorted(combined.items()))
    return _Division(
        ordered, sum(w for _, w in ordered), {m: tuple(c) for m, c in steps.items()}, reason
    )


def split_cost(
    cost: CostLine,
    members: Sequence[MemberTerm],
    start: dt.date,
    end: dt.date,
    cache: dict[tuple[object, ...], _Division] | None = None,
    factor: _FactorCache | None = None,
) -> CostSplit:
    """Divide the part of *cost* that falls in [start, end] among *members*.

    *cache* lets costs that divide the same way (same rule, days, owners and usage) share
    the work; ``split`` passes one per call.
    """
    cents, days, total_days = period_part(cost, start, end)
    if cents == 0:
        return CostSplit(cost.cost_id, cost.amount_cents, 0, days, total_days, ())
    first, last = max(cost.start, start), min(cost.end, end)
    # Lines built from one usage mapping share it, so its identity is a sound key here.
    kinds = {kind for kind, _ in cost.rule.parts}
    key = (
        cost.rule,
        first,
        last,
        cost.owners if "shares" in kinds else None,
        (id(cost.usage), cost.usage_unit) if "usage" in kinds else None,
    )
    division = cache.get(key) if cache is not None else None
    if division is None:
        division = _division(cost, members, first, last, factor or _FactorCache())
        if cache is not None:
            cache[key] = division
    if not division.weights:
        return CostSplit(
            cost.cost_id, cost.amount_cents, cents, days, total_days, (), division.reason
        )
    amounts = _largest_remainder_ints(cents, division.weights, division.weight_sum)
    weight_sum, steps = division.weight_sum, division.steps
    allocations = tuple(
        Allocation(m, amounts[m], cents * w, weight_sum, steps[m]) for m, w in division.weights
    )
    return CostSplit(cost.cost_id, cost.amount_cents, cents, days, total_days, allocations)


def split(
    costs: Sequence[CostLine], members: Sequence[MemberTerm], start: dt.date, end: dt.date
) -> SplitResult:
    """Split every cost's part in [start, end] (both days included) among *members*.

    The result does not depend on the order of *costs* or *members*.
    """
    if end < start:
        raise ValueError("the period ends before it starts")
    ordered_members = sorted(members, key=lambda m: m.member_id)
    ordered_costs = sorted(costs, key=lambda c: c.cost_id)
    cache: dict[tuple[object, ...], _Division] = {}
    factor = _FactorCache()
    return SplitResult(
        start=start,
        end=end,
        costs=tuple(
            split_cost(c, ordered_members, start, end, cache, factor) for c in ordered_costs
        ),
    )


def settle(balances: Mapping[int, int]) -> list[tuple[int, int, int]]:
    """Transfers (from, to, cents) that bring every balance to exactly zero.

    A positive balance is owed to the member. The fewest transfers are found by splitting
    the members into as many groups summing to zero as possible (each group of k needs
    k - 1 transfers); exact for up to ``EXACT_SETTLE_LIMIT`` non-zero balances (the search
    grows as 3**n), a greedy match of largest debts to largest credits beyond.
    """
    open_balances = {m: b for m, b in sorted(balances.items()) if b != 0}
    if sum(open_balances.values()) != 0:
        raise ValueError("balances do not sum to zero")
    ids = list(open_balances)
    groups = _zero_sum_groups(ids, open_balances) if len(ids) <= EXACT_SETTLE_LIMIT else [ids]
    transfers: list[tuple[int, int, int]] = []
    for group in groups:
        transfers.extend(_greedy({m: open_balances[m] for m in group}))
    return transfers


def _zero_sum_groups(ids: list[int], balances: Mapping[int, int]) -> list[list[int]]:
    n = len(ids)
    full = (1 << n) - 1
    sums = [0] * (1 << n)
    for mask in range(1, 1 << n):
        low = mask & -mask
        sums[mask] = sums[mask ^ low] + balances[ids[low.bit_length() - 1]]
    # best[mask]: the most zero-sum groups mask can be cut into (mask itself sums to 0).
    best = [0] * (1 << n)
    choice = [0] * (1 << n)
    for mask in range(1, 1 << n):
        if sums[mask] != 0:
            continue
        best[mask], choice[mask] = 1, mask
        low = mask & -mask
        sub = (mask - 1) & mask
        while sub:
            # Each split is seen once: the part holding the lowest bit is the group.
            if sub & low and sums[sub] == 0 and sub != mask:
                count = 1 + best[mask ^ sub]
                if count > best[mask]:
                    best[mask], choice[mask] = count, sub
            sub = (sub - 1) & mask
    groups = []
    mask = full
    while mask:
        group = choice[mask]
        groups.append([ids[i] for i in range(n) if group >> i & 1])
        mask ^= group
    return groups


def _greedy(balances: Mapping[int, int]) -> list[tuple[int, int, int]]:
    debtors = sorted(((-b, m) for m, b in balances.items() if b < 0), key=lambda x: (-x[0], x[1]))
    creditors = sorted(((b, m) for m, b in balances.items() if b > 0), key=lambda x: (-x[0], x[1]))
    transfers = []
    d = c = 0
    debt = [list(x) for x in debtors]
    credit = [list(x) for x in creditors]
    while d < len(debt) and c < len(credit):
        amount = min(debt[d][0], credit[c][0])
        transfers.append((debt[d][1], credit[c][1], amount))
        debt[d][0] -= amount
        credit[c][0] -= amount
        if debt[d][0] == 0:
            d += 1
        if credit[c][0] == 0:
            c += 1
    return transfers
