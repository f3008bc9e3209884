"""The dialog that records a member's payment to the group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import QT_TRANSLATE_NOOP, ValidationError
from partage.services.accounts import PaymentRecord, add_payment
from partage.services.costs import new_client_id
from partage.services.money import parse_amount
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import MoneyEdit, combo_id, fill_member_combo, load_directory
from partage.ui.costs.periods import pydate, qdate
from partage.ui.record_dialog import RecordDialog, parse_field
from partage.ui.widgets import DATE_FORMAT, DateEdit, FormFeedback, text_box_height


class PaymentDialog(RecordDialog):
    """A member's payment to the group: who, how much, when, for which invoice.

    Saved with a client id made when the dialog opens, so pressing Add again after a
    failure the person did not see never records the payment twice.
    """

    kind = Change.PAYMENT

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None, *,
                 day: dt.date | None = None, member_id: int | None = None,
                 invoice_number: str = "", amount_cents: int | None = None) -> None:
        super().__init__(db, bus, None, parent)
        self.setWindowTitle(self.tr("Record a payment"))
        self.client_id = new_client_id()
        self.directory = load_directory(db)
        char = self.fontMetrics().averageCharWidth()
        self.member_combo = QComboBox(self)
        self.member_combo.setAccessibleName(self.tr("Member"))
        fill_member_combo(self.member_combo, self.directory, member_id, treasury=False)
        self.amount_edit = MoneyEdit(self.tr("Amount"), self)
        self.amount_edit.setToolTip(self.tr("What the member paid the group; negative for a "
                                            "refund to the member."))
        amount_row = QWidget(self)
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount_edit)
        amount_layout.addWidget(QLabel(self.directory.currency, amount_row))
        amount_layout.addStretch(1)
        amount_row.setFocusProxy(self.amount_edit)
        self.date_edit = DateEdit(self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Paid on"))
        self.date_edit.setDate(qdate(day or dt.date.today()))
        self.invoice_edit = QLineEdit(self)
        self.invoice_edit.setAccessibleName(self.tr("Invoice number"))
        self.invoice_edit.setMaxLength(100)
        self.invoice_edit.setText(invoice_number)
        if amount_cents:
            self.amount_edit.set_cents(amount_cents)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(text_box_height(self.note_edit, 3))

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("member", self.member_combo, self.tr("&Member:"))
        feedback.add_field("amount", amount_row, self.tr("&Amount:"))
        feedback.add_field("paid_on", self.date_edit, self.tr("&Paid on:"))
        feedback.add_field("invoice", self.invoice_edit, self.tr("&Invoice number:"))
        feedback.add_field("note", self.note_edit, self.tr("&Note:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))
        self.setMinimumWidth(char * 60)
        (self.amount_edit if member_id is not None else self.member_combo).setFocus()

    def prepare_save(self) -> Callable[[], PaymentRecord]:
        member_id = combo_id(self.member_combo)
        if member_id is None:
            raise ValidationError(
                "member", QT_TRANSLATE_NOOP("errors", "Choose the member who paid.")
            )
        db, client_id = self.db, self.client_id
        amount = parse_field("amount", parse_amount, self.amount_edit.text())
        paid_on = pydate(self.date_edit.date())
        invoice_number, note = self.invoice_edit.text(), self.note_edit.toPlainText()
        return lambda: add_payment(db, member_id, amount, paid_on=paid_on,
                                   invoice_number=invoice_number, note=note,
                                   client_id=client_id)
