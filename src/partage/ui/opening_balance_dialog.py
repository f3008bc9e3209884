"""The dialog that records a member's opening balance: what they owed the group (or it
owed them) when the group started keeping its accounts in Partage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.services.costs import new_client_id
from partage.services.ledger import EntryRecord, add_entry
from partage.services.money import parse_amount
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import MoneyEdit
from partage.ui.costs.periods import pydate, qdate
from partage.ui.record_dialog import RecordDialog, parse_field
from partage.ui.widgets import DATE_FORMAT, DateEdit, FormFeedback, text_box_height


class OpeningBalanceDialog(RecordDialog):
    """One member's opening balance: how much (positive: the member owes it), on which
    day, and why.

    Saved with a client id made when the dialog opens, so pressing Add again after a
    failure the person did not see never records the balance twice.
    """

    kind = Change.LEDGER

    def __init__(self, db: Database, bus: ChangeBus, member_id: int, member_name: str,
                 currency: str, parent: QWidget | None = None, *,
                 day: dt.date | None = None) -> None:
        super().__init__(db, bus, None, parent)
        self.setWindowTitle(self.tr("Opening balance"))
        self.member_id = member_id
        self.client_id = new_client_id()
        char = self.fontMetrics().averageCharWidth()
        self.member_label = QLabel(member_name, self)
        self.amount_edit = MoneyEdit(self.tr("Amount"), self)
        self.amount_edit.setToolTip(
            self.tr("What the member owed the group on that day; negative for what the "
                    "group owed the member.")
        )
        amount_row = QWidget(self)
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount_edit)
        amount_layout.addWidget(QLabel(currency, amount_row))
        amount_layout.addStretch(1)
        amount_row.setFocusProxy(self.amount_edit)
        self.hint_label = QLabel(
            self.tr("Positive: the member owes it to the group. Negative: the group owes it "
                    "to the member."),
            self,
        )
        self.hint_label.setWordWrap(True)
        self.date_edit = DateEdit(self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setDate(qdate(day or dt.date.today()))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(text_box_height(self.note_edit, 3))

        form = QFormLayout()
        form.addRow(self.tr("Member:"), self.member_label)
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("amount", amount_row, self.tr("&Amount:"))
        form.addRow("", self.hint_label)
        feedback.add_field("day", self.date_edit, self.tr("&Date:"))
        feedback.add_field("note", self.note_edit, self.tr("&Note:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))
        self.setMinimumWidth(char * 60)
        self.amount_edit.setFocus()

    def prepare_save(self) -> Callable[[], EntryRecord]:
        db, member_id, client_id = self.db, self.member_id, self.client_id
        amount = parse_field("amount", parse_amount, self.amount_edit.text())
        day, note = pydate(self.date_edit.date()), self.note_edit.toPlainText()
        return lambda: add_entry(db, member_id, amount, day=day, note=note, client_id=client_id)
