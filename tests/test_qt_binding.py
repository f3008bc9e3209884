"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 returned None from void methods without a new reference:
after some thousands of calls the interpreter aborted ("deallocating None"). That build
is excluded in pyproject.toml; this test fails if such a build is ever installed again.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    changed = Signal()

app = QApplication([])
label, emitter = QLabel(), Emitter()
before = [sys.getrefcount(x) for x in (None, True, False)]
for _ in range(20_000):
    label.setText("Partage")
    emitter.changed.emit()
after = [sys.getrefcount(x) for x in (None, True, False)]
print(*[a - b for a, b in zip(after, before)])
"""


def test_void_calls_and_signals_do_not_drop_references():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    drops = [int(value) for value in result.stdout.split()]
    assert all(drop > -1000 for drop in drops), drops
