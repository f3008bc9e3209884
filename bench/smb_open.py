"""Opening the large demo file plus its first view: on an SMB share against a local disk.

Two copies of bench/out/large.partage: one in a local folder, one on a real SMB share
(Samba on 127.0.0.1, mounted through smbnetfs: the same share the reliability tests use,
set up and torn down here; needs root and Debian's samba, smbnetfs and fuse3). Partage is
started on each in turn with ``PARTAGE_STARTUP_PROBE=1`` (see bench/startup.py) and the
time to ``partage-ready``, the first section painted with what it read from the file, is
taken. The ratio of the medians is what docs/benchmarks.md reports. Goal: <= 1.5.

The share is served over the loopback interface, so the ratio measures what the SMB
protocol stack (FUSE, smbnetfs, Samba) adds to each read, not a real network's latency.

Usage: python bench/smb_open.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reliability.smb import SmbShare, missing_tools  # noqa: E402

from bench.generate_large import DEFAULT_PATH, generate  # noqa: E402
from bench.startup import PARTAGE, probe  # noqa: E402

GOAL = 1.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        sys.exit("cannot set up an SMB share here: missing " + ", ".join(missing))
    database = DEFAULT_PATH if DEFAULT_PATH.exists() else generate()
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        local = root / "local" / "large.partage"
        local.parent.mkdir()
        shutil.copyfile(database, local)
        share = SmbShare.start(root / "smb")
        try:
            remote = share.folder / "large.partage"
            shutil.copyfile(database, remote)
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                "PARTAGE_HOME": str(root / "home"),
                "PARTAGE_STARTUP_PROBE": "1",
            }
            times: dict[str, dict[str, list[float]]] = {
                where: {"shown": [], "ready": []} for where in ("local", "smb")
            }
            for path in (local, remote):  # one warm-up of each
                probe(PARTAGE, str(path), "--lang", "fr", env=env)
            for _ in range(args.runs):
                for where, path in (("local", local), ("smb", remote)):
                    moments = probe(PARTAGE, str(path), "--lang", "fr", env=env)
                    if "ready" not in moments:
                        raise RuntimeError("Partage printed no 'ready' line")
                    times[where]["shown"].append(moments["shown"])
                    times[where]["ready"].append(moments["ready"])
        finally:
            share.stop()
    medians = {
        where: {moment: statistics.median(values) * 1000 for moment, values in found.items()}
        for where, found in times.items()
    }
    size = database.stat().st_size / 1e6
    print(f"large demo file: {size:.0f} MB, {args.runs} runs each, alternated")
    for where in ("local", "smb"):
        print(
            f"{where:5}: shown median {medians[where]['shown']:.0f} ms, "
            f"open + first view median {medians[where]['ready']:.0f} ms"
        )
    ratio = medians["smb"]["ready"] / medians["local"]["ready"]
    print(f"ratio open + first view, SMB / local: {ratio:.2f} (goal <= {GOAL})")


if __name__ == "__main__":
    main()
