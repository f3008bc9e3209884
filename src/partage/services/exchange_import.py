"""CSV import of members, assets and costs: every row, or none.

A file is read (``read_csv``: UTF-8 with or without a byte-order mark, or Windows-1252;
commas, semicolons or tabs), its columns are matched to fields (``exchange_fields``),
then every row is parsed and checked with the same validators as the forms. Each problem
is kept with its row and column (``check_csv``, for a preview), and ``import_csv`` writes
the rows in one write transaction only when no row has a problem.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first row of data
row 2.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from partage.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PartageError,
    RuleViolation,
    UsageError,
    ValidationError,
)
from partage.models import Asset, AssetOwner, Member, Setting, name_key, utc_now
from partage.services import audit
from partage.services.assets import AssetInput, Ownership, validate_asset
from partage.services.costs import CostInput, insert_cost, new_client_id, validate_cost
from partage.services.dates import parse_optional_date
from partage.services.exchange import Progress
from partage.services.exchange_csv import restore
from partage.services.exchange_fields import (
    KINDS,
    check_mapping,
    coded,
    fold_header,
    guess_mapping,
)
from partage.services.files import IMPORT_LIMIT_BYTES
from partage.services.governance import check_open
from partage.services.members import MemberInput, validate_member
from partage.services.money import MAX_CENTS, parse_amount, parse_weight
from partage.services.rules import normalise_rule
from partage.storage import Database

T = TypeVar("T")
# One limit for every file imported (CSV, JSON, calendar): what ``read_named_file`` reads.
MAX_FILE_BYTES = IMPORT_LIMIT_BYTES
DELIMITERS = ",;\t"
PROGRESS_EVERY = 200

# Which columns a validator's field name points at.
VALIDATED_FIELDS: dict[str, tuple[str, ...]] = {
    "weight": ("weight", "weight_milli"),
    "purchase_price": ("purchase_price", "purchase_price_cents"),
    "amount": ("amount", "amount_cents"),
    "default_rule": ("rule",),
}


@dataclass(frozen=True)
class CsvTable:
    """A CSV file as read: its header, its rows and how it was written.

    Attributes:
        headers: the first row's cells.
        rows: (row number as a spreadsheet shows it, cells) for every row that is not
            blank; a row shorter than the header is padded with empty cells.
        encoding: ``utf-8``, ``utf-8-sig`` (with a byte-order mark), ``utf-16`` or
            ``cp1252``.
        delimiter: ``,``, ``;`` or a tab.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str
    delimiter: str


@dataclass(frozen=True)
class RowProblem:
    """Why one cell (or row) cannot be imported.

    Attributes:
        row: the row number as a spreadsheet shows it (the header is row 1).
        column: the column's header in the file ("" for the row as a whole).
        error: the problem, with its translatable message.
    """

    row: int
    column: str
    error: PartageError


@dataclass(frozen=True)
class ImportCheck:
    """The outcome of checking a file: how many rows, and every problem found."""

    kind: str
    mapping: dict[str, int]
    rows: int
    problems: tuple[RowProblem, ...]

    @property
    def ok(self) -> bool:
        """True when every row can be imported (and there is at least one)."""
        return self.rows > 0 and not self.problems

    @property
    def rows_with_problems(self) -> int:
        """How many rows have at least one problem."""
        return len({problem.row for problem in self.problems})


@dataclass(frozen=True)
class ImportResult:
    """What ``import_csv`` wrote."""

    kind: str
    rows: int
    ids: tuple[int, ...] = field(default=())


class ImportRefused(RuleViolation):
    """Some rows have problems, so no row was imported; ``problems`` lists them all."""

    def __init__(self, check: ImportCheck) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing was imported. Rows with errors: {bad} of {total}. "
                "Correct them and import the file again.",
            ),
            bad=check.rows_with_problems,
            total=check.rows,
        )
        self.check = check
        self.problems = check.problems


# --- reading the file ---------------------------------------------------------------------


def _not_csv() -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not a CSV text file. If it is a spreadsheet, save it as CSV "
            "(comma or semicolon separated) first. Nothing was imported.",
        )
    )


def _decode(data: bytes) -> tuple[str, str]:
    """The text of *data* and its encoding; UTF-8 is tried before Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Control characters other than line ends and tabs: a binary file read as text.
        if any(unicodedata.category(c) == "Cc" and c not in "\t\r\n" for c in text):
            raise _not_csv()
        return text, encoding
    raise _not_csv()


def _sniff_delimiter(text: str) -> str:
    """The delimiter used most in the header line, outside quotes (a comma if none)."""
    header, counts, quoted = text.split("\n", 1)[0], dict.fromkeys(DELIMITERS, 0), False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes) -> CsvTable:
    """The header and rows of a CSV file.

    Raises:
        UsageError: too large, empty, binary, or not readable as CSV.
    """
    if len(data) > MAX_FILE_BYTES:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is too large to import ({size} MB; {limit} MB at most). "
                "Split it in smaller files.",
            ),
            size=len(data) // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    text, encoding = _decode(data)
    if not text.strip():
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The file is empty. Nothing was imported.")
        )
    delimiter = _sniff_delimiter(text.lstrip("\r\n"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            cells = tuple(restore(cell.strip()) for cell in record)
            if not any(cells):
                continue
            if headers is None:
                headers = cells
            else:
                rows.append((number, cells + ("",) * (len(headers) - len(cells))))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A value near line {line} is longer than {limit} characters, the most a "
                    "cell can hold. Nothing was imported.",
                ),
                line=reader.line_num,
                limit=csv.field_size_limit(),
            ) from None
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file cannot be read as CSV near line {line} (a quote that is not "
                "closed?). Nothing was imported.",
            ),
            line=reader.line_num,
        ) from None
    assert headers is not None  # the text is not blank, so some record has a cell
    _refuse_repeated_headers(headers)
    return CsvTable(headers, tuple(rows), encoding, delimiter)


def _refuse_repeated_headers(headers: tuple[str, ...]) -> None:
    """Two columns of the same header: which one holds the field is anybody's guess."""
    first: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = fold_header(header)
        if not key:
            continue
        if key in first:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The header “{header}” names two columns ({first} and {second}); rename "
                    "one of them. Nothing was imported.",
                ),
                header=header,
                first=first[key] + 1,
                second=index + 1,
            )
        first[key] = index


# --- one row --------------------------------------------------------------------------------


def _whole_number(text: str) -> int:
    value = text.replace(" ", "").replace("\u00a0", "")
    if not re.fullmatch(r"[+-]?\d+", value):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a whole number such as 1500."),
            text=text,
        )
    # Compared as digits: int() of thousands of digits is refused by Python itself.
    digits = value.lstrip("+-").lstrip("0")
    if len(digits) > len(str(MAX_CENTS)) or abs(int(value)) >= MAX_CENTS:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is out of range: the most this column holds is {limit}."
            ),
            text=text if len(text) <= 40 else text[:37] + "…",
            limit=MAX_CENTS - 1,
        )
    return int(value)


class _Row:
    """The cells of one row by field, and the problems found while reading them."""

    def __init__(
        self, number: int, cells: tuple[str, ...], mapping: Mapping[str, int],
        headers: tuple[str, ...],
    ) -> None:
        self.number = number
        self.cells = {key: cells[index] for key, index in mapping.items()}
        self.headers = {key: headers[index] for key, index in mapping.items()}
        self.problems: list[RowProblem] = []

    def has(self, key: str) -> bool:
        return key in self.cells

    def text(self, key: str) -> str:
        return self.cells.get(key, "")

    def problem(self, key: str, error: PartageError) -> None:
        self.problems.append(RowProblem(self.number, self.headers.get(key, ""), error))

    def parse(self, key: str, parser: Callable[[str], T], default: T) -> T:
        """The cell of *key* through *parser*; *default* when it is empty or missing."""
        text = self.text(key)
        if not text:
            return default
        try:
            return parser(text)
        except PartageError as error:
            self.problem(key, error)
            return default

    def required(self, key: str) -> bool:
        """True when the cell of *key* holds something; a problem otherwise."""
        if self.has(key) and not self.text(key):
            self.problem(
                key,
                ValidationError(
                    key,
                    QT_TRANSLATE_NOOP(
                        "errors", "This cell is empty; the column needs a value on every row."
                    ),
                ),
            )
            return False
        return True

    def validated(self, validate: Callable[[T], T], data: T) -> T | None:
        """*data* through *validate*, or None with the problem noted at its column."""
        try:
            return validate(data)
        except ValidationError as error:
            keys = VALIDATED_FIELDS.get(error.field, (error.field,))
            self.problem(next((k for k in keys if self.has(k)), keys[0]), error)
        except PartageError as error:
            self.problem("", error)
        return None


@dataclass
class _Known:
    """What the database holds that rows refer to: names and ids of members and assets."""

    session: Session
    members: dict[str, int]
    member_ids: set[int]
    assets: dict[str, int]
    asset_ids: set[int]
    language: str

    @classmethod
    def read(cls, session: Session) -> _Known:
        members = {key: id_ for key, id_ in session.execute(select(Member.name_key, Member.id))}
        assets = {key: id_ for key, id_ in session.execute(select(Asset.name_key, Asset.id))}
        language = session.get(Setting, "language")
        return cls(
            session, members, set(members.values()), assets, set(assets.values()),
            language.value if language is not None and language.value in ("fr", "en") else "fr",
        )

    def member(self, ref: str) -> int:
        found = self.members.get(name_key(ref))
        if found is None and ref.strip().isdigit() and int(ref) in self.member_ids:
            found = int(ref)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=ref)
        return found

    def asset(self, ref: str) -> int:
        found = self.assets.get(name_key(ref))
        if found is None and ref.strip().isdigit() and int(ref) in self.asset_ids:
            found = int(ref)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No asset “{ref}”."), ref=ref)
        return found

    def rule(self, text: str) -> str:
        return normalise_rule(text, self.member)

    def owners(self, text: str) -> tuple[Ownership, ...]:
        """``Anne Roy=2; Marc=1`` as ownership shares (a name alone weighs 1)."""
        shares = []
        for item in filter(None, (part.strip() for part in text.split(";"))):
            ref, equals, weight = item.rpartition("=")
            if not equals:
                ref, weight = item, "1"
            shares.append(Ownership(self.member(ref.strip()), parse_weight(weight)))
        return tuple(shares)


def _money(row: _Row, key: str) -> int | None:
    if row.has(key):
        return row.parse(key, parse_amount, None)
    return row.parse(f"{key}_cents", _whole_number, None)


def _member(row: _Row, known: _Known) -> MemberInput | None:
    weight = (
        row.parse("weight", parse_weight, 1000)
        if row.has("weight")
        else row.parse("weight_milli", _whole_number, 1000)
    )
    data = MemberInput(
        name=row.text("name"),
        kind=coded("member_kind", row.text("kind"), "person"),
        email=row.text("email"),
        phone=row.text("phone"),
        address=row.text("address"),
        language=coded("language", row.text("language"), known.language),
        weight_milli=weight,
        joined=row.parse("joined", parse_optional_date, None),
        left=row.parse("left", parse_optional_date, None),
        notes=row.text("notes"),
    )
    return None if row.problems else row.validated(validate_member, data)


def _asset(row: _Row, known: _Known) -> AssetInput | None:
    data = AssetInput(
        name=row.text("name"),
        kind=coded("asset_kind", row.text("kind"), "equipment"),
        category=row.text("category"),
        location=row.text("location"),
        description=row.text("description"),
        meter=coded("meter", row.text("meter"), "none"),
        purchase_price_cents=_money(row, "purchase_price"),
        purchase_date=row.parse("purchase_date", parse_optional_date, None),
        status=coded("status", row.text("status"), "active"),
        default_rule=row.parse("rule", known.rule, "equal"),
        owners=row.parse("owners", known.owners, ()),
    )
    return None if row.problems else row.validated(validate_asset, data)


def _cost(row: _Row, known: _Known) -> CostInput | None:
    filled = [row.required(key) for key in ("amount", "amount_cents", "date")]
    amount = _money(row, "amount")
    start = row.parse("date", parse_optional_date, None)
    # Placeholders where a cell was refused: the row is then dropped below, unvalidated.
    data = CostInput(
        amount_cents=amount or 0,
        start=start or utc_now().date(),
        end=row.parse("end", parse_optional_date, None),
        category=coded("category", row.text("category"), "other"),
        asset_id=row.parse("asset", known.asset, None),
        supplier=row.text("supplier"),
        note=row.text("note"),
        paid_by_member_id=row.parse("paid_by", known.member, None),
        rule=row.parse("rule", known.rule, ""),
        source="import",
    )
    if row.problems or not all(filled):
        return None
    validated = row.validated(validate_cost, data)
    if validated is not None:
        try:
            check_open(known.session, validated.start)  # the books may be closed
        except PartageError as error:
            row.problem("date", error)
            return None
    return validated


_PARSERS: dict[str, Callable[[_Row, _Known], Any]] = {
    "members": _member,
    "assets": _asset,
    "costs": _cost,
}


# --- the whole file -----------------------------------------------------------------------


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=kind,
            choices=", ".join(KINDS),
        )


def _plan(
    session: Session,
    kind: str,
    table: CsvTable,
    mapping: Mapping[str, int],
    progress: Progress | None,
) -> tuple[ImportCheck, list[Any]]:
    """Every row parsed and checked against *session*'s data; the inputs ready to write."""
    known = _Known.read(session)
    parse = _PARSERS[kind]
    taken = known.members if kind == "members" else known.assets
    seen: dict[str, int] = {}
    problems: list[RowProblem] = []
    ready: list[Any] = []
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows, start=1):
        row = _Row(number, cells, mapping, table.headers)
        if len(cells) > len(table.headers) and any(cells[len(table.headers):]):
            row.problem("", UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This row has {cells} cells but the header only {columns}; a separator "
                    "inside a value needs quotes around the value.",
                ),
                cells=len(cells),
                columns=len(table.headers),
            ))
        data = parse(row, known)
        if data is not None and kind != "costs":
            key = name_key(data.name)
            if key in taken:
                message = (
                    QT_TRANSLATE_NOOP("errors", "There is already a member named “{name}”.")
                    if kind == "members"
                    else QT_TRANSLATE_NOOP("errors", "There is already an asset named “{name}”.")
                )
                row.problem("name", ValidationError("name", message, name=data.name))
            elif key in seen:
                row.problem("name", ValidationError(
                    "name",
                    QT_TRANSLATE_NOOP("errors", "“{name}” is already on row {row} of the file."),
                    name=data.name,
                    row=seen[key],
                ))
            else:
                seen[key] = number
        # In the order of the columns, as the person reads the row.
        order = {header: index for index, header in reversed(list(enumerate(table.headers)))}
        problems.extend(sorted(row.problems, key=lambda p: order.get(p.column, -1)))
        if not row.problems:
            ready.append(data)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    check = ImportCheck(kind, dict(mapping), total, tuple(problems))
    return check, ready


def _mapping_for(kind: str, table: CsvTable, mapping: Mapping[str, int] | None) -> dict[str, int]:
    """The column of each field, checked; refused, like the import, when the file has
    no rows (a check then says what the import would)."""
    _check_kind(kind)
    chosen = dict(guess_mapping(kind, table.headers) if mapping is None else mapping)
    check_mapping(kind, chosen, len(table.headers))
    if not table.rows:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "The file has a header row but no rows to import. Nothing was imported."
            )
        )
    return chosen


def check_csv(
    db: Database,
    kind: str,
    table: CsvTable,
    mapping: Mapping[str, int] | None = None,
    *,
    progress: Progress | None = None,
) -> ImportCheck:
    """Check every row of *table* as an import of *kind* would, without writing.

    *mapping* gives the column of each field (default: guessed from the headers).

    Raises:
        UsageError: the mapping cannot work (no column for a required field…), or the
            file has no rows.
    """
    chosen = _mapping_for(kind, table, mapping)
    with db.read() as session:
        return _plan(session, kind, table, chosen, progress)[0]


def _insert_member(session: Session, db: Database, data: MemberInput) -> int:
    row = Member(
        name=data.name, name_key=name_key(data.name), kind=data.kind, email=data.email,
        phone=data.phone, address=data.address, language=data.language,
        weight_milli=data.weight_milli, joined=data.joined, left=data.left, notes=data.notes,
    )
    session.add(row)
    session.flush()
    audit.record(session, db.actor, "import", "member", row.id, data.name)
    return row.id


def _insert_asset(session: Session, db: Database, data: AssetInput) -> int:
    row = Asset(
        name=data.name, name_key=name_key(data.name), kind=data.kind, category=data.category,
        location=data.location, description=data.description,
        purchase_date=data.purchase_date, purchase_price_cents=data.purchase_price_cents,
        meter=data.meter, status=data.status, default_rule=data.default_rule,
        bookable=data.bookable, min_booking_minutes=data.min_booking_minutes,
        max_booking_minutes=data.max_booking_minutes, opening_hours=data.opening_hours,
        recovery_months=data.recovery_months, photo_type="",
    )
    row.owners = [AssetOwner(member_id=o.member_id, weight_milli=o.weight_milli)
                  for o in data.owners]
    session.add(row)
    session.flush()
    audit.record(session, db.actor, "import", "asset", row.id, data.name)
    return row.id


def _insert_cost(session: Session, db: Database, data: CostInput) -> int:
    return insert_cost(session, db, replace(data, client_id=new_client_id())).id


_INSERTERS: dict[str, Callable[[Session, Database, Any], int]] = {
    "members": _insert_member,
    "assets": _insert_asset,
    "costs": _insert_cost,
}


def import_csv(
    db: Database,
    kind: str,
    table: CsvTable,
    mapping: Mapping[str, int] | None = None,
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Import every row of *table* as *kind* in one write transaction, or none.

    The rows are checked again inside the transaction, against the data as it is then
    (someone may have added a member of the same name since a preview).

    Raises:
        UsageError: the mapping cannot work, or the file has no rows.
        ImportRefused: some rows have problems; nothing was written.
    """
    chosen = _mapping_for(kind, table, mapping)
    total = len(table.rows)
    checking = None if progress is None else (lambda done, _: progress(done, 2 * total))

    def operation(session: Session) -> ImportResult:
        check, ready = _plan(session, kind, table, chosen, checking)
        if check.problems:
            raise ImportRefused(check)
        insert = _INSERTERS[kind]
        ids = []
        for done, data in enumerate(ready, start=1):
            ids.append(insert(session, db, data))
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                progress(total + done, 2 * total)
        return ImportResult(kind, len(ids), tuple(ids))

    return db.write(operation)
