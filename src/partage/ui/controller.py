"""The application's state: preferences, the open database, the change bus, the window.

The window is rebuilt when the language changes; the controller outlives it and hands
the open database to the new one.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject

from partage import paths
from partage.errors import DatabaseMissing, PartageError
from partage.i18n import install_translations, resolve_language
from partage.services.workspace import (
    DATABASE_SUFFIX,
    Actor,
    BackupPolicy,
    Database,
    backup_database,
    open_workspace,
)
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.main_window import MainWindow
from partage.ui.messages import inform
from partage.ui.preferences import Preferences
from partage.ui.worker import Cancelled, JobControl, run_with_progress

log = logging.getLogger(__name__)


def new_demo_path() -> Path:
    """A new file name for a demo database, in the data folder: demo-YYYYMMDD-HHMMSS."""
    folder = paths.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"demo-{stamp}{DATABASE_SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"demo-{stamp}-{number}{DATABASE_SUFFIX}"
        number += 1
    return path


def remembered_target(target: str) -> str:
    """*target* as kept in the recent files: a server address loses its password."""
    scheme, sep, rest = target.partition("://")
    if not sep:
        return str(Path(target).expanduser().absolute())
    credentials, at, host = rest.rpartition("@")
    if at and ":" in credentials:
        # The password stays out of the preferences file; libpq finds it in ~/.pgpass.
        return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
    return target


class AppController(QObject):
    """Opens, creates and closes databases for the main window, and rebuilds it.

    Attributes:
        preferences: the person's stored preferences.
        bus: the change bus every view listens to.
        database: the open database, or None.
        window: the main window.
    """

    def __init__(self, preferences: Preferences | None = None,
                 bus: ChangeBus | None = None) -> None:
        super().__init__()
        self.preferences = preferences or Preferences()
        self.bus = bus or ChangeBus(self)
        self.database: Database | None = None
        self.window = MainWindow(self)
        geometry = self.preferences.window_geometry
        if not geometry.isEmpty():
            self.window.restoreGeometry(geometry)

    def actor(self) -> Actor:
        """Who writes: the login user, under the display name of the preferences."""
        return Actor.current(self.preferences.display_name or None)

    # --- opening and closing ---------------------------------------------------------

    def start(self, target: str | None = None, *, demo: bool = False) -> MainWindow:
        """Show the window and open *target*, a demo copy, or the last database."""
        self.window.welcome.set_recent_files(self.preferences.recent_files())
        self.window.show()
        if demo:
            self.open_demo()
        elif target:
            self.open_target(target)
        else:
            self.reopen_last()
        return self.window

    def reopen_last(self) -> bool:
        """Open the database open when Partage was last closed, if it still opens.

        A file that is gone (a network drive not connected yet) leaves the welcome screen
        without a message; any other problem with it is explained.
        """
        last = self.preferences.last_file
        if not last:
            return False
        try:
            database = open_workspace(last, actor=self.actor())
        except DatabaseMissing:
            log.info("last database %s is gone", last)
            return False
        except PartageError as error:
            show_error(self.window, error)
            return False
        self.set_database(database, last)
        return True

    def open_target(self, target: str) -> bool:
        """Open the database at *target* (file or server URL); explain it if it cannot be."""
        try:
            database = open_workspace(target, actor=self.actor())
        except PartageError as error:
            show_error(self.window, error)
            if isinstance(error, DatabaseMissing):
                self.preferences.remove_recent(remembered_target(target))
                if self.database is None:
                    self.window.show_welcome()
            return False
        self.set_database(database, target)
        return True

    def set_database(self, database: Database, target: str | None = None) -> None:
        """Show *database* (closing the one open before) and remember it."""
        previous, self.database = self.database, database
        if previous is not None and previous is not database:
            previous.close()
        remembered = remembered_target(target or str(database.path or database.location))
        self.preferences.add_recent(remembered)
        self.preferences.last_file = remembered
        self.window.show_database(database, self.preferences.section)

    def close_database(self) -> None:
        """Close the open database and go back to the welcome screen."""
        self._remember_window()
        if self.database is not None:
            self.database.close()
            self.database = None
        self.preferences.last_file = ""
        self.window.show_welcome()

    def open_demo(self) -> bool:
        """Create a fresh copy of the demo database (off the GUI thread) and open it."""
        path = new_demo_path()
        actor = self.actor()

        def build(control: JobControl) -> Database:
            from partage.services.demo import create_demo

            control.check()
            create_demo(path).close()
            if control.cancelled:
                path.unlink(missing_ok=True)
                raise Cancelled
            # Reopened under the person's own name for the history; a throw-away copy
            # needs no backup.
            return open_workspace(path, actor=actor, backup=BackupPolicy(enabled=False))

        try:
            database = run_with_progress(
                self.window, self.tr("Demo"), build, label=self.tr("Creating the demo database…")
            )
        except Cancelled:
            return False
        except PartageError as error:
            show_error(self.window, error)
            return False
        self.set_database(database, str(path))
        return True

    def backup_now(self) -> None:
        """File > Backup now: copy the database into its backup folder, then say where."""
        database = self.database
        if database is None:
            return

        def backup(control: JobControl) -> Path:
            control.check()
            made = backup_database(database)
            if control.cancelled:
                made.unlink(missing_ok=True)
                raise Cancelled
            return made

        try:
            made = run_with_progress(
                self.window, self.tr("Backup"), backup, label=self.tr("Backing up the database…")
            )
        except Cancelled:
            return
        except PartageError as error:
            show_error(self.window, error)
            return
        inform(
            self.window,
            self.tr("Backup done"),
            self.tr("The database was backed up to:\n{path}").format(path=made),
        )

    def clear_recent(self) -> None:
        """Forget the recent databases."""
        self.preferences.clear_recent()
        if self.database is None:
            self.window.welcome.set_recent_files([])

    # --- preferences and the window ---------------------------------------------------

    def apply_preferences(self, language: str, display_name: str) -> None:
        """Store the preferences; a new language rebuilds the window in that language."""
        self.preferences.display_name = display_name
        if self.database is not None:
            self.database.actor = self.actor()
        changed = language != self.preferences.language
        self.preferences.language = language
        self.preferences.sync()
        if changed:
            install_translations(resolve_language(language))
            self.rebuild_window()

    def rebuild_window(self) -> MainWindow:
        """Replace the window by a new one (in the language now installed)."""
        old = self.window
        section = old.current_section()
        self.window = MainWindow(self)
        self.window.restoreGeometry(old.saveGeometry())
        if self.database is not None:
            self.window.show_database(self.database, section)
        self.window.show()
        old.replaced = True
        old.close()
        old.deleteLater()
        return self.window

    def _remember_window(self) -> None:
        self.preferences.window_geometry = self.window.saveGeometry()
        if self.window.current_section():
            self.preferences.section = self.window.current_section()

    def window_closing(self, window: MainWindow) -> None:
        """The window is closing for good: remember it, close the database."""
        self._remember_window()
        if self.database is not None:
            self.database.close()
            self.database = None
        self.preferences.sync()
