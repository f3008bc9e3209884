"""Generate the large demo data set the benchmarks run on.

Usage: python bench/generate_large.py [PATH] [--seed N] [--scale N [--members]]
(default PATH: bench/out/large.partage, rebuilt when it exists).

``--scale N`` builds N times the data a year's split works on, for the same group: N
copies of the assets (the same kinds, meters, rules and owners), each booked as often,
and N times the costs, over the same two years, with the same 200 members; default PATH
bench/out/large-xN.partage. With ``--members`` the group is N times larger too (every
table N times, PATH bench/out/large-xN-members.partage): each cost is then shared among
more members, so a split's allocations grow N times N.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from partage.models import Asset, AssetOwner, Member
from partage.services import demo
from partage.services.demo import create_demo

DEFAULT_PATH = Path(__file__).with_name("out") / "large.partage"


def scaled_path(scale: int, members: bool = False) -> Path:
    """Where the data set *scale* times the large one is written by default."""
    if scale == 1:
        return DEFAULT_PATH
    return DEFAULT_PATH.with_name(f"large-x{scale}{'-members' if members else ''}.partage")


def _copies(make_assets: Callable[..., list[Asset]], scale: int) -> Callable[..., list[Asset]]:
    """The demo's asset maker, making *scale* copies of the assets it would make (a
    random draw of more assets would mix kinds and rules differently)."""

    def assets(rng: random.Random, members: list[Member], count: int) -> list[Asset]:
        made = make_assets(rng, members, count)
        copies = []
        for copy in range(2, scale + 1):
            for asset in made:
                twin = demo._asset(
                    f"{asset.name} ({copy})",
                    asset.kind,
                    asset.category,
                    asset.location,
                    asset.meter,
                    (asset.purchase_price_cents or 0) // 100,
                    asset.purchase_date,
                )
                twin.default_rule, twin.status = asset.default_rule, asset.status
                twin.owners = [
                    AssetOwner(member_id=o.member_id, weight_milli=o.weight_milli)
                    for o in asset.owners
                ]
                copies.append(twin)
        return made + copies

    return assets


def generate(
    path: Path = DEFAULT_PATH, seed: int = 2026, scale: int = 1, members: bool = False
) -> Path:
    """(Re)create the large demo database at *path* and return it: *scale* times its
    assets, bookings and costs, and its members too if *members*."""
    if scale < 1:
        raise ValueError("the scale is a whole number of times, at least 1")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    if scale == 1:
        create_demo(path, "large", seed).close()
        return path
    # The demo's own generator, asked for *scale* times as many.
    make_members = demo._large_members
    member_scale = scale if members else 1
    with (
        mock.patch.object(
            demo, "_large_members", lambda rng, n: make_members(rng, n * member_scale)
        ),
        mock.patch.object(demo, "_large_assets", _copies(demo._large_assets, scale)),
        mock.patch.object(demo, "LARGE_BOOKINGS", demo.LARGE_BOOKINGS * scale),
        mock.patch.object(demo, "LARGE_COSTS", demo.LARGE_COSTS * scale),
    ):
        create_demo(path, "large", seed).close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--members", action="store_true", help="scale the members too")
    args = parser.parse_args()
    path = args.path or scaled_path(args.scale, args.members)
    started = time.perf_counter()
    generate(path, args.seed, args.scale, args.members)
    size = path.stat().st_size / 1024
    print(f"{path}: {size:.0f} KiB in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
