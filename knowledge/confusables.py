"""Company names compared as a reader sees them: a name spelled with look-alike letters of another
script ("Nоrthwіnd", with a Cyrillic о and і) prints like the name it imitates, but is another company's.

`skeleton` is the idea of Unicode TR39's skeleton, with a small table: the Cyrillic and Greek letters
that print like Latin ones, mapped to those (plus compatibility forms folded by NFKC: full-width and
mathematical letters). Two names with one skeleton and different text look the same to a reader and
are not the same name: ingest keeps them apart and says so, and the engine never answers for one
when a question could mean either. Used by knowledge (ingest) and chat (the engine); parsers do not
compare names.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from knowledge.vocabulary import company_key

_LATIN = {
    # Cyrillic capitals and small letters that print as Latin ones
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O", "Р": "P",
    "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "Ԍ": "G", "Ѵ": "V",
    "а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s", "х": "x", "у": "y",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y", "ѵ": "v", "ɡ": "g", "ԍ": "g", "ѡ": "w",
    # Greek capitals and small letters that print as Latin ones
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϳ": "J",
    "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "υ": "u", "ϲ": "c", "ϳ": "j", "ϱ": "p",
    # Latin letters that print as other Latin letters
    "ı": "i", "ȷ": "j", "ǀ": "l", "ɑ": "a", "ꓲ": "I",
}
_TABLE = str.maketrans(_LATIN)


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """The text as it prints: compatibility forms folded (NFKC), look-alike letters of other scripts
    mapped to the Latin letters they print as, accents composed again (NFC)."""
    folded = unicodedata.normalize("NFKC", text)
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", folded).translate(_TABLE))


def lookalike_key(name: str | None) -> str | None:
    """company_key of the name's skeleton: equal for two names a reader cannot tell apart (case,
    punctuation and legal suffix aside, as company_key sets them aside). For a name of plain ASCII
    letters it is its company_key."""
    if not name:
        return None
    if name.isascii():
        return company_key(name)
    return company_key(skeleton(name))


def looks_alike(a: str | None, b: str | None) -> bool:
    """Two names that print alike and are not one name: one skeleton, different company keys."""
    return bool(a and b) and company_key(a) != company_key(b) and lookalike_key(a) == lookalike_key(b)
