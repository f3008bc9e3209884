"""Generate the large demo data set the benchmarks run on.

Usage: python bench/generate_large.py [PATH] [--seed N]
(default PATH: bench/out/large.partage, rebuilt when it exists).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from partage.services.demo import create_demo

DEFAULT_PATH = Path(__file__).with_name("out") / "large.partage"


def generate(path: Path = DEFAULT_PATH, seed: int = 2026) -> Path:
    """(Re)create the large demo database at *path* and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    create_demo(path, "large", seed).close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.path, args.seed)
    size = args.path.stat().st_size / 1024
    print(f"{args.path}: {size:.0f} KiB in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
