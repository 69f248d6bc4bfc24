"""Reading numbers as releases print them: `$`, separators, parentheses, dashes, scale words."""
from __future__ import annotations

import math
import re
from functools import lru_cache

# every scale word an amount is printed with: prose (parsers/narrative_terms.py MONEY_RE) reads each of them, so an
# amount whose scale is printed in a short form ("$40.1 mln", "$1.2 bil.", "EUR 40.1 Mio.") is never read in units
SCALE_WORDS = {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6,
               "billion": 1e9, "billions": 1e9, "mm": 1e6, "m": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3,
               "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6, "bln": 1e9, "bil": 1e9, "mrd": 1e9,
               "trillion": 1e12, "trillions": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}

DASHES = {"-", "--", "—", "–", "---", "(—)", "(-)", "nil"}

# A table cell: optional sign/parens/$ (the sign before or after the "$": "-$0.03", "$-0.03"), digits with separators (tolerating "40, 537"), decimals.
_CELL = re.compile(r"^\(?-?\$?\s*-?\(?\s*(?:\d{1,3}(?:,\s?\d{3})+|\d+)?(?:\.\d+)?\s*\)?\s*%?\)?$")  # "(4%)" too
_CURRENCY_SIGNS = "\u20ac\u00a3\u00a5\u20b9\u20b1\u20a9"  # euro, pound, yen, rupee, peso, won: printed before a figure as "$" is
_DOLLAR_CODE = re.compile(r"^(\(?)(?:US|CA?|AU?|NZ|S|HK|NT|R)\$")
CURRENCY_SIGN = re.compile(r"(?:US|CA?|AU?|NZ|S|HK|NT|R)?\$|[\u20ac\u00a3\u00a5\u20b9\u20b1\u20a9]")  # a cell of a sign alone
_MARK = re.compile(r"\s*(\([a-z]\)|\*+)$")
# A figure whose thousands are set apart by spaces, as Europe prints them ("1 482.6", "120 400", "(1 018,3)": a
# comma after such groups can only be the decimal one).
# Thin spaces (U+2009, U+202F) and the Swiss apostrophe ("2'418.6", "2’4186") set thousands apart the same way.
_SPACED = re.compile(r"^(\(?-?\$?\s*-?\(?)(\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+)(?:[.,](\d+))?(\s*\)?\s*%?\)?)$")
_GROUP_MARKS = (" ", "\u00a0", "\u202f", "\u2009", "'", "\u2019")
# "0,84", "(1,5)": a comma before one or two last digits, no other mark, is the decimal one (thousands take three)
_DECIMAL_COMMA = re.compile(r"^(\(?-?\$?\s*\(?)(\d{1,3}),(\d{1,2})(\s*\)?)$")  # "$ (0,85)" too
# "2,104-" (a sign printed after the figure, as mainframe and some EDGAR copies do): grouped, decimal or short,
# never a bare year ("2024-")
_TRAILING_MINUS = re.compile(r"^\$?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{1,3})\s?-$")
_TRIANGLE = "\u25b3\u25b2"  # "△1,234" / "▲1,234": a negative as Japanese statements print it


def _unspaced(text: str) -> str:
    """'1 482.6' as '1482.6'; any other text as it is."""
    m = _SPACED.match(text)
    if m is None:
        return text
    digits = re.sub(r"\D", "", m.group(2))
    return f"{m.group(1)}{digits}{'.' + m.group(3) if m.group(3) else ''}{m.group(4)}"
_NOT_DIGIT = re.compile(r"[^\d.]")


@lru_cache(maxsize=8192)  # a table's cells are read by its rows, again for their percent twins and value rows
def parse_cell(text: str) -> float | None:
    """Value of a printed table cell, or None when the cell is not a number.

    Parentheses mean negative; a lone dash means zero; footnote marks like "(a)" or "*" are dropped.
    Every line of prose passes through here too, so what rules a text out cheaply comes first: a
    mark can only be dropped from a text that ends in "(x)" or "*", and the anchored cell pattern
    fails at a prose line's first letter, before the line's characters are looked at one by one.
    """
    t = text.strip().replace("\u2212", "-")
    if t and (t[0] in _CURRENCY_SIGNS or t[0] == "(" and t[1:2] and t[1] in _CURRENCY_SIGNS):
        t = t.replace(t[:2].lstrip("(")[:1], "$", 1)  # "€ (0.64)", "(£1.20)": a sign as "$" is
    elif t[:1].isupper() or t[:1] == "(":
        if code := _DOLLAR_CODE.match(t):  # "C$ 388,120", "(US$0.12)": a dollar named by its country is "$" (the
            t = f"{code.group(1)}${t[code.end():]}"  # pattern is anchored: a match at the start, or none)
    if t.endswith("*") or t[-3:-2] == "(" and t.endswith(")"):  # only then can a mark "(a)" or "*" end it
        t = _MARK.sub("", t)
    if t in DASHES:
        return 0.0
    if t[:1] in _TRIANGLE and len(t) > 1:
        t = "-" + t[1:].lstrip()
    elif t.endswith("-") and (m := _TRAILING_MINUS.match(t)):
        t = "-" + m.group(1)
    if any(mark in t for mark in _GROUP_MARKS):
        t = _unspaced(t)  # "1 482,6"; a space after the sign ("$ 0,85") leaves the text for the decimal comma
    if "," in t and (m := _DECIMAL_COMMA.match(t)):
        t = f"{m.group(1)}{m.group(2)}.{m.group(3)}{m.group(4)}"
    if not t or not _CELL.match(t) or not any(map(str.isdigit, t)):
        return None
    negative = "(" in t or t.lstrip("$ ").startswith("-")
    digits = _NOT_DIGIT.sub("", t)
    if digits.count(".") > 1 or digits in {"", "."}:
        return None
    value = float(digits)
    if not math.isfinite(value):  # hundreds of digits: not a figure any release prints
        return None
    return -value if negative else value


# A cell printing its own scale: "£129.2m", "(29.2)m", "€(0.5)bn", "29.2m", "$1,204.6 million" (highlights tables of
# UK and European releases). Never "9M" alone (nine months, a heading) nor "12 m" of a length.
_SCALED_CELL = re.compile(r"^(\(?[-\u2212]?(?:(?:US|CA?|AU?|NZ|S|HK|NT|R)?\$|[\u20ac\u00a3\u00a5])?\s?\(?[-\u2212]?"
                          r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?)(m|mn|bn|k|\s?million|\s?billion)(\)?)$", re.I)


def parse_scaled_cell(text: str) -> tuple[float, float] | None:
    """(value as printed, the scale its word states) of a cell printing its own scale; None for any other cell."""
    t = text.strip()
    m = _SCALED_CELL.match(t)
    if m is None or re.fullmatch(r"(?:3|6|9|12|(?:19|20)\d\d)m", t, re.I):
        return None  # "9M", "12m": months of a heading; "2024m" no figure
    value = parse_cell(m.group(1) + m.group(3))
    if value is None:
        return None
    return value, SCALE_WORDS[m.group(2).strip().lower()]


_RANGE_END = r"\(?-?\$?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*\)?"
_RANGE_SCALE = r"(?:\s*(thousand|million|billion|mm|bn|m|b|k)\b)?"
# An outlook's range as a table cell prints it: "$1,190 - $1,192 million", "$0.92 - $0.94", "21% - 22%", "$10.7 – $11.2
# million*" (the scale word after the high end stands for both; a footnote mark dropped).
_RANGE_CELL = re.compile(rf"^(?:approximately\s+|approx\.\s+|~\s*)?{_RANGE_END}{_RANGE_SCALE}\s*(%?)\s*(?:-|–|—|to)\s*"
                         rf"{_RANGE_END}{_RANGE_SCALE}\s*(%?)\s*(?:\\?\*)*$", re.I)


def parse_range_cell(text: str) -> tuple[float, float, float | None, bool] | None:
    """(low, high, the scale a word in the cell states or None, a percentage) of a cell printing a range, low end
    first; None for any other cell, or where the ends are of different scales or the low end is above the high."""
    m = _RANGE_CELL.match(text.strip().replace("\u2212", "-"))
    if m is None or not re.search(r"[$%.,]", text) and not (m.group(2) or m.group(5)):
        return None  # "2024 - 2025": years, no range of a figure
    low_scale, high_scale = (m.group(2) or "").lower(), (m.group(5) or "").lower()
    if low_scale and high_scale and low_scale != high_scale:
        return None
    if bool(m.group(3)) != bool(m.group(6)) and m.group(3):
        return None  # "5% - 7 million": no range of one figure
    low, high = float(m.group(1).replace(",", "")), float(m.group(4).replace(",", ""))
    if low > high:
        return None
    word = high_scale or low_scale
    return low, high, SCALE_WORDS[word] if word else None, bool(m.group(6))


# "in thousands", and the singular of a caption that names its currency or says "in" ("(Rs. in million)",
# "SEK million", "EUR thousand"): never a lone "million" of a sentence ("1.2 million units")
CURRENCY_CODES = r"usd|eur|gbp|chf|sek|nok|dkk|jpy|inr|cad|aud|nzd|hkd|sgd|cny|rmb|brl|zar|mxn|nis|ils|krw|twd|pln"
_SCALE_WORDS = re.compile(rf"\b(thousands|millions|billions|crores|lakhs)\b|(?:\bin|\b(?:{CURRENCY_CODES})|\brs\.?|"
                          r"[$\u20ac\u00a3\u00a5\u20b9])\s+(thousand|million|billion|crore|lakh)(?![a-z])")  # "(\u20b9 in crore)"
# A currency's mark and the abbreviation of a scale closing a caption or its first clause: "Unaudited; US$ m, except
# per share data", "(EUR bn)", "\u20acm;", the rand's "(Rm)" (a capital R joined to its 'm' only) (never "$ m" before more words: a sentence's "US$ m of savings" is no caption)
SCALE_ABBREVIATION = (rf"(?:\b(?:US|CA?|AU?|NZ|S|HK|NT|R)?\$|[\u20ac\u00a3\u00a5\u20b9]|\b(?:{CURRENCY_CODES})|(?-i:\bR(?=m\b)))\s?['\u2019]?\s?"
                      r"(m|mn|bn)(?![\w$'\u2019])(?=\s*(?:[,;)]|$))")
_SCALE_ABBREVIATION = re.compile(SCALE_ABBREVIATION, re.I | re.M)
_SCALE_ZEROS = re.compile(r"\$\s*(000|000s|000's)\b")


def table_scale(text: str) -> float:
    """Scale declared by a table's heading ("in thousands", "$ in millions"); 1 when none."""
    low = text.lower()
    m = _SCALE_WORDS.search(low)
    if m:
        return SCALE_WORDS[m.group(1) or m.group(2)]
    m = _SCALE_ZEROS.search(low)
    if m:
        return 1e3
    found = list(_SCALE_ABBREVIATION.finditer(text))
    if found:  # the last: a heading gathered from the lines above holds the captions of tables before it too
        return SCALE_WORDS[found[-1].group(1).lower()]
    return 1.0


def parse_amount(number: str, scale_word: str | None) -> float:
    """A narrative amount: "4.98" with "million" is 4,980,000; "0.10875" stays 0.10875 (six places: a dividend a share
    printed to five is never cut to 0.1087)."""
    value = float(number.replace(",", "").replace(" ", ""))
    if scale_word:
        value *= SCALE_WORDS.get(scale_word.lower(), 1.0)
    return round(value, 6) if abs(value) < 1 else round(value, 4)  # (a large amount's float noise rounded away)
