"""``asset add | list | edit``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    emit_json,
    iso,
    json_weight,
    locale,
    meter_label,
    nothing_to_change,
    open_database,
    print_table,
    say,
    unchanged_message,
)
from partage.cli.options import add_command, add_group_commands, add_json_option
from partage.errors import QT_TRANSLATE_NOOP, UsageError

if TYPE_CHECKING:
    from partage.services.assets import AssetRecord, Ownership
    from partage.storage import Database

# The same lists as services.assets; kept here so that building the parser does not
# import the database layer (a test checks they agree).
ASSET_KINDS = ["equipment", "space", "vehicle", "other"]
ASSET_STATUSES = ["active", "in_repair", "retired"]
METER_UNITS = ["km", "hours", "none"]


def kind_label(kind: str) -> str:
    """An asset kind in the language in use."""
    labels = {
        "equipment": QCoreApplication.translate("cli", "equipment"),
        "space": QCoreApplication.translate("cli", "space"),
        "vehicle": QCoreApplication.translate("cli", "vehicle"),
        "other": QCoreApplication.translate("cli", "other"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    """An asset status in the language in use."""
    labels = {
        "active": QCoreApplication.translate("cli", "active"),
        "in_repair": QCoreApplication.translate("cli", "in repair"),
        "retired": QCoreApplication.translate("cli", "retired"),
    }
    return labels.get(status, status)


def register(commands: Any) -> None:
    """Add ``asset`` and its subcommands to the top-level *commands*."""
    group = add_command(
        commands,
        "asset",
        help=QCoreApplication.translate("cli", "add, list and edit assets"),
        handler=None,
    )
    assets = add_group_commands(group)

    add = add_command(
        assets, "add", help=QCoreApplication.translate("cli", "add an asset"), handler=run_add
    )
    add.add_argument(
        "name", metavar="NAME", help=QCoreApplication.translate("cli", "the asset's name")
    )
    _asset_options(add, edit=False)

    listing = add_command(
        assets,
        "list",
        help=QCoreApplication.translate("cli", "list the assets"),
        handler=run_list,
    )
    add_json_option(listing)

    edit = add_command(
        assets,
        "edit",
        help=QCoreApplication.translate("cli", "change an asset; only the options given change"),
        handler=run_edit,
    )
    edit.add_argument(
        "asset",
        metavar="ASSET",
        help=QCoreApplication.translate("cli", "the asset's id or exact name"),
    )
    _asset_options(edit, edit=True)


def _asset_options(parser: argparse.ArgumentParser, *, edit: bool) -> None:
    if edit:
        parser.add_argument(
            "--name", metavar="NAME", help=QCoreApplication.translate("cli", "a new name")
        )
    parser.add_argument(
        "--kind",
        choices=ASSET_KINDS,
        required=not edit,
        help=QCoreApplication.translate("cli", "what kind of asset it is"),
    )
    parser.add_argument(
        "--category",
        metavar="C",
        help=QCoreApplication.translate("cli", "a category of your own, such as Tools"),
    )
    parser.add_argument(
        "--location",
        metavar="L",
        help=QCoreApplication.translate("cli", "where the asset is kept"),
    )
    parser.add_argument(
        "--description", metavar="TEXT", help=QCoreApplication.translate("cli", "a description")
    )
    parser.add_argument(
        "--meter",
        choices=METER_UNITS,
        help=QCoreApplication.translate(
            "cli", "what the asset's meter counts: km or hours (none: no meter)"
        ),
    )
    parser.add_argument(
        "--purchase-price",
        metavar="AMOUNT",
        help=QCoreApplication.translate(
            "cli", 'purchase price, such as 1234.56 or "1 234,56 $" (empty: none)'
        ),
    )
    parser.add_argument(
        "--purchase-date",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "purchase date, YYYY-MM-DD (empty: none)"),
    )
    owners = parser.add_mutually_exclusive_group()
    owners.add_argument(
        "--owner",
        metavar="MEMBER=WEIGHT",
        action="append",
        help=QCoreApplication.translate(
            "cli",
            'a member\'s ownership share, such as "Alice=2"; repeat for each owner '
            "(on edit, the list given replaces the current one)",
        ),
    )
    if edit:
        owners.add_argument(
            "--no-owners",
            action="store_true",
            help=QCoreApplication.translate("cli", "remove every ownership share"),
        )
    parser.add_argument(
        "--rule",
        metavar="RULE",
        help=QCoreApplication.translate(
            "cli",
            "how the asset's costs are split: equal, shares, usage, "
            "weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50",
        ),
    )
    parser.add_argument(
        "--status",
        choices=ASSET_STATUSES,
        help=QCoreApplication.translate("cli", "active (default), in_repair or retired"),
    )
    add_json_option(parser)


def _parse_owner(text: str) -> tuple[str, int]:
    """``MEMBER=WEIGHT`` as the member's name or id and a weight in thousandths."""
    from partage.services.money import parse_weight

    member, sep, weight = text.rpartition("=")
    if not sep or not member.strip() or not weight.strip():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not an ownership share. Write it as MEMBER=WEIGHT, "
                "for example Alice=2.",
            ),
            text=text,
        )
    return member.strip(), parse_weight(weight)


def _changes(args: argparse.Namespace) -> tuple[dict[str, Any], list[tuple[str, int]] | None]:
    """The fields given on the command line, parsed, and the owners as (member, weight).

    Everything that needs no database is parsed before the database is opened, so a bad
    date or amount leaves the file untouched.
    """
    from partage.services.dates import parse_optional_date
    from partage.services.money import parse_amount

    changes: dict[str, Any] = {}
    for option in ("name", "kind", "category", "location", "description", "meter", "status"):
        value = getattr(args, option, None)
        if value is not None:
            changes[option] = value
    if args.rule is not None:
        changes["default_rule"] = args.rule
    if args.purchase_price is not None:
        price = args.purchase_price.strip()
        changes["purchase_price_cents"] = parse_amount(price) if price else None
    if args.purchase_date is not None:
        changes["purchase_date"] = parse_optional_date(args.purchase_date)
    owners: list[tuple[str, int]] | None = None
    if args.owner is not None:
        owners = [_parse_owner(text) for text in args.owner]
    elif getattr(args, "no_owners", False):
        owners = []
    return changes, owners


def _resolve_owners(db: Database, owners: list[tuple[str, int]]) -> tuple[Ownership, ...]:
    from partage.services.assets import Ownership
    from partage.services.members import find_member

    return tuple(Ownership(find_member(db, ref).id, weight) for ref, weight in owners)


def asset_json(asset: AssetRecord) -> dict[str, Any]:
    """An asset as in ``asset list --json`` (CLI.md)."""
    return {
        "id": asset.id,
        "name": asset.name,
        "kind": asset.kind,
        "category": asset.category,
        "meter": None if asset.meter == "none" else asset.meter,
        "owners": [
            {
                "member_id": o.member_id,
                "weight": json_weight(o.weight_milli),
                "weight_milli": o.weight_milli,
            }
            for o in asset.owners
        ],
        "location": asset.location,
        "description": asset.description,
        "status": asset.status,
        "purchase_price_cents": asset.purchase_price_cents,
        "purchase_date": iso(asset.purchase_date),
        "rule": asset.default_rule,
        "has_photo": asset.has_photo,
        "version": asset.version,
    }


def _report(asset: AssetRecord, args: argparse.Namespace, message: str) -> None:
    if args.json:
        emit_json(asset_json(asset))
    say(message)


def run_add(args: argparse.Namespace) -> int:
    """Add an asset with its ownership shares."""
    from partage.services.assets import AssetInput, add_asset

    changes, owners = _changes(args)
    changes["name"] = args.name
    with open_database(args) as db:
        if owners:
            changes["owners"] = _resolve_owners(db, owners)
        asset = add_asset(db, AssetInput(**changes))
    message = QCoreApplication.translate("cli", "Added the asset “{name}” (id {id}).")
    _report(asset, args, message.format(name=asset.name, id=asset.id))
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List every asset, retired ones included."""
    from partage.i18n import format_money, format_weight
    from partage.services.assets import list_assets
    from partage.services.members import list_members
    from partage.services.workspace import organisation_settings

    with open_database(args) as db:
        assets = list_assets(db)
        if args.json:
            emit_json([asset_json(a) for a in assets])
            return 0
        names = {m.id: m.name for m in list_members(db)} if assets else {}
        currency = organisation_settings(db).currency
    if not assets:
        say(QCoreApplication.translate("cli", "No assets yet."))
        return 0
    loc = locale()
    headers = [
        QCoreApplication.translate("cli", "ID"),
        QCoreApplication.translate("cli", "Name"),
        QCoreApplication.translate("cli", "Kind"),
        QCoreApplication.translate("cli", "Category"),
        QCoreApplication.translate("cli", "Meter"),
        QCoreApplication.translate("cli", "Status"),
        QCoreApplication.translate("cli", "Purchase price"),
        QCoreApplication.translate("cli", "Owners"),
    ]
    rows = []
    for a in assets:
        owners = ", ".join(
            f"{names.get(o.member_id, o.member_id)} ({format_weight(o.weight_milli, loc)})"
            for o in a.owners
        )
        price = (
            ""
            if a.purchase_price_cents is None
            else format_money(a.purchase_price_cents, loc, currency)
        )
        rows.append(
            [
                str(a.id),
                a.name,
                kind_label(a.kind),
                a.category,
                meter_label(a.meter),
                status_label(a.status),
                price,
                owners,
            ]
        )
    print_table(headers, rows, right={0, 6})
    return 0


def run_edit(args: argparse.Namespace) -> int:
    """Change the given fields of an asset, refusing to overwrite a newer version."""
    from partage.services.assets import find_asset, update_asset

    changes, owners = _changes(args)
    if not changes and owners is None:
        raise nothing_to_change()
    with open_database(args) as db:
        current = find_asset(db, args.asset)
        if owners is not None:
            changes["owners"] = _resolve_owners(db, owners)
        before = current.as_input()
        wanted = replace(before, **changes)
        if wanted == before:
            asset = current
            message = unchanged_message(current.name)
        else:
            asset = update_asset(db, current.id, wanted, expected_version=current.version)
            message = QCoreApplication.translate(
                "cli", "Saved the asset “{name}” (id {id})."
            ).format(name=asset.name, id=asset.id)
    _report(asset, args, message)
    return 0
