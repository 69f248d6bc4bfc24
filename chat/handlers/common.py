"""What several handlers reply when the store does not hold the figure, or a release prints two."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import Fact, Facts, conflicting, holdings, period_label
from chat.query import Query
from knowledge.lookup import PeriodKey


def label(query: Query, key: PeriodKey, rows: list[Fact] | None = None) -> str:
    """A period as the figures printed for it name it, else as the company's calendar does."""
    if rows:
        return rows[0].period_label
    return period_label(key, query.company.fye, query.company.fy_offset)


def not_held(facts: Facts, query: Query, key: PeriodKey | None, lead: str | None = None) -> Answer:
    """No figure: what is held instead — on another basis for the same period, else other periods."""
    other = facts.other_bases(query, key) if key is not None and lead is None else None
    if other is not None:
        lead = wording.other_bases_lead(query, *other)
    held = holdings(facts.lookup, query.company.key, query.metric, query.geo, query.product)
    return wording.not_held(query, held, label(query, key) if key else None, lead)


def conflict(query: Query, rows: list[Fact]) -> Answer | None:
    """One release printing two different figures for the same thing: asked back, never one picked."""
    distinct = conflicting(rows)
    return wording.conflict_reply(query, distinct) if distinct else None
