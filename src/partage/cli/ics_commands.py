"""``export ics`` and ``import ics``: bookings as iCalendar (RFC 5545) files."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import emit_json, open_database, say
from partage.cli.options import add_command, add_json_option
from partage.errors import QT_TRANSLATE_NOOP, PartageError, UsageError

# The first bytes of every SQLite file: an export never replaces a database or its backup.
SQLITE_HEADER = b"SQLite format 3\x00"


def register_export(exports: Any) -> None:
    """Add ``ics`` to the subcommands of ``export``."""
    ics = add_command(
        exports,
        "ics",
        help=QCoreApplication.translate(
            "cli",
            "write the bookings as an iCalendar (.ics) file for calendar programs; "
            "a series as one event with its rule",
        ),
        handler=run_export,
    )
    ics.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help=QCoreApplication.translate("cli", "the .ics file to write (replaced if it exists)"),
    )
    ics.add_argument(
        "--asset",
        metavar="A",
        help=QCoreApplication.translate("cli", "only this asset (id or exact name)"),
    )
    add_json_option(ics)


def register_import(imports: Any) -> None:
    """Add ``ics`` to the subcommands of ``import``."""
    ics = add_command(
        imports,
        "ics",
        help=QCoreApplication.translate(
            "cli",
            "book from the events of an iCalendar (.ics) file: all of them, or none "
            "when one is refused",
        ),
        handler=run_import,
    )
    ics.add_argument(
        "path",
        metavar="PATH",
        help=QCoreApplication.translate(
            "cli",
            "the .ics file; each event names its asset and member "
            "(X-PARTAGE-ASSET or LOCATION, X-PARTAGE-MEMBER)",
        ),
    )
    add_json_option(ics)


def _refuse_to_replace_a_database(destination: Path) -> None:
    try:
        with destination.open("rb") as existing:
            header = existing.read(len(SQLITE_HEADER))
    except OSError:
        return  # nothing there (or unreadable): the write says what is wrong
    if header == SQLITE_HEADER:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is a database, not a calendar file; give another file name.",
            ),
            path=str(destination),
        )


def _write_file(destination: Path, data: bytes) -> None:
    """*data* in *destination*, whole or not at all: a failed write leaves no half file."""
    try:
        handle, temporary = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} could not be written ({reason}). The database was not changed."
            ),
            path=str(destination),
            reason=error.strerror or str(error),
        ) from error


def run_export(args: argparse.Namespace) -> int:
    """Write the bookings (of one asset, or all) to an .ics file."""
    from partage.services.assets import find_asset
    from partage.services.ics import export_ics

    destination = Path(args.out).expanduser().absolute()
    _refuse_to_replace_a_database(destination)
    with open_database(args) as db:
        asset_id = None if args.asset is None else find_asset(db, args.asset).id
        data = export_ics(db, asset_id=asset_id)
    _write_file(destination, data)
    if args.json:
        emit_json({"path": str(destination), "bytes": len(data)})
    say(QCoreApplication.translate("cli", "Wrote the bookings to {path}.").format(path=destination))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Book every event of an .ics file, or none."""
    from partage.services.files import IMPORT_LIMIT_BYTES, read_named_file
    from partage.services.ics import import_ics, refused_event

    source = Path(args.path).expanduser().absolute()
    data = read_named_file(source, limit=IMPORT_LIMIT_BYTES)
    with open_database(args) as db:
        try:
            result = import_ics(db, data)
        except PartageError as error:
            event = refused_event(error)
            if event is not None:  # the message says why, this line which event
                say(
                    QCoreApplication.translate(
                        "cli", "The event “{event}” was refused. Nothing was imported:"
                    ).format(event=event)
                )
            raise
    if args.json:
        emit_json({"events": result.events, "bookings": result.bookings})
    say(
        QCoreApplication.translate(
            "cli", "Imported {events} event(s) from {path}: {bookings} booking(s)."
        ).format(events=result.events, path=source, bookings=result.bookings)
    )
    return 0
