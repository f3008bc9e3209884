"""Split benchmark: a full year of the large demo (20,000 costs, 100,000 bookings).

Baseline, measured in the same run: a raw sqlite3 scan of the rows the split needs (the
costs overlapping the year, the bookings in it, members, assets and their owners), with
no arithmetic at all. The ratio of the medians is the figure (goal: <= 2).

Usage: python bench/split.py [--runs N] [--reuse]
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate_large import DEFAULT_PATH, generate  # noqa: E402


def raw_scan(path: Path, start: dt.date, end: dt.date) -> int:
    """Read every row the split needs with plain sqlite3; return how many."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = 0
        for query, params in (
            (
                "SELECT id, amount_cents, start, end, category, asset_id, supplier, note, rule"
                " FROM costs WHERE start <= ? AND end >= ?",
                (end.isoformat(), start.isoformat()),
            ),
            (
                "SELECT asset_id, member_id, start, end, checkout_meter, return_meter FROM bookings"
                " WHERE kind = 'loan' AND status IN ('confirmed', 'checked_out', 'returned')"
                " AND start < ? AND end > ?",
                (f"{end} 23:59:59", f"{start} 00:00:00"),
            ),
            ("SELECT id, name, weight_milli, joined, left FROM members", ()),
            (
                "SELECT id, name, meter, default_rule, recovery_months, purchase_price_cents,"
                " purchase_date FROM assets",
                (),
            ),
            ("SELECT asset_id, member_id, weight_milli FROM asset_owners", ()),
        ):
            rows += len(connection.execute(query, params).fetchall())
        return rows
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    path = DEFAULT_PATH if args.reuse and DEFAULT_PATH.exists() else generate()
    os.environ.setdefault("PARTAGE_HOME", tempfile.mkdtemp())

    from partage.services.accounts import split_period
    from partage.services.workspace import DEFERRED_BACKUP, open_workspace

    db = open_workspace(path, backup=DEFERRED_BACKUP)
    end = dt.date.today()
    start = end - dt.timedelta(days=364)
    scans, splits = [], []
    rows = allocations = 0
    for _ in range(args.runs):
        began = time.perf_counter()
        rows = raw_scan(path, start, end)
        scans.append(time.perf_counter() - began)
        began = time.perf_counter()
        report = split_period(db, start, end)
        splits.append(time.perf_counter() - began)
        allocations = sum(len(c.allocations) for c in report.costs)
    db.close()
    scan_ms = statistics.median(scans) * 1000
    split_ms = statistics.median(splits) * 1000
    print(f"raw sqlite3 scan: {rows} rows, median {scan_ms:.0f} ms over {args.runs} runs")
    print(f"split of {start}..{end}: {allocations} allocations, median {split_ms:.0f} ms")
    print(f"ratio: {split_ms / scan_ms:.1f} (goal <= 2)")


if __name__ == "__main__":
    main()
