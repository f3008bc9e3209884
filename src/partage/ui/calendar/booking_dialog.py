"""The booking dialog: make a booking (once or recurring) or change one.

Conflicts are looked up while the person types and listed with their dates before
anything is saved; for a series, the free dates can be booked and the taken ones
skipped. Only members who belong to the group on the booking's dates are offered, and
the list follows the dates as they change. Changes go through
``services.bookings.reschedule`` with the version the dialog was opened on, so someone
else's newer change is never overwritten: both versions are shown, and the person reloads
theirs, keeps theirs or goes back. A booking cancelled or deleted meanwhile can be booked
again as a new one. The save runs off the GUI thread (``ui.operations``); OK and Cancel
wait for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import NotFound, PartageError, StaleEdit, ValidationError
from partage.i18n import error_text
from partage.services.bookings import (
    BookingConflict,
    BookingRecord,
    BookingRequest,
    Conflict,
    book,
    booking_days,
    expand,
    get_booking,
    preview_conflicts,
    reschedule,
    reschedule_following,
)
from partage.services.calendar import CalendarCatalog, move_conflicts
from partage.services.timezones import to_local, to_utc
from partage.services.workspace import Database
from partage.ui.calendar.actions import (
    BookingVersion,
    ChangeScopeDialog,
    ask_about_conflict,
    gone_text,
)
from partage.ui.calendar.formats import (
    format_short_date,
    format_span,
    format_time,
    pydate,
    qdate,
    time_format,
)
from partage.ui.calendar.recurrence import RecurrenceEditor
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import ConflictChoice
from partage.ui.errors import show_error
from partage.ui.messages import confirm
from partage.ui.operations import Operation, run_operation
from partage.ui.widgets import (
    DATE_FORMAT,
    DateEdit,
    FormFeedback,
    ReadingDialog,
    style_as_error,
    text_box_height,
)

MAX_LISTED_CONFLICTS = 8
Saved = tuple[list[BookingRecord], list[Conflict]]  # the bookings saved, the dates skipped


class BookingDialog(ReadingDialog):
    """New booking (asset, member or blackout, times, note, recurrence) or an edit.

    Attributes:
        saved: the bookings saved, once accepted.
        skipped: the dates skipped because they were taken.
        operation: the save (or booking action) under way, if any.
    """

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        catalog: CalendarCatalog,
        *,
        record: BookingRecord | None = None,
        asset_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.catalog = catalog
        self.record = record
        self.zone = catalog.zone
        self.saved: list[BookingRecord] = []
        self.skipped: list[Conflict] = []
        self.conflicts: list[Conflict] = []
        self._scope_following: bool | None = None  # the series scope, kept for Keep mine
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("New booking") if record is None else self.tr("Booking"))
        if record is not None:
            start, end = to_local(record.start, self.zone), to_local(record.end, self.zone)
            asset_id, member_id = record.asset_id, record.member_id
        now = dt.datetime.now(self.zone).replace(tzinfo=None, second=0, microsecond=0)
        start = start or (now.replace(minute=0) + dt.timedelta(hours=1))
        end = end or start + dt.timedelta(hours=1)

        self.asset_combo = QComboBox(self)
        self.asset_combo.setAccessibleName(self.tr("Asset"))
        for asset in catalog.assets:
            if asset.status != "retired" or asset.id == asset_id:
                self.asset_combo.addItem(asset.name, asset.id)
        if asset_id is not None:
            self.asset_combo.setCurrentIndex(max(0, self.asset_combo.findData(asset_id)))
        self.blackout_check = QCheckBox(self.tr("&Blackout: the asset is unavailable "
                                                "(repair, closure)"), self)
        self.member_combo = QComboBox(self)
        self.member_combo.setAccessibleName(self.tr("Member"))
        self.member_combo.addItem(self.tr("(choose a member)"), None)
        self.member_hint = QLabel(self.tr("Only members in the group on these dates are "
                                          "listed."), self)
        self.member_hint.setWordWrap(True)
        self._member_id = member_id  # the member the booking was opened with
        self.start_date, self.start_time = self._date_time(self.tr("Start date"),
                                                           self.tr("Start time"), start)
        self.end_date, self.end_time = self._date_time(self.tr("End date"),
                                                       self.tr("End time"), end)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(text_box_height(self.note_edit, 2))
        self.recurrence = RecurrenceEditor(start.date(), self)
        self.conflict_label = QLabel(self)
        self.conflict_label.setAccessibleName(self.tr("Conflicts"))
        style_as_error(self.conflict_label)
        self.skip_check = QCheckBox(self.tr("Book the &free dates and skip the taken ones"),
                                    self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        banner = QLabel(self)
        self.feedback = FormFeedback(form, banner)
        self.feedback.add_field("asset", self.asset_combo, self.tr("&Asset:"))
        if record is None:
            form.addRow("", self.blackout_check)
        else:  # a booking stays what it is; without this it was drawn over the first row
            self.blackout_check.hide()
        self.feedback.add_field("member", self.member_combo, self.tr("&Member:"))
        form.addRow("", self.member_hint)
        self._form = form
        self.feedback.add_field("start", self._row(self.start_date, self.start_time),
                                self.tr("&Starts:"))
        self.feedback.add_field("end", self._row(self.end_date, self.end_time),
                                self.tr("&Ends:"))
        self.feedback.add_field("note", self.note_edit, self.tr("&Note:"))
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addLayout(form)
        if record is None:
            layout.addWidget(self.recurrence)
        else:
            self.recurrence.hide()
            self.asset_combo.setEnabled(False)
            self.status_label.setText(self._status_text(record))
            layout.addWidget(self.status_label)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.skip_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button().setText(self.tr("Book") if record is None else self.tr("Save"))
        self.action_buttons: dict[str, QPushButton] = {}
        if record is not None:
            self._add_actions(record)
        layout.addWidget(self.buttons)
        self.conflict_label.hide()
        self.skip_check.hide()
        if record is not None and record.kind == "blackout":
            self.member_combo.setEnabled(False)
        if record is not None and record.status not in ("requested", "confirmed",
                                                         "checked_out"):
            # A returned booking is history: shown, not changed.
            for widget in (self.member_combo, self.start_date, self.start_time,
                           self.end_date, self.end_time, self.note_edit):
                widget.setEnabled(False)
            self.ok_button().setEnabled(False)
        if db.read_only:
            self.ok_button().setEnabled(False)
            self.feedback.show(self.tr("The database is open read-only: nothing can be "
                                       "changed."))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.refresh_conflicts)
        for signal in (self.asset_combo.currentIndexChanged, self.start_date.dateChanged,
                       self.start_time.timeChanged, self.end_date.dateChanged,
                       self.end_time.timeChanged, self.recurrence.changed,
                       self.blackout_check.toggled):
            signal.connect(self._preview_timer.start)
        self.start_date.dateChanged.connect(self._start_moved)
        self.refresh_members(member_id)
        for signal in (self.start_date.dateChanged, self.start_time.timeChanged,
                       self.end_date.dateChanged, self.end_time.timeChanged,
                       self.recurrence.changed):
            signal.connect(self._dates_changed)
        self.blackout_check.toggled.connect(self._blackout_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._start_span = end - start
        if record is None:
            self.refresh_conflicts()

    # --- building -----------------------------------------------------------------------

    def _date_time(self, date_name: str, time_name: str,
                   value: dt.datetime) -> tuple[QDateEdit, QTimeEdit]:
        date_edit = DateEdit(qdate(value.date()), self)
        date_edit.setDisplayFormat(DATE_FORMAT)
        date_edit.setCalendarPopup(True)
        date_edit.setAccessibleName(date_name)
        time_edit = QTimeEdit(QTime(value.hour, value.minute), self)
        time_edit.setDisplayFormat(time_format())
        time_edit.setAccessibleName(time_name)
        return date_edit, time_edit

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        row.setFocusProxy(widgets[0])
        return row

    def show_version(self, record: BookingRecord) -> None:
        """Fill the form from *record* and edit it from now on."""
        self.record = record
        start, end = to_local(record.start, self.zone), to_local(record.end, self.zone)
        self.start_date.setDate(qdate(start.date()))
        self.start_time.setTime(QTime(start.hour, start.minute))
        self.end_date.setDate(qdate(end.date()))
        self.end_time.setTime(QTime(end.hour, end.minute))
        self._member_id = record.member_id
        self.refresh_members(record.member_id)
        self.note_edit.setPlainText(record.note)
        self._start_span = end - start
        self.status_label.setText(self._status_text(record))
        for button in self.action_buttons.values():
            self.buttons.removeButton(button)
            button.deleteLater()
        self.action_buttons = {}
        self._add_actions(record)
        editable = record.status in ("requested", "confirmed", "checked_out")
        for widget in (self.member_combo, self.start_date, self.start_time,
                       self.end_date, self.end_time, self.note_edit):
            widget.setEnabled(editable and not (widget is self.member_combo
                                                and record.kind == "blackout"))
        self.ok_button().setEnabled(editable and not self.db.read_only)
        self.refresh_conflicts()

    def _add_actions(self, record: BookingRecord) -> None:
        from partage.ui.calendar.actions import booking_actions

        for key, text in booking_actions(record):
            button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
            button.setEnabled(not self.db.read_only)
            self.action_buttons[key] = button
            button.clicked.connect(lambda _=False, k=key: self._run_action(k))

    def _run_action(self, key: str) -> None:
        from partage.ui.calendar.actions import run_booking_action

        assert self.record is not None
        if self.saving:
            return
        self.operation = run_booking_action(
            self, self.db, self.bus, self.catalog, self.record, key,
            on_done=lambda: self.done(QDialog.DialogCode.Accepted), lock=[self.buttons],
        )

    def _status_text(self, record: BookingRecord) -> str:
        from partage.ui.calendar.style import status_label

        now = dt.datetime.now(dt.UTC)
        parts = [status_label(record, record.is_overdue(now))]
        if record.checked_out_at is not None and record.returned_at is None:
            out = to_local(record.checked_out_at, self.zone)
            parts.append(self.tr("out since {date} {time}").format(
                date=format_short_date(out.date()), time=format_time(out)))
        if record.checkout_meter is not None:
            parts.append(self.tr("meter {reading} at check-out").format(
                reading=record.checkout_meter))
        if record.condition:
            parts.append(record.condition)
        if record.series_id is not None:
            parts.append(self.tr("part of a recurring series"))
        return " · ".join(parts)

    def ok_button(self) -> QPushButton:
        """The button that saves."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # --- reading the form ---------------------------------------------------------------

    def start_local(self) -> dt.datetime:
        """The start entered, wall-clock time in the database's zone."""
        time = self.start_time.time()
        return dt.datetime.combine(pydate(self.start_date.date()),
                                   dt.time(time.hour(), time.minute()))

    def end_local(self) -> dt.datetime:
        """The end entered, wall-clock time in the database's zone."""
        time = self.end_time.time()
        return dt.datetime.combine(pydate(self.end_date.date()),
                                   dt.time(time.hour(), time.minute()))

    def is_blackout(self) -> bool:
        """A blackout rather than a loan."""
        if self.record is not None:
            return self.record.kind == "blackout"
        return self.blackout_check.isChecked()

    def request(self) -> BookingRequest:
        """The booking the form describes."""
        asset_id = self.asset_combo.currentData()
        if asset_id is None:
            raise ValidationError("asset", self.tr("Choose the asset to book."))
        member_id = None if self.is_blackout() else self.member_combo.currentData()
        return BookingRequest(
            asset_id=int(asset_id),
            member_id=member_id,
            # Wall-clock times in the database's zone, as typed: a time the clocks skip
            # (02:30 on the day they spring forward) is then named by the service.
            start=self.start_local().replace(tzinfo=self.zone),
            end=self.end_local().replace(tzinfo=self.zone),
            note=self.note_edit.toPlainText(),
            kind="blackout" if self.is_blackout() else "loan",
            rrule=self.recurrence.rrule() if self.record is None else None,
        )

    def _start_moved(self) -> None:
        # Moving the start day keeps the duration, and the recurrence follows the new day.
        start = self.start_local()
        end = start + self._start_span
        if self.end_local() <= start:
            self.end_date.setDate(qdate(end.date()))
            self.end_time.setTime(QTime(end.hour, end.minute))
        self.recurrence.set_start(start.date())

    def _blackout_toggled(self, on: bool) -> None:
        self.member_combo.setEnabled(not on)
        self.refresh_members()

    # --- members ----------------------------------------------------------------------

    def booking_span(self) -> tuple[dt.date, dt.date]:
        """The first and last days the form's booking covers, every occurrence of a
        series included (the end is not included: a booking to midnight ends the day
        before)."""
        start, end = to_utc(self.start_local(), self.zone), to_utc(self.end_local(), self.zone)
        rule = self.recurrence.rrule() if self.record is None else None
        if rule is not None and end > start:
            try:
                occurrences = expand(rule, self.start_local(),
                                     self.end_local() - self.start_local(), self.zone)
            except PartageError:
                occurrences = []
            if occurrences:
                start, end = occurrences[0][0], occurrences[-1][1]
        return booking_days(start, end, self.zone)

    def _dates_changed(self, *_: object) -> None:
        self.refresh_members()

    def _has_record_times(self) -> bool:
        return self.record is not None and (
            to_utc(self.start_local(), self.zone), to_utc(self.end_local(), self.zone)
        ) == (self.record.start, self.record.end)

    def refresh_members(self, choose: int | None = None) -> None:
        """List the members who belong to the group on every day of the booking; keep
        the member chosen (or select *choose*) while they still do.

        The booking's own member stays listed while its times are unchanged: a note can
        be added to a loan made before the membership dates were recorded, and a past
        loan shows who had it.
        """
        wanted = choose if choose is not None else self.member_combo.currentData()
        first, last = self.booking_span()
        unchanged = self._has_record_times()
        shown: list[tuple[str, int]] = []
        hidden = False
        for member in self.catalog.members:
            own = member.id == self._member_id
            if member.archived and not own:
                continue
            if (member.is_active_on(first) and member.is_active_on(last)) or (
                    own and unchanged):
                shown.append((member.name, member.id))
            else:
                hidden = True
        listed = [self.member_combo.itemData(i) for i in range(1, self.member_combo.count())]
        if listed != [member_id for _, member_id in shown]:
            self.member_combo.blockSignals(True)
            while self.member_combo.count() > 1:
                self.member_combo.removeItem(1)
            for name, member_id in shown:
                self.member_combo.addItem(name, member_id)
            self.member_combo.blockSignals(False)
        index = self.member_combo.findData(wanted) if wanted is not None else 0
        if index != self.member_combo.currentIndex():
            self.member_combo.setCurrentIndex(max(0, index))
        self._form.setRowVisible(self.member_hint, hidden and not self.is_blackout())

    # --- conflicts --------------------------------------------------------------------

    def refresh_conflicts(self) -> list[Conflict]:
        """Look the conflicts up now and list them; returns them."""
        self._preview_timer.stop()
        self.conflicts = []
        if self.record is None:
            try:
                request = self.request()
                if request.end > request.start:
                    self.conflicts = preview_conflicts(self.db, request)
            except PartageError:
                self.conflicts = []
        elif self.end_local() > self.start_local():
            self.conflicts = move_conflicts(self.db, self.record.id, self.record.asset_id,
                                            to_utc(self.start_local(), self.zone),
                                            to_utc(self.end_local(), self.zone))
        self._show_conflicts()
        return self.conflicts

    def _show_conflicts(self) -> None:
        if not self.conflicts:
            self.conflict_label.hide()
            self.skip_check.hide()
            self.skip_check.setChecked(False)
            return
        lines = []
        for conflict in self.conflicts[:MAX_LISTED_CONFLICTS]:
            start = to_local(conflict.existing_start, self.zone)
            end = to_local(conflict.existing_end, self.zone)
            member = self.catalog.member(conflict.existing_member_id)
            who = (member.name if member is not None
                   else self.tr("blackout") if conflict.existing_kind == "blackout" else "")
            when = f"{format_short_date(start.date())} {format_span(start, end)}"
            lines.append(f"• {when} — {who}" if who else f"• {when}")
        more = len(self.conflicts) - MAX_LISTED_CONFLICTS
        if more > 0:
            lines.append(self.tr("… and {count} more").format(count=more))
        title = self.tr("Already booked at this time:") if len(self.conflicts) == 1 \
            else self.tr("Already booked on {count} dates:").format(count=len(self.conflicts))
        self.conflict_label.setText("\n".join([title, *lines]))
        self.conflict_label.show()
        series = self.record is None and self.recurrence.rrule() is not None
        self.skip_check.setVisible(series)

    def conflict_text(self) -> str:
        """The conflicts listed now ("" when there are none)."""
        return self.conflict_label.text() if self.conflicts else ""

    # --- saving -----------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        """True while a save (or a booking action) is under way."""
        return self.operation is not None and self.operation.running

    def accept(self) -> None:
        """Save off the GUI thread (after the questions a save may need); close once
        saved."""
        if self.saving:
            return
        self.feedback.clear()
        try:
            work = self._prepare_book() if self.record is None else self._prepare_reschedule()
        except PartageError as error:
            self._refused(error)
            return
        if work is None:  # the person gave up
            self._scope_following = None
            return
        self._save(work)

    def _save(self, work: Callable[[], Saved],
              on_error: Callable[[BaseException], None] | None = None) -> None:
        self.operation = run_operation(self, self.bus, lambda _control: work(),
                                       on_done=self._saved, on_error=on_error or self._refused,
                                       lock=[self.buttons])

    def reject(self) -> None:
        if not self.saving:  # a save under way is seen through first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)

    def _saved(self, saved: Saved) -> None:
        self.operation = None
        self._scope_following = None
        self.saved, self.skipped = saved
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.operation = None
        try:
            if isinstance(error, ValidationError):
                self.feedback.show(error_text(error), error.field)
            elif isinstance(error, StaleEdit):
                self.bus.notify(Change.BOOKING)  # their version: let the calendar show it
                self.resolve_conflict(error)
            elif isinstance(error, NotFound):
                if self.record is not None and self._gone() is not False:
                    self.bus.notify(Change.BOOKING)
                    self.resolve_gone(None)
                else:
                    show_error(self, error)
            else:
                show_error(self, error)
                if isinstance(error, BookingConflict):
                    self.refresh_conflicts()
        finally:
            if not self.saving:  # Keep mine may have started the save again
                self._scope_following = None

    # --- someone else's newer version ---------------------------------------------------

    def _gone(self) -> bool | None:
        """True when the booking is no longer in the database; None if that is unknown."""
        assert self.record is not None
        try:
            get_booking(self.db, self.record.id)
        except NotFound:
            return True
        except PartageError:
            return None
        return False

    def form_version(self) -> BookingVersion:
        """The booking as the form has it now."""
        assert self.record is not None
        member = self.member_combo.currentData()
        return BookingVersion(
            member_id=None if self.record.kind == "blackout" else member,
            start=to_utc(self.start_local(), self.zone),
            end=to_utc(self.end_local(), self.zone),
            note=self.note_edit.toPlainText(),
            status=BookingVersion.of(self.record).status,
        )

    def resolve_conflict(self, error: StaleEdit) -> None:
        """Show both versions and do what the person chooses."""
        opened = self.record
        assert opened is not None
        try:
            theirs = get_booking(self.db, opened.id)
        except NotFound:
            self.resolve_gone(None)
            return
        except PartageError as problem:
            show_error(self, problem)
            return
        if theirs.status == "cancelled":
            self.resolve_gone(theirs)
            return
        following = self._scope_following
        choice = ask_about_conflict(self, self.db, self.catalog, opened, theirs,
                                    self.form_version())
        if choice is ConflictChoice.RELOAD:
            self.show_version(theirs)
            self.feedback.show(self.tr("Their version is shown now; your changes were "
                                       "dropped."))
        elif choice is ConflictChoice.KEEP_MINE:
            self.record = theirs  # their version number: the save goes over it
            self._scope_following = following
            self.accept()
        else:
            self.feedback.show(error_text(error))

    def resolve_gone(self, theirs: BookingRecord | None) -> None:
        """The booking was deleted (*theirs* None) or cancelled meanwhile: say so, and
        book the form's times again as a new booking if the person wants."""
        opened = self.record
        assert opened is not None
        text = gone_text(self.catalog, opened, theirs)
        if not confirm(self, self.tr("Booking gone"),
                       text + " " + self.tr("Book your version as a new booking?"),
                       self.tr("Book as new")):
            self.feedback.show(text + " " + self.tr("Nothing was saved."))
            return
        member = None if opened.kind == "blackout" else self.member_combo.currentData()
        request = BookingRequest(
            asset_id=opened.asset_id, member_id=member,
            start=to_utc(self.start_local(), self.zone),
            end=to_utc(self.end_local(), self.zone),
            note=self.note_edit.toPlainText(), kind=opened.kind,
        )
        db = self.db

        def book_again() -> Saved:
            return list(book(db, request).bookings), []

        def refused(error: BaseException) -> None:
            self.operation = None
            if isinstance(error, ValidationError):
                self.feedback.show(error_text(error), error.field)
            else:
                show_error(self, error)
                self.refresh_conflicts()

        self._save(book_again, refused)

    def _prepare_book(self) -> Callable[[], Saved] | None:
        """Ask what a new booking needs; the call that books it (None: given up)."""
        request = self.request()
        conflicts = self.refresh_conflicts()
        skip = False
        if conflicts and request.rrule is not None:
            skip = self.skip_check.isChecked()
            if not skip:
                skip = confirm(
                    self,
                    self.tr("Some dates are taken"),
                    self.tr("{count} of the dates are already booked:\n{dates}\n\n"
                            "Book the other dates and skip these?").format(
                        count=len(conflicts),
                        dates=", ".join(format_short_date(to_local(c.start, self.zone).date())
                                        for c in conflicts[:MAX_LISTED_CONFLICTS])),
                    self.tr("Book the others"),
                )
                if not skip:
                    return None
        db = self.db

        def book_it() -> Saved:
            result = book(db, request, skip_conflicts=skip)
            return list(result.bookings), list(result.skipped)

        return book_it

    def _prepare_reschedule(self) -> Callable[[], Saved] | None:
        """Ask what a change needs; the call that saves it (None: given up)."""
        record = self.record
        assert record is not None
        member = self.member_combo.currentData()
        if record.kind != "blackout" and member is None:
            raise ValidationError("member", self.tr("Choose who the booking is for."))
        following = False
        if self._scope_following is not None:
            following = self._scope_following  # asked already, before the conflict
        elif record.series_id is not None:
            scope = ChangeScopeDialog(self)
            if not scope.exec():
                return None
            following = scope.following()
        self._scope_following = following
        start = to_utc(self.start_local(), self.zone)
        end = to_utc(self.end_local(), self.zone)
        note = self.note_edit.toPlainText()
        member_id = member if record.kind != "blackout" else None
        db = self.db

        def save() -> Saved:
            if following:
                return reschedule_following(
                    db, record.id, start, end, expected_version=record.version, note=note,
                    member_id=member_id,
                ), []
            return [
                reschedule(
                    db, record.id, start, end, expected_version=record.version, note=note,
                    member_id=member_id,
                )
            ], []

        return save
