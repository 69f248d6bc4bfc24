"""A sentence that opens on the change of the figures the sentence before read: "The $5.3 million decrease in voyage
expenses is mainly attributed to ...", "The increase of $0.1 million is attributable to ...", "This $8.7 million decrease
in cash provided by operating activities was ...".

The change names no period and often no term of its own: it is the change between two levels of one figure the sentence
right before printed (its period's and an earlier one's). It is read only when exactly one such pair of levels there
differs by the amount (within the rounding of all three printed amounts) in the direction the word says, and, where
the sentence names what changed, the pair's label is those words. Anything else is left unread: a change the reader
cannot tie to its two levels is no figure it may state.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from parsers.model import Figure
from parsers.numbers import parse_amount

_AMOUNT = "\x01"  # where the sentence's first amount stood
_UP, _DOWN = ("increase",), ("decrease", "decline", "reduction")
_THE_CHANGE = re.compile(
    r"\W*(?:the|this)\s+(?:" + _AMOUNT + r"\s+(?:net\s+)?(?P<w1>increase|decrease|decline|reduction)|(?:net\s+)?"
    r"(?P<w2>increase|decrease|decline|reduction)\s+of\s+(?:approximately\s+)?" + _AMOUNT + r")"
    r"(?:\s+in\s+(?P<subject>[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,6}?))?"
    r"\s+(?=(?:is|was|were|are|primarily|mainly|largely|principally|reflects|reflected|resulted|results|relates|related|"
    r"came|due|attributable)\b)", re.I)
_WORD = re.compile(r"[a-z]+")


def change_of_the_last(text: str, money: list[re.Match], before: list[Figure], read: list[Figure]) -> tuple[Figure, int] | None:
    """(the change figure, where its amount starts in `text`) when the sentence `text` opens on the change of one figure
    of `before` (the figures the sentence before read, in the same paragraph) or, when it names the figure, of `read`
    (the paragraph's figures so far), else None. `money`: the sentence's amounts (MONEY_RE matches)."""
    if not money or not read:
        return None
    m = money[0]
    lead = _THE_CHANGE.match(text[:m.start()] + _AMOUNT + text[m.end():m.end() + 200])
    if lead is None or m.group("cents") is not None or not m.group("scale") and "," not in (m.group("num") or ""):
        return None  # (an amount with no scale nor thousands printed whole may be of another scale than its levels)
    amount = parse_amount((m.group("num") or "0") + (m.group("dec") or ""), m.group("scale"))
    word = (lead.group("w1") or lead.group("w2")).lower()
    subject = _words(lead.group("subject") or "")
    levels = read if subject else before
    pairs = [(now, then) for now in levels for then in levels
             if _levels_of_one_figure(now, then) and _apart_by(now, then, amount, m, word)
             and (not subject or _words(now.label) == subject)]
    if len(pairs) != 1:
        return None  # none, or more than one pair the change may be of: which figure's, the words do not say
    now, then = pairs[0]
    year_before = then.period == now.period.shifted_years(-1)
    fig = replace(now, label=f"{now.label} (change)", value=math.copysign(amount, now.value - then.value),
                  qualifier="change", change_pct=None, comp_value=None, cc_change_pct=None, seq_change_pct=None,
                  comp_period=None if year_before else then.period, doubt="", digits=_digits(m), comp_digits=0)
    return fig, m.start()


def _words(label: str) -> list[str]:
    return _WORD.findall(label.lower().replace("\u2019", "'").replace("'s", "").replace("'", ""))


def _levels_of_one_figure(now: Figure, then: Figure) -> bool:
    """Two levels of the same figure, `then` of an earlier span as long (or an earlier date), on the same basis."""
    return now is not then and now.label == then.label and now.unit == then.unit and now.unit != "percent" \
        and now.qualifier == then.qualifier == "" and now.segment == then.segment and now.geo == then.geo \
        and now.product == then.product and now.period.months == then.period.months and then.period.end < now.period.end


def _apart_by(now: Figure, then: Figure, amount: float, m: re.Match, word: str) -> bool:
    """Do the two levels differ by the amount, within the rounding of the three as printed, in the word's direction
    (of their size: an expense or a loss that grew "increased")?"""
    grew = abs(now.value) > abs(then.value)
    if word in _UP and not grew or word in _DOWN and grew:
        return False
    tolerance = 0.5 * _step(amount, _digits(m)) + 0.5 * _step(now.value, now.digits) + 0.5 * _step(then.value, then.digits)
    return abs(abs(now.value - then.value) - amount) <= tolerance + 1e-9 * amount


def _digits(m: re.Match) -> int:
    whole, frac = (m.group("num") or "").replace(",", ""), (m.group("dec") or "").lstrip(".")
    digits = (whole + frac).lstrip("0")
    return len(digits if frac else digits.rstrip("0"))


def _step(value: float, digits: int) -> float:
    """The unit of the last significant digit printed (1% of the value when not known)."""
    if not value:
        return 0.0
    if digits <= 0:
        return 0.01 * abs(value)
    return 10.0 ** (math.floor(math.log10(abs(value))) - digits + 1)
