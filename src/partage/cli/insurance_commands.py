"""``insurance add | list``: the group's insurance policies.

A policy's premium becomes an insurance cost spread over the days it covers, paid by the
group's treasury unless a member paid it out of pocket.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
)
from partage.cli.options import (
    add_command,
    add_group_commands,
    add_json_option,
    add_paid_by_option,
    parse_period,
)

if TYPE_CHECKING:
    from partage.services.upkeep import PolicyRecord

GROUP_WIDE = "-"  # ASSET of a policy that covers the whole group


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


# --- the parser -----------------------------------------------------------------------


def register(commands: Any) -> None:
    """Add ``insurance`` and its subcommands to *commands*."""
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
    add_paid_by_option(add)
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


# --- the commands ---------------------------------------------------------------------


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
