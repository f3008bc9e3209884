"""The whole database as one JSON document, and back: a versioned, exact copy.

Everything is driven by the tables of ``partage.models`` (``Base.metadata``), so a table
or column added later is exported and imported without a change here; a column of a type
this module does not know stops the export (and the tests) instead of being dropped.

The document::

    {"format": "partage", "version": 1, "schema": "0007_invoices",
     "tables": {"members": {"columns": ["id", "name", ...], "rows": [[1, "Anne", ...]]}}}

Values keep their exact type: integers (money is integer cents) as JSON integers, text as
strings, dates ``YYYY-MM-DD``, moments ISO 8601 in UTC (``2026-03-01T14:00:00+00:00``),
wall-clock times without an offset, bytes (photos, receipts, PDFs) in base64. Rows are
ordered by primary key and written one per line, so the same database always gives the
same bytes, and two exports can be compared with ``diff``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import functools
import io
import itertools
import json
import logging
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    select,
    text,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from partage.errors import (
    QT_TRANSLATE_NOOP,
    NewerSchema,
    NotFound,
    PartageError,
    RuleViolation,
    UsageError,
)
from partage.models import Base, Setting
from partage.models.base import UTCDateTime
from partage.services import document_settings, integrity
from partage.services.exchange_fields import ValueProblem, export_row_problems, shown_value
from partage.services.governance import CLOSED_THROUGH
from partage.services.integrity import IntegrityProblem
from partage.services.workspace import OrganisationSettings, validate_settings
from partage.storage import Database
from partage.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS

log = logging.getLogger(__name__)

FORMAT = "partage"
FORMAT_VERSION = 1
BATCH_ROWS = 1000
# Kept when a document is imported: a database always says it is a Partage database.
APPLICATION_SETTING = ("application", "partage")
# Filled in when the database is created; an "empty" database may hold these rows.
CREATED_WITH_DATABASE = frozenset({"settings"})
# Tables that describe the open database rather than the group's data: who has it open
# right now (presence) and the change counter every write moves (data_revision). An
# export carries neither (imported, they would show people who are not there); an import
# leaves the target's own, and moves its counter like any write, so open windows reload.
LIVE_STATE = frozenset({"presence", "data_revision"})
# The first bytes of every SQLite file: an export never replaces a database.
SQLITE_HEADER = b"SQLite format 3\x00"

# Whole numbers stay within what a float and every JSON reader hold exactly; dates within
# years Partage can compute with (a day before or after, a time zone's offset).
MAX_EXPORT_INTEGER = 2**53
MIN_YEAR, MAX_YEAR = 1000, 9998

Progress = Callable[[int, int], None]
"""Called with (rows done, rows in all); it may raise (e.g. to cancel) to stop the work."""


class NotAnExport(UsageError):
    """The file is not a Partage JSON export, or it is incomplete or altered."""


class ExportAltered(NotAnExport):
    """The export breaks the rules of the data; ``problems`` says each rule broken."""

    def __init__(
        self, message: str, problems: tuple[PartageError, ...] = (), **params: Any
    ) -> None:
        super().__init__(message, **params)
        self.problems = problems


class DatabaseNotEmpty(RuleViolation):
    """A JSON export is only ever imported into a new, empty database."""


@dataclass(frozen=True)
class JsonImportResult:
    """What a JSON import wrote: rows per table, in the order they were written."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        """Rows written in all."""
        return sum(self.rows.values())


# --- columns and their values ----------------------------------------------------------


def exported_tables() -> list[Table]:
    """Every table of the data model but the live state, parents before the tables that
    refer to them."""
    return [table for table in Base.metadata.sorted_tables if table.name not in LIVE_STATE]


def column_kind(column: Column[Any]) -> str:
    """How a column's values are written: ``int``, ``bool``, ``text``, ``date``,
    ``moment`` (aware, UTC), ``wall_time`` (naive) or ``bytes``.

    Raises:
        TypeError: a column type this module does not know (a bug to fix here, never a
            reason to drop data silently).
    """
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "moment"
    if isinstance(kind, TypeDecorator):  # a checked type: written as the type it wraps
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, String):  # Text is a String
        return "text"
    if isinstance(kind, DateTime):
        return "wall_time"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, LargeBinary):
        return "bytes"
    raise TypeError(f"no export format for {column.table.name}.{column.name}: {kind!r}")


def encode_value(kind: str, value: Any) -> Any:
    """*value* of a column of *kind* as a JSON value."""
    if value is None:
        return None
    if kind == "moment":
        return value.astimezone(dt.UTC).isoformat()
    if kind in ("date", "wall_time"):
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(kind: str, value: Any) -> Any:
    """The Python value of a JSON *value* for a column of *kind*.

    Raises:
        ValueError: the value cannot belong to such a column.
    """
    if value is None:
        return None
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise ValueError(value)
    if kind == "text":
        return value
    if kind == "date" and len(value) == 10:
        return dt.date.fromisoformat(value)
    if kind == "moment":
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError(value)
        try:
            return moment.astimezone(dt.UTC)
        except OverflowError:  # year 1 ahead of UTC, or 9999 behind it
            raise ValueError(value) from None
    if kind == "wall_time":
        wall = dt.datetime.fromisoformat(value)
        if wall.tzinfo is not None:
            raise ValueError(value)
        return wall
    if kind == "bytes":
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error:
            raise ValueError(value) from None
    raise ValueError(value)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def count_rows(session: Session, tables: list[Table]) -> dict[str, int]:
    """How many rows each table holds."""
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables
    }


def table_rows(session: Session, table: Table) -> Iterator[tuple[Any, ...]]:
    """The rows of *table* in primary-key order, streamed."""
    result = session.execute(_ordered(table), execution_options={"yield_per": BATCH_ROWS})
    for row in result:
        yield tuple(row)


# --- export -------------------------------------------------------------------------------


def write_json_export(db: Database, stream: IO[bytes], *, progress: Progress | None = None) -> int:
    """Write the whole database to *stream* as a JSON document; return the rows written.

    Every table is read in one read transaction, so the document is one consistent
    moment of the database even while others write to it.
    """
    tables = exported_tables()
    kinds = {table.name: [column_kind(c) for c in table.columns] for table in tables}
    with db.read() as session:
        counts = count_rows(session, tables)
        total, done = sum(counts.values()), 0
        head = {"format": FORMAT, "version": FORMAT_VERSION, "schema": SCHEMA_HEAD}
        opening = json.dumps(head, ensure_ascii=False, indent=1)[:-2]  # without "\n}"
        stream.write(f'{opening},\n "tables": {{'.encode())
        for number, table in enumerate(tables):
            columns = json.dumps([c.name for c in table.columns], ensure_ascii=False)
            separator = "," if number else ""
            name = json.dumps(table.name)
            stream.write(f'{separator}\n  {name}: {{\n   "columns": {columns},\n'.encode())
            stream.write(b'   "rows": [')
            table_kinds = kinds[table.name]
            for index, row in enumerate(table_rows(session, table)):
                values = [encode_value(k, v) for k, v in zip(table_kinds, row, strict=True)]
                line = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
                stream.write(f'{"," if index else ""}\n    {line}'.encode())
                done += 1
                if progress is not None and done % BATCH_ROWS == 0:
                    progress(done, total)
            stream.write(b"\n   ]\n  }")
            if progress is not None:
                progress(done, total)
        stream.write(b"\n }\n}\n")
    return done


def _refuse_to_replace_a_database(destination: Path) -> None:
    try:
        with destination.open("rb") as existing:
            header = existing.read(len(SQLITE_HEADER))
    except OSError:
        return  # nothing there (or unreadable): the write says what is wrong
    if header == SQLITE_HEADER:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is a database, not an export file; give another file name.",
            ),
            path=str(destination),
        )


def export_json_file(db: Database, destination: Path, *, progress: Progress | None = None) -> int:
    """Write the whole database to the file *destination*; return its size in bytes.

    The file is written under a temporary name and renamed into place when complete, so
    a failure or a cancel never leaves half a document (or destroys the previous one). A
    database file is never overwritten.

    Raises:
        UsageError: *destination* is a database, or cannot be written.
    """
    _refuse_to_replace_a_database(destination)
    # Not mkstemp: its file is private (0600); an export gets the usual permissions.
    temporary = destination.with_name(f".{destination.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        try:
            with temporary.open("xb") as stream:
                write_json_export(db, stream, progress=progress)
                stream.flush()
                os.fsync(stream.fileno())
                size = stream.tell()
            os.replace(temporary, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} could not be written ({reason}). The database was not changed."
            ),
            path=str(destination),
            reason=error.strerror or str(error),
        ) from error
    return size


def export_json(db: Database, *, progress: Progress | None = None) -> bytes:
    """The whole database as a JSON document (see ``write_json_export``)."""
    buffer = io.BytesIO()
    write_json_export(db, buffer, progress=progress)
    return buffer.getvalue()


# --- import -------------------------------------------------------------------------------


def _not_an_export() -> NotAnExport:
    return NotAnExport(
        QT_TRANSLATE_NOOP(
            "errors",
            "This file is not a Partage JSON export (made with “Export” or "
            "partage-cli export json). Nothing was imported.",
        )
    )


def _bad_value(table: str, row: int, column: str, value: Any) -> NotAnExport:
    shown = json.dumps(value, ensure_ascii=False)
    return NotAnExport(
        QT_TRANSLATE_NOOP(
            "errors",
            "The export is damaged or was altered: table {table}, row {row}, column {column} "
            "holds {value}, which that column cannot hold. Nothing was imported.",
        ),
        table=table,
        row=row,
        column=column,
        value=shown if len(shown) <= 60 else shown[:57] + "…",
    )


def _incomplete(table: str, column: str) -> NotAnExport:
    return NotAnExport(
        QT_TRANSLATE_NOOP(
            "errors",
            "The export is incomplete: the table {table} has no column {column}. "
            "Nothing was imported.",
        ),
        table=table,
        column=column,
    )


def read_document(data: bytes) -> dict[str, Any]:
    """The JSON document in *data*, checked to be a Partage export this version can read.

    Raises:
        NotAnExport: not JSON, not an export, or not in a known format version.
        NewerSchema: written by a newer version of Partage.
    """
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _not_an_export() from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _not_an_export()
    version, schema = document.get("version"), document.get("schema")
    tables = document.get("tables")
    if not isinstance(version, int) or not isinstance(schema, str) or not isinstance(tables, dict):
        raise _not_an_export()
    if version > FORMAT_VERSION or schema not in SCHEMA_REVISIONS:
        raise NewerSchema(
            QT_TRANSLATE_NOOP(
                "errors",
                "This export was made by a newer version of Partage (schema {schema}). "
                "Install the latest version to import it; nothing was imported.",
            ),
            schema=schema,
        )
    return document


def _default_for(column: Column[Any]) -> Any:
    """The value a column missing from an older export gets: its default, or None."""
    default = column.default
    if default is None:
        if column.nullable:
            return None
        raise LookupError(column.name)
    arg = getattr(default, "arg", None)
    if callable(arg):
        return arg(None)  # SQLAlchemy passes an execution context; ours ignore it
    return arg


def integer_bits(column: Column[Any], dialect: str) -> int:
    """How many bits a whole number of *column* has in a database of *dialect*: SQLite
    stores 64, PostgreSQL 32 for ``Integer`` and 64 for ``BigInteger``."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if dialect == "postgresql" and not isinstance(kind, BigInteger):
        return 32
    return 64


def _altered_value(table: str, row: int, column: str, message: str, **params: Any) -> ExportAltered:
    return ExportAltered(message, table=table, row=row, column=column, **params)


def _check_stored(table: Table, number: int, column: Column[Any], value: Any, dialect: str) -> None:
    """Refuse a value the database cannot store as it is: a whole number beyond the
    column's bits, text longer than its column or holding NUL or a lone surrogate."""
    if isinstance(value, int) and not isinstance(value, bool):
        bits = integer_bits(column, dialect)
        high = min(2 ** (bits - 1) - 1, MAX_EXPORT_INTEGER)
        low = -high - 1 if high < MAX_EXPORT_INTEGER else -high
        if not low <= value <= high:
            raise _altered_value(
                table.name, number, column.name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This export was altered: table {table}, row {row}, column {column} "
                    "holds {value}, outside {low} to {high}. Nothing was imported.",
                ),
                value=shown_value(value), low=str(low), high=str(high),
            )
    elif isinstance(value, dt.date) and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _altered_value(
            table.name, number, column.name,
            QT_TRANSLATE_NOOP(
                "errors",
                "This export was altered: table {table}, row {row}, column {column} holds "
                "{value}, outside the years {low} to {high}. Nothing was imported.",
            ),
            value=shown_value(value.isoformat()), low=str(MIN_YEAR), high=str(MAX_YEAR),
        )
    elif isinstance(value, str):
        bad = next((c for c in value if c == "\x00" or "\ud800" <= c <= "\udfff"), None)
        if bad is not None:
            raise _altered_value(
                table.name, number, column.name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This export was altered: table {table}, row {row}, column {column} holds "
                    "the character U+{code}, which no text can hold. Nothing was imported.",
                ),
                code=f"{ord(bad):04X}",
            )
        limit = getattr(column.type, "length", None)
        if limit is not None and len(value) > limit:
            raise _altered_value(
                table.name, number, column.name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This export was altered: table {table}, row {row}, column {column} holds "
                    "{length} characters; it holds at most {limit}. Nothing was imported.",
                ),
                length=len(value), limit=limit,
            )


def decoded_rows(table: Table, entry: Any, dialect: str = "sqlite") -> list[dict[str, Any]]:
    """The rows of one table of the document, as column name to Python value.

    Columns the document lacks (an export from an older schema) get their default.
    *dialect* (``sqlite`` or ``postgresql``) says how large a whole number may be.

    Raises:
        NotAnExport: an unknown column, a row of the wrong length, a value of the wrong
            type, or a missing column without a default.
        ExportAltered: a value the database cannot store (too large, too long, NUL).
    """
    if not isinstance(entry, dict):
        raise _not_an_export()
    names, rows = entry.get("columns"), entry.get("rows")
    if not isinstance(names, list) or not isinstance(rows, list):
        raise _not_an_export()
    known = {c.name: c for c in table.columns}
    if len(set(names)) != len(names) or any(name not in known for name in names):
        unknown = next((n for n in names if n not in known), str(names))
        raise _incomplete(table.name, str(unknown))
    kinds = [column_kind(known[name]) for name in names]
    missing: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in names:
            try:
                missing[column.name] = _default_for(column)
            except LookupError:
                raise _incomplete(table.name, column.name) from None
    decoded = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(names):
            raise _bad_value(table.name, number, "*", row)
        values = dict(missing)
        for name, kind, value in zip(names, kinds, row, strict=True):
            try:
                values[name] = decode_value(kind, value)
            except ValueError:
                raise _bad_value(table.name, number, name, value) from None
            if values[name] is None and not known[name].nullable:
                raise _bad_value(table.name, number, name, value)
            _check_stored(table, number, known[name], values[name], dialect)
        decoded.append(values)
    return decoded


def database_is_empty(session: Session) -> bool:
    """True when no table holds data beyond what a new database is created with."""
    for table in exported_tables():
        if table.name in CREATED_WITH_DATABASE:
            continue
        if session.execute(select(text("1")).select_from(table).limit(1)).first() is not None:
            return False
    return True


def _reset_sequences(session: Session, tables: list[Table]) -> None:
    """On PostgreSQL, move each id sequence past the ids just inserted by hand.

    Rows inserted with explicit ids leave the sequences where they were, so the next row
    added through the application would get id 1 again and collide.
    """
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite's next rowid is always past the largest one
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE(MAX("{keys[0].name}"), 1), MAX("{keys[0].name}") IS NOT NULL) '
                f'FROM "{table.name}"'
            ),
            {"table": table.name, "column": keys[0].name},
        )


# --- the rules of the data, for an import -------------------------------------------------


def _first_row_problem(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse the first value that breaks a rule of the data (``exchange_fields``).

    Raises:
        ExportAltered: naming the table, the row (counted from 1) and the column.
    """
    member_ids = {row.get("id") for row in rows.get("members", [])}

    def rule_member(ref: str) -> int:
        if ref.strip().isdigit() and int(ref) in member_ids:
            return int(ref)
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=ref)

    for name, table_rows_ in rows.items():
        for number, row in enumerate(table_rows_, start=1):
            found = export_row_problems(name, row, rule_member)
            if found:
                raise _from_value_problem(name, number, found[0])
    settings = rows.get("settings", [])
    for number, key, problem in _settings_problems(settings):
        raise ExportAltered(
            QT_TRANSLATE_NOOP(
                "errors",
                "This export was altered: table {table}, row {row}: the setting {key} holds "
                "{value}, which Partage cannot use. Nothing was imported.",
            ),
            table="settings",
            row=number,
            key=key,
            value=shown_value(problem),
        )


def _from_value_problem(table: str, number: int, problem: ValueProblem) -> ExportAltered:
    return ExportAltered(
        problem.message, table=table, row=number, column=problem.column, **problem.params
    )


def _settings_problems(rows: list[dict[str, Any]]) -> Iterator[tuple[int, str, str]]:
    """(row, key, value) of the settings no database of Partage could hold: an unknown
    currency, time zone or language, a rate or a number of days that is not a number."""
    values = {str(row.get("key")): str(row.get("value") or "") for row in rows}
    where = {str(row.get("key")): number for number, row in enumerate(rows, start=1)}

    def problem(key: str) -> tuple[int, str, str]:
        return where.get(key, 0), key, values.get(key, "")

    defaults = document_settings.DocumentSettings()
    for field_name, key in document_settings._KEYS.items():  # the same names as stored
        raw, default = values.get(key), getattr(defaults, field_name)
        if raw is None:
            continue
        if isinstance(default, bool):
            sound = raw in ("0", "1")
        elif isinstance(default, int):
            sound = raw.lstrip("-").isdigit() and len(raw) <= 12
        else:
            sound = True
        if not sound:
            yield problem(key)
    if CLOSED_THROUGH in values and values[CLOSED_THROUGH]:
        try:
            dt.date.fromisoformat(values[CLOSED_THROUGH])
        except ValueError:
            yield problem(CLOSED_THROUGH)
    try:
        validate_settings(
            OrganisationSettings(
                name=values.get("organisation_name", ""),
                currency=values.get("currency", "CAD"),
                timezone=values.get("timezone", "America/Montreal"),
                language=values.get("language", "fr"),
            )
        )
        document_settings.validate(document_settings.from_values(values))
    except PartageError as error:
        field_name = getattr(error, "field", "")
        yield problem(document_settings._KEYS.get(field_name, field_name))


class _InTransaction:
    """The database as the import's own transaction sees it, for the rules of the data
    that read through a ``Database`` (``integrity.DATABASE_INVARIANTS``): their reads run
    in the import's session, so they see the rows not yet committed."""

    def __init__(self, db: Database, session: Session) -> None:
        self._db = db
        self._session = session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    def settings(self) -> dict[str, str]:
        return {row.key: row.value for row in self._session.scalars(select(Setting))}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def _counter_problems(session: Session) -> Iterator[IntegrityProblem]:
    """Each invoice series' counter stands at its last number: a counter set back would
    give the next invoice a number already used; one set forward would leave a gap."""
    from partage.models import Invoice, InvoiceCounter

    last = {
        str(series): int(number or 0)
        for series, number in session.execute(
            select(Invoice.series, func.max(Invoice.sequence)).group_by(Invoice.series)
        )
    }
    counters = {
        str(series): int(number)
        for series, number in session.execute(
            select(InvoiceCounter.series, InvoiceCounter.last_number)
        )
    }
    for series in sorted(last.keys() | counters.keys()):
        if counters.get(series, 0) != last.get(series, 0):
            yield IntegrityProblem(
                "invoice_counters",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The invoice counter of the series {series} stands at {counter}, but its "
                    "last invoice is number {number}.",
                ),
                {"series": series, "counter": counters.get(series, 0),
                 "number": last.get(series, 0)},
            )


def broken_rules(db: Database, session: Session) -> list[IntegrityProblem]:
    """What ``partage-cli check`` would find wrong in the data of *session*'s transaction
    (the invariants of ``integrity``, and the invoice counters), before it commits."""
    invariants: list[tuple[str, integrity.Invariant]] = [
        *(integrity.SQLITE_CHECKS[1:2] if db.kind == "sqlite" else ()),  # foreign keys
        *integrity.INVARIANTS,
        ("invoice_counters", _counter_problems),
    ]
    seen = cast(Database, _InTransaction(db, session))
    checks: list[tuple[str, Callable[[], Iterable[IntegrityProblem]]]] = [
        *((name, functools.partial(check, session)) for name, check in invariants),
        *((name, functools.partial(whole, seen)) for name, whole in integrity.DATABASE_INVARIANTS),
    ]
    found: list[IntegrityProblem] = []
    for name, run in checks:
        try:
            found.extend(itertools.islice(run(), integrity.MAX_PROBLEMS_PER_CHECK))
        except (PartageError, ValueError, ArithmeticError, TypeError, LookupError) as error:
            # Values no rule can work with (a split over an impossible period…).
            found.append(
                IntegrityProblem(
                    name,
                    QT_TRANSLATE_NOOP("errors", "The check “{check}” could not finish: {detail}"),
                    {"check": name, "detail": str(error)},
                )
            )
    return found


def _refuse_broken_rules(problems: list[IntegrityProblem]) -> ExportAltered:
    checks = list(dict.fromkeys(problem.check for problem in problems))
    return ExportAltered(
        QT_TRANSLATE_NOOP(
            "errors",
            "This export was altered: its data breaks the rules of Partage ({checks}). "
            "Nothing was imported.",
        ),
        tuple(problem.as_error() for problem in problems),
        checks=", ".join(checks),
    )


def import_json(
    db: Database, data: bytes, *, progress: Progress | None = None
) -> JsonImportResult:
    """Write the export in *data* into *db*, which must be empty, in one transaction.

    The database becomes an exact copy of the exported one: the same ids, the same
    settings, the same audit log (so exporting it again gives the same bytes). For that
    reason the import adds no audit row of its own; the log is the source's history.

    Raises:
        NotAnExport: the file is not a complete, unaltered Partage export.
        NewerSchema: the export comes from a newer version of Partage.
        DatabaseNotEmpty: *db* already holds data.
    """
    document = read_document(data)
    tables = exported_tables()
    by_name = {table.name: table for table in tables}
    unknown = [name for name in document["tables"] if name not in by_name]
    if unknown:
        raise _incomplete(str(unknown[0]), "*")
    dialect = "postgresql" if db.kind == "postgresql" else "sqlite"
    rows = {
        table.name: decoded_rows(table, document["tables"][table.name], dialect)
        for table in tables
        if table.name in document["tables"]
    }
    _first_row_problem(rows)
    total = sum(len(r) for r in rows.values())

    def operation(session: Session) -> JsonImportResult:
        if not database_is_empty(session):
            raise DatabaseNotEmpty(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {path} already holds data. A JSON export is imported only "
                    "into a new, empty database: create one, then import into it. "
                    "Nothing was changed.",
                ),
                path=db.location,
            )
        done = 0
        written: dict[str, int] = {}
        for table in tables:
            table_rows_ = rows.get(table.name, [])
            if table.name in CREATED_WITH_DATABASE and table.name in rows:
                session.execute(delete(table))
            for start in range(0, len(table_rows_), BATCH_ROWS):
                batch = table_rows_[start : start + BATCH_ROWS]
                session.execute(table.insert(), batch)
                done += len(batch)
                if progress is not None:
                    progress(done, total)
            written[table.name] = len(table_rows_)
        key, value = APPLICATION_SETTING
        if session.get(Setting, key) is None:
            session.add(Setting(key=key, value=value))
        _reset_sequences(session, tables)
        session.flush()
        # The rules of the data, checked before the transaction commits: a refusal rolls
        # it back, leaving the database as empty as it was.
        problems = broken_rules(db, session)
        if problems:
            raise _refuse_broken_rules(problems)
        return JsonImportResult(written)

    try:
        result = db.write(operation)
    except (sa_exc.IntegrityError, sa_exc.DataError) as error:
        # Rows that break a unique key or a reference: an altered file. The transaction
        # was rolled back, so the database is as empty as it was.
        log.info("JSON import refused by the database: %s", error.orig)
        raise NotAnExport(
            QT_TRANSLATE_NOOP(
                "errors",
                "The export is damaged or was altered: its rows break the rules of the "
                "database (a repeated name or a reference to a missing row). "
                "Nothing was imported.",
            )
        ) from error
    log.info("imported %d rows from a JSON export", result.total)
    return result
