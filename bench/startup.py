"""Start-up benchmark on the large demo file: process start to main window shown, and to
the first section painted with its data.

Partage prints ``partage-shown T`` when its main window is first painted (frame, side
bar, "Opening …") and ``partage-ready T`` when the first section has painted what it read
from the file, then quits (``PARTAGE_STARTUP_PROBE=1``). The baseline, measured in the same
run and alternated with it, is a bare PySide6 process that shows one QLabel in a window.
The ratios of the medians are what docs/benchmarks.md reports, since absolute times vary
from machine to machine. Goal: shown <= 2.5 times the bare window.

Usage: python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate_large import generate  # noqa: E402

GOAL = 2.5

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Partage")
label.resize(1100, 700)
label.show()
def shown():
    app.processEvents()
    print("partage-shown", time.monotonic(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

PARTAGE = "import sys; from partage.app import main; sys.exit(main(sys.argv[1:]))"


def probe(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from just before the process is started to each line it printed."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    moments = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name.startswith("partage-"):
            moments[name.removeprefix("partage-")] = float(value) - started
    if "shown" not in moments:
        raise RuntimeError(f"no 'shown' line (exit {result.returncode}):\n{result.stderr[-2000:]}")
    return moments


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    database = generate()
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PARTAGE_HOME": home,
            "PARTAGE_STARTUP_PROBE": "1",
        }
        partage_args = (str(database), "--lang", "fr")
        # One warm-up of each, so both find the files in the page cache.
        probe(BARE_WINDOW, env=env)
        probe(PARTAGE, *partage_args, env=env)
        bare, shown, ready = [], [], []
        for _ in range(args.runs):
            bare.append(probe(BARE_WINDOW, env=env)["shown"])
            moments = probe(PARTAGE, *partage_args, env=env)
            if "ready" not in moments:
                raise RuntimeError("Partage printed no 'ready' line")
            shown.append(moments["shown"])
            ready.append(moments["ready"])
    bare_ms = statistics.median(bare) * 1000
    shown_ms = statistics.median(shown) * 1000
    ready_ms = statistics.median(ready) * 1000
    runs = args.runs
    print(f"bare PySide6 window:             median {bare_ms:.0f} ms over {runs} runs")
    print(f"Partage, large demo, shown:      median {shown_ms:.0f} ms over {runs} runs")
    print(f"Partage, large demo, first view: median {ready_ms:.0f} ms over {runs} runs")
    print(f"ratio shown: {shown_ms / bare_ms:.2f} (goal <= {GOAL})")
    print(f"ratio ready: {ready_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()
