"""Screenshots of the Statements section, the settings dialog and the PDFs, in both languages.

Usage: python docs/screenshots/statements_screenshots.py [--out FOLDER]

On a fresh small demo anchored on 2026-11-24, in a throw-away Partage home, with Qt's
offscreen platform unless a display is given: the drafts of October with one previewed,
the invoices after "Issue all" with a voided one, the "Issue all" confirmation for a
month that has not ended, the three tabs of the organisation dialog; and the first page
of a French invoice, an English one and a credit note, rendered with pdftoppm
(poppler-utils).
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
ANCHOR = dt.date(2026, 11, 24)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from partage.ui.reading import wait_for_reads

    wait_for_reads()  # the sections read on the worker

    for _ in range(5):
        QApplication.processEvents()


def _wait(view: object) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 60
    while getattr(view, "busy", False) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    time.sleep(0.3)  # the PDF view renders its pages on a thread of its own
    _settle()


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _pdf_page(data: bytes, path: Path) -> None:
    """The first page of *data* as a PNG at *path* (pdftoppm adds nothing to the name)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-r", "90", "-png", "-singlefile", "-f", "1", "-l", "1",
             str(source), str(path.with_suffix(""))],
            check=True,
        )
    print(path)


def take(language: str, out: Path, demo: Path) -> None:
    """The section and the dialog in *language*; invoices issued in the French pass."""
    from partage.i18n import install_translations
    from partage.services import invoicing
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.changes import ChangeBus
    from partage.ui.document_settings_dialog import DocumentSettingsDialog
    from partage.ui.statements import StatementsView

    install_translations(language)
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    bus = ChangeBus()
    view = StatementsView(db, bus)
    view.clock = lambda: ANCHOR
    view.resize(*SIZE)
    view.show()
    view.period.set_period(*OCTOBER)
    _wait(view)
    view.drafts_table.setCurrentIndex(view.drafts_proxy.index(1, 0))
    _wait(view)
    _save(view, out / f"statements-drafts-{language}.png")

    if not invoicing.list_invoices(db):
        view.issue_all(confirm=False)
        _wait(view)
        first = min(r.number for r in invoicing.list_invoices(db))
        view.tabs.setCurrentIndex(1)
        view.select_invoice(first)
        view.void_selected(confirm=False)
        _wait(view)
    view.tabs.setCurrentIndex(1)
    records = invoicing.list_invoices(db)
    english = next(r for r in records if r.language == "en" and r.kind == "invoice")
    view.select_invoice(english.number if language == "en" else
                        next(r.number for r in records if r.language == "fr"
                             and r.status != "void" and r.kind == "invoice"))
    _wait(view)
    _save(view, out / f"statements-invoices-{language}.png")

    dialog = DocumentSettingsDialog(db, bus, view)
    dialog.show()
    dialog.adjustSize()
    for index, name in enumerate(("organisation", "invoices", "taxes")):
        dialog.tabs.setCurrentIndex(index)
        _save(dialog, out / f"settings-{name}-{language}.png")
    dialog.reject()

    if language == "fr":
        french = next(r for r in records if r.language == "fr" and r.kind == "invoice"
                      and r.status != "void")
        credit = next(r for r in records if r.kind == "credit_note")
        _pdf_page(invoicing.invoice_pdf(db, french.number), out / "invoice-fr.png")
        _pdf_page(invoicing.invoice_pdf(db, english.number), out / "invoice-en.png")
        _pdf_page(invoicing.invoice_pdf(db, credit.number), out / "credit-note-fr.png")
    view.close()
    view.deleteLater()
    _settle()
    db.close()


def confirmation(language: str, out: Path, demo: Path) -> None:
    """The "Issue all" confirmation for November, seen on the 24th: the period has not
    ended, so it is the warning."""
    from PySide6.QtWidgets import QMessageBox

    from partage.i18n import install_translations
    from partage.services.workspace import BackupPolicy, open_workspace
    from partage.ui.changes import ChangeBus
    from partage.ui.statements import StatementsView

    install_translations(language)
    db = open_workspace(demo, backup=BackupPolicy(enabled=False))
    view = StatementsView(db, ChangeBus())
    view.clock = lambda: ANCHOR
    view.resize(*SIZE)
    view.show()
    start, end = ANCHOR.replace(day=1), dt.date(2026, 11, 30)
    view.period.set_period(start, end)
    _wait(view)
    assert view.drafts is not None
    ready = [r for r in view.drafts.rows if not r.invoiced and r.statement.total_cents]
    box, _ = view.issue_question(ready, start, end)
    box.show()
    _settle()
    assert isinstance(box, QMessageBox)
    _save(box, out / f"issue-all-confirmation-{language}.png")
    box.close()
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
        from partage.ui.worker import wait_for_jobs

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        app.setApplicationName("Partage")
        demo = Path(home) / "La Remise.partage"
        create_demo(demo, anchor=ANCHOR).close()
        args.out.mkdir(parents=True, exist_ok=True)
        for language in ("fr", "en"):
            confirmation(language, args.out, demo)
            take(language, args.out, demo)
        wait_for_jobs()
        app.shutdown()


if __name__ == "__main__":
    main()
