"""The Assets section: a table of assets with their owners and who has each one now,
search, retire and restore, and the selected asset's coming bookings."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QWidget

from partage.changes import Change
from partage.errors import PartageError
from partage.i18n import error_text, format_money, format_weight
from partage.services.assets import AssetRecord, list_assets, set_asset_status
from partage.services.bookings import BookingRecord, current_and_upcoming, overdue_bookings
from partage.services.members import list_members
from partage.services.timezones import database_zone
from partage.services.workspace import Database, organisation_settings
from partage.ui import labels
from partage.ui.bookings_panel import BookingsPanel, format_booking_time, local_time
from partage.ui.changes import ChangeBus
from partage.ui.messages import confirm
from partage.ui.record_view import RecordListView, ViewTexts
from partage.ui.tables import RecordTableModel, fold, remember_columns
from partage.ui.widgets import error_colour

RETIRED = "retired"
ACTIVE = "active"
# Every loan not yet returned is "overdue" by the end of time: overdue_bookings() then
# lists all the loans out now, early hand-overs included, in one query.
END_OF_TIME = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)


def utc_now() -> dt.datetime:
    """The current moment (replaced in tests)."""
    return dt.datetime.now(dt.UTC)


def checked_out_now(db: Database) -> dict[int, BookingRecord]:
    """The loan each asset is out on now (checked out, not returned), by asset id."""
    return {record.asset_id: record for record in overdue_bookings(db, now=END_OF_TIME)}


class AssetsModel(RecordTableModel):
    """Assets, one per row; ``OBJECT_ROLE`` gives the ``AssetRecord``.

    The owners and "out with" columns need the members' names, and the loans out now:
    ``set_member_names`` and ``set_loans_out`` before ``set_records``.
    """

    NAME, KIND, CATEGORY, LOCATION, METER, STATUS, OUT_WITH, PRICE, OWNERS = range(9)
    numeric_columns = frozenset({PRICE})

    def __init__(self, currency: str = "CAD", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._names: Mapping[int, str] = {}
        self._loans_out: Mapping[int, BookingRecord] = {}
        self._now = utc_now()
        self._zone = zoneinfo.ZoneInfo("UTC")

    def set_member_names(self, names: Mapping[int, str]) -> None:
        """The name of each member, by id, for the owners and "out with" columns."""
        self._names = dict(names)

    def set_loans_out(self, loans: Mapping[int, BookingRecord], now: dt.datetime,
                      zone: zoneinfo.ZoneInfo) -> None:
        """The loan each asset is out on, by asset id, as of *now* (for "overdue"); its
        times are shown in *zone*."""
        self._loans_out = dict(loans)
        self._now = now
        self._zone = zone

    def loan_out(self, record: AssetRecord) -> BookingRecord | None:
        """The loan *record* is out on now, if any."""
        return self._loans_out.get(record.id)

    def out_with_text(self, record: AssetRecord) -> str:
        """Who has the asset now: ``Alice``, ``Alice (overdue)``, or ``""``."""
        loan = self._loans_out.get(record.id)
        if loan is None:
            return ""
        name = "" if loan.member_id is None else self._names.get(
            loan.member_id, f"#{loan.member_id}")
        if loan.is_overdue(self._now):
            return self.tr("{name} (overdue)").format(name=name)
        return name

    def owners_text(self, record: AssetRecord) -> str:
        """``Alice (2), Bob (1)``: each owner's name and weight."""
        return ", ".join(
            f"{self._names.get(o.member_id, '#' + str(o.member_id))} "
            f"({format_weight(o.weight_milli)})"
            for o in record.owners
        )

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Name"), self.tr("Kind"), self.tr("Category"), self.tr("Location"),
            self.tr("Meter"), self.tr("Status"), self.tr("Out with"), self.tr("Purchase price"),
            self.tr("Owners"),
        )

    def display(self, record: AssetRecord, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.KIND:
            return labels.label(labels.ASSET_KINDS, record.kind)
        if column == self.CATEGORY:
            return record.category
        if column == self.LOCATION:
            return record.location
        if column == self.METER:
            return "" if record.meter == "none" else labels.label(labels.METERS, record.meter)
        if column == self.STATUS:
            return labels.label(labels.ASSET_STATUSES, record.status)
        if column == self.OUT_WITH:
            return self.out_with_text(record)
        if column == self.PRICE:
            if record.purchase_price_cents is None:
                return ""
            return format_money(record.purchase_price_cents, currency=self.currency)
        if column == self.OWNERS:
            return self.owners_text(record)
        return ""

    def sort_value(self, record: AssetRecord, column: int) -> object:
        if column == self.PRICE:
            return record.purchase_price_cents
        return fold(self.display(record, column)) or None

    def tooltip(self, record: AssetRecord, column: int) -> str | None:
        if column in (self.OWNERS, self.LOCATION, self.NAME):
            return self.display(record, column) or None
        loan = self._loans_out.get(record.id)
        if column == self.OUT_WITH and loan is not None:
            when = format_booking_time(local_time(loan.start, self._zone),
                                       local_time(loan.end, self._zone))
            return self.tr("Booked {when}").format(when=when)
        return None

    def foreground(self, record: AssetRecord, column: int) -> QBrush | None:
        loan = self._loans_out.get(record.id)
        if column == self.OUT_WITH and loan is not None and loan.is_overdue(self._now):
            return QBrush(error_colour(QPalette()))
        return None

    def search_text(self, record: AssetRecord) -> str:
        return "\n".join((record.name, record.category, record.location))

    def is_hidden(self, record: AssetRecord) -> bool:
        return record.status == RETIRED


class AssetsView(RecordListView):
    """The Assets section."""

    kind = Change.ASSET
    # Owners and borrowers are shown by name; bookings say who has what.
    watched = Change.ASSET | Change.MEMBER | Change.BOOKING

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        self.clock: Callable[[], dt.datetime] = utc_now
        self._member_names: dict[int, str] = {}
        self._zone = zoneinfo.ZoneInfo("UTC")  # the database's, read with the records
        super().__init__(db, bus, AssetsModel(organisation_settings(db).currency), parent)
        self.table.sortByColumn(AssetsModel.NAME, Qt.SortOrder.AscendingOrder)
        remember_columns(self.table, "assets")

    @property
    def assets_model(self) -> AssetsModel:
        """The source model, typed."""
        assert isinstance(self.model, AssetsModel)
        return self.model

    def texts(self) -> ViewTexts:
        return ViewTexts(
            search_placeholder=self.tr("Search assets…"),
            show_hidden=self.tr("Show &retired"),
            add=self.tr("&Add…"),
            edit=self.tr("Ed&it…"),
            archive=self.tr("Re&tire"),
            restore=self.tr("Back in &service"),
            empty=self.tr("No assets yet — click Add… to enter the first one."),
            no_match=self.tr("No asset matches “{text}”."),
            all_hidden=self.tr("Every asset is retired. Tick “Show retired” to see them."),
        )

    def accessible_table_name(self) -> str:
        return self.tr("Assets")

    def load(self) -> list[AssetRecord]:
        self._zone = database_zone(self.db)
        names = {member.id: member.name for member in list_members(self.db)}
        self._member_names = names
        self.assets_model.set_member_names(names)
        self.assets_model.set_loans_out(checked_out_now(self.db), self.clock(), self._zone)
        return list_assets(self.db)

    def make_details(self) -> QWidget:
        self.bookings_panel = BookingsPanel(self.tr("Member"), self)
        return self.bookings_panel

    def show_details(self, record: AssetRecord | None) -> None:
        panel = self.bookings_panel
        if record is None:
            panel.show_message(self.tr("Bookings"),
                               self.tr("Select an asset to see its bookings."))
            return
        title = self.tr("Current and upcoming bookings of {name}").format(name=record.name)
        now = self.clock()
        try:
            bookings = current_and_upcoming(self.db, asset_id=record.id, now=now)
        except PartageError as error:  # e.g. the file busy: said in the panel's place
            panel.show_message(title, error_text(error))
            return
        panel.show_bookings(title, bookings, self._member_names, by_asset=True,
                            zone=self._zone, now=now)

    def edit_record(self, record: Any | None) -> None:
        from partage.ui.asset_dialog import AssetDialog

        known = self.model.records()
        dialog = AssetDialog(
            self.db, self.bus, record, self,
            categories=[asset.category for asset in known],
            locations=[asset.location for asset in known],
        )
        if dialog.exec() and dialog.saved_record is not None:
            self.select_record(dialog.saved_record.id)

    def archive(self, record: AssetRecord) -> None:
        question = self.tr(
            "Retire “{name}”? Retired assets are hidden from everyday lists; their history "
            "is kept and they can be put back in service."
        ).format(name=record.name)
        if not confirm(self, self.tr("Retire asset"), question, self.tr("Retire")):
            return
        self._set_status(record, RETIRED)

    def restore(self, record: AssetRecord) -> None:
        self._set_status(record, ACTIVE)

    def _set_status(self, record: AssetRecord, status: str) -> None:
        db = self.db
        self.run_write(lambda: set_asset_status(db, record.id, status),
                       lambda saved: self.select_record(saved.id))
