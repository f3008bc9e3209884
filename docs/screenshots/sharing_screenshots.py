"""Take the screenshots of sharing one file, in English and in French.

Usage: python docs/screenshots/sharing_screenshots.py [--out FOLDER]

The "Who is here" panel and the status bar (two other people really have the file open,
through their own connections), the conflict dialog, the restore dialog, the cloud-folder
question and the read-only and cloud-folder banners; on a fresh demo database in a
throw-away Partage home, with Qt's offscreen platform unless a display is given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)


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


def _until(condition: Callable[[], bool], tick: Callable[[], None] = lambda: None) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 30
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window never showed what was expected")
        tick()
        QApplication.processEvents()
        time.sleep(0.05)


def _grab_modal(open_it: Callable[[], None], path: Path, close: Callable[[object], None]) -> None:
    """Open a modal dialog with *open_it*, save a picture of it, then *close* it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, shoot)
            return
        _save(dialog, path)
        close(dialog)

    QTimer.singleShot(50, shoot)
    open_it()


def take(language: str, out: Path, demo: Path, home: Path) -> None:
    """Every sharing screenshot of *language*."""
    from partage.i18n import install_translations
    from partage.services.members import MemberInput, list_members, update_member
    from partage.services.sharing import SharingSession
    from partage.services.workspace import (
        Actor,
        backup_database,
        list_backups,
        open_workspace,
    )
    from partage.ui.cloud_dialog import CloudFolderDialog
    from partage.ui.controller import AppController
    from partage.ui.member_dialog import MemberDialog
    from partage.ui.preferences import Preferences
    from partage.ui.restore_dialog import RestoreDialog
    from partage.ui.worker import wait_for_jobs

    install_translations(language)
    preferences = Preferences()
    preferences.clear_recent()
    preferences.last_file = ""
    preferences.section = "members"
    controller = AppController(preferences)
    # The person in the pictures, rather than whoever takes them on whichever computer.
    controller.actor = lambda: Actor("genevieve", "Geneviève Tremblay", "PC-BUREAU")  # type: ignore[method-assign]
    window = controller.window
    window.resize(*SIZE)
    window.show()
    controller.open_target(str(demo))
    database = controller.database
    assert database is not None
    wait_for_jobs()
    _settle()
    window.statusBar().clearMessage()

    # Two others open the same file from their own computers.
    others = [
        open_workspace(demo, actor=Actor("marc", "Marc Roy", "PC-ACCUEIL")),
        open_workspace(demo, actor=Actor("julie", "Julie Lévesque", "PORTABLE-JULIE")),
    ]
    sessions = [SharingSession(other) for other in others]

    def beat() -> None:
        for session in sessions:
            session.beat()

    _until(lambda: window.presence_button.text().count(",") == 1, beat)
    members = list_members(database)
    update_member(others[0], members[1].id,
                  MemberInput(**{**members[1].as_input().__dict__, "phone": "514 555-0147"}),
                  expected_version=members[1].version)
    _until(lambda: "Marc Roy" in window.last_change_label.text(), beat)
    window.presence_action.trigger()
    window.views["members"].select_record(members[0].id)  # type: ignore[attr-defined]
    _save(window, out / f"presence-panel-{language}.png")
    window.presence_action.trigger()

    # A conflict: Marc saves a member while it is open here too.
    member = list_members(database)[2]
    dialog = MemberDialog(database, controller.bus, member, window)
    dialog.show()
    update_member(others[0], member.id,
                  MemberInput(**{**member.as_input().__dict__, "phone": "438 555-0190",
                                 "notes": "Clés du local: casier 4"}),
                  expected_version=member.version)
    dialog.name_edit.setText(member.name + "-Gagnon")
    dialog.phone_edit.setText("514 555-0111")
    _grab_modal(lambda: dialog.ok_button().click(), out / f"conflict-dialog-{language}.png",
                lambda conflict: conflict.reject())  # type: ignore[attr-defined]
    dialog.reject()
    for session in sessions:
        session.leave()
    for other in others:
        other.close()

    # File > Restore.
    backup_database(database)
    restore = RestoreDialog(list_backups(database), window)
    restore.show()
    _save(restore, out / f"restore-dialog-{language}.png")
    restore.reject()

    # A file in a Dropbox folder: the question, then the banner.
    synced = home / "Dropbox" / "Coop"
    synced.mkdir(parents=True, exist_ok=True)
    in_cloud = synced / demo.name
    shutil.copyfile(demo, in_cloud)
    question = CloudFolderDialog(str(in_cloud), "Dropbox", window)
    question.show()
    question.adjustSize()
    _save(question, out / f"cloud-dialog-{language}.png")
    question.reject()
    controller.set_database(open_workspace(in_cloud), str(in_cloud))
    wait_for_jobs()
    _settle()
    window.statusBar().clearMessage()
    _until(lambda: window.presence_button.isVisible())
    _save(window, out / f"banner-cloud-{language}.png")

    # A file this person may only read.
    controller.set_database(open_workspace(demo, read_only=True), str(demo))
    _settle()
    window.statusBar().clearMessage()
    _until(lambda: window.presence_button.isVisible())
    _save(window, out / f"banner-read-only-{language}.png")

    wait_for_jobs()
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
            take(language, args.out, demo, Path(home))
        del app


if __name__ == "__main__":
    main()
