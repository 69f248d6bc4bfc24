"""Column headers to periods, shared by the fixed-width and the cell-per-line table readers."""
from __future__ import annotations

import re
from datetime import date

from parsers.periods import (MONTH_RE, ORDINAL_RE, QUARTER_ORDINALS, Period, full_year, month_end, month_number,
                             quarter_period, span_months)

DURATION_RE = re.compile(
    r"\b(two|three|four)[\s-]+quarters\b|"  # "Three Quarters Ended": a year to date counted in quarters
    r"\b(three|six|nine|twelve|thirteen|fourteen|sixteen|twenty-four|twenty-six|twenty-eight|thirty-six|"
    r"thirty-nine|forty|fifty-two|fifty-three|\d{1,2})[\s-]+(?:months?|weeks?)\b"
    r"|\b(?:fiscal\s+)?(year|quarter|qtr|fy(?=\s+end(?:ed|ing)?\b))s?\b|\b(" + ORDINAL_RE + r")[\s-]+quarter\b"
    r"|\b(ytd|year[\s-]to[\s-]date)\b"
    r"|(?-i:\b(3|6|9|12)M\b)(?![\s-]?(?:19|20)?\d\d\b)"  # "6M to Dec.": six months ('6M25' is a token of its own)
    r"|\b(half)[\s-]+years?\b"  # "for the half-year ended 31 December 2025": six months, never a year
    # "Q4 FY ended March 31, 2025", "2H FY ended ...": the quarter or half token before 'FY ended' is the span (the
    # 'FY' names the fiscal year it falls in); without it the 'fy' above reads the column a twelve-month year
    r"|\b(?:(Q[1-4]|[1-4]Q)|(H[12]|[12]H))[\s-]+fy(?=\s+end(?:ed|ing)?\b)", re.I)
MONTH_DAY_RE = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})\b", re.I)
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
QUARTER_TOKEN_RE = re.compile(r"\b(?:Q([1-4])|([1-4])Q)(?:\s|[-/](?=\d|FY))?(?:FY\s?|F)?'?((?:19|20)?\d\d)\b",
                              re.I)  # "Q4-24", "Q4/24" (a Nordic key-figures table) too
# "9/30/2025", "30/9/2018"; "31.12.2025" / "31-12-2025" (printed day first, as in India and most of Europe): a date
SLASH_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)\b|"
                           r"(?<![\d.,])(\d{1,2})([.-])(\d{1,2})\5((?:19|20)\d\d)\b(?![.,]\d)")


def header_months(text: str, default_months: int | None) -> int | None:
    """Length in months named by a column header, None for an instant (a balance-sheet date)."""
    m = DURATION_RE.search(text)
    if not m:
        return default_months
    if m.group(1):
        return 3 * {"two": 2, "three": 3, "four": 4}[m.group(1).lower()]
    if m.group(2):
        return span_months(m.group(2), "weeks" if "week" in m.group(0).lower() else "months")
    if m.group(3):
        return 12 if m.group(3).lower() in ("year", "fy") else 3  # "FY ended March 31, 2025": a year
    if m.group(4):
        return 3
    if m.group(6):
        return int(m.group(6))
    if m.group(7):
        return 6
    if m.group(8):
        return 3
    if m.group(9):
        return 6
    return default_months  # YTD: the caller knows how far into the year


FISCAL_YEAR_RE = re.compile(r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b|\bFY[\s-]?'?((?:19|20)?\d\d)\b", re.I)
TRAILING_RE = re.compile(r"\btrailing\b|\bTTM\b|\blast\s+(?:four|4)\s+quarters\b", re.I)
ORDINAL_Q = QUARTER_ORDINALS  # the period words of parsers/periods.py


_QUARTER_NAMED = re.compile(rf"\bQ([1-4])\b|\b({ORDINAL_RE})[\s-]+quarter\b", re.I)
# 'FY19', 'FY 2019', 'fiscal 2019' and, in capitals, 'F19' (as Australian and New Zealand reports head their years)
_FISCAL_YEAR_TOKEN = re.compile(r"\b(?:FY[\s-]?'?|(?-i:F))((?:19|20)?\d\d)\b|\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b", re.I)
_TOTAL_OR_FULL_YEAR = re.compile(r"\btotal\b|\bfull[\s-]year\b", re.I)
_WEEKS_OF_A_YEAR = re.compile(r"(?:52|53|fifty-two|fifty-three)[\s-]+weeks?", re.I)
_NOTE_MARK = re.compile(r"\(\d\)")  # 'F18 (3)': the heading's footnote
_YTD = re.compile(r"\bytd\b|year[\s-]to[\s-]date", re.I)
_YEAR_WORD = re.compile(r"\byears?\b", re.I)
_YEAR_OF_WEEKS = re.compile(r"\b(?:fifty[\s-]+(?:two|three)|5[23])[\s-]+weeks?\b", re.I)  # a fiscal year counted in weeks
_MONTH_NAME = re.compile(rf"\b(?:{MONTH_RE})\b", re.I)
_FISCAL_YEAR_NAMED = re.compile(r"(?i)\bfiscal\s+(?:year\s+)?(?:19|20)\d\d")


# A date printed day first with the year's last two digits ('31 Dec 24', '30-Jun-25'), as Australian and British
# statements head their columns: the year is this century's
SHORT_YEAR_DATE_RE = re.compile(rf"(?<![\w/.])(\d{{1,2}})[\s-]({MONTH_RE})\.?[\s-]'?(\d\d)(?![\w/]|[.,]\d)", re.I)


# A month and a two-digit year joined by a hyphen or an apostrophe ('Dec-24', "Mar'25"): the month of that year, as
# 'Dec 2024' is read. Two digits a month's last days could be ('Dec-31', 'Jun-30', 'Feb-28') may be a day: left as printed.
MONTH_SHORT_YEAR_RE = re.compile(rf"(?<![\w/.,-])({MONTH_RE})\.?(?:-|['\u2019]|-['\u2019])(?!2[89]|3[01])(\d\d)(?![\w/]|[.,-]\d)",
                                 re.I)


def with_full_years(text: str) -> str:
    """'31 Dec 24' as '31 Dec 2024', 'Dec-24' as 'Dec 2024': one date, read as the full one is."""
    if not any(ch.isdigit() for ch in text):
        return text
    text = SHORT_YEAR_DATE_RE.sub(lambda m: f"{m.group(1)} {m.group(2)} 20{m.group(3)}", text)
    return MONTH_SHORT_YEAR_RE.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", text)


# the first quarter of a range of quarters, right before the quarter token that ends it ('Q1-' of 'Q1-Q4/24',
# 'Q1–' of 'Q1–Q3 2024'): the column runs from that quarter's start (Q1-Q4 the fiscal year, Q1-Q3 nine months)
_QUARTER_RANGE_START = re.compile(r"\bQ([1-4])\s?[-\u2013\u2014]\s?$", re.I)


def column_period(header: str, title: str, fye_month: int, ytd_months: int | None = None,
                  fy_offset: int = 0, own: str = "") -> Period | None:
    """The period of one column from its header text, falling back to the table title for the
    month and day ("For the three and nine months ended September 30, 2007 and 2006"). `own`: the
    header's last line, the column's own ('2008' under 'Weeks Ended July 4, 2009 and June 28, 2008')."""
    if (pair := FISCAL_RANGE_RE.search(header)) and not _range_names_fiscal_year(header, pair):
        return None  # 'Change 2023-24', '2024-2023', '2023-24' under 'Year ended September 30,': no one period
    if fiscal_range_as_year(header) != header:  # 'Q1 2023-24', 'FY 2024/25', 'H1 2024-25': the fiscal year ending in 2024, 2025
        if fye_month == 12:
            return None  # a year named over two calendar years ends in a month that is not known: no period, no guess
        header, own = fiscal_range_as_year(header), fiscal_range_as_year(own)
    header, own = with_full_years(header), with_full_years(own)
    q = QUARTER_TOKEN_RE.search(header)
    if q:
        quarter = quarter_period(int(q.group(1) or q.group(2)), full_year(q.group(3)), fye_month, fy_offset)
        if (first := _QUARTER_RANGE_START.search(header, 0, q.start())):  # 'Q1-Q4/24', 'Q1–Q3 2024': a span
            quarters = int(q.group(1) or q.group(2)) - int(first.group(1)) + 1
            return Period(quarter.end, 3 * quarters) if quarters > 0 else None
        if _YTD.search(header):  # "Q3 2024 YTD", "YTD Q3'24": the year to date through that quarter, never the quarter
            return Period(quarter.end, 3 * int(q.group(1) or q.group(2)))
        return quarter
    span = _span_token(header, fye_month, ytd_months, fy_offset)
    if span is not None:
        return span
    fiscal_m = FISCAL_YEAR_RE.search(header)
    quarter_m = _QUARTER_NAMED.search(header)
    if fiscal_m and quarter_m and not MONTH_DAY_RE.search(header):  # "Fiscal 2022 | Q3"
        fy = full_year(fiscal_m.group(1) or fiscal_m.group(2))
        q = int(quarter_m.group(1)) if quarter_m.group(1) else ORDINAL_Q[quarter_m.group(2).lower()]
        p = quarter_period(q, fy, fye_month, fy_offset)
        return Period(p.end, 12) if TRAILING_RE.search(title + " " + header) else p  # trailing four quarters
    if fiscal_m and _TOTAL_OR_FULL_YEAR.search(header) and not MONTH_DAY_RE.search(header):
        return Period(quarter_period(4, full_year(fiscal_m.group(1) or fiscal_m.group(2)), fye_month, fy_offset).end, 12)
    fy_tok = _FISCAL_YEAR_TOKEN.search(header)
    rest = _FISCAL_YEAR_NAMED.sub("", header)  # 'F19 | 53 WEEKS': a fiscal year of 52 or 53 weeks is that year
    if fy_tok and (not DURATION_RE.search(rest) or _WEEKS_OF_A_YEAR.fullmatch(_NOTE_MARK.sub("", rest.replace(fy_tok.group(0), "")).strip(" |"))):
        return Period(quarter_period(4, full_year(fy_tok.group(1) or fy_tok.group(2)), fye_month, fy_offset).end, 12) \
            if not MONTH_DAY_RE.search(header) else None
    year_m = YEAR_RE.search(header)
    if quarter_m and year_m and not _MONTH_NAME.search(header) and not SLASH_DATE_RE.search(header):
        q = int(quarter_m.group(1)) if quarter_m.group(1) else ORDINAL_Q[quarter_m.group(2).lower()]
        p = quarter_period(q, int(year_m.group(1)), fye_month, fy_offset)  # "First Quarter 2023"
        return Period(p.end, 3 * q) if _YTD.search(header) else p  # "Q3 YTD 2024": the year to date through Q3
    slash = SLASH_DATE_RE.search(header)
    year_m = YEAR_RE.search(own) or YEAR_RE.search(header)  # the column's own year, where its last line prints one
    if slash and slash.group(4):  # "31.12.2025": day first
        end_day, end_month, year = int(slash.group(4)), int(slash.group(6)), int(slash.group(7))
        if end_month > 12:
            return None
    elif slash:
        y = full_year(slash.group(3))
        end_month, end_day, year = int(slash.group(1)), int(slash.group(2)), y
        if end_month > 12 >= end_day:  # "30/9/2018": day first, as printed outside the US
            end_month, end_day = end_day, end_month
    elif year_m:
        year = int(year_m.group(1))
        end_month, end_day = _date_of_year(header, year) or _month_day(header) or _month_day_for_year(title, year) \
            or (None, None)
    else:
        return None
    is_ytd = bool(_YTD.search(header))
    months = header_months(header, None)
    if is_ytd:
        months = ytd_months
        if months is None and end_month is not None:
            months = (end_month - fye_month) % 12 or 12  # year to date: from the fiscal year's start
        if months is None:
            return None
    if months is None and not _has_date(header):
        months = _title_months(title)
    if end_month is None:
        if is_ytd and months and months % 3 == 0 and not slash:  # "YTD 2006" of a release reporting its third quarter
            return Period(quarter_period(months // 3, year, fye_month, fy_offset).end, months)
        if months == 12 and (_YEAR_WORD.search(header + " " + title) or _YEAR_OF_WEEKS.search(header)):
            end_month, end_day = fye_month, None
        else:
            return None
    try:
        end = date(year, end_month, end_day) if end_day else month_end(year, end_month)
    except ValueError:
        return None
    return Period(end, months or 0)


# A fiscal year printed as the two calendar years it runs over: "2023-24", "2024/25", "FY 2024-2025". It is named by
# the year it ends in (as "FY2025" is): read as the first year, 'Q1 2023-24' was a quarter a year too early.
FISCAL_RANGE_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s?[-/\u2013]\s?((?:19|20)?\d\d)\b(?![-/.]\d)")


# a word of a column comparing two periods ('Change 2023-24', '2024 vs 2023', 'Variance', '% Growth')
_COMPARISON_WORD = re.compile(r"\b(?:change[sd]?|chg|var(?:iance)?|vs|versus|compared|comparison|growth|increase|"
                              r"decrease|inc|dec|difference|diff|movement)\b|%", re.I)


def _range_names_fiscal_year(header: str, pair: re.Match) -> bool:
    """Whether a header's two years ('2023-24', 'FY 2024/25') name one fiscal year: two consecutive years, rising,
    in a header that names no change or comparison and no date, month or year of its own beside them (the range
    is the header's whole period). '2024-2023' or '2023/2024' over the difference of two year columns, or
    '2023-24' under 'Year ended September 30,', is a comparison of the years, never the later one."""
    first, last = full_year(pair.group(1)), full_year(pair.group(2))
    rest = header[:pair.start()] + " " + header[pair.end():]
    return last == first + 1 and not _COMPARISON_WORD.search(header) and not _MONTH_NAME.search(rest) \
        and not YEAR_RE.search(rest) and not SLASH_DATE_RE.search(rest)


def fiscal_range_as_year(header: str) -> str:
    """'Q1 2023-24' -> 'Q1 FY2024', 'FY 2024/25' -> 'FY2025': each range of two consecutive years as the fiscal year
    it ends in; any other pair of years ('2023-2025') is left as printed."""
    def one(m: re.Match) -> str:
        first, last = full_year(m.group(1)), full_year(m.group(2))
        return f"FY{last}" if last == first + 1 else m.group(0)
    header = _FY_SHORT_RANGE.sub(one, FISCAL_RANGE_RE.sub(one, header))
    return re.sub(r"\bFY\s?(?=FY)|\bfiscal\s+(?:year\s+)?(?=FY)", "", header, flags=re.I)


_FY_SHORT_RANGE = re.compile(r"(?<=FY)\s?'?(\d\d)[-/\u2013](\d\d)\b(?![-/.]\d)", re.I)  # 'FY24-25': the year to 2025


# A span printed as a token: "1H25", "H1 FY2025", "2H 2024" (a half of the fiscal year); "9M25", "9M FY25",
# "6M 2025" (months from the fiscal year's start); "YTD FY25" (the year to date of the release's quarter).
HALF_TOKEN_RE = re.compile(r"\b(?:([12])H|H([12]))\s?(?:FY\s?|F)?'?((?:19|20)?\d\d)\b", re.I)
MONTHS_TOKEN_RE = re.compile(r"\b(3|6|9|12)M\s?(?:FY\s?|F)?'?((?:19|20)?\d\d)\b", re.I)
HALF_WORDS_RE = re.compile(r"\b(first|second|1st|2nd)[\s-]+half\b", re.I)
# "Apr–Jun 2025", "Jan-Jun 2025", "October–December 2024": the months a span runs over, then its year
MONTH_RANGE_RE = re.compile(rf"\b({MONTH_RE})\s*[\u2013\u2014-]\s*({MONTH_RE})(?![a-z])", re.I)
# "7–9/2025", "1–12/2024": the months a span runs over by their numbers, then its year (as Finland prints them)
MONTH_NUMBER_RANGE_RE = re.compile(r"(?<![\d/.,])(1[0-2]|0?[1-9])\s?[\u2013\u2014-]\s?(1[0-2]|0?[1-9])\s?/\s?((?:19|20)\d\d)(?![\d/])")
YTD_FISCAL_RE = re.compile(r"\b(?:YTD|year[\s-]to[\s-]date)\s+(?:FY\s?'?|fiscal\s+(?:year\s+)?)((?:19|20)?\d\d)\b"
                           r"|\bYTD'?(\d\d)\b", re.I)  # "YTD24" beside "4Q24": the year to date of the release's quarter


def _span_token(header: str, fye_month: int, ytd_months: int | None, fy_offset: int) -> Period | None:
    """The period of a column headed by a span token ('1H25', '9M FY25', 'YTD FY25'), None for any other
    header. A header that also prints a date is left to the date ('6M ended June 30, 2025')."""
    if (r := MONTH_NUMBER_RANGE_RE.search(header)):  # Finnish '7–9/2025': July to September 2025
        first, last = int(r.group(1)), int(r.group(2))
        return Period(month_end(int(r.group(3)), last), (last - first) % 12 + 1)
    if MONTH_DAY_RE.search(header) or SLASH_DATE_RE.search(header):
        return None
    if (h := HALF_TOKEN_RE.search(header)):
        half = int(h.group(1) or h.group(2))
        return Period(quarter_period(2 * half, full_year(h.group(3)), fye_month, fy_offset).end, 6)
    if (h := HALF_WORDS_RE.search(header)) and (y := FISCAL_YEAR_RE.search(header) or YEAR_RE.search(header)):
        half = 1 if h.group(1).lower() in ("first", "1st") else 2  # "First Half Fiscal 2026": never the fiscal year
        year = next(g for g in y.groups() if g)
        return Period(quarter_period(2 * half, full_year(year), fye_month, fy_offset).end, 6)
    months, year = None, None
    if (r := MONTH_RANGE_RE.search(header)) and (y := YEAR_RE.search(header[r.end():])):
        first, last = month_number(r.group(1)), month_number(r.group(2))
        if first and last:  # "Apr–Jun 2025": April to June, three months ending in June 2025
            return Period(month_end(int(y.group(1)), last), (last - first) % 12 + 1)
    if (m := MONTHS_TOKEN_RE.search(header)):
        months, year = int(m.group(1)), m.group(2)
    elif (y := YTD_FISCAL_RE.search(header)) and ytd_months:
        months, year = ytd_months, y.group(1) or y.group(2)
    if months is None:
        return None
    return Period(quarter_period(months // 3, full_year(year), fye_month, fy_offset).end, months)


def _date_of_year(header: str, year: int) -> tuple[int, int] | None:
    """'Weeks Ended July 4, 2009 and June 28, 2008' over the 2008 column: the date printed with that year."""
    found = {(month_number(m.group(1)), int(m.group(2))) for m in MONTH_DAY_RE.finditer(header)
             if re.match(rf",?\s*{year}\b", header[m.end():])}
    found.discard((None, None))
    return found.pop() if len(found) == 1 and None not in next(iter(found)) else None


def _has_date(text: str) -> bool:
    return bool(MONTH_DAY_RE.search(text) or SLASH_DATE_RE.search(text))


def _month_day(text: str) -> tuple[int, int] | None:
    m = MONTH_DAY_RE.search(text)
    if m:
        mon = month_number(m.group(1))
        if mon:
            return mon, int(m.group(2))
    m = re.search(rf"\b({MONTH_RE})(?=[\s,]+(?:19|20)\d\d|\s*$)", text, re.I)
    if m and month_number(m.group(1)):
        return month_number(m.group(1)), 0
    return None


_YEAR_AFTER = re.compile(r",?\s*(?:19|20)\d\d\b")
PERIOD_DATE_LEAD = re.compile(r"(?:ended|ending|as\s+of|through|at|periods?|months|weeks|quarter|year)[\s,]*$", re.I)


_DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\b", re.I)  # a date printed day first


def _month_day_for_year(title: str, year: int) -> tuple[int, int] | None:
    """Month/day of the date in the title that carries `year`, else the only date named."""
    dates = [(month_number(m.group(1)), int(m.group(2)), m.end()) for m in MONTH_DAY_RE.finditer(title)
             if PERIOD_DATE_LEAD.search(title[max(0, m.start() - 40):m.start()])  # not a dateline's date,
             or not _YEAR_AFTER.match(title, m.end())]  # or a heading's month and day over the years ("March 31,")
    dates += [(month_number(m.group(2)), int(m.group(1)), m.end()) for m in _DAY_MONTH_RE.finditer(title)
              if PERIOD_DATE_LEAD.search(title[max(0, m.start() - 40):m.start()])]  # "six months ended 30 June 2025"
    dates = [(mo, d, pos) for mo, d, pos in dates if mo]
    for mo, d, pos in dates:
        if re.match(rf",?\s*{year}\b", title[pos:]):
            return mo, d
    if len({(mo, d) for mo, d, _ in dates}) == 1:
        return dates[0][0], dates[0][1]
    return None


def _title_months(title: str) -> int | None:
    found = {header_months(m.group(0), None) for m in DURATION_RE.finditer(title)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_UNIT_PART = re.compile(r"^\W*(?:(?:US|RMB|HK|A|C|S)?[$\u20ac\u00a3\u00a5]|usd|eur|gbp|rmb|hkd)?\W*(?:'?000'?s?|m|mn|bn|k|"
                        r"thousands?|millions?|billions?)?\W*$|^\W*(?:in\s+)?(?:thousands|millions|billions)\b.*$|"
                        r"^\W*[A-Z]{2,3}\W?\s*(?:'?000|m|million)\W*$", re.I)  # "$ million", "US$000", "RMB'Million", "€m"
_NEUTRAL_PART = re.compile(r"^\W*(?:consolidated|group|company|total|actual|reported|as\s+reported|audited|unaudited|"
                           r"restated|fiscal(?:\s+years?)?|years?|numbers?|no\.?|amounts?)\W*$", re.I)
# A year as a column prints it: '2019', 'Fiscal 2019', '(Restated) 2018' and '2018 restated' (a footnote mark
# glued to the word: '(Restated)1 2018').
_BARE_YEAR = re.compile(r"^\W*(?:fiscal\s+|\(?(?:as\s+)?restated\)?\d?\s+)?((?:19|20)\d\d)(?:\s+\(?restated\)?)?"
                        r"[\u00b9\u00b2\u00b3\u2070-\u2079]*\W*$", re.I)  # '2024 restated\u00b9': a note's superscript mark
# A fiscal year named by the two calendar years it spans ('2018/2019', '2018/19'): the year it ends in.
_SPANNED_YEAR = re.compile(r"^\W*((?:19|20)\d\d)\s*/\s*((?:19|20)?\d\d)\W*$")


_YEAR_FIRST = re.compile(r"^\W*((?:19|20)\d\d)\s+(.+)$")


def _year_and_unit(part: str) -> str:
    """'2019 \u20acm' and '2019 Number' are the year 2019 (its unit said with it), '2018/2019' the year
    2019 (a fiscal year across two calendar years); any other part as it is."""
    spanned = _SPANNED_YEAR.match(part)
    if spanned:
        first, second = int(spanned.group(1)), full_year(spanned.group(2))
        return str(second) if second == first + 1 else part
    m = _YEAR_FIRST.match(part)
    return m.group(1) if m and (_UNIT_PART.match(m.group(2)) or _NEUTRAL_PART.match(m.group(2))) else part


def bare_year_period(header: str, title: str, fye_month: int, fy_offset: int = 0) -> Period | None:
    """'2019', '2019 | $ million', 'Consolidated | 2019 | US$000' over a column of a statement whose
    heading names no span, quarter or date: the fiscal year ending in that year, at the document's
    fiscal year end (December when the document names none, as a fiscal year 'FY19' is read). None
    when the heading names a span or a date (the column's own period then needs it), or when a word
    qualifies the year ('2019 target', '2019 threshold': not the year's actual figure)."""
    parts = [_year_and_unit(p.strip()) for p in header.split("|") if p.strip()]
    years = [m for p in parts if (m := _BARE_YEAR.match(p))]
    others = [p for p in parts if not _BARE_YEAR.match(p)]
    if len(years) != 1 or any(not _NEUTRAL_PART.match(p) and not _UNIT_PART.match(p) for p in others):
        return None
    if DURATION_RE.search(title) or MONTH_DAY_RE.search(title) or _has_date(header):
        return None
    return Period(quarter_period(4, int(years[0].group(1)), fye_month, fy_offset).end, 12)
