"""Rows that hold balances: a figure at a date (total assets, cash, equity, debt, deposits, shares
outstanding), never one over a span.

A table headed by periods ('2024 | 2023', 'Q4 2024 | Q3 2024 | ... | Q4 2023') prints its balances under
the same columns as its flows. A flow there is the column's span; a balance is the balance at the span's
end — the year's end date (the fiscal year's end, as the column's year is read), each quarter's end.
A row is a balance when the vocabulary's metric its label means is one (`flow = false` in
knowledge/vocabulary.toml; the same first match in the file's order that knowledge/vocabulary.py makes),
or when it stands under a balance-sheet heading ('Balance sheet data:', 'Period-end balances'). An
average ('Average total assets', rows under 'Average balances') is a figure of the span, never one at
its end. parsers/ may not import knowledge/: the vocabulary is read here as data (parsers/vocabulary_data.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.vocabulary_data import VOCABULARY

# A heading of rows that are balances at the columns' dates.
BALANCE_HEADING = re.compile(r"\bbalance\s+sheets?\b|\bstatements?\s+of\s+financial\s+(?:position|condition)\b|"
                             r"\b(?:period|quarter|year)[\s-]+end(?:ing)?\s+balances?\b|"
                             r"\bend\s+of\s+(?:the\s+)?(?:period|quarter|year)\s+balances?\b|"
                             r"\bat\s+(?:the\s+)?(?:period|quarter|year)[\s-]+end\b", re.I)
# A figure over the span: an average balance, a change of one, a flow of one ('Net increase in deposits').
AVERAGE_OR_CHANGE = re.compile(r"\baverages?\b|\bavg\b|\bchanges?\b|\bincrease\b|\bdecrease\b|\bgrowth\b|"
                               r"\bannualized\b|\bytd\b|\byear[\s-]to[\s-]date\b|\bnet\s+(?:inflows?|outflows?|flows?)\b",
                               re.I)
# A heading of flows whose rows name the balances they are earned or paid on ('Interest expense:' over 'Deposits',
# 'Interest income' over 'Loans', a table of yields): the rows are that income, expense or rate, never the balance.
FLOW_HEADING = re.compile(r"\b(?:interest|expenses?|income|costs?|fees?|revenues?|charges?|provisions?|gains?|losses|"
                          r"earnings|sales|dividends?|yields?|rates?|cash\s+flows?)\b", re.I)
# Shares outstanding at a date (the vocabulary reads 'shares outstanding' as the weighted average a per-share
# figure divides by, but printed without 'weighted', 'average' or 'used' it is the count at the date).
_SHARES_AT_DATE = re.compile(r"^(?:total\s+)?(?:common\s+|ordinary\s+)?(?:stock\s+)?shares?\s+(?:issued\s+and\s+)?outstanding\b|"
                             r"^outstanding\s+(?:common\s+|ordinary\s+)?shares\b")
_NOT_AT_DATE = re.compile(r"\b(?:weighted|average|used|diluted|basic|per)\b")
_NOT_PLAIN = re.compile(r"\b(?:excluding|adjusted|non-gaap|pro\s+forma|as\s+adjusted)\b")  # never the plain metric
_RATIO = re.compile(r"%|\bratios?\b|\bpercent(?:age)?\b|\bto\s+(?:total|gross|average|net|adjusted|risk)\b")  # one to another
_FOOTNOTE = re.compile(r"\s*\((?:[a-z]|\d{1,2})\)$|\*+$")


def _patterns() -> list[tuple[re.Pattern, bool]]:
    """Each amount metric's label pattern, in the file's order, with whether it is a flow."""
    return [(re.compile(m["labels"]), m.get("flow", True)) for m in VOCABULARY.get("metric", [])
            if m.get("unit") == "USD"]


_BY_LABEL = _patterns()
# Balances per share ('Book value per common share'): the vocabulary names them by their synonyms alone.
_BALANCE_NAMES = frozenset(s for m in VOCABULARY.get("metric", []) if not m.get("flow", True) and m.get("unit") != "USD"
                           for s in (m.get("name", ""), *m.get("synonyms", ())))


# "Ending cash and cash equivalents", "Closing cash": a balance printed under a span's column, at the span's end. Only
# a balance of the vocabulary after the word (a flow after it, 'Closing costs', is no balance).
ENDING_BALANCE = re.compile(r"^\W*(?:ending|closing)\s+(?=\w)", re.I)


def ending_balance(label: str) -> bool:
    """'Ending cash and cash equivalents' under a span's column: a balance of the vocabulary at the span's end."""
    m = ENDING_BALANCE.match(label)
    return m is not None and is_balance_label(label[m.end():])


@lru_cache(maxsize=8192)
def is_balance_label(label: str) -> bool:
    """Does the printed label mean a balance of the vocabulary (the first metric whose pattern it
    matches is one), or shares outstanding at a date?"""
    low = " ".join(label.lower().replace("\u2019", "'").split())
    low = _FOOTNOTE.sub("", low).strip(" :")
    if not low or _NOT_PLAIN.search(low) or _RATIO.search(low) or AVERAGE_OR_CHANGE.search(low):
        return False
    if _SHARES_AT_DATE.match(low) and not _NOT_AT_DATE.search(low) or low in _BALANCE_NAMES:
        return True
    low = re.sub(r"^total consolidated ", "total ", low)
    for pattern, flow in _BY_LABEL:
        if pattern.search(low):
            return not flow
    return False


_ALL_BY_LABEL = [(re.compile(m["labels"]), m.get("flow", True)) for m in VOCABULARY.get("metric", []) if m.get("labels")]


@lru_cache(maxsize=8192)
def is_flow_label(label: str) -> bool:
    """Does the printed label mean a flow of the vocabulary (the first metric of any unit whose pattern it
    matches is a flow: revenue, net income, diluted EPS)? Such a row is never moved to a date by the table
    it stands in: a table a title calls a balance sheet may hold the quarter's income rows too."""
    low = " ".join(label.lower().replace("\u2019", "'").split())
    low = _FOOTNOTE.sub("", low).strip(" :")
    if not low or is_balance_label(label):
        return False
    for pattern, flow in _ALL_BY_LABEL:
        if pattern.search(low):
            return bool(flow)
    return False


@lru_cache(maxsize=2048)  # asked of a table's title and its rows' heading for every row: by value
def is_balance_heading(section: str) -> bool:
    """A heading of balances at the columns' dates ('Balance Sheet Data:', 'Period-end balances'), never of
    averages ('Average balance sheet')."""
    return bool(section) and bool(BALANCE_HEADING.search(section)) and not AVERAGE_OR_CHANGE.search(section)


@lru_cache(maxsize=2048)  # asked of a table's title and its rows' heading for every row: by value
def is_average_heading(text: str) -> bool:
    """A heading of figures over the span: averages, changes ('Average balances:', 'Selected average balances')."""
    return bool(text) and bool(AVERAGE_OR_CHANGE.search(text))


@lru_cache(maxsize=2048)  # asked of a table's title and its rows' heading for every row: by value
def is_flow_heading(text: str) -> bool:
    """A heading of flows ('Interest expense:', 'Net Interest Income', 'Yields'), never of balances."""
    return bool(text) and bool(FLOW_HEADING.search(text)) and not BALANCE_HEADING.search(text)
