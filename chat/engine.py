"""The answering engine: a question and the conversation so far in, an Answer out.

Headless (no UI imports). Every figure comes from a named SQL template run on a read-only
connection, and every figure used is cited. When the store does not hold what was asked, the
answer says so and names what it does hold, with no number.
"""
from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz

from chat.answer import Answer, Citation
from chat.formatting import figure, figures_alike, join_words, percent, signed_percent
from chat.periods import PeriodSpec, merge_with_context, quarter_end_instant
from chat.question import LABEL_PREFIX, Question, understand
from chat.vocab import Company, StoreVocabulary
from knowledge.lookup import FactLookup
from knowledge.store import connect
from knowledge.templates import TEMPLATES
from knowledge.vocabulary import BY_KEY, GEO_DISPLAY
from parsers.periods import Period, month_end

ROUNDING = 0.002  # releases round; figures closer than this are the same figure
DERIVED = {  # metric: (how, first input, second input), tried in order
    "gross_margin": [("sub", "revenue", "cost_of_revenue")],
    "gross_margin_pct": [("ratio", "gross_margin", "revenue"), ("ratio_sub", "revenue", "cost_of_revenue")],
    "operating_margin_pct": [("ratio", "operating_income", "revenue")],
    "net_margin_pct": [("ratio", "net_income", "revenue")],
    "sales_and_marketing": [("add", "selling_expense", "marketing")],
}
FALLBACK_METRICS = {"eps": ["eps_basic"], "net_income": ["net_income_common"], "weighted_shares": ["weighted_shares_diluted", "weighted_shares_basic"]}
EXAMPLES = ["Q3 2007 revenue", "Q3 2007 US revenue growth", "net loss per share for the nine months of 2007",
            "total assets at September 30, 2007", "what do you have for Q3 2007?"]


@dataclass
class Context:
    """Slots that persist between questions of one conversation (follow-ups reuse them)."""

    company: str | None = None
    metric: str | None = None
    geo: str = ""
    product: str = ""
    period: PeriodSpec | None = None
    intent: str = "value"
    others: tuple[PeriodSpec, ...] = ()  # further periods this question names ("Q3 2007 vs Q3 2006")


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
    release_date: object
    change_pct: float | None
    comp_value: float | None
    comp_period: str | None
    doc_id: int
    geo: str
    product: str
    months: int
    end_year: int
    end_month: int
    period_end: object
    metric: str

    @property
    def citation(self) -> Citation:
        return Citation(self.doc, self.line, self.quote)


class Engine:
    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.con = FactLookup(connect(self.db_path, read_only=True))  # per-company templates from one fetch
        self.vocab = StoreVocabulary.load(self.con)

    def close(self) -> None:
        self.con.close()

    def reload(self) -> None:
        """After an ingest: reopen read-only and rebuild the vocabulary."""
        self.con.close()
        self.con = FactLookup(connect(self.db_path, read_only=True))
        self.vocab = StoreVocabulary.load(self.con)

    # -- entry point ---------------------------------------------------------------------------
    def ask(self, text: str, context: Context | None = None) -> tuple[Answer, Context]:
        start = time.perf_counter()
        context = context or Context()
        try:
            answer, new_context = self._ask(text, context)
        except _Reply as reply:
            answer, new_context = reply.answer, reply.context or context
        except Exception as exc:  # a bug must cost one answer, never the batch or the chat
            answer = Answer(text, "abstained", f"Sorry, that question could not be answered "
                                               f"({type(exc).__name__}: {exc}).", kind="help")
            new_context = context
        answer.elapsed_ms = round((time.perf_counter() - start) * 1000, 3)
        return answer, new_context

    def _ask(self, text: str, ctx: Context) -> tuple[Answer, Context]:
        if len(text) > 2000:
            return self._abstain(text, "That question is too long to read as one question (over 2,000 "
                                       "characters). Ask about one figure at a time."), ctx
        if not text.strip():
            return self._help(text), ctx
        q = understand(text, self.vocab)
        if q.intent == "help":
            return self._help(text), ctx
        slots = self._slots(q, ctx)
        if slots.metric is None and q.intent != "inventory" and q.company is None:
            return self._offtopic(q), ctx  # before asking "which company?" about the weather
        company = self._company(q, slots)
        slots.company = company.key
        if q.intent == "inventory":
            return self._inventory(q, company, slots), slots
        if slots.metric is None:
            return self._offtopic(q), ctx
        if q.metric is not None and q.metric_score < 85:
            return self._abstain(text, f"I could not tell which figure you mean by “{text}”."), ctx
        if q.runner_up and q.runner_up[1] >= q.metric_score - 3 and q.metric_score < 100:
            return self._clarify(text, f"Did you mean {_mname(q.metric)} or {_mname(q.runner_up[0])}?",
                                 company), ctx
        if q.unknown_place:
            return self._unknown_place(q, company, slots), slots
        flow = self._flow(company, slots.metric)
        if q.product_words and q.metric is not None:
            slots.product = self._product(q, company, slots)
        if slots.period is None and slots.intent != "trend":
            return self._missing_period(q, company, slots), slots
        intent = slots.intent
        if q.other_geos and intent == "compare":
            return self._compare_places(q, company, slots, flow), slots
        if intent == "trend":
            return self._trend(q, company, slots), slots
        if intent == "share":
            return self._share(q, company, slots, flow), slots
        if intent in ("change", "compare"):
            return self._change(q, company, slots, compare=intent == "compare"), slots
        return self._value(q, company, slots, flow), slots

    # -- slots ---------------------------------------------------------------------------------
    def _slots(self, q: Question, ctx: Context) -> Context:
        slots = Context(
            company=q.company or ctx.company,
            metric=q.metric or ctx.metric,
            geo=q.geo if q.geo is not None else ("" if q.metric is not None else ctx.geo),
            product="" if (q.metric is not None or q.geo is not None) else ctx.product,
            period=ctx.period,
            intent=q.intent if q.intent != "value" or q.metric is not None else ctx.intent,
        )
        if q.periods:
            slots.period = merge_with_context(q.periods[0], ctx.period)
        if q.intent == "value" and q.metric is not None:
            slots.intent = "value"
        slots.others = tuple(merge_with_context(p, slots.period) for p in q.periods[1:])
        return slots

    def _company(self, q: Question, slots: Context) -> Company:
        if slots.company:
            company = self.vocab.company(slots.company)
            if company:
                return company
        if len(self.vocab.companies) == 1:
            return self.vocab.companies[0]
        if not self.vocab.companies:
            raise _Reply(self._abstain(q.text, "The store holds no releases yet. Ingest some with "
                                               "`filings-chat ingest PATH`."))
        names = join_words([c.name for c in self.vocab.companies[:8]])
        raise _Reply(self._clarify(q.text, f"Which company? The store holds releases of {names}.", None))

    def _product(self, q: Question, company: Company, slots: Context) -> str:
        candidates = self.vocab.products.get((company.key, slots.metric), [])
        key = self._resolve(slots.period, company, self._flow(company, slots.metric)) if slots.period else None
        if key:  # prefer products the store holds for this place and period
            held = [r[0] for r in self.con.execute(TEMPLATES["products_for_period"],
                                                   [company.key, slots.metric, slots.geo, *key]).fetchall()]
            candidates = sorted(held, key=len) + [c for c in candidates if c not in held]
        best, best_score = "", 0.0
        for product in candidates:
            words = re.findall(r"[a-z]+", product.lower())
            hits = sum(1 for w in q.product_words if any(fuzz.ratio(w[:6], pw[:6]) >= 84 for pw in words))
            score = hits / len(q.product_words) + 0.01 * hits - 0.001 * len(words)
            if hits and score > best_score + 0.01:
                best, best_score = product, score
        if not best:
            unknown = [w for w in q.product_words if w not in self.vocab.words]
            if unknown:
                raise _Reply(self._abstain(q.text, f"I find no figures about “{' '.join(unknown)}” in the releases. "
                                                   + self._held_text(company, slots)))
        return best

    def _flow(self, company: Company, metric: str) -> bool:
        """Balance-sheet figures stand at a date; everything else covers a span of months."""
        if metric in BY_KEY:
            return BY_KEY[metric].flow
        held = self.con.execute(TEMPLATES["periods_held"], [company.key, metric, "", ""]).fetchall()
        return not held or any(months for _, months, _, _ in held)

    # -- period helpers ------------------------------------------------------------------------
    def _resolve(self, spec: PeriodSpec, company: Company, flow: bool) -> tuple[int, int, int] | None:
        if spec.kind == "instantq":
            spec = quarter_end_instant(spec, company.fye)
        return spec.resolve(company.fye, flow)

    def _label(self, key: tuple[int, int, int], company: Company, rows: list[Fact] | None = None) -> str:
        if rows:
            return rows[0].period_label
        months, y, m = key
        return Period(month_end(y, m), months).label(company.fye)

    def _facts(self, template: str, params: list) -> list[Fact]:
        """Facts latest-release first; within a release the table before the prose."""
        facts = [Fact(*row) for row in self.con.execute(TEMPLATES[template], params).fetchall()]
        facts.sort(key=lambda f: (f.release_date is None, -(f.release_date.toordinal() if f.release_date else 0),
                                  f.source != "table", -f.doc_id, f.line))
        return facts

    # -- value ---------------------------------------------------------------------------------
    def _value(self, q: Question, company: Company, slots: Context, flow: bool) -> Answer:
        key = self._resolve(slots.period, company, flow)
        if key is None:
            return self._missing_period(q, company, slots)
        metric = slots.metric
        rows = self._facts("value_for_period", [company.key, metric, slots.geo, slots.product, *key])
        template = "value_for_period"
        if not rows:
            for other in FALLBACK_METRICS.get(metric, []):
                rows = self._facts("value_for_period", [company.key, other, slots.geo, slots.product, *key])
                if rows:
                    metric = other
                    break
        if not rows:
            derived = self._derived(q, company, slots, key)
            if derived:
                return derived
            return self._not_held(q, company, slots, key)
        best = rows[0]
        others = self._disagreeing(best, rows)
        seg = self._segment_text(slots)
        name = _mname(metric)
        text = f"{_cap(name)}{seg} {_when(best.period_label)}: {figure(best.value, best.unit)}."
        citations = [best.citation]
        if others:
            o = others[0]
            text += (f" An earlier release, {o.doc}, printed {figure(o.value, o.unit)} for the same period "
                     f"(line {o.line}); the latest-reported figure is given.")
            citations.append(o.citation)
        text += _sources(citations)
        conf = self._confidence(q, slots)
        return Answer(q.text, "answered", text, value=best.value, unit=best.unit, company=company.name,
                      metric=metric, segment=self._segment(slots), period=best.period_label, citations=citations,
                      template=template, sql=_sql(template), confidence=conf, kind="value")

    def _disagreeing(self, best: Fact, rows: list[Fact]) -> list[Fact]:
        out = []
        for r in rows[1:]:
            if r.doc_id != best.doc_id and abs(r.value - best.value) > ROUNDING * max(abs(best.value), 1e-9):
                if all(abs(r.value - o.value) > ROUNDING * abs(r.value) for o in out):
                    out.append(r)
        return out

    def _derived(self, q: Question, company: Company, slots: Context, key) -> Answer | None:
        """A figure the release does not print but gives the inputs of (gross margin, margins, sales
        and marketing), computed from two figures of one release, both cited."""
        if slots.geo or slots.product:
            return None
        for how, a_metric, b_metric in DERIVED.get(slots.metric, ()):
            a_rows = self._facts("value_for_period", [company.key, a_metric, "", "", *key])
            b_rows = self._facts("value_for_period", [company.key, b_metric, "", "", *key])
            pair = self._pair(a_rows, b_rows)
            if not pair or not pair[1].value:
                continue
            a, b = pair
            value, unit = {
                "sub": (a.value - abs(b.value), "USD"),
                "add": (abs(a.value) + abs(b.value), "USD"),
                "ratio": (100 * a.value / abs(b.value), "percent"),
                "ratio_sub": (100 * (a.value - abs(b.value)) / a.value, "percent"),
            }[how]
            text = (f"{_cap(_mname(slots.metric))} {_when(a.period_label)}: {figure(value, unit)} — computed from "
                    f"{_mname(a_metric)} {figure(a.value, a.unit)} and {_mname(b_metric)} {figure(b.value, b.unit)}; "
                    f"the release does not print it.")
            citations = [a.citation] + ([b.citation] if b.citation != a.citation else [])
            return Answer(q.text, "answered", text + _sources(citations), value=round(value, 4), unit=unit,
                          company=company.name, metric=slots.metric, segment=None, period=a.period_label,
                          citations=citations, template="value_for_period", sql=_sql("value_for_period"),
                          confidence=max(0, self._confidence(q, slots) - 10), kind="value")
        return None

    # -- places side by side -------------------------------------------------------------------
    def _compare_places(self, q: Question, company: Company, slots: Context, flow: bool) -> Answer:
        """"US vs EMEA revenue Q3 2007": each place's figure for the period, the first as the headline."""
        key = self._resolve(slots.period, company, flow)
        if key is None:
            return self._missing_period(q, company, slots)
        found = []
        for geo in [slots.geo, *q.other_geos]:
            rows = self._facts("value_for_period", [company.key, slots.metric, geo, slots.product, *key])
            if not rows:
                place = GEO_DISPLAY.get(geo, geo) or "the total"
                return self._not_held(q, company, replace(slots, geo=geo), key,
                                      f"The releases don't hold {_mname(slots.metric)} for {place} in "
                                      f"{self._label(key, company)}.")
            found.append((geo, rows[0]))
        parts = [f"{GEO_DISPLAY.get(g, g) or 'total'} {figure(r.value, r.unit)}" for g, r in found]
        first = found[0][1]
        text = f"{_cap(_mname(slots.metric))} {_when(first.period_label)}: " + "; ".join(parts) + "."
        citations = [r.citation for _, r in found]
        return Answer(q.text, "answered", text + _sources(citations), value=first.value, unit=first.unit,
                      company=company.name, metric=slots.metric, segment=self._segment(slots),
                      period=first.period_label, citations=citations, template="value_for_period",
                      sql=_sql("value_for_period"), confidence=self._confidence(q, slots), kind="compare",
                      rows=[{"period": GEO_DISPLAY.get(g, g) or "total", "value": r.value, "unit": r.unit}
                            for g, r in found])

    # -- share of total ------------------------------------------------------------------------
    def _share(self, q: Question, company: Company, slots: Context, flow: bool) -> Answer:
        """A place's or product's share of the company total, both figures from one release."""
        key = self._resolve(slots.period, company, flow)
        if key is None:
            return self._missing_period(q, company, slots)
        part = self._facts("value_for_period", [company.key, slots.metric, slots.geo, slots.product, *key])
        total = self._facts("value_for_period", [company.key, slots.metric, "", "", *key])
        if not part or not total or (not slots.geo and not slots.product):
            return self._not_held(q, company, slots, key)
        pair = self._pair(part, total)
        p, t = pair
        value = round(100 * p.value / t.value, 1)
        what = self._what(slots)
        text = (f"{_cap(what)} was {percent(value)} of the total in {p.period_label}: {figure(p.value, p.unit)} "
                f"of {figure(t.value, t.unit)} (computed).")
        citations = [p.citation] + ([t.citation] if t.citation != p.citation else [])
        return Answer(q.text, "answered", text + _sources(citations), value=value, unit="percent",
                      company=company.name, metric=slots.metric, segment=self._segment(slots), period=p.period_label,
                      citations=citations, template="value_for_period", sql=_sql("value_for_period"),
                      confidence=self._confidence(q, slots), kind="compare",
                      rows=[{"period": f"{self._segment(slots)}", "value": p.value, "unit": p.unit},
                            {"period": "total", "value": t.value, "unit": t.unit}])

    # -- change --------------------------------------------------------------------------------
    def _change(self, q: Question, company: Company, slots: Context, compare: bool) -> Answer:
        flow = self._flow(company, slots.metric)
        specs = [slots.period, *slots.others]
        keys = [self._resolve(s, company, flow) for s in specs]
        if any(k is None for k in keys):
            return self._missing_period(q, company, slots)
        if len(keys) == 1:
            cur = keys[0]
            if flow:
                base = self._resolve(slots.period.previous_year(), company, flow)
            else:
                base = self._instant_base(company, slots, cur)
                if base is None:
                    return self._not_held(q, company, slots, cur)
        else:
            cur, base = sorted(keys[:2], key=lambda k: (k[1], k[2]), reverse=True)
        template = "values_for_two_periods"
        rows = self._facts(template, [company.key, slots.metric, slots.geo, slots.product, *cur, *base])
        cur_rows = [r for r in rows if (r.months, r.end_year, r.end_month) == cur]
        base_rows = [r for r in rows if (r.months, r.end_year, r.end_month) == base]
        if not cur_rows:
            return self._not_held(q, company, slots, cur)
        base_label = self._label(base, company, base_rows)
        stated = next((r for r in cur_rows if r.change_pct is not None
                       and (r.comp_period is None or r.comp_period == base_label)), None)
        pair = self._pair(cur_rows, base_rows)
        computed = None
        if pair:
            c, b = pair
            if b.value:
                computed = (c.value - b.value) / abs(b.value) * 100
        if stated is None and computed is None:
            return self._not_held(q, company, slots, base, f"I have {self._what(slots)} for {cur_rows[0].period_label} "
                                                            f"but not for {base_label}, so I cannot give the change.")
        c_label = cur_rows[0].period_label
        what = self._what(slots)
        citations: list[Citation] = []
        parts = []
        if stated is not None:
            value = stated.change_pct
            parts.append(f"{_cap(what)} changed {signed_percent(value)} {_when(c_label, 'in')} against "
                         f"{_when(base_label, '', '')}, "
                         f"as the release states ({stated.doc}, line {stated.line}).")
            citations.append(stated.citation)
        else:
            value = round(computed, 1)
        if pair:
            c, b = pair
            b_text, c_text = figures_alike([(b.value, b.unit), (c.value, c.unit)])
            line = (f"From {b_text} {_when(b.period_label, 'in')} to {c_text} "
                    f"{_when(c.period_label, 'in')}: {signed_percent(round(computed, 1))} computed from the two figures")
            line += f" ({c.doc})." if c.doc_id == b.doc_id else f" ({c.doc} and {b.doc})."
            if stated is not None and abs(round(computed) - stated.change_pct) > 1:
                line += " The stated and computed changes differ by more than rounding."
            if stated is None:
                parts.append(f"{_cap(what)} changed {signed_percent(value)} {_when(c_label, 'in')} against "
                             f"{_when(base_label, '', '')}.")
            parts.append(line)
            for x in (c.citation, b.citation):
                if x not in citations:
                    citations.append(x)
        rows_out = [{"period": r.period_label, "value": r.value, "unit": r.unit} for r in (pair or ())][::-1]
        text = " ".join(parts) + _sources(citations)
        return Answer(q.text, "answered", text, value=value, unit="percent", company=company.name,
                      metric=slots.metric, segment=self._segment(slots), period=c_label, citations=citations,
                      template=template, sql=_sql(template), confidence=self._confidence(q, slots),
                      kind="compare" if compare else "change", rows=rows_out)

    def _pair(self, cur_rows: list[Fact], base_rows: list[Fact]) -> tuple[Fact, Fact] | None:
        """Both figures from one release where one gives both (a later release may recast the earlier)."""
        for c in cur_rows:
            same = [b for b in base_rows if b.doc_id == c.doc_id]
            if same:
                return c, same[0]
        if cur_rows and base_rows:
            return cur_rows[0], base_rows[0]
        return None

    def _instant_base(self, company: Company, slots: Context, cur) -> tuple[int, int, int] | None:
        """A balance-sheet change compares with the other date the same balance sheet shows."""
        held = self.con.execute(TEMPLATES["periods_held"], [company.key, slots.metric, slots.geo, slots.product]).fetchall()
        earlier = [(0, y, m) for _, months, y, m in held if months == 0 and (y, m) < (cur[1], cur[2])]
        return max(earlier) if earlier else None

    # -- trend ---------------------------------------------------------------------------------
    def _trend(self, q: Question, company: Company, slots: Context) -> Answer:
        flow = self._flow(company, slots.metric)
        months = 0 if not flow else 3
        if slots.period is not None:
            key = self._resolve(slots.period, company, flow)
            months = key[0] if key else months
        template = "trend"
        rows = self._facts(template, [company.key, slots.metric, slots.geo, slots.product, months])
        latest: dict[tuple[int, int], Fact] = {}
        for r in rows:
            latest.setdefault((r.end_year, r.end_month), r)
        series = [latest[k] for k in sorted(latest)]
        if not series:
            return self._not_held(q, company, slots, None)
        what = self._what(slots)
        listing = "; ".join(f"{r.period_label}: {figure(r.value, r.unit)}" for r in series)
        citations = [r.citation for r in series]
        text = f"{_cap(what)} across the periods held — {listing}." + _sources(citations)
        last = series[-1]
        return Answer(q.text, "answered", text, value=last.value, unit=last.unit, company=company.name,
                      metric=slots.metric, segment=self._segment(slots), period=last.period_label,
                      citations=citations, template=template, sql=_sql(template),
                      confidence=self._confidence(q, slots), kind="trend",
                      rows=[{"period": r.period_label, "value": r.value, "unit": r.unit} for r in series])

    # -- what the store holds ------------------------------------------------------------------
    def _inventory(self, q: Question, company: Company, slots: Context) -> Answer:
        if slots.period is not None:
            key = self._resolve(slots.period, company, True)
            keys = [key, self._resolve(slots.period, company, False)] if key else []
            found = []
            for k in keys:
                found += self.con.execute(TEMPLATES["metrics_for_period"], [company.key, *k]).fetchall()
            items = sorted({self._metric_phrase(m, g, p) for m, g, p in found})
            label = slots.period.label(company.fye)
            if not items:
                text = f"I hold nothing for {company.name} for {label}. " + self._periods_overview(company)
                return Answer(q.text, "abstained", text, company=company.name, period=label,
                              template="metrics_for_period", sql=_sql("metrics_for_period"), kind="inventory")
            text = f"For {company.name}, {label}, I have: {join_words(items)}."
            return Answer(q.text, "answered", text, company=company.name, period=label, template="metrics_for_period",
                          sql=_sql("metrics_for_period"), confidence=90, kind="inventory")
        held = self.con.execute(TEMPLATES["metrics_held"], [company.key]).fetchall()
        names = [BY_KEY[m].name for m, _ in held if m in BY_KEY]
        text = (f"For {company.name} I have: {join_words(names)}. " + self._periods_overview(company)
                + " Ask for example: " + "; ".join(f"“{e}”" for e in EXAMPLES[:3]) + ".")
        return Answer(q.text, "answered", text, company=company.name, template="metrics_held",
                      sql=_sql("metrics_held"), confidence=90, kind="inventory")

    def _periods_overview(self, company: Company) -> str:
        rows = self.con.execute(TEMPLATES["periods_held"], [company.key, "revenue", "", ""]).fetchall()
        labels = [r[0] for r in rows]
        return f"Revenue is held for {join_words(labels)}." if labels else ""

    def _metric_phrase(self, metric: str, geo: str, product: str) -> str:
        seg = " / ".join(x for x in (GEO_DISPLAY.get(geo, geo) if geo else "", product) if x)
        return _mname(metric) + (f" ({seg})" if seg else "") if metric in BY_KEY else metric

    def _held_text(self, company: Company, slots: Context) -> str:
        rows = self.con.execute(TEMPLATES["periods_held"], [company.key, slots.metric, slots.geo, slots.product]).fetchall()
        if rows:
            return f"I have {self._what(slots)} for {join_words([r[0] for r in rows])}."
        segs = self.con.execute(TEMPLATES["segments_held"], [company.key, slots.metric]).fetchall()
        if segs:
            names = [self._metric_phrase(slots.metric, g, p).split("(", 1)[-1].rstrip(")") if (g or p) else "total"
                     for g, p in segs]
            return f"I have {_mname(slots.metric)} for: {join_words(names[:10])}."
        held = self.con.execute(TEMPLATES["metrics_held"], [company.key]).fetchall()
        names = [BY_KEY[m].name for m, _ in held[:10] if m in BY_KEY]
        return f"The releases of {company.name} do report: {join_words(names)}." if names else ""

    def _not_held(self, q: Question, company: Company, slots: Context, key, lead: str | None = None) -> Answer:
        what = self._what(slots)
        if lead is None:
            when = f" for {self._label(key, company)}" if key else ""
            lead = f"The releases don't hold {what}{when}."
        text = f"{lead} {self._held_text(company, slots)}".strip()
        return Answer(q.text, "abstained", text, company=company.name, metric=slots.metric,
                      segment=self._segment(slots), period=self._label(key, company) if key else None,
                      template="periods_held", sql=_sql("periods_held"), confidence=self._confidence(q, slots),
                      kind=slots.intent)

    def _unknown_place(self, q: Question, company: Company, slots: Context) -> Answer:
        segs = self.con.execute(TEMPLATES["segments_held"], [company.key, slots.metric]).fetchall()
        places = sorted({GEO_DISPLAY.get(g, g) for g, _ in segs if g})
        held = f" It breaks {_mname(slots.metric)} down by: {join_words(places)}." if places else ""
        text = f"The releases don't report {_mname(slots.metric)} for {q.unknown_place.title()}.{held}"
        return Answer(q.text, "abstained", text, company=company.name, metric=slots.metric, segment=q.unknown_place,
                      template="segments_held", sql=_sql("segments_held"), confidence=80, kind="value")

    def _missing_period(self, q: Question, company: Company, slots: Context) -> Answer:
        rows = self.con.execute(TEMPLATES["periods_held"], [company.key, slots.metric, slots.geo, slots.product]).fetchall()
        held = join_words([r[0] for r in rows])
        text = f"Which period? I have {self._what(slots)} for {held}." if held else \
            f"Which period? {self._held_text(company, slots)}"
        return Answer(q.text, "clarify", text, company=company.name, metric=slots.metric,
                      segment=self._segment(slots), template="periods_held", sql=_sql("periods_held"),
                      confidence=50, kind="value")

    # -- replies without figures ---------------------------------------------------------------
    def _help(self, text: str) -> Answer:
        body = ("Ask about a figure in the releases: a metric, a period and, if you like, a region or product. "
                "For example: " + "; ".join(f"“{e}”" for e in EXAMPLES) + ".")
        return Answer(text, "abstained", body, confidence=100, kind="help")

    def _offtopic(self, q: Question) -> Answer:
        if q.periods or q.company:  # it asks for a figure, but not one the releases report
            company = self.vocab.company(q.company) or (self.vocab.companies[0] if len(self.vocab.companies) == 1
                                                       else None)
            held = ""
            if company:
                rows = self.con.execute(TEMPLATES["metrics_held"], [company.key]).fetchall()
                names = [BY_KEY[m].name for m, _ in rows[:10] if m in BY_KEY]
                held = f" The releases of {company.name} report: {join_words(names)}." if names else ""
            return Answer(q.text, "abstained", f"I find no figure by that name in the releases.{held}",
                          company=company.name if company else None, confidence=70, kind="value")
        body = ("I answer questions about the figures in company earnings releases, and I don't find one in that. "
                "Try: " + "; ".join(f"“{e}”" for e in EXAMPLES[:3]) + ".")
        return Answer(q.text, "abstained", body, confidence=90, kind="help")

    def _abstain(self, text: str, body: str) -> Answer:
        return Answer(text, "abstained", body, confidence=60, kind="help")

    def _clarify(self, text: str, body: str, company: Company | None) -> Answer:
        return Answer(text, "clarify", body, company=company.name if company else None, confidence=40, kind="help")

    # -- small helpers -------------------------------------------------------------------------
    def _segment(self, slots: Context) -> str | None:
        parts = [GEO_DISPLAY.get(slots.geo, slots.geo) if slots.geo else "", slots.product]
        seg = " / ".join(p for p in parts if p)
        return seg or None

    def _segment_text(self, slots: Context) -> str:
        seg = self._segment(slots)
        return f" ({seg})" if seg else ""

    def _what(self, slots: Context) -> str:
        return _mname(slots.metric) + self._segment_text(slots)

    def _confidence(self, q: Question, slots: Context) -> int:
        score = q.metric_score if q.metric else 85
        if not q.periods:
            score -= 5
        if q.product_words and not slots.product:
            score -= 5 * len(q.product_words)
        return int(max(0, min(100, score)))


def _mname(metric: str) -> str:
    return BY_KEY[metric].name if metric in BY_KEY else metric.removeprefix(LABEL_PREFIX)


class _Reply(Exception):
    def __init__(self, answer: Answer, context: Context | None = None):
        self.answer, self.context = answer, context


def _sql(template: str) -> str:
    return " ".join(TEMPLATES[template].split())


def _when(label: str, word: str = "for", date_word: str = "at") -> str:
    """'for Q3 2007', or 'at September 30, 2007' for a balance-sheet date."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", label or "")
    if m:
        return f"{date_word} {calendar.month_name[int(m.group(2))]} {int(m.group(3))}, {m.group(1)}".strip()
    return f"{word} {label}".strip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sources(citations: list[Citation]) -> str:
    return "".join(f"\n  [{c.doc}, line {c.line}] {c.quote}" for c in citations)
