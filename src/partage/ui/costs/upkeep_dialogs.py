"""The Upkeep dialogs: plan maintenance, record maintenance done, add an insurance policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import QT_TRANSLATE_NOOP, ValidationError
from partage.i18n import format_date
from partage.services.costs import new_client_id
from partage.services.money import parse_amount, parse_meter
from partage.services.sharing import LastChange, last_change_of
from partage.services.upkeep import (
    PlanRecord,
    PlanStatus,
    PolicyRecord,
    add_plan,
    add_policy,
    get_plan,
)
from partage.services.upkeep import record_done as record_plan_done
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import FieldVersions, plain_label
from partage.ui.costs.common import (
    MoneyEdit,
    combo_id,
    fill_asset_combo,
    fill_member_combo,
    load_directory,
)
from partage.ui.costs.periods import pydate, qdate
from partage.ui.labels import meter_text
from partage.ui.record_dialog import RecordDialog, parse_field
from partage.ui.widgets import DATE_FORMAT, DateEdit, FormFeedback, text_box_height


def _date_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    edit = DateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setDate(qdate(day))
    return edit


def _with_unit(parent: QWidget, field: QWidget, unit: str) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    layout.addWidget(QLabel(unit, row))
    layout.addStretch(1)
    row.setFocusProxy(field)
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return row


def _optional_amount(text: str) -> int | None:
    return parse_amount(text) if text.strip() else None


def _optional_meter(text: str) -> int | None:
    return parse_meter(text) if text.strip() else None


class UpkeepDialog(RecordDialog):
    """A dialog of the Upkeep section."""

    kind = Change.UPKEEP


class PlanDialog(UpkeepDialog):
    """Plan maintenance of an asset every so many months and/or km or hours."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None, *,
                 day: dt.date | None = None, asset_id: int | None = None) -> None:
        super().__init__(db, bus, None, parent)
        self.setWindowTitle(self.tr("Plan maintenance"))
        self.directory = load_directory(db)
        char = self.fontMetrics().averageCharWidth()
        self.asset_combo = QComboBox(self)
        self.asset_combo.setAccessibleName(self.tr("Asset"))
        fill_asset_combo(self.asset_combo, self.directory, asset_id, none_text="")
        self.asset_combo.removeItem(0)  # maintenance is always of an asset
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Task"))
        self.title_edit.setPlaceholderText(self.tr("Oil change, blade sharpening…"))
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, 240)
        self.months_spin.setSpecialValueText(self.tr("—"))
        self.months_spin.setAccessibleName(self.tr("Every so many months"))
        self.months_spin.setMinimumWidth(char * 10)
        self.meter_spin = QSpinBox(self)
        self.meter_spin.setRange(0, 10_000_000)
        self.meter_spin.setSingleStep(500)
        self.meter_spin.setGroupSeparatorShown(True)
        self.meter_spin.setSpecialValueText(self.tr("—"))
        self.meter_spin.setAccessibleName(self.tr("Every so many kilometres or hours"))
        self.meter_spin.setMinimumWidth(char * 14)
        self.meter_unit = QLabel(self)
        self.every_row = QWidget(self)
        every = QHBoxLayout(self.every_row)
        every.setContentsMargins(0, 0, 0, 0)
        every.addWidget(self.months_spin)
        every.addWidget(QLabel(self.tr("months"), self.every_row))
        every.addSpacing(char * 2)
        self.or_label = QLabel(self.tr("or"), self.every_row)
        every.addWidget(self.or_label)
        every.addWidget(self.meter_spin)
        every.addWidget(self.meter_unit)
        every.addStretch(1)
        self.every_row.setFocusProxy(self.months_spin)
        self.last_done_edit = _date_edit(self, self.tr("Last done"), day or dt.date.today())
        self.blocks_check = QCheckBox(
            self.tr("Keep the asset out of bookings while it is being maintained"), self
        )

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("asset", self.asset_combo, self.tr("&Asset:"))
        feedback.add_field("title", self.title_edit, self.tr("&Task:"))
        feedback.add_field("every", self.every_row, self.tr("&Every:"))
        feedback.add_field("starting", self.last_done_edit, self.tr("&Last done:"))
        form.addRow("", self.blocks_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))
        self.asset_combo.currentIndexChanged.connect(self._asset_changed)
        self._asset_changed()
        self.months_spin.setValue(12)
        self.setMinimumWidth(char * 70)
        self.asset_combo.setFocus()

    def _asset_changed(self) -> None:
        asset = self.directory.assets.get(combo_id(self.asset_combo) or 0)
        meter = asset.meter if asset is not None else "none"
        has_meter = meter != "none"
        for widget in (self.meter_spin, self.meter_unit, self.or_label):
            widget.setVisible(has_meter)
        if not has_meter:
            self.meter_spin.setValue(0)
        self.meter_unit.setText(self.tr("km") if meter == "km" else self.tr("hours"))

    def prepare_save(self) -> Callable[[], PlanRecord]:
        asset_id = combo_id(self.asset_combo)
        if asset_id is None:
            raise ValidationError("asset", QT_TRANSLATE_NOOP("errors", "Choose an asset."))
        db, title = self.db, self.title_edit.text()
        every_months = self.months_spin.value() or None
        every_meter = self.meter_spin.value() or None
        blocks = self.blocks_check.isChecked()
        starting = pydate(self.last_done_edit.date())
        return lambda: add_plan(db, asset_id, title, every_months=every_months,
                                every_meter=every_meter, blocks_calendar=blocks,
                                starting=starting)


class RecordDoneDialog(UpkeepDialog):
    """Record a plan's maintenance as done: when, at what reading, what it cost.

    Saved with a client id made when the dialog opens, so a retried save never posts the
    cost twice; and with the plan's version, so maintenance someone else recorded
    meanwhile is shown (their last done and reading against the form's) before anything
    is recorded twice.
    """

    kind = Change.UPKEEP | Change.COST

    def __init__(self, db: Database, bus: ChangeBus, status: PlanStatus,
                 parent: QWidget | None = None, *, day: dt.date | None = None) -> None:
        super().__init__(db, bus, status.plan, parent)
        self.status = status
        self.client_id = new_client_id()
        self.directory = load_directory(db)
        asset = self.directory.assets.get(status.plan.asset_id)
        self.meter = asset.meter if asset is not None else "none"
        name = self.directory.asset_name(status.plan.asset_id)
        self.setWindowTitle(
            self.tr("Maintenance done — {asset}: {task}").format(
                asset=name, task=status.plan.title
            )
        )
        char = self.fontMetrics().averageCharWidth()
        self.plan_label = QLabel(f"{name} — {status.plan.title}", self)
        self.date_edit = _date_edit(self, self.tr("Done on"), day or dt.date.today())
        self.meter_edit = QLineEdit(self)
        self.meter_edit.setAccessibleName(self.tr("Meter reading"))
        self.meter_edit.setMaximumWidth(char * 14)
        if status.current_meter is not None:
            self.meter_edit.setText(str(status.current_meter))
        unit = self.tr("km") if self.meter == "km" else self.tr("hours")
        meter_row = _with_unit(self, self.meter_edit, unit)
        self.cost_edit = MoneyEdit(self.tr("Cost"), self)
        self.cost_edit.setPlaceholderText(self.tr("none"))
        cost_row = _with_unit(self, self.cost_edit, self.directory.currency)
        self.paid_by_combo = QComboBox(self)
        self.paid_by_combo.setAccessibleName(self.tr("Paid by"))
        fill_member_combo(self.paid_by_combo, self.directory, None, treasury=True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(text_box_height(self.note_edit, 3))

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        form.addRow(self.tr("Plan:"), self.plan_label)
        feedback.add_field("done_on", self.date_edit, self.tr("&Done on:"))
        feedback.add_field("meter", meter_row, self.tr("&Meter reading:"))
        form.setRowVisible(meter_row, self.meter != "none")
        feedback.add_field("cost", cost_row, self.tr("&Cost:"))
        feedback.add_field("paid_by", self.paid_by_combo, self.tr("&Paid by:"))
        feedback.add_field("note", self.note_edit, self.tr("&Note:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))
        self.ok_button().setText(self.tr("Record"))
        if status.plan.every_meter and status.due_meter is not None:
            self.meter_edit.setToolTip(
                self.tr("Due at {reading}").format(reading=meter_text(status.due_meter,
                                                                     self.meter))
            )
        self.setMinimumWidth(char * 64)
        self.date_edit.setFocus()

    def _meter(self) -> int | None:
        if self.meter == "none":
            return None
        return parse_field("meter", _optional_meter, self.meter_edit.text())  # type: ignore[no-any-return]

    def prepare_save(self) -> Callable[[], PlanRecord]:
        meter = self._meter()
        cost = parse_field("cost", _optional_amount, self.cost_edit.text())
        plan = self.record if self.record is not None else self.status.plan
        db, client_id = self.db, self.client_id
        done_on, paid_by = pydate(self.date_edit.date()), combo_id(self.paid_by_combo)
        note = self.note_edit.toPlainText()
        return lambda: record_plan_done(db, plan.id, done_on=done_on, meter=meter,
                                        cost_cents=cost, paid_by_member_id=paid_by, note=note,
                                        client_id=client_id, expected_version=plan.version)

    # --- conflicts ---------------------------------------------------------------------

    def current_version(self) -> PlanRecord | None:
        return get_plan(self.db, self.status.plan.id)

    def form_data(self) -> tuple[dt.date, int | None]:
        return pydate(self.date_edit.date()), self._meter()

    def compare(self, theirs: PlanRecord,
                mine: tuple[dt.date, int | None]) -> list[FieldVersions]:
        done_on, meter = mine

        def reading(value: int | None) -> str:
            return meter_text(value, self.meter) if value is not None else ""

        rows = [(self.tr("Last done:"), format_date(theirs.last_done), format_date(done_on))]
        if self.meter != "none":
            rows.append((self.tr("&Meter reading:"), reading(theirs.last_meter),
                         reading(meter)))
        return [FieldVersions(plain_label(label), theirs_text, mine_text)
                for label, theirs_text, mine_text in rows]

    def show_version(self, record: PlanRecord) -> None:
        if record.last_done is not None:
            self.date_edit.setDate(qdate(record.last_done))
        if self.meter != "none":
            self.meter_edit.setText("" if record.last_meter is None else str(record.last_meter))

    def subject(self) -> str:
        return self.tr("the maintenance “{task}” of “{asset}”").format(
            task=self.status.plan.title,
            asset=self.directory.asset_name(self.status.plan.asset_id),
        )

    def _last_change(self, record_id: int) -> LastChange | None:
        return last_change_of(self.db, "maintenance", record_id)


class PolicyDialog(UpkeepDialog):
    """Record an insurance policy; its premium becomes a cost spread over its period.

    Saved with a client id made when the dialog opens, so a retried save never adds the
    policy (and its cost) twice.
    """

    kind = Change.UPKEEP | Change.COST
    # Fields of the cost the premium becomes, as this form names them.
    _FIELDS = {"supplier": "insurer", "note": "policy", "amount": "premium", "start": "end"}

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None, *,
                 day: dt.date | None = None) -> None:
        super().__init__(db, bus, None, parent)
        self.setWindowTitle(self.tr("New insurance policy"))
        self.client_id = new_client_id()
        self.directory = load_directory(db)
        first = day or dt.date.today()
        char = self.fontMetrics().averageCharWidth()
        self.asset_combo = QComboBox(self)
        self.asset_combo.setAccessibleName(self.tr("Insured"))
        fill_asset_combo(self.asset_combo, self.directory, None,
                         none_text=self.tr("The group (liability, premises…)"))
        self.insurer_edit = QLineEdit(self)
        self.insurer_edit.setAccessibleName(self.tr("Insurer"))
        self.number_edit = QLineEdit(self)
        self.number_edit.setAccessibleName(self.tr("Policy number"))
        self.coverage_edit = QPlainTextEdit(self)
        self.coverage_edit.setAccessibleName(self.tr("Coverage"))
        self.coverage_edit.setTabChangesFocus(True)
        self.coverage_edit.setFixedHeight(text_box_height(self.coverage_edit, 3))
        self.premium_edit = MoneyEdit(self.tr("Premium"), self)
        premium_row = _with_unit(self, self.premium_edit, self.directory.currency)
        self.start_edit = _date_edit(self, self.tr("First day"), first)
        last = qdate(first).addYears(1).addDays(-1)
        self.end_edit = _date_edit(self, self.tr("Last day"), pydate(last))
        period_row = QWidget(self)
        period = QHBoxLayout(period_row)
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to"), period_row))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        period_row.setFocusProxy(self.start_edit)
        self.paid_by_combo = QComboBox(self)
        self.paid_by_combo.setAccessibleName(self.tr("Paid by"))
        fill_member_combo(self.paid_by_combo, self.directory, None, treasury=True)

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("asset", self.asset_combo, self.tr("I&nsured:"))
        feedback.add_field("insurer", self.insurer_edit, self.tr("&Insurer:"))
        feedback.add_field("policy", self.number_edit, self.tr("Policy n&umber:"))
        feedback.add_field("coverage", self.coverage_edit, self.tr("C&overage:"))
        feedback.add_field("premium", premium_row, self.tr("&Premium:"))
        feedback.add_field("end", period_row, self.tr("P&eriod:"))
        feedback.add_field("paid_by", self.paid_by_combo, self.tr("Paid &by:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))
        self.setMinimumWidth(char * 70)
        self.asset_combo.setFocus()

    def prepare_save(self) -> Callable[[], PolicyRecord]:
        premium = parse_field("premium", parse_amount, self.premium_edit.text())
        db, fields, client_id = self.db, self._FIELDS, self.client_id
        asset_id, paid_by = combo_id(self.asset_combo), combo_id(self.paid_by_combo)
        start, end = pydate(self.start_edit.date()), pydate(self.end_edit.date())
        insurer, number = self.insurer_edit.text(), self.number_edit.text()
        coverage = self.coverage_edit.toPlainText()

        def save() -> PolicyRecord:
            try:
                return add_policy(db, asset_id=asset_id, premium_cents=premium, start=start,
                                  end=end, insurer=insurer, policy_number=number,
                                  coverage=coverage, paid_by_member_id=paid_by,
                                  client_id=client_id)
            except ValidationError as error:
                field = fields.get(error.field)
                if field is None:
                    raise
                raise ValidationError(field, error.message, **error.params) from None

        return save
