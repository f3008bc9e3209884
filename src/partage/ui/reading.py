"""Reading off the GUI thread: the latest request's result, and only that.

A view asks ``LatestRead`` to read again whenever what it shows may have changed (a
change on the bus, a period typed digit by digit); the read runs on the worker thread,
a result made old by a newer request is dropped, and a database busy for a moment is
read again before anything is said. ``wait_for_reads`` lets tests and screenshot scripts
wait until every view has what it reads.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from partage.errors import DatabaseBusy, DatabaseUnavailable
from partage.ui.worker import Job, JobControl, start_job

# A background read that found the database busy or out of reach is tried again after
# these delays before the window says so.
READ_RETRY_MS = (300, 1000, 3000)

_readers: weakref.WeakSet[LatestRead] = weakref.WeakSet()


def wait_for_reads(timeout_ms: int = 20_000) -> bool:
    """Let events flow until no read is waiting or running (True), or the time is up."""
    deadline = time.monotonic() + timeout_ms / 1000
    QCoreApplication.processEvents()
    while any(_busy(reader) for reader in list(_readers)):
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()
    return True


def busy_readers() -> list[str]:
    """The reads waiting or running, named by the view they read for (for a test's
    message when one never ends)."""
    names = []
    for reader in list(_readers):
        if _busy(reader):
            parent = reader.parent()
            names.append(
                f"{type(parent).__name__ if parent is not None else '?'}"
                f"(job={reader._job is not None}, timer={reader._timer.isActive()}, "
                f"retry={reader._retry_timer.isActive()}, again={reader._again})"
            )
    return names


def _busy(reader: LatestRead) -> bool:
    # A reader whose view was deleted mid-read never hears back from its job: not busy.
    if not shiboken6.isValid(reader):
        return False
    try:
        return reader.busy
    except RuntimeError:  # deleted meanwhile
        return False


class LatestRead(QObject):
    """Runs a slow read on the worker thread, keeping only the latest request's result.

    ``request`` waits a moment for more requests (typing a date fires at every digit),
    then calls *prepare* on the GUI thread to capture what to read, and runs the work it
    returns on the worker. A request made while the worker is busy makes the running
    result old: it is dropped and the read starts again.

    Signals:
        done(result): the latest read finished.
        failed(error): the latest read raised *error*.
        busy_changed(busy): a read is waiting or running (True), or none is (False).
    """

    done = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, prepare: Callable[[], Callable[[JobControl], Any]],
                 parent: QObject | None = None, debounce_ms: int = 250) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._job: Job | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        self._retries = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._start)
        _readers.add(self)

    @property
    def busy(self) -> bool:
        """True while a read is waiting or running."""
        return self._job is not None or self._timer.isActive() or self._retry_timer.isActive()

    def request(self) -> None:
        """Read again shortly."""
        self._timer.start()
        self.busy_changed.emit(True)

    def run_now(self) -> None:
        """Read again at once."""
        self._timer.stop()
        self.busy_changed.emit(True)
        self._start()

    def _start(self) -> None:
        if self._job is not None:
            self._again = True
            return
        self._job = start_job(self._prepare())
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)

    def _succeeded(self, result: object) -> None:
        if not shiboken6.isValid(self):  # its view was deleted while the job ran
            return
        self._retries = 0
        # A read that works again: a banner about reads that failed can go.
        parent = self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        clear = getattr(window, "clear_read_trouble", None)
        if clear is not None:
            clear()
        self._finish(self.done, result)

    def _failed(self, error: object) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, (DatabaseBusy, DatabaseUnavailable)) and self._retries < len(
            READ_RETRY_MS
        ):
            # Another computer committing, a server restarting: read again in a moment
            # before saying anything.
            delay = READ_RETRY_MS[self._retries]
            self._retries += 1
            self._job = None
            self._retry_timer.start(delay)
            return
        self._finish(self.failed, error)

    def _finish(self, signal: Any, value: object) -> None:
        self._job = None
        self._retries = 0
        if self._again:  # asked again while reading: this result is already old
            self._again = False
            self._start()
            return
        if self._timer.isActive():  # asked again, not yet started: that read will tell
            return
        self.busy_changed.emit(False)
        signal.emit(value)


