"""One handler per intent. Each takes the store's facts (chat.facts.Facts) and the question resolved
once into a frozen query (chat.query), looks its figures up by the period keys it was given — never
resolving a period again — and returns the reply, worded by chat.wording."""
from __future__ import annotations

from typing import Callable

from chat.answer import Answer
from chat.facts import Facts
from chat.handlers import arithmetic, change, companies, guidance, inventory, places, rank, ratio, trend, value
from chat.query import AcrossQuery, Query

HANDLERS: dict[str, Callable[[Facts, Query], Answer]] = {
    "value": value.answer, "change": change.answer, "compare": places.compare, "share": arithmetic.share,
    "arithmetic": arithmetic.answer, "trend": trend.answer, "which_year": trend.which_year, "inventory": inventory.answer,
    "fiscal_year": inventory.fiscal_year, "ratio": ratio.answer, "two": arithmetic.two, "outlook": guidance.outlook,
}


def handle(facts: Facts, query: Query | AcrossQuery) -> Answer:
    """The reply to a resolved query: over companies (side by side or listed; ranked or filtered), or
    about one company's figure by its intent."""
    if isinstance(query, AcrossQuery):
        return (rank.answer if query.shape in ("rank", "filter") else companies.answer)(facts, query)
    if query.basis == "guidance" and query.intent == "value":  # an outlook: its range, never one end for the figure
        return guidance.answer(facts, query)
    return HANDLERS[query.intent](facts, query)
