"""The value of one figure for one period (and what the same release gives for the longer period
ending the same day), or the figure computed from the two a release gives (margins)."""
from __future__ import annotations

import re
from dataclasses import replace

from chat import wording
from chat.answer import Answer
from chat.facts import DERIVED, PER_SHARE_UNITS, ROUNDING, Fact, Facts, disagreeing, pair, printed_rounding
from chat.handlers.common import conflict, not_held
from chat.query import Query
from knowledge.lookup import PeriodKey


def answer(facts: Facts, query: Query) -> Answer:
    key = query.key
    assert key is not None  # resolution gives a value question its period
    if len(query.keys) >= 2 and not query.operation:
        return _several(facts, query)
    metric, rows = facts.rows_for(query, key)
    if not rows and key[0] == 0:  # a balance printed in a year's column (cash at the end of a cash-flow year)
        metric, rows = facts.rows_for(query, (12, key[1], key[2]))
    if query.basis == "constant-currency" and not rows:  # only the change in constant currency is printed, if any
        carried = facts.changes_in_constant_currency(query.company.key, metric, query.geo, query.product, key)
        if carried:
            return not_held(facts, query, key, wording.only_change_in_constant_currency(query, carried[0]))
    if not rows:
        derived = _derived(facts, query, key)
        if derived:
            return derived
        quarter = facts.quarter_fact(query, key) if key[0] == 3 and query.flow else None
        if quarter is not None and quarter.parts:  # the year less nine months, both of one release
            return wording.quarter_reply(query, quarter)
        other = facts.other_bases(query, key)
        if other:
            return not_held(facts, query, key, wording.other_bases_lead(query, *other))
        return not_held(facts, query, key)
    if len({r.unit for r in rows}) > 1:  # a printed label over amounts and over growth rates alike
        rows = [r for r in rows if (r.unit == "percent") == query.wants_percent] or rows
    asked_back = conflict(query, rows)
    if asked_back:
        return asked_back
    best = rows[0]
    total = facts.bare_total_below(query, best)
    if total is not None:  # "total X" asked, X's own row read above a bare "Total": never the part for the total
        return not_held(facts, query, key, wording.total_not_read(wording.what(query), best.label, total))
    longer = facts.same_end(query, key, best) if query.implied else []
    if best.value < 0 and best.unit in COUNT_UNITS and COUNTED.search(query.norm):
        # "the number of shares forfeited" of a roll-forward's '(140,687)': a number of things is never below zero;
        # the parentheses say the row is taken off the balance, and the number asked is its size
        return wording.value_reply(query, metric, replace(best, value=-best.value), [], [], printed=best.value)
    return wording.value_reply(query, metric, best, longer, disagreeing(best, rows))


COUNT_UNITS = {"count", "shares"}
COUNTED = re.compile(r"\bnumber\s+of\b|\bhow\s+many\b")  # the question asks how many there were


def _derived(facts: Facts, query: Query, key: PeriodKey) -> Answer | None:
    """A figure the release does not print but gives the inputs of (gross margin, margins, sales
    and marketing), computed from two figures of one release, both cited."""
    if query.geo or query.product:
        return None
    adjusted_only = None
    # the metric asked, or its one reading where that is all it may be ('gross margin' of a company printing it in
    # percent: the percentage, never the gross profit subtracted)
    if query.readings and query.metric not in query.readings:
        query = replace(query, metric=query.readings[0])
    for how, a_metric, b_metric in DERIVED.get(query.metric, ()):
        a_rows = facts.facts(query.company.key, a_metric, "", "", key, _input_basis(query, how, a_metric))
        b_rows = facts.facts(query.company.key, b_metric, "", "", key, _input_basis(query, how, b_metric))
        if how in MARGINS:
            a_rows, b_rows = _of_margin_basis(query, a_metric, a_rows), _of_margin_basis(query, b_metric, b_rows)
            if how == "ratio" and not a_rows and query.basis == "":
                adjusted_only = adjusted_only or _adjusted_printed(facts, query, key, a_metric)
        found = pair(a_rows, b_rows)
        if not found or not found[1].value or (how in ("sub", "add") and found[0].unit != found[1].unit):
            continue
        a, b = found
        if how in MARGINS and (a.key != b.key or a.unit != b.unit):
            continue  # a margin of figures of one period and one unit only
        if how == "per_share" and ((a.unit, b.unit) != PER_SHARE_UNITS or b.value <= 0 or a.doc_id != b.doc_id):
            continue  # an amount in dollars over a count of shares, of one release, or nothing
        if how == "per_share" and a_metric == "net_income" and _minority_share(facts, query, key, a):
            continue
        value, unit = {
            "sub": (a.value - abs(b.value), a.unit),
            "add": (abs(a.value) + abs(b.value), a.unit),
            "ratio": (100 * a.value / abs(b.value), "percent"),
            "ratio_sub": (100 * (a.value - abs(b.value)) / a.value, "percent"),
            "per_share": (a.value / b.value, "USD/share"),
        }[how]
        span = _rounded_span(how, a, b) if how in ("ratio", "ratio_sub") else None
        digits = _sure_digits(span) if span is not None else None
        if span is not None and digits is None:
            return wording.too_rounded_reply(query, a, b, a_metric, b_metric, span)
        if digits is not None:
            value = round(value, digits)
        if how in MARGINS and not -100 <= value <= 100:
            return wording.margin_out_of_range_reply(query, value, a, b, a_metric, b_metric)
        return wording.derived_reply(query, value, unit, a, b, a_metric, b_metric, how, digits)
    if adjusted_only is not None:
        return wording.only_adjusted_printed_reply(query, adjusted_only)
    return None


MARGINS = ("ratio", "ratio_sub")  # a margin: a figure as a percent of revenue


def _input_basis(query: Query, how: str, metric: str) -> str:
    """The basis an input of a computed figure is looked up on: revenue, the whole a margin is a percent of, is
    always as reported (an 'adjusted EBITDA margin' is adjusted EBITDA over the revenue reported); any other input
    on the basis asked."""
    return "" if how in MARGINS and metric == "revenue" else query.basis


def _of_margin_basis(query: Query, metric: str, rows: list[Fact]) -> list[Fact]:
    """A margin's inputs of the basis the margin is asked on: a plain margin ('EBITDA margin') only of figures as
    printed unadjusted, never of an adjusted one ('Adjusted EBITDA', which a measure non-GAAP by definition takes
    for its plain name): a margin of an adjusted figure is an adjusted margin, and an adjusted margin only of an
    adjusted figure (revenue, the whole, as reported). Never of an outlook."""
    kept = [r for r in rows if r.basis != "guidance"]
    if metric == "revenue" or query.basis not in ("", "non-gaap"):
        return kept
    return [r for r in kept if (r.basis == "non-gaap") == (query.basis == "non-gaap")]


def _adjusted_printed(facts: Facts, query: Query, key: PeriodKey, metric: str) -> Fact | None:
    """The adjusted figure a release prints where a plain margin was asked and no unadjusted one is held."""
    rows = [r for r in facts.facts(query.company.key, metric, "", "", key, "non-gaap") if r.basis == "non-gaap"]
    return rows[0] if rows else None


def _rounded_span(how: str, a: Fact, b: Fact) -> tuple[float, float] | None:
    """The lowest and highest percentage two rounded figures allow (11.2 / 35.8 is 31.28%, but any of 31.10% to
    31.47%); None when both are exact (a table's cells), or the span cannot be worked out (a zero end)."""
    ea, eb = printed_rounding(a), printed_rounding(b)
    if not ea and not eb:
        return None
    ends = []
    for da in (-ea, ea):
        for db in (-eb, eb):
            x, y = a.value + da, abs(b.value) + db
            if not y or (how == "ratio_sub" and not x):
                return None
            ends.append(100 * x / y if how == "ratio" else 100 * (x - abs(b.value) - db) / x)
    return min(ends), max(ends)


def _sure_digits(span: tuple[float, float]) -> int | None:
    """The decimals of a percentage its inputs' rounding leaves sure: the most whose unit is at least twice the span
    and at which both ends of the span round alike ("31%" for 31.10–31.47%). None when not even the whole percent is sure
    (the span is wider than half a point): such a percentage is no figure to state ("$2 million" of "$3 million" is
    anything from 43% to 100%)."""
    width = span[1] - span[0]
    return next((d for d in (2, 1, 0) if width <= 10.0 ** -d / 2 and _rounds_alike(span, d)), None)


def _rounds_alike(span: tuple[float, float], digits: int) -> bool:
    """Do both ends of the span round to one figure at `digits` decimals? 8.37% to 8.66% is 8% or 9%: no whole
    percent is sure (said "about 9%", it would contradict a release that prints 8%)."""
    return round(span[0], digits) == round(span[1], digits)


def _minority_share(facts: Facts, query: Query, key: PeriodKey, net_income) -> bool:
    """Net income that is the company's part of a consolidated one whose rest the noncontrolling interests
    hold: its owners' shares may be of several classes, some exchangeable for the minority's units, so
    net income over the diluted shares is no EPS the release would print."""
    rows = facts.facts(query.company.key, "consolidated_net_income", "", "", key, query.basis)
    return any(r.doc_id == net_income.doc_id and abs(r.value - net_income.value) > ROUNDING * abs(r.value)
               for r in rows)


def _several(facts: Facts, query: Query) -> Answer:
    """A value asked of two or more periods with no operation ('revenue 2019 and 2018', 'the variance
    for X from 2017 to 2018' read as no change): one of them is never answered as if it were the
    question. Each period's figure is listed and cited, and the user asked which is meant."""
    found = []
    for key in query.keys[:4]:
        _, rows = facts.rows_for(query, key)
        if rows and not conflict(query, rows):
            found.append(rows[0])
    return wording.several_periods_reply(query, found)
