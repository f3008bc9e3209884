"""Files picked in the window that must not be read whole: an endless device, a pipe, a
file larger than the limit. The dialog says why, the window keeps working, nothing is
written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from partage.services import files
from partage.services.members import MemberInput, add_member
from partage.ui.changes import ChangeBus
from partage.ui.costs.cost_dialog import CostDialog
from partage.ui.import_dialog import ImportDialog
from tests.conftest import content_digest as digest
from tests.ui.conftest import settle
from tests.ui.costs.conftest import TODAY


@pytest.fixture
def dialog(qtbot: QtBot, db, bus: ChangeBus) -> ImportDialog:
    add_member(db, MemberInput(name="Anne Roy"))
    widget = ImportDialog(db, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def zero(tmp_path: Path) -> Path:
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    return link


def test_an_endless_device_or_a_pipe_is_refused_in_the_import_dialog(
    dialog: ImportDialog, zero: Path, tmp_path: Path, db_path
) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    before = digest(db_path)
    for path in (zero, pipe):
        dialog.load_file(path)
        assert dialog.status.text() == (
            f"{path} is not a file Partage can read (a folder or a device).")
        assert dialog.status.property("problem") is True
        assert dialog.table is None and not dialog.import_button.isEnabled()
    dialog.accept()
    settle()
    assert digest(db_path) == before


def test_a_file_over_the_import_limit_is_refused_in_the_dialog(
    dialog: ImportDialog, tmp_path: Path, db_path, monkeypatch
) -> None:
    import partage.ui.import_dialog as module

    monkeypatch.setattr(module, "IMPORT_LIMIT_BYTES", 1024 * 1024)
    big = tmp_path / "big.csv"
    big.write_bytes(b"name\n" + b"Anne\n" * 300_000)
    before = digest(db_path)
    dialog.load_file(big)
    assert dialog.status.text() == f"{big} is larger than 1 MB, the most Partage reads here."
    assert not dialog.import_button.isEnabled()
    assert digest(db_path) == before


def test_the_file_is_read_off_the_gui_thread(dialog: ImportDialog, tmp_path: Path,
                                             monkeypatch) -> None:
    import threading

    import partage.ui.import_dialog as module

    threads = []
    real = module.read_named_file

    def spy(path: Path, *, limit: int) -> bytes:
        threads.append(threading.current_thread())
        return real(path, limit=limit)

    monkeypatch.setattr(module, "read_named_file", spy)
    path = tmp_path / "m.csv"
    path.write_text("name\nMarc\n", encoding="utf-8")
    dialog.load_file(path)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.table is not None and dialog.import_button.isEnabled()


def test_a_receipt_that_is_a_device_is_refused_in_the_cost_dialog(
    qtbot: QtBot, db, bus: ChangeBus, tmp_path: Path
) -> None:
    link = tmp_path / "scan.pdf"
    link.symlink_to("/dev/zero")
    cost_dialog = CostDialog(db, bus, None, day=TODAY)
    qtbot.addWidget(cost_dialog)
    assert not cost_dialog.receipt_field.attach_file(link)
    assert cost_dialog.feedback.field_in_error() == "receipt"
    assert "is not a file Partage can read" in cost_dialog.error_text()
    assert not cost_dialog.receipt_field.has_receipt


def test_the_receipt_limit_is_read_at_most(tmp_path: Path, monkeypatch) -> None:
    from partage.ui.costs import receipt as receipt_module

    asked = []
    real = files.read_named_file

    def spy(path: Path, *, limit: int) -> bytes:
        asked.append(limit)
        return real(path, limit=limit)

    monkeypatch.setattr(receipt_module, "read_named_file", spy)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    data, media_type = receipt_module.read_receipt(scan)
    assert media_type == "application/pdf" and data.startswith(b"%PDF")
    assert asked == [receipt_module.RECEIPT_LIMIT_BYTES]
