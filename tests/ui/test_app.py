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
from tests.conftest import ON_SERVER


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """main() quits as soon as the first section is painted with its data."""
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
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [
        "partage-shown", "partage-ready",
    ]
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


def probe_lines(stdout: str) -> list[tuple[str, float]]:
    return [(name, float(moment)) for name, moment in (line.split() for line in
                                                       stdout.splitlines())]


def test_a_process_reports_shown_then_ready_and_backs_up_after(db, db_path: Path,
                                                               tmp_path: Path) -> None:
    db.close()
    home = tmp_path / "home"
    env = dict(os.environ, PARTAGE_HOME=str(home), PARTAGE_STARTUP_PROBE="1",
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from partage.app import main; sys.exit(main())",
         str(db_path), "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )

    assert result.returncode == 0, result.stderr
    [(shown, shown_at), (ready, ready_at)] = probe_lines(result.stdout)
    assert (shown, ready) == ("partage-shown", "partage-ready")
    assert shown_at <= ready_at
    # Taken from the worker after the first section painted; waited for at exit. A server
    # is backed up with its own tools.
    backups = list((home / "data" / "backups").rglob("*.partage"))
    assert len(backups) == (0 if ON_SERVER else 1)
    assert all(backup.name.endswith("-auto.partage") for backup in backups)


def test_the_window_code_loads_without_the_services() -> None:
    # What start-up imports before its first paint: no SQLAlchemy, no services.
    code = (
        "import sys, partage.app, partage.ui.controller, partage.ui.main_window\n"
        "heavy = ('sqlalchemy', 'partage.services', 'partage.storage', 'partage.models')\n"
        "print(sorted(name for name in sys.modules if name.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)

    assert result.stdout.strip() == "[]"
