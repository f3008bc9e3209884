"""The desktop application's entry point: ``partage [FILE] [--demo] [--db …] [--lang …]``.

Start-up is measured twice: process start to the main window's first paint, and to the
first section painted with its data. The window paints before the heavy modules (the
services, SQLAlchemy, the sections' widgets) are imported; the database is opened just
after. With ``PARTAGE_STARTUP_PROBE=1`` both moments are printed, ``partage-shown T`` then
``partage-ready T`` (``time.monotonic()``), and the application quits once ready.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from partage.ui.controller import AppController

STARTUP_PROBE = "PARTAGE_STARTUP_PROBE"


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line, checked (``SystemExit`` with a message on a bad one)."""
    parser = argparse.ArgumentParser(
        prog="partage",
        description="Partage: pool equipment, spaces and vehicles, and share what they cost.",
    )
    parser.add_argument("file", nargs="?", help="a Partage database file to open")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="a database file, or a server URL such as postgresql+psycopg://user@host/db",
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    arguments = parser.parse_args(list(argv))
    given = [bool(arguments.file), bool(arguments.db), arguments.demo]
    if sum(given) > 1:
        parser.error("give only one of FILE, --db and --demo")
    return arguments


def _report(moment: str) -> None:
    """Print ``partage-<moment> <time.monotonic()>`` for the start-up benchmark."""
    if sys.stdout is not None:  # none under pythonw
        print(f"partage-{moment} {time.monotonic()}", flush=True)


class FileOpenHandler(QObject):
    """Opens the files the system hands to the running application.

    On macOS, double-clicking a ``.partage`` file in the Finder (or dropping it on the
    Dock icon) does not start a new process with the file as an argument: the running
    application gets a ``QFileOpenEvent``. The file is then opened as a recent file is,
    on the next turn of the event loop (never inside the event's delivery).
    """

    def __init__(self, open_target: Callable[[str], object], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._open_target = open_target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            target = event.file() or event.url().toLocalFile() or event.url().toString()
            if target:
                QTimer.singleShot(0, self, lambda: self._open_target(target))
                return True
        return False


def install_file_open_handler(controller: AppController) -> FileOpenHandler:
    """Make the application open the files the system sends it (see FileOpenHandler)."""
    from PySide6.QtWidgets import QApplication

    handler = FileOpenHandler(controller.open_target, controller)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(handler)
    return handler


def _ready_for_probe() -> None:
    from PySide6.QtWidgets import QApplication

    _report("ready")
    QApplication.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop application; return its exit code."""
    multiprocessing.freeze_support()  # in the bundle: a PDF worker starts here, and stops
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication

    import partage
    from partage.logs import setup_logging

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(partage.APP_NAME)
    app.setApplicationVersion(partage.__version__)
    app.setOrganizationName(partage.APP_NAME)
    setup_logging()

    from partage.i18n import install_translations, resolve_language
    from partage.reports.renderer import install as install_renderer
    from partage.ui.errors import install_excepthook
    from partage.ui.icons import app_icon
    from partage.ui.preferences import Preferences

    install_renderer()  # issuing and voiding store PDFs drawn by the reports
    install_excepthook()
    app.setWindowIcon(app_icon())
    preferences = Preferences()
    install_translations(arguments.lang or resolve_language(preferences.language))

    from partage.ui.controller import AppController
    from partage.ui.worker import wait_for_jobs

    controller = AppController(preferences)
    install_file_open_handler(controller)
    if os.environ.get(STARTUP_PROBE) == "1":
        controller.shown.connect(lambda: _report("shown"))
        controller.ready.connect(_ready_for_probe)
    controller.start(arguments.db or arguments.file, demo=arguments.demo)
    code = app.exec()
    if controller.window.isVisible():  # left by QApplication.exit, not by closing the window
        controller.window.close()
    wait_for_jobs()
    return code


if __name__ == "__main__":
    sys.exit(main())
