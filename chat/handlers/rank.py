"""Companies ranked by a figure or its growth ("which bank had the highest net interest income in Q4
2024", "top 5 by revenue growth") or filtered by the direction of its change ("companies whose net
income fell"), through the same template as companies side by side."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import Facts
from chat.handlers.companies import LISTED, loss_moved, reply
from chat.query import AcrossQuery


def answer(facts: Facts, query: AcrossQuery) -> Answer:
    if query.loss_moved:  # "companies whose net loss widened": the loss's size, among the companies that made one
        return loss_moved(facts, query)
    flip = -1 if query.loss else 1  # "the biggest net loss" is the lowest net income (loss), "the smallest" the highest
    if query.shape == "rank" and query.companies:  # "which had the higher revenue, Acme or Zenith?"
        direction = -1 if query.ranking[0] == "low" else 1
        return reply(facts, query, list(query.companies), len(query.companies), 0, direction * flip)
    sign = (-1 if query.fell else 1) if query.shape == "filter" else 0
    low = query.shape == "rank" and query.ranking[0] == "low"
    direction = -1 if (low or (query.shape == "filter" and query.fell)) else 1
    wanted = (LISTED if query.ranking[1] < 0 else max(1, query.ranking[1])) if query.shape == "rank" else LISTED
    among = list(query.among) or None  # "which bank …": the companies of that kind only
    found = reply(facts, query, among, wanted, sign, direction * flip, losses_only=query.loss)
    if query.shape == "filter" and found.status == "abstained":  # none fell: say of how many, never "none gives it"
        compared = reply(facts, query, among, LISTED, 0, direction)
        if compared.status == "answered" and compared.value:
            return wording.none_moved(query, int(compared.value), compared.citations)
    return found
