"""Finding the values another program wrote that Partage cannot read.

The column types of ``models`` refuse such a value as it is read (``StoredValueError``:
``'abc'`` in an amount, ``'garbage'`` in a moment, a year 1 booking). This module turns
that into a message naming the table, the column and the row, and lists every such value
for ``check``, reading each column through the same type that refused it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Engine, Table
from sqlalchemy import exc as sa_exc

from partage.errors import QT_TRANSLATE_NOOP, DamagedDatabase
from partage.models import Base, StoredValueError
from partage.models.base import CheckedType

VALUE_SHOWN = 40  # characters of a bad value quoted in a message


@dataclass(frozen=True)
class BadValue:
    """One stored value that cannot be read.

    Attributes:
        table: the table's name ("members").
        column: the column's name ("weight_milli").
        row: the row's id (its primary key, "a, b" for a composite one).
        value: the value as stored, shortened and with control characters escaped.
    """

    table: str
    column: str
    row: str
    value: str


def shown(value: object) -> str:
    """*value* as a message may quote it: escaped (``repr``), at most ``VALUE_SHOWN`` long."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, dt.date):  # a server returns dates as dates
        text = value.isoformat()
    else:
        text = repr(value)
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= VALUE_SHOWN else text[: VALUE_SHOWN - 1] + "…"


def _checked_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if isinstance(c.type, CheckedType)]


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def bad_values_of(
    connection: Connection, table: Table, columns: list[Column[Any]] | None = None
) -> Iterator[BadValue]:
    """The values of *table* (of *columns*, by default every checked one) that its column
    types refuse, read raw and converted by those types."""
    columns = _checked_columns(table) if columns is None else columns
    keys = list(table.primary_key.columns)
    if not columns or not keys:
        return
    dialect = connection.dialect
    processors = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
    names = ", ".join(_quote(connection, c.name) for c in keys + columns)
    rows = connection.exec_driver_sql(f"SELECT {names} FROM {_quote(connection, table.name)}")
    for row in rows:
        ident = ", ".join(str(v) for v in row[: len(keys)])
        for column, processor, raw in zip(columns, processors, row[len(keys):], strict=True):
            if raw is None or processor is None:
                continue
            try:
                processor(raw)
            except StoredValueError:
                yield BadValue(table.name, column.name, ident, shown(raw))


def find_bad_values(connection: Connection) -> Iterator[BadValue]:
    """Every value of every table that Partage cannot read, table by table."""
    for table in Base.metadata.sorted_tables:
        yield from bad_values_of(connection, table)


def locate(engine: Engine, error: StoredValueError) -> BadValue | None:
    """The first row holding a value like the one *error* is about, or None."""
    table_name, _, column_name = error.where.partition(".")
    table = Base.metadata.tables.get(table_name)
    if table is None or column_name not in table.columns:
        return None
    try:
        with engine.connect() as connection:
            return next(bad_values_of(connection, table, [table.columns[column_name]]), None)
    except (sa_exc.DBAPIError, UnicodeDecodeError):
        return None


def unreadable(
    where: str, error: StoredValueError, engine: Engine | None = None
) -> DamagedDatabase:
    """The error for a command that read a value it cannot use, naming the row when it
    can be found."""
    found = locate(engine, error) if engine is not None else None
    if found is not None:
        return DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} holds a value Partage cannot use: {column} of row "
                "{row} in the table {table} is “{value}”. Nothing was changed; "
                "partage-cli check lists every such value.",
            ),
            path=where,
            table=found.table,
            column=found.column,
            row=found.row,
            value=found.value,
        )
    return DamagedDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} holds a value Partage cannot use: {column} is “{value}”. "
            "Nothing was changed; partage-cli check lists every such value.",
        ),
        path=where,
        column=error.where or "?",
        value=shown(error.value),
    )


def stored_setting_error(where: str, key: str, raw: object, command: str) -> DamagedDatabase:
    """The error for the database-wide setting *key* holding *raw*, which cannot be used;
    *command* is its name for ``partage-cli settings set``."""
    return DamagedDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "The setting “{key}” of the database {path} holds “{value}”, which Partage "
            "cannot use. Nothing was changed; set it again with partage-cli settings set "
            "{name}, or in the window's organisation settings.",
        ),
        key=key,
        path=where,
        value=shown(raw),
        name=command,
    )
