"""What the store itself knows, for matching questions: companies, tickers, products, places.

Built once per engine from the store (plus the metric synonyms of knowledge/), so matching a
question never scans facts.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from knowledge.templates import TEMPLATES
from knowledge.vocabulary import GEOGRAPHIES, LANGUAGE, METRICS, word_shapes


@dataclass
class Company:
    key: str
    name: str
    ticker: str | None
    fye: int
    fy_offset: int = 0  # how the company names its fiscal years (parsers.periods.Period.fiscal)


def _company(row: tuple) -> Company:
    """A Company from a row of `company_by_key` or `companies_page`."""
    key, name, ticker, fye, offset = row
    return Company(key, name, ticker, int(fye), int(offset))


class CompanyDirectory(Sequence[Company]):
    """Every company of the store, looked up in the store when a question names one, never loaded
    whole: at 100,000 companies, reading them all and indexing their names in Python was most of
    the engine's start (0.6-0.9 s). A question's words are looked up once each in `company_words`
    (an indexed table ingest keeps) and remembered, so a repeated word costs nothing."""

    CACHED_WORDS = 20_000

    def __init__(self, lookup):
        self._lookup = lookup  # the engine's FactLookup: its connection is the one of the moment
        self._count: int | None = None
        self._keys: list[str] | None = None
        self._companies: dict[str, Company | None] = {}
        self._words: OrderedDict[str, list[tuple[str, str]]] = OrderedDict()
        self._near: dict[tuple[str, float], str | None] = {}  # by word and cutoff: a word too far at one is near at another
        self._pages: dict[tuple[int, int], list[Company]] = {}

    def _rows(self, template: str, params: list | None = None) -> list[tuple]:
        return self._lookup.raw.execute(TEMPLATES[template], params or []).fetchall()

    def __len__(self) -> int:
        if self._count is None:
            self._count = self._rows("company_count")[0][0]
        return self._count

    def __getitem__(self, i):
        n = len(self)
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            if step != 1 or stop <= start:
                return [self[j] for j in range(start, stop, step)]
            if (start, stop) not in self._pages:  # "Which company? The store holds ..." names the first eight
                self._pages[start, stop] = [_company(r) for r in self._rows("companies_page", [stop - start, start])]
            return list(self._pages[start, stop])
        i = range(n)[i]
        return self[i:i + 1][0]

    def get(self, key: str) -> Company | None:
        if key not in self._companies:
            row = self._lookup.company_row(key)  # read with the company's facts: one query for both
            self._companies[key] = _company(row) if row else None
        return self._companies[key]

    def keys(self) -> list[str]:
        """Every company key, read once per directory: the directory is rebuilt with the vocabulary
        whenever the store changes (Engine.reload), so this is cached per store state. A question
        that names no company on a one-company store asks for them, and the query cost ~0.5 ms."""
        if self._keys is None:
            self._keys = [k for (k,) in self._rows("company_keys")]
        return list(self._keys)

    def names(self) -> list[str]:
        """Every company's name (the chat's completion list): read in the engine's loading thread."""
        return [n for (n,) in self._rows("company_names")]

    def learn(self, words: list[str]) -> None:
        """Look up the words not yet seen, all in one query."""
        new = [w for w in dict.fromkeys(words) if w not in self._words]
        if new:
            found: dict[str, list[tuple[str, str]]] = {w: [] for w in new}
            for word, kind, key in self._rows("company_words", [new]):
                found[word].append((kind, key))
            for word, rows in found.items():
                self._words[word] = sorted(rows)
            while len(self._words) > self.CACHED_WORDS:
                self._words.popitem(last=False)

    def _of(self, word: str, kind: str) -> list[str]:
        self.learn([word])
        return [key for k, key in self._words[word] if k == kind]

    def ticker(self, word: str) -> str | None:
        """The company a ticker names (the first by key when two releases give one ticker)."""
        keys = self._of(word, "ticker")
        return keys[0] if keys else None

    def tickers(self, word: str) -> list[str]:
        """Every company whose releases give this ticker: two of them, and a question naming it means
        either (one may print like the other: knowledge/confusables.py)."""
        return self._of(word, "ticker")

    def by_name_word(self, word: str) -> list[str]:
        """Companies with this word in their name, once per time it stands there."""
        return [] if word in COMMON_NAME_WORDS else self._of(word, "name")

    def by_first_word(self, word: str) -> list[str]:
        return self._of(word, "first")

    def near_name_word(self, word: str, cutoff: float) -> str | None:
        """The name word closest to a misspelt one, among those sharing its first or last two letters."""
        if (word, cutoff) not in self._near:
            rows = self._rows("name_words_like", [list(word_shapes(word))])
            choices = [w for (w,) in rows if w not in COMMON_NAME_WORDS]
            best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            self._near[(word, cutoff)] = best[0] if best else None
        return self._near[(word, cutoff)]


@dataclass
class StoreVocabulary:
    companies: CompanyDirectory
    products: Mapping[tuple[str, str], list[str]] = field(default_factory=dict)  # (company, metric) → products
    geos: Mapping[tuple[str, str], set[str]] = field(default_factory=dict)
    metric_phrases: list[tuple[str, str]] = field(default_factory=list)  # (phrase, metric), longest first
    words: set[str] = field(default_factory=set)  # every word a question may mean, for spelling repair
    labels: Mapping[str, list[str]] = field(default_factory=dict)  # printed labels the vocabulary does not know
    canonical_labels: Mapping[str, list[str]] = field(default_factory=dict)  # printed labels it canonicalized
    qualified_labels: Mapping[str, list[str]] = field(default_factory=dict)  # labels asked only whole (parenthesis)
    per_share_labels: Mapping[str, frozenset[str]] = field(default_factory=dict)  # labels of per-share rows only
    sections: Mapping[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)  # rows under headings
    phrase_parts: list[tuple[str, str, list[str], frozenset]] = field(default_factory=list)  # multi-word synonyms
    shapes: dict[str, list[str]] = field(default_factory=dict, repr=False)  # word_shapes → words
    # caches chat/question.py fills on first use: derived from metric_phrases, once per vocabulary
    _metric_words: set[str] | None = field(default=None, repr=False)
    _stemmed_phrases: list[tuple[str, str]] | None = field(default=None, repr=False)
    _phrase_metric: dict[str, str] | None = field(default=None, repr=False)  # stemmed phrase → metric
    _phrases_by_first: dict[str, list[int]] | None = field(default=None, repr=False)  # first word → _stemmed_phrases
    _parts_by_word: dict[str, list[int]] | None = field(default=None, repr=False)  # rarest part → phrase_parts

    @classmethod
    def load(cls, con) -> "StoreVocabulary":
        """From the small tables ingest keeps (companies, company_words, vocab_words): no scan of the
        facts at start, and companies are looked up as questions name them. Products, places and
        labels are read per company on first use, from the facts the engine's FactLookup fetches for
        that company anyway."""
        from knowledge.lookup import FactLookup, PerCompany
        lookup = con if isinstance(con, FactLookup) else FactLookup(con)
        directory = CompanyDirectory(lookup)
        vocab = cls(directory)
        # a metric's own name is a phrase of it too: the name an answer gives ('comparable sales change',
        # 'annual recurring revenue (ARR)') asked back reads as that metric, never as a change of another
        phrases = {(" ".join(re.sub(r"[^a-z&%' ]", " ", s.lower()).split()), m.key)
                   for m in METRICS for s in (*m.synonyms, m.name)}
        vocab.metric_phrases = sorted(phrases, key=lambda t: -len(t[0]))
        vocab.phrase_parts = [(p, m, p.split(), frozenset(p.split())) for p, m in vocab.metric_phrases
                              if len(p.split()) >= 2]
        # Base, metric and place words; company name, label and product words come from vocab_words
        # (ingest keeps them there), so no loop over every company or fact is needed for them.
        vocab.words = _words(vocab.metric_phrases)
        raw = lookup.raw.cursor()  # its own cursor: a result the connection has not finished stays intact
        vocab.words.update(raw.sql(TEMPLATES["vocabulary_words"]).to_arrow_table().column(0).to_pylist())
        raw.close()
        vocab.shapes = _by_shape(vocab.words)  # ~10 ms at 18,000 words: at start, not in a question
        vocab.products = PerCompany(lookup, directory.keys, lambda cf: cf.products, by_metric=True)
        vocab.geos = PerCompany(lookup, directory.keys, lambda cf: cf.geos, by_metric=True)
        vocab.labels = PerCompany(lookup, directory.keys, lambda cf: cf.labels, by_metric=False)
        vocab.canonical_labels = PerCompany(lookup, directory.keys, lambda cf: cf.canonical_labels, by_metric=False)
        vocab.qualified_labels = PerCompany(lookup, directory.keys, lambda cf: cf.qualified_labels, by_metric=False)
        vocab.per_share_labels = PerCompany(lookup, directory.keys, lambda cf: cf.per_share_labels, by_metric=False)
        vocab.sections = PerCompany(lookup, directory.keys, lambda cf: cf.sections, by_metric=False)
        return vocab

    def company(self, key: str | None) -> Company | None:
        return self.companies.get(key) if key else None

    def parts_of(self, key: str) -> list[str]:
        """The lines of business a company's releases name, for any figure: its segments and products, the rows it
        prints under a figure's heading ('Cloud' under revenue) and the rows of its own labels ('Devices')."""
        part = getattr(self.products, "part_of", None)
        by_metric = part(key) if part is not None else {m: ps for (k, m), ps in self.products.items() if k == key}
        products = [p for ps in by_metric.values() for p in ps]
        rows = [label for _, _, label, _ in self.sections.get(key, ())]
        return list(dict.fromkeys(products + rows + list(self.labels.get(key, ()))))

    def near_words(self, word: str) -> list[str]:
        """Known words sharing the first or the last two letters of `word`, in order (so a tie
        between two equally close words is settled one way, whatever the process)."""
        head, tail = word_shapes(word)
        return sorted(set(self.shapes.get(head, ())) | set(self.shapes.get(tail, ())))


def _by_shape(words: set[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for w in words:
        for shape in word_shapes(w):
            index.setdefault(shape, []).append(w)
    return index


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
full weeks week through stateside help hello latest recent recently most newest current trailing twelve ttm ltm
date this last past average mean sum combined difference between respectively
highest largest biggest greatest lowest smallest least fewest bottom top whose companies higher larger bigger greater
lower smaller less fewer more rank ranking longer longest shorter shortest""".split()  # rankings: "lowest" is not "west"


MONTH_WORDS = """january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec""".split()


def _words(metric_phrases: list[tuple[str, str]]) -> set[str]:
    """The words every store knows: base, month, metric and place words."""
    words = set(BASE_WORDS) | set(MONTH_WORDS) | set(LANGUAGE.get("guidance", ()))  # never "repaired" into other words ("may" is not "many")
    for phrase, _ in metric_phrases:
        words.update(re.findall(r"[a-z&]+", phrase))
    for _, display, _ in GEOGRAPHIES:
        words.update(re.findall(r"[a-z]+", display.lower()))
    return {w for w in words if len(w) > 1}
