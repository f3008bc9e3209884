"""Reading the command line: the parsers every command is built with, the options many
commands share, and the values typed into them (days, periods, whole numbers).

Every command module builds its subcommands with these helpers; ``parser`` assembles the
command modules into one tree. This module imports no other module of ``partage.cli``, so
the command modules never import ``parser`` or one another.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication

from partage.errors import QT_TRANSLATE_NOOP, UsageError

LANGUAGES = ["fr", "en"]

Handler = Callable[[argparse.Namespace], int]

# Id, meter and interval columns are 32-bit integers on PostgreSQL.
LARGEST_NUMBER = 2**31 - 1
_WHOLE_NUMBER = re.compile(r"[0-9]+")
# People write 12 345 with a space, a no-break space or a narrow one, as Québec does.
_DIGIT_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f")


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
    """*text* as a whole number from 0 to *largest*, digit groups allowed (``12 345``);
    None when it is anything else (a fraction, a sign, a word, too large)."""
    digits = text.strip().translate(_DIGIT_GROUP_SPACES)
    # The length test first: Python refuses to convert thousands of digits at all.
    if (
        _WHOLE_NUMBER.fullmatch(digits)
        and len(digits.lstrip("0")) <= len(str(largest))
        and int(digits) <= largest
    ):
        return int(digits)
    return None
