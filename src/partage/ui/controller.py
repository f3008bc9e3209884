"""The application's state: preferences, the open database, the change bus, the window.

The window is rebuilt when the language changes; the controller outlives it and hands
the open database to the new one.

Start-up is measured from process start to the window's first paint: this module and the
window import no service, so SQLAlchemy is loaded only when a database is opened, just
after the window has painted its frame.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from partage import paths
from partage.errors import DatabaseMissing, PartageError
from partage.i18n import error_text, install_translations, resolve_language
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.main_window import MainWindow
from partage.ui.messages import confirm, inform
from partage.ui.preferences import Preferences, apply_theme
from partage.ui.worker import Cancelled, JobControl, run_with_progress, start_job

if TYPE_CHECKING:
    from partage.services.workspace import Actor, Database
    from partage.ui.live import LiveSharing

log = logging.getLogger(__name__)

# If the window system never says the window is on screen (it starts minimised), the
# database is opened anyway after this long.
OPEN_WITHOUT_PAINT_MS = 1000
BACKED_UP_MESSAGE_MS = 5000


def new_demo_path() -> Path:
    """A new file name for a demo database, in the data folder: demo-YYYYMMDD-HHMMSS."""
    from partage.services.workspace import DATABASE_SUFFIX

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

    Signals:
        shown: the main window was painted for the first time.
        ready: start-up is over: the first section has painted its data, or the welcome
            screen is up (no database, or it could not be opened).
        backed_up(path): the automatic backup taken after opening was written (an empty
            string when it was not needed: a server, a read-only file).
    """

    shown = Signal()
    ready = Signal()
    backed_up = Signal(str)

    def __init__(self, preferences: Preferences | None = None,
                 bus: ChangeBus | None = None) -> None:
        super().__init__()
        self.preferences = preferences or Preferences()
        apply_theme(self.preferences.theme)
        self.preferences.apply_backup_choices()  # automatic backups go where chosen
        self.bus = bus or ChangeBus(self)
        self.database: Database | None = None
        self.live: LiveSharing | None = None
        self._starting = False
        self._was_shown = False
        self._pending_open: Callable[[], None] | None = None
        self._backup_due: Database | None = None
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.timeout.connect(self._open_pending)
        self.window = self._new_window()
        geometry = self.preferences.window_geometry
        if not geometry.isEmpty():
            self.window.restoreGeometry(geometry)

    def _new_window(self) -> MainWindow:
        window = MainWindow(self)
        window.exposed.connect(self._window_exposed)
        window.view_painted.connect(self._view_painted)
        return window

    # --- live sharing ------------------------------------------------------------------

    def _start_live(self, database: Database) -> None:
        """Watch *database* for other people and their changes, and announce this window."""
        from partage.ui.live import LiveSharing

        self._stop_live()
        self.live = LiveSharing(database, parent=self)
        self._connect_live(self.window)
        self.live.start()

    def _connect_live(self, window: MainWindow) -> None:
        live = self.live
        if live is None:
            return
        live.looked.connect(window.show_sharing)
        live.changed_elsewhere.connect(window.refresh_after_remote_change)
        live.trouble.connect(window.show_trouble)
        if live.last is not None:
            window.show_sharing(live.last)

    def _stop_live(self) -> None:
        live, self.live = self.live, None
        if live is not None:
            live.stop()
            live.deleteLater()

    def actor(self) -> Actor:
        """Who writes: the login user, under the display name of the preferences."""
        from partage.services.workspace import Actor

        return Actor.current(self.preferences.display_name or None)

    # --- start-up ----------------------------------------------------------------------

    def start(self, target: str | None = None, *, demo: bool = False) -> MainWindow:
        """Show the window, then open *target*, a demo copy, or the last database.

        The window paints first (with "Opening …" when a database is on its way); the
        database is opened right after its first paint. ``shown`` and then ``ready`` tell
        how far start-up has gone.
        """
        self.window.welcome.set_recent_files(self.preferences.recent_files())
        self._starting = True
        if demo:
            self._pending_open = self._open_demo_at_start
        elif target or self.preferences.last_file:
            chosen = target or self.preferences.last_file
            self.window.show_opening(remembered_target(chosen), self.preferences.section)
            self._pending_open = lambda: self._open_at_start(chosen, last=not target)
        else:
            self._pending_open = self._end_start  # the welcome screen is all there is
        self.window.show()
        self._open_timer.start(OPEN_WITHOUT_PAINT_MS)
        return self.window

    def _window_exposed(self) -> None:
        if not self._was_shown:
            self._was_shown = True
            self.shown.emit()
        # A turn of the event loop later, so whatever listens to `shown` runs first.
        self._open_timer.start(0)

    def _open_pending(self) -> None:
        self._open_timer.stop()
        pending, self._pending_open = self._pending_open, None
        if pending is not None:
            pending()

    def _open_at_start(self, target: str, *, last: bool) -> None:
        """Open *target* on the worker thread while the window says "Opening …".

        The window stays live however long a file on a slow drive takes to check. A last
        file that is gone leaves the welcome screen without a message.
        """
        from partage.services.workspace import cloud_folder_of

        name = self.preferences.display_name or None
        if cloud_folder_of(target) is not None:
            chosen = self.confirm_cloud_folder(target)
            if chosen is None:
                self.window.show_welcome()
                self._end_start()
                return
            target = chosen

        def open_it(control: JobControl) -> Database:
            from partage.services.workspace import DEFERRED_BACKUP, Actor, open_workspace

            # The automatic backup is taken once the first section has painted.
            return open_workspace(target, actor=Actor.current(name), backup=DEFERRED_BACKUP)

        job = start_job(open_it)
        job.succeeded.connect(lambda database: self._opened_at_start(database, target))
        job.failed.connect(lambda error: self._not_opened_at_start(error, target, last))

    def _opened_at_start(self, database: Database, target: str) -> None:
        if not self._starting or self.database is not None:
            database.close()  # the window was closed, or another database opened meanwhile
            return
        self.set_database(database, target, backup=True)

    def _not_opened_at_start(self, error: BaseException, target: str, last: bool) -> None:
        if not self._starting or self.database is not None:
            return
        self.window.show_welcome()
        if isinstance(error, DatabaseMissing) and last:
            log.info("last database %s is gone", target)
        else:
            if isinstance(error, DatabaseMissing):
                self._forget(target)
            show_error(self.window, error)
        self._end_start()

    def _open_demo_at_start(self) -> None:
        if not self.open_demo():
            self._end_start()

    def _view_painted(self) -> None:
        if self._starting:
            self._end_start()
        database, self._backup_due = self._backup_due, None
        if database is not None and database is self.database:
            self._start_automatic_backup(database)

    def _end_start(self) -> None:
        if self._starting:
            self._starting = False
            self.ready.emit()

    # --- opening and closing ---------------------------------------------------------

    def open_target(self, target: str) -> bool:
        """Open the database at *target* (file or server URL); explain it if it cannot be.

        A file in a cloud-sync folder is explained first, with a local copy offered. The
        file is opened off the interface thread: a file kept busy by another computer,
        or a slow drive, leaves the window live, and ends with a message.
        """
        from partage.services.workspace import DEFERRED_BACKUP, open_workspace

        chosen = self.confirm_cloud_folder(target)
        if chosen is None:
            return False
        actor = self.actor()

        def open_it(control: JobControl) -> Database:
            # The automatic backup is taken from the worker once the first view is painted.
            database = open_workspace(chosen, actor=actor, backup=DEFERRED_BACKUP)
            if control.cancelled:  # the person gave up waiting: nothing stays open
                database.close()
                raise Cancelled
            return database

        try:
            database = run_with_progress(
                self.window, self.tr("Opening"), open_it,
                label=self.tr("Opening {file}…").format(file=remembered_target(chosen)),
            )
        except Cancelled:
            return False
        except PartageError as error:
            show_error(self.window, error)
            if isinstance(error, DatabaseMissing):
                self._forget(chosen)
                if self.database is None:
                    self.window.show_welcome()
            return False
        self.set_database(database, chosen, backup=True)
        return True

    def confirm_cloud_folder(self, target: str) -> str | None:
        """*target*, or a local copy of it, or None: asked when it is in a cloud folder."""
        from partage.services.workspace import cloud_folder_of

        cloud = cloud_folder_of(target)
        if cloud is None:
            return target
        from partage.ui.cloud_dialog import CloudChoice, CloudFolderDialog

        dialog = CloudFolderDialog(target, cloud.service, self.window)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if choice is CloudChoice.OPEN_ANYWAY:
            return target
        if choice is CloudChoice.LOCAL_COPY:
            return self._local_copy_of(Path(target))
        return None

    def _local_copy_of(self, source: Path) -> str | None:
        """Copy *source* to the local documents folder (with progress); the copy's path."""
        from partage.services.workspace import make_local_copy

        def copy(control: JobControl) -> Path:
            def progress(done: int, total: int) -> None:
                control.report(done, total)
                control.check()

            return make_local_copy(source, progress=progress)

        try:
            made = run_with_progress(self.window, self.tr("Local copy"), copy,
                                     label=self.tr("Copying the database to this computer…"))
        except Cancelled:
            return None
        except PartageError as error:
            show_error(self.window, error)
            return None
        inform(
            self.window,
            self.tr("Local copy"),
            self.tr("You now work on a copy on this computer:\n{copy}").format(copy=made),
            self.tr("The file in the cloud folder was left as it is. Nobody else sees the "
                    "changes you make to this copy."),
        )
        return str(made)

    def work_on_local_copy(self) -> None:
        """The cloud banner's button: copy the open file to this computer and open that."""
        database = self.database
        if database is None or database.path is None:
            return
        made = self._local_copy_of(database.path)
        if made is not None:
            self.open_target(made)

    def _forget(self, target: str) -> None:
        self.preferences.remove_recent(remembered_target(target))
        self.window.welcome.set_recent_files(self.preferences.recent_files())

    def set_database(self, database: Database, target: str | None = None, *,
                     backup: bool = False) -> None:
        """Show *database* (closing the one open before) and remember it.

        With *backup*, the automatic backup is taken off the GUI thread once the first
        section has painted (a database opened with ``DEFERRED_BACKUP`` has none yet).
        """
        previous, self.database = self.database, database
        if previous is not database:
            self._stop_live()
        if previous is not None and previous is not database:
            previous.close()
        remembered = remembered_target(target or str(database.path or database.location))
        self.preferences.add_recent(remembered)
        self.preferences.last_file = remembered
        self._backup_due = database if backup else None
        self.window.show_database(database, self.preferences.section)
        if self.live is None:
            self._start_live(database)

    def _start_automatic_backup(self, database: Database) -> None:
        """Back up *database* on the worker thread, quietly: a log line and a status word."""
        from partage.services.workspace import automatic_backup

        def backup(control: JobControl) -> Path | None:
            return automatic_backup(database)

        job = start_job(backup)
        job.succeeded.connect(lambda made: self._automatic_backup_done(database, made))
        job.failed.connect(lambda error: self._automatic_backup_failed(database, error))

    def _automatic_backup_done(self, database: Database, made: Path | None) -> None:
        if made is None:
            log.info("no automatic backup needed for %s", database.location)
        else:
            log.info("automatic backup of %s written to %s", database.location, made)
        if database is self.database:
            if made is not None:
                self.window.statusBar().showMessage(self.tr("Backed up"), BACKED_UP_MESSAGE_MS)
            self.backed_up.emit(str(made or ""))

    def _automatic_backup_failed(self, database: Database, error: BaseException) -> None:
        # The database is open and unharmed; the person is told in the status bar, which
        # stays until another message replaces it, and the log has the details.
        if isinstance(error, PartageError):
            log.warning("automatic backup of %s failed: %s", database.location, error)
            reason = error_text(error)
        else:
            log.error("automatic backup of %s failed", database.location,
                      exc_info=(type(error), error, error.__traceback__))
            reason = self.tr("see the log file, {path}").format(path=paths.log_file())
        if database is self.database:
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: {reason}").format(reason=reason)
            )

    def close_database(self) -> None:
        """Close the open database and go back to the welcome screen."""
        self._remember_window()
        self._stop_live()
        if self.database is not None:
            self.database.close()
            self.database = None
        self.preferences.last_file = ""
        self.window.show_welcome()

    def open_demo(self) -> bool:
        """Create a fresh copy of the demo database (off the GUI thread) and open it."""
        from partage.services.workspace import BackupPolicy, open_workspace

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
        from partage.services.workspace import backup_database

        database = self.database
        if database is None:
            return

        def backup(control: JobControl) -> Path:
            def progress(done: int, total: int) -> None:
                control.report(done, total)
                control.check()  # Cancel stops the copy between two steps

            control.check()
            return backup_database(database, progress=progress)

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

    def restore_backup(self) -> None:
        """File > Restore: choose one of the file's backups and put it back in place."""
        from partage.services.workspace import list_backups, restore_backup
        from partage.ui.restore_dialog import RestoreDialog

        database = self.database
        if database is None or database.path is None or database.read_only:
            return
        dialog = RestoreDialog(list_backups(database), self.window)
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return
        if not confirm(
            self.window,
            self.tr("Restore a backup"),
            self.tr("Put the database back as it was on {date}? Everything changed since "
                    "then is replaced; the database as it is now is backed up first.").format(
                date=dialog.date_text(chosen)),
            self.tr("Restore"),
        ):
            return
        live = self.live
        own_session = live.session_id if live is not None else None
        # This window stops announcing itself: it must not count as someone else, and
        # its heartbeat must not write during the restore.
        self._stop_live()

        def restore(control: JobControl) -> tuple[Database, Path]:
            return restore_backup(database, chosen.path, own_session=own_session)

        done = False
        try:
            restored, before = run_with_progress(
                self.window, self.tr("Restore"), restore,
                label=self.tr("Checking that nobody else has the database open, then "
                              "restoring…"),
            )
            done = True
        except Cancelled:
            return
        except PartageError as error:
            show_error(self.window, error)
            return
        finally:
            if not done:  # refused or failed: this window is back among the others
                self._start_live(database)
        self.database = None  # already closed by the restore
        self.set_database(restored, str(restored.path))
        inform(
            self.window,
            self.tr("Backup restored"),
            self.tr("The database is back as it was on {date}.").format(
                date=dialog.date_text(chosen)),
            self.tr("The database as it was just before is kept in:\n{path}").format(
                path=before),
        )

    def clear_recent(self) -> None:
        """Forget the recent databases."""
        self.preferences.clear_recent()
        if self.database is None:
            self.window.welcome.set_recent_files([])

    # --- preferences and the window ---------------------------------------------------

    def apply_preferences(
        self, language: str, display_name: str, theme: str | None = None
    ) -> None:
        """Store the preferences; a new language rebuilds the window in that language."""
        if theme is not None and theme != self.preferences.theme:
            self.preferences.theme = theme
            apply_theme(theme)
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
        self.window = self._new_window()
        self.window.restoreGeometry(old.saveGeometry())
        if self.database is not None:
            self.window.show_database(self.database, section)
            self._connect_live(self.window)
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
        self._open_timer.stop()
        self._pending_open = None
        self._backup_due = None
        self._starting = False
        self._remember_window()
        self._stop_live()
        if self.database is not None:
            self.database.close()
            self.database = None
        self.preferences.sync()
