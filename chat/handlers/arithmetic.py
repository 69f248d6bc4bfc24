"""Arithmetic on cited figures (TAT-QA's TagOp idea): the evidence figures found one per period, then a
fixed operator applied to them — sum, average, difference (an amount) — with the formula shown and
every input cited; and a place's or product's share of the company total. A figure missing for any
period means no answer."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import Fact, Facts, asks_for_loss, pair, two_way
from chat.handlers.common import conflict, not_held
from chat.query import Query


def answer(facts: Facts, query: Query) -> Answer:
    keys = list(query.keys)
    if query.operation == "difference":
        if len(keys) == 1:
            if query.base is None:
                return not_held(facts, query, keys[0])
            keys.append(query.base)
        keys = sorted(keys[:2], key=lambda k: (k[1], k[2], k[0]), reverse=True)  # later minus earlier
    keys = list(dict.fromkeys(keys))
    if len(keys) < 2:
        return not_held(facts, query, keys[0], wording.one_period_only(wording.what(query)))
    found: list[Fact] = []
    metric = query.metric
    for key in keys:
        fact = facts.quarter_fact(query, key) if query.implied == "ttm" else None
        if fact is None:
            metric, rows = facts.rows_for(query, key)
            if not rows:
                return not_held(facts, query, key)
            asked_back = conflict(query, rows)
            if asked_back:
                return asked_back
            same = [r for r in rows if found and r.doc_id == found[0].doc_id]
            fact = exact(facts, query, metric, key, (same or rows)[0])  # from one release where it gives them all
        found.append(fact)
    if len({f.unit for f in found}) > 1:
        return not_held(facts, query, keys[0], wording.mixed_units(wording.what(query)))
    if query.operation != "difference":  # added or averaged in the order of time
        found.sort(key=lambda f: (f.end_year, f.end_month, f.months))
    values = [f.value for f in found]
    unit = found[0].unit
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
    return wording.arithmetic_reply(query, metric, found, value, unit, by_size)


def rounding_step(value: float) -> float:
    """The place a figure is rounded to: 100,000 for $60.7 million, 1,000 for 56,585 (in thousands)."""
    step, v = 1.0, round(abs(value))
    while v and v % (step * 10) == 0 and step < 1e9:
        step *= 10
    return step


def exact(facts: Facts, query: Query, metric: str, key, fact: Fact) -> Fact:
    """The same figure as a table of the same release prints it more exactly ("$60.7 million" in prose,
    60,696 in the statement): arithmetic takes the exact one, so a rounded figure is never added to or
    taken from an exact one (60.7 million less 56,585 thousand is a difference neither figure gives)."""
    if fact.source == "table" or fact.derived_from:
        return fact
    half = rounding_step(fact.value) / 2
    close = [r for r in facts.facts(query.company.key, metric, query.geo, query.product, key, query.basis)
             if r.source == "table" and r.doc_id == fact.doc_id and r.unit == fact.unit
             and abs(r.value - fact.value) <= half and rounding_step(r.value) < rounding_step(fact.value)]
    return max(close, key=lambda r: r.authority) if close else fact


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
