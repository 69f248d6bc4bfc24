"""A ratio of two figures, one as a percentage of the other ("operating income as a percentage of
revenue", "the ratio of current assets to current liabilities"): both figures found for their own
periods on the basis asked, from one release where it gives both, both cited, the formula shown.
Figures of different units are never divided; figures whose scale the release does not state are
divided only when one table of one release prints both (the scale then cancels)."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import UNSTATED, Facts, pair, two_way
from chat.handlers.common import conflict, not_held
from chat.query import Query


def answer(facts: Facts, query: Query) -> Answer:
    divisor = query.of
    assert divisor is not None and query.key is not None and divisor.key is not None
    metric_a, rows_a = facts.rows_for(query, query.key)
    if not rows_a:
        return not_held(facts, query, query.key)
    metric_b, rows_b = facts.rows_for(divisor, divisor.key)
    if not rows_b:
        return not_held(facts, divisor, divisor.key)
    for q, rows in ((query, rows_a), (divisor, rows_b)):
        asked_back = conflict(q, rows)
        if asked_back:
            return asked_back
    found = pair(rows_a, rows_b)
    assert found is not None
    a, b = facts.in_full(query, found[0]), facts.in_full(divisor, found[1])  # rounded prose as printed in full
    same_table = a.doc_id == b.doc_id and a.source == b.source == "table"
    if a.unit != b.unit or (a.unit == UNSTATED and not same_table):
        return not_held(facts, query, query.key, wording.mixed_units(wording.ratio_name(query, metric_a, metric_b)))
    by_size = any(f.value < 0 and not two_way(f.label) for f in (a, b))  # a cost printed in parentheses
    x, y = (abs(a.value), abs(b.value)) if by_size else (a.value, b.value)
    if not b.value:
        return not_held(facts, query, query.key, wording.no_ratio_of_zero(wording.ratio_name(query, metric_a, metric_b)))
    value = x / y * (100 if query.operation == "percent_of" else 1)
    return wording.ratio_reply(query, metric_a, metric_b, a, b, value, by_size)
