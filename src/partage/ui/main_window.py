"""The main window: a side bar of sections, the welcome screen, menus and status bar.

The window paints before any service is imported (start-up is measured up to its first
paint): the sections' views, the services and SQLAlchemy are imported when a database
is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import partage
from partage.changes import Change
from partage.ui.banner import Banner
from partage.ui.icons import icon, icon_size
from partage.ui.welcome import WelcomeScreen

if TYPE_CHECKING:
    from partage.errors import PartageError
    from partage.services.sharing import SharingSnapshot
    from partage.services.workspace import Database
    from partage.ui.controller import AppController
    from partage.ui.presence_panel import PresencePanel

WELCOME_PAGE, WORKSPACE_PAGE = 0, 1
SECTIONS = (
    "dashboard", "calendar", "assets", "members", "costs", "upkeep", "split", "balances",
    "statements",
)
# Other people's changes wait while a mouse button is down (a drag in the calendar).
REMOTE_REFRESH_RETRY_MS = 250
NAMES_IN_STATUS_BAR = 2


class MainWindow(QMainWindow):
    """What a person sees: the welcome screen, or the open database's sections.

    The window acts through its ``AppController``, which owns the open database.

    Signals:
        exposed: the window was painted for the first time (emitted once, just after).
        view_painted: the section shown by ``show_database`` was painted with its data
            (emitted once per ``show_database``, just after).
    """

    exposed = Signal()
    view_painted = Signal()

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.controller = controller
        self.replaced = False  # set when a new window (another language) takes over
        self.database: Database | None = None
        self.views: dict[str, QWidget] = {}
        self._painted = False
        self._awaited_view: QWidget | None = None

        self.welcome = WelcomeScreen(self)
        self.side_bar = QListWidget(self)
        self.side_bar.setAccessibleName(self.tr("Sections"))
        self.side_bar.addItems([
            self.tr("Dashboard"), self.tr("Calendar"), self.tr("Assets"), self.tr("Members"),
            self.tr("Costs"), self.tr("Upkeep"), self.tr("Split"), self.tr("Balances"),
            self.tr("Statements"),
        ])
        self.side_bar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.side_bar.fontMetrics()
        self.side_bar.setIconSize(icon_size(metrics.height()))
        for row, name in enumerate(SECTIONS):
            self.side_bar.item(row).setIcon(icon(name))
        width = max(metrics.horizontalAdvance(self.side_bar.item(row).text())
                    for row in range(self.side_bar.count()))
        width += metrics.averageCharWidth() * 6 + self.side_bar.iconSize().width()
        for row in range(self.side_bar.count()):
            self.side_bar.item(row).setSizeHint(QSize(width, metrics.height() * 2))
        self.side_bar.setFixedWidth(width + 2 * self.side_bar.frameWidth())
        self.sections = QStackedWidget(self)
        self.opening_page = QWidget(self.sections)  # the empty section while a file opens
        self.sections.addWidget(self.opening_page)
        workspace = QWidget(self)
        self.read_only_banner = Banner(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.cloud_banner = Banner(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.trouble_banner = Banner(QStyle.StandardPixmap.SP_MessageBoxCritical, self)
        self.cloud_banner.action_clicked.connect(controller.work_on_local_copy)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.side_bar)
        body.addWidget(self.sections, 1)
        workspace_layout = QVBoxLayout(workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        for banner in (self.trouble_banner, self.read_only_banner, self.cloud_banner):
            workspace_layout.addWidget(banner)
        workspace_layout.addLayout(body, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)
        self.setAcceptDrops(True)  # a database file dropped on the window opens it

        self.location_label = QLabel(self)
        self.location_kind_label = QLabel(self)
        self.read_only_label = QLabel(self.tr("Read-only"), self)
        font = self.read_only_label.font()
        font.setBold(True)
        self.read_only_label.setFont(font)
        self.presence_button = QToolButton(self)
        self.presence_button.setAutoRaise(True)
        self.presence_button.setAccessibleName(self.tr("Who is here"))
        self.presence_button.clicked.connect(self._toggle_presence_panel)
        self.last_change_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.location_label, 1)
        # A passing message ("Backed up", "Saving…") takes the path's place rather than
        # being drawn over it; the path comes back when the message goes.
        status.messageChanged.connect(lambda text: self.location_label.setVisible(not text))
        status.addPermanentWidget(self.presence_button)
        status.addPermanentWidget(self.last_change_label)
        status.addPermanentWidget(self.read_only_label)
        status.addPermanentWidget(self.location_kind_label)
        self.presence_panel: PresencePanel | None = None  # made when a database is shown
        self._remote_refresh_due = False
        self._remote_changes = Change.NONE
        # Why the trouble banner shows, by cause ("live": the watch cannot reach the
        # database; "read": a section's read failed): it goes when the last cause does.
        self._troubles: dict[str, str] = {}
        self._closing_when_idle = False  # a close waits for the operations under way

        self._build_menus()
        self.welcome.new_requested.connect(self.new_database)
        self.welcome.open_requested.connect(self.open_database)
        self.welcome.demo_requested.connect(controller.open_demo)
        self.welcome.recent_chosen.connect(controller.open_target)
        self.side_bar.currentRowChanged.connect(self._section_chosen)

        self.resize(self._default_size())
        self.show_welcome()

    def _default_size(self) -> QSize:
        """Room for the tables' columns, within most of the screen."""
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        wanted = QSize(char * 190, line * 45)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    # --- menus -----------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None,
                icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New…"), self.new_database, keys.New,
                                       "new")
        self.open_action = self._action(self.tr("&Open…"), self.open_database, keys.Open,
                                        "open")
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self.refresh_recent_menu)
        self.backup_action = self._action(self.tr("&Backup now"), self.controller.backup_now,
                                          icon_name="backup")
        self.import_action = self._action(self.tr("&Import…"), self.import_data,
                                          icon_name="import")
        self.export_action = self._action(self.tr("&Export…"), self.export_data,
                                          icon_name="export")
        self.restore_action = self._action(self.tr("&Restore a backup…"),
                                           self.controller.restore_backup)
        self.close_action = self._action(
            self.tr("&Close database"), self.controller.close_database, keys.Close, "close"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for item in (self.new_action, self.open_action, self.recent_menu, None,
                     self.import_action, self.export_action, None,
                     self.backup_action, self.restore_action, None, self.close_action, None,
                     self.quit_action):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)

        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, keys.Preferences, "settings"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.preferences_action.shortcut().isEmpty():  # no standard key on Windows
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.organisation_action = self._action(
            self.tr("&Organisation and invoices…"), self.edit_organisation, icon_name="statements"
        )
        self.audit_action = self._action(self.tr("&Audit log…"), self.show_audit_log)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.organisation_action)
        edit_menu.addAction(self.audit_action)
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.section_actions = []
        for row, text in enumerate((self.tr("&Dashboard"), self.tr("&Calendar"), self.tr("&Assets"),
                                    self.tr("&Members"), self.tr("C&osts"), self.tr("&Upkeep"),
                                    self.tr("&Split"), self.tr("&Balances"),
                                    self.tr("S&tatements"))):
            action = self._action(text, lambda _=False, r=row: self.side_bar.setCurrentRow(r),
                                  f"Ctrl+{row + 1}", SECTIONS[row])
            view_menu.addAction(action)
            self.section_actions.append(action)
        view_menu.addSeparator()
        self.presence_action = self._action(self.tr("&Who is here"), self._show_presence_panel,
                                            "Ctrl+Shift+W")
        self.presence_action.setCheckable(True)
        view_menu.addAction(self.presence_action)

        self.guide_action = self._action(
            self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents, "help"
        )
        self.about_action = self._action(self.tr("&About Partage"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def refresh_recent_menu(self) -> None:
        """Fill Open Recent from the preferences."""
        self.recent_menu.clear()
        recent = self.controller.preferences.recent_files()
        for number, target in enumerate(recent, start=1):
            escaped = target.replace("&", "&&")  # a single & would make a mnemonic
            action = self.recent_menu.addAction(
                f"&{number} {escaped}" if number < 10 else escaped
            )
            action.setData(target)
            action.triggered.connect(lambda _=False, t=target: self.controller.open_target(t))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.controller.clear_recent)

    # --- pages -----------------------------------------------------------------------

    def show_welcome(self) -> None:
        """Show the welcome screen; no database is open."""
        self._drop_views()
        self.database = None
        self.welcome.set_recent_files(self.controller.preferences.recent_files())
        self.pages.setCurrentIndex(WELCOME_PAGE)
        self.setWindowTitle(self.tr("Partage"))
        self.location_label.clear()
        self.location_kind_label.clear()
        self.read_only_label.setVisible(False)
        self._clear_sharing()
        self._update_actions()
        self.welcome.new_button.setFocus()

    def show_opening(self, target: str, section: str = "") -> None:
        """Show the frame of the sections, empty, while *target* opens.

        Nothing here needs the services: this is what start-up paints first.
        """
        self._drop_views()
        self.database = None
        self.pages.setCurrentIndex(WORKSPACE_PAGE)
        self.side_bar.setCurrentRow(SECTIONS.index(section) if section in SECTIONS else 0)
        self.sections.setCurrentWidget(self.opening_page)
        self.setWindowTitle(self.tr("Partage"))
        self.location_label.setText(self.tr("Opening {file}…").format(file=target))
        self.location_label.setToolTip("")
        self.location_kind_label.clear()
        self.read_only_label.setVisible(False)
        self._clear_sharing()
        self._update_actions()

    def show_database(self, db: Database, section: str = "") -> None:
        """Show the sections of *db*, starting with *section* (the first by default).

        ``view_painted`` follows once that section has painted what it read.
        """
        from partage.services.workspace import (
            cloud_folder_of,
            describe_location,
            organisation_settings,
        )
        from partage.ui.assets import AssetsView
        from partage.ui.calendar import CalendarView
        from partage.ui.costs import BalancesView, CostsView, SplitView, UpkeepView
        from partage.ui.dashboard import DashboardView
        from partage.ui.members import MembersView
        from partage.ui.statements import StatementsView

        self._drop_views()
        self.database = db
        bus = self.controller.bus
        calendar = CalendarView(db, bus, self)
        # CalendarView starts in its week mode with its stack still on the first page, the
        # day canvas; until it turns the page itself, the window does.
        calendar.stack.setCurrentWidget(calendar.current_canvas())
        self.views = {"dashboard": DashboardView(db, bus, self),
                      "calendar": calendar,
                      "assets": AssetsView(db, bus, self),
                      "members": MembersView(db, bus, self),
                      "costs": CostsView(db, bus, self),
                      "upkeep": UpkeepView(db, bus, self),
                      "split": SplitView(db, bus, self),
                      "balances": BalancesView(db, bus, self),
                      "statements": StatementsView(db, bus, self)}
        for name in SECTIONS:
            self.sections.addWidget(self.views[name])
        self.pages.setCurrentIndex(WORKSPACE_PAGE)
        row = SECTIONS.index(section) if section in SECTIONS else 0
        self._await_paint(self.views[SECTIONS[row]])
        self.side_bar.setCurrentRow(row)
        self._section_chosen(row)
        name = organisation_settings(db).name
        title = name or (db.path.name if db.path is not None else db.location)
        self.setWindowTitle(self.tr("Partage — {name}").format(name=title))
        place = describe_location(db)
        self.location_label.setText(place.label)
        self.location_label.setToolTip(place.label)
        if place.server:
            self.location_kind_label.setText(self.tr("Server"))
        elif place.network:
            self.location_kind_label.setText(self.tr("Network drive"))
        else:
            self.location_kind_label.setText(self.tr("Local disk"))
        self.read_only_label.setVisible(db.read_only)
        self._ensure_presence_panel()
        self._clear_sharing()
        if db.read_only:
            self.read_only_banner.show_text(self.tr(
                "This database is open read-only: you can look at everything but change "
                "nothing, and others do not see you in it. To make changes, ask for write "
                "access to the file and its folder, then open it again."
            ))
        cloud = cloud_folder_of(db.path) if db.path is not None else None
        if cloud is not None:
            self.cloud_banner.show_text(
                self.tr(
                    "This database is in a {service} folder. {service} copies whole files "
                    "between computers behind Partage's back: if two computers use it at "
                    "once, changes are lost. Share it from a network drive or a server, or "
                    "work alone on a local copy."
                ).format(service=cloud.service),
                self.tr("Work on a &local copy…"),
            )
        self._update_actions()

    # --- sharing ---------------------------------------------------------------------

    def _ensure_presence_panel(self) -> PresencePanel:
        if self.presence_panel is None:
            from partage.ui.presence_panel import PresencePanel

            self.presence_panel = PresencePanel(self)
            # At the bottom: a few rows, wide columns, and the sections keep their width.
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.presence_panel)
            self.presence_panel.setVisible(False)
            self.presence_panel.visibilityChanged.connect(self.presence_action.setChecked)
        return self.presence_panel

    def _show_presence_panel(self, shown: bool) -> None:
        if self.database is None:
            self.presence_action.setChecked(False)
            return
        panel = self._ensure_presence_panel()
        panel.setVisible(shown)
        if shown:
            self.resizeDocks([panel], [panel.wanted_height()], Qt.Orientation.Vertical)

    def _toggle_presence_panel(self) -> None:
        self._show_presence_panel(not self.presence_action.isChecked())

    def _clear_sharing(self) -> None:
        """Forget what was shown about the people and changes of the last database."""
        for banner in (self.read_only_banner, self.cloud_banner, self.trouble_banner):
            banner.setVisible(False)
        self.presence_button.setVisible(False)
        self.last_change_label.clear()
        self._remote_refresh_due = False
        self._remote_changes = Change.NONE
        self._troubles.clear()
        if self.presence_panel is not None:
            self.presence_panel.show_people([])
            if self.database is None:
                self.presence_panel.setVisible(False)
                self.presence_panel.show_you(None, False)
            else:
                self.presence_panel.show_you(self.database.actor, not self.database.read_only)

    def show_sharing(self, snapshot: SharingSnapshot) -> None:
        """Show who else has the database open and when it last changed."""
        from partage.ui.presence_panel import format_moment

        if self.database is None:
            return
        people = snapshot.people
        if people:
            names = ", ".join(p.display_name for p in people[:NAMES_IN_STATUS_BAR])
            if len(people) > NAMES_IN_STATUS_BAR:
                names += ", …"
            self.presence_button.setText(self.tr("Also here: {names}").format(names=names))
            self.presence_button.setToolTip("\n".join(
                self.tr("{name} ({user}, {machine}), since {time}").format(
                    name=p.display_name, user=p.os_user, machine=p.machine,
                    time=format_moment(p.opened_at))
                for p in people
            ))
        else:
            self.presence_button.setText(self.tr("Only you"))
            self.presence_button.setToolTip(self.tr("Nobody else has this database open."))
        self.presence_button.setVisible(True)
        change = snapshot.last_change
        if change is None:
            self.last_change_label.setText(self.tr("No change yet"))
            self.last_change_label.setToolTip("")
        else:
            self.last_change_label.setText(self.tr("Changed {time} by {name}").format(
                time=format_moment(change.at), name=change.display_name))
            self.last_change_label.setToolTip(
                self.tr("Last change: {time}, by {name} ({user}, {machine})").format(
                    time=change.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    name=change.display_name, user=change.os_user, machine=change.machine))
        self._ensure_presence_panel().show_people(people)

    def show_trouble(self, error: PartageError | None) -> None:
        """Say that the database cannot be reached just now (None: it can again)."""
        from partage.i18n import error_text

        if error is None or self.database is None:
            self._set_trouble("live", None)
            return
        self._set_trouble(
            "live",
            self.tr("Partage cannot reach the database just now and keeps trying; other "
                    "people's changes will show once it can. {reason}").format(
                reason=error_text(error)),
        )

    def show_read_trouble(self, error: BaseException) -> None:
        """A section's background read failed: say so in the banner (until a read works
        again, ``clear_read_trouble``), never in a dialog that stops the person."""
        from partage.errors import PartageError
        from partage.i18n import error_text
        from partage.paths import log_file

        if self.database is None:
            return
        if isinstance(error, PartageError):
            reason = error_text(error)
        else:
            reason = self.tr("Partage met an unexpected error; the details are in {path}.").format(
                path=log_file()
            )
        self._set_trouble(
            "read",
            self.tr("Partage could not read what this section shows. {reason}").format(
                reason=reason
            ),
        )

    def clear_read_trouble(self) -> None:
        """A read worked: the banner about a failed read goes (unless the database
        cannot be reached, which it goes on saying)."""
        self._set_trouble("read", None)

    def _set_trouble(self, cause: str, text: str | None) -> None:
        """Note or forget one cause of trouble; the banner shows every cause noted, the
        database out of reach first, and hides when none is left."""
        if text is None:
            if self._troubles.pop(cause, None) is None:
                return
        else:
            self._troubles[cause] = text
        texts = [self._troubles[c] for c in ("live", "read") if c in self._troubles]
        if texts:
            self.trouble_banner.show_text("\n".join(texts))
        else:
            self.trouble_banner.setVisible(False)

    def refresh_after_remote_change(self, changes: Change | None = None) -> None:
        """Someone else changed the database: the views that show the kinds of data they
        changed reload (each when it is next shown, if hidden).

        *changes* defaults to every kind. While a mouse button is down (a drag), it waits
        for the release, and the kinds of every change meanwhile are gathered.
        """
        if self.database is None:
            return
        self._remote_changes |= Change.ALL if changes is None else changes
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            if not self._remote_refresh_due:
                self._remote_refresh_due = True
                QTimer.singleShot(REMOTE_REFRESH_RETRY_MS, self, self._retry_remote_refresh)
            return
        self._remote_refresh_due = False
        pending, self._remote_changes = self._remote_changes, Change.NONE
        self.controller.bus.notify(pending)

    def _retry_remote_refresh(self) -> None:
        if self._remote_refresh_due:
            self._remote_refresh_due = False
            self.refresh_after_remote_change(Change.NONE)

    def _drop_views(self) -> None:
        self._await_paint(None)
        # Away from the views first: removing the one shown would show the next, which
        # would start reading a database that is being closed.
        self.sections.setCurrentWidget(self.opening_page)
        for view in self.views.values():
            for timer in view.findChildren(QTimer):  # reads asked for, not yet started
                timer.stop()
            self.sections.removeWidget(view)
            view.deleteLater()
        self.views = {}

    # --- first paints ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Emitted on the next turn of the event loop, once the whole window is painted.
            QTimer.singleShot(0, self, self.exposed.emit)

    def _await_paint(self, view: QWidget | None) -> None:
        """Emit ``view_painted`` after *view*'s first paint (None: stop waiting)."""
        if self._awaited_view is not None:
            self._awaited_view.removeEventFilter(self)
        self._awaited_view = view
        if view is not None:
            view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._awaited_view and event.type() == QEvent.Type.Paint:
            self._await_paint(None)
            # The view paints its children after this event; report once they are done.
            QTimer.singleShot(0, self, self.view_painted.emit)
        return super().eventFilter(watched, event)

    # --- sections ----------------------------------------------------------------------

    def current_section(self) -> str:
        """The name of the section shown (``calendar``, ``assets`` or ``members``)."""
        row = self.side_bar.currentRow()
        return SECTIONS[row] if 0 <= row < len(SECTIONS) else ""

    def current_view(self) -> QWidget | None:
        """The view of the section shown, if a database is open."""
        return self.views.get(self.current_section())

    def section_label(self, name: str) -> str:
        """The side bar's text for the section *name*."""
        return self.side_bar.item(SECTIONS.index(name)).text()

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(SECTIONS) and SECTIONS[row] in self.views:
            self.sections.setCurrentWidget(self.views[SECTIONS[row]])

    def _update_actions(self) -> None:
        is_open = self.database is not None
        self.backup_action.setEnabled(is_open)
        self.export_action.setEnabled(is_open)
        self.import_action.setEnabled(is_open and self.database is not None
                                      and not self.database.read_only)
        self.restore_action.setEnabled(
            is_open and self.database is not None and self.database.path is not None
            and not self.database.read_only
        )
        self.presence_action.setEnabled(is_open)
        self.close_action.setEnabled(is_open)
        self.organisation_action.setEnabled(
            is_open and self.database is not None and not self.database.read_only
        )
        self.audit_action.setEnabled(is_open)
        for action in self.section_actions:
            action.setEnabled(is_open)

    # --- commands --------------------------------------------------------------------

    def new_database(self) -> None:
        """File > New: create a database and open it."""
        from partage.ui.new_database_dialog import NewDatabaseDialog

        dialog = NewDatabaseDialog(self.controller.actor(), self)
        if dialog.exec() and dialog.database is not None:
            self.controller.set_database(dialog.database)

    def open_database(self) -> None:
        """File > Open: choose a database file and open it."""
        from partage.ui.new_database_dialog import database_filter

        start = self.controller.preferences.last_file
        folder = str(Path(start).parent) if start and "://" not in start else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), folder, database_filter()
        )
        if name:
            self.controller.open_target(name)

    def edit_preferences(self) -> None:
        """Edit > Preferences."""
        from partage.ui.preferences_dialog import PreferencesDialog

        preferences = self.controller.preferences
        dialog = PreferencesDialog(preferences, self)
        if dialog.exec():
            preferences.backup_folder = dialog.backup_folder()
            preferences.backup_keep = dialog.backup_keep()
            preferences.apply_backup_choices()
            self.controller.apply_preferences(
                dialog.language(), dialog.display_name(), dialog.theme()
            )

    def edit_organisation(self) -> None:
        """Edit > Organisation and invoices: what every statement prints."""
        from partage.ui.document_settings_dialog import DocumentSettingsDialog

        if self.database is None:
            return
        dialog = DocumentSettingsDialog(self.database, self.controller.bus, self)
        if dialog.exec():
            saved, before = dialog.saved_record, dialog.record
            if saved is not None and before is not None and (
                (saved.currency, saved.timezone) != (before.currency, before.timezone)
            ):
                # Every view shows amounts and times: show them again in the new ones.
                self.show_database(self.database, self.current_section())

    def import_data(self) -> None:
        """File > Import: members, assets or costs from a CSV file."""
        from partage.ui.import_dialog import ImportDialog

        if self.database is not None:
            ImportDialog(self.database, self.controller.bus, self).exec()

    def export_data(self) -> None:
        """File > Export: CSV files or the whole database as JSON."""
        from partage.ui.export_dialog import ExportDialog

        if self.database is not None:
            ExportDialog(self.database, self).exec()

    def show_audit_log(self) -> None:
        """Edit > Audit log: who changed what, when, from which machine."""
        from partage.ui.audit_dialog import AuditDialog

        if self.database is not None:
            AuditDialog(self.database, self).exec()

    def show_guide(self) -> None:
        """Help > User guide, in the language of the window."""
        from partage.ui.guide import GuideDialog

        GuideDialog(self).show()

    # --- a database file dropped on the window opens it --------------------------------

    @staticmethod
    def dropped_file(event: QDragEnterEvent | QDropEvent) -> str:
        """The one local file being dropped, or ``""``."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return urls[0].toLocalFile()
        return ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_file(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.dropped_file(event)
        if target:
            event.acceptProposedAction()
            self.controller.open_target(target)
        else:
            super().dropEvent(event)

    def show_about(self) -> None:
        """Help > About."""
        QMessageBox.about(
            self,
            self.tr("About Partage"),
            self.tr(
                "<h3>Partage {version}</h3>"
                "<p>Pool equipment, spaces and vehicles; book them, share what they cost "
                "and print the statements.</p>"
                "<p>Free software under the MIT licence.</p>"
            ).format(version=partage.__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.replaced:
            from partage.ui import operations

            if operations.running():
                # A save under way (the file busy) is seen through, its outcome shown;
                # the window closes once the last one reported back.
                event.ignore()
                if not self._closing_when_idle:
                    self._closing_when_idle = True
                    self.statusBar().showMessage(
                        self.tr("Closing once the changes under way are saved…"))
                    operations.when_idle(self._close_when_idle)
                return
            from partage.ui.worker import wait_for_jobs

            wait_for_jobs()  # work already started ends before its database closes
            self.controller.window_closing(self)
        super().closeEvent(event)

    def _close_when_idle(self) -> None:
        # After the operation's own report (a message about a refused save, say).
        QTimer.singleShot(0, self, self.close)
