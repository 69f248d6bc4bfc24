"""Identity: who issued a release, when, for which period, on which fiscal calendar, in which currency.

Complete means every part is there and whole: the issuer's full name (not a fragment such as
"Marine, Inc." of "Acme Marine, Inc.", not a headline), a ticker (printed, else the SEC's map by CIK
or registered name), the release date, the reported period, the fiscal year end (read from the text,
or a calendar year the periods agree with) and the currency the amounts are printed in.

A part the release truly does not state is "not stated", never counted as read: an opening of the
statements alone names no company and prints no date, an old or foreign issuer's ticker is neither
printed nor in the SEC's map, a table of figures may print no currency. The rule that says so is
this module's own reading of the text, looser than the parser's, so it cannot agree with the parser
by construction: a part is not stated only when that reading finds no trace of it in the text
(NAME_TRACE, TICKER_TRACES, DATE_TRACE, PERIOD_TRACE, CURRENCIES — and for a ticker, no filer of the
name or CIK in the SEC's map). Where it finds a trace the parser did not read, the part is a problem.
A not-stated part leaves the release complete and is listed (`not_stated`); the report's identity
line counts them. A release whose currency is not stated must hold no money in US dollars, and one
whose period is not stated states no fiscal year end either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.sec_tickers import bundled_map, name_key
from parsers.metadata import fiscal_year_end
from parsers.model import Document
from parsers.periods import ORDINAL_RE, QUARTER_ORDINALS, QUARTER_WORD_RE, effective_month

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
# Currency marks: "$" alone is the US dollar; a letter right before it makes another dollar. A statement
# heading that names its currency ("(in thousands of Canadian dollars)", "(thousands of Canadian $)",
# "in millions of euros") outweighs any count of marks.
CURRENCIES = [("EUR", re.compile(r"€|\bEUR\b|\beuros?\b", re.I)), ("GBP", re.compile(r"£|\bGBP\b")),
              ("JPY", re.compile(r"¥|\bJPY\b|\byen\b", re.I)), ("CNY", re.compile(r"\bRMB\b|\bCNY\b")),
              ("CAD", re.compile(r"\bC\$|\bCAD\b|\bCDN\$|\bCanadian\s+(?:dollars?\b|\$)", re.I)),
              ("AUD", re.compile(r"\bA\$|\bAUD\b")), ("CHF", re.compile(r"\bCHF\b")),
              ("ILS", re.compile(r"\bNIS\b|₪|\bShekels?\b", re.I)),
              ("USD", re.compile(r"(?<![A-Za-z])\$|\bUS\$|\bUSD\b|\bU\.S\. dollars?\b|\bdollars?\b", re.I))]
_HEADING_CURRENCY = re.compile(r"(?:\([^()]{0,40}?\b|\b(?:expressed|stated|reported|presented|are)\s+)(?:in|of)\s+"
                               r"(?:(?:thousands|millions|billions)\s+of\s+)?(?:(Canadian|U\.?\s?S\.?|United\s+States|"
                               r"Australian)\s+(?:dollars?\b|\$)|(euros?|yen|CAD|USD|EUR|AUD|JPY)\b)", re.I)
_HEADING_CODE = {"canadian": "CAD", "australian": "AUD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "japanese": "JPY",
                 "cad": "CAD", "eur": "EUR", "aud": "AUD", "jpy": "JPY"}
# A trace of the issuer's name: words before a legal suffix, an exchange's parenthesis, an "About" heading.
NAME_TRACE = re.compile(r"\b[A-Z][\w&.'-]*,?\s+(?:[A-Z][\w&.'-]*,?\s+){0,4}(?:Inc\b|Incorporated|Corporation|Corp\b|"
                        r"Company\b|Co\.|Ltd\b|Limited\b|plc\b|PLC\b|N\.V\.|S\.A\.|AG\b|SE\b|LLC\b|L\.P\.|"
                        r"INC\b|CORPORATION|CORP\b|COMPANY\b)|\((?:NYSE|NASDAQ|Nasdaq|AMEX|TSX)|^\W{0,6}About\s+[A-Z]",
                        re.M)
# A trace of a ticker: an exchange or "symbol"/"ticker" before an upper-case code, a quote code ("(3659.T)").
TICKER_TRACES = re.compile(r"\b(?:NASDAQ|Nasdaq|NYSE|AMEX|OTC[A-Za-z]*|TSX[A-Z-]*|Euronext[A-Za-z ]{0,20}|Exchange|"
                           r"Board|Market|ticker|symbols?)\s*(?:[:\-]|\bunder\b)\s*[\"“']?[A-Z][A-Z.]{0,6}\b|"
                           r"\b(?:ticker|symbols?)\s+[\"“']?[A-Z]{2,6}\b|\(\d{4}\.[A-Z]{1,2}\)|(?:>|&gt;)\s*[A-Z]{1,6}\s*$",
                           re.M)
# A trace of the release's date: a month-day date outside a period phrase or a table cell, or a dateline's
# month and day before a wire's tag or a dash.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_TRACE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b|\b\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d\b|"
                        rf",\s+{_MONTH}\s+\d{{1,2}}\s*(?:/[^/\n]{{1,40}}/\s*)?(?:--|\u2014|\u2013)")
_PERIOD_WORDS = re.compile(r"(?:ended|ending|through|as\s+of|at|and|to|from|of|on|since|by|between|until|before|after|"
                           r"in|for|during|than|since|effective|dated|due|thru|-)\W{0,3}$", re.I)
# A trace of a reported period: a span or quarter named with a year or a date.
PERIOD_TRACE = re.compile(rf"\b(?:quarter|months|weeks|year|half)\s+(?:ended|ending)\s+(?:on\s+)?{_MONTH}\s+\d{{1,2}}|"
                          rf"\b{QUARTER_WORD_RE}\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d|"  # the period words' one home
                          rf"\b(?:19|20)\d\d\s+{ORDINAL_RE}\s+quarter|"
                          r"\bQ[1-4]\s*(?:FY)?\s*'?(?:19|20)?\d\d\b|\b(?:fiscal|full[\s-]year)\s+(?:year\s+)?(?:19|20)\d\d",
                          re.I)


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
    not_stated: list[str] = field(default_factory=list)  # parts the release truly does not print (module doc)

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
    legal = _legal_name_of(name, text)
    if legal:
        return f"company {name!r} is a brand: the text prints {legal!r}"
    return None


_LEGAL_END = r",?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|LLC)"


def _legal_name_of(name: str, text: str) -> str | None:
    """A name without a legal form that the text prints, twice or more, as the start of a legal name
    ("Acme" and "Acme Widget Systems, Inc."): the whole name is that one."""
    if re.search(_LEGAL_END + r"\W*$", name) or re.search(r"\b(?:Trust|Bancorp|Bancshares|Group|Holdings|REIT)$", name):
        return None
    found = re.findall(rf"\b{re.escape(name)}(?:\s+[A-Z][\w&'-]*){{1,3}}{_LEGAL_END}(?=[\s,.;)]|$)", text[:200000])
    counts = {f: found.count(f) for f in set(found)}
    best = max(counts, key=lambda f: counts[f], default=None)
    return best if best and counts[best] >= 2 else None


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
    """The currency the release prints its amounts in: the one its statement headings name, else the one
    it marks most amounts with; None when it prints no currency at all."""
    head = text[:60000]
    named = [_heading_code(m.group(1) or m.group(2)) for m in _HEADING_CURRENCY.finditer(head)]
    if named:
        return max(set(named), key=named.count)
    counts = {code: len(rx.findall(head)) for code, rx in CURRENCIES}
    counts["USD"] -= sum(counts[c] for c in ("CAD", "AUD"))  # "C$" also matched "$"
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else None


def _heading_code(word: str) -> str:
    return _HEADING_CODE.get(word.lower(), "USD")


def date_trace(text: str) -> str | None:
    """A date the opening prints that may be the release's: not in a table cell or a header of dates,
    not a period's end ("quarter ended June 30, 2006", "as of December 31")."""
    lines = text[:8000].split("\n")
    for n, line in enumerate(lines):
        near = [lines[k].strip() for k in (n - 1, n + 1) if 0 <= k < len(lines)]
        if "|" in line or any(l.startswith("|") for l in near) or len(DATE_TRACE.findall(line)) > 1 and \
                not re.search(r"[a-z]{3,}", DATE_TRACE.sub("", line)):
            continue  # a table's cell or a fixed-width header of dates ("June 30, 2009    June 30, 2008")
        for m in DATE_TRACE.finditer(line):
            before, after = line[max(0, m.start() - 12):m.start()], line[m.end():m.end() + 6]
            if not _PERIOD_WORDS.search(before) and not _COLUMN_NEIGHBOUR.search(before) \
                    and not _NEXT_YEAR.match(after):
                return m.group(0)
    return None


_COLUMN_NEIGHBOUR = re.compile(r"\d{1,2},\s*$")  # "October 29, October 30, 2006 2005": a header's dates
_NEXT_YEAR = re.compile(r"\s+(?:19|20)\d\d\b")


def identity(doc: Document) -> Identity:
    ident = Identity(doc.company, release_date=doc.release_date.isoformat() if doc.release_date else None,
                     period=doc.period.label(doc.fye_month, doc.fy_offset) if doc.period else None)
    _name(ident, doc)
    ident.ticker, ident.ticker_source = _ticker(doc)
    if not ident.ticker:
        printed = TICKER_TRACES.search(doc.text[:200000])
        if printed:
            ident.problems.append(f"no ticker, though the text prints {printed.group(0).strip()!r}")
        else:
            ident.not_stated.append("ticker (none printed; no filer of the name or CIK in the SEC map)")
    _release_date(ident, doc)
    _period(ident, doc)
    ident.fye_month = _fye(doc)
    if doc.period is None and not ident.period and ident.fye_month is None:
        ident.not_stated.append("fiscal year end (no period either)")
    elif ident.fye_month is None:
        ident.problems.append("no fiscal year end (the text names none and the period is off a calendar year)")
    _currency(ident, doc)
    return ident


def _unread(ident: Identity, missed: str, trace: str | None, not_stated: str) -> None:
    """A part the reading did not get: missed (a problem) where the check's own looser reading finds a trace
    of it in the text, else not stated — never counted as read."""
    if trace:
        ident.problems.append(f"{missed} {trace!r}")
    else:
        ident.not_stated.append(not_stated)


def _name(ident: Identity, doc: Document) -> None:
    if doc.company:
        problem = name_problem(doc.company, doc.text)
        if problem:
            ident.problems.append(problem)
        return
    trace = NAME_TRACE.search(doc.text[:20000])
    _unread(ident, "no company name, though the text names", " ".join(trace.group(0).split()) if trace else None,
            "company (no name with a legal suffix, no exchange, no About paragraph)")


def _release_date(ident: Identity, doc: Document) -> None:
    if doc.release_date is None:
        _unread(ident, "no release date, though the opening prints", date_trace(doc.text),
                "release date (no date outside a period phrase or a table)")
    elif doc.period is not None and not doc.period.is_instant and \
            not 0 < (doc.release_date - doc.period.end).days <= STALE_DAYS:
        ident.problems.append(f"reported period {ident.period} ends {doc.period.end}, not in the "
                              f"{STALE_DAYS} days before the release date {doc.release_date}")


_ORDINAL_QUARTER = re.compile(rf"\b({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter\b", re.I)  # the period words' one home


def _period(ident: Identity, doc: Document) -> None:
    if ident.period:
        _named_quarter(ident, doc)
        return
    trace = PERIOD_TRACE.search(doc.text[:20000])
    _unread(ident, "no reported period, though the text names", trace.group(0) if trace else None,
            "reported period (no span or quarter named with its year or end date)")


def _named_quarter(ident: Identity, doc: Document) -> None:
    """The quarter the headline or first paragraph names ("Fourth Quarter and Fiscal Year 2009 Results") is
    the quarter read, on the fiscal calendar read."""
    if doc.period is None or doc.period.months != 3:
        return
    prose = " ".join(l for l in doc.text[:3000].split("\n") if "|" not in l and len(l.split()) > 3)
    m = _ORDINAL_QUARTER.search(prose)
    q = doc.period.fiscal(doc.fye_month)[1]
    if m and q and QUARTER_ORDINALS[m.group(1).lower()] != q:
        ident.problems.append(f"the release names its {m.group(1).lower()} quarter, read as {ident.period}")


def _currency(ident: Identity, doc: Document) -> None:
    ident.currency = currency(doc.text)
    money = {f.unit.split("/")[0] for f in doc.figures if f.unit not in ("shares", "percent", "count", "unstated")
             and f.unit[:3].isupper()}
    if ident.currency is None:
        ident.not_stated.append("currency (no currency mark, code or word)")
        if "USD" in money:
            ident.problems.append("no currency is printed, yet amounts were read as USD")
    elif doc.currency != ident.currency:
        ident.problems.append(f"amounts printed in {ident.currency}, read as {doc.currency or 'no currency'}")
    elif money - {ident.currency}:
        ident.problems.append(f"amounts printed in {ident.currency}, some read as {', '.join(sorted(money - {ident.currency}))}")


def _ticker(doc: Document) -> tuple[str | None, str]:
    if doc.ticker:
        return doc.ticker, "printed"
    sec = bundled_map()
    filer = sec.by_cik(doc.cik) if doc.cik else None
    if filer:
        return filer.ticker, "cik"
    filer = (registered_filer(doc.company) or sec.by_base_name(doc.company)) if doc.company else None
    return (filer.ticker, "name") if filer else (None, "")


def _fye(doc: Document) -> int | None:
    """The fiscal year end the text names; else December, when the lead period keeps to calendar quarters."""
    named = fiscal_year_end(doc.text, None)
    if named is not None:
        return doc.fye_month if named == doc.fye_month else None
    if doc.period is not None and (effective_month(doc.period.end)[1] - doc.fye_month) % 3 == 0:
        return doc.fye_month
    return None
