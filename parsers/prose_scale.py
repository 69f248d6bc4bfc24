"""The scale of a table that states none, proven by the release's own prose repeating its figures.

Why: a table printed in whole dollars (or thousands) with no caption saying so is of unknown scale, and
its figures are given only "as printed". Its prose often repeats them: "revenue of $5.2 million" beside a
cell 5,213,456 proves the cells are whole dollars, beside a cell 5,213 that they are thousands. The rule is
strict — magnitudes alone never decide: two or more prose amounts must each equal a cell of the same row
and period at one scale, and no prose amount may equal a cell of the table at another scale.
"""
from __future__ import annotations

import math
import re

from parsers.model import Figure

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
    for table in groups:
        if any(f.unit == "USD" and (f.scale != 1.0 or f.scale_stated) for f in table):
            continue  # a table whose scale is stated (or taken from the table before it)
        cells = [f for f in table if f.source == "table" and f.unit == "USD" and f.value]
        scale = _proven_scale(cells, evidence)
        if scale is None or (scale != 1.0 and any(round(f.value * 100) % 100 for f in cells)):
            continue  # no proof, or thousands proven for a table printing cents: a conflict, the scale stays unstated
        for f in cells:
            if scale != 1.0:
                f.value, f.scale = round(f.value * scale, 6), scale
            f.scale_stated = True


def _proven_scale(cells: list[Figure], prose: list[Figure]) -> float | None:
    """The one scale at which two or more prose amounts equal cells of their row and period, and at which
    alone any prose amount equals a cell of the table; None otherwise."""
    matched: dict[float, set[tuple[str, object]]] = {}
    for p in prose:
        words = _words(p.label)
        for c in cells:
            if c.period != p.period or not words & _words(c.label):
                continue
            for scale in SCALES:
                if rounds_to(c.value * scale, p.value):
                    matched.setdefault(scale, set()).add((c.label.lower(), c.period))
    if len(matched) != 1:
        return None
    scale, rows = next(iter(matched.items()))
    return scale if len(rows) >= 2 else None


def _words(label: str) -> set[str]:
    """A label's words that name its row ('Total revenues' -> {'revenue'})."""
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in _WORD.findall(label.lower())} - _FILLER


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0") or "0")


def rounds_to(full: float, rounded: float) -> bool:
    """Whether a figure printed in full rounds to a rounded one (5,213,456 to '$5.2 million'): the rounded
    figure's significant digits say how far it may stand from the full one."""
    if not rounded or not full or (full < 0) != (rounded < 0):
        return False
    place = math.floor(math.log10(abs(rounded))) - _significant_digits(rounded) + 1  # the power of ten of its last digit
    return abs(full - rounded) <= 0.5 * 10 ** place + 1e-9 * abs(rounded)
