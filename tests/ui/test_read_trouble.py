"""A read made in the background that fails goes to the window's banner, never to a
dialog that stops the person; a database busy for a moment is read again first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.errors import DatabaseBusy
from partage.services.members import MemberInput, add_member
from partage.ui.controller import AppController
from partage.ui.costs import balances as balances_module
from partage.ui.preferences import Preferences
from tests.ui.conftest import MessageRecorder


@pytest.fixture
def controller(qtbot: QtBot) -> AppController:
    app_controller = AppController(Preferences())
    qtbot.addWidget(app_controller.window)
    return app_controller


def open_on_balances(qtbot: QtBot, controller: AppController, target: str):
    controller.preferences.section = "balances"
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start(target)
    assert window.current_section() == "balances"
    return window


def failing_then_working(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[int]:
    """Make the Balances section's read raise ``DatabaseBusy`` *failures* times."""
    real = balances_module.compute_sheet
    calls: list[int] = []

    def compute(db, day):
        calls.append(1)
        if len(calls) <= failures:
            raise DatabaseBusy("The database {path} is busy.", path="group.partage")
        return real(db, day)

    monkeypatch.setattr(balances_module, "compute_sheet", compute)
    return calls


def test_a_database_busy_for_a_moment_is_read_again_without_a_word(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add_member(db, MemberInput(name="Anne Roy"))
    db.close()
    window = open_on_balances(qtbot, controller, str(db_path))
    calls = failing_then_working(monkeypatch, failures=1)
    controller.bus.notify(Change.PAYMENT)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    qtbot.waitUntil(lambda: not window.current_view().reader.busy, timeout=5000)
    assert not window.trouble_banner.isVisible()
    assert shown_messages.shown == []


def test_a_read_that_keeps_failing_shows_a_banner_not_a_dialog_until_it_works(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add_member(db, MemberInput(name="Anne Roy"))
    db.close()
    window = open_on_balances(qtbot, controller, str(db_path))
    calls = failing_then_working(monkeypatch, failures=4)  # more than the retries
    controller.bus.notify(Change.PAYMENT)
    qtbot.waitUntil(window.trouble_banner.isVisible, timeout=10_000)
    assert "could not read what this section shows" in window.trouble_banner.text()
    assert "busy" in window.trouble_banner.text()
    assert shown_messages.shown == []  # no dialog stopped the person
    controller.bus.notify(Change.PAYMENT)  # the next read works
    qtbot.waitUntil(lambda: not window.trouble_banner.isVisible(), timeout=5000)
    assert len(calls) == 5
    assert shown_messages.shown == []


def test_a_read_that_works_again_does_not_hide_that_the_database_is_out_of_reach(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The banner has two causes; each goes only when it is over, and while both hold,
    both are said, the database out of reach first."""
    from partage.errors import DatabaseUnavailable

    add_member(db, MemberInput(name="Anne Roy"))
    db.close()
    window = open_on_balances(qtbot, controller, str(db_path))
    failing_then_working(monkeypatch, failures=4)
    controller.bus.notify(Change.PAYMENT)
    qtbot.waitUntil(window.trouble_banner.isVisible, timeout=10_000)
    window.show_trouble(DatabaseUnavailable("The server {path} does not answer.", path="x"))
    first, second = window.trouble_banner.text().split("\n")
    assert "cannot reach the database just now" in first
    assert "could not read what this section shows" in second

    controller.bus.notify(Change.PAYMENT)  # the next read works
    qtbot.waitUntil(lambda: "could not read" not in window.trouble_banner.text(), timeout=5000)
    assert window.trouble_banner.isVisible()
    assert "cannot reach the database just now" in window.trouble_banner.text()

    window.show_trouble(None)  # reachable again
    assert not window.trouble_banner.isVisible()
    assert shown_messages.shown == []
