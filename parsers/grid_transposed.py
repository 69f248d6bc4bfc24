"""A table printed on its side: its periods the ROWS ('Q1 2024 | 1,234 | 120 | 0.45', 'First Quarter | $ 45.10 |
$ 38.20' under 'Fiscal 2019') and its metrics the COLUMNS ('Revenue | Net income | Diluted EPS', a share's 'High |
Low'). It is turned back into the grid every other table is (a row a metric, a column a period) and read by the one
reader (parsers/grid_tables.GridReader), with every rule of labels, units and scales it applies to any row. Each cell
keeps the line it is printed on, so a figure is cited to its period's row.

Read so only when every row names a period alone (a heading of a fiscal year over its quarters may group them), the
periods are all spans or all dates, none ends after the release's own, and every column heading is a label with no period of
its own (bar a fiscal year over a group of columns). A table whose first column holds years inside labels ('2025
Notes'), or a schedule of amounts falling due ('2025 | 2026 | Thereafter'), is no such table: left as it is; nor is
one whose column headings name quarters or months ('First Quarter | Second Quarter' over years). Dates under a heading
naming their span ('Quarter ended' over 'March 31, 2024') are those spans. A 'High | Low' is a share's price only
under a title naming the share price, in no scale, percent or currency but the dollar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from parsers.columns import bare_year_period, column_period
from parsers.html import GridCell, GridRow, GridTable
from parsers.metadata import currencies_named
from parsers.periods import MONTH_RE, Period, month_end, month_number

# A row label that is a period and nothing else: years, fiscal words, quarter and half names, months, 'ended'
_PERIOD_WORD = (rf"(?:fiscal|years?|fy|quarters?|qtrs?|q[1-4]|[1-4]q|h[12]|half|first|second|third|fourth|1st|2nd|3rd|"
                rf"4th|months?|ended|ending|the|of|(?:{MONTH_RE})\.?|(?:19|20)\d\d|fy\s?'?\d\d|\d{{1,2}},?)")
_PERIOD_ONLY = re.compile(rf"^\W*(?:{_PERIOD_WORD}[\s,\-\u2013|]*)+\W*$", re.I)
_MONTH_YEAR = re.compile(rf"^\W*({MONTH_RE})\.?,?\s+((?:19|20)\d\d)\W*$", re.I)  # 'January 2024': that month's span
_BARE_YEAR = re.compile(r"^\W*((?:19|20)\d\d)\W*$")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bFY\s?'?\d\d\b", re.I)
# A schedule of amounts by the year they fall due, never a flow of those years
_SCHEDULE = re.compile(r"\bmaturit|\bfalling\s+due\b|\bdue\s+(?:in|by|within)\b|\bpayments?\s+due\b|\bobligations?\b|"
                       r"\brepayments?\b|\bcommitments?\b|\bexpir|\bthereafter\b|\bfuture\s+(?:minimum|payments?)\b", re.I)
# A column heading no metric is named by: a change or a share of another column, a note, a total of the row
_NO_METRIC = re.compile(r"\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bgrowth\b|\bvs\.?\b|^notes?$|^total$|"
                        r"^%$|^\W*$", re.I)
# A statistic of a share's price ('High', 'Low', 'Close') with no noun of its own: the stock's, where the table says so
_PRICE_WORD = re.compile(r"^(?:(high|low|close|closing|open|opening)(?:\s+(?:sales\s+)?prices?)?|"
                         r"(?:sales\s+)?prices?\s*[-:]?\s*(high|low|close|closing))$", re.I)
# A title or heading naming the company's share PRICE ('Stock price', 'Market price of common stock', 'Price range of
# our shares'): a 'High | Low' under it is that price. A stock, share or equity security named without its price
# ('Rolling stock utilization', 'Fair value of equity securities held') names no share price; nor does 'per share
# data' in a scale line, which says how other rows are printed.
_SHARE_PRICE = re.compile(r"\b(?:stock|share|ADS|unit)s?\s+(?:sales\s+)?prices?\b|"
                          r"\bprices?\s+(?:range\s+)?(?:per|of)\s+(?:a\s+|an\s+|our\s+|the\s+)?"
                          r"(?:company'?s\s+)?(?:common\s+|ordinary\s+)?(?:stock|shares?|ADSs?)\b", re.I)
_MARKET_PRICE = re.compile(r"\bmarket\s+prices?\b", re.I)
# A share's price range named by its two ends ('the high and low sales prices for our common stock', 'the highest and
# lowest intraday sales prices') or as a range ('Price Range of Common Stock'): with the stock named, that stock's price
_HIGH_LOW_PRICES = re.compile(r"\b(?:high(?:est)?\s+and\s+low(?:est)?|low(?:est)?\s+and\s+high(?:est)?)\s+(?:[\w-]+\s+){0,2}?"
                              r"prices?\b|\bprices?\s+ranges?\b", re.I)
_STOCK_NOUN = re.compile(r"\bcommon\s+(?:stock|shares?)\b|\bordinary\s+shares?\b|\bADSs?\b", re.I)
# A title stating a scale or a percent: its 'High | Low' are no share's price in dollars ('(in millions)', '(%)')
_NOT_A_PRICE = re.compile(r"\b(?:thousands?|millions?|billions?)\b|%|\bpercent(?:age)?s?\b|\bbasis\s+points?\b|"
                          r"\bpence\b|\bcents?\b|\(\s*p\s*\)", re.I)
# A column heading naming a part of a year ('Fourth Quarter', 'Fourth Quarter Revenue', 'Six Months', 'YTD'): a period,
# never a metric of the row's period
_PERIOD_HEAD = re.compile(rf"\bquarters?\b|\bqtrs?\b|\bq[1-4]\b|\b[1-4]q\b|\bhalf\b|\bh[12]\b|\bmonths?\b|"
                          rf"\b(?:{MONTH_RE})\b|\byear[\s-]to[\s-]date\b|\bytd\b|\bfull[\s-]year\b", re.I)


@dataclass
class _Cell:
    period: Period
    head: str  # the period as printed (the row's label, its fiscal year's heading with it)
    cell: GridCell
    line: int


def transposed(table: GridTable, fye: int, ytd: int | None, fy_offset: int, lead: Period | None) -> GridTable | None:
    """The table turned on its side when its rows are periods and its columns metrics (see the module); None when it
    is not such a table, or any part of it is in doubt."""
    if _SCHEDULE.search(f"{table.title}  {table.lead}"):
        return None
    rows = table.rows
    first_values = next((k for k, r in enumerate(rows) if _figures(r)), None)
    if first_values is None or first_values == 0:
        return None
    stub_end = _stub_end(rows)
    if stub_end is None:
        return None
    # the column headings end at the last row printing words over the figures' columns: a fiscal year's heading of
    # rows right under them ('Fiscal 2019' over its quarters) is the body's
    headed = [k for k in range(first_values) if any(c.start >= stub_end and c.text.strip() for c in rows[k].cells)]
    if not headed:
        return None
    first_values = headed[-1] + 1
    headers = rows[:first_values]
    heads = _column_heads(headers, rows[first_values:], stub_end, f"{table.title}  {table.lead}  {table.caption}")
    if heads is None:
        return None
    span = _stub_span(" ".join(c.text for r in headers for c in r.cells if c.start < stub_end))
    cells: dict[str, list[_Cell]] = {}
    group = ""
    for row in rows[first_values:]:
        label = " ".join(c.text for c in row.cells if c.start < stub_end).strip()
        values = [c for c in row.cells if c.start >= stub_end and c.text.strip()]
        if not values:
            if not label:
                continue
            if _group_year(label, fye, fy_offset) is None:
                return None  # a heading of rows that is no fiscal year: a table of other rows
            group = label
            continue
        if not label or not _PERIOD_ONLY.match(label):
            return None
        for c in values:
            head = heads.get(c.start)
            if head is None:
                return None
            metric, year = head
            period = _row_period(label, " ".join(p for p in (year, group) if p), fye, ytd, fy_offset)
            if period is None:
                return None
            if span and period.months == 0:
                period = Period(period.end, span)  # 'Quarter ended' over 'March 31, 2024': the quarter to that date
            shown = " ".join(p for p in (year, group, label) if p)
            cells.setdefault(metric, []).append(_Cell(period, shown, c, row.line))
    return _turned(table, headers, cells, heads, lead)


def _stub_span(text: str) -> int:
    """The months a heading over the rows' dates says each row spans ('Quarter ended', 'Three Months Ended' over
    'March 31, 2024'): the rows are those spans ending at the dates, read as any column of a span is (its flows the
    span's, its balances at its end); 0 where no span is named (a date alone is a balance's)."""
    m = _SPAN_HEAD.match(" ".join(text.split()))
    if m is None:
        return 0
    word = re.sub(r"^fiscal\s+", "", m.group(1).lower().replace("-", " "))
    return next(n for words, n in _SPAN_MONTHS if word.split()[0] in words)


_SPAN_HEAD = re.compile(r"^\W*((?:fiscal\s+)?quarter|(?:three|six|nine|twelve|3|6|9|12)[\s-]+months?|"
                        r"(?:fiscal\s+)?year)s?\s+end(?:ed|ing)\W*$", re.I)
_SPAN_MONTHS = [(("quarter", "three", "3"), 3), (("six", "6"), 6), (("nine", "9"), 9), (("twelve", "12", "year"), 12)]


def _figures(row: GridRow) -> list[GridCell]:
    return [c for c in row.cells if c.vcol is not None and not _BARE_YEAR.match(c.text)]


def _stub_end(rows: list[GridRow]) -> int | None:
    """The grid column the figures start at: past every row's first cell when that cell is the row's label (a
    period's words, or a bare year printed as a number)."""
    starts = []
    for r in rows:
        if _figures(r):
            first = min(r.cells, key=lambda c: c.start)
            if first.vcol is not None and not _BARE_YEAR.match(first.text):
                return None  # a row with no label before its figures
            starts.append(first.end)
    return max(starts) if starts else None


def _column_heads(headers: list[GridRow], body: list[GridRow], stub_end: int, title: str
                  ) -> dict[int, tuple[str, str]] | None:
    """Each value cell's start column -> (the metric its heading names, the fiscal year a heading over a group of
    columns names, or ''); None when a heading names no metric (a period, a change, nothing)."""
    starts = sorted({c.start for r in body for c in r.cells if c.start >= stub_end and c.text.strip()})
    out: dict[int, tuple[str, str]] = {}
    context = " ".join([title] + [c.text for r in headers for c in r.cells if c.start < stub_end])
    for s in starts:
        parts = [c.text.strip() for r in headers for c in r.cells if c.start <= s < max(c.end, c.start + 1)
                 and c.start >= stub_end and c.text.strip()]
        years = [p for p in parts if _HAS_YEAR.search(p)]
        words = [p for p in parts if not _HAS_YEAR.search(p)]
        if not words or len(years) > 1 or any(_NO_METRIC.search(w) for w in words[-1:]):
            return None
        if any(_PERIOD_HEAD.search(w) for w in words):
            return None  # a heading naming a quarter or month: a grid of periods both ways, or metrics of other spans
        metric = _metric(words, f"{context} {' '.join(words[:-1])}")
        if metric is None:
            return None
        out[s] = (metric, years[0] if years else "")
    return out if len({m for m, _ in out.values()}) >= 1 else None


def _metric(words: list[str], context: str) -> str | None:
    """The label a column's heading names: its last words, with the headings over them ('Sales Prices | High'); a
    share's price statistic ('High', 'Low') named as the per-share price it is, and only where the table says it is
    of a stock's price, in no scale, percent or currency but the dollar (else its unit is unknown: None)."""
    last = " ".join(words[-1].split())
    price = _PRICE_WORD.match(last)
    if price:
        if not share_price_named(f"{context} {' '.join(words)}"):
            return None
        stat = (price.group(1) or price.group(2)).lower()
        stat = {"closing": "close", "opening": "open"}.get(stat, stat)
        return f"{stat.capitalize()} stock price per share"
    if re.search(r"\d", last):
        return None
    return last


def share_price_named(text: str) -> bool:
    """Whether a table's title and headings name the company's share price in dollars: its price named ('Stock
    price', 'Market price of common stock'), no scale or percent stated, and no currency but the dollar ('TSX share
    price (C$)': a price in another currency, unread)."""
    named = _SHARE_PRICE.search(text) or ((_MARKET_PRICE.search(text) or _HIGH_LOW_PRICES.search(text))
                                          and _STOCK_NOUN.search(text))
    return bool(named) and not _NOT_A_PRICE.search(text) and not currencies_named(text) - {"USD"}


def _group_year(label: str, fye: int, fy_offset: int) -> Period | None:
    """The fiscal year a heading of rows names ('Fiscal 2019', '2019 Fiscal Year', '2019')."""
    if not _PERIOD_ONLY.match(label):
        return None
    period = column_period(label, "", fye, None, fy_offset) or bare_year_period(label, "", fye, fy_offset)
    return period if period is not None and period.months == 12 else None


def _row_period(label: str, year: str, fye: int, ytd: int | None, fy_offset: int) -> Period | None:
    """The period a row's label names, within the fiscal year a heading over it names ('First Quarter' under
    'Fiscal 2019'): that year's part, never the year itself."""
    if year:
        if _HAS_YEAR.search(label):
            return None  # a year in the row and one over it: which is meant, unsure
        whole = _group_year(year, fye, fy_offset)
        if whole is not None and _MONTH_DAY.search(year):
            return _quarter_of(label, whole, fye)  # 'Fiscal Year Ended April 27, 2019' over 'First Quarter'
        period = column_period(f"{year} {label}", "", fye, ytd, fy_offset)
        if whole is None or period is None or period.months >= 12 or not whole.end >= period.end > \
                date(whole.end.year - 1, whole.end.month, 1):
            return None
        return period
    if (m := _MONTH_YEAR.match(label)) and (month := month_number(m.group(1))) is not None:
        return Period(month_end(int(m.group(2)), month), 1)
    if not _HAS_YEAR.search(label):
        return None
    return column_period(label, "", fye, ytd, fy_offset) or bare_year_period(label, "", fye, fy_offset)


def _quarter_of(label: str, whole: Period, fye: int) -> Period | None:
    """The quarter a bare quarter's name ('First Quarter', 'Q3') names of a fiscal year its heading states by its end
    date: counted back from that end, where the end is in the release's own fiscal-year-end month (else the heading is
    off the release's fiscal calendar: None)."""
    m = _BARE_QUARTER.match(label)
    if m is None or whole.end.month != fye:
        return None
    n = int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2).lower()]
    if n == 4:
        return Period(whole.end, 3)  # the quarter that ends the year ends on the year's own date
    months = whole.end.year * 12 + whole.end.month - 1 - 3 * (4 - n)
    return Period(month_end(months // 12, months % 12 + 1), 3)


_BARE_QUARTER = re.compile(r"^\W*(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter)\W*$", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MONTH_DAY = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}\b", re.I)


def _turned(table: GridTable, headers: list[GridRow], cells: dict[str, list[_Cell]],
            heads: dict[int, tuple[str, str]], lead: Period | None) -> GridTable | None:
    """The grid with a row a metric and a column a period, or None where the periods are no flow of one length."""
    order: list[Period] = []
    shown: dict[Period, str] = {}
    for got in cells.values():
        if len({c.period for c in got}) != len(got):
            return None  # two rows of one period: which is which, unsure
        for c in got:
            if c.period not in shown:
                order.append(c.period)
                shown[c.period] = c.head
    if len(order) < 2 or len({p.months == 0 for p in order}) != 1:
        return None  # spans and dates in one column: a flow beside balances, unsure
    if lead is not None and any(p.end > lead.end for p in order):
        return None  # periods after the release's own: a schedule or a forecast, never results
    vcol = {p: k + 1 for k, p in enumerate(order)}
    head_line = headers[-1].line
    head_row = GridRow(head_line, [GridCell(shown[p], vcol[p], vcol[p] + 1) for p in order])
    rows = [head_row]
    for metric, got in cells.items():
        turned = [GridCell(metric, 0, 1)]
        for c in got:
            k = vcol[c.period]
            turned.append(replace(c.cell, start=k, end=k + 1, vcol=k, vend=k + 1,
                                  line=c.cell.line if c.cell.line is not None else c.line))
        rows.append(GridRow(head_line, turned))
    return GridTable(rows, table.title, table.first_line, table.last_line, table.lead, table.part, table.caption,
                     periods={vcol[p]: p for p in order})


def share_price_caption(lines: list[str], table: GridTable) -> str:
    """The sentence of an excerpt's text, printed apart from its one table, that says the table is of the company's
    share price ('The price range per share of common stock presented below represents the highest and lowest sales
    prices ...', 'Set forth below are the high and low sales prices for our common stock'): a caption naming what a
    'High | Low' under it is, as a title over the table would (a heading line 'Price Range of Common Stock' says it
    too: every line saying it, joined). '' when no line of the text says so."""
    found = [line.strip() for n, line in enumerate(lines) if not table.first_line <= n <= table.last_line
             and not line.lstrip().startswith("|") and share_price_named(line)]
    return "  ".join(found)
