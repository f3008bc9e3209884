"""The Split section: the member × asset matrix, its totals and the shares behind a cell."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.accounts import split_period
from partage.services.assets import AssetInput, Ownership, add_asset
from partage.services.bookings import BookingRequest, book
from partage.services.costs import CostInput, add_cost
from partage.ui.changes import ChangeBus
from partage.ui.costs import SplitView
from partage.ui.costs.matrix import SplitMatrixModel, build_matrix
from partage.ui.costs.periods import QuickPeriod, quick_period
from partage.ui.tables import OBJECT_ROLE
from tests.ui.costs.conftest import TODAY, Group, wait_until_idle

ZONE = zoneinfo.ZoneInfo("America/Montreal")
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus, group: Group) -> SplitView:
    widget = SplitView(db, bus)
    widget.clock = lambda: TODAY
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def shown(view: SplitView) -> SplitView:
    view.show()
    wait_until_idle(view)
    return view


def cell_text(view: SplitView, member: str, column_title: str) -> str:
    proxy = view.matrix_proxy
    titles = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    return proxy.index(names.index(member), titles.index(column_title)).data()


def test_an_equal_cost_shows_half_each_with_the_totals(qtbot: QtBot, view: SplitView, db,
                                                       group: Group) -> None:
    add_cost(db, CostInput(amount_cents=10000, start=dt.date(2026, 3, 10), category="repair",
                           asset_id=group.van.id, rule="equal"))
    view.period.set_period(*MARCH)
    shown(view)

    assert cell_text(view, "Anne Tremblay", "Van") == "$50.00"
    assert cell_text(view, "Bob Gagnon", "Van") == "$50.00"
    assert cell_text(view, "Anne Tremblay", "Total") == "$50.00"
    assert cell_text(view, "Total", "Van") == "$100.00"
    assert cell_text(view, "Total", "Total") == "$100.00"
    assert view.matrix is not None
    assert view.matrix.total_cents == split_period(db, *MARCH).total_cents == 10000
    # The totals row stays last whichever way the table is sorted.
    view.matrix_table.sortByColumn(SplitMatrixModel.MEMBER, Qt.SortOrder.DescendingOrder)
    last = view.matrix_proxy.rowCount() - 1
    assert view.matrix_proxy.index(last, 0).data() == "Total"
    assert view.matrix_proxy.index(0, 0).data() == "Bob Gagnon"


def test_choosing_a_cell_explains_the_share(qtbot: QtBot, view: SplitView, db,
                                            group: Group) -> None:
    add_cost(db, CostInput(amount_cents=10000, start=dt.date(2026, 3, 10), category="repair",
                           asset_id=group.van.id, rule="equal", supplier="Garage Léo"))
    view.period.set_period(*MARCH)
    shown(view)

    assert view.select_cell(group.bob.id, group.van.id)
    assert view.drill_title.text() == "Bob Gagnon — Van: $50.00"
    assert view.drill_model.rowCount() == 1
    assert view.drill_proxy.index(0, 3).data() == "$50.00"
    [sentence] = view.explanations()
    assert sentence.startswith("Repair — Van $100.00")
    assert "× 1/2" in sentence and sentence.endswith("= $50.00")
    assert view.explanation_label.text() == sentence  # the first share is explained below


def test_clicking_a_cell_and_the_totals(qtbot: QtBot, view: SplitView, db,
                                        group: Group) -> None:
    add_cost(db, CostInput(amount_cents=10000, start=dt.date(2026, 3, 10),
                           asset_id=group.van.id, rule="equal"))
    add_cost(db, CostInput(amount_cents=3000, start=dt.date(2026, 3, 2), category="rent"))
    view.period.set_period(*MARCH)
    shown(view)
    assert cell_text(view, "Anne Tremblay", "Group") == "$15.00"

    model = view.matrix_model
    anne_row = next(r for r in range(view.matrix_proxy.rowCount())
                    if view.matrix_proxy.index(r, 0).data() == "Anne Tremblay")
    total_of_anne = view.matrix_proxy.index(anne_row, model.total_column())
    view.matrix_table.selectionModel().setCurrentIndex(
        total_of_anne, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert view.drill_title.text() == "Anne Tremblay, every asset: $65.00"
    assert view.drill_model.rowCount() == 2
    assert view.drill_table.isColumnHidden(2)  # one member: no member column

    # Every member's part of an asset: each cost as a whole, and how it was shared.
    assert view.select_cell(None, group.van.id)
    assert view.drill_title.text() == "Van, every member: $100.00"
    assert not view.drill_table.isColumnHidden(2)
    assert view.drill_proxy.index(0, 2).data() == "2 members"
    assert view.explanations() == ["Other — Van $100.00, shared among 2 members: Equal parts"]

    assert view.select_cell(None, None, all_assets=True)
    assert view.drill_title.text() == "Every cost of the period: $130.00 in all"
    assert [view.drill_proxy.index(r, 3).data() for r in range(2)] == ["$30.00", "$100.00"]


def test_a_period_cost_with_a_mixed_rule(qtbot: QtBot, view: SplitView, db,
                                         group: Group) -> None:
    """Half by ownership (Anne owns the trailer), half by use (Bob booked it)."""
    trailer = add_asset(db, AssetInput(
        name="Trailer", default_rule="mix:shares=50,usage=50",
        owners=(Ownership(group.anne.id, 1000),)))
    start = dt.datetime(2026, 1, 10, 9, tzinfo=ZONE)
    book(db, BookingRequest(asset_id=trailer.id, member_id=group.bob.id, start=start,
                            end=start + dt.timedelta(hours=4)))
    add_cost(db, CostInput(amount_cents=36500, start=dt.date(2026, 1, 1),
                           end=dt.date(2026, 12, 31), category="insurance",
                           asset_id=trailer.id))
    view.period.set_choice(QuickPeriod.LAST_MONTH, dt.date(2026, 2, 15))  # January
    shown(view)

    assert cell_text(view, "Anne Tremblay", "Trailer") == "$15.50"
    assert cell_text(view, "Bob Gagnon", "Trailer") == "$15.50"
    assert cell_text(view, "Total", "Total") == "$31.00"  # 31 of 365 days

    assert view.select_cell(group.anne.id, trailer.id)
    [anne] = view.explanations()
    assert "Insurance — Trailer $365.00 × 31/365 days" in anne
    assert "50% (ownership part)" in anne and anne.endswith("= $15.50")
    assert view.select_cell(group.bob.id, trailer.id)
    [bob] = view.explanations()
    assert "50% (usage part)" in bob and "4 of 4 h booked" in bob
    assert view.select_cell(None, trailer.id)
    assert view.explanations() == [
        "Insurance — Trailer $365.00 × 31/365 days = $31.00, shared among 2 members: "
        "50 % by ownership shares + 50 % by usage"
    ]


def test_the_split_runs_off_the_gui_thread_and_follows_changes(
        qtbot: QtBot, view: SplitView, db, bus: ChangeBus, group: Group) -> None:
    view.period.set_period(*MARCH)
    shown(view)
    assert view.matrix is not None and view.matrix.members == ()
    assert view.matrix_table.placeholder_text() == "No costs to share in this period."

    add_cost(db, CostInput(amount_cents=4000, start=dt.date(2026, 3, 3),
                           asset_id=group.van.id))
    bus.notify(Change.COST)
    assert view.busy  # waiting for the worker; the window keeps handling events
    assert view.busy_bar.isVisibleTo(view)
    wait_until_idle(view)
    assert not view.busy_bar.isVisibleTo(view)
    assert cell_text(view, "Total", "Total") == "$40.00"


def test_a_hidden_split_waits_until_shown(qtbot: QtBot, view: SplitView, db, bus: ChangeBus,
                                          group: Group) -> None:
    view.period.set_period(*MARCH)
    add_cost(db, CostInput(amount_cents=4000, start=dt.date(2026, 3, 3)))
    bus.notify(Change.COST)
    assert not view.busy and view.matrix is None  # nothing read for a section not shown
    shown(view)
    assert cell_text(view, "Total", "Group") == "$40.00"


def test_quick_periods() -> None:
    day = dt.date(2026, 3, 15)
    assert quick_period(QuickPeriod.THIS_MONTH, day) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert quick_period(QuickPeriod.LAST_MONTH, day) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert quick_period(QuickPeriod.LAST_MONTH, dt.date(2026, 1, 5)) == (
        dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert quick_period(QuickPeriod.THIS_YEAR, day) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert quick_period(QuickPeriod.LAST_YEAR, day) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert quick_period(QuickPeriod.ALL, day) is None


def test_editing_a_date_makes_the_period_custom(qtbot: QtBot, view: SplitView) -> None:
    view.period.set_choice(QuickPeriod.THIS_MONTH, TODAY)
    assert view.period.period() == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    view.period.to_edit.setDate(view.period.to_edit.date().addDays(-10))
    assert view.period.choice() is QuickPeriod.CUSTOM
    view.period.from_edit.setDate(view.period.to_edit.date().addDays(5))
    start, end = view.period.period()
    assert start == end == dt.date(2026, 3, 26)  # the end follows a later start


def test_matrix_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, view: SplitView, db,
                                             group: Group) -> None:
    add_cost(db, CostInput(amount_cents=10001, start=dt.date(2026, 3, 10),
                           asset_id=group.van.id))
    add_cost(db, CostInput(amount_cents=999, start=dt.date(2026, 3, 11)))
    view.period.set_period(*MARCH)
    shown(view)
    qtmodeltester.check(view.matrix_model)
    qtmodeltester.check(view.matrix_proxy)
    assert view.select_cell(None, group.van.id)
    qtmodeltester.check(view.drill_model)
    cell = view.matrix_proxy.index(0, 1).data(OBJECT_ROLE)
    assert cell.all_assets


def test_build_matrix_sums_to_the_report() -> None:
    from partage.services.accounts import CostInfo, SplitReport
    from partage.services.splitting import Allocation, CostSplit

    def allocation(member: int, cents: int) -> Allocation:
        return Allocation(member, cents, cents, 1, ())

    day = dt.date(2026, 3, 1)
    report = SplitReport(
        day, day,
        (CostSplit(1, 301, 301, 1, 1, (allocation(1, 151), allocation(2, 150))),
         CostSplit(2, 99, 99, 1, 1, (allocation(2, 99),)),
         CostSplit(3, 500, 500, 1, 1, ())),
        {1: CostInfo(1, "repair", 7, "Van", "", "", day, day, "equal"),
         2: CostInfo(2, "rent", None, "", "", "", day, day, "equal"),
         3: CostInfo(3, "rent", None, "", "", "", day, day, "equal")},
        {1: "Anne", 2: "Bob"},
    )
    matrix = build_matrix(report, "Group")
    assert matrix.assets == ((None, "Group"), (7, "Van"))
    assert matrix.cells == {(1, 7): 151, (2, 7): 150, (2, None): 99}
    assert matrix.row_totals == {1: 151, 2: 249}
    assert sum(matrix.column_totals.values()) == matrix.total_cents == 400
    assert matrix.unallocated_cents == 500


def test_the_summary_says_what_of_the_costs_falls_outside_the_period(
    qtbot: QtBot, view: SplitView, db, group: Group
) -> None:
    """A yearly premium counts for its March days only; the summary says why the split's
    total is not the costs' total."""
    add_cost(db, CostInput(amount_cents=36_500, start=dt.date(2026, 1, 1),
                           end=dt.date(2026, 12, 31), category="insurance",
                           asset_id=group.van.id, rule="equal"))  # fmt: skip
    view.period.set_period(*MARCH)
    shown(view)

    text = view.summary_label.text()
    assert "$31.00 shared" in text
    assert "come to $365.00" in text and "$334.00 of it falls on days outside" in text
