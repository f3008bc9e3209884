"""What the Costs, Upkeep, Split and Balances sections share: names of members and
assets, the treasury and the group in words, money fields, colours for states, a section
that reloads when the change bus names what it shows, and a proxy that keeps a total row
last whichever way the table is sorted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from partage.changes import Change
from partage.errors import QT_TRANSLATE_NOOP
from partage.i18n import format_date, format_money
from partage.services.assets import AssetRecord, list_assets
from partage.services.members import MemberRecord, list_members
from partage.services.workspace import Database, organisation_settings
from partage.ui import labels
from partage.ui.asset_dialog import amount_text
from partage.ui.changes import ChangeBus
from partage.ui.operations import Operation
from partage.ui.tables import Index, RecordFilterProxy, RecordTableView

# What the money sections show: any of these changing can move an amount.
MONEY_CHANGES = (Change.COST | Change.PAYMENT | Change.LEDGER | Change.MEMBER | Change.ASSET
                 | Change.BOOKING | Change.UPKEEP)

NO_ID = -1  # combo data for "the treasury" or "no asset" (Qt compares None poorly)
PINNED_ROLE = Qt.ItemDataRole.UserRole + 10  # a total row, kept last by PinnedLastProxy

# Named in the same context as the translate() calls below.
MIX_PARTS = {
    "equal": QT_TRANSLATE_NOOP("CostTexts", "{percent} % equal parts"),
    "shares": QT_TRANSLATE_NOOP("CostTexts", "{percent} % by ownership shares"),
    "usage": QT_TRANSLATE_NOOP("CostTexts", "{percent} % by usage"),
    "weights": QT_TRANSLATE_NOOP("CostTexts", "{percent} % by custom weights"),
}


def today() -> dt.date:
    """The current day (sections take a replaceable clock so tests can fix it)."""
    return dt.date.today()


def treasury_name() -> str:
    """The group's own account, as a payer or payee: "Treasury"."""
    return QCoreApplication.translate("CostTexts", "Treasury")


def group_name() -> str:
    """Costs of no particular asset: "Group" (the group's overhead)."""
    return QCoreApplication.translate("CostTexts", "Group")


def rule_text(rule: str, member_names: dict[int, str] | None = None) -> str:
    """A split rule in words: "Equal parts", "50 % by ownership shares + 50 % by usage"."""
    rule = rule.strip()
    if not rule:
        return ""
    if rule in labels.SPLIT_RULES:
        return labels.label(labels.SPLIT_RULES, rule)
    kind, _, body = rule.partition(":")
    pairs = [item.partition("=") for item in body.split(",") if item]
    if kind == "mix":
        parts = [
            QCoreApplication.translate("CostTexts", MIX_PARTS[key]).format(percent=value)
            for key, _, value in pairs
            if key in MIX_PARTS
        ]
        return " + ".join(parts) or rule
    if kind == "weights":
        names = member_names or {}
        weights = ", ".join(
            f"{names.get(int(key), '#' + key) if key.isdigit() else key} {value}"
            for key, _, value in pairs
        )
        return QCoreApplication.translate("CostTexts", "Custom weights: {weights}").format(
            weights=weights
        )
    return rule


def money_text(cents: int, currency: str) -> str:
    """*cents* in the locale and *currency*: "1 234,56 $" or "$1,234.56"."""
    return format_money(cents, currency=currency)


def period_text(start: dt.date, end: dt.date) -> str:
    """One day, or "2026-04-01 – 2027-03-31"."""
    if start == end:
        return format_date(start)
    return QCoreApplication.translate("CostTexts", "{start} – {end}").format(
        start=format_date(start), end=format_date(end)
    )


@dataclass(frozen=True)
class Directory:
    """The members and assets by id, and the database's currency, read once per reload."""

    members: dict[int, MemberRecord] = field(default_factory=dict)
    assets: dict[int, AssetRecord] = field(default_factory=dict)
    currency: str = "CAD"

    def member_name(self, member_id: int | None) -> str:
        """The member's name; the treasury for None."""
        if member_id is None:
            return treasury_name()
        member = self.members.get(member_id)
        return member.name if member is not None else f"#{member_id}"

    def asset_name(self, asset_id: int | None) -> str:
        """The asset's name; the group for None (overhead)."""
        if asset_id is None:
            return group_name()
        asset = self.assets.get(asset_id)
        return asset.name if asset is not None else f"#{asset_id}"

    def member_names(self) -> dict[int, str]:
        """Every member's name by id."""
        return {member_id: member.name for member_id, member in self.members.items()}

    def money(self, cents: int) -> str:
        """*cents* in the locale and the database's currency."""
        return format_money(cents, currency=self.currency)


def load_directory(db: Database) -> Directory:
    """Read the members, assets and currency through the services."""
    return Directory(
        members={member.id: member for member in list_members(db)},
        assets={asset.id: asset for asset in list_assets(db)},
        currency=organisation_settings(db).currency,
    )


def fill_member_combo(
    combo: QComboBox,
    directory: Directory,
    current: int | None,
    *,
    treasury: bool,
) -> None:
    """Members not archived (and *current* in any case), after the treasury if wanted."""
    combo.clear()
    if treasury:
        combo.addItem(
            QCoreApplication.translate("CostTexts", "Treasury (the group's account)"), NO_ID
        )
    members = sorted(directory.members.values(), key=lambda m: m.name.casefold())
    for member in members:
        if not member.archived or member.id == current:
            combo.addItem(member.name, member.id)
    index = combo.findData(NO_ID if current is None else current)
    combo.setCurrentIndex(max(index, 0))


def fill_asset_combo(
    combo: QComboBox, directory: Directory, current: int | None, *, none_text: str
) -> None:
    """*none_text* (no asset), then the assets in service (and *current* in any case)."""
    combo.clear()
    combo.addItem(none_text, NO_ID)
    for asset in sorted(directory.assets.values(), key=lambda a: a.name.casefold()):
        if asset.status != "retired" or asset.id == current:
            combo.addItem(asset.name, asset.id)
    index = combo.findData(NO_ID if current is None else current)
    combo.setCurrentIndex(max(index, 0))


def combo_id(combo: QComboBox) -> int | None:
    """The member or asset id chosen, or None for the treasury or no asset."""
    value = combo.currentData()
    return None if value is None or value == NO_ID else int(value)


class MoneyEdit(QLineEdit):
    """An amount typed as people write it ("1 234,56 $"), right-aligned."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(amount_text(123456))
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 20)

    def set_cents(self, cents: int | None) -> None:
        """Show *cents* for editing; empty for None."""
        self.setText(amount_text(cents))


# --- colours that read on light and dark backgrounds ------------------------------------


def _dark(palette: QPalette | None = None) -> bool:
    palette = palette or QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def overdue_brush() -> QBrush:
    """Red, for what is overdue or owed."""
    return QBrush(QColor("#ff8a80" if _dark() else "#b00020"))


def due_brush() -> QBrush:
    """Amber, for what comes due soon."""
    return QBrush(QColor("#ffc857" if _dark() else "#8a5a00"))


def credit_brush() -> QBrush:
    """Green, for what the group owes a member."""
    return QBrush(QColor("#7ee2a8" if _dark() else "#1b7f3b"))


# --- a section that reloads when the change bus names what it shows ---------------------


class LiveSection(QWidget):
    """A section that reads its data when shown, and again when the change bus names one
    of ``watched`` (at once when visible, otherwise the next time it is shown).

    Attributes:
        clock: gives today's date (replaced in tests and for screenshots).
        operation: the write this section started, while it runs (``ui.operations``).
    """

    watched = MONEY_CHANGES

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.clock: Callable[[], dt.date] = today
        self._stale = True
        self.operation: Operation[Any] | None = None
        bus.changed.connect(self._changed)

    @property
    def writing(self) -> bool:
        """True while a write this section started is under way."""
        return self.operation is not None and self.operation.running

    def reload(self) -> None:
        """Read the data again through the services."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload now if shown, otherwise when next shown."""
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def _changed(self, changes: Change) -> None:
        if changes & self.watched:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Read when first shown, so a section nobody opens costs nothing at start-up.
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)


# --- sorting that keeps a total row last ------------------------------------------------


class PinnedLastProxy(RecordFilterProxy):
    """Sorts on native values but keeps rows whose ``PINNED_ROLE`` is true at the bottom."""

    def lessThan(self, left: Index, right: Index) -> bool:
        left_pinned = bool(left.data(PINNED_ROLE))
        right_pinned = bool(right.data(PINNED_ROLE))
        if left_pinned != right_pinned:
            # Qt sorts descending by asking lessThan(right, left): answer so the pinned
            # row comes after every other row in both orders.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return descending if left_pinned else not descending
        return super().lessThan(left, right)




def fit_table(table: RecordTableView) -> None:
    """Size *table*'s columns to their contents, the last one taking the room left.

    (Sizing the last section by hand stops Qt stretching it until it is told again.)
    """
    table.fit_columns()
    header = table.horizontalHeader()
    if header.stretchLastSection():
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)
