"""A ratio of two figures, one as a percentage of the other ("operating income as a percentage of
revenue", "the ratio of current assets to current liabilities"): both figures found for their own
periods on the basis asked, from one release where it gives both, both cited, the formula shown.
Figures of different units are never divided; figures whose scale the release does not state are
divided only when one table of one release prints both (the scale then cancels)."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import Facts, two_way
from chat.handlers.common import both_figures, not_held
from chat.query import Query


def answer(facts: Facts, query: Query) -> Answer:
    assert query.of is not None
    both = both_figures(facts, query, query.of)
    if isinstance(both, Answer):
        return both
    metric_a, metric_b, a, b = both
    by_size = any(f.value < 0 and not two_way(f.label) for f in (a, b))  # a cost printed in parentheses
    x, y = (abs(a.value), abs(b.value)) if by_size else (a.value, b.value)
    if not b.value:
        return not_held(facts, query, query.key, wording.no_ratio_of_zero(wording.ratio_name(query, metric_a, metric_b)))
    value = x / y * (100 if query.operation == "percent_of" else 1)
    return wording.ratio_reply(query, metric_a, metric_b, a, b, value, by_size)
