"""Who and when: company, ticker, release date, headline and fiscal year end, read from the text."""
from __future__ import annotations

import re
from datetime import date

from parsers.company_names import about_names, best_name, dateline_subject, has_legal_suffix, headline_name
from parsers.front_matter import FrontMatter
from parsers.periods import MONTH_RE, ORDINAL_RE, QUARTER_ORDINALS, add_months, month_number, parse_date
from parsers.scan import Leads, Lowered, Required, finditer, matches_at, plain_words

# "(NASDAQ: ACME)", "(NYSE-Y)", "(Bulletin Board: ACME.OB)", "( - Euronext Paris / London Stock Exchange: ACM)",
# "(NSE: RANAVAT; BSE: 532918)", "(B3: CVAG3)" (a B3 share class's digit), "(PSE: ACME)" (Manila); never a numeric
# code ("(BSE: 532918)").
TICKER_RE = re.compile(r"\((?:\s*-\s*)?(?:NASDAQ|Nasdaq|NYSE|Nyse|AMEX|OTC[A-Z]*|TSX[A-Z-]*|CSE|ASX|LSE|AIM|TASE|Euronext|SIX|"
                       r"NSE|BSE|B3|BMV|HKEX|SGX|JSE|PSE|IDX|KRX|KOSDAQ|TWSE|NZX|Bulletin\s+Board|London\s+Stock\s+Exchange)"  # India, Brazil, Mexico, ...
                       r"(?:\s*/?\s*(?:[A-Z][A-Za-z]*|and|&)){0,5}\s*(?::|-(?=\s?[A-Z]))\s*([A-Z][A-Z.]{0,9}\d?)(?![\w.])"
                       r"(?:\s*-\s*News)?\s*"
                       r"(?:[;,][^)]*)?\)")
SUFFIX = r"(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|L\.P\.|LLC|N\.V\.|S\.A\.|Bancshares|Bancorp)"
NAME_RE = re.compile(rf"((?:[A-Z][\w&.'-]*,?\s+)(?:(?:[A-Z][\w&.'-]*|&|and|of|the),?\s+){{0,5}}?{SUFFIX}"
                     rf"(?:,?\s+{SUFFIX})?|{SUFFIX})(?=[\s,(]|$)")  # "Bank of America Corporation", "Smith, Barney and Co."
CAPS_NAME_RE = re.compile(r"^\s*((?:[A-Z][A-Z&.'-]+,?\s+){1,5}(?:INC\.?|INCORPORATED|CORPORATION|CORP\.?|COMPANY|CO\.|LTD\.?))(?:\s|$)", re.M)
_DASH = "(?:--|[\u2014\u2013\u2015]|\\s-\\s)"
DATELINE_RE = re.compile(rf"(?:{_DASH}\s?|^\s{{12,}}|,\s|\brelease\s*:\s*)({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)"
                         rf"\s*(?:{_DASH}|/|\(|\u00a6|\||$)", re.I | re.M)
# A dateline's date where a line opens with it or a parenthesis holds it, a dash after: "Oct. 28, 2009 --
# Acme ...", "BOSTON, MA (October 28, 2009) - Acme ...", "TORONTO--(Marketwire - Oct. 28, 2009) - Acme ...".
OPEN_DATELINE_RE = re.compile(rf"(?:^[ \t]*|\(\s*|\(\s*[A-Za-z][\w ]{{1,30}}\s-\s)({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)"
                              rf"(?:[ \t]*--|[ \t]*[\u2014\u2013]|\s-\s|\s*\)\s*(?:--|[\u2014\u2013]|-))", re.I | re.M)
# A date on a line of its own, or opening one before a dash and a place ("November 14, 2008 – Springfield, Ohio").
DATE_LINE_RE = re.compile(rf"^\s*({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\s*(?:[\u2013\u2014-]+\s*[A-Z][^|\d\n]{{0,60}})?$",
                          re.I | re.M)
# A European dateline: a place in capitals, a comma, the day first ("PARIS, 13 February 2025 --").
DAY_FIRST_DATELINE_RE = re.compile(rf"(?:^|\b[A-Z]{{3,}}[A-Za-z .'-]{{0,30}},\s+)(\d{{1,2}}\s+(?i:{MONTH_RE})\s+(?:19|20)\d\d)"
                                   rf"\s*(?:{_DASH}|/|\(|\||$)", re.M)
_DAY = r"(?:\s+(\d{1,2}))?"
_DAY_FIRST = rf"(?=\d{{1,2}}\s+({MONTH_RE})\b)(\d{{1,2}})"  # '30 June': the month first group, the day second
# (pattern, months from the period's end to the year's end, the words every match starts with)
FYE_PATTERNS = [
    (re.compile(rf"fiscal\s+year\s+(?:end(?:s|ed|ing)?|close[sd]?)\s+(?:on\s+)?({MONTH_RE}){_DAY}", re.I), 0,
     Leads("fiscal")),
    (re.compile(rf"(?<!twelve\s)(?<!12\s)(?<!months\s)(?<!weeks\s)(?<!half\s)(?<!half-)\b(?:fiscal\s+)?year\s+ended\s+"
                rf"({MONTH_RE}){_DAY}", re.I), 0,
     Leads("fiscal", "year")),
    # ... the day first, as British and Australian releases print it ("the financial year ended 30 June 2025"): the
    # lookahead takes the month as the first group, as above, and the day as the second
    (re.compile(rf"(?:fiscal|financial)\s+year\s+(?:end(?:s|ed|ing)?|close[sd]?)\s+(?:on\s+)?{_DAY_FIRST}", re.I), 0,
     Leads("fiscal", "financial")),
    (re.compile(rf"(?<!twelve\s)(?<!12\s)(?<!months\s)(?<!weeks\s)(?<!half\s)(?<!half-)\b(?:financial\s+)?year\s+ended\s+"
                rf"{_DAY_FIRST}", re.I), 0,
     Leads("financial", "year")),
    (re.compile(rf"\b(?:nine\s+months|thirty-nine\s+weeks|39[\s-]weeks?)(?:\s+fiscal\s+period)?\s+ended\s+({MONTH_RE}){_DAY}", re.I), 3,
     Leads("nine", "thirty-nine", "39")),
    (re.compile(rf"\b(?:six\s+months|twenty-six\s+weeks|26[\s-]weeks?|(?<!second\s)half[\s-]year)(?:\s+fiscal\s+period)?"
                rf"\s+ended\s+({MONTH_RE}){_DAY}", re.I), 6,
     Leads("six", "twenty-six", "26", "half")),  # "the half year ended September 30": no year's end, its first half's
    (re.compile(rf"\b(?:six\s+months|(?<!second\s)half[\s-]year)\s+ended\s+{_DAY_FIRST}", re.I), 6,
     Leads("six", "half")),  # "the half-year ended 31 December 2024": the first half of a year ending in June
    (re.compile(rf"\b(?:fifty-(?:two|three)|5[23])[\s-]weeks?(?:\s+fiscal\s+(?:year|period))?\s+ended\s+({MONTH_RE}){_DAY}", re.I), 0,
     Leads("fifty-", "52", "53")),
]
FISCAL_QUARTER_END = re.compile(
    rf"\b({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+fiscal\s+(?:19|20)\d\d)?"
    rf"(?:\s+and\s+(?:(?:twelve|six|nine|three)\s+months|(?:full\s+|fiscal\s+)?year))?,?\s+(?:which\s+|that\s+)?"
    rf"(?:ended|ending)\s+(?:on\s+)?({MONTH_RE})\s+(\d{{1,2}})", re.I)
FISCAL_QUARTER_END_LEADS = Leads(*QUARTER_ORDINALS)
# The quarter named after its end date: "the 13 weeks ended October 31, 2009, the third quarter of fiscal 2009".
QUARTER_END_NAMED = re.compile(rf"\b(?:quarter|three\s+months|thirteen\s+weeks|13[\s-]weeks?)\s+(?:ended|ending)\s+"
                               rf"({MONTH_RE})\s+(\d{{1,2}}),?\s+(?:19|20)\d\d,?\s+(?:which\s+was\s+)?(?:the|its|our)\s+"
                               rf"({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter", re.I)
QUARTER_END_NAMED_LEADS = Leads("quarter", "three", "thirteen", "13")
# ... or after it as a token: "the quarter ended December 31, 2024 (Q3 FY25)", an Indian company's third quarter;
# "the half-year ended 31 December 2024 (H1 FY25)", "the half year from 1 October 2024 to 31 March 2025 (1H FY2025)"
SPAN_END_TOKEN = re.compile(rf"\b(?:quarter|three\s+months|half[\s-]year|six\s+months)\s+(?:ended|ending|from\s+[^()]{{5,30}}?\s+to)\s+"
                            rf"(?:({MONTH_RE})\s+(\d{{1,2}}),?|(\d{{1,2}})\s+({MONTH_RE}))\s+(?:19|20)\d\d\s*\(\s*"
                            r"(?:Q([1-4])|([12])H|H([12]))\s*(?:FY|fiscal\s+)\s?'?(?:19|20)?\d\d\s*\)", re.I)
SPAN_END_TOKEN_LEADS = Leads("quarter", "three", "half", "six")
QUARTER_NUM = QUARTER_ORDINALS  # "first" … "4th": the period words' one home
# The quarter named by its token and fiscal year, then its end: "its Q1 FY25 ended December 31, 2024", "FY25 Q1 ended"
TOKEN_QUARTER_END = re.compile(
    rf"(?:\b(?:Q([1-4])|([1-4])Q)\s?(?:of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)'?(?:19|20)?\d\d|"
    rf"\b(?:FY\s?|fiscal\s+(?:year\s+)?)'?(?:19|20)?\d\d\s+Q([1-4]))"
    rf",?\s+(?:which\s+|that\s+)?(?:ended|ending)\s+(?:on\s+)?({MONTH_RE})\s+(\d{{1,2}})", re.I)


def company_and_ticker(text: str, header_name: str | None = None, front: FrontMatter | None = None,
                       ) -> tuple[str | None, str | None]:
    """The issuer's whole name and its ticker. The name combines what the dateline sentence, the
    headline (a copy's title too), the release's own reading of the name before its ticker and its
    "About ..." paragraphs say (see parsers/company_names.py), else the SEC header's name; a
    fragment ('Co.', 'Company', 'Medical, Inc.') is no name. The ticker is the one printed beside
    the name, else a copy's flash headline's, else one printed on its own line ('TSX:ACME')."""
    front = front or FrontMatter()
    body = _without_lines(text, front.lines)
    legacy, ticker = _company_and_ticker(body)
    if legacy:
        legacy = _with_suffix(_trim_to_headline(legacy, headline(body.split("\n"))), body)
        legacy = None if is_fragment(legacy) else legacy
    lead = headline(body.split("\n"))
    abouts = [a for a in about_names(body) if not is_fragment(a)]
    subject = dateline_subject(body[:6000])
    others = [subject, legacy or ""] + abouts
    candidates = [subject, headline_name(front.title, others), headline_name(lead, others), legacy or ""]
    candidates = [c for c in candidates if c and not is_fragment(c)]
    if not candidates:  # only an "About" names it: the first with a legal suffix (a product has none)
        candidates = [a for a in abouts if has_legal_suffix(a)][:1]
    if not candidates:  # ... or only the line over its statements: "Acme Inc." / "CONDENSED CONSOLIDATED STATEMENTS ..."
        candidates = _statement_owner_lines(body)[:1]
    name = best_name(candidates + abouts) if candidates else None
    if name and not has_legal_suffix(name):
        name = _with_suffix(name, body)
    if not name:
        name = _tidy(header_name) if header_name else None
    return name, (ticker or (front.tickers[0] if front.tickers else None) or _ticker_line(body)
                  or _quoted_code(body) or _symbol_sentence(body))


_OWNER_LINE = re.compile(rf"^[ \t]*((?:[A-Z][\w&.'-]*,?[ \t]+){{1,5}}?{SUFFIX})(?:[ \t]+and[ \t]+subsidiaries)?[ \t]*\n"
                         r"(?:[ \t]*\n)*[ \t]*(?:condensed[ \t]+)?consolidated[ \t]+(?:statements?|balance[ \t]+sheets?)\b",
                         re.I | re.M)


def _statement_owner_lines(text: str) -> list[str]:
    """The names printed alone on the line over a statement's title ("Acme Inc." then "CONDENSED
    CONSOLIDATED STATEMENTS OF OPERATIONS"), most printed first: a release whose prose names its
    company only by its brand still names its statements' owner in full."""
    counts: dict[str, int] = {}
    for m in _OWNER_LINE.finditer(text):
        name = " ".join(m.group(1).split())
        if not _STATEMENT_WORD.search(name):
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: -counts[n])


def _without_lines(text: str, lines: set[int]) -> str:
    """The text with a copy's metadata lines blanked (their numbering kept)."""
    if not lines:
        return text
    return "\n".join("" if n in lines else l for n, l in enumerate(text.split("\n")))


_TICKER_LINE = re.compile(r"^\s*\**\s*(?:NASDAQ|Nasdaq|NYSE|TSX[A-Z-]*|OTC[A-Z]*|CSE|ASX)\s*:\s*([A-Z][A-Z.]{0,6})\s*\**\s*$", re.M)


def _ticker_line(text: str) -> str | None:
    m = _TICKER_LINE.search(text[:6000])
    return m.group(1).rstrip(".") if m else None


_OTC_SUFFIX = re.compile(r"\.(?:OB|PK)$")  # "ACME.OB": the bulletin board's mark, not the symbol's
# "ACME Widgets Co., Ltd. (3659.T)": a quote code (the symbol and the exchange's code) right after a legal suffix.
_QUOTE_CODE = re.compile(rf"{SUFFIX}\s*(?:\([^()]{{1,30}}\)\s*)?\(((\d{{4}})\.[A-Z]{{1,2}}|([A-Z]{{1,5}})\.[A-Z]{{1,2}})\)")
# "is listed on the New York Stock Exchange under the symbol "ACME"", "(compartment A, ticker ACM, ...)",
# "listed on Euronext Paris (ticker: ACM)", "trade under the symbols "ACME" and "ACMEP"": the first.
_SYMBOL_SENTENCE = re.compile(r"\bunder\s+the\s+(?:ticker\s+)?symbols?\s*:?\s*[\"“']?([A-Z][A-Z.]{0,6}?)[\"”']?(?=[\s,.;)]|$)|"
                              r"[(,]\s*ticker(?:\s+symbol)?\s*:?\s+([A-Z][A-Z.]{1,6}?)(?=[\s,;)])")


def _quoted_code(text: str) -> str | None:
    """A number code keeps its exchange's mark ("3659.T"): a bare number would read as a year in questions."""
    m = _QUOTE_CODE.search(text[:6000])
    return (m.group(1) if m.group(2) else m.group(3)) if m else None


def _symbol_sentence(text: str) -> str | None:
    """The symbol a sentence says the company's shares trade under (often in its "About" paragraph)."""
    m = _SYMBOL_SENTENCE.search(text[:200000])
    return (m.group(1) or m.group(2)).rstrip(".") if m else None


GENERIC_NAMES = re.compile(rf"^(?:the\s+)?(?:{SUFFIX}|company|corporation|group|holdings|inc|"
                           r"[A-Z][a-z]+,\s+(?:Inc\.?|Corp\.?|Co\.|Ltd\.?))\.?$", re.I)


_NAME_WORD = re.compile(r"[A-Za-z&]+")


def is_fragment(name: str) -> bool:
    """'Co.', 'Company', 'Medical, Inc.': a suffix or one common word with a suffix names no one."""
    words = _NAME_WORD.findall(name)
    if not words:
        return True
    if GENERIC_NAMES.match(name.strip()):
        return len(words) <= 1 or words[0].lower() in COMMON_WORDS
    return False


SHORT_WORDS = {"gas", "oil", "and", "of", "the", "new", "bay", "air", "car", "sun", "one", "art", "big", "red"}
COMMON_WORDS = {"medical", "financial", "energy", "industries", "systems", "services", "group", "holdings",
                "international", "technologies", "corporation", "company", "the", "and", "of"}


def _with_suffix(name: str, text: str) -> str:
    """'Zenith' before its ticker, 'Zenith Corporation' elsewhere in the text: the full name."""
    if re.search(rf"{SUFFIX}\W*$", name):
        return name
    m = re.search(rf"\b{re.escape(name)},?\s+({SUFFIX})(?=[\s,.;)]|$)", text[:200000])
    if m:
        return f"{name}{',' if ',' in m.group(0)[:len(name) + 1] else ''} {m.group(1)}"
    return _legal_name_beginning(name, text) or name


def _legal_name_beginning(brand: str, text: str) -> str | None:
    """'Pomeroy' in the dateline and headline, 'Pomeroy IT Solutions, Inc.' in the text: the legal name
    that begins with the brand (one to three capitalised words on, then a legal suffix) printed most often,
    at least twice — a subsidiary named once does not replace the brand."""
    found = re.findall(rf"\b({re.escape(brand)}(?:\s+[A-Z][\w&'-]*){{1,3}},?\s+{SUFFIX})(?=[\s,.;)]|$)", text[:200000])
    counts: dict[str, int] = {}
    for f in found:
        key = " ".join(f.split())
        counts[key] = counts.get(key, 0) + 1
    best = max(counts, key=lambda k: counts[k], default=None)
    return best if best and counts[best] >= 2 and not _STATEMENT_WORD.search(best) else None


_CAPITALIZED_WORDS_AT_END = re.compile(r"((?:[A-Z][\w&.'-]*\s+){1,4})$")
_STATEMENT_WORD = re.compile(r"\b(?:consolidated|condensed|statements?|unaudited|exhibit)\b", re.I)
_DIGIT = re.compile(r"\d")


def _company_and_ticker(text: str) -> tuple[str | None, str | None]:
    head = text[:6000]
    ticker_m = TICKER_RE.search(head)
    ticker = _OTC_SUFFIX.sub("", ticker_m.group(1).rstrip(".")) if ticker_m else None
    if ticker_m:
        before = " ".join(head[max(0, ticker_m.start() - 160):ticker_m.start()].split())
        names = list(NAME_RE.finditer(before))
        if names:
            return _tidy(names[-1].group(1)), ticker
        bare = _CAPITALIZED_WORDS_AT_END.search(before + " ")
        if bare and not _DIGIT.search(bare.group(1)):
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
    m = STATEMENT_OWNER_RE.search(" ".join(head[:1500].split()))
    if m and not _STATEMENT_WORD.search(m.group(1)):
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
STATEMENT_OWNER_RE = re.compile(r"(?:^|Exhibit\s+[\d.]+\s+)((?:[A-Z][A-Z&.'-]+\s+){1,4}?)(?:CONDENSED\s+)?CONSOLIDATED\s+"
                                r"(?:STATEMENTS?|BALANCE\s+SHEETS?)\b")
DATELINE_PLACE = re.compile(rf"^(?:[A-Z][\w.'-]*\s+){{0,3}}?[A-Z][\w.'-]*,\s+(?:{US_STATES})\s+(?=\S)")


def _trim_to_headline(name: str, title: str) -> str:
    """'Freehold, New Jersey Quillon Corp.' is a dateline and a name: keep the longest tail of the
    name whose first word the headline uses ('Quillon Announces Third Quarter Results'), else drop a
    leading 'City, State'."""
    words = name.split()
    title_words = {w.strip(",.'").lower() for w in title.split()}
    for i in range(len(words)):
        if words[i].strip(",.'").lower() in title_words:
            return " ".join(words[i:])
    return DATELINE_PLACE.sub("", name)


TITLE_OF = re.compile(r"^.*\b(?:Chairman|Chairwoman|President|Chief|Officer|Directors?|Board|CEO|CFO|Executive|Founder|"
                      r"Treasurer|Secretary|Head|Partner|Manager)\b[^,]*?\bof\s+")


_NAME_LEAD = re.compile(r"^(?:Exhibit\s+[\d.()a-zA-Z]+\s+|The\s+|\S+-based\s+|About\s+)")
_ACRONYM = re.compile(r"[A-Z&]{2,6}")


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" ,")
    name = TITLE_OF.sub("", name)  # "Jane Q. Doe, Chairman of Acme Industries, Inc.": the company
    name = _NAME_LEAD.sub("", name)
    if name.isupper() and not _ACRONYM.fullmatch(name):
        name = " ".join(w if len(w) <= 3 and w not in {"INC.", "INC", "CO."} and w.lower() not in SHORT_WORDS
                        else w.capitalize() for w in name.split())
        name = name.replace("INC.", "Inc.").replace("Co.,", "Co.,")
    return name


_EIGHT_DIGITS = re.compile(r"\d{8}")


_MONTHS = Leads("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RELEASE = Leads("release")


def _dateline_starts(head: str, low: str) -> list[int]:
    """Where a match of DATELINE_RE can start in a text of plain words (see parsers/scan.py): its date
    opens with a month's first three letters, right after "--", a dash, " - " or ", " and a space at
    most (4 to 1 characters before), or after twelve or more spaces from the start of a line; or it starts at
    "release"."""
    out = _RELEASE.offsets(low)
    for q in _MONTHS.offsets(low):
        out += [q - 4, q - 3, q - 2, q - 1]
        j = q
        while j and head[j - 1].isspace():
            j -= 1
        line_start = next((p for p in range(j, q - 11) if p == 0 or head[p - 1] == "\n"), None)
        if line_start is not None:  # the first line start in the spaces before the month
            out.append(line_start)
    return sorted({p for p in out if p >= 0})


def release_date(text: str, filed: str | None = None) -> date | None:
    """The dateline's date ('AUSTIN, Texas, June 13, 2022 --', 'Calif.—Feb. 25, 2026―'), else the
    date the submission was filed (its SEC header)."""
    head = text[:6000]
    datelines = (matches_at(DATELINE_RE, head, _dateline_starts(head, head.lower())) if plain_words(head)
                 else DATELINE_RE.finditer(head))
    for m in datelines:
        d = parse_date(" ".join(m.group(1).replace(".", " ").split()).replace(" ,", ","))
        if d:
            return d
    for m in OPEN_DATELINE_RE.finditer(head):
        d = parse_date(" ".join(m.group(1).replace(".", " ").split()).replace(" ,", ","))
        if d:
            return d
    for m in DATE_LINE_RE.finditer(text[:8000]):  # a date on a line of its own under the headline
        if _in_table(text, m.start(1), m.end(1)):
            continue  # a balance sheet's column ("|\nJune 30, 2006\n|"), not the release's date
        d = parse_date(" ".join(m.group(1).replace(".", " ").split()).replace(" ,", ","))
        if d:
            return d
    for m in DAY_FIRST_DATELINE_RE.finditer(text[:4000]):  # "PARIS, 13 February 2025 --"
        day, month, year = m.group(1).split()
        d = parse_date(f"{month} {day}, {year}")
        if d:
            return d
    if filed and _EIGHT_DIGITS.fullmatch(filed):
        try:
            return date(int(filed[:4]), int(filed[4:6]), int(filed[6:]))
        except ValueError:
            return None
    return None


def _in_table(text: str, start: int, end: int) -> bool:
    """A date whose line is a table cell: the line before or after it is a cell ('|') of its own."""
    before = text[:start].rstrip(" \t").rsplit("\n", 2)
    after = text[end:].lstrip(" \t").split("\n", 2)
    prev = before[-2].strip() if len(before) >= 2 else ""
    nxt = after[1].strip() if len(after) >= 2 else ""
    return prev.startswith("|") or prev.endswith("|") or nxt.startswith("|")


# A wire dateline that prints no year ("MEMPHIS, Tenn., Feb. 6 /PRNewswire-FirstCall/ --", "ANN ARBOR, Mich.,
# Oct. 27 --"): the place's comma, a month and day, the wire's tag, a dash.
YEARLESS_DATELINE_RE = re.compile(rf"[A-Za-z.],\s+({MONTH_RE}\.?\s+\d{{1,2}})\s*(?:/[^/\n]{{1,40}}/\s*|\([^()\n]{{1,30}}\)\s*)?"
                                  rf"(?:--|\u2014|\u2013)",
                                  re.I)


def yearless_release_date(text: str, period_end: date) -> date | None:
    """A dateline's month and day without a year, dated in the year that puts it after the end of the
    period the release reports (and within a year of it): a release reports a period that is over."""
    m = YEARLESS_DATELINE_RE.search(text[:3000])
    if not m:
        return None
    for year in (period_end.year, period_end.year + 1):
        d = parse_date(f"{' '.join(m.group(1).replace('.', ' ').split())}, {year}")
        if d and 0 < (d - period_end).days <= 366:
            return d
    return None


_NOT_A_HEADLINE = re.compile(r"(?i)exhibit|contact|media|investor|news\b|for immediate|#+\s*ex-\d")  # "## EX-99.1 - EX-99.1 (x.htm)"


def headline(lines: list[str]) -> str:
    for line in lines[:40]:
        t = " ".join(line.replace("|", " ").split())
        if len(t.split()) >= 4 and not _NOT_A_HEADLINE.match(t):
            return t[:200]
    return ""


_FOUR_DIGITS = re.compile(r"\d{4}")


# Words that make a sentence's subject another company than the issuer: one it acquires, merges with or buys
_ANOTHER_ENTITY = re.compile(r"\b(?:acqui(?:re[ds]?|ring|sition)|merg(?:e[ds]?|er|ing)|purchase[ds]?\s+of|"
                             r"which\s+reported)\b", re.I)  # (never "whose" alone: "Acme Ltd. (NYSE: ACM), whose fiscal
# year ends March 31" is the issuer's own; another's is named with the deal's words before it)


def _of_another_entity(flat: str, at: int) -> bool:
    """Is the year end named at `at` in a sentence about another entity ("completed its acquisition of Acme Pty Ltd,
    which reported revenue of A$80 million for the financial year ended 30 June 2025")? Its year end is that
    entity's, never the issuer's: only the words of the sentence before the phrase are weighed (the issuer's
    "fiscal year ended March 31, 2025, which included the acquisition of ..." stays the issuer's)."""
    start = max(flat.rfind(". ", 0, at), flat.rfind("; ", 0, at)) + 1
    return bool(_ANOTHER_ENTITY.search(flat, start, at))


def fiscal_year_end(text: str, header_fye: str | None = None) -> int | None:
    """The month the fiscal year ends, from what the text says (a 52/53-week year ending in the first
    days of a month ends, in effect, in the month before); None when it says nothing."""
    flat = " ".join(text.replace("|", " ").replace("\u00a6", " ").split())
    lowered = Lowered(flat)
    for rx, offset, leads in FYE_PATTERNS:
        m = next((m for m in finditer(rx, lowered, leads) if not _of_another_entity(flat, m.start())), None)
        if m and month_number(m.group(1)):
            month = month_number(m.group(1))
            if m.group(2) and int(m.group(2)) <= 7:
                month = 12 if month == 1 else month - 1
            return add_months(2000, month, offset)[1]
    if header_fye and _FOUR_DIGITS.fullmatch(header_fye) and 1 <= int(header_fye[:2]) <= 12:
        month, day = int(header_fye[:2]), int(header_fye[2:])
        return (12 if month == 1 else month - 1) if day <= 7 else month
    votes: dict[int, list[int]] = {}  # year-end month: [count, -first position]
    # (months from the span's end to the year's, its end month and day, where it is named)
    named = [(3 * (4 - QUARTER_NUM[m.group(1).lower()]), m.group(2), m.group(3), m.start()) for m in
             finditer(FISCAL_QUARTER_END, lowered, FISCAL_QUARTER_END_LEADS)]
    named += [(3 * (4 - QUARTER_NUM[m.group(3).lower()]), m.group(1), m.group(2), m.start()) for m in
              finditer(QUARTER_END_NAMED, lowered, QUARTER_END_NAMED_LEADS)]
    named += [(3 * (4 - int(m.group(1) or m.group(2) or m.group(3))), m.group(4), m.group(5), m.start())
              for m in TOKEN_QUARTER_END.finditer(flat)]
    named += [(3 * (4 - int(m.group(5))) if m.group(5) else 6 * (2 - int(m.group(6) or m.group(7))),
               m.group(1) or m.group(4), m.group(2) or m.group(3), m.start())
              for m in finditer(SPAN_END_TOKEN, lowered, SPAN_END_TOKEN_LEADS)]
    for to_go, month, day, start in named:
        mon = month_number(month)
        if not mon:
            continue
        if int(day) <= 7:
            mon = 12 if mon == 1 else mon - 1
        fye = add_months(2000, mon, to_go)[1]
        votes.setdefault(fye, [0, -start])[0] += 1
    if votes:  # "fourth quarter ended December 31" said twice outweighs a heading's slip
        return max(votes, key=lambda k: tuple(votes[k]))
    return None


# (pattern, the words every match starts with)
NAMED_QUARTER = [
    (re.compile(rf"\b({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+|and\s+(?:full[\s-]year\s+)?)?"
                r"fiscal\s+(?:year\s+)?((?:19|20)\d\d)", re.I), Leads(*QUARTER_ORDINALS)),
    (re.compile(rf"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\s+({ORDINAL_RE})[\s-]+quarter", re.I),
     Leads("fiscal")),
    (re.compile(r"\bQ([1-4])\s+(?:fiscal\s+|FY\s?)((?:19|20)?\d\d)\b", re.I), Leads("q1", "q2", "q3", "q4")),
    (re.compile(r"\bfiscal\s+((?:19|20)\d\d)\s+Q([1-4])\b", re.I), Leads("fiscal")),
]
QUARTER_END = re.compile(rf"\b(?:(?:fiscal\s+)?quarter|three\s+months|thirteen\s+weeks|13[\s-]weeks?)"
                         rf"(?:\s+fiscal\s+(?:quarter|period)|\s+of\s+fiscal\s+(?:year\s+)?(?:19|20)\d\d,?)?"
                         rf"(?:\s+and\s+(?:the\s+)?(?:fifty-two|fifty-three|52|53)[\s-]weeks|\s+and\s+(?:the\s+)?(?:full\s+|fiscal\s+)?year)?"
                         rf"\s+(?:ended|ending)\s+({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)",
                         re.I)  # "the thirteen weeks and fifty-two weeks ended February 1, 2025": the quarter's end too
QUARTER_END_LEADS = Leads("fiscal", "quarter", "three", "thirteen", "13")


def fiscal_year_offset(text: str, fye_month: int, released: date | None = None) -> int:
    """How the company names its fiscal years against the calendar year they end in: 0 when
    'fiscal 2024' ends in 2024, -1 when it ends in 2025 (retailers whose year ends in January name
    it by the year it starts in). Read from a quarter the text names by fiscal year ('third quarter
    of fiscal 2024') and the date that quarter ended ('quarter ended November 2, 2024')."""
    from parsers.periods import Period
    if fye_month == 12:
        return 0  # a calendar fiscal year is named by its year
    flat = Lowered(" ".join(text[:60000].replace("\u00a6", " ").split()))
    ends = [d for m in finditer(QUARTER_END, flat, QUARTER_END_LEADS)
            if (d := parse_date(" ".join(m.group(1).replace(".", " ").split())))]
    ends = [d for d in ends if released is None or d <= released]
    if not ends:
        return _year_named_at_its_end(flat.text, fye_month)
    fy, q = Period(max(ends), 3).fiscal(fye_month)
    named: list[int] = []
    for rx, leads in NAMED_QUARTER:
        for m in finditer(rx, flat, leads):
            a, b = m.group(1), m.group(2)
            ordinal, year = (b, a) if a.isdigit() and len(a) >= 2 else (a, b)  # a year first: 'fiscal 2009 Q3'
            named_q = QUARTER_NUM.get(ordinal.lower()) or int(ordinal)
            compared = _COMPARED.search(flat.text[max(0, m.start() - 50):m.start()])
            offset = int(year if len(year) == 4 else "20" + year) - (fy - 1 if compared else fy)
            if named_q == q and offset in (-1, 0, 1):
                named.append(offset)
    # The same quarter a year before is a comparative: named after "compared to" it is the year before's
    # quarter; elsewhere the latest year named is the quarter's own.
    return max(named) if named else 0


_DATE = rf"{MONTH_RE}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
_FY_NAME = r"(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d\d)"
# A fiscal year named beside the date it ends: "fiscal year ended March 31, 2025 (FY2024)", "FY2024 (April 1, 2024 -
# March 31, 2025)", "fiscal 2024 ended March 31, 2025".
_YEAR_NAMED_AT_END = [
    (re.compile(rf"\byears?\s+end(?:ed|ing)\s+({_DATE})\s*\(\s*{_FY_NAME}\s*\)", re.I), 1, 2),
    (re.compile(rf"\b{_FY_NAME}\s*\(\s*(?:{_DATE}\s*(?:[-\u2013\u2014~]|to|through)\s*)?({_DATE})\s*\)", re.I), 2, 1),
    # "fiscal year 2024, which ended February 1, 2025", "fiscal 2024, the 52 weeks ended February 1, 2025"
    (re.compile(rf"\b{_FY_NAME},?\s+(?:(?:which|that)\s+(?:was\s+)?)?(?:the\s+)?(?:(?:fifty-two|fifty-three|52|53)"
                rf"[\s-]weeks?\s+)?end(?:ed|ing)\s+(?:on\s+)?({_DATE})", re.I), 2, 1),
]


def _year_named_at_its_end(text: str, fye_month: int) -> int:
    """The offset of fiscal years the text names beside the dates they end on (a release of a year's results names
    no quarter): 'FY2024' ending March 31, 2025 is named by the year it starts in (-1). Where the named years
    disagree on it, none is taken (0, as when nothing is named)."""
    from parsers.periods import Period
    offsets = set()
    for rx, at, year in _YEAR_NAMED_AT_END:
        for m in rx.finditer(text):
            end = parse_date(" ".join(m.group(at).replace(".", " ").split()))
            if end is not None and end.month in (fye_month, fye_month % 12 + 1):
                offset = int(m.group(year)) - Period(end, 12).fiscal(fye_month)[0]
                offsets.add(offset if offset in (-1, 0, 1) else 99)
    return offsets.pop() if len(offsets) == 1 and 99 not in offsets else 0


_COMPARED = re.compile(r"\b(?:compared?|comparison|versus|vs\.?|from|prior|previous|last\s+year'?s?|a\s+year\s+"
                       r"(?:earlier|ago)|same)\b(?:[^.;]|\.\d)*$", re.I)  # within the sentence ("$11.1 million" keeps it)


# A statement heading that names the currency: "(in thousands of Canadian dollars)", "in millions of euros".
_BARE_DOLLAR = "dollars"  # a vote for the release's dollar, whichever it names (statement_currency)
_DOLLARS = ("USD", "CAD", "AUD", "HKD", "TWD")  # the currencies a bare 'dollars' may be
_STATED_CURRENCY = [
    (re.compile(r"\b(?:Canadian|CDN)\s+(?:dollars?\b|\$)|\b(?:thousands|millions|billions)\s+of\s+(?:CAD|C\$)(?!\w)|"
                r"\b(?:CAD|C\$)\s*(?:thousands?|millions?|billions?|'?000s?)\b", re.I), "CAD"),  # "(thousands of Canadian $)"
    (re.compile(r"\b(?:U\.\s?S\.|US|United\s+States)\s+dollars?\b|\b(?:thousands|millions|billions)\s+of\s+(?:"
                r"USD\b|US\$)|\b(?:USD|US\$)\s*(?:thousands?|millions?|billions?|'?000s?)\b", re.I), "USD"),
    # "(Thousands of Dollars)": a dollar no other word qualifies, the US dollar unless the release names its dollar
    # another's elsewhere ("All amounts are in Canadian dollars" over "(millions of dollars)")
    (re.compile(r"\b(?:thousands|millions|billions)\s+of\s+dollars\b", re.I), _BARE_DOLLAR),
    (re.compile(r"\bAustralian\s+dollars?\b", re.I), "AUD"),
    (re.compile(r"\bHong\s+Kong\s+dollars?\b", re.I), "HKD"),
    (re.compile(r"\b(?:New\s+)?Taiwan\s+dollars?\b", re.I), "TWD"),
    (re.compile(r"\bthousands\s+of\s+euros?|\bmillions?\s+of\s+euros?|\bin\s+euros?\b|\bEUR\s+(?:in\s+)?(?:thousands?|millions?)\b"
                r"|(?:\bEUR|\u20ac)\s?['\u2019]?000s?\b|\u20ac\s?(?:in\s+)?(?:thousands?|millions?|billions?|m|mn|bn)\b", re.I),
     "EUR"),  # "(EUR'000, except per share data)", "€'000", "(€ in millions)", "(€m)"
    (re.compile(r"\bpounds?\s+sterling\b|\bGBP\s+(?:in\s+)?(?:thousands?|millions?)\b|(?:\bGBP|\u00a3)\s?['\u2019]?000s?\b"
                r"|\u00a3\s?(?:in\s+)?(?:thousands?|millions?|billions?|m|mn|bn)\b", re.I), "GBP"),
    (re.compile(r"\b(?:millions?|thousands?|billions?)\s+of\s+(?:Japanese\s+)?yen\b|\bJPY\s+(?:thousands?|millions?)\b", re.I), "JPY"),
    (re.compile(r"\b(?:New\s+Israeli\s+(?:Shekels?|Sheqels?)|NIS\s+(?:in\s+)?(?:thousands?|millions?))\b", re.I), "ILS"),
    (re.compile(r"\b(?:Indian\s+rupees?|(?:Rs\.?|INR)\s*(?:in\s+)?(?:thousands?|millions?|billions?|crores?|lakhs?))(?!\w)", re.I), "INR"),
    (re.compile(r"\bSwiss\s+francs?\b|\bCHF\s+(?:thousands?|millions?)\b", re.I), "CHF"),
    (re.compile(r"\b(?:Renminbi|RMB)\b"), "CNY"),
    (re.compile(r"\b(?:(?:thousands|millions|billions)\s+of\s+)?Mexican\s+pesos?\b", re.I), "MXN"),  # "millions of Mexican pesos (Ps.)"
    (re.compile(r"\b(?:South\s+)?Korean\s+won\b|\bKRW\s*(?:thousands?|millions?|billions?|trillions?)\b", re.I), "KRW"),  # "(Unit: KRW billion)"    # the rand's statements head their columns 'Rm' or "R'000" (a capital R joined to its scale, never a word)
    (re.compile(r"\bSouth\s+African\s+rand\b|\bZAR\s*(?:thousands?|millions?|billions?|'?000s?|m|bn)\b|"
                r"(?-i:(?<![\w$])R(?:m|bn|['\u2019]000)(?![\w$]))", re.I), "ZAR"),
    (re.compile(r"\bPhilippine\s+pesos?\b|\bPHP\s*(?:thousands?|millions?|billions?)\b", re.I), "PHP"),
]
_TRANSLATED = re.compile(r"\binto\s+$|\bconvenience\b[^|.]*$", re.I)  # the currency amounts are translated into
# a table's heading cell naming its currency and scale ("| NIS in thousands |", "| U.S. dollars in thousands |", "| Rm |")
_CELL_START = re.compile(r"(?:\||\n|\S {3,}|^ {3,})[ \t]*$")  # a pipe cell, or a heading line or column of fixed-width text
_SCALE_AFTER = re.compile(r"\s*(?:in\s+)?(?:thousands|millions|billions)\b", re.I)
_STATED_IN = re.compile(r"\b(?:in|of|expressed\s+in|amounts\s+in)\s+(?:(?:thousands|millions|billions)\s+of\s+)?$", re.I)
# Amounts printed with their currency: "C$12.3", "US$4", "€19.2m", "EUR600m", "£3", "¥100", "NIS 5", "$7".
# The marks an amount's currency is printed with right before the figure ("€19.2m", "EUR 600 million",
# "NIS 5 million", "Yen79.7 billion"): one list for the release's currency (below) and for the amounts read
# in prose (parsers/narrative_terms.py MONEY_RE), which carry the currency their mark names. A bare "$"
# is not here: its currency is the release's.
CURRENCY_MARKS: list[tuple[str, str]] = [
    (r"\b(?:C\$|CA\$|CDN\$|CAD\s?\$?)", "CAD"),
    (r"\b(?:US\$|USD\s?\$?)", "USD"),
    (r"\bA\$|\bAUD", "AUD"),
    (r"€|\bEUR", "EUR"),
    (r"£|\bGBP", "GBP"),
    (r"¥|\bJPY|\bYen", "JPY"),
    (r"₪|\bNIS", "ILS"),
    (r"\bCHF", "CHF"),
    (r"\bHK\$|\bHKD", "HKD"),
    (r"\bNT\$|\bTWD", "TWD"),
    (r"\bS\$|\bSGD", "SGD"),
    (r"\bR\$|\bBRL", "BRL"),
    (r"₹|\bINR|\bRs\.?", "INR"),
    (r"\b(?:RMB|CNY)", "CNY"),
    (r"\bPs\.|\bMXN", "MXN"),  # "Ps. 32,318 million"
    (r"\u20a9|\bKRW", "KRW"),
    (r"\u20b1|\bPHP", "PHP"), (r"\bZAR", "ZAR"),
    (r"\bSEK", "SEK"), (r"\bDKK", "DKK"), (r"\bNOK", "NOK"),
]
# A caption naming its currency by its mark and its scale ("(CDN$ thousands)", "(A$m)", "(in A$ millions)",
# "(HK$'000)") or by its code after the scale ("(in thousands, CAD)"), for the marks the patterns above do not spell
_STATED_CURRENCY += [(re.compile(rf"(?:{mark})\s*(?:in\s+)?['\u2019]?(?i:000s?|thousands?|millions?|billions?|mn|bn|m|k)(?![\w$])"
                                 rf"|(?i:\b(?:thousands|millions|billions),?\s+(?:of\s+)?){code}\b"), code)
                     for mark, code in CURRENCY_MARKS if code not in ("USD", "EUR", "GBP")]
_AMOUNT_CURRENCY = [(re.compile(rf"(?:{mark})\s?\d" + (r"|\d\s?€" if code == "EUR" else "")), code)
                    for mark, code in CURRENCY_MARKS] + [
    (re.compile(r"(?<![A-Za-z$])\$\s*\d|^\s*\|?\s*\$\s*\|?\s*$|\|\s*\$\s*\|", re.M), "USD"),  # "$ 12,400", or "$" a cell of its own
]

_REQUIRED = {rx: Required(rx) for rx, _ in _STATED_CURRENCY + _AMOUNT_CURRENCY}
# A heading cell that is a currency's mark alone or with its scale ('NT$', '(S$ million)', "US$'000", 'A$m',
# "RMB'Million"): the currency of the amounts printed under it (a bare '$' is the release's own currency).
_UNIT_CELL_CURRENCY = [(re.compile(rf"^\W*(?:{mark})\s*['\u2019]?\s*(?:000|k|m|mn|mil|millions?|bn|billions?|"
                                   rf"thousands?)?['\u2019]?s?\W*$", re.I), code) for mark, code in CURRENCY_MARKS]
# "denominated mainly in Australian dollars": the currency of something the text describes, not of its amounts
_DENOMINATED = re.compile(r"\bdenominated\s+(?:\w+\s+)?in\s+$", re.I)


def cell_currency(text: str) -> str:
    """The currency a heading cell names by its mark alone ('NT$', '(S$ million)'), or ""."""
    return next((code for rx, code in _UNIT_CELL_CURRENCY if rx.match(text)), "")

CURRENCY_SCAN = 60_000


_NAMED_BY_MARK = [(re.compile(mark), code) for mark, code in CURRENCY_MARKS]
_NAMING = _STATED_CURRENCY + _NAMED_BY_MARK
# Every match of one of _NAMING holds one of these strings (each pattern's scan.Required cover, worked out from
# the pattern): a heading of plain words holding none ('Three Months Ended June 30, 2024', most of them) names no
# currency, ruled out by a few str.find instead of a regex search per pattern. None: some cover cannot be told.
_NAMING_COVERS = [Required(rx).cover for rx, _ in _NAMING]
_NAMING_COVER = None if any(c is None for c in _NAMING_COVERS) else tuple(sorted(frozenset().union(*_NAMING_COVERS)))


def currencies_named(heading: str) -> set[str]:
    """The currencies a column heading names, by word or by mark ('NIS in thousands', 'Convenience translation
    into U.S. dollars', 'US$'); empty for a heading naming none (a bare '$' names the release's own)."""
    if _NAMING_COVER is not None and plain_words(heading):
        low = heading.lower()
        if not any(w in low for w in _NAMING_COVER):
            return set()
    return {code for rx, code in _NAMING if rx.search(heading)}


# An amount opening a parenthesis right after another amount: "$40.1 million (€37.0 million)"
_AMOUNT_THEN_PARENTHESIS = re.compile(r"\d(?:\s*(?:million|billion|thousand|mn|bn|m|b|k))?\s*\(\s*$", re.I)


def _translation(text: str, m: re.Match) -> bool:
    """Is the amount a convenience translation of the one before it ("$40.1 million (€37.0 million)")? Its
    currency is not the release's: only the first amount's is counted."""
    return bool(_AMOUNT_THEN_PARENTHESIS.search(text, max(0, m.start() - 20), m.start()))


# the rand's bare abbreviations ('Rm', 'Rbn', "R'000"): a capital R and a scale, which other words print too
# ('Rm 1201' of an address, "Sales of R'000 units")
_BARE_RAND = re.compile(r"^R(?:m|bn|['\u2019]000)$")
_CELL_END = re.compile(r"[ \t]*(?:\||\n|$| {3,})")
_FIGURE_AFTER = re.compile(r"\d")


def _rand_caption(text: str, m: re.Match) -> bool:
    """A bare 'Rm' / "R'000" names the rand only as a whole caption or heading cell ('| Rm | 2025 |', a
    fixed-width heading column) or a parenthesised caption followed by figures ('(Rm)', "(R'000)"): any other use
    (a room number 'Rm 1201', "R'000 units") is no currency, and never decides the release's."""
    before = text[max(0, m.start() - 40):m.start()]
    if _CELL_START.search(before) and _CELL_END.match(text, m.end()):
        return True
    return before.endswith("(") and text.startswith(")", m.end()) \
        and bool(_FIGURE_AFTER.search(text, m.end() + 1, m.end() + 400))


def statement_currency(text: str) -> str:
    """The currency the release's amounts are in: the one its statement headings name ("in thousands
    of Canadian dollars", "(In United States dollars)"), else the one most of its amounts are printed
    with ("C$", "€", "EUR", "£", "¥", "NIS", "$"); "" when it prints none. Read from the first
    CURRENCY_SCAN characters: the headline, the highlights and the first statements name the currency
    long before a large release ends, and thirty scans of a whole 1.7 MB exhibit cost a quarter of
    its parse."""
    text = text[:CURRENCY_SCAN]
    lowered = Lowered(text)  # a pattern is run only where the text holds the words it needs (scan.Required)
    votes: dict[str, int] = {}
    for rx, code in _STATED_CURRENCY:
        for m in _REQUIRED[rx].finditer(lowered):
            before = text[max(0, m.start() - 40):m.start()]
            if _DENOMINATED.search(before):
                continue
            if _TRANSLATED.search(before):
                continue  # "convenience translation into U.S. dollars": a column beside the statements' own currency
            if code == "ZAR" and _BARE_RAND.match(m.group(0)):
                if _rand_caption(text, m):  # '| Rm |', '(R'000)' over figures: a vote; 'Rm 1201' of an address none
                    votes[code] = votes.get(code, 0) + 1
                continue
            caption_cell = _CELL_START.search(before) and (_SCALE_AFTER.match(text, m.end()) or
                                                           (re.search(r"thousand|million|billion", m.group(0), re.I)
                                                            or len(m.group(0)) <= 6 and m.group(0)[-1:] in "mn0"))
            if _STATED_IN.search(before) or rx.pattern.startswith(r"\bthousands") or "(" in before[-25:] or caption_cell:
                votes[code] = votes.get(code, 0) + 1
    if _BARE_DOLLAR in votes:  # '(millions of dollars)': the one dollar the release names, else the US dollar's
        named = [code for code in votes if code in _DOLLARS]
        code = named[0] if len(named) == 1 else "USD"
        votes[code] = votes.get(code, 0) + votes.pop(_BARE_DOLLAR)
    if votes:  # a tie of the statements' own currency and the dollars of a translation beside it: the former
        return max(votes, key=lambda code: (votes[code], code != "USD"))
    for rx, code in _AMOUNT_CURRENCY[:-1]:
        votes[code] = votes.get(code, 0) + sum(1 for m in _REQUIRED[rx].finditer(lowered) if not _translation(text, m))
    bare = _AMOUNT_CURRENCY[-1][0]  # "$": counted only when a foreign mark's count is weighed against it
    if not any(v for k, v in votes.items() if k != "USD"):
        return "USD" if votes.get("USD") or _REQUIRED[bare].may_match(lowered) and bare.search(text) else ""
    votes["USD"] = votes.get("USD", 0) + sum(1 for m in _REQUIRED[bare].finditer(lowered) if not _translation(text, m))
    votes = {k: v for k, v in votes.items() if v}
    if not votes:
        return ""
    plain = votes.get("USD", 0)
    foreign = {k: v for k, v in votes.items() if k != "USD"}
    if foreign and max(foreign.values()) * 3 >= plain:  # a foreign mark on a share of the amounts rules
        return max(foreign, key=foreign.get)
    return "USD"
