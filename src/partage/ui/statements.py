"""The Statements section: every member's draft for a period, and the issued invoices.

Drafts are computed on the worker thread; a chosen draft or invoice is shown in the
window itself (QtPdf), and can be printed, saved or opened in the system's viewer.
"Issue all" numbers every draft at once, off the GUI thread, with a progress bar and
Cancel; what is issued before Cancel stays issued, numbered without a gap. It asks first,
naming the period, the number of invoices and their total; for a period that has not
ended, the question is a warning whose button says so, Cancel being the default. Issuing
one draft (its PDF drawn and stored), voiding an invoice and recording a payment run off
the GUI thread too, as operations (``ui.operations``).
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QObject,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.i18n import format_date
from partage.rendering import renderer
from partage.services import invoicing
from partage.services.invoicing import InvoiceRecord
from partage.services.statements import (
    Statement,
    build_statements,
    draft_file_name,
    invoice_file_name,
)
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import (
    MONEY_CHANGES,
    LiveSection,
    credit_brush,
    fit_table,
    money_text,
    overdue_brush,
)
from partage.ui.costs.periods import PeriodPicker, QuickPeriod
from partage.ui.errors import show_error, show_read_error
from partage.ui.icons import icon
from partage.ui.operations import Operation, run_operation
from partage.ui.reading import LatestRead
from partage.ui.tables import (
    OBJECT_ROLE,
    Index,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
    sort_date,
)
from partage.ui.worker import Cancelled, JobControl

T = TypeVar("T")


# --- drafts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftRow:
    """A member's draft statement, and the live invoice already issued for it, if any."""

    statement: Statement
    invoiced: str

    @property
    def id(self) -> int:
        return self.statement.member_id


@dataclass(frozen=True)
class Drafts:
    """What the worker computed for a period."""

    start: dt.date
    end: dt.date
    rows: tuple[DraftRow, ...]
    invoices: tuple[InvoiceRecord, ...] = ()
    currency: str = "CAD"


def compute_drafts(db: Database, start: dt.date, end: dt.date) -> Drafts:
    """Every member's draft for [start, end], every invoice, and which of them already
    invoices a draft's period (worker side)."""
    from partage.services.document_settings import load

    statements = build_statements(db, start, end)
    invoices = tuple(invoicing.list_invoices(db))
    live = {
        r.member_id: r.number
        for r in invoices
        if r.kind == "invoice"
        and r.status != "void"
        and r.period_from <= end
        and r.period_to >= start
    }
    return Drafts(
        start,
        end,
        tuple(DraftRow(s, live.get(s.member_id, "")) for s in statements),
        invoices,
        load(db).currency,
    )


class DraftsModel(RecordTableModel):
    """One line per member's draft; ``OBJECT_ROLE`` gives the ``DraftRow``."""

    MEMBER, SHARE, TAXES, TOTAL, CREDITS, DUE, INVOICE, LANGUAGE = range(8)
    numeric_columns = frozenset({SHARE, TAXES, TOTAL, CREDITS, DUE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CAD"

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Member"),
            self.tr("Share of costs"),
            self.tr("Taxes"),
            self.tr("Invoice total"),
            self.tr("Payments and credits"),
            self.tr("Amount due"),
            self.tr("Invoice"),
            self.tr("Language"),
        )

    def display(self, record: DraftRow, column: int) -> str:
        s = record.statement
        if column == self.MEMBER:
            return s.member_name
        if column == self.LANGUAGE:
            return "Français" if s.language == "fr" else "English"
        if column == self.SHARE:
            return money_text(s.subtotal_cents, self.currency)
        if column == self.TAXES:
            return money_text(s.gst_cents + s.qst_cents, self.currency)
        if column == self.TOTAL:
            return money_text(s.total_cents, self.currency)
        if column == self.CREDITS:
            return money_text(s.credits_cents, self.currency)
        if column == self.DUE:
            return money_text(s.amount_due_cents, self.currency)
        if column == self.INVOICE:
            if record.invoiced:
                return record.invoiced
            return self.tr("nothing to invoice") if s.total_cents == 0 else self.tr("draft")
        return ""

    def sort_value(self, record: DraftRow, column: int) -> object:
        s = record.statement
        values = {
            self.SHARE: s.subtotal_cents,
            self.TAXES: s.gst_cents + s.qst_cents,
            self.TOTAL: s.total_cents,
            self.CREDITS: s.credits_cents,
            self.DUE: s.amount_due_cents,
        }
        if column in values:
            return values[column]
        return fold(self.display(record, column)) or None

    def search_text(self, record: DraftRow) -> str:
        return record.statement.member_name

    def is_hidden(self, record: DraftRow) -> bool:
        return False

    def foreground(self, record: DraftRow, column: int) -> QBrush | None:
        if column == self.DUE and record.statement.amount_due_cents < 0:
            return credit_brush()
        return None


# --- invoices -------------------------------------------------------------------------


class InvoicesModel(RecordTableModel):
    """Issued invoices and credit notes; ``OBJECT_ROLE`` gives the ``InvoiceRecord``."""

    NUMBER, MEMBER, PERIOD, ISSUED, DUE, TOTAL, PAID, STATUS = range(8)
    numeric_columns = frozenset({TOTAL, PAID})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CAD"
        self.today = dt.date.today()

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Number"),
            self.tr("Member"),
            self.tr("Period"),
            self.tr("Issued"),
            self.tr("Due"),
            self.tr("Total"),
            self.tr("Paid"),
            self.tr("Status"),
        )

    def status_text(self, record: InvoiceRecord) -> str:
        """The status in words, naming the other document of a void or a credit note."""
        if record.status == "void":
            return self.tr("Void (credit note {number})").format(number=record.credited_by)
        if record.status == "credit_note":
            return self.tr("Credit note for {number}").format(number=record.credits_number)
        if record.status == "paid":
            return self.tr("Paid")
        if record.status == "in_credit":
            return self.tr("In credit (nothing owed on it)")
        overdue = record.overdue(self.today)
        if record.paid_cents:
            return self.tr("Partly paid, overdue") if overdue else self.tr("Partly paid")
        return self.tr("Unpaid, overdue") if overdue else self.tr("Unpaid")

    def display(self, record: InvoiceRecord, column: int) -> str:
        if column == self.NUMBER:
            return record.number
        if column == self.MEMBER:
            return record.member_name
        if column == self.PERIOD:
            return self.tr("{start} – {end}").format(
                start=format_date(record.period_from), end=format_date(record.period_to)
            )
        if column == self.ISSUED:
            return format_date(record.issued_on)
        if column == self.DUE:
            return format_date(record.due_on) if record.kind == "invoice" else ""
        if column == self.TOTAL:
            return money_text(record.total_cents, self.currency)
        if column == self.PAID:
            return money_text(record.paid_cents, self.currency) if record.kind == "invoice" else ""
        if column == self.STATUS:
            return self.status_text(record)
        return ""

    def sort_value(self, record: InvoiceRecord, column: int) -> object:
        if column == self.NUMBER:
            return (record.number[:-5], record.number[-5:].rjust(8, "0"))
        if column in (self.PERIOD, self.ISSUED):
            return sort_date(record.period_from if column == self.PERIOD else record.issued_on)
        if column == self.DUE:
            return sort_date(record.due_on)
        if column == self.TOTAL:
            return record.total_cents
        if column == self.PAID:
            return record.paid_cents
        return fold(self.display(record, column)) or None

    def search_text(self, record: InvoiceRecord) -> str:
        return f"{record.number}\n{record.member_name}"

    def is_hidden(self, record: InvoiceRecord) -> bool:
        return False

    def tooltip(self, record: InvoiceRecord, column: int) -> str | None:
        return self.status_text(record) if column == self.STATUS else None

    def foreground(self, record: InvoiceRecord, column: int) -> QBrush | None:
        if column == self.STATUS and record.overdue(self.today):
            return overdue_brush()
        if column == self.STATUS and record.status in ("paid", "in_credit"):
            return credit_brush()
        return None


# --- the PDF pane ---------------------------------------------------------------------


class PdfPane(QWidget):
    """A PDF shown in the window, with Print, Save and Open in the system's viewer.

    Attributes:
        data: the PDF bytes shown (empty when nothing is).
        suggested_name: the file name offered by Save and used by Open.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.suggested_name = "statement.pdf"
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.title_label = QLabel(self.tr("Choose a statement or an invoice to see it here."), self)
        self.title_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("Sa&ve as…"), self)
        self.open_button = QPushButton(self.tr("Open in &viewer"), self)
        self.print_button.setIcon(icon("print"))
        self.save_button.setIcon(icon("save"))
        bar = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.open_button.clicked.connect(self.open_document)
        self._update_buttons()

    def show_pdf(self, data: bytes, title: str, suggested_name: str) -> None:
        """Show *data* under *title*."""
        self.document.close()
        self.data = data
        self.suggested_name = suggested_name
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.title_label.setText(title)
        self._update_buttons()

    def clear(self) -> None:
        """Show nothing."""
        self.document.close()
        self.data = b""
        self.title_label.setText(self.tr("Choose a statement or an invoice to see it here."))
        self._update_buttons()

    def page_count(self) -> int:
        """Pages of the document shown."""
        return self.document.pageCount()

    def _update_buttons(self) -> None:
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(bool(self.data))

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page on *printer*, at its resolution."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        finally:
            painter.end()

    def print_document(self) -> None:
        """File > Print: the system's print dialog, then every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.print_to(printer)

    def save_document(self) -> None:
        """Save the PDF where the person chooses."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self.suggested_name, self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.write_to(Path(name))

    def write_to(self, path: Path) -> bool:
        """Write the PDF to *path*; say so plainly when that fails."""
        try:
            path.write_bytes(self.data)
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

    def open_document(self) -> None:
        """Open the PDF in the system's viewer, from a temporary copy."""
        folder = Path(tempfile.mkdtemp(prefix="partage-"))
        path = folder / self.suggested_name
        if self.write_to(path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --- the section ----------------------------------------------------------------------


class StatementsView(LiveSection):
    """The Statements section.

    Attributes:
        drafts: the drafts shown, once computed.
    """

    watched = MONEY_CHANGES | Change.INVOICE | Change.SETTINGS

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.drafts: Drafts | None = None
        self.currency = "CAD"
        self._fitted = False
        self.reader = LatestRead(self._prepare, self)
        # The chosen draft drawn, or the chosen invoice's stored PDF read, on the worker.
        self._preview_wanted: DraftRow | InvoiceRecord | None = None
        self._invoice_to_choose = ""  # chosen once the invoices read list it
        self.previewer = LatestRead(self._prepare_preview, self, debounce_ms=50)

        self.period = PeriodPicker(allow_all=False, parent=self)
        self.period.set_choice(QuickPeriod.LAST_MONTH, self.clock())
        self.issue_button = QPushButton(self.tr("&Issue all…"), self)
        self.issue_button.setToolTip(
            self.tr("Give every draft with something to invoice a number and store it for good")
        )
        self.settings_button = QPushButton(self.tr("Organisation and &taxes…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy_bar.setAccessibleName(self.tr("Working out the statements"))
        self.summary_label = QLabel(self)
        self.result_label = QLabel(self)  # what the last issue did, until the period changes
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)

        self.drafts_model = DraftsModel(self)
        self.drafts_proxy = RecordFilterProxy(self)
        self.drafts_proxy.setSourceModel(self.drafts_model)
        self.drafts_table = RecordTableView(self)
        self.drafts_table.setModel(self.drafts_proxy)
        self.drafts_table.setAccessibleName(self.tr("Draft statements"))
        self.drafts_table.set_placeholder(self._drafts_placeholder)
        self.drafts_table.sortByColumn(DraftsModel.MEMBER, Qt.SortOrder.AscendingOrder)
        remember_columns(self.drafts_table, "statement-drafts")
        self.issue_one_button = QPushButton(self.tr("Issue &this one"), self)
        drafts_page = QWidget(self)
        drafts_layout = QVBoxLayout(drafts_page)
        drafts_layout.addWidget(self.drafts_table, 1)
        drafts_bar = QHBoxLayout()
        drafts_bar.addWidget(self.issue_one_button)
        drafts_bar.addStretch(1)
        drafts_layout.addLayout(drafts_bar)

        self.invoices_model = InvoicesModel(self)
        self.invoices_proxy = RecordFilterProxy(self)
        self.invoices_proxy.setSourceModel(self.invoices_model)
        self.invoices_table = RecordTableView(self)
        self.invoices_table.setModel(self.invoices_proxy)
        self.invoices_table.setAccessibleName(self.tr("Invoices"))
        self.invoices_table.set_placeholder(
            lambda: self.tr("No invoice issued yet: issue the drafts of a period.")
        )
        self.invoices_table.sortByColumn(InvoicesModel.NUMBER, Qt.SortOrder.DescendingOrder)
        remember_columns(self.invoices_table, "invoices")
        self.payment_button = QPushButton(self.tr("Record a &payment…"), self)
        self.void_button = QPushButton(self.tr("&Void (credit note)…"), self)
        invoices_page = QWidget(self)
        invoices_layout = QVBoxLayout(invoices_page)
        invoices_layout.addWidget(self.invoices_table, 1)
        invoices_bar = QHBoxLayout()
        invoices_bar.addWidget(self.payment_button)
        invoices_bar.addWidget(self.void_button)
        invoices_bar.addStretch(1)
        invoices_layout.addLayout(invoices_bar)
        for button in (
            self.issue_button,
            self.settings_button,
            self.issue_one_button,
            self.payment_button,
            self.void_button,
        ):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(drafts_page, self.tr("Drafts"))
        self.tabs.addTab(invoices_page, self.tr("Invoices"))
        self.preview = PdfPane(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 130, char * 90])
        self.splitter = splitter

        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.busy_bar)
        bar.addStretch(1)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.result_label)
        layout.addWidget(splitter, 1)

        self.reader.done.connect(self.show_drafts)
        self.reader.failed.connect(lambda error: show_read_error(self, error))
        self.reader.busy_changed.connect(self.busy_bar.setVisible)
        self.previewer.done.connect(lambda shown: self.preview.show_pdf(*shown))
        self.previewer.failed.connect(lambda error: show_read_error(self, error))
        self.period.changed.connect(self.reader.request)
        self.period.changed.connect(lambda: self.result_label.setVisible(False))
        self.drafts_table.selectionModel().currentRowChanged.connect(self._draft_chosen)
        self.invoices_table.selectionModel().currentRowChanged.connect(self._invoice_chosen)
        self.tabs.currentChanged.connect(lambda _: self._update_actions())
        self.issue_button.clicked.connect(self.issue_all)
        self.issue_one_button.clicked.connect(self.issue_selected)
        self.settings_button.clicked.connect(self.edit_settings)
        self.payment_button.clicked.connect(self.record_payment)
        self.void_button.clicked.connect(self.void_selected)
        self.busy_bar.setVisible(False)
        self._update_actions()

    # --- reading ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the drafts are being worked out, a preview drawn, or a write is
        under way."""
        return self.reader.busy or self.previewer.busy or self.writing

    def reload(self) -> None:
        """Work the drafts out, and read the invoices, on the worker."""
        self.invoices_model.today = self.clock()
        self.reader.request()
        self._update_actions()

    def set_clock_day(self) -> None:
        """Show last month as seen from ``clock`` (after replacing the clock)."""
        self.period.set_choice(QuickPeriod.LAST_MONTH, self.clock())

    def _prepare(self) -> Callable[[JobControl], Drafts]:
        db = self.db
        first, last = self.period.period()
        start, end = first or self.clock(), last or self.clock()

        def work(control: JobControl) -> Drafts:
            return compute_drafts(db, start, end)

        return work

    def show_drafts(self, drafts: Drafts) -> None:
        """Show *drafts*, their totals and the invoices."""
        self.drafts = drafts
        self.currency = drafts.currency
        self.drafts_model.currency = self.invoices_model.currency = self.currency
        self.invoices_model.set_records(list(drafts.invoices))
        if self._invoice_to_choose:
            self._choose_invoice(self._invoice_to_choose)
            self._invoice_to_choose = ""
        self.drafts_model.set_records(list(drafts.rows))
        to_issue = [r for r in drafts.rows if not r.invoiced and r.statement.total_cents]
        total = sum(r.statement.total_cents for r in drafts.rows)
        self.summary_label.setText(
            self.tr(
                "{start} – {end}: {count} statements, {total} to invoice; {ready} ready to issue."
            ).format(
                start=format_date(drafts.start),
                end=format_date(drafts.end),
                count=len(drafts.rows),
                total=money_text(total, self.currency),
                ready=len(to_issue),
            )
        )
        if not self._fitted and drafts.rows:
            fit_table(self.drafts_table)
            fit_table(self.invoices_table)
            self._fitted = True
        self._update_actions()

    def _drafts_placeholder(self) -> str:
        if self.drafts is None:
            return self.tr("Working out the statements…")
        return self.tr("No member belonged to the group in this period.")

    # --- choosing ----------------------------------------------------------------------

    def selected_draft(self) -> DraftRow | None:
        """The draft chosen in the Drafts table."""
        index = self.drafts_table.currentIndex()
        row = index.data(OBJECT_ROLE) if index.isValid() else None
        return row if isinstance(row, DraftRow) else None

    def selected_invoice(self) -> InvoiceRecord | None:
        """The invoice chosen in the Invoices table."""
        index = self.invoices_table.currentIndex()
        record = index.data(OBJECT_ROLE) if index.isValid() else None
        return record if isinstance(record, InvoiceRecord) else None

    def _draft_chosen(self, current: Index, _previous: Index) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        if isinstance(row, DraftRow):
            self.preview_draft(row)
        self._update_actions()

    def _invoice_chosen(self, current: Index, _previous: Index) -> None:
        record = current.data(OBJECT_ROLE) if current.isValid() else None
        if isinstance(record, InvoiceRecord):
            self.preview_invoice(record)
        self._update_actions()

    def preview_draft(self, row: DraftRow) -> None:
        """Show the draft PDF of *row* (drawn on the worker)."""
        self._preview_wanted = row
        self.previewer.request()

    def preview_invoice(self, record: InvoiceRecord) -> None:
        """Show the PDF stored when *record* was issued (read on the worker)."""
        self._preview_wanted = record
        self.previewer.request()

    def _prepare_preview(self) -> Callable[[JobControl], tuple[bytes, str, str]]:
        """What to draw or read for the preview chosen last, with its title and name."""
        db, wanted = self.db, self._preview_wanted
        if isinstance(wanted, DraftRow):
            statement = wanted.statement
            title = self.tr("Draft statement of {member}").format(member=statement.member_name)
            name = draft_file_name(statement)

            def draw(_control: JobControl) -> tuple[bytes, str, str]:
                return renderer().statement_pdf(statement), title, name

            return draw
        if isinstance(wanted, InvoiceRecord):
            number = wanted.number
            title = (
                self.tr("Credit note {number} — {member}")
                if wanted.kind == "credit_note"
                else self.tr("Invoice {number} — {member}")
            ).format(number=number, member=wanted.member_name)
            name = invoice_file_name(number, wanted.member_name)

            def read(_control: JobControl) -> tuple[bytes, str, str]:
                return invoicing.invoice_pdf(db, number), title, name

            return read
        raise ValueError("nothing chosen to preview")  # request() follows a choice

    def _update_actions(self) -> None:
        writable = not self.db.read_only and not self.writing
        ready = bool(
            self.drafts
            and any(not r.invoiced and r.statement.total_cents for r in self.drafts.rows)
        )
        self.issue_button.setEnabled(writable and ready)
        self.settings_button.setEnabled(writable)
        draft = self.selected_draft()
        self.issue_one_button.setEnabled(
            writable
            and draft is not None
            and not draft.invoiced
            and draft.statement.total_cents != 0
        )
        invoice = self.selected_invoice()
        live = invoice is not None and invoice.kind == "invoice" and invoice.status != "void"
        self.void_button.setEnabled(writable and live)
        unpaid = invoice is not None and invoice.status != "paid"
        self.payment_button.setEnabled(writable and live and unpaid)

    # --- actions -----------------------------------------------------------------------

    def long_date(self, day: dt.date) -> str:
        """*day* in words in the locale, without the weekday: "December 7, 2026"."""
        locale = QLocale()
        pattern = re.sub(r"d{4}[,\s]*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
        return locale.toString(QDate(day.year, day.month, day.day), pattern.strip())

    def period_words(self, start: dt.date, end: dt.date) -> str:
        """[start, end] in words in the locale: "December 1 – 31, 2026"."""
        if start == end:
            return self.long_date(start)
        locale = QLocale()
        if start.year == end.year:
            first_month = locale.monthName(start.month, QLocale.FormatType.LongFormat)
            if start.month == end.month:
                return self.tr("{month} {first} – {last}, {year}").format(
                    month=first_month, first=start.day, last=end.day, year=end.year
                )
            return self.tr("{first_month} {first} – {last_month} {last}, {year}").format(
                first_month=first_month,
                first=start.day,
                last_month=locale.monthName(end.month, QLocale.FormatType.LongFormat),
                last=end.day,
                year=end.year,
            )
        return QCoreApplication.translate("CostTexts", "{start} – {end}").format(
            start=self.long_date(start), end=self.long_date(end)
        )

    def issue_question(
        self, rows: Sequence[DraftRow], start: dt.date, end: dt.date
    ) -> tuple[QMessageBox, QAbstractButton]:
        """The confirmation for issuing *rows* for [start, end], and its button that issues.

        It names the period, the number of invoices and their total. When the period ends
        after today it is a warning that says so, and its issue button says it issues
        before the period ends; Cancel is the default either way.
        """
        period = self.period_words(start, end)
        total = money_text(sum(r.statement.total_cents for r in rows), self.currency)
        if len(rows) == 1:
            question = self.tr("Issue the invoice of {member} for {period}, {total}?").format(
                member=rows[0].statement.member_name, period=period, total=total
            )
        else:
            question = self.tr("Issue {count} invoices for {period}, {total} in all?").format(
                count=QLocale().toString(len(rows)), period=period, total=total
            )
        permanent = self.tr("Issued invoices are permanent: a correction takes a credit note.")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Issue invoices"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # member names are not markup
        box.setText(question)
        today = self.clock()
        if end > today:
            box.setIcon(QMessageBox.Icon.Warning)
            warning = self.tr(
                "The period {period} has not ended: today is {today}. Its invoices would "
                "leave out every cost, booking and payment from now until {end}."
            ).format(period=period, today=self.long_date(today), end=self.long_date(end))
            box.setInformativeText(f"{warning}\n\n{permanent}")
            accept = box.addButton(
                self.tr("Issue before the period ends"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            box.setIcon(QMessageBox.Icon.Question)
            box.setInformativeText(permanent)
            accept = box.addButton(QMessageBox.StandardButton.Yes)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box, accept

    def _confirm_issue(self, rows: Sequence[DraftRow], start: dt.date, end: dt.date) -> bool:
        box, accept = self.issue_question(rows, start, end)
        try:
            box.exec()
            return box.clickedButton() is accept
        finally:
            box.deleteLater()

    def issue_all(
        self, *, confirm: bool = True, allow_open_period: bool = False
    ) -> Operation[invoicing.BatchResult] | None:
        """Issue every draft of the period, off the GUI thread, with progress and Cancel.

        With *confirm*, the person is asked first; a period that ends after today is
        issued only once they chose to issue it before it ends. Without, a period that
        ends after today is refused unless *allow_open_period*.

        Returns:
            The operation issuing them, or None when nothing is issued (nothing ready,
            a write under way, or the person said no). Once it reports back, the section
            says what was issued.
        """
        if self.drafts is None or self.writing:
            return None
        ready = [r for r in self.drafts.rows if not r.invoiced and r.statement.total_cents]
        if not ready:
            return None
        db, start, end = self.db, self.drafts.start, self.drafts.end
        if confirm:
            if not self._confirm_issue(ready, start, end):
                return None
            # Only the warning, accepted, lets an open period through.
            allow_open_period = allow_open_period or end > self.clock()
        ids = [r.statement.member_id for r in ready]
        issued_on = self.clock()

        def work(control: JobControl) -> invoicing.BatchResult:
            return invoicing.issue_all(
                db,
                start,
                end,
                member_ids=ids,
                issued_on=issued_on,
                progress=control.report,
                cancelled=lambda: control.cancelled,
                allow_open_period=allow_open_period,
            )

        def issued(result: invoicing.BatchResult) -> None:
            self._written()
            self._report(result)

        return self._run_write(work, issued, progress_title=self.tr("Issuing invoices"),
                               progress_label=self.tr("Issuing the invoices…"))

    def _run_write(self, work: Callable[[JobControl], T], on_done: Callable[[T], object], *,
                   progress_title: str = "", progress_label: str = "") -> Operation[T]:
        """Run *work* as this section's operation; the lists are read again after it,
        whether it succeeded or not."""

        def failed(error: BaseException) -> None:
            self._written()
            if not isinstance(error, Cancelled):
                show_error(self, error)

        operation = run_operation(
            self, self.bus, work, on_done=on_done, on_error=failed,
            progress_title=progress_title, progress_label=progress_label,
        )
        self.operation = operation
        self._update_actions()
        return operation

    def _written(self) -> None:
        self.operation = None
        self.refresh()
        self._update_actions()

    def _report(self, result: invoicing.BatchResult) -> None:
        numbers = [r.number for r in result.issued]
        if numbers:
            text = self.tr("%n invoice(s) issued, {first} to {last}.", "", len(numbers)).format(
                first=numbers[0], last=numbers[-1]
            )
        else:
            text = self.tr("No invoice was issued.")
        if result.cancelled:
            text += " " + self.tr("Stopped before the end: the rest are still drafts.")
        if result.skipped:
            text += " " + self.tr(
                "%n skipped (nothing to invoice, or already invoiced).", "", len(result.skipped)
            )
        self.result_label.setText(text)
        self.result_label.setVisible(True)

    def issue_selected(self) -> Operation[InvoiceRecord] | None:
        """Issue the chosen draft; its PDF is drawn and stored off the GUI thread."""
        row = self.selected_draft()
        if row is None or self.writing:
            return None
        statement = row.statement
        if not self._confirm_issue([row], statement.start, statement.end):
            return None
        db, open_period = self.db, statement.end > self.clock()

        def issued(record: InvoiceRecord) -> None:
            self._written()
            self.tabs.setCurrentIndex(1)
            self.select_invoice(record.number)

        return self._run_write(
            lambda _control: invoicing.issue(db, statement, allow_open_period=open_period),
            issued,
        )

    def select_invoice(self, number: str) -> None:
        """Choose invoice *number* in the Invoices table (and preview it); one just
        issued is chosen once the reload under way lists it."""
        self._invoice_to_choose = "" if self._choose_invoice(number) else number

    def _choose_invoice(self, number: str) -> bool:
        for row in range(self.invoices_proxy.rowCount()):
            index = self.invoices_proxy.index(row, 0)
            record = index.data(OBJECT_ROLE)
            if isinstance(record, InvoiceRecord) and record.number == number:
                self.invoices_table.setCurrentIndex(index)
                return True
        return False

    def void_selected(self, *, confirm: bool = True) -> Operation[InvoiceRecord] | None:
        """Void the chosen invoice with a credit note (issued off the GUI thread)."""
        invoice = self.selected_invoice()
        if invoice is None or self.writing:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Void an invoice"),
                self.tr(
                    "Void invoice {number} of {member}? A credit note of {amount} is "
                    "issued; the period can then be invoiced again."
                ).format(
                    number=invoice.number,
                    member=invoice.member_name,
                    amount=money_text(-invoice.total_cents, self.currency),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        db, number, today = self.db, invoice.number, self.clock()

        def voided(credit: InvoiceRecord) -> None:
            self._written()
            self.select_invoice(credit.number)

        return self._run_write(lambda _control: invoicing.void(db, number, issued_on=today), voided)

    def record_payment(self) -> None:
        """Record a payment against the chosen invoice."""
        from partage.ui.costs.payment_dialog import PaymentDialog

        invoice = self.selected_invoice()
        if invoice is None:
            return
        dialog = PaymentDialog(
            self.db,
            self.bus,
            self,
            day=self.clock(),
            member_id=invoice.member_id,
            invoice_number=invoice.number,
            amount_cents=max(0, invoice.total_cents - invoice.paid_cents),
        )
        if dialog.exec():
            self.refresh()

    def edit_settings(self) -> None:
        """Edit the organisation's details, numbering and taxes."""
        from partage.ui.document_settings_dialog import DocumentSettingsDialog

        if DocumentSettingsDialog(self.db, self.bus, self).exec():
            self.refresh()
