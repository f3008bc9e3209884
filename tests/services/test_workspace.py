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


# --- the organisation's settings, typed and stored ----------------------------------------


@pytest.mark.parametrize(
    "name", ["Coop\x1b[31m", "Coop\u202e", "Coop\x00", "x" * 10_000],
    ids=["ESC", "RLO", "NUL", "10 000 characters"],
)
def test_an_organisation_name_that_cannot_be_printed_is_refused(tmp_path, name):
    from partage.errors import ValidationError
    from partage.services.workspace import OrganisationSettings, create_workspace

    with pytest.raises(ValidationError) as caught:
        create_workspace(tmp_path / "new.partage", OrganisationSettings(name=name))

    assert caught.value.field == "name"
    assert not (tmp_path / "new.partage").exists()


def test_an_empty_name_is_refused_only_when_one_was_given(tmp_path):
    from partage.errors import ValidationError
    from partage.services.workspace import OrganisationSettings, create_workspace

    with pytest.raises(ValidationError):
        create_workspace(tmp_path / "a.partage", OrganisationSettings(name=" "), name_required=True)
    create_workspace(tmp_path / "b.partage", OrganisationSettings(name="")).close()


def test_a_stored_setting_is_checked_as_settings_set_checks_it(db):
    from partage.errors import DamagedDatabase
    from partage.services.workspace import organisation_settings
    from tests.services.test_integrity import tamper

    tamper(db, "UPDATE settings SET value = ? WHERE key = ?", ("ca$", "currency"))

    with pytest.raises(DamagedDatabase) as caught:
        organisation_settings(db)

    assert caught.value.params["key"] == "currency"
    assert caught.value.params["value"] == "ca$"
    assert caught.value.exit_code == 4
