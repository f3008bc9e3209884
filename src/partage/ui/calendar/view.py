"""The Calendar section: day, week, month and a timeline of the whole pool.

The view reads the catalog (assets, members, time zone) once and again only when the
change bus says assets or members changed; each move (next week, a filter) reads just
the bookings of the time shown, in one query, and lays them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import PartageError
from partage.services.assets import AssetRecord
from partage.services.bookings import BookingRecord
from partage.services.calendar import (
    CalendarCatalog,
    calendar_catalog,
    calendar_window,
    local_day_bounds,
)
from partage.services.timezones import to_local
from partage.services.workspace import Database
from partage.ui import labels
from partage.ui.calendar.actions import booking_actions, run_booking_action
from partage.ui.calendar.asset_list import AssetPanel
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.calendar.canvas import CalendarCanvas
from partage.ui.calendar.formats import (
    format_day,
    format_long_date,
    format_month,
    format_short_date,
    pydate,
    qdate,
)
from partage.ui.calendar.layout import Mode, step, view_range
from partage.ui.calendar.month import MonthCanvas
from partage.ui.calendar.style import CalendarItem, asset_colour
from partage.ui.calendar.time_grid import Column, TimeGridCanvas
from partage.ui.calendar.timeline import Row, TimelineCanvas
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.operations import Operation
from partage.ui.widgets import DATE_FORMAT, DateEdit

ALL = None
CHECKED_OUT = "checked_out"
DEFAULT_COLOUR = QColor("#4e79a7")
# Above this many assets, reading every booking of the time shown and keeping the
# filtered ones is faster than a long IN list.
MAX_ASSET_LIST = 60


def utc_now() -> dt.datetime:
    """The current moment (replaced in tests)."""
    return dt.datetime.now(dt.UTC)


class CalendarView(QWidget):
    """The Calendar section.

    Attributes:
        mode: the view shown (day, week, month, timeline).
        current_date: the day the view is about.
        clock: gives the current UTC moment (for "overdue" and the now line).
    """

    watched = Change.BOOKING | Change.ASSET | Change.MEMBER

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.clock: Callable[[], dt.datetime] = utc_now
        self.catalog: CalendarCatalog | None = None
        self.mode = Mode.WEEK
        self.qlocale = QLocale()
        self.first_weekday = self.qlocale.firstDayOfWeek().value
        self.current_date = dt.date.today()
        self.shown = view_range(self.mode, self.current_date, self.first_weekday)
        self.records: list[BookingRecord] = []
        self.shown_assets: list[AssetRecord] = []
        self._colours: dict[int, QColor] = {}
        self._stale_catalog = True
        self._stale = True
        self.last_dialog: BookingDialog | None = None

        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setAccessibleName(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.date_edit = DateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        self.date_edit.setToolTip(self.tr("Go to date"))
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Dates shown"))
        self.mode_buttons: dict[Mode, QToolButton] = {}
        self.mode_group = QButtonGroup(self)
        for mode, text in (
            (Mode.DAY, self.tr("&Day")),
            (Mode.WEEK, self.tr("&Week")),
            (Mode.MONTH, self.tr("M&onth")),
            (Mode.TIMELINE, self.tr("Time&line")),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setAccessibleName(text.replace("&", ""))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[self.mode].setChecked(True)
        self.new_button = QPushButton(self.tr("&New booking…"), self)
        self.new_button.setAccessibleName(self.tr("New booking"))
        self.new_button.setAutoDefault(False)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of asset"))
        self.kind_combo.addItem(self.tr("All kinds"), ALL)
        for code in labels.ASSET_KINDS:
            self.kind_combo.addItem(labels.label(labels.ASSET_KINDS, code), code)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.setMinimumContentsLength(14)
        self.member_combo = QComboBox(self)
        self.member_combo.setAccessibleName(self.tr("Member"))
        self.member_combo.setMinimumContentsLength(18)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_text())

        self.asset_panel = AssetPanel(self)
        self.day_canvas = TimeGridCanvas(self)
        self.week_canvas = TimeGridCanvas(self)
        self.month_canvas = MonthCanvas(self)
        self.timeline_canvas = TimelineCanvas(self)
        self.canvases: dict[Mode, CalendarCanvas] = {
            Mode.DAY: self.day_canvas,
            Mode.WEEK: self.week_canvas,
            Mode.MONTH: self.month_canvas,
            Mode.TIMELINE: self.timeline_canvas,
        }
        names = {Mode.DAY: self.tr("Day"), Mode.WEEK: self.tr("Week"),
                 Mode.MONTH: self.tr("Month"), Mode.TIMELINE: self.tr("Timeline")}
        self.stack = QStackedWidget(self)
        for mode, canvas in self.canvases.items():
            canvas.setAccessibleName(self.tr("Calendar: {view}").format(view=names[mode]))
            canvas.writable = not db.read_only
            self.stack.addWidget(canvas)
            canvas.open_requested.connect(self.open_booking)
            canvas.create_requested.connect(self.create_booking)
            canvas.move_requested.connect(self.move_booking)
            canvas.context_requested.connect(self.booking_menu)
            canvas.navigate.connect(self.navigate)
            canvas.day_activated.connect(self.open_day)

        top = QHBoxLayout()
        for widget in (self.today_button, self.previous_button, self.next_button,
                       self.date_edit, self.title_label):
            top.addWidget(widget)
        top.addStretch(1)
        for button in self.mode_buttons.values():
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Kind:"), self.kind_combo),
                            (self.tr("C&ategory:"), self.category_combo),
                            (self.tr("Mem&ber:"), self.member_combo)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.legend)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.asset_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.today_button.clicked.connect(self.go_today)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.date_edit.dateChanged.connect(lambda value: self.go_to(pydate(value)))
        for mode, button in self.mode_buttons.items():
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.new_button.clicked.connect(lambda: self.create_booking(None, None, None))
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.category_combo.currentIndexChanged.connect(self._filters_changed)
        self.member_combo.currentIndexChanged.connect(self.reload)
        self.asset_panel.model.ticks_changed.connect(self.reload)
        bus.changed.connect(self._changed)
        self.new_button.setEnabled(not db.read_only)

    # --- texts --------------------------------------------------------------------------

    def _legend_text(self) -> str:
        # Translated outside the f-string: lupdate does not look inside f-strings.
        overdue = self.tr("Overdue")
        blackout = self.tr("Blackout")
        requested = self.tr("Requested")
        return (
            f'<span style="color:#d32f2f">■</span> {overdue} &nbsp; '
            f'<span style="color:#8a8a8a">▨</span> {blackout} &nbsp; '
            f'<span>┅</span> {requested}'
        )

    def title(self) -> str:
        """The dates shown, in words."""
        shown = self.shown
        if self.mode is Mode.DAY:
            return format_long_date(shown.first, self.qlocale)
        if self.mode is Mode.MONTH:
            return format_month(self.current_date, self.qlocale)
        last = shown.last
        if shown.first.month == last.month:
            return self.tr("{first} – {last}").format(
                first=format_day(shown.first, self.qlocale),
                last=f"{format_day(last, self.qlocale)} {format_month(last, self.qlocale)}")
        return self.tr("{first} – {last}").format(
            first=format_short_date(shown.first, self.qlocale),
            last=format_short_date(last, self.qlocale))

    # --- catalog and filters -------------------------------------------------------------

    def load_catalog(self) -> None:
        """Read the assets, members and zone again; refill the filters."""
        catalog = calendar_catalog(self.db)
        self.catalog = catalog
        self._stale_catalog = False
        self._colours = {a.id: asset_colour(i) for i, a in enumerate(catalog.assets)}
        for combo, fill in ((self.category_combo, self._fill_categories),
                            (self.member_combo, self._fill_members)):
            combo.blockSignals(True)
            current = combo.currentData()
            fill(catalog)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self._fill_asset_panel()

    def _fill_categories(self, catalog: CalendarCatalog) -> None:
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), ALL)
        for category in sorted({a.category for a in catalog.assets if a.category},
                               key=str.casefold):
            self.category_combo.addItem(category, category)

    def _fill_members(self, catalog: CalendarCatalog) -> None:
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Everyone"), ALL)
        for member in catalog.members:
            if not member.archived:
                self.member_combo.addItem(member.name, member.id)

    def filtered_assets(self) -> list[AssetRecord]:
        """The assets the kind and category filters keep (retired ones left out)."""
        if self.catalog is None:
            return []
        kind, category = self.kind_combo.currentData(), self.category_combo.currentData()
        return [a for a in self.catalog.assets
                if a.status != "retired"
                and (kind is ALL or a.kind == kind)
                and (category is ALL or a.category == category)]

    def _fill_asset_panel(self) -> None:
        # The caller reloads once; ticks dropped by the new filter must not reload too.
        self.asset_panel.model.ticks_changed.disconnect(self.reload)
        try:
            self.asset_panel.model.set_assets(self.filtered_assets(), self._colours)
        finally:
            self.asset_panel.model.ticks_changed.connect(self.reload)

    def _filters_changed(self) -> None:
        self._fill_asset_panel()
        self.reload()

    def set_kind(self, code: str | None) -> None:
        """Show only assets of this kind (None: every kind)."""
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(code)))

    def set_category(self, category: str | None) -> None:
        """Show only assets of this category (None: every category)."""
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category)))

    def set_member(self, member_id: int | None) -> None:
        """Show only this member's bookings (None: everyone's)."""
        self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(member_id)))

    def tick_assets(self, ids: set[int]) -> None:
        """Show only these assets in the day, week and month views (empty: all)."""
        self.asset_panel.model.set_ticked(ids)

    def assets_in_view(self) -> list[AssetRecord]:
        """The assets whose bookings the current mode shows."""
        filtered = self.filtered_assets()
        ticked = self.asset_panel.model.ticked()
        if self.mode is Mode.TIMELINE or not ticked:
            return filtered
        return [a for a in filtered if a.id in ticked]

    # --- navigation ---------------------------------------------------------------------

    def set_mode(self, mode: Mode) -> None:
        """Show the day, week, month or timeline."""
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.stack.setCurrentWidget(self.canvases[mode])
        self.asset_panel.setVisible(mode is not Mode.TIMELINE)
        self.reload()

    def go_to(self, day: dt.date) -> None:
        """Show the period holding *day*."""
        if day == self.current_date and not self._stale:
            return
        self.current_date = day
        self.reload()

    def go_next(self) -> None:
        """The next day, week, month or timeline page."""
        self.go_to(step(self.mode, self.current_date, 1))

    def go_previous(self) -> None:
        """The previous day, week, month or timeline page."""
        self.go_to(step(self.mode, self.current_date, -1))

    def go_today(self) -> None:
        """Back to today."""
        self.go_to(self.today())

    def today(self) -> dt.date:
        """Today in the database's zone."""
        zone = self.catalog.zone if self.catalog else None
        return self.clock().astimezone(zone).date() if zone else dt.date.today()

    def navigate(self, action: str) -> None:
        """A keyboard move asked by a canvas."""
        days = {"previous_day": -1, "next_day": 1, "previous_week": -7, "next_week": 7}
        if action == "previous":
            self.go_previous()
        elif action == "next":
            self.go_next()
        elif action == "today":
            self.go_today()
        elif action in days:
            self.go_to(self.current_date + dt.timedelta(days=days[action]))

    def open_day(self, day: dt.date) -> None:
        """Open *day* in the day view."""
        self.current_date = day
        self.set_mode(Mode.DAY)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the bookings of the period shown and lay them out (now if visible)."""
        if not self.isVisible() and self.catalog is not None:
            self._stale = True
            return
        if self.catalog is None or self._stale_catalog:
            try:
                self.load_catalog()
            except PartageError as error:
                show_error(self, error)
                return
        self.refresh()

    def refresh(self) -> None:
        """Read and lay out the bookings of the period shown."""
        catalog = self.catalog
        assert catalog is not None
        self._stale = False
        self.shown = view_range(self.mode, self.current_date, self.first_weekday)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(self.current_date))
        self.date_edit.blockSignals(False)
        self.title_label.setText(self.title())
        assets = self.assets_in_view()
        self.shown_assets = assets
        ids = {a.id for a in assets}
        every = len(assets) == sum(1 for a in catalog.assets if a.status != "retired")
        query_ids = None if every or len(ids) > MAX_ASSET_LIST else sorted(ids)
        start, end = local_day_bounds(self.shown.first, self.shown.days, catalog.zone)
        try:
            records = calendar_window(self.db, start, end, asset_ids=query_ids,
                                      member_id=self.member_combo.currentData())
        except PartageError as error:
            show_error(self, error)
            records = []
        if query_ids is None:
            records = [r for r in records if r.asset_id in ids]
        self.records = records
        self._lay_out()

    def _lay_out(self) -> None:
        catalog = self.catalog
        assert catalog is not None
        now = self.clock()
        zone = catalog.zone
        names = {a.id: a.name for a in catalog.assets}
        members = {m.id: m.name for m in catalog.members}
        colours = self._colours
        # An overdue loan is drawn up to now: the asset is still out, whatever its end said.
        now_local = now.astimezone(zone).replace(tzinfo=None)
        # Built for every booking at every move: plain comparisons, no enum lookups.
        items = [
            CalendarItem(
                record=r,
                asset_name=names.get(r.asset_id, ""),
                member_name=members.get(r.member_id, "") if r.member_id is not None else "",
                colour=colours.get(r.asset_id, DEFAULT_COLOUR),
                overdue=overdue,
                local_start=r.start.astimezone(zone).replace(tzinfo=None),
                local_end=max(end, now_local) if overdue else end,
                segments=[],
            )
            for r in self.records
            for overdue, end in (
                (r.status == CHECKED_OUT and r.end <= now,
                 r.end.astimezone(zone).replace(tzinfo=None)),
            )
        ]
        canvas = self.canvases[self.mode]
        if self.mode is Mode.DAY:
            self.day_canvas.set_columns([
                Column(self.shown.first, a.id, a.name, colours.get(a.id))
                for a in self.shown_assets])
        elif self.mode is Mode.WEEK:
            self.week_canvas.set_columns([Column(day) for day in self.shown.dates()])
        elif self.mode is Mode.MONTH:
            self.month_canvas.month = self.current_date.month
        else:
            self.timeline_canvas.set_rows([
                Row(a.id, a.name, " · ".join(p for p in (
                    labels.label(labels.ASSET_KINDS, a.kind), a.category) if p),
                    colours.get(a.id, QColor("#4e79a7")))
                for a in self.shown_assets])
        selected = canvas.selected_id
        canvas.set_items(self.shown, items, to_local(now, zone))
        canvas.selected_id = selected if canvas.item_by_id(selected) else None

    def items(self) -> list[CalendarItem]:
        """The bookings the current view shows."""
        return self.canvases[self.mode].items

    def current_canvas(self) -> CalendarCanvas:
        """The canvas of the current mode."""
        return self.canvases[self.mode]

    def _changed(self, changes: Change) -> None:
        if not changes & self.watched:
            return
        if changes & (Change.ASSET | Change.MEMBER):
            self._stale_catalog = True
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Focus given to the section (setFocus) goes to the calendar shown. Not a focus
        # proxy: with one, Tab would skip the tool bar and the filters.
        super().focusInEvent(event)
        self.current_canvas().setFocus(event.reason())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self.catalog is None:
            self.current_date = self.current_date if self.catalog else self.today()
            self.reload()

    # --- writing ------------------------------------------------------------------------

    def create_booking(self, asset_id: int | None, start: dt.datetime | None,
                       end: dt.datetime | None) -> None:
        """Open the new booking dialog, prefilled with the asset and times given."""
        if self.db.read_only or self.catalog is None:
            return
        if asset_id is None:
            ticked = [a.id for a in self.shown_assets] if self.asset_panel.model.ticked() \
                else []
            asset_id = ticked[0] if ticked else (
                self.shown_assets[0].id if len(self.shown_assets) == 1 else None)
        dialog = BookingDialog(self.db, self.bus, self.catalog, asset_id=asset_id, start=start,
                               end=end, member_id=self.member_combo.currentData(), parent=self)
        self.last_dialog = dialog
        if dialog.exec() and dialog.saved:
            self.canvases[self.mode].select(dialog.saved[0].id)

    def open_booking(self, record: BookingRecord) -> None:
        """Open *record* in the booking dialog."""
        if self.catalog is None:
            return
        dialog = BookingDialog(self.db, self.bus, self.catalog, record=record, parent=self)
        self.last_dialog = dialog
        dialog.exec()

    def move_booking(self, record: BookingRecord, start: dt.datetime, end: dt.datetime) -> None:
        """Move or resize *record* to local [start, end); a refusal changes nothing."""
        from partage.services.timezones import to_utc
        from partage.ui.calendar.actions import move_booking

        assert self.catalog is not None
        zone = self.catalog.zone
        move_booking(self, self.db, self.bus, self.catalog, record, to_utc(start, zone),
                     to_utc(end, zone), on_done=lambda: self.canvases[self.mode].select(record.id))

    def booking_menu(self, record: BookingRecord, where: QPoint) -> None:
        """The context menu of a booking."""
        menu = self.build_menu(record)
        menu.exec(where)

    def build_menu(self, record: BookingRecord) -> QMenu:
        """The menu of actions for *record*."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Open…"), lambda: self.open_booking(record))
        for key, text in booking_actions(record):
            action = menu.addAction(text, partial(self.run_action, record, key))
            action.setEnabled(not self.db.read_only)
        return menu

    def run_action(self, record: BookingRecord, key: str) -> Operation[object] | None:
        """Check out, check in or cancel *record*; the write runs off the GUI thread (None
        when the person gave up)."""
        assert self.catalog is not None
        return run_booking_action(self, self.db, self.bus, self.catalog, record, key)
