"""Statement cells of tables printed as text (fixed-width, one cell a line, or flattened into a
stream of cells), found without the parser: rows under a statement's heading, each number a cell.

HTML tables are counted from their grids (knowledge/check.py, _coverage); this counts the rest,
so a release whose statements are text is scored too. A cell is read when a table fact on its line
carries its value at some scale (units, thousands, millions, billions).
"""
from __future__ import annotations

import re

from knowledge.check_rows import Row, rows
from parsers.html import GridTable
from parsers.model import Document

SCALES = (1.0, 1e3, 1e6, 1e9)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY = re.compile(r"[0-3]?\d,")
_DATE_HEADER = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?$|\bended\b|\bas of\b")


def text_statement_cells(doc: Document, tables: list[GridTable], printed: list[Row] | None = None
                         ) -> tuple[int, int, list[str]]:
    """(cells, read, the unread as 'line N: label token') over the statements printed as text."""
    grid_lines = {r.line + 1 for t in tables for r in t.rows}
    by_line: dict[int, list[float]] = {}
    for f in doc.figures:
        if f.source == "table":
            by_line.setdefault(f.line, []).append(abs(f.value))
            # a '% change' cell read into its row's figure as that figure's change (Figure.change_pct)
            by_line[f.line] += [abs(p) for p in (f.change_pct, f.cc_change_pct) if p is not None]
    cells = read = 0
    unread: list[str] = []
    for row in rows(doc.text) if printed is None else printed:
        if not row.region or row.line in grid_lines:
            continue
        if all(_YEAR.fullmatch(t.strip()) or _DAY.fullmatch(t.strip()) for t in row.tokens) \
                or _DATE_HEADER.search(row.label):  # "% of Sales  27, 2024  % of Sales  29, 2023": days and years
            continue  # a header row of dates or years names the columns
        if len(row.tokens) < 2:
            continue  # a statement prints a figure and its comparative: one number is a note, a phone, a page
        near = [v for n in range(row.line, max(row.last, row.line) + 1) for v in by_line.get(n, [])]
        for k, (token, value) in enumerate(zip(row.tokens, row.values)):
            if "%" in token or is_variance(row.values, k):
                continue
            cells += 1
            if any(abs(abs(value) * s - v) <= 1e-6 * max(v, 1.0) for v in near for s in SCALES):
                read += 1
            else:
                unread.append(f"line {row.line}: {row.label} {token.strip()}")
    return cells, read, unread


def is_variance(values: tuple[float, ...], k: int) -> bool:
    """A change column: the difference of the two figures right before it (it has no period of its own)."""
    if k < 2:
        return False
    a, b, v = values[k - 2], values[k - 1], values[k]
    return abs((a - b) - v) <= 1.0 + 1e-6 * abs(v) or abs((b - a) - v) <= 1.0 + 1e-6 * abs(v)
