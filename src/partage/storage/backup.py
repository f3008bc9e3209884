"""Backups of a SQLite database with SQLite's online backup API, rotated."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from partage import paths
from partage.errors import QT_TRANSLATE_NOOP, DatabaseProblem

DEFAULT_KEEP = paths.DEFAULT_BACKUP_KEEP
SUFFIX = ".partage"


def backup_root() -> Path:
    """The folder holding every database's backup folder (chosen in the preferences)."""
    return paths.backup_dir()


def folder_problem(folder: Path, reason: str) -> DatabaseProblem:
    """The error for a backup folder that cannot be written."""
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "Partage cannot write backups to the folder {folder}: {reason}. Choose another "
            "folder in Edit › Preferences.",
        ),
        folder=str(folder),
        reason=reason,
    )


def check_folder(folder: Path) -> None:
    """Make sure backups can be written to *folder* (creating it if needed).

    Raises:
        DatabaseProblem: it cannot be made or written to (said in the message).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise folder_problem(folder, error.strerror or str(error)) from error


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and when it was taken."""

    path: Path
    taken_at: dt.datetime
    size: int


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    """A ``file:`` URI for *path* that survives spaces, '#', '?' and Windows drive letters."""
    mode = "ro" if read_only else "rw"
    return f"file:{quote(path.absolute().as_posix(), safe='/:')}?mode={mode}"


def folder_for(database: Path) -> Path:
    """The folder holding the backups of *database*: its name plus a hash of its path.

    Raises:
        DatabaseProblem: the folder cannot be made.
    """
    digest = hashlib.sha1(str(database.absolute()).encode("utf-8")).hexdigest()[:8]
    folder = backup_root() / f"{database.stem}-{digest}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise folder_problem(backup_root(), error.strerror or str(error)) from error
    return folder


def copy_database(
    source: Path,
    destination: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy a live SQLite database to *destination* with the backup API.

    The copy is written next to *destination* and renamed into place, so a reader never
    sees half a backup. Pages are copied in steps, so the source is not locked for long.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(sqlite_uri(source, read_only=True), uri=True, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:

            def report(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=report)
        finally:
            dst.close()
        os.replace(partial, destination)
    finally:
        src.close()
        # A copy stopped half-way (cancelled, disk full) leaves nothing behind.
        partial.unlink(missing_ok=True)


def list_backups(database: Path) -> list[BackupInfo]:
    """The automatic and manual backups of *database*, newest first."""
    folder = folder_for(database)
    infos = []
    for file in folder.glob(f"*{SUFFIX}"):
        stat = file.stat()
        taken = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
        infos.append(BackupInfo(path=file, taken_at=taken, size=stat.st_size))
    return sorted(infos, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def rotate(database: Path, keep: int | None = None) -> None:
    """Delete all but the *keep* newest backups of *database* (by default, as configured)."""
    for info in list_backups(database)[paths.backup_keep() if keep is None else keep:]:
        info.path.unlink(missing_ok=True)


def backup_now(
    database: Path,
    *,
    reason: str = "auto",
    keep: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Back up *database* into its backup folder, then rotate; return the new file.

    *keep* backups are kept (by default, as configured for this computer).

    Raises:
        DatabaseProblem: the backup folder cannot be written.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    folder = folder_for(database)
    check_folder(folder)
    target = folder / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    copy_database(database, target, progress=progress)
    rotate(database, keep)
    return target


def latest_backup_age(database: Path) -> dt.timedelta | None:
    """How long ago the newest backup of *database* was taken, or None if there is none."""
    backups = list_backups(database)
    if not backups:
        return None
    return dt.datetime.now(dt.UTC) - backups[0].taken_at
