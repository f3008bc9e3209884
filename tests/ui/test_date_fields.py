"""Every date field of the window offers only the days Partage works with (1900 to 2199),
so a date picked in the window is never one the services refuse as out of range."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate

from partage.services.dates import FIRST_DAY, LAST_DAY
from partage.ui.widgets import DateEdit, OptionalDateEdit

UI = Path(__file__).resolve().parents[2] / "src" / "partage" / "ui"


def test_a_date_field_stops_at_the_first_and_last_day(qapp) -> None:
    edit = DateEdit()
    assert edit.minimumDate() == QDate(FIRST_DAY.year, 1, 1) == QDate(1900, 1, 1)
    assert edit.maximumDate() == QDate(LAST_DAY.year, 12, 31) == QDate(2199, 12, 31)
    edit.setDate(QDate(9999, 12, 31))
    assert edit.date() == QDate(2199, 12, 31)
    assert OptionalDateEdit("Joined").edit.maximumDate() == QDate(2199, 12, 31)


def test_no_window_code_makes_a_date_field_without_the_limits() -> None:
    bare = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQDateEdit\(", line)
    ]
    assert bare == [], "use ui.widgets.DateEdit: " + ", ".join(bare)
