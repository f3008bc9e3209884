"""Every dialog of Partage, in French and English, in the light and the dark theme.

Usage: python docs/screenshots/dialogs_screenshots.py [--out FOLDER] [--only NAME ...]

Writes ``dialogs/<name>-<language>-<theme>.png`` under docs/screenshots (or FOLDER) and
prints each path. Runs on a fresh copy of the demo database in a throw-away Partage home,
with Qt's offscreen platform unless a display is given (``xvfb-run -a python …``).
docs/screenshots.md shows them side by side.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANCHOR = dt.date(2026, 11, 24)
LANGUAGES = ("fr", "en")
THEMES = ("light", "dark")


def _settle(seconds: float = 0.05) -> None:
    from PySide6.QtWidgets import QApplication

    from partage.ui.reading import wait_for_reads

    wait_for_reads()  # the sections read on the worker

    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if time.monotonic() >= deadline:
            break
        time.sleep(0.01)


class Shooter:
    """Builds each dialog on the demo database and saves its picture."""

    def __init__(self, home: Path, out: Path, only: set[str]) -> None:
        from partage.services.demo import create_demo

        self.out = out
        self.only = only
        (home / "Documents").mkdir()
        self.demo = home / "Documents" / "La Remise.partage"
        create_demo(self.demo, anchor=ANCHOR).close()

    def shots(self) -> Iterator[tuple[str, Callable[[], object]]]:
        """(name, a function that returns the shown widget) for every dialog."""
        from partage.errors import PartageError
        from partage.services import costs as cost_service
        from partage.services.assets import list_assets
        from partage.services.bookings import list_bookings
        from partage.services.calendar import calendar_catalog
        from partage.services.members import MemberInput, add_member, list_members
        from partage.services.sharing import LastChange
        from partage.services.upkeep import plan_statuses
        from partage.services.workspace import Actor, BackupPolicy, open_workspace
        from partage.services.workspace import list_backups as list_backup_entries
        from partage.storage.backup import backup_now, list_backups
        from partage.ui.asset_dialog import AssetDialog
        from partage.ui.audit_dialog import AuditDialog
        from partage.ui.calendar.actions import CancelDialog, ChangeScopeDialog, HandoverDialog
        from partage.ui.calendar.booking_dialog import BookingDialog
        from partage.ui.changes import ChangeBus
        from partage.ui.cloud_dialog import CloudFolderDialog
        from partage.ui.conflict_dialog import ConflictDialog, FieldVersions
        from partage.ui.costs.cost_dialog import CostDialog
        from partage.ui.costs.payment_dialog import PaymentDialog
        from partage.ui.costs.upkeep_dialogs import PlanDialog, PolicyDialog, RecordDoneDialog
        from partage.ui.document_settings_dialog import DocumentSettingsDialog
        from partage.ui.errors import show_error
        from partage.ui.export_dialog import ExportDialog
        from partage.ui.guide import GuideDialog
        from partage.ui.import_dialog import ImportDialog
        from partage.ui.member_dialog import MemberDialog
        from partage.ui.new_database_dialog import NewDatabaseDialog
        from partage.ui.preferences import Preferences
        from partage.ui.preferences_dialog import PreferencesDialog
        from partage.ui.presence_panel import PresencePanel
        from partage.ui.restore_dialog import RestoreDialog

        db = open_workspace(self.demo, backup=BackupPolicy(enabled=False))
        self.db = db
        bus = ChangeBus()
        members = list_members(db)
        assets = list_assets(db)
        van = next((a for a in assets if a.owners and a.purchase_price_cents), assets[0])
        member = next((m for m in members if m.email), members[0])
        bookings = list_bookings(db)
        booking = bookings[len(bookings) // 2]
        costs = cost_service.list_costs(db)
        cost = costs[0]
        catalog = calendar_catalog(db)
        someone = LastChange(
            at=dt.datetime(2026, 11, 24, 14, 5), display_name="Mireille Gagnon",
            os_user="mgagnon", machine="BUREAU-2", action="update", entity="member",
        )
        if not list_backups(self.demo):
            backup_now(self.demo, reason="manual")

        yield "member", lambda: MemberDialog(db, bus, member)
        yield "member-new", lambda: MemberDialog(db, bus)
        yield "asset", lambda: AssetDialog(db, bus, van)
        yield "booking", lambda: BookingDialog(db, bus, catalog, record=booking)
        yield "booking-new", lambda: BookingDialog(
            db, bus, catalog, asset_id=van.id,
            start=dt.datetime(2026, 11, 26, 9), end=dt.datetime(2026, 11, 26, 17),
        )
        yield "handover-out", lambda: HandoverDialog(False, "km", van.name)
        yield "handover-in", lambda: HandoverDialog(True, "km", van.name)
        yield "cancel-booking", lambda: CancelDialog()
        yield "change-scope", lambda: ChangeScopeDialog()
        yield "cost", lambda: CostDialog(db, bus, cost)
        yield "cost-new", lambda: CostDialog(db, bus, day=ANCHOR)
        yield "payment", lambda: PaymentDialog(db, bus, day=ANCHOR, member_id=member.id)
        yield "maintenance-plan", lambda: PlanDialog(db, bus, day=ANCHOR, asset_id=van.id)
        statuses = plan_statuses(db, ANCHOR)
        if statuses:
            yield "maintenance-done", lambda: RecordDoneDialog(db, bus, statuses[0], day=ANCHOR)
        yield "insurance-policy", lambda: PolicyDialog(db, bus, day=ANCHOR)
        yield "settings", lambda: DocumentSettingsDialog(db, bus)
        yield "preferences", lambda: PreferencesDialog(Preferences())
        yield "new-database", lambda: NewDatabaseDialog(Actor.current())
        yield "import", lambda: ImportDialog(db, bus)
        yield "export", lambda: ExportDialog(db)
        yield "audit-log", lambda: AuditDialog(db, today=ANCHOR)
        yield "restore", lambda: RestoreDialog(list_backup_entries(db))
        yield "cloud-folder", lambda: CloudFolderDialog(
            str(Path.home() / "Dropbox" / "La Remise.partage"), "Dropbox")
        yield "conflict", lambda: ConflictDialog(
            member.name,
            [FieldVersions("Téléphone" if self.language == "fr" else "Phone",
                           "514 555-0199", "514 555-0142"),
             FieldVersions("Courriel" if self.language == "fr" else "Email",
                           "m.gagnon@example.org", member.email)],
            someone,
        )
        yield "guide", lambda: GuideDialog()
        panel_holder: list[object] = []

        def presence() -> object:
            panel = PresencePanel()  # docked at the window's side; here on its own
            panel.resize(560, 260)
            panel_holder.append(panel)
            return panel

        yield "presence", presence

        def error() -> object:
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication

            shown: list[object] = []

            def grab() -> None:
                box = QApplication.activeModalWidget()
                if box is not None:
                    box.adjustSize()
                    shown.append(box.grab())
                    box.close()

            QTimer.singleShot(300, grab)
            try:  # a real refusal, in the person's language
                add_member(db, MemberInput(name=member.name))
            except PartageError as refusal:
                show_error(None, refusal)
            return shown[0] if shown else None

        yield "error-message", error

    def run(self) -> None:
        from PySide6.QtGui import QPixmap
        from PySide6.QtWidgets import QApplication, QWidget

        from partage.i18n import install_translations
        from partage.ui.preferences import apply_theme
        from partage.ui.widgets import clipped_texts
        from partage.ui.worker import wait_for_jobs

        folder = self.out / "dialogs"
        folder.mkdir(parents=True, exist_ok=True)
        self.names: list[str] = []
        self.problems: list[str] = []
        for language in LANGUAGES:
            self.language = language
            install_translations(language)
            for theme in THEMES:
                apply_theme(theme)
                for name, build in self.shots():
                    if self.only and name not in self.only:
                        continue
                    shown = build()
                    if isinstance(shown, QWidget):
                        shown.show()  # at the size the dialog gives itself, as a person sees it
                        _settle(0.6)
                        wait_for_jobs()
                        _settle(0.1)
                        picture = shown.grab()
                        self.problems += [f"{name}-{language}-{theme}: {problem}"
                                          for problem in clipped_texts(shown)]
                        shown.close()
                        shown.deleteLater()
                    elif isinstance(shown, QPixmap):
                        picture = shown
                    else:
                        raise RuntimeError(f"{name}: nothing was shown")
                    self.save(picture, folder, name, f"{language}-{theme}")
                wait_for_jobs()
                self.db.close()
                QApplication.processEvents()
                self.sections(language, theme, folder)
        if not self.only:
            self.write_gallery(self.names)
        for problem in self.problems:
            print(f"cut off: {problem}", file=sys.stderr)
        if self.problems:
            raise SystemExit(1)

    def save(self, picture: object, folder: Path, name: str, variant: str) -> None:
        from PySide6.QtGui import QPixmap

        assert isinstance(picture, QPixmap)
        path = folder / f"{name}-{variant}.png"
        if not picture.save(str(path)):
            raise OSError(f"could not write {path}")
        if name not in self.names:
            self.names.append(name)
        print(path)

    def write_gallery(self, names: list[str]) -> None:
        """docs/screenshots.md: every picture taken, a row per dialog or section."""
        lines = [
            "# Screenshots",
            "",
            "Every dialog and every section of the main window, in French and English, in the",
            "light and the dark theme, taken from the real widgets on the demo database by",
            "`python docs/screenshots/dialogs_screenshots.py` (which also fails loudly on a",
            "label or button drawn narrower than its text). Click a picture for its full size.",
            "",
            "| | français, clair | français, sombre | English, light | English, dark |",
            "|---|---|---|---|---|",
        ]
        for name in names:
            cells = [
                f'<a href="screenshots/dialogs/{name}-{lang}-{theme}.png">'
                f'<img src="screenshots/dialogs/{name}-{lang}-{theme}.png" width="200"></a>'
                for lang in LANGUAGES for theme in THEMES
            ]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines += [  # taken by statements_screenshots.py; listed here so they stay listed
            "",
            'The "Issue all" confirmation for a month that has not ended (a warning; Cancel is',
            "the default), taken by `python docs/screenshots/statements_screenshots.py`:",
            "",
            "| français | English |",
            "|---|---|",
            "| "
            + " | ".join(
                f'<a href="screenshots/issue-all-confirmation-{lang}.png">'
                f'<img src="screenshots/issue-all-confirmation-{lang}.png" width="300"></a>'
                for lang in ("fr", "en")
            )
            + " |",
        ]
        (self.out.parent / "screenshots.md").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def sections(self, language: str, theme: str, folder: Path) -> None:
        """The main window on each section of the side bar."""
        from partage.ui.controller import AppController
        from partage.ui.main_window import SECTIONS
        from partage.ui.preferences import Preferences
        from partage.ui.widgets import clipped_texts
        from partage.ui.worker import wait_for_jobs

        wanted = [s for s in SECTIONS if not self.only or f"window-{s}" in self.only]
        if not wanted:
            return
        preferences = Preferences()
        preferences.clear_recent()
        preferences.last_file = ""
        preferences.theme = theme  # the window applies the preferences' colours as it starts
        controller = AppController(preferences)
        window = controller.window
        window.resize(1280, 800)
        controller.start()
        controller.open_target(str(self.demo))
        _settle(0.5)
        wait_for_jobs()
        _settle(0.2)
        window.statusBar().clearMessage()
        for section in wanted:
            window.side_bar.setCurrentRow(SECTIONS.index(section))
            _settle(0.8)
            wait_for_jobs()
            _settle(0.3)
            self.problems += [f"window-{section}-{language}-{theme}: {problem}"
                              for problem in clipped_texts(window)]
            self.save(window.grab(), folder, f"window-{section}", f"{language}-{theme}")
        window.close()
        window.deleteLater()
        wait_for_jobs()
        _settle(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="partage-shots-") as home:
        os.environ["PARTAGE_HOME"] = home
        os.environ["HOME"] = home  # the cloud folder's example path is under it
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])

        from partage.reports.renderer import install as install_renderer


        install_renderer()  # PDFs are drawn through the rendering port, as in the app
        app.setApplicationName("Partage")
        Shooter(Path(home), args.out, set(args.only)).run()
        app.shutdown()


if __name__ == "__main__":
    main()
