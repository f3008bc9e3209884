"""Who else has the file open: heartbeats, staleness by a counter that stops moving, the
gate that keeps upgrades away while others are present. Real files, real processes."""

from __future__ import annotations

import datetime as dt

import pytest

from partage.errors import DatabaseBusy
from partage.services.sharing import SharingSession
from partage.storage import Actor, open_database, presence
from partage.storage import backup as backups
from partage.storage import database as database_module
from partage.storage.presence import OthersPresent, PresenceRow, PresenceTracker, live_peers
from tests.storage.presence_peer import Peer

T0 = dt.datetime(2026, 11, 24, 14, 2, tzinfo=dt.UTC)


def row(session_id: str, heartbeat: int, name: str = "Marc Roy") -> PresenceRow:
    return PresenceRow(session_id, name.split()[0].lower(), name, "PC-1", T0, heartbeat)


def names(rows: list[PresenceRow]) -> list[str]:
    return [r.session_id for r in rows]


# --- the tracker: present while the counter moves -------------------------------------


def test_a_row_counts_once_its_counter_moved_and_while_it_keeps_moving() -> None:
    tracker = PresenceTracker("me", stale_after=3, expire_after=10)
    assert tracker.observe([row("me", 0), row("a", 7)]).present == []  # not seen moving yet
    assert names(tracker.observe([row("me", 1), row("a", 8)]).present) == ["a"]
    # Three looks without a move: still present after two, stale at the third.
    assert names(tracker.observe([row("a", 8)]).present) == ["a"]
    assert names(tracker.observe([row("a", 8)]).present) == ["a"]
    assert tracker.observe([row("a", 8)]).present == []
    assert names(tracker.observe([row("a", 9)]).present) == ["a"]  # back


def test_a_row_left_by_a_crash_never_shows_and_expires_after_enough_looks() -> None:
    tracker = PresenceTracker("me", stale_after=3, expire_after=5)
    looks = [tracker.observe([row("gone", 41)]) for _ in range(6)]
    assert all(look.present == [] for look in looks)
    assert [names(look.expired) for look in looks] == [[], [], [], [], [], ["gone"]]


def test_clocks_play_no_part() -> None:
    """Rows with wildly different opening times are judged by their counters alone."""
    tracker = PresenceTracker("me", stale_after=2, expire_after=9)
    future = PresenceRow("a", "a", "A", "PC", T0 + dt.timedelta(days=400), 1)
    past = PresenceRow("b", "b", "B", "PC", T0 - dt.timedelta(days=400), 1)
    tracker.observe([future, past])
    moved = [
        PresenceRow("a", "a", "A", "PC", future.opened_at, 2),
        PresenceRow("b", "b", "B", "PC", past.opened_at, 2),
    ]
    assert names(tracker.observe(moved).present) == ["a", "b"]


def test_a_row_that_went_away_is_forgotten() -> None:
    tracker = PresenceTracker("me", stale_after=3, expire_after=5)
    tracker.observe([row("a", 1)])
    tracker.observe([row("a", 2)])
    assert tracker.observe([]).present == []
    assert tracker.observe([row("a", 2)]).present == []  # seen again: must move again


# --- the gate: who is alive, watched for a while --------------------------------------


def test_the_gate_does_not_wait_when_nobody_else_has_a_row() -> None:
    slept: list[float] = []
    assert live_peers(lambda: [row("me", 3)], own_session="me", sleep=slept.append) == []
    assert slept == []


def test_the_gate_names_the_moving_rows_and_ignores_the_still_and_the_gone() -> None:
    looks = iter(
        [
            [row("alive", 1), row("crashed", 5), row("closing", 2)],
            [row("alive", 2), row("crashed", 5)],
            [row("alive", 3), row("crashed", 5)],
            [row("alive", 4), row("crashed", 5)],
        ]
    )
    slept: list[float] = []
    alive = live_peers(lambda: next(looks), samples=3, interval=0.5, sleep=slept.append)
    assert names(alive) == ["alive"]
    assert slept == [0.5, 0.5, 0.5]


def test_the_gate_stops_as_soon_as_everyone_moved() -> None:
    looks = iter([[row("a", 1), row("b", 1)], [row("a", 2), row("b", 2)]])
    slept: list[float] = []
    assert names(live_peers(lambda: next(looks), samples=10, sleep=slept.append)) == ["a", "b"]
    assert len(slept) == 1


# --- real windows on a real file --------------------------------------------------------


def actor(name: str) -> Actor:
    return Actor(os_user=name.split()[0].lower(), display_name=name, machine=f"PC-{name[0]}")


def test_two_windows_see_each_other_and_not_themselves(db, db_path) -> None:
    other = open_database(db_path, actor=actor("Marc Roy"))
    mine, theirs = SharingSession(db), SharingSession(other)
    for _ in range(2):
        mine.beat()
        theirs.beat()
        seen_by_me, seen_by_them = mine.look(), theirs.look()
    assert [(p.display_name, p.machine) for p in seen_by_me.people] == [("Marc Roy", "PC-M")]
    assert [p.session_id for p in seen_by_them.people] == [mine.session_id]
    theirs.leave()
    assert mine.look().people == []
    other.close()


def test_heartbeats_do_not_count_as_changes(db, db_path) -> None:
    other = open_database(db_path, actor=actor("Marc Roy"))
    mine, theirs = SharingSession(db), SharingSession(other)
    first = mine.look()
    for _ in range(3):
        theirs.beat()
    later = mine.look()
    assert later.revision == first.revision and not later.changed_elsewhere
    other.close()


def test_a_peer_process_shows_then_goes_stale_when_killed_then_expires(db_path, db) -> None:
    session = SharingSession(db, stale_after=4, expire_after=8)
    with Peer(db_path, "Marc Roy", beat_seconds=0.1) as peer:
        people: list[str] = []
        for _ in range(50):
            people = [p.display_name for p in session.look().people]
            if people:
                break
            presence_sleep(0.1)
        assert people == ["Marc Roy"]
        peer.crash()
    looks = [session.look() for _ in range(9)]
    # Four looks without a move and it is gone from the list; at the eighth its row goes.
    assert [len(look.people) for look in looks][4:] == [0] * 5
    with db.read() as s:
        assert presence.read_rows(s) == []


def presence_sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)


def test_a_window_whose_row_expired_while_asleep_comes_back(db) -> None:
    session = SharingSession(db)
    session.beat()
    with db.read() as s:
        [mine] = presence.read_rows(s)
    db.write(lambda s: presence.expire(s, [mine]), counts_as_change=False)
    session.beat()
    with db.read() as s:
        [back] = presence.read_rows(s)
    assert back.session_id == session.session_id and back.opened_at == session.opened_at


def test_expiry_spares_a_row_that_moved_since_it_was_seen(db) -> None:
    session = SharingSession(db)
    session.beat()
    with db.read() as s:
        [seen] = presence.read_rows(s)
    session.beat()  # it woke up meanwhile
    assert db.write(lambda s: presence.expire(s, [seen]), counts_as_change=False) == 0


def test_a_read_only_window_reads_presence_but_does_not_announce_itself(db, db_path) -> None:
    reader = open_database(db_path, read_only=True)
    session = SharingSession(reader)
    session.beat()
    session.leave()
    assert session.look().people == []
    with db.read() as s:
        assert presence.read_rows(s) == []
    reader.close()


# --- upgrades wait until nobody else is present ----------------------------------------


@pytest.fixture
def needs_upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """This Partage believes a newer schema exists, so every file needs an upgrade."""
    monkeypatch.setattr(database_module, "SCHEMA_HEAD", "0007_next")
    monkeypatch.setattr(presence, "GATE_INTERVAL_SECONDS", 0.2)
    monkeypatch.setattr(presence, "GATE_SAMPLES", 10)


@pytest.mark.sqlite_only("turns the SQLite file back into an older schema")
def test_an_upgrade_is_refused_while_someone_is_present_and_names_them(
    db, db_path, needs_upgrade
) -> None:
    db.close()
    with Peer(db_path, "Marc Roy", beat_seconds=0.1) as peer:
        with pytest.raises(OthersPresent) as refused:
            open_database(db_path)
        peer.leave()
    assert isinstance(refused.value, DatabaseBusy) and refused.value.exit_code == 4
    assert "Marc Roy (marc, PEER-PC, " in str(refused.value)
    assert "must be upgraded" in str(refused.value)
    assert backups.list_backups(db_path) == []  # not even the backup before the upgrade
    open_database(db_path).close()  # everyone gone: the upgrade goes ahead
    assert [
        b.path.name.endswith("before-upgrade.partage") for b in backups.list_backups(db_path)
    ] == [True]


def test_a_row_left_by_a_crash_does_not_block_an_upgrade(db, db_path, needs_upgrade) -> None:
    with Peer(db_path, "Marc Roy", beat_seconds=0.1) as peer:
        peer.crash()
    db.close()
    open_database(db_path).close()
