"""The metric vocabulary: printed labels to canonical metrics, places to canonical regions, and the
words people use for each in questions.

A label the vocabulary does not know is kept with metric "other" and its printed label, never
dropped. A label carrying a qualifier (non-GAAP, a portion, an amount attributable to a charge)
is never taken for the plain metric.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.balances import ENDING_BALANCE
from parsers.vocabulary_data import VOCABULARY, VOCABULARY_FILE, other_earnings_words, place_patterns  # noqa: F401 (the file, read once for every layer)


@dataclass(frozen=True)
class Metric:
    key: str
    name: str  # how answers name it
    unit: str
    label_pattern: str  # printed labels (lower case) that mean it
    synonyms: tuple[str, ...]  # how questions say it
    flow: bool = True  # False for balance-sheet figures (an instant)
    defined_basis: bool = False  # a non-GAAP measure by definition (FFO, EBITDA): asked for without "non-GAAP"
    change_of: str = ""  # the balance whose cash-flow working-capital line this is ('receivables')


METRICS: list[Metric] = [
    Metric(m["key"], m["name"], m["unit"], m["labels"], tuple(m.get("synonyms", ())), m.get("flow", True),
           m.get("defined_basis", False), m.get("change_of", ""))
    for m in VOCABULARY["metric"]
]
LANGUAGE = VOCABULARY.get("language", {})
BY_KEY = {m.key: m for m in METRICS}
CHANGE_OF = {m.change_of: m.key for m in METRICS if m.change_of}  # balance → its cash-flow change


def metric_where_read(metric: str, table_class: str, source: str, instant: bool, label: str = "") -> str:
    """A label's metric as the place its figure stands makes it. A balance read over a span is no
    balance: in a cash-flow statement it is the balance's change ('Accounts receivable | (1,690)' under
    'Changes in operating assets and liabilities'), where the vocabulary has one; in an income
    statement it is the income or expense of it ('Deposits' under 'Interest expense'); in prose a
    flow misread. A flow at a date on a balance sheet is a balance ('Income taxes payable',
    'Stock-based compensation liabilities', 'Common shares outstanding'); in prose a date misread
    for the span. Neither keeps the metric:
    the row keeps its printed label (metric "other"), so a question finds it by its words."""
    m = BY_KEY.get(metric)
    if m is None:
        return metric
    if metric == "equity" and source == "table" and table_class != "balance" and _BARE_EQUITY.match(label):
        return "other"  # 'Equity | 141.2' beside 'Fixed income', 'Alternatives' in a table of assets managed: an asset
        # class, never the company's own equity, which a bare 'Equity' names on a balance sheet only
    if not m.flow and not instant:
        if table_class == "cash_flow":
            return CHANGE_OF.get(metric, "other")
        if table_class == "income" or source == "narrative":
            return "other"
    if m.flow and instant and (table_class == "balance" or source == "narrative" or m.unit == "shares"):
        return "other"  # shares at a date anywhere ('Shares outstanding' under '2024'): a count, never the weighted average
    return metric
_ADJUSTED_FFO = re.compile(r"^adjusted (?:ffo|funds from operations)\b")
_BARE_EQUITY = re.compile(r"^\W*equit(?:y|ies)\W*$", re.I)
LABEL_RES = {m.key: re.compile(m.label_pattern) for m in METRICS}
# "Net income attributable to Acme Widgets, Inc." / "to Acme plc" / "to shareholders" / "to the Company" /
# "to parent", "Profit for the period attributable to owners of the parent": the net income of the
# issuer's owners, which is what analysts mean by net income (the consolidated "Net income" above it
# still holds the noncontrolling interests' share). Never the minority's, the preferred's or a
# participating security's portion. "... to common shareholders" (after preferred dividends) is EPS's
# numerator: metric net_income_common; where a statement names no owner but the common stockholders, and
# takes only the minority's share off its "Net income" to reach them, that row is the company's net income too
# (knowledge.fact_rows._common_owners_rows). The one home of this pattern (knowledge/doubts.py,
# knowledge/check_core.py, knowledge/store.py read it from here).
TO_OWNERS = re.compile(r"^\W*(?:group\s+)?(?:net\s+(?:income|earnings|profit|\(?loss\)?|income\s+\(loss\))|profit|\(?loss\)?)[\w\s(),/]*?"
                       r"\b(?:attributable|applicable)\s+to\s+(?!(?:the\s+)?(?:redeemable\s+)?(?:non-?\s?controlling|"
                       r"minority|participating|preferred|general\s+partner|unvested|restricted))", re.I)
COMMON = re.compile(r"\bcommon\b", re.I)
# The noncontrolling (minority) interests' share a consolidated net income holds: the one row that may stand between
# it and the common stockholders' row that is the company's own (knowledge.fact_rows._common_owners_rows).
MINORITY_SHARE = re.compile(r"\b(?:non-?\s?controlling|minority)\s+(?:interests?|shareholders|stockholders)\b", re.I)
EXPENSE_SECTION = re.compile(r"cost|expense", re.I)


# A row naming what impacts a metric ("Total of certain items that impact FFO ...", "Items affecting net
# income", "Net impact of adjustments on FFO") is that effect, never the metric, nor its per-share figure.
_IMPACT_ON = re.compile(r"\b(?:impacts?|impacted|impacting|affects?|affected|affecting)\b")


# An investment company's (a BDC's) statement of operations prints no revenue row: its top line is "Total investment
# income" and its bottom line "Net increase (decrease) in net assets resulting from operations". An insurer prints
# "Total investment income" too, in a note of one part of its income beside its premiums: the words are revenue only
# in a statement that closes on that bottom line, a few lines below them.
INVESTMENT_TOP_LINE = re.compile(r"^total investment income$", re.I)
NET_ASSETS_FROM_OPERATIONS = re.compile(r"^net (?:increase|decrease|change)\b.*\bin net assets resulting from operations",
                                        re.I)
_STATEMENT_SPAN = 40  # lines from an investment company's top line down to its bottom line


def is_investment_company_top_line(label: str, line: int, bottom_lines: list[int]) -> bool:
    """A 'Total investment income' row (at `line`) of a statement whose 'Net increase in net assets resulting from
    operations' row stands a few lines below it (`bottom_lines`: the lines of such rows): the statement's revenue."""
    return bool(INVESTMENT_TOP_LINE.match(" ".join(label.split()))) \
        and any(0 < b - line <= _STATEMENT_SPAN for b in bottom_lines)


# "EBITDA margin (as a % of revenues)", "Gross margin as a % of sales": a margin that says what it is a percent of,
# in the sign or in words; the words in parentheses after a margin's name only define it (the margin is of revenue).
_AS_A_PERCENT = re.compile(r"\bas an? %\s*of\b")
_MARGIN_DEFINED = re.compile(r"^(.*\bmargin)\s*\(as an? percent(?:age)? of (?:total |net )?(?:revenues?|sales)\)$")


def _margin_of_revenue(low: str, unit: str) -> str:
    """A percentage row's label with its definition as a percent of revenue said as the vocabulary says it: the
    margin's name alone ('ebitda margin') where the definition is a parenthesis after it, 'as a percent of' for
    'as a % of'. Any other base ('as a % of equity', 'of adjusted revenues') is left as printed: no margin."""
    if unit != "percent":
        return low
    low = _AS_A_PERCENT.sub("as a percent of", low)
    return _MARGIN_DEFINED.sub(r"\1", low)


_GROUP_SHARE = re.compile(r"^(?:group share of net (?:income|result|profit|earnings)|net (?:income|result|profit|earnings)"
                          r"\s*(?:[,\u2013-]\s*|\(\s*)group share\)?)$")


# A label's own scale in parentheses at its end, money only ("($ millions)", "(US$ thousands)", "(EUR m)"): never a
# rate ("($/oz)", "(per ounce)") nor a count ("(oz)"), which name another figure.
_SCALE_ASIDE = re.compile(r"\s*\((?:in\s+)?(?:\$|us\$|usd|eur|€|c\$|cad)\s*(?:in\s+)?(?:thousands|millions|billions|000s?|m|mn|bn)\)$")


_BOTH_BASES = re.compile(r"\bbasic\s+(?:and|&)\s+diluted\b")


@lru_cache(maxsize=65536)
def canonical_metric(label: str, section: str = "", unit: str = "USD") -> str:
    """The canonical metric a printed label means, or "other". Cached: releases repeat their labels."""
    low = " ".join(label.lower().replace("’", "'").split())
    low = _ADJUSTED_FFO.sub("affo", low)  # "Adjusted FFO per diluted share": AFFO's, never FFO's on another basis
    if re.search(r"\b(?:excluding|adjusted|non-gaap|pro forma|as adjusted)\b", low):
        return "other"  # a printed non-GAAP row is never the GAAP metric
    if _IMPACT_ON.search(low):
        return "other"  # "Total of items that impact FFO", "Net impact of adjustments on FFO per share": their effect
    low = re.sub(r"\s*\((?:a|b|c|\d|notes? \d+[a-z]?(?:,? \d+[a-z]?)*)\)$", "", low).strip(" :")  # a note's mark
    low = _SCALE_ASIDE.sub("", low)  # "Revenue ($ millions)": the scale said in the label (applied), not its name
    low = _margin_of_revenue(low, unit)
    # the balance at the end of a span is the balance at its date (parsers.grid_tables dates it); one at the
    # beginning keeps its label: its date is worked out, not printed (a 52-week year's close is not a month's end)
    low = re.sub(r"(?:,| [-–—])? (?:at )?(?:the )?end of (?:the )?(?:period|year|quarter|fiscal year)$", "", low)
    low = re.sub(r"^total consolidated ", "total ", low)  # "Total consolidated assets" is total assets
    # "Group share of net result", "Net income, Group share" (French statements' "part du groupe"): the owners' share
    low = _GROUP_SHARE.sub("net income attributable to the group", low)
    # "Net Profit/(Loss)", "Net income / (loss)": the alternative in parentheses, as "Net profit (loss)" prints it
    low = re.sub(r"\s*/\s*\((loss|income|profit|earnings)\)", r" (\1)", low)
    low = re.sub(r"^group (?=net (?:profit|income|earnings|loss)\b)", "", low)  # "Group net profit": the group's, as IFRS
    # "Earnings per share, before and after dilution", "Average number of shares after dilution" (Nordic statements)
    low = re.sub(r"\bbefore and after dilution\b", "basic and diluted", low)
    low = re.sub(r"\b(?:after|assuming) dilution\b", "diluted", re.sub(r"\bbefore dilution\b", "basic", low))
    if unit.endswith("/share"):  # "CAD/share", "EUR/share": a per-share figure in any currency
        return _per_share_metric(low, section.lower())
    if unit == "shares":
        if not LABEL_RES["weighted_shares"].search(low):
            return "other"
        if "diluted" in low and ("basic" not in low or _BOTH_BASES.search(low)):
            return "weighted_shares_diluted"  # 'basic and diluted': one count, the diluted one (as EPS reads it)
        if "basic" in low and "diluted" not in low:
            return "weighted_shares_basic"
        return "weighted_shares"
    if low in ("sales", "sales expense", "sales expenses") and EXPENSE_SECTION.search(section):
        return "selling_expense"
    for metric in METRICS:
        if metric.unit in ("USD/share", "shares"):
            continue
        if metric.unit == "percent" and unit != "percent" or unit == "percent" and metric.unit != "percent":
            continue
        if metric.unit == "count" and unit != "count":
            continue  # 'Stores | $412,000' (the stores' sales): money is never a number of stores, customers, employees
        if LABEL_RES[metric.key].search(low):
            return metric.key
    if unit != "percent" and TO_OWNERS.match(low):
        return "net_income_common" if COMMON.search(low) else "net_income"
    if (ending := ENDING_BALANCE.match(low)) is not None:
        balance = canonical_metric(low[ending.end():], section, unit)
        if balance != "other" and not BY_KEY[balance].flow:
            return balance  # "Ending cash and cash equivalents": the balance at the span's end (grid_tables dates it)
    return "other"



_OTHER_EARNINGS, _OTHER_EARNINGS_PER_SHARE = other_earnings_words(VOCABULARY)  # vocabulary.toml [language]
PER_SHARE_HEADS = [  # the head noun of a per-share figure decides what it is; only earnings make EPS
    # "common stockholders' equity per share" is the book value a share (the equity a share, by another name)
    # a share's price high or low in a period, as parsers/grid_transposed.py names a 'High | Low' of the stock's price
    ("stock_price_high", LABEL_RES["stock_price_high"]),
    ("stock_price_low", LABEL_RES["stock_price_low"]),
    ("tangible_book_value_per_share", re.compile(r"tangible book value|tangible (?:common )?(?:stock|share)holders'? equity")),
    ("book_value_per_share", re.compile(r"book value|(?:stock|share)holders'? equity per")),
    ("dividends_per_share", re.compile(r"dividends?|distributions?")),
    ("nav_per_share", re.compile(r"\bnav\b|net asset value")),  # an investment company's NAV a share: no earnings
    ("affo_per_share", re.compile(r"\baffo\b|adjusted funds from operations")),
    ("ffo_per_share", re.compile(r"\bffo\b|funds from operations")),
    ("other", LABEL_RES["ebitda"]),  # "EBITDA per share basic and diluted": earnings before much, never EPS
    ("other", re.compile(r"\bcash\b|sales|revenue|operating cash|free cash|distributable|fee[- ]related|\bnav\b|net asset value|"
                         r"net investment income|"  # a BDC's or an insurer's NII per share is not its EPS
                         rf"\b(?:{_OTHER_EARNINGS}|{_OTHER_EARNINGS_PER_SHARE})\s+(?:net\s+)?(?:earnings|income|profit|eps)\b"
                         r"|\((?:" + _OTHER_EARNINGS + r")\)")),  # "operating earnings per share", "comparable EPS",
    # "earnings per share (core)" (prose's label of a qualified figure) are not EPS
]


_OWN_BASIS = re.compile(r"(?:^|\s)(basic|diluted)\s*:?\s*$")  # a row's label that ends on its basis alone


def _per_share_metric(label: str, section: str) -> str:
    """EPS only when the head noun is earnings, income or loss; diluted and basic kept apart
    ('basic and diluted' is the diluted figure, and says so)."""
    if re.search(r"\bbefore\b|cumulative|discontinued|extraordinary|effect of", label):
        return "other"  # a part of EPS, not EPS
    text = f"{label} {section}"
    own = _OWN_BASIS.search(label)  # "Basic" under "Basic and diluted earnings per share:": the row's own basis
    if own and re.search(r"\bbasic\s+and\s+diluted\b", f"{label[:own.start()]} {section}") \
            and not re.search(r"continuing|discontinued|before|cumulative|effect of", text):
        return "eps_basic" if own.group(1) == "basic" else "eps_diluted"
    if re.search(r"continuing", text):  # "from continuing operations" is a metric of its own
        return "eps_basic_continuing" if re.search(r"\bbasic\b", text) and "diluted" not in text else "eps_continuing"
    for key, rx in PER_SHARE_HEADS:
        if rx.search(label) or (not re.search(r"earn|income|loss|eps", label) and rx.search(section)):
            return key
    text = text.strip()
    if NET_ASSETS_FROM_OPERATIONS.match(label):  # an investment company's earnings a share: its bottom line's
        text = f"net income {text}"
    if not re.search(r"earnings|net (?:income|loss)|\(loss\)|income|loss per|profit|\beps\b|diluted|basic", text) \
            or re.search(r"discontinued", text):
        return "other"
    if re.search(r"\bdiluted\b|\bdilution\b", text):
        return "eps_diluted"
    if re.search(r"\bbasic\b", text):
        return "eps_basic"
    return "eps"


GEOGRAPHIES: list[tuple[str, str, str]] = place_patterns(VOCABULARY)
_GEO_RES = [(key, re.compile(pattern)) for key, _, pattern in GEOGRAPHIES]
GEO_DISPLAY = {k: d for k, d, _ in GEOGRAPHIES}


def canonical_geo(text: str) -> str:
    """'' for the total (worldwide), else the region key. The place named by the longest words wins
    (the first in the file on a tie): "Latin America" is Latin America, not the "America" of the U.S."""
    low = text.lower()
    best, size = "", 0
    for key, rx in _GEO_RES:
        for m in rx.finditer(low):
            if m.end() - m.start() > size:
                best, size = key, m.end() - m.start()
    return "" if best == "worldwide" else best


# A legal form's spellings, each with its family: "Corp" and "Corporation" are one form, "Corp" and "Ltd" two (a
# held name said with another family's form names another company: chat/question.py)
LEGAL_FORMS = {"inc": "inc", "incorporated": "inc", "corporation": "corp", "corp": "corp", "company": "co", "co": "co",
               "ltd": "ltd", "limited": "ltd", "plc": "plc", "llc": "llc", "lp": "lp", "n v": "nv", "s a": "sa"}
LEGAL_WORDS = (*LEGAL_FORMS, "the")  # a name's legal form: no part of what tells companies apart
_LEGAL = re.compile(r"\b(?:" + "|".join(LEGAL_WORDS) + r")\b")


def company_key(name: str | None) -> str | None:
    """A company's name without punctuation and legal suffix, so spellings across releases agree."""
    if not name:
        return None
    low = re.sub(r"[^a-z0-9& ]", " ", name.lower())
    low = _LEGAL.sub(" ", low)
    return " ".join(low.split()) or None


def word_shapes(word: str) -> tuple[str, str]:
    """What a misspelt word is looked up by: its first two and its last two letters. One slip (a
    letter wrong, missing, added, or two swapped) in a word of five or more letters leaves one of
    the two as it was, so the words sharing either are the only ones worth comparing with it."""
    return "^" + word[:2], "$" + word[-2:]


@lru_cache(maxsize=4096)  # asked of each money row's heading at ingest (fact_rows): headings repeat
def is_revenue_section(section: str) -> bool:
    """'Revenues:', 'Net sales', 'Operating Revenues': the rows under it are lines of business; 'Revenue from
    commercial products', 'Revenues by product': the rows are products, each one's whole revenue ('Product revenue:'
    is not one: its rows are the product part of a place's or line's revenue, 'Service revenue:' the other part)."""
    return bool(re.fullmatch(r"(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:geographic(?:al)?\s+|segment\s+)?"
                             r"(?:revenues?|sales)(?:\s+by\s+(?:geography|region|segment|geographic\s+area))?(?:\s*:)?",
                             " ".join(section.lower().split()))) or is_products_revenue_section(section)


@lru_cache(maxsize=4096)
def is_products_revenue_section(section: str) -> bool:
    """'Revenue from commercial products', 'Commercial product revenue', 'Revenues by product': each row under it
    names one product (a row naming a place is no product's revenue: see fact_rows)."""
    return bool(re.fullmatch(r"(?:total\s+)?(?:net\s+)?(?:(?:commercial\s+products?\s+(?:revenues?|sales))|"
                             r"(?:revenues?|sales)\s+(?:by\s+products?|from\s+(?:the\s+sale\s+of\s+)?commercial\s+"
                             r"products))(?:\s*:)?", " ".join(section.lower().split())))
