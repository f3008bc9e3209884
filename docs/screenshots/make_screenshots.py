"""Take the screenshots in docs/screenshots, in English and in French, from the real widgets.

Usage: python docs/screenshots/make_screenshots.py [--out FOLDER]

Runs on a fresh copy of the demo database in a throw-away Partage home, so it never
touches your own preferences or files. Works without a screen (Qt's offscreen platform)
or under Xvfb: ``xvfb-run -a python docs/screenshots/make_screenshots.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
WINDOW_SIZE = (1280, 800)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from partage.ui.reading import wait_for_reads

    wait_for_reads()  # the sections read on the worker

    for _ in range(5):
        QApplication.processEvents()


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _sample_photo() -> tuple[bytes, str]:
    """A stand-in photo: the application's icon on a light background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

    from partage.ui.icons import app_icon

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8eef5"))
    painter = QPainter(image)
    app_icon().paint(painter, QRect(250, 150, 300, 300), Qt.AlignmentFlag.AlignCenter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"JPEG")).write(image)
    return bytes(data.data()), "image/jpeg"


def take(language: str, out: Path, demo: Path) -> None:
    """Every screenshot of *language*."""
    from partage.i18n import install_translations
    from partage.services.assets import list_assets
    from partage.services.bookings import overdue_bookings
    from partage.services.members import list_members
    from partage.ui.asset_dialog import AssetDialog
    from partage.ui.controller import AppController
    from partage.ui.main_window import SECTIONS
    from partage.ui.member_dialog import MemberDialog
    from partage.ui.preferences import Preferences
    from partage.ui.worker import wait_for_jobs

    install_translations(language)
    preferences = Preferences()
    preferences.clear_recent()
    preferences.last_file = ""
    preferences.add_recent(str(demo))
    controller = AppController(preferences)
    window = controller.window
    window.resize(*WINDOW_SIZE)
    controller.start()
    _save(window, out / f"welcome-{language}.png")

    controller.open_target(str(demo))
    database = controller.database
    assert database is not None
    _settle()
    wait_for_jobs()  # the automatic backup, then its "Backed up" in the status bar
    _settle()
    window.statusBar().clearMessage()  # the pictures show where the file is instead
    window.side_bar.setCurrentRow(SECTIONS.index("calendar"))  # the last run's is remembered
    _save(window, out / f"calendar-section-{language}.png")

    # A loan that is late shows best what the bookings panels and "Out with" say.
    late = next(iter(overdue_bookings(database)), None)
    window.side_bar.setCurrentRow(SECTIONS.index("assets"))
    assets_view = window.current_view()
    assert assets_view is not None
    van = next(a for a in list_assets(database) if a.owners and a.purchase_price_cents)
    assets_view.select_record(late.asset_id if late is not None else van.id)
    _save(window, out / f"assets-{language}.png")

    window.side_bar.setCurrentRow(SECTIONS.index("members"))
    members_view = window.current_view()
    assert members_view is not None
    member = next(m for m in list_members(database)
                  if m.email and m.joined and (late is None or m.id == late.member_id))
    members_view.select_record(member.id)
    _save(window, out / f"members-{language}.png")

    if language == "en":
        dialog = AssetDialog(database, controller.bus, van, window)
        dialog.photo_field.set_photo(*_sample_photo())
        dialog.longest_edit.set_minutes(3 * 24 * 60)  # booking rules and recovery, as
        dialog.recovery_check.setChecked(True)  # someone would fill them in
        dialog.show()
        dialog.adjustSize()
        _save(dialog, out / f"asset-dialog-{language}.png")
        dialog.reject()
    if language == "fr":
        dialog = MemberDialog(database, controller.bus, member, window)
        dialog.show()
        dialog.adjustSize()
        _save(dialog, out / f"member-dialog-{language}.png")
        dialog.reject()
    window.close()
    window.deleteLater()
    _settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="partage-shots-") as home:
        os.environ["PARTAGE_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from partage.services.demo import create_demo

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        app.setApplicationName("Partage")
        folder = Path(home) / "Documents"
        folder.mkdir()
        demo = folder / "La Remise.partage"
        create_demo(demo).close()
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "fr"):
            take(language, args.out, demo)
        del app


if __name__ == "__main__":
    main()
