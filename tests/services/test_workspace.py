"""Opening with the backup deferred, then taking it off the start-up path."""

from __future__ import annotations

import datetime as dt

import pytest

from partage.services.workspace import (
    DEFERRED_BACKUP,
    BackupPolicy,
    automatic_backup,
    backup_database,
    open_workspace,
)
from partage.storage import backup as backups


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_a_deferred_open_backs_up_only_when_asked(db, db_path):
    db.close()
    opened = open_workspace(db_path, backup=DEFERRED_BACKUP)
    assert backups.list_backups(db_path) == []
    steps = []
    written = automatic_backup(opened, progress=lambda done, total: steps.append((done, total)))
    assert written is not None and written.exists()
    assert [b.path for b in backups.list_backups(db_path)] == [written]
    assert steps and steps[-1][0] == steps[-1][1]
    # Within the interval of a stricter policy, nothing more is written.
    assert automatic_backup(opened, BackupPolicy(min_interval=dt.timedelta(hours=1))) is None
    opened.close()


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_no_automatic_backup_of_a_read_only_database(db, db_path):
    db.close()
    reader = open_workspace(db_path, read_only=True, backup=DEFERRED_BACKUP)
    assert automatic_backup(reader) is None
    reader.close()


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_a_manual_backup_into_a_folder(db, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    written = backup_database(db, folder)
    assert written.parent == folder and written.suffix == ".partage"
