"""A write to a database on a full disk is refused cleanly and the file stays intact.

The disk is a small tmpfs mounted for the test (root only), filled up to its last byte
around a healthy database.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from partage.errors import DiskFull
from partage.services.costs import CostInput, add_cost
from partage.services.integrity import check_database
from partage.services.members import MemberInput, add_member, list_members
from partage.storage import BackupPolicy, open_database
from tests.cli.conftest import file_digest, run_cli
from tests.reliability.test_bad_files import make_database

pytestmark = pytest.mark.sqlite_only("a file on a full disk")

DISK_SIZE = "2m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    point = tmp_path / "small-disk"
    point.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(point)], check=True
    )
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=True)


def fill(folder: Path) -> Path:
    """Take every free byte of the disk holding *folder*; the filler file is returned."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        for block in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * block)
            except OSError:
                continue
    return filler


def test_a_write_to_a_full_disk_is_refused_and_the_file_stays_intact(small_disk: Path) -> None:
    path = small_disk / "group.partage"
    make_database(path)
    filler = fill(small_disk)
    before = file_digest(path)

    by_cli = run_cli("member", "add", "Alice", "--db", path)
    db = open_database(path, backup=BackupPolicy(enabled=False))
    try:
        with pytest.raises(DiskFull) as caught:
            # A cost with a receipt needs far more room than is left.
            add_cost(
                db,
                CostInput(
                    amount_cents=12_345,
                    start=dt.date(2026, 5, 1),
                    receipt=os.urandom(400_000),
                    receipt_name="facture.pdf",
                    receipt_type="application/pdf",
                    receipt_changed=True,
                ),
            )
    finally:
        db.close()

    assert by_cli.code == 4
    assert "is full" in by_cli.stderr and "Nothing was changed" in by_cli.stderr
    assert "is full" in str(caught.value)
    assert file_digest(path) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "group.partage"]

    filler.unlink()  # once there is room again, the same file works and is healthy
    db = open_database(path, backup=BackupPolicy(enabled=False))
    try:
        add_member(db, MemberInput(name="Alice"))
        assert len(list_members(db)) == 4
        report = check_database(db)
        assert report.ok, [p.text() for p in report.problems]
    finally:
        db.close()
