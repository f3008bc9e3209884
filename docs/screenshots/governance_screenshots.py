"""Screenshots of the Audit log and of the Access and closing tab, in French and English.

Usage: python docs/screenshots/governance_screenshots.py [--out FOLDER]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANCHOR = dt.date(2026, 11, 24)


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
        from partage.ui.audit_dialog import AuditDialog
        from partage.ui.changes import ChangeBus
        from partage.ui.costs.periods import QuickPeriod
        from partage.ui.document_settings_dialog import DocumentSettingsDialog

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        demo = Path(home) / "La Remise.partage"
        create_demo(demo, anchor=ANCHOR).close()
        for language in ("fr", "en"):
            install_translations(language)
            db = open_workspace(demo, backup=BackupPolicy(enabled=False))
            audit = AuditDialog(db, today=ANCHOR)
            audit.period.set_choice(QuickPeriod.THIS_YEAR, ANCHOR)
            audit.show()
            app.processEvents()
            audit.grab().save(str(args.out / f"audit-log-{language}.png"))
            audit.close()
            settings = DocumentSettingsDialog(db, ChangeBus())
            settings.show()
            settings.adjustSize()
            settings.tabs.setCurrentIndex(3)
            app.processEvents()
            settings.grab().save(str(args.out / f"settings-access-{language}.png"))
            settings.close()
            db.close()
        app.shutdown()


if __name__ == "__main__":
    main()
