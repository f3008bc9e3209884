"""Copy a Partage database (a SQLite file) into an empty PostgreSQL database, and prove it.

For a group that outgrows its file. The copy is table-driven over the models' metadata,
so a table added to ``partage.models`` is copied without a change here. Everything is
written in one transaction on the server: the schema (by the same migrations as a new
database), every row, then the check that each table holds as many rows and as many
cents in each money column (``*_cents``) as the source. Any difference rolls the whole
copy back and leaves the server database empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Table, create_engine, func, inspect, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from partage.errors import QT_TRANSLATE_NOOP, DatabaseExists, DatabaseProblem, UsageError
from partage.models import Base
from partage.storage import Database
from partage.storage.errors import reraise_as_problem
from partage.storage.schema import SCHEMA_HEAD, revision_of, upgrade

BATCH_ROWS = 2000


@dataclass(frozen=True)
class TableFigures:
    """What one table holds: its rows, and the sum of each money column in cents."""

    table: str
    rows: int
    sums: dict[str, int]


@dataclass(frozen=True)
class CopyReport:
    """A verified copy: the figures every table has on both sides."""

    source: str
    target: str
    tables: tuple[TableFigures, ...]


class CopyMismatch(DatabaseProblem):
    """The server's copy does not hold what the source holds; nothing was kept."""


# Tables that describe an open database, not the group's data: who has it open, and its
# change counter. The server's own are made with its schema; copying them would show
# people who are not there (and collide with the counter's one row).
LIVE_STATE = frozenset({"presence", "data_revision"})


def copied_tables() -> list[Table]:
    """Every table of the group's data, parents before the tables that refer to them."""
    return [t for t in Base.metadata.sorted_tables if t.name not in LIVE_STATE]


def money_columns(table: Table) -> list[Column[Any]]:
    """The columns of *table* that hold cents."""
    return [column for column in table.columns if column.name.endswith("_cents")]


def figures(connection: Connection, tables: Sequence[Table]) -> list[TableFigures]:
    """Row counts and money sums of *tables*, computed by the database itself."""
    result = []
    for table in tables:
        money = money_columns(table)
        query = select(
            func.count(), *(func.coalesce(func.sum(column), 0) for column in money)
        ).select_from(table)
        row = connection.execute(query).one()
        sums = {column.name: int(value) for column, value in zip(money, row[1:], strict=True)}
        result.append(TableFigures(table.name, int(row[0]), sums))
    return result


def _insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    result = source.execute(select(table).order_by(*table.primary_key.columns))
    while True:
        batch = [dict(row._mapping) for row in result.fetchmany(BATCH_ROWS)]
        if not batch:
            break
        _insert_rows(target, table, batch)


def _restart_sequences(target: Connection, tables: Sequence[Table]) -> None:
    """Make the server's id counters continue after the copied ids."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        name = keys[0].name
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'max("{name}")) FROM "{table.name}" HAVING count(*) > 0'
            ),
            {"table": table.name, "column": name},
        )


def _check_target_is_empty(connection: Connection, location: str) -> None:
    if inspect(connection).get_table_names():
        raise DatabaseExists(
            QT_TRANSLATE_NOOP(
                "errors", "The database {path} is not empty; Partage needs an empty database."
            ),
            path=location,
        )


def copy_to_server(
    db: Database, url: str, *, progress: Callable[[str], None] | None = None
) -> CopyReport:
    """Copy every table of *db* into the empty server database at *url*, then verify.

    *db* is only read, in one read transaction, so the copy is a consistent snapshot.

    Raises:
        UsageError: *url* is not a PostgreSQL URL.
        DatabaseExists: the server database already has tables.
        CopyMismatch: a table's rows or cents differ after the copy (nothing was kept).
        DatabaseProblem: the server cannot be reached, or refused a value.
    """
    target_url = make_url(url)
    if target_url.get_backend_name() != "postgresql":
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Copy to a PostgreSQL database, named by a URL such as "
                "postgresql+psycopg://user@host/db.",
            )
        )
    location = target_url.render_as_string(hide_password=True)
    tables = copied_tables()
    engine = create_engine(target_url)
    try:
        with db.read() as session, engine.connect() as target:
            source = session.connection()
            if revision_of(source) != SCHEMA_HEAD:
                raise DatabaseProblem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database {path} must be opened once with write access, to "
                        "bring it up to date, before it can be copied.",
                    ),
                    path=db.location,
                )
            _check_target_is_empty(target, location)
            target.rollback()  # end the transaction the look began; the copy has its own
            expected = figures(source, tables)
            with target.begin():
                upgrade(target)
                for table in tables:
                    if progress is not None:
                        progress(table.name)
                    _copy_table(source, target, table)
                _restart_sequences(target, tables)
                copied = figures(target, tables)
                _verify(expected, copied, location)
    except sa_exc.DBAPIError as error:
        reraise_as_problem(error, location)
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database could not be copied to {path}: {reason}. Nothing was kept there.",
            ),
            path=location,
            reason=str(error.orig).strip(),
        ) from error
    finally:
        engine.dispose()
    return CopyReport(db.location, location, tuple(copied))


def _describe(figures: TableFigures) -> str:
    return ", ".join([f"{figures.rows} rows", *(f"{k} {v}" for k, v in figures.sums.items())])


def _verify(expected: list[TableFigures], copied: list[TableFigures], location: str) -> None:
    for want, got in zip(expected, copied, strict=True):
        if want != got:
            raise CopyMismatch(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The copy of the table {table} in {path} does not match the source: "
                    "{copied} instead of {expected}. Nothing was kept there.",
                ),
                table=want.table,
                path=location,
                expected=_describe(want),
                copied=_describe(got),
            )
