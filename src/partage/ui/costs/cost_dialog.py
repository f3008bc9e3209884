"""The dialog that adds or edits a cost: amount, day or period, what for, who paid, the
split rule and the receipt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.explain import category_label
from partage.i18n import error_text
from partage.services.costs import (
    CATEGORIES,
    CostInput,
    CostRecord,
    add_cost,
    get_cost,
    new_client_id,
    update_cost,
)
from partage.services.money import parse_amount
from partage.services.workspace import Database
from partage.ui import labels
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import FieldVersions, plain_label
from partage.ui.costs.common import (
    MoneyEdit,
    combo_id,
    fill_asset_combo,
    fill_member_combo,
    load_directory,
    period_text,
    rule_text,
)
from partage.ui.costs.periods import pydate, qdate
from partage.ui.costs.receipt import ReceiptField
from partage.ui.record_dialog import RecordDialog, parse_field
from partage.ui.widgets import DATE_FORMAT, DateEdit, FormFeedback, text_box_height

DEFAULT_RULE = ""  # the rule combo's data for "the asset's default"


class PeriodField(QWidget):
    """One day, or a period from one day to another (both included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.one_day_radio = QRadioButton(self.tr("One &day"), self)
        self.period_radio = QRadioButton(self.tr("A peri&od"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.one_day_radio)
        self.group.addButton(self.period_radio)
        self.start_edit = DateEdit(self)
        self.start_edit.setAccessibleName(self.tr("Date or first day"))
        self.end_edit = DateEdit(self)
        self.end_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.one_day_radio)
        layout.addWidget(self.period_radio)
        layout.addWidget(self.start_edit)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end_edit)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.start_edit)
        self.period_radio.toggled.connect(self._mode_changed)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.one_day_radio.setChecked(True)
        self._mode_changed(False)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show one day when *start* == *end*, else the period."""
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))
        (self.period_radio if end != start else self.one_day_radio).setChecked(True)

    def is_period(self) -> bool:
        """True when a period (rather than one day) is chosen."""
        return self.period_radio.isChecked()

    def start(self) -> dt.date:
        """The day, or the first day of the period."""
        return pydate(self.start_edit.date())

    def end(self) -> dt.date:
        """The last day (the same day for one day)."""
        return pydate(self.end_edit.date()) if self.is_period() else self.start()

    def _mode_changed(self, period: bool) -> None:
        self.end_edit.setVisible(period)
        self.to_label.setVisible(period)
        if period and self.end_edit.date() <= self.start_edit.date():
            # A period of one day is one day: start it out as a month.
            self.end_edit.setDate(self.start_edit.date().addMonths(1).addDays(-1))

    def _start_changed(self, day: QDate) -> None:
        if not self.is_period():
            self.end_edit.setDate(day)


class CostDialog(RecordDialog):
    """Every field of a cost; Add (or Save) calls the costs service.

    A new cost is saved with a client id made when the dialog opens, so pressing Add
    again after a failure the person did not see (a lost connection) never adds it twice.

    Args:
        day: the day a new cost starts on (today by default).
        suppliers: suppliers already used, offered as completions.
    """

    kind = Change.COST
    audit_entity = "cost"

    def __init__(self, db: Database, bus: ChangeBus, record: CostRecord | None = None,
                 parent: QWidget | None = None, *, day: dt.date | None = None,
                 suppliers: Sequence[str] = ()) -> None:
        super().__init__(db, bus, record, parent)
        self.client_id = new_client_id()
        self.directory = load_directory(db)
        self.setWindowTitle(self.tr("New cost") if record is None else self.tr("Edit cost"))
        char = self.fontMetrics().averageCharWidth()

        self.amount_edit = MoneyEdit(self.tr("Amount"), self)
        amount_row = QWidget(self)
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount_edit)
        amount_layout.addWidget(QLabel(self.directory.currency, amount_row))
        amount_layout.addStretch(1)
        amount_row.setFocusProxy(self.amount_edit)
        self.period_field = PeriodField(self)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category"))
        for category in CATEGORIES:
            self.category_combo.addItem(category_label(category), category)
        self.asset_combo = QComboBox(self)
        self.asset_combo.setAccessibleName(self.tr("Asset"))
        self.supplier_edit = QLineEdit(self)
        self.supplier_edit.setAccessibleName(self.tr("Supplier"))
        self.supplier_edit.setMaxLength(200)
        completer = QCompleter(sorted({s for s in suppliers if s}, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.supplier_edit.setCompleter(completer)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(text_box_height(self.note_edit, 3))
        self.paid_by_combo = QComboBox(self)
        self.paid_by_combo.setAccessibleName(self.tr("Paid by"))
        self.paid_by_combo.setToolTip(
            self.tr("Who paid the bill: the group's account, or a member out of pocket "
                    "(the group then owes it to them).")
        )
        self.rule_combo = QComboBox(self)
        self.rule_combo.setAccessibleName(self.tr("Split rule"))
        self.rule_combo.setToolTip(
            self.tr("How this cost is shared between the members; by default, as the "
                    "asset's other costs (equal parts for the group's own costs).")
        )
        self.receipt_field = ReceiptField(db, self)
        self.receipt_field.failed.connect(
            lambda error: self.feedback.show(error_text(error), "receipt")
        )

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("amount", amount_row, self.tr("&Amount:"))
        feedback.add_field("start", self.period_field, self.tr("&When:"))
        # An error about the last day shows under the period too.
        end_message = QLabel(self)
        form.addRow("", end_message)
        form.setRowVisible(end_message, False)
        feedback.register("end", self.period_field.end_edit, end_message)
        feedback.add_field("category", self.category_combo, self.tr("&Category:"))
        feedback.add_field("asset", self.asset_combo, self.tr("A&sset:"))
        feedback.add_field("supplier", self.supplier_edit, self.tr("S&upplier:"))
        feedback.add_field("note", self.note_edit, self.tr("&Note:"))
        feedback.add_field("paid_by", self.paid_by_combo, self.tr("&Paid by:"))
        feedback.add_field("rule", self.rule_combo, self.tr("Split &rule:"))
        feedback.add_field("receipt", self.receipt_field, self.tr("Recei&pt:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))

        if record is not None:
            self.show_version(record)
        else:
            self._show(CostInput(amount_cents=0, start=day or dt.date.today()))
        self.asset_combo.currentIndexChanged.connect(self._asset_changed)
        self.setMinimumWidth(char * 80)
        self.amount_edit.setFocus()

    def _show(self, data: CostInput) -> None:
        self.amount_edit.set_cents(data.amount_cents or None)
        self.period_field.set_period(data.start, data.end or data.start)
        labels.select_code(self.category_combo, data.category)
        fill_asset_combo(
            self.asset_combo, self.directory, data.asset_id,
            none_text=self.tr("None — the group's overhead"),
        )
        self.supplier_edit.setText(data.supplier)
        self.note_edit.setPlainText(data.note)
        fill_member_combo(self.paid_by_combo, self.directory, data.paid_by_member_id,
                          treasury=True)
        self._fill_rules(data.rule)

    def _fill_rules(self, current: str) -> None:
        asset = self.directory.assets.get(combo_id(self.asset_combo) or 0)
        default = asset.default_rule if asset is not None else "equal"
        names = self.directory.member_names()
        self.rule_combo.clear()
        self.rule_combo.addItem(
            self.tr("Default ({rule})").format(rule=rule_text(default, names)), DEFAULT_RULE
        )
        for code in labels.SPLIT_RULES:
            self.rule_combo.addItem(labels.label(labels.SPLIT_RULES, code), code)
        if current and self.rule_combo.findData(current) < 0:
            # A custom rule (weights or a mix) set from the command line: kept as it is.
            self.rule_combo.addItem(rule_text(current, names), current)
        self.rule_combo.setCurrentIndex(max(self.rule_combo.findData(current), 0))

    def _asset_changed(self) -> None:
        self._fill_rules(str(self.rule_combo.currentData() or DEFAULT_RULE))

    def cost_input(self) -> CostInput:
        """What the form says, parsed (``ValidationError`` for a bad amount)."""
        receipt = self.receipt_field
        return CostInput(
            amount_cents=parse_field("amount", parse_amount, self.amount_edit.text()),
            start=self.period_field.start(),
            end=self.period_field.end(),
            category=labels.combo_code(self.category_combo),
            asset_id=combo_id(self.asset_combo),
            supplier=self.supplier_edit.text(),
            note=self.note_edit.toPlainText(),
            paid_by_member_id=combo_id(self.paid_by_combo),
            rule=str(self.rule_combo.currentData() or DEFAULT_RULE),
            receipt=receipt.data if receipt.changed else None,
            receipt_name=receipt.name if receipt.changed else "",
            receipt_type=receipt.media_type if receipt.changed else "",
            receipt_changed=receipt.changed,
            client_id=self.client_id,
            source=self.record.source if self.record is not None else "manual",
        )

    def prepare_save(self) -> Callable[[], CostRecord]:
        data, db, record = self.cost_input(), self.db, self.record
        if record is None:
            return lambda: add_cost(db, data)
        return lambda: update_cost(db, record.id, data, expected_version=record.version)

    # --- conflicts ---------------------------------------------------------------------

    def current_version(self) -> CostRecord | None:
        if self.record is None:
            return None
        return get_cost(self.db, self.record.id)

    def form_data(self) -> CostInput:
        return self.cost_input()

    def compare(self, theirs: CostRecord, mine: CostInput) -> list[FieldVersions]:
        directory = self.directory
        names = directory.member_names()
        overhead = self.tr("None — the group's overhead")

        def asset(asset_id: int | None) -> str:
            return overhead if asset_id is None else directory.asset_name(asset_id)

        def rule(code: str, asset_id: int | None) -> str:
            if code:
                return rule_text(code, names)
            owner = directory.assets.get(asset_id or 0)
            default = owner.default_rule if owner is not None else "equal"
            return self.tr("Default ({rule})").format(rule=rule_text(default, names))

        opened = self.record
        if mine.receipt_changed:
            my_receipt = mine.receipt_name if mine.receipt is not None else ""
        else:
            my_receipt = opened.receipt_name if opened is not None and opened.has_receipt else ""
        rows = [
            (self.tr("&Amount:"), directory.money(theirs.amount_cents),
             directory.money(mine.amount_cents)),
            (self.tr("&When:"), period_text(theirs.start, theirs.end),
             period_text(mine.start, mine.end or mine.start)),
            (self.tr("&Category:"), category_label(theirs.category),
             category_label(mine.category)),
            (self.tr("A&sset:"), asset(theirs.asset_id), asset(mine.asset_id)),
            (self.tr("S&upplier:"), theirs.supplier, mine.supplier.strip()),
            (self.tr("&Note:"), theirs.note, mine.note.strip()),
            (self.tr("&Paid by:"), directory.member_name(theirs.paid_by_member_id),
             directory.member_name(mine.paid_by_member_id)),
            (self.tr("Split &rule:"), rule(theirs.rule, theirs.asset_id),
             rule(mine.rule, mine.asset_id)),
            (self.tr("Recei&pt:"), theirs.receipt_name if theirs.has_receipt else "",
             my_receipt),
        ]
        return [FieldVersions(plain_label(label), theirs_text, mine_text)
                for label, theirs_text, mine_text in rows]

    def show_version(self, record: CostRecord) -> None:
        self._show(record.as_input())
        if record.has_receipt:
            self.receipt_field.set_stored(record.id, record.receipt_name)
        else:
            self.receipt_field.set_none()

    def subject(self) -> str:
        if self.record is None:
            return ""
        what = self.record.supplier or category_label(self.record.category)
        return self.tr("the cost “{what}, {amount}”").format(
            what=what, amount=self.directory.money(self.record.amount_cents)
        )

    def can_save_as_new(self) -> bool:
        return True

    def show_as_new(self) -> None:
        super().show_as_new()
        self.setWindowTitle(self.tr("New cost"))
        if not self.receipt_field.changed:
            self.receipt_field.set_none()  # the stored receipt went with the deleted cost
