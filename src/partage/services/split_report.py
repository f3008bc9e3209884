"""The split of a period over the database: every cost's part in it, divided among the
members by its rule, costs split by use month by month (``split_period``).

The engine that divides one cost is ``services.splitting``; this module reads what it
needs (members, assets and their owners, costs, the use of each asset) and hands the
lines to it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import chain

from dateutil.relativedelta import relativedelta
from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models import Asset, AssetOwner, Booking, BookingKind, Cost, Member
from partage.models.base import StoredLocalDateTime
from partage.services.splitting import (
    Allocation,
    CostLine,
    CostSplit,
    MemberTerm,
    Rule,
    Splitter,
    member_allocations,
    member_totals,
    member_totals_by,
)
from partage.services.timezones import database_zone
from partage.storage import Database

USED_STATUSES = ("confirmed", "checked_out", "returned")  # a loan that counts as use


@dataclass(frozen=True, slots=True)
class CostInfo:
    """What a person needs to recognise a cost in a split."""

    cost_id: int
    category: str
    asset_id: int | None
    asset_name: str
    supplier: str
    note: str
    start: dt.date
    end: dt.date
    rule: str

    def __hash__(self) -> int:
        # Statements look explanations up by the cost they explain, some 70,000 times a
        # year of a large group: the id alone (equal infos have equal ids), not the nine
        # fields a frozen dataclass would hash each time.
        return hash(self.cost_id)


@dataclass(frozen=True)
class SplitReport:
    """The split of a period, with names for people.

    Sums (``total_cents``, ``member_totals``, ``member_asset_totals``) and one member's
    shares (``member_allocations``) are worked out without building every allocation of
    every cost; ``CostSplit.allocations`` builds a cost's allocations when read.
    """

    start: dt.date
    end: dt.date
    costs: tuple[CostSplit, ...]
    info: dict[int, CostInfo]
    member_names: dict[int, str]

    @property
    def total_cents(self) -> int:
        """Everything allocated in the period."""
        return sum(c.allocated_cents for c in self.costs)

    def member_totals(self) -> dict[int, int]:
        """Cents owed per member (every member with an allocation, even of 0)."""
        return member_totals(self.costs)

    def member_asset_totals(self) -> dict[int, dict[int | None, int]]:
        """Cents owed per member and asset (None: costs of no asset, the group's overhead).

        A member appears under every asset in whose costs they have an allocation.
        """
        info = self.info
        return member_totals_by(
            (info[c.cost_id].asset_id if c.cost_id in info else None, c) for c in self.costs
        )

    def member_allocations(self, member_id: int) -> list[tuple[CostSplit, Allocation]]:
        """Every share of one member, with its cost, in cost-id order."""
        return member_allocations(self.costs, member_id)


@dataclass(frozen=True, slots=True)
class _AssetTerms:
    """What the split needs of an asset."""

    id: int
    name: str
    meter: str
    default_rule: str
    owners: tuple[tuple[int, int], ...]  # (member_id, weight_milli), by member id
    recovery_months: int | None
    purchase_price_cents: int | None
    purchase_date: dt.date | None


def _member_terms(session: Session) -> tuple[list[MemberTerm], dict[int, str]]:
    rows = session.execute(
        select(Member.id, Member.name, Member.weight_milli, Member.joined, Member.left)
    ).all()
    return (
        [MemberTerm(r.id, r.weight_milli, r.joined, r.left) for r in rows],
        {r.id: r.name for r in rows},
    )


def _asset_terms(session: Session) -> dict[int, _AssetTerms]:
    owners: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for asset_id, member_id, weight in session.execute(
        select(AssetOwner.asset_id, AssetOwner.member_id, AssetOwner.weight_milli).order_by(
            AssetOwner.asset_id, AssetOwner.member_id
        )
    ):
        owners[asset_id].append((member_id, weight))
    rows = session.execute(
        select(
            Asset.id,
            Asset.name,
            Asset.meter,
            Asset.default_rule,
            Asset.recovery_months,
            Asset.purchase_price_cents,
            Asset.purchase_date,
        )
    )
    return {
        r.id: _AssetTerms(
            r.id,
            r.name,
            r.meter,
            r.default_rule,
            tuple(owners.get(r.id, ())),
            r.recovery_months,
            r.purchase_price_cents,
            r.purchase_date,
        )
        for r in rows
    }


# Loans are read for this many assets at a time: few enough bound parameters for any
# SQLite build, enough to keep the statements few.
_ASSETS_PER_READ = 500

# A window of days (both included) whose use splits the costs split by use: a calendar
# month, or the part of it up to a period's end, or up to the day before a period.
Window = tuple[dt.date, dt.date]
UsageKey = tuple[int | None, Window]
_LONGEST_WINDOW = dt.timedelta(days=32)


def _slices(ids: list[int]) -> list[list[int]]:
    return [ids[first : first + _ASSETS_PER_READ] for first in range(0, len(ids), _ASSETS_PER_READ)]


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def usage_windows(start: dt.date, end: dt.date) -> tuple[list[Window], Window | None]:
    """The windows of use a split of [start, end] reads: each month touching the period,
    up to the period's end; and, when the period starts after a month's first day, that
    month up to the day before the period (what had accrued before it)."""
    windows = []
    month = _month_start(start)
    while month <= end:
        windows.append((month, min(_month_end(month), end)))
        month += relativedelta(months=1)
    before = None
    if start.day != 1:
        before = (_month_start(start), start - dt.timedelta(days=1))
    return windows, before


def _read_usage(
    session: Session,
    db: Database,
    assets: dict[int, _AssetTerms],
    usage: dict[UsageKey, dict[int, int]],
) -> None:
    """Fill in the use per member of each (asset, window) keyed in *usage* (the assets
    whose costs are split by use): booked minutes in the window, or for a metered asset
    the distance or hours read at check-out and return of the loans that began in it.

    Asset None, when keyed, gets the booked minutes over all assets, for group overhead.
    """
    if not usage:
        return
    zone = database_zone(db)

    def utc(day: dt.date) -> dt.datetime:
        moment = dt.datetime.combine(day, dt.time(0), zone).astimezone(dt.UTC)
        return moment.replace(tzinfo=None)

    windows = sorted({window for _, window in usage})
    bounds = [(window, utc(window[0]), utc(window[1] + dt.timedelta(days=1))) for window in windows]
    first = min(b for _, b, _ in bounds)
    last = max(e for _, _, e in bounds)
    # The months do not overlap one another (only a window up to the day before the
    # period overlaps its month): a loan is looked for from the first window that ends
    # after it starts.
    bounds.sort(key=lambda bound: bound[2])
    ends = [end for _, _, end in bounds]
    wanted_assets = {key for key, _ in usage}
    overall = None in wanted_assets
    metered = {a for a, terms in assets.items() if terms.meter != "none"}
    loans = (
        Booking.kind == BookingKind.LOAN.value,
        Booking.start < last.replace(tzinfo=dt.UTC),
        Booking.end > first.replace(tzinfo=dt.UTC),
    )
    # Rows are streamed in batches, not all held at once. The status is checked on the
    # rows read, not in the WHERE clause: given both, SQLite walks every booking of the
    # period by status instead of the few assets' own by asset.
    # (Options given per statement: set on the connection they would stay on it, and a
    # write after them in the same transaction would go through a server-side cursor.)
    connection = session.connection()
    streamed = {"yield_per": 1000}
    query = select(
        Booking.asset_id,
        Booking.member_id,
        # Stored as naive UTC: read as such, without making every value aware (but
        # checked: a date no version wrote stops the read with the row named).
        type_coerce(Booking.start, StoredLocalDateTime().named("bookings.start")),
        type_coerce(Booking.end, StoredLocalDateTime().named("bookings.end")),
        Booking.checkout_meter,
        Booking.return_meter,
        Booking.status,
    ).where(*loans)
    if overall:
        queries = [query]  # every loan: all minutes booked count for the overhead
    else:
        ids = sorted(a for a in wanted_assets if a is not None)
        queries = [query.where(Booking.asset_id.in_(some)) for some in _slices(ids)]
    used_statuses = frozenset(USED_STATUSES)
    # Per window (in the order of ``bounds``): each asset's mapping, and the overhead's.
    by_asset: list[dict[int | None, dict[int, int]]] = [{} for _ in bounds]
    position_of = {window: position for position, (window, _, _) in enumerate(bounds)}
    for (asset_key, window), mapping in usage.items():
        by_asset[position_of[window]][asset_key] = mapping
    count = len(bounds)
    # Where a loan inside one window (most are) can stop looking: no later window starts
    # before that window's end (only a window up to the day before the period does).
    alone = [
        position + 1 == count or bounds[position + 1][1] >= bounds[position][2]
        for position in range(count)
    ]
    rows = chain.from_iterable(
        connection.execute(q, execution_options=streamed) for q in queries
    )
    for asset_id, member_id, b_start, b_end, out, back, status in rows:
        if member_id is None or status not in used_statuses:
            continue
        is_metered = asset_id in metered
        distance = back - out if out is not None and back is not None and back > out else 0
        found = bisect_right(ends, b_start)
        if found < count and alone[found]:
            window, w_start, w_end = bounds[found]
            if w_start <= b_start and b_end <= w_end:
                mappings = by_asset[found]
                per_asset = mappings.get(asset_id)
                if overall:
                    minutes = int((b_end - b_start).total_seconds() // 60)
                    per_member = mappings[None]
                    per_member[member_id] = per_member.get(member_id, 0) + minutes
                if per_asset is not None:
                    if is_metered:
                        used = distance
                    elif overall:
                        used = minutes
                    else:
                        used = int((b_end - b_start).total_seconds() // 60)
                    if used:
                        per_asset[member_id] = per_asset.get(member_id, 0) + used
                continue
        for position in range(found, count):
            window, w_start, w_end = bounds[position]
            if b_end <= w_start:
                if w_start > b_end + _LONGEST_WINDOW:
                    break
                continue
            mappings = by_asset[position]
            per_asset = mappings.get(asset_id)
            if per_asset is None and not overall:
                continue
            if overall or not is_metered:
                span = (b_end if b_end < w_end else w_end) - (
                    b_start if b_start > w_start else w_start
                )
                minutes = int(span.total_seconds() // 60)
                if overall:
                    per_member = mappings[None]
                    per_member[member_id] = per_member.get(member_id, 0) + minutes
            if per_asset is None:
                continue
            used = (distance if b_start >= w_start else 0) if is_metered else minutes
            if used:
                per_asset[member_id] = per_asset.get(member_id, 0) + used


def _rule(text: str, parsed: dict[str, Rule]) -> Rule:
    """The rule stored as *text* ("equal" if it cannot be read), parsed once per text."""
    rule = parsed.get(text)
    if rule is None:
        try:
            rule = Rule.parse(text)
        except ValueError:
            rule = Rule.parse("equal")
        parsed[text] = rule
    return rule


def _cumulative(amount: int, first: dt.date, last: dt.date, through: dt.date) -> int:
    """The cents of a cost over [first, last] accrued by the end of *through*, rounded
    the way ``splitting.period_part`` rounds."""
    total = (last - first).days + 1
    days = (min(through, last) - first).days + 1
    if days <= 0:
        return 0
    if days >= total:
        return amount
    sign = -1 if amount < 0 else 1
    return sign * ((2 * abs(amount) * days + total) // (2 * total))


def _month_seed(line_id: int, month: dt.date) -> int:
    return line_id * 4096 + (month.year * 12 + month.month) % 4096


def _split_costs(
    session: Session, db: Database, splitter: Splitter
) -> tuple[tuple[CostSplit, ...], dict[int, CostInfo]]:
    """Every cost's split in the splitter's period, by cost id, and what names it.

    A cost split by use is split month by month, each month's part by the use of that
    month (so what a member owes does not depend on how periods are cut); it is one line
    per month here, with the cost's id. Lines are split as they are read, except those
    split by use, which wait for the use to be read.
    """
    start, end = splitter.start, splitter.end
    assets = _asset_terms(session)
    parsed: dict[str, Rule] = {}
    windows, before_window = usage_windows(start, end)
    months = [(window, _month_end(window[0])) for window in windows]
    # Every line of an asset and window shares one usage mapping (so the splitter can
    # share its work), filled in by _read_usage once every line is known.
    usage: dict[UsageKey, dict[int, int]] = {}
    # Lines split by use, as plain values until the use is read: no object per line.
    waiting: list[tuple[int, int, dt.date, dt.date, str, int | None]] = []
    done: list[CostSplit] = []
    info: dict[int, CostInfo] = {}

    def line(
        line_id: int, amount: int, first: dt.date, last: dt.date, rule: Rule, asset_id: int | None
    ) -> CostLine:
        asset = assets.get(asset_id) if asset_id is not None else None
        if asset is None:
            return CostLine(line_id, amount, first, last, rule)
        return CostLine(line_id, amount, first, last, rule, asset.owners)

    def month_lines(
        line_id: int, amount: int, first: dt.date, last: dt.date, rule: Rule, asset_id: int | None
    ) -> list[CostLine]:
        asset = assets.get(asset_id) if asset_id is not None else None
        key = asset.id if asset is not None else None
        unit = asset.meter if asset is not None and asset.meter != "none" else "minutes"
        owners = asset.owners if asset is not None else ()
        shown = (amount, (last - first).days + 1)
        found = []
        for window, month_end in months:
            month = window[0]
            if month_end < first or month > last:
                continue
            line_first, line_last = max(first, month), min(last, month_end)
            cents = _cumulative(amount, first, last, line_last) - _cumulative(
                amount, first, last, line_first - dt.timedelta(days=1)
            )
            earlier = None
            if before_window is not None and month == before_window[0]:
                earlier = usage[(key, before_window)]
            found.append(
                CostLine(
                    line_id,
                    cents,
                    line_first,
                    line_last,
                    rule,
                    owners,
                    usage[(key, window)],
                    unit,
                    usage_before=earlier,
                    accrues_until=month_end,
                    seed=_month_seed(line_id, month),
                    shown=shown,
                )
            )
        return found

    def take(
        line_id: int,
        amount: int,
        first: dt.date,
        last: dt.date,
        rule_text: str,
        asset_id: int | None,
    ) -> None:
        rule = _rule(rule_text, parsed)
        if "usage" in rule.kinds:
            key = asset_id if asset_id in assets else None
            for window in windows:
                usage.setdefault((key, window), {})
            if before_window is not None:
                usage.setdefault((key, before_window), {})
            waiting.append((line_id, amount, first, last, rule_text, asset_id))
        else:
            done.append(splitter.split_cost(line(line_id, amount, first, last, rule, asset_id)))

    # Purchase recovery: an asset's price spread month by month over its useful life.
    for terms in assets.values():
        if terms.recovery_months and terms.purchase_price_cents and terms.purchase_date:
            first = terms.purchase_date
            last = first + relativedelta(months=terms.recovery_months) - dt.timedelta(days=1)
            if first <= end and last >= _month_start(start):
                line_id = -terms.id
                rule_text = terms.default_rule
                take(line_id, terms.purchase_price_cents, first, last, rule_text, terms.id)
                info[line_id] = CostInfo(
                    line_id, "purchase", terms.id, terms.name, "", "", first, last, rule_text
                )
    query = (
        select(
            Cost.id,
            Cost.amount_cents,
            Cost.start,
            Cost.end,
            Cost.category,
            Cost.asset_id,
            Cost.supplier,
            Cost.note,
            Cost.rule,
        )
        # A cost split by use that ended earlier in the period's first month still
        # changes with that month's use: the month is read whole.
        .where(Cost.start <= end, Cost.end >= _month_start(start))
        # In id order, the order of the split: SQLite then reads the table in its own
        # order rather than row by row through the index on the end date, which on a
        # file larger than its page cache is several times slower for a year.
        .order_by(Cost.id)
    )
    costs = session.connection().execute(query, execution_options={"yield_per": 1000})
    for cost_id, amount, first, last, category, asset_id, supplier, note, rule_text in costs:
        asset = assets.get(asset_id) if asset_id is not None else None
        text = rule_text or (asset.default_rule if asset else "equal")
        if last < start and "usage" not in _rule(text, parsed).kinds:
            continue  # ended before the period: settled, nothing in it
        take(cost_id, amount, first, last, text, asset_id)
        name = asset.name if asset else ""
        info[cost_id] = CostInfo(
            cost_id, category, asset_id, name, supplier, note, first, last, text
        )
    _read_usage(session, db, assets, usage)
    for line_id, amount, first, last, rule_text, asset_id in waiting:
        rule = _rule(rule_text, parsed)
        # A month that ended before the period is not read; one that began before it is
        # kept even when its cost did too: its use up to the period's end still counts.
        done.extend(
            splitter.split_cost(month_line)
            for month_line in month_lines(line_id, amount, first, last, rule, asset_id)
        )
    done.sort(key=lambda cost: cost.cost_id)
    return tuple(done), info


def split_period(db: Database, start: dt.date, end: dt.date) -> SplitReport:
    """Split every cost's part in [start, end] (both days included)."""
    if end < start:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    with db.read() as session:
        members, names = _member_terms(session)
        costs, info = _split_costs(session, db, Splitter(members, start, end))
    return SplitReport(start, end, costs, info, names)
