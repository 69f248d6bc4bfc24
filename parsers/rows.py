"""Row labels: their unit (amount, per share, shares, percent) and the scale that applies.

Per-share figures and share counts are told apart by the label, so a share count is never read
as earnings per share and EPS is never multiplied by the table's dollar scale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.model import Figure
from parsers.periods import Period
from parsers.scan import Needles
from parsers.vocabulary_data import VOCABULARY

PER_SHARE_RE = re.compile(r"per\s+(?:\w+\s+){0,3}share|\bEPS\b|per\s+(?:(?:common|limited\s+partner(?:ship)?|LP|partnership)\s+)?unit\b|per\s+ADS", re.I)
SHARES_RE = re.compile(r"^(?:\([a-z]\)\s*)?(?:weighted|average|number of|common shares|shares|basic|diluted)\b.*\bshares?\b|"
                       r"shares\s+(?:outstanding|used)|weighted[\s-]average\s+(?:number|common|basic|diluted)", re.I)
PERCENT_RE = re.compile(r"%|\bpercent(?:age)?\b|\bratio\b|\bmargin\s*%|\bas a % of", re.I)
_LANGUAGE = VOCABULARY.get("language", {})
_QUANTITIES = tuple(_LANGUAGE.get("quantities", ()))  # knowledge/vocabulary.toml: one list of the words
_MARKED_QUANTITIES = tuple(_LANGUAGE.get("quantities_unless_marked", ()))
_ALONE_QUANTITIES = tuple(_LANGUAGE.get("quantities_alone", ()))


def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """The words as whole words, any run of spaces or a hyphen between the words of a phrase."""
    alts = sorted((r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b" if alts else r"$^", re.I)


COUNT_RE = _words_pattern(_QUANTITIES)  # quantities, not money
MARKED_COUNT_RE = _words_pattern(_MARKED_QUANTITIES)  # quantities unless a cell prints a currency mark
# a label that is only a quantity's noun ('Stores', 'Total restaurants', 'Stores open'): a count, unless marked
_ALONE_COUNT_RE = re.compile(r"^\W*(?:total\s+)?(?:number\s+of\s+)?" + _words_pattern(_ALONE_QUANTITIES).pattern
                             + r"(?:\s+open)?\s*:?$", re.I)


# "Diluted Weighted Average Outstanding ADS": a count of depositary shares (the unit of a per-ADS EPS), in capitals only
# ("average ads served" is advertising)
SHARE_COUNT_RE = re.compile(r"\b(?:weighted|average|number\s+of)\b[^$]*(?:\bshares\b|(?-i:\bAD[SR]s?\b))|"
                            r"\bshares\s+(?:outstanding|used|issued)",
                            re.I)


KWH_RE = re.compile(r"kilowatt|\bkwh\b|\bmwh\b|\bgwh\b", re.I)


_SHARE_COUNT_START = re.compile(r"^\W*(?:weighted|average|number\s+of|shares\b)", re.I)
_USED_IN = re.compile(r"\bused\s+in\b", re.I)
_EARNINGS_OR_DIVIDENDS_PER = re.compile(r"(?:earnings|income|loss|profit|dividends?)\s+per", re.I)


# Words one of which every match of these patterns holds: a label without them is ruled out without
# running the pattern (see parsers/scan.py). Keep each in step with its pattern.
_SHARE_WORDS = Needles("share", "ads", "adr")  # SHARE_COUNT_RE
_PER_SHARE_WORDS = Needles("per", "eps")  # PER_SHARE_RE
_SHARES_WORDS = Needles("share", "weighted")  # SHARES_RE
_PERCENT_WORDS = Needles("%", "percent", "ratio")  # PERCENT_RE
_COUNT_WORDS = Needles(*{re.split(r"[\s-]+", w)[0] for w in _QUANTITIES})  # COUNT_RE: each phrase's first word
_MARKED_COUNT_WORDS = Needles(*{re.split(r"[\s-]+", w)[0] for w in _MARKED_QUANTITIES})  # MARKED_COUNT_RE
_KWH_WORDS = Needles("kilowatt", "kwh", "mwh", "gwh")  # KWH_RE


def _has(needles: Needles, rx: re.Pattern, text: str, low: str) -> bool:
    """rx.search(text), ruled out cheaply when the text has none of its words (`low`: text.lower())."""
    return needles.may_match(text, low) and bool(rx.search(text))


# An abbreviation in parentheses after the words it abbreviates: 'Average daily rate (ADR)', 'Funds from operations
# (FFO)'
_PAREN_ACRONYM = re.compile(r"\s*\((?-i:([A-Z]{2,6}))s?\)")


def _without_own_acronym(label: str) -> str:
    """The label without a parenthesized abbreviation of its own words ('Average daily rate (ADR)': the hotel's rate
    a night, never American depositary receipts), which names no unit."""
    m = _PAREN_ACRONYM.search(label)
    if m is None:
        return label
    words = re.findall(r"[A-Za-z]+", label[:m.start()])
    n = len(m.group(1))
    own = len(words) >= n and "".join(w[0] for w in words[-n:]).upper() == m.group(1)
    return label[:m.start()] + label[m.end():] if own else label


# A row that is the par (nominal) value itself, no amount of stock at par ('Common stock, $0.01 par value ... | 512')
_PAR_VALUE_ROW = re.compile(r"^\W*(?:par|nominal|stated)\s+value(?:\s+per\s+(?:\w+\s+)?share)?\s*(?:\([^()]*\))?\s*:?$", re.I)


def counts_alone(label: str) -> bool:
    """Is the label only a quantity's noun ('Stores', 'Total restaurants'): what it counts, unless money is said over
    it (a currency mark, a heading or title of money)?"""
    return bool(_ALONE_COUNT_RE.match(label))


def row_unit(label: str) -> str:
    if "(" in label:
        label = _without_own_acronym(label)
    low = label.lower()
    if "value" in low and _PAR_VALUE_ROW.match(label):
        return "USD/share"  # 'Par value | 4' under share counts in thousands: an amount a share, never 4,000 of anything
    if _has(_SHARE_WORDS, SHARE_COUNT_RE, label, low) and (
            not _EARNINGS_OR_DIVIDENDS_PER.search(label)
            or _SHARE_COUNT_START.match(label)
            or _USED_IN.search(label)):
        return "shares"  # "Weighted-average shares used in computing net loss per share": a count, never EPS
    if _has(_PER_SHARE_WORDS, PER_SHARE_RE, label, low):
        purpose = _FOR_PER_SHARE.match(label)
        if purpose:  # "Net income for diluted EPS calculation", "Denominator for FFO per diluted share"
            return "shares" if _DENOMINATOR.search(purpose.group(1)) else "USD"
        return "USD/share"
    if _has(_SHARES_WORDS, SHARES_RE, label, low):
        return "shares"
    if _has(_PERCENT_WORDS, PERCENT_RE, label, low) and not _PERCENTAGE_MONEY.search(label):
        return "percent"
    if "(" in label and _VOLUME_UNIT.search(label):
        return "count"  # "Oil (Bbls/d)", "Natural gas (MMcf)": barrels and cubic feet, never the table's dollars
    if _has(_COUNT_WORDS, COUNT_RE, label, low) and not names_money(label):
        return "count"
    if is_percent_rate(label, low):
        return "percent"  # "Effective tax rate | 21.0", "Interest rate on the term loan | 5.1": percentages, never money
    return "USD"


# an oil or gas volume's unit in a label's parentheses ('(Bbls/d)', '(MMcf)', '(MBoe/d)'): a quantity; a price names its
# money first ('($/Bbl)', '(per Boe)') and is no such unit
_VOLUME_UNIT = re.compile(r"\(\s*(?:m{1,2})?(?:bbls?|mcfe?|boe|bcfe?|ngls?)\s*(?:/\s*d(?:ay)?|per\s+day)?\s*\)", re.I)


def is_percent_rate(label: str, low: str) -> bool:
    """Is the row the rate itself, a percentage of something ("Effective tax rate", "Occupancy rate")? Never a row of
    a rate's effect in a bridge ("Lower effective tax rate | 0.02" under EPS, "Higher interest rates | (360)" in
    thousands: a comparative or an effect word before it), of rates in the plural ("Interest rates | (45)": what rates
    did to an amount), nor of a rate on amounts ("Tax rate on non-GAAP adjustments": the tax on them). Those are left
    to names_a_rate: unread unless a cell prints '%'."""
    return _has(_RATE_WORDS, _RATE_HEAD, label, low) and bool(_PERCENT_RATE.search(label)) \
        and not _RATE_EFFECT.match(label) and not _RATES_PLURAL.search(label) and not _RATE_ON_AMOUNTS.search(label)


# A comparative or an effect word before a rate: the row is what the rate's change did, in the table's unit
_RATE_EFFECT = re.compile(r"^\W*(?:higher|lower|increased?|decreased?|increasing|decreasing|reduced|reduction|rising|"
                          r"falling|improved|favou?rable|unfavou?rable|changes?|impacts?|effects?|benefits?|"
                          r"declines?|declining)\b", re.I)
_RATES_PLURAL = re.compile(r"\brates\b(?!\s*\()", re.I)  # "Interest rates", never "Interest rate (%)"
# "Tax rate on non-GAAP adjustments", "Tax rate on special items": a rate applied to amounts, its row the tax on them
_RATE_ON_AMOUNTS = re.compile(r"\brates?\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,3}(?:adjustments?|items?|charges?|amounts?|"
                              r"gains?|losses|reconciling)\b", re.I)
# A value plausible as a percentage rate printed without '%' in a table of amounts: above one and at most a hundred.
# 0.951 for an occupancy rate is a fraction, never 0.951%; -310 in thousands is an amount.
PLAUSIBLE_RATE = (1.0, 100.0)


def plausible_rate(kind: "RowKind", value: float, printed: str) -> bool:
    """A cell of a row read as a percentage rate by its words alone (kind.percent_rate): read only when it prints '%'
    or its value is plausible as a percent (PLAUSIBLE_RATE); else unread, never a wrong percentage."""
    low, high = PLAUSIBLE_RATE
    return not kind.percent_rate or "%" in printed or low < value <= high


# "Percentage rent(s)": rent a tenant pays as a share of its sales, an amount in the table's scale, no percentage
_PERCENTAGE_MONEY = re.compile(r"^\s*percentage\s+(?:rents?|rental\s+(?:income|revenues?)|royalt(?:y|ies)|fees?)\b(?!.*%)",
                               re.I)


# A row naming money of its count noun ('Employees and payroll accruals', 'Headcount actions and related
# severance', 'Customer deposits') is an amount: it carries the table's scale
_MONEY_NOUN = re.compile(r"\b(?:accru\w*|payroll|compensation|severance|costs?|expenses?|charges?|liabilit\w*|"
                         r"payables?|receivables?|deposits?|wages?|salar\w*|advances?|"
                         r"revenues?|sales|income|fees?|premiums?)\b", re.I)  # "Revenue from contracts with customers"


def names_money(label: str) -> bool:
    """Does the label name money (a money noun: 'Revenue', 'Costs', 'Fees')? Not where the money word only qualifies
    the quantity the label ends on ('Revenue passenger miles (millions)', 'Revenue tons': miles and tons, never
    dollars); a word of relation between them keeps it money ('Sales to customers', 'Revenue per ton')."""
    if not _MONEY_NOUN.search(label):
        return False
    head = _HEAD_NOUN.search(label)
    return not (head and COUNT_RE.fullmatch(head.group(1)) and not _RELATION.search(label))


_HEAD_NOUN = re.compile(r"([A-Za-z-]+)\s*(?:\([^()]*\))?\s*$")  # the label's last word, before its unit in parentheses
_RELATION = re.compile(r"\b(?:from|of|to|for|per|by|with|on|in|at|under)\b", re.I)


def row_scale(unit: str, scale: float) -> float:
    """Only amounts and share counts carry the table scale ("in thousands, except per share")."""
    return scale if unit in ("USD", "shares") else 1.0


_FOR_PER_SHARE = re.compile(r"^(.+?)\s+(?:for|used\s+(?:in|for)|in\s+(?:computing|calculating|determining))\s+(?:the\s+)?"
                            r"(?:calculation\s+of\s+|computation\s+of\s+)?(?:[\w-]+\s+){0,3}(?:per\s+(?:[\w-]+\s+){0,2}share|eps)\b",
                            re.I)
_DENOMINATOR = re.compile(r"denominator|\bshares\b|share\s+count", re.I)


def implausible_per_share(f: Figure) -> bool:
    """A per-share figure of a thousand or more (a share count or an amount under a per-share
    label: 'Effect of EPS dilution of convertible notes | (2,406,553)') is not read: its unit is unknown."""
    return f.unit == "USD/share" and abs(f.value) >= 1000 and not _CURRENCY_PER_SHARE.search(f.label)


# "Basic and diluted earnings per share (KRW)", "EPS (Yen)": the label names the currency a share's figure is in, so
# 8,211 won a share is a figure of a known unit
_CURRENCY_PER_SHARE = re.compile(r"\((?:in\s+)?(?:[A-Z]{3}|won|yen|\u20a9|\u00a5)\)", re.I)


_LABEL_MARK = re.compile(r"\s*(?:(?:\([a-z0-9]\))+|\*+)$")  # "(a)", "*", or a run of marks "(2)(3)(4)"


_CONNECTIVE = re.compile(r"^(?:add|less|plus|deduct|minus)\s*:\s*(?=\w)", re.I)

# "(see note 24)", "(Note 5)", "(refer to notes 3 and 4)": a cross-reference to the notes, like a footnote's mark no
# word of what the row is; a parenthesis naming notes of a year ("Senior notes (Notes 2024)") is no reference
_NOTE_REFERENCE = re.compile(r"\s*\((?:see|refer\s+to|refer)?\s*notes?\s+\d{1,3}[a-z]?"
                             r"(?:\s*(?:,|and|&)\s*\d{1,3}[a-z]?)*\)$", re.I)


_LIST_MARK = re.compile(r"^[-\u2013\u2014\u2022\u00b7]+\s*(?=[A-Za-z])")
_GLUED_MARK = re.compile(r"(?<=[a-z]{3})\d$")  # "Total employee expenditure2": a footnote mark glued to the word


_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+[A-Z]$")  # "U.S" once its last dot is stripped


@lru_cache(maxsize=8192)  # a label is cleaned by its table's reader, again by the twin and total checks: by value
def clean_label(label: str) -> str:
    spaced = " ".join(label.split()).strip(" :$|")  # as re.sub(r"\s+", " "): \s and split() take the same spaces
    label = _CONNECTIVE.sub("", spaced.strip(" ."))  # "Less: Interest expense" is interest expense
    if spaced.endswith(".") and _INITIALS_END.search(label):
        label += "."  # "U.S.": initials keep their last dot, or the place is no longer named
    label = _LIST_MARK.sub("", label)  # "-Diluted", "• Basic": a list's mark, not a word of the label
    if label.endswith("*") or label[-3:-2] == "(" and label.endswith(")"):  # a mark "(a)", "(1)" or "*" can end it
        label = _LABEL_MARK.sub("", label)
    if label[-1:].isdigit():
        label = _GLUED_MARK.sub("", label)
    if label.endswith(")") and "note" in label.lower():
        label = _NOTE_REFERENCE.sub("", label)
    return label.rstrip(_SUPERSCRIPT_MARKS).strip()  # "Revenue \u00b9": a note's mark printed as a superscript


_SUPERSCRIPT_MARKS = " \u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


GENERIC_LABELS = re.compile(r"^(?:basic|diluted|basic and diluted|basic & diluted|assuming dilution|"
                            r"outstanding|total|net|\(?[a-z]\)?)\s*(?:\([a-z0-9]\))?"
                            r"(?:\s*\((?:in\s+)?[^()\d]{2,12}\))?:?$", re.I)  # 'Diluted (in thousands)', 'Diluted (in yen)'


def full_label(label: str, section: str) -> str:
    """A row label that only makes sense under its heading ("Basic" under "Earnings per share",
    "shares outstanding" under "Number of weighted average common") carries the heading."""
    if section and (GENERIC_LABELS.match(label) or label[:1].islower() or _finishes(label, section)):
        return f"{section} {label}"
    return label


# A heading its rows finish ("Net cash provided by (used in):" over "Operating activities"): it ends in
# a preposition, so each row is the rest of one name.
_OPEN_HEADING = re.compile(r"\b(?:by|in|from|for|of|to)\)?\s*:?$", re.I)
_WHOLE_NAME = re.compile(r"^(?:net|total|cash|increase|decrease)\b", re.I)


def _finishes(label: str, section: str) -> bool:
    """A short row under an open heading is the rest of its name; a row that names a whole figure
    ('Net cash provided by operating activities' after 'Increase/(decrease) in') is not."""
    if _WHOLE_NAME.match(label) or not _OPEN_HEADING.search(section):
        return False  # a whole owner's name under 'Profit attributable to:' ('Shareholders of Acme Foods N.V.') too
    return len(label.split()) <= 3 or bool(_ATTRIBUTED_TO.search(section) and _OWNER.match(label))


_ATTRIBUTED_TO = re.compile(r"\battributable\s+to\s*:?$", re.I)
_OWNER = re.compile(r"^(?:the\s+)?(?:owners?|(?:share|stock|equity\s+)holders?|members|partners|parent|company|"
                    r"(?:non-?\s?)?controlling|minority)\b", re.I)  # never 'Paid-up equity share capital' below them


SCALE_NOTE = re.compile(r"\((?:[^()]*\b(?:thousands|millions|billions|except)\b[^()]*)\)|\bexcept\b.*$", re.I)


def _without_scale_note(section: str) -> str:
    """'($ in millions, except earnings per share)' says how figures are printed, not what they are."""
    return SCALE_NOTE.sub(" ", section)


PER_SHARE_PART = re.compile(r"^\W*(?:net\s+)?(?:\(?(?:income|earnings|loss|profit)\)?)|continuing|discontinued|"
                            r"extraordinary|cumulative|^\W*(?:non-?\s?)?gaap\W*$|^\W*(?:basic|diluted|total|adjusted|"
                            r"reported|as reported|weighted|average|assuming)\b", re.I)


def _part_of_heading(label: str) -> bool:
    """A row a heading's unit carries to ('Basic', 'Net income', 'GAAP' under '... per share'), not a
    row of its own that merely follows it ('Free cash flow' after the per-share rows)."""
    return bool(GENERIC_LABELS.match(label) or PER_SHARE_PART.search(label))


@dataclass(frozen=True)
class RowKind:
    """What a row's label and heading say about each of its cells, worked out once a row."""

    unit: str  # the unit of a cell that is not a percentage
    per_share_heading: bool  # an amount row under a per-share heading ("Diluted net income per share:")
    energy: bool  # kilowatt-hours and the like: a quantity, in the scale its heading names
    energy_factor: float | None  # that scale when the label or heading names one, else the table's
    own_scale: float | None = None  # the scale the label itself states ('(in billions of euros)'); 0: a count
    quantity: bool = False  # 'Brand volume': a quantity, unless its cell prints a currency mark ('$500')
    counted: bool = False  # 'Subscribers (thousands)': a count in its own scale, unless its cell prints a currency mark
    rate: bool = False  # 'EUR/USD exchange rate', 'Net debt to EBITDA': a rate or a multiple, unread unless its cell
    # prints '%' (names_a_rate)
    percent_rate: bool = False  # 'Effective tax rate': a percentage by its words alone (is_percent_rate), its value
    # checked (plausible_rate)


# "Net earnings used for purposes of calculating net income per common share:": the heading of the amounts a
# per-share figure is computed from (the numerator), not of per-share figures
_NUMERATOR_HEADING = re.compile(r"\bused\s+(?:for\s+(?:the\s+)?purposes?\s+of|in|for|to)\s+(?:calculat|comput)", re.I)
_EARNINGS_PER = re.compile(r"(?:earnings|income|loss|profit)\s+per", re.I)
_RATIOS_HEADING = re.compile(r"\bratios\b", re.I)
# a label's own unit of energy that no scale word stands with: "(GWh)", "(MWh)", "(TWh)" (a kilowatt-hour is small enough
# that tables count them in their heading's millions, "Retail sales (kWh)" under "(in millions)": left to the scale)
_OWN_ENERGY_UNIT = re.compile(r"\(\s*[gmt]wh\s*\)", re.I)


# A row that names a rate: a margin, a spread, a return on something, a yield, a cost of funds (never an amount
# under a ratios heading; "Net interest margin | 0.56" there is 0.56%, not $0.56 million)
_RATE_TERM = re.compile(r"\bmargin\b|\bspread\b|\breturn\s+on\b|\byields?\b|\bcost\s+of\s+funds\b|\befficiency\b", re.I)
_ONE_TO_ANOTHER = re.compile(r"\w\s+to\s+(?:total\s+|gross\s+|average\s+|net\s+)?[a-z]", re.I)  # "A to B": a ratio


@lru_cache(maxsize=8192)  # a label under its heading recurs table after table (each period's columns, twin tables)
def row_kind(label: str, section: str) -> RowKind:
    unit = row_unit(label)
    heading = _without_scale_note(section)
    own = label[len(section):].strip() if section and label.startswith(section) else label
    low, heading_low = label.lower(), heading.lower()
    if unit in ("USD", "USD/share") and _has(_SHARE_WORDS, SHARE_COUNT_RE, heading, heading_low) \
            and not _has(_PER_SHARE_WORDS, PER_SHARE_RE, label, low) \
            and not _EARNINGS_PER.search(heading) and _part_of_heading(own):
        unit = "shares"  # "Basic" under "Weighted average shares used in per share computation"
    if unit == "USD" and "ratio" in heading_low and _RATIOS_HEADING.search(heading) and (
            _ONE_TO_ANOTHER.search(own) or _RATE_TERM.search(own)):
        unit = "percent"  # "Allowance for credit losses on loans to gross loans", "Net interest margin", "Return on
        # average equity (annualized)" under "Performance Ratios": the "%" printed on the block's first row only
    capital = _capital_leverage(own, heading)  # (before `own` below names the row's own scale)
    under_per_share = unit == "USD" and _has(_PER_SHARE_WORDS, PER_SHARE_RE, heading, heading_low) \
        and not _NUMERATOR_HEADING.search(heading) and not (")" in low and _OWN_MONEY_SCALE.search(label))
    # ('Net profit for the year (USDm)' under 'Earnings per share:': money in the scale its own label states, never a
    # figure a share)
    if under_per_share and _part_of_heading(own) and unit == "USD":
        unit = "USD/share"  # "Net Income" under "Diluted Earnings Per Average Common Share"
    both = label + " " + section
    energy = _has(_KWH_WORDS, KWH_RE, both, both.lower())
    factor = next((v for w, v in (("billion", 1e9), ("million", 1e6), ("thousand", 1e3))
                   if w in (label + " " + section).lower()), None) if energy else None
    if energy and factor is None and _OWN_ENERGY_UNIT.search(label):
        factor = 1.0  # "Electric retail sales (GWh) | 9,412": 9,412 gigawatt-hours, never the table's millions of them
    own = None
    counted = False
    if "in " in low:  # every _LABEL_COUNT and _LABEL_SCALE match holds it
        if _LABEL_COUNT.search(label):
            own = 0.0
        elif (m := _LABEL_SCALE.search(label)):
            own = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(1).lower()]
    if own is None and ")" in low and _BARE_DURATION.search(label):
        own = 0.0  # "Life expectancy at age 65 (years) | 23.2": a number of years, never dollars
    if own is None and ")" in low and _WHOLE_UNITS_MARK.search(label) and unit == "USD":
        own = 1.0  # "Mobile ARPU (Ps.)", "Revenue per total mile ($)": whole currency units, never the table's millions
    if own is None and ")" in low and (m := _BARE_LABEL_SCALE.search(label)):
        own = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(1).lower()]
        counted = not names_money(label)  # "Mobile subscribers (thousands)": a count, never money
    if own is None and ")" in low and (m := _MARKED_LABEL_SCALE.search(label)):
        own = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(1).lower()]  # money: its mark says so
    if own is None and ")" in low and (z := _ZEROS_LABEL_SCALE.search(label)):
        own, counted = 1e3, not z.group(1) and not _MONEY_NOUN.search(label)  # "Shares for ... EPS (000s)": thousands
    quantity = unit == "USD" and (_has(_MARKED_COUNT_WORDS, MARKED_COUNT_RE, label, low) and not _MONEY_NOUN.search(label)
                                  or counts_alone(label) and not names_money(heading))
    # ('Stores | 412' under 'Operating data (in thousands)': 412 stores, never $412,000)
    return RowKind(unit, under_per_share and unit == "USD", energy, factor, own, quantity, counted,
                   names_a_rate(label, unit) and not capital,
                   unit == "percent" and is_percent_rate(label, low)
                   and not _has(_PERCENT_WORDS, PERCENT_RE, label, low))


# A row whose head noun is a rate: "EUR/USD exchange rate", "Average rate", "Interest rate on the term loan", "Average
# daily rate", "Exchange rate (USD/EUR)". Never a row of an amount at a rate ("Revenue at constant exchange rates",
# "Amount computed using the statutory rate": a word of relation or an article before the rate) nor of an amount a
# rate makes ("Exchange rate effect on cash": a noun after it).
_RATE_HEAD = re.compile(r"^(?:(?!(?:at|of|on|in|from|to|with|by|for|excluding|before|after|and|or|less|net|the|an?|amounts?|"
                        r"using|computed|calculated|based|applied|determined|derived)\b)[^\s(),]+\s+)"
                        r"{0,5}?rates?(?:\s*\([^()]*\))?(?:\s+(?:on|of|for|per|to|in)\b.*|\s+\(?[A-Z]{3}\s*/\s*[A-Z]{3}\)?)?$",
                        re.I)
_RATE_WORDS = Needles("rate")  # _RATE_HEAD
# A rate that is a percentage of something (tax, interest, growth, occupancy ...), never an exchange rate, a price a unit
# ('Average daily rate': money a night) or a rate the label does not qualify ('Average rate')
_PERCENT_RATE = re.compile(r"\b(?:tax|interest|growth|discount|occupancy|utili[sz]ation|churn|default|loss|retention|"
                           r"renewal|vacancy|attrition|delinquency|charge-?off|payout|coupon|borrowing|lending|mortgage|"
                           r"unemployment|inflation)\s+(?:\w+\s+)?rates?\b", re.I)
# A row naming a multiple: "Net debt to EBITDA", "Net leverage (x)", "Leverage multiple", "Interest coverage ratio"
_MULTIPLE = re.compile(r"\((?:x|times)\)|\bmultiples?\b|\b(?:interest|fixed[\s-]charges?|debt[\s-]service)\s+coverage\b|"
                       r"\b(?:debt|leverage|borrowings)\b[^|;]{0,30}?(?:\bto|/)\s*(?:(?:adjusted|annuali[sz]ed|ltm|ttm|trailing)\s+)*"
                       r"ebitda\b|\bleverage\s+ratio\b|"  # debt over EBITDA, never "Adjustments to EBITDA" (money)
                       r"\b(?:current|quick|acid[\s-]test)\s+ratio\b|\bbook[\s-]to[\s-]bill\b|\bdebt[\s-]to[\s-]equity\b|"
                       r"\bprice[\s/-]+(?:to[\s-]+)?earnings\b", re.I)  # one amount over another, printed as a multiple
_MULTIPLE_WORDS = Needles("x", "times", "multiple", "coverage", "ebitda", "leverage", "ratio", "bill", "equity",
                          "earnings")  # (each match holds one)  # _MULTIPLE


# A bank's regulatory capital ratio ('Tier 1 leverage ratio', 'Supplementary leverage ratio'): capital over assets, a
# percentage, never a company's debt over EBITDA
_CAPITAL_RATIO = re.compile(r"\btier\s*(?:1|one|i)\b|\bcet\s*1\b|\bcommon\s+equity\b|\bsupplementary\b|\bregulatory\b|"
                            r"\bbasel\b|\bslr\b", re.I)


# a heading of a bank's regulatory capital ("Regulatory capital ratios:", "Risk-based capital"), and a plain
# "Leverage ratio" row under it: capital over average assets, a percentage however printed ("Net leverage ratio",
# "Leverage ratio (x)" stay the multiples they name)
_CAPITAL_HEADING = re.compile(r"\bcapital\s+adequacy\b|\bregulatory\s+capital\b|\brisk[\s-]based\s+capital\b|\btier\s*(?:1|one)\b",
                              re.I)  # never a bare "Capital ratios:", which any company's selected data may print
_PLAIN_LEVERAGE = re.compile(r"\s*leverage\s+ratio\s*(?:\(\d\)|\*+)?\s*", re.I)


def _capital_leverage(own: str, heading: str) -> bool:
    """Is the row a plain 'Leverage ratio' under a bank's capital heading: the capital percentage, never debt over
    EBITDA?"""
    return bool(_PLAIN_LEVERAGE.fullmatch(own) and _CAPITAL_HEADING.search(heading))


def names_a_rate(label: str, unit: str) -> bool:
    """Does a row name a rate of exchange, an interest or a tax rate, or a multiple? Its cells are neither money in the
    table's scale ("EUR/USD exchange rate | 1.09" under "(EUR million)" is no EUR 1,090,000) nor, unless a cell prints
    "%", a percentage known to be one (a multiple of 2.09 is no 2.09%; an average daily rate is money a night): unread.
    A label that says it is in percent ('Tax rate (%)') is read as the percentage it says."""
    low = label.lower()
    if _has(_MULTIPLE_WORDS, _MULTIPLE, label, low) and "%" not in label and "percent" not in low and \
            not _CAPITAL_RATIO.search(label):
        return True
    return unit == "USD" and _has(_RATE_WORDS, _RATE_HEAD, label, low)


_MONEY_MARK = re.compile(r"[$\u20ac\u00a3\u00a5]|\b(?:US|C|A|NZ|HK|S)\$|\b(?:USD|EUR|GBP|CAD|CHF|JPY)\b")


_PER_SHARE_VALUE = re.compile(r"^[(\-\u2212$\s]*\d{1,2}\.\d{2,3}\)?$")


_LABEL_SCALE = re.compile(r"\(\s*in\s+(thousand|million|billion)s?\b[^()]*\)", re.I)
# "Fixed broadband accesses (thousands)", "Weighted average shares outstanding (millions)": the row's own scale, its
# unit no currency (a money row says so: "Revenue (millions)" is money)
# a label that ends in its currency's mark alone prints whole units of it ('ARPU (Ps.)', 'Fare ($)')
_WHOLE_UNITS_MARK = re.compile(r"\((?:in\s+)?(?:(?:US|C|A|NZ|HK|S|R)?\$|[\u20ac\u00a3\u00a5\u20b9\u20a9]|Ps\.|Rs\.?)\)\s*$")
_BARE_LABEL_SCALE = re.compile(r"\(\s*(thousand|million|billion)s\s*\)\s*$", re.I)
# A highlights table whose rows each print their own unit: "Operating Revenues (US$ millions)", "Net profit (EUR
# million)" are money in that scale; "Passengers carried (000s)", "Shares for calculation of EPS (000s)" thousands
_MARKED_LABEL_SCALE = re.compile(r"\(\s*(?:(?:US|C|A|NZ|HK|S|R)?\$|[\u20ac\u00a3\u00a5\u20b9]|(?-i:USD|EUR|GBP|CAD|CHF|JPY|"
                                 r"SEK|NOK|DKK|AUD))\s*(thousand|million|billion)s?\s*\)\s*$", re.I)
_ZEROS_LABEL_SCALE = re.compile(r"\(\s*((?:US|C|A|NZ|HK|S|R)?\$|[\u20ac\u00a3\u00a5]|(?-i:USD|EUR|GBP|CAD|SEK|CHF))?\s*'?000'?s?\s*\)\s*$",
                                re.I)  # "($000s)", "(US$000)": money in thousands
# A label stating its own money scale: "(USDm)", "(EUR m)", "($ millions)", "(US$000)", "(in millions of euros)"
_OWN_MONEY_SCALE = re.compile(r"\(\s*(?:(?:in\s+)?(?:(?:US|C|A|NZ|HK|S|R)?\$|[\u20ac\u00a3\u00a5\u20b9]|(?-i:USD|EUR|GBP|CAD|CHF|"
                              r"JPY|SEK|NOK|DKK|AUD))\s*(?:m|mn|bn|k|'?000'?s?|thousands?|millions?|billions?)|"
                              r"in\s+(?:thousands|millions|billions)\s+of\s+[\w.$ ]+)\s*\)", re.I)
_BARE_DURATION = re.compile(r"\(\s*(?:years|months|weeks|days)\s*\)\s*$", re.I)
_LABEL_COUNT = re.compile(r"^\W*in\s+(?:years|months|weeks|days)\b|\(\s*in\s+(?:years|months|weeks|days)\s*\)", re.I)


def looks_per_share(cell_text: str) -> bool:
    """'0.21', '(0.05)', '$ 1.23': a number printed as a per-share amount is."""
    return bool(_PER_SHARE_VALUE.match(cell_text.strip()))


def share_scale(heading: str) -> float | None:
    """The scale of share counts a table's heading states apart from its dollars: '(in millions,
    except per-share data; share counts in thousands)' → 1,000; 'except share and per share data' →
    1 (printed in full); None when the heading says nothing of shares."""
    m = _SHARE_CLAUSE.search(heading)
    if m:
        return {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(1).lower()]
    return 1.0 if _EXCEPT_SHARES.search(heading) else None


_DEPOSITARY = re.compile(r"(?-i:\bAD[SR]s?\b)|\bdepositary\b", re.I)
_SHARE_CLAUSE = re.compile(r"\bshares?(?:\s+(?:counts?|amounts?|data|outstanding))?(?:,?\s+which)?(?:\s+are)?"
                           r"(?:\s+(?:reflected|presented|shown|stated|expressed|reported))?\s+in\s+(thousand|million|billion)s?\b",
                           re.I)  # 'share counts in thousands'; 'except number of shares, which are reflected in thousands'

_EXCEPT_SHARES = re.compile(r"\bexcept\s+(?:for\s+)?(?:number\s+of\s+)?shares?\b(?!\s*[-\s]?\s*price)", re.I)


def make_figure(label: str, section: str, raw: float, scale: float, period: Period, line: int,
                quote: str, column: int, cell_text: str = "", kind: RowKind | None = None,
                shares_scale: float | None = None) -> Figure:
    """A table cell's figure; `kind`: row_kind(label, section), when the row has already worked it out;
    `shares_scale`: share_scale(heading), the scale of share counts when the heading states one."""
    kind = kind or row_kind(label, section)
    unit = "percent" if "%" in cell_text else kind.unit
    if unit == "USD" and kind.per_share_heading and _PER_SHARE_VALUE.match(cell_text.strip()):
        unit = "USD/share"  # "Amortization of intangibles | 0.21" under "Diluted net income per share:"
    factor = row_scale(unit, scale)
    if unit == "shares" and shares_scale is not None and not (shares_scale == 1.0 and _DEPOSITARY.search(label)):
        factor = shares_scale  # '..., except share data' names shares, not depositary shares: those are in the table's scale
    if unit in ("USD", "shares") and kind.own_scale is not None:
        if kind.own_scale == 0:
            unit, factor = "count", 1.0  # "In years of annual revenues": a number of years, not money
        else:
            factor = kind.own_scale  # "Value of contracts (in billions of euros)": the row's own scale
    if kind.counted and (unit == "count" or unit == "USD" and not _MONEY_MARK.search(cell_text)):
        unit, factor = "count", kind.own_scale  # "Mobile subscribers (thousands) | 41,206": 41.2 million, never pesos
    elif unit == "USD" and kind.quantity and not _MONEY_MARK.search(cell_text):
        unit, factor = "count", 1.0  # "Brand volume | 12.608" in a table of dollars: hectolitres, never money
    if kind.energy:  # energy sold: a quantity, in the scale its heading names
        unit = "count"
        factor = kind.energy_factor if kind.energy_factor is not None else scale
    if unit == "shares" and abs(raw) >= 1_000_000 and not (shares_scale is not None and shares_scale > 1.0):
        factor = 1.0  # share counts printed in full although the table's dollars are in thousands (unless the
        # heading states the counts' own scale: 'number of shares, which are reflected in thousands')
    return Figure(label=label, value=round(raw * factor, 6), unit=unit, period=period, line=line,
                  quote=quote, source="table", section=section, column=column, scale=factor)


_SCALE_NOTE_AT_END = re.compile(r"\((?:in\s+)?(?:millions|thousands|billions)\b[^()]*\)$", re.I)


def is_section_heading(text: str) -> bool:
    """'Costs and expenses:', 'ASSETS', 'Operating Revenues', 'Retail sales (millions of KWH)' (no
    figures, a heading of rows)."""
    t = text.strip()
    if t.endswith(":") or _SCALE_NOTE_AT_END.search(t):
        return True
    letters = [c for c in t if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(t) < 60
