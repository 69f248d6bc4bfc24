"""The one resolution step: a question and the conversation so far in, a frozen `Query` out (or the
reply that ends the question before any figure is looked up).

Everything a handler needs is decided here, once: the company (or the companies, for a question over
them), the metric and the readings it may be printed as, the place and product, the basis, the
operation, and the periods as keys on the company's calendar with flow or instant decided — including
the periods people leave out or say loosely ("latest", "last quarter", "trailing twelve months"),
read against the latest figures the store holds, and the period a change is compared with.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from chat import wording
from chat.answer import Answer
from chat.facts import (ACROSS_READINGS, DERIVED, GROSS_MARGIN_LABEL, METRIC_READINGS, Facts, asks_for_loss, holdings, months_back,
                         period_label, requalified, two_way)
from chat.periods import RELATIVE_TO_LATEST, PeriodSpec, merge_with_context, quarter_end_instant
from chat.query import SUBTRACTIONS, AcrossQuery, Calendar, Query
from chat.question import (COMPANY_JOINER, LABEL_PREFIX, LOW_WORDS, Question, margin_not_printed, normalize,
                           own_row_of_a_loose_word, understand, with_variant)
from chat.question import _company as read_company
from chat.question import _WHOLE_COMPANY as WHOLE_COMPANY
from chat.question import (FIGURE_WORDS, PER_SHARE_SAID, STOPWORDS, YEAR_EXTREME, _is_place, _percent_row_asked,
                           names_lines_of)
from chat.vocab import Company, StoreVocabulary
from knowledge.confusables import lookalike_key, looks_alike
from knowledge.lookup import (DOC_ID, END_MONTH, END_YEAR, GEO, LABEL, LINE_NO, METRIC_KEY, MONTHS, PRODUCT, SECTION, UNIT,
                              VALUE, FactLookup, PeriodKey)
from knowledge.sec_tickers import bundled_map
from knowledge.vocabulary import BY_KEY, GEO_DISPLAY, LANGUAGE, LEGAL_WORDS

# an abbreviation naming several metrics ("nii"): the one the company's releases hold (knowledge/vocabulary.toml)
NEAR_NAME_CUTOFF = 75  # rapidfuzz ratio: a word this close to a held name's word may be a slip of it
SHARED_ABBREVIATIONS: dict[str, list[str]] = {k: list(v) for k, v in LANGUAGE.get("shared_abbreviations", {}).items()}
from parsers.company_names import LEGAL_SUFFIX
from parsers.name_forms import spelled_out
from parsers.periods import Period, add_months, month_end

# How sure the reading of a metric must be before a number is given (rapidfuzz score, 0-100), and how
# far the best reading must stand above the next one; below either, the engine abstains or asks back.
CONFIDENCE_FLOOR = 85
# the kinds of company a question over companies may name ("which bank …"): told apart by the figures they print; these
# words are every company
COMPANY_KINDS: dict[str, list[str]] = LANGUAGE.get("company_kinds", {})
GENERIC_KINDS = {"company", "firm", "issuer"}
LOSS_WORD = re.compile(r"\bloss(?:es)?\b")


def own_loss_word(metric: str) -> bool:
    """The metric's own name says 'loss' outside its parentheses ('provision for credit losses', 'loss ratio'): the
    word in a question names the figure, never a loss asked of a figure signed both ways ('net income (loss)')."""
    name = BY_KEY[metric].name if metric in BY_KEY else ""
    return bool(LOSS_WORD.search(re.sub(r"\([^)]*\)", " ", name)))
READING_MARGIN = 3
# a printed row of the balance a period opens with ('Balance, beginning of period', 'Cash, beginning of the year')
# "the number of shares granted": what a row of counts counts, said after 'number of' (or 'how many')
COUNTED = re.compile(r"\bnumber\s+of\b|\bhow\s+many\b")
PERCENT_NAMES = {"rate", "percentage", "percent"}  # words saying a figure is a percentage
COUNTED_NOUNS = {"share", "option", "unit", "award", "right", "warrant", "employee", "people", "person", "member"}


# a title line: an optional note number, then two to eight words, no figure and no sentence's end
TITLE_LINE = re.compile(r"^(?:note\s+)?(?:\d{1,2}\s*[.:)\u2013\u2014-]\s*)?[A-Za-z][A-Za-z ,&'\u2019()/-]{3,80}(?<![.:;])$",
                        re.I)


# words a question says beside a figure's name that ask what is done with it, not which figure ('change', 'amount'),
# and the words of relation a label glues a heading on with ('Deferred tax assets in relation to')
_ASKED_ASIDE = frozenset({"change", "changes", "increase", "increased", "decrease", "decreased", "difference", "percentage",
                          "percent", "growth", "amount", "amounts", "value", "values", "number", "figure"})
_RELATION_WORDS = frozenset({"relation", "respect", "regard", "related", "relating"})
_SOLD = {"sold": "sale", "sell": "sale"}
# words a question drops as empty (chat/question.py STOPWORDS) that still name a figure: said, a label must print them
# ('revenue per diluted share' is never the row 'Operating income per diluted share')
_FIGURE_STOPWORDS = frozenset(w for w in STOPWORDS & {w for m in BY_KEY.values() for s in (m.name, *m.synonyms)
                                                      for w in re.findall(r"[a-z]+", s.lower())} if len(w) >= 5)


def _narrowed_after(words: list[str], asked: set[str]) -> bool:
    """A label going on past the last word asked with a word of substance ('Gain on the sale of a warehouse' of 'gain on
    sale'): it names a part of the figure asked, never the figure ('in relation to', a heading glued on, narrows nothing)."""
    last = max((i for i, w in enumerate(words) if w in asked), default=len(words))
    return any(w not in STOPWORDS and w not in _RELATION_WORDS for w in words[last + 1:])


def _stem_plain(word: str) -> str:
    """A word without its plural ending, the same for both forms: 'taxes' and 'tax', 'losses' and 'loss', 'expenses'
    and 'expense' (only an 's' taken off, 'taxes' stood as 'taxe' and never matched 'tax')."""
    word = word.lower()
    if re.search(r"(?:x|ch|sh|ss|zz)es$", word):
        return word[:-2]
    return word if word.endswith("ss") else word.removesuffix("s")


# what a header cell may print besides words: years ('2019', 'FY19', "'18"), days of a month named, quarters
_HEADER_DATES = re.compile(r"\b(?:fy|f)?'?(?:19|20)\d{2}\b|\bfy\s?\d{2}\b|\bq[1-4]\b|'\d{2}\b", re.I)
_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)


_UNIT_ZEROS = re.compile(r"[$\u20ac\u00a3\u00a5]?\s?['\u2019]?000['\u2019]?s?\b")  # a unit cell: "$'000", "US$000", "RMB'000"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _is_header_line(line: str) -> bool:
    """A table line above the body: none of its cells past the first prints a figure (years and dates aside)."""
    return not any(re.search(r"\d", _HEADER_DATES.sub("", _MONTH_DAY.sub("", _UNIT_ZEROS.sub("", c))))
                   for c in _cells(line)[1:])


def title_words(lines: list[str]) -> set[str]:
    """The words (stemmed) of the title lines of a document printing one table ('4. PROPERTY AND EQUIPMENT, NET:',
    'Revenue by Geographic Region'): short lines of words, no figure and no sentence, that name what its one table
    is of; and the words of the one sentence introducing it ("The following table presents revenue for groups of
    similar products and services:"), but those a row's label prints ('Services': a row of its own, never the table's
    subject). None for a document of several tables, where a title names one of them only."""
    starts = [n for n, line in enumerate(lines) if line.startswith("|") and (n == 0 or not lines[n - 1].startswith("|"))]
    if len(starts) != 1:
        return set()
    titles = [t.rstrip(":").strip() for line in lines if not line.startswith("|") and (t := line.strip())]
    intros = [t for line in lines if not line.startswith("|") and _introduces_table(t := line.strip())]
    rows = {_stem_plain(w) for line in lines if line.startswith("|")
            for w in re.findall(r"[a-z]+", _cells(line)[0].lower())}
    return {_stem_plain(w) for t in titles if TITLE_LINE.match(t) for w in re.findall(r"[a-z]+", t.lower())} | \
        ({_stem_plain(w) for t in intros for w in re.findall(r"[a-z]+", t.lower())} - rows)  # a row's word: its row's


# a sentence that introduces a table ("The following table illustrates the number of, and movements in, shares issued
# during the year:"): one sentence ending in a colon, no figure in it but a date's
INTRO_DATE = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
                        r"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b", re.I)


def _introduces_table(text: str) -> bool:
    """Is a paragraph a one-table document's sentence introducing its table: one sentence (no full stop inside it),
    ending in a colon, naming no figure but a date? Its words say what the table's figures are, as a title does."""
    if not text.endswith(":") or len(text) > 300 or re.search(r"[.;?!]\s", text):
        return False
    return not re.search(r"\d", INTRO_DATE.sub(" ", text))


def header_words(lines: list[str], line_no: int, columns: list[int]) -> set[str]:
    """The words (stemmed) the header lines of the table holding line `line_no` (1-based) print over every one of
    `columns`: a blank header cell stands under the cell to its left (one header spanning several columns), and a
    header line's first cell (the stub: 'Asset Category', 'Year ended December 31') is over them all. Empty when the
    line is no table row or its table prints no header line above its body."""
    if not 1 <= line_no <= len(lines) or not lines[line_no - 1].startswith("|"):
        return set()
    start = line_no - 1
    while start > 0 and lines[start - 1].startswith("|"):
        start -= 1
    per_column: dict[int, set[str]] = {c: set() for c in columns}
    for n_line in range(start, line_no - 1):
        line = lines[n_line]
        if re.fullmatch(r"[|\s:-]+", line.strip()):
            continue  # a Markdown rule
        cells, filled, last = _cells(line), [], ""
        if not _is_header_line(line) or (n_line > start and cells[0] and not any(cells[1:])):
            break  # the body begins: a figure, or a heading of the rows below it ('Current:') past the first line
        for n, cell in enumerate(cells):
            last = cell or (last if n > 1 else "")
            filled.append(last if n else cell)
        stub = set(re.findall(r"[a-z]+", cells[0].lower())) if cells else set()
        for c in columns:
            over = filled[c] if c < len(filled) else ""
            per_column[c] |= stub | set(re.findall(r"[a-z]+", over.lower()))
    if not per_column:
        return set()
    common = set.intersection(*per_column.values())
    return {_stem_plain(w) for w in common}


OPENING_ROW = re.compile(r"^label:.*\bbeginning\s+of\s+(?:the\s+)?(?:period|year|fiscal\s+year)\b")
SERIES_INTENTS = {"trend", "which_year"}  # over the periods held: no period named is no latest period implied
_PUNCTUATION = re.compile(r"[^\w\s&-]")  # a question's marks ("Sales?"), apart from the words it says
# An operation over several companies' figures (a sum, an average, one less or over another): not computed.
ACROSS_ARITHMETIC = re.compile(r"\b(?:sum|average|mean|avg|combined|altogether|together|aggregate|difference|minus|divided)\b|"
                               r"(?:\b(?:ratio|percentage|percent|share)|%)\s+of\b")


def across_arithmetic(q: Question) -> bool:
    """An operation word outside the metric's own name ('combined ratio', 'average loans' name figures)."""
    text = q.norm.replace(q.metric_phrase, " ") if q.metric_phrase else q.norm
    return bool(ACROSS_ARITHMETIC.search(text))


# Words that say a place asked is one part of the business ("U.S. segment", "the Americas division"), naming no line
# of business beside it
_PART_WORDS = frozenset({"segment", "segments", "division", "divisions", "region", "regions", "business", "unit"})


def _letters(name: str) -> str:
    """A name's letters alone: 'ZELVARA®' and 'Zelvara' are one product printed two ways."""
    return re.sub(r"[^a-z]", "", name.lower())


def _fits(product: str, word: str) -> bool:
    """The word asked is one of the product's words, as the product scoring reads them (first six letters alike)."""
    return any(fuzz.ratio(word[:6], pw[:6]) >= 84 for pw in re.findall(r"[a-z]+", product.lower()))


def _all_said(name: str, words: list[str]) -> bool:
    """Every word of a printed name (of three letters or more) is one of the question's words."""
    return all(any(_fits(w, nw) for w in words) for nw in re.findall(r"[a-z]{3,}", name.lower()))


# What a line of figures leaves out, after the words of its own name: 'Revenue, before fuel surcharge', 'Sales
# excluding fuel', 'Revenues, net of reimbursements'. The words after it name no part the line holds: a question's
# 'fuel surcharge revenue' is the line that is that part, never the one without it.
_EXCLUDED_PART = re.compile(r"\b(?:before|excluding|excl|ex|without|less|net\s+of|other\s+than)\b.*$")


def _another_subject(best: str, words: list[str], candidates: list[str]) -> list[str]:
    """The words of a question that the product picked does not hold and that name another product or segment held
    ('routing' beside 'network solutions', where 'Routing' is a row and 'Network Solutions' a column): the question
    names two subjects at once, [] when it names one."""
    left = [w for w in words if not _fits(best, w) and w not in _PART_WORDS]
    return [w for w in left if any(_fits(c, w) for c in candidates if _letters(best) not in _letters(c))]


def _synonym_words(metric: str) -> set[str]:
    """The words of the metric's own names (not of the rows printed under it, which may be products)."""
    if metric not in BY_KEY:
        return set()
    return {w for phrase in BY_KEY[metric].synonyms + (BY_KEY[metric].name,) for w in re.findall(r"[a-z]+", phrase.lower())}


def _names_whole(product: str, word: str) -> bool:
    """The word asked is the product's whole name ('Video' of 'Video'), not one word it shares with others."""
    return _letters(product) == word


HIGH_WORDS = {"highest", "largest", "biggest", "greatest", "most", "top"}
RISE_WORDS = {"rose", "rise", "rising", "grew", "grow", "increased", "increase", "up", "higher"}
FELL_WORDS = {"fell", "fall", "falling", "declined", "decline", "declining", "decreased", "decrease", "dropped", "drop",
              "down", "shrank", "lower"}


@dataclass
class Context:
    """What a conversation carries from one question to the next (its slots); a follow-up reuses them."""

    company: str | None = None
    metric: str | None = None
    geo: str = ""
    product: str = ""
    period: PeriodSpec | None = None
    intent: str = "value"
    others: tuple[PeriodSpec, ...] = ()  # further periods this question names ("Q3 2007 vs Q3 2006")
    basis: str = ""  # "" as reported, "non-gaap", "constant-currency", "guidance"
    operation: str = ""  # arithmetic on cited figures: "sum", "average", "difference", "gap"
    implied: str = ""  # how the period was read when the question named none or said "latest" (for the wording)
    default_company: str | None = None  # `--company`, a batch line's "company": kept across questions
    options: tuple[str, ...] = ()  # after a question back: the question as each choice offered asks it
    across: str = ""  # after a question over companies: its shape ("companies", "list", "rank", "filter")
    companies: tuple[str, ...] = ()  # the companies named side by side ("Acme vs Zenith revenue")
    ranking: tuple[str, int] = ("high", 0)
    fell: bool = False
    company_kind: str = ""  # after a question over companies of one kind ("which bank …"): the kind, kept by follow-ups
    pair: tuple[str, str, str] | tuple[()] = ()  # after two figures of one question: their texts and the operation on them
    words: str = ""  # the normalised question that named the figure (a follow-up naming none picks its row by them)


@dataclass
class Resolved:
    """A question read once: the understanding, the slots carried on, the company it is about, and
    either the typed query a handler answers or the reply that ends the question early."""

    question: Question | None
    slots: Context | None
    company: Company | None
    reply: Answer | None
    context: Context
    query: Query | AcrossQuery | None = None


class _Reply(Exception):
    def __init__(self, answer: Answer, context: Context | None = None):
        self.answer, self.context = answer, context


class Resolver:
    """Resolves questions against one store's vocabulary and look-ups."""

    def __init__(self, vocab: StoreVocabulary, lookup: FactLookup):
        self.vocab, self.lookup = vocab, lookup

    def resolve(self, text: str, ctx: Context | None = None) -> Resolved:
        ctx = ctx or Context()
        partial = Resolved(None, None, None, None, ctx)
        try:
            resolved = self._resolve(text, ctx, partial)
        except _Reply as reply:
            partial.reply, partial.context = reply.answer, reply.context or ctx
            resolved = partial
        if resolved.reply is not None and resolved.reply.status == "abstained" and resolved.question is not None:
            found = self._two_figures(resolved)  # "the sum of A and B", "the difference between A and B"
            if found is not None:
                pair, parts = found
                keep = replace(resolved.slots or ctx, company=pair.company.key, pair=parts)
                return Resolved(resolved.question, resolved.slots, pair.company, None, keep, pair)
        return resolved

    def _resolve(self, text: str, ctx: Context, partial: Resolved) -> Resolved:
        def early(answer: Answer, context: Context) -> Resolved:
            partial.reply, partial.context = answer, context
            return partial

        if len(text) > 2000:
            return early(wording.too_long(text), ctx)
        if not text.strip():
            return early(wording.help_reply(text), ctx)
        q = partial.question = understand(text, self.vocab)
        if q.intent == "help":
            return early(wording.help_reply(text), ctx)
        if ctx.across and not q.across and q.company is None and is_followup(q):  # "and net income?" after "A vs B revenue"
            words = set(re.findall(r"[a-z]+", q.norm))
            end = "low" if words & LOW_WORDS else "high" if words & HIGH_WORDS else ""
            if end and ctx.across == "rank":  # "and the lowest?" after "which company had the highest …"
                q.across, q.ranking, q.named = "rank", (end, ctx.ranking[1]), q.named | {"ranking"}
                q.product_words = [w for w in q.product_words if w not in LOW_WORDS | HIGH_WORDS]
            if q.named & {"metric", "metric_variant", "period", "basis", "ranking"}:  # never "the second one"
                q.across, q.companies, q.ranking = ctx.across, list(ctx.companies), q.ranking if end else ctx.ranking
                q.company_kind = ctx.company_kind  # "and the lowest?" after "which bank …": still the banks
        kept = (ctx.company if is_followup(q) else None) or ctx.default_company
        if kept and q.company and q.company != kept and len(q.companies) == 1 and not NAME_FORM_SAID.search(q.norm) \
                and not WHOLE_COMPANY.search(q.norm) \
                and names_lines_of(kept, q.name_words, self.vocab):  # "and Medical?" after Brindlewood, printing a
            return early(self._which_of(q.text, [kept, q.company]), ctx)  # Medical line, where a held name is Medical's
        slots = partial.slots = self._slots(q, ctx)
        if q.company_choices and q.company is None and (slots.metric or COMPANY_JOINER.search(q.norm)):
            return early(self._which_of(q.text, q.company_choices), slots)  # a ticker or name two companies fit:
            # asked back before any company word is read as one not held or a figure not known ("HGSB vs Acme")
        if q.unknown and q.metric is None and (q.company or q.periods):
            return early(self._unknown_words(q, slots), Context())
        if slots.metric is None and q.intent != "inventory" and q.company is None:
            return early(self._offtopic(q), Context())  # before asking "which company?" about the weather
        if q.across and slots.metric and across_arithmetic(q) and (q.company is None or q.named_across):
            return early(wording.unsupported(text, "across companies", slots.metric), Context(
                default_company=ctx.default_company))  # "sum of A's and B's revenue": never a list headed by A's figure
        if q.across and slots.metric and not q.unknown and not q.unsupported and (
                q.company is None or q.named_across):  # over companies, not about one
            part = segment_named_across(q, slots)
            if part:  # "the highest EMEA revenue", "A vs B international revenue": never the companies' totals
                return early(wording.segment_across(text, part, slots.metric), Context(default_company=ctx.default_company))
            if slots.metric == "gross_margin" and "margin" in q.metric_phrase:  # a margin is a percentage: never
                return early(wording.unsupported(text, "margin across companies", slots.metric), Context(  # amounts
                    default_company=ctx.default_company))  # ranked or listed for it (no per-company computation here)
            across = self._across(q, slots, ctx.fell if q.across == ctx.across else False)
            keep = Context(default_company=ctx.default_company, metric=slots.metric, period=slots.period,
                           basis=slots.basis, across=q.across, companies=tuple(q.companies) if q.named_across else (),
                           ranking=q.ranking, fell=across.fell, company_kind=q.company_kind)
            return Resolved(q, slots, None, None, keep, across)
        if q.across in ("rank", "filter") and q.company is not None:  # "the top 3 prepaid expenses" of one company
            return early(wording.unsupported(text, "ranking of one table's rows", slots.metric or ""), slots)
        if q.company is None:
            missing = self._company_not_held(q, slots)
            if missing is not None:
                return early(missing, Context(default_company=ctx.default_company))
        company = partial.company = self._company(q, slots)
        if q.company is not None and (other := self._another_name_run(q, company)):
            return early(wording.company_not_held(q.text, other, [company.name], len(self.vocab.companies)),
                         Context(default_company=ctx.default_company))
        slots.company = company.key
        if q.company is None and slots.metric == q.metric and (row := own_row_of_a_loose_word(q, self.vocab, company.key)):
            q.metric = slots.metric = row  # "what about other expense?" of a bank printing that row: the row
        if q.company is None and slots.metric == q.metric == "gross_margin" and margin_not_printed(q, self.vocab, company.key):
            q.metric = slots.metric = "gross_margin_pct"  # "and gross margin?" of a company printing gross profit only
        if ctx.pair and q.named == {"period"} and q.company is None and is_followup(q):  # "and 2023?" after "A minus B"
            return self._pair_again(q, company, slots, ctx.pair)
        self._change_held(company, slots)
        if q.intent in ("inventory", "fiscal_year"):
            return Resolved(q, slots, company, None, slots, self._inventory_query(q, company, slots))
        if slots.metric is None and q.basis == "guidance" and q.basis_named and q.intent == "value" and not q.unknown:
            key = self.period_key(slots.period, company, True) if slots.period is not None else None  # "outlook 2026"
            outlook = replace(self._subject(q, company, slots), intent="outlook", keys=(key,) if key else ())
            return Resolved(q, slots, company, None, slots, outlook)
        if (roll := self._roll_forward(q, company, slots)) is not None:
            return roll
        if slots.metric is None:  # "what is A expressed as a percentage of B?": two labels, neither the whole's
            ratio = self._ratio(q, company, slots) if q.intent == "value" and ratio_parts(q.text) else None
            if ratio is not None:
                return Resolved(q, slots, company, None, slots, ratio)
            if q.intent == "value" and not q.unknown and MADE_WORDS & set(re.findall(r"[a-z]+", q.norm)):
                return early(wording.made_which(text, company.name), slots)  # revenue or net income?
            return early(self._offtopic(q), Context())
        parts = difference_parts(q.text) if (q.operation in SUBTRACTIONS or "minus" in q.norm.split()) else None
        if parts is not None and _one_row_named_across(q):
            held_apart = self._parts_held_apart(company, parts)
            if len(q.periods) >= 2 and not held_apart:
                parts = None  # "the difference between the Restructuring costs and other reserves in 2019 and 2018"
            elif len(q.periods) >= 2 or not held_apart:  # one row's change, or A less B: never guessed between them
                return early(wording.unsupported(text, "difference of two figures", slots.metric or ""), slots)
        if parts is not None and len({understand(p, self.vocab).metric for p in parts} - {None}) == 2:
            a, b = (understand(part, self.vocab) for part in parts)  # "revenue minus cost of revenue": two figures,
            queries = self._two_parts(q, company, a, b) if b.metric != a.metric else None  # never one's change
            if queries is None or RELATIVE_COMPARISON.search(q.norm):  # "the percentage difference between A
                # and B": no amount answers it (one was given)
                return early(wording.unsupported(text, "difference of two figures", slots.metric or ""), slots)
            first, second = queries
            operation = "minus" if "minus" in q.norm.split() else "gap"
            slots.pair, slots.period = (parts[0], parts[1], operation), slots.period or (q.periods[0] if q.periods else None)
            return Resolved(q, slots, company, None, slots, replace(first, intent="two", operation=operation, of=second,
                                                                    confidence=min(first.confidence, second.confidence)))
        percent_of = q.intent == "value" and not is_percent_metric(slots.metric) and ratio_parts(q.text) is not None \
            and not re.search(r"%|percent", slots.metric or "")  # a printed "… as a % of revenue" row is read as printed
        if (q.unsupported in RATIO_WORDS - {"ratio"} or percent_of) and (row := self._percent_row_named(q, company)):
            q.metric = slots.metric = row  # "the percentage of customers from Taiwan" of a row 'Taiwan' printing
            q.product_words, slots.product = [], ""  # percentages, the document saying whose they are
        if (q.unsupported in RATIO_WORDS - {"ratio"} or percent_of) and self._printed_as_percent(company, slots.metric):
            q.unsupported, percent_of = "", False  # "the percentage of Taiwan in 2019": the row prints percentages
        if q.unsupported or percent_of:  # "cost of revenue as a percentage of revenue" is no amount of cost
            ratio = self._ratio(q, company, slots) if (q.unsupported in RATIO_WORDS or percent_of) else None
            if ratio is not None:
                return Resolved(q, slots, company, None, slots, ratio)
            return early(wording.unsupported(text, q.unsupported or "percentage", slots.metric), slots)
        if q.unknown and q.printed_row:
            self._take_printed_row(q, slots)
        if q.unknown and set(q.unknown) <= PERCENT_NAMES and self._printed_as_percent(company, q.metric):
            q.product_words = [w for w in q.product_words if w not in q.unknown]  # 'the revenue growth rate' of a
            q.unknown = []  # row 'Revenue growth' printing percentages: the word says what the figures are
        if q.unknown and self._said_by_headers(q, company, q.unknown):
            q.product_words = [w for w in q.product_words if w not in q.unknown]
            q.unknown = []
        if q.unknown and self._names_what_is_counted(q, company):
            q.product_words = [w for w in q.product_words if w not in q.unknown]
            q.unknown = []
        if q.product_words and self._titled_total(q, company):
            q.unknown, q.product_words = [], []
        if q.unknown:
            return early(self._unknown_words(q, slots, company), slots)
        if q.metric is not None and q.metric_score < CONFIDENCE_FLOOR:
            return early(wording.unsure_metric(text), ctx)
        if q.runner_up and q.runner_up[1] >= q.metric_score - READING_MARGIN and q.metric_score < 100:
            return early(wording.did_you_mean(text, q.metric or "", q.runner_up[0], company.name), ctx)
        if q.runner_up and q.runner_up[1] >= 100 and q.metric_score >= 100 and not q.operation \
                and q.intent in ("value", "change") and self._set_against(q, q.runner_up[0]):
            # "net income to revenue", "net income relative to revenue": one figure set against another, an operation
            # the words do not name — answering one of them (the longer name) was a figure never asked for
            return early(wording.did_you_mean(text, q.metric or "", q.runner_up[0], company.name), ctx)
        if (shared := SHARED_ABBREVIATIONS.get(q.metric_phrase)) and q.metric in shared:
            held = [m for m in shared if self.lookup.company(company.key).metric_rows(m)]
            if len(held) > 1:
                return early(wording.did_you_mean(text, held[0], held[1], company.name), ctx)
            if held:  # "NII" of an investment company holding net investment income and no net interest income
                q.metric = slots.metric = held[0]
        if (printed := self._printed_under_another_metric(q, company)):
            q.metric = slots.metric = printed
        if q.unknown_place:
            return early(self._unknown_place(q, company, slots), slots)
        at_a_date = bool(q.periods) and all(p.kind in ("date", "instant") and not p.months for p in q.periods)
        over_a_span = bool(q.periods) and not at_a_date  # "shares outstanding 9M 2007": over a span, its weighted average
        if (slots.metric or "").startswith("weighted_shares") and OUTSTANDING_SAID.search(q.norm) and \
                not AVERAGE_SAID.search(q.norm) and not over_a_span and \
                (at_a_date or not self._outstanding_printed(q, company, slots.metric or "")):
            counted = self._outstanding_row(company)  # a weighted average is no count of the shares outstanding:
            if not counted:  # given only where the company's row is printed so ('Diluted shares outstanding'), else
                return early(wording.shares_at_a_date(text, company.name), slots)  # its row of shares outstanding
            q.metric = slots.metric = LABEL_PREFIX + counted  # at a date ('Common shares outstanding'), else refused
        if (slots.metric or "").startswith("weighted_shares") and at_a_date and not AVERAGE_SAID.search(q.norm):
            return early(wording.shares_at_a_date(text, company.name), slots)  # a count at a date
        if q.product_words and (q.metric is not None or is_followup(q)):  # "and Devices?" replaces the segment
            try:
                slots.product = self._product(q, company, slots)
            except _Reply:
                if not q.printed_row:
                    raise
                self._take_printed_row(q, slots)
        if slots.period is None and slots.intent not in SERIES_INTENTS and not q.periods:
            slots.period, slots.implied = PeriodSpec("latest"), "latest"  # no period named: the latest held
        sequential = slots.intent == "change" and [p.kind for p in q.periods] in (["rel_quarter"], ["prior_quarter"]) \
            and SEQUENTIAL.search(q.norm) is not None
        if sequential and slots.period is not None and slots.period.kind == "prior_quarter":
            slots.period = PeriodSpec("rel_quarter")  # "growth vs the prior quarter": the latest against the one before
        elif slots.intent == "change" and [p.kind for p in q.periods] == ["prior_quarter"] and not slots.others:
            raise _Reply(wording.prior_quarter_change(text, company.name, slots.metric or ""), slots)  # "the change
            # in the prior quarter": against which quarter is not said
        if slots.period is not None and slots.period.kind == "several" and slots.intent != "trend":
            raise _Reply(wording.several_periods(text, company.name, slots.metric or ""), slots)
        if slots.period is not None and slots.period.kind in RELATIVE_TO_LATEST | {"rel_year", "rel_quarter", "prior_quarter",
                                                                                   "year_ago"}:
            self._pin_latest(q, company, slots)
        if sequential and slots.period is not None and slots.period.kind == "date" and slots.period.months == 3 \
                and slots.period.end is not None and not slots.others:  # "sequential revenue growth": the quarter before
            y, m = months_back(slots.period.end.year, slots.period.end.month, 3)
            slots.others = (spec_of((3, y, m)),)
        if slots.period is not None and slots.period.ask_back:
            self._ask_back_for_the_year(q, company, slots)
        if slots.period is not None and slots.period.kind in YEARLESS and slots.period.year is None \
                and (slots.period.end is None or slots.period.kind in DATED_YEARLESS) and slots.intent not in SERIES_INTENTS:
            self._pin_yearless(q, company, slots)
            if slots.period.kind == "date" and slots.period.year is None:  # "the March quarter", none held:
                raise _Reply(self._missing_period(self._subject(q, company, slots)), slots)  # never the placeholder year
        if slots.period is None and slots.intent not in SERIES_INTENTS:
            raise _Reply(self._missing_period(self._subject(q, company, slots)), slots)
        return Resolved(q, slots, company, None, slots, self._query(q, company, slots))

    def _set_against(self, q: Question, other: str) -> bool:
        """Does the question set its figure against another figure it names whole ("net income to revenue", "revenue
        over net income", "net income relative to revenue")?"""
        mine = [p for p, m in self.vocab.metric_phrases if m == q.metric and f" {p} " in f" {q.norm} "]
        theirs = [p for p, m in self.vocab.metric_phrases if m == other and f" {p} " in f" {q.norm} "]
        return any(re.search(rf"\b{re.escape(a)}\s+(?:to|over|relative\s+to|in\s+relation\s+to)\s+(?:the\s+|its\s+)?"
                             rf"{re.escape(b)}\b", q.norm)
                   for a, b in [(x, y) for x in mine for y in theirs] + [(y, x) for x in mine for y in theirs])

    def _printed_as_percent(self, company: Company, metric: str | None) -> bool:
        """Every figure the company's releases print for the row is a percentage ('Taiwan | 32.8% | 30.1%'): 'the
        percentage of Taiwan' asks for the printed figure, no share to compute."""
        rows = self.lookup.company(company.key).metric_rows(metric) if metric else []
        return bool(rows) and all(r[UNIT] == "percent" for r in rows)

    def _percent_row_named(self, q: Question, company: Company) -> str:
        """'the percentage of customers from Taiwan' of a table of percentages by region (a row 'Taiwan | 32.8 | 36.4'
        under a '%' unit row), its text saying the shares are of customers: the one printed row every figure of which is
        a percentage and all of whose words the question says is the figure asked, where the metric the other words read
        ('customers') is no figure the company holds and every such word stands in the document printing the row (else
        the percentage is of something the document does not speak of). '' otherwise."""
        cf = self.lookup.company(company.key)
        if not q.metric or cf.metric_rows(q.metric) or not q.product_words:
            return ""
        said = {_stem_plain(w) for w in q.product_words}
        found = [label for label in self.vocab.labels.get(company.key, ())
                 if {_stem_plain(w) for w in re.findall(r"[a-z]+", label.lower())} <= said
                 and re.findall(r"[a-z]+", label.lower())]
        if len(found) != 1:
            return ""
        rows = cf.metric_rows(LABEL_PREFIX + found[0])
        if not rows or not all(r[UNIT] == "percent" for r in rows) or len({r[DOC_ID] for r in rows}) != 1:
            return ""
        label_words = {_stem_plain(w) for w in re.findall(r"[a-z]+", found[0].lower())}
        rest = {_stem_plain(w) for w in re.findall(r"[a-z]+", q.metric_phrase.lower())} | (said - label_words)
        printed = {_stem_plain(w) for line in self.lookup.document_lines(rows[0][DOC_ID])
                   for w in re.findall(r"[a-z]+", line.lower())}
        return LABEL_PREFIX + found[0] if rest <= printed else ""

    def _names_what_is_counted(self, q: Question, company: Company) -> bool:
        """'the number of shares granted during the period' of a row 'Granted during the period' printed as counts
        (a table of numbers of shares, options or people): the noun after 'number of' says what the row counts,
        not another figure, where every figure of that row is a count. A row printing a count negative (a roll-forward's
        '(140,687)' forfeited) is left unread: the number asked is its size, which no reading here gives."""
        if not (q.metric or "").startswith(LABEL_PREFIX) or not COUNTED.search(q.norm):
            return False
        if not all(_stem_plain(w) in COUNTED_NOUNS for w in q.unknown):
            return False
        rows = self.lookup.company(company.key).metric_rows(q.metric or "")
        if not rows or not all(r[UNIT] == "count" and (r[VALUE] or 0) >= 0 for r in rows):
            return False
        said: set[str] = set()  # what the documents say the counts are of: words of their lines, tables' included
        for doc in {r[DOC_ID] for r in rows}:
            said |= {_stem_plain(w) for line in self.lookup.document_lines(doc) for w in re.findall(r"[a-z]+", line.lower())}
        return all(_stem_plain(w) in said for w in q.unknown)  # "warrants" of a table of shares: no such count

    def _label_holding_words(self, q: Question, company: Company) -> str:
        """'the total deferred tax assets' of a table printing 'Total deferred income tax assets in relation to': every
        word the question names the figure by (the metric read and the words it leaves), in any order, stands in one
        printed label of the company, every other word it says too, and the label prints at most two words of substance
        more (a word the question drops, 'income'; a heading glued to it, 'in relation to'). Only where the metric's
        reading leaves words unexplained (or names a product no line of business is: 'how many devices were sold' of a
        row 'Devices sold'), the question names two words or more, and one label alone holds them: the row, by its
        label ('' otherwise: two labels holding them, 'deferred tax assets' of rows 'Deferred tax assets in relation
        to X' and 'to Y', is no reading)."""
        named = {_stem_plain(w) for phrase in [q.metric_phrase, *q.product_words]
                 for w in re.findall(r"[a-z]+", (phrase or "").lower())
                 if (w not in STOPWORDS or w == "total") and w not in _ASKED_ASIDE}  # 'total' chooses the row
        asked = [w for w in dict.fromkeys(_stem_plain(w) for w in re.findall(r"[a-z]+", q.norm.lower())) if w in named]
        if len(asked) < 2 or len(asked) < len(named):
            return ""
        per_share = () if PER_SHARE_SAID.search(q.norm) else self.vocab.per_share_labels.get(company.key, ())
        labels = [label for label in [*self.vocab.labels.get(company.key, ()), *self.vocab.canonical_labels.get(company.key, ())]
                  if _percent_row_asked(label, q.norm) and label not in per_share]  # as _printed_label reads them
        listed = {label: [_SOLD.get(w, w) for w in (_stem_plain(w) for w in re.findall(r"[a-z]+", label.lower()))]
                  for label in labels}  # a label's 'sold' as the question's 'sold' reads (chat/question.py: sales)
        words_of = {label: set(words) for label, words in listed.items()
                    if not _narrowed_after(words, set(asked))}
        said = {_stem_plain(w) for w in re.findall(r"[a-z]+", q.norm.lower())
                if (w not in STOPWORDS or w in _FIGURE_STOPWORDS) and w not in _ASKED_ASIDE
                and not YEAR_EXTREME.fullmatch(w)} - {_stem_plain(w) for w in company.name.lower().split()}
        found = [label for label, words in words_of.items() if set(asked) <= words and len(
            [w for w in words - set(asked) if (w not in STOPWORDS or w == "total") and w not in _RELATION_WORDS]) <= 2
            and said <= words]  # every word said is the label's: 'basic' of a 'diluted' row is never that row
        return LABEL_PREFIX + found[0] if len(set(found)) == 1 else ""

    def _titled_total(self, q: Question, company: Company) -> bool:
        """'the total compensation' of an excerpt of one table whose last row is a bare 'Total', the text printing a
        title line 'Key Management compensation' (or 'NOTE 17 - SPECIAL CHARGES'): the words beside 'total' name
        what the table is of, so they ask for that one row. Only where the company holds one 'Total' row, of a
        document printing one table, and a short title line (no sentence, no figures) holds every word."""
        if q.metric != LABEL_PREFIX + "total":
            return False
        rows = self.lookup.company(company.key).metric_rows(q.metric)
        if not rows or len({(r[DOC_ID], r[LINE_NO]) for r in rows}) != 1:
            return False
        lines = self.lookup.document_lines(rows[0][DOC_ID])
        starts = [n for n, line in enumerate(lines) if line.startswith("|") and (n == 0 or not lines[n - 1].startswith("|"))]
        if len(starts) != 1:
            return False
        above = [t for line in lines[:starts[0]] if (t := line.strip()) and not t.startswith("(")][-1:]  # past "(in millions)"
        own = [t for t in above if TITLE_LINE.match(t)]  # the table's own title right above it: only it names the table
        titles = own or [line for line in lines if not line.startswith("|") and TITLE_LINE.match(line.strip())]
        if not titles:
            return False
        words = {_stem_plain(w) for w in q.product_words + q.unknown}
        return any(words <= {_stem_plain(w) for w in re.findall(r"[a-z]+", t.lower())} for t in titles)

    def _said_by_headers(self, q: Question, company: Company, words: list[str], metric: str | None = None) -> bool:
        """'the percentage of plan assets for Equity securities in 2019' of a row 'Equity securities' printed under a
        column header 'Percentage of Plan Assets at December 31,': words the row's label lacks but the header cells
        over its figures print describe those figures, not another one. Only where every row the metric names, in
        every release, prints each figure asked (the years named, else all) under header cells holding every word; a
        word over some columns only ('Carrying Value (USD)' beside 'Carrying Value (Local)') chooses a column, which
        this reading does not do, so it is left unexplained."""
        metric = metric or q.metric
        rows = self.lookup.company(company.key).metric_rows(metric) if metric else []
        wanted = {_stem_plain(w) for phrase in words for w in re.findall(r"[a-z]+", phrase.lower())}
        if not rows or not wanted:
            return False
        years = {p.year for p in q.periods if p.year}  # a fiscal year ending early in the next year: tried second
        lines_of: dict[int, list[str]] = {}
        for doc, line, section in {(r[DOC_ID], r[LINE_NO], r[SECTION] or "") for r in rows}:
            columns = self.lookup.line_columns(doc, line)
            asked = [c for c, y in columns if y in years] or [c for c, y in columns if y - 1 in years] or \
                [c for c, _ in columns]
            if not asked:
                return False
            if doc not in lines_of:
                lines_of[doc] = self.lookup.document_lines(doc)
            over = header_words(lines_of[doc], line, asked) | title_words(lines_of[doc]) | \
                {_stem_plain(w) for w in re.findall(r"[a-z]+", section.lower())}  # the heading the row is printed under
            if not wanted <= over:
                return False
        return True

    def _printed_under_another_metric(self, q: Question, company: Company) -> str:
        """'Profit for the period' asked of a company whose statement prints that line beside the owners' share
        ('Profit for the period attributable to equity holders of the Company', its net income): the words asked,
        three or more, are that printed line's whole name, which the store keeps under another metric than the one the
        vocabulary reads the words as (the line with the noncontrolling interests): the line's own key
        ('label:profit for the period'), never the other metric's figure. '' where the asked metric prints those words
        itself, or no row or rows of two metrics do."""
        phrase = " ".join((q.metric_phrase or "").lower().replace("'", "").split())
        if not q.metric or q.metric.startswith(LABEL_PREFIX) or not phrase:
            return ""
        said = " " + " ".join(q.norm.lower().replace("'", "").split()) + " "
        cf = self.lookup.company(company.key)
        named = [key for key in cf.printed if key.startswith(LABEL_PREFIX + phrase) and len(key[6:].split()) >= 3
                 and f" {key[6:]} " in said]  # (a printed key is 'label:' and the plain label)
        key = max(named, key=len, default="")
        rows = cf.printed.get(key, [])
        if not rows or len({r[METRIC_KEY] for r in rows}) > 1 or rows[0][METRIC_KEY] == q.metric:
            return ""
        return key

    def _readings(self, q: Question, company: Company, metric: str) -> list[str]:
        """`readings`, but for 'gross margin' of a company whose releases call a percentage so (a 'Gross margin' row
        or sentence in percent): its percentage alone, computed from gross profit and revenue where a period prints
        none, never the gross profit in dollars for one period and the percentage for another."""
        found = readings(q, metric)
        rows = self.lookup.company(company.key).metric_rows
        if found[:1] == ["gross_margin_pct"] and any(GROSS_MARGIN_LABEL.search(r[LABEL] or "") for r in
                                                      rows("gross_margin_pct")) \
                and not any(GROSS_MARGIN_LABEL.search(r[LABEL] or "") for r in rows("gross_margin")):
            return found[:1]  # (a company printing its gross profit in dollars as "Gross margin" means both: as before)
        return found

    @staticmethod
    def _take_printed_row(q: Question, slots: Context) -> None:
        """The metric's reading leaves words no slot explains, and the question names a printed row whole
        ('income taxes payable'): that row is the figure asked, read by its label."""
        q.metric = slots.metric = q.printed_row
        q.metric_score, q.runner_up, q.unknown, q.product_words = 100.0, None, [], []
        slots.product = ""

    # -- the query -------------------------------------------------------------------------------
    def _subject(self, q: Question, company: Company, slots: Context) -> Query:
        """The query with no period yet: what a reply about the figure names."""
        metric = slots.metric or ""
        return Query(q.text, q.norm, company, metric, tuple(self._readings(q, company, metric)), slots.intent,
                     self.flow(company, metric) if metric else True, geo=slots.geo, product=slots.product,
                     basis=slots.basis, outlook_basis=q.outlook_basis if slots.basis == "guidance" else None,
                     range_end=q.range_end if slots.basis == "guidance" else "",
                     operation=slots.operation, implied=slots.implied, other_geos=tuple(q.other_geos), wants_percent=q.wants_percent,
                     confidence=confidence(q, slots), row_words="" if q.metric is not None else slots.words,
                     extreme=q.year_asked if slots.intent == "which_year" else "",
                     threshold=q.year_threshold if slots.intent == "which_year" else None)

    def _query(self, q: Question, company: Company, slots: Context) -> Query:
        """Every period the question names as a key on the company's calendar, and the period a
        change of one named period is compared with."""
        subject = self._subject(q, company, slots)
        flow, metric = subject.flow, subject.metric
        if slots.intent == "trend" or (slots.intent == "which_year" and slots.period is None):
            key = self.period_key(slots.period, company, flow, metric) if slots.period else None
            return replace(subject, keys=(key,) if key else ())
        assert slots.period is not None
        specs = [slots.period, *slots.others]
        if slots.intent == "arithmetic" and slots.operation not in SUBTRACTIONS:
            specs = filled_years(specs)
        found = [self.period_key(s, company, flow, metric) for s in specs]
        if flow and CALENDAR_WORD.search(q.norm):  # "calendar 2024": the fiscal period nearest it, named as it is
            found = [calendar_match(asked, company.fye or 12) if s.kind in CALENDAR_KINDS and (
                asked := s.resolve(12, flow, 0)) else k for s, k in zip(specs, found)]
        keys = tuple(k for k in found if k is not None)
        if len(keys) < len(found):
            raise _Reply(self._missing_period(subject), slots)
        if slots.operation == "average_quarters":
            return self._quarters_of_year(subject, keys[0], slots)
        if slots.operation == "average_balance":
            return self._average_balance(subject, keys[0], slots)
        if slots.operation == "average" and slots.implied == "release" and not flow and len(keys) > 2:
            return self._average_of_dates(subject, keys, slots)
        base = None
        compares = slots.intent == "change" or (slots.intent == "compare" and not q.other_geos) or (
            slots.intent == "arithmetic" and slots.operation in SUBTRACTIONS)
        implied_base = False
        if compares and len(keys) == 1:
            if flow or keys[0][0]:
                base = self.period_key(slots.period.previous_year(), company, flow, metric)
            else:
                base, implied_base = self.balance_base(subject, keys[0])
        return replace(subject, keys=keys, base=base, base_implied=implied_base)

    def _quarters_of_year(self, subject: Query, year: PeriodKey, slots: Context) -> Query:
        """'average quarterly revenue in fiscal 2024': the year's four quarters averaged, each one cited (the arithmetic
        handler names any quarter not held), never the year's figure divided by four. A balance has no quarters of
        its own to average: said so, never one balance given."""
        if not subject.flow or year[0] != 12:
            raise _Reply(wording.abstain(subject.text, wording.unsupported_operation(
                "quarterly average", wording.metric_name(subject.metric))), slots)
        _, y, m = year
        quarters = tuple((3, *months_back(y, m, 3 * back)) for back in range(3, -1, -1))
        return replace(subject, keys=quarters, operation="average", implied="quarters")

    def _average_balance(self, subject: Query, close: PeriodKey, slots: Context) -> Query:
        """'average total assets in fiscal 2024': the average balance the releases print for the year ('Average total
        assets' of an average-balance table) where they print one — never a computed one in its stead — else the
        year's opening (the prior year's close) and closing balances averaged, both cited. A flow has no balance to
        average over one year: said so (its quarters are asked as 'average quarterly')."""
        name = wording.metric_name(subject.metric)
        if subject.flow or close[0] != 0 or self._printed_as_percent(subject.company, subject.metric):
            # (a rate at two dates averaged is no average rate of the year: said unsupported as a flow is)
            raise _Reply(wording.abstain(subject.text, wording.unsupported_operation("average over one year", name)),
                         slots)
        _, y, m = close
        year = (12, y, m)
        printed = self._printed_average(subject, year)
        if printed:
            return replace(subject, metric=printed, readings=(printed,), intent="value", operation="", flow=True,
                           keys=(year,))
        return replace(subject, keys=(close, (0, y - 1, m)), operation="average", implied="balance")

    def _average_of_dates(self, subject: Query, keys: tuple[PeriodKey, ...], slots: Context) -> Query:
        """'average deposits' with no period, of a release printing the balance at three dates or more (the quarter's
        end, the linked quarter's, the year-ago one): their mean is no average anyone means — the average balance the
        release prints for its latest period where it prints one, else the dates asked back, never all of them averaged
        (two dates, a period's opening and close, stay averaged as the latest release gives them)."""
        printed = self._printed_average(subject, None)
        if printed:
            company = self.lookup.company(subject.company.key)
            latest = max(((r[MONTHS], r[END_YEAR], r[END_MONTH]) for r in company.metric_rows(printed)),
                         key=lambda k: (k[1], k[2], -k[0]))
            return replace(subject, metric=printed, readings=(printed,), intent="value", operation="", flow=True,
                           keys=(latest,), implied="latest")
        fye, offset = subject.company.fye or 12, subject.company.fy_offset
        dates = [wording.when(period_label(k, fye, offset), '', '') for k in sorted(keys, key=lambda k: (k[1], k[2]))]
        raise _Reply(wording.abstain(subject.text, wording.which_dates_to_average(
            wording.metric_name(subject.metric), subject.company.name, dates)), slots)

    def _outstanding_printed(self, q: Question, company: Company, metric: str) -> bool:
        """Whether a row of the share-count metric is printed as shares outstanding, with no weighted-average words
        ('Diluted shares outstanding'), or is named by the question's words ('Basic EPS shares outstanding (weighted
        average)' asked so): "shares outstanding" asks for that row, never a row printed as a weighted average (an
        average over the period is not the count outstanding)."""
        said = set(q.norm.split())
        labels = {str(r[LABEL]).lower() for m in METRIC_READINGS.get(metric, [metric])
                  for r in self.lookup.company(company.key).metric_rows(m)}
        return any(OUTSTANDING_SAID.search(label) and (not AVERAGE_SAID.search(label) or set(
            re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", label))) <= said) for label in labels)

    def _outstanding_row(self, company: Company) -> str:
        """The company's one printed row of shares outstanding that is no weighted average ('Common shares
        outstanding' of a balance sheet): its label, else ''."""
        rows = {label for label in self.vocab.labels.get(company.key, []) if SHARES_OUTSTANDING_ROW.match(label)}
        return rows.pop() if len(rows) == 1 else ""

    def _printed_average(self, subject: Query, year: PeriodKey | None) -> str:
        """The printed row of the company's that averages the figure ('Average deposits' of deposits, 'Average total
        assets'), held for the year (None: for any period): its label metric's key, else ''."""
        from knowledge.vocabulary import LABEL_RES
        pattern = LABEL_RES.get(subject.metric)
        company = self.lookup.company(subject.company.key)
        for key in sorted({*company.by_metric, *company.printed}):
            rest = re.sub(r"^label:(?:average|avg\.?)\s+(?:balances?\s+(?:of\s+)?)?", "", key)
            if rest == key or not (rest == wording.metric_name(subject.metric).lower() or
                                   (pattern is not None and pattern.search(rest))):
                continue
            if any(year is None or (r[MONTHS], r[END_YEAR], r[END_MONTH]) == year for r in company.metric_rows(key)):
                return key
        return ""

    def _inventory_query(self, q: Question, company: Company, slots: Context) -> Query:
        subject = replace(self._subject(q, company, slots), intent=q.intent, flow=True)
        if slots.period is None or q.intent != "inventory":
            return subject
        key = self.period_key(slots.period, company, True)
        instant = self.period_key(slots.period, company, False) if key else None
        return replace(subject, keys=(key,) if key else (), instant_key=instant,
                       period_name=slots.period.label(company.fye))

    def _across(self, q: Question, slots: Context, fell: bool = False) -> AcrossQuery:
        """The question's period on every calendar the store's companies keep (no period named: the
        latest quarter, or date, the most companies give the metric for)."""
        metric = slots.metric or ""
        across = tuple(ACROSS_READINGS.get(metric, [metric]))
        flow = BY_KEY[metric].flow if metric in BY_KEY else True
        if slots.period is not None and slots.period.ask_back:  # "Q4 last year", "next December quarter": no one year
            raise _Reply(wording.which_period_across(q.text, metric))
        month = None  # "the September quarter" over companies: the latest quarter ending then (never the placeholder year)
        if slots.period is not None and slots.period.kind == "date" and slots.period.year is None and slots.period.end:
            month, slots.period = slots.period.end.month, None
        latest = LATEST_ACROSS.get(slots.period.kind) if slots.period is not None else None
        if latest is not None and SEQUENTIAL.search(q.norm):
            latest = None  # "growth vs last quarter" across companies: no year-on-year change is given for it
        spec = slots.period if slots.period is not None and latest is None else None
        name = ""
        if spec is None:
            months = (latest or 3) if flow else 0
            among = list(q.companies) if q.named_across and q.companies else []
            end = self.lookup.latest_end_among(list(across), months, among) if among else \
                self.lookup.latest_end_across(list(across), months)
            if end is None or month is not None and end % 100 != month:  # the latest period ends in another month:
                raise _Reply(wording.which_period_across(q.text, metric))  # asked back, never each one's latest quarter
            own = self._own_latest(q, slots, across, months, among, flow) if month is None else None
            if own is not None:
                return own
            spec = PeriodSpec("date", end // 100, months=months or None, end=month_end(end // 100, end % 100))
            assert spec.end is not None
            whose = "of them give" if among else "companies give"
            name = f"the latest period most {whose} (ending {spec.end:%B} {spec.end.day}, {spec.end.year})"
        calendars = []
        asked = spec.resolve(12, flow, 0) if spec.kind in CALENDAR_KINDS and flow and not FISCAL_WORD.search(q.norm) else None
        for fye, offset in self.lookup.company_calendars():
            if asked is not None:  # "Q4 2024" over companies: the calendar quarter, each company's period ending nearest it
                key = calendar_match(asked, fye)
                base = (key[0], key[1] - 1, key[2]) if key else None
            else:
                key, base = spec.resolve(fye, flow, offset), spec.previous_year().resolve(fye, flow, offset)
            if key:
                calendars.append(Calendar(fye, offset, key, base))
        if not calendars:
            raise _Reply(wording.which_period_across(q.text, metric))
        if not name:
            name = spec.label() if spec.kind != "date" else wording.when(str(spec.end), "", "").strip()
        slots.period = spec  # a follow-up ("and the year before?") moves from the period answered, never from "latest"
        fell = bool(FELL_WORDS & set(q.norm.split())) or (fell and not RISE_WORDS & set(q.norm.split()))
        named = tuple(q.companies) if q.named_across else ()
        names = tuple(c.name if (c := self.vocab.company(k)) else None for k in named)
        of_kind = () if named else self._of_kind(q, metric)
        calendar_end = month_end(asked[1], asked[2]) if asked else None
        change = q.across == "filter" or slots.intent == "change"
        loss = q.across == "rank" and not change and asks_for_loss(q.norm) and two_way(BY_KEY[metric].name) \
            and not own_loss_word(metric) if metric in BY_KEY else False  # "the biggest net loss": never the biggest
        # profit ("the highest provision for credit losses": the loss word is the figure's own name, no loss asked)
        loss_moved = self._loss_moved(q, metric)
        if loss_moved:
            fell = loss_moved == "larger"  # a loss grown larger is the signed figure fallen (the template's sign)
        return AcrossQuery(q.text, q.norm, metric, q.across, tuple(calendars), name, named, names, q.ranking,
                           change, fell, across, loss, calendar_end, loss_moved=loss_moved, among=of_kind,
                           kind=q.company_kind if of_kind else "")

    def _of_kind(self, q: Question, metric: str) -> tuple[str, ...]:
        """'which bank had the lowest net income': the companies of the kind named, told by the figures their releases
        print (knowledge/vocabulary.toml [language.company_kinds]); () for every company ('which company'). A kind not
        told apart there ('which retailer'), or of which no company is held, is refused: never every company ranked."""
        kind = q.company_kind
        if not kind or kind in GENERIC_KINDS:
            return ()
        metrics = COMPANY_KINDS.get(kind)
        keys = tuple(self.lookup.companies_with_metrics(list(metrics))) if metrics else ()
        if not keys:
            raise _Reply(wording.kind_not_told(q.text, kind, metric, bool(metrics)))
        return keys

    def _loss_moved(self, q: Question, metric: str) -> str:
        """'companies whose net loss widened / grew' ("larger") or 'narrowed / fell' ("smaller"): a loss filtered by
        which way its size moved, among the companies that made one in both years — never the signed figure of
        income (loss) rising or falling, which counts profitable companies and calls a shrinking loss grown. The words
        are read as typed (the spelling repair made 'rose' a metric's abbreviation). A loss named with no way it moved
        is refused."""
        if q.across != "filter" or metric not in BY_KEY or not asks_for_loss(q.norm) or not two_way(BY_KEY[metric].name) \
                or own_loss_word(metric):
            return ""
        typed = set(re.findall(r"[a-z]+", q.text.lower()))
        larger = typed & set(LANGUAGE.get("loss_larger", ()))
        smaller = typed & set(LANGUAGE.get("loss_smaller", ()))
        if bool(larger) == bool(smaller):
            raise _Reply(wording.unsupported(q.text, "loss's direction across companies", metric))
        return "larger" if larger else "smaller"

    def _own_latest(self, q: Question, slots: Context, across: tuple[str, ...], months: int, among: list[str],
                    flow: bool) -> AcrossQuery | None:
        """Companies named side by side for "the latest" (or no period) whose latest periods end on different dates:
        each company's own latest period, each named — never one company's period with the others left out as not
        giving it, nor their periods mixed unsaid. None when they all end on one date (the shared period answers)."""
        if q.across != "companies":  # ranked or filtered: one period for all, as before
            return None
        ends = {k: self.lookup.latest_end_among(list(across), months, [k]) for k in among}
        if len({e for e in ends.values() if e is not None}) < 2:
            return None
        own: list[tuple[str, tuple[Calendar, ...]]] = []
        for key, end in ends.items():
            if end is None:
                continue
            spec = PeriodSpec("date", end // 100, months=months or None, end=month_end(end // 100, end % 100))
            cals = tuple(Calendar(fye, offset, k, spec.previous_year().resolve(fye, flow, offset))
                         for fye, offset in self.lookup.company_calendars() if (k := spec.resolve(fye, flow, offset)))
            own.append((key, cals))
        what = "quarter" if months == 3 else "year" if months == 12 else "period"
        slots.period = None  # a follow-up names its own period: no one period was answered
        names = tuple(c.name if (c := self.vocab.company(k)) else None for k in q.companies)
        return AcrossQuery(q.text, q.norm, slots.metric or "", q.across, own[0][1], f"each company's latest {what}",
                           tuple(q.companies), names, q.ranking, slots.intent == "change", False, across,
                           own_calendars=tuple(own))

    # -- two figures added or subtracted -------------------------------------------------------
    def _two_figures(self, resolved: Resolved) -> tuple[Query, tuple[str, str, str]] | None:
        """'the total of A and B in 2019', 'the difference between A and B': two figures named apart, tried
        only where the question read as one figure is refused. Every 'and' is tried as the place the two
        names part; exactly one must read both parts cleanly, else no answer (a name holding 'and' is never
        split at a guess)."""
        q = resolved.question
        assert q is not None
        company = resolved.company or self.vocab.company(q.company) or (
            self.vocab.companies[0] if len(self.vocab.companies) == 1 else None)
        if company is None:
            return None
        if RELATIVE_COMPARISON.search(q.norm):
            return None  # "the percentage difference between A and B": never their gap as an amount
        found = []
        for a_text, b_text, operation in two_figure_parts(q.text):
            a, b = understand(a_text, self.vocab), understand(b_text, self.vocab)
            if a.metric is None and (shared := shared_head(a_text, b_text)):
                a_text, a = shared, understand(shared, self.vocab)  # "the high and low price per share": two prices
            if a.metric is None or b.metric is None or not a.metric_score == b.metric_score == 100:
                continue
            queries = self._two_parts(q, company, a, b)
            if queries is not None and (queries[0].metric, queries[0].product) != (queries[1].metric, queries[1].product):
                found.append((queries, operation, (a_text, b_text, operation)))
        if len(found) != 1:
            return None
        (first, second), operation, parts = found[0]
        return replace(first, intent="two", operation=operation, of=second,
                       confidence=min(first.confidence, second.confidence)), parts

    # -- a ratio of two figures ----------------------------------------------------------------
    def _ratio(self, q: Question, company: Company, slots: Context) -> Query | None:
        """'the ratio of A to B', 'A as a percentage of B', 'what percentage of B is A': two figures, each
        read as a question of its own (a part naming only a period takes the other part's figure; a part
        naming no period takes the other's, else the question's). None when either part is not read
        cleanly — the question is then refused as an operation not supported, never half answered."""
        parts = ratio_parts(q.text)
        if parts is None:
            return None
        a_text, b_text, percent = parts
        shared = os.path.commonprefix([a_text, b_text])  # the question's "Acme: " before both parts
        if BY_A_NUMBER.match(b_text[len(shared):] if shared.endswith(": ") else b_text):
            return None  # "revenue divided by 2": a number, no figure (it took the first part's figure: a ratio of 1)
        queries = self._two_parts(q, company, understand(a_text, self.vocab), understand(b_text, self.vocab))
        if queries is None:
            return None
        first, second = queries
        slots.pair = (a_text, b_text, "percent_of" if percent else "ratio")
        return replace(first, intent="ratio", operation="percent_of" if percent else "ratio", of=second,
                       confidence=min(first.confidence, second.confidence))

    def _pair_again(self, q: Question, company: Company, slots: Context, pair: tuple[str, str, str]) -> Resolved:
        """A follow-up naming only a period ("and at September 30, 2024?") after two figures of one question
        ("total assets minus total liabilities") asks both again for that period — never the second figure
        alone, which the context's metric would give. Either not read for the period: no answer."""
        a_text, b_text, operation = pair
        a, b = understand(a_text, self.vocab), understand(b_text, self.vocab)
        a.periods, b.periods = [], []
        queries = self._two_parts(replace(q, periods=[slots.period] if slots.period else []), company, a, b)
        if queries is None:
            raise _Reply(wording.pair_not_again(q.text), Context(default_company=slots.default_company))
        first, second = queries
        slots.pair, slots.metric = pair, first.metric
        intent = "ratio" if operation in ("ratio", "percent_of") else "two"
        return Resolved(q, slots, company, None, slots, replace(first, intent=intent, operation=operation, of=second,
                                                                confidence=min(first.confidence, second.confidence)))

    def _roll_forward(self, q: Question, company: Company, slots: Context) -> Resolved | None:
        """'The change in the warranty reserve from beginning to end of 2019' of a roll-forward printing 'Warranty
        reserve, beginning of period' and 'Warranty reserve, end of period': the year's closing row less its opening
        row, both of the year asked (the opening one held at the close of the year before), each cited. Only where the
        company prints exactly one opening and one closing row of what is named: else no reading is sure."""
        body = q.text.split(":", 1)[-1].strip() if re.match(r"^[^:?]{1,80}:\s", q.text) else q.text.strip()
        m = ROLL_FORWARD_ASKED.search(body) or (MOVEMENT_IN_A_YEAR.search(body) if slots.metric is None else None)
        if m is None or RELATIVE_COMPARISON.search(body):  # "the percentage change ... from beginning to end": no
            return None  # amount answers it
        subject = _subject_words(m.group("x"))
        labels = self.lookup.company(company.key).labels
        opening = [x for x in labels if OPENING_PHRASE.search(x) and _subject_words(OPENING_PHRASE.sub(" ", x)) == subject]
        closing = [x for x in labels if CLOSING_PHRASE.search(x) and _subject_words(CLOSING_PHRASE.sub(" ", x)) == subject]
        if not subject or len(opening) != 1 or len(closing) != 1:
            return None
        prefix, when = q.text[:len(q.text) - len(body)], m.group("when")
        parts = (f"{prefix}{closing[0]} in {when}", f"{prefix}{opening[0]} in {when}")
        a, b = (understand(part, self.vocab) for part in parts)
        if a.metric is None or b.metric is None or a.metric == b.metric or len(a.periods) != 1:
            return None
        unsure = self._roll_forward_unsure(company, a, b)
        if unsure:
            raise _Reply(wording.roll_forward_unsure(q.text, company.name, unsure), slots)
        queries = self._two_parts(q, company, a, b)
        if queries is None:
            return None
        first, second = queries
        slots.pair, slots.period = (parts[0], parts[1], "minus"), slots.period or a.periods[0]
        return Resolved(q, slots, company, None, slots, replace(first, intent="two", operation="minus", of=second,
                                                                confidence=min(first.confidence, second.confidence)))

    def _roll_forward_unsure(self, company: Company, closing: Question, opening: Question) -> str:
        """Why a roll-forward's opening and closing rows give no sure movement over the year asked ('' when they do):
        both must come from one column of one table — the closing row at the year's end, the opening row at the end of
        the year before, held in one release. A roll-forward of quarter or half columns holds no opening at the year's
        start (its opening is dated within the year, and a prior column's opening is no opening of this year), and rows
        of one name on two lines of one release are two roll-forwards (an allowance's and a reserve's 'Balance at
        beginning of year'): neither is picked."""
        key = self.period_key(closing.periods[0], company, True)
        if key is None:
            return "period"
        end = (key[1], key[2])
        start = months_back(end[0], end[1], 12)
        facts = self.lookup.company(company.key)
        rows_c = [r for r in facts.metric_rows(closing.metric or "") if (r[END_YEAR], r[END_MONTH]) == end]
        rows_o = [r for r in facts.metric_rows(opening.metric or "") if (r[END_YEAR], r[END_MONTH]) == start]
        for rows in (rows_c, rows_o):
            lines: dict[object, set[int]] = {}
            for r in rows:
                lines.setdefault(r[DOC_ID], set()).add(r[LINE_NO])
            if any(len(found) > 1 for found in lines.values()):
                return "tables"
        if not {r[DOC_ID] for r in rows_c} & {r[DOC_ID] for r in rows_o}:
            return "columns"
        return ""

    def _parts_held_apart(self, company: Company, parts: tuple[str, str]) -> bool:
        """Are both parts of 'the difference between A and B' rows the company prints apart ('Depreciation',
        'Amortization' above 'Depreciation and amortization')? Then 'the difference between depreciation and
        amortization in 2019' is A less B, never the joint row's change over a year the question did not name."""
        facts = self.lookup.company(company.key)
        for part in parts:
            metric, words = understand(part, self.vocab).metric, set(re.findall(r"[a-z]+", part.lower()))
            if metric is None or not any(set(re.findall(r"[a-z]+", str(row[LABEL]).lower())) <= words
                                         for row in facts.metric_rows(metric)):
                return False  # the part's figure is printed only inside the joint row, or not at all
        return True

    def _two_parts(self, q: Question, company: Company, a: Question, b: Question) -> list[Query] | None:
        """Two figures of one question, each read as a question of its own, or None when either is not
        read cleanly."""
        if any(part.company not in (None, company.key) for part in (a, b)):
            return None  # "A's revenue as a percentage of B's": never both parts read of A
        if a.metric is None or not clean_part(a) or (b.metric is not None and not clean_part(b)):
            return None
        if b.metric is None and (b.unknown or b.product_words or not b.periods):
            return None
        periods_a = a.periods or q.periods or b.periods or [PeriodSpec("latest")]  # none named: the latest held
        if len(a.periods) > 1 or len(b.periods) > 1:
            return None
        queries: list[Query] = []
        for part, base in ((a, None), (b, a)):
            source = part if part.metric is not None else base
            assert source is not None
            periods = periods_a if base is None else (  # "… in Q3 2007 to 2006"; none: the first part's period
                [merge_with_context(p, periods_a[0]) for p in b.periods] or periods_a)
            part_slots = Context(company=company.key, metric=source.metric, geo=source.geo or "",
                                 period=periods[0], intent="value", basis=source.basis)
            try:
                if source.product_words:
                    part_slots.product = self._product(source, company, part_slots)
                if part_slots.period is not None and part_slots.period.kind == "latest":
                    self._pin_latest(source, company, part_slots)  # the latest period the first figure is held for
                    periods_a = [part_slots.period] if part_slots.period else periods_a
                queries.append(replace(self._query(source, company, part_slots), text=q.text))
            except _Reply:
                return None
        return queries

    # -- periods ---------------------------------------------------------------------------------
    def period_key(self, spec: PeriodSpec, company: Company, flow: bool, metric: str | None = None) -> PeriodKey | None:
        """A period spec as a key on the company's calendar."""
        if spec.kind == "instantq":
            spec = quarter_end_instant(spec, company.fye, company.fy_offset)
        if spec.kind == "YTDQ":
            return self._year_to_date(spec, company, metric)
        key = spec.resolve(company.fye, flow, company.fy_offset)
        if key and metric and spec.kind in ("year", "FY") and spec.year:
            key = self._year_end_held(company, metric, key)
        if key and metric and flow and spec.kind in ("date", "instant") and not spec.months:  # "as at ...", too
            return self._span_ending(company, metric, key)
        if key and metric and not flow and key[0] == 0:
            key = self._balance_in_year_column(company, metric, key)
            if spec.kind in ("year", "FY") and spec.year and OPENING_ROW.search(metric):
                return self._opening_balance(company, metric, key)
        return key

    def _opening_balance(self, company: Company, metric: str, key: PeriodKey) -> PeriodKey:
        """'Balance, beginning of period' in 2019: the balance the 2019 column opens with, held at the close of
        the year before (the date the reading gives it: parsers.grid_tables._row_period), where that date is
        held and the year's own close is not a date the row is printed at in another column's stead."""
        months, y, m = key
        held = {(hmonths, hy, hm) for _, hmonths, hy, hm in self.lookup.periods_held(company.key, metric)}
        return (0, y - 1, m) if months == 0 and (0, y - 1, m) in held else key

    def _balance_in_year_column(self, company: Company, metric: str, key: PeriodKey) -> PeriodKey:
        """A balance the releases print only in a year's column (a table of 'Fiscal 2019 | 2018' giving
        long-term debt or cash at the year's end): the year ending that day, where no date is held."""
        ending = {months for _, months, y, m in self.lookup.periods_held(company.key, metric) if (y, m) == key[1:]}
        if 0 not in ending and 12 in ending:
            return 12, key[1], key[2]
        return key

    def _span_ending(self, company: Company, metric: str, key: PeriodKey) -> PeriodKey:
        """'revenue at December 31, 2019' of a flow figure is the quarter ending then; where the releases
        give no quarter ending that day but give the year ending it ('years ended December 31'), the year."""
        ending = {months for _, months, y, m in self.lookup.periods_held(company.key, metric) if (y, m) == key[1:]}
        if key[0] not in ending and 12 in ending:
            return 12, key[1], key[2]
        return key

    def _year_end_held(self, company: Company, metric: str, key: PeriodKey) -> PeriodKey:
        """'2019' of a company whose figures of that length (years, or balance-sheet dates) all end in one
        month other than its calendar's ('June 30, 2019' and 'June 30, 2018' only): the year ending in that
        month of 2019 — the releases' own year end, where the store's calendar for the company is not known."""
        months, y, m = key
        held = self.lookup.periods_held(company.key, metric)
        ends = {hm for _, hmonths, _, hm in held if hmonths == months}
        if len(ends) == 1 and (m not in ends) and not any(hy == y and hm == m for _, hmonths, hy, hm in held):
            return months, y, ends.pop()
        if not ends and months == 12:
            return self._year_by_its_date(company, held, y) or key
        return key

    def _year_by_its_date(self, company: Company, held: list[tuple], year: int) -> PeriodKey | None:
        """'interest income in 2019' where a table prints the year's figures under its dates alone ('June 30,
        2019 | June 30, 2018', no span named): the one date of that year, when every figure held for the
        metric stands at such a date, the dates a year apart on one day of the year, and the company's
        releases give no quarter (whose dates would be quarters', not years')."""
        dates = {(hy, hm) for _, hmonths, hy, hm in held if hmonths == 0}
        if len(dates) < 2 or any(hmonths for _, hmonths, _, _ in held) or len({hm for _, hm in dates}) != 1:
            return None
        if len({hy for hy, _ in dates}) != len(dates) or max(hy for hy, _ in dates) - min(hy for hy, _ in dates) != len(dates) - 1:
            return None
        if any(r[MONTHS] == 3 for r in self.lookup.company(company.key).rows):
            return None
        found = [(0, hy, hm) for hy, hm in dates if hy == year]
        return found[0] if found else None

    def _year_to_date(self, spec: PeriodSpec, company: Company, metric: str | None) -> PeriodKey | None:
        """'YTD 2007': the longest year-to-date period of that fiscal year the store holds."""
        if not metric or spec.year is None or not company.key:
            return None
        spans = []
        for _, months, y, m in self.lookup.periods_held(company.key, metric):
            if months in (6, 9):
                p = Period(month_end(y, m), months)
                if p.fiscal(company.fye, company.fy_offset)[0] == spec.year:
                    spans.append((months, y, m))
        return max(spans) if spans else None

    def balance_base(self, query: Query, cur: PeriodKey) -> tuple[PeriodKey | None, bool]:
        """The date a balance's change at one date is compared with, and whether the question left it unsaid:
        'year over year' is the same date a year earlier, 'sequential' / 'QoQ' / 'the linked quarter' the quarter end
        before — that date only (a fiscal calendar's date drifting into the next month still is), never another date
        held in its stead (the linked quarter or the year-end given for 'year over year' was a wrong figure); where it
        is not held the handler says so. With neither said, the other date the same balance sheet shows (said so)."""
        _, y, m = cur
        if YEAR_OVER_YEAR.search(query.norm):
            return self._held_date_near(query, (0, y - 1, m)), False
        if SEQUENTIAL.search(query.norm):
            return self._held_date_near(query, (0, *months_back(y, m, 3))), False
        return self.instant_base(query, cur), True

    def _held_date_near(self, query: Query, asked: PeriodKey) -> PeriodKey:
        """The balance-sheet date asked, or where it is not held the one held within a month of it (a 52/53-week
        year's February 1 against January 28 a year before); else the date asked, which the handler says is not held."""
        held = {(0, y, m) for _, months, y, m in
                self.lookup.periods_held(query.company.key, query.metric, query.geo, query.product) if months == 0}
        if asked in held:
            return asked
        month = asked[1] * 12 + asked[2]
        near = [k for k in held if abs(k[1] * 12 + k[2] - month) == 1]
        return near[0] if len(near) == 1 else asked

    def instant_base(self, query: Query, cur: PeriodKey) -> PeriodKey | None:
        """A balance-sheet change compares with the other date the same balance sheet shows."""
        held = self.lookup.periods_held(query.company.key, query.metric, query.geo, query.product)
        earlier = [(0, y, m) for _, months, y, m in held if months == 0 and (y, m) < (cur[1], cur[2])]
        return max(earlier) if earlier else None

    def flow(self, company: Company, metric: str) -> bool:
        """Balance-sheet figures stand at a date; everything else covers a span of months. A rate of dates the
        company prints over spans alone (a hotel owner's 'Occupancy' for the quarter and the half, never at their
        ends) covers its spans; never an amount (average deposits over a quarter are no deposits at its end)."""
        if metric in BY_KEY and (BY_KEY[metric].flow or BY_KEY[metric].unit != "percent"):
            return BY_KEY[metric].flow
        held = self.lookup.periods_held(company.key, metric)
        if metric in BY_KEY:
            return bool(held) and all(months for _, months, _, _ in held)
        return not held or any(months for _, months, _, _ in held)

    @staticmethod
    def _held_as_read(facts: Facts, subject: Query) -> list[PeriodKey]:
        """The periods held for the figure under any metric it may be printed as ('EPS' of a release printing
        only diluted EPS: 'QRLN EPS' found no latest period, though 'QRLN EPS Q1 FY2025' was answered)."""
        held: list[PeriodKey] = []
        for metric in dict.fromkeys([subject.metric, *subject.readings]):
            held += [k for k in facts.held(replace(subject, metric=metric)) if k not in held]
        return held

    def _pin_yearless(self, q: Question, company: Company, slots: Context) -> None:
        """'Q4', 'nine months', 'the fiscal year' with no year: the latest such period held for the figure, where
        every such period held is printed in its release (one release and its comparatives: it asked 'which
        period?'). Such periods of several releases, or none: left for the question back listing what is held."""
        assert slots.period is not None
        facts = Facts(self.lookup)
        probe = self._subject(q, company, slots)
        held = set(self._held_as_read(facts, probe))
        for _, first, _ in DERIVED.get(slots.metric or "", ()) if not held else ():  # a margin: its inputs' periods
            probe = replace(probe, metric=first, readings=(first,))
            held = set(facts.held(probe))
            if held:
                break
        found = [(spec, key) for year in sorted({y + d for _, y, _ in held for d in (1, 0, -1)}, reverse=True)
                 if (key := self.period_key(spec := self._with_year(slots.period, year), company, probe.flow, probe.metric))
                 in held]
        if not found:
            self._no_period_of_length(slots, company, probe, held)
            return
        docs = [{r.doc_id for r in facts.rows_for(probe, key)[1]} for _, key in found]
        if docs[0] and all(d & docs[0] for d in docs[1:]):
            self._in_latest_release(facts, probe, found[0][1], slots, later_kept=True)  # "first half": a release's own
            slots.period, slots.implied = found[0][0], slots.implied or "latest"

    def _no_period_of_length(self, slots: Context, company: Company, probe: Query, held: set[PeriodKey]) -> None:
        """'Q4 revenue', 'first half revenue' with no year, of a figure held only for periods of other lengths (full
        years, halves): no year would find it, so asking which year is no help; the reply says no period of that
        length is held, and lists what is. A flow only: a balance's date has no length."""
        assert slots.period is not None
        if not probe.flow or not held:
            return
        asked = {key[0] for year in {y + d for _, y, _ in held for d in (1, 0, -1)}
                 if (key := self.period_key(self._with_year(slots.period, year), company, probe.flow, probe.metric))}
        if len(asked) != 1 or asked & {k[0] for k in held}:
            return
        months = asked.pop()
        if months not in PERIOD_LENGTHS:
            return
        slots.period = None
        raise _Reply(wording.not_held(probe, self._holdings(probe), PERIOD_LENGTHS[months]), slots)

    def _ask_back_for_the_year(self, q: Question, company: Company, slots: Context) -> None:
        """'Q4 last year', 'the December quarter of last year', 'next December quarter': a question back listing what is
        held. Releases say
        "the fourth quarter last year" for the year-ago comparative, a reader today may mean the latest full year's
        quarter: either reading may be a wrong figure, so neither is picked (the quarter alone was given before,
        then the question asked which period)."""
        raise _Reply(self._missing_period(self._subject(q, company, slots)), slots)

    @staticmethod
    def _with_year(spec: PeriodSpec, year: int) -> PeriodSpec:
        """A yearless period given a year: "YTD through September" moves its month's date to that year as well."""
        return spec.with_year(year) if spec.kind in DATED_YEARLESS else replace(spec, year=year)

    def _pin_latest(self, q: Question, company: Company, slots: Context) -> None:
        """'latest', 'last quarter', 'this year', 'trailing twelve months' and a question naming no
        period, read against the latest figures the store holds for the company: the spec becomes
        the concrete period (or, for the trailing twelve months, the four quarters to add). Raises
        the reply that ends the question when nothing held fits."""
        assert slots.period is not None and slots.metric is not None
        kind = slots.period.kind
        subject = self._subject(q, company, slots)
        facts = Facts(self.lookup)
        held = self._held_as_read(facts, subject)
        for _, first, _ in DERIVED.get(slots.metric, ()) if not held else ():  # a margin: its inputs' periods
            held = facts.held(replace(subject, metric=first))
            if held:
                break
        if kind in ("next_year", "next_quarter"):
            self._pin_next(facts, subject, slots)
            return
        if not held:
            slots.period = None
            raise _Reply(self._not_held(subject, None), slots)
        if kind in ("latest", "latest_year") and slots.intent == "arithmetic" and slots.operation in ("sum", "average"):
            years = [k for k in held if k[0] == 12] if kind == "latest_year" and subject.flow else held  # its years
            if not years:
                slots.period = None
                raise _Reply(self._not_held(subject, None), slots)
            self._pin_release(subject, years, slots)
            return
        if not subject.flow:
            key = max(held, key=lambda k: (k[1], k[2], -k[0]))
            if kind == "latest":
                self._in_latest_release(facts, subject, key, slots)
            if kind == "year_ago":  # the latest balance date, a year back (held or not: then it says so)
                key = (key[0], key[1] - 1, key[2])
            if kind == "prior_quarter":  # the balance at the end of the quarter before
                key = (key[0], *months_back(key[1], key[2], 3))
            slots.period, slots.implied = spec_of(key), slots.implied or kind
            return
        if kind == "ttm":
            y, m = max((k[1], k[2]) for k in held)
            if (12, y, m) in held:  # the latest quarter ends a fiscal year: the twelve months are that year
                slots.period, slots.implied = spec_of((12, y, m)), "ttm"
                return
            if slots.intent not in ("value", "arithmetic") or slots.operation not in ("", "sum"):
                asked = slots.operation if slots.intent == "arithmetic" else slots.intent
                slots.period = None  # "revenue growth ttm": the four quarters' sum is no growth (it was given for it),
                raise _Reply(wording.unsupported(q.text, f"{asked} of the trailing twelve months", slots.metric),
                             slots)  # nor one quarter's change called the twelve months
            keys = [(3, *months_back(y, m, 3 * back)) for back in range(4)]
            slots.period, slots.others = spec_of(keys[0]), tuple(spec_of(k) for k in keys[1:])
            slots.operation, slots.intent, slots.implied = "sum", "arithmetic", "ttm"
            return
        if kind == "year_ago_quarter":  # the latest quarter held, a year back (held or not: then it says so)
            quarters = [k for k in held if k[0] == 3]
            if not quarters:
                slots.period = None
                raise _Reply(self._not_held(subject, None), slots)
            _, y, m = max(quarters, key=lambda k: (k[1], k[2]))
            slots.period, slots.implied = spec_of((3, y - 1, m)), slots.implied or kind
            return
        if kind in ("latest_quarter", "rel_quarter", "prior_quarter"):
            pool = [k for k in held if k[0] == 3]
        elif kind in ("latest_year", "rel_year"):
            pool = [k for k in held if k[0] == 12]
        else:
            pool = held
        if not pool:  # the figure is held, but of no period of the length asked: say which length is missing
            slots.period = None
            length = "any full year" if kind in ("latest_year", "rel_year") else "any quarter" if pool is not held else None
            raise _Reply(wording.not_held(subject, self._holdings(subject), length), slots)
        end = max((k[1], k[2]) for k in pool)
        at_end = [k for k in pool if (k[1], k[2]) == end]
        if kind == "this_year":  # the fiscal year to date ending then, held or not (then it says so): never a
            months = (end[1] - (subject.company.fye or 12) - 1) % 12 + 1  # shorter period held in its stead
            key = (months, *end)
        else:
            key = min(at_end, key=lambda k: (k[0] != 3, k[0]))  # the quarter where one ends then
        if kind == "latest":
            self._in_latest_release(facts, subject, key, slots)
        if kind == "year_ago":  # the latest period held, a year back (held or not: then it says so)
            key = (key[0], key[1] - 1, key[2])
        if kind == "prior_quarter":  # the quarter before the latest (held or not: then it says so)
            key = (3, *months_back(key[1], key[2], 3))
        slots.period = spec_of(key)
        slots.implied = slots.implied or kind

    def _in_latest_release(self, facts: Facts, subject: Query, key: PeriodKey, slots: Context,
                           later_kept: bool = False) -> None:
        """A figure asked with no period is the latest release's: where the latest period held for it ends before
        the latest period the company's releases report (a figure the latest release does not print), or long
        before the release holding it came out (only a comparative column of it was read, the release's own not),
        that older figure is no answer to "the latest" — said so, with what is held. A period named without its year
        ("Q4", "first half": `later_kept`) may end before the latest release's: only a comparative is no answer."""
        end = None if later_kept else self.lookup.company(subject.company.key).latest_end
        rows = facts.rows_for(subject, key)[1]
        stale = bool(rows) and all(f.release_date is not None and f.period_end is not None
                                   and (f.release_date - f.period_end).days > STALE_DAYS for f in rows)
        if not stale and (end is None or (key[1], key[2]) >= end):
            return
        slots.period = None
        label = period_label(key, subject.company.fye, subject.company.fy_offset)
        raise _Reply(wording.not_in_latest_release(subject, self._holdings(subject), end, label,
                                                   rows[0].release_date if stale else None), slots)

    def _pin_next(self, facts: Facts, subject: Query, slots: Context) -> None:
        """'next year', 'next quarter': the period after the latest one the company reports the figure for
        (its fiscal year, or quarter, that follows), never the latest period itself; what the store holds of it
        (an outlook) is then looked up as for any period named."""
        assert slots.period is not None
        actual = self.lookup.actual_periods_held(subject.company.key, subject.metric, subject.geo, subject.product)
        keys = [(months, y, m) for _, months, y, m in actual if months is not None and y is not None]
        if not keys:
            slots.period = None
            raise _Reply(self._not_held(subject, None), slots)
        _, y, m = max(keys, key=lambda k: (k[1], k[2]))
        if slots.period.kind == "next_quarter":
            key = (3, *months_back(y, m, -3))
        else:  # the fiscal year after the one the latest period falls in
            fye = subject.company.fye or 12
            end_year = y if m <= fye else y + 1
            key = (12, end_year + 1, fye)
        slots.period, slots.implied = spec_of(key), slots.implied or slots.period.kind

    def _pin_release(self, subject: Query, held: list[PeriodKey], slots: Context) -> None:
        """'average long-term debt' with no period: the periods of one length the latest release gives
        it for (its columns, 'FY 2019 and FY 2018'), each cited; the answer names them."""
        latest = max(held, key=lambda k: (k[1], k[2], -k[0]))
        facts = Facts(self.lookup)
        _, rows = facts.rows_for(subject, latest)
        if not rows:
            slots.period, slots.implied = spec_of(latest), "latest"
            return
        doc = rows[0].doc_id
        keys = [k for k in sorted(held, key=lambda k: (k[1], k[2]), reverse=True)
                if k[0] == latest[0] and any(r.doc_id == doc for r in facts.rows_for(subject, k)[1])]
        slots.period, slots.others, slots.implied = spec_of(keys[0]), tuple(spec_of(k) for k in keys[1:]), "release"

    # -- slots carried between questions -------------------------------------------------------
    def _slots(self, q: Question, ctx: Context) -> Context:
        if not is_followup(q):
            ctx = Context(default_company=ctx.default_company)  # a new question: nothing of the last one carries over
        slots = Context(
            company=q.company or ctx.company or ctx.default_company,
            default_company=ctx.default_company,
            metric=q.metric or with_variant(ctx.metric, q.variant, carried=True),
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
        carried = not periods and not q.operation and ctx.intent == "arithmetic" and bool(ctx.operation) \
            and q.intent == "value"  # "and net income?" after a sum, an average, a change or a share of periods
        if carried:  # the operation goes on with its periods, all of them (the first one alone was given for it)
            slots.intent, slots.others = "arithmetic", ctx.others
        slots.operation = q.operation or (ctx.operation if slots.intent == "arithmetic" else "")
        slots.implied = "" if (q.periods or not ctx.implied) else ctx.implied
        if ctx.implied == "ttm" and not periods:  # after the trailing twelve months: asked of them again, pinned on
            slots.period, slots.others = PeriodSpec("ttm"), ()  # the figure's (or company's) own latest quarters
        if ctx.implied == "ttm" and slots.intent == "arithmetic" and slots.operation == "sum" and not q.operation \
                and all(p.year is not None for p in periods):
            slots.intent, slots.operation = "value", ""  # the sum was the pinning's, never the asker's: pinned again
            # (never one quarter called the twelve months), and a period named whole ("and Q2 2024?") is its figure
            # ("and last year?" stays unread as before: a year before the twelve months is no quarter of them)
        if not periods and slots.implied in REPINNED and slots.company != ctx.company:
            slots.period = PeriodSpec(slots.implied)  # "and Bolt?" after Acme's prior quarter: Bolt's own, pinned again
            if slots.implied == "latest" and ctx.period is not None and ctx.period.kind in YEARLESS \
                    and ctx.period.kind != "date" and ctx.period.end is None:  # "and the nine months?" then "and
                slots.period = replace(ctx.period, year=None, within=None)  # Bolt?": Bolt's latest nine months, never
                # its latest quarter (the length named was dropped with the year)
        if carried and slots.implied == "release" and slots.company != ctx.company:  # "and Bolt?" after Acme's average
            slots.period, slots.others, slots.implied = None, (), ""  # of its latest release's periods: Bolt's own
        slots.words = q.norm if q.metric is not None else (
            requalified(ctx.words, q.norm) if q.basis_named else ctx.words)
        return slots

    # -- the company -----------------------------------------------------------------------------
    def find_company(self, name: str) -> Company | None:
        """The company a name or ticker names, read as a question reads it; a name that fits two
        companies is refused (ValueError), never one of them picked."""
        key, _, choices = read_company(normalize(name, self.vocab), self.vocab)
        if choices:
            names = ", ".join(sorted(c.name for k in choices if (c := self.vocab.company(k)) is not None))
            raise ValueError(f"{name!r} names more than one company ({names}); name one of them in full")
        if key is None and name.strip():
            key = self.vocab.companies.ticker(name.strip().lower())
        return self.vocab.company(key)

    def _company(self, q: Question, slots: Context) -> Company:
        if q.company_choices and not q.company:
            raise _Reply(self._which_of(q.text, q.company_choices), slots)
        if slots.company:
            company = self.vocab.company(slots.company)
            twin = self._lookalike_of(company)
            if company is not None and twin is not None:
                raise _Reply(self._which_of(q.text, [company.key, twin.key]), slots)
            if company:
                return company
        if len(self.vocab.companies) == 1:
            return self.vocab.companies[0]
        if not self.vocab.companies:
            raise _Reply(wording.store_empty(q.text))
        names = [c.name for c in self.vocab.companies[:8]]
        raise _Reply(wording.which_company(q.text, names, len(self.vocab.companies)), slots)

    def _change_held(self, company: Company, slots: Context) -> None:
        """A working-capital change ('change in inventories') the company's releases never print in a
        cash-flow statement is the change of its balance, computed from the balances held."""
        metric = BY_KEY.get(slots.metric or "")
        if metric is not None and metric.change_of and slots.intent == "value" \
                and not any(m == metric.key for m, _ in self.lookup.metrics_held(company.key)):
            slots.metric, slots.intent = metric.change_of, "change"

    def _lookalike_of(self, company: Company | None) -> Company | None:
        """The held company whose name a company's name imitates with look-alike letters of another
        script (found by key: the imitated name is the one in plain letters). Its figures are never
        answered under a name that prints like the other's: the reply asks which is meant."""
        if company is None or company.name.isascii():
            return None
        key = lookalike_key(company.name)
        twin = self.vocab.company(key) if key and key != company.key else None
        return twin if twin is not None and looks_alike(company.name, twin.name) else None

    def _which_of(self, text: str, keys: list[str]) -> Answer:
        companies = [c for c in (self.vocab.company(k) for k in keys) if c]
        return wording.which_of(text, companies)

    def _company_not_held(self, q: Question, slots: Context) -> Answer | None:
        """A company the question names by words no store company has ('Quarry Hill Mills diluted EPS',
        'Apple revenue', 'AAPL revenue'): 'I hold no releases of …', with the closest names, never 'which
        company?'. A segment of the company the conversation is about ('and Money Transfer?') is no company."""
        phrase = named_phrase(q) or (self._filer_word(q) if slots.company is None else "")
        if not phrase:
            lone = self._lone_unknown_word(q) if slots.company is None and len(self.vocab.companies) > 1 else ""
            if lone:  # typed as a name ('Nintendo'), or in lower case far from every held name ('google'): said not
                # held; in lower case close to a held name's word ('harbr' of Harbor) it may be a slip: asked back
                names = [c.name for c in self.vocab.companies[:8]]
                sure = lone[:1].isupper() or not self._near_a_held_name(lone)
                return wording.word_not_held(q.text, lone, names, len(self.vocab.companies), sure=sure)
            return None
        company = self.vocab.company(slots.company) if slots.company else None
        if company is not None and self._names_a_product(company, phrase, q.text):
            return None
        near: list[str] = []
        for word in re.findall(r"[a-z]+", phrase.lower()):
            close = self.vocab.companies.near_name_word(word, NEAR_NAME_CUTOFF) if len(word) >= 4 else None
            for key in self.vocab.companies.by_name_word(close) if close else ():
                company = self.vocab.company(key)
                if company and company.name not in near:
                    near.append(company.name)
        if not near:
            near = [c.name for c in self.vocab.companies[:5]]
        return wording.company_not_held(q.text, phrase, near, len(self.vocab.companies))

    def _another_name_run(self, q: Question, company: Company) -> str:
        """The name the question gives a company, where it is another's than the held company one of its words named
        ("First Bank net income" of a held "Federal Home Credit Bank"; "Kegg Tek revenue" of a held "Halvorsen Kegg"):
        a run of capitalised words holding a word of the held name and a word neither of that name nor of any slot
        (no figure, period, place, basis or word the store prints; an ordinal only before a period's noun, as
        "First Quarter"). Such a question is about a company the store does not hold: its figures are never the held
        one's. A question in lower case gives no such evidence, and is read as before."""
        own = {spelled_out(w) for w in re.findall(r"[a-z0-9&]+", company.name.lower())} | {(company.ticker or "").lower()} - {""}
        others = {w for key in q.companies if key != company.key and (c := self.vocab.company(key))
                  for w in re.findall(r"[a-z0-9&]+", c.name.lower())}
        tokens: list[str] = []
        for m in re.finditer(r"[A-Za-z0-9][\w&'\u2019./-]*|[:;,?!()\[\]\"|]", q.text):
            tok = m.group(0).replace("\u2019", "'").removesuffix("'s").rstrip(".,")
            tokens.append(tok if tok[:1].isalnum() else "")  # "Kavel Holdings: Which year ...": a mark ends a run
        asked = set(re.findall(r"[a-z]+", q.metric_phrase)) if q.metric is not None else set()
        # a figure's word the figure asked was not read with, left over ('Income' of "Harbor Income revenue", read as
        # revenue): a word of the name typed, never explained by the figure's vocabulary (nor a segment's word held)
        unread = {w for w in q.product_words if asked and w in FIGURE_WORDS and w not in STOPWORDS and w not in asked}
        unread -= self._product_words() if unread else set()
        for run in _capitalised_runs(tokens, own):
            low = [t.lower() for t in run]
            if not any(_of_name(w, own) for w in low):
                continue
            joined = {a + b for a, b in zip(low, low[1:]) if a + b in own}  # "Harrow Brands" of "Harrowbrands"
            stray = [t for t, w, before, after in zip(run, low, [""] + low[:-1], low[1:] + [""])
                     if not _of_name(w, own) and w not in others and before + w not in joined and w + after not in joined
                     and (w in unread or not _explained_name_word(t, w, after, self.vocab))]
            if any(t.lower() in unread for t in stray):
                return " ".join(run)
            # words the question reads as a line of the company's ("Kestrel Harbor Freight Logistics revenue"): its
            # line, answered or said not held as one, and the company kept for what follows
            stray = [t for t in stray if t.lower() not in q.product_words]
            if stray and not self._printed_by(company, stray):
                return " ".join(run)
        return ""

    def _printed_by(self, company: Company, words: list[str]) -> bool:
        """Every word is one the company's own releases print in a row's label, a segment or a product ("Rotor Parts
        Sales", a line of the company asked in capitals): a word of its figures, no other company's name."""
        printed = self._product_words()
        if not all(w.lower() in printed for w in words):
            facts = self.lookup.company(company.key)
            printed |= {w for r in facts.rows for w in re.findall(r"[a-z]+", f"{r[LABEL] or ''} {r[SECTION] or ''}".lower())}
            # a heading its rows stand under ('Commercial Lines' over 'Net premiums earned') is printed too
        return all(w.lower() in printed or w.lower().rstrip("s") in printed for w in words)

    def _lone_unknown_word(self, q: Question) -> str:
        """On a store of several companies, the one word of a question naming none that nothing explains
        ('Nintendo revenue Q4 2024'), no word of a held segment or product: the name of a company the store does
        not hold (the SEC lists no foreign filer that never registered) — 'which company?' would offer the store's
        companies for a question about another."""
        unknown = list(dict.fromkeys(w.lower() for w in q.unknown))
        if len(unknown) != 1 or len(unknown[0]) < 3 or not unknown[0].isalpha():
            return ""
        held = self._product_words()
        if unknown[0] in held or unknown[0].rstrip("s") in held:
            return ""
        typed = re.search(rf"\b{re.escape(unknown[0])}\b", q.text, re.IGNORECASE)
        return typed.group(0) if typed else ""

    def _near_a_held_name(self, word: str) -> bool:
        """A word typed in lower case that may be a slip of a word of a held company's name ('harbr' of Harbor Mutual,
        by spelling): asked back, never said not held. A short word (three letters) is too near too many: asked back."""
        low = word.lower()
        return len(low) < 4 or self.vocab.companies.near_name_word(low, NEAR_NAME_CUTOFF) is not None

    def _product_words(self) -> set[str]:
        """Every word of a segment or product any held company's releases name (a word of one is no company)."""
        return {w for products in self.vocab.products.values() for p in products for w in re.findall(r"[a-z]+", p.lower())}

    def _names_a_product(self, company: Company, phrase: str, text: str = "") -> bool:
        """The phrase is a segment or product the company's releases name (for any figure), or the start of one whose
        whole name the question says ('Rotor Parts' of 'and Rotor Parts Sales?', its last word read as the
        metric's)."""
        words = normalize(phrase, self.vocab).split()
        said = " " + " ".join(_PUNCTUATION.sub(" ", normalize(text, self.vocab)).split()) + " " if text else ""
        for (key, _), products in self.vocab.products.items():
            if key != company.key:
                continue
            for p in products:
                name = normalize(p, self.vocab).split()
                if name == words or (words and said and name[:len(words)] == words and f" {' '.join(name)} " in said):
                    return True
        return False

    def _filer_word(self, q: Question) -> str:
        """One capitalised word no slot explains that names a company the SEC lists ('Apple', 'Tesla') or
        is its ticker ('AAPL'), and no segment of a held company: a company the store does not hold."""
        unknown = {w.lower() for w in q.unknown} | {w.lower() for w in q.product_words}
        if not unknown:
            return ""
        held: set[str] | None = None
        for m in re.finditer(r"\b[A-Z][\w&'’-]*", q.text):
            word = m.group(0).replace("’", "'").removesuffix("'s")
            low = word.lower()
            if not {low, low + "s"} & unknown or len(word) < 2:
                continue
            if held is None:
                held = {p.lower() for products in self.vocab.products.values() for p in products}
            if low in held:
                continue
            filers = bundled_map()
            if (word.isupper() and filers.by_ticker(word)) or filers.by_base_name(word):
                return word
        return self._filer_words_typed_low(q, unknown)

    def _filer_words_typed_low(self, q: Question, unknown: set[str]) -> str:
        """A company the SEC lists named in lower case ('apple revenue', 'aapl revenue?'): a word no slot explains (as
        typed, or as repaired) that begins a registered name — with the word before or after it where the two do ('acme
        gas') — or is a ticker, and no word of a held company's segment or product ('oncology' of a product line)."""
        held = self._product_words()
        words = [w.replace("’", "'").removesuffix("'s") for w in re.findall(r"[a-z][a-z&'’-]*", q.text.lower())]
        filers = bundled_map()
        for i, word in enumerate(words):
            if len(word) < 3 or word in held or (word not in unknown and normalize(word, self.vocab) not in unknown):
                continue  # a word the question read as another (repaired into a store's word) is still the word typed
            for lo, hi in ((i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i, i + 3)):
                window = words[max(lo, 0):hi]
                if len(window) == hi - lo and not held & set(window) and filers.names_starting(window):
                    return " ".join(window)
            if filers.by_ticker(word) or filers.by_base_name(word) or (len(word) >= 4 and filers.names_starting([word])):
                return word
        return ""

    # -- place and product -----------------------------------------------------------------------
    def _product(self, q: Question, company: Company, slots: Context) -> str:
        metric = slots.metric or ""
        candidates = self.vocab.products.get((company.key, metric), [])
        key = self.period_key(slots.period, company, self.flow(company, metric)) if slots.period else None
        if key:  # prefer products the store holds for this place and period
            held = self.lookup.products_for_period(company.key, metric, slots.geo, key)
            candidates = sorted(held, key=len) + [c for c in candidates if c not in held]
        elif slots.intent in SERIES_INTENTS and metric.startswith("label:") and not candidates:
            # "in which year were the PSP payments for the Group larger?": a printed row's columns ('Group',
            # 'Company') over every period it is held for (the vocabulary keeps a row's products under 'other')
            rows = self.lookup.company(company.key).metric_rows(metric)
            candidates = sorted({r[PRODUCT] for r in rows if r[PRODUCT] and r[GEO] == slots.geo}, key=len)
        best, best_score = "", 0.0
        tied: list[str] = []
        for product in candidates:
            words = re.findall(r"[a-z]+", _EXCLUDED_PART.sub("", product.lower()))
            hits = sum(1 for w in q.product_words if any(fuzz.ratio(w[:6], pw[:6]) >= 84 for pw in words))
            score = hits / len(q.product_words) + 0.01 * hits - 0.001 * len(words)
            if hits and score > best_score + 0.01:
                best, best_score, tied = product, score, []
            elif hits and best and abs(score - best_score) < 1e-9 and _letters(product) != _letters(best):
                tied.append(product)
        if best and "total" not in best.lower() and any(re.search(rf"\btotal\s+{re.escape(w)}", q.norm)
                                                        for w in q.product_words):
            # "total product revenue": the sum of the product lines, never the one line named 'Other Products'
            subject = self._subject(q, company, slots)
            raise _Reply(wording.no_figures_about(q.text, ["total", *q.product_words], subject, self._holdings(subject)))
        if tied and not any(_names_whole(best, w) for w in q.product_words):
            # "Group revenue" where 'North Group' and 'South Group' are held alike: asked back, never one of them
            raise _Reply(wording.which_segment(q.text, [best, *tied], company.name, q.product_words))
        unexplained = [w for w in q.product_words if w not in self._metric_words(company, metric)
                       and not (slots.geo and w in _PART_WORDS)]  # "U.S. segment": the place is the segment
        asked = [w for w in q.product_words if w not in _synonym_words(metric)]
        pool = candidates if not best or _another_subject(best, asked, candidates) else \
            self._company_products(company, metric)
        if best and (other := _another_subject(best, asked, pool)):
            # "revenue from Routing for Network Solutions": a row and a column named at once; unless the row's own
            # figures are held under the column's name, neither one's figure (the column's total, the row's total)
            # answers it
            if cell := self._row_and_column(company, best, asked, re.findall(r"[a-z&]+", q.norm), metric):
                q.metric = slots.metric = cell[0]
                return cell[1]
            subject = self._subject(q, company, slots)
            named = [best] + [c for c in pool if c != best and any(_fits(c, w) for w in other)][:2]
            raise _Reply(wording.not_both(q.text, named, subject, self._holdings(subject)))
        if best and (row := self._row_of_every_word(company, best, asked, metric)):
            # "electric retail sales" where 'Electric' is a line of revenue and 'Electric retail sales (GWh)' a row of
            # its own: the words left over name that row, never the line's revenue
            subject = self._subject(q, company, slots)
            raise _Reply(wording.not_both(q.text, [best, row], subject, self._holdings(subject)))
        if not best and unexplained and self._said_by_headers(q, company, unexplained, metric):
            unexplained = []  # printed over the row's figures: they say what the figures are
        if not best and not unexplained:
            q.product_words = []  # every word names the metric itself
        if not best and unexplained and (row := self._label_holding_words(q, company)):
            q.metric = slots.metric = row  # 'how many devices were sold' of a row 'Devices sold', not sales of a product
            q.product_words = []
            return ""
        if not best and unexplained:  # words that name no place, product or line of business held: no number
            q.product_words = unexplained
            subject = self._subject(q, company, slots)
            raise _Reply(wording.no_figures_about(q.text, unexplained, subject, self._holdings(subject)))
        return best

    def _row_of_every_word(self, company: Company, best: str, asked: list[str], metric: str) -> str | None:
        """A printed row of another metric that holds every word asked where the product picked holds only some
        ('Electric retail sales (GWh)' for "electric retail sales", the product 'Electric'): its label, else None.
        Words of the metric's own names and the product's are no evidence; a word left over must be the row's."""
        rest = [w for w in asked if not _fits(best, w) and w not in _PART_WORDS
                and w not in self._metric_words(company, metric)]
        if not rest:
            return None
        facts = self.lookup.company(company.key)
        own = {r[LABEL].lower() for r in facts.by_metric.get(metric, []) if r[LABEL]}
        for key in sorted({*(k for k in facts.by_metric if k.startswith(LABEL_PREFIX)), *facts.printed}):
            label = key[len(LABEL_PREFIX):]
            if label not in own and all(_fits(label, w) for w in asked if w not in _PART_WORDS):
                return label
        return None

    def _row_and_column(self, company: Company, row: str, words: list[str], said: list[str],
                        asked_metric: str = "") -> tuple[str, str] | None:
        """The cell where a printed row and a class column meet ('revenue from Access Systems for Network Systems'):
        the row's figures read under its printed label, one of them under the one column that holds every word of the
        product asked the row does not, where the question says every word of the row and of the column. (metric,
        product) of that cell, or None where no such one cell is held ('revenue from Network Systems' names no row
        whole)."""
        if not _all_said(row, said):
            return None
        metric = LABEL_PREFIX + row.lower()
        held = sorted({r[PRODUCT] for r in self.lookup.company(company.key).metric_rows(metric) if r[PRODUCT]})
        left = [w for w in words if not _fits(row, w) and w not in _PART_WORDS]  # the words the row does not hold
        columns = [c for c in held if left and all(_fits(c, w) for w in left) and _all_said(c, said)]
        if len(columns) != 1 or self._cell_of_another_metric(company, metric, columns[0], asked_metric):
            return None
        return metric, columns[0]

    def _cell_of_another_metric(self, company: Company, label_key: str, column: str, asked: str) -> bool:
        """Is a cell of the row under the column printed on a line whose row the tables read as a metric other
        than the one asked ('revenue from Access Systems for Network Systems', where a gross profit table prints the
        same row and column)? The row's printed label drops the table's subject, so the metric asked can no longer
        pick the table: such a cell is no answer (abstain), never the other table's figure."""
        if not asked or asked.startswith(LABEL_PREFIX):
            return False
        facts = self.lookup.company(company.key)
        lines = {(r[DOC_ID], r[LINE_NO]) for r in facts.metric_rows(label_key) if r[PRODUCT] == column}
        for line in lines:  # each line's subject: the metrics its row was read as, or the heading printed over it
            on_line = [r for r in facts.rows if (r[DOC_ID], r[LINE_NO]) == line]
            metrics = {r[METRIC_KEY] for r in on_line if not r[METRIC_KEY].startswith(LABEL_PREFIX)}
            if (metrics or any(r[SECTION] for r in on_line)) and asked not in metrics:
                return True
        return False

    def _company_products(self, company: Company, metric: str) -> list[str]:
        """The segments and products the company's releases name for figures other than the metric asked: a column
        ('Network Solutions') whose own figures were read under another metric than the rows' total ('revenue from
        Network Solutions', where only 'Subscriber Solutions' is a product of revenue), so a word of it is never
        dropped to pick the one product of the metric that shares another word."""
        products = self.lookup.company(company.key).products
        return sorted({p for m, held in products.items() if m != metric for p in held})

    def _metric_words(self, company: Company, metric: str) -> set[str]:
        """Words that name the metric itself: its synonyms and the labels it is printed under
        ('depletion' in 'Depreciation, depletion and amortization', 'outstanding' in shares)."""
        words: set[str] = set()
        if metric in BY_KEY:
            for phrase in BY_KEY[metric].synonyms + (BY_KEY[metric].name,):
                words.update(re.findall(r"[a-z]+", phrase.lower()))
        for label in self.lookup.labels_for_metric(company.key, metric):
            words.update(re.findall(r"[a-z]+", label.lower().replace("'", "")))
        return words | {w.rstrip("s") for w in words} | {w + "s" for w in words}

    # -- replies that end a question -------------------------------------------------------------
    def _holdings(self, query: Query):
        return holdings(self.lookup, query.company.key, query.metric, query.geo, query.product)

    def _not_held(self, query: Query, key: PeriodKey | None) -> Answer:
        label = period_label(key, query.company.fye, query.company.fy_offset) if key else None
        return wording.not_held(query, self._holdings(query), label)

    def _missing_period(self, query: Query) -> Answer:
        return wording.missing_period(query, self._holdings(query))

    def _unknown_place(self, q: Question, company: Company, slots: Context) -> Answer:
        metric = slots.metric or ""
        places = sorted({g for g, _ in self.lookup.segments_held(company.key, metric) if g})
        return wording.unknown_place(q.text, company.name, metric, q.unknown_place or "", places)

    def _default_company(self, key: str | None) -> Company | None:
        return self.vocab.company(key) or (self.vocab.companies[0] if len(self.vocab.companies) == 1 else None)

    def _unknown_words(self, q: Question, slots: Context, company: Company | None = None) -> Answer:
        """A word no slot explains means the question asks for something the releases may not
        hold: no number, the word named, and what is held."""
        company = company or self._default_company(slots.company)
        held = None
        if company is not None:
            subject = Query(q.text, q.norm, company, slots.metric or "", (), slots.intent, True, geo=slots.geo,
                            product=slots.product)
            held = holdings(self.lookup, company.key, slots.metric, slots.geo, slots.product), subject
        return wording.unknown_words(q.text, list(dict.fromkeys(q.unknown)), company, slots.metric, held)

    def _offtopic(self, q: Question) -> Answer:
        if q.periods or q.company:  # it asks for a figure, but not one the releases report
            company = self._default_company(q.company)
            held = holdings(self.lookup, company.key, None) if company else None
            return wording.no_such_figure(q.text, company, held)
        return wording.offtopic(q.text, list(dict.fromkeys(q.unknown)))


# a change against the quarter before, with no quarter named ("sequential revenue growth", "growth vs last quarter")
SEQUENTIAL = re.compile(r"\bsequential(?:ly)?\b|\bqoq\b|\bquarter[\s-]+over[\s-]+quarter\b|\blinked[\s-]+quarter\b|"
                        r"\b(?:prior|previous|preceding)(?:-quarter\b|\s+quarter\s+(?:change|growth|increase|decrease|"
                        r"decline|rise|comparison|basis)\b)|"
                        r"\b(?:vs\.?|versus|compared\s+(?:with|to)|over|against|from)\s+(?:the\s+)?(?:last|prior|previous|preceding)\s+quarter\b")
# a change against the same period a year before ("yoy", "y/y", "vs last year" are read as "year over year" in
# chat/question.py normalize): of a balance, the same date a year earlier
YEAR_OVER_YEAR = re.compile(r"\byear[\s-]+(?:over|on)[\s-]+year\b")
# across companies, the period named against each one's latest ("last quarter", "the latest year") is the latest such
# period most of them give (it asked 'which period?'); months of a flow's period
# A quarter or year named over companies without "fiscal"/"FY" ("Q4 2024", "2024", "calendar 2024") is the calendar
# one: each company's period is matched by the date it ends on, never by its fiscal name (a fiscal Q4 2024 that
# ended in January 2024 is not Q4 2024).
CALENDAR_KINDS = ("Q", "FY", "year", "YTD")
FISCAL_WORD = re.compile(r"\b(?:fy|fiscal)")
CALENDAR_WORD = re.compile(r"\bcalendar\b")  # of one company too: "revenue calendar 2024"


def calendar_match(asked: PeriodKey, fye: int) -> PeriodKey | None:
    """The period of a calendar ending in fiscal year-end month `fye` that stands for the calendar period `asked`
    (months, end year, end month): of the same length, ending within a month of it, so that most of its months
    fall in the asked one (a quarter ending in January, November to January, is the December quarter); None when
    the calendar's periods of that length end further away (a fiscal year ending in June is no calendar year, its
    first half, July to December, no calendar first half). A quarter ends at any fiscal quarter's end, a year or a
    year to date of `months` only that many months after the fiscal year began."""
    months, y, m = asked
    step = 3 if months == 3 else 12
    for shift in (0, 1, -1):
        yy, mm = add_months(y, m, shift)
        if (mm - fye - months) % step == 0:
            return months, yy, mm
    return None


# A release comes out within months of the period it reports (a 10-K's 90 days at most): a figure of a period ended
# half a year or more before its release is one of its comparatives
STALE_DAYS = 183
LATEST_ACROSS = {"latest": 3, "latest_quarter": 3, "rel_quarter": 3, "latest_year": 12, "rel_year": 12}
MADE_WORDS = set(LANGUAGE.get("made", ()))  # "how much did Acme make": which figure is asked back (vocabulary.toml)
YEARLESS = {"Q", "YTD", "FY", "YE", "H2", "YTDM", "date"}  # "YE": "at year end" with no year; "H2": the second half
# yearless periods held as a month's date (the placeholder year): "YTD through September", "the December quarter"
DATED_YEARLESS = {"YTDM", "date"}
# a period's length as a reply names it when none of that length is held ("The releases don't hold revenue for any quarter.")
PERIOD_LENGTHS = {3: "any quarter", 6: "any six months", 9: "any nine months", 12: "any full year"}
OUTSTANDING_SAID = re.compile(r"\boutstanding\b")
SHARES_OUTSTANDING_ROW = re.compile(r"^(?:total\s+)?(?:(?:common|ordinary|class\s+\w)\s+)?(?:shares|stock)\s+outstanding\b"
                                    r"(?!.*\b(?:weighted|average|avg)\b)", re.I)
AVERAGE_SAID = re.compile(r"\b(?:weighted|average|avg)\b")  # shares 'outstanding' at a date are no weighted average  # a period named without its year ("Q4", "nine months"): the latest held
RATIO_WORDS = {"ratio", "proportion", "percentage", "percent", "%"}
_STRONG = r"(?:to|over|against|versus|vs\.?|divided\s+by|(?:expressed\s+)?as\s+a\s+(?:percentage|percent|%)\s+of|out\s+of)"
RATIO_OF = re.compile(r"\b(?P<kind>ratio|proportion|percentage|percent|%)\s+of\s+(?:the\s+)?(?P<a>.+?)\s+" + _STRONG +
                      r"\s+(?:the\s+)?(?P<b>.+?)\W*$", re.I)
# "the percentage (share) of A among the total B", "the percentage constitution of A in total B"
RATIO_IN = re.compile(r"\b(?P<kind>percentage|percent|%)(?:\s+(?:share|constitution|composition|contribution))?\s+of\s+"
                      r"(?:the\s+)?(?P<a>.+?)\s+(?:in|among|of|out\s+of)\s+(?:the\s+)?(?P<b>total\b.+?)\W*$", re.I)
# "A as a percentage of B", "A expressed as a ratio of B", "A expressed as a percentage to B", "A as % of B"
AS_PERCENT_OF = re.compile(r"^(?:what\s+(?:is|was|were|are)\s+)?(?:the\s+)?(?P<a>.+?)\s+(?:expressed\s+)?as\s+(?:an?\s+)?"
                           r"(?P<kind>percentage|percent|%|ratio)\s+(?:of|to)\s+(?:the\s+)?(?P<b>.+?)\W*$", re.I)
# "A % of B", "A percent of B" (no 'as'): A as a percentage of B (a question word before the percent word is
# WHAT_PERCENT_OF's, 'what percentage of B came from A')
PERCENT_OF_NAMED = re.compile(r"^(?:what\s+(?:is|was|were|are)\s+)?(?:the\s+)?(?!(?:what|which|how)\b)(?P<a>\S.*?)\s+"
                              r"(?P<kind>percentage|percent|%)\s+of\s+(?:the\s+)?(?P<b>.+?)\W*$", re.I)
# "A divided by B": a plain ratio of the two figures (the words were repaired into "dividend" and left a question back)
DIVIDED_BY = re.compile(r"^(?:what\s+(?:is|was|were|are)\s+)?(?:the\s+)?(?P<a>.+?)\s+(?P<kind>divided)\s+by\s+(?:the\s+)?"
                        r"(?P<b>.+?)\W*$", re.I)
WHAT_PERCENT_OF = re.compile(r"^what\s+(?P<kind>percentage|percent|%)\s+of\s+(?:the\s+)?(?P<b>.+?)\s+(?:is|was|were|are|"
                             r"came\s+from|comes\s+from)\s+(?:from\s+)?(?:the\s+)?(?P<a>.+?)\W*$", re.I)


DIFFERENCE_OF = re.compile(r"\bdifference\s+between\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\W*$", re.I)
MINUS = re.compile(r"^(?:what\s+(?:is|was|were|are)\s+)?(?:the\s+)?(?P<a>.+?)\s+minus\s+(?:the\s+)?(?P<b>.+?)\W*$", re.I)


# "the change in X from (the) beginning to (the) end of 2019", "between the beginning and the end of the year 2019": the
# movement of a balance over one period, its closing row less its opening row (a roll-forward's)
ROLL_FORWARD_ASKED = re.compile(
    r"\b(?:change|difference|increase|decrease|movement)\s+(?:in|of)\s+(?:the\s+)?(?P<x>.+?)\s+(?:from|between)\s+"
    r"(?:the\s+)?(?:beginning|start)(?:\s+of\s+(?:the\s+)?(?:period|year))?\s+(?:to|and)\s+(?:the\s+)?end\s+of\s+"
    r"(?:the\s+)?(?:(?:fiscal\s+)?(?:period|year)\s+)?(?:(?:in|for|of)\s+)?(?P<when>(?:fiscal\s+|fy\s*)?(?:19|20)\d\d)\W*$",
    re.I)
# "the percentage difference between A and B", "the % change ... from beginning to end", "by what percent": a
# relative comparison, which no amount (nor a gap in points) answers
RELATIVE_COMPARISON = re.compile(r"(?:\bpercent(?:age)?|%)\s*(?:difference|gap|change|increase|decrease|growth)\b|"
                            r"\bby\s+what\s+(?:percent(?:age)?|%)|\bin\s+percent(?:age)?\s+terms\b|\bgrowth\b", re.I)
# "the change in the balance for 2019" where no row is named so but a roll-forward's opening and closing rows are:
# the balance's movement over that year (tried only where the question read no figure)
MOVEMENT_IN_A_YEAR = re.compile(
    r"\b(?:change|increase|decrease|movement)\s+(?:in|of)\s+(?:the\s+)?(?P<x>.+?)\s+(?:for|in|during)\s+(?:the\s+)?"
    r"(?:(?:fiscal\s+)?year\s+)?(?P<when>(?:fiscal\s+|fy\s*)?(?:19|20)\d\d)\W*$", re.I)
# a row's words that say it is the opening or the closing balance of its column's period
OPENING_PHRASE = re.compile(r"(?:\bat\s+|,\s*|-\s*)?(?:the\s+)?beginning\s+of\s+(?:the\s+)?(?:period|year)\b")
CLOSING_PHRASE = re.compile(r"(?:\bat\s+|,\s*|-\s*)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:period|year)\b")


def _subject_words(text: str) -> list[str]:
    """What a balance is named by, its function words aside ('the warranty reserve' and 'Warranty reserve,': one)."""
    return [_stem_plain(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("the", "a", "an", "of", "at")]


MOVE_WORDS = RISE_WORDS | FELL_WORDS | set(LANGUAGE.get("loss_larger", ())) | set(LANGUAGE.get("loss_smaller", ())) | set(
    LANGUAGE.get("moved", ()))


def segment_named_across(q: Question, slots: Context) -> str:
    """The segment, product or place a question over companies names ('the highest EMEA revenue', 'A vs B
    international revenue', 'companies whose Medical revenue rose'), as said; '' when it names none. Across
    companies only each company's total is compared, so a question naming one is refused, never answered with the
    totals. A word the spelling repair made of a word saying which way a figure moved ('rose' read as 'roe') is no
    segment."""
    place = q.geo or slots.geo or (q.other_geos[0] if q.other_geos else "") or q.unknown_place or ""
    if place:
        return GEO_DISPLAY.get(place, place)
    if q.product or slots.product:
        return q.product or slots.product
    typed = set(re.findall(r"[a-z&]+", q.text.lower()))
    changed = typed - set(re.findall(r"[a-z&]+", q.norm))  # typed words the repair replaced
    repairs_of_moves = bool(changed) and changed <= MOVE_WORDS
    own = set(re.findall(r"[a-z]+", f"{q.metric_phrase} {wording.metric_name(slots.metric or '')}".lower()))
    words = [w for w in q.product_words if w not in MOVE_WORDS | own and (w in typed or not repairs_of_moves)]
    return " ".join(words)  # the metric's own words said twice ('A diluted shares vs B diluted shares'): no part


def _one_row_named_across(q: Question) -> bool:
    """Does the question name one row whose own name joins two words with 'and' ('Restructuring costs and other
    reserves'), printed whole in the question? Then 'the difference between the <row> in 2019 and 2018' is that row's
    change, never the difference of a 'restructuring costs' figure and an 'other reserves' one."""
    name = " ".join(wording.metric_name(q.metric).lower().split()) if q.metric else ""
    return " and " in name and name in " ".join(q.text.lower().split())


def difference_parts(text: str) -> tuple[str, str] | None:
    """The two figures of 'the difference between A and B' or 'A minus B', each with the question's company prefix
    ('Acme: '), as a ratio's parts keep it: a row only one company prints ('Warranty reserve, end of period') is read
    of that company alone, and read without it neither part named a figure — the question then fell to one row's
    change against the year before, a figure it never asked for."""
    body = text.split(":", 1)[-1].strip() if re.match(r"^[^:?]{1,80}:\s", text) else text.strip()
    prefix = text[:len(text) - len(body)]
    for pattern in (DIFFERENCE_OF, MINUS):
        m = pattern.search(body)
        if m:
            return prefix + m.group("a"), prefix + m.group("b")
    return None


# periods named against a company's latest figures: a follow-up about another company pins them again on its own (the
# first company's quarter, carried, was said to be "the quarter before the latest one I hold" of the second)
REPINNED = {"latest", "latest_quarter", "latest_year", "rel_year", "rel_quarter", "prior_quarter", "year_ago",
            "year_ago_quarter", "this_year"}
# a legal form said ("Medical Corp"): a company's name, never a line of business of another
NAME_FORM_SAID = re.compile(r"\b(?:" + "|".join(sorted((w for w in LEGAL_WORDS if " " not in w and w != "the"), key=len,
                                                       reverse=True)) + r")\b")
# a divisor that is a number ("divided by 2", "by three"), never a year or a period's length
BY_A_NUMBER = re.compile(r"^\s*(?:the\s+)?(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|"
                         r"ten|twelve|a\s+(?:hundred|thousand|million))\b(?!\s*(?:months?|weeks?|quarters?))", re.I)


def ratio_parts(text: str) -> tuple[str, str, bool] | None:
    """A question's dividend and divisor, and whether it asks for a percentage (or a plain ratio)."""
    body = text.split(":", 1)[-1].strip() if re.match(r"^[^:?]{1,80}:\s", text) else text.strip()
    for pattern in (AS_PERCENT_OF, WHAT_PERCENT_OF, RATIO_OF, RATIO_IN, DIVIDED_BY, PERCENT_OF_NAMED):
        m = pattern.search(body)
        if m:
            prefix = text[:len(text) - len(body)]
            return prefix + m.group("a"), prefix + m.group("b"), m.group("kind").lower() not in ("ratio", "proportion",
                                                                                                 "divided")
    return None


TWO_FIGURES = [  # (pattern, operation): the figures' names in "rest", parted at one of its "and"s
    (re.compile(r"\b(?:sum|total|combined\s+(?:amount|value|total))\s+of\s+(?:the\s+)?(?P<rest>.+?)\W*$", re.I), "sum"),
    (re.compile(r"\bdifference\s+(?:in\s+(?:the\s+)?(?:value|amount)s?\s+)?(?:between|in)\s+(?:the\s+)?(?P<rest>.+?)\W*$",
                re.I), "gap"),
]


def two_figure_parts(text: str) -> list[tuple[str, str, str]]:
    """Every way a question's 'sum of A and B' or 'difference between A and B' parts into two names, each
    with the question's company prefix, and the operation."""
    body = text.split(":", 1)[-1].strip() if re.match(r"^[^:?]{1,80}:\s", text) else text.strip()
    prefix = text[:len(text) - len(body)]
    out = []
    for pattern, operation in TWO_FIGURES:
        m = pattern.search(body)
        if not m:
            continue
        rest = m.group("rest")
        for joint in re.finditer(r"\s+and\s+(?:the\s+)?", rest):
            a, b = rest[:joint.start()].strip(" ,"), rest[joint.end():].strip(" ,")
            if a and b:
                out.append((prefix + a, prefix + b, operation))
    return out


def shared_head(a_text: str, b_text: str) -> str:
    """The first of two names sharing the second's head noun, where the first prints only its own word ('the high and
    low price per share', 'basic and diluted EPS'): that word with the second's words after its own first word
    ('high price per share'); '' where the first is more than one word or the second names nothing after its own."""
    prefix = os.path.commonprefix([a_text, b_text])  # the question's "Acme: " before both parts
    prefix = prefix[:prefix.rfind(": ") + 2] if ": " in prefix else ""
    own, other = a_text[len(prefix):].strip(), b_text[len(prefix):].split(None, 1)
    if not re.fullmatch(r"[A-Za-z][\w-]*", own) or len(other) < 2:
        return ""
    return f"{prefix}{own} {other[1]}"


def is_percent_metric(metric: str | None) -> bool:
    """A figure that is itself a percentage of another (a margin, a rate): 'gross margin as a percentage
    of revenue' names it, and asks for no division."""
    found = BY_KEY.get(metric or "")
    return found is not None and (found.unit == "percent" or (metric or "").endswith("_pct"))


def clean_part(q: Question) -> bool:
    """A part of a ratio read with no doubt: a sure metric, no word unexplained, no operation of its own."""
    return (not q.unknown and not q.unsupported and not q.operation and not q.other_geos and not q.unknown_place
            and q.metric_score >= CONFIDENCE_FLOOR and not (q.runner_up and q.runner_up[1] >= q.metric_score - READING_MARGIN
                                                             and q.metric_score < 100))


def readings(q: Question, metric: str) -> list[str]:
    """The metrics a question's metric may be printed as, in order; "gross margin" is first the
    row the release itself calls gross margin (a percentage where it prints one)."""
    if metric == "gross_margin" and "margin" in q.metric_phrase:
        return ["gross_margin_pct", "gross_margin"]
    return METRIC_READINGS.get(metric, [metric])


def confidence(q: Question, slots: Context) -> int:
    score = q.metric_score if q.metric else 85
    if not q.periods:
        score -= 5
    if q.product_words and not slots.product:
        score -= 5 * len(q.product_words)
    return int(max(0, min(100, score)))


def spec_of(key: PeriodKey) -> PeriodSpec:
    """A concrete period (months, end year, end month) as a spec that resolves back to it."""
    months, y, m = key
    end = month_end(y, m)
    if months in (6, 9):
        return PeriodSpec("YTD", y, months=months, end=end)
    return PeriodSpec("date", y, months=months or None, end=end)


def filled_years(specs: list[PeriodSpec]) -> list[PeriodSpec]:
    """'average … between 2017 and 2019' adds or averages every year of the span, not only its ends."""
    if len(specs) == 2 and all(s.kind in ("year", "FY") and s.year for s in specs) and specs[0].kind == specs[1].kind:
        first, last = sorted(s.year or 0 for s in specs)
        if 2 <= last - first <= 10:
            return [replace(specs[0], year=y) for y in range(first, last + 1)]
    return specs


def order_periods(periods: list[PeriodSpec], intent: str) -> list[PeriodSpec]:
    """The period asked about first, then those it is compared with: 'sequential growth Q2 2010'
    is about Q2 2010 (against the quarter before); 'from December 31, 2006 to September 30, 2007'
    is about the later date."""
    absolute = [p for p in periods if not p.kind.startswith("rel_")]
    relative = [p for p in periods if p.kind.startswith("rel_")]
    if absolute and relative:
        return absolute[:1] + relative + absolute[1:]
    if intent == "change" and len(absolute) == 2:
        first, second = absolute[0].end, absolute[1].end
        if first is not None and second is not None and first < second:
            return [absolute[1], absolute[0]]
    return periods


def is_followup(q: Question) -> bool:
    """A text continues the conversation only when it names a slot itself and leaves no word
    unexplained ("and EMEA?", "what about 2006?", "and diluted?"); anything else starts afresh."""
    return bool(q.named) and not q.unknown


LEGAL_FORM = re.compile(LEGAL_SUFFIX + r"\.?")
NAME_WORD = re.compile(r"\b[A-Z][\w&.'-]*[A-Za-z]")


LEGAL_WORDS_SET = {w for legal in LEGAL_WORDS for w in legal.split()}
_NAME_JOINERS = {"of", "and", "&", "de", "du", "la", "the"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
_PERIOD_NOUNS = {"quarter", "quarters", "qtr", "half", "fiscal", "nine", "six", "three", "twelve", "month", "months",
                 "year", "period", "semester"}


def _capitalised_runs(tokens: list[str], own: set[str]) -> list[list[str]]:
    """Runs of capitalised words standing together ("First Bank", "Bank of Hawaii"); a small joining word stands in
    one where the word after it is capitalised ("of") — "and" / "&" only where the word after it is of the held name
    ("Farmers and Merchants"), so "Acme and Zenith" are two names."""
    runs: list[list[str]] = [[]]
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        low = tok.lower()
        if tok[:1].isupper() or (tok[:1].isdigit() and runs[-1]):
            runs[-1].append(tok)
        elif runs[-1] and low in _NAME_JOINERS and nxt[:1].isupper() and (low == "of" or _of_name(nxt.lower(), own)):
            runs[-1].append(tok)  # joins the run ("Bank of Hawaii"): a joining word is explained as one
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if len(r) >= 2]


def _of_name(word: str, own: set[str]) -> bool:
    """A word of the held name, its printed short form ("Mgmt" of Management, parsers/name_forms.py), its start
    ("Keg" of Kegg), or a slip of one ("Halvorsan" of Halvorsen)."""
    parts = [p for p in re.split(r"[-/.'&]", word) if p]
    if len(parts) > 1 and all(_of_name(p, own) for p in parts):
        return True  # "Varro-Toledo": the name's words joined by a hyphen
    word = spelled_out(word)
    return word in own or (len(word) >= 3 and any(w.startswith(word) for w in own)) or (
        len(word) >= 4 and any(len(w) >= 4 and fuzz.ratio(word, w) >= NEAR_NAME_CUTOFF for w in own))


def _explained_name_word(typed: str, word: str, after: str, vocab: StoreVocabulary) -> bool:
    """A capitalised word a slot of the question explains: a figure's, period's, basis' or place's word, an acronym
    or code ("EPS", "Q4", "FY2024"), a word the store prints (a segment's "Display"); an ordinal only before a
    period's noun ("First Quarter"), for "First" starts as many names as quarters."""
    if any(ch.isdigit() for ch in word) or (typed.isupper() and len(typed) >= 2):
        return True
    if "/" in word:  # "Asia/Pacific", "U.S./Canada": one place, or each part explained
        return _is_place(word.replace("/", " ")) or all(
            _explained_name_word(part, part, after, vocab) for part in word.split("/") if part)
    if word in _ORDINALS:
        return after in _PERIOD_NOUNS
    if word in LEGAL_WORDS_SET or word in _NAME_JOINERS or word in STOPWORDS:
        return True
    return any(form in vocab.words for form in (word, word.rstrip("s"), word + "s")) or _is_place(word)


def named_phrase(q: Question) -> str:
    """Capitalised words of the question that no slot explains, standing together: the name of a
    company the store does not hold ('Quarry Hill Mills')."""
    unknown = {w.lower() for w in q.unknown} | {w.lower() for w in q.product_words}
    if not unknown:
        return ""
    unknown |= {w[:-1] for w in unknown if w.endswith("s")}  # "Apple's" is read as the word "apples"
    runs: list[list[str]] = [[]]
    possessive: set[int] = set()
    for m in re.finditer(r"[A-Za-z][\w&.'’-]*", q.text):
        raw = m.group(0).replace("’", "'")
        word = raw.removesuffix("'s").rstrip(".")
        parts = [p for p in re.split(r"[-']", word.lower()) if p]
        if runs[-1] and LEGAL_FORM.fullmatch(raw.rstrip(",")):  # "Apple Inc.": the legal form ends the name
            runs[-1].append(raw.rstrip(",."))
            runs.append([])
        elif word[:1].isupper() and parts and all(p in unknown for p in parts):
            runs[-1].append(word)
            if raw.endswith("'s"):
                possessive.add(len(runs) - 1)
                runs.append([])
        elif runs[-1]:
            runs.append([])
    named = [r for i, r in enumerate(runs) if len(r) >= 2 or (r and i in possessive)]  # a name, not one odd word
    best = max(named, key=len) if named else []
    return " ".join(best)
