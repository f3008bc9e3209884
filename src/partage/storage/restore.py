"""Put a backup back in place of a live SQLite database, in one atomic step.

The backup is first copied to a scratch file and prepared there: the change counter is
set past the live one (so every window sees that everything changed, and no counter ever
goes back), the presence rows of the past are dropped, and the restore is written to the
audit log. The prepared copy is then written over the live file with SQLite's backup API
in a single step: one transaction, journaled like any write, so another computer reading
the file sees either the old database or the restored one, never a mix. The file is
never replaced by a rename, which would break the open handles of other computers on a
network drive.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, inspect, update
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from partage.errors import QT_TRANSLATE_NOOP, NewerSchema
from partage.models import AuditEntry, DataRevision
from partage.storage import backup as backups
from partage.storage import presence
from partage.storage.actor import Actor
from partage.storage.database import (
    BUSY_TIMEOUT_SECONDS,
    WRITE_RETRY_SECONDS,
    configure_sqlite_connection,
)
from partage.storage.errors import damaged, is_busy, reraise_as_problem
from partage.storage.revision import ROW_ID
from partage.storage.schema import SCHEMA_REVISIONS
from partage.storage.sqlite_file import inspect_file


def check_backup(backup: Path) -> str:
    """Check that *backup* is a sound Partage database this version can open.

    Returns its schema revision.

    Raises:
        NotPartageDatabase, DamagedDatabase, NewerSchema: it cannot be restored.
    """
    inspect_file(backup)
    where = str(backup)
    connection = sqlite3.connect(backups.sqlite_uri(backup, read_only=True), uri=True)
    try:
        if [row[0] for row in connection.execute("PRAGMA quick_check")] != ["ok"]:
            raise damaged(where)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        reraise_as_problem(error, where)
        raise damaged(where) from error
    finally:
        connection.close()
    if row is None:
        raise damaged(where)
    if str(row[0]) not in SCHEMA_REVISIONS:
        raise NewerSchema(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup {path} was written by a newer version of Partage and cannot be "
                "restored by this one.",
            ),
            path=where,
        )
    return str(row[0])


def _live_revision(database: Path) -> int:
    connection = sqlite3.connect(backups.sqlite_uri(database, read_only=True), uri=True,
                                 timeout=WRITE_RETRY_SECONDS)
    try:
        row = connection.execute(
            "SELECT value FROM data_revision WHERE id = ?", (ROW_ID,)
        ).fetchone()
    except sqlite3.OperationalError as error:
        if is_busy(error):
            reraise_as_problem(error, str(database))
        return 0  # a file from before the change counter
    finally:
        connection.close()
    return 0 if row is None else int(row[0])


def _prepare(copy: Path, *, past_revision: int, actor: Actor, summary: str) -> None:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(copy),
        poolclass=NullPool,
    )
    try:
        with Session(engine) as session, session.begin():
            tables = set(inspect(session.connection()).get_table_names())
            if "data_revision" in tables:
                moved = session.connection().execute(
                    update(DataRevision)
                    .where(DataRevision.id == ROW_ID)
                    .values(value=past_revision + 1)
                )
                if moved.rowcount == 0:
                    session.add(DataRevision(id=ROW_ID, value=past_revision + 1))
            if "presence" in tables:
                presence.clear(session)
            if "audit_log" in tables:
                session.add(
                    AuditEntry(
                        os_user=actor.os_user,
                        display_name=actor.display_name,
                        machine=actor.machine,
                        action="restore",
                        entity="database",
                        entity_id=None,
                        summary=summary,
                    )
                )
    finally:
        engine.dispose()


def _wait_for_write_lock(database: Path, deadline: float) -> None:
    """Fail with ``DatabaseBusy`` unless the live file can be locked for writing.

    Python's backup call retries a busy destination for ever; this check, just before
    it, turns a lock that never goes away into a message instead of a hang.
    """
    delay = 0.05
    while True:
        connection = sqlite3.connect(
            backups.sqlite_uri(database, read_only=False), uri=True,
            timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
        )
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() + delay >= deadline:
                reraise_as_problem(error, str(database))
                raise
        finally:
            connection.close()
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def restore_file(database: Path, backup: Path, *, actor: Actor) -> None:
    """Write *backup* over the live *database* file, atomically (see the module).

    The caller makes sure nobody else has the database open and keeps a copy of it
    first; this function only refuses a backup that is damaged, foreign or newer.
    """
    check_backup(backup)
    past = _live_revision(database)
    where = str(database)
    with tempfile.TemporaryDirectory(prefix="partage-restore-") as scratch:
        copy = Path(scratch) / "restored.partage"
        backups.copy_database(backup, copy)
        _prepare(copy, past_revision=past, actor=actor, summary=backup.name)
        deadline = time.monotonic() + WRITE_RETRY_SECONDS
        _wait_for_write_lock(database, deadline)
        source = sqlite3.connect(backups.sqlite_uri(copy, read_only=True), uri=True)
        target = sqlite3.connect(
            backups.sqlite_uri(database, read_only=False), uri=True,
            timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
        )
        try:
            configure_sqlite_connection(target, read_only=False)
            source.backup(target)  # every page in one step: one transaction on the target
        except sqlite3.Error as error:
            reraise_as_problem(error, where)
            raise
        finally:
            source.close()
            target.close()
