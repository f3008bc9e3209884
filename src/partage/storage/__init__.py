"""Storage: engines and sessions for a SQLite file or a PostgreSQL URL, write transactions
with retry, schema migrations, backups and integrity checks. Knows nothing of Qt."""

from partage.storage.actor import Actor
from partage.storage.database import (
    BackupPolicy,
    Database,
    create_database,
    is_url,
    open_database,
)

__all__ = ["Actor", "BackupPolicy", "Database", "create_database", "is_url", "open_database"]
