"""Core figures: for each period a release reports, the figures every reader asks for first.

What is *printed* is decided from the text (knowledge/check_rows.py: a row whose label the
vocabulary reads as the metric), what is *found* from the facts the store would hold for the
release (knowledge/fact_rows.prepare), so a row the parser misses counts as missed. Found means exactly
one as-reported value: GAAP basis, company total, statements outranking other tables and prose (as
the engine ranks them) — two values for one figure is as bad as none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.check_rows import Row, rows
from knowledge.fact_rows import prepare
from knowledge.vocabulary import LABEL_RES, LANGUAGE, canonical_metric
from parsers.model import Document
from parsers.periods import Period, effective_month

NET_INCOME = ("net_income", "consolidated_net_income")  # a statement printing only consolidated net income
TOP_LINE = ("revenue", "net_interest_income", "net_earned_premium")  # the industries' own first lines
STATEMENTS = ("income", "balance", "cash_flow")
BALANCE_ITEMS = ("total assets", "cash", "equity")
ITEM_METRICS = {"net income": ("net_income",), "total assets": ("total_assets",),
                "cash": ("cash", "cash_and_investments"),
                "equity": ("equity",), "operating cash flow": ("operating_cash_flow",),
                "diluted shares": ("weighted_shares_diluted",), "ffo per share": ("ffo_per_share",)}
# Items a question reads in order (chat/facts.py METRIC_READINGS): cash, else the wider sum of cash and
# investments where no cash is printed; the sum never stands in for a cash figure read twice.
FIRST_HELD = ("cash",)
_PER_SHARE = LABEL_RES["eps"]  # a per-share figure's words, as the vocabulary reads them


def _words(key: str) -> str:
    """A [language] list of vocabulary.toml as alternatives of a pattern."""
    return "|".join(re.escape(w) for w in LANGUAGE[key])


# The qualifiers are the vocabulary's (vocabulary.toml [language] as_reported_qualifiers): the check reads no words of
# its own. 'after' qualifies all but the bottom line's own 'profit after tax'.
QUALIFIED = re.compile(rf"\b(?!after (?:income )?tax)(?:{_words('as_reported_qualifiers')})\b|"
                       rf"^(?:{_words('as_reported_openers')})\b")
OTHER_BASIS = re.compile(r"non-gaap|reconciliation|adjusted")
# 'Diluted', 'Assuming dilution', 'Diluted (in yen)', 'Diluted (pence)': the unit aside says nothing of what it is
_BARE = re.compile(r"^\(?(?:basic|diluted|assuming dilution|fully diluted)\)?(?: and (?:basic|diluted))?"
                   r"(?: \((?:in )?[^()\d]{1,12}\))?$")
_SHARES = re.compile(r"\bshares\b|weighted average")


@dataclass
class CoreScore:
    printed: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)  # "revenue Q3 2024 (line 58)": printed, no single value


def row_unit(row: Row) -> str:
    """USD, USD/share or shares, from the row's own words first, then its heading, then its size."""
    label, section = row.label.lower(), row.section.lower()
    if _PER_SHARE.search(label):
        unit = "USD/share"
    elif _SHARES.search(label):
        unit = "shares"
    elif not _BARE.match(label):  # only a bare "Diluted" takes its meaning from the heading above it
        return "USD"
    elif _PER_SHARE.search(section):
        unit = "USD/share"
    elif _SHARES.search(section):
        unit = "shares"
    else:
        return "USD"
    if unit == "USD/share" and all(abs(v) >= 1000 for v in row.values):
        return "shares"  # "shares used in computing per share amounts": counts, not dollars per share
    return unit


def core_item(row: Row) -> tuple[str, str] | None:
    """(item, metric) a printed row stands for, or None. A qualified row (adjusted, non-GAAP, core,
    after provision) or one under a reconciliation's heading is not the as-reported figure."""
    label, section = re.sub(r"^gaap\s+", "", row.label.lower()), row.section.lower()
    if QUALIFIED.search(label) or OTHER_BASIS.search(section):
        return None
    unit = row_unit(row)
    if unit == "USD/share":
        metric = canonical_metric(label, section, unit)
        if metric in ("eps_diluted", "eps"):
            return "eps", metric
        return ("ffo per share", metric) if metric == "ffo_per_share" else None
    if unit == "shares":
        metric = canonical_metric(label if _SHARES.search(label) else f"{section} {label}", "", unit)
        return ("diluted shares", metric) if metric == "weighted_shares_diluted" else None
    metric = canonical_metric(label, section, unit)
    if metric in TOP_LINE:
        return "top line", metric
    if metric in NET_INCOME:  # "Net income attributable to Acme Corp." is net_income (vocabulary.TO_OWNERS)
        return "net income", "net_income"
    for item in ("total assets", "cash", "equity", "operating cash flow"):
        if metric in ITEM_METRICS[item]:
            return item, metric
    return None


def printed_items(printed: list[Row]) -> dict[str, dict]:
    """Each core item the text prints: its metrics, the first line and whether a comparative is printed."""
    out: dict[str, dict] = {}
    for row in printed:
        hit = core_item(row)
        if hit is None:
            continue
        item, metric = hit
        entry = out.setdefault(item, {"metrics": set(), "line": row.line, "comparative": False, "rows": []})
        entry["metrics"].add(metric)
        entry["rows"].append(row)
        entry["comparative"] = entry["comparative"] or row.numbers >= 2
    if "eps" in out and "eps_diluted" in out["eps"]["metrics"]:
        out["eps"]["metrics"] = {"eps_diluted"}  # a release that prints diluted EPS is asked for it
    elif "eps" in out:
        out["eps"]["metrics"] = {"eps", "eps_diluted"}
    if "eps" in out:
        out.pop("ffo per share", None)  # FFO per share stands in only where no EPS is printed
    return out


def _same_period(row_end, row_months: int, want: Period) -> bool:
    return row_months == want.months and effective_month(row_end) == effective_month(want.end)


def _year_to_date(lead: Period, doc: Document) -> Period:
    """The span a cash-flow statement covers at the lead period's end: the fiscal year so far."""
    if lead.months != 3:
        return lead
    q = lead.fiscal(doc.fye_month, doc.fy_offset)[1]
    return Period(lead.end, 3 * q) if q else lead


def score_core(doc: Document, printed: list[Row] | None = None) -> CoreScore:
    score = CoreScore()
    lead = doc.period
    if lead is None or lead.is_instant:
        return score
    facts = prepare(doc, "", doc.name).facts
    plain = [i for i in range(len(facts["metric"])) if not facts["basis"][i] and not facts["geo"][i]
             and not facts["product"][i] and not facts["segment"][i]]
    label = lambda p: p.label(doc.fye_month, doc.fy_offset)
    at_line: dict[int, list[int]] = {}
    for i, line in enumerate(facts["line_no"]):
        at_line.setdefault(line, []).append(i)
    for item, entry in printed_items(rows(doc.text) if printed is None else printed).items():
        metrics = sorted(entry["metrics"]) if item in ("top line", "eps") else list(ITEM_METRICS[item])
        if item in BALANCE_ITEMS:
            wants = [("lead", Period(lead.end, 0))] + ([("earlier", None)] if entry["comparative"] else [])
        else:
            span = _year_to_date(lead, doc) if item == "operating cash flow" else lead
            before = span.shifted_years(-1)
            wants = [("lead", span)] + ([("comparative", before)] if entry["comparative"]
                                        and _names_year(doc, before) else [])
        for kind, want in wants:
            if want is not None and item not in BALANCE_ITEMS and not any(
                    _may_print(row, want, facts, at_line) for row in entry["rows"]):
                continue  # every row of it read whole, each figure of another span: it prints none of this one
            score.printed += 1
            what = "an earlier date" if kind == "earlier" else label(want)
            readings = [_values(facts, plain, m, kind, want, lead) for m in _ordered(metrics)]
            if item in FIRST_HELD:  # asked as the answer asks: the first reading the release holds, alone
                readings = [v for v in readings if v][:1]
            if any(len(values) == 1 for values in readings):
                score.found += 1  # one of the printed words (revenue, or net interest income) reads as one value
                continue
            values = next((v for v in readings if v), [])
            if not values:
                score.missed.append(f"{item} {what}: printed (line {entry['line']}), not read")
            else:
                shown = ", ".join(f"{v:,.2f}" for v in sorted(values)[:4])
                score.missed.append(f"{item} {what}: {len(values)} values ({shown})")
    return score


def _may_print(row: Row, want: Period, facts: dict[str, list], at_line: dict[int, list[int]]) -> bool:
    """May a printed row hold the figure of a span? Yes unless the reading took every number of it (each an amount
    of a fact of its line, in any scale, or a change stated beside one) and dated none to that span: a key figures
    table of a fourth-quarter release printing the year's net income and its change ('Net income | 341.0 |
    (56.0) %') prints no quarter's."""
    read = [i for line in range(row.line, max(row.last, row.line) + 1) for i in at_line.get(line, ())]
    if not read or any(_same_period(facts["period_end"][i], facts["months"][i], want) for i in read):
        return True
    taken = lambda v: any(_as_printed(facts["value"][i], v) or (facts["change_pct"][i] is not None
                                                                and abs(facts["change_pct"][i] - v) < 0.05)
                          for i in read)
    return not all(taken(v) for v in row.values)


def _as_printed(stored: float, printed: float) -> bool:
    """A stored amount is the printed number in some scale (units, thousands, millions, billions)."""
    return any(abs(stored - printed * s) <= 0.005 * abs(printed * s) + 1e-9 for s in (1, 1e3, 1e6, 1e9))


def _names_year(doc: Document, period: Period) -> bool:
    """Does the release name the year of a period anywhere (as its calendar or its fiscal year)? A row of several
    figures prints a comparative only then: quarters of one year side by side ('First Quarter | ... | Total'
    under one year) are no figures of the year before."""
    years = {effective_month(period.end)[0], period.fiscal(doc.fye_month, doc.fy_offset)[0]}
    return any(re.search(rf"(?<!\d){y}(?!\d)|(?:\b(?:fy|q[1-4]|[1-4]q|h[12])\s?'?|')(?:{y % 100:02d})(?!\d)", doc.text,
                         re.I) for y in years)  # '2023', 'FY23', 'Q4'23', '4Q23'



def _ordered(metrics: list[str]) -> list[str]:
    order = list(TOP_LINE) + ["eps_diluted", "eps"]
    return sorted(metrics, key=lambda m: order.index(m) if m in order else len(order))


def _values(facts: dict[str, list], plain: list[int], metric: str, kind: str, want: Period | None,
            lead: Period) -> list[float]:
    """The distinct values the store holds for one metric at the period wanted."""
    if kind == "earlier":
        match = [i for i in plain if facts["metric"][i] == metric and facts["months"][i] == 0
                 and facts["period_end"][i] < lead.end]
    else:
        match = [i for i in plain if facts["metric"][i] == metric
                 and _same_period(facts["period_end"][i], facts["months"][i], want)]
    return _ranked_values(facts, match, kind == "earlier")


def _ranked_values(facts: dict[str, list], match: list[int], any_date: bool) -> list[float]:
    """The distinct values a question would meet: a statement's outrank other tables' and prose's."""
    if any_date:  # several earlier dates may each hold one value: the latest date is the comparative
        if not match:
            return []
        latest = max(facts["period_end"][i] for i in match)
        match = [i for i in match if facts["period_end"][i] == latest]
    for tier in (lambda i: facts["table_class"][i] in STATEMENTS, lambda i: facts["source"][i] == "table",
                 lambda i: True):
        chosen = [facts["value"][i] for i in match if tier(i)]
        if chosen:
            return _distinct(chosen)
    return []


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not any(abs(v - o) <= 0.005 * max(abs(v), abs(o)) + 1e-9 for o in out):
            out.append(v)
    return out
