"""Take the screenshots of the conflict dialog for a cost and a booking, in English and
in French.

Usage: python docs/screenshots/conflict_screenshots.py [--out FOLDER]

Two connections to the same demo file stand for two computers: Marc saves a cost (and a
booking) while it is open here, then the form is saved and the conflict dialog shows both
versions. A throw-away Partage home; Qt's offscreen platform unless a display is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARC = ("marc", "Marc Roy", "PC-ACCUEIL")


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from partage.ui.reading import wait_for_reads

    wait_for_reads()  # the sections read on the worker

    for _ in range(5):
        QApplication.processEvents()


def _grab_modal(open_it: Callable[[], None], path: Path) -> None:
    """Press the button that opens the conflict dialog; save a picture of it; cancel it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, shoot)
            return
        _settle()
        if not dialog.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(path)
        dialog.reject()

    QTimer.singleShot(50, shoot)
    open_it()


def take(language: str, out: Path, demo: Path) -> None:
    """Both conflict screenshots of *language*."""
    from partage.i18n import install_translations
    from partage.services.bookings import list_bookings, reschedule
    from partage.services.calendar import calendar_catalog
    from partage.services.costs import list_costs, update_cost
    from partage.services.members import list_members
    from partage.services.workspace import Actor, open_workspace
    from partage.ui.calendar.booking_dialog import BookingDialog
    from partage.ui.changes import ChangeBus
    from partage.ui.costs.cost_dialog import CostDialog

    install_translations(language)
    here = open_workspace(demo, actor=Actor("genevieve", "Geneviève Tremblay", "PC-BUREAU"))
    marc = open_workspace(demo, actor=Actor(*MARC))
    bus = ChangeBus()

    cost = next(c for c in list_costs(here) if c.supplier and c.source == "manual")
    dialog = CostDialog(here, bus, cost)
    dialog.show()
    members = list_members(here)
    payer = next(m for m in members if m.id != cost.paid_by_member_id)
    update_cost(marc, cost.id, replace(cost.as_input(), amount_cents=cost.amount_cents + 1250,
                                       paid_by_member_id=payer.id),
                expected_version=cost.version)
    dialog.supplier_edit.setText(cost.supplier + " inc.")
    dialog.note_edit.setPlainText(
        "Facture n° 4512" if language == "fr" else "Invoice no. 4512")
    _grab_modal(dialog.ok_button().click, out / f"conflict-cost-{language}.png")
    dialog.reject()

    now = dt.datetime.now(dt.UTC)
    booking = next(b for b in list_bookings(here, start=now)
                   if b.kind == "loan" and b.series_id is None and b.status == "confirmed")
    other = next(m for m in members if m.id != booking.member_id and not m.archived)
    catalog = calendar_catalog(here)
    dialog = BookingDialog(here, bus, catalog, record=booking)
    dialog.show()
    reschedule(marc, booking.id, booking.start, booking.end, expected_version=booking.version,
               note="Clés chez Marc" if language == "fr" else "Keys at Marc's",
               member_id=other.id)
    dialog.end_time.setTime(dialog.end_time.time().addSecs(3600))
    _grab_modal(dialog.ok_button().click, out / f"conflict-booking-{language}.png")
    dialog.reject()
    _settle()
    marc.close()
    here.close()


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
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "fr"):
            demo = Path(home) / f"La Remise-{language}.partage"
            create_demo(demo).close()
            take(language, args.out, demo)
        del app


if __name__ == "__main__":
    main()
