"""Take the screenshots of File > Import and File > Export in docs/screenshots, in English
and French.

Usage: python docs/screenshots/exchange_screenshots.py [--out FOLDER]

The import dialog shows a members file with a preview and its errors (a bad e-mail, a date
written the French way, a weight in words, a member already in the demo co-op), read from
a semicolon-separated Windows-1252 file as a French spreadsheet saves it; the export
dialog shows its two choices. A fresh small demo, a throw-away Partage home, and Qt's
offscreen platform unless a display is given.
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

HEADERS = {
    "en": "Name;Email;Phone;Weight;Joined;Language",
    "fr": "Nom;Courriel;Téléphone;Poids;Date d'arrivée;Langue",
}
ROWS = [
    "Amélie Gagnon;amelie.gagnon@exemple.qc.ca;514 555-0142;1;2026-01-12;français",
    "Jonathan Lévesque;jonathan@exemple;438 555-0199;1,5;2026-02-01;fr",
    "Famille Nguyen;nguyen@exemple.qc.ca;;2;15/02/2026;anglais",
    "Geneviève Tremblay;gen@exemple.qc.ca;;1;2026-03-01;fr",
    "Marc-André Roy;marc-andre@exemple.qc.ca;;deux;2026-03-03;fr",
    "Sophie Bélanger;sophie.belanger@exemple.qc.ca;450 555-0123;1;2026-03-10;fr",
    "Atelier des Possibles;info@possibles.coop;514 555-0177;3;2026-04-01;fr",
    "Kevin O'Brien;kevin.obrien@example.ca;;1;2026-04-15;english",
]


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


def take(language: str, out: Path, demo: Path, work: Path) -> None:
    """The import and export dialogs in *language*."""
    from partage.i18n import install_translations
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.changes import ChangeBus
    from partage.ui.export_dialog import ExportDialog
    from partage.ui.import_dialog import ImportDialog

    install_translations(language)
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    source = work / ("membres.csv" if language == "fr" else "members.csv")
    source.write_bytes("\r\n".join([HEADERS[language], *ROWS, ""]).encode("cp1252"))

    dialog = ImportDialog(db, ChangeBus())
    dialog.resize(1180, 760)
    dialog.show()
    dialog.load_file(source)
    dialog.problems_view.selectRow(0)
    _save(dialog, out / f"import-dialog-{language}.png")
    dialog.reject()

    export = ExportDialog(db)
    export.show()
    _save(export, out / f"export-dialog-{language}.png")
    export.reject()
    for widget in (dialog, export):
        widget.deleteLater()
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
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "fr"):
            take(language, args.out, demo, Path(home))
        wait_for_jobs()
        app.shutdown()


if __name__ == "__main__":
    main()
