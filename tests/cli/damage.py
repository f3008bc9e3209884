"""Damaging a database file on purpose, the way a failing disk or network drive would."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

STRIPE = b"\xa5" * 512


def _page_size_and_root(path: Path, name: str) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    return page_size, root


def stripe_page(path: Path, page: int, page_size: int) -> None:
    """Overwrite 512 bytes in the middle of page *page* (numbered from 1)."""
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size + page_size // 2 - len(STRIPE) // 2)
        handle.write(STRIPE)


def leaf_page_of(path: Path, table: str) -> tuple[int, int]:
    """(page size, number) of a leaf page in the middle of *table*'s b-tree, read from the
    file format itself so that no SQLite extension is needed."""
    page_size, root = _page_size_and_root(path, table)
    data = path.read_bytes()
    page = data[(root - 1) * page_size : root * page_size]
    assert page[0] == 0x05, "the table is large enough to have an interior root page"
    cells = struct.unpack(">H", page[3:5])[0]
    pointers = [struct.unpack(">H", page[12 + 2 * i : 14 + 2 * i])[0] for i in range(cells)]
    children = [struct.unpack(">I", page[p : p + 4])[0] for p in pointers]
    return page_size, children[len(children) // 2]


def corrupt_table_page(path: Path, table: str = "members") -> None:
    """Garble the middle of one of *table*'s leaf pages (the table needs many rows)."""
    page_size, page = leaf_page_of(path, table)
    stripe_page(path, page, page_size)


def corrupt_schema_pages(path: Path) -> None:
    """Garble every page but the first, so the schema itself cannot be read back."""
    connection = sqlite3.connect(path)
    try:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (count,) = connection.execute("PRAGMA page_count").fetchone()
    finally:
        connection.close()
    for page in range(2, count + 1):
        stripe_page(path, page, page_size)


def corrupt_name_index(path: Path, key: bytes) -> None:
    """Change one letter of *key* inside the members' name index only: the b-trees stay
    well formed (a quick check passes) but the index no longer matches the table."""
    page_size, root = _page_size_and_root(path, "sqlite_autoindex_members_1")
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(key, start, start + page_size)
    assert at >= 0, "the small demo's name index fits in its root page"
    data[at + len(key) - 1] ^= 0x01
    path.write_bytes(bytes(data))
