"""Opening and creating databases, for the GUI and the CLI (which never touch storage)."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from partage import paths
from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.storage import (
    Actor,
    BackupPolicy,
    Database,
    create_database,
    is_url,
    open_database,
    presence,
)
from partage.storage import backup as backups
from partage.storage.cloud import CloudFolder, cloud_folder_of_file
from partage.storage.database import read_only_error
from partage.storage.location import is_network_path
from partage.storage.restore import check_backup, restore_file

DEFAULT_CURRENCY = "CAD"
DEFAULT_TIMEZONE = "America/Montreal"
DATABASE_SUFFIX = ".partage"

# The GUI backs up at every open, but off the start-up path: it opens with DEFERRED_BACKUP
# and calls automatic_backup() from its worker once the window is up. The CLI backs up at
# open, at most hourly, so scripts do not flood the folder.
GUI_BACKUPS = BackupPolicy()
DEFERRED_BACKUP = BackupPolicy(enabled=False)
CLI_BACKUPS = BackupPolicy(min_interval=dt.timedelta(hours=1))

__all__ = [
    "CLI_BACKUPS",
    "DATABASE_SUFFIX",
    "DEFERRED_BACKUP",
    "GUI_BACKUPS",
    "Actor",
    "BackupEntry",
    "BackupPolicy",
    "CloudFolder",
    "Database",
    "OrganisationSettings",
    "automatic_backup",
    "backup_database",
    "check_backup_folder",
    "cloud_folder_of",
    "create_workspace",
    "describe_location",
    "is_url",
    "list_backups",
    "make_local_copy",
    "open_workspace",
    "organisation_settings",
    "restore_backup",
    "working_copy_folder",
]


@dataclass(frozen=True)
class OrganisationSettings:
    """Database-wide settings chosen when the database is created."""

    name: str = ""
    currency: str = DEFAULT_CURRENCY
    timezone: str = DEFAULT_TIMEZONE
    language: str = "fr"


@dataclass(frozen=True)
class Location:
    """Where the open database lives, for the status bar."""

    label: str
    network: bool
    server: bool


def validate_settings(
    settings: OrganisationSettings, *, name_required: bool = False
) -> OrganisationSettings:
    """*settings* checked as ``settings set`` checks them (``document_settings``): a
    three-letter currency, a known time zone, fr or en, a name of at most 200 characters
    without control characters (empty only when not *name_required*).

    Raises:
        ValidationError: a value that cannot be used.
    """
    from partage.services import document_settings as documents

    return OrganisationSettings(
        name=documents.check_organisation_name(settings.name, required=name_required),
        currency=documents.check_currency(settings.currency),
        timezone=documents.check_timezone(settings.timezone),
        language=documents.check_language(settings.language),
    )


def create_workspace(
    target: str | Path,
    settings: OrganisationSettings,
    *,
    actor: Actor | None = None,
    name_required: bool = False,
) -> Database:
    """Create a new Partage database at *target* (a file path or a server URL).

    *name_required*: the organisation's name was given, so it may not be empty.
    """
    settings = validate_settings(settings, name_required=name_required)
    return create_database(
        target,
        {
            "organisation_name": settings.name,
            "currency": settings.currency,
            "timezone": settings.timezone,
            "language": settings.language,
        },
        actor=actor,
    )


def open_workspace(
    target: str | Path,
    *,
    actor: Actor | None = None,
    read_only: bool = False,
    backup: BackupPolicy = GUI_BACKUPS,
) -> Database:
    """Open an existing Partage database; see ``storage.open_database`` for the checks."""
    return open_database(target, actor=actor, read_only=read_only, backup=backup)


def organisation_settings(db: Database) -> OrganisationSettings:
    """The database-wide settings, checked as ``settings set`` checks them.

    Raises:
        DamagedDatabase: a stored setting cannot be used (naming it).
    """
    from partage.services import document_settings as documents

    settings = documents.load(db)
    return OrganisationSettings(
        name=settings.name,
        currency=settings.currency,
        timezone=settings.timezone,
        language=settings.language,
    )


def describe_location(db: Database) -> Location:
    """Where *db* lives: its file (and whether on a network drive) or its server."""
    if db.path is None:
        return Location(label=db.location, network=True, server=True)
    return Location(label=str(db.path), network=is_network_path(db.path), server=False)


def automatic_backup(
    db: Database,
    policy: BackupPolicy = GUI_BACKUPS,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path | None:
    """The backup taken when a file is opened, run later (e.g. off the GUI thread).

    Returns the backup written, or None when the policy skips it (a server database, a
    read-only file, a backup younger than ``policy.min_interval``).
    """
    if db.path is None or db.read_only or not policy.enabled:
        return None
    age = backups.latest_backup_age(db.path)
    if age is not None and age < policy.min_interval:
        return None
    return backups.backup_now(db.path, reason="auto", keep=policy.keep, progress=progress)


def check_backup_folder(folder: Path) -> None:
    """Make sure backups can be written to *folder*, chosen in the preferences.

    Raises:
        DatabaseProblem: it cannot be made or written to (the message says why).
    """
    backups.check_folder(folder)


def backup_database(
    db: Database,
    destination: Path | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Back up *db* to *destination*, or into its rotated backup folder; return the file.

    *progress* is called with (pages copied, pages in all) as the copy goes.

    Raises:
        UsageError: *db* is on a server, whose own backup tools must be used.
    """
    if db.path is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A database on a server is backed up with the server's own tools "
                "(for PostgreSQL, pg_dump).",
            )
        )
    if destination is None:
        return backups.backup_now(db.path, reason="manual", progress=progress)
    if destination.is_dir():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        destination = destination / f"{db.path.stem}-{stamp}{DATABASE_SUFFIX}"
    backups.copy_database(db.path, destination, progress=progress)
    return destination


# --- backups to restore -----------------------------------------------------------------

_BACKUP_NAME = re.compile(r"-\d{8}-\d{6}(?:-\d{6})?-(?P<reason>[a-z-]+)$")


@dataclass(frozen=True)
class BackupEntry:
    """One backup of the open database, as listed by File > Restore.

    Attributes:
        reason: ``auto`` (taken at opening), ``manual`` (Backup now), ``before-upgrade``,
            ``before-restore``, or ``""`` when the name does not say.
    """

    path: Path
    taken_at: dt.datetime
    size: int
    reason: str


def list_backups(db: Database) -> list[BackupEntry]:
    """The backups of *db*'s file in its backup folder, newest first (none for a server)."""
    if db.path is None:
        return []
    entries = []
    for info in backups.list_backups(db.path):
        match = _BACKUP_NAME.search(info.path.stem)
        entries.append(BackupEntry(path=info.path, taken_at=info.taken_at, size=info.size,
                                   reason=match["reason"] if match else ""))
    return entries


def restore_backup(
    db: Database, backup: Path, *, own_session: str | None = None
) -> tuple[Database, Path]:
    """Put *backup* back in place of *db*'s file; return it reopened, and the copy of the
    file as it was just before.

    Nobody else may have the file open: their windows would keep showing, and saving,
    what the restore takes away. The file is backed up first, then overwritten in one
    atomic step. *db* is closed once the restore is done, and stays open when it fails.

    Raises:
        UsageError: a database on a server.
        ReadOnlyDatabase: the file cannot be written.
        OthersPresent: someone else has it open (named in the message).
        DatabaseProblem: the backup is damaged, foreign or newer; the file is busy.
    """
    if db.path is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A database on a server is restored with the server's own tools "
                "(for PostgreSQL, pg_restore).",
            )
        )
    if db.read_only:
        raise read_only_error(db.location)
    check_backup(backup)

    def read() -> list[presence.PresenceRow]:
        with db.read() as session:
            return presence.read_rows(session)

    people = presence.live_peers(read, own_session=own_session)
    if people:
        raise presence.restore_refused(db.location, people)
    # Kept beyond the usual rotation, so that the backup chosen is not the one rotated out.
    keep = max(paths.backup_keep(), len(backups.list_backups(db.path)) + 1)
    before = backups.backup_now(db.path, reason="before-restore", keep=keep)
    restore_file(db.path, backup, actor=db.actor)
    db.close()
    return open_database(db.path, actor=db.actor, backup=BackupPolicy(enabled=False)), before


# --- cloud-sync folders ------------------------------------------------------------------


def cloud_folder_of(target: str | Path) -> CloudFolder | None:
    """The cloud-sync folder (OneDrive, Dropbox...) holding the file *target*, or None."""
    if isinstance(target, str) and is_url(target):
        return None
    return cloud_folder_of_file(Path(target).expanduser())


def working_copy_folder() -> Path:
    """Where local working copies go: the documents folder's ``Partage`` folder.

    When the documents folder itself is synced (OneDrive's folder backup on Windows,
    iCloud's Desktop & Documents on macOS), the user data folder is used instead, which
    no service syncs.
    """
    home = os.environ.get("PARTAGE_HOME")
    documents = Path(home) / "documents" if home else platformdirs.user_documents_path()
    folder = documents / "Partage"
    if cloud_folder_of_file(folder) is not None:
        folder = paths.data_dir() / "working copies"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_local_copy(
    source: Path, *, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Copy the database *source* into ``working_copy_folder()``; return the new file.

    The copy is taken with SQLite's backup API, so it is whole even if someone writes
    meanwhile; an existing file is never overwritten. *source* is left as it is.
    """
    folder = working_copy_folder()
    target = folder / source.name
    number = 2
    while target.exists():
        target = folder / f"{source.stem} ({number}){source.suffix}"
        number += 1
    backups.copy_database(source, target, progress=progress)
    return target
