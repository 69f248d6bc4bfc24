"""Fixed-width tables of plain-text releases made into grids (parsers/html.py's GridTable): the
columns found by position under a line of years, the header phrases over each column, one row a
line. parsers/grid_tables.py reads them as it reads every other table."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from parsers.columns import MONTH_SHORT_YEAR_RE, SHORT_YEAR_DATE_RE
from parsers.grid_tables import CENTS_CELL, CHANGE_HEADER, PERCENT_HEADING, UNIT_CELL
from parsers.grid_transposed import transposed
from parsers.html import GridCell, GridRow, GridTable, heading_lines
from parsers.model import Figure
from parsers.rows import clean_label, is_section_heading
from parsers.scan import Leads, matches_at

# r"(?:\b(?:Q[1-4]|[1-4]Q|YTD|FY)\s?'?(?:(?:19|20)\d\d|\d\d)\b)|\b(?:19|20)\d\d\b" (case-insensitive; no
# letter of it has a partner outside ASCII), written to start with the character class of its first
# character, which the regex engine skips to instead of trying the alternation at every character:
# the same matches (a test checks), several times faster. The \b before that character becomes
# "(?<!\w.)" after it.
_RANGE_END = r"(?:[-/\u2013](?:19|20)?\d\d\b(?![-/.]\d))?"  # "2023-24", "FY2024/25": a fiscal year over two years
PERIOD_TOKEN = re.compile(r"[1-4QqYyFfHh](?<!\w[1-4QqYyFfHh])"  # "Q3 2024", "3Q24", "YTD 2024", "FY24", "H1 2024-25"
                          r"(?:(?:(?<=[Qq])[1-4]|(?<=[1-4])[Qq]|(?<=[Yy])[Tt][Dd]|(?<=[Ff])[Yy]|(?<=[Hh])[12]|(?<=[12])[Hh])"
                          r"(?:\s|(?<=[Qq][1-4])[/-])?'?(?:(?:19|20)\d\d|\d\d)\b"
                          rf"{_RANGE_END}|(?<=1)9\d\d\b{_RANGE_END}|(?<=2)0\d\d\b{_RANGE_END})")
DURATION_WORD = re.compile(r"months|weeks|year|quarter|ended", re.I)
# r"(?:19|20)\d\d|Q[1-4]|[1-4]Q" (case-insensitive), written to start with the character class of its
# first character, which the regex engine skips to instead of trying the alternation at every
# character of every line: the same matches, three times faster.
YEARISH = re.compile(r"[1-4Qq](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=[Qq])[1-4]|(?<=[1-4])[Qq])")
OTHER_HEADER_WORDS = {"%", "change", "percent", "increase", "(decrease)", "decrease", "inc", "dec",
                      "inc.", "dec.", "variance", "(unaudited)", "unaudited", "actual", "$", "%change",
                      "amount", "amounts", "of", "sales", "fav", "unfav", "(unfav)", "fav/(unfav)",  # "% of Sales", "Fav (Unfav) Amount"
                      "fx", "impact", "constant", "currency", "organic", "growth", "bps", "chg", "chg.", "var", "var.",
                      "yoy", "y/y", "better/(worse)", "b/(w)",  # "FX impact", "Constant currency"
                      "revenue", "revenues",  # "% of revenue" beside each amount, as "% of Sales"
                      "in", "us", "u.s.", "us$", "dollars"}  # "% Increase (Decrease) in US $", "in Constant Currency"
# A printed figure: "$" ("C$", "€"), "(" and a minus sign ("-313", "$-0.03", "-$0.03") are part of it, so a sign is
# never left behind in the row's label; a minus after a letter or digit ("Q3-313") is a hyphen, and one a
# single space after a figure ("$14,000 -$16,000") the dash of a range (columns stand further apart). A scale printed
# on the figure ("£129.2m", "(29.2)m") is part of it; a figure is never cut short of its decimals ("129" of "129.2m").
# A minus printed after the figure ("2,104-", as parse_cell reads it) is part of it too, never after a bare year
# ("2024-") nor before another figure or sign ("14,000-16,000", "$14,000-$16,000": a range).
VALUE_TOKEN = re.compile(r"(?<![\w.,$/])(?:(?<![\d%]\s)-(?=\$))?(?:(?:(?:US|CA?|AU?|NZ|S|HK|NT|R)?\$|[\u20ac\u00a3\u00a5])\s*)?\(?\$?\s?(?:(?<![\d%]\s)-)?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?!\.?\d)\)?"
                         r"(?:(?<=\d)(?<!(?:19|20)\d\d)-(?![\w.\-$(\u20ac\u00a3\u00a5]))?"
                         r"(?:(?<![\s(\u00a3$\u20ac\u00a5][369])(?<![\s(\u00a3$\u20ac\u00a5]12)(?:mn|bn|m|k)(?![\w/])\)?)?(?:\s?%)?(?![\w/]|-[A-Za-z])"
                         r"|(?<!\S)[-\u2014\u2013]{1,3}(?!\S)")
# A figure whose thousands are set apart by one space ('48 206', '(35 118)', '1 702.5'), as South African and
# European statements print them: one figure, never two columns (columns stand two spaces apart or more)
_SPACED_VALUE = r"(?<![\w.,$/])\s?\(?-?\d{1,3}(?: \d{3})+(?:[.,]\d+)?\)?(?![\w/]|[.,]\d| \d)"
ROW_VALUE = re.compile(_SPACED_VALUE + "|" + VALUE_TOKEN.pattern)
_COMMA_GROUPS = re.compile(r"\d,\d{3}(?!\d)")


def _row_values(line: str, cols: list["Column"] | None = None) -> Iterator[re.Match]:
    """A row's figures: thousands set apart by one space only where the line groups none by commas ('1,204  5 100'
    is two columns' figures, never 5,100), and where the header's columns stand two spaces apart or more (under
    '2024 2023 2024 2023', one space apart, '102 101' are two columns' figures) or else the row's own figures do
    ('21 406    19 118' under a tight '2031 2030': each figure stands two spaces or more from the next)."""
    if _COMMA_GROUPS.search(line):
        return VALUE_TOKEN.finditer(line)
    one_space = cols is not None and any(b.start - a.end <= 1 for a, b in zip(cols, cols[1:]))
    return (VALUE_TOKEN if one_space and not _spaced_wide_apart(line, len(cols or ())) else ROW_VALUE).finditer(line)


_SIGN_LEAD = re.compile(r"-?(?:(?:US|CA?|AU?|NZ|S|HK|NT|R)?\$|[\u20ac\u00a3\u00a5])\s*")


def _figure_start(m: re.Match) -> int:
    """Where a figure's own characters start: a currency sign set far left of it ('$      186.4', the sign at its
    column's left edge, the figure right-aligned under the year) stands where the figure's column starts, not the
    figure, so the sign never decides whether the figure lies in the label column."""
    lead = _SIGN_LEAD.match(m.group(0))
    return m.start() + (lead.end() if lead else 0)


def _spaced_wide_apart(line: str, columns: int) -> bool:
    """Does a row print a figure whose thousands one space sets apart ('21 406'), one figure to each of the header's
    `columns`, every figure of the row standing two spaces or more from the next: the one space inside a figure,
    never between two figures ('112 109 112 109' under four years is four figures, never one)."""
    found = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), " " in m.group(0).strip())
             for m in ROW_VALUE.finditer(line)]
    if len(found) != columns or not any(spaced for _, _, spaced in found) or not re.search(r"(?:^|\S)\s{2,}$|\|\s*$", line[:found[0][0]]):
        return False  # 'shares 112 109 112 109': one space after the label, the figures set as tight as the years
    return all(line[a_end:b_start].strip() == "" and b_start - a_end >= 2
               for (_, a_end, _), (b_start, _, _) in zip(found, found[1:]))


PHRASE_SPLIT = re.compile(  # "Thirty-Nine Weeks Ended" whole (its "Nine Weeks Ended" cut off "Thirty-", unread)
    r"(?<!\w)(?<![A-Za-z]-)(?:three|six|nine|twelve|thirteen|fourteen|sixteen|twenty-four|twenty-six|twenty-eight|thirty-six|"
    r"thirty-nine|forty|fifty-two|fifty-three|\d{1,2})[\s-]+(?:months|weeks)(?:\s+ended)?|(?:fiscal\s+)?year(?:s)?(?:\s+ended)?|"
    r"quarter(?:\s+ended)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?", re.I)


_YEAR_SPAN_END = re.compile(r"[-/]\d{2,4}\b")


def _another_header(line: str) -> bool:
    """A line naming two quarters or fiscal years ('Q2 2023-24  Q2 2024-25') and printing no other figure:
    a table's header line (even one that header_columns cannot read), never a row of the table above it."""
    tokens = [m for m in PERIOD_TOKEN.finditer(line) if not m.group(0).isdigit()]  # "Q2 2023-24", "FY24": no bare year
    if len(tokens) < 2:
        return False
    spans = [(m.start(), m.end() + (len(t.group(0)) if (t := _YEAR_SPAN_END.match(line, m.end())) else 0))
             for m in tokens]  # "Q2 2023-24": a fiscal year across two calendar years
    return not any(not any(a <= v.start() < b for a, b in spans) and any(ch.isdigit() for ch in v.group(0))
                   for v in VALUE_TOKEN.finditer(line))


_RULE_RUN = re.compile(r"[-=_]{3,}")
_NOTE_WORD = re.compile(r"\(\d\)|\*+|[\u00b9\u00b2\u00b3]")  # a note's mark on a heading's last word


def _column_heads_over(above: list[str], rule: str) -> bool:
    """A rule of several runs ('---------   ----------   ---------') right under lines that print no figure, each word
    of the last over one of the runs, with nothing at the left margin where labels stand: the column headings of the
    next table, whose own columns (segments, not periods) its rows stand under."""
    runs = list(_RULE_RUN.finditer(rule))
    heads = [l for l in above if l.strip()]
    if len(runs) < 2 or not heads or any(VALUE_TOKEN.search(l) for l in heads[-2:]):
        return False
    last = heads[-1]
    words = list(re.finditer(r"\S+", last))
    return _indent(last) >= runs[0].start() - 2 and len(_PHRASE_GAP.findall(last.strip())) >= 2 \
        and all(any(r.start() - 2 <= w.start() and w.end() <= r.end() + 2 for r in runs) for w in words)


def _unit_cells(line: str, cols: list[Column], label_edge: int) -> list[GridCell]:
    """A line that only says the unit of the columns ("$'000   $'000", "Cents   Cents"), each word under a column:
    its cells, in those columns, so the grid reads it as it reads such a row of an HTML or Markdown table (a
    scale in the header, per-share figures in cents below); [] for any other line."""
    words = list(re.finditer(r"\S+", line))
    if not words or words[0].start() < label_edge or len(words) > len(cols):
        return []
    units = [w for w in words if w.group(0) != "%"]  # "EURm  EURm  %": a change column's unit beside the amounts'
    if not units or (not all(UNIT_CELL.match(w.group(0)) for w in units)
                     and not all(CENTS_CELL.match(w.group(0)) for w in words)):
        return []
    at = {min(range(len(cols)), key=lambda k: abs(cols[k].center - (w.start() + w.end()) / 2)): w for w in words}
    if len(at) < len(words):
        return []
    return [GridCell(w.group(0), k + 1, k + 2) for k, w in sorted(at.items())]


def _sub_heading(line: str) -> bool:
    """'$      %' or 'Amount   Percent' under a 'Change' heading: the header's sub-columns, no label."""
    words = [_NOTE_MARK_END.sub("", w) for w in line.lower().split()]
    return len(words) >= 2 and all(w in _SUB_COLUMN_WORDS or set(w) <= set("$%") for w in words)


_NOTE_MARK_END = re.compile(r"(?:\(\d{1,2}\)|\*+)$")
_SUB_COLUMN_WORDS = {"amount", "amounts", "percent", "pct", "pct.", "dollars", "dollar", "change", "%change", "bps",
                     "reported", "like-for-like", "lfl", "organic", "actual", "cc"}  # "Reported  Like-for-like(1)"


# A caption line: words alone, in capitals ('OPERATING STATISTICS', 'OPERATING STATISTICS (unaudited)')
_CAPTION_LINE = re.compile(r"^[A-Z][A-Z&,'\- ]{3,70}(?:\s*\([A-Za-z ,;]{1,40}\))?$")


@dataclass
class Column:
    start: int
    end: int
    text: str
    is_period: bool

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


_PHRASE = re.compile(r"\S+(?:\s\S+)*")
_PHRASE_GAP = re.compile(r"\S+(?: \S+)*")  # words one space apart: a heading's phrase in a line of several


_SLASH_DATE_COLUMN = re.compile(r"(?<![\d/])[01]?\d/[0-3]?\d/(?:(?:19|20)\d\d|\d\d)(?![\d/])")
_MONTH_DAY_BEFORE = re.compile(r"(?:(?:(?<!\S)as\s+(?:of|at)\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                               r"[0-3]?\d,?|(?<!\S)[0-3]?\d,|(?:(?<!\S)as\s+(?:of|at)\s+)?(?<!\S)[0-3]?\d\s+"
                               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?<!\S)[0-3]?\d\.[01]?\d\.)\s{0,3}$", re.I)
# "December 27, " or "27, " (its month on the line above), "30 Jun ", "As of March 31, " before the year
_NOTES_HEAD = re.compile(r"notes?", re.I)
_QUARTER_AFTER = re.compile(r" (?:Q[1-4]|[1-4]Q|quarter|qtr)(?!\S)", re.I)  # "FY2024 Q4", "December 2024 quarter"
_NOTE_AFTER = re.compile(r"\s?(?:\([a-z0-9]\)|\*{1,3}|[\u00b9\u00b2\u00b3])(?!\S)")
_QUARTER_BEFORE = re.compile(r"(?<!\S)(?:Q[1-4]|[1-4]Q|H[12]|[12]H|(?:3|6|9|12)M|YTD)\s?$", re.I)  # "Q3 FY2025", "9M FY2025"
# "Fiscal 2025", "Fourth Quarter 2024", "Full Year 2024", "First Half 2025": the year's own words
# "Jan-Dec 2024", "Oct–Dec 2024" (the months a span runs over), "9M 2024", "12M 2024" (a count of months) too
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_FISCAL_BEFORE = re.compile(r"(?<!\S)(?:fiscal(?:\s+year)?|FY|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?"
                            r"quarter|full\s+(?:fiscal\s+)?year|(?:first|second)\s+half|YTD|year\s+to\s+date|"
                            rf"{_MONTHS}\s?[-\u2013]\s?{_MONTHS}|(?:3|6|9|12)M|{_MONTHS})\s?$", re.I)  # 'December 2024'
_SCALE_CAPTION = re.compile(r"^\(?(?:[$\u20ac\u00a3]|[A-Z]{3}|U\.?S\.?\s?\$|dollars|amounts)?\s*(?:in\s+)?(?:thousands|millions|"
                            r"billions)\b[^()]*\)?$", re.I)  # "($ in millions, except per share data)", "(in thousands)"
_PERIOD_STUB = re.compile(r"^(?:for\s+the\s+)?(?:(?:three|six|nine|twelve|\d{1,2})\s+(?:months|weeks)|(?:fiscal\s+)?years?|"
                          r"quarters?)\s+ended\b[\w\s,]{0,25}$", re.I)  # "Six months ended December 31" left of the years


def may_be_header(line: str) -> bool:
    """Cheaply: can this line be a year line (a year, a quarter token or a date like '12/31/24')?"""
    return bool(YEARISH.search(line)) or ("/" in line and bool(_SLASH_DATE_COLUMN.search(line))) \
        or bool(SHORT_YEAR_DATE_RE.search(line)) or bool(MONTH_SHORT_YEAR_RE.search(line))  # '31 Dec 24', 'Dec-24'


def header_columns(line: str) -> list[Column] | None:
    """The columns of a year line ("2007 2006", "Q3 2006 Q3 2005 YTD 2006", "12/31/24 06/30/24",
    "ASSETS   December 27, 2024   December 29, 2023"), or None."""
    dates = [Column(m.start(), m.end(), m.group(0), True) for m in _SLASH_DATE_COLUMN.finditer(line)] \
        if "/" in line else []
    dates += [Column(m.start(), m.end(), m.group(0), True) for m in SHORT_YEAR_DATE_RE.finditer(line)]  # '31 Dec 24'
    dates += [Column(m.start(), m.end(), m.group(0), True) for m in MONTH_SHORT_YEAR_RE.finditer(line)  # 'Dec-24'
              if not any(d.start <= m.start() < d.end for d in dates)]
    cols = dates + [Column(m.start(), m.end(), m.group(0), True) for m in PERIOD_TOKEN.finditer(line)
                    if not any(d.start <= m.start() < d.end for d in dates)]
    if len(cols) < 2:
        return None
    for c in cols:  # "December 27, 2024", "Q1 FY2025": the month and day or the quarter before the year are its own
        before = _QUARTER_BEFORE if c.text[:2].upper() == "FY" else _MONTH_DAY_BEFORE
        m = before.search(line, max(0, c.start - 24), c.start) if (c.text[:1].isdigit() or before is _QUARTER_BEFORE) \
            and "/" not in c.text else None
        if m is None and c.text.isdigit():
            m = _FISCAL_BEFORE.search(line, max(0, c.start - 24), c.start)
        if m and not any(o is not c and m.start() < o.end <= c.start for o in cols):
            c.start, c.text = m.start(), line[m.start():c.end]
    for c in cols:  # "2023(a)", "2024*": a note's mark on the year is the column's
        if (mark := _NOTE_AFTER.match(line, c.end)):
            c.end, c.text = mark.end(), line[c.start:mark.end()]
    for c in cols:  # "FY2024 Q4", "December 2024 quarter": the quarter word after the year is the column's
        if c.is_period and (after := _QUARTER_AFTER.match(line, c.end)) \
                and not any(o is not c and c.end < o.start < after.end() for o in cols):
            c.end, c.text = after.end(), line[c.start:after.end()]
    cols.sort(key=lambda c: c.start)
    rest, at = "", 0
    for c in cols:  # the line with every column's text blanked
        rest += line[at:c.start] + " " * (c.end - max(at, c.start))
        at = max(at, c.end)
    rest += line[at:]
    leading: list[Column] = []
    for m in _PHRASE.finditer(rest):
        captioned = bool(_PERIOD_STUB.match(m.group(0)) or _SCALE_CAPTION.match(m.group(0)))
        # a span or scale caption two spaces left of the years ('(millions of dollars, except per share)  2025'):
        # the two spaces of any fixed-width column gap set it apart; other words need a wider gap
        if m.end() <= cols[0].start - (2 if captioned else 3) and (not _THREE_WORDS.search(m.group(0)) or captioned):
            leading.append(Column(m.start(), m.end(), m.group(0), False))
            continue  # "common share)", "Six months ended December 31", "($ in millions, except per share data)" left
            # of the years: the label column's heading
        words = [w for w in m.group(0).lower().replace("-", " ").split() if not _NOTE_WORD.fullmatch(w)]  # its "(1)"
        if words and not all(w.strip("()") in OTHER_HEADER_WORDS or set(w) <= set("-=_%$") for w in words):
            return None
        if words and not all(set(w) <= set("-=_") for w in words):
            cols.append(Column(m.start(), m.end(), m.group(0), False))
    # "Sales   31, 2024   Sales   29, 2023" (under '% of'): a heading printed again between the periods is a column
    # of its own each time, the first one too, left of the first period (never the label column's heading)
    repeated = {c.text for c in cols if not c.is_period}
    cols += [c for c in leading[-1:] if c.text in repeated and c.start > 0 and not line[:c.start].strip()]
    # 'Notes' over the note numbers between the labels and the periods: a column of its own (its numbers no figures)
    cols += [c for c in leading[-1:] if _NOTES_HEAD.fullmatch(c.text) and c.start > 0 and not line[:c.start].strip()
             and c not in cols]
    return sorted(cols, key=lambda c: c.start)


_ENDED_AT_END = re.compile(r"\b(?:ended|ending|months|weeks)$", re.I)
_LEAD_IN = re.compile(r"(?:for\s+)?the(?:\s+fiscal)?|for|as\s+of|at|"
                      r"first|second|third|fourth|1st|2nd|3rd|4th|full|current|prior", re.I)  # "Fourth" + "Quarter"
_MONTH_DAY_START = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)


def header_phrases(line: str) -> list[tuple[int, int, str]]:
    """Phrases of a header line with their spans, split at known period words and wide gaps."""
    spans = [(m.start(), m.end()) for m in PHRASE_SPLIT.finditer(line)]
    out: list[tuple[int, int, str]] = []
    cuts = sorted({p for s in spans for p in s} | {0, len(line)})
    for a, b in zip(cuts, cuts[1:]):
        for m in _PHRASE.finditer(line[a:b]):
            if not set(m.group(0)) <= set("-=_ "):
                out.append((a + m.start(), a + m.end(), m.group(0)))
    merged: list[tuple[int, int, str]] = []
    for s, e, t in out:  # "Ended" alone, or "2007" after a month: glue to the phrase before
        ends_heading = bool(merged) and _ENDED_AT_END.search(merged[-1][2]) \
            and _MONTH_DAY_START.match(t)  # "... Ended March 31,", "Three Months December 31,"
        lead_in = bool(merged) and _LEAD_IN.fullmatch(merged[-1][2])  # "For the" + "three months"
        if merged and s - merged[-1][1] <= 1 and (not PHRASE_SPLIT.match(t) or ends_heading or lead_in):
            ps, _, pt = merged[-1]
            merged[-1] = (ps, e, pt + line[merged[-1][1]:s] + t)
        else:
            merged.append((s, e, t))
    return merged


def assign(header_lines: list[str], cols: list[Column]) -> dict[int, list[str]]:
    """Each column's header phrases, top to bottom (assign_rows, the heading lines' phrases over each column)."""
    rows = assign_rows(header_lines, cols)
    return {i: [row[i][1] for row in rows if i in row] for i in range(len(cols))}


def assign_rows(header_lines: list[str], cols: list[Column]) -> list[dict[int, tuple[int, str]]]:
    """One heading row a header line, as an HTML table's rows are (a line's phrases never run into another's:
    'Three months ended March 31, | Valves | 2025'). Each header phrase goes to the columns under it. A group heading
    narrower than its group ("Three Months Ended      Year Ended" over four columns) also takes the uncovered columns
    to its right, so no column of the group is left without its period. Each heading is given with where its phrase
    starts (-1 for one spread over the columns), which tells two headings of one text apart."""
    got: list[dict[int, tuple[int, str]]] = []
    lone_durations: list[str] = []
    for n, line in enumerate(header_lines):
        phrases = [p for p in header_phrases(line) if p[1] >= cols[0].start - 1]  # not a row heading left of them
        ruled = _over_rules(phrases, header_lines[n + 1] if n + 1 < len(header_lines) else "")
        ruled, phrases = ruled != phrases, ruled  # headings with rules of their own: their columns are known
        owner: dict[int, str] = {}
        middle: dict[str, float] = {}  # each phrase's centre, for the columns no phrase covers
        for s, e, text in phrases:
            middle.setdefault(text, (s + e) / 2)
            covered = [i for i, c in enumerate(cols) if s - 1 <= c.center <= e + 1]
            if not covered:
                covered = [min(range(len(cols)), key=lambda i: abs(cols[i].center - (s + e) / 2))]
            for i in covered:
                owner.setdefault(i, text)
        periods = [i for i, c in enumerate(cols) if c.is_period]
        if not ruled and 2 <= len(phrases) < len(periods) and len(periods) % len(phrases) == 0 \
                and all(DURATION_WORD.search(t) or PERIOD_TOKEN.search(t) or _QUARTER_WORD.search(t)
                        for _, _, t in phrases):
            size = len(periods) // len(phrases)  # "4Q      12 Months" over four year columns: two each
            owner = {i: phrases[n // size][2] for n, i in enumerate(periods)}
        elif len(phrases) >= 2 and (any(DURATION_WORD.search(t) for t in owner.values())
                                    or _repeated_groups(_nearer_headings(owner, middle, cols), cols)):
            owner = _nearer_headings(owner, middle, cols, _column_keys(header_lines, cols))
        elif len(phrases) == 1 and DURATION_WORD.search(phrases[0][2]):
            lone_durations.append(phrases[0][2])
        elif len(phrases) == 1 and PERIOD_TOKEN.search(phrases[0][2]) and all(_QUARTER_HEAD.fullmatch(c.text) for c in cols):
            owner = {i: phrases[0][2] for i in range(len(cols))}  # "Fiscal 2024" over quarters printing no year: theirs
        if owner:  # each column's heading, and which phrase of the line it is ('September 30,' twice: two headings)
            got.append({i: (min((p for p in phrases if p[2] == t), default=(-1, -1, t),
                                key=lambda p: abs((p[0] + p[1]) / 2 - cols[i].center))[0], t) for i, t in owner.items()})
    if len(lone_durations) == 1:  # one heading for every column ("Year Ended"), narrower than the columns
        got.insert(0, {i: (-1, lone_durations[0]) for i, c in enumerate(cols)
                       if c.is_period and not any(DURATION_WORD.search(row.get(i, (0, ""))[1]) for row in got)})
    return [row for row in got if row]


def _nearer_headings(owner: dict[int, str], middle: dict[str, float], cols: list[Column],
                     keys: dict[int, str] | None = None) -> dict[int, str]:
    """A heading narrower than its group, left-aligned or centred: each period column no heading covers joins the
    nearer of the headings of the covered columns either side of it (groups stay contiguous) -- unless that puts one
    column's own heading (its date and year, `keys`) twice under one group heading, which no group prints ('Three
    Months Ended' over 'Sep 27, 2025 | Jun 28, 2025 | Sep 28, 2024' and 'Nine Months Ended' over the last two, both
    centred a little left: the nearer heading of the third column was the nine months', and two of its columns were
    the nine months to Sep 28, 2024): then the other side, where that makes every group's columns distinct."""
    out, owned = dict(owner), sorted(owner)
    choices: dict[int, list[str]] = {}
    for i in range(len(cols)):
        if i in owner or not cols[i].is_period:
            continue
        sides = [owner[k] for k in ([k for k in owned if k < i][-1:] + [k for k in owned if k > i][:1])]
        if sides:
            out[i] = min(sides, key=lambda t: abs(middle.get(t, cols[i].center) - cols[i].center))
            choices[i] = sorted(set(sides), key=lambda t: t != out[i])
    if keys and _repeats_a_column(out, keys) and 0 < len(choices) <= 4:
        for pick in itertools.product(*choices.values()):
            trial = {**out, **dict(zip(choices, pick))}
            if not _repeats_a_column(trial, keys) and _contiguous(trial):
                return trial
    return out


def _column_keys(header_lines: list[str], cols: list[Column]) -> dict[int, str]:
    """Each column's own headings (the phrases over it alone, no span's words: its date and year), joined."""
    keys: dict[int, list[str]] = {}
    for line in header_lines:
        for s, e, text in header_phrases(line):
            covered = [i for i, c in enumerate(cols) if s - 1 <= c.center <= e + 1]
            if len(covered) == 1 and not DURATION_WORD.search(text):
                keys.setdefault(covered[0], []).append(text)
    return {i: " ".join(v) for i, v in keys.items()}


def _repeats_a_column(owner: dict[int, str], keys: dict[int, str]) -> bool:
    """Does a group heading stand over two columns whose own headings are the same (every column's known)?"""
    seen: set[tuple[str, str]] = set()
    for i, t in owner.items():
        if i not in keys:
            return False
        if (t, keys[i]) in seen:
            return True
        seen.add((t, keys[i]))
    return False


def _contiguous(owner: dict[int, str]) -> bool:
    """Does each heading stand over one run of adjacent columns?"""
    order = [owner[i] for i in sorted(owner)]
    runs = [t for k, t in enumerate(order) if k == 0 or order[k - 1] != t]
    return len(runs) == len(set(runs))


def _repeated_groups(owner: dict[int, str], cols: list[Column]) -> bool:
    """Do the headings of a line ('Americas      Europe      Total', each narrower than its columns), spread over
    the columns no heading covers, make groups of one size, each over the same run of periods ('2024  2023' under
    every one)? Then each is a heading over its group, as a colspan is; a heading over one column alone ('Restated'
    over one year of three) makes no such groups and covers its own column only."""
    periods = [i for i, c in enumerate(cols) if c.is_period]
    if len(periods) < 4 or any(i not in owner for i in periods):
        return False
    groups: list[list[int]] = []
    for i in periods:
        if groups and owner[groups[-1][-1]] == owner[i]:
            groups[-1].append(i)
        else:
            groups.append([i])
    runs = [[cols[i].text for i in g] for g in groups]
    return len(groups) >= 2 and len({owner[g[0]] for g in groups}) == len(groups) \
        and all(len(g) >= 2 and r == runs[0] for g, r in zip(groups, runs))


_RULE = re.compile(r"-{3,}|={3,}")


def _over_rules(phrases: list[tuple[int, int, str]], below: str) -> list[tuple[int, int, str]]:
    """A heading over a rule of dashes of its own ('Three Months Ended' centred over a rule as wide as its five
    columns) covers the rule's width: its centre alone put the group's last column under the next heading."""
    if not below.strip() or set(below.strip()) - set("-= "):
        return phrases
    rules = [(m.start(), m.end()) for m in _RULE.finditer(below)]
    out = []
    for s, e, text in phrases:
        mid = (s + e) / 2
        under = [(a, b) for a, b in rules if a <= mid <= b and b - a > e - s]
        if len(under) == 1 and sum(1 for ps, pe, _ in phrases if under[0][0] <= (ps + pe) / 2 <= under[0][1]) == 1:
            s, e = under[0]
        out.append((s, e, text))
    return out


_SPAN_NUMBERS = re.compile(r"(?:(?:for\s+the\s+)?\d{1,2},?\s*)+", re.I)  # "For the 13     For the 26", "12    12", "31,   31,"
_QUARTER_WORD = re.compile(r"\b(?:[1-4]Q|Q[1-4])\b", re.I)
_JOINS_ON = re.compile(r"(?:&|\band|,)$", re.I)
_WHOLE_STUB = re.compile(r"^(?:(?:total|group|consolidated|combined)\b|$)", re.I)  # the company's own table
_SCALE_WORD = re.compile(r"\b(?:thousands?|millions?|billions?|currency|unaudited)\b|'?000", re.I)  # "In EUR millions"
_NO_HEADING_STUBS = {"sales", "revenue", "revenues", "amount", "amounts", "in millions", "in thousands", "dollars",
                     "unaudited", "(unaudited)", "assets", "liabilities", "description", "item"}  # a label column's own title
_STUB_HEADING = re.compile(r"[A-Z][A-Za-z&.,'\- ]{2,40}")  # "Americas", "Unallocated & Eliminations"
_THREE_WORDS = re.compile(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}")


class FixedWidthReader:
    """Finds every fixed-width table in a document and reads its cells into figures."""

    def __init__(self, lines: list[str], fye_month: int, ytd_months: int | None = None):
        self.raw = lines
        self.lines = [l.expandtabs(8) for l in lines]
        self.fye_month = fye_month
        self.ytd_months = ytd_months
        self.table_lines: set[int] = set()  # 0-based lines inside tables, which prose parsing skips
        self._lead_parts: dict[int, str] = {}  # a table's lines -> the part its lead sentence named
        self.after_rows: set[int] = set()  # lines of a table after its last row (a page's title lines, a footnote)

    def read(self) -> list[Figure]:
        """The figures of every fixed-width table, read as grids (parse_text reads the grids with the
        document's other tables instead)."""
        from parsers.grid_tables import GridReader
        return GridReader([], self.raw, self.fye_month, self.ytd_months).read_tables(self.grids())

    def grids(self) -> list[GridTable]:
        """Every fixed-width table as the grid an HTML table is: the label column, then one column per
        header column (by position), the header phrases over each, one row a line."""
        tables: list[GridTable] = []
        i = 0
        while i < len(self.lines):
            yearish = may_be_header(self.lines[i])  # a flattened header's run of years (_YEAR_RUN) is YEARISH too
            cols = header_columns(self.lines[i]) if yearish else None
            if yearish and (quarters := _quarter_columns(self.lines[i + 1] if i + 1 < len(self.lines) else "")) \
                    and _period_heading(self.lines[i]) and len(quarters) > len(cols or [None]):
                start = i  # "Fiscal 2024" over "First Quarter   Second Quarter ...   Total": the quarters are the columns
                table, i = self._grid(i + 1, quarters)
                if table is not None:
                    tables.append(table)
                self.table_lines.update(range(start, i))
            elif cols and self._is_header(i):
                start = i
                table, i = self._grid(i, cols)
                if table is not None:
                    tables.append(table)
                self.table_lines.update(range(start, i))
            elif cols is None and yearish and (found := self._flat_header_grid(i)) is not None:
                table, end = found
                tables.append(table)
                self.table_lines.update(range(i + 1, end))
                i = end
            elif not yearish and (staggered := self._staggered_years(i)):
                start = i - len(self._header_block(i, True))  # "As of / December 31, / 2024 / (unaudited)" beside
                table, i = self._grid(i, staggered, True)     # "As of / December 31, / 2023", a year a line
                if table is not None:
                    tables.append(table)
                self.table_lines.update(range(start, i))
            elif not yearish and (found := self._side_table(i)) is not None:
                table, end = found
                tables.append(table)
                self.table_lines.update(range(i, end))
                i = end
            else:
                i += 1
        return tables

    def _flat_header_grid(self, i: int) -> tuple[GridTable, int] | None:
        """A header flattened into one line of text ('... amounts: Quarter Ended Year Ended December 31,
        December 31, 2024 2023 2024 2023 -------- (in thousands, except per share data)') over fixed-width
        rows that print no header of their own: the columns stand where the first row's figures stand, one
        a year in the order printed, under the spans and dates of that line spread over them evenly."""
        line = self.lines[i]
        runs = list(matches_at(_YEAR_RUN, line, _CENTURIES.offsets(line)))
        if not runs:
            return None
        years = runs[-1].group(0).split()
        k = i + 1
        while k < len(self.lines) and (not self.lines[k].strip() or _FENCE.match(self.lines[k])) and k - i < 4:
            k += 1
        if k >= len(self.lines) or header_columns(self.lines[k]):
            return None
        values = _without_marks(list(VALUE_TOKEN.finditer(self.lines[k])))
        label = self.lines[k][:values[0].start()].strip() if values else ""
        if len(values) != len(years) or not _WORD.match(label) or _is_prose(label):
            return None
        head = line[:runs[-1].start()].rpartition(":")[2]  # the header's words, not the sentence before them
        spans = [m.group(0) for m in _FLAT_SPAN.finditer(head)]
        dates = [m.group(0) for m in _FLAT_DATE.finditer(head)]
        cols = [Column(m.start(), m.end(), y, True) for m, y in zip(values, years)]
        width = len(years)
        texts = [" ".join(_spread_over(spans, n, width) + _spread_over(dates, n, width)) for n in range(width)]
        phrases = GridRow(i, [GridCell(t, n + 1, n + 2) for n, t in enumerate(texts) if t])
        year_row = GridRow(i, [GridCell(y, n + 1, n + 2) for n, y in enumerate(years)])
        rows, end = self._grid_rows(k - 1, cols)
        if not rows:
            return None
        notes = [m.group(0) for m in _SCALE_NOTE.finditer(line)]  # "(in thousands, ...)": a heading line of its own
        title = "  ".join(self._heading_above(i) + [line.strip()[-400:]] + notes)
        return GridTable([r for r in (phrases, year_row) if r.cells] + rows, title, i, end - 1, ""), end

    def _grid(self, i: int, cols: list[Column], staggered: bool = False) -> tuple[GridTable | None, int]:
        cols = cols + self._changes_below(i, cols)
        cols.sort(key=lambda c: c.start)
        above = self._header_block(i, staggered)
        packed = _packed(cols) or _TAB_BETWEEN_YEARS.search(self.raw[i]) is not None  # tab-separated: tabs align nothing
        if packed:
            texts = _spread_packed(above, len(cols))
            phrase_rows = [GridRow(i, [GridCell(" ".join(texts[k]), k + 1, k + 2) for k in range(len(cols)) if texts[k]])]
        else:
            phrase_rows = [GridRow(i, [GridCell(t, k + 1, k + 2) for k, t in sorted(row.items())])
                           for row in _wrapped_joined(assign_rows(above, cols))]
        years = GridRow(i, [GridCell(c.text, k + 1, k + 2) for k, c in enumerate(cols)])
        span = self.lines[i][:max(0, cols[0].start - 1)].strip()
        if _PERIOD_STUB.match(span):  # "Three months ended December 31,   2024   2023": every column's span
            years.cells.insert(0, GridCell(span, 0, 1))
        heading = self._heading_row(i - len(above))
        stub = "" if heading else self._stub_heading(i, cols)
        rows, end = self._grid_rows(i, cols, heading.cells[0].text if heading else stub, packed)
        while rows and len(rows[-1].cells) == 1:
            rows.pop()  # headings after the last row ('FREE CASH FLOW', a page's title lines): no rows of this table
        if not rows:
            return None, end
        self.after_rows.update(range(rows[-1].line + 1, end))  # the lines after its last row: the next table's title
        # may stand there ('FREE CASH FLOW - TRAILING 4-QUARTERS'), never this one's rows (the prose reading skips them still)
        below = [l.strip() for l in self.lines[i + 1:i + 3] if l.strip() and not VALUE_TOKEN.search(l)]
        title_lines = self._heading_above(i - len(above))
        left = [l[:max(0, cols[0].start - 1)].strip() for l in above + [self.lines[i]]]  # "($ in millions)" left of the years
        title = "  ".join(title_lines + [l.strip() for l in above] + [x for x in left if x] + below)
        head_rows = [r for r in ([heading] + phrase_rows + [years]) if r is not None and r.cells]
        lead = title_lines[-1] if title_lines else ""
        led = self._lead_part(i - len(above))
        part = ("" if _WHOLE_STUB.match(stub) else stub) or led
        if led:
            self._lead_parts.update((n, led) for n in range(i - len(above), end))
        return GridTable(head_rows + rows, title, i - len(above), end - 1, lead, part), end

    def _changes_below(self, i: int, cols: list[Column]) -> list[Column]:
        """A '% change' printed on a heading line under the years, over a gap no year stands over ('Unaudited
        Unaudited   % change   Audited'): a column of its own, whose figures are no period's (they were read as
        two figures under one period column, and the whole row was lost)."""
        out: list[Column] = []
        for line in self.lines[i + 1:i + 4]:
            if not line.strip() or VALUE_TOKEN.search(line.replace("%", "")):
                break
            for m in _PHRASE_GAP.finditer(line):
                if m.start() > cols[0].start - 2 and CHANGE_HEADER.search(m.group(0)) \
                        and not any(c.start - 2 <= m.end() and m.start() <= c.end + 2 for c in cols + out):
                    out.append(Column(m.start(), m.end(), m.group(0), False))
        return out

    def _grid_rows(self, i: int, cols: list[Column], heading: str = "", packed: bool = False) -> tuple[list[GridRow], int]:
        """The table's lines below its header as grid rows: a section heading a row of its own, a
        label continued over lines joined, each figure in the column whose header it stands under.
        `heading`: the rows' heading printed above the column headers."""
        rows: list[GridRow] = []
        sub_columns: list[Column] = []  # sub-columns ('$   %') printed under a heading that is no period
        section, section_indent, pending, blanks, pending_indent = heading, -1 if not heading else -2, "", 0, 0
        label_edge = min(c.start for c in cols) - 2
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            if not line.strip():
                blanks += 1
                if pending.endswith(":"):  # a heading printed over several lines, then a blank one
                    section, section_indent = clean_label(pending), -1  # until the next heading
                    rows.append(GridRow(j - 1, [GridCell(section, 0, 1)]))
                pending = ""
                if blanks >= 2 and not self._row_follows(j + 1, cols, label_edge):
                    break
                j += 1
                continue
            if _FENCE.match(line) and not rows:
                j += 1  # the fence a wire copy opens a table's rows with
                continue
            if _FENCE.match(line) and self._prose_after(j + 1):
                break  # the fence that closes the table, running text after it: the copy's prose again, never rows
            if j > i + 1 and _another_header(line):
                break  # "In EUR millions   Q2 2023-24  Q2 2024-25   Change": the next table's header, not understood
            blanks = 0
            if not pending:
                pending_indent = _indent(line)
            if j > i + 1 and header_columns(line):
                break
            if set(line.strip()) <= set("-=_ "):
                if rows and _column_heads_over(self.lines[max(i, j - 3):j], line):
                    break  # "Network / Solutions   Services & / Support   Total" over its rule: another table's
                    # columns (no period's), never more rows of this one's periods
                j += 1
                continue
            if not rows and not pending and _sub_heading(line):  # "$   %", "Reported  Like-for-like(1)" under the years
                sub_columns = [Column(m.start(), m.end(), m.group(0), False) for m in re.finditer(r"\S+", line)]
                j += 1
                continue
            if _NOTE_START.match(line) and _is_prose(line.strip()):
                pending = ""  # "(4) ICL sales by country includes countries representing more than 5% of ...": a note,
                j += 1  # no row (and no label for the row under it)
                continue
            if not pending and (units := _unit_cells(line, cols, label_edge)):
                rows.append(GridRow(j, units))  # "$'000  $'000" under the years, "Cents  Cents" over the EPS rows
                j += 1
                continue
            values = _without_marks(_past_glued_marks(line, [m for m in _row_values(line, cols)
                                                             if _figure_start(m) >= label_edge - 6
                                                             and not _IN_ZEROS.match(line, max(0, m.start() - 4))]))
            if len(values) == 1 and _DASH.fullmatch(values[0].group(0)) and values[0].end() <= cols[0].start:
                values = []  # "Accounts receivable -" / "tenants, net": a hyphen left of every column, no nil figure
            label_text = line[: values[0].start()] if values else line
            if values and _FIGURE_IN_LABEL.search(label_text):
                values = []  # "Net sales   100.0 %   $ 48,950": a figure left of every column the header gave (its
                # heading was taken for the label column's): the row's columns can't be told, so it is no row
                label_text = ""
            ends = pending.endswith(":") or bool(_SIGN_ONLY.fullmatch(pending)) and line.strip()[:1].isupper()
            # ("Less" alone over "Net income attributable to ..." is "Less:"; over "accumulated depreciation" it is
            # the label's first word)
            goes_on = not ends and (_GOES_ON.match(line.strip()) or _CONTINUES.search(pending)
                                                      or _OWNER_NAMED.search(pending)
                                                      or (not values and _SEGMENT_OPEN.fullmatch(pending)
                                                          and not _SEGMENTS_HEADING.match(pending)))
            if pending and _BULLET.sub("", line.strip())[:1].isupper() and _LEAD_NOTE.sub("", pending)[:1].isupper() \
                    and not goes_on \
                    and (_indent(line) <= pending_indent or ends
                         or _indent(line) - pending_indent >= 2 and not _CONTINUES.search(pending)):
                # "Revenues" over "Net earned" (not indented under it), "Current assets" over "    Cash", "shares
                # outstanding:" over " Basic": a heading, not a wrapped label (a wrapped label goes on one space in:
                # "Earnings per share of Class" / " A common")
                # a heading ending in ':' or printed in capitals ('PER SHARE DATA' over 'Net income (Basic)  $1.37')
                # heads the rows at its own indentation too (a copy that lost its indents), up to the next heading
                # a per-share heading ('Net (loss) income per share' over 'Basic continuing operations  (0.01)') heads
                # the rows at its own indentation (a row left of it ends it): its rows' figures are per share, never
                # dollars of a row under no heading
                section, section_indent = clean_label(pending), \
                    -1 if pending.endswith(":") or _CAPITALS_HEADING.fullmatch(pending) else \
                    pending_indent - 1 if _PER_SHARE_HEADING.search(pending) else pending_indent
                if _SEGMENTS_HEADING.match(section) or self._totalled_below(j, section, label_edge):
                    section_indent -= 1  # "Segment Revenues" over "Tube mills", "Net revenues" over rows
                    # and its own total: its rows at its own indentation, up to their total (a copy that lost indents)
                rows.append(GridRow(j - 1, [GridCell(section, 0, 1)]))
                pending, pending_indent = "", _indent(line)
            if not values:
                if len(line.strip()) > 70 and line.strip().endswith("."):
                    break
                if _UNIT_NOTE.fullmatch(line.strip()) or _AUDIT_MARKS.fullmatch(line.strip()):
                    # "($ in millions ...)", "(Unaudited)  (Unaudited)" under the years: the table's heading, not a label
                    j += 1
                    continue
                bare_percent = bool(_BARE_PERCENT.fullmatch(line.strip()))  # '%' over rows of ratios: their heading,
                # never the first word of the next row's label (the rows under it are no money: grid_tables)
                if (is_section_heading(line) or bare_percent) and not pending:  # 'Net earnings per share:' over rows at
                    # its own indentation (a copy that lost its indents): they are its rows; a row left of it ends it
                    section, section_indent = clean_label(line), _indent(line) - (
                        line.strip().endswith(":") or bool(_CAPITALS_HEADING.fullmatch(line.strip())) or bare_percent)
                    rows.append(GridRow(j, [GridCell(section, 0, 1)]))
                else:
                    pending = (pending + " " + line.strip()).strip()
                j += 1
                continue
            label = clean_label((pending + " " + label_text.strip()).strip())
            if (pending_indent if pending else _indent(line)) <= section_indent and not self._qualifies(rows, section, label) \
                    or _repeats(label, section):  # "Net revenues" under "Net revenues": the heading's total, no row of it
                section, section_indent = "", -1
            pending = ""
            cells = self._value_cells(values, cols, sub_columns) if not packed else _in_order(values, cols)
            if values and sum(len(w) >= 3 and w.lower() != "nil" for w in _WORD.findall(VALUE_TOKEN.sub(" ", line[values[0].start():]))) >= 4:
                cells = []  # words go on among the figures: a sentence whose figures fell under the columns, no row
            if label and cells and not _EXHIBIT.fullmatch(label):  # "Exhibit 99.05" atop an EDGAR page: no row
                rows.append(GridRow(j, [GridCell(label, 0, 1)] + cells, section))
            j += 1
        return rows, j

    def _prose_after(self, j: int) -> bool:
        """Is the first line from j on that is not blank a sentence of running text (no columns, most words in lower
        case, ending as a sentence ends)? Rows printed after a fence go on with the table; prose does not."""
        while j < len(self.lines) and not self.lines[j].strip():
            j += 1
        line = self.lines[j].strip() if j < len(self.lines) else ""
        return _is_prose(line) and not re.search(r"\S\s{3,}\S", line) and (line.endswith((".", ":", ";")) or len(line) >= 60)

    def _totalled_below(self, j: int, heading: str, label_edge: int) -> bool:
        """'Net revenues' / 'Lakeside operations  412,300' / 'Corporate and other  2,100' / 'Net revenues  414,400':
        a heading with no colon whose own name comes back below as a row of figures (or 'Total <heading>') before
        any other heading: the rows between are its parts, though printed at its indentation."""
        blanks = 0
        for line in self.lines[j:j + 20]:
            if not line.strip():
                blanks += 1
                if blanks >= 2:
                    return False
                continue
            blanks = 0
            values = [m for m in _row_values(line) if _figure_start(m) >= label_edge - 6]
            if not values:
                if line.strip().endswith(":"):
                    return False  # another heading first
                continue
            if _repeats(clean_label(line[:values[0].start()].strip()), heading):
                return True
        return False

    @staticmethod
    def _qualifies(rows: list[GridRow], section: str, label: str) -> bool:
        """'Weighted average shares outstanding:' / 'Basic' / 'Diluted' at the heading's own indentation: a row
        that means nothing alone (basic, diluted) right under its heading, or under a row of it, is the heading's."""
        if not section or not rows or not _BARE_QUALIFIER.match(label):
            return False
        last = rows[-1]
        return last.section == section if len(last.cells) > 1 else last.cells[0].text == section

    def _row_follows(self, j: int, cols: list[Column], label_edge: int) -> bool:
        """Past blank lines, is the next line a row of this table (a label, then one figure under each
        column: 'Operating income   96,514   58,037   31,300   15,806'), which blank lines do not end?"""
        while j < len(self.lines) and not self.lines[j].strip():
            j += 1
        first = j
        while j < len(self.lines) and j - first < 4 and self.lines[j].strip() and len(self.lines[j].strip()) < 40 \
                and not VALUE_TOKEN.search(self.lines[j]):
            j += 1  # a label wrapped over lines above its figures ("Research and" / " development" / " costs  34,162")
        if j >= len(self.lines) or header_columns(self.lines[j]) or not _WORD.match(self.lines[first].strip()):
            return False
        line = self.lines[j]
        values = [m for m in _row_values(line, cols) if _figure_start(m) >= label_edge - 6]
        return len(values) == len(cols) and not line[values[-1].end():].strip() \
            and not _is_prose(line[:values[0].start()].strip()) and len(self._value_cells(values, cols)) == len(cols)

    def _stub_heading(self, i: int, cols: list[Column]) -> str:
        """'Americas    Q4 2024   Q4 2023 ...': the name printed left of the years, the heading of every row
        below (one table a segment, each with the same rows), or ''."""
        stub = self.lines[i][:max(0, cols[0].start - 1)].strip()
        above = self.lines[i - 1][:max(0, cols[0].start - 1)].strip() if i > 0 else ""
        if stub and _JOINS_ON.search(above):
            stub = f"{above} {stub}"  # "Unallocated &" over "Eliminations"
        if _STUB_HEADING.fullmatch(stub) and not _PERIOD_STUB.match(stub) and not _UNIT_NOTE.fullmatch(stub) \
                and not DURATION_WORD.search(stub) and stub.lower() not in _NO_HEADING_STUBS and not _SCALE_WORD.search(stub):
            return stub
        return ""

    def _heading_row(self, first: int) -> GridRow | None:
        """'Net income per ordinary share:' printed right above the column headers: the heading of
        the rows below, as a row of its own."""
        j = first - 1
        while j >= 0 and not self.lines[j].strip():
            j -= 1
        line = self.lines[j].strip() if j >= 0 else ""
        if not line.endswith(":") or j in self.table_lines or len(line) > 80:
            return None
        while j > 0 and 0 < len(self.lines[j - 1].strip()) < 40 and j - 1 not in self.table_lines \
                and not self.lines[j - 1].strip().endswith((":", ".")):  # "Weighted / average / number of / ... outstanding:"
            j -= 1
            line = self.lines[j].strip() + " " + line
        return GridRow(j, [GridCell(clean_label(line), 0, 1)])

    def _side_table(self, i: int) -> tuple[GridTable, int] | None:
        """A table on its side ('Revenue   Net income   Diluted EPS' over rows 'Q1 2024   1,234   120   0.45'): a line
        of column headings, no year among them, over rows each a label then as many figures as there are headings,
        each figure under its heading. Its grid is read only if it turns into one of periods (parsers/
        grid_transposed.py), never as columns of no period."""
        heads = [m for m in _SIDE_FIELD.finditer(self.lines[i]) if _LETTER.search(m.group(0))]
        if len(heads) < 2 or any(_DIGIT.search(m.group(0)) for m in heads) or _is_prose(self.lines[i].strip()):
            return None
        rows: list[GridRow] = []
        j, metrics = i + 1, None
        while j < len(self.lines):
            line = self.lines[j]
            if not line.strip() or _FENCE.match(line) or set(line.strip()) <= set("-=_ "):
                if not line.strip() and rows:
                    break
                j += 1
                continue
            fields = list(_SIDE_FIELD.finditer(line))
            if len(fields) == 1 and _LETTER.search(fields[0].group(0)) and fields[0].end() <= heads[0].start():
                rows.append(GridRow(j, [GridCell(fields[0].group(0), 0, 1)]))  # 'Fiscal 2019' over its quarters
                j += 1
                continue
            if metrics is None and len(fields) > 1:
                metrics = heads[len(heads) - (len(fields) - 1):]  # the headings over the figures, the stub's left
            if not metrics or len(fields) - 1 != len(metrics) or fields[0].end() > metrics[0].start() \
                    or not _aligned(fields[1:], metrics):
                break
            cells = [GridCell(fields[0].group(0), 0, 1)]
            for k, f in enumerate(fields[1:]):
                cells.append(GridCell(f.group(0), k + 1, k + 2, k + 1 if _SIDE_FIGURE.match(f.group(0)) else None))
            rows.append(GridRow(j, cells))
            j += 1
        if metrics is None or sum(1 for r in rows if len(r.cells) > 1) < 2:
            return None
        stub = [GridCell(m.group(0), 0, 1) for m in heads if m.end() <= metrics[0].start()]
        head = GridRow(i, stub + [GridCell(m.group(0), k + 1, k + 2) for k, m in enumerate(metrics)])
        title = "  ".join(self._heading_above(i))
        table = GridTable([head] + rows, title, i, rows[-1].line, title.split("  ")[-1], sideways=True)
        if transposed(table, self.fye_month, self.ytd_months, 0, None) is None:
            return None  # no table of periods on its side: its lines left to the other readers
        return table, rows[-1].line + 1

    def _staggered_years(self, i: int) -> list[Column] | None:
        """A rule of two runs or more ('-------------   -------------') under heading lines that print each run's year
        on a line of its own ('2024   December 31,' over '(unaudited)   2023': each heading right-aligned over its
        column, of more lines than the next): the columns are the rule's runs, each of the one year over it; None
        where a run has no year or two, where the years stand on one line (a year line, read as such), or where a
        line above prints a figure."""
        line = self.lines[i]
        if "--" not in line or set(line.strip()) - set("-= ") or i in self.table_lines:
            return None
        runs = list(_RULE_RUN.finditer(line))
        above = self._header_block(i, True)
        if len(runs) < 2 or not above or any(n in self.table_lines for n in range(i - len(above), i)):
            return None
        years: list[tuple[int, re.Match]] = [(n, m) for n, l in enumerate(above) for m in PERIOD_TOKEN.finditer(l)]
        if len(years) != len(runs) or len({n for n, _ in years}) < 2:
            return None
        cols: list[Column] = []
        for run in runs:
            over = [m for _, m in years if run.start() - 2 <= m.start() and m.end() <= run.end() + 2]
            if len(over) != 1:
                return None
            cols.append(Column(run.start(), run.end(), over[0].group(0), True))
        return cols

    def _lead_part(self, first: int) -> str:
        """'The following table highlights the Americas segment results for ...' right above a table (blank lines and
        a fence between): the part of the business the table is of, so that none of its figures is the company's
        (its 'Net sales' was stored as the company's beside the income statement's); '' for any other lead."""
        j = first - 1
        while j >= 0 and first - j <= 4 and (not self.lines[j].strip() or _FENCE.match(self.lines[j])):
            j -= 1
        if j < 0 or first - j > 4:
            return ""
        if j in self.table_lines:  # right under another table of the same lead ('For the years ended' under the quarter's)
            return self._lead_parts.get(j, "")
        found = _SEGMENT_LEAD.search(self.lines[j])
        return found.group("part") if found else ""

    def _heading_above(self, first: int) -> list[str]:
        """The short lines above a table's header (company, statement name, scale), up to the prose
        or the table above them: what an HTML table's heading is."""
        out: list[str] = []
        for j in range(first - 1, max(-1, first - 12), -1):
            line = self.lines[j].strip()
            if not line:
                continue
            if j in self.table_lines and j not in self.after_rows and not (not out and _CAPTION_LINE.match(line)) \
                    or _is_prose(line):
                break  # the table above, but for a title after its last row, or a caption the table above took for a
                # heading of its rows and printed no row under ('OPERATING STATISTICS' over this table's header)
            out.insert(0, line)
        return heading_lines(out)

    @staticmethod
    def _value_cells(values: list[re.Match], cols: list[Column], sub_columns: list[Column] | None = None) -> list[GridCell]:
        """Each figure under the header column nearest it; two under one period column: the layout is
        not understood and the row gives nothing. Two under a column that is no period, where the header
        printed its sub-columns ('Change' over '$   %'), give that column nothing: its figures are never
        read, and the periods' stand apart."""
        taken: dict[int, re.Match] = {}
        crowded: set[int] = set()
        anchors = cols + [c for c in sub_columns or ()  # only the sub-columns of a heading that is no period
                          if not min(cols, key=lambda p: abs(p.center - c.center)).is_period]
        ends, centers = [c.end for c in anchors], [c.center for c in anchors]
        for m in values:
            end, center = m.end(), (m.start() + m.end()) / 2
            near = sorted(range(len(anchors)), key=lambda n: min(abs(ends[n] - end), abs(centers[n] - center)))
            k = near[0]
            gap = lambda n: min(abs(ends[n] - end), abs(centers[n] - center))
            if len(near) > 1 and gap(near[1]) - gap(k) < 1 and not sub_columns:
                # as near one column as the next (a row drifted off its header): which is its own is not known by
                # place; one figure a period column, in order, or nothing
                return _drifted(values, cols)
            if k >= len(cols):
                continue  # under a sub-column of a heading that is no period: never read
            if k in taken:
                if not sub_columns and (in_order := _drifted(values, cols)):
                    return in_order
                if cols[k].is_period or not sub_columns:
                    return []
                crowded.add(k)
            taken[k] = m
        return [GridCell(m.group(0).strip(), k + 1, k + 2, k + 1, k + 2) for k, m in sorted(taken.items())
                if k not in crowded]

    def _is_header(self, i: int) -> bool:
        """A year line starts a table only when it carries no prose (a sentence naming years), and
        when the line under it is not the year line ('June 28, 2008  June 28, 2008' over '2009  2008':
        a line of the heading)."""
        line = self.lines[i]
        cols = header_columns(line)
        if cols and (_PERIOD_STUB.match(line[:cols[0].start].strip()) or _SCALE_CAPTION.match(line[:cols[0].start].strip())):
            line = line[cols[0].start:]  # "Three months ended December 31,   2024   2023": a span, no prose; "($ in
            # millions, except per share data)   Q4 2024": the unit, no prose
        if _THREE_WORDS.search(line):
            return False
        below = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        return not (may_be_header(below) and header_columns(below) and not _THREE_WORDS.search(below))

    def _header_block(self, i: int, staggered: bool = False) -> list[str]:
        """The header lines above a year line (group headings, dates), up to a blank line or a row. `staggered`:
        above a rule whose years stand on lines of their own ('(unaudited)   2023'), a line printing no figure but
        years is a heading line too."""
        above, j = [], i - 1
        while j >= 0 and self.lines[j].strip() and len(above) < 5 + staggered:
            if staggered and _years_only(self.lines[j]):
                above.insert(0, self.lines[j])
                j -= 1
                continue
            if j == i - 1 and not header_columns(self.lines[j]) and _period_heading(self.lines[j]) \
                    and _quarter_columns(self.lines[i]):
                above.insert(0, self.lines[j])  # "Fiscal 2024" over the quarters: the year every column is of
                j -= 1
                continue
            if VALUE_TOKEN.search(self.lines[j]) and not header_columns(self.lines[j]) \
                    and not PHRASE_SPLIT.search(self.lines[j]) and not _SPAN_NUMBERS.fullmatch(self.lines[j].strip()) \
                    and not _DAY_MONTH.search(self.lines[j]):  # 'ended   ended   30 June': a date's day, no figure
                break
            if _SCALE_NOTE.fullmatch(self.lines[j].strip()):
                break  # "(in thousands, ...)": it and the lines over it are the table's title, centred over its columns
            above.insert(0, self.lines[j])
            j -= 1
        return above


_BULLET = re.compile(r"^[-\u2013\u2022]\s*(?=[A-Z])")  # "- Basic", "-Diluted" under "Earnings per share": a row's mark
_EXHIBIT = re.compile(r"exhibit(?:\s+no\.?)?", re.I)
_SEGMENT_LEAD = re.compile(r"\b[Tt]he\s+following\s+tables?\b.{0,60}?\bthe\s+(?P<part>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z&][\w&.'\u2019-]*)"
                           r"{0,3})\s+(?:segment|division)(?:'s|\u2019s)?\s+(?:results|performance|highlights|data|information)\b")
_DAY_MONTH = re.compile(r"(?<![\d,.])\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_AUDIT_MARKS = re.compile(r"(?:\(?(?:un)?audited\)?\s*)+", re.I)
_UNIT_NOTE = re.compile(r"\([^()]*\b(?:thousands|millions|billions|unaudited)\b[^()]*\)", re.I)  # "(EUR millions)" too
_SCALE_NOTE = re.compile(r"\([^()]*\b(?:thousands|millions|billions)\b[^()]*\)", re.I)  # "(in thousands, ...)"
_BARE_PERCENT = re.compile(r"\(?%\)?:?")  # a line that is only a percent sign: the unit of the rows below it
_SCALE_OPENS = re.compile(r"\((?:[$\w.]+\s+)?in\s+(?:thousands|millions|billions)\b[^()]*$", re.I)  # a note wrapped onto the next line


def _is_prose(line: str) -> bool:
    """A line of running text: six words or more, most of them in lower case, not a note in
    parentheses ('(in thousands, except share and per share data)')."""
    if line.endswith(")") and (line.startswith("(") or _UNIT_NOTE.search(line)) or _SCALE_OPENS.search(line):
        return False  # a caption with its scale: "Extract from the income statement (EUR millions)", "... (in thousands,"
    if _SPAN_CAPTION.match(line):
        return False  # "For the three months ending June 30, 2006 and 2005": the statement's span, its heading's (taken
        # for prose, the years under it were read as whole fiscal years)
    words = _WORD.findall(line)
    return len(words) >= 6 and sum(w[0].islower() for w in words) * 2 > len(words)


_MARK_TOKEN = re.compile(r"^\(\d\)$")
_SPAN_CAPTION = re.compile(r"(?i)^(?:for\s+the\s+)?(?:(?:three|six|nine|twelve|\d{1,2})\s+months?|(?:fiscal\s+)?years?|"
                           r"quarters?|(?:thirteen|fourteen|twenty-six|fifty-two|\d{2})\s+weeks?)\s+(?:period\s+)?"
                           r"end(?:ed|ing)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d(?:\s*(?:and|&|,)\s*(?:19|20)\d\d)*\s*$")


def _repeats(label: str, heading: str) -> bool:
    """The row names its heading again, or its total: 'Net revenues' / 'Total net revenues' under 'Net revenues'."""
    low, head = label.lower().strip(" :"), heading.lower().strip(" :")
    return bool(head) and low in (head, f"total {head}")

# "Segment" / "Revenues", "Segment Gross" / "Margins (1)": a heading of segments' rows wrapped over two lines
_SEGMENT_OPEN = re.compile(r"(?:reportable\s+|operating\s+)?segments?(?:\s+[A-Za-z]+)?", re.I)
_SEGMENTS_HEADING = re.compile(r"^(?:reportable\s+|operating\s+)?segments?\s+(?:net\s+)?(?:revenues?|sales|gross\s+"
                               r"(?:profit|margins?)|operating\s+(?:income|profit|earnings)|(?:adjusted\s+)?ebitda)\b",
                               re.I)
_NOTE_START = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\)|\*+)\s*[A-Za-z]")  # "(4) ICL ...", "1) ...", "* ..."
_DASH = re.compile(r"[-\u2014\u2013]{1,3}")
_SIDE_FIELD = re.compile(r"\S+(?: \S+)*")  # a field of a line: words one space apart, fields two or more
_SIDE_FIGURE = re.compile(r"^[$\u20ac\u00a3]?\s?\(?-?\d[\d,]*(?:\.\d+)?\)?\s?%?$")
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _aligned(values: list[re.Match], heads: list[re.Match]) -> bool:
    """Each figure under its own heading: nearer it than any other heading (by the spans' centres)."""
    centres = [(h.start() + h.end()) / 2 for h in heads]
    for k, v in enumerate(values):
        c = (v.start() + v.end()) / 2
        if min(range(len(heads)), key=lambda n: abs(centres[n] - c)) != k:
            return False
    return True
_IN_ZEROS = re.compile(r"\(?in\s+\$?\s?000'?s?\b", re.I)  # "(in 000's": a scale note, no figure 0


_GLUED_MARK = re.compile(r"^\(?\d{1,2}\)$")


def _past_glued_marks(line: str, values: list[re.Match]) -> list[re.Match]:
    """'Net sales(1)   $ 1,958.4': a footnote mark printed against the label's last word ('1)' of '(1)', then
    '(4)' of '(1)(4)') belongs to the label, no figure of a column: read as one, it shifted every figure of the
    row one column and the row was lost."""
    while values and _GLUED_MARK.match(values[0].group(0)) and values[0].start() > 0 \
            and not line[values[0].start() - 1].isspace():
        values = values[1:]
    return values


def _without_marks(values: list[re.Match]) -> list[re.Match]:
    """'$ 0.53  (1)  $ 2.15': a footnote mark printed right after a figure is no figure of its own."""
    return [m for k, m in enumerate(values)
            if not (k and _MARK_TOKEN.match(m.group(0)) and m.start() - values[k - 1].end() <= 3)]


# A label line that ends so its row goes on below ("Net income attributable to", "Selling, general and"):
# the next line is its continuation, not a row under a heading.
_CONTINUES = re.compile(r"(?:[,&-]|\b(?:and|or|of|to|for|from|in|on|the|by|per|net|before|after|attributable|"
                        r"including|excluding|less|plus))\s*$", re.I)


# A sign word alone on its line ("Less", "Add back"): the sign of the rows below, as "Less:" is, never the first words
# of the next row's label ("Less" / "Net income attributable to Acme" was a row of no metric, and the consolidated
# net income above it was taken for the owners')
_SIGN_ONLY = re.compile(r"\s*(?:less|add|plus|deduct|minus)(?:\s+back)?\s*", re.I)


# A label line that starts by going on from the line above ("Net Income" / "(Loss)" / "Attributable" / "To Acme
# Corp.  $ 287.8"): the lines before the figures' line are one label, not a heading over it.
# "Net income attributable to Harborstone" / "  Bancorp, Inc.": a label naming whom a figure is attributable to
# goes on with the rest of the name (a heading never says so; "Net income attributable to:" ends in its colon)
_OWNER_NAMED = re.compile(r"\b(?:attributable|applicable|available)\s+(?:to|for)\s+[^:]*$", re.I)
_CAPITALS_HEADING = re.compile(r"(?:[A-Z][A-Z&'\u2019-]+\s+)+[A-Z][A-Z&'\u2019-]+")  # 'PER SHARE DATA', 'KEY RATIOS'
# '(UNAUDITED) ASSETS Current assets': a note in parentheses opening a heading line; the heading's words after it
# tell it from a label wrapped over lines (joined to the row below, the heading made 'Cash' a row of another name)
_LEAD_NOTE = re.compile(r"^\([A-Za-z ]{3,30}\)\s*")
_PER_SHARE_HEADING = re.compile(r"\bper\s+(?:[\w-]+\s+){0,2}share\s*$|\bEPS\s*$", re.I)  # 'Net income per share'
_BARE_QUALIFIER = re.compile(r"^(?:basic|diluted|basic and diluted|basic & diluted)$", re.I)
_GOES_ON = re.compile(r"(?:\(|(?:attributable|to|and|or|of|for|from|per|before|after|net\s+of|applicable|available)\b)"
                      r"(?!\s*:)", re.I)


_YEAR_RUN = re.compile(r"(?<![\d,.$])(?:(?:19|20)\d\d\s+){1,7}(?:19|20)\d\d(?![\d,.])")
_CENTURIES = Leads("19", "20")  # what every _YEAR_RUN match opens with: it is tried only there (scan.matches_at),
# not at every character of a long line (its look-behind comes first)
_FENCE = re.compile(r"^\s*(?:```|~~~)")
# a figure printed in the label column, apart from the label's words: "Net sales   100.0 %", "Gross profit  64.7%"
_FIGURE_IN_LABEL = re.compile(r"\S\s{2,}\(?\$?\s?-?\d[\d,]*(?:\.\d+)?\)?\s?%?\s*$")
_FLAT_SPAN = re.compile(r"\b(?:three|six|nine|twelve|\d{1,2})[\s-]+(?:months|weeks)\s+ended|\b(?:fiscal\s+)?(?:year|quarter)s?"
                        r"\s+ended", re.I)
_FLAT_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b,?", re.I)


_TAB_BETWEEN_YEARS = re.compile(r"(?:19|20)\d\d\S*\t+\S*(?:19|20)\d\d")


def _drifted(values: list[re.Match], cols: list[Column]) -> list[GridCell]:
    """A row printed a few characters off its header, more so towards the right ('1,204' two characters left of
    its '2025', '4,512' six left of its '2024'), so that two figures are nearest one column: when the row has one
    figure a column, each nearer its own column in order than the columns stand apart, each is that column's.
    Else [] (the layout is not understood)."""
    own = [k for k, c in enumerate(cols) if c.is_period] if len(values) != len(cols) else list(range(len(cols)))
    if len(values) != len(own) or len(own) < 2:
        return []  # (a row printing no figure under its '% Change' columns: one a period column, in order)
    spacing = min(cols[b].center - cols[a].center for a, b in zip(own, own[1:]))
    for m, k in zip(values, own):
        center = (m.start() + m.end()) / 2
        if min(abs(m.end() - cols[k].end), abs(center - cols[k].center)) >= 0.75 * spacing:
            return []
    return [GridCell(m.group(0).strip(), k + 1, k + 2, k + 1, k + 2) for k, m in zip(own, values)]


_PERIOD_WORDS = re.compile(r"\b(?:months|weeks|quarters?|years?|ended|ending|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                           r"[a-z]*\.?(?:\s+\d{1,2},?)?)\b", re.I)  # a period's words: 'Quarters Ended', 'December 28,'
_QUARTER_HEAD = re.compile(r"(?:Q[1-4]|[1-4]Q|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|total|full\s+year|"
                           r"year|YTD|FY)", re.I)


def _quarter_columns(line: str) -> list[Column] | None:
    """A heading line of quarters that print no year ('Q1   Q2   Q3   Q4', 'First Quarter   Second Quarter ...   Total'),
    nothing else on it: its columns (each of the year a line above it prints), or None. Two quarters at least."""
    if not line.strip() or not YEARISH.search(line) and "quarter" not in line.lower():
        return None
    cols = [Column(m.start(), m.end(), m.group(0), True) for m in _PHRASE_GAP.finditer(line)]
    if not all(_QUARTER_HEAD.fullmatch(c.text) for c in cols) or sum(
            1 for c in cols if not re.fullmatch(r"(?i)total|full\s+year|year|ytd|fy", c.text)) < 2:
        return None
    return cols


def _period_heading(line: str) -> bool:
    """A heading line of years alone ('Fiscal 2024', 'Fiscal 2023     Fiscal 2024'): each of its phrases a period."""
    phrases = [m.group(0) for m in _PHRASE_GAP.finditer(line)]
    return bool(phrases) and len(phrases) <= 4 and all(
        (m := PERIOD_TOKEN.search(p)) and _FISCAL_BEFORE.search(p[:m.start()] or "FY") is not None or p.isdigit() and len(p) == 4
        for p in phrases)


def _runs(row: dict[int, tuple[int, str]]) -> list[frozenset[int]]:
    """The column sets of a heading row's headings (adjacent columns under one phrase)."""
    out: list[set[int]] = []
    for k, head in sorted(row.items()):
        if out and row.get(k - 1) == head and k - 1 in out[-1]:
            out[-1].add(k)
        else:
            out.append({k})
    return [frozenset(r) for r in out]


def _one_heading(upper: dict[int, tuple[int, str]], lower: dict[int, tuple[int, str]]) -> bool:
    """Are two heading rows one heading wrapped over two lines: each upper heading over exactly the columns of one
    lower heading, or (a period's words, 'Quarters Ended' over 'December 28,   December 30,') over the columns of
    several whole lower ones, all of them a period's words too?"""
    below = _runs(lower)
    if not below:
        return False
    if all(r in below for r in _runs(upper)):
        return True
    return all(r == frozenset().union(*(b for b in below if b <= r)) for r in _runs(upper)) \
        and all(_PERIOD_WORDS.search(t) for _, t in list(upper.values()) + list(lower.values()))


def _wrapped_joined(rows: list[dict[int, tuple[int, str]]]) -> list[dict[int, str]]:
    """A heading wrapped over lines ('Three Months ended' over 'December 31,', both over the same columns) is one
    heading, as a cell with a line break is: a row whose every heading stands over exactly the columns of one heading
    of the row under it is joined to that row ('Three Months ended December 31,'); a row over other groups of columns
    ('Three months ended March 31,' over all, 'Sensors' / 'Valves' over two each) stays a row of its own, as rows of
    other colspans are, where the row under it heads every column it heads (a row heading some of them only is
    joined to the one above, as before: the grid reader takes a heading row with gaps for one shifted off its
    columns)."""
    out: list[dict[int, tuple[int, str]]] = []
    for row in rows:
        if out and (_one_heading(out[-1], row) or not set(out[-1]) <= set(row)):
            upper = out.pop()
            row = {**{k: h for k, h in upper.items() if k not in row},
                   **{k: (at, f"{upper[k][1]} {t}") if k in upper else (at, t) for k, (at, t) in row.items()}}
        out.append(row)
    return [{k: t for k, (_, t) in row.items()} for row in out]


def _packed(cols: list[Column]) -> bool:
    """Years printed one space apart ('2024 2023 2024 2023'): a copy that collapsed the spaces of its
    columns, whose figures stand where their labels end, not under their years."""
    return len(cols) >= 2 and all(c.is_period for c in cols) and all(b.start - a.end <= 1 for a, b in zip(cols, cols[1:]))


def _spread_packed(above: list[str], width: int) -> dict[int, list[str]]:
    """The spans and dates of a collapsed header ('Three Months Ended Year Ended' / 'December 31, December
    31,'), k of each over k equal groups of the columns, in order (positions tell nothing)."""
    head = " ".join(l.strip() for l in above)
    spans = [m.group(0) for m in _FLAT_SPAN.finditer(head)]
    dates = [m.group(0) for m in _FLAT_DATE.finditer(head)]
    return {n: _spread_over(spans, n, width) + _spread_over(dates, n, width) for n in range(width)}


def _in_order(values: list[re.Match], cols: list[Column]) -> list[GridCell]:
    """A collapsed row's figures, one a column in order; a row with fewer or more gives nothing."""
    if len(values) != len(cols):
        return []
    return [GridCell(m.group(0).strip(), k + 1, k + 2, k + 1, k + 2) for k, m in enumerate(values)]


def _years_only(line: str) -> bool:
    """Does a line print figures, and each of them a year ('(unaudited)   2023', '2024    December 31,')?"""
    years = [(m.start(), m.end()) for m in PERIOD_TOKEN.finditer(line)]
    figures = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), m.group(0).strip())
               for m in VALUE_TOKEN.finditer(line) if any(ch.isdigit() for ch in m.group(0))]
    return bool(years) and all(any(a <= start and end <= b for a, b in years)
                               or _MONTH_DAY_BEFORE.search(line, 0, end + 1) and len(text.strip(",")) <= 2
                               for start, end, text in figures)


def _spread_over(texts: list[str], n: int, width: int) -> list[str]:
    """The one of k headings printed in a row over `width` columns that stands over column n (each over
    width/k adjacent columns); none when k does not divide the columns."""
    if not texts or width % len(texts):
        return []
    return [texts[n // (width // len(texts))]]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
