"""Question understanding: loose text to slots (company, metric, segment, period, what is asked).

Spelling is repaired against words the store and the vocabulary know; metrics are matched with
rapidfuzz against synonym phrases, the longest reading first; the two best readings must be far
enough apart, else the engine asks back.
"""
from __future__ import annotations

import collections
import difflib
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from chat.periods import PeriodSpec, find_periods
from chat.vocab import BASE_WORDS, Company, StoreVocabulary
from knowledge.lookup import SECTION_MARK
from knowledge.vocabulary import BY_KEY, GEOGRAPHIES, LANGUAGE, LEGAL_FORMS, LEGAL_WORDS, METRICS, canonical_geo, canonical_metric
from parsers.company_names import name_word_key
from parsers.text_normal import normalize_text

ABBREVIATIONS: dict[str, str] = dict(LANGUAGE.get("abbreviations", {}))  # knowledge/vocabulary.toml
CHANGE_WORDS = re.compile(r"\b(?:growth|grow|grew|growing|increase[sd]?|decrease[sd]?|change[sd]?|declined?|rise|rose|"
                          r"fell|fall|up|down|yoy|year over year|quarter over quarter|improve[sd]?|improvements?|delta|narrow(?:ed)?|widen(?:ed)?|"
                          r"variances?)\b")
AGAINST_WORDS = re.compile(r"\b(?:vs\.?|versus|compared|over|against|relative to)\b")  # a change only between periods
# ... an against-word before a period ("vs last quarter", "compared to the prior year"), not one joining two companies
# ("Acme vs Zenith revenue last quarter": their figures side by side, not a change)
AGAINST_PERIOD = re.compile(r"\b(?:vs\.?|versus|compared(?:\s+(?:to|with))?|over|against|relative\s+to)\s+(?:the\s+|a\s+)?"
                            r"(?:last|prior|previous|preceding|same|year|quarter|q[1-4]|[1-4]q|fy|fiscal|first|second|"
                            r"third|fourth|h[12]|nine|six|three|twelve|\d)")
GROWTH_WORDS = re.compile(r"\b(?:growth|grow|grew|growing|increase[sd]?|decrease[sd]?|change[sd]?|declined?)\b")
TREND_WORDS = re.compile(r"\b(?:trend|over time|history|historical|moved?|evolved?|evolution|every period|all periods|each quarter|by quarter|"
                         r"across periods|time series)\b")
COMPARE_WORDS = re.compile(r"\bcompare\b|\bcomparison\b")
SHARE_WORDS = re.compile(r"\bshare\s+of\b|\b(?:revenues?|sales)\s+share\b|\b(?:percent(?:age)?|%|proportion|portion|fraction)\s+of\s+(?:total\s+)?"
                         r"(?:revenues?|sales)\b|\bmix\b")
INVENTORY_WORDS = re.compile(r"\b(?:what (?:do|can) you (?:have|know)|what can you tell me about|what figures (?:are there|do you have)|what(?:'s| is) (?:in|stored)|what data|what can i ask|"
                             r"what do you know|list (?:the )?(?:metrics|facts|figures)|available (?:data|figures))\b")
FISCAL_YEAR_WORDS = re.compile(r"\bfiscal\s+year\s*(?:end|ends|ending|close|closes)?\b|\byear[\s-]end\b|\bfiscal\s+calendar\b")
HELP_WORDS = re.compile(r"^\s*(?:help|\?|hi|hello|hey)\s*[?!.]*\s*$|^\W*what\s+can\s+(?:i\s+ask|this\s+(?:app|tool|thing)\s+do|"
                        r"you\s+do)\b|^\W*how\s+do\s+i\s+use\b")
# "the percentage change of gross margin": the percent is the change's, not the figure's
PERCENT_OF_CHANGE = re.compile(r"\b(?:percent(?:age)?|%)\s+(?:change|growth|increase|decrease|decline|rise|fall)\b")
PERCENT_WORDS = re.compile(r"\b(?:percent(?:age)?|%|ratio|rate|as a percent|of revenues?)\b")
OTHER_PLACES = re.compile("|".join(f"(?:{pattern})" for _, _, pattern in GEOGRAPHIES))  # the vocabulary's places
STOPWORDS: set[str] = set(LANGUAGE.get("stopwords", ()))  # words that name no slot (knowledge/vocabulary.toml)
GUIDANCE_WORDS: set[str] = set(LANGUAGE.get("guidance", ()))  # words that ask for an outlook (the basis guidance)
FILLER: set[str] = set(LANGUAGE.get("filler", ()))  # words too empty to read a metric from
# English words a printed label holds ("Fixed assets not yet in service", "Within one year"): never "repaired"
# into a store word ('not' is no 'note', 'one' no 'none')
FUNCTION_WORDS = frozenset("""not one two yet than less more within under into onto after before without per each only
also but any all its our new old off out due own via higher highest larger largest greater greatest lower lowest
smaller smallest bigger biggest fewer fewest low high upper top bottom
four five seven eight ten eleven twenty thirty forty fifty""".split())  # "low end": never "flow"; "the last four
# quarters" was repaired into "the last for quarters", which names no period (the latest quarter alone was answered)


@dataclass
class Question:
    text: str
    norm: str
    company: str | None = None
    company_choices: list[str] = field(default_factory=list)  # the companies the text may mean: ask which
    metric: str | None = None
    metric_score: float = 0.0
    runner_up: tuple[str, float] | None = None
    geo: str | None = None  # None: not named; "": the total
    product: str | None = None
    product_words: list[str] = field(default_factory=list)
    unknown_place: str | None = None
    other_geos: list[str] = field(default_factory=list)  # "US vs EMEA": the places compared with the first
    periods: list[PeriodSpec] = field(default_factory=list)
    intent: str = "value"  # value, change, compare, trend, inventory, help
    wants_percent: bool = False
    leftover: str = ""  # the question less its period, company, place and metric words
    metric_phrase: str = ""  # the synonym the metric was read from
    # a printed row the vocabulary canonicalized, named whole by the question ('income taxes payable'): the
    # reading taken only where the metric's would leave words unexplained
    printed_row: str = ""
    basis: str = ""  # "" (as reported, GAAP), "non-gaap", "constant-currency", "guidance"
    basis_named: bool = False  # the text says which basis ("GAAP", "adjusted"), even the plain one
    outlook_basis: str | None = None  # guidance asked as "adjusted" ("non-gaap") or "GAAP" (""); None: either
    range_end: str = ""  # guidance asked of one end of its range: "low" or "high"
    variant: str = ""  # "diluted" or "basic" where the text says so
    operation: str = ""  # arithmetic on cited figures: "sum", "average", "difference" (a signed amount), "gap" (a size), ""
    unsupported: str = ""  # an operation word the engine cannot compute ("ratio", "median"): said so, no number
    unknown: list[str] = field(default_factory=list)  # content words no slot explains: no number is given
    named: set[str] = field(default_factory=set)  # the slots this text itself names (for follow-ups)
    companies: list[str] = field(default_factory=list)  # every company named ("Acme vs Zenith revenue")
    across: str = ""  # a question over companies: "list" (every company), "rank" (highest, top N), "filter"
    ranking: tuple[str, int] = ("high", 0)  # for "rank": which end ("high", "low") and how many (0: one, -1: all)
    company_kind: str = ""  # the kind of company a question over companies names ("bank" of "which bank …"), singular
    direction: str = ""  # for "filter": "fell" or "rose"
    year_asked: str = ""  # "in which year was X larger?": "high" or "low", the end of the years' figures asked for;
    # "… less than 50,000 thousands?", "… negative?": "below" or "above" the threshold below
    year_threshold: tuple[float, str] | None = None  # (the threshold in base units, "percent" or "amount")
    name_words: list[str] = field(default_factory=list)  # the words typed that named the one company (legal form aside)
    name_parts: list[str] = field(default_factory=list)  # of them, those read as the company's line of business

    @property
    def named_across(self) -> bool:
        """Companies the question names itself: side by side, or ranked among themselves ("which had the
        higher revenue, Acme or Zenith?")."""
        return self.across == "companies" or (self.across == "rank" and len(self.companies) > 1)


SPELLING_CUTOFF = 78  # rapidfuzz ratio a misspelt word (4+ letters) needs to be read as a known word
NAME_CUTOFF = 88  # rapidfuzz ratio a word no vocabulary knows needs to be read as a company's name word
SPELLING_CUTOFF_SHORT = 84  # for three-letter words, which one slip turns into another word
TICKER_TOKEN = re.compile(r"\b[A-Z]{2,5}\b")


# Operations the engine does not compute are never "repaired" into ones it does ('median' is not 'mean').
OPERATION_NAMES = {"median", "ratio", "cagr", "multiple", "multiples", "compound", "compounded", "mode", "proportion"}


def repair(tok: str, vocab: StoreVocabulary) -> str:
    """A word the store and the vocabulary do not know, read as the closest one they do; a swap
    of two letters counts as one slip ('revneu'). Only known words sharing its first or last two
    letters are compared, so the cost does not grow with the store's vocabulary."""
    cutoff = SPELLING_CUTOFF if len(tok) > 3 else SPELLING_CUTOFF_SHORT
    best = process.extractOne(tok, vocab.near_words(tok), scorer=fuzz.ratio, score_cutoff=cutoff)
    if best and _prefixed(tok, best[0]):
        return tok  # "reinsurance" is no misspelt "insurance", nor "unrealized" a misspelt "realized": a word the
        # other is the end of, two letters or more put before it, is another word (re-, un-, non-, sub-), unrepaired
    if best:
        return best[0]
    for i in range(len(tok) - 1):
        swapped = tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:]
        best = process.extractOne(swapped, vocab.near_words(swapped), scorer=fuzz.ratio, score_cutoff=max(cutoff, 85))
        if best:
            return best[0]
    return tok


def _prefixed(typed: str, known: str) -> bool:
    """One word is the other with two or more letters put before it ("reinsurance", "insurance")."""
    longer, shorter = (typed, known) if len(typed) > len(known) else (known, typed)
    return len(longer) - len(shorter) >= 2 and longer.endswith(shorter)


# "did Acme beat last year's revenue", "did revenue exceed the prior year", "beat a year ago": a yes/no on the change
# of the period asked (the latest, when none is named) against a year before, never the last fiscal year's figure
BEAT_YEAR_AGO = re.compile(r"\b(?:beat|beats|beaten|exceed(?:s|ed)?|surpass(?:es|ed)?|outdo|outdid)\s+(?:(?:the|a)\s+)?"
                           r"(?:(?:last|prior|previous|preceding)\s+year(?:'s|s)?|year\s+(?:before|earlier|ago)(?:'s)?)(?=\s|$|[,?.!])")


# "revenue growth vs last year", "EPS compared with a year ago", "sales against the prior-year period": the base of a
# year-over-year change, not the period asked (it was read as the last fiscal year: the year's growth where the latest
# quarter's was asked, or nothing where that year is not held); "over the last year" may be a span, and is left.
# "how did sales compare to last year", "how does that compare with the same period last year": the same base ("compare"
# had been read as comparable sales)
AGAINST_YEAR_AGO = re.compile(r"\b(?:(?:vs\.?|versus|compared?s?\s+(?:with|to|against)|against|relative\s+to)\s+(?:the\s+)?"
                              r"(?:same\s+(?:period|quarter)\s+(?:of\s+|in\s+)?)?|over\s+)"
                              r"(?:(?:last|prior|previous|preceding)[\s-]year(?:'s)?|(?:a\s+)?year[\s-](?:ago|earlier|before)(?:'s)?)"
                              r"(?:\s+(?:period|quarter|figures?|levels?|results?))?(?=\s|$|[,?.!])")


# "q/q", "qoq", "q-o-q", "quarter-over-quarter": a change against the quarter before ("revenue growth q/q" was the
# year-over-year change, a wrong figure for it); "y/y", "y-o-y": against the same period a year before
OVER_QUARTER = re.compile(r"\bq\s*(?:/|-\s*o\s*-|o)\s*q\b|\bquarter[\s-]+over[\s-]+quarter\b")
OVER_YEAR = re.compile(r"\by\s*(?:/|-\s*o\s*-|o)\s*y\b|\byear[\s-]+over[\s-]+year\b")


# a run of two or more capitalised words ("Quarry Hill Mills"): how a name is typed
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+\b")


def _typed_names(text: str, vocab: StoreVocabulary) -> set[str]:
    """The words of a name the store does not know, typed as one ("Quarry Hill Mills": two or more capitalised
    words of a run unknown to the store). They are a name, never misspelt words: repaired, "Quarry" became
    "quarterly" and the reply named a company "Hill Mills". One unknown word among known ones ("Quillfeather
    Revnue" of a held Quillfeather) is still a slip."""
    names: set[str] = set()
    for run in _CAPITALISED_RUN.findall(text):
        unknown = {w for w in run.lower().split() if w not in vocab.words and w not in STOPWORDS}
        if len(unknown) >= 2:
            names |= unknown
    return names


def normalize(text: str, vocab: StoreVocabulary) -> str:
    """Lower-case, expand abbreviations, and repair misspelt words against what the store knows
    (never a word typed in capitals like a ticker, never a word the store itself prints). The text is
    first read as the releases are (parsers/text_normal.py): a pasted zero-width space or full-width
    letters mean what they print."""
    text = normalize_text(text)
    as_typed = {t.lower() for t in TICKER_TOKEN.findall(text)} | _typed_names(text, vocab)  # tickers, names: unrepaired
    text = re.sub(r"\(\s*((?:13|26|39|52|53)[\s-]*(?:weeks?|wks?))\s*\)", r" \1 ", text)  # "(13 weeks)"
    low = text.lower().replace("’", "'")
    low = re.sub(r"\bu\.\s?s\.?(?=\s|$|[,?])", "us", low)
    low = re.sub(r"\s&\s", " and ", f" {low} ").strip()  # "Cloud & Devices": "&" standing alone is "and"
    low = _WORK_IN_PROGRESS.sub("work in process", low)  # one inventory stage by its two names (see _as_said)
    # "how much did they sell": sales ("selling" stays); "devices sold", "units sold", "goods sold" after a plural
    # noun name a count or a cost of their own, as printed
    low = re.sub(r"\b(?:sell|sells)\b|(?<!s\s)\bsold\b", "sales", low)
    low = re.sub(r"\bs g & a\b|\bsg and a\b", "sg&a", low)
    low = BEAT_YEAR_AGO.sub(" up ", low)  # "did Acme beat last year's revenue": the change against a year before
    low = OVER_QUARTER.sub(" quarter over quarter ", low)  # "q/q", "qoq", "q-o-q": against the quarter before
    low = OVER_YEAR.sub(" year over year ", low)  # "y/y", "y-o-y"
    low = AGAINST_YEAR_AGO.sub(" year over year ", low)  # "growth vs last year": against the same period a year before
    low = re.sub(r"\br and d\b", "r&d", low)
    # "the nominal difference", "the absolute change": the difference itself (as against a percentage)
    low = re.sub(r"\b(?:nominal|absolute)\s+(?=(?:difference|change|increase|decrease)\b)", "", low)
    # "Add: Voyage expenses", "Less: provision for ...": a label quoted with its sign word, which no row is named by
    low = re.sub(r"\b(?:add|less|deduct)\s*:\s*", "", low)
    out = []
    for tok in _joined_names(re.findall(r"[a-z][a-z0-9&]*(?:'[a-z]+)?|'\d\d\b|\d[\da-z]*(?:[./-]\d+)*|[^\sa-z\d]", low), vocab):
        if tok in ABBREVIATIONS and not vocab.companies.tickers(tok):  # 'gm' is gross margin, not a held 'GM'
            out.append(ABBREVIATIONS[tok])
        elif tok.isalpha() and len(tok) >= 3 and tok not in vocab.words and tok not in STOPWORDS \
                and tok not in as_typed and tok not in OPERATION_NAMES and tok not in FUNCTION_WORDS \
                and not vocab.companies.tickers(tok):  # a held company's ticker typed in lower case ('eeft' is no 'eft')
            out.append(repair(tok, vocab))
        else:
            out.append(tok)
    text = " ".join(out)
    text = re.sub(r"\s+([,?!])", r"\1", text)
    text = re.sub(r"(\d) / (\d)", r"\1/\2", text)
    text = re.sub(r"(?<=[a-z]) - (?=[a-z])", "-", text)  # "mid - east" as typed: "mid-east"
    text = re.sub(r"\b([a-z]+) / ([a-z]+)\b", _one_place, text)  # "Asia/Pacific" is one place
    return text


def _joined_names(tokens: list[str], vocab: StoreVocabulary) -> list[str]:
    """Two words typed apart that a held company's name writes as one ('Harrow Brands' for HarrowBrands): the one word
    (the first was repaired into another word, 'changes', and no company was named); and two words of one held name
    typed as one ('harrowgatesavings'): the two."""
    pairs = [a + b for a, b in zip(tokens, tokens[1:]) if a.isalpha() and b.isalpha() and len(a) >= 3 and len(b) >= 3]
    tokens = _split_names(tokens, vocab)
    if not pairs:
        return tokens
    vocab.companies.learn(pairs)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = tokens[i] + tokens[i + 1] if i + 1 < len(tokens) else ""
        if pair in pairs and vocab.companies.by_name_word(pair):
            out.append(pair)
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


def _split_names(tokens: list[str], vocab: StoreVocabulary) -> list[str]:
    """A word the store does not know that is two words of one held company's name run together ('pellucidtrust'): the
    two words (it was repaired into another word, or left, and 'which company?' asked)."""
    unknown = [t for t in tokens if t.isalpha() and len(t) >= 7 and t not in vocab.words and t not in STOPWORDS]
    halves = {t: [(t[:i], t[i:]) for i in range(3, len(t) - 2)] for t in unknown}
    if not any(halves.values()):
        return tokens
    vocab.companies.learn([h for splits in halves.values() for pair in splits for h in pair])
    out: list[str] = []
    for tok in tokens:
        both = [(a, b) for a, b in halves.get(tok, ())
                if set(vocab.companies.by_name_word(a)) & set(vocab.companies.by_name_word(b))]
        out += list(both[0]) if len(both) == 1 else [tok]
    return out


def _one_place(m: re.Match) -> str:
    """Two place words joined by a slash name one place ('asia/pacific'), read as the vocabulary writes it."""
    joined = f"{m.group(1)}-{m.group(2)}"
    if any(re.fullmatch(pattern, joined) for _, _, pattern in GEOGRAPHIES) or (
            OTHER_PLACES.fullmatch(m.group(1)) and OTHER_PLACES.fullmatch(m.group(2))):
        return joined
    return m.group(0)


BASIS_WORDS = [
    ("non-gaap", re.compile(r"\bnon[\s-]?gaap\b|\badjusted\b|\bexcluding(?:\s+(?:special|one[\s-]time|non[\s-]?recurring)"
                            r"\s+(?:items|charges))?\b|\bex[\s-]items\b|\bpro\s+forma\b|\bcore\b|\bunderlying\b")),
    ("constant-currency", re.compile(r"\b(?:in\s+)?(?:constant|local)\s+currenc(?:y|ies)\b|\bfx[\s-]neutral\b|\bcc\b")),
    ("guidance", re.compile(r"\b(?:" + "|".join(sorted(GUIDANCE_WORDS, key=len, reverse=True)) + r")\b")),
]
# ("income before taxes" is the pretax income, a measure of its own, never net income on an adjusted basis)
EXCLUDED_ITEM = re.compile(r"\b(?:excluding|ex|before(?!\s+(?:income\s+)?tax(?:es|ation)?\b)|adjusted\s+for)\s+"
                           r"(?:the\s+|a\s+|one[\s-]time\s+)?"
                           r"(?:(?!(?:eps|revenues?|sales|earnings|income|margin|and|vs|versus)\b)[a-z0-9&'-]+\s*){1,4}")
# "Adjusted FFO" is AFFO (a measure of its own), never the FFO on an adjusted basis: FFO is non-GAAP by definition,
# so "adjusted" taken for a basis left the FFO answered where the release prints both.
ADJUSTED_FFO = re.compile(r"\badjusted\s+(?:ffo|funds\s+from\s+operations)\b")
GAAP_WORDS = re.compile(r"\b(?:gaap|reported|as\s+reported)\b")
PER_SHARE_PHRASE = re.compile(r"\b([a-z]+(?:\s+[a-z]+)?)\s+(?:per|a)\s+(?:diluted\s+|basic\s+|common\s+)?share\b")


def _basis(text: str) -> tuple[str | None, str]:
    """The qualifier a question puts on its figure ("" when it says GAAP or reported, None when it
    says nothing), and the text without its words."""
    text = EXCLUDED_ITEM.sub(" excluding ", text)  # what is excluded is part of the qualifier
    for basis, rx in BASIS_WORDS:
        if rx.search(text):
            return basis, rx.sub(" ", text)
    if GAAP_WORDS.search(text):
        return "", GAAP_WORDS.sub(" ", text)
    return None, text


# One end of an outlook's range: "the high end of revenue guidance", "guidance low end", "top of the range" — the
# words "end" or "of the range" make them so ("highest" asks for a ranking)
RANGE_END = re.compile(r"\b(?:the\s+)?(?:(high|upper|top|low|lower|bottom)[\s-]+end|(top|bottom)\s+of\s+(?:the\s+)?range)"
                       r"(?:\s+of)?\b")


def _outlook_basis(basis: str, text: str) -> tuple[str | None, str]:
    """An outlook asked on a basis: "adjusted EBITDA guidance" is guidance, of the adjusted figure ("non-gaap");
    "GAAP EPS outlook" of the reported one (""); an outlook asked plainly takes either (None)."""
    guidance = BASIS_WORDS[2][1]
    if basis == "non-gaap" and guidance.search(text):
        return "non-gaap", guidance.sub(" ", text)
    if basis == "guidance" and GAAP_WORDS.search(text):
        return "", GAAP_WORDS.sub(" ", text)
    return None, text


def understand(text: str, vocab: StoreVocabulary) -> Question:
    norm = normalize(text, vocab)
    q = Question(text=text, norm=norm)
    if HELP_WORDS.match(norm) or HELP_WORDS.match(text.lower()):
        q.intent = "help"
        return q
    spans = [s for s in find_periods(norm) if not _in_metric_name(norm, s[0], s[1], vocab)]
    q.periods = _share_years([s for _, _, s in spans])
    rest = norm
    for a, b, _ in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    rest = _across(q, rest)
    rest = _year_asked(q, rest)
    before_company = rest
    q.company, rest, q.company_choices = _company(rest, vocab)
    name_words = [w for w in before_company.split() if w not in rest.split()]  # the words that named the company
    q.companies = [q.company] if q.company else []
    while q.company and len(q.companies) < 10 and COMPANY_JOINER.search(norm):  # "Acme vs Zenith revenue"
        more, after, choices = _company(rest, vocab)
        if more is None and choices:  # "Acme vs HGSB" where two companies give HGSB: asked back, none picked
            q.company, q.companies, q.company_choices = None, [], choices
            break
        gone = set(rest.split()) - set(after.split())
        if more is None or more in q.companies or any(_is_place(w) for w in gone):
            break  # "Acme Americas revenue": a place, even where another company's name holds the word
        q.companies.append(more)
        rest = after
    if len(q.companies) == 1 and q.company:
        q.name_words = [w for w in _typed_name_words(before_company, rest) if w not in _NAME_FORM]
        q.name_parts = _name_words_of_parts(q.company, before_company, rest, vocab)
        if q.name_parts:  # "Devices revenue" of Carolina Cloud Devices printing a Devices line: the line's word
            rest = _with_words(before_company, [w for w in _typed_name_words(before_company, rest)
                                                if w not in q.name_parts])
            name_words = [w for w in name_words if w.removesuffix("'s").strip("?.,!") not in q.name_parts]
    if len(q.companies) > 1:
        q.companies.sort(key=lambda key: _named_at(key, norm, vocab))  # "Acme vs Quillon": in the order named
        rest = _pick(q, rest)
        q.across = q.across or "companies"
        rest = re.sub(r"\b(?:vs\.?|versus|and|or|against|compared\s+(?:to|with))\b", " ", rest)
    rest = OWNER.sub(" ", rest)  # "the company's gross profit" is the gross profit: the owner names no figure
    rest = _to_owners(rest, q.company)
    rest = ADJUSTED_FFO.sub("affo", rest)  # a measure of its own, before "adjusted" is taken for a basis of FFO
    whole = rest  # the words before a basis or place is taken out: a printed label may hold them
    basis, rest = _basis(rest)
    q.basis, q.basis_named = basis or "", basis is not None
    q.outlook_basis, rest = _outlook_basis(q.basis, rest)
    if q.outlook_basis == "non-gaap":
        q.basis = "guidance"  # "adjusted EBITDA guidance": the outlook, on the adjusted basis
    if q.basis == "guidance" and (end := RANGE_END.search(rest)):
        q.range_end = "high" if (end.group(1) or end.group(2)) in ("high", "upper", "top") else "low"
        rest = RANGE_END.sub(" ", rest)
    geos, q.unknown_place, rest = _geo(rest)
    q.geo = geos[0] if geos else None
    q.other_geos = [g for g in geos[1:] if g != q.geo]
    q.wants_percent = bool(PERCENT_WORDS.search(PERCENT_OF_CHANGE.sub(" ", rest)))
    rest = COMPANY_GROWTH.sub(" revenue growth ", rest)
    _metric(q, rest, vocab)
    _printed_label(q, rest, vocab, whole, spans)
    _basis_word_of_a_product(q, whole, vocab)
    if len(q.companies) == 1:
        _part_named_by_the_name_word(q, name_words, vocab)
        _part_begun_by_the_last_name_word(q, before_company, name_words, vocab)
        _row_begun_by_the_last_name_word(q, before_company, name_words, vocab)
    _balance_change(q)
    if q.basis != "guidance" and (end := RANGE_END.search(rest)) and end.group(0).strip() not in q.unknown \
            and not re.search(r"\b(?:end|range)\b", q.metric or ""):
        q.unknown.append(end.group(0).strip())  # "revenue low end 2024": an actual has no ends ('low' is a known word)
    if FISCAL_YEAR_WORDS.search(norm) and q.metric is None and not any(p.year for p in q.periods):
        q.intent = "fiscal_year"  # "when does Acme's fiscal year end?"
        q.product_words = [w for w in q.product_words if w not in ("when", "does", "end", "ends", "ending", "calendar")]
    elif INVENTORY_WORDS.search(norm):
        q.intent = "inventory"
    elif SHARE_WORDS.search(norm) and (q.geo or q.product_words) and not SHARE_WORDS.search(q.metric or ""):
        # (a row the question names by its printed words, 'Share of net earnings in joint ventures', is no share asked)
        q.intent = "share"
        q.product_words = [w for w in q.product_words if w not in ("share", "mix", "proportion", "portion", "fraction")]
    elif TREND_WORDS.search(norm):
        q.intent = "trend"
    elif COMPARE_WORDS.search(norm) and len(q.periods) >= 2:
        q.intent = "compare"
    elif CHANGE_WORDS.search(q.leftover or rest) or (
            AGAINST_WORDS.search(norm) and len(q.periods) >= 2) or (
            AGAINST_PERIOD.search(norm) and any(p.kind.startswith("rel_") for p in q.periods)):
        q.intent = "change"
    if q.other_geos and q.intent in ("value", "change") and not GROWTH_WORDS.search(norm):
        q.intent = "compare"  # "US vs EMEA revenue": places side by side, not a change over time
    intent_words = {w for rx in (TREND_WORDS, CHANGE_WORDS, COMPARE_WORDS, AGAINST_WORDS, SHARE_WORDS)
                    for m in rx.finditer(norm) for w in m.group(0).split()}
    q.product_words = [w for w in q.product_words if w not in intent_words]  # words that say what is asked
    _variant(q)
    _continuing(q)
    _operation(q)
    _sectioned_row(q, vocab)
    _account(q, vocab)
    return q


# "how fast did Acme grow", "how quickly is it growing": a company's growth, no figure named, is its revenue's growth
COMPANY_GROWTH = re.compile(r"\bhow\s+(?:fast|quickly)\s+(?:did|has|have|is|was|does|do|are)\s+(?:it\s+|they\s+)?"
                            r"(?:grow|grown|growing)\b")
OWNER = re.compile(r"\b(?:the\s+)?(?:company|group|firm|corporation)(?:'s|s')(?=\s)")
TO_OWNERS_SAID = re.compile(r"\b(?:attributable|applicable)\s+to\s+((?:[a-z0-9&'.,-]+\s*)+)")
OWNERS_WORDS = {"parent", "shareholders", "stockholders", "owners", "holders", "equity", "of", "the", "company",
                "its", "group"} | {w for legal in LEGAL_WORDS for w in legal.split()}


def _to_owners(rest: str, company: str | None) -> str:
    """'net income attributable to Acme' / 'to the company' / 'to shareholders' / 'to owners of the parent':
    the company's own net income, which net income is (knowledge.vocabulary.TO_OWNERS); the owner named
    asks no other figure. 'Attributable to common shareholders' or 'to noncontrolling interests' is kept:
    they are figures of their own."""
    m = TO_OWNERS_SAID.search(rest)
    if m is None:
        return rest
    name = (company or "").split()
    initials = "".join(w[0] for w in name)  # 'AWC' of Acme Widget Company
    owners = OWNERS_WORDS | set(name) | ({initials} if len(initials) >= 2 else set())
    words = m.group(1).split()
    if len(initials) >= 2 and words and words[0].startswith(initials) and len(words[0]) <= len(initials) + 2:
        words[0] = initials  # the name's initials with its legal form's ('c' of company)
    said = 0
    while said < len(words) and words[said].strip(".,'") in owners | {w.rstrip("s") for w in owners}:
        said += 1
    if said == 0 or words[0] in ("of", "the") and said == 1:
        return rest
    return rest[:m.start()] + " " + " ".join(words[said:]) + " "


def _in_metric_name(norm: str, start: int, end: int, vocab: StoreVocabulary) -> bool:
    """A period word that is part of a metric's name ('annual' of 'annual recurring revenue') names
    no period."""
    word = norm[start:end].strip()
    if " " in word or not word.isalpha():
        return False
    for phrase, _ in vocab.metric_phrases:
        if word in phrase.split() and phrase != word:
            at = norm.find(phrase)
            if at != -1 and at <= start and end <= at + len(phrase):
                return True
    return False


COMPANY_NOUN = r"(?:compan(?:y|ies)|banks?|firms?|issuers?|insurers?|retailers?|reits?|utilit(?:y|ies)|lenders?)"
ACROSS_ALL = re.compile(rf"\b(?:of|for|from|across|by)?\s*(?:every|all|each)\s+(?:the\s+)?(?:{COMPANY_NOUN})\b|"
                        rf"\bacross\s+(?:the\s+)?(?:{COMPANY_NOUN})\b")  # "compare revenue across companies"
# "rank the companies by revenue", "ranking of banks by net interest income": the companies held, highest first (a
# ranking of no count: as many as a list of every company shows)
ACROSS_RANK = re.compile(rf"\brank(?:ing)?\s+(?:of\s+)?(?:the\s+|all\s+|every\s+)?(?:{COMPANY_NOUN})\s+(?:by|on)\b")
ACROSS_TOP = re.compile(r"\b(top|bottom)\s+(\d{1,3})\b(?:\s+(?:compan(?:y|ies)|banks?|firms?))?(?:\s+by)?")
ACROSS_WHICH = re.compile(rf"\b(?:which|what)\s+{COMPANY_NOUN}\b(?:\s+(?:had|has|have|reported|posted|shows?|was|is))?"
                          r"(?:\s+the)?\s+(highest|largest|biggest|most|greatest|top|lowest|smallest|least|fewest|"
                          r"higher|larger|bigger|greater|more|lower|smaller|less|fewer)\b")  # the comparative of two
ACROSS_WHOSE = re.compile(rf"\b{COMPANY_NOUN}\s+(?:whose|where|with)\b")
LOW_WORDS = {"lowest", "smallest", "least", "fewest", "bottom"}


COMPANY_JOINER = re.compile(r"\b(?:vs\.?|versus|and|or|against|compared)\b|,")
# "which had the highest revenue, Acme or Zenith?", "who earned more, A or B", "did A or B grow revenue faster":
# the named companies ranked among themselves, the one asked for said first.
PICK_ASKED = re.compile(r"\b(?:which|who|whose)\b|^\W*(?:did|does|do|has|had|was|is|were)\b.*\bor\b")
PICK_END = re.compile(r"\b(?:the\s+)?(highest|largest|biggest|greatest|most|more|higher|larger|bigger|greater|faster|"
                      r"lowest|smallest|least|fewest|less|lower|smaller|slower)\b")
PICK_LOW = {"lowest", "smallest", "least", "fewest", "less", "lower", "smaller", "slower"}
EARNED = re.compile(r"\b(?:earned|earn|earns)\b")  # "who earned more": earnings (net income)


def _is_place(word: str) -> bool:
    return bool(OTHER_PLACES.fullmatch(word)) or any(re.fullmatch(pattern, word) for _, _, pattern in GEOGRAPHIES)


def _pick(q: Question, rest: str) -> str:
    """Two or more companies named in a question that asks which of them is highest, lower or grew faster:
    a ranking of those companies (the word leaves the text; "earned" names earnings)."""
    m = PICK_END.search(rest)
    if q.across or m is None or not PICK_ASKED.search(q.norm):
        return rest
    q.across, q.ranking = "rank", ("low" if m.group(1) in PICK_LOW else "high", 1)
    return EARNED.sub("earnings", rest[:m.start()] + " " + rest[m.end():])


# "In which year was X larger?", "which fiscal year had the lowest X": the end of the years' figures asked
# for. A threshold ("less than 50,000", "more than 2.0%") or a sign ("negative") is no comparison of them.
# ("longer", "shorter": of a span the figures measure, "a longer life expectancy", "the shortest average duration")
YEAR_EXTREME = re.compile(r"\b(?:the\s+)?(higher|highest|larger|largest|greater|greatest|bigger|biggest|more|most|"
                          r"maximum|longer|longest|lower|lowest|smaller|smallest|less|least|fewer|fewest|minimum|"
                          r"shorter|shortest)\b")
# A bound said with a figure ('over 5,000', 'less -10,000', 'below 20%', 'more than'), or a sign: no comparison of the years. A
# number of days, months or years ('Over 3 months past due') or a day ('at 1 July') is a printed label's own words.
YEAR_THRESHOLD = re.compile(r"\b(?:than|negative|positive)\b|\b(?:under|over|above|below|exceed(?:s|ed)?|less|lower|smaller|"
                            r"fewer|more|greater|higher|larger)\s+\$?-?\s?\d"
                            r"(?![\d,.]*\s*(?:days?|weeks?|months?|years?)\b)|\d\s*%")
# "less than 50,000 thousands", "more than 2.0%", "under 500,000", "negative": the one year whose figure passes
# (the question as normalised: "40, 000", "- 10, 000", "20.0 %")
NUMBER_SAID = r"-?\s?\$?\s?-?\s?\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|-?\s?\$?\s?-?\s?\d+(?:\.\d+)?"
YEAR_BOUND = re.compile(r"\b(?:(?P<below>less|lower|smaller|fewer|under|below)|(?P<above>more|greater|higher|larger|over|above))"
                        rf"(?:\s+than)?\s+(?P<n>{NUMBER_SAID})\s*(?P<scale>%|percent|thousands?|millions?|billions?)?"
                        r"(?=\s*[?.!]?\s*$)")
YEAR_SIGN = re.compile(r"\b(?P<sign>negative|positive)\s*[?.!]?\s*$")
BOUND_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
YEAR_LOW = {"lower", "lowest", "smaller", "smallest", "less", "least", "fewer", "fewest", "minimum", "shorter", "shortest"}


def _year_asked(q: Question, rest: str) -> str:
    """'In which year was X larger?': the year whose figure is the highest (or lowest) is asked; the word
    that says which end leaves the text (it names no figure). A threshold or a sign asked of the years is
    left alone (still refused: the answer would be every year that passes it)."""
    asked = YEAR_ASKED.search(q.norm)
    if asked is None or re.search(r"\byears\b", asked.group(0)):
        return rest
    after = q.norm[asked.end():]
    bound = YEAR_BOUND.search(after) or YEAR_SIGN.search(after)
    if bound is not None and ("than" in bound.group(0) or "sign" in bound.groupdict()
                              or bound.group("below") in ("under", "below") or bound.group("above") in ("over", "above")):
        return _year_bound(q, rest, bound)
    ends = YEAR_EXTREME.findall(after)
    for a, b, _ in reversed(find_periods(after)):  # the periods named are no threshold
        after = after[:a] + " " + after[b:]
    if len(ends) != 1 or YEAR_THRESHOLD.search(after):
        return rest
    q.year_asked = "low" if ends[0] in YEAR_LOW else "high"
    return re.sub(rf"\b(?:the\s+)?{ends[0]}\b", " ", rest, count=1)


def _year_bound(q: Question, rest: str, bound: re.Match) -> str:
    """'In which year was X less than 50,000 thousands?': the threshold in base units (its scale word applied),
    and whether a percentage or an amount is compared; the words leave the text."""
    said = bound.groupdict()
    if "sign" in said:
        q.year_asked, q.year_threshold = ("below" if said["sign"] == "negative" else "above"), (0.0, "any")
        word = said["sign"]
    else:
        scale = (said["scale"] or "").rstrip("s")
        value = float(re.sub(r"[\s$,]", "", said["n"]).replace("--", "-")) * BOUND_SCALE.get(scale, 1.0)
        q.year_asked = "below" if said["below"] else "above"
        q.year_threshold = (value, "percent" if scale in ("%", "percent") else "amount")
        word = re.escape(said["below"] or said["above"]) + rf"(?:\s+than)?\s+(?:{NUMBER_SAID})\s*(?:%|percent|thousands?|millions?|billions?)?"
    return re.sub(rf"\b{word}", " ", rest, count=1)


def _kind(q: Question, said: str) -> None:
    """The kind of company the words over companies name ('which bank', 'banks whose'), singular."""
    m = re.search(COMPANY_NOUN, said)
    if m:
        word = m.group(0)
        q.company_kind = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _across(q: Question, rest: str) -> str:
    """A question over companies, not about one: 'revenue of every company', 'which bank had the highest
    net interest income', 'top 5 by revenue growth', 'companies whose net income fell'. Its words leave
    the text (they name no figure); the kind of company they name is kept (`company_kind`)."""
    q.company_kind = ""
    for pattern in (ACROSS_TOP, ACROSS_WHICH, ACROSS_RANK, ACROSS_WHOSE, ACROSS_ALL):
        if (found := pattern.search(rest)) is not None:
            _kind(q, found.group(0))
            break
    m = ACROSS_TOP.search(rest)
    if m:
        q.across, q.ranking = "rank", ("low" if m.group(1) == "bottom" else "high", int(m.group(2)))
        return rest[:m.start()] + " " + rest[m.end():]
    m = ACROSS_WHICH.search(rest)
    if m:
        q.across, q.ranking = "rank", ("low" if m.group(1) in LOW_WORDS | PICK_LOW | {"fewer"} else "high", 1)
        return rest[:m.start()] + " " + rest[m.end():]
    m = ACROSS_RANK.search(rest)
    if m:
        q.across, q.ranking = "rank", ("high", -1)
        return rest[:m.start()] + " " + rest[m.end():]
    m = ACROSS_WHOSE.search(rest)
    if m:
        q.across = "filter"
        return rest[:m.start()] + " " + rest[m.end():]
    m = ACROSS_ALL.search(rest)
    if m:
        q.across = "list"
        return rest[:m.start()] + " " + rest[m.end():]
    return rest


AVERAGE_WORDS = {"average", "mean", "avg"}
SUM_WORDS = re.compile(r"\b(?:sum|combined|altogether|together|in\s+total|total\s+of|aggregate)\b|"
                       r"\b(?:what|how\s+much)\s+(?:is|was|were|are)\s+(?:the\s+)?(?:(?:company|group|firm)'s\s+)?total\b")
# "Q1 FY2025 plus Q4 FY2024", "2023 plus 2024": 'plus' standing between two periods adds them; elsewhere ("… plus the
# year-ago figures") it is no sum (it added every period the question named)
PLUS_SUM = re.compile(r"(?:\b(?:19|20)\d\d|\bq[1-4]|\b[1-4]q|\bfy\s?'?\d\d(?:\d\d)?|\bh[12])\s+plus\s+(?:the\s+)?"
                      r"(?=(?:q[1-4]|[1-4]q|fy|h[12]|fiscal|first|second|third|fourth|full|(?:19|20)\d\d)\b)")
# "change in dollars", "change in $", "the $ change", "by how much", "how many dollars": a change asked in money,
# the amount (the two cited figures' difference), never the percentage the release prints beside them.
MONEY_ASKED = re.compile(r"\bin\s+(?:us\s+)?(?:dollars|usd)\b|\bin\s+\$|\bdollar\s+(?:change|increase|decrease|difference)\b|"
                         r"\$\s*(?:change|increase|decrease)\b|\bby\s+how\s+much\b|\bhow\s+many\s+dollars\b")
PERCENT_NAMED = re.compile(r"\bpercent(?:age)?\b|%|\bpct\b")


def money_asked(norm: str) -> bool:
    """A change asked in money ('by how much', 'in dollars') and not as a percentage ('by how much %')."""
    return bool(MONEY_ASKED.search(norm)) and not PERCENT_NAMED.search(norm)


# "the change in revenue", "the increase / (decrease) in", "the difference", "by how much": an amount.
AMOUNT_CHANGE = re.compile(r"\b(?:the|an?)\s+(?:net\s+|(?:year|period|quarter)[\s-]+(?:on|over|to)[\s-]+(?:year|period|quarter)\s+|"
                           r"yoy\s+|annual\s+)?(?:change|increase|decrease|difference|variance)\b|\bby\s+how\s+much\b|"
                           r"\bhow\s+much\s+(?:did|has|had|does|do)\b.*\b(?:change|increase|decrease)|"
                           r"\bincrease\s*/\s*\(?\s*decrease\b|"  # "increase / (decrease)": a statement's column of amounts
                           r"\bin\s+(?:us\s+)?dollars\b|\bdollar\s+(?:change|increase|decrease|difference)\b|"
                           r"\$\s*(?:change|increase|decrease)\b")  # "change in dollars", "the $ change": an amount
# "the difference in X between 2018 and 2019": how far apart two figures are (a size, which is larger said in
# words), where "the change" and "the increase / (decrease)" ask which way the figure moved (signed).
GAP_WORDS = re.compile(r"\bdifference\b")
DIRECTION_WORDS = re.compile(r"\b(?:change[sd]?|increase[sd]?|decrease[sd]?|grow(?:th)?|grew|declined?|rose|fell)\b")
PERCENT_CHANGE = re.compile(r"\b(?:percent(?:age)?|rate|growth|grow|grew|growing)\b|%")  # "how much did it grow": a rate
# "the change in the percentage of plan assets", "the change in the effective tax rate": the percent word names the
# figure that changed (a rate, a share), so the change asked is the difference of the two (in points); a relative
# change is asked in its own words ("the percentage change in", "by what percentage", "in percentage terms").
NAMED_PERCENT = re.compile(r"\b(?:change|increase|decrease|difference|variance)\s+(?:in|of)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,6}?(?:percent(?:age)?|rate|%)(?!\w)")
RELATIVE_ASKED = re.compile(r"(?:\bpercent(?:age)?|%)\s*(?:change|increase|decrease|growth|rise|decline|fall|drop)\b|"
                            r"\b(?:by|in)\s+(?:what\s+|how\s+much\s+)?(?:percent(?:age)?|%)|\bpercentage\s+terms\b|"
                            r"\bas\s+a\s+(?:percent(?:age)?|%)|\bhow\s+many\s+percent")


def names_a_percent(norm: str) -> bool:
    """The percent word of a change asked names the figure that changed, not a relative change (NAMED_PERCENT)."""
    return bool(NAMED_PERCENT.search(norm)) and not RELATIVE_ASKED.search(norm)


UNSUPPORTED_OPS = re.compile(r"\b(?:ratio|median|times|multiple|cagr|compound(?:ed)?|per\s+employee)\b")
# "as a percentage of the total charges": a share of a figure other than revenue (margins read it themselves)
PERCENT_OF = re.compile(r"\b(?:percent(?:age)?|proportion|(?<!current\s)(?<!noncurrent\s)(?<!non-current\s)(?<!long-term\s)"
                        r"portion|fraction|%)\s+of\s+(?:the\s+)?"  # "the current portion of debt" is a figure
                        r"(?!(?:total\s+|net\s+)?(?:revenues?|sales)\b)")
# "In which year was X negative?", "what year had the highest X", "the year with X": a year is asked, not a figure.
YEAR_ASKED = re.compile(r"\b(?:in\s+)?(?:which|what)\s+(?:fiscal\s+)?years?\s+(?!ended\b|end\b)|"
                        r"\bthe\s+years?\s+(?:with|when|in\s+which)\b")
# "What does X represent?", "what is X made up of?", "when are X paid?", "how is X calculated?", "why did X rise?",
# "what led to (caused) the increase in X?", "the reason for X":
# the answer is the release's words about the figure (what it holds, when, how, why), never the figure itself.
DESCRIPTION_ASKED = re.compile(
    r"\bwhat\s+(?:does|do|did)\s+[^?]*?\b(?:represent|mean|include|consist|comprise|"
    r"relate|refer|cover|contain|reflect)s?\b|\b(?:made|composed|comprised)\s+up\s+of\b|"
    r"\b(?:is|are|was|were)\s+(?:(?!\bof\b)[^?])*?\b(?:composed|comprised|consisting)\s+of\b|"
    r"(?:^|[:;?.!]\s*)(?:when|why)\s+(?:is|are|was|were|do|does|did|will|has|have|had)\b|"
    r"(?:^|[:;?.!]\s*)what\s+(?:led\s+to|leads\s+to|caused|causes|drove|drives|contributed\s+to)\b|"
    r"\breasons?\s+(?:for|why|behind)\b|"
    r"\bhow\s+(?:is|are|was|were|do|does|did)\b[^?]*?\b(?:calculated|computed|defined|determined|measured|derived|"
    r"estimated|recogni[sz]ed|accounted\s+for|paid|settled)\b")
# "How many years was X positive?", "in how many quarters …": a count of periods, not a figure of one.
PERIODS_COUNTED = re.compile(r"\bhow\s+many\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?:years|quarters|periods|months|"
                             r"times)\b")
# "X in 2019 and 2018 respectively": each period's figure, never their sum.
EACH_ASKED = re.compile(r"\brespectively\b")
# "due in 1-3 years", "less than 1 year", "after 5 years", "thereafter": the part of an obligation falling due in a
# span of time, never the whole a table's 'Total' column gives (its buckets are not read: parsers/grid_tables.py)
_N = r"(?:\d+|one|two|three|four|five|ten)"
DUE_IN_SPAN = re.compile(rf"\b{_N}\s*(?:-|\u2013|\u2014|to)\s*{_N}\s+years?\b|\b(?:less|more|fewer)\s+than\s+{_N}\s+years?\b|"
                         rf"\b(?:within|after|beyond)\s+(?:the\s+next\s+)?{_N}\s+years?\b|\bthereafter\b|"
                         rf"\bdue\s+in\s+(?:the\s+next\s+)?{_N}\s+years?\b|\bnext\s+{_N}\s+years\b")
# "average quarterly revenue in fiscal 2024", "the quarterly average of revenue": the year's quarters averaged
QUARTERLY_AVERAGE = re.compile(r"\b(?:average|mean|avg)\s+quarterly\b|\bquarterly\s+(?:average|mean)\b")
# "Q4 revenue as a share of FY 2026", "Q4 revenue as a percentage of the year": one period's figure as a share of a
# longer period's figure of the same thing (the second period named)
PERIOD_SHARE = re.compile(r"\bas\s+an?\s+(?:share|percent(?:age)?|%|proportion|fraction|portion)\s+of\b")
# "How much more did Acme spend on X in 2019 than in 2018?", "how much lower was X in 2018 than 2019?": how far apart
# two periods' figures are, the size of their difference with which is larger said in words (never a sign guessed from
# the comparative word: a figure that rose answers "how much less ... in 2019 than 2018" with the gap and its direction)
HOW_MUCH_THAN = re.compile(r"\bhow\s+much\s+(?:more|less|higher|lower|greater|larger|bigger|smaller|fewer)\b(?=.*\bthan\b)")
# what may stand beside the one period after "than" ("... in 2019 than it did in 2018"): words naming no figure of
# their own; any other word there is a second figure ("than net income in 2018") or a joint ("in 2018 and 2017 combined")
THAN_FILLER = {"in", "during", "for", "at", "of", "the", "that", "it", "they", "was", "were", "did", "does", "do", "is",
               "had", "has", "year", "years", "fiscal", "fy", "quarter", "period", "s", "same", "figure", "amount",
               "reported", "recorded", "spent", "earned", "made", "generated", "paid", "incurred"}
COMPARATIVE_WORDS = {"more", "less", "higher", "lower", "greater", "larger", "bigger", "smaller", "fewer", "than"}
OPERATION_WORDS = {"average", "mean", "avg", "sum", "combined", "altogether", "together", "aggregate", "difference", "minus",
                   "between", "variance", "respectively", "both", "across", "annual"}


def _one_figure_two_periods(norm: str) -> bool:
    """Does 'how much more was X in 2019 than in 2018' name one figure at one period on each side of 'than', with
    nothing after 'than' but the period and words of no figure? Only then is it the one figure's gap between the two
    periods ('than net income in 2018' names a second figure, 'than in 2018 and 2017 combined' two periods)."""
    than = list(re.finditer(r"\bthan\b", norm))
    if len(than) != 1:
        return False
    head, tail = norm[:than[0].start()], norm[than[0].end():]
    after = find_periods(tail)
    if len(find_periods(head)) != 1 or len(after) != 1:
        return False
    start, end, _ = after[0]
    return set(re.findall(r"[a-z]+", tail[:start] + " " + tail[end:])) <= THAN_FILLER


def _operation(q: Question) -> None:
    """Arithmetic on cited figures (TAT-QA's operators): 'average revenue 2018 and 2019', 'total revenue
    for 2018 and 2019', 'the change in inventories from 2018 to 2019' (an amount; 'growth' and '% change'
    stay a percent change). An operation the engine does not compute is named, never answered with
    one of its figures."""
    words = set(q.product_words)
    if words & AVERAGE_WORDS:  # "average annual X": the average of its years, "annual" no period of its own
        _annual_average(q)
    several = len(q.periods) >= 2
    if len(q.periods) == 2 and q.metric is not None and (share := PERIOD_SHARE.search(q.norm)) and not q.geo and \
            not q.product_words and q.intent in ("value", "share") and _share_of_a_period_only(q, share):
        q.operation, q.intent = "period_share", "arithmetic"  # the handler checks the one period lies within the other
        return
    unsupported = UNSUPPORTED_OPS.search(q.leftover or "")
    if not unsupported and q.intent != "share":
        unsupported = PERCENT_OF.search(q.norm)
    if q.year_asked and q.metric is not None and not unsupported and not CHANGE_WORDS.search(q.leftover or "") \
            and not words & (AVERAGE_WORDS | {"difference", "sum"}) - _own_words(q.metric) \
            and q.intent == "value" and len([p for p in q.periods if p.year is not None]) != 1:
        q.intent = "which_year"  # the years' cited figures compared: the year is the answer
        q.periods = [p for p in q.periods if p.year is not None]  # "which fiscal year": no year of its own
    elif YEAR_ASKED.search(q.norm) and q.metric is not None:
        q.unsupported = "which year"  # the answer is a year, not a figure: never one of the years' figures
    elif (DESCRIPTION_ASKED.search(q.norm) or DESCRIPTION_ASKED.search(q.text.lower())) and q.metric is not None:
        # (the words as typed too: an unknown 'led' or 'caused' is read as a near word the store holds, 'held', 'used')
        q.unsupported = "description"  # what the figure holds, when or why: words, never the figure
    elif PERIODS_COUNTED.search(q.norm) and q.metric is not None:
        q.unsupported = "count of periods"  # how many years: a count, never one year's figure
    elif (span := DUE_IN_SPAN.search(q.norm)) and q.metric is not None and span.group(0) not in q.metric.lower():
        q.unsupported = "part falling due"  # the part due in some years: never the whole obligation's figure
        # (a row named by the span itself, 'Within one year', is asked as any row is)
    elif EACH_ASKED.search(q.norm) and q.metric is not None:
        q.unsupported = "each period"  # each year's figure asked: never their sum, never one of them alone
    elif unsupported and q.metric is not None:
        q.unsupported = unsupported.group(0).split()[0]
    elif words & AVERAGE_WORDS and CHANGE_WORDS.search(q.leftover or ""):
        q.unsupported = "change in an average"  # two operations in one: never answered with one of them
    elif words & AVERAGE_WORDS - _own_words(q.metric) and QUARTERLY_AVERAGE.search(q.norm) and q.metric is not None and \
            [p.kind for p in q.periods] in (["FY"], ["year"]) and q.periods[0].year is not None:
        q.operation = "average_quarters"  # the named year's four quarters, each cited (never the year's figure / 4)
    elif words & AVERAGE_WORDS - _own_words(q.metric) and q.metric is not None and \
            [p.kind for p in q.periods] in (["FY"], ["year"]) and q.periods[0].year is not None \
            and BY_KEY.get(q.metric) is not None and BY_KEY[q.metric].unit != "shares":  # ("average shares
        # outstanding" is the weighted average printed, never the opening and closing counts halved; review14)
        q.operation = "average_balance"  # a balance over the year (the engine: printed, else opening and closing)
    elif words & AVERAGE_WORDS and (several or (q.metric is not None and (
            not q.periods or [p.kind for p in q.periods] == ["latest_year"]))):
        q.operation = "average"  # no period named: the periods the latest release gives (the engine says which)
    elif several and q.metric is not None and HOW_MUCH_THAN.search(q.norm) and not CHANGE_WORDS.search(q.norm):
        if not _one_figure_two_periods(q.norm):  # "revenue in 2019 than net income in 2018", "than in 2018 and 2017
            q.unsupported = "gap between figures named apart"  # combined": never one figure's own gap
            return
        q.operation = "gap"  # "how much less did it spend in 2018 than 2019": how far apart, which is larger said
        # ("how much more did it grow in 2019 than in 2018" compares two changes: never the figures' gap)
        q.product_words = [w for w in q.product_words if w not in COMPARATIVE_WORDS]
    elif q.intent == "change" and (money_asked(q.norm) or (
            AMOUNT_CHANGE.search(q.norm) and (not PERCENT_CHANGE.search(q.leftover or q.norm) or names_a_percent(q.norm)))):
        q.operation = "difference"  # a percent word of the metric's own label ("statutory rate") is no rate asked
    elif ("difference" in words or ("minus" in words and several)) and q.metric is not None:  # "… Q4 2024 minus Q4 2023"
        q.operation = "difference"
    elif several and q.intent == "value" and (SUM_WORDS.search(q.norm) or PLUS_SUM.search(q.norm)) and \
            not AGAINST_WORDS.search(q.norm):
        q.operation = "sum"
        if PLUS_SUM.search(q.norm):
            q.unknown = [w for w in q.unknown if w != "plus"]
            q.product_words = [w for w in q.product_words if w != "plus"]
    if q.intent == "change" and not q.operation and q.unsupported in ("percent", "percentage", "%") and \
            names_a_percent(q.norm):  # "the change in the percentage of plan assets": a printed share's difference,
        q.operation = "difference"  # asked of a row printing percentages (else the share stays unsupported)
    if q.operation == "difference" and GAP_WORDS.search(q.leftover or q.norm) and \
            not DIRECTION_WORDS.search(q.leftover or q.norm):
        q.operation = "gap"
    if q.operation:
        q.intent = "arithmetic"
    if q.operation or several:  # "between 2018 and 2019": words that join the periods, not a product
        q.product_words = [w for w in q.product_words if w not in OPERATION_WORDS]


def _annual_average(q: Question) -> None:
    """'the average annual X in 2018 and 2019' averages those years; 'the average annual X' with no year
    averages the years the latest release gives (never its quarters)."""
    yearless = [p for p in q.periods if p.kind == "FY" and p.year is None]
    if not yearless:
        return
    named = [p for p in q.periods if p not in yearless]
    q.periods = named or [PeriodSpec("latest_year")]


CONTINUING = re.compile(r"\bfrom\s+continuing\s+operations?\b|\bcontinuing\s+operations?\b")
CONTINUING_OF = {"eps": "eps_continuing", "eps_diluted": "eps_continuing", "eps_basic": "eps_basic_continuing",
                 "net_income": "continuing_income"}


def _balance_change(q: Question) -> None:
    """'change in inventories from December 31, 2006 to September 30, 2007' is the balance's change
    between two dates, not the working-capital line of a cash-flow statement (that one covers a span:
    'change in inventories (cash flow) FY 2024')."""
    from knowledge.vocabulary import BY_KEY
    metric = BY_KEY.get(q.metric or "")
    if metric is not None and metric.change_of and (
            len(q.periods) >= 2 or any(p.kind in ("instant", "instantq", "YE") for p in q.periods)):
        q.metric, q.leftover = metric.change_of, f"{q.leftover} change "


def _continuing(q: Question) -> None:
    """'diluted EPS from continuing operations' is a metric of its own, not EPS with two words left."""
    if q.metric in CONTINUING_OF and CONTINUING.search(q.norm):
        q.metric = CONTINUING_OF[q.metric]
        q.product_words = [w for w in q.product_words if w not in ("continuing", "operations", "operation")]


VARIANT_RE = re.compile(r"\b(diluted|basic)\b")
# words that ask for a per-share figure: a question saying none of them is never answered with a row printed per share
# that its other words name ("loss from discontinued operations" is not the "Discontinued operations" EPS sub-row)
# words that ask a per-share figure: a price is one too ("high stock price": a stock price table's "High" row)
PER_SHARE_SAID = re.compile(r"\b(?:per[\s-]+(?:\w+\s+)?share|a\s+share|eps|earnings\s+per|diluted|basic|prices?|"
                            r"dividends?|distributions?|book\s+value)\b")
PER_SHARE_ONLY = re.compile(r"^\W*(?:and\s+|what\s+about\s+)?(?:the\s+)?(?:on\s+a\s+)?per[\s-]share(?:\s+basis)?\W*$")
PER_SHARE_OF = {"net_income": "eps", "net_income_common": "eps", "ffo": "ffo_per_share", "affo": "affo_per_share",
                "equity": "book_value_per_share"}
VARIANTS = {("eps", "diluted"): "eps_diluted", ("eps", "basic"): "eps_basic",
            ("weighted_shares", "diluted"): "weighted_shares_diluted", ("weighted_shares", "basic"): "weighted_shares_basic"}


def _variant(q: Question) -> None:
    """'and basic?': the same figure, the other share count. A text whose only metric word is
    'basic' or 'diluted' names a variant of the metric asked before, not a metric of its own."""
    m = VARIANT_RE.search(q.norm)
    q.variant = m.group(1) if m else ("percent" if q.metric is None and q.wants_percent else "")
    q.product_words = [w for w in q.product_words if w not in ("basic", "diluted")]
    if PER_SHARE_ONLY.match(q.norm):
        q.variant, q.metric, q.metric_score, q.runner_up, q.metric_phrase = "per_share", None, 0.0, None, ""
        q.product_words = []
        return
    content = [w for w in re.findall(r"[a-z]+", q.norm) if w not in STOPWORDS and w not in FILLER]
    if m and q.metric and not set(content) <= {"basic", "diluted"}:
        q.metric = with_variant(q.metric, q.variant)  # "basic average shares", "basic loss per share"
        q.product_words = [w for w in q.product_words if w not in ("basic", "diluted")]
        return
    if m and q.metric and set(content) <= {"basic", "diluted"}:
        q.metric, q.metric_score, q.runner_up, q.metric_phrase = None, 0.0, None, ""
        q.product_words = [w for w in q.product_words if w not in ("basic", "diluted")]


AS_PERCENT = {"gross_margin": "gross_margin_pct", "operating_income": "operating_margin_pct",
              "net_income": "net_margin_pct"}


def with_variant(metric: str | None, variant: str, carried: bool = False) -> str | None:
    """The diluted or basic reading of an EPS or share-count metric; a margin as a percent. Of a figure asked
    before (`carried`: "net income Q2 2025" then "and diluted?"), diluted or basic is its per-share figure's
    (diluted EPS), and of a figure that has none (revenue) no figure at all — never the figure asked before."""
    if variant == "percent":
        return AS_PERCENT.get(metric or "", metric)
    if not metric or not variant:
        return metric
    if variant == "per_share":
        return PER_SHARE_OF.get(metric)
    if carried and PER_SHARE_OF.get(metric) == "eps":
        metric = "eps"
    family = "eps" if metric.startswith("eps") else "weighted_shares" if metric.startswith("weighted_shares") else None
    if family is None and carried:
        return None
    return VARIANTS.get((family, variant), metric) if family else metric


def _account(q: Question, vocab: StoreVocabulary) -> None:
    """Every word accounted for: which slots the text names, and the content words none explains.
    A per-share phrase whose head is not earnings (dividends, book value, cash) never reads as EPS."""
    q.named = {name for name, value in (("company", q.company or q.company_choices), ("metric", q.metric),
                                        ("geo", q.geo is not None or q.other_geos or None),
                                        ("product", q.product_words or None), ("period", q.periods or None),
                                        ("basis", q.basis_named or None)) if value}
    if q.intent not in ("value",):
        q.named.add("intent")
    if q.variant or re.search(r"\b(?:diluted|basic)\b", q.norm) or (q.metric is None and q.wants_percent):
        q.named.add("metric_variant")  # "and diluted?", "as a percent?": the metric asked before, another way
    m = PER_SHARE_PHRASE.search(q.norm) if q.operation != "period_share" else None  # "as a share of FY 2026"
    if m and q.metric and not q.metric.startswith(LABEL_PREFIX):
        from knowledge.vocabulary import BY_KEY
        metric = BY_KEY.get(q.metric)
        if metric is not None and metric.unit != "USD/share":
            q.unknown.append(m.group(0))
        elif q.metric in EPS_METRICS:
            head = re.search(r"\b([a-z-]+)\s+(?:income|earnings|profit|loss)\s+(?:per|a)\s", q.norm)
            if head and head.group(1) in NOT_EPS_HEADS:
                q.unknown.append(head.group(0).strip())  # "operating income per share" is no EPS
            elif (amount := m.group(1).split()[-1]) in _money_metric_words() and amount not in _own_words(q.metric):
                q.unknown.append(amount)  # "revenue per diluted share": an amount of another measure, no EPS
    _other_measure(q, vocab)
    q.unknown += [w for w in q.product_words if w not in vocab.words and not _is_known(w, vocab)]
    if q.metric:  # "EBITDA margin": a word of another metric beside the one read
        # "Lakeside operations": a word of a line of business held, named with a word of its own, is no metric's
        held = _held_product_words(q, vocab)
        named = set(q.product_words) <= held and bool(set(q.product_words) - _metric_words(vocab))
        q.unknown += [w for w in q.product_words if w in _metric_words(vocab) and w not in _own_words(q.metric)
                      and w not in q.unknown and not (named and w in held)]


def _other_measure(q: Question, vocab: StoreVocabulary) -> None:
    """A measure asked with a word that makes it another one: the plain figure is no answer to it. A
    measure non-GAAP by definition (FFO, EBITDA) takes any basis asked as its own, and "EPS" after a head
    was read as EPS, so "core FFO per share" was answered with the FFO and "operating EPS" with the GAAP
    EPS. The word stays unknown (the figure is not held) unless a row the company prints is named with it
    ("Core FFO per diluted share": its own row, which the reading found)."""
    from knowledge.vocabulary import BY_KEY
    if not q.metric or q.metric.startswith(LABEL_PREFIX) or not q.metric_phrase:
        return
    metric = BY_KEY.get(q.metric)
    if metric is None or not (metric.defined_basis or q.metric in EPS_METRICS):
        return
    words = OTHER_MEASURE + (f"|{OTHER_EPS_HEAD}" if q.metric in EPS_METRICS and OTHER_EPS_HEAD else "")
    phrase = re.escape(q.metric_phrase.split()[0])
    heads = {"per", "eps"} if q.metric in EPS_METRICS else {s.split()[0] for s in (*metric.synonyms, metric.name) if s}
    for m in re.finditer(rf"\b({words})\s+(?:(?:net|diluted|basic)\s+)?{phrase}\b", q.norm):
        word = m.group(1)
        if word not in q.unknown and not _printed_with(word, heads, q, vocab):
            q.unknown.append(word)


def margin_not_printed(q: Question, vocab: StoreVocabulary, company: str | None = None) -> bool:
    """'Gross margin' asked of a company whose releases print the amount only as 'Gross profit', or print neither
    (revenue and cost of revenue alone): the percentage of revenue is meant (computed where no release prints it),
    never the amount, which the releases do not call a margin. Where a release prints a row 'Gross margin' (an
    amount, as older releases do), that row is the one asked for. `company`: the one a follow-up carries ("and gross
    margin?")."""
    key = q.company or company
    if "margin" not in q.metric_phrase or not key:
        return False
    labels = [label for held in (vocab.labels, vocab.canonical_labels, vocab.qualified_labels)
              for label in (held.get(key) or ())]
    margin = re.compile(r"\bgross\s+(?:profit\s+)?margin\b", re.I)
    return not any(margin.search(label) for label in labels)


def _printed_with(word: str, heads: set[str], q: Question, vocab: StoreVocabulary) -> bool:
    """Whether a row of the measure that the company (else any company held) prints is named with the word and the
    measure's own words ("Core FFO per diluted share", "Diluted EPS (pro forma)"; "Operating revenues" is no such
    row of EPS, nor "Operating earnings per share", which the reading keeps apart from EPS)."""
    keys = q.companies or vocab.companies.keys()
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    said = re.compile(rf"\b{re.escape(word)}\b.*\b(?:{head})\b|\b(?:{head})\b.*\b{re.escape(word)}\b", re.I)
    return any(said.search(label) for key in keys for label in (vocab.canonical_labels.get(key) or ()))


def _basis_word_of_a_product(q: Question, whole: str, vocab: StoreVocabulary) -> None:
    """A business line the store holds whose name holds a basis word ('Core Markets' revenue): a question naming it
    whole, and no basis besides, asks for that line's figure as reported, never a non-GAAP figure of 'Markets'."""
    if q.basis != "non-gaap" or not q.metric or not q.company:
        return
    asked = f" {' '.join(re.findall(r'[a-z0-9&]+', whole))} "
    basis_words = BASIS_WORDS[0][1]
    for product in vocab.products.get((q.company, q.metric), ()):
        words = re.findall(r"[a-z0-9&]+", product.lower())
        phrase = f" {' '.join(words)} "
        if len(words) < 2 or phrase not in asked or not basis_words.search(phrase):
            continue
        if basis_words.search(asked.replace(phrase, " ", 1)):
            return  # "adjusted Core Markets revenue": a basis asked besides the line's name
        q.basis, q.basis_named = "", False
        q.product_words = list(dict.fromkeys([w for w in words if w not in STOPWORDS] + q.product_words))
        return


_WHOLE_COMPANY = re.compile(r"\b(?:total|consolidated|overall|company[\s-]*wide|group[\s-]*wide|whole\s+company|"
                            r"entire\s+company)\b")
_PART_NOUNS = frozenset({"region", "regions", "segment", "segments", "division", "divisions", "business", "unit",
                         "units", "operations", "market", "markets"})


def _part_named_by_the_name_word(q: Question, name_words: list[str], vocab: StoreVocabulary) -> None:
    """A company named by one word of its name that its releases also use for a line of business or a region
    ("Pacific revenue" of Pacific Holdings, whose releases print the Pacific region's revenue): the word asks for
    that part, never the company's total (which it would get with the word used up as the company's). The company
    stays the one the word names."""
    if len(name_words) != 1 or not q.company or not q.metric or _WHOLE_COMPANY.search(q.norm):
        return  # "Atlantic's total revenue", "Atlantic consolidated revenue": the company's own
    word = name_words[0].removesuffix("'s")
    parts = [p for p in vocab.products.get((q.company, q.metric), ())
             if set(re.findall(r"[a-z&]+", p.lower())) - _PART_NOUNS == {word}]  # the part the word alone names
    # ("Pacific", "Pacific region"), never one it only begins ("Acme Cloud" of Acme, Inc. is asked as "Acme Cloud")
    if parts and word not in q.product_words:
        q.product_words.insert(0, word)


def _typed_name_words(before: str, after: str) -> list[str]:
    """The words the company's name took out of the question, in the order typed (each once)."""
    typed, left = re.findall(r"[a-z0-9&]+", before.replace("'s ", " ")), re.findall(r"[a-z0-9&]+", after)
    blocks = difflib.SequenceMatcher(None, typed, left, autojunk=False).get_opcodes()  # the words left stand together
    return [w for tag, i, j, _, _ in blocks if tag in ("delete", "replace") for w in typed[i:j]]  # ('cloud' of
    # "Carolina Cloud Devices cloud revenue" is the figure's, after the name whole)


def _with_words(before: str, drop: list[str]) -> str:
    """The question less the words dropped, each once (the rest as typed)."""
    for w in drop:
        before = re.sub(rf"\b{re.escape(w)}(?:'s)?(?![a-z0-9&])", " ", before, count=1)
    return before


def _in_name_order(words: list[str], name: list[str]) -> bool:
    """The words stand in the name together, in its order ('cloud devices' of 'carolina cloud devices')."""
    return any(name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1))


def _name_words_of_parts(company: str, before: str, after: str, vocab: StoreVocabulary) -> list[str]:
    """The words that named a company which name a line of business its own releases print ("Devices revenue" of
    Carolina Cloud Devices, whose releases print 'Devices' and 'Cloud' rows of revenue): a line's figure is asked,
    never the company's total (the word used up as the name left "revenue"). Read so where the name's words typed
    are that word alone, or stand out of the name's order beside the name's other words ("Carolina Devices"); the
    name's words said in its order ("Carolina Cloud revenue", "Cloud Devices"), the name whole, a legal form
    ("Devices Inc"), the whole company said ("Devices total revenue") or a place keep the company's own figure."""
    typed = _typed_name_words(before, after)
    words = re.findall(r"[a-z0-9&]+", before)
    if not typed or _WHOLE_COMPANY.search(before) or any(w in _NAME_FORM for w in typed) or any(
            w == typed[-1] and n + 1 < len(words) and words[n + 1] in _NAME_FORM - {"the"} for n, w in enumerate(words)):
        return []  # "Devices Inc": a company's name with its legal form
    name = [w for w in company.split() if w not in _NAME_FORM]
    if typed == name or (len(typed) >= 2 and _in_name_order(typed, name)):
        return []
    parts = [w for w in typed if w in name and names_lines_of(company, [w], vocab)]
    others = [w for w in typed if w not in parts]
    if not parts or (others and not _in_name_order(others, name)):
        return []
    return parts


def names_lines_of(company: str, words: list[str], vocab: StoreVocabulary) -> bool:
    """Every word (no place's) names a line of business the company's releases print, alone ('Medical')."""
    lines = {" ".join(w for w in re.findall(r"[a-z0-9&]+", p.lower()) if w not in _PART_NOUNS)
             for p in vocab.parts_of(company)}
    return bool(words) and all(not _is_place(w) and {w, w.rstrip("s"), w + "s"} & lines for w in words)


def _part_begun_by_the_last_name_word(q: Question, asked: str, name_words: list[str], vocab: StoreVocabulary) -> None:
    """The last word taken for the company's name that, with the words after it, names a part its releases hold
    ("Acme home sales revenue" of Acme Homes, whose releases print Home sales under Revenues): that word is the part's
    too, never used up as the company's, which left "sales revenue", the total."""
    if len(name_words) < 2 or not q.company or not q.metric:
        return
    words = asked.split()
    last = name_words[-1].removesuffix("'s")
    at = next((i for i, w in enumerate(words) if w.removesuffix("'s") == last), None)
    if at is None or at + 1 >= len(words) or last in q.product_words:
        return
    for part in vocab.products.get((q.company, q.metric), ()):
        own = [w for w in re.findall(r"[a-z&]+", part.lower()) if w not in _PART_NOUNS]
        after = words[at + len(own):at + len(own) + 1]  # the measure named again after the part's words
        if len(own) >= 2 and own[0] in (last, last.rstrip("s")) and words[at + 1:at + len(own)] == own[1:] \
                and after and after[0] in _own_words(q.metric):  # ("Acme Gas sales 2024" is the company's sales:
            q.product_words.insert(0, own[0])  # its "sales" is the measure's word, review14)
            return


def _row_begun_by_the_last_name_word(q: Question, asked: str, name_words: list[str], vocab: StoreVocabulary) -> None:
    """As `_part_begun_by_the_last_name_word`, for a printed row whose first word is the name's last ("Acme homes
    delivered" of Acme Homes, whose releases print 'Homes delivered'): where no metric was read from the words the name
    left ('delivered'), they and the name's word name that row, every word of it said in order."""
    if len(name_words) < 2 or not q.company or q.metric is not None:
        return
    words = asked.split()
    last = name_words[-1].removesuffix("'s")
    at = next((i for i, w in enumerate(words) if w.removesuffix("'s") == last), None)
    if at is None or at + 1 >= len(words):
        return
    for label in vocab.labels.get(q.company, ()):
        own = re.findall(r"[a-z&]+", label.lower().split("(")[0])
        if len(own) >= 2 and own[0] in (last, last + "s") and words[at + 1:at + len(own)] == own[1:]:
            q.metric, q.metric_score, q.runner_up = LABEL_PREFIX + label, 100.0, None
            q.unknown = [w for w in q.unknown if w not in own]
            q.product_words = [w for w in q.product_words if w not in own]
            return


def _held_product_words(q: Question, vocab: StoreVocabulary) -> set[str]:
    """The words of the lines of business the company's releases hold for the metric asked."""
    if not q.company or not q.metric:
        return set()
    return {w for p in vocab.products.get((q.company, q.metric), ()) for w in re.findall(r"[a-z&]+", p.lower())}


def _metric_words(vocab: StoreVocabulary) -> set[str]:
    """Words that name metrics ('margin', 'ratio', 'premiums'), once per vocabulary."""
    cached = getattr(vocab, "_metric_words", None)
    if cached is None:
        cached = {w for p, _ in vocab.metric_phrases for w in p.split() if len(w) > 3} - STOPWORDS - FILLER - {
            "other", "total", "current", "non", "gross", "operating", "common", "stock", "cash", "from", "expense",
            "expenses", "cost", "costs"}
        vocab._metric_words = cached
    return cached


_LENGTHS = {"Q": 3, "H2": 6, "FY": 12, "year": 12}
_WHOLE_WORDS = {"the", "a", "of", "for", "its", "total", "full", "whole", "year", "fiscal", "annual", "same"}


def _share_of_a_period_only(q: Question, share: re.Match) -> bool:
    """Is "X <shorter period> as a share of <longer period>" all the question says — the part's period named first,
    and no figure named after "as a share of" ("… of FY 2024 total revenue" names another figure, whose words were
    dropped: Q4 subscription revenue over the year's subscription revenue was given; review14)?"""
    first, second = (_LENGTHS.get(p.kind, p.months) for p in q.periods[:2])
    if first is None or second is None or first >= second:
        return False  # ("FY revenue as a share of Q4": the whole over its part, never turned round)
    tail = q.norm[share.end():]
    for start, end, _ in reversed(find_periods(tail)):
        tail = tail[:start] + " " + tail[end:]
    named = set(re.findall(r"[a-z&]+", tail)) - _WHOLE_WORDS  # the whole's figure, said again or not at all
    own = _own_words(q.metric)
    return not named or named == set(re.findall(r"[a-z&]+", q.norm[:share.start()])) & own - _WHOLE_WORDS


@lru_cache(maxsize=None)  # a pure function of the metric, asked several times a question
def _own_words(metric: str | None) -> frozenset[str]:
    from knowledge.vocabulary import BY_KEY
    m = BY_KEY.get(metric or "")
    if m is None:
        return frozenset()
    words = {w for phrase in m.synonyms + (m.name,) for w in re.findall(r"[a-z&]+", phrase.lower())}
    return frozenset(words | {w + "s" for w in words} | {w.rstrip("s") for w in words})


EPS_METRICS = {"eps", "eps_diluted", "eps_basic"}


@functools.lru_cache(maxsize=1)
def _money_metric_words() -> frozenset[str]:
    """The head nouns of the vocabulary's money measures ("revenue", "sales", "assets": the last word of a name):
    before "per share" they make a per-share amount of that measure, never EPS. Left out: words an earnings phrase
    may end on ("income from continuing operations per share", "profit after tax per share", "net income
    attributable to common shareholders per share") and fragments of abbreviations."""
    from knowledge.vocabulary import BY_KEY
    heads = {words[-1] for m in BY_KEY.values() if m.unit == "USD" for p in m.synonyms + (m.name,)
             if (words := re.findall(r"[a-z]+", p.lower()))}
    return frozenset(heads - _own_words("eps") - {
        "operations", "common", "shareholders", "stockholders", "interests", "stock", "tax", "taxes", "losses",
        "earned", "result", "change", "in", "line", "hand", "position", "worth", "sold", "received"} - {
        w for w in heads if len(w) < 3})


NOT_EPS_HEADS = {"operating", "pretax", "pre-tax", "gross", "comprehensive", "underwriting", "segment", "investment",
                 "interest", "other", "ebit", "ebitda", "cash", "after-tax", "distributable"}


# "core FFO", "normalized FFO", "underlying EBITDA", "operating EPS": a word before a measure that makes another
# measure (vocabulary.toml [language] other_earnings; other_earnings_per_share and NOT_EPS_HEADS before EPS).
OTHER_MEASURE = "|".join(sorted(LANGUAGE.get("other_earnings", ()), key=len, reverse=True))
OTHER_EPS_HEAD = "|".join(sorted({*LANGUAGE.get("other_earnings_per_share", ()), *NOT_EPS_HEADS}, key=len, reverse=True))


def _is_known(word: str, vocab: StoreVocabulary) -> bool:
    """A word the store prints somewhere (a label, product or company word) may name a product."""
    return any(form in vocab.words for form in (word, word.rstrip("s"), word + "s", word + "es"))


def _share_years(specs: list[PeriodSpec]) -> list[PeriodSpec]:
    """'nine month sales fiscal 2007': a period named without its year takes the year named beside it;
    'full year fiscal 2026' is one period, not a year and an undated year; 'Q3 and Q4 2020' two quarters of 2020."""
    quarters = [s for s in specs if s.kind == "Q" and s.year is not None and s.quarter]
    specs = [replace(s, year=quarters[0].year) if s.kind == "Q" and s.year is None and s.quarter and quarters
             and all(d.quarter != s.quarter for d in quarters) else s for s in specs]
    dated = {s.kind for s in specs if s.year is not None} | {"Q" for s in specs if s.kind == "date" and s.months == 3}
    specs = [s for s in specs if not (s.year is None and s.kind in dated)]
    years = [s.year for s in specs if s.year is not None and s.kind in ("FY", "year")]
    undated = [s for s in specs if s.year is None and s.kind in ("Q", "YTD", "YTDQ")]
    if len(years) == 1 and undated:
        return [replace(s, year=years[0]) if s in undated else s for s in specs
                if not (s.kind in ("FY", "year") and s.year == years[0])]
    return specs


def _whole_name(text: str, tokens: list[re.Match], vocab: StoreVocabulary) -> tuple[str, str] | None:
    """A company whose whole name (less its legal suffix) stands in the question, found through an
    index by the name's first word, so the cost does not grow with the number of companies."""
    plain = [t.group(0).removesuffix("'s") for t in tokens]
    best: tuple[int, int, list[str]] | None = None
    for i, word in enumerate(plain):
        for key in vocab.companies.by_first_word(word):
            words = key.split()
            if plain[i:i + len(words)] == words and (best is None or len(words) > len(best[2])):
                best = (i, i + len(words), words)
    if best is None:
        return None
    i, j, words = best
    key = " ".join(words)
    return key, _without_name(text, tokens, i, j, key)


_NAME_FORM = {w for w in LEGAL_WORDS if " " not in w}  # "Inc", "Limited": the legal form a full name ends in


def _without_name(text: str, tokens: list[re.Match], i: int, j: int, key: str) -> str:
    """The text less the company's words tokens[i:j] and the rest of its full name around them: 'Acme
    Widgets, Inc.' after its ticker, 'Limited' after 'Acme Spirits'. The rest is taken only where
    it runs, in the name's order, to the name's last word: each word of the name goes once, so
    'Toll Corridor Partners toll receipts' keeps its 'toll receipts' and 'TCRP toll receipts' too."""
    plain = lambda k: tokens[k].group(0).removesuffix("'s")
    name, said = key.split(), [plain(k) for k in range(i, j)]
    at = next((n for n in range(len(name)) if name[n:n + len(said)] == said), None)
    after, before = (name[at + len(said):], name[:at]) if at is not None else (name, [])
    run, left = j, list(after)
    while run < len(tokens) and plain(run) in left:  # words of the rest of the name, in its order
        left = left[left.index(plain(run)) + 1:]
        run += 1
    if run > j and not left:  # ... up to its last word ('KVL Industries'; never 'QRLN royalty receipts')
        j = run
    if before and i >= len(before) and [plain(k) for k in range(i - len(before), i)] == before:
        i -= len(before)
    while j < len(tokens) and plain(j) in _NAME_FORM:
        j += 1
    return text[:tokens[i].start()] + " " + text[tokens[j - 1].end():]


def _named_at(key: str, norm: str, vocab: StoreVocabulary) -> int:
    """Where the question first names a company: its ticker or a word of its name (the end when not found)."""
    company = vocab.company(key)
    if company is None:
        return len(norm)
    words = {w for w in re.findall(r"[a-z0-9&]+", company.name.lower()) if len(w) >= 3 and w not in STOPWORDS}
    words |= {company.ticker.lower()} if company.ticker else set()
    found = [m.start() for w in words for m in [re.search(rf"\b{re.escape(w)}", norm)] if m]
    return min(found, default=len(norm))


def _company(text: str, vocab: StoreVocabulary) -> tuple[str | None, str, list[str]]:
    """A company named by its ticker or by a distinctive word of its name (typos tolerated), the text
    less its words, and the companies it may mean when it could mean more than one (a ticker two
    companies give; a name word two companies' names share equally, neither named whole): then no
    company, and the engine asks which. Looked up in indexes, so the cost does not grow with the
    number of companies."""
    tokens = list(re.finditer(r"[a-z0-9&]+(?:'s)?", text))
    vocab.companies.learn([t.group(0).removesuffix("'s") for t in tokens])  # one store lookup for them all
    for t in tokens:
        word = t.group(0).removesuffix("'s")
        keys = vocab.companies.tickers(word)
        if keys and word not in STOPWORDS:
            if len(keys) > 1:
                return None, text[:t.start()] + " " + text[t.end():], keys
            k = tokens.index(t)
            return keys[0], _without_name(text, tokens, k, k + 1, keys[0]), []
    whole = _whole_name(text, tokens, vocab)
    if whole:  # "AB Group net sales": a name of short or common words, named whole
        return whole[0], whole[1], []
    votes: dict[str, int] = {}
    first: dict[str, re.Match] = {}
    voters: dict[str, set[str]] = {}  # the words that voted for each company
    for n, t in enumerate(tokens):
        tok = t.group(0).removesuffix("'s")
        if len(tok) < 4 or tok in STOPWORDS or _in_a_figures_words(tokens, n):
            continue
        keys = vocab.companies.by_name_word(tok)
        if not keys and tok not in BASE_VOCABULARY and not tok.isdigit():
            near = vocab.companies.near_name_word(tok, NAME_CUTOFF)  # a misspelt name ("2007" is none)
            keys = vocab.companies.by_name_word(near) if near else []
        for key in keys or ():
            votes[key] = votes.get(key, 0) + 1
            first.setdefault(key, t)
            voters.setdefault(key, set()).add(tok)
    if not votes:
        return None, text, []
    # of names voted for alike, the one a word of its own names ('Ostrava' of "ostrava pharma", where 'pharma' is
    # also two other names' word) before the one only shared words name (it was the shortest name, one of the others)
    own = {k: sum(1 for w in voters[k] if all(w not in voters[o] for o in votes if o != k)) for k in votes}
    # of those, the one its name's first word names before one only a later word of a name names: "Stonegarth stores"
    # where 'Fernleigh Home Stores' is held too is Stonegarth's store count, never Fernleigh's (the shorter name)
    lead = {k: k.split()[0] in voters[k] for k in votes}
    best = max(votes, key=lambda k: (votes[k], own[k] > 0, lead[k], -len(k)))
    name_words = set(best.split())
    # a tie is a question only where one word fits both names; two names each named by their own word
    # ("Corvatek vs Harrowgate") are two companies, read one after the other
    tied = sorted(k for k in votes if votes[k] == votes[best] and (k == best or voters[k] & voters[best]))
    typed = {t.group(0).removesuffix("'s") for t in tokens}
    # every word of the chosen name leaves the text, once: "American" is no place, and the second
    # "toll" of "Toll Corridor Partners toll receipts" is the figure's
    said = _name_run(tokens, name_words, first[best])
    if _another_legal_form(tokens, said, vocab.company(best)):  # "Harrow Corp" of a held "First Harrow Minerals
        return None, text, []  # Ltd.": another company, named with its own legal form — not held, never the held one
    leaving = {id(t) for t in said if t is next(u for u in said if u.group(0) == t.group(0))}
    for t in reversed(tokens):
        if id(t) in leaving:
            text = text[:t.start()] + " " + text[t.end():]
    if len(tied) > 1 and not name_words <= typed:  # "Lakemont" of "Lakemont Medical" and "Lakemont Surgical"
        return None, text, tied
    return best, _without_initials(text, best), []


def _another_legal_form(tokens: list[re.Match], said: list[re.Match], company: "Company | None") -> bool:
    """Is the company named with a legal form its held name does not have, right after the name's words, with a word
    of the held name left unsaid ("Harrow Corp" of "First Harrow Minerals Ltd.")? Then it names another company:
    a part of a held name and another legal form was answered with the held company's figures."""
    if company is None or not said:
        return False
    held = LEGAL_FORMS.get(re.sub(r"[^a-z]", "", company.name.lower().split()[-1]))
    after = next((tokens[i + 1] for i, t in enumerate(tokens) if t is said[-1] and i + 1 < len(tokens)), None)
    typed = LEGAL_FORMS.get(after.group(0)) if after is not None else None
    if typed is None or typed == held:  # (a held name printed with no legal form: "Ostrava Corp" of "Ostrava
        return False  # Minerals" is another company too, a word of the held name unsaid; review14)
    name = {w for w in re.findall(r"[a-z0-9&]+", company.name.lower()) if w not in LEGAL_FORMS and w != "the"}
    return not name <= {t.group(0).removesuffix("'s") for t in said}


def _in_a_figures_words(tokens: list[re.Match], n: int) -> bool:
    """Does the word at `n` stand in a figure's words, a word a figure is asked by before another ("investment" of
    "total investment income")? Then it names no company though a held name holds it ("Crestline Investment"):
    "net investment income as a percentage of total investment income" read the second part as that company's
    "income", net income — a wrong figure. A name's own words still name it ("Crestline Investment net ...")."""
    if n + 1 >= len(tokens):
        return False
    word, after = (tokens[i].group(0).removesuffix("'s") for i in (n, n + 1))
    return word in FIGURE_WORDS and after in FIGURE_WORDS and word not in STOPWORDS


# the words a figure is asked by, whatever the store: a company's initials never take one of them
FIGURE_WORDS = STOPWORDS | set(ABBREVIATIONS) | set(ABBREVIATIONS.values()) | {
    w for m in METRICS for s in m.synonyms for w in s.split()}


def _initials(key: str) -> set[str]:
    """The initials of every run of three or more words of a company's name, with and without its small
    words: 'fhlb' and 'fhlbdm' of 'federal home loan bank of des moines'."""
    out: set[str] = set()
    for words in (key.split(), [w for w in key.split() if w not in ("of", "and", "the", "&")]):
        for i in range(len(words)):
            for j in range(i + 3, len(words) + 1):
                out.add("".join(w[0] for w in words[i:j]))
    return out


def _without_initials(text: str, key: str) -> str:
    """The question less a word that is the initials of the named company's name ('FHLB Red Oak net income':
    'Red Oak' names the bank, and 'fhlb' was left as a word no figure explains)."""
    initials = _initials(key) - FIGURE_WORDS  # never a word a figure is asked by ('eps', 'ffo')
    return re.sub(r"[a-z]{3,}", lambda m: " " if m.group(0) in initials else m.group(0), text)


def _name_run(tokens: list[re.Match], name_words: set[str], voter: re.Match) -> list[re.Match]:
    """The words of a company's name standing together with the word that named it: "Crestline Investment"
    of "Crestline Investment net investment income", never the "investment" of the figure further on
    ("Crestline net investment income" was asked as net income); "Ostrava Pharma" of Ostrava Pharmaceuticals."""
    def named(t: re.Match) -> bool:  # a name word cut short stands in the name too ('pharma' of 'Pharmaceuticals'),
        word = t.group(0).removesuffix("'s")  # and its short form ('mgmt' of 'Management', 'intl' of 'International')
        return word in name_words or t is voter or (len(word) >= 4 and any(n.startswith(word) for n in name_words)) \
            or name_word_key(word) in name_words
    at = tokens.index(voter)
    start = end = at
    while start > 0 and named(tokens[start - 1]):
        start -= 1
    while end + 1 < len(tokens) and named(tokens[end + 1]):
        end += 1
    return tokens[start:end + 1]


def _names_with_places() -> re.Pattern | None:
    """The metrics' names a place word is part of ('consolidated net income' is a figure of its own, not
    net income of the whole company): the vocabulary's, found once."""
    phrases = {" ".join(re.sub(r"[^a-z&%' ]", " ", s.lower()).split()) for m in METRICS for s in m.synonyms}
    held = sorted((p for p in phrases if OTHER_PLACES.search(p)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in held) + r")\b") if held else None


PLACE_IN_NAME = _names_with_places()


_GEO_PATTERNS = [(key, re.compile(pattern)) for key, _, pattern in GEOGRAPHIES]  # compiled once, not looked up per question


def _geo(text: str) -> tuple[list[str], str | None, str]:
    """Every place named, in order ("US vs EMEA revenue"); a place the vocabulary lacks is reported. A
    place word inside a metric's name (PLACE_IN_NAME) is left to the metric."""
    found: list[tuple[int, str]] = []
    probe = PLACE_IN_NAME.sub(lambda m: " " * len(m.group(0)), text) if PLACE_IN_NAME else text
    matches = [(m, key) for key, pattern in _GEO_PATTERNS for m in pattern.finditer(probe)
               if not (key == "us" and re.search(r"\b(?:tell|show|give)\s+us\b", text[max(0, m.start() - 6):m.end()]))]
    taken: list[tuple[int, int]] = []
    for m, key in sorted(matches, key=lambda mk: mk[0].start() - mk[0].end()):  # the longest name first: 'north
        if any(m.start() < b and a < m.end() for a, b in taken):  # america' is North America, never 'america' (US)
            continue
        taken.append((m.start(), m.end()))
        found.append((m.start(), "" if key == "worldwide" else key))
    for a, b in taken:
        text = text[:a] + " " * (b - a) + text[b:]
    if found:
        keys = [k for _, k in sorted(found)]
        return list(dict.fromkeys(keys)), None, text
    other = OTHER_PLACES.search(probe)
    if other:
        return [], other.group(0), text[:other.start()] + " " + text[other.end():]
    return [], None, text


def _metric(q: Question, rest: str, vocab: StoreVocabulary) -> None:
    """Longest synonym phrase found whole wins; else the best fuzzy reading above the floor."""
    clean = " " + re.sub(r"[^a-z&%' ]", " ", rest.replace("'", "")) + " "
    clean = re.sub(r"\s+", " ", clean)
    stemmed = " " + " ".join(_stem(w) for w in clean.split()) + " "  # "deferred revenues" asks for "deferred revenue"
    exact = _phrases_in(stemmed, vocab)
    spread = _spread_phrase(clean, vocab, min_words=len(exact[0][0].split()) + 1 if exact else 2)
    if spread:  # "cash did it generate from operations": the longer phrase, its words in order
        exact = [spread] + exact
    if exact:
        phrase, metric = exact[0]
        q.metric, q.metric_score, q.metric_phrase = metric, 100.0, phrase
        others = [m for p, m in exact[1:] if m != metric and p not in phrase]
        if others:
            q.runner_up = (others[0], 100.0)
        leftover = _without_phrase(clean, phrase)
    else:
        content = " ".join(w for w in clean.split() if w not in FILLER and not w.isdigit()
                           and not CHANGE_WORDS.fullmatch(w) and not TREND_WORDS.fullmatch(w)
                           and w not in ("guidance", "outlook", "forecast", "year", "quarter"))
        if len(content.replace(" ", "")) < 4:
            q.product_words = _content_words(clean)
            return
        choices = {i: p for i, (p, _) in enumerate(vocab.metric_phrases)}
        matches = process.extract(content, choices, scorer=fuzz.partial_ratio, limit=5, score_cutoff=85)
        found = [(choices[k], vocab.metric_phrases[k][1], s) for _, s, k in matches if len(choices[k]) >= 4
                 and len(content) >= 0.6 * len(choices[k])]  # "end" inside "dividend" is no reading of it
        if not found:
            q.product_words = _content_words(clean)
            return
        found.sort(key=lambda t: (-t[2], abs(len(t[0]) - len(content))))  # the closest in length
        phrase, metric, score = found[0]
        q.metric, q.metric_score, q.metric_phrase = metric, float(score), phrase
        rival = next(((m, s) for p, m, s in found[1:] if m != metric and p not in phrase and phrase not in p), None)
        q.runner_up = (str(rival[0]), float(rival[1])) if rival else None
        leftover = clean
        for word in phrase.split():
            leftover = re.sub(rf"\b\w*{re.escape(word[:4])}\w*\b", " ", leftover, count=1)
    if q.metric == "gross_margin" and (q.wants_percent or margin_not_printed(q, vocab)):
        q.metric = "gross_margin_pct"
    q.leftover = leftover
    q.product_words = _content_words(leftover)


LABEL_PREFIX = "label:"
BASE_VOCABULARY = set(BASE_WORDS)


def _printed_label(q: Question, rest: str, vocab: StoreVocabulary, whole: str = "", spans: list | None = None) -> None:
    """A row label the vocabulary does not know ("Cost of gas") is asked for by its printed words
    (punctuation and plural endings aside: "deposit" finds "Total deposits"). A label printed with a
    basis, a place or period words in it ("Gross profit from continuing operations, as reported",
    "Effect of prior year adjustments") is found in the question's words before those are taken out:
    with two words of its own besides them, or where no metric was read ("Rest of World"); the period
    words it holds then name no period of the question."""
    stems = lambda text: " " + " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", text.replace("'", ""))) + " "
    keys = [q.company] if q.company else (list(vocab.labels) if len(vocab.companies) == 1 else [])
    rest, whole = _spelt_out(rest, keys, vocab), _spelt_out(whole, keys, vocab)
    clean = stems(rest)
    best, best_words, found_in = "", "", clean
    kept = set(clean.split())
    texts = [clean, stems(whole or rest), stems(_spelt_out(q.norm, keys, vocab)), stems(_years_cut(q.norm, spans or []))]
    for n, text in enumerate(texts):
        if n and text == texts[n - 1]:
            continue
        for key in keys:
            per_share = () if PER_SHARE_SAID.search(q.norm) else vocab.per_share_labels.get(key, ())
            for label, forms in _label_candidates(vocab, key):
                if _whole_of_parts(label, q.geo) or not _percent_row_asked(label, q.norm) or label in per_share:
                    continue
                for form in forms:  # "deposits" asks for "Total deposits"
                    if len(form) > len(best_words) and f" {form} " in text and _label_words_stand(form, kept, n, q.metric):
                        best, best_words, found_in = label, form, text
    if not best and (q.metric is None or q.metric_score < 100):  # "prepaid expenses": a label beginning so
        # outranks a fuzzy metric reading
        best, best_words = _leading_phrase(clean, keys, vocab,
                                           None if PER_SHARE_SAID.search(q.norm) else vocab.per_share_labels)
    if not best and q.metric is not None and q.product_words:  # "income taxes payable": words the metric leaves
        row = _canonical_label(q, texts[:2], keys, vocab)[0]
        q.printed_row = LABEL_PREFIX + row if row else ""
    if best and q.metric and any(_same_words(best, p) for key in keys for p in vocab.products.get((key, q.metric), ())):
        return  # "cloud services revenue": the revenue of that line of business, not a cost row printed alike
    longer = len(best_words.split()) > len(q.metric_phrase.split()) or (
        len(best_words.split()) == len(q.metric_phrase.split()) > 1 and len(best_words) > len(q.metric_phrase)) or (
        found_in is clean and _spread_reading(q.metric_phrase, clean, best_words))
    if best and (q.metric is None or q.metric_score < 100 or longer or _own_row_of_a_loose_word(q, best_words)):
        q.metric, q.metric_score, q.runner_up = LABEL_PREFIX + best, 100.0, None
        q.leftover = clean.replace(f" {best_words} ", " ", 1) if found_in is clean else _without_phrase(clean, best_words)
        q.product_words = _content_words(q.leftover)
        if found_in is not clean and q.geo and set(best_words.split()) - kept:
            q.geo, q.other_geos = None, []  # "Rest of World": the place is the row's name, not a place of it
        if found_in is not clean and q.basis_named and set(best_words.split()) - kept:
            # "Projected benefit obligation", "Expected volatility": the words name the row, not a basis asked;
            # the row's own basis is what its label says ("Adjusted EBITDA" stays non-GAAP)
            q.basis = "non-gaap" if BASIS_WORDS[0][1].search(best.lower()) else ""
        if (found_in is texts[2] or found_in is texts[3]) and spans:  # "prior year" of "Effect of prior year
            # adjustments" is no period asked
            inside = [spec for a, b, spec in spans if stems(q.norm[a:b]).strip() and
                      stems(q.norm[a:b]).strip() in best_words]
            q.periods = [p for p in q.periods if p not in inside]


def _own_row_of_a_loose_word(q: Question, best_words: str) -> bool:
    """A synonym the metric's printed labels never take ('other expense' of other income (expense), net) said by a
    question of a company printing a row under exactly those words ('Other expense' beside 'Other income (loss)'):
    the company's own row is asked, never the metric the loose word stands for elsewhere (that gave a bank's other
    income for its other expense)."""
    phrase = q.metric_phrase
    return bool(q.metric) and len(phrase.split()) > 1 and best_words == " ".join(_stem(w) for w in phrase.split()) \
        and _one_side_of_a_net(phrase, q.metric or "")


_NET_PAIR = re.compile(r"\b(\w+) \((\w+)\)")  # 'income (expense)' of 'other income (expense), net': two sides netted


def _one_side_of_a_net(phrase: str, metric: str) -> bool:
    """A synonym naming one side of a metric that nets two ('other expense' of 'other income (expense), net'), and
    no printed label of that metric: a row printed under those words is that side, not the net figure. A synonym
    of a metric of one meaning ('efficiency ratio', 'same-store NOI') names the metric, whatever row prints it."""
    found = BY_KEY.get(metric)
    pair = _NET_PAIR.search(found.name) if found else None
    if pair is None or canonical_metric(phrase, "", found.unit if found else "USD") == metric:
        return False
    words = set(phrase.lower().split())
    return (pair.group(1) in words) != (pair.group(2) in words)


def own_row_of_a_loose_word(q: Question, vocab: StoreVocabulary, company: str) -> str:
    """The row (its metric key) of `company` a loose synonym names whole, as `_own_row_of_a_loose_word` reads it, for
    a question whose company comes after it is understood ('what about other expense?' following a question about
    the bank): '' where the metric was read otherwise or no one row of the company is printed under those words."""
    phrase = q.metric_phrase
    if not q.metric or q.metric.startswith(LABEL_PREFIX) or len(phrase.split()) < 2 or \
            not _one_side_of_a_net(phrase, q.metric):
        return ""
    said = " ".join(_stem(w) for w in phrase.split())
    rows = {label for label, forms in _label_candidates(vocab, company) if said in forms}
    return LABEL_PREFIX + rows.pop() if len(rows) == 1 else ""


_YEARS_ONLY = re.compile(r"(?:\s|,|\d{2,4}|between|from|in|to|and|fy|fiscal|years?|the)+")


def _years_cut(norm: str, spans: list) -> str:
    """The question with the periods that are years alone taken out, a date's words kept: "the change in balance
    between 2018 and 2019 at January 1" names the row "Balance at January 1" with the years said inside its words."""
    for a, b, _ in reversed(spans):
        if _YEARS_ONLY.fullmatch(norm[a:b]):
            norm = norm[:a] + "\0" + norm[b:]
    return _YEARS_SAID.sub(" ", norm).replace("\0", " ")  # "between 2018 and 2019" goes whole


_YEARS_SAID = re.compile(r"(?:\b(?:between|from|in|for)\s+)?\0(?:\s*(?:and|to|-|through|vs\.?)\s*\0)*")


def _whole_of_parts(label: str, geo: str | None) -> bool:
    """'Total segment net sales' sums every segment: a question naming one place ('U.S. segment net sales')
    asks for that place's row, never the total's, unless the total is the place's own ('Total U.S. sales')."""
    return geo is not None and label[:6].lower() == "total " and canonical_geo(label) != geo


def _sectioned_row(q: Question, vocab: StoreVocabulary) -> None:
    """Words the metric or label read leaves unexplained, explained by the heading a row of that label stands
    under: 'wireless capital expenditure' is 'Wireless' under 'Capital expenditures', 'the deferred tax assets
    of net operating losses' 'Net operating losses' under 'Deferred tax assets:'. The row's heading and label
    together must hold every word asked, and the question every word of both; exactly one row of the company
    may fit (two rows of one label under headings the words fit alike: no reading, so no number). Words the
    metric alone explains never come here ('revenue' stays the total), nor words naming a line of business
    held for the metric."""
    if q.metric is None or q.across or q.other_geos:  # places side by side: each its own figure, never one row
        return
    keys = [q.company] if q.company else (list(vocab.sections) if len(vocab.companies) == 1 else [])
    if len(keys) != 1:
        return
    content = lambda text: {_row_stem(w) for w in re.findall(r"[a-z0-9&]+", _as_said(text.lower()).replace("'", ""))
                            if w not in STOPWORDS and not w.isdigit()}
    left = {_row_stem(w) for w in q.product_words if w not in OPERATION_WORDS and w not in _ASKING_WORDS}
    unheld_place = q.geo is not None and q.geo not in vocab.geos.get((keys[0], q.metric), ())
    if not left and not unheld_place:  # "service revenue from EMEA" where no figure of EMEA is held for the metric
        return
    total = _heading_total(q, vocab, keys[0], left, content)
    if total:  # "total product revenue": the 'Total Product' row under 'Revenue:', not the line 'Other Products'
        q.metric, q.metric_score, q.runner_up = total, 100.0, None
        q.product_words, q.geo, q.other_geos = [], None, []
        return
    if left and any(left <= content(p) for p in vocab.products.get((keys[0], q.metric), ())):
        return  # "cloud services revenue": a line of business the store holds for the metric
    read = content(q.metric[len(LABEL_PREFIX):] if q.metric.startswith(LABEL_PREFIX) else q.metric_phrase)
    asked = left | read
    found = set()
    numbers = set(re.findall(r"\d+(?:\.\d+)?", q.norm))
    for key, label, own, above, named, alone in _section_words(vocab, keys[0], content):
        if not set(re.findall(r"\d+(?:\.\d+)?", label)) <= numbers:
            continue  # 'Over 6 months overdue' is no row 'over 2 months overdue' names: a label's figures are asked
        place = q.geo is not None and canonical_geo(label) == q.geo
        # 'Net sales:' over 'United States': the heading names whole the metric asked ('sales')
        unnamed = not named or named <= own or not named <= asked
        metric_heading = unnamed and _heading_metric(key, vocab) == q.metric
        if unnamed and not metric_heading or \
                not ((own and own <= asked) or place) or (own <= above and not place) or \
                (q.geo is not None and not place):  # a place asked that the row is not: words left unexplained
            continue
        if asked <= own | above or (metric_heading and left <= own | above):
            found.add(alone if alone == q.metric else key)  # the label alone names the row: its own key stays
    if len(found) == 1:
        q.metric, q.metric_score, q.runner_up = found.pop(), 100.0, None
        q.product_words, q.geo, q.other_geos = [], None, []


def _row_stem(word: str) -> str:
    """A word as a heading and its row are compared: singular, 'taxes' (or the 'taxe' `_stem` leaves of it) as 'tax',
    so a question saying 'provision for income tax' reaches the rows of a heading adding into 'Provision for income
    taxes'."""
    word = _stem(word)
    return word[:-1] if len(word) > 3 and word.endswith("xe") else word


def _heading_total(q: Question, vocab: StoreVocabulary, company: str, left: set[str], content) -> str:
    """The one row printed 'Total <words>' under a heading of the metric asked ('Total Product' under 'Revenue:'),
    named by a question saying 'total' and exactly those words ('total product revenue'): the subtotal the table
    prints, where the words alone would name a line of business ('Other Products') and 'total' the whole."""
    if not left:
        return ""
    said = " " + " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", q.norm.replace("'", ""))) + " "
    found = {key for key, label, own, _, _, _ in _section_words(vocab, company, content)
             if label.lower().startswith("total ") and own == left and _heading_metric(key, vocab) == q.metric
             and " total " + " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", label.lower())[1:]) + " " in said}
    return found.pop() if len(found) == 1 else ""


def _heading_metric(key: str, vocab: StoreVocabulary) -> str | None:
    """The metric a row's heading names whole ('Net sales', 'Revenues:'), or None."""
    heading = " ".join(_stem(w) for w in re.findall(r"[a-z&']+", key[len(LABEL_PREFIX):].split(SECTION_MARK)[0]))
    named = vocab._phrase_metric
    if named is None:  # the synonyms as a dict, once per vocabulary: every row under a heading is looked up
        named = {}
        for phrase, metric in _stemmed_phrases(vocab):
            named.setdefault(phrase, metric)
        vocab._phrase_metric = named
    return named.get(heading) if heading else None


def _section_words(vocab: StoreVocabulary, company: str, content) -> list[tuple[str, str, set, set, set, str]]:
    """(key, label, label words, heading words, heading words a question must name: those outside its
    parentheses, 'Operating income (loss)' named by 'operating income', and the row's own key where that alone
    names it) of the company's rows under headings,
    stemmed once per list the store's lookup gives (a company whose facts are read again is stemmed again)."""
    sections = vocab.sections.get(company, [])
    cache = vocab.__dict__.setdefault("_section_words", {})
    held = cache.get(company)
    if held is None or held[0] is not sections:
        held = cache[company] = (sections, [(key, label, content(label), content(re.sub(r"\d+", " ", heading)),
                                             content(re.sub(r"\([^()]*\)|\d+", " ", heading)), alone)
                                            for key, heading, label, alone in sections])
    return held[1]


def _spread_reading(phrase: str, text: str, label_words: str) -> bool:
    """A metric read from words standing apart ('change in … payables' of 'change in trade payables') is a
    weaker reading than a printed label of two words or more standing whole in the text and ending in the
    same word ('Trade payables')."""
    words = [_stem(w) for w in phrase.split()]
    label = label_words.split()
    return bool(words) and f" {' '.join(words)} " not in text and len(label) >= 2 and label[-1] == words[-1]


_TRAILING_QUALIFIER = re.compile(r"^(.+) (net|gross)$")


# A '(%)' row's words that name a ratio themselves ('Return on funds employed', 'ROFE', 'Gross margin', 'Cash
# conversion'; 'ROE', 'ROFE': a return on something; labels are held lower-cased), and a question's words that ask for one ('as a percentage of', 'what rate', 'margin')
_RATIO_NAME = re.compile(r"(?i:\b(?:returns?|margins?|rates?|ratios?|yields?|growth|percent(?:age)?s?|proportions?|"
                         r"conversion|coverage|utili[sz]ation|occupancy|mix|share\s+of|ro(?:a|e|i|ic|ce|fe|te|tce|ace|ae)s?)\b)|%")
_ASKS_A_RATIO = re.compile(r"\b(?:percent(?:age)?s?|rates?|margins?|ratios?|proportions?|per\s*cent)\b|%", re.I)


def _percent_row_asked(label: str, question: str) -> bool:
    """A row printing percentages under words of an amount ('Net profit after tax (%)') answers only a question that
    asks a percentage, rate, margin or ratio, or where its words name a ratio themselves ('ROFE (%)'): asked plainly
    ('What was the net profit after tax?') the words ask the amount, which a percentage never is."""
    if not label.rstrip().endswith("(%)"):
        return True
    head = label.rstrip()[:-3]
    return bool(_RATIO_NAME.search(head) or _ASKS_A_RATIO.search(question))


def _label_candidates(vocab: StoreVocabulary, key: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each printed label of the company a question may name, with the forms it may be named by; a label
    ending in a parenthesis of qualifying words ("(employer's commitments)") only whole, parenthesis and all:
    named without it, the words ask for the shorter row they name, never for the qualified one."""
    for label in vocab.labels.get(key, []):
        yield label, _forms_of_label(label, key)
    for label in vocab.qualified_labels.get(key, []):
        yield label, _whole_form(label)


@lru_cache(maxsize=1 << 14)
def _whole_form(label: str) -> tuple[str]:
    """A qualified label's one form, its words stemmed (worked out once per label)."""
    return (" ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", _as_said(label).replace("'", ""))),)


def _as_said(label: str) -> str:
    """A printed label as a question reads once understood: an "&" standing alone is "and" ("Grocery & Snacks"
    is asked as "grocery and snacks"), as `understand` reads the question; one inside a word ("R&D") stays; "work
    in progress" is "work in process"."""
    return _WORK_IN_PROGRESS.sub("work in process", re.sub(r"\s&\s", " and ", label))


# "Work in progress" (as British and IFRS reports print it) and "work in process" (as US reports do) are one stage of
# inventory: a question and a label are both read with the second name, so either finds the row the other prints
_WORK_IN_PROGRESS = re.compile(r"\bwork[\s-]+in[\s-]+progress\b", re.I)


@lru_cache(maxsize=1 << 16)
def _forms_of_label(label: str, key: str) -> tuple[str, ...]:
    """_label_forms of a printed label, worked out once per label and company: every question asked of the
    company tries each of its labels, and stemming them again cost most of a warm question's time."""
    said = _as_said(label)
    words = " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", said.replace("'", "")))
    return tuple(_label_forms(words, said, key))


_NET_OF_TAX = re.compile(r"^(.+?) net of (?:\S+ )?tax\S*$")


def _label_forms(words: str, label: str, key: str) -> list[str]:
    """How a question may name a printed label (its words stemmed): whole; without a leading 'total'
    ("deposits" asks for "Total deposits"); without its words in parentheses ("net income attributable to
    Acme" asks for "Net income (loss) attributable to Acme"); its owner named by the first word of the
    company's name alone ("... attributable to Acme" asks for "... attributable to Acme Widgets, Inc."); and
    a trailing 'net' or 'gross' said first, as English says it ("net property, plant and equipment" and
    "total net property ..." ask for "Total property, plant and equipment, net")."""
    bare = " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", re.sub(r"\([^)]*\)", " ", label).replace("'", "")))
    forms = [words, words.removeprefix("total "), bare]
    first = key.split()[0] if key else ""
    for form in (words, bare):
        m = re.match(rf"(.* (?:attributable|applicable) to {re.escape(first)})\b", form) if first else None
        if m:
            forms.append(m.group(1))
    m = _NET_OF_TAX.match(words)  # "loss from discontinued operations" asks for "..., net of tax" (the amount
    if m:  # printed is after tax)
        forms.append(m.group(1))
    m = _TRAILING_QUALIFIER.match(words)
    if m:
        rest, qualifier = m.group(1), m.group(2)
        unsaid = rest.removeprefix("total ")
        forms += [f"{qualifier} {unsaid}", f"total {qualifier} {unsaid}"]
    forms.append(_label_initials(label))
    return list(dict.fromkeys(f for f in forms if f))


def _label_initials(label: str) -> str:
    """The initials a label of three words or more is named by ('aum' of 'Assets under management', 'rpm' of 'Revenue
    passenger miles (millions)'), its words of relation and any parenthesis left out; '' for a shorter one, or where
    the initials are a word of their own the question may say for itself."""
    words = [w for w in re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", label.lower())) if w not in _NOT_INITIALLED]
    initials = "".join(w[0] for w in words)
    return initials if len(words) >= 3 and initials not in _INITIALS_SAID else ""


_NOT_INITIALLED = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "by", "per", "from", "with", "a", "an"})
# initials that are words a question says for themselves ('net', 'tax', 'per', 'ytd'): never a label's name
_INITIALS_SAID = frozenset({"net", "tax", "per", "ytd", "yoy", "the", "and", "for", "all", "one", "two", "new", "old",
                            "low", "high", "top", "sum", "avg", "pct", "est", "act"})


def _canonical_label(q: Question, texts: list[str], keys: list[str], vocab: StoreVocabulary) -> tuple[str, str, str]:
    """A row the vocabulary reads as a metric, named whole by a question whose metric leaves words unexplained
    ('income taxes payable' beside a row 'Income taxes payable' read as income taxes): that row, by its label,
    where its words take in every word left (two words more than the metric's, at least)."""
    best: tuple[str, str, str] = ("", "", texts[0])
    for text in texts:
        for key in keys:
            for label in vocab.canonical_labels.get(key, []):
                form = " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", _as_said(label)))
                if len(form) > len(best[1]) and f" {form} " in text and \
                        len(form.split()) >= len(q.metric_phrase.split()) + 1 and \
                        _takes_in(form.split(), q.product_words) and \
                        all(_stem(w) in form.split() for w in q.metric_phrase.split()):  # the metric's words too
                    best = (label, form, text)
    return best


_ASKING_WORDS = frozenset("change changes increase increased decrease decreased difference percentage percent growth "
                          "amount value".split())


def _takes_in(form: list[str], words: list[str]) -> bool:
    """A label's words hold every word a question leaves beside its metric, the words that join periods or
    say what is asked aside ('between', 'change'), and one at least."""
    left = [w for w in words if w not in OPERATION_WORDS and w not in _ASKING_WORDS]
    return bool(left) and all(_stem(w) in form for w in left)


def _label_words_stand(form: str, kept: set[str], found_in: int, metric: str | None) -> bool:
    """A label found in the question's words before a basis or place (found_in 1) or its periods (2, or 3: its years
    alone) were taken out holds two words of its own besides them — never a basis, place or period alone ('2020',
    'Asia Pacific' beside a metric read) —; a place-only label stands where no metric was read."""
    own = len(set(form.split()) & kept)
    if found_in == 0:
        return True
    if found_in == 1:  # "Profit before taxation": a basis word inside a longer name
        return metric is None or own >= 2 or (own > 0 and len(form.split()) >= 3)
    return own >= 2 and len(form.split()) >= 3


SHARED_ABBREVIATIONS: dict[str, list[str]] = {k: list(v) for k, v in LANGUAGE.get("shared_abbreviations", {}).items()}


def _spelt_out(text: str, keys: list[str], vocab: StoreVocabulary) -> str:
    """'NII per share' of a company that prints 'Net investment income per share': an abbreviation two metrics share
    (vocabulary.toml [language.shared_abbreviations]) spelt out as the one of them whose name begins a printed label
    of the company's and whose next word the question says after it ('per'), so the label is found by its words; where
    labels of both are printed, or of neither, it stays (and 'NII' alone is the metric, chat/resolution.py)."""
    for word, metrics in SHARED_ABBREVIATIONS.items():
        if not re.search(rf"\b{word}\b", text):
            continue
        names = [BY_KEY[m].name for m in metrics if m in BY_KEY]
        labels = [label.lower() for key in keys for label in vocab.labels.get(key, [])]
        printed = [n for n in names if any(label.startswith(n + " ") and re.search(
            rf"\b{word}\s+{re.escape(label[len(n) + 1:].split()[0])}\b", text) for label in labels)]
        if len(printed) == 1:
            text = re.sub(rf"\b{word}\b", printed[0], text)
    return text


def _leading_phrase(clean: str, keys: list[str], vocab: StoreVocabulary,
                    per_share: Mapping[str, frozenset[str]] | None = None) -> tuple[str, str]:
    """'accrued expenses' asks for 'Accrued expenses and other current liabilities' when that is the
    only label of the company that begins with those words (two or more of them); `per_share`: labels of per-share
    rows left out (the question says no per-share words)."""
    words = clean.split()
    best: tuple[str, str] = ("", "")
    for n in range(len(words), 1, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            found = [label for key in keys for label in vocab.labels.get(key, [])
                     if label not in (per_share.get(key, ()) if per_share is not None else ())
                     and " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", _as_said(label).replace("'", ""))
                                 ).removeprefix("total ").startswith(phrase + " ")]
            if len(set(found)) > 1 and any(_as_said(label) != label for label in found):
                found = _fewest_extra(sorted(set(found)), phrase)  # an "&" read as "and" makes no tie with the
                # label closest to the words said ("Property and equipment, net" beside "Property & equipment held
                # for sale"); labels as near as each other stay no reading
            if len(set(found)) == 1:
                return found[0], phrase
            if found:
                return best  # more than one label begins so: not a reading of any one of them
    return best


def _fewest_extra(labels: list[str], phrase: str) -> list[str]:
    """The one label with the fewest words beyond the phrase said, or all of them when two are as near."""
    extra = {label: len(re.findall(r"[a-z0-9&]+", _as_said(label).lower())) - len(phrase.split()) for label in labels}
    least = min(extra.values())
    nearest = [label for label in labels if extra[label] == least]
    return nearest if len(nearest) == 1 else labels


def _without_phrase(clean: str, phrase: str) -> str:
    """The text less the words of a phrase matched on their singular forms: the phrase where it
    stands whole, else each of its words once (a phrase whose words stand apart)."""
    words = clean.split()
    stems = [_stem(w) for w in words]
    parts = [_stem(w) for w in phrase.split()]
    n = len(parts)
    for i in range(len(stems) - n + 1):
        if stems[i:i + n] == parts:
            return " " + " ".join(words[:i] + words[i + n:]) + " "
    for part in parts:
        if part in stems:
            k = stems.index(part)
            del stems[k], words[k]
    return " " + " ".join(words) + " "


def _stemmed_phrases(vocab: StoreVocabulary) -> list[tuple[str, str]]:
    """The metric synonyms with plural endings dropped, as questions are compared (once per vocabulary)."""
    cached = getattr(vocab, "_stemmed_phrases", None)
    if cached is None:
        cached = [(" ".join(_stem(w) for w in p.split()), m) for p, m in vocab.metric_phrases]
        vocab._stemmed_phrases = cached
    return cached


def _phrases_in(stemmed: str, vocab: StoreVocabulary) -> list[tuple[str, str]]:
    """The stemmed synonyms standing whole in `stemmed` (' '-padded words), longest first. A phrase stands
    there only if its first word is one of the question's words, so only the phrases of those first words
    are tried (the index is built once per vocabulary from the synonyms themselves)."""
    index = vocab._phrases_by_first
    if index is None:
        index = {}
        for n, (phrase, _) in enumerate(_stemmed_phrases(vocab)):
            index.setdefault(phrase.split(" ", 1)[0], []).append(n)
        vocab._phrases_by_first = index
    phrases = _stemmed_phrases(vocab)
    tried = sorted({n for word in set(stemmed.split()) for n in index.get(word, ())} | set(index.get("", ())))
    return [phrases[n] for n in tried if f" {phrases[n][0]} " in stemmed]


def _same_words(a: str, b: str) -> bool:
    words = lambda t: " ".join(_stem(w) for w in re.findall(r"[a-z0-9&]+", t.lower().replace("'", "")))
    return words(a) == words(b)


def _stem(word: str) -> str:
    """A plural as its singular: 'deposits' → 'deposit', 'inventories' → 'inventory'."""
    if len(word) > 5 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _spread_phrase(clean: str, vocab: StoreVocabulary, min_words: int) -> tuple[str, str] | None:
    """A synonym of min_words or more words whose words stand in order with at most three others between."""
    words = clean.split()
    present = set(words)
    index = vocab._parts_by_word
    if index is None:  # each phrase under its word the fewest phrases share: every part must be present
        counts = collections.Counter(w for _, _, _, part_set in vocab.phrase_parts for w in part_set)
        index = {}
        for n, (_, _, _, part_set) in enumerate(vocab.phrase_parts):
            index.setdefault(min(sorted(part_set), key=counts.__getitem__), []).append(n)
        vocab._parts_by_word = index
    tried = sorted(n for word in present for n in index.get(word, ()))
    for phrase, metric, parts, part_set in (vocab.phrase_parts[n] for n in tried):  # longest first
        if len(parts) < min_words or not part_set <= present:
            continue
        pos = -1
        for part in parts:
            stop = min(len(words), pos + 5) if pos >= 0 else len(words)
            pos = next((i for i in range(pos + 1, stop) if words[i] == part), -2)
            if pos == -2:
                break
        if pos != -2:
            return phrase, metric
    return None


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z&]+", text) if w not in STOPWORDS and len(w) > 1]
