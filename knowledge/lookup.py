"""FactLookup: the engine's connection, answering the per-company templates from one fetch.

A question costs one DuckDB round trip at most (about 1.3 ms: the `company_packs` index scan of the
company asked about, one packed row per document) and none when that company was asked about recently: the company's facts are
kept (a small LRU) and the named templates of knowledge.templates are evaluated on them in Python,
returning the same rows the SQL returns (tests/test_lookup.py checks this template by template).
Every other statement goes to DuckDB unchanged, so this object stands in for the connection.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

import duckdb

from knowledge.packs import unpack
from knowledge.templates import TEMPLATES

# Positions in a row (knowledge.packs.ROW_FIELDS).
VALUE, UNIT, PERIOD_LABEL, LABEL, SOURCE, LINE_NO, QUOTE, FILE_NAME, RELEASE_DATE, CHANGE_PCT, COMP_VALUE, \
    COMP_PERIOD, DOC_ID, GEO, PRODUCT, MONTHS, END_YEAR, END_MONTH, PERIOD_END, METRIC, BASIS, TABLE_CLASS, \
    METRIC_KEY = range(23)
CACHED_COMPANIES = 2048
PeriodKey = tuple[int, int, int]  # months (0: a balance-sheet date), end year, end month


@dataclass
class CompanyFacts:
    """One company's facts, grouped by metric_key, and what the vocabulary needs from them."""

    by_metric: dict[str, list[tuple]] = field(default_factory=dict)
    rows: list[tuple] = field(default_factory=list)
    _products: dict[str, list[str]] | None = None
    _geos: dict[str, set[str]] | None = None
    _labels: list[str] | None = None

    @classmethod
    def of(cls, rows: list[tuple]) -> "CompanyFacts":
        cf = cls(rows=rows)
        for r in rows:
            cf.by_metric.setdefault(r[METRIC_KEY], []).append(r)
        return cf

    @property
    def products(self) -> dict[str, list[str]]:
        """metric → products, as the `vocabulary_products` template gives them."""
        if self._products is None:
            self._products = {}
            for r in self.rows:
                if r[PRODUCT]:
                    seen = self._products.setdefault(r[METRIC], [])
                    if r[PRODUCT] not in seen:
                        seen.append(r[PRODUCT])
        return self._products

    @property
    def geos(self) -> dict[str, set[str]]:
        if self._geos is None:
            self._geos = {}
            for r in self.rows:
                if r[GEO]:
                    self._geos.setdefault(r[METRIC], set()).add(r[GEO])
        return self._geos

    @property
    def labels(self) -> list[str]:
        """Printed labels the vocabulary lacks, as the `vocabulary_labels` template selects them."""
        if self._labels is None:
            keys = {k for k in self.by_metric if k.startswith("label:") and not k.endswith(")") and 10 <= len(k) <= 86}
            self._labels = [" ".join(k[6:].split()) for k in sorted(keys)]
        return self._labels


def _period(r: tuple, months: Any, year: Any, month: Any) -> bool:
    return r[MONTHS] == months and r[END_YEAR] == year and r[END_MONTH] == month


def _nulls_last(v: Any) -> tuple:
    return (v is None, v if v is not None else 0)


def _distinct(rows: Iterator[tuple]) -> list[tuple]:
    return list(dict.fromkeys(rows))


def _fields(r: tuple) -> tuple:
    return r[:METRIC_KEY]


def _value_for_period(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product, months, year, month = p
    return [_fields(r) for r in cf.by_metric.get(mk, ()) if r[GEO] == geo and r[PRODUCT] == product
            and _period(r, months, year, month)]


def _values_for_two_periods(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product, m1, y1, e1, m2, y2, e2 = p
    return [_fields(r) for r in cf.by_metric.get(mk, ()) if r[GEO] == geo and r[PRODUCT] == product
            and (_period(r, m1, y1, e1) or _period(r, m2, y2, e2))]


def _trend(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product, months = p
    return [_fields(r) for r in cf.by_metric.get(mk, ()) if r[GEO] == geo and r[PRODUCT] == product
            and r[MONTHS] == months]


def _periods_held(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product = p
    rows = _distinct((r[PERIOD_LABEL], r[MONTHS], r[END_YEAR], r[END_MONTH]) for r in cf.by_metric.get(mk, ())
                     if r[GEO] == geo and r[PRODUCT] == product)
    return sorted(rows, key=lambda t: (_nulls_last(t[2]), _nulls_last(t[3]), _nulls_last(t[1])))


def _actual_periods_held(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product = p
    rows = _distinct((r[PERIOD_LABEL], r[MONTHS], r[END_YEAR], r[END_MONTH]) for r in cf.by_metric.get(mk, ())
                     if r[GEO] == geo and r[PRODUCT] == product and r[BASIS] != "guidance")
    return sorted(rows, key=lambda t: (_nulls_last(t[2]), _nulls_last(t[3]), _nulls_last(t[1])))


def _segments_held(cf: CompanyFacts, p: list) -> list[tuple]:
    rows = _distinct((r[GEO], r[PRODUCT]) for r in cf.by_metric.get(p[1], ()))
    return sorted(rows, key=lambda t: (_nulls_last(t[0]), _nulls_last(t[1])))


def _metrics_held(cf: CompanyFacts, p: list) -> list[tuple]:
    counts: dict[str, int] = {}
    for r in cf.rows:
        if r[METRIC] != "other":
            counts[r[METRIC]] = counts.get(r[METRIC], 0) + 1
    return sorted(counts.items(), key=lambda t: (-t[1], t[0]))


def _metrics_for_period(cf: CompanyFacts, p: list) -> list[tuple]:
    _, months, year, month = p
    rows = _distinct((r[METRIC], r[GEO], r[PRODUCT]) for r in cf.rows
                     if r[METRIC] != "other" and _period(r, months, year, month))
    return sorted(rows, key=lambda t: tuple(_nulls_last(x) for x in t))


def _products_for_period(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, months, year, month = p
    return _distinct((r[PRODUCT],) for r in cf.by_metric.get(mk, ())
                     if r[GEO] == geo and r[PRODUCT] != "" and r[PRODUCT] is not None and _period(r, months, year, month))


def _latest_figures(cf: CompanyFacts, p: list) -> list[tuple]:
    _, metrics, limit = p
    rows = _distinct((r[METRIC], r[PERIOD_LABEL], r[PERIOD_END], r[MONTHS]) for r in cf.rows if r[METRIC] in metrics)
    rows.sort(key=lambda t: (t[2] is None, -(t[2].toordinal() if t[2] else 0), _nulls_last(t[3]), t[0], t[1]))
    return rows[:limit]


def _labels_for_metric(cf: CompanyFacts, p: list) -> list[tuple]:
    return _distinct((r[LABEL],) for r in cf.by_metric.get(p[1], ()))[:200]


# Templates whose first parameter is a company_key: evaluated on that company's cached facts.
EVALUATORS: dict[str, Callable[[CompanyFacts, list], list[tuple]]] = {
    "value_for_period": _value_for_period, "values_for_two_periods": _values_for_two_periods,
    "trend": _trend, "periods_held": _periods_held,
    "actual_periods_held": _actual_periods_held, "segments_held": _segments_held,
    "metrics_held": _metrics_held, "metrics_for_period": _metrics_for_period,
    "products_for_period": _products_for_period, "labels_for_metric": _labels_for_metric,
    "latest_figures": _latest_figures,
}
BY_SQL = {TEMPLATES[name]: name for name in EVALUATORS}


class Rows:
    """What `execute` returns for a template answered from the cache."""

    def __init__(self, rows: list[tuple]):
        self._rows = rows

    def fetchall(self) -> list[tuple]:
        return self._rows

    def fetchone(self) -> tuple | None:
        return self._rows[0] if self._rows else None


class FactLookup:
    """A read connection whose per-company templates touch only the company asked about."""

    def __init__(self, con: duckdb.DuckDBPyConnection, cached: int = CACHED_COMPANIES):
        self.raw = con
        self._cache: OrderedDict[str, CompanyFacts] = OrderedDict()
        self._cached = cached
        self.fetches = 0  # store round trips made for companies (for tests and benchmarks)

    def company(self, key: str) -> CompanyFacts:
        cf = self._cache.get(key)
        if cf is None:
            self.fetches += 1
            packs = self.raw.execute(TEMPLATES["company_packs"], [key]).fetchall()
            cf = CompanyFacts.of([row for doc_id, payload in packs for row in unpack(payload, doc_id)])
            self._cache[key] = cf
            if len(self._cache) > self._cached:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return cf

    def run(self, template: str, params: list) -> list[tuple]:
        """Rows of a named template, from the company's cached facts when it is a per-company one."""
        if template in EVALUATORS:
            return EVALUATORS[template](self.company(params[0]), list(params))
        return self.raw.execute(TEMPLATES[template], params).fetchall()

    def execute(self, sql: str, params: list | None = None):
        name = BY_SQL.get(sql)
        if name is not None and params:
            return Rows(self.run(name, params))
        return self.raw.execute(sql, params) if params is not None else self.raw.execute(sql)

    # -- typed templates: the engine asks by name and typed arguments, never by SQL text mapped back --
    def value_for_period(self, company: str, metric: str, geo: str, product: str, key: PeriodKey) -> list[tuple]:
        """Fact rows (FACT_FIELDS) of one metric, place and product for one period (months, end year, end month)."""
        return self.run("value_for_period", [company, metric, geo, product, *key])

    def values_for_two_periods(self, company: str, metric: str, geo: str, product: str, key: PeriodKey,
                               other: PeriodKey) -> list[tuple]:
        return self.run("values_for_two_periods", [company, metric, geo, product, *key, *other])

    def trend(self, company: str, metric: str, geo: str, product: str, months: int) -> list[tuple]:
        """Fact rows of every period of one length."""
        return self.run("trend", [company, metric, geo, product, months])

    def periods_held(self, company: str, metric: str, geo: str = "", product: str = "") -> list[tuple]:
        """(period label, months, end year, end month) of every period held, guidance included."""
        return self.run("periods_held", [company, metric, geo, product])

    def actual_periods_held(self, company: str, metric: str, geo: str, product: str) -> list[tuple]:
        """(period label, months, end year, end month) of the periods held, guidance left out."""
        return self.run("actual_periods_held", [company, metric, geo, product])

    def segments_held(self, company: str, metric: str) -> list[tuple[str, str]]:
        return self.run("segments_held", [company, metric])

    def metrics_held(self, company: str) -> list[tuple[str, int]]:
        """(metric, facts held), the most reported first."""
        return self.run("metrics_held", [company])

    def metrics_for_period(self, company: str, key: PeriodKey) -> list[tuple[str, str, str]]:
        return self.run("metrics_for_period", [company, *key])

    def products_for_period(self, company: str, metric: str, geo: str, key: PeriodKey) -> list[str]:
        return [r[0] for r in self.run("products_for_period", [company, metric, geo, *key])]

    def labels_for_metric(self, company: str, metric: str) -> list[str]:
        return [r[0] for r in self.run("labels_for_metric", [company, metric])]

    def latest_document(self, company: str) -> tuple | None:
        """(file name, period end, 52/53-week flag) of the company's latest release, or None."""
        rows = self.run("latest_document", [company])
        return rows[0] if rows else None

    def company_calendars(self) -> list[tuple]:
        """(fiscal year end month, fiscal year offset) of the companies held, one row per calendar."""
        return [tuple(r) for r in self.run("company_calendars", [])]

    def latest_end_across(self, metric: str, months: int) -> int | None:
        """The latest period end (year * 100 + month) any company gives the metric for, or None."""
        rows = self.run("latest_end_across", [metric, months])
        return rows[0][0] if rows else None

    def rank_across_companies(self, params: list) -> list[tuple]:
        return self.run("rank_across_companies", params)

    def clear(self) -> None:
        self._cache.clear()

    def __getattr__(self, name: str) -> Any:  # cursor(), close(), ... go to DuckDB
        return getattr(self.raw, name)


class PerCompany(Mapping):
    """A vocabulary mapping filled per company on first use (from the same cached facts), so the
    engine does not read every company's products, places and labels at start."""

    def __init__(self, lookup: FactLookup, keys: Callable[[], list[str]], part: Callable[[CompanyFacts], Any],
                 by_metric: bool):
        self._lookup, self._keys, self._part, self._by_metric = lookup, keys, part, by_metric

    def __getitem__(self, key: Any) -> Any:
        company, metric = key if self._by_metric else (key, None)
        if not isinstance(company, str):
            raise KeyError(key)
        part = self._part(self._lookup.company(company))
        if self._by_metric:
            if metric not in part:
                raise KeyError(key)
            return part[metric]
        if not part:
            raise KeyError(key)
        return part

    def __iter__(self) -> Iterator:
        for company in self._keys():
            part = self._part(self._lookup.company(company))
            if self._by_metric:
                yield from ((company, m) for m in part)
            elif part:
                yield company

    def __len__(self) -> int:
        return sum(1 for _ in self)
