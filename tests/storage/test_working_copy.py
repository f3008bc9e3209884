"""A local working copy of a database found in a cloud-sync folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from partage import paths
from partage.services.members import MemberInput, add_member, list_members
from partage.services.workspace import (
    cloud_folder_of,
    make_local_copy,
    open_workspace,
    working_copy_folder,
)

pytestmark = pytest.mark.sqlite_only("a local copy of a file in a cloud-sync folder")


def test_a_local_copy_goes_to_the_documents_folder_and_never_overwrites(
    db, db_path, partage_home: Path
) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    first = make_local_copy(db_path)
    second = make_local_copy(db_path)
    assert first == partage_home / "documents" / "Partage" / "group.partage"
    assert second.name == "group (2).partage"
    copy = open_workspace(second)
    assert [m.name for m in list_members(copy)] == ["Anne Roy"]
    copy.close()
    assert cloud_folder_of(first) is None


def test_synced_documents_send_the_copy_to_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTAGE_HOME", str(tmp_path / "OneDrive" / "home"))
    assert working_copy_folder() == paths.data_dir() / "working copies"


def test_a_server_address_is_in_no_cloud_folder() -> None:
    assert cloud_folder_of("postgresql+psycopg://coop@db.example.org/Dropbox") is None
    assert cloud_folder_of(str(Path.home() / "Dropbox" / "coop.partage")) is not None
