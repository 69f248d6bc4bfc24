"""What a table is (income statement, balance sheet, cash flow, segment, reconciliation,
guidance, per-share data, other) and what that makes of its rows' basis.

Shared by the HTML grid reader and the plain-text table readers, so a reconciliation table is
never taken for the GAAP statement whatever the release's format.
"""
from __future__ import annotations

import re
from functools import lru_cache

TABLE_CLASSES = ("income", "balance", "cash_flow", "segment", "reconciliation", "non_gaap", "guidance", "per_share",
                 "breakdown", "other")
_TITLE_RULES = [
    ("guidance", re.compile(r"\boutlook\b|\bguidance\b|\bforecast\b|\bprojected\b", re.I)),
    ("reconciliation", re.compile(r"reconciliation|\bgaap\s+to\b|\bto\s+non[\s-]?gaap", re.I)),
    ("non_gaap", re.compile(r"non[\s-]?gaap|as\s+adjusted|adjusted\s+(?:results|earnings|ebitda|net\s+income)|"
                            r"pro\s+forma|excluding\s+special", re.I)),
    ("balance", re.compile(r"balance\s+sheets?|financial\s+position|financial\s+condition|statements?\s+of\s+condition",
                           re.I)),
    ("cash_flow", re.compile(r"cash\s+flows?", re.I)),
    ("income", re.compile(r"statements?\s+of\s+(?:consolidated\s+)?(?:operations|(?:net\s+)?income|(?:net\s+)?earnings|comprehensive|"
                          r"(?:net\s+)?loss|profit\s+(?:or|and)\s+loss)|income\s+statements?|results\s+of\s+operations", re.I)),
    ("segment", re.compile(r"\bsegments?\b|geographic|by\s+(?:region|geography|market|product|business)|"
                           r"revenues?\s+by|supplemental|\bbusiness\s+units?\b", re.I)),
    ("per_share", re.compile(r"(?<!except )(?<!for )(?<!and )per\s+share\s+data", re.I)),  # not "(in thousands, except per share data)"
]
NON_GAAP_LABEL = re.compile(r"\bnon[\s-]?gaap\b|\badjusted\b|\bas\s+adjusted\b|\bpro\s+forma\b|\bexcluding\b|"
                            r"\bcore\s+(?:ffo|eps|earnings|net\s+income|operating\s+(?:income|earnings))\b|"  # never "core deposits"
                            r"\bheadline\s+(?:earnings|loss|eps)\b|\bHEPS\b|"  # South Africa's measure beside the IFRS EPS
                            r"\bbefore\s+(?:special|one-time|non-?recurring)|"
                            r"\bbefore\s+(?:changes\s+in\s+)?(?:non-?cash\s+)?working\s+capital", re.I)  # a cash flow not as reported
GAAP_LABEL = re.compile(r"^\W*(?:reported\s+)?gaap\b|,\s*as\s+reported\W*$", re.I)  # "Gross profit, as reported"
CONSTANT_CURRENCY = re.compile(r"constant\s+currency", re.I)


HIGHLIGHTS_TITLE = re.compile(r"\bhighlights\b|\bkey\s+(?:financial\s+)?(?:figures|metrics|data)\b|\bat\s+a\s+glance\b|"
                              r"\bsummary\s+of\s+(?:financial\s+)?results\b|\bfinancial\s+summary\b", re.I)
_REVENUE_WORD = re.compile(r"\brevenues?\b|\bsales\b")
_NET_INCOME_WORD = re.compile(r"net (?:income|loss|earnings)|per share")


def classify(title: str, labels: list[str]) -> str:
    """A table's class from its own heading, else from the rows it holds."""
    asked = False  # the heading's nearest statement is the same whichever statement rule asks: looked for once
    for name, rx in _TITLE_RULES:
        if name in _STATEMENTS:
            if not asked and (named := _nearest_statement(title)):
                return named
            asked = True
        elif rx.search(title):
            if name in _SECTIONS_ABOVE and (named := _statement_after(title, rx, name == "guidance")):
                return named
            if name == "guidance" and _highlights_after(title, rx):
                continue  # 'The full-year outlook is maintained.  Financial highlights': the paragraph above's
            if name == "guidance" and _reconciliation_after(title, rx):
                return "reconciliation"  # 'raised its FFO guidance ...  RECONCILIATION OF NET INCOME TO FFO': the
                # paragraph above's outlook, the table the period's reconciliation (its figures actuals)
            return name
    text = " ".join(l.lower() for l in labels)
    if "total assets" in text or "total liabilities" in text:
        return "balance"
    if "operating activities" in text or "investing activities" in text:
        return "cash_flow"
    if _REVENUE_WORD.search(text) and _NET_INCOME_WORD.search(text):
        return "income"
    if sum(1 for l in labels if NON_GAAP_LABEL.search(l)) >= 2 and not HIGHLIGHTS_TITLE.search(title):
        return "reconciliation"  # a table of highlights prints its GAAP and non-GAAP figures side by side
    return "other"


_STATEMENTS = ("balance", "cash_flow", "income")


def _nearest_statement(title: str) -> str | None:
    """The statement the heading line nearest the table names: a heading that still holds the caption of the
    table above ('SELECTED BALANCE SHEET DATA  (in thousands)  STATEMENTS OF CASH FLOWS', as one cell a line or an
    HTML page prints it) is of the last statement named, never the first rule's."""
    for line in reversed(re.split(r"\s{2,}", title)):
        for name, rx in _TITLE_RULES:
            if name in _STATEMENTS and rx.search(line):
                return name
    return None


_SECTIONS_ABOVE = ("guidance", "reconciliation", "non_gaap")
_LINE_BREAK = re.compile(r"\s{2,}")


def _statement_after(title: str, rx: re.Pattern, same_line: bool) -> str | None:
    """The statement whose own caption (a line saying 'consolidated' or 'condensed') a heading names after its last
    outlook or reconciliation words ('Business Outlook  For the fourth quarter ... expects ...  CONDENSED CONSOLIDATED
    STATEMENTS OF OPERATIONS', a reconciliation's footnote above 'CONDENSED CONSOLIDATED BALANCE SHEETS'): those were
    the section above, the table is that statement, its figures actuals. Never a row heading ('Income statement
    data'). A reconciliation's words name the statement they reconcile on their own line ('RECONCILIATION OF GAAP TO
    NON-GAAP CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS'): only a caption on a later line is another table's; an
    outlook's may stand on the same line (`same_line`), its paragraph run into the caption."""
    end = max(m.end() for m in rx.finditer(title))
    brk = None if same_line else _LINE_BREAK.search(title, end)
    rest = title[end:] if same_line else title[brk.end():] if brk else ""
    for line in reversed(_LINE_BREAK.split(rest) if rest else []):
        if _CAPTION.search(line):  # a statement's own caption, never a row heading ('Income statement data')
            return next((name for name, rule in _TITLE_RULES if name in _STATEMENTS and rule.search(line)), None)
    return None


_CAPTION = re.compile(r"\b(?:consolidated|condensed)\b", re.I)


def _reconciliation_after(title: str, rx: re.Pattern) -> bool:
    """A heading line of a reconciliation ('RECONCILIATION OF NET INCOME TO FFO') on a line after the last outlook
    words: those were the paragraph above it. A reconciliation of the guidance itself names it on its own line."""
    end = max(m.end() for m in rx.finditer(title))
    brk = _LINE_BREAK.search(title, end)
    reconciles = _TITLE_RULES[1][1]
    return brk is not None and any(reconciles.search(line) for line in _LINE_BREAK.split(title[brk.end():]))


def _highlights_after(title: str, rx: re.Pattern) -> bool:
    """A heading line of highlights ('Financial highlights', 'Key figures') after the last outlook words: those
    were the paragraph above it, the table is the period's actuals."""
    end = max(m.end() for m in rx.finditer(title))
    brk = _LINE_BREAK.search(title, end)
    return brk is not None and any(HIGHLIGHTS_TITLE.search(line) for line in _LINE_BREAK.split(title[brk.end():]))


def classify_figures(figures: list, title: str) -> None:
    """A plain-text table's figures get the class an HTML table of the same heading and rows gets."""
    if figures:
        table_class = classify(title, list(dict.fromkeys(f.label for f in figures))[:40])
        for f in figures:
            f.table_class = table_class
            if table_class == "guidance" and not f.qualifier:
                f.qualifier = "guidance"  # an outlook is never an actual


def row_basis(label: str, section: str, table_class: str) -> str:
    """The basis of a row: '' (GAAP), 'non-gaap', 'constant-currency', 'reconciling' (a row of a
    reconciliation that is neither the GAAP nor the non-GAAP figure) or 'guidance'."""
    text = f"{section} {label}"
    if table_class == "guidance":
        return "guidance"
    if NON_GAAP_LABEL.search(label) or (NON_GAAP_LABEL.search(section) and not GAAP_LABEL.search(label)):
        return "non-gaap"
    if CONSTANT_CURRENCY.search(text):
        return "constant-currency"
    if table_class == "reconciliation":
        return "" if GAAP_LABEL.search(label) else "reconciling"
    if table_class == "non_gaap":
        return "" if GAAP_LABEL.search(label) else "non-gaap"
    return ""


_BASIS_WORDS = [
    ("guidance", re.compile(r"guidance|outlook|target|expect|forecast|estimat|project|anticipat|range", re.I)),
    ("constant-currency", re.compile(r"constant[\s-]currency", re.I)),
    ("reconciling", re.compile(r"^reconciling$", re.I)),
    ("non-gaap", re.compile(r"non-gaap|exclud|adjusted|pro\s+forma|before|table", re.I)),
]
BASES = ("", "non-gaap", "constant-currency", "guidance", "reconciling", "part", "change")


def normalize_basis(qualifier: str) -> str:
    """A figure's qualifier as the parsers wrote it ('excluding', 'outlook', 'portion', ...) in the
    store's few bases. Anything else that qualifies a figure ('portion', 'attributable', 'charge')
    makes it a part of the metric, never the metric: 'part'."""
    q = (qualifier or "").strip().lower()
    if q == "stated-change":
        return "change"  # a change the release states without its amounts
    if q in BASES:
        return q
    for basis, rx in _BASIS_WORDS:
        if rx.search(q):
            return basis
    return "part"


# ('Adjusted FFO', 'Adjusted funds from operations': AFFO, a measure of its own, its 'adjusted' a word of its name)
QUALIFIER_WORDS = re.compile(r"\b(?:non[\s-]?gaap|adjusted(?!\s+(?:ffo|funds\s+from\s+operations)\b)|as\s+adjusted|"
                             r"pro\s+forma|reported\s+gaap|gaap|"
                             r"in\s+constant\s+currency|constant\s+currency)\b[\s:-]*", re.I)


@lru_cache(maxsize=8192)  # asked of every figure's label at ingest, again by the doubt checks: labels repeat
def plain_label(label: str) -> str:
    """'Non-GAAP net income**' → 'net income': the metric a qualified row is of."""
    return " ".join(QUALIFIER_WORDS.sub(" ", label).split()).strip(" ,:-")
