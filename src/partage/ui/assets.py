"""The Assets section: a table of assets with their owners, search, retire and restore."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from partage.i18n import format_money, format_weight
from partage.services.assets import AssetRecord, list_assets, set_asset_status
from partage.services.members import list_members
from partage.services.workspace import Database, organisation_settings
from partage.ui import labels
from partage.ui.changes import ASSET, MEMBER, ChangeBus
from partage.ui.messages import confirm
from partage.ui.record_view import RecordListView, ViewTexts
from partage.ui.tables import RecordTableModel, fold

RETIRED = "retired"
ACTIVE = "active"


class AssetsModel(RecordTableModel):
    """Assets, one per row; ``OBJECT_ROLE`` gives the ``AssetRecord``.

    The owners column needs the members' names: ``set_member_names`` before
    ``set_records``.
    """

    NAME, KIND, CATEGORY, LOCATION, METER, STATUS, PRICE, OWNERS = range(8)
    numeric_columns = frozenset({PRICE})

    def __init__(self, currency: str = "CAD", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._names: Mapping[int, str] = {}

    def set_member_names(self, names: Mapping[int, str]) -> None:
        """The name of each member, by id, for the owners column."""
        self._names = dict(names)

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
            self.tr("Meter"), self.tr("Status"), self.tr("Purchase price"), self.tr("Owners"),
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
        return None

    def search_text(self, record: AssetRecord) -> str:
        return "\n".join((record.name, record.category, record.location))

    def is_hidden(self, record: AssetRecord) -> bool:
        return record.status == RETIRED


class AssetsView(RecordListView):
    """The Assets section."""

    entity = ASSET
    watched = frozenset({ASSET, MEMBER})  # owners are shown by name

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, AssetsModel(organisation_settings(db).currency), parent)
        self.table.sortByColumn(AssetsModel.NAME, Qt.SortOrder.AscendingOrder)

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
        names = {member.id: member.name for member in list_members(self.db)}
        self.assets_model.set_member_names(names)
        return list_assets(self.db)

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
        saved = self.run_write(lambda: set_asset_status(self.db, record.id, status))
        if saved is not None:
            self.bus.notify(ASSET)
            self.select_record(saved.id)
