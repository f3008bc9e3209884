"""Open, create and use a Partage database: a SQLite file or a PostgreSQL server.

Every write is one short unit of work (``Database.write``): on SQLite a ``BEGIN IMMEDIATE``
transaction, retried with backoff while another computer holds the file. Nothing keeps a
transaction open between two calls, so a dialog waiting for a person never blocks others.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from partage.errors import (
    QT_TRANSLATE_NOOP,
    DamagedDatabase,
    DatabaseExists,
    DatabaseProblem,
    NewerSchema,
    ReadOnlyDatabase,
    UsageError,
)
from partage.models import Setting, StoredValueError
from partage.storage import backup as backups
from partage.storage import presence
from partage.storage.actor import Actor
from partage.storage.errors import damaged, is_transient, reraise_as_problem
from partage.storage.revision import OwnRevisions
from partage.storage.revision import bump as bump_revision
from partage.storage.schema import APPLICATION_ID, SCHEMA_HEAD, SCHEMA_REVISIONS, revision_of
from partage.storage.sqlite_file import inspect_file, not_partage
from partage.storage.stored_values import unreadable
from partage.storage.tracking import WriteSession, pending_changes

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_TIMEOUT_SECONDS = 2.0
WRITE_RETRY_SECONDS = 15.0
APPLICATION_MARKER = "partage"
CHECK_MMAP_BYTES = 1 << 30


@dataclass(frozen=True)
class BackupPolicy:
    """When opening a SQLite file takes an automatic backup.

    Attributes:
        enabled: take backups at all.
        min_interval: skip the backup when the newest one is younger than this (the CLI
            uses an hour, so a script of a hundred commands does not make a hundred).
        keep: how many backups of the file are kept (None: as configured for this
            computer, ``backup.configure``).
    """

    enabled: bool = True
    min_interval: dt.timedelta = dt.timedelta(0)
    keep: int | None = None


def read_only_error(where: str) -> ReadOnlyDatabase:
    """The error for a write to a database open read-only."""
    return ReadOnlyDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is open read-only: nothing can be changed. "
            "Ask for write access to the file and its folder.",
        ),
        path=where,
    )


class Database:
    """An open Partage database and the way to read and write it.

    Attributes:
        kind: ``"sqlite"`` or ``"postgresql"``.
        path: the file, for SQLite; None for a server.
        read_only: writes are refused with ``ReadOnlyDatabase``.
        actor: who is writing, recorded in the audit log.
        own_revisions: the change counter values this object's writes produced, so a
            poller can tell them from other people's.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        kind: str,
        location: str,
        path: Path | None,
        read_only: bool,
        actor: Actor,
    ) -> None:
        self.engine = engine
        self.kind = kind
        self.location = location
        self.path = path
        self.read_only = read_only
        self.actor = actor
        self.retry_seconds = WRITE_RETRY_SECONDS
        self.own_revisions = OwnRevisions()
        self._write_engine = engine.execution_options(partage_write=True)
        self._closed = False

    def __repr__(self) -> str:
        return f"Database({self.location!r}, read_only={self.read_only})"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading, in one short transaction; objects stay usable after."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except sa_exc.DBAPIError as error:
            reraise_as_problem(error, self.location)
            raise
        except UnicodeDecodeError as error:  # SQLite quoting bytes of a damaged page
            raise damaged(self.location) from error
        except StoredValueError as error:  # another program wrote what cannot be read
            raise unreadable(self.location, error, self.engine) from error
        finally:
            self._release_if_closed()

    def write(self, operation: Callable[[Session], T], *, counts_as_change: bool = True) -> T:
        """Run *operation* in one write transaction and commit it; return its result.

        While the file is busy (another computer writing), the whole operation is tried
        again with exponential backoff for up to ``retry_seconds``; *operation* must
        therefore build everything it writes itself. Then ``DatabaseBusy`` is raised and
        nothing was written.

        The transaction also moves the database's change counter, so that other windows
        reload what they show; *counts_as_change* False leaves it (presence heartbeats,
        which change nothing anyone sees). Once it commits, the kinds of data it changed
        go to the trackers open on this thread (``storage.tracking.track_changes``).
        """
        if self.read_only:
            raise read_only_error(self.location)
        if self.path is not None:
            try:
                leave_wal(self.engine, self.path)
            except sa_exc.DBAPIError as error:
                reraise_as_problem(error, self.location)
                raise
            except sqlite3.Error as error:
                reraise_as_problem(error, self.location)
                raise
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.02
        while True:
            try:
                with WriteSession(self._write_engine, expire_on_commit=False) as session:
                    with session.begin():
                        session.connection()  # BEGIN IMMEDIATE now, before any read
                        result = operation(session)
                        moved = None
                        if counts_as_change:
                            session.flush()  # so that every kind written is noted
                            moved = bump_revision(session, pending_changes(session))
                    if moved is not None:
                        self.own_revisions.record(moved)
                    return result
            except sa_exc.DBAPIError as error:
                if is_transient(error) and time.monotonic() + delay < deadline:
                    log.info("database busy (%s), retrying in %.2fs", error.orig, delay)
                    time.sleep(delay * random.uniform(0.5, 1.5))
                    delay = min(delay * 2, 1.0)
                    continue
                reraise_as_problem(error, self.location)
                raise
            except UnicodeDecodeError as error:  # SQLite quoting bytes of a damaged page
                raise damaged(self.location) from error
            except StoredValueError as error:  # nothing was written: rolled back
                raise unreadable(self.location, error, self.engine) from error
            finally:
                self._release_if_closed()

    def settings(self) -> dict[str, str]:
        """Every database-wide setting."""
        with self.read() as session:
            return {row.key: row.value for row in session.scalars(select(Setting))}

    def close(self) -> None:
        """Close every pooled connection, and each one still in use (a read finishing on
        a worker thread) as soon as it is given back."""
        # What engine.dispose() does, but for a connection in use, which it leaves to the
        # pool it came from until the collector finds it (on a server: an idle session
        # meanwhile). The old pool closes each one given back; the engine goes on with a
        # new pool, made before the listener so that it does not inherit it.
        self._closed = True
        old = self.engine.pool
        self.engine.pool = old.recreate()
        event.listen(old, "checkin", _close_on_checkin)
        old.dispose()

    def _release_if_closed(self) -> None:
        """Once closed, a read or write that still comes (a worker's retry, a last
        reload) works, and then closes its connection rather than leave it idle in the
        pool, open until the collector finds it (on a server: a session held)."""
        if self._closed:
            self.engine.pool.dispose()


def _close_on_checkin(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.close()


# --- SQLite connections ---------------------------------------------------------------


def _sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    uri = backups.sqlite_uri(path, read_only=read_only)

    def connect() -> sqlite3.Connection:
        # isolation_level=None: the driver emits no BEGIN of its own; the "begin" event
        # below chooses between a deferred and an IMMEDIATE transaction.
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )

    engine = create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=QueuePool, pool_size=2, max_overflow=4
    )

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        configure_sqlite_connection(dbapi_connection, read_only=read_only)

    @event.listens_for(engine, "begin")
    def begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("partage_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def configure_sqlite_connection(connection: sqlite3.Connection, *, read_only: bool) -> None:
    """Set the pragmas that make a shared file safe.

    A file another program switched to WAL (which needs shared memory, unsafe on a network
    drive) is left so here: switching it back rewrites the file, which only a write may do
    (``Database.write``, ``leave_wal``).

    Raises:
        DamagedDatabase: the journal mode could not be set to DELETE.
    """
    connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    connection.execute("PRAGMA foreign_keys=ON")
    if not read_only:
        connection.execute("PRAGMA synchronous=FULL")
    mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if mode == "wal":
        return
    if not read_only:
        # Rollback journal modes are a connection's own choice: no byte of the file moves.
        mode = str(connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
    if mode != "delete":
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} uses the journal mode {mode}, which is unsafe on a "
                "shared drive, and it could not be changed.",
            ),
            path=str(connection),
            mode=str(mode),
        )


def wal_problem(where: str) -> DamagedDatabase:
    """The error for a file in WAL mode that Partage may not switch back here."""
    return DamagedDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} was switched to the journal mode WAL by another program. "
            "That mode is unsafe on a shared drive, and the file cannot be read here "
            "without changing it. Nothing was changed; the next change made to it with "
            "write access switches it back.",
        ),
        path=where,
    )


def leave_wal(engine: Engine, path: Path) -> None:
    """Put a file another program left in WAL mode back in rollback-journal mode; only
    done before a write, so that a read never rewrites the file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return  # the write that follows says what is wrong with the file
    # Bytes 18 and 19 are the read and write format versions: 2 means WAL mode.
    if len(header) < 20 or 2 not in (header[18], header[19]):
        return
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if raw is None:
            return
        # Outside any transaction: SQLite refuses to leave WAL within one.
        mode = str(raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        raw.execute("PRAGMA synchronous=FULL")
    if mode != "delete":
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} uses the journal mode {mode}, which is unsafe on a "
                "shared drive, and it could not be changed.",
            ),
            path=str(path),
            mode=mode,
        )


def _recover_hot_journal(path: Path) -> None:
    """Roll back the journal a writer left when it stopped mid-transaction (a crash, a
    power cut), as any connection that can write must before reading.

    The check below reads through a read-only connection, which cannot do it and would
    call the file read-only. When the journal is not hot (its writer is alive and holds
    the lock), SQLite leaves it alone.
    """
    journal = Path(f"{path}-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(
            backups.sqlite_uri(path, read_only=False), uri=True, timeout=WRITE_RETRY_SECONDS
        )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        reraise_as_problem(error, str(path))
        raise


def _check_sqlite(path: Path, *, writable: bool) -> str | None:
    """Quick integrity check and schema revision, through a read-only connection."""
    where = str(path)
    if writable:
        _recover_hot_journal(path)
    try:
        connection = sqlite3.connect(
            backups.sqlite_uri(path, read_only=True), uri=True, timeout=WRITE_RETRY_SECONDS
        )
    except sqlite3.Error as error:
        reraise_as_problem(error, where)
        raise
    try:
        # The check reads every page in b-tree order. Through memory mapping the system
        # reads ahead in large blocks; page by page, each read is a round trip to the
        # server of a network drive (ten times slower on an SMB share). The connection
        # only reads, and is closed right after.
        connection.execute(f"PRAGMA mmap_size={CHECK_MMAP_BYTES}")
        result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            log.warning("quick_check of %s: %s", path, result[:5])
            raise damaged(where)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            row = None
        return None if row is None else str(row[0])
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # A damaged schema page can make SQLite quote bytes that are not UTF-8.
        reraise_as_problem(error, where)
        raise damaged(where) from error
    finally:
        connection.close()


def _check_revision(revision: str | None, where: str) -> None:
    if revision is None:
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} has no schema version: it was not created completely. "
                "Restore it from a backup; the file was left as it is.",
            ),
            path=where,
        )
    if revision not in SCHEMA_REVISIONS:
        raise NewerSchema(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was written by a newer version of Partage. "
                "Install the latest version to open it; the file was left as it is.",
            ),
            path=where,
        )


def _upgrade(engine: Engine) -> None:
    from partage.storage.schema import upgrade

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if sqlite and raw is not None:
            # Batch migrations copy tables; foreign keys are checked once at the end. The
            # pragma is ignored inside a transaction, hence the raw driver connection.
            raw.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            upgrade(connection)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


def _open_sqlite(path: Path, *, actor: Actor, read_only: bool, policy: BackupPolicy) -> Database:
    facts = inspect_file(path)
    read_only = read_only or not facts.writable
    if facts.wal and read_only:
        # Read-only, it cannot be switched back, nor read without its shared memory.
        raise wal_problem(str(path))
    revision = _check_sqlite(path, writable=facts.writable)
    _check_revision(revision, str(path))
    needs_upgrade = revision != SCHEMA_HEAD
    if needs_upgrade and read_only:
        raise ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was made by an older version of Partage and must be "
                "upgraded, but it is read-only here. Open it once with write access.",
            ),
            path=str(path),
        )
    engine = _sqlite_engine(path, read_only=read_only)
    database = Database(
        engine, kind="sqlite", location=str(path), path=path, read_only=read_only, actor=actor
    )
    try:
        if needs_upgrade:
            _refuse_upgrade_while_present(database)
            backups.backup_now(path, reason="before-upgrade", keep=policy.keep)
            _upgrade_with_retry(database)
        elif policy.enabled and not read_only:
            age = backups.latest_backup_age(path)
            if age is None or age >= policy.min_interval:
                backups.backup_now(path, reason="auto", keep=policy.keep)
    except BaseException:
        engine.dispose()
        raise
    return database


def _refuse_upgrade_while_present(database: Database) -> None:
    """Refuse to upgrade while another window has the database open.

    Files from before the presence table (revision 0006) cannot say who has them open;
    they are upgraded as before.
    """
    with database.engine.connect() as connection:
        if not presence.has_presence_table(connection):
            return

    def read() -> list[presence.PresenceRow]:
        with database.read() as session:
            return presence.read_rows(session)

    people = presence.live_peers(read)
    if people:
        raise presence.upgrade_refused(database.location, people)


def _upgrade_with_retry(database: Database) -> None:
    try:
        # Waits while another computer is writing; the schema has no change counter yet.
        database.write(lambda session: None, counts_as_change=False)
        _upgrade(database._write_engine)
    except sa_exc.DBAPIError as error:
        reraise_as_problem(error, database.location)
        raise


# --- PostgreSQL -----------------------------------------------------------------------


def _server_location(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _open_server(url: str, *, actor: Actor, read_only: bool) -> Database:
    location = _server_location(url)
    engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            if not inspector.has_table("settings"):
                raise not_partage(Path(location))
            marker = connection.execute(
                text("SELECT value FROM settings WHERE key = 'application'")
            ).scalar()
            if marker != APPLICATION_MARKER:
                raise not_partage(Path(location))
            schema_revision = revision_of(connection)
        _check_revision(schema_revision, location)
        database = Database(
            engine,
            kind=engine.dialect.name,
            location=location,
            path=None,
            read_only=read_only,
            actor=actor,
        )
        if schema_revision != SCHEMA_HEAD:
            _refuse_upgrade_while_present(database)
            _upgrade(engine)
        return database
    except sa_exc.DBAPIError as error:
        engine.dispose()
        reraise_as_problem(error, location)
        raise
    except DatabaseProblem:
        engine.dispose()
        raise


# --- entry points ---------------------------------------------------------------------


def is_url(target: str) -> bool:
    """True when *target* is a SQLAlchemy URL rather than a file path."""
    return "://" in target and not target.lower().startswith("file:")


SERVER_DRIVERS = ("postgresql+psycopg", "postgresql")


def server_url(target: str) -> str:
    """*target* as a URL of a server Partage can use (``postgresql+psycopg://…``).

    Raises:
        UsageError: another kind of server (``mysql://…``) or not a URL at all.
    """
    try:
        url = make_url(target)
        driver = url.drivername
    except (sa_exc.ArgumentError, ValueError, TypeError):
        driver = None
    if driver not in SERVER_DRIVERS:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{target}” is not a database Partage can use: give the path of a "
                ".partage file, or a PostgreSQL URL such as "
                "postgresql+psycopg://user@host/database.",
            ),
            target=_hide_password(target),
        )
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def _hide_password(target: str) -> str:
    """*target* without the password a URL may carry (``user:secret@host``)."""
    scheme, sep, rest = target.partition("://")
    if not sep or "@" not in rest:
        return target
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else target


def open_database(
    target: str | Path,
    *,
    actor: Actor | None = None,
    read_only: bool = False,
    backup: BackupPolicy | None = None,
) -> Database:
    """Open an existing Partage database, checking it first.

    A SQLite file is checked without being written to: it must be a Partage file, pass a
    quick integrity check and carry a schema this version knows. An older schema is backed
    up, then upgraded. An automatic backup is taken according to *backup*.

    Raises:
        DatabaseProblem: missing, foreign, damaged, newer, read-only when it must be
            upgraded, or busy after the retries.
    """
    actor = actor or Actor.current()
    if isinstance(target, str) and is_url(target):
        return _open_server(server_url(target), actor=actor, read_only=read_only)
    path = Path(target).expanduser().absolute()
    return _open_sqlite(path, actor=actor, read_only=read_only, policy=backup or BackupPolicy())


def _initial_settings(values: dict[str, str]) -> list[Setting]:
    settings = {"application": APPLICATION_MARKER, **values}
    return [Setting(key=key, value=value) for key, value in sorted(settings.items())]


def create_database(
    target: str | Path,
    settings: dict[str, str],
    *,
    actor: Actor | None = None,
) -> Database:
    """Create a new, empty Partage database with *settings* and open it.

    A SQLite file is built under a temporary name and renamed into place at the end, so a
    failure never leaves half a database behind. A PostgreSQL database must exist and be
    empty.

    Raises:
        DatabaseExists: a file is already there, or the server database has tables.
    """
    actor = actor or Actor.current()
    if isinstance(target, str) and is_url(target):
        return _create_server(server_url(target), settings, actor=actor)
    path = Path(target).expanduser().absolute()
    if path.exists():
        raise DatabaseExists(
            QT_TRANSLATE_NOOP(
                "errors", "{path} already exists; choose another name for the new database."
            ),
            path=str(path),
        )
    if not path.parent.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
            path=str(path.parent),
        )
    partial = path.with_name(f".{path.name}.partage-tmp")
    partial.unlink(missing_ok=True)
    try:
        connection = sqlite3.connect(partial, isolation_level=None)
        try:
            connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
        engine = _sqlite_engine(partial, read_only=False)
        try:
            _upgrade(engine.execution_options(partage_write=True))
            with Session(engine) as session, session.begin():
                session.add_all(_initial_settings(settings))
        finally:
            engine.dispose()
        if path.exists():  # someone else created it meanwhile: never overwrite
            raise DatabaseExists(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} already exists; choose another name for the new database.",
                ),
                path=str(path),
            )
        partial.replace(path)
    except (sqlite3.Error, sa_exc.DBAPIError) as error:
        reraise_as_problem(error, str(path))
        raise
    finally:
        partial.unlink(missing_ok=True)
    return open_database(path, actor=actor, backup=BackupPolicy(enabled=False))


def _create_server(url: str, settings: dict[str, str], *, actor: Actor) -> Database:
    location = _server_location(url)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise DatabaseExists(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database {path} is not empty; Partage needs an empty database.",
                    ),
                    path=location,
                )
        _upgrade(engine)
        with Session(engine) as session, session.begin():
            session.add_all(_initial_settings(settings))
    except sa_exc.DBAPIError as error:
        reraise_as_problem(error, location)
        raise
    finally:
        engine.dispose()
    return open_database(url, actor=actor)
