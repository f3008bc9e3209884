"""A JSON export altered by hand is refused, naming what is wrong, and writes nothing.

Each case below takes a real export (the small demo with issued and voided invoices),
changes what someone editing the file could change, and imports it into an empty
database: the import must refuse it (exit code 2, "This export was altered" or "damaged
or was altered"), say where (table, row, column, or the rule broken), and leave the
database exactly as it was. On PostgreSQL the same cases reach the server's own limits
(NUL characters, 32-bit integers, column lengths) only through these checks.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partage.errors import PartageError
from partage.models import LIVE_STATUSES
from partage.services.exchange import ExportAltered, NotAnExport, export_json, import_json
from partage.services.workspace import OrganisationSettings, create_workspace
from tests.conftest import content_digest as digest
from tests.services.test_exchange import empty, rich  # noqa: F401 - the fixtures

Document = dict[str, Any]


@pytest.fixture
def document(rich) -> Document:  # noqa: F811 - the fixture imported above
    return json.loads(export_json(rich))


def _rows(document: Document, table: str) -> tuple[list[str], list[list[Any]]]:
    entry = document["tables"][table]
    return entry["columns"], entry["rows"]


def _set(document: Document, table: str, row: int, column: str, value: Any) -> Document:
    changed = copy.deepcopy(document)
    columns, rows = _rows(changed, table)
    rows[row][columns.index(column)] = value
    return changed


def _get(document: Document, table: str, row: int, column: str) -> Any:
    columns, rows = _rows(document, table)
    return rows[row][columns.index(column)]


def _row_where(document: Document, table: str, test: Callable[[dict[str, Any]], bool]) -> int:
    columns, rows = _rows(document, table)
    return next(i for i, row in enumerate(rows) if test(dict(zip(columns, row, strict=True))))


def _swap(document: Document, table: str, row: int, first: str, second: str) -> Document:
    changed = _set(document, table, row, first, _get(document, table, row, second))
    return _set(changed, table, row, second, _get(document, table, row, first))


def _refused(db, document: Document) -> NotAnExport:
    """Import *document* into *db*; it must be refused with nothing written."""
    before = digest(db.location)
    with pytest.raises(NotAnExport) as refused:
        import_json(db, json.dumps(document).encode())
    assert refused.value.exit_code == 2
    assert "altered" in str(refused.value) and "Nothing was imported" in str(refused.value)
    assert digest(db.location) == before
    return refused.value


def _invoice_row(document: Document, kind: str = "invoice") -> int:
    return _row_where(document, "invoices", lambda r: r["kind"] == kind)


def _overlapping(document: Document) -> Document:
    """The second live booking of an asset moved onto the first one's time."""
    columns, rows = _rows(document, "bookings")
    live = [i for i, row in enumerate(rows)
            if row[columns.index("status")] in LIVE_STATUSES]
    first = live[0]
    asset = rows[first][columns.index("asset_id")]
    second = next(i for i in live[1:] if rows[i][columns.index("asset_id")] == asset)
    start = _get(document, "bookings", first, "start")
    changed = _set(document, "bookings", second, "start", start)
    return _set(changed, "bookings", second, "end", _get(document, "bookings", first, "end"))


# (what was altered, how, words the refusal must hold: table, column or rule)
CASES: list[tuple[str, Callable[[Document], Document], tuple[str, ...]]] = [
    ("an invoice's total", lambda d: _set(
        d, "invoices", _invoice_row(d), "total_cents",
        _get(d, "invoices", _invoice_row(d), "total_cents") + 10_000), ("invoice_totals",)),
    ("an invoice line's amount", lambda d: _set(
        d, "invoice_lines", 0, "amount_cents", _get(d, "invoice_lines", 0, "amount_cents") + 1),
     ("invoice_totals",)),
    ("a booking's start and end swapped", lambda d: _swap(d, "bookings", 0, "start", "end"),
     ("bookings", "start", "end")),
    ("a cost's start and end swapped", lambda d: _swap(
        d, "costs", _row_where(d, "costs", lambda r: r["start"] != r["end"]), "start", "end"),
     ("costs", "start")),
    ("an amount beyond the maximum", lambda d: _set(d, "costs", 0, "amount_cents", 10**13),
     ("costs", "amount_cents")),
    ("a payment beyond the maximum", lambda d: _set(d, "payments", 0, "amount_cents", -(10**14)),
     ("payments", "amount_cents")),
    ("an integer of 2^70", lambda d: _set(d, "costs", 0, "amount_cents", 2**70),
     ("costs", "amount_cents")),
    ("an integer over 2^63", lambda d: _set(d, "members", 0, "weight_milli", 2**63 + 1),
     ("members", "weight_milli")),
    ("overlapping bookings", _overlapping, ("booking_overlaps",)),
    ("a gap in the invoice series", lambda d: _set(
        d, "invoices", _invoice_row(d), "sequence", 99), ("invoice_series",)),
    ("the invoice counter reset", lambda d: _set(d, "invoice_counters", 0, "last_number", 0),
     ("invoice_counters",)),
    ("the invoice counter moved forward", lambda d: _set(
        d, "invoice_counters", 0, "last_number", 500), ("invoice_counters",)),
    ("a weight of zero", lambda d: _set(d, "members", 0, "weight_milli", 0),
     ("members", "weight_milli")),
    ("a negative ownership share", lambda d: _set(d, "asset_owners", 0, "weight_milli", -5),
     ("asset_owners", "weight_milli")),
    ("a member leaving before joining", lambda d: _set(
        _set(d, "members", 0, "joined", "2026-05-01"), "members", 0, "left", "2026-01-01"),
     ("members", "joined", "left")),
    ("an asset of an unknown kind", lambda d: _set(d, "assets", 0, "kind", "spaceship"),
     ("assets", "kind", "spaceship")),
    ("a booking of an unknown status", lambda d: _set(d, "bookings", 0, "status", "lost"),
     ("bookings", "status")),
    ("an invoice of an unknown kind", lambda d: _set(d, "invoices", 0, "kind", "gift"),
     ("invoices", "kind")),
    ("a member of an unknown language", lambda d: _set(d, "members", 0, "language", "xx"),
     ("members", "language")),
    ("a garbage rule", lambda d: _set(d, "costs", 0, "rule", "banana"), ("costs", "rule")),
    ("a rule naming no member", lambda d: _set(d, "assets", 0, "default_rule", "weights:999=1"),
     ("assets", "default_rule")),
    ("a garbage currency", lambda d: _set(
        d, "settings", _row_where(d, "settings", lambda r: r["key"] == "currency"), "value",
        "ZZZZ"), ("settings", "currency")),
    ("a garbage time zone setting", lambda d: _set(
        d, "settings", _row_where(d, "settings", lambda r: r["key"] == "timezone"), "value",
        "Mars/Olympus"), ("settings", "timezone")),
    ("a garbage tax rate", lambda d: _add_setting(d, "gst_rate", "abc"),
     ("settings", "gst_rate")),
    ("a garbage language setting", lambda d: _set(
        d, "settings", _row_where(d, "settings", lambda r: r["key"] == "language"), "value",
        "klingon"), ("settings", "language")),
    ("a garbage recurrence", lambda d: _set(d, "booking_series", 0, "rrule", "EVERY TUESDAY"),
     ("booking_series", "rrule")),
    ("an unknown time zone of a series", lambda d: _set(
        d, "booking_series", 0, "timezone", "Mars/Olympus"), ("booking_series", "timezone")),
    ("a NUL character", lambda d: _set(d, "members", 0, "name", "Anne\x00Roy"),
     ("members", "name", "U+0000")),
    ("a lone surrogate", lambda d: _set(d, "costs", 0, "note", "\ud800"),
     ("costs", "note", "U+D800")),
    ("a name of 300 characters", lambda d: _set(d, "members", 0, "name", "A" * 300),
     ("members", "name", "300")),
    ("a moment beyond any calendar", lambda d: _set(
        d, "costs", 0, "created_at", "0001-01-01T00:00:00+05:00"), ("costs", "created_at")),
    ("a date in the year 1", lambda d: _set(d, "costs", 0, "start", "0001-01-01"),
     ("costs", "start")),
]


def _add_setting(document: Document, key: str, value: str) -> Document:
    changed = copy.deepcopy(document)
    rows = changed["tables"]["settings"]["rows"]
    rows[:] = [row for row in rows if row[0] != key] + [[key, value]]
    return changed


@pytest.mark.parametrize("alter, words", [(c[1], c[2]) for c in CASES],
                         ids=[c[0] for c in CASES])
def test_an_altered_export_is_refused_naming_what_is_wrong(document, empty, alter, words):  # noqa: F811
    refused = _refused(empty, alter(document))
    said = str(refused) + " ".join(str(problem) for problem in getattr(refused, "problems", ()))
    for word in words:
        assert word in said, said


def test_a_refusal_of_the_rules_lists_each_problem_with_its_words(document, empty):  # noqa: F811
    changed = _set(document, "invoices", _invoice_row(document), "total_cents", 1)
    refused = _refused(empty, changed)
    assert isinstance(refused, ExportAltered)
    assert str(refused).startswith("This export was altered")
    number = _get(document, "invoices", _invoice_row(document), "number")
    assert any(number in str(problem) for problem in refused.problems)


def test_the_unaltered_export_still_imports_exactly(document, empty):  # noqa: F811
    data = json.dumps(document, ensure_ascii=False).encode()
    import_json(empty, data)
    assert json.loads(export_json(empty)) == document


# --- generated alterations ----------------------------------------------------------------

HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([0, -1, 2**31, 2**31 - 1, 2**53, 2**63, -(2**63) - 1, 10**13]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=190, max_size=400),
    st.sampled_from(["", "\x00", "\ud800", "2026-02-30", "0001-01-01T00:00:00+01:00",
                     "9999-12-31T23:00:00-05:00", "2026-03-01", "equal", "mix:equal=101",
                     "weights:1=0", "FREQ=DAILY;COUNT=0", "confirmed", "other"]),
    st.lists(st.integers(), max_size=2),
)


_TARGETS = itertools.count()


@settings(max_examples=50, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_generated_alterations_are_imported_or_refused_cleanly(rich, new_database, data):  # noqa: F811
    document = json.loads(export_json(rich))
    tables = sorted(name for name, entry in document["tables"].items() if entry["rows"])
    table = data.draw(st.sampled_from(tables))
    columns, rows = _rows(document, table)
    row = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.sampled_from(columns))
    changed = _set(document, table, row, column, data.draw(HOSTILE_VALUES))
    target = create_workspace(new_database(f"target{next(_TARGETS)}.partage"),
                              OrganisationSettings())
    try:
        before = digest(target.location)
        try:
            import_json(target, json.dumps(changed).encode())
        except PartageError as error:
            assert error.exit_code in (2, 3, 4), error
            assert digest(target.location) == before
    finally:
        target.close()
