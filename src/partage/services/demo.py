"""Demo data: a Québec co-op that pools rooms, a van, tools, stage gear and IT equipment.

Generated deterministically from a seed: the same seed always gives the same database.
``small`` is a realistic group of about fifteen members and twenty-five assets; ``large``
(200 members, 500 assets) is the data set the benchmarks run on.
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models import (
    Asset,
    AssetOwner,
    Booking,
    BookingSeries,
    Cost,
    InsurancePolicy,
    MaintenancePlan,
    Member,
    Payment,
    Setting,
    name_key,
)
from partage.services import audit
from partage.services.bookings import booking_days
from partage.services.workspace import OrganisationSettings, create_workspace
from partage.storage import Actor, Database

SIZES = ("small", "large")
DEMO_ORGANISATION = "Coopérative La Remise du Plateau"
# What the demo's statements print: a made-up address, and made-up tax numbers (the
# demo co-op collects GST and QST, to show how invoices carry them).
DEMO_SETTINGS = {
    "organisation_address": "4321, rue Rachel Est\nMontréal (Québec)  H1X 0A0",
    "organisation_email": "tresorerie@laremise.example",
    "organisation_phone": "514 555-0142",
    "payment_instructions": "Virement Interac à tresorerie@laremise.example, ou chèque à "
    "l’ordre de la Coopérative La Remise du Plateau. Indiquez le numéro de la facture.",
    "taxes_enabled": "1",
    "gst_number": "000000000 RT0001",
    "qst_number": "0000000000 TQ0001",
}

# (name, kind, language, weight in thousandths)
_SMALL_MEMBERS: list[tuple[str, str, str, int]] = [
    ("Geneviève Tremblay", "person", "fr", 1000),
    ("Jean-François Gagnon", "person", "fr", 1000),
    ("Famille Roy-Bouchard", "household", "fr", 2000),
    ("Émilie Côté", "person", "fr", 1000),
    ("Mathieu Lavoie", "person", "fr", 1000),
    ("Sarah O'Connor", "person", "en", 1000),
    ("David Chen", "person", "en", 1000),
    ("The Morrison Household", "household", "en", 2000),
    ("Théâtre de la Petite Marée", "organisation", "fr", 3000),
    ("Studio Bleu Danse", "organisation", "fr", 2000),
    ("Mile End Makers Collective", "organisation", "en", 3000),
    ("Nadia Haddad", "person", "fr", 1000),
    ("Olivier Pelletier", "person", "fr", 1000),
    ("Priya Raman", "person", "en", 1000),
    ("Ménage Fortin-Nguyen", "household", "fr", 1500),
]

# (name, kind, category, location, meter, price in dollars, owners by member index)
_SMALL_ASSETS: list[tuple[str, str, str, str, str, int, tuple[tuple[int, int], ...]]] = [
    ("Salle de répétition A", "space", "Salles", "4120, rue Saint-Denis", "none", 0, ()),
    ("Salle de réunion Jarry", "space", "Salles", "4120, rue Saint-Denis", "none", 0, ()),
    ("Atelier bois", "space", "Salles", "Sous-sol, 4120 Saint-Denis", "none", 0, ()),
    ("Studio d'enregistrement", "space", "Salles", "4120, rue Saint-Denis", "none", 0, ()),
    (
        "Fourgonnette Ford Transit",
        "vehicle",
        "Véhicules",
        "Stationnement arrière",
        "km",
        38500,
        ((2, 1), (7, 1), (8, 2)),
    ),
    ("Remorque utilitaire 5×8", "vehicle", "Véhicules", "Stationnement arrière", "none", 2400, ()),
    ("Vélo-cargo Bakfiets", "vehicle", "Véhicules", "Local à vélos", "km", 4200, ()),
    ("Perceuse-visseuse DeWalt 20V", "equipment", "Outils", "Atelier bois", "none", 329, ()),
    ("Scie à onglets Makita", "equipment", "Outils", "Atelier bois", "hours", 689, ()),
    ("Scie circulaire Milwaukee", "equipment", "Outils", "Atelier bois", "none", 279, ()),
    ("Ponceuse orbitale Bosch", "equipment", "Outils", "Atelier bois", "none", 149, ()),
    ("Échafaudage roulant", "equipment", "Outils", "Entrepôt", "none", 1150, ()),
    ("Laveuse à pression", "equipment", "Outils", "Entrepôt", "hours", 540, ()),
    (
        "Console de mixage Yamaha MG16",
        "equipment",
        "Scène et son",
        "Studio",
        "none",
        899,
        ((8, 1), (9, 1)),
    ),
    (
        "Haut-parleurs QSC K12.2 (paire)",
        "equipment",
        "Scène et son",
        "Studio",
        "none",
        2600,
        ((8, 1), (10, 1)),
    ),
    (
        "Projecteurs DEL (ensemble de 8)",
        "equipment",
        "Scène et son",
        "Entrepôt",
        "none",
        3200,
        ((8, 1),),
    ),
    ("Micros Shure SM58 (×6)", "equipment", "Scène et son", "Studio", "none", 780, ()),
    ("Praticables de scène (×12)", "equipment", "Scène et son", "Entrepôt", "none", 4100, ()),
    (
        "Projecteur Epson 4K",
        "equipment",
        "Informatique",
        "Bureau",
        "hours",
        1899,
        ((10, 1), (0, 1)),
    ),
    ("Ordinateur portable MacBook Pro", "equipment", "Informatique", "Bureau", "none", 2499, ()),
    ("Imprimante grand format", "equipment", "Informatique", "Bureau", "none", 1350, ()),
    (
        "Caméra Sony FX30",
        "equipment",
        "Audiovisuel",
        "Bureau",
        "none",
        2449,
        ((5, 1), (6, 1), (13, 1)),
    ),
    ("Tente de marché 3×3 m (×4)", "equipment", "Événements", "Entrepôt", "none", 960, ()),
    ("Tables pliantes (×20)", "equipment", "Événements", "Entrepôt", "none", 1400, ()),
    ("Machine à coudre Singer", "other", "Couture", "Atelier textile", "none", 420, ()),
]

_FIRST_FR = [
    "Marie",
    "Louis",
    "Chloé",
    "Félix",
    "Léa",
    "William",
    "Camille",
    "Gabriel",
    "Juliette",
    "Samuel",
    "Rosalie",
    "Thomas",
    "Zoé",
    "Antoine",
    "Florence",
    "Xavier",
    "Maude",
    "Étienne",
    "Noémie",
    "Raphaël",
]
_FIRST_EN = [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "Ethan",
    "Grace",
    "Owen",
    "Hannah",
    "Lucas",
    "Megan",
    "Ryan",
    "Sophie",
    "Nathan",
    "Claire",
    "Daniel",
]
_LAST = [
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Bergeron",
    "Leblanc",
    "Paquette",
    "Girard",
    "Simard",
    "Boucher",
    "Smith",
    "Campbell",
    "Wilson",
    "Nguyen",
    "Haddad",
    "Singh",
    "Martin",
    "Caron",
    "Beaulieu",
    "Cloutier",
]
_ORG_WORDS = [
    "Théâtre",
    "Collectif",
    "Atelier",
    "Studio",
    "Chorale",
    "Troupe",
    "Coop",
    "Centre",
    "Club",
    "Association",
]
_ORG_NAMES = [
    "du Vieux-Port",
    "Rosemont",
    "des Faubourgs",
    "Hochelaga",
    "Villeray",
    "de la Côte",
    "Verdun",
    "Saint-Roch",
    "Limoilou",
    "Outremont",
    "NDG",
    "Griffintown",
]
_ASSET_BASES = [
    (
        "equipment",
        "Outils",
        [
            "Perceuse",
            "Scie sauteuse",
            "Meuleuse",
            "Ponceuse",
            "Niveau laser",
            "Compresseur",
            "Génératrice",
            "Escabeau",
            "Souffleuse",
            "Tondeuse",
        ],
    ),
    (
        "equipment",
        "Scène et son",
        [
            "Console",
            "Enceinte",
            "Micro sans fil",
            "Projecteur DEL",
            "Câblage XLR",
            "Table d'éclairage",
            "Praticable",
        ],
    ),
    (
        "equipment",
        "Informatique",
        ["Projecteur", "Portable", "Écran 27 po", "Tablette", "Imprimante", "Routeur"],
    ),
    ("space", "Salles", ["Salle", "Studio", "Atelier", "Local"]),
    ("vehicle", "Véhicules", ["Fourgonnette", "Camionnette", "Vélo-cargo", "Remorque"]),
    ("other", "Divers", ["Machine à coudre", "Tente", "Barbecue", "Kayak"]),
]
_LOCATIONS = [
    "Entrepôt",
    "Atelier bois",
    "Bureau",
    "Studio",
    "Stationnement arrière",
    "Sous-sol",
    "Local à vélos",
]


@dataclass(frozen=True)
class DemoSummary:
    """How much the demo database holds."""

    members: int
    assets: int
    bookings: int
    costs: int


LARGE_BOOKINGS = 100_000
LARGE_COSTS = 20_000

_SUPPLIERS = [
    "Canadian Tire",
    "RONA",
    "Garage Léo inc.",
    "Long & McQuade",
    "Bureau en Gros",
    "Home Depot",
    "Desjardins Assurances",
    "Intact Assurance",
    "Hydro-Québec",
    "Quincaillerie Azores",
    "Ultramar",
    "Steve's Music",
]


def _cost_row(
    amount: int,
    start: dt.date,
    end: dt.date,
    category: str,
    asset_id: int | None,
    supplier: str,
    paid_by: int | None,
    now: dt.datetime,
    *,
    source: str = "manual",
    note: str = "",
) -> dict[str, object]:
    return {
        "amount_cents": amount,
        "start": start,
        "end": end,
        "category": category,
        "asset_id": asset_id,
        "supplier": supplier,
        "note": note,
        "receipt_name": "",
        "receipt_type": "",
        "paid_by_member_id": paid_by,
        "rule": "",
        "source": source,
        "client_id": None,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _small_costs(
    session: Session,
    rng: random.Random,
    members: list[Member],
    assets: list[Asset],
    anchor: dt.date,
    now: dt.datetime,
) -> int:
    """A year of a co-op's costs: rent, insurance, upkeep, repairs, fuel, payments."""
    by_name = {a.name: a for a in assets}
    year_start = dt.date(anchor.year - (1 if anchor.month < 4 else 0), 4, 1)
    van = by_name["Fourgonnette Ford Transit"]
    rows = []
    # The van's insurance for the year, paid by the treasury.
    premium = _cost_row(
        148_500,
        year_start,
        year_start.replace(year=year_start.year + 1) - dt.timedelta(days=1),
        "insurance",
        van.id,
        "Desjardins Assurances",
        None,
        now,
        source="insurance",
        note="AU-2209-4471",
    )
    premium_id = session.execute(insert(Cost).returning(Cost.id), [premium]).scalar_one()
    session.add(
        InsurancePolicy(
            asset_id=van.id,
            insurer="Desjardins Assurances",
            policy_number="AU-2209-4471",
            coverage="Responsabilité civile 2 M$, collision et vol",
            premium_cents=148_500,
            start=premium["start"],
            end=premium["end"],
            cost_id=premium_id,
        )
    )
    # Group liability insurance and monthly rent of the premises (overhead).
    rows.append(
        _cost_row(
            62_000,
            year_start,
            year_start.replace(year=year_start.year + 1) - dt.timedelta(days=1),
            "insurance",
            None,
            "Intact Assurance",
            None,
            now,
            note="Responsabilité civile de la coopérative",
        )
    )
    month = year_start
    while month <= anchor:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        rows.append(
            _cost_row(
                185_000,
                month,
                following - dt.timedelta(days=1),
                "rent",
                None,
                "Immeubles Saint-Denis",
                None,
                now,
                note="Loyer du local",
            )
        )
        rows.append(
            _cost_row(
                rng.randint(5_500, 9_800),
                month,
                following - dt.timedelta(days=1),
                "fuel",
                van.id,
                "Ultramar",
                rng.choice(members).id,
                now,
            )
        )
        month = following
    # Repairs and consumables through the year, some paid out of pocket.
    for _ in range(18):
        asset = rng.choice(assets)
        day = year_start + dt.timedelta(days=rng.randint(0, max(1, (anchor - year_start).days)))
        category = rng.choice(["repair", "consumables", "maintenance", "repair"])
        payer = rng.choice(members).id if rng.random() < 0.4 else None
        rows.append(
            _cost_row(
                rng.randint(1_500, 60_000),
                day,
                day,
                category,
                asset.id,
                rng.choice(_SUPPLIERS),
                payer,
                now,
            )
        )
    session.execute(insert(Cost), rows)
    # Maintenance plans: the van's oil change (by months and km) and the saw's blade.
    session.add(
        MaintenancePlan(
            asset_id=van.id,
            title="Vidange d'huile",
            every_months=6,
            every_meter=8_000,
            last_done=anchor - dt.timedelta(days=170),
            last_meter=None,
            blocks_calendar=False,
            active=True,
        )
    )
    session.add(
        MaintenancePlan(
            asset_id=by_name["Scie à onglets Makita"].id,
            title="Lame et alignement",
            every_months=12,
            every_meter=None,
            last_done=anchor - dt.timedelta(days=400),
            last_meter=None,
            blocks_calendar=False,
            active=True,
        )
    )
    # Payments received from some members.
    for member in members[:9]:
        session.add(
            Payment(
                member_id=member.id,
                amount_cents=rng.choice([15_000, 25_000, 40_000]),
                paid_on=anchor - dt.timedelta(days=rng.randint(5, 120)),
                invoice_number="",
                note="Virement Interac",
                client_id=None,
            )
        )
    return len(rows) + 1


def _large_costs(
    session: Session,
    rng: random.Random,
    members: list[Member],
    assets: list[Asset],
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
) -> int:
    span = (last - first).days
    rows = []
    for _ in range(LARGE_COSTS):
        day = first + dt.timedelta(days=rng.randint(0, span))
        roll = rng.random()
        if roll < 0.05:
            end = min(day + dt.timedelta(days=364), last)
            category = "insurance"
        elif roll < 0.1:
            end = min(day + dt.timedelta(days=29), last)
            category = "rent"
        else:
            end = day
            category = rng.choice(["maintenance", "repair", "fuel", "consumables", "other"])
        asset = rng.choice(assets) if rng.random() < 0.85 else None
        payer = rng.choice(members).id if rng.random() < 0.2 else None
        rows.append(
            _cost_row(
                rng.randint(500, 250_000),
                day,
                end,
                category,
                asset.id if asset else None,
                rng.choice(_SUPPLIERS),
                payer,
                now,
            )
        )
    session.execute(insert(Cost), rows)
    return len(rows)


LARGE_DAYS = 730


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _booking_row(
    asset: Asset,
    member: Member | None,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
    rng: random.Random,
    *,
    kind: str = "loan",
    series_id: int | None = None,
    meter: list[int] | None = None,
    note: str = "",
) -> dict[str, object]:
    """One booking as a row for a bulk insert, with a status that fits its dates."""
    status = "confirmed"
    out_meter = back_meter = None
    checked_out_at = returned_at = None
    if kind == "loan" and end <= now:
        status = "cancelled" if rng.random() < 0.04 else "returned"
    elif kind == "loan" and start <= now:
        status = "checked_out"
    elif kind == "loan" and rng.random() < 0.1:
        status = "requested"
    if status in ("returned", "checked_out"):
        checked_out_at = start
        if meter is not None:
            out_meter = meter[0]
            meter[0] += rng.randint(8, 240) if asset.meter == "km" else rng.randint(1, 6)
        if status == "returned":
            returned_at = end
            back_meter = meter[0] if meter is not None else None
    return {
        "asset_id": asset.id,
        "member_id": member.id if member else None,
        "series_id": series_id,
        "occurrence_start": start if series_id else None,
        "kind": kind,
        "start": start,
        "end": end,
        "status": status,
        "note": note,
        "checked_out_at": checked_out_at,
        "checkout_meter": out_meter,
        "returned_at": returned_at,
        "return_meter": back_meter,
        "condition": "",
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _member_for(
    members: list[Member],
    preferred: int,
    start: dt.datetime,
    end: dt.datetime,
    zone: zoneinfo.ZoneInfo,
) -> Member | None:
    """``members[preferred]``, or the next member in the list who belongs to the group on
    every day of [start, end): the demo, like the booking rules, never lends to someone
    before they joined or after they left. None when nobody does."""
    first, last = booking_days(start, end, zone)
    for offset in range(len(members)):
        member = members[(preferred + offset) % len(members)]
        if (member.joined is None or member.joined <= first) and (
            member.left is None or last <= member.left
        ):
            return member
    return None


def _asset_bookings(
    rng: random.Random,
    asset: Asset,
    members: list[Member],
    first: dt.datetime,
    last: dt.datetime,
    count: int,
    now: dt.datetime,
    zone: zoneinfo.ZoneInfo,
) -> list[dict[str, object]]:
    """About *count* non-overlapping bookings of one asset between *first* and *last*."""
    rows: list[dict[str, object]] = []
    span = (last - first).total_seconds() / 3600
    mean_gap = max(span / max(count, 1), 1.0)
    meter = [rng.randint(1_000, 90_000)] if asset.meter != "none" else None
    cursor = first
    while len(rows) < count:
        cursor += dt.timedelta(hours=max(1, int(rng.expovariate(1 / (mean_gap * 0.6)))))
        local = cursor.astimezone(zone)
        opening = 8 if asset.kind == "space" else 7
        if local.hour < opening or local.hour > 20:
            cursor = (local.replace(hour=opening, minute=0) + dt.timedelta(days=1)).astimezone(
                dt.UTC
            )
        hours = (
            rng.choice([1, 2, 2, 3, 3, 4])
            if asset.kind == "space"
            else rng.choice([2, 3, 4, 6, 8, 24, 48])
        )
        start = cursor.replace(minute=0, second=0, microsecond=0)
        end = start + dt.timedelta(hours=min(hours, max(1, int(mean_gap * 0.4))))
        if end > last:
            break
        # Drawn as rng.choice(members) would be, so the same seed gives the same demo.
        member = _member_for(members, rng.randrange(len(members)), start, end, zone)
        if member is not None:
            rows.append(_booking_row(asset, member, start, end, now, rng, meter=meter))
        cursor = end
    return rows


def _slug(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_name.lower() if c.isalnum() or c == " ").replace(" ", ".")


def _phone(rng: random.Random) -> str:
    area = rng.choice(["514", "438", "450", "418"])
    return f"{area} {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"


_STREETS = [
    "rue Saint-Denis",
    "avenue du Parc",
    "rue Rachel Est",
    "boulevard Saint-Laurent",
    "rue Fullum",
    "avenue Papineau",
    "rue Beaubien Est",
    "rue Wellington",
]


def _address(rng: random.Random) -> str:
    postal = (
        f"H2{rng.choice('JKLTX')} {rng.randint(1, 9)}{rng.choice('ABCEGHJ')}{rng.randint(1, 9)}"
    )
    street = rng.choice(_STREETS)
    return f"{rng.randint(100, 8999)}, {street}\nMontréal (Québec) {postal}"


def _joined(rng: random.Random) -> dt.date:
    return dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))


def _small_members(rng: random.Random) -> list[Member]:
    members = []
    for index, (name, kind, language, weight) in enumerate(_SMALL_MEMBERS):
        domain = "exemple.qc.ca" if language == "fr" else "example.ca"
        joined = _joined(rng)
        left = joined + dt.timedelta(days=900) if index == 13 else None
        members.append(
            Member(
                name=name,
                name_key=name_key(name),
                kind=kind,
                language=language,
                weight_milli=weight,
                email=f"{_slug(name)}@{domain}",
                phone=_phone(rng),
                address=_address(rng),
                joined=joined,
                left=left,
                notes="",
                archived=False,
            )
        )
    return members


def _large_members(rng: random.Random, count: int) -> list[Member]:
    members: list[Member] = []
    seen: set[str] = set()
    while len(members) < count:
        roll = rng.random()
        language = "fr" if rng.random() < 0.7 else "en"
        if roll < 0.75:
            first = rng.choice(_FIRST_FR if language == "fr" else _FIRST_EN)
            name, kind, weight = f"{first} {rng.choice(_LAST)}", "person", 1000
        elif roll < 0.9:
            last = rng.choice(_LAST)
            name = f"Famille {last}" if language == "fr" else f"The {last} Household"
            kind, weight = "household", rng.choice([1500, 2000, 2500])
        else:
            name = f"{rng.choice(_ORG_WORDS)} {rng.choice(_ORG_NAMES)}"
            kind, weight = "organisation", rng.choice([2000, 3000, 5000])
        if name_key(name) in seen:
            name = f"{name} ({len(members) + 1})"
        seen.add(name_key(name))
        domain = "exemple.qc.ca" if language == "fr" else "example.ca"
        members.append(
            Member(
                name=name,
                name_key=name_key(name),
                kind=kind,
                language=language,
                weight_milli=weight,
                email=f"{_slug(name)}@{domain}",
                phone=_phone(rng),
                address=_address(rng),
                joined=_joined(rng),
                left=None,
                notes="",
                archived=False,
            )
        )
    return members


def _asset(
    name: str,
    kind: str,
    category: str,
    location: str,
    meter: str,
    price: int,
    purchase: dt.date | None,
) -> Asset:
    rule = "usage" if meter != "none" or kind == "space" else "equal"
    return Asset(
        name=name,
        name_key=name_key(name),
        kind=kind,
        category=category,
        location=location,
        description="",
        photo_type="",
        meter=meter,
        status="active",
        default_rule=rule,
        purchase_price_cents=price * 100 if price else None,
        purchase_date=purchase,
    )


def _small_assets(rng: random.Random, members: list[Member]) -> list[Asset]:
    assets = []
    for name, kind, category, location, meter, price, owners in _SMALL_ASSETS:
        purchase = _joined(rng) if price else None
        asset = _asset(name, kind, category, location, meter, price, purchase)
        asset.owners = [
            AssetOwner(member_id=members[i].id, weight_milli=w * 1000) for i, w in owners
        ]
        if owners:
            asset.default_rule = "mix:shares=50,usage=50" if meter != "none" else "shares"
        assets.append(asset)
    assets[5].status = "in_repair"
    return assets


def _large_assets(rng: random.Random, members: list[Member], count: int) -> list[Asset]:
    assets = []
    for index in range(count):
        kind, category, bases = rng.choice(_ASSET_BASES)
        meter = (
            "km"
            if kind == "vehicle" and rng.random() < 0.8
            else ("hours" if kind == "equipment" and rng.random() < 0.2 else "none")
        )
        price = 0 if kind == "space" else rng.randint(40, 45000 if kind == "vehicle" else 4000)
        name = f"{rng.choice(bases)} {index + 1:03d}"
        asset = _asset(
            name,
            kind,
            category,
            rng.choice(_LOCATIONS),
            meter,
            price,
            _joined(rng) if price else None,
        )
        if rng.random() < 0.15:
            owners = rng.sample(members, rng.randint(1, 3))
            asset.owners = [
                AssetOwner(member_id=m.id, weight_milli=rng.randint(1, 3) * 1000) for m in owners
            ]
            asset.default_rule = "shares"
        if rng.random() < 0.03:
            asset.status = rng.choice(["in_repair", "retired"])
        assets.append(asset)
    return assets


def _small_bookings(
    session: Session,
    rng: random.Random,
    members: list[Member],
    assets: list[Asset],
    anchor: dt.date,
    zone: zoneinfo.ZoneInfo,
    now: dt.datetime,
) -> list[dict[str, object]]:
    """Eight weeks either side of *anchor*: series, loans, a blackout, one overdue loan."""
    by_name = {a.name: a for a in assets}
    monday = _monday(anchor)

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), zone).astimezone(dt.UTC)

    rows: list[dict[str, object]] = []
    # Weekly rehearsals of the theatre company, Tuesday and Thursday evenings.
    rehearsal_room = by_name["Salle de répétition A"]
    first_day = monday - dt.timedelta(weeks=8, days=-1)
    theatre = _member_for(
        members, 8, at(first_day, 19), at(first_day + dt.timedelta(weeks=16), 22), zone
    )
    if theatre is not None:
        series = BookingSeries(
            asset_id=rehearsal_room.id,
            member_id=theatre.id,
            kind="loan",
            rrule="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=32",
            local_start=dt.datetime.combine(first_day, dt.time(19)),
            duration_minutes=180,
            timezone=zone.key,
            note="Répétitions",
        )
        session.add(series)
        session.flush()
        day = monday - dt.timedelta(weeks=8)
        while len([r for r in rows if r["series_id"] == series.id]) < 32:
            if day.weekday() in (1, 3):
                start = at(day, 19)
                rows.append(
                    _booking_row(
                        rehearsal_room,
                        theatre,
                        start,
                        start + dt.timedelta(hours=3),
                        now,
                        rng,
                        series_id=series.id,
                        note="Répétitions",
                    )
                )
            day += dt.timedelta(days=1)
    # Everyday loans of the other assets, kept apart from each other per asset.
    for asset in assets:
        if asset is rehearsal_room or asset.status != "active":
            continue
        rows.extend(
            _asset_bookings(
                rng,
                asset,
                members,
                at(monday - dt.timedelta(weeks=8), 8),
                at(monday + dt.timedelta(weeks=8), 8),
                rng.randint(4, 12),
                now,
                zone,
            )
        )
    # The trailer is in repair: a blackout over this week and the next.
    trailer = by_name["Remorque utilitaire 5×8"]
    rows.append(
        _booking_row(
            trailer,
            None,
            at(monday, 0),
            at(monday + dt.timedelta(days=14), 0),
            now,
            rng,
            kind="blackout",
            note="Réparation de l'attelage",
        )
    )
    # A loan of the pressure washer that should have come back yesterday.
    washer = by_name["Laveuse à pression"]
    late_start = now.astimezone(zone).replace(hour=9, minute=0, second=0, microsecond=0)
    late_start = (late_start - dt.timedelta(days=3)).astimezone(dt.UTC)
    late_end = late_start + dt.timedelta(days=2)
    borrower = _member_for(members, 4, late_start, late_end, zone)
    if borrower is None:
        return rows
    overdue = _booking_row(washer, borrower, late_start, late_end, now, rng, meter=[311])
    overdue.update(status="checked_out", returned_at=None, return_meter=None)

    def clashes(row: dict[str, object]) -> bool:
        start, end = row["start"], row["end"]
        assert isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
        return row["asset_id"] == washer.id and start < late_end and end > late_start

    rows = [r for r in rows if not clashes(r)]
    rows.append(overdue)
    return rows


def populate_demo(
    db: Database, size: str = "small", seed: int = 2026, *, anchor: dt.date | None = None
) -> DemoSummary:
    """Fill an empty database with the demo co-op, in one transaction.

    Bookings are laid out around *anchor* (default: today), so the calendar of a fresh
    demo always has something to show; the same seed and anchor give the same database.
    """
    if size not in SIZES:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=size,
            choices=", ".join(SIZES),
        )
    zone = zoneinfo.ZoneInfo(db.settings().get("timezone", "America/Montreal"))
    day = anchor or dt.date.today()
    # "Now" for statuses: noon of the anchor day, so the same anchor gives the same rows.
    now = dt.datetime.combine(day, dt.time(12), zone).astimezone(dt.UTC)

    def operation(session: Session) -> DemoSummary:
        rng = random.Random(seed)
        members = _small_members(rng) if size == "small" else _large_members(rng, 200)
        session.add_all(members)
        session.flush()
        assets = (
            _small_assets(rng, members) if size == "small" else _large_assets(rng, members, 500)
        )
        session.add_all(assets)
        session.flush()
        if size == "small":
            rows = _small_bookings(session, rng, members, assets, day, zone, now)
        else:
            first = now - dt.timedelta(days=LARGE_DAYS // 2)
            last = now + dt.timedelta(days=LARGE_DAYS // 2)
            per_asset = LARGE_BOOKINGS // len(assets)
            rows = []
            for asset in assets:
                rows.extend(_asset_bookings(rng, asset, members, first, last, per_asset, now, zone))
        session.execute(insert(Booking), rows)
        if size == "small":
            costs = _small_costs(session, rng, members, assets, day, now)
        else:
            costs = _large_costs(session, rng, members, assets, first.date(), last.date(), now)
        for key, value in DEMO_SETTINGS.items():
            session.merge(Setting(key=key, value=value))
        audit.record(
            session,
            db.actor,
            "demo",
            "database",
            None,
            f"{size} demo, seed {seed}: {len(members)} members, {len(assets)} assets, "
            f"{len(rows)} bookings",
        )
        return DemoSummary(
            members=len(members), assets=len(assets), bookings=len(rows), costs=costs
        )

    return db.write(operation)


def create_demo(
    path: Path,
    size: str = "small",
    seed: int = 2026,
    *,
    actor: Actor | None = None,
    anchor: dt.date | None = None,
) -> Database:
    """Create a new database at *path* holding the demo co-op, and open it."""
    if size not in SIZES:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=size,
            choices=", ".join(SIZES),
        )
    db = create_workspace(
        path,
        OrganisationSettings(name=DEMO_ORGANISATION, language="fr"),
        actor=actor,
    )
    try:
        populate_demo(db, size, seed, anchor=anchor)
    except BaseException:
        db.close()
        raise
    return db
