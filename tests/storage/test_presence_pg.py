"""Presence and the change counter on a real PostgreSQL server."""

from __future__ import annotations

import pytest

from partage.changes import Change
from partage.services.members import MemberInput, add_member
from partage.services.sharing import SharingSession
from partage.services.workspace import OrganisationSettings, create_workspace
from partage.storage import Actor, open_database, presence
from partage.storage import database as database_module
from partage.storage.presence import OthersPresent
from tests.storage.presence_peer import Peer


@pytest.fixture
def server(pg_url: str) -> str:
    create_workspace(pg_url, OrganisationSettings(name="Coop serveur")).close()
    return pg_url


def test_two_windows_on_a_server_see_each_other_and_each_other_s_changes(server: str) -> None:
    mine = open_database(server)
    theirs = open_database(server, actor=Actor("marc", "Marc Roy", "PC-ACCUEIL"))
    here, there = SharingSession(mine), SharingSession(theirs)
    for _ in range(2):
        here.beat()
        there.beat()
        look = here.look()
    assert [(p.display_name, p.machine) for p in look.people] == [("Marc Roy", "PC-ACCUEIL")]
    there.beat()
    assert not here.look().changed_elsewhere  # a heartbeat is not a change
    add_member(mine, MemberInput(name="Anne Roy"))
    assert not here.look().changed_elsewhere  # my own write
    add_member(theirs, MemberInput(name="Marc Roy"))
    changed = here.look()
    assert changed.changed_elsewhere
    # The kinds of data changed, so that only the views showing members reload.
    assert Change.MEMBER in changed.changes and not changed.changes & Change.BOOKING
    assert changed.last_change is not None and changed.last_change.display_name == "Marc Roy"
    there.leave()
    assert here.look().people == []
    mine.close()
    theirs.close()


def test_a_server_upgrade_waits_for_everyone(server: str, monkeypatch) -> None:
    monkeypatch.setattr(database_module, "SCHEMA_HEAD", "0007_next")
    monkeypatch.setattr(presence, "GATE_INTERVAL_SECONDS", 0.2)
    with Peer(server, "Julie Tremblay") as julie:
        with pytest.raises(OthersPresent) as refused:
            open_database(server)
        julie.leave()
    assert "Julie Tremblay (julie, PEER-PC, " in str(refused.value)
    open_database(server).close()
