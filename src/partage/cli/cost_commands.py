"""``cost add`` and ``costs``: what the group spends.

Amounts are typed as people write them (``1 234,56 $``) and kept as integer cents; they
are in the database's currency. A cost that no member paid out of pocket was paid by the
group's treasury.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    days_text,
    emit_json,
    iso,
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
    add_paid_by_option,
    parse_day,
    parse_day_range,
    parse_period,
)
from partage.errors import QT_TRANSLATE_NOOP, UsageError

if TYPE_CHECKING:
    from partage.services.costs import CostRecord

# The same list as services.costs; kept here so that building the parser does not import
# the database layer (a test checks they agree).
COST_CATEGORIES = [
    "maintenance",
    "repair",
    "insurance",
    "purchase",
    "fuel",
    "consumables",
    "rent",
    "other",
]
# services.costs accepts these media types; the CLI reads the type from the file's name.
RECEIPT_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}


def payer_label(member_id: int | None, names: dict[int, str]) -> str:
    """Who paid: a member's name, or the group's treasury."""
    if member_id is None:
        return treasury_label()
    return names.get(member_id, str(member_id))


def read_receipt(text: str) -> tuple[bytes, str, str]:
    """The receipt file's bytes, media type (from its extension) and name.

    Raises:
        UsageError: not a PDF, PNG, JPEG or WebP file name; the file cannot be read.
    """
    path = Path(text).expanduser().absolute()
    media_type = RECEIPT_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The receipt must be a PDF, PNG, JPEG or WebP file.")
        )
    from partage.services.costs import RECEIPT_LIMIT_BYTES
    from partage.services.files import read_named_file

    # Bounded: a receipt of gigabytes (or /dev/zero) is refused before it fills the memory.
    return read_named_file(path, limit=RECEIPT_LIMIT_BYTES), media_type, path.name


def cost_json(cost: CostRecord) -> dict[str, Any]:
    """A cost as in ``costs --json``; ``paid_by_member_id`` null: the treasury paid."""
    return {
        "id": cost.id,
        "amount_cents": cost.amount_cents,
        "start": iso(cost.start),
        "end": iso(cost.end),
        "category": cost.category,
        "asset_id": cost.asset_id,
        "paid_by_member_id": cost.paid_by_member_id,
        "rule": cost.rule,
        "supplier": cost.supplier,
        "note": cost.note,
        "source": cost.source,
        "has_receipt": cost.has_receipt,
        "receipt_name": cost.receipt_name,
        "version": cost.version,
    }


# --- the parser -----------------------------------------------------------------------


def register(commands: Any) -> None:
    """Add ``cost`` and ``costs`` to *commands*."""
    group = add_command(
        commands,
        "cost",
        help=QCoreApplication.translate("cli", "record what the group spends"),
        handler=None,
    )
    costs = add_group_commands(group)
    add = add_command(
        costs,
        "add",
        help=QCoreApplication.translate(
            "cli", "record a cost: an expense of one day, or spread over a period"
        ),
        handler=run_cost_add,
    )
    add.add_argument(
        "amount",
        metavar="AMOUNT",
        help=QCoreApplication.translate(
            "cli", 'the amount, such as 1234.56 or "1 234,56 $"; negative for a refund'
        ),
    )
    add.add_argument(
        "--category",
        choices=COST_CATEGORIES,
        required=True,
        help=QCoreApplication.translate("cli", "what the cost was for"),
    )
    _asset_option(
        add,
        QCoreApplication.translate(
            "cli", "the asset it was for (id or exact name); left out: the whole group"
        ),
    )
    when = add.add_mutually_exclusive_group()
    when.add_argument(
        "--date",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "the day of the expense, YYYY-MM-DD (default: today)"
        ),
    )
    when.add_argument(
        "--period",
        nargs=2,
        metavar=("FROM", "TO"),
        help=QCoreApplication.translate(
            "cli",
            "spread the cost over these days, both included, such as a yearly premium: "
            "2026-01-01 2026-12-31",
        ),
    )
    add_paid_by_option(add)
    add.add_argument(
        "--rule",
        metavar="RULE",
        default="",
        help=QCoreApplication.translate(
            "cli",
            "how to split it: equal, shares, usage, weights:MEMBER=W,MEMBER=W or "
            "mix:shares=50,usage=50 (default: the asset's rule, or equal)",
        ),
    )
    add.add_argument(
        "--supplier",
        metavar="NAME",
        default="",
        help=QCoreApplication.translate("cli", "who was paid: a shop, a garage, an insurer"),
    )
    add.add_argument(
        "--note", metavar="TEXT", default="", help=QCoreApplication.translate("cli", "a note")
    )
    add.add_argument(
        "--receipt",
        metavar="FILE",
        help=QCoreApplication.translate("cli", "the receipt: a PDF, PNG, JPEG or WebP file"),
    )
    add_json_option(add)

    listing = add_command(
        commands,
        "costs",
        help=QCoreApplication.translate("cli", "list the costs, newest first"),
        handler=run_costs,
    )
    listing.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "only costs that cover this day or later, YYYY-MM-DD"
        ),
    )
    listing.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "only costs that cover this day or earlier, YYYY-MM-DD"
        ),
    )
    _asset_option(listing, QCoreApplication.translate("cli", "only this asset (id or exact name)"))
    listing.add_argument(
        "--category",
        choices=COST_CATEGORIES,
        help=QCoreApplication.translate("cli", "only this category"),
    )
    listing.add_argument(
        "--member",
        metavar="M",
        help=QCoreApplication.translate(
            "cli", "only the costs this member paid (id or exact name)"
        ),
    )
    add_json_option(listing)


def _asset_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--asset", metavar="A", help=help_text)


# --- the commands ---------------------------------------------------------------------


def run_cost_add(args: argparse.Namespace) -> int:
    """Record a cost of one day or spread over a period."""
    from partage.services.assets import find_asset
    from partage.services.costs import CostInput, add_cost, new_client_id
    from partage.services.members import find_member
    from partage.services.money import parse_amount
    from partage.services.workspace import organisation_settings

    # Everything that needs no database is read first: a mistake leaves the file untouched.
    amount = parse_amount(args.amount)
    if args.period is not None:
        start, end = parse_period(*args.period)
    else:
        start = end = parse_day(args.date)
    receipt = None if args.receipt is None else read_receipt(args.receipt)
    with open_database(args) as db:
        asset_id = None if args.asset is None else find_asset(db, args.asset).id
        payer = None if args.paid_by is None else find_member(db, args.paid_by)
        cost = add_cost(
            db,
            CostInput(
                amount_cents=amount,
                start=start,
                end=end,
                category=args.category,
                asset_id=asset_id,
                supplier=args.supplier,
                note=args.note,
                paid_by_member_id=None if payer is None else payer.id,
                rule=args.rule,
                receipt=None if receipt is None else receipt[0],
                receipt_type="" if receipt is None else receipt[1],
                receipt_name="" if receipt is None else receipt[2],
                receipt_changed=receipt is not None,
                # One id per invocation: a save retried while the file is busy posts once.
                client_id=new_client_id(),
            ),
        )
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(cost_json(cost))
    say(_cost_added(cost, payer.name if payer else treasury_label(), currency))
    return 0


def _cost_added(cost: CostRecord, payer: str, currency: str) -> str:
    from partage.explain import category_label

    return QCoreApplication.translate(
        "cli", "Added cost {id} ({category}): {amount}, {days}, paid by {payer}."
    ).format(
        id=cost.id,
        category=category_label(cost.category),
        amount=money_text(cost.amount_cents, currency),
        days=days_text(cost.start, cost.end),
        payer=payer,
    )


def run_costs(args: argparse.Namespace) -> int:
    """List the costs that cover part of a period, newest first."""
    from partage.explain import category_label
    from partage.services.assets import find_asset, list_assets
    from partage.services.costs import list_costs
    from partage.services.members import find_member, list_members
    from partage.services.workspace import organisation_settings

    first, last = parse_day_range(args.from_date, args.to_date)
    with open_database(args) as db:
        asset_id = None if args.asset is None else find_asset(db, args.asset).id
        member_id = None if args.member is None else find_member(db, args.member).id
        costs = list_costs(
            db,
            start=first,
            end=last,
            asset_id=asset_id,
            category=args.category,
            member_id=member_id,
        )
        if args.json:
            emit_json([cost_json(c) for c in costs])
            return 0
        assets = {a.id: a.name for a in list_assets(db)} if costs else {}
        members = {m.id: m.name for m in list_members(db)} if costs else {}
        currency = organisation_settings(db).currency
    if not costs:
        say(QCoreApplication.translate("cli", "No costs."))
        return 0
    headers = [
        QCoreApplication.translate("cli", "ID"),
        QCoreApplication.translate("cli", "Days"),
        QCoreApplication.translate("cli", "Category"),
        QCoreApplication.translate("cli", "Asset"),
        QCoreApplication.translate("cli", "Amount"),
        QCoreApplication.translate("cli", "Paid by"),
        QCoreApplication.translate("cli", "Supplier"),
        QCoreApplication.translate("cli", "Note"),
    ]
    rows = [
        [
            str(c.id),
            days_text(c.start, c.end),
            category_label(c.category),
            "" if c.asset_id is None else assets.get(c.asset_id, str(c.asset_id)),
            money_text(c.amount_cents, currency),
            payer_label(c.paid_by_member_id, members),
            c.supplier,
            c.note,
        ]
        for c in costs
    ]
    print_table(headers, rows, right={0, 4})
    return 0
