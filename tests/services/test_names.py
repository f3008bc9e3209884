"""Lists of names in the order a person reads them, accents and case set aside."""

from __future__ import annotations

import datetime as dt

from partage.services import invoicing
from partage.services.accounts import balances
from partage.services.assets import AssetInput, add_asset
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member
from partage.services.names import name_key

NAMES = ["zoé Roy", "Émilie Côté", "Benoît Paré", "eric Lavoie", "Élodie Roy"]
EXPECTED = ["Benoît Paré", "Élodie Roy", "Émilie Côté", "eric Lavoie", "zoé Roy"]


def test_names_sort_as_in_a_dictionary() -> None:
    assert sorted(NAMES, key=name_key) == EXPECTED
    assert sorted(["Éric", "Eric", "eric"], key=name_key) == ["eric", "Eric", "Éric"]


def test_issue_all_numbers_invoices_in_the_order_of_names(db, qapp) -> None:
    """Élodie and Émilie get the second and third numbers, not the last ones."""
    for name in NAMES:
        add_member(db, MemberInput(name=name, joined=dt.date(2026, 1, 1)))
    van = add_asset(db, AssetInput(name="Van", default_rule="equal"))
    add_cost(db, CostInput(amount_cents=10_000, start=dt.date(2026, 3, 3), asset_id=van.id))
    result = invoicing.issue_all(db, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert [i.member_name for i in result.issued] == EXPECTED
    assert [i.number for i in result.issued] == sorted(i.number for i in result.issued)
    assert [b.name for b in balances(db, dt.date(2026, 3, 31))] == EXPECTED
