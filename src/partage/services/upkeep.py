"""Insurance policies and maintenance plans of the pooled assets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, NotFound, StaleEdit, ValidationError
from partage.models import Asset, Cost, InsurancePolicy, MaintenancePlan, MaintenanceRecord
from partage.services import audit
from partage.services.bookings import last_meter_reading
from partage.services.costs import CostInput, insert_cost, new_client_id, validate_cost
from partage.services.validation import clean_name, clean_text
from partage.storage import Database

RENEWAL_WARNING_DAYS = 45


@dataclass(frozen=True)
class PolicyRecord:
    """An insurance policy and the cost its premium became."""

    id: int
    asset_id: int | None
    insurer: str
    policy_number: str
    coverage: str
    premium_cents: int
    start: dt.date
    end: dt.date
    cost_id: int

    @property
    def renewal(self) -> dt.date:
        """The day the policy must be renewed: the day after it ends."""
        return self.end + dt.timedelta(days=1)


def _policy(row: InsurancePolicy) -> PolicyRecord:
    return PolicyRecord(
        id=row.id,
        asset_id=row.asset_id,
        insurer=row.insurer,
        policy_number=row.policy_number,
        coverage=row.coverage,
        premium_cents=row.premium_cents,
        start=row.start,
        end=row.end,
        cost_id=row.cost_id,
    )


def add_policy(
    db: Database,
    *,
    asset_id: int | None,
    premium_cents: int,
    start: dt.date,
    end: dt.date,
    insurer: str = "",
    policy_number: str = "",
    coverage: str = "",
    paid_by_member_id: int | None = None,
    client_id: str | None = None,
) -> PolicyRecord:
    """Record a policy; its premium becomes a cost spread over [start, end]."""
    if premium_cents <= 0:
        raise ValidationError(
            "premium", QT_TRANSLATE_NOOP("errors", "The premium must be more than zero.")
        )
    cost = validate_cost(
        CostInput(
            amount_cents=premium_cents,
            start=start,
            end=end,
            category="insurance",
            asset_id=asset_id,
            supplier=insurer,
            note=policy_number,
            paid_by_member_id=paid_by_member_id,
            source="insurance",
            client_id=client_id or new_client_id(),
        )
    )

    def operation(session: Session) -> PolicyRecord:
        # A retried save (same client id) returns the policy already recorded.
        existing = session.scalar(
            select(InsurancePolicy)
            .join(Cost, Cost.id == InsurancePolicy.cost_id)
            .where(Cost.client_id == cost.client_id)
        )
        if existing is not None:
            return _policy(existing)
        cost_row = insert_cost(session, db, cost)
        row = InsurancePolicy(
            asset_id=asset_id,
            insurer=clean_text("insurer", insurer, limit=200),
            policy_number=clean_text("policy", policy_number, limit=100),
            coverage=clean_text("coverage", coverage, limit=5000),
            premium_cents=premium_cents,
            start=start,
            end=end,
            cost_id=cost_row.id,
        )
        session.add(row)
        session.flush()
        audit.record(session, db.actor, "create", "insurance", row.id, f"{insurer} {policy_number}")
        return _policy(row)

    return db.write(operation)


def list_policies(db: Database) -> list[PolicyRecord]:
    """Every policy, the soonest renewal first."""
    with db.read() as session:
        rows = session.scalars(select(InsurancePolicy).order_by(InsurancePolicy.end))
        return [_policy(row) for row in rows]


def renewals_due(
    db: Database, today: dt.date, within_days: int = RENEWAL_WARNING_DAYS
) -> list[PolicyRecord]:
    """Policies whose renewal comes within *within_days* (or has passed)."""
    limit = today + dt.timedelta(days=within_days)
    latest: dict[tuple[int | None, str], PolicyRecord] = {}
    for policy in list_policies(db):
        key = (policy.asset_id, policy.insurer)
        if key not in latest or latest[key].end < policy.end:
            latest[key] = policy
    return sorted((p for p in latest.values() if p.end < limit), key=lambda p: p.end)


# --- maintenance ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRecord:
    """A maintenance plan."""

    id: int
    asset_id: int
    title: str
    every_months: int | None
    every_meter: int | None
    last_done: dt.date | None
    last_meter: int | None
    blocks_calendar: bool
    version: int


@dataclass(frozen=True)
class PlanStatus:
    """Where a plan stands: when and at what reading it is next due."""

    plan: PlanRecord
    due_date: dt.date | None
    due_meter: int | None
    current_meter: int | None
    state: str  # "ok", "due" (within 30 days or 10 % of the interval), "overdue"


def _plan(row: MaintenancePlan) -> PlanRecord:
    return PlanRecord(
        id=row.id,
        asset_id=row.asset_id,
        title=row.title,
        every_months=row.every_months,
        every_meter=row.every_meter,
        last_done=row.last_done,
        last_meter=row.last_meter,
        blocks_calendar=row.blocks_calendar,
        version=row.version,
    )


def add_plan(
    db: Database,
    asset_id: int,
    title: str,
    *,
    every_months: int | None = None,
    every_meter: int | None = None,
    blocks_calendar: bool = False,
    starting: dt.date | None = None,
) -> PlanRecord:
    """Plan maintenance every N months and/or every N km or hours of the asset's meter."""
    title = clean_name("title", title)
    if every_months is None and every_meter is None:
        raise ValidationError(
            "every",
            QT_TRANSLATE_NOOP(
                "errors", "Say how often: every so many months, kilometres or hours."
            ),
        )
    for value in (every_months, every_meter):
        if value is not None and value <= 0:
            raise ValidationError(
                "every", QT_TRANSLATE_NOOP("errors", "An interval must be more than zero.")
            )

    def operation(session: Session) -> PlanRecord:
        asset = session.get(Asset, asset_id)
        if asset is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No asset “{ref}”."), ref=str(asset_id))
        if every_meter is not None and asset.meter == "none":
            raise ValidationError(
                "every",
                QT_TRANSLATE_NOOP("errors", "“{asset}” has no meter to read."),
                asset=asset.name,
            )
        row = MaintenancePlan(
            asset_id=asset_id,
            title=title,
            every_months=every_months,
            every_meter=every_meter,
            last_done=starting or dt.date.today(),
            last_meter=last_meter_reading(session, asset_id),
            blocks_calendar=blocks_calendar,
            active=True,
        )
        session.add(row)
        session.flush()
        audit.record(session, db.actor, "create", "maintenance", row.id, f"{asset.name}: {title}")
        return _plan(row)

    return db.write(operation)


def plan_statuses(db: Database, today: dt.date) -> list[PlanStatus]:
    """Every active plan with its next due date and reading, overdue first."""
    statuses = []
    with db.read() as session:
        for row in session.scalars(select(MaintenancePlan).where(MaintenancePlan.active)):
            plan = _plan(row)
            current = last_meter_reading(session, plan.asset_id)
            due_date = (
                plan.last_done + relativedelta(months=plan.every_months)
                if plan.every_months and plan.last_done
                else None
            )
            # Without a reading to count from, the meter cannot make a plan due.
            due_meter = (
                plan.last_meter + plan.every_meter
                if plan.every_meter and plan.last_meter is not None
                else None
            )
            state = "ok"
            if (due_date and due_date < today) or (
                due_meter is not None and current is not None and current >= due_meter
            ):
                state = "overdue"
            elif (due_date and due_date <= today + dt.timedelta(days=30)) or (
                due_meter is not None
                and current is not None
                and plan.every_meter
                and current >= due_meter - plan.every_meter // 10
            ):
                state = "due"
            statuses.append(PlanStatus(plan, due_date, due_meter, current, state))
    order = {"overdue": 0, "due": 1, "ok": 2}
    return sorted(statuses, key=lambda s: (order[s.state], s.due_date or dt.date.max, s.plan.id))


def get_plan(db: Database, plan_id: int) -> PlanRecord:
    """One maintenance plan by id."""
    with db.read() as session:
        row = session.get(MaintenancePlan, plan_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No maintenance plan “{ref}”."), ref=str(plan_id)
            )
        return _plan(row)


def find_plan(db: Database, asset_id: int, title: str) -> PlanRecord:
    """The active plan of an asset with this title (ignoring case)."""
    with db.read() as session:
        for row in session.scalars(
            select(MaintenancePlan).where(MaintenancePlan.asset_id == asset_id)
        ):
            if row.title.casefold() == title.strip().casefold():
                return _plan(row)
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No maintenance plan “{ref}”."), ref=title)


def record_done(
    db: Database,
    plan_id: int,
    *,
    done_on: dt.date,
    meter: int | None = None,
    cost_cents: int | None = None,
    paid_by_member_id: int | None = None,
    note: str = "",
    client_id: str | None = None,
    expected_version: int | None = None,
) -> PlanRecord:
    """Log maintenance done (creating its cost line) and restart the plan from it.

    A retried save with the same *client_id* posts no second cost (and no second record
    when the first one posted a cost).

    Raises:
        StaleEdit: someone changed the plan (or recorded it done) since
            *expected_version*; nothing was recorded.
    """
    key = client_id or new_client_id()

    def operation(session: Session) -> PlanRecord:
        row = session.get(MaintenancePlan, plan_id)
        if row is not None and session.scalar(select(Cost.id).where(Cost.client_id == key)):
            return _plan(row)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No maintenance plan “{ref}”."), ref=str(plan_id)
            )
        if expected_version is not None and row.version != expected_version:
            raise StaleEdit(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Someone else recorded this maintenance or changed its plan after you "
                    "opened it. Reload to see their version; nothing was recorded.",
                )
            )
        cost_id = None
        if cost_cents:
            cost = insert_cost(
                session,
                db,
                validate_cost(
                    CostInput(
                        amount_cents=cost_cents,
                        start=done_on,
                        category="maintenance",
                        asset_id=row.asset_id,
                        note=row.title,
                        paid_by_member_id=paid_by_member_id,
                        source="maintenance",
                        client_id=key,
                    )
                ),
            )
            cost_id = cost.id
        session.add(
            MaintenanceRecord(
                plan_id=row.id, done_on=done_on, meter=meter, cost_id=cost_id, note=note.strip()
            )
        )
        row.last_done = done_on
        if meter is not None:
            row.last_meter = meter
        session.flush()
        audit.record(session, db.actor, "done", "maintenance", row.id, f"{row.title} {done_on}")
        return _plan(row)

    return db.write(operation)
