"""Commands on a database as a whole: ``init``, ``demo``, ``check``, ``backup``, ``copy``."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    database_target,
    emit_json,
    locale,
    open_database,
    print_table,
    say,
)
from partage.cli.options import LANGUAGES, add_command, add_json_option
from partage.errors import QT_TRANSLATE_NOOP, DatabaseProblem, UsageError

DEMO_SIZES = ["small", "large"]


def register(commands: Any) -> None:
    """Add the workspace commands to the top-level *commands*."""
    init = add_command(
        commands,
        "init",
        help=QCoreApplication.translate("cli", "create a new, empty Partage database"),
        handler=run_init,
        database=False,
    )
    init.add_argument(
        "path",
        metavar="PATH",
        help=QCoreApplication.translate(
            "cli", "the new database file, or the URL of an empty server database"
        ),
    )
    init.add_argument(
        "--org",
        metavar="NAME",
        default=None,
        help=QCoreApplication.translate("cli", "the organisation's name, printed on statements"),
    )
    init.add_argument(
        "--currency",
        metavar="CODE",
        help=QCoreApplication.translate("cli", "the currency of every amount (default: CAD)"),
    )
    init.add_argument(
        "--timezone",
        metavar="ZONE",
        help=QCoreApplication.translate(
            "cli", "the time zone of bookings (default: America/Montreal)"
        ),
    )
    init.add_argument(
        "--language",
        choices=LANGUAGES,
        help=QCoreApplication.translate(
            "cli", "the language of statements and invoices (default: the language of messages)"
        ),
    )

    demo = add_command(
        commands,
        "demo",
        help=QCoreApplication.translate("cli", "create a new database holding a demo co-op"),
        handler=run_demo,
        database=False,
    )
    demo.add_argument(
        "path", metavar="PATH", help=QCoreApplication.translate("cli", "the new database file")
    )
    demo.add_argument(
        "--size",
        choices=DEMO_SIZES,
        default="small",
        help=QCoreApplication.translate(
            "cli", "small: about fifteen members; large: 200 members and 500 assets"
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        metavar="N",
        help=QCoreApplication.translate("cli", "the same seed always gives the same data"),
    )

    check = add_command(
        commands,
        "check",
        help=QCoreApplication.translate(
            "cli", "check the file's integrity and the rules of the data; exit code 4 if damaged"
        ),
        handler=run_check,
    )
    add_json_option(check)

    backup = add_command(
        commands,
        "backup",
        help=QCoreApplication.translate("cli", "copy the database safely, even while in use"),
        handler=run_backup,
    )
    backup.add_argument(
        "destination",
        metavar="DEST",
        help=QCoreApplication.translate(
            "cli", "the backup file to write, or an existing folder to write it in"
        ),
    )
    add_json_option(backup)

    copy = add_command(
        commands,
        "copy",
        help=QCoreApplication.translate(
            "cli",
            "copy the database into an empty PostgreSQL database, then compare the rows "
            "and amounts of every table",
        ),
        handler=run_copy,
    )
    copy.add_argument(
        "--to",
        metavar="URL",
        required=True,
        help=QCoreApplication.translate(
            "cli", "the empty server database, such as postgresql+psycopg://user@host/db"
        ),
    )
    add_json_option(copy)


def run_init(args: argparse.Namespace) -> int:
    """Create an empty database."""
    from partage.i18n import current_language
    from partage.services import workspace

    settings = workspace.OrganisationSettings(
        name=args.org or "",
        currency=args.currency or workspace.DEFAULT_CURRENCY,
        timezone=args.timezone or workspace.DEFAULT_TIMEZONE,
        language=args.language or current_language(),
    )
    # A name given with --org must be one; without it, the database has none yet.
    db = workspace.create_workspace(args.path, settings, name_required=args.org is not None)
    try:
        location = db.location
    finally:
        db.close()
    say(QCoreApplication.translate("cli", "Created the database {path}.").format(path=location))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """Create a database holding the demo co-op."""
    from partage.services.demo import create_demo

    db = create_demo(Path(args.path), size=args.size, seed=args.seed)
    try:
        location = db.location
    finally:
        db.close()
    say(
        QCoreApplication.translate("cli", "Created the demo database {path}.").format(path=location)
    )
    return 0


def _problem_json(check: str, message: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"check": check, "message": message, "params": params}


def run_check(args: argparse.Namespace) -> int:
    """Check the database thoroughly; exit 4 when anything is wrong."""
    from partage.i18n import error_text
    from partage.services.integrity import check_database

    target = database_target(args)
    try:
        with open_database(args, check_only=True) as db:
            report = check_database(db)
    except DatabaseProblem as error:
        # A file too damaged (or too foreign) to open is the check's answer, too.
        if args.json:
            emit_json(
                {
                    "ok": False,
                    "location": target,
                    "checks": [],
                    "problems": [_problem_json("open", error_text(error), error.params)],
                }
            )
        raise
    problems = [(p, error_text(p.as_error())) for p in report.problems]
    if args.json:
        emit_json(
            {
                "ok": report.ok,
                "location": report.location,
                "checks": report.checks,
                "problems": [_problem_json(p.check, text, p.params) for p, text in problems],
            }
        )
    else:
        for _problem, text in problems:
            print(text)
    if report.ok:
        say(
            QCoreApplication.translate(
                "cli", "No problem found in {path} ({count} checks)."
            ).format(path=report.location, count=len(report.checks))
        )
        return 0
    say(
        QCoreApplication.translate(
            "cli",
            "{count} problem(s) found in {path}. Restore the database from a backup, "
            "or ask for help before changing anything.",
        ).format(count=len(problems), path=report.location)
    )
    return DatabaseProblem.exit_code


def run_backup(args: argparse.Namespace) -> int:
    """Copy the database to DEST (a file, or a folder to put it in); print the path."""
    from partage.services import workspace

    destination = Path(args.destination).expanduser().absolute()
    if destination.exists() and not destination.is_dir():
        # Never replace a file: it may be another backup, or the database itself.
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} already exists; give a new file name, or a folder to put the backup in.",
            ),
            path=str(destination),
        )
    with open_database(args) as db:
        try:
            written = workspace.backup_database(db, destination)
        except (OSError, sqlite3.Error) as error:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The backup could not be written to {path} ({reason}). "
                    "The database was not changed.",
                ),
                path=str(destination),
                reason=str(error),
            ) from error
    if args.json:
        emit_json({"path": str(written)})
    else:
        print(written)
    return 0


def run_copy(args: argparse.Namespace) -> int:
    """Copy the database into an empty server database; print what each table holds."""
    from partage.services.server_copy import copy_to_server

    with open_database(args, check_only=True) as db:
        report = copy_to_server(db, args.to)
    if args.json:
        emit_json(
            {
                "from": report.source,
                "to": report.target,
                "tables": [{"table": t.table, "rows": t.rows, **t.sums} for t in report.tables],
            }
        )
    else:
        loc = locale()
        print_table(
            [
                QCoreApplication.translate("cli", "table"),
                QCoreApplication.translate("cli", "rows"),
                QCoreApplication.translate("cli", "cents"),
            ],
            [
                [
                    t.table,
                    loc.toString(t.rows),
                    "  ".join(f"{k} {loc.toString(v)}" for k, v in t.sums.items()),
                ]
                for t in report.tables
            ],
            right=(1,),
        )
    say(
        QCoreApplication.translate(
            "cli",
            "Copied {path} to {target}: every table has the same rows and amounts.",
        ).format(path=report.source, target=report.target)
    )
    return 0
