"""Companies side by side ("Acme vs Zenith revenue Q4 FY2024") or listed ("revenue of every company
for Q4 2024"). One named template (`rank_across_companies`) fetches the metric's figures for every
company at once, for the period codes the store's fiscal calendars give the question's period (resolved
once, chat/resolution.py); each company keeps the period its own calendar names, and where those
periods end on different dates the answer says so. Every figure listed is cited. A company whose
release prints two different figures for the period, whose figure its own arithmetic or prose contradicts
(knowledge/doubts.py), whose figures' unit is not stated, or whose amounts are in another currency, is left
out and named, never ranked on a guess."""
from __future__ import annotations

from dataclasses import dataclass, replace

from chat import wording
from chat.answer import Answer
from chat.facts import BASIS_OF_READING, UNSTATED, Fact, Facts, months_back, restated_apart
from chat.query import AcrossQuery, Calendar
from knowledge.lookup import PeriodKey

LISTED = 20  # figures named (and cited) in one answer; the rest are counted
ALL = 100_000  # every company's figure
# Units whose amounts compare across companies: an amount in another currency ("EUR", "XXX": none stated)
# is left out of an amount's ranking, never ranked by its number against dollars (its change still ranks).
SAME_UNITS = ("USD", "USD/share", "shares", "count", "percent")


@dataclass
class Entry:
    """One company's figure for its own period (and, for a change, the year before)."""

    company: str
    fact: Fact
    base: Fact | None = None
    change: float | None = None
    key: str = ""
    basis: str = ""  # the reading of the metric the figure is ('diluted' for EPS printed only diluted), said beside it

    @property
    def value(self) -> float:
        return self.change if self.change is not None else self.fact.value


def answer(facts: Facts, query: AcrossQuery) -> Answer:
    only = list(query.companies) if query.shape == "companies" else (list(query.among) or None)  # "every bank"
    wanted = len(only) if only and query.shape == "companies" else LISTED
    return reply(facts, query, only, wanted, sign=0, direction=1)


def reply(facts: Facts, query: AcrossQuery, only: list[str] | None, wanted: int, sign: int, direction: int,
          losses_only: bool = False) -> Answer:
    """The companies' figures ranked, filtered and cut by the template, each read whole and cited; `losses_only`
    ("the smallest net loss"): the companies that made a loss, every company's figure fetched to find them."""
    own = query.own_calendars or ((None, query.calendars),)  # each company's own latest period, or one for all
    runs = [_ranked(facts, query, cals, [key] if key else only, wanted, sign, direction, losses_only) for key, cals in own]
    ranked = [row for run in runs for row in run]
    entries: list[Entry] = []
    left_out: list[str] = []
    no_growth: list[str] = []  # ranked by growth: a loss in either year has no growth rate to rank by
    apart: list[str] = []  # a change of per-share figures or share counts held by two releases only
    for key, name, where, base_where, _, pct, two, _, metric in ranked:
        if len(entries) >= wanted:
            break
        fact = _fact(facts, key, metric, where)
        if two or fact is None or fact.doubt or fact.unit == UNSTATED or (not query.change and fact.unit not in SAME_UNITS):
            left_out.append(name or key)
            continue
        if losses_only and fact.value >= 0:
            continue  # no loss made: neither the smallest loss nor any
        base = _fact(facts, key, metric, base_where) if query.change else None
        if base is not None and base.doubt:
            left_out.append(name or key)
            continue
        if base is not None and restated_apart(fact, base):  # per-share figures of two releases: a split between
            apart.append(name or key)  # them restates one against the other
            continue
        if query.shape == "rank" and base is not None and (base.value <= 0 or fact.value < 0):
            no_growth.append(name or key)  # "+74%" from a loss of 64 to one of 17 is not growth to rank
            continue
        entries.append(Entry(name or key, fact, base, pct if query.change else None, key, _basis(query, metric, fact)))
    total = sum(run[0][7] for run in runs if run) - len(left_out)
    missing: list[str] = []
    if only:
        order = {k: i for i, k in enumerate(only)}
        if query.shape == "companies":  # side by side in the order named; ranked among themselves, as ranked
            entries.sort(key=lambda e: order.get(e.key, 99))
        held = {e.key for e in entries}
        missing = [n for k, n in zip(query.companies, query.company_names) if k not in held and n and n not in left_out + no_growth + apart]
    if only and query.shape == "rank" and query.companies:
        return wording.pick_reply(query, entries, left_out, missing, no_growth, apart)
    seen = {row[0] for row in ranked} | set(missing)
    to_date = _year_to_date_only(facts, query, seen) if not only and not losses_only else []
    return wording.across_reply(query, entries[:wanted], left_out, missing, total - len(no_growth) - len(apart), LISTED,
                                no_growth, apart, to_date)


def _year_to_date_only(facts: Facts, query: AcrossQuery, seen: set[str]) -> list[str]:
    """Companies a quarter's ranking or list leaves out whose releases print the year-to-date figures that give the
    quarter (six months less three, nine less six, the year less nine, a half less its second quarter), not the
    quarter itself: named as not compared, never silently dropped (one company's question works the quarter out)."""
    if query.change or query.own_calendars or not query.calendars or any(c.key[0] != 3 for c in query.calendars):
        return []
    names: dict[str, str] = {}
    for longer, shorter in ((6, -3), (9, -3), (12, -3), (6, 3)):
        cals = []
        for c in query.calendars:
            _, y, m = c.key
            if shorter < 0:  # the span ending with the quarter, less the span ending a quarter before
                py, pm = months_back(y, m, 3)
                cals.append(Calendar(c.fye, c.offset, (longer, y, m), (longer - 3, py, pm)))
            else:  # the half the quarter opens, less its second quarter
                ny, nm = months_back(y, m, -3)
                cals.append(Calendar(c.fye, c.offset, (longer, ny, nm), (3, ny, nm)))
        spans = replace(query, calendars=tuple(cals), change=True)
        for key, name, where, base_where, *_ in _ranked(facts, spans, spans.calendars, None, LISTED, 0, 1, True):
            if key not in seen and where and where[0] is not None and base_where and base_where[0] is not None:
                names.setdefault(key, name or key)
    if names:  # a company ranked below the cut prints the quarter: compared, never said not to be
        printed = {row[0] for row in _ranked(facts, query, query.calendars, list(names), len(names), 0, 1, True)}
        names = {k: n for k, n in names.items() if k not in printed}
    return sorted(names.values())


def loss_moved(facts: Facts, query: AcrossQuery) -> Answer:
    """'companies whose net loss widened / narrowed': every company's figure for the period and a year before,
    kept where both are losses and the loss's size moved the way asked (widened: the figure more negative); a
    company with income in either year has no loss to widen or narrow and is named as left out, never counted."""
    entries: list[Entry] = []
    left_out: list[str] = []
    no_loss: list[str] = []
    compared = 0
    rows = _ranked(facts, replace(query, change=False), query.calendars, None, ALL, 0, 1, True)
    for key, name, where, base_where, _, pct, two, _, metric in rows:
        fact = _fact(facts, key, metric, where)
        base = _fact(facts, key, metric, base_where)
        if fact is None or base is None:
            continue  # no figure for one of the two years: not compared
        if two or fact.doubt or base.doubt or UNSTATED in (fact.unit, base.unit) or fact.unit != base.unit:
            left_out.append(name or key)
            continue
        if fact.value >= 0 or base.value >= 0:
            no_loss.append(name or key)
            continue
        compared += 1
        larger = fact.value < base.value  # the loss's size grew: the figure more negative
        if fact.value != base.value and larger == (query.loss_moved == "larger"):
            change = round((fact.value - base.value) / abs(base.value) * 100, 2)  # the signed figure's change
            entries.append(Entry(name or key, fact, base, change, key))
    entries.sort(key=lambda e: (e.fact.value - e.base.value) / abs(e.base.value) * (1 if query.loss_moved == "smaller" else -1)
                 if e.base else 0, reverse=True)
    return wording.loss_moved_reply(query, entries, compared, no_loss, left_out, LISTED)


def _ranked(facts: Facts, query: AcrossQuery, cals: tuple[Calendar, ...], only: list[str] | None, wanted: int,
            sign: int, direction: int, losses_only: bool) -> list[tuple]:
    """The template's rows for the period the calendars name: the companies' figures ranked, filtered and cut."""
    codes = sorted({_code(c.key) for c in cals} | {_code(c.base) for c in cals if c.base})
    params = [[c.fye for c in cals], [c.offset for c in cals], [_code(c.key) for c in cals],
              [_code(c.base) if c.base else -1 for c in cals], only, only, list(query.readings or (query.metric,)), codes, query.change, sign,
              sign, query.change, direction, ALL if losses_only else wanted + LISTED]
    return list(facts.lookup.rank_across_companies(params))


def _basis(query: AcrossQuery, metric: str, fact: Fact) -> str:
    """Which reading of the metric a company's figure is, where the metric has several (EPS: diluted, basic, or the
    row as printed): said beside the figure, so figures of different bases are never taken for one kind."""
    if len(query.readings) < 2:
        return ""
    return BASIS_OF_READING.get(metric) or f"as printed: “{fact.label}”"


def _fact(facts: Facts, company_key: str, metric: str, where: list | None) -> Fact | None:
    """A figure the ranking kept ([period code, doc_id, line]), read whole through the per-company look-up."""
    if not where or where[0] is None:
        return None
    code, doc_id, line = where
    key = (code // 1_000_000, code // 100 % 10_000, code % 100)
    for fact in facts.facts(company_key, metric, "", "", key):
        if fact.doc_id == doc_id and fact.line == line:
            return fact
    return None


def _code(key: PeriodKey) -> int:
    months, y, m = key
    return months * 1_000_000 + y * 100 + m
