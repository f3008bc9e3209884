"""Two coordinators issuing at the same moment: real processes, one shared database.

Each process issues every member's invoice for the same twelve months, in opposite
orders, so they collide on every number. Afterwards each (member, month) is invoiced
exactly once and the series runs 1..N with no gap and no duplicate.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time

from partage.services import invoicing
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from partage.services.invoicing import issue_all
    from partage.services.workspace import open_workspace, BackupPolicy

    db = open_workspace(sys.argv[1], backup=BackupPolicy(enabled=False))
    time.sleep(max(0.0, float(sys.argv[3]) - time.time()))  # both start together
    months = list(range(1, 13))
    if sys.argv[2] == "reverse":
        months.reverse()
    issued = 0
    for month in months:
        start = dt.date(2026, month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        result = issue_all(db, start, end, issued_on=dt.date(2026, 12, 31))
        issued += len(result.issued)
        time.sleep(0.05)  # a coordinator's pause: the other one's writes get in
    db.close()
    print(issued)
    """
)


def _fill(db, members: int = 6) -> None:
    for index in range(members):
        add_member(db, MemberInput(name=f"Membre {index}", joined=dt.date(2025, 1, 1)))
    # A cost every month, so every member has something to pay each month.
    for month in range(1, 13):
        add_cost(db, CostInput(amount_cents=6_000 + month, start=dt.date(2026, month, 15)))


def _race(target: str) -> list[int]:
    go = str(time.time() + 8)  # after both have imported and opened the database
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, target, order, go],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in ("forward", "reverse")
    ]
    results = [process.communicate(timeout=300) for process in processes]  # closes the pipes
    counts = []
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err
        counts.append(int(out.strip()))
    return counts


def _check(db, counts: list[int], members: int = 6) -> None:
    records = invoicing.list_invoices(db)
    assert sum(counts) == len(records) == members * 12
    sequences = sorted(r.number for r in records)
    assert sequences == [f"2026-{n:04d}" for n in range(1, len(records) + 1)]
    pairs = {(r.member_id, r.period_from) for r in records}
    assert len(pairs) == len(records)  # nobody invoiced twice for a month
    assert invoicing.series_problems_in(db) == []


def test_two_processes_issue_gapless_unique_numbers_on_one_file(db, db_path, qapp):
    _fill(db)
    db.close()
    counts = _race(str(db_path))
    assert all(c > 0 for c in counts), counts  # both really issued some
    from partage.services.workspace import open_workspace

    reopened = open_workspace(db_path)
    try:
        _check(reopened, counts)
    finally:
        reopened.close()


def test_two_processes_issue_gapless_unique_numbers_on_postgresql(pg_url, qapp):
    from partage.services.workspace import OrganisationSettings, create_workspace, open_workspace

    db = create_workspace(pg_url, OrganisationSettings(name="Coop PG"))
    _fill(db)
    db.close()
    counts = _race(pg_url)
    reopened = open_workspace(pg_url)
    try:
        _check(reopened, counts)
    finally:
        reopened.close()
