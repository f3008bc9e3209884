"""The Upkeep section: maintenance plans and insurance policies, and what is coming due.

The plans and policies are read on the worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partage.errors import QT_TRANSLATE_NOOP
from partage.i18n import format_date
from partage.services.upkeep import (
    RENEWAL_WARNING_DAYS,
    PlanStatus,
    PolicyRecord,
    list_policies,
    plan_statuses,
    renewals_due,
)
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import (
    Directory,
    LiveSection,
    due_brush,
    fit_table,
    load_directory,
    overdue_brush,
    period_text,
)
from partage.ui.errors import show_read_error
from partage.ui.labels import meter_text
from partage.ui.reading import LatestRead
from partage.ui.tables import (
    OBJECT_ROLE,
    Index,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
    sort_date,
)
from partage.ui.worker import JobControl

STATES = {
    "overdue": QT_TRANSLATE_NOOP("Upkeep", "Overdue"),
    "due": QT_TRANSLATE_NOOP("Upkeep", "Due soon"),
    "ok": QT_TRANSLATE_NOOP("Upkeep", "Up to date"),
}
STATE_ORDER = {"overdue": 0, "due": 1, "ok": 2}


def state_label(state: str) -> str:
    """"Overdue", "Due soon" or "Up to date"."""
    source = STATES.get(state)
    return QCoreApplication.translate("Upkeep", source) if source else state


@dataclass(frozen=True)
class UpkeepRead:
    """What the worker read for the section on *day*."""

    day: dt.date
    directory: Directory
    statuses: list[PlanStatus]
    policies: list[PolicyRecord]
    renewals_due: frozenset[int]  # the policies whose renewal comes soon, by id


def read_upkeep(db: Database, day: dt.date) -> UpkeepRead:
    """The plans' states and the policies as of *day* (worker side)."""
    due = frozenset(policy.id for policy in renewals_due(db, day, RENEWAL_WARNING_DAYS))
    return UpkeepRead(day, load_directory(db), plan_statuses(db, day), list_policies(db), due)


@dataclass(frozen=True)
class PlanRow:
    """A maintenance plan as the table shows it."""

    id: int
    status: PlanStatus
    asset_name: str
    meter: str  # the asset's meter unit: "none", "km" or "hours"


@dataclass(frozen=True)
class PolicyRow:
    """An insurance policy as the table shows it."""

    id: int
    policy: PolicyRecord
    asset_name: str
    renewal_due: bool  # its renewal comes within the warning days (or has passed)
    days_left: int


class PlansModel(RecordTableModel):
    """Maintenance plans, one per row; ``OBJECT_ROLE`` gives the ``PlanRow``."""

    STATE, ASSET, TASK, INTERVAL, LAST_DONE, NEXT_DATE, NEXT_METER, METER = range(8)
    numeric_columns = frozenset({NEXT_METER, METER})
    DUE_COLUMNS = frozenset({STATE, NEXT_DATE, NEXT_METER})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("State"), self.tr("Asset"), self.tr("Task"), self.tr("Every"),
            self.tr("Last done"), self.tr("Next due"), self.tr("Due at reading"),
            self.tr("Meter now"),
        )

    def interval_text(self, row: PlanRow) -> str:
        """"6 months", "8 000 km", or "6 months or 8 000 km"."""
        plan = row.status.plan
        parts = []
        if plan.every_months:
            parts.append(self.tr("%n month(s)", "", plan.every_months))
        if plan.every_meter:
            parts.append(meter_text(plan.every_meter, row.meter))
        return self.tr(" or ").join(parts)

    def display(self, record: PlanRow, column: int) -> str:
        status = record.status
        if column == self.STATE:
            return state_label(status.state)
        if column == self.ASSET:
            return record.asset_name
        if column == self.TASK:
            return status.plan.title
        if column == self.INTERVAL:
            return self.interval_text(record)
        if column == self.LAST_DONE:
            return format_date(status.plan.last_done)
        if column == self.NEXT_DATE:
            return format_date(status.due_date)
        if column == self.NEXT_METER:
            return meter_text(status.due_meter, record.meter)
        if column == self.METER:
            return meter_text(status.current_meter, record.meter)
        return ""

    def sort_value(self, record: PlanRow, column: int) -> object:
        status = record.status
        if column == self.STATE:
            return STATE_ORDER.get(status.state, 3)
        if column == self.LAST_DONE:
            return sort_date(status.plan.last_done)
        if column == self.NEXT_DATE:
            return sort_date(status.due_date)
        if column == self.NEXT_METER:
            return status.due_meter
        if column == self.METER:
            return status.current_meter
        return fold(self.display(record, column)) or None

    def search_text(self, record: PlanRow) -> str:
        return f"{record.asset_name}\n{record.status.plan.title}"

    def is_hidden(self, record: PlanRow) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and (
            index.isValid() and 0 <= index.row() < len(self._records)
        ):
            # The state and what is due stand out; the rest of the row reads as usual.
            state = self._records[index.row()].status.state
            if state == "ok" or index.column() not in self.DUE_COLUMNS:
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return overdue_brush() if state == "overdue" else due_brush()
        return super().data(index, role)


class PoliciesModel(RecordTableModel):
    """Insurance policies, one per row; ``OBJECT_ROLE`` gives the ``PolicyRow``."""

    INSURER, NUMBER, ASSET, PREMIUM, PERIOD, RENEWAL, NOTICE = range(7)
    numeric_columns = frozenset({PREMIUM})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = Directory()

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Insurer"), self.tr("Policy number"), self.tr("Insured"),
            self.tr("Premium"), self.tr("Period"), self.tr("Renewal"), self.tr("Notice"),
        )

    def notice(self, row: PolicyRow) -> str:
        """"Renew within 12 days", "Expired 3 days ago", or ``""``."""
        if not row.renewal_due:
            return ""
        if row.days_left > 0:
            return self.tr("Renew within %n day(s)", "", row.days_left)
        if row.days_left == 0:
            return self.tr("Renew today")
        return self.tr("Expired %n day(s) ago", "", -row.days_left)

    def display(self, record: PolicyRow, column: int) -> str:
        policy = record.policy
        if column == self.INSURER:
            return policy.insurer
        if column == self.NUMBER:
            return policy.policy_number
        if column == self.ASSET:
            return record.asset_name
        if column == self.PREMIUM:
            return self.directory.money(policy.premium_cents)
        if column == self.PERIOD:
            return period_text(policy.start, policy.end)
        if column == self.RENEWAL:
            return format_date(policy.renewal)
        if column == self.NOTICE:
            return self.notice(record)
        return ""

    def sort_value(self, record: PolicyRow, column: int) -> object:
        policy = record.policy
        if column == self.PREMIUM:
            return policy.premium_cents
        if column == self.PERIOD:
            return sort_date(policy.start)
        if column == self.RENEWAL:
            return sort_date(policy.renewal)
        if column == self.NOTICE:
            return record.days_left if record.renewal_due else None
        return fold(self.display(record, column)) or None

    def search_text(self, record: PolicyRow) -> str:
        policy = record.policy
        return "\n".join((policy.insurer, policy.policy_number, record.asset_name,
                          policy.coverage))

    def is_hidden(self, record: PolicyRow) -> bool:
        return False

    def tooltip(self, record: PolicyRow, column: int) -> str | None:
        return record.policy.coverage or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and (
            index.isValid() and 0 <= index.row() < len(self._records)
        ):
            row = self._records[index.row()]
            if row.renewal_due and index.column() in (self.RENEWAL, self.NOTICE):
                return overdue_brush() if row.days_left < 0 else due_brush()
            return None
        if role == Qt.ItemDataRole.FontRole and index.column() == self.NOTICE:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _table(parent: QWidget, model: RecordTableModel, name: str, empty: str
           ) -> tuple[RecordTableView, RecordFilterProxy]:
    proxy = RecordFilterProxy(parent)
    proxy.setSourceModel(model)
    table = RecordTableView(parent)
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.set_placeholder(lambda: empty)
    return table, proxy


class UpkeepView(LiveSection):
    """The Upkeep section: a Maintenance tab and an Insurance tab."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.directory = Directory()
        self._fitted = False
        self._select_after_read: int | None = None  # a plan just saved, to make current
        self.reader = LatestRead(self._prepare, self)
        self.reader.done.connect(self.show_upkeep)
        self.reader.failed.connect(lambda error: show_read_error(self, error))
        self.plans_model = PlansModel(self)
        self.policies_model = PoliciesModel(self)
        self.plans_table, self.plans_proxy = _table(
            self, self.plans_model, self.tr("Maintenance plans"),
            self.tr("No maintenance planned — click Plan maintenance… to add the first."),
        )
        self.plans_table.sortByColumn(PlansModel.STATE, Qt.SortOrder.AscendingOrder)
        # The task takes the room left, so the readings stay by their headers.
        plans_header = self.plans_table.horizontalHeader()
        plans_header.setStretchLastSection(False)
        plans_header.setSectionResizeMode(PlansModel.TASK, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.plans_table, "maintenance-plans")
        self.policies_table, self.policies_proxy = _table(
            self, self.policies_model, self.tr("Insurance policies"),
            self.tr("No insurance policies — click Add policy… to enter the first."),
        )
        self.policies_table.sortByColumn(PoliciesModel.RENEWAL, Qt.SortOrder.AscendingOrder)
        remember_columns(self.policies_table, "insurance-policies")

        self.plan_button = QPushButton(self.tr("&Plan maintenance…"), self)
        self.done_button = QPushButton(self.tr("&Record done…"), self)
        self.policy_button = QPushButton(self.tr("&Add policy…"), self)
        for button in (self.plan_button, self.done_button, self.policy_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
        self.plans_summary = QLabel(self)
        self.policies_summary = QLabel(self)

        maintenance = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addWidget(self.done_button)
        bar.addStretch(1)
        maintenance_layout = QVBoxLayout(maintenance)
        maintenance_layout.addLayout(bar)
        maintenance_layout.addWidget(self.plans_table, 1)
        maintenance_layout.addWidget(self.plans_summary)
        insurance = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.policy_button)
        bar.addStretch(1)
        insurance_layout = QVBoxLayout(insurance)
        insurance_layout.addLayout(bar)
        insurance_layout.addWidget(self.policies_table, 1)
        insurance_layout.addWidget(self.policies_summary)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Maintenance and insurance"))
        self.maintenance_tab = self.tabs.addTab(maintenance, self.tr("&Maintenance"))
        self.insurance_tab = self.tabs.addTab(insurance, self.tr("&Insurance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.plan_button.clicked.connect(self.plan_maintenance)
        self.done_button.clicked.connect(self.record_done)
        self.policy_button.clicked.connect(self.add_policy)
        self.plans_table.doubleClicked.connect(self.record_done)
        self.plans_table.edit_requested.connect(self.record_done)
        self.plans_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.plans_proxy.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # --- reading ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the plans and policies are being read."""
        return self.reader.busy

    def reload(self) -> None:
        """Read the plans and the policies again, on the worker."""
        self.reader.request()

    def _prepare(self) -> Callable[[JobControl], UpkeepRead]:
        db, day = self.db, self.clock()

        def work(control: JobControl) -> UpkeepRead:
            return read_upkeep(db, day)

        return work

    def show_upkeep(self, read: UpkeepRead) -> None:
        """Show the plans and policies *read*, keeping the current plan selected."""
        day = read.day
        self.directory = read.directory
        current_plan = self.current_plan()
        chosen = self._select_after_read or (current_plan.id if current_plan else None)
        self._select_after_read = None
        plans = []
        for status in read.statuses:
            asset = self.directory.assets.get(status.plan.asset_id)
            plans.append(PlanRow(
                status.plan.id, status, self.directory.asset_name(status.plan.asset_id),
                asset.meter if asset is not None else "none",
            ))
        self.plans_model.set_records(plans)
        policies = [
            PolicyRow(
                policy.id, policy, self.directory.asset_name(policy.asset_id),
                policy.id in read.renewals_due, (policy.renewal - day).days,
            )
            for policy in read.policies
        ]
        self.policies_model.directory = self.directory
        self.policies_model.set_records(policies)
        if not self._fitted and (plans or policies):
            self.plans_table.fit_columns()
            fit_table(self.policies_table)
            self._fitted = True
        if chosen is not None:
            self.select_plan(chosen)
        self._summarise(plans, policies)
        self._update_buttons()

    def _summarise(self, plans: list[PlanRow], policies: list[PolicyRow]) -> None:
        overdue = sum(1 for row in plans if row.status.state == "overdue")
        due = sum(1 for row in plans if row.status.state == "due")
        self.plans_summary.setText(
            self.tr("%n plan(s) overdue", "", overdue) + " · "
            + self.tr("%n due within 30 days", "", due)
        )
        renewals = sum(1 for row in policies if row.renewal_due)
        self.policies_summary.setText(
            self.tr("%n renewal(s) due within {days} days", "", renewals).format(
                days=RENEWAL_WARNING_DAYS
            )
        )

    # --- the current plan ------------------------------------------------------------

    def current_plan(self) -> PlanRow | None:
        """The plan of the current row, or None."""
        index = self.plans_table.currentIndex()
        row = index.data(OBJECT_ROLE) if index.isValid() else None
        return row if isinstance(row, PlanRow) else None

    def select_plan(self, plan_id: int) -> None:
        """Make the row of *plan_id* current, if shown."""
        row = self.plans_model.row_of(plan_id)
        if row is not None:
            self.plans_table.setCurrentIndex(
                self.plans_proxy.mapFromSource(self.plans_model.index(row, 0))
            )

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        self.plan_button.setEnabled(writable)
        self.policy_button.setEnabled(writable)
        self.done_button.setEnabled(writable and self.current_plan() is not None)

    # --- actions ---------------------------------------------------------------------

    def plan_maintenance(self) -> None:
        """Open the dialog that plans maintenance of an asset."""
        from partage.ui.costs.upkeep_dialogs import PlanDialog

        dialog = PlanDialog(self.db, self.bus, self, day=self.clock())
        if dialog.exec() and dialog.saved_record is not None:
            self._select_after_read = dialog.saved_record.id  # once read again
            self.refresh()

    def record_done(self) -> None:
        """Open the dialog that records the current plan's maintenance as done."""
        from partage.ui.costs.upkeep_dialogs import RecordDoneDialog

        row = self.current_plan()
        if row is None or self.db.read_only:
            return
        dialog = RecordDoneDialog(self.db, self.bus, row.status, self, day=self.clock())
        if dialog.exec():
            self._select_after_read = row.id
            self.refresh()

    def add_policy(self) -> None:
        """Open the dialog that records an insurance policy."""
        from partage.ui.costs.upkeep_dialogs import PolicyDialog

        dialog = PolicyDialog(self.db, self.bus, self, day=self.clock())
        if dialog.exec():
            self.refresh()
