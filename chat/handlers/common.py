"""What several handlers reply when the store does not hold the figure, or a release prints two."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import (ROUNDING, UNSTATED, Fact, Facts, conflicting, holdings, measure_words, pair, period_label,
                        qualified_periods)
from chat.query import Query
from knowledge.doubts import DISAGREEMENT
from knowledge.lookup import PeriodKey


def label(query: Query, key: PeriodKey, rows: list[Fact] | None = None) -> str:
    """A period as the figures printed for it name it, else as the company's calendar does."""
    if rows:
        return rows[0].period_label
    return period_label(key, query.company.fye, query.company.fy_offset)


def not_held(facts: Facts, query: Query, key: PeriodKey | None, lead: str | None = None) -> Answer:
    """No figure: what is held instead — on another basis for the same period, else other periods; of a measure
    asked with a word that makes it another one ("core FFO per share"), the periods it is printed for with that word."""
    if lead is None and (words := measure_words(query.row_norm, query.metric)):
        return wording.qualified_not_held(query, " ".join(words), label(query, key) if key else None,
                                          qualified_periods(facts.lookup, query))
    if lead is None and (printed := facts.measures_printed(query, key))[0]:
        return wording.other_measure_printed(query, *printed, label(query, key) if key else None)
    other = facts.other_bases(query, key) if key is not None and lead is None else None
    if other is not None:
        lead = wording.other_bases_lead(query, *other)
    held = holdings(facts.lookup, query.company.key, query.metric, query.geo, query.product)
    return wording.not_held(query, held, label(query, key) if key else None, lead)


def conflict(query: Query, rows: list[Fact]) -> Answer | None:
    """One release printing two different figures for the same thing: asked back, never one picked; or
    the figure the best release prints is one its own arithmetic or prose contradicts (`doubted`)."""
    doubt = doubted(query, rows[0]) if rows else None
    if doubt is not None:
        return doubt
    distinct = conflicting(rows)
    return wording.conflict_reply(query, distinct) if distinct else None


def doubted(query: Query, fact: Fact) -> Answer | None:
    """A figure never stated as fact (knowledge/doubts.py): one its prose and its statement print
    differently is shown with the other, both cited, and said to differ; one the release's own arithmetic
    does not hold for is said so, its line cited — neither gives a number as the answer."""
    doubt = fact.doubted
    if doubt is None:
        return None
    if doubt.kind == DISAGREEMENT:
        sides = [fact]
        for other in fact.differs:
            if all(abs(other.value - s.value) > ROUNDING * max(abs(s.value), 1e-9) for s in sides):
                sides.append(other)
        if len(sides) >= 2:
            return wording.conflict_reply(query, sides, differ=True)
    return wording.doubted_reply(query, fact, doubt.said)


def both_figures(facts: Facts, query: Query, other: Query) -> tuple[str, str, Fact, Fact] | Answer:
    """The two figures of a question over two (a ratio's, a sum's, one less the other): each found for its
    own period, from one release where it gives both, a rounded prose figure as its table prints it in
    full — with the metrics read — or the reply when either is not held, a release prints two of one, or
    their units differ (figures of unstated scale combine only within one table)."""
    assert query.key is not None and other.key is not None
    metric_a, rows_a = facts.rows_for(query, query.key)
    if not rows_a:
        return not_held(facts, query, query.key)
    metric_b, rows_b = facts.rows_for(other, other.key)
    if not rows_b:
        return not_held(facts, other, other.key)
    for q, rows in ((query, rows_a), (other, rows_b)):
        asked_back = conflict(q, rows)
        if asked_back:
            return asked_back
    found = pair(rows_a, rows_b)
    if found is None:  # per-share figures or share counts held by two releases only
        return not_held(facts, query, query.key, wording.restated_apart_lead(query, rows_a[0].period_label,
                                                                              rows_b[0].period_label))
    a, b = facts.in_full(query, found[0]), facts.in_full(other, found[1])
    same_table = a.doc_id == b.doc_id and a.source == b.source == "table"
    if a.unit != b.unit or (a.unit == UNSTATED and not same_table):
        names = " and ".join(wording.two_names(query, metric_a, metric_b)) if query.intent == "two" else \
            wording.ratio_name(query, metric_a, metric_b)
        return not_held(facts, query, query.key, wording.mixed_units(names))
    return metric_a, metric_b, a, b
