"""Several processes book the same slot of the same asset at the same moment."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import list_bookings
from partage.services.members import MemberInput, add_member

RACER = textwrap.dedent(
    """
    import datetime as dt, sys, time, zoneinfo
    from partage.services.bookings import BookingConflict, BookingRequest, book
    from partage.services.workspace import open_workspace, BackupPolicy
    path, asset, member, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    zone = zoneinfo.ZoneInfo("America/Montreal")
    start = dt.datetime(2026, 6, 1, 9, 0, tzinfo=zone)
    request = BookingRequest(asset, member, start, start + dt.timedelta(hours=2))
    time.sleep(max(0.0, go - time.time()))
    try:
        book(db, request)
        print("booked")
    except BookingConflict:
        print("conflict")
    """
)


def test_only_one_of_several_simultaneous_bookings_of_a_slot_succeeds(db):
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle"))
    members = [add_member(db, MemberInput(name=f"Membre {i}")) for i in range(6)]
    go = time.time() + 2.0  # every process is started and waiting by then
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, db.location, str(van.id), str(m.id), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for m in members
    ]
    outcomes = []
    for racer in racers:
        out, err = racer.communicate(timeout=60)
        assert racer.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(outcomes) == ["booked"] + ["conflict"] * 5
    assert len(list_bookings(db)) == 1
