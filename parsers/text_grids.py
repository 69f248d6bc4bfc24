"""Plain-text table layouts made into the grid an HTML table is (parsers/html.py's GridTable), so one
reader (parsers/grid_tables.py) resolves every table's headers and rows whatever its layout.

Markdown pipe tables (`| a | b |` rows with a `| --- |` separator row, as news-wire copies print
them). A wire copy converted from HTML keeps each colspan as a text cell followed by empty cells,
so a heading cell over the value columns covers the columns up to the next heading cell.
"""
from __future__ import annotations

import re

from parsers.columns import MONTH_DAY_RE, YEAR_RE
from parsers.grid_tables import YEAR_TEXT, value_columns
from parsers.html import GridCell, GridRow, GridTable, glue_cells, heading_lines
from parsers.periods import month_number

# "---", or fewer dashes beside an alignment colon (":--", "--:", ":-:"): a nil cell ("-", "--") is never one
_SEPARATOR_CELL = re.compile(r"^(?::-+:?|-+:|-{3,})$")
_MARKUP = re.compile(r"\*\*|__|\\(?=[*_|$#\\\[\]()-])")


def unmarked(text: str) -> str:
    """A cell's text without Markdown emphasis or escapes ('**$ 14,206**' is '$ 14,206')."""
    return _MARKUP.sub("", text)


def text_grids(lines: list[str], offset: int = 0) -> list[GridTable]:
    """The grid tables printed in plain-text lines (`offset`: the number of the first line)."""
    tables: list[GridTable] = []
    n = 0
    while n < len(lines):
        if not lines[n].lstrip().startswith("|"):
            n += 1
            continue
        end = n
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        table = _pipe_table(lines, n, end, offset)
        if table is not None:
            tables.append(table)
        n = end
    return tables


def _pipe_cells(line: str) -> list[str]:
    """The cells of one `| a | b |` line, Markdown emphasis and escapes removed."""
    body = line.strip()
    body = body[1:-1] if body.endswith("|") and len(body) > 1 else body[1:]
    return [unmarked(part).strip() for part in re.split(r"(?<!\\)\|", body)]


def _is_separator(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(_SEPARATOR_CELL.match(c.replace(" ", "")) for c in filled)


def _pipe_table(lines: list[str], start: int, end: int, offset: int) -> GridTable | None:
    """Lines start..end-1 (all `|` lines) as a grid, when one of them is a separator row."""
    parsed = [(k, _pipe_cells(lines[k])) for k in range(start, end)]
    if not any(_is_separator(cells) for _, cells in parsed):
        return None
    rows: list[GridRow] = []
    widths: dict[int, int] = {}  # each row's number of cells, as printed
    for n, (k, texts) in enumerate(parsed):
        if _is_separator(texts):
            continue
        cells = glue_cells([GridCell(t, i, i + 1) for i, t in enumerate(texts) if t])
        if not cells:
            continue
        _unglue_year_marks(cells)
        if all(c.vcol is None for c in cells):
            _spread_headings(cells, len(texts))
        elif all(c.vcol is None or YEAR_TEXT.match(c.text) for c in cells) and not _filled_run(texts):
            below = next((t for _, t in parsed[n + 1:] if not _is_separator(t)), [])
            _spread_years(cells, len(texts), below)
        for c in cells:
            if c.vcol is not None and c.text.startswith("$"):
                c.vcol = c.start  # "$" printed in a cell of its own: the figure's column starts there
        rows.append(GridRow(offset + k, cells))
        widths[id(rows[-1])] = len(texts)
    if not any(c.vcol is not None for r in rows for c in r.cells):
        return None
    vcols = value_columns(GridTable(rows, "", 0, 0))
    _spans_of_narrow_rows(rows, widths, vcols)
    _regroup_headings(rows, vcols, max(len(t) for _, t in parsed))
    window = lines[max(0, start - 12):start]
    after_table = next((i + 1 for i in range(len(window) - 1, -1, -1) if window[i].lstrip().startswith("|")), 0)
    above = [l.strip() for l in window[after_table:] if l.strip()]  # the caption of a table above is never this one's
    title = "  ".join(heading_lines(above))
    return GridTable(rows, title, offset + start, offset + end - 1, above[-1] if above else "")


_GLUED_MARK_YEAR = re.compile(r"^((?:19|20)\d\d)(\d)$")


def _unglue_year_marks(cells: list[GridCell]) -> None:
    """'2015 | 2016 | 2017 | 20181 | 2019': a year whose footnote mark lost its superscript is the year
    ('2018', its mark dropped) when the row's other figures are years and with it make one run of consecutive years; a
    five-digit amount among other amounts is left as it is."""
    values = [c for c in cells if c.vcol is not None]
    glued = [c for c in values if _GLUED_MARK_YEAR.match(c.text)]
    years = [c for c in values if YEAR_TEXT.match(c.text)]
    if not glued or len(years) < 2 or len(glued) + len(years) != len(values):
        return
    run = {int(re.sub(r"\D", "", c.text)[:4]) for c in values}
    if len(run) != len(values) or max(run) - min(run) != len(run) - 1:
        return
    for c in glued:
        m = _GLUED_MARK_YEAR.match(c.text)
        c.text = m.group(1)


_CURRENCY = re.compile(r"^\W*(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|[A-Z]{3})\W*$")


def _spread_years(cells: list[GridCell], width: int, below: list[str]) -> None:
    """'| | 2019 | | 2018 | |' over '| | United States | Foreign | United States | Foreign |': each year over the
    columns headed under it, up to the next year; never over a column headed by a currency alone (a
    convenience translation, 'NT$ | NT$ | US$') or by nothing."""
    _spread_headings(cells, width)
    for c in cells:
        if c.start == 0 or not YEAR_TEXT.match(c.text):
            continue
        end = c.start + 1
        while end < c.end and end < len(below) and below[end] and not _CURRENCY.match(below[end]):
            end += 1
        c.end = end


def _filled_run(texts: list[str]) -> bool:
    """A row whose value cells are all printed ('| Revenue | 2019 | 2018 |'): nothing to spread."""
    return all(t for t in texts[1:])


def _spread_headings(cells: list[GridCell], width: int) -> None:
    """A heading cell over the value columns covers the empty cells after it (a colspan printed as
    empty cells); the row's first cell (a row heading) keeps its own column."""
    for k, c in enumerate(cells):
        if c.start == 0:
            continue
        c.end = cells[k + 1].start if k + 1 < len(cells) else width


def _spans_of_narrow_rows(rows: list[GridRow], widths: dict[int, int], vcols: list[int]) -> None:
    """A heading row printed with fewer cells than the row of dates under it (a copy that dropped the empty cells of
    its colspans: '| | | Three Months Ended | | | Year Ended | |' over a row of five dates in sixteen cells) says
    nothing by its cells' places: placed by them, 'Year Ended' stood over a quarter's column. Its k spans stand over
    the k runs of the dates below, in order ('Dec 31, 2024 | Sep 30, 2024 | Dec 31, 2023' then 'Dec 31, 2024 | Dec 31,
    2023': each run ends where the dates turn back); where the dates make no such k runs, the spans are dropped
    (the dates alone name no span: those columns are left unread, never a guess)."""
    for i, row in enumerate(rows):
        heads = [c for c in row.cells if c.start > 0]
        if len(heads) < 2 or any(c.vcol is not None for c in row.cells) or any(YEAR_RE.search(c.text) for c in heads):
            continue
        dates = _dates_below(rows[i + 1:], len(vcols))
        if dates is None or widths[id(dates[0])] <= widths[id(row)]:
            continue
        runs = dates[1]
        if len(runs) != len(heads):  # spans over dates that make no such runs: which column is whose is not known
            row.cells = [c for c in row.cells if c.start == 0]
            continue
        at = 0
        for c, run in zip(heads, runs):
            c.start, c.end = vcols[at], vcols[at + run - 1] + 1
            at += run


def _dates_below(below: list[GridRow], n: int) -> tuple[GridRow, list[int]] | None:
    """The first heading row below that prints a full date for each of the n value columns, and the lengths of the
    runs its dates make: a run goes on while the dates keep going the way its first two went."""
    for row in below:
        if any(c.vcol is not None and not YEAR_TEXT.match(c.text) for c in row.cells):
            return None  # a row of figures before any row of dates
        cells = sorted((c for c in row.cells if c.start > 0 and c.text.strip()), key=lambda c: c.start)
        dated = [_date_key(c.text) for c in cells]
        if not cells or None in dated:
            continue
        if len(dated) != n:
            return None
        keys = [k for k in dated if k is not None]
        runs, step = [1], 0
        for a, b in zip(keys, keys[1:]):
            way = (b > a) - (b < a)
            if way and (runs[-1] == 1 or way == step):
                runs[-1] += 1
                step = way
            else:
                runs.append(1)
        return row, runs
    return None


def _date_key(text: str) -> int | None:
    """'December 31,2024' -> 20241231; None for text that is no full date (a bare year is none)."""
    year = YEAR_RE.search(text)
    if not year:
        return None
    rest = text[:year.start()] + text[year.end():]
    md = MONTH_DAY_RE.search(rest)
    month = month_number(md.group(1)) if md else None
    if md is None or month is None or rest.replace(md.group(0), "").strip(" ,.|"):
        return None
    return int(year.group(1)) * 10000 + month * 100 + int(md.group(2))


def _regroup_headings(rows: list[GridRow], vcols: list[int], width: int) -> None:
    """A copy that lost its colspans prints k headings over n value columns where the spread cells
    cover them unevenly ("At or for the | At or for the" over four year columns): when n is a
    multiple of k, each heading stands over its own n/k adjacent columns, as the printed table had. A row
    as wide as the rows of figures, with empty cells after each heading, kept its colspans: 'Quarter ended | | |
    Nine months ended | | Year ended' over six columns is three, two and one, as printed."""
    n = len(vcols)
    if not n:
        return
    for row in rows:
        heads = [c for c in row.cells if c.start > 0]
        if not heads or any(c.vcol is not None for c in row.cells) or n % len(heads):
            continue
        if (heads[0].start == min(vcols) and heads[-1].end == max(vcols) + 1
                and all(a.start + 1 < b.start for a, b in zip(heads, heads[1:]))):
            continue  # as wide as the rows of figures, an empty cell after each heading: its colspans as printed
            # (from the first column of figures on: a lone heading printed mid-row, '| | | Years Ended | | |',
            # is centred over them all, as a copy that lost its colspan prints it)
        covers = [sum(1 for v in vcols if c.start <= v < c.end) for c in heads]
        if len(set(covers)) == 1 and sum(covers) == n:
            continue
        size = n // len(heads)
        for i, c in enumerate(heads):
            c.start = vcols[i * size]
            c.end = vcols[(i + 1) * size] if (i + 1) * size < n else width
