"""The Members section and the member dialog, driven like a person would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.members import (
    MemberInput,
    add_member,
    get_member,
    list_members,
    update_member,
)
from partage.ui.bookings_panel import BookingsModel
from partage.ui.changes import ChangeBus
from partage.ui.member_dialog import MemberDialog
from partage.ui.members import MembersModel, MembersView
from partage.ui.reading import wait_for_reads
from partage.ui.tables import OBJECT_ROLE
from partage.ui.widgets import error_colour
from tests.ui.conftest import NOW, Lending, MessageRecorder, drive_modal, settle


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus) -> MembersView:
    widget = MembersView(db, bus)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    wait_for_reads()
    return widget


def column_texts(view: MembersView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def row_of(view: MembersView, name: str) -> int:
    names = column_texts(view, MembersModel.NAME)
    assert name in names, f"{name} not in {names}"
    return names.index(name)


def select(view: MembersView, name: str) -> None:
    view.table.setCurrentIndex(view.proxy.index(row_of(view, name), 0))


def test_add_member_through_dialog_shows_it_in_the_table(qtbot: QtBot, view: MembersView,
                                                         db) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        qtbot.keyClicks(dialog.name_edit, "Élise Gagnon")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("household"))
        qtbot.keyClicks(dialog.email_edit, "elise@example.org")
        qtbot.keyClicks(dialog.phone_edit, "514 555-0101")
        dialog.weight_edit.clear()
        qtbot.keyClicks(dialog.weight_edit, "1,5")
        dialog.joined_edit.check.setChecked(True)
        dialog.joined_edit.edit.setDate(QDate(2025, 9, 1))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(view.add_button,
                                                          Qt.MouseButton.LeftButton), fill)

    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    row = row_of(view, "Élise Gagnon")
    shown = {column: view.proxy.index(row, column).data() for column in range(8)}
    assert shown[MembersModel.KIND] == "Household"
    assert shown[MembersModel.EMAIL] == "elise@example.org"
    assert shown[MembersModel.WEIGHT] == "1.5"
    assert shown[MembersModel.JOINED] == "2025-09-01"
    assert shown[MembersModel.LEFT] == ""
    [saved] = list_members(db)
    assert (saved.weight_milli, saved.joined) == (1500, dt.date(2025, 9, 1))
    assert view.current_record().id == saved.id  # the new member is selected


def test_edit_member_with_enter_shows_the_change(qtbot: QtBot, view: MembersView, db) -> None:
    member = add_member(db, MemberInput(name="Marc Roy", phone="111"))
    add_member(db, MemberInput(name="Anne Roy"))
    view.reload()
    wait_for_reads()
    select(view, "Marc Roy")
    view.table.setFocus()

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.name_edit.text() == "Marc Roy"
        dialog.phone_edit.selectAll()
        qtbot.keyClicks(dialog.phone_edit, "438 555-0199")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive_modal(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return), change)

    assert view.proxy.index(row_of(view, "Marc Roy"), MembersModel.PHONE).data() == "438 555-0199"
    assert get_member(db, member.id).phone == "438 555-0199"


def test_double_click_opens_the_editor(qtbot: QtBot, view: MembersView, db) -> None:
    add_member(db, MemberInput(name="Marc Roy"))
    view.reload()
    wait_for_reads()
    index = view.proxy.index(0, MembersModel.EMAIL)
    rect = view.table.visualRect(index)

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.windowTitle() == "Member — Marc Roy"
        dialog.reject()

    def double_click() -> None:
        # QTest sends only the double-click event; a person's first click comes before it.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    drive_modal(qtbot, double_click, close)


def test_archive_hides_the_row_unless_show_archived(
    qtbot: QtBot, view: MembersView, db, shown_messages: MessageRecorder
) -> None:
    add_member(db, MemberInput(name="Marc Roy"))
    add_member(db, MemberInput(name="Anne Roy"))
    view.reload()
    wait_for_reads()
    select(view, "Marc Roy")

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle()

    assert "Marc Roy" in shown_messages.last.text  # asked first
    assert column_texts(view, MembersModel.NAME) == ["Anne Roy"]
    assert [m.archived for m in list_members(db) if m.name == "Marc Roy"] == [True]
    assert not view.restore_button.isVisible()

    view.show_hidden_check.click()
    assert column_texts(view, MembersModel.NAME) == ["Anne Roy", "Marc Roy"]
    select(view, "Marc Roy")
    assert view.restore_button.isVisible() and view.restore_button.isEnabled()
    assert not view.archive_button.isEnabled()

    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    settle()
    assert [m.archived for m in list_members(db) if m.name == "Marc Roy"] == [False]
    view.show_hidden_check.click()
    assert column_texts(view, MembersModel.NAME) == ["Anne Roy", "Marc Roy"]


def test_archive_cancelled_changes_nothing(
    qtbot: QtBot, view: MembersView, db, shown_messages: MessageRecorder
) -> None:
    add_member(db, MemberInput(name="Marc Roy"))
    view.reload()
    wait_for_reads()
    select(view, "Marc Roy")
    shown_messages.answer = False

    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)

    assert len(shown_messages.shown) == 1
    assert column_texts(view, MembersModel.NAME) == ["Marc Roy"]
    assert not list_members(db)[0].archived


def test_validation_error_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    dialog = MemberDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email_edit, "not an address")

    with qtbot.assertNotEmitted(bus.changed):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text() == "A name is required."
    assert dialog.feedback.field_in_error() == "name"
    assert dialog.focusWidget() is dialog.name_edit
    assert list_members(db) == []

    qtbot.keyClicks(dialog.name_edit, "Marc Roy")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    assert dialog.isVisible()
    assert dialog.error_text() == "“not an address” is not an e-mail address."
    assert dialog.focusWidget() is dialog.email_edit
    assert list_members(db) == []


def test_bad_weight_is_explained_under_the_field(qtbot: QtBot, db, bus: ChangeBus) -> None:
    dialog = MemberDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Marc Roy")
    dialog.weight_edit.setText("beaucoup")

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    assert dialog.isVisible()
    assert dialog.feedback.field_in_error() == "weight"
    assert "“beaucoup” is not a weight" in dialog.error_text()
    assert list_members(db) == []


def test_stale_edit_is_refused_and_explained(qtbot: QtBot, db, bus: ChangeBus) -> None:
    member = add_member(db, MemberInput(name="Marc Roy", phone="111"))
    dialog = MemberDialog(db, bus, member)
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone else saves the member while the dialog is open.
    update_member(db, member.id, MemberInput(name="Marc Roy", phone="222"),
                  expected_version=member.version)
    dialog.name_edit.setText("Marc-André Roy")

    # Both versions are shown (tests/ui/test_conflicts.py); Cancel goes back to the form.
    drive_modal(qtbot, lambda: qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton),
                lambda conflict: conflict.reject())

    assert dialog.isVisible()
    assert "Someone else changed the member “Marc Roy”" in dialog.error_text()
    after = get_member(db, member.id)
    assert (after.name, after.phone) == ("Marc Roy", "222")


def test_change_bus_says_members_changed_after_a_save(qtbot: QtBot, db, bus: ChangeBus) -> None:
    dialog = MemberDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Marc Roy")

    with qtbot.waitSignal(bus.changed, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    # Said by the storage layer from what the save wrote: the member, and its audit row.
    assert blocker.args == [Change.MEMBER | Change.AUDIT]
    assert dialog.saved_record is not None and dialog.saved_record.name == "Marc Roy"


def test_search_filters_on_name_and_email_ignoring_case_and_accents(
    qtbot: QtBot, view: MembersView, db
) -> None:
    add_member(db, MemberInput(name="Élise Gagnon", email="elise@example.org"))
    add_member(db, MemberInput(name="Marc Roy", email="marc@coop.example"))
    add_member(db, MemberInput(name="Anne Tremblay"))
    view.reload()
    wait_for_reads()

    qtbot.keyClicks(view.search_edit, "ELISE")
    assert column_texts(view, MembersModel.NAME) == ["Élise Gagnon"]

    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "coop.example")
    assert column_texts(view, MembersModel.NAME) == ["Marc Roy"]

    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "zzz")
    assert column_texts(view, MembersModel.NAME) == []
    assert view.table.placeholder_text() == "No member matches “zzz”."

    view.search_edit.clear()
    assert len(column_texts(view, MembersModel.NAME)) == 3


def test_empty_table_says_how_to_start(view: MembersView) -> None:
    assert view.proxy.rowCount() == 0
    assert view.table.placeholder_text() == (
        "No members yet — click Add… to enter the first one."
    )


def test_sorting_by_weight_and_date_uses_native_values(view: MembersView, db) -> None:
    add_member(db, MemberInput(name="A", weight_milli=10_000, joined=dt.date(2024, 1, 5)))
    add_member(db, MemberInput(name="B", weight_milli=2_000, joined=None))
    add_member(db, MemberInput(name="C", weight_milli=1_500, joined=dt.date(2023, 12, 31)))
    view.reload()
    wait_for_reads()

    view.table.sortByColumn(MembersModel.WEIGHT, Qt.SortOrder.AscendingOrder)
    # As text, "10" would come between "1.5" and "2".
    assert column_texts(view, MembersModel.WEIGHT) == ["1.5", "2", "10"]

    view.table.sortByColumn(MembersModel.JOINED, Qt.SortOrder.AscendingOrder)
    # A member without a date comes after every dated one, not first as "" would.
    assert column_texts(view, MembersModel.NAME) == ["C", "A", "B"]


def test_kinds_and_languages_are_words_not_codes(view: MembersView, db) -> None:
    add_member(db, MemberInput(name="Théâtre", kind="organisation", language="en"))
    view.reload()
    wait_for_reads()
    assert view.proxy.index(0, MembersModel.KIND).data() == "Organisation"
    assert view.proxy.index(0, MembersModel.LANGUAGE).data() == "English"
    assert view.proxy.index(0, 0).data(OBJECT_ROLE).kind == "organisation"


def test_members_model_passes_the_model_tester(qtmodeltester, db) -> None:
    add_member(db, MemberInput(name="Élise Gagnon", joined=dt.date(2025, 1, 1)))
    add_member(db, MemberInput(name="Marc Roy"))
    model = MembersModel()
    model.set_records(list_members(db))
    qtmodeltester.check(model)


def tab_stops(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from *start*, in order, once around."""
    stops, widget = [], start
    while True:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled()):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            return stops


def test_tab_goes_through_the_form_in_order_then_to_the_buttons(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    dialog = MemberDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()

    stops = tab_stops(dialog.name_edit)

    fields = [dialog.name_edit, dialog.kind_combo, dialog.email_edit, dialog.phone_edit,
              dialog.address_edit, dialog.language_combo, dialog.weight_edit,
              dialog.joined_edit.check, dialog.left_edit.check, dialog.notes_edit]
    assert stops[:len(fields)] == fields
    assert stops[len(fields)] is dialog.ok_button()


def test_bookings_panel_lists_the_selected_member_s_and_marks_the_overdue_one(
    view: MembersView, db, lending: Lending
) -> None:
    add_member(db, MemberInput(name="Zoé Labelle"))
    view.clock = lambda: NOW
    view.reload()
    wait_for_reads()
    panel = view.bookings_panel
    assert panel.table.placeholder_text() == "Select a member to see their bookings."

    select(view, "Anne Roy")

    assert panel.isVisible()
    assert panel.title_label.text() == "Current and upcoming bookings of Anne Roy"
    assert [row[1:] for row in panel.texts()] == [["Van", "Overdue"]]
    status = panel.model.index(0, BookingsModel.STATUS)
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == error_colour(QPalette())

    select(view, "Marc Roy")
    assert [row[1:] for row in panel.texts()] == [["Drill", "Checked out"], ["Van", "Confirmed"]]
    assert panel.texts()[1][0].startswith("Wed 2026-11-25 ")  # local time, Montréal
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    select(view, "Zoé Labelle")
    assert panel.texts() == []
    assert panel.table.placeholder_text() == "No current or upcoming bookings."


def test_the_details_show_bookings_first_and_the_statement_of_account_beside_them(
    qtbot: QtBot, view: MembersView, db, lending: Lending
) -> None:
    view.reload()
    wait_for_reads()
    tabs = view.details_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Bookings", "Statement of account"]
    assert tabs.currentWidget() is view.bookings_panel
    select(view, "Anne Roy")
    panel = view.account_panel
    assert not panel.isVisible() and panel.sheet is None  # nothing read for a hidden tab

    view.show_account()

    assert panel.isVisible()
    assert panel.title_label.text() == "Statement of account of Anne Roy"
    qtbot.waitUntil(lambda: panel.sheet is not None and not panel.busy, timeout=20_000)
    assert panel.sheet.account.member_id == lending.anne.id
    assert panel.closing_label.text().startswith("Anne Roy owes nothing on ")

