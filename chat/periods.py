"""Periods as people ask for them: "Q3 2007", "3Q07", "nine months 2006", "9/30/2007", "end of 2006".

A spec is resolved against a company's fiscal calendar only when answering, so "Q3 FY08" and
"three months ended November 30, 2006" find the same facts the parsers stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from parsers.periods import (MONTH_RE, ORDINAL_RE, ORDINALS, QUARTER_ORDINALS, QUARTER_TOKEN_RE, add_months, effective_month, full_year,
                             month_end, parse_date, quarter_period, span_months, year_to_date_period)

_LEN = r"(three|six|nine|twelve|3|6|9|12|months?|13|26|39|52|53|thirteen|twenty-six|thirty-nine|fifty-two)"
YEAR = r"'?((?:19|20)\d\d|\d\d)(?!\d)"
DATE_RX = rf"(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d\d)|(?:19|20)\d\d-\d\d-\d\d)"


YEARLESS_PLACEHOLDER = 2000  # the year of the month a year-to-date "through September" names without one, until pinned


@dataclass(frozen=True)
class PeriodSpec:
    """What a question names. kind: 'Q' quarter, 'YTD' (months), 'FY', 'instant', 'date' (a bare
    end date: an instant for balance-sheet metrics, else the quarter ending then), 'year' (a bare year)."""

    kind: str
    year: int | None = None
    quarter: int | None = None
    months: int | None = None
    end: date | None = None
    within: date | None = None  # a fiscal period of no year asked after a dated one ("and the first half?" after the
    # latest quarter, held as its dates): the fiscal year holding that date, known only on the company's calendar
    ask_back: bool = False  # a quarter whose year the words around it move where none can be picked: "Q4 last year",
    # "the June quarter of the prior year" (the year-ago comparative in a release's words, the latest full year's
    # quarter in a reader's), "next / prior-year December quarter" — asked back, never the latest such quarter held

    def with_year(self, year: int) -> "PeriodSpec":
        if self.end is not None:
            y, m = effective_month(self.end)
            return replace(self, year=year, end=month_end(year, m))
        return replace(self, year=year)

    def resolve(self, fye: int, flow: bool = True, offset: int = 0) -> tuple[int, int, int] | None:
        """(months, end_year, end_month) on the company's calendar, None when a year is missing."""
        if self.within is not None and self.year is None:
            y, m = effective_month(self.within)
            return replace(self, year=(y if m <= fye else y + 1) + offset, within=None).resolve(fye, flow, offset)
        if self.kind == "date" or self.kind == "instant":
            if self.end is None:
                return None
            y, m = effective_month(self.end)
            if not flow:
                return 0, y, m
            return self.months or 3, y, m  # "revenue at September 30, 2007": the quarter ending then
        if self.year is None:
            return None
        if self.kind == "Q" and self.quarter:
            p = quarter_period(self.quarter, self.year, fye, offset)
        elif self.kind == "YTD" and self.months:
            if self.end is not None:
                y, m = effective_month(self.end)
                return self.months, y, m
            p = year_to_date_period(self.months, self.year, fye, offset)
        elif self.kind == "YTDM" and self.end is not None:
            y, m = effective_month(self.end)
            months = (m - fye - 1) % 12 + 1
            return (months if flow else 0), y, m
        elif self.kind in ("FY", "year", "YE", "H2"):
            y, m = add_months(self.year - offset, fye, 0)
            return ((6 if self.kind == "H2" else 12) if flow and self.kind != "YE" else 0), y, m
        else:
            return None
        y, m = effective_month(p.end)
        return (p.months if flow else 0), y, m

    def previous_year(self) -> "PeriodSpec":
        return self.with_year(self.year - 1) if self.year else self

    def label(self, fye: int = 12) -> str:
        tag = "" if fye == 12 else "FY"
        if self.kind == "Q":
            return f"Q{self.quarter} {tag}{self.year}" if self.year else f"Q{self.quarter}"
        if self.kind == "YTD":
            return f"{self.months}M {tag}{self.year}" if self.year else f"{self.months}M"
        if self.kind in ("FY", "year"):
            return f"FY {self.year}"
        if self.kind == "YE":
            return f"end of {self.year}"
        if self.kind == "H2":
            return f"H2 {tag}{self.year}" if self.year else "H2"
        if self.kind == "YTDM" and self.end is not None:
            return f"year to date through {self.end:%B %Y}" if self.year is not None else f"year to date through {self.end:%B}"
        if self.kind in RELATIVE_NAMES:
            return RELATIVE_NAMES[self.kind]
        return self.end.isoformat() if self.end else "?"


RELATIVE_NAMES = {"latest": "the latest period", "latest_year": "the latest year", "latest_quarter": "the latest quarter",
                  "this_year": "this year to date", "ttm": "the trailing twelve months", "rel_year": "last year",
                  "rel_quarter": "last quarter", "prior_quarter": "the quarter before the latest",
                  "year_ago_quarter": "the same quarter a year earlier",
                  "year_ago": "the latest period, a year earlier",
                  "next_year": "the next year", "next_quarter": "the next quarter"}


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return full_year(text)  # two-digit years read one way everywhere ('99' is 1999)


# "first", "1st": the ordinals of the first half and the first months, from the period words' one home
FIRST_RE = "(?:" + "|".join(w for w, n in QUARTER_ORDINALS.items() if n == 1) + ")"

# "of the fiscal year 2025", "fiscal 2025", "FY": what may stand between a year-to-date span's words and its year
_OF_FISCAL = r"(?:\s+(?:the\s+)?(?:fiscal|fy)(?:\s+year)?)?"
# the quarters a year to date counts ("the first three quarters"): two or three (one is the first quarter itself)
FIRST_QUARTERS = {"two": 2, "three": 3, "2": 2, "3": 3}
_QUARTER_COUNT = "|".join(FIRST_QUARTERS)

# Periods named against the company's latest release ("latest", "this year", "trailing twelve months"):
# resolved by the engine from what the store holds, never from today's date.
LATEST_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "YTD through September" with no year: the latest year to date that ends in that month (its year is the latest held)
    ("ytd_through_noyear", re.compile(rf"\b(?:ytd|year[\s-]to[\s-]date)\s+(?:through|thru)\s+(?:the\s+end\s+of\s+)?"
                                      rf"({MONTH_RE})\b(?!\s*,?\s*'?\d)")),
    # "the prior-year quarter", "the year-ago quarter", "the same quarter last year": the latest quarter held,
    # a year back (first: "for the year" and "prior year" would take part of it and leave "quarter" unexplained)
    ("year_ago_quarter", re.compile(r"\b(?:prior|previous|last)[\s-]year(?:'s)?\s+(?:same\s+)?quarter\b|"
                                    r"\byear[\s-]ago\s+quarter\b|\bquarter\s+a\s+year\s+(?:ago|earlier)\b|"
                                    r"\bsame\s+quarter\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a)\s+year"
                                    r"(?:\s+(?:ago|earlier))?\b")),
    ("ttm", re.compile(r"\b(?:trailing|last|past|latest)\s+(?:twelve|12)[\s-]*(?:months?|mos?|m)\b|\b(?:ttm|ltm)\b|"
                       r"\b(?:trailing|last|past|latest)\s+(?:four|4)\s+(?:quarters|qtrs)\b")),  # "last 4 quarters" was the latest one
    # ("YTD through June 2025": the year to date ending then, read whole below, never this year and a date)
    ("this_year", re.compile(r"\b(?:this|current)\s+(?:fiscal\s+)?year\b|\b(?:fiscal\s+)?year[\s-]to[\s-]date\b"
                             r"(?!\s+(?:(?:of\s+)?fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)"  # "year to date fiscal 2024": its own
                             r"(?!\s+(?:through|thru)\b)"
                             r"|\bytd\b(?!\s*(?:fy\s*|(?:of\s+)?fiscal\s+(?:year\s+)?)?'?\d\d)(?!\s+(?:through|thru)\b)")),
    # "next year", "the coming quarter": the period after the latest one reported (an outlook's period)
    ("next", re.compile(r"\b(?:the\s+)?(?:next|coming|following|upcoming)\s+(?:fiscal\s+)?(year|quarter)\b")),
    # "the last 2 quarters", "past 3 years": several periods, never one (the number was dropped, and the latest quarter
    # given); four quarters and twelve months are the trailing twelve months, read above
    ("several", re.compile(r"\b(?:the\s+)?(?:last|past|previous|prior|trailing|latest|recent)\s+(\d{1,2}|two|three|five|six|"
                           r"seven|eight|nine|ten|several|few)\s+(?:fiscal\s+)?(?:quarters|qtrs|years|yrs|months|periods)\b")),
    ("latest", re.compile(r"\b(?:the\s+)?(?:(?:latest|most\s+recent(?:ly)?|newest)(?:\s+(?:reported\s+)?(?:fiscal\s+)?"
                          r"(?:quarter|period|release|results?|figures?|year))?|(?:current|recent)\s+(?:fiscal\s+)?"
                          r"(?:quarter|period|release))\b")),  # "current assets" is no period
    ("year_range", re.compile(r"(?<![\w/$.,-])((?:19|20)\d\d)\s*(?:-|–|through|thru)\s*((?:19|20)\d\d)(?![\w/%.,-])")),
    ("month_quarter", re.compile(rf"\b(?:the\s+)?({MONTH_RE})\s+quarter(?:\s+of)?\s*,?\s*{YEAR}")),
    # "the December quarter" with no year: the latest quarter ending in that month, pinned to the figures held
    ("month_quarter_noyear", re.compile(rf"\b(?:the\s+)?({MONTH_RE})\s+quarter\b")),
]
# 'F19' in a question is fiscal 2019 ('F19 revenue', 'F19 EBITDA growth', 'sales in F19?') unless a product's noun
# follows it ('the F35 program', 'F27 aircraft line'), or 'the' names it as a thing ('the F35 earned') and no word of
# a result follows ('the F19 revenue' is still the year)
_F_PRODUCT = (r"program(?:me)?s?|aircraft|airplanes?|planes?|jets?|fighters?|lines?|models?|series|engines?|platforms?|"
              r"vehicles?|trucks?|cars?|ships?|vessels?|helicopters?|drones?|missiles?|chips?|devices?|products?|units?|"
              r"fleet|variants?|versions?|class|family|contract")
_F_RESULT = (r"revenues?|sales|results?|earnings|ebitda|ebit|profits?|income|eps|npat|dividends?|cash|margins?|"
             r"growth|guidance|outlook|costs?|expenses?|capex|volumes?|turnover|underlying|statutory|normalised|"
             r"normalized|full|year|annual|first|second|half|h1|h2")
_F_YEAR_ALONE = rf"(?!\s+(?:{_F_PRODUCT})\b)"
_F_YEAR = rf"(?:(?<!\bthe\s)f(?=\d\d\b{_F_YEAR_ALONE})|(?<=\bthe\s)f(?=\d\d\b(?:\W*$|\s+(?:{_F_RESULT})\b)))"
PATTERNS: list[tuple[str, re.Pattern]] = LATEST_PATTERNS + [
    # the store's own name of a span no calendar names ("12M to 2020-08": four quarters to August 2020), read back
    ("span_to", re.compile(r"\b(1[0-2]|[1-9])\s*m(?:onths?)?\s+to\s+((?:19|20)\d\d)-(0[1-9]|1[0-2])\b")),
    ("months_ended", re.compile(rf"\b(three|six|nine|twelve|3|6|9|12|13|26|39|52|53|thirteen|twenty-six|thirty-nine|"
                                rf"fifty-two)[\s-]*(?:months?|weeks?|wks?)\s+(?:fiscal\s+)?(?:period\s+|quarter\s+)?(?:ended|ending)\s+({DATE_RX})")),
    ("weeks_year", re.compile(rf"\(?\b(13|26|39|52|53|thirteen|twenty-six|thirty-nine|fifty-two)[\s-]*(?:weeks?|wks?)\)?"
                              rf"(?:\s+(?:of|in|ended|ending))?(?:\s+(?:fiscal|fy))?\s*{YEAR}")),
    ("ytd_through", re.compile(rf"\b(?:(?:ytd|year[\s-]to[\s-]date)\s+)?(?:through|thru)\s+(?:the\s+end\s+of\s+)?({MONTH_RE})\s+((?:19|20)\d\d)\b")),
    ("months_ended_month", re.compile(rf"\b(three|six|nine|twelve|3|6|9|12|13|26|39|52|thirteen|twenty-six|thirty-nine)[\s-]*"
                                      rf"(?:months?|weeks?|wks?)\s+(?:ended|ending)\s+({MONTH_RE})\s+((?:19|20)\d\d)\b")),
    ("weeks_dated", re.compile(rf"\b(13|26|39|52|53|thirteen|twenty-six|thirty-nine)[\s-]*(?:weeks?|wks?)\s+(?:ended\s+|ending\s+)?({DATE_RX})")),
    ("end_of_q", re.compile(rf"\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:q([1-4])|({ORDINAL_RE})[\s-]+quarter)(?:\s+of)?\s+{YEAR}")),
    ("span_ended", re.compile(rf"\b(quarters?|years?|fiscal\s+years?)\s+(?:ended|ending)\s+({DATE_RX})")),  # "the years ended …, 2019 and 2018"
    ("instant", re.compile(rf"\b(?:at|as\s+of|on|end\s+of|ended|ending)\s+({DATE_RX})")),
    ("month_end", re.compile(rf"\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+|as\s+of\s+|at\s+)?({MONTH_RE})\s+((?:19|20)\d\d)\b")),
    ("date", re.compile(rf"({DATE_RX})")),
    # "the year ended 2019": the year (a span for a flow, its closing date for a balance), never only its end
    ("year_ended", re.compile(rf"\b(?:fiscal\s+)?year\s+(?:ended|ending)\s+(?:in\s+)?{YEAR}")),
    ("year_end", re.compile(rf"\b(?:(?:at\s+)?(?:the\s+)?end\s+of(?:\s+fiscal)?|year[\s-]end|fiscal\s+year[\s-]end)\s+{YEAR}|\b{YEAR}\s+year[\s-]end")),
    ("qtok", re.compile(rf"\b{QUARTER_TOKEN_RE}\s*(?:of\s+)?(?:fy\s*|fiscal\s*)?{YEAR}")),
    ("qword", re.compile(rf"\b({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+(?:fiscal|fy))?(?:\s+year)?\s*,?\s*{YEAR}")),
    ("qfy_word", re.compile(rf"\b(?:fiscal|fy)\s*{YEAR}\s+({ORDINAL_RE})[\s-]+quarter")),
    ("ytd", re.compile(rf"\b(?:{FIRST_RE}\s+)?(nine|six|three|9|6|3)[\s-]*(?:months?|mos?|m)\b(?:\s+(?:of|ended|ending|to))?{_OF_FISCAL}\s*{YEAR}")),
    # "YTD FY2025", "year to date fiscal 2025": the year to date of that fiscal year, never two periods
    ("ytd_tok", re.compile(rf"\b(9m|6m|3m|ytd|year[\s-]to[\s-]date|h1|1h)\s*(?:fy\s*|(?:of\s+)?fiscal\s+(?:year\s+)?)?{YEAR}")),
    ("half", re.compile(rf"\b{FIRST_RE}\s+half(?:\s+of)?{_OF_FISCAL}\s*{YEAR}")),
    # "the first three quarters of fiscal 2025", "first two quarters 2025": the year to date of nine or six months —
    # never the fiscal year its words end with (left unread, "fiscal 2025" alone gave the full year's figure)
    ("first_quarters", re.compile(rf"\b{FIRST_RE}\s+({_QUARTER_COUNT})\s+(?:fiscal\s+)?quarters(?:\s+of)?{_OF_FISCAL}\s*,?\s*{YEAR}")),
    # the second half ("H2 2024", "2H24", "the second half of fiscal 2024"): the six months to the year's end — never
    # left unread (it was, and the latest quarter was given for it)
    ("half2", re.compile(rf"\b(?:h2|2h)\s*(?:of\s+)?(?:fy\s*|fiscal\s*)?{YEAR}|\b(?:second|back)\s+half(?:\s+of)?(?:\s+(?:fiscal|fy))?\s*{YEAR}")),
    # "FY19", "fiscal 2019", "F19" (the fiscal year as Australian and New Zealand reports name it; only standing alone,
    # never with a name's word after it: "the F35 program" is a product, no fiscal 2035)
    ("fy", re.compile(rf"\b(?:fy|{_F_YEAR}|fiscal(?:\s+year)?|full[\s-]year|year|annual|calendar)\s*{YEAR}")),
    ("q_noyear", re.compile(rf"\b(?:q([1-4])|({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter|([1-4])q)\b")),
    ("weeks_noyear", re.compile(r"\(?\b(13|26|39|thirteen|twenty-six|thirty-nine)[\s-]*(?:weeks?|wks?)\)?")),
    ("first_quarters_noyear", re.compile(rf"\b{FIRST_RE}\s+({_QUARTER_COUNT})\s+(?:fiscal\s+)?quarters\b")),
    ("ytd_noyear", re.compile(rf"\b(?:{FIRST_RE}\s+)?(nine|six|9|6)[\s-]*(?:months?|mos?|m)\b|\b(ytd|year[\s-]to[\s-]date|h1|{FIRST_RE}\s+half)\b")),
    ("fy_noyear", re.compile(r"\b(full[\s-]year|fiscal\s+year|whole\s+year|annual)\b|\bfor\s+the\s+(?:full\s+)?year\b|"
                             r"\bfy\b(?!\s*'?\d)")),  # "FY revenue": the fiscal year (it was read as no period: the quarter)
    ("half2_noyear", re.compile(r"\b(?:h2|2h|(?:second|back)\s+half)\b")),
    ("the_quarter", re.compile(r"^\W*(?:and|what\s+about|how\s+about)?\s*(?:for\s+)?the\s+quarter\W*$")),
    ("year_end_noyear", re.compile(r"\b(?:at\s+)?(?:the\s+)?(?:fiscal\s+)?year[\s-]end\b(?!\s+(?:19|20)\d\d)")),
    # "a year ago", "a year earlier": the latest period held, a year back — not the last fiscal year ("revenue a year
    # ago" got the latest year's figure, "cash a year ago" the latest balance); after a period, that period a year back
    ("year_ago", re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\b|\byear[\s-]ago\b")),
    ("rel_year", re.compile(r"\b(?:last|prior|previous)\s+year(?:'s)?\b|\bthe\s+year\s+before\b")),
    # "the prior quarter", "the quarter before": the quarter before the latest one held — unlike "last quarter", the
    # latest itself (it answered the latest quarter); against the latest ("growth vs the prior quarter") a comparison
    # "the linked quarter": a bank's word for the quarter right before the latest
    ("prior_quarter", re.compile(r"\b(?:prior|previous|preceding|linked)[\s-]+quarter\b|\bquarter\s+before\b(?!\s+\w)")),
    ("rel_quarter", re.compile(r"\blast\s+quarter\b|\bsequential(?:ly)?\b|\bquarter\s+over\s+quarter\b")),
    # "2018/2019", "2018/19": a fiscal year named by the two calendar years it spans, the year it ends in
    ("spanned_year", re.compile(r"(?<![\w/$.,-])((?:19|20)\d\d)\s*/\s*((?:19|20)?\d\d)(?![\w/%.,-])")),
    ("bare_year", re.compile(r"(?<![\w/$.,-])((?:19|20)\d\d)(?![\w/%.-]|,\d)")),  # "in 2019, what": a comma after it ends a year, "2019,500" is a number
]


# "2024-25", "2024/25", "2024–25": a fiscal year named by the two calendar years it spans, with the second one cut to
# two digits; it is the year it ends in. Never part of a date ("2011-12-31") or a longer number.
SPANNED_SHORT = re.compile(r"(?<![\w/$.,–-])((?:19|20)\d\d)\s*[-–/]\s*(\d\d)(?![\w/%.,–-])")


def _spanned_as_fiscal(text: str) -> str:
    """The spanned years written as the fiscal year they end in ("h1 2024-25" → "h1  fy2025"), padded to the same
    length so every position found in the text stays where it was (it was read as the first year, with "-25" left)."""
    def ending(m: re.Match) -> str:
        first, second = int(m.group(1)), int(m.group(2))
        if second != (first + 1) % 100:
            return m.group(0)
        return f"fy{first + 1}".rjust(len(m.group(0)))
    return SPANNED_SHORT.sub(ending, text)


def find_periods(text: str) -> list[tuple[int, int, PeriodSpec]]:
    """Every period named in a (lower-cased) question, in order of appearance."""
    text = _spanned_as_fiscal(text)
    taken: list[tuple[int, int, PeriodSpec]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            if kind == "year_range":  # "2017-2019": each year of the range
                first, last = int(m.group(1)), int(m.group(2))
                if 0 < last - first <= 10:
                    taken += [(m.start(), m.end(), PeriodSpec("year", y)) for y in range(first, last + 1)]
                continue
            spec = _spec(kind, m)
            if spec is not None:
                taken.append((m.start(), m.end(), spec))
    return _quarters_of_last_year(text, sorted(taken, key=lambda t: (t[0], t[2].year or 0)))


# what may stand between a quarter with no year and "last year" that names its year ("Q4 of last year")
_QUARTER_YEAR_GAP = re.compile(r"\s*(?:,\s*|of\s+|in\s+)?")


def _quarters_of_last_year(text: str, taken: list[tuple[int, int, PeriodSpec]]) -> list[tuple[int, int, PeriodSpec]]:
    """A quarter named with no year and followed by "last year" ("Q4 last year", "the December quarter of the prior
    year") is one period, that quarter of last year: read as two, the question listed the quarter and asked which
    period was meant. "last year" alone stays as it was."""
    out: list[tuple[int, int, PeriodSpec]] = []
    for start, end, spec in taken:
        if out and spec.kind == "rel_year" and _yearless_quarter(out[-1][2]) \
                and _QUARTER_YEAR_GAP.fullmatch(text[out[-1][1]:start]):
            first_start, _, quarter = out.pop()
            out.append((first_start, end, replace(quarter, ask_back=True)))
            continue
        out.append((start, end, spec))
    return out


def _yearless_quarter(spec: PeriodSpec) -> bool:
    return spec.year is None and (spec.kind == "Q" and spec.quarter is not None
                                  or spec.kind == "date" and spec.months == 3 and spec.end is not None)


def _date(text: str) -> date | None:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    if re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", t):
        try:
            return date.fromisoformat(t)
        except ValueError:
            return None
    return parse_date(t)


WEEKS_WORD = re.compile(r"\bw(?:ee)?ks?\b")


def _span(count: str, m: re.Match) -> int | None:
    """Months of "nine months" / "12 weeks": the same rule as the releases, so a 12-week quarter is a quarter."""
    return span_months(count, "weeks" if WEEKS_WORD.search(m.group(0)) else "months")


def _spec(kind: str, m: re.Match) -> PeriodSpec | None:
    g = m.groups()
    if kind in ("months_ended", "months_ended_month", "weeks_dated", "weeks_year", "weeks_noyear", "ytd") \
            and _span(g[0], m) is None:
        return None
    if kind == "months_ended":
        d, months = _date(g[1]), _span(g[0], m)
        return PeriodSpec("YTD" if months != 3 else "date", d.year, months=months, end=d) if d else None
    if kind == "months_ended_month":
        from parsers.periods import month_number
        months, mon = _span(g[0], m), month_number(g[1])
        if not mon:
            return None
        end = month_end(int(g[2]), mon)
        return PeriodSpec("date", end.year, months=3, end=end) if months == 3 else \
            PeriodSpec("YTD", end.year, months=months, end=end)
    if kind == "weeks_dated":
        d = _date(g[1])
        months = _span(g[0], m)
        return (PeriodSpec("date", d.year, months=3, end=d) if months == 3 else PeriodSpec("YTD", d.year, months=months, end=d)) \
            if d else None
    if kind == "span_to":
        end = month_end(int(g[1]), int(g[2]))
        return PeriodSpec("YTD", end.year, months=int(g[0]), end=end)
    if kind == "the_quarter":
        return PeriodSpec("Q", None, quarter=None)
    if kind == "year_end_noyear":
        return PeriodSpec("YE", None)
    if kind == "weeks_year":
        months = _span(g[0], m)
        if months == 3:
            return None  # "13 weeks 2024" names no quarter
        return PeriodSpec("FY" if months == 12 else "YTD", _year(g[1]), months=None if months == 12 else months)
    if kind == "weeks_noyear":
        months = _span(g[0], m)
        return PeriodSpec("Q", None, quarter=None) if months == 3 else PeriodSpec("YTD", None, months=months)
    if kind == "ytd_through":
        from parsers.periods import month_number
        mon = month_number(g[0])
        return PeriodSpec("YTDM", int(g[1]), end=month_end(int(g[1]), mon)) if mon else None
    if kind == "ytd_through_noyear":
        from parsers.periods import month_number
        mon = month_number(g[0])
        return PeriodSpec("YTDM", None, end=month_end(YEARLESS_PLACEHOLDER, mon)) if mon else None
    if kind == "end_of_q":
        q = int(g[0]) if g[0] else ORDINALS[g[1]]
        return PeriodSpec("instantq", _year(g[2]), quarter=q)
    if kind == "span_ended":
        d = _date(g[1])
        return PeriodSpec("date", d.year, months=3 if g[0].startswith("quarter") else 12, end=d) if d else None
    if kind == "spanned_year":
        first, second = int(g[0]), full_year(g[1])
        return PeriodSpec("FY", second) if second == first + 1 else None
    if kind == "month_end":
        from parsers.periods import month_number
        mon = month_number(g[0])
        return PeriodSpec("date", int(g[1]), end=month_end(int(g[1]), mon)) if mon else None
    if kind in ("instant", "date"):
        d = _date(g[0])
        return PeriodSpec("instant" if kind == "instant" else "date", d.year, end=d) if d else None
    if kind == "year_ended":
        return PeriodSpec("year", _year(g[0]))
    if kind == "year_end":
        return PeriodSpec("YE", _year(g[0] or g[1]))
    if kind == "qtok":
        return PeriodSpec("Q", _year(g[2]), quarter=int(g[0] or g[1]))
    if kind == "qword":
        return PeriodSpec("Q", _year(g[1]), quarter=ORDINALS[g[0]])
    if kind == "qfy_word":
        return PeriodSpec("Q", _year(g[0]), quarter=ORDINALS[g[1]])
    if kind == "ytd":
        months = _span(g[0], m)
        return PeriodSpec("Q" if months == 3 else "YTD", _year(g[1]), months=months,
                          quarter=None) if months != 3 else None
    if kind == "ytd_tok":
        tok = g[0]
        months = {"9m": 9, "6m": 6, "h1": 6, "1h": 6}.get(tok)
        return PeriodSpec("YTD", _year(g[1]), months=months) if months else PeriodSpec("YTDQ", _year(g[1]))
    if kind == "half":
        return PeriodSpec("YTD", _year(g[0]), months=6)
    if kind in ("first_quarters", "first_quarters_noyear"):
        return PeriodSpec("YTD", _year(g[1]) if kind == "first_quarters" else None, months=3 * FIRST_QUARTERS[g[0]])
    if kind == "fy":
        return PeriodSpec("FY", _year(g[0]))
    if kind == "q_noyear":
        return PeriodSpec("Q", None, quarter=int(g[0] or g[2]) if (g[0] or g[2]) else ORDINALS[g[1]])
    if kind == "half2":
        return PeriodSpec("H2", _year(g[0] or g[1]), months=6)
    if kind == "half2_noyear":
        return PeriodSpec("H2", None, months=6)
    if kind == "ytd_noyear":
        if g[0]:
            return PeriodSpec("YTD", None, months=_span(g[0], m))
        return PeriodSpec("YTD", None, months=6) if g[1] == "h1" or g[1].endswith("half") else PeriodSpec("YTDQ", None)
    if kind == "fy_noyear":
        return PeriodSpec("FY", None)
    if kind == "bare_year":
        return PeriodSpec("year", int(g[0]))
    if kind == "latest":  # "the latest year" is the latest full year; "the latest quarter" a quarter
        word = m.group(0)
        return PeriodSpec("latest_year" if "year" in word else "latest_quarter" if "quarter" in word else "latest")
    if kind in ("ttm", "this_year"):
        return PeriodSpec(kind)
    if kind == "several":
        return PeriodSpec("several")
    if kind == "next":
        return PeriodSpec(f"next_{g[0].lower()}")
    if kind == "month_quarter":  # "the June quarter 2009": the quarter ending in June
        from parsers.periods import month_number
        mon = month_number(g[0])
        year = _year(g[1])
        return PeriodSpec("date", year, months=3, end=month_end(year, mon)) if mon and year else None
    if kind == "month_quarter_noyear":
        from parsers.periods import month_number
        before = m.string[:m.start()].split()
        moved = bool(before) and before[-1] in _NOT_THIS_MONTH_QUARTER  # "next March quarter": not the latest held
        mon = month_number(g[0])
        return PeriodSpec("date", None, months=3, end=month_end(YEARLESS_PLACEHOLDER, mon), ask_back=moved) if mon else None
    if kind in ("rel_year", "year_ago_quarter", "year_ago"):
        return PeriodSpec(kind)
    if kind in ("rel_quarter", "prior_quarter"):
        return PeriodSpec(kind)
    return None


# words before "<month> quarter" that make it a quarter other than the latest held ending in that month: asked back,
# never the latest such quarter (left unread, the question took the latest period held)
_NOT_THIS_MONTH_QUARTER = {"next", "coming", "upcoming", "following", "prior", "previous", "preceding", "last", "prior-year",
                           "year-ago", "same", "that", "first", "second", "third", "fourth", "current", "this"}


def merge_with_context(spec: PeriodSpec, context: PeriodSpec | None) -> PeriodSpec:
    """Fill what a follow-up leaves out: "and in 2005?" keeps the quarter, "the nine months" keeps the year;
    the year of the quarter asked ("and 2024?" after Q4 2024) is that year, whole."""
    if context is None or spec.kind in RELATIVE_TO_LATEST or context.kind in RELATIVE_TO_LATEST \
            or (spec.kind in ("YTDM", "date") and spec.year is None):  # its year: the latest held ending in its month
        return spec
    if spec.kind in ("rel_year", "year_ago"):
        return context.previous_year()
    if spec.kind in ("rel_quarter", "prior_quarter"):
        return previous_quarter(context)
    if spec.kind == "year" and spec.year == context.year and (context.kind in ("Q", "YTD", "YTDQ") or (
            context.kind == "date" and context.months in (3, 6, 9))):  # a quarter held as its dates ("EPS": the latest)
        return spec  # "Q4 2024 revenue" then "and 2024?": the year itself, not the quarter asked again
    if spec.kind == "year" and spec.year is not None and context.kind in ("Q", "YTD", "date", "instant", "YE", "instantq", "YTDQ"):
        return context.with_year(spec.year)
    if spec.kind == "Q" and spec.quarter is None and context.kind in ("YTD", "Q", "YTDQ"):
        q = context.quarter or (context.months // 3 if context.months else None)  # "the quarter" of "nine months"
        return PeriodSpec("Q", context.year, quarter=q) if q else spec
    if spec.kind == "YE" and spec.year is None and context.year is not None:
        return PeriodSpec("YE", context.year - 1)  # "and at year end?" after a mid-year date: the last year end
    if spec.year is None and spec.kind in ("YTD", "FY", "H2") and context.end is not None and context.kind == "date":
        return replace(spec, within=context.end)  # its fiscal year, never the calendar year of the date (the first
        # half after a December quarter of a June fiscal year is the six months to that December)
    if spec.year is None and context.year is not None:
        return replace(spec, year=context.year)
    return spec


RELATIVE_TO_LATEST = {"latest", "latest_year", "latest_quarter", "this_year", "ttm", "year_ago_quarter", "next_year",
                      "next_quarter"}  # resolved by the engine against the latest release


def previous_quarter(spec: PeriodSpec) -> PeriodSpec:
    """The quarter before a quarter ("prior quarter", "sequentially", "the quarter before" after one): a quarter named,
    or a quarter held as its dates (the latest one a question got); other periods have none."""
    if _dated_quarter(spec):
        assert spec.end is not None
        y, m = add_months(*effective_month(spec.end), -3)
        return PeriodSpec("date", y, months=3, end=month_end(y, m))
    if spec.kind != "Q" or not spec.quarter or spec.year is None:
        return PeriodSpec("rel_quarter")
    if spec.quarter == 1:
        return PeriodSpec("Q", spec.year - 1, quarter=4)
    return PeriodSpec("Q", spec.year, quarter=spec.quarter - 1)


def _dated_quarter(spec: PeriodSpec) -> bool:
    return spec.kind == "date" and spec.months == 3 and spec.end is not None


def quarter_end_instant(spec: PeriodSpec, fye: int, offset: int = 0) -> PeriodSpec:
    """The balance-sheet date that ends a quarter; a quarter with no number or year stays as it is (no period)."""
    if spec.quarter is None or spec.year is None:
        return spec
    p = quarter_period(spec.quarter, spec.year, fye, offset)
    return PeriodSpec("instant", spec.year, end=p.end)


__all__ = ["PeriodSpec", "find_periods", "merge_with_context", "add_months"]
