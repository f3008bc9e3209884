"""Writers killed with SIGKILL in the middle of their transactions, a hundred times.

Three writers work on one file without pause; one after the other they are killed, most
of the time just after logging that they hold the lock inside a transaction (rows written,
journal hot, commit not yet returned), otherwise at a random moment, and replaced by a
fresh process. Afterwards every acknowledged write is in the file, the file passes the
full check, and the command-line check says so too.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from partage.services.integrity import check_database
from partage.storage import BackupPolicy, open_database
from tests.reliability import torture

pytestmark = pytest.mark.sqlite_only("writers killed in the middle of a write to a file")

KILLS = 100
WRITERS = 3
DWELL_MS = 25.0


def last_event(log: Path) -> dict[str, object] | None:
    """The last complete line a worker logged."""
    if not log.exists():
        return None
    lines = [line for line in log.read_text(encoding="utf-8").splitlines() if line.endswith("}")]
    return json.loads(lines[-1]) if lines else None


def wait_until_started(log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and '"start"' in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.01)
    raise AssertionError(f"{log.name}: the writer did not start")


@pytest.mark.slow
def test_a_hundred_kills_mid_transaction_lose_no_acknowledged_write(
    tmp_path: Path, record_figure: Callable[..., None]
) -> None:
    logs = tmp_path / "logs"
    scene = torture.prepare_scene(tmp_path / "shared.partage", logs)
    journal = Path(f"{scene.path}-journal")
    rng = random.Random(9)
    running: dict[int, subprocess.Popen[bytes]] = {}
    next_worker = 0

    def start_one() -> None:
        nonlocal next_worker
        running[next_worker] = torture.start_writer(
            scene, logs, next_worker, writes=0, seed=9, dwell_ms=DWELL_MS
        )
        next_worker += 1

    for _ in range(WRITERS):
        start_one()
    in_transaction = hot_journals = 0
    try:
        for kill in range(KILLS):
            for worker in running:
                wait_until_started(logs / f"worker-{worker}.jsonl")
            time.sleep(rng.uniform(0.02, 0.2))
            victim = rng.choice(sorted(running))
            if kill % 4:  # three kills in four aim inside a transaction
                deadline = time.monotonic() + 2.0
                while time.monotonic() < deadline:
                    inside = [
                        w
                        for w in running
                        if (last_event(logs / f"worker-{w}.jsonl") or {}).get("event") == "tx"
                    ]
                    if inside:
                        victim = inside[0]
                        break
                    time.sleep(0.002)
            process = running.pop(victim)
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            if journal.exists() and journal.stat().st_size > 0:
                hot_journals += 1
            if (last_event(logs / f"worker-{victim}.jsonl") or {}).get("event") == "tx":
                in_transaction += 1
            start_one()
    finally:
        for process in running.values():
            process.kill()
            process.wait()

    outcome = torture.read_logs(logs)
    assert outcome.errors == [], outcome.errors[:5]
    assert in_transaction >= KILLS // 2  # most kills did land inside a transaction
    # The command-line check looks first, read-only, at the file just as the kills left it.
    journal_at_check = journal.exists() and journal.stat().st_size > 0
    check = subprocess.run(
        [sys.executable, "-m", "partage.cli", "check", "--db", str(scene.path)],
        env=torture.worker_environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert torture.verify(scene.path, outcome, exact=False) == []
    db = open_database(scene.path, read_only=True, backup=BackupPolicy(enabled=False))
    try:
        report = check_database(db)
    finally:
        db.close()
    assert report.ok, [p.text() for p in report.problems]
    record_figure(
        kills=KILLS,
        killed_inside_a_transaction=in_transaction,
        hot_journal_left=hot_journals,
        hot_journal_at_check=journal_at_check,
        acknowledged=outcome.acknowledged,
        acknowledged_missing=0,
    )


HALF_WRITTEN = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=2")  # spill to the file before the commit
connection.execute("BEGIN IMMEDIATE")
for n in range(2000):
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)", (f"crash-{n}", "x" * 200)
    )
os.kill(os.getpid(), signal.SIGKILL)
"""


def leave_a_hot_journal(path: Path) -> None:
    """A writer that dies mid-transaction, after part of its change reached the file."""
    subprocess.run([sys.executable, "-c", HALF_WRITTEN, str(path)], check=False)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0


def test_a_file_a_writer_left_mid_transaction_opens_and_checks_clean(tmp_path: Path) -> None:
    from tests.cli.conftest import run_cli
    from tests.reliability.test_bad_files import make_database

    path = tmp_path / "group.partage"
    make_database(path)
    leave_a_hot_journal(path)

    checked = run_cli("check", "--db", path)
    listed = run_cli("member", "list", "--json", "--db", path)

    assert checked.code == 0, checked.stderr
    assert listed.code == 0 and len(listed.json()) == 3
    connection = sqlite3.connect(path)
    try:
        keys = connection.execute("SELECT count(*) FROM settings WHERE key LIKE 'crash-%'")
        assert keys.fetchone() == (0,)  # the unfinished change was undone
    finally:
        connection.close()


def test_a_read_only_file_left_mid_transaction_is_explained_and_left_alone(
    tmp_path: Path,
) -> None:
    from tests.cli.conftest import file_digest, run_cli
    from tests.reliability.test_bad_files import make_database

    path = tmp_path / "group.partage"
    make_database(path)
    leave_a_hot_journal(path)
    before = file_digest(path), file_digest(Path(f"{path}-journal"))
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip("this file system cannot make a file immutable")
    else:
        path.chmod(0o444)
    try:
        result = run_cli("member", "list", "--db", path)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o644)

    assert result.code == 4
    assert "in the middle of a change" in result.stderr
    assert (file_digest(path), file_digest(Path(f"{path}-journal"))) == before
