"""The answering engine: a question and the conversation so far in, an Answer out — one straight line.

    text ─ resolution (chat/resolution.py: the question read once into a frozen Query, or an early reply)
         ─ handler (chat/handlers/: one per intent, figures looked up by the Query's period keys)
         ─ wording (chat/wording.py: every sentence of every reply, and the one place an Answer is made)

Headless (no UI imports). Every figure comes from a named template run on a read-only connection
(knowledge/lookup.py), and every figure used is cited. When the store does not hold what was asked,
the answer says so and names what it does hold, with no number.
"""
from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

from chat import wording
from chat.answer import Answer
from chat.facts import UNSTATED, Fact, Facts, printed_as_is as _printed_as_is  # noqa: F401 (tests read them here)
from chat.handlers import handle
from chat.resolution import Context, Resolved, Resolver
from knowledge.vocabulary import LANGUAGE
from chat.vocab import Company, StoreVocabulary
from knowledge.lookup import FactLookup
from knowledge.store import connect

__all__ = ["Context", "Engine", "Fact", "Resolved", "query_slots"]


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

    def _resolver(self) -> Resolver:
        return Resolver(self.vocab, self._lookup)

    def find_company(self, name: str) -> Company | None:
        """The company a name or ticker names (`ask --company`, a batch line's "company"), read as a
        question reads it: whole name, a distinctive name word, or a ticker. A name that fits two
        companies (a ticker two of them give, a look-alike name) is refused, never one of them picked."""
        return self._resolver().find_company(name)

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
        except Exception as exc:  # a bug must cost one answer, never the batch or the chat
            answer, new_context = wording.failed(text, exc), context
        if answer.status == "answered" and (code := currency_asked(text)) \
                and (held := (answer.unit or "").split("/")[0]) not in (code, UNSTATED) and len(held) == 3 and held.isupper():
            answer = wording.not_in_currency(text, code, held, answer)  # "revenue in A$" of a US$ figure: never so
        if answer.unit == UNSTATED and answer.status == "answered":
            wording.mark_unstated(answer)
        elif answer.status == "answered" and answer.unit not in wording.CONTRACT_UNITS:
            wording.mark_other_currency(answer)
        options = tuple(answer.options)
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
        assert resolved.query is not None
        return handle(Facts(self._lookup), resolved.query), resolved.context

    def resolve(self, text: str, ctx: Context | None = None) -> Resolved:
        """The question read once into its typed query, or the reply that ends it early: off-topic
        text, unexplained words, a missing company or period, a doubtful reading."""
        return self._resolver().resolve(text, ctx)


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


def query_slots(engine: Engine, text: str, ctx: Context | None = None) -> tuple[dict, Context]:
    """What a question was understood as, slot by slot (for tests and `ask --explain`): company,
    metric, qualifier, place, product, period (on the company's calendar), intent, unexplained words."""
    resolver = engine._resolver()
    resolved = resolver.resolve(text, ctx)
    q, slots = resolved.question, resolved.slots
    out: dict = {"company": None, "metric": None, "qualifier": "", "geo": "", "product": "", "period": None,
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
        flow = resolver.flow(company, slots.metric) if slots.metric and company else True
        key = resolver.period_key(slots.period, calendar, flow, slots.metric)
        if key:
            months, y, m = key
            from chat.facts import period_label
            out["period"] = period_label(key, calendar.fye, calendar.fy_offset)
    answer_context = resolved.context if resolved.reply is not None else slots
    return out, answer_context


_CURRENCY_SYMBOLS: dict[str, str] = dict(LANGUAGE.get("currency_symbols", {}))  # vocabulary.toml [language]
_CURRENCY_SYMBOL = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(s) for s in sorted(_CURRENCY_SYMBOLS, key=len,
                                                                                      reverse=True)) + r")", re.I) \
    if _CURRENCY_SYMBOLS else None


def currency_asked(text: str) -> str | None:
    """The currency code a question asks its figure in by a symbol ("net income in A$": 'AUD'), else None."""
    m = _CURRENCY_SYMBOL.search(text) if _CURRENCY_SYMBOL is not None else None
    return _CURRENCY_SYMBOLS[m.group(1).lower()] if m else None
