"""Errors shown to a person: a translated message for what they can act on, a bug report
with the log file's path for everything else."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from partage import errors, paths
from partage.errors import QT_TRANSLATE_NOOP
from partage.i18n import error_text
from partage.ui.messages import Message, Severity, present

log = logging.getLogger("partage.ui")

# The first matching class gives the title, so subclasses come before their bases.
_TITLES: tuple[tuple[type[errors.PartageError], str], ...] = (
    (errors.DatabaseBusy, QT_TRANSLATE_NOOP("ErrorDialog", "Database busy")),
    (errors.ReadOnlyDatabase, QT_TRANSLATE_NOOP("ErrorDialog", "Read-only database")),
    (errors.NewerSchema, QT_TRANSLATE_NOOP("ErrorDialog", "Newer version of Partage needed")),
    (errors.DamagedDatabase, QT_TRANSLATE_NOOP("ErrorDialog", "Damaged database")),
    (errors.NotPartageDatabase, QT_TRANSLATE_NOOP("ErrorDialog", "Not a Partage database")),
    (errors.DatabaseMissing, QT_TRANSLATE_NOOP("ErrorDialog", "Database not found")),
    (errors.DatabaseExists, QT_TRANSLATE_NOOP("ErrorDialog", "File already exists")),
    (errors.DiskFull, QT_TRANSLATE_NOOP("ErrorDialog", "Disk full")),
    (errors.DatabaseUnavailable, QT_TRANSLATE_NOOP("ErrorDialog", "Database unavailable")),
    (errors.DatabaseProblem, QT_TRANSLATE_NOOP("ErrorDialog", "Database problem")),
    (errors.StaleEdit, QT_TRANSLATE_NOOP("ErrorDialog", "Changed by someone else")),
    (errors.ReferencedRow, QT_TRANSLATE_NOOP("ErrorDialog", "Still in use")),
    (errors.ValidationError, QT_TRANSLATE_NOOP("ErrorDialog", "Check what you entered")),
    (errors.NotFound, QT_TRANSLATE_NOOP("ErrorDialog", "Not found")),
    (errors.PartageError, QT_TRANSLATE_NOOP("ErrorDialog", "Cannot do that")),
)


def error_title(error: errors.PartageError) -> str:
    """The translated window title for *error*, by its kind."""
    title = next(title for kind, title in _TITLES if isinstance(error, kind))
    return QCoreApplication.translate("ErrorDialog", title)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the person about *error*.

    A ``PartageError`` is something they can act on: its translated message in a warning.
    Anything else is a bug: the traceback goes to the log and a dialog gives the log's path.
    """
    if isinstance(error, errors.PartageError):
        log.info("shown to the person: %s", error)
        present(parent, Message(Severity.WARNING, error_title(error), error_text(error)))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    present(parent, bug_message(error))


def show_read_error(parent: QWidget, error: BaseException) -> None:
    """A read made in the background for *parent* failed: say so in its window's banner
    (``MainWindow.show_read_trouble``), not in a dialog that stops the person; the banner
    goes once a read works again. Outside a main window, as ``show_error``."""
    report = getattr(parent.window(), "show_read_trouble", None)
    if report is None:
        show_error(parent, error)
        return
    if isinstance(error, errors.PartageError):
        log.info("a background read failed: %s", error)
    else:
        log.error("unexpected error in a read", exc_info=(type(error), error, error.__traceback__))
    report(error)


def bug_message(error: BaseException) -> Message:
    """The critical message for an unexpected error, pointing to the log file."""
    summary = "".join(traceback.format_exception_only(type(error), error)).strip()
    return Message(
        Severity.CRITICAL,
        QCoreApplication.translate("ErrorDialog", "Unexpected error"),
        QCoreApplication.translate(
            "ErrorDialog",
            "Partage met an unexpected error. What you were doing may not have been "
            "completed; your data already saved is safe."
        ),
        QCoreApplication.translate(
            "ErrorDialog",
            "Please send the log file to whoever helps you with Partage:\n{path}\n\n{summary}"
        ).format(path=paths.log_file(), summary=summary),
    )


_in_hook = False


def handle_uncaught(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` for the GUI: log the traceback, then show a bug dialog."""
    global _in_hook
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    log.critical("uncaught exception", exc_info=(kind, error, tb))
    if _in_hook:  # an error while a bug dialog is open: logged, not stacked on screen
        return
    _in_hook = True
    try:
        if isinstance(error, errors.PartageError):
            present(None, Message(Severity.WARNING, error_title(error), error_text(error)))
        else:
            present(None, bug_message(error))
    finally:
        _in_hook = False


def install_excepthook() -> None:
    """Route every uncaught exception to ``handle_uncaught``."""
    sys.excepthook = handle_uncaught
