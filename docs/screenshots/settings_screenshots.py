"""Take the settings, preferences and icon screenshots in docs/screenshots.

Usage: xvfb-run -a python docs/screenshots/settings_screenshots.py [--out FOLDER]

settings-general-{fr,en}.png (the database's currency and time zone),
settings-organisation-{fr,en}.png, preferences-{fr,en}.png, and the main window with its
icons in the light and dark themes, main-icons-{light,dark}.png. Runs on a fresh demo in a
throw-away Partage home.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from partage.ui.reading import wait_for_reads

    wait_for_reads()  # the sections read on the worker

    for _ in range(10):
        QApplication.processEvents()


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE)
    out = parser.parse_args().out
    home = Path(tempfile.mkdtemp(prefix="partage-shots-"))
    os.environ["PARTAGE_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from partage.reports.renderer import install as install_renderer


    install_renderer()  # PDFs are drawn through the rendering port, as in the app
    from partage.i18n import install_translations
    from partage.services.demo import create_demo
    from partage.ui.controller import AppController
    from partage.ui.document_settings_dialog import DocumentSettingsDialog
    from partage.ui.preferences import Preferences, apply_theme
    from partage.ui.preferences_dialog import PreferencesDialog

    demo = home / "demo.partage"
    create_demo(demo).close()
    for language in ("en", "fr"):
        install_translations(language)
        controller = AppController(Preferences())
        window = controller.start(str(demo))
        while controller.database is None:
            app.processEvents()
        settings = DocumentSettingsDialog(controller.database, controller.bus, window)
        settings.tabs.setCurrentIndex(1)
        settings.zone_combo.setCurrentText("Europe/Paris")  # the note shows an example
        settings.show()
        _save(settings, out / f"settings-general-{language}.png")
        settings.tabs.setCurrentIndex(0)
        _save(settings, out / f"settings-organisation-{language}.png")
        settings.reject()
        preferences = PreferencesDialog(controller.preferences, window)
        preferences.show()
        _save(preferences, out / f"preferences-{language}.png")
        preferences.reject()
        if language == "en":
            window.resize(1280, 800)
            window.show()
            for theme in ("light", "dark"):
                apply_theme(theme)
                window.side_bar.setCurrentRow(3)  # Members: side bar, menus, buttons
                _save(window, out / f"main-icons-{theme}.png")
            apply_theme("light")
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
