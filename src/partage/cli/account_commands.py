"""``account MEMBER`` and ``account opening MEMBER AMOUNT``: a member's statement of account
read from the ledger, and opening balances for a group that starts mid-life."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import emit_json, iso, locale, money_text, open_database, print_table, say
from partage.cli.options import add_command, add_json_option, parse_day, parse_day_range
from partage.errors import QT_TRANSLATE_NOOP, UsageError

if TYPE_CHECKING:
    from partage.services.ledger import Account


def register(commands: Any) -> None:
    """Add ``account`` to *commands*."""
    command = add_command(
        commands,
        "account",
        help=QCoreApplication.translate(
            "cli",
            "a member's statement of account: what they owed before the period, each "
            "charge, tax, payment and credit in it with the running balance, and what they "
            "owe at its end; or 'account opening MEMBER AMOUNT --date DATE' to record the "
            "balance a member had when the group started using Partage (positive: the "
            "member owes it)",
        ),
        handler=run_account,
    )
    command.add_argument(
        "words",
        nargs="+",
        metavar="MEMBER",
        help=QCoreApplication.translate(
            "cli", "the member's id or exact name (or: opening MEMBER AMOUNT)"
        ),
    )
    command.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "the first day, YYYY-MM-DD (default: the first day anything was recorded)"
        ),
    )
    command.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "the last day (included), YYYY-MM-DD (default: today)"
        ),
    )
    command.add_argument(
        "--date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "for an opening balance: its day, YYYY-MM-DD"),
    )
    command.add_argument(
        "--note", metavar="TEXT", default="", help=QCoreApplication.translate("cli", "a note")
    )
    add_json_option(command)


def run_account(args: argparse.Namespace) -> int:
    """The statement of account, or an opening balance."""
    words = list(args.words)
    if words[0] == "opening" and len(words) == 3:
        return _run_opening(args, words[1], words[2])
    if len(words) != 1:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Name one member: account MEMBER, or account opening MEMBER AMOUNT --date DATE.",
            )
        )
    return _run_account(args, words[0])


def account_json(account: Account) -> dict[str, Any]:
    """The statement of account as the contract shapes it (text in the member's language)."""
    from partage.explain import ledger_line_text
    from partage.i18n import DocumentLanguage

    words = DocumentLanguage.get(account.language)
    return {
        "member_id": account.member_id,
        "name": account.name,
        "from": iso(account.start),
        "to": iso(account.end),
        "opening_cents": account.opening_cents,
        "closing_cents": account.closing_cents,
        "lines": [
            {
                "date": iso(line.day),
                "kind": line.kind,
                "reference": line.reference,
                "text": ledger_line_text(line, words.locale, words),
                "amount_cents": line.amount_cents,
                "balance_cents": owed,
            }
            for line, owed in account.lines
        ],
    }


def _run_account(args: argparse.Namespace, member_text: str) -> int:
    from partage.explain import ledger_line_text
    from partage.i18n import format_date
    from partage.services.ledger import account
    from partage.services.members import find_member
    from partage.services.workspace import organisation_settings

    start, end = parse_day_range(args.from_date, args.to_date)
    with open_database(args) as db:
        member = find_member(db, member_text)
        statement = account(db, member.id, start, end)
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(account_json(statement))
        return 0
    loc = locale()
    headers = [
        QCoreApplication.translate("cli", "Date"),
        QCoreApplication.translate("cli", "Description"),
        QCoreApplication.translate("cli", "Amount"),
        QCoreApplication.translate("cli", "Owed"),
    ]
    rows = [
        [
            format_date(statement.start, loc),
            QCoreApplication.translate("cli", "Owed before the period"),
            "",
            money_text(statement.opening_cents, currency),
        ]
    ]
    rows.extend(
        [
            format_date(line.day, loc),
            ledger_line_text(line, loc),
            money_text(line.amount_cents, currency),
            money_text(owed, currency),
        ]
        for line, owed in statement.lines
    )
    say(
        QCoreApplication.translate("cli", "Account of {member}, {start} to {end}").format(
            member=statement.name,
            start=format_date(statement.start, loc),
            end=format_date(statement.end, loc),
        )
    )
    print_table(headers, rows, right={2, 3})
    closing = statement.closing_cents
    if closing >= 0:
        text = QCoreApplication.translate("cli", "{member} owes {amount} at the end of {day}.")
    else:
        text = QCoreApplication.translate(
            "cli", "The group owes {member} {amount} at the end of {day}."
        )
    say(
        text.format(
            member=statement.name,
            amount=money_text(abs(closing), currency),
            day=format_date(statement.end, loc),
        )
    )
    return 0


def _run_opening(args: argparse.Namespace, member_text: str, amount_text: str) -> int:
    from partage.i18n import format_date
    from partage.services.costs import new_client_id
    from partage.services.ledger import add_entry
    from partage.services.members import find_member
    from partage.services.money import parse_amount
    from partage.services.workspace import organisation_settings

    if args.date is None:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Give the day of the opening balance with --date.")
        )
    amount = parse_amount(amount_text)
    day = parse_day(args.date)
    with open_database(args) as db:
        member = find_member(db, member_text)
        entry = add_entry(db, member.id, amount, day=day, note=args.note, client_id=new_client_id())
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(
            {
                "id": entry.id,
                "member_id": entry.member_id,
                "date": iso(entry.day),
                "kind": entry.kind,
                "amount_cents": entry.amount_cents,
                "note": entry.note,
            }
        )
    say(
        QCoreApplication.translate(
            "cli", "Recorded an opening balance of {amount} for {member} on {date}."
        ).format(
            amount=money_text(entry.amount_cents, currency),
            member=member.name,
            date=format_date(entry.day, locale()),
        )
    )
    return 0
