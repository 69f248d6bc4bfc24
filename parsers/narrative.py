"""Figures stated in sentences: "revenue in the U.S. was $4.98 million, an increase of 21% from
revenue of $4.09 million in the third quarter of 2006".

Each amount is read with the term before it, the place or product it is about, its period (a
period phrase after it, else before it, else the one its paragraph or heading is about), whether
it is the comparison of an earlier figure, and the change stated for it. An amount whose term or
period cannot be read is left out: a missing figure is better than a wrong one.
"""
from __future__ import annotations

import bisect
import math
import re
from datetime import date, timedelta
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, compress

from parsers.balances import is_balance_label, is_flow_label
from parsers.company_names import name_word_key, name_word_keys, word_names_a_part
from parsers.model import Figure
from parsers.narrative_back import change_of_the_last
from parsers.narrative_dividends import next_of_a_payment, paid_in_the_next_sentence, will_pay_on
from parsers.narrative_parts import ANOTHER_PERIOD, named_parts, self_said_changes
from parsers.narrative_lists import BASES, RESPECTIVELY, SHARE_BASES, amount_run, amount_runs, period_list, term_run
from parsers.narrative_terms import (CHANGE_BASIS_RE, CHANGE_RE, COMPARE_RE, COMPARED_ONLY, PERCENT_COMPARED_RE,
                                     PERCENT_LEVEL_RE, GEO_NEEDLE_WORDS, GEO_RE, INCLUDED_RE, MARK_RE, MONEY_RE,
                                     NEGATIVE_WORDS, PER_SHARE_RE, PERIOD_PATTERNS, PERIOD_STARTS, PRODUCT_OF_RE, QUALIFIER_RE, is_deal,
                                     BOUND_BEFORE, BOUND_AFTER,
                                     RATIO_RE, TAIL_QUALIFIER_RE, TERM_LEADS, TERM_RE, TERM_STARTS, mark_currency)
from parsers.numbers import SCALE_WORDS, parse_amount
from parsers.periods import (MONTH_RE, MONTHS, ORDINAL_RE, ORDINALS, add_months, effective_month, Period, month_end, parse_date, quarter_period, span_months,
                             year_to_date_period)
from parsers.scan import Needles, Required, first_words, matches_at, plain_words
from parsers.vocabulary_data import VOCABULARY, other_earnings_words, place_patterns, place_prose_pattern

ABBREVIATIONS = {"u.s", "inc", "corp", "co", "no", "mass", "calif", "vs", "dr", "mr", "mrs", "ms", "jan", "feb",
                 "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "a.m", "p.m", "ltd",
                 "n.v", "s.a", "e.g", "i.e", "approx", "est", "fla", "tenn", "conn", "minn", "wis", "ill", "pa",
                 *(w for w in SCALE_WORDS if len(w) == 3)}  # "$12 mil. for the quarter": a short scale word's dot
# ends no sentence
COMPARE_BEFORE_RE = re.compile(r"(?:" + COMPARE_RE.pattern + r")\.?\s*(?:the|a|an|that\s+of)?\s*$", re.I)  # "vs. fourth
# quarter 2023": COMPARE_RE's "vs." ends at a word's end, so its dot is taken here
CHANGE_LEAD_RE = re.compile(r"(?:" + CHANGE_RE.pattern + r")\s+(?:to|at)\s*$", re.I)
TERM_AFTER_RE = re.compile(r"^\s*(?:of|in)\s+(?:positive\s+|negative\s+)?(" + TERM_RE.pattern + r")", re.I)
TERM_REACH = 25  # words: a term further back than this names some other figure
EPS_TERM = re.compile(r"per\s+(?:\w+\s+){0,3}share|\bEPS\b", re.I)
# A sentence that only compares the figure of the sentence before ("This compares with ...", "This is an
# increase of 45% compared to net income of $95.7 million ..."): its amounts are that figure's, on its basis.
COMPARISON_SENTENCE = re.compile(
    r"^\W*(?:this|that|these|which)\s+(?:compares?\b|(?:is|was|represents?|represented|reflects?|reflected|marks?"
    r"|marked)\s+(?:an?\s+)?(?:\d[\d.]*\s*(?:%|percent)\s+)?(?:increase|decrease|rise|decline|growth|improvement"
    r"|reduction|drop)\b)|^\W*compared\b", re.I)
NEEDLES = {  # a word each period pattern needs, so most sentences skip most patterns
    "q_ytd": ("date",),
    "q_ended": ("quarter",), "q_and_ytd": (" and ",), "q_fy": ("fiscal",), "fy_qtok": ("fiscal", "fy"), "q_year": ("quarter",), "q_fq": ("quarter",), "q_year_first": ("quarter",), "qtok": ("q",),
    "month_span": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "months_ended": ("month", "week"), "year_ended": ("year",), "ytd": ("month", "half", "h1", "1h"), "half": ("half", "h1", "1h"), "half_last_year": ("half", "h1", "1h"), "half_bare": ("half",),
    "fy": ("fiscal", "year", "fy"), "fy_adj": ("19", "20"), "instant": ("at ", "as of"), "on_instant": ("on ",), "year_end": ("end of", "close of"), "own_end": ("end",), "same_period": ("period", "quarter"),
    "prior_year": ("year",), "q_last_year": ("last year", "prior year", "previous year"), "q_bare": ("quarter",), "bare_year": ("19", "20"), "full_year": ("year",),
    "year_before": ("year",), "quarter_before": ("quarter", "sequential"), "aside_year": ("(19", "(20", "( 19", "( 20"),
    "year_before_poss": ("year's", "year\u2019s", "ago's", "ago\u2019s"),
    "ytd_word": ("date", "ytd"), "ttm": ("month", "ttm", "ltm"), "this_quarter": ("quarter",), "qtok_bare": ("q",),
    "several": ("quarters", "years", "months", "weeks"),
    "undated": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "inception", "holiday", "calendar", "-week", "week", "year"),
}
ALL_NEEDLES = tuple(sorted({n for needles in NEEDLES.values() for n in needles}))
# A word each of these patterns needs besides its needle: "ended" or "ending" (no letter of it has a
# case-insensitive partner outside ASCII, so the lowercased text tells exactly; see parsers/scan.py)
REQUIRED_WORD = {"q_ended": "end", "q_and_ytd": "end", "months_ended": "end", "year_ended": "end"}
# prior_year has no start word (see PERIOD_STARTS); in a text of plain words it also needs one of these
PRIOR_YEAR_WORDS = ("prior", "previous", "ago", "earlier", "last")
AMOUNT_HINT = re.compile(r"\$|%|percent|cents", re.I)
# Words one of which every match of a pattern holds: a text without them is ruled out without running
# the pattern (see parsers/scan.py). Keep each in step with its pattern.
AMOUNT_NEEDLES = Needles("$", "%", "percent", "cents")
CHANGE_NEEDLES = Needles("%", "percent")  # CHANGE_RE, CHANGE_LEAD_RE
CENTS_NEEDLES = Needles("cents")  # the second kind of MONEY_RE amount
RESPECTIVELY_NEEDLES = Needles("respectively")
COMPARE_NEEDLES = Needles("compar", "versu", "vs", "same", "unchanged", "flat", "from", "over")  # COMPARE_RE, COMPARE_BEFORE_RE
QUALIFIER_NEEDLES = Needles("currenc", "non-gaap", "exclud", "adju", "forma", "port", "before", "mpact", "effect", "target", "dance",
                            "outloo", "expect", "foreca", "mate", "projected", "pate", "range",
                            "potential", "will", "should", "would", "likely", "track", "basis", "like", "constant", "previously",
                            "originally")  # QUALIFIER_RE
PRODUCT_OF_NEEDLES = Needles("sales", "revenue")  # PRODUCT_OF_RE
TAIL_QUALIFIER_NEEDLES = Needles("attribut", "related", "due", "excluding", "charge", "impact", "non-gaap",
                                 "adjusted", "associated", "forma", "currenc", "constant", "basis", "like", "previously",
                                 "originally")  # TAIL_QUALIFIER_RE
GEO_NEEDLES = Needles(*GEO_NEEDLE_WORDS) if GEO_NEEDLE_WORDS else None  # GEO_RE, from the places themselves
# "Comparable store sales decreased 6.1%", "Comparable sales increased 3.2%", "Same-store net operating income increased
# 4.6%": a figure that is itself a change (never the change of all sales, or of all NOI)
SAME_STORE_RE = re.compile(r"\b(?:comparable|same)(?:[\s-](?:store|restaurant|shop|property))?(?:\s+net)?\s+"
                           r"(?:sales|NOI|net\s+operating\s+income)\b", re.I)
NUMBER_WORD = re.compile(r"(?<!\S)[($]*[\d,.]+\)?%?(?!\S)")
FROM_TO_RE = re.compile(r"^[^$]{0,40}?\bto\s*\(?$", re.I)
OPERATIONS_RE = re.compile(r"\bfrom\s+(?:continuing|discontinued)\s+operations\b", re.I)
# "from" naming a source between an amount and a period after it, never a comparison: "income from continuing
# operations", "cash from operating activities in 2024" (the year is the cash's own, not a year compared)
# "$344 million of cash from operating activities in 2024 and $110 million in the fourth quarter": the activities a cash
# flow is from, never a comparison marker between two amounts (_compare_marker; a bare "from operations" is left as it was)
_ACTIVITIES_RE = re.compile(r"\bfrom\s+(?:operating|investing|financing)\s+activities\b", re.I)
SOURCE_RE = re.compile(r"\bfrom\s+(?:(?:continuing|discontinued)\s+operations|(?:operating|investing|financing)\s+"
                       r"activities|operations)\b", re.I)
ADJUNCT_RE = re.compile(r"[\s,]*(?:or|and)?\s*\(?")
BULLET_RE = re.compile(r"^\s*(?:(?:--|\*|-)\s+|[\u2022\u00b7\u25aa\u25cf]\s*)")
SEGMENT_HEADING = re.compile(r"^[A-Z][A-Za-z&'/-]*(?:\s+(?:and|&|[A-Z][A-Za-z&'/-]*)){0,4}$")
GENERIC_HEADINGS = re.compile(r"\b(?:highlights?|results?|summary|outlook|guidance|quarter|fiscal|year|overview|"
                              r"financial|business|update|recent|developments?|conference|call|webcast|about|gaap|"
                              r"measures?|commentary|cfo|ceo|statements?|information|contacts?|notes?|forward|"
                              r"looking|safe|harbor|dividends?|capital|returns?|share|repurchases?|other|corporate|"
                              r"balance|sheets?|liquidity|cash|flows?|expenses?|income|costs?|margins?|earnings|profits?|"
                              r"taxes|debt|equity|assets|investments?|items|metrics|operations|operating|performance|"
                              r"review|analysis|portfolio|borrowings|credit|revenues?|sales|reconciliation|basis)\b",
                              re.I)


@dataclass
class Span:
    start: int
    end: int
    kind: str
    match: re.Match
    relative: bool = False  # a bare year that qualifies another period of its sentence ("in 2007")


@dataclass
class Paragraph:
    text: str
    offsets: list[int]  # offset in text where each source line starts
    lines: list[int]  # 0-based document line of each
    bullet: bool = False
    sub_item: bool = False  # opened by a dash alone on its line under a bullet: an item of that bullet

    @property
    def is_heading(self) -> bool:
        """A headline, sub-headline or list lead-in: it names the period the lines below are about."""
        t = self.text.strip()
        return t.endswith(":") or (not t.endswith((".", '"', "\u201d")) and not self.bullet and len(t) < 400)


@dataclass
class Pending:
    """A figure being assembled; primary figures collect their comparison and stated change."""

    figure: Figure
    term: str
    geo: str
    product: str
    comparative: bool
    primary: "Pending | None" = None
    owner: "Pending | None" = None  # the amount an "or $0.03 per share" adjunct belongs to
    range_high: int = -1  # the low end of an outlook's range: where its high end's amount starts
    figure_end: int = -1  # where its amount ends in the sentence
    # a change from another period than a year before ("up $3.2 million from the third quarter"): it names the
    # term of the amounts after it ("... to $12.0 million"), but no change of its period is stored
    stored: bool = True


_TERM_TO_PERIOD = re.compile(r"\s*(?:(?:at|as\s+of|on|for|in|during)\s+(?:the\s+)?)?", re.I)
_PERIOD_TO_AMOUNT = re.compile(r"\s*,?\s*(?:was|were|of|totaled|totalled|stood\s+at|amounted\s+to|reached)\s*"
                               r"(?:approximately\s+|about\s+)?", re.I)


def _between_term_and_amount(c: "Context", span: "Span") -> bool:
    """Whether a period stands right between the amount's term and the amount: "<term> at <date> were <amount>"."""
    terms = [t for t in c.terms if c.prev_end <= t.start() and t.end() <= span.start]
    return bool(terms) and bool(_TERM_TO_PERIOD.fullmatch(c.text, terms[-1].end(), span.start)) \
        and bool(_PERIOD_TO_AMOUNT.fullmatch(c.text, span.end, c.m.start()))


@dataclass
class Context:
    """One amount of a sentence and the text around it."""

    text: str
    m: re.Match
    kind: str
    span: str  # from the previous amount to this one
    tail: str  # from this amount to the next one that is not an adjunct
    chain_tail: str  # after this amount's adjuncts
    prev_end: int
    window_end: int
    periods: list[Span]
    terms: list[re.Match]  # financial terms of the sentence, parentheticals masked
    masked: str
    qualifier_words: bool  # may the sentence hold one of QUALIFIER_RE's words (QUALIFIER_NEEDLES)?
    places: list[tuple[int, int, str]] = field(default_factory=list)  # the sentence's places, found once

    def place_within(self, a: int, b: int) -> str:
        """The last place named wholly inside text[a:b] (what _geo(text[a:b]) reads, found once a sentence)."""
        found = [p for s, e, p in self.places if a <= s and e <= b]
        return found[-1] if found else ""


# A line of two or more rules under columns ("--------  ---------  ------"): no sentence has one. A table
# the table readers left (columns that are not periods) is never prose: read as a sentence, "Net sales
# $746,215 $ (9,241) ..." under "Quarter Ended ... 2023" would be a figure of the wrong period and scale.
COLUMN_RULE = re.compile(r"^\s*[-=_\u2500]{3,}(?:\s+[-=_\u2500]{3,})+\s*$")


# Markdown's bold and bold italic marks ("***Capital -*** Total capital decreased", "**Portfolio Receipts** was $742
# million", "**Fourth** quarter"; "__bold__" too): how a wire copy prints a word, never a word of the sentence (a single
# "*" may be a bullet or a note's mark)
_EMPHASIS = re.compile(r"(?<!\\)\*{2,3}|(?<![\w*])__(?=\w)|(?<=\w)__(?![\w*])")
# a pair of single stars around words, Markdown's italics ("*We raised* *$29 billion* *in the* *fourth quarter*"): the
# words between them, as printed; never a bullet's star (a space after it) nor a note's mark ("EBITDA* was"), unpaired
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])")
# (only in a line of sentences that states an amount: a heading in italics stays as printed)
_ITALIC_SENTENCE = re.compile(r"[$\u20ac\u00a3][^\n]*?\w[.](?:\s|$)")
# A range whose high end alone prints the scale and the mark ("$118-120 million", "EUR500-600 million"): both ends are
# of that mark and scale, so the high end is given its mark ("$118-$120 million", read as "$186-$187M" is)
_UNMARKED_HIGH = re.compile(r"(?<![\w.,])((?:US)?\$|\u20ac|EUR|\u00a3)(\s?\d[\d,]*(?:\.\d+)?\s?(?:-|\u2013)\s?)"
                            r"(?=\d[\d,]*(?:\.\d+)?\s?(?:thousand|million|billion|mn|bn|m|b)\b)")


_EMPHASIS_REQUIRED, _UNMARKED_HIGH_REQUIRED = Required(_EMPHASIS), Required(_UNMARKED_HIGH)


def _plain_line(line: str) -> str:
    """A source line as the reader takes it: bold marks blanked, a range's unmarked high end given its mark. Each
    pattern is run only on a line holding one of the strings its matches need (scan.Required): most lines hold no
    '*' or '__' and no currency mark, and a look-behind opening a pattern is tried at every character."""
    low = line.lower()
    if "*" in line or _EMPHASIS_REQUIRED.may_hold(line, low):
        line = _EMPHASIS.sub(" ", line)
        if _ITALIC_SENTENCE.search(line):
            line = _ITALIC.sub(r" \1 ", line)
        low = line.lower()
    return _UNMARKED_HIGH.sub(r"\1\2\1", line) if _UNMARKED_HIGH_REQUIRED.may_hold(line, low) else line


_BARE_DASHES = ("-", "--", "\u2013", "\u2014")


def paragraphs(lines: list[str], skip: set[int] = frozenset()) -> list[Paragraph]:
    out: list[Paragraph] = []
    cur: list[tuple[int, str]] = []
    bullet = sub_item = False

    def close():
        nonlocal cur
        if cur:
            text, offsets, nums = "", [], []
            for n, line in cur:
                offsets.append(len(text))
                nums.append(n)
                text += " ".join(_plain_line(line).split()) + " "
            out.append(Paragraph(text, offsets, nums, bullet, sub_item))
        cur = []

    in_grid = False  # under a column rule, up to the next blank line: a table no table reader took
    for n, raw in enumerate(lines):
        if n in skip:  # a table line: its cells are read by the table readers
            close()
            continue
        if COLUMN_RULE.match(raw):
            cur, in_grid = [], True  # the lines above the rule are the table's header, those below its rows
            continue
        if in_grid:
            in_grid = bool(raw.strip())
            continue
        if "|" in raw:
            prose = [c.strip() for c in raw.split("|") if len(c.split()) >= 6]
            close()
            if prose:  # a bullet or paragraph that HTML put in a table cell
                cur, bullet = [(n, " ".join(prose))], True
                close()
            continue
        if not raw.strip():
            if not (cur and _runs_on(cur[-1][1], lines, n, skip)):
                close()
            continue
        if BULLET_RE.match(raw):
            sub_item = raw.strip() in _BARE_DASHES and bool(cur or out and out[-1].bullet and out[-1].lines[-1] == n - 1)
            close()
            bullet = True
        elif not cur:
            bullet = False
        cur.append((n, raw))
    close()
    return out


# A line that stops mid-sentence: on a word that takes more after it ("..., compared with", "increased 3%, or $0.6
# million, to") or on a comma
_STOPS_MID_SENTENCE = re.compile(r"(?:\b(?:to|with|from|of|and|or|the|an?|by|in|for|than|at|on|as|was|were|is|are|versus|"
                                 r"including|totaling|totalling|approximately|about|nearly)|[a-z],)\s*$")
_LOWER_END = re.compile(r"[a-z]\s*$")
_AMOUNT_OPENS = re.compile(r"\s*\$\s?\d")
_LOWER_OPENS = re.compile(r"\s*[a-z]")


def _runs_on(last: str, lines: list[str], blank: int, skip: set[int]) -> bool:
    """Does the sentence of a paragraph's last line run on past the blank line at `blank` (a page's or a converter's
    break: "... interest expenses declined" / "" / "$0.2 million on lower borrowings.")? Only when that line stops
    mid-sentence — on a word that takes more after it, or on a lowercase word right before an amount that opens the
    next line —, is a sentence's (eight words or more) and the next line is prose: never a table's line, a rule, a bullet or a line that opens a sentence."""
    nxt = next((k for k in range(blank + 1, min(len(lines), blank + 3)) if lines[k].strip()), None)
    if len(last.split()) < 8:
        return False  # a heading ("Liquidity and capital resources") stops so too: only a sentence's line runs on
    if nxt is None or nxt in skip or "|" in lines[nxt] or COLUMN_RULE.match(lines[nxt]) or BULLET_RE.match(lines[nxt]):
        return False
    following = lines[nxt]
    if _STOPS_MID_SENTENCE.search(last):
        return bool(_AMOUNT_OPENS.match(following) or _LOWER_OPENS.match(following))
    return bool(_LOWER_END.search(last) and _AMOUNT_OPENS.match(following))


# Where a sentence ends: after . ! ? (and a closing quote or parenthesis) before a capital, a year, an
# item's number ("... line item. (2) $0.3 million ...": each item a sentence of its own) or a bullet; at a
# bullet between spaces; after "2007." run into the next sentence ("...2007.Revenue").
SENTENCE_END = re.compile(r"[.!?][\"\u201d)]?\s*(?=\s[\"\u201c(*_]?[A-Z$]|\s\(\d{1,2}\)\s|\s(?:19|20)\d\d\s|\s*[\u00b7\u2022])"
                          r"|\s[\u00b7\u2022]\s|(?<=\d\d)\.(?=[A-Z][a-z])")
# (A sentence may open on a word in emphasis: ". *De minimis* amounts are expected in the fourth quarter": its own
# sentence, never the end of the one before, whose amount would take its period.)
# The same ends for a text without bullets, written to start with the character class [.!?], which
# the regex engine skips to directly instead of trying every character: four times faster.
SENTENCE_END_NO_BULLET = re.compile(r"[.!?](?:[\"\u201d)]?\s*(?=\s[\"\u201c(*_]?[A-Z$]|\s\(\d{1,2}\)\s|\s(?:19|20)\d\d\s|\s*[\u00b7\u2022])"
                                    r"|(?<=\d\d\.)(?=[A-Z][a-z]))")
INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _last_word(text: str) -> str | None:
    """What re.search(r"(\\S+)$", text) captures, without trying the pattern at every character."""
    if text.endswith("\n"):  # "$" also matches before a final newline
        text = text[:-1]
    if not text or text[-1].isspace():
        return None
    return text.rsplit(None, 1)[-1]


# A short scale word's dot ("$12 mil. and $186 mil.") ends no sentence, but before a word opening in a capital
# ("$119 mln. *De minimis* amounts are ...", "$12 mil. Revenue was ...", "$11.1 mln.\n(5) During ...": a footnote's
# number before it) it ends its own: never "Inc."-like
_SCALE_ABBREVIATIONS = frozenset(w for w in SCALE_WORDS if len(w) == 3)
_WORD_OPENS = re.compile(r"\s*(?:\(\d{1,2}\)\s+)?[\"\u201c(*_]*[A-Z][a-z]")


def sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    ends = SENTENCE_END if "\u00b7" in text or "\u2022" in text else SENTENCE_END_NO_BULLET
    for m in ends.finditer(text):
        word = _last_word(text[start:m.start()])
        prev = word.lower().strip("(\"") if word else ""
        if (prev in ABBREVIATIONS and not (prev in _SCALE_ABBREVIATIONS and _WORD_OPENS.match(text, m.end()))) \
                or len(prev) == 1 or INITIALS.fullmatch(prev):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
# Words in a quotation's sentence that set its amounts apart from the company's results of the period: said before,
# would be (an outlook's words make its amounts guidance, as outside quotes); a combined or pro forma basis; a
# business line ("our Aerospace business", "the segment")
_QUOTE_APART = re.compile(r"\b(?:said|say|told|(?:would|could|should)\s+(?:be|have|reach|total|exceed|grow|deliver|"
                          r"generate|come\s+in)|promised|committed|combined|pro[\s-]forma|including|segments?|"
                          r"divisions?|(?-i:(?!Our\b|The\b|This\b|Its\b)[A-Z][\w&-]*)\s+(?:business|unit))\b", re.I)
# A speaker's title naming whose it is: "President of Acme Aerospace", "Chief Executive Officer of ..."
_SPEAKER_OF = re.compile(r"\b(?:president|chief\s+\w+\s+officer|ceo|cfo|head|general\s+manager|chair\w*|leader)"
                         r"\s+of\s+((?:the\s+)?(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,4})", re.I)
_BUSINESS_WORD = re.compile(r"\b(?:business(?:es)?|segments?|divisions?|units?)\b", re.I)
_SAID_BEFORE = re.compile(r"\bsaid,?\s*$")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return []
    spans, open_at = [], None
    for m in _QUOTE_MARK.finditer(text):
        ch = m.group(0)
        if open_at is None and ch != "\u201d":
            open_at = m.start()
        elif open_at is not None and ch != "\u201c":
            spans.append((open_at, m.end()))
            open_at = None
    if open_at is not None and _SAID_BEFORE.search(text[max(0, open_at - 12):open_at]):
        spans.append((open_at, len(text)))
    return spans


_WORD_SPLIT = re.compile(r"([a-z0-9_]+)")
_START_WORDS = frozenset().union(*(w for w in PERIOD_STARTS if w is not None), TERM_STARTS)
_SHARED: dict[frozenset[str], frozenset[str]] = {}
_PERIOD_KEYS = [None if w is None else _SHARED.setdefault(w, w) for w in PERIOD_STARTS]  # equal sets: one object,
# so patterns that start with the same words share one list of offsets (WordStarts.candidates)
_TERM_KEYS = tuple(sorted(TERM_STARTS))


_NOTE_DIGIT = re.compile(r"([a-z]+)[1-9]")


def _start_word(word: str) -> str:
    """A word as a start word: "ebitda1" (a note's mark printed against the word, "EBITDA1 of $455 million") is
    "ebitda", as TERM_RE reads the term before its mark."""
    if word[-1].isdigit() and word not in _START_WORDS and (m := _NOTE_DIGIT.fullmatch(word)):
        return m.group(1)
    return word


class WordStarts:
    """Where each word that can begin a period phrase or a financial term starts in a lowercased
    paragraph of plain words (see parsers/scan.py).

    Matching a pattern only where its first word stands, instead of trying it at every character,
    makes finding the periods and terms of a paragraph several times faster with the very same matches."""

    def __init__(self, low: str):
        pieces = _WORD_SPLIT.split(low)  # text, word, text, word, ..., text
        offsets = accumulate(map(len, pieces))  # where each piece ends, so where the next one starts
        words, starts = pieces[1::2], list(offsets)[0::2]
        words = [_start_word(w) for w in words]
        self.at: dict[str, list[int]] = {}
        for word, start in compress(zip(words, starts), map(_START_WORDS.__contains__, words)):
            if word in self.at:
                self.at[word].append(start)
            else:
                self.at[word] = [start]
        self.low = low
        self.known: dict[int, list[int]] = {}

    def candidates(self, keys: frozenset[str] | tuple[str, ...]) -> list[int]:
        """Offsets where a word of `keys` starts, in order (worked out once for each `keys`)."""
        if id(keys) in self.known:
            return self.known[id(keys)]
        out: list[int] = []
        at = self.at
        for word in ([w for w in at if w in keys] if len(keys) > len(at) else [w for w in keys if w in at]):
            out += at[word]
        out.sort()
        self.known[id(keys)] = out
        return out

    def term_starts(self) -> list[int]:
        """Offsets where a term of TERM_RE can start: its first words, and the punctuation that may
        stand right before one ("(" of "(loss)")."""
        out = list(self.candidates(_TERM_KEYS))
        for lead in TERM_LEADS - {0}:
            out += [p - lead for p in out if p >= lead]
        return sorted(set(out))


def _period_matches(index: int, kind: str, rx: re.Pattern, text: str, low: str, starts: WordStarts | None):
    """What rx.finditer(text) finds, found faster where the pattern's start words are known."""
    keys = _PERIOD_KEYS[index]
    if starts is None or keys is None:
        if starts is not None and kind == "prior_year" and not any(w in low for w in PRIOR_YEAR_WORDS):
            return iter(())
        return rx.finditer(text)
    return matches_at(rx, text, starts.candidates(keys))


def _within(starts: list[int] | None, a: int, b: int) -> list[int] | None:
    """The offsets of a paragraph that fall in its sentence text[a:b], in sentence coordinates
    (and the sentence's own start)."""
    if starts is None:
        return None
    inside = starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
    return [0] + [p - a for p in inside if p > a]


def _terms(masked: str, starts: list[int] | None, endpos: int | None = None) -> list[re.Match]:
    """TERM_RE.finditer(masked, 0, endpos) (the terms of the text as if it ended at `endpos`), tried only
    where a term can start when that is known."""
    endpos = len(masked) if endpos is None else endpos
    return list(TERM_RE.finditer(masked, 0, endpos) if starts is None else matches_at(TERM_RE, masked, starts, endpos))


def _mark_relative(spans: list[Span]) -> list[Span]:
    """A bare year after another period qualifies it ("year-to-date ... in 2007"); one before any other names its
    own year ("Revenues of $5.6 billion in 2024 and $1.4 billion in Q4 2024": the year's, never the fourth
    quarter's). `spans` are in the order they stand."""
    anchored = False
    for s in spans:
        s.relative = anchored and s.kind == "bare_year"
        anchored = anchored or s.kind not in ("bare_year", "fy", "fy_adj", "year_ended", "full_year")
    return spans


_DURATIONS = frozenset({"ttm", "several"})  # "over the past twelve months": the span over which, no comparison
_OVER_BEFORE = re.compile(r"\bover\s+(?:the\s+)?$", re.I)
_SPANS_OF_A_LENGTH = frozenset({"ytd", "months_ended", "q_ended", "half", "half_bare", "several", "undated"})  # a figure so dated is of that span or unknown
_COMPARED_KINDS = COMPARED_ONLY | {"prior_year", "same_period", "q_last_year", "half_last_year"}  # period phrases of a comparison
# period phrases that date no figure of a sentence as its own: a comparison's, a span not worked out
_UNDATED_KINDS = _COMPARED_KINDS | {"undated", "several"}
_THE_SAME_ONE = re.compile(r"(?:the\s+)?same\s+(?:period|quarter)", re.I)  # no year, "last year" nor "prior year" after it
_FOR_THE_SAME = re.compile(r"\b(?:for|during)\s+$", re.I)


class PeriodReader:
    """Period phrases of a sentence, resolved on the company's fiscal calendar."""

    def __init__(self, fye_month: int, default_fy: int | None, default_period: Period | None = None,
                 fy_offset: int = 0):
        """`default_fy`: the release's fiscal year, named by the calendar year it ends in; `fy_offset`: how the
        release itself names its years against that (-1: "fiscal 2024" ends February 1, 2025; see Period.fiscal)."""
        self.fye = fye_month
        self.default_fy = default_fy
        self.default_period = default_period
        self.offset = fy_offset

    def named_year(self, text: str) -> int:
        """A fiscal year as the release prints it ("fiscal 2024", "2024 net sales"), as the calendar year it ends
        in: a retailer naming its year by the year it starts in means by "fiscal 2024" the year ending in 2025."""
        return _year(text) - self.offset

    def _date(self, text: str) -> date | None:
        """A printed date; one without its year ("September 30") is the last such day by the end of the release's
        own period ("the nine months ended September 30" in a third quarter's release is that year's), or unknown."""
        d = parse_date(text)
        own = self.default_period
        if d is not None or own is None or re.search(r"(?:19|20)\d\d\s*$", text):
            return d
        d = parse_date(f"{text.rstrip(', ')}, {own.end.year}")
        if d is not None and d > own.end + timedelta(days=7):
            d = parse_date(f"{text.rstrip(', ')}, {own.end.year - 1}")
        return d

    def _year_not_over(self, named: int | None = None) -> bool:
        """A release about the first three quarters: a bare year ('in 2019') cannot mean a full year
        that is not over yet, nor its comparison; it means the release's own span in that year. A year after
        the release's own (`named`, as the calendar year it ends in) has not begun: it has no span of the release
        in it yet, so it is that whole year, as an outlook means it ("expects depreciation of $80 million in 2026"
        in a third quarter's release of 2025 is the year 2026, never its third quarter)."""
        p = self.default_period
        if p is None or not 0 < p.months < 12:
            return False
        if named is not None and named > p.fiscal(self.fye)[0]:
            return False
        return p.months != 3 or p.fiscal(self.fye)[1] not in (4, None)

    def _year_is_over(self) -> bool:
        """The release is about its whole year or the year's last quarter: "during the year" can only be that year."""
        own = self.default_period
        return own is not None and (own.months == 12 or (own.months == 3 and own.fiscal(self.fye)[1] == 4))

    def year_period(self, year: int) -> Period:
        """A bare year ("in 2019") as the release means it: its own span in that year while the year is
        not over, else the fiscal year."""
        year -= self.offset  # as the calendar year it ends in
        if self._year_not_over(year):
            return self.default_period.shifted_years(year - self.default_period.fiscal(self.fye)[0])
        return Period(month_end(year, self.fye), 12)

    def _year_end(self, m: re.Match) -> Period | None:
        """ "At the end of fiscal 2024", "of the prior fiscal year": that fiscal year's last day; "of last year": the
        year's before. Of a company whose year ends in another month than December, a year without "fiscal" ("at the
        end of 2024", "at the end of last year") may be the calendar year's end or the fiscal year's (of a March year
        named by the year it starts, "fiscal 2024" ends March 31, 2025): which, the words do not say: left undated."""
        fiscal = "fiscal" in m.group(0).lower()
        if self.fye != 12 and not fiscal:
            return None
        year = self.named_year(m.group(1)) if m.group(1) else (self.default_fy - 1 if self.default_fy else None)
        return Period(month_end(year, self.fye), 0) if year else None

    def _own_end(self, word: str, text: str) -> Period | None:
        """ "At quarter end", "as of the end of the quarter", "ended the year with": the last day of the release's own
        period, when the word names a span ending then (a year's end only in a release of the year or of its last
        quarter: "at year end" in a third quarter's release may be the year before's end, or the one to come)."""
        own = self.default_period
        if own is None or own.months not in (3, 6, 9, 12):
            return None
        if word == "year" and own.months != 12 and own.fiscal(self.fye)[1] != 4:
            return None
        if _FORWARD_WORDS.search(text):
            return None  # "expects to hold cash of $500 million at the end of the year": which year's end, the one to come?
        return Period(own.end, 0)

    def _not_after_release(self, p: Period) -> Period | None:
        """A quarter named without its year is the last one of that name up to the release's own period:
        "from Q4" in a first-quarter release is the fourth quarter before it, not the one to come. A later
        quarter of the release's own year that is not the one right before it ("a second quarter distribution of
        $0.48" in a first-quarter release: the coming one, which a year back would make the quarter three before)
        is left undated: which of the two is meant the words do not say."""
        d = self.default_period
        if d is None or p.end <= d.end:
            return p
        before = p.shifted_years(-1)
        gap = (d.end.year - before.end.year) * 12 + d.end.month - before.end.month
        return before if gap <= 3 or p.months != 3 or d.months > 3 else None

    def find(self, text: str, kinds: frozenset[str] | None = None) -> list[Span]:
        """The period phrases of a text; only those of `kinds` when given."""
        low = text.lower()
        return self.find_in(text, low, WordStarts(low) if plain_words(text) else None, kinds)

    def find_in(self, text: str, low: str, starts: WordStarts | None,
                kinds: frozenset[str] | None = None) -> list[Span]:
        """The period phrases of a text, given its lowercased copy and, for a text of plain words,
        where its words start. A pattern takes only what the patterns before it left, so for some
        `kinds` only, the patterns after the last of them are not run: they could add only others."""
        patterns = PERIOD_PATTERNS
        if kinds is not None:
            patterns = patterns[:max(i for i, (kind, _) in enumerate(patterns) if kind in kinds) + 1]
        taken: list[Span] = []
        present = {n for n in ALL_NEEDLES if n in low}
        for index, (kind, rx) in enumerate(patterns):
            if present.isdisjoint(NEEDLES[kind]):
                continue  # the pattern cannot match without its keyword: skip the regex
            if kind in REQUIRED_WORD and REQUIRED_WORD[kind] not in low:
                continue
            for m in _period_matches(index, kind, rx, text, low, starts):
                if any(m.start() < s.end and s.start < m.end() for s in taken):
                    continue
                taken.append(Span(m.start(), m.end(), kind, m))
        taken.sort(key=lambda s: s.start)
        if kinds is not None:
            taken = [s for s in taken if s.kind in kinds]
        if any(y in low for y in ("19", "20")) and (runs := [m.span() for m in YEAR_HEADINGS.finditer(text)]):
            taken = [s for s in taken if not any(a < s.end and s.start < b for a, b in runs)]
        return _mark_relative(taken)

    @staticmethod
    def within(spans: list[Span], a: int, b: int) -> list[Span]:
        """The spans of a paragraph that fall in one of its sentences, in sentence coordinates."""
        inside = [Span(s.start - a, s.end - a, s.kind, s.match) for s in spans if s.start >= a and s.end <= b]
        return _mark_relative(inside)

    def resolve(self, span: Span, base: Period | None) -> Period | None:
        g, kind, fye = span.match.groups(), span.kind, self.fye
        if kind == "q_ytd":  # the year to date through that quarter
            q = ORDINALS[g[0].lower()]
            year = self.named_year(g[1]) if g[1] else (self.default_period.fiscal(fye)[0] if self.default_period else None)
            return year_to_date_period(3 * q, year, fye) if year and q > 1 else None
        if kind == "q_ended":
            d = self._date(g[2])
            return Period(d, 3) if d else None
        if kind == "q_and_ytd":  # "the quarter and six months ended June 30": the quarter leads
            d = parse_date(g[0])
            return Period(d, 3) if d else None
        if kind == "q_fy":
            return quarter_period(ORDINALS[g[1].lower()], self.named_year(g[0]), fye)
        if kind in ("q_year", "q_fq"):
            return quarter_period(ORDINALS[g[0].lower()], self.named_year(g[1]), fye)
        if kind == "q_year_first":
            return quarter_period(ORDINALS[g[1].lower()], self.named_year(g[0]), fye)
        if kind == "qtok":
            return quarter_period(int(g[0] or g[1]), self.named_year(g[2]), fye)
        if kind == "fy_qtok":
            return quarter_period(int(g[1] or g[2]), self.named_year(g[0]), fye)
        if kind == "month_span":  # "January - December 2024": from the first month's start to the second's end
            first, last = _month_number(g[0]), _month_number(g[1])
            count = last - first + 1 if first and last else 0
            return Period(month_end(int(g[2]), last), count) if 0 < count <= 12 and count % 3 == 0 else None
        if kind == "months_ended":
            d = self._date(g[2])
            months = span_months(g[0], g[1])
            return Period(d, months) if d and months else None
        if kind == "year_ended":
            d = parse_date(g[0])
            return Period(d, 12) if d else None
        if kind == "ytd":
            if len(g) == 2:  # "the nine months of 2024"
                return year_to_date_period(span_months(g[0], "months"), self.named_year(g[1]), fye)
            named = next(x for x in g if x)  # "the nine months", "nine-month", "the first half": no year
            months = 6 if "half" in named.lower() or named.lower() in ("h1", "1h") else span_months(named, "months")
            own = self.default_period  # "the nine months" of a third quarter's release: its year to date
            if own is not None and own.months == months and months < 12:  # "First Half revenues" of a half-year's
                ytd = year_to_date_period(months, own.fiscal(fye)[0], fye)  # release: its own half, when that half is
                return own if ytd == own else None  # its year to date (never a second half's release's first half)
            fy, q = own.fiscal(fye) if own is not None and own.months == 3 else (None, None)
            return year_to_date_period(months, fy, fye) if q and 3 * q == months else None
        if kind == "half":  # the second half: the six months to that fiscal year's end
            return year_to_date_period(6, self.named_year(g[1]), fye) if g[0].lower() in ("first", "h1", "1h") \
                else Period(month_end(self.named_year(g[1]), fye), 6)
        if kind == "half_bare":
            own = self.default_period
            return Period(own.end, 6) if own is not None and own.months in (3, 6, 12) and own.end.month == fye else None
        if kind == "bare_year" and base is not None and 0 < base.months < 12 and span.relative \
                and self._year_not_over(self.named_year(g[0])):
            return base.shifted_years(self.named_year(g[0]) - base.fiscal(fye)[0])
        if kind == "bare_year" and self._year_not_over(self.named_year(g[0])):
            # "narrowed from $5.1 million in 2018 to $3.4 million in 2019" in a quarter's release: the release's span
            # of that year, or the span its heading or figure names ("Year-to-Date Results: ... $64.5 million in 2023
            # compared with $106.1 million in 2022" is of the year to date, never the quarter)
            own = base if base is not None and 0 < base.months < 12 else self.default_period
            return own.shifted_years(self.named_year(g[0]) - own.fiscal(fye)[0])
        if kind in ("fy", "fy_adj", "bare_year"):
            return Period(month_end(self.named_year(g[0]), fye), 12)
        if kind == "ttm":
            d = self.default_period
            return Period(d.end, 12) if d is not None and d.months in (3, 6, 9, 12) else None
        if kind == "ytd_word":
            if self.default_period is None or self.default_period.months not in (3, 6, 9):
                return None
            q = self.default_period.fiscal(fye)[1]
            return replace(self.default_period, months=3 * q) if q and q > 1 else None
        if kind in ("instant", "on_instant"):
            d = parse_date(g[0]) if g[0] else _day_first_date(g[1])
            return Period(d, 0) if d else None
        if kind == "year_end":
            return self._year_end(span.match)
        if kind == "own_end":
            return self._own_end((g[0] or g[1] or g[2]).lower(), span.match.string)
        if kind == "same_period":
            if base is None:
                return None
            if g[0]:
                return base.shifted_years(self.named_year(g[0]) - base.fiscal(fye)[0])
            if _THE_SAME_ONE.fullmatch(span.match.group(0).strip()) and _FOR_THE_SAME.search(span.match.string, 0, span.match.start()) \
                    and not _compares(span.match.string[max(0, span.match.start() - 60):span.match.start()]):
                return base  # "EBITDA of $455 million for the same period was $65 million lower": the period just named
            return base.shifted_years(-1)
        if kind == "prior_year":
            return base.shifted_years(-1) if base else None
        if kind == "year_before_poss":  # "up from last year's $48.3 million": the compared figure's span a year before
            return base.shifted_years(-1) if base else None
        if kind == "aside_year":  # "(2023 - $95 million)": the compared figure's span in that year, when earlier
            return base.shifted_years(self.named_year(g[0]) - base.fiscal(fye)[0]) if base and self.named_year(g[0]) < base.fiscal(fye)[0] else None
        if kind == "year_before":  # "compared to $562 million last year": the compared figure's span a year before
            return base.shifted_years(-1) if base else None
        if kind == "quarter_before":  # "versus $2.6 million last quarter": the quarter before, or its end
            if base is None or base.months not in (0, 3) or base.end.day < 28:
                return None  # a 52-week calendar's quarter ends on no month's end: not worked out here
            y, mo = add_months(base.end.year, base.end.month, -3)
            return Period(month_end(y, mo), base.months)
        if kind == "q_last_year":  # "the second quarter of last year"
            return quarter_period(ORDINALS[(g[0] or g[1]).lower()], self.default_fy - 1, fye) if self.default_fy else None
        if kind == "half_last_year":  # "the first half last year": the year before the release's own year's first half
            return year_to_date_period(6, self.default_fy - 1, fye) if self.default_fy else None
        if kind in ("q_bare", "qtok_bare"):
            q = ORDINALS[g[0].lower()] if kind == "q_bare" else int(g[0] or g[1])
            return self._not_after_release(quarter_period(q, self.default_fy, fye)) if self.default_fy else None
        if kind == "this_quarter":  # "for the quarter": the release's own quarter; in a release of a half or a year,
            # the quarter it ends with (never the half or the year itself)
            own = self.default_period
            return own if own and own.months == 3 else Period(own.end, 3) if own and own.months in (6, 12) else None
        if kind == "full_year":
            if g[0] is not None and not self._year_is_over():
                return None  # "$13.7 billion during the year" of a second quarter's release: to date? the year to come?
            return Period(month_end(self.default_fy, fye), 12) if self.default_fy else None
        return None


def _month_number(name: str) -> int:
    """A month's number from its name or abbreviation ("January", "Sep", "SEPT."): 0 for none."""
    key = name.lower().rstrip(".")[:3]
    return next((i for m, i in MONTHS.items() if m[:3] == key), 0)


def _day_first_date(text: str) -> date | None:
    """"31 December 2024" (the day before the month, as European releases print it) as a date."""
    day, month, year = text.replace(",", " ").split()
    return parse_date(f"{month} {day}, {year}")


def _year(text: str) -> int:
    text = text.strip("'")
    year = int(text)
    return year + 2000 if year < 100 else year


# a dollar's code printed after a "$" amount ("$48.2 million CAD", "$1.2 billion (AUD)"): that dollar, not the release's
_DOLLAR_CODE_AFTER = re.compile(r"\s?\(?(USD|CAD|AUD|NZD|HKD|SGD|TWD|MXN)\)?(?![\w$])")


def _printed_digits(m: re.Match) -> int:
    """The significant digits of an amount as printed: a zero after the decimal point counts ('$17.0 million': 3), a
    zero ending a whole number does not ('$1,700,000', '$170 million': 2 — it may be rounded); 0 for none printed."""
    if m.group("cents") is not None:
        return 0
    whole, frac = (m.group("num") or "").replace(",", ""), (m.group("dec") or "").lstrip(".")
    digits = (whole + frac).lstrip("0")
    return len(digits if frac else digits.rstrip("0"))


def _printed_marks(m: re.Match) -> dict[str, bool]:
    """What the amount's own mark says of its currency, as the Figure's fields: a mark naming one
    (currency_stated), or a bare '$' (dollar_sign) — the release's currency fills in only for a bare number."""
    stated = bool(_amount_currency(m))
    mark = m.group("mark") if "mark" in m.re.groupindex else None
    return {"currency_stated": stated, "dollar_sign": not stated and mark == "$"}


def _amount_currency(m: re.Match) -> str:
    """The currency an amount's own mark names, or a dollar's code printed right after a bare '$' amount; '' when
    neither says (the release's currency then)."""
    mark = m.group("mark") if "mark" in m.re.groupindex else None
    if mark and (code := mark_currency(mark)):
        return code
    after = _DOLLAR_CODE_AFTER.match(m.string, m.end()) if mark == "$" else None
    return after.group(1) if after else ""


# A verb of inclusion right before a term (a word or two between): the term is its object, a part of the subject's
# figure ("Total revenue includes revenue from discontinued operations of $3.0 million", "results reflect net income of")
# (a finite verb: "including China sales of $7.5 million" may name a part's own figure, and "included in depreciation
# expense of $32.5 million" names the whole)
_INCLUDED_OBJECT = re.compile(r"\b(?:include[sd]?|reflect(?:s|ed)?|contain(?:s|ed)?)\s+(?!in\b|within\b)"
                              r"(?:(?:an?|the|its|our|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# the subject of such a verb that is a period's results, not an amount: its objects are the figures it states ("Fourth
# quarter results include revenue of $515.0 million and net income of $40.0 million"), never parts
_RESULTS_SUBJECT = re.compile(r"\b(?:results|performance)\s+$", re.I)
# ... unless the amount is said to come from an acquired business ("results include revenue of $20.0 million from the
# acquired business", "$3.0 million contributed by acquisitions"): that business's part, never the company's total
_FROM_ACQUIRED = re.compile(r"\s*(?:from|contributed\s+by|of|attributable\s+to)\s+(?:(?:the|our|its|their|recent|"
                            r"recently|newly)\s+){0,2}(?:acquired\b|acquisitions?\b|an?\s+(?:acquired\s+)?business\b)",
                            re.I)
# a verb of inclusion after the term that another verb of the term's own follows, right before the amount: "Revenue for
# the quarter reflects the acquired business and was $515.0 million" — the inclusion governs its own object only
_OWN_VERB_AFTER = re.compile(r",?\s+and\s+(?:was|were|is|are|totaled|totalled|amounted\s+to|reached)\s*$", re.I)
# a term that is the whole a part is included in, right before the term: "<part> included in revenue of $3.0 million"
_IN_THE_WHOLE = re.compile(r"\b(?:included|recorded|reported|reflected)\s+(?:in|within)\s+(?:the\s+|our\s+)?$", re.I)
# the verb of the sentence's subject right after the amount: the amount was not the whole's
_SUBJECTS_VERB_AFTER = re.compile(r"\s*(?:was|were|is|are|increased|decreased|rose|fell|grew|declined|totaled|totalled)\b",
                                  re.I)
_DISCONTINUED = re.compile(r"\bdiscontinued\s+operations?\b", re.I)  # a term's figure of operations no longer its own
_INCLUDE_BEFORE = re.compile(r"\b(?:includ(?:e|es|ed|ing)|contribut(?:e|es|ed|ing))\s*(?:an?\s+|the\s+)?\(?$")
# An inclusion whose subject is a period named only against the sentence's own ("as the prior quarter included a",
# "because last year included an", "the previous period had included"): what it includes is of that other period
_ANOTHER_PERIOD_INCLUDED = re.compile(r"\b(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?(?:quarter|year|period)(?:['\u2019]s"
                                      r"\s+results)?\s+(?:also\s+)?(?:had\s+)?(?:included|includes|include|reflected|"
                                      r"reflects|contained|contains)\s+(?:an?\s+|the\s+)?\(?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s*[(+]?$")  # "increasing by +$9.4 million": the sign of the change printed
# the holders a term's figure is attributed to, between the term and its verb: they name whose share it is
# the holders of an interest a term's figure is attributed to, between the term and its verb ("Net income attributable
# to noncontrolling interests was"): their share, never the owners' net income (the label says so: TO_OWNERS of
# knowledge/vocabulary.py reads it)
# (a period phrase may stand before the verb: "Net income attributable to noncontrolling interests for the fourth
# quarter of 2024 was $0.3 million and $1.1 million for the full year": both amounts the interests' share)
_ATTRIBUTED_TO = re.compile(r"\s+(?:attributable|applicable|allocated)\s+to\s+[^$;,()]{0,40}?\binterests?(?=(?:\s+(?:for|in|"
                            r"during)\s+[^$;()]{0,50}?)?\s+(?:was|were|totaled|totalled|amounted\s+to|of|increased|decreased|"
                            r"rose|fell)\b)", re.I)
# A stated change right before the compared amount ("a 16% increase from $432.6 million"), and words
# that make a comparison sequential instead of year on year.
_YEAR_ON_YEAR_CHANGE = re.compile(r"\d(?:\.\d+)?\s?(?:%|percent)\s+(?:increase|decrease|decline|rise|growth|improvement|"
                                  r"higher|lower|gain|drop)?\s*(?:from|over|compared\s+(?:to|with)|versus|vs\.?)\s*\(?$", re.I)
# A comparison marker right before the amount compared, opening an aside or a clause ("(vs. $90.0 million)", ", compared
# with $15.0 million", ", compared to net earnings of $19.2 million"): nothing between them names a period (the term, if
# any, is the figure's own: _compare_marker). A marker run into the sentence ("$14.0 million compared to $18.5 million")
# is left out: the reading of all of ../shared found one such comparison that its statement prints otherwise.
_BARE_COMPARISON = re.compile(r"(?:\(\s*(?:vs\.?|versus|(?:as\s+)?compared\s+(?:to|with)|against)|[,;]\s*(?:vs\.?|versus|(?:as\s+)?"
                              r"compared\s+(?:to|with)))"
                              r"(?:\s+(?:an?\s+)?(?P<words>(?:[a-z][\w-]*\s+){1,5})of)?\s*\(?$", re.I)  # "compared to net earnings of"
# What a comparison with no period may be with instead of the figure's own past: a forecast, a plan, the market's view.
_NOT_A_PAST_FIGURE = re.compile(r"\b(?:expect\w*|estimat\w*|forecast\w*|consensus|guid\w*|outlook|budget\w*|target\w*|"
                                r"plan\w*|project\w*|analysts?|street|anticipat\w*|pro\s+forma)\b", re.I)
_OTHER_QUARTER_WORDS = re.compile(r"\bsequential|\b(?:prior|previous|preceding|last|linked)[\s-]+quarter|\bquarter[\s-]+over[\s-]+"
                                  r"quarter|\bQoQ\b", re.I)
_OUTLOOK_WORDS = re.compile(r"\b(?:expect(?:s|ed)?|outlook|guidance|target|forecast|anticipat\w*|projected)\b", re.I)
_BASIS_BEFORE_PER = re.compile(r"^((?:basic\s+and\s+diluted|diluted|basic))\s+(?:(?:net\s+)?(?:earnings|income|loss)\s+)?(?:per|a)\s+",
                               re.I)
_PER_ANOTHER_UNIT = re.compile(r"^\)?\s*per\s+(?!(?:(?:basic|diluted|common|fully|weighted|average|outstanding|and|ordinary|"
                               r"class\s+[a-z])\s+)*shares?\b)[a-z]", re.I)  # after an amount: "$0.46 per diluted ADS", "$1.68 per lb"
_PER_OTHER_UNIT = re.compile(r"^\s*per\s+(?!(?:basic|diluted|common|fully|weighted|average|outstanding)\b|share\b)[a-z]", re.I)
_ONE_PERIOD = r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|quarter|(?:full|fiscal)[\s-]+year|year" \
              r"|(?:three|six|nine|twelve|\d+)(?:[\s-]+months?)?)"
_MONEY_AMOUNT = re.compile(r"[$\u20ac\u00a3]\s?\d")
_AMOUNTS_CLAUSE = re.compile(r"\b(?:with|including)\s+(?![^$]*\b(?:with|including)\s)", re.I)  # the last before the amounts


def _each_amount_dated_at_once(text: str, periods: list[Span]) -> bool:
    """Is every amount of money (outside parentheses) followed at once by its own period, and are there two or more
    ("$677 million ($0.42 / share) for the quarter and $2.5 billion over the last twelve months")?"""
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)  # "($0.42 / share)": an adjunct
    starts = sorted({s.start for s in periods} | {m.start() for m in _BARE_PERIOD.finditer(masked)})
    amounts = [m for m in _money(text) if masked[m.start():m.end()].strip()]
    dated = [next((s for s in starts if s >= m.end() and _PERIOD_RIGHT_AFTER.fullmatch(masked, m.end(), s)), None)
             for m in amounts]
    return len(amounts) > 1 and None not in dated and len(set(dated)) == len(dated)


# two periods joined: "the fourth quarter and full year", "the three and twelve months", "the full year and fourth quarter"
_TWO_PERIODS = re.compile(rf"\b{_ONE_PERIOD}\s+and\s+(?:the\s+)?{_ONE_PERIOD}\b(?![\s-]+over)", re.I)
_BARE_PERIOD = re.compile(r"\b(?:for|in|during)\s+the\s+(quarter|(?:full\s+|fiscal\s+)?year)\b(?![\s-]+(?:over|ago))", re.I)
_AND_ANOTHER = re.compile(r"\s*,?\s*and\s+", re.I)  # between two lists of amounts compared
_PERCENTS_RESPECTIVELY = re.compile(r"\d(?:\.\d+)?\s?(?:%|percent|basis\s+points?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)[+-]?\d[\d.]*\s?"
                                    r"(?:%|percent|basis\s+points?)"
                                    r"(?:\s+(?:over|from|versus|vs\.?|compared\s+(?:to|with))\s+the\s+(?:same|comparable|corresponding)\s+"
                                    r"periods?\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:prior|previous|last)\s+(?:fiscal\s+)?year"
                                    r"|\s+(?:year[\s-]over[\s-]year|YoY|Y/Y))?,?"  # "+16% and +8% year-over-year, respectively"
                                    r"\s+respectively\b(?![^$]*\$)", re.I)  # "9% and 140 basis points, respectively"
# A term that is the object of "before", "excluding", "net of" qualifies the figure's term, it does not
# name it: "total operating expenses, before depreciation and amortization, amounted to $5.7 million"
_PERCENT_OF = re.compile(r"\s+of\s+", re.I)  # a percent of a base it names ("13.5% of total assets")
# An amount an item names as left out of the figure: "excluding the €124m fine", "excluding a $5 million charge"
_EXCLUDED_AMOUNT = re.compile(r"\b(?:excluding|excludes|excluded|exclusive\s+of)\s+(?:the\s+|an?\s+|its\s+|our\s+)?"
                              r"(?:[\w-]+\s+){0,2}$", re.I)
# before a list of amounts: they are changes ("increased by", "increases in revenue in the amount of", "decreased")
_CHANGE_LEAD = re.compile(r"(?:\bby|\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|jumped)|"
                          r"\b(?:increases?|decreases?|declines?|rises?|reductions?|growth|improvements?|changes?)\s+(?:in|of)\b"
                          r"[^$;]{0,100}?(?:\s+of|\s+in\s+the\s+amounts?\s+of|\s+by)?)\s*(?:approximately\s+|about\s+)?\(?$",
                          re.I)
_OBJECT_OF_THE_AMOUNT_BEFORE = re.compile(r"\s*(?:of|in|from)\s+(?:positive\s+|negative\s+)?", re.I)  # "$350 million of loans",
# "$25.2 million from loans and $9.0 million from fees": the loans are the source of the amount before, never this one's term
_AND_BETWEEN = re.compile(r"\band\b(?![^$]*\b(?:including|includes|of\s+which)\b)", re.I)
_TERM_AS_OBJECT = re.compile(r"\b(?:before|excluding|(?:pro\s+forma|adjusted)\s+for|exclusive\s+of|after|net\s+of|less|plus|other\s+than)\s+$", re.I)
# A term that is the complement of another noun: the amount is that noun's, never a term's before it ("The
# ACL on loans was", "the recognition of cost of sales of $3.9 million associated with ...")
_TERM_OF_ANOTHER = re.compile(r"(?:\b[A-Z]{2,5}|\b(?:allowance|reserves?|provision|yield|return|rate|interest)|\b(?:allowance|reserves?)"
                              r"\s+for\s+(?:credit\s+|loan\s+)?losses)\s+(?:on|for)\s+$|"  # "the allowance for credit losses on loans"
                              r"\b(?:recognition|reversal|release)\s+of\s+$")  # ("the portion of net loss": a qualifier)
# A term that items or adjustments impact: the amount is their effect, never the term ("Certain items that
# impact FFO totaled $5.1 million, or $0.03 per diluted share", "adjustments on FFO of $0.03 per share")
_TERM_IMPACTED = re.compile(r"\b(?:impact(?:s|ed|ing)?|affect(?:s|ed|ing)?)\s+(?:on\s+)?(?:the\s+)?(?:company's\s+)?$|"
                            r"\b(?:items?|adjustments?|charges?)\s+on\s+(?:the\s+)?$", re.I)
# "in cash, restricted cash, and short-term deposits": the term after an amount is one of a list
_LIST_GOES_ON = re.compile(r"^(?:\s*,\s*(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}(?:cash|deposits|investments|securities|assets|"
                           r"equivalents)\b|\s+(?:and|or|plus)\s+(?:other|short-term|long-term|marketable|restricted)\s)", re.I)
def _opens_range(before: str) -> bool:
    """Is the amount after `before` the low end of a range ("of $3.33 to $3.38"), not where a change starts
    ("from $5.0 million to", "decreased $1,105,000 to $1,310,000")?"""
    return not (_FROM_BEFORE.search(before) or _CHANGE_BEFORE.search(before[-40:]) or _BY_BEFORE.search(before)
                or _CHANGE_IN_BEFORE.search(before[-100:]))


_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|\u2013)\s*(?-i:" + MARK_RE.pattern + ")", re.I)  # at an amount's end: "$1 to $2",
# "Yen109.9 to Yen122.1 billion"
_RANGE_BETWEEN = re.compile(r"\s*(?:to|-|\u2013)\s*", re.I)
# "between $1.94 and $1.99", "a range of $1.94 and $1.99": one range, its ends never two figures
_BETWEEN_BEFORE = re.compile(r"\b(?:between|range\s+of)\s*$|\b(?:between|range\s+of)\s*\$[\d.,]+(?:\s*(?:thousand|million|"
                             r"billion))?\s+and\s*$", re.I)
# "includes $58 million of write-offs ... and $(4) million of interest expense on debt related to a
# subsidiary": a term restricted by what follows it, in a list of what something includes, is a part of it
_INCLUDES_BEFORE = re.compile(r"\binclud(?:e|es|ed|ing)\b(?:[^.;]|\.\d)*$", re.I)
_RESTRICTED_AFTER = re.compile(r"^\s+(?:on(?!\s+hand\b)|related\s+to|associated\s+with|from|in\s+connection\s+with|attributable\s+to)\b",
                               re.I)
# A clause with a subject of its own between the term and the amount
_NEW_SUBJECT = re.compile(r"[,;]\s+(?:the|a|an|our|its)\s+(?:[\w-]+\s+){0,5}?(?:was|were|is|are|totaled|totalled|amounted\s+to)"
                          r"\s*(?:approximately\s+|about\s+)?\(?$", re.I)
# "Revenue from large display drivers came in at $25.0 million": the revenue of what it comes from
_REVENUE_FROM = re.compile(r"^\s+from\s+(?!(?:continuing|discontinued|operations|the\s+(?:quarter|year|period|prior|same))\b)"
                           r"((?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s+(?:came|was|were|totaled|totalled|reached|amounted|grew|"
                           r"increased|decreased|rose|fell|declined|climbed|of)\b")
# "Net revenues from Lakeside operations were $412.3 million": the figure of the business it comes from
_FROM_A_BUSINESS = re.compile(r"^\s+from\s+(?:our\s+|its\s+|the\s+)?(?!(?:continuing|discontinued)\b)((?:[A-Za-z][\w&'\u2019.-]*\s+){1,4}?"
                              r"(?:operations|segments?|business(?:es)?|divisions?|units?))\s+(?:came|was|were|totaled|totalled|"
                              r"reached|amounted|grew|increased|decreased|rose|fell|declined|climbed|of)\b")
# "... from the agreement with a customer in the amount of $250,000": the amount of the noun before it
_AMOUNT_OF_ANOTHER = re.compile(r"\b(?:from|with|by|under)\b.{8,}\bin\s+the\s+amount\s+of\s*$", re.I | re.S)
# "$0.88 per share on a diluted basis", "$0.41 per share, diluted": the share's kind said after the phrase
_SHARE_BASIS = re.compile(r"^\s*(?:(?:on\s+)?an?\s+(diluted|basic)\s+basis\b|,\s*(diluted|basic)\b(?!\s+(?:shares?|weighted|average|"
                          r"common|and)\b))", re.I)
# "$1.2 billion of unused borrowing capacity": an amount of a noun that is no term is that noun's
_OF_ANOTHER_NOUN = re.compile(r"^\s+of\s+(?!(?:the|this|that|its|our|their|which|fiscal|each|every)\b)[a-z]", re.I)
# "Net loans decreased $10.5 million", "an increase of $6.3 million in ...": the amount right after a
# verb or noun of change is the change; "$1.8 million higher" too.
_CHANGE_BEFORE = re.compile(r"(?:[,;(]\s*(?:up|down)|\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|jumped|"
                            r"(?<=to )(?:grow|rise|fall|increase|decrease|decline|improve)|"  # "allowed it to grow $1.95"
                            r"(?:was|were)\s+(?:up|down)|(?:increase|decrease|decline|rise|drop|reduction|growth|"
                            r"improvement)\s+of|(?:increase|decrease|decline|rise|growth|improvement|up|down|increased|"
                            r"decreased|grew|rose|fell|declined)\s+(?:of\s+|by\s+)?\d+(?:\.\d+)?\s?(?:%|percent)(?:,?\s+or|(?=\s*\($))))"
                            r"\s*(?:approximately\s+|about\s+|nearly\s+)?[(+]?$", re.I)  # "an increase of 7.2%, or $33.3 million"
# ("grew 12% ($4.3 million) to $40.1 million": the amount in parentheses after the percentage is the change too)
# (never across a comma: "an increase in other comprehensive income due to ..., net income of $0.8 million" is a level)
_CHANGE_IN_BEFORE = re.compile(r"\b(?:increase|decrease|decline|rise|reduction|growth|improvement)\s+in\s+(?:[^$;,]|,\s*net,)"
                               r"{1,70}?\s+of\s*(?:approximately\s+|about\s+)?\(?$", re.I)  # "an increase in loans held for sale
# of $0.2 million", "growth in revenues from rental properties, net, of $73.2 million"
# "increased depreciation and amortization expense of $31.8 million", "higher real estate taxes of $8.6 million": an
# amount that a term's change or its level may be (which, the words do not say plainly): read as neither
# After an amount, its share of a whole of a named period: ", representing approximately 75% of sales in 2024" (group 1
# the share's words)
_SHARE_OF_A_PERIOD = re.compile(r"[^.;$]{0,30}?,\s*(representing|or|which\s+(?:was|is)|equal\s+to)\s+(?:approximately\s+|about\s+|"
                                r"nearly\s+|roughly\s+)?\d[\d.]*\s?(?:%|percent)\s+of\s+[^.;$]{0,60}?\b(?:in|for|during)\s+"
                                r"(?:the\s+)?(?:fiscal\s+|full[\s-]year\s+)?(?:19|20)\d\d\b", re.I)
_CHANGED_TERM_BEFORE = re.compile(r"\b(?:increased|decreased|higher|lower)\s+(?!(?:than|to|by|from|at|in|on|of)\b)[a-z]"
                                  r"(?:(?!\b(?:was|were|is|are|by|to|from|driven|due)\b)[^$;,.()]){1,60}?\s+of\s*"
                                  r"(?:approximately\s+|about\s+)?\(?$", re.I)
# ", above the high end of guidance of $39.5 million": a level set against an expected figure, no change
_TARGET_AHEAD = (r"[^.;$]{0,40}?\b(?:guidance|outlook|expectations?|estimates?|consensus|forecasts?|targets?|"
                 r"midpoint|range)\b")
# "$1.8 million higher": a change; "$61.2 million, lower than $70.4 million last quarter": a level, compared
_CHANGE_AFTER = re.compile(r"^\.?\)?(?:\s*(?:higher|lower|more|less|greater|above|below|increase|decrease|decline|reduction)\b|,\s*(?:higher|lower|more|less|greater|"
                           r"above|below)\b(?!\s+than\b)(?!" + _TARGET_AHEAD + "))", re.I)
# (", higher than last year", ", lower than expected", ", higher than $70.4 million": the level set against another
# figure, never the amount of a change)
# ... unless a change noun stands between the term and the amount: "revenue decline was $2.0 million, less than $3.0
# million in the second quarter" sets a change against another change
_SET_AGAINST_AFTER = re.compile(r"^\.?\)?,\s*(?:higher|lower|more|less|greater|above|below)\s+than\b", re.I)
# A word right before a term that makes it another measure: "core earnings per share", "distributable
# earnings", "cash earnings per share" (operating and cash only qualify per-share figures).
_OTHER_EARNINGS, _OTHER_EARNINGS_PER_SHARE = other_earnings_words()  # knowledge/vocabulary.toml
_TERM_MODIFIER = re.compile(rf"\b(?:({_OTHER_EARNINGS}|[a-z]+-related)|({_OTHER_EARNINGS_PER_SHARE}))"
                            r"(?:[\s*_]+|\s*\([^()]*\)\s*)$", re.I)
# "(Non-GAAP)" right before a term: a basis the masked text no longer shows
_BASIS_IN_PARENTHESES = re.compile(r"\((non-GAAP|adjusted|pro\s+forma)\)\s*$", re.I)
_PER_SHARE_FROM_OPERATIONS = re.compile(r"^\)?\s*(?:per|a)\s+(?:\w+\s+){0,4}?share\s+(?:\([^)]*\)\s+)?from\s+(continuing|discontinued)", re.I)
_LOSS_WORD = re.compile(r"\bloss\b", re.I)
_EPS_BEFORE = re.compile(r"EPS|per\s+share\s*(?:\(EPS\))?\s+(?:of|was|were|(?:(?:rose|grew|increased|improved|fell|"
                         r"declined|decreased|dropped|climbed)\s+)?to|totaled|totalled|reached)\s*$", re.I)  # "per share rose to 26 cents"
_FROM_BEFORE = re.compile(r"\bfrom\s*\(?$")
_PER_SHARE_AFTER_TERM = re.compile(r"^\s*per\s+(?:diluted\s+|basic\s+|common\s+|weighted\s+|average\s+|fully\s+|ordinary\s+)*share",
                                   re.I)  # "AFFO Per Share of $1.04" in a title-case bullet: per share, never AFFO itself
# A per-share phrase with its verb right before a list of unscaled amounts: 'Net income available to common shareholders
# ("Net income") per diluted share was $0.23 and $0.22, respectively': the amounts are per share, never the term's money
_LIST_PER_SHARE_BEFORE = re.compile(r"\bper\s+(?:(?:diluted|basic|common|weighted|average|fully|ordinary)\s+)*share\s+"
                                    r"(?:was|were|is|are|of|totall?ed|amounted\s+to)\s+"
                                    r"(?:\$?\s?\(?-?[\d.,]+\)?\s*(?:,\s*(?:and\s+)?|and\s+))*$", re.I)
_WITH_OR_AND = re.compile(r"\bwith\b|\band\b")
# Right after a business's figure, the next term joined to it by "and": "... to $261 million and gross profit"
_AND_THEN_TERM = re.compile(r"[^.;:$]{0,60}?(?:,\s*|\s+)and\s+(?:its\s+|their\s+|the\s+|an?\s+)?"
                            r"(?:(?:adjusted|non-GAAP|core|organic|underlying)\s+)?", re.I)  # "... of net sales and an
# adjusted operating profit of": the business's too
_WHOLE_TERM = re.compile(r"(?:total|consolidated|overall|company)\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s*\(?$")
_INCOME_WORD = re.compile(r"income|earnings|profit", re.I)
_DIVIDEND_TERM = re.compile(r"\b(?:dividends?|distributions?)\b(?!\s+income)", re.I)  # ("dividend income": income
# the company earns, never a dividend it pays)
# A dividend that is not the period's dividends per share: a month's, a year's run rate, a special or the next one
# a dividend per share named after its amount, right after the verb that declared or paid it: "the Company declared a
# $0.16 per share cash dividend" (only the words of an ordinary one: never "a $1.00 per share special dividend")
_DIVIDEND_NAMED_AFTER = re.compile(r"^\s*per\s+(?:common\s+|ordinary\s+)?share\s+((?:(?:quarterly|regular|cash|common)\s+){0,3}"
                                   r"(?:dividend|distribution))s?\b", re.I)
_DECLARED_BEFORE = re.compile(r"\b(?:declared|paid)(?:\s+and\s+(?:declared|paid))?\s+an?\s*$", re.I)
_TOTAL_DIVIDENDS = re.compile(r"\b(total\s+(?:(?:cash|common)\s+)?(?:dividends|distributions))\s+(?:of|were|was|totaled|totalled|"
                              r"amounted\s+to|paid\s+of|declared\s+of)\s+(?:approximately\s+)?$", re.I)
# the unit a partnership's distribution is paid on, in place of a share (the group "basis" never takes part: PER_SHARE_RE's)
_PER_PARTNERSHIP_UNIT = re.compile(r"^\)?\s*(?P<basis>(?!))?per\s+(?:(?:common|limited\s+partner(?:ship)?|LP|partnership|class\s+[a-z])\s+)?"
                                   r"unit\b(?!s?\s+(?:of|sold|shipped|produced|volume))", re.I)
# a bullet opening on the verb that declared or paid the dividends it states ("* Declared dividends of $3.00 per share")
_DECLARED_LEAD = re.compile(r"^\W*(?:declared|paid)\s+(?:total\s+|cash\s+|common\s+){0,2}(?:dividends|distributions)\b", re.I)
_PAYABLE_ON = re.compile(r"\b(?:payable|to\s+be\s+paid|will\s+be\s+paid|paid|payment\s+date\s+of)\s+(?:on\s+)?(?:or\s+(?:about|after)\s+)?"
                         rf"({MONTH_RE}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)", re.I)
_TO_BE_PAID = re.compile(r"payable|to\s+be\s+paid|will\s+be\s+paid|payment\s+date", re.I)
_DISTRIBUTION = re.compile(r"\bdistributions?\b", re.I)
_RECORD_ON = re.compile(rf"\b(?:of\s+record|record\s+date)\b[^.;$]{{0,40}}?({MONTH_RE}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)", re.I)
_RECORD_DATE_BEFORE = re.compile(r"\b(?:of\s+record|record\s+date)\s*,?\s*(?:(?:on|at)\s+)?(?:the\s+close\s+of\s+business\s+"
                                 r"(?:on\s+)?)?$", re.I)  # (never "record" alone: "Record full-year revenue")
_TOTALLING = re.compile(r"\s+(?:totaling|totalling|aggregating|that\s+totaled|which\s+totaled)\s+", re.I)
_QUARTERLY = re.compile(r"\bquarterly\b|\b(?:each|every|per)\s+quarter\b", re.I)  # a dividend paid each quarter
_NOT_THE_PERIODS_DIVIDEND = re.compile(r"\b(?:monthly|annual(?:ized)?|semi-annual|special|interim|next|preferred|"
                                       r"supplemental|variable|previous|prior)\s+(?:[\w-]+\s+){0,2}$", re.I)
# the same words, or those of another class of stock or of other holders, after a dividend's amount, in its own clause:
# "$0.4297 per share on the Company's 6.875% Series A Preferred Stock", "$0.11 per Class B share", "$5.2 million in
# dividends on its Series A preferred stock", "... to noncontrolling interest holders", "a $1.00 ... cash dividend, a
# special dividend": never the company's (common) dividend of the period
_NOT_THE_PERIODS_DIVIDEND_AFTER = re.compile(
    r"[^$;]{0,140}?\b(?:monthly|semi-annual|special|interim|preferred|preference|depositary|supplemental|"
    r"variable|class\s+[a-z]\b(?!\s+(?:and\s+class\s+[a-z]\s+)?(?:common|ordinary)\b)|series\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b|non-?controlling|minority|subsidiar(?:y|ies)|"
    r"(?:four|two|three|consecutive)\s+quarters|each\s+of\s+the\s+(?:\w+\s+)?quarters)", re.I)
# "$0.110 per share on its Class B common stock and $0.100 per share on its Class A common stock": which is the one asked?
_CLASS_WORD = re.compile(r"\bclass\s+[a-z]\b", re.I)
_PER_SHARE_AMOUNT = re.compile(r"\$\s?\d[\d.,]*\s+per\b", re.I)
# a dividend not yet declared: "intends to pay a cash dividend of $0.55 per share ..., subject to Board approval"
_NOT_DECLARED = re.compile(r"\b(?:(?:intends?|intended|intention|plans?|planned)\s+to|would\s+(?:pay|declare)|subject\s+to\s+(?:the\s+)?"
                           r"(?:board|directors|approval|declaration))\b", re.I)


class NarrativeReader:
    def __init__(self, lines: list[str], fye_month: int, default_fy: int | None, default_period: Period | None = None,
                 skip: set[int] | None = None, issuer: tuple[str | None, str | None] = (None, None),
                 fy_offset: int = 0):
        """`issuer`: the company's name and ticker, to tell the company itself from a business of it
        named as a sentence's subject ("Magnesia Specialties delivered revenues of $77 million")."""
        self.lines = lines
        self.issuer = _issuer_words(*issuer, text="\n".join(lines))
        self.issuer_name = frozenset(re.findall(r"[a-z0-9&]+", (issuer[0] or "").lower())) \
            | name_word_keys(issuer[0] or "")  # "The Bank's": of its name; "Mfg." or "Manufacturing" of "Mfg."
        self.name_lead = [w for w in re.findall(r"[a-z0-9&]+", (issuer[0] or "").lower()) if w not in _ISSUER_GENERIC]
        self.section_period: Period | None = None  # the period the last titled heading names
        self.summary_period: Period | None = None  # the one a heading over the summary goes on with (_summary_heading)
        self.paragraph_period: Period | None = None  # the period a heading gives the paragraph, before its sentences
        # the period a heading says its bullets compare with ("... for the fourth quarter 2024 compared with
        # the same period of 2023:"): a bullet's "compared with $69.3 million" that names none is of that period
        self.compared_period: Period | None = None
        self.subject_not_read = False  # set by _figure: the amount was left out for a subject it could not read
        self.clause_dated = False  # set by _named_period_for: the amount was dated by its own clause's year
        self.printed_terms: set[str] = set()  # the sentence's subjects the vocabulary lacks, read as printed
        self.under_segment = False  # the paragraph is under a business line's heading: "this segment" is that one
        # figures whose own words say whose they are against a bullet's opening name (id -> "company" for "consolidated
        # net income", "total company revenue"; "share" for "accounted for one third of net income"): never the name's
        self.bullet_exempt: dict[int, str] = {}
        self.dated_heading = False  # the last heading named a period (a flow named by its verb alone may take it)
        self.next_sentence = ""  # the sentence after the one being read, in its paragraph (narrative_dividends.py)
        self.dividend_heading = False  # the last heading names a period and a dividend ("Fourth Quarter 2024 Dividend")
        self.in_bullet = False  # the paragraph read is a bullet
        self.outlook_section = False  # the paragraph is under a heading, or a bullet under a lead-in, that names an
        # outlook ("2026 Outlook"), whatever period it names: "at year end" there is an end to come
        self.under_outlook = False  # the paragraph is a bullet under an outlook's lead-in ("For fiscal 2025, the
        # Company expects:"): its figures of that period are guidance
        self.headed_bullet_period: Period | None = None  # the paragraph is a bullet under a heading naming one period,
        # the release's own and no outlook's ("Fourth Quarter 2024 Highlights"): a flow it names undated is of that period
        self.skip = skip or set()
        self.periods = PeriodReader(fye_month, default_fy, default_period, fy_offset)
        self.last_qualifier = ""  # of the sentence before: "This compares with ..." compares like with like
        self.inherited_qualifier = ""
        self.last_mains: list[Pending] = []  # the figures the sentence before read (not its comparisons)
        self.last_change: Pending | None = None  # the change of a term a sentence read, and the one right before this
        self.change_before: Pending | None = None  # sentence's in its paragraph (_change_before)
        self.compared_mains: list[Pending] = []  # in a sentence that only compares ("This compares to ..."): those
        # how many figures the paragraph read before the sentence before this one: "This compares to $206.4 million"
        # names no term, so it is the figure before only when no other of the paragraph may be the one compared
        self.read_before_last = 0
        self.figures_before: list[Figure] = []  # the figures the sentence before read, in the same paragraph
        self.amounts_last = 0  # how many amounts of money (not per share) the sentence before printed, read or not:
        # "This compares to $206.4 million" is its one figure's only when it printed no other ("Cash was $224.6
        # million and investments were $50.0 million ..." compares either)

    def _issuer_word(self, word: str) -> bool:
        """Is the word one of the issuer's own (its name's, its initials, its ticker)?"""
        return word in (self.issuer or ()) or word in self.issuer_name

    def _leads_name(self, words: list[str]) -> bool:
        """Two words or more that begin the issuer's name ('Pacific Widgets' of Pacific Widgets, Inc.): its short
        form, the company itself even where its first word alone may name a part of it."""
        return len(words) > 1 and words == self.name_lead[:len(words)]

    def read(self) -> list[Figure]:
        figures: list[Figure] = []
        carry: Period | None = None
        carry_headed = False  # the carried period is that of a heading naming only it (never a paragraph's own)
        section_single = False  # the heading that dates the section names one period only
        section_twin = False  # ... or two that end together (a quarter's and its year's)
        segment = ""  # a business line named by a heading ("Data Center") that the bullets below are about
        outlook = False  # the heading or lead-in above gives an outlook for the period it names, one to come
        section_segment = ""  # the business line the last heading names, up to the next heading
        said_segment = ""  # a heading ending in a metric's term: a business line where a paragraph says "this segment"
        lead_text: str | None = None  # the plain paragraph right before the bullets: it may date them, or not
        just_headed = False  # the paragraph before was that heading
        plain_items = False  # plain paragraphs may be an outlook's items: right under its lead-in, before any bullet
        headed_outlook = lead_outlook = False  # the last heading, the last plain paragraph, names an outlook
        for para in paragraphs(self.lines, self.skip):
            if para.is_heading:
                headed_outlook = bool(_OUTLOOK_WORDS.search(para.text)) and not _NOT_AN_OUTLOOK.search(para.text)
            elif not para.bullet:
                lead_outlook = bool(_OUTLOOK_WORDS.search(para.text))
            if not para.is_heading and not (AMOUNT_NEEDLES.may_match(para.text) and AMOUNT_HINT.search(para.text)) \
                    and not _marked(para.text):
                if not para.bullet and _AFTER_THE_PERIOD.search(para.text):
                    self.dated_heading = False  # (a lead-in without amounts: "Subsequent to quarter end, we:")
                carry = carry if para.bullet else None
                lead_text = lead_text if para.bullet else para.text
                self.compared_period = self.compared_period if para.bullet else None
                outlook = outlook and (para.bullet or plain_items and self._outlook_item(para, self.periods.find(para.text)))
                plain_items = plain_items and not (outlook and para.bullet)
                continue  # prose without amounts (safe-harbor text, quotes): nothing to read
            if para.bullet and carry is None and lead_text is not None:
                carry = self._section_period_for_bullets(lead_text)
                carry_headed = carry is not None and section_single  # the section heading's, the paragraph naming none
                lead_text = None
            para_period = carry if para.bullet or para.is_heading else self.section_period  # "Fourth Quarter
            # 2024 Results" dates the paragraphs below it that name no period of their own (not an outlook's)
            if para.sub_item:
                para_period = None  # "* H1 2024-25 results ... / -- / Operating verticals revenues of EUR600m": an item
                # of the bullet above, of the period that bullet means, never the heading's (the release's quarter)
            if not (para.bullet or para.is_heading) and para_period is not None and _OUTLOOK_WORDS.search(para.text) \
                    and any(self.periods.named_year(y) > para_period.fiscal(self.periods.fye)[0] for y in _YEAR_WORD.findall(para.text)):
                para_period = None  # "The company announced 2025 Core FFO guidance of ...": a year to come
            quotes = quoted_spans(para.text)
            low = para.text.lower()
            words = WordStarts(low) if plain_words(para.text) else None
            para_spans = self.periods.find_in(para.text, low, words)  # once a paragraph: far cheaper than per sentence
            if "record" in low:  # "to shareholders of record as of November 29, 2024": a dividend's record date, no
                para_spans = [s for s in para_spans  # date of any figure (nor the span of the dividend itself)
                              if not _RECORD_DATE_BEFORE.search(para.text, max(0, s.start - 40), s.start)]
            term_starts = words.term_starts() if words else None
            # the bullets, and the paragraph, right under a business line's heading are its; so is a later paragraph of
            # its section that says so ("Operating profit in the segment for the third quarter increased to ...")
            own_segment = segment if segment and (para.bullet or just_headed) else \
                section_segment if section_segment and _THIS_SEGMENT.search(para.text) else \
                said_segment if said_segment and _THIS_SEGMENT.search(para.text) else ""
            business, place = _bullet_subject(para.text, self.issuer, self.issuer_name) if para.bullet else ("", "")
            self.under_segment = bool(own_segment or business)
            self.under_outlook = outlook and (para.bullet or plain_items and self._outlook_item(para, para_spans))
            self.outlook_section = headed_outlook or para.bullet and lead_outlook
            plain_items = plain_items and not (outlook and para.bullet)  # after a list of bullets, a plain paragraph
            # is no item of the lead-in's
            self.in_bullet = para.bullet
            own_period = self.periods.default_period
            self.headed_bullet_period = carry if para.bullet and carry_headed and not outlook and not para.sub_item \
                and carry is not None and own_period is not None and carry.end == own_period.end else None
            self.paragraph_period = para_period  # a heading's, the section's or the bullets' lead-in's; none of a sentence's
            earlier, last = 0, 0
            self.last_change = None
            found, read = [], []  # the sentence before's figures, and the paragraph's so far
            printed_last = 0  # the sentence before's amounts of money (not per share)
            para_sentences = sentences(para.text)
            for i, (a, b) in enumerate(para_sentences):
                self.next_sentence = para.text[slice(*para_sentences[i + 1])] if i + 1 < len(para_sentences) else ""
                self.change_before, self.last_change = self.last_change, None
                self.read_before_last = earlier
                self.amounts_last, printed_last = printed_last, _amounts_of_money(para.text[a:b])
                self.bullet_exempt.clear()  # of this sentence's figures only (ids of figures gone may be reused)
                before = found
                self.figures_before = before
                found, para_period = self._sentence(para, a, b, para_period, quotes,
                                                    PeriodReader.within(para_spans, a, b), _within(term_starts, a, b))
                found += self._change_of_the_last(para, a, b, before, read, found)
                read += found
                if business or place:
                    found = _of_bullet_subject(found, business, place, self.bullet_exempt)
                elif own_segment:
                    _under_segment(found, own_segment)
                elif section_segment and _a_business_line(section_segment):
                    found = _not_the_sections(found)
                figures.extend(found)
                earlier, last = earlier + last, len(found)
            if para.is_heading:
                lead_text = None
                first = self._first_period(para_spans, para.text)
                summary = None if first or section_twin else self._summary_heading(para.text, para_spans)
                # a heading naming two periods at once ends the period the heading above carried: its bullets
                # are undated unless their own words date them (never the earlier heading's quarter)
                carry = first or summary or (None if self._names_two_periods(para_spans)
                                  or not para_spans and _SPAN_LEAD_IN.match(para.text) else carry)  # (so does a
                # lead-in of a span no pattern reads: "Since the program's launch:")
                single = len({p for span in para_spans if (p := self.periods.resolve(span, None)) is not None}) == 1
                self.dividend_heading = first is not None and bool(_DIVIDEND_TERM.search(para.text))
                self.dated_heading = first is not None and single and not _AFTER_THE_PERIOD.search(para.text)  # one
                # period only, and not a time after or since it ("Fourth Quarter and Full Year 2024 Highlights",
                # "Fourth Quarter 2024 and Subsequent Events", "Since Inception": a flow below may be of another span)
                carry_headed = carry is not None and (single if first else carry_headed)  # ("Fourth Quarter and Full
                # Year 2024 Highlights" names two: its bullets' undated flows may be of either)
                own = self.periods.default_period  # "For fiscal year 2025, the Company currently expects:"
                outlook = bool(first and own and first.end > own.end and _OUTLOOK_WORDS.search(para.text)
                               and not _NOT_AN_OUTLOOK.search(para.text))
                plain_items = outlook
                business_period = None
                if first or not AMOUNT_HINT.search(para.text):
                    business_period = None if first else self._business_heading(para.text, para_spans, section_twin)
                    self.section_period = first or business_period  # "Full Year 2024 Results Summary" dates the
                    # section below it; a business line's heading goes on with the release's own period above it
                    section_single = bool(first) and single
                    section_twin = self._ends_two_spans(para_spans)  # "Fourth Quarter and Full Year 2024 Results"
                self.summary_period = summary  # (only its bullets: a plain paragraph below names its own period)
                self.compared_period = self._compared_period(para_spans, para.text, first)
                segment = section_segment = _segment_heading(para.text)
                if business_period is not None and not section_segment:  # "Building Materials Business": a figure
                    section_segment = _heading_name(para.text)  # below naming no subject of its own is left out
                # a heading ending in a metric's term ('Rotor Parts Sales') heads that metric's figures, unless
                # its paragraphs say they are of "this segment": then it names the business line they are of
                said_segment = "" if segment else _segment_heading(para.text, metric_named=True)
                just_headed = bool(segment)
            elif not para.bullet:
                carry = None
                lead_text = para.text
                self.dated_heading = self.dated_heading and not _AFTER_THE_PERIOD.search(para.text)  # "Since 2021, the
                # Company has:" / "* Repurchased $310 million ...": a lead-in of a time since or after dates no flow below
                outlook = self.under_outlook  # an outlook's plain paragraph goes on with the lead-in's period
                self.compared_period = None
                segment = segment if just_headed else ""
                just_headed = False
        return figures

    def _ends_two_spans(self, spans: list[Span]) -> bool:
        """Does a heading name two periods of different lengths that end together ("Fourth Quarter and Full Year
        2024 Results")?"""
        named = [p for span in spans if (p := self.periods.resolve(span, None)) is not None]
        return any(p.end == q.end and p.months != q.months for p in named for q in named)

    def _business_heading(self, text: str, spans: list[Span], twin: bool) -> Period | None:
        """The period a heading naming a business line and no period ("Fourth-Quarter Results" / ... / "Cement
        Businesses" / "Cement revenues decreased 24 percent to $261 million") goes on with: the section's above it,
        when that is the release's own period alone (as _summary_heading). Never one of a time after the period
        ("Subsequent Events") or to come."""
        own, section = self.periods.default_period, self.section_period
        if spans or twin or section is None or own is None or section != own or not _names_a_business(text) \
                or _AFTER_THE_PERIOD.search(text) or _OUTLOOK_WORDS.search(text):
            return None
        return section

    def _summary_heading(self, text: str, spans: list[Span]) -> Period | None:
        """The period a heading over the release's summary goes on with when it names none ("Fourth Quarter 2024
        Results" / ... / "Financial Highlights" / "* Adjusted EBITDA was $5.7M, up 32% YoY"): the section's above it,
        only when that is the release's own period and the only one its heading named (never an outlook's, a
        year's in a quarter's release, a period compared with, nor one of "Fourth Quarter and Full Year 2024
        Results": a bullet below may be of either). Any other heading ends the section's period: "Segment
        Highlights", "Outlook". The caller asks only when the section's heading named no two periods ending together."""
        own, section = self.periods.default_period, self.section_period
        words = _HEADING_WORD.findall(text.lower())
        if spans or section is None or own is None or section != own or not words \
                or not set(words) <= _SUMMARY_HEADING_WORDS or words[-1] not in _SUMMARY_HEADING_HEADS:
            return None
        return section

    @staticmethod
    def _outlook_item(para: Paragraph, spans: list[Span]) -> bool:
        """Is a plain paragraph under an outlook's lead-in ("The outlook for the first quarter of fiscal 2026 is
        as follows:" / "Revenue is expected to be $24.0 billion" / "Operating expenses are expected to be ...") one of
        its items, as a bullet would be: it says what is expected and names no period of its own (one that does is
        dated by it alone, and ends the lead-in's reach)."""
        return not para.is_heading and bool(_OUTLOOK_WORDS.search(para.text)) and not spans

    def _section_period_for_bullets(self, lead: str) -> Period | None:
        """The period of bullets below a plain paragraph that names none ("Fourth-Quarter 2024 Results" / "Gross
        Profit increased year-over-year driven by ..." / "* SG&A Expenses were $271 million"): the section's,
        as the paragraph's own — only a section of the release's own span end (never an outlook's period to
        come, nor a period compared with), never when the paragraph
        names a period of its own (it may date the bullets otherwise)."""
        own, section = self.periods.default_period, self.section_period or self.summary_period
        spans = self.periods.find(lead)
        if section is None or own is None or section.end != own.end \
                or any(s.kind not in _COMPARED_KINDS for s in spans):
            return None  # ("increased over prior year" names only the period compared with)
        if not spans and _SPAN_LEAD_IN.match(lead):
            return None  # "Since the program's launch:", "Over its first three years:": a lead-in naming a span of its
            # own that no period pattern reads dates its bullets by that span, never the section's
        return section

    def _compared_period(self, spans: list[Span], text: str, own: Period | None) -> Period | None:
        """The period a heading compares its own with, when it is earlier than its own and as long."""
        for span in spans:
            before = text[max(0, span.start - 45):span.start]
            if not (COMPARE_NEEDLES.may_match(before) and COMPARE_BEFORE_RE.search(before)):
                continue
            p = self.periods.resolve(span, own)
            if p is not None and own is not None and p.months == own.months and p.end < own.end:
                return p
        return None

    def _names_two_periods(self, spans: list[Span]) -> bool:
        """A heading naming two periods that end together, the first not the release's own ("Full Year and
        Fourth Quarter 2024 Financial Summary"): a bullet below may be of either, so the heading dates none."""
        named = [p for span in spans if (p := self.periods.resolve(span, None)) is not None]
        return bool(named) and named[0] != self.periods.default_period \
            and any(p.end == named[0].end and p.months != named[0].months for p in named[1:])

    def _first_period(self, spans: list[Span], text: str = "") -> Period | None:
        """The period a heading names. One it compares with ("Six-Month Results (compared to the six
        months ended December 31, 2023)") is not the bullets' own: theirs is as long and ends with the
        release's own period. A heading naming two spans that end together ("Second Quarter and First Half
        2024-25 Results") dates none when the first is not the release's own period (a half-year's release): a
        bullet below may be of either (the half's revenue was dated the quarter)."""
        if self._names_two_periods(spans):
            return None
        for span in spans:
            p = self.periods.resolve(span, None)
            if not p:
                continue
            before = text[max(0, span.start - 45):span.start]
            if COMPARE_NEEDLES.may_match(before) and COMPARE_BEFORE_RE.search(before) \
                    or _comparative_aside(text, span.start):
                own = self.periods.default_period
                if own is not None and own.end > p.end:
                    return Period(own.end, p.months)
                continue
            return p
        return None

    def _sentence(self, para: Paragraph, a: int, b: int, para_period: Period | None, quotes: list[tuple[int, int]],
                  periods: list[Span], term_starts: list[int] | None) -> tuple[list[Figure], Period | None]:
        """The figures of the sentence para.text[a:b]; `term_starts`: where a term can start in it,
        None when not known."""
        text = para.text[a:b]
        marked = _marked(text)
        if not marked and "%" not in text and "percent" not in text and "cents" not in text:
            return [], self._period_lead_in(text, a, para_period, quotes, periods)  # no amount: maybe a period
        if _CHANGE_SUBJECT_CAUSED.match(text):
            return [], para_period  # "Lower sales were the result of $7.9 million in lower volume including ...": the
            # amounts make up a change; none is the subject's level
        if not para.bullet and _business_run_in(text):  # a bullet's name is its subject (_bullet_subject)
            return [], para_period  # "Retail Banking - Total revenue was $50 million": that business's, not the company's
        if not marked and "cents" not in text and (same_store := self._same_store(para, a, text, periods,
                                                                                       para_period)):
            return [same_store], para_period
        if not marked and "cents" not in text and (levels := self._percent_levels(para, a, text, periods, para_period)):
            return levels, para_period
        if marked and (with_shares := self._amounts_with_shares_listed(para, a, text, periods, para_period, quotes)):
            return with_shares, para_period
        respectively = RESPECTIVELY_NEEDLES.may_match(text) and bool(RESPECTIVELY.search(text))
        if not marked and "cents" not in text and not respectively \
                and (stated := self._stated_change(para, a, text, periods, para_period, term_starts)):
            return [stated], para_period
        changes_listed = False
        if respectively and not _tabular(text):
            listed = self._respectively(para, a, text, periods, para_period, quotes)
            if listed or not _PERCENTS_RESPECTIVELY.search(text) or _respective_run(text, a, quotes)[1] \
                    or _terms_listed_before_amount(text):
                return listed, para_period if listed else self._period_lead_in(text, a, para_period, quotes, periods)  # amounts listed ("were $390 million and $392 million, respectively")
                # are paired by the list or not at all: one by one the last term would take them all; so are
                # terms listed before one amount ("Net income and EPS were $4.2 million, up 18% and 21%, ...")
            # what "respectively" pairs is changes only ("SG&A Expenses were $271 million, or 30.5% of net sales,
            # an increase of 9% and 140 basis points, respectively"): each amount is read on its own
            if self._two_periods_named(text, periods, para_period):
                return [], para_period  # "net income of $12 million and revenue of $45 million for the three and
                # twelve months rose 10% and 8%, respectively": which amount is of which period is a guess
            changes_listed = True  # "net income of $4.2 million and EPS of $0.40, up 18% and 21%, respectively"
        if _tabular(text) or (respectively and not changes_listed):
            return [], para_period
        comparison = bool(COMPARISON_SENTENCE.match(text))
        self.inherited_qualifier = self.last_qualifier if comparison else ""
        self.compared_mains = self.last_mains if comparison else []
        dated = any(s.kind not in _UNDATED_KINDS for s in periods)
        unquoted = lambda m: not any(qa <= a + m.start() < qb and not (dated and self._plain_quote(
                                         para.text, qa, qb, max(qa, a), min(qb, a + len(text))))
                                     for qa, qb in quotes)  # a quotation's amount is
        # read as the same sentence outside quotes would be, when the sentence names its period ("'We grew revenue to $40.1
        # million in the third quarter,' said ..."); one that names none leans on no paragraph's or heading's period
        money = _money(text)  # found once: the lists, their ends and the items are of the same amounts
        paired = _paired_by_lists(text, term_starts, money) if not respectively else set()
        paired_ends = [m.end() for m in money if m.start() in paired]
        items = sorted([(m.start(), "money", m) for m in money if unquoted(m) and not _table_style(m)
                        and m.start() not in paired]
                       + [(m.start(), "ratio", m) for m in RATIO_RE.finditer(text) if unquoted(m)],
                       key=lambda t: t[0])
        adjunct = [i > 0 and (_is_adjunct(items[i - 1], items[i], text) or self._adjunct_after_its_period(
            items[i - 1], items[i], text)) for i in range(len(items))]
        masked = _mask_parentheses(text)
        terms = _terms(masked, term_starts)
        qualifier_words = QUALIFIER_NEEDLES.may_match(text)  # masking only blanks words out
        places = _places(text)
        pendings: list[Pending] = []
        self.printed_terms = set()
        sentence_period = None
        owner_read = not_ours = False
        cause = _CAUSE.search(text) or _OFFSET_BY.search(text)
        changed_parts = _changed_parts(text, cause, money) if cause is not None else []
        claimed = {m.start() for m, _, _ in changed_parts}
        for idx, (_, kind, m) in enumerate(items):
            if m.start() in claimed:
                continue  # a change of a noun its cause names: read below, with the changed figure's period
            prev_end = items[idx - 1][2].end() if idx else 0
            nxt = next((k for k in range(idx + 1, len(items)) if not adjunct[k]), len(items))
            window_end = items[nxt][0] if nxt < len(items) else len(text)
            chain_end = items[nxt - 1][2].end() if nxt - 1 > idx else m.end()
            ctx = Context(text, m, kind, text[prev_end:m.start()], text[m.end():window_end],
                          text[chain_end:window_end], prev_end, window_end, periods, terms, masked, qualifier_words, places)
            if adjunct[idx] and not owner_read or adjunct[idx] and _per_depositary(items[idx], text):
                continue  # "or $1.05 per share" of an amount that was not read: never another amount's; "or $0.29 per
                # diluted ADS": per a unit of one or more shares, never stated as per share
            owner = pendings[-1] if adjunct[idx] and pendings else None
            if owner is None and idx and _EXCLUDED_AMOUNT.search(text[max(0, items[idx - 1][0] - 60):items[idx - 1][0]]) \
                    and _terms(masked[items[idx - 1][2].end():m.start()].split(",")[0], None):
                continue  # "revenue excluding €4.7 million of sales deductions ... was ~€202 million": the term after
                # the item left out is the item's ("sales deductions"), never the figure's (after a comma, the
                # figure's own: "Excluding the $180 million release, non-GAAP diluted EPS would have been $1.04")
            if owner is None and (left := [e for e in paired_ends if prev_end <= e <= m.start()]) \
                    and _compares_with_the_last(text[left[-1]:m.start()]):
                continue  # "Revenue and other income were $26.2 million compared to $22.6 million": the comparison
                # of amounts a list left unread is never read alone (nor its period the paragraph's)
            if owner is None and idx and (not_ours or not pendings and not TERM_RE.search(ctx.span.split(",")[-1])) \
                    and _compares_with_the_last(ctx.span):
                continue  # "The ACL on loans was $4.3 million ... compared to $4.4 million", "Revenues for this
                # segment totaled $11.8 million, up 40% when compared to revenue of $8.4 million": the comparison
                # of an amount not read is never the company's figure
            if owner is None and _market_view(ctx):
                owner_read, not_ours = False, True
                continue  # "Wall Street had $110.0 million of revenue in its estimates": the market's figure, never the
                # company's (nor a business 'Wall Street''s)
            self.subject_not_read = self.clause_dated = False
            pend = self._figure(ctx, pendings, owner, None if comparison else sentence_period or para_period)
            owner_read = pend is not None
            if owner is None and (owner_read or self.subject_not_read):
                not_ours = self.subject_not_read  # the last amount is a segment's or another subject's
            if pend is None:
                continue
            if not pend.comparative and owner is None and not self.clause_dated:
                sentence_period = pend.figure.period  # (a year its own clause named dates that clause's amount only:
                # "..., bringing total dividends for 2024 to $1.00 per share. Operating income was" is the quarter's)
            pendings.append(pend)
        pendings = _without_conflicts(_whole_ranges(pendings))
        _change_between_dates(pendings)
        if quotes:
            pendings = [p for p in pendings if not self._quoted_year_plain(p, a, quotes)]
        for p in pendings:  # "Acme net revenues registered $237.2 million": the issuer's own, no product
            words = [_POSSESSIVE.sub("", w.strip(".,")).lower() for w in p.figure.product.split()]
            if words and self.issuer is not None and (any(w in self.issuer for w in words) or self._leads_name(words)) \
                    and all(w in self.issuer or w in self.issuer_name for w in words) \
                    and not (len(words) == 1 and _one_of_listed_parts(p, pendings)):  # "Acme Widgets' revenue" too
                p.figure.product = p.product = ""
                p.figure.segment = _segment(p.figure.geo, "")
        if pendings and (subject := _named_subject(text, self.issuer, self.issuer_name)) \
                and not _THE_COMPANY_ITSELF.fullmatch(subject):  # "The Group reported": the company's own
            named_at = _SUBJECT_VERB.match(text)
            opened = named_at.end() if named_at is not None else 0
            pendings = [p for p in pendings if p.figure.geo or p.figure.product
                        or not (_NO_ONE_BUSINESS.search(subject) or _ANOTHER_SUBJECT.search(text, opened, p.figure_end))]
            # "Management reported", a heading run in ("Financial Highlights Harbor Optics reported"): no business's;
            # "... and the Company generated $12.0 million", "of the Company's $140.0 million": not the business's
            for p in pendings:  # the figures of a business the sentence names, never the company's total
                if not p.figure.geo and not p.figure.product:
                    p.figure.product = p.figure.segment = p.product = subject
        if changes_listed:  # the listed changes are paired by the list, not read one by one
            for p in pendings:
                p.figure.change_pct = None
        else:
            _level_takes_change(pendings)
        if changed_parts and cause is not None:
            pendings += self._part_changes(changed_parts, cause, pendings, text)
        if cause is not None and (said := self_said_changes(text, cause, money, {int(p.figure.quote) for p in pendings},
                                                            _plain_subject)):
            pendings += self._part_changes(said, cause, pendings, text)  # (listed on past an item the list broke at)
        if not comparison and (lead := _COMPONENTS_LEAD.search(_ASIDE.sub(lambda m: " " * len(m.group(0)), text))):
            # (never a lead inside an aside: "(including $97.5 million in ...)" is a part's part)
            self._parts_apart(pendings, lead, text)
            pendings += self._components(text, lead, money, pendings)
        if not comparison and not self.under_outlook:
            pendings += self._parts_named(text, money, pendings, periods, para_period, para)
        self.last_qualifier = next((p.figure.qualifier for p in reversed(pendings) if p.figure.qualifier), "")
        self.last_mains = [p for p in pendings if p.owner is None and not p.comparative and p.stored
                           and p.figure.qualifier != "change"]
        self.last_change = next((p for p in reversed(pendings) if p.owner is None and p.stored and not p.comparative
                                 and p.figure.qualifier == "change" and not p.figure.printed_term), None) \
            or self._change_before(text)  # a sentence on the change before keeps it for the next ("These decreases were
        # partially offset by ...")
        for pend in pendings:
            fig = pend.figure
            fig.line, fig.quote = self._line_quote(para, a + int(fig.quote))
        if sentence_period is not None and not comparison:
            para_period = sentence_period
        elif not pendings and not comparison:
            para_period = self._period_lead_in(text, a, para_period, quotes, periods)
        return [p.figure for p in pendings if p.stored], para_period

    def _change_of_the_last(self, para: Paragraph, a: int, b: int, before: list[Figure], read: list[Figure],
                            found: list[Figure]) -> list[Figure]:
        """The change a sentence opens on of a figure the sentence before read ("The $5.3 million decrease in voyage
        expenses is mainly attributed to ...") or, when it names what changed, one its paragraph read before that:
        parsers/narrative_back.py; [] when it reads none, or when this sentence read its amount already."""
        text = para.text[a:b]
        said = change_of_the_last(text, _money(text), before, read) if "ncrease" in text or "ecrease" in text \
            or "ecline" in text or "eduction" in text else None
        if said is None:
            return []
        fig, at = said
        fig.line, fig.quote = self._line_quote(para, a + at)
        return [] if any(f.line == fig.line and abs(f.value) == abs(fig.value) for f in found) else [fig]

    def _plain_quote(self, text: str, qa: int, qb: int, sa: int, sb: int) -> bool:
        """May a quotation's amounts be read as the company's own results? Not when its words set them apart:
        said before or to come ("Last quarter I said EBITDA would be $200 million"), of a combined or pro forma
        basis, or of a business line ("Our Aerospace business delivered") — nor when its speaker's title names a
        business other than the company ("said John Doe, President of Acme Aerospace"). Only the quotation's words
        in the amount's own sentence (sa to sb) are weighed: a long quotation's earlier sentence says nothing of it."""
        if _QUOTE_APART.search(text, sa, sb):
            return False
        nxt = _QUOTE_MARK.search(text, qb)
        after = text[qb:nxt.start() if nxt else min(len(text), qb + 200)]
        after = after[:end.start()] if (end := re.search(r"\.(?:\s|$)", after)) else after  # the sentence's speaker
        for title in _SPEAKER_OF.finditer(after):
            words = [w for w in re.findall(r"[a-z0-9&]+", title.group(1).lower()) if w != "the"]
            if words[:1] in (["company"], ["board"], ["directors"]):  # "Chairman of the Board": the company's own
                continue
            if not self.name_lead or words[:len(self.name_lead[:2])] != self.name_lead[:2] \
                    or _BUSINESS_WORD.search(title.group(1)):
                return False
        return not _BUSINESS_WORD.search(after)

    @staticmethod
    def _quoted_year_plain(p: Pending, a: int, quotes: list[tuple[int, int]]) -> bool:
        """A full year's figure inside a quotation, on no basis the words state ("'In 2025 we delivered $1.2 billion
        of revenue,' said ..."): a speaker's year is often rounded, organic or pro forma without saying so, and the
        statements print the year's own; left unread. A quarter's, a year's stated basis ("adjusted EPS of $8.61") or
        an outlook is read as outside quotes."""
        f = p.figure
        return f.period.months == 12 and not f.qualifier and any(qa <= a + int(f.quote) < qb for qa, qb in quotes)

    def _named_subject_before(self, c: "Context", start: int) -> str | None:
        """The business an amount's clause opens on, when its term follows the amount ("Corporate and Other reports
        $21.0 million of expense", "Industrial Widgets reported $31.0 million of revenue"): None when the subject is
        the company itself or no name opens the clause, "" when it is a business it does not name ("the segment")."""
        open_at = c.masked.rfind(";", 0, start) + 1
        if c.prev_end > open_at:  # a clause after another amount: its subject is read with that one, unless it
            # opens on a subject of its own ("Net income was $9.0 million, and Harbor Optics recorded $44.0 million")
            later = _SUBJECT_AFTER_AMOUNT.fullmatch(_blank_periods(c, c.prev_end, start))
            return None if later is None or self._subject_named(later) is None else ""  # a business's: unread
        m = _NAMED_SUBJECT_VERB.fullmatch(_blank_periods(c, open_at, start))
        return None if m is None else self._subject_named(m)

    def _subject_named(self, m: re.Match) -> str | None:
        """The business a subject before its verb names (_named_subject_before): None for the company itself, "" for a
        subject that names no one business ("Management", "Both segments", "Optics and Widgets", a heading run in)."""
        subject = " ".join(m.group("subject").split())
        words = subject.lower().split()
        if _company(m, self.issuer, self.issuer_name) or words[0] in ("we", "it", "they", "this", "that") \
                or self._leads_name(words) or _names_the_whole(subject) or " ".join(words) in _KIND_WORDS \
                or GEO_RE.fullmatch(subject) or _THE_COMPANY_ITSELF.fullmatch(subject):
            return None  # the company's own figure (a place's is read as its place)
        name = _owner_named(subject)  # "the Devices segment", "the Widgets business": the name before its kind word
        if not name or not all(w[0].isupper() or w.lower() in ("and", "of") for w in name.split()) \
                or _NO_ONE_BUSINESS.search(subject) or _TWO_NAMES.fullmatch(name):
            return ""  # "The segment reported", "Our largest unit had": a business, not named
        return name

    def _two_periods_named(self, text: str, periods: list[Span], para_period: Period | None) -> bool:
        """Whether the sentence names two periods ("the fourth quarter and full year", "the three and twelve
        months ended ...", "for the quarter ... for the year"): amounts read one by one would all take one of them."""
        if _each_amount_dated_at_once(text, periods):
            return False  # "$677 million for the quarter and $2.5 billion over the last twelve months": paired as said
        own = _AMOUNTS_CLAUSE.search(text[:m.start()]) if (m := _MONEY_AMOUNT.search(text)) else None
        if own is not None:  # "results for the quarter and nine months, with third quarter net income of $4.2
            clause = [s for s in periods if s.start >= own.end()]  # million and EPS of $0.40": the amounts' clause
            if len(clause) == 1 and not _TWO_PERIODS.search(text, own.end()) \
                    and not _BARE_PERIOD.search(text, own.end()):  # names its one period
                return False
        if _TWO_PERIODS.search(text):
            return True
        resolved = [(s, self.periods.resolve(s, para_period)) for s in periods]
        bare = {3 if m.group(1).lower() == "quarter" else 12 for m in _BARE_PERIOD.finditer(text)}
        if len({p for _, p in resolved if p is not None}) > 1 or len(bare | {p.months for _, p in resolved if p}) > 1:
            return True  # "net income for the quarter of $3.5 million and revenue for the year of $150.0 million"
        return len(period_list(text, resolved, self.periods.fye, self.periods.default_fy, self.periods.year_period,
                               self.periods.default_period, self.periods.offset)) > 1

    def _respectively(self, para: Paragraph, a: int, text: str, periods: list[Span], para_period: Period | None,
                      quotes: list[tuple[int, int]]) -> list[Figure]:
        """A list of amounts read against the list of terms or periods beside it (parsers/narrative_lists.py);
        the amounts compared with them after it ("…, respectively, compared to $4.5 billion and $426
        million in 2023") are the same terms a year earlier or in the period named there."""
        amounts, run = _respective_run(text, a, quotes)
        if not run:
            return []
        lead = ([r for r in amount_runs(text, [m for m in amounts if m.end() <= run[0].start()])] or [[]])[-1]
        if len(lead) == len(run) and _compares(text[lead[-1].end():run[0].start()]):
            run = lead  # "were $12.1 million and $1.3 million, compared to $11.5 million and $1.1 million, respectively,
            # for the fourth quarter of 2023": the list "respectively" ends is the one compared; the figures are the
            # list before it (read as its own, the compared one after it: _listed_comparisons)
        masked = _mask_parentheses(text)
        terms = [t for t in TERM_RE.finditer(masked) if t.end() <= run[0].start()
                 and not _TERM_AS_OBJECT.search(masked[max(0, t.start() - 40):t.start()])]  # "operating expenses, before
        # depreciation and amortization, were": the amounts are never the term left out's
        if _CHANGE_LEAD.search(masked[max(0, run[0].start() - 160):run[0].start()]):
            return []  # "revenue increased by $1.4 million and $0.8 million, respectively": changes, not the levels
        resolved = [(s, self.periods.resolve(s, para_period)) for s in periods
                    if not _compares(OPERATIONS_RE.sub(" ", text[max(0, s.start - 45):s.start])) and s.start < run[-1].end() + 140
                    and not (s.start >= run[-1].end() and _compares(text[run[-1].end():s.start]))]  # "…, respectively,
        # compared to $350 million and $80 million in the fourth quarter of 2023": the compared amounts' period
        listed = term_run(masked, terms, len(run), whole=True)
        if not listed and term_run(masked, terms, 2) \
                and len(masked[terms[-1].end():run[0].start()].split()) <= TERM_REACH:
            return []  # a list of terms as long as no list of amounts ("revenue, gross profit and net income were $1
            # and $2"): which term has which amount is a guess, and a list of periods does not pair with it either
        bases = BASES.search(masked[:terms[-1].start()]) if terms and len(run) == 2 else None
        if bases and not listed and len(masked[terms[-1].end():run[0].start()].split()) <= TERM_REACH:
            own = next((p for _, p in resolved if p is not None), None) or para_period or self.periods.default_period
            gaap, non_gaap = (self._listed_figure(para, a, text, masked, m, terms[-1].group(0), own, basis)
                              for m, basis in zip(run, ("gaap", "non-gaap")))
            return [f for f in (gaap, non_gaap) if f is not None] if gaap and non_gaap else []
        if terms and len(run) == 2 and not listed and len(masked[terms[-1].end():run[0].start()].split()) <= TERM_REACH \
                and (share_bases := (SHARE_BASES.search(masked, max(0, terms[-1].start() - 25), terms[-1].end())
                                     if EPS_TERM.search(terms[-1].group(0)) else None)
                     or _share_bases_after(text, run[-1])
                     or (_SHARE_BASES_AFTER_TERM.match(masked, terms[-1].end()) if EPS_TERM.search(terms[-1].group(0))
                         else None)):
            own = next((p for _, p in resolved if p is not None), None) or para_period or self.periods.default_period
            found = self._basic_and_diluted(para, a, text, masked, run, terms[-1], share_bases, own)
            return found + self._basic_and_diluted_compared(para, a, text, masked, amounts, run, found) if found else []
        qualifiers = _item_qualifiers(masked, listed) if listed else None
        if listed and qualifiers is None and _basis_of_a_named_measure(masked, listed[0]) \
                and not any(_own_basis_word(masked, t) for t in listed[1:]):
            listed, run = listed[:1], run[:1]  # "adjusted EBITDA and net income of $12.5 million and $23.9 million,
            # respectively": the basis word is the first measure's own name; whether it reaches net income is a guess
        printed = False
        if listed and len(period_list(text[:run[-1].end() + 140], resolved, self.periods.fye, self.periods.default_fy,
                                      self.periods.year_period, self.periods.default_period,
                                      self.periods.offset)) > 1:
            return []  # "gross profit and net income for the three and twelve months were $1 and $2": by term or
            # by period? Either is a guess
        business = _business_before_a_term(masked, listed or terms[-1:])
        if business and listed:
            return []  # "Freight revenue and operating expenses were $8.5 million and $6.7 million, respectively": the
            # first is the freight line's, never the company's revenue; which of the list's figures are whose is
            # left unread (one term over a list of periods is read as that business's, below)
        if listed and _PER_SHARE_AFTER_TERM.match(masked[listed[-1].end():run[0].start()]):
            return []  # "FFO and AFFO per share were $0.62 and $0.60, respectively": amounts per share, of terms the
            # list names without it; which term "per share" reaches is a guess (never FFO itself)
        if listed:
            own = next((p for _, p in resolved if p is not None), None) or para_period or self.periods.default_period
            pairs = [(t.group(0), own) for t in listed]
        elif terms and len(masked[terms[-1].end():run[0].start()].split()) <= TERM_REACH \
                and not any(terms[-1].end() <= m.start() < run[0].start() for m in amounts):  # amounts between them are
            # the term's own: "FFO per share would have been $0.80 and $3.21 and Core FFO would have been $0.82 and $3.23"
            spans = period_list(text[:run[-1].end() + 140], resolved, self.periods.fye, self.periods.default_fy,
                                self.periods.year_period, self.periods.default_period,
                            self.periods.offset)
            term = terms[-1].group(0)
            if share_words := _PER_SHARE_AFTER_TERM.match(masked[terms[-1].end():run[0].start()]):
                if any(m.group("scale") for m in run):
                    return []  # "FFO per share ... were $1.2 million and $4.1 million": no per-share amounts
                basis = re.search(r"\b(?:diluted|basic)\b", share_words.group(0), re.I)
                term = f"{term} per {basis.group(0).lower()} share" if basis else f"{term} per share"  # "Core FFO per
                # share was $0.63 and $2.42 for the quarter and the year, respectively": per share, never FFO itself
            pairs = [(term, p) for p in spans] if len(spans) == len(run) else []
            if modifier := _TERM_MODIFIER.search(text[max(0, terms[-1].start() - 25):terms[-1].start()]):
                qualifiers = [(modifier.group(1) or modifier.group(2)).lower()] * len(run)  # "Organic revenue for
                # the three and twelve months ... respectively": each period's organic revenue, as said once
        elif not terms and not any(m.start() < run[0].start() for m in amounts) \
                and (subject := _listed_subject(text, masked, periods, run[0].start())):
            spans = period_list(text[:run[-1].end() + 140], resolved, self.periods.fye, self.periods.default_fy,
                                self.periods.year_period, self.periods.default_period,
                            self.periods.offset)
            pairs = [(subject, p) for p in spans] if len(spans) == len(run) else []
            printed = True  # a subject the vocabulary lacks, kept as printed (_printed_subject)
        else:
            pairs = []
        if not pairs and not listed and not any(m.start() < run[0].start() for m in amounts) \
                and (subjects := _listed_subjects(text, masked, periods, run[0].start(), len(run))):
            dated = [p for _, p in resolved if p is not None]
            if len(set(dated)) == 1 and len(period_list(text[:run[-1].end() + 140], resolved, self.periods.fye,
                                                      self.periods.default_fy, self.periods.year_period,
                                                      self.periods.default_period)) <= 1:
                pairs, printed = [(subject, dated[0]) for subject in subjects], True  # "Charter expenses and vessels'
                # running costs for <period> were $7.2 million and $4.9 million, respectively": each its own words'
        if not pairs or any(p is None for _, p in pairs):
            return []
        figures = [self._listed_figure(para, a, text, masked, m, term, period, qualifier=qualifiers[n] if qualifiers else None)
                   for n, (m, (term, period)) in enumerate(zip(run, pairs))]
        figures = [f for f in figures if f is not None]
        if len(figures) == len(run):  # the same terms compared after ("…, respectively, up from $1.4 million and $2.0
            # million for the three and six month periods ended December 31, 2004"): a list of periods is compared
            # period by period, each as long as its own
            figures += self._listed_comparisons(para, a, text, masked, amounts, run, pairs, qualifiers, by_end=not listed)
        if printed and any(f.qualifier not in ("", "change", "adjusted", "non-gaap") for f in figures):
            return []  # a part, an item or an outlook of a printed subject: no figure of it
        keyed = {}
        for f in figures:
            f.printed_term = printed
            if business and not f.product:  # "Natural gas and oil sales for the three and six month periods were $1.8
                f.product = business  # million and $3.0 million, respectively": that line of business's, each period
                f.segment = _segment(f.geo, business)
            keyed.setdefault((f.label.lower(), f.period, f.unit), set()).add(f.value)
        return [f for f in figures if len(keyed[(f.label.lower(), f.period, f.unit)]) == 1]

    def _amounts_with_shares_listed(self, para: Paragraph, a: int, text: str, periods: list[Span],
                                    para_period: Period | None, quotes: list[tuple[int, int]]) -> list[Figure]:
        """"For the three months ended December 31, 2024 and 2023, net investment income totaled $13.0 million, or
        $0.20 per share, and $15.7 million, or $0.24 per share[, respectively]": a list of two amounts, each with its
        per-share amount beside it, against the list of two periods the sentence names first: the n-th pair is the
        n-th period's. Read only when the sentence holds these four amounts alone, one term stands before them and
        the periods are two of one length (all or none: a pair placed by guess would be a wrong figure)."""
        amounts = [m for m in _money(text) if not _table_style(m) and not any(qa <= a + m.start() < qb for qa, qb in quotes)]
        if len(amounts) != 4:
            return []
        shares = [PER_SHARE_RE.match(text[m.end():]) for m in amounts]
        if any(bool(shares[n]) != (n % 2 == 1) for n in range(4)) or any(m.group("cents") for m in amounts):
            return []
        ends = [m.end() + (share.end() if (share := shares[n]) is not None else 0) for n, m in enumerate(amounts)]
        if not (_WITH_ITS_SHARE.fullmatch(text, ends[0], amounts[1].start())
                and _WITH_ITS_SHARE.fullmatch(text, ends[2], amounts[3].start())
                and _PAIRS_APART.fullmatch(text, ends[1], amounts[2].start())):
            return []
        closed = _PAIRS_END.match(text, ends[3])
        dated_after = None if closed else _PAIRS_DATED_AFTER.match(text, ends[3])
        if not closed and dated_after is None:
            return []
        masked = _mask_parentheses(text)
        terms = [t for t in TERM_RE.finditer(masked) if t.end() <= amounts[0].start()]
        if not terms or len(masked[terms[-1].end():amounts[0].start()].split()) > TERM_REACH \
                or EPS_TERM.search(terms[-1].group(0)):
            return []
        resolved = [(s, self.periods.resolve(s, para_period)) for s in periods if s.end <= amounts[0].start()
                    and not _compares(text[max(0, s.start - 45):s.start])]
        spans = period_list(text[:amounts[0].start()], resolved, self.periods.fye, self.periods.default_fy,
                            self.periods.year_period, self.periods.default_period,
                            self.periods.offset)
        if dated_after is not None:
            spans = self._own_and_after(text, resolved, periods, dated_after, para_period)
        if len(spans) != 2 or spans[0] == spans[1]:
            return []  # ("2024 and 2023", "the fourth quarter and full year": the n-th pair is the n-th span's)
        figures = [f for n, m in enumerate(amounts)
                   if (f := self._listed_figure(para, a, text, masked, m, terms[-1].group(0), spans[n // 2])) is not None]
        if len(figures) != 4 or any(f.unit.endswith("/share") != (n % 2 == 1) for n, f in enumerate(figures)):
            return []
        return figures

    def _own_and_after(self, text: str, resolved: list[tuple[Span, Period | None]], periods: list[Span],
                       dated_after: re.Match, para_period: Period | None) -> list[Period]:
        """"Net income for the quarter ended December 31, 2024 was $122.2 million, or $0.61 per diluted share, and
        $123.8 million, or $0.63 per diluted share, for the prior year's quarter": the one period before the pairs
        is the first pair's, the one after them the second's; read only when that one is the same span earlier and
        ends the clause."""
        if len(resolved) != 1 or resolved[0][1] is None:
            return []
        own = resolved[0][1]
        later = [s for s in periods if dated_after.start() < s.start <= dated_after.end() + 12]
        if len(later) != 1 or not _PAIRS_END.match(text, later[0].end):
            return []
        other = self.periods.resolve(later[0], own)
        if other is None or other.months != own.months or other.end >= own.end:
            return []
        return [own, other]

    def _listed_comparisons(self, para, a, text, masked, amounts, run, pairs, qualifiers=None,
                            by_end: bool = False) -> list[Figure]:
        """"…, respectively, compared to $4.5 billion, $426 million and $4.33 per share in 2023". `by_end`: the
        pairs are a list of periods, so the period named after is read for its end only, each compared figure
        as long as its own ("the three and six month periods ended December 31, 2004")."""
        after = [m for m in amounts if m.start() > run[-1].end()]
        if len(after) < len(run) or not _compares(text[run[-1].end():after[0].start()]):
            return []
        again = amount_run(text, after, after[0].start(), False) if len(run) > 1 else []
        if len(again) != len(run):
            return []
        first = self._named_after(text, again[-1])  # after the last amount's "per share", if it has one: "$0.59 per
        # share in the third quarter of 2024" is of that quarter, never a year before
        out = self._compared_run(para, a, text, masked, again, pairs, [first] if first else [], qualifiers, by_end)
        if out and first is not None:  # "… in the fourth quarter of 2023 and $1.1 billion, $67 million and $0.59 per
            # share in the third quarter of 2024": a second list compared, as long and with a period of its own named
            more = [m for m in after if m.start() >= first.end]
            third = amount_run(text, more, more[0].start(), False) if more and _AND_ANOTHER.fullmatch(
                text[first.end:more[0].start()]) else []
            named = self._named_after(text, third[-1]) if len(third) == len(run) else None
            if named is not None:
                out += self._compared_run(para, a, text, masked, third, pairs, [named], qualifiers, by_end)
        return out

    def _named_after(self, text: str, m: re.Match) -> Span | None:
        """The period named right after an amount (and its "per share"), its offsets in `text`; None if none."""
        at = m.end() + ((phrase := PER_SHARE_RE.match(text[m.end():])) and phrase.end() or 0)
        at += (skip := _RESPECTIVELY_AFTER.match(text, at)) and skip.end() - at or 0  # "…, respectively, for …"
        span = next((s for s in self.periods.find(text[at:at + 60]) if s.start <= 12), None)
        return None if span is None else replace(span, start=span.start + at, end=span.end + at)

    def _compared_run(self, para, a, text, masked, again, pairs, spans, qualifiers, by_end) -> list[Figure]:
        """The figures of one list of amounts compared with the listed ones, of the period `spans` names (a year
        earlier when it names none); all or none."""
        out = []
        for n, (m, (term, period)) in enumerate(zip(again, pairs)):
            earlier = self.periods.resolve(spans[0], period) if spans else period.shifted_years(-1)
            if by_end and earlier is not None and spans:
                earlier = Period(earlier.end, period.months) if not earlier.is_instant or period.is_instant else None
            if earlier is None or earlier == period or earlier.end >= period.end or earlier.months != period.months:
                return []  # a comparison is of an earlier span as long as its figure's
            f = self._listed_figure(para, a, text, masked, m, term, earlier, qualifier=qualifiers[n] if qualifiers else None)
            if f is None:
                return []
            out.append(f)
        return out

    def _basic_and_diluted(self, para, a, text, masked, run, term_m, bases, period) -> list[Figure]:
        """"basic and diluted net income per share was $0.21 and $0.20, respectively": the basic and the
        diluted figure, each named so (both or neither: one alone would be a guess)."""
        if period is None or not all(PER_SHARE_RE.match(text[m.end():]) or not m.group("scale") for m in run):
            return []
        term = term_m.group(0)
        figures = []
        for m, basis in zip(run, ("basic", "diluted")):
            if bases.start() >= run[-1].end():  # "$0.41 and $0.40 per basic and diluted share"
                named = f"{term} per {basis} share"
            elif bases.start() >= term_m.end():  # "Earnings per share, basic and diluted, were"
                named = f"{basis} {term}"
            elif bases.start() >= term_m.start():  # "earnings per basic and diluted share"
                named = term[:bases.start() - term_m.start()] + basis + term[bases.end() - term_m.start():]
            else:  # "basic and diluted net income per share", "basic and diluted earnings per share" (the term
                named = basis + masked[bases.end():term_m.end()]  # may itself start with "diluted")
            figures.append(self._listed_figure(para, a, text, masked, m, named, period))
        return figures if all(f is not None and f.unit.endswith("/share") for f in figures) else []

    def _basic_and_diluted_compared(self, para, a, text, masked, amounts, run, own: list[Figure]) -> list[Figure]:
        """The basic and the diluted figure compared after them ("..., compared to loss per share, basic and
        diluted, of $0.02 and $0.02, respectively, for the three months ended December 31, 2023"): read when
        the two amounts stand as one list, their own basis words say basic and diluted (or say nothing, the
        compared term's being the figures'), and the period they name is earlier and as long as the figures'."""
        after = [m for m in amounts if m.start() > run[-1].end()]
        if len(after) < 2 or not _compares(text[run[-1].end():after[0].start()]):
            return []
        again = amount_run(text, after, after[0].start(), False)
        if len(again) != 2:
            return []  # a list of another length than the figures': not theirs
        between = masked[run[-1].end():again[0].start()]
        terms = [t for t in TERM_RE.finditer(between) if EPS_TERM.search(t.group(0))]
        if len(TERM_RE.findall(between)) != len(terms) or len(terms) > 1:
            return []  # another term between: the compared amounts are not these figures' own
        if terms and not (_SHARE_BASES_AFTER_TERM.match(between, terms[0].end())
                          or SHARE_BASES.search(between, max(0, terms[0].start() - 25), terms[0].end())):
            return []
        spans = self.periods.find(text[again[-1].end():])
        if not spans or spans[0].start > 40:
            return []  # compared with which period? Only one named right after the list is taken
        earlier = self.periods.resolve(spans[0], own[0].period)
        if earlier is None or earlier.months != own[0].period.months or earlier.end >= own[0].period.end:
            return []
        out = []
        for m, fig, basis in zip(again, own, ("basic", "diluted")):
            term = f"{basis} {' '.join(terms[0].group(0).split())}" if terms else fig.label
            f = self._listed_figure(para, a, text, masked, m, term, earlier)
            if f is None or not f.unit.endswith("/share") or f.qualifier != fig.qualifier:
                return []
            out.append(f)
        return out

    def _listed_figure(self, para, a, text, masked, m, term, period, basis: str = "",
                       qualifier: str | None = None) -> Figure | None:
        """One amount of a list, of `term` and `period`; `qualifier`: its list item's own ("Gross Profit and
        Adjusted Gross Profit were ..."), None to read it from all the words before the amount."""
        phrase = PER_SHARE_RE.match(text[m.end():])
        per_share = bool(phrase) or m.group("cents") is not None or (EPS_TERM.search(term) and not m.group("scale"))
        if _unread_subject(text[:m.start()][-60:]) or _OF_ANOTHER_NOUN.match(text[m.end():]):
            return None
        if not per_share and not m.group("scale") and _LIST_PER_SHARE_BEFORE.search(text[max(0, m.start() - 160):m.start()]):
            return None  # '(“Net income”) per diluted share was $0.23 and $0.22, respectively': per-share amounts of a
            # longer name than the term, never the term's money (a scaled amount is
            # a listed term's money: 'revenues, EBITDA and net earnings per share were $4.3 billion, $299 million and ...')
        value, unit = self._value("money", m, term, per_share, "")
        if value is None:
            return None
        label = _label(term, per_share, "money", phrase.group(0).strip(" )") if phrase else "")
        qualifier = _qualifier(masked[:m.start()], "", True) if qualifier is None else qualifier
        if _OUTLOOK_WORDS.search(masked[:m.start()]):
            if not self._listed_outlook(text, period):
                return None  # "are expected to be approximately $5.9 billion and $4.2 billion": of a period not named
            qualifier = "non-gaap, guidance" if basis == "non-gaap" else "guidance"  # under "Outlook for Q3 FY2026:"
        elif basis and qualifier in ("", "non-gaap", "adjusted"):  # "GAAP and non-GAAP …": the list says which
            qualifier = "" if basis == "gaap" else basis
        if qualifier:
            label = f"{label} ({qualifier})"
        geo = _geo(text[:m.start()])
        fig = Figure(label=label, value=value, unit=unit, period=period, line=0, quote="", source="narrative",
                     segment=geo, geo=geo, qualifier=qualifier, digits=_printed_digits(m), **_printed_marks(m))
        fig.line, fig.quote = self._line_quote(para, a + m.start())
        return fig

    def _percent_levels(self, para: Paragraph, a: int, text: str, periods: list[Span],
                        para_period: Period | None) -> list[Figure]:
        """'Net interest margin was 3.41%, compared with 3.28% in the fourth quarter of 2023': a ratio or margin of
        the vocabulary stated as a level, and the level it is compared with when the sentence dates that one.
        Only the company's own: a term that a name or a place stands before ("Data Center gross margin") is not."""
        if PERCENT_LEVEL_RE is None or "%" not in text and "percent" not in text.lower():
            return []
        if a and _geo(para.text[:min(a, 60)]):
            return []  # "* U.S. net sales increased 3% .... Operating margin of 23.1% increased": the place's bullet
        out = []
        for m in PERCENT_LEVEL_RE.finditer(text):
            if not _COMPANY_LEVEL_LEAD.fullmatch(text[:m.start()]) or _geo(text[:m.start()]):
                continue
            if _PERCENT_OF.match(text, m.end()) and not RATIO_RE.match(text, m.start("p")):
                continue  # "Gross profit was 13.5% of total assets": a share of something, only "% of revenue" a margin
            term_end = m.end("term")  # "Gross margin for the fourth quarter of 2024 was 24.8%": its own period
            own = [s for s in periods if s.start >= term_end and s.kind not in COMPARED_ONLY
                   and not _compares(text[term_end:s.start])] + [s for s in periods if s.end <= m.start()]
            period = next((p for p in (self.periods.resolve(s, para_period) for s in own) if p), None) or para_period
            if period is None:
                continue
            qualifier = _qualifier(text[:m.start("term")], "", True)
            label = " ".join(m.group("term").split())
            fig = Figure(label=f"{label} ({qualifier})" if qualifier else label, value=float(m.group("p")),
                         unit="percent", period=period, line=0, quote="", source="narrative", qualifier=qualifier)
            fig.line, fig.quote = self._line_quote(para, a + m.start())
            out.append(fig)
            compared = PERCENT_COMPARED_RE.match(text[m.end():])
            after = [s for s in periods if compared and m.end() + compared.end() <= s.start <= m.end() + compared.end() + 12]
            earlier = self.periods.resolve(after[0], period) if after else None
            if earlier is not None and earlier != period and earlier.months == period.months:
                fig.comp_value, fig.comp_period = float(compared.group("p")), earlier
                out.append(replace(fig, value=float(compared.group("p")), period=earlier, comp_value=None, comp_period=None))
        return out

    def _same_store(self, para: Paragraph, a: int, text: str, periods: list[Span],
                    para_period: Period | None) -> Figure | None:
        """'Comparable store sales decreased 6.1%': a figure that is itself a change, stated as a percent."""
        m = SAME_STORE_RE.search(text)
        change = _change("", text[m.end():]) if m else None
        if m is None or change is None:
            return None
        period = self._change_period(text, m.start(), m.end(), periods, para_period)
        if period is None:
            return None
        fig = Figure(label=" ".join(m.group(0).split()), value=change, unit="percent", period=period, line=0,
                     quote="", source="narrative")
        fig.line, fig.quote = self._line_quote(para, a + m.start())
        return fig

    def _stated_change(self, para: Paragraph, a: int, text: str, periods: list[Span],
                       para_period: Period | None, term_starts: list[int] | None) -> Figure | None:
        """'Net income grew by 31% compared with the second quarter of last year': a change the
        release states without the amounts, kept as a change of that metric and period."""
        changes = list(CHANGE_RE.finditer(text))
        if len(changes) != 1:
            return None
        terms = _terms(_mask_parentheses(text), term_starts)
        if len(terms) != 1 or changes[0].start() < terms[0].end():
            return None
        term, change_m = terms[0], changes[0]
        if len(text[term.end():change_m.start()].split()) > 4 or CHANGE_BASIS_RE.match(text[change_m.end():]):
            return None  # the change of something else, or in constant currency / sequential
        if _qualified_term(text[:term.start()]):
            return None  # "Adjusted operating profit increased 9%", "A/M revenue increased 131%": not the metric
        if _geo(text[max(0, term.start() - 30):term.start()]) or a and _geo(para.text[:min(a, 60)]) \
                or _product(text[:term.end()], "", term.group(0), text[:term.start()]):
            return None  # "U.S. net sales increased 3%", "Concentrate case sales decreased 53%": a place's, a line's
        value = _change("", text[term.end():])
        period = self._change_period(text, term.start(), change_m.end(), periods, para_period)
        if value is None or period is None:
            return None
        fig = Figure(label=" ".join(term.group(0).split()), value=value, unit="percent", period=period, line=0,
                     quote="", source="narrative", qualifier="stated-change", change_pct=value)
        fig.line, fig.quote = self._line_quote(para, a + term.start())
        return fig

    def _change_period(self, text: str, term_start: int, change_end: int, periods: list[Span],
                       para_period: Period | None) -> Period | None:
        """The period of a change stated as a percent ("Same-property NOI increased 3.8% over the second quarter of
        2024"): a period the sentence names for the figure itself, never one it is compared with — that one is its
        base, and the change is of the same span a year later (the release's own) or of the release's period. A
        change compared with a span of the same length that is not a year before (the quarter before) is no
        year-over-year change: none."""
        periods = [s for s in periods if s.kind not in COMPARED_ONLY]
        own = [s for s in periods if s.start >= change_end and not _compares(text[change_end:s.start])]
        own += [s for s in periods if s.end <= term_start]
        period = next((p for p in (self.periods.resolve(s, para_period) for s in own) if p), None) \
            or self._a_year_after(text, change_end, periods, para_period) or para_period
        if period is None and _compares(text[change_end:]):
            period = self.periods.default_period  # compared with another period: the release's own
        base = next((s for s in periods if s.start >= change_end and _compares(text[change_end:s.start])), None)
        then = self.periods.resolve(base, para_period) if base is not None and period is not None else None
        if then is not None and period is not None and then.months == period.months and not then.is_instant \
                and then != period.shifted_years(-1):
            return None  # "increased 2.0% over the first quarter of 2025" in the second quarter's release: sequential
        return period

    def _a_year_after(self, text: str, start: int, periods: list[Span], para_period: Period | None) -> Period | None:
        """"Adjusted EBITDA decreased 6 percent compared to fourth quarter 2023" under a full-year heading: a
        change compared with a period is of the same span a year later, when that span ends with the
        release's own period (never a sequential comparison's) and is not the span the paragraph names."""
        compared = next((s for s in periods if s.start >= start and _compares(text[start:s.start])
                         and ";" not in text[start:s.start]), None)  # past a semicolon: the next clause's period
        # ("down 2.4% from $1.32 billion; the fourteenth week of fiscal 2023 contributed ..."), never the compared one's
        own = self.periods.default_period
        p = self.periods.resolve(compared, para_period) if compared is not None and own is not None else None
        if p is None or p.is_instant or (para_period is not None and p.months == para_period.months):
            return None
        later = p.shifted_years(1)
        return later if effective_month(later.end) == effective_month(own.end) else None

    def _period_lead_in(self, text: str, a: int, para_period: Period | None,
                        quotes: list[tuple[int, int]], periods: list[Span]) -> Period | None:
        """A sentence without figures can still say what the next ones are about ("In the fourth quarter, ...")."""
        if len(text) > 400 or _compares(text):
            return para_period  # a long sentence without amounts is prose, not a lead-in
        for span in periods:
            if not any(qa <= a + span.start < qb for qa, qb in quotes):
                period = self.periods.resolve(span, None)
                if period:
                    return period
        return para_period

    def _figure(self, c: "Context", pendings: list[Pending], owner: Pending | None,
                context_period: Period | None) -> Pending | None:
        if pendings and pendings[-1].range_high == c.m.start() and c.kind == "money":
            return self._range_high_end(c, pendings[-1])
        if c.kind == "money" and is_deal(c.text, c.m.start(), c.m.end()):
            return None  # "for net proceeds of approximately $228 million": a deal's size, no metric's figure
        if (both := _BOTH_AFTER.match(c.text, c.m.end())) and not any(c.m.end() < s.start < both.end() for s in c.periods):
            return None  # "were $4.8 million at both December 31, 2024 and 2023": one amount of two periods (or two
            # places) the period reader does not read, never a figure of the paragraph's or the release's period ("for
            # both the year ended December 31, 2024 and 2023": the first period read is the amount's)
        mains = [p for p in pendings if p.owner is None]
        if c.kind == "money" and owner is None and not mains and _prior_year_aside(c.text, c.m.start()):
            return None  # "Free cash flow is expected to be positive (previous year: EUR 33.3m)": the year before's
            # figure, set beside words that give none of the sentence's own period, never that period's (or outlook's)
        change_of: Pending | None = None  # the figure a change amount after its comparison is the change of
        share_label = ""
        prior = mains[-1] if mains else None
        phrase = PER_SHARE_RE.match(c.tail) if c.kind == "money" else None  # "per diluted share" after it
        per_share = c.kind == "money" and (bool(phrase) or c.m.group("cents") is not None)
        if c.kind == "money" and c.m.group("cents") is not None and not phrase \
                and not _EPS_BEFORE.search(c.span) and not self._cents_compared(c, pendings):
            return None
        start = c.m.start()
        lead = PER_SHARE_RE.match(c.span) if c.prev_end else None  # the amount before's "diluted earnings per
        floor = c.prev_end + (lead.end() if lead else 0)  # share" names that amount, never this one
        terms = [t for t in c.terms if t.start() >= floor and t.end() <= start
                 and len(c.masked[t.end():start].split()) <= TERM_REACH]
        if terms and (_TERM_OF_ANOTHER.search(c.masked[max(0, terms[-1].start() - 45):terms[-1].start()])
                      or _TERM_IMPACTED.search(c.masked[max(0, terms[-1].start() - 25):terms[-1].start()])):
            return None
        terms = [t for t in terms if not _TERM_AS_OBJECT.search(c.masked[max(0, t.start() - 25):t.start()])]
        if terms and c.prev_end and _OBJECT_OF_THE_AMOUNT_BEFORE.fullmatch(c.masked, c.prev_end, terms[0].start()) \
                and _AND_BETWEEN.search(c.masked, terms[0].end(), start) and not PER_SHARE_RE.match(c.tail):
            terms = terms[1:]  # "We originated $350 million of loans in the quarter, and $1.2 billion since inception":
            # "loans" is the amount before's own object, never the term of an amount after "and" (but "…, including $21
            # million in the fourth quarter", "…, or $1.83 per diluted share": the same thing's)
        if terms and _BEFORE_ITEMS.search(c.text, max(0, terms[-1].start() - 60), terms[-1].start()):
            return None  # "EBITDA, or earnings before interest, taxes, depreciation and amortization, was": the items
            # the measure leaves out, never its subject (read as depreciation)
        term_m = terms[-1] if terms else None
        if term_m is not None and _THROUGH_AFTER.match(c.text, c.m.end()) and _AND_ONLY.fullmatch(c.masked, term_m.end(), start):
            return None  # "returned $180.0 million through share repurchases and $112.4 million through dividends": the
            # amount says its own use after it; the term before 'and' is the amount before's
        if term_m is not None and (joined := _JOINED_SUBJECT_AFTER.match(c.masked, term_m.end())) \
                and joined.end() <= start and not any(term_m.end() < t.start() < joined.end() for t in c.terms):
            return None  # "cash and invested assets were $2.5 billion": a sum of the term and what the vocabulary
            # lacks, never the cash (a known term after "and" is a list, read as one)
        if term_m is not None and owner is None and _JOINED_BEFORE_TERM.fullmatch(_blank_periods(c, c.prev_end, term_m.start())) \
                and _JOINED_VERB_AFTER.match(_blank_periods(c, term_m.end(), start)) and "respectively" not in c.text.lower() \
                and not any(c.prev_end <= t.start() < term_m.start() for t in c.terms):
            return None  # "Undrawn credit lines and cash stood at $1.24 billion": the sum of the two the subject joins,
            # never the term's own figure (read as the cash)
        if term_m is not None and owner is None and _BY_ANOTHER.match(c.masked, term_m.end()):
            return None  # "Capital expenditures by the joint venture were $21 million": another entity's figure, never
            # the company's (a segment named after "generated by" is the segment's: _UNIT_AFTER_TERM)
        if term_m is not None and _PRETAX_AFTER.match(c.text, term_m.end()):
            return None  # "Earnings before taxes were $16.0 million": pre-tax earnings, never the term's own figure
            # (read as net income)
        term = term_m.group(0) if term_m else ""
        mark = _balance_mark_before(c.masked, term_m.start()) if term_m is not None and owner is None else None
        if mark is not None and term_m is not None and any(c.prev_end <= t.start() < mark.start() for t in c.terms) \
                and _AND_BEFORE_MARK.search(c.masked, max(c.prev_end, mark.start() - 8), mark.start()) \
                and _JOINED_VERB_AFTER.match(_blank_periods(c, term_m.end(), start)):
            return None  # "Cash and restricted cash totaled $15.7 million": the sum of the two accounts the subject
            # joins, never the marked account's own figure (read as the restricted cash)
        kind = _kind_mark_before(c.masked, term_m.start()) if term_m is not None and owner is None and mark is None \
            else None
        if kind is not None and term_m is not None and _RUNS_ON_AFTER.match(c.masked, term_m.end(), start):
            return None  # "other operating revenue and costs, of which €(124)m fine": the kind's printed name runs on
            # past the term (a sum), never the kind's figure
        mark = mark or kind
        if mark is not None:  # "Accrued expenses were $7.7 million": another account than the term's, read as printed
            term = f"{c.text[mark.start(1):mark.end(1)]} {term}"
        subject_end = mark.start(1) if mark is not None else term_m.start() if term_m is not None else 0
        part_of_list = False
        continued: Pending | None = None  # the figure before, of another period, whose term this amount goes on with
        flow = _flow_of_verb(c, self.issuer, self.issuer_name) if owner is None else ""
        if owner is None and not flow and term_m is not None and (whole := _TOTAL_DIVIDENDS.search(c.text, max(0, term_m.start() - 12),
                                                                                          start)) \
                and whole.start() < term_m.start() and c.kind == "money" and c.m.group("scale") and not PER_SHARE_RE.match(c.tail):
            flow = " ".join(whole.group(1).lower().split())  # "for total distributions of $15.7 million": the money the
            # period's dividends came to, a printed term (never dividends per share)
        dividend_after = False  # a dividend per share named after its amount
        if flow:  # "we repurchased $131 million of our shares": the verb names the amount, never a term around it
            term, term_m = flow, None
        elif owner is None and c.kind == "money" and (named := _DIVIDEND_NAMED_AFTER.match(c.tail)) \
                and _DECLARED_BEFORE.search(c.span):
            term, term_m = named.group(1), None  # "declared and paid a $0.16 per share cash dividend": the noun after it
            dividend_after = True
        elif c.kind == "money" and (term or not owner):
            after = TERM_AFTER_RE.match(c.tail)
            if after and _LIST_GOES_ON.match(c.tail[after.end():]):
                return None  # "$26.5 million in cash, restricted cash, and short-term deposits": a sum of several
            if after:  # "…forward equity, and $6.4 million of cash on hand": the term after it says what it is
                term, term_m = after.group(1), None
                part_of_list = bool(_INCLUDES_BEFORE.search(c.text[:start])
                                    and _RESTRICTED_AFTER.match(c.tail[after.end():]))
            elif _OF_ANOTHER_NOUN.match(c.tail) and not PER_SHARE_RE.match(c.tail):
                return None  # "$1.2 billion of unused borrowing capacity": not the term before it
            elif term_m is not None and _CHANGE_IN_WHAT_FOLLOWS.match(c.tail):
                return None  # "a $475,000 increase in other expenses, a $505,000 increase in occupancy and equipment
                # costs": the change of what follows it, never of the term before (the list's previous item)
        if owner is not None:
            term = term or owner.term
            comparative, primary = owner.comparative, owner.primary
        else:
            if self.compared_mains and c.kind == "money" and _THIS_COMPARES.match(c.text) and not _follow_on_plain(c):
                return None  # "This compares to $500 thousand for <period> at our peer banks": another figure
            prior = _compared_prior(c.span, mains) or prior  # "… corresponding to EPS of $0.12 …, compared to net
            # income of $7.2 million": the net income before it is the one compared, not the EPS between
            if prior is None and len(self.compared_mains) == 1 and not term and c.kind == "money" \
                    and not self.read_before_last and self.amounts_last == 1 and _THIS_COMPARES.fullmatch(c.span) \
                    and _dated_at_once(c) \
                    and _compared_phrase_fits(c, self.compared_mains[0]):
                prior = self.compared_mains[0]  # "... had $224.6 million of cash as of <date>. This compares to $206.4
                # million at the same time last year": the one figure of the sentence before, compared — only the one
                # figure of its paragraph so far (after "cash of $224.6 million. Free cash flow was $31.5 million." the
                # amount may be either's), and only when the phrase fits it: "at the same time last year" dates a
                # balance, "for the same period last year" a flow
            if prior is None and len(self.compared_mains) == 1 and term_m is None and not term and c.kind == "money" \
                    and self.compared_mains[0].figure.printed_term and _compares_its_printed_term(
                        c.span, self.compared_mains[0].term):
                prior = self.compared_mains[0]  # "The Company recorded a recovery of $150 thousand for <period>. This
                # compares to a recovery of $250 thousand for <period>": the one figure before, its own words again
            if prior is None and self.compared_mains and term_m is not None and c.kind == "money":
                same = [p for p in self.compared_mains if _same_head(term, p.term)]
                if len(same) == 1:  # "... was $60 million. This compares to adjusted income ... of $18 million last year"
                    prior = same[0]  # the one figure of the sentence before this sentence compares
            compare_m = _compare_marker(c.span, prior) or (prior is not None and prior in self.compared_mains) \
                or prior is not None and _level_than_a_dated_level(c)
            if compare_m and prior is not None and prior.figure.qualifier == "change" and prior.primary is None:
                prior = next((p for p in reversed(mains) if p.figure.qualifier != "change" and p.term == prior.term
                              and not p.comparative), prior)  # "was $12.0 million, up $3.2 million from $8.8 million":
                # the earlier figure compares with the level, never with its change
            if compare_m and prior is not None and prior.figure.qualifier == "change" and _level_than_a_dated_level(c):
                return None  # "growth was $1.5 million, higher than $1.0 million last year": the earlier period's
                # change, never its level (no level of the term is printed to compare it with)
            comparative, primary = compare_m, (prior.primary or prior) if compare_m and prior else None
            if comparative and primary is not None and primary.figure.printed_term and term_m is not None \
                    and mark is None and term != primary.term:
                return None  # "Non-performing loans totaled $4.8 million, or 1.58% of total loans, ..., compared to $5.1
                # million": the printed account's comparison, never a figure of the term said between
            if comparative and primary is not None and (other := _OTHER_BASIS_COMPARED.search(c.span[-60:])) \
                    and (other.group(1).lower() in ("non-gaap", "adjusted")) != bool(_NON_GAAP_BASIS.search(
                        primary.figure.qualifier)):
                return None  # "Non-GAAP net income was $14.0 million, compared with GAAP net income of $12.5 million":
                # the same quarter on another basis, never the figure a year before (stored as the year-ago one)
            last = pendings[-1] if pendings else None
            if compare_m and last is not None and last.owner is not None and last.figure.unit.endswith("/share") \
                    and c.kind == "money" and not c.m.group("scale") and not per_share \
                    and "," not in (c.m.group("num") or "") and len(c.m.group("num") or "") <= 3:
                # "$12.1 million, or $0.41 per diluted share, as compared to $0.29": the earlier per-share figure
                primary, per_share, phrase = last, True, None
                term = term or last.term
                share_label = last.figure.label
            elif comparative and primary is not None and primary.owner is None and primary.figure.unit.endswith("/share") \
                    and c.kind == "money" and not c.m.group("scale") and not per_share and c.m.group("cents") is None \
                    and "," not in (c.m.group("num") or "") and len(c.m.group("num") or "") <= 3:
                per_share = True  # "FFO of $0.74 per diluted share, compared with $0.71": the earlier figure of the
                share_label = primary.figure.label  # same per-share measure, never $0.71 of the measure's amount
            if not term and comparative and prior is not None:
                term = prior.term
            if not term and not comparative and prior is not None and _and_another_period(c, prior):
                term, continued = prior.term, prior  # "$649 million for the quarter and $2.4 billion for the year"
            elif not term and not comparative and prior is not None and (main := _main_again_after_compared(c, prior)):
                term, continued = main.term, main  # "G&A expenses were $14.6 million for the fourth quarter of 2024,
                # compared to $12.9 million for the fourth quarter of 2023, and $55.2 million for the year ended
                # December 31, 2024": the compared figure's own term again, of the period it names at once
            elif not term and not comparative and prior is not None and _and_another_period(c, prior, compared=True):
                term, comparative, primary = prior.term, True, prior.primary  # "versus $2.6 million last quarter and
                # $15.1 million a year ago": the same figure's second comparison, of the period it names
            if not term and prior is not None and FROM_TO_RE.search(c.span) and \
                    (_FROM_BEFORE.search(c.text[max(0, int(prior.figure.quote) - 12):int(prior.figure.quote)])
                     or prior.figure.qualifier == "change"):
                term = prior.term  # "narrowed from $5.1 million in 2018 to $3.4 million in 2019", "decreased $10.5
                # million, or 3.3%, to $301.7 million": both the metric (the second the level after the change)
            if not term and prior is not None and (_CHANGE_BEFORE.search(c.span[-40:]) or _prior_changes(c)) \
                    and not _CLAUSE_BREAK.search(c.span):
                term = prior.term  # "…, an increase of 7.2%, or $33.3 million": the change of the figure before
                if prior.comparative and prior.primary is not None and not prior.primary.comparative \
                        and not _CAUSE.search(c.span):  # ("... primarily due to a decrease of $6.3 million in ...": a part)
                    change_of = prior.primary  # "$12.1 million as compared to $11.5 million for the same period in
                    # 2023, an increase of $0.6 million": the change of the figure compared, of its period
        if not term and prior is not None and not comparative and owner is None and _AFTER_AN_ASIDE.fullmatch(c.span) \
                and _ASIDE_OPENED.search(c.text, c.text.rfind(prior.term, 0, int(prior.figure.quote)) + 1,
                                         int(prior.figure.quote)):
            term = prior.term  # "Net income, which was previously reported as $35.0 million, was $40.0 million": the
            # aside closed, the term's own verb and amount
        printed = bool(flow) or (mark is not None and term_m is not None)  # the term is a subject the vocabulary lacks,
        # read as printed (_printed_subject, a balance mark before a term)
        named_after = False  # ... named after its amount ("Excluding a $3.0 million impairment charge, ...")
        if not term and owner is None and not comparative and c.kind == "money":
            term = _printed_subject(c)
            if term and (expects := _EXPECTED_OBJECT.fullmatch(_blank_periods(
                    c, c.masked.rfind(";", c.prev_end, c.m.start()) + 1 or c.prev_end, c.m.start()))) is not None \
                    and not _company(expects, self.issuer, self.issuer_name):
                term = ""  # "Widgets Division expects 2025 order intake to be ...": a business line's outlook, not the company's
            printed = bool(term)
            part_named = printed and bool(c.prev_end) and term == _part_of_the_figure_before(c, c.m.start())
            if part_named and (prior is None or prior.comparative or "/" in prior.figure.unit
                               or prior.figure.unit in ("percent", "shares", "count")
                               or prior.figure.qualifier not in ("", "adjusted", "non-gaap")):
                return None  # the part of a change, of an outlook, of a per-share figure or of an earlier period's: of
                # which period, and whether a level or a change, is not plain ("EPS were $0.40 and included a gain on
                # sale of $0.05": a part per share, never $0.05 of money)
            named_after = part_named or printed and term == _named_after_amount(c, c.text[:c.m.start()])
        unit_priced = False  # ... a price or cost of one unit of what the company sells or makes ("$21.95 per ton")
        if not term and owner is None and not comparative and c.kind == "money" and not per_share:
            term = _unit_priced_subject(c)
            printed = unit_priced = bool(term)
        if not term:
            return None
        printed = printed or term in self.printed_terms or (  # its comparison, or its next period, keeps its printed
            comparative and prior is not None and prior.figure.printed_term and term == prior.term)  # term
        if printed and comparative and owner is None and not (prior in self.compared_mains and _compares_its_printed_term(
                c.span, term)) and not _PLAIN_COMPARISON.fullmatch(
                re.sub(rf"\b{re.escape(term)}(?:,\s+net)?\s+of\s+", "", _blank_periods(c, c.prev_end, start), count=1,
                       flags=re.I)):  # (", net of": "compared to financial expenses, net of $4.2 million")
            return None  # "... were $40 thousand compared to net charge-offs of $212 thousand": another figure's (its
            # own words again are no other noun: "compared to net recoveries of $17 thousand")
        if term_m is not None and EPS_TERM.search(term) and not _SHARE_BASIS_WORD.search(term) \
                and (after_basis := _EPS_BASIS_AFTER.match(c.masked[term_m.end():start])
                     or _EPS_BASIS_BEFORE.search(c.masked, max(0, term_m.start() - 40), term_m.start())):
            term = f"{' '.join(after_basis.group(1).lower().split())} {term}"  # "Adjusted EPS, basic of $0.12": the
            # basic figure; "Diluted net income per share was $0.41": the diluted one
        if c.kind == "money" and EPS_TERM.search(term) and not c.m.group("scale"):
            per_share = True
        elif c.kind == "money" and (share_words := _PER_SHARE_AFTER_TERM.match(c.masked[term_m.end():start] if term_m else "")):
            if c.m.group("scale"):
                return None  # "FFO per share ... $1.2 million": no per-share amount, and not the term's either
            per_share = True  # "FFO per diluted share was", "AFFO ("adjusted funds ...") per share increased 5% to"
            basis = re.search(r"\b(?:diluted|basic)\b", share_words.group(0), re.I)
            term = f"{term} per {basis.group(0).lower()} share" if basis else f"{term} per share"
        if c.kind == "money" and not per_share and not flow and _DIVIDEND_TERM.search(term) \
                and (unit_m := _PER_PARTNERSHIP_UNIT.match(c.tail)):
            per_share, phrase = True, unit_m  # "distributions of $1.20 per common unit": a partnership's share (a unit of
            # any other thing, "per ton", never)
        coming = self._declared_quarter(c) if per_share and not flow and owner is None and _DIVIDEND_TERM.search(term) else None
        headed = per_share and owner is None and bool(_DECLARED_LEAD.match(c.text)) and not _PAYABLE_ON.search(c.text) \
            and "record" not in c.text and context_period is not None and context_period.months >= 12 \
            and self._headed_flow(c, context_period)  # "* Declared dividends of $3.00 per share" under a year's heading
        if not flow and _DIVIDEND_TERM.search(term) and (not (per_share and (c.periods or coming or headed))
                                                         or _FROM_BEFORE.search(c.span)) \
                or term_m is not None and (other := _NOT_THE_PERIODS_DIVIDEND.search(
                    c.text[max(0, term_m.start() - 40):term_m.start()])) \
                and not (other.group(0).lower().startswith("monthly") and _TOTALLING.fullmatch(c.text, term_m.end(), start)) \
                and not (coming is not None and next_of_a_payment(other.group(0))):  # ("will pay its next quarterly
            # cash dividend of $0.04 per share on <a date of the coming quarter>": that quarter's, narrative_dividends.py)
            return None  # a dividend is read per share, in a sentence that names its period, never a monthly one
            # (but "declared monthly cash dividends totaling $3.00 per common share" for the twelve months: their sum)
        if _DIVIDEND_TERM.search(term) and (_NOT_THE_PERIODS_DIVIDEND_AFTER.match(c.text, c.m.end())
                                            or _NOT_DECLARED.search(c.text)
                                            or _CLASS_WORD.search(c.text) and len(_PER_SHARE_AMOUNT.findall(c.text)) > 1):
            return None  # the class, holders or kind named after the amount ("per share on its Series A Preferred
            # Stock", "to noncontrolling interest holders"), or a dividend only intended: never the period's own
        if term_m is not None and owner is None and _PER_OTHER_UNIT.match(c.text[term_m.end():start]):
            return None  # "gross profit per ton increased 12 percent to $7.92": a measure per unit, not the term
        if term_m is not None and owner is None and _MEASURE_OF_BEFORE.search(c.text, max(0, term_m.start() - 40),
                                                                              term_m.start()):
            return None  # "The average cost of deposits was $2.1 million": the cost (a rate, a yield) of the term,
            # never the term's own figure
        if term_m is not None and owner is None and primary is None and _PRIOR_YEARS_SUBJECT.search(
                c.text, max(c.prev_end, term_m.start() - 60), term_m.start()):
            return None  # "Furthermore, the prior year's contracted backlog was $1.1 billion": a year before's figure,
            # of a span (or date) the words do not say: never the release's own
        if term_m is not None and owner is None and "respectively" not in c.text.lower() \
                and _LISTED_BEFORE_TERM.search(_blank_periods(c, c.prev_end, subject_end)):
            return None  # "Net earned premiums, fees and other income totaled $2.99 billion": the sum of the list, never
            # its last item's figure (a list "respectively" pairs with as many amounts is read item by item)
        if term_m is not None and owner is None and _SUMMED_WITH.match(c.masked, term_m.end()) \
                and not _SUMMED_WITH.match(c.masked, term_m.end()).group(1).lower().startswith(("per", "diluted", "basic")):
            return None  # "Cash and cash equivalents, short-term and long-term deposits, and marketable securities ...
            # were $501.2 million": the sum of several, never the last one named ("deposits")
        if term_m is not None and owner is None and _NEW_SUBJECT.search(c.text[term_m.end():start]):
            return None  # "After adjusting for revenues ..., the adjusted gain for 2003 was $83 million": the gain's
        if term_m is not None and owner is None and len(c.masked[term_m.end():start].split()) > 8 \
                and _NOUN_OF_BEFORE.search(c.masked[term_m.end():start]):
            return None  # "favorable sales mix, ... and favorable changes in our ... derivative positions of $23.3
            # million": the amount is the noun's right before it, the term is far back
        if term_m is not None and _AMOUNT_OF_ANOTHER.search(c.text[term_m.end():start]):
            return None  # "revenues were generated from a project ... in the amount of $60,000": that project's
        high = None
        if c.kind == "money" and (_RANGE_AFTER.match(c.text, c.m.end()) and _opens_range(c.span)
                                  or _BETWEEN_LOW.search(c.text, 0, start)):
            high = _range_high(c.text, c.m)  # "expects revenue of $3.47 billion to $3.52 billion for 2025": an
            if high is None or not (_outlook_range(c, start) or self.under_outlook and not _earlier_range(c.span)):
                return None  # "$3.39 to $3.44 per share", "between $700 million and $750 million": a range, no figure
        elif _RANGE_BETWEEN.fullmatch(c.span) and _opens_range(c.text[max(0, c.prev_end - 60):c.prev_end].rsplit("$", 1)[0]) \
                or _BETWEEN_BEFORE.search(c.text, 0, start):
            return None
        if _BY_AN_END.match(c.tail):
            return None  # "to reduce total debt to $700 million by the end of the year": a target to reach, no level
        if _SWING_BEFORE.search(c.span[-60:]):
            return None  # "an operating earnings turnaround of about $1.3 million": the distance from a loss to a profit,
            # neither the level nor a change the store keeps
        if BOUND_BEFORE.search(c.span[-25:]) or BOUND_AFTER.match(c.tail):
            return None  # "invoiced for an amount in excess of $1 million": a bound, not a figure
        if term_m is not None and (holders := _ATTRIBUTED_TO.match(c.text, term_m.end(), start)):
            term = f"{term} {' '.join(holders.group(0).split())}"
        if c.kind == "money" and _PER_ANOTHER_UNIT.match(c.tail) and not (phrase and phrase.re is _PER_PARTNERSHIP_UNIT) \
                and not unit_priced:
            return None  # "$0.46 per fully diluted ADS", "$1.68 per lb": per some other unit, not per share
        if owner is None and not self.under_segment and _SEGMENTS_OWN.search(c.text, 0, start):
            self.subject_not_read = True
            return None  # "This segment's Adjusted EBITDA ... represented a loss of $2.5 million": which segment?
        business = _FROM_A_BUSINESS.match(c.text[term_m.end():start]) if term_m is not None else None
        if term_m is not None and owner is None and not business \
                and _unread_subject(c.text[term_m.end():start], self.under_segment):
            self.subject_not_read = True
            return None  # "Revenue in Xanadu was $5.0 million": about a subject not read, never the total
        geo = c.place_within(c.prev_end, start) or \
            (c.place_within(c.m.end(), min(c.m.end() + 40, c.window_end)) if not term_m else "")
        if any(c.prev_end <= s < start + 40 and _PLACE_SET_APART.search(c.text, max(0, s - 25), s)
               for s, _, place in c.places):
            return None  # "Revenue from outside North America was $12.0 million": of everywhere but the place named,
            # never the place's figure (nor the company's)
        if term_m is not None and _TERM_OF_A_LONGER_NOUN.match(c.masked, term_m.end()):
            return None  # "sales and repayments of investments totaled $353.7 million": the term is one noun of a longer
            # one the vocabulary does not name (a flow of investments), never the sales figure
        product = _product(c.span, c.m.group(0), term, c.masked[c.prev_end:subject_end] if term_m else "")
        if term_m is not None and _IN_THE_WHOLE.search(c.masked, c.prev_end, term_m.start()) \
                and _SUBJECTS_VERB_AFTER.match(c.tail) and TERM_RE.search(c.masked, c.prev_end, term_m.start()):
            return None  # "Operating income included in revenue of $3.0 million was lower": the amount is the subject's
            # (a part, said before "included in"), never the whole's ("Amortization of $4.7 million is included in
            # expense of $32.5 million": the part's own amount said, the whole's after it)
        if _VERB_FORM.fullmatch(product):
            return None  # "reflecting sales of $12.0 million": a verb's object, whose figure it is the words do not say
        if term_m is None and owner is None and not product and c.kind == "money" \
                and (named_line := self._named_subject_before(c, start)) is not None:
            if not named_line:
                self.subject_not_read = True
                return None  # "This unit reports $21.0 million of revenue": which business's, the words do not say
            product = named_line  # "Industrial Widgets reports $31.0 million of revenue for the fourth quarter": that business
            # line's, stored with it (never the company's total)
        if term_m is not None and not product and _SALES_OR_REVENUE.search(term) \
                and (source_m := _REVENUE_FROM.match(c.text[term_m.end():start])):
            product = _owner_named(source_m.group(1))
        if term_m is not None and not product and not geo and not business \
                and (part := _PART_OF_AFTER_TERM.match(c.text, term_m.end(), start)) and _names_a_part(part.group(1)):
            self.subject_not_read = True
            return None  # "Revenues of our broadband activities stood at": that part's, never the company's total
        if term_m is not None and not product and not geo and not business \
                and (unit := _UNIT_BEFORE_TERM.search(c.text, max(c.prev_end, term_m.start() - 80), term_m.start())
                     or (_UNIT_SUBJECT.fullmatch(c.text, 0, term_m.start()) if c.prev_end == 0 else None)
                     or _UNIT_AFTER_TERM.match(c.text, term_m.end(), start) or _UNIT_AFTER_TERM.match(c.tail)
                     or _unit_lead_in(c.text, term_m.start())):
            name = _UNIT_LEAD.sub("", unit.group(1) or "").strip()
            name = "" if _POSSESSIVE_END.search(name) else name  # "the Company's segments": whose, never which
            if unit.re is _UNIT_SUBJECT and name and self.issuer is not None \
                    and all(self._issuer_word(_POSSESSIVE.sub("", x.strip(".,")).lower()) for x in name.split()):
                self.subject_not_read = True  # "The Acme Medical division generated revenue of": a division named as
                return None  # the company is, never the company's total (stored as a product, the name would be dropped)
            if (not name and not self.under_segment) or name and not all(w[0].isupper() for w in name.split()):
                # "in the industrial segment": a name? ("in the segment" under a business line's heading is that one's)
                self.subject_not_read = True
                return None  # "Segment operating income was": the segments' sum, never the company's figure
            product = " ".join(name.split()) or product  # "Industrial segment operating income", "... net sales", "operating
            # income attributable to the Industrial segment", "In the Industrial segment, operating income was", "$2.6
            # million in the Industrial segment": the segment's (only sales and revenue read a business line's name)
        if business and not product:
            product = " ".join(business.group(1).split())  # "Adjusted EBITDA from Lakeside operations was": theirs
            product = product if _owner_named(product) else ""  # "from the US segment": the place's, read as its place
        if term_m is not None and not product and not geo and not term.isupper() \
                and (initials := _TERM_INITIALS.search(c.text[max(0, term_m.start() - 14):term_m.start()])) \
                and not _names_the_whole(initials.group(0).strip(" -/")):  # "IFRS operating income": a basis
            product = initials.group(0).strip(" -/")  # "ATM cash was $643.8 million": a line of business's
        if term_m is not None and not product and not geo and not _SALES_OR_REVENUE.search(term):
            product = _business_before(c.masked[c.prev_end:subject_end], term)  # "Widgets operating income"
            if product and product.islower() and _BARE_INCOME.fullmatch(term) \
                    and _TOTAL_OF_A_KIND.search(c.masked, max(0, term_m.start() - 60), term_m.start()):
                return None  # "Total investment income of $61.4 million": the total of a kind of income the
                # vocabulary lacks, never the income of a business named "investment" (nor the company's net income)
            if product and kind is not None and product.islower():
                return None  # "acquisition related and other expenses": the printed name runs on before the kind (a
                # business's name is capitalised: "Widgets other revenue", that business's other revenue)
        source = owner or (prior if (comparative or not term_m) else None)
        if source is not None and source.product and not product \
                and _ANOTHER_SUBJECT.search(c.text, max(0, source.figure_end), c.m.start()):
            self.subject_not_read = True  # "Widgets reported $44.0 million of net sales, compared with total Company
            return None  # net sales of $140.0 million": the company's, never the business's (nor surely of a period)
        if source is not None:
            geo, product = geo or source.geo, product or source.product
        elif prior is not None and not product and _same_head(term, prior.term) and _WITH_OR_AND.search(c.span) \
                and not _WHOLE_TERM.match(term):  # "Widget revenue was $5.0 million and total revenue was": the company's
            product = prior.product
        elif prior is not None and not product and not geo and (prior.product or prior.geo) and term_m is not None \
                and _AND_THEN_TERM.fullmatch(c.text[prior.figure_end:term_m.start()]) and not _WHOLE_TERM.match(term):
            self.subject_not_read = True  # "Cement revenues decreased 24 percent to $261 million and gross profit
            return None  # decreased 36 percent to $68 million": the cement business's gross profit, not the company's
        if term_m is not None and owner is None and not product \
                and (holder := _possessor(c.text[max(0, term_m.start() - 80):term_m.start()], self.issuer,
                                          self.issuer_name)):
            if not (GEO_RE.fullmatch(holder) or _geo(holder)):
                product = holder  # "The Devices segment's operating income was": the segment's, never the company's
            elif not geo:
                self.subject_not_read = True  # a place's, which place is not read
                return None
        if _EXCLUDED_AMOUNT.search(c.span[-60:]) and not named_after:
            return None  # "Free cash flow, excluding the €124m fine, was": an item left out, no part of the figure
        if owner is None and primary is None and c.kind == "money" and (share := _SHARE_OF_A_PERIOD.match(c.text, c.m.end())) \
                and c.periods and all(s.start >= share.start(1) for s in c.periods):
            return None  # "closed $17.5 million in sales, representing approximately 75% of sales in 2024": the year is
            # the whole the amount is a share of, never the amount's own period (which the sentence leaves unsaid)
        period = owner.figure.period if owner else self._period_for(c, primary, context_period)
        if coming is not None and primary is None:
            period = coming  # "declared a quarterly cash dividend of $0.47 per share, payable on March 14, 2025" in the
            # release of the quarter before: the dividend of the quarter it is declared and paid in
        if owner is None and term_m is not None and period is not None and period.months not in (0, 3) \
                and _QUARTERLY_BEFORE.search(c.text, max(0, term_m.start() - 30), term_m.start()):
            return None  # "Quarterly revenue reached a record $25.0 million" under "Full Year 2024 Highlights",
            # "Quarterly revenue grew 10% to $25.0 million in 2024": a quarter's figure, never the year's
        if owner is None and (unread := _UNREAD_PERIOD.search(c.text)) \
                and not any(s.start < unread.end() and unread.start() < s.end for s in c.periods):
            return None  # "For the 12M 24' period our net income was": a period named that is not read, never the
            # paragraph's or the release's own
        if owner is None and primary is None and not comparative and self._contrast_after_two_periods(c):
            return None  # "Net income was $6.0 million in Q4 2024, compared to Q4 2023, whereas net loss was $1.0
            # million": which of the two periods the contrasting clause speaks of is not said
        if change_of is not None and not any(c.m.end() <= s.start < c.window_end for s in c.periods):
            period = change_of.figure.period
        if printed and owner is None and primary is None and flow and self._flow_period_unsure(c):
            return None
        if printed and owner is None and primary is None and kind is None:  # (a kind of a term: dated as the term)
            period = self._printed_period(c, period) or (period if flow and self._headed_flow(c, period) else None) \
                or self._headed_flow_period(c, term) or self._marked_balance_period(c, mark, term_m, period)
            if period is None or flow and not period.months:
                return None  # a subject the vocabulary lacks may be a balance or a flow: only a period its sentence
                # names dates it ("as of December 31, 2024" a balance, "for the quarter ended ..." a flow), never the release's
        if period is None or continued is not None and period == continued.figure.period:
            return None  # two amounts of one term and one period in a sentence: which is it? Neither
        if comparative and primary is not None and owner is None and not (
                period.end < primary.figure.period.end and period.months == primary.figure.period.months) \
                and not any(c.m.end() <= s.start < c.window_end for s in c.periods):
            return None  # a comparison dated by no period of its own is of an earlier span as long as its figure's
            # ("$649 million for the quarter and $2.4 billion for the year, compared with $500 million and ...": never
            # the year's); one that names its own period is that period's (and its comparison set aside: doubts.py)
        if comparative and primary is not None and owner is None and period.months != primary.figure.period.months \
                and period.months and primary.figure.period.months:
            return None  # "$2.1 million for the six months ..., compared to $26.8 million for the three months ...": a
            # comparison states its figure's counterpart, so a span of another length says one of the two is misprinted,
            # and which one the sentence cannot tell: neither span is trusted for the compared amount (a balance at a date
            # compared with is read as such: the rules of balances decide)
        if period is not None and period.is_instant and is_flow_label(term) and any(s.kind == "own_end" for s in c.periods):
            return None  # "ended the year with record revenue of $400 million": a flow has no level at an end
        whole_year = owner is None and primary is None and self._whole_year_outlook(c, period, start)
        if whole_year and (fy := self.periods.default_fy) is not None:
            period = Period(month_end(fy, self.periods.fye), 12)  # the year's outlook, never its span
        if owner is None and primary is None and not whole_year and self._past_year_alone(c, period, start):
            return None  # "In 2023, revenue was $180.0 million." in a second quarter's release: the year's, or its
            # second quarter's? The bare year is the release's span only where it sets one figure against another
        outlook = not c.periods and self._outlook_bullet(period, context_period, primary)  # a bullet naming a period
        # of its own is dated by it alone ("in the second half of 2025" under "for fiscal year 2025:")
        if high is not None and not (outlook or whole_year or self._outlook_period(c, period)):
            return None  # an outlook's range is of a period to come that its sentence (or lead-in) names
        if primary is None and owner is None and not flow and coming is None and not headed and _DIVIDEND_TERM.search(term) \
                and all(self.periods.resolve(s, None) != period for s in c.periods if c.prev_end <= s.start < c.window_end):
            return None  # "declared a quarterly dividend of $0.26 per share, payable ...": declared for which period? Its
            # own clause must say ("... totaling $3.00 for the year, over the dividends of $2.919": not the year's)
        if _DIVIDEND_TERM.search(term) and period is not None and period.months > 3 \
                and (each := _QUARTERLY.search(c.text, c.prev_end, c.window_end)) \
                and not (each.end() <= c.m.start() and _TOTALLING.search(c.text, each.end(), c.m.start())):
            return None  # "A cash dividend of $0.44 per share was declared and paid on the respective quarterly record
            # dates throughout the year ended ...": each quarter's dividend, never the year's (their sum); "quarterly
            # dividends totaling $1.00 per share in 2024" is their sum, the year's
        if high is not None and not per_share and (phrase := PER_SHARE_RE.match(c.text[high.end():])):
            per_share = True  # "$3.33 to $3.38 per share": the high end says per share for both
        value, unit = self._value(c.kind, c.m, term, per_share, c.span)
        if value is None:
            return None
        if comparative and primary is not None and _scale_left_out(c, primary, per_share):
            return None  # "\u20ac(297.2)m (vs. \u20ac(274.2) in 2023)": the comparison printed without the scale of the
            # figure it compares with; -274.2 euros is no figure of the release, and its scale is not said
        if high is not None and not c.m.group("scale") and not c.m.group("cents") and high.group("scale"):
            value = self._value(c.kind, c.m, term, per_share, c.span, high.group("scale"))[0]  # "$2,900 to $3,050 million"
            if value is None:
                return None
        share_phrase = phrase.group(0).strip(" )") if phrase else ""
        if (basis_first := _BASIS_BEFORE_PER.match(share_phrase)):  # "$0.05 basic and diluted per share"
            share_phrase = f"per {' '.join(basis_first.group(1).split())} share"
        if per_share and (basis := _SHARE_BASIS.match(c.tail[phrase.end():] if phrase else c.tail)):
            share_phrase = f"per {(basis.group(1) or basis.group(2)).lower()} share"  # "$0.88 per share on a diluted basis"
        label = _label(term, per_share, c.kind, share_phrase)
        if share_label and primary is not None and primary.figure.unit.endswith("/share"):
            label = share_label.split(" (")[0]
        if (basis_text := _basis_text(c, term_m, start)) is None:
            return None
        qualifier = _qualifier(basis_text, "" if printed and _name_goes_on(c, term) else c.chain_tail, c.qualifier_words)
        # (a printed object's name that goes on after its amount: "related to the closure" names it, no part of it)
        if phrase and phrase.group("basis") and qualifier in ("", "adjusted", "non-gaap"):
            qualifier = phrase.group("basis").lower()  # "($0.04 adjusted earnings per share)": its own basis
        if _INCLUDE_BEFORE.search(c.span):
            qualifier = "included"  # "results include $0.39 per share of losses", "contributing $10.7 million in
            # operating income": a part, whatever the basis
        if part_of_list and not qualifier:
            qualifier = "included"
        if whole_year and high is None and not _GUIDANCE_QUALIFIER.search(qualifier):
            return None  # a figure of the year named bare that is no outlook: the release's span of it, or not read
        own_sign = 0
        if term_m is not None and _OWN_BY.fullmatch(c.text, term_m.end(), start) \
                and (effect := _EFFECT_ON.search(c.text, max(0, term_m.start() - 40), term_m.start())) \
                and _OWN_DOING.search(c.text, max(0, effect.start() - 40), effect.start()):
            qualifier = "change"  # "the Company reduced its total debt by approximately $37 million": its own figure
            own_sign = -1 if _DOWN_VERB.match(effect.group(0)) else 1  # changed, by so much, never its level
        elif term_m is not None and _OWN_BY.fullmatch(c.text, term_m.end(), start) \
                and _EFFECT_ON.search(c.text, max(0, term_m.start() - 40), term_m.start()):
            qualifier = "included"  # "which had the net effect of increasing earnings by $4 million", "reduced net income
            # by $2.1 million": an item's effect on the term, never the term's change from a year before
        after_term = c.text[term_m.end():start] if term_m else ""
        if term_m is not None and qualifier != "included" and (
                _included_object(c, term_m) or _DISCONTINUED.search(after_term)):
            qualifier = "included"  # "Net income includes operating income from the new plant of $3.0 million", "revenue
            # from discontinued operations was $3.0 million": a part of a figure, never the figure itself
        if not (dividend_after or named_after) and ((inc := INCLUDED_RE.search(after_term)) and not _OWN_VERB_AFTER.search(after_term, inc.end()) or (not qualifier or _NOUN_AFTER.match(c.tail) and not TERM_RE.match(
                c.tail.lstrip())) and _ARTICLE_BEFORE.search(c.span) and not _CHANGE_NOUN_AFTER.match(c.tail)):
            qualifier = "included"  # "net income included a $0.9 million credit": not the net income, on any basis
            # ("The operating profit outlook includes a projected headwind of $8 million": no outlook of it either)
        if _ANOTHER_PERIOD_INCLUDED.search(c.span):
            return None  # "Gross margin rose as the prior quarter included a $4.5 million charge": a part of another
            # period than the sentence's, which no period phrase here dates (never the sentence's own period's part)
        if named_after:
            qualifier = ""  # the item's own figure under its own name: no part nor basis of another
        if qualifier != "included" and c.kind == "money" and owner is None and primary is None \
                and _CHANGED_TERM_BEFORE.search(c.span[-80:]) and not _CHANGE_IN_BEFORE.search(c.span[-100:]) \
                and not _compares(c.tail[:40]):
            return None  # "increased depreciation and amortization expense of $31.8 million": a change or a level?
            # (a level set against an earlier one is plain: "Higher depreciation of EUR433.7 million versus EUR316.1 million")
        opened = (c.m.groupdict().get("neg") or "").strip("-")  # "grew 12% ($4.3 million)": the "(" is the amount's
        if qualifier != "included" and (_BY_BEFORE.search(c.span) or _CHANGE_BEFORE.search(c.span[-40:] + opened)
                                        or _CHANGE_IN_BEFORE.search(c.span[-100:])
                                        or (_CHANGE_AFTER.match(c.tail) or _CHANGE_NOUN.match(after_term)
                                            and _SET_AGAINST_AFTER.match(c.tail)) and not (
                                            _level_than_an_amount(c) and not _CHANGE_NOUN.match(after_term))):
            qualifier = "change"  # "reduced earnings by $37 million", "decreased $10.5 million", "$1.8 million
            # higher": an amount of change, not the level — on any basis ("Adjusted net income increased $1.9
            # million to $33.6 million": the change is never the adjusted figure)
        if qualifier == "change" and c.kind == "money" and not per_share and not c.m.group("scale") \
                and not c.m.group("cents") and abs(value) < 1000 \
                and any(p.figure.unit == unit and abs(p.figure.value) >= 1e5 for p in pendings):
            return None  # "$3.9 million, a $0.4 decrease from $4.3 million": the change printed without the scale
            # of the figure it changes; 60 cents is no change the release states, and its scale is not said
        if qualifier == "change" and (sign := _change_sign(c, term) or own_sign):
            value = sign * abs(value)  # a decrease is a negative change, of a loss too when the loss grew
        if not qualifier and term_m is not None and (basis := _BASIS_IN_PARENTHESES.search(
                c.text[max(0, term_m.start() - 40):term_m.start()])):
            qualifier = " ".join(basis.group(1).lower().split())  # "Underlying (Non-GAAP) diluted EPS": masked, still said
        if not qualifier and term_m is not None and (modifier := _TERM_MODIFIER.search(
                c.text[max(0, term_m.start() - 25):term_m.start()])) and (per_share or not modifier.group(2)):
            qualifier = (modifier.group(1) or modifier.group(2)).lower()  # "core earnings per share": not EPS
        if per_share and _PER_SHARE_FROM_OPERATIONS.match(c.tail):
            label_suffix = " from continuing operations"
        else:
            label_suffix = ""
        label += label_suffix
        if continued is not None:
            qualifier = continued.figure.qualifier  # the term's own basis ("Distributable earnings were ... and $2.4 billion")
        qualifier = qualifier or self.inherited_qualifier or (owner.figure.qualifier if owner else "") \
            or (primary.figure.qualifier if comparative and primary is not None and primary.figure.qualifier != "change"
                else "")  # "recurring net income of €662.3 million (vs €823.3 million)": the same basis
        if printed and kind is None and qualifier not in ("", "change", "adjusted", "non-gaap") and owner is None \
                and not (_OUTLOOK_WORDS.fullmatch(qualifier) and self._outlook_period(c, period)):
            return None  # a printed subject's amount that is a part of it or an item of it: no figure of it (its outlook
            # of a period to come its own sentence names is: "Capitalized interest is expected to be $25 million for 2026")
        if high is not None:  # the ends of an outlook's range, its basis kept ("non-GAAP, guidance low")
            basis = _RANGE_BASIS.search(c.masked[max(0, (term_m.start() if term_m else start) - 30):start])
            qualifier = f"{basis.group(0).lower()}, guidance low" if basis else "guidance low"
        elif outlook and qualifier not in ("change", "included") and term_m is not None \
                and _BULLET_SUBJECT_LEAD.fullmatch(c.masked[:term_m.start()]):  # "* Free cash flow of approximately $300
            # million" (the bullet's subject; never "other income and expense are expected to be an income of $500 million")
            qualifier = f"{qualifier}, guidance" if qualifier and not _OUTLOOK_WORDS.fullmatch(qualifier) else "guidance"
        elif _OUTLOOK_WORDS.fullmatch(qualifier) and self.periods.default_period is not None \
                and period.end > self.periods.default_period.end:
            qualifier = "guidance"  # "revenue is expected to be $1.5 billion" for a period to come is its guidance,
            # labelled as the store reads guidance ("revenue (guidance)"), never a measure named "revenue (expect)"
            # (of a period over, "net income exceeded our outlook at $32 billion", the words are left as printed)
        if _ANOTHER_ENTITYS.search(c.text, 0, c.m.start()):
            return None  # "its acquisition of Acme Pty Ltd, which reported revenue of A$80 million": the other's figure
        if qualifier and ("guidance" in qualifier or _OUTLOOK_WORDS.search(qualifier)) and _INCREMENT.search(c.text):
            return None  # "the acquisition is expected to add $120 million of revenue in 2026": an increment to come,
            # never the company's outlook of the whole
        if dividend_after and (qualifier or not period.months):
            return None  # "declared and paid a $0.16 per share cash dividend to holders of record as of <date>": the
            # dividend of the span its sentence names, never a date's nor a part of another figure
        if qualifier:
            label = f"{label} ({qualifier})"
        fig = Figure(label=label, value=value, unit=unit, period=period, line=0, quote=str(c.m.start()),
                     source="narrative", segment=_segment(geo, product), geo=geo, product=product, qualifier=qualifier,
                     **({**_printed_marks(c.m), "digits": _printed_digits(c.m)} if c.kind == "money" else {}))
        if printed:
            fig.printed_term = True  # knowledge/ keeps it under its printed label, never a metric of the vocabulary
            self.printed_terms.add(term)
        if term_m is not None and (whose := _whose_by_words(c.text, term_m)):
            self.bullet_exempt[id(fig)] = whose
        pend = Pending(fig, term, geo, product, comparative, primary, owner, high.start() if high is not None else -1,
                       c.m.end())
        if qualifier == "change" and owner is None and (base := self._change_base(c, period))[0]:
            if period.is_instant and base[1] is not None and base[1].is_instant and base[1].end < period.end:
                fig.comp_period = base[1]  # "Net loans decreased $10.5 million to $301.7 million at June 30 compared
                # to $312.2 million at December 31": a balance's change since the date it names, kept with that date
            elif base[1] is not None and not period.is_instant and base[1].months == period.months \
                    and base[1].end < period.end:
                fig.comp_period = base[1]  # "Gross profit of $405 million was $51 million lower than Q3 2024": a flow's
                # change from an earlier span of its length the sentence names, kept with that span (answered only as
                # the change from it: chat/handlers/change.py matches the base asked)
            else:  # "up $0.12 from the prior quarter" (a quarter the reader did not date): a change from another
                pend.stored = False  # period than a year before, which a change of the figure's period is not
        if qualifier == "change" and owner is None and primary is None and self._stale_context(c, period, context_period):
            pend.stored = False  # "Revenue was $30.0 million in the third quarter of 2023. Net income was $5.2 million
            # higher than the prior year": a change is of the release's own period, never the earlier one spoken of
        if high is not None:
            return pend  # a range states no change of its own
        if owner is None:
            target = primary or pend
            rest = c.text[c.window_end:]  # the changes are read in chain_tail; what they compare with may follow
            change = next((pct for pct, after in _changes("" if comparative else c.span, c.chain_tail, target.term)
                           if not self._not_a_year_before(after + rest, target.figure.period)), None)
            if change is not None and unit != "percent" and target.figure.change_pct is None:
                target.figure.change_pct = _as_change_of_income(change, target.term, c.chain_tail,
                                                                term if comparative and primary is not None else "")
            if unit != "percent" and not comparative and not qualifier and target.figure.period.months == 3 \
                    and (seq := _sequential_change(c.chain_tail)) is not None:
                target.figure.seq_change_pct = _as_change_of_income(seq, target.term, c.chain_tail)
        if primary is not None and primary.figure.unit == unit and primary.figure.comp_value is None \
                and primary.figure.qualifier != "change":  # a change has no earlier value of its own
            primary.figure.comp_value = value
            primary.figure.comp_period = period
            primary.figure.comp_digits = fig.digits
        return pend

    def _part_changes(self, parts: list[tuple[re.Match, str, int]], cause: re.Match,
                      pendings: list[Pending], text: str) -> list[Pending]:
        """The changes a cause lists ("Net loans decreased $8.2 million ... primarily due to a decrease of $4.1 million
        in residential mortgage loans and an increase of $2.4 million in construction loans"): each a change of its own
        printed words (Figure.printed_term: never the changed figure's metric), signed, for the period and since the
        date of the change read before the cause (or by the sentence right before, when this one opens on that change:
        _change_before). None read when no change was read before it: of which period, and since when, is then not
        said."""
        changed = next((p for p in reversed(pendings) if p.owner is None and p.stored and p.figure.qualifier == "change"
                        and int(p.figure.quote) < cause.start()), None)
        if changed is None:
            changed = self._change_before(text)  # "... decreased $10.2 million ... . The decrease was due to ..."
        if changed is None:
            return []
        out = []
        for m, label, sign in parts:
            value, unit = self._value("money", m, "", False, "")
            if value is None or unit != changed.figure.unit:
                continue
            loss = bool(_LOSS_WORD.search(label) and not _INCOME_WORD.search(label))
            fig = Figure(label=f"{label} (change)", value=(-sign if loss else sign) * abs(value), unit=unit,
                         period=changed.figure.period, line=0, quote=str(m.start()), source="narrative",
                         qualifier="change", comp_period=changed.figure.comp_period,
                         currency_stated=bool(_amount_currency(m)), printed_term=True)
            self.printed_terms.add(label)
            out.append(Pending(fig, label, "", "", False, None, None, -1, m.end()))
        return out

    def _parts_named(self, text: str, money: list[re.Match], pendings: list[Pending], periods: list[Span],
                     para_period: Period | None, para: Paragraph) -> list[Pending]:
        """The parts an inclusion, or a cause that says its own direction, names after its amount
        (parsers/narrative_parts.py): each a figure of its printed words (Figure.printed_term), for the period of the
        figure read right before it (never a comparison's), else the one period the sentence names before it, else
        the paragraph's; a part "higher" or "lower" is its change; an earlier amount compared right after it is the
        part's in the period named (as long as its own, and earlier)."""
        if _OUTLOOK_WORDS.search(text):
            return []  # (an outlook's parts are no figures of a period past)
        note = bool(_NOTE_OPENS.match(para.text))  # "(1) ... which resulted in $5,573 of ...": a table's note may
        # print its amounts at the table's scale, unsaid (parsers/prose_scale.py)
        read = {int(p.figure.quote) for p in pendings}
        dated = [s for s in periods if s.kind not in _UNDATED_KINDS]
        out: list[Pending] = []
        for part in named_parts(text, money, read, [s.start for s in periods], [s.start for s in dated], _plain_subject):
            m = part.amount
            before = [a for a in money if a.end() <= m.start()]
            if note and not m.group("scale"):
                continue
            if len(part.label.split()) < 2 or _OPENS_ON_A_METRIC.match(part.label) or EPS_TERM.search(text, 0, m.start()):
                continue  # (one word says too little; "income tax benefit" is the metric's part; a per-share figure's)
            if before:
                if any(a.start() > m.start() for a in money):
                    continue  # (an amount after it, a comparison say: of the part, or of the figure before?)
                main = next((p for p in pendings if int(p.figure.quote) == before[-1].start() and p.stored
                             and not _GUIDANCE_QUALIFIER.search(p.figure.qualifier)
                             and not p.figure.unit.endswith("/share")), None)
                if main is not None and main.comparative:  # a cause of the change from the amount compared: of the
                    main = main.primary if not part.included else None  # figure's period (an inclusion: the earlier's)
                if main is not None and part.included and main.figure.qualifier == "change":
                    main = None  # ("increased $5.8 million, including a $4.4 million gain": a part of the change)
                period = main.figure.period if main is not None else None
            else:  # the one period the sentence names before it, else the paragraph's when the sentence before dated
                # all its figures so ("Adjusted EBITDA increased 6 percent to $381.4 million compared to ... Results
                # included $28.5 million of ..."; never a heading's alone: a sentence without amounts may be of another)
                named = {self.periods.resolve(s, para_period) for s in dated if s.start < m.start()}
                own = {f.period for f in self.figures_before} - {f.comp_period for f in self.figures_before}
                other = any(s.start < m.start() for s in periods if s.kind in _UNDATED_KINDS) \
                    or bool(ANOTHER_PERIOD.search(text, 0, m.start()))  # ("Prior-year results
                # included ...", "the prior quarter included ...": another period, which the sentence does not date)
                period = named.pop() if len(named) == 1 else None if named or other or own != {para_period} \
                    else para_period
            value, unit = self._value("money", m, "", False, "")
            if period is None or value is None or unit.endswith("/share"):
                continue
            label = part.label
            if part.change:
                fig = Figure(label=f"{label} (change)", value=part.change * abs(value),
                             unit=unit, period=period, line=0, quote=str(m.start()), source="narrative",
                             qualifier="change", currency_stated=bool(_amount_currency(m)), printed_term=True)
            else:
                fig = Figure(label=label, value=value, unit=unit, period=period, line=0, quote=str(m.start()),
                             source="narrative", currency_stated=bool(_amount_currency(m)), printed_term=True)
            self.printed_terms.add(label)
            pend = Pending(fig, label, "", "", False, None, None, -1, m.end())
            out.append(pend)
            span = next((s for s in periods if s.start == part.compared_span), None)
            earlier = self.periods.resolve(span, period) if span is not None and not part.change else None
            then, then_unit = self._value("money", part.compared, "", False, "") if part.compared is not None \
                else (None, "")
            if earlier is None or then is None or then_unit != unit or earlier.months != period.months \
                    or earlier.end >= period.end or part.compared is None:
                continue
            fig.comp_value, fig.comp_period = then, earlier
            prior = Figure(label=label, value=then, unit=unit, period=earlier, line=0, quote=str(part.compared.start()),
                           source="narrative", currency_stated=bool(_amount_currency(part.compared)), printed_term=True)
            out.append(Pending(prior, label, "", "", True, pend, None, -1, part.compared.end()))
        return out

    def _change_before(self, text: str) -> Pending | None:
        """The change the sentence right before read, when this sentence opens on it ("The decrease was due primarily
        to ...") in its direction; None otherwise (which change the causes make up is then not said)."""
        lead = _THE_CHANGE_LEAD.match(text)
        before = self.change_before
        if lead is None or before is None:
            return None
        if lead.group("up") and before.figure.value < 0 or lead.group("down") and before.figure.value > 0:
            return None  # "The increase was due to ..." after a decrease: another change than the one read
        return before

    def _parts_apart(self, pendings: list[Pending], lead: re.Match, text: str) -> None:
        """The amounts a total is said to be made of ("Other income of $8.0 million consisted of $5.0 million of net
        revenues and ..."), read as the company's figures of the words they name, are parts under those printed words
        (Figure.printed_term): a part of a total is never the company's metric."""
        for p in pendings:
            if int(p.figure.quote) >= lead.end() and p.owner is None and not p.comparative and p.primary is None \
                    and not p.figure.geo and not p.figure.product and not p.figure.qualifier and p.figure_end >= 0 \
                    and _OF_WORDS_AFTER.match(text, p.figure_end):
                p.figure.printed_term = True
                p.figure.change_pct = p.figure.seq_change_pct = None
                self.printed_terms.add(p.term)

    def _components(self, text: str, lead: re.Match, money: list[re.Match], pendings: list[Pending]) -> list[Pending]:
        """The parts a total is said to be made of, each "$X of <noun phrase>" ("expenses totaled $18.4 million and
        were comprised of $9.9 million of interest expense, $3.6 million of base management fees and ..."): each a
        figure of its own printed words (Figure.printed_term, never the total's metric nor any of the vocabulary)
        and the total's period. Read only when the total right before the lead was read with its period, and only
        as one unbroken list from the lead on: a part whose words or place in the list is unclear stays unread."""
        total = next((p for p in reversed(pendings) if p.owner is None and not p.comparative and p.stored
                      and p.figure.qualifier == "" and not p.figure.unit.endswith("/share")
                      and int(p.figure.quote) < lead.start()), None)
        before = [m for m in money if m.end() <= lead.start()]
        if total is None or any(lead.start() < int(p.figure.quote) < lead.end() for p in pendings) \
                or not before or before[-1].start() != int(total.figure.quote):
            return []  # (the parts are the amount's right before the lead: "..., compared to $8.0 million, including"
            # lists the earlier amount's parts, of another period)
        plain = _ASIDE.sub(lambda a: " " * len(a.group(0)), text)  # "(including $97.5 million in ...)": a part's part
        after = [m for m in money if m.start() >= lead.end() and plain[m.start()] == text[m.start()]]
        read = {int(p.figure.quote) for p in pendings}
        out: list[Pending] = []
        at = lead.end()
        for k, m in enumerate(after):
            if not _COMPONENT_GAP.fullmatch(plain, at, m.start()):
                break
            end = after[k + 1].start() if k + 1 < len(after) else len(text)
            item = _COMPONENT_ITEM.match(plain, m.end(), end)
            if item is None or m.group("cents") or PER_SHARE_RE.match(text[m.end():]):
                break
            at = item.end("np")
            label = _plain_subject(item.group("np")) if _LOWER_WORDS.fullmatch(item.group("np")) \
                and item.group("np").split()[-1].lower() not in _NO_LAST_WORDS else ""  # ("$1.6 million in costs
            # from" where the text breaks off: a name never ends on such a word)
            value, unit = self._value("money", m, "", False, "")
            if label and m.start() in read and _INCLUDES.match(lead.group(0)):
                pendings[:] = [p for p in pendings if not _an_included_amount(p, m.start())]  # "including $5.0
                # million of revenue from acquisitions": the part's own words, not "revenue" included
                read = {int(p.figure.quote) for p in pendings}
            if not label or value is None or m.start() in read:
                continue  # a part named in capitals or with words no subject holds: unread, the list goes on
            fig = Figure(label=label, value=value, unit=unit, period=total.figure.period, line=0, quote=str(m.start()),
                         source="narrative", currency_stated=bool(_amount_currency(m)), printed_term=True)
            self.printed_terms.add(label)
            out.append(Pending(fig, label, "", "", False, None, None, -1, m.end()))
        return out

    def _declared_quarter(self, c: "Context") -> Period | None:
        """The quarter of a quarterly dividend its sentence declares with no period of its own and a payment date
        ("The Board declared a quarterly cash dividend of $0.47 per share, payable on March 14, 2025"): a release is
        published after its period, so the dividend it declares is declared in the quarter after it; paid in that
        quarter too, it is that quarter's dividend on either reckoning (declared or paid). A payment date in any other
        quarter, a dividend not said to be quarterly, or a period the sentence names: None (read otherwise or not)."""
        own = self.periods.default_period
        if own is None or not own.months or c.periods or not _QUARTERLY.search(c.text, 0, c.m.start()):
            return None
        paid = _PAYABLE_ON.search(c.text, c.m.end())
        printed = paid.group(1) if paid is not None and _TO_BE_PAID.match(paid.group(0)) else None
        then = "" if printed or paid is not None else self.next_sentence  # "... per share. This dividend will be paid
        # ..., with a payment date of July 30, 2025": the sentence after it says when (narrative_dividends.py)
        printed = printed or (None if paid is not None else will_pay_on(c.text, c.m.start(), c.m.end())
                              or paid_in_the_next_sentence(then))
        when = self.periods._date(printed) if printed else None
        if when is None or self.dividend_heading \
                or _PER_PARTNERSHIP_UNIT.match(c.tail) or _DISTRIBUTION.search(c.text, 0, c.m.start()):
            return None  # paid already ("paid on January 15, 2025"), under a heading naming its period ("Fourth Quarter
            # 2024 Dividend"), or a partnership's distribution, often declared after the quarter it is for (in
            # arrears): the quarter it is for is not sure
        record = _RECORD_ON.search(c.text, c.m.end()) or _RECORD_ON.search(then)
        if record is not None and (on := self.periods._date(record.group(1))) is not None and on <= own.end:
            return None  # of record on the last day of the quarter just ended: declared in it, that quarter's
        coming = Period(month_end(*add_months(own.end.year, own.end.month, 3)), 3)
        begins = coming.start
        return coming if begins is not None and begins <= when <= coming.end else None

    def _flow_period_unsure(self, c: "Context") -> bool:
        """Is the period of a flow named by its verb unsure from its own words? Its clause (up to the next amount)
        names two periods ("In the fourth quarter of 2024, we invested $120 million ..., bringing our full year 2024
        investment volume to $640 million": the sum after it is the year's, the amount the quarter's), or a quarter
        or half without its year that is not the release's own ("* Raised $60 million in the first quarter" in a
        fourth-quarter release: which year's?)."""
        own = self.periods.default_period
        named: set[Period] = set()
        for s in c.periods:
            if s.kind in COMPARED_ONLY or not c.prev_end <= s.start < c.window_end:
                continue
            p = self.periods.resolve(s, None)
            if p is None:
                continue
            named.add(p)
            if own is not None and p.end != own.end and not _A_YEAR.search(c.text, s.start, s.end):
                return True
        return len(named) > 1

    def _headed_flow(self, c: "Context", period: Period | None) -> bool:
        """May a flow named by its verb in a bullet with no period of its own ("* Invested $371 million in 127
        properties") take `period`, the one its context gives? A flow's verb says it is no balance; the period must be
        the one the heading right above names, past (never one to come, an outlook's, a business line's heading's, nor
        the release's own where no heading names it), and the bullet must not say it is of a time after or since
        ("Subsequent to quarter end, repurchased ...")."""
        own = self.periods.default_period
        return period is not None and not c.periods and self.in_bullet and self.dated_heading and own is not None \
            and period.end <= own.end and not (self.under_segment or self.under_outlook) and not _SINCE.search(c.text)

    def _printed_period(self, c: "Context", period: Period | None) -> Period | None:
        """The period of a printed subject's figure: one its own sentence names (`period` read as any figure's), at
        its end when the sentence says so ("at the end of the fourth quarter": a balance at that date), or the span a
        year after the one its comparison names; None when the sentence names none of its own."""
        for s in c.periods:
            if s.kind not in COMPARED_ONLY and period is not None and self.periods.resolve(s, None) == period:
                if period.months and _AT_THE_END.search(c.text, max(0, s.start - 30), s.start):
                    return Period(period.end, 0)
                return period
        for s in c.periods:  # "Adjusted tax expense was $9 million as compared to $16 million in fourth-quarter 2023":
            # compared after its amount with the same span a year before its own, the sentence dates it by that span
            if s.start >= c.m.end() and period is not None and period.months \
                    and _COMPARED_MARK.search(c.text, c.m.end(), s.start) \
                    and (then := self.periods.resolve(s, None)) is not None and then.months == period.months \
                    and then.shifted_years(1) == period:
                return period
        return None

    def _marked_balance_period(self, c: "Context", mark: re.Match | None, term_m: re.Match | None,
                               period: Period | None) -> Period | None:
        """The date of a marked account its sentence names no period of, when the term it marks is a balance
        ("Non-performing loans were $4.8 million, or 0.41% of total loans": at the quarter's end, as the loans would
        be): at the end of the release's own period, or at the date a heading over it names ("Balances at December 31,
        2024": "* Restricted cash was $7.7 million"). Never a neighbouring sentence's period ("In 2023, revenue was
        ... . Restricted cash was $1.8 million." in a second quarter's release is no balance of 2023), nor a flow
        ("Capitalized research and development expenses" under a quarter's heading)."""
        if mark is None or term_m is None or period is None or not is_balance_label(term_m.group(0)):
            return None
        own, headed = self.periods.default_period, self.paragraph_period
        if not (own is not None and period.end == own.end or headed is not None and period.end == headed.end
                or any(self.periods.resolve(s, None) is not None for s in c.periods)):
            return None
        return period if period.is_instant else Period(period.end, 0)

    def _headed_flow_period(self, c: "Context", term: str) -> Period | None:
        """The period of a printed subject in a bullet that names none ("* Franchise fees were $9.2 million" under
        "Fourth Quarter 2024 Highlights"): the heading's, when the heading names exactly one period, the release's own
        and no outlook's, and the subject's last word names a flow (the vocabulary's flow_heads: fees, expenses,
        revenues, ...), never a balance, whose date the heading's span does not give."""
        words = term.lower().split()
        if self.headed_bullet_period is None or any(s.kind not in _COMPARED_KINDS for s in c.periods) or not words \
                or words[-1] not in _FLOW_HEADS or any(s.start < c.m.start() for s in c.periods) \
                or any(w in _BALANCE_MARKS for w in words[:-1]):
            return None  # ("Franchise fees in the year-ago quarter were $8.2 million": the compared period it names
            # before its amount is the figure's own, never the heading's)
        return self.headed_bullet_period

    def _contrast_after_two_periods(self, c: "Context") -> bool:
        """Is the amount in a clause opened by "while" or "whereas" that names no period of its own, after words that
        name two periods or more (a comparison's)? Either could be the clause's, so neither dates it."""
        opens = [m.end() for m in _CONTRAST_OPENS.finditer(c.text, 0, c.m.start())]
        if not opens:
            return False
        k = opens[-1]
        if any(k <= s.start < c.window_end for s in c.periods):
            return False
        named = {p for s in c.periods if s.end <= k and (p := self.periods.resolve(s, self.periods.default_period))}
        return len(named) >= 2

    def _adjunct_after_its_period(self, before: tuple, item: tuple, text: str) -> bool:
        """"Net loss was $21.7 million for the fourth quarter of 2024, or $0.67 per share": the per-share amount set
        off after the period its amount names is that amount's, as right after it."""
        gap = _PERIOD_THEN_OR.fullmatch(text, before[2].end(), item[0])
        if gap is None or before[1] != "money" or PER_SHARE_RE.match(text[before[2].end():]) \
                or not _is_adjunct_item(item, text):
            return False
        named = gap.group(1).rstrip()
        spans = self.periods.find(named)
        if not spans or not _PERIOD_LEAD.fullmatch(named[:spans[0].start]):
            return False
        covered = {i for s in spans for i in range(s.start, s.end)}  # the phrase is period words only
        return all(i in covered or ch.isspace() for i, ch in enumerate(named) if i >= spans[0].start)

    @staticmethod
    def _cents_compared(c: "Context", pendings: list[Pending]) -> bool:
        """"Diluted earnings per share were 26 cents, compared with 11 cents ...", "rose to 26 cents from 11 cents": an
        amount in cents with no "per share" of its own compares with the per-share figure right before it."""
        last = pendings[-1] if pendings else None
        return last is not None and last.figure.unit.endswith("/share") and last.owner is None \
            and (_compare_marker(c.span, last) or bool(_FROM_BEFORE.search(c.span)))

    def _stale_context(self, c: "Context", period: Period, context: Period | None) -> bool:
        """Is `period` one the sentence does not name, taken from a sentence before, and earlier than the release's
        own (a year-ago figure the paragraph spoke of)?"""
        own = self.section_period or self.periods.default_period
        return own is not None and context is not None and period == context and period.end < own.end \
            and not any(self.periods.resolve(s, context) == period for s in c.periods
                        if s.end <= c.m.start() or not _compares_or_than(c.text[c.m.end():s.start]))

    def _listed_outlook(self, text: str, period: Period) -> bool:
        """A list of an outlook's figures ("GAAP and non-GAAP operating expenses are expected to be approximately
        $5.9 billion and $4.2 billion, respectively") in a bullet under an outlook's lead-in that names the period
        to come; the sentence names none of its own."""
        own = self.periods.default_period
        return self.under_outlook and own is not None and period.end > own.end and not self.periods.find(text)

    def _outlook_bullet(self, period: Period, context: Period | None, primary: Pending | None) -> bool:
        """Is the figure one of the bullets under an outlook's lead-in, of the period it names (one to come)?"""
        own = self.periods.default_period
        return self.under_outlook and primary is None and period == context and own is not None and period.end > own.end

    def _whole_year_outlook(self, c: "Context", period: Period, start: int) -> bool:
        """Is the figure an outlook of the release's own fiscal year, named bare, in a release of part of it ("For
        2025, the Company expects revenue of $1.20 billion to $1.25 billion" in a third quarter's release)? A bare
        year is the release's span of it (`PeriodReader.year_period`), but that span is over and no outlook is of
        it: the outlook is of the whole year. Only when the sentence names no period but that year, with a word of
        an outlook to come before the amount ("expects", "guidance", "is expected to be"; never "expected" alone,
        which may set a result against what was expected)."""
        own, fy = self.periods.default_period, self.periods.default_fy
        if own is None or fy is None or not 0 < own.months < 12 or period != own or not c.periods:
            return False
        own_spans = [s for s in c.periods if s.start < c.window_end] or c.periods  # those before the next amount
        # ("$300 million for 2025, up from $250 million in 2024": 2024 is the next amount's, compared with)
        if not all(s.kind == "bare_year" and self.periods.named_year(s.match.group(1)) == fy
                                    for s in own_spans):
            return False
        return bool(_FORWARD_WORDS.search(c.masked, 0, start)) and not _earlier_range(c.text[:start])

    def _past_year_alone(self, c: "Context", period: Period | None, start: int) -> bool:
        """Is the figure dated only by a bare past year ("In 2023, revenue was $180.0 million.") in a release of part
        of a year, in a sentence that names no period of the release's own year? A bare year is read as the release's
        span of it (`PeriodReader.year_period`), which a comparison means ("$50.0 million, compared to $45.0 million
        in 2023"); a sentence about that past year alone more likely means the whole year: which, it does not say."""
        own, fy = self.periods.default_period, self.periods.default_fy
        if own is None or fy is None or period is None or not 0 < own.months < 12 or not c.periods \
                or period.months != own.months or period.end >= own.end:
            return False
        return any(s.start < start for s in c.periods) and all(
            s.kind == "bare_year" and (self.periods.named_year(s.match.group(1)) or fy) < fy for s in c.periods)

    def _outlook_period(self, c: "Context", period: Period) -> bool:
        """Is `period` one the sentence itself names, after the release's own ("for the full year 2025", "for
        the first quarter of 2025")? An outlook's range is never dated by its paragraph or by a guess."""
        own = self.periods.default_period
        return own is not None and period.months > 0 and period.end > own.end \
            and any(self.periods.resolve(s, None) == period for s in c.periods)

    def _range_high_end(self, c: "Context", low: Pending) -> Pending | None:
        """The high end of an outlook's range whose low end was read: the same figure, its other end."""
        f = low.figure
        per_share = f.unit.endswith("/share")
        if per_share != bool(PER_SHARE_RE.match(c.tail) or c.m.group("cents") is not None or not c.m.group("scale")):
            return None
        if _PER_ANOTHER_UNIT.match(c.tail):
            return None  # "$5 million to $22.5 million per quarter in the second half": per some unit, no outlook of the span
        value = self._value("money", c.m, low.term, per_share, c.span)[0]
        if value is None or abs(value) < abs(f.value):
            return None  # a range runs from low to high: anything else is misread
        fig = replace(f, value=value, label=f.label.replace("guidance low", "guidance high"),
                      qualifier=f.qualifier.replace("guidance low", "guidance high"), quote=str(c.m.start()))
        return Pending(fig, low.term, low.geo, low.product, False)

    def _not_a_year_before(self, after: str, period: Period) -> bool:
        """Does the text right after a stated change compare with a period other than a year before
        ("up 22% from Q3", "up 9% over the third quarter of 2009" of a fourth quarter)? Then the change is
        sequential, not the year-over-year change of the figure."""
        lead = _COMPARED_WITH.match(after)
        if not lead:
            return False
        if _OTHER_QUARTER_WORDS.search(after[:90]):
            return True  # "up 5% from $47.6 million in the prior quarter"
        spans = [s for s in self.periods.find(after[lead.end():lead.end() + 70]) if s.start <= 4]
        compared = self.periods.resolve(spans[0], period) if spans else None
        if compared is None:
            return False
        y, m = effective_month(period.end)
        return (compared.months, effective_month(compared.end)) != (period.months, (y - 1, m))

    def _change_base(self, c: "Context", period: Period) -> tuple[bool, Period | None]:
        """(is an amount of change compared with another period than the same span a year before its own, the
        period it is compared with where the sentence names it): "$51 million lower than the third quarter",
        "increased $3.2 million to $12.0 million from $8.8 million in the prior quarter". The period compared
        with is the first one after the first word of comparison of the amount's clause."""
        after = c.text[c.m.end():c.m.end() + 160]
        clause = after[:end.start()] if (end := _CLAUSE_END.search(after)) else after
        if _OTHER_QUARTER_WORDS.search(clause):
            return True, None
        mark = _COMPARED_MARK.search(OPERATIONS_RE.sub(lambda o: " " * len(o.group(0)), clause))
        if mark is None:
            return False, None
        first = c.m.end() + mark.end()
        compared = next((s for s in c.periods if first <= s.start < c.m.end() + len(clause)), None)
        if compared is None and (named := _BARE_DATE_AFTER.match(clause, mark.end())):
            day = parse_date(named.group("date")) if named.group("date") else None
            if day is None or not period.is_instant:
                return True, None  # "up €151.8 million versus end of June 2024": since a date the reader did not
                # take, never the year-ago one a change with no base is taken from
            return True, Period(day, 0)  # "up $151.8 million versus June 30, 2024": a balance's change since that date
        if compared is None and _A_MONTH.match(clause[mark.end():]):
            return True, None  # "up $151.8 million versus end of June": a change since a date no span dates
        base = self.periods.resolve(compared, period) if compared is not None else None
        if base is None or base == period:
            return False, None  # no period compared with, or one not read apart from the amount's own
        y, m = effective_month(period.end)
        return (base.months, effective_month(base.end)) != (period.months, (y - 1, m)), base

    def _period_for(self, c: "Context", primary: Pending | None, context: Period | None) -> Period | None:
        """The figure's own period: named after it, else before it, else later in the sentence, else the
        paragraph's. A period that follows "compared to" belongs to the comparison, not to this figure.
        The comparison of a balance is a balance: "$232.4 million at the end of the fourth quarter of 2023"
        is at that quarter's end."""
        if _calendar_dated(c.text):
            return None  # "the third quarter of calendar 2024", "the September quarter": which of the release's
            # (fiscal) periods is it? Left unread rather than dated by its ordinal alone; "fiscal 2023's third quarter"
            # was dated the whole fiscal year
        period = self._named_period_for(c, primary, context)
        if period is not None and period.months != 12 and _says(_TWELVE_MONTHS_REQUIRED, c.text):
            return None  # "Revenue for the twelve months was $160.0 million" (no end date): never the quarter's
        if period is not None and period.months == 3 and _says(_CUMULATIVE_REQUIRED, c.text):
            return None  # "Revenue through September 30, 2024 was $116.3 million", "Revenue to date in 2024": a sum of
            # the year so far, never the quarter's (the span's length is not said)
        if period is not None and primary is not None and primary.figure.period.is_instant and period.months:
            return Period(period.end, 0)
        return period

    def _own_end_unsure(self, c: "Context", span: Span) -> bool:
        """Is "at year end", "at quarter end", "ended the year with" in this sentence maybe not the release's own
        period's end? Under an outlook's heading or lead-in, or with words of intent anywhere in the sentence ("we will
        pay down debt so that total debt stands at $850 million at year end", "aims to have ... at the end of the
        year"), it is a target at an end to come; with another year or quarter named before it, or right after it
        ("In 2024, the Company ended the year with", "at year-end 2024"), that period's end, which the phrase does
        not date: left unread rather than given the release's own end."""
        if self.under_outlook or self.outlook_section or _INTENT_WORDS.search(c.text):
            return True
        own = self.periods.default_period
        year = _YEAR_AFTER_END.match(c.text, span.end)
        if year and (own is None or self.periods.named_year(year.group(1)) != own.fiscal(self.periods.fye)[0]):
            return True
        for s in c.periods:
            if s is span or s.kind == "own_end" or not (s.end <= span.start or span.end <= s.start <= span.end + 3):
                continue
            p = self.periods.resolve(s, None)
            if p is None or own is None or p.end != own.end:
                return True
        return False

    def _the_year_unsure(self, c: "Context", span: Span) -> bool:
        """Is "during the year", "in the year" here maybe not the release's own year? Under an outlook or with words of
        expectation ("For fiscal 2025, the Company expects ... capital expenditures of $750 million during the year",
        "We expect interest expense of $90 million in the year") it is a year to come; after another year named
        before it ("$45 million in the fourth quarter of 2023 and $160 million in the year", "In 2023, ... and $1.0
        billion in the year", "Last year, ... during the year") it is that year. Which, the phrase does not say:
        left unread rather than given the year just ended."""
        if self.under_outlook or self.outlook_section or _FORWARD_WORDS.search(c.text):
            return True
        return bool(_ANOTHER_YEAR_WORDS.search(c.text, 0, span.start)) or self._other_year_before(c, span, None)

    def _year_before_said(self, c: "Context", span: Span) -> bool:
        """ "In 2023, we generated operating cash flow of $280 million in the fourth quarter", "Last year, net income
        was $45 million in the fourth quarter": a quarter named without its year after a year other than the
        release's own is that year's quarter, never the release's."""
        return bool(_OPENING_LAST_YEAR.match(c.text)) or self._other_year_before(c, span, _YEAR_KINDS)

    def _quarter_of_year_before(self, c: "Context", span: Span) -> Period | None:
        """ "In 2023, we generated operating cash flow of $280 million in the fourth quarter": the quarter of the one
        year named before it (never "Last year, ...": that year's quarter, or a comparison's? left unread)."""
        own = self.periods.default_period
        years = [p for s in c.periods if s.kind in _YEAR_KINDS and s.end <= span.start
                 and (p := self.periods.resolve(s, None)) is not None]
        quarter = self.periods.resolve(span, None)
        if _OPENING_LAST_YEAR.match(c.text) or own is None or quarter is None or len(years) != 1 or years[0].months != 12:
            return None
        fye = self.periods.fye
        return quarter.shifted_years(years[0].fiscal(fye)[0] - quarter.fiscal(fye)[0])

    def _other_year_before(self, c: "Context", span: Span, kinds: frozenset[str] | None) -> bool:
        """Does a period phrase before `span` (of `kinds`, or any) name a period outside the release's fiscal year, or
        one not dated at all?"""
        own = self.periods.default_period
        year = own.fiscal(self.periods.fye)[0] if own is not None else None
        for s in c.periods:
            if s is span or s.end > span.start or (kinds is not None and s.kind not in kinds):
                continue
            p = self.periods.resolve(s, None)
            if p is None or year is None or p.fiscal(self.periods.fye)[0] != year:
                return True
        return False

    def _named_period_for(self, c: "Context", primary: Pending | None, context: Period | None) -> Period | None:
        base = primary.figure.period if primary else context
        m = c.m

        known: dict[int, bool] = {}  # each span is asked about up to three times below

        def own(s: Span) -> bool:
            if primary is not None:
                return True
            if s.kind in COMPARED_ONLY:
                return False  # "... $562 million last year" dates the amount compared, never a figure of its own
            if id(s) not in known:
                if s.start >= m.end():  # "from continuing operations" names the metric; it compares nothing
                    between = c.text[m.end():s.start]
                    over = s.kind in _DURATIONS and _OVER_BEFORE.search(between)  # "$2.4 billion over the last
                    # twelve months": the span over which, as before a figure
                    known[id(s)] = not (COMPARE_NEEDLES.may_match(between) and
                                        COMPARE_RE.search(SOURCE_RE.sub(" ", between[:over.start()] if over else between))) \
                        and not _THAN.search(between) and not _AMOUNT_AGAINST.search(between) \
                        and not _EARLIER_FIGURE.search(between) \
                        and not _comparative_aside(c.text, s.start, m.end(), own_amount=True)
                else:
                    before = c.text[max(0, s.start - 45):s.start]
                    known[id(s)] = not (COMPARE_NEEDLES.may_match(before) and COMPARE_BEFORE_RE.search(before)
                                        and not (s.kind in _DURATIONS and _OVER_BEFORE.search(before))) \
                        and not _closed_aside(c.text, s, m.start()) \
                        and not (s.kind in _COMPARED_KINDS and c.prev_end and _JUST_AFTER_AN_AMOUNT.fullmatch(
                            c.text, c.prev_end, s.start))  # "Over the past 12 months, revenue was": a span; "... from
                    # $10.2 million in the prior-year period, and diluted EPS was $0.41": the year-ago period of the
                    # amount before, never this one's
            return known[id(s)]

        if primary is None and (from_end := self._from_end(c, base))[0]:
            return from_end[1]
        if primary is None and any(s.kind in COMPARED_ONLY and s.kind != "aside_year" and m.end() <= s.start < c.window_end
                                   for s in c.periods):  # (an aside's year dates the amount in the aside only)
            return None  # "Revenue was $50.0 million last year": a year before which figure? Not the release's own
        after = [s for s in c.periods if m.end() <= s.start < c.window_end and own(s)]
        before = [s for s in c.periods if c.prev_end <= s.start and s.end <= m.start() and own(s)]
        before_any = [s for s in c.periods if s.end <= m.start() and own(s)]
        later = [s for s in c.periods if s.start >= c.window_end and own(s)]
        if any(s.kind != "undated" for s in after + before_any + later):  # "for the third quarter, which ended in
            # September, was": a span dated dates the figure; one undated only stands when no other does
            after, before, before_any, later = ([s for s in spans if s.kind != "undated"]
                                                for spans in (after, before, before_any, later))
        semi = c.text.rfind(";", c.prev_end, m.start()) if primary is None and c.prev_end else -1
        if semi >= 0 and _SEMICOLON_CLAUSE.fullmatch(c.text, semi, m.start()) \
                and (compared := _last_comparison(c.text, semi)) is not None and compared >= c.prev_end - 40:
            before = [s for s in before if s.start > semi]  # "..., compared with $608 million in H1 FY25; net debt
            before_any = [s for s in before_any if s.end <= compared or s.start > semi]  # reduced to $1,846
            # million": the comparison's period dates the amount compared, never the next clause's (its own subject)
        if primary is None and not before and c.prev_end and _NEW_CLAUSE.fullmatch(c.text, c.prev_end, m.start()) \
                and (cmp := _last_comparison(c.text, c.prev_end)) is not None:
            before_any = [s for s in before_any if s.end <= cmp]  # "Operating income was $12.0 million for the
            # quarter, compared with operating income for 2023 of $10.0 million, and operating cash flow was $9.0
            # million": a clause with its own subject and verb takes the sentence's period, never the comparison's
        if after and before and _between_term_and_amount(c, before[-1]):
            after = []  # "cash and cash equivalents at December 31, 2024 were $164.4 million and total debt ... at the
            # end of the fourth quarter was": the period standing between the term and its amount is the amount's own
        if not after and not before_any and _UNDATED_OWN_PERIOD.match(c.text, m.end()):
            return None  # "EPS SEK 2.14 (1.02) for the period, and SEK 6.30 (4.11) for the full year": the amount names
            # a period of its own that says no dates; a later clause's period ("the full year") is the next amount's
        if after and (before or c.window_end < len(c.text)) and _NEXT_CLAUSE.search(c.text, m.end(), after[0].start):
            after = []  # "Net income for the nine months was $30.0 million, and for the quarter $12.5 million": the
            # period after a clause's break is the next amount's; this one's was named before it, or is the
            # release's own ("Net income was $12.5 million, and for the nine months $30.0 million")
        order = after[:1] + before[-1:] + ([] if primary else before_any[-1:] + later[:1]) \
            + (later[:1] if primary is not None and primary in self.compared_mains else [])  # "This compares with net
        # income of $35.8 million, or 97 cents per diluted share, on net sales of $483.6 million for the quarter ended ..."
        for span in order:
            if span.kind == "own_end" and self._own_end_unsure(c, span):
                return None
            if span.kind == "full_year" and span.match.group(1) and self._the_year_unsure(c, span):
                return None
            if span.kind in ("q_bare", "qtok_bare") and primary is None and self._year_before_said(c, span):
                return self._quarter_of_year_before(c, span)
            anchors = [s for s in c.periods if not s.relative and s.start < span.start]
            if span.relative and anchors and _own_clause_year(c, span, anchors[-1], primary):
                span, anchors = replace(span, relative=False), []
                self.clause_dated = True  # "a dividend of $0.25 for the quarter, bringing total dividends for 2024 to $1.00": the
                # clause's own subject and year, never the quarter of the amount before
            if span.relative and anchors:  # "in 2007" after "year-to-date": the same span of 2007
                anchor = self.periods.resolve(anchors[-1], base)
                if anchor is None and primary is None and anchors[-1].kind in _SPANS_OF_A_LENGTH:
                    return None  # "the first two months of 2025": a span it cannot date, whatever year
                period = self.periods.resolve(span, anchor) if anchor else None
            else:
                period = self.periods.resolve(span, base)
            if period and not (primary is not None and period == primary.figure.period):
                return period
            if period is None and primary is None and span.kind in _SPANS_OF_A_LENGTH:
                return None  # "for the six months" of a third quarter's release: a span it cannot date, never its quarter
            if period is None and span.kind in ("year_end", "own_end"):
                return None  # "at the end of last year" of a year ending in June: which year's end, never the quarter
            if period is None and span.kind == "full_year" and primary is None:
                return None  # "In the year, net income was $80 million" of a second quarter's release: the year to
                # date, or the year to come? Never the release's quarter
            if period is None and _FORWARD_WORDS.search(c.text):
                return None  # "EBITDA in the fourth quarter is expected to be $95 million" in a third quarter's
                # release: a period to come it could not date, never the release's own
        if primary is None and (clause := self._clause_period_after_compared(c, base)) is not None:
            return clause
        if primary is None and context is None and self.periods.default_period is not None \
                and any(_compares(c.text[c.m.end():s.start]) for s in later + after + c.periods
                        if s.start >= c.m.end()):
            # "Net sales decreased 4% to $212.4 million from $221.7 million in the first quarter of fiscal
            # 2008": compared with another period, the figure is the release's own period
            own = self.section_period or self.periods.default_period
            return self._a_year_after(c.text, c.m.end(), c.periods, own) or own  # "operating loss of $16.3
            # million, a 7% decrease from $17.5 million for the full year 2022": the full year 2023's
        if primary is not None and not c.periods and 0 < primary.figure.period.months \
                and _YEAR_ON_YEAR_CHANGE.search(c.span) and not _OTHER_QUARTER_WORDS.search(c.text):
            # "Operating income of $503.2 million, a 16% increase from $432.6 million": a sentence that names
            # no period compares the figure with the same span a year before
            return primary.figure.period.shifted_years(-1)
        if primary is not None and self._the_clauses_year_after(c, primary):
            # "Revenue increased to $14.2 million from $12.3 million for the year ended December 31, 2024": the year's
            # period after the amount compared is the clause's (and its level's); the amount compared is the year before
            return primary.figure.period.shifted_years(-1)
        if primary is not None and 0 < primary.figure.period.months and (bare := _BARE_COMPARISON.search(c.span)) \
                and (not bare.group("words") or TERM_RE.search(bare.group("words"))) \
                and not _NOT_A_PAST_FIGURE.search(c.span[bare.start():] + " " + c.tail[:60]) \
                and not any(m.end() <= s.start < c.window_end for s in c.periods) and not _OTHER_QUARTER_WORDS.search(c.text) \
                and (compared := self.compared_period) is None:
            # "Revenue was $100.0 million in the fourth quarter of 2024 (vs. $90.0 million)", "..., compared with $15.0
            # million": a comparison naming no period of its own is with the same span a year before (earlier, of the
            # same length: knowledge/doubts.py's rule); never a balance's, whose earlier date is not said
            return primary.figure.period.shifted_years(-1)
        if primary is not None and not c.periods and (compared := self.compared_period) is not None \
                and compared.months == primary.figure.period.months and compared.end < primary.figure.period.end \
                and not _OTHER_QUARTER_WORDS.search(c.text):
            return compared  # a bullet under "... compared with the same period of 2023:"
        if primary is not None or context is None:
            return None if primary is not None else context
        if not any(s.start >= c.m.end() for s in c.periods) and (end := _UNNAMED_END.search(c.text, c.m.end())):
            return self._unnamed_end(end)
        return self._a_year_after(c.text, c.m.end(), c.periods, context) or context

    def _clause_period_after_compared(self, c: "Context", base: Period | None) -> Period | None:
        """ "Revenue increased to $14.2 million from $12.3 million for the year ended December 31, 2024": the period
        right after the compared amount ends where the release's own period ends, so it cannot be the earlier
        figure's: it dates the clause, and so this amount (never the release's quarter by default). Only a plain
        comparison ("from", "compared to") with one amount and no other term between; an earlier period after it
        ("... from $2.3 million in the fourth quarter of 2023") stays the compared amount's."""
        own = self.section_period or self.periods.default_period
        if own is None or c.kind != "money" or not COMPARE_NEEDLES.may_match(c.tail[:60]):
            return None
        compared = MONEY_RE.search(c.text, c.m.end())
        lead = c.text[c.m.end():compared.start()] if compared is not None else ";"
        if compared is None or compared.group("cents") or len(lead) > 40 or ";" in lead or TERM_RE.search(lead) \
                or not _compares(lead):
            return None
        span = next((s for s in c.periods if compared.end() <= s.start <= compared.end() + 25
                     and _DATED_RIGHT_AFTER.fullmatch(c.text, compared.end(), s.start)), None)
        if span is None or span.kind in COMPARED_ONLY or span.relative:
            return None
        p = self.periods.resolve(span, base)
        if p is None or p.end != own.end or p.is_instant != own.is_instant:
            return None
        if any(s.start > span.start for s in c.periods) or _FORWARD_WORDS.search(c.text):
            return None  # another period in the clause, or an outlook: whose period, the words do not say
        return p

    def _from_end(self, c: "Context", base: Period | None) -> tuple[bool, Period | None]:
        """Is the amount the earlier end of a change said "from $A to $B" with no period between them ("Revenue decreased
        8% from $3,049 million to $2,801 million for full year 2024", "Revenue for 2024 decreased from ... to ...")? Then
        the clause's period is $B's, never $A's as well (both were read of it, and left out as a conflict): (True, the
        same span a year before) for a year of the release's own, (True, None) — unread — for any other (a quarter's
        "from" may be the quarter before; a balance's earlier date is not said; a dividend or price may be raised from
        one declaration to the next). (False, None) for any other shape."""
        if c.kind != "money" or not _FROM_BEFORE.search(c.text, max(0, c.m.start() - 12), c.m.start()):
            return False, None
        to = _TO_NEXT.match(c.text, c.m.end())
        b = MONEY_RE.match(c.text, to.end()) if to is not None else None
        if to is None or b is None or any(c.m.end() <= s.start < to.end() for s in c.periods):
            return False, None  # "from $3,049 million in 2023 to $2,801 million in 2024": each its own period
        own = self.section_period or self.periods.default_period
        after = [s for s in c.periods if s.start >= b.end()]
        before = [s for s in c.periods if c.prev_end <= s.start and s.end <= c.m.start()]
        right = next((s for s in after if s.start <= b.end() + 25 and _DATED_RIGHT_AFTER.fullmatch(c.text, b.end(), s.start)),
                     None)
        clause = right if right is not None and len(after) == 1 else before[-1] if before and not after else None
        p = self.periods.resolve(clause, base) if clause is not None and not clause.relative else None
        if p is None or own is None or p.months != 12 or p.end != own.end or _FORWARD_WORDS.search(c.text) \
                or _NOT_A_YEARS_FLOW.search(c.text) or PER_SHARE_RE.match(c.text, b.end()) is not None:
            return True, None
        return True, p.shifted_years(-1)

    def _the_clauses_year_after(self, c: "Context", primary: Pending) -> bool:
        """Is this the amount compared of a year's level dated by the period right after it (_clause_period_after_compared:
        "... to $14.2 million from $12.3 million for the year ended December 31, 2024")? Only a year: "from" a quarter's
        figure may be the quarter before as well as the year before's."""
        own = self.section_period or self.periods.default_period
        level = primary.figure.period
        if own is None or level.months != 12 or level.end != own.end or c.kind != "money" or len(c.span) > 40 \
                or ";" in c.span or TERM_RE.search(c.span) or not _compares(c.span) or _OTHER_QUARTER_WORDS.search(c.text):
            return False
        span = next((s for s in c.periods if c.m.end() <= s.start <= c.m.end() + 25
                     and _DATED_RIGHT_AFTER.fullmatch(c.text, c.m.end(), s.start)), None)
        return span is not None and not span.relative and self.periods.resolve(span, level) == level \
            and not any(s.start > span.start for s in c.periods) and not _FORWARD_WORDS.search(c.text)

    def _unnamed_end(self, end: re.Match) -> Period | None:
        """'$2.0 billion of cash at the end of the year' names no year: it is the release's own end, never that of
        the period the sentence before spoke of (a year before); 'the year' of a release that does not close its
        fiscal year is the year that ended before or the one to end: unread."""
        own = self.section_period or self.periods.default_period
        if own is None or (end.group("year") or end.group("year2")) and effective_month(own.end)[1] != self.periods.fye:
            return None
        return own

    def _value(self, kind, m, term, per_share, span_text, scale: str | None = None) -> tuple[float | None, str]:
        """`scale`: the scale word of another amount that stands for this one's (a range's high end's); None when
        the amount's sign is not said."""
        if kind == "ratio":
            return float(m.group("p")), "percent"
        if m.group("cents") is not None:
            value = round(float(m.group("cents")) / 100, 6)
        else:
            value = parse_amount((m.group("num") or "0") + (m.group("dec") or ""), scale or m.group("scale"))
        if ((m.group("neg") or m.group("neg2")) and m.group("close")) or "-" in (m.group("neg"), m.group("neg2")) \
                or _NEGATIVE_WORD.search(m.string, 0, m.start()) or _closed_after_scale(m):
            value = -value
        loss = _LOSS_WORD.search(term) and not _INCOME_WORD.search(term)
        if (side := _side_said(m)) is not None:
            if side == 0 or _BARE_SIDE_TERM.fullmatch(term.strip()):
                return None, ""  # (a bare 'earnings' of "Equity in earnings (losses) of affiliates was a loss of":
                # the two-way subject's name is not read, never the company's earnings)
            if loss and side > 0:
                return None, ""  # "Net income or loss from investees was an income of $3.0 million": the term read
                # is the subject's loss half, said to be an income: a figure of neither, unread
            if side < 0 and not loss and value > 0:
                value = -value  # "... was an income of $4.0 million, compared to an expense of $1.0 million": the
                # compared amount is on the two-way subject's other side
        compared = _COMPARED_RIGHT_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        other = _OTHER_SIDE_AFTER.match(m.string, m.end()) if compared else None
        if other is not None and (other.group("loss") and not loss and _INCOME_WORD.search(term)
                                  or other.group("income") and loss):
            # "net income of $0.4 million, compared with a $3.3 million net loss in Q3 2024": the compared amount is
            # the term's other side, a loss (it was read as an income of $3.3 million); "net loss of $2.1 million,
            # compared with $1.5 million net income": an income, never a loss of $1.5 million
            if other.group("of") or _side_measure(other.group("measure") or "", term) is None:
                return None, ""  # "a $3.3 million loss on the sale", "operating income ..., compared with a $3.3
                # million net loss": a loss of something else or of another measure, never the term's
            currency = _amount_currency(m) or "USD"
            return (-abs(value) if other.group("loss") else abs(value)), \
                f"{currency}/share" if per_share else currency
        if loss and value > 0:
            value = -value
        elif value > 0 and (_OPERATING_USED_CASH.search(term) or (re.search(r"\boperating\s+activities\b", term, re.I) and
                                                                  _OPERATING_USED_CASH.search(m.string, max(0, m.string.rfind(". ", 0, m.start()),
                                                                                              m.start() - 240), m.start()))):
            # ("net cash flows from operating activities used $3.1 million": the verb after the term's name)
            if (sign := _used_cash_sign(m)) is None:
                return None, ""  # "used cash of $3.1 million ..., down from $4.0 million": in or out? Not said
            value = sign * value  # "operating activities used cash of $3.1 million": the operating cash flow was an outflow
        elif value > 0 and _CASH_USED_AMOUNT.search(span_text[-120:]) and not _CASH_USED.search(term):
            value = -value  # "cash provided by operating activities was $8.0 million, compared to cash used in operating
            # activities of $2.0 million": the compared amount is an outflow (it was read as an inflow)
        currency = _amount_currency(m) or "USD"  # a bare "$": the release's (parsers/document.py)
        return value, f"{currency}/share" if per_share else currency

    def _line_quote(self, para: Paragraph, pos: int) -> tuple[int, str]:
        k = bisect.bisect_right(para.offsets, pos) - 1
        n = para.lines[k]
        line = self.lines[n]
        if len(line) <= 240:
            return n + 1, line.strip()
        end = para.offsets[k + 1] if k + 1 < len(para.offsets) else len(para.text)
        normalized = para.text[para.offsets[k]:end]
        col = pos - para.offsets[k]
        window = normalized[max(0, col - 100):col + 100].strip()
        return n + 1, window if window in line else line.strip()


# A lead-in to the effect of something on the outlook ("For every one JPY move, expect the following impact on our Q1
# financials:"): the bullets below are sensitivities, not the outlook's figures
_NOT_AN_OUTLOOK = re.compile(r"\b(?:impacts?|sensitivity|sensitivities|headwinds?|tailwinds?|effects?)\b", re.I)
# What may stand before the term that opens an outlook's bullet: its mark and its basis ("* GAAP and Adjusted
# Interest expense of"), nothing that names another figure ("* GAAP Other expenses of")
_BULLET_SUBJECT_LEAD = re.compile(r"\W*(?:(?:GAAP|non-GAAP|adjusted|and|the|total)\s+)*", re.I)
# What may stand before a ratio the company states of itself: the sentence's lead-in up to a comma, articles and bases
_COMPANY_LEVEL_LEAD = re.compile(r"(?:[^.;]*[,:]\s*)?\W*(?:(?:the|our|its|total|consolidated|GAAP|non-GAAP|adjusted|"
                                 r"reported|and)\s+)*", re.I)
_BETWEEN_LOW = re.compile(r"\b(?:between|range\s+of)\s*$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:to|-|\u2013|and)\s*", re.I)
# An outlook's words before a range, and words that make it an earlier range ("from its previous range of")
_OUTLOOK_RANGE_WORDS = re.compile(r"\b(?:expects?|expected|expecting|outlook|guidance|guided|forecasts?|anticipates?|targets?|"
                                  r"anticipated|projects?|projected|estimated\s+to\s+be)\b", re.I)
# right after an amount: "by the end of the year", "by year-end", "by 2027": the date a target is to be reached by
_BY_AN_END = re.compile(r"^\s*(?:million|billion|thousand)?\s*by\s+(?:the\s+end\s+of|(?:the\s+)?(?:fiscal\s+)?(?:year|quarter)"
                        r"[\s-]end|(?:fiscal\s+)?(?:19|20)\d\d\b)", re.I)
# "an operating earnings turnaround of about $1.3 million", "a swing in net income of": the distance from a loss to a profit
_SWING_BEFORE = re.compile(r"\b(?:turnaround|turn-around|swing)\s+(?:of|in\s+[^$;,]{1,40}?\s+of)\s*"
                           r"(?:about|approximately|nearly|some|almost|more\s+than)?\s*\(?$", re.I)
# A clause about another company the issuer acquires, merges with or buys, whose own figure follows: "completed its
# acquisition of Acme Pty Ltd, which reported revenue of A$80 million" (never the issuer's)
_ANOTHER_ENTITYS = re.compile(r"\b(?:acqui(?:red|sition\s+of)|merger\s+with|purchase\s+of)\b[^.;]{0,80}?,\s+which\s+"
                              r"(?:reported|had|generated|recorded|posted|earned|delivered)\b[^.;]*$", re.I)
# An amount added to the whole, not the whole: "is expected to add", "contribute", "incremental", "from the acquisition"
_INCREMENT = re.compile(r"\b(?:add(?:s|ed|ing)?|contribut\w*|incremental|accretive|from\s+the\s+acquisition)\b", re.I)
# A year right after "at year-end" ("at year-end 2024"): the end of that year
_YEAR_AFTER_END = re.compile(r"[\s,]*(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d)\b")
# Words of intent or expectation, a target to come rather than a level reached: "we will", "plans to", "aims to have"
_INTENT_WORDS = re.compile(r"\b(?:will|shall|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|target(?:s|ed|ing)?|"
                           r"intend(?:s|ed|ing)?|expect(?:s|ed|ing|ations?)?|anticipat\w*|goal|seek(?:s|ing)?|"
                           r"outlook|guidance|forecast\w*|project(?:s|ed|ing)?)\b", re.I)
# before "the year" or a bare quarter: a year other than the release's own ("last year, net income was $45 million in the
# fourth quarter and $160 million during the year")
_ANOTHER_YEAR_WORDS = re.compile(r"\b(?:last|prior|previous|next|coming|following)\s+(?:fiscal\s+)?year\b|"
                                 r"\byear\s+(?:ago|earlier|before)\b", re.I)
_OPENING_LAST_YEAR = re.compile(r"\W*(?:in\s+|during\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year\b(?![\s-]*['\u2019]s)",
                                re.I)
_YEAR_KINDS = frozenset({"bare_year", "fy", "fy_adj"})  # period phrases that name a year alone
# An outlook to come, in the present: "expects", "anticipates", "guidance", "outlook", "is expected to be" (never
# "expected" alone: "above what we expected" sets a result against an expectation)
_FORWARD_WORDS = re.compile(r"\b(?:expects?|expecting|outlook|guidance|forecasts?|anticipates?|projects?|"
                            r"(?:is|are|remains?)\s+(?:now\s+)?(?:expected|anticipated|projected|estimated)\s+to)\b", re.I)
_GUIDANCE_QUALIFIER = re.compile(r"\b(?:expects?|expected|expecting|outlook|guidance|forecasts?|anticipat\w*|projected|"
                                 r"targets?)\b", re.I)
_EARLIER_RANGE = re.compile(r"\b(?:previous(?:ly)?|prior|initial(?:ly)?|original(?:ly)?|from|versus|vs\.?|compared|above|"
                            r"below|within|exceed\w*|beat)\b", re.I)
_RANGE_BASIS = re.compile(r"\b(?:non-GAAP|adjusted|core)\b", re.I)


# "$40.1 million, $1.5 million above the third quarter of 2023": a period after another amount set against it dates
# the comparison, never the amount before
_AMOUNT_AGAINST = re.compile(r"\d(?:\s*(?:thousand|million|billion|[mbk]n?|mm)\b)?\)?,?\s+(?:above|below|higher|lower|"
                             r"more|less|greater|ahead\s+of|behind|over|under)\b", re.I)
# "Earnings before taxes": a figure before tax, never net income; a period right after an amount dates that amount
# "cash and invested assets were $2.5 billion": the term is the first of two things the verb's subject joins (words
# the vocabulary lacks after "and", then the verb), and the amount is of the two together, never the term's own
_JOINED_SUBJECT_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s+"
                                   r"(?:were|was|totall?ed|amounted|stood|reached|rose|grew|fell|declined)\b", re.I)
# "Undrawn credit lines and <term> stood at": the clause opens on words the vocabulary lacks joined to the term by
# "and", and a verb of a joint subject follows it (a plural "were", or one that does not say its number); "Demand
# remained strong and <term> was" (a singular verb) is the term's own clause
_JOINED_BEFORE_TERM = re.compile(r"\W*(?:(?:(?:for|in|during|as\s+of|at|on)\s+(?:the\s+)?)?\x00\s*,\s*)?"
                                 r"(?:(?:the|our|its|total)\s+)?(?!(?:[\w'\u2019&-]+\s+){0,3}?(?:was|were|is|are|has|have|had|been|"
                                 r"remained|remains|will|did)\b)(?:[A-Za-z][\w'\u2019&-]*\s+){0,3}[A-Za-z][\w'\u2019&-]*\s+"
                                 r"(?:and|&)\s+(?:(?:the|our|its)\s+)?", re.I)  # (no verb among the words: "Demand was
# strong and revenue increased 5% to $X" is two clauses)
_JOINED_VERB_AFTER = re.compile(r"\s*(?:,?\s*(?:(?:for|in|during|as\s+of|at|on)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?)?\x00,?)?\s+"
                                r"(?:were|stood|totall?ed|amounted|reached|combined|rose|grew|fell|declined|increased|"
                                r"decreased)\b", re.I)
# Right after a term, the entity whose figure it is, when that is not the company: "Share repurchases by the subsidiary",
# "Revenue generated by the acquired business", "Capital expenditures by our joint ventures"
_BY_ANOTHER = re.compile(r"\s+(?:(?:generated|made|incurred|paid|earned|recorded|reported|declared|contributed|received)\s+)?"
                         r"by\s+(?:the|its|our|their|an?|each|certain)\s+(?:[\w-]+\s+){0,2}?(?:subsidiar(?:y|ies)|"
                         r"(?:joint\s+)?ventures?|affiliates?|partners?|funds?|investees?|(?:acquired|target)\s+(?:business(?:es)?|"
                         r"compan(?:y|ies)|entit(?:y|ies)|operations?))\b", re.I)
_PRETAX_AFTER = re.compile(r"\s+before\s+(?:the\s+)?(?:provision\s+for\s+|benefit\s+from\s+)?tax(?:es)?\b", re.I)
# Words right after an amount before a period phrase that dates it ("... from $10.2 million in the prior-year period"),
# its unit of a share among them: "increased from $0.09 per share in the prior year period to $0.11 per share" dates
# the $0.09, never the $0.11 (which was read as the year before that)
_JUST_AFTER_AN_AMOUNT = re.compile(r"(?:\s+per\s+(?:diluted\s+|basic\s+|common\s+)?share)?"
                                  r"\s*,?\s*(?:in|for|during|of|from|at)?\s*(?:the\s+)?", re.I)
_OTHER_BASIS_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:its\s+|the\s+)?(GAAP|non-GAAP|"
                                   r"adjusted|reported|as-reported|unadjusted)\b[^$]*$", re.I)
_NON_GAAP_BASIS = re.compile(r"non-gaap|adjusted", re.I)
# "..., surpassing the previous record of $38.9 million set in the fourth quarter of 2023": the period of the earlier
# figure set against this one
_EARLIER_FIGURE = re.compile(r"\b(?:previous|prior|former|last)\s+(?:record|high|best|peak)\b|\bsurpass\w*|\boutpac\w*",
                             re.I)
_OPERATING_USED_CASH = re.compile(r"\boperating\s+activities\s+used\b", re.I)
_AN_AMOUNT = re.compile(r"[$\u20ac\u00a3\u00a5]\s*\(?\d|\d\s*(?:thousand|million|billion)\b", re.I)
_INFLOW_VERB = re.compile(r"\b(?:provided|providing|generated|generating|inflows?)\b", re.I)
_OUTFLOW_VERB = re.compile(r"\b(?:used|using|outflows?|consumed|burned)\b", re.I)


def _used_cash_sign(m: re.Match) -> int | None:
    """The sign 'operating activities used' gives one amount of its sentence: an outflow (-1) for the amount it governs
    directly (no other amount between the verb and it); an amount set against it ("compared with $5.0 million provided")
    keeps its own verb (+1 for 'provided', 'generated'; -1 for 'used'), and one with no verb of its own ("down from
    $4.0 million") is left unread (None): the verb before governs the first amount only."""
    text, before = m.string, m.string[:m.start()]
    verbs = list(_OPERATING_USED_CASH.finditer(before))
    if not verbs or not _AN_AMOUNT.search(before, verbs[-1].end()):
        return -1
    own = before[[a.end() for a in _AN_AMOUNT.finditer(before, verbs[-1].end())][-1]:]
    own = own.split(",")[-1] + " " + re.split(r"[,;.(]|\s(?:and|while|compared|versus|vs|when|as|which|because|after|since|"
                                              r"due)\b", text[m.end():m.end() + 60])[0]  # never a later clause's verb
    inflow, outflow = _INFLOW_VERB.search(own), _OUTFLOW_VERB.search(own)
    if bool(inflow) == bool(outflow):
        return None
    return 1 if inflow else -1
_CASH_USED = re.compile(r"\bused\s+(?:in|by|for)\s+(?:\w+\s+){0,2}?(?:operating|investing|financing|operations)\b", re.I)
# the amount "cash used in ..." names itself: its own "of" or verb right after it ("compared to cash used in operating
# activities of $2.0 million"), never another's after a clause break ("Free cash flow, which deducts cash used in
# investing activities for capital spending, was $12.0 million")
_CASH_USED_AMOUNT = re.compile(r"(?:" + _CASH_USED.pattern + r"[^$;,.()]{0,40}?\s(?:of|was|were|totaled|totalled|totaling|"
                               r"totalling|amounted\s+to)|\b(?:net\s+)?(?:cash\s+)?out-?flows?\s+of)"
                               r"\s*(?:approximately\s+|about\s+)?\(?$", re.I)  # ("compared to a cash outflow of $3.1
# million in Q3": an outflow named as such)
_BEFORE_ITEMS = re.compile(r"\bbefore\s+(?:net\s+)?interest(?:\s+expense)?,?\s+(?:(?:income\s+)?taxes,?\s+)?(?:and\s+)?$", re.I)
_CUMULATIVE = re.compile(r"\bthrough\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:" + ORDINAL_RE + r"\s+(?:fiscal\s+)?quarter|"
                         + MONTH_RE + r"\b)|(?<!year\s)(?<!year-)\bto\s+date\b", re.I)
_A_YEARS_QUARTER = re.compile(r"\b(?:(?:19|20)\d\d|(?:the|this)\s+year)['\u2019]s\s+(?:" + ORDINAL_RE + r")\s+(?:fiscal\s+)?(?:quarter|half)\b", re.I)
_TWELVE_MONTHS = re.compile(r"(?<!trailing\s)(?<!last\s)(?<!past\s)\b(?:twelve|12)[\s-]+months?\b"
                            r"(?!\s+(?:fiscal\s+)?(?:periods?\s+)?(?:ended|ending))", re.I)
# a period of the calendar where a release dates its figures by its fiscal year: "the third quarter of calendar 2024",
# "in calendar 2024", "the September quarter"
_CALENDAR_PERIOD = re.compile(r"\bcalendar(?:\s+year)?\s+(?:19|20)\d\d\b|\b(?:quarter|year|half)\s+of\s+calendar\b|"
                              r"\bcalendar[\s-](?:quarter|year|half)\b|\b" + MONTH_RE + r"\.?[\s-]quarter\b", re.I)


# each tried only where the words its matches start with stand (scan.Required): a pattern opening with \b and an
# alternation of month names is otherwise tried at every character
_CALENDAR_PERIOD_REQUIRED, _A_YEARS_QUARTER_REQUIRED = Required(_CALENDAR_PERIOD), Required(_A_YEARS_QUARTER)
_TWELVE_MONTHS_REQUIRED, _CUMULATIVE_REQUIRED = Required(_TWELVE_MONTHS), Required(_CUMULATIVE)


@lru_cache(maxsize=64)
def _calendar_dated(sentence: str) -> bool:
    """Does the sentence date something by the calendar or by a year's quarter (_CALENDAR_PERIOD, _A_YEARS_QUARTER:
    "2024's fourth quarter", "the year's fourth quarter", never read as the year)?
    Asked for each of its amounts: cached by the sentence's text."""
    return bool(_CALENDAR_PERIOD_REQUIRED.search(sentence) or _A_YEARS_QUARTER_REQUIRED.search(sentence))


@lru_cache(maxsize=128)
def _says(pattern: Required, sentence: str) -> bool:
    """pattern.rx.search(sentence), for a pattern asked of each of a sentence's amounts: cached by the sentence."""
    return pattern.search(sentence) is not None


# a business line named with its 'segment' or 'division' word right before the term ("Industrial segment operating
# income", "Industrial segment net sales", "total segment operating income"), or a region the vocabulary does not name
# a place ("In the Atlantic region, revenue was": never the company's): group 1 its name, empty when none is said
_UNIT_NAMED = (r"(?:the|our|its)\s+((?:[A-Za-z][\w&.'\u2019-]*\s+){0,4}?)(?:reportable\s+|operating\s+|business\s+)?"
               r"(?i:segments?|divisions?|regions?|business\s+units?)\b(?!['\u2019])")
# right after the term or the amount: "operating income attributable to the Industrial segment", "$2.6 million in
# the Industrial segment"
_UNIT_AFTER_TERM = re.compile(r"\s*,?\s*(?i:in|within|for|from|at|of|attributable\s+to|generated\s+by)\s+" + _UNIT_NAMED)
# a sentence's lead-in: "In the Industrial segment, revenue was ..."
_UNIT_LEAD_IN = re.compile(r"\W*(?i:in|within|for|at|across)\s+" + _UNIT_NAMED + r"[^,;.]{0,30},")


def _unit_lead_in(text: str, term_start: int) -> re.Match | None:
    """The business line a sentence's lead-in names for the terms after it ("In the Industrial segment, ..."). A
    term the words right before it say is the whole company's ("..., and consolidated operating income was") is
    beyond its reach; a possessive names whose segments, never which ("Across the Company's segments": their sum)."""
    m = _UNIT_LEAD_IN.match(text)
    if m is None or m.end() > term_start or _WHOLE_BEFORE_TERM.search(text, m.end(), term_start):
        return None
    return m


# words right before a term that say it is the whole company's: "consolidated", the company's own "-wide" scope,
# "total company" (never "global" or "worldwide": "In the Industrial segment, global revenue" may be the segment's)
_WHOLE_BEFORE_TERM = re.compile(r"\b(?:consolidated|[a-z]+-wide|total\s+company)\s+(?:(?:GAAP|non-GAAP|adjusted)\s+)?$",
                                re.I)
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_UNIT_LEAD = re.compile(r"^(?:(?:the|our|its|total|combined|consolidated|aggregate|all|other)\s+)+", re.I)
_UNIT_BEFORE_TERM = re.compile(r"(?:\b((?:[A-Z][\w&.'\u2019-]*\s+){1,4}?)|(?<![\w-]))(?:reportable\s+|operating\s+|business\s+)?"
                               r"(?i:segments?|divisions?|regions?|business\s+units?)\s+(?:(?i:net|total|gross|GAAP)\s+)*$")
# a sentence whose subject is a business line, its verb right before the term: "The Widgets division (WD) generated
# revenue of", "The Lenses division, which remains in development, generated revenues of" (never "The Company, which
# operates two divisions, generated revenue of": the subject's head is the company)
_UNIT_SUBJECT = re.compile(r"\W*(?:the|our|its)\s+((?:[A-Za-z][\w&.'\u2019-]*\s+){0,4}?)(?:reportable\s+|operating\s+|business\s+)?"
                           r"(?i:segments?|divisions?|business\s+units?)\b(?!['\u2019])(?:\s*\([^()$]{1,30}\))?"
                           r"(?:\s*,[^,;$]{1,100},)?\s+(?i:generated|reported|recorded|posted|delivered|achieved|had|earned|"
                           r"produced|contributed)\s+(?:(?i:net|total|gross)\s+)?", re.I)
# a clause's break before a period named after an amount: ", and for the quarter", "; Q1 2025", " and in the third quarter"
# (never the "and" of "basic and diluted")
# A period of the amount's own clause, right after it (past a comparative in parentheses), that names no dates: "SEK
# 2.14 (1.02) for the period", "$4.1 million in the period" — which span is it? Never a later clause's
_UNDATED_OWN_PERIOD = re.compile(r"\s*(?:\([^()$]{0,30}\)\s*)?,?\s*(?:for|in|during|over)\s+the\s+(?:(?:current|reporting|"
                                 r"interim|same)\s+)?period\b(?!\s+(?:ended|ending|from|of|to|through))", re.I)
_THROUGH_AFTER = re.compile(r"\s+(?:to\s+(?:shareholders|stockholders)\s+)?(?:through|via|in\s+the\s+form\s+of)\s", re.I)
_AND_ONLY = re.compile(r"\s*,?\s*and\s*", re.I)
_NEXT_CLAUSE = re.compile(r",\s*(?:and|while|whereas|but)\s|;|\s(?:and|while|whereas|but)\s+(?:in|for|during)\s", re.I)
# "was negative $3.2 million": the word is the amount's sign (without it the loss was read as income)
_NEGATIVE_WORD = re.compile(r"\bnegative\s*$", re.I)
# where an amount in parentheses stands as the figure itself: right after its verb or a preposition ("was", "of",
# "compared with", "up from"), or as the next of a list of amounts ("$4.5 billion and ($180 million)")
_FIGURE_PLACE = re.compile(r"(?:\b(?:was|were|is|are|be|been|of|at|to|from|with|versus|vs\.?|against|totaled|totalled|"
                           r"totaling|totalling|reached|reported|recorded|posted|had)|:|(?:\d|\b(?:thousand|million|"
                           r"billion|[mb]n?|mm))\)?,?\s+and)\s*$", re.I)


def _closed_after_scale(m: re.Match) -> bool:
    """"was ($3.2 million)": a parenthesis opened before the mark and closed after the scale word is the amount's
    sign, as "$(3.2) million" is, where it stands as the figure after its verb; one after a noun, a percentage or
    another amount ("for the quarter ($12.1 million) improved", "grew 12% ($4.3 million) to", "$40.1 million
    (\u20ac37.0 million)") is an aside, not a sign."""
    if m.group("neg") != "(" or m.group("close") or not m.string.startswith(")", m.end()):
        return False
    return bool(_FIGURE_PLACE.search(m.string, max(0, m.start() - 30), m.start()))


def _range_high(text: str, low: re.Match) -> re.Match | None:
    """The amount that closes the range `low` opens ("$3.47 billion to $3.52 billion", "between $186 million and
    $187 million", "$186-$187M"), of the same currency mark; None when none does."""
    m = MONEY_RE.search(text, low.end())
    if m is None or m.group("cents") is not None or not _RANGE_GAP.fullmatch(text, low.end(), m.start()) \
            or m.group("mark") != low.group("mark") or low.group("cents") is not None:
        return None
    return m


def _earlier_range(span: str) -> bool:
    """Do the words right before a range make it an earlier one, or one a result is set against ("from its
    previous range of", "above the guidance range of")? ("... from continuing operations of" does not.)"""
    words = _NEW_OUTLOOK_INITIAL.sub(" ", OPERATIONS_RE.sub(" ", span[-80:]))  # "provides initial 2026 guidance of"
    return bool(_EARLIER_RANGE.search(words[-50:]))


# "Provides initial 2026 AFFO guidance of", "issued its initial outlook": the first outlook of a year to come, given now
# (never "from its initial range of", an earlier one)
_NEW_OUTLOOK_INITIAL = re.compile(r"\b(?:provid\w*|issu\w*|introduc\w*|initiat\w*|announc\w*|establish\w*|sets?|setting)"
                                  r"\s+(?:its\s+|our\s+|the\s+)?initial\b", re.I)


def _outlook_range(c: "Context", start: int) -> bool:
    """Does the sentence give the range as an outlook ("expects revenue of", "raised its guidance ... to a range
    of"), not as an earlier range or one a result is set against ("from its previous range of", "above the
    guidance range of")?"""
    return bool(_OUTLOOK_RANGE_WORDS.search(c.masked, 0, start)) and not _earlier_range(c.span) \
        and not _BALANCE_AT_AN_END.search(_PERIOD_ENDING.sub(" ", c.masked[:start]))


_BALANCE_AT_AN_END = re.compile(r"\b(?:end|ending|exit|close)\b", re.I)  # "expects to end fiscal 2025 with cash of": a
# balance at a date to come, not the year's figure
# "the second quarter of fiscal 2026, ending July 31, 2025": the date the period named ends, no balance at an end
_PERIOD_ENDING = re.compile(r"\bending\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?"
                            r"\s+\d{4}\b", re.I)


def _change_between_dates(pendings: list[Pending]) -> None:
    """A balance's change said with the two levels it runs between, each at a date the sentence names ("Total equity
    increased by $4.5 million from $90.0 million at December 31, 2023, to $94.5 million at September 30, 2024"): the
    change is of the later date since the earlier one, kept when it is the difference of the two levels within the
    rounding of what is printed (otherwise which dates it joins is not plain, and it stays unread)."""
    for p in pendings:
        if p.stored or p.owner is not None or p.figure.qualifier != "change" or p.figure.printed_term:
            continue
        levels = [q for q in pendings if q is not p and q.stored and q.owner is None and q.term == p.term
                  and q.figure.qualifier == "" and q.figure.unit == p.figure.unit and q.figure.period.is_instant
                  and int(q.figure.quote) > int(p.figure.quote)]
        if len(levels) != 2 or levels[0].figure.period == levels[1].figure.period:
            continue
        early, late = sorted(levels, key=lambda q: q.figure.period.end)
        step = max(_last_step(q.figure) for q in (p, early, late))
        if abs((late.figure.value - early.figure.value) - p.figure.value) <= 1.5 * step + 1e-9 * abs(p.figure.value):
            p.figure.period, p.figure.comp_period, p.stored = late.figure.period, early.figure.period, True


def _last_step(f: Figure) -> float:
    """A unit of the last digit the figure's amount prints (the value's own digits when the count is not kept)."""
    if not f.digits or not f.value:
        return abs(f.value) * 1e-3
    return 10.0 ** (math.floor(math.log10(abs(f.value))) + 1 - f.digits)


def _whole_ranges(pendings: list[Pending]) -> list[Pending]:
    """An outlook's range is read whole or not at all: a low end whose high end was not read is left out."""
    highs = {int(p.figure.quote) for p in pendings if p.figure.qualifier.endswith("guidance high")}
    return [p for p in pendings if p.range_high < 0 or p.range_high in highs]


def _without_conflicts(pendings: list[Pending]) -> list[Pending]:
    """Two different values for one key (label, period, unit, place, product) in one sentence are a
    misreading, not a choice: both are left out."""
    key = lambda p: (p.figure.label.lower(), p.figure.period, p.figure.unit, p.figure.geo.lower(), p.figure.product.lower())
    values: dict[tuple, set[float]] = {}
    for p in pendings:
        values.setdefault(key(p), set()).add(p.figure.value)
    if all(len(v) == 1 for v in values.values()):
        return pendings
    return [p for p in pendings if len(values[key(p)]) == 1]


_NAMED_SEGMENT = re.compile(r"\b[Tt]he\s+((?:[\w&/.-]+\s+){1,4})Segment\b|\b((?:[A-Z][\w&/.-]*\s+){1,4})[Ss]egment\b")


def _segment_heading(text: str, metric_named: bool = False) -> str:
    """A short Title Case heading that names a business line ('Data Center', 'Gaming and AI PC'),
    not a section of the release ('Fourth-Quarter Highlights', 'Outlook'); or a lead-in that names one
    ("The EFT Processing Segment reports the following results …:"). `metric_named`: only a heading that ends in a
    metric's term ('Rotor Parts Sales'), which names a business line where its paragraphs say "this segment"."""
    t = " ".join(text.replace("*", " ").split()).strip(" :")
    named = _NAMED_SEGMENT.search(t) if text.rstrip().endswith(":") else None
    name = re.sub(r"^The\s+", "", (named.group(1) or named.group(2)).strip()) if named else ""
    if name and not GENERIC_HEADINGS.search(name):
        return name
    t = _HEADING_ABBREVIATION.sub("", t)  # 'Ground Equipment Sales ("GGS")': the line's name, its initials aside
    t = _HEADING_SHARE.sub("", t)  # 'Video (52% of revenues)': the line's name, its share aside
    if metric_named:
        return t if SEGMENT_HEADING.match(t) and _names_a_metric(t) and _names_a_line(t[:TERM_RE.search(t + " was").start()]) \
            else ""
    if not SEGMENT_HEADING.match(t) or GENERIC_HEADINGS.search(t) or GEO_RE.fullmatch(t) or _names_a_metric(t):
        return ""
    return t


_BUSINESS_HEAD = re.compile(r"\s+(?:business(?:es)?|segments?|divisions?)$", re.I)


def _heading_name(text: str) -> str:
    """A heading's words, its emphasis and ending colon left out."""
    return " ".join(text.replace("*", " ").split()).strip(" :")


def _names_a_business(text: str) -> bool:
    """Does a heading name a business line: a segment heading ('Aggregates', 'Cement and Downstream Businesses'), or
    a Title Case name before 'Business' or 'Segment' ('Building Materials Business') whose other words name no
    section of the release ('Business Update', 'Other Business', 'Recent Business Developments')?"""
    if (name := _segment_heading(text)):
        return _a_business_line(name)  # (never 'PROFITABILITY': a section of the release in capitals)
    t = _heading_name(text)
    head = _BUSINESS_HEAD.search(t)
    return bool(head and SEGMENT_HEADING.match(t) and not GENERIC_HEADINGS.search(t[:head.start()])
                and not GEO_RE.fullmatch(t[:head.start()]))


_ONLY_A_BASIS = re.compile(r"^(?:(?:adjusted|core|total|net|gross|normalized|comparable|organic|reported|non-gaap|"
                           r"consolidated|group|segment|operating|underlying|pro forma)\b\W*)*$", re.I)


def _names_a_line(before_term: str) -> bool:
    """The words of a heading before its metric's term name a business line ('Rotor Parts' of 'Rotor Parts
    Sales'), never only a basis or a total of the term ('Adjusted' of 'Adjusted EBITDA', 'Total' of 'Total Revenue')."""
    words = before_term.strip(" -:,")
    return bool(words) and not _ONLY_A_BASIS.match(words) and _a_business_line(words) \
        and not GENERIC_HEADINGS.search(words) and not GEO_RE.fullmatch(words)


def _names_a_metric(heading: str) -> bool:
    """Does a heading end in a metric's term ('AFFO', 'Core FFO', 'Adjusted EBITDA')? It heads that metric's
    figures, never a business line's: 'AFFO' over '• AFFO ... increased 9% to $52.1 million' is no segment."""
    m = TERM_RE.search(heading + " was")
    return m is not None and m.end() == len(heading)


_HEADING_SHARE = re.compile(r"\s+\([^()$]*\d(?:\.\d+)?\s?(?:%|percent)[^()$]*\)$", re.I)
_HEADING_ABBREVIATION = re.compile(r"\s+\([\"\u201c]?[A-Z][\w&/.-]{0,9}[\"\u201d]?\)$")


_REVENUE_OR_SALES = re.compile(r"revenue|sales", re.I)
_SEGMENTS_OWN = re.compile(r"\b(?:this|the)\s+segment['\u2019]s?\s", re.I)
_THIS_SEGMENT = re.compile(r"\b(?:this|the)\s+segment(?:['\u2019]s)?\b", re.I)


def _a_business_line(heading: str) -> bool:
    """Is a heading _segment_heading reads as a business line surely one: it names no metric ("Core FFO",
    "Net Income Attributable to ...") and is not in capitals ("PROFITABILITY", a section of the release)."""
    return not heading.isupper() and not TERM_RE.search(heading + " was")  # a term must be followed by what it was


def _not_the_sections(found: list[Figure]) -> list[Figure]:
    """The figures of a later paragraph under a business line's heading that name no subject of their own
    ("Fixed Connectivity" / ... / "Second Quarter revenues stood at EUR62.3 million"): whose they are is not
    read — the line's most likely, the company's never for sure — so they are left out; a total the sentence
    names as the company's ("Total revenues", "consolidated") and figures of a place or product are kept. A margin
    is no exception ("Adjusted EBITDA Margin in the quarter decreased to 42%" was stored as the company's)."""
    return [f for f in found if f.product or f.geo or "/" in f.unit
            or f.label.lower().startswith(("total", "consolidated", "group"))]


def _under_segment(found: list[Figure], segment: str) -> None:
    """Revenue in a bullet under a business line's heading is that line's revenue; a margin there is its margin."""
    for f in found:
        if f.source == "narrative" and not f.product and not f.geo and "/" not in f.unit \
                and (_REVENUE_OR_SALES.search(f.label) or not f.label.lower().startswith(("total", "consolidated"))):
            f.product, f.segment = segment, segment  # "Operating income of $37.3 million" under the segment's lead-in


_PARENTHETICAL = re.compile(r"\([^()$]*\)")


# A two-way subject said to be on one of its sides: "Other income and expense are expected to be an income of
# approximately $250 million", "Interest income (expense), net was an expense of $2.0 million", "Foreign currency gain
# (loss) was a loss of $0.8 million". The side's word names no figure: the amount is the two-way subject's own, an
# income or gain its positive side, an expense or loss its negative one. (Only after a subject of both sides: "Tax
# expense is expected to be an income of" would give an expense an income's sign.)
_TWO_WAY_SUBJECT = (r"\b(?:(?:income|gains?|earnings)\s*(?:and|or|/|\()\s*(?:expenses?|loss(?:es)?|deductions|charges?)|"
                    r"(?:expenses?|loss(?:es)?|charges?)\s*(?:and|or|/|\()\s*(?:income|gains?|earnings))\b\)?")
_AN_INCOME_OF = re.compile(rf"{_TWO_WAY_SUBJECT}[^.;$]{{0,60}}?"
                           r"\b(?:be|is|are|was|were)\s+an?\s+(income|gain|expense|loss|charge)\s+of\b", re.I)
# the side's word before each amount after such a subject ('..., compared to an income of $1.5 million')
_SIDE_WORD = re.compile(r"(?:\ban?|\b(?:compared\s+(?:to|with)|versus|vs\.?))\s+(income|gain|expense|loss|charge|deduction)"
                        r"\s+of\b", re.I)
_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-Z])|$")


# A comparison right before an amount ("compared with a", "up from", "versus") and the other side of an income or loss
# named right after it ("$3.3 million net loss", "$1.5 million of net income"): the compared amount's own side; "of"
# set: the loss or income of something else ("a $3.3 million loss on the sale")
_COMPARED_RIGHT_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|from|against)\s+(?:an?\s+)?$", re.I)
_OTHER_SIDE_AFTER = re.compile(r"\s+(?:of\s+)?(?P<measure>net\s+|operating\s+|pre-?tax\s+)?(?:(?P<loss>loss(?:es)?)|"
                               r"(?P<income>income|earnings|profits?))\b"
                               r"(?P<of>\s+(?:on|from|of|related|relating|associated|due|resulting)\b)?", re.I)
_OPERATING_OR_PRETAX = re.compile(r"\b(?:operating|pre-?tax|before\s+(?:income\s+)?tax(?:es)?)\b", re.I)


def _side_measure(measure: str, term: str) -> str | None:
    """The measure a compared amount's own words name ('net', 'operating', 'pre-tax'; '' none) where it is the term's
    own (a bare 'loss' or 'net loss' after 'net income'), None where it names another."""
    said = measure.strip().lower().replace("pretax", "pre-tax")
    own = _OPERATING_OR_PRETAX.search(term)
    if not said:
        return ""
    if said == "net":
        return None if own else said
    return said if own and said.split("-")[0] in own.group(0).lower().replace("before", "pre") else None


_SIDE_BEFORE = re.compile(r"(?:\ban?|\b(?:compared\s+(?:to|with)|versus|vs\.?))\s+(?:(?P<income>income|gain)|"
                          r"(?P<expense>expense|loss|charge|deduction))\s+of\s+"
                          r"(?:(?:approximately|about|around|roughly|nearly|some)\s+)?$", re.I)


_BARE_SIDE_TERM = re.compile(r"(?:net\s+)?(?:income|earnings|profits?|loss(?:es)?|gains?|expenses?|charges?)", re.I)


def _side_said(m: re.Match[str]) -> int | None:
    """The side an amount is said to be on where its sentence says a two-way subject is 'an income of' an amount
    (_AN_INCOME_OF): +1 for 'an income of $4.0 million', -1 for '..., compared to an expense of $1.0 million'; None
    where the sentence says no side of a two-way subject, or not right before this amount."""
    before = m.string[max(0, m.start() - 40):m.start()]
    side = _SIDE_BEFORE.search(before)
    if side is None or not _AN_INCOME_OF.search(m.string, 0, m.start()):
        return None
    if _ACROSS_SIDES_AFTER.match(m.string, m.end()) or _ACROSS_SIDES_BEFORE.search(before):
        return 0  # "an income of $1 million to an expense of $1 million": a range across both sides
    return 1 if side.group("income") else -1


# A range whose ends stand on the two sides of a two-way subject: no one figure, and neither end alone is its outlook
_ACROSS_SIDES_AFTER = re.compile(r"\s*(?:million|billion|thousand|[mbk]n?\b)?\s*(?:to|and|through|-|\u2013)\s+an?\s+"
                                 r"(?:income|gain|expense|loss|charge|deduction)\s+of\b", re.I)
_ACROSS_SIDES_BEFORE = re.compile(r"\d\s*(?:million|billion|thousand|[mbk]n?\b)?\s*(?:to|and|through|-|\u2013)\s+an?\s+"
                                  r"(?:income|gain|expense|loss|charge|deduction)\s+of\s+"
                                  r"(?:(?:approximately|about|around|roughly|nearly|some)\s+)?$", re.I)


# The market's view of a figure, not the company's: the words before an amount name analysts or their consensus
# ("consensus estimates of $115.0 million", "Wall Street had $110.0 million"), or the words right after it say it
# stands in their estimates ("$110.0 million of revenue in its estimates")
_MARKET_BEFORE = re.compile(r"\b(?:consensus|Wall\s+Street|the\s+Street|analysts?['\u2019]?s?|sell[\s-]side)\b", re.I)
_MARKET_AFTER = re.compile(r"^[^,;$]{0,60}?\bin\s+(?:its|their|the|analysts?['\u2019]?s?)\s+(?:consensus\s+)?"
                           r"(?:estimates?|forecasts?|models?|expectations?)\b", re.I)


def _market_view(c: "Context") -> bool:
    """Whether an amount is the market's estimate rather than the company's figure (_MARKET_BEFORE, _MARKET_AFTER)."""
    return bool(_MARKET_BEFORE.search(c.span) or _MARKET_AFTER.match(c.tail))


def _mask_parentheses(text: str) -> str:
    """Blank out closed parentheticals: "(earnings before interest and income taxes)" defines, it does not name; and
    the side a two-way subject is said to be on ("... are expected to be an income of", _AN_INCOME_OF)."""
    masked = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), text)
    if " of" in text:
        for m in _AN_INCOME_OF.finditer(text):
            end = _SENTENCE_END.search(text, m.end()).start()  # type: ignore[union-attr]
            for side in _SIDE_WORD.finditer(text, m.start(1) - 3, end):
                masked = masked[:side.start(1)] + " " * len(side.group(1)) + masked[side.end(1):]
    return masked


_OR_BEFORE = re.compile(r"\bor\s*\(?$")


_SHARE_THEN_PARENTHESIS = re.compile(r"\s*(?:per|a)\s+(?:\w+\s+){0,3}?share\s*\(?\s*")


def _is_adjunct(before: tuple, item: tuple, text: str) -> bool:
    """Does `item` belong to the amount `before` it: "or $0.03 per share", "or 71% of revenue", and the
    diluted figure in parentheses after a per-share one ("$0.89 per share ($0.88 per share on a diluted
    basis)")?"""
    between = text[before[2].end():item[0]]
    if ADJUNCT_RE.fullmatch(between):
        return _is_adjunct_item(item, text)
    opened = between.rstrip().endswith("(") or item[2].group(0).startswith("(")
    return before[1] == "money" and opened and bool(_SHARE_THEN_PARENTHESIS.fullmatch(between)) \
        and _is_adjunct_item(item, text)


def _is_adjunct_item(item: tuple, text: str) -> bool:
    """Only "or $0.03 per share", "or $0.29 per diluted ADS" and "or 71% of revenue" belong to the amount before them."""
    _, kind, m = item
    if kind == "ratio":
        return True
    gap = text[:m.start()][-12:]
    return bool(PER_SHARE_RE.match(text[m.end():]) or _per_depositary(item, text)) \
        and (m.group("cents") is None or bool(_OR_BEFORE.search(gap)))


# "$0.29 per diluted ADS", "7.4 cents per American depositary share": per a unit that stands for one or more shares
# (vocabulary.toml [language] depositary_share_words), whose figure the reader never states as per share
_DEPOSITARY_WORDS = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
    VOCABULARY.get("language", {}).get("depositary_share_words", []), key=len, reverse=True)) or r"(?!)"
_PER_DEPOSITARY = re.compile(r"\)?\s*(?:per|a|/)\s*(?:(?:basic\s+and\s+diluted|fully\s+diluted|diluted|basic)\s+)?"
                             rf"(?-i:{_DEPOSITARY_WORDS})(?![\w-])", re.I)


def _per_depositary(item: tuple, text: str) -> bool:
    """Is the amount of `item` one per depositary share ("or $0.29 per diluted ADS")? After another amount it is that
    amount's adjunct, left unread: it neither is read as per share nor ends the amount before it, whose comparison
    after it ("up from $50.6 million, or $0.29 per diluted ADS in 2023") is then read as without it."""
    _, kind, m = item
    return kind == "money" and bool(_PER_DEPOSITARY.match(text, m.end()))


_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b\s*,?", re.I)
_PERIOD_THEN_OR = re.compile(r"\s+((?:for|in|during)\s+(?:[^$;,()]|,\s*(?=(?:19|20)\d\d\b)){4,70}),\s+or\s+\(?")  # "… for the quarter, or $0.67"
_PERIOD_LEAD = re.compile(r"(?:(?:for|in|during)\s+)?(?:the\s+)?(?:full\s+|fiscal\s+)?", re.I)
_QUARTERLY_BEFORE = re.compile(r"\bquarterly\s+(?:[\w-]+\s+){0,2}$", re.I)  # "Quarterly Fee-Related <term>"
# A lead-in that opens on a span's word and ends on a colon ("Since the program's launch:", "Over the last three
# years:", "Cumulatively through today:"): the span its bullets' figures are of, whether or not a period pattern reads it
_SPAN_LEAD_IN = re.compile(r"^\W*(?:since|over|through|throughout|during|from|cumulative(?:ly)?|to\s+date|in\s+total)\b"
                           r"[^:]{0,80}:\s*$", re.I)
_CONTRAST_OPENS = re.compile(r"(?:,\s*|\s)(?:while|whereas)\s", re.I)  # a clause set against the one before it
_UNREAD_PERIOD = re.compile(r"\b(?:for|during|in|over)\s+the\s+[^,.;$\d]{0,20}\d[^,.;$]{0,20}?\s+period\b", re.I)  # a
# period named with figures of its own ("the 12M 24' period") that the period patterns do not read
_LISTED_BEFORE_TERM = re.compile(r"^\W*(?:[A-Za-z]+ly,\s+)?(?:(?:the|our|its|total|net)\s+)?(?!(?:as|in|on|for|during|at|by|with|after|also|however|"
                                 r"overall|additionally|further|finally|meanwhile|similarly|excluding|including|compared|year-over-year|thus|therefore|"
                                 r"again|here|there|today|now|then)\b|[a-z]+ly,)"
                                 r"(?:[A-Za-z][\w'\u2019&-]*\s+){0,3}[A-Za-z][\w'\u2019&-]*,\s+(?:[A-Za-z][\w'\u2019&-]*\s+){0,3}?"
                                 r"(?:and|&)\s+$", re.I)  # "Net earned premiums, fees and <term>": the clause opens on a list
# whose last item is the term (a lead-in "As a result," or a period before the comma is no item of it)
_CLAUSE_BREAK = re.compile(r",\s+(?:with|and|while)\b|;|\s(?:while|whereas)\s")  # "... compared to last year while
# non-GAAP earnings per share were $2.87": a clause of its own after the comparison, its own figure


def _scale_left_out(c: "Context", primary: Pending, per_share: bool) -> bool:
    """Is this amount, compared with `primary`, printed without the scale word the primary amount has ("$5.2 million
    ... compared with $4.1")? A per-share amount has none to print, an amount printed in full ('$480,000') needs none."""
    if per_share or c.kind != "money" or c.m.group("scale") or c.m.group("cents") is not None \
            or "," in (c.m.group("num") or "") or primary.figure.unit.endswith("/share") \
            or not primary.figure.quote.isdigit():  # "$5.2 million compared with $480,000": printed in full
        return False
    own = MONEY_RE.match(c.text, int(primary.figure.quote))
    return bool(own and own.group("scale"))


_SUMMED_WITH = re.compile(r",\s+and\s+(?!(?:the|its|our|their|a|an)\b)([a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3},?\s+(?:as\s+of|at|were|"
                          r"was|totaled|totalled|amounted|stood|for|in)\b", re.I)
_AND_ANOTHER_PERIOD = re.compile(r"[\s,]*(?:(?:for|in|during|over|at|as\s+of)\s+)?(?:the\s+)?\s*,?\s+and\s+"
                                 r"(?:(?:by\s+)?[+-]?\d+(?:\.\d+)?\s?(?:%|percent)\s+to\s+(?:approximately\s+)?)?"  # "... in the fourth
                                 r"(?:for\s+|in\s+|during\s+|over\s+)?(?:the\s+)?", re.I)  # quarter and 13% to $2,771 million for ..."
_JUST_AND = re.compile(r"\s+and\s+", re.I)
_PERIOD_RIGHT_AFTER = re.compile(r"\s*(?:(?:for|in|during|over|at|as\s+of)\s+(?:the\s+)?(?:full\s+)?)?", re.I)  # "for the full
# year ended December 31, 2024": the period's span starts at "year"
_SHARE_ADJUNCT_AFTER = re.compile(r"(?:\s*,?\s*(?:or\s+)?\(?(?:" + MARK_RE.pattern + r")\s?\d[\d.,]*\s*(?:/\s*|per\s+(?:\w+\s+){0,3}?)"
                                  r"share\)?,?)?", re.I)
_ADJUNCT_END = re.compile(r"\s*(?:(?:/\s*|per\s+(?:\w+\s+){0,3}?)share\s*)?\)?"
                          r"(?:\s+of\s+(?:[A-Za-z][\w\'\u2019-]*\s+){0,4}?[A-Za-z][\w\'\u2019-]*)?"
                          r"[\s,]*(?:(?:for|in|during|over|at|as\s+of)\s+"
                          r"(?:the\s+)?)?", re.I)  # "$649 million ($0.40 / share) for the quarter": after the adjunct;
# "$16 billion of capital in the fourth quarter, and $48 billion during the year": after the first amount's own object
# (a few words, no figure nor clause), the second amount is of the same thing


# A subject the vocabulary lacks, as a clause opens on it and says what it was: "As of June 30, 2025, outstanding
# borrowings under the credit facility were $210.4 million", "Loan growth for the year ended June 30, 2025 was $60
# million", or the company's own clause says it had, recorded or collected it: "For the quarter, the Company recorded
# a recovery of $64 thousand". The clause opens the sentence (after a lead-in of its period) or follows a semicolon;
# the subject is a plain noun phrase of up to eight words (lowercase after the first word: never a name, a fund's,
# a property's or a segment's). The periods the sentence names are blanked to one mark (_PERIOD_MARK) first.
# The changes a cause lists, one by one: "a decrease of $4.1 million in residential mortgage loans", "a $215,400 increase in
# the gain on insurance proceeds", "$4.1 million of higher freight costs" (the part's change: its level is not said),
# each after the cause or the one before it
# (", partially offset by a $0.4 million decrease in ...": a change of its own direction word, listed on)
_PART_CHANGE_GAP = re.compile(r"\s*(?:(?:primarily|mainly|largely|principally|partly|partially|in\s+part)\s+)?(?:,|;)?\s*(?:and\s+)?"
                              r"(?:(?:(?:partially|partly|in\s+part)\s+)?offset\s+by\s+)?(?:(?:an?|the)\s+)?(?:(?P<w>increases?|decreases?|declines?|reductions?|rises?|drops?)\s+of\s+)?"
                              r"(?:approximately\s+|about\s+)?", re.I)
_PART_CHANGE_AFTER = re.compile(r"(?:\s+(?:of|in)\s+(?P<more>higher|increased|lower|decreased|reduced)\s+|"
                                r"(?:\s+(?P<w>increases?|decreases?|declines?|reductions?|rises?|drops?))?\s+in\s+(?:the\s+)?)"
                                r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,6}?)(?=\s*(?:[,;]|\.?\s*$)|\s+and\s)", re.I)
_DOWN_NOUN = re.compile(r"decrease|decline|reduction|drop|lower|reduced", re.I)


def _changed_parts(text: str, cause: re.Match, money: list[re.Match]) -> list[tuple[re.Match, str, int]]:
    """(amount, printed words, sign) of each change the cause lists, as one unbroken list from the cause on; an item
    whose words are unclear ends it (_plain_subject's rules)."""
    out: list[tuple[re.Match, str, int]] = []
    at = cause.end()
    for k, m in enumerate(a for a in money if a.start() >= cause.end()):
        gap = _PART_CHANGE_GAP.fullmatch(text, at, m.start())
        after = _PART_CHANGE_AFTER.match(text, m.end())
        said: str = (after.group("w") or after.group("more") or "") if after is not None else ""
        if gap is None or after is None or bool(gap.group("w")) == bool(said) \
                or m.group("cents") or PER_SHARE_RE.match(text[m.end():]):
            break
        label = _plain_subject(after.group("np"))
        if not label or after.group("more") and not _LOWER_WORDS.fullmatch(after.group("np")):
            break  # ("$4.1 million of higher costs in the Widgets business": whose costs, the words do not plainly say)
        out.append((m, label, -1 if _DOWN_NOUN.match(gap.group("w") or said) else 1))
        at = after.end()
    return out


# A total said to be made of parts listed after it: "were comprised of", "consisting of", "consisted of"; or said to
# hold parts an amount starts ("..., including $5.0 million of severance", "which included $2.1 million of ..."): a
# part of the total, never all of it ("included in <whole>" names no part of the amount before it)
_COMPONENTS_LEAD = re.compile(r"\b(?:(?:was|were|is|are)\s+)?(?:comprised\s+of|composed\s+of|made\s+up\s+of|consist(?:ing|ed|s)"
                              r"\s+of)\s*[;:]?|(?:,\s*|\b)(?:(?:which|that)\s+)?includ(?:ing|ed|es|e)(?=\s+(?:approximately\s+|about\s+)?"
                              r"[$\u20ac\u00a3]\s?\d)", re.I)
# Between the lead or one part and the next part's amount: ", ", ", and ", " and ", "; "
_COMPONENT_GAP = re.compile(r"\s*(?:(?:,|;)\s*(?:and\s+)?|\s+and\s+)?(?:approximately\s+|about\s+)?", re.I)
# A part: "$3.6 million of base management fees", "$410.0 million or 41% of first lien secured debt", "$0.9 million in
# costs from storm damage" (never "in" a period: no part's words hold one), its words ending
# the list item (a comma, "and" before the next amount, or the clause's end)
_COMPONENT_ITEM = re.compile(r"(?:\s+or\s+\d+(?:\.\d+)?\s?%)?\s+(?:of|in)\s+(?P<np>[A-Za-z][\w&'\u2019-]*(?:\.[\w&'\u2019-]+)*\.?(?:\s+[\w&'\u2019-]+(?:\.[\w&'\u2019-]+)*){0,7}?)"
                             r"(?=\s*(?:[,;]|\.?\s*$)|\s+and\s*(?:approximately\s+|about\s+)?\(?$)")
_INCLUDES = re.compile(r"[\s,]*(?:(?:which|that)\s+)?includ", re.I)


def _an_included_amount(p: Pending, start: int) -> bool:
    """Is p the amount at `start` read as its term's included part (qualifier "included")? A listed part reads it
    under its own printed words instead."""
    return int(p.figure.quote) == start and p.owner is None and p.figure.qualifier == "included"


_LOWER_WORDS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*")
_ASIDE = re.compile(r"\((?=[A-Za-z])[^()]*\)")
_PERIOD_MARK = "\x00"
_AT_A_PERIOD = r"(?:(?:for|in|during|as\s+of|at|on|through|over)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?)?\x00"
_BALANCE_MARKS = frozenset(VOCABULARY.get("language", {}).get("balance_marks", []))  # "Deferred franchise fees": a
# balance or a run-rate, whatever its last word
# After an amount, "at both <date> and <year>", "in both the fourth quarter and the year": the amount is of each of
# the two named after it
_BOTH_AFTER = re.compile(r"\)?,?\s*(?:(?:at|as\s+of|on|in|for|during|over|through)\s+)?(?:the\s+)?(?:end\s+of\s+)?"
                         r"both\s+[^$;]{1,50}?\band\b", re.I)
_BALANCE_MARK_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(_BALANCE_MARKS, key=len, reverse=True)))
                                  + r")\s+$", re.I) if _BALANCE_MARKS else None


_AND_BEFORE_MARK = re.compile(r"\s(?:and|&)\s+(?:the\s+)?$", re.I)  # "Cash and <restricted> cash": the mark's account
# joined to a term before it


def _balance_mark_before(masked: str, term_start: int) -> re.Match | None:
    """The balance mark (vocabulary.toml balance_marks) right before a term: "Accrued expenses", "Non-performing
    loans", "Restricted cash" name another account than the term's metric, never a business line called "Accrued"
    nor the metric itself; the amount is that printed account's."""
    if _BALANCE_MARK_BEFORE is None:
        return None
    return _BALANCE_MARK_BEFORE.search(masked, max(0, term_start - 30), term_start)


_KIND_MARKS = sorted(VOCABULARY.get("language", {}).get("kind_marks", []), key=len, reverse=True)
_MEASURE_WORD = "|".join(map(re.escape, sorted(VOCABULARY.get("language", {}).get("title_case_measure_words", []),
                                               key=len, reverse=True))) or "(?!)"
_KIND_MARK_BEFORE = re.compile(  # "[net] [interest and] other [investment] <term>"
    r"(?<![\w-])((?:net\s+)?(?:[a-z]+\s+and\s+)?(?:" + "|".join(map(re.escape, _KIND_MARKS))
    + rf")(?:\s+(?:{_MEASURE_WORD}))?)\s+$", re.I) if _KIND_MARKS else None


_RUNS_ON_AFTER = re.compile(r",?\s+and\s+[a-z]", re.I)  # after a term: "... revenue and costs"


def _kind_mark_before(masked: str, term_start: int) -> re.Match | None:
    """The kind mark (vocabulary.toml kind_marks) right before a term of a flow, with an ordinary measure word between
    ("Other expenses", "Net finance expenses", "Other investment income", "net new ARR"): one kind of the term, another
    account than its metric, never a business line called "Other" nor the term's total. Lowercase, or capitalised only
    where it opens its sentence: a capitalised word within one ("the Financial segment's") may be a name."""
    if _KIND_MARK_BEFORE is None:
        return None
    found = _KIND_MARK_BEFORE.search(masked, max(0, term_start - 40), term_start)
    if found is None or found.group(1).islower() or not re.search(r"[A-Za-z]", masked[:found.start(1)]):
        return found
    return None


_FLOW_HEADS = frozenset(VOCABULARY.get("language", {}).get("flow_heads", []))  # a printed subject's last word that
# names a flow over a span ("franchise fees", "voyage expenses"), never a balance at a date
_TITLE_HEADS = "|".join(w.capitalize() for w in VOCABULARY.get("language", {}).get("title_case_measure_heads", [])) or "(?!)"
_NOUN_PHRASE = r"(?P<np>(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:" + _TITLE_HEADS + r"))|[A-Za-z](?-i:[a-z-]*(?:\s+(?:[a-z][a-z-]*|the\s+[Cc]ompany['\u2019]s)){0,7}?))"  # "availability
# under the Company's revolving credit facility": the company's own
_TITLE_MEASURE = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}(?:" + _TITLE_HEADS + ")")
# The words a measure's name in capitals may hold before its head: the metrics' names' words and the ordinary words
# the vocabulary lists (title_case_measure_words); any other capitalised word is a proper name's
_MEASURE_WORDS = frozenset(w for m in VOCABULARY.get("metric", []) for name in (m.get("name", ""), *m.get("synonyms", ()))
                           for w in re.findall(r"[a-z]+", name.lower())) \
    | frozenset(VOCABULARY.get("language", {}).get("title_case_measure_words", []))


def _a_measures_name(kept: str) -> bool:
    """Is "Capital Deployment" (capitalised words before a head of title_case_measure_heads) a measure's name: each
    word before the head a measure's word? "Harborline Receipts" is a business's (or a fund's): never the company's."""
    return all(w.lower() in _MEASURE_WORDS for w in kept.split()[:-1])
_ABOUT = r"(?:approximately\s+|about\s+|an?\s+record\s+|a\s+total\s+of\s+)?\(?"
_PRINTED_SUBJECT = re.compile(
    rf"\W{{0,4}}(?:(?P<runin>(?-i:[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){{0,2}}))\s*[-\u2013\u2014:]\W*\s)?"  # a run-in heading
    rf"(?:(?:in\s+addition|additionally|furthermore|meanwhile),\s+)?"  # a word joining it to the sentence before
    rf"(?:{_AT_A_PERIOD},?\s+)?(?:(?:the|our|its|the\s+company['\u2019]s)\s+)?{_NOUN_PHRASE}"
    rf"(?:,?\s+{_AT_A_PERIOD},?)?\s+(?:was|were|totaled|totalled|amounted\s+to|stood\s+at|came\s+in\s+at|reached|"
    rf"(?:increased|decreased|rose|grew|declined|fell)(?:\s+\d+(?:\.\d+)?\s?(?:%|percent))?(?:\s+by|\s+to)?|"
    rf"(?:was|were)\s+(?:up|down)(?:\s+by)?|"  # "Interest on fixed maturities was up $13.5 million": its change
    rf"(?:is|are)\s+(?:now\s+)?(?:expected|anticipated|projected|estimated)\s+to\s+be(?:\s+between|\s+in\s+the\s+range\s+of)?)"
    rf"\s+{_ABOUT}", re.I)  # ("is expected to be": an outlook, read only of a period to come its sentence names)
_AT_PERIODS = (rf"{_AT_A_PERIOD}(?:,?\s+and\s+(?:the\s+)?(?:\x00|(?:19|20)\d\d|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d))?")
# "for <period> and 2023", "as of <date> and September 30, 2024"
_LISTED_SUBJECT = re.compile(
    rf"\W{{0,4}}(?:{_AT_PERIODS},?\s+)?(?:(?:the|our|its|the\s+company['\u2019]s)\s+)?{_NOUN_PHRASE}"
    rf"(?:,?\s+{_AT_PERIODS},?)?\s+(?:were|was|totaled|totalled|amounted\s+to)\s+{_ABOUT}", re.I)
_LISTED_SUBJECTS = re.compile(
    rf"\W{{0,4}}(?:{_AT_A_PERIOD},?\s+)?(?:(?:the|our|its)\s+)?(?P<nps>[A-Za-z][A-Za-z'\u2019\s,-]*?)"
    rf"(?:,?\s+{_AT_A_PERIOD},?)?\s+(?:were|totaled|totalled|amounted\s+to)\s+{_ABOUT}", re.I)
_PRINTED_OBJECT = re.compile(
    rf"\W{{0,4}}(?:{_AT_A_PERIOD},?\s+)?(?:(?:we|the\s+company|the\s+corporation|the\s+partnership|the\s+trust)\s+(?:also\s+)?"
    rf"(?:recorded|recognized|recognised|incurred|collected|accrued|had|generated|received)|there\s+(?:was|were)|"
    rf"(?:(?:the|our|its)\s+)?(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}}results(?:,?\s+{_AT_A_PERIOD},?)?\s+(?:also\s+)?"
    rf"(?:included|includes|include|reflected|reflects|reflect))\s+(?:an?\s+|total\s+)?"
    rf"{_NOUN_PHRASE}\s+of\s+{_ABOUT}", re.I)
# The object of a verb of an outlook, the company its subject ("Acme expects 2025 portfolio receipts to be between",
# "We anticipate full year 2025 interest paid to be approximately"): the measure expected, as _PRINTED_SUBJECT's is
# ("is expected to be"), read only of a period to come its sentence names (parsers/narrative.py _outlook_period)
_EXPECTED_OBJECT = re.compile(
    rf"\W{{0,4}}(?P<runin>(?!))?(?:{_AT_A_PERIOD},?\s+)?(?P<subject>we|the\s+company|the\s+corporation|(?-i:[A-Z][\w&.'\u2019-]*"
    rf"(?:\s+[A-Z][\w&.'\u2019-]*){{0,3}}))\s+(?:now\s+|also\s+|currently\s+|continues\s+to\s+)?(?:expects?|anticipates?|"
    rf"projects?|forecasts?)\s+(?:{_AT_A_PERIOD}\s+)?(?:(?:the|our|its)\s+)?{_NOUN_PHRASE}(?:,?\s+{_AT_A_PERIOD},?)?"
    rf"\s+to\s+(?:be|total|approximate)(?:\s+between|\s+in\s+the\s+range\s+of|\s+in\s+a\s+range\s+of)?\s+{_ABOUT}")
# A measure's guidance named as the subject ("The Company's disposition guidance for 2025 is between $10 million and $50
# million"): the measure's own words before "guidance", read as _PRINTED_SUBJECT's "is expected to be" is
_GUIDANCE_SUBJECT = re.compile(
    rf"\W{{0,4}}(?P<runin>(?!))?(?:(?:the|our|its|the\s+company['\u2019]s)\s+)?{_NOUN_PHRASE}\s+(?:guidance|outlook)\s+"
    rf"(?:(?:for|in)\s+(?:the\s+)?)?\x00,?\s+(?:is|remains)\s+(?:now\s+)?(?:between|in\s+the\s+range\s+of|a\s+range\s+of)?\s*{_ABOUT}", re.I)
# ("Results for the fourth quarter included a pre-tax charge of $7.5 million": the results name no figure of their own,
# the charge is the amount's; a figure of the vocabulary that "included" it is read as that figure's part elsewhere)
# Words a subject of the company's figure never holds: a pronoun or verb (a clause, not a noun phrase), a
# comparison or a change (the amount is of another figure), a part or a share of another ("portion", "segment"),
# an outlook, a rate or a unit ("per").
_NOT_A_PRINTED_SUBJECT = re.compile(
    r"\b(?:we|it|its|they|this|that|these|those|which|who|he|she|there|is|are|was|were|be|been|being|has|have|had|will|"
    r"would|could|should|may|might|can|did|does|not|no|compared|versus|change|changes|increase|increases|decrease|"
    r"decreases|growth|decline|declines|impact|impacts|effect|effects|portion|share|shares|segment|segments|division|"
    r"unit|units|each|per|average|expected|estimated|anticipated|projected|guidance|outlook|target|range|approximately|"
    r"about|remaining|respectively|following|excluding|including|included|includes|plus|less|other|same|prior|"
    r"previous|last|year|quarter|month|months|period|percent|ratio|rate|margin|yield|price|prices|cost|run)\b", re.I)
# What may stand between a figure of a printed subject and the amount it is compared with: a comparison's words and
# its period ("..., compared to $1.2 million for the fourth quarter of 2023"; "... at <date>; as compared to $16.7
# million at <date>"; "..., an increase of 12% as compared to", "(vs $1.9 billion at <date>)"), never a noun of its own ("compared to
# net charge-offs of $212 thousand": another figure, not the subject's)
_PLAIN_COMPARISON = re.compile(
    rf"[\s,;(]*(?:{_AT_A_PERIOD}[\s,;(]*)?(?:(?:an?\s+)?(?:increase|decrease|decline|rise|improvement|growth)\s+of\s+"
    rf"\d+(?:\.\d+)?\s?(?:%|percent),?\s+|(?:up|down)\s+\d+(?:\.\d+)?\s?(?:%|percent),?\s+)?"
    rf"(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?|(?:up|down)\s+from|from|against)\s+"
    rf"(?:(?:that\s+of|the)\s+)?(?:{_AT_A_PERIOD}[\s,]*)?{_ABOUT}"
    rf"|[\s,;(]*(?:{_AT_A_PERIOD}[\s,;]*)?and\s+(?:{_AT_A_PERIOD}[\s,]*)?{_ABOUT}", re.I)  # "compared to $5.1 million
# at <date> and $4.9 million at <date>": the second amount compared


# After the amount, words that go on naming the subject ("a gain of $12 million on the sale of its offices", "$4
# million related to the restructuring", "$1.8 billion on our balance sheet"): the noun phrase before it is not all
# of its name. A period ("for the quarter", "as of <date>"), a comparison or an amount ("to $15.0 million") does not.
_NOUN_GOES_ON = re.compile(r"\s*\)?\s+(?:on|from|related\s+to|associated\s+with|in\s+connection\s+with|attributable\s+to|"
                           r"for|of|to|under|in|within|across|by|at|with|through)\b(?!\s*(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?\x00)"
                           r"(?!\s+(?:approximately\s+|about\s+)?\(?(?:" + MARK_RE.pattern + "))",  # "from $10.0 million": an amount
                           re.I)


# An object's name that goes on after its amount to the clause's end in lower-case words ("recorded a gain of $12.0
# million on the sale of its offices.", "included a pre-tax charge of $7.5 million related to the closure of a plant,"):
# the name is all of them, the amount that whole name's. Ends at a period the sentence names, a comma, a semicolon or
# the sentence's end; any other word (a capital, a number, an amount) leaves it unread. ("$1.8 billion on our balance
# sheet" says where the amount is, not what.)
_OBJECT_GOES_ON = re.compile(r"\s+(?P<rest>(?:on(?!\s+(?:our|its|the|their)\s+(?:consolidated\s+)?balance\s+sheets?\b)|from|"
                             r"related\s+to|associated\s+with|in\s+connection\s+with)"
                             r"(?:\s+[a-z][a-z-]*){1,9}?)(?=\s*(?:[,;]|\.?\s*$)|\s+(?:(?:in|for|during)\s+(?:the\s+)?)?\x00)")
_OWN_WORDS = re.compile(r"\b(?:its|our|their)\b")  # the company's own: no clause word in an object's name


# The direction of a change, said right before its amount ("decreased", "a decrease of", "down", "grew 5%, or") or
# right after it ("$1.8 million higher", "a $0.8 million decrease"); "improved" is the figure's getting better
_CHANGE_UP = r"increas\w*|rose|rise|rising|grew|grow\w*|climb\w*|jump\w*|up|higher|more|greater|above|gain(?:ed)?"
_CHANGE_DOWN = r"decreas\w*|declin\w*|fell|fall\w*|drop\w*|down|lower|less|below|reduc\w*|contract\w*|shr[ai]nk\w*|narrow\w*"
_CHANGE_WORD_BEFORE = re.compile(rf"\b(?:({_CHANGE_UP})|({_CHANGE_DOWN})|(improv\w*))\b(?:\s+(?:of|by|in\s+[^$;]{{1,70}}?\s+of))?"
                                 r"(?:\s+(?:of\s+|by\s+)?\d+(?:\.\d+)?\s?(?:%|percent),?(?:\s+or)?)?\s*(?:approximately\s+|about\s+|"
                                 r"nearly\s+)?[(+-]?$", re.I)
_RIGHT_AFTER_AN_AMOUNT = re.compile(r"[\s,;]*(?:(?:which|that)\s+(?:was\s+|is\s+)?)?(?:(?:a|an)\s+)?(?:[a-z]+\s+)?", re.I)


_OF_WORDS_AFTER = re.compile(r"(?:\s+or\s+\d+(?:\.\d+)?\s?%)?\s+of\s+[A-Za-z]", re.I)


def _prior_changes(c: "Context") -> bool:
    """The amount is the change of the figure right before it, said with nothing of its own between: ", increasing by
    +$9.4 million", ", reflecting growth of +$3.1 million", ", a $0.8 million decrease from ..." (never "..., money
    market accounts increased by $2.3 million": a subject of its own)."""
    if (by := _BY_AMOUNT_WORD.search(c.span)) is not None:
        return bool(_RIGHT_AFTER_AN_AMOUNT.fullmatch(c.span, 0, by.start()))
    if _HIGHER_THAN_A_PERIOD.match(c.tail) and c.prev_end and _NOTHING_OR_VERB.fullmatch(_blank_periods(c, c.prev_end, c.m.start())):
        return True  # "Gross profit of $405 million was $51 million lower than the third quarter of 2024", "$12.0
        # million, $1.8 million higher than last year": the change from the period named after "than"
    return bool(_CHANGE_NOUN_AFTER.match(c.tail) and re.fullmatch(r"[\s,;]*(?:(?:which|that)\s+(?:was|is)\s+)?an?\s*", c.span, re.I))


# A change amount's direction said after it against a period, never an amount, an expectation or nothing ("$65 million
# lower.": lower than which period the sentence said before, not read): "$51 million lower than the third quarter of
# 2024", "$1.8 million higher than last year"
_HIGHER_THAN_A_PERIOD = re.compile(r"^\s*(?:higher|lower|more|less|greater)\s+than\s+(?:in\s+|for\s+|during\s+)?(?:the\s+|a\s+)?"
                                   r"(?=(?:same|prior|previous|last|year|comparable|corresponding|" + ORDINAL_RE
                                   + r"|q[1-4]|[1-4]q|fiscal|(?:19|20)\d\d)\b)(?!" + _TARGET_AHEAD + ")", re.I)
_NOTHING_OR_VERB = re.compile(r"(?:\s+(?:(?:for|in|during)\s+(?:the\s+)?)?\x00)?[\s,]*(?:(?:which|that)\s+)?"
                              r"(?:(?:was|were|is|are|came\s+in)\s+)?", re.I)  # (the level's period between: "of $583
# million for the quarter were $323 million higher than Q3 2024")


# A verb acting on the term after it: "increasing earnings by", "reduced the quarter's net income by" (the term its object)
_EFFECT_ON = re.compile(r"\b(?:increas|decreas|reduc|lower|rais|boost|benefit|hurt|impact|affect|add|contribut|offset|"
                        r"negatively\s+impact|positively\s+impact)\w*\s+(?:the\s+|our\s+|its\s+|(?:\w+['\u2019]s\s+))?"
                        r"(?:[a-z]+\s+){0,2}$", re.I)
# the company itself as the subject of the verb ("the Company reduced its total debt by $37 million", "we lowered our
# operating expenses by $12 million"): its own figure changed by the amount, never an item's effect on a figure
_OWN_DOING = re.compile(r"\b(?:we|the\s+company|the\s+group)\s+(?:(?:have|has|had|also|further|successfully|"
                        r"significantly|substantially)\s+)*$", re.I)
_OWN_BY = re.compile(r"\s+by\s*(?:(?:approximately|about|nearly|roughly|some)\s+)?[(+]?", re.I)  # "by approximately $37"
_DOWN_VERB = re.compile(r"(?:decreas|reduc|lower|hurt|offset|negatively)", re.I)
_CHANGE_IN_WHAT_FOLLOWS = re.compile(r"\s*(?:increase|decrease|decline|reduction|improvement|rise|drop)\s+(?:in|of)\s+"
                                     r"(?!(?:the\s+)?(?:\d|\$|€|£|approximately|about))", re.I)
_CHANGE_NOUN_AFTER = re.compile(r"^\s+(?:increase|decrease|decline|reduction|improvement)\b(?!\s+(?:in|of)\s)", re.I)
_CHANGE_WORD_AFTER = re.compile(rf"^\.?\)?,?\s*(?:({_CHANGE_UP})|({_CHANGE_DOWN})|(improvement))\b", re.I)


def _change_sign(c: "Context", term: str) -> int:
    """+1 or -1: the sign of a change amount as a change of the figure, 0 when no direction is said. A loss stored
    negative falls when it grows ("net loss increased $2 million": -2 million) and rises when it shrinks or
    improves; "improved" says no sign of any other figure (an expense "improved": lower, or better?)."""
    m = _CHANGE_WORD_BEFORE.search(c.span[-120:]) or _CHANGE_WORD_AFTER.match(c.tail)
    if m is None:
        return 0
    loss = bool(_LOSS_WORD.search(term) and not _INCOME_WORD.search(term))
    if m.group(3):
        return 1 if loss or _INCOME_WORD.search(term) else 0
    sign = 1 if m.group(1) else -1
    return -sign if loss else sign


def _blank_periods(c: "Context", a: int, b: int) -> str:
    """c.masked[a:b] with each period the sentence names inside it as one _PERIOD_MARK."""
    return _periods_blanked(c.masked, c.periods, a, b)


def _periods_blanked(masked: str, periods: list[Span], a: int, b: int) -> str:
    """masked[a:b] with each of `periods` inside it as one _PERIOD_MARK."""
    out, at = [], a
    for s in sorted(periods, key=lambda s: s.start):
        if a <= s.start and s.end <= b and s.start >= at:
            out.append(masked[at:s.start] + _PERIOD_MARK)
            at = s.end
    return "".join(out) + masked[at:b]


def _listed_subject(text: str, masked: str, periods: list[Span], start: int) -> str:
    """The printed subject of a list of amounts that "respectively" pairs with a list of periods, the clause before
    the first amount opening the sentence: "For the three months ended June 30, 2025 and 2024, drydocking costs were
    $0.2 million and $2.5 million, respectively"; "" when the clause is no such subject (_printed_subject's rules)."""
    clause = _periods_blanked(masked, periods, 0, start)
    m = _LISTED_SUBJECT.fullmatch(clause)
    return _as_printed(_plain_subject(m.group("np")), text, start) if m else ""


_SUBJECTS_APART = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_SUBJECT_WORDS = re.compile(r"[A-Za-z][a-z-]*['\u2019]?(?:\s+[a-z][a-z-]*['\u2019]?)*")


_SHORT_WORDS = frozenset({"of", "on", "in", "to", "at", "by", "or"})
_NO_LAST_WORDS = frozenset({"the", "a", "an", "for", "of", "in", "to", "at", "on", "by", "with", "during", "from", "and"})


def _whole_words(words: str) -> bool:
    """No broken word ("fo r the", a word split by the layout) and no word that leaves a noun phrase open at its end."""
    split = words.lower().replace("\u2019", "'").split()
    return split[-1] not in _NO_LAST_WORDS and all(len(w.strip("'")) > 2 or w in _SHORT_WORDS for w in split)


def _listed_subjects(text: str, masked: str, periods: list[Span], start: int, n: int) -> list[str]:
    """The n printed subjects a list of n amounts "respectively" pairs with, the clause before the first amount
    opening the sentence with them: "Charter expenses and vessels' running costs for the twelve months ended
    December 31, 2024 were $41.0 million and $19.3 million, respectively". Each is kept as printed (never a metric of
    the vocabulary, whatever words it holds); [] unless the list splits into exactly n subjects each a plain noun
    phrase (a subject with its own "and" makes the count differ: which words are whose is then a guess)."""
    clause = _periods_blanked(masked, periods, 0, start)
    m = _LISTED_SUBJECTS.fullmatch(clause)
    if m is None:
        return []
    words = re.sub(r"\s+", " ", m.group("nps")).strip()
    parts = _SUBJECTS_APART.split(words)
    if len(parts) != n or not all(_SUBJECT_WORDS.fullmatch(p) and _whole_words(p) for p in parts):
        return []
    subjects = [_plain_subject(p.replace("\u2019", "'").replace("'", "")) and _as_printed(p, text, start) for p in parts]
    return subjects if all(subjects) and len(set(s.lower() for s in subjects)) == n else []


_TWO_WAY = re.compile(r"\((?:loss(?:es)?|income|expenses?|gains?|depreciation|appreciation|deficit|charges?|credits?|"
                      r"benefits?|provision|(?:increase|decrease)s?)\)", re.I)


def _as_printed(subject: str, text: str, end: int) -> str:
    """The subject as the sentence prints it before `end`, with the other side of a two-way subject its parentheses
    name ("net realized gains (losses)": a negative amount is a loss, never read as a gain) and without any other
    parenthetical (an abbreviation, a note)."""
    words = subject.split()
    if not words:
        return ""
    found = list(re.finditer(r"\s+(?:\([^()$]*\)\s+)?".join(map(re.escape, words)) + r"(?:\s+\([^()$]*\))?", text[:end], re.I))
    if not found:
        return subject
    kept = re.sub(r"\([^()$]*\)", lambda p: p.group(0) if _TWO_WAY.fullmatch(p.group(0)) else " ", found[-1].group(0))
    kept = " ".join(kept.split())
    if _TITLE_MEASURE.fullmatch(kept):  # "Capital Deployment": the measure's name, capitals only its printing; an
        return kept.lower() if _a_measures_name(kept) else ""  # unknown capitalised word is a name: left unread
    return kept[0].lower() + kept[1:] if kept[1:2].islower() else kept


_AVERAGE_BALANCE = re.compile(r"average\s+(?:[a-z-]+\s+){0,4}(?:assets|liabilities|loans|deposits|borrowings|balances)", re.I)


def _plain_subject(words: str) -> str:
    """The noun phrase as a subject's label, or "" when it is a clause, initials or another's (_NOT_A_PRINTED_SUBJECT;
    it was shadowed by the later _NOT_A_SUBJECT of single words, so no clause word was ever refused)."""
    np = " ".join(words.split())
    plain = np[len("average "):] if _AVERAGE_BALANCE.fullmatch(np) else np  # "average interest bearing liabilities": the
    # issuer's average balance over the span, a figure of its own (never "average selling price", a unit's)
    if _NOT_A_PRINTED_SUBJECT.search(plain) or len(np) < 4 or not np[0].islower() and not np[1:2].islower():
        return ""  # a clause, or initials ("FBC", "ACL on loans"): which figure they name is not read here
    return np[0].lower() + np[1:]


_OWN_CHANGED_SUBJECT = re.compile(
    rf"(?:\)?\.?\s*,\s*(?:and\s+)?|\.?\s+and\s+)(?:(?:the|our|its)\s+)?{_NOUN_PHRASE}\s+(?:increased|decreased|rose|grew|"
    r"declined|fell)"
    r"(?:\s+by)?\s+(?:approximately\s+|about\s+)?", re.I)

# ... or of its own level: "cash and cash equivalents at <date> were $164.4 million and total principal amount of debt
# outstanding at the end of the fourth quarter was $3.4 billion" (its own subject's level, of the period its own clause
# names before its verb: "..., and the reserve was $9.9 million at <date>" stays unread, tests/test_prose_printed_terms.py)
_OWN_LEVEL_SUBJECT = re.compile(
    rf"(?:\)?\.?\s*,\s*and\s+|\.?\s+and\s+)(?:(?:the|our|its)\s+)?{_NOUN_PHRASE}(?:,?\s+{_AT_A_PERIOD},?)\s+(?:was|were|"
    r"totaled|totalled|amounted\s+to|stood\s+at)\s+(?:approximately\s+|about\s+)?", re.I)

_NO_FIRST_WORDS = frozenset({"in", "for", "during", "at", "on", "as", "of", "to", "from", "by", "with", "over", "through",
                             "then", "so", "also", "it", "this", "that", "there"})


def _changed_after_another(c: "Context", start: int) -> str:
    """The subject of a clause that opens right after another amount on a noun phrase of its own and a verb of change:
    "certificates of deposit increased by $6.1 million, money market accounts increased by $2.3 million and savings
    accounts increased by $0.9 million" (each its own subject's change); "" for any other clause after an amount."""
    if any(c.prev_end <= t.start() < start for t in c.terms):
        return ""
    between = _blank_periods(c, c.prev_end, start)
    m = _OWN_CHANGED_SUBJECT.fullmatch(between)
    if m is None and (level := _OWN_LEVEL_SUBJECT.fullmatch(between)) is not None \
            and level.group("np").split()[0].lower() not in _NO_FIRST_WORDS and _whole_words(level.group("np")):
        m = level  # (never "... and in the third quarter was $6.4 million": a period of the same subject, no subject)
    if not m or _NOUN_GOES_ON.match(_blank_periods(c, c.m.end(), min(len(c.text), c.m.end() + 60))):
        return ""
    return _as_printed(_plain_subject(m.group("np")), c.text, start)


# An amount set between an article and the name of what it is, right after a word of inclusion or exclusion that
# opens its clause: "Excluding a $3.0 million impairment charge, ...", "Excluding the $180 million release and ..."
_NAMED_AFTER_LEAD = re.compile(r"(?:^|[,;]\s*)\W*(?:excluding|including)\s+(?:an?|the)\s*$", re.I)
_NAME_AFTER_AMOUNT = re.compile(r"\s+(?!(?:of|in|for|to|from|at|on|per|and|or|compared|versus|as|during|was|were|is|are|"
                                r"increase|decrease|higher|lower|more|less)\b)"
                                r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}?)(?=\s*(?:[,;]|\.?\s*$)|\s+and\s)")


def _named_after_amount(c: "Context", clause: str) -> str:
    """The name an amount set after "excluding a" / "including the" at its clause's start carries after it ("Excluding
    a $3.0 million impairment charge, adjusted operating income was ..."): the amount is that item's own figure (of
    the period the sentence names), never the figure it is left out of or counted in; "" for any other shape."""
    if not _NAMED_AFTER_LEAD.search(clause):
        return ""
    named = _NAME_AFTER_AMOUNT.match(c.text, c.m.end())
    if named is None or len(named.group("np").split()) < 2:
        return ""  # ("Excluding the $180 million release, ...": one word says too little of what it is to be asked by)
    return _plain_subject(named.group("np"))


# A part of the figure right before, named on its own after the figure's amount: "..., including a $3.2 million gain
# on the sale of a warehouse", "..., which included the $2.1 million loss on ..." (the name after the amount: F1), or
# "... and included an impairment charge of $5.5 million" (the name before it: F2)
_PART_LEAD = r"\s*\)?\s*(?:,\s*(?:(?:which|that)\s+(?:also\s+)?(?:included|includes|include)|including)|,?\s+and\s+(?:also\s+)?(?:included|includes|include))\s+"
_PART_NAMED_AFTER = re.compile(_PART_LEAD + r"(?:an?|the)\s*$", re.I)
_PART_NAME_AFTER = re.compile(r"\s+(?!(?:of|in|for|to|from|at|on|per|and|or|as|during)\b)"
                              r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,9}?)(?=\s*(?:[,;]|\.?\s*$))")
_PART_NAMED_BEFORE = re.compile(_PART_LEAD + rf"(?:an?\s+|the\s+)?{_NOUN_PHRASE}\s+of\s+{_ABOUT}$", re.I)


# A name that opens on a metric's name or synonym of the vocabulary ("income tax benefit", "stock-based compensation
# expense", "revenue from ..."): a part of that metric's figure, which a question of the metric may be answered with
_NOTE_OPENS = re.compile(r"^\s*(?:\\?\*+\s*)?\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+\S")  # a table's note (knowledge/check_prose.py)
_OPENS_ON_A_METRIC = re.compile(r"^(?:" + "|".join(re.escape(n) for n in sorted(
    {n.lower() for m in VOCABULARY.get("metric", []) for n in (m.get("name", ""), *m.get("synonyms", ())) if n},
    key=len, reverse=True)) + r")(?![\w-])", re.I)


def _part_of_the_figure_before(c: "Context", start: int) -> str:
    """The printed name of a part the figure right before is said to include, when the part is named on its own
    ("Net income was $14.0 million, including a $3.2 million gain on the sale of a warehouse", "... and included an
    impairment charge of $5.5 million"): the part's own figure (of the sentence's period) under that name, never the
    figure it is counted in. Only where no amount follows in the sentence (a comparison after it may be the part's
    or the figure's: which is not plain); a name of one word, in capitals, going on unclearly or opening on a metric's
    name (_OPENS_ON_A_METRIC) stays unread."""
    between = _blank_periods(c, c.prev_end, start)
    if MARK_RE.search(c.text, c.m.end()):
        return ""  # (a comparison after it: of the part or of the figure?)
    if _PART_NAMED_AFTER.fullmatch(between):
        named = _PART_NAME_AFTER.match(c.text, c.m.end())
        if named is None or len(words := named.group("np").split()) < 2 or words[-1] in _NO_LAST_WORDS \
                or _NOT_A_PRINTED_SUBJECT.search(_OWN_WORDS.sub(" ", named.group("np"))):
            return ""  # ("including the $180 million release": one word says too little of what it is)
        name = " ".join(words)
        return "" if _OPENS_ON_A_METRIC.match(name) else name
    if (m := _PART_NAMED_BEFORE.fullmatch(between)) is None or not _LOWER_WORDS.fullmatch(m.group("np")):
        return ""
    subject = _as_printed(_plain_subject(m.group("np")), c.text, start)
    if _OPENS_ON_A_METRIC.match(subject):
        return ""  # ("... and included income tax expense of $3.1 million": the metric's part, not read as a name)
    after = _blank_periods(c, c.m.end(), min(len(c.text), c.m.end() + 120))
    if not subject or not _NOUN_GOES_ON.match(after):
        return subject
    rest = _OBJECT_GOES_ON.match(after)
    if rest is None or _NOT_A_PRINTED_SUBJECT.search(_OWN_WORDS.sub(" ", rest.group("rest"))) \
            or rest.group("rest").split()[-1].lower() in _NO_LAST_WORDS:
        return ""
    return f"{subject} {' '.join(rest.group('rest').split())}"


# A unit of what a company sells or makes that a price or cost is said per, right after the amount ("$21.95 per ton",
# "$1.68/lb"): never a share, a depositary share, a person or a span of time
_PER_PHYSICAL_UNIT = re.compile(r"\s*(?:per|/)\s*(?P<unit>pound|lb|ounce|oz|troy\s+ounce|short\s+ton|metric\s+ton|ton|tonne|barrel|bbl|boe|"
                                r"mcf|mcfe|mmbtu|gallon|square\s+foot|sq\.?\s*ft|megawatt\s+hour|mwh|kwh)\b(?![-\w])", re.I)
# The last word of a price's or cost's name ("average selling price", "cash cost", "average realized gold price")
_UNIT_PRICE_HEAD = re.compile(r"\b(?:price|prices|cost|costs|realizations?|margin)$", re.I)
_PRICE_WORDS = re.compile(r"\b(?:average|price|prices|cost)\b", re.I)


def _unit_priced_subject(c: "Context") -> str:
    """The printed name of a price or cost a clause opens on, said of one unit ("Average selling price increased 8.6
    percent to $21.95 per ton", "the average realized gold price was $2,650 per ounce"), with its unit: "average
    selling price per ton". A figure of one unit, never money of the whole (no metric of the vocabulary, no scale
    word); "" for any other shape (a name in capitals, a clause, a term of the vocabulary in the clause)."""
    unit = _PER_PHYSICAL_UNIT.match(c.tail)
    start = c.m.start()
    open_at = c.masked.rfind(";", c.prev_end, start) + 1 or c.prev_end
    if unit is None or c.m.group("scale") or open_at == c.prev_end and c.prev_end \
            or any(open_at <= t.start() < start for t in c.terms):
        return ""
    m = _PRINTED_SUBJECT.fullmatch(_blank_periods(c, open_at, start))
    if m is not None and m.group("runin") and not _runin_names_the_subject(m.group("runin"), m.group("np")):
        return ""  # "Aggregates - Average selling price was $21.95 per ton": the heading may name a business line
    raw = " ".join(m.group("np").split()) if m is not None else ""
    if not raw or not _LOWER_WORDS.fullmatch(np := raw[0].lower() + raw[1:]) or not _UNIT_PRICE_HEAD.search(np) \
            or _NOT_A_PRINTED_SUBJECT.search(_PRICE_WORDS.sub(" ", np)) \
            or raw[0].isupper() and np.split()[0] not in _MEASURE_WORDS:
        return ""  # ("Widgets average selling price": a capital that may be a product's or a mine's name)
    return f"{np} per {' '.join(unit.group('unit').lower().split())}"


def _name_goes_on(c: "Context", term: str) -> bool:
    """Does the printed term end with the words after its amount (_OBJECT_GOES_ON: "a charge of $7.5 million related
    to the closure of a plant")?"""
    rest = _OBJECT_GOES_ON.match(_blank_periods(c, c.m.end(), min(len(c.text), c.m.end() + 120)))
    return rest is not None and term.endswith(" ".join(rest.group("rest").split()))


def _printed_subject(c: "Context") -> str:
    """The noun phrase a clause opens on to say the amount's level, when the vocabulary names no term in it
    ("outstanding borrowings were $210.4 million"), or "". Stored under those words alone (Figure.printed_term),
    so it answers a question that names them and never one of a metric of the vocabulary."""
    start = c.m.start()
    open_at = c.masked.rfind(";", c.prev_end, start) + 1 or c.prev_end
    if open_at == c.prev_end and c.prev_end:
        return _part_of_the_figure_before(c, start) or _changed_after_another(c, start)  # a clause after another amount: its subject, if any, is that
        # amount's, unless the clause opens on a subject of its own that changed ("..., money market accounts
        # increased by $2.3 million")
    if any(open_at <= t.start() < start for t in c.terms):
        return ""  # a term of the vocabulary in the clause: its reading, not this one
    clause = _blank_periods(c, open_at, start)
    m = _PRINTED_SUBJECT.fullmatch(clause) or _EXPECTED_OBJECT.fullmatch(clause) or _GUIDANCE_SUBJECT.fullmatch(clause)
    if m is not None and m.group("runin") and not _runin_names_the_subject(m.group("runin"), m.group("np")):
        return ""  # "Retail Banking - Net fees were $4.0 million": a run-in heading of another name may be a business's
    obj = None if m else _PRINTED_OBJECT.fullmatch(clause)
    m = m or obj
    if not m:
        return _named_after_amount(c, clause)
    after = _blank_periods(c, c.m.end(), min(len(c.text), c.m.end() + 120))
    if not _NOUN_GOES_ON.match(after):
        return _as_printed(_plain_subject(m.group("np")), c.text, start)
    rest = _OBJECT_GOES_ON.match(after) if obj is not None else None
    if rest is None or _NOT_A_PRINTED_SUBJECT.search(_OWN_WORDS.sub(" ", rest.group("rest"))) \
            or rest.group("rest").split()[-1].lower() in _NO_LAST_WORDS:
        return ""  # "recorded a gain of $12 million on the sale of its offices in Denver and ...": the subject goes on
        # after the amount, and where its name ends is not plain
    subject = _as_printed(_plain_subject(m.group("np")), c.text, start)
    return f"{subject} {' '.join(rest.group('rest').split())}" if subject else ""


# A run-in heading opening a sentence ("Retail Banking - Total revenue was ...", "**Aerospace:** Sales were ..."): title-case
# words, then a dash or colon, then the sentence
_SUMMARY_HEADING_WORDS = frozenset(VOCABULARY.get("language", {}).get("summary_heading_words", []))
_SUMMARY_HEADING_HEADS = frozenset(VOCABULARY.get("language", {}).get("summary_heading_heads", []))
_HEADING_WORD = re.compile(r"[^\W\d_]+")
_RUN_IN_HEADING = re.compile(r"^\W{0,4}((?-i:[A-Z][a-z]+(?:\s+(?:&|and|[A-Z][a-z]+)){0,3}))\W{0,3}\s*[-\u2013\u2014:]\W{0,3}\s+(?=\W{0,3}[A-Z])")
# Words of a run-in heading that names no business: the release's own sections ("Fourth Quarter Highlights", "Balance
# Sheet and Liquidity", "Capital Returns", "Outlook")
_SECTION_HEADING_WORDS = frozenset(VOCABULARY.get("language", {}).get("section_heading_words", [])) | frozenset(
    w for m in VOCABULARY.get("metric", []) for phrase in [m.get("name", ""), *m.get("synonyms", [])]
    for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) > 2)  # "Assets - Total assets decreased": the
# statement's own lines


def _business_run_in(text: str) -> bool:
    """Does the sentence open on a run-in heading naming a business or place ("Retail Banking - ", "Americas: "), whose
    figures the sentence then states under the company's own words? A heading of the release's sections does not; a
    bullet's name is read as its subject apart."""
    m = _RUN_IN_HEADING.match(text) if ("-" in text[:60] or ":" in text[:60] or "\u2013" in text[:60]
                                       or "\u2014" in text[:60]) else None
    if m is None:
        return False
    words = set(m.group(1).lower().replace("&", " ").split())
    return not words & _SECTION_HEADING_WORDS


def _runin_names_the_subject(runin: str, np: str) -> bool:
    """Does a run-in heading before a printed subject only repeat its words ("Capital - Total capital decreased to",
    "Other Expense: other expense was")? Then it names the measure itself; any other word may name a business line."""
    return set(runin.lower().split()) <= set(np.lower().split())


# A flow of the period said with the company as the subject of its verb (vocabulary.toml [language] flow_verbs): "we
# repurchased $131 million of our shares", "For the quarter, the Company raised $500 million", "During <period>, Acme
# repurchased 559 thousand shares for $120 million" — the verb's name for the amount, read as a printed term
_FLOWS = [(verb, name, re.compile(after, re.I) if after else None)
          for verb, name, after in VOCABULARY.get("language", {}).get("flow_verbs", [])]
_FLOW_VERBS = "|".join(r"\s+".join(map(re.escape, verb.split())) for verb, _, _ in _FLOWS) or "(?!)"
_FLOW_LEAD = (r"\W{0,4}(?:(?:(?:for|in|during|over|through)\s+(?:the\s+)?)?\x00\s*,?\s+)?(?:(?P<subject>we|the\s+(?:company|corporation|"
              r"partnership|trust|bank)|(?-i:(?:[A-Z][\w&.'\u2019-]*\s+){0,3}[A-Z][\w&.'\u2019-]*))\s+(?:also\s+)?|(?-i:(?=[A-Z][a-z])))")
# (no subject: a bullet or sentence opening on the verb, "* Invested $371 million in 127 properties", the company's own)
_FLOW_ABOUT = r"(?:approximately\s+|about\s+|a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?\(?"
_CLOSE_AFTER = re.compile(r"\s*\)?")
_A_YEAR = re.compile(r"\d\d\b")  # a period's words that say its year ("2024", "FY25", "Q4'24")
_SINCE = re.compile(r"\b(?:subsequent|since|after|following|through|to\s+date|year[\s-]to[\s-]date|cumulative\w*)\b", re.I)
# a heading or lead-in of a time after, since or around the period it may name ("Fourth Quarter 2024 and Recent
# Highlights", "Activity Subsequent to the Fourth Quarter"): the flows in the bullets below it are not dated by it
_AFTER_THE_PERIOD = re.compile(_SINCE.pattern[:-3] + r"|recent(?:ly)?|inception|combined|over\s+the\s+(?:past|last))\b", re.I)
_FLOW_AMOUNT = re.compile(_FLOW_LEAD + rf"(?P<verb>{_FLOW_VERBS})\s+{_FLOW_ABOUT}", re.I)
# "repurchased approximately 559 thousand shares of common stock for $120 million": the shares' cost
_FLOW_SHARES_FOR = re.compile(_FLOW_LEAD + r"(?P<verb>repurchased|bought\s+back)\s+(?:approximately\s+|about\s+|a\s+total\s+of\s+)?"
                              r"(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:thousand|million)?\s+"
                              r"(?:of\s+(?:its|our)\s+)?(?:[\w-]+\s+){0,3}?shares"
                              r"(?:\s+of\s+(?:its\s+|our\s+)?(?:class\s+[a-z]\s+)?(?:common|ordinary)\s+(?:stock|shares))?\s+for\s+"
                              + _FLOW_ABOUT, re.I)
# The uses of the capital a sentence says the company returned, each named after its amount (vocabulary.toml [language]
# returned_uses): "We returned $10.0 billion to shareholders in the quarter through $9.7 billion of share repurchases
# and $244 million of cash dividends" — the amount right after "through" (or the one after "$X of share repurchases
# and") is read under the use's name, for the returned amount's period, only with the words that name it after it
_RETURNED_USES = [(name, re.compile(r"\s*" + after, re.I))
                  for name, after in VOCABULARY.get("language", {}).get("returned_uses", [])]
_RETURNED_AMOUNT = r"\(?[$\u20ac\u00a3]\s?[\d.,]+\)?\s*(?:million|billion|thousand|[mb]n?)?"
_RETURNED_USE_BEFORE = re.compile(
    _FLOW_LEAD + r"returned\s+" + _FLOW_ABOUT + _RETURNED_AMOUNT + r"\s+(?:in\s+cash\s+)?to\s+(?:our\s+|its\s+)?(?:share|stock)holders"
    r"(?:\s*,?\s+(?:in|during|for|over)\s+(?:the\s+)?\x00\s*,?)?\s+(?:through|via|in\s+the\s+form\s+of|consisting\s+of)\s+"
    r"(?:" + _FLOW_ABOUT + _RETURNED_AMOUNT + r"\s+(?:of|in|through|via)\s+(?:share\s+|stock\s+)?(?:repurchases|buybacks)\s*,?\s+and\s+)?"
    + _FLOW_ABOUT, re.I)
# a second verb of the same subject after the first flow's amount: "we paid $98 million of dividends and repurchased $131
# million of our shares"
_FLOW_AND = re.compile(rf"[^$;]{{0,50}}?,?\s+and\s+(?:also\s+)?(?P<verb>{_FLOW_VERBS})\s+{_FLOW_ABOUT}", re.I)


def _flow_of_verb(c: "Context", issuer: tuple[str, ...] | None, issuer_name: frozenset[str]) -> str:
    """The name of a flow of the period the amount is, when the company itself is the subject of the verb right before it
    (vocabulary.toml flow_verbs); "" otherwise. The subject must be the company ("we", "the Company", its own name): a
    fund's, a venture's or a business line's flow ("In renewable power, we raised ...", "Wexford Fund invested ...") is
    never the company's. A verb that needs its object after the amount ("paid ... in dividends", "returned ... to
    shareholders", "repurchased ... of our shares") is read only with it."""
    if c.kind != "money" or not _FLOWS or PER_SHARE_RE.match(c.tail):
        return ""
    start = c.m.start()
    open_at = c.masked.rfind(";", 0, start) + 1
    if c.prev_end > open_at:
        lead = _FLOW_AMOUNT.match(_blank_periods(c, open_at, c.prev_end))  # the sentence opened on the company's flow
        m = _FLOW_AND.fullmatch(_blank_periods(c, c.prev_end, start)) if lead and _company(lead, issuer, issuer_name) else None
        if m is None and lead and _company(lead, issuer, issuer_name) and _RETURNED_USE_BEFORE.fullmatch(
                _blank_periods(c, open_at, start)):
            return next((name for name, after in _RETURNED_USES if after.match(c.tail)), "")  # "returned $10.0
            # billion to shareholders through $9.7 billion of share repurchases and $244 million of cash dividends"
    else:
        clause = _blank_periods(c, open_at, start)
        m = _FLOW_AMOUNT.fullmatch(clause) or _FLOW_SHARES_FOR.fullmatch(clause)
        m = m if m and _company(m, issuer, issuer_name) else None
    if m is None:
        return ""
    verb = " ".join(m.group("verb").lower().split())
    name, after = next((n, a) for v, n, a in _FLOWS if v == verb)
    closed = _CLOSE_AFTER.match(c.text, c.m.end())  # "$(3.0) million": the object after the amount's own ")"
    if after is not None and m.re is not _FLOW_SHARES_FOR and not after.match(c.text, closed.end() if closed else c.m.end()):
        return ""
    return name


def _company(m: re.Match, issuer: tuple[str, ...] | None, issuer_name: frozenset[str]) -> bool:
    """Is the subject a flow's lead names the company itself: "we", "the Company", or words all of its own name?"""
    subject = " ".join((m.group("subject") or "we").lower().split())
    if subject in _COMPANY_SUBJECTS:
        return True
    if subject in _KIND_SUBJECTS:  # "the Bank", "the Partnership", "the Trust": the company only when its own name
        # says it is one ("Acme Bank", "Acme Partners, L.P."); else a subsidiary or a fund ("the Bank paid $20 million in
        # dividends to the Company" of a holding company)
        names = issuer_name | frozenset(issuer or ())
        return bool(_KIND_SUBJECTS[subject] & names) or subject == "the partnership" and {"l", "p"} <= names
    words = [_POSSESSIVE.sub("", w.strip(".,")) for w in subject.split()]
    return issuer is not None and all(w in issuer or w in issuer_name for w in words)


# A clause that opens on its subject and a verb whose object is the amount, its term after it: "Corporate and Other
# reports $21.0 million of expense", "For the full year, the Devices segment reported $5.0 million of revenue"
_NAMED_SUBJECT_VERB = re.compile(rf"\W{{0,4}}(?:(?:(?:for|in|during|at|as\s+of)\s+(?:the\s+)?)?{_PERIOD_MARK},?\s+)?(?:the\s+)?(?P<subject>[A-Za-z][\w&'.-]*(?:\s+(?:[\w&'.-]+)){{0,5}}?)"
                                 r"\s+(?:reports|reported|records|recorded|generates|generated|posts|posted|had|has|"
                                 r"delivered|delivers|achieved|achieves)\s+(?:approximately\s+|about\s+|nearly\s+)?", re.I)
# after a business a sentence opens on, words that turn to the company or another subject: "... and the Company
# generated", "of the Company's $140.0 million", "compared with total Company net sales of", "on a consolidated basis"
_ANOTHER_SUBJECT = re.compile(r"\b(?i:the\s+company|company['\u2019]s|total\s+company|the\s+corporation|the\s+group|"
                              r"consolidated|we|our\s+total)\b|(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:the\s+)?"
                              r"[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4}\s+(?:reports|reported|records|recorded|"
                              r"generates|generated|posts|posted|had|has|delivered|achieved|produced|contributed)\b")
# a later clause's own subject: "..., and Harbor Optics recorded $44.0 million of net sales"
_SUBJECT_AFTER_AMOUNT = re.compile(r"[^.;$]*?(?:,\s*|\s+)(?:and|while|whereas|but)\s+(?:the\s+)?"
                                   r"(?P<subject>[A-Z][\w&'.-]*(?:\s+[\w&'.-]+){0,5}?)\s+(?:reports|reported|records|"
                                   r"recorded|generates|generated|posts|posted|had|has|delivered|delivers|achieved|"
                                   r"achieves)\s+(?:approximately\s+|about\s+|nearly\s+)?")
# the company itself under another word: "Our Company", "The Group", "The Firm", "The Company and its subsidiaries"
_THE_COMPANY_ITSELF = re.compile(r"(?:(?:the|our)\s+)?(?:company|group|firm|corporation|total\s+company)"
                                 r"(?:\s+and\s+(?:its|our)\s+(?:consolidated\s+)?subsidiaries)?", re.I)
# a subject that is no one business: "Management", "Both segments", a heading run into the sentence ("Financial
# Highlights Harbor Optics")
_NO_ONE_BUSINESS = re.compile(r"^(?:management|both|all|each|every|total)\b|\b(?:segments|businesses|divisions|units)$"
                              r"|\b(?:highlights|results|overview|summary|quarter|year)\b", re.I)
# two names joined, each of two words or more: "Harbor Optics and Industrial Widgets" (never "Corporate and Other")
_TWO_NAMES = re.compile(r"\S+(?:\s+\S+)+\s+and\s+\S+(?:\s+\S+)+")
_KIND_WORDS = frozenset({"partnership", "trust", "bank", "fund"})  # "the Bank reported": read as before (_company)
_COMPANY_SUBJECTS = frozenset({"we", "the company", "the corporation"})
_KIND_SUBJECTS = {"the partnership": frozenset({"partnership", "partners", "lp", "l.p", "l.p."}),
                  "the trust": frozenset({"trust"}), "the bank": frozenset({"bank"})}


def _and_another_period(c: "Context", prior: Pending, compared: bool = False) -> bool:
    """Is the amount the same term's figure of another period, in a list of two ("Net income was $649 million for the
    quarter and $2.4 billion for the year")? Between the figure before and it stand only the first's period and
    "and"; the amount's own period follows it at once, and neither is a comparison. `compared`: the figure before
    is a comparison and so is this one, of the period it names ("versus $2.6 million last quarter and $15.1 million a
    year ago")."""
    if prior.owner is not None or prior.figure.qualifier == "change" or prior.comparative != compared \
            or c.kind != "money" or (compared and prior.primary is None):
        return False
    inside = [s for s in c.periods if c.prev_end <= s.start and s.end <= c.m.start()]
    after = next((s for s in c.periods if s.start >= c.m.end()), None)
    gap = _SHARE_ADJUNCT_AFTER.match(c.text, c.m.end())  # "$2.4 billion ($1.45 / share) for the year"
    before = [s for s in c.periods if s.end <= c.prev_end]  # "Widget revenue for the fourth quarter of 2024 totaled
    # $13.6 million and $28.7 million for the full year 2024": the first amount's period named before it
    named_first = not inside and not compared and before and before[-1].kind not in COMPARED_ONLY \
        and prior.figure_end == c.prev_end and _JUST_AND.fullmatch(c.text, c.prev_end, c.m.start()) is not None \
        and not _compares(c.text[before[-1].end:c.prev_end])  # (the amount right before is the prior figure itself)
    if not (len(inside) == 1 or named_first) or after is None \
            or not _PERIOD_RIGHT_AFTER.fullmatch(c.text, gap.end(), after.start) \
            or not compared and (after.kind in COMPARED_ONLY or inside and inside[0].kind in COMPARED_ONLY):
        return False
    rest = c.text[after.end:]
    compared = COMPARE_RE.search(rest) if _compares(rest) else None
    if compared is not None and _money(rest[compared.end():]):
        return False  # "... and $2.4 billion for the year, compared with $500 million and $2.0 billion": which is whose?
    if named_first:
        return after.kind not in _COMPARED_KINDS  # ("... and $2.4 million in the prior year quarter": a comparison)
    return bool(_ADJUNCT_END.fullmatch(c.text, c.prev_end, inside[0].start)
                and _AND_ANOTHER_PERIOD.fullmatch(c.text, inside[0].end, c.m.start()))


def _main_again_after_compared(c: "Context", prior: Pending) -> Pending | None:
    """The figure an amount goes on with after its comparison: "$14.6 million for the fourth quarter of 2024,
    compared to $12.9 million for the fourth quarter of 2023, and $55.2 million for the year ended December 31,
    2024" (`prior` the compared $12.9 million, the figure returned the $14.6 million). Between the comparison and
    the amount stand only the comparison's own period and ", and"; the amount's own period, of another span than
    both figures', follows it at once and compares with nothing. None otherwise (the amount is another comparison,
    or undated, or of a period already read: which figure it is, is a guess)."""
    main = prior.primary
    if not prior.comparative or main is None or main.comparative or main.owner is not None or prior.owner is not None \
            or main.figure.qualifier == "change" or prior.figure.qualifier == "change" or c.kind != "money" \
            or main.figure.unit.endswith("/share") != bool(PER_SHARE_RE.match(c.tail)):
        return None
    inside = [s for s in c.periods if c.prev_end <= s.start and s.end <= c.m.start()]
    after = next((s for s in c.periods if s.start >= c.m.end()), None)
    if len(inside) != 1 or after is None \
            or after.kind in _COMPARED_KINDS or after.kind in _UNDATED_KINDS \
            or not _ADJUNCT_END.fullmatch(c.text, c.prev_end, inside[0].start) \
            or not re.fullmatch(r"\s*,\s*and\s+", c.text[inside[0].end:c.m.start()]) \
            or not _PERIOD_RIGHT_AFTER.fullmatch(c.text, c.m.end(), after.start):
        return None
    rest = c.text[after.end:]
    compare = COMPARE_RE.search(rest) if _compares(rest) else None
    if _money(rest) and not (compare is not None and _money(rest[compare.end():])):
        return None  # another amount after it that compares with nothing: a list whose figures are whose?
    return main


# "from $A to $B": the earlier end of a change said as two levels (NarrativeReader._from_end; _FROM_BEFORE above)
_TO_NEXT = re.compile(r"\)?\s*to\s+", re.I)
_NOT_A_YEARS_FLOW = re.compile(r"\b(?:dividends?|distributions?|prices?|rates?|per\s+(?:[\w-]+\s+){0,2}(?:share|unit))\b", re.I)
# Between a compared amount and the period phrase right after it: "$12.3 million for the year ended", "$2.3 million, in
# the fourth quarter of 2024" (_clause_period_after_compared)
_DATED_RIGHT_AFTER = re.compile(r"\)?\s*,?\s*(?:(?:for|in|during|over)\s+)?(?:the\s+)?", re.I)


def _compare_marker(span: str, prior: Pending | None) -> bool:
    """Is this amount the comparison of the figure before it ("compared to revenues of $3.07 million")?"""
    if prior is None:
        return False
    if _ASIDE_AT_END.search(span):
        return True  # "$52.0 million (2023: $77.5 million)": the amount inside is the comparison
    if not COMPARE_NEEDLES.may_match(span):
        return False
    marks = list(COMPARE_RE.finditer(_ACTIVITIES_RE.sub(lambda m: " " * len(m.group(0)),
                                                        OPERATIONS_RE.sub(lambda m: " " * len(m.group(0)), span))))
    if not marks:
        return False
    rest = span[marks[-1].end():]
    if _CLAUSE_BREAK.search(rest) or _CAUSE.search(rest):
        return False  # "from a loss in the prior year primarily due to the cycling of a $160.7 million charge": the
        # amount is the cause's, never the earlier figure
    terms = list(TERM_RE.finditer(rest))
    return not terms or _same_head(terms[-1].group(0), prior.term)


# "a $160.7 million partial impairment charge": an amount between an article and a noun is that noun's, a part
# of the figure the sentence is about whatever the sentence's basis ("income before income taxes ... from a loss")
_NOUN_AFTER = re.compile(r"^\s+(?!(?:of|in|for|to|from|at|and|or|per|compared|versus|as|on|during|was|were|is|are|which|"
                         r"that|increase|decrease|decline|improvement|rise|reduction|higher|lower|more|less|year|quarter)\b)"
                         r"[a-z][\w-]*", re.I)
# A change's contributor against it, listed as a cause is: "..., partially offset by a $0.4 million decrease in ..."
_OFFSET_BY = re.compile(r"\b(?:(?:partially|partly|in\s+part)\s+)?offset\s+by\b", re.I)
_CAUSE = re.compile(r"\b(?:due(?:\s+(?:primarily|mainly|largely|principally|partly|in\s+part))?\s+to|"
                    r"driven(?:\s+(?:primarily|mainly|largely|principally|partly|in\s+part))?\s+by|because\s+of|as\s+a\s+result\s+of|"
                    r"resulting\s+from|reflecting|(?:was|were|is|are)\s+(?:(?:primarily|mainly|largely|principally)\s+)?the\s+"
                    r"(?:net\s+)?result\s+of|resulted\s+(?:(?:primarily|mainly|largely|principally)\s+)?from)\b", re.I)  # ("due primarily to": the adverb inside the cause's words)
# A sentence whose subject is a change ("Lower sales", "Higher operating expenses") said to be caused: its amounts are the
# causes' ("Lower sales were the result of $7.9 million in lower volume"), never a level of the subject
_CHANGE_SUBJECT_CAUSED = re.compile(r"^\W*(?:lower|higher|increased|decreased|reduced)\s+(?:[a-z&-]+\s+){0,3}?(?:was|were)\s+"
                                    r"(?:(?:primarily|mainly|largely|principally|partly|in\s+part)\s+)?(?:the\s+(?:net\s+)?"
                                    r"result\s+of|due\s+to|driven\s+by|caused\s+by|attributable\s+to)\b", re.I)
# A sentence that opens on the change the sentence before stated, to say what made it up ("The decrease was due
# primarily to a decrease of $10.4 million in ...", "These decreases were partially offset by an increase of ..."):
# the direction it names (or "change")
_THE_CHANGE_LEAD = re.compile(r"^\W*(?:the|this|these|such)\s+(?:(?P<up>increases?)|(?P<down>decreases?|declines?|reductions?)|"
                              r"changes?)\s+(?:was|were|is|are)\b", re.I)


# right before a term: a measure of the term's ("the average cost of deposits", "the yield on loans"), not the term
_MEASURE_OF_BEFORE = re.compile(r"\b(?:costs?|rates?|yields?|prices?)\s+(?:of|on)\s+(?:(?:total|average|our|its|the)\s+)*$", re.I)
# before a term: a year before's subject ("last year's terminal revenue", "the prior year's contracted backlog"), never
# a quarter of it ("the prior year's fourth quarter revenue") nor a compared amount ("from last year's $48.3 million")
_PRIOR_YEARS_SUBJECT = re.compile(r"\b(?:last|prior|previous)[\s-](?:fiscal\s+)?year['\u2019]s\s+(?![$\u20ac\u00a3\u00a5\d])"
                                  r"(?!(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])\b)", re.I)
_NOUN_OF_BEFORE = re.compile(r"\b(?!(?:quarter|year|period|months?|weeks?|fiscal|half|ended|ending|range)\b)[a-z][\w-]*\s+of\s*"
                             r"(?:approximately\s+|about\s+|nearly\s+|over\s+)?\(?$", re.I)
_EPS_BASIS_BEFORE = re.compile(r"\b(basic\s+and\s+diluted|diluted|basic)\s+(?:(?:GAAP|non-GAAP|adjusted)\s+)?$", re.I)
_EPS_BASIS_AFTER = re.compile(r"^[1-9]?\s*,\s*(basic|diluted)\b", re.I)  # "EPS1, basic": after a note's mark too
_SHARE_BASIS_WORD = re.compile(r"\b(?:basic|diluted)\b", re.I)


def _compared_prior(span: str, mains: list[Pending]) -> Pending | None:
    """The figure an amount is compared with when that is not the last one read: the text before the amount
    compares ("compared to an adjusted net income of") with a term of another head than the last figure's,
    and an earlier figure of the sentence has that head ("Adjusted net income was $4.6 million corresponding to
    EPS of $0.12 ..., compared to an adjusted net income of $7.2 million"). None otherwise."""
    if len(mains) < 2 or not COMPARE_NEEDLES.may_match(span):
        return None
    marks = list(COMPARE_RE.finditer(OPERATIONS_RE.sub(lambda m: " " * len(m.group(0)), span)))
    rest = span[marks[-1].end():] if marks else ""
    terms = list(TERM_RE.finditer(rest)) if marks and not _CLAUSE_BREAK.search(rest) else []
    if not terms or _same_head(terms[-1].group(0), mains[-1].term):
        return None
    return next((p for p in reversed(mains[:-1]) if not p.comparative and _same_head(terms[-1].group(0), p.term)), None)


def _compares_with_the_last(span: str) -> bool:
    """Does the text between two amounts make the second the comparison of the first ("... , up 40% when
    compared to revenue of")?"""
    if not COMPARE_NEEDLES.may_match(span):
        return False
    marks = list(COMPARE_RE.finditer(OPERATIONS_RE.sub(lambda m: " " * len(m.group(0)), span)))
    return bool(marks) and not _CLAUSE_BREAK.search(span[marks[-1].end():])


_SHARE_BASES_AFTER_TERM = re.compile(r"\s*,\s*(basic\s+and\s+(?:fully\s+)?diluted)\s*,", re.I)  # "Earnings per share,
# basic and diluted, for the year amounted to $1.54 and $1.40, respectively": the bases set off after the term


_WITH_ITS_SHARE = re.compile(r"\s*,?\s*(?:or\s+)?\(?\s*")  # "$13.0 million, or $0.20 per share", "$16.1 million ($0.25 per
_PAIRS_APART = re.compile(r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # share)": an amount and its per-share amount; "... and ..."
_PAIRS_END = re.compile(r"\)?\s*(?:,\s*respectively\b|[.;]|$)")  # the list ends the clause (no period or term after it)
_PAIRS_DATED_AFTER = re.compile(r"\)?\s*,?\s*(?:for|in|during)\s+")  # "..., for the prior year's quarter": its period


def _share_bases_after(text: str, last: re.Match) -> re.Match | None:
    """"basic and diluted" of the per-share phrase right after a list's last amount ("$0.41 and $0.40 per
    basic and diluted share, respectively")."""
    phrase = PER_SHARE_RE.match(text[last.end():])
    return SHARE_BASES.search(text, last.end(), last.end() + phrase.end()) if phrase else None


def _closed_aside(text: str, span: Span, pos: int) -> bool:
    """Is the period span inside parentheses closed before `pos` ("... (vs €1,204.8 million in FY 23); net
    income of €341.0 million")? Then it is the aside's period, never that of an amount after it."""
    return text.rfind("(", 0, span.start) > text.rfind(")", 0, span.start) and ")" in text[span.end:pos]


# A parenthesis opened to compare: "(vs. €774.7 million in 2023)", "(2023: €774.7 million)", "(prior year: $5.1
# million)", "(Q4 2023: $5.1 million)". Its period dates the amount inside it, never the figure before it.
_ASIDE_OPEN = re.compile(r"\(\s*(?:(?:vs\.?|versus|compared\s+(?:to|with)|against)\s|"
                         r"[^():$€£]{0,25}(?:\d|\byear|\bquarter|\bperiod|\bmonths)\s*(?::|\s[\u2013\u2014-]\s))", re.I)
_ASIDE_AT_END = re.compile(r"\(\s*(?:(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+|"
                           r"[^():$€£]{0,25}(?:\d|\byear|\bquarter|\bperiod|\bmonths)\s*(?::|\s[\u2013\u2014-])\s*)$", re.I)


# An aside that dates its amount the year (or period) before the release's, by a relative word alone: "(previous year:
# EUR 33.3m)", "(prior year: $5.1 million)", "(p/y: EUR 421.2m)", "(PY: 12.0)".
_PRIOR_YEAR_ASIDE = re.compile(r"\(\s*(?:(?:the\s+)?(?:previous|prior|last)[\s-]+(?:year|period|quarter)|p/y|py)\s*:\s*$", re.I)


def _prior_year_aside(text: str, pos: int) -> bool:
    """Does the amount at `pos` open a parenthesis that dates it the period before by a relative word alone ("(previous
    year: EUR 33.3m)")? Then it is that earlier period's figure."""
    return bool(_PRIOR_YEAR_ASIDE.search(text, max(0, pos - 30), pos))


def _comparative_aside(text: str, pos: int, after: int = 0, own_amount: bool = False) -> bool:
    """Is `pos` inside a parenthesis, opened at or after `after`, that compares ("(vs. ... in 2023)",
    "(2023: ...)")? Then a period named there is the comparison's. With `own_amount`, a parenthesis that
    holds an amount of its own before `pos` compares too: "$40.1 million ($35.8 million in the prior-year
    quarter)" dates the $35.8 million, never the $40.1 million before the parenthesis."""
    depth = 0
    for i in range(pos - 1, after - 1, -1):  # the innermost parenthesis still open at pos ("(vs. €(27.2) in 2023")
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return bool(_ASIDE_OPEN.match(text, i)) or own_amount and MARK_RE.search(text, i + 1, pos) is not None
            depth -= 1
    return False


def _compares_or_than(text: str) -> bool:
    """Does the text between an amount and a period compare them ("higher than", "compared with", "from")?"""
    return _compares(text) or bool(_THAN.search(text))


def _compares(text: str) -> bool:
    """COMPARE_RE.search(text), ruled out cheaply for a text without its words."""
    return COMPARE_NEEDLES.may_match(text) and bool(COMPARE_RE.search(text))


def _money(text: str) -> list[re.Match]:
    """MONEY_RE.finditer(text): unless the text speaks of cents, an amount starts at a currency mark
    (MARK_RE: "$", "€", "EUR", ...) or the "(" or "-" right before it, so the pattern is tried only there."""
    return list(_money_found(text))


@lru_cache(maxsize=64)  # a sentence's amounts are asked for by several readings of it (_sentence, the listed pairs)
def _money_found(text: str) -> tuple[re.Match, ...]:
    if CENTS_NEEDLES.may_match(text):
        return tuple(MONEY_RE.finditer(text))
    starts = []
    for p in _mark_starts(text):
        if p and text[p - 1] in "(-":
            starts.append(p - 1)
        starts.append(p)
    return tuple(matches_at(MONEY_RE, text, starts))


@lru_cache(maxsize=64)  # asked of a sentence by _marked, then by _money_found: found once
def _mark_starts(text: str) -> tuple[int, ...]:
    """Where the currency marks of MARK_RE stand in the text (scan.Required.find)."""
    return tuple(mark.start() for mark in _MARKS.find(text))


def _marked(text: str) -> bool:
    """Whether text prints a currency mark an amount can start at: "$" or one of MARK_RE's."""
    return "$" in text or bool(_mark_starts(text))


_MARKS = Required(MARK_RE)  # MARK_RE tried only where the strings its marks start with stand (scan.Required)


# Two or more bare years one after another, with nothing but spaces or a table's pipes between them ("2025 2024",
# "| 2025 | 2024 |"): a table's column headings flattened into a line, never a period of the words after them.
YEAR_HEADINGS = re.compile(r"(?<![\w$£€.,/-])(?:19|20)\d\d(?:[ \t|]+(?:19|20)\d\d)+(?![\w%.,/-]*\w)")
# ... standing before a row's label, or between the label and its figures ('Revenue 2025 2024 £129.2m £120.0m')
_HEADED_ROW = re.compile(YEAR_HEADINGS.pattern + r"[ \t|]*(?:[A-Za-z]|[$£€¥]|\(?\d)")


@lru_cache(maxsize=64)  # asked of a sentence up to twice (_sentence): by its text
def _tabular(text: str) -> bool:
    """A table flattened into a line: mostly numbers, or column headings of years standing before a row's label
    or its figures ('2025 2024 Revenue £129.2m £120.0m', 'Revenue 2025 2024 £129.2m £120.0m': which column is
    which year is the table's, not the sentence's)."""
    dated = _FULL_DATE.sub("date", text) if _FULL_DATE_REQUIRED.may_hold(text) else text  # "as of December 31,
    # 2024": one word of the sentence, never two numbers (the pattern run only on a sentence naming a month)
    numbers = len(NUMBER_WORD.findall(dated))
    return numbers > 8 and numbers > 0.3 * len(dated.split()) or _HEADED_ROW_REQUIRED.search(text) is not None


_FULL_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b",
                        re.I)
_FULL_DATE_REQUIRED, _HEADED_ROW_REQUIRED = Required(_FULL_DATE), Required(_HEADED_ROW)  # see scan.Required


_DOLLAR_SPACE = re.compile(r"[(-]?\$\s")


def _table_style(m: re.Match) -> bool:
    """'$ 52,318' with a space and no scale word is a flattened table cell, not prose."""
    return m.group("cents") is None and bool(_DOLLAR_SPACE.match(m.group(0))) and not m.group("scale")


def _respective_run(text: str, a: int, quotes: list[tuple[int, int]]) -> tuple[list[re.Match], list[re.Match]]:
    """(the sentence's amounts, the run of two or more of them "respectively" pairs: "$1 and $2, respectively")."""
    r = RESPECTIVELY.search(text)
    amounts = [m for m in _money(text) if not _table_style(m) and not any(qa <= a + m.start() < qb for qa, qb in quotes)
               and (m.group("cents") is None or PER_SHARE_RE.match(text[m.end():]))]
    return amounts, (amount_run(text, amounts, r.start(), True) or amount_run(text, amounts, r.end(), False)) if r else []


def _paired_by_lists(text: str, term_starts: list[int] | None = None, amounts: list[re.Match] | None = None) -> set[int]:
    """Where the amounts stand of a list of three amounts or more, or of two that a list of terms comes before,
    with no "respectively" to pair them ("depreciation expense, interest expense and amortization ... approximately $165 million, $107
    million and $65 million", "Net income and diluted EPS were $5.0 million and $0.10"): read one by one, the
    last term would take every amount, so none is read. `term_starts`: where a term can start in the text (see
    _terms), None when not known: the terms before each amount are then looked for only there, not by a scan of
    the whole text before it for every amount (quadratic in a long paragraph). `amounts`: _money(text), when
    already found."""
    amounts = _money(text) if amounts is None else amounts
    if not amounts:
        return set()
    masked = _mask_parentheses(text)
    out: set[int] = set()
    for run in amount_runs(text, amounts):
        terms = _terms(masked, term_starts, run[0].start()) if len(run) <= 2 else []
        if len(run) == 1:  # "Revenue, gross profit and operating income were $5.0 million": whose it is, is a guess
            listed = term_run(masked, terms, 2) if len(terms) >= 2 else []
            if listed and _LIST_VERB.fullmatch(masked[listed[-1].end():run[0].start()]) \
                    and not _one_metric_name(masked[listed[0].start():listed[-1].end()]):
                out.add(run[0].start())
        elif len(run) >= 3 or len(terms) >= 2 and term_run(masked, terms, 2):  # three amounts in a row are never
            out.update(m.start() for m in run)  # one term's; two are a range ("between $700 and $750 million")
    return out


_METRIC_NAMES = frozenset(n.lower() for m in VOCABULARY["metric"] for n in [m.get("name", "")] + m.get("synonyms", []) if n)


def _one_metric_name(words: str) -> bool:
    """Is what reads as a list of terms one metric's name in the vocabulary ("Sales and marketing expenses")?"""
    return re.sub(r"\s+", " ", words.strip()).lower() in _METRIC_NAMES


_AT_THE_END = re.compile(r"\b(?:end|close)\s+of\s+(?:the\s+)?$", re.I)  # "at the end of the quarter": a date
# A balance's date that names no period: "at the end of the year", "at quarter-end", "as of the end of the period"
_UNNAMED_END = re.compile(r"\b(?:at|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+the\s+(?:(?:fiscal\s+)?(?P<year>year)|quarter|period)|"
                          r"(?:fiscal\s+)?(?P<year2>year)[- ]end|quarter[- ]end|period[- ]end)\b(?!\s+(?:19|20)\d\d)", re.I)


# Between a list of terms and the one amount after it: a verb only ("were", "totaled", "each increased to")
_LIST_VERB = re.compile(r"\s*,?\s*(?:each\s+|both\s+|combined\s+|together\s+)?(?:was|were|totall?ed|amounted\s+to|"
                        r"came\s+in\s+at|reached|of|(?:increased|decreased|rose|grew|fell|declined)\s+(?:\S+\s+)?to)\s*", re.I)


def _terms_listed_before_amount(text: str) -> bool:
    """Do two or more terms stand as one list before the sentence's first amount ("Net income and EPS were")?"""
    first = next(iter(_money(text)), None)
    masked = _mask_parentheses(text)
    terms = [t for t in TERM_RE.finditer(masked) if first is None or t.end() <= first.start()]
    return len(terms) >= 2 and bool(term_run(masked, terms, 2))


# The measures that are non-GAAP by definition (the vocabulary's defined_basis: EBITDA, FFO, free cash flow): a basis
# word right before one is part of that measure's name ("adjusted EBITDA"), not a basis said of a whole list
_DEFINED_BASIS_NAMES = frozenset(s.lower() for m in VOCABULARY.get("metric", []) if m.get("defined_basis")
                                 for s in m.get("synonyms", []))
_BASIS_LEADING = re.compile(r"(?:adjusted|non-gaap|pro\s+forma|core|comparable|underlying)\s+")
_BASIS_RIGHT_BEFORE = re.compile(r"\b(?:adjusted|non-GAAP|pro\s+forma|core|comparable|underlying)\s*$", re.I)


def _basis_of_a_named_measure(masked: str, first: re.Match) -> bool:
    """Does a basis word stand right before a list's first term that is a measure non-GAAP by definition ("adjusted
    EBITDA and net income")? Then it names that measure; the list's later terms may be on any basis."""
    words = " ".join(first.group(0).lower().split())
    if (own := _BASIS_LEADING.match(words)) is not None:  # the term read with its basis word ("adjusted EBITDA")
        return words[own.end():] in _DEFINED_BASIS_NAMES
    return words in _DEFINED_BASIS_NAMES \
        and bool(_BASIS_RIGHT_BEFORE.search(masked, max(0, first.start() - 20), first.start()))


def _own_basis_word(masked: str, term: re.Match) -> bool:
    """Is a basis word a term's own: read with it, or right before it ("and adjusted net income")?"""
    return bool(_BASIS_LEADING.match(" ".join(term.group(0).lower().split()))
                or _BASIS_RIGHT_BEFORE.search(masked, max(0, term.start() - 20), term.start()))


def _item_qualifiers(masked: str, listed: list[re.Match]) -> list[str] | None:
    """Each listed term's own qualifier, when a later term carries one the first does not ("Gross Profit and
    Adjusted Gross Profit were $390 million and $392 million, respectively": the first is GAAP); None when
    the qualifier before the list is all of theirs ("Non-GAAP gross profit and operating income were ...")."""
    starts = [max(0, listed[0].start() - 30)] + [t.end() for t in listed[:-1]]
    own = [_qualifier(masked[s:t.end()], "", True) for s, t in zip(starts, listed)]
    return own if any(q and q != own[0] for q in own[1:]) else None


_HEAD_MODIFIER = re.compile(r"^(?:total|net|global|worldwide|gross)\s+")


_HEAD_FAMILIES = {"loss": "income", "earnings": "income", "profit": "income", "(loss)": "income", "revenue": "revenues",
                  "sales": "revenues"}  # "net income …, compared with net loss of …": one metric, either sign


def _same_head(a: str, b: str) -> bool:
    """Do two terms name one measure, either sign ("net loss from continuing operations" and "net income")?"""
    head = lambda t: [_HEAD_FAMILIES.get(w, w) for w in
                      _HEAD_MODIFIER.sub("", OPERATIONS_RE.sub("", t.lower()).strip()).split()[-1:]]
    return head(a) == head(b)


# "Revenue in Brazil", "sales for Widgets Division": a proper name right after the term says what the
# figure is about. A place of the vocabulary is read as the figure's place; any other name is a subject
# not read, and the figure is left out rather than taken for the company's total.
_SUBJECT_AFTER_TERM = re.compile(r"^\s+(?:in|from|at|for|of)\s+(?:the\s+|our\s+|its\s+)?(?:(?:two|three|four|five|six|seven|"
                                 r"eight|nine|ten|several|all|both|\d{1,2})\s+)?"  # "Revenues of the four Operating Verticals"
                                 r"([A-Z][\w&.'\u2019-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&.'\u2019-]*){0,4})")
_EXCLUDING_A_NAME = re.compile(r"^\s+(?:excluding|exclusive\s+of|other\s+than)\s+(?:the\s+)?[A-Z][\w&.'\u2019-]*"
                               r"(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&.'\u2019-]*){0,4}\s+(?:is|are|was|were|will|totaled|"
                               r"totalled|amounted|stood|reached|came)\b")
# "The Building Materials business achieved revenues of $1.6 billion", "Acme Labs delivered record revenue": a
# proper name that opens the sentence and does the reporting
_SUBJECT_VERB = re.compile(r"^\W*(?:[Tt]he\s+)?((?:[A-Z][\w&.'\u2019-]*\s+){0,4}?[A-Z][\w&.'\u2019-]*)"
                           r"(?:\s+(?:business|segment|division|unit|subsidiary|group))?\s+(?:also\s+)?"
                           r"(?:delivered|achieved|reported|generated|posted|recorded|produced|contributed|had)\b")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ISSUER_GENERIC = frozenset("""the inc incorporated corp corporation company co ltd limited plc llc lp group holdings holding
and of sa nv ag se""".split())
_NOT_A_NAME = frozenset("""we it our this these that they he she management company companies total net revenue revenues
sales during in for record""".split())


def _issuer_words(company: str | None, ticker: str | None, text: str = "") -> tuple[str, ...] | None:
    """Words that name the issuer itself: its name's first word, its initials, its ticker. None when the
    company is not known (then no sentence subject can be told from it). The first word is left out where the
    release also uses it for a part of the company ('the Pacific region', a table row 'Pacific' in Pacific Widgets,
    Inc.'s release) or it names a place: 'Pacific revenue' may then be that part's, never surely the company's."""
    if not company:
        return None
    words = [w for w in re.findall(r"[a-z0-9&]+", company.lower()) if w not in _ISSUER_GENERIC]
    out = {words[0]} if words and not (word_names_a_part(words[0], text) or _geo(words[0])) else set()
    if len(words) > 1:
        out.add("".join(w[0] for w in words))
    if ticker:
        out.add(ticker.lower())
    return tuple(out)


def _one_of_listed_parts(p: Pending, pendings: list[Pending]) -> bool:
    """A sentence that names another business line before the same term ("Pacific revenue was $40.1 million and
    Atlantic revenue was $80.4 million"): one word before a term is one of the parts listed, even where it is also
    the first word of the issuer's name; never surely the company's."""
    return any(o is not p and o.figure.product and o.figure.label.lower() == p.figure.label.lower()
               and o.figure.product.lower() != p.figure.product.lower() for o in pendings)


# A legal entity's name ends in its form: "Acme Operating LLC", "Acme Savings Bank", "Acme Finance Corp."
_ENTITY_FORM = re.compile(r"\s(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|L\.P\.|LP|plc|PLC|"
                          r"S\.A\.|N\.A\.|GmbH|AG|Bank)$")


def _named_subject(text: str, issuer: tuple[str, ...] | None, name_words: frozenset[str] = frozenset()) -> str:
    """The business a sentence's subject names ("Building Materials" of "The Building Materials business
    achieved ..."), "" when the subject is the company itself, a place, a period or a term. A legal entity named
    with words the issuer's name lacks ("Acme Operating LLC reported ..." in Acme Holdings Inc.'s release) is another
    company, its subsidiary or parent, even though it shares the issuer's first word: its figure is never the
    issuer's."""
    m = _SUBJECT_VERB.match(text) if issuer is not None else None
    if not m or issuer is None:
        return ""
    return _another_subject(m.group(1), issuer, name_words)


def _another_subject(name: str, issuer: tuple[str, ...], name_words: frozenset[str] = frozenset()) -> str:
    """`name` when a proper name that opens a sentence or a bullet names a subject other than the company itself
    (a business, brand or subsidiary of it); "" when it is the company, a place, a period or a term."""
    words = [w.strip(".,'\u2019").lower() for w in name.split()]
    if name_words and _ENTITY_FORM.search(name) and any(name_word_key(w) not in name_words and w not in _ISSUER_GENERIC
                                                        for w in words[:-1]):  # never the issuer's name spelt short or long
        return name
    if any(w in issuer or w in _NOT_A_NAME or _NOT_A_SUBJECT.match(w) for w in words) \
            or TERM_RE.search(name) or _geo(name) or GEO_RE.fullmatch(name):
        return ""
    return name


# A bullet opened by a proper name and a dash or colon before what it says: "* Northwind - Revenue rose 26% to
# $32.5M", "• Blue Harbor: Net sales of ..." (a spaced hyphen, a dash or a colon; never a hyphen inside a word)
_BULLET_NAME_LEAD = re.compile(r"\W*((?:[A-Z][\w&.'\u2019-]*\s+(?:(?:and|&|of|the|de)\s+)?){0,4}[A-Z][\w&.'\u2019-]*?)"
                               r"(?:\s+-{1,2}|\s*[\u2013\u2014]|\s*:)\s")
# the words of a bullet's opening name that mean the company as a whole ("Consolidated", "Total Company", "Group")
# ("Corporate" and "Enterprise" are not: often a segment's name, "Corporate and Other" the costs no segment bears)
_WHOLE_COMPANY_WORDS = frozenset({"consolidated", "total", "company", "group", "overall", "combined", "the",
                                  "companywide", "company-wide"})
# a name ending in a business unit's noun is one even with a section's word in it ("Consumer Business:")
_UNIT_NOUN_END = re.compile(r"\s(?:segments?|divisions?|business(?:es)?|units?|subsidiar(?:y|ies))$", re.I)


def _bullet_subject(text: str, issuer: tuple[str, ...] | None, name_words: frozenset[str]) -> tuple[str, str]:
    """(business, place) a bullet's opening name says its figures are of ("* Northwind - Revenue rose 26% to $32.5M":
    Northwind's revenue, never the company's), ("", "") when the bullet opens with no such name: the company's own
    name or a form of it, a metric, a period, a section of the release ("Debt:", "Dividends:", "Fourth Quarter -"). A
    company not known leaves any name another subject: the figure is kept out of the total, never guessed in it."""
    m = _BULLET_NAME_LEAD.match(BULLET_RE.sub("", text, count=1))
    if m is None:
        return "", ""
    name = m.group(1).strip()
    if all(w.strip(".'\u2019").lower() in _WHOLE_COMPANY_WORDS for w in name.split()) \
            or any(rx.fullmatch(name.lower()) for rx in _WHOLE_COMPANY):
        return "", ""  # "* Consolidated - Revenue of ...", "* Total Company:": the company itself, no subject
    if GEO_RE.fullmatch(name) or (_geo(name) == name):
        return "", name
    words = name.split()
    if (GENERIC_HEADINGS.fullmatch(words[0]) or GENERIC_HEADINGS.fullmatch(words[-1])) and not _UNIT_NOUN_END.search(name):
        return "", ""  # a section's words first or last ("Capital Expenditures:", "Fourth Quarter -"); inside a name
        # they may be its own ("Blue Harbor Foods")
    keys = [name_word_key(w) for w in name.split()]
    if name_words and all(k in name_words or k in _ISSUER_GENERIC for k in keys):
        return "", ""  # "* Acme Widgets - revenue ...": the company itself, by its name's own words
    return _another_subject(name, issuer or (), name_words), ""


# Words right before (or opening) a term that say the figure is the whole company's: "consolidated net income", "total
# company revenue", "the Company's total revenue", "the Group's revenue" (never a bare "group": "product group revenue")
_COMPANY_QUALIFIED = re.compile(r"(?:\b(?:consolidated|total[\s-]+company|company[\s-]+wide)\s+(?:[a-z][\w-]*\s+){0,2}"
                                r"|\b(?:the|our)\s+(?:company|group)['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2})$", re.I)
# "accounted for one third of", "represented 25% of", "contributed half of": the subject's share of the term's figure
_SHARE_OF = re.compile(r"\b(?:accounted\s+for|accounting\s+for|represent(?:ed|s|ing)?|comprised|contribut(?:ed|es|ing)|"
                       r"made\s+up)\s+(?:[\w%.-]+\s+){1,4}of\s+(?:the\s+|our\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _whose_by_words(text: str, term_m: re.Match) -> str:
    """"company" where the words before a term (or the term's own first word) say it is the whole company's
    ("consolidated net income", "total company revenue", "the Company's total revenue"), "share" where they say a
    subject's share of it ("accounted for one third of net income"); "" otherwise. Read against a bullet's opening
    name: such a figure is never that name's."""
    before = text[max(0, term_m.start() - 60):term_m.start()]
    lead = before + term_m.group(0).split()[0] + " " if len(term_m.group(0).split()) > 1 else before
    if _COMPANY_QUALIFIED.search(lead):
        return "company"
    return "share" if _SHARE_OF.search(before) else ""


def _of_bullet_subject(found: list[Figure], business: str, place: str, exempt: dict[int, str]) -> list[Figure]:
    """The figures of a bullet its opening name says are of a business or a place: each is that subject's; a per-share
    amount (of the company's shares, never a business's) is left unread. A figure its own words say is the company's
    ("..., while total company revenue was $40.1 million") stays the company's; one the subject is said to be a share
    of ("Accounted for one third of net income of $9.3 million") is no figure of the subject: left unread."""
    out = []
    for f in found:
        if exempt.get(id(f)) == "company" and (f.geo, f.product) in ((place, ""), ("", business)):
            f.geo = f.product = f.segment = ""  # "* Europe: ..., and the Company's total revenue was": the opening
            # name read as the sentence's place is not the company's figure's
        if f.source == "narrative" and not f.product and not f.geo:
            whose = exempt.get(id(f), "")
            if whose == "company":
                out.append(f)
                continue
            if "/" in f.unit or whose == "share":
                continue
            if business:
                f.product = f.segment = business
            else:
                f.geo, f.segment = place, _segment(place, f.product)
        out.append(f)
    return out


_PART_AFTER_TERM = re.compile(r"^\s+(?:in|of|for|from|at)\s+(?:the|this|that|its|our|each|the\s+\w+)\s+"
                              r"(?:segment|division|business|unit|subsidiary|reporting\s+unit)s?\b", re.I)
# "Revenue from our largest customer", "sales to its top ten customers", "revenue from one major client": the part
# of a total that some customers make up (never "revenue from contracts with customers", the whole)
_FROM_SOME_CUSTOMERS = re.compile(r"^\s+(?:from|of|with|to)\s+(?:our|its|the|one|a|two|three)\s+(?:\w+\s+){0,2}?"
                                  r"(?:largest|biggest|top|major|key|principal|single|significant|leading|anchor)\s+"
                                  r"(?:\w+\s+){0,2}?(?:customers?|clients?|tenants?|licensees?|distributors?|accounts?)\b", re.I)
_NOT_A_SUBJECT = re.compile(rf"^(?:company|quarter|year|years|fiscal|period|months?|weeks?|gaap|non-gaap|fy\w*|ytd|"
                            rf"{ORDINAL_RE}|full|three|six|nine|twelve|total|consolidated|"
                            rf"q[1-4]\w*|[1-4]q\w*|\d\w*|{MONTH_RE})$", re.I)


# A name in the possessive right before the term ("The Devices segment's operating income", "Europe's revenue",
# "the Americas segment's adjusted EBITDA", "Consumer Products' sales"): whose figure it is.
_POSSESSOR = re.compile(r"(?:^|[^\w'\u2019])((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)"
                        r"(\s+(?:reportable\s+|operating\s+|business\s+)?(?:segments?|regions?|divisions?|business(?:es)?|"
                        r"units?|subsidiar(?:y|ies)))?(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[a-z][\w-]*\s+){0,2}$")
_ARTICLES = frozenset({"the", "our", "its", "their"})


_SELF_NOUNS = frozenset({"bank", "trust", "partnership", "fund", "reit", "firm", "enterprise", "organization"})


def _possessor(before: str, issuer: tuple[str, ...] | None, name_words: frozenset[str] = frozenset()) -> str:
    """The business or place a possessive right before the term names ('Devices' of "The Devices segment's operating
    income"), '' when there is none or it is the company itself ("Acme's", "The Company's", "The Bank's" of a bank
    whose name says Bank, "Q4's")."""
    m = _POSSESSOR.search(before)
    if not m:
        return ""
    words = m.group(1).split()
    while words and words[0].lower() in _ARTICLES:
        words.pop(0)
    low = [w.strip(".,").lower() for w in words]
    if not words or TERM_RE.search(" ".join(words)) or any(_NOT_A_SUBJECT.match(w) for w in low):
        return ""
    if not m.group(2) and (issuer is not None and any(w in issuer for w in low)
                           or all(w in _ISSUER_GENERIC or w in _NOT_A_NAME or w in _SELF_NOUNS or w in name_words
                                  for w in low)):
        return ""  # the issuer's own figure, not a business of it
    return " ".join(words)


def _unread_subject(between: str, segment_known: bool = False) -> bool:
    """Does a proper name right after the term (before the amount) name a subject that is not a place
    of the vocabulary nor a period ("Revenue in Xanadu was", not "Revenue for Fiscal 2009 was")?"""
    if _PART_AFTER_TERM.match(between):
        return not segment_known  # "Operating profit in the segment was": a segment's, which one is not read here
    if _FROM_SOME_CUSTOMERS.match(between):
        return True  # "Revenue from our largest customer was": that customer's part, never the company's total
    if _EXCLUDING_A_NAME.match(between):
        return True  # "depreciation expense excluding Cobre Panama is expected to be": the company less a business or
        # a place it names, never the company's total (nor that place's)
    m = _SUBJECT_AFTER_TERM.match(between)
    if not m or _geo(m.group(0)):
        return False
    return not any(_NOT_A_SUBJECT.match(w.strip(".,'\u2019")) for w in m.group(1).split())


# "Revenues of our broadband activities stood at", "Sales of new homes were": the term of a noun phrase in lower case
# after "of" (a part of the business, an activity, a product), up to the verb or preposition that leads to the amount
_PART_OF_AFTER_TERM = re.compile(r"\s+of\s+(?:(?:the|our|its|their)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|"
                                 r"ten|several|all|both|\d{1,2})\s+)?([a-z][\w&'\u2019-]*(?:\s+[a-z][\w&'\u2019-]*){0,4}?)"
                                 r"\s+(?:was|were|is|are|stood|totaled|totalled|amounted|reached|came|rose|grew|increased|"
                                 r"decreased|declined|fell|improved|jumped|climbed|dropped|of|at|to|by|in|for|during|"
                                 r"compared|versus|up|down)\b")
# the words "of" may lead to and still mean the whole company's figure: the company itself ("of the Group", "of the
# Bank"), its whole business, a period ("of the current quarter", "of the three months"), a basis of the figure
_WHOLE_OR_PERIOD_WORDS = frozenset("""company companies group bank corporation firm partnership trust fund reit enterprise
organization entity issuer business operations continuing consolidated combined total entire whole current prior previous
same last comparable corresponding reporting reported period periods quarter quarters year years half month months week
weeks fiscal financial calendar ytd year-to-date this that these those each every""".split())


def _names_a_part(phrase: str) -> bool:
    """Does a lower-case phrase after "<term> of" name a part of the business (an activity, a product, a
    unit) — a word of it names neither the company as a whole nor a period nor a basis?"""
    words = [_POSSESSIVE.sub("", w).lower() for w in phrase.split()]
    if words[:1] == ["record"]:
        words = words[1:]  # "stockholders of record": an idiom (those on the register), no part of the business
    return any(w not in _WHOLE_OR_PERIOD_WORDS and not _NOT_A_SUBJECT.match(w)
               and not re.search(r"-(?:months?|quarters?|years?|weeks?|days?|date)$", w) for w in words)


_GEO_LEAD = re.compile(r"^(?:in|from)\s+(?:the\s+)?", re.I)


# A place word that qualifies another noun ("foreign-currency", "foreign exchange", "international
# markets" stays a place) or a short lowercase word that is an abbreviation only in capitals ("us",
# "row" of "in a row") names no place.
# The place that means the whole company ("worldwide", "consolidated", "global"): no place at all
_WHOLE_COMPANY = [re.compile(pattern) for key, _, pattern in place_patterns() if key == "worldwide"]
# "U.S.-based", "U.S. currency", and a currency's country ("US$57.3M", "HK$2.6 billion": dollars, not a place's figure)
_PLACE_AS_MODIFIER = re.compile(r"^(?:-[a-z]|\s+(?:currenc|exchange)|\$)", re.I)


def _place(m: re.Match, text: str) -> str:
    """The place a GEO_RE match names, '' when the words are used otherwise."""
    place = _GEO_LEAD.sub("", m.group(0))
    if (len(place) <= 3 and place.islower()) or _PLACE_AS_MODIFIER.match(text[m.end():m.end() + 10]) \
            or any(rx.fullmatch(place.lower()) for rx in _WHOLE_COMPANY):
        return ""
    return place


# A place alone, without the "in the" GEO_RE may take before it: tried only where a place's first word
# stands (worked out from the places), not at every "in" and "from" of a sentence.
PLACE_RE = re.compile(r"(?<![\w.])(?:" + place_prose_pattern() + r")(?![\w])", re.I)
_GEO_STARTS = first_words(PLACE_RE)


def _geo_matches(text: str) -> list[re.Match]:
    """PLACE_RE.finditer(text), tried only where a word a place can start with stands (see parsers/scan.py)."""
    if _GEO_STARTS is None or not plain_words(text):
        return list(PLACE_RE.finditer(text))
    words, leads = _GEO_STARTS
    pieces = _WORD_SPLIT.split(text.lower())
    starts = list(accumulate(map(len, pieces)))[0::2]
    offsets = [p for w, p in zip(pieces[1::2], starts) if w in words]
    return list(matches_at(PLACE_RE, text, offsets)) if offsets else []


def _places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, place) of each place a sentence names."""
    if GEO_NEEDLES is not None and not GEO_NEEDLES.may_match(text):
        return []
    return [(m.start(), m.end(), p) for m in _geo_matches(text) if (p := _place(m, text))]


def _geo(text: str) -> str:
    if GEO_NEEDLES is not None and not GEO_NEEDLES.may_match(text):
        return ""
    found = [p for m in _geo_matches(text) if (p := _place(m, text))]
    return found[-1] if found else ""


_PRODUCT_BEFORE_SALES = re.compile(r"((?:[A-Za-z][\w&.\u00ae'\u2019-]*\s+){1,5})(?:sales|revenues?)\s*(?:(?:of|were|was|rose|grew|increased|"
                                   r"decreased|fell|declined|totaled|climbed|improved|(?:were|was)\s+(?:up|down))(?:\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|percent))?"
                                   r"(?:\s+to)?)?\s*$")
_WORDS_BEFORE_TERM = re.compile(r"((?:[A-Za-z][\w&.\u00ae'\u2019-]*\s+){1,5})$")
_SALES_OR_REVENUE = re.compile(r"sales|revenue", re.I)
_NOT_A_PRODUCT_WORD = re.compile(r"\d|-(?:quarter|year|month|half|date)|^(?:ytd|qtd|ltm|ttm|currency)$")  # a span's words:
# "Year-to-date revenue", "First-half revenue", "YTD revenue" name a period, never a business line


def _product(text: str, amount: str, term: str, before_term: str = "") -> str:
    """The product or line of business a sales or revenue figure is about: "Widget sales of $5 million",
    or the noun phrase right before the term ("Data Center revenue for the quarter was"; `before_term`)."""
    if not _SALES_OR_REVENUE.search(term):
        return ""
    joined = text + amount
    m = PRODUCT_OF_RE.search(joined) if PRODUCT_OF_NEEDLES.may_match(joined) else None
    if m:
        product = _owner_named(_SPACES.sub(" ", m.group(1)).strip(" ,"))
        if not GEO_RE.fullmatch(product):
            return product
    lower = "sales" in text or "revenue" in text  # _PRODUCT_BEFORE_SALES names them in lowercase
    m = _PRODUCT_BEFORE_SALES.search(text) if lower else None
    if m:
        words = m.group(1)
    elif before_term and (m := _WORDS_BEFORE_TERM.search(before_term)):
        words = m.group(1)
    else:
        return ""
    if lower and words.split() and words.split()[-1].lower() in ("net", "gross"):
        words = words.rsplit(None, 1)[0]  # "Industrial net sales": the "net" is the term's own, the business line's
        # name is before it
    return _noun_phrase(words, term)


def _noun_phrase(words: str, term: str) -> str:
    """The noun phrase that ends `words` (the words right before a term), walked back to the first word that
    ends it; '' when there is none."""
    kept: list[str] = []
    for w in reversed(GEO_RE.sub(" ", words).split()):  # walk back from the term to the first word that ends the phrase
        if w.lower().strip(",") in PHRASE_BREAKS or w.endswith(",") or _NOT_A_PRODUCT_WORD.search(w.lower()):
            break
        kept.insert(0, w)
    while kept and kept[0].lower() in ("and", "or"):
        kept.pop(0)
    phrase = " ".join(kept)
    product = _owner_named(_TRAILING_VERB_FORM.sub("", phrase) if _TRAILING_VERB_FORM.search(phrase)
                           and _TRAILING_VERB_FORM.sub("", phrase) else phrase)
    # the words of a term the vocabulary names whole ("annual recurring revenue") are its name, no product
    return "" if product and f" {product.lower()} " in f" {' '.join(term.lower().split())} " else product


# Words right before a term that say its basis or its kind, never a line of business: the vocabulary's other earnings
# ("core", "underlying"), the bases of a per-share figure, a possessive (whose it is: _possessor decides)
_NOT_A_BUSINESS_WORD = re.compile(rf"^(?:{_OTHER_EARNINGS}|{_OTHER_EARNINGS_PER_SHARE}|basic|diluted|fully|per|share|"
                                  r"pre-?tax|after-?tax|before|excluding|segment|reportable|divisional|unaudited|"
                                  r"declared|paid|monthly|quarterly|regular|next|"  # "the Company declared monthly cash dividends", "its next
                                  # quarterly cash dividend"
                                  r"pro|forma|"  # "pro forma EBITDA": a basis
                                  r"restated|as|[a-z]+-related|(?:improv|grow|deliver|achiev|report|generat|driv|post|increas|"
                                  r"expand|boost|rais|reduc|lower|strengthen|continu|return|reach|exceed|surpass|maintain|"
                                  r"sustain|record|decreas|declin|narrow|widen)ing)$|['\u2019]s?$|\W$", re.I)  # "Growing
# Gross Profit to $12.3M and Adjusted EBITDA to $4.1M": a headline's verb, no business


def _business_before_a_term(masked: str, terms: list[re.Match]) -> str:
    """The line of business that stands right before one of a list's terms ("Freight revenue and operating
    expenses", "Revenue and Widgets operating income"), or "". Read one by one, each term would be that business's
    (_product, _business_before); a list read whole must not make it the company's."""
    prev = 0
    for t in terms:
        before = masked[max(prev, t.start() - 60):t.start()]
        term = t.group(0)
        business = _product("", "", term, before) or ("" if _SALES_OR_REVENUE.search(term) else _business_before(before, term))
        if business:
            return business
        prev = t.end()
    return ""


_BARE_INCOME = re.compile(r"income", re.I)  # the bare term, which a lowercase word before makes a kind of income
_TOTAL_OF_A_KIND = re.compile(r"\btotal\s+[a-z][a-z-]*\s+$", re.I)  # "Total investment income": a total of a kind


def _business_before(before_term: str, term: str) -> str:
    """"Widgets operating income was $5.0 million", "Aggregates gross profit increased 16 percent": a line of business
    named right before a term other than sales or revenue (_product reads those) is whose figure it is, never the
    company's. Nothing when a word of the phrase says a basis or a kind of the measure instead."""
    m = _WORDS_BEFORE_TERM.search(before_term)
    words = m.group(1).split() if m else []
    if m is None or not words or _NOT_A_BUSINESS_WORD.search(words[-1]) or words[-1].lower() in ("and", "or", "&"):
        return ""  # "research and development and selling, general ...": a list of terms, no business named
    phrase = _noun_phrase(m.group(1), term)
    if any(_NOT_A_BUSINESS_WORD.search(w) for w in phrase.split()) or _names_the_whole(phrase):
        return ""
    return phrase


# The company itself or its whole ("Group operating income", "Company-wide operating income", a scope printed with
# "-wide"), or the accounting standard its figures are stated on ("IFRS operating income", "US GAAP"): no business line
_WHOLE_OR_STANDARD = re.compile(r"(?:the\s+)?(?:(?:company|group|corporation|enterprise|firm|[a-z]+-wide)|"
                                r"(?:u\.?s\.?\s+)?(?:gaap|ifrs|ias))", re.I)


def _names_the_whole(phrase: str) -> bool:
    """Does a phrase before a term only name the whole company (the place vocabulary's whole-company words:
    "consolidated", "worldwide"; "Group", "Company-wide") or a basis ("IFRS")? A business line named with such a
    word ("Aerospace Group") keeps its name."""
    words = phrase.strip().lower()
    return bool(words) and (bool(_WHOLE_OR_STANDARD.fullmatch(words)) or any(rx.fullmatch(words) for rx in _WHOLE_COMPANY))


# "The US segment's revenue", "Europe's revenue", "the Devices segment's sales", "revenue from the US segment": the
# possessive and the word "segment" name whose figure it is; the name is the place (read as the figure's place) or the
# segment, never a product called "segment's".
_OWNER_WORD = re.compile(r"(?:^|\s+)(?:(?:reportable|operating|business)\s+)?(?:segments?|regions?|divisions?|units?|business(?:es)?)$", re.I)


def _owner_named(product: str) -> str:
    """A product phrase without its possessive and its 'segment' word ('Devices segment's' is 'Devices'), '' when
    nothing else is left, or when what is left is a place (its figure's place is read apart: GEO_RE)."""
    name = _OWNER_WORD.sub("", _POSSESSIVE.sub("", product.strip())).strip(" ,")
    if name == product:
        return product
    if _THE_COMPANY_ITSELF.fullmatch(name):
        return ""  # "The Group's sales", "the Company's revenue": the company's own figure, of no business line
    return "" if not name or GEO_RE.fullmatch(name) else name


# A term of an object that is no product ("sales of investments"), or coordinated with a noun that is no term, both of
# one such object ("sales and repayments of investments"): a flow of investments or assets, never the term's figure
# A place set apart by the words before it ("outside (of) the", "other than in"): see knowledge/vocabulary.toml
_PLACE_SET_APART = re.compile(r"(?<![\w-])(?:" + "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in sorted(VOCABULARY.get("language", {}).get("place_exclusions", []),
                                                           key=len, reverse=True)) + r")\s+(?:(?:the|in|of)\s+){0,2}$"
                              if VOCABULARY.get("language", {}).get("place_exclusions") else r"(?!)", re.I)
_TERM_OF_A_LONGER_NOUN = re.compile(r"(?:\s+and\s+(?!(?:net\s+|total\s+)?(?:revenues?|sales|income|earnings|expenses?|"
                                    r"costs?|profit|margin|EBITDA)\b)[a-z]+s)?\s+of\s+(?:(?:the|our|its)\s+)?(?:\w+\s+)?"
                                    r"(?:investments?|securities|assets|loans|properties|businesses|shares)\b")
# A verb's form standing alone before a term ("reflecting sales of", "contributing revenue of"): no business line
_VERB_FORM = re.compile(r"(?:contribut|reflect|represent|bring|add|account|offsett?|driv|generat|includ|exclud)(?:ing|ed)",
                        re.I)
# Before a term after a business's name, the verb that takes the term as its object ("the Nude brands contributing
# revenue of $3.0 million"): the business is the words before it
_TRAILING_VERB_FORM = re.compile(r"\s+(?:contributing|reflecting|representing|bringing|adding|accounting\s+for)$")


PHRASE_BREAKS = set("""positive negative announced reported today posted delivered recorded generated achieved said says
the a an its our their his her this that these those of in for from by on at to with was were is
are be been include included including includes reflect reflects reflected contain contains consisting consisted total net gross operating quarter quarterly annual year
fiscal first second third fourth half nine six three months company company's record reported report reports had has
have generated delivered posted achieved while whereas compared versus as same prior previous also both each all
approximately about nearly over under than total, which who where when increased decreased grew rose
consolidated gaap non-gaap adjusted organic combined overall aggregate record strong higher lower solid robust
stable reported expects expect expected expecting anticipates anticipated projects projected forecasts sees
guides reaffirms reaffirmed raises raised narrows narrowed""".split())


def _segment(geo: str, product: str) -> str:
    return " / ".join(p for p in (geo, product) if p)


_SPACES = re.compile(r"\s+")
_PER_SHARE_WORDS = re.compile(r"per\s+\w*\s*share|EPS", re.I)


def _label(term: str, per_share: bool, kind: str, share_phrase: str = "") -> str:
    """The figure's name as printed; a per-share amount keeps the words that say which share
    ('per diluted share'), so diluted and basic are never confused."""
    term = " ".join(term.split())  # _SPACES.sub(" ", term).strip()
    if kind == "ratio":
        return f"{term} as a percent of revenue"
    if per_share and not _PER_SHARE_WORDS.search(term):
        share_phrase = _A_SHARE.sub("per ", " ".join(share_phrase.split()))  # "a diluted share", "/ diluted share"
        return f"{term} {share_phrase}" if share_phrase.lower().startswith("per") else f"{term} per share"
    if per_share and not _SHARE_BASIS_WORD.search(term) and (basis := _SHARE_BASIS_WORDS.search(share_phrase)):
        return f"{' '.join(basis.group(0).lower().split())} {term}"  # "EPS was $0.41 per diluted share": diluted EPS
    return term


_SHARE_BASIS_WORDS = re.compile(r"\bbasic\s+and\s+diluted\b|\b(?:diluted|basic)\b", re.I)


_A_SHARE = re.compile(r"^(?:a\s+|/\s*)(?=(?:\w+\s+)*share\b)", re.I)


_QUALIFIER_WORD = re.compile(r"non-GAAP|excluding|excludes|adjusted|pro\s+forma|portion|attributable|attributed|related|associated|"
                             r"due|charge|impact|effect|target|guidance|outlook|expects?|expected|forecast|estimated?|"
                             r"projected|anticipates?|range|before|potential|constant[\s-]currency|organic|comparable|"
                             r"like[\s-]for[\s-]like|same[\s-]store|underlying|previously|originally|"
                             r"will|should|would|likely|on\s+track", re.I)
_FUTURE_WORD = re.compile(r"will|should|would|likely|on\s+track", re.I)  # a figure to come: said as expected
_HYPOTHETICAL = re.compile(r"would\s+have\b", re.I)  # "would have been $250.0 million": had a deal closed, pro forma
# A verb of its own between a future verb and the amount: the future verb is another clause's ("The new plant will be
# operational next year, and full year 2024 net income was $12.5 million": the amount is the year's actual)
_OWN_VERB = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|totaled|totalled|amounted|increased|"
                       r"decreased|rose|fell|grew|declined|improved|reached|came\s+in|stood|reported|posted|generated)\b",
                       re.I)


# an aside opened after a term and closed right before the term's own verb: "Net income, which was ... $35.0 million, was"
_ASIDE_OPENED = re.compile(r",\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\b[^,;.$]*$", re.I)
_AFTER_AN_ASIDE = re.compile(r"\s*,\s*(?:was|were|is|are)\s*", re.I)
_EARLIER_REPORT = re.compile(r"(?:previously|originally)\s", re.I)
# "As previously reported, revenue was": a discourse phrase opening a sentence or clause, no figure's qualifier
_AS_EARLIER_REPORTED = re.compile(r"(?:^|[.;:]\s*)\W*as\s+$", re.I)
_AMOUNT_IN = re.compile(r"[$\u20ac\u00a3\u00a5]\s?\d|\d\s*(?:%|percent\b|(?:million|billion|thousand)\b)", re.I)


# an amount of a list and the join to the next item's term ("revenue of $35.0 million and net income of "): the list
# goes on under the same verb, no verb or comparison of its own between
_LIST_ITEM_GAP = re.compile(r"(?:[$\u20ac\u00a3\u00a5]\s?[\d.,]*\d|\d[\d.,]*\s*(?:%|percent\b))(?:\s*(?:million|billion|thousand)\b)?"
                            r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?!(?:compared|versus|vs|up|down|from|which|while|whereas|"
                            r"including|excluding|as|was|were|is|are|had|has|reported|reports?|now|today|currently|final|restated|revised|"
                            r"with)\b)[A-Za-z&'-]+\s+){1,6}of\s+",
                            re.I)


def _one_list_after(before: str, start: int) -> bool:
    """Is every amount after `start` an item of one list that runs on to the amount being read ("previously reported
    revenue of $35.0 million and net income of $4.0 million"): the verb before governs each item?"""
    at = _AMOUNT_IN.search(before, start)
    while at is not None:
        gap = _LIST_ITEM_GAP.match(before, at.start())
        if gap is None:
            return False
        at = _AMOUNT_IN.search(before, gap.end())
        if at is None:
            return gap.end() == len(before)
    return False


def _qualifier_before(before: str) -> re.Match[str] | None:
    """The first of QUALIFIER_RE's words before an amount that is the amount's own: a future verb ("will be",
    "should come in at", "would have been") only when no verb of another clause stands between it and the amount;
    "previously reported" only when no other amount stands between ("Net income, which was previously reported as
    $35.0 million, was $40.0 million": the $35.0 million), and never "As previously reported," opening a sentence."""
    for m in QUALIFIER_RE.finditer(before):
        if _EARLIER_REPORT.match(m.group(0)) and (_AMOUNT_IN.search(before, m.end())
                                                  and not _one_list_after(before, m.end())
                                                  or _AS_EARLIER_REPORTED.search(before, 0, m.start())
                                                  and before[m.end():m.end() + 2].startswith(",")):
            continue
        if not (_FUTURE_WORD.match(m.group(0)) and _OWN_VERB.search(before, m.end())):
            return m
    return None


# Words right before a term that make its change another figure's: a basis ("Adjusted operating profit")
# or a line of business named by its initials ("A/M revenue", "EFT revenue", "R&P segment revenue").
_TERM_QUALIFIER_WORDS = re.compile(r"\b(?:adjusted|non-GAAP|core|organic|comparable|underlying|pro\s+forma|segment)\W*$",
                                   re.I)
_TERM_INITIALS = re.compile(r"(?<![\w$])(?!(?:GAAP|US|U\.S\.|FY|YTD)\b)(?:[A-Z][A-Z.-]*[&/][A-Z&/.-]*|[A-Z]{2,5})\W*$")


def _qualified_term(before: str) -> bool:
    """Does the text right before a term (the last 40 characters) qualify it: a basis word, or the
    initials of a line of business? Then a change stated for it is not the plain metric's."""
    tail = before[-40:]
    return bool(_TERM_QUALIFIER_WORDS.search(tail) or _TERM_INITIALS.search(tail))


# A basis word naming the term right after it ("adjusted operating income", "non-GAAP EPS"), never a lead-in that
# qualifies the whole sentence ("On an adjusted basis,", "Excluding special items,")
_ATTRIBUTIVE_BASIS = re.compile(r"\b(?:adjusted|non-GAAP|pro\s+forma)\s+(?!basis\b|for\b|to\b)(?P<head>[A-Za-z]+)", re.I)


def _basis_text(c: "Context", term_m: re.Match | None, start: int) -> str | None:
    """The text before an amount that may say its basis: the sentence before it, less the basis words an earlier
    amount's own term took beyond a clause's break (';') when this amount has a term of its own and another head
    ("adjusted operating income of $1.25 per diluted share; full year net income of $2.39 per diluted share": $2.39
    is no adjusted figure). Within a clause a basis word may lead a list ("non-GAAP gross margin of 60%, operating
    income of $10 million and EPS of $0.20"): it still reaches every term, as one of the same head does anywhere
    ("adjusted EBITDA of $20 million; EBITDA margin of 25%"). A term named after an amount with a verb of its own
    ("adjusted EBITDA was $12.5 million and net income was $23.9 million") is a clause of its own: the basis word
    of a measure named with it does not reach it; one that qualifies another term ("Adjusted net income was $22.0
    million, and diluted EPS was $0.45") may or may not, unless the term says its own ("and GAAP net income was");
    in a series of such clauses (a comma, or another amount, between) it may or may not — None,
    the amount left unread."""
    before = c.masked[:start]
    if term_m is None or not c.prev_end or term_m.start() < c.prev_end:
        return before
    words = term_m.group(0).lower().split()
    head = words[0] if words else ""
    own_clause = _TERM_OWN_VERB.match(c.masked, term_m.end(), start) is not None \
        and _JOINED_AFTER_AN_AMOUNT.search(c.masked, c.prev_end, term_m.start()) is not None
    for m in reversed(list(_ATTRIBUTIVE_BASIS.finditer(before, 0, c.prev_end))):
        named = c.masked[m.start("head"):m.start("head") + len(term_m.group(0))].lower().split() == words
        if (m.group("head").lower() != head or named) and (";" in c.masked[m.end():term_m.start()] or own_clause):
            if ";" not in c.masked[m.end():term_m.start()] and (
                    _SERIAL_CLAUSE.search(c.masked, m.end(), term_m.start())
                    or _BARE_COMMA_BEFORE.search(c.masked, c.prev_end, term_m.start())):
                return None  # "non-GAAP gross profit was $20 million, operating income was $30 million and net income
                # was $25 million": a series of clauses the basis may lead, or not — which is left unread
            if own_clause and not named and ";" not in c.masked[m.end():term_m.start()] \
                    and not _names_a_defined_measure(c.masked, m) and not _own_basis_word(c.masked, term_m) \
                    and not _GAAP_RIGHT_BEFORE.search(c.masked, max(0, term_m.start() - 20), term_m.start()):
                return None  # "Adjusted net income was $22.0 million, and diluted EPS was $0.45": the basis may lead
                # the second clause or not (a measure whose name holds the word, "Adjusted EBITDA", is the first's own;
                # a term with its own basis word, "and GAAP net income was", says which)
            before = before[:m.start()] + " " * (m.end() - m.start()) + before[m.end():]
    return before


# The GAAP basis said of a term right before it ("and GAAP net income was", "reported net income"): its own basis
_GAAP_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?<!non-)(?<!non\s)(?:GAAP|reported|as[\s-]reported|unadjusted)\s+$", re.I)


def _names_a_defined_measure(masked: str, basis: re.Match) -> bool:
    """Is a basis word part of a measure's name that is non-GAAP by definition ("adjusted EBITDA", "pro forma
    EBITDA")? Then it is that measure's alone, and a later clause's term is plain."""
    first = TERM_RE.match(masked, basis.start()) or TERM_RE.match(masked, basis.start("head"))
    return first is not None and _basis_of_a_named_measure(masked, first)


# A term named after an earlier amount, past a joiner ("$12.5 million and net income", "$12.5 million, and fourth
# quarter net income"), with a verb of its own before its amount ("net income was", "net income for the quarter
# totaled"): a clause of its own, which an earlier term's basis word does not reach (a list "non-GAAP gross margin of
# 60%, operating income of $10 million and EPS of $0.20" has no verb of its own: its basis leads the list)
# A clause of a series after a bare comma: ", operating income was" (", up 5%, and" is no clause: an amount first)
_SERIAL_CLAUSE = re.compile(r",(?!\s*(?:and|while|whereas|but)\b)[^,;$\d]*?\b(?:was|were|is|are|totall?ed|amounted\s+to|"
                            r"came\s+in\s+at|reached|increased|decreased|rose|grew|fell|declined|improved)\b", re.I)
_BARE_COMMA_BEFORE = re.compile(r",(?!\s*(?:and|while|whereas|but)\b)[^,;$]*$", re.I)
_JOINED_AFTER_AN_AMOUNT = re.compile(r"(?:,|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)[^,;$]*$", re.I)
# The verb of a term's own clause, right after the term and before its amount ("net income for the quarter was")
_TERM_OWN_VERB = re.compile(r"(?:(?![$;])[^,])*?\b(?:was|were|is|are|totall?ed|amounted\s+to|came\s+in\s+at|reached|"
                       r"increased|decreased|rose|grew|fell|declined|improved)\b", re.I)


_GAAP_AFTER = re.compile(r"(?<![\w-])(?<!non-)(?<!non\s)GAAP\b")


# A cause set off from the amount by a comma, with a word that says it explains the sentence's figure
_CAUSE_OF_THE_SENTENCE = re.compile(r",\s*(?:primarily|mainly|largely|principally|partly|partially|in\s+part|"
                                    r"substantially|predominantly)\s+(?:due|attributable|attributed)\s+to\b$|"
                                    r",\s*due\s+to\b$", re.I)  # ", due to calls and maturities": set off, the cause
# of the sentence's move even with no adverb; ", attributable to" without one may name holders, so it needs one


def _qualifier(before: str, tail: str, words: bool = True) -> str:
    """Why a figure is not the plain metric: non-GAAP, a portion, an amount attributable to a charge.
    `words`: False when the sentence `before` is taken from holds none of QUALIFIER_RE's words."""
    m = (words and QUALIFIER_NEEDLES.may_match(before) and _qualifier_before(before)) or None
    if m and "GAAP" in before and _GAAP_AFTER.search(before, m.end()):
        # "non-GAAP net income of $37.7 million; GAAP diluted EPS of $0.67": the nearer word says GAAP
        last = list(QUALIFIER_RE.finditer(before))[-1]
        m = None if _GAAP_AFTER.search(before, last.end()) else m
    m = m or (TAIL_QUALIFIER_NEEDLES.may_match(tail) and TAIL_QUALIFIER_RE.match(tail))
    if m and _CAUSE_OF_THE_SENTENCE.search(m.group(0)):
        return ""  # "... from $9.8 billion at December 31, 2023, primarily due to lower retained earnings": why the
        # sentence's figure moved, set off by a comma, never an amount attributable to a cause ("$0.9 million due to")
    if not m:
        return ""
    if _HYPOTHETICAL.match(m.group(0)):
        return "pro forma"
    word = _QUALIFIER_WORD.search(m.group(0))
    if word and _FUTURE_WORD.fullmatch(word.group(0)):
        return "expected"
    return word.group(0).lower() if word else "qualified"


# "... a 3% increase in the R&P segment revenue": a change whose own words name another subject — a
# segment, or a line of business by its initials — is that subject's, not the amount's before it.
_OTHER_SUBJECT = re.compile(r"\s+(?:in|of|for|from)\s+(?:the\s+|our\s+|its\s+)?(?:(?:[\w&/.-]+\s+){0,3}?segments?\b"
                            r"|(?!(?:GAAP|US|U\.S\.)\b)[A-Z][A-Z.-]*[&/][A-Z&/.-]*\b|(?!(?:GAAP|US)\b)[A-Z]{2,5}\b)")


def _level_takes_change(pendings: list[Pending]) -> None:
    """"Revenues increased $14.1 million, or 22%, to $77.9 million": the percentage stated for the amount of change is
    the change of the level the same sentence gives for the same term, period, place and line — the one level, never
    one of two."""
    for p in pendings:
        fig = p.figure
        if fig.qualifier != "change" or fig.change_pct is None or not fig.label.endswith(" (change)"):
            continue
        term = fig.label[:-len(" (change)")]
        levels = [q.figure for q in pendings if q.figure.label == term and not q.figure.qualifier and q.stored
                  and q.owner is None and not q.comparative and q.figure.period == fig.period
                  and (q.figure.geo, q.figure.product, q.figure.unit) == (fig.geo, fig.product, fig.unit)]
        if len(levels) == 1 and levels[0].change_pct is None:
            levels[0].change_pct = fig.change_pct


# A change in parentheses right after an amount, its sign printed: "(+10% year-over-year)", "(+11%)", "(-3.2% YoY)"; never
# one said against another period ("(+5% QoQ)") or in another basis ("(+4% organic)")
_SIGNED_CHANGE_AFTER = re.compile(r"^\s*\(\s*(?P<sign>[+\-\u2212])\s?(?P<p>\d+(?:\.\d+)?)\s?%(?:\s+(?:year[\s-](?:over|on)[\s-]"
                                  r"year|YoY|y/y|vs\.?\s+(?:prior|last)\s+year))?\s*\)", re.I)
# The word of change right before an amount of change ("an increase of $", "increased $", "increasing by +$"), and the
# relative change right after it (", or 22%", " or +11%"), which is the change of the figure the amount changes
_BY_AMOUNT_WORD = re.compile(r"\b(?P<w>increase|decrease|decline|rise|gain|drop|improvement|reduction|growth|increased|"
                             r"decreased|increasing|decreasing|rose|fell|grew|declined|improved|dropped)\s+(?:of\s+|by\s+)?"
                             r"(?:approximately\s+|about\s+)?\+?\s*$", re.I)
_OR_PERCENT = re.compile(r"^\)?,?\s+or\s+\+?(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent)(?![\w.]*\s+of\b)", re.I)
# a change against the quarter before, said right after it; and words that say a change is against a year before
_SEQUENTIAL_AFTER = re.compile(r"^\W{0,3}(?:sequentially|sequential|QoQ|Q/Q|quarter[\s-]over[\s-]quarter)\b", re.I)
# between two changes of one subject: no clause of its own ("while", "but", ";"), and a verb of change right after a
# conjunction ("..., and rose 4.2%"), never after a subject of its own ("..., and the Industrial segment rose 4.2%")
_CLAUSE_OF_ITS_OWN = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.I)
_VERB_OF_CHANGE = re.compile(r"(?:increased|decreased|increasing|decreasing|rose|fell|grew|declined|improved|dropped|"
                             r"climbed)\b", re.I)
_AFTER_A_CONJUNCTION = re.compile(r"(?:,|\band|\bsequentially|\bsequential|QoQ|Q/Q|quarter)\s*$", re.I)


def _same_subject(between: str, change: re.Match) -> bool:
    """Is a change after a sequential one said of the same subject? ("6.7% sequentially, significantly exceeding
    guidance, and up 4.2% year-over-year": yes; "6.7% sequentially, while gross profit rose 4.2%": no.)"""
    if _CLAUSE_OF_ITS_OWN.search(between) or TERM_RE.search(between):
        return False
    return not _VERB_OF_CHANGE.match(change.group(0)) or bool(_AFTER_A_CONJUNCTION.search(between))
_YEAR_AGO_AFTER = re.compile(r"^\W{0,3}(?:year[\s-](?:over|on)[\s-]year|YoY|Y/Y|(?:from|over|versus|vs\.?|compared\s+(?:to|"
                             r"with))\s+(?:the\s+)?(?:same\s+(?:quarter|period)\s+(?:of\s+)?(?:the\s+)?)?(?:prior|previous|"
                             r"last)\s+year)\b", re.I)


# Where a clause may start that has a subject of its own before a change ("..., and units shipped grew 7%", "..., with
# data center sales up 9%", "... included a tax benefit that increased 30%"); and the words that name no subject of
# their own there ("..., and was up 7%", "..., which increased 7%", "..., representing year-over-year growth of 7%")
_SUBJECT_BOUNDARY = re.compile(r"[,;:]|\b(?:and|with|while|whereas|but|as|included|includes|include|including)\b", re.I)
_NO_SUBJECT_WORDS = frozenset(
    "which that it this was were is are has have had been be also or and representing represented represents reflecting "
    "reflected reflects marking marked marks an a the its their year-over-year year over on sequential sequentially "
    "quarter-over-quarter organic total overall strong solid robust further again nearly approximately about by "
    "significant significantly slight slightly modest modestly".split())


_RESPECTIVE_CHANGES = re.compile(r"^(?:\s*(?:,|and)\s*\d+(?:\.\d+)?\s?%)+,?\s+respectively\b", re.I)


def _another_subject_before(between: str, term: str = "") -> bool:
    """Is a change said of a subject of its own, a noun phrase that stands between the amount and the change's verb in
    a clause of its own ("Revenue was $88.4 million, and units shipped grew 7.0%", "..., with data center sales up
    9%", "..., while the operating margin rose 2.5%")? Then the change is that subject's, never the amount's. A clause
    whose subject is the amount's own term said again ("Revenue was $40.1 million, with revenue up 12%") keeps it."""
    cuts = list(_SUBJECT_BOUNDARY.finditer(between))
    if not cuts:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", between[cuts[-1].end():])]
    subject = [w for w in words if w not in _NO_SUBJECT_WORDS]
    if subject and term and subject == term.lower().split():
        return False
    return bool(subject)


def _change(span_text: str, tail: str) -> float | None:
    """The change stated for an amount: the first of _changes."""
    return next((pct for pct, _ in _changes(span_text, tail)), None)


# What a percent is compared with when it is no period: a guidance, an expectation, a consensus, an estimate ("15%
# higher than analysts expected", "5% above the midpoint of our outlook", "ahead of consensus estimates by 3%")
_AGAINST_EXPECTATIONS = re.compile(r"^\W*(?:(?:higher|lower|more|less|greater|better|worse|above|below|ahead|short|"
                                   r"over|under|than|versus|vs\.?|compared\s+(?:to|with)|against|of|from|relative\s+to)"
                                   r"\s+){1,3}(?:[\w'\u2019-]+\s+){0,5}?(?:guidance|outlook|expect\w*|consensus|"
                                   r"estimates?|forecasts?|projections?|budget(?:ed)?|targets?|plan(?:ned)?)\b", re.I)


def _changes(span_text: str, tail: str, term: str = ""):
    """The changes stated for an amount, each with the text after it: "increased 18% to" right before it,
    else those after it ("up 22% from Q3, up 265% from a year ago": both, the caller picks the one
    that compares with a year before). None at all when the first is in constant currency, sequential
    or of another subject."""
    lead_text = span_text[-90:]
    # "increased 18% to" stands right before the amount
    lead = CHANGE_LEAD_RE.search(lead_text) if CHANGE_NEEDLES.may_match(lead_text) else None
    if lead:
        yield _percent(lead), tail
        return
    if not CHANGE_NEEDLES.may_match(tail):
        return
    signed = _SIGNED_CHANGE_AFTER.match(tail)
    if signed:  # "$61.7 million (+10% year-over-year)", "$126.8 million (+11%)": the sign says it is a change
        value = float(signed.group("p"))
        yield (-value if signed.group("sign") != "+" else value), tail[signed.end():]
        return
    by_amount = _BY_AMOUNT_WORD.search(span_text[-40:])
    if by_amount and (pct := _OR_PERCENT.match(tail)):  # "an increase of $14.1 million, or 22% from", "increased $14.1
        after = tail[pct.end():]  # million, or 22%, to": the amount is the change, the percentage its relative size
        if not (CHANGE_BASIS_RE.match(after) or _OTHER_SUBJECT.match(after) or _AGAINST_EXPECTATIONS.match(after)):
            value = float(pct.group("p"))
            yield (-value if NEGATIVE_WORDS.search(by_amount.group("w")) else value), after
        return
    sequential_end = -1  # where the words of a sequential change end, once one was said
    for m in CHANGE_RE.finditer(tail):
        after = tail[m.end():]
        if ";" in tail[:m.start()]:
            return  # (after a semicolon, another clause's: "Q4 revenues of $117 million; Q1 guidance of ..., up 23%")
        if sequential_end < 0 and _another_subject_before(tail[:m.start()], term) and not _RESPECTIVE_CHANGES.match(after):
            return  # "..., and units shipped grew 7.0% year-over-year": the change of the subject before it (never
            # "A and B increased by 13% and 17%, respectively": a list of the changes of the subjects listed)
        if sequential_end >= 0 and not (_YEAR_AGO_AFTER.match(after)
                                        and _same_subject(tail[sequential_end:m.start()], m)):
            return
        if (seq := _SEQUENTIAL_AFTER.match(after)) and sequential_end < 0:
            sequential_end = m.end() + seq.end()  # "an increase of 6.7% sequentially, and up 4.2% year-over-year": the
            continue  # next change is the figure's own only where its words say it is against a year before and
            # no other subject stands between ("..., while gross profit rose 4.2% year-over-year": another's)
        if _AGAINST_EXPECTATIONS.match(after):
            continue  # "12% higher than the midpoint of our guidance": against a guidance, never a change from a period
        if CHANGE_BASIS_RE.match(after) or _OTHER_SUBJECT.match(after):
            return
        yield _percent(m), after


_IMPROVED = re.compile(r"\bimprov\w*\b", re.I)


def _as_change_of_income(pct: float, term: str, tail: str, compared: str = "") -> float:
    """A stated percent change as a change of the figure as stored: a loss is stored negative, so a loss that grew
    ("Net loss was $3.1 million, an increase of 20%") is a fall of the figure (-20%, as (new - old) / |old| says of two
    levels) and one that shrank a rise; "improved" says the figure rose either way. `compared`: the term of the amount
    compared with, where the change is read after it; an income there ("compared to net income of $2.0 million, a
    decrease of 255%") makes it a loss from an income, whose stated direction holds as the release says it."""
    if not (_LOSS_WORD.search(term) and not _INCOME_WORD.search(term)):
        return pct
    if compared and _INCOME_WORD.search(compared) and not _LOSS_WORD.search(compared):
        return pct
    m = CHANGE_RE.search(tail) if CHANGE_NEEDLES.may_match(tail) else None
    if m is not None and _IMPROVED.search(m.group(0)):
        return abs(pct)
    if _FROM_AN_INCOME.search(tail[:m.start()] if m is not None else tail):
        return pct  # "Net loss was $3.1 million, compared to net income of $2.0 million, a decrease of 255%": a loss
        # from an income is a fall as the release says; only a loss compared with a loss grew or shrank
    return -pct


# "compared to net income of", "versus operating profit of", "from earnings of": the comparison is an income, not a loss
_FROM_AN_INCOME = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|from)\s+(?:an?\s+|the\s+)?"
                             r"(?:(?!loss)[a-z][\w-]*\s+){0,3}(?:income|profits?|earnings)\b(?!\s*\(loss)", re.I)


def _sequential_change(tail: str) -> float | None:
    """The change stated right after an amount against the quarter before ("$88.4 million, an increase of 5.3%
    sequentially, ... and up 2.1% year-over-year"): the first change after the amount, in its own clause, said
    sequential; None when the first change is another (a year's, in constant currency, of another subject)."""
    m = CHANGE_RE.search(tail) if CHANGE_NEEDLES.may_match(tail) else None
    if m is None or ";" in tail[:m.start()] or not _SEQUENTIAL_AFTER.match(tail[m.end():]) \
            or _another_subject_before(tail[:m.start()]):
        return None  # "..., and units shipped grew 7.0% sequentially": that subject's change
    return _percent(m)


def _percent(m: re.Match) -> float:
    pct = float(m.group("p1") or m.group("p2") or m.group("p3"))
    word = m.group("w1") or m.group("w2") or m.group("w3")
    return -pct if NEGATIVE_WORDS.search(word) else pct


_COMPARED_WITH = re.compile(r"^\s*(?:over|from|compared\s+(?:to|with)|versus|vs\.?|against|than)\s+", re.I)  # "12%
# higher than the third quarter": compared with the quarter "than" names
# "$51 million lower than the third quarter": what follows "than" is the period compared with, never the amount's own
_THAN = re.compile(r"\b(?:higher|lower|more|less|greater|above|below|better|worse)\s+than\b", re.I)
# Between a change amount and what it is compared with: its unit and its direction ("$0.12 per share from",
# "$51 million lower than"), so the comparison's words come first (NarrativeReader._not_a_year_before)
# A date right after a change's word of comparison that the reader took as no period: a full date ("versus June 30,
# 2024"), or a month and year ("versus end of June 2024", "from the end of June 2024")
_BARE_DATE_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?P<date>" + MONTH_RE + r"\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\b|(?:end\s+of\s+)?"
                              + MONTH_RE + r"\.?,?\s+(?:19|20)\d\d\b)", re.I)
_A_MONTH = re.compile(rf"^\s*(?:the\s+)?end\s+of\s+{MONTH_RE}\b", re.I)  # "versus end of June 2025"
_COMPARED_MARK = re.compile(r"\b(?:over|from|compared\s+(?:to|with)|versus|vs\.?|against|than)\b", re.I)
_CLAUSE_END = re.compile(r";|\.(?:\s|$)|,\s+(?:while|whereas|and\s+(?:the|our|its)|with)\b", re.I)
# "$158.7 million, lower than $192.5 million last quarter": a level set beside another amount, no change (matched on
# the sentence after the amount, not its window: the window ends where the next amount starts, right after "than")
_THAN_AN_AMOUNT = re.compile(r"^\)?,?\s*(?:higher|lower|more|less|greater|above|below)\s+than\s+(?:the\s+)?(?:"
                             + MARK_RE.pattern + r")", re.I)


# A change noun that heads the term's own phrase, right after the term ("revenue decline was $2.0 million, less than
# ...", "net income year-over-year growth was"): the amount is a change, set beside one. Anywhere else between the term
# and the amount ("revenue, despite an increase in returns, was $2.0 million, less than ...") it governs no amount.
_CHANGE_NOUN = re.compile(r"^\s*(?:(?:year[\s-]+over[\s-]+year|yoy|y/y|sequential|quarterly|annual|organic|net|total)\s+)?"
                          r"(?:growth|declines?|increases?|decreases?|savings|improvements?|reductions?|drops?|"
                          r"rises?)\b", re.I)


_THIS_COMPARES = re.compile(r"\W*(?:this|that|these|which)\s+compares?\s+(?:to|with|against)\s+(?:the\s+)?", re.I)
_LEVEL_THAN = re.compile(r"\)?,\s*(?:higher|lower|more|less|greater|above|below)\s+than\s+(?:the\s+)?\(?", re.I)


def _level_than_a_dated_level(c: "Context") -> bool:
    """Is the amount the level another is set beside, of a period it names at once ("$158.7 million, lower than
    $192.5 million last quarter and ...")? Undated ("higher than $4.0 million expected"), it is no figure of a period."""
    return bool(_LEVEL_THAN.fullmatch(c.span)) and _dated_at_once(c)


# The phrase dating a compared amount that names no term: "at the same time last year", "a quarter ago", "as of
# <date>", "at the end of 2023" date a balance; "for the same period last year", "during the prior-year quarter", "in
# the comparable quarter" a flow. Others ("last year", "in 2023", "a year ago") fit either.
_BALANCE_PHRASE = re.compile(r"\s*(?:(?:at|as\s+of)\b|a\s+quarter\s+ago\b)", re.I)
_FLOW_PHRASE = re.compile(r"\s*(?:(?:for|during|over)\b|in\s+the\s+(?:same|comparable|corresponding|prior|previous|"
                          r"year[\s-]+(?:ago|earlier))\b)", re.I)


def _amounts_of_money(text: str) -> int:
    """How many amounts of money a sentence prints, per-share amounts and cents left out (another kind of figure)."""
    if not _marked(text):
        return 0
    return sum(1 for m in _money(text) if m.group("cents") is None and not PER_SHARE_RE.match(text[m.end():]))


def _compares_its_printed_term(span: str, term: str) -> bool:
    """Does a sentence that only compares open on the printed words of the one figure before, then its amount: "This
    compares to a recovery of $250 thousand" after "... recorded a recovery of $150 thousand ..."?"""
    words = r"\s+".join(map(re.escape, term.split()))
    return bool(words) and re.fullmatch(rf"{_THIS_COMPARES.pattern}(?:an?\s+)?{words}\s+of\s+(?:approximately\s+)?",
                                        span, re.I) is not None


def _compared_phrase_fits(c: "Context", prior: "Pending") -> bool:
    """Does the phrase dating "This compares to $206.4 million <phrase>" fit the figure before it: a balance's
    phrase a balance, a flow's a flow? One that names neither kind fits either."""
    balance = prior.figure.period.months == 0 or is_balance_label(prior.term or prior.figure.label)  # read at a date,
    # or a balance of the vocabulary read over the sentence's span
    after = c.text[c.m.end():]
    if _BALANCE_PHRASE.match(after):
        return balance
    if _FLOW_PHRASE.match(after):
        return not balance
    return True


def _included_object(c: "Context", term_m: re.Match) -> bool:
    """Is the term the object of a verb of inclusion whose subject is an amount ("Operating expenses include
    restructuring costs of $4.0 million"): a part of that amount? Of a period's results it is a figure they state."""
    inc = _INCLUDED_OBJECT.search(c.masked, max(c.prev_end, term_m.start() - 40), term_m.start())
    return inc is not None and (not _RESULTS_SUBJECT.search(c.masked, max(0, inc.start() - 30), inc.start())
                                or bool(_FROM_ACQUIRED.match(c.tail)))


# a new clause after an amount: its own subject and verb ("..., and operating cash flow was $9.0 million")
_NEW_CLAUSE = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+(?:[A-Za-z&'-]+\s+){1,6}?(?:was|were|is|are|totaled|totalled|"
                         r"amounted\s+to|reached)\s*", re.I)


# a clause after a semicolon with its own subject and verb ("...; net debt reduced to", "...; revenue of"): the
# comparison's period before the semicolon dates the amount compared, never this clause's
_SEMICOLON_CLAUSE = re.compile(r"\s*;\s*(?:and\s+)?(?:[A-Za-z&'-]+\s+){1,6}?(?:was|were|is|are|totaled|totalled|"
                               r"amounted\s+to|reached|of|(?:rose|fell|grew|increased|decreased|declined|reduced|"
                               r"improved|climbed|dropped)\s+(?:by\s+\S+\s+)?to)\s*", re.I)


def _last_comparison(text: str, end: int) -> int | None:
    """Where the last comparison before `end` opens ("compared with ..."), if any."""
    found = [cm.start() for cm in COMPARE_RE.finditer(text, 0, end)]
    return found[-1] if found else None


def _own_clause_year(c: "Context", span: "Span", anchor: "Span", primary: "Pending | None") -> bool:
    """Is a bare year of the amount's own clause, after its own subject, and the span that would make it a year's
    same span ("for the quarter") one after the amount before, of its clause: "... $0.25 per share for the quarter, bringing total
    dividends for 2024 to $1.00 per share" — the year's, not the quarter of 2024? A comparison is not its own."""
    return primary is None and 0 < c.prev_end <= anchor.start \
        and any(anchor.end <= t.start() and t.end() <= span.start for t in c.terms)


# what may follow a follow-on's period for it to be that period's plain figure: the sentence's end, another amount
# compared, or the change between them ("..., an increase of 5%")
_FOLLOW_ON_END = re.compile(r"\s*(?:[.;]?\s*$|,?\s*(?:and|or)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,4}?(?:of\s+)?[$\u20ac\u00a3]"
                            r"|,\s*(?:respectively\b|an?\s+(?:increase|decrease)\b|representing\b|(?:up|down)\s+[$\d]))", re.I)


def _follow_on_plain(c: "Context") -> bool:
    """Does a follow-on amount ("This compares to $206.4 million ...", "This compares to a recovery of $250 thousand
    ...") end its clause at its period? Words after it qualify what is compared ("... for the fourth quarter of 2023
    at our peer banks", "excluding the acquired loans", "on a pro forma basis", "as restated"), and words between
    the amount and its period may name another measure ("$110 million of revenue guidance for ..."): either way
    the amount is no plain figure of the words before."""
    at = c.m.end()
    if (words := re.match(r"\s+of\s+((?:[a-z-]+\s+){0,4}?)(?=(?:for|in|during|at|as\s+of)\s)", c.text[at:])):
        if _OUTLOOK_WORDS.search(words.group(1)) or re.search(r"consensus|estimate", words.group(1), re.I):
            return False
        at += words.end()
    period = next((s for s in sorted(c.periods, key=lambda s: s.start)
                   if s.start >= at and _PERIOD_RIGHT_AFTER.fullmatch(c.text, at, s.start)), None)
    return period is None or bool(_FOLLOW_ON_END.match(c.text, period.end))  # no period at once: read as before


def _dated_at_once(c: "Context") -> bool:
    """Does a period phrase follow the amount at once ("$206.4 million at the same time last year")?"""
    return any(s.start >= c.m.end() and _PERIOD_RIGHT_AFTER.fullmatch(c.text, c.m.end(), s.start) for s in c.periods)


def _level_than_an_amount(c: "Context") -> bool:
    """Is the amount a level set beside another ("$158.7 million, lower than $192.5 million")? Its window ends where
    the next amount starts, right after "than", so after a comma the sentence itself is read; without one ("$1.8
    million higher than the $38.3 million of the prior year") the amount is the change, as its window says."""
    after = c.text[c.m.end():]
    return bool(_THAN_AN_AMOUNT.match(c.tail) or after.lstrip(")").startswith(",") and _THAN_AN_AMOUNT.match(after))
