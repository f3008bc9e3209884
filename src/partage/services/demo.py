"""Demo data: a Québec co-op that pools rooms, a van, tools, stage gear and IT equipment.

Generated deterministically from a seed: the same seed always gives the same database.
``small`` is a realistic group of about fifteen members and twenty-five assets; ``large``
(200 members, 500 assets) is the data set the benchmarks run on.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models import Asset, AssetOwner, Member, name_key
from partage.services import audit
from partage.services.workspace import OrganisationSettings, create_workspace
from partage.storage import Actor, Database

SIZES = ("small", "large")
DEMO_ORGANISATION = "Coopérative La Remise du Plateau"

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


def populate_demo(db: Database, size: str = "small", seed: int = 2026) -> DemoSummary:
    """Fill an empty database with the demo co-op, in one transaction."""
    if size not in SIZES:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=size,
            choices=", ".join(SIZES),
        )

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
        audit.record(
            session,
            db.actor,
            "demo",
            "database",
            None,
            f"{size} demo, seed {seed}: {len(members)} members, {len(assets)} assets",
        )
        return DemoSummary(members=len(members), assets=len(assets))

    return db.write(operation)


def create_demo(
    path: Path, size: str = "small", seed: int = 2026, *, actor: Actor | None = None
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
        populate_demo(db, size, seed)
    except BaseException:
        db.close()
        raise
    return db
