"""The whole command line, assembled from the command modules, with translated help and
messages, argparse's own included.

This module imports the command modules, never the reverse: they build their subcommands
with ``partage.cli.options``. argparse looks its English strings up through its
module-level ``_`` and ``ngettext`` (gettext). Those are routed to
``QCoreApplication.translate("argparse", …)``, so one set of Qt catalogs covers the whole
command line. ``ARGPARSE_STRINGS`` lists the strings a person can meet, for
``pyside6-lupdate`` to extract.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from partage.cli import (
    account_commands,
    asset_commands,
    booking_commands,
    cost_commands,
    exchange_commands,
    governance_commands,
    ics_commands,
    insurance_commands,
    invoice_commands,
    maintenance_commands,
    member_commands,
    split_commands,
    workspace_commands,
)
from partage.cli.options import (
    TranslatedArgumentParser,
    add_command,
    add_common_options,
    add_group_commands,
    check_reference,
    count_argument,
)
from partage.errors import QT_TRANSLATE_NOOP

PROG = "partage-cli"

ARGPARSE_STRINGS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
)


def _argparse_gettext(text: Any) -> Any:
    # argparse also passes None (a missing description) through ``_``.
    if not isinstance(text, str) or not text:
        return text
    return QCoreApplication.translate("argparse", text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return QCoreApplication.translate("argparse", singular if n == 1 else plural)


def route_argparse_messages() -> None:
    """Make argparse look its strings up in the Qt catalogs (context ``argparse``)."""
    # Assigned with setattr: the stubs do not declare argparse's private gettext names.
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010
    setattr(argparse, "ngettext", _argparse_ngettext)  # noqa: B010


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; build it after the translations are installed."""
    from partage import __version__

    route_argparse_messages()
    parser = TranslatedArgumentParser(
        prog=PROG,
        description=QCoreApplication.translate(
            "cli",
            "Partage without a window: manage the members, assets and costs of a group "
            "that pools equipment, spaces and vehicles.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_common_options(parser, database=True, top=True)
    commands = parser.add_subparsers(
        title=QCoreApplication.translate("cli", "commands"),
        metavar="COMMAND",
        dest="command",
        required=True,
        parser_class=TranslatedArgumentParser,
    )
    workspace_commands.register(commands)
    member_commands.register(commands)
    asset_commands.register(commands)
    booking_commands.register(commands)
    cost_commands.register(commands)
    insurance_commands.register(commands)
    maintenance_commands.register(commands)
    split_commands.register(commands)
    account_commands.register(commands)
    invoice_commands.register(commands)
    governance_commands.register(commands)
    # One group per direction, whatever the format: each format adds its subcommand.
    exports = add_group_commands(
        add_command(
            commands,
            "export",
            help=QCoreApplication.translate("cli", "write data to files for other programs"),
            handler=None,
        )
    )
    ics_commands.register_export(exports)
    exchange_commands.register_export(exports)
    imports = add_group_commands(
        add_command(
            commands,
            "import",
            help=QCoreApplication.translate(
                "cli", "read data from files of other programs: all of it, or nothing"
            ),
            handler=None,
        )
    )
    ics_commands.register_import(imports)
    exchange_commands.register_import(imports)
    _bound_whole_numbers(parser)
    return parser


def _bound_whole_numbers(parser: argparse.ArgumentParser) -> None:
    """Give every option read with ``type=int`` (``--limit``, ``--seed``) the bounds of
    ``count_argument``: Python's int has none, the database's columns and LIMIT do."""
    for action in parser._actions:
        if action.type is int:
            action.type = count_argument
        if isinstance(action, argparse._SubParsersAction):
            for subparser in action.choices.values():
                _bound_whole_numbers(subparser)


# The values that name a member or an asset, whatever the command: the services read them.
_REFERENCES = ("member", "asset", "paid_by")


def check_parsed_values(args: argparse.Namespace) -> None:
    """Refuse, before any command runs, values the syntax lets through but no command can
    use: a member or asset named by an id larger than any id, a moment outside the years
    Partage works with (``services.dates``).

    Each command still reads its values itself; this only makes sure none of them reaches
    a database or the calendar out of range.

    Raises:
        UsageError: the first such value, quoted.
    """
    from partage.services.dates import parse_date_time

    values = vars(args)
    for name in _REFERENCES:
        if isinstance(values.get(name), str):
            check_reference(values[name])
    for share in values.get("owner") or ():  # --owner MEMBER=WEIGHT, repeated
        check_reference(share.rpartition("=")[0])
    words = values.get("words") or []
    if args.command == "account" and words:  # account MEMBER | account opening MEMBER AMOUNT
        check_reference(words[1] if words[0] == "opening" and len(words) == 3 else words[0])
    if args.command == "book":  # book ASSET MEMBER START END
        parse_date_time(args.start)
        parse_date_time(args.end)
