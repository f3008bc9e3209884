"""Which kinds of data a write transaction changed, read from its ORM session.

Every write transaction (``Database.write``) runs in a ``WriteSession``. As it flushes,
the session notes the tables of the objects it inserts, updates and deletes, and of the
``insert()``/``update()``/``delete()`` statements executed through it; once the
transaction commits, their kinds (``partage.changes.Change``) go to the trackers open on
the writing thread (``partage.changes.track_changes``). A transaction rolled back, or
retried because the file was busy, reports nothing. Services need not know any of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.sql.elements import TextClause

from partage.changes import Change, changes_of_tables, record_changes, track_changes

# The collecting side lives in partage.changes (plain Python), where the interface, which
# never imports storage, takes it from; it is named here too, beside what fills it.
__all__ = ["WriteSession", "track_changes"]

_INFO_KEY = "partage_changes"
_TEXT_WRITE = re.compile(r"^\s*(insert|update|delete|replace)\b", re.IGNORECASE)


class WriteSession(Session):
    """The session of one write transaction: notes the kinds of data it changes."""


def _note(session: Session, changes: Change) -> None:
    if changes:
        session.info[_INFO_KEY] = session.info.get(_INFO_KEY, Change.NONE) | changes


def _tables_of(objects: Iterable[Any]) -> set[str]:
    names: set[str] = set()
    for obj in objects:
        mapper = inspect(obj).mapper
        names.update(table.name for table in mapper.tables if hasattr(table, "name"))
    return names


@event.listens_for(WriteSession, "after_flush")
def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    # The session's new, dirty and deleted lists and the attributes' history still show
    # what this flush wrote (they are reset just after this event).
    dirty = [obj for obj in session.dirty if session.is_modified(obj)]
    tables = _tables_of([*session.new, *dirty, *session.deleted])
    _note(session, changes_of_tables(tables))


@event.listens_for(WriteSession, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    statement = state.statement
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(statement, "table", None)
        name = getattr(table, "name", None)
        # A statement whose table cannot be named counts as changing everything.
        _note(state.session, Change.ALL if name is None else changes_of_tables([name]))
    elif isinstance(statement, TextClause) and _TEXT_WRITE.match(statement.text):
        _note(state.session, Change.ALL)


def pending_changes(session: Session) -> Change:
    """The kinds of data *session*'s transaction has changed so far (flushed writes)."""
    changes = session.info.get(_INFO_KEY, Change.NONE)
    return changes if isinstance(changes, Change) else Change.ALL


@event.listens_for(WriteSession, "after_commit")
def _after_commit(session: Session) -> None:
    record_changes(session.info.pop(_INFO_KEY, Change.NONE))


@event.listens_for(WriteSession, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_INFO_KEY, None)
