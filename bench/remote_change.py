"""What one change made on another computer costs a window that has the file open.

A window (a real process, offscreen) opens a copy of the large demo on one section and
waits until it is idle. Another process then records a payment with ``partage-cli``.
For the next ``--seconds`` the window counts what it asks of the database: the SQL
statements it runs and the SQLite virtual-machine steps they take (in thousands; the
work of reading rows, which SQLite does not count as rows). The same is measured with
the code before the change counter said which kinds of data moved (``--before``: a
checkout of that code), alternately, on copies of the same file.

    python bench/remote_change.py --before DIR --data FILE [--runs 3]

Both windows poll the counter every second, so both figures include those looks.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("calendar", "members", "balances", "dashboard")

WINDOW = r"""
import json, sys, threading, time
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.engine import Engine

counts = {"statements": 0, "steps": 0}
counting = threading.Event()

def traced(_statement):
    if counting.is_set():
        counts["statements"] += 1

def stepped():
    if counting.is_set():
        counts["steps"] += 1
    return 0

@event.listens_for(Engine, "connect")
def _watch(dbapi_connection, _record):
    dbapi_connection.set_trace_callback(traced)
    dbapi_connection.set_progress_handler(stepped, 1000)

app = QApplication([])
from partage.ui.controller import AppController
from partage.ui.preferences import Preferences
controller = AppController(Preferences())
controller.preferences.section = sys.argv[2]
ready = []
controller.ready.connect(lambda: ready.append(1))
controller.start(sys.argv[1])
deadline = time.monotonic() + 120
while not ready and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
settle = time.monotonic() + 4  # the first reads, the backup, the first looks
while time.monotonic() < settle:
    app.processEvents()
    time.sleep(0.01)
print("idle", flush=True)
sys.stdin.readline()  # the other process has committed its payment
counting.set()
end = time.monotonic() + float(sys.argv[3])
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.005)
counting.clear()
print(json.dumps(counts), flush=True)
controller.window.close()
app.processEvents()
"""


def measure(tree: Path, data: Path, section: str, seconds: float, home: Path) -> dict[str, int]:
    env = {
        **os.environ,
        "PYTHONPATH": str(tree / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        "PARTAGE_HOME": str(home),
    }
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(data), section, str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert window.stdin is not None and window.stdout is not None
    # A window that stops (the code before: a failed read behind a modal dialog) is
    # stopped too, and the run says so, rather than waiting for ever.
    watchdog = threading.Timer(180, window.kill)
    watchdog.start()
    try:
        line = window.stdout.readline()
        if line.strip() != "idle":
            raise RuntimeError(f"the window did not start: {line!r}")
        paid = subprocess.run(
            [sys.executable, "-m", "partage.cli", "--db", str(data), "payment", "add",
             "1", "10,00", "--date", "2026-11-02"],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if paid.returncode != 0:
            raise RuntimeError(paid.stderr)
        window.stdin.write("go\n")
        window.stdin.flush()
        answer = window.stdout.readline()
        if not answer:
            raise RuntimeError("the window stopped answering (killed after 180 s)")
        counts: dict[str, int] = json.loads(answer)
    finally:
        watchdog.cancel()
        window.wait(timeout=60)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--sections", default=",".join(SECTIONS))
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": ROOT}
    results: dict[tuple[str, str], list[dict[str, int]]] = {}
    with tempfile.TemporaryDirectory(prefix="partage-remote-") as folder:
        work = Path(folder)
        files = {}
        for name in trees:
            files[name] = work / f"{name}.partage"
            shutil.copyfile(args.data, files[name])
        # Each copy upgraded once (by its own code), outside the figures.
        for name, tree in trees.items():
            subprocess.run(
                [sys.executable, "-m", "partage.cli", "--db", str(files[name]), "members"],
                env={**os.environ, "PYTHONPATH": str(tree / "src")},
                capture_output=True, check=False,
            )  # fmt: skip
        for run in range(args.runs):
            order = list(trees) if run % 2 == 0 else list(reversed(trees))
            for section in args.sections.split(","):
                for name in order:
                    home = work / f"home-{name}-{run}-{section}"
                    counts = measure(trees[name], files[name], section, args.seconds, home)
                    results.setdefault((section, name), []).append(counts)
                    print(f"run {run + 1} {section} {name}: {counts}", flush=True)
    print()
    print(f"{'section shown':14} {'statements before':>18} {'after':>6} "
          f"{'VM steps (k) before':>20} {'after':>7}")  # fmt: skip
    for section in args.sections.split(","):
        row = []
        for key in ("statements", "steps"):
            for name in trees:
                row.append(statistics.median(c[key] for c in results[(section, name)]))
        print(f"{section:14} {row[0]:>18} {row[1]:>6} {row[2]:>20} {row[3]:>7}")


if __name__ == "__main__":
    main()
