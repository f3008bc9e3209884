"""The whole database as JSON and back: exact, versioned, into an empty database only."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from partage.errors import NewerSchema
from partage.models import Base
from partage.services import exchange, invoicing
from partage.services.accounts import add_payment
from partage.services.assets import AssetInput, get_asset_photo, list_assets, update_asset
from partage.services.costs import CostInput, add_cost, get_receipt, list_costs
from partage.services.demo import create_demo
from partage.services.exchange import DatabaseNotEmpty, NotAnExport, export_json, import_json
from partage.services.members import MemberInput, add_member, list_members
from partage.services.upkeep import add_plan, record_done
from partage.services.workspace import OrganisationSettings, create_workspace
from partage.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS
from tests.conftest import content_digest as digest

D = dt.date
ANCHOR = D(2026, 3, 15)
PNG = bytes.fromhex("89504e470d0a1a0a") + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n" + bytes(range(256)) + b"\n%%EOF\n"


def census(db) -> dict[str, int]:
    """Rows per table and the sum of every money column, as SQL counts them."""
    found: dict[str, int] = {}
    with db.read() as session:
        for table in exchange.exported_tables():
            found[table.name] = int(session.scalar(select(func.count()).select_from(table)))
            for column in table.columns:
                if column.name.endswith("_cents"):
                    total = session.scalar(select(func.coalesce(func.sum(column), 0)))
                    found[f"{table.name}.{column.name}"] = int(total)
    return found


@pytest.fixture
def rich(new_database, qapp):
    """The small demo co-op plus what the demo lacks: a photo, a receipt, issued and
    voided invoices, a refund, maintenance done, and a name a spreadsheet would run."""
    db = create_demo(new_database("source.partage"), anchor=ANCHOR)
    asset = list_assets(db)[0]
    update_asset(
        db,
        asset.id,
        AssetInput(**{**asset.as_input().__dict__, "photo": PNG, "photo_type": "image/png",
                      "photo_changed": True}),
        expected_version=asset.version,
    )
    formula = add_member(db, MemberInput(name="=1+1", email="calc@example.org"))
    add_cost(
        db,
        CostInput(amount_cents=-500, start=ANCHOR, note="-5 $ de rabais", receipt=PDF,
                  receipt_name="reçu.pdf", receipt_type="application/pdf", receipt_changed=True,
                  paid_by_member_id=formula.id),
    )
    add_payment(db, formula.id, -1234, paid_on=ANCHOR, note="remboursement")
    plan = add_plan(db, asset.id, "Inspection", every_months=6, starting=D(2026, 1, 1))
    record_done(db, plan.id, done_on=D(2026, 3, 2), cost_cents=4_599, note="ok")
    batch = invoicing.issue_all(db, D(2026, 2, 1), D(2026, 2, 28), issued_on=D(2026, 3, 1))
    assert len(batch.issued) >= 2
    invoicing.void(db, batch.issued[0].number, issued_on=D(2026, 3, 5))
    yield db
    db.close()


@pytest.fixture
def empty(new_database):
    db = create_workspace(new_database("target.partage"), OrganisationSettings(name="Vide"))
    yield db
    db.close()


def test_every_table_but_the_live_state_is_exported():
    names = {t.name for t in Base.metadata.sorted_tables}
    assert exchange.LIVE_STATE.issubset(names)  # the names are right, not typos that skip nothing
    assert {t.name for t in exchange.exported_tables()} == names - exchange.LIVE_STATE


def test_the_live_state_of_the_target_is_kept_and_its_counter_moves(rich, empty):
    from partage.storage.revision import current

    with empty.read() as session:
        before = current(session)
    import_json(empty, export_json(rich))
    with empty.read() as session:
        assert current(session) == before + 1  # open windows on it reload


def test_every_column_of_the_model_has_an_exact_format():
    # A column type added later without a format fails here, not silently in an export.
    for table in exchange.exported_tables():
        for column in table.columns:
            assert exchange.column_kind(column) in {
                "int", "bool", "text", "date", "moment", "wall_time", "bytes"
            }


def test_a_round_trip_gives_the_same_bytes_rows_and_money(rich, empty):
    data = export_json(rich)
    result = import_json(empty, data)
    assert result.total == sum(v for k, v in census(rich).items() if "." not in k)
    assert census(empty) == census(rich)
    assert export_json(empty) == data
    # What people see is the same too: photos and receipts byte for byte, invoice PDFs.
    photo_asset = next(a for a in list_assets(empty) if a.has_photo)
    assert get_asset_photo(empty, photo_asset.id) == (PNG, "image/png")
    refund = next(c for c in list_costs(empty) if c.amount_cents == -500)
    assert get_receipt(empty, refund.id) == (PDF, "application/pdf", "reçu.pdf")
    for record in invoicing.list_invoices(rich):
        assert invoicing.invoice_pdf(empty, record.number) == invoicing.invoice_pdf(
            rich, record.number
        )
    assert [m.name for m in list_members(empty)] == [m.name for m in list_members(rich)]


def test_the_document_says_its_version_and_keeps_exact_types(rich):
    document = json.loads(export_json(rich))
    assert (document["format"], document["version"], document["schema"]) == (
        "partage", 1, SCHEMA_HEAD
    )
    assert set(document["tables"]) == {t.name for t in Base.metadata.sorted_tables} - {
        "presence", "data_revision"
    }
    costs = document["tables"]["costs"]
    rows = [dict(zip(costs["columns"], row, strict=True)) for row in costs["rows"]]
    refund = next(row for row in rows if row["amount_cents"] == -500)
    assert isinstance(refund["amount_cents"], int)
    assert refund["start"] == ANCHOR.isoformat()
    assert base64.b64decode(refund["receipt"]) == PDF
    assert refund["created_at"].endswith("+00:00")
    assert dt.datetime.fromisoformat(refund["created_at"]).utcoffset() == dt.timedelta(0)
    series = document["tables"]["booking_series"]
    local_start = series["rows"][0][series["columns"].index("local_start")]
    assert dt.datetime.fromisoformat(local_start).tzinfo is None  # wall-clock time
    members = document["tables"]["members"]
    archived = members["columns"].index("archived")
    assert all(isinstance(row[archived], bool) for row in members["rows"])
    # Rows come in primary-key order, one per line: the same database, the same bytes.
    ids = [row[0] for row in members["rows"]]
    assert ids == sorted(ids)


def test_an_import_into_a_database_with_data_is_refused_and_changes_nothing(rich,
                                                                           new_database):
    data = export_json(rich)
    target = new_database("busy.partage")
    db = create_workspace(target, OrganisationSettings())
    add_member(db, MemberInput(name="Déjà là"))
    before = digest(target)
    with pytest.raises(DatabaseNotEmpty) as refused:
        import_json(db, data)
    assert "already holds data" in str(refused.value)
    assert digest(target) == before
    db.close()


@pytest.mark.parametrize("change", [
    {"schema": "9999_from_the_future"},
    {"version": 2},
])
def test_an_export_from_a_newer_version_is_refused(rich, empty, tmp_path, change):
    document = json.loads(export_json(rich))
    document.update(change)
    before = digest(empty.location)
    with pytest.raises(NewerSchema):
        import_json(empty, json.dumps(document).encode())
    assert digest(empty.location) == before


def _altered(data: bytes, table: str, column: str, value) -> bytes:
    document = json.loads(data)
    entry = document["tables"][table]
    entry["rows"][0][entry["columns"].index(column)] = value
    return json.dumps(document).encode()


def test_garbage_and_altered_files_are_refused_and_change_nothing(rich, empty, tmp_path):
    data = export_json(rich)
    document = json.loads(data)
    without_names = json.loads(data)
    members = without_names["tables"]["members"]
    position = members["columns"].index("name")
    members["columns"].pop(position)
    for row in members["rows"]:
        row.pop(position)
    ghosts = {**document["tables"], "ghosts": document["tables"]["members"]}
    unknown_table = {**document, "tables": ghosts}
    duplicate = json.loads(data)
    duplicate["tables"]["members"]["rows"].append(duplicate["tables"]["members"]["rows"][0])
    candidates = {
        "binary": PNG,
        "empty": b"",
        "latin-1 text": "café".encode("latin-1"),
        "a list": b"[1, 2, 3]",
        "another program's JSON": b'{"format": "other", "tables": {}}',
        "text in a money column": _altered(data, "costs", "amount_cents", "12,50"),
        "a float in a money column": _altered(data, "costs", "amount_cents", 12.5),
        "a bad date": _altered(data, "costs", "start", "2026-02-30"),
        "a moment without its zone": _altered(data, "costs", "created_at", "2026-03-01T12:00:00"),
        "a bad base64": _altered(data, "costs", "receipt", "not base64!"),
        "null in a required column": _altered(data, "members", "name", None),
        "a row too short": json.dumps({**document, "tables": {**document["tables"], "members": {
            "columns": members["columns"], "rows": [[1]]}}}).encode(),
        "a required column missing": json.dumps(without_names).encode(),
        "an unknown table": json.dumps(unknown_table).encode(),
        "a repeated id": json.dumps(duplicate).encode(),
    }
    target = empty.location
    before = digest(target)
    for name, candidate in candidates.items():
        with pytest.raises(NotAnExport) as refused:
            import_json(empty, candidate)
        assert "Nothing was imported" in str(refused.value), name
        assert digest(target) == before, name
    # After all that, the database is still empty and takes the real export.
    import_json(empty, data)
    assert export_json(empty) == data


def test_an_export_of_an_older_schema_gets_the_defaults_of_newer_columns(rich, empty):
    document = json.loads(export_json(rich))
    document["schema"] = SCHEMA_REVISIONS[0]
    assets = document["tables"]["assets"]
    position = assets["columns"].index("opening_hours")  # has a default: ""
    assets["columns"].pop(position)
    for row in assets["rows"]:
        row.pop(position)
    import_json(empty, json.dumps(document).encode())
    assert {a.opening_hours for a in list_assets(empty)} == {""}
    assert len(list_assets(empty)) == len(list_assets(rich))


def test_a_failure_half_way_leaves_the_database_empty(rich, empty, tmp_path):
    data = export_json(rich)
    seen = []

    def stop_half_way(done: int, total: int) -> None:
        seen.append(done)
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_json(empty, data, progress=stop_half_way)
    assert seen
    assert list_members(empty) == []
    import_json(empty, data)
    assert export_json(empty) == data


def test_progress_reaches_the_total(rich):
    steps = []
    export_json(rich, progress=lambda done, total: steps.append((done, total)))
    assert steps[-1][0] == steps[-1][1] > 0


def test_a_round_trip_through_postgresql_and_the_ids_go_on_from_there(rich, pg_url, tmp_path):
    data = export_json(rich)
    server = create_workspace(pg_url, OrganisationSettings())
    try:
        import_json(server, data)
        assert export_json(server) == data
        assert census(server) == census(rich)
        # The sequences moved past the imported ids: new rows do not collide.
        highest = max(m.id for m in list_members(server))
        added = add_member(server, MemberInput(name="Après l'import"))
        assert added.id == highest + 1
        cost = add_cost(server, CostInput(amount_cents=100, start=ANCHOR))
        assert cost.id > max(c.id for c in list_costs(rich))
        # And back into a SQLite file, still the same database.
        copy = create_workspace(tmp_path / "back.partage", OrganisationSettings())
        import_json(copy, export_json(server))
        assert census(copy) == census(server)
        copy.close()
    finally:
        server.close()
