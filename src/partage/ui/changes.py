"""One application-level broadcast of what changed, so views refresh only what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from partage.changes import Change


class ChangeBus(QObject):
    """Says which kinds of data changed (a ``Change``: ``Change.COST | Change.AUDIT``).

    Operations (``ui.operations.run_operation``) broadcast the changes their writes made,
    as the storage layer recorded them; other people's writes arrive the same way. A view
    listens to ``changed`` and reloads when the flags name something it shows::

        if changes & (Change.COST | Change.MEMBER):
            self.reload()
    """

    changed = Signal(object)

    def notify(self, changes: Change) -> None:
        """Tell every listener that data of these kinds changed (nothing for none)."""
        if not isinstance(changes, Change):
            raise TypeError(f"a Change is expected, not {changes!r}")
        if changes:
            self.changed.emit(changes)
