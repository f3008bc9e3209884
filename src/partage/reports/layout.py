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
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

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


def _fill(colour: Color) -> str:
    """The operator filling with *colour* (what reportlab writes for it)."""
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


_LEFT = fp_str(MARGIN)  # the ends of the rules under the rows
_RIGHT = fp_str(PAGE_WIDTH - MARGIN)
_DETAIL_LEFT = fp_str(MARGIN + ROW_PADDING + 6)
_FILLS = {id(colour): _fill(colour) for colour in (INK, MUTED, ACCENT)}


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


@dataclass(frozen=True)
class Row:
    """A table row; *detail* is a smaller line under the first cell, across the row."""

    cells: tuple[str, ...]
    detail: str = ""
    bold: bool = False


@dataclass(frozen=True)
class Table:
    """A titled table; *empty* is shown when it has no rows."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
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


def _cell_lines(text: str, font: str, size: float, width: float) -> tuple[tuple[str, float], ...]:
    """*text* (not yet cleaned) wrapped to *width*: each line as a PDF string body, with
    its width in points (for right alignment)."""
    cleaned, literal, units = _measured(text, font)
    scale = size / 1000
    if units * scale <= width:
        return ((literal, units * scale),)
    spans, running = _spans(cleaned, font, size, width)
    return tuple(
        (escapePDF(cleaned[a:b].encode("cp1252")), (running[b] - running[a]) * scale)
        for a, b in spans
    )


_DETAILS: dict[tuple[str, float], tuple[str, ...]] = {}


def _detail_lines(text: str, width: float) -> tuple[str, ...]:
    """A row's detail (not yet cleaned) wrapped to *width*, as PDF string bodies."""
    key = (text, width)
    found = _DETAILS.get(key)
    if found is None:
        if len(_DETAILS) > _DETAILS_LIMIT:
            _DETAILS.clear()
        cleaned = clean(text)
        spans, _ = _spans(cleaned, FONT, DETAIL_SIZE, width)
        found = _DETAILS[key] = tuple(escapePDF(cleaned[a:b].encode("cp1252")) for a, b in spans)
    return found


def forget_measures() -> None:
    """Empty the per-batch caches of measured strings (a benchmark's runs start alike)."""
    _MEASURED.clear()
    _DETAILS.clear()


class _PlacedRow(NamedTuple):
    """A row measured: tuples all through, which the garbage collector soon stops
    tracking (a batch measures hundreds of thousands of rows)."""

    lines: tuple[tuple[tuple[str, float], ...], ...]  # per cell: lines (PDF strings), widths
    detail: tuple[str, ...]  # PDF string bodies
    height: float
    bold: bool


def _measure_rows(table: Table) -> list[_PlacedRow]:
    widths = [c.width * CONTENT_WIDTH for c in table.columns]
    inner = [width - 2 * ROW_PADDING for width in widths]
    detail_width = sum(widths) - 2 * ROW_PADDING - 6
    scale = BODY_SIZE / 1000
    placed = []
    for row in table.rows:
        font = BOLD if row.bold else FONT
        known = _MEASURED.get(font) or {}
        lines: list[tuple[tuple[str, float], ...]] = []
        for cell, width in zip(row.cells, inner, strict=True):
            measured = known.get(cell) or _measured(cell, font)
            if measured[2] * scale <= width:  # the usual case: it fits
                lines.append(((measured[1], measured[2] * scale),))
            else:
                lines.append(_cell_lines(cell, font, BODY_SIZE, width))
        detail = _detail_lines(row.detail, detail_width) if row.detail else ()
        height = max(map(len, lines)) * LEADING + len(detail) * DETAIL_LEADING + 2 * ROW_PADDING
        placed.append(_PlacedRow(tuple(lines), detail, height, row.bold))
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
        # The text of a page goes into one text object, drawn when the page ends, its
        # operators written here with reportlab's font names, encoding, escaping and number
        # format: reportlab's drawString and text object would redo the encoding, the
        # measuring and their bookkeeping for every string. Text is drawn over the page's
        # shading and rules, which never cross it.
        self._text: list[str] = []
        self._text_state: tuple[str, str] | None = None  # (font operator, colour operator)
        self._font_ops: dict[tuple[str, float], str] = {}
        if canvas is not None:
            self._body_state = (self._font(FONT, BODY_SIZE), _fill(INK))
            self._bold_state = (self._font(BOLD, BODY_SIZE), _fill(INK))
            self._detail_state = (self._font(FONT, DETAIL_SIZE), _fill(MUTED))

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
        _, literal, units = _measured(text, font)
        if align == "right":
            x -= units * size / 1000
        self._set_text_state(self._font(font, size), _FILLS.get(id(colour)) or _fill(colour))
        self._text.append(f"1 0 0 1 {fp_str(x, y)} Tm ({literal}) Tj")

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
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        line_y = MARGIN + FOOTER_HEIGHT - 4 * mm
        canvas.line(MARGIN, line_y, PAGE_WIDTH - MARGIN, line_y)
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
            canvas = self.canvas
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
            canvas.setStrokeColor(RULE)
            canvas.line(MARGIN, self.y - 13, PAGE_WIDTH - MARGIN, self.y - 13)
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
        first_needed = 18 + header_height + (placed[0].height if placed else LEADING + 4)
        if self.room() < first_needed:
            self.new_page()
        self.section_title(table.title)
        self.header_row(table, widths)
        if not placed:
            self.say(table.empty, FONT, BODY_SIZE, MUTED, MARGIN + ROW_PADDING, self.y - LEADING)
            self.y -= LEADING + 4 + 6 * mm
            return
        # Each column's left end, width, and the left end of its text when left-aligned
        # (as written in the PDF), worked out once for the table.
        columns: list[tuple[float, float, str]] = []
        x = MARGIN
        for column, width in zip(table.columns, widths, strict=True):
            columns.append((x, width, "" if column.align == "right" else fp_str(x + ROW_PADDING)))
            x += width
        bottom = self.bottom
        for row in placed:
            if row.height > self.y - bottom:
                self.new_page()
                self.section_title(f"{table.title} {table.continued}")
                self.header_row(table, widths)
            self.draw_row(columns, row)
        self.y -= 6 * mm

    def section_title(self, text: str) -> None:
        self.say(text, BOLD, 10.5, ACCENT, MARGIN, self.y - 11)
        self.y -= 18

    def header_row(self, table: Table, widths: Sequence[float]) -> None:
        height = LEADING + 2 * ROW_PADDING
        canvas = self.canvas
        if canvas is not None:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(MARGIN, self.y - height, CONTENT_WIDTH, height, stroke=0, fill=1)
            x = MARGIN
            for column, width in zip(table.columns, widths, strict=True):
                if column.align == "right":
                    left, align = x + width - ROW_PADDING, "right"
                else:
                    left, align = x + ROW_PADDING, "left"
                baseline = self.y - height + 4.5
                self.say(column.title, BOLD, BODY_SIZE - 0.5, INK, left, baseline, align)
                x += width
            canvas.setStrokeColor(RULE)  # for the rules under the rows that follow
            canvas.setLineWidth(0.4)
        self.y -= height

    def draw_row(self, columns: Sequence[tuple[float, float, str]], row: _PlacedRow) -> None:
        if self.canvas is not None:
            top = self.y
            # The rule under the row (stroke colour and width set by the header row).
            bottom = fp_str(top - row.height)
            self.canvas._code.append(f"n {_LEFT} {bottom} m {_RIGHT} {bottom} l S")
            self._set_text_state(*(self._bold_state if row.bold else self._body_state))
            add = self._text.append
            # The baselines of the row's lines, shared by its cells.
            y = top - ROW_PADDING - BODY_SIZE
            baselines = []
            for _ in range(max(map(len, row.lines))):
                baselines.append(fp_str(y))
                y -= LEADING
            for lines, (x, width, left) in zip(row.lines, columns, strict=True):
                for (literal, line_width), baseline in zip(lines, baselines, strict=False):
                    if literal:
                        where = left or fp_str(x + width - ROW_PADDING - line_width)
                        add(f"1 0 0 1 {where} {baseline} Tm ({literal}) Tj")
            if row.detail:
                self._set_text_state(*self._detail_state)
                y = top - ROW_PADDING - BODY_SIZE - len(baselines) * LEADING + 1
                for literal in row.detail:
                    add(f"1 0 0 1 {_DETAIL_LEFT} {fp_str(y)} Tm ({literal}) Tj")
                    y -= DETAIL_LEADING
        self.y -= row.height

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
                    canvas.setFillColor(HEADER_FILL)
                    canvas.rect(
                        label_x - 3,
                        self.y - height,
                        PAGE_WIDTH - MARGIN - label_x + 3,
                        height,
                        stroke=0,
                        fill=1,
                    )
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
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1, pageCompression=1, lang=document.language)
    canvas.setTitle(clean(f"{document.title} {document.number}"))
    canvas.setAuthor(clean(document.author))
    canvas.setSubject(clean(document.subject))
    canvas.setCreator("Partage")
    if document.keywords:
        canvas.setKeywords(list(document.keywords))
    _run(document, canvas, total, placed)
    canvas.save()
    return buffer.getvalue()
