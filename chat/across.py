"""Questions over companies, not about one: "Oracle vs NVIDIA revenue Q4 FY2024", "revenue of every
company for Q4 2024", "which bank had the highest net interest income in Q4 2024", "top 5 by revenue
growth", "companies whose net income fell".

One named template (`metric_across_companies`) fetches the metric's figures for every company at once,
for the few period codes the store's fiscal calendars give the question's period; each company keeps the
period its own calendar names, and where those periods end on different dates the answer says so
("NVIDIA's Q4 FY2024 ends January 28, 2024"). Every figure listed is cited. A company whose release
prints two different figures for the period, whose figures' unit is not stated, or whose amounts are in
another currency, is left out and named, never ranked on a guess.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from chat.answer import Answer, Citation
from chat.formatting import figure, join_words, signed_percent
from chat.periods import PeriodSpec
from parsers.periods import month_end
from chat import wording
from knowledge.templates import TEMPLATES
from knowledge.vocabulary import BY_KEY

LISTED = 20  # figures named (and cited) in one answer; the rest are counted
FELL_WORDS = {"fell", "fall", "falling", "declined", "decline", "declining", "decreased", "decrease", "dropped", "drop",
              "down", "shrank", "lower"}


# Units whose amounts compare across companies: an amount in another currency ("EUR", "XXX": none stated)
# is left out of an amount's ranking, never ranked by its number against dollars (its change still ranks).
SAME_UNITS = ("USD", "USD/share", "shares", "count", "percent")


@dataclass
class Entry:
    """One company's figure for its own period (and, for a change, the year before)."""

    company: str
    fact: object  # chat.engine.Fact
    base: object | None = None
    change: float | None = None
    key: str = ""

    @property
    def value(self) -> float:
        return self.change if self.change is not None else self.fact.value


def _fact(engine, company_key: str, metric: str, where: list | None):
    """A figure the ranking kept ([period code, doc_id, line]), read whole through the engine's
    per-company look-up."""
    if not where or where[0] is None:
        return None
    code, doc_id, line = where
    key = (code // 1_000_000, code // 100 % 10_000, code % 100)
    for fact in engine._facts("value_for_period", [company_key, metric, "", "", *key]):
        if fact.doc_id == doc_id and fact.line == line:
            return fact
    return None


def _code(key: tuple[int, int, int]) -> int:
    months, y, m = key
    return months * 1_000_000 + y * 100 + m


def answer(engine, q, slots) -> Answer:
    """The reply to a question over companies (q.across: companies, list, rank, filter)."""
    metric = slots.metric
    what = wording.metric_name(metric)
    flow = BY_KEY[metric].flow if metric in BY_KEY else True
    change = q.across == "filter" or slots.intent == "change"
    spec = slots.period if slots.period is not None and slots.period.kind != "latest" else None
    calendars = [tuple(r) for r in engine.con.execute(TEMPLATES["company_calendars"]).fetchall()]
    latest = spec is None
    if latest:  # no period named: the latest quarter (or date) any company's releases give it for
        months = 3 if flow else 0
        end = engine.con.execute(TEMPLATES["latest_end_across"], [metric, months]).fetchone()[0]
        if end is None:
            return _which_period(q, what)
        spec = PeriodSpec("date", end // 100, months=months or None, end=month_end(end // 100, end % 100))
    cals = [(cal, spec.resolve(cal[0], flow, cal[1]), spec.previous_year().resolve(cal[0], flow, cal[1]))
            for cal in calendars]
    cals = [(cal, key, base) for cal, key, base in cals if key]
    if not cals:
        return _which_period(q, what)
    only = q.companies if q.across == "companies" else None
    fell = bool(FELL_WORDS & set(q.norm.split()))
    sign = (-1 if fell else 1) if q.across == "filter" else 0
    low = q.across == "rank" and q.ranking[0] == "low"
    direction = -1 if (low or (q.across == "filter" and fell)) else 1
    wanted = len(only) if only else max(1, q.ranking[1]) if q.across == "rank" else LISTED
    codes = sorted({_code(k) for _, k, _ in cals} | {_code(b) for _, _, b in cals if b})
    params = [[c[0] for c, _, _ in cals], [c[1] for c, _, _ in cals], [_code(k) for _, k, _ in cals],
              [_code(b) if b else -1 for _, _, b in cals], only, only, metric, codes, change, sign, sign, change,
              direction, wanted + LISTED]
    ranked = engine.con.execute(TEMPLATES["rank_across_companies"], params).fetchall()
    entries: list[Entry] = []
    left_out: list[str] = []
    for key, name, where, base_where, _, pct, two, _ in ranked:
        if len(entries) >= wanted:
            break
        fact = _fact(engine, key, metric, where)
        if two or fact is None or fact.unit == "unstated" or (not change and fact.unit not in SAME_UNITS):
            left_out.append(name or key)
            continue
        base = _fact(engine, key, metric, base_where) if change else None
        entries.append(Entry(name or key, fact, base, pct if change else None, key))
    total = ranked[0][7] - len(left_out) if ranked else 0
    entries = entries[:wanted]
    missing: list[str] = []
    if only:
        order = {k: i for i, k in enumerate(only)}
        entries.sort(key=lambda e: order.get(e.key, 99))
        held = {e.key for e in entries}
        missing = [engine.vocab.company(k).name for k in only if k not in held and engine.vocab.company(k)]
    label = (f"the latest period held (ending {spec.end:%B} {spec.end.day}, {spec.end.year})" if latest
             else spec.label() if spec.kind != "date" else wording.when(str(spec.end), "", "").strip())
    return _reply(q, what, label, entries, left_out, missing, change, " ".join(TEMPLATES["rank_across_companies"].split()), total)


def _reply(q, what: str, label: str, entries: list[Entry], left_out: list[str], missing: list[str],
           change: bool, sql: str, total: int) -> Answer:
    """The entries come ranked, filtered and cut by the template; `total` counts every company that fits."""
    if not entries:
        text = f"No company in the store gives {what} for {label}" + (" on a basis I can compare." if left_out else ".")
        text += _left_out(left_out) + _missing(missing)
        return Answer(q.text, "abstained", text, metric=q.metric, period=label, template="metric_across_companies",
                      sql=sql, confidence=70, kind="compare")
    shown = entries[:LISTED]
    items = [f"{e.company} {_figure(e, change)}" for e in shown]
    more = f" and {total - len(shown)} more" if q.across in ("list", "filter") and total > len(shown) else ""
    head = _head(q, what, label, change, total)
    text = f"{head}: " + "; ".join(f"{i + 1}. {t}" if q.across != "companies" else t
                                    for i, t in enumerate(items)) + more + "."
    text += _calendar_note(shown) + _left_out(left_out) + _missing(missing)
    citations: list[Citation] = []
    for e in shown:
        for f in (e.fact, e.base):
            if f is not None and f.citation not in citations:
                citations.append(f.citation)
    first = shown[0]
    unit = "percent" if change else first.fact.unit
    value, unit = (float(total), "count") if q.across == "filter" else (first.value, unit)
    return Answer(q.text, "answered", text + wording.sources(citations), value=value, unit=unit,
                  company=first.company if q.across in ("rank", "companies") else None, metric=q.metric,
                  period=first.fact.period_label, citations=citations, template="metric_across_companies", sql=sql,
                  confidence=85, kind="compare",
                  rows=[{"period": e.company, "value": e.value, "unit": unit if q.across != "filter" else "percent"}
                        for e in shown])


def _figure(e: Entry, change: bool) -> str:
    if not change:
        return f"{figure(e.fact.value, e.fact.unit)} ({e.fact.period_label})"
    return (f"{signed_percent(round(e.change, 1))} ({figure(e.base.value, e.base.unit)} in {e.base.period_label} to "
            f"{figure(e.fact.value, e.fact.unit)} in {e.fact.period_label})")


def _head(q, what: str, label: str, change: bool, n: int) -> str:
    thing = f"{what} growth" if change else what
    if q.across == "rank":
        end = "lowest" if q.ranking[0] == "low" else "highest"
        top = f"the {end} {thing}" if q.ranking[1] <= 1 else f"the {q.ranking[1]} {end} {thing} figures"
        return f"{wording.cap(top)} for {label}, among the companies whose releases give it"
    if q.across == "filter":
        moved = "fell" if FELL_WORDS & set(q.norm.split()) else "rose"
        return f"{n} compan{'y' if n == 1 else 'ies'} whose {what} {moved} in {label} against a year before"
    return f"{wording.cap(thing)} for {label}, by company"


def _calendar_note(entries: list[Entry]) -> str:
    """Periods of one name that end on different dates: each that ends apart from the most common date is named."""
    ends = Counter(e.fact.period_end for e in entries if e.fact.period_end)
    if len(ends) < 2:
        return ""
    (common, n), (_, n2) = ends.most_common(2)
    apart = [e for e in entries if e.fact.period_end and (n == n2 or e.fact.period_end != common)]
    notes = [f"{e.company}'s {e.fact.period_label} ends {e.fact.period_end:%B} {e.fact.period_end.day}, "
             f"{e.fact.period_end.year}" for e in apart]
    others = f" (the others end {common:%B} {common.day}, {common.year})" if n > n2 else ""
    return f" Periods end on different dates: {join_words(notes)}{others}."


def _left_out(names: list[str]) -> str:
    if not names:
        return ""
    return (f" Left out: {join_words(sorted(names)[:5])}{' and others' if len(names) > 5 else ''} (a release prints two "
            f"different figures for the period, does not state their unit, or reports in another currency).")


def _missing(names: list[str]) -> str:
    return f" The releases don't give it for {join_words(names)}." if names else ""


def _which_period(q, what: str) -> Answer:
    return Answer(q.text, "clarify", f"Which period? Name one to compare {what} across companies (e.g. “Q4 2024”).",
                  metric=q.metric, confidence=50, kind="help")
