"""``audit``, ``period close | show`` and ``coordinators``: who did what, and who may."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import emit_json, iso, open_database, print_table, say
from partage.cli.options import add_command, add_group_commands, add_json_option, parse_day_range


def register(commands: Any) -> None:
    """Add ``audit``, ``period`` and ``coordinators`` to *commands*."""
    audit = add_command(
        commands,
        "audit",
        help=QCoreApplication.translate(
            "cli", "the audit log: who changed what, when and from which machine, newest first"
        ),
        handler=run_audit,
    )
    audit.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "from this day, YYYY-MM-DD"),
    )
    audit.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "up to this day, YYYY-MM-DD"),
    )
    audit.add_argument(
        "--entity",
        metavar="KIND",
        default="",
        help=QCoreApplication.translate(
            "cli",
            "only this kind of row: member, asset, booking, cost, payment, invoice, settings…",
        ),
    )
    audit.add_argument(
        "--who",
        metavar="NAME",
        default="",
        help=QCoreApplication.translate("cli", "only this person (login or name as recorded)"),
    )
    audit.add_argument(
        "--text",
        metavar="TEXT",
        default="",
        help=QCoreApplication.translate("cli", "only rows whose summary holds TEXT"),
    )
    audit.add_argument(
        "--limit",
        type=int,
        default=200,
        metavar="N",
        help=QCoreApplication.translate("cli", "at most N rows (default 200)"),
    )
    add_json_option(audit)

    period = add_group_commands(
        add_command(
            commands,
            "period",
            help=QCoreApplication.translate("cli", "close the books of a period"),
            handler=None,
        )
    )
    close = add_command(
        period,
        "close",
        help=QCoreApplication.translate(
            "cli",
            "close the books through DATE: nothing dated then or before can be added, "
            "changed or removed any more (coordinators only)",
        ),
        handler=run_period_close,
    )
    close.add_argument(
        "date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "the last day closed, YYYY-MM-DD"),
    )
    show = add_command(
        period,
        "show",
        help=QCoreApplication.translate("cli", "show through which day the books are closed"),
        handler=run_period_show,
    )
    add_json_option(show)

    group = add_command(
        commands,
        "coordinators",
        help=QCoreApplication.translate(
            "cli",
            "the coordinators, by login: only they issue or void invoices, change settings "
            "and close periods (nobody named: everyone)",
        ),
        handler=run_coordinators,
    )
    group.add_argument(
        "--set",
        nargs="*",
        metavar="LOGIN",
        help=QCoreApplication.translate(
            "cli", "name the coordinators (yourself included); --set alone: everyone"
        ),
    )
    add_json_option(group)


def run_audit(args: argparse.Namespace) -> int:
    """Print the audit log."""
    from partage.i18n import format_date
    from partage.services.audit import AuditFilter, entries
    from partage.services.timezones import database_zone

    start, end = parse_day_range(args.from_date, args.to_date)
    wanted = AuditFilter(
        start=start,
        end=end,
        entity=args.entity,
        who=args.who,
        text=args.text,
        limit=max(1, args.limit),
    )
    with open_database(args) as db:
        rows = entries(db, wanted)
        zone = database_zone(db)
    if args.json:
        emit_json(
            [
                {
                    "id": r.id,
                    "at": r.at.isoformat(),
                    "os_user": r.os_user,
                    "display_name": r.display_name,
                    "machine": r.machine,
                    "action": r.action,
                    "entity": r.entity,
                    "entity_id": r.entity_id,
                    "summary": r.summary,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        say(QCoreApplication.translate("cli", "Nothing in the audit log matches."))
        return 0
    print_table(
        [
            QCoreApplication.translate("cli", "When"),
            QCoreApplication.translate("cli", "Who"),
            QCoreApplication.translate("cli", "Machine"),
            QCoreApplication.translate("cli", "Action"),
            QCoreApplication.translate("cli", "What"),
        ],
        [
            [
                f"{format_date(r.at.astimezone(zone).date())} {r.at.astimezone(zone):%H:%M}",
                r.display_name or r.os_user,
                r.machine,
                f"{r.action} {r.entity}",
                r.summary[:80],
            ]
            for r in rows
        ],
    )
    return 0


def run_period_close(args: argparse.Namespace) -> int:
    """Close the books through a day."""
    from partage.services.dates import parse_date
    from partage.services.governance import close_period

    day = parse_date(args.date)
    with open_database(args) as db:
        close_period(db, day)
    say(
        QCoreApplication.translate("cli", "The books are closed through {day}.").format(
            day=day.isoformat()
        )
    )
    return 0


def run_period_show(args: argparse.Namespace) -> int:
    """Say through which day the books are closed."""
    from partage.services.governance import closed_through

    with open_database(args) as db:
        day = closed_through(db)
    if args.json:
        emit_json({"closed_through": iso(day)})
    elif day is None:
        say(QCoreApplication.translate("cli", "No period is closed."))
    else:
        say(
            QCoreApplication.translate("cli", "The books are closed through {day}.").format(
                day=day.isoformat()
            )
        )
    return 0


def run_coordinators(args: argparse.Namespace) -> int:
    """List, or name, the coordinators."""
    from partage.services.governance import coordinators, set_coordinators

    with open_database(args) as db:
        names = set_coordinators(db, args.set) if args.set is not None else coordinators(db)
    if args.json:
        emit_json({"coordinators": names})
    elif names:
        for name in names:
            print(name)
    else:
        say(
            QCoreApplication.translate(
                "cli", "No coordinator is named: everyone may take the coordinators' actions."
            )
        )
    return 0
