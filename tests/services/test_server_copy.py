"""Copying a SQLite file into PostgreSQL: every table, verified, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from partage.errors import DatabaseExists, UsageError
from partage.models import Base, MaintenancePlan
from partage.services import server_copy
from partage.services.accounts import balances, split_period
from partage.services.ledger import add_entry
from partage.services.members import MemberInput, add_member, list_members
from partage.services.server_copy import CopyMismatch, copy_to_server
from partage.services.upkeep import record_done
from partage.storage import Database, open_database


@pytest.fixture
def source(tmp_path: Path, qapp: object) -> Iterator[Database]:
    """The small demo co-op, with a row in every table of the models."""
    from partage.services.demo import create_demo
    from partage.services.invoicing import issue_all

    db = create_demo(tmp_path / "demo.partage", size="small")
    last_month_end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    issue_all(db, last_month_end.replace(day=1), last_month_end)  # invoices and their lines
    with db.read() as session:
        plan_id = session.scalars(sa.select(MaintenancePlan.id)).first()
    assert plan_id is not None
    record_done(db, plan_id, done_on=dt.date(2026, 5, 2), cost_cents=8_950)
    member = list_members(db)[0]
    add_entry(db, member.id, 4_321, day=dt.date(2026, 1, 1), note="carried over")
    yield db
    db.close()


def table_names(url: str) -> list[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(sa.inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_every_table_is_copied_with_the_same_rows_and_cents(source: Database, pg_url: str) -> None:
    report = copy_to_server(source, pg_url)

    assert [t.table for t in report.tables] == [
        t.name for t in Base.metadata.sorted_tables if t.name not in ("presence", "data_revision")
    ]
    assert all(t.rows > 0 for t in report.tables), "the source fills every table"
    with source.read() as session:
        expected = server_copy.figures(session.connection(), server_copy.copied_tables())
    assert list(report.tables) == expected
    costs = next(t for t in report.tables if t.table == "costs")
    assert costs.sums["amount_cents"] > 0

    copy = open_database(pg_url)
    try:
        assert copy.kind == "postgresql"
        assert list_members(copy) == list_members(source)
        day = dt.date(2026, 12, 31)
        assert balances(copy, day) == balances(source, day)
        year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        assert split_period(copy, *year).member_totals() == (
            split_period(source, *year).member_totals()
        )
        # The server's id counters continue after the copied rows.
        added = add_member(copy, MemberInput(name="Nouvelle Membre"))
        assert added.id > max(m.id for m in list_members(source))
    finally:
        copy.close()


def test_a_server_database_that_is_not_empty_is_refused_untouched(
    source: Database, pg_url: str
) -> None:
    engine = sa.create_engine(pg_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notes (body text)")
        connection.exec_driver_sql("INSERT INTO notes VALUES ('precious')")
    engine.dispose()

    with pytest.raises(DatabaseExists):
        copy_to_server(source, pg_url)

    assert table_names(pg_url) == ["notes"]


def test_a_copy_that_does_not_match_keeps_nothing(
    source: Database, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert = server_copy._insert_rows

    def lose_a_booking(connection: sa.Connection, table: sa.Table, rows: list[Any]) -> None:
        insert(connection, table, rows[:-1] if table.name == "bookings" else rows)

    monkeypatch.setattr(server_copy, "_insert_rows", lose_a_booking)

    with pytest.raises(CopyMismatch) as caught:
        copy_to_server(source, pg_url)

    assert caught.value.params["table"] == "bookings"
    assert "Nothing was kept" in str(caught.value)
    assert table_names(pg_url) == []


def test_only_a_postgresql_url_is_a_target(source: Database, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        copy_to_server(source, f"sqlite:///{tmp_path / 'other.db'}")
