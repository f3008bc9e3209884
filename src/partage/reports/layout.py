"""A business document drawn straight onto a reportlab canvas.

The document arrives as plain, already translated text (``Document``); this module only
places it: the issuer's header with the logo, the recipient, the facts (number, period,
dates), tables whose header row repeats on every page, the totals, the notes, and a
footer with "Page 2 of 3".

Rows have heights known before anything is drawn (text is wrapped once, with the
font's real widths), so the number of pages is known up front and each page is drawn
once: no second rendering pass, which keeps a batch of statements fast. The standard
PDF fonts are used (Helvetica, WinAnsi encoding: every French character is there);
the few characters outside it are replaced by their nearest equivalent.
"""

from __future__ import annotations

import functools
import io
import zlib
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple, cast

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = 9.0
DETAIL_SIZE = 7.5
LEADING = 11.0
DETAIL_LEADING = 9.0
ROW_PADDING = 3.0
FOOTER_HEIGHT = 16 * mm

INK = Color(0.13, 0.13, 0.16)
MUTED = Color(0.38, 0.40, 0.45)
RULE = Color(0.80, 0.82, 0.86)
HEADER_FILL = Color(0.93, 0.94, 0.96)
ACCENT = Color(0.12, 0.35, 0.55)
WATERMARK = Color(0.85, 0.20, 0.20)

# reportlab writes compressed streams in ASCII85 by default, a relic of 7-bit mail: a
# quarter more bytes and a second encoding of every page (a tenth of a statement's
# rendering). Binary streams are what every PDF reader expects; the setting is read
# when a document is written, and this module is the only one that writes PDFs.
rl_config.useA85 = 0


class _QuickFlate:
    """reportlab's Flate filter at zlib's level 2 instead of its default 6: a statement's
    pages (some 280 KB of text operators a year) compress in 1.9 ms instead of 3.1, to
    files a tenth larger. Given to the document as its default filter, so the canvas is
    made without its own page compression."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        if isinstance(text, str):  # as reportlab's own filter does
            text = text.encode("utf8")
        return zlib.compress(text, 2)


_FLATE = _QuickFlate()


def _fill(colour: Color) -> str:
    """The operator filling with *colour* (what reportlab writes for it)."""
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


_LEFT = fp_str(MARGIN)  # the ends of the rules under the rows
_RIGHT = fp_str(PAGE_WIDTH - MARGIN)
_DETAIL_LEFT = fp_str(MARGIN + ROW_PADDING + 6)
_FILLS = {id(colour): _fill(colour) for colour in (INK, MUTED, ACCENT)}
_STROKE_RULE = f"{fp_str(RULE.red, RULE.green, RULE.blue)} RG"
_SHADE = _fill(HEADER_FILL)
_ROW_RULES = f"{_STROKE_RULE}\n{fp_str(0.4)} w"
# (text, font, size, x, y, alignment) -> what draws it, inside a text object
_SAID: dict[tuple[str, str, float, float, float, str], str] = {}
# (height, thickness) -> what draws a rule across the content there
_RULES: dict[tuple[float, float | None], str] = {}
# A row's top -> what moves the row there (the rest it writes itself, ``_PlacedRow``)
_ROW_TOPS: dict[float, str] = {}


# Characters outside WinAnsi that locales and people produce, and their stand-ins.
_REPLACEMENTS = str.maketrans(
    {
        "\u202f": "\u00a0",  # narrow no-break space (French thousands)
        "\u2009": " ",
        "\u2212": "-",  # minus sign
        "\u2011": "-",
        "\u2192": "->",
        "\u2264": "<=",
        "\u2265": ">=",
    }
)


def clean(text: str) -> str:
    """*text* with only characters the standard PDF fonts can show."""
    if text.isascii():
        return text
    try:
        text.encode("cp1252")  # every character shows: nothing to replace
        return text
    except UnicodeEncodeError:
        pass
    text = text.translate(_REPLACEMENTS)
    return text.encode("cp1252", "replace").decode("cp1252")


@dataclass(frozen=True)
class Column:
    """A table column: its title, its share of the width, its alignment."""

    title: str
    width: float  # fraction of the content width
    align: str = "left"  # "left" or "right"


class Row(NamedTuple):
    """A table row; *detail* is a smaller line under the first cell, across the row.

    A tuple, so that a year's thousand rows are cheap to make, and travel to a drawing
    process as plain tuples (``reports.pool``); the layout only unpacks them."""

    cells: tuple[str, ...]
    detail: str = ""
    bold: bool = False


# What the layout reads of a row: a ``Row``, or the plain tuple it travels as.
RowData = tuple[tuple[str, ...], str, bool]


@dataclass(frozen=True)
class Table:
    """A titled table; *empty* is shown when it has no rows."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[RowData, ...]
    empty: str = ""
    continued: str = "(continued)"


@dataclass(frozen=True)
class Document:
    """Everything printed, as text in the reader's language."""

    title: str  # "STATEMENT AND INVOICE", "CREDIT NOTE"
    number: str  # "No 2026-0001", or "DRAFT"
    issuer: tuple[str, ...]  # organisation name first, then address and contacts
    recipient_label: str
    recipient: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]  # (label, value): period, dates, member number
    tables: tuple[Table, ...]
    totals: tuple[tuple[str, str, bool], ...]  # (label, amount, emphasised)
    notes: tuple[tuple[str, str], ...] = ()  # (heading, text)
    footer: str = ""  # tax numbers, organisation
    page_label: str = "Page {page} of {pages}"
    watermark: str = ""  # "DRAFT" across every page of a draft
    logo: bytes = b""
    language: str = "en"
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = field(default=())


# --- measuring ------------------------------------------------------------------------

_WIDTHS: dict[str, list[int]] = {}


def text_width(text: str, font: str, size: float) -> float:
    """The width of *text* (already cleaned) in points: the font's own metrics, summed
    over the WinAnsi bytes in one pass (what reportlab's stringWidth does, without its
    per-call overhead)."""
    widths = _WIDTHS.get(font)
    if widths is None:
        widths = _WIDTHS[font] = list(getFont(font).widths)
    return sum(map(widths.__getitem__, text.encode("cp1252"))) * size / 1000


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """*text* (cleaned) in lines no wider than *width*, broken at spaces (greedy)."""
    if not text:
        return [""]
    if text_width(text, font, size) <= width:
        return [text]
    spans, _ = _spans(text, font, size, width)
    return [text[a:b] for a, b in spans]


# Each distinct string of a batch is cleaned, encoded, measured and escaped once: the
# labels, asset names, counts and most amounts of a statement repeat in every other one.
# (cleaned text, the PDF string's body, width in thousandths of the font size)
_Measured = tuple[str, str, int]
_MEASURED: dict[str, dict[str, _Measured]] = {}
_MEASURED_LIMIT = 100_000  # strings kept per font; a longer batch starts afresh
_DETAILS_LIMIT = 50_000  # wrapped details kept (long strings: 20 MB at most)


def _measured(text: str, font: str) -> _Measured:
    """*text* (not yet cleaned) in *font*: cleaned, as a PDF string body, and its width."""
    known = _MEASURED.get(font)
    if known is None:
        known = _MEASURED[font] = {}
        text_width("", font, 1)
    found = known.get(text)
    if found is None:
        if len(known) > _MEASURED_LIMIT:
            known.clear()
        cleaned = clean(text)
        encoded = cleaned.encode("cp1252")
        found = known[text] = (
            cleaned,
            escapePDF(encoded),
            sum(map(_WIDTHS[font].__getitem__, encoded)),
        )
    return found


def _spans(
    text: str, font: str, size: float, width: float
) -> tuple[list[tuple[int, int]], list[int]]:
    """Greedy line breaking of *text* (cleaned) at spaces, as (start, end) spans, with the
    running widths of its characters (cp1252 is one byte a character): each line's end is
    found by bisection over the running widths."""
    widths = _WIDTHS.get(font)
    if widths is None:
        text_width("", font, size)
        widths = _WIDTHS[font]
    running = [0, *accumulate(map(widths.__getitem__, text.encode("cp1252")))]
    limit = width * 1000 / size
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start < length:
        # The furthest end such that text[start:end] fits.
        end = bisect_right(running, running[start] + limit) - 1
        if end >= length:
            spans.append((start, length))
            break
        cut = text.rfind(" ", start, end + 1)
        if cut <= start:  # no space to break at: cut the word
            cut = max(end, start + 1)
            spans.append((start, cut))
            start = cut
        else:
            spans.append((start, cut))
            start = cut + 1
        while start < length and text[start] == " ":
            start += 1
    return spans or [(0, 0)], running


# Each row is drawn in its own coordinates (its top left at the origin, moved into place
# with ``cm``), so what it writes does not depend on where it falls on the page: it is
# written once, when the row is measured, from pieces shared by the whole batch (a cell's
# text in a column, a detail under a row of so many lines). Drawing a row is then one
# string. The row's rule, font and colour are inside its own ``q``…``Q``, so nothing it
# sets leaks into the rest of the page.

# The internal names reportlab gives the two fonts, registered in this order on every
# canvas (``_register_fonts``).
_FONT_NAMES = {FONT: "/F1", BOLD: "/F2"}
_FIRST_BASELINE = -(ROW_PADDING + BODY_SIZE)

# A column's (left end, width, alignment), in row coordinates.
_Place = tuple[float, float, str]
# (font, *place) of a column -> cell text -> (its operators with a leading space, or ""
# for an empty cell; its lines)
_CELLS: dict[tuple[str, float, float, str], dict[str, tuple[str, int]]] = {}
# (detail text, width, the row's lines) -> the detail's operators
_DETAILS: dict[tuple[str, float, int], tuple[str, int]] = {}


def _cell(text: str, font: str, left: float, width: float, align: str) -> tuple[str, int]:
    """The operators drawing *text* (not yet cleaned) in a cell *width* wide from *left*
    (row coordinates), wrapped, and how many lines it takes."""
    cleaned, literal, units = _measured(text, font)
    scale = BODY_SIZE / 1000
    if units * scale <= width:
        lines = [(literal, units * scale)]
    else:
        spans, running = _spans(cleaned, font, BODY_SIZE, width)
        lines = [
            (escapePDF(cleaned[a:b].encode("cp1252")), (running[b] - running[a]) * scale)
            for a, b in spans
        ]
    operators = []
    baseline = _FIRST_BASELINE
    for line, line_width in lines:
        if line:
            x = left + width - line_width if align == "right" else left
            operators.append(f"1 0 0 1 {fp_str(x, baseline)} Tm ({line}) Tj")
        baseline -= LEADING
    return " ".join(operators), len(lines)


def _detail(text: str, width: float, lines: int) -> tuple[str, int]:
    """The operators drawing a row's detail (not yet cleaned) under *lines* lines of
    cells, with its own font and colour, and how many lines it takes."""
    cleaned = clean(text)
    spans, _ = _spans(cleaned, FONT, DETAIL_SIZE, width)
    operators = [f"{_FONT_NAMES[FONT]} {fp_str(DETAIL_SIZE)} Tf {_fill(MUTED)}"]
    y = _FIRST_BASELINE - lines * LEADING + 1
    for a, b in spans:
        literal = escapePDF(cleaned[a:b].encode("cp1252"))
        operators.append(f"1 0 0 1 {_DETAIL_LEFT} {fp_str(y)} Tm ({literal}) Tj")
        y -= DETAIL_LEADING
    return " ".join(operators), len(spans)


def forget_measures() -> None:
    """Empty the per-batch caches of measured strings (a benchmark's runs start alike)."""
    _MEASURED.clear()
    _CELLS.clear()
    _DETAILS.clear()
    _OPENINGS.clear()
    _SAID.clear()
    _ROW_TOPS.clear()
    _RULES.clear()


# A row measured: its height, and what draws it below its top left corner (up to the
# ``cm`` that puts it in place). Plain tuples of atoms, which the garbage collector soon
# stops tracking (a batch measures hundreds of thousands of rows).
_PlacedRow = tuple[float, str]


# A row's height and boldness -> what opens it: its rule, then its text in its font.
_OPENINGS: dict[tuple[float, bool], str] = {}


def _opening(height: float, bold: bool) -> str:
    rule = fp_str(-height)
    font = _FONT_NAMES[BOLD if bold else FONT]
    found = _OPENINGS[height, bold] = (
        f" cm n {_LEFT} {rule} m {_RIGHT} {rule} l S BT "
        f"{font} {fp_str(BODY_SIZE)} Tf {_fill(INK)}"
    )
    return found


def _cells_of_column(
    cells: Sequence[str], rows: Sequence[RowData], bold: Sequence[int], place: _Place
) -> tuple[list[str], list[int]]:
    """The operators (each with a leading space, or empty) and the lines of one column's
    *cells*, from the batch's caches; the rows numbered in *bold* are in the bold font."""
    known = _CELLS.setdefault((FONT, *place), {})
    found: list[tuple[str, int] | None] = list(map(known.get, cells))
    for index in bold:
        found[index] = None
    if None in found:
        for index, value in enumerate(found):
            if value is None:
                font = BOLD if rows[index][2] else FONT
                cache = _CELLS.setdefault((font, *place), {})
                text = cells[index]
                value = cache.get(text)
                if value is None:
                    if len(cache) > _MEASURED_LIMIT:
                        cache.clear()
                    operators, lines = _cell(text, font, *place)
                    value = cache[text] = (f" {operators}" if operators else "", lines)
                found[index] = value
    measured = cast(list[tuple[str, int]], found)
    return [f[0] for f in measured], [f[1] for f in measured]


def _measure_rows(table: Table) -> list[_PlacedRow]:
    """Each row of *table* measured and written, column by column: a year's statement has
    a thousand rows, most of whose cells (names, counts, amounts) were measured before."""
    rows = table.rows
    if not rows:
        return []
    widths = [c.width * CONTENT_WIDTH for c in table.columns]
    detail_width = sum(widths) - 2 * ROW_PADDING - 6
    places: list[_Place] = []
    x = MARGIN
    for column, width in zip(table.columns, widths, strict=True):
        places.append((x + ROW_PADDING, width - 2 * ROW_PADDING, column.align))
        x += width
    cells = [row[0] for row in rows]
    if any(len(row_cells) != len(places) for row_cells in cells):
        raise ValueError(f"a row of {table.title!r} does not have {len(places)} cells")
    bold = [index for index, row in enumerate(rows) if row[2]]
    operators, lines = [], []
    for column_cells, place in zip(zip(*cells, strict=True), places, strict=True):
        column_operators, column_lines = _cells_of_column(column_cells, rows, bold, place)
        operators.append(column_operators)
        lines.append(column_lines)
    placed: list[_PlacedRow] = []
    append = placed.append
    openings, details = _OPENINGS, _DETAILS
    padding = 2 * ROW_PADDING
    # A cell takes one line at least, so every row does.
    for (_, detail, is_bold), text, row_lines in zip(
        rows,
        map("".join, zip(*operators, strict=True)),
        map(max, zip(*lines, strict=True)),
        strict=True,
    ):
        height = row_lines * LEADING + padding
        if detail:
            found = details.get((detail, detail_width, row_lines))
            if found is None:
                if len(details) > _DETAILS_LIMIT:
                    details.clear()
                found = details[detail, detail_width, row_lines] = _detail(
                    detail, detail_width, row_lines
                )
            height += found[1] * DETAIL_LEADING
            text = f"{text} {found[0]}"
        opening = openings.get((height, is_bold)) or _opening(height, is_bold)
        append((height, f"{opening}{text} ET Q"))
    return placed


def _measure(document: Document) -> list[list[_PlacedRow]]:
    """Every table's rows, wrapped and measured once for both passes."""
    return [_measure_rows(table) for table in document.tables]


# --- drawing --------------------------------------------------------------------------


class _Pages:
    """The canvas with a cursor; counts pages when dry (no canvas)."""

    def __init__(self, document: Document, canvas: Canvas | None, total: int) -> None:
        self.document = document
        self.canvas = canvas
        self.total = total
        self.page = 1
        self.y = PAGE_HEIGHT - MARGIN
        self.logo = (
            ImageReader(io.BytesIO(document.logo)) if canvas is not None and document.logo else None
        )
        # The text of a page, but for the table rows (which draw themselves, see
        # ``_PlacedRow``), goes into one text object, drawn when the page ends, its
        # operators written here with reportlab's font names, encoding, escaping and number
        # format: reportlab's drawString and text object would redo the encoding, the
        # measuring and their bookkeeping for every string. Text is drawn over the page's
        # shading and rules, which never cross it.
        self._text: list[str] = []
        self._text_state: tuple[str, str] | None = None  # (font operator, colour operator)
        self._font_ops: dict[tuple[str, float], str] = {}
        if canvas is not None:
            for font, name in _FONT_NAMES.items():  # what the rows were written with
                if canvas._doc.getInternalFontName(font) != name:
                    raise RuntimeError(f"{font} is not {name} on this canvas")

    def _font(self, font: str, size: float) -> str:
        """The operator selecting *font* at *size*."""
        found = self._font_ops.get((font, size))
        if found is None:
            assert self.canvas is not None
            name = self.canvas._doc.getInternalFontName(font)
            found = self._font_ops[font, size] = f"{name} {fp_str(size)} Tf"
        return found

    def say(
        self,
        text: str,
        font: str,
        size: float,
        colour: Color,
        x: float,
        y: float,
        align: str = "left",
    ) -> None:
        """Draw *text* (not yet cleaned) at (x, y), its left end there or its right end."""
        if self.canvas is None:
            return
        # The page furniture (headers, column heads, footers) says the same strings at the
        # same places on every page of a batch.
        key = (text, font, size, x, y, align)
        operator = _SAID.get(key)
        if operator is None:
            _, literal, units = _measured(text, font)
            if align == "right":
                x -= units * size / 1000
            if len(_SAID) > _MEASURED_LIMIT:
                _SAID.clear()
            operator = _SAID[key] = f"1 0 0 1 {fp_str(x, y)} Tm ({literal}) Tj"
        self._set_text_state(self._font(font, size), _FILLS.get(id(colour)) or _fill(colour))
        self._text.append(operator)

    def rule(self, y: float, width: float | None = None) -> None:
        """A horizontal rule across the content at *y*, *width* thick (or as thick as the
        last one): what reportlab's ``setStrokeColor``, ``setLineWidth`` and ``line``
        write, written once per batch."""
        assert self.canvas is not None
        key = (y, width)
        operators = _RULES.get(key)
        if operators is None:
            thickness = "" if width is None else f"{fp_str(width)} w\n"
            at = fp_str(y)
            operators = _RULES[key] = (
                f"{_STROKE_RULE}\n{thickness}n {_LEFT} {at} m {_RIGHT} {at} l S"
            )
        self.canvas._code.append(operators)

    def shade(self, x: float, y: float, width: float, height: float) -> None:
        """A light grey band (what reportlab's ``setFillColor`` and ``rect`` write)."""
        assert self.canvas is not None
        self.canvas._code.append(f"{_SHADE}\nn {fp_str(x, y, width, height)} re f*")

    def _set_text_state(self, font: str, colour: str) -> None:
        state = self._text_state
        if state is None or state[0] != font:
            self._text.append(font)
        if state is None or state[1] != colour:
            self._text.append(colour)
        self._text_state = (font, colour)

    def flush_text(self) -> None:
        """Draw the rows' text gathered so far."""
        if self._text and self.canvas is not None:
            self.canvas._code.append(f"BT {' '.join(self._text)} ET")
        self._text = []
        self._text_state = None

    @property
    def bottom(self) -> float:
        return float(MARGIN + FOOTER_HEIGHT)

    def room(self) -> float:
        return float(self.y - self.bottom)

    def new_page(self) -> None:
        self.finish_page()
        if self.canvas is not None:
            self.canvas.showPage()
        self.page += 1
        self.y = PAGE_HEIGHT - MARGIN
        self.running_header()

    @functools.cached_property
    def _footer_lines(self) -> list[str]:
        return _wrap(clean(self.document.footer), FONT, DETAIL_SIZE, CONTENT_WIDTH * 0.75)[:3]

    def finish_page(self) -> None:
        canvas = self.canvas
        if canvas is None:
            return
        doc = self.document
        line_y = MARGIN + FOOTER_HEIGHT - 4 * mm
        self.rule(line_y, 0.5)
        for index, text in enumerate(self._footer_lines):
            self.say(text, FONT, DETAIL_SIZE, MUTED, MARGIN, line_y - 10 - index * DETAIL_LEADING)
        label = doc.page_label.format(page=self.page, pages=self.total)
        self.say(label, FONT, DETAIL_SIZE, MUTED, PAGE_WIDTH - MARGIN, line_y - 10, "right")
        self.flush_text()
        if doc.watermark:
            canvas.saveState()
            canvas.setFillColor(WATERMARK)
            canvas.setFillAlpha(0.12)
            canvas.setFont(BOLD, 96)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, -30, clean(doc.watermark))
            canvas.restoreState()

    def running_header(self) -> None:
        """The small header of the pages after the first."""
        doc = self.document
        if self.canvas is not None:
            size = DETAIL_SIZE + 0.5
            self.say(doc.issuer[0] if doc.issuer else "", FONT, size, MUTED, MARGIN, self.y - 8)
            self.say(
                f"{doc.title} — {doc.number}",
                FONT,
                size,
                MUTED,
                PAGE_WIDTH - MARGIN,
                self.y - 8,
                "right",
            )
            self.rule(self.y - 13)
        self.y -= 24

    # -- first page --------------------------------------------------------------------

    def first_header(self) -> None:
        doc = self.document
        canvas = self.canvas
        top = self.y
        left_x = MARGIN
        logo_height = 0.0
        if self.logo is not None:
            width, height = self.logo.getSize()
            scale = min(42 * mm / width, 20 * mm / height)
            logo_height = height * scale
            if canvas is not None:
                canvas.drawImage(
                    self.logo, MARGIN, top - logo_height, width * scale, logo_height, mask="auto"
                )
            top_text = top - logo_height - 4 * mm
        else:
            top_text = top
        issuer_y = top_text
        if canvas is not None:
            for index, text in enumerate(doc.issuer):
                if index == 0:
                    self.say(text, BOLD, 11, INK, left_x, issuer_y - 11)
                else:
                    self.say(text, FONT, BODY_SIZE, MUTED, left_x, issuer_y - 11)
                issuer_y -= 14 if index == 0 else LEADING
        else:
            issuer_y -= 14 + LEADING * max(0, len(doc.issuer) - 1)
        # Title and number, right.
        title_y = top
        if canvas is not None:
            right = PAGE_WIDTH - MARGIN
            self.say(doc.title, BOLD, 15, ACCENT, right, title_y - 15, "right")
            self.say(doc.number, BOLD, 11, INK, right, title_y - 31, "right")
        facts_y = title_y - 48
        label_width = max((stringWidth(clean(k), FONT, BODY_SIZE) for k, _ in doc.facts), default=0)
        value_width = max((stringWidth(clean(v), BOLD, BODY_SIZE) for _, v in doc.facts), default=0)
        facts_x = PAGE_WIDTH - MARGIN - value_width - label_width - 8
        for label, value in doc.facts:
            if canvas is not None:
                self.say(label, FONT, BODY_SIZE, MUTED, facts_x, facts_y)
                self.say(value, BOLD, BODY_SIZE, INK, PAGE_WIDTH - MARGIN, facts_y, "right")
            facts_y -= LEADING + 1
        self.y = min(issuer_y, facts_y) - 8 * mm
        # Recipient block.
        if canvas is not None:
            self.say(clean(doc.recipient_label).upper(), FONT, DETAIL_SIZE, MUTED, MARGIN, self.y)
            y = self.y - 13
            for index, text in enumerate(doc.recipient):
                if index == 0:
                    self.say(text, BOLD, 10.5, INK, MARGIN, y)
                else:
                    self.say(text, FONT, BODY_SIZE, INK, MARGIN, y)
                y -= 13 if index == 0 else LEADING
        self.y -= 13 + 13 + LEADING * max(0, len(doc.recipient) - 1) + 6 * mm

    # -- tables ------------------------------------------------------------------------

    def table(self, table: Table, placed: list[_PlacedRow]) -> None:
        widths = [c.width * CONTENT_WIDTH for c in table.columns]
        header_height = LEADING + 2 * ROW_PADDING
        first_needed = 18 + header_height + (placed[0][0] if placed else LEADING + 4)
        if self.room() < first_needed:
            self.new_page()
        self.section_title(table.title)
        self.header_row(table, widths)
        if not placed:
            self.say(table.empty, FONT, BODY_SIZE, MUTED, MARGIN + ROW_PADDING, self.y - LEADING)
            self.y -= LEADING + 4 + 6 * mm
            return
        bottom = self.bottom
        code = self.canvas._code if self.canvas is not None else None
        y = self.y
        for height, operators in placed:
            if height > y - bottom:
                self.y = y
                self.new_page()
                self.section_title(f"{table.title} {table.continued}")
                self.header_row(table, widths)
                y = self.y
                code = self.canvas._code if self.canvas is not None else None
            if code is not None:
                # Rows fall at the same heights page after page.
                top = _ROW_TOPS.get(y)
                if top is None:
                    top = _ROW_TOPS[y] = f"q 1 0 0 1 0 {fp_str(y)}"
                code.append(top + operators)
            y -= height
        self.y = y - 6 * mm

    def section_title(self, text: str) -> None:
        self.say(text, BOLD, 10.5, ACCENT, MARGIN, self.y - 11)
        self.y -= 18

    def header_row(self, table: Table, widths: Sequence[float]) -> None:
        height = LEADING + 2 * ROW_PADDING
        canvas = self.canvas
        if canvas is not None:
            self.shade(MARGIN, self.y - height, CONTENT_WIDTH, height)
            x = MARGIN
            for column, width in zip(table.columns, widths, strict=True):
                if column.align == "right":
                    left, align = x + width - ROW_PADDING, "right"
                else:
                    left, align = x + ROW_PADDING, "left"
                baseline = self.y - height + 4.5
                self.say(column.title, BOLD, BODY_SIZE - 0.5, INK, left, baseline, align)
                x += width
            # The colour and thickness of the rules under the rows that follow.
            canvas._code.append(_ROW_RULES)
        self.y -= height

    # -- totals and notes --------------------------------------------------------------

    def totals(self) -> None:
        doc = self.document
        needed = len(doc.totals) * (LEADING + 4) + 4 * mm
        if self.room() < needed:
            self.new_page()
        label_x = PAGE_WIDTH - MARGIN - 95 * mm
        canvas = self.canvas
        for label, amount, emphasised in doc.totals:
            height = LEADING + (6 if emphasised else 3)
            if canvas is not None:
                if emphasised:
                    width = PAGE_WIDTH - MARGIN - label_x + 3
                    self.shade(label_x - 3, self.y - height, width, height)
                font = BOLD if emphasised else FONT
                size = BODY_SIZE + (1.5 if emphasised else 0)
                baseline = self.y - height + (5 if emphasised else 3)
                self.say(label, font, size, INK, label_x, baseline)
                right = PAGE_WIDTH - MARGIN - ROW_PADDING
                self.say(amount, font, size, INK, right, baseline, "right")
            self.y -= height
        self.y -= 6 * mm

    def notes(self) -> None:
        for heading, text in self.document.notes:
            lines = [
                wrapped
                for paragraph in clean(text).splitlines() or [""]
                for wrapped in _wrap(paragraph, FONT, BODY_SIZE, CONTENT_WIDTH)
            ]
            needed = 16 + len(lines) * LEADING
            if self.room() < min(needed, 60):
                self.new_page()
            self.say(heading, BOLD, BODY_SIZE + 0.5, ACCENT, MARGIN, self.y - 10)
            self.y -= 16
            for line in lines:
                if self.room() < LEADING:
                    self.new_page()
                self.say(line, FONT, BODY_SIZE, INK, MARGIN, self.y - BODY_SIZE)
                self.y -= LEADING
            self.y -= 4 * mm


def _run(
    document: Document, canvas: Canvas | None, total: int, placed: list[list[_PlacedRow]]
) -> int:
    pages = _Pages(document, canvas, total)
    pages.first_header()
    for table, rows in zip(document.tables, placed, strict=True):
        pages.table(table, rows)
    pages.totals()
    pages.notes()
    pages.finish_page()
    return pages.page


def count_pages(document: Document) -> int:
    """How many pages *document* takes."""
    return _run(document, None, 0, _measure(document))


def render(document: Document) -> bytes:
    """*document* as PDF bytes (deterministic: the same document, the same bytes)."""
    placed = _measure(document)
    total = _run(document, None, 0, placed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1, pageCompression=0, lang=document.language)
    canvas._doc.defaultStreamFilters = [_FLATE]
    canvas.setTitle(clean(f"{document.title} {document.number}"))
    canvas.setAuthor(clean(document.author))
    canvas.setSubject(clean(document.subject))
    canvas.setCreator("Partage")
    if document.keywords:
        canvas.setKeywords(list(document.keywords))
    _run(document, canvas, total, placed)
    canvas.save()
    return buffer.getvalue()
