"""The dialog that adds or edits an asset, its ownership shares, its booking rules and its
photo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
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
from partage.errors import UsageError
from partage.i18n import error_text, format_date, format_weight
from partage.services.assets import (
    AssetInput,
    AssetRecord,
    Ownership,
    add_asset,
    get_asset,
    get_asset_photo,
    update_asset,
)
from partage.services.bookings import parse_opening_hours
from partage.services.members import list_members
from partage.services.money import parse_amount
from partage.services.workspace import Database, organisation_settings
from partage.ui import labels
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import FieldVersions, plain_label
from partage.ui.ownership import OwnershipEditor
from partage.ui.photo import PhotoField
from partage.ui.record_dialog import RecordDialog, parse_field
from partage.ui.widgets import (
    FormFeedback,
    OptionalDateEdit,
    OptionalDuration,
    OptionalTimeRange,
    text_box_height,
)

SPACE = "space"
MAX_RECOVERY_MONTHS = 600


def amount_text(cents: int | None, locale: QLocale | None = None) -> str:
    """*cents* as a plain number in the locale (``1 234,56``), for editing; ``""`` for None."""
    if cents is None:
        return ""
    locale = locale or QLocale()
    whole, fraction = divmod(abs(cents), 100)
    sign = locale.negativeSign() if cents < 0 else ""
    return f"{sign}{locale.toString(whole)}{locale.decimalPoint()}{fraction:02d}"


def _parse_optional_amount(text: str) -> int | None:
    return parse_amount(text) if text.strip() else None


def editable_input(record: AssetRecord) -> AssetInput:
    """Every editable field of *record*, to start an edit from (the photo unchanged)."""
    # as_input() leaves out the booking rules and the recovery period; they are added
    # here so that an edit never resets them.
    return replace(
        record.as_input(),
        bookable=record.bookable,
        min_booking_minutes=record.min_booking_minutes,
        max_booking_minutes=record.max_booking_minutes,
        opening_hours=record.opening_hours,
        recovery_months=record.recovery_months,
    )


class AssetDialog(RecordDialog):
    """Every field of an asset; Add (or Save) calls the assets service.

    Args:
        categories: categories already used, offered as completions.
        locations: locations already used, offered as completions.
    """

    kind = Change.ASSET
    audit_entity = "asset"

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        record: AssetRecord | None = None,
        parent: QWidget | None = None,
        *,
        categories: Sequence[str] = (),
        locations: Sequence[str] = (),
    ) -> None:
        super().__init__(db, bus, record, parent)
        self.setWindowTitle(
            self.tr("New asset") if record is None
            else self.tr("Asset — {name}").format(name=record.name)
        )
        currency = organisation_settings(db).currency
        char = self.fontMetrics().averageCharWidth()
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.kind_combo = QComboBox(self)
        self.category_edit = QLineEdit(self)
        self.category_edit.setCompleter(_completer(categories, self))
        self.location_edit = QLineEdit(self)
        self.location_edit.setCompleter(_completer(locations, self))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(text_box_height(self.description_edit, 4))
        self.purchase_date_edit = OptionalDateEdit(self.tr("Purchase date"), self)
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(amount_text(123456))
        self.price_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price_edit.setMaximumWidth(char * 18)
        price_row = QWidget(self)
        price_layout = QHBoxLayout(price_row)
        price_layout.setContentsMargins(0, 0, 0, 0)
        price_layout.addWidget(self.price_edit)
        price_layout.addWidget(QLabel(currency, price_row))
        price_layout.addStretch(1)
        price_row.setFocusProxy(self.price_edit)
        price_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.meter_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setToolTip(
            self.tr(
                "How this asset's costs are shared between members, unless a cost says "
                "otherwise."
            )
        )

        self.recovery_check = QCheckBox(self.tr("Re&cover the purchase over"), self)
        self.recovery_spin = QSpinBox(self)
        self.recovery_spin.setRange(1, MAX_RECOVERY_MONTHS)
        self.recovery_spin.setValue(36)
        self.recovery_spin.setSuffix(self.tr(" months"))
        self.recovery_spin.setAccessibleName(self.tr("Months to recover the purchase over"))
        self.recovery_spin.setToolTip(
            self.tr("The purchase price is shared as a cost spread over these months.")
        )
        self.recovery_row = QWidget(self)
        recovery_layout = QHBoxLayout(self.recovery_row)
        recovery_layout.setContentsMargins(0, 0, 0, 0)
        recovery_layout.addWidget(self.recovery_check)
        recovery_layout.addWidget(self.recovery_spin)
        recovery_layout.addStretch(1)
        self.recovery_row.setFocusProxy(self.recovery_check)
        self.recovery_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.bookable_check = QCheckBox(self.tr("Members can &book it"), self)
        self.shortest_edit = OptionalDuration(self.tr("Shortest booking"), self)
        self.longest_edit = OptionalDuration(self.tr("Longest booking"), self)
        self.opening_edit = OptionalTimeRange(self.tr("Opening hours"), self)

        members = list_members(db)
        self._member_names = {member.id: member.name for member in members}
        self.owners_editor = OwnershipEditor(members, self)
        self.photo_field = PhotoField(self)
        self.photo_field.failed.connect(
            lambda error: self.feedback.show(error_text(error), "photo")
        )

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("name", self.name_edit, self.tr("&Name:"))
        feedback.add_field("kind", self.kind_combo, self.tr("&Kind:"))
        feedback.add_field("category", self.category_edit, self.tr("Ca&tegory:"))
        feedback.add_field("location", self.location_edit, self.tr("&Location:"))
        feedback.add_field("description", self.description_edit, self.tr("&Description:"))
        feedback.add_field("purchase_date", self.purchase_date_edit, self.tr("Purchase d&ate:"))
        feedback.add_field("purchase_price", price_row, self.tr("Purchase &price:"))
        feedback.add_field("recovery_months", self.recovery_row, "")
        feedback.add_field("meter", self.meter_combo, self.tr("&Meter:"))
        feedback.add_field("status", self.status_combo, self.tr("&Status:"))
        feedback.add_field("default_rule", self.rule_combo, self.tr("Split &rule:"))
        self.price_edit.setAccessibleName(self.tr("Purchase price"))

        rules_box = QGroupBox(self.tr("Booking rules"), self)
        rules_form = QFormLayout(rules_box)
        rules_form.addRow(self.bookable_check)
        rules_form.addRow(self.tr("Sh&ortest booking:"), self.shortest_edit)
        feedback.add_field("booking_minutes", self.longest_edit,
                           self.tr("Lon&gest booking:"), rules_form)
        feedback.add_field("opening_hours", self.opening_edit, self.tr("Op&ening hours:"),
                           rules_form)

        owners_box = QGroupBox(self.tr("Owners"), self)
        owners_error = QLabel(owners_box)
        owners_layout = QVBoxLayout(owners_box)
        owners_layout.addWidget(self.owners_editor)
        owners_layout.addWidget(owners_error)
        feedback.register("owners", self.owners_editor.table, owners_error)
        photo_box = QGroupBox(self.tr("Photo"), self)
        photo_error = QLabel(photo_box)
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.photo_field)
        photo_layout.addWidget(photo_error)
        feedback.register("photo", self.photo_field.choose_button, photo_error)

        right = QVBoxLayout()
        right.addWidget(owners_box, 1)
        right.addWidget(photo_box)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(rules_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(char * 2)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.banner)
        layout.addWidget(self.init_feedback(feedback))

        # Tab follows the form down: the recovery row comes right after the price.
        QWidget.setTabOrder(self.price_edit, self.recovery_check)
        QWidget.setTabOrder(self.recovery_check, self.recovery_spin)
        QWidget.setTabOrder(self.recovery_spin, self.meter_combo)

        # What the form does not show is saved as it was.
        self._base = editable_input(record) if record is not None else AssetInput(name="")
        self._show(self._base)
        self.kind_combo.currentIndexChanged.connect(self._update_rule_fields)
        self.opening_edit.check.toggled.connect(self._update_rule_fields)
        self.price_edit.textChanged.connect(self._update_recovery)
        self.purchase_date_edit.check.toggled.connect(self._update_recovery)
        self.recovery_check.toggled.connect(self._update_recovery)
        self._update_rule_fields()
        self._update_recovery()
        if record is not None and record.has_photo:
            stored = get_asset_photo(db, record.id)
            if stored is not None:
                self.photo_field.set_photo(*stored)
        # Never narrower than the layout needs: French labels and buttons are longer.
        self.setMinimumWidth(max(char * 110, self.minimumSizeHint().width()))
        self.name_edit.setFocus()

    def _show(self, data: AssetInput) -> None:
        self.name_edit.setText(data.name)
        labels.fill_combo(self.kind_combo, labels.ASSET_KINDS, data.kind)
        self.category_edit.setText(data.category)
        self.location_edit.setText(data.location)
        self.description_edit.setPlainText(data.description)
        self.purchase_date_edit.set_date(data.purchase_date)
        self.price_edit.setText(amount_text(data.purchase_price_cents))
        labels.fill_combo(self.meter_combo, labels.METERS, data.meter)
        labels.fill_combo(self.status_combo, labels.ASSET_STATUSES, data.status)
        labels.fill_combo(self.rule_combo, labels.SPLIT_RULES, data.default_rule)
        if data.default_rule not in labels.SPLIT_RULES:
            # A custom rule (weights or a mix) set from the command line: kept as it is.
            self.rule_combo.addItem(
                self.tr("Custom: {rule}").format(rule=data.default_rule), data.default_rule
            )
            self.rule_combo.setCurrentIndex(self.rule_combo.count() - 1)
        self.owners_editor.set_owners(data.owners)
        self.bookable_check.setChecked(data.bookable)
        self.shortest_edit.set_minutes(data.min_booking_minutes)
        self.longest_edit.set_minutes(data.max_booking_minutes)
        self.opening_edit.set_range(_opening_hours(data.opening_hours))
        self.recovery_check.setChecked(data.recovery_months is not None)
        if data.recovery_months is not None:
            self.recovery_spin.setValue(data.recovery_months)

    def _update_rule_fields(self) -> None:
        # Opening hours are for spaces; set on something else (from the command line),
        # they stay editable so that they can be seen and removed.
        is_space = labels.combo_code(self.kind_combo) == SPACE
        self.opening_edit.setEnabled(is_space or self.opening_edit.check.isChecked())

    def recovery_possible(self) -> bool:
        """True when the form has a purchase price and date to recover."""
        return bool(self.price_edit.text().strip()) and self.purchase_date_edit.date() is not None

    def _update_recovery(self) -> None:
        possible = self.recovery_possible()
        self.recovery_row.setEnabled(possible)
        self.recovery_spin.setEnabled(possible and self.recovery_check.isChecked())
        self.recovery_row.setToolTip(
            "" if possible else self.tr("Give the purchase price and date first.")
        )

    def recovery_months(self) -> int | None:
        """The months to recover the purchase over, or None (not asked, or not possible)."""
        if not (self.recovery_possible() and self.recovery_check.isChecked()):
            return None
        return self.recovery_spin.value()

    def opening_hours_text(self) -> str:
        """The opening hours as stored (``08:00-22:00``), or ``""`` for any time."""
        hours = self.opening_edit.time_range()
        if hours is None:
            return ""
        return f"{hours[0].strftime('%H:%M')}-{hours[1].strftime('%H:%M')}"

    def asset_input(self) -> AssetInput:
        """What the form says, parsed (``ValidationError`` for a bad amount or weight)."""
        price = parse_field("purchase_price", _parse_optional_amount, self.price_edit.text())
        photo = self.photo_field
        return replace(
            self._base,
            name=self.name_edit.text(),
            kind=labels.combo_code(self.kind_combo),
            category=self.category_edit.text(),
            location=self.location_edit.text(),
            description=self.description_edit.toPlainText(),
            purchase_date=self.purchase_date_edit.date(),
            purchase_price_cents=price,
            meter=labels.combo_code(self.meter_combo),
            status=labels.combo_code(self.status_combo),
            default_rule=labels.combo_code(self.rule_combo),
            owners=self.owners_editor.owners(),
            bookable=self.bookable_check.isChecked(),
            min_booking_minutes=self.shortest_edit.total_minutes(),
            max_booking_minutes=self.longest_edit.total_minutes(),
            opening_hours=self.opening_hours_text(),
            recovery_months=self.recovery_months(),
            photo=photo.photo if photo.changed else None,
            photo_type=photo.photo_type if photo.changed else "",
            photo_changed=photo.changed,
        )

    def prepare_save(self) -> Callable[[], AssetRecord]:
        data, db, record = self.asset_input(), self.db, self.record
        if record is None:
            return lambda: add_asset(db, data)
        return lambda: update_asset(db, record.id, data, expected_version=record.version)

    # --- conflicts ---------------------------------------------------------------------

    def current_version(self) -> AssetRecord | None:
        if self.record is None:
            return None
        return get_asset(self.db, self.record.id)

    def form_data(self) -> AssetInput:
        return self.asset_input()

    def _rule_text(self, rule: str) -> str:
        if rule in labels.SPLIT_RULES:
            return labels.label(labels.SPLIT_RULES, rule)
        return self.tr("Custom: {rule}").format(rule=rule)

    def _owners_text(self, owners: Sequence[Ownership]) -> str:
        return ", ".join(
            f"{self._member_names.get(owner.member_id, owner.member_id)} "
            f"{format_weight(owner.weight_milli)}"
            for owner in owners
        )

    def _minutes_text(self, minutes: int | None) -> str:
        if minutes is None:
            return ""
        hours, rest = divmod(minutes, 60)
        return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{rest:02d}")

    def _months_text(self, months: int | None) -> str:
        return "" if months is None else self.tr("%n month(s)", "", months)

    def compare(self, theirs: AssetRecord, mine: AssetInput) -> list[FieldVersions]:
        saved = editable_input(theirs)
        their_photo = self.tr("Yes") if theirs.has_photo else ""
        if mine.photo_changed:
            my_photo = self.tr("A new photo") if mine.photo else ""
        else:
            my_photo = their_photo
        both = [
            (self.tr("&Name:"), saved.name, mine.name),
            (self.tr("&Kind:"), labels.label(labels.ASSET_KINDS, saved.kind),
             labels.label(labels.ASSET_KINDS, mine.kind)),
            (self.tr("Ca&tegory:"), saved.category, mine.category),
            (self.tr("&Location:"), saved.location, mine.location),
            (self.tr("&Description:"), saved.description, mine.description),
            (self.tr("Purchase d&ate:"), format_date(saved.purchase_date),
             format_date(mine.purchase_date)),
            (self.tr("Purchase &price:"), amount_text(saved.purchase_price_cents),
             amount_text(mine.purchase_price_cents)),
            (self.tr("Months to recover the purchase over"),
             self._months_text(saved.recovery_months), self._months_text(mine.recovery_months)),
            (self.tr("&Meter:"), labels.label(labels.METERS, saved.meter),
             labels.label(labels.METERS, mine.meter)),
            (self.tr("&Status:"), labels.label(labels.ASSET_STATUSES, saved.status),
             labels.label(labels.ASSET_STATUSES, mine.status)),
            (self.tr("Split &rule:"), self._rule_text(saved.default_rule),
             self._rule_text(mine.default_rule)),
            (self.tr("Owners"), self._owners_text(saved.owners), self._owners_text(mine.owners)),
            (self.tr("Members can &book it"), self.tr("Yes") if saved.bookable else self.tr("No"),
             self.tr("Yes") if mine.bookable else self.tr("No")),
            (self.tr("Sh&ortest booking:"), self._minutes_text(saved.min_booking_minutes),
             self._minutes_text(mine.min_booking_minutes)),
            (self.tr("Lon&gest booking:"), self._minutes_text(saved.max_booking_minutes),
             self._minutes_text(mine.max_booking_minutes)),
            (self.tr("Op&ening hours:"), saved.opening_hours, mine.opening_hours),
            (self.tr("Photo"), their_photo, my_photo),
        ]
        return [FieldVersions(plain_label(label), theirs_text, mine_text)
                for label, theirs_text, mine_text in both]

    def show_version(self, record: AssetRecord) -> None:
        self._base = editable_input(record)
        self._show(self._base)
        self._update_rule_fields()
        self._update_recovery()
        stored = get_asset_photo(self.db, record.id) if record.has_photo else None
        self.photo_field.set_photo(*(stored or (None, "")))

    def show_version_number(self, record: AssetRecord) -> None:
        # Whatever the form does not show is kept as they saved it.
        self._base = editable_input(record)

    def subject(self) -> str:
        name = self.record.name if self.record is not None else ""
        return self.tr("the asset “{name}”").format(name=name)


def _opening_hours(text: str) -> tuple[dt.time, dt.time] | None:
    try:
        return parse_opening_hours(text)
    except UsageError:  # the services never store such hours; shown unset all the same
        return None


def _completer(words: Sequence[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(sorted({w for w in words if w}, key=str.casefold), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer
