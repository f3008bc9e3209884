"""Screenshots of the statement of account and the Dashboard's ledger card, in both languages.

Usage: python docs/screenshots/account_screenshots.py [--out FOLDER]

On a fresh small demo anchored on 2026-12-07, in a throw-away Partage home, with Qt's
offscreen platform unless a display is given: the Members section with a member's
statement of account (this year to the 7th), the opening balance dialog, the Dashboard's
ledger card, and the first page of the statement's PDF in the member's language,
rendered with ``pdftoppm -r 60`` (poppler-utils). Fails loudly when a label or button is
drawn narrower than its text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1400, 820)
ANCHOR = dt.date(2026, 12, 7)
# A member whose language is the window's: their PDF is in it too.
MEMBERS = {"fr": "Geneviève Tremblay", "en": "David Chen"}


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from partage.ui.reading import wait_for_reads

    wait_for_reads()  # the sections read on the worker

    for _ in range(5):
        QApplication.processEvents()


def _wait(done: object) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 60
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from partage.ui.widgets import clipped_texts

    assert isinstance(widget, QWidget)
    _settle()
    cut = clipped_texts(widget)
    if cut:
        raise SystemExit(f"{path.name}: drawn narrower than their text: {cut}")
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _pdf_page(data: bytes, path: Path) -> None:
    """The first page of *data* as a PNG at *path*, at 60 dpi."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "account.pdf"
        source.write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
             str(source), str(path.with_suffix(""))],
            check=True,
        )
    print(path)


def take(language: str, out: Path, demo: Path) -> None:
    """The Members section, the dialog, the card and the PDF in *language*."""
    from PySide6.QtWidgets import QApplication

    from partage.i18n import install_translations
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.changes import ChangeBus
    from partage.ui.dashboard import DashboardView
    from partage.ui.members import MembersModel, MembersView
    from partage.ui.opening_balance_dialog import OpeningBalanceDialog

    install_translations(language)
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    bus = ChangeBus()
    view = MembersView(db, bus)
    moment = dt.datetime.combine(ANCHOR, dt.time(17), dt.UTC)
    view.clock = lambda: moment
    panel = view.account_panel
    panel.clock = lambda: ANCHOR
    panel.set_clock_day()
    view.resize(*SIZE)
    view.show()
    _settle()
    name = MEMBERS[language]
    names = [view.proxy.index(row, MembersModel.NAME).data()
             for row in range(view.proxy.rowCount())]
    view.table.setCurrentIndex(view.proxy.index(names.index(name), 0))
    view.show_account()
    _wait(lambda: not panel.busy and panel.sheet is not None)
    _save(view, out / f"members-account-{language}.png")

    sheet = panel.sheet
    assert sheet is not None
    dialog = OpeningBalanceDialog(db, bus, sheet.account.member_id, name, sheet.currency, view,
                                  day=dt.date(2026, 1, 1))
    dialog.show()
    dialog.adjustSize()
    _save(dialog, out / f"opening-balance-{language}.png")
    dialog.reject()

    _pdf_page(panel.pdf_bytes(), out / f"account-pdf-{language}.png")
    view.close()
    view.deleteLater()

    dashboard = DashboardView(db, bus)
    dashboard.clock = lambda: ANCHOR
    dashboard.set_clock_day()
    dashboard.resize(*SIZE)
    dashboard.show()
    _wait(lambda: not dashboard.busy and dashboard.ledger_card.totals is not None)
    _save(dashboard.ledger_card, out / f"dashboard-ledger-{language}.png")
    dashboard.close()
    dashboard.deleteLater()
    QApplication.processEvents()
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
        from partage.ui.worker import wait_for_jobs

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        app.setApplicationName("Partage")
        demo = Path(home) / "La Remise.partage"
        create_demo(demo, anchor=ANCHOR).close()
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("fr", "en"):
            take(language, args.out, demo)
            wait_for_jobs()
        app.shutdown()


if __name__ == "__main__":
    main()
