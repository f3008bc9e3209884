"""The Assets section and the asset dialog: owners, photo, price, retire."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.errors import ValidationError
from partage.services.assets import (
    PHOTO_LIMIT_BYTES,
    AssetInput,
    Ownership,
    add_asset,
    get_asset,
    get_asset_photo,
    list_assets,
)
from partage.services.bookings import check_in
from partage.services.members import MemberInput, add_member, set_member_archived
from partage.ui.asset_dialog import AssetDialog
from partage.ui.assets import AssetsModel, AssetsView
from partage.ui.bookings_panel import BookingsModel
from partage.ui.changes import ChangeBus
from partage.ui.photo import prepare_photo
from partage.ui.reading import wait_for_reads
from partage.ui.widgets import error_colour
from tests.ui.conftest import NOW, ZONE, Lending, MessageRecorder, at, drive_modal, settle
from tests.ui.test_members import tab_stops


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus) -> AssetsView:
    widget = AssetsView(db, bus)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    wait_for_reads()
    return widget


def column_texts(view: AssetsView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def row_texts(view: AssetsView, name: str) -> dict[int, str]:
    row = column_texts(view, AssetsModel.NAME).index(name)
    return {column: view.proxy.index(row, column).data()
            for column in range(view.proxy.columnCount())}


def make_png(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    assert image.save(str(path), "PNG")
    return path


def test_add_asset_with_owner_and_photo_through_dialog(
    qtbot: QtBot, view: AssetsView, db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    marc = add_member(db, MemberInput(name="Marc Roy"))
    photo = make_png(tmp_path / "van.png", 1600, 900)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(photo), ""))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssetDialog)
        qtbot.keyClicks(dialog.name_edit, "Fourgonnette")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("vehicle"))
        # ASCII only: QTest cannot type accents into a field with a completer.
        qtbot.keyClicks(dialog.category_edit, "Vehicules")
        qtbot.keyClicks(dialog.location_edit, "Stationnement")
        qtbot.keyClicks(dialog.price_edit, "38 500,00")
        qtbot.mouseClick(dialog.owners_editor.add_button, Qt.MouseButton.LeftButton)
        combo = dialog.owners_editor.member_combo(0)
        combo.setCurrentIndex(combo.findText("Marc Roy"))
        weight = dialog.owners_editor.weight_edit(0)
        weight.selectAll()
        qtbot.keyClicks(weight, "2")
        qtbot.mouseClick(dialog.photo_field.choose_button, Qt.MouseButton.LeftButton)
        assert not dialog.photo_field.preview.pixmap().isNull()  # previewed
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(view.add_button,
                                                          Qt.MouseButton.LeftButton), fill)

    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    shown = row_texts(view, "Fourgonnette")
    assert shown[AssetsModel.KIND] == "Vehicle"
    assert shown[AssetsModel.CATEGORY] == "Vehicules"
    assert shown[AssetsModel.PRICE] == "$38,500.00"
    assert shown[AssetsModel.OWNERS] == "Marc Roy (2)"
    [asset] = list_assets(db)
    assert asset.owners == (Ownership(marc.id, 2000),)
    stored = get_asset_photo(db, asset.id)
    assert stored is not None
    data, media_type = stored
    image = QImage.fromData(data)
    assert media_type in ("image/jpeg", "image/png")
    assert (image.width(), image.height()) == (1024, 576)  # scaled down, same shape


def test_large_photo_is_scaled_and_fits_the_limit(tmp_path: Path) -> None:
    # Noise compresses badly: the encoder must lower the quality to fit.
    width, height = 3000, 2000
    noise = random.Random(7).randbytes(width * height * 3)
    image = QImage(noise, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    path = tmp_path / "big.bmp"
    assert image.save(str(path), "BMP")

    data, media_type = prepare_photo(path)

    result = QImage.fromData(data)
    assert max(result.width(), result.height()) == 1024
    assert len(data) <= PHOTO_LIMIT_BYTES
    assert media_type == "image/jpeg"


def test_transparent_photo_stays_png(tmp_path: Path) -> None:
    image = QImage(64, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    path = tmp_path / "logo.png"
    image.save(str(path), "PNG")

    data, media_type = prepare_photo(path)

    assert media_type == "image/png"
    assert QImage.fromData(data).size() == image.size()


def test_a_file_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        prepare_photo(path)
    assert caught.value.field == "photo"


def test_bad_photo_file_is_explained_in_the_dialog(
    qtbot: QtBot, db, bus: ChangeBus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = AssetDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.photo_field.choose_button, Qt.MouseButton.LeftButton)

    assert dialog.feedback.field_in_error() == "photo"
    assert dialog.error_text() == "“notes.txt” is not an image Partage can read."
    assert dialog.photo_field.photo is None


def test_bad_price_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    dialog = AssetDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Perceuse")
    qtbot.keyClicks(dialog.price_edit, "douze")

    with qtbot.assertNotEmitted(bus.changed):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    assert dialog.isVisible()
    assert dialog.feedback.field_in_error() == "purchase_price"
    assert dialog.error_text().startswith("“douze” is not an amount.")
    assert dialog.focusWidget() is dialog.price_edit
    assert list_assets(db) == []


def test_same_owner_twice_is_refused_inside_the_dialog(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    add_member(db, MemberInput(name="Marc Roy"))
    dialog = AssetDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Perceuse")
    dialog.owners_editor.add_row()
    dialog.owners_editor.add_row()

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    assert dialog.isVisible()
    assert dialog.feedback.field_in_error() == "owners"
    assert dialog.error_text() == "A member is listed twice as an owner."
    assert list_assets(db) == []


def test_owner_choices_leave_out_archived_members(qtbot: QtBot, db, bus: ChangeBus) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    gone = add_member(db, MemberInput(name="Marc Roy"))
    set_member_archived(db, gone.id, True)
    dialog = AssetDialog(db, bus)
    qtbot.addWidget(dialog)

    row = dialog.owners_editor.add_row()

    combo = dialog.owners_editor.member_combo(row)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Anne Roy"]


def test_editing_keeps_the_photo_and_shows_it(
    qtbot: QtBot, db, bus: ChangeBus, tmp_path: Path
) -> None:
    data, media_type = prepare_photo(make_png(tmp_path / "p.png", 40, 30))
    asset = add_asset(db, AssetInput(name="Perceuse", photo=data, photo_type=media_type,
                                     photo_changed=True))
    dialog = AssetDialog(db, bus, asset)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.photo_field.preview.pixmap().isNull()
    qtbot.keyClicks(dialog.location_edit, "Atelier")

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    assert not dialog.isVisible()
    saved = get_asset(db, asset.id)
    assert saved.location == "Atelier" and saved.has_photo
    assert get_asset_photo(db, asset.id) == (data, media_type)


def test_removing_the_photo_clears_it(qtbot: QtBot, db, bus: ChangeBus, tmp_path: Path) -> None:
    data, media_type = prepare_photo(make_png(tmp_path / "p.png", 40, 30))
    asset = add_asset(db, AssetInput(name="Perceuse", photo=data, photo_type=media_type,
                                     photo_changed=True))
    dialog = AssetDialog(db, bus, asset)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.photo_field.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    assert get_asset_photo(db, asset.id) is None
    assert not get_asset(db, asset.id).has_photo


def test_retire_hides_the_row_unless_show_retired(
    qtbot: QtBot, view: AssetsView, db, shown_messages: MessageRecorder
) -> None:
    add_asset(db, AssetInput(name="Perceuse"))
    add_asset(db, AssetInput(name="Scie"))
    view.reload()
    wait_for_reads()
    view.table.setCurrentIndex(view.proxy.index(0, 0))

    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    settle()

    assert shown_messages.last.accept_label == "Retire"
    assert column_texts(view, AssetsModel.NAME) == ["Scie"]
    view.show_hidden_check.click()
    assert row_texts(view, "Perceuse")[AssetsModel.STATUS] == "Retired"


def test_owners_show_names_with_weights_and_follow_renames(
    view: AssetsView, db
) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    marc = add_member(db, MemberInput(name="Marc Roy"))
    add_asset(db, AssetInput(name="Van", owners=(Ownership(anne.id, 1000),
                                                 Ownership(marc.id, 1500))))
    view.reload()
    wait_for_reads()
    assert row_texts(view, "Van")[AssetsModel.OWNERS] == "Anne Roy (1), Marc Roy (1.5)"

    from partage.services.members import update_member

    update_member(db, anne.id, MemberInput(name="Anne Tremblay"),
                  expected_version=anne.version)
    view.bus.notify(Change.MEMBER)  # as a member dialog's save does
    wait_for_reads()

    assert row_texts(view, "Van")[AssetsModel.OWNERS] == "Anne Tremblay (1), Marc Roy (1.5)"


def test_sorting_by_price_uses_cents(view: AssetsView, db) -> None:
    add_asset(db, AssetInput(name="Van", purchase_price_cents=3_850_000))
    add_asset(db, AssetInput(name="Drill", purchase_price_cents=89_900))
    add_asset(db, AssetInput(name="Room"))
    add_asset(db, AssetInput(name="Camera", purchase_price_cents=244_900))
    view.reload()
    wait_for_reads()

    view.table.sortByColumn(AssetsModel.PRICE, Qt.SortOrder.AscendingOrder)

    # As text "$2,449.00" < "$38,500.00" < "$899.00"; by cents the drill is cheapest.
    assert column_texts(view, AssetsModel.NAME) == ["Drill", "Camera", "Van", "Room"]


def test_search_looks_in_category_and_location(qtbot: QtBot, view: AssetsView, db) -> None:
    add_asset(db, AssetInput(name="Perceuse", category="Outils", location="Atelier"))
    add_asset(db, AssetInput(name="Projecteur", category="Informatique", location="Bureau"))
    view.reload()
    wait_for_reads()

    qtbot.keyClicks(view.search_edit, "outil")
    assert column_texts(view, AssetsModel.NAME) == ["Perceuse"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "bureau")
    assert column_texts(view, AssetsModel.NAME) == ["Projecteur"]


def test_statuses_and_meters_are_words(view: AssetsView, db) -> None:
    add_asset(db, AssetInput(name="Van", meter="km", status="in_repair"))
    view.reload()
    wait_for_reads()
    shown = row_texts(view, "Van")
    assert (shown[AssetsModel.METER], shown[AssetsModel.STATUS]) == ("Kilometres", "In repair")


def test_assets_model_passes_the_model_tester(qtmodeltester, db) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    add_asset(db, AssetInput(name="Van", purchase_price_cents=100,
                             owners=(Ownership(anne.id, 1000),)))
    add_asset(db, AssetInput(name="Drill"))
    model = AssetsModel()
    model.set_member_names({anne.id: anne.name})
    model.set_records(list_assets(db))
    qtmodeltester.check(model)


def spaced(rows: list[list[str]]) -> list[list[str]]:
    """*rows* with plain spaces: CLDR puts a narrow no-break one before "a.m."."""
    return [[text.replace("\u202f", " ") for text in row] for row in rows]


def test_out_with_says_who_has_each_asset_now(view: AssetsView, lending: Lending) -> None:
    view.clock = lambda: NOW
    view.reload()
    wait_for_reads()

    assert row_texts(view, "Van")[AssetsModel.OUT_WITH] == "Anne Roy (overdue)"
    assert row_texts(view, "Drill")[AssetsModel.OUT_WITH] == "Marc Roy"
    van_row = column_texts(view, AssetsModel.NAME).index("Van")
    late = view.proxy.index(van_row, AssetsModel.OUT_WITH)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == error_colour(QPalette())
    assert spaced([[late.data(Qt.ItemDataRole.ToolTipRole)]]) == [
        ["Booked Mon 2026-11-23 9:00 a.m.–5:00 p.m."]
    ]
    drill_row = column_texts(view, AssetsModel.NAME).index("Drill")
    assert view.proxy.index(drill_row, AssetsModel.OUT_WITH).data(
        Qt.ItemDataRole.ForegroundRole) is None


def test_bookings_panel_lists_the_selected_asset_s_and_marks_the_overdue_one(
    view: AssetsView, lending: Lending
) -> None:
    view.clock = lambda: NOW
    view.reload()
    wait_for_reads()
    panel = view.bookings_panel
    assert panel.title_label.text() == "Bookings"
    assert panel.table.placeholder_text() == "Select an asset to see its bookings."

    view.select_record(lending.van.id)

    assert panel.isVisible()
    assert panel.title_label.text() == "Current and upcoming bookings of Van"
    assert spaced(panel.texts()) == [
        ["Mon 2026-11-23 9:00 a.m.–5:00 p.m.", "Anne Roy", "Overdue"],
        ["Wed 2026-11-25 9:00 a.m.–12:00 p.m.", "Marc Roy", "Confirmed"],
    ]
    model = panel.model
    overdue = model.index(0, BookingsModel.STATUS)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == error_colour(QPalette())
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, BookingsModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is None

    view.select_record(lending.drill.id)
    assert spaced(panel.texts()) == [
        ["Tue 2026-11-24 10:00 a.m.–2:00 p.m.", "Marc Roy", "Checked out"]
    ]


def test_a_return_reaches_the_table_and_the_panel_through_the_change_bus(
    view: AssetsView, db, bus: ChangeBus, lending: Lending
) -> None:
    view.clock = lambda: NOW
    view.reload()
    wait_for_reads()
    view.select_record(lending.van.id)

    check_in(db, lending.overdue.id, at=at(24, 11))
    bus.notify(Change.BOOKING)
    wait_for_reads()

    assert row_texts(view, "Van")[AssetsModel.OUT_WITH] == ""
    assert [row[1:] for row in view.bookings_panel.texts()] == [["Marc Roy", "Confirmed"]]


def test_bookings_model_passes_the_model_tester(qtmodeltester, lending: Lending) -> None:
    model = BookingsModel("Member")
    model.set_bookings([lending.overdue, lending.upcoming], {lending.anne.id: "Anne Roy"},
                       by_asset=True, zone=ZONE, now=NOW)
    qtmodeltester.check(model)


def open_dialog(qtbot: QtBot, db, bus: ChangeBus, record=None) -> AssetDialog:
    dialog = AssetDialog(db, bus, record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_editing_an_asset_keeps_its_booking_rules_and_recovery(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    room = add_asset(db, AssetInput(
        name="Salle A", kind="space", purchase_price_cents=1_200_000,
        purchase_date=dt.date(2025, 1, 15), bookable=False, min_booking_minutes=90,
        max_booking_minutes=480, opening_hours="08:00-22:00", recovery_months=48,
    ))
    dialog = open_dialog(qtbot, db, bus, room)
    assert not dialog.bookable_check.isChecked()
    assert (dialog.shortest_edit.hours.value(), dialog.shortest_edit.minutes.value()) == (1, 30)
    assert dialog.longest_edit.total_minutes() == 480
    assert dialog.opening_edit.time_range() == (dt.time(8), dt.time(22))
    assert dialog.recovery_spin.value() == 48 and dialog.recovery_check.isChecked()
    dialog.name_edit.setText("Salle Alfred-Pellan")

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    saved = get_asset(db, room.id)
    assert saved.name == "Salle Alfred-Pellan"
    assert (saved.bookable, saved.min_booking_minutes, saved.max_booking_minutes,
            saved.opening_hours, saved.recovery_months) == (False, 90, 480, "08:00-22:00", 48)


def test_booking_rules_and_recovery_are_edited_in_the_dialog(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    room = add_asset(db, AssetInput(name="Salle B", kind="space"))
    dialog = open_dialog(qtbot, db, bus, room)
    assert dialog.bookable_check.isChecked()
    assert dialog.shortest_edit.total_minutes() is None
    assert dialog.opening_edit.isEnabled()
    assert not dialog.recovery_row.isEnabled()  # nothing to recover without price and date

    dialog.bookable_check.setChecked(False)
    dialog.shortest_edit.set_minutes(45)
    dialog.longest_edit.check.setChecked(True)
    dialog.longest_edit.hours.setValue(3)
    dialog.opening_edit.set_range((dt.time(9), dt.time(17, 30)))
    qtbot.keyClicks(dialog.price_edit, "800")
    assert not dialog.recovery_row.isEnabled()
    dialog.purchase_date_edit.set_date(dt.date(2026, 2, 1))
    assert dialog.recovery_row.isEnabled()
    dialog.recovery_check.setChecked(True)
    dialog.recovery_spin.setValue(24)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    saved = get_asset(db, room.id)
    assert (saved.bookable, saved.min_booking_minutes, saved.max_booking_minutes,
            saved.opening_hours, saved.recovery_months) == (False, 45, 180, "09:00-17:30", 24)
    assert saved.purchase_price_cents == 80_000


def test_rules_the_services_refuse_are_explained_under_their_field(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    room = add_asset(db, AssetInput(name="Salle C", kind="space"))
    dialog = open_dialog(qtbot, db, bus, room)
    dialog.shortest_edit.set_minutes(240)
    dialog.longest_edit.set_minutes(60)

    with qtbot.assertNotEmitted(bus.changed):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    assert dialog.isVisible()
    assert dialog.feedback.field_in_error() == "booking_minutes"
    assert dialog.error_text() == "The longest booking cannot be shorter than the shortest."

    dialog.longest_edit.set_minutes(None)
    dialog.opening_edit.set_range((dt.time(22), dt.time(8)))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    assert dialog.feedback.field_in_error() == "opening_hours"
    assert dialog.error_text() == "“22:00-08:00” is not opening hours. Write them as 08:00-22:00."
    assert get_asset(db, room.id).min_booking_minutes is None


def test_opening_hours_are_for_spaces(qtbot: QtBot, db, bus: ChangeBus) -> None:
    dialog = open_dialog(qtbot, db, bus)
    assert dialog.kind_combo.currentData() == "equipment"
    assert not dialog.opening_edit.isEnabled()

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("space"))

    assert dialog.opening_edit.isEnabled()


def test_tab_goes_down_the_form_then_through_the_booking_rules(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    room = add_asset(db, AssetInput(name="Salle D", kind="space", purchase_price_cents=100,
                                    purchase_date=dt.date(2026, 1, 1)))
    dialog = open_dialog(qtbot, db, bus, room)
    dialog.recovery_check.setChecked(True)

    # Spin and date boxes pass the focus to their own line edit, named qt_spinbox_lineedit.
    stops = [widget for widget in tab_stops(dialog.name_edit)
             if not widget.objectName().startswith("qt_")]

    fields = [dialog.name_edit, dialog.kind_combo, dialog.category_edit, dialog.location_edit,
              dialog.description_edit, dialog.purchase_date_edit.check,
              dialog.purchase_date_edit.edit, dialog.price_edit, dialog.recovery_check,
              dialog.recovery_spin, dialog.meter_combo, dialog.status_combo,
              dialog.rule_combo, dialog.bookable_check, dialog.shortest_edit.check,
              dialog.longest_edit.check, dialog.opening_edit.check]
    assert stops[:len(fields)] == fields
