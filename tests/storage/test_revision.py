"""The change counter: every write moves it once, visibly only when it commits; the
writes of this process are told from everyone else's."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text

from partage.services.members import MemberInput, add_member, list_members
from partage.services.sharing import SharingSession
from partage.storage import open_database
from partage.storage.revision import OwnRevisions, current
from partage.storage.schema import SCHEMA_HEAD


def counter(db) -> int:
    with db.read() as session:
        return current(session)


def test_every_write_moves_the_counter_by_one(db) -> None:
    start = counter(db)
    add_member(db, MemberInput(name="Anne Roy"))
    add_member(db, MemberInput(name="Marc Roy"))
    assert counter(db) == start + 2


def test_a_refused_write_leaves_the_counter(db) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    before = counter(db)

    def fail(session) -> None:
        session.execute(text("UPDATE members SET phone = '1'"))
        raise RuntimeError("refused half-way")

    with pytest.raises(RuntimeError):
        db.write(fail)
    assert counter(db) == before


@pytest.mark.sqlite_only("holds a write open through a plain SQLite connection")
def test_the_move_is_seen_only_once_the_write_commits(db) -> None:
    before = counter(db)
    seen_during: list[int] = []

    def write(session) -> None:
        session.execute(text("UPDATE settings SET value = value WHERE key = 'currency'"))
        # Another computer reads meanwhile: it still sees the value before.
        other = sqlite3.connect(db.path, timeout=5)
        try:
            seen_during.append(other.execute("SELECT value FROM data_revision").fetchone()[0])
        finally:
            other.close()

    db.write(write)
    assert seen_during == [before]
    assert counter(db) == before + 1


def test_own_writes_are_told_from_other_processes_writes(db, db_path) -> None:
    session = SharingSession(db)
    session.look()
    add_member(db, MemberInput(name="Anne Roy"))
    add_member(db, MemberInput(name="Marc Roy"))
    assert not session.look().changed_elsewhere  # only ours: the views already know
    result = subprocess.run(
        [sys.executable, "-m", "partage.cli", "--db", str(db_path), "member", "add", "Julie"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert session.look().changed_elsewhere
    add_member(db, MemberInput(name="Luc"))
    # Ours and someone else's between two looks: the views must reload.
    other = open_database(db_path)
    add_member(other, MemberInput(name="Zoé"))
    other.close()
    assert session.look().changed_elsewhere
    assert not session.look().changed_elsewhere


def test_the_ledger_of_own_revisions() -> None:
    ledger = OwnRevisions()
    for revision in (11, 12):
        ledger.record(revision)
    assert ledger.only_mine(10, 12)
    assert not ledger.only_mine(12, 12)  # nothing moved
    ledger.record(14)
    assert not ledger.only_mine(12, 14)  # 13 was someone else's
    assert not ledger.only_mine(14, 9)  # the counter went back (a restore elsewhere)


@pytest.mark.sqlite_only("turns the SQLite file back into an older schema")
def test_an_older_file_gains_the_counter_and_the_presence_table(db, db_path) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    db.close()
    downgrade(db_path, "0005_booking_status_index")
    reopened = open_database(db_path)
    with reopened.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
        assert session.execute(text("SELECT count(*) FROM presence")).scalar() == 0
    assert counter(reopened) == 0
    add_member(reopened, MemberInput(name="Marc Roy"))
    assert counter(reopened) == 1
    assert [m.name for m in list_members(reopened)] == ["Anne Roy", "Marc Roy"]
    reopened.close()


def downgrade(path, target: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from partage.storage.schema import MIGRATIONS_DIR

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.downgrade(config, target)
    engine.dispose()


def _cli(db_path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "partage.cli", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_window_learns_which_kinds_of_data_another_process_changed(db, db_path) -> None:
    from partage.changes import Change

    add_member(db, MemberInput(name="Anne Roy"))
    session = SharingSession(db)
    session.look()
    _cli(db_path, "payment", "add", "Anne Roy", "25,00", "--date", "2026-03-02")
    seen = session.look()
    assert seen.changed_elsewhere
    assert Change.PAYMENT in seen.changes
    # A payment is not a booking, a member or a cost: views of those need not reload.
    assert not seen.changes & (Change.BOOKING | Change.MEMBER | Change.COST | Change.ASSET)
    # Two writes of two kinds between looks: both kinds.
    _cli(db_path, "member", "add", "Julie")
    _cli(db_path, "asset", "add", "Van", "--kind", "vehicle")
    both = session.look().changes
    assert Change.MEMBER in both and Change.ASSET in both
    assert Change.PAYMENT not in both  # already told
    assert session.look().changes == Change.NONE


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_a_move_no_kind_accounts_for_reloads_everything(db, db_path) -> None:
    from partage.changes import Change

    session = SharingSession(db)
    session.look()
    # What a file written by an earlier version looks like: the counter moved, and no
    # kind was noted.
    other = sqlite3.connect(db_path, timeout=5)
    try:
        other.execute("UPDATE data_revision SET value = value + 1 WHERE id = 1")
        other.commit()
    finally:
        other.close()
    seen = session.look()
    assert seen.changed_elsewhere and seen.changes == Change.ALL


def test_a_write_whose_kinds_cannot_be_told_counts_as_every_kind(db, db_path) -> None:
    from partage.changes import Change

    session = SharingSession(db)
    session.look()
    other = open_database(db_path)
    try:
        # Raw SQL names no table the tracking can map: every kind, to be safe.
        other.write(lambda s: s.execute(text("UPDATE settings SET value = value")))
    finally:
        other.close()
    assert session.look().changes == Change.ALL
