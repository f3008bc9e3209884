"""Every dialog, opened at the size it gives itself, shows its labels and buttons whole,
in French (the longer language) and in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from partage.i18n import install_translations
from partage.services.assets import list_assets
from partage.services.bookings import list_bookings
from partage.services.calendar import calendar_catalog
from partage.services.costs import list_costs
from partage.services.demo import create_demo
from partage.services.members import list_members
from partage.services.upkeep import plan_statuses
from partage.services.workspace import Actor, BackupPolicy, open_workspace
from partage.storage.database import Database
from partage.ui.asset_dialog import AssetDialog
from partage.ui.audit_dialog import AuditDialog
from partage.ui.calendar.actions import CancelDialog, ChangeScopeDialog, HandoverDialog
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.changes import ChangeBus
from partage.ui.cloud_dialog import CloudFolderDialog
from partage.ui.costs.cost_dialog import CostDialog
from partage.ui.costs.payment_dialog import PaymentDialog
from partage.ui.costs.upkeep_dialogs import PlanDialog, PolicyDialog, RecordDoneDialog
from partage.ui.document_settings_dialog import DocumentSettingsDialog
from partage.ui.export_dialog import ExportDialog
from partage.ui.import_dialog import ImportDialog
from partage.ui.member_dialog import MemberDialog
from partage.ui.new_database_dialog import NewDatabaseDialog
from partage.ui.opening_balance_dialog import OpeningBalanceDialog
from partage.ui.preferences import Preferences
from partage.ui.preferences_dialog import PreferencesDialog
from partage.ui.restore_dialog import RestoreDialog
from partage.ui.widgets import clipped_texts

DAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "La Remise.partage"
    create_demo(path, anchor=DAY).close()
    return path


@pytest.fixture
def demo(demo_file: Path, qapp: QApplication) -> Iterator[Database]:
    db = open_workspace(demo_file, backup=BackupPolicy(enabled=False))
    yield db
    db.close()


def dialogs(db: Database, bus: ChangeBus) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, a function building the dialog) for each dialog, on real records."""
    members = list_members(db)
    assets = list_assets(db)
    van = next(a for a in assets if a.owners and a.purchase_price_cents)
    booking = list_bookings(db)[0]
    catalog = calendar_catalog(db)
    yield "member", lambda: MemberDialog(db, bus, members[0])
    yield "asset", lambda: AssetDialog(db, bus, van)
    yield "new booking", lambda: BookingDialog(db, bus, catalog, asset_id=van.id)
    yield "booking", lambda: BookingDialog(db, bus, catalog, record=booking)
    yield "check out", lambda: HandoverDialog(False, "km", van.name)
    yield "check in", lambda: HandoverDialog(True, "km", van.name)
    yield "cancel", lambda: CancelDialog()
    yield "change scope", lambda: ChangeScopeDialog()
    yield "cost", lambda: CostDialog(db, bus, list_costs(db)[0])
    yield "payment", lambda: PaymentDialog(db, bus, day=DAY, member_id=members[0].id)
    yield "opening balance", lambda: OpeningBalanceDialog(
        db, bus, members[0].id, members[0].name, "CAD", day=DAY
    )
    yield "plan", lambda: PlanDialog(db, bus, day=DAY, asset_id=van.id)
    yield "done", lambda: RecordDoneDialog(db, bus, plan_statuses(db, DAY)[0], day=DAY)
    yield "policy", lambda: PolicyDialog(db, bus, day=DAY)
    yield "settings", lambda: DocumentSettingsDialog(db, bus)
    yield "preferences", lambda: PreferencesDialog(Preferences())
    yield "new database", lambda: NewDatabaseDialog(Actor.current())
    yield "import", lambda: ImportDialog(db, bus)
    yield "export", lambda: ExportDialog(db)
    yield "audit", lambda: AuditDialog(db, today=DAY)
    yield "restore", lambda: RestoreDialog([])
    yield "cloud", lambda: CloudFolderDialog("La Remise.partage", "OneDrive")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_dialog_shows_its_labels_and_buttons_whole(
    language: str, demo: Database, bus: ChangeBus, qtbot: QtBot
) -> None:
    install_translations(language)
    cut: dict[str, list[str]] = {}
    built = 0
    for name, build in dialogs(demo, bus):
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        problems = clipped_texts(dialog)
        if problems:
            cut[name] = problems
        dialog.close()
        built += 1
    assert built == 22
    assert cut == {}
