"""Eight processes × 200 mixed writes on one file, on a local disk and on an SMB share.

Afterwards every acknowledged write is there exactly once, no two live bookings overlap,
no person was told the file was busy (the retries absorbed every lock), and the full
check finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partage.services.integrity import check_database
from partage.storage import BackupPolicy, open_database
from tests.reliability import torture

pytestmark = pytest.mark.sqlite_only("eight writers on one file, local and on SMB")

WRITERS = 8
WRITES_EACH = 200


@pytest.fixture(params=["local", "smb"])
def shared_folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where the shared file goes: a local folder, or a folder on the SMB share."""
    if request.param == "smb":
        folder: Path = request.getfixturevalue("smb_folder")
        return folder
    return tmp_path / "local"


@pytest.mark.slow
def test_eight_writers_lose_nothing_and_never_show_a_busy_file(
    shared_folder: Path, tmp_path: Path, record_figure: Callable[..., None]
) -> None:
    shared_folder.mkdir(exist_ok=True)
    logs = tmp_path / "logs"
    scene = torture.prepare_scene(shared_folder / "shared.partage", logs)

    writers = torture.start_writers(scene, logs, WRITERS, writes=WRITES_EACH, seed=6)
    codes = torture.wait_for(writers, timeout=900)
    outcome = torture.read_logs(logs)

    assert codes == [0] * WRITERS, [p.read_text() for p in logs.glob("*.stderr")]
    assert outcome.errors == []  # no "database is locked", nor anything else, reached anyone
    assert outcome.transactions == WRITERS * WRITES_EACH
    assert outcome.refused["booking"] > 0 and outcome.acks["booking"]  # they did collide
    assert len(outcome.acks["invoice"]) > 0 and outcome.refused["invoice"] > 0  # numbers raced
    assert torture.verify(scene.path, outcome, exact=True) == []
    db = open_database(scene.path, read_only=True, backup=BackupPolicy(enabled=False))
    try:
        report = check_database(db)
    finally:
        db.close()
    assert report.ok, [p.text() for p in report.problems]
    record_figure(
        where="local" if shared_folder.name == "local" else "smb",
        writers=WRITERS,
        transactions=outcome.transactions,
        acknowledged=outcome.acknowledged,
        refused_bookings=outcome.refused["booking"],
        seconds=round(outcome.seconds, 2),
        per_second=round(outcome.rate(), 1),
        retries=dict(outcome.retries),
    )
