"""``partage-cli``: Partage without a window, over the same services as the GUI.

The command-line contract (names, options, JSON shapes, exit codes) is in CLI.md. Exit
codes come from the errors themselves (``PartageError.exit_code``): 2 for usage, 3 for a
rule, 4 for the database; 1 is a bug, logged with its traceback while the person sees only
a short message and the log's path. Services are imported by the commands that use them,
so a quick command starts quickly.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from partage.errors import PartageError

log = logging.getLogger("partage.cli")

_application: QCoreApplication | None = None


def language_from_argv(argv: Sequence[str]) -> str | None:
    """The ``--lang`` value, read before parsing so that help and errors are translated."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def start_translations(choice: str | None) -> str:
    """Install Partage's and Qt's catalogs for *choice* (or the system's language)."""
    global _application
    from partage import i18n

    if QCoreApplication.instance() is None:
        # Installing translators needs an application object; a core one opens no window.
        _application = QCoreApplication(["partage-cli"])
    return i18n.install_translations(i18n.resolve_language(choice))


def _safe_streams() -> None:
    # A console that cannot show a character (old Windows code pages) gets a "?" rather
    # than a crash in the middle of a message.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _setup_logging() -> None:
    from partage.logs import setup_logging

    try:
        setup_logging()
    except OSError:  # an unwritable log folder must not stop the command
        logging.getLogger("partage").addHandler(logging.NullHandler())


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; into a closed pipe that prints an error.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _report_bug(command: str) -> int:
    from partage.paths import log_file

    log.exception("partage-cli %s failed", command)
    message = QCoreApplication.translate(
        "cli",
        "Partage ran into an unexpected problem and stopped. Nothing more was changed. "
        "The details are in {path}; please send that file with a report.",
    )
    print(message.format(path=log_file()), file=sys.stderr)
    return 1


def undecodable_argument(arguments: Sequence[str]) -> str | None:
    """The first argument that is not valid UTF-8, shown with U+FFFD for its bad bytes.

    Python hands such bytes over as lone surrogates (``surrogateescape``); no name, note
    or path written with them can be stored, shown or opened, so they are refused whole.
    """
    from partage.cli.common import undecodable_shown

    for arg in arguments:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return undecodable_shown(arg)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code (see CLI.md)."""
    multiprocessing.freeze_support()  # in the bundle: a PDF worker starts here, and stops
    arguments = list(sys.argv[1:] if argv is None else argv)
    _safe_streams()
    _setup_logging()
    from partage.i18n import error_text

    start_translations(language_from_argv(arguments))
    from partage.reports.renderer import install as install_renderer

    install_renderer()  # issuing and voiding store PDFs drawn by the reports
    from partage.cli.parser import build_parser, check_parsed_values

    bad = undecodable_argument(arguments)
    if bad is not None:
        message = QCoreApplication.translate(
            "cli",
            "The argument “{text}” is not valid UTF-8 text (� marks the bytes that are "
            "not): write it again in UTF-8.",
        )
        print(message.format(text=bad), file=sys.stderr)
        return 2
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
        check_parsed_values(args)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    except PartageError as error:  # a value no command can use (ids, years)
        print(error_text(error), file=sys.stderr)
        return error.exit_code
    command = " ".join(filter(None, [args.command, getattr(args, "subcommand", None)]))
    try:
        return int(args.handler(args) or 0)
    except PartageError as error:
        log.info("partage-cli %s: %s", command, error)
        print(error_text(error), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(QCoreApplication.translate("cli", "Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (| head): not a failure
        _silence_stdout()
        return 0
    except Exception:
        return _report_bug(command)


if __name__ == "__main__":
    sys.exit(main())
