"""Errors shown to a person: translated messages with a fitting title, bugs with the log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from partage import errors, paths
from partage.logs import setup_logging
from partage.ui.errors import handle_uncaught, install_excepthook, show_error
from partage.ui.messages import Severity
from tests.ui.conftest import MessageRecorder


@pytest.mark.parametrize(
    ("error", "title"),
    [
        (errors.DatabaseBusy("busy"), "Database busy"),
        (errors.ReadOnlyDatabase("ro"), "Read-only database"),
        (errors.NewerSchema("newer"), "Newer version of Partage needed"),
        (errors.DamagedDatabase("damaged"), "Damaged database"),
        (errors.NotPartageDatabase("foreign"), "Not a Partage database"),
        (errors.DatabaseMissing("missing"), "Database not found"),
        (errors.StaleEdit("stale"), "Changed by someone else"),
        (errors.UsageError("usage"), "Cannot do that"),
    ],
)
def test_problems_get_a_title_of_their_own(
    shown_messages: MessageRecorder, error: errors.PartageError, title: str
) -> None:
    show_error(None, error)
    assert shown_messages.last.severity is Severity.WARNING
    assert shown_messages.last.title == title


def test_message_is_translated_with_its_parameters(shown_messages: MessageRecorder) -> None:
    error = errors.NotPartageDatabase(
        "{path} is not a Partage database. It was not changed.", path="/tmp/x.txt"
    )
    show_error(None, error)
    assert shown_messages.last.text == "/tmp/x.txt is not a Partage database. It was not changed."


@pytest.fixture
def own_log_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Logging is process-wide: log to this test's own Partage home, then close the file."""
    logger = logging.getLogger("partage")
    monkeypatch.setattr(logger, "handlers", [])
    setup_logging()
    yield
    for handler in logger.handlers:
        handler.close()


def test_unexpected_error_gives_the_log_path_and_logs_the_traceback(
    shown_messages: MessageRecorder, own_log_file: None
) -> None:
    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError as error:
        show_error(None, error)
    for handler in logging.getLogger("partage").handlers:
        handler.flush()

    message = shown_messages.last
    assert message.severity is Severity.CRITICAL
    assert message.title == "Unexpected error"
    assert str(paths.log_file()) in message.details
    log = paths.log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "division by zero in a test" in log


def test_uncaught_exception_shows_a_bug_dialog(
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    assert sys.excepthook is handle_uncaught

    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)

    assert shown_messages.last.severity is Severity.CRITICAL
    assert "RuntimeError: boom" in shown_messages.last.details
