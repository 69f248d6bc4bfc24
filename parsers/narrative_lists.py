"""Lists read in parallel: "revenue for the three and nine months ended September 30, 2019 was $4.2 million
and $11.9 million, respectively", "revenues, EBITDA and net earnings per share were $4.3 billion, $299
million and $2.73 per share, respectively".

The n-th amount of a list belongs to the n-th term or the n-th period of the list beside it. Only lists
whose lengths agree are read: an amount paired by guess would be a wrong figure.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from parsers.periods import MONTH_RE, ORDINAL_RE, QUARTER_ORDINALS, Period, parse_date, span_months

# Between two amounts of one list: ", ", " and ", ", and " (a per-share amount keeps its "per share").
_LIST_GAP = re.compile(r"(?:\s+(?:per|a)\s+(?:\w+\s+){0,2}?share)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)", re.I)
_LIST_END = re.compile(r"(?:\s+(?:per|a)\s+(?:\w+\s+){0,3}?share)?(?:\s+(?:for|in|during|at|as\s+of)\s+[^$;]{0,120}?)?"
                       r"\s*,?\s*$", re.I)  # "… for the three months ended …, respectively"
# Between two terms of one list; the next may carry its own basis ("Gross Profit and Adjusted Gross Profit",
# "revenue and adjusted EBITDA"), read as that term's alone (narrative.py _item_qualifiers)
_TERM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:adjusted|non-GAAP|core|organic|underlying)\s+)?", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_AFTER_RESPECTIVELY = re.compile(r"^\s*,?\s*(?:to|of|at|were|was)?\s*$", re.I)

_SPANS = r"(three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|3|6|9|12|13|26|39|52)"
QUARTER_AND_SPAN = re.compile(rf"\b(?:{_SPANS}(?:[\s-]+(months?|weeks?))?|quarter)\s+and\s+(?:the\s+)?{_SPANS}[\s-]+"
                              r"(months?|weeks?)\b", re.I)
SPAN_AND_YEAR = re.compile(rf"^\s*,?\s*and\s+(?:({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)|((?:19|20)\d\d)\b)", re.I)
_SPAN_BEFORE = re.compile(rf"\b(?:{_SPANS}(?:[\s-]+(?:months?|weeks?))?|quarter)\s*,\s*$", re.I)
# the longer span first: "the nine months and quarter ended September 30", "the year and quarter ended ..."
SPAN_AND_QUARTER_ENDED = re.compile(rf"\b(?:{_SPANS}[\s-]+(months?|weeks?)|(?:fiscal\s+)?(year))\s+and\s+(?:the\s+)?"
                                    r"(?:three[\s-]+months?|quarter)\s+(?:periods?\s+)?(?:ended|ending)\b", re.I)
QUARTER_AND_YEAR_ENDED = re.compile(r"\bquarter\s+and\s+(?:the\s+)?(?:fiscal\s+|full\s+)?year\s+(?:ended|ending)\b", re.I)
# "GAAP and non-GAAP earnings per diluted share were $1.08 and $1.05, respectively"
BASES = re.compile(r"\b(GAAP|reported)\s+and\s+(non-GAAP|adjusted)\s+$", re.I)
# "basic and diluted earnings per share of $0.41 and $0.40, respectively", "earnings per basic and diluted
# share were ...": the first amount is basic, the second diluted
SHARE_BASES = re.compile(r"\bbasic\s+and\s+(?:fully\s+)?diluted\b", re.I)
# One quarter (or half) of two years: "the fourth quarters of 2024 and 2023", "the second quarters of fiscal 2007 and
# 2006", "the fiscal 2007 and 2006 second quarters", "the first halves of 2024 and 2023": that part of each year, never
# the two whole years YEARS reads in "of 2024 and 2023"
_PART = r"(?P<ord>" + ORDINAL_RE + r"|first|second)[\s-]+(?:fiscal\s+)?(?P<part>quarters|halves)"
_TWO_YEARS = r"(?:fiscal\s+(?:years?\s+)?)?(?P<y1>(?:19|20)\d\d)\s*,?\s+and\s+(?:fiscal\s+)?(?P<y2>(?:19|20)\d\d)\b"
PARTS_OF_YEARS = (re.compile(rf"\b{_PART}\s+of\s+{_TWO_YEARS}", re.I), re.compile(rf"\b{_TWO_YEARS}\s+{_PART}\b", re.I))
YEARS = re.compile(r"\b(?:in|for|during|of)\s+(?:fiscal\s+(?:years?\s+)?)?((?:19|20)\d\d)\s*,?\s+and\s+((?:19|20)\d\d)\b", re.I)
# "revenues for the quarter and the year were ...": no ordinal, no date; the release's own quarter when it ends
# its fiscal year (`own`), and that year
THE_QUARTER_AND_YEAR = re.compile(r"\b(?:the|this)\s+quarter\s+and\s+(?:the\s+)?(?:full[\s-]+|fiscal\s+)?year\b"
                                  r"(?![\s-]+(?:ended|ending|to\s+date|of|\d))", re.I)
QUARTER_AND_YEAR = re.compile(rf"\b({ORDINAL_RE})[\s-]+quarter\s+and\s+(?:the\s+)?(?:full[\s-]+|fiscal\s+)?year\b"
                              r"(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d))?", re.I)


def amount_run(text: str, amounts: list[re.Match], at: int, before: bool) -> list[re.Match]:
    """The amounts of the list that ends right before `at` (before=True: "$1 and $2, respectively") or
    starts right after it ("respectively, to $1 and $2"); [] when there is none of two or more."""
    if before:
        run = [m for m in amounts if m.end() <= at]
        if not run or not _LIST_END.fullmatch(text[run[-1].end():at]):
            return []
        out = [run[-1]]
        for m in reversed(run[:-1]):
            if not _LIST_GAP.fullmatch(text[m.end():out[0].start()]):
                break
            out.insert(0, m)
    else:
        run = [m for m in amounts if m.start() >= at]
        if not run or not _AFTER_RESPECTIVELY.match(text[at:run[0].start()]):
            return []
        out = [run[0]]
        for m in run[1:]:
            if not _LIST_GAP.fullmatch(text[out[-1].end():m.start()]):
                break
            out.append(m)
    return out if len(out) >= 2 else []


def amount_runs(text: str, amounts: list[re.Match]) -> list[list[re.Match]]:
    """The sentence's amounts grouped into lists: amounts only ", " / " and " apart ("$165 million, $107 million
    and $65 million") are one list; every other amount is a list of its own."""
    runs: list[list[re.Match]] = []
    for m in amounts:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def term_run(text: str, terms: list[re.Match], n: int, whole: bool = False) -> list[re.Match]:
    """The last n terms of `terms`, if they stand as one list ("revenues, EBITDA and net earnings"); `whole`:
    a list of n terms only, for pairing with n amounts ("revenue, gross profit and net income were $12.1
    million and $1.3 million" lists three terms against two amounts: which two are meant is a guess)."""
    if len(terms) < n:
        return []
    run = terms[-n:]
    if whole and len(terms) > n and _TERM_GAP.fullmatch(text[terms[-n - 1].end():run[0].start()]):
        return []
    for t, u in zip(run, run[1:]):
        if not _TERM_GAP.fullmatch(text[t.end():u.start()]):
            return []
    return run


def period_list(text: str, resolved: Sequence[tuple[Any, Period | None]], fye: int, default_fy: int | None,
                year_period, own: Period | None = None, offset: int = 0) -> list[Period]:
    """The periods a list of amounts runs over, in order: "the three and six months ended June 30, 2019",
    "the years ended December 31, 2024 and 2023", "in 2019 and 2018", "the fourth quarter and year".
    `resolved`: the sentence's period phrases (their .start and .end in `text`) with their periods; `year_period(year)`: a bare year as
    the release means it; `offset`: how the release names its fiscal years (Period.fiscal)."""
    from parsers.periods import quarter_period, month_end
    m = QUARTER_AND_YEAR_ENDED.search(text)
    if m:
        first = next((p for s, p in resolved if p is not None and s.end >= m.end()), None)
        if first is not None:
            return [Period(first.end, 3), Period(first.end, 12)]
    m = SPAN_AND_QUARTER_ENDED.search(text)
    if m and not _SPAN_BEFORE.search(text[:m.start()]):
        first = next((p for s, p in resolved if p is not None and s.end >= m.end()), None)
        months = 12 if m.group(3) else span_months(m.group(1), m.group(2))
        if first is not None and months and months > 3:
            return [Period(first.end, months), Period(first.end, 3)]
    m = QUARTER_AND_SPAN.search(text)
    if m and _SPAN_BEFORE.search(text[:m.start()]):
        return []  # "the three, six and twelve months": more periods than the two read here
    if m:
        first = next((p for s, p in resolved if p is not None and s.start >= m.start()), None)
        months = span_months(m.group(3), m.group(4))
        if first is not None and months:
            return [Period(first.end, 3), Period(first.end, months)]
    m = PARTS_OF_YEARS[0].search(text) or PARTS_OF_YEARS[1].search(text)
    if m:
        part = QUARTER_ORDINALS[m.group("ord").lower()]
        if m.group("part").lower() == "halves":
            if part > 2:
                return []
            return [Period(quarter_period(2 * part, int(m.group(y)), fye, offset).end, 6) for y in ("y1", "y2")]
        return [quarter_period(part, int(m.group(y)), fye, offset) for y in ("y1", "y2")]
    for span, p in resolved:
        more = SPAN_AND_YEAR.match(text[span.end:])
        if p is not None and p.months in (0, 3, 6, 9, 12) and more:
            if more.group(2):
                return [p, p.shifted_years(int(more.group(2)) - p.end.year)]
            other = parse_date(more.group(1))
            return [p, Period(other, p.months)] if other and other < p.end else []
    m = YEARS.search(text)
    if m:
        return [year_period(int(m.group(1))), year_period(int(m.group(2)))]
    m = QUARTER_AND_YEAR.search(text)
    if m and (m.group(2) or default_fy):
        year = int(m.group(2)) - offset if m.group(2) else default_fy  # as the calendar year it ends in
        return [quarter_period(QUARTER_ORDINALS[m.group(1).lower()], year, fye), Period(month_end(year, fye), 12)]
    m = THE_QUARTER_AND_YEAR.search(text)
    if m and own is not None and own.months == 3 and own.end.month == fye:
        return [own, Period(own.end, 12)]  # "for the quarter and year": a fourth quarter's release's own two
    return []
