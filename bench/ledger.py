"""Ledger benchmark: does reading every amount from the member ledger slow what people
wait for? Measured end to end on the large demo, against the code before the ledger, in
the same run, runs alternated (before, after, before, after…):

- **Balances section**: a new process opens the database, builds the Balances section,
  shows it, waits for its data and paints it (``grab``), offscreen;
- **balances command**: ``partage-cli balances --json``, the whole process;
- **a year's statements**: ``partage-cli statements --from 2026-01-01 --to 2026-12-31
  --out DIR --json``, the whole process: the data, the words, 200 PDFs written (on the
  processors the machine has).

The code before is a checkout of an earlier commit (``--before DIR``, its repository
root: ``git worktree add /tmp/before <commit>``). The data is one large demo made by that
code (``--data``, schema of that code): it is copied twice, and the copy for the current
code is upgraded by opening it, so both read the same rows.

Usage: python bench/ledger.py --before /tmp/before --data large-before.partage [--runs 5]
Prints each figure's medians and the ratio after / before.
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SECTION = """
import sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from partage.storage import open_database
from partage.ui.changes import ChangeBus
from partage.ui.costs import BalancesView
db = open_database(sys.argv[1])
view = BalancesView(db, ChangeBus())
view.resize(1200, 800)
view.show()
app.processEvents()
while view.busy:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
view.grab()
print(time.perf_counter() - started)
"""


def timed(command: list[str], tree: Path) -> float:
    """Wall-clock seconds of *command* run with *tree*'s sources first on the path (the
    section script prints its own figure, from before its imports to the paint)."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]} failed in {tree}:\n{done.stderr[-2000:]}")
    if command[1] == "-c":
        return float(done.stdout.strip().splitlines()[-1])
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ledger-bench-"))
    trees = {"before": args.before.resolve(), "after": ROOT}
    files = {}
    for name in trees:
        files[name] = work / f"{name}.partage"
        shutil.copyfile(args.data, files[name])
    # The current code upgrades its copy once, outside the timings.
    timed([sys.executable, "-m", "partage.cli", "balances", "--db", str(files["after"])], ROOT)
    python = sys.executable
    figures: dict[str, dict[str, list[float]]] = {}
    for run in range(args.runs):
        for name in ("before", "after") if run % 2 == 0 else ("after", "before"):
            tree, db = trees[name], str(files[name])
            out = work / f"out-{name}-{run}"
            measured = {
                "Balances section, painted": timed([python, "-c", SECTION, db], tree),
                "balances --json": timed(
                    [python, "-m", "partage.cli", "balances", "--json", "--db", db], tree
                ),
                "statements of a year, 200 PDFs": timed(
                    [python, "-m", "partage.cli", "statements", "--from", "2026-01-01",
                     "--to", "2026-12-31", "--out", str(out), "--json", "--db", db],
                    tree,
                ),  # fmt: skip
            }
            shutil.rmtree(out, ignore_errors=True)
            for figure, seconds in measured.items():
                figures.setdefault(figure, {}).setdefault(name, []).append(seconds)
            rounded = {k: round(v, 2) for k, v in measured.items()}
            print(f"run {run + 1} {name}: {json.dumps(rounded)}", flush=True)
    print()
    print(f"{'figure':34} {'before':>9} {'after':>9} {'ratio':>7}")
    for figure, by_name in figures.items():
        before = statistics.median(by_name["before"])
        after = statistics.median(by_name["after"])
        print(f"{figure:34} {before:8.2f}s {after:8.2f}s {after / before:6.2f}x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
