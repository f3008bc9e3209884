"""Does the member ledger reconcile with the costs on a day?

What the ledger charges the members up to a day (the sum of every member's accrued
share, ``ledger.figures``) must be what the split of the costs allocates from the first
day anything accrues to that day (``accounts.split_period``). The two are read
independently, so a difference points at a bug or at damaged data, never at rounding:
each side rounds every cost once, the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from partage.services import ledger
from partage.services.split_report import split_period
from partage.storage import Database


@dataclass(frozen=True)
class Reconciliation:
    """What the members are charged up to a day against what the costs allocate."""

    day: dt.date
    charged_cents: int  # the sum of every member's accrued charges
    allocated_cents: int  # what the split of the costs allocates up to the day

    @property
    def difference_cents(self) -> int:
        """Charged less allocated (0 when the ledger reconciles)."""
        return self.charged_cents - self.allocated_cents

    @property
    def reconciles(self) -> bool:
        """True when the members are charged exactly what the costs allocate."""
        return self.difference_cents == 0


def reconcile(
    db: Database, day: dt.date, *, figures: dict[int, ledger.Figures] | None = None
) -> Reconciliation:
    """The members' charges up to the end of *day* against the costs' allocations.

    *figures* reuses ``ledger.figures(db, day)`` when the caller already read it; the
    allocations are always read afresh, through the split.
    """
    found = figures if figures is not None else ledger.figures(db, day)
    charged = sum(member.charges_cents for member in found.values())
    origin = ledger.first_day(db)
    if origin is None or origin > day:
        return Reconciliation(day, charged, 0)
    return Reconciliation(day, charged, split_period(db, origin, day).total_cents)
