"""Places side by side ("US vs EMEA revenue Q3 2007"); a comparison of periods is a change."""
from __future__ import annotations

from dataclasses import replace

from chat import wording
from chat.answer import Answer
from chat.facts import Fact, Facts
from chat.handlers.change import answer as change_answer
from chat.handlers.common import doubted, label, not_held
from chat.query import Query


def compare(facts: Facts, query: Query) -> Answer:
    if query.other_geos:
        return answer(facts, query)
    return change_answer(facts, query, compare=True)


def answer(facts: Facts, query: Query) -> Answer:
    """Each place's figure for the period, the first as the headline."""
    key = query.key
    assert key is not None
    found: list[tuple[str, Fact]] = []
    for geo in (query.geo, *query.other_geos):
        rows = facts.facts(query.company.key, query.metric, geo, query.product, key, query.basis)
        if not rows:
            return not_held(facts, replace(query, geo=geo), key,
                            wording.place_not_held_lead(query, geo, label(query, key)))
        doubt = doubted(replace(query, geo=geo), rows[0])
        if doubt is not None:  # a place's figure the release contradicts: no place's figure stated beside it
            return doubt
        found.append((geo, rows[0]))
    return wording.places_reply(query, found)
