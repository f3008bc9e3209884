"""The person's preferences, in an INI file in Partage's configuration folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from partage import paths

MAX_RECENT = 8
LANGUAGE_CHOICES = ("system", "fr", "en")


class Preferences:
    """Language, display name, recent files, last file and window geometry.

    Stored with QSettings in ``paths.config_dir() / "partage.ini"``, so ``PARTAGE_HOME``
    isolates them like every other Partage file.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            str(paths.config_dir() / "partage.ini"), QSettings.Format.IniFormat
        )

    @property
    def language(self) -> str:
        """``system``, ``fr`` or ``en``."""
        value = str(self._settings.value("language", "system"))
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value if value in LANGUAGE_CHOICES else "system")

    @property
    def display_name(self) -> str:
        """The name recorded in the history of changes; empty means the login name."""
        return str(self._settings.value("display_name", "")).strip()

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._settings.setValue("display_name", " ".join(value.split()))

    def recent_files(self) -> list[str]:
        """Databases opened lately, newest first (file paths or server addresses)."""
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(item) for item in value if str(item)]

    def add_recent(self, target: str) -> None:
        """Put *target* first in the recent files."""
        recent = [target] + [item for item in self.recent_files() if item != target]
        self._settings.setValue("recent_files", recent[:MAX_RECENT])

    def remove_recent(self, target: str) -> None:
        """Forget *target* from the recent files."""
        self._settings.setValue(
            "recent_files", [item for item in self.recent_files() if item != target]
        )

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self._settings.setValue("recent_files", [])

    @property
    def last_file(self) -> str:
        """The database open when Partage was last closed, or ``""``."""
        return str(self._settings.value("last_file", ""))

    @last_file.setter
    def last_file(self, value: str) -> None:
        self._settings.setValue("last_file", value)

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's saved geometry (empty when never saved)."""
        value = self._settings.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def section(self) -> str:
        """The section of the main window shown last (``calendar``, ``assets``...)."""
        return str(self._settings.value("window/section", ""))

    @section.setter
    def section(self, value: str) -> None:
        self._settings.setValue("window/section", value)

    def sync(self) -> None:
        """Write the preferences to disk now."""
        self._settings.sync()
