"""The person's preferences, in an INI file in Partage's configuration folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from partage import paths

MAX_RECENT = 8
LANGUAGE_CHOICES = ("system", "fr", "en")


THEMES = ("system", "light", "dark")


_palette_set = False  # the application's palette was set here, not by the system


def dark_palette() -> QPalette:
    """A dark palette, for platforms that cannot switch their own colours."""
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, window),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 90, 90)),
        (role.Link, QColor(100, 170, 255)),
        (role.Highlight, QColor(42, 110, 187)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.PlaceholderText, QColor(150, 150, 150)),
    ):
        palette.setColor(which, colour)
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, which, QColor(120, 120, 120))
    return palette


def apply_theme(theme: str) -> None:
    """Light, dark, or the system's colours, for the whole application.

    Asks the platform first (Qt 6.8's colour scheme); where it cannot switch (some Linux
    desktops, the offscreen platform), the application's palette is set instead.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme, Qt.ColorScheme.Unknown
    )
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    global _palette_set
    style = app.style()
    if theme == "system":
        if _palette_set:  # undo ours; never override the system's own colours otherwise
            app.setPalette(style.standardPalette())
            _palette_set = False
    elif hints.colorScheme() != scheme:
        app.setPalette(dark_palette() if theme == "dark" else style.standardPalette())
        _palette_set = True


class Preferences:
    """Language, theme, display name, backups, recent files, last file, window geometry.

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
    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        value = str(self._settings.value("theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("theme", value if value in THEMES else "system")

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

    @property
    def backup_folder(self) -> str:
        """The folder chosen for backups, or ``""`` for the user data folder's."""
        return str(self._settings.value("backups/folder", "") or "").strip()

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._settings.setValue("backups/folder", value.strip())

    @property
    def backup_keep(self) -> int:
        """How many backups of each database are kept."""
        try:
            value = int(str(self._settings.value("backups/keep", paths.DEFAULT_BACKUP_KEEP)))
        except ValueError:
            return paths.DEFAULT_BACKUP_KEEP
        return min(paths.MAX_BACKUP_KEEP, max(paths.MIN_BACKUP_KEEP, value))

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self._settings.setValue(
            "backups/keep", min(paths.MAX_BACKUP_KEEP, max(paths.MIN_BACKUP_KEEP, value))
        )

    def apply_backup_choices(self) -> None:
        """Make every backup this process takes follow these preferences."""
        paths.set_backup_choices(*paths.backup_choices_from(self.backup_folder,
                                                            self.backup_keep))

    def sync(self) -> None:
        """Write the preferences to disk now."""
        self._settings.sync()
