"""Fixed-width tables of plain-text releases: header lines to periods, rows to figures."""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.columns import column_period
from parsers.model import Figure
from parsers.numbers import parse_cell, table_scale
from parsers.rows import clean_label, full_label, is_section_heading, make_figure, row_kind, share_scale
from parsers.rows import implausible_per_share
from parsers.tables import classify_figures

# r"(?:\b(?:Q[1-4]|[1-4]Q|YTD|FY)\s?'?(?:(?:19|20)\d\d|\d\d)\b)|\b(?:19|20)\d\d\b" (case-insensitive; no
# letter of it has a partner outside ASCII), written to start with the character class of its first
# character, which the regex engine skips to instead of trying the alternation at every character:
# the same matches (a test checks), several times faster. The \b before that character becomes
# "(?<!\w.)" after it.
PERIOD_TOKEN = re.compile(r"[1-4QqYyFf](?<!\w[1-4QqYyFf])"
                          r"(?:(?:(?<=[Qq])[1-4]|(?<=[1-4])[Qq]|(?<=[Yy])[Tt][Dd]|(?<=[Ff])[Yy])\s?'?(?:(?:19|20)\d\d|\d\d)\b"
                          r"|(?<=1)9\d\d\b|(?<=2)0\d\d\b)")
DURATION_WORD = re.compile(r"months|weeks|year|quarter|ended", re.I)
NON_GAAP_TABLE = re.compile(r"non-gaap|pro\s+forma|as\s+adjusted|reconciliation|excluding\s+special", re.I)
# r"(?:19|20)\d\d|Q[1-4]|[1-4]Q" (case-insensitive), written to start with the character class of its
# first character, which the regex engine skips to instead of trying the alternation at every
# character of every line: the same matches, three times faster.
YEARISH = re.compile(r"[1-4Qq](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=[Qq])[1-4]|(?<=[1-4])[Qq])")
OTHER_HEADER_WORDS = {"%", "change", "percent", "increase", "(decrease)", "decrease", "inc", "dec",
                      "inc.", "dec.", "variance", "(unaudited)", "unaudited", "actual", "$", "%change"}
VALUE_TOKEN = re.compile(r"(?<![\w.,$])(?:\$\s*)?\(?\$?\s?(?:\d[\d,]*(?:\.\d+)?|\.\d+)\)?(?:\s?%)?(?![\w])"
                         r"|(?<!\S)[-\u2014\u2013]{1,3}(?!\S)")
PHRASE_SPLIT = re.compile(
    r"(?:three|six|nine|twelve|\d{1,2})\s+(?:months|weeks)(?:\s+ended)?|(?:fiscal\s+)?year(?:s)?(?:\s+ended)?|"
    r"quarter(?:\s+ended)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?", re.I)


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


def header_columns(line: str) -> list[Column] | None:
    """The columns of a year line ("2007 2006", "Q3 2006 Q3 2005 YTD 2006"), or None."""
    cols = [Column(m.start(), m.end(), m.group(0), True) for m in PERIOD_TOKEN.finditer(line)]
    if len(cols) < 2:
        return None
    rest = PERIOD_TOKEN.sub(" ", line)
    for m in _PHRASE.finditer(rest):
        words = m.group(0).lower().replace("-", " ").split()
        if words and not all(w.strip("()") in OTHER_HEADER_WORDS or set(w) <= set("-=_%$") for w in words):
            return None
        if words and not all(set(w) <= set("-=_") for w in words):
            cols.append(Column(m.start(), m.end(), m.group(0), False))
    return sorted(cols, key=lambda c: c.start)


_ENDED_AT_END = re.compile(r"\b(?:ended|ending)$", re.I)
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
            and _MONTH_DAY_START.match(t)  # "... Ended March 31,"
        if merged and s - merged[-1][1] <= 1 and (not PHRASE_SPLIT.match(t) or ends_heading):
            ps, _, pt = merged[-1]
            merged[-1] = (ps, e, pt + line[merged[-1][1]:s] + t)
        else:
            merged.append((s, e, t))
    return merged


def assign(header_lines: list[str], cols: list[Column]) -> dict[int, list[str]]:
    """Each header phrase goes to the columns under it. A group heading narrower than its group
    ("Three Months Ended      Year Ended" over four columns) also takes the uncovered columns to its
    right, so no column of the group is left without its period."""
    got: dict[int, list[str]] = {i: [] for i in range(len(cols))}
    lone_durations: list[str] = []
    for line in header_lines:
        phrases = header_phrases(line)
        owner: dict[int, str] = {}
        for s, e, text in phrases:
            covered = [i for i, c in enumerate(cols) if s - 1 <= c.center <= e + 1]
            if not covered:
                covered = [min(range(len(cols)), key=lambda i: abs(cols[i].center - (s + e) / 2))]
            for i in covered:
                owner.setdefault(i, text)
        if len(phrases) >= 2 and any(DURATION_WORD.search(t) for t in owner.values()):
            last = None
            for i in range(len(cols)):
                if i in owner:
                    last = owner[i]
                elif last is not None and cols[i].is_period:
                    owner[i] = last
        elif len(phrases) == 1 and DURATION_WORD.search(phrases[0][2]):
            lone_durations.append(phrases[0][2])
        for i, text in owner.items():
            got[i].append(text)
    if len(lone_durations) == 1:  # one heading for every column ("Year Ended"), narrower than the columns
        for i, c in enumerate(cols):
            if c.is_period and not any(DURATION_WORD.search(t) for t in got[i]):
                got[i].insert(0, lone_durations[0])
    return got


_THREE_WORDS = re.compile(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}")


class FixedWidthReader:
    """Finds every fixed-width table in a document and reads its cells into figures."""

    def __init__(self, lines: list[str], fye_month: int, ytd_months: int | None = None):
        self.raw = lines
        self.lines = [l.expandtabs(8) for l in lines]
        self.fye_month = fye_month
        self.ytd_months = ytd_months
        self.table_lines: set[int] = set()  # 0-based lines inside tables, which prose parsing skips
        self.shares_scale: float | None = None  # of the table being read: share_scale(its heading)

    def read(self) -> list[Figure]:
        figures: list[Figure] = []
        i = 0
        while i < len(self.lines):
            cols = header_columns(self.lines[i]) if YEARISH.search(self.lines[i]) else None
            if cols and self._is_header(i):
                start = i
                table_figures, i = self._read_table(i, cols)
                figures.extend(table_figures)
                self.table_lines.update(range(start, i))
            else:
                i += 1
        return figures

    def _is_header(self, i: int) -> bool:
        """A year line starts a table only when it carries no prose (a sentence naming years)."""
        return not _THREE_WORDS.search(self.lines[i])

    def _header_block(self, i: int) -> tuple[list[str], str]:
        above, j = [], i - 1
        while j >= 0 and self.lines[j].strip() and len(above) < 5:
            if VALUE_TOKEN.search(self.lines[j]) and not header_columns(self.lines[j]) \
                    and not PHRASE_SPLIT.search(self.lines[j]):
                break
            above.insert(0, self.lines[j])
            j -= 1
        title_lines = [l for l in self.lines[max(0, j - 10):j + 1] if l.strip()]
        return above, " ".join(l.strip() for l in title_lines)

    def _periods(self, i: int, cols: list[Column]) -> tuple[list, float, str]:
        above, title = self._header_block(i)
        texts = assign(above, cols)
        periods = []
        for k, c in enumerate(cols):
            if not c.is_period:
                periods.append(None)
                continue
            header = " ".join(texts[k] + [c.text])
            periods.append(column_period(header, title + " " + " ".join(above), self.fye_month, self.ytd_months))
        below = " ".join(l for l in self.lines[i + 1:i + 3] if not VALUE_TOKEN.search(l))
        scale = table_scale(" ".join(above) + " " + below + " " + title[-400:])
        return periods, scale, title + " " + " ".join(above)

    def _read_table(self, i: int, cols: list[Column]) -> tuple[list[Figure], int]:
        periods, scale, title = self._periods(i, cols)
        self.shares_scale = share_scale(title[-400:])
        figures, end = self._read_rows(i, cols, periods, scale)
        classify_figures(figures, title[-300:])
        if NON_GAAP_TABLE.search(title[-300:]):  # a reconciliation or pro forma table: never the GAAP figures
            for f in figures:
                f.qualifier = f.qualifier or "non-gaap table"
        return figures, end

    def _read_rows(self, i: int, cols: list[Column], periods: list, scale: float) -> tuple[list[Figure], int]:
        figures: list[Figure] = []
        section, section_indent, pending, blanks, pending_indent = "", -1, "", 0, 0
        label_edge = min(c.start for c in cols) - 2
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            if not line.strip():
                blanks += 1
                pending = ""
                if blanks >= 2:
                    break
                j += 1
                continue
            blanks = 0
            if not pending:
                pending_indent = _indent(line)
            if j > i + 1 and header_columns(line):
                break
            if set(line.strip()) <= set("-=_ "):
                j += 1
                continue
            values = [m for m in VALUE_TOKEN.finditer(line) if m.start() >= label_edge - 6]
            label_text = line[: values[0].start()] if values else line
            if not values:
                if len(line.strip()) > 70 and line.strip().endswith("."):
                    break
                if is_section_heading(line) and not pending:
                    section, section_indent = clean_label(line), _indent(line)
                else:
                    pending = (pending + " " + line.strip()).strip()
                j += 1
                continue
            label = clean_label((pending + " " + label_text.strip()).strip())
            if (pending_indent if pending else _indent(line)) <= section_indent:
                section, section_indent = "", -1
            pending = ""
            if label:
                figures.extend(self._row(label, section, values, cols, periods, scale, j))
            j += 1
        return figures, j

    def _row(self, label, section, values, cols, periods, scale, j) -> list[Figure]:
        taken: dict[int, re.Match] = {}
        ends, centers = [c.end for c in cols], [c.center for c in cols]
        for m in values:
            end, center = m.end(), (m.start() + m.end()) / 2
            k = min(range(len(cols)), key=lambda n: min(abs(ends[n] - end), abs(centers[n] - center)))
            if k in taken:
                return []  # two values under one header: the layout is not understood, keep nothing
            taken[k] = m
        out = []
        quote = self.raw[j].strip()
        name = full_label(label, section)
        kind = row_kind(name, section)
        for k, m in taken.items():
            value = parse_cell(m.group(0))
            if value is None or periods[k] is None:
                continue
            f = make_figure(name, section, value, scale, periods[k], j + 1, quote, k, m.group(0), kind, self.shares_scale)
            if not implausible_per_share(f):
                out.append(f)
        return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
