"""The ``partage`` entry point: arguments, the start-up probe, the last file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partage.app import main, parse_arguments
from partage.ui.preferences import Preferences


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """main() quits as soon as the first view is painted."""
    monkeypatch.setenv("PARTAGE_STARTUP_PROBE", "1")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def test_arguments() -> None:
    assert parse_arguments(["a.partage"]).file == "a.partage"
    assert parse_arguments(["--db", "postgresql+psycopg://u@h/db"]).db.startswith("postgresql")
    assert parse_arguments(["--demo", "--lang", "fr"]).lang == "fr"
    with pytest.raises(SystemExit):
        parse_arguments(["--lang", "de"])
    with pytest.raises(SystemExit):
        parse_arguments(["a.partage", "--demo"])


def test_main_opens_the_file_and_reports_when_shown(
    qtbot: QtBot, probe: None, db, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()

    code = main([str(db_path), "--lang", "en"])

    assert code == 0
    assert capsys.readouterr().out.startswith("partage-shown ")
    preferences = Preferences()
    assert preferences.recent_files() == [str(db_path)]
    assert preferences.last_file == str(db_path)
    close_windows()


def test_main_without_argument_reopens_the_last_file(
    qtbot: QtBot, probe: None, db, db_path: Path
) -> None:
    db.close()
    preferences = Preferences()
    preferences.last_file = str(db_path)
    preferences.sync()

    assert main(["--lang", "en"]) == 0

    [window] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]
    assert window.windowTitle() == "Partage — Coop test"
    close_windows()


def test_demo_start_up_in_a_process_of_its_own(tmp_path: Path) -> None:
    env = dict(os.environ, PARTAGE_HOME=str(tmp_path), PARTAGE_STARTUP_PROBE="1",
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from partage.app import main; sys.exit(main())",
         "--demo", "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("partage-shown ")
    assert list((tmp_path / "data" / "demo").glob("demo-*.partage"))
