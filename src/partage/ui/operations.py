"""Writes made from the interface, run off the GUI thread by one helper: ``run_operation``.

A person's action that writes is one operation. Its service calls run on the worker
thread (``ui.worker``), inside the storage layer's change tracking, while the window
keeps turning: a file that another computer keeps busy delays the save, not the window.
Past a moment the pointer says the application is working and the main window's status
bar says on what. When the work reports back, on the GUI thread:

1. the kinds of data its writes changed (``partage.changes.Change``, as the storage
   layer recorded them) are broadcast on the ``ChangeBus``, so every view reloads what
   it shows; a failed batch broadcasts what it wrote before failing;
2. then ``on_done(result)`` is called, or ``on_error(error)``; without ``on_error`` the
   error is shown with ``show_error`` (a translated message for what a person can act
   on, a bug report for the rest; a cancelled operation says nothing).

The widgets given as ``lock`` (a dialog's buttons) are disabled while it runs, so
nothing is submitted twice. The main window waits for the operations under way before
it closes (``when_idle``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QWidget

from partage.changes import Change, track_changes
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.worker import Cancelled, Job, JobControl, start_job

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_DELAY_MS = 300  # quicker than this, an operation shows no sign of being busy


def saving_text() -> str:
    """What the status bar says while a save is under way: "Saving…"."""
    return QCoreApplication.translate("Operations", "Saving…")


@dataclass(frozen=True)
class _Outcome:
    """What the work did, sent back from the worker thread."""

    changes: Change
    result: object = None
    error: BaseException | None = None


def _tracked(work: Callable[[JobControl], object]) -> Callable[[JobControl], _Outcome]:
    def run(control: JobControl) -> _Outcome:
        with track_changes() as tracked:
            try:
                result = work(control)
            except Exception as error:  # noqa: BLE001 - reported back on the GUI thread
                return _Outcome(tracked.changes, error=error)
        return _Outcome(tracked.changes, result=result)

    return run


def _alive(widget: QObject | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window *widget* belongs to, through the dialogs it is in."""
    while _alive(widget):
        assert widget is not None
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


class Operation(QObject, Generic[T]):
    """One write running on the worker for the interface (see ``run_operation``).

    Attributes:
        changes: what its writes changed, once it reported back.
        result: what the work returned, once it reported back.
        error: what it raised, once it reported back (None when it succeeded).

    Signals:
        finished(): it reported back; the changes were broadcast and ``on_done`` or
            ``on_error`` has run.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        bus: ChangeBus,
        *,
        on_done: Callable[[T], object] | None,
        on_error: Callable[[BaseException], object] | None,
        busy_text: str,
        lock: Iterable[QWidget],
        progress_title: str,
        progress_label: str,
    ) -> None:
        super().__init__()  # no Qt parent: the operation outlives a widget deleted meanwhile
        self.parent_widget = parent
        self.bus = bus
        self.on_done = on_done
        self.on_error = on_error
        self.busy_text = busy_text
        self.locked = [widget for widget in lock if widget.isEnabled()]
        self.changes = Change.NONE
        self.result: T | None = None
        self.error: BaseException | None = None
        self.job: Job | None = None
        self._running = False
        self._cursor_set = False
        self._status_window: QMainWindow | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._progress: QProgressDialog | None = None
        if progress_title:
            self._progress = self._progress_dialog(progress_title, progress_label)

    @property
    def running(self) -> bool:
        """True until the work reported back."""
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop at its next ``JobControl.check``."""
        if self.job is not None:
            self.job.cancel()

    def start(self, work: Callable[[JobControl], T]) -> None:
        """Run *work* on the worker thread (``run_operation`` calls it)."""
        for widget in self.locked:
            widget.setEnabled(False)
        self._running = True
        _running.add(self)
        self._busy_timer.start()
        self.job = start_job(_tracked(work))
        self.job.succeeded.connect(self._reported)
        self.job.failed.connect(lambda error: self._reported(_Outcome(Change.NONE, error=error)))
        if self._progress is not None:
            self.job.progressed.connect(self._progressed)

    # --- while it runs -------------------------------------------------------------------

    def _progress_dialog(self, title: str, label: str) -> QProgressDialog:
        parent = self.parent_widget if _alive(self.parent_widget) else None
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label or title)
        dialog.setRange(0, 0)  # busy until the work reports its first step
        dialog.setValue(0)  # starts the clock: the dialog shows if the work outlasts it
        dialog.setMinimumDuration(BUSY_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                                 else Qt.WindowModality.ApplicationModal)
        dialog.canceled.connect(self._cancel_asked)
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        dialog = self._progress
        if dialog is not None and self.job is not None and not self.job.control.cancelled:
            dialog.setRange(0, max(total, 0))
            dialog.setValue(min(done, total))

    def _cancel_asked(self) -> None:
        # QProgressDialog hides itself on Cancel; it shows again until the work stops, so
        # the person sees that their click was heard.
        dialog = self._progress
        if dialog is None or not self._running:
            return
        self.cancel()
        dialog.setLabelText(QCoreApplication.translate("Worker", "Stopping…"))
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.show()

    def _show_busy(self) -> None:
        if not self._running:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._cursor_set = True
        window = _main_window(self.parent_widget)
        if window is not None and self.busy_text:
            window.statusBar().showMessage(self.busy_text)
            self._status_window = window

    def _stop_showing_busy(self) -> None:
        self._busy_timer.stop()
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
            self._cursor_set = False
        window, self._status_window = self._status_window, None
        if _alive(window):
            assert window is not None
            if window.statusBar().currentMessage() == self.busy_text:
                window.statusBar().clearMessage()
        dialog, self._progress = self._progress, None
        if dialog is not None and _alive(dialog):
            dialog.hide()
            dialog.deleteLater()
        for widget in self.locked:
            if _alive(widget):
                widget.setEnabled(True)

    # --- back on the GUI thread -----------------------------------------------------------

    def _reported(self, outcome: _Outcome) -> None:
        if not self._running:
            return
        self._running = False
        self._stop_showing_busy()
        self.changes, self.error = outcome.changes, outcome.error
        self.result = outcome.result  # type: ignore[assignment]
        try:
            if _alive(self.bus):
                self.bus.notify(outcome.changes)
            parent = self.parent_widget if _alive(self.parent_widget) else None
            gone = self.parent_widget is not None and parent is None
            if outcome.error is None:
                if self.on_done is not None and not gone:
                    self.on_done(outcome.result)  # type: ignore[arg-type]
            elif self.on_error is not None and not gone:
                self.on_error(outcome.error)
            elif not isinstance(outcome.error, Cancelled):
                show_error(parent, outcome.error)
        finally:
            _running.discard(self)
            self.finished.emit()
            self.deleteLater()
            if not _running:
                _call_idle_callbacks()


_running: set[Operation[Any]] = set()  # keeps operations alive until they report back
_idle_callbacks: list[Callable[[], None]] = []


def run_operation(
    parent: QWidget | None,
    bus: ChangeBus,
    work: Callable[[JobControl], T],
    *,
    on_done: Callable[[T], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    busy_text: str = "",
    lock: Iterable[QWidget] = (),
    progress_title: str = "",
    progress_label: str = "",
) -> Operation[T]:
    """Run *work*, which writes through the services, off the GUI thread.

    Args:
        parent: the widget acting; errors are shown over it, and its main window's status
            bar says *busy_text*. ``on_done`` and ``on_error`` are not called once it has
            been deleted.
        bus: where the changes made are broadcast.
        work: called on the worker thread with the job's ``JobControl``; it never touches
            a widget (read the form before, on the GUI thread).
        on_done: called with what *work* returned, after the broadcast.
        on_error: called with what *work* raised, after the broadcast; by default the
            error is shown (nothing for ``Cancelled``).
        busy_text: what the status bar says past a moment ("Saving…" by default).
        lock: widgets disabled until the operation reports back (a dialog's buttons).
        progress_title: for long work: a window-modal progress dialog with this title
            and a Cancel button, shown past a moment; *work* reports its progress and
            looks at the cancel request through its ``JobControl``.
        progress_label: the progress dialog's text (its title by default).

    Returns:
        The running ``Operation``.
    """
    operation: Operation[T] = Operation(
        parent, bus, on_done=on_done, on_error=on_error, busy_text=busy_text or saving_text(),
        lock=lock, progress_title=progress_title, progress_label=progress_label,
    )
    operation.start(work)
    return operation


def running() -> bool:
    """True while an operation has not reported back."""
    return bool(_running)


def when_idle(callback: Callable[[], None]) -> None:
    """Call *callback* once no operation is running: now, or when the last reports back."""
    if not _running:
        callback()
    else:
        _idle_callbacks.append(callback)


def _call_idle_callbacks() -> None:
    callbacks = list(_idle_callbacks)
    _idle_callbacks.clear()
    for callback in callbacks:
        callback()


def wait_for_operations(timeout_ms: int = 30_000) -> bool:
    """Let the operations under way report back, events flowing meanwhile (in tests, and
    before a database closes); True when none is left."""
    deadline = time.monotonic() + timeout_ms / 1000
    while _running:
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)
    return True
