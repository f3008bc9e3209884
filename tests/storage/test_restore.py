"""Restoring a backup: the file as it was, in one step, after a copy of the present one;
never while someone else has it open."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from partage.errors import DatabaseBusy, NewerSchema, NotPartageDatabase, ReadOnlyDatabase
from partage.services.members import MemberInput, add_member, list_members
from partage.services.workspace import (
    backup_database,
    list_backups,
    open_workspace,
    restore_backup,
)
from partage.storage import open_database, presence
from partage.storage import restore as restore_module
from partage.storage.presence import OthersPresent
from partage.storage.revision import current
from tests.storage.presence_peer import Peer
from tests.storage.test_revision import downgrade

pytestmark = pytest.mark.sqlite_only("restores a backup file over the database file")


def names(db) -> list[str]:
    return [m.name for m in list_members(db)]


def counter(db) -> int:
    with db.read() as session:
        return current(session)


@pytest.fixture
def quick_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presence, "GATE_INTERVAL_SECONDS", 0.2)
    monkeypatch.setattr(presence, "GATE_SAMPLES", 10)


def test_restore_brings_the_backup_back_after_a_copy_of_the_present(db, db_path) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    backup = backup_database(db)
    add_member(db, MemberInput(name="Marc Roy"))
    live_counter = counter(db)

    restored, before = restore_backup(db, backup)

    assert names(restored) == ["Anne Roy"]
    assert counter(restored) == live_counter + 1  # never back: every window reloads
    assert "before-restore" in before.name
    kept = open_database(before, backup=None)
    assert names(kept) == ["Anne Roy", "Marc Roy"]
    kept.close()
    with restored.read() as session:
        entry = session.execute(
            text("SELECT action, entity, summary FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    assert tuple(entry) == ("restore", "database", backup.name)
    assert [e.reason for e in list_backups(restored)][:2] == ["before-restore", "manual"]
    restored.close()


def test_another_window_reads_the_restored_data_from_the_same_file(db, db_path) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    backup = backup_database(db)
    add_member(db, MemberInput(name="Marc Roy"))
    # A reader that was open all along (it does not announce itself: read-only).
    reader = open_workspace(db_path, read_only=True)
    assert names(reader) == ["Anne Roy", "Marc Roy"]
    inode = db_path.stat().st_ino
    restored, _ = restore_backup(db, backup)
    assert names(reader) == ["Anne Roy"]
    assert db_path.stat().st_ino == inode  # written in place, never replaced by a rename
    reader.close()
    restored.close()


def test_restore_is_refused_while_someone_else_is_present(db, db_path, quick_gate) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    backup = backup_database(db)
    add_member(db, MemberInput(name="Marc Roy"))
    with Peer(db_path, "Julie Tremblay") as peer:
        with pytest.raises(OthersPresent) as refused:
            restore_backup(db, backup)
        peer.leave()
    assert "Julie Tremblay (julie, PEER-PC, " in str(refused.value)
    assert names(db) == ["Anne Roy", "Marc Roy"]
    assert [e.reason for e in list_backups(db)] == ["manual"]
    db.close()


def test_the_own_window_does_not_count_as_someone_else(db, quick_gate) -> None:
    from partage.services.sharing import SharingSession

    backup = backup_database(db)
    session = SharingSession(db)
    session.beat()
    restored, _ = restore_backup(db, backup, own_session=session.session_id)
    with restored.read() as s:
        assert presence.read_rows(s) == []  # the rows of the past are gone
    restored.close()


def test_an_older_backup_is_restored_then_upgraded(db, db_path, tmp_path: Path) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    old = tmp_path / "old.partage"
    backup_database(db, old)
    downgrade(old, "0005_booking_status_index")
    add_member(db, MemberInput(name="Marc Roy"))
    restored, _ = restore_backup(db, old)
    assert names(restored) == ["Anne Roy"]
    add_member(restored, MemberInput(name="Luc"))  # the counter works again
    assert counter(restored) == 1
    restored.close()


def test_refusals_leave_the_file_alone(db, db_path, tmp_path: Path) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    notes = tmp_path / "notes.partage"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotPartageDatabase):
        restore_backup(db, notes)
    newer = tmp_path / "newer.partage"
    backup_database(db, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(NewerSchema):
        restore_backup(db, newer)
    reader = open_workspace(db_path, read_only=True)
    with pytest.raises(ReadOnlyDatabase):
        restore_backup(reader, newer)
    reader.close()
    assert names(db) == ["Anne Roy"]
    assert list_backups(db) == []
    db.close()


def test_a_file_kept_locked_gives_a_busy_message_not_a_hang(
    db, db_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restore_module, "WRITE_RETRY_SECONDS", 1.0)
    add_member(db, MemberInput(name="Anne Roy"))
    backup = backup_database(db)
    add_member(db, MemberInput(name="Marc Roy"))
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE settings SET value = value")
        locked.set()
        release.wait(30)
        other.execute("ROLLBACK")
        other.close()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    locked.wait(10)
    try:
        with pytest.raises(DatabaseBusy):
            restore_backup(db, backup)
    finally:
        release.set()
        holder.join()
    reopened = open_workspace(db_path)
    assert names(reopened) == ["Anne Roy", "Marc Roy"]
    reopened.close()
