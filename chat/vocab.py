"""What the store itself knows, for matching questions: companies, tickers, products, places.

Built once per engine from the store (plus the metric synonyms of knowledge/), so matching a
question never scans facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.templates import TEMPLATES
from knowledge.vocabulary import GEOGRAPHIES, METRICS


@dataclass
class Company:
    key: str
    name: str
    ticker: str | None
    fye: int
    fy_offset: int = 0  # how the company names its fiscal years (parsers.periods.Period.fiscal)


@dataclass
class StoreVocabulary:
    companies: list[Company]
    products: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (company, metric) → products
    geos: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    metric_phrases: list[tuple[str, str]] = field(default_factory=list)  # (phrase, metric), longest first
    words: set[str] = field(default_factory=set)  # every word a question may mean, for spelling repair
    labels: dict[str, list[str]] = field(default_factory=dict)  # printed labels the vocabulary does not know
    tickers: dict[str, str] = field(default_factory=dict)  # lower-case ticker → company key
    name_words: dict[str, list[str]] = field(default_factory=dict)  # distinctive name word → company keys
    by_key: dict[str, Company] = field(default_factory=dict)
    phrase_parts: list[tuple[str, str, list[str], frozenset]] = field(default_factory=list)  # multi-word synonyms

    @classmethod
    def load(cls, con) -> "StoreVocabulary":
        """From the small tables ingest keeps (companies, vocab_words): no scan of the facts at start.
        Products, places and labels are read per company on first use, from the facts the engine's
        FactLookup fetches for that company anyway."""
        from knowledge.lookup import FactLookup, PerCompany
        lookup = con if isinstance(con, FactLookup) else FactLookup(con)
        companies = [Company(k, n, t, int(f or 12), int(o or 0))
                     for k, n, t, f, _, o in con.execute(TEMPLATES["companies"]).fetchall()]
        vocab = cls(companies)
        vocab.by_key = {c.key: c for c in companies}
        for c in companies:
            if c.ticker and len(c.ticker) >= 2:
                vocab.tickers.setdefault(c.ticker.lower(), c.key)
            for w in c.key.split():
                if len(w) >= 4 and w not in COMMON_NAME_WORDS:
                    vocab.name_words.setdefault(w, []).append(c.key)
        phrases = {(" ".join(re.sub(r"[^a-z&%' ]", " ", s.lower()).split()), m.key) for m in METRICS for s in m.synonyms}
        vocab.metric_phrases = sorted(phrases, key=lambda t: -len(t[0]))
        vocab.phrase_parts = [(p, m, p.split(), frozenset(p.split())) for p, m in vocab.metric_phrases
                              if len(p.split()) >= 2]
        # Base, metric and place words; company name, label and product words come from vocab_words
        # (ingest keeps them there), so no loop over every company or fact is needed for them.
        vocab.words = _words(cls([], metric_phrases=vocab.metric_phrases))
        vocab.words.update(w for (w,) in con.execute(TEMPLATES["vocabulary_words"]).fetchall())
        keys = [c.key for c in companies]
        vocab.products = PerCompany(lookup, keys, lambda cf: cf.products, by_metric=True)
        vocab.geos = PerCompany(lookup, keys, lambda cf: cf.geos, by_metric=True)
        vocab.labels = PerCompany(lookup, keys, lambda cf: cf.labels, by_metric=False)
        return vocab

    def company(self, key: str | None) -> Company | None:
        return self.by_key.get(key) if key else None


COMMON_NAME_WORDS = {"group", "holdings", "international", "industries", "energy", "medical", "systems", "technologies",
                     "financial", "services", "communications", "pharmaceuticals", "bancshares", "scientific",
                     "corporation", "company", "incorporated"}

BASE_WORDS = """what was were is the of for in and at to from by revenue revenues sales growth grow grew increase
increased change changed decrease decline compared versus over quarter quarters third second first fourth fiscal year
nine six three months month ended ending total net loss income earnings per share shares gross margin percentage percent
operating expenses expense cash assets equity inventories inventory receivable accounts payable weighted average
outstanding research development marketing selling general administrative other dividends preferred stock profit
trend history outside united states europe worldwide world rest international domestic much did how many about
gaap non adjusted excluding constant currency guidance outlook forecast reported basis diluted basic core pro forma
full weeks week through stateside help hello""".split()


MONTH_WORDS = """january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec""".split()


def _words(vocab: StoreVocabulary) -> set[str]:
    words = set(BASE_WORDS) | set(MONTH_WORDS)  # never "repaired" into other words ("may" is not "many")
    for phrase, _ in vocab.metric_phrases:
        words.update(re.findall(r"[a-z&]+", phrase))
    for products in vocab.products.values():
        for p in products:
            words.update(w for w in re.findall(r"[a-z]+", p.lower()) if len(w) > 2)
    for c in vocab.companies:
        words.update(re.findall(r"[a-z]+", c.name.lower()))
    for labels in vocab.labels.values():
        for label in labels:
            words.update(w for w in re.findall(r"[a-z]+", label) if len(w) > 3)
    for _, display, _ in GEOGRAPHIES:
        words.update(re.findall(r"[a-z]+", display.lower()))
    return {w for w in words if len(w) > 1}
