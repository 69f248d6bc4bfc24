"""Identity: who issued a release, when, for which period, on which fiscal calendar, in which currency.

Complete means every part is there and whole: the issuer's full name (not a fragment such as
"Marine, Inc." of "Acme Marine, Inc.", not a headline), a ticker (printed, else the SEC's map by CIK
or exact registered name), the release date, the reported period, the fiscal year end (read from
the text, or a calendar year the periods agree with) and the currency the amounts are printed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.sec_tickers import bundled_map, name_key
from parsers.metadata import fiscal_year_end
from parsers.model import Document
from parsers.periods import effective_month

# Words a company name does not start with: alone before a suffix they are a fragment of a longer name.
SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "lp", "l",
            "p", "n", "v", "s", "a", "sa", "nv", "ag", "se", "the"}
_SHORT_SUFFIX = [(re.compile(r"\bincorporated$"), "inc"), (re.compile(r"\bcorporation$"), "corp"),
                 (re.compile(r"\bcompany$"), "co"), (re.compile(r"\blimited$"), "ltd")]
GENERIC_FIRST = {"marine", "investment", "investments", "holdings", "holding", "group", "financial", "fire", "bancorp",
                 "bancshares", "bank", "corporation", "corp", "company", "inc", "incorporated", "capital", "energy",
                 "industries", "international", "technologies", "technology", "systems", "services", "trust",
                 "realty", "properties", "partners", "resources", "therapeutics", "pharmaceuticals", "brands",
                 "medical", "insurance", "communications", "networks", "entertainment", "enterprises", "products",
                 "solutions", "global", "national", "american", "united", "first", "general", "limited", "ltd", "plc",
                 "co", "the", "and", "of", "&", "reports", "announces"}
STALE_DAYS = 200  # a release reports a period that has just ended (an annual report comes within ~3 months)
HEADLINE_WORDS = re.compile(r"\b(?:reports?|announces?|results?|quarter|earnings|fiscal|declares?|record|revenue)\b", re.I)
_WORD = re.compile(r"[A-Za-z&]+")
# Currency markers: "$" alone is the US dollar; a letter right before it makes another dollar.
CURRENCIES = [("EUR", re.compile(r"€|\bEUR\b|\beuros?\b", re.I)), ("GBP", re.compile(r"£|\bGBP\b")),
              ("JPY", re.compile(r"¥|\bJPY\b|\byen\b")), ("CNY", re.compile(r"\bRMB\b|\bCNY\b")),
              ("CAD", re.compile(r"\bC\$|\bCAD\b|\bCDN\$")), ("AUD", re.compile(r"\bA\$|\bAUD\b")),
              ("CHF", re.compile(r"\bCHF\b")), ("USD", re.compile(r"(?<![A-Za-z])\$|\bUSD\b|\bU\.S\. dollars?\b"))]


@dataclass
class Identity:
    name: str | None = None
    ticker: str | None = None
    ticker_source: str = ""  # printed, cik, name
    release_date: str | None = None
    period: str | None = None
    fye_month: int | None = None
    currency: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems


def name_problem(name: str | None, text: str) -> str | None:
    """Why a company name is not the issuer's whole name, or None."""
    if not name or name.strip() in ("", "(unknown)", "?"):
        return "no company name"
    words = _WORD.findall(name)
    if not words:
        return f"company {name!r} is no name"
    if len(words) > 8 or (HEADLINE_WORDS.search(name) and len(words) > 3):
        return f"company {name!r} is a headline"
    registered = registered_filer(name)
    own = [w for w in words if w.lower() not in SUFFIXES]
    if not registered and (name.strip()[:1].islower() or not own or all(w.lower() in GENERIC_FIRST for w in own)):
        return f"company {name!r} is a fragment (only generic words)"
    longer = _longer_name(name, text)  # even a registered name: "Bancorp, Inc." may be another filer's
    if longer:
        return f"company {name!r} is a fragment of {longer!r}"
    return None


def registered_filer(name: str):
    """The SEC filer of exactly this registered name, its legal suffix spelt out or abbreviated
    ("Acme Corporation" is "ACME CORP")."""
    sec = bundled_map()
    filer = sec.by_name(name)
    if filer:
        return filer
    key = name_key(name)
    for rx, short in _SHORT_SUFFIX:
        if rx.search(key):
            return sec.by_name(rx.sub(short, key))
    return None


def _longer_name(name: str, text: str) -> str | None:
    """The text prints the name with a capitalized word right before it, every time ("Acme Widget
    Group, Inc." for "Widget Group, Inc."): the whole name is longer."""
    before = [m.group(1) for m in re.finditer(r"([A-Z][\w&'-]*)[ \t]+" + re.escape(name), text[:20000])]
    alone = len(re.findall(re.escape(name), text[:20000]))
    stop = {"The", "By", "And", "Of", "For", "From", "About", "With", "At", "In", "On", "To", "Contact", "Today",
            "Investors", "Media", "Source", "NEWS", "RELEASE", "Exhibit"}
    before = [w for w in before if w not in stop and not w.isupper()]
    if before and len(before) == alone and len(set(before)) == 1:
        return f"{before[0]} {name}"
    return None


def currency(text: str) -> str | None:
    """The currency the release prints most amounts in."""
    counts = {code: len(rx.findall(text[:60000])) for code, rx in CURRENCIES}
    counts["USD"] -= sum(counts[c] for c in ("CAD", "AUD"))  # "C$" also matched "$"
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else None


def identity(doc: Document) -> Identity:
    ident = Identity(doc.company, release_date=doc.release_date.isoformat() if doc.release_date else None,
                     period=doc.period.label(doc.fye_month, doc.fy_offset) if doc.period else None)
    problem = name_problem(doc.company, doc.text)
    if problem:
        ident.problems.append(problem)
    ident.ticker, ident.ticker_source = _ticker(doc)
    if not ident.ticker:
        ident.problems.append("no ticker (none printed, none in the SEC map by CIK or name)")
    if not ident.release_date:
        ident.problems.append("no release date")
    if not ident.period:
        ident.problems.append("no reported period")
    elif doc.release_date and not doc.period.is_instant and \
            not 0 <= (doc.release_date - doc.period.end).days <= STALE_DAYS:
        ident.problems.append(f"reported period {ident.period} ends {doc.period.end}, not in the "
                              f"{STALE_DAYS} days before the release date {doc.release_date}")
    ident.fye_month = _fye(doc)
    if ident.fye_month is None:
        ident.problems.append("no fiscal year end (the text names none and the period is off a calendar year)")
    ident.currency = currency(doc.text)
    if ident.currency is None:
        ident.problems.append("no currency")
    elif ident.currency != "USD" and any(f.unit.startswith("USD") for f in doc.figures):
        ident.problems.append(f"amounts printed in {ident.currency}, read as USD")
    return ident


def _ticker(doc: Document) -> tuple[str | None, str]:
    if doc.ticker:
        return doc.ticker, "printed"
    sec = bundled_map()
    filer = sec.by_cik(doc.cik) if doc.cik else None
    if filer:
        return filer.ticker, "cik"
    filer = registered_filer(doc.company) if doc.company else None
    return (filer.ticker, "name") if filer else (None, "")


def _fye(doc: Document) -> int | None:
    """The fiscal year end the text names; else December, when the lead period keeps to calendar quarters."""
    named = fiscal_year_end(doc.text, None)
    if named is not None:
        return doc.fye_month if named == doc.fye_month else None
    if doc.period is not None and (effective_month(doc.period.end)[1] - doc.fye_month) % 3 == 0:
        return doc.fye_month
    return None
