"""The SEC's map of EDGAR filers to tickers (company_tickers.json), bundled as package data.

A fallback, never evidence that outranks the release: tickers change and are reused, so a ticker
printed in the release wins, and the map is consulted only by the filer's CIK or its registered
name (compared blind to case, punctuation, spacing and "&"/"and"; without its legal form — "Acme
Gas" for "ACME GAS CO" — only when one filer alone has that name). `fetch` uses it the other way round, to
turn a ticker a user types into the filer's CIK.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from parsers.company_names import LEGAL_FORM_ABBREVIATIONS

if TYPE_CHECKING:
    from parsers.model import Document

PACKAGE = "knowledge.reference"
FILE_NAME = "company_tickers.json"
_PUNCT = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Filer:
    cik: int
    ticker: str
    title: str  # the registered name, as the SEC prints it (often upper case)


def name_key(name: str) -> str:
    """A registered name compared blind to case, punctuation and spacing ("Apple Inc." = "APPLE INC"),
    "&" read as "and" ("Farmers & Merchants" = "Farmers and Merchants")."""
    return _PUNCT.sub(" ", name.lower().replace("&", " and ")).strip()


_LONG_FORM = LEGAL_FORM_ABBREVIATIONS  # as the SEC abbreviates
_LEGAL_FORM = {"inc", "corp", "co", "ltd", "llc", "lp", "plc", "sa", "nv", "ag", "se", "the"}


def _exact_key(name: str) -> str:
    """The name key with its words run together ("The Acme Group" = "TheAcmeGroup") and long legal forms
    abbreviated ("Acme Corporation" = "ACME CORP")."""
    return "".join(_LONG_FORM.get(w, w) for w in name_key(name).split())


def _base_key(name: str) -> str:
    """The name without its legal form ("Acme Gas" for "ACME GAS CO", "KAVEL Co., Ltd." → "kavel")."""
    words = [_LONG_FORM.get(w, w) for w in name_key(name).split()]
    if words[:1] == ["the"]:
        words = words[1:]
    while words and words[-1] in _LEGAL_FORM:
        words.pop()
    return "".join(words)


def bundled_path() -> Path:
    return Path(str(resources.files(PACKAGE).joinpath(FILE_NAME)))


def parse_map(raw: bytes | str) -> list[Filer]:
    """The SEC's file: an object of {"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, ...}."""
    data = json.loads(raw)
    rows = data.values() if isinstance(data, dict) else data
    return [Filer(int(r["cik_str"]), str(r["ticker"]).upper(), str(r["title"])) for r in rows]


class TickerMap:
    """Lookups by ticker, CIK and registered name; the first entry of a CIK is its main ticker."""

    def __init__(self, filers: list[Filer]):
        self.filers = filers
        self._by_ticker = {f.ticker: f for f in filers}
        self._by_cik: dict[int, Filer] = {}
        self._by_name: dict[str, Filer] = {}
        self._by_base: dict[str, list[Filer]] = {}
        self._by_first_word: dict[str, list[tuple[tuple[str, ...], Filer]]] | None = None  # built when first asked
        for f in filers:
            self._by_cik.setdefault(f.cik, f)
            self._by_name.setdefault(_exact_key(f.title), f)
            same = self._by_base.setdefault(_base_key(f.title), [])
            if all(g.cik != f.cik for g in same):
                same.append(f)

    def by_ticker(self, ticker: str) -> Filer | None:
        return self._by_ticker.get(ticker.strip().upper().replace(".", "-")) or self._by_ticker.get(ticker.strip().upper())

    def by_cik(self, cik: int | str) -> Filer | None:
        try:
            return self._by_cik.get(int(cik))
        except (TypeError, ValueError):
            return None

    def by_name(self, name: str) -> Filer | None:
        """The filer of exactly this registered name (case, punctuation, spacing and the length of its
        legal form aside)."""
        return self._by_name.get(_exact_key(name))

    def by_base_name(self, name: str) -> Filer | None:
        """The one filer whose registered name is this name with or without a legal form ("Acme Gas"
        → "ACME GAS CO"); None when none or two filers are ("Acme Bancorp" and "Acme Bancorp Inc")."""
        base = _base_key(name)
        same = self._by_base.get(base, []) if base else []
        return same[0] if len(same) == 1 else None

    def names_starting(self, words: list[str]) -> list[Filer]:
        """The filers whose registered name begins with these whole words ("acme gas" → "ACME GAS CO",
        "apple" → "APPLE INC"), compared as `name_key` compares; one entry a CIK."""
        if not words:
            return []
        if self._by_first_word is None:
            self._by_first_word = {}
            for f in self.filers:
                parts = name_key(f.title).split()
                if parts[:1] == ["the"]:
                    parts = parts[1:]
                if parts:
                    self._by_first_word.setdefault(parts[0], []).append((tuple(parts), f))
        want = tuple(name_key(" ".join(words)).split())
        found: dict[int, Filer] = {}
        for parts, f in self._by_first_word.get(want[0] if want else "", []):
            if parts[:len(want)] == want:
                found.setdefault(f.cik, f)
        return list(found.values())


@lru_cache(maxsize=1)
def bundled_map() -> TickerMap:
    return TickerMap(parse_map(bundled_path().read_bytes()))


def user_path() -> Path:
    """Where `fetch --refresh-tickers` keeps a newer copy of the SEC's file (the user data directory)."""
    from platformdirs import user_data_dir
    return Path(user_data_dir("filings-chat")) / FILE_NAME


def current_map(path: Path | None = None) -> TickerMap:
    """The user's refreshed copy when there is a readable one, else the bundled map."""
    path = path or user_path()
    try:
        return TickerMap(parse_map(path.read_bytes()))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return bundled_map()


def complete_identity(doc: "Document", filers: TickerMap | None = None) -> "Document":
    """Fill what the release leaves out from the SEC's map: the ticker of the filer its CIK (the
    submission's header) or its registered name names (exactly, else without its legal form when one
    filer alone has that name), and the company's name where only the
    CIK is known. What the release prints is never replaced."""
    filers = filers or bundled_map()
    filer = filers.by_cik(doc.cik) if doc.cik else None
    if filer is None and doc.company:
        filer = filers.by_name(doc.company) or filers.by_base_name(doc.company)
    if filer is None:
        return doc
    if not doc.ticker:
        doc.ticker = filer.ticker
    if not doc.company:
        doc.company = filer.title
    return doc
