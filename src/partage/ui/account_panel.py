"""A member's statement of account, shown beside their bookings in the Members section.

The same reading of the ledger as ``partage-cli account`` (``ledger.account``): what the
member owed before the period, each charge, tax, payment and credit of the period with
what they owe after it, and what they owe at its end. It is read on the worker thread;
the PDF, in the member's language, is drawn there too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import PartageError
from partage.explain import ledger_line_text
from partage.i18n import error_text, format_date, format_money
from partage.services import ledger
from partage.services.members import MemberRecord, get_member
from partage.services.workspace import Database, organisation_settings
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import MONEY_CHANGES, LiveSection
from partage.ui.costs.periods import PeriodPicker, QuickPeriod
from partage.ui.errors import show_error
from partage.ui.icons import icon
from partage.ui.reading import LatestRead
from partage.ui.tables import (
    Index,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
)
from partage.ui.worker import Cancelled, JobControl, run_with_progress


@dataclass(frozen=True)
class AccountSheet:
    """A statement of account as read on the worker, with the currency to show it in."""

    account: ledger.Account
    currency: str


def read_sheet(db: Database, member_id: int, start: dt.date, end: dt.date) -> AccountSheet:
    """The statement of account of *member_id* for [start, end] (work for the worker)."""
    return AccountSheet(ledger.account(db, member_id, start, end),
                        organisation_settings(db).currency)


@dataclass(frozen=True)
class AccountRow:
    """A line of the table: what was owed before the period (``kind`` "before"), or a
    ledger line. ``id`` is its place in the account, which the Date column sorts by."""

    id: int
    day: dt.date
    kind: str
    text: str
    amount_cents: int | None  # None for what was owed before the period
    owed_cents: int

    @property
    def is_opening(self) -> bool:
        """True for the first row, what was owed before the period."""
        return self.kind == "before"


class AccountModel(RecordTableModel):
    """The lines of a statement of account; ``OBJECT_ROLE`` gives the ``AccountRow``."""

    DATE, DESCRIPTION, AMOUNT, OWED = range(4)
    numeric_columns = frozenset({AMOUNT, OWED})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CAD"

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Description"), self.tr("Amount"), self.tr("Owed"))

    def display(self, record: AccountRow, column: int) -> str:
        if column == self.DATE:
            return format_date(record.day)
        if column == self.DESCRIPTION:
            return record.text
        if column == self.AMOUNT:
            if record.amount_cents is None:
                return ""
            return format_money(record.amount_cents, currency=self.currency)
        if column == self.OWED:
            return format_money(record.owed_cents, currency=self.currency)
        return ""

    def sort_value(self, record: AccountRow, column: int) -> object:
        if column == self.DATE:
            # Lines of one day keep the ledger's order (charges, then credits).
            return record.id
        if column == self.AMOUNT:
            return record.amount_cents
        if column == self.OWED:
            return record.owed_cents
        return fold(record.text) or None

    def search_text(self, record: AccountRow) -> str:
        return record.text

    def is_hidden(self, record: AccountRow) -> bool:
        return False

    def tooltip(self, record: AccountRow, column: int) -> str | None:
        return record.text if column == self.DESCRIPTION else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and 0 <= index.row() < len(self._records)
                and self._records[index.row()].is_opening):
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


class AccountPanel(LiveSection):
    """The statement of account of the member chosen in the Members section.

    It reads when shown, when the member or the period changes, and when the change bus
    names something that moves an amount.

    Attributes:
        member: the member shown, or None.
        sheet: the statement shown, once read.
    """

    # The organisation's settings give the currency and the taxes.
    watched = MONEY_CHANGES | Change.INVOICE | Change.SETTINGS

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.member: MemberRecord | None = None
        self.sheet: AccountSheet | None = None
        self._message = ""  # said in the table's place: nothing chosen, or an error
        self._asked: int | None = None  # the member of the latest read started
        self.reader = LatestRead(self._prepare, self)

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.period = PeriodPicker(allow_all=False, parent=self)
        self.set_clock_day()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy_bar.setAccessibleName(self.tr("Working out the statement of account"))
        self.opening_button = QPushButton(self.tr("Opening &balance…"), self)
        self.opening_button.setIcon(icon("add"))
        self.opening_button.setToolTip(
            self.tr("Record what the member owed the group, or the group owed them, when the "
                    "group started keeping its accounts in Partage")
        )
        self.pdf_button = QPushButton(self.tr("Print / Save as P&DF…"), self)
        self.pdf_button.setIcon(icon("print"))
        self.pdf_menu = QMenu(self.pdf_button)
        self.print_action = self.pdf_menu.addAction(icon("print"), self.tr("&Print…"))
        self.save_action = self.pdf_menu.addAction(icon("save"), self.tr("&Save as PDF…"))
        self.pdf_button.setMenu(self.pdf_menu)
        for button in (self.opening_button, self.pdf_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)

        self.model = AccountModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Statement of account"))
        self.table.set_placeholder(lambda: self._message)
        self.table.sortByColumn(AccountModel.DATE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Dates and amounts are always whole; the description takes the room left (its
        # tooltip has it whole).
        header.setStretchLastSection(False)
        for column in (AccountModel.DATE, AccountModel.AMOUNT, AccountModel.OWED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AccountModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.table, "account", widths=False)
        self.closing_label = QLabel(self)
        self.closing_label.setFont(font)
        self.closing_label.setWordWrap(True)
        self.closing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.busy_bar)
        bar.addStretch(1)
        bar.addWidget(self.opening_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.closing_label)

        self.reader.done.connect(self.show_sheet)
        self.reader.failed.connect(self._read_failed)
        self.reader.busy_changed.connect(self.busy_bar.setVisible)
        self.period.changed.connect(self.refresh)
        self.opening_button.clicked.connect(self.add_opening_balance)
        self.print_action.triggered.connect(self.print_pdf)
        self.save_action.triggered.connect(self.save_pdf)
        self.busy_bar.setVisible(False)
        self.set_member(None)

    # --- what the Members section tells it ---------------------------------------------

    def set_clock_day(self) -> None:
        """This year up to ``clock``'s day (after replacing the clock)."""
        today = self.clock()
        self.period.set_choice(QuickPeriod.THIS_YEAR, today)
        self.period.set_period(dt.date(today.year, 1, 1), today)

    def set_member(self, member: MemberRecord | None) -> None:
        """Show the statement of account of *member* (None: nobody chosen)."""
        same = member is not None and self.member is not None and member.id == self.member.id
        self.member = member
        if member is None:
            self.title_label.setText(self.tr("Statement of account"))
            self._clear(self.tr("Select a member to see their statement of account."))
            return
        self.title_label.setText(
            self.tr("Statement of account of {name}").format(name=member.name)
        )
        if not same:  # never the last member's figures under this one's name
            self._clear(self.tr("Working out the statement of account…"))
        self.refresh()

    # --- reading -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the statement is being read."""
        return self.reader.busy

    def reload(self) -> None:
        """Read the statement of the member shown again, on the worker."""
        if self.member is not None:
            self.reader.request()

    def _prepare(self) -> Callable[[JobControl], AccountSheet]:
        db = self.db
        member_id = self.member.id if self.member is not None else 0
        self._asked = member_id
        start, end = self.period.period()
        first = start or self.clock()
        last = end or self.clock()

        def work(control: JobControl) -> AccountSheet:
            return read_sheet(db, member_id, first, last)

        return work

    def show_sheet(self, sheet: AccountSheet) -> None:
        """Show *sheet*, if it is still the member and period asked for."""
        account = sheet.account
        start, end = self.period.period()
        if (self.member is None or account.member_id != self.member.id
                or (start, end) != (account.start, account.end)):
            return  # asked for something else meanwhile: that read will tell
        self.sheet = sheet
        self.model.currency = sheet.currency
        rows = [AccountRow(0, account.start, "before", self.tr("Owed before the period"),
                           None, account.opening_cents)]
        rows.extend(
            AccountRow(position, line.day, line.kind, ledger_line_text(line), line.amount_cents,
                       owed)
            for position, (line, owed) in enumerate(account.lines, start=1)
        )
        self.model.set_records(rows)
        self.closing_label.setText(self.closing_text())
        self._update_buttons()

    def closing_text(self) -> str:
        """What the member owes at the end of the period, in words."""
        if self.sheet is None:
            return ""
        account = self.sheet.account
        closing = account.closing_cents
        amount = format_money(abs(closing), currency=self.sheet.currency)
        day = format_date(account.end)
        if closing > 0:
            text = self.tr("{member} owes {amount} on {day}.")
        elif closing < 0:
            text = self.tr("The group owes {member} {amount} on {day}.")
        else:
            text = self.tr("{member} owes nothing on {day}.")
        return text.format(member=account.name, amount=amount, day=day)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row, in the order shown."""
        proxy = self.proxy
        return [[str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
                for row in range(proxy.rowCount())]

    def _read_failed(self, error: BaseException) -> None:
        if self.member is None or self._asked != self.member.id:
            self._stale = True  # about another member: this one is read when next shown
            return
        if isinstance(error, PartageError):  # e.g. the file busy: said in the table's place
            self._clear(error_text(error))
        else:
            self._clear("")
            show_error(self, error)

    def _clear(self, message: str) -> None:
        self.sheet = None
        self._message = message
        self.model.set_records([])
        self.closing_label.setText("")
        self.table.viewport().update()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.opening_button.setEnabled(self.member is not None and not self.db.read_only)
        self.pdf_button.setEnabled(self.sheet is not None)

    # --- actions -------------------------------------------------------------------------

    def add_opening_balance(self) -> None:
        """Open the dialog that records the member's opening balance."""
        from partage.ui.opening_balance_dialog import OpeningBalanceDialog

        if self.member is None:
            return
        start, _ = self.period.period()
        currency = self.sheet.currency if self.sheet is not None else "CAD"
        dialog = OpeningBalanceDialog(self.db, self.bus, self.member.id, self.member.name,
                                      currency, self, day=start or self.clock())
        dialog.exec()
        dialog.deleteLater()

    def pdf_bytes(self) -> bytes:
        """The statement shown as a PDF in the member's language, drawn on the worker.

        Raises:
            Cancelled: the person cancelled.
            PartageError: the database could not be read.
        """
        from partage.reports.account import Recipient, account_pdf
        from partage.services.document_settings import load

        assert self.sheet is not None
        db, account, today = self.db, self.sheet.account, self.clock()

        def work(control: JobControl) -> bytes:
            member = get_member(db, account.member_id)
            return account_pdf(account, load(db), printed_on=today,
                               recipient=Recipient(member.address, member.email))

        return run_with_progress(self, self.tr("Drawing the statement of account"), work)

    def file_name(self) -> str:
        """The name offered when saving the PDF."""
        from partage.reports.account import account_file_name

        assert self.sheet is not None
        return account_file_name(self.sheet.account)

    def write_pdf(self, path: Path) -> bool:
        """Write the statement shown to *path* as a PDF; say so when that fails."""
        try:
            data = self.pdf_bytes()
        except Cancelled:
            return False
        except Exception as error:  # noqa: BLE001 - shown to the person, not swallowed
            show_error(self, error)
            return False
        try:
            path.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The PDF could not be written to {file}: {reason}").format(
                    file=str(path), reason=error.strerror or str(error)
                ),
            )
            return False
        return True

    def save_pdf(self) -> None:
        """Save the statement shown as a PDF where the person chooses."""
        if self.sheet is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement of account"), self.file_name(),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.write_pdf(Path(name))

    def print_pdf(self) -> None:
        """Print the statement shown: the system's print dialog, then every page."""
        from partage.ui.statements import PdfPane

        if self.sheet is None:
            return
        try:
            data = self.pdf_bytes()
        except Cancelled:
            return
        except Exception as error:  # noqa: BLE001 - shown to the person, not swallowed
            show_error(self, error)
            return
        # The Statements section's PDF pane prints; this one is never shown.
        pane = PdfPane(self)
        pane.setVisible(False)
        pane.show_pdf(data, self.title_label.text(), self.file_name())
        pane.print_document()
        pane.deleteLater()
