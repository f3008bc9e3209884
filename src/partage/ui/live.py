"""Watching the open database from a thread of its own: heartbeats, who else is here,
and changes made by others.

The thread looks at the database every second (one short read: the change counter and
the presence table) and moves this window's heartbeat every few seconds. It never
touches a widget: what it sees reaches the interface thread by queued signals. It has a
thread to itself, not the worker's, so a long PDF batch does not delay other people's
changes, and a network drive that stops answering does not freeze the window.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot

from partage.errors import PartageError
from partage.services import sharing
from partage.services.sharing import SharingSession, SharingSnapshot
from partage.services.workspace import Database

log = logging.getLogger(__name__)

STOP_WAIT_SECONDS = 3.0
_lingering: set[LiveSharing] = set()  # watchers whose thread outlived stop(): kept alive


class LiveSharing(QObject):
    """This window's live view of a shared database.

    Signals:
        looked(snapshot): a look succeeded (``SharingSnapshot``).
        changed_elsewhere(Change): someone else changed the data since the last look; the
            kinds of data they changed.
        trouble(error): a look or a heartbeat failed (a ``PartageError``), or None once
            looks succeed again.
    """

    looked = Signal(object)
    changed_elsewhere = Signal(object)
    trouble = Signal(object)

    _looked_from_thread = Signal(object)
    _trouble_from_thread = Signal(object)

    def __init__(
        self,
        db: Database,
        *,
        poll_seconds: float | None = None,
        heartbeat_seconds: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.session = SharingSession(db)
        self.poll_seconds = sharing.POLL_SECONDS if poll_seconds is None else poll_seconds
        self.heartbeat_seconds = (
            sharing.HEARTBEAT_SECONDS if heartbeat_seconds is None else heartbeat_seconds
        )
        self.last: SharingSnapshot | None = None
        self.in_trouble = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._looked_from_thread.connect(self._relay_look, queued)
        self._trouble_from_thread.connect(self._relay_trouble, queued)

    @property
    def session_id(self) -> str:
        """This window's row in the presence table."""
        return self.session.session_id

    def start(self) -> None:
        """Start watching (and announcing this window, when it can write)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="partage-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and leave the presence table; wait a moment for it, no more.

        A drive that does not answer cannot hold the window: after a few seconds the
        thread is left to finish on its own, and the row it leaves behind expires.
        """
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.join(STOP_WAIT_SECONDS)
        if thread.is_alive():
            log.warning("the database %s did not answer; closing without waiting",
                        self.db.location)
            _lingering.add(self)

    @property
    def running(self) -> bool:
        """True while the thread is watching."""
        return self._thread is not None and self._thread.is_alive()

    # --- on the thread ----------------------------------------------------------------

    def _run(self) -> None:
        next_beat, beats = 0.0, 0
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                if started >= next_beat:
                    self.session.beat()
                    beats += 1
                    # Others count a window once they see its counter move: the second
                    # beat comes a poll later, so a new window shows within seconds.
                    pause = self.poll_seconds if beats == 1 else self.heartbeat_seconds
                    next_beat = started + pause
                snapshot = self.session.look()
            except PartageError as error:
                log.info("live sharing: %s", error)
                self._emit(self._trouble_from_thread, error)
            except Exception:  # noqa: BLE001 - a bug here must not end the watching
                log.exception("live sharing failed")
            else:
                self._emit(self._looked_from_thread, snapshot)
            self._stop.wait(max(0.0, self.poll_seconds - (time.monotonic() - started)))
        try:
            self.session.leave()
        except Exception as error:  # noqa: BLE001 - the row left behind expires
            log.info("could not leave the presence table: %s", error)
        _lingering.discard(self)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        if self._stop.is_set():
            return
        try:
            signal.emit(value)
        except RuntimeError:  # the window went away between the check and the emit
            self._stop.set()

    # --- back on the interface thread ----------------------------------------------

    @Slot(object)
    def _relay_look(self, snapshot: SharingSnapshot) -> None:
        if self._stop.is_set():
            return
        self.last = snapshot
        if self.in_trouble:
            self.in_trouble = False
            self.trouble.emit(None)
        self.looked.emit(snapshot)
        if snapshot.changed_elsewhere:
            self.changed_elsewhere.emit(snapshot.changes)

    @Slot(object)
    def _relay_trouble(self, error: PartageError) -> None:
        if self._stop.is_set():
            return
        self.in_trouble = True
        self.trouble.emit(error)
