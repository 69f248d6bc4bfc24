"""Facts as the handlers use them: one stored figure (`Fact`, with its citation) and `Facts`, the
typed look-ups of one store (knowledge.lookup.FactLookup) that every handler shares — the figures of
a metric for a period, best first, the pairs one release gives, the conflicts within a release.

Nothing here resolves a period: every look-up takes the period keys the question was resolved into
(chat/resolution.py); nothing here words a reply (chat/wording.py)."""
from __future__ import annotations

import math
import re
from datetime import date
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chat.answer import Citation
from chat.question import EPS_METRICS, _stem
from knowledge.doubts import DISAGREEMENT, Doubt
from knowledge.lookup import FactLookup, PeriodKey
from knowledge.store import metric_key
from knowledge.vocabulary import BY_KEY, LANGUAGE, canonical_metric
from parsers.periods import Period, month_end
from parsers.tables import QUALIFIER_WORDS, plain_label

if TYPE_CHECKING:
    from chat.query import Query

TOTAL_ASKED = re.compile(r"\btotal\b")
BARE_TOTAL_REACH = 8  # lines below a row within which a bare 'Total' row may total it
ROUNDING = 0.002  # releases round; figures closer than this are the same figure
STATEMENTS = {"income", "balance", "cash_flow"}
# the label of a percentage a release itself calls gross margin ("Gross margin", "Gross profit margin"): what "gross
# margin" asked is first (a "Gross margin %" row or a "gross margin as a percent of revenue" is not called so)
GROSS_MARGIN_LABEL = re.compile(r"gross (?:profit )?margin$", re.I)
UNSTATED = "unstated"  # the unit of an amount printed in a table that states no scale (dollars? thousands?)
DERIVED = {  # metric: (how, first input, second input), tried in order
    "gross_margin": [("sub", "revenue", "cost_of_revenue")],
    "gross_margin_pct": [("ratio", "gross_margin", "revenue"), ("ratio_sub", "revenue", "cost_of_revenue")],
    "operating_margin_pct": [("ratio", "operating_income", "revenue")],
    "net_margin_pct": [("ratio", "net_income", "revenue")],
    "ebitda_margin_pct": [("ratio", "ebitda", "revenue")],  # EBITDA as a percent of revenue, where none is printed
    "sales_and_marketing": [("add", "selling_expense", "marketing")],
    # per share from amounts, where the release prints no per-share figure: the income of common
    # stockholders first, the share count of the same kind (diluted, basic), both of one release
    "eps_diluted": [("per_share", "net_income_common", "weighted_shares_diluted"),
                    ("per_share", "net_income", "weighted_shares_diluted")],
    "eps": [("per_share", "net_income_common", "weighted_shares_diluted"),
            ("per_share", "net_income", "weighted_shares_diluted")],
    "eps_basic": [("per_share", "net_income_common", "weighted_shares_basic"),
                  ("per_share", "net_income", "weighted_shares_basic")],
}
PER_SHARE_UNITS = ("USD", "shares")
METRIC_READINGS = {  # what a question's metric may be printed as, in order of preference (named so in the answer)
    "eps": ["eps_diluted", "eps", "eps_basic"], "eps_diluted": ["eps_diluted", "eps"],
    "eps_basic": ["eps_basic", "eps_diluted", "eps"],
    "net_income": ["net_income", "net_income_common"],
    "consolidated_net_income": ["consolidated_net_income", "net_income"],  # nothing attributed to others: the same
    "cash": ["cash", "cash_and_investments"],
    "total_equity": ["total_equity", "equity"],  # no noncontrolling interests added: the stockholders' equity  # a release printing only the wider sum: that sum, named by its words
    "weighted_shares": ["weighted_shares", "weighted_shares_diluted", "weighted_shares_basic"]}
# A bare name a wider sum of the same release also goes by: 'cash' of a release printing both its cash and
# equivalents and its cash, equivalents and marketable securities may mean either, and is asked back; the words
# that name the narrow figure ('cash equivalents') ask for it alone.
WIDER_SUM = {"cash": ("cash_and_investments", re.compile(r"\bequivalents?\b"))}
# Readings that are another figure standing in for the one asked (the wider sum where no cash is printed): every
# reply names them by their own name, never by the name asked.
STANDS_IN = frozenset(wider for wider, _ in WIDER_SUM.values())
# Across companies each company's figure is of the first reading its release gives (the template cannot pick rows
# by their label, so 'basic EPS' stays the basic figure alone); the reply names each one's basis.
ACROSS_READINGS = {"eps": ["eps_diluted", "eps", "eps_basic"], "eps_diluted": ["eps_diluted", "eps"]}
BASIS_OF_READING = {"eps_diluted": "diluted", "eps_basic": "basic"}


@dataclass
class Fact:
    value: float
    unit: str
    period_label: str
    label: str
    source: str
    line: int
    quote: str
    doc: str
    release_date: date | None
    change_pct: float | None
    comp_value: float | None
    comp_period: str | None
    doc_id: int
    geo: str
    product: str
    months: int
    end_year: int
    end_month: int
    period_end: date | None
    metric: str
    basis: str = ""
    table_class: str = ""
    doubt: str | None = ""  # what the release's own arithmetic or prose contradicts in it (knowledge/doubts.py)
    scale_stated: bool | None = False  # the release states (or its prose proves) its scale, whole units too
    derived_from: list[Citation] | None = None  # a figure computed from others (a quarter from year-to-date figures)
    parts: tuple["Fact", ...] = ()  # those figures: the longer period, then the one subtracted from it
    differs: tuple["Fact", ...] = ()  # what the same release prints otherwise for it (a disagreement's other side)

    @property
    def doubted(self) -> Doubt | None:
        """What the release's own arithmetic or prose contradicts in this figure: never stated as fact."""
        return Doubt.read(self.doubt)

    @property
    def authority(self) -> int:
        """A financial statement outranks any other table, and a table outranks prose."""
        if self.source != "table":
            return 0
        return 2 if self.table_class in STATEMENTS else 1

    @property
    def citation(self) -> Citation:
        return Citation(self.doc, self.line, self.quote, self.doc_id)

    @property
    def key(self) -> PeriodKey:
        return self.months, self.end_year, self.end_month

    @property
    def cited(self) -> list[Citation]:
        """The lines this figure stands on: its own, or those of the figures it was computed from."""
        return self.derived_from or [self.citation]


def period_label(key: PeriodKey, fye: int, offset: int) -> str:
    """A period key named as the company's calendar names it."""
    months, y, m = key
    return Period(month_end(y, m), months).label(fye, offset)


def months_back(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) - n
    return total // 12, total % 12 + 1


class Facts:
    """The store's figures for one question's handlers, through the typed look-ups."""

    def __init__(self, lookup: FactLookup):
        self.lookup = lookup

    def facts(self, company: str, metric: str, geo: str, product: str, key: PeriodKey, basis: str = "",
              amounts_only: bool = True) -> list[Fact]:
        """Facts of the basis asked for, latest release first; within a release the statement
        before other tables, and tables before prose. In constant currency, `amounts_only` leaves out the rows that
        only carry the change printed so beside the reported amount (`change_carriers`): their value is no amount."""
        rows = [Fact(*r) for r in self.lookup.value_for_period(company, metric, geo, product, key)]
        if basis == "constant-currency" and amounts_only:
            carried = change_carriers(rows)
            rows = [f for f in rows if f not in carried]
        return _best_first([self._with_other_side(company, f) for f in rows], basis)

    def changes_in_constant_currency(self, company: str, metric: str, geo: str, product: str, key: PeriodKey) -> list[Fact]:
        """The rows that carry only a change in constant currency (`change_carriers`) of one figure and period."""
        return change_carriers([Fact(*r) for r in self.lookup.value_for_period(company, metric, geo, product, key)])

    def _with_other_side(self, company: str, fact: Fact) -> Fact:
        """A figure its prose and its statement print differently, with the other side (the same release
        and period, on the lines its doubt names), so the reply can show both."""
        doubt = fact.doubted
        if doubt is None or doubt.kind != DISAGREEMENT:
            return fact
        others = [o for o in (Fact(*r) for r in self.lookup.facts_on_lines(company, fact.doc_id, list(doubt.lines)))
                  if o.key == fact.key and o.doubt == fact.doubt and (o.line, o.value) != (fact.line, fact.value)]
        return replace(fact, differs=tuple(others))

    def in_full(self, query: "Query", fact: Fact) -> Fact:
        """A prose figure as the same release's table prints it in full — a row of the same figure
        ('$48.3 million' in prose, 48,317 in the statement), else a row labelled as the product ('$10.5
        million' of a product's revenue, 'Maintenance | 10,519') — where that rounds to it: arithmetic on
        rounded figures would give a result the release's own table contradicts (48.3 million less 45,206
        thousand is a difference neither figure gives)."""
        if fact.source == "table" or fact.derived_from:
            return fact
        exact = [r for r in self.facts(query.company.key, fact.metric, fact.geo, fact.product, fact.key, query.basis)
                 if r.source == "table" and r.doc_id == fact.doc_id and r.unit == fact.unit and r.value != fact.value
                 and rounds_to(r.value, fact.value) and not r.doubt]  # "$48.3 million" in prose, 48,317 (thousands) in the statement
        if exact:
            return max(exact, key=lambda r: r.authority)
        if not fact.product:
            return fact
        label = metric_key("other", fact.product)
        for row in self.facts(query.company.key, label, fact.geo, "", fact.key, query.basis):
            if row.doc_id == fact.doc_id and row.source == "table" and row.unit == fact.unit and \
                    rounds_to(row.value, fact.value) and not row.doubt:
                return row
        return fact

    def bare_total_below(self, query: "Query", fact: Fact) -> Fact | None:
        """A row printed 'Total' a few lines below the row read, in the same release and period: where the
        question asks for 'total X' and the row read is X's own line, not a total, the table's Total may be
        the one meant ('Amortization of purchased intangible assets | 150' above 'Total | $774')."""
        if fact.source != "table" or re.search(r"\btotal\b", fact.label, re.I) or not TOTAL_ASKED.search(query.norm):
            return None
        for row in self.facts(query.company.key, metric_key("other", "Total"), "", "", fact.key, query.basis):
            if row.doc_id == fact.doc_id and row.source == "table" and 0 < row.line - fact.line <= BARE_TOTAL_REACH \
                    and not row.doubt:
                return row
        return None

    def two_periods(self, query: "Query", key: PeriodKey, other: PeriodKey) -> list[Fact]:
        """The figures of two periods: of the metric asked, else of the first other metric it may be printed as
        that holds the first period ('EPS' of a release printing only diluted EPS: its change was 'not held',
        though 'EPS' itself was answered with the diluted figure)."""
        first: list[Fact] | None = None
        for candidate in dict.fromkeys([query.metric, *query.readings]):
            found = self.lookup.values_for_two_periods(query.company.key, candidate, query.geo, query.product, key, other)
            rows = _best_first([self._with_other_side(query.company.key, Fact(*r)) for r in found], query.basis)
            rows = measure_said(query.row_norm, candidate, rows)  # "FFO per share" is never core FFO's change
            rows = adjusted_as_said(query.row_norm, rows, candidate)  # nor "EBITDA growth" adjusted EBITDA's
            if candidate == "eps_diluted" and query.metric == "eps_basic":
                rows = [r for r in rows if re.search(r"basic", r.label, re.I)]  # "basic and diluted" only
            if candidate != query.metric and candidate == "gross_margin_pct":
                rows = [r for r in rows if GROSS_MARGIN_LABEL.search(r.label)]
            if any(r.key == key for r in rows):
                return rows
            first = rows if first is None else first
        return first or []

    def series(self, query: "Query", months: int) -> list[Fact]:
        rows = [Fact(*r) for r in self.lookup.trend(query.company.key, query.metric, query.geo, query.product, months)]
        if query.basis == "constant-currency":  # a trend of amounts: never the reported ones carrying a change
            carried = change_carriers(rows)
            rows = [f for f in rows if f not in carried]
        return _best_first(measure_said(query.row_norm, query.metric, rows), query.basis)

    def rows_for(self, query: "Query", key: PeriodKey) -> tuple[str, list[Fact]]:
        """The figures of the metric (in the first reading the store holds) for one period, best first."""
        rows: list[Fact] = []
        for candidate in query.readings:
            rows = self.facts(query.company.key, candidate, query.geo, query.product, key, query.basis,
                              amounts_only=query.intent != "change")  # a change asked in constant currency: its row
            if candidate != query.metric and candidate == "gross_margin_pct":
                rows = [r for r in rows if GROSS_MARGIN_LABEL.search(r.label)]
            if candidate == "eps_diluted" and query.metric == "eps_basic":
                rows = [r for r in rows if re.search(r"basic", r.label, re.I)]  # "basic and diluted" only
            rows = measure_said(query.row_norm, candidate, rows)
            rows = adjusted_as_said(query.row_norm, rows, candidate)
            if rows:
                return candidate, named_row(query.row_norm, rows + self._wider_sum(query, candidate, key, rows))
        return query.metric, rows

    def _wider_sum(self, query: "Query", metric: str, key: PeriodKey, rows: list[Fact]) -> list[Fact]:
        """The wider sum the same release prints for a bare name (WIDER_SUM), as a second figure of it: never
        the narrow one given as if the question could not have meant the sum."""
        wider = WIDER_SUM.get(metric)
        if wider is None or metric != query.metric or wider[1].search(query.row_norm):
            return []
        found = self.facts(query.company.key, wider[0], query.geo, query.product, key, query.basis)
        return [r for r in found if r.doc_id == rows[0].doc_id and r.authority == rows[0].authority]

    def held(self, query: "Query") -> list[PeriodKey]:
        """(months, end year, end month) of the actual figures held for the metric, place and product; of a
        guidance question, the periods the outlook gives instead (what "the latest" guidance is read against)."""
        if query.basis == "guidance":
            return self.guidance_held(query.company.key, query.metric, query.geo, query.product)
        rows = self.lookup.actual_periods_held(query.company.key, query.metric, query.geo, query.product)
        return [(months, y, m) for _, months, y, m in rows if months is not None and y is not None]

    def guidance_held(self, company: str, metric: str, geo: str = "", product: str = "") -> list[PeriodKey]:
        """The periods only an outlook gives the metric for (periods to come), latest first."""
        every = self.lookup.periods_held(company, metric, geo, product)
        actual = set(self.lookup.actual_periods_held(company, metric, geo, product))
        keys = {(months, y, m) for row in every if row not in actual for _, months, y, m in [row]
                if months is not None and y is not None}
        return sorted(keys, key=lambda k: (k[1], k[2], k[0]), reverse=True)

    def same_end(self, query: "Query", key: PeriodKey, best: Fact) -> list[Fact]:
        """Figures of the same release for longer periods ending the same day (the year of a Q4)."""
        out = []
        for months, y, m in self.held(query):
            if (y, m) == (key[1], key[2]) and months > key[0]:
                _, rows = self.rows_for(query, (months, y, m))
                rows = [r for r in rows if r.doc_id == best.doc_id]
                if rows and not rows[0].doubt:  # a doubted figure is never stated, not even beside the answer
                    out.append(rows[0])
        return out[-1:]

    def quarter_fact(self, query: "Query", key: PeriodKey) -> Fact | None:
        """A quarter the releases print, else one the year-to-date figures give: nine months less six,
        the year less nine months, the first half less its second quarter (both from one release, of
        one unit, both cited)."""
        _, rows = self.rows_for(query, key)
        if rows:  # a doubted one is none: the caller's own look-up says why (handlers/common.py conflict)
            return None if rows[0].doubt else rows[0]
        _, y, m = key
        py, pm = months_back(y, m, 3)
        ny, nm = months_back(y, m, -3)
        spans = [((months, y, m), (months - 3, py, pm)) for months in (6, 9, 12)]
        spans.append(((6, ny, nm), (3, ny, nm)))  # a half's first quarter: the half less its second quarter
        for longer_key, shorter_key in spans:
            _, longer = self.rows_for(query, longer_key)
            _, shorter = self.rows_for(query, shorter_key)
            found = pair(longer, shorter, same_unit=True)
            if found and additive(found[0]):
                a, b = found
                label = period_label(key, query.company.fye, query.company.fy_offset)
                return replace(a, value=a.value - b.value, months=3, derived_from=[a.citation, b.citation], parts=(a, b),
                               period_label=f"{label} ({a.period_label} less {b.period_label})")
        return None

    def measures_printed(self, query: "Query", key: PeriodKey | None) -> tuple[list[str], tuple[str, ...]]:
        """The other measures' words ("core") the rows of a plain measure asked carry, all of them, of the period
        asked; of no period, or one nothing is printed for, of every period (those periods too, to say so)."""
        rows = [] if key is None else [Fact(*r) for r in self.lookup.value_for_period(
            query.company.key, query.metric, query.geo, query.product, key)]
        if rows:
            return measures_printed(query.row_norm, query.metric, rows), ()
        rows = [Fact(*r) for months in (0, 3, 6, 9, 12)
                for r in self.lookup.trend(query.company.key, query.metric, query.geo, query.product, months)]
        words = measures_printed(query.row_norm, query.metric, rows)
        return words, tuple(dict.fromkeys(r.period_label for r in rows)) if words else ()

    def other_bases(self, query: "Query", key: PeriodKey) -> tuple[str, list[str]] | None:
        """When the figure is held only on other bases: the period's label and those bases."""
        rows = measure_said(query.row_norm, query.metric, [Fact(*r) for r in self.lookup.value_for_period(
            query.company.key, query.metric, query.geo, query.product, key)])  # "core FFO": never plain FFO's bases
        bases = sorted({r.basis for r in rows} - {query.basis})
        if not rows or not bases:
            return None
        return rows[0].period_label, bases


CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def additive(fact: Fact) -> bool:
    """Whether a span's figure is the sum of its quarters: an amount of money is; a percentage (a margin), a
    figure per share (over each span's own average shares) and an average count of shares are not, so a
    quarter is never their half-year less the other quarter ('operating margin 14.4% − 15.0% = -0.6%',
    '49,900,000 − 50,100,000 shares' were answered so)."""
    return (bool(CURRENCY_CODE.fullmatch(fact.unit)) or fact.unit == UNSTATED) and \
        not fact.metric.startswith("weighted_shares")


def change_carriers(rows: list[Fact]) -> list[Fact]:
    """Rows "in constant currency" that are the reported amount carrying the change in constant currency printed
    beside it ('Total revenues | 11,320 | … | 3% | 3%': the store keeps that change on a row of its own basis): the
    same release, line and value as a reported row. Their value is no constant-currency amount — given as one (a
    value, a trend, a margin, a sum), the reported figure was stated as in constant currency."""
    reported = {(f.doc_id, f.line, f.value) for f in rows if f.basis == ""}
    return [f for f in rows if f.basis == "constant-currency" and f.change_pct is not None
            and (f.doc_id, f.line, f.value) in reported]


def _best_first(facts: list[Fact], basis: str) -> list[Fact]:
    facts = [_scale_checked(f) for f in facts if _basis_fits(f, basis)]
    stated = [f for f in facts if f.unit != UNSTATED]
    facts.sort(key=lambda f: (f.release_date is None, -(f.release_date.toordinal() if f.release_date else 0),
                              -f.doc_id, _scale_stated_elsewhere(f, stated), -f.authority, f.line))
    return facts


def _scale_stated_elsewhere(fact: Fact, stated: list[Fact]) -> bool:
    """A table's amount of unstated scale ('99' where no heading says millions) that a sentence of the same
    release gives with its scale ('net earnings of $99 million'): the sentence says what the table does
    not, and answers first."""
    return fact.unit == UNSTATED and bool(fact.value) and any(
        s.doc_id == fact.doc_id and s.period_label == fact.period_label
        and any(abs(s.value - fact.value * 10 ** k) <= ROUNDING * abs(s.value) for k in (3, 6, 9)) for s in stated)


def rounds_to(full: float, rounded: float) -> bool:
    """Whether a figure printed in full rounds to a rounded one ('10,519' thousand to '$10.5 million'): the
    rounded figure's significant digits say how far it may stand from the full one."""
    if not rounded or (full < 0) != (rounded < 0):
        return full == rounded
    digits = f"{abs(rounded):.6e}".split("e")[0].replace(".", "").rstrip("0") or "0"
    place = math.floor(math.log10(abs(rounded))) - len(digits) + 1  # the power of ten of its last digit
    return abs(full - rounded) <= 0.5 * 10 ** place + 1e-9 * abs(rounded)


def printed_rounding(fact: Fact) -> float:
    """How far a figure may be from the amount it rounds: a sentence's "$35.8 million" is any amount from $35.75
    to $35.85 million (half its last printed digit, read from the value); a table's cell is taken as exact. The one
    rule for margins computed from two figures (handlers/value.py) and for changes (handlers/change.py)."""
    if fact.source == "table" or not fact.value:
        return 0.0
    for power in range(12, -5, -1):
        step = 10.0 ** power
        if abs(fact.value / step - round(fact.value / step)) < 1e-9:
            return step / 2
    return 0.0


def restated_apart(a: Fact, b: Fact) -> bool:
    """Two per-share figures or share counts from two releases: a stock split between them restates every later
    release's per-share figures and share counts, never the earlier's, so the two are never compared or combined
    (EPS of 11.93 before a ten-for-one split against 2.94 after it is no fall of 75%). A release's own columns are
    restated together."""
    return a.doc_id != b.doc_id and (a.unit.endswith("/share") or a.unit == "shares" or b.unit.endswith("/share")
                                     or b.unit == "shares")


def pair(cur_rows: list[Fact], base_rows: list[Fact], same_unit: bool = False) -> tuple[Fact, Fact] | None:
    """Both figures from one release where one gives both (a later release may recast the earlier), and
    within it from the same source where it prints both so (two table cells, never a rounded prose
    figure against a statement figure, when the table gives both). With `same_unit` (a change of one
    figure), two figures of different units — an amount of unstated scale and one in millions, euros and
    dollars — are never a pair. A doubted figure (knowledge/doubts.py) is never an input of a computation."""
    cur_rows = [c for c in cur_rows if not c.doubt]
    base_rows = [b for b in base_rows if not b.doubt]
    if same_unit:
        units = {c.unit for c in cur_rows} & {b.unit for b in base_rows}
        cur_rows = [c for c in cur_rows if c.unit in units]
        base_rows = [b for b in base_rows if b.unit in units]
    for c in cur_rows:
        same = [b for b in base_rows if b.doc_id == c.doc_id and (b.unit == c.unit or not same_unit)]
        if same:
            alike = [(cc, b) for cc in cur_rows if cc.doc_id == c.doc_id for b in same
                     if b.source == cc.source and (b.unit == cc.unit or not same_unit)]
            return alike[0] if alike else (c, same[0])
    for c in cur_rows:
        for b in base_rows:
            if (b.unit == c.unit or not same_unit) and not restated_apart(c, b):
                return c, b
    return None


def conflicting(rows: list[Fact]) -> list[Fact]:
    """One release printing two different values for the same figure (a quarter and a year-to-date
    figure read as one period, a GAAP and an adjusted figure): the distinct figures of the best
    release's best tier, or [] when it prints one."""
    best = rows[0]
    tier = [r for r in rows if r.doc_id == best.doc_id and r.authority == best.authority and r.unit == best.unit]
    distinct: list[Fact] = []
    for r in tier:
        if all(abs(r.value - d.value) > ROUNDING * max(abs(d.value), 1e-9) and not _same_rounded(r, d) for d in distinct):
            distinct.append(r)
    return distinct if len(distinct) >= 2 else []


def _same_rounded(a: Fact, b: Fact) -> bool:
    """Two prose figures of which one is the other rounded to fewer digits ('$11.8 million' in the text, '$12 million'
    in the headline): one figure, not two. A figure of one significant digit ('$8 million') rounds too much to say so."""
    if a.source == "table" or b.source == "table":
        return False
    full, rounded = (a, b) if _digits(a.value) >= _digits(b.value) else (b, a)
    return _digits(rounded.value) >= 2 and rounds_to(full.value, rounded.value)


def _digits(value: float) -> int:
    """The significant digits a figure is printed with."""
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")) if value else 0


def disagreeing(best: Fact, rows: list[Fact]) -> list[Fact]:
    """Figures other releases printed for the same period that differ from the one given."""
    out: list[Fact] = []
    for r in rows[1:]:
        if r.doubt:
            continue  # a figure its own release contradicts is never stated, not even as another release's
        if r.doc_id != best.doc_id and abs(r.value - best.value) > ROUNDING * max(abs(best.value), 1e-9):
            if all(abs(r.value - o.value) > ROUNDING * abs(r.value) for o in out):
                out.append(r)
    return out


def printed_as_is(value: float, quote: str) -> str | None:
    """The cell text of an amount stored exactly as printed (no scale applied to it), or None. Plain
    string search (a regex built per figure would thrash the regex cache across thousands of facts)."""
    v = abs(value)
    if not v:
        return None
    for decimals in range(0, 4):
        if round(v, decimals) == round(v, 6):
            break
    text = f"{v:,.{decimals}f}"
    for form in dict.fromkeys((text, text.replace(",", ""))):
        at = quote.find(form)
        while at >= 0:
            before = quote[at - 1] if at else " "
            stop = at + len(form)
            while stop < len(quote) and quote[stop] == "0" and "." in form:
                stop += 1  # "11.90" printed for 11.9
            if "." not in form and quote[stop:stop + 2] == ".0":
                stop += 1  # "64.0" printed for 64: the point and its zeros are the same figure
                while stop < len(quote) and quote[stop] == "0":
                    stop += 1
            after = quote[stop:stop + 2]
            if not (before.isdigit() or before in ".,") and not (after[:1].isdigit() or after[:1] == ","
                                                                   or (after[:1] == "." and after[1:2].isdigit())):
                return quote[at:stop]
            at = quote.find(form, at + 1)
    return None


def _scale_checked(fact: Fact) -> Fact:
    """A table amount stored as printed, in a table whose scale neither it nor its document states,
    is not known to be dollars: '36,836' may be dollars, thousands or millions. Its unit becomes
    UNSTATED, so no answer gives it as dollars (a cell printed with cents is dollars) — nor as euros or
    Canadian dollars, nor pairs it in a change with an amount whose scale is stated."""
    money = bool(fact.unit) and len(fact.unit) == 3 and fact.unit.isupper()  # USD, or another currency's code
    if fact.source != "table" or not fact.value or not (
            money or (fact.unit == "shares" and abs(fact.value) < 1_000_000)):
        return fact
    if fact.scale_stated:
        return fact  # "(Expressed in U.S. dollars)": a figure printed in full is in units
    printed = printed_as_is(fact.value, fact.quote)
    if printed is None or re.search(r"\.\d\d$", printed):
        return fact
    fact.unit = UNSTATED
    return fact


TWO_WAY = re.compile(r"\((?:loss|losses|benefit|expense|income|gain|profit|deficit|decrease|increase|used\s+in|"
                     r"provided\s+by)[^)]*\)|\bor\b|/|\bgains?\b|\bincome\b|\bprofit\b|\bearnings\b|\bloss(?:es)?\b|"
                     r"\bdeficit\b", re.I)


def two_way(label: str) -> bool:
    """A row that is signed both ways ('Net income (loss)', 'Income tax expense (benefit)') or a loss
    (the negative side of income): its negative figures are compared as signed figures (a loss
    narrowing from -5 to -3 rose 40%), never by size as an expense printed in parentheses is."""
    return bool(TWO_WAY.search(label or ""))


LOSS = re.compile(r"\bloss(?:es)?\b")
NOT_ONLY_LOSS = re.compile(r"\b(?:income|earnings|profit|gain)s?\b")


def asks_for_loss(norm: str) -> bool:
    """'the change in net loss': the size of the loss, not the signed figure of net income (loss)."""
    return bool(LOSS.search(norm)) and not NOT_ONLY_LOSS.search(norm)


LABEL_FILLER = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "from", "by", "at", "as", "with", "or", "less"}


def _label_words(text: str) -> list[str]:
    """A label's words as a question may say them: function words aside, plurals as singulars."""
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("'", "")) if w not in LABEL_FILLER]


OTHER_MEASURE_WORDS = sorted(LANGUAGE.get("other_earnings", ()), key=len, reverse=True)
# The words that make a measure another one (knowledge/vocabulary.toml [language] other_earnings: "Core FFO").
ADJUSTED_LABEL = re.compile(r"\b(?:as\s+adjusted|adjusted|normali[sz]ed|"
                            + "|".join(w.replace(" ", r"\s+") for w in OTHER_MEASURE_WORDS) + r")\b", re.I)


def _qualifiers(text: str) -> set[str]:
    """The qualifiers a text says, 'as adjusted' as 'adjusted' (a question says 'adjusted' of the row 'FFO, as
    adjusted')."""
    return {" ".join(m.group(0).lower().split()).removeprefix("as ") for m in ADJUSTED_LABEL.finditer(text)}


def _qualified(norm: str, rows: list[Fact]) -> list[Fact]:
    """A question that says a qualifier ('as adjusted', 'core') of a measure printed with and without it takes only
    the rows that carry it: the plain row's label is shorter, so its every word is said and it would fit first
    ('FFO as adjusted per diluted share' answered with 'FFO per diluted share'). A qualifier no row carries
    leaves the rows as they are."""
    said = _qualifiers(norm)
    if not said:
        return rows
    return [r for r in rows if said & _qualifiers(r.label)] or rows


def requalified(words: str, norm: str) -> str:
    """The words that pick the row after a follow-up that names a basis and no figure ('what about adjusted?',
    'and GAAP?'): the figure's words with their qualifiers replaced by the follow-up's, so the next turn ('and the
    year before?') still reads the row the follow-up picked."""
    said = _qualifiers(norm)
    return " ".join([ADJUSTED_LABEL.sub(" ", words).strip(), *sorted(said)]).strip()


# the words of another measure, a basis aside ("pro forma EPS" is EPS on a basis, read from a heading as well as a label)
_MEASURE_WORDS = [w for w in OTHER_MEASURE_WORDS if not QUALIFIER_WORDS.fullmatch(w)]
_OTHER_MEASURE_SAID = [re.compile(r"\b" + r"\s+".join(w.split()) + r"\b", re.I) for w in _MEASURE_WORDS]


def measure_words(norm: str, metric: str) -> list[str]:
    """The words that make a measure asked of a metric non-GAAP by definition, or of EPS, another one ("core")."""
    info = BY_KEY.get(metric)
    if info is None or not (info.defined_basis or metric in EPS_METRICS):
        return []
    return [w for w, rx in zip(_MEASURE_WORDS, _OTHER_MEASURE_SAID) if rx.search(norm)]


def qualified_periods(lookup: FactLookup, query: "Query") -> tuple[str, ...]:
    """The periods a measure asked with its word ("core FFO per share") is printed for, with that word."""
    rows = [Fact(*r) for months in (0, 3, 6, 9, 12)
            for r in lookup.trend(query.company.key, query.metric, query.geo, query.product, months)]
    return tuple(dict.fromkeys(r.period_label for r in measure_said(query.row_norm, query.metric, rows)))


def measure_said(norm: str, metric: str, rows: list[Fact]) -> list[Fact]:
    """A measure asked with a word that makes it another one ("core FFO per share", "core EPS") of a metric non-GAAP by
    definition or of EPS: only rows printed with that word answer it, for the period asked. The plain figure, or the
    qualified one of another period, is no answer (none left: not held)."""
    info = BY_KEY.get(metric)
    if info is None or not (info.defined_basis or metric in EPS_METRICS):
        return rows
    words = [rx for w, rx in zip(_MEASURE_WORDS, _OTHER_MEASURE_SAID) if rx.search(norm) and not _own_word(w, info)]
    if not words:
        return [r for r in rows if not printed_measure(r.label, metric)]
    return [r for r in rows if all(rx.search(r.label) for rx in words)]


def _own_word(word: str, info) -> bool:
    """A word of the measure's own name ('distributable' of distributable cash flow): the measure itself, never another
    one it makes."""
    return bool(re.search(r"\b" + re.escape(word) + r"\b", info.name, re.I))


def printed_measure(label: str, metric: str) -> str:
    """The word a row's label prints that makes a measure non-GAAP by definition another one ("Core FFO per diluted
    share", "FFO per diluted share (normalized)"): such a row never answers the plain measure asked without the word
    ("FFO per share" is not core FFO per share). EPS aside: its qualified rows stand on a basis of their own."""
    info = BY_KEY.get(metric)
    if info is None or not info.defined_basis:
        return ""
    return next((w for w, rx in zip(_MEASURE_WORDS, _OTHER_MEASURE_SAID) if rx.search(label) and not _own_word(w, info)), "")


def measures_printed(norm: str, metric: str, rows: list[Fact]) -> list[str]:
    """Of a plain measure asked ("FFO per share") the releases print only with another measure's word for the period
    ("Core FFO per diluted share"): those words, to say what is printed instead; none when the plain row is held."""
    if any(rx.search(norm) for rx in _OTHER_MEASURE_SAID) or measure_said(norm, metric, rows):
        return []
    return list(dict.fromkeys(w for r in rows if (w := printed_measure(r.label, metric))))


def adjusted_as_said(norm: str, rows: list[Fact], metric: str = "") -> list[Fact]:
    """A question that says 'adjusted' is never answered by a row it names whole but for that word (the plain EBITDA
    row given as the adjusted figure nobody printed; 'AFFO' is a measure of its own, 'adjusted FFO'); a plain question of a ratio is never answered by a row
    printed only 'adjusted' (the adjusted margin given as the plain one, which differs by the adjustments), nor a plain
    question of a measure non-GAAP by definition ('EBITDA') by its row printed 'Adjusted' (adjusted EBITDA is EBITDA
    less the adjustments the release chose: another figure, though both stand on the non-GAAP basis)."""
    if "adjusted" in _qualifiers(norm):  # a row the question names whole but for the word: the plain figure
        said = set(_label_words(norm))
        return [r for r in rows if ADJUSTED_LABEL.search(r.label) or not set(_label_words(r.label)) <= said]
    if _qualifiers(norm):
        return rows
    info = BY_KEY.get(metric)
    if info is not None and info.defined_basis:
        rows = [r for r in rows if not _adjusted_of_the_same(r, metric)]
    return [r for r in rows if r.unit not in ("%", "percent", "pct") or not ADJUSTED_LABEL.search(r.label)]


_ADJUSTED_WORD = re.compile(r"\b(?:as\s+)?adjusted\b", re.I)


def _adjusted_of_the_same(row: Fact, metric: str) -> bool:
    """A row printed 'Adjusted' whose label without the word names the same metric ('Adjusted EBITDA': EBITDA after
    the adjustments), never one the word makes a measure of its own ('Adjusted FFO per diluted share': AFFO's)."""
    if "adjusted" not in _qualifiers(row.label):
        return False
    return canonical_metric(plain_label(_ADJUSTED_WORD.sub(" ", row.label)), "", row.unit) == metric


def _unadjusted(norm: str, rows: list[Fact]) -> list[Fact]:
    """Rows printed as the figure and as the figure 'as adjusted' ('FFO attributable to common shareholders'
    and 'FFO …, as adjusted', one basis; 'FFO per diluted share' and 'Core FFO per diluted share'): a question
    that does not say the word means the row without it, one that says it the row with it."""
    said = _qualifiers(norm)
    if said:
        return [r for r in rows if said & _qualifiers(r.label)] or rows
    plain = [r for r in rows if not ADJUSTED_LABEL.search(r.label)]
    return plain or rows


_SIGN_WORDS = {"income", "loss", "earning", "earnings", "profit"}


def _unsigned_words(text: str) -> list[str]:
    """A label's words with the word of its sign as one word: 'Operating loss', 'Operating income' and 'Operating
    income (loss)' name one signed figure (a loss is its negative side), so a question saying 'operating income'
    never tells them apart: two different values under them are two figures of one thing, asked back."""
    out: list[str] = []
    for w in _label_words(text):
        w = "income" if w in _SIGN_WORDS else w
        if not (w == "income" and out and out[-1] == "income"):
            out.append(w)
    return out


def named_row(norm: str, rows: list[Fact]) -> list[Fact]:
    """Rows of one metric printed under several labels ('Trade receivables — billed', 'Trade receivables,
    net'): the rows of the one label whose every word the question says, the longest such label;
    when no label or two labels fit equally, all rows stay (and a release printing two figures asks back).
    A label's sign word is no word that tells it apart (`_unsigned_words`)."""
    if len({r.label for r in rows}) < 2:
        return rows
    rows = _qualified(norm, rows)
    if len({r.label for r in rows}) < 2:
        return rows
    said = set(_unsigned_words(norm))
    fits: dict[str, int] = {}
    for r in rows:
        words = _unsigned_words(r.label)
        if words and all(w in said for w in words):
            fits[r.label] = len(words)
    if not fits:
        fits = _told_apart(said, rows) or _diluted_unsaid(said, rows)
    if not fits:
        return _unadjusted(norm, rows)
    best = max(fits.values())
    top = [label for label, n in fits.items() if n == best]
    if len({" ".join(sorted(_unsigned_words(l))) for l in top}) > 1:
        return rows
    return [r for r in rows if r.label in top]


def _told_apart(said: set[str], rows: list[Fact]) -> dict[str, int]:
    """Labels of one metric that share their long name and differ by a word or two ('Funds from Operations Per Common
    Share and OP Unit - Basic' / '- Diluted', 'Core Funds from ... - Diluted'): a label fits when the question says
    every word that tells it from the others ('diluted', 'core' and 'diluted'), counted by those words; a label told
    apart by no word of its own fits nothing (a question saying none of them still asks back)."""
    words = {r.label: set(_unsigned_words(r.label)) for r in rows}
    shared = set.intersection(*words.values())
    fits: dict[str, int] = {}
    for label, own in words.items():
        apart = own - shared
        if apart and apart <= said:
            fits[label] = len(apart)
    return fits


# words that make a per-share figure another measure than its plain row ('core', 'excluding one-time items'): a
# question saying one the labels lack is not answered by the plain row's diluted default
PER_SHARE_QUALIFIERS: set[str] = {
    "excluding", "excluded", "exclude", "excl", "ex", "core", "normalized", "normalised", "adjusted", "adj", "onetime",
    "special", "items", "item", "charges", "recurring", "nonrecurring", "underlying", "comparable", "pro", "forma",
    "proforma", "before", "without", "reported", "modified"}


def _diluted_unsaid(said: set[str], rows: list[Fact]) -> dict[str, int]:
    """Two labels of one per-share figure told apart only by 'Basic' and 'Diluted' ('Core FFO Per Common Share -
    Basic' / '- Diluted'), the question saying neither: the diluted one, as a per-share figure asked plainly is the
    diluted EPS (chat/question.py); a question saying 'basic' finds its label by `_told_apart`."""
    if "basic" in said or "diluted" in said or not all(r.unit.endswith("/share") for r in rows):
        return {}
    words = {r.label: set(_unsigned_words(r.label)) for r in rows}
    if (said & PER_SHARE_QUALIFIERS) - set[str]().union(*words.values()):  # "FFO per share excluding one-time
        return {}  # items": a measure the labels do not name, never the plain row's diluted figure
    shared = set.intersection(*words.values())
    apart = {label: own - shared for label, own in words.items()}
    if sorted(map(sorted, apart.values())) != [["basic"], ["diluted"]]:
        return {}
    return {label: 1 for label, own in apart.items() if own == {"diluted"}}


def _basis_fits(fact: Fact, basis: str) -> bool:
    """A plain question takes only figures as reported; a qualified one only figures with that
    qualifier. A measure that is non-GAAP by definition (FFO, EBITDA) is its own basis."""
    metric = BY_KEY.get(fact.metric)
    if basis == "guidance" or fact.basis == "guidance":  # an outlook is never an actual, nor an actual one
        return fact.basis == basis
    if metric is not None and metric.defined_basis:
        return fact.basis in ("", "non-gaap", "reconciling") and basis in ("", "non-gaap")
    return fact.basis == basis


@dataclass(frozen=True)
class Holdings:
    """What the store holds near a figure it does not hold, for a reply that gives no number: the
    periods of the metric (place and product), else its places and products, else the company's metrics."""

    periods: tuple[str, ...] = ()  # reported (actual) figures only
    guided: tuple[str, ...] = ()  # periods only an outlook gives the metric for: never said to be held as reported
    segments: tuple[tuple[str, str], ...] = ()
    metrics: tuple[str, ...] = ()
    undated: tuple[str, ...] = ()  # the company's documents that state no period: their figures are not stored


def holdings(lookup: FactLookup, company: str, metric: str | None, geo: str = "", product: str = "") -> Holdings:
    if metric:
        periods = tuple(r[0] for r in lookup.actual_periods_held(company, metric, geo, product))
        guided = tuple(label for label in dict.fromkeys(r[0] for r in lookup.periods_held(company, metric, geo, product))
                       if label not in periods)
        if periods or guided:
            return Holdings(periods=periods, guided=guided)
        segments = tuple((g, p) for g, p in lookup.segments_held(company, metric))
        if segments:
            return Holdings(segments=segments)
    return Holdings(metrics=tuple(m for m, _ in lookup.metrics_held(company)[:10] if m in BY_KEY),
                    undated=tuple(lookup.undated_documents(company)))


@dataclass(frozen=True)
class Outlook:
    """One range (or single figure) of an outlook: its basis ("" GAAP, "non-gaap") and its figures, low end first."""

    basis: str
    figures: tuple[Fact, ...]

    @property
    def ranged(self) -> bool:
        return len(self.figures) > 1

    @property
    def value(self) -> float:
        """The figure stated; of a range, its midpoint: the one figure analysts quote a range by. The release
        states only the two ends, so the reply says the midpoint is computed from them (wording.guidance_reply)."""
        return sum(f.value for f in self.figures) / len(self.figures)
