"""The change of a figure between two periods, as a percentage: as the release states it and as
computed from the two figures, both cited."""
from __future__ import annotations

from dataclasses import replace

from chat import wording
from chat.answer import Answer
from chat.facts import STANDS_IN, Fact, Facts, named_row, pair, printed_rounding, restated_apart, two_way
from chat.handlers.common import conflict, label, not_held
from chat.query import Query
from knowledge.lookup import PeriodKey


def answer(facts: Facts, query: Query, compare: bool = False) -> Answer:
    if len(query.keys) == 1:
        cur, base = query.keys[0], query.base
        if base is None:
            return not_held(facts, query, cur)
    else:
        cur, base = sorted(query.keys[:2], key=lambda k: (k[1], k[2]), reverse=True)
    rows = facts.two_periods(query, cur, base)
    every_cur = [r for r in rows if r.key == cur]  # a change stated on any row
    cur_rows = named_row(query.row_norm, every_cur)
    base_rows = named_row(query.row_norm, [r for r in rows if r.key == base])
    if cur_rows and base_rows and {r.label for r in cur_rows} & {r.label for r in base_rows}:
        base_rows = [r for r in base_rows if r.label in {c.label for c in cur_rows}] or base_rows
    for side in (cur_rows, base_rows):  # two rows of one release for the figure: never one of them at random
        asked_back = conflict(query, side) if side else None
        if asked_back:
            return asked_back
    changes: list[Fact] = []
    if query.basis == "":  # a change the release states without its amounts ("net income grew 31%")
        changes = facts.facts(query.company.key, query.metric, query.geo, query.product, cur, "change")
    if not cur_rows and not changes:
        return not_held(facts, query, cur)
    base_label = label(query, base, base_rows)
    year_ago = base[0] == cur[0] and base[2] == cur[2] and base[1] == cur[1] - 1
    stated = next((r for r in cur_rows + every_cur + changes if r.change_pct is not None  # a change stated with
                   and ((r.comp_period is None and year_ago) or r.comp_period == base_label)), None)  # no base: a year's
    if not cur_rows:  # a stated change is never the figure itself: only its own percentage, against its own base
        return _stated_only(facts, query, cur, base_label, stated, compare)
    total = facts.bare_total_below(query, cur_rows[0])
    if total is not None:  # "total X" asked, X's own row read above a bare "Total": never the part for the total
        return not_held(facts, query, cur, wording.total_not_read(wording.what(query), cur_rows[0].label, total))
    found = pair(cur_rows, base_rows, same_unit=True)
    if found is not None:  # a rounded prose figure as the release's table prints it in full ("$31.0 million" in a
        found = facts.in_full(query, found[0]), facts.in_full(query, found[1])  # quote, 30,968 in the statement): a
        # change computed from rounded figures is one the release's own table contradicts (76.1% for 75.7%)
    if found is None and stated is None and cur_rows and base_rows and all(
            restated_apart(c, b) for c in cur_rows for b in base_rows):  # held, but by two releases: never compared
        return not_held(facts, query, cur, wording.restated_apart_lead(query, cur_rows[0].period_label, base_label))
    computed, by_size = None, False
    if found:
        c, b = found
        if b.value < 0 < c.value or c.value < 0 < b.value:
            if stated is None:  # across zero: no percentage means anything
                return wording.across_zero_reply(query, c, b)
        elif b.value < 0 and c.unit != "percent" and not two_way(c.label):  # an expense printed negative
            computed, by_size = (abs(c.value) - abs(b.value)) / abs(b.value) * 100, True
        elif b.value:  # a loss narrowing from -5 to -3 is +40%: the figure rose
            computed = (c.value - b.value) / abs(b.value) * 100
    if by_size and stated is not None and computed is not None and (stated.change_pct or 0) * computed < 0:
        stated = None  # a column of changes of the signed figures (an expense falling is +100%), not of their size
    if found and computed is not None and found[0].unit == found[1].unit == "percent" and \
            (stated is None or stated.change_pct is None):  # points or a relative change: no one answer
        return wording.percent_of_percent_reply(query, found[0], found[1], computed)
    precise = None
    if stated is not None and stated.change_pct is not None and computed is not None and found \
            and _apart(computed, stated.change_pct) and _beyond_rounding(*found, stated.change_pct):
        return wording.changes_apart_reply(query, stated, found, computed, cur_rows[0].period_label, base_label)
    if stated is not None and stated.change_pct is not None:
        value = stated.change_pct
        if computed is not None and rounds_to(computed, value) and found is not None \
                and _precise_enough(*found, value):  # the stated change is the computed one rounded:
            precise = round(computed, 2)  # the value keeps the computed one's two decimals, as a computed one does
    elif computed is not None:
        value, stated = round(computed, 2), None  # the text says it to one decimal; the value keeps two
    else:
        return not_held(facts, query, base, wording.no_base_lead(query, cur_rows[0].period_label, base_label))
    if found and found[0].metric in STANDS_IN and found[0].metric != query.metric:
        query = replace(query, metric=found[0].metric)  # the wider sum standing in for cash: named as itself
    return wording.change_reply(query, value, cur_rows[0].period_label, base_label, stated, found, computed, by_size,
                                compare, precise)


def _stated_only(facts: Facts, query: Query, cur: PeriodKey, base_label: str, stated: Fact | None,
                 compare: bool) -> Answer:
    """The figure of the asked period is held only as a stated change ("increased $0.5 million, or 4.2%, compared
    to the third quarter"): that change's amount is no level, so nothing is computed from it against any base; the
    percentage it states answers only a change against the base it names (`stated` is matched on it)."""
    if stated is None or stated.change_pct is None:
        return not_held(facts, query, cur)
    return wording.change_reply(query, stated.change_pct, stated.period_label, base_label, stated, None, None, False,
                                compare)


def _apart(computed: float, stated: float) -> bool:
    """Do a stated change and the one computed from the two cited figures differ by more than rounding explains —
    the stated one of another basis the sentence does not name (like-for-like, organic, constant currency; "up by
    21.9% year-on-year" beside a table whose figures rose 29.9%)? Rounded inputs move a computed change by a point or
    so ($1.2 billion against $1.1 billion: 9.1%, stated 9%); beyond that and a tenth of it, neither is given."""
    return abs(computed - stated) > max(1.5, 0.1 * abs(stated))


def _beyond_rounding(c: Fact, b: Fact, stated: float) -> bool:
    """Does the stated change lie outside every change the two figures allow, given how they are printed ($0.29
    million from $0.23 million allow 21% to 31%: a stated 29% is theirs, not another basis's)?"""
    span = _change_span(c, b)
    step = _stated_step(stated)
    return span is not None and (stated + step < span[0] or stated - step > span[1])


def _precise_enough(c: Fact, b: Fact, stated: float) -> bool:
    """May the change computed from two figures stand for the stated one with more decimals? Only when the figures'
    own rounding moves the computed change less than the stated change's rounding does: "$1.2 billion, up 9% from
    $1.1 billion" computes 9.09, but $1.15-1.25 billion against $1.05-1.15 billion spans 0% to 19%, so 9.09 is no
    truer than 9 (the stated figure is given as stated)."""
    span = _change_span(c, b)
    return span is not None and span[1] - span[0] < 2 * _stated_step(stated)


def _change_span(c: Fact, b: Fact) -> tuple[float, float] | None:
    """The lowest and highest percent change two figures allow as printed (`printed_rounding`: a sentence's rounded
    amount spans half its last digit, a table's cell is exact); None where the base may be zero."""
    cur, base = abs(c.value), abs(b.value)
    hc, hb = printed_rounding(c), printed_rounding(b)
    if base - hb <= 0:
        return None
    return ((cur - hc) / (base + hb) - 1) * 100, ((cur + hc) / (base - hb) - 1) * 100


def _stated_step(stated: float) -> float:
    """Half the unit of a stated percentage's last digit (12.1%: 0.05; 368%: 0.5): how far it rounds."""
    text = repr(abs(stated))
    return 0.5 * 10 ** -(len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0)


def rounds_to(computed: float, stated: float) -> bool:
    """A stated percentage (12.1, 368) is the computed one (12.12, 367.97) rounded to the stated one's digits."""
    return abs(computed - stated) <= _stated_step(stated) + 1e-9

