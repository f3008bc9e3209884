"""The organisation settings dialog against hostile files and spoiled stored settings."""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from partage.services import document_settings
from partage.ui.document_settings_dialog import DocumentSettingsDialog
from tests.services.test_integrity import tamper
from tests.ui.conftest import settle


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def pick(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(path), ""))


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero")
def test_picking_dev_zero_as_the_logo_is_refused_at_once(
    qtbot: QtBot, db, bus, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = DocumentSettingsDialog(db, bus)
    qtbot.addWidget(dialog)
    pick(monkeypatch, "/dev/zero")

    dialog.choose_logo()

    assert dialog.logo == b""
    assert "/dev/zero" in dialog.error_text()


def test_picking_a_logo_of_absurd_pixel_size_is_refused(
    qtbot: QtBot, db, bus, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    logo = tmp_path / "bomb.png"
    logo.write_bytes(png(30_000, 30_000))
    dialog = DocumentSettingsDialog(db, bus)
    qtbot.addWidget(dialog)
    pick(monkeypatch, logo)

    dialog.choose_logo()

    assert dialog.logo == b""
    assert "30000 × 30000 pixels" in dialog.error_text()


def test_a_sane_logo_is_taken(
    qtbot: QtBot, db, bus, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(120, 40))
    dialog = DocumentSettingsDialog(db, bus)
    qtbot.addWidget(dialog)
    pick(monkeypatch, logo)

    dialog.choose_logo()

    assert dialog.logo == png(120, 40)


def test_the_dialog_opens_on_a_spoiled_setting_and_saving_mends_it(qtbot: QtBot, db, bus
                                                                  ) -> None:
    tamper(db, "INSERT INTO settings (key, value) VALUES (?, ?)", ("gst_rate", "abc"))

    dialog = DocumentSettingsDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.ok_button().click()
    settle()

    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()

    assert document_settings.load(db).gst_rate == document_settings.DEFAULT_GST
