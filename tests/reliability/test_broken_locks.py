"""The contention load with locking switched off must leave damage that ``check`` finds.

SQLite's ``unix-none`` VFS takes no file locks at all: what a network drive that ignores
byte-range locks would do. Eight writers then overwrite each other's pages and roll back
each other's journals; ``partage-cli check`` must call the file damaged (exit code 4)
rather than pass it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.reliability import torture

pytestmark = pytest.mark.sqlite_only("SQLite without its file locks")

WRITERS = 8
WRITES_EACH = 200


@pytest.mark.slow
def test_writes_without_locks_are_detected_by_check(
    tmp_path: Path, record_figure: Callable[..., None]
) -> None:
    logs = tmp_path / "logs"
    scene = torture.prepare_scene(tmp_path / "shared.partage", logs)

    writers = torture.start_writers(
        scene, logs, WRITERS, writes=WRITES_EACH, seed=6, vfs="unix-none"
    )
    torture.wait_for(writers, timeout=900)
    outcome = torture.read_logs(logs)
    check = subprocess.run(
        [sys.executable, "-m", "partage.cli", "check", "--json", "--db", str(scene.path)],
        env=torture.worker_environment(),
        capture_output=True,
        timeout=300,
        check=False,
    )

    assert check.returncode == 4, check.stderr.decode()
    report = json.loads(check.stdout)
    assert not report["ok"] and report["problems"]
    assert "Traceback" not in check.stderr.decode()
    record_figure(
        writers=WRITERS,
        acknowledged=outcome.acknowledged,
        errors_seen_by_writers=dict(Counter(e["error"] for e in outcome.errors)),
        check_exit_code=check.returncode,
        check_found=sorted({p["check"] for p in report["problems"]}),
        first_problem=report["problems"][0]["message"],
    )
