"""Opening, creating and checking database files: real SQLite files, real processes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from partage.errors import (
    DamagedDatabase,
    DatabaseBusy,
    DatabaseExists,
    DatabaseMissing,
    NewerSchema,
    NotPartageDatabase,
    ReadOnlyDatabase,
)
from partage.models import AuditEntry, Member
from partage.services.demo import create_demo
from partage.services.members import MemberInput, add_member, list_members
from partage.services.workspace import CLI_BACKUPS, OrganisationSettings, create_workspace
from partage.storage import Actor, BackupPolicy, open_database
from partage.storage import backup as backups
from partage.storage.schema import APPLICATION_ID, SCHEMA_HEAD, SCHEMA_REVISIONS


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_pragma(path: Path, name: str) -> object:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.sqlite_only("SQLite header, pragmas")
def test_new_file_is_a_partage_database_in_rollback_journal_mode(db, db_path):
    assert db_path.exists()
    assert raw_pragma(db_path, "application_id") == APPLICATION_ID
    assert raw_pragma(db_path, "journal_mode") == "delete"
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
    assert db.settings()["organisation_name"] == "Coop test"
    assert not list(db_path.parent.glob("*.partage-tmp"))


@pytest.mark.sqlite_only("SQLite journal modes")
def test_a_file_left_in_wal_mode_is_put_back_in_rollback_journal_mode(db, db_path):
    db.close()
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    connection.close()
    reopened = open_database(db_path)
    add_member(reopened, MemberInput(name="Anne"))
    reopened.close()
    header = db_path.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)  # legacy (rollback journal) format, not WAL
    assert not Path(f"{db_path}-wal").exists()


@pytest.mark.sqlite_only("SQLite file locks")
def test_the_write_transaction_is_immediate(db):
    """A write takes the RESERVED lock at BEGIN, so two writers never both read stale data."""
    seen = []

    def operation(session):
        other = sqlite3.connect(db.path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            seen.append(str(error))
        finally:
            other.close()

    db.write(operation)
    assert seen == ["database is locked"]


@pytest.mark.sqlite_only("a new SQLite file: its place, what was there before")
def test_creating_over_an_existing_file_is_refused(db_path):
    db_path.write_text("precious notes", encoding="utf-8")
    with pytest.raises(DatabaseExists):
        create_workspace(db_path, OrganisationSettings())
    assert db_path.read_text(encoding="utf-8") == "precious notes"


def test_migration_scripts_match_the_known_revisions():
    from partage.storage.schema import script_revisions

    assert script_revisions() == list(SCHEMA_REVISIONS)


def test_migrations_produce_exactly_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from partage.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"Members:\nAnne, Benoit\n", b"SQLite format 3\x00 truncated header"],
    ids=["empty", "text", "truncated"],
)
def test_a_file_that_is_not_a_partage_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "notes.partage"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(NotPartageDatabase):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.partage"]


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotPartageDatabase):
        open_database(path)
    assert digest(path) == before


def test_a_folder_or_a_missing_file_is_refused(tmp_path):
    with pytest.raises(NotPartageDatabase):
        open_database(tmp_path)
    with pytest.raises(DatabaseMissing):
        open_database(tmp_path / "nothing-here.partage")


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_a_newer_schema_is_refused_untouched(db, db_path):
    db.close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = digest(db_path)
    with pytest.raises(NewerSchema) as caught:
        open_database(db_path)
    assert "newer version" in str(caught.value)
    assert digest(db_path) == before


def test_a_damaged_file_is_refused_untouched(tmp_path):
    path = tmp_path / "large.partage"
    create_demo(path, "large").close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DamagedDatabase):
        open_database(path)
    assert digest(path) == before


@pytest.mark.sqlite_only("an older file is backed up before its upgrade")
def test_an_older_schema_is_backed_up_then_upgraded(db_path):
    # Build a file as the first version of Partage left it.
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.close()
    engine = create_engine(f"sqlite:///{db_path}")
    from partage.storage.schema import upgrade

    with engine.begin() as conn:
        upgrade(conn, SCHEMA_REVISIONS[0])
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('application', 'partage')"))
        conn.execute(
            text(
                "INSERT INTO members (name, name_key, kind, email, phone, address, language,"
                " weight_milli, notes, archived, version, created_at, updated_at) VALUES"
                " ('Anne', 'anne', 'person', '', '', '', 'fr', 1000, '', 0, 1,"
                " '2026-01-01', '2026-01-01')"
            )
        )
    engine.dispose()

    db = open_database(db_path)
    with db.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
        assert session.scalar(select(Member.name)) == "Anne"
        session.add(AuditEntry(os_user="u", display_name="u", machine="m", action="a", entity="e"))
    db.close()
    saved = backups.list_backups(db_path)
    assert [b.path.name.endswith("-before-upgrade.partage") for b in saved] == [True]
    kept = sqlite3.connect(saved[0].path)
    assert (
        kept.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == (SCHEMA_REVISIONS[0])
    )
    kept.close()


@pytest.mark.sqlite_only("file permissions")
def test_a_read_only_database_refuses_writes_and_stays_identical(db, db_path):
    db.close()
    before = digest(db_path)
    reader = open_database(db_path, read_only=True)
    assert reader.read_only
    with pytest.raises(ReadOnlyDatabase):
        add_member(reader, MemberInput(name="Anne"))
    assert list_members(reader) == []
    reader.close()
    assert digest(db_path) == before


def make_unwritable(path: Path) -> None:
    """Take write access away, even from the superuser (who ignores permission bits)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if result.returncode != 0:
            pytest.skip("this file system cannot make a file immutable")
    else:
        path.chmod(0o444)


def make_writable(path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    path.chmod(0o644)


@pytest.mark.sqlite_only("file permissions")
def test_a_file_without_write_permission_opens_read_only(db, db_path):
    add_member(db, MemberInput(name="Anne"))
    db.close()
    before = digest(db_path)
    make_unwritable(db_path)
    try:
        reader = open_database(db_path)
        assert reader.read_only
        assert [m.name for m in list_members(reader)] == ["Anne"]
        with pytest.raises(ReadOnlyDatabase):
            add_member(reader, MemberInput(name="Bob"))
        reader.close()
    finally:
        make_writable(db_path)
    assert digest(db_path) == before


HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    connection.execute("COMMIT")
    """
)


def hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.mark.sqlite_only("SQLite file locks")
def test_a_write_waits_while_another_process_holds_the_file(db):
    holder = hold_lock(db.path, 3.0)
    started = time.monotonic()
    record = add_member(db, MemberInput(name="Patient Anne"))
    waited = time.monotonic() - started
    holder.communicate(timeout=10)
    assert waited > 1.5
    assert [m.name for m in list_members(db)] == [record.name]
    assert db.settings()["held"] == "yes"


@pytest.mark.sqlite_only("SQLite file locks")
def test_a_file_busy_beyond_the_retries_gives_a_clear_error_and_writes_nothing(db):
    db.retry_seconds = 1.0
    holder = hold_lock(db.path, 6.0)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            add_member(db, MemberInput(name="Impatient Bob"))
        assert "busy" in str(caught.value)
    finally:
        holder.communicate(timeout=15)
    assert list_members(db) == []


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_each_gui_open_takes_a_backup_and_old_ones_are_rotated(db, db_path):
    db.close()
    for _ in range(4):
        open_database(db_path, backup=BackupPolicy(keep=3)).close()
    saved = backups.list_backups(db_path)
    assert len(saved) == 3
    check = sqlite3.connect(saved[0].path)
    assert check.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_the_cli_policy_backs_up_at_most_hourly(db, db_path):
    db.close()
    for _ in range(3):
        open_database(db_path, backup=CLI_BACKUPS).close()
    assert len(backups.list_backups(db_path)) == 1


def test_every_write_is_audited_with_who_and_where(db_path):
    actor = Actor(os_user="gtremblay", display_name="Geneviève", machine="bureau-02")
    db = create_workspace(db_path, OrganisationSettings(), actor=actor)
    member = add_member(db, MemberInput(name="Anne"))
    with db.read() as session:
        entries = session.scalars(select(AuditEntry)).all()
    db.close()
    assert [
        (e.os_user, e.display_name, e.machine, e.action, e.entity, e.entity_id) for e in entries
    ] == [("gtremblay", "Geneviève", "bureau-02", "create", "member", member.id)]
    assert entries[0].at.tzinfo is not None


def test_the_same_code_runs_on_postgresql(pg_url):
    db = create_workspace(pg_url, OrganisationSettings(name="Coop serveur"))
    try:
        add_member(db, MemberInput(name="Élise Roy", weight_milli=1500))
        with pytest.raises(Exception) as caught:
            add_member(db, MemberInput(name="élise roy"))
        assert "already a member" in str(caught.value)
    finally:
        db.close()
    reopened = open_database(pg_url)
    try:
        assert reopened.kind == "postgresql"
        assert [(m.name, m.weight_milli) for m in list_members(reopened)] == [("Élise Roy", 1500)]
        assert reopened.settings()["organisation_name"] == "Coop serveur"
    finally:
        reopened.close()


def test_an_empty_postgresql_database_is_not_a_partage_database(pg_url):
    with pytest.raises(NotPartageDatabase):
        open_database(pg_url)


def test_a_connection_in_use_when_the_database_closes_is_closed_when_given_back(db) -> None:
    """A read still running on a worker thread when the window closes the database: its
    connection is closed as soon as the read gives it back, not left open until the
    collector finds it (a server session left idle meanwhile)."""
    closed_errors: tuple[type[Exception], ...] = (sqlite3.ProgrammingError,)
    try:
        import psycopg

        closed_errors += (psycopg.OperationalError,)
    except ImportError:
        pass
    connection = db.engine.connect()
    connection.exec_driver_sql("SELECT 1")
    raw = connection.connection.dbapi_connection
    db.close()
    raw.cursor().execute("SELECT 1")  # still in use: untouched by the close
    connection.close()
    with pytest.raises(closed_errors):
        raw.cursor().execute("SELECT 1")


def test_a_read_that_starts_after_the_database_closed_leaves_no_connection_open(db) -> None:
    """A worker's read that only starts once the window has closed the database (a retry
    timer, a last reload) still works, and gives its connection back closed: an idle one
    left in the pool would stay open until the collector finds it, and on a server hold a
    session meanwhile."""
    db.close()
    with db.read() as session:
        assert session.execute(select(Member)).all() == []
    add_member(db, MemberInput(name="Late"))
    assert db.engine.pool.checkedin() == 0
    db.close()  # a second close is harmless
    with db.read() as session:
        assert session.scalars(select(Member.name)).all() == ["Late"]
    assert db.engine.pool.checkedin() == 0
