"""Split benchmark: a full year of the large demo (20,000 costs, 100,000 bookings).

The split is ``split_period`` for the year followed by ``member_totals()`` (what the
balances need), so the figure includes the work of every member's share.

Baseline, measured in the same run and alternated with it: a raw sqlite3 scan of the rows
the split needs (the costs overlapping the year, the loans in it, members, assets and
their owners), with no arithmetic at all. The ratio of the medians is the figure (goal:
<= 2). The split reads only the loans of the assets whose costs are split by use, so a
second scan of exactly those rows is shown too, with its ratio.

With ``--scaling``: the split of the same year on the large file and on ten times the
data (``generate_large.py --scale 10``: ten copies of the assets, ten times the bookings
and costs, the same members), alternated; the ratio of the medians should not exceed ten. With
``--members`` as well, on ten times every table, members included (``--scale 10
--members``), where each cost is shared among more members.

Usage: python bench/split.py [--runs N] [--reuse] [--scaling [--members]]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dateutil.relativedelta import relativedelta

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate_large import DEFAULT_PATH, generate, scaled_path  # noqa: E402

SCALE = 10


def raw_scan(path: Path, start: dt.date, end: dt.date, *, lean: bool = False) -> int:
    """Read every row the split needs with plain sqlite3; return how many.

    With *lean*, only the loans the split reads: those of the assets whose costs (or
    purchase recovery) are split by use, or every loan if a cost of no asset is.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        costs = connection.execute(
            "SELECT id, amount_cents, start, end, category, asset_id, supplier, note, rule"
            " FROM costs WHERE start <= ? AND end >= ? ORDER BY id",  # as the split does
            (end.isoformat(), start.isoformat()),
        ).fetchall()
        members = connection.execute(
            "SELECT id, name, weight_milli, joined, left FROM members"
        ).fetchall()
        assets = connection.execute(
            "SELECT id, name, meter, default_rule, recovery_months, purchase_price_cents,"
            " purchase_date FROM assets"
        ).fetchall()
        owners = connection.execute(
            "SELECT asset_id, member_id, weight_milli FROM asset_owners"
        ).fetchall()
        rows = len(costs) + len(members) + len(assets) + len(owners)
        loans = (
            "SELECT asset_id, member_id, start, end, checkout_meter, return_meter FROM bookings"
            " WHERE kind = 'loan' AND status IN ('confirmed', 'checked_out', 'returned')"
            " AND start < ? AND end > ?"
        )
        window = (f"{end} 23:59:59", f"{start} 00:00:00")
        if not lean:
            return rows + len(connection.execute(loans, window).fetchall())
        default_rule = {a[0]: a[3] for a in assets}
        by_use = {c[5] for c in costs if "usage" in (c[8] or default_rule.get(c[5], "equal"))}
        for asset_id, _, _, rule, months, price, bought in assets:
            if months and price and bought and "usage" in rule:
                first = dt.date.fromisoformat(bought)
                last = first + relativedelta(months=months) - dt.timedelta(days=1)
                if first <= end and last >= start:
                    by_use.add(asset_id)
        if None in by_use:
            return rows + len(connection.execute(loans, window).fetchall())
        # The same statement as the split's: the status is checked on the rows read.
        ids = sorted(by_use)
        lean_loans = (
            "SELECT asset_id, member_id, start, end, checkout_meter, return_meter, status"
            " FROM bookings WHERE kind = 'loan' AND start < ? AND end > ?"
            f" AND asset_id IN ({', '.join('?' * len(ids))})"
        )
        read = connection.execute(lean_loans, (*window, *ids)).fetchall()
        return rows + sum(1 for r in read if r[6] in ("confirmed", "checked_out", "returned"))
    finally:
        connection.close()


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def _alternate(runs: int, *steps: Callable[[], object]) -> list[list[float]]:
    """Run *steps* one after the other *runs* times; the times of each step."""
    times: list[list[float]] = [[] for _ in steps]
    for _ in range(runs):
        for step, spent in zip(steps, times, strict=True):
            began = time.perf_counter()
            step()
            spent.append(time.perf_counter() - began)
    return times


def _year() -> tuple[dt.date, dt.date]:
    end = dt.date.today()
    return end - dt.timedelta(days=364), end


def against_scan(path: Path, runs: int) -> None:
    """The split of a year against the raw scans of its rows."""
    from partage.services.accounts import SplitReport, split_period
    from partage.services.workspace import DEFERRED_BACKUP, open_workspace

    db = open_workspace(path, backup=DEFERRED_BACKUP)
    start, end = _year()
    counts: dict[str, int] = {}

    def scan() -> None:
        counts["scan"] = raw_scan(path, start, end)

    def lean_scan() -> None:
        counts["lean"] = raw_scan(path, start, end, lean=True)

    reports: list[SplitReport] = []

    def split() -> None:
        report = split_period(db, start, end)
        counts["members"] = len(report.member_totals())
        reports[:] = [report]

    split()  # the first call imports and compiles what the others reuse
    scans, lean_scans, splits = _alternate(runs, scan, lean_scan, split)
    db.close()
    counts["allocations"] = sum(c.member_count for c in reports[0].costs)
    scan_ms, lean_ms, split_ms = _median_ms(scans), _median_ms(lean_scans), _median_ms(splits)
    print(f"raw sqlite3 scan: {counts['scan']} rows, median {scan_ms:.0f} ms over {runs} runs")
    print(
        f"raw sqlite3 scan of only the loans the split reads: {counts['lean']} rows,"
        f" median {lean_ms:.0f} ms"
    )
    print(
        f"split of {start}..{end} with member totals: {counts['allocations']} allocations"
        f" ({counts['members']} members), median {split_ms:.0f} ms"
    )
    print(
        f"ratio: {split_ms / scan_ms:.2f} (goal <= 2); against the lean scan: "
        f"{split_ms / lean_ms:.2f}"
    )


def scaling(paths: tuple[Path, Path], runs: int) -> None:
    """The split of a year on the large file and on SCALE times the data, with the lean
    raw scans of both for comparison."""
    from partage.services.accounts import split_period
    from partage.services.workspace import DEFERRED_BACKUP, open_workspace

    start, end = _year()
    databases = [open_workspace(p, backup=DEFERRED_BACKUP) for p in paths]
    counts: list[int] = [0, 0]

    def splitter(index: int) -> Callable[[], None]:
        def run() -> None:
            report = split_period(databases[index], start, end)
            report.member_totals()
            counts[index] = len(report.costs)

        return run

    def scanner(index: int) -> Callable[[], None]:
        return lambda: raw_scan(paths[index], start, end, lean=True)

    steps = [scanner(0), splitter(0), scanner(1), splitter(1)]
    for step in steps:
        step()
    scan_one, one_times, scan_many, many_times = _alternate(runs, *steps)
    for db in databases:
        db.close()
    one, many = _median_ms(one_times), _median_ms(many_times)
    print(f"split of {start}..{end}, 1x: {counts[0]} costs, median {one:.0f} ms over {runs} runs")
    print(f"split of {start}..{end}, {SCALE}x: {counts[1]} costs, median {many:.0f} ms")
    print(f"time ratio: {many / one:.2f} (goal <= {SCALE})")
    print(
        f"raw sqlite3 scan of the same rows: {_median_ms(scan_one):.0f} ms and"
        f" {_median_ms(scan_many):.0f} ms, ratio {_median_ms(scan_many) / _median_ms(scan_one):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="reuse generated files")
    parser.add_argument("--scaling", action="store_true", help=f"1x against {SCALE}x data")
    parser.add_argument("--members", action="store_true", help="the members scaled too")
    args = parser.parse_args()
    os.environ.setdefault("PARTAGE_HOME", tempfile.mkdtemp())
    path = DEFAULT_PATH if args.reuse and DEFAULT_PATH.exists() else generate()
    if not args.scaling:
        against_scan(path, args.runs)
        return
    large = scaled_path(SCALE, args.members)
    if not (args.reuse and large.exists()):
        generate(large, scale=SCALE, members=args.members)
    scaling((path, large), args.runs)


if __name__ == "__main__":
    main()
