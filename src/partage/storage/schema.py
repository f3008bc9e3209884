"""Schema versions and migrations (Alembic, batch mode on SQLite).

Opening a file only reads its revision and compares it with ``SCHEMA_REVISIONS``; Alembic
itself is imported only when a file must be created or upgraded, which keeps start-up fast.
A test checks that this list matches the migration scripts.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

# Every revision this version of Partage knows, oldest first. The last is the head.
SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_members_assets",
    "0002_audit_log",
    "0003_bookings",
    "0004_costs",
    "0005_booking_status_index",
    "0006_presence",
    "0007_invoices",
    "0008_ledger_entries",
)
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]

# SQLite header field "application_id" ("PaRt"), so a Partage file is known before any
# table is read, and a foreign SQLite file is refused without being touched.
APPLICATION_ID = 0x50615274
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def revision_of(connection: Connection) -> str | None:
    """The Alembic revision stored in the database, or None if it has none."""
    try:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except Exception:  # noqa: BLE001 - no such table: not migrated at all
        return None
    return None if row is None else str(row[0])


def upgrade(connection: Connection, target: str = "head") -> None:
    """Apply the migrations up to *target* on *connection* (inside its transaction)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def script_revisions() -> list[str]:
    """The revisions of the migration scripts on disk, oldest first (for tests)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]
