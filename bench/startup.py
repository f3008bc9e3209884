"""Start-up benchmark: process start to main window shown, on the large demo file.

Baseline, measured in the same run and alternated with it: a bare PySide6 process that
shows one QLabel in a window. The ratio of the medians is what docs/benchmarks.md
reports, since absolute times vary from machine to machine. Goal: ratio <= 2.5.

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


def time_to_shown(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from just before the process is started to its 'shown' line."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    for line in result.stdout.splitlines():
        if line.startswith("partage-shown "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no 'shown' line (exit {result.returncode}):\n{result.stderr[-2000:]}")


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
        # One warm-up of each, so both find the files in the page cache.
        time_to_shown(BARE_WINDOW, env=env)
        time_to_shown(PARTAGE, str(database), "--lang", "fr", env=env)
        bare, partage = [], []
        for _ in range(args.runs):
            bare.append(time_to_shown(BARE_WINDOW, env=env))
            partage.append(time_to_shown(PARTAGE, str(database), "--lang", "fr", env=env))
    bare_ms, partage_ms = statistics.median(bare) * 1000, statistics.median(partage) * 1000
    print(f"bare PySide6 window: median {bare_ms:.0f} ms over {args.runs} runs")
    print(f"Partage, large demo: median {partage_ms:.0f} ms over {args.runs} runs")
    print(f"ratio: {partage_ms / bare_ms:.2f} (goal <= 2.5)")


if __name__ == "__main__":
    main()
