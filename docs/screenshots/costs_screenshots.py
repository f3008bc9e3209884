"""Take the screenshots of the money sections in docs/screenshots, in English and French.

Usage: python docs/screenshots/costs_screenshots.py [--out FOLDER]

Costs, the cost dialog, Upkeep (maintenance and insurance), Split (with the shares behind
one amount) and Balances (with settle-up), on a fresh small demo anchored on 2026-11-24,
in a throw-away Partage home, with Qt's offscreen platform unless a display is given.
French screenshots are in French once the catalog holds these sections' strings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
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


def _wait(view: object) -> None:
    """Let a section's reading on the worker thread finish."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 60
    while getattr(view, "busy", False) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _show(view: object) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(view, QWidget)
    view.resize(*SIZE)
    view.show()
    _settle()


def _attach_sample_receipts(demo: Path) -> None:
    """Give the demo's latest costs a receipt, so the list shows what one looks like."""
    from dataclasses import replace

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from partage.services.costs import list_costs, update_cost
    from partage.services.workspace import BackupPolicy, open_workspace

    image = QImage(400, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    try:
        for cost in list_costs(db)[:3:2]:
            update_cost(
                db, cost.id,
                replace(cost.as_input(), receipt=bytes(data.data()), receipt_type="image/png",
                        receipt_name="facture.png", receipt_changed=True),
                expected_version=cost.version,
            )
    finally:
        db.close()


def take(language: str, out: Path, demo: Path) -> None:
    """Every screenshot of the money sections in *language*."""
    from partage.i18n import install_translations
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.changes import ChangeBus
    from partage.ui.costs import BalancesView, CostsView, SplitView, UpkeepView
    from partage.ui.costs.cost_dialog import CostDialog

    install_translations(language)
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    bus = ChangeBus()

    costs = CostsView(db, bus)
    costs.clock = lambda: ANCHOR
    costs.set_clock_day()
    _show(costs)
    _save(costs, out / f"costs-{language}.png")
    van = next(c for c in costs.shown_costs() if c.category == "fuel")
    dialog = CostDialog(db, bus, van, costs)
    dialog.show()
    dialog.adjustSize()
    _save(dialog, out / f"costs-dialog-{language}.png")
    dialog.reject()
    costs.close()

    upkeep = UpkeepView(db, bus)
    upkeep.clock = lambda: ANCHOR
    _show(upkeep)
    _save(upkeep, out / f"upkeep-maintenance-{language}.png")
    upkeep.tabs.setCurrentIndex(upkeep.insurance_tab)
    _save(upkeep, out / f"upkeep-insurance-{language}.png")
    upkeep.close()

    split = SplitView(db, bus)
    split.clock = lambda: ANCHOR
    split.set_clock_day()
    _show(split)
    _wait(split)
    matrix = split.matrix
    assert matrix is not None
    van_id = next(key for key, name in matrix.assets if name.startswith("Fourgonnette"))
    member = next(m for m, _ in matrix.members if matrix.cells.get((m, van_id)))
    split.select_cell(member, van_id)
    _save(split, out / f"split-{language}.png")
    split.close()

    balances = BalancesView(db, bus)
    balances.clock = lambda: ANCHOR
    balances.set_clock_day()
    _show(balances)
    _wait(balances)
    balances.settle_up()
    balances.table.setFocus()
    _save(balances, out / f"balances-{language}.png")
    balances.close()

    for view in (costs, upkeep, split, balances):
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
        from partage.ui.worker import wait_for_jobs

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        app.setApplicationName("Partage")
        demo = Path(home) / "La Remise.partage"
        create_demo(demo, anchor=ANCHOR).close()
        _attach_sample_receipts(demo)
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "fr"):
            take(language, args.out, demo)
        wait_for_jobs()
        app.shutdown()


if __name__ == "__main__":
    main()
