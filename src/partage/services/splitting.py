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

A year of a large group holds over a million allocations (thousands of costs, each split
among hundreds of members), and most readers only need sums. So the costs that divide the
same way share one ``_Division`` (a ``Splitter`` finds them, one line at a time); each
``CostSplit`` works out its allocations only when they are read, and the sums per member
(``member_totals``, ``member_totals_by``) and one member's shares
(``member_allocations``), and who takes a share other than zero (``nonzero_shares``), are
computed per division, in bulk, with the same result as adding up every allocation.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from itertools import accumulate
from operator import mul
from typing import Any, NamedTuple, TypeVar

RULE_KINDS = ("equal", "shares", "usage", "weights")
EXACT_SETTLE_LIMIT = 12

K = TypeVar("K", bound=Hashable)


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

    @cached_property
    def kinds(self) -> frozenset[str]:
        """The kinds of division the rule uses (its parts' kinds)."""
        return frozenset(kind for kind, _ in self.parts)


@dataclass(frozen=True, slots=True)
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

    def __hash__(self) -> int:
        # Statements look their explanations up by factors, some 70,000 times a year of
        # a large group: a Fraction works its hash out in Python each time, the integers
        # it is made of in C. Equal fractions have equal terms, so equal factors hash alike.
        numerator, denominator = self.numerator, self.denominator
        return hash(
            (
                self.kind,
                numerator.numerator,
                numerator.denominator,
                denominator.numerator,
                denominator.denominator,
                self.unit,
            )
        )


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


class CostSplit:
    """How one cost's part in the period was divided.

    Read-only. ``allocations`` (one per member, by member id) are worked out from the
    cost's division when first read, then kept; sums over many costs do not need them
    (``member_totals``). A CostSplit can also be given its allocations outright.
    """

    __slots__ = (
        "_cost_id",
        "_amount_cents",
        "_period_cents",
        "_days_in_period",
        "_days_total",
        "_unallocated_reason",
        "_division",
        "_allocations",
    )

    def __init__(
        self,
        cost_id: int,
        amount_cents: int,
        period_cents: int,
        days_in_period: int,
        days_total: int,
        allocations: tuple[Allocation, ...] = (),
        unallocated_reason: str = "",
        *,
        division: _Division | None = None,
    ) -> None:
        # Private slots behind read-only properties: as cheap to build as plain
        # attributes (a year makes thousands), and still not assignable.
        self._cost_id = cost_id
        self._amount_cents = amount_cents
        self._period_cents = period_cents
        self._days_in_period = days_in_period
        self._days_total = days_total
        self._unallocated_reason = unallocated_reason
        self._division = division
        self._allocations = None if division is not None else tuple(allocations)

    @property
    def cost_id(self) -> int:
        """The cost's id (or a negative number for a derived line)."""
        return self._cost_id

    @property
    def amount_cents(self) -> int:
        """The whole cost."""
        return self._amount_cents

    @property
    def period_cents(self) -> int:
        """The part of the cost that falls in the period."""
        return self._period_cents

    @property
    def days_in_period(self) -> int:
        """The days of the cost in the period."""
        return self._days_in_period

    @property
    def days_total(self) -> int:
        """The days the cost covers."""
        return self._days_total

    @property
    def unallocated_reason(self) -> str:
        """Why nothing was allocated: "no_members" when nobody belonged to the group."""
        return self._unallocated_reason

    @property
    def allocations(self) -> tuple[Allocation, ...]:
        """Each member's share, by member id; empty when nothing was allocated."""
        made = self._allocations
        if made is None:
            assert self._division is not None
            made = self._allocations = self._division.allocations(self._period_cents)
        return made

    def allocation_of(self, member_id: int) -> Allocation | None:
        """One member's allocation (None if they take no part), without the others'."""
        if self._division is not None and self._allocations is None:
            return self._division.allocation_of(member_id, self._period_cents)
        for allocation in self.allocations:
            if allocation.member_id == member_id:
                return allocation
        return None

    @property
    def allocated_cents(self) -> int:
        """The cents shared out: the period's part, or 0 when nobody could take it."""
        if self._division is not None:
            return self._period_cents
        return sum(a.amount_cents for a in self.allocations)

    @property
    def member_count(self) -> int:
        """How many members share the cost (the number of allocations)."""
        if self._division is not None:
            return len(self._division.weights)
        return len(self.allocations)

    def _fields(self) -> tuple[object, ...]:
        return (
            self._cost_id,
            self._amount_cents,
            self._period_cents,
            self._days_in_period,
            self._days_total,
            self.allocations,
            self._unallocated_reason,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CostSplit):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"CostSplit(cost_id={self._cost_id!r}, amount_cents={self._amount_cents!r}, "
            f"period_cents={self._period_cents!r}, days_in_period={self._days_in_period!r}, "
            f"days_total={self._days_total!r}, allocations={self.allocations!r}, "
            f"unallocated_reason={self._unallocated_reason!r})"
        )


@dataclass(frozen=True)
class SplitResult:
    """Every cost's split, and each member's total."""

    start: dt.date
    end: dt.date
    costs: tuple[CostSplit, ...]

    def totals(self) -> dict[int, int]:
        """Cents owed per member over all costs."""
        return member_totals(self.costs)


def _rounded_share(amount: int, part: int, whole: int) -> int:
    """amount × part / whole to the nearest integer, halves away from zero (the way people
    round money); integers only, *whole* > 0 and *part* >= 0."""
    if amount >= 0:
        return (2 * amount * part + whole) // (2 * whole)
    return -((-2 * amount * part + whole) // (2 * whole))


def period_part(cost: CostLine, start: dt.date, end: dt.date) -> tuple[int, int, int]:
    """(cents in [start, end], overlapping days, total days) for a cost.

    Consecutive periods add up exactly to the whole amount.
    """
    total_days = (cost.end - cost.start).days + 1
    first = cost.start if cost.start > start else start
    last = cost.end if cost.end < end else end
    if last < first:
        return 0, 0, total_days
    before = (first - cost.start).days
    through = (last - cost.start).days + 1
    if before == 0 and through == total_days:
        return cost.amount_cents, total_days, total_days
    amount = cost.amount_cents
    cents = _rounded_share(amount, through, total_days) - _rounded_share(amount, before, total_days)
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


class _Members:
    """The members of a split, with what every division needs of them, worked out once."""

    def __init__(self, members: Sequence[MemberTerm]) -> None:
        self.ordered = sorted(members, key=lambda m: m.member_id)
        self.eligible = [m for m in self.ordered if not m.exempt]
        self.eligible_ids = {m.member_id for m in self.eligible}
        self.exempt_ids = {m.member_id for m in self.ordered if m.exempt}
        # The days someone joins or stops belonging: between two of them, nobody does.
        cuts: set[dt.date] = set()
        for member in self.ordered:
            if member.joined is not None:
                cuts.add(member.joined)
            if member.left is not None:
                cuts.add(member.left + dt.timedelta(days=1))
        self.cuts = sorted(cuts)

    def profile(self, first: dt.date, last: dt.date) -> tuple[tuple[int, int], ...]:
        """How the days of [first, last] fall in the stretches over which nobody joins or
        leaves: (stretch, days) pairs, the days divided by their greatest common divisor.

        Day-by-day divisions depend on nothing else: two spans with the same profile
        divide every amount the same way (the weights are relative).
        """
        cuts = self.cuts
        stretch = bisect_right(cuts, first)
        through = bisect_right(cuts, last)
        if stretch == through:
            return ((stretch, 1),)
        days: list[tuple[int, int]] = []
        begin = first
        for index in range(stretch, through):
            days.append((index, (cuts[index] - begin).days))
            begin = cuts[index]
        days.append((through, (last - begin).days + 1))
        divisor = math.gcd(*(d for _, d in days))
        return tuple((index, d // divisor) for index, d in days)


def _part_weights(
    kind: str, cost: CostLine, members: _Members, first: dt.date, last: dt.date
) -> tuple[dict[int, int], int]:
    """Each member's integer weight in one part of a cost, and their sum: a member's share
    of the part is weight / sum. Empty when nobody can take the part."""
    if kind == "usage":
        eligible = members.eligible_ids
        used = {m: u for m, u in cost.usage.items() if u > 0 and m in eligible}
        return used, sum(used.values())
    if kind == "shares" and cost.owners:
        exempt = members.exempt_ids
        owned = {owner: w for owner, w in cost.owners if w > 0 and owner not in exempt}
        return owned, sum(owned.values())
    # equal, shares without owners (members' weights), custom weights: day by day.
    if kind == "equal":
        weight_of = {m.member_id: 1000 for m in members.eligible}
    elif kind == "weights":
        custom = dict(cost.rule.weights)
        weight_of = {
            m.member_id: custom[m.member_id] for m in members.eligible if m.member_id in custom
        }
    else:
        weight_of = {m.member_id: m.weight_milli for m in members.eligible}
    considered = [m for m in members.eligible if weight_of.get(m.member_id, 0) > 0]
    segments = []
    for seg_start, seg_end in _segments(considered, first, last):
        active = [m.member_id for m in considered if m.active_on(seg_start)]
        total = sum(weight_of[m] for m in active)
        if total:
            segments.append(((seg_end - seg_start).days + 1, active, total))
    if not segments:
        return {}, 0
    # share_i = sum over segments of days × w_i / total, over a common denominator; days
    # when nobody was active are spread over those who were (the weights are relative).
    common = math.lcm(*(total for _, _, total in segments))
    weights: dict[int, int] = {}
    for seg_days, active, total in segments:
        scale = seg_days * (common // total)
        for member_id in active:
            weights[member_id] = weights.get(member_id, 0) + scale * weight_of[member_id]
    return weights, sum(weights.values())


class _Part:
    """One usable part of a rule: its kind and percentage, and its members' weights."""

    __slots__ = ("kind", "percent", "weights", "total", "no_usage")

    def __init__(
        self, kind: str, percent: int, weights: dict[int, int], total: int, no_usage: bool
    ) -> None:
        self.kind = kind
        self.percent = percent
        self.weights = weights
        self.total = total
        self.no_usage = no_usage  # a usage part nobody used, shared equally instead

    def factors(self, cost: CostLine, factor: _FactorCache) -> dict[int, Factor]:
        """Why each member takes their weight of the part."""
        weights, total = self.weights, self.total
        if self.kind == "usage" and not self.no_usage:
            return {m: factor("usage", u, total, cost.usage_unit) for m, u in weights.items()}
        if self.kind == "shares" and cost.owners:
            # Shown in shares, not thousandths: "1,5 of 3 ownership shares". Owners are few.
            return {
                owner: Factor("shares", Fraction(w, 1000), Fraction(total, 1000))
                for owner, w in weights.items()
            }
        label = "equal" if self.no_usage else ("weights" if self.kind == "shares" else self.kind)
        unit = "no_usage" if self.no_usage else ""
        found = {}
        for member_id, weight in weights.items():
            divisor = math.gcd(weight, total)
            found[member_id] = factor(label, weight // divisor, total // divisor, unit)
        return found


class _WeightGroups:
    """A division's members grouped by weight: within a group every member gets the same
    floor and the same remainder for any amount, so the largest remainder method can
    work group by group, members of a group taking leftover cents by member id."""

    __slots__ = ("weights", "sizes", "members", "_place")

    def __init__(self, weights: Sequence[tuple[int, int]]) -> None:
        by_weight: dict[int, list[int]] = {}
        for member_id, weight in weights:  # by member id
            by_weight.setdefault(weight, []).append(member_id)
        self.weights = list(by_weight)
        self.members = [tuple(ids) for ids in by_weight.values()]
        self.sizes = [len(ids) for ids in self.members]
        self._place: dict[int, tuple[int, int]] | None = None

    @property
    def place(self) -> dict[int, tuple[int, int]]:
        """Each member's group and rank in it (for one member's share)."""
        if self._place is None:
            self._place = {
                member_id: (group, rank)
                for group, ids in enumerate(self.members)
                for rank, member_id in enumerate(ids)
            }
        return self._place


class _Division:
    """How any amount of one cost divides: integer weights over their sum, and why.

    The weights are reduced by their greatest common divisor, so costs that divide in the
    same proportions share one division. ``steps`` (the explanation of each member's
    share) are worked out when first needed, from the parts the division was made of.
    """

    __slots__ = (
        "weights",
        "weight_sum",
        "reason",
        "_parts",
        "_cost",
        "_factor",
        "_steps",
        "_groups",
    )

    def __init__(
        self,
        weights: tuple[tuple[int, int], ...],  # (member_id, weight), by member id
        weight_sum: int,
        reason: str,
        parts: Sequence[_Part] = (),
        cost: CostLine | None = None,
        factor: _FactorCache | None = None,
    ) -> None:
        self.weights = weights
        self.weight_sum = weight_sum
        self.reason = reason
        self._parts = parts
        self._cost = cost
        self._factor = factor
        self._steps: dict[int, tuple[tuple[Factor, ...], ...]] | None = None
        self._groups: _WeightGroups | None = None

    @property
    def steps(self) -> dict[int, tuple[tuple[Factor, ...], ...]]:
        """Each member's chains of factors, one chain per part of the rule."""
        if self._steps is None:
            self._steps = self._explain()
        return self._steps

    def _explain(self) -> dict[int, tuple[tuple[Factor, ...], ...]]:
        parts, cost = self._parts, self._cost
        if not parts or cost is None:
            return {}
        factor = self._factor or _FactorCache()
        scale = sum(part.percent for part in parts)
        steps: dict[int, list[tuple[Factor, ...]]] = {}
        for part in parts:
            divisor = math.gcd(part.percent, scale)
            part_factor = factor("part", part.percent // divisor, scale // divisor, part.kind)
            for member_id, member_factor in part.factors(cost, factor).items():
                chain = (part_factor, member_factor) if len(parts) > 1 else (member_factor,)
                steps.setdefault(member_id, []).append(chain)
        return {m: tuple(chains) for m, chains in steps.items()}

    @property
    def groups(self) -> _WeightGroups:
        """The members grouped by weight (for sums and single shares)."""
        if self._groups is None:
            self._groups = _WeightGroups(self.weights)
        return self._groups

    def allocations(self, cents: int) -> tuple[Allocation, ...]:
        """Every member's allocation of *cents*, by member id."""
        amounts = _largest_remainder_ints(cents, self.weights, self.weight_sum)
        weight_sum, steps = self.weight_sum, self.steps
        return tuple(
            Allocation(m, amounts[m], cents * w, weight_sum, steps[m]) for m, w in self.weights
        )

    def allocation_of(self, member_id: int, cents: int) -> Allocation | None:
        """One member's allocation of *cents* (None if they take no part), worked out
        without the others': the same as theirs in ``allocations(cents)``."""
        groups = self.groups
        place = groups.place.get(member_id)
        if place is None:
            return None
        group, rank = place
        magnitude = -cents if cents < 0 else cents
        weight, weight_sum = groups.weights[group], self.weight_sum
        if len(groups.weights) == 1:
            amount, leftover = divmod(magnitude, groups.sizes[0])
            amount += rank < leftover
        else:
            remainders = [magnitude * w % weight_sum for w in groups.weights]
            leftover = sum(map(mul, remainders, groups.sizes)) // weight_sum
            mine = remainders[group]
            amount = (magnitude * weight - mine) // weight_sum
            if leftover and mine:
                # Members served before this one: larger remainders, then lower ids.
                ahead = rank
                for other, remainder in enumerate(remainders):
                    if remainder > mine:
                        ahead += groups.sizes[other]
                    elif remainder == mine and other != group:
                        ahead += bisect_left(groups.members[other], member_id)
                amount += ahead < leftover
        return Allocation(
            member_id,
            -amount if cents < 0 else amount,
            cents * weight,
            weight_sum,
            self.steps[member_id],
        )

    def add_totals(self, amounts: Sequence[int], totals: dict[int, int]) -> None:
        """Add to *totals* each member's allocations of all *amounts* (in cents), summed:
        the same as adding up ``allocations(c)`` for every c, without building them."""
        positive = [c for c in amounts if c > 0]
        negative = [-c for c in amounts if c < 0]
        for sign, batch in ((1, positive), (-1, negative)):
            if not batch:
                continue
            groups = self.groups
            summed = (
                _equal_sums(batch, groups.sizes[0])
                if len(groups.weights) == 1
                else _weighted_sums(batch, groups, self.weight_sum)
            )
            for ids, amounts_of_group in zip(groups.members, summed, strict=True):
                for member_id, amount in zip(ids, amounts_of_group, strict=True):
                    totals[member_id] = totals.get(member_id, 0) + sign * amount


def _equal_sums(batch: Sequence[int], size: int) -> list[list[int]]:
    """Members' sums of positive *batch* amounts split equally among *size* members (one
    group, by member id): each amount gives everyone its floor and its leftover cents to
    the first members."""
    floors = 0
    served = [0] * (size + 1)  # served[k]: amounts whose leftover cents went to k members
    for magnitude in batch:
        floor, leftover = divmod(magnitude, size)
        floors += floor
        served[leftover] += 1
    sums = [0] * size
    extra = 0
    for rank in range(size - 1, -1, -1):
        extra += served[rank + 1]  # amounts leaving more than rank cents serve this rank
        sums[rank] = floors + extra
    return [sums]


def _weighted_sums(batch: Sequence[int], groups: _WeightGroups, weight_sum: int) -> list[list[int]]:
    """Members' sums (group by group, by member id) of positive *batch* amounts divided by
    weight with the largest remainder method."""
    weights, sizes = groups.weights, groups.sizes
    count = len(weights)
    size_of = sizes.__getitem__
    rows: list[list[int]] = []
    whole = [0] * count  # amounts whose leftover cents reached every member of the group
    partial: dict[tuple[int, ...], list[int]] = {}  # groups -> per k, amounts serving k
    for magnitude in batch:
        remainders = [magnitude * w % weight_sum for w in weights]
        rows.append(remainders)
        leftover = sum(map(mul, remainders, sizes)) // weight_sum
        if not leftover:
            continue
        # Leftover cents go one per member by remainder, largest first. Every member with
        # a remainder could take one, so some group is always left (partly) unserved.
        order = sorted(range(count), key=remainders.__getitem__, reverse=True)
        reach = list(accumulate(map(size_of, order)))
        served = bisect_right(reach, leftover)  # order[:served] are served in full
        rest = leftover - reach[served - 1] if served else leftover
        boundary = remainders[order[served]]
        if (served and remainders[order[served - 1]] == boundary) or (
            rest and served + 1 < count and remainders[order[served + 1]] == boundary
        ):
            _hand_out_tied(remainders, order, sizes, leftover, whole, partial)
            continue
        for group in order[:served]:
            whole[group] += 1
        if rest:
            key = (order[served],)
            counts = partial.get(key)
            if counts is None:
                counts = partial[key] = [0] * sizes[order[served]]
            counts[rest] += 1
    total = sum(batch)
    remainder_sums = [sum(column) for column in zip(*rows, strict=True)]
    sums = [
        [(weights[g] * total - remainder_sums[g]) // weight_sum + whole[g]] * sizes[g]
        for g in range(count)
    ]
    for tied_groups, counts in partial.items():
        merged = sorted(
            (member_id, g, rank)
            for g in tied_groups
            for rank, member_id in enumerate(groups.members[g])
        )
        extra = 0
        for position in range(len(merged) - 1, -1, -1):
            if position + 1 < len(counts):
                extra += counts[position + 1]
            _, g, rank = merged[position]
            sums[g][rank] += extra
    return sums


def _hand_out_tied(
    remainders: Sequence[int],
    order: Sequence[int],
    sizes: Sequence[int],
    leftover: int,
    whole: list[int],
    partial: dict[tuple[int, ...], list[int]],
) -> None:
    """Hand out *leftover* cents by remainder when groups with equal remainders meet at
    the boundary: the members of tied groups merge by member id."""
    position, count = 0, len(order)
    while leftover:
        remainder = remainders[order[position]]
        end = position + 1
        while end < count and remainders[order[end]] == remainder:
            end += 1
        tied = order[position:end]
        size = sum(sizes[g] for g in tied)
        if size <= leftover:
            for g in tied:
                whole[g] += 1
            leftover -= size
        else:
            counts = partial.setdefault(tuple(sorted(tied)), [0] * size)
            counts[leftover] += 1
            leftover = 0
        position = end


class Splitter:
    """Splits cost lines one at a time among one set of members over one period [start,
    end] (both days included), as ``split`` does for a whole list.

    Lines that divide the same way (same rule, owners and usage objects, and for a
    day-by-day rule the same profile of days, ``_Members.profile``) share the work, so a
    caller can split lines as it reads them without keeping them all.

    Raises:
        ValueError: the period ends before it starts.
    """

    def __init__(self, members: Sequence[MemberTerm], start: dt.date, end: dt.date) -> None:
        if end < start:
            raise ValueError("the period ends before it starts")
        self.start = start
        self.end = end
        self.members = _Members(members)
        self.factor = _FactorCache()
        # Keyed without the days first: None there means the division depends on them.
        self._made: dict[tuple[Any, ...], _Division | None] = {}
        # The first line of each key, so the objects whose identities key it stay alive.
        self._keys_of: list[CostLine] = []

    def division(self, cost: CostLine, first: dt.date, last: dt.date) -> _Division:
        """How *cost* divides over the days [first, last]."""
        rule = cost.rule
        kinds = rule.kinds
        # By identity (kept alive by ``_keys_of``): lines built from one rule, owners or
        # usage object share work; equal but distinct objects merely divide twice.
        key = (
            id(rule),
            id(cost.owners) if "shares" in kinds else 0,
            id(cost.usage) if "usage" in kinds else 0,
            cost.usage_unit if "usage" in kinds else "",
        )
        made = self._made
        division = made.get(key)
        if division is None:
            profile = None
            if key in made:  # a division that depends on the days
                profile = self.members.profile(first, last)
                division = made.get((*key, profile))
            if division is None:
                division, dated = self._divide(cost, first, last)
                self._keys_of.append(cost)
                if dated:
                    made[key] = None
                    made[(*key, profile or self.members.profile(first, last))] = division
                else:
                    made[key] = division
        return division

    def _divide(self, cost: CostLine, first: dt.date, last: dt.date) -> tuple[_Division, bool]:
        """The division of *cost* over [first, last], and whether it depends on the days."""
        members = self.members
        reason = ""
        dated = False
        usable: list[_Part] = []
        for kind, percent in cost.rule.parts:
            if percent <= 0:
                continue
            # Usage and ownership shares do not depend on the days; the rest is day by day.
            dated = dated or kind in ("equal", "weights") or (kind == "shares" and not cost.owners)
            weights, total = _part_weights(kind, cost, members, first, last)
            no_usage = False
            if not weights and kind == "usage":
                # Nobody used the asset in the period: its usage part is shared equally, and
                # each explanation says so (the "equal" factor carries the unit "no_usage").
                dated = no_usage = True
                weights, total = _part_weights("equal", cost, members, first, last)
            if weights:
                usable.append(_Part(kind, percent, weights, total, no_usage))
            else:
                reason = "no_members"
        if not usable:
            return _Division((), 0, reason), dated
        # A part nobody can take is carried by the other parts: percentages are rescaled.
        if len(usable) == 1:
            combined = usable[0].weights  # one part: its weights, in proportion
        else:
            common = math.lcm(*(part.total for part in usable))
            combined = {}
            for part in usable:
                multiplier = part.percent * (common // part.total)
                for member_id, weight in part.weights.items():
                    combined[member_id] = combined.get(member_id, 0) + multiplier * weight
        divisor = math.gcd(*combined.values())
        ordered = tuple(sorted((m, w // divisor) for m, w in combined.items()))
        division = _Division(
            ordered, sum(w for _, w in ordered), reason, tuple(usable), cost, self.factor
        )
        return division, dated

    def split_cost(self, cost: CostLine) -> CostSplit:
        """Divide the part of *cost* that falls in the period."""
        start, end = self.start, self.end
        cents, days, total_days = period_part(cost, start, end)
        if cents == 0:
            return CostSplit(cost.cost_id, cost.amount_cents, 0, days, total_days)
        first = cost.start if cost.start > start else start
        last = cost.end if cost.end < end else end
        division = self.division(cost, first, last)
        if not division.weights:
            return CostSplit(
                cost.cost_id, cost.amount_cents, cents, days, total_days, (), division.reason
            )
        return CostSplit(
            cost.cost_id, cost.amount_cents, cents, days, total_days, division=division
        )


def split_cost(
    cost: CostLine, members: Sequence[MemberTerm], start: dt.date, end: dt.date
) -> CostSplit:
    """Divide the part of *cost* that falls in [start, end] among *members*."""
    return Splitter(members, start, end).split_cost(cost)


def split(
    costs: Sequence[CostLine], members: Sequence[MemberTerm], start: dt.date, end: dt.date
) -> SplitResult:
    """Split every cost's part in [start, end] (both days included) among *members*.

    The result does not depend on the order of *costs* or *members*.
    """
    splitter = Splitter(members, start, end)
    ordered_costs = sorted(costs, key=lambda c: c.cost_id)
    return SplitResult(start, end, tuple(splitter.split_cost(c) for c in ordered_costs))


# --- sums over many costs -------------------------------------------------------------


def member_totals(costs: Iterable[CostSplit]) -> dict[int, int]:
    """Cents per member over *costs*: the sum of their allocations, worked out per
    division in bulk. Every member with an allocation appears, even at zero."""
    totals: dict[int, int] = {}
    batches: dict[int, tuple[_Division, list[int]]] = {}
    for cost in costs:
        division = cost._division
        if division is None:
            for allocation in cost.allocations:
                member_id = allocation.member_id
                totals[member_id] = totals.get(member_id, 0) + allocation.amount_cents
            continue
        batch = batches.get(id(division))
        if batch is None:
            batches[id(division)] = (division, [cost.period_cents])
        else:
            batch[1].append(cost.period_cents)
    for division, amounts in batches.values():
        division.add_totals(amounts, totals)
    return totals


def member_totals_by(keyed_costs: Iterable[tuple[K, CostSplit]]) -> dict[int, dict[K, int]]:
    """Cents per member and key over (key, cost) pairs: for each member, the sum of their
    allocations in the costs of each key (e.g. an asset). Every member with an
    allocation under a key appears under it, even at zero."""
    grouped: dict[K, list[CostSplit]] = {}
    for key, cost in keyed_costs:
        grouped.setdefault(key, []).append(cost)
    result: dict[int, dict[K, int]] = {}
    for key, costs in grouped.items():
        for member_id, cents in member_totals(costs).items():
            result.setdefault(member_id, {})[key] = cents
    return result


def member_allocations(
    costs: Iterable[CostSplit], member_id: int
) -> list[tuple[CostSplit, Allocation]]:
    """Every allocation of one member in *costs*, with its cost, by cost id; the other
    members' allocations are not worked out."""
    found: list[tuple[CostSplit, Allocation]] = []
    for cost in sorted(costs, key=lambda c: c.cost_id):
        division = cost._division
        if division is None:
            found.extend((cost, a) for a in cost.allocations if a.member_id == member_id)
            continue
        allocation = division.allocation_of(member_id, cost.period_cents)
        if allocation is not None:
            found.append((cost, allocation))
    return found


def nonzero_shares(
    costs: Sequence[CostSplit],
) -> tuple[list[tuple[tuple[int, ...], list[int]]], list[tuple[int, Allocation]]]:
    """Who takes a share other than zero in each of *costs*, in bulk.

    Returns blocks ``(member ids, indexes of costs)``: costs that divide alike and give
    every one of those members at least a cent (or a cent of credit), so no allocation
    is built for them; and ``(index, allocation)`` for the nonzero allocations of the
    other costs (amounts too small to reach everyone, costs given their allocations).
    Together, the same pairs as every nonzero allocation of every cost.
    """
    blocks: dict[int, tuple[tuple[int, ...], list[int]]] = {}
    rest: list[tuple[int, Allocation]] = []
    smallest: dict[int, int] = {}
    for index, cost in enumerate(costs):
        division = cost._division
        cents = cost.period_cents
        if division is not None and division.weights:
            key = id(division)
            least = smallest.get(key)
            if least is None:
                least = smallest[key] = min(w for _, w in division.weights)
            # Everyone's floor of |cents| x weight / sum is at least one cent.
            if (cents if cents >= 0 else -cents) * least >= division.weight_sum:
                block = blocks.get(key)
                if block is None:
                    ids = tuple(m for m, _ in division.weights)
                    blocks[key] = (ids, [index])
                else:
                    block[1].append(index)
                continue
        rest.extend((index, a) for a in cost.allocations if a.amount_cents)
    return list(blocks.values()), rest


# --- settling up ----------------------------------------------------------------------


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
