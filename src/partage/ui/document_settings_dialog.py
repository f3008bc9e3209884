"""The organisation's details and invoicing choices: what every statement prints."""

from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import QT_TRANSLATE_NOOP, PartageError, ValidationError
from partage.i18n import error_text, format_date
from partage.services import document_settings, governance
from partage.services.document_settings import (
    CURRENCIES,
    DocumentSettings,
    format_rate,
    parse_rate,
    time_zones,
)
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.operations import Operation, run_operation
from partage.ui.record_dialog import RecordDialog
from partage.ui.widgets import DATE_FORMAT, DateEdit, FormFeedback, text_box_height


def _rate_of(field: str, text: str) -> int:
    """A typed rate, its error naming *field* (the service names every rate "rate")."""
    try:
        return parse_rate(text)
    except ValidationError as error:
        error.field = field
        raise


class DocumentSettingsDialog(RecordDialog):
    """Organisation, invoices and taxes, on three tabs; saved in one write."""

    kind = Change.SETTINGS

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        # A setting another program spoiled shows its default, so that saving mends it.
        current = document_settings.load_editable(db)
        super().__init__(db, bus, current, parent)
        self.setWindowTitle(self.tr("Organisation and invoices"))
        self.logo = current.logo
        char = self.fontMetrics().averageCharWidth()

        # General: the currency and the time zone of the whole database
        self.currency_combo = QComboBox(self)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        names = self.currency_names()
        for code in CURRENCIES:
            self.currency_combo.addItem(f"{code} — {names[code]}", code)
        if self.currency_combo.findData(current.currency) < 0:  # chosen at creation
            self.currency_combo.addItem(current.currency, current.currency)
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(current.currency))
        self.currency_note = QLabel(
            self.tr("Amounts are not converted: changing the currency changes only how "
                    "every amount is shown and printed."),
            self,
        )
        self.currency_note.setWordWrap(True)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        self.zone_combo.addItems(time_zones())
        self.zone_combo.setMaxVisibleItems(20)
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "paris", "montr"
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentText(current.timezone)
        self.zone_combo.setMinimumWidth(char * 32)
        self.zone_note = QLabel(self)
        self.zone_note.setWordWrap(True)
        self.zone_note.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.zone_combo.currentTextChanged.connect(self._zone_changed)
        self._zone_changed(current.timezone)

        # Organisation
        self.name_edit = QLineEdit(current.name, self)
        self.name_edit.setAccessibleName(self.tr("Organisation name"))
        self.address_edit = QPlainTextEdit(current.address, self)
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(text_box_height(self.address_edit, 3))
        self.email_edit = QLineEdit(current.email, self)
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.phone_edit = QLineEdit(current.phone, self)
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.logo_preview = QLabel(self)
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.logo_preview.setMinimumSize(char * 20, char * 6)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo_button = QPushButton(self.tr("C&hoose…"), self)
        self.clear_logo_button = QPushButton(self.tr("&Remove"), self)
        for button in (self.choose_logo_button, self.clear_logo_button):
            button.setAutoDefault(False)
        logo_row = QWidget(self)
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.clear_logo_button)
        buttons.addStretch(1)
        logo_layout.addLayout(buttons)
        logo_layout.addStretch(1)
        logo_row.setFocusProxy(self.choose_logo_button)

        # Invoices
        self.prefix_edit = QLineEdit(current.invoice_prefix, self)
        self.prefix_edit.setAccessibleName(self.tr("Invoice prefix"))
        self.prefix_edit.setMaxLength(12)
        self.prefix_edit.setPlaceholderText(self.tr("none: 2026-0001"))
        self.terms_spin = QSpinBox(self)
        self.terms_spin.setAccessibleName(self.tr("Payment terms"))
        self.terms_spin.setRange(0, document_settings.MAX_TERMS_DAYS)
        self.terms_spin.setValue(current.payment_terms_days)
        self.terms_spin.setSuffix(self.tr(" days"))
        self.instructions_edit = QPlainTextEdit(current.payment_instructions, self)
        self.instructions_edit.setAccessibleName(self.tr("Payment instructions"))
        self.instructions_edit.setTabChangesFocus(True)
        self.instructions_edit.setFixedHeight(text_box_height(self.instructions_edit, 3))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Default language of documents"))
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))

        # Taxes
        self.taxes_check = QCheckBox(self.tr("The group collects &GST and QST"), self)
        self.taxes_check.setChecked(current.taxes_enabled)
        self.gst_number_edit = QLineEdit(current.gst_number, self)
        self.gst_number_edit.setAccessibleName(self.tr("GST registration number"))
        self.gst_number_edit.setPlaceholderText("123456789 RT0001")
        self.gst_rate_edit = QLineEdit(self._rate(current.gst_rate), self)
        self.gst_rate_edit.setAccessibleName(self.tr("GST rate (%)"))
        self.qst_number_edit = QLineEdit(current.qst_number, self)
        self.qst_number_edit.setAccessibleName(self.tr("QST registration number"))
        self.qst_number_edit.setPlaceholderText("1234567890 TQ0001")
        self.qst_rate_edit = QLineEdit(self._rate(current.qst_rate), self)
        self.qst_rate_edit.setAccessibleName(self.tr("QST rate (%)"))
        for edit in (self.gst_rate_edit, self.qst_rate_edit):
            edit.setMaximumWidth(char * 10)
        self.taxes_note = QLabel(
            self.tr("Both taxes are computed on the subtotal of each invoice and rounded to "
                    "the cent. Leave this off if the group is not registered."),
            self,
        )
        self.taxes_note.setWordWrap(True)

        # Access and closing
        self.coordinators_before = governance.coordinators(db)
        self._coordinators_saved: list[list[str]] = []  # by the save under way
        self.coordinators_edit = QPlainTextEdit("\n".join(self.coordinators_before), self)
        self.coordinators_edit.setAccessibleName(self.tr("Coordinators"))
        self.coordinators_edit.setTabChangesFocus(True)
        self.coordinators_edit.setFixedHeight(text_box_height(self.coordinators_edit, 4))
        self.coordinators_note = QLabel(
            self.tr("One login per line. Only coordinators issue or void invoices, change "
                    "these settings and close periods; while nobody is named, everyone may. "
                    "You are signed in as “{user}”. On a shared file the real boundary is "
                    "the share's permissions; on PostgreSQL, the server's roles.").format(
                        user=db.actor.os_user),
            self,
        )
        self.coordinators_note.setWordWrap(True)
        # A wrapped label's height is not asked by the tab widget: give it its lines.
        self.coordinators_note.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        closed = governance.closed_through(db)
        self.closed_label = QLabel(
            self.tr("The books are closed through {day}.").format(day=format_date(closed))
            if closed else self.tr("No period is closed."),
            self,
        )
        self.close_date = DateEdit(self)
        self.close_date.setDisplayFormat(DATE_FORMAT)
        self.close_date.setCalendarPopup(True)
        self.close_date.setAccessibleName(self.tr("Close the books through"))
        last_month_end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        self.close_date.setDate(QDate(last_month_end.year, last_month_end.month,
                                      last_month_end.day))
        self.close_button = QPushButton(self.tr("&Close the books through this day…"), self)
        self.close_button.setAutoDefault(False)
        close_row = QWidget(self)
        close_layout = QHBoxLayout(close_row)
        close_layout.setContentsMargins(0, 0, 0, 0)
        close_layout.addWidget(self.close_date)
        close_layout.addWidget(self.close_button)
        close_layout.addStretch(1)
        close_row.setFocusProxy(self.close_date)

        tabs = QTabWidget(self)
        organisation_page, invoices_page, taxes_page = QWidget(), QWidget(), QWidget()
        access_page, general_page = QWidget(), QWidget()
        general_form = QFormLayout(general_page)
        access_form = QFormLayout(access_page)
        organisation_form = QFormLayout(organisation_page)
        invoices_form = QFormLayout(invoices_page)
        taxes_form = QFormLayout(taxes_page)
        feedback = FormFeedback(organisation_form, self.banner)
        feedback.add_field("name", self.name_edit, self.tr("&Name:"))
        feedback.add_field("address", self.address_edit, self.tr("&Address:"))
        feedback.add_field("email", self.email_edit, self.tr("&Email:"))
        feedback.add_field("phone", self.phone_edit, self.tr("&Phone:"))
        feedback.add_field("logo", logo_row, self.tr("&Logo:"))
        feedback.add_field("currency", self.currency_combo, self.tr("C&urrency:"), general_form)
        general_form.addRow("", self.currency_note)
        feedback.add_field("timezone", self.zone_combo, self.tr("Time &zone:"), general_form)
        general_form.addRow("", self.zone_note)
        feedback.add_field("invoice_prefix", self.prefix_edit, self.tr("Invoice &prefix:"),
                           invoices_form)
        feedback.add_field("payment_terms_days", self.terms_spin, self.tr("Payment &terms:"),
                           invoices_form)
        feedback.add_field("payment_instructions", self.instructions_edit,
                           self.tr("How to &pay:"), invoices_form)
        feedback.add_field("language", self.language_combo, self.tr("Default &language:"),
                           invoices_form)
        feedback.add_field("taxes", self.taxes_check, "", taxes_form)
        feedback.add_field("gst_number", self.gst_number_edit, self.tr("GST &number:"),
                           taxes_form)
        feedback.add_field("gst_rate", self.gst_rate_edit, self.tr("GST &rate (%):"), taxes_form)
        feedback.add_field("qst_number", self.qst_number_edit, self.tr("QST n&umber:"),
                           taxes_form)
        feedback.add_field("qst_rate", self.qst_rate_edit, self.tr("QST r&ate (%):"), taxes_form)
        taxes_form.addRow(self.taxes_note)
        feedback.add_field("coordinators", self.coordinators_edit, self.tr("C&oordinators:"),
                           access_form)
        access_form.addRow(self.coordinators_note)
        access_form.addRow("", self.closed_label)
        feedback.add_field("closed_through", close_row, self.tr("Closing:"), access_form)
        tabs.addTab(organisation_page, self.tr("Organisation"))
        tabs.addTab(general_page, self.tr("Currency and time zone"))
        tabs.addTab(invoices_page, self.tr("Invoices"))
        tabs.addTab(taxes_page, self.tr("Taxes"))
        tabs.addTab(access_page, self.tr("Access and closing"))
        self.tabs = tabs
        self._pages = {"organisation": 0, "general": 1, "invoices": 2, "taxes": 3, "access": 4}
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.banner)
        layout.addWidget(self.init_feedback(feedback))
        self.ok_button().setText(self.tr("Save"))
        # Wide enough for every tab's title without scroll arrows (French titles are longer).
        margins = layout.contentsMargins()
        tab_titles = tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + char * 2
        self.setMinimumWidth(max(char * 90, tab_titles))

        self.close_button.clicked.connect(self.close_books)
        if not governance.is_coordinator(db):
            self.ok_button().setEnabled(False)
            self.close_button.setEnabled(False)
            feedback.show(self.tr("Only a coordinator can change these settings."))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button.clicked.connect(lambda: self.set_logo(b""))
        self.taxes_check.toggled.connect(self._taxes_toggled)
        self._taxes_toggled(self.taxes_check.isChecked())
        self.set_logo(self.logo)
        self.name_edit.setFocus()

    def currency_names(self) -> dict[str, str]:
        """The translated name of each currency offered."""
        return {
            "CAD": self.tr("Canadian dollar"), "USD": self.tr("US dollar"),
            "EUR": self.tr("Euro"), "GBP": self.tr("Pound sterling"),
            "CHF": self.tr("Swiss franc"), "MXN": self.tr("Mexican peso"),
            "AUD": self.tr("Australian dollar"), "NZD": self.tr("New Zealand dollar"),
            "HTG": self.tr("Haitian gourde"), "MAD": self.tr("Moroccan dirham"),
            "SEK": self.tr("Swedish krona"), "NOK": self.tr("Norwegian krone"),
            "DKK": self.tr("Danish krone"),
        }

    def _zone_changed(self, name: str) -> None:
        """Say what the zone means, with an example when it differs from the saved one."""
        text = self.tr(
            "Bookings are stored as moments in universal time (UTC) and shown, entered "
            "and repeated in this zone, daylight saving included. Choose where the group "
            "is."
        )
        before = self.record.timezone if isinstance(self.record, DocumentSettings) else ""
        old: zoneinfo.ZoneInfo | None = None
        new: zoneinfo.ZoneInfo | None = None
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            old, new = zoneinfo.ZoneInfo(before), zoneinfo.ZoneInfo(name.strip())
        if old is not None and new is not None and before != name.strip():
            moment = dt.datetime.combine(dt.date.today(), dt.time(9), old)
            shown = moment.astimezone(new)
            text += " " + self.tr(
                "Changing it moves how every booking is shown: one at 9:00 in {old} will "
                "show at {time} in {new}."
            ).format(old=before, new=name.strip(), time=shown.strftime("%H:%M"))
        self.zone_note.setText(text)

    def _rate(self, rate: int) -> str:
        return format_rate(rate, self.locale().decimalPoint())

    def _taxes_toggled(self, on: bool) -> None:
        for edit in (self.gst_number_edit, self.gst_rate_edit, self.qst_number_edit,
                     self.qst_rate_edit):
            edit.setEnabled(on)

    def set_logo(self, data: bytes) -> None:
        """Show *data* (PNG or JPEG bytes, or nothing) as the logo to save."""
        self.logo = data
        self.clear_logo_button.setEnabled(bool(data))
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo_preview.setPixmap(
                pixmap.scaled(self.logo_preview.minimumSize(),
                              Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def choose_logo(self) -> None:
        """Pick a PNG or JPEG file as the logo."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        try:
            # Bounded (a device or a huge file is refused at once) and checked as an
            # image of a sane pixel size, as ``settings set logo`` does.
            data = document_settings.read_logo(Path(name))
        except PartageError as error:
            self.feedback.show(error_text(error), "logo")
            return
        self.set_logo(data)

    def close_books(self, *, confirm: bool = True) -> Operation[dt.date] | None:
        """Close the books through the chosen day, after saying what that means; the
        write runs off the GUI thread (None when the person said no)."""
        if self.saving:
            return None
        day = self.close_date.date()
        through = dt.date(day.year(), day.month(), day.day())
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Close the books"),
                self.tr("Close the books through {day}? Costs, payments and bookings dated "
                        "then or before can no longer be added, changed or removed; this "
                        "cannot be undone.").format(day=format_date(through)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.feedback.clear()
        db = self.db
        self.operation = run_operation(
            self, self.bus, lambda _control: governance.close_period(db, through),
            on_done=self._books_closed, on_error=self._books_not_closed,
            lock=[self.buttons, self.close_button],
        )
        return self.operation

    def _books_closed(self, through: dt.date) -> None:
        self.operation = None
        self.closed_label.setText(
            self.tr("The books are closed through {day}.").format(day=format_date(through)))

    def _books_not_closed(self, error: BaseException) -> None:
        self.operation = None
        if isinstance(error, ValidationError):
            self.feedback.show(error_text(error), "closed_through")
        elif isinstance(error, PartageError):
            self.feedback.show(error_text(error))
        else:
            show_error(self, error)

    def show_page_of(self, field: str) -> None:
        """Bring the tab holding *field* forward."""
        organisation = {"name", "address", "email", "phone", "logo"}
        general = {"currency", "timezone"}
        taxes = {"taxes", "gst_number", "gst_rate", "qst_number", "qst_rate", "rate"}
        access = {"coordinators", "closed_through"}
        page = ("organisation" if field in organisation else "general" if field in general
                else "taxes" if field in taxes else "access" if field in access
                else "invoices")
        self.tabs.setCurrentIndex(self._pages[page])

    def settings(self) -> DocumentSettings:
        """The settings as typed (not yet checked by the service)."""
        return DocumentSettings(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            logo=self.logo,
            currency=str(self.currency_combo.currentData()),
            timezone=self.zone_combo.currentText().strip(),
            language=str(self.language_combo.currentData()),
            invoice_prefix=self.prefix_edit.text(),
            payment_terms_days=self.terms_spin.value(),
            payment_instructions=self.instructions_edit.toPlainText(),
            taxes_enabled=self.taxes_check.isChecked(),
            gst_number=self.gst_number_edit.text(),
            qst_number=self.qst_number_edit.text(),
            gst_rate=_rate_of("gst_rate", self.gst_rate_edit.text()),
            qst_rate=_rate_of("qst_rate", self.qst_rate_edit.text()),
        )

    def prepare_save(self) -> Callable[[], DocumentSettings]:
        typed = self.settings()
        if typed.taxes_enabled and not (typed.gst_number.strip() or typed.qst_number.strip()):
            raise ValidationError(
                "gst_number",
                QT_TRANSLATE_NOOP(
                    "errors", "Give the registration numbers the invoices must show."
                ),
            )
        db = self.db
        logins = self.coordinators_edit.toPlainText().split()
        coordinators_saved: list[list[str]] = []
        self._coordinators_saved = coordinators_saved
        new_coordinators = sorted(logins) != sorted(self.coordinators_before)

        def save() -> DocumentSettings:
            if new_coordinators:
                governance.set_coordinators(db, logins)
                coordinators_saved.append(logins)  # read once the operation reported back
            return document_settings.save(db, typed)

        return save

    def save_refused(self, error: BaseException) -> None:
        # The coordinators are saved first: a refusal of the rest leaves them saved.
        for logins in self._coordinators_saved:
            self.coordinators_before = logins
        self._coordinators_saved = []
        if isinstance(error, ValidationError):
            self.show_page_of(error.field)
