"""Sort driver errors into environment errors (a message for a person) and bugs."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from partage.errors import (
    QT_TRANSLATE_NOOP,
    DamagedDatabase,
    DatabaseBusy,
    DatabaseProblem,
    DatabaseUnavailable,
    DiskFull,
    ReadOnlyDatabase,
)

# Primary SQLite result codes (the low byte of the extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Extended result codes worth a retry. On an SMB share, deleting the rollback journal at
# the end of a commit can fail for a moment while the server still holds the previous
# handle on it ("delete pending"); the commit is then undone through the journal, so the
# whole transaction can run again.
SQLITE_IOERR_DELETE = SQLITE_IOERR | (10 << 8)
# A read-only connection met the journal of a writer that stopped mid-transaction.
SQLITE_READONLY_ROLLBACK = SQLITE_READONLY | (3 << 8)
SQLITE_TRANSIENT_EXTENDED = frozenset({SQLITE_IOERR_DELETE})

# PostgreSQL SQLSTATEs worth retrying: serialization failure, deadlock, lock not available.
PG_RETRYABLE = {"40001", "40P01", "55P03"}


def _sqlite_code(error: BaseException) -> int | None:
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def _sqlite_extended_code(error: BaseException) -> int | None:
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else int(code)


def _pg_state(error: BaseException) -> str | None:
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(state) if state else None


def damaged(where: str) -> DamagedDatabase:
    """The error for a file that fails its integrity check."""
    return DamagedDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged. Restore it from a backup; the file was left as it is.",
        ),
        path=where,
    )


def is_busy(error: BaseException) -> bool:
    """True when the error only means another connection holds the lock: try again."""
    if _sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED):
        return True
    return _pg_state(error) in PG_RETRYABLE


def is_transient(error: BaseException) -> bool:
    """True when trying the whole transaction again may well succeed: the file is busy,
    or a network drive failed to delete the journal for a moment (nothing was written)."""
    return is_busy(error) or _sqlite_extended_code(error) in SQLITE_TRANSIENT_EXTENDED


def classify(error: BaseException, where: str) -> DatabaseProblem | None:
    """The person-facing problem behind a driver error, or None when it is a bug."""
    code = _sqlite_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} stayed busy: another computer is writing to it. "
                "Nothing was changed; try again in a moment.",
            ),
            path=where,
        )
    if _sqlite_extended_code(error) == SQLITE_READONLY_ROLLBACK:
        return ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was left in the middle of a change by a computer that "
                "stopped. Open it once with write access to finish undoing that change; "
                "the file was left as it is.",
            ),
            path=where,
        )
    if code == SQLITE_READONLY:
        return ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is read-only here: nothing can be changed. "
                "Ask for write access to the file and its folder.",
            ),
            path=where,
        )
    if code == SQLITE_FULL:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk holding {path} is full. Nothing was changed; free some space "
                "and try again.",
            ),
            path=where,
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or isinstance(error, UnicodeDecodeError):
        return damaged(where)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} could not be read or written (is the network drive "
                "still connected?). Nothing was changed.",
            ),
            path=where,
        )
    if isinstance(error, sa_exc.OperationalError) and _pg_state(error) is None and code is None:
        # A server that cannot be reached raises OperationalError without a SQLSTATE.
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database server for {path} cannot be reached. Nothing was changed.",
            ),
            path=where,
        )
    if is_busy(error):
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} stayed busy: another computer is writing to it. "
                "Nothing was changed; try again in a moment.",
            ),
            path=where,
        )
    return None


def reraise_as_problem(error: BaseException, where: str) -> None:
    """Raise the person-facing problem for *error*, if it is one; otherwise return."""
    problem = classify(error, where)
    if problem is not None:
        raise problem from error
