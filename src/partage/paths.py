"""Where Partage keeps its own files, from platformdirs.

``PARTAGE_HOME`` (an environment variable) puts every folder below one directory instead;
tests and portable installs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_APP = "Partage"
DEFAULT_BACKUP_KEEP = 10
MIN_BACKUP_KEEP, MAX_BACKUP_KEEP = 1, 100

# This computer's backup choices (Edit › Preferences), set once the preferences are read.
_backup_folder: Path | None = None
_backup_keep = DEFAULT_BACKUP_KEEP


def _home() -> Path | None:
    value = os.environ.get("PARTAGE_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's data folder (backups, the demo database)."""
    home = _home()
    return _ensure(home / "data" if home else platformdirs.user_data_path(_APP, False))


def config_dir() -> Path:
    """The user's configuration folder (preferences, recent files)."""
    home = _home()
    return _ensure(home / "config" if home else platformdirs.user_config_path(_APP, False))


def log_dir() -> Path:
    """The user's log folder."""
    home = _home()
    return _ensure(home / "logs" if home else platformdirs.user_log_path(_APP, False))


def default_backup_dir() -> Path:
    """Where backups are written when no folder is chosen: the data folder's ``backups``."""
    return _ensure(data_dir() / "backups")


def backup_dir() -> Path:
    """Where automatic and manual backups are written: the folder chosen, or the default.

    The chosen folder is not created here (it may be on a drive not mounted just now);
    the backup code creates it and says so when it cannot.
    """
    return _backup_folder if _backup_folder is not None else default_backup_dir()


def backup_keep() -> int:
    """How many backups of each database are kept."""
    return _backup_keep


def set_backup_choices(folder: Path | None, keep: int) -> None:
    """Use *folder* (None: the default) and keep *keep* backups of each database."""
    global _backup_folder, _backup_keep
    _backup_folder = folder
    _backup_keep = min(MAX_BACKUP_KEEP, max(MIN_BACKUP_KEEP, keep))


def backup_choices_from(folder: object, keep: object) -> tuple[Path | None, int]:
    """The backup folder and count from the preferences' raw values (``backups/folder``,
    ``backups/keep``): an empty folder is the default one; a bad count the default count."""
    text = str(folder or "").strip()
    try:
        count = int(str(keep))
    except ValueError:
        count = DEFAULT_BACKUP_KEEP
    return (Path(text).expanduser() if text else None,
            min(MAX_BACKUP_KEEP, max(MIN_BACKUP_KEEP, count)))


def load_backup_choices() -> None:
    """Follow this computer's backup choices (Edit › Preferences) in a process without a
    window, such as the command line: they are read from the preferences file."""
    from PySide6.QtCore import QSettings  # the core module only: no display needed

    settings = QSettings(str(config_dir() / "partage.ini"), QSettings.Format.IniFormat)
    set_backup_choices(*backup_choices_from(settings.value("backups/folder", ""),
                                            settings.value("backups/keep", DEFAULT_BACKUP_KEEP)))


def log_file() -> Path:
    """The log file a bug report points to."""
    return log_dir() / "partage.log"
