"""The Members section: a table of members with search, archive and restore, and the
selected member's coming bookings and statement of account, in two tabs."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from partage.changes import Change
from partage.errors import PartageError
from partage.i18n import error_text, format_date, format_weight
from partage.services.assets import list_assets
from partage.services.bookings import current_and_upcoming
from partage.services.members import MemberRecord, list_members, set_member_archived
from partage.services.timezones import database_zone
from partage.services.workspace import Database
from partage.ui import labels
from partage.ui.account_panel import AccountPanel
from partage.ui.bookings_panel import BookingsPanel
from partage.ui.changes import ChangeBus
from partage.ui.messages import confirm
from partage.ui.record_view import RecordListView, ViewTexts
from partage.ui.tables import RecordTableModel, fold, remember_columns, sort_date


def utc_now() -> dt.datetime:
    """The current moment (replaced in tests)."""
    return dt.datetime.now(dt.UTC)


class MembersModel(RecordTableModel):
    """Members, one per row; ``OBJECT_ROLE`` gives the ``MemberRecord``."""

    NAME, KIND, EMAIL, PHONE, LANGUAGE, WEIGHT, JOINED, LEFT = range(8)
    numeric_columns = frozenset({WEIGHT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Name"), self.tr("Kind"), self.tr("E-mail"), self.tr("Phone"),
            self.tr("Language"), self.tr("Weight"), self.tr("Joined"), self.tr("Left"),
        )

    def display(self, record: MemberRecord, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.KIND:
            return labels.label(labels.MEMBER_KINDS, record.kind)
        if column == self.EMAIL:
            return record.email
        if column == self.PHONE:
            return record.phone
        if column == self.LANGUAGE:
            return labels.label(labels.LANGUAGES, record.language)
        if column == self.WEIGHT:
            return format_weight(record.weight_milli)
        if column == self.JOINED:
            return format_date(record.joined)
        if column == self.LEFT:
            return format_date(record.left)
        return ""

    def sort_value(self, record: MemberRecord, column: int) -> object:
        if column == self.WEIGHT:
            return record.weight_milli
        if column == self.JOINED:
            return sort_date(record.joined)
        if column == self.LEFT:
            return sort_date(record.left)
        return fold(self.display(record, column)) or None

    def search_text(self, record: MemberRecord) -> str:
        return f"{record.name}\n{record.email}"

    def is_hidden(self, record: MemberRecord) -> bool:
        return record.archived


class MembersView(RecordListView):
    """The Members section."""

    kind = Change.MEMBER
    # The bookings under the table name their assets.
    watched = Change.MEMBER | Change.BOOKING | Change.ASSET

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        self.clock: Callable[[], dt.datetime] = utc_now
        self._asset_names: dict[int, str] | None = None  # read at the first bookings shown
        self._zone = zoneinfo.ZoneInfo("UTC")  # the database's, read with the records
        super().__init__(db, bus, MembersModel(), parent)
        self.table.sortByColumn(MembersModel.NAME, Qt.SortOrder.AscendingOrder)
        remember_columns(self.table, "members")
        # A statement of account needs room: the details get as much as the table.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

    def texts(self) -> ViewTexts:
        return ViewTexts(
            search_placeholder=self.tr("Search members…"),
            show_hidden=self.tr("Show a&rchived"),
            add=self.tr("&Add…"),
            edit=self.tr("Ed&it…"),
            archive=self.tr("Ar&chive"),
            restore=self.tr("Res&tore"),
            empty=self.tr("No members yet — click Add… to enter the first one."),
            no_match=self.tr("No member matches “{text}”."),
            all_hidden=self.tr("Every member is archived. Tick “Show archived” to see them."),
        )

    def accessible_table_name(self) -> str:
        return self.tr("Members")

    def load(self) -> list[MemberRecord]:
        self._zone = database_zone(self.db)
        self._asset_names = None
        return list_members(self.db)

    def make_details(self) -> QWidget:
        self.details_tabs = QTabWidget(self)
        self.details_tabs.setDocumentMode(True)
        self.bookings_panel = BookingsPanel(self.tr("Asset"), self.details_tabs)
        # Read on the worker when its tab is shown, and again when an amount moves.
        self.account_panel = AccountPanel(self.db, self.bus, self.details_tabs)
        self.details_tabs.addTab(self.bookings_panel, self.tr("Bookings"))
        self.details_tabs.addTab(self.account_panel, self.tr("Statement of account"))
        return self.details_tabs

    def show_account(self) -> None:
        """Show the statement of account of the member chosen."""
        self.details_tabs.setCurrentWidget(self.account_panel)

    def show_details(self, record: MemberRecord | None) -> None:
        self.account_panel.set_member(record)
        panel = self.bookings_panel
        if record is None:
            panel.show_message(self.tr("Bookings"),
                               self.tr("Select a member to see their bookings."))
            return
        title = self.tr("Current and upcoming bookings of {name}").format(name=record.name)
        now = self.clock()
        try:
            bookings = current_and_upcoming(self.db, member_id=record.id, now=now)
            if self._asset_names is None:
                self._asset_names = {asset.id: asset.name for asset in list_assets(self.db)}
        except PartageError as error:  # e.g. the file busy: said in the panel's place
            panel.show_message(title, error_text(error))
            return
        panel.show_bookings(title, bookings, self._asset_names, by_asset=False,
                            zone=self._zone, now=now)

    def edit_record(self, record: Any | None) -> None:
        from partage.ui.member_dialog import MemberDialog

        dialog = MemberDialog(self.db, self.bus, record, self)
        if dialog.exec() and dialog.saved_record is not None:
            self.select_record(dialog.saved_record.id)

    def archive(self, record: MemberRecord) -> None:
        question = self.tr(
            "Archive “{name}”? Archived members are hidden from everyday lists; "
            "their history is kept and they can be restored."
        ).format(name=record.name)
        if not confirm(self, self.tr("Archive member"), question, self.tr("Archive")):
            return
        self._set_archived(record, True)

    def restore(self, record: MemberRecord) -> None:
        self._set_archived(record, False)

    def _set_archived(self, record: MemberRecord, archived: bool) -> None:
        db = self.db
        self.run_write(
            lambda: set_member_archived(db, record.id, archived, expected_version=record.version),
            lambda saved: self.select_record(saved.id),
        )
