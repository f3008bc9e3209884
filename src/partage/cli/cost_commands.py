"""``cost add``, ``costs``, ``insurance add | list``, ``maintenance plan | due | done``.

Amounts are typed as people write them (``1 234,56 $``) and kept as integer cents; they
are in the database's currency. A cost that no member paid out of pocket was paid by the
group's treasury.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.asset_commands import meter_label
from partage.cli.common import emit_json, iso, locale, open_database, print_table, say
from partage.cli.parser import add_command, add_group_commands, add_json_option
from partage.errors import QT_TRANSLATE_NOOP, UsageError, ValidationError

if TYPE_CHECKING:
    from partage.services.assets import AssetRecord
    from partage.services.costs import CostRecord
    from partage.services.upkeep import PlanRecord, PlanStatus, PolicyRecord

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
GROUP_WIDE = "-"  # ASSET of a policy that covers the whole group
PLAN_STATES = ["overdue", "due", "ok"]
# Interval columns are 32-bit integers on PostgreSQL.
LARGEST_INTERVAL = 2**31 - 1
_WHOLE_NUMBER = re.compile(r"[0-9]+")
# People write 12 000 with a space, a no-break space or a narrow one, as Québec does.
_DIGIT_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f")


# --- words shared by the cost and account commands ------------------------------------


def treasury_label() -> str:
    """The group's own account, as people name it."""
    return QCoreApplication.translate("cli", "the group's treasury")


def payer_label(member_id: int | None, names: dict[int, str]) -> str:
    """Who paid: a member's name, or the group's treasury."""
    if member_id is None:
        return treasury_label()
    return names.get(member_id, str(member_id))


def plan_state_label(state: str) -> str:
    """Where a maintenance plan stands, in the language in use."""
    labels = {
        "ok": QCoreApplication.translate("cli", "ok"),
        "due": QCoreApplication.translate("cli", "due soon"),
        "overdue": QCoreApplication.translate("cli", "OVERDUE"),
    }
    return labels.get(state, state)


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


# --- reading the command line ---------------------------------------------------------


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
    """Optional ``--from`` and ``--to`` days, both included."""
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


def parse_interval(text: str | None) -> int | None:
    """An ``--every-…`` value: a whole number above zero, or None when not given.

    Raises:
        UsageError: zero, a fraction, a negative number or not a number.
    """
    if text is None:
        return None
    digits = text.strip().translate(_DIGIT_GROUP_SPACES)
    if _WHOLE_NUMBER.fullmatch(digits) and 0 < int(digits) <= LARGEST_INTERVAL:
        return int(digits)
    raise UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not an interval. Write a whole number above zero, for example 6.",
        ),
        text=text,
    )


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
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "{path} could not be read ({reason})."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    return data, media_type, path.name


# --- JSON -----------------------------------------------------------------------------


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


def policy_json(policy: PolicyRecord) -> dict[str, Any]:
    """An insurance policy; ``asset_id`` null: it covers the whole group."""
    return {
        "id": policy.id,
        "asset_id": policy.asset_id,
        "insurer": policy.insurer,
        "policy_number": policy.policy_number,
        "coverage": policy.coverage,
        "premium_cents": policy.premium_cents,
        "start": iso(policy.start),
        "end": iso(policy.end),
        "renewal": iso(policy.renewal),
        "cost_id": policy.cost_id,
    }


def plan_json(plan: PlanRecord, meter_unit: str) -> dict[str, Any]:
    """A maintenance plan; ``every_meter`` counts in ``meter_unit`` (km or hours)."""
    return {
        "id": plan.id,
        "asset_id": plan.asset_id,
        "title": plan.title,
        "every_months": plan.every_months,
        "every_meter": plan.every_meter,
        "meter_unit": None if meter_unit == "none" else meter_unit,
        "last_done": iso(plan.last_done),
        "last_meter": plan.last_meter,
        "blocks_calendar": plan.blocks_calendar,
        "version": plan.version,
    }


def plan_status_json(status: PlanStatus, asset: AssetRecord | None) -> dict[str, Any]:
    """A plan's state as in ``maintenance due --json``."""
    meter = "none" if asset is None else asset.meter
    return {
        "plan_id": status.plan.id,
        "asset_id": status.plan.asset_id,
        "asset": None if asset is None else asset.name,
        "title": status.plan.title,
        "state": status.state,
        "due_date": iso(status.due_date),
        "due_meter": status.due_meter,
        "current_meter": status.current_meter,
        "meter_unit": None if meter == "none" else meter,
        "every_months": status.plan.every_months,
        "every_meter": status.plan.every_meter,
        "last_done": iso(status.plan.last_done),
        "last_meter": status.plan.last_meter,
        "blocks_calendar": status.plan.blocks_calendar,
    }


# --- the parser -----------------------------------------------------------------------


def register(commands: Any) -> None:
    """Add ``cost``, ``costs``, ``insurance`` and ``maintenance`` to *commands*."""
    _register_costs(commands)
    _register_insurance(commands)
    _register_maintenance(commands)


def _asset_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--asset", metavar="A", help=help_text)


def _paid_by_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--paid-by",
        metavar="MEMBER",
        help=QCoreApplication.translate(
            "cli",
            "the member who paid it out of their own pocket (id or exact name); "
            "left out: the group's treasury paid",
        ),
    )


def _register_costs(commands: Any) -> None:
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
    _paid_by_option(add)
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


def _register_insurance(commands: Any) -> None:
    group = add_command(
        commands,
        "insurance",
        help=QCoreApplication.translate("cli", "record and list insurance policies"),
        handler=None,
    )
    insurance = add_group_commands(group)
    add = add_command(
        insurance,
        "add",
        help=QCoreApplication.translate(
            "cli", "record a policy; its premium becomes a cost spread over its period"
        ),
        handler=run_insurance_add,
    )
    add.add_argument(
        "asset",
        metavar="ASSET",
        help=QCoreApplication.translate(
            "cli", "the insured asset (id or exact name), or - for a policy of the whole group"
        ),
    )
    add.add_argument(
        "premium",
        metavar="PREMIUM",
        help=QCoreApplication.translate("cli", 'the premium, such as 1250 or "1 250,00 $"'),
    )
    add.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        required=True,
        help=QCoreApplication.translate("cli", "the first day covered, YYYY-MM-DD"),
    )
    add.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        required=True,
        help=QCoreApplication.translate("cli", "the last day covered (included), YYYY-MM-DD"),
    )
    add.add_argument(
        "--insurer",
        metavar="NAME",
        default="",
        help=QCoreApplication.translate("cli", "the insurer"),
    )
    add.add_argument(
        "--policy",
        metavar="NO",
        default="",
        help=QCoreApplication.translate("cli", "the policy number"),
    )
    add.add_argument(
        "--coverage",
        metavar="TEXT",
        default="",
        help=QCoreApplication.translate("cli", "what the policy covers"),
    )
    _paid_by_option(add)
    add_json_option(add)

    listing = add_command(
        insurance,
        "list",
        help=QCoreApplication.translate("cli", "list the policies, the soonest renewal first"),
        handler=run_insurance_list,
    )
    listing.add_argument(
        "--due",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "only the latest policies to renew within 45 days, or already expired"
        ),
    )
    add_json_option(listing)


def _register_maintenance(commands: Any) -> None:
    group = add_command(
        commands,
        "maintenance",
        help=QCoreApplication.translate(
            "cli", "plan maintenance, see what is due, and record it done"
        ),
        handler=None,
    )
    maintenance = add_group_commands(group)
    plan = add_command(
        maintenance,
        "plan",
        help=QCoreApplication.translate(
            "cli", "plan maintenance of an asset every so many months, km or hours"
        ),
        handler=run_plan,
    )
    _asset_and_title(plan)
    plan.add_argument(
        "--every-months",
        metavar="N",
        help=QCoreApplication.translate("cli", "due every N months"),
    )
    meter = plan.add_mutually_exclusive_group()
    meter.add_argument(
        "--every-km",
        metavar="N",
        help=QCoreApplication.translate(
            "cli", "due every N km on the asset's meter (an asset that counts km)"
        ),
    )
    meter.add_argument(
        "--every-hours",
        metavar="N",
        help=QCoreApplication.translate(
            "cli", "due every N hours on the asset's meter (an asset that counts hours)"
        ),
    )
    plan.add_argument(
        "--since",
        metavar="DATE",
        help=QCoreApplication.translate(
            "cli", "the day it was last done, YYYY-MM-DD, to count from (default: today)"
        ),
    )
    plan.add_argument(
        "--blocks-calendar",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "the asset cannot be lent while this maintenance is done"
        ),
    )
    add_json_option(plan)

    due = add_command(
        maintenance,
        "due",
        help=QCoreApplication.translate(
            "cli", "list the maintenance due soon or overdue, overdue first"
        ),
        handler=run_due,
    )
    due.add_argument(
        "--all",
        action="store_true",
        help=QCoreApplication.translate("cli", "also list the plans that are not due yet"),
    )
    due.add_argument(
        "--as-of",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "as on this day, YYYY-MM-DD (default: today)"),
    )
    add_json_option(due)

    done = add_command(
        maintenance,
        "done",
        help=QCoreApplication.translate(
            "cli", "record maintenance done; the plan counts again from that day"
        ),
        handler=run_done,
    )
    _asset_and_title(done)
    done.add_argument(
        "--date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "the day it was done, YYYY-MM-DD (default: today)"),
    )
    done.add_argument(
        "--meter",
        metavar="N",
        help=QCoreApplication.translate(
            "cli", "the meter reading when it was done, a whole number of km or hours"
        ),
    )
    done.add_argument(
        "--cost",
        metavar="AMOUNT",
        help=QCoreApplication.translate(
            "cli", "what it cost, recorded as a maintenance cost of the asset"
        ),
    )
    _paid_by_option(done)
    done.add_argument(
        "--note", metavar="TEXT", default="", help=QCoreApplication.translate("cli", "a note")
    )
    add_json_option(done)


def _asset_and_title(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "asset",
        metavar="ASSET",
        help=QCoreApplication.translate("cli", "the asset's id or exact name"),
    )
    parser.add_argument(
        "title",
        metavar="TITLE",
        help=QCoreApplication.translate("cli", "what is done, such as “Oil change”"),
    )


# --- cost commands --------------------------------------------------------------------


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


# --- insurance ------------------------------------------------------------------------


def run_insurance_add(args: argparse.Namespace) -> int:
    """Record a policy; its premium becomes an insurance cost over its period."""
    from partage.services.assets import find_asset
    from partage.services.costs import new_client_id
    from partage.services.members import find_member
    from partage.services.money import parse_amount
    from partage.services.upkeep import add_policy
    from partage.services.workspace import organisation_settings

    premium = parse_amount(args.premium)
    start, end = parse_period(args.from_date, args.to_date)
    with open_database(args) as db:
        asset = None if args.asset.strip() == GROUP_WIDE else find_asset(db, args.asset)
        payer = None if args.paid_by is None else find_member(db, args.paid_by)
        policy = add_policy(
            db,
            asset_id=None if asset is None else asset.id,
            premium_cents=premium,
            start=start,
            end=end,
            insurer=args.insurer,
            policy_number=args.policy,
            coverage=args.coverage,
            paid_by_member_id=None if payer is None else payer.id,
            client_id=new_client_id(),
        )
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(policy_json(policy))
    if asset is None:
        message = QCoreApplication.translate(
            "cli",
            "Added the group's insurance policy {id}: {premium}, {days} (cost {cost}).",
        )
    else:
        message = QCoreApplication.translate(
            "cli",
            "Added the insurance policy {id} of “{asset}”: {premium}, {days} (cost {cost}).",
        )
    say(
        message.format(
            id=policy.id,
            asset=None if asset is None else asset.name,
            premium=money_text(policy.premium_cents, currency),
            days=days_text(policy.start, policy.end),
            cost=policy.cost_id,
        )
    )
    return 0


def run_insurance_list(args: argparse.Namespace) -> int:
    """List the policies, or those to renew soon."""
    from partage.i18n import format_date
    from partage.services.assets import list_assets
    from partage.services.upkeep import list_policies, renewals_due
    from partage.services.workspace import organisation_settings

    with open_database(args) as db:
        policies = renewals_due(db, dt.date.today()) if args.due else list_policies(db)
        if args.json:
            emit_json([policy_json(p) for p in policies])
            return 0
        assets = {a.id: a.name for a in list_assets(db)} if policies else {}
        currency = organisation_settings(db).currency
    if not policies:
        if args.due:
            say(QCoreApplication.translate("cli", "No policy to renew in the next 45 days."))
        else:
            say(QCoreApplication.translate("cli", "No insurance policies yet."))
        return 0
    loc = locale()
    whole_group = QCoreApplication.translate("cli", "(whole group)")
    headers = [
        QCoreApplication.translate("cli", "ID"),
        QCoreApplication.translate("cli", "Asset"),
        QCoreApplication.translate("cli", "Insurer"),
        QCoreApplication.translate("cli", "Policy"),
        QCoreApplication.translate("cli", "Premium"),
        QCoreApplication.translate("cli", "Days"),
        QCoreApplication.translate("cli", "Renewal"),
    ]
    rows = [
        [
            str(p.id),
            whole_group if p.asset_id is None else assets.get(p.asset_id, str(p.asset_id)),
            p.insurer,
            p.policy_number,
            money_text(p.premium_cents, currency),
            days_text(p.start, p.end),
            format_date(p.renewal, loc),
        ]
        for p in policies
    ]
    print_table(headers, rows, right={0, 4})
    return 0


# --- maintenance ----------------------------------------------------------------------


def _meter_interval(args: argparse.Namespace) -> tuple[str | None, int | None]:
    """The meter unit and interval asked for by --every-km or --every-hours, if any."""
    if args.every_km is not None:
        return "km", parse_interval(args.every_km)
    if args.every_hours is not None:
        return "hours", parse_interval(args.every_hours)
    return None, None


def _check_meter_unit(asset: AssetRecord, unit: str | None) -> None:
    """Refuse a plan in km for an asset that counts hours, and the other way round."""
    if unit is None or asset.meter in ("none", unit):
        return  # an asset without a meter is refused by the service, in its own words
    if asset.meter == "km":
        message = QT_TRANSLATE_NOOP(
            "errors", "“{asset}” counts kilometres, not hours: plan it with --every-km."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors", "“{asset}” counts hours, not kilometres: plan it with --every-hours."
        )
    raise ValidationError("every", message, asset=asset.name)


def run_plan(args: argparse.Namespace) -> int:
    """Plan maintenance of an asset every so many months, km or hours."""
    from partage.services.assets import find_asset
    from partage.services.upkeep import add_plan

    every_months = parse_interval(args.every_months)
    unit, every_meter = _meter_interval(args)
    since = parse_day(args.since)
    with open_database(args) as db:
        asset = find_asset(db, args.asset)
        _check_meter_unit(asset, unit)
        plan = add_plan(
            db,
            asset.id,
            args.title,
            every_months=every_months,
            every_meter=every_meter,
            blocks_calendar=args.blocks_calendar,
            starting=since,
        )
    if args.json:
        emit_json(plan_json(plan, asset.meter))
    say(
        QCoreApplication.translate("cli", "Planned “{title}” for “{asset}” (plan {id}).").format(
            title=plan.title, asset=asset.name, id=plan.id
        )
    )
    return 0


def _reading_text(value: int | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{locale().toString(value)} {meter_label(unit)}".strip()


def run_due(args: argparse.Namespace) -> int:
    """List the plans due soon or overdue (or every plan with --all)."""
    from partage.i18n import format_date
    from partage.services.assets import list_assets
    from partage.services.upkeep import plan_statuses

    today = parse_day(args.as_of)
    with open_database(args) as db:
        statuses = [s for s in plan_statuses(db, today) if args.all or s.state != "ok"]
        assets = {a.id: a for a in list_assets(db)} if statuses else {}
    if args.json:
        emit_json([plan_status_json(s, assets.get(s.plan.asset_id)) for s in statuses])
        return 0
    if not statuses:
        say(QCoreApplication.translate("cli", "No maintenance due."))
        return 0
    loc = locale()
    headers = [
        QCoreApplication.translate("cli", "Asset"),
        QCoreApplication.translate("cli", "Maintenance"),
        QCoreApplication.translate("cli", "State"),
        QCoreApplication.translate("cli", "Due on"),
        QCoreApplication.translate("cli", "Due at"),
        QCoreApplication.translate("cli", "Meter now"),
    ]
    rows = []
    for s in statuses:
        asset = assets.get(s.plan.asset_id)
        unit = "none" if asset is None else asset.meter
        rows.append(
            [
                str(s.plan.asset_id) if asset is None else asset.name,
                s.plan.title,
                plan_state_label(s.state),
                format_date(s.due_date, loc),
                _reading_text(s.due_meter, unit),
                _reading_text(s.current_meter, unit),
            ]
        )
    print_table(headers, rows, right={4, 5})
    return 0


def _done_cost(text: str | None) -> int | None:
    from partage.services.money import parse_amount

    if text is None:
        return None
    cents = parse_amount(text)
    if cents == 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "The amount cannot be zero."))
    return cents


def _check_reading(asset: AssetRecord, meter: int | None) -> None:
    if meter is not None and asset.meter == "none":
        raise ValidationError(
            "meter",
            QT_TRANSLATE_NOOP("errors", "“{asset}” has no meter to read."),
            asset=asset.name,
        )


def run_done(args: argparse.Namespace) -> int:
    """Record maintenance done, with its cost; the plan counts again from that day."""
    from partage.i18n import format_date
    from partage.services.assets import find_asset
    from partage.services.members import find_member
    from partage.services.money import parse_meter
    from partage.services.upkeep import find_plan, record_done
    from partage.services.workspace import organisation_settings

    done_on = parse_day(args.date)
    meter = None if args.meter is None else parse_meter(args.meter)
    cost_cents = _done_cost(args.cost)
    with open_database(args) as db:
        asset = find_asset(db, args.asset)
        _check_reading(asset, meter)
        plan = find_plan(db, asset.id, args.title)
        payer = None if args.paid_by is None else find_member(db, args.paid_by)
        plan = record_done(
            db,
            plan.id,
            done_on=done_on,
            meter=meter,
            cost_cents=cost_cents,
            paid_by_member_id=None if payer is None else payer.id,
            note=args.note,
        )
        currency = organisation_settings(db).currency
    if args.json:
        emit_json(
            {
                "plan": plan_json(plan, asset.meter),
                "done_on": iso(done_on),
                "meter": meter,
                "cost_cents": cost_cents,
                "paid_by_member_id": None if payer is None else payer.id,
            }
        )
    say(
        QCoreApplication.translate(
            "cli", "Recorded “{title}” of “{asset}” as done on {date}."
        ).format(title=plan.title, asset=asset.name, date=format_date(done_on, locale()))
    )
    if cost_cents is not None:
        say(
            QCoreApplication.translate(
                "cli", "Added its cost, {amount}, as maintenance paid by {payer}."
            ).format(
                amount=money_text(cost_cents, currency),
                payer=payer.name if payer else treasury_label(),
            )
        )
    return 0
