"""What every command shares: which database, opening it, and writing output.

Results go to stdout (a table, or one JSON document with ``--json``); messages for people
go to stderr, translated. Amounts, days and moments are written in the locale of the
language in use. This module imports no other module of ``partage.cli``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from partage import paths
from partage.errors import QT_TRANSLATE_NOOP, DamagedDatabase, UsageError

if TYPE_CHECKING:
    import zoneinfo

    from partage.storage import Database

DATABASE_VARIABLE = "PARTAGE_DB"


def say(text: str) -> None:
    """A message for the person, on stderr."""
    print(text, file=sys.stderr, flush=True)


def emit_json(document: Any) -> None:
    """*document* as the one JSON document on stdout, in UTF-8 whatever the console uses."""
    text = json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: Collection[int] = ()
) -> None:
    """Rows under headers in aligned columns on stdout; columns in *right* align right."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def json_weight(milli: int) -> int | float:
    """A weight in thousandths as a JSON number: an int when whole (2), else 1.5.

    Weights have at most three decimals and ten significant digits, so the float's shortest
    representation, which ``json`` writes, is exactly the decimal: ``1.5`` reads back as
    1500 thousandths without rounding.
    """
    if milli % 1000 == 0:
        return milli // 1000
    return float(Decimal(milli).scaleb(-3))


def iso(value: dt.date | None) -> str | None:
    """A date in ISO 8601, or None."""
    return None if value is None else value.isoformat()


def locale() -> QLocale:
    """The locale of the language in use, for numbers, money and dates."""
    from partage.i18n import current_language, locale_for

    return locale_for(current_language())


# --- words and amounts in the language in use -----------------------------------------


def money_text(cents: int, currency: str) -> str:
    """An amount in the locale of the language in use."""
    from partage.i18n import format_money

    return format_money(cents, locale(), currency)


def days_text(start: dt.date, end: dt.date) -> str:
    """One day, or the first and last days of a period, in the locale's format."""
    from partage.i18n import format_date

    loc = locale()
    if start == end:
        return format_date(start, loc)
    return QCoreApplication.translate("cli", "{start} to {end}").format(
        start=format_date(start, loc), end=format_date(end, loc)
    )


def local_text(moment: dt.datetime, zone: zoneinfo.ZoneInfo, loc: QLocale) -> str:
    """A moment as the date and time on the database's clocks, in the locale's formats."""
    from partage.i18n import format_date

    local = moment.astimezone(zone)
    clock = loc.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date(), loc)} {clock}"


def format_day(moment: dt.datetime, zone: zoneinfo.ZoneInfo, loc: QLocale) -> str:
    """The day of a moment on the database's clocks, in the locale's format."""
    from partage.i18n import format_date

    return format_date(moment.astimezone(zone).date(), loc)


def treasury_label() -> str:
    """The group's own account, as people name it."""
    return QCoreApplication.translate("cli", "the group's treasury")


def meter_label(meter: str) -> str:
    """What an asset's meter counts, in the language in use; empty when it has none."""
    labels = {
        "km": QCoreApplication.translate("cli", "km"),
        "hours": QCoreApplication.translate("cli", "hours"),
        "none": "",
    }
    return labels.get(meter, meter)


# --- the database ---------------------------------------------------------------------


def undecodable_shown(text: str) -> str:
    """*text* holding bytes that are not UTF-8 (lone surrogates, as Python hands them over
    from the command line and the environment), with U+FFFD in their place, to quote it."""
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the bytes as they came
    except UnicodeEncodeError:  # a surrogate that came from no byte
        raw = text.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def database_target(args: argparse.Namespace) -> str:
    """The database named by ``--db`` or ``PARTAGE_DB``.

    Raises:
        UsageError: neither is given, or the name is not valid UTF-8.
    """
    target = getattr(args, "db", None) or os.environ.get(DATABASE_VARIABLE, "")
    if not target.strip():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "No database given: use --db PATH or set the PARTAGE_DB variable."
            )
        )
    try:
        target.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8, in PARTAGE_DB (--db is checked)
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database “{path}” is not named in valid UTF-8 text: "
                "rename it or name it again in UTF-8.",
            ),
            path=undecodable_shown(target),
        ) from None
    return target


@contextmanager
def open_database(args: argparse.Namespace, *, check_only: bool = False) -> Iterator[Database]:
    """The database named on the command line, open until the block ends.

    Commands open it with the CLI's backup policy (at most one automatic backup an hour).
    *check_only* opens it read-only without a backup, to look at a file that may be damaged.
    """
    from partage.services import workspace
    from partage.services.workspace import is_url

    target = database_target(args)
    try:
        if check_only:
            db = workspace.open_workspace(
                target, read_only=True, backup=workspace.BackupPolicy(enabled=False)
            )
        else:
            paths.load_backup_choices()  # the folder and count chosen in the preferences
            db = workspace.open_workspace(target, backup=workspace.CLI_BACKUPS)
    except UnicodeDecodeError as error:
        # When the schema pages are damaged, SQLite's message quotes bytes of the file that
        # the sqlite3 module cannot decode: damage all the same, not a bug of Partage.
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is damaged. Restore it from a backup; "
                "the file was left as it is.",
            ),
            path=target if is_url(target) else str(Path(target).expanduser().absolute()),
        ) from error
    try:
        yield db
    finally:
        db.close()


def nothing_to_change() -> UsageError:
    """The error for an edit given no option to change."""
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "Nothing to change: give at least one option, for example --email."
        )
    )


def unchanged_message(name: str) -> str:
    """Said when an edit asks for the values the record already has."""
    return QCoreApplication.translate("cli", "“{name}” already had these values.").format(name=name)
