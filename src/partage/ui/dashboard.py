"""The Dashboard: what needs attention now, the ledger of today, and four charts of a
period (QtCharts).

The attention list reads at once (a few indexed queries); the ledger's totals and the
charts' figures, which split the costs, are worked out on the worker thread.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
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
from partage.i18n import format_date, format_money
from partage.services.dashboard import (
    OVERHEAD,
    AttentionItem,
    Figures,
    LedgerTotals,
    attention,
    figures,
    ledger_totals,
)
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import (
    MONEY_CHANGES,
    LiveSection,
    credit_brush,
    due_brush,
    fit_table,
    overdue_brush,
)
from partage.ui.costs.periods import PeriodPicker, QuickPeriod
from partage.ui.errors import show_read_error
from partage.ui.icons import icon
from partage.ui.reading import LatestRead
from partage.ui.tables import (
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
    sort_date,
)
from partage.ui.worker import JobControl

TOP = 8  # series drawn one by one in the stacked charts; the rest are summed


class AttentionModel(RecordTableModel):
    """What needs attention; ``OBJECT_ROLE`` gives the ``AttentionItem``."""

    WHAT, SUBJECT, WHO, DAY, STATE = range(5)

    def column_titles(self) -> Sequence[str]:
        return (self.tr("What"), self.tr("Subject"), self.tr("Who"), self.tr("Date"),
                self.tr("State"))

    def kind_text(self, item: AttentionItem) -> str:
        return {
            "overdue_loan": self.tr("Loan not returned"),
            "maintenance": self.tr("Maintenance"),
            "renewal": self.tr("Insurance renewal"),
            "unpaid_invoice": self.tr("Unpaid invoice"),
        }.get(item.kind, item.kind)

    def display(self, record: AttentionItem, column: int) -> str:
        if column == self.WHAT:
            return self.kind_text(record)
        if column == self.SUBJECT:
            return record.subject
        if column == self.WHO:
            return record.who
        if column == self.DAY:
            return format_date(record.day)
        if column == self.STATE:
            return self.tr("Overdue") if record.overdue else self.tr("Coming")
        return ""

    def sort_value(self, record: AttentionItem, column: int) -> object:
        if column == self.DAY:
            return sort_date(record.day)
        return fold(self.display(record, column)) or None

    def search_text(self, record: AttentionItem) -> str:
        return f"{record.subject}\n{record.who}"

    def is_hidden(self, record: AttentionItem) -> bool:
        return False

    def foreground(self, record: AttentionItem, column: int) -> QBrush | None:
        if column == self.STATE:
            return overdue_brush() if record.overdue else due_brush()
        return None

    def id_of(self, record: AttentionItem) -> object:
        return record.reference


class LedgerCard(QGroupBox):
    """The ledger of a day in a few lines: what the members were charged, invoiced, taxed
    and paid, what they owe in all and what the group owes them, and whether the charges
    are what the costs allocate.

    Attributes:
        totals: the totals shown, once read.
        amounts: the label showing each amount, by name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ledger"), parent)
        self.totals: LedgerTotals | None = None
        self.currency = "CAD"
        self.day_label = QLabel(self.tr("Working out the ledger…"), self)
        self.day_label.setWordWrap(True)
        rows = (
            ("charges", self.tr("Charged to members"), 0),
            ("invoiced", self.tr("Invoiced"), 1),
            ("uninvoiced", self.tr("Not yet invoiced"), 1),
            ("taxes", self.tr("Taxes"), 0),
            ("entries", self.tr("Opening balances and adjustments"), 0),
            ("payments", self.tr("Payments received"), 0),
            ("expenses", self.tr("Expenses paid by members"), 0),
            ("", "", 0),
            ("members_owe", self.tr("Members owe the group"), 0),
            ("group_owes", self.tr("The group owes members"), 0),
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        indent = self.fontMetrics().averageCharWidth() * 3
        self.amounts: dict[str, QLabel] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (name, text, level) in enumerate(rows):
            if not name:  # what is owed, under a rule
                rule = QFrame(self)
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setFrameShadow(QFrame.Shadow.Sunken)
                grid.addWidget(rule, row, 0, 1, 2)
                continue
            label = QLabel(text, self)
            label.setIndent(indent * level)
            amount = QLabel(self)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            amount.setAccessibleName(text)
            if name in ("members_owe", "group_owes"):
                label.setFont(bold)
                amount.setFont(bold)
            grid.addWidget(label, row, 0)
            grid.addWidget(amount, row, 1)
            self.amounts[name] = amount
        self.reconciled_label = QLabel(self)
        self.reconciled_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_label)
        layout.addLayout(grid)
        layout.addWidget(self.reconciled_label)

    def show_totals(self, totals: LedgerTotals, currency: str) -> None:
        """Show *totals*, amounts in *currency*."""
        self.totals = totals
        self.currency = currency
        self.day_label.setText(self.tr("Every member's account at the end of {day}.").format(
            day=format_date(totals.day)))
        values = {
            "charges": totals.charges_cents,
            "invoiced": totals.invoiced_cents,
            "uninvoiced": totals.uninvoiced_cents,
            "taxes": totals.tax_cents,
            "entries": totals.entries_cents,
            "payments": totals.payments_cents,
            "expenses": totals.expenses_cents,
            "members_owe": totals.members_owe_cents,
            "group_owes": totals.group_owes_cents,
        }
        for name, cents in values.items():
            self.amounts[name].setText(self.money(cents))
        check = totals.reconciliation
        palette = self.reconciled_label.palette()
        if check.reconciles:
            self.reconciled_label.setText(
                self.tr("Reconciles: the members are charged what the costs allocate, "
                        "{amount}.").format(amount=self.money(check.allocated_cents)))
            palette.setBrush(QPalette.ColorRole.WindowText, credit_brush())
        else:
            self.reconciled_label.setText(
                self.tr("Does not reconcile: the members are charged {charged} but the costs "
                        "allocate {allocated}, a difference of {difference}.").format(
                    charged=self.money(check.charged_cents),
                    allocated=self.money(check.allocated_cents),
                    difference=self.money(check.difference_cents)))
            palette.setBrush(QPalette.ColorRole.WindowText, overdue_brush())
        self.reconciled_label.setPalette(palette)

    def money(self, cents: int) -> str:
        """*cents* in the locale and the database's currency."""
        return format_money(cents, currency=self.currency)

    def texts(self) -> dict[str, str]:
        """Each amount as shown, by name."""
        return {name: label.text() for name, label in self.amounts.items()}


def _month_labels(months: Sequence[dt.date]) -> list[str]:
    """Short month names in the language in use; the year too when the period spans two."""
    locale = QLocale()
    years = {m.year for m in months}
    form = "MMM" if len(years) == 1 else "MMM yy"
    return [locale.toString(QDate(m.year, m.month, 1), form) for m in months]


class DashboardView(LiveSection):
    """The Dashboard section.

    Attributes:
        figures: the charts' figures, once worked out.
        charts: the four charts by name: utilisation, assets, members, per_use.
    """

    watched = MONEY_CHANGES | Change.INVOICE

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self._attention_read = False  # the placeholder says "looking" until the first read
        self.figures: Figures | None = None
        self.currency = "CAD"
        self.reader = LatestRead(self._prepare, self)
        self.ledger_reader = LatestRead(self._prepare_ledger, self)
        self.period = PeriodPicker(allow_all=False, parent=self)
        self.period.set_choice(QuickPeriod.THIS_YEAR, self.clock())
        self.export_button = QPushButton(self.tr("E&xport chart as PNG…"), self)
        self.export_button.setIcon(icon("export"))
        self.export_button.setAutoDefault(False)
        self.export_button.setAccessibleName(self.tr("Export chart as PNG"))
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy_bar.setAccessibleName(self.tr("Working out the figures"))

        self.attention_model = AttentionModel(self)
        self.attention_proxy = RecordFilterProxy(self)
        self.attention_proxy.setSourceModel(self.attention_model)
        self.attention_table = RecordTableView(self)
        self.attention_table.setModel(self.attention_proxy)
        self.attention_table.setAccessibleName(self.tr("Needs attention"))
        self.attention_table.set_placeholder(
            lambda: self.tr("Nothing needs attention today.")
            if self._attention_read
            else self.tr("Looking for what needs attention…")
        )
        self.attention_table.sortByColumn(AttentionModel.DAY, Qt.SortOrder.AscendingOrder)
        remember_columns(self.attention_table, "dashboard-attention")
        attention_box = QGroupBox(self.tr("Needs attention"), self)
        attention_layout = QVBoxLayout(attention_box)
        attention_layout.addWidget(self.attention_table)
        self.ledger_card = LedgerCard(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(attention_box, 1)
        left_layout.addWidget(self.ledger_card)

        self.charts: dict[str, QChartView] = {}
        self.tabs = QTabWidget(self)
        for name, title in (
            ("utilisation", self.tr("Utilisation")),
            ("assets", self.tr("Cost per asset")),
            ("members", self.tr("Cost per member")),
            ("per_use", self.tr("Cost per use")),
        ):
            view = QChartView(QChart(), self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setAccessibleName(title)
            self.charts[name] = view
            self.tabs.addTab(view, title)
        charts_box = QWidget(self)
        charts_layout = QVBoxLayout(charts_box)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.tabs)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(charts_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 90, char * 140])
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.busy_bar)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note_label)

        self.reader.done.connect(self.show_figures)
        self.reader.failed.connect(lambda error: show_read_error(self, error))
        self.ledger_reader.done.connect(self.show_ledger)
        self.ledger_reader.failed.connect(lambda error: show_read_error(self, error))
        for reader in (self.reader, self.ledger_reader):
            reader.busy_changed.connect(lambda _busy: self.busy_bar.setVisible(self.busy))
        self.period.changed.connect(self.reader.request)
        self.export_button.clicked.connect(self.export_chart)
        self.busy_bar.setVisible(False)
        self._fitted = False

    # --- reading ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the figures or the ledger are being worked out."""
        return self.reader.busy or self.ledger_reader.busy

    def set_clock_day(self) -> None:
        """This year as seen from ``clock`` (after replacing the clock)."""
        self.period.set_choice(QuickPeriod.THIS_YEAR, self.clock())

    def reload(self) -> None:
        """Read the attention list, the ledger and the figures again, on the worker."""
        self.ledger_reader.request()
        self.reader.request()

    def _prepare(self) -> Callable[[JobControl], Figures]:
        db = self.db
        first, last = self.period.period()
        today = self.clock()
        start, end = first or today, last or today

        def work(control: JobControl) -> Figures:
            return figures(db, start, end, as_of=today)

        return work

    def _prepare_ledger(
        self,
    ) -> Callable[[JobControl], tuple[LedgerTotals, list[AttentionItem], str]]:
        db, day = self.db, self.clock()

        def work(control: JobControl) -> tuple[LedgerTotals, list[AttentionItem], str]:
            from partage.services.document_settings import load

            return ledger_totals(db, day), attention(db, day), load(db).currency

        return work

    def show_ledger(self, read: tuple[LedgerTotals, list[AttentionItem], str]) -> None:
        """Show the ledger's totals on its card, and what needs attention."""
        totals, items, self.currency = read
        self._attention_read = True
        self.attention_model.set_records(items)
        if not self._fitted and self.attention_model.rowCount():
            fit_table(self.attention_table)
            self._fitted = True
        self.ledger_card.show_totals(totals, self.currency)

    def show_figures(self, found: Figures) -> None:
        """Draw the four charts of *found*."""
        self.figures = found
        self._draw_utilisation(found)
        self._draw_stacked("assets", found.asset_costs, self._asset_name, found)
        self._draw_stacked("members", found.member_costs,
                           lambda m: found.member_names.get(m, f"#{m}"), found)
        self._draw_per_use(found)
        self.note_label.setText(
            self.tr("Utilisation: the share of the period's hours an asset was out on loan. "
                    "Costs: each cost's part in each month, as the split prorates it.")
        )

    # --- charts ------------------------------------------------------------------------

    def _asset_name(self, asset_id: int) -> str:
        assert self.figures is not None
        if asset_id == OVERHEAD:
            return self.tr("Group overhead")
        return self.figures.asset_names.get(asset_id, f"#{asset_id}")

    def _new_chart(self, name: str, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        theme = QChart.ChartTheme
        chart.setTheme(theme.ChartThemeDark if dark else theme.ChartThemeLight)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)  # "14,50 $" in French, not the C locale's 14.50
        old = self.charts[name].chart()
        self.charts[name].setChart(chart)
        old.deleteLater()
        return chart

    def _empty(self, chart: QChart, text: str) -> None:
        chart.setTitle(f"{chart.title()}<br><small>{text}</small>")

    def _draw_utilisation(self, found: Figures) -> None:
        chart = self._new_chart("utilisation", self.tr("Share of the period out on loan"))
        top = sorted(found.utilisation.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
        if not top:
            self._empty(chart, self.tr("No loan in this period."))
            return
        top.reverse()  # the busiest at the top of a horizontal chart
        bars = QBarSet(self.tr("Booked"))
        for _, share in top:
            bars.append(round(share * 100, 1))
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([self._asset_name(a) for a, _ in top])
        values = QValueAxis()
        highest = max(share for _, share in top) * 100
        values.setRange(0, min(100.0, max(1.0, math.ceil(highest * 1.1))))
        values.applyNiceNumbers()
        # Localised axis labels copy the text around the number as it is: one "%", not "%%".
        values.setLabelFormat(self.tr("%.0f%") if highest >= 5 else self.tr("%.1f%"))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        chart.legend().setVisible(False)

    def _draw_stacked(
        self,
        name: str,
        data: dict[int, list[int]],
        label: Callable[[int], str],
        found: Figures,
    ) -> None:
        title = (self.tr("Costs per asset, by month") if name == "assets"
                 else self.tr("Each member's share, by month"))
        chart = self._new_chart(name, title)
        ranked = sorted(data.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
        ranked = [(key, months) for key, months in ranked if any(months)]
        if not ranked:
            self._empty(chart, self.tr("No cost in this period."))
            return
        series = QStackedBarSeries()
        for key, months in ranked[:TOP]:
            bars = QBarSet(label(key))
            bars.append([cents / 100 for cents in months])
            series.append(bars)
        rest = ranked[TOP:]
        if rest:
            bars = QBarSet(self.tr("Others (%n)", "", len(rest)))
            bars.append([sum(m[i] for _, m in rest) / 100 for i in range(len(found.months))])
            series.append(bars)
        chart.addSeries(series)
        month_axis = QBarCategoryAxis()
        month_axis.append(_month_labels(found.months))
        values = QValueAxis()
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        values.applyNiceNumbers()
        values.setLabelFormat(self.money_format("%.0f"))
        chart.addAxis(month_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(month_axis)

    def _draw_per_use(self, found: Figures) -> None:
        chart = self._new_chart("per_use", self.tr("Cost per hour booked or per km"))
        ranked = sorted(found.cost_per_use.items(),
                        key=lambda kv: (-(kv[1][0] / kv[1][1]), kv[0]))[:15]
        if not ranked:
            self._empty(chart, self.tr("No asset was both used and paid for in this period."))
            return
        ranked.reverse()
        bars = QBarSet(self.tr("Cost per use"))
        labels = []
        for asset_id, (cents, use, unit) in ranked:
            bars.append(round(cents / use / 100, 2))
            per = {"km": self.tr("per km"), "hours": self.tr("per hour of use")}.get(
                unit, self.tr("per hour booked"))
            labels.append(f"{self._asset_name(asset_id)} ({per})")
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(labels)
        values = QValueAxis()
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        values.applyNiceNumbers()
        values.setLabelFormat(self.money_format("%.0f" if values.max() >= 10 else "%.2f"))
        chart.legend().setVisible(False)

    def currency_symbol(self) -> str:
        return "$" if self.currency in ("CAD", "USD") else self.currency

    def money_format(self, number: str) -> str:
        """An axis label format for money: "$%.0f" in English, "%.0f $" in French."""
        return self.tr("{symbol}{number}").format(symbol=self.currency_symbol(), number=number)

    def chart_totals(self, name: str) -> float:
        """The sum of every bar of chart *name* (for tests and checks)."""
        total = 0.0
        for series in self.charts[name].chart().series():
            for bars in series.barSets():  # type: ignore[attr-defined]
                total += sum(bars.at(i) for i in range(bars.count()))
        return total

    # --- export ------------------------------------------------------------------------

    def export_chart(self) -> None:
        """Save the chart shown as a PNG where the person chooses."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the chart"),
            f"{self.tabs.tabText(self.tabs.currentIndex())}.png",
            self.tr("PNG images (*.png)"),
        )
        if name:
            self.save_chart(Path(name))

    def save_chart(self, path: Path) -> bool:
        """Write the chart shown to *path* as a PNG; say so when that fails."""
        view = self.tabs.currentWidget()
        assert isinstance(view, QChartView)
        if not view.grab().save(str(path), "PNG"):
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The chart could not be written to {file}.").format(
                                    file=str(path)))
            return False
        return True

