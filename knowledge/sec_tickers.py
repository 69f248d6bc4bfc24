"""The SEC's map of EDGAR filers to tickers (company_tickers.json), bundled as package data.

A fallback, never evidence that outranks the release: tickers change and are reused, so a ticker
printed in the release wins, and the map is consulted only by the filer's CIK or its exact
registered name (compared case- and punctuation-blind). `fetch` uses it the other way round, to
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
    """A registered name compared blind to case, punctuation and spacing ("Apple Inc." = "APPLE INC")."""
    return _PUNCT.sub(" ", name.lower()).strip()


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
        for f in filers:
            self._by_cik.setdefault(f.cik, f)
            self._by_name.setdefault(name_key(f.title), f)

    def by_ticker(self, ticker: str) -> Filer | None:
        return self._by_ticker.get(ticker.strip().upper().replace(".", "-")) or self._by_ticker.get(ticker.strip().upper())

    def by_cik(self, cik: int | str) -> Filer | None:
        try:
            return self._by_cik.get(int(cik))
        except (TypeError, ValueError):
            return None

    def by_name(self, name: str) -> Filer | None:
        return self._by_name.get(name_key(name))


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


_SHORT = {"corporation": "Corp", "incorporated": "Inc", "company": "Co", "limited": "Ltd"}
_SHORT_SUFFIX = re.compile(r"\b(Corporation|Incorporated|Company|Limited)\W*$", re.I)  # as the SEC abbreviates them


def complete_identity(doc: "Document", filers: TickerMap | None = None) -> "Document":
    """Fill what the release leaves out from the SEC's map: the ticker of the filer its CIK (the
    submission's header) or its exact registered name names, and the company's name where only the
    CIK is known. What the release prints is never replaced."""
    filers = filers or bundled_map()
    filer = filers.by_cik(doc.cik) if doc.cik else None
    if filer is None and doc.company:
        filer = filers.by_name(doc.company) or filers.by_name(_SHORT_SUFFIX.sub(lambda m: _SHORT[m.group(1).lower()],
                                                                                 doc.company))
    if filer is None:
        return doc
    if not doc.ticker:
        doc.ticker = filer.ticker
    if not doc.company:
        doc.company = filer.title
    return doc
