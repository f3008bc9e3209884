"""``split``, ``balances``, ``settle`` and ``payment add | list``: who owes what.

The group's treasury (its own account) pays the costs no member paid out of pocket and
receives the members' payments. In JSON it is member id 0 (``services.accounts.TREASURY``),
an id no member ever has.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    days_text,
    emit_json,
    iso,
    locale,
    money_text,
    open_database,
    print_table,
    say,
    treasury_label,
)
from partage.cli.options import (
    add_command,
    add_group_commands,
    add_json_option,
    parse_day,
    parse_period,
)

if TYPE_CHECKING:
    from partage.services.accounts import Balance, PaymentRecord, SplitReport

# services.accounts.TREASURY; kept here so that building the parser does not import the
# database layer (a test checks they agree).
TREASURY_ID = 0


def register(commands: Any) -> None:
    """Add ``split``, ``balances``, ``settle`` and ``payment`` to *commands*."""
    splitting = add_command(
        commands,
        "split",
        help=QCoreApplication.translate(
            "cli",
            "split the costs of a period between the members: each cost's part in the "
            "period, divided by its rule",
        ),
        handler=run_split,
    )
    splitting.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        required=True,
        help=QCoreApplication.translate("cli", "the first day of the period, YYYY-MM-DD"),
    )
    splitting.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        required=True,
        help=QCoreApplication.translate("cli", "the last day of the period (included), YYYY-MM-DD"),
    )
    splitting.add_argument(
        "--explain",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "also show each cost's shares and how each was worked out"
        ),
    )
    add_json_option(splitting)

    balance = add_command(
        commands,
        "balances",
        help=QCoreApplication.translate(
            "cli",
            "each member's balance: what they paid less their share of the costs "
            "(positive: the group owes them); in JSON, member id 0 is the group's treasury",
        ),
        handler=run_balances,
    )
    _as_of_option(balance)
    add_json_option(balance)

    settling = add_command(
        commands,
        "settle",
        help=QCoreApplication.translate(
            "cli",
            "the fewest transfers that bring every balance to zero; in JSON, member id 0 "
            "is the group's treasury",
        ),
        handler=run_settle,
    )
    _as_of_option(settling)
    add_json_option(settling)

    group = add_command(
        commands,
        "payment",
        help=QCoreApplication.translate("cli", "record and list the members' payments"),
        handler=None,
    )
    payments = add_group_commands(group)
    add = add_command(
        payments,
        "add",
        help=QCoreApplication.translate("cli", "record a payment from a member to the group"),
        handler=run_payment_add,
    )
    add.add_argument(
        "member",
        metavar="MEMBER",
        help=QCoreApplication.translate("cli", "the member's id or exact name"),
    )
    add.add_argument(
        "amount",
        metavar="AMOUNT",
        help=QCoreApplication.translate(
            "cli", 'the amount, such as 1234.56 or "1 234,56 $"; negative for a refund'
        ),
    )
    add.add_argument(
        "--date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "the day it was paid, YYYY-MM-DD (default: today)"),
    )
    add.add_argument(
        "--invoice",
        metavar="NUMBER",
        default="",
        help=QCoreApplication.translate("cli", "the number of the invoice it pays"),
    )
    add.add_argument(
        "--note", metavar="TEXT", default="", help=QCoreApplication.translate("cli", "a note")
    )
    add_json_option(add)

    listing = add_command(
        payments,
        "list",
        help=QCoreApplication.translate("cli", "list the payments, newest first"),
        handler=run_payment_list,
    )
    listing.add_argument(
        "--member",
        metavar="M",
        help=QCoreApplication.translate("cli", "only this member (id or exact name)"),
    )
    add_json_option(listing)


def _as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli",
            "the balances at the end of this day, YYYY-MM-DD (default: today): the costs, "
            "payments and taxes up to it",
        ),
    )


def party_label(member_id: int, names: dict[int, str]) -> str:
    """A member's name, or the group's treasury for id 0."""
    if member_id == TREASURY_ID:
        return treasury_label()
    return names.get(member_id, str(member_id))


# --- split ----------------------------------------------------------------------------


def split_json(report: SplitReport, currency: str) -> dict[str, Any]:
    """The split as in ``split --json`` (CLI.md), with each allocation explained.

    A cost's ``period_cents`` is its part in the period; its allocations add up to it
    (unless nobody belonged to the group then: ``unallocated_reason``). Purchase
    recovery lines have ``"source": "purchase"`` and the cost id minus the asset's id.
    """
    from partage.explain import cost_label, explain

    loc = locale()
    totals = report.member_totals()
    names = report.member_names
    members = sorted(totals, key=lambda m: (names.get(m, "").casefold(), m))
    costs = []
    for cost in report.costs:
        info = report.info[cost.cost_id]
        costs.append(
            {
                "cost_id": cost.cost_id,
                "source": "purchase" if cost.cost_id < 0 else "cost",
                "label": cost_label(info),
                "category": info.category,
                "asset_id": info.asset_id,
                "start": iso(info.start),
                "end": iso(info.end),
                "amount_cents": cost.amount_cents,
                "period_cents": cost.period_cents,
                "days_in_period": cost.days_in_period,
                "days_total": cost.days_total,
                "rule": info.rule,
                "unallocated_reason": cost.unallocated_reason or None,
                "allocations": [
                    {
                        "member_id": a.member_id,
                        "name": names.get(a.member_id, ""),
                        "amount_cents": a.amount_cents,
                        "explanation": explain(a, cost, info, loc, currency),
                    }
                    for a in cost.allocations
                ],
            }
        )
    return {
        "from": iso(report.start),
        "to": iso(report.end),
        "currency": currency,
        "total_cents": report.total_cents,
        "members": [
            {"member_id": m, "name": names.get(m, ""), "total_cents": totals[m]} for m in members
        ],
        "costs": costs,
    }


def _print_split(report: SplitReport, currency: str, explained: bool) -> None:
    totals = report.member_totals()
    names = report.member_names
    print(
        QCoreApplication.translate("cli", "Costs of {days}").format(
            days=days_text(report.start, report.end)
        )
    )
    print()
    rows = [
        [names.get(m, str(m)), money_text(totals[m], currency)]
        for m in sorted(totals, key=lambda m: (names.get(m, "").casefold(), m))
    ]
    rows.append(
        [QCoreApplication.translate("cli", "Total"), money_text(report.total_cents, currency)]
    )
    headers = [
        QCoreApplication.translate("cli", "Member"),
        QCoreApplication.translate("cli", "Share"),
    ]
    print_table(headers, rows, right={1})
    if explained:
        _print_explanations(report, currency)


def _print_explanations(report: SplitReport, currency: str) -> None:
    from partage.explain import cost_label, explain

    loc = locale()
    names = report.member_names
    for cost in report.costs:
        info = report.info[cost.cost_id]
        if cost.cost_id < 0:
            head = QCoreApplication.translate(
                "cli", "{label} (purchase price spread over {days}): {part} in this period"
            )
        else:
            head = QCoreApplication.translate(
                "cli", "Cost {id}, {label} ({days}): {part} in this period"
            )
        print()
        print(
            head.format(
                id=cost.cost_id,
                label=cost_label(info),
                days=days_text(info.start, info.end),
                part=money_text(cost.period_cents, currency),
            )
        )
        if cost.unallocated_reason:
            print(
                "  "
                + QCoreApplication.translate(
                    "cli", "Nobody belonged to the group on those days: this part is not split."
                )
            )
        for a in cost.allocations:
            print(
                f"  {names.get(a.member_id, a.member_id)}: {explain(a, cost, info, loc, currency)}"
            )


def run_split(args: argparse.Namespace) -> int:
    """Split the costs of a period between the members."""
    from partage.services.accounts import split_period
    from partage.services.workspace import organisation_settings

    start, end = parse_period(args.from_date, args.to_date)
    with open_database(args) as db:
        report = split_period(db, start, end)
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(split_json(report, currency))
        return 0
    if not report.costs:
        say(
            QCoreApplication.translate("cli", "No costs in {days}.").format(
                days=days_text(start, end)
            )
        )
        return 0
    _print_split(report, currency, args.explain)
    return 0


# --- balances and settling up ---------------------------------------------------------


def balances_json(balances: list[Balance], treasury_cents: int) -> list[dict[str, Any]]:
    """Every member's balance, then the treasury's (member id 0): they sum to zero."""
    rows: list[dict[str, Any]] = [
        {
            "member_id": b.member_id,
            "name": b.name,
            "balance_cents": b.balance_cents,
            "owed_cents": b.owed_cents,
            "paid_cents": b.paid_cents,
            "treasury": False,
        }
        for b in balances
    ]
    rows.append(
        {
            "member_id": TREASURY_ID,
            "name": treasury_label(),
            "balance_cents": treasury_cents,
            "owed_cents": None,
            "paid_cents": None,
            "treasury": True,
        }
    )
    return rows


def run_balances(args: argparse.Namespace) -> int:
    """Each member's balance, and the treasury's."""
    from partage.services.accounts import balances, treasury_balance
    from partage.services.workspace import organisation_settings

    as_of = parse_day(args.as_of)
    with open_database(args) as db:
        member_balances = balances(db, as_of)
        currency = organisation_settings(db).currency
    treasury = treasury_balance(member_balances)
    if args.json:
        emit_json(balances_json(member_balances, treasury))
        return 0
    headers = [
        QCoreApplication.translate("cli", "Member"),
        QCoreApplication.translate("cli", "Share of costs"),
        QCoreApplication.translate("cli", "Paid"),
        QCoreApplication.translate("cli", "Balance"),
    ]
    rows = [
        [
            b.name,
            money_text(b.owed_cents, currency),
            money_text(b.paid_cents, currency),
            money_text(b.balance_cents, currency),
        ]
        for b in member_balances
    ]
    rows.append([treasury_label(), "", "", money_text(treasury, currency)])
    print_table(headers, rows, right={1, 2, 3})
    say(
        QCoreApplication.translate(
            "cli",
            "A positive balance is owed to the member by the group; a negative one is "
            "what the member owes.",
        )
    )
    return 0


def run_settle(args: argparse.Namespace) -> int:
    """The fewest transfers that bring every balance, the treasury's too, to zero."""
    from partage.services.accounts import balances, settle_up
    from partage.services.workspace import organisation_settings

    as_of = parse_day(args.as_of)
    with open_database(args) as db:
        member_balances = balances(db, as_of)
        currency = organisation_settings(db).currency
    transfers = settle_up(member_balances)
    names = {b.member_id: b.name for b in member_balances}
    if args.json:
        emit_json(
            [
                {
                    "from_member_id": source,
                    "to_member_id": target,
                    "amount_cents": cents,
                    "from_name": party_label(source, names),
                    "to_name": party_label(target, names),
                }
                for source, target, cents in transfers
            ]
        )
        return 0
    if not transfers:
        say(QCoreApplication.translate("cli", "Every balance is already zero: nothing to pay."))
        return 0
    headers = [
        QCoreApplication.translate("cli", "From"),
        QCoreApplication.translate("cli", "To"),
        QCoreApplication.translate("cli", "Amount"),
    ]
    rows = [
        [party_label(source, names), party_label(target, names), money_text(cents, currency)]
        for source, target, cents in transfers
    ]
    print_table(headers, rows, right={2})
    return 0


# --- payments -------------------------------------------------------------------------


def payment_json(payment: PaymentRecord) -> dict[str, Any]:
    """A payment from a member to the group."""
    return {
        "id": payment.id,
        "member_id": payment.member_id,
        "amount_cents": payment.amount_cents,
        "paid_on": iso(payment.paid_on),
        "invoice_number": payment.invoice_number,
        "note": payment.note,
    }


def run_payment_add(args: argparse.Namespace) -> int:
    """Record a payment from a member."""
    from partage.i18n import format_date
    from partage.services.accounts import add_payment
    from partage.services.costs import new_client_id
    from partage.services.members import find_member
    from partage.services.money import parse_amount
    from partage.services.workspace import organisation_settings

    amount = parse_amount(args.amount)
    paid_on = parse_day(args.date)
    with open_database(args) as db:
        member = find_member(db, args.member)
        payment = add_payment(
            db,
            member.id,
            amount,
            paid_on=paid_on,
            invoice_number=args.invoice,
            note=args.note,
            # One id per invocation: a save retried while the file is busy posts once,
            # and running the command again records a second payment, as asked.
            client_id=new_client_id(),
        )
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(payment_json(payment))
    say(
        QCoreApplication.translate(
            "cli", "Recorded a payment of {amount} from {member} on {date} (payment {id})."
        ).format(
            amount=money_text(payment.amount_cents, currency),
            member=member.name,
            date=format_date(payment.paid_on, locale()),
            id=payment.id,
        )
    )
    return 0


def run_payment_list(args: argparse.Namespace) -> int:
    """List the payments, newest first."""
    from partage.i18n import format_date
    from partage.services.accounts import list_payments
    from partage.services.members import find_member, list_members
    from partage.services.workspace import organisation_settings

    with open_database(args) as db:
        member_id = None if args.member is None else find_member(db, args.member).id
        payments = list_payments(db, member_id)
        if args.json:
            emit_json([payment_json(p) for p in payments])
            return 0
        names = {m.id: m.name for m in list_members(db)} if payments else {}
        currency = organisation_settings(db).currency
    if not payments:
        say(QCoreApplication.translate("cli", "No payments."))
        return 0
    loc = locale()
    headers = [
        QCoreApplication.translate("cli", "ID"),
        QCoreApplication.translate("cli", "Date"),
        QCoreApplication.translate("cli", "Member"),
        QCoreApplication.translate("cli", "Amount"),
        QCoreApplication.translate("cli", "Invoice"),
        QCoreApplication.translate("cli", "Note"),
    ]
    rows = [
        [
            str(p.id),
            format_date(p.paid_on, loc),
            names.get(p.member_id, str(p.member_id)),
            money_text(p.amount_cents, currency),
            p.invoice_number,
            p.note,
        ]
        for p in payments
    ]
    print_table(headers, rows, right={0, 3})
    return 0
