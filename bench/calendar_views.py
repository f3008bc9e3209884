"""Calendar benchmark on the large demo (500 assets, 100,000 bookings).

Measures, with the real CalendarView offscreen:
- moving to the next week in the week view, and in the timeline (14 days × 500 assets):
  reading the bookings shown and laying them out, painting left out (goal: median
  <= 50 ms), and the SQL statements each move runs (goal: <= 3);
- booking one slot with its conflict check, through services.bookings.book (goal:
  median <= 5 ms).

Usage: python bench/calendar_views.py [--runs N] [--reuse]
(--reuse keeps bench/out/large.partage if it exists instead of generating it again).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on the path, where "calendar" would
# shadow the standard library's module of that name (which SQLAlchemy imports).
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.generate_large import DEFAULT_PATH, generate  # noqa: E402


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def time_moves(view: object, runs: int, statements: list[int]) -> tuple[float, int]:
    """Median time of ``go_next`` and the most statements one move ran."""
    from partage.ui.calendar import CalendarView

    assert isinstance(view, CalendarView)
    samples, counts = [], []
    for _ in range(runs):
        before = statements[0]
        started = time.perf_counter()
        view.go_next()
        samples.append(time.perf_counter() - started)
        counts.append(statements[0] - before)
    return median_ms(samples), max(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    path = DEFAULT_PATH if args.reuse and DEFAULT_PATH.exists() else generate()

    import tempfile

    os.environ.setdefault("PARTAGE_HOME", tempfile.mkdtemp(prefix="partage-bench-"))
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from partage.i18n import install_translations
    from partage.services.bookings import BookingRequest, book, list_bookings
    from partage.services.calendar import calendar_catalog
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.calendar import CalendarView
    from partage.ui.calendar.layout import Mode
    from partage.ui.changes import ChangeBus

    app = QApplication(sys.argv[:1])
    install_translations("fr")
    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    statements = [0]

    def count(*_args: object) -> None:
        statements[0] += 1

    event.listen(db.engine, "before_cursor_execute", count)
    view = CalendarView(db, ChangeBus())
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    results = {}
    for mode in (Mode.WEEK, Mode.TIMELINE):
        view.set_mode(mode)
        view.go_today()
        view.go_next()  # warm the page cache and the catalog
        app.processEvents()
        results[mode] = time_moves(view, args.runs, statements)
        shown = len(view.items())
        ms, most = results[mode]
        print(f"{mode.value:>8}: next page median {ms:.1f} ms (goal <= 50), "
              f"{most} SQL statements per move (goal <= 3), {shown} bookings shown")
        view.go_today()

    catalog = calendar_catalog(db)
    zone = catalog.zone
    assets = [a for a in catalog.assets if a.status == "active" and a.bookable]
    member = catalog.members[0]
    # Past every booking there is (the demo's, and earlier runs' with --reuse), so every
    # request is free; each asset in turn.
    far = dt.datetime.combine(dt.date.today() + dt.timedelta(days=800), dt.time(0), zone)
    latest = max((b.end for b in list_bookings(db, start=far)), default=far)
    first = dt.datetime.combine(latest.astimezone(zone).date() + dt.timedelta(days=1),
                                dt.time(9), zone)
    samples = []
    for number in range(args.runs * 2):
        asset = assets[number % len(assets)]
        start = first + dt.timedelta(days=number // len(assets))
        request = BookingRequest(asset.id, member.id, start, start + dt.timedelta(hours=2))
        started = time.perf_counter()
        book(db, request)
        samples.append(time.perf_counter() - started)
    print(f"    book: one booking with its conflict check, median "
          f"{median_ms(samples):.1f} ms (goal <= 5)")
    view.close()
    view.deleteLater()
    app.processEvents()
    del view
    db.close()
    app.shutdown()


if __name__ == "__main__":
    main()
