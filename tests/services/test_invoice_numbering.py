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

import pytest

from partage.services import invoicing
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from partage.reports.renderer import install
    from partage.services.invoicing import issue_all

    install()
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
        result = issue_all(db, start, end, issued_on=dt.date(2026, 12, 31),
                           allow_open_period=True)  # December may not have ended
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


@pytest.mark.sqlite_only("the file variant; the PostgreSQL variant is the test next to it")
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


# --- PDFs drawn before the write, with the forecast number ------------------------------

BATCH_WORKER = WORKER.replace(
    "issued_on=dt.date(2026, 12, 31),\n",
    "issued_on=dt.date(2026, 12, 31), workers=2,\n",
)
assert "workers=2" in BATCH_WORKER


def test_two_processes_issuing_batches_drawn_on_workers_keep_numbers_gapless(db, db_path, qapp):
    """Each coordinator's batch is drawn by two worker processes from forecast numbers
    that the other coordinator keeps making stale; every stored PDF shows its number."""
    import subprocess as sp

    _fill(db)
    db.close()
    go = str(time.time() + 8)
    processes = [
        sp.Popen(
            [sys.executable, "-c", BATCH_WORKER, str(db_path), order, go],
            stdout=sp.PIPE,
            stderr=sp.PIPE,
            text=True,
        )
        for order in ("forward", "reverse")
    ]
    results = [process.communicate(timeout=600) for process in processes]
    counts = []
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        counts.append(int(out.strip()))
    from partage.services.workspace import open_workspace

    reopened = open_workspace(db_path)
    try:
        _check(reopened, counts)
        for record in invoicing.list_invoices(reopened):
            assert (
                _pdf_text(invoicing.invoice_pdf(reopened, record.number)).count(record.number) >= 1
            ), record.number
    finally:
        reopened.close()


def _pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


OTHER_COORDINATOR = textwrap.dedent(
    """
    import datetime as dt, sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from partage.reports.renderer import install
    from partage.services.invoicing import issue_all

    install()
    from partage.services.workspace import open_workspace, BackupPolicy

    db = open_workspace(sys.argv[1], backup=BackupPolicy(enabled=False))
    result = issue_all(db, dt.date(2026, 1, 1), dt.date(2026, 1, 31),
                       member_ids=[int(sys.argv[2])], issued_on=dt.date(2026, 12, 31))
    db.close()
    print(result.issued[0].number)
    """
)


def test_a_number_taken_meanwhile_is_drawn_again_inside_the_write(db, db_path, qapp):
    """Another process issues between the forecast and the first write: the invoices
    get the next numbers, and their stored PDFs show those numbers, byte for byte what
    one process draws for that statement and number."""
    from partage.reports.statement import statement_pdf
    from partage.services.members import list_members
    from partage.services.statements import build_statements

    _fill(db, members=4)
    ids = sorted(m.id for m in list_members(db))
    mine, theirs = ids[:3], ids[3]
    start, end, day = dt.date(2026, 1, 1), dt.date(2026, 1, 31), dt.date(2026, 12, 31)
    forecast = invoicing.predicted_numbers(
        db, build_statements(db, start, end, member_ids=mine, issued_on=day)
    )
    assert forecast == ["2026-0001", "2026-0002", "2026-0003"]
    other: list[str] = []

    def meanwhile() -> bool:
        if not other:  # once, after the forecast and the drawing, before the first write
            done = subprocess.run(
                [sys.executable, "-c", OTHER_COORDINATOR, str(db_path), str(theirs)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            other.append(done.stdout.strip())
        return False

    result = invoicing.issue_all(
        db, start, end, member_ids=mine, issued_on=day, cancelled=meanwhile, workers=2
    )
    assert other == ["2026-0001"]
    assert [r.number for r in result.issued] == ["2026-0002", "2026-0003", "2026-0004"]
    assert invoicing.series_problems_in(db) == []
    statements = {
        s.member_id: s for s in build_statements(db, start, end, member_ids=mine, issued_on=day)
    }
    for record in result.issued:
        stored = invoicing.invoice_pdf(db, record.number)
        text = _pdf_text(stored)
        assert record.number in text
        assert all(n not in text for n in forecast if n != record.number)
        assert stored == statement_pdf(statements[record.member_id], number=record.number)


def test_pdfs_drawn_on_workers_are_those_one_process_draws(db, qapp):
    from partage.reports.statement import statement_pdf
    from partage.services.statements import build_statements

    _fill(db, members=5)
    start, end, day = dt.date(2026, 1, 1), dt.date(2026, 3, 31), dt.date(2026, 12, 31)
    result = invoicing.issue_all(db, start, end, issued_on=day, workers=2)
    assert [r.number for r in result.issued] == [f"2026-{n:04d}" for n in range(1, 6)]
    statements = {s.member_id: s for s in build_statements(db, start, end, issued_on=day)}
    for record in result.issued:
        stored = invoicing.invoice_pdf(db, record.number)
        assert stored == statement_pdf(statements[record.member_id], number=record.number)
        assert record.number in _pdf_text(stored)
