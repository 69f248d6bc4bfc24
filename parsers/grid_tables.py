"""HTML tables read as grids: header rows resolved into one meaning per value column (its period,
its basis — GAAP, non-GAAP, an adjustment —, a change or a percent of revenue), the table
classified by statement, its scale read from its own title, and every row's figures cited to the
row's line.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from parsers.balances import (ending_balance, is_average_heading, is_balance_heading, is_balance_label, is_flow_heading,
                              is_flow_label)
from parsers.columns import (DURATION_RE, FISCAL_RANGE_RE, MONTH_DAY_RE, MONTHS_TOKEN_RE, bare_year_period, column_period,
                             header_months)
from parsers.grid_transposed import transposed
from parsers.html import GridCell, GridRow, GridTable
from parsers.metadata import cell_currency, currencies_named, statement_currency
from parsers.model import Figure
from parsers.name_forms import name_words
from parsers.vocabulary_data import VOCABULARY, basis_heading_words, forward_heading_words
from parsers.numbers import (CURRENCY_CODES, SCALE_ABBREVIATION, parse_cell, parse_range_cell, parse_scaled_cell,
                             table_scale)
from parsers.periods import MONTH_RE, Period, month_end, month_number
from parsers.rows import (COUNT_RE, clean_label, counts_alone, names_money, full_label, implausible_per_share, looks_per_share, make_figure,
                         plausible_rate, row_kind, share_scale)
from parsers.scan import Required
from parsers.tables import HIGHLIGHTS_TITLE, classify, plain_label, row_basis

# "2018 (1)": a year with its footnote mark; "(Restated)1 2018", "2018 Restated": a year restated
YEAR_TEXT = re.compile(r"^(?:\(?(?:as\s+)?restated\)?\d?\s+)?\(?(?:19|20)\d\d\)?(?:\s*\(\d\)|\*+|\s+\(?restated\)?)?$",
                       re.I)
CHANGE_HEADER = re.compile(r"%\s*(?:change|chg|increase|decrease|growth)|\b(?:increase|decrease|change|growth|variance)\b"
                           r"|\bvs\.?\b|\bover\b|\bbp\b|\bbasis points\b|y/y|yoy"
                           # 'B/(W)', 'Better/(Worse)', 'Fav/(Unfav)', 'F/(U)', 'Inc/(Dec)': a change signed by its effect
                           r"|\b(?:b|better|f|fav|favou?rable|inc|incr)\.?\s*/?\s*\(\s*(?:w|worse|u|unfav|unfavou?rable|dec|decr)\.?\s*\)"
                           r"|\b(?:b|better|f|fav|favou?rable)\s*/\s*(?:w|worse|u|unfav|unfavou?rable)\b", re.I)
CONSTANT_CURRENCY = re.compile(r"constant\s+currency|\bcc\b|local\s+currency", re.I)
PERCENT_OF = re.compile(r"%\s+of\s+(?:total\s+|net\s+)?(?:revenues?|sales)|percent(?:age)?\s+of\s+(?:total\s+|net\s+)?"
                        r"(?:revenues?|sales)|as\s+a\s+%", re.I)
NON_GAAP_HEADER = re.compile(r"non[\s-]?gaap|\badjusted\b|as\s+adjusted|pro\s+forma", re.I)
ADJUSTMENT_HEADER = re.compile(r"^(?:\d{4}\s+)?(?:adj\.?|adjustments?|reconciling\s+items?)$", re.I)
_CODE_ZEROS = r"(?-i:\b[A-Z]{3}|[\u20ac\u00a3\u00a5]|\bR(?='))\s?'?000'?s?\b"  # "In EUR'000s", "(USD 000)", "€'000", "R'000"
SCALE_LINE = re.compile(rf"thousands|millions|billions|crores|lakhs|\$\s*000|\bin\s+000'?s\b|\(000'?s?\)|{_CODE_ZEROS}|"
                        rf"(?:\bin|\b(?:{CURRENCY_CODES})|\bRs\.?|[$\u20ac\u00a3\u00a5\u20b9])\s+(?:thousand|million|billion|crore|"
                        rf"lakh)(?![a-z])|{SCALE_ABBREVIATION}", re.I)  # "(Rs. in million)", "(\u20ac million, unless stated otherwise)"
_THOUSANDS_ZEROS = re.compile(rf"\bin\s+000'?s\b|\(000'?s?\)|{_CODE_ZEROS}", re.I)  # "(in 000's)", "(000s)"
_ALLOCATED = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                                          for w in VOCABULARY.get("language", {}).get("allocated_expenses", ()))
                        + r")\b", re.I)


_EXPENSE_LINE = re.compile(r"^(?:total\s+)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                          for w in VOCABULARY.get("language", {}).get("expense_lines", ()))
                           + r")\b", re.I)


def _allocated_part(section: str, label: str) -> bool:
    """A line of expense under a heading naming an expense charged to several lines (vocabulary.toml allocated_expenses
    and expense_lines: "Stock-based compensation:" over "Cost of revenue"): that expense's part in the line, never
    the line's own figure."""
    return bool(section) and bool(_ALLOCATED.search(section)) and not _ALLOCATED.search(label) \
        and bool(_EXPENSE_LINE.match(label))


BREAKDOWN_LEAD = re.compile(r"(?:consists?|comprised|composed)\s+of\b|included\s+in\s+the\s+following|"
                            r"\bas\s+follows\s*(?:\([^()]*\)\s*)?:|\bthe\s+following\s*:?\s*$|"
                            r"^\W*(?:\(\w{1,3}\)\s*)?includes?\b.*\bas\s+follows\b", re.I)  # "(7) Includes ... as follows (in thousands):"


# An excerpt's caption sentence naming what a table's rows are of, printed apart from the table (a paragraph that
# introduced it in the filing): "Components of inventories are as follows:", "Income before income taxes is as
# follows (in thousands):", "Accrued liabilities consist of the following:", "The following table presents revenue
# by geographic area:". Its subject is a heading over every row that prints none of its own.
_CAPTION_VERB = (r"(?:is|are|was|were)\s+(?:summari[sz]ed\s+|presented\s+|shown\s+|set\s+forth\s+)?as\s+follows|"
                 r"(?:can|may)\s+be\s+(?:broken\s+down|analy[sz]ed|summari[sz]ed)\s+as\s+follows|"
                 r"(?:consists?|consisted)\s+of\s+the\s+following|(?:is|are|was|were)\s+comprised\s+of\s+the\s+following|"
                 r"comprises?\s+the\s+following|includes?\s+the\s+following(?:\s+components)?")
_CAPTION = re.compile(rf"^(?:(?:as\s+of|as\s+at|at|for|during)\b[^:]{{0,60}}?(?:\d{{4}}|[^,:\d]),\s*)?"
                      rf"(?P<s>[^:;]{{3,80}}?)\s+(?:{_CAPTION_VERB})(?:\s+components)?"
                      r"(?:\s+(?:at|as\s+of|as\s+at)\s+[^:()]*\d{4})?\s*(?:\([^()]*\))?\s*:$", re.I)
_FOLLOWING_IS = re.compile(r"^the\s+following\s+is\s+an?\s+(?:breakdown|summary|analysis)\s+of\s+(?P<s>[^:;]{3,80}?)\s*"
                           r"(?:\([^()]*\))?\s*:$", re.I)
_FOLLOWING_TABLE = re.compile(r"^the\s+(?:following\s+table|table\s+below)\s+(?:presents|sets\s+forth|shows|summari[sz]es|"
                              r"provides|disaggregates|includes)\s+"
                              r"(?P<s>[^:;]{3,80}?)\s*(?:\b(?:for|during|as\s+of|as\s+at|at|in)\b[^:;]*)?(?:\([^()]*\))?\s*:$",
                              re.I)
_CAPTION_LEAD = re.compile(r"^(?:(?:the\s+)?company['\u2019]s\s+|(?:the|our|its)\s+|(?:the\s+)?(?:components?|composition|"
                           r"breakdown|(?:geographic(?:al)?\s+)?distribution)\s+of\s+(?:the\s+|our\s+)?)+", re.I)
# words that name no figure the rows are of: a caption of data, of several figures, or of the table's own layout
_NO_CAPTION_SUBJECT = re.compile(r"\b(?:information|data|table|following|details?|segments?|results|figures|amounts|"
                                 r"summary|changes?|activity|movements?|reconciliation|calculation|analysis|assumptions|"
                                 r"roll\s*forward|which|that|were|was|is|are)\b|,\s*and\b|\b(?:and|or)\s+\w+\s+(?:and|or)\b|"
                                 r"&|\d|;|\(", re.I)
# "Domestic and international sales": two things, the rows each one's ("Trade and other receivables" is one)
_TWO_OF_ONE = re.compile(r"^(\w+)\s+(?:and|or)\s+(?!other\b)(\w+)\s+\w+$", re.I)
# "Property and equipment, net by geographic location", "revenue by major source": the rows are the parts the
# dimension names, the subject what they are parts of
_BY_DIMENSION = re.compile(r"\s+by\s+(?:(?:major|reportable|operating|business|geographic(?:al)?|product)\s+)?"
                           r"(?:locations?|areas?|regions?|segments?|sources?|types?|categor(?:y|ies)|countr(?:y|ies)|"
                           r"geography|markets?|lines?|channels?|classes)\b\s*$", re.I)
_AT_DATE = re.compile(r"\s+(?:at|as\s+of|as\s+at|on|in|for)\s+[^,]*\d[^,]*$", re.I)  # "Total debt at December 31"


def caption_line(lines: list[str], table: GridTable) -> str:
    """The sentence that introduced an excerpt's one table, printed apart from it: the last sentence of the one
    line of the text beside the table that ends in a colon; '' when none does, or more than one line does
    (which of them introduces the table is not known)."""
    prose = [line.strip() for n, line in enumerate(lines)
             if not table.first_line <= n <= table.last_line and line.strip() and not line.lstrip().startswith("|")]
    colons = [line for line in prose if line.endswith(":")]
    return re.split(r"(?<=[.;])\s+(?=[A-Z(])", colons[0])[-1] if len(colons) == 1 else ""


def caption_subject(lines: list[str], table: GridTable) -> str:
    """What an excerpt's one table is of, where only its caption (caption_line) says it; '' when there is none,
    or it reads as no caption, or its subject names no one figure ('Domestic and international sales': which row
    is which is not said)."""
    sentence = caption_line(lines, table)
    m = _CAPTION.match(sentence) or _FOLLOWING_TABLE.match(sentence) or _FOLLOWING_IS.match(sentence) \
        or _dimension_title(lines, table)
    if not m:
        return ""
    subject = _BY_DIMENSION.sub("", _AT_DATE.sub("", _CAPTION_LEAD.sub("", m.group("s")))).strip()
    if not subject or len(subject.split()) > 6 or _NO_CAPTION_SUBJECT.search(subject) or _TWO_OF_ONE.match(subject):
        return ""
    return subject[:1].upper() + subject[1:]


# A title line naming a figure and the dimension its rows split it by, with no verb: "Revenue by Geographic Region"
_DIMENSION_TITLE = re.compile(r"^(?P<s>[A-Z][\w ,'\u2019&-]{2,60}?" + _BY_DIMENSION.pattern + ")", re.I)


def _dimension_title(lines: list[str], table: GridTable) -> re.Match[str] | None:
    """The one title line beside an excerpt's table that names what its rows split ('Revenue by Geographic Region',
    printed apart from a table of places): its figure is the rows' subject, as a caption's would be. None where the
    text prints no such line or more than one."""
    found = [(n, m) for n, line in enumerate(lines) if not table.first_line <= n <= table.last_line
             and (m := _DIMENSION_TITLE.match(line.strip()))]
    if len(found) != 1 or _corner_subject(table):
        return None  # ('Long-lived assets (in thousands)' in the table's own corner: the table says what it is of)
    n, m = found[0]
    others = [o for k, line in enumerate(lines) if k != n and not table.first_line <= k <= table.last_line
              and (o := _DIMENSION_TITLE.match(_CAPTION_TAIL.sub("", line.strip())))
              and o.group("s").lower() != m.group("s").lower()]
    return None if others else m  # ('Property and equipment, net, by geographic region (in thousands).' beside it:
    # which of the two subjects the table is of is not said)


_CAPTION_TAIL = re.compile(r"(?:\s*\([^()]*\))*\s*[.:]?\s*$")  # a caption's scale note and its full stop


# words a table's corner cell prints besides a subject: its scale, its currency, its periods
_CORNER_NO_SUBJECT = re.compile(r"\([^()]*\)|\b(?:in|of|the|and|as|at|for|years?|quarters?|months?|weeks?|ended|ending|"
                                r"fiscal|periods?|three|six|nine|twelve|thousands?|millions?|billions?|dollars?|us|u\.s|"
                                r"usd|eur|gbp|unaudited|audited|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|"
                                r"sep\w*|oct\w*|nov\w*|dec\w*)\b|[\d$\u20ac\u00a3,.:;'\u2019%-]", re.I)


def _corner_subject(table: GridTable) -> bool:
    """Does the table's own corner cell (the header row's label cell) name what it is of ('Long-lived assets (in
    thousands)'), beyond its scale and periods?"""
    header = next((r for r in table.rows if r.cells), None)
    corner = " ".join(c.text for c in header.cells if c.vcol is None) if header is not None else ""
    return bool(re.search(r"[A-Za-z]{3,}", _CORNER_NO_SUBJECT.sub(" ", corner)))


# A heading row naming only the dimension the rows below split by ('Market Sector:', 'Geographic region:'): no figure
# of its own, so the rows under it are still of the caption's subject
_DIMENSION_HEADING = re.compile(r"^(?:(?:market|business|reportable|operating|geographic(?:al)?|product|end)\s+)?"
                                r"(?:sectors?|segments?|regions?|areas?|markets?|categor(?:y|ies)|channels?|countr(?:y|ies)|"
                                r"geography)$", re.I)


def under_caption(figures: list[Figure], subject: str) -> None:
    """The rows of a table that print no heading of their own stand under the subject its caption names, as if
    the table printed it over them ('Parts and raw materials' under 'Inventories'): a question naming both finds
    the row. Labels stay as printed, but a bare 'Total' that its rows add up to is the subject's total; a row printing
    the subject itself ('Inventories, net') needs no heading. A table printing a total row of its own subject
    ('Total net sales') names its rows' subject itself: the caption is left to it."""
    if any(re.match(r"total\s+\w", f.label, re.I) and not BARE_TOTAL.fullmatch(f.label) for f in figures
           if f.source == "table"):
        return  # a total row naming its own subject ('Total net sales'): its parts are its (knowledge/lookup.py)
    headed = [f for f in figures if f.source == "table" and (not f.section or _DIMENSION_HEADING.match(f.section))
              and not f.segment and not f.label.lower().startswith(subject.lower())]
    for f in headed:
        f.section = subject
        if BARE_TOTAL.fullmatch(f.label):  # the subject's total where the rows above it add up to it (as a heading's)
            f.label = f"{subject} total"
    _totals_of_their_heading(headed)
    _whole_tables_total(figures, subject)


def _whole_tables_total(figures: list[Figure], subject: str) -> None:
    """A bare 'Total' under a heading of rows ('Operating expenses') that every row of the table above it adds up to,
    the rows of an earlier heading too ('Cost of sales' under 'Amortization of purchased intangible assets:'), in every
    period: the total of what the caption says the table is of, never of the last heading alone. One that the rows do
    not add up to (or that has fewer than two rows above it) keeps its bare name."""
    if not subject:
        return  # no caption says what the table is of
    rows = [f for f in figures if f.source == "table" and re.fullmatch(r"[A-Z]{3}", f.unit)]
    totals = [f for f in rows if f.label.lower() == "total" and f.section and f.section != subject]
    if not totals or len({f.line for f in totals}) != 1:
        return
    for f in totals:
        parts = [g.value for g in rows if g.period == f.period and g.column == f.column and g.unit == f.unit
                 and g.line < f.line and not _TOTAL_START.match(g.label)]
        if len(parts) < 2 or not _adds_up(parts, f):
            return
    for f in totals:
        f.section, f.label = subject, f"Total {subject[:1].lower()}{subject[1:]}"


# A total row naming nothing but its date ('Total', 'Total as of December 31,', 'Total at June 30, 2019'): a total of
# the rows above it, its subject the table's heading or caption
BARE_TOTAL = re.compile(r"\s*total(?:\s+(?:as\s+(?:of|at)|at)\s+[A-Za-z]+\.?(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?)?\s*,?\s*",
                        re.I)


# A row label that is only a dilution word ("Basic", "Diluted", "Basic and diluted"): its head noun
# (earnings or shares per share) was left to a heading the table may not print.
_BARE_DILUTION = re.compile(r"^\W*(?:basic|diluted|basic\s+and\s+diluted|diluted\s+and\s+basic)\W*$", re.I)


@dataclass
class Column:
    """What one value column of a table holds."""

    vcol: int
    period: Period | None = None
    basis: str = ""  # "", "non-gaap", "reconciling"
    kind: str = "amount"  # amount, percent_of_revenue, change, change_cc
    header: str = ""
    subject: str = ""  # a column that is no period: its own heading (a segment, place, class or measure)
    own: bool = False  # a column of the whole read as its heading's own ('Group' beside a 'Company' no question names apart)
    # a 'Total' of amounts falling due ('Long-term debt, including interest | 612,000 | 32,000 | ...'): the row's
    # obligation as printed, never the balance a metric names (interest to come is in it, leases are undiscounted)
    printed: bool = False
    dated: bool = False  # a percentage column whose own header states its period ('% of Sales | 2024')
    # an outlook table's column of results ('Q4 2024 Preliminary Results' beside 'Prior Q4 2024 Guidance'): actuals
    actual: bool = False


@dataclass
class UnreadColumn:
    """A statement table's column of amounts whose header gave no period: its cells read as figures of no period yet
    (parsers/prose_scale.prove_column_periods gives them one only where the release's other figures prove it)."""

    cells: list[Figure]
    table: list[Figure]  # the figures read from the same table (their periods are taken: no column repeats one)
    lines: tuple[int, int]  # the table's first and last line: its own figures are no independent evidence
    scale_stated: bool  # the table states its scale (else the evidence must prove it too)


# The period of a cell whose column's header gave none, while it waits for evidence (never stored so)
_NO_PERIOD_YET = Period(date(1900, 1, 1), 0)
_TOTAL_START = re.compile(r"total\b", re.I)


def _total_of_sections(got: list[Figure], label: str, figures: list[Figure]) -> bool:
    """Is a 'Total X' row printed under the last of several headings ('Personal Lines' / 'Net premiums earned' ..
    'Commercial Lines' / 'Net premiums earned' .. 'Total net premiums earned') the sum of the X rows of two or more
    headings, in every column? Then it is the total of them all, never the last heading's own figure (read as the last
    heading's, that part printed two figures, and the whole was asked for it)."""
    m = _TOTAL_START.match(label)
    subject = label[m.end():].strip(" :").lower() if m else ""
    if not got or not subject:
        return False
    for g in got:
        parts = [f for f in figures if f.label.lower() == subject and f.section and f.period == g.period
                 and f.unit == g.unit]
        if len({f.section for f in parts}) < 2 or len({f.section for f in parts}) != len(parts) \
                or abs(sum(f.value for f in parts) - g.value) > max(abs(g.value) * 0.002, 1e-9):
            return False
    return True


# 'Balance at March 31, 2018', 'Ending balance as of June 30, 2019', 'Balance, December 31, 2018': a balance
# row of a roll-forward, at the date its label prints
def _bare_balance(m: re.Match[str]) -> str:
    """'Balance at March 31, 2018' without its date: 'Balance'."""
    return re.sub(r"[\s,:\-\u2013]*(?:(?:as\s+)?(?:of|at))?\s*$", "", m.group(0)[:m.start(1) - m.start(0)])


_BALANCE_ON_DATE = re.compile(r"^(?:(?:opening|closing|ending|beginning)\s+)?balances?\s*(?:[,:\-\u2013]\s*|(?:as\s+)?"
                              r"(?:of|at)\s+)(.*\d{4})\s*$", re.I)
_BARE_PER_SHARE = re.compile(r"^per\s+(?:diluted\s+|basic\s+|common\s+)?share\b", re.I)  # the row above's, per share
# "Attributable to:" over "Owners of the parent", or a row "Attributable to controlling shareholders": whose share of
# the row above ('Profit for the period'), the heading naming no figure of its own
_BARE_ATTRIBUTION = re.compile(r"^(?:of\s+which\s+)?attributable\s+to\b", re.I)
# "thereof: shareholders of Acme AG", "of which: non-controlling interests" under a profit row: its share of that profit
_THEREOF_OWNER = re.compile(r"^(?:thereof|of\s+which)\s*:?\s*(?:attributable\s+to\s+)?(?=(?:the\s+)?(?:owners?|(?:share|stock|"
                            r"equity\s+)holders?|non-?\s?controlling|minority|parent|members|partners)\b)", re.I)
_PER_OTHER = re.compile(r"\bper\s+(?!(?:[\w-]+\s+){0,2}share)|%|\$\s*/|\bratio\b", re.I)  # "($ per lb)": not per share
# A rate earned over a span, never at a date: a return on something, a margin, an efficiency ratio (a yield or a spread
# may be a portfolio's at a date: "Weighted average yield on debt investments" at March 31)
_RATE_OVER_A_SPAN = re.compile(r"\breturn\s+on\b|\bmargin\b|\befficiency\b", re.I)
# ... over a span its label or heading names, never the quarter's: the twelve months to the date ('trailing twelve
# months', 'LTM', 'TTM', 'rolling 12 months'), else a span the date alone does not give ('year to date', 'full year',
# 'since inception'): the date kept. 'Annualized' is no other span: the quarter's rate, stated as a year's
_TWELVE_MONTHS_TO_DATE = re.compile(r"\b(?:trailing|last|rolling|past)[\s-]+(?:twelve|12)[\s-]+months?\b|\b(?:ttm|ltm)\b",
                                    re.I)
_OTHER_SPAN_NAMED = re.compile(r"\byear[\s-]+to[\s-]+date\b|\bytd\b|\bfull[\s-]+year\b|\b(?:twelve|12|six|6|nine|9)"
                               r"[\s-]+months?\b|\bsince\s+inception\b|\bcumulative\b", re.I)
# "per ton", "per barrel", "per available room": per a unit that is no share (nor a partnership unit or ADS)
PER_NON_SHARE = re.compile(r"\bper\s+(?!(?:[\w-]+\s+){0,2}(?:shares?|units?|ads|adss|american\s+depositary)\b)(?!cent\b)[a-z]",
                            re.I)
_CURRENCY_MARK = re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "Three MonthsEnded" in a copy that lost a line break
_MONTH_GLUED = re.compile(rf"(?i)\b({MONTH_RE})(?=\d)")  # "December31,": the month and its day
_MONTH_DOT = re.compile(r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?=\s*(?:\||\d))")


@lru_cache(maxsize=4096)  # a release's tables print the same headings over table after table: by value
def _header_words(text: str) -> str:
    """A column heading's words as the period reader reads them: 'Three MonthsEnded' and 'December31,'
    taken apart, 'Dec. | 31, | 2024' without the abbreviation's point, 'December 31st,' its day a number."""
    words = _MONTH_DOT.sub(r"\1", _MONTH_GLUED.sub(r"\1 ", _GLUED.sub(" ", text)))
    return _DAY_ORDINAL.sub(r"\1", words)


_DAY_ORDINAL = re.compile(rf"(?i)(\b(?:{MONTH_RE})\s*\d{{1,2}})(?:st|nd|rd|th)\b")  # "December 31st"


_MONTH_DAY = re.compile(rf"(?i)\b(?:{MONTH_RE})\s*\d{{1,2}}\b")
_NOTE_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u207d\u207e]")  # a note's mark, superscript
_GAAP_OR_REPORTED = re.compile(r"\bgaap\b|\bas\s+reported\b", re.I)
_UNAUDITED = re.compile(r"unaudited", re.I)
_CONTINUED = re.compile(r"\bcont(?:inued|['’]?d)\b", re.I)  # a caption that says the table goes on


# Thousands set apart by dots, as continental Europe prints them: two dot groups ('1.588.330') or a group before a
# decimal comma ('1.234,5') prove it for the whole table, and a cell of one group ('171.045') is then 171,045, never
# 171.045 (a thousandth of the figure). Without that proof a cell of one group is a decimal, as US tables print it.
_DOT_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.]|,\d)|(?<![\w.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,])")
_ONE_DOT_GROUP = re.compile(r"^[^\d]*[1-9]\d{0,2}\.\d{3}(?![\d.,])[^\d]*$")

_DECIMAL_COMMA_CELL = re.compile(r"^[^\d]*\d{1,3},\d{1,2}[^\d]*$")  # '0,86', '$ (1,5)'
_COMMA_GROUP = re.compile(r"\d,\d{3}(?![\d])")


def _dots_group(table: GridTable) -> bool:
    """Does the table set its thousands apart by dots: a cell of two dot groups or of a group before a decimal comma,
    or figures with a decimal comma ('0,86') and none grouped by commas ('1,234')."""
    cells = [c for r in table.rows for c in r.cells]
    if any(_DOTS_REQUIRED.may_hold(c.text) and _DOT_GROUPED.search(c.text) for c in cells):
        return True  # the pattern run only on a cell holding what its matches need (a '.': scan.Required)
    figures = [c.text for c in cells if c.vcol is not None]
    return any(_DECIMAL_COMMA_CELL.match(t) for t in figures) and not any(_COMMA_GROUP.search(t) for t in figures)


_DOTS_REQUIRED = Required(_DOT_GROUPED)


# the vocabulary's metrics' label patterns, compiled once: through re's own cache of 512 patterns, which the
# parsers' dynamic patterns overflow, they were compiled again and again
_METRIC_LABELS = [(re.compile(labels), metric["key"]) for metric in VOCABULARY.get("metric", [])
                  if (labels := metric.get("labels"))]


@lru_cache(maxsize=4096)
def row_key(label: str) -> str:
    """What a row is of, for comparing two tables' rows: the vocabulary's metric whose labels it fits ('Income from
    operations' and 'Operating income' alike), else its own words."""
    low = " ".join(label.lower().split()).strip(" :")
    for rx, key in _METRIC_LABELS:
        if rx.search(low):
            return key
    return low


# a label naming a margin or a percentage ('Gross margin', 'Operating margin %', 'Percentage of sales', 'Tax rate')
_MARGIN_ROW = re.compile(r"\b(?:margins?|percent(?:age)?s?)\b|%|\brates?\s*$", re.I)
# a scale note that leaves percentages out of its scale ('(in thousands, except percentages)', 'except ratios')
_EXCEPTS_PERCENTS = re.compile(r"\bexcept\b[^)]{0,60}?(?:\bpercent(?:age)?s?\b|%|\bratios?\b|\bmargins?\b)", re.I)
# A heading over rows that are percentages of something ('As a percentage of net sales:', '% of revenue', 'Percent of
# sales', a bare '%'): the rows below print ratios, never money of the table's scale (percent_block in _row)
PERCENT_HEADING = re.compile(r"^\(?(?:(?:stated |expressed )?as an? )?(?:%|percent(?:age)?s?)\)?(?:\s+(?:of|to)\b.*)?$", re.I)
# ... of the revenue: its rows are each a row's percent of revenue, as a 'Percent of revenue' column's cells are
_OF_REVENUE_HEADING = re.compile(r"\b(?:of|to)\s+(?:total\s+|net\s+)*(?:revenues?|sales)\s*$", re.I)
# A row of rates, never money of a table's scale: a growth, a return, a margin, a ratio, a yield, a percent
_RATE_ROW = re.compile(r"\b(?:growth|returns?|margins?|ratios?|yields?|percent(?:age)?|rates?)\b|%", re.I)
_ROW_NUMBER = re.compile(r"-?\(?[$\u20ac\u00a3]?\s*(\d[\d,]*(?:\.\d+)?)\)?%?")
_TWIN_SIZE_FACTOR = 10.0  # a twin's amounts within this factor of the first table's, row for row

def percent_row_as_money(label: str, row_quote: str, caption: str, scale: float, value: float, decimal: bool) -> bool:
    """'Gross margin | 45.2 | 38.1' under '(in thousands, except percentages)': a row whose label names a margin or a
    percentage, printing no currency mark, is a row of percentages when the caption excepts them from its scale, or
    when its cells are small decimals in a table of thousands; never money in the table's scale (its figure would be
    a percentage read as thousands of dollars). Such a row is left unread."""
    if scale == 1.0 or not _MARGIN_ROW.search(label) or _CURRENCY_MARK.search(row_quote):
        return False
    return bool(_EXCEPTS_PERCENTS.search(caption)) or scale <= 1000 and abs(value) < 100 and decimal



def _row_sizes(table: GridTable) -> dict[str, list[float] | None]:
    """Each row's label (lower-cased) and the sizes of its numbers; None for a row of rates."""
    rows: dict[str, list[float] | None] = {}
    for row in table.rows:
        numbers = [c for c in row.cells if c.vcol is not None]
        label = " ".join(c.text for c in row.cells if c.vcol is None).strip().lower()
        if not numbers or not label:
            continue
        sizes = [float(m.group(1).replace(",", "")) for c in numbers if (m := _ROW_NUMBER.fullmatch(c.text.strip()))]
        rows[label] = None if _RATE_ROW.search(label) or any("%" in c.text for c in numbers) else sizes
    return rows


def _same_metrics_alike(first: dict[str, list[float] | None], twin: dict[str, list[float] | None]) -> bool:
    """Are a twin's rows the first table's metrics (the same labels), none a rate, each of a size alike to its
    first's (within a factor of _TWIN_SIZE_FACTOR, number by number)?"""
    if not twin or set(twin) != set(first):
        return False
    for label, sizes in twin.items():
        other = first[label]
        if sizes is None or other is None or len(sizes) != len(other):
            return False
        for a, b in zip(sizes, other):
            if a and b and max(a, b) / min(a, b) > _TWIN_SIZE_FACTOR:
                return False
    return True


# A footer scale line that stands in the next table's title block as much as under the table above: whose scale it
# states is unclear, so the table above is left unread (falling back on the last scale stated read it 1,000 times off)
_UNCLEAR = "\x00unclear"


class GridReader:
    """Every HTML table of a document, read into figures."""

    def __init__(self, tables: list[GridTable], lines: list[str], fye_month: int, ytd_months: int | None = None,
                 fy_offset: int = 0, lead: Period | None = None):
        self.tables = tables
        self.lead = lead  # the release's own period: the date a balance sheet's yearless first column is at
        self.lines = lines
        self.fye = fye_month
        self.ytd = ytd_months
        self.fy_offset = fy_offset
        self.table_lines: set[int] = set()
        self._last: tuple[list[int], dict[int, Column], str, str] | None = None  # for a table continued
        self._last_table: GridTable | None = None  # the table self._last's columns are of: its rows, for a twin
        self._last_scale = 1.0
        self._last_quantity = False  # the last table that stated its scale stated one of a quantity ("millions of hectoliters")
        self._scale_stated = False  # has any table so far stated its scale
        self.unscaled: list[list[Figure]] = []  # the figures of each table read while no table had stated a scale
        self.groups: list[list[Figure]] = []  # the figures of each table, one list a table (its scale is its own)
        self.titles: list[str] = []  # each table's own heading, by the same index as groups
        self.captions: list[str] = []  # each table's caption (its last heading line), by the same index as groups
        self._per_share_run = False  # the last row read was per share
        self._totalled: set[str] = set()
        self._scales: tuple[str, float, float | None] | None = None  # (title, its scale, its share scale)
        self.whole_columns: list[Figure] = []  # figures of a 'Total' column beside columns of segments or places
        self._currency: str | None = None  # the release's own currency, worked out when a row needs it
        self.unread_columns: list[UnreadColumn] = []  # statement columns of no period, for the evidence to prove
        self._unread: dict[tuple[int, int], list[Figure]] = {}  # this table's: (its header block, column) -> cells

    def read(self) -> list[Figure]:
        tables, self.tables = self.tables, []
        return self.read_tables(tables)

    def read_tables(self, tables: list[GridTable]) -> list[Figure]:
        """Tables found after the first reading (a plain-text layout's), read the same way."""
        self.tables = self.tables + tables
        figures: list[Figure] = []
        for table in tables:
            got = self.read_table(table)
            if got or _numeric_rows(table) >= 2:  # its rules and header lines too: one block of lines a table
                self.table_lines.update(range(table.first_line, table.last_line + 1))
                self.table_lines.update(r.line for r in table.rows)
            figures.extend(got)
        return figures

    def read_table(self, table: GridTable) -> list[Figure]:
        self._per_share_run = False
        self._row_scale: float | None = None  # a scale a row heading inside the table states for the rows below it
        self._row_shares: float | None = None  # a scale a row heading states for the share counts below it
        self._totalled: set[str] = set()  # headings a total row has closed: the rows after it are no subjects
        self._part = ""  # the last heading of rows, which a total row does not close ('Balance sheet data:')
        self._block_period: Period | None = None  # the period a row heading gives the block of rows under it
        self._caption = _caption(table.title)
        self._turned = False  # a table on its side (parsers/grid_transposed.py), turned back below
        self._caption_metric = next((m for line in table.title.split("  ") if (m := _title_metric(line))), "")
        self._dotted = _dots_group(table)
        self._unread = {}
        if table.periods is None and (turned := transposed(table, self.fye, self.ytd, self.fy_offset, self.lead)):
            table = turned  # periods as rows, metrics as columns: read as the grid it is turned back into
            self._turned = True  # each row was a column headed by its metric: no statement's row
        elif table.sideways and table.periods is None:
            return []  # a layout's grid of no period but its rows': no table of columns of periods
        _without_notes_column(table)
        body = [r for r in table.rows if is_value_row(r)]
        if not body:
            return []
        vcols = value_columns(table, body)
        label_edge = min(vcols)
        title = _title(table)
        if not SCALE_LINE.search(title) and (footer := self._footer_scale(table)):
            if footer is _UNCLEAR:
                return []  # a scale line that may be this table's or the next one's: its scale unknown, unread
            title = f"{title}  {footer}"
        figures: list[Figure] = []
        headers: list[GridRow] = []
        columns: dict[int, Column] = {}
        seen_values = cents = False
        per_share_cents = bool(CAPTION_CENTS.search(title))
        section = last_label = subject = attributed_to = ""  # subject: the last row's label that is no share of the one above it
        table_class = classify(title, [_label(r, label_edge) for r in body[:40]])
        if BREAKDOWN_LEAD.search(table.lead):
            table_class = "breakdown"  # the parts of one item ("... consists of the following:"), never the totals
        in_body = {id(r) for r in body}
        block: list[Figure] = []  # the figures of the labelled rows since the last heading (an unlabeled total's parts)
        headed_total = False  # a labelled total printed under the heading: an unlabeled row there is no total of it
        for at, row in enumerate(table.rows):
            if id(row) not in in_body:
                block, headed_total = [], False
                if BREAKDOWN_LEAD.search(" ".join(c.text for c in row.cells)):
                    table_class = "breakdown"  # a note inside the table: the rows below are parts of an item
                if seen_values and columns and (unit := _unit_row(row, label_edge)) is not None:
                    cents = unit == "cents"  # "| | Cents | Cents |" over the EPS rows: the columns go on, in cents
                    if text := _label(row, label_edge):  # "| Earnings per share | pence | pence |": a heading too
                        section = self._part = clean_label(text)
                    continue
                if seen_values and self._period_row(row, label_edge, columns):
                    section = self._part = clean_label(next(c.text for c in row.cells if c.text.strip()))
                    self._block_period = self._stated_period(section)  # its rows', a total row among them too (_row)
                    continue
                if _is_header_row(row, label_edge):
                    cents = False
                    if seen_values:
                        headers, seen_values = [], False
                        self._block_period = None  # new columns: the periods their own header states,
                        if self._stated_period(section):  # never the date heading of the block before them
                            section = self._part = ""
                    headers.append(row)
                    columns = {}
                    text = _label(row, label_edge)
                    if text and not SCALE_LINE.search(text) and not _UNAUDITED.search(text) and not UNIT_CELL.match(text):
                        section = self._part = _attributed(clean_label(text), subject)
                else:
                    text = " ".join(c.text for c in row.cells)
                    if BREAKDOWN_LEAD.search(text):
                        table_class = "breakdown"  # a note inside the table: the rows below are parts of an item
                    if seen_values and (shares_stated := _share_heading_scale(text)) is not None:
                        self._row_shares = shares_stated  # "| Million shares | | |" over the share counts: theirs
                        continue
                    if seen_values and SCALE_LINE.search(text) and (stated := _scale(text)) is not None:
                        self._row_scale = stated  # "Financial Performance (in 000's ...)": the rows below are in it
                    if not (_is_title_row(row, vcols) and not seen_values and not figures):
                        section = self._part = _attributed(clean_label(text), subject)
                continue
            if not columns and not headers and self._continues(vcols, table):
                last_vcols, last_columns, title, table_class = self._last
                columns = {v: last_columns[lv] for v, lv in zip(vcols, last_vcols)}  # a table continued on the next page
            if not columns:
                columns = self._columns(headers, vcols, title, table, table_class)
            seen_values = True
            label = _label(row, label_edge)
            if not label:
                closes = _closes_its_heading(table.rows[at + 1:], in_body)
                total = self._unlabeled_total(row, section, block, columns, title, table_class) if (
                    closes and not headed_total) else []
                if total:
                    figures.extend(total)
                    self._totalled.add(section)
                    section = ""
                    block = []
                continue
            label = clean_label(label)
            if _BARE_PER_SHARE.match(label) and last_label and not _BARE_PER_SHARE.match(last_label):
                label = f"{last_label} {label[:1].lower()}{label[1:]}"  # "Per diluted share" under "FFO ...": its
            last_label = label  # per-share figure, never a per-share figure of no metric
            if (thereof := _THEREOF_OWNER.match(label)):
                label = "attributable to " + label[thereof.end():]
            if _BARE_ATTRIBUTION.match(label):
                if subject and not _divisible_by_owner(subject):
                    continue  # 'Attributable to owners' right under a per-share row: a share of what, unsure — unread
                label = _attributed(label, subject)
            else:
                subject = label
            if row.section is None or not _BARE_ATTRIBUTION.match(row.section):
                attributed_to = label  # the row the shares under an 'Attributable to:' heading are of
            own_section = section if row.section is None else row.section
            if row.section is not None and _BARE_ATTRIBUTION.match(own_section):
                if not _divisible_by_owner(attributed_to):
                    continue  # under a per-share row (or any row no owner shares): whose shares, unsure — unread
                own_section = _attributed(own_section, attributed_to)  # 'Attributable to:' over fixed-width rows
            # "Diluted EPS (pence)", "Basic (RMB cents)", "Diluted" under "Earnings per share (cents)", a caption's
            # "per share amounts in cents": the row's share figures are hundredths (divided once, in _row)
            in_cents = bool(cents or _IN_CENTS.search(label) or _IN_CENTS.search(own_section) or (
                per_share_cents and not _IN_CURRENCY.search(label)))
            got = self._row(row, label, own_section, columns, title, table_class, in_cents)
            if own_section and _TOTAL_START.match(label) and _total_of_sections(got, label, figures):
                for f in got:  # 'Total net premiums earned' under the last of the segments' headings: all of theirs
                    f.section = ""
                    for part in ("segment", "geo", "product"):
                        if getattr(f, part) == own_section:
                            setattr(f, part, "")
            figures.extend(got)
            block = block + got  # every labelled row since the heading: an unlabeled total is the sum of them all
            headed_total = headed_total or bool(_TOTAL_START.match(label))
            if _TOTAL_START.match(label) and not _subtotal_within(label, section, table.rows[at + 1:], in_body, label_edge):
                section = ""
                self._totalled.add(own_section)
            elif row.section is None and _finishes_a_wrapped_label(label, section, at, table.rows, in_body, label_edge):
                section = ""  # the heading was this row's first line: the rows after it stand under no heading
        if table_class == "balance" and _selected_data(table, label_edge) and not _labels_once(table, label_edge):
            figures = _repeats_told_apart(figures)
        if table.part:  # one part of the business ("Americas" over the rows): no figure of it is the company's
            for f in figures:
                f.segment = f.segment or table.part
                f.product = f.product or table.part
        if columns:
            self._last = (vcols, columns, title, table_class)
            self._last_table = table
        if figures and not self._scale_stated and not self._row_scale:
            self.unscaled.append(figures)
        if self._last_quantity:
            _as_quantities(figures)  # "(In millions of hectoliters)", and the tables after it that state no scale
        _in_stated_currency(figures, table)
        if states_whole_units(title) and not self._row_scale:
            for f in figures:
                f.scale_stated = f.scale_stated or (f.unit == "USD" and f.scale == 1.0)
        self._keep_unread(figures, table, title)
        self.groups.append(figures)
        self.titles.append(title)
        self.captions.append(self._caption)
        _gross_before_net(figures)
        _operating_cash_before_net(figures)
        _totals_of_their_heading(figures)
        _table_total_below_a_heading(figures)
        _reconciled_from(figures)
        _parts_of_counts(figures)
        return figures

    def _unlabeled_total(self, row: GridRow, section: str, parts: list[Figure], columns: dict[int, Column],
                         title: str, table_class: str) -> list[Figure]:
        """A row printing amounts under no label ('| | $2,000,883 | $1,932,642 |') right after rows of amounts: the
        total of the heading's rows where, in every column, its amount is their sum as printed, as annual reports
        print a total under a rule: named by the heading over the rows ('Total assets:' over 'AMER', 'APAC': 'Total
        assets'). Any other unlabeled row (a sum that fails, a single row above, no heading to name it) stays unread
        here (a captioned excerpt's last such row is parsers/document.py's)."""
        heading = section.strip(" :")
        if not heading or _ENDS_ON_FUNCTION_WORD.search(heading) or len({f.line for f in parts}) < 2 or any(f.unit not in ("USD", "count", "shares") for f in parts):
            return []
        name = heading if _TOTAL_START.match(heading) else f"Total {heading[:1].lower()}{heading[1:]}"
        got = self._row(row, name, "", columns, title, table_class)
        if not got:
            return []
        for total in got:
            own = [f.value for f in parts if f.column == total.column and f.period == total.period
                   and f.unit == total.unit and f.segment == total.segment]
            if len(own) < 2 or not _sums_to(own, total):
                return []
        return got

    def _keep_unread(self, figures: list[Figure], table: GridTable, title: str) -> None:
        """The table's columns of amounts left with no period, kept for the evidence (see UnreadColumn)."""
        if table.part or self._last_quantity:
            return  # a part's table, or one of quantities: its cells are no company's amounts to prove
        stated = _scale(title) is not None or states_whole_units(title) or self._row_scale is not None
        for cells in self._unread.values():
            if len(cells) >= 2:
                _in_stated_currency(cells, table)
                self.unread_columns.append(UnreadColumn(cells, figures, (table.first_line, table.last_line), stated))

    def totals_against_statements(self, figures: list[Figure]) -> None:
        """A 'Total' column beside the segments' columns is the company's figure only where the company's statement
        agrees: one that prints the same row for the same period otherwise (the segments' operating income before the
        costs no segment bears) is a part of the figure, never the company's."""
        stated: dict[tuple, list[float]] = {}
        for f in figures:
            if f.source == "table" and f.table_class in ("income", "balance", "cash_flow") and not f.segment:
                stated.setdefault((row_key(f.label), f.period, f.unit), []).append(f.value)
        for f in self.whole_columns:
            values = stated.get((row_key(f.label), f.period, f.unit), [])
            if values and not any(abs(v - f.value) <= max(abs(v), 1.0) * 0.002 for v in values):
                f.qualifier = "segments' total"

    def _scale(self, title: str) -> float:
        """The table's own scale; a table that states none is printed in the scale of the last
        table that did (notes under a statement 'in millions' do not repeat it). A caption stating
        whole units ('(Expressed in United States Dollars)') states the scale 1."""
        scale = 1.0 if states_whole_units(title) or _prices_per_unit(title) else _scale(title)
        if scale is None:
            return self._last_scale
        self._last_scale, self._scale_stated = scale, True
        self._last_quantity = _quantity_scale(title)
        return scale

    def _footer_scale(self, table: GridTable) -> str:  # or _UNCLEAR
        """A table whose heading states no scale, and whose first line after it says it alone ('Amounts in
        thousands, except per share data.'): that line is its caption's, printed below (the shares with it)."""
        below = self.lines[table.last_line + 1:table.last_line + 6]
        for k, line in enumerate(below[:3]):  # up to two blank lines between
            text = line.strip().strip("*_")
            if not text:
                continue
            after = next((l.strip() for l in below[k + 1:] if l.strip()), "")
            if after.startswith("|") or _FOOTER_SCALE.match(after.strip("*_")):
                return ""  # '(In thousands)' right over the next table: that table's caption
            if not (len(text) < 90 and _FOOTER_SCALE.match(text)):
                return ""
            return _UNCLEAR if self._heads_next_table(table.last_line + 2 + k) else text
        return ""

    def _heads_next_table(self, start: int) -> bool:
        """Is the scale line right above the next table's title ('(In thousands)', then at once 'CONDENSED
        STATEMENTS OF OPERATIONS', then the table)? It is in that table's title block as much as under the table
        above: whose it is is unclear, so it is neither's. A blank line after it ('Amounts in thousands.', a blank,
        the next heading) leaves it the footer of the table above."""
        starts = [t.first_line for t in self.tables if t.first_line >= start]
        nxt = min(starts) if starts else None
        titles = blanks = 0
        for n in range(start, min(start + 8, len(self.lines))):
            text = self.lines[n].strip()
            if n == nxt or text.startswith("|"):
                return titles > 0
            if not text:
                blanks += 1
                if titles == 0 or blanks > 1:
                    return False
                continue
            titles += 1
            if blanks or titles > 3 or len(text) > 90 or text.rstrip("*_").endswith("."):
                return False  # a sentence, a paragraph: prose after the table, no heading of the next
        return False

    def _continues(self, vcols: list[int], table: GridTable) -> bool:
        """A table with no heading of its own, as many value columns as the table before it: the
        same table, split by a page break. A table that states a scale or prints a caption of its own above it
        ('Backlog by Segment', '(in millions)') is its own table, however empty its header row: taking the
        table before's title read it in that table's scale (a thousand times off) and under its name; so is one whose
        caption names a statement or highlights (a year's cash flow statement after the quarter's highlights), unless
        it says 'continued'."""
        if self._last is None or len(self._last[0]) != len(vcols):
            return False
        own = _title(table)
        if _scale(own) is not None or states_whole_units(own):
            return False
        if _CONTINUED.search(table.title):
            return True
        if classify(table.title, []) in ("income", "balance", "cash_flow") or HIGHLIGHTS_TITLE.search(table.title):
            return False
        return not _caption(table.title)

    def _percent_column_period(self, header: str, shared: str, flat: str, title: str, last: str) -> Period | None:
        """The period a percentage column's own header states ('% of Sales | 2024'), None when it states none."""
        if not _has_year(flat):
            return None
        return column_period(flat, title, self.fye, self.ytd, self.fy_offset, last) \
            or bare_year_period(_without_parts(header, shared), title, self.fye, self.fy_offset)

    def _columns(self, headers: list[GridRow], vcols: list[int], title: str, table: GridTable,
                 table_class: str = "") -> dict[int, Column]:
        ends = {c.vcol: c.vend for r in table.rows for c in r.cells if c.vcol is not None}
        if table.periods is not None:  # a table turned on its side: each column's period, resolved from its row
            return {v: Column(v, period=table.periods.get(v), header=_header_text(headers, v, ends.get(v) or v + 1, vcols))
                    for v in vcols}
        texts = {v: _header_words(_header_text(headers, v, ends.get(v) or v + 1, vcols)) for v in vcols}
        texts = _spans_over_year_groups(_footnote_marked_years(texts), title)
        stub = _stub_span(headers, min(vcols))
        if stub:  # "Years Ended | July 27, 2019 | July 28, 2018": the span the stub names is every column's
            texts = {v: t if DURATION_RE.search(t) else f"{stub} | {t}" for v, t in texts.items()}
        scale_title = title
        out: dict[int, Column] = {}
        last_period: Period | None = None
        shared = _shared_heading(texts)
        mixed = _selected_data(table, min(vcols)) and not _years_in_a_row(texts)
        actuals = self._of_actuals(title, texts, table_class)
        bare: list[Column] = []  # the columns headed by a year alone, read as that fiscal year
        for v in vcols:
            header = texts[v]
            col = Column(v, header=header)
            last = _NOTE_SUPERSCRIPTS.sub(" ", header.split("|")[-1])  # "Adjusted\u00b9": the word, its note apart
            if ADJUSTMENT_HEADER.match(last.strip()):
                col.basis = "reconciling"
            elif NON_GAAP_HEADER.search(last):
                col.basis = "non-gaap"
            elif _GAAP_OR_REPORTED.search(last):
                col.basis = "gaap"  # a GAAP column of a reconciliation: the figures as reported
            elif table_class != "guidance" and _OUTLOOK_COLUMN.search(_without_parts(header, shared)) \
                    and not _ACTUAL_COLUMN.search(header):
                col.basis = "guidance"  # 'Target Allocations' over '2020' beside 'Percentage of Plan Assets' over
                # '2019 | 2018': the target's column is an outlook, never the year's actual figure
            flat = " ".join(header.replace("|", " ").split())  # "4Q | 2023" is "4Q 2023"
            if PERCENT_OF.search(flat):
                own_period = self._percent_column_period(header, shared, flat, scale_title, last)
                col.kind, col.period, col.dated = "percent_of_revenue", own_period or last_period, own_period is not None
            elif CONSTANT_CURRENCY.search(flat) and not _has_year(header.split("|")[-1]):
                col.kind = "change_cc"
            elif CHANGE_HEADER.search(flat) and (not _has_year(last) or _YEARS_COMPARED.search(last)):
                col.kind = "change"  # '2019 vs. 2018': the change of one year over the other, no year's amount
            else:
                col.period = column_period(flat, scale_title, self.fye, self.ytd, self.fy_offset, last)
                if col.period is None and table_class != "guidance" and not (table_class == "balance" and mixed):
                    # a balance sheet's too: the year's column, as 'FY19' is
                    col.period = bare_year_period(_without_parts(header, shared), scale_title, self.fye, self.fy_offset)
                    if col.period is not None:
                        bare.append(col)
                if col.period is None and table_class != "balance" and actuals:
                    col.period = _quarter_named_by_words(flat, self.lead) \
                        or self._span_of_a_year_named_by_words(flat, scale_title) \
                        or _span_to_the_releases_end(flat, scale_title, self.lead, self.ytd,
                                                     self.fye, self.fy_offset)  # 'Current quarter', 'Prior year'
                if col.period is None and col.basis == "reconciling":
                    col.period = last_period  # "Adj." between a year's GAAP and non-GAAP columns
                last_period = col.period or last_period
            out[v] = col
        if table_class in ("income", "cash_flow", "reconciliation", "non_gaap"):  # a statement's flows, or a non-GAAP
            # reconciliation's (a schedule of amounts due is no statement)
            _no_years_after_the_release(bare, self.lead)
        _year_pairs_beside_their_years(out)
        _percents_before_amounts(out)
        if table_class == "balance":
            _dated_balance_columns(out, texts, title, self.lead)
        if table_class in ("income", "cash_flow"):
            _no_instants_among_spans(out)
            self._flows_of_unstated_length(out, table_class)
        elif table_class != "balance":
            _no_instants_among_spans(out, _INSTANT_HEADING)
        _three_months_beside_the_year_to_date(out, texts, self.ytd, self.lead)
        _percent_twins(out, table)
        _translation_columns(out, texts)
        _heading_columns(out, texts, self._scale_of_twin(title, texts, table), table_class, self._stated_period, table.caption)
        _parent_beside_consolidated(out, texts)
        for v in vcols:
            if _years_side_by_side(headers, v, ends.get(v) or v + 1):
                out[v].period = None
        if table_class == "guidance":
            _results_beside_guidance(out)
        return _unique_periods(out)

    def _scale_of_twin(self, title: str, texts: dict[int, str], table: GridTable) -> str:
        """A table of class columns that states no scale, right after one with the same column headings that did
        ('Network Solutions | Services & Support | Total' for a quarter, then again for the year before): the twin's
        scale line is its own (its title given it) when its rows are the same metrics, none a rate, of sizes alike
        row for row (a table of returns and growth rates, or one printed in thousands under the same headings, is
        no twin); any other table's title as it is."""
        if _scale(title) is not None or self._last is None or self._last_table is None:
            return title
        last_vcols, last_columns, last_title, _ = self._last
        heads = [t.split("|")[-1].strip() for _, t in sorted(texts.items())]
        twin = [last_columns[v].subject for v in last_vcols]
        if not all(twin) or heads != twin or not (line := next((part for part in last_title.split("  ")
                                                               if SCALE_LINE.search(part)), "")):
            return title
        if not _same_metrics_alike(_row_sizes(self._last_table), _row_sizes(table)):
            return title
        return f"{title}  {line}"

    def _of_actuals(self, title: str, texts: dict[int, str], table_class: str) -> bool:
        """Is the table a statement of actuals, whose words relative to the release's period ('Current quarter',
        'Current year | Prior year') name the release's own periods? Not an outlook table (the tables' own class), nor
        one whose heading or columns say outlook words ('Expected', 'Guidance') or name a year after the release's
        period ('Current quarter | Full year 2025'): there 'current' is the period the outlook is for."""
        if table_class == "guidance" or self.lead is None:
            return False
        words = "  ".join([_caption(title), *texts.values()])
        if _FORWARD_HEADING.search(words):
            return False
        last = max(self.lead.end.year, self.lead.fiscal(self.fye, self.fy_offset)[0])  # 'Fiscal 2025' ends after it
        return all(int(y) <= last for y in _A_YEAR.findall(f"{title}  {words}"))

    def _span_of_a_year_named_by_words(self, header: str, title: str) -> Period | None:
        """A column whose heading or caption prints its span and end ('Three months ended December 31') but names
        its year only by words relative to the release's own ('Actual', 'Current year' | 'Prior year', 'Last year'):
        that span ending in the release's year, or the year before, where the printed end is the release's own
        period's (month and day). Without a printed span and end ('This year | Last year' alone) None."""
        m = _RELATIVE_YEAR.search(header)
        lead = self.lead
        title = _RELATIVE_WORDS.sub(" ", title)  # the headings' own words ('This year  Last year' in the title block)
        if m is None or lead is None or _A_YEAR.search(header) or not DURATION_RE.search(f"{header[:m.start()]}  {title}"):
            return None  # a year printed, or no span printed but the relative words' own ('This year')
        year = lead.end.year - (1 if m.group("prior") else 0)
        period = column_period(f"{header[:m.start()]} {year}".strip(), title, self.fye, self.ytd, self.fy_offset,
                               str(year))
        if period is None or not period.months or (period.end.month, period.end.day) != (lead.end.month, lead.end.day):
            return None
        return period

    def _period_row(self, row: GridRow, label_edge: int, columns: dict[int, Column]) -> bool:
        """A row printing a period alone in its label column ('2018', 'December 31, 2018') after the rows of a
        table whose columns are classes ('Products | Services | Total'): the heading of the next block of the same
        columns, one block a period, never a new header of columns. Only where every class column shares one
        period (none its own date from its header), so the row's period is the only one the block's figures have."""
        amounts = [c for c in columns.values() if c.kind == "amount"]
        if not amounts or not all(c.subject or _WHOLE.match(c.header.split("|")[-1].strip()) for c in amounts) \
                or len({c.period for c in amounts}) > 1:
            return False
        texts = [c for c in row.cells if c.text.strip()]
        return len(texts) == 1 and texts[0].vcol not in columns and texts[0].start < label_edge \
            and self._stated_period(texts[0].text) is not None

    def _stated_period(self, text: str) -> Period | None:
        """The one period a heading states ('As at 31 December 2019', 'Year Ended December 31, 2019',
        'FY19'): None when it names no year, or more than one."""
        return stated_period(text, self.fye, self.ytd, self.fy_offset)

    def _balance_date(self, label: str) -> Period | None:
        """The date a balance row of a roll-forward prints in its own label ('Balance at March 31, 2018',
        'Balance as of June 30, 2017') where the columns state no period (classes, or 'Shares | Amount'): the
        row's figures at that date. Only a whole date whose day is printed ('Balance - 1 July 2017' read as the
        month's end would be another day): None otherwise."""
        m = _BALANCE_ON_DATE.match(label)
        if m is None or (period := self._stated_period(m.group(1))) is None or period.months:
            return None
        return period if re.search(rf"(?<!\d)0?{period.end.day}(?!\d)", m.group(1)) else None

    def _flows_of_unstated_length(self, columns: dict[int, Column], table_class: str) -> None:
        """Columns of a statement of flows headed by dates alone ('For the Period Ended September 30, | 2024
        | 2023'): never instants. A quarterly release's cash-flow statement runs from the fiscal year's start
        to its quarter's end, so a column ending at a quarter end of this fiscal calendar is the year to date;
        any other such column is not read. A release of a fiscal year's results (its lead period the year) reports
        no shorter span: a statement of income or cash flows headed 'Dec. 31, 2024 | Dec. 31, 2023' runs over the
        years ending at those dates, when they are year ends of this fiscal calendar no later than the lead's."""
        year_release = self.lead is not None and self.lead.months == 12 and table_class in ("income", "cash_flow")
        for col in columns.values():
            if col.kind != "amount" or col.period is None or col.period.months:
                continue
            to_date = self.ytd if table_class == "cash_flow" else None
            at_quarter_end = to_date is not None and (col.period.end.month - self.fye - to_date) % 12 == 0
            at_year_end = (year_release and self.lead is not None and col.period.end.month == self.lead.end.month
                           == self.fye and col.period.end <= self.lead.end)
            col.period = (Period(col.period.end, to_date) if at_quarter_end
                          else Period(col.period.end, 12) if at_year_end else None)

    def _release_currency(self) -> str:
        """The release's own currency (parsers/metadata.statement_currency), worked out once a reader."""
        if self._currency is None:
            self._currency = statement_currency("\n".join(self.lines))
        return self._currency

    def _hundredths_suffix(self, row: GridRow, columns: dict[int, Column], crowded: set[int], in_cents: bool) -> bool:
        """Whether a row's '24.8p' / '5.9c' cells are figures in hundredths of the currency: only where the
        currency has pence or cents printed so ('p' sterling's pence; 'c' the cents of the currencies that print
        them with a 'c'; a 'p' where the release prints no currency at all) or the caption, heading or label says
        pence or cents, and only where every figure cell of the row carries the letter. A lone '1.16c' beside '1.03' is a figure with a footnote letter: unread."""
        texts = [c.text.strip() for c in row.cells if c.vcol is not None and c.vcol not in crowded
                 and (col := columns.get(c.vcol)) is not None and col.kind not in ("change", "change_cc")
                 and _DIGIT.search(c.text) and not _is_percent(c.text)]
        matched = [m for t in texts if (m := _PENCE_CELL.match(t))]
        if not matched or len(matched) != len(texts):
            return False
        if in_cents:
            return True
        letters = {"p" if m.group(1) else "c" for m in matched}
        currency = self._release_currency()
        if letters == {"p"} and currency == "":
            return True  # a release that prints no currency: a 'p' on every figure of a share's row is its pence
        return letters == ({"p"} if currency == "GBP" else {"c"} if currency in _CENTS_WITH_C else set())

    def _row(self, row: GridRow, label: str, section: str, columns: dict[int, Column], title: str,
             table_class: str, in_cents: bool = False) -> list[Figure]:
        if self._scales is None or self._scales[0] is not title:  # worked out once a table, not once a cell
            self._scales = (title, self._scale(title), share_scale(title))
        _, scale, shares = self._scales
        shares = self._row_shares or shares
        own_scale = _row_unit_scale(row) or self._row_scale
        if own_scale is None and scale != 1.0 and _scale(title) is None and _UNIT_PRICE_ROW.search(label):
            return []  # "Average selling price of homes delivered | $539,200" in a table stating no scale of its own:
            # a price a unit, whole dollars or the 'in thousands' of a table before it? Unread, never a guess
        statistics = own_scale is None and scale != 1.0 and _scale(title) is None and _statistics_table(title)
        scale = own_scale or scale
        row_quote = self.lines[row.line].strip()
        marked = statistics and any(_CURRENCY_MARK.search(c.text) for c in row.cells) or bool(
            statistics and _CURRENCY_MARK.search(row_quote))
        amounts: list[tuple[Column, Figure]] = []
        changes: list[tuple[Column, float]] = []
        of_classes = any(c.subject for c in columns.values())
        dated = of_classes and self._stated_period(section)
        if dated:  # 'As at 31 December 2018' over the rows of a table whose columns are classes: their date
            section = ""
        dated = dated or (of_classes and self._block_period)  # the block's, below its total row too
        on_date = self._balance_date(label) if not any(c.period for c in columns.values()) else None
        if on_date is not None:  # 'Balance at March 31, 2018': the balance, its date the row's period
            label = _BALANCE_ON_DATE.sub(_bare_balance, label)
        metric = _segment_metric(section) if table_class == "segment" and section not in self._totalled \
            and _is_subject(label) else ""  # "Amortization of intangibles" after the segments' total: no segment
        if not metric and (not section or _SPAN_OF_PERIOD.match(section)) and self._caption_metric \
                and _is_subject(label) and row_key(label) == " ".join(label.lower().split()).strip(" :"):
            metric = self._caption_metric  # "Video" under the title "Analysis of revenues": the revenue of Video
        subject = label if (metric or _BY_SUBJECT.match(section)) and not _TOTAL_START.match(label) else ""
        name = (metric or section) if subject else full_label(label, section)  # "Americas" under "Profit by Segment"
        kind = None  # row_kind(name, section), worked out for the row's first amount
        basis = None  # row_basis(label, section, table_class), likewise
        low = label.lower()  # no "(at) the end / beginning of the period" in it: the column's own period
        plain_period = "end of" not in low and "beginning of" not in low and not ending_balance(label)
        yearly = not plain_period and _yearly_instants(columns)
        at_date = plain_period and self._balance_row(name, section, table_class, title)
        crowded = _crowded_columns(row)
        suffixed = self._hundredths_suffix(row, columns, crowded, in_cents)
        # rows under a heading of percentages ('As a percentage of net sales:'): each a ratio, never money (the
        # heading is the rows' unit, no part of their name)
        percent_block = bool(PERCENT_HEADING.match(" ".join(section.split()).strip(" :")))
        for cell in row.cells:
            col = columns.get(cell.vcol) if cell.vcol is not None and cell.vcol not in crowded else None
            if col is None:
                continue
            value = cell.value if cell.value is not None else parse_cell(cell.text)
            if value is not None and self._dotted and _ONE_DOT_GROUP.match(cell.text.strip()):
                value = parse_cell(cell.text.replace(".", ""))  # '171.045' where the table groups by dots: 171,045
            own_scale = None
            pence_m = _PENCE_CELL.match(cell.text.strip()) if value is None and suffixed else None
            if pence_m is not None:  # '24.8p': a share's figure in hundredths of the currency, as its 'p' or 'c' says
                value = parse_cell(pence_m.group(1) or pence_m.group(2))
            if (value is None or cell.value is not None) and (scaled := parse_scaled_cell(cell.text)) is not None:
                value, own_scale = scaled  # "£(29.2)m": the cell states its own scale, whatever the table's
            if value is None and table_class == "guidance" and col.kind == "amount":
                period = col.period if not (dated and col.subject) else dated
                if period is not None and plain_period:
                    line = cell.line if cell.line is not None else row.line
                    quote = cell.quote or (row_quote if line == row.line else self.lines[line].strip())
                    amounts += [(col, f) for f in _outlook_range(cell.text, col, period, line, quote, name, section,
                                                                 scale, shares)]
                continue
            if value is None:
                continue
            if col.kind in ("change", "change_cc"):
                if _EFFECT_SIGNED.search(col.header):
                    continue  # '% B/(W)': a cost that rose prints '(5.6)%', no growth rate of the row
                if _is_percent(cell.text) or (_PERCENT_UNIT_CELL.search(col.header) and _DIGIT.search(cell.text)):
                    # 'Change | %' over '39.9' (a dash is no change of 0: none is given)
                    changes.append((col, value))
                continue
            period = col.period if not (dated and col.subject) else dated
            period = period or (on_date if col.subject else None)  # a roll-forward balance row: its date
            period = period if plain_period else _row_period(label, period, yearly)
            if period is not None and period.months not in (0, 12) and _TWELVE_MONTHS_TO_DATE.search(label):
                period = Period(period.end, 12)  # 'EBITDA (trailing twelve months)' under a quarter: the year to its end
            waits = period is None and plain_period and col.kind == "amount" and not col.subject and not dated \
                and table_class in _STATEMENTS
            if waits:
                period = _NO_PERIOD_YET  # read as any cell is; its period only what evidence proves (UnreadColumn)
            if period is None:
                continue
            if at_date and period.months and not is_average_heading(col.header) and not _is_percent(cell.text):
                period = Period(period.end, 0)  # a balance under a span's column: at the span's end
            line = cell.line if cell.line is not None else row.line  # one cell a line: the figure's own
            quote = cell.quote or (row_quote if line == row.line else self.lines[line].strip())
            if col.kind == "percent_of_revenue":
                if not _is_percent(cell.text):
                    continue
                f = make_figure(f"{label} as a percent of revenue", section, value, 1.0, period, line + 1,
                                quote, col.vcol, cell.text)
                f.unit = "percent"
            elif percent_block:
                if _CURRENCY_MARK.search(cell.text) or not _OF_REVENUE_HEADING.search(section):
                    continue  # '%' over 'Gross margin | 31.4': a percentage of what, unsaid; never money
                f = make_figure(f"{label} as a percent of revenue", "", value, 1.0, period, line + 1, quote,
                                col.vcol, cell.text)
                f.unit = "percent"  # 'As a percentage of net sales:' over 'Gross profit | 31.4', as a column's cells
            else:
                kind = kind or row_kind(name, section)
                if kind.quantity and counts_alone(name) and names_money(title):
                    kind = replace(kind, quantity=False)  # 'Stores' in 'NET SALES BY CHANNEL': the stores' sales
                printed = cell.text
                if _PERCENT_UNIT_CELL.search(col.header) and "%" not in printed and _DIGIT.search(printed):
                    printed += "%"  # '2017 | %' over '32.8': the column's unit cell says it is a percentage
                f = make_figure(name, section, value, scale, period, line + 1, quote, col.vcol, printed, kind,
                                shares)
                if f.unit == "USD" and own_scale is None and percent_row_as_money(label, row_quote, title, scale, value,
                                                                                  "." in cell.text):
                    continue
                if kind.rate and "%" not in printed or not plausible_rate(kind, value, printed) \
                        or "leverage" in name.lower() and _TIMES_MARK.search(quote) and "%" not in printed:
                    continue  # "EUR/USD exchange rate | 1.09", "Net debt to EBITDA | 2.1": a rate or a multiple,
                    # never money in the table's scale nor a percentage (rows.names_a_rate)
                if f.unit.endswith("/share") and _PERCENT_PARENTHESIS.search(label):
                    continue  # 'Dividend per share (%) | 50': percentages said of a per-share row (of what, not
                    # said), never dollars a share
                if pence_m is not None and not f.unit.endswith("/share"):
                    continue  # '12p' on a row of no share's figure: not understood
                if pence_m is not None and not in_cents:
                    f.value = round(value / 100, 6)  # '24.8p' in no row of pence: its own hundredths, divided here
                if own_scale is not None:
                    if f.unit not in ("USD", "shares", "count"):
                        continue  # "0.5m" on a per-share or percent row: not understood
                    f.value, f.scale, f.scale_stated = round(value * own_scale, 4), own_scale, True
                if f.unit == "USD" and _BARE_DILUTION.match(name) and not looks_per_share(cell.text):
                    continue  # a bare "Basic | 47,218" with no heading: a share count or an amount, which is not known
                if f.unit == "USD" and looks_per_share(cell.text) and not _PER_OTHER.search(label) \
                        and (self._per_share_run or _BARE_DILUTION.match(label)):
                    # an adjustment in a per-share reconciliation, or a bare "Basic $ 0.59" row with no
                    # heading: a dollars-and-cents figure of a dilution word is per share, never scaled
                    f.unit, f.value, f.scale = "USD/share", value, 1.0
                if f.unit == "USD" and PER_NON_SHARE.search(name):
                    # 'Average selling price per ton | $ | 21.95' under '(in millions)': a rate per unit of
                    # something else is printed whole, never in the table's scale of amounts; without a
                    # currency mark ('Cost per available seat mile' in cents) its unit is not known: unread
                    if not _CURRENCY_MARK.search(row_quote):
                        continue
                    f.value, f.scale = value, 1.0
                if implausible_per_share(f):
                    continue
                if f.unit == "USD" and scale == 1.0 and own_scale is None and _COUNT_UNIT_CELL.search(col.header) \
                        and not _CURRENCY_MARK.search(printed):
                    f.unit = "count"  # '2019 | Number' over '71,552': a count as printed, never money of no scale
                if statistics and f.unit == "USD" and own_scale is None and not _as_statistic(f, name, value, printed,
                                                                               marked, kind.own_scale):
                    continue
            if f.unit == "percent" and not period.months and _RATE_OVER_A_SPAN.search(label):
                f.period = _named_span(period, " | ".join((label, section, col.header))) \
                    or self._first_quarter_of(period) or period
            if table_class == "breakdown" or _allocated_part(section, label):
                f.qualifier = "part"
            elif col.actual:  # results beside the guidance once given: as the row's label says, never guidance
                f.qualifier = row_basis(label, section, "")
            elif col.basis == "gaap":
                f.qualifier = "" if not NON_GAAP_HEADER.search(label) else "non-gaap"
            else:
                if col.basis:
                    f.qualifier = col.basis
                else:
                    basis = basis if basis is not None else row_basis(label, section, table_class)
                    f.qualifier = basis
            f.table_class = table_class if not col.actual else ""
            f.printed_term = f.printed_term or col.printed
            if col.subject and (col.own or not _WHOLE.match(col.subject)):
                _of_column(f, col.subject)
            elif col.subject:
                self.whole_columns.append(f)  # 'Total' beside 'Americas | EMEA': the company's, if its statement agrees
            elif subject:
                f.segment = f.product = subject  # that segment's profit, never the company's
            elif table_class == "segment" and _is_subject(section) and _SUBJECT_METRIC.match(label):
                f.segment = f.product = section  # "Revenue" under "Americas": that segment's, never the total
            if waits:
                if f.unit == "USD" and not f.segment and not looks_per_share(cell.text):
                    self._unread.setdefault((id(columns), col.vcol), []).append(f)
                continue
            amounts.append((col, f))
        self._attach_changes(amounts, changes)
        _nil_cells_per_share(amounts, self._per_share_run)
        if _cents_in_thousands(amounts, row):
            return []  # "Continuing operations | 0.35" in thousands: no amount of $350 (a per-share figure, unread)
        if amounts:  # rows right under a per-share row, printed as per-share numbers, are per share too
            self._per_share_run = all(f.unit == "USD/share" for _, f in amounts)
        for f in (f for _, f in amounts if in_cents and f.unit.endswith("/share")):
            f.value = round(f.value / 100, 6)  # a row in cents, '24.8p' or '24.8': divided once, here
        return [f for _, f in amounts]

    def _first_quarter_of(self, date_only: Period) -> Period | None:
        """The span of a rate over a period ('Return on average equity', 'Net interest margin') printed under a
        column headed by a date alone ('March 31, | 2025 | 2024'): sure only in a first quarter's release, whose
        quarter is also its year to date — the three months ending at that date, when it ends a first quarter of
        the fiscal calendar. In any later quarter's release the rate may be the quarter's or the year's to date:
        None, the date kept (never a guessed span)."""
        if self.ytd != 3 or (date_only.end.month - self.fye - 3) % 12:
            return None
        return Period(date_only.end, 3)

    def _balance_row(self, name: str, section: str, table_class: str, title: str) -> bool:
        """A row of a balance (parsers/balances.py): of a balance sheet by its class and title ('Consolidated
        Balance Sheets' over 'Q4 2024 | Q3 2024 | ...'), under a balance-sheet heading, or a label the vocabulary
        reads as one — but not in a cash-flow statement (its change there), an income statement (the income or
        expense of it: 'Deposits' under 'Interest expense') or an outlook, nor under a heading of averages."""
        if table_class in ("cash_flow", "guidance") or is_average_heading(section) or is_average_heading(self._part):
            return False
        if is_balance_heading(section) or is_balance_heading(self._part):
            return True
        if table_class == "balance" and is_balance_heading(title) and not is_flow_label(name):
            return True
        if self._turned and table_class == "income" and is_balance_label(name):
            return True  # 'Cash and cash equivalents' beside 'Revenue' in a table on its side: no statement's row
        if table_class == "income" or is_flow_heading(section) or is_flow_heading(self._part) \
                or is_flow_heading(self._caption):
            return False  # 'Deposits' under 'Interest expense:', or in a table of 'Net Interest Income': its interest
        return is_balance_label(name)

    def scale_twins(self, figures: list[Figure]) -> None:
        """A table that states no scale, read before any table stated one (a summary at the top of a
        release), printing rows a scaled table prints too ('Revenues | $ 1,039' and, in the statement in
        millions, 'Revenues | $ 1,053.6'): when its rows agree with their twins at one scale, and none
        disagrees, it is in that scale — never $1,053 beside $1,053.6 million."""
        scaled: dict[tuple[str, Period], list[Figure]] = {}
        for f in figures:
            if f.source == "table" and f.unit == "USD" and f.scale > 1:
                scaled.setdefault((f.label.lower(), f.period), []).append(f)
        for table in self.unscaled:
            amounts = [f for f in table if f.unit == "USD" and f.scale == 1.0 and f.value]
            factors: set[float] = set()
            for f in amounts:
                for twin in scaled.get((f.label.lower(), f.period), []):
                    fits = {s for s in (1e3, 1e6, 1e9) if abs(f.value * s - twin.value) <= 0.5 * s + 1e-6 * s}
                    factors |= fits if fits else {0.0}  # 0: a twin that fits no scale, a different figure
            if len(factors) == 1 and (factor := factors.pop()) > 0 and \
                    sum(1 for f in amounts if (f.label.lower(), f.period) in scaled) >= 2:
                for f in amounts:
                    f.value, f.scale = round(f.value * factor, 6), factor

    @staticmethod
    def _attach_changes(amounts: list[tuple[Column, Figure]], changes: list[tuple[Column, float]]) -> None:
        """A '% change' column belongs to the latest amount of its row, compared with the earlier
        amount of the same length and basis."""
        plain = [(c, f) for c, f in amounts if c.kind == "amount" and f.unit != "percent"]
        if not plain or not changes:
            return
        for col, value in changes:
            left = [(c, f) for c, f in plain if c.vcol < col.vcol and (c.basis or "gaap") == (col.basis or "gaap")]
            if not left:
                continue
            current = max(left, key=lambda cf: (cf[1].period.end, cf[1].period.months))[1]
            earlier = [f for _, f in left if f.period.months == current.period.months
                       and f.period.end < current.period.end and f.qualifier == current.qualifier]
            if col.kind == "change" and current.change_pct is None:
                current.change_pct = value
                if earlier:
                    current.comp_value, current.comp_period = earlier[-1].value, earlier[-1].period
            elif col.kind == "change_cc":
                current.cc_change_pct = value


def _cents_in_thousands(amounts: list[tuple[Column, Figure]], row: GridRow) -> bool:
    """Every figure of a row printed in dollars and cents ('0.35', '$ 1.61') in a table whose amounts are
    in thousands: a table in thousands prints no fraction of a thousand, so these are per-share figures
    (or ratios) whose heading was not read, never $350 and $1,610."""
    money = [f for _, f in amounts if f.unit == "USD" and f.scale == 1e3]
    if not money or len(money) < len(amounts):
        return False
    texts = [c.text for c in row.cells if c.vcol is not None and parse_cell(c.text)]
    return bool(texts) and all(looks_per_share(t) for t in texts)


_NO_CONTENT = frozenset({"total", "and", "of", "the", "net", "from", "in", "for", "to", "a"})


# 'Net income attributable to:', 'Amounts due from:': a heading left open on a preposition or function word leads
# into its rows' labels; it names no figure of its own, so no row under it is its total
_ENDS_ON_FUNCTION_WORD = re.compile(r"\b(?:to|of|by|for|from|in|on|at|with|and|or|the|per|as|into|under|over|"
                                    r"between|than|under|within|less|excluding|including)\s*$", re.I)


_PERCENT_PARENTHESIS = re.compile(r"\(\s*%\s*\)")  # a row's label saying its figures are percentages: 'EBIT (%)'


def _closes_its_heading(later: list[GridRow], in_body: set[int]) -> bool:
    """Does an unlabeled row end its heading's block: the table ends, or a heading (a row of no amounts) comes next?
    A row of amounts right after it ('Professional services', or another unlabeled sum) shows it a subtotal of some
    of the heading's rows (the first of several sums under a rule), never the heading's total."""
    return not later or id(later[0]) not in in_body


def _sums_to(parts: list[float], total: Figure) -> bool:
    """The printed parts add up to the printed total to its last printed digit (a table that foots as printed; one
    whose rounding leaves it a unit off is not told from a row of other figures, so it is not taken)."""
    printed = f"{abs(total.value) / (total.scale or 1.0):.6f}".rstrip("0").rstrip(".")
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    step = (total.scale or 1.0) * 10 ** -decimals
    return abs(sum(parts) - total.value) < 0.5 * step + 1e-9 * abs(total.value)


def _content_stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if w not in _NO_CONTENT}


def _finishes_a_wrapped_label(label: str, section: str, at: int, rows: list[GridRow], in_body: set[int],
                              label_edge: int) -> bool:
    """A row whose label goes on in lower case right under a line of words with no figures and no colon ('Loans, net
    of allowance for credit losses of $X and $Y' over 'at December 31, 2024 and December 31, 2023, respectively |
    <figures>') is that line's second half: one row printed over two lines, never a heading of the
    rows after it (each asset below was read as a part of the loans). Rows going on in lower case after it keep the
    heading ('Revenues' over 'product', 'services')."""
    if not section or not label[:1].islower() or at == 0 or id(rows[at - 1]) in in_body:
        return False
    above = " ".join(c.text for c in rows[at - 1].cells).strip(" |")
    if not above or above.endswith(":") or clean_label(above) != section:
        return False
    after = next((text for r in rows[at + 1:] if id(r) in in_body and (text := _label(r, label_edge))), "")
    return not after[:1].islower()


def _subtotal_within(label: str, section: str, later: list[GridRow], in_body: set[int], label_edge: int) -> bool:
    """'Revenues:' / 'East' / 'West' / 'Total Building business' / 'Specialty' / 'Total': a total row naming
    no word of its heading, followed by more rows of amounts and then the heading's own total (a bare 'Total'
    or one naming the heading) before any other heading, totals some rows inside the heading and does not
    close it: the rows after it are still the heading's ('Specialty' is a revenue). Any other total closes it."""
    if not section or _content_stems(label) & _content_stems(section):
        return False
    for row in later:
        if id(row) not in in_body:
            return False  # a heading (or a header) first: the heading's rows ended at the subtotal
        words = clean_label(_label(row, label_edge))
        if _TOTAL_START.match(words):
            rest = _content_stems(words)
            return not rest or bool(rest & _content_stems(section))
    return False


def _nil_cells_per_share(amounts: list[tuple[Column, Figure]], under_per_share: bool = False) -> None:
    """A dash in a row of per-share figures ('Discontinued operations | — | 0.02') is nil per share, not
    nil dollars: the row is one unit, and the rows under it stay per share. So is a row of dashes only right under
    a per-share row ('Continuing operations  $ 0.67' / 'Discontinued operations  —  —', its heading run into the
    first row's label on a flattened line): nil per share, never nil dollars."""
    units = {f.unit for _, f in amounts if f.value != 0}
    if units == {"USD/share"} or under_per_share and amounts and not units:
        for _, f in amounts:
            if f.value == 0 and f.unit == "USD":
                f.unit, f.scale = "USD/share", 1.0


_SUBJECT_METRIC = re.compile(r"^(?:net\s+)?(?:revenues?|sales|operating\s+(?:income|profit|loss|earnings)|"
                             r"segment\s+(?:income|profit|earnings)|gross\s+(?:profit|margin)|(?:net\s+)?income|"
                             r"(?:net\s+)?earnings|profit|(?:adjusted\s+)?ebitda)\b", re.I)
_NOT_A_SUBJECT = re.compile(r"\btotal\b|\bsegments?\b|\bconsolidated\b|\bcompany\b|thousands|millions|unaudited|"
                            r"\bexpenses?\b|\bcosts?\b|\bresults\b|\bother\s+information\b|\bper\s+share\b|revenues?|\bsales\b|"
                            r"growth|\brates?\b|income|margin|earnings|profit|ebitda", re.I)


_BY_SUBJECT = re.compile(r"^(?!total\b).{2,60}?\s+by\s+(?:reportable\s+|operating\s+|business\s+)?(?:segments?|regions?|"
                         r"geograph(?:y|ic\s+areas?)|products?|business(?:es)?|markets?|divisions?|brands?|"
                         r"channels?|countr(?:y|ies))\s*:?$", re.I)  # "Profit by Segment": the rows are its subjects


_SEGMENT_PREFIX = re.compile(r"^(?:reportable\s+|operating\s+|business\s+)?segments?\s+", re.I)
_BARE_PROFIT = re.compile(r"^(?:income|profit|earnings|loss)$", re.I)


def _segment_metric(section: str) -> str:
    """'Segment net sales:' over 'U.S.' / 'International': the metric each subject row under it prints
    ('Net sales'); 'Segment profit' is a metric of its own name. '' for any other heading."""
    prefix = _SEGMENT_PREFIX.match(section)
    rest = section[prefix.end():].strip(" :") if prefix else ""
    if not rest or not (m := _SUBJECT_METRIC.match(rest)) or m.end() != len(rest):
        return ""
    return section.strip(" :") if _BARE_PROFIT.match(rest) else rest[:1].upper() + rest[1:]


# "ANALYSIS OF REVENUES(2)", "Breakdown of net sales": a title naming the one metric every row of parts prints
_TITLE_OF_METRIC = re.compile(r"^(?:(?:analysis|breakdown|split)\s+of\s+(?:the\s+)?(.+?)|(.+?)\s+by\s+(?:(?:reportable|"
                              r"operating|business|geographic(?:al)?|end|product|customer|commodity)\s+)?(?:segments?|regions?|"
                              r"markets?|geograph(?:y|ies)|areas?|lines?|categor(?:y|ies)|types?|divisions?|units?|groups?|"
                              r"customers?|channels?|sectors?))\s*(?:\(\d{1,2}\))?$", re.I)


def _title_metric(caption: str) -> str:
    """The metric a table's title names as the one its rows are parts of ('Revenues' of 'ANALYSIS OF REVENUES', of
    'REVENUE BY SEGMENT', of 'Revenues by Geographic Region'), or ''."""
    m = _TITLE_OF_METRIC.match(_HEADING_MARKS.sub("", caption).strip())
    rest = (m.group(1) or m.group(2)).strip() if m else ""
    if not rest or not (metric := _SUBJECT_METRIC.match(rest)) or metric.end() != len(rest):
        return ""
    return rest[:1].upper() + rest[1:].lower()


# a row above the years that only names their span ('Three Months Ended September 30,' over '2025 | 2024'): the
# columns' period, no heading of the rows below it
_SPAN_OF_PERIOD = re.compile(r"^\W*(?:(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|\d{1,2})[\s-]+"
                             r"(?:months?|weeks?)|(?:fiscal\s+)?(?:quarters?|years?|periods?))\s+ended\b[^|]*$", re.I)


def _is_subject(section: str) -> bool:
    """A row heading of a segment table that names a segment, product or place ('Americas',
    'Professional Services'), not a heading of metrics ('Revenues:', 'Segment results')."""
    return bool(section) and len(section) < 60 and not _SUBJECT_METRIC.match(section) \
        and not _NOT_A_SUBJECT.search(section)  # the length first: a long heading is never searched


_GROSS_TOP = re.compile(r"^(?:total\s+)?(?:sales|revenues?)$", re.I)
_NET_TOP = re.compile(r"^(?:total\s+)?net\s+(?:sales|revenues?)$", re.I)


_PART_OF_ROW_ABOVE = re.compile(r"^(?:thereof|of\s+which)\b", re.I)


def _totals_of_their_heading(figures: list[Figure]) -> None:
    """A bare 'Total' row under a heading ('Operating Revenues:' / 'Electric' / 'Natural gas' / 'Total') is the
    heading's total, 'Total operating revenues', only when it adds up to the heading's rows; one that does not is
    the total of something larger (the table's), and keeps its bare name rather than state a wrong total of the
    heading. A heading of liabilities and equity is two things: its 'Total' is never named for both."""
    for f in figures:
        if not f.section or f.label.lower() != f"{f.section} total".lower() or not re.fullmatch(r"[A-Z]{3}", f.unit):
            continue  # money, in any currency ('€ million' over the columns)
        rows = [g for g in figures if g.section == f.section and g.period == f.period and g.line < f.line
                and g.unit == f.unit and g.label != f.label and g.column == f.column
                and not _PART_OF_ROW_ABOVE.match(g.label)]  # 'thereof for pensions': within the row above, no summand
        parts = [g.value for g in rows]
        if parts and not _adds_up(parts, f) and not _adds_up([g.value for g in rows if not _TOTAL_START.match(
                g.label.removeprefix(f.section).strip())], f):  # beyond rounding, with its subtotals or without them
            f.label = "Total"
        elif parts and not _TWO_THINGS.search(f.section):
            f.label = f"Total {f.section.lower()}"


def _table_total_below_a_heading(figures: list[Figure]) -> None:
    """A bare 'Total' printed under the table's last heading ('Purchase obligations:' over its rows, then 'Total') that
    its heading's rows do not add up to, while every row of the table above it does: the table's total, not the
    heading's. It keeps no heading, so "total purchase obligations" never reads the whole table's total. Only where
    every figure of the row is proven so (money, two rows or more outside the heading, each column adding up)."""
    by_line: dict[int, list[Figure]] = {}
    for f in figures:
        if f.section and BARE_TOTAL.fullmatch(f.label) and re.fullmatch(r"[A-Z]{3}", f.unit):
            by_line.setdefault(f.line, []).append(f)
    for line, totals in by_line.items():
        if len({f.section for f in totals}) != 1:
            continue
        proven = True
        for f in totals:
            above = [g for g in figures if g.line < line and g.period == f.period and g.column == f.column
                     and g.unit == f.unit and not _TOTAL_START.match(g.label) and not _PART_OF_ROW_ABOVE.match(g.label)]
            own = [g.value for g in above if g.section == f.section]
            others = {g.line for g in above if g.section != f.section}
            if not own or len(others) < 2 or _adds_up(own, f) or not _adds_up([g.value for g in above], f):
                proven = False
                break
        if proven:
            for f in totals:
                f.section = ""


def _parts_of_counts(figures: list[Figure]) -> None:
    """'IPTV', 'Satellite' right below 'Total retail subscribers' (a count) and adding up to it in every period:
    counts too, never money of the table's scale. Only rows printed unscaled, two or more, next to the count's row
    (above or below it); the sum is the evidence, as `parts_of_totals` takes it (knowledge/lookup.py)."""
    rows: dict[int, dict[tuple, Figure]] = {}
    for f in figures:
        rows.setdefault(f.line, {})[(f.period, f.column)] = f
    lines = sorted(rows)
    for at, line in enumerate(lines):
        total = rows[line]
        if not any(f.unit == "count" for f in total.values()):
            continue
        for step in (1, -1):
            run: list[int] = []
            k = at + step
            while 0 <= k < len(lines) and len(run) < 12:
                cells = rows[lines[k]]
                if not cells or any(f.unit != "USD" or f.scale != 1.0 or f.scale_stated for f in cells.values()) \
                        or set(cells) != set(total):
                    break
                run.append(lines[k])
                sums_up = all(abs(sum(rows[r][key].value for r in run) - t.value) < 0.5 for key, t in total.items())
                if len(run) >= 2 and sums_up:
                    for r in run:
                        for f in rows[r].values():
                            f.unit = "count"
                    return
                k += step


def _adds_up(parts: list[float], total: Figure) -> bool:
    """The parts sum to the total, within the rounding of each ('Total Building business' of some rows above a
    bare 'Total' is left out of its parts, or they count twice)."""
    return bool(parts) and abs(sum(parts) - total.value) <= max(len(parts) * total.scale, 0.005 * abs(total.value))


_TWO_THINGS = re.compile(r"\bliabilit\w*\b.*\b(?:and|&)\b|\b(?:and|&)\b.*\bequity\b", re.I)


def _reconciled_from(figures: list[Figure]) -> None:
    """'Earnings from operations' and, in the same reconciliation, 'Adjusted earnings from operations':
    the row the adjusted one is reconciled from is the figure as reported (GAAP), not an adjustment."""
    adjusted = {plain_label(f.label).lower() for f in figures if f.qualifier == "non-gaap"
                and plain_label(f.label).lower() != f.label.lower()}  # a row named so, not a non-GAAP column
    for f in figures:
        if f.qualifier == "reconciling" and f.table_class == "reconciliation" and \
                plain_label(f.label).lower() == f.label.lower() and f.label.lower() in adjusted:
            f.qualifier = ""


def _gross_before_net(figures: list[Figure]) -> None:
    """'Sales', then 'Excise taxes', then 'Net sales' in one table: the first is the gross amount the
    net top line is taken from, a part ('gross'), never the company's revenue beside it."""
    nets = {(f.period, f.qualifier) for f in figures if _NET_TOP.match(f.label)}
    if not nets:
        return
    first_net = min(f.line for f in figures if _NET_TOP.match(f.label))
    for f in figures:
        if f.line < first_net and _GROSS_TOP.match(f.label) and (f.period, f.qualifier) in nets:
            f.qualifier = "gross"


_CASH_FROM_OPERATIONS = re.compile(r"^cash\s+(?:generated|provided)\s+(?:by|from)\s+(?:operations|operating\s+activities)$", re.I)
_NET_CASH_FROM_OPERATIONS = re.compile(r"^net\s+cash\b.*\b(?:operations|operating\s+activities)$", re.I)


def _operating_cash_before_net(figures: list[Figure]) -> None:
    """'Cash generated from operations', then 'Interest paid' and 'Income taxes paid', then 'Net cash from
    operating activities' in one table (as IFRS statements print them): the first is a subtotal before
    interest and taxes paid, a part, never the operating cash flow beside the net one. Alone it is the metric."""
    nets = {f.period for f in figures if _NET_CASH_FROM_OPERATIONS.match(f.label)}
    if not nets:
        return
    first_net = min(f.line for f in figures if _NET_CASH_FROM_OPERATIONS.match(f.label))
    for f in figures:
        if f.line < first_net and _CASH_FROM_OPERATIONS.match(f.label) and f.period in nets and not f.qualifier:
            f.qualifier = "before interest and taxes paid"


# A scale note in parentheses ('($ thousands, except per share data)'), glued to a stub's span in one cell: no length
# of the span's own
_SCALE_NOTE = re.compile(r"\([^()]*\b(?:thousands?|millions?|billions?)\b[^()]*\)", re.I)


def _stub_span(headers: list[GridRow], label_edge: int) -> str:
    """A span printed in the row-heading cell of a column-heading row ('Years Ended', 'Three months
    ended'), which covers no value column of its own."""
    stubs = [c.text for r in headers for c in r.cells if c.end <= label_edge and len(_SCALE_NOTE.sub(" ", c.text)) < 60]
    spans = [t for t in stubs if DURATION_RE.search(t)]
    dates = [t for t in stubs if _MONTH_DAY.search(t) and not _YEAR_TOKEN.search(t)  # "March 31," over the years
             and t not in spans]  # ... unless the span's own ('Three months ended December 31,'): said once
    if len(spans) > 1 or len(dates) > 1:
        return ""
    return " ".join(spans + dates)


def _quantity_scale(title: str) -> bool:
    """Does the scale line of a table's heading name a quantity, not money ("(In millions of hectoliters)",
    "(thousands of barrels)")? The words are knowledge/vocabulary.toml's quantities (parsers/rows.py)."""
    flat = " ".join(title.split())  # "(In millions of" and "hectoliters)" may stand on two lines
    return any(COUNT_RE.match(flat, m.end()) for m in _SCALE_OF.finditer(flat))


_SCALE_OF = re.compile(r"\b(?:thousands|millions|billions)\s+of\s+", re.I)


def _as_quantities(figures: list[Figure]) -> None:
    """The amounts of a table of quantities are counts, as printed: never dollars in the scale's millions."""
    for f in figures:
        if f.unit == "USD":
            f.value, f.unit, f.scale = round(f.value / (f.scale or 1.0), 6), "count", 1.0


def _in_stated_currency(figures: list[Figure], table: GridTable) -> None:
    """A table whose own caption names its currency ("(in millions of US dollars)" in a Canadian release)
    holds amounts in that currency, whatever the release's statements are in (parsers/document.py
    keeps it). Only the line right above the table and its heading rows: the title reaches further up."""
    inside: list[str] = []
    by_column: dict[int, str] = {}  # 'NT$ | NT$ | US$' over the columns: each column's own currency
    for row in table.rows:
        if is_value_row(row):
            break
        inside.extend(c.text for c in row.cells)
        for c in row.cells:
            code = cell_currency(c.text)
            for vcol in ([c.vcol] if c.vcol is not None else range(c.start, c.end)) if code else ():
                by_column[vcol] = code
    currency = statement_currency(" ".join([table.lead, *inside]))
    if not currency and len(set(by_column.values())) == 1:
        currency = next(iter(by_column.values()))
    for f in figures:
        code = by_column.get(f.column, currency) if f.column is not None else currency
        if code and f.unit in ("USD", "USD/share"):
            f.unit = code if f.unit == "USD" else f"{code}/share"
            f.currency_stated = True


# a line below a table that only states its scale: "Amounts in thousands, except per share data.", "(In millions)"
_FOOTER_SCALE = re.compile(r"^\(?(?:all\s+)?(?:amounts|figures|dollars|\$)?\s*(?:are\s+)?(?:in|presented\s+in|expressed\s+in)\s+"
                           r"(?:thousands|millions|billions)(?:\s+of\s+[\w.\s]{2,20}?)?(?:,?\s+except\s+[\w\s-]{3,40})?\)?\.?$", re.I)


def _title(table: GridTable) -> str:
    """The table's own heading: the short lines right above it and the rows above its first
    figures (statement name, scale, '(Unaudited)', the column headings)."""
    inside: list[str] = []
    for row in table.rows:
        if is_value_row(row):
            break
        inside.extend(c.text for c in row.cells)
    return "  ".join([table.title] + inside)  # two spaces: _scale reads each line by itself



def _caption(heading: str) -> str:
    """The table's own name: the last heading line right above it that is no scale or audit note ('Net Interest
    Income' over '(dollars in thousands)'), not the lines before it."""
    lines = [line for line in heading.split("  ") if line.strip() and not SCALE_LINE.search(line)
             and not _UNAUDITED.search(line)]
    return lines[-1] if lines else ""


_OWNED_MONEY = re.compile(r"\b(?:profit|income|earnings|loss)\b", re.I)
_PER_SHARE_WORDS = re.compile(r"per\s+(?:\w+\s+){0,3}share|\bEPS\b|\bcents?\b|\bpence\b", re.I)


def _divisible_by_owner(label: str) -> bool:
    """Can an 'Attributable to:' heading under this row divide it among owners? Only a money row of profit or
    comprehensive income can; a per-share row ('Diluted earnings per share (cents)') never is, so the owners'
    and the minority's shares printed under it are of an amount the reader cannot name."""
    return bool(label) and bool(_OWNED_MONEY.search(label)) and not _PER_SHARE_WORDS.search(label)


def _attributed(text: str, subject: str) -> str:
    """'Attributable to' (a heading, or a row's label) under 'Profit for the period': 'Profit for the period attributable
    to ...', so the owners' share is read as theirs and the minority's as no net income; any other text as it is."""
    if subject and _BARE_ATTRIBUTION.match(text):
        return f"{subject} {text[:1].lower()}{text[1:]}"
    return text


# A quarter named by words relative to the release's own quarter, no year printed: 'Current quarter', 'This quarter'
# (the release's), 'Prior year quarter', 'Year-ago quarter', 'Same quarter last year' (a year before it), 'Prior
# quarter', 'Previous quarter' (the quarter before it)
_THIS_QUARTER = re.compile(r"^(?:the\s+)?(?:current|this)\s+quarter$", re.I)
_YEAR_AGO_QUARTER = re.compile(r"^(?:the\s+)?(?:(?:prior|previous|last)[\s-]+year(?:'s)?|year[\s-]+ago)\s+quarter$|"
                               r"^same\s+quarter\s+(?:of\s+)?(?:the\s+)?(?:prior|previous|last)\s+year$", re.I)
_SEQUENTIAL_QUARTER = re.compile(r"^(?:the\s+)?(?:prior|previous|preceding|sequential)\s+quarter$", re.I)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_RELATIVE_WORDS = re.compile(r"\b(?:(?:current|this|prior|last|previous)[\s-]+(?:year|period)|year[\s-]+ago|prior[\s-]+year"
                             r"[\s-]+period)\b", re.I)
# A year named only relative to the release's own, ending a heading ('Actual', 'Current year' | 'Prior year')
_RELATIVE_YEAR = re.compile(r"(?:^|(?<=\s))(?:(?P<this>actual|current(?:\s+(?:year|period))?|this\s+(?:year|period))|"
                            r"(?P<prior>prior(?:[\s-]+year)?(?:\s+period)?|(?:last|previous)\s+year|year[\s-]+ago))\s*$",
                            re.I)


def _quarter_named_by_words(header: str, lead: Period | None) -> Period | None:
    """The quarter a column heading names only relative to the release's own quarter ('Current quarter | Prior year
    quarter'): sure only in a quarter's release (its lead period three months) and a heading of those words alone
    (no year, no other word: 'Prior year' or 'Last year' may be any span). None otherwise."""
    words = " ".join(header.strip(" :*").split())
    if lead is None or lead.months != 3 or not words:
        return None
    if _THIS_QUARTER.match(words):
        return lead
    back = 12 if _YEAR_AGO_QUARTER.match(words) else 3 if _SEQUENTIAL_QUARTER.match(words) else 0
    if not back or lead.end != month_end(lead.end.year, lead.end.month):
        return None  # a quarter of weeks ('ended December 28'): where the quarter before it ended is not known
    year, month = divmod(lead.end.year * 12 + lead.end.month - 1 - back, 12)
    return Period(month_end(year, month + 1), 3)


def _no_years_after_the_release(bare: list[Column], lead: Period | None) -> None:
    """Flows headed by years alone ('2025 | 2024') in a release whose own period ends before one of those years does
    (a quarter's release): the years are not whole fiscal years (the current one has not ended), so neither is the
    other: each is some span of its year that the heading does not print. None of them is read (the year before's
    column was read as its whole year, though its figure is the same span's as the current column's)."""
    if lead is not None and any(c.period is not None and c.period.end > lead.end for c in bare):
        for c in bare:
            c.period = None


_SPAN_WORDS = re.compile(r"^(?:for\s+the\s+)?(?:three|six|nine|twelve|3|6|9|12)\s+months(?:\s+(?:ended|ending))?$", re.I)


def _span_to_the_releases_end(header: str, title: str, lead: Period | None, ytd: int | None,
                              fye: int = 12, fy_offset: int = 0) -> Period | None:
    """'Three Months Ended | 2025', 'Six Months Ended | 2024' where neither heading nor caption prints the month and
    day (a wire copy that dropped the 'June 30,' row): in a quarter's release the span of the release's own quarter or
    of its year to date ends on the release's quarter-end day, in the column's year (this year or one of the two
    before). A span of another length (twelve months in a quarter's release: trailing, or the year) is not known to
    end there, and is left unread; so is a heading of any other word. Of a company whose fiscal year is named by
    another year than the one its quarter ends in (the first quarter of fiscal 2026 ended June 30, 2025), a year alone
    may be the fiscal year's name or the calendar year's: which, the heading does not say, and it is left unread."""
    m = re.fullmatch(r"(.+?)\s+((?:19|20)\d\d)", " ".join(header.replace(",", " ").split()))
    if lead is None or lead.months != 3 or m is None or not _SPAN_WORDS.match(m.group(1)) or MONTH_DAY_RE.search(title):
        return None
    months, year = header_months(m.group(1), None), int(m.group(2))
    if months is None or months not in (3, ytd) or not lead.end.year - 2 <= year <= lead.end.year:
        return None
    if lead.end != month_end(lead.end.year, lead.end.month):
        return None  # a quarter of weeks ('ended June 28'): the day another year's ended is not known
    if lead.fiscal(fye, fy_offset)[0] != lead.end.year:
        return None
    return Period(month_end(year, lead.end.month), months)


def _year_pairs_beside_their_years(columns: dict[int, Column]) -> None:
    """A column headed by two years ('2023/2024', '2023-24') beside a column of the later year alone ('2024'): the
    difference of the year columns, never the fiscal year the pair would name on its own (it took the year's
    period and lost the real column's figures). No period: its cells are not read."""
    plain = {c.period for c in columns.values() if c.period is not None
             and not FISCAL_RANGE_RE.search(c.header.split("|")[-1])}
    for col in columns.values():
        if col.period in plain and FISCAL_RANGE_RE.search(col.header.split("|")[-1]):
            col.period = None


def _percents_before_amounts(columns: dict[int, Column]) -> None:
    """'% of Sales | December 31, 2024 | % of Sales | December 29, 2023': a percent-of-sales column printed before
    the first period's own column (none to its left) stands before each period's amounts: each is the period's to
    its right. Read as the period's to its left, each percent was the year before's."""
    order = sorted(columns)
    if order and columns[order[0]].kind == "percent_of_revenue":
        for n, v in enumerate(order):
            if columns[v].kind == "percent_of_revenue" and not columns[v].dated:
                after = next((columns[w] for w in order[n + 1:] if columns[w].kind == "amount"), None)
                columns[v].period = after.period if after is not None else None
    # '% of Sales | % of Sales' over two years given one period (the amount's to their right): neither is known
    periods = [c.period for c in columns.values() if c.kind == "percent_of_revenue" and c.period is not None]
    for col in columns.values():
        if col.kind == "percent_of_revenue" and col.period is not None and periods.count(col.period) > 1:
            col.period = None


def _is_title_row(row: GridRow, vcols: list[int]) -> bool:
    """One cell across the whole table ('ZENITH CORPORATION', '(In millions)'): a title, not a row heading."""
    return len(row.cells) == 1 and row.cells[0].start == 0 and row.cells[0].end > max(vcols)


_TITLE_BREAK = re.compile(r"(?<=\))\s+|\s{2,}")


# A caption run into the words before it when a copy dropped the line break between them ('Key figuresEUR
# million, or as indicated'): a currency code in capitals right after a lower-case letter, then a scale word
_GLUED_CAPTION = re.compile(rf"(?<=[a-z])(?=(?-i:{CURRENCY_CODES.upper()})\s*(?:thousands?|millions?|billions?|m|mn|bn)\b)")


def forget_titles() -> None:
    """Empty the caches of one document's table titles (their scales): called as a document's reading starts, so
    they stay small and never answer for a copy's titles read before (parsers/document.parse_text)."""
    _scale.cache_clear()


def stated_scale(text: str) -> float | None:
    """The scale a title or a row of a table states (1000.0 for '(in 000's)'), None when it states none: the one
    reading of a scale every grid builder (parsers/cell_tables.py's rows) asks."""
    return _scale(text)


@lru_cache(maxsize=1024)  # a title's scale is asked for by its rows' reader and again for a twin table's: by value
def _scale(title: str) -> float | None:
    """The scale a table's own heading states ('($ in millions, except per share data)'), or None."""
    title = _GLUED_CAPTION.sub(" ", title)
    short = [s for s in _TITLE_BREAK.split(title) if len(s) < 160]
    text = " ".join(s for s in short if SCALE_LINE.search(s))
    if not text:  # a unit cell, or a unit in parentheses after the period ('FY 2024 (\u20acm)')
        units = {UNIT_SCALES[m.group(1).lower()] for s in short for part in [s, *_PARENTHESIZED.findall(s)]
                 if (m := UNIT_CELL.match(part))}
        return units.pop() if len(units) == 1 else None
    lines = [s for s in short if _SCALE_CAPTION_LINE.match(s.strip())]
    if len({table_scale(s) for s in lines}) > 1:  # '(In thousands)' above the title, '(In millions)' under it:
        text = lines[-1]  # the caption line nearest the table is its own (the one above may close the table before)
    scale = table_scale(text[-300:])
    return 1e3 if scale == 1.0 and _THOUSANDS_ZEROS.search(text) else scale


_PARENTHESIZED = re.compile(r"\(([^()]{1,12})\)")
# a caption line that only states a scale ('(In thousands)', '(in millions, except per share data)')
_SCALE_CAPTION_LINE = re.compile(r"^\(\s*(?:\$|dollars|amounts)?\s*in\s+(?:thousands|millions|billions)\b[^()]*\)$", re.I)

# A caption stating that a table's amounts are in whole units of a currency: "(Expressed in United States
# Dollars)", "(in U.S. dollars, except share data)", "(In euros)" — never a caption with a scale word
# ("in thousands of U.S. dollars" is read by _scale), nor "(in dollars per share)".
_WHOLE_UNITS = re.compile(r"\(\s*(?:expressed\s+|amounts\s+(?:are\s+)?)?in\s+(?:(?:united\s+states|u\.\s?s\.|us|"
                          r"canadian|australian|new\s+zealand|hong\s+kong|singapore)\s+)?(?:dollars|euros?|pounds(?:\s+"
                          r"sterling)?|yen|swiss\s+francs|usd|cad|eur|gbp)\b(?![\s,]*(?:and\s+cents\s+)?per\b)", re.I)


def states_whole_units(title: str) -> bool:
    """Whether a table's heading states its amounts are whole currency units, with no scale anywhere in it."""
    return bool(_WHOLE_UNITS.search(title)) and not SCALE_LINE.search(title) and not _scale_units(title)


_PER_UNIT = re.compile(r"\((?:in\s+)?(?:u\.?s\.?\s+)?(?:dollars|\$)\s+per\s+(?!(?:common\s+|diluted\s+|basic\s+)?share)[a-z]",
                       re.I)


# A row naming the price of one unit sold: "Average selling price", "Average sales price of homes closed"
_UNIT_PRICE_ROW = re.compile(r"^\W*average\s+(?:selling|sales|sale|realized)\s+prices?\b", re.I)


# The caption of a table of operating statistics, not of a statement: 'OPERATING STATISTICS', 'Comparable Hotel
# Statistics', 'Selected Operating Data', 'Key Metrics', 'Store Count'
_STATISTICS_TITLE = re.compile(r"\b(?:statistics|statistical\s+(?:data|information)|operating\s+(?:data|metrics)|"
                               r"key\s+(?:operating\s+|performance\s+)?(?:metrics|indicators)|store\s+counts?)\b", re.I)
_CENTS_LABEL = re.compile(r"\(\s*(?:in\s+)?(?:cents|pence)\s*\)", re.I)  # 'TRASM (cents)'
_HUNDREDTHS = re.compile(r"\d\.\d\d\)?\s*$")  # '$210.43', '(2.55)'


def _statistics_table(title: str) -> bool:
    """A table captioned as operating statistics (_STATISTICS_TITLE) that states no scale of its own."""
    return bool(_STATISTICS_TITLE.search(title))


def _as_statistic(f: Figure, name: str, value: float, printed: str, marked: bool, label_scale: float | None) -> bool:
    """A money-unit figure of a table of operating statistics that states no scale of its own, set right; False:
    leave it unread. Such a table is no statement: the 'in thousands' of the statement above is not its scale.
    'RevPAR | $210.43' (cents printed) is whole dollars a unit, never $210,430; 'Average tractors | 18,420' (no
    currency mark, no money word) is a count, never $18.4 million; 'TRASM (cents) | 15.74' is unread (cents of a
    unit, not money of the table's scale). A row of money words or of whole dollars keeps the table's scale (the
    statement's rows repeated: 'Revenue | $1,148,200' in its thousands)."""
    if _CENTS_LABEL.search(name):
        return False
    if marked and _HUNDREDTHS.search(printed) and label_scale is None:
        f.value, f.scale = value, 1.0
    elif not marked and not names_money(name):
        f.unit, f.scale = "count", label_scale or 1.0
        f.value = round(value * f.scale, 6)
    return True


def _prices_per_unit(title: str) -> bool:
    """'(Dollars per ton)' heading a table of average selling prices: whole dollars, never the scale of the
    table before it ('in millions' above made $21.95 a ton $21.95 million)."""
    return bool(_PER_UNIT.search(title)) and not SCALE_LINE.search(title)


def _scale_units(title: str) -> bool:
    """A unit cell with a scale in the heading ('US$000', '€ million')."""
    short = [s for s in _TITLE_BREAK.split(title) if len(s) < 160]
    return any(UNIT_CELL.match(part) for s in short for part in [s, *_PARENTHESIZED.findall(s)])


# A heading cell that is only a currency and its scale ('€ million', '£m', "$'000", 'S$ Mil', 'RMB'Million',
# 'US$000', '$M', the rand's 'Rm' and "R'000"): the scale of the column under it, as '(in millions)' is of the table.
UNIT_CELL = re.compile(rf"^\W*(?:[A-Z]{{0,3}}[$\u20ac\u00a3\u00a5\u20b9]|(?-i:{CURRENCY_CODES.upper()})|Rs\.?|"
                       r"(?-i:R(?=['\u2019]?(?:000|m|mn|bn)\b)))\s*['\u2019]?\s*"
                       r"(000|m|mn|mil|million|millions|bn|billion|billions|k|thousand|thousands)['\u2019]?s?"
                       r"(?:\W|[\u00b9\u00b2\u00b3\u2070-\u2079])*$", re.I)  # a note's mark after it too
UNIT_SCALES = {"000": 1e3, "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6,
               "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9}


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")


def is_value_row(row: GridRow) -> bool:
    values = [c for c in row.cells if c.vcol is not None]
    if not values:
        return False
    first = min(c.start for c in values)
    if not all(YEAR_TEXT.match(c.text.strip()) for c in values):
        return True
    labels = [c.text for c in row.cells if c.vcol is None and c.start < first and _TWO_LETTERS.search(c.text)]
    if all(_UNIT_NOTE.search(t) or _PERIOD_STUB.search(t) for t in labels):
        return False  # "2022 | 2021", "($ in millions) | 2024", "For the year ended | 2019 | 2018": years
    return not _year_run([c.text for c in values])


_PERIOD_STUB = re.compile(r"\b(?:years?|months|weeks|quarters?|fiscal|ended|ending|as\s+(?:of|at)|at)\b|"
                          rf"\b(?:{MONTH_RE})\b", re.I)


def _year_run(texts: list[str]) -> bool:
    """'2019 | 2018 | 2017', '2017 | 2018 | 2019' or '2024 | 2023 | 2024 | 2023' beside a row heading
    ('SALES', 'Operating Results'): the column headings of a run of consecutive years, never a row of
    amounts."""
    years = {int(re.sub(r"\D", "", t)[:4]) for t in texts}
    return len(years) >= 2 and max(years) - min(years) == len(years) - 1


_UNIT_NOTE = re.compile(r"thousands?|millions?|billions?|\$\s*000|unaudited|^\W*in\s+\W|^\W*[$\u20ac\u00a3]\W*$|^\W*notes?\W*$|"
                        r"^\W*(?:[A-Z]{0,3}[$\u20ac\u00a3]|USD|EUR|GBP|RMB)\s*'?(?:m|mn|bn|k|000)\W*$", re.I)  # "USDm", "£m"


def _is_header_row(row: GridRow, label_edge: int) -> bool:
    """A row without figures whose cells stand over the value columns (a column heading), not a
    row heading in the label column."""
    return any(c.end > label_edge and c.start >= label_edge - 1 or c.start >= label_edge for c in row.cells) or \
        any(YEAR_TEXT.match(c.text.strip()) for c in row.cells)



_LETTER = re.compile(r"[A-Za-z]")


def _label(row: GridRow, label_edge: int) -> str:
    parts = [c.text for c in row.cells if c.vcol is None and c.start < label_edge and _LETTER.search(c.text)]
    if len(parts) > 1 and UNIT_CELL.match(parts[-1].strip()):
        parts.pop()  # '| Revenue | A$m | 642.8 |': the row's scale (GridReader._row), no word of its label
    elif len(parts) > 1 and _ROW_UNIT.match(parts[-1].strip()):
        parts[-1] = f"({parts[-1].strip()})"  # '| Diluted EPS | cents | 5.9 |': as a label says it, '(cents)'
    return " ".join(parts)


# a multiple's mark printed on a row ("Leverage ratio (x)") that the label read drops as a footnote letter: under a bank's
# capital heading a plain leverage ratio is a percentage (rows.row_kind), never one marked a multiple
_TIMES_MARK = re.compile(r"\(\s*(?:x|times)\s*\)", re.I)


# A row's unit printed in a column of its own between its label and its figures (a 'Unit' column: 'A$m', 'cents',
# '€'): no word of the label. A currency's scale is the row's; another unit is said as the label would say it.
_ROW_UNIT = re.compile(r"^(?:cents?|pence|p|times|x|bps|days|[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|(?-i:[A-Z]{3}))$", re.I)


def _row_unit_scale(row: GridRow) -> float | None:
    """The scale a row's own unit cell states ('| Revenue | A$m | 642.8 |': millions), whatever the table's."""
    words = [c.text.strip() for c in row.cells if c.vcol is None and (_LETTER.search(c.text) or UNIT_CELL.match(c.text))]
    m = UNIT_CELL.match(words[-1]) if len(words) > 1 else None  # '$000' too, a unit cell of no letter
    return UNIT_SCALES[m.group(1).lower()] if m else None


def value_columns(table: GridTable, body: list[GridRow] | None = None) -> list[int]:
    """The table's value columns, each named by its first grid column. The digits of one column sit
    in cells whose spans overlap from row to row ('$' in a cell of its own in some rows, a
    two-column cell in others), so overlapping spans are one column; every numeric cell's vcol is
    set to its column's name."""
    rows = body if body is not None else [r for r in table.rows if is_value_row(r)]  # `body`: those rows, when known
    cells = [c for r in rows for c in r.cells if c.vcol is not None]
    spans: list[list[int]] = []
    for a, b in sorted({(c.vcol, c.vend or c.vcol + 1) for c in cells}):
        if spans and a < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    starts = [s for s, _ in spans]
    span_of = {col: (s, e) for s, e in spans for col in range(s, e)}  # each grid column's value column
    for c in cells:
        c.vcol, c.vend = span_of[c.vcol]
    return starts


_WORD_OR_PERCENT = re.compile(r"\w|%")


def _header_text(headers: list[GridRow], vcol: int, vend: int, vcols: list[int]) -> str:
    """The header words over one value column, top to bottom, joined by '|'. A heading cell that
    covers no value column of its row (misaligned spans) goes to the nearest column to its right."""
    parts: list[str] = []
    rows = [[c for c in row.cells if _WORD_OR_PERCENT.search(c.text)] for row in headers]
    leaf = next((_heads(cells) for cells in reversed(rows) if _heads(cells)), [])
    # in order only where the columns are known: a row laid out without the marks, or a last heading row with one
    # head for each value column (the rows above it then span them in equal groups)
    narrow = len(leaf) == len(vcols) or any(_laid_out_without_marks(cells, vcols) for cells in rows)
    for cells in rows:
        in_order = _in_order(cells, vcol, vcols, narrow)
        if in_order is not None:
            parts.extend(c.text for c in in_order)
            continue
        over = [c for c in cells if c.start < vend and vcol < c.end and not (c.start == 0 and c.end <= vcol)]
        if not over:
            over = _nearest(cells, vcol, vcols)
        parts.extend(c.text for c in over)
    return " | ".join(parts)


def _crowded_columns(row: GridRow) -> set[int]:
    """Value columns in which one row prints two figures (a ragged row, its cells shifted): which figure is
    the column's is not known, so neither is read."""
    seen: set[int] = set()
    crowded: set[int] = set()
    for c in row.cells:
        if c.vcol is not None and parse_cell(c.text) is not None:
            (crowded if c.vcol in seen else seen).add(c.vcol)
    return crowded


_ENDED_SPAN = re.compile(r"\b(?:months?|weeks?|quarters?|years?)\s+(?:ended|ending)\b", re.I)


_YEAR_PART = re.compile(r"^(FY\s?'?|)((?:19|20)\d\d|\d\d)([1-9]?)$", re.I)


def _footnote_marked_years(texts: dict[int, str]) -> dict[int, str]:
    """'2017 | 20181 | 2019', 'FY19 | FY181': a column's year with its footnote mark glued on ('2018' and mark 1),
    read as the year where the other columns print years of the same form, one of them a year from it and none the
    year itself. A five-digit or 'FY' three-digit heading anywhere else is left as it is (no period read)."""
    parsed = {v: [_YEAR_PART.match(p.strip()) for p in t.split(" | ")] for v, t in texts.items()}
    plain = [(m.group(1).upper().replace(" ", ""), m.group(2)) for ms in parsed.values() for m in ms if m and not m.group(3)]
    out = dict(texts)
    for v, ms in parsed.items():
        parts = texts[v].split(" | ")
        for i, m in enumerate(ms):
            if not m or not m.group(3):
                continue
            form, year = m.group(1).upper().replace(" ", ""), m.group(2)
            same = {int(y) for f, y in plain if f == form and len(y) == len(year)}
            if int(year) not in same and {int(year) - 1, int(year) + 1} & same:
                parts[i] = m.group(1) + year
        out[v] = " | ".join(parts)
    return out


def _spans_over_year_groups(texts: dict[int, str], title: str) -> dict[int, str]:
    """'Three Months Ended December 31, Twelve Months Ended December 31,' printed as a line over a table
    headed only '2024 | 2023 | 2024 | 2023' (a copy that lost the spans' row): the k spans of that line,
    in order, over k equal groups of the same years. Anything less regular is left as it is."""
    vs = sorted(texts)
    if len(vs) < 4 or any(not YEAR_TEXT.match(texts[v].strip()) for v in vs):
        return texts
    for part in reversed(title.split("  ")):
        starts = [m.start() for m in DURATION_RE.finditer(part)]
        if len(starts) >= 2:
            break
    else:
        return texts
    phrases = [part[a:b].strip(" ,;|*") for a, b in zip(starts, starts[1:] + [len(part)])]
    size = len(vs) // len(phrases)
    if len(vs) % len(phrases) or part[:starts[0]].strip(" *").lower() not in ("", "for the") \
            or any(not _ENDED_SPAN.search(p) for p in phrases):
        return texts
    groups = [[texts[v].strip() for v in vs[i * size:(i + 1) * size]] for i in range(len(phrases))]
    if any(g != groups[0] for g in groups) or len(set(groups[0])) != size:
        return texts
    return {v: f"{phrases[i // size]} | {texts[v]}" for i, v in enumerate(vs)}


def _translation_columns(columns: dict[int, Column], texts: dict[int, str]) -> None:
    """'NIS in thousands | NIS in thousands | Convenience translation into U.S. dollars': where the headings name
    two currencies, the columns of the one most of them name are the statement's; the other's (a convenience
    translation of the same period) are no period of it: read as one, the period's figure is two figures."""
    named = {v: currencies_named(texts[v]) for v, c in columns.items() if c.period is not None}
    single = {v: next(iter(n)) for v, n in named.items() if len(n) == 1}
    if len(set(single.values())) < 2:
        return
    counts = {code: list(single.values()).count(code) for code in single.values()}
    top = max(counts.values())
    own = next(code for v, code in sorted(single.items()) if counts[code] == top)  # a tie: the first printed
    for v, code in single.items():
        if code != own:
            columns[v].period = None
            columns[v].kind = "translation"


_NOTES_HEAD = re.compile(r"^notes?$", re.I)
_NOTE_REF = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:\s*[,&]\s*\d{1,2}(?:\.\d{1,2})?[a-z]?)*$")


CENTS_CELL = re.compile(r"^(?:cents?|c|\u00a2|pence|p)$", re.I)
# A per-share row whose label prints its amounts in hundredths of the currency: "Diluted earnings per share (pence)",
# "Basic (RMB cents)", "Dividend per share (US cents)", "EPS in cents"
_IN_CENTS = re.compile(r"\((?:in\s+)?(?:[A-Z]{1,3}\$?\s*)?(?:cents|pence)\)|\b(?:US|RMB|HK|A|NZ|S)\$?\s+cents\b|"
                       r"\bin\s+(?:cents|pence)\b", re.I)
# A caption that prints the per-share amounts in hundredths of its currency: "(US$ million, except per share amounts
# which are in US cents)", "(in millions, except per share data in cents)", "(€m; earnings per share in euro cents)"
CAPTION_CENTS = re.compile(r"\b(?:per[\s-]share|EPS)\b[\w\s,'-]{0,40}?\b(?:in|are\s+in|expressed\s+in|stated\s+in)\s+"
                           r"(?:[A-Z]{1,3}\$?\s+|euro\s+|U\.S\.\s+)?(?:cents|pence)\b", re.I)
# a per-share row that says its own currency ('Diluted EPS (US$)', 'in dollars'): not in the caption's cents
_IN_CURRENCY = re.compile(r"\((?:in\s+)?(?:[A-Z]{1,3}\s?)?[$\u20ac\u00a3]\)|\bin\s+(?:U\.S\.\s+)?(?:dollars|euros?|pounds)\b", re.I)
# the currencies whose releases print a share's cents with a 'c' ('5.9c'); sterling prints its pence with a 'p'
_CENTS_WITH_C = frozenset({"AUD", "NZD", "ZAR"})
_PENCE_CELL = re.compile(r"^(\(?-?\d{1,4}(?:\.\d+)?\)?)\s?p$|^(\(?-?\d{1,4}\.\d+\)?)\s?c$")  # '24.8p', '(3.2p)', '5.9c'
_SIGN_CELL = re.compile(r"^\W*(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|%)\W*$")


def _unit_row(row: GridRow, label_edge: int) -> str | None:
    """A row inside a statement that only says the unit of the rows below ('| | | Cents | Cents |', '| | $ | $ |'):
    'cents', 'sign', or None for any other row. The columns above it go on (it heads no new ones)."""
    cells = [c.text.strip() for c in row.cells if c.start >= label_edge and c.text.strip()]
    if cells and all(CENTS_CELL.match(t) for t in cells):
        return "cents"  # under a heading of its own too ('| Earnings per share | pence | pence |')
    if not cells or any(c.start < label_edge and c.text.strip() for c in row.cells):
        return None
    return "sign" if all(_SIGN_CELL.match(t) for t in cells) else None


def _without_notes_column(table: GridTable) -> None:
    """A 'Notes' column ('| Provision for credit losses | 5 | 1,200 |'): its note numbers are no figures. Taken for
    figures they made a heading row ('Weighted average shares outstanding: | 7') a row of values, and the
    'Basic' and 'Diluted' under it lost their heading (a bare 'Diluted | 13,577' is no metric)."""
    heads = [c for r in table.rows[:6] if not is_value_row(r) for c in r.cells if _NOTES_HEAD.match(c.text.strip())]
    if len(heads) != 1 or heads[0].start == 0:
        return
    at = heads[0]
    for row in table.rows:
        row.cells = [c for c in row.cells if not (at.start <= c.start and c.end <= at.end
                                                  and (c is at or _NOTE_REF.match(c.text.strip())))]


def _years_side_by_side(headers: list[GridRow], vcol: int, vend: int) -> bool:
    """Two years printed side by side in one heading row over one value column ('2025 | 2024' over a
    column that ragged rows merged from two): the column is two periods' and no period can be read for it."""
    for row in headers:
        years = [c for c in row.cells if c.start < vend and vcol < c.end and c.start > 0 and YEAR_TEXT.match(c.text.strip())]
        if len({c.text.strip() for c in years}) > 1:
            return True
    return False


def _heads(cells: list[GridCell]) -> list[GridCell]:
    """A heading row's cells past the label column."""
    return [c for c in cells if c.start > 0 or c.end > 1]


def _laid_out_without_marks(cells: list[GridCell], vcols: list[int]) -> bool:
    """A heading row written without the body's currency-mark cells ('2024 | 2023 | 2024 | 2023' in the first four
    grid columns over '$ | 2,105 | $ | 8,940 | ...'): one head per value column, the row ending before the middle
    value column, and a head standing over no value column (over a '$' or empty column). Only such a row shows the
    headings are out of place; a row whose heads each stand over a value column ('Q4 2024' over its figure, the
    change and percent columns right of them unheaded) is read by place, its extra columns left unheaded."""
    heads = _heads(cells)
    if not heads or len(heads) != len(vcols) or len(vcols) < 2 or max(c.end for c in heads) > vcols[len(vcols) // 2]:
        return False
    return any(not any(c.start <= v < c.end for v in vcols) for c in heads)


def _in_order(cells: list[GridCell], vcol: int, vcols: list[int], narrow: bool) -> list[GridCell] | None:
    """A heading row narrower than the body: its cells end before the middle value column starts (a year row of
    four cells over rows of eight, '$' and figure each in a cell of its own, no colspan). Placed by grid column
    it heads the wrong figures (the first year over the second figure) and none of the last. In a table one of
    whose heading rows was laid out without the body's currency marks, or whose last heading row has a head for each
    value column (`narrow`), a row whose cells divide the value columns evenly heads them in order (four years over
    four figures, two spans over two each). Elsewhere a row whose heads each stand over a value column is read by
    place (None: 'Q4 2024' over its figure, the change columns right of it unheaded), as is one whose heads all stand
    beside the figures (over the '$' columns: each the nearest figure's); one cell heads all of them (a title over
    the table); a row some of whose heads stand over figures and some beside them, one of them so heading no figure,
    heads none (`[]`: '2024 | 2023' in the first two grid columns over '$ | 100 | $ | 90 | 10 | 11%', the second year
    over the first figure, the first over none)."""
    heads = _heads(cells)
    if not heads or len(vcols) < 2 or max(c.end for c in heads) > vcols[len(vcols) // 2]:
        return None  # a row reaching the middle value column is read by place (a '% Change' heading misplaced)
    if narrow and not len(vcols) % len(heads):
        return [heads[vcols.index(vcol) // (len(vcols) // len(heads))]]
    over = [any(c.start <= v < c.end for v in vcols) for c in heads]
    if all(over):
        return None
    if len(heads) == 1:
        return heads
    return [] if any(over) and _orphan_head(heads, vcols) else None


def _orphan_head(heads: list[GridCell], vcols: list[int]) -> bool:
    """Whether placing a heading row's cells by place leaves one of them heading no value column: the row is shifted
    against the figures ('2024' over the '$' before the first figure, '2023' over the first figure itself), so which
    heading is whose is not known. A row each of whose cells heads some column ('2024' over its figure, '2023' over
    the '$' before the next) is read by place."""
    used: set[int] = set()
    for v in vcols:
        over = [c for c in heads if c.start <= v < c.end]
        used.update(id(c) for c in (over or _nearest(heads, v, vcols)))
    return any(id(c) not in used for c in heads)


def _nearest(cells: list[GridCell], vcol: int, vcols: list[int]) -> list[GridCell]:
    """For a heading row whose cells miss this column: when it has one cell per value column, the
    one in the same place; else the closest heading cell to the left that covers no other column."""
    heads = [c for c in cells if c.start > 0 or c.end > 1]
    if len(heads) == len(vcols):
        return [heads[vcols.index(vcol)]]
    left = [c for c in heads if c.start <= vcol]
    if not left:
        return []
    best = max(left, key=lambda c: c.start)
    covers_other = any(best.start <= v < best.end for v in vcols if v != vcol)
    return [] if covers_other else [best]


# 'Cash at end of period', 'Allowance for credit losses, end of period', 'Balance - beginning of year'
_AT = r"(?:\bat\s+|[,\-\u2013\u2014]\s*|^\W*)(?:the\s+)?"
END_OF_PERIOD = re.compile(_AT + r"end\s+of\s+(?:the\s+)?(?:period|year|quarter|fiscal\s+year)\b", re.I)
START_OF_PERIOD = re.compile(_AT + r"beginning\s+of\s+(?:the\s+)?(?:period|year|quarter|fiscal\s+year)\b", re.I)


def _row_period(label: str, period: Period | None, yearly: bool = False) -> Period | None:
    """'Cash ... at end of period' in a cash-flow column is a balance at the column's end date; 'at
    beginning of period' the balance at the end of the period before the column's span (the header does
    not print that date: it is the close of the month before the span's first). Under a date, not a span,
    the date an opening balance stands at is not known — unless the columns are dates a year apart each
    (`yearly`: 'As of December 31, | 2019 | 2018' over a roll-forward), where each column rolls one year
    forward and its opening is the close of the year before; never an opening of a quarter."""
    if period is None:
        return None
    if START_OF_PERIOD.search(label):
        if period.is_instant:
            return period.shifted_years(-1) if yearly and not _QUARTER_OPENING.search(label) else None
        start = period.start
        return Period(start - timedelta(days=1), 0) if start else None
    if END_OF_PERIOD.search(label) or ending_balance(label):
        return Period(period.end, 0)
    return period


# A row heading that is only the scale of the share counts below it ('Million shares', 'Thousands of shares'): the scale
# word singular or plural, then 'shares', nothing else in the row
_SHARE_HEADING = re.compile(r"^\W*(thousand|million|billion)s?\s+(?:of\s+)?shares\W*$", re.I)


def _share_heading_scale(text: str) -> float | None:
    """The scale a row heading of share counts states ('| Million shares | | |' over 'Weighted average number of
    shares | 74.0 | 73.1'), or None."""
    m = _SHARE_HEADING.match(" ".join(text.split()))
    return UNIT_SCALES[m.group(1).lower()] if m else None


_QUARTER_OPENING = re.compile(r"beginning\s+of\s+(?:the\s+)?quarter\b", re.I)


def _yearly_instants(columns: dict[int, Column]) -> bool:
    """A table's columns of amounts are dates one year apart each, on one month's end, two at least ('December 31, 2019
    | December 31, 2018'), and no column is a span: a roll-forward of those years, each column one year's."""
    ends = sorted({c.period.end for c in columns.values() if c.period is not None and c.kind == "amount"})
    if len(ends) < 2 or any(c.period is not None and not c.period.is_instant for c in columns.values()):
        return False
    return all(Period(b, 0).shifted_years(-1).end == a for a, b in zip(ends, ends[1:]))


_PERCENT_UNIT_CELL = re.compile(r"\|\s*%\s*$")  # a column whose unit cell under its heading is '%'
# a change signed by its effect ('% B/(W)', 'Fav/(Unfav)'): better is up for a revenue and down for a cost
_EFFECT_SIGNED = re.compile(r"\b(?:b|better|f|fav|favou?rable)\.?\s*/\s*\(?\s*(?:w|worse|u|unfav|unfavou?rable)\b", re.I)
# a column whose heading ends in a count's word ('2019 | Number', '2019 NUMBER', 'No.'): its figures are counts
_COUNT_UNIT_CELL = re.compile(r"(?:\||\b(?:19|20)\d\d)\s*(?:number|no\.?)\s*$", re.I)
_DIGIT = re.compile(r"\d")


def _is_percent(text: str) -> bool:
    """'64%', '(3%)', '(3)%': a percentage, whatever side its parenthesis closes on."""
    return "%" in text


_YEAR_TOKEN = re.compile(r"\b(?:19|20)\d\d\b")


def _has_year(text: str) -> bool:
    return bool(_YEAR_TOKEN.search(text))


def _numeric_rows(table: GridTable) -> int:
    return sum(1 for r in table.rows if is_value_row(r))


def _no_instants_among_spans(columns: dict[int, Column], instant: re.Pattern | None = None) -> None:
    """A column of an income or cash-flow statement read as a date while its neighbours are spans
    lost its span in a header not understood (its month-day ran into another heading): not read. In
    another table (a reconciliation, a segment table) only a bare date is suspect: a column headed 'As of
    ...' (`instant`) is a balance beside the flows."""
    periods = [c.period for c in columns.values() if c.kind == "amount" and c.period is not None]
    if any(p.months for p in periods):
        for col in columns.values():
            if col.kind == "amount" and col.period is not None and not col.period.months \
                    and not (instant and instant.search(col.header)):
                col.period = None


_INSTANT_HEADING = re.compile(r"\b(?:as\s+(?:of|at)|at|balances?|end\s+of|outstanding|ending)\b", re.I)


_INCOME_ROW = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:revenues?|sales)$|^net\s+(?:income|earnings|loss)\b", re.I)


def _selected_data(table: GridTable, label_edge: int) -> bool:
    """A table of the year's results beside its balances ('Net income' rows and 'Total assets' rows, at the
    end of the period and on average): no balance sheet, whose bare years are not read as a statement's."""
    return any(_INCOME_ROW.match(clean_label(_label(r, label_edge))) for r in table.rows if is_value_row(r))


def _years_in_a_row(texts: dict[int, str]) -> bool:
    """Three or more columns headed by bare consecutive years ('2019 | 2018 | 2017 | 2016 | 2015'): an annual
    report's selected financial data, each column a fiscal year whether its row is a flow or a balance (a
    balance at the year's end, as a balance sheet of bare years is read), never a quarter's. A label printed
    twice in it is read only where its headings tell the two rows apart (_repeats_told_apart)."""
    years = [y for t in texts.values() for y in (p.strip() for p in t.split("|")) if re.fullmatch(r"(?:19|20)\d\d", y)]
    return len(years) >= 3 and len(years) == len(texts) and _year_run(years)


def _labels_once(table: GridTable, label_edge: int) -> bool:
    """No row label printed twice: a label printed again under another heading ('Total assets' at period end
    and under 'Selected average balances') is told apart only by its heading, which the years do not say."""
    labels = [clean_label(_label(r, label_edge)).lower() for r in table.rows if is_value_row(r)]
    labels = [l for l in labels if l]
    return len(labels) == len(set(labels))


def _repeats_told_apart(figures: list[Figure]) -> list[Figure]:
    """A table of a year's results beside its balances that prints a label twice ('Total assets' under 'At
    period end' and again under 'Average balances'; 'Net income' under 'GAAP' and under another heading): each
    row is read only where its heading made it another figure — the average a span, never the balance at the
    year's end (_balance_row); a non-GAAP figure its own basis. Two rows that still read as the same figure of
    the same period with different values are told apart by nothing the store keeps: both are left unread,
    never one taken for the other."""
    def key(f: Figure) -> tuple:
        return (f.label.lower(), f.period, f.unit, f.qualifier, f.segment, f.product)
    values: dict[tuple, set[float]] = {}
    for f in figures:
        values.setdefault(key(f), set()).add(f.value)
    return [f for f in figures if len(values[key(f)]) == 1]


# a heading marking its column forward ('Outlook', 'Prior Guidance', 'Anticipated Results', 'Estimated', 'Budget'):
# knowledge/vocabulary.toml's words (`forward_headings`, `guidance`)
_FORWARD_HEADING = re.compile(forward_heading_words(), re.I)


# a column heading of its own naming an outlook by a word a question asks for one with ('Target Allocations',
# 'Expected', 'Forecast'; vocabulary.toml `guidance`), whole words only: 'Plan Assets' is no plan's outlook
_OUTLOOK_COLUMN = re.compile(r"\b(?:" + "|".join(map(re.escape, VOCABULARY.get("language", {}).get("guidance", ())))
                             + r")\b" if VOCABULARY.get("language", {}).get("guidance") else r"(?!)", re.I)

# a heading marking its column a period's results, never its outlook ('Preliminary Results', 'Reported', 'Actual')
_ACTUAL_COLUMN = re.compile(r"\b(?:results?|actuals?|preliminary|reported)\b", re.I)
# a results column that stands for the period's actuals beside the guidance once given for it: only 'Preliminary
# (unaudited) results' or 'Actual'; 'Q4 2024 Results' beside guidance may be anything ('Anticipated Results' is not)
_ACTUALS_BESIDE_GUIDANCE = re.compile(r"\bpreliminary\s+(?:\(?unaudited\)?\s+)?results?\b|\bactuals?\b", re.I)


def _named_span(date_only: Period, words: str) -> Period | None:
    """The span of a rate under a column headed by a date alone when its label, section or heading names one: the
    twelve months to that date ('Return on average equity, trailing twelve months'), else the date itself, so the
    rate is never stored as the quarter's ('year to date', 'full year'); None when no span is named."""
    if _TWELVE_MONTHS_TO_DATE.search(words):
        return Period(date_only.end, 12)
    return date_only if _OTHER_SPAN_NAMED.search(words) else None


def _outlook_range(text: str, col: Column, period: Period, line: int, quote: str, name: str, section: str, scale: float,
                   shares: float | None) -> list[Figure]:
    """An outlook table's range ('Total revenue | $1,190 - $1,192 million', 'Non-GAAP EPS | $0.92 - $0.94'): its two
    ends, stored as the prose reader stores an outlook's range ('guidance low' and 'guidance high' on the label, the
    basis the label says kept), never one actual figure; a column of results ('Preliminary Results') is no outlook."""
    read = parse_range_cell(text)
    if read is None or (_ACTUAL_COLUMN.search(col.header) and not _FORWARD_HEADING.search(col.header)):
        return []  # 'Anticipated Results' is an outlook still
    low, high, stated, percent = read
    kind = row_kind(name, section)
    sign = "$" if "$" in text else ""
    out = []
    for end, value in (("low", low), ("high", high)):
        printed = f"{sign}{value:,}{'%' if percent else ''}"
        f = make_figure(name, section, value, stated or scale, period, line + 1, quote, col.vcol, printed, kind, shares)
        if implausible_per_share(f) or kind.rate and not percent or not plausible_rate(kind, value, printed):
            return []
        f.label, f.qualifier, f.table_class = f"{name} (guidance {end})", f"guidance {end}", "guidance"
        out.append(f)
    return out


def _shared_heading(texts: dict[int, str]) -> set[str]:
    """Heading lines that stand over every value column alike ('Pension' over '2019 | 2018 | 2017'): the
    table's subject, which tells no column from another, so it qualifies no column's year. A heading
    of a forward figure ('Target') is never shared away."""
    if len(texts) < 2:
        return set()
    parts = [{p.strip() for p in t.split("|")[:-1] if p.strip()} for t in texts.values()]
    common = set.intersection(*parts)
    return {p for p in common if not _FORWARD_HEADING.search(p)}


def _without_parts(header: str, parts: set[str]) -> str:
    return " | ".join(p for p in header.split("|") if p.strip() not in parts) if parts else header


_PERCENT_CELL = re.compile(r"%\W*$")


def _three_months_beside_the_year_to_date(columns: dict[int, Column], texts: dict[int, str], ytd: int | None,
                                         lead: Period | None) -> None:
    """'3M 2025 | 3M 2024 | 6M 2025 | 6M 2024': three months printed beside one longer span of their own year are
    the quarter that span ends with (a Q2 release's quarter), not the fiscal year's first quarter. Only where the
    release's period says its quarter ends that span (a Q2 release beside six months), or, the release's period
    unknown, every three months stand beside their year's span: a Q1 release's '3M 2025 | 3M 2024 | 12M 2024' is
    two first quarters beside the last full year, never a fourth quarter. Where the header counts months in more
    steps ('3M | 6M | 9M', a year cumulated quarter by quarter) each is from the year's start, as read."""
    tokens = {v: (int(m.group(1)), m.group(2)) for v, t in texts.items() if v in columns
              and (m := MONTHS_TOKEN_RE.search(" ".join(t.replace("|", " ").split())))}
    spans = {months for months, _ in tokens.values()}
    if 3 not in spans or len(spans) != 2:
        return
    longer = {year: columns[v].period for v, (months, year) in tokens.items() if months != 3 and columns[v].period}
    paired = all(year in longer for months, year in tokens.values() if months == 3)
    for v, (months, year) in tokens.items():
        if months == 3 and columns[v].period is not None and (span := longer.get(year)) is not None:
            said = _release_ends_the_span(span, ytd, lead)
            if said or (said is None and paired):
                columns[v].period = Period(span.end, 3)


def _release_ends_the_span(span: Period, ytd: int | None, lead: Period | None) -> bool | None:
    """Does the release's own period say its quarter is the last of `span` (a Q2 release's year to date is six
    months, a half-year release's period is the half)? None where the release states no period (an excerpt)."""
    if ytd:
        return span.months == ytd
    if lead is not None:
        return lead.months == span.months and lead.end.month == span.end.month
    return None


def _percent_twins(columns: dict[int, Column], table: GridTable) -> None:
    """'2019 | 2019' over an amount and its percentage ('$23,406 | 100%'): the column whose every figure
    is printed as a percent is the amount's share of something, never a second reading of the amount;
    it is not read, and the amount column keeps its year."""
    twins: dict[tuple, list[Column]] = {}
    for col in columns.values():
        if col.kind == "amount" and col.period is not None:
            twins.setdefault((col.period, col.basis), []).append(col)
    pairs = [cols for cols in twins.values() if len(cols) == 2]
    if not pairs:
        return  # no two amount columns of one period: no twin (the table's cells are not read for it)
    paired = {c.vcol for cols in pairs for c in cols}
    cells: dict[int, list[str]] = {}
    for row in table.rows:
        if is_value_row(row):
            for c in row.cells:
                if c.vcol in paired and parse_cell(c.text) is not None:
                    cells.setdefault(c.vcol, []).append(c.text)
    for cols in pairs:
        percents = [c for c in cols if cells.get(c.vcol) and all(_PERCENT_CELL.search(t) for t in cells[c.vcol])]
        if len(percents) == 1:
            percents[0].period = None


def stated_period(text: str, fye: int, ytd: int | None, fy_offset: int) -> Period | None:
    """The one period a table's heading or a row heading states, read from the line that names its only
    year; None when no year or two are named (a table whose period cannot be read stays unread)."""
    years = set(_YEAR_TOKEN.findall(text)) | {m.group(0) for m in _FY_SHORT.finditer(text)}
    if len(years) != 1:
        return None
    year = years.pop()
    line = next(s for s in _TITLE_BREAK.split(text) if year in s)
    words = _header_words(line)
    return column_period(words, words, fye, ytd, fy_offset) or bare_year_period(words, "", fye, fy_offset)


_FY_SHORT = re.compile(r"\bFY\s?'?\d\d\b(?!\d)")
# A column heading that is a period, or a period's part ('Three Months Ended', 'Q3', 'YTD'), never a class:
# a table of such headings whose periods were not understood stays unread. 'Less than 1 year' is a bucket.
_PERIOD_HEADING = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{MONTH_RE})\b|\bended\b|\bending\b|\bmonths?\b|\bweeks?\b|"
                             r"\bquarters?\b|\bqtr\b|\bQ[1-4]\b|\b[1-4]Q\b|\bfiscal\b|\bytd\b|\bto\s+date\b|\bFY\s?'?\d\d|"
                             r"\b(?:current|prior|previous|last|this|next)\s+year\b|^\W*years?\W*$", re.I)
_NOT_A_CLASS = re.compile(r"\b(?:low|high|range|mid-?point|change|variance|increase|decrease|growth|rates?|ratios?|yields?|"
                          r"dates?)\b|%|^(?!.*\d).*\byears?\b", re.I)  # 'Year Built', a rate: no amount of a class
_QUANTITY_SCALE = re.compile(r"\b(?:square\s+f(?:ee|oo)t|sq\.?\s*ft|ounces|oz|tonnes|tons|pounds|lbs|barrels|bbls?|boe|"
                             r"units|shares|customers|subscribers|employees)\b[^|]{0,20}\b(?:thousands|millions)\b", re.I)
_WHOLE = re.compile(r"^(?:total|group|consolidated|combined)\b", re.I)  # the company's own column


def _heading_columns(columns: dict[int, Column], texts: dict[int, str], title: str, table_class: str,
                     stated, caption: str = "") -> None:
    """Columns that are no periods ('Level 1 | Level 2 | Total', 'Americas | EMEA | Total', 'Carrying amount
    | Fair value', 'Total | Less than 1 year | 1-3 years'), or pairs of them under each period ('June 1, 2019'
    over 'Carrying Value | Fair Value'): each figure qualified by its column's own heading, at the period
    the heading above the column states, else the one period the table's heading states (its title, an
    upper heading row, or a row heading over the rows below). Only where the periods alone do not tell the
    columns apart (a table read by its periods stays as it was); a heading that is a period not understood
    (or a forecast, a range, a change, a basis) leaves the table unread."""
    amounts = [c for c in columns.values() if c.kind == "amount"]
    periods = [c.period for c in amounts if c.period is not None]
    if len(amounts) < 2 or (periods and len(set(periods)) == len(periods)) or any(c.basis for c in amounts) \
            or table_class == "guidance" or _FORWARD_HEADING.search(title):
        return
    if _QUANTITY_SCALE.search(title):
        return  # a count ('Square feet in thousands')
    shared = set.intersection(*({p.strip() for p in t.split("|") if p.strip()} for t in texts.values())) \
        if len(texts) > 1 else set()
    heading_dates = [p for p in shared if _PERIOD_HEADING.search(p)]
    # the heading over every column states their period ('Year Ended December 31, 2018' over 'Activision | Blizzard |
    # Total', a second block of a table that printed 2019's first): that, never the table's title (the first block's)
    whole_table = (stated(" | ".join(heading_dates)) if len(heading_dates) == 1 else None) \
        or stated(title) or _caption_period(caption, stated)
    own: dict[int, str] = {}
    found: dict[int, Period | None] = {}
    for c in amounts:
        parts = [p.strip() for p in texts[c.vcol].split("|") if p.strip() and p.strip() not in shared
                 and not UNIT_CELL.match(p.strip()) and not _UNIT_NOTE.search(p)]
        dates = [p for p in parts if _PERIOD_HEADING.search(p)]
        own[c.vcol] = " ".join(p for p in parts if p not in dates)
        found[c.vcol] = stated(" | ".join(dates)) if dates else whole_table
        if c.period is not None and dates and all(_YEAR_OF.fullmatch(d) and int(d) == c.period.end.year for d in dates):
            found[c.vcol] = c.period  # '2024' under a stub's 'Three months ended December 31,': the quarter read with it
        if dates and found[c.vcol] is None or c.period is not None and found[c.vcol] != c.period:
            return  # a period heading not understood, or 'Years ended ... 2019 and 2018' over every column
    if _whole_and_parent(amounts, own, found) or _whole_beside_maturities(amounts, own, found, title, stated, caption):
        return
    if _scale(title) is None and _caption_scale(caption) is None:
        return  # amounts of a class whose scale neither the table nor an excerpt's caption states
    if sum(1 for t in own.values() if _WHOLE.match(t)) > len(set(found.values())):
        return  # 'Group | Company': two columns of the whole, one of them the parent alone
    if any(not t or _PERIOD_HEADING.search(t) or _NOT_A_CLASS.search(t) or len(t) > 60 for t in own.values()) \
            or len({(found[v], t) for v, t in own.items()}) < len(amounts):
        return
    if any(not _nameable(t) for t in own.values() if not _WHOLE.match(t)):
        return  # 'Level 1': words a question drops ('level' is a stopword), so 'level 1 X' would find the total
    for c in amounts:
        c.subject, c.period = clean_label(own[c.vcol]), found[c.vcol]


def _caption_period(caption: str, stated: Callable[[str], Period | None]) -> Period | None:
    """The one period an excerpt's caption states ('The table below includes revenue for the fiscal year ended
    September 28, 2019 by segment (in thousands):'), where the table's own heading states none: its class columns
    are that period's. None for a caption of a forecast, or one naming no period or several."""
    return stated(caption) if caption and not _FORWARD_HEADING.search(caption) else None


def _caption_scale(caption: str) -> float | None:
    """The scale an excerpt's caption states, in its own words or in a note in parentheses at its end ('... revenue
    for the fiscal year ended September 28, 2019 disaggregated by segment (in thousands):'), however long it runs."""
    notes = re.findall(r"\([^()]{1,60}\)", caption)
    return _scale(caption) if _scale(caption) is not None or not notes else _scale(notes[-1])


_YEAR_OF = re.compile(r"(?:19|20)\d\d")  # a heading of a year alone
# a column of amounts falling due in a span of time: 'Less than 1 year', '1-3 years', 'More than 5 years', 'Thereafter'
_MATURITY = re.compile(r"^(?:(?:less\s+than|more\s+than|after|within|over|under|beyond|due\s+in)\s+)?(?:\d+|one|two|three|"
                       r"four|five)(?:\s*(?:-|\u2013|\u2014|to)\s*\d+)?\s+years?$|^thereafter$|^(?:due\s+)?(?:less|more)\s+"
                       r"than\s+(?:\d+|one|five)\s+years?$", re.I)


def _whole_beside_maturities(amounts: list[Column], own: dict[int, str], found: dict[int, Period | None], title: str,
                             stated, caption: str) -> bool:
    """'Total | Less than 1 year | 1-3 years | 3-5 years | More than 5 years' at one date: the buckets, which a
    question names in words it drops, are not read (chat/question.py says a part falling due is not given); the
    one 'Total' column is the company's figure at the date the heading states, or else an excerpt's caption
    ('our contractual obligations as of December 31, 2019 (in thousands):'), in the scale either states."""
    whole = [c for c in amounts if _WHOLE.match(own[c.vcol])]
    rest = [c for c in amounts if c not in whole]
    if len(whole) != 1 or not rest or not all(_MATURITY.match(" ".join(own[c.vcol].split())) for c in rest):
        return False
    period = found[whole[0].vcol] or _date_before_outlook(caption, stated)
    for c in rest:
        c.period = None
    if period is None or (_scale(title) is None and _caption_scale(caption) is None):
        whole[0].period = None
        return True
    whole[0].period, whole[0].subject, whole[0].printed = period, clean_label(own[whole[0].vcol]), True
    return True


def _date_before_outlook(caption: str, stated) -> Period | None:
    """The date a maturity table's caption states before any outlook words: 'our contractual obligations at March 31,
    2019, and the effect such obligations are expected to have on our liquidity (in millions):' — the words after the
    date say when the amounts fall due (the buckets, unread), the amounts are owed at that date. A date after the
    outlook words ('our expected obligations at December 31, 2025') is a forecast's: None."""
    if not caption:
        return None
    outlook = _FORWARD_HEADING.search(caption)
    head = caption[:outlook.start()] if outlook else caption
    return stated(head) if head.strip() else None


_WHOLE_OF_PARENT = re.compile(r"^(?:the\s+)?group$", re.I)
_CONSOLIDATED = re.compile(r"^(?:the\s+)?(?:consolidated|combined)$", re.I)
_PARENT_ALONE = re.compile(r"^(?:the\s+)?(?:company|parent(?:\s+company)?|unconsolidated|stand-?\s?alone)$", re.I)


def _whole_and_parent(amounts: list[Column], own: dict[int, str], found: dict[int, Period | None]) -> bool:
    """'Group | Company' over the same periods: the whole (the parent with its subsidiaries) and the parent alone,
    side by side. Each column is read as its heading's own ('Group', 'Company'), never as the company's figure: a
    question that drops the word naming the parent ('the Company') would otherwise get the whole's figure for the
    parent's. Each heading must print every period once."""
    heads = {own[c.vcol] for c in amounts}
    whole = [h for h in heads if _WHOLE_OF_PARENT.match(h)]
    parent = [h for h in heads if _PARENT_ALONE.match(h)]
    if len(heads) != 2 or len(whole) != 1 or len(parent) != 1 or any(found[c.vcol] is None for c in amounts):
        return False
    periods = {h: [found[c.vcol] for c in amounts if own[c.vcol] == h] for h in heads}
    if any(len(set(p)) != len(p) for p in periods.values()) or set(periods[whole[0]]) != set(periods[parent[0]]):
        return False
    for c in amounts:
        c.period, c.subject, c.own = found[c.vcol], clean_label(re.sub(r"^the\s+", "", own[c.vcol], flags=re.I)), True
    return True


def _parent_beside_consolidated(columns: dict[int, Column], texts: dict[int, str]) -> None:
    """'Consolidated | Unconsolidated' (or '| Company', '| Standalone') over the same years: the consolidated
    columns were read as the company's figures, which a question asking the parent's alone would be given (its
    'unconsolidated' is a word questions drop): neither heading's columns are read."""
    heads = {v: texts[v].split("|")[0].strip() for v, c in columns.items() if c.kind == "amount"}
    names = set(heads.values())
    if len(names) == 2 and any(_CONSOLIDATED.match(h) for h in names) and any(_PARENT_ALONE.match(h) for h in names):
        for v in heads:
            columns[v].period = None


@dataclass
class HeadingWords:
    """What the vocabulary knows of a column heading: the words questions drop, and the places. Set by
    parsers/document.py from the vocabulary (this module sits below the vocabulary's loader); until then
    no heading is nameable, so no class column is read."""

    stopwords: frozenset[str] = frozenset()
    place: re.Pattern | None = None

    def is_place(self, heading: str) -> bool:
        return bool(self.place and self.place.fullmatch(heading.strip()))


HEADING_WORDS = HeadingWords()


def _nameable(heading: str) -> bool:
    """A heading with a word of its own that a question keeps (not a stopword, not a number), or a place."""
    words = HEADING_WORDS
    return words.place is not None and (words.is_place(heading) or any(
        w not in words.stopwords for w in re.findall(r"[a-z]{2,}", heading.lower())))


def _of_column(f: Figure, subject: str) -> None:
    """A figure of a class column: the place ('Americas') or the segment, class or measure ('Level 2',
    'Fair value') its column names, never the company's total."""
    f.segment = subject
    if HEADING_WORDS.is_place(subject):
        f.geo = subject
    else:
        f.product = subject


_YEARS_COMPARED = re.compile(r"(?:19|20)\d\d\s*(?:vs\.?|versus|over|compared\s+(?:to|with))\s*(?:fy\s*)?(?:19|20)?\d\d\b", re.I)


# A column heading that is a month and its day alone, its year lost ('December 31,', 'As at March 31', '31 December'):
_YEARLESS_DATE = re.compile(rf"^\W*(?:(?:as\s+(?:of|at)|at)\s+)?(?:({MONTH_RE})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({MONTH_RE})\.?)\W*$",
                            re.I)
# A title's one date with the years of its columns: 'As of December 31, 2025 and 2024', 'As at 31 December 2025 and 2024'
_TITLE_DAY_YEARS = re.compile(rf"\b(?:as\s+(?:of|at)|at)\s+(?:({MONTH_RE})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({MONTH_RE})\.?),?\s+"
                              r"((?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)+)\b", re.I)
_BARE_YEAR_HEADING = re.compile(r"^\W*((?:19|20)\d\d)\W*$")
_MONTH_DAY_OR_DAY_MONTH = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+({MONTH_RE})\b", re.I)


def _month_and_day(m: re.Match, first: int = 1) -> tuple[int, int] | None:
    """(month, day) of a match printing 'Month day' in groups first, first + 1 or 'day Month' in the next two."""
    month = month_number(m.group(first) or m.group(first + 3) or "")
    return (month, int(m.group(first + 1) or m.group(first + 2))) if month else None


def _dated_balance_columns(columns: dict[int, Column], texts: dict[int, str], title: str, lead: Period | None) -> None:
    """A balance sheet's columns whose headings lost their dates or years, dated by what is printed around them:
    headings of bare years under a title naming one date ('(in thousands) | December 31, 2025' over '2025 | 2024'),
    empty headings under a title naming the day and the years in order ('As of December 31, 2025 and 2024'),
    or a month and day alone (_yearless_dates). Only when no amount column has a period."""
    amounts = sorted((c for c in columns.values() if c.kind == "amount"), key=lambda c: c.vcol)
    if not amounts or any(c.period is not None or c.basis for c in amounts):
        return
    heads = [texts[c.vcol].split("|")[-1].strip() for c in amounts]
    days = {d for m in _MONTH_DAY_OR_DAY_MONTH.finditer(title) if (d := _month_and_day(m))}
    if all(_BARE_YEAR_HEADING.match(h) for h in heads) and len(days) == 1:
        (month, day), = days
        _at(amounts, [(int(_BARE_YEAR_HEADING.match(h).group(1)), month, day) for h in heads])
    elif not any(heads) and (m := _TITLE_DAY_YEARS.search(title)) and (d := _month_and_day(m)):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(5))]
        if len(years) == len(amounts) and years == sorted(years, reverse=True):
            _at(amounts, [(y, *d) for y in years])
    else:
        _yearless_dates(amounts, heads, lead)


def _at(amounts: list[Column], dates: list[tuple[int, int, int]]) -> None:
    """Each column at its (year, month, day), unless one is no calendar date or two are the same."""
    try:
        when = [date(*d) for d in dates]
    except ValueError:
        return
    if len(set(when)) == len(when):
        for c, d in zip(amounts, when):
            c.period = Period(d, 0)


def _yearless_dates(amounts: list[Column], heads: list[str], lead: Period | None) -> None:
    """A balance sheet whose column headings lost their years ('December 31, | December 31,', 'March 31, |
    December 31,', '31 December'): the first column is the release's own reporting date when it names that month
    and day, each next column the latest such day before the column to its left (current first, as statements
    print them). Only when every amount column is headed so; a first column of another day than the release's,
    or any heading naming a year, leaves the table as it was (unread)."""
    days: list[tuple[int, int]] = []
    for head in heads:
        if _has_year(head) or not (m := _YEARLESS_DATE.match(head)) or (day := _month_and_day(m)) is None:
            return
        days.append(day)
    if lead is None or days[0] != (lead.end.month, lead.end.day):
        return
    dates = [lead.end]
    for month, day in days[1:]:
        try:
            when = date(dates[-1].year, month, day)
            dates.append(when if when < dates[-1] else date(dates[-1].year - 1, month, day))
        except ValueError:  # 'February 29,' of a year that has none: not understood
            return
    for c, when in zip(amounts, dates):
        c.period = Period(when, 0)


def _results_beside_guidance(columns: dict[int, Column]) -> None:
    """An outlook table that sets a period's results beside the guidance once given for it ('Q4 2024 Preliminary
    Results | Prior Q4 2024 Guidance'): the results column holds the period's actuals, read as such; the old guidance
    of the same period is no figure to keep (it would stand beside the actual as a second one), so it is unread.
    Only where a column of results and one of guidance name the same period: a results column alone keeps the
    table's outlook reading."""
    amounts = [c for c in columns.values() if c.kind == "amount" and c.period is not None]
    for col in amounts:
        if not _ACTUALS_BESIDE_GUIDANCE.search(col.header) or _FORWARD_HEADING.search(col.header):
            continue
        guided = [g for g in amounts if g is not col and g.period == col.period and _FORWARD_HEADING.search(g.header)
                  and not _ACTUAL_COLUMN.search(g.header)]
        if guided:
            col.actual = True
            for g in guided:
                g.period = None


def _unique_periods(columns: dict[int, Column]) -> dict[int, Column]:
    """Two amount columns of one header never carry the same period and basis: when they seem to,
    the header was not understood, and neither column is read. Nor is any other column of that basis: a run of
    periods printed twice is two groups of columns whose headings were not read ('Sensors' over 2025 | 2024 | 2023,
    'Valves' over 2025 | 2024), and a period printed once ('2023') is one group's, never the company's."""
    seen: dict[tuple, list[Column]] = {}
    for col in columns.values():
        if col.kind == "amount" and col.period is not None:
            seen.setdefault((col.period, col.basis, col.subject), []).append(col)
    repeated = {(basis, subject) for (_, basis, subject), cols in seen.items() if len(cols) > 1}
    for (_, basis, subject), cols in seen.items():
        if (basis, subject) in repeated:
            for col in cols:
                col.period = None
    return columns


# A statement's caption line that names a legal entity: "HALVERN MIDSTREAM OPERATING LLC", "Acme Bank, N.A. and
# Subsidiaries" (its form last, "and subsidiaries" after it)
_ENTITY_CAPTION = re.compile(r"^\s*([A-Z][\w&.,'\u2019-]*(?:\s+[\w&.,'\u2019-]+){0,7}?),?\s+(LLC|L\.L\.C\.|L\.?P\.|INC\.?|"
                             r"INCORPORATED|CORP\.?|CORPORATION|LTD\.?|LIMITED|PLC|BANK|N\.A\.|S\.A\.|AG|GMBH|N\.V\.)"
                             r"(?:\s+(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?subsidiar(?:y|ies))?\s*$", re.I)
_FORM_WORDS = frozenset("inc incorporated corp corporation co company ltd limited plc llc l p lp n a s v ag gmbh the and "
                        "of".split())


def _entity_words(line: str) -> frozenset[str] | None:
    """The name words of a caption line that names a legal entity (its form left out), None for any other line."""
    m = _ENTITY_CAPTION.match(line)
    if not m:
        return None
    return frozenset(w for w in name_words(m.group(1)) if w not in _FORM_WORDS)


def other_entities(groups: list[list[Figure]], titles: list[str], issuer: str | None) -> None:
    """A release that prints the statements of two entities (a partnership and its operating subsidiary, a holding
    company and its bank): where one table's caption names the issuer and another's names a legal entity with words
    the issuer's name lacks, that other table's figures are that entity's, never the issuer's (they were answered
    as its balance sheet). Where no caption names the issuer, nothing tells a subsidiary from a name read short."""
    own = frozenset(w for w in name_words(issuer or "") if w not in _FORM_WORDS)  # "Int'l" is "International"
    if not own:
        return
    named = [[(line.strip(), words) for line in title.split("  ") if (words := _entity_words(line))]
             for title in titles]
    if not any(words <= own for entities in named for _, words in entities):
        return
    for figures, entities in zip(groups, named):
        other = next((line for line, words in entities if not words <= own), None)
        if other and not any(words <= own for _, words in entities):
            for f in figures:
                f.segment = f.segment or other
                f.product = f.product or other



# A caption that names the whole or a statement, a kind of table, a span or a scale: never one part of the business
_NO_PART_HEADING = re.compile(r"statements?|balance|sheets?|results|highlights|financial|consolidated|combined|summary|"
                              r"selected|key|data|information|reconciliation|gaap|ifrs|outlook|guidance|tables?|figures|"
                              r"metrics|measures|supplemental|schedule|per\s+share|quarters?|years?|months|unaudited|"
                              r"total|company|group|corporate|segments|overview|analysis|operations|continued|notes?|"
                              r"\d", re.I)
_HEADING_MARKS = re.compile(r"^[*_#\s]+|[*_\s:]+$")
# A title naming one part followed by a report word ('Industrial Segment Results', 'Retail Division Performance'):
# the report of that part. A kind of segment ('Reportable', 'Operating', 'Business') names no part.
_PART_REPORT_TITLE = re.compile(r"^(?P<part>(?!(?:reportable|operating|business|total|consolidated|all|our)\s)"
                                r"[A-Za-z&][\w&.'-]*(?:\s+[A-Za-z&][\w&.'-]*){0,3}\s+(?:segment|division))"
                                r"\s+(?:results|performance|highlights|data|information)$", re.I)
# A heading that names a basis ('Pro Forma', 'As Adjusted', 'Restated', 'Organic'): knowledge/vocabulary.toml's words
_BASIS_HEADING = re.compile(r"(?<![\w-])(?:" + basis_heading_words() + r")(?![\w-])", re.I)
_STATEMENTS = ("income", "balance", "cash_flow")


def _part_heading(caption: str, issuer_words: frozenset[str]) -> str:
    """A caption that may name one part of the business ('**Commercial Segment**', 'Metals service centers'): short,
    no statement's or table's title, no span, no metric's name, not the issuer's name; '' for any other."""
    text = _HEADING_MARKS.sub("", caption).strip()
    if reported := _PART_REPORT_TITLE.match(text):
        text = reported.group("part")  # 'Industrial Segment Results': the report of the part 'Industrial Segment'
    words = name_words(text)
    if not 1 <= len(words) <= 5 or _NO_PART_HEADING.search(text) or SCALE_LINE.search(text) or not text[:1].isupper():
        return ""
    if _BASIS_HEADING.search(text):
        return ""  # 'Pro Forma', 'Restated': a basis of the whole, never a part of the business
    if row_key(text) != " ".join(text.lower().split()).strip(" :"):
        return ""  # 'Revenue', 'Net income': a metric's name, over its parts
    name = frozenset(w for w in words if w not in _FORM_WORDS)
    if not name or name <= issuer_words or (issuer_words and issuer_words <= name):
        return ""  # the issuer's own name, read short or whole
    return text


def headed_parts(groups: list[list[Figure]], captions: list[str], issuer: str | None) -> None:
    """A table right under a heading that names one part of the business ('Commercial Segment' over '(in thousands)'
    over Revenue and Operating income rows) is that part's: where the table prints rows the company's statements
    print for the same periods, every one with another value, its rows are the part's figures, never the company's
    (they were its second, conflicting figure, and the question naming the part found none). A table that repeats
    one statement figure as printed is the company's, whatever its heading. A heading that names a basis ('Pro
    Forma', 'Restated') is no part: its figures of other values are of that basis."""
    own = frozenset(w for w in name_words(issuer or "") if w not in _FORM_WORDS)  # "Int'l" is "International"
    stated: dict[tuple, list[tuple[int, float]]] = {}
    for n, figures in enumerate(groups):
        for f in figures:
            if f.table_class in _STATEMENTS and not f.segment and not f.qualifier:
                stated.setdefault((row_key(f.label), f.period, f.unit), []).append((n, f.value))
    for n, (figures, caption) in enumerate(zip(groups, captions)):
        part, basis = _part_heading(caption, own), _basis_heading(caption)
        if not (part or basis) or any(f.segment for f in figures):
            continue
        matched = [[v for m, v in stated.get((row_key(f.label), f.period, f.unit), []) if m != n] for f in figures]
        pairs = [(f, values) for f, values in zip(figures, matched) if values]
        if not pairs or any(abs(v - f.value) <= max(abs(v), 1.0) * 0.002 for f, values in pairs for v in values):
            continue
        for f in figures:
            if part:
                f.segment = f.product = part
            elif not f.qualifier:
                f.qualifier = basis  # 'Restated', 'Organic' over other values: that basis's figures, never the plain


def _basis_heading(caption: str) -> str:
    """The basis a short heading names ('**Restated**', 'Like-for-like', 'Comparable Basis'), lower-cased; ''."""
    text = _HEADING_MARKS.sub("", caption).strip()
    if not 1 <= len(name_words(text)) <= 5 or SCALE_LINE.search(text) or not (m := _BASIS_HEADING.search(text)):
        return ""
    return " ".join((m.group("earnings") or m.group(0)).lower().split())  # 'Core Earnings': the basis is 'core'
