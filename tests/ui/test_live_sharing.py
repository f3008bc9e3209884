"""One file, several people, seen from the window: others' changes appear by themselves,
the status bar and the "Who is here" panel show who else has the file open. Real
processes write to the real file."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.errors import DatabaseUnavailable
from partage.services import sharing
from partage.services.members import MemberInput, add_member
from partage.services.workspace import open_workspace
from partage.storage import presence
from partage.ui import main_window as main_window_module
from partage.ui.controller import AppController
from partage.ui.main_window import MainWindow
from partage.ui.preferences import Preferences
from tests.storage.presence_peer import Peer

REFRESH_DEADLINE_MS = 2000


@pytest.fixture
def controller(qtbot: QtBot) -> AppController:
    app_controller = AppController(Preferences())
    qtbot.addWidget(app_controller.window)
    return app_controller


def open_on_members(qtbot: QtBot, controller: AppController, target: str) -> MainWindow:
    controller.preferences.section = "members"
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start(target)
    assert window.current_section() == "members"
    return window


def member_names(window: MainWindow) -> list[str]:
    view = window.current_view()
    assert view is not None
    proxy = view.proxy  # type: ignore[attr-defined]
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def cli_member_add(target: str, name: str) -> float:
    """Add a member from another process; return the moment it had committed (exited)."""
    result = subprocess.run(
        [sys.executable, "-m", "partage.cli", "--db", target, "member", "add", name],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    return time.monotonic()


def wait_for_name(qtbot: QtBot, window: MainWindow, name: str, since: float) -> float:
    """Wait (at most the deadline) for *name* in the Members view; the delay in seconds."""
    qtbot.waitUntil(lambda: name in member_names(window), timeout=REFRESH_DEADLINE_MS)
    return time.monotonic() - since


def close(controller: AppController) -> None:
    controller.window.close()
    assert controller.live is None


def test_a_member_added_by_another_process_shows_within_two_seconds(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    assert member_names(window) == []
    delays = []
    for name in ("Julie Tremblay", "Luc Gagnon", "Zoé Roy"):
        committed = cli_member_add(str(db_path), name)
        delays.append(wait_for_name(qtbot, window, name, committed))
    print(f"refresh after another process's write: {[round(d, 2) for d in delays]} s")
    assert max(delays) < REFRESH_DEADLINE_MS / 1000
    # The status bar says who changed it last (the command line runs as this login).
    assert window.last_change_label.text().startswith("Changed ")
    close(controller)


def test_refresh_delay_measured_from_the_commit(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    """Another connection (another computer, as far as the window knows) commits at
    moments spread over the polling period; each change shows well within two seconds."""
    import random

    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    elsewhere = open_workspace(db_path)
    delays = []
    shuffle = random.Random(7)
    for number in range(8):
        qtbot.wait(int(shuffle.uniform(0, 1000)))
        name = f"Membre {number}"
        add_member(elsewhere, MemberInput(name=name))
        delays.append(wait_for_name(qtbot, window, name, time.monotonic()))
    elsewhere.close()
    print(f"refresh delay from the commit: max {max(delays):.2f} s, "
          f"mean {sum(delays) / len(delays):.2f} s")
    assert max(delays) < 1.5  # one poll period, plus the reload
    close(controller)


def test_a_change_elsewhere_is_broadcast_with_the_kinds_it_changed(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    with qtbot.wait_signal(controller.bus.changed, timeout=5000) as broadcast:
        cli_member_add(str(db_path), "Julie Tremblay")
    # The same broadcast as after this window's own writes: the change counter says
    # which kinds of data the other process changed (a member, and the audit log).
    assert broadcast.args == [Change.MEMBER | Change.AUDIT]
    qtbot.waitUntil(lambda: "Julie Tremblay" in member_names(window), timeout=5000)
    close(controller)


def test_own_writes_do_not_come_back_as_someone_else_s(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    live = controller.live
    assert live is not None
    with qtbot.wait_signal(live.looked, timeout=5000):
        pass
    add_member(controller.database, MemberInput(name="Anne Roy"))
    controller.bus.notify(Change.MEMBER)
    with qtbot.assert_not_emitted(live.changed_elsewhere, wait=2500):
        pass
    assert "Anne Roy" in member_names(window)
    close(controller)


def test_the_status_bar_and_the_panel_show_who_else_is_here(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    qtbot.waitUntil(lambda: window.presence_button.text() == "Only you", timeout=5000)
    with Peer(db_path, "Marc Roy") as marc, Peer(db_path, "Julie Tremblay") as julie:
        qtbot.waitUntil(
            lambda: window.presence_button.text() == "Also here: Marc Roy, Julie Tremblay",
            timeout=5000,
        )
        assert "Marc Roy (marc, PEER-PC), since " in window.presence_button.toolTip()
        qtbot.mouseClick(window.presence_button, Qt.MouseButton.LeftButton)
        panel = window.presence_panel
        assert panel is not None and panel.isVisible()
        assert window.presence_action.isChecked()
        assert panel.names() == ["Marc Roy", "Julie Tremblay"]
        row = [panel.proxy.index(0, column).data() for column in range(4)]
        assert row[:3] == ["Marc Roy", "marc", "PEER-PC"]
        assert panel.you_label.text().startswith("Others see you as ")
        marc.leave()
        qtbot.waitUntil(lambda: panel.names() == ["Julie Tremblay"], timeout=5000)
        assert window.presence_button.text() == "Also here: Julie Tremblay"
        julie.leave()
    qtbot.waitUntil(lambda: window.presence_button.text() == "Only you", timeout=5000)
    assert panel.table.placeholder_text() == "Nobody else has this database open."
    close(controller)


def test_someone_whose_computer_stops_answering_goes_from_the_list(
    qtbot: QtBot, controller: AppController, db, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(presence, "STALE_AFTER_OBSERVATIONS", 3)
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    with Peer(db_path, "Marc Roy") as marc:
        qtbot.waitUntil(lambda: window.presence_button.text() == "Also here: Marc Roy",
                        timeout=5000)
        marc.crash()  # no goodbye: its row stays, its counter stops
    crashed = time.monotonic()
    qtbot.waitUntil(lambda: window.presence_button.text() == "Only you", timeout=8000)
    assert time.monotonic() - crashed >= 2.0  # three looks a second apart, not at once
    close(controller)


def test_a_read_only_file_opens_with_a_banner(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    controller.set_database(open_workspace(db_path, read_only=True), str(db_path))
    window = controller.window
    window.show()
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith("This database is open read-only")
    assert not window.restore_action.isEnabled()
    panel = window.presence_panel
    assert panel is not None
    assert panel.you_label.text() == "This window is read-only: others do not see you here."
    close(controller)


def test_a_database_out_of_reach_is_said_in_a_banner_until_it_answers_again(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    live = controller.live
    assert live is not None
    real_look = live.session.look
    calls = {"n": 0}

    def flaky_look() -> sharing.SharingSnapshot:
        calls["n"] += 1
        if calls["n"] <= 2:
            raise DatabaseUnavailable("The database {path} could not be read.", path="x")
        return real_look()

    live.session.look = flaky_look  # type: ignore[method-assign]
    qtbot.waitUntil(window.trouble_banner.isVisible, timeout=5000)
    assert "cannot reach the database just now" in window.trouble_banner.text()
    qtbot.waitUntil(lambda: not window.trouble_banner.isVisible(), timeout=5000)
    close(controller)


def test_a_refresh_from_elsewhere_waits_for_the_mouse_button_to_be_released(
    qtbot: QtBot, controller: AppController, db, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    buttons = {"held": Qt.MouseButton.LeftButton}

    class Application:
        @staticmethod
        def mouseButtons() -> Qt.MouseButton:
            return buttons["held"]

    monkeypatch.setattr(main_window_module, "QApplication", Application)
    with qtbot.assert_not_emitted(controller.bus.changed, wait=600):
        window.refresh_after_remote_change()
    with qtbot.wait_signal(controller.bus.changed, timeout=2000):
        buttons["held"] = Qt.MouseButton.NoButton
    close(controller)


def test_a_new_window_shows_to_the_others_within_seconds(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    watcher = sharing.SharingSession(db)
    watcher.look()
    opened = time.monotonic()
    open_on_members(qtbot, controller, str(db_path))

    def seen() -> bool:
        return bool(watcher.look().people)

    qtbot.waitUntil(seen, timeout=5000)
    assert time.monotonic() - opened < 4.0  # not a whole heartbeat period
    close(controller)


def test_closing_leaves_the_presence_table(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    open_on_members(qtbot, controller, str(db_path))
    other = open_workspace(db_path)
    watcher = sharing.SharingSession(other)

    def rows() -> int:
        with other.read() as session:
            return len(presence.read_rows(session))

    qtbot.waitUntil(lambda: rows() == 1, timeout=5000)
    controller.close_database()
    assert rows() == 0 and controller.live is None
    watcher.leave()
    other.close()


# --- PostgreSQL ----------------------------------------------------------------------


def test_presence_and_live_refresh_on_postgresql(
    qtbot: QtBot, controller: AppController, pg_url: str
) -> None:
    from partage.services.workspace import OrganisationSettings, create_workspace

    create_workspace(pg_url, OrganisationSettings(name="Coop serveur")).close()
    window = open_on_members(qtbot, controller, pg_url)
    with Peer(pg_url, "Marc Roy"):
        qtbot.waitUntil(lambda: window.presence_button.text() == "Also here: Marc Roy",
                        timeout=5000)
        committed = cli_member_add(pg_url, "Julie Tremblay")
        delay = wait_for_name(qtbot, window, "Julie Tremblay", committed)
    print(f"refresh on PostgreSQL: {delay:.2f} s")
    assert window.location_kind_label.text() == "Server"
    assert not window.restore_action.isEnabled()
    close(controller)


def test_a_payment_made_elsewhere_reloads_only_the_views_that_show_money(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    db.close()
    window = open_on_members(qtbot, controller, str(db_path))
    members_view = window.current_view()
    assert members_view is not None
    reloads: list[int] = []
    real_reload = members_view.reload  # type: ignore[attr-defined]

    def counted_reload() -> None:
        reloads.append(1)
        real_reload()

    members_view.reload = counted_reload  # type: ignore[attr-defined]
    told: list[Change] = []
    controller.bus.changed.connect(told.append)
    result = subprocess.run(
        [sys.executable, "-m", "partage.cli", "--db", str(db_path), "payment", "add",
         "Anne Roy", "40,00", "--date", "2026-03-02"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: any(Change.PAYMENT in c for c in told), timeout=REFRESH_DEADLINE_MS)
    assert all(not c & (Change.MEMBER | Change.BOOKING | Change.ASSET) for c in told), told
    qtbot.wait(300)
    assert reloads == []  # the Members section shows no payment: it did not read again
    # A member added elsewhere: that section reads again.
    cli_member_add(str(db_path), "Julie")
    wait_for_name(qtbot, window, "Julie", time.monotonic())
    assert reloads
    close(controller)
