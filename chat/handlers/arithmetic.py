"""Arithmetic on cited figures (TAT-QA's TagOp idea): the evidence figures found one per period, then a
fixed operator applied to them — sum, average, change (an amount, later less earlier), difference (how
far apart the two figures are: its size, which is larger said in words) — with the formula shown and
every input cited; and a place's or product's share of the company total. A figure missing for any
period means no answer."""
from __future__ import annotations

import re
from dataclasses import replace

from chat import wording
from chat.answer import Answer
from chat.facts import Fact, Facts, asks_for_loss, pair, restated_apart, two_way
from chat.handlers.change import answer as change_answer
from chat.handlers.common import both_figures, conflict, label, not_held
from chat.formatting import figure
from chat.query import SUBTRACTIONS, Query
from knowledge.lookup import PeriodKey
from chat.question import money_asked

QUARTER_READINGS = ("ttm", "quarters")  # quarters the question did not name one by one: each read, or derived
PERCENT_ASKED = re.compile(r"%|\bpercent(?:age)?s?\b")  # a percentage asked of an operation on figures
# "the change in total revenue %": the sign after the metric's words asks the change as a percentage, when the rows
# are amounts (of a row printed in percent, "the change in gross margin %" is its difference in points)
PERCENT_AFTER_METRIC = re.compile(r"\b(?:change|increase|decrease|difference|variance)\s+(?:in|of)\s+(?:the\s+)?"
                                  r"(?:(?!percent|percentage|rate\b)[\w-]+\s+){1,6}?%")


def answer(facts: Facts, query: Query) -> Answer:
    if query.operation == "period_share":
        return _period_share(facts, query)
    keys = list(query.keys)
    if query.operation in SUBTRACTIONS:
        if len(keys) == 1:
            if query.base is None:
                return not_held(facts, query, keys[0])
            keys.append(query.base)
        keys = sorted(keys[:2], key=lambda k: (k[1], k[2], k[0]), reverse=True)  # later minus earlier
        if _spans_apart(keys):  # "Q4 FY2025 … minus nine months": a quarter less nine months is no change of a figure
            return not_held(facts, query, keys[0], wording.spans_apart(
                wording.what(query), label(query, keys[0]), label(query, keys[1])))
    keys = list(dict.fromkeys(keys))
    if len(keys) < 2:
        return not_held(facts, query, keys[0], wording.one_period_only(wording.what(query)))
    if query.implied in QUARTER_READINGS and (missing := _quarters_missing(facts, query, keys)):
        in_time = sorted(keys, key=lambda k: (k[1], k[2]))
        return not_held(facts, query, missing[0], wording.quarters_missing(
            query, [label(query, k) for k in in_time], [label(query, k) for k in in_time if k in missing]))
    found: list[Fact] = []
    metric = query.metric
    for key in keys:
        fact = facts.quarter_fact(query, key) if query.implied in QUARTER_READINGS else None
        if fact is None:
            metric, rows = facts.rows_for(query, key)
            if not rows:
                return not_held(facts, query, key)
            asked_back = conflict(query, rows)
            if asked_back:
                return asked_back
            same = [r for r in rows if found and r.doc_id == found[0].doc_id and not r.doubt]
            fact = (same or rows)[0]  # from one release where it gives them all
        found.append(facts.in_full(query, fact))  # a rounded prose figure as its table prints it in full
    total = facts.bare_total_below(query, found[0]) if query.operation != "sum" else None  # a sum's "total" adds
    if total is not None:  # "total X" asked, X's own row read above a bare "Total": never the part for the total
        return not_held(facts, query, keys[0], wording.total_not_read(wording.what(query), found[0].label, total))
    if len({f.unit for f in found}) > 1:
        return not_held(facts, query, keys[0], wording.mixed_units(wording.what(query)))
    if any(restated_apart(found[0], f) for f in found[1:]):  # per-share figures of two releases: a split between
        return not_held(facts, query, keys[0], wording.restated_apart_lead(  # them restates one against the other
            query, found[0].period_label, found[-1].period_label))
    if query.operation not in SUBTRACTIONS:  # added or averaged in the order of time
        found.sort(key=lambda f: (f.end_year, f.end_month, f.months))
    values = [f.value for f in found]
    unit = found[0].unit
    if unit != "percent" and query.operation == "difference" and PERCENT_AFTER_METRIC.search(query.norm):
        return change_answer(facts, replace(query, intent="change", operation=""))  # the change of amounts, in %
    if unit != "percent" and PERCENT_ASKED.search(query.norm):  # "the average % of net revenue": never the amounts'
        return not_held(facts, query, keys[0], wording.percent_of_amounts(wording.what(query), unit))
    by_size = False
    if query.operation == "sum":
        value = sum(values)
    elif query.operation == "average":
        value = sum(values) / len(values)
    elif values[0] <= 0 and values[1] < 0 and unit != "percent" and (
            not two_way(found[0].label) or asks_for_loss(query.norm)):  # an expense, or the loss the question names
        value, by_size = abs(values[0]) - abs(values[1]), True
    else:
        value = values[0] - values[1]
    if query.operation == "gap":
        value = abs(value)
    stated = _stated_percent(facts, query, found)
    if stated is not None:
        return not_held(facts, query, keys[0], wording.amount_or_stated_percent(wording.what(query), stated,
                                                                                  figure(value, unit)))
    return wording.arithmetic_reply(query, metric, found, value, unit, by_size)


def _period_share(facts: Facts, query: Query) -> Answer:
    """'Q4 revenue as a share of FY 2026': the shorter period's figure over the longer one's of the same figure, both
    cited, the formula shown — only where the shorter period lies within the longer one and both are of one unit
    (a share of a balance, or of a period the part is no part of, is no share: said so)."""
    if len(set(query.keys)) != 2 and query.flow:
        return not_held(facts, query, query.key, wording.one_period_only(wording.what(query)))
    part_key, whole_key = sorted(query.keys, key=lambda k: k[0])[0], sorted(query.keys, key=lambda k: k[0])[-1]
    if not query.flow or not _within(part_key, whole_key):
        return not_held(facts, query, part_key, wording.not_a_part(
            wording.what(query), label(query, part_key), label(query, whole_key)))
    found: list[Fact] = []
    for key in (part_key, whole_key):
        _, rows = facts.rows_for(query, key)
        if not rows:
            return not_held(facts, query, key)
        asked_back = conflict(query, rows)
        if asked_back:
            return asked_back
        found.append(facts.in_full(query, rows[0]))
    part, whole = found
    if part.unit != whole.unit or part.unit == "percent" or not whole.value:
        return not_held(facts, query, part_key, wording.mixed_units(wording.what(query)))
    return wording.period_share_reply(query, part, whole, 100 * part.value / whole.value)


def _spans_apart(keys: list[PeriodKey]) -> bool:
    """Two flows of different lengths subtracted where the shorter is not a part of the longer taken from it ('Q4 FY2025
    less 9M FY2025', 'Q3 2025 less 9M 2024'): no change of one figure. The year less its nine months (the fourth quarter),
    six months less the second quarter, are a part taken from its whole."""
    if len(keys) != 2 or not keys[0][0] or not keys[1][0] or keys[0][0] == keys[1][0]:
        return False
    return not _within(keys[1], keys[0])


def _within(part: PeriodKey, whole: PeriodKey) -> bool:
    """The part's months lie inside the whole's: it ends no later, and starts no earlier."""
    def start(key: PeriodKey) -> int:
        return key[1] * 12 + key[2] - key[0]
    return 0 < part[0] < whole[0] and (part[1], part[2]) <= (whole[1], whole[2]) and start(part) >= start(whole)


def _quarters_missing(facts: Facts, query: Query, keys: list[PeriodKey]) -> list[PeriodKey]:
    """The quarters the trailing twelve months, or a year's quarterly average, need and the releases give neither
    printed nor as the difference of two year-to-date figures: all of them named, never the sum or average of fewer."""
    return [k for k in keys if facts.quarter_fact(query, k) is None and not facts.rows_for(query, k)[1]]


def _stated_percent(facts: Facts, query: Query, found: list[Fact]) -> Fact | None:
    """'What was the increase in X in 2019?' — one period named, a direction asked — of a figure whose release
    states its change for that period only as a percentage ('Change %: 39.9'): the amount and the percentage
    the release gives are both readings of the question, so neither is given as the answer (a wrong reading
    is worse than none). A question naming both periods ('from 2018 to 2019') or no direction ('the change')
    asks for the amount."""
    if query.operation != "difference" or len(query.keys) != 1 or not wording.direction_asked(query.norm) \
            or money_asked(query.norm):  # "by how much", "in dollars": the amount is asked, one reading
        return None
    latest = found[0]
    if latest.unit == "percent":
        return None
    if latest.change_pct is not None:
        return latest
    said = facts.facts(query.company.key, query.metric, query.geo, query.product, query.keys[0], "change")
    return next((f for f in said if f.change_pct is not None), None)  # stated in a sentence


def share(facts: Facts, query: Query) -> Answer:
    """A place's or product's share of the company total, both figures from one release."""
    key = query.key
    assert key is not None
    part = facts.facts(query.company.key, query.metric, query.geo, query.product, key, query.basis)
    total = facts.facts(query.company.key, query.metric, "", "", key, query.basis)
    found = pair(part, total)
    if found is None or (not query.geo and not query.product):
        return not_held(facts, query, key)
    p, t = found
    return wording.share_reply(query, round(100 * p.value / t.value, 1), p, t)


def two(facts: Facts, query: Query) -> Answer:
    """Two figures named apart ('the total of A and B in 2019', 'the difference between A and B'), both
    from one release where it gives both, of one unit (of unstated scale only within one table), added
    or set apart (a difference is a size, which is larger said in words)."""
    assert query.of is not None
    both = both_figures(facts, query, query.of)
    if isinstance(both, Answer):
        return both
    metric_a, metric_b, a, b = both
    names = wording.two_names(query, metric_a, metric_b)
    if query.operation == "minus":  # one less the other, a cost printed in parentheses by its size
        by_size = any(f.value < 0 and not two_way(f.label) for f in (a, b))
        value = abs(a.value) - abs(b.value) if by_size else a.value - b.value
    else:
        value = a.value + b.value if query.operation == "sum" else abs(a.value - b.value)
    return wording.two_figures_reply(query, names, a, b, value)
