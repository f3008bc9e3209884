"""The Dashboard: what needs attention, the four charts, and a chart saved as PNG."""

from __future__ import annotations

import datetime as dt
import time
import zoneinfo
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from partage.changes import Change
from partage.services import dashboard
from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import BookingRequest, book, check_in, check_out
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member
from partage.ui.changes import ChangeBus
from partage.ui.dashboard import DashboardView
from partage.ui.worker import wait_for_jobs

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


def wait_until_idle(view: DashboardView, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    QApplication.processEvents()
    while view.busy:
        assert time.monotonic() < deadline, "still working after the timeout"
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


@pytest.fixture
def scene(db):
    today = dt.datetime.now(MONTREAL).date()
    anne = add_member(db, MemberInput(name="Anne Roy", joined=dt.date(2025, 1, 1)))
    add_member(db, MemberInput(name="Bob Tremblay", joined=dt.date(2025, 1, 1)))
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle", meter="km",
                                   default_rule="equal"))
    drill = add_asset(db, AssetInput(name="Perceuse", kind="equipment", default_rule="equal"))
    first = today.replace(day=1)
    # A loan of the van, returned with 120 km, early this month (or last month's end).
    start = dt.datetime.combine(first, dt.time(9), MONTREAL)
    done = book(db, BookingRequest(van.id, anne.id, start, start + dt.timedelta(hours=8)))
    loan = done.bookings[0].id
    check_out(db, loan, meter=1000, at=start)
    check_in(db, loan, meter=1120, at=start + dt.timedelta(hours=8))
    # The drill is out and late: it was due back two days ago.
    late_start = dt.datetime.combine(today - dt.timedelta(days=3), dt.time(9), MONTREAL)
    late = book(db, BookingRequest(drill.id, anne.id, late_start,
                                   late_start + dt.timedelta(days=1))).bookings[0].id
    check_out(db, late, at=late_start)
    add_cost(db, CostInput(amount_cents=12_000, start=first, asset_id=van.id,
                           category="fuel"))
    return today, anne, van, drill


@pytest.fixture
def view(qtbot, db, scene):
    today = scene[0]
    widget = DashboardView(db, ChangeBus(), None)
    widget.clock = lambda: today
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_until_idle(widget)
    yield widget
    wait_for_jobs()


def test_the_late_loan_needs_attention(view, scene):
    items = view.attention_model.records()
    assert [(i.kind, i.subject, i.who, i.overdue) for i in items] == [
        ("overdue_loan", "Perceuse", "Anne Roy", True)
    ]
    assert view.attention_model.display(items[0], view.attention_model.STATE) == "Overdue"


def test_the_charts_add_up_to_the_costs(view):
    assert view.figures is not None
    assert view.chart_totals("assets") == pytest.approx(120.00)
    assert view.chart_totals("members") == pytest.approx(120.00)  # split equally
    assert 0 < view.chart_totals("utilisation") <= 200
    per_use = view.figures.cost_per_use
    assert list(per_use.values()) == [(12_000, 120, "km")]  # 120 $ over 120 km
    assert view.chart_totals("per_use") == pytest.approx(1.00)


def test_a_chart_is_saved_as_a_png(view, tmp_path: Path):
    view.tabs.setCurrentIndex(1)
    path = tmp_path / "costs.png"
    assert view.save_chart(path)
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 200 and image.height() > 100


def test_months_are_clipped_to_the_period():
    months = dashboard.months_of(dt.date(2026, 1, 15), dt.date(2026, 3, 10))
    assert months == [
        (dt.date(2026, 1, 15), dt.date(2026, 1, 31)),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 10)),
    ]


def test_an_empty_period_says_so(qtbot, db):
    widget = DashboardView(db, ChangeBus(), None)
    widget.clock = lambda: dt.date(2026, 3, 31)
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.show()
    wait_until_idle(widget)
    assert widget.attention_table.placeholder_text() == "Nothing needs attention today."
    assert "No cost in this period." in widget.charts["assets"].chart().title()
    wait_for_jobs()


@pytest.mark.parametrize(("language", "suffix"), [("en", "f%"), ("fr", "f\u00a0%")])
def test_utilisation_is_labelled_with_one_percent_sign(qtbot, db, scene, language, suffix):
    """QtCharts copies the text around a localised number as it is, so "%%" would be
    drawn as two signs; French puts a (non-breaking) space before it."""
    from PySide6.QtCharts import QValueAxis

    from partage.i18n import install_translations

    install_translations(language)
    widget = DashboardView(db, ChangeBus(), None)
    widget.clock = lambda: scene[0]
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.show()
    wait_until_idle(widget)
    axes = [axis for axis in widget.charts["utilisation"].chart().axes()
            if isinstance(axis, QValueAxis)]
    assert len(axes) == 1
    label = axes[0].labelFormat()
    assert label.count("%") == 2 and label.endswith(suffix), label
    wait_for_jobs()


def test_the_ledger_card_shows_the_sums_of_every_member_s_ledger(view, db, scene):
    from partage.i18n import format_money
    from partage.services import ledger
    from partage.services.accounts import split_period

    today = scene[0]
    members = ledger.figures(db, today).values()
    card = view.ledger_card
    assert card.totals is not None and card.totals.day == today
    due = [m.due_cents for m in members]
    assert card.texts() == {
        "charges": format_money(sum(m.charges_cents for m in members)),
        "invoiced": format_money(sum(m.invoiced_cents for m in members)),
        "uninvoiced": format_money(sum(m.uninvoiced_cents for m in members)),
        "taxes": format_money(sum(m.invoice_tax_cents + m.accrued_tax_cents for m in members)),
        "entries": format_money(sum(m.entries_cents for m in members)),
        "payments": format_money(sum(m.payments_cents for m in members)),
        "expenses": format_money(sum(m.expenses_cents for m in members)),
        "members_owe": format_money(sum(d for d in due if d > 0)),
        "group_owes": format_money(-sum(d for d in due if d < 0)),
    }
    allocated = split_period(db, ledger.first_day(db), today).total_cents
    assert allocated == sum(m.charges_cents for m in members) > 0
    assert card.reconciled_label.text() == (
        f"Reconciles: the members are charged what the costs allocate, "
        f"{format_money(allocated)}.")
    assert card.day_label.text() == (
        f"Every member's account at the end of {today.isoformat()}.")


def test_a_ledger_that_does_not_reconcile_says_by_how_much(view):
    import dataclasses

    from partage.services.reconciliation import Reconciliation

    card = view.ledger_card
    assert card.totals is not None
    wrong = dataclasses.replace(
        card.totals, reconciliation=Reconciliation(card.totals.day, 120_01, 120_00))
    card.show_totals(wrong, "CAD")
    assert card.reconciled_label.text() == (
        "Does not reconcile: the members are charged $120.01 but the costs allocate $120.00, "
        "a difference of $0.01.")


def test_the_ledger_is_read_off_the_gui_thread_and_again_after_a_payment(
    qtbot, db, scene, monkeypatch
):
    import threading

    from partage.services.accounts import add_payment
    from partage.ui import dashboard as dashboard_ui

    threads = []
    real = dashboard_ui.ledger_totals

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_ui, "ledger_totals", watched)
    bus = ChangeBus()
    widget = DashboardView(db, bus, None)
    widget.clock = lambda: scene[0]
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.busy and widget.ledger_card.totals is None
    qtbot.waitUntil(lambda: not widget.busy and widget.ledger_card.totals is not None,
                    timeout=20_000)
    assert threads and threading.main_thread() not in threads
    assert widget.ledger_card.totals.payments_cents == 0
    add_payment(db, scene[1].id, 25_00, paid_on=scene[0])
    bus.notify(Change.PAYMENT)
    qtbot.waitUntil(lambda: not widget.busy
                    and widget.ledger_card.totals.payments_cents == 25_00, timeout=20_000)
    assert widget.ledger_card.texts()["payments"] == "$25.00"
    wait_for_jobs()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_ledger_card_shows_its_words_and_amounts_whole(qtbot, db, scene, language):
    from partage.i18n import install_translations
    from partage.ui.widgets import clipped_texts

    install_translations(language)
    widget = DashboardView(db, ChangeBus(), None)
    widget.clock = lambda: scene[0]
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_until_idle(widget)
    card = widget.ledger_card
    assert clipped_texts(card) == []
    for label in card.amounts.values():
        assert label.width() >= label.minimumSizeHint().width()
        assert label.alignment() & Qt.AlignmentFlag.AlignRight
    wait_for_jobs()


def test_the_attention_list_is_read_off_the_gui_thread(qtbot, db, scene, monkeypatch):
    """The list of what needs attention, the ledger and the currency are read on the
    worker; until then the list says it is looking, not that nothing needs attention."""
    import threading

    from partage.ui import dashboard as dashboard_view

    threads: list[str] = []
    real = dashboard_view.attention

    def attention(db, day):
        threads.append(threading.current_thread().name)
        return real(db, day)

    monkeypatch.setattr(dashboard_view, "attention", attention)
    widget = DashboardView(db, ChangeBus(), None)
    widget.clock = lambda: scene[0]
    qtbot.addWidget(widget)
    widget.show()
    assert "Looking for what needs attention" in widget.attention_table.placeholder_text()
    wait_until_idle(widget)
    assert widget.attention_model.rowCount() >= 1
    assert threads and threading.main_thread().name not in threads
