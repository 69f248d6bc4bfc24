"""A figure across every period of one length the store holds, the latest release's figure for each."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import Fact, Facts
from chat.handlers.common import not_held
from chat.query import Query


def answer(facts: Facts, query: Query) -> Answer:
    months = query.key[0] if query.key else (3 if query.flow else 0)
    latest: dict[tuple[int, int], Fact] = {}
    doubted: dict[tuple[int, int], Fact] = {}
    for r in facts.series(query, months):  # a figure its release contradicts is no point of the series
        (doubted if r.doubt else latest).setdefault((r.end_year, r.end_month), r)  # (knowledge/doubts.py)
    series = [latest[k] for k in sorted(latest)]
    withheld = [doubted[k] for k in sorted(doubted) if k not in latest]  # a period left out is said so, and why
    if not series and not withheld:
        return not_held(facts, query, None)
    return wording.trend_reply(query, series, withheld)
