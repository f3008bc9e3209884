"""Where Partage keeps its own files, from platformdirs.

``PARTAGE_HOME`` (an environment variable) puts every folder below one directory instead;
tests and portable installs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_APP = "Partage"


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


def backup_dir() -> Path:
    """Where automatic and manual backups are written."""
    return _ensure(data_dir() / "backups")


def log_file() -> Path:
    """The log file a bug report points to."""
    return log_dir() / "partage.log"
