"""``maintenance plan | due | done``: upkeep planned every so many months, km or hours.

A plan falls due every so many months, or every so many km or hours on the asset's meter;
recording it done counts the plan again from that day (and reading). Its cost, when given,
is a maintenance cost of the asset.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    emit_json,
    iso,
    locale,
    meter_label,
    money_text,
    open_database,
    print_table,
    say,
    treasury_label,
)
from partage.cli.options import (
    LARGEST_NUMBER,
    add_command,
    add_group_commands,
    add_json_option,
    add_paid_by_option,
    parse_day,
    whole_number,
)
from partage.errors import QT_TRANSLATE_NOOP, UsageError, ValidationError

if TYPE_CHECKING:
    from partage.services.assets import AssetRecord
    from partage.services.upkeep import PlanRecord, PlanStatus


def plan_state_label(state: str) -> str:
    """Where a maintenance plan stands, in the language in use."""
    labels = {
        "ok": QCoreApplication.translate("cli", "ok"),
        "due": QCoreApplication.translate("cli", "due soon"),
        "overdue": QCoreApplication.translate("cli", "OVERDUE"),
    }
    return labels.get(state, state)


def parse_interval(text: str | None) -> int | None:
    """An ``--every-…`` value: a whole number above zero, or None when not given.

    Raises:
        UsageError: zero, a fraction, a negative number or not a number.
    """
    if text is None:
        return None
    number = whole_number(text, LARGEST_NUMBER)  # interval columns are 32-bit integers
    if number is not None and number > 0:
        return number
    raise UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not an interval. Write a whole number above zero, for example 6.",
        ),
        text=text,
    )


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
    """Add ``maintenance`` and its subcommands to *commands*."""
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
    add_paid_by_option(done)
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


# --- the commands ---------------------------------------------------------------------


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
