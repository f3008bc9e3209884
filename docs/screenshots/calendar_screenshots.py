"""Take the calendar's screenshots in docs/screenshots, in English and in French.

Usage: python docs/screenshots/calendar_screenshots.py [--out FOLDER]

Runs on a fresh small demo anchored on 2026-11-24 (noon, Montréal time), in a
throw-away Partage home, with Qt's offscreen platform unless a display is given.
French screenshots are in French once the catalog holds the calendar's strings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)
ANCHOR = dt.date(2026, 11, 24)


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


def take(language: str, out: Path, demo: Path) -> None:
    """Every calendar screenshot in *language*."""
    from partage.i18n import install_translations
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.calendar import CalendarView
    from partage.ui.calendar.booking_dialog import BookingDialog
    from partage.ui.calendar.layout import Mode
    from partage.ui.calendar.recurrence import WEEKLY
    from partage.ui.changes import ChangeBus

    install_translations(language)
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    zone = __import__("zoneinfo").ZoneInfo("America/Montreal")
    now = dt.datetime.combine(ANCHOR, dt.time(12), zone).astimezone(dt.UTC)
    view = CalendarView(db, ChangeBus())
    view.clock = lambda: now
    view.resize(*SIZE)
    view.show()
    view.go_to(ANCHOR)

    view.set_mode(Mode.WEEK)
    _save(view, out / f"calendar-week-{language}.png")
    view.set_mode(Mode.DAY)
    view.set_kind("space")
    _save(view, out / f"calendar-day-{language}.png")
    view.set_kind(None)
    view.set_mode(Mode.MONTH)
    _save(view, out / f"calendar-month-{language}.png")
    view.set_mode(Mode.TIMELINE)
    _save(view, out / f"calendar-timeline-{language}.png")

    catalog = view.catalog
    assert catalog is not None
    room = next(a for a in catalog.assets if a.name == "Salle de répétition A")
    member = next(m for m in catalog.members if m.name == "Studio Bleu Danse")
    start = dt.datetime.combine(ANCHOR + dt.timedelta(days=2), dt.time(18))
    dialog = BookingDialog(db, view.bus, catalog, asset_id=room.id, start=start,
                           end=start + dt.timedelta(hours=2), member_id=member.id,
                           parent=view)
    dialog.note_edit.setPlainText("Répétition générale" if language == "fr"
                                  else "Dress rehearsal")
    dialog.recurrence.set_frequency(WEEKLY)
    dialog.recurrence.set_weekdays({3})
    dialog.recurrence.count_radio.setChecked(True)
    dialog.recurrence.count_spin.setValue(6)
    dialog.refresh_conflicts()
    dialog.show()
    dialog.adjustSize()
    _save(dialog, out / f"booking-dialog-{language}.png")
    dialog.reject()
    view.close()
    view.deleteLater()
    _settle()
    db.close()


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
        demo = Path(home) / "La Remise.partage"
        create_demo(demo, anchor=ANCHOR).close()
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "fr"):
            take(language, args.out, demo)
        app.shutdown()


if __name__ == "__main__":
    main()
