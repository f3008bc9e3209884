"""Screenshots of the Dashboard's four charts, in French and English, light and dark.

Usage: python docs/screenshots/dashboard_screenshots.py [--out FOLDER]

On a fresh small demo anchored on 2026-11-24 (this year's period), in a throw-away
Partage home, with Qt's offscreen platform unless a display is given.
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
ANCHOR = dt.date(2026, 11, 24)
CHARTS = ("utilisation", "assets", "members", "per_use")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="partage-shots-") as home:
        os.environ["PARTAGE_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from partage.i18n import install_translations
        from partage.services.demo import create_demo
        from partage.services.workspace import BackupPolicy, open_workspace
        from partage.ui.changes import ChangeBus
        from partage.ui.dashboard import DashboardView
        from partage.ui.worker import wait_for_jobs

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        demo = Path(home) / "La Remise.partage"
        create_demo(demo, anchor=ANCHOR).close()
        args.out.mkdir(parents=True, exist_ok=True)
        from partage.ui.preferences import apply_theme

        for language, theme in (("fr", "light"), ("en", "light"), ("fr", "dark"), ("en", "dark")):
            install_translations(language)
            apply_theme(theme)
            suffix = f"{language}-dark" if theme == "dark" else language
            db = open_workspace(demo, backup=BackupPolicy(enabled=False))
            view = DashboardView(db, ChangeBus())
            view.clock = lambda: ANCHOR
            view.set_clock_day()
            view.resize(1400, 820)
            view.show()
            deadline = time.monotonic() + 60
            while (view.busy or view.figures is None) and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            for index, name in enumerate(CHARTS):
                view.tabs.setCurrentIndex(index)
                for _ in range(5):
                    app.processEvents()
                path = args.out / f"dashboard-{name}-{suffix}.png"
                view.grab().save(str(path))
                print(path)
            view.close()
            wait_for_jobs()
            db.close()
        app.shutdown()


if __name__ == "__main__":
    main()
