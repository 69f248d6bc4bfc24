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
from chat import wording
from chat.wording import cap as _cap, change_sentence, metric_name as _mname, sources as _sources, \
    value_sentence, when as _when
from chat.periods import RELATIVE_TO_LATEST, PeriodSpec, merge_with_context, quarter_end_instant
from chat.question import LABEL_PREFIX, Question, _stem, understand, with_variant
from chat.vocab import Company, StoreVocabulary
from knowledge.confusables import lookalike_key, looks_alike
from knowledge.lookup import FactLookup
from knowledge.store import connect
from knowledge.templates import TEMPLATES
from knowledge.vocabulary import BY_KEY, GEO_DISPLAY
from parsers.periods import Period, month_end

ROUNDING = 0.002  # releases round; figures closer than this are the same figure
# How sure the reading of a metric must be before a number is given (rapidfuzz score, 0-100), and how
# far the best reading must stand above the next one; below either, the engine abstains or asks back.
CONFIDENCE_FLOOR = 85
READING_MARGIN = 3
DERIVED = {  # metric: (how, first input, second input), tried in order
    "gross_margin": [("sub", "revenue", "cost_of_revenue")],
    "gross_margin_pct": [("ratio", "gross_margin", "revenue"), ("ratio_sub", "revenue", "cost_of_revenue")],
    "operating_margin_pct": [("ratio", "operating_income", "revenue")],
    "net_margin_pct": [("ratio", "net_income", "revenue")],
    "sales_and_marketing": [("add", "selling_expense", "marketing")],
}
METRIC_READINGS = {  # what a question's metric may be printed as, in order of preference (named so in the answer)
    "eps": ["eps_diluted", "eps", "eps_basic"], "eps_diluted": ["eps_diluted", "eps"],
    "eps_basic": ["eps_basic", "eps_diluted", "eps"],
    "net_income": ["net_income", "net_income_common"],
    "weighted_shares": ["weighted_shares", "weighted_shares_diluted", "weighted_shares_basic"]}
STATEMENTS = {"income", "balance", "cash_flow"}
BASIS_NAMES = {"": "as reported (GAAP)", "non-gaap": "non-GAAP (adjusted)", "constant-currency": "in constant currency",
               "guidance": "as guidance", "reconciling": "as a reconciling item", "part": "as a part of the figure",
               "change": "as a change (the release states the change, not the figure)"}
EXAMPLES = ["Q3 2007 revenue", "Q3 2007 US revenue growth", "net loss per share for the nine months of 2007",
            "total assets at September 30, 2007", "what do you have for Q3 2007?"]


@dataclass
class Context:
    """The typed query a question resolves into; its slots persist between the questions of one
    conversation, and a follow-up reuses them."""

    company: str | None = None
    metric: str | None = None
    geo: str = ""
    product: str = ""
    period: PeriodSpec | None = None
    intent: str = "value"
    others: tuple[PeriodSpec, ...] = ()  # further periods this question names ("Q3 2007 vs Q3 2006")
    basis: str = ""  # "" as reported, "non-gaap", "constant-currency", "guidance"
    operation: str = ""  # arithmetic on cited figures: "sum", "average", "difference"
    implied: str = ""  # how the period was read when the question named none or said "latest" (for the wording)
    default_company: str | None = None  # `--company`, a batch line's "company": kept across questions
    options: tuple[str, ...] = ()  # after a question back: the question as each choice offered asks it


@dataclass
class Resolved:
    """A question read once: the understanding, the typed query (slots), the company it is about,
    and — when the question ends before any figure is looked up — the reply."""

    question: Question | None
    slots: Context | None
    company: "Company | None"
    reply: Answer | None
    context: Context


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
    basis: str = ""
    table_class: str = ""

    @property
    def authority(self) -> int:
        """A financial statement outranks any other table, and a table outranks prose."""
        if self.source != "table":
            return 0
        return 2 if self.table_class in STATEMENTS else 1

    @property
    def citation(self) -> Citation:
        return Citation(self.doc, self.line, self.quote, self.doc_id)


class Engine:
    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self._lookup = FactLookup(connect(self.db_path, read_only=True))  # per-company templates from one fetch
        self.vocab = StoreVocabulary.load(self._lookup)

    @property
    def con(self) -> FactLookup:
        return self._lookup

    @con.setter
    def con(self, connection) -> None:
        """A fresh read-only connection for the next piece of work (the chat opens one per question
        and closes it, so another process may ingest meanwhile); what was learnt of the store stays."""
        if isinstance(connection, FactLookup):
            self._lookup = connection
        else:
            self._lookup.raw = connection

    def close(self) -> None:
        self._lookup.raw.close()

    def reload(self) -> None:
        """After an ingest: reopen read-only and rebuild the vocabulary."""
        self._lookup.raw.close()
        self._lookup = FactLookup(connect(self.db_path, read_only=True))
        self.vocab = StoreVocabulary.load(self._lookup)

    def find_company(self, name: str) -> Company | None:
        """The company a name or ticker names (`ask --company`, a batch line's "company"), read as a
        question reads it: whole name, a distinctive name word, or a ticker. A name that fits two
        companies (a ticker two of them give, a look-alike name) is refused, never one of them picked."""
        from chat.question import _company as read_company, normalize
        key, _, choices = read_company(normalize(name, self.vocab), self.vocab)
        if choices:
            names = ", ".join(sorted(c.name for k in choices if (c := self.vocab.company(k)) is not None))
            raise ValueError(f"{name!r} names more than one company ({names}); name one of them in full")
        if key is None and name.strip():
            key = self.vocab.companies.ticker(name.strip().lower())
        return self.vocab.company(key)

    def context_for(self, company: str | None) -> Context:
        """A fresh conversation whose questions default to `company` (None: no default). An unknown
        name raises ValueError saying so, with the closest names held."""
        if not company:
            return Context()
        found = self.find_company(company)
        if found is None:
            raise ValueError(wording.no_releases_of(company, [c.name for c in self.vocab.companies[:5]],
                                                    len(self.vocab.companies)))
        return Context(default_company=found.key)

    # -- entry point ---------------------------------------------------------------------------
    def ask(self, text: str, context: Context | None = None) -> tuple[Answer, Context]:
        start = time.perf_counter()
        context = context or Context()
        chosen = _chosen(text, context.options)
        asked = text
        if chosen is not None:  # "the first one": the question back answered by its choice
            text = context.options[chosen]
        try:
            answer, new_context = self._ask(text, context)
        except _Reply as reply:
            answer, new_context = reply.answer, reply.context or context
        except Exception as exc:  # a bug must cost one answer, never the batch or the chat
            answer = Answer(text, "abstained", f"Sorry, that question could not be answered "
                                               f"({type(exc).__name__}: {exc}).", kind="help")
            new_context = context
        if answer.unit == UNSTATED and answer.status == "answered":
            _note_unstated(answer)
        elif answer.status == "answered" and answer.unit not in CONTRACT_UNITS:
            _note_other_currency(answer)
        options = tuple(getattr(answer, "options", ()))
        if options or new_context.options:
            new_context = replace(new_context, options=options)
        if chosen is not None:
            answer.question = asked
        answer.elapsed_ms = round((time.perf_counter() - start) * 1000, 3)
        return answer, new_context

    def _ask(self, text: str, ctx: Context) -> tuple[Answer, Context]:
        resolved = self.resolve(text, ctx)
        if resolved.reply is not None:
            return resolved.reply, resolved.context
        handler = self._handlers()[resolved.slots.intent]
        return handler(resolved.question, resolved.company, resolved.slots), resolved.slots

    def _handlers(self) -> dict:
        """One handler per intent; each gets the question resolved once into its typed query."""
        return {"value": self._value_intent, "change": self._change_intent, "compare": self._compare_intent,
                "share": self._share_intent, "trend": self._trend,
                "arithmetic": self._arithmetic_intent}

    def resolve(self, text: str, ctx: Context | None = None) -> "Resolved":
        """The question read once into its typed query (the slots), or the reply that ends it early:
        off-topic text, unexplained words, a missing company or period, a doubtful reading."""
        ctx = ctx or Context()
        partial = Resolved(None, None, None, None, ctx)
        try:
            return self._resolve_query(text, ctx, partial)
        except _Reply as reply:
            partial.reply, partial.context = reply.answer, reply.context or ctx
            return partial

    def _resolve_query(self, text: str, ctx: Context, partial: "Resolved") -> "Resolved":
        def early(answer: Answer, context: Context) -> Resolved:
            partial.reply, partial.context = answer, context
            return partial

        q = slots = None
        if len(text) > 2000:
            return early(self._abstain(text, "That question is too long to read as one question (over 2,000 "
                                             "characters). Ask about one figure at a time."), ctx)
        if not text.strip():
            return early(self._help(text), ctx)
        q = partial.question = understand(text, self.vocab)
        if q.intent == "help":
            return early(self._help(text), ctx)
        slots = partial.slots = self._slots(q, ctx)
        if q.unknown and q.metric is None and (q.company or q.periods):
            return early(self._unknown_words(q, slots), Context())
        if slots.metric is None and q.intent != "inventory" and q.company is None:
            return early(self._offtopic(q), Context())  # before asking "which company?" about the weather
        if q.across and slots.metric and not q.unknown and not q.unsupported and (
                q.company is None or q.across == "companies"):  # over companies, not about one
            from chat import across
            return early(across.answer(self, q, slots), Context(default_company=ctx.default_company))
        if q.across in ("rank", "filter") and q.company is not None:  # "the top 3 prepaid expenses" of one company
            return early(self._abstain(text, wording.unsupported_operation("ranking of one table's rows",
                                                                           _mname(slots.metric or ""))), slots)
        if q.company is None:
            missing = self._company_not_held(q)
            if missing is not None:
                return early(missing, Context(default_company=ctx.default_company))
        company = partial.company = self._company(q, slots)
        slots.company = company.key
        if q.intent == "inventory":
            return Resolved(q, slots, company, self._inventory(q, company, slots), slots)
        if q.intent == "fiscal_year":
            return Resolved(q, slots, company, self._fiscal_year(q, company), slots)
        if slots.metric is None:
            return early(self._offtopic(q), Context())
        if q.unsupported:
            return early(self._abstain(text, wording.unsupported_operation(q.unsupported, _mname(slots.metric))), slots)
        if q.unknown:
            return early(self._unknown_words(q, slots, company), slots)
        if q.metric is not None and q.metric_score < CONFIDENCE_FLOOR:
            return early(self._abstain(text, f"I could not tell which figure you mean by “{text}”."), ctx)
        if q.runner_up and q.runner_up[1] >= q.metric_score - READING_MARGIN and q.metric_score < 100:
            return early(self._clarify(text, f"Did you mean {_mname(q.metric)} or {_mname(q.runner_up[0])}?",
                                       company), ctx)
        if q.unknown_place:
            return early(self._unknown_place(q, company, slots), slots)
        if q.product_words and (q.metric is not None or is_followup(q)):  # "and Devices?" replaces the segment
            slots.product = self._product(q, company, slots)
        if slots.period is None and slots.intent != "trend" and not q.periods:
            slots.period, slots.implied = PeriodSpec("latest"), "latest"  # no period named: the latest held
        if slots.period is not None and slots.period.kind in RELATIVE_TO_LATEST | {"rel_year", "rel_quarter"}:
            pinned = self._pin_latest(q, company, slots)
            if pinned is not None:
                return early(pinned, slots)
        if slots.period is None and slots.intent != "trend":
            return early(self._missing_period(q, company, slots), slots)
        return Resolved(q, slots, company, None, slots)

    # -- periods read against the latest release ------------------------------------------------
    def _held(self, company: Company, slots: Context) -> list[tuple[int, int, int]]:
        """(months, end year, end month) of the actual figures held for the metric, place and product."""
        rows = self.con.actual_periods_held(company.key, slots.metric, slots.geo, slots.product)
        return [(months, y, m) for _, months, y, m in rows if months is not None and y is not None]

    def _pin_latest(self, q: Question, company: Company, slots: Context) -> Answer | None:
        """'latest', 'last quarter', 'this year', 'trailing twelve months' and a question naming no
        period, read against the latest figures the store holds for the company: the spec becomes
        the concrete period (or, for the trailing twelve months, the four quarters to add). Returns
        the reply that ends the question when nothing held fits."""
        kind = slots.period.kind
        flow = self._flow(company, slots.metric)
        held = self._held(company, slots)
        for _, first, _ in DERIVED.get(slots.metric, ()) if not held else ():  # a margin: its inputs' periods
            held = self._held(company, replace(slots, metric=first))
            if held:
                break
        if not held:
            slots.period = None
            return self._not_held(q, company, slots, None)
        if not flow:
            key = max(held, key=lambda k: (k[1], k[2], -k[0]))
            slots.period, slots.implied = _spec_of(key), slots.implied or kind
            return None
        if kind == "ttm":
            end = max(held, key=lambda k: (k[1], k[2]))
            y, m = end[1], end[2]
            keys = []
            for back in range(4):
                yy, mm = _months_back(y, m, 3 * back)
                keys.append((3, yy, mm))
            slots.period, slots.others = _spec_of(keys[0]), tuple(_spec_of(k) for k in keys[1:])
            slots.operation, slots.intent, slots.implied = "sum", "arithmetic", "ttm"
            return None
        if kind == "year_ago_quarter":  # the latest quarter held, a year back (held or not: then it says so)
            quarters = [k for k in held if k[0] == 3]
            if not quarters:
                slots.period = None
                return self._not_held(q, company, slots, None)
            _, y, m = max(quarters, key=lambda k: (k[1], k[2]))
            slots.period, slots.implied = _spec_of((3, y - 1, m)), slots.implied or kind
            return None
        if kind in ("latest_quarter",) or (kind == "rel_quarter"):
            pool = [k for k in held if k[0] == 3]
        elif kind in ("latest_year", "rel_year"):
            pool = [k for k in held if k[0] == 12]
        else:
            pool = held
        if not pool:
            slots.period = None
            return self._not_held(q, company, slots, None)
        end = max((k[1], k[2]) for k in pool)
        at_end = [k for k in pool if (k[1], k[2]) == end]
        if kind == "this_year":
            key = max(at_end)  # the longest period ending then: the year to date
        else:
            key = min(at_end, key=lambda k: (k[0] != 3, k[0]))  # the quarter where one ends then
        slots.period = _spec_of(key)
        slots.implied = slots.implied or kind
        return None

    def _company_not_held(self, q: Question) -> Answer | None:
        """A company the question names by words no store company has ('Quarry Hill Mills diluted EPS'):
        'I hold no releases of …', with the closest names, never 'which company?'."""
        phrase = _named_phrase(q)
        if not phrase:
            return None
        near: list[str] = []
        for word in re.findall(r"[a-z]+", phrase.lower()):
            close = self.vocab.companies.near_name_word(word, 75) if len(word) >= 4 else None
            for key in self.vocab.companies.by_name_word(close) if close else ():
                company = self.vocab.company(key)
                if company and company.name not in near:
                    near.append(company.name)
        if not near:
            near = [c.name for c in self.vocab.companies[:5]]
        return Answer(q.text, "abstained", wording.no_releases_of(phrase, near, len(self.vocab.companies)),
                      confidence=80, kind="help")

    def _value_intent(self, q: Question, company: Company, slots: Context) -> Answer:
        return self._value(q, company, slots, self._flow(company, slots.metric))

    def _change_intent(self, q: Question, company: Company, slots: Context) -> Answer:
        return self._change(q, company, slots, compare=False)

    def _compare_intent(self, q: Question, company: Company, slots: Context) -> Answer:
        if q.other_geos:
            return self._compare_places(q, company, slots, self._flow(company, slots.metric))
        return self._change(q, company, slots, compare=True)

    def _share_intent(self, q: Question, company: Company, slots: Context) -> Answer:
        return self._share(q, company, slots, self._flow(company, slots.metric))

    # -- slots ---------------------------------------------------------------------------------
    def _slots(self, q: Question, ctx: Context) -> Context:
        if not is_followup(q):
            ctx = Context(default_company=ctx.default_company)  # a new question: nothing of the last one carries over
        slots = Context(
            company=q.company or ctx.company or ctx.default_company,
            default_company=ctx.default_company,
            metric=q.metric or with_variant(ctx.metric, q.variant),
            geo=q.geo if q.geo is not None else ("" if q.metric is not None else ctx.geo),
            product="" if (q.metric is not None or q.geo is not None) else ctx.product,
            period=ctx.period,
            intent=q.intent if q.intent != "value" or q.metric is not None else ctx.intent,
        )
        periods = order_periods(q.periods, q.intent)
        if periods:
            slots.period = merge_with_context(periods[0], ctx.period)
        if q.intent == "value" and q.metric is not None:
            slots.intent = "value"
        slots.basis = q.basis if (q.basis_named or q.metric is not None) else ctx.basis
        slots.others = tuple(merge_with_context(p, slots.period) for p in periods[1:])
        slots.operation = q.operation or (ctx.operation if slots.intent == "arithmetic" else "")
        if q.periods or not ctx.implied:
            slots.implied = ""
        else:
            slots.implied = ctx.implied
        return slots

    def _company(self, q: Question, slots: Context) -> Company:
        if q.company_choices and not q.company:
            raise _Reply(self._which_of(q), slots)
        if slots.company:
            company = self.vocab.company(slots.company)
            twin = self._lookalike_of(company)
            if twin:
                raise _Reply(self._which_of(replace(q, company=None, company_choices=[company.key, twin.key])), slots)
            if company:
                return company
        if len(self.vocab.companies) == 1:
            return self.vocab.companies[0]
        if not self.vocab.companies:
            raise _Reply(self._abstain(q.text, "The store holds no releases yet. Ingest some with "
                                               "`filings-chat ingest PATH`."))
        names = [c.name for c in self.vocab.companies[:8]]
        # the question stands, less its company: "for Oracle" answers it
        reply = self._clarify(q.text, wording.which_company(names, len(self.vocab.companies)), None)
        reply.options = [f"{q.text} for {name}" for name in names]
        raise _Reply(reply, slots)

    def _lookalike_of(self, company: Company | None) -> Company | None:
        """The held company whose name a company's name imitates with look-alike letters of another
        script (found by key: the imitated name is the one in plain letters). Its figures are never
        answered under a name that prints like the other's: the reply asks which is meant."""
        if company is None or company.name.isascii():
            return None
        key = lookalike_key(company.name)
        twin = self.vocab.company(key) if key and key != company.key else None
        return twin if twin is not None and looks_alike(company.name, twin.name) else None

    def _which_of(self, q: Question) -> Answer:
        """A ticker two companies give, or a name word two companies' names share: never answered
        from one of them. When their names print alike (look-alike letters of another script), the
        reply says so."""
        companies = [c for c in (self.vocab.company(k) for k in q.company_choices) if c]
        names = join_words([c.name for c in companies])
        tickers = {c.ticker for c in companies}
        shared = f" (each gives the ticker {tickers.pop()})" if len(tickers) == 1 and None not in tickers else ""
        body = f"Which company? The question may mean {names}{shared}."
        if any(looks_alike(a.name, b.name) for i, a in enumerate(companies) for b in companies[i + 1:]):
            body += (" Their names print alike but are spelled with different letters (look-alike letters of "
                     "another script): they are different companies.")
        return self._clarify(q.text, body, None)

    def _product(self, q: Question, company: Company, slots: Context) -> str:
        candidates = self.vocab.products.get((company.key, slots.metric), [])
        key = self._resolve(slots.period, company, self._flow(company, slots.metric)) if slots.period else None
        if key:  # prefer products the store holds for this place and period
            held = self.con.products_for_period(company.key, slots.metric, slots.geo, key)
            candidates = sorted(held, key=len) + [c for c in candidates if c not in held]
        best, best_score = "", 0.0
        for product in candidates:
            words = re.findall(r"[a-z]+", product.lower())
            hits = sum(1 for w in q.product_words if any(fuzz.ratio(w[:6], pw[:6]) >= 84 for pw in words))
            score = hits / len(q.product_words) + 0.01 * hits - 0.001 * len(words)
            if hits and score > best_score + 0.01:
                best, best_score = product, score
        unexplained = [w for w in q.product_words if w not in self._metric_words(company, slots.metric)]
        if not best and not unexplained:
            q.product_words = []  # every word names the metric itself
        if not best and unexplained:  # words that name no place, product or line of business held: no number
            q.product_words = unexplained
            raise _Reply(self._abstain(q.text, f"I find no figures about “{' '.join(q.product_words)}” in the "
                                               f"releases. " + self._held_text(company, slots)))
        return best

    def _metric_words(self, company: Company, metric: str) -> set[str]:
        """Words that name the metric itself: its synonyms and the labels it is printed under
        ('depletion' in 'Depreciation, depletion and amortization', 'outstanding' in shares)."""
        words: set[str] = set()
        if metric in BY_KEY:
            for phrase in BY_KEY[metric].synonyms + (BY_KEY[metric].name,):
                words.update(re.findall(r"[a-z]+", phrase.lower()))
        for label in self.con.labels_for_metric(company.key, metric):
            words.update(re.findall(r"[a-z]+", label.lower().replace("'", "")))
        return words | {w.rstrip("s") for w in words} | {w + "s" for w in words}

    def _flow(self, company: Company, metric: str) -> bool:
        """Balance-sheet figures stand at a date; everything else covers a span of months."""
        if metric in BY_KEY:
            return BY_KEY[metric].flow
        held = self.con.periods_held(company.key, metric)
        return not held or any(months for _, months, _, _ in held)

    # -- period helpers ------------------------------------------------------------------------
    def _resolve(self, spec: PeriodSpec, company: Company, flow: bool,
                 metric: str | None = None) -> tuple[int, int, int] | None:
        if spec.kind == "instantq":
            spec = quarter_end_instant(spec, company.fye, company.fy_offset)
        if spec.kind == "YTDQ":
            return self._year_to_date(spec, company, metric)
        key = spec.resolve(company.fye, flow, company.fy_offset)
        if key and metric and spec.kind in ("year", "FY") and spec.year:
            return self._year_end_held(company, metric, key)
        return key

    def _year_end_held(self, company: Company, metric: str, key: tuple[int, int, int]) -> tuple[int, int, int]:
        """'2019' of a company whose figures of that length (years, or balance-sheet dates) all end in one
        month other than its calendar's ('June 30, 2019' and 'June 30, 2018' only): the year ending in that
        month of 2019 — the releases' own year end, where the store's calendar for the company is not known."""
        months, y, m = key
        held = self.con.periods_held(company.key, metric)
        ends = {hm for _, hmonths, _, hm in held if hmonths == months}
        if len(ends) == 1 and (m not in ends) and not any(hy == y and hm == m for _, hmonths, hy, hm in held):
            return months, y, ends.pop()
        return key

    def _year_to_date(self, spec: PeriodSpec, company: Company, metric: str | None) -> tuple[int, int, int] | None:
        """'YTD 2007': the longest year-to-date period of that fiscal year the store holds."""
        if not metric or spec.year is None or not company.key:
            return None
        held = self.con.periods_held(company.key, metric)
        spans = []
        for _, months, y, m in held:
            if months in (6, 9):
                p = Period(month_end(y, m), months)
                if p.fiscal(company.fye, company.fy_offset)[0] == spec.year:
                    spans.append((months, y, m))
        return max(spans) if spans else None

    def _label(self, key: tuple[int, int, int], company: Company, rows: list[Fact] | None = None) -> str:
        if rows:
            return rows[0].period_label
        months, y, m = key
        return Period(month_end(y, m), months).label(company.fye, company.fy_offset)

    def _facts(self, template: str, params: list, basis: str = "") -> list[Fact]:
        """Facts of the basis asked for, latest release first; within a release the statement
        before other tables, and tables before prose."""
        facts = [Fact(*row) for row in self.con.run(template, params)]
        facts = [_scale_checked(f) for f in facts if _basis_fits(f, basis)]
        facts.sort(key=lambda f: (f.release_date is None, -(f.release_date.toordinal() if f.release_date else 0),
                                  -f.doc_id, -f.authority, f.line))
        return facts

    # -- value ---------------------------------------------------------------------------------
    def _value(self, q: Question, company: Company, slots: Context, flow: bool) -> Answer:
        key = self._resolve(slots.period, company, flow, slots.metric)
        if key is None:
            return self._missing_period(q, company, slots)
        template = "value_for_period"
        metric, rows = self._rows_for(q, company, slots, key)
        if not rows and key[0] == 0:  # a balance printed in a year's column (cash at the end of a cash-flow year)
            metric, rows = self._rows_for(q, company, slots, (12, key[1], key[2]))
        if not rows:
            derived = self._derived(q, company, slots, key)
            if derived:
                return derived
            other_basis = self._other_bases(company, slots, key)
            if other_basis:
                return self._not_held(q, company, slots, key, other_basis)
            return self._not_held(q, company, slots, key)
        if len({r.unit for r in rows}) > 1:  # a printed label over amounts and over growth rates alike
            wanted = "percent" if q.wants_percent else None
            rows = [r for r in rows if (r.unit == "percent") == (wanted == "percent")] or rows
        conflict = self._conflict(q, company, slots, rows)
        if conflict:
            return conflict
        best = rows[0]
        others = self._disagreeing(best, rows)
        seg = self._segment_text(slots)
        name = _mname(metric)
        note = wording.IMPLIED.get(slots.implied, "") if slots.implied else ""
        text = value_sentence(f"{name}{seg}", best.period_label, figure(best.value, best.unit), company.name, note)
        citations = [best.citation]
        if slots.implied:  # the longer period the same release gives, ending the same day ("the full year")
            for longer in self._same_end(q, company, slots, key, best):
                text += wording.same_end_sentence(name + seg, longer.period_label, figure(longer.value, longer.unit))
                if longer.citation not in citations:
                    citations.append(longer.citation)
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

    def _rows_for(self, q: Question, company: Company, slots: Context, key) -> tuple[str, list[Fact]]:
        """The figures of the metric (in the first reading the store holds) for one period, best first."""
        metric = slots.metric
        rows: list[Fact] = []
        for candidate in self._readings(q, metric):
            rows = self._facts("value_for_period", [company.key, candidate, slots.geo, slots.product, *key], slots.basis)
            if candidate != metric and candidate == "gross_margin_pct":
                rows = [r for r in rows if r.label.lower().endswith("gross margin")]
            if candidate == "eps_diluted" and metric == "eps_basic":
                rows = [r for r in rows if re.search(r"basic", r.label, re.I)]  # "basic and diluted" only
            if rows:
                return candidate, _named_row(q, rows)
        return metric, rows

    @staticmethod
    def _readings(q: Question, metric: str) -> list[str]:
        """The metrics a question's metric may be printed as, in order; "gross margin" is first the
        row the release itself calls gross margin (a percentage where it prints one)."""
        if metric == "gross_margin" and "margin" in q.metric_phrase:
            return ["gross_margin_pct", "gross_margin"]
        return METRIC_READINGS.get(metric, [metric])

    def _same_end(self, q: Question, company: Company, slots: Context, key, best: Fact) -> list[Fact]:
        """Figures of the same release for longer periods ending the same day (the year of a Q4)."""
        out = []
        for months, y, m in self._held(company, slots):
            if (y, m) == (key[1], key[2]) and months > key[0]:
                _, rows = self._rows_for(q, company, slots, (months, y, m))
                rows = [r for r in rows if r.doc_id == best.doc_id]
                if rows:
                    out.append(rows[0])
        return out[-1:]

    # -- arithmetic on cited figures -----------------------------------------------------------
    def _arithmetic_intent(self, q: Question, company: Company, slots: Context) -> Answer:
        """TAT-QA's TagOp idea: the evidence figures found one per period, then a fixed operator
        applied to them — sum, average, difference (an amount) — with the formula shown and every
        input cited. A figure missing for any period means no answer."""
        flow = self._flow(company, slots.metric)
        specs = _filled_years([slots.period, *slots.others]) if slots.operation != "difference" else \
            [slots.period, *slots.others]
        keys = [self._resolve(s, company, flow, slots.metric) for s in specs]
        if any(k is None for k in keys):
            return self._missing_period(q, company, slots)
        if slots.operation == "difference":
            if len(keys) == 1:
                base = self._resolve(slots.period.previous_year(), company, flow, slots.metric) if flow else \
                    self._instant_base(company, slots, keys[0])
                if base is None:
                    return self._not_held(q, company, slots, keys[0])
                keys.append(base)
            keys = sorted(keys[:2], key=lambda k: (k[1], k[2], k[0]), reverse=True)  # later minus earlier
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2:
            return self._not_held(q, company, slots, keys[0], wording.one_period_only(self._what(slots)))
        facts: list[Fact] = []
        metric = slots.metric
        for key in keys:
            fact = self._quarter_fact(q, company, slots, key) if slots.implied == "ttm" else None
            if fact is None:
                metric, rows = self._rows_for(q, company, slots, key)
                if not rows:
                    return self._not_held(q, company, slots, key)
                conflict = self._conflict(q, company, slots, rows)
                if conflict:
                    return conflict
                same = [r for r in rows if facts and r.doc_id == facts[0].doc_id]
                fact = (same or rows)[0]  # from one release where it gives them all
            facts.append(fact)
        if len({f.unit for f in facts}) > 1:
            return self._not_held(q, company, slots, keys[0], wording.mixed_units(self._what(slots)))
        op = slots.operation
        if op != "difference":  # added or averaged in the order of time
            facts.sort(key=lambda f: (f.end_year, f.end_month, f.months))
        values = [f.value for f in facts]
        unit = facts[0].unit
        if op == "sum":
            value = sum(values)
            formula = " + ".join(figure(v, unit) for v in values)
        elif op == "average":
            value = sum(values) / len(values)
            formula = f"({' + '.join(figure(v, unit) for v in values)}) / {len(values)}"
        elif values[0] <= 0 and values[1] < 0 and unit != "percent" and not _two_way(facts[0].label):  # an expense
            value = abs(values[0]) - abs(values[1])
            formula = f"{figure(abs(values[0]), unit)} − {figure(abs(values[1]), unit)} (sizes of figures printed negative)"
        else:
            value = values[0] - values[1]
            formula = f"{figure(values[0], unit)} − {figure(values[1], unit)}"
        labels = [f.period_label for f in facts]
        if slots.implied == "ttm":
            labels = [wording.IMPLIED["ttm"] + " (" + ", ".join(labels) + ")"]
        what = _mname(metric) + self._segment_text(slots)
        text = wording.arithmetic_sentence(op, what, company.name, labels, formula, figure(value, unit))
        citations: list[Citation] = []
        for f in facts:
            for c in getattr(f, "derived_from", None) or [f.citation]:
                if c not in citations:
                    citations.append(c)
        return Answer(q.text, "answered", text + _sources(citations), value=round(value, 6), unit=unit,
                      company=company.name, metric=metric, segment=self._segment(slots), period=facts[0].period_label,
                      citations=citations, template="value_for_period", sql=_sql("value_for_period"),
                      confidence=max(0, self._confidence(q, slots) - 5), kind="arithmetic",
                      rows=[{"period": f.period_label, "value": f.value, "unit": f.unit} for f in facts])

    def _quarter_fact(self, q: Question, company: Company, slots: Context, key) -> Fact | None:
        """A quarter the releases print, else one the year-to-date figures give: nine months less six,
        the year less nine months (both from one release, both cited)."""
        _, rows = self._rows_for(q, company, slots, key)
        if rows:
            return rows[0]
        _, y, m = key
        for months in (6, 9, 12):
            py, pm = _months_back(y, m, 3)
            _, longer = self._rows_for(q, company, slots, (months, y, m))
            _, shorter = self._rows_for(q, company, slots, (months - 3, py, pm))
            pair = self._pair(longer, shorter)
            if pair:
                a, b = pair
                fact = replace(a, value=a.value - b.value, months=3,
                               period_label=f"{self._label(key, company)} ({a.period_label} less {b.period_label})")
                fact.derived_from = [a.citation, b.citation]
                return fact
        return None

    def _conflict(self, q: Question, company: Company, slots: Context, rows: list[Fact]) -> Answer | None:
        """One release printing two different values for the same figure (a quarter and a
        year-to-date figure read as one period, a GAAP and an adjusted figure): neither is the
        headline; both are listed with their lines, and the user is asked which is meant."""
        best = rows[0]
        tier = [r for r in rows if r.doc_id == best.doc_id and r.authority == best.authority and r.unit == best.unit]
        distinct: list[Fact] = []
        for r in tier:
            if all(abs(r.value - d.value) > ROUNDING * max(abs(d.value), 1e-9) for d in distinct):
                distinct.append(r)
        if len(distinct) < 2:
            return None
        listing = "; ".join(f"{figure(r.value, r.unit)} (line {r.line}: “{r.label}”)" for r in distinct[:4])
        text = (f"{best.doc} prints more than one figure for {self._what(slots)} {_when(best.period_label)}: "
                f"{listing}. Which one do you mean?")
        citations = [r.citation for r in distinct[:4]]
        reply = Answer(q.text, "clarify", text + _sources(citations), company=company.name, metric=slots.metric,
                       segment=self._segment(slots), period=best.period_label, citations=citations,
                       template="value_for_period", sql=_sql("value_for_period"), confidence=40, kind="value",
                       body=text)
        if len({r.label for r in distinct[:4]}) == len(distinct[:4]):  # each choice named by its printed label
            reply.options = [f"{q.text} {r.label}" for r in distinct[:4]]
        return reply

    def _other_bases(self, company: Company, slots: Context, key) -> str | None:
        """When the figure is held only on another basis, say which (and give no number)."""
        rows = [Fact(*r) for r in self.con.value_for_period(company.key, slots.metric, slots.geo, slots.product, key)]
        bases = sorted({r.basis for r in rows} - {slots.basis})
        if not rows or not bases:
            return None
        label = rows[0].period_label
        held = join_words([BASIS_NAMES.get(b, b) for b in bases])
        return (f"The releases give {self._what(slots)} {_when(label)} only {held}, not "
                f"{BASIS_NAMES.get(slots.basis, slots.basis)}.")

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
            a_rows = self._facts("value_for_period", [company.key, a_metric, "", "", *key], slots.basis)
            b_rows = self._facts("value_for_period", [company.key, b_metric, "", "", *key], slots.basis)
            pair = self._pair(a_rows, b_rows)
            if not pair or not pair[1].value or (how in ("sub", "add") and pair[0].unit != pair[1].unit):
                continue
            a, b = pair
            value, unit = {
                "sub": (a.value - abs(b.value), a.unit),
                "add": (abs(a.value) + abs(b.value), a.unit),
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
            rows = self._facts("value_for_period", [company.key, slots.metric, geo, slots.product, *key], slots.basis)
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
        part = self._facts("value_for_period", [company.key, slots.metric, slots.geo, slots.product, *key], slots.basis)
        total = self._facts("value_for_period", [company.key, slots.metric, "", "", *key], slots.basis)
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
        keys = [self._resolve(s, company, flow, slots.metric) for s in specs]
        if any(k is None for k in keys):
            return self._missing_period(q, company, slots)
        if len(keys) == 1:
            cur = keys[0]
            if flow:
                base = self._resolve(slots.period.previous_year(), company, flow, slots.metric)
            else:
                base = self._instant_base(company, slots, cur)
                if base is None:
                    return self._not_held(q, company, slots, cur)
        else:
            cur, base = sorted(keys[:2], key=lambda k: (k[1], k[2]), reverse=True)
        template = "values_for_two_periods"
        rows = self._facts(template, [company.key, slots.metric, slots.geo, slots.product, *cur, *base], slots.basis)
        every_cur = [r for r in rows if (r.months, r.end_year, r.end_month) == cur]  # a change stated on any row
        cur_rows = _named_row(q, [r for r in rows if (r.months, r.end_year, r.end_month) == cur])
        base_rows = _named_row(q, [r for r in rows if (r.months, r.end_year, r.end_month) == base])
        if cur_rows and base_rows and {r.label for r in cur_rows} & {r.label for r in base_rows}:
            base_rows = [r for r in base_rows if r.label in {c.label for c in cur_rows}] or base_rows
        for side in (cur_rows, base_rows):  # two rows of one release for the figure: never one of them at random
            conflict = self._conflict(q, company, slots, side) if side else None
            if conflict:
                return conflict
        if slots.basis == "":  # a change the release states without its amounts ("net income grew 31%")
            changes = self._facts("value_for_period", [company.key, slots.metric, slots.geo, slots.product, *cur],
                                  "change")
        else:
            changes = []
        if not cur_rows and not changes:
            return self._not_held(q, company, slots, cur)
        base_label = self._label(base, company, base_rows)
        stated = next((r for r in cur_rows + every_cur + changes if r.change_pct is not None
                       and (r.comp_period is None or r.comp_period == base_label)), None)
        cur_rows = cur_rows or changes
        pair = self._pair(cur_rows, base_rows)
        computed = None
        what = self._what(slots)
        if pair:
            c, b = pair
            if b.value < 0 < c.value or c.value < 0 < b.value:
                if stated is None:  # across zero: no percentage means anything
                    return self._across_zero(q, company, slots, c, b)
            elif b.value < 0 and c.unit != "percent" and not _two_way(c.label):  # an expense printed negative
                computed = (abs(c.value) - abs(b.value)) / abs(b.value) * 100
                what += " (printed as negative figures, compared by size)"
            elif b.value:  # a loss narrowing from -5 to -3 is +40%: the figure rose
                computed = (c.value - b.value) / abs(b.value) * 100
        if stated is None and computed is None:
            return self._not_held(q, company, slots, base, f"I have {self._what(slots)} for {cur_rows[0].period_label} "
                                                            f"but not for {base_label}, so I cannot give the change.")
        c_label = cur_rows[0].period_label
        citations: list[Citation] = []
        parts = []
        if stated is not None:
            value = stated.change_pct
            parts.append(change_sentence(what, value, c_label, base_label, company.name)
                         + f", as the release states ({stated.doc}, line {stated.line}).")
            citations.append(stated.citation)
        else:
            value = round(computed, 2)  # the text says it to one decimal; the value keeps two
        if pair:
            c, b = pair
            b_text, c_text = figures_alike([(b.value, b.unit), (c.value, c.unit)])
            line = (f"From {b_text} {_when(b.period_label, 'in')} to {c_text} "
                    f"{_when(c.period_label, 'in')}: {signed_percent(round(computed, 1))} computed from the two figures")
            line += f" ({c.doc})." if c.doc_id == b.doc_id else f" ({c.doc} and {b.doc})."
            if stated is not None and abs(round(computed) - stated.change_pct) > 1:
                line += " The stated and computed changes differ by more than rounding."
            if stated is None:
                parts.append(change_sentence(what, value, c_label, base_label, company.name) + ".")
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

    def _across_zero(self, q: Question, company: Company, slots: Context, c: Fact, b: Fact) -> Answer:
        """A figure that turns from negative to positive (a loss to a profit) has no percent change:
        both figures are given, cited, and no percentage."""
        text = (f"{_cap(self._what(slots))} of {company.name} went from {figure(b.value, b.unit)} "
                f"{_when(b.period_label, 'in')} to {figure(c.value, c.unit)} {_when(c.period_label, 'in')}: a "
                f"percentage change from a negative figure is not meaningful, so none is given.")
        citations = [c.citation] + ([b.citation] if b.citation != c.citation else [])
        return Answer(q.text, "abstained", text + _sources(citations), company=company.name, metric=slots.metric,
                      segment=self._segment(slots), period=c.period_label, citations=citations,
                      template="values_for_two_periods", sql=_sql("values_for_two_periods"),
                      confidence=self._confidence(q, slots), kind="change")

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
        held = self.con.periods_held(company.key, slots.metric, slots.geo, slots.product)
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
        rows = self._facts(template, [company.key, slots.metric, slots.geo, slots.product, months], slots.basis)
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
                found += self.con.metrics_for_period(company.key, k)
            items = sorted({self._metric_phrase(m, g, p) for m, g, p in found})
            label = slots.period.label(company.fye)
            if not items:
                text = f"I hold nothing for {company.name} for {label}. " + self._periods_overview(company)
                return Answer(q.text, "abstained", text, company=company.name, period=label,
                              template="metrics_for_period", sql=_sql("metrics_for_period"), kind="inventory")
            text = f"For {company.name}, {label}, I have: {join_words(items)}."
            return Answer(q.text, "answered", text, company=company.name, period=label, template="metrics_for_period",
                          sql=_sql("metrics_for_period"), confidence=90, kind="inventory")
        held = self.con.metrics_held(company.key)
        names = [BY_KEY[m].name for m, _ in held if m in BY_KEY]
        text = (f"For {company.name} I have: {join_words(names)}. " + self._periods_overview(company)
                + " Ask for example: " + "; ".join(f"“{e}”" for e in EXAMPLES[:3]) + ".")
        return Answer(q.text, "answered", text, company=company.name, template="metrics_held",
                      sql=_sql("metrics_held"), confidence=90, kind="inventory")

    def _fiscal_year(self, q: Question, company: Company) -> Answer:
        """When the company's fiscal year ends, and how it names its years, as its releases say."""
        month = calendar.month_name[company.fye]
        latest = self.con.latest_document(company.key)
        named = ""
        if latest and latest[1]:
            end = Period(month_end(*_fiscal_end(latest[1], company.fye)), 12)
            fy = end.fiscal(company.fye, company.fy_offset)[0]
            named = (f" Its latest release ({latest[0]}) reports periods of fiscal {fy}, the year ending in "
                     f"{month} {end.end.year}.")
        text = f"{company.name}'s fiscal year ends in {month}" + \
            (" (a 52/53-week year ending near the end of the month)." if latest and latest[2] else ".") + named
        return Answer(q.text, "answered", text, company=company.name, template="latest_document",
                      sql=_sql("latest_document"), confidence=90, kind="inventory")

    def _periods_overview(self, company: Company) -> str:
        rows = self.con.periods_held(company.key, "revenue")
        labels = [r[0] for r in rows]
        return f"Revenue is held for {join_words(labels)}." if labels else ""

    def _metric_phrase(self, metric: str, geo: str, product: str) -> str:
        seg = " / ".join(x for x in (GEO_DISPLAY.get(geo, geo) if geo else "", product) if x)
        return _mname(metric) + (f" ({seg})" if seg else "") if metric in BY_KEY else metric

    def _held_text(self, company: Company, slots: Context) -> str:
        rows = self.con.periods_held(company.key, slots.metric, slots.geo, slots.product)
        if rows:
            return f"I have {self._what(slots)} for {join_words([r[0] for r in rows])}."
        segs = self.con.segments_held(company.key, slots.metric)
        if segs:
            names = [self._metric_phrase(slots.metric, g, p).split("(", 1)[-1].rstrip(")") if (g or p) else "total"
                     for g, p in segs]
            return f"I have {_mname(slots.metric)} for: {join_words(names[:10])}."
        held = self.con.metrics_held(company.key)
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
        segs = self.con.segments_held(company.key, slots.metric)
        places = sorted({GEO_DISPLAY.get(g, g) for g, _ in segs if g})
        held = f" It breaks {_mname(slots.metric)} down by: {join_words(places)}." if places else ""
        text = f"The releases don't report {_mname(slots.metric)} for {q.unknown_place.title()}.{held}"
        return Answer(q.text, "abstained", text, company=company.name, metric=slots.metric, segment=q.unknown_place,
                      template="segments_held", sql=_sql("segments_held"), confidence=80, kind="value")

    def _missing_period(self, q: Question, company: Company, slots: Context) -> Answer:
        rows = self.con.periods_held(company.key, slots.metric, slots.geo, slots.product)
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
                rows = self.con.metrics_held(company.key)
                names = [BY_KEY[m].name for m, _ in rows[:10] if m in BY_KEY]
                held = f" The releases of {company.name} report: {join_words(names)}." if names else ""
            return Answer(q.text, "abstained", f"I find no figure by that name in the releases.{held}",
                          company=company.name if company else None, confidence=70, kind="value")
        named = ", ".join(f"“{w}”" for w in dict.fromkeys(q.unknown))
        body = ((f"I don't hold anything about {named}. " if named else "") +
                "I answer questions about the figures in company earnings releases, and I don't find one in that. "
                "Try: " + "; ".join(f"“{e}”" for e in EXAMPLES[:3]) + ".")
        return Answer(q.text, "abstained", body, confidence=90, kind="help")

    def _unknown_words(self, q: Question, slots: Context, company: Company | None = None) -> Answer:
        """A word no slot explains means the question asks for something the releases may not
        hold: no number, the word named, and what is held."""
        words = ", ".join(f"“{w}”" for w in dict.fromkeys(q.unknown))
        company = company or self.vocab.company(slots.company) or (
            self.vocab.companies[0] if len(self.vocab.companies) == 1 else None)
        held = ""
        if company is not None:
            if slots.metric:
                held = " " + self._held_text(company, slots)
            else:
                rows = self.con.metrics_held(company.key)
                names = [BY_KEY[m].name for m, _ in rows[:10] if m in BY_KEY]
                held = f" The releases of {company.name} report: {join_words(names)}." if names else ""
        return Answer(q.text, "abstained", f"I don't hold anything about {words}.{held}",
                      company=company.name if company else None, metric=slots.metric, confidence=80, kind="value")

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


UNSTATED = "unstated"  # the unit of an amount printed in a table that states no scale (dollars? thousands?)


def _printed_as_is(value: float, quote: str) -> str | None:
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
    UNSTATED, so no answer gives it as dollars (a cell printed with cents is dollars)."""
    if fact.source != "table" or not fact.value or not (
            fact.unit == "USD" or (fact.unit == "shares" and abs(fact.value) < 1_000_000)):
        return fact
    printed = _printed_as_is(fact.value, fact.quote)
    if printed is None or re.search(r"\.\d\d$", printed):
        return fact
    fact.unit = UNSTATED
    return fact


TWO_WAY = re.compile(r"\((?:loss|losses|benefit|expense|income|gain|profit|deficit|decrease|increase|used\s+in|"
                     r"provided\s+by)[^)]*\)|\bor\b|/|\bgains?\b|\bincome\b|\bprofit\b|\bearnings\b|\bloss(?:es)?\b|"
                     r"\bdeficit\b", re.I)


def _two_way(label: str) -> bool:
    """A row that is signed both ways ('Net income (loss)', 'Income tax expense (benefit)') or a loss
    (the negative side of income): its negative figures are compared as signed figures (a loss
    narrowing from -5 to -3 rose 40%), never by size as an expense printed in parentheses is."""
    return bool(TWO_WAY.search(label or ""))


LABEL_FILLER = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "from", "by", "at", "as", "with", "or", "less"}


def _label_words(text: str) -> list[str]:
    """A label's words as a question may say them: function words aside, plurals as singulars."""
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("'", "")) if w not in LABEL_FILLER]


def _named_row(q: Question, rows: list[Fact]) -> list[Fact]:
    """Rows of one metric printed under several labels ('Trade receivables — billed', 'Trade receivables,
    net'): the rows of the one label whose every word the question says, the longest such label;
    when no label or two labels fit equally, all rows stay (and a release printing two figures asks back)."""
    if len({r.label for r in rows}) < 2:
        return rows
    said = set(_label_words(q.norm))
    fits: dict[str, int] = {}
    for r in rows:
        words = _label_words(r.label)
        if words and all(w in said for w in words):
            fits[r.label] = len(words)
    if not fits:
        return rows
    best = max(fits.values())
    top = [label for label, n in fits.items() if n == best]
    if len({" ".join(sorted(_label_words(l))) for l in top}) > 1:
        return rows
    return [r for r in rows if r.label in top]


ORDINALS = {"first": 0, "1st": 0, "1": 0, "former": 0, "second": 1, "2nd": 1, "2": 1, "latter": -1, "third": 2,
            "3rd": 2, "3": 2, "fourth": 3, "4th": 3, "4": 3, "last": -1}
CHOICE = re.compile(r"^\W*(?:the\s+)?(?:option\s+|number\s+|no\.?\s*|#)?(" + "|".join(ORDINALS) +
                    r")(?:\s+(?:one|option|company|figure))?(?:\s*,?\s*please)?\W*$", re.I)


def _chosen(text: str, options: tuple[str, ...]) -> int | None:
    """Which of the choices a question back offered a reply picks ('the first one', 'the second', '2',
    'the latter'), or None when it picks none of them."""
    m = CHOICE.match(text) if options else None
    if m is None:
        return None
    i = ORDINALS[m.group(1).lower()]
    i = len(options) - 1 if i < 0 else i
    return i if i < len(options) else None


CONTRACT_UNITS = {None, "USD", "USD/share", "shares", "percent", "count"}  # ../shared/contract.md


def _note_other_currency(answer: Answer) -> None:
    """An amount in another currency (a euro or Canadian release) is no value in the contract's units:
    the reply abstains, giving the figure as printed in its currency, with its line."""
    code = (answer.unit or "")[:3]
    head, sep, tail = answer.text.partition("\n  [")
    note = wording.other_currency_note(code)
    answer.text, answer.body = head + " " + note + sep + tail, answer.body + " " + note
    answer.printed, answer.value, answer.unit = answer.value, None, None
    answer.status, answer.kind = "abstained", "other currency"


def _note_unstated(answer: Answer) -> None:
    """An answer from amounts of unstated scale says so, before its source lines, and is no answer in
    the contract's terms (a value in base units, a unit of its list): it abstains, giving the figure as
    printed in its text and citations (and in `printed`), so no reader takes 45,040 for dollars."""
    head, sep, tail = answer.text.partition("\n  [")
    answer.text = head + " " + wording.UNSTATED_NOTE + sep + tail
    answer.body = answer.body + " " + wording.UNSTATED_NOTE
    answer.printed, answer.value, answer.unit = answer.value, None, None
    answer.status, answer.kind = "abstained", "unstated"


def _spec_of(key: tuple[int, int, int]) -> PeriodSpec:
    """A concrete period (months, end year, end month) as a spec that resolves back to it."""
    months, y, m = key
    end = month_end(y, m)
    if months in (6, 9):
        return PeriodSpec("YTD", y, months=months, end=end)
    return PeriodSpec("date", y, months=months or None, end=end)


def _filled_years(specs: list[PeriodSpec]) -> list[PeriodSpec]:
    """'average … between 2017 and 2019' adds or averages every year of the span, not only its ends."""
    if len(specs) == 2 and all(s.kind in ("year", "FY") and s.year for s in specs) and specs[0].kind == specs[1].kind:
        first, last = sorted(s.year for s in specs)
        if 2 <= last - first <= 10:
            return [replace(specs[0], year=y) for y in range(first, last + 1)]
    return specs


def _months_back(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) - n
    return total // 12, total % 12 + 1


NAME_WORD = re.compile(r"\b[A-Z][\w&.'-]*[A-Za-z]")


def _named_phrase(q: Question) -> str:
    """Capitalised words of the question that no slot explains, standing together: the name of a
    company the store does not hold ('Quarry Hill Mills')."""
    unknown = {w.lower() for w in q.unknown} | {w.lower() for w in q.product_words}
    if not unknown:
        return ""
    runs: list[list[str]] = [[]]
    possessive: set[int] = set()
    for m in re.finditer(r"[A-Za-z][\w&.'’-]*", q.text):
        raw = m.group(0).replace("’", "'")
        word = raw.removesuffix("'s").rstrip(".")
        parts = [p for p in re.split(r"[-']", word.lower()) if p]
        if word[:1].isupper() and parts and all(p in unknown for p in parts):
            runs[-1].append(word)
            if raw.endswith("'s"):
                possessive.add(len(runs) - 1)
                runs.append([])
        elif runs[-1]:
            runs.append([])
    named = [r for i, r in enumerate(runs) if len(r) >= 2 or (r and i in possessive)]  # a name, not one odd word
    best = max(named, key=len) if named else []
    return " ".join(best)


def _basis_fits(fact: Fact, basis: str) -> bool:
    """A plain question takes only figures as reported; a qualified one only figures with that
    qualifier. A measure that is non-GAAP by definition (FFO, EBITDA) is its own basis."""
    metric = BY_KEY.get(fact.metric)
    if metric is not None and metric.defined_basis:
        return fact.basis in ("", "non-gaap", "reconciling") and basis in ("", "non-gaap")
    return fact.basis == basis



def _fiscal_end(period_end, fye: int) -> tuple[int, int]:
    """(year, month) of the end of the fiscal year a period ends in."""
    y, m = period_end.year, period_end.month
    if period_end.day <= 7:
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return (y if m <= fye else y + 1), fye


def order_periods(periods: list[PeriodSpec], intent: str) -> list[PeriodSpec]:
    """The period asked about first, then those it is compared with: 'sequential growth Q2 2010'
    is about Q2 2010 (against the quarter before); 'from December 31, 2006 to September 30, 2007'
    is about the later date."""
    absolute = [p for p in periods if not p.kind.startswith("rel_")]
    relative = [p for p in periods if p.kind.startswith("rel_")]
    if absolute and relative:
        return absolute[:1] + relative + absolute[1:]
    if intent == "change" and len(absolute) == 2 and all(p.end for p in absolute) and absolute[0].end < absolute[1].end:
        return [absolute[1], absolute[0]]
    return periods


def is_followup(q: Question) -> bool:
    """A text continues the conversation only when it names a slot itself and leaves no word
    unexplained ("and EMEA?", "what about 2006?", "and diluted?"); anything else starts afresh."""
    return bool(q.named) and not q.unknown


class _Reply(Exception):
    def __init__(self, answer: Answer, context: Context | None = None):
        self.answer, self.context = answer, context


def _sql(template: str) -> str:
    return " ".join(TEMPLATES[template].split())





def query_slots(engine: Engine, text: str, ctx: Context | None = None) -> tuple[dict, Context]:
    """What a question was understood as, slot by slot (for tests and `ask --explain`): company,
    metric, qualifier, place, product, period (on the company's calendar), intent, unexplained words."""
    resolved = engine.resolve(text, ctx)
    q, slots = resolved.question, resolved.slots
    out = {"company": None, "metric": None, "qualifier": "", "geo": "", "product": "", "period": None,
           "intent": "offtopic", "unknown": []}
    if q is not None and q.intent == "help":
        out["intent"] = "help"
    if q is None or slots is None:
        return out, resolved.context
    company = resolved.company or engine.vocab.company(slots.company)
    out.update(company=company.name if company else None, metric=slots.metric, qualifier=slots.basis,
               geo=slots.geo or "", intent=slots.intent, unknown=list(q.unknown),
               product=slots.product or " ".join(w for w in q.product_words if not any(w in u for u in q.unknown)))
    if q.intent in ("help", "inventory"):
        out["intent"] = q.intent
    elif slots.metric is None:
        out["intent"] = "offtopic"
    if slots.period is not None:
        calendar = company or Company("", "", None, 12)
        flow = engine._flow(company, slots.metric) if slots.metric and company else True
        key = engine._resolve(slots.period, calendar, flow, slots.metric)
        out["period"] = engine._label(key, calendar) if key else None
    answer_context = resolved.context if resolved.reply is not None else slots
    return out, answer_context
