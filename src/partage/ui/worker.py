"""Long work off the GUI thread, with progress, cancellation and a result or error signal.

Work is a plain function that receives a ``JobControl``: it reports progress and looks at
the cancel request through it, and never touches a widget. Jobs run one at a time on a
single worker thread, so database work started from the interface is serialised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class Cancelled(Exception):
    """The person cancelled the work; whatever it had done was undone or discarded."""


class JobControl:
    """Given to a job's function: report progress, and see whether cancel was asked."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Say that *done* of *total* steps are finished (thread-safe)."""
        self._report(done, total)

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel was asked."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` when cancel was asked; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled


class Job(QObject):
    """One piece of work running off the GUI thread.

    Its public signals are emitted on the GUI thread, whichever thread the work runs on.

    Signals:
        progressed(done, total): progress reported by the work.
        succeeded(result): the work returned *result*.
        failed(error): the work raised *error* (``Cancelled`` when it stopped on request).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    # Emitted from the worker thread; queued to the slots below on the job's own thread.
    _progress_from_worker = Signal(int, int)
    _result_from_worker = Signal(object)
    _error_from_worker = Signal(object)

    def __init__(self, work: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.work = work
        self.control = JobControl(self._progress_from_worker.emit)
        self.finished = False
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_from_worker.connect(self._relay_progress, queued)
        self._result_from_worker.connect(self._relay_result, queued)
        self._error_from_worker.connect(self._relay_error, queued)

    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next ``JobControl.check``)."""
        self.control.cancel()

    def run_here(self) -> None:
        """Run the work on the calling thread (the worker thread calls this)."""
        try:
            result = self.work(self.control)
        except Exception as error:  # noqa: BLE001 - every error goes back to the GUI thread
            self._error_from_worker.emit(error)
        else:
            self._result_from_worker.emit(result)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if not self.finished:
            self.progressed.emit(done, total)

    @Slot(object)
    def _relay_result(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    @Slot(object)
    def _relay_error(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(error)

    def _finish(self) -> None:
        self.finished = True
        _running.discard(self)


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run_here()


_running: set[Job] = set()  # keeps jobs alive until they report back
_pool: QThreadPool | None = None


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def start_job(work: Callable[[JobControl], Any]) -> Job:
    """Start *work* on the worker thread and return its ``Job`` (connect to its signals)."""
    job = Job(work)
    _running.add(job)
    _worker_pool().start(_JobRunnable(job))
    return job


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Wait until the worker thread is idle (at exit and in tests); True if it is."""
    return _worker_pool().waitForDone(timeout_ms)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    work: Callable[[JobControl], T],
    *,
    label: str = "",
) -> T:
    """Run *work* off the GUI thread behind a modal progress dialog with a Cancel button.

    Events keep flowing while the work runs, so the window repaints; the dialog appears
    only if the work takes more than a moment. Cancel asks the work to stop; the dialog
    then waits for it to say it has.

    Returns:
        What *work* returned.

    Raises:
        Cancelled: the work stopped because the person cancelled it.
        Exception: whatever *work* raised, re-raised on the GUI thread.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label or title)
    dialog.setRange(0, 0)  # busy indicator until the work reports its first step
    dialog.setValue(0)  # starts the clock: the dialog shows if the work outlasts 400 ms
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    job = start_job(work)

    def progressed(done: int, total: int) -> None:
        if not job.control.cancelled:
            dialog.setRange(0, max(total, 0))
            dialog.setValue(min(done, total))

    def cancel_asked() -> None:
        # QProgressDialog hides itself on Cancel; show it again until the work stops, so
        # the window stays blocked and the person sees that their click was heard.
        job.cancel()
        dialog.setLabelText(QCoreApplication.translate("Worker", "Stopping…"))
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.show()

    def done(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    job.progressed.connect(progressed)
    job.succeeded.connect(lambda result: done("result", result))
    job.failed.connect(lambda error: done("error", error))
    dialog.canceled.connect(cancel_asked)
    if not job.finished:
        loop.exec()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
