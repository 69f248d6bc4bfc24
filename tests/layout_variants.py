"""One statement table re-printed in other layouts, for the metamorphic tests of the reading
(tests/test_layout_metamorphic.py): a Markdown pipe table of a release is read into a layout-free
table (its caption, its heading rows with the value columns each heading stands over, its rows of
label and cells), then printed again as fixed-width text (right-aligned, or with rows drifted a
character or two), one cell a line, an HTML grid with colspans, one flattened line or Markdown, with
the figures' own variations (negatives in parentheses or with a minus, '$' in a cell of its own,
note marks on labels, a heading split over two lines). The facts read from every print must be the
facts read from the original.
"""
from __future__ import annotations

import html as entities
import random
import re
from dataclasses import dataclass, replace

from parsers.grid_tables import is_value_row, value_columns
from parsers.text_grids import text_grids


@dataclass(frozen=True)
class Heading:
    text: str
    first: int  # first value column it stands over (0-based among the value columns)
    last: int  # last value column it stands over


@dataclass(frozen=True)
class Table:
    """A statement as printed, without its layout: `lines` are its first and last line in the source."""

    caption: tuple[str, ...]
    headings: tuple[tuple[Heading, ...], ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    lines: tuple[int, int]
    top: tuple[str, ...] = ()  # title rows printed inside the table ('| CONSOLIDATED BALANCE SHEETS | | |')

    @property
    def width(self) -> int:
        return len(self.rows[0][1]) if self.rows else 0


_PLAIN_FIGURE = re.compile(r"^\$?\s*\(?\$?-?\d[\d,]*(?:\.\d+)?%?\)?%?$|^\$?[-\u2013\u2014]{1,2}%?$")


def markdown_tables(text: str) -> list[Table]:
    """The pipe tables of a text a layout-free table each; a table whose rows do not all fit its
    value columns (a cell between columns, a label right of the figures) is left out."""
    lines = text.split("\n")
    out = []
    for grid in text_grids(lines):
        vcols = value_columns(grid)
        if len(vcols) < 2:
            continue
        table = _table(grid, vcols)
        if table is not None:
            out.append(table)
    return out


def _table(grid, vcols: list[int]) -> Table | None:
    headings: list[tuple[Heading, ...]] = []
    rows: list[tuple[str, tuple[str, ...]]] = []
    top: list[str] = []
    index = {v: k for k, v in enumerate(vcols)}
    for row in grid.rows:
        label = " ".join(c.text for c in row.cells if c.end <= vcols[0])
        rest = [c for c in row.cells if c.end > vcols[0]]
        if not rows and not is_value_row(row) and not (headings and label and not rest):
            hs = []
            for c in rest:
                covered = [index[v] for v in vcols if c.start <= v < c.end]
                if not covered:
                    return None
                hs.append(Heading(c.text, covered[0], covered[-1]))
            if label and hs:
                return None  # a heading row with a label: not a plain heading row
            if label and not headings:
                top.append(label)  # a title row: printed above the table in every other layout
            elif label:
                return None
            if hs:
                headings.append(tuple(hs))
            continue
        cells = [""] * len(vcols)
        for c in rest:
            if c.vcol not in index or cells[index[c.vcol]] or not _PLAIN_FIGURE.match(c.text.replace(" ", "")):
                return None
            cells[index[c.vcol]] = c.text
        if not label:
            return None
        rows.append((label, tuple(cells)))
    if not headings or len(rows) < 2:
        return None
    caption = tuple(l for l in grid.title.split("  ") if l.strip())
    return Table(caption, tuple(headings), tuple(rows), (grid.first_line, grid.last_line), tuple(top))


# ---- the figures' own variations -------------------------------------------------------------

def _split_dollar(cell: str) -> tuple[str, str]:
    cell = cell.strip()
    if cell.startswith("$"):
        return "$", cell[1:].strip()
    if cell.startswith("($"):  # '($2.09)': the sign before the parenthesis in a cell of its own
        return "$", "(" + cell[2:].strip()
    return "", cell


def minus_negatives(table: Table) -> Table:
    """'(1,234)' printed '-1,234'."""
    def one(cell: str) -> str:
        sign, num = _split_dollar(cell)
        m = re.fullmatch(r"\((\d[\d,]*(?:\.\d+)?)\)(%?)", num)
        return f"{sign}{' ' if sign else ''}-{m.group(1)}{m.group(2)}" if m else cell
    return replace(table, rows=tuple((l, tuple(one(c) for c in cs)) for l, cs in table.rows))


def paren_negatives(table: Table) -> Table:
    """'-1,234' printed '(1,234)'."""
    def one(cell: str) -> str:
        sign, num = _split_dollar(cell)
        m = re.fullmatch(r"-(\d[\d,]*(?:\.\d+)?)(%?)", num)
        return f"{sign}{' ' if sign else ''}({m.group(1)}){m.group(2)}" if m else cell
    return replace(table, rows=tuple((l, tuple(one(c) for c in cs)) for l, cs in table.rows))


_COUNTED = re.compile(r"(?i)\b(?:shares|number|hours|headcount|employees|units|tonnes|ounces)\b|\((?:in\s+)?(?:thousands|millions)\)")


def dollar_first_rows(table: Table) -> Table:
    """'$' before the figures of the first row and of every row named a total or net income."""
    def one(label: str, cells: tuple[str, ...], k: int) -> tuple[str, ...]:
        if k and not re.match(r"(?i)total|net (?:income|loss|earnings)", label) or _COUNTED.search(label):
            return cells  # a count's row ('Temporary hours billed (thousands)') is never printed with '$'
        return tuple(c if not c or c.startswith("$") or c.endswith("%") else "$ " + c for c in cells)
    return replace(table, rows=tuple((l, one(l, cs, k)) for k, (l, cs) in enumerate(table.rows)))


def marked_labels(table: Table, rng: random.Random) -> Table:
    """A note's mark after some labels: 'Revenue (1)', 'Net income*'."""
    marks = ["(1)", "(2)", "(a)", "*", "\u00b9"]
    rows = []
    for label, cells in table.rows:
        if rng.random() < 0.4:
            mark = rng.choice(marks)
            label = label + (mark if mark in ("*", "\u00b9") else " " + mark)
        rows.append((label, cells))
    return replace(table, rows=tuple(rows))


def split_headings(table: Table) -> Table:
    """A heading of several words printed over two lines ('Three Months Ended' / 'June 30,')."""
    out: list[tuple[Heading, ...]] = []
    for row in table.headings:
        tops, bottoms = [], []
        for h in row:
            words = h.text.split()
            cut = _cut(words) if re.search(r"(?i)\bended\b|\bending\b", h.text) else 0
            tops += [Heading(" ".join(words[:cut]), h.first, h.last)] if cut else []
            bottoms.append(Heading(" ".join(words[cut:]), h.first, h.last))
        if any(t.text for t in tops):
            out += [tuple(tops), tuple(bottoms)]
        else:
            out.append(row)
    return replace(table, headings=tuple(out))


def _cut(words: list[str]) -> int:
    """Where a heading breaks: before its month ('Ended' / 'June 30,'), else in its middle."""
    for k, w in enumerate(words):
        if k and re.match(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", w):
            return k
    return len(words) // 2


# ---- layouts ---------------------------------------------------------------------------------

def _heading_cells(table: Table) -> list[list[str]]:
    """Each heading row as one text a value column (a heading over several repeated over none: '' after it)."""
    out = []
    for row in table.headings:
        texts = [""] * table.width
        for h in row:
            texts[h.first] = h.text
        out.append(texts)
    return out


def as_markdown(table: Table) -> list[str]:
    """A pipe table, colspans as empty cells after their heading."""
    lines = []
    for k, texts in enumerate(_heading_cells(table)):
        lines.append("|  | " + " | ".join(texts) + " |")
        if k == 0:
            lines.append("| --- |" + " --- |" * table.width)
    lines += ["| " + label + " | " + " | ".join(cells) + " |" for label, cells in table.rows]
    return lines


def _fixed_geometry(table: Table, gap: int = 4, fit_spans: bool = False) -> tuple[int, list[int]]:
    label_w = max(len(l) for l, _ in table.rows) + 2
    # `fit_spans`: a heading over several columns fits over them, as a print lays it out ('Reservoir & Production
    # Solutions' over its two years); else wider, it stands over the next span's first column too
    spans = [-(-(len(h.text) + 2 - gap) // (h.last - h.first + 1)) for r in table.headings for h in r
             if h.last > h.first and fit_spans]
    col_w = max([len(c) for _, cs in table.rows for c in cs] + [len(h.text) for r in table.headings for h in r
                                                                  if h.first == h.last] + spans + [6]) + gap
    return label_w, [label_w + col_w * (k + 1) for k in range(table.width)]


def as_fixed(table: Table, drift: random.Random | None = None, per_cell: bool = False, gap: int = 4,
             fit_spans: bool = False) -> list[str]:
    """Fixed-width text, every figure right-aligned at its column's right edge (rows drifted a character or two
    left or right when `drift` is given, each figure by itself when `per_cell`); a heading over several columns
    centred over them (wide enough to fit over them when `fit_spans`)."""
    label_w, rights = _fixed_geometry(table, gap, fit_spans)
    col_w = rights[0] - label_w
    lines = []
    for row in table.headings:
        line = ""
        for h in row:
            left, right = rights[h.first] - col_w + 2, rights[h.last]
            pos = left + max(0, (right - left - len(h.text)) // 2) if h.first != h.last else right - len(h.text)
            pos = max(pos, len(line) + 2 if line else pos)
            line = line.ljust(pos) + h.text
        lines.append(line.rstrip())
    lines.append("".ljust(label_w) + "".join(("-" * (col_w - 3)).rjust(col_w) for _ in rights))
    for label, cells in table.rows:
        shift = drift.choice((-2, -1, 1, 2)) if drift is not None else 0
        line = label.ljust(label_w)
        for right, cell in zip(rights, cells):
            if not cell:
                continue
            if per_cell and drift is not None:
                shift = drift.choice((-2, -1, 0, 1, 2))
            pad = right + shift - len(cell)
            line = line.ljust(max(pad, len(line) + 2)) + cell
        lines.append(line.rstrip())
    return lines


def as_cells(table: Table) -> list[str]:
    """One cell a line: the headings in order, then each row's label and figures ('$' a cell of its own)."""
    out = [h.text for row in table.headings for h in row]
    for label, cells in table.rows:
        out.append(label)
        for c in cells:
            sign, num = _split_dollar(c)
            out += [sign, num] if sign else [num] if num else []
    return out


def as_flattened(table: Table) -> list[str]:
    """The whole table on one line, cells set apart by spaces."""
    return [" ".join(as_cells(table))]


def as_html(table: Table) -> str:
    """An HTML table: headings over their columns by colspan, '$' in a cell of its own before each figure's."""
    out = ["<table>"]
    for row in table.headings:
        tds, at = ["<td></td>"], 0
        for h in row:
            if h.first > at:
                tds.append(f"<td colspan={2 * (h.first - at)}></td>")
            tds.append(f"<td colspan={2 * (h.last - h.first + 1)}>{entities.escape(h.text)}</td>")
            at = h.last + 1
        out.append("<tr>" + "".join(tds) + "</tr>")
    for label, cells in table.rows:
        tds = [f"<td>{entities.escape(label)}</td>"]
        for c in cells:
            sign, num = _split_dollar(c)
            tds.append(f"<td>{sign}</td><td>{entities.escape(num)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "".join(out)


def in_document(text: str, table: Table, printed: list[str]) -> str:
    """The release's text with the table's lines replaced by another print of it (blank lines around it)."""
    lines = text.split("\n")
    first, last = table.lines
    return "\n".join(lines[:first] + [""] + list(table.top) + printed + [""] + lines[last + 1:])


def html_document(text: str, table: Table) -> str:
    """The release as an HTML page: every other line a paragraph, the table an HTML grid."""
    lines = text.split("\n")
    first, last = table.lines
    para = lambda ls: "".join(f"<p>{entities.escape(l)}</p>" for l in ls if l.strip() and not l.lstrip().startswith("|"))
    return f"<html><body>{para(lines[:first] + list(table.top))}{as_html(table)}{para(lines[last + 1:])}</body></html>"


# ---- more variations real wire copies print (the second sweep) -------------------------------

def _remap(table: Table, order: list[int], width: int) -> Table:
    """The table with value column k printed at position order[k] of `width` columns (the rest empty)."""
    def cells(cs: tuple[str, ...]) -> tuple[str, ...]:
        out = [""] * width
        for k, c in enumerate(cs):
            out[order[k]] = c
        return tuple(out)
    heads = tuple(tuple(Heading(h.text, min(order[h.first], order[h.last]), max(order[h.first], order[h.last]))
                        for h in row) for row in table.headings)
    heads = tuple(tuple(sorted(row, key=lambda h: h.first)) for row in heads)
    return replace(table, headings=heads, rows=tuple((l, cells(cs)) for l, cs in table.rows))


def _groups(table: Table) -> list[tuple[int, int]]:
    """The column groups: the headings of the first row covering every column with one over several (each its
    span), else runs of the bottom row's headings that repeat ('2024 | 2023 | 2024 | 2023' under spans printed
    above the table), else the whole table."""
    for row in table.headings:
        spans = [(h.first, h.last) for h in row]
        if any(b > a for a, b in spans) and sum(b - a + 1 for a, b in spans) == table.width:
            return spans
    texts = [h.text for h in table.headings[-1]] if table.headings else []
    if len(texts) == table.width:
        for p in range(2, table.width // 2 + 1):
            if table.width % p == 0 and all(texts[k] == texts[k + p] for k in range(table.width - p)):
                return [(a, a + p - 1) for a in range(0, table.width, p)]
    return [(0, table.width - 1)]


def prior_first(table: Table) -> Table:
    """The earlier period first: the columns of each span printed in reverse ('2023 | 2024')."""
    order = list(range(table.width))
    for a, b in _groups(table):
        for k in range(a, b + 1):
            order[k] = a + b - k
    return _remap(table, order, table.width)


def spacer_columns(table: Table) -> Table:
    """An empty column between every two value columns (a spacer the print kept)."""
    return _remap(table, [2 * k for k in range(table.width)], 2 * table.width - 1)


def change_columns(table: Table, word: str = "% Change") -> Table:
    """A change column after each span of two periods ('2024 | 2023 | % Change'), its cells the change printed."""
    groups = _groups(table)
    if any(b - a != 1 for a, b in groups):
        return table
    order, at, extra = [], 0, []
    for a, b in groups:
        order += [at, at + 1]
        extra.append(at + 2)
        at += 3
    width = at
    t = _remap(table, order, width)
    bottom = len(t.headings) - 1
    heads = list(t.headings)
    heads[bottom] = tuple(sorted(heads[bottom] + tuple(Heading(word, x, x) for x in extra), key=lambda h: h.first))
    heads = [tuple(Heading(h.text, h.first, h.last + 1) if h.last + 1 in extra and h.last > h.first else h
                   for h in row) if k < bottom else row for k, row in enumerate(heads)]
    rows = []
    for (label, cs), (_, orig) in zip(t.rows, table.rows):
        out = list(cs)
        for x, (a, b) in zip(extra, groups):
            out[x] = _change(orig[a], orig[b], word)
        rows.append((label, tuple(out)))
    return replace(t, headings=tuple(heads), rows=tuple(rows))


def _number(cell: str) -> float | None:
    s = cell.replace("$", "").replace(",", "").replace(" ", "")
    neg = s.startswith("(") or s.startswith("-")
    s = s.strip("()-%")
    try:
        return -float(s) if neg else float(s)
    except ValueError:
        return None


def _change(now: str, then: str, word: str) -> str:
    a, b = _number(now), _number(then)
    if a is None or b is None or now.endswith("%") or then.endswith("%"):
        return ""
    if "%" not in word:
        d = a - b
        return f"{abs(d):,.0f}" if d >= 0 else f"({abs(d):,.0f})"
    if not b or (a < 0) != (b < 0):
        return "n/m"
    d = (a - b) / abs(b) * 100
    return f"{d:.1f}%" if d >= 0 else f"({abs(d):.1f})%"


def cell_negatives(table: Table, style: str) -> Table:
    """'(1,234)' printed another way: 'trailing' '1,234-', 'spaced' '( 1,234 )'."""
    def one(cell: str) -> str:
        sign, num = _split_dollar(cell)
        m = re.fullmatch(r"\((\d[\d,]*(?:\.\d+)?)\)(%?)", num)
        if not m:
            return cell
        body = f"{m.group(1)}{m.group(2)}-" if style == "trailing" else f"( {m.group(1)} ){m.group(2)}"
        return f"{sign}{' ' if sign else ''}{body}"
    return replace(table, rows=tuple((l, tuple(one(c) for c in cs)) for l, cs in table.rows))


def dash_cells(table: Table, word: str) -> Table:
    """A nil figure ('-', '—', '$ —') printed as another mark ('–', 'nil', 'n/m')."""
    def one(cell: str) -> str:
        return word if re.fullmatch(r"\$?\s*[-\u2013\u2014]{1,2}", cell.strip()) else cell
    return replace(table, rows=tuple((l, tuple(one(c) for c in cs)) for l, cs in table.rows))


_YEAR = re.compile(r"^(?:(?:fiscal|FY)\s*)?((?:19|20)\d\d)$", re.I)


def year_tokens(table: Table, style: str) -> Table:
    """A heading that is a bare year printed short: 'FY24', '2024A' — only in a table headed by its years alone (a
    year under 'Three Months Ended' is never printed 'FY24')."""
    if len(table.headings) != 1:
        return table

    def one(h: Heading) -> Heading:
        m = _YEAR.match(h.text.strip())
        if not m:
            return h
        y = m.group(1)
        text = {"fy": f"FY{y[2:]}", "actual": f"{y}A", "fy_full": f"FY {y}"}[style]
        return Heading(text, h.first, h.last)
    return replace(table, headings=tuple(tuple(one(h) for h in row) for row in table.headings))


def scale_in_years(table: Table) -> Table:
    """The caption's scale printed in each bare year's heading cell too ('2024 $000' when in thousands)."""
    text = " ".join(table.caption).lower()
    mark = "$000" if "thousand" in text else "$m" if "million" in text else ""
    if not mark:
        return table
    return replace(table, headings=tuple(tuple(Heading(f"{h.text} {mark}", h.first, h.last)
                                               if _YEAR.match(h.text.strip()) else h for h in row)
                                         for row in table.headings))


def as_markdown_bare(table: Table) -> list[str]:
    """A pipe table without its leading and trailing pipes ('Revenue | 1,234 | 1,100')."""
    return [l.strip().strip("|").strip() if not l.startswith("| ---") else l.strip().strip("|").strip()
            for l in as_markdown(table)]


def as_fixed_underlined(table: Table) -> list[str]:
    """Fixed-width text with a '=' rule under every total row's figures (and a '-' rule above it)."""
    lines = as_fixed(table)
    label_w, rights = _fixed_geometry(table)
    col_w = rights[0] - label_w
    out = []
    for line in lines:
        is_total = re.match(r"(?i)total\b", line)
        if is_total:
            out.append("".ljust(label_w) + "".join(("-" * (col_w - 3)).rjust(col_w) for _ in rights))
        out.append(line)
        if is_total:
            out.append("".ljust(label_w) + "".join(("=" * (col_w - 3)).rjust(col_w) for _ in rights))
    return out


def european_numbers(table: Table, decimal: str = ",", group: str = " ") -> Table:
    """'1,234.5' printed as Europe prints it: thousands set apart by `group` (a space, a no-break space, a dot), the
    decimals by `decimal` ('1 234,5', '1.234,5')."""
    def one(cell: str) -> str:
        return re.sub(r"\d[\d,]*(?:\.\d+)?", lambda m: m.group(0).replace(",", "\0").replace(".", decimal)
                      .replace("\0", group), cell)
    return replace(table, rows=tuple((l, tuple(one(c) for c in cs)) for l, cs in table.rows))


def scale_row(table: Table) -> Table:
    """The caption's scale printed as a heading row under the years, over the first value column ('(in thousands)')."""
    text = " ".join(table.caption).lower()
    word = "thousands" if "thousand" in text else "millions" if "million" in text else ""
    if not word:
        return table
    return replace(table, headings=table.headings + ((Heading(f"(in {word})", 0, 0),),))
