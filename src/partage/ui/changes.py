"""One application-level broadcast of what changed, so views refresh only what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MEMBER = "member"
ASSET = "asset"
BOOKING = "booking"


class ChangeBus(QObject):
    """Says which kinds of rows changed after a write (``{"asset"}``, ``{"booking"}``...).

    Every write made through the interface ends with ``notify``; a view listens to
    ``changed`` and reloads when the set names something it shows.
    """

    changed = Signal(frozenset)

    def notify(self, *entities: str) -> None:
        """Tell every listener that rows of these kinds changed."""
        self.changed.emit(frozenset(entities))
