"""The scale of a table that states none, proven by the release's own prose repeating its figures.

Why: a table printed in whole dollars (or thousands) with no caption saying so is of unknown scale, and
its figures are given only "as printed". Its prose often repeats them: "revenue of $5.2 million" beside a
cell 5,213,456 proves the cells are whole dollars, beside a cell 5,213 that they are thousands. The rule is
strict — magnitudes alone never decide: two or more prose amounts must each equal a cell of the same row
and period at one scale, and no prose amount may equal a cell of the table at another scale.

A table so proven (or one whose scale is stated) passes its scale on to a table of the same release that states
none where the two print one figure digit for digit — the same row and period, as the cash flow statement repeats
the income statement's net income and the balance sheet's cash: at any other scale the two would not be the same
figure. One such figure of five significant digits or more proves it, else two rows must; a shared figure that
matches only at another scale is a conflict and proves nothing. Rates per some other unit ("Realized price (per
lb) | $4.17") are printed whole whatever the table's scale: they neither prove nor take it.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from parsers.grid_tables import PER_NON_SHARE, UnreadColumn, row_key
from parsers.model import Figure
from parsers.periods import Period

SCALES = (1.0, 1e3, 1e6)
# A prose amount of a million or more states its own magnitude ("$5.2 million", "$5,213,456"); a smaller one
# ("$5,213") may be a table figure repeated without its scale, so it proves nothing.
SELF_SCALED = 1e6
_WORD = re.compile(r"[a-z]+")
_FILLER = frozenset({"total", "net", "the", "of", "and", "for", "from", "in", "to", "a", "an", "s", "consolidated"})


def prove_table_scales(groups: list[list[Figure]], prose: list[Figure]) -> None:
    """Each table whose amounts are of unstated scale takes the one scale its prose proves (see module)."""
    evidence = [p for p in prose if p.source == "narrative" and p.unit == "USD" and abs(p.value) >= SELF_SCALED
                and _significant_digits(p.value) >= 2]
    unproven = [cells for table in groups if (cells := _amounts(table)) is not None]
    for cells in unproven:
        _take_scale(cells, _proven_scale(cells, evidence))
    while True:  # a table proven by another passes the scale on (the balance sheet after the cash flow statement)
        known = [f for table in groups for f in table if f.source == "table" and f.unit == "USD" and f.scale_stated
                 and not PER_NON_SHARE.search(f.label)]
        unproven = [cells for cells in unproven if not cells[0].scale_stated]
        taken = [cells for cells in unproven if _take_scale(cells, _repeated_scale(cells, known))]
        if not taken:
            return


def _amounts(table: list[Figure]) -> list[Figure] | None:
    """A table's amounts whose scale is to be proven: None for a table whose scale is stated (or taken from the
    table before it), or that prints none; rates per some other unit left out (printed whole at any scale)."""
    if any(f.unit == "USD" and (f.scale != 1.0 or f.scale_stated) for f in table):
        return None
    cells = [f for f in table if f.source == "table" and f.unit == "USD" and f.value
             and not PER_NON_SHARE.search(f.label)]
    return cells or None


def _take_scale(cells: list[Figure], scale: float | None) -> bool:
    """Scale a table's amounts by a proven scale; False (left unstated) with none, or with thousands proven for
    a table printing cents (a conflict)."""
    if scale is None or (scale != 1.0 and any(round(f.value * 100) % 100 for f in cells)):
        return False
    for f in cells:
        if scale != 1.0:
            f.value, f.scale = round(f.value * scale, 6), scale
        f.scale_stated = True
    return True


def _repeated_scale(cells: list[Figure], known: list[Figure]) -> float | None:
    """The one scale at which a table's cells repeat digit for digit figures of its row and period in tables of
    known scale: one of five significant digits or more, or two rows; None otherwise (see module)."""
    matched: dict[float, set[tuple[str, object]]] = {}
    sure: set[float] = set()
    of_period: dict[object, list[Figure]] = {}  # the known figures of each period, in their order: each cell
    for k in known:  # compared with those of its own period only, not with every known figure
        of_period.setdefault(k.period, []).append(k)
    for c in cells:
        words = _words(c.label)
        for k in of_period.get(c.period, ()):
            if not words & _words(k.label):
                continue
            for scale in SCALES:
                if math.isclose(c.value * scale, k.value, rel_tol=1e-12):  # digit for digit
                    matched.setdefault(scale, set()).add((c.label.lower(), c.period))
                    if _significant_digits(c.value) >= 5:
                        sure.add(scale)
    if len(matched) != 1:
        return None
    scale, rows = next(iter(matched.items()))
    return scale if scale in sure or len(rows) >= 2 else None


def _proven_scale(cells: list[Figure], prose: list[Figure]) -> float | None:
    """The one scale at which two or more prose amounts equal cells of their row and period, and at which
    alone any prose amount equals a cell of the table; None otherwise."""
    matched: dict[float, set[tuple[str, object]]] = {}
    of_period: dict[object, list[Figure]] = {}  # the cells of each period, in their order (see _repeated_scale)
    for c in cells:
        of_period.setdefault(c.period, []).append(c)
    for p in prose:
        words = _words(p.label)
        for c in of_period.get(p.period, ()):
            if not words & _words(c.label):
                continue
            for scale in SCALES:
                if rounds_to(c.value * scale, p.value):
                    matched.setdefault(scale, set()).add((c.label.lower(), c.period))
    if len(matched) != 1:
        return None
    scale, rows = next(iter(matched.items()))
    return scale if len(rows) >= 2 else None


@lru_cache(maxsize=4096)  # asked of each known figure's label for every cell of every unproven table: by value
def _words(label: str) -> frozenset[str]:
    """A label's words that name its row ('Total revenues' -> {'revenue'})."""
    return frozenset({w[:-1] if w.endswith("s") and len(w) > 3 else w for w in _WORD.findall(label.lower())} - _FILLER)


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0") or "0")


def rounds_to(full: float, rounded: float, digits: int = 0) -> bool:
    """Whether a figure printed in full rounds to a rounded one (5,213,456 to '$5.2 million'): the rounded
    figure's significant digits say how far it may stand from the full one — `digits` as printed where known
    ('$17.0 million' stands within 0.05 million, not 0.5), else those of its value."""
    if not rounded or not full or (full < 0) != (rounded < 0):
        return False
    place = math.floor(math.log10(abs(rounded))) - (digits or _significant_digits(rounded)) + 1  # its last digit's
    return abs(full - rounded) <= 0.5 * 10 ** place + 1e-9 * abs(rounded)


_PROSE_DIGITS = 3  # a figure proves a column's period only with three significant digits or more ('$184.3 million')


def prove_column_periods(columns: list[UnreadColumn], figures: list[Figure]) -> list[Figure]:
    """The cells of statement columns whose header gave no period, each column given the one period (and scale)
    the release's independently read figures prove (see module); the figures so read, to be added."""
    proven: list[tuple[UnreadColumn, Period, float]] = []
    for col in columns:
        found = _column_period(col, figures)
        if found is not None:
            proven.append((col, *found))
    taken = [period for _, period, _ in proven]
    out: list[Figure] = []
    for col, period, scale in proven:
        if taken.count(period) > 1 and any(c is not col and p == period and c.table is col.table for c, p, _ in proven):
            continue  # two columns of one table proving one period: which is which is not known
        for f in col.cells:
            printed = f.value / f.scale
            f.period, f.value, f.scale = period, round(printed * scale, 6), scale
            f.scale_stated = f.scale_stated or not col.scale_stated
            out.append(f)
        col.table.extend(col.cells)  # its table's figures now (another entity's table: grid_tables.other_entities)
    return out


def _evidence(f: Figure, col: UnreadColumn) -> list[tuple[Period, float, int]]:
    """The (period, value, its digits as printed — 0: printed in full) a figure gives as independent evidence: a
    table's figure of another table, or a prose amount and its compared amount ('$17.0 million' has three digits).
    Any may contradict a column; only telling ones prove it (_telling)."""
    if f.unit != "USD" or f.segment or f.qualifier not in ("", "gaap"):
        return []
    if f.source == "table":
        return [] if col.lines[0] <= f.line - 1 <= col.lines[1] else [(f.period, f.value, 0)]
    out = [(f.period, f.value, f.digits or _significant_digits(f.value))]
    if f.comp_value is not None and f.comp_period is not None:
        out.append((f.comp_period, f.comp_value, f.comp_digits or _significant_digits(f.comp_value)))
    return out


# Rows whose figure is a flow total, distinctive of its period: a column proven by items alone (charges, a line of
# the cash flow statement) may be the year's as well as the quarter's — a one-off charge is the same in both.
_TOTALS = frozenset({"revenue", "gross_revenue", "net_income", "net_income_common", "consolidated_net_income",
                     "continuing_income", "operating_income", "income_before_tax", "operating_cash_flow",
                     "net_interest_income", "total_costs", "operating_expenses"})
_Known = dict[str, list[tuple[Period, float, int]]]


def _agrees(cell: float, value: float, digits: int) -> bool:
    """A cell equal to a figure read elsewhere: digit for digit with another table's (digits 0), at its rounding as
    printed with prose."""
    return math.isclose(cell, value, rel_tol=1e-12) if not digits else rounds_to(cell, value, digits)


def _telling(value: float, digits: int = 0) -> bool:
    """A figure that can tell a period: not blank ('—' reads 0), not zero, three significant digits or more as
    printed (a round 3,200 or a dash is as likely the year's as the quarter's; '$17.0 million' has three)."""
    return bool(value) and (digits or _significant_digits(value)) >= _PROSE_DIGITS


def _column_period(col: UnreadColumn, figures: list[Figure]) -> tuple[Period, float] | None:
    """The one (period, scale) at which two or more rows of a column equal independent figures of their row — telling
    figures, none held by two periods, a flow total among them — none of its cells contradicting it; None otherwise."""
    known: _Known = {}
    for f in figures:
        for ev in _evidence(f, col):
            known.setdefault(row_key(f.label), []).append(ev)
    matched = _matches(col, known)
    if len(matched) != 1:
        return None  # none, or rows of two periods or scales: nothing proven
    (period, scale), rows = next(iter(matched.items()))
    if len(rows) < 2 or not rows & _TOTALS or any(f.period == period or f.segment or f.product for f in col.table):
        return None
    return None if _contradicted(col, known, period, scale) else (period, scale)


def _matches(col: UnreadColumn, known: _Known) -> dict[tuple[Period, float], set[str]]:
    """(period, scale) -> the rows whose telling cell equals a telling figure of that period of its row, held by no
    other period of the row (a value in the quarter and in the year proves neither)."""
    matched: dict[tuple[Period, float], set[str]] = {}
    for c in col.cells:
        printed = c.value / c.scale
        if c.qualifier not in ("", "gaap") or not _telling(printed):
            continue
        key = row_key(c.label)
        evidence = known.get(key, [])
        for period, value, digits in evidence:
            if not _telling(value, digits) or any(p != period and math.isclose(v, value, rel_tol=1e-9) for p, v, _ in evidence):
                continue
            for scale in ((c.scale,) if col.scale_stated else SCALES):
                if _agrees(printed * scale, value, digits):
                    matched.setdefault((period, scale), set()).add(key)
    return matched


def _contradicted(col: UnreadColumn, known: _Known, period: Period, scale: float) -> bool:
    """A cell whose row has a figure of that period that is another number, or that equals its row's figure of a
    period of another length and not the proposed period's (the year's net income in a column called the quarter)."""
    for c in col.cells:
        printed = c.value / c.scale * scale
        evidence = known.get(row_key(c.label), [])
        own = [_agrees(printed, value, digits) for p, value, digits in evidence if p == period]
        if own and not all(own):
            return True
        if printed and not own and any(p.months != period.months and _agrees(printed, value, digits)
                                       for p, value, digits in evidence):
            return True
    return False
