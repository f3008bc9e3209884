"""The order in which people read a list of names.

Sorting by code point puts "Émilie" after "Zoé"; a person, in French as in English,
expects it among the E. Letters are compared without their accents and case first, then
with them, so the order is the one a dictionary uses (what ``QCollator`` does in the
window), without Qt in the layers below it.
"""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> tuple[str, str, str]:
    """A sort key for *name*: letters without accents or case first, then accents, then
    case (lower case first, as dictionaries do)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare, name.casefold(), name.swapcase()
