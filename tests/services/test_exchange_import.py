"""CSV import of members, assets and costs: every row or none, each problem where it is."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from partage.errors import ReadOnlyDatabase, UsageError
from partage.i18n import error_text
from partage.services.assets import AssetInput, add_asset, list_assets
from partage.services.costs import list_costs
from partage.services.exchange_csv import export_csv
from partage.services.exchange_fields import guess_mapping
from partage.services.exchange_import import (
    ImportRefused,
    check_csv,
    import_csv,
    read_csv,
)
from partage.services.members import MemberInput, add_member, list_members
from partage.services.workspace import OrganisationSettings, create_workspace, open_workspace
from tests.conftest import content_digest as digest

D = dt.date


def problems(error_or_check) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, error_text(p.error)) for p in error_or_check.problems]


def test_french_headers_semicolons_and_windows_1252(db):
    data = (
        "Nom;Courriel;Poids;Date d'arrivée;Langue;Sorte;Remarques\r\n"
        "Geneviève Tremblay;gen@exemple.qc.ca;1,5;2026-01-15;français;Ménage;« bénévole »\r\n"
        "Théâtre de la Marée;;2;;anglais;organisme;\r\n"
        "\r\n"  # a blank line, as spreadsheets leave at the end
    ).encode("cp1252")
    table = read_csv(data)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    result = import_csv(db, "members", table)
    assert result.rows == 2
    gen, theatre = sorted(list_members(db), key=lambda m: m.id)
    assert (gen.name, gen.email, gen.weight_milli, gen.joined, gen.language, gen.kind,
            gen.notes) == ("Geneviève Tremblay", "gen@exemple.qc.ca", 1500, D(2026, 1, 15),
                           "fr", "household", "« bénévole »")
    assert (theatre.weight_milli, theatre.language, theatre.kind) == (2000, "en", "organisation")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_or_without_bom_and_commas(db, encoding):
    data = 'name,email,weight\r\n"Roy, Famille",roy@example.org,1\r\nÉlise Côté,,0.25\r\n'
    table = read_csv(data.encode(encoding))
    assert (table.encoding, table.delimiter) == (encoding, ",")
    import_csv(db, "members", table)
    assert sorted((m.name, m.weight_milli) for m in list_members(db)) == [
        ("Roy, Famille", 1000), ("Élise Côté", 250)
    ]


def test_every_problem_is_reported_with_its_row_and_column_and_nothing_is_written(
    db, db_path
):
    add_member(db, MemberInput(name="Anne Roy"))
    data = (
        "Nom;Courriel;Arrivée;Départ;Poids\n"
        "Marc Roy;marc@example.org;2026-01-01;;1\n"        # row 2: fine
        "Julie;pas-un-courriel;;;1\n"                       # row 3: e-mail
        "Paul;;01/02/2026;;deux\n"                          # row 4: date and weight
        "Marc Roy;;;;1\n"                                   # row 5: twice in the file
        "anne roy;;;;1\n"                                   # row 6: already in the database
        "Léa;;2026-05-01;2026-04-01;1\n"                    # row 7: leaves before joining
        ";;;;1\n"                                           # row 8: no name
    ).encode()
    table = read_csv(data)
    check = check_csv(db, "members", table)
    assert not check.ok and check.rows == 7 and check.rows_with_problems == 6
    assert problems(check) == [
        (3, "Courriel", "“pas-un-courriel” is not an e-mail address."),
        (4, "Arrivée",
         "“01/02/2026” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31."),
        (4, "Poids",
         "“deux” is not a weight. Write a positive number such as 1, 1.5 or 0,25."),
        (5, "Nom", "“Marc Roy” is already on row 2 of the file."),
        (6, "Nom", "There is already a member named “anne roy”."),
        (7, "Départ", "A member cannot leave (2026-04-01) before joining (2026-05-01)."),
        (8, "Nom", "A name is required."),
    ]
    before = digest(db_path)
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, "members", table)
    assert problems(refused.value) == problems(check)
    assert error_text(refused.value) == (
        "Nothing was imported. Rows with errors: 6 of 7. Correct them and import the file again."
    )
    assert digest(db_path) == before
    assert [m.name for m in list_members(db)] == ["Anne Roy"]


def test_rows_are_checked_again_when_written(db):
    table = read_csv(b"name\nAnne Roy\nMarc Roy\n")
    assert check_csv(db, "members", table).ok
    add_member(db, MemberInput(name="Marc Roy"))  # someone else, meanwhile
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, "members", table)
    assert problems(refused.value) == [(3, "name", "There is already a member named “Marc Roy”.")]
    assert [m.name for m in list_members(db)] == ["Marc Roy"]


def test_an_imported_member_is_the_same_as_one_added_with_the_form(db, tmp_path):
    fields = MemberInput(
        name="Ana Lopes", kind="household", email="ana@example.org", phone="514 555-0100",
        address="1, rue A\nMontréal", language="en", weight_milli=1250,
        joined=D(2025, 1, 1), left=D(2026, 12, 31), notes="note",
    )
    other = create_workspace(tmp_path / "other.partage", OrganisationSettings())
    added = add_member(other, fields)
    data = (
        "name,kind,email,phone,address,language,weight,joined,left,notes\n"
        'Ana Lopes,household,ana@example.org,514 555-0100,"1, rue A\nMontréal",en,"1,25",'
        "2025-01-01,2026-12-31,note\n"
    )
    import_csv(db, "members", read_csv(data.encode()))
    (imported,) = list_members(db)
    assert dataclasses.replace(imported, id=added.id) == added
    other.close()


def test_an_explicit_mapping_wins_over_the_headers(db):
    table = read_csv(b"Colonne A,Colonne B\nanne@example.org,Anne Roy\n")
    with pytest.raises(UsageError) as missing:
        check_csv(db, "members", table)
    assert 'no column for "name" ("nom")' in str(missing.value)
    import_csv(db, "members", table, {"name": 1, "email": 0})
    assert [(m.name, m.email) for m in list_members(db)] == [("Anne Roy", "anne@example.org")]


@pytest.mark.parametrize(("mapping", "message"), [
    ({"name": 0, "email": 0}, "Column 1 is given to two fields"),
    ({"name": 0, "weight": 1, "weight_milli": 2},
     'only one of "weight" ("poids") / "weight_milli"'),
    ({"name": 7}, "The file has no column 8; it has 3 columns."),
    ({"name": 0, "shoe_size": 1}, "“shoe_size” is not one of: name, kind,"),
])
def test_a_mapping_that_cannot_work_is_refused(db, mapping, message):
    table = read_csv(b"a,b,c\nAnne,1,1000\n")
    with pytest.raises(UsageError) as refused:
        import_csv(db, "members", table, mapping)
    assert message in str(refused.value)
    assert list_members(db) == []


GARBAGE = {
    "a PNG image": bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(64),
    "a spreadsheet (zip)": b"PK\x03\x04\x14\x00\x06\x00" + bytes(100),
    "nothing": b"",
    "only blank lines": b"\r\n\r\n  \r\n",
    "random bytes": bytes(range(256)) * 8,
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_a_file_that_is_not_csv_is_refused_clearly(name):
    with pytest.raises(UsageError) as refused:
        read_csv(GARBAGE[name])
    assert "Nothing was imported" in str(refused.value)


def test_wrong_columns_or_a_broken_quote_are_refused_and_change_nothing(db, db_path):
    before = digest(db_path)
    wrong = read_csv(b"date,amount,category\n2026-03-01,12.50,fuel\n")
    with pytest.raises(UsageError) as refused:
        import_csv(db, "members", wrong)
    assert 'no column for "name"' in str(refused.value)
    with pytest.raises(UsageError) as broken:
        read_csv(b'name,email\n"Anne,anne@example.org\nMarc,marc@example.org\n')
    assert "cannot be read as CSV" in str(broken.value)
    with pytest.raises(UsageError) as empty:
        import_csv(db, "members", read_csv(b"name,email\n"))
    assert "no rows to import" in str(empty.value)
    with pytest.raises(UsageError):
        import_csv(db, "bookings", read_csv(b"name\nAnne\n"))
    assert digest(db_path) == before


def test_a_row_with_more_cells_than_the_header_is_a_problem(db):
    check = check_csv(db, "members", read_csv(b"name,email\nRoy, Anne,anne@example.org\n"))
    assert [(p.row, p.column) for p in check.problems] == [(2, "")]
    assert "3 cells but the header only 2" in error_text(check.problems[0].error)


def test_costs_with_amounts_as_people_write_them_and_names_for_references(db):
    anne = add_member(db, MemberInput(name="Anne Roy"))
    marc = add_member(db, MemberInput(name="Marc Roy"))
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle"))
    data = (
        "Date;Fin;Montant;Catégorie;Bien;Fournisseur;Payé par;Règle;Remarque\n"
        "2026-03-01;;1 234,56 $;Entretien;fourgonnette;Garage Léo;Anne Roy;;vidange\n"
        "2026-01-01;2026-12-31;-50,00;assurance;;Desjardins;;weights:Anne Roy=2,Marc Roy=1;\n"
    ).encode()
    result = import_csv(db, "costs", read_csv(data))
    assert result.rows == 2
    oil, refund = sorted(list_costs(db), key=lambda c: c.id)
    assert (oil.amount_cents, oil.start, oil.end, oil.category, oil.asset_id, oil.supplier,
            oil.paid_by_member_id, oil.note, oil.source) == (
        123456, D(2026, 3, 1), D(2026, 3, 1), "maintenance", van.id, "Garage Léo", anne.id,
        "vidange", "import")
    assert (refund.amount_cents, refund.end, refund.category, refund.asset_id) == (
        -5000, D(2026, 12, 31), "insurance", None)
    assert refund.rule == f"weights:{anne.id}=2,{marc.id}=1"


def test_cost_problems_point_at_their_cells(db, db_path):
    add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle"))
    data = (
        b"date,amount,asset,paid_by,category,rule,end\n"
        b"2026-03-01,12.345,Fourgonnette,,fuel,,\n"     # row 2: three decimals
        b",10,,,fuel,,\n"                               # row 3: no date
        b"2026-03-01,10,Camion,Personne,fuel,,\n"       # row 4: unknown asset and member
        b"2026-03-01,10,,,bijoux,,\n"                   # row 5: unknown category
        b"2026-03-01,0,,,fuel,,\n"                      # row 6: zero
        b"2026-03-01,10,,,fuel,half,\n"                 # row 7: not a rule
        b"2026-03-05,10,,,fuel,,2026-03-01\n"           # row 8: ends before it starts
    )
    before = digest(db_path)
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, "costs", read_csv(data))
    found = [(row, column) for row, column, _ in problems(refused.value)]
    assert found == [(2, "amount"), (3, "date"), (4, "asset"), (4, "paid_by"),
                     (5, "category"), (6, "amount"), (7, "rule"), (8, "end")]
    assert digest(db_path) == before


def test_a_cost_in_a_closed_period_is_a_row_problem(db, db_path):
    from partage.services.governance import close_period

    close_period(db, D(2026, 3, 31))
    data = b"date,amount\n2026-04-01,10\n2026-03-31,20\n"
    before = digest(db_path)
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, "costs", read_csv(data))
    assert problems(refused.value) == [(3, "date", (
        "The books are closed through 2026-03-31: nothing dated 2026-03-31 can be added, "
        "changed or removed. Enter a correction dated after 2026-03-31."))]
    assert digest(db_path) == before


def test_assets_with_owners_prices_and_french_words(db):
    anne = add_member(db, MemberInput(name="Anne Roy"))
    marc = add_member(db, MemberInput(name="Marc Roy"))
    data = (
        "Nom;Sorte;Catégorie;Compteur;Prix d'achat;Date d'achat;Statut;Règle;Propriétaires\n"
        "Fourgonnette;véhicule;Véhicules;km;38 500,00 $;2024-05-01;actif;"
        "mix:shares=50,usage=50;\"Anne Roy=2; Marc Roy=1\"\n"
        "Perceuse;;Outils;;;;en réparation;;\n"
    ).encode()
    import_csv(db, "assets", read_csv(data))
    van, drill = list_assets(db)
    assert (van.kind, van.category, van.meter, van.purchase_price_cents, van.purchase_date,
            van.status, van.default_rule) == (
        "vehicle", "Véhicules", "km", 3_850_000, D(2024, 5, 1), "active",
        "mix:shares=50,usage=50")
    assert [(o.member_id, o.weight_milli) for o in van.owners] == [(anne.id, 2000),
                                                                   (marc.id, 1000)]
    assert (drill.kind, drill.status, drill.default_rule, drill.owners) == (
        "equipment", "in_repair", "equal", ())


def test_a_csv_export_imports_into_another_database(db, tmp_path):
    add_member(db, MemberInput(name="=1+1", email="calc@example.org", weight_milli=1500,
                               joined=D(2025, 2, 3), notes="-5 $ de rabais"))
    add_member(db, MemberInput(name="Élise", language="en", kind="household"))
    export_csv(db, tmp_path / "export")
    table = read_csv((tmp_path / "export" / "members.csv").read_bytes())
    mapping = guess_mapping("members", table.headers)
    assert "weight_milli" in mapping and "weight" not in mapping
    other = create_workspace(tmp_path / "other.partage", OrganisationSettings())
    import_csv(other, "members", table)

    def essentials(db_):
        return [dataclasses.replace(m, id=0) for m in list_members(db_)]

    assert essentials(other) == essentials(db)
    other.close()


def test_a_read_only_database_refuses_the_import_unchanged(db, db_path):
    db.close()
    reader = open_workspace(db_path, read_only=True)
    before = digest(db_path)
    with pytest.raises(ReadOnlyDatabase):
        import_csv(reader, "members", read_csv(b"name\nAnne\n"))
    assert digest(db_path) == before
    reader.close()


def test_progress_and_a_cancel_half_way_write_nothing(db):
    rows = "".join(f"Membre {n}\n" for n in range(1000))
    table = read_csv(("name\n" + rows).encode())
    steps = []

    def cancel_late(done: int, total: int) -> None:
        steps.append((done, total))
        if done > total * 3 // 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_csv(db, "members", table, progress=cancel_late)
    assert steps[-1][1] == 2000 and list_members(db) == []
    result = import_csv(db, "members", table)
    assert result.rows == 1000 == len(list_members(db))
