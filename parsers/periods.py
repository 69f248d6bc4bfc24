"""Periods: what a figure covers, read from text and placed on the company's fiscal calendar.

The fiscal quarter is always derived from the period's end date and the company's fiscal year
end read from the text, never guessed from the calendar month of the release.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# The words of periods, one home for every reader: prose (parsers/narrative_terms.py), the lead
# (parsers/document.py), table headers and questions (chat/periods.py) build their patterns from these,
# so "first", "1st", "first-quarter", "Q1" and "1Q" name the same quarter everywhere.
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
ORDINALS = {**QUARTER_ORDINALS, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
ORDINAL_RE = "(?:" + "|".join(QUARTER_ORDINALS) + ")"  # an ordinal of a quarter, as a word
QUARTER_WORD_RE = rf"{ORDINAL_RE}[\s-]+(?:fiscal\s+)?quarter"  # "first quarter", "1st fiscal quarter", "first-quarter"
QUARTER_TOKEN_RE = r"(?:q([1-4])|([1-4])q)"  # "Q1", "1Q" (case-insensitive): the quarter in group 1 or 2


def quarter_number(word: str) -> int:
    """The quarter an ordinal or a token names: "third", "3rd", "Q3", "3Q" → 3."""
    low = word.lower()
    return ORDINALS.get(low) or int(low.strip("q"))
MONTH_SPANS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
# Retail calendars count weeks: a 12- or 16-week first quarter and a 40-week year-to-date are still one
# and three quarters, so "12 weeks" must never read as twelve months.
WEEK_SPANS = {"twelve": 3, "thirteen": 3, "fourteen": 3, "sixteen": 3, "twenty-four": 6, "twenty-six": 6,
              "twenty-eight": 6, "thirty-six": 9, "thirty-nine": 9, "forty": 9, "fifty-two": 12,
              "fifty-three": 12, "12": 3, "13": 3, "14": 3, "16": 3, "24": 6, "26": 6, "28": 6, "36": 9,
              "39": 9, "40": 9, "52": 12, "53": 12}


def span_months(count: str, unit: str) -> int | None:
    """Months a "nine months" / "39 weeks" span stands for; None for lengths no release uses."""
    table = WEEK_SPANS if unit.lower().startswith("week") else MONTH_SPANS
    return table.get(count.lower())


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip(".")[:4] if word.lower().startswith("sept")
                      else word.lower().rstrip(".")[:3])


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def effective_month(d: date) -> tuple[int, int]:
    """(year, month) a period end stands for: 52/53-week years end in the first days of a month."""
    if d.day <= 7:
        return (d.year - 1, 12) if d.month == 1 else (d.year, d.month - 1)
    return d.year, d.month


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class Period:
    """A duration (months > 0) or an instant (months == 0) ending on `end`."""

    end: date
    months: int

    @property
    def is_instant(self) -> bool:
        return self.months == 0

    @property
    def start(self) -> date | None:
        if self.is_instant:
            return None
        y, m = effective_month(self.end)
        sy, sm = add_months(y, m, -self.months + 1)
        return date(sy, sm, 1)

    def shifted_years(self, years: int) -> "Period":
        y, m = effective_month(self.end)
        return replace(self, end=month_end(y + years, m))

    def fiscal(self, fye_month: int, offset: int = 0) -> tuple[int, int | None]:
        """(fiscal year, fiscal quarter or None) for a company whose year ends in fye_month and that
        names its years `offset` from the calendar year they end in (-1: by the year they start in)."""
        y, m = effective_month(self.end)
        fy = (y if m <= fye_month else y + 1) + offset
        if self.months == 3 or self.is_instant:
            q = ((m - fye_month - 1) % 12) // 3 + 1
            if (m - fye_month) % 3 != 0:
                return fy, None
            return fy, q
        return fy, None

    def label(self, fye_month: int, offset: int = 0) -> str:
        """The period as people say it: Q3 2007, 9M 2007, FY 2006, Q2 FY2006, or a date."""
        return _period_label(self, fye_month, offset)

    def _label(self, fye_month: int, offset: int) -> str:
        if self.is_instant:
            return self.end.isoformat()
        fy, q = self.fiscal(fye_month, offset)
        y, m = effective_month(self.end)
        aligned = (m - fye_month) % 3 == 0
        fiscal_tag = "" if fye_month == 12 else "FY"
        if self.months == 3 and q:
            return f"Q{q} {fiscal_tag}{fy}"
        if self.months == 12 and m == fye_month:
            return f"FY {fy}"
        if self.months in (6, 9) and aligned and self.months == ((m - fye_month - 1) % 12) + 1:
            return f"{self.months}M {fiscal_tag}{fy}"
        return f"{self.months}M to {y}-{m:02d}"


@lru_cache(maxsize=4096)  # asked for each figure's period and its comparison's at ingest: a release has few periods
def _period_label(period: Period, fye_month: int, offset: int) -> str:
    return period._label(fye_month, offset)


def quarter_period(quarter: int, fiscal_year: int, fye_month: int, offset: int = 0) -> Period:
    """The quarter `quarter` of fiscal year `fiscal_year` as the company names it (`offset`: see
    Period.fiscal)."""
    y, m = add_months(fiscal_year - offset, fye_month, -3 * (4 - quarter))
    return Period(month_end(y, m), 3)


def year_to_date_period(months: int, fiscal_year: int, fye_month: int, offset: int = 0) -> Period:
    y, m = add_months(fiscal_year - offset, fye_month, -(12 - months))
    return Period(month_end(y, m), months)


def full_year(text: str | int) -> int:
    """A year as printed or typed: two digits are read one way everywhere ('99' is 1999, '07' 2007)."""
    year = int(str(text).strip("'’ "))
    if year < 100:
        return year + (2000 if year < 70 else 1900)
    return year


_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_MONTH_DAY_YEAR = re.compile(rf"({MONTH_RE})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)$", re.I)


@lru_cache(maxsize=4096)  # a release prints its few dates again and again (each column, each balance): by value
def parse_date(text: str) -> date | None:
    """'September 30, 2007', 'Sept. 30 2007', '9/30/2007', '6/30/06' → date."""
    t = text.strip()
    m = _MONTH_DAY_YEAR.match(t)
    if m:
        mon = month_number(m.group(1))
        if mon:
            return _safe_date(int(m.group(3)), mon, int(m.group(2)))
    m = _SLASH_DATE.match(t)
    if m:
        year = full_year(m.group(3))
        return _safe_date(year, int(m.group(1)), int(m.group(2)))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
