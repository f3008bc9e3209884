"""None, True and False survive any number of Qt calls, as the application needs."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from partage.ui.refcounts import MARGIN, protect_singletons

# Enough void calls and bool-returning emits to exhaust an unprotected count.
HAMMER = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
PROTECT
app = QApplication([])
class Emitter(QObject):
    fired = Signal(object)
emitter = Emitter()
emitter.fired.connect(lambda value: None)
widget = QWidget()
for _ in range(200_000):
    widget.update()
    emitter.fired.emit(None)
print("survived")
"""


def run(protect: bool) -> subprocess.CompletedProcess[str]:
    code = HAMMER.replace(
        "PROTECT",
        "from partage.ui.refcounts import protect_singletons; protect_singletons()"
        if protect else "",
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    result = run(protect=True)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal")
def test_the_counts_are_raised_once() -> None:
    gc.collect()
    protect_singletons()  # already done by the conftest: nothing more is added
    assert sys.getrefcount(None) > MARGIN
    assert sys.getrefcount(True) > MARGIN and sys.getrefcount(False) > MARGIN
    assert sys.getrefcount(None) < 2 * MARGIN
