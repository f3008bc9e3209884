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
from dataclasses import dataclass, field, replace
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
        usage_before: for a line split by use that began before the period, the use
            up to the day before the period (the same window's start as ``usage``).
        accrues_until: the last day the shares can still change (a line split by the
            use of a month changes until the month ends); default ``end``.
        seed: what the turn for leftover cents is drawn from; default ``cost_id``.
        shown: (amount, days) of the whole cost when the line is a part of it (a month of
            a cost split by use), for explanations; default the line's own.
    """

    cost_id: int
    amount_cents: int
    start: dt.date
    end: dt.date
    rule: Rule
    owners: tuple[tuple[int, int], ...] = ()
    usage: Mapping[int, int] = field(default_factory=dict)
    usage_unit: str = "minutes"
    usage_before: Mapping[int, int] | None = None
    accrues_until: dt.date | None = None
    seed: int | None = None
    shown: tuple[int, int] | None = None


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

    Charges accrue: a member's share of a cost up to a day is the cost's amount up to
    that day divided once, in whole cents. A cost that began before the period is the
    difference of two such shares, to the period's end (``division`` of ``end_cents``)
    less to the day before it (``before``: a division and the cents accrued by then), so
    consecutive periods add up exactly to the longer period, member by member.
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
        "_end_cents",
        "_before",
        "_seed",
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
        end_cents: int | None = None,
        before: tuple[_Division, int] | None = None,
        seed: int | None = None,
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
        self._end_cents = period_cents if end_cents is None else end_cents
        self._before = before
        self._seed = cost_id if seed is None else seed
        computed = division is not None or before is not None
        self._allocations = None if computed else tuple(allocations)

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
    def seed(self) -> int:
        """What the turn for leftover cents is drawn from (``rotation``)."""
        return self._seed

    def terms(self) -> list[tuple[_Division, int]]:
        """The divisions and cents whose allocations, added up, make this split's: the
        accrued share to the period's end, less the share accrued before it."""
        found = []
        if self._division is not None and self._division.weights and self._end_cents:
            found.append((self._division, self._end_cents))
        if self._before is not None and self._before[0].weights and self._before[1]:
            found.append((self._before[0], -self._before[1]))
        return found

    @property
    def allocations(self) -> tuple[Allocation, ...]:
        """Each member's share, by member id; empty when nothing was allocated."""
        made = self._allocations
        if made is None:
            terms = self.terms()
            if len(terms) == 1 and self._before is None:
                division, cents = terms[0]
                made = division.allocations(cents, self._seed)
            else:
                made = _difference([d.allocations(c, self._seed) for d, c in terms])
            self._allocations = made
        return made

    def allocation_of(self, member_id: int) -> Allocation | None:
        """One member's allocation (None if they take no part), without the others'."""
        if self._allocations is None:
            terms = self.terms()
            found = [d.allocation_of(member_id, c, self._seed) for d, c in terms]
            mine = [a for a in found if a is not None]
            if not mine:
                return None
            if len(mine) == 1 and self._before is None:
                return mine[0]
            return _difference([(a,) for a in mine])[0]
        for allocation in self.allocations:
            if allocation.member_id == member_id:
                return allocation
        return None

    @property
    def allocated_cents(self) -> int:
        """The cents shared out: the period's part, or 0 when nobody could take it."""
        if self._allocations is None:
            return sum(cents for _, cents in self.terms())
        return sum(a.amount_cents for a in self.allocations)

    @property
    def member_count(self) -> int:
        """How many members share the cost (the number of allocations)."""
        if self._allocations is None and self._before is None and self._division is not None:
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


def _difference(terms: Sequence[tuple[Allocation, ...]]) -> tuple[Allocation, ...]:
    """The allocations of several terms added up member by member (the terms already
    carry their signs); each member keeps the explanation of the first term they are in."""
    amounts: dict[int, int] = {}
    exact: dict[int, Fraction] = {}
    factors: dict[int, tuple[tuple[Factor, ...], ...]] = {}
    for allocations in terms:
        for allocation in allocations:
            member_id = allocation.member_id
            amounts[member_id] = amounts.get(member_id, 0) + allocation.amount_cents
            exact[member_id] = exact.get(member_id, Fraction(0)) + allocation.exact
            factors.setdefault(member_id, allocation.factors)
    return tuple(
        Allocation(
            m, amounts[m], exact[m].numerator, exact[m].denominator, factors[m]
        )
        for m in sorted(amounts)
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


_GOLDEN = 0x9E3779B97F4A7C15  # 2**64 divided by the golden ratio, odd


def rotation(seed: int, size: int) -> int:
    """Where the turn for leftover cents starts, among *size* members, for the line *seed*.

    The positions of successive seeds (cost ids) are spread as evenly as the golden ratio
    spreads them, so over many costs every member comes first as often as any other and
    no member is systematically favoured. Integer arithmetic: the same on every machine.
    """
    if size <= 1:
        return 0
    return ((seed * _GOLDEN) % (1 << 64)) * size >> 64


def _largest_remainder_ints(
    total: int, weights: Sequence[tuple[int, int]], weight_sum: int, offset: int = 0
) -> dict[int, int]:
    """Integers proportional to integer *weights*, summing exactly to *total*.

    Leftover units go to the largest remainders; among equal remainders, in the order of
    *weights* starting at position *offset* and wrapping around (see ``rotation``).
    """
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    size = len(weights)
    floors: dict[int, int] = {}
    remainders: list[tuple[int, int, int]] = []
    given = 0
    for index, (key, weight) in enumerate(weights):
        quotient, remainder = divmod(magnitude * weight, weight_sum)
        floors[key] = quotient
        given += quotient
        remainders.append((-remainder, (index - offset) % size, key))
    remainders.sort()
    for _, _, key in remainders[: magnitude - given]:
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
        # Owners pay for the days they belong to the group: a co-owner who left takes no
        # share after leaving, and the owners still there carry the asset (day by day);
        # when no owner belongs on any day, the members' weights share it.
        terms = {m.member_id: m for m in members.eligible}
        owner_terms = [terms.get(owner, MemberTerm(owner)) for owner in owned]
        if all(m.active_on(first) and m.active_on(last) for m in owner_terms):
            return owned, sum(owned.values())
        weights, total = _day_weights(owner_terms, owned, first, last)
        if total:
            # In lowest terms, so spans with the same pattern of days divide alike.
            divisor = math.gcd(*weights.values())
            return {m: w // divisor for m, w in weights.items()}, total // divisor
        return _day_weights(
            members.eligible, {m.member_id: m.weight_milli for m in members.eligible}, first, last
        )
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
    return _day_weights(members.eligible, weight_of, first, last)


def _day_weights(
    eligible: Sequence[MemberTerm], weight_of: Mapping[int, int], first: dt.date, last: dt.date
) -> tuple[dict[int, int], int]:
    """Integer weights of *eligible* members over [first, last], day by day: each day is
    shared among the members active that day by *weight_of*."""
    considered = [m for m in eligible if weight_of.get(m.member_id, 0) > 0]
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
            owned = dict(cost.owners)
            if all(owned.get(owner) == w for owner, w in weights.items()):
                # Shown in shares, not thousandths: "1,5 of 3 ownership shares".
                return {
                    owner: Factor("shares", Fraction(w, 1000), Fraction(total, 1000))
                    for owner, w in weights.items()
                }
            # Shares counted over the days each owner belonged, as a fraction.
            return {
                owner: Factor("shares", Fraction(w, total), Fraction(1), "by_day")
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
    work group by group. Leftover cents among equal remainders are handed out in the
    division's member order (by member id) starting at the line's rotation offset."""

    __slots__ = ("weights", "sizes", "members", "indexes", "_place")

    def __init__(self, weights: Sequence[tuple[int, int]]) -> None:
        by_weight: dict[int, list[tuple[int, int]]] = {}
        for index, (member_id, weight) in enumerate(weights):  # by member id
            by_weight.setdefault(weight, []).append((member_id, index))
        self.weights = list(by_weight)
        self.members = [tuple(m for m, _ in pairs) for pairs in by_weight.values()]
        # Each member's position in the whole division (by member id), group by group.
        self.indexes = [tuple(i for _, i in pairs) for pairs in by_weight.values()]
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

    def clusters(self, remainders: Sequence[int]) -> list[tuple[int, ...]]:
        """The groups with a remainder, by remainder (largest first), those with equal
        remainders together: leftover cents reach the clusters in this order."""
        order: dict[int, list[int]] = {}
        for group, remainder in enumerate(remainders):
            if remainder:
                order.setdefault(remainder, []).append(group)
        return [tuple(order[r]) for r in sorted(order, reverse=True)]


def _cluster_start(indexes: Sequence[Sequence[int]], cluster: Sequence[int], offset: int) -> int:
    """How many members of *cluster* stand before division position *offset*: the turn
    among them starts with the first member at or after it."""
    return sum(bisect_left(indexes[g], offset) for g in cluster)


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

    def offset(self, seed: int) -> int:
        """Where the turn for leftover cents starts for the line *seed*."""
        return rotation(seed, len(self.weights))

    def allocations(self, cents: int, seed: int = 0) -> tuple[Allocation, ...]:
        """Every member's allocation of *cents*, by member id."""
        amounts = _largest_remainder_ints(
            cents, self.weights, self.weight_sum, self.offset(seed)
        )
        weight_sum, steps = self.weight_sum, self.steps
        return tuple(
            Allocation(m, amounts[m], cents * w, weight_sum, steps[m]) for m, w in self.weights
        )

    def allocation_of(self, member_id: int, cents: int, seed: int = 0) -> Allocation | None:
        """One member's allocation of *cents* (None if they take no part), worked out
        without the others': the same as theirs in ``allocations(cents, seed)``."""
        groups = self.groups
        place = groups.place.get(member_id)
        if place is None:
            return None
        group, rank = place
        magnitude = -cents if cents < 0 else cents
        weight, weight_sum = groups.weights[group], self.weight_sum
        remainders = [magnitude * w % weight_sum for w in groups.weights]
        leftover = sum(map(mul, remainders, groups.sizes)) // weight_sum
        mine = remainders[group]
        amount = (magnitude * weight - mine) // weight_sum
        if leftover and mine:
            sizes = groups.sizes
            if len(sizes) == 1:  # everyone's remainder is the same: the turn decides
                amount += (rank - self.offset(seed)) % sizes[0] < leftover
            else:
                # Members with larger remainders are served first, then those with the
                # same remainder as this member in turn.
                ahead = sum(size for r, size in zip(remainders, sizes, strict=True) if r > mine)
                if ahead < leftover:
                    tied = [g for g, r in enumerate(remainders) if r == mine]
                    size = sum(sizes[g] for g in tied)
                    rest = leftover - ahead
                    if rest >= size:
                        amount += 1
                    else:
                        index = groups.indexes[group][rank]
                        first = _cluster_start(groups.indexes, tied, self.offset(seed))
                        position = _cluster_start(groups.indexes, tied, index)
                        amount += (position - first) % size < rest
        return Allocation(
            member_id,
            -amount if cents < 0 else amount,
            cents * weight,
            weight_sum,
            self.steps[member_id],
        )

    def add_totals(self, amounts: Sequence[tuple[int, int]], totals: dict[int, int]) -> None:
        """Add to *totals* each member's allocations of all *amounts* ((cents, seed)
        pairs), summed: the same as adding up ``allocations(c, seed)`` for every pair,
        without building them."""
        if len(amounts) * len(self.weights) <= 32:
            # A few amounts among a few members (a month's use of one asset): dividing
            # each is cheaper than grouping the members by weight.
            size, weights, weight_sum = len(self.weights), self.weights, self.weight_sum
            for cents, seed in amounts:
                shares = _largest_remainder_ints(cents, weights, weight_sum, rotation(seed, size))
                for member_id, amount in shares.items():
                    totals[member_id] = totals.get(member_id, 0) + amount
            return
        positive = [(c, s) for c, s in amounts if c > 0]
        negative = [(-c, s) for c, s in amounts if c < 0]
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


def _serve(counts: list[int], start: int, served: int, size: int) -> None:
    """Mark positions start, start+1, … (*served* of them, wrapping at *size*) in the
    difference array *counts* (of size + 1)."""
    end = start + served
    counts[start] += 1
    if end <= size:
        counts[end] -= 1
    else:
        counts[size] -= 1
        counts[0] += 1
        counts[end - size] -= 1


def _equal_sums(batch: Sequence[tuple[int, int]], size: int) -> list[list[int]]:
    """Members' sums of positive *batch* amounts ((cents, seed) pairs) split equally among
    *size* members (one group, by member id): each amount gives everyone its floor and
    its leftover cents to the members from its rotation offset on."""
    floors = 0
    counts = [0] * (size + 1)
    for magnitude, seed in batch:
        floor, leftover = divmod(magnitude, size)
        floors += floor
        if leftover:
            _serve(counts, rotation(seed, size), leftover, size)
    return [list(accumulate(counts[:size], initial=floors))[1:]]


def _weighted_sums(
    batch: Sequence[tuple[int, int]], groups: _WeightGroups, weight_sum: int
) -> list[list[int]]:
    """Members' sums (group by group, by member id) of positive *batch* amounts ((cents,
    seed) pairs) divided by weight with the largest remainder method."""
    weights, sizes, indexes = groups.weights, groups.sizes, groups.indexes
    count = len(weights)
    total_size = sum(sizes)
    whole = [0] * count  # amounts whose leftover cents reached every member of the group
    remainder_sums = [0] * count
    partial: dict[tuple[int, ...], list[int]] = {}  # cluster -> difference array
    for magnitude, seed in batch:
        remainders = [magnitude * w % weight_sum for w in weights]
        for g in range(count):
            remainder_sums[g] += remainders[g]
        leftover = sum(map(mul, remainders, sizes)) // weight_sum
        if not leftover:
            continue
        for cluster in groups.clusters(remainders):
            size = sum(sizes[g] for g in cluster)
            if size <= leftover:
                for g in cluster:
                    whole[g] += 1
                leftover -= size
                if not leftover:
                    break
                continue
            counts = partial.get(cluster)
            if counts is None:
                counts = partial[cluster] = [0] * (size + 1)
            first = _cluster_start(indexes, cluster, rotation(seed, total_size)) % size
            _serve(counts, first, leftover, size)
            break
    total = sum(magnitude for magnitude, _ in batch)
    sums = [
        [(weights[g] * total - remainder_sums[g]) // weight_sum + whole[g]] * sizes[g]
        for g in range(count)
    ]
    for cluster, counts in partial.items():
        merged = sorted((indexes[g][rank], g, rank) for g in cluster for rank in range(sizes[g]))
        served = list(accumulate(counts[: len(merged)]))
        for (_, g, rank), extra in zip(merged, served, strict=True):
            sums[g][rank] += extra
    return sums


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
            dated = dated or kind in ("equal", "weights", "shares")
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
        """Divide the part of *cost* that falls in the period: what the members have
        accrued of it by the period's end, less what they had accrued before it."""
        start, end = self.start, self.end
        seed = cost.cost_id if cost.seed is None else cost.seed
        settles = cost.accrues_until or cost.end
        if cost.start < start <= settles and cost.start <= end:
            return self._accrued_difference(cost, seed)
        cents, days, total_days = period_part(cost, start, end)
        amount, total_days = cost.shown or (cost.amount_cents, total_days)
        if cents == 0:
            return CostSplit(cost.cost_id, amount, 0, days, total_days, seed=seed)
        first = cost.start if cost.start > start else start
        last = cost.end if cost.end < end else end
        division = self.division(cost, first, last)
        if not division.weights:
            return CostSplit(cost.cost_id, amount, cents, days, total_days, (), division.reason)
        return CostSplit(
            cost.cost_id, amount, cents, days, total_days, division=division, seed=seed
        )

    def _accrued_difference(self, cost: CostLine, seed: int) -> CostSplit:
        """A cost that began before the period: its shares accrued to the period's end
        less those accrued to the day before the period."""
        start, end = self.start, self.end
        total_days = (cost.end - cost.start).days + 1
        last = cost.end if cost.end < end else end
        before_last = min(cost.end, start - dt.timedelta(days=1))
        through = (last - cost.start).days + 1
        before = (before_last - cost.start).days + 1
        amount = cost.amount_cents
        end_cents = (
            amount if through == total_days else _rounded_share(amount, through, total_days)
        )
        before_cents = (
            amount if before == total_days else _rounded_share(amount, before, total_days)
        )
        in_period = max(0, (last - max(cost.start, start)).days + 1)
        division = self.division(cost, cost.start, last)
        earlier = cost
        if cost.usage_before is not None and "usage" in cost.rule.kinds:
            earlier = replace(cost, usage=cost.usage_before, usage_before=None)
        before_division = self.division(earlier, cost.start, before_last)
        period = end_cents - before_cents
        shown_amount, shown_days = cost.shown or (amount, total_days)
        if not division.weights and not before_division.weights:
            return CostSplit(
                cost.cost_id, shown_amount, period, in_period, shown_days, (), division.reason
            )
        return CostSplit(
            cost.cost_id,
            shown_amount,
            period,
            in_period,
            shown_days,
            division=division,
            end_cents=end_cents,
            before=(before_division, before_cents),
            seed=seed,
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
    batches: dict[int, tuple[_Division, list[tuple[int, int]]]] = {}
    for cost in costs:
        if cost._allocations is not None:
            for allocation in cost.allocations:
                member_id = allocation.member_id
                totals[member_id] = totals.get(member_id, 0) + allocation.amount_cents
            continue
        for division, cents in cost.terms():
            batch = batches.get(id(division))
            if batch is None:
                batches[id(division)] = (division, [(cents, cost.seed)])
            else:
                batch[1].append((cents, cost.seed))
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
        allocation = cost.allocation_of(member_id)
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
        if (
            division is not None
            and division.weights
            and cost._before is None
            and cost._allocations is None
        ):
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
