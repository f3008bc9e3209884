"""A value another program stored that Partage cannot read stops the read with a message
naming its table, column and row (exit 4), never a traceback."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from partage.errors import DamagedDatabase
from partage.models import Member
from partage.services.members import MemberInput, add_member
from partage.storage import Database
from partage.storage.stored_values import find_bad_values, shown
from tests.services.test_integrity import tamper


def test_a_read_of_an_impossible_date_names_the_row(db: Database) -> None:
    member = add_member(db, MemberInput(name="Alice"))
    tamper(db, "UPDATE members SET joined = ? WHERE id = ?", ("0001-01-01", member.id))

    with pytest.raises(DamagedDatabase) as caught, db.read() as session:
        list(session.scalars(select(Member)))

    error = caught.value
    assert error.exit_code == 4
    assert error.params["table"] == "members" and error.params["column"] == "joined"
    assert error.params["row"] == str(member.id)
    assert "cannot use" in str(error)


@pytest.mark.sqlite_only("SQLite keeps any value in any column")
def test_a_write_that_reads_a_bad_value_is_refused_and_writes_nothing(db: Database) -> None:
    member = add_member(db, MemberInput(name="Alice"))
    tamper(db, "UPDATE members SET weight_milli = 'heavy' WHERE id = ?", (member.id,))

    def operation(session: object) -> None:
        for row in session.scalars(select(Member)):  # type: ignore[attr-defined]
            row.notes = "touched"

    with pytest.raises(DamagedDatabase, match="weight_milli"):
        db.write(operation)  # type: ignore[arg-type]
    with db.engine.connect() as connection:
        notes = connection.exec_driver_sql("SELECT notes FROM members").scalar()
    assert notes == ""


def test_a_healthy_database_has_no_bad_value(db: Database) -> None:
    add_member(db, MemberInput(name="Alice"))

    with db.engine.connect() as connection:
        assert list(find_bad_values(connection)) == []


def test_a_value_is_quoted_short_and_with_its_controls_escaped() -> None:
    assert shown("Mars/Phobos") == "Mars/Phobos"
    assert shown("x\x1b[2Jy") == "x\\x1b[2Jy"
    assert len(shown("x" * 1000)) == 40
    assert shown(b"\x00") == "b'\\x00'"
