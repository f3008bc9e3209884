"""The worker helper: work off the GUI thread, progress, cancel, result or error."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from partage.ui.worker import Cancelled, JobControl, run_with_progress, start_job


def test_result_comes_back_and_the_work_ran_off_the_gui_thread(qtbot: QtBot) -> None:
    def work(control: JobControl) -> tuple[bool, int]:
        return threading.current_thread() is threading.main_thread(), 42

    on_main_thread, value = run_with_progress(None, "Test", work)

    assert value == 42
    assert not on_main_thread


def test_error_is_raised_on_the_gui_thread(qtbot: QtBot) -> None:
    def work(control: JobControl) -> None:
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        run_with_progress(None, "Test", work)


def test_signals_arrive_on_the_gui_thread_with_progress(qtbot: QtBot) -> None:
    threads: list[bool] = []
    steps: list[tuple[int, int]] = []

    def work(control: JobControl) -> str:
        for step in range(1, 4):
            control.report(step, 3)
        return "done"

    job = start_job(work)
    job.progressed.connect(lambda done, total: (
        steps.append((done, total)),
        threads.append(QThread.currentThread() is QApplication.instance().thread()),
    ))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        pass

    assert blocker.args == ["done"]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert all(threads)


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    stopped = threading.Event()

    def work(control: JobControl) -> str:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                control.check()
            except Cancelled:
                stopped.set()
                raise
            time.sleep(0.01)
        return "finished anyway"

    def click_cancel() -> None:
        dialogs = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, click_cancel)
            return
        [button] = dialogs[0].findChildren(QPushButton)
        button.click()

    QTimer.singleShot(0, click_cancel)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress(parent, "Test", work)

    assert stopped.is_set()
    assert time.monotonic() - started < 2  # shown after 400 ms, stopped at once
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
