"""Look at a file before SQLite touches it: is it a Partage database at all?"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from partage.errors import QT_TRANSLATE_NOOP, DatabaseMissing, NotPartageDatabase
from partage.storage.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class FileFacts:
    """What the SQLite header and the file system say about a database file."""

    path: Path
    size: int
    writable: bool
    wal: bool


def not_partage(path: Path) -> NotPartageDatabase:
    """The error for a file that is not a Partage database."""
    return NotPartageDatabase(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is not a Partage database. It was not changed.",
        ),
        path=str(path),
    )


def inspect_file(path: Path) -> FileFacts:
    """Read the header of *path* and refuse anything that is not a Partage database.

    Only reads the file: a text file, an empty file or another program's SQLite database
    is refused here, before SQLite could create a journal or write a header.

    Raises:
        DatabaseMissing: no file at *path*.
        NotPartageDatabase: a directory, an empty file, or a foreign file.
    """
    if not path.exists():
        raise DatabaseMissing(
            QT_TRANSLATE_NOOP("errors", "There is no database at {path}."), path=str(path)
        )
    if not path.is_file():
        raise not_partage(path)
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise not_partage(path)
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise not_partage(path)
    # Bytes 18 and 19 are the read and write format versions: 2 means WAL mode.
    wal = header[18] == 2 or header[19] == 2
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return FileFacts(path=path, size=path.stat().st_size, writable=writable, wal=wal)
