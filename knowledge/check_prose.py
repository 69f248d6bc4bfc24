"""Prose: the money and per-share amounts sentences print, and whether each became a fact; and
every prose figure against the statement figure of the same metric, period and basis.

Amounts are found in the text without the parser (a "$" or "€" amount, with its scale word, in a line
that reads as a sentence); read means a narrative fact on that line carries that value, with a
term and a period. So an amount the reader skips counts as unread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.vocabulary import canonical_metric
from parsers.front_matter import read_front_matter
from parsers.metadata import CURRENCY_MARKS
from parsers.model import Document, Figure
from parsers.tables import normalize_basis, plain_label
from parsers.narrative_terms import is_bound, is_deal

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mm": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12}
# An amount: "$" (or "US$"), or the mark of another currency (parsers/metadata.py CURRENCY_MARKS: "€", "EUR",
# "Yen", "NIS"), as printed, or "cents".
AMOUNT = re.compile(r"(?:(?<![\w$])(?:US)?\$|(?-i:" + "|".join(f"(?:{mark})" for mark, _ in CURRENCY_MARKS) + r")\s?)(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>thousand|million|billion|trillion|"
                    r"mm|mn|bn|[mbk])\b)?|(?<![\w.$])(?P<cents>\d{1,2}(?:\.\d+)?)\s+cents\b", re.I)
_WORDS = re.compile(r"[A-Za-z]{2,}")
_SCALE_FIRST = re.compile(r"^\s*(thousand|million|billion|trillion)\b", re.I)
# The high end of a range right after an amount, with the scale both ends share ("$186-$187M", "$2,900 to $3,050
# million"): the low end printed without it is of that scale, as the reader takes it (parsers/narrative.py)
_RANGE_SCALE = re.compile(r"\s*(?:-|\u2013|to)\s*(?:(?:US)?\$|(?-i:" + "|".join(f"(?:{mark})" for mark, _ in CURRENCY_MARKS)
                          + r")\s?)?\d[\d,]*(?:\.\d+)?\s?(thousand|million|billion|trillion|mm|mn|bn|[mbk])\b", re.I)
# ("Yen109.9 to Yen122.1 billion": the high end's mark may be another currency's, as the low end's is)
# A negative amount in parentheses whose scale word stands after the closing one: "a net loss of ($0.6) million",
# "$(3.4) million" (the reader takes -0.8 million: parsers/narrative.py); without the opening "(" a ")" closes
# something else ("(or $0.41 per share) million" is no form of an amount)
_CLOSED_SCALE = re.compile(r"\)\s?(thousand|million|billion|trillion|mm|mn|bn|[mbk])\b", re.I)
# ... and one whose "(" stands after its mark ("$(3.4) million"): a prose figure's own printed rounding is read with
# it (`_rounding`), while the prose score counts the amounts AMOUNT finds, as it always has
_OPENED_AMOUNT = re.compile(AMOUNT.pattern.replace("(?P<num>", "(?P<paren>\\()?(?P<num>", 1), re.I)
STATEMENTS = ("income", "balance", "cash_flow")


@dataclass
class ProseScore:
    found: int = 0
    read: int = 0
    unread: list[str] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)  # amounts of a deal or a limit: no figure of a period, not counted
    bounds: list[str] = field(default_factory=list)  # "over $2.0 billion", "$100,000 or more": no figure printed, not counted


def is_sentence(line: str) -> bool:
    """A line of prose, not a table row: no cells, many words, few numbers."""
    if "|" in line or re.search(r"\$\s{2,}\d", line):
        return False
    words = len(_WORDS.findall(line))
    numbers = len(re.findall(r"\d[\d,.]*", line))
    return words >= 8 and words >= 2 * numbers


_NOTE_MARK = re.compile(r"^\s*(?:\\?\*+\s*)?\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+\S")


def note_lines(lines: list[str]) -> set[int]:
    """Lines (0-based) of notes: paragraphs that open with a note's mark, "(1) Intangible asset amortization of
    $4.7 million ... is included in ...", "(a) Fourth quarter 2024 had $38.3 million of ...". A note explains a
    row of a table, it does not state the release's figures, so its amounts are no prose amounts."""
    out: set[int] = set()
    in_note = False
    for n, line in enumerate(lines):
        if not line.strip():
            in_note = False
            continue
        if _NOTE_MARK.match(line) and (n == 0 or not lines[n - 1].strip() or in_note):
            in_note = True  # a note opens a paragraph, or follows the note before it line by line
        if in_note:
            out.add(n)
    return out


def amounts(line: str, next_line: str = "", opened: bool = False) -> list[tuple[str, float, float]]:
    """(as printed, value in dollars, the step of its last printed digit) of each amount in a sentence.
    An amount that ends the line takes its scale from the start of the next ("revenues were $16.55" /
    "million, compared with ..."): a sentence wrapped in a plain-text release."""
    return [(m.group(0), value, step) for m, value, step in _amount_matches(line, next_line, opened)]


def _amount_matches(line: str, next_line: str = "", opened: bool = False) -> list[tuple[re.Match, float, float]]:
    """As `amounts`, each with its match (where it stands in the line)."""
    out = []
    wrapped = _SCALE_FIRST.match(next_line)
    for m in (_OPENED_AMOUNT if opened else AMOUNT).finditer(line):
        number = m.group("cents") or m.group("num")
        decimals = len(number.partition(".")[2])
        ranged = _RANGE_SCALE.match(line, m.end()) if m.group("num") and not m.group("scale") else None
        paren = (opened and m.group("paren")) or (m.group("num") and line[:m.start()].endswith("("))
        closed = _CLOSED_SCALE.match(line, m.end()) if paren and not m.group("scale") else None
        word = m.group("scale") or (wrapped.group(1) if wrapped and m.group("num") and not line[m.end():].strip() else "") \
            or (ranged.group(1) if ranged else "") or (closed.group(1) if closed else "")
        scale = 0.01 if m.group("cents") else SCALES.get(word.lower(), 1.0)
        try:
            value = float(number.replace(",", "")) * scale
        except ValueError:
            continue
        out.append((m, value, 10 ** -decimals * scale))
    return out


def score_prose(doc: Document) -> ProseScore:
    score = ProseScore()
    by_line: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.source == "narrative" and f.label and f.period is not None:
            by_line.setdefault(f.line, []).append(f)
    copy_only = read_front_matter(doc.text).lines  # an archive copy's front matter and flash headlines: not the
    # release, never read for figures (parsers/front_matter.py), so no prose of it
    notes = note_lines(doc.lines)
    for n, line in enumerate(doc.lines, start=1):
        if n - 1 in copy_only or n - 1 in notes or not is_sentence(line):
            continue
        line = line.replace("*", "")  # Markdown's emphasis ("*$16* *billion*", "***$135*** ***Billion"): never part of
        # an amount, and it parts a number from its scale word
        for m, value, _ in _amount_matches(line, doc.lines[n].replace("*", "") if n < len(doc.lines) else ""):
            printed = m.group(0)
            if is_deal(line, m.start(), m.end()):  # a deal's size: no figure of a period
                score.deals.append(f"line {n}: {printed}")
                continue
            if is_bound(line, m.start(), m.end()):  # only a bound of a figure, which the reader never takes for it
                score.bounds.append(f"line {n}: {printed}")
                continue
            score.found += 1
            if any(_same(value, f.value) or (f.comp_value is not None and _same(value, f.comp_value))
                   for f in by_line.get(n, [])):
                score.read += 1
            else:
                score.unread.append(f"line {n}: {printed}")
    return score


def _same(a: float, b: float) -> bool:
    return abs(abs(a) - abs(b)) <= 1e-6 * max(abs(a), abs(b), 1.0)


def disagreements(doc: Document) -> list[str]:
    """Each prose figure whose statement figure (same metric, period, basis and unit, company
    total) differs by more than the prose's own rounding, and no cause of which is shown (agreement)."""
    return agreement(doc)[0]


def agreement(doc: Document) -> tuple[list[str], list[str]]:
    """(disagreements, explained): prose figures the statement prints otherwise. Explained are those whose
    cause the statement itself shows: it prints the prose's value in the same period under another
    label (the release names, say, the net loss applicable to common stock "net loss"), or prints the
    figure without its scale ($405 million beside a cell 405: the table's reading, not the prose's)."""
    found, explained = agreement_figures(doc)
    return [said for said, _ in found], explained


def agreement_figures(doc: Document) -> tuple[list[tuple[str, list[Figure]]], list[str]]:
    """As `agreement`, each disagreement with the figures it implicates: the prose figure and the
    statement's figures it differs from (either may be the one misread: knowledge/doubts.py)."""
    table: dict[tuple, list[Figure]] = {}
    by_period: dict[tuple, list[Figure]] = {}
    for f in doc.figures:
        if f.source == "table" and f.table_class in STATEMENTS and not f.geo and not f.product:
            table.setdefault(_key(f), []).append(f)
            by_period.setdefault((f.period, f.unit), []).append(f)
    out, explained = [], []
    for f in doc.figures:
        if f.source != "narrative" or f.geo or f.product or f.segment or f.printed_term:
            continue  # (a subject read as printed, a flow named by its verb among them: "we repurchased $35 million of
            # our shares" counts the activity as the release words it, which a statement's row of a like name may
            # measure otherwise (cash paid, not declared or traded): not the statement's figure, so no disagreement)
        key = _key(f)
        if key[0] == "other":
            continue
        rows = table.get(key)
        if not rows or any(abs(abs(t.value) - abs(f.value)) <= 0.01 * abs(f.value) for t in rows):
            continue  # within _rounding's floor: agrees, without reading the sentence's amounts again (ingest runs this)
        tolerance = _rounding(f)
        if any(abs(abs(t.value) - abs(f.value)) <= tolerance for t in rows):
            continue
        t = rows[0]
        said = (f"line {f.line}: prose {f.label!r} {f.period.label(doc.fye_month, doc.fy_offset)} "
                f"{f.value:,.2f} vs statement line {t.line} {t.value:,.2f}")
        why = _cause(f, rows, by_period.get((f.period, f.unit), []), tolerance)
        (explained.append(f"{said}: {why}") if why else out.append((said, [f, *rows])))
    return out, explained


def stated_changes(doc: Document) -> list[tuple[str, list[Figure]]]:
    """Each change a sentence states ("decreased $10.5 million") that the release's own two levels of the figure
    (the period's and the one it is compared with: the date it names, or a year before) put otherwise, beyond the
    rounding of all three: the stated change and the one computed from the levels must agree, sign and all. A
    property of the reading (tests/test_prose_changes_and_parts.py holds it over the dev releases), not yet counted
    in the agreement: a stated change is stored apart and never answered as the figure."""
    levels: dict[tuple, list[Figure]] = {}
    for f in doc.figures:
        if not f.geo and not f.product and not f.segment and normalize_basis(f.qualifier) == "" and not f.doubt:
            levels.setdefault(_level_key(f.label, f.section, f.unit, f.period, f.printed_term), []).append(f)
    out = []
    for f in doc.figures:
        if f.source != "narrative" or f.qualifier != "change" or f.unit == "percent" or f.geo or f.product \
                or f.segment or not f.label.endswith(" (change)") or _OTHER_BASIS.search(f.quote):
            continue  # ("Adjusted book value per share increased $1.95": the change of another basis's figure)
        label = f.label[:-len(" (change)")]
        before = f.comp_period or f.period.shifted_years(-1)
        now = levels.get(_level_key(label, f.section, f.unit, f.period, f.printed_term), [])
        then = levels.get(_level_key(label, f.section, f.unit, before, f.printed_term), [])
        if not now or not then or _key(now[0])[0] == "other" and not f.printed_term:
            continue
        if any(_bears_out(f, a, b) for a in now for b in then):
            continue  # (a sentence's own two levels bear out its change where the statement prints one of them
            # otherwise: the release's prose and statement disagree, which the agreement lists, not the reading)
        a, b = now[0], then[0]
        said = (f"line {f.line}: prose {f.label!r} {f.period.label(doc.fye_month, doc.fy_offset)} {f.value:,.2f} "
                f"vs {a.value - b.value:,.2f} from lines {a.line} and {b.line}")
        out.append((said, [f, a, b]))
    return out


def _bears_out(f: Figure, a: Figure, b: Figure) -> bool:
    """Is the stated change `f` the difference of the levels `a` (its period's) and `b` (the one before), within
    a whole step of the change's last digit and the rounding of prose levels (a release may take the change of its
    rounded levels: 282.9 - 281.1)?"""
    computed = a.value - b.value
    tolerance = 2 * _half_step(f) + sum(_half_step(g) for g in (a, b) if g.source == "narrative") + 1e-9 * abs(computed)
    return abs(computed - f.value) <= tolerance


_OTHER_BASIS = re.compile(r"\b(?:adjusted|non-GAAP|core|underlying|organic|comparable|pro\s+forma|like-for-like|"
                          r"constant\s+currency|excluding)\b", re.I)


def _level_key(label: str, section: str, unit: str, period, printed: bool) -> tuple:
    """A level's key for its stated change: its metric (its printed words when the vocabulary lacks them)."""
    plain = plain_label(label)
    metric = "other" if printed else canonical_metric(plain, section, unit)
    return (metric, plain.lower() if metric == "other" else "", unit, period)


_MORE_ASSETS = re.compile(r"\b(?:investments?|securities|deposits|other\s+financial\s+assets)\b", re.I)


def _cause(f: Figure, rows: list[Figure], same_period: list[Figure], tolerance: float) -> str:
    """Why the statement prints a prose figure otherwise, as the statement itself shows it; "" when it does
    not. Rows named with all the prose's words ("net loss" → "Net loss applicable to common stockholders")
    print its value, or add up to it ("Interest income" and "Interest income – related party"); the
    prose names a sum of more assets than the statement's row; or the row is read without its scale."""
    words = set(_WORDS.findall(plain_label(f.label).lower()))
    named = [o for o in same_period if words and words <= set(_WORDS.findall(o.label.lower()))]
    close = lambda v: abs(abs(v) - abs(f.value)) <= tolerance
    if (o := next((o for o in named if close(o.value)), None)) is not None:
        return f"the statement prints {f.value:,.2f} as {o.label!r} (line {o.line})"
    if len({o.line for o in named}) > 1 and close(sum(o.value for o in named)):
        return "the sum of the statement's " + " and ".join(f"{o.label!r} (line {o.line})" for o in named)
    if named and (kin := _kin_row(f, words, named, same_period, close)) is not None:
        return (f"the sum of the statement's {named[0].label!r} (line {named[0].line}) and {kin.label!r} "
                f"(line {kin.line})")
    if (extra := _MORE_ASSETS.search(f.label)) and not any(_MORE_ASSETS.search(o.label) for o in rows):
        return f"the prose adds {extra.group(0)} the statement's {rows[0].label!r} does not hold"
    unscaled = next((o for o in rows for scale in (1e3, 1e6, 1e9) if o.value and close(o.value * scale)), None)
    if unscaled is not None:
        return f"the statement's cell (line {unscaled.line}) is read without its scale"
    return ""


_LINK_WORDS = {"and", "of", "for", "the", "on", "in", "to", "from", "by", "net", "other", "total"}


def _kin_row(f: Figure, words: set[str], named: list[Figure], same_period: list[Figure], close) -> Figure | None:
    """A row of the same kind beside the prose's own ("General and administrative expenses" 1,250 and
    "Administrative services expenses" 500 for "$1.7 million of general and administrative expenses"): it
    ends in the prose's noun and shares another of its words, and the two rows add up to the prose's figure."""
    printed = _WORDS.findall(plain_label(f.label).lower())
    if len(named) != 1 or not printed:
        return None
    own = words - _LINK_WORDS
    for o in same_period:
        other = _WORDS.findall(o.label.lower())
        if o is named[0] or not other or other[-1] != printed[-1] or o.label.lower().startswith("total"):
            continue
        if len(own & (set(other) - _LINK_WORDS)) >= 2 and close(named[0].value + o.value):
            return o
    return None


def _key(f: Figure) -> tuple:
    basis = normalize_basis(f.qualifier)
    label = plain_label(f.label) if basis != "part" else f.label
    return canonical_metric(label, f.section, f.unit), basis, f.period, f.unit


def _half_step(f: Figure) -> float:
    """Half a unit of the last digit the sentence prints for the figure (0 when it is not found there)."""
    return max([0.0] + [0.5 * step for _, value, step in amounts(f.quote) if abs(abs(value) - abs(f.value)) <= 0.5 * step + 1e-9])


def _rounding(f: Figure) -> float:
    """Half a unit of the last digit the sentence prints ("$1.2 billion" stands for 1.15-1.25 billion),
    and never less than 1% of the figure."""
    floor = 0.01 * abs(f.value)
    steps = [step for _, value, step in amounts(f.quote, opened=True) if abs(abs(value) - abs(f.value)) <= 0.5 * step + 1e-9]
    return max([floor] + [0.5 * s for s in steps])
