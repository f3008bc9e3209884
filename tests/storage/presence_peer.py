"""Another window on the same database, in a process of its own, for the presence tests.

    python tests/storage/presence_peer.py DB NAME BEAT_SECONDS

Opens DB (a file or a URL), joins the presence table as NAME, prints ``joined``, then
beats every BEAT_SECONDS until a line ``leave`` arrives on stdin (then leaves properly
and prints ``left``), or until it is killed (and leaves its row behind, like a crash).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from partage.services.sharing import SharingSession
from partage.services.workspace import Actor, BackupPolicy, open_workspace


class Peer:
    """A peer process started by a test; ``leave()`` closes it properly, ``crash()``
    kills it and leaves its row behind."""

    def __init__(self, target: str | Path, name: str, beat_seconds: float = 0.2) -> None:
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(target), name, str(beat_seconds)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != "joined":
            self.process.kill()
            raise AssertionError(f"peer did not join: {line} {self.process.stderr.read()}")

    def leave(self) -> None:
        out, err = self.process.communicate("leave\n", timeout=30)
        assert self.process.returncode == 0, err
        assert out.strip() == "left", (out, err)

    def crash(self) -> None:
        self.process.kill()
        self.process.communicate(timeout=30)

    def __enter__(self) -> Peer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.crash()


def main() -> None:
    target, name, beat_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    actor = Actor(os_user=name.split()[0].lower(), display_name=name, machine="PEER-PC")
    db = open_workspace(target, actor=actor, backup=BackupPolicy(enabled=False))
    session = SharingSession(db)
    session.beat()
    print("joined", flush=True)
    stop = threading.Event()

    def listen() -> None:
        for line in sys.stdin:
            if line.strip() == "leave":
                break
        stop.set()

    threading.Thread(target=listen, daemon=True).start()
    while not stop.wait(beat_seconds):
        session.beat()
    session.leave()
    db.close()
    print("left", flush=True)


if __name__ == "__main__":
    main()
