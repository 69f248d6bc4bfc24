"""Tables flattened to a stream of cells (HTML copied as text): one cell a line, `|` lines between
cells, or a whole table on one line. The header cells (column groups, dates, years, quarters)
and the rows are laid out as a grid (parsers/html.py's GridTable) that parsers/grid_tables.py reads
as it reads every other table.

A row maps onto the columns only when it has exactly one value per column: a row with blank cells
lists fewer values, and guessing which columns they belong to would state wrong numbers, so such
rows are left out.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.columns import DURATION_RE, MONTH_DAY_RE, MONTH_RE, SLASH_DATE_RE, YEAR_RE
from parsers.grid_tables import SCALE_LINE, GridReader, stated_scale
from parsers.html import GridCell, GridRow, GridTable
from parsers.text_grids import unmarked
from parsers.model import Figure
from parsers.numbers import CURRENCY_SIGN, parse_cell, parse_scaled_cell
from parsers.periods import ORDINAL_RE, QUARTER_WORD_RE
from parsers.rows import clean_label
from parsers.scan import Leads, Needles, Required, plain_words
from parsers.vocabulary_data import VOCABULARY

YEAR_CELL = re.compile(r"^\(?(?:19|20)\d\d\)?$")
_RULE_CELL = re.compile(r"[-=_\u2014\u2013]+")  # a rule ('---') between a header's lines: no figure
_WHOLE_SPAN = re.compile(r"\b(?:19|20)\d\d,?$")  # a span's cell that ends in its year: a column's whole heading
# "30 June 2025", "31 Dec. 2024": a whole date printed day first (British, IFRS statements), a column's heading
_DAY_FIRST_DATE_CELL = re.compile(rf"^(?:as\s+(?:at|of)\s+)?\d{{1,2}}\s+(?:{MONTH_RE}),?\s+(?:19|20)\d\d$", re.I)
SCALE_CELL = re.compile(r"\bin (?:thousands|millions|billions)\b|^\(?unaudited\)?$|^\((?:[^()]*\s)?(?:thousands|millions)\b[^()]*\)$",
                        re.I)
# a change column's heading, a whole word of it (never 'OVERVIEW ...', 'Changes in ...')
TRAILING_COLUMNS = re.compile(r"^(?:(?:y/y|yoy|y-o-y|q/q)(?:\s+|$))?(?:%\s*)?(?:change|% change|increase|\(decrease\)|variance|%"
                              r"|% over|over|\(under\))(?![a-z])", re.I)
PERCENT_HEADER = re.compile(r"percent(?:age)? of|% of", re.I)
# Words one of which every match of these patterns holds (see parsers/scan.py): most cells hold none
_SCALE_CELL_WORDS = Needles("thousands", "millions", "billions", "unaudited")
_PERCENT_HEADER_WORDS = Needles("percent", "% of")
_DURATION_WORDS_NEEDED = Needles("month", "week", "year", "quarter", "qtr", "ytd")


# A row's label saying its own unit at its end ('Diluted weighted-average shares (in thousands)'): words, then the scale
_LABEL_IN_SCALE = re.compile(r"^[A-Za-z][^()]*[a-z]\s*\((?:in\s+)?(?:thousands|millions|billions)\)$")


def _scale_cell(text: str) -> bool:
    return _SCALE_CELL_WORDS.may_match(text) and bool(SCALE_CELL.search(text))


def _percent_header(text: str) -> bool:
    return _PERCENT_HEADER_WORDS.may_match(text) and bool(PERCENT_HEADER.search(text))


def _duration(text: str) -> bool:
    """DURATION_RE.search(text), ruled out cheaply for a text without its words."""
    return _DURATION_WORDS_NEEDED.may_match(text) and bool(DURATION_RE.search(text))
_ENDED_DATE = re.compile(rf"^(?:ended|ending)\s+((?:{MONTH_DAY_RE.pattern}).*)$", re.I)
ORDINAL_CELL = re.compile(rf"^{ORDINAL_RE}$", re.I)  # "First" over "Quarter": the period words' one home
QUARTER_CELL = re.compile(rf"^{QUARTER_WORD_RE}$", re.I)  # "First Quarter", "1st fiscal quarter", "third-quarter"


@dataclass
class Cell:
    text: str
    line: int  # 0-based
    value: float | None = None
    quote: str | None = None  # for cells cut out of a long flattened line: the verbatim text around it

    def __post_init__(self) -> None:
        # a cell that starts with a letter is never a number (but "nil", a dash): most cells are labels
        self.value = None if self.text[:1].isalpha() and self.text != "nil" else parse_cell(self.text)
        if self.value is None and self.text[-1:] in "mnkMNK)" and (scaled := parse_scaled_cell(self.text)):
            self.value = scaled[0]  # "£(29.2)m": a figure (the grid reads its scale from the text)


def cells_of(lines: list[str]) -> list[Cell]:
    """The cell stream: `|` separators dropped, "$" and ")" glued to their numbers."""
    cells: list[Cell] = []
    for n, line in enumerate(lines):
        if _page_number_after_rows(lines, n):
            continue
        for part in line.split("|"):
            text = unmarked(part).strip()  # "**Total assets**" / "**$ 14,206**", one cell a line in a Markdown copy
            if not text:
                continue
            if cells and text in (")", "%", ")%") and cells[-1].value is not None:
                cells[-1] = Cell(cells[-1].text + text, cells[-1].line)
            elif cells and CURRENCY_SIGN.fullmatch(cells[-1].text):  # "$", "C$", "€" on a line of its own
                # ... before a dash for nil ('$' / '—'): the dash alone, a figure ('$—' is none, and its row was dropped)
                cells[-1] = Cell(text if _NIL_DASH.fullmatch(text) else "$" + text, n)
            elif cells and text.lower() == "quarter" and ORDINAL_CELL.match(cells[-1].text):
                cells[-1] = Cell(cells[-1].text + " Quarter", cells[-1].line)  # "First" / "Quarter"
            else:
                cells.append(Cell(text, n))
    return cells


def _bare_total_below(rows: list[GridRow], row: list[Cell], n: int) -> list[Cell] | None:
    """A row's figures followed, on a line of their own under no label, by as many more that are each the sum
    of that column over the rows above and this one ('Online | 13,579' / 'Retail | 4,310' / '98,765'): the
    table's total. None when the figures stand on the row's own line or any column's sum fails."""
    extra = row[n:]
    if len({c.line for c in extra}) != 1 or extra[0].line == row[0].line or any(c.line == extra[0].line for c in row[:n]):
        return None
    above = [r for r in rows if len(r.cells) == n + 1 and all(c.value is not None for c in r.cells[1:])]
    if len(above) < 1:
        return None
    for k in range(n):
        parts = [r.cells[k + 1].value for r in above] + [row[k].value]
        total = extra[k].value
        if total is None or any(v is None for v in parts) or abs(sum(v for v in parts if v is not None) - total) > 0.5 + 1e-9 * abs(total):
            return None
    return extra


_PAGE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


def _page_number_after_rows(lines: list[str], n: int) -> bool:
    """A bare page number ('5') set apart by a blank line below a table printed a row a line with `|`
    ('... diluted | 31,415,926 | 31,400,000'): no cell of the table's last row, nor of a stream of
    cells a line (the next line printed is no bare number)."""
    if not _PAGE_NUMBER.fullmatch(lines[n]):
        return False
    above = n - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    below = n + 1
    while below < len(lines) and not lines[below].strip():
        below += 1
    return (above >= 0 and above < n - 1 and lines[above].count("|") >= 2
            and not (below < len(lines) and _PAGE_NUMBER.fullmatch(lines[below])))


# a month and day printed right after 'ended' with no space ('Three months endedDecember 31', two lines of a heading
# cell run together in copying): the column's date all the same
_GLUED_MONTH_DAY = r"(?:(?<=ended)|(?<=ending))" + MONTH_DAY_RE.pattern[2:] + "|" + MONTH_DAY_RE.pattern
_NIL_DASH = re.compile(r"[-\u2013\u2014]{1,3}")  # '—', '–', '-', '--': nil in a figure's cell


FLAT_TOKEN = re.compile(
    r"(?P<scale>\([^()]*\b(?:thousands|millions|billions|000'?s)\b[^()]*\))"
    rf"|(?P<date>(?:{_GLUED_MONTH_DAY}),?)"
    r"|(?P<sdate>\s?\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b)"
    r"|(?P<dayyear>\s?\b\d{1,2},\s(?:19|20)\d\d\b(?![.,]\d))"
    r"|(?P<head>(?:\b(?:Q[1-4]|[1-4]Q)(?:\s?(?:(?:FY|fiscal)\s?|F)?'?(?:19|20)\d\d|\s?(?:FY\s?|F)'?\d\d|'?\d\d)"
    r"|\b(?:FY|fiscal\s+(?:year\s+)?)\s?'?(?:19|20)\d\d|\bFY'?\d\d)(?![\w%]|[.,]\d))"
    r"|(?P<dur>(?:\b(?:three|six|nine|twelve)|\s?\b\d{1,2})(?:\s+|-)months?\s+(?:periods?\s+)?ended|\b(?:fiscal\s+)?years?\s+ended|\bquarter\s+ended)"
    r"|(?P<num>\(?\$?\s?(?:(?<=[\s($])(?<![\d%]\s)-)?\(?\d[\d,]*(?:\.\d+)?\)?(?:\s?%)?)(?:(?![\w]|,\d)|(?:(?<=,\d{3})|(?<=\.\d{2})|(?<=\d\))|(?<=\s(?:19|20)\d\d))(?=(?-i:[A-Z][A-Za-z])))(?!\s+months?\b)"
    r"|(?P<dash>(?<=[\d)\u2014-] )(?:--|[-\u2014])(?=\s|$)|(?<=\s)(?:--|[-\u2014])(?=\s+(?:[\d($\u2014-]|$)|\s*$)"
    r"|(?<=\s\s)[-\u2014](?=\s\s+[A-Z]))"  # a row's last cell, set apart by runs of spaces, before the next label
    r"|(?P<rule>[-=_]{3,})", re.I)


def _month_starts(low: str) -> list[int]:
    """Where a date of FLAT_TOKEN can start in a lowercased line: at a month's first three letters."""
    return _MONTHS.offsets(low)


def _duration_starts(low: str) -> list[int]:
    """Where a duration of FLAT_TOKEN can start in a lowercased line: at one of its words, or at the
    one or two digits before the spaces (or hyphen) before "month", or the space before those digits."""
    out = _DURATION_WORDS.offsets(low)
    p = low.find("month")
    while p >= 0:
        j = p - 1
        while j >= 0 and (low[j].isspace() or low[j] == "-" and j == p - 1):  # '6-months'
            j -= 1
        out += [k for k in (j - 2, j - 1, j) if k >= 0]  # the digits, or the space before them (a number starts there)
        p = low.find("month", p + 1)
    return sorted(out)


def _period_head_starts(low: str) -> list[int]:
    """Where a period heading of _FLAT_PARTS can start in a lowercased line: at 'q' ('Q4 2024') or the digit
    before it ('4Q24'), at 'fy' or at 'fiscal'."""
    return sorted(set(_HEAD_WORDS.offsets(low) + [p - 1 for p in _QUARTER_LETTER.offsets(low) if p > 0]
                      + _SPAN_HEADS.offsets(low)))


_HEAD_WORDS = Leads("q", "fy", "fiscal")
_SPAN_HEADS = Leads("3m", "6m", "9m", "12m", "h1", "h2", "1h", "2h")  # '9M 2025', 'H1 2025'
_QUARTER_LETTER = Leads("q")
_MONTHS = Leads("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DURATION_WORDS = Leads("three", "six", "nine", "twelve", "fiscal", "year", "quarter")
# FLAT_TOKEN's alternatives one by one, each found by itself; flat_tokens merges them. Each is written
# or found so that the regex engine is not started at every character: the number and the dash start
# with the character class of their first character, which the engine skips to directly; a date or a
# duration is tried only where its first word stands in a line of plain words (see parsers/scan.py).
# A long line of prose is looked at for tables too: several times faster, the same tokens.
_FLAT_PARTS: tuple[tuple[str, re.Pattern, Callable[[str], list[int]] | None], ...] = (
    ("scale", re.compile(r"\([^()]*\b(?:thousands|millions|billions|000'?s)\b[^()]*\)", re.I), None),  # '(in 000's)
    ("date", re.compile(rf"(?:{_GLUED_MONTH_DAY}),?", re.I), _month_starts),
    # a column's date printed with slashes ('12/31/24'): one heading cell, never three figures
    ("sdate", re.compile(r"\s?\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b", re.I), None),
    # a day and a year ('27, 2024') under a heading that ends in its month ('Three Months Ended December'): one
    # column's date printed over two lines, never a figure 27 and a year
    ("dayyear", re.compile(r"\s?\b\d{1,2},\s(?:19|20)\d\d\b(?![.,]\d)", re.I), None),
    # a column headed by its period in one token ('Q4 2024', '4Q24', 'Q1 FY2025', 'FY 2024', 'Fiscal 2013'): one heading
    # cell, never a 'Q' and two figures; before the number, which would take its digits on a tie ('4Q24')
    # ... and a span of months or a half and its year ('9M 2025', 'H1 2025'), as a European release heads its columns
    ("head", re.compile(r"(?:\b(?:Q[1-4]|[1-4]Q)(?:\s?(?:(?:FY|fiscal)\s?|F)?'?(?:19|20)\d\d|\s?(?:FY\s?|F)'?\d\d|'?\d\d)"
                        r"|\b(?:FY|fiscal\s+(?:year\s+)?)\s?'?(?:19|20)\d\d|\bFY'?\d\d"
                        r"|\b(?:(?:3|6|9|12)M|H[12]|[12]H)\s?(?:19|20)\d\d)(?![\w%]|[.,]\d)", re.I),
     _period_head_starts),
    ("dur", re.compile(r"(?:\b(?:three|six|nine|twelve)|\s?\b\d{1,2})(?:\s+|-)months?\s+(?:periods?\s+)?ended|\b(?:fiscal\s+)?years?\s+ended"
                       r"|\bquarter\s+ended", re.I), _duration_starts),
    ("num", re.compile(r"[($\s\d](?:(?<=\()\$?\s?(?:(?<![\d%]\s)-)?\(?\d|(?<=\$)\s?(?:(?<![\d%]\s)-)?\(?\d"
                       r"|(?<=\s)(?:(?<![\d%]\s)-)?\(?\d|(?<=\d))"
                       r"[\d,]*(?:\.\d+)?\)?(?:\s?%)?(?:(?![\w]|,\d)|(?:(?<=,\d{3})|(?<=\.\d{2})|(?<=\d\))|(?<=\s(?:19|20)\d\d))(?=(?-i:[A-Z][A-Za-z])))(?!\s+months?\b)", re.I), None),
    ("dash", re.compile(r"[-\u2014](?:(?<=[\d)\u2014-] -)-(?=\s|$)|(?<=\s-)-(?=\s+(?:[\d($\u2014-]|$)|\s*$)"
                        r"|(?<=[\d)\u2014-] [-\u2014])(?=\s|$)|(?<=\s[-\u2014])(?=\s+(?:[\d($\u2014-]|$)|\s*$)"
                        r"|(?<=\s\s[-\u2014])(?=\s\s+[A-Z]))", re.I),
     None),
    ("rule", re.compile(r"[-=_]{3,}", re.I), None),
)


# what every match of each part holds, from the part's pattern (scan.Required): a line holding none of a part's
# words ('thousands' of a scale, a '-' of a dash) is never searched for that part
_FLAT_COVERS = [Required(rx).cover for _, rx, _ in _FLAT_PARTS]


def flat_tokens(line: str) -> list[tuple[str, re.Match]]:
    """(kind, match) of each FLAT_TOKEN.finditer(line) match, kind its group's name.

    The alternation takes, from where its last match ended, the leftmost match of any alternative,
    the first alternative on a tie. So do we, from each alternative's own next match; while one
    alternative keeps winning (the numbers of a table row), its matches are taken one after the
    other without asking the others again."""
    low = line.lower() if plain_words(line) else None
    starts = {k: hint(low) for k, (_, _, hint) in enumerate(_FLAT_PARTS) if hint and low is not None}
    absent = set() if low is None else {k for k, cover in enumerate(_FLAT_COVERS) if cover is not None
                                         and not any(w in low for w in cover)}  # a part that cannot match the line
    never = len(line) + 1

    def next_match(k: int, pos: int) -> re.Match | None:
        rx = _FLAT_PARTS[k][1]
        if k in absent:
            return None
        if k not in starts:
            return rx.search(line, pos)
        offsets = starts[k]
        for i in range(bisect.bisect_left(offsets, pos), len(offsets)):
            m = rx.match(line, offsets[i])
            if m:
                return m
        return None

    kinds = range(len(_FLAT_PARTS))
    found = [next_match(k, 0) for k in kinds]
    out: list[tuple[str, re.Match]] = []
    while True:
        at = [m.start() if m is not None else never for m in found]
        best = min(kinds, key=at.__getitem__)  # the first of the leftmost
        if at[best] == never:
            return out
        name = _FLAT_PARTS[best][0]
        nearest = min(at[:best] + at[best + 1:], default=never)  # no other alternative matches before this
        limit = min(min(at[:best], default=never), min(at[best + 1:], default=never - 1) + 1)
        m = found[best]
        while True:  # this alternative wins while its next match starts before `limit`
            out.append((name, m))
            end = m.end()
            if end > nearest:  # it overlaps another alternative's next match: ask that one again
                break
            m = next_match(best, end)
            if m is None or m.start() >= limit:
                break
        if end > nearest:
            found[best] = next_match(best, end)
            for k in kinds:
                if k != best and found[k] is not None and found[k].start() < end:
                    found[k] = next_match(k, end)
        else:
            found[best] = m


# A figure run into the next row's label ("5,318,204Marketable securities", "(4,088)Interest", a row
# break lost in copying) is still a figure when it is printed as one (grouped thousands, cents or
# parentheses before a capitalised word: the number token above), and so is a column's year run into
# the first row's heading ("2024   2023CASH FLOWS FROM OPERATING ACTIVITIES"). Any other digits run into a label
# are the tail of a figure, not part of the label.
_GLUED_FIGURE = re.compile(r"^(?![1-4]Q\b)(?:[\d,.()$%-]*\d[\d,.()%]*|[)-]+)(?=[A-Za-z])")  # ('4Q' a quarter's heading)


_PADDING = " |\u00a0\u2009\u202f\t"
_SIGN_BEFORE_FIGURE = re.compile(r"(?:^|(?<=\s))(?:US|CA?|AU?|NZ|S|HK|NT|R)$")  # the letters of "C$", its "$" the figure's


_SIGN_AFTER_NEGATIVE = re.compile(r"\s?-")  # the minus a range's dash would be ('2,400 -2,700')
_MINUS_FIRST = re.compile(r"^\$?\s?-\d")


_GLUED_MARK = re.compile(r"\(\d{1,2}\)|\([a-z]\)")  # a footnote mark printed against a label's last word
_NOTE_IN_WORDS = re.compile(r"\([^()]{0,240}\)")
_WORD = re.compile(r"[a-z]{3}")


def _label_notes(line: str) -> list[tuple[int, int]]:
    """Where a note in words stands in parentheses ('(amortized cost—$412,300 and $398,750, respectively)',
    '(authorized: 300.0 shares; issued: 1.8 shares)'): its figures are a label's words. A negative figure in
    parentheses ('(1,234)', '(3.6)%') holds no word, and is none."""
    if "(" not in line:
        return []
    return [(m.start(), m.end()) for m in _NOTE_IN_WORDS.finditer(line) if _WORD.search(m.group(0))]


_IN_WORDS = re.compile(r"\s+[a-z]{2,}\b")  # a word in small letters after a figure
_LABEL_END = re.compile(r"[A-Za-z,]\s*$")  # ... and a label's word before it


_ONE_MARK = re.compile(r"\(\d\)")  # '(2)': a note's mark of one digit
_DIGIT_MARKS = re.compile(r"\d(?:,\d)*")  # '1', '1,2', '3,4': footnotes' numbers, a digit each
# notes' marks of a digit each printed glued to one another after a label's last word, before the row's first figure
# ('Sales and marketing (1)(2)(3) 120,450'); negatives printed glued ('(12)(15)') are figures of two digits or more,
# or stand before the next row's label
_BEFORE_MARK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ)")  # a word's letter, or a note's ')'
_MARK_RUN = re.compile(r"(?<=[A-Za-z] )(?:\(\d\)){2,}(?=\s+\(?\$?\s?\d)")


def _is_sign(before_text: str, before: float, after: float | None, minus_negatives: bool = False) -> bool:
    """A '-' one space after a figure is the next figure's minus sign, not a range's dash, when the figure before
    it is itself printed with a minus ('-19,880 -18,204': negatives side by side) or the figure after it is smaller
    or no larger ('1,204 -17', '17 -17': a range runs up, '2,400 -2,700'); read as a range, -17 was read as 17.
    A larger figure after it ('373 -1,064') is a range's end unless the line prints its negatives with a minus
    (`minus_negatives`: a row's label, then a figure with a minus, then another figure: 'Restricted cash -3,541
    -8,913'): a table that signs so is no line of ranges, and its '112 -839' is a negative (read 839)."""
    if after is None or after < 0:
        return False
    return before < 0 and bool(_MINUS_FIRST.match(before_text)) or 0 <= after <= before or minus_negatives


# a change column's heading after the periods' headings of a flattened line, run into the first row's label (a
# capital or a figure's sign after it): 'Y/Y Change', '% Change', 'YoY', 'Change', 'Variance', 'Increase (Decrease)'
_CHANGE_HEAD = re.compile(r"((?:(?:y/y|yoy|y-o-y|q/q)(?:\s+%)?(?:\s+change)?|(?:%\s*)?change|%|variance"
                          r"|increase\s*/?\s*\(decrease\))(?:\s*\(?%\)?)?)(?:\s+(?=(?-i:[A-Z(]))|\s*$)", re.I)


_YEAR_THEN_CHANGE = re.compile(r"\s*(?:19|20)\d\d\s%\s+change\b", re.I)


# a row's label, then a figure printed with a minus, then another figure: a line that signs its negatives so
_LABEL_THEN_MINUS = re.compile(r"[A-Za-z]\s+-\d[\d,]*(?:\.\d+)?\s+-?\$?\d")


def flat_cells(line: str, n: int, tokens: list[tuple[str, re.Match]] | None = None) -> list[Cell]:
    """A table flattened onto one line ("Net sales $ 52,318 61,482 (11.9) % ...") as a cell stream
    (`tokens`: flat_tokens(line), when already found)."""
    cells: list[Cell] = []
    pos = 0
    minus_negatives = bool(_LABEL_THEN_MINUS.search(line))
    notes = _label_notes(line)
    runs = [(r.start(), r.end()) for r in _MARK_RUN.finditer(line)] if ")(" in line else []

    def text_cell(a: int, b: int) -> None:
        text = _GLUED_FIGURE.sub("", line[a:b].strip(_PADDING))  # no-break spaces pad cells copied from HTML
        if b < len(line):  # "Revenue C$ 388,120", "Revenue € 275,640": the sign before a figure is the figure's
            text = _SIGN_BEFORE_FIGURE.sub("", text) if line[b:b + 2].lstrip("(")[:1] == "$" else text
            text = text.rstrip("\u20ac\u00a3\u00a5 ")
        after_heads = bool(cells) and cells[-1].value is None and _is_period_cell(cells[-1].text) \
            or bool(cells) and YEAR_CELL.match(cells[-1].text) is not None
        while after_heads and (m := _CHANGE_HEAD.match(text)):
            cells.append(Cell(m.group(1), n, quote=m.group(1)))  # 'Q4 2024 Q4 2023 Y/Y Change Revenue': a column's
            text = text[m.end():]  # heading after the periods', never the first row's label ('Y/Y Change Revenue')
        if text.strip("-=_*|$ \u00a0"):  # not empty, a lone '$', nor a rule of "-", "=", "_", "*" and "|" only
            cells.extend(Cell(part, n, quote=part) for part in _column_groups(text) or _run_in_rows(text))

    for kind, m in flat_tokens(line) if tokens is None else tokens:
        text = m.group(0).strip()
        if kind == "num" and (_GLUED_MARK.fullmatch(m.group(0)) and m.start() > 0 and line[m.start() - 1].isalpha()
                              or runs and any(a <= m.end() - len(text) < b for a, b in runs)):
            continue  # 'Adjusted book value per share(1) 33.64 31.69': the label's footnote mark, no figure (read
            # as one, it shifted the row's figures a column: the mark's -1 stood as the first column's); so is each
            # mark of a run of them ('Sales and marketing (1)(2)(3) 120,450'): no two figures are printed glued
        if kind == "num" and (notes and any(a < m.start() < b for a, b in notes)
                              or _IN_WORDS.match(line, m.end()) and _LABEL_END.search(line, pos, m.start())):
            continue  # ... and a figure between a label's words ('Preferred stock, $0.01 par value', 'Tier 1 capital
            # ratio', 'Common stock, 4,000 and 3,900 shares issued'): a figure of a row stands after its label's last
            # word and before the next figure or the next row's label, which opens with a capital
            continue  # '... investments (amortized cost—$412,300 and $398,750, respectively) $ 405,110': the figures
            # of a note in words inside the label are the label's (read as the row's, it listed too many figures)
        if kind == "num" and m.group(0) == text and _DIGIT_MARKS.fullmatch(text) and m.start() > 0 \
                and line[m.start() - 1] in _BEFORE_MARK and line[m.end():m.end() + 1].isspace():
            continue  # 'Net debt1 4,120', 'EBITDA1,2 380', '(per lb)3,4 $ 1.42': a note's digits against the label's
            # last word are the label's, no figure (read as one, the row listed a figure too many and was dropped)
        if kind == "num" and _SIGN_AFTER_NEGATIVE.fullmatch(line[pos:m.start()]) and cells and \
                (before := cells[-1].value) is not None and _is_sign(cells[-1].text, before, parse_cell(text),
                                                                  minus_negatives):
            text = "-" + text
            pos = m.start()
        text_cell(pos, m.start())
        pos = m.end()
        if kind == "rule":
            continue
        if kind == "num" and _YEAR_THEN_CHANGE.match(line, m.start()):
            text, pos = text.rstrip(" %"), line.rindex("%", m.start(), m.end())  # '2024 2023 % Change': the
            # year's column, then the change column's '%' ('2023 %' read as one figure, no header was read)
        elif kind == "num" and "$" in text and text.endswith(" %"):
            text, pos = text[:-1].rstrip(), line.rindex("%", m.start(), m.end())  # '$ 9,876 % Growth over prior
            # year': a dollar figure is never a percentage, the '%' opens the next row's label
        quote = line[max(0, m.start() - 70):m.end()].strip()
        cells.append(Cell(text, n, quote=quote))
    text_cell(pos, len(line))
    return cells


# where a row's label starts inside a flattened line's words: a capitalised word right after a word in small letters
# that no label's own words end on ('Costs and expenses Cost of revenues', 'Operating activities Net income'): a
# statement's rows each open with a capital, and a label's own capitals follow a small word that joins
# ('Cash and Cash Equivalents', 'Investment in Acme Holdings') or another capital ('Total Operating Expenses')
_ROW_START = re.compile(r"(?<=[a-z):])\s+(?=[A-Z][a-z])")
_JOINING_WORD = re.compile(r"(?:^|\s)(?:and|&|of|the|for|in|on|to|from|by|with|at|or|per|as|a|an|into|under|over|than|"
                           r"including|excluding|before|after|via|versus|vs\.?|plus|less|due|between|within|upon|"
                           r"through|against|toward|towards|about)$")


# a column group's heading of a word or two, several printed side by side ('4Q 4Q 12 Months 12 Months')
_GROUP_WORD = rf"(?:Q[1-4]|[1-4]Q|(?:\d{{1,2}}|three|six|nine|twelve)\s+months?|{QUARTER_WORD_RE})"
# ... the last of a run of quarters perhaps their year's total ('First Quarter ... Fourth Quarter Total')
_GROUP_RUN = re.compile(rf"{_GROUP_WORD}(?:\s+{_GROUP_WORD})+(?:\s+total)?(?=\s+[A-Z]|$)", re.I)
_GROUP_ONE = re.compile(_GROUP_WORD, re.I)
QUARTER_ALONE = re.compile(r"^(?:Q[1-4]|[1-4]Q)$")  # '4Q' over '2024': the quarter of the year under it


def _column_groups(text: str) -> list[str]:
    """The column groups' headings a text opens with, side by side ('4Q 4Q 12 Months 12 Months' over '2024 2023 2024
    2023', 'Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4' under 'Fiscal 2013 Fiscal 2014'), a cell each as every other layout prints
    them, then the first row's label run into them, if any; [] for a text that opens with no two such headings (run
    together, they were one heading over every column, or the first row's label, and the statement was not read)."""
    m = _GROUP_RUN.match(text)
    if m is None:
        return []
    rest = text[m.end():].strip()
    groups = [g.group(0) for g in _GROUP_ONE.finditer(m.group(0))]
    total = ["Total"] if m.group(0).lower().endswith("total") else []
    return groups + total + (_run_in_rows(rest) if rest else [])


# a one-word section heading run into a label in small letters: 'Assets Cash and cash equivalents' (never 'Assets Held for
# Sale', a label in capitals, nor 'Revenue Subscription', which no small letters say is a label of its own)
_SECTION_WORD = re.compile(r"^(?:%s)\s+(?=[A-Z][a-z]+\s+[^A-Z\s])(?!\S+\s+.*\s[A-Z])"
                           % ("|".join(w.capitalize() for w in VOCABULARY.get("language", {}).get("statement_section_words", []))
                              or "(?!)"))
def _run_in_rows(text: str) -> list[str]:
    """A text between a flattened line's figures cut where a row's label begins: the heading run into it ('Costs and
    expenses' of 'Costs and expenses Cost of revenues') is a text cell of its own, read as the heading of the rows
    below it as it is in every other layout (run in, the first row's label was one the statement never prints).
    Only a text that opens with a capital, as a heading does, is cut."""
    if " " not in text or not text[:1].isupper() \
            or not _ROW_START.search(text) and not _SECTION_WORD.match(text):
        return [text]  # a text in small letters is the tail of a label cut by its figures ('shares issued and
        # outstanding, respectively Par value ...' after 'Common stock, 4,000 and 3,900'), no heading
    parts, at = [], 0
    for m in _ROW_START.finditer(text):
        head = text[at:m.start()]
        if not head.split()[-1].lstrip("(")[:1].islower() or _JOINING_WORD.search(head) or "(" in head and ")" not in head[head.rindex("("):]:
            continue  # 'Investment in Acme', or inside a note ('(amortized cost Acme)')
        parts.append(head)
        at = m.end()
    parts.append(text[at:])
    if (section := _SECTION_WORD.match(parts[-1])) is not None:
        parts[-1:] = [section.group(0).strip(), parts[-1][section.end():]]  # 'Assets' | 'Cash and cash equivalents'
    return parts


# "As of December 31, 2024 2023 Cash ...", "For the Year Ended ...": a line opening with its heading all the same
_AS_OF = re.compile(r"\s*(?:for\s+the\s+|(?:as\s+)?(?:of|at)\s+)?", re.I)


# ...or with the statement's own title before it ("ACME INC.CONSOLIDATED STATEMENTS OF CASH FLOWS(Unaudited)(in
# thousands) Nine Months Ended ..."): its name, capitals or a statement's name, and its notes in parentheses
_NOTES = re.compile(r"\([^()]{0,60}\)")
_STATEMENT_TITLE = re.compile(r"(?=.{3,160}$)(?:[^a-z]*|.*\b(?i:statements?\s+of|balance\s+sheets?|financial\s+position)"
                              r"\b[^.;:]*)", re.S)


def _flattened(line: str) -> list[tuple[str, re.Match]] | None:
    """The tokens of a line that is a flattened table, else None."""
    if len(line) <= 120:
        return None
    tokens = flat_tokens(line)
    if len(tokens) > 20:
        return None if _prose_of_figures(line, tokens) else tokens
    # a short statement (a balance sheet of five rows) is a table when the line opens with its column heading
    # ("Three Months Ended December 31, 2024 2023 Net sales $ 842,610 ...", "December 31, 2024 2023 Cash ...",
    # "Q4 2024 Q4 2023 Y/Y Change Revenue ..."): prose never opens so and then runs on in figures
    opens = bool(tokens) and tokens[0][0] in ("dur", "date", "head") and bool(_AS_OF.fullmatch(line[:tokens[0][1].start()]))
    if not opens and (heading := next((t for t in tokens if t[0] != "scale"), None)) is not None:
        title = _NOTES.sub(" ", line[:heading[1].start()]).strip()
        opens = heading[0] in ("dur", "date", "head") and (bool(_STATEMENT_TITLE.fullmatch(title)) or (
            tokens[0][0] == "scale" and _SHORT_TITLE.fullmatch(title) is not None))  # 'Revenue by region (in
        # millions of euros) Q3 2025 Q3 2024 North America ...': a title of a few words and its scale, then headings
    return tokens if opens and len(tokens) > 10 else None


_SHORT_TITLE = re.compile(r"[A-Z][\w&'\-]*(?: [\w&'\-]+){0,7}")  # a table's title of a few words, no sentence
_FIGURE_GAP = re.compile(r"[\s$%|]*")  # what stands between two figures of one row: spaces, a dollar sign, a rule
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.;]\s+(?:[A-Z(]|\d)")  # a sentence ends and the next begins


def _prose_of_figures(line: str, tokens: list[tuple[str, re.Match]]) -> bool:
    """A paragraph citing many amounts ('we recognized ... $644.7 million ... 15%, 20%, and 25%, respectively, to be
    paid during fiscal 2024, 2025, and 2026'): sentences, and no two figures side by side as a row's columns print
    them. Read as a flattened table, its words became a row's label and a year its figure."""
    figures = [m for kind, m in tokens if kind in ("num", "dash")]
    side_by_side = any(_FIGURE_GAP.fullmatch(line, a.end(), b.start()) for a, b in zip(figures, figures[1:])
                       if a.end() <= b.start())
    return not side_by_side and bool(_SENTENCE_BREAK.search(line))


# a column headed by its period as one token: a quarter and its year ('Q4 2024', '4Q24', 'Q1 FY2025') or a fiscal
# year ('FY 2024', 'FY2025', 'Fiscal 2013'): the header resolver reads it as it reads it in any other layout
_TOKEN_HEAD = re.compile(r"^(?:(?:Q[1-4]|[1-4]Q)\s*(?:(?:FY|fiscal)\s?|F)?'?(?:(?:19|20)\d\d|\d\d)"
                         r"|(?:FY|fiscal\s+(?:year\s+)?)\s?'?(?:19|20)\d\d|FY\s?'?\d\d"
                         r"|(?:(?:3|6|9|12)M|H[12]|[12]H)\s?(?:19|20)\d\d)$", re.I)


def _is_period_cell(text: str) -> bool:
    t = text.strip(" ,")
    return bool(YEAR_CELL.match(t) or _TOKEN_HEAD.match(t) or SLASH_DATE_RE.fullmatch(t) or _DAY_FIRST_DATE_CELL.match(t) or
                _DAY_YEAR_CELL.match(t) or QUARTER_ALONE.match(t) or
                len(t) < 30 and _WHOLE_DATE_CELL.match(t) or
                (len(t) < 45 and (_duration(t) or MONTH_DAY_RE.match(t))))


_AMOUNTS_CELL = re.compile(r"amounts?", re.I)
def _paragraph(text: str) -> bool:
    """A cell that is a paragraph of prose (long, or a sentence's length ending as a sentence ends), never a
    table's title or heading."""
    return len(text) > 200 or len(text) > 100 and text.rstrip().endswith((".", '."', ".\u201d"))
_HEADER_WORD = re.compile(r"thousands|millions|unaudited|dollars", re.I)


def _amounts_and_percents(heading: str) -> bool:
    """Whether a header prints a group of amounts and a group of percentages ('Amounts' | 'Percent of Sales'): each
    a heading cell of its own (the heading's cells stand two spaces apart). Words of the prose or title before the
    header do not ('... revenues amounted to $41.7 million, or 15.2% of ...'): read so, the second half of the
    columns was taken for percentages and every figure under them left unread."""
    parts = [p.strip() for p in heading.split("  ") if 0 < len(p.strip()) < 60]
    return any(_AMOUNTS_CELL.fullmatch(p) for p in parts) and any(_percent_header(p) for p in parts)


class CellStreamReader:
    """Tables flattened to a stream of cells (one cell a line, `|` lines, a whole table on one line),
    made into grids by their header cells and read by the grid reader every table is read by."""

    def __init__(self, lines: list[str], fye_month: int, ytd_months: int | None = None,
                 grid: GridReader | None = None):
        self.lines = lines
        self.fye_month = fye_month
        self.ytd_months = ytd_months
        self.grid = grid or GridReader([], lines, fye_month, ytd_months)
        self.percent_columns = False
        self.printed_order: list[int] | None = None  # where the model's columns stand among a row's cells
        self.column_kinds = ""  # under a header of shares between the periods: each column's kind (_shares_head)
        self.flat = False  # reading one flattened line: its heading stands on the lines above
        self.table_lines: set[int] = set()
        self.head_line = 0  # the line the last table's header starts on

    def read(self) -> list[Figure]:
        figures: list[Figure] = []
        for n, line in enumerate(self.lines):
            if (tokens := _flattened(line)) is not None:
                self.flat = True
                cells = flat_cells(line, n, tokens)
                found = self.read_cells(self._dates_above(n, cells) + cells)
                self.flat = False
                figures.extend(found)
                if found:
                    self.table_lines.add(n)
        if any("|" in line for line in self.lines) or _has_cell_per_line(self.lines):
            figures.extend(self.read_cells(cells_of(self.lines)))
        return figures

    def read_cells(self, cells: list[Cell]) -> list[Figure]:
        figures: list[Figure] = []
        i = 0
        while i < len(cells):
            if cells[i].value is None and _is_period_cell(cells[i].text) or YEAR_CELL.match(cells[i].text) \
                    or _quarter_group(cells, i):
                got, end = self._table(cells, i)
                i = max(end, i + 1)  # on past this header whatever it read
                figures.extend(got)
                if got:
                    # up to its last figure's line: the prose a cell stream runs on into stays prose
                    self.table_lines.update(range(self.head_line, max(f.line for f in got)))
            else:
                i += 1
        return figures

    def _table(self, cells: list[Cell], i: int) -> tuple[list[Figure], int]:
        """The table whose header starts at cell i: its figures and the cell after it. A header none of whose
        shapes is known may still be its columns' headings line by line (_stacked)."""
        got, end = self._header_table(cells, i)
        if got or not (stacked := self._stacked(cells, i)):
            return got, end
        return stacked

    def _stacked(self, cells: list[Cell], i: int) -> tuple[list[Figure], int] | None:
        """A header printed as its lines one after the other, each line one heading a column ('Three Months Ended %
        of' / 'Three Months Ended December' / .. then 'Sales' / '27, 2024' / ..): as many heading cells as two or
        three times the figures of each of the first two rows, and two or more columns whose headings, read down,
        name a year. Each line is a heading row of one cell a column, as a grid's header is (the grid reader reads
        the periods down each column). None for any other header: which heading stands over which figure is not
        known."""
        head: list[Cell] = []
        k = i
        while k < len(cells) and len(head) < 50 and (cells[k].value is None or YEAR_CELL.match(cells[k].text)):
            head.append(cells[k])
            k += 1
        if len(head) < 5 or head[-1].value is not None:
            return None
        label_at, texts = k - 1, [c.text for c in head[:-1] if not _scale_cell(c.text)]
        m = _figures_at(cells, k)
        second = k + m
        if m < 2 or len(texts) % m or not 2 <= len(texts) // m <= 3 or second >= len(cells) \
                or cells[second].value is not None or _figures_at(cells, second + 1) != m:
            return None
        lines = [texts[r * m:(r + 1) * m] for r in range(len(texts) // m)]
        size = len(texts) // m
        own = [texts[c * size:(c + 1) * size] for c in range(m)]
        if all(YEAR_RE.search(col[-1]) and sum(bool(YEAR_RE.search(t)) for t in col) == 1 for col in own):
            lines = [list(heads) for heads in zip(*own)]  # each column's whole heading printed in turn, its year
            # last ('Three Months Ended' / 'December 31,' / '2025' / 'Three Months Ended' / .. / '2024' / 'Year Ended'
            # ..): read down as lines, the second column's heading took the third's span and its figures another
            # period's; a header of lines prints every year on its last line, never one in the first column's cells
        if sum(1 for col in zip(*lines) if YEAR_RE.search(" ".join(col))) < 2:
            return None
        self.printed_order, self.percent_columns, self.column_kinds = None, False, ""
        rows, end = self._rows(cells, label_at, m, 0)
        if not rows:
            return None
        line = head[0].line
        head_rows = [GridRow(line, [GridCell(t, 1 + c, 2 + c) for c, t in enumerate(heads)]) for heads in lines]
        title = "  ".join(c.text for c in cells[max(0, i - 6):i] if c.value is None and not _paragraph(c.text))
        table = GridTable(head_rows + rows, "  ".join([title] + [c.text for c in head[:-1] if _scale_cell(c.text)]),
                          line, rows[-1].line)
        return self.grid.read_tables([table]), end

    def _header_table(self, cells: list[Cell], i: int) -> tuple[list[Figure], int]:
        self.column_kinds = ""
        first = max(0, i - 6)  # the heading's cells: never the last row of the table before (its figures and label,
        first = max([k + 1 for k in range(first, i) if cells[k].value is not None  # '... (in thousands)')
                     and not _RULE_CELL.fullmatch(cells[k].text) and not YEAR_CELL.match(cells[k].text)
                     or _paragraph(cells[k].text)] + [first])  # nor a paragraph of prose ('... with thousands
        # of customers ...': its scale word clashed with the heading's 'In millions', every figure read a count)
        title = "  ".join(c.text for c in cells[first:i])  # two spaces: each cell a heading line (_scale)
        groups, dates, header_text, quarters = [], [], [], []
        years: list[str] = []  # each column's heading, in the order printed
        ends: list[str] = []  # each group's month or date printed after its words ('Year Ended December 28,')
        in_years: list[str] = []  # bare quarters under fiscal years ('Q1' .. 'Q4' under each)
        shares: list[str] = []  # '% of Revenues' headings printed after a year, each a column of its own
        printed: list[list[tuple[str, int, int]]] = []
        trailing: list[str] = []  # "% change", "Increase (decrease)": columns after the periods
        order: list[str] = []  # "y" a year, "t" a trailing column, as the header prints them ('2024 2023 % Change ...')
        j = i
        self.head_line = cells[i].line  # where its header starts: prose read past on the way is no table line
        first_year, last_j = None, j  # the cell of the first year (a header begun again forgets it)
        while j < len(cells):
            first_year = None if not years else last_j if first_year is None else first_year
            last_j = j
            t = cells[j].text
            if _percent_header(t) and years and not _scale_cell(t) and len(t) < 40:
                header_text.append(t)  # '2014' / '% of Revenues' / '2013' / '% of Revenues': a column of its own
                shares.append(t)
                order.append("p")
            elif _scale_cell(t) or _percent_header(t) or _AMOUNTS_CELL.fullmatch(t):
                header_text.append(t)
            elif QUARTER_CELL.match(t) or self.flat and QUARTER_ALONE.match(t) and (quarters or len(years) >= 2) \
                    or (quarters and t.lower() in ("total", "year", "full year")):
                quarters.append(t)
            elif YEAR_CELL.match(t) or SLASH_DATE_RE.fullmatch(t.strip(" ,")) or _DAY_FIRST_DATE_CELL.match(t) \
                    or self.flat and groups and _DAY_YEAR_CELL.match(t):  # '27, 2024' under 'Three Months Ended December'
                years.append(t.strip("()"))
                order.append("y")
            elif groups and len(groups) >= len(years) + 1 and _DAY_AND_YEAR.match(t):
                years.append(t)  # 'Quarters Ended December' / .. / '30, 2023': a date broken over two heading lines,
                order.append("y")  # its day and year under its month (the grid joins them down its column)
            elif len(t) < 30 and (m := _AS_OF_WHOLE_DATE.match(t)):
                years.append(m.group(1))  # 'As of December 31, 2024' / 'As of December 31, 2023': each column's date
                order.append("y")
            elif _TOKEN_HEAD.match(t.strip(" ,")) and not quarters:
                years.append(t.strip(" ,"))  # 'Q4 2024' / 'Q4 2023' / 'Y/Y Change': each column's own period
                order.append("y")
            elif cells[j].value is not None:
                break
            elif MONTH_DAY_RE.match(t) and not _duration(t):
                if YEAR_RE.search(t) and not dates:  # "December 31, 2023": a column's whole date, its year with it
                    years.append(t.strip(" ,"))
                    order.append("y")
                elif not dates and (paired := _date_then_year(cells, j, bool(years))):
                    years.append(paired)  # "September 30," / "2025" / "June 30," / "2025": each column's own date
                    order.append("y")
                    j += 2
                    continue
                else:
                    dates += _month_days(t)  # 'September 30, December 31,': the two columns' dates on one line
                    if len(ends) == len(groups) and ends and not ends[-1]:
                        ends[-1] = t.strip()
            elif groups and (m := _ENDED_DATE.match(t)):
                dates.append(m.group(1))  # "Three Months" / "Six Months" / "Ended June 30," / "Ended June 30,"
            elif _duration(t) and len(t) < 60 and ":" not in t and _WHOLE_SPAN.search(t) and not groups \
                    and all(_WHOLE_SPAN.search(y) for y in years) and "|" not in self.lines[cells[j].line]:
                years.append(t.strip(" ,"))  # "Six months ended 30 June 2025" / "... 2024": each column's span,
                order.append("y")  # date and year in one cell, no year cells under them (one cell a line only: a
                # pipe table of such headings is the grid reader's, whose scale rules it keeps)
            elif _BARE_QUARTER.match(t) and years and not trailing and (
                    in_years or all(_FISCAL_YEAR_CELL.match(y) for y in years)):
                in_years.append(t)  # 'Fiscal 2024' / 'Fiscal 2025' / 'Q1' .. 'Q4' / 'Q1' .. 'Q4': each year's quarters
            elif (_duration(t) or _BARE_QUARTER.match(t) and not quarters) and len(t) < 60 and ":" not in t \
                    or QUARTER_ALONE.match(t) and not years:
                if years and not _next_group_of_runs(cells, j, groups, years, order):  # a new column group after
                    # years: what came before was a title (unless each group prints its own run of the same years)
                    title += "  " + "  ".join(groups + dates + years)
                    groups, dates, years, trailing, order, shares, ends = [], [], [], [], [], [], []
                    self.head_line = cells[j].line
                groups.append(t)
                ends.append(m.group(1) if (m := _MONTH_LAST.search(t)) else "")
            elif TRAILING_COLUMNS.match(t) or trailing and _CHANGE_TAIL.match(t):
                trailing.append(t)
                order.append("t")
            elif _AS_OF_WORDS.fullmatch(t) and j + 1 < len(cells) and _DATE_NO_YEAR.match(cells[j + 1].text.strip()):
                j += 1  # 'As of December 31, 2024 As of December 31, 2023': each column's words before its date
                continue
            elif years and not _period_follows(cells, j):
                break  # the first row label, or a section heading above it
            elif years:  # prose between period words ("... 2006 AND OCTOBER 30, 2005"): the header starts again
                title += "  " + "  ".join(header_text + years + [t])
                groups, dates, years, header_text, trailing, order, shares, ends = [], [], [], [], [], [], [], []
                j += 1
                self.head_line = cells[min(j, len(cells) - 1)].line
                continue
            elif groups and not years and t.lower().strip(" ,:") in ("ended", "ending"):
                j += 1  # "Year" / "Three months" / "ended" / "ended": the groups' last word, a cell each
                continue
            elif groups and not years and len(t) < 20 and _duration(cells[j + 1].text if j + 1 < len(cells) else ""):
                if (m := _MONTH_FIRST.match(t)) and len(ends) == len(groups) and not ends[-1]:
                    ends[-1] = m.group(1)  # 'Three Months Ended December' / '27, 2024': the group's month
                j += 1  # "For the" between two column groups ("... Three Months Ended ... For the Nine Months Ended")
                continue
            elif not _HEADER_WORD.search(t):
                # prose before the real header; a paragraph of it is no part of the table's title (its 'full-year',
                # 'quarters' told the grid reader of other periods than the header's, and the table was unread)
                title = "" if _paragraph(t) else title + "  " + "  ".join(header_text + [t])
                groups, dates, header_text, ends = [], [], [], []
                j += 1
                self.head_line = cells[min(j, len(cells) - 1)].line
                continue
            header_text.append(t)
            j += 1
        first_year = None if not years else last_j if first_year is None else first_year
        if self.flat and any(_DAY_YEAR_CELL.match(y) for y in years):
            whole = _split_dates(ends if len(ends) == len(groups) else [], years)
            if whole is None:
                return [], max(j, i + 1)  # which column each day stands under, the line does not say
            dates, years = [], whole
        heading = "  ".join([title] + header_text)
        if self.flat and not groups and not quarters and i == 0:  # the line opens with its years
            groups = self._spans_above(cells[i].line)  # "Three Months Ended ..." / "Nine Months Ended ..." on lines of their own
        if in_years:
            if not (head := _quarters_under_years(years, in_years)):
                return [], max(j, i + 1)
            n, years = len(in_years), in_years
            head[:0] = [_spread(groups, n)]  # 'Free cash flow - trailing 4-quarters' over them all
        elif len(quarters) >= 2 and len(years) > 1 and (head := _quarters_of_years(years, quarters)):
            n = len(quarters)  # 'Fiscal 2013 Fiscal 2014 Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4': each year over its run of quarters
        elif len(quarters) >= 2 and len(years) > 1:
            return [], max(j, i + 1)  # quarters under several years ('Fiscal 2024' | 'Fiscal 2025' / 'Q1' ..): whose
            # quarter each figure is, the stream does not say
        elif len(quarters) >= 2 and len(years) <= 1:
            year = self._quarters_year(" ".join(years) or title)
            if year is None:
                return [], max(j, i + 1)
            head = [[(f"Fiscal {year}", 0, len(quarters))], [(q, k, k + 1) for k, q in enumerate(quarters)]]
            n = len(quarters)
        elif not in_years:
            n = len(years)
            if n < 2:
                return [], max(j, i + 1)
            head = [_spread(_once(groups, years), n), _spread(_dates_once(dates, n), n),
                    [(y, k, k + 1) for k, y in enumerate(years)]]
            before = cells[max(0, (first_year or i) - 8):first_year or i]  # the cells right before the years
            if not groups and not dates and not trailing and (named := _named_groups(before, years)):
                head[:0] = named  # 'Segment A' / 'Segment B' / 'Consolidated' over '2024' / '2023' thrice
        head[-1] += [(t, n + k, n + k + 1) for k, t in enumerate(trailing)]
        if shares and not in_years and len(quarters) < 2 and (printed := _shares_head(order, years, trailing, shares,
                                                                                     groups)):
            head, n, trailing = printed, len(printed[-1]), []  # shares of a total printed between the periods
            self.column_kinds = "".join(order).lstrip("t")
            order = ["y"] * n
        amounts = _amounts_and_percents(heading)
        if amounts and n % 2 == 0:  # "Amounts | Percent of Sales": a group over each half of the columns
            head.insert(0, [("Amounts", 0, n // 2), ("Percent of sales", n // 2, n)])
        self.percent_columns = bool(PERCENT_HEADER.search(" ".join(header_text))) and not (shares and printed)
        between = "".join(order).strip("t")  # a trailing column printed between years ('yyt yyt' -> 'yytyy')
        self.printed_order = _printed_order(order) if "t" in between and len(order) == n + len(trailing) \
            and len(quarters) < 2 and not amounts and not self.percent_columns else None
        rows, end = self._rows(cells, j, n, len(trailing))
        if not rows:
            return [], end
        line = self.head_line  # the header's own line, not the prose the scan read past
        head_rows = [GridRow(line, [GridCell(t, 1 + a, 1 + b) for t, a, b in r]) for r in head if r]
        above = _heading_above(self.lines, rows[0].line) if self.flat else ""
        heading = "  ".join(x for x in (above, heading[-600:]) if x)  # the cells right above: its heading, not the prose before
        table = GridTable(head_rows + rows, heading, line, rows[-1].line)
        return self.grid.read_tables([table]), end

    def _dates_above(self, n: int, cells: list[Cell]) -> list[Cell]:
        """A flattened line that prints no column headings before its first figure ('ASSETS Current
        assets: Cash $ 19,305,714 ...') under short lines that each name one whole date ('As of
        September 30, 2025 (Unaudited)' / 'As of December 31, 2024 (Audited)'): those dates head its
        columns, in the order printed."""
        for c in cells:
            if c.value is not None and not YEAR_CELL.match(c.text):
                break
            if YEAR_CELL.match(c.text) or _is_period_cell(c.text):
                return []  # it has headings of its own
        out: list[Cell] = []
        for k in range(n - 1, max(-1, n - 7), -1):
            line = self.lines[k].strip()
            if not line:
                continue
            dates = list(_WHOLE_DATE.finditer(line))
            if len(line) > 200 or len(dates) != 1:
                break
            out.insert(0, Cell(dates[0].group(0), k, quote=line))
        return out if len(out) >= 2 else []

    def _spans_above(self, n: int) -> list[str]:
        """The column-group headings printed on short lines of their own right above a flattened
        table's line ('Three Months Ended September 30,' / 'Nine Months Ended September 30,')."""
        above = [l.strip() for l in self.lines[max(0, n - 6):n] if l.strip() and len(l) < 200]
        return [l for l in above[-4:] if len(l) < 60 and _duration(l) and not YEAR_RE.search(l)]

    def _quarters_year(self, title: str) -> int | None:
        """The one year named above 'First Quarter ... Fourth Quarter, Total'."""
        found = set(YEAR_RE.findall(title))
        return int(found.pop()) if len(found) == 1 else None

    def _rows(self, cells: list[Cell], j: int, n: int, trailing: int) -> tuple[list[GridRow], int]:
        """The cells after a header as grid rows: a row's label, then exactly one value per column
        (a row that lists fewer values has blank cells, and which columns they belong to is not
        known: it is left out); text cells before a label are its heading."""
        rows: list[GridRow] = []
        section, texts, values = "", [], []
        begin = j

        def flush():
            row = values
            # 'Basic $1.12 $1.05 7% 6%' under '2014 | % of Revenues | 2013 | % of Revenues | changes': each to its column
            placed = _placed(values, self.column_kinds) if 0 < len(values) < len(self.column_kinds) else None
            interleaved = self.printed_order is not None and self.printed_order != list(range(n + trailing))
            if interleaved and len(row) == n and len({v.text.rstrip().endswith("%") for v in row}) == 1:
                pass  # 'Cost of sales 612,004 598,311 2,410,772 2,388,506': one figure a period, every change left blank
                # (all amounts or all percentages: a change's '%' among amounts says a period's cell is the blank one)
            elif interleaved:  # '2024 | 2023 | % Change | 2024 | 2023 | % Change': each figure to its column
                if len(row) != n + trailing:
                    return  # a row with blank cells: which column each figure is under is not known
                row = [row[p] for p in self.printed_order]
            if len(row) == n + trailing + 1 and _ONE_MARK.fullmatch(row[0].text) and self.flat and not interleaved \
                    and not self.percent_columns:
                row = row[1:]  # 'Capital Expenditures (2) (240) (265)': a note's mark after the label, a figure too many
            if self.percent_columns and len(row) not in (n, n + trailing):
                amounts = [v for v in row if not v.text.rstrip().endswith("%")]
                if 2 * len(amounts) == n:  # "Amounts | Percent of Sales": keep the amounts
                    row = amounts
            bare_total = _bare_total_below(rows, row, n) if len(row) == 2 * n and not trailing and texts else None
            if bare_total is not None:
                row = row[:n]  # "Retail | 4,310 | 4,120" then "98,765 | 87,654" on a line of its own: the rows' total
            elif len(row) > n + trailing and len(row) % n == 0 and not trailing and len(rows) >= 3:
                row = row[:n]  # "Total equity | 158,342 | 171,905 | $ | 203,618 | ...": an unlabelled row follows
            if texts and row and (len(row) in (n, n + trailing) or row is not values or placed) \
                    and not MONTH_DAY_RE.match(texts[-1]):
                label, row_section = _without_caps_section(texts[-1]), section
                if len(texts) >= 2 and _TOTAL_FIRST_LINE.match(texts[-2]) and not _TOTAL_FIRST_LINE.match(texts[-1]):
                    label = f"{texts[-2]} {label}"  # 'Total Acme Holdings' / 'Ltd. shareholders' equity' / figures: a
                    # total is a row, never a heading of rows, so a total's words with no figures are its label's
                    # first line (read as a heading, the owners' equity lost its owner and "equity" was the total's)
                    row_section = section[:-len(texts[-2])].rstrip() if section.endswith(texts[-2]) else section
                at = row[0].line  # the row's line; a cell on another line (one cell a line) says its own
                grid_cells = [GridCell(label, 0, 1)]
                for k, cell in enumerate(placed if placed is not None else row[:n + trailing]):
                    if cell is None:
                        continue  # a blank cell whose column the row's other figures tell
                    grid_cells.append(GridCell(cell.text, k + 1, k + 2, k + 1, k + 2, cell.line if cell.line != at else None,
                                               cell.quote, cell.value))
                rows.append(GridRow(at, grid_cells, row_section))
                if bare_total is not None:
                    rows.append(GridRow(bare_total[0].line, [GridCell("Total", 0, 1)] + [
                        GridCell(c.text, k + 1, k + 2, k + 1, k + 2, None, c.quote, c.value) for k, c in enumerate(bare_total)],
                        row_section))

        while j < len(cells):
            cell = cells[j]
            if _column_head(cell.text) and j + 1 < len(cells) and _column_head(cells[j + 1].text) \
                    or not values and _date_then_year(cells, j, False):  # 'September 30,' / '2025' / 'December 31,
                flush()  # a new header: the next table starts with its date cells ('September 30, | December 31,')
                return rows, _header_start(cells, j, begin) if not values else j
            if cell.value is not None:
                values.append(cell)
            elif _scale_cell(cell.text) and not (_LABEL_IN_SCALE.match(cell.text) and j + 1 < len(cells)
                                                 and cells[j + 1].value is not None):
                pass  # a scale note among the rows; 'Diluted shares outstanding (in thousands)' before its figures is a row
            elif (rows or values) and SCALE_LINE.search(cell.text) and stated_scale(cell.text) is not None \
                    and not (j + 1 < len(cells) and cells[j + 1].value is not None):  # (a label before its figures,
                # 'Diluted weighted average shares outstanding (in thousands)', is a row, never a scale row)
                if values:  # 'Financial Performance (in 000's, except per share amounts)' among the rows: the rows
                    flush()  # below are in that scale; a row of its own, as the grid reader reads such a row of any grid
                texts, values = [], []
                rows.append(GridRow(cell.line, [GridCell(cell.text, 0, 1)], section))
            else:
                if values:
                    flush()
                    texts, values = [], []
                elif len(texts) >= 1 and _is_period_cell(cell.text) and _duration(cell.text) \
                        and len(cell.text) < 40 and _heads_columns(cells, j):
                    return rows, _header_start(cells, j, begin)  # its groups, the first among them
                head, colon, rest = cell.text.rpartition(":")
                if colon and rest.strip() and len(head) < 80 and head.count("(") <= head.count(")"):  # (never a
                    # colon inside a note: 'Class A common stock (authorized: 300.0 shares; issued: 1.8 shares)')  # "Earnings Per Common Share: Basic: Income ..."
                    section, text = clean_label(head.replace(":", " ")), rest
                else:
                    text = cell.text
                texts.append(clean_label(text))
                if len(texts) > 1:
                    section = " ".join(t for t in texts[:-1] if _is_heading_text(t)) or (
                        "" if any(_HEADING_FORM.search(c.text) for c in cells[j - len(texts) + 1:j]) else section)
                section = _caps_heading(texts[-1]) or section
            j += 1
        flush()
        return rows, j


# a total's words on a line of their own, not a heading (a colon ends a heading: 'Total company:')
_TOTAL_FIRST_LINE = re.compile(r"total\b(?!.*:\s*$)", re.I)


# a figure or a date's year in a text cell: a piece of a row's label wrapped over several cells ('Ordinary shares NIS
# 0.01 par value, 100,000,000 shares authorized at' / 'December 31, 2024 and ...'), never a heading of rows
_WRAPPED_LABEL = re.compile(r"\d")


# a text cell ending in a colon ('Senior notes due 2028:'): printed as a heading of the rows below it, so the heading
# before it no longer stands over them, even where its own words (a year) keep it from naming them
_HEADING_FORM = re.compile(r":\s*$")


def _is_heading_text(text: str) -> bool:
    """Whether a text cell before a row's label may head the rows below it ('Current assets', 'Shareholders'
    equity'): words without figures. A wrapped label's pieces are not: taken as the heading, a share capital row's
    'shares authorized' made every row after it a count of shares, the equity total among them."""
    return not _WRAPPED_LABEL.search(text)


def _header_start(cells: list[Cell], j: int, begin: int) -> int:
    """Where the next table's header starts when a period cell at j ends the rows: back over the period cells
    right before it ('Three Months Ended' before 'Nine Months Ended', 'September 30,' before 'December 31,'),
    which are its first column groups, not a row's label (begun at the second group, the first was lost and
    the header not read); never back before `begin`, where the rows began."""
    start = j
    while start - 1 > begin and cells[start - 1].value is None and _is_period_cell(cells[start - 1].text) \
            and not _column_year(cells[start - 1].text):
        start -= 1
    return start


_MONTH_LAST = re.compile(rf"\b({MONTH_RE})\.?$", re.I)  # 'Quarters Ended December'
_MONTH_FIRST = re.compile(rf"^({MONTH_RE})\.?(?:\s|$)", re.I)  # 'December For the' (the next group's words after it)


def _split_dates(ends: list[str], years: list[str]) -> list[str] | None:
    """Each column's whole date where a heading printed over two lines ('Year Ended December 28,' / '2024', 'Year
    Ended December' / '30, 2023') was flattened onto one line: `ends` each column group's month or date in the order
    printed, `years` the cells under them, a year or a day and year each. Where every group ends in its month, the
    last group's month and the first column's day are read as one date ('... Year Ended December 27, 2024 29, 2023'):
    they are cut apart again. None unless each column has one group and, with it, its day: a column's date unknown,
    a date read from another column would date every figure under it wrongly."""
    if len(ends) != len(years) or not ends:
        return None
    months = [_MONTH_LAST.search(e) for e in ends[:-1]]
    last = _DATE_NO_YEAR.match(ends[-1])
    if all(months) and last is not None and YEAR_CELL.match(years[0]) and not any(_DATE_NO_YEAR.match(e) for e in ends[:-1]):
        ends = ends[:-1] + [last.group(1)]  # the last group's 'December' and the first column's '27, 2024'
        years = [f"{last.group(2)}, {years[0]}"] + years[1:]
    out = []
    for end, year in zip(ends, years):
        date = _DATE_NO_YEAR.match(end)
        if date is not None and YEAR_CELL.match(year):
            out.append(f"{end.strip(' ,')}, {year}")
        elif date is None and _MONTH_LAST.fullmatch(end) and _DAY_YEAR_CELL.match(year):
            out.append(f"{end} {year}")
        else:
            return None
    return out


def _quarters_of_years(years: list[str], quarters: list[str]) -> list[list[tuple[str, int, int]]]:
    """The heading of a table of quarters under several fiscal years ('Fiscal 2013 Fiscal 2014 Q1 Q2 Q3 Q4 Q1 Q2 Q3
    Q4'): each year over its own run of quarters, where the quarters are the same run once for each year in the order
    printed; [] otherwise (a year with fewer quarters than another: which quarters are whose, the line does not say)."""
    k = len(quarters) // len(years)
    if not years or k < 2 or k * len(years) != len(quarters) or any(quarters[i] != quarters[i % k]
                                                                       for i in range(len(quarters))) \
            or len(set(quarters[:k])) != k or not all(QUARTER_ALONE.match(q) for q in quarters):
        return []
    return [[(y, a * k, (a + 1) * k) for a, y in enumerate(years)], [(q, i, i + 1) for i, q in enumerate(quarters)]]


# words of a statement's or a table's title, a company's name or a note: never the name of a column group
_NOT_A_GROUP = re.compile(r"statements?\b|balance\s+sheets?|financial\s+position|\b(?:inc|corp|corporation|ltd|llc|plc|"
                          r"limited|company|group)\b\.?|unaudited|audited|thousands|millions|billions|highlights|results"
                          r"|summary|data\b|table\b|[:\d$%]", re.I)


def _named_groups(before: list[Cell], years: list[str]) -> list[list[tuple[str, int, int]]]:
    """Column groups named by words right before a header's years, each over an equal run of the columns that
    repeats the same years ('Pump Systems' / 'Valve Systems' / 'Consolidated' / 2024 / 2023 / 2024 / 2023
    / 2024 / 2023): a business's or a basis's columns, as a grid's group row over them would head them. Left in the
    title, the columns' periods repeated with nothing to tell them apart and the table was unread. None unless there
    are two or more such words, none a period, scale, title or note, and the years repeat exactly under each. A span's
    heading right before them ('Three months ended December 31, ($ thousands)') stands over them all."""
    names: list[str] = []
    span = ""
    for c in reversed(before):
        t = c.text.strip()
        if c.value is not None or len(t) >= 50 or _is_period_cell(t) or _NOT_A_GROUP.search(t) \
                or TRAILING_COLUMNS.match(t) or _percent_header(t) or _scale_cell(t):
            if c.value is None and len(t) < 100 and _duration(t) and _SPAN_ENDED.search(t):
                span = t  # 'Three months ended December 31,($ thousands, except per share data)': over them all
            break
        names.insert(0, t)
    n, k = len(years), len(names)
    if k < 2 or n % k or n // k < 2:
        return []
    size = n // k
    if any(years[g * size:(g + 1) * size] != years[:size] for g in range(k)) or len(set(years[:size])) != size:
        return []
    return ([[(span, 0, n)]] if span else []) + [[(t, g * size, (g + 1) * size) for g, t in enumerate(names)]]


def _printed_order(order: list[str]) -> list[int]:
    """Where each column of the header's model (the years, then the trailing columns) stands among the
    cells a row prints: '2024 2023 % Change 2024 2023 % Change' is [0, 1, 3, 4, 2, 5]."""
    return [k for k, kind in enumerate(order) if kind == "y"] + [k for k, kind in enumerate(order) if kind == "t"]


# the second line of a change column's heading ('% Increase (Decrease)' / 'in Constant Currency')
_CHANGE_TAIL = re.compile(r"^in\s+constant\s+currenc(?:y|ies)\b", re.I)


def _shares_head(order: list[str], years: list[str], trailing: list[str], shares: list[str],
                 groups: list[str]) -> list[list[tuple[str, int, int]]]:
    """The header of a table printing each period's share of a total after its figure ('2014' / '% of Revenues' /
    '2013' / '% of Revenues'), change columns after them: every heading a column in the order printed, the spans
    over the periods' and shares' columns, and the change headings printed above the periods' line ('% Increase' /
    '% Increase (Decrease)' before '2014') over the last columns, each over the line's heading under it ('(Decrease) in
    US $', 'in Constant Currency'), as a grid's two heading rows stand. Rows of amounts mixed with shares were
    otherwise read as a row of too many figures and dropped. None when the shares do not each follow a period."""
    lead = next((k for k, kind in enumerate(order) if kind != "t"), len(order))  # change headings above the periods
    line = order[lead:]
    texts = {"y": iter(years), "p": iter(shares), "t": iter(trailing[lead:])}
    cells = [next(texts[kind]) for kind in line]
    kinds = "".join(line).rstrip("t")
    if not kinds.startswith("y") or kinds.replace("yp", "") != "" or lead > len(line) - len(kinds):
        return []
    n, body = len(cells), len(kinds)
    above = [(t, n - lead + k, n - lead + k + 1) for k, t in enumerate(trailing[:lead])]
    rows = [_spread(groups, body) + above] if groups or above else []
    return rows + [[(t, k, k + 1) for k, t in enumerate(cells)]]


def _month_days(text: str) -> list[str]:
    """The dates of a heading cell without a year: one, or each of two printed on one line ('September 30, December
    31,': a copy of the two columns' dates as one line)."""
    found = [m.group(0) + "," for m in MONTH_DAY_RE.finditer(text)]
    return found if len(found) == 2 and not _duration(text) and len(text) < 40 else [text]


def _dates_once(dates: list[str], n: int) -> list[str]:
    """Dates over the columns printed twice over ('September 30, December 31,' on one line, then 'September 30,' /
    'December 31,' a cell each, over 2006 / 2005): once, each over its column; spread as they were, three or four
    dates did not divide two columns and the second column's date was lost."""
    h = len(dates) // 2
    return dates[:h] if h == n and dates[:h] == dates[h:] else dates


def _placed(row: list[Cell], kinds: str) -> list[Cell | None] | None:
    """A row of fewer figures than columns under a header of shares between the periods (kinds: 'y' a period's
    column, 'p' a share's, 't' a change's, as printed): every share blank ('$1.12 | $1.05 | 7% | 6%': amounts, then
    percentages, as many as the periods and the changes, or the amounts alone) or every change blank ('4,210 | 31% |
    3,905 | 30%'): each figure to its column. None for any other row: which cell is the blank one is not known."""
    got = "".join("p" if c.text.rstrip().endswith("%") else "a" for c in row)
    if got in ("a" * kinds.count("y"), "a" * kinds.count("y") + "p" * kinds.count("t")):  # ('$1.12 | $1.05': both)
        targets = [k for k, c in enumerate(kinds) if c == "y"] + [k for k, c in enumerate(kinds) if c == "t"]
    elif got == "".join("a" if c == "y" else "p" for c in kinds if c != "t"):
        targets = [k for k, c in enumerate(kinds) if c != "t"]
    else:
        return None
    out: list[Cell | None] = [None] * len(kinds)
    for cell, k in zip(row, targets):
        out[k] = cell
    return out


def _once(groups: list[str], years: list[str]) -> list[str]:
    """Column groups printed twice over ('Three Months Ended' / 'Nine Months Ended' / 'Three Months Ended' / 'Nine Months
    Ended' over 2025 / 2024 / 2025 / 2024: a caption above the table repeating its heading) are the groups once, each
    over its run of the years, when every run repeats the same distinct years; spread one a column, each span stood
    over one year and the table was left unread. Over '2025' / '2025' / '2024' / '2024' they stay one a column."""
    h, n = len(groups) // 2, len(years)
    if not h or len(groups) != 2 * h or groups[:h] != groups[h:] or len(set(groups[:h])) != h or n % h or n // h < 2:
        return groups
    size = n // h
    runs = [years[g * size:(g + 1) * size] for g in range(h)]
    return groups[:h] if all(r == runs[0] for r in runs) and len(set(runs[0])) == size else groups


def _next_group_of_runs(cells: list[Cell], j: int, groups: list[str], years: list[str], order: list[str]) -> bool:
    """Whether the column group at cell j is the next of a header that prints each group with its own run of years
    ('Three Months Ended' / 'December 31,' / '2025' / '2024' / 'Year Ended' / 'December 31,' / '2025' / '2024', as a
    wire's flattened line prints it): every group so far over the same run of two or more distinct years, and this
    group, after its date, over that run again and then no more years. Read as a title before the last group, the
    first group's columns were lost and the last group's figures were read as balances at its dates."""
    if not groups or set(order) != {"y"} or len(years) % len(groups):
        return False
    size = len(years) // len(groups)
    runs = [years[g * size:(g + 1) * size] for g in range(len(groups))]
    if size < 2 or len(set(runs[0])) != size or any(r != runs[0] for r in runs) \
            or not all(YEAR_CELL.match(y) for y in runs[0]):
        return False
    k = j + 1
    while k < len(cells) and cells[k].value is None and _DATE_NO_YEAR.match(cells[k].text.strip()):
        k += 1
    after = [c.text.strip("()") for c in cells[k:k + size]]
    nxt = cells[k + size].text if k + size < len(cells) else ""
    return k > j + 1 and after == runs[0] and not YEAR_CELL.match(nxt)


def _spread(texts: list[str], n: int) -> list[tuple[str, int, int]]:
    """Group headings over n columns, each over its n/k adjacent columns ('Three Months Ended' and
    'Nine Months Ended' over four years); none when they do not divide the columns evenly."""
    if not texts or n % len(texts):
        return []
    size = n // len(texts)
    return [(t, k * size, (k + 1) * size) for k, t in enumerate(texts)]


def _heading_above(lines: list[str], n: int) -> str:
    """The short heading lines above a flattened table's line (statement name, scale)."""
    above = [l.strip() for l in lines[max(0, n - 6):n] if l.strip() and len(l) < 200]
    return "  ".join(above[-4:])


def _date_then_year(cells: list[Cell], j: int, paired_before: bool) -> str:
    """A month and day, then a year alone, then another month and day (or after such pairs): one column's whole
    date printed over two lines, as each column of a table of quarters prints its own ('September 30,' / '2025' /
    'June 30,' / '2025'); "" for a date over every column's year ('December 31,' / '2025' / '2024')."""
    nxt = cells[j + 1].text if j + 1 < len(cells) else ""
    after = cells[j + 2].text if j + 2 < len(cells) else ""
    if not _DATE_NO_YEAR.match(cells[j].text.strip()) or not YEAR_CELL.match(nxt) or not YEAR_RE.fullmatch(nxt.strip()):
        return ""
    if _AS_OF_WORDS.fullmatch(after) and j + 3 < len(cells):  # '... 2024 As of December 31, 2023'
        after = cells[j + 3].text
    if paired_before or (MONTH_DAY_RE.match(after) and not _duration(after) and not YEAR_RE.search(after)):
        return f"{cells[j].text.strip(' ,')}, {nxt.strip()}"
    return ""


_FISCAL_YEAR_CELL = re.compile(r"^(?:(?:fiscal|fy)\s*'?)?(?:19|20)\d\d$", re.I)


def _quarters_under_years(years: list[str], quarters: list[str]) -> list[list[tuple[str, int, int]]]:
    """The header of quarters under fiscal years ('Fiscal 2024' / 'Fiscal 2025' / 'Q1' .. 'Q4' / 'Q1' .. 'Q4'): each
    year over an equal run of the quarters, as a grid's group row stands over them. Only when every year has the
    same run of distinct quarters in the same order: otherwise whose quarter each figure is, the stream does not
    say, and nothing is read."""
    n, k = len(quarters), len(years)
    if k < 2 or n % k or len(set(years)) != k:
        return []
    size = n // k
    run = [q.upper() for q in quarters[:size]]
    if len(set(run)) != size or any([q.upper() for q in quarters[g * size:(g + 1) * size]] != run for g in range(k)):
        return []
    return [[(y, g * size, (g + 1) * size) for g, y in enumerate(years)],
            [(q, c, c + 1) for c, q in enumerate(quarters)]]


def _quarter_group(cells: list[Cell], i: int) -> bool:
    """A quarter's bare token ('4Q', 'Q4') followed by another or by a span's heading ('4Q' / '4Q' / '12 Months'):
    the first column group of a header, which begins there."""
    nxt = cells[i + 1].text if i + 1 < len(cells) else ""
    return bool(_BARE_QUARTER.match(cells[i].text)) and (bool(_BARE_QUARTER.match(nxt)) or _duration(nxt))


def _figures_at(cells: list[Cell], k: int) -> int:
    """How many figures stand one after the other from cell k (a row's, after its label)."""
    n = 0
    while k + n < len(cells) and cells[k + n].value is not None:
        n += 1
    return n


def _heads_columns(cells: list[Cell], j: int) -> bool:
    """Is the text cell at j, which names a span, a column group of a new header rather than a row's label? A
    header's next cell is a period's too ('Three Months Ended' / 'Nine Months Ended' / '2024'); a label's is its
    figure ('Net income for the year' / '48,620'): taken for a header, the statement's rows after it were lost."""
    nxt = cells[j + 1] if j + 1 < len(cells) else None
    return nxt is None or _SPAN_ENDED.search(cells[j].text) is not None or YEAR_CELL.match(nxt.text) is not None \
        or _is_period_cell(nxt.text) or nxt.value is None and (_period_follows(cells, j) or _scale_cell(nxt.text)) \
        or j > 0 and _duration(cells[j - 1].text) and _is_period_cell(cells[j - 1].text)
    # ('13 WEEKS' / '13 WEEKS': a span's heading after or before another, though its digits read as a figure)


_SPAN_ENDED = re.compile(r"\b(?:ended|ending)\b", re.I)  # 'Year Ended May 31,': a span's heading, never a row's label


def _period_follows(cells: list[Cell], j: int) -> bool:
    """Is the text cell at j prose inside a header ("2006 AND OCTOBER 30, 2005") rather than a row?"""
    nxt = cells[j + 1].text if j + 1 < len(cells) else ""
    return bool(YEAR_CELL.match(nxt) or MONTH_DAY_RE.match(nxt) or (_duration(nxt) and len(nxt) < 40
                                                                    and not _before_figures(cells, j + 1)))


def _before_figures(cells: list[Cell], j: int) -> bool:
    """Is the text cell at j followed by a figure (not a year)? Then it is a row's label, even one with a period's
    word in it ('Net income for the year 52,300'), never a column group's heading ('Year Ended' / '2024')."""
    after = cells[j + 1] if j + 1 < len(cells) else None
    return after is not None and after.value is not None and not YEAR_CELL.match(after.text)


_CAPS_SECTION = re.compile(r"^(?:\(?[A-Z][A-Z&,'-]+\)?\s+)+(?=[A-Z][a-z])")  # "(UNAUDITED) ASSETS Cash": "Cash"


def _caps_heading(label: str) -> str:
    """'PER SHARE DATA Net income (Basic)': a heading of two or more words in capitals run into the next row's label
    (a flattened line) heads the rows after it, as it would standing on a line of its own; dropped, the per-share
    rows under it were read as dollars. '' when the label opens with no such heading (one word, 'ASSETS', is left
    as it was: the label's own abbreviation may be such a word)."""
    m = _caps_run(label)
    words = _NOTES_IN_HEADING.sub(" ", m.group(0)).split() if m else []
    return " ".join(words) if len(words) >= 2 else ""


# words in capitals that begin a row's own label rather than head the rows after it: a basis ('NON-GAAP EPS
# Diluted 1.40', 'ADJUSTED EBITDA Margin') or a measure's abbreviation; taken as a heading, 'NON-GAAP' marked every
# later row of the table non-GAAP
_LABEL_CAPS = re.compile(r"(?<![\w-])(?:NON-GAAP|GAAP|ADJUSTED|REPORTED|UNDERLYING|CORE|PRO|FORMA|NORMALI[SZ]ED|"
                         r"COMPARABLE|ORGANIC|EPS|EBITDA|EBITDAR?|EBIT|FFO|AFFO|NOI|ROE|ROA|ROTCE|ROIC|NIM|TBV|BVPS|"
                         r"CET1|FCF)(?![\w-])")


def _caps_run(label: str) -> re.Match[str] | None:
    """The capitals run into a flattened row's label ahead of it ('PER SHARE DATA Net income'), None where there is
    none or where its words are the row's own ('NON-GAAP EPS Diluted': a basis or a measure's abbreviation)."""
    m = _CAPS_SECTION.match(label)
    return None if m is None or _LABEL_CAPS.search(m.group(0)) else m


_NOTES_IN_HEADING = re.compile(r"\([^()]*\)")


def _without_caps_section(label: str) -> str:
    """'INCOME Operating Revenues' (a heading run into its first row) is the row 'Operating Revenues'."""
    m = _caps_run(label)
    return label[m.end():] if m else label


def _has_cell_per_line(lines: list[str]) -> bool:
    """A table copied one cell a line: two lines in a row that are each one year ('2009' / '2008') or period token,
    blank lines between them or not, or each column's date over two lines ('2025' / 'June 30,' / '2025'), or each
    year's share of a total after it ('2014' / '% of Revenues' / '2013')."""
    filled = [l.strip() for l in lines if l.strip()]
    own = lambda c: _column_year(c) or bool(_TOKEN_HEAD.match(c))  # '2009' / '2008', 'Q4 2024' / 'Q4 2023'
    return any(own(a) and own(b) for a, b in zip(filled, filled[1:])) \
        or any(YEAR_CELL.match(a) and YEAR_CELL.match(c) and (_DATE_NO_YEAR.match(b)  # "2025" / "June 30," / "2025"
                                                              or len(b) < 40 and _percent_header(b))
               for a, b, c in zip(filled, filled[1:], filled[2:]))


# a column's day and year printed under its month ('Three Months Ended December' / '27, 2024'), a flattened line's cell
_DAY_YEAR_CELL = re.compile(r"^\d{1,2},\s(?:19|20)\d\d$")
_AS_OF_WORDS = re.compile(r"(?:as\s+(?:of|at)|at)", re.I)  # the words before a balance's date
_DATE_NO_YEAR = re.compile(rf"^{MONTH_DAY_RE.pattern},?$", re.I)
_DAY_AND_YEAR = re.compile(r"^\d{1,2},\s*(?:19|20)\d\d$")  # '30, 2023': the end of a date broken after its month
_BARE_QUARTER = re.compile(r"^(?:Q[1-4]|[1-4]Q)$", re.I)  # '4Q' over '2024': a column group of a quarter
_AS_OF_WHOLE_DATE = re.compile(rf"^as\s+(?:of|at)\s+({MONTH_DAY_RE.pattern},?\s*(?:19|20)\d\d)$", re.I)
_WHOLE_DATE = re.compile(rf"\b{MONTH_DAY_RE.pattern},?\s+(?:19|20)\d\d\b", re.I)
# "December 31, 2024", "December 31,2024" (no space after the comma, as some HTML copies print it), "As of
# December 31, 2024": a column's whole date
_WHOLE_DATE_CELL = re.compile(rf"^(?:as\s+(?:of|at)\s+)?{MONTH_DAY_RE.pattern},?\s*(?:19|20)\d\d$", re.I)


# a column's heading that names its fiscal year or quarter alone: 'Fiscal 2021', 'FY2022', 'Q1', '3Q'
_YEAR_OR_QUARTER_HEAD = re.compile(r"^(?:(?:fiscal|fy)\s*'?(?:19|20)?\d\d|q[1-4]|[1-4]q)$", re.I)


def _column_head(cell: str) -> bool:
    """A cell that heads a column: a year or a whole date (`_column_year`), or a fiscal year or quarter named alone.
    Two side by side among a table's rows start the next table's heading ('Fiscal 2021 | Fiscal 2022 | Q1 | Q2 ...'):
    the rows below them are never the last table's (read under its two years, a trailing-quarters table's first
    figures were dated the statement's years)."""
    return _column_year(cell) or bool(_YEAR_OR_QUARTER_HEAD.match(cell.strip()) or _TOKEN_HEAD.match(cell.strip()))


def _column_year(cell: str) -> bool:
    """A cell that heads a column by itself: a year ('2024') or a whole date ('December 31, 2024')."""
    return bool(YEAR_CELL.match(cell) or (len(cell) < 30 and (_WHOLE_DATE_CELL.match(cell)
                                                             or _DAY_FIRST_DATE_CELL.match(cell)))
                or len(cell) < 12 and SLASH_DATE_RE.fullmatch(cell.strip(" ,"))  # '12/31/24' / '06/30/24'

                or len(cell) < 60 and _duration(cell) and _WHOLE_SPAN.search(cell))  # "Six months ended 30 June 2025"
