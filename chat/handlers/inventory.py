"""What the store holds for a company (for one period, or at all), and its fiscal calendar."""
from __future__ import annotations

from chat import wording
from chat.answer import Answer
from chat.facts import Facts
from chat.query import Query
from parsers.periods import Period, month_end


def answer(facts: Facts, query: Query) -> Answer:
    company = query.company.key
    overview = wording.periods_overview([r[0] for r in facts.lookup.periods_held(company, "revenue")])
    if query.period_name:
        found = []
        for key in (query.key, query.instant_key):
            if key is not None:
                found += facts.lookup.metrics_for_period(company, key)
        items = sorted({wording.metric_phrase(m, g, p) for m, g, p in found})
        return wording.inventory_of_period(query, items, overview)
    return wording.inventory_reply(query, [m for m, _ in facts.lookup.metrics_held(company)], overview)


def fiscal_year(facts: Facts, query: Query) -> Answer:
    """When the fiscal year ends, and which fiscal year the latest release reports."""
    company = query.company
    latest = facts.lookup.latest_document(company.key)
    fy = end_year = None
    if latest and latest[1]:
        end = Period(month_end(*_fiscal_end(latest[1], company.fye)), 12)
        fy, end_year = end.fiscal(company.fye, company.fy_offset)[0], end.end.year
    return wording.fiscal_year_reply(query, latest[0] if latest else None, fy, end_year, bool(latest and latest[2]))


def _fiscal_end(period_end, fye: int) -> tuple[int, int]:
    """(year, month) of the end of the fiscal year a period ends in."""
    y, m = period_end.year, period_end.month
    if period_end.day <= 7:
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return (y if m <= fye else y + 1), fye
