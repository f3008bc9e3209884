"""The Balances section: what each member paid against their share, the treasury, the
transfers that settle everyone up, and the members' payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partage.i18n import format_date
from partage.services.accounts import (
    TREASURY,
    Balance,
    PaymentRecord,
    balances,
    list_payments,
    settle_up,
    treasury_balance,
)
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import (
    PINNED_ROLE,
    Directory,
    LiveSection,
    PinnedLastProxy,
    credit_brush,
    fit_table,
    load_directory,
    money_text,
    overdue_brush,
    treasury_name,
)
from partage.ui.costs.periods import pydate, qdate
from partage.ui.errors import show_read_error
from partage.ui.reading import LatestRead
from partage.ui.tables import (
    Index,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
    sort_date,
)
from partage.ui.widgets import DATE_FORMAT, DateEdit
from partage.ui.worker import JobControl

Transfer = tuple[int, int, int]  # (from, to, cents); TREASURY for the group's account


@dataclass(frozen=True)
class BalanceSheet:
    """Every member's balance on a day, the treasury's, and how to settle them."""

    as_of: dt.date
    balances: tuple[Balance, ...]
    treasury_cents: int
    transfers: tuple[Transfer, ...]


def compute_sheet(db: Database, as_of: dt.date) -> BalanceSheet:
    """Balances and settle-up on *as_of* (plain work for the worker thread)."""
    found = balances(db, as_of)
    return BalanceSheet(as_of, tuple(found), treasury_balance(found), tuple(settle_up(found)))


@dataclass(frozen=True)
class BalanceRow:
    """A line of the balances table: a member, or the treasury (``id`` TREASURY)."""

    id: int
    name: str
    owed_cents: int | None  # None for the treasury
    paid_cents: int | None
    balance_cents: int

    @property
    def is_treasury(self) -> bool:
        """True for the group's own account."""
        return self.id == TREASURY


class BalancesModel(RecordTableModel):
    """Members' balances then the treasury's; ``OBJECT_ROLE`` gives the ``BalanceRow``."""

    NAME, OWED, PAID, BALANCE, MEANING = range(5)
    numeric_columns = frozenset({OWED, PAID, BALANCE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CAD"

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Member"), self.tr("Share of costs"), self.tr("Paid"), self.tr("Balance"),
            self.tr("Meaning"),
        )

    def meaning(self, row: BalanceRow) -> str:
        """What the balance means, in words (colour alone says nothing to everyone)."""
        if row.balance_cents == 0:
            return self.tr("Settled")
        if row.is_treasury:
            if row.balance_cents > 0:
                return self.tr("Members owe the treasury")
            return self.tr("The treasury owes members")
        if row.balance_cents > 0:
            return self.tr("The group owes them")
        return self.tr("Owes the group")

    def display(self, record: BalanceRow, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.OWED:
            return "" if record.owed_cents is None else money_text(record.owed_cents,
                                                                    self.currency)
        if column == self.PAID:
            return "" if record.paid_cents is None else money_text(record.paid_cents,
                                                                    self.currency)
        if column == self.BALANCE:
            return money_text(record.balance_cents, self.currency)
        if column == self.MEANING:
            return self.meaning(record)
        return ""

    def sort_value(self, record: BalanceRow, column: int) -> object:
        if column == self.OWED:
            return record.owed_cents
        if column == self.PAID:
            return record.paid_cents
        if column == self.BALANCE:
            return record.balance_cents
        return fold(self.display(record, column)) or None

    def search_text(self, record: BalanceRow) -> str:
        return record.name

    def is_hidden(self, record: BalanceRow) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and 0 <= index.row() < len(self._records):
            record: BalanceRow = self._records[index.row()]
            if role == PINNED_ROLE:
                return record.is_treasury
            if role == Qt.ItemDataRole.FontRole and record.is_treasury:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and index.column() in (
                self.BALANCE, self.MEANING
            ):
                if record.balance_cents == 0 or record.is_treasury:
                    return None
                return credit_brush() if record.balance_cents > 0 else overdue_brush()
        return super().data(index, role)


class PaymentsModel(RecordTableModel):
    """Payments, newest first; ``OBJECT_ROLE`` gives the ``PaymentRecord``."""

    DATE, MEMBER, AMOUNT, INVOICE, NOTE = range(5)
    numeric_columns = frozenset({AMOUNT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = Directory()

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Member"), self.tr("Amount"), self.tr("Invoice"),
                self.tr("Note"))

    def display(self, record: PaymentRecord, column: int) -> str:
        if column == self.DATE:
            return format_date(record.paid_on)
        if column == self.MEMBER:
            return self.directory.member_name(record.member_id)
        if column == self.AMOUNT:
            return self.directory.money(record.amount_cents)
        if column == self.INVOICE:
            return record.invoice_number
        if column == self.NOTE:
            return record.note
        return ""

    def sort_value(self, record: PaymentRecord, column: int) -> object:
        if column == self.DATE:
            return sort_date(record.paid_on)
        if column == self.AMOUNT:
            return record.amount_cents
        return fold(self.display(record, column)) or None

    def search_text(self, record: PaymentRecord) -> str:
        return "\n".join((self.directory.member_name(record.member_id),
                          record.invoice_number, record.note))

    def is_hidden(self, record: PaymentRecord) -> bool:
        return False

    def tooltip(self, record: PaymentRecord, column: int) -> str | None:
        return record.note or None if column == self.NOTE else None


def transfer_text(transfer: Transfer, names: dict[int, str], currency: str) -> str:
    """"Bob pays Anne 100,00 $", with the treasury named."""
    payer, payee, cents = transfer
    amount = money_text(cents, currency)
    if payer == TREASURY:
        return QCoreApplication.translate(
            "BalancesView", "The treasury pays {payee} {amount}"
        ).format(payee=names.get(payee, f"#{payee}"), amount=amount)
    if payee == TREASURY:
        return QCoreApplication.translate(
            "BalancesView", "{payer} pays {amount} into the treasury"
        ).format(payer=names.get(payer, f"#{payer}"), amount=amount)
    return QCoreApplication.translate("BalancesView", "{payer} pays {payee} {amount}").format(
        payer=names.get(payer, f"#{payer}"), payee=names.get(payee, f"#{payee}"), amount=amount
    )


class BalancesView(LiveSection):
    """The Balances section.

    Attributes:
        sheet: the balances shown, once computed.
    """

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.sheet: BalanceSheet | None = None
        self.directory = Directory()
        self._fitted = False
        self.reader = LatestRead(self._prepare, self)

        self.as_of_edit = DateEdit(self)
        self.as_of_edit.setDisplayFormat(DATE_FORMAT)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setAccessibleName(self.tr("Balances as of"))
        self.as_of_edit.setDate(qdate(self.clock()))
        as_of_label = QLabel(self.tr("As &of:"), self)
        as_of_label.setBuddy(self.as_of_edit)
        self.settle_button = QPushButton(self.tr("&Settle up"), self)
        self.settle_button.setCheckable(True)
        self.settle_button.setToolTip(
            self.tr("Show the fewest transfers that bring every balance to zero")
        )
        self.payment_button = QPushButton(self.tr("Record a &payment…"), self)
        for button in (self.settle_button, self.payment_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy_bar.setAccessibleName(self.tr("Working out the balances"))
        self.legend_label = QLabel(
            self.tr("A positive balance is what the group owes the member; a negative one, "
                    "what the member owes the group."),
            self,
        )
        self.legend_label.setWordWrap(True)

        self.model = BalancesModel(self)
        self.proxy = PinnedLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self._failed = False  # the last read failed (the banner says why)
        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Balances"))
        self.table.set_placeholder(self._placeholder)
        self.table.sortByColumn(BalancesModel.NAME, Qt.SortOrder.AscendingOrder)
        remember_columns(self.table, "balances")

        self.transfers_list = QListWidget(self)
        self.transfers_list.setAccessibleName(self.tr("Proposed transfers"))
        self.settle_box = QGroupBox(self.tr("Settle up"), self)
        settle_layout = QVBoxLayout(self.settle_box)
        self.settle_note = QLabel(self.settle_box)
        self.settle_note.setWordWrap(True)
        settle_layout.addWidget(self.settle_note)
        settle_layout.addWidget(self.transfers_list, 1)
        self.settle_box.setVisible(False)

        self.payments_model = PaymentsModel(self)
        self.payments_proxy = RecordFilterProxy(self)
        self.payments_proxy.setSourceModel(self.payments_model)
        self.payments_table = RecordTableView(self)
        self.payments_table.setModel(self.payments_proxy)
        self.payments_table.setAccessibleName(self.tr("Payments"))
        self.payments_table.set_placeholder(
            lambda: self.tr("No payments yet — click Record a payment… to enter one.")
        )
        self.payments_table.sortByColumn(PaymentsModel.DATE, Qt.SortOrder.DescendingOrder)
        remember_columns(self.payments_table, "payments")
        payments_box = QGroupBox(self.tr("Payments"), self)
        payments_layout = QVBoxLayout(payments_box)
        payments_layout.addWidget(self.payments_table)

        bar = QHBoxLayout()
        bar.addWidget(self.settle_button)
        bar.addWidget(self.payment_button)
        bar.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        bar.addWidget(as_of_label)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.busy_bar)
        bar.addStretch(1)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(self.settle_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(payments_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.splitter, 1)

        self.reader.done.connect(self.show_sheet)
        self.reader.failed.connect(self._read_failed)
        self.reader.busy_changed.connect(self.busy_bar.setVisible)
        self.as_of_edit.dateChanged.connect(self.reader.request)
        self.settle_button.toggled.connect(self._settle_toggled)
        self.payment_button.clicked.connect(self.record_payment)
        self.busy_bar.setVisible(False)
        self.payment_button.setEnabled(not db.read_only)

    # --- reading ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the balances are being worked out."""
        return self.reader.busy

    def set_clock_day(self) -> None:
        """Show the balances as of ``clock`` (after replacing the clock)."""
        self.as_of_edit.setDate(qdate(self.clock()))

    def reload(self) -> None:
        """Read the payments now, and work the balances out on the worker."""
        self.directory = load_directory(self.db)
        self.payments_model.directory = self.directory
        self.payments_model.set_records(list_payments(self.db))
        self.model.currency = self.directory.currency
        self.reader.request()

    def _prepare(self) -> Callable[[JobControl], BalanceSheet]:
        db, day = self.db, pydate(self.as_of_edit.date())

        def work(control: JobControl) -> BalanceSheet:
            return compute_sheet(db, day)

        return work

    def _read_failed(self, error: BaseException) -> None:
        # The banner says why; the empty table no longer says it is working things out.
        self._failed = True
        self.table.viewport().update()
        show_read_error(self, error)

    def show_sheet(self, sheet: BalanceSheet) -> None:
        """Show *sheet*: the balances, the treasury's line and the transfers."""
        self._failed = False
        self.sheet = sheet
        rows = [
            BalanceRow(b.member_id, b.name, b.owed_cents, b.paid_cents, b.balance_cents)
            for b in sheet.balances
        ]
        rows.append(BalanceRow(TREASURY, treasury_name(), None, None, sheet.treasury_cents))
        self.model.set_records(rows)
        if not self._fitted:
            fit_table(self.table)
            fit_table(self.payments_table)
            self._fitted = True
        self._show_transfers()

    def _show_transfers(self) -> None:
        self.transfers_list.clear()
        sheet = self.sheet
        if sheet is None:
            return
        names = {b.member_id: b.name for b in sheet.balances}
        for transfer in sheet.transfers:
            self.transfers_list.addItem(
                transfer_text(transfer, names, self.directory.currency)
            )
        if sheet.transfers:
            self.settle_note.setText(
                self.tr("%n transfer(s) bring every balance to zero as of {day}:", "",
                        len(sheet.transfers)).format(day=format_date(sheet.as_of))
            )
        else:
            self.settle_note.setText(
                self.tr("Everyone is settled up as of {day}.").format(
                    day=format_date(sheet.as_of)
                )
            )

    def transfer_texts(self) -> list[str]:
        """The proposed transfers, as shown."""
        return [self.transfers_list.item(i).text() for i in range(self.transfers_list.count())]

    def row(self, member_id: int) -> BalanceRow | None:
        """The balance line of *member_id* (TREASURY for the treasury's)."""
        for record in self.model.records():
            if isinstance(record, BalanceRow) and record.id == member_id:
                return record
        return None

    # --- actions ---------------------------------------------------------------------

    def settle_up(self) -> None:
        """Show the transfers that would settle everyone up."""
        self.settle_button.setChecked(True)

    def _settle_toggled(self, on: bool) -> None:
        self.settle_box.setVisible(on)
        if on:
            self._show_transfers()

    def record_payment(self) -> None:
        """Open the dialog that records a member's payment."""
        from partage.ui.costs.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.db, self.bus, self, day=self.clock())
        if dialog.exec():
            self.refresh()

    def _placeholder(self) -> str:
        if self.sheet is None and self._failed:
            return ""
        if self.sheet is None:
            return self.tr("Working out the balances…")
        return self.tr("No members yet.")
