"""Errors a person can act on, shared by every layer.

Each error carries an English message marked for translation (context ``errors``) and
its parameters; the edges (GUI dialogs, CLI messages) translate the message, then fill
in the parameters. The layers below the UI never import Qt, so the marker below is a
plain function that ``pyside6-lupdate`` recognises by name.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark *text* for extraction into the translation catalogs; return it unchanged."""
    return text


class PartageError(Exception):
    """Base of every error a person can understand and act on.

    Attributes:
        message: English source text, with ``{name}`` placeholders.
        params: values for the placeholders.
        exit_code: the CLI exit code for this kind of error (see CLI.md).
    """

    exit_code = 1

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


class UsageError(PartageError):
    """Bad input: an unparsable date or amount, an unknown name, a wrong option."""

    exit_code = 2


class NotFound(UsageError):
    """A member, asset or other row named by the person does not exist."""


class RuleViolation(PartageError):
    """Refused by a rule of the data: validation, stale edit, referenced row, conflict."""

    exit_code = 3


class ValidationError(RuleViolation):
    """A field's value breaks a rule; ``field`` names the field for the form to focus."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field


class StaleEdit(RuleViolation):
    """Someone else saved the row after it was opened; saving would overwrite their work."""


class ReferencedRow(RuleViolation):
    """The row is still referenced elsewhere, so it can only be archived."""


class DatabaseProblem(PartageError):
    """The database cannot be used as asked (CLI exit code 4)."""

    exit_code = 4


class DatabaseMissing(DatabaseProblem):
    """No file at the given path."""


class DatabaseExists(DatabaseProblem):
    """A new database was asked for where a file already is."""


class NotPartageDatabase(DatabaseProblem):
    """The file is not a Partage database; it is never written to."""


class NewerSchema(DatabaseProblem):
    """The file was written by a newer version of Partage."""


class DamagedDatabase(DatabaseProblem):
    """The integrity check failed or the file is truncated."""


class ReadOnlyDatabase(DatabaseProblem):
    """The file or its folder cannot be written."""


class DatabaseBusy(DatabaseProblem):
    """Another computer kept the file locked longer than the retries allow."""


class DiskFull(DatabaseProblem):
    """The disk holding the file is full; nothing was written."""


class DatabaseUnavailable(DatabaseProblem):
    """The file or server cannot be reached (network drive gone, server down)."""
