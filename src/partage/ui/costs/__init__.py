"""The money sections: Costs, Upkeep (maintenance and insurance), Split and Balances.

Each is a ``QWidget`` taking ``(db, bus, parent)``, like the other sections.
"""

from partage.ui.costs.balances import BalancesView
from partage.ui.costs.cost_list import CostsView
from partage.ui.costs.split import SplitView
from partage.ui.costs.upkeep import UpkeepView

__all__ = ["BalancesView", "CostsView", "SplitView", "UpkeepView"]
