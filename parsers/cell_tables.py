"""Tables flattened to one cell per line (HTML copied as text): `|` lines between cells.

Cells are read as a stream. A row maps onto the columns only when it has exactly one value per
column: a row with blank cells lists fewer values, and guessing which columns they belong to
would state wrong numbers, so such rows are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.columns import DURATION_RE, MONTH_DAY_RE, SLASH_DATE_RE, YEAR_RE, column_period
from parsers.model import Figure
from parsers.numbers import parse_cell, table_scale
from parsers.rows import clean_label, full_label, make_figure

YEAR_CELL = re.compile(r"^\(?(?:19|20)\d\d\)?$")
SCALE_CELL = re.compile(r"\bin (?:thousands|millions|billions)\b|^\(?unaudited\)?$", re.I)
TRAILING_COLUMNS = re.compile(r"^(?:%\s*)?(?:change|% change|increase|\(decrease\)|variance|%)", re.I)


@dataclass
class Cell:
    text: str
    line: int  # 0-based
    value: float | None = None

    def __post_init__(self) -> None:
        self.value = parse_cell(self.text)


def cells_of(lines: list[str]) -> list[Cell]:
    """The cell stream: `|` separators dropped, "$" and ")" glued to their numbers."""
    cells: list[Cell] = []
    for n, line in enumerate(lines):
        for part in line.split("|"):
            text = part.strip()
            if not text:
                continue
            if cells and text in (")", "%", ")%") and cells[-1].value is not None:
                cells[-1] = Cell(cells[-1].text + text, cells[-1].line)
            elif cells and cells[-1].text == "$":
                cells[-1] = Cell("$" + text, n)
            else:
                cells.append(Cell(text, n))
    return cells


def _is_period_cell(text: str) -> bool:
    t = text.strip(" ,")
    return bool(YEAR_CELL.match(t) or SLASH_DATE_RE.fullmatch(t) or
                (len(t) < 45 and (DURATION_RE.search(t) or MONTH_DAY_RE.match(t))))


class CellStreamReader:
    def __init__(self, lines: list[str], fye_month: int, ytd_months: int | None = None):
        self.lines = lines
        self.fye_month = fye_month
        self.ytd_months = ytd_months
        self.last_scale = 1.0
        self.table_lines: set[int] = set()

    def read(self) -> list[Figure]:
        if not any("|" in line for line in self.lines):
            return []  # no cell-per-line layout in this document
        cells = cells_of(self.lines)
        figures: list[Figure] = []
        i = 0
        while i < len(cells):
            if _is_period_cell(cells[i].text) and cells[i].value is None or YEAR_CELL.match(cells[i].text):
                start = i
                got, i = self._table(cells, i)
                figures.extend(got)
                if got:
                    self.table_lines.update(range(cells[start].line, cells[min(i, len(cells) - 1)].line + 1))
            else:
                i += 1
        return figures

    def _table(self, cells: list[Cell], i: int) -> tuple[list[Figure], int]:
        title = " ".join(c.text for c in cells[max(0, i - 6):i])
        groups, dates, years, trailing, header_text = [], [], [], 0, []
        j = i
        while j < len(cells):
            t = cells[j].text
            if SCALE_CELL.search(t):
                header_text.append(t)
            elif YEAR_CELL.match(t) or SLASH_DATE_RE.fullmatch(t.strip(" ,")):
                years.append(t.strip("()"))
            elif cells[j].value is not None:
                break
            elif MONTH_DAY_RE.match(t) and not DURATION_RE.search(t):
                dates.append(t)
            elif DURATION_RE.search(t) and len(t) < 60 and ":" not in t:
                groups.append(t)
            elif TRAILING_COLUMNS.match(t):
                trailing += 1
            elif years:
                break  # first row label
            elif not re.search(r"thousands|millions|unaudited|dollars", t, re.I):
                title += " " + " ".join(header_text + [t])  # prose before the real header
                groups, dates, header_text = [], [], []
                j += 1
                continue
            header_text.append(t)
            j += 1
        n = len(years)
        if n < 2:
            return [], max(j, i + 1)
        periods = self._periods(groups, dates, years, title + " " + " ".join(header_text))
        scale = table_scale(title + " " + " ".join(header_text)) if SCALE_CELL.search(
            title + " " + " ".join(header_text)) else self.last_scale
        self.last_scale = scale
        return self._rows(cells, j, n, trailing, periods, scale)

    def _periods(self, groups, dates, years, title):
        n = len(years)
        out = []
        for k, year in enumerate(years):
            parts = []
            if groups and n % len(groups) == 0:
                parts.append(groups[k // (n // len(groups))])
            if dates and n % len(dates) == 0:
                parts.append(dates[k // (n // len(dates))])
            parts.append(year)
            out.append(column_period(" ".join(parts), title, self.fye_month, self.ytd_months))
        return out

    def _rows(self, cells, j, n, trailing, periods, scale):
        figures: list[Figure] = []
        section, texts, values = "", [], []

        def flush():
            if texts and len(values) in (n, n + trailing) and values:
                label = full_label(texts[-1], section)
                for k, cell in enumerate(values[:n]):
                    if periods[k] is not None:
                        figures.append(make_figure(label, section, cell.value, scale, periods[k], cell.line + 1,
                                                   self.lines[cell.line].strip(), k, cell.text))

        while j < len(cells):
            cell = cells[j]
            if YEAR_CELL.match(cell.text) and j + 1 < len(cells) and YEAR_CELL.match(cells[j + 1].text):
                flush()  # a new header: the next table starts (with its date cell, if any)
                return figures, j - 1 if texts and not values and _is_period_cell(texts[-1]) else j
            if cell.value is not None:
                values.append(cell)
            elif SCALE_CELL.search(cell.text):
                pass
            else:
                if values:
                    flush()
                    texts, values = [], []
                elif len(texts) >= 1 and _is_period_cell(cell.text) and DURATION_RE.search(cell.text) \
                        and len(cell.text) < 40:
                    return figures, j
                texts.append(clean_label(cell.text))
                if len(texts) > 1:
                    section = " ".join(texts[:-1])
            j += 1
        flush()
        return figures, j
