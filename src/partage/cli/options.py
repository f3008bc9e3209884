"""Reading the command line: the parsers every command is built with, the options many
commands share, and the values typed into them (days, periods, whole numbers).

Every command module builds its subcommands with these helpers; ``parser`` assembles the
command modules into one tree. This module imports no other module of ``partage.cli``, so
the command modules never import ``parser`` or one another.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication

from partage.errors import QT_TRANSLATE_NOOP, UsageError

LANGUAGES = ["fr", "en"]

Handler = Callable[[argparse.Namespace], int]

# Id, meter and interval columns are 32-bit integers on PostgreSQL.
LARGEST_NUMBER = 2**31 - 1


class TranslatedArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are translated and exit with code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Abbreviated options would change meaning when options are added later.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = QCoreApplication.translate("argparse", "%(prog)s: error: %(message)s\n")
        self.exit(2, text % {"prog": self.prog, "message": message})


# --- building the command line --------------------------------------------------------


def add_common_options(parser: argparse.ArgumentParser, *, database: bool, top: bool) -> None:
    """``--db`` (when the command uses a database) and ``--lang``.

    The top parser holds the defaults; subcommands repeat the options with SUPPRESS, so
    they may come before or after the subcommand without one hiding the other.
    """
    default = None if top else argparse.SUPPRESS
    if database:
        parser.add_argument(
            "--db",
            metavar="PATH_OR_URL",
            default=default,
            help=QCoreApplication.translate(
                "cli",
                "the database: a file, or a server URL such as "
                "postgresql+psycopg://user@host/db (default: the PARTAGE_DB variable)",
            ),
        )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=QCoreApplication.translate(
            "cli", "language of messages: fr or en (default: the system's)"
        ),
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: one JSON document on stdout instead of text."""
    parser.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("cli", "print one JSON document on standard output"),
    )


def add_paid_by_option(parser: argparse.ArgumentParser) -> None:
    """``--paid-by MEMBER``: who paid out of pocket; left out, the group's treasury paid."""
    parser.add_argument(
        "--paid-by",
        metavar="MEMBER",
        help=QCoreApplication.translate(
            "cli",
            "the member who paid it out of their own pocket (id or exact name); "
            "left out: the group's treasury paid",
        ),
    )


def add_command(
    subparsers: Any,
    name: str,
    *,
    help: str,  # noqa: A002 - argparse's own keyword
    handler: Handler | None,
    database: bool = True,
) -> argparse.ArgumentParser:
    """A subcommand parser with the common options; *handler* runs it."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
    add_common_options(parser, database=database, top=False)
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


def add_group_commands(parser: argparse.ArgumentParser) -> Any:
    """The subcommands of a command group such as ``member``."""
    return parser.add_subparsers(
        title=QCoreApplication.translate("cli", "commands"),
        metavar="COMMAND",
        dest="subcommand",
        required=True,
        parser_class=TranslatedArgumentParser,
    )


# --- reading the values typed ---------------------------------------------------------


def parse_period(first: str, last: str) -> tuple[dt.date, dt.date]:
    """Two days typed as FROM TO, both included.

    Raises:
        UsageError: a bad date, or a period that ends before it starts.
    """
    from partage.services.dates import parse_date

    start, end = parse_date(first), parse_date(last)
    if end < start:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The period ends ({to}) before it starts ({start})."),
            start=start.isoformat(),
            to=end.isoformat(),
        )
    return start, end


def parse_day_range(first: str | None, last: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Optional ``--from`` and ``--to`` days, both included.

    Raises:
        UsageError: a bad date, or both given and the range ends before it starts.
    """
    from partage.services.dates import parse_date

    if first is not None and last is not None:
        return parse_period(first, last)
    return (
        None if first is None else parse_date(first),
        None if last is None else parse_date(last),
    )


def parse_day(text: str | None) -> dt.date:
    """A day typed as YYYY-MM-DD; today when the option is not given."""
    from partage.services.dates import parse_date

    return dt.date.today() if text is None else parse_date(text)


def whole_number(text: str, largest: int = LARGEST_NUMBER) -> int | None:
    """*text* as a whole number from 0 to *largest*, digits grouped by thousands allowed
    (``12 345``, never ``1 2 3``); None when it is anything else (a fraction, a sign, a
    word, too large)."""
    from partage.services.money import whole_number as read_whole_number

    return read_whole_number(text, largest)


def count_argument(text: str) -> int:
    """An option's whole number (``--limit N``), from 0 to ``LARGEST_NUMBER``, for
    argparse's ``type``.

    Raises:
        argparse.ArgumentTypeError: anything else; argparse names the option and exits 2.
    """
    number = whole_number(text)
    if number is None:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate(
                "cli", "“{text}” is not a whole number from 0 to {largest}."
            ).format(text=text, largest=LARGEST_NUMBER)
        )
    return number


def _as_id(text: str) -> int | None:
    """*text* read as the services read an id, or None when no id can be read from it."""
    if len(text.strip().lstrip("0")) > len(str(LARGEST_NUMBER)):
        return None  # before int(): it refuses to read thousands of digits at all
    try:
        number = int(text)
    except ValueError:
        return None
    return number if 0 <= number <= LARGEST_NUMBER else None


def check_reference(text: str) -> str:
    """*text*, a member or an asset named by exact name or by id, when it can name one.

    The services read a reference made only of digits (around spaces) as an id, with
    ``int``, once no name matches; a number larger than ``LARGEST_NUMBER``, or text that
    ``int`` cannot read (``²``, ``0`` followed by a control character), can name nothing
    and is refused here rather than overflowing the database or failing in ``int``.

    Raises:
        UsageError: digits only, but no id Partage can hold.
    """
    if text.strip().isdigit() and _as_id(text) is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not an id Partage can hold: ids are whole numbers from "
                "1 to {largest}. Name the member or the asset by its id or its exact name.",
            ),
            text=text,
            largest=LARGEST_NUMBER,
        )
    return text
