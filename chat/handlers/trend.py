"""A figure across every period of one length the store holds, the latest release's figure for each; and
the year of those figures that was the highest or lowest ("in which year was X larger?")."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
import re

from chat.facts import UNSTATED, Fact, Facts, asks_for_loss, conflicting, named_row, two_way
from chat.handlers.common import conflict, not_held
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


def which_year(facts: Facts, query: Query) -> Answer:
    """'In which year was X larger?': the year whose cited figure is the highest (or lowest) of the years one
    release gives the row for — or of the years named. Answered only where every figure is the same row's,
    of one unit, undoubted, compared as `_compared_as` reads them, one a year and no two alike; else abstained
    with the figures' reasons."""
    if len(query.keys) == 1:  # one year named: no comparison of years
        return wording.which_year_unread(query, [])
    months = 12 if query.flow else 0
    series = facts.series(query, months)  # the latest release's first
    if not series:
        return not_held(facts, query, None)
    latest_doc = series[0].doc_id
    by_end: dict[tuple[int, int], list[Fact]] = {}
    for r in series:
        by_end.setdefault((r.end_year, r.end_month), []).append(r)
    picked: list[Fact] = []
    for end in sorted(by_end):
        rows = named_row(query.row_norm, [r for r in by_end[end] if r.doc_id == latest_doc])
        if not rows:
            continue
        asked_back = conflict(query, rows) if conflicting(rows) or rows[0].doubt else None
        if asked_back:
            return asked_back
        picked.append(rows[0])
    named = {(k[1], k[2]) for k in query.keys}
    if len(query.keys) >= 2:
        picked = [r for r in picked if (r.end_year, r.end_month) in named]
    years = [_year_of(r) for r in picked]
    if len(query.keys) >= 2 and len(picked) < len(named):
        return not_held(facts, query, next(k for k in query.keys if (k[1], k[2]) not in
                                           {(r.end_year, r.end_month) for r in picked}))
    if len(picked) < 2 or None in years or len(set(years)) < len(years) or len({r.unit for r in picked}) > 1 \
            or len({r.label for r in picked}) > 1:
        return wording.which_year_unread(query, picked)
    if query.threshold is not None:
        return _past_threshold(query, picked)
    size = _compared_as(query, picked)
    if size is None or len({r.value for r in picked}) < len(picked):
        return wording.which_year_unread(query, picked)
    best = (max if query.extreme == "high" else min)(picked, key=size)
    year = _year_of(best)
    assert year is not None  # a figure of no year left with 'None in years' above
    return wording.which_year_reply(query, best, year, picked)


def _compared_as(query: Query, picked: list[Fact]):
    """How the years' figures are compared: as printed where none is negative; a loss asked of losses ('in which
    year was the loss greater?', every figure at or below zero) by its size; a row signed both ways ('Share of
    net (losses)/earnings') asked plainly as signed figures; else not at all (which of two negative expenses
    is 'larger' its sign does not say)."""
    if all(r.value >= 0 for r in picked):
        return lambda r: r.value
    if asks_for_loss(query.norm):
        return (lambda r: -r.value) if all(r.value <= 0 for r in picked) else None
    return (lambda r: r.value) if two_way(picked[0].label) else None


def _past_threshold(query: Query, picked: list[Fact]) -> Answer:
    """'In which year was X less than 50,000 thousands?' / 'negative?': the one year whose figure passes, where
    the figures' unit is the threshold's kind (a percentage against a percentage, an amount of stated scale
    against an amount), the bound is not below zero, and exactly one passes; else abstained."""
    assert query.threshold is not None
    bound, kind = query.threshold
    unit = picked[0].unit
    if kind != "any" and ((kind == "percent") != (unit == "percent") or unit == UNSTATED or bound < 0):
        return wording.which_year_unread(query, picked)  # a negative bound: whether a benefit printed '(12,586)' is
        # 'lower than -10,000' hangs on the row's sign convention, not on the figures
    passing = [r for r in picked if (r.value < bound if query.extreme == "below" else r.value > bound)]
    if len(passing) != 1:
        return wording.which_year_unread(query, picked)
    return wording.which_year_reply(query, passing[0], _year_of(passing[0]) or 0, picked)


def _year_of(fact: Fact) -> int | None:
    """The year a column of a year's figures names: the fiscal year of a year's span, the year of a date."""
    if fact.months == 12:  # 'FY 2019'; a year of no fiscal name ('12M to 2017-06') by the year it ends in
        m = re.fullmatch(r"FY\s?(\d{4})", fact.period_label)
        return int(m.group(1)) if m else fact.end_year if re.fullmatch(r"12M to \d{4}-\d\d", fact.period_label) else None
    return fact.end_year if fact.months == 0 else None
