"""Reading a file a person names: a logo, a receipt, an export to import.

What a person names may be anything: a folder, a pipe, a device that never ends
(``/dev/zero``), a file of gigabytes picked by mistake. ``read_named_file`` reads only
regular files, and at most one byte beyond its limit, so that a wrong choice is refused
at once with a message rather than filling the memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from partage.errors import QT_TRANSLATE_NOOP, UsageError

MEGABYTE = 1024 * 1024

#: The most read of an export to import (JSON, CSV, calendar): a large group's years.
IMPORT_LIMIT_BYTES = 300 * MEGABYTE


def read_named_file(path: Path, *, limit: int) -> bytes:
    """The bytes of the regular file at *path*, refused (``UsageError``, exit 2) when it
    cannot be read, is not a regular file or holds more than *limit* bytes (a whole
    number of megabytes, as the message says it)."""
    try:
        # Looked at before opening: opening a named pipe would wait for a writer.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _not_a_file(path)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except IsADirectoryError as error:
        raise _not_a_file(path) from error
    except OSError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "{path} could not be read ({reason})."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    if len(data) > limit:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is larger than {megabytes} MB, the most Partage reads here."
            ),
            path=str(path),
            megabytes=max(1, round(limit / MEGABYTE)),
        )
    return data


def _not_a_file(path: Path) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "{path} is not a file Partage can read (a folder or a device)."
        ),
        path=str(path),
    )
