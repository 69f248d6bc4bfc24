"""Who and when: company, ticker, release date, headline and fiscal year end, read from the text."""
from __future__ import annotations

import re
from datetime import date

from parsers.periods import MONTH_RE, add_months, month_number, parse_date

TICKER_RE = re.compile(r"\((?:NASDAQ|NYSE|AMEX|Nasdaq|NYSE\s+Amex|NYSE\s+Arca|OTC(?:BB)?|TSX|Nasdaq\s+\w+(?:\s+Market)?|"
                       r"NASDAQ\s+\w+(?:\s+Market)?)\s*:\s*([A-Z][A-Z.]{0,6})\s*(?:;[^)]*)?\)")
SUFFIX = r"(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|L\.P\.|LLC|N\.V\.|S\.A\.|Bancshares|Bancorp)"
NAME_RE = re.compile(rf"((?:(?:[A-Z][\w&.'-]*|&),?\s+){{0,5}}?{SUFFIX}(?:,?\s+{SUFFIX})?)(?=[\s,(]|$)")
CAPS_NAME_RE = re.compile(r"^\s*((?:[A-Z][A-Z&.'-]+,?\s+){1,5}(?:INC\.?|INCORPORATED|CORPORATION|CORP\.?|COMPANY|CO\.|LTD\.?))(?:\s|$)", re.M)
DATELINE_RE = re.compile(rf"(?:--|^\s{{12,}}|,\s)({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\s*(?:--|/|\(|$)", re.I | re.M)
FYE_PATTERNS = [
    (re.compile(rf"fiscal\s+year\s+(?:end(?:s|ed|ing)?|close[sd]?)\s+(?:on\s+)?({MONTH_RE})", re.I), 0),
    (re.compile(rf"(?<!twelve\s)(?<!12\s)(?<!months\s)\byear\s+ended\s+({MONTH_RE})", re.I), 0),
    (re.compile(rf"\bnine\s+months\s+ended\s+({MONTH_RE})", re.I), 3),
    (re.compile(rf"\bsix\s+months\s+ended\s+({MONTH_RE})", re.I), 6),
]
FISCAL_QUARTER_END = re.compile(
    rf"\b(first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+fiscal\s+(?:19|20)\d\d)?,?\s+(?:which\s+|that\s+)?"
    rf"(?:ended|ending)\s+(?:on\s+)?({MONTH_RE})\s+(\d{{1,2}})", re.I)
QUARTER_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def company_and_ticker(text: str) -> tuple[str | None, str | None]:
    name, ticker = _company_and_ticker(text)
    if name:
        name = _trim_to_headline(name, headline(text.split("\n")))
    return name, ticker


def _company_and_ticker(text: str) -> tuple[str | None, str | None]:
    head = text[:6000]
    ticker_m = TICKER_RE.search(head)
    ticker = ticker_m.group(1).rstrip(".") if ticker_m else None
    if ticker_m:
        before = " ".join(head[max(0, ticker_m.start() - 160):ticker_m.start()].split())
        names = list(NAME_RE.finditer(before))
        if names:
            return _tidy(names[-1].group(1)), ticker
        bare = re.search(r"((?:[A-Z][\w&.'-]*\s+){1,4})$", before + " ")
        if bare and not re.search(r"\d", bare.group(1)):
            return _tidy(bare.group(1)), ticker
    for rx in (re.compile(r"--(?:[A-Z][a-z]{2}\.?\s+\d{1,2},\s+\d{4})--\s*(.{0,80})"),):
        m = rx.search(" ".join(head.split()))
        if m:
            name = NAME_RE.match(m.group(1))
            if name:
                return _tidy(name.group(1)), ticker
    m = CAPS_NAME_RE.search(head[:1500])
    if m:
        return _tidy(m.group(1)), ticker
    m = NAME_RE.search(" ".join(head[:800].split()))
    if m and m.start() < 400:
        return _tidy(m.group(1)), ticker
    return None, ticker


US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
             "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
             "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
             "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
             "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
             r"Calif\.|Mass\.|Conn\.|Minn\.|Tenn\.|Fla\.|Ill\.|Wis\.|Pa\.|N\.Y\.|N\.J\.|Ga\.|Tex\.|Colo\.|Wash\.")
DATELINE_PLACE = re.compile(rf"^(?:[A-Z][\w.'-]*\s+){{0,3}}?[A-Z][\w.'-]*,\s+(?:{US_STATES})\s+(?=\S)")


def _trim_to_headline(name: str, title: str) -> str:
    """'Freehold, New Jersey Speedus Corp.' is a dateline and a name: keep the longest tail of the
    name whose first word the headline uses ('Speedus Announces Third Quarter Results'), else drop a
    leading 'City, State'."""
    words = name.split()
    title_words = {w.strip(",.'").lower() for w in title.split()}
    for i in range(len(words)):
        if words[i].strip(",.'").lower() in title_words:
            return " ".join(words[i:])
    return DATELINE_PLACE.sub("", name)


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" ,")
    name = re.sub(r"^(?:Exhibit\s+[\d.()a-zA-Z]+\s+|The\s+|\S+-based\s+)", "", name)
    if name.isupper():
        name = " ".join(w if len(w) <= 3 and w not in {"INC.", "INC", "CO."} else w.capitalize() for w in name.split())
        name = name.replace("INC.", "Inc.").replace("Co.,", "Co.,")
    return name


def release_date(text: str) -> date | None:
    for m in DATELINE_RE.finditer(text[:4000]):
        d = parse_date(" ".join(m.group(1).replace(".", " ").split()).replace(" ,", ","))
        if d:
            return d
    return None


def headline(lines: list[str]) -> str:
    for line in lines[:40]:
        t = " ".join(line.replace("|", " ").split())
        if len(t.split()) >= 4 and not re.match(r"(?i)exhibit|contact|media|investor|news\b|for immediate", t):
            return t[:200]
    return ""


def fiscal_year_end(text: str) -> int | None:
    """The month the fiscal year ends, from what the text says; None when it says nothing."""
    flat = " ".join(text.replace("|", " ").split())
    for rx, offset in FYE_PATTERNS:
        m = rx.search(flat)
        if m and month_number(m.group(1)):
            return add_months(2000, month_number(m.group(1)), offset)[1]
    m = FISCAL_QUARTER_END.search(flat)
    if m and month_number(m.group(2)):
        q, mon = QUARTER_NUM[m.group(1).lower()], month_number(m.group(2))
        if int(m.group(3)) <= 7:
            mon = 12 if mon == 1 else mon - 1
        return add_months(2000, mon, 3 * (4 - q))[1]
    return None
