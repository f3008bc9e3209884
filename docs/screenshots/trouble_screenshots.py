"""Take the screenshots of a section whose background read failed, in English and French.

Usage: python docs/screenshots/trouble_screenshots.py [--out FOLDER]

The Balances section of the demo when its read keeps finding the database busy (more
times than it is read again): the window's banner says so, and no dialog stops the
person; then with the server out of reach as well, both causes in the banner. On a
fresh demo database in a throw-away Partage home, with Qt's offscreen
platform unless a display is given.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)


def take(language: str, out: Path, demo: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from partage.changes import Change
    from partage.errors import QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseUnavailable
    from partage.i18n import install_translations
    from partage.ui.controller import AppController
    from partage.ui.costs import balances
    from partage.ui.preferences import Preferences
    from partage.ui.worker import wait_for_jobs

    install_translations(language)
    preferences = Preferences()
    preferences.clear_recent()
    preferences.last_file = ""
    preferences.section = "balances"
    controller = AppController(preferences)
    window = controller.window
    window.resize(*SIZE)
    window.show()
    controller.open_target(str(demo))
    wait_for_jobs()
    real = balances.compute_sheet

    def busy(db: object, day: object) -> object:
        # The storage's own words for a file that stayed busy.
        raise DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} stayed busy: another computer is writing to it. "
                "Nothing was changed; try again in a moment.",
            ),
            path=demo.name,
        )

    balances.compute_sheet = busy  # type: ignore[assignment]
    try:
        controller.bus.notify(Change.PAYMENT)
        deadline = time.monotonic() + 30
        while not window.trouble_banner.isVisible():
            if time.monotonic() > deadline:
                raise TimeoutError("the banner never showed")
            QApplication.processEvents()
            time.sleep(0.05)
        for _ in range(5):
            QApplication.processEvents()
        path = out / f"read-trouble-{language}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(path)
        # The server out of reach as well: both causes said, the server first.
        window.show_trouble(
            DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database server for {path} cannot be reached. Nothing was changed.",
                ),
                path=demo.name,
            )
        )
        for _ in range(5):
            QApplication.processEvents()
        path = out / f"read-trouble-both-{language}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(path)
    finally:
        balances.compute_sheet = real
        window.close()
        wait_for_jobs()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="partage-shots-") as home:
        os.environ["PARTAGE_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from partage.reports.renderer import install
        from partage.services.demo import create_demo

        app = QApplication(sys.argv[:1])
        app.setApplicationName("Partage")
        install()
        demo = Path(home) / "La Remise.partage"
        create_demo(demo).close()
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "fr"):
            take(language, args.out, demo)
        del app


if __name__ == "__main__":
    main()
