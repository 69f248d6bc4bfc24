"""Question understanding: loose text to slots (company, metric, segment, period, what is asked).

Spelling is repaired against words the store and the vocabulary know; metrics are matched with
rapidfuzz against synonym phrases, the longest reading first; the two best readings must be far
enough apart, else the engine asks back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from chat.periods import PeriodSpec, find_periods
from chat.vocab import StoreVocabulary
from knowledge.vocabulary import GEOGRAPHIES

ABBREVIATIONS = {"shr": "share", "shrs": "shares", "tot": "total", "rev": "revenue", "revs": "revenues", "qtr": "quarter",
                 "yr": "year", "yoy": "year over year", "mgn": "margin", "exp": "expense", "opex": "operating expenses",
                 "eps": "eps", "inv": "inventories", "ar": "accounts receivable", "ap": "accounts payable",
                 "r&d": "r&d", "sg&a": "sg&a", "g&a": "g&a", "ebitda": "ebitda", "usa": "us", "nett": "net",
                 "pct": "percentage", "yrs": "years"}
CHANGE_WORDS = re.compile(r"\b(?:growth|grow|grew|growing|increase[sd]?|decrease[sd]?|change[sd]?|declined?|rise|rose|"
                          r"fell|fall|up|down|vs\.?|versus|compared|over|from|yoy|year over year|improve[sd]?|delta)\b")
TREND_WORDS = re.compile(r"\b(?:trend|over time|history|historical|every period|all periods|each quarter|by quarter|"
                         r"across periods|time series)\b")
COMPARE_WORDS = re.compile(r"\bcompare\b|\bcomparison\b")
INVENTORY_WORDS = re.compile(r"\b(?:what (?:do|can) you (?:have|know)|what(?:'s| is) (?:in|stored)|what data|what can i ask|"
                             r"what do you know|list (?:the )?(?:metrics|facts|figures)|available (?:data|figures))\b")
HELP_WORDS = re.compile(r"^\s*(?:help|\?|hi|hello|hey)\s*[?!.]*\s*$")
PERCENT_WORDS = re.compile(r"\b(?:percent(?:age)?|%|ratio|rate|as a percent|of revenues?)\b")
OTHER_PLACES = re.compile(r"\b(?:asia|asian|apac|japan|china|chinese|india|germany|france|uk|united kingdom|canada|"
                          r"latin america|south america|north america|americas|australia|africa|middle east|europe|"
                          r"european|emea|rest of (?:the )?world|pacific|korea|brazil|mexico)\b")
STOPWORDS = set("""a an the of for in on at to from by what was were is are did do does how much many and or with
about its their company's company firm q quarter quarters year years fiscal month months ended ending nine six three
twelve total worldwide global overall all whole entire report reported reports show tell me please give i we you your
as percent percentage growth grow grew increase increased change changed decrease declined compared versus vs over
up down it that this those these which sales revenue revenues much figure number value amount period same last prior
previous end outside us u s united states rate ratio margin be been has have had during then there when where who
first second third fourth half ytd fy year-to-date positive negative generated reported posted results result
numbers results quarterly annual its s""".split())
FILLER = set("""a an the of for in on at to from by what was were is are did do does how much many and or with about
me please tell show give i we you your it that this be been has have had as so any""".split())


@dataclass
class Question:
    text: str
    norm: str
    company: str | None = None
    metric: str | None = None
    metric_score: float = 0.0
    runner_up: tuple[str, float] | None = None
    geo: str | None = None  # None: not named; "": the total
    product: str | None = None
    product_words: list[str] = field(default_factory=list)
    unknown_place: str | None = None
    periods: list[PeriodSpec] = field(default_factory=list)
    intent: str = "value"  # value, change, compare, trend, inventory, help
    wants_percent: bool = False
    leftover: str = ""  # the question less its period, company, place and metric words
    followup_hint: bool = False


def normalize(text: str, vocab: StoreVocabulary) -> str:
    """Lower-case, expand abbreviations, and repair misspelt words against what the store knows."""
    low = text.lower().replace("’", "'")
    low = re.sub(r"\bu\.\s?s\.?(?=\s|$|[,?])", "us", low)
    low = re.sub(r"\bs g & a\b|\bsg and a\b", "sg&a", low)
    low = re.sub(r"\br and d\b", "r&d", low)
    out = []
    for tok in re.findall(r"[a-z][a-z0-9&]*(?:'[a-z]+)?|\d[\da-z]*(?:[./-]\d+)*|[^\sa-z\d]", low):
        if tok in ABBREVIATIONS:
            out.append(ABBREVIATIONS[tok])
        elif tok.isalpha() and len(tok) >= 4 and tok not in vocab.words:
            best = process.extractOne(tok, vocab.words, scorer=fuzz.ratio, score_cutoff=78)
            out.append(best[0] if best else tok)
        else:
            out.append(tok)
    text = " ".join(out)
    text = re.sub(r"\s+([,?!])", r"\1", text)
    text = re.sub(r"(\d) / (\d)", r"\1/\2", text)
    return text


def understand(text: str, vocab: StoreVocabulary) -> Question:
    norm = normalize(text, vocab)
    q = Question(text=text, norm=norm)
    if HELP_WORDS.match(norm):
        q.intent = "help"
        return q
    spans = find_periods(norm)
    q.periods = [s for _, _, s in spans]
    rest = norm
    for a, b, _ in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    q.company, rest = _company(rest, vocab)
    q.geo, q.unknown_place, rest = _geo(rest)
    q.wants_percent = bool(PERCENT_WORDS.search(rest))
    _metric(q, rest, vocab)
    if INVENTORY_WORDS.search(norm):
        q.intent = "inventory"
    elif TREND_WORDS.search(norm):
        q.intent = "trend"
    elif COMPARE_WORDS.search(norm) and len(q.periods) >= 2:
        q.intent = "compare"
    elif CHANGE_WORDS.search(_without_metric_words(q.leftover or rest, q)):
        q.intent = "change"
    q.followup_hint = bool(re.match(r"^\s*(?:and|what about|how about|same for|and for|and in|also)\b", norm)) or \
        (q.metric is None and len(norm.split()) <= 5)
    return q


def _without_metric_words(rest: str, q: Question) -> str:
    """'operating expense growth' is a change; 'increase' inside a metric's own name is not."""
    return re.sub(r"\b(?:rate|percent(?:age)?)\b", " ", rest)


def _company(text: str, vocab: StoreVocabulary) -> tuple[str | None, str]:
    best, best_score, best_span = None, 0.0, None
    for c in vocab.companies:
        if c.ticker and (m := re.search(rf"\b{re.escape(c.ticker.lower())}\b", text)) and len(c.ticker) >= 2:
            if c.ticker.lower() not in STOPWORDS:
                return c.key, text[:m.start()] + " " + text[m.end():]
        first = c.key.split()[0] if c.key else ""
        if len(first) >= 4 and (m := re.search(rf"\b{re.escape(first)}\w*(?:'s)?\b", text)):
            score = 100.0
            if score > best_score:
                best, best_score, best_span = c.key, score, (m.start(), m.end())
        else:
            res = fuzz.partial_ratio_alignment(c.key, text) if len(c.key) >= 4 else None
            if res and res.score >= 90 and res.score > best_score:
                best, best_score, best_span = c.key, res.score, (res.dest_start, res.dest_end)
    if best_span:
        text = text[:best_span[0]] + " " + text[best_span[1]:]
    return best, text


def _geo(text: str) -> tuple[str | None, str | None, str]:
    for key, _, pattern in GEOGRAPHIES:
        m = re.search(pattern, text)
        if m:
            if key == "us" and re.search(r"\bus\b", text) and re.search(r"\b(?:tell|show|give)\s+us\b", text):
                continue
            rest = text[:m.start()] + " " + text[m.end():]
            return ("" if key == "worldwide" else key), None, rest
    other = OTHER_PLACES.search(text)
    if other:
        return None, other.group(0), text[:other.start()] + " " + text[other.end():]
    return None, None, text


def _metric(q: Question, rest: str, vocab: StoreVocabulary) -> None:
    """Longest synonym phrase found whole wins; else the best fuzzy reading above the floor."""
    clean = " " + re.sub(r"[^a-z&%' ]", " ", rest) + " "
    clean = re.sub(r"\s+", " ", clean)
    exact = [(p, m) for p, m in vocab.metric_phrases if f" {p} " in clean]
    if exact:
        phrase, metric = exact[0]
        q.metric, q.metric_score = metric, 100.0
        others = [m for p, m in exact[1:] if m != metric and p not in phrase]
        if others:
            q.runner_up = (others[0], 100.0)
        leftover = clean.replace(f" {phrase} ", " ", 1)
    else:
        content = " ".join(w for w in clean.split() if w not in FILLER and not w.isdigit())
        if len(content.replace(" ", "")) < 3:
            q.product_words = _content_words(clean)
            return
        choices = {i: p for i, (p, _) in enumerate(vocab.metric_phrases)}
        found = process.extract(content, choices, scorer=fuzz.partial_ratio, limit=5, score_cutoff=85)
        found = [(choices[k], vocab.metric_phrases[k][1], s) for _, s, k in found if len(choices[k]) >= 4]
        if not found:
            q.product_words = _content_words(clean)
            return
        found.sort(key=lambda t: (-t[2], -len(t[0])))
        phrase, metric, score = found[0]
        q.metric, q.metric_score = metric, float(score)
        rival = next(((m, s) for p, m, s in found[1:] if m != metric and p not in phrase and phrase not in p), None)
        q.runner_up = rival
        leftover = clean
        for word in phrase.split():
            leftover = re.sub(rf"\b\w*{re.escape(word[:4])}\w*\b", " ", leftover, count=1)
    if q.metric == "gross_margin" and q.wants_percent:
        q.metric = "gross_margin_pct"
    q.leftover = leftover
    q.product_words = _content_words(leftover)


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z&]+", text) if w not in STOPWORDS and len(w) > 1]
