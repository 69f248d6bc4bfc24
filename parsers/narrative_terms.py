"""The phrases narrative parsing looks for: financial terms, places, periods, changes.

General English of earnings releases, never the words of one company. Which canonical metric a
term means is decided in knowledge/; here a term is only found and kept as printed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.metadata import CURRENCY_MARKS
from parsers.numbers import SCALE_WORDS
from parsers.periods import MONTH_RE, ORDINAL_RE, QUARTER_TOKEN_RE
from parsers.scan import first_words
from parsers.vocabulary_data import VOCABULARY, metric_prose_terms, place_patterns, place_prose_pattern, transaction_patterns

_TERMS = [
    r"(?:net\s+)?(?:\(?loss\)?|income|earnings)\s+(?:\(loss\)\s+)?(?:applicable|attributable|available)\s+(?:to|for)\s+(?:\w+\s+)?common\s+(?:stockholders|shareholders|stock|shares)",
    r"net\s+(?:income|earnings|loss)\s+from\s+continuing\s+operations",
    r"net\s+(?:\(?loss\)?|income|earnings)(?:\s+\(loss\))?\s+per\s+(?:basic\s+and\s+diluted\s+|diluted\s+|basic\s+|common\s+)?share",
    r"(?:diluted\s+|basic\s+)?(?:earnings|loss|income)\s+per\s+(?:basic\s+and\s+diluted\s+|diluted\s+|basic\s+|common\s+)?share"
    r"(?:\s+from\s+(?:continuing|discontinued)\s+operations)?",
    r"(?:diluted\s+)?EPS|(?:diluted\s+)?earnings\s+per\s+share\s+\(EPS\)",
    r"(?:loss|income|earnings)\s+from\s+continuing\s+operations",
    r"(?:loss|income|earnings)\s+(?:\(loss\)\s+)?from\s+operations",
    r"operating\s+(?:income|loss|profit|expenses?|margin|cash\s+flow|earnings)",
    r"(?:positive\s+|negative\s+)?cash\s+flows?\s+(?:from|provided\s+by|used\s+in)\s+(?:operations|operating\s+activities)",
    # "financing activities used cash of $12.7 million": a flow of those activities, never a balance of cash
    r"(?:investing|financing)\s+activities\s+(?:provided|generated|used)\s+(?:net\s+)?cash",
    r"free\s+cash\s+flow", r"EBITDAX?", r"EBIT", r"backlog", r"(?:new\s+)?orders(?:\s+received)?|bookings",
    r"gross\s+(?:margin|profit)", r"gross\s+revenues?",
    r"(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)",
    r"net\s+(?:\(?loss\)?|income|earnings)(?:\s+\(loss\))?",
    r"(?:selling,\s+general\s+and\s+administrative|SG&A)(?:\s+expenses?)?",
    r"(?:general\s+and\s+administrative|G&A)(?:\s+expenses?)?",
    r"(?:research\s+and\s+development|R&D)(?:\s+expenses?)?", r"marketing\s+expenses?",
    r"cost\s+of\s+(?:revenues?|sales|goods\s+sold)",
    r"cash(?:,\s+|\s+and\s+)cash\s+equivalents(?:,?\s+and\s+(?:marketable\s+securities|short-term\s+investments|investments))?",
    r"cash\s+and\s+(?:marketable\s+securities|investments|short-term\s+investments)",
    r"total\s+(?:consolidated\s+)?assets", r"(?:stock|share)holders['\u2019]?\s+equity", r"long-term\s+debt", r"total\s+debt",
    r"net\s+debt",
    r"net\s+interest\s+income", r"(?:total\s+)?(?:deposits|loans(?:\s+and\s+leases)?)", r"assets\s+under\s+management",
    r"(?:comparable|same)[\s-]store\s+sales",
    r"(?:tangible\s+)?book\s+value",  # "book value per share was $30.80"
    r"(?:(?:quarterly|regular|cash|common)\s+){0,3}(?:dividends?|distributions?)(?:\s+declared)?",  # per share only (narrative.py)
    r"(?:net\s+)?(?:earnings|income|profit)(?:\s+\(loss\))?(?!\s+tax)", r"net\s+loss", r"loss",  # never "income" of
    # "income tax expense" (the vocabulary's income taxes)
    r"(?:total\s+)?(?:operating\s+)?costs\s+and\s+expenses",
    r"(?:total\s+)?(?:costs\s+and\s+)?(?:operating\s+)?expenses",
]
# The metrics of the vocabulary (knowledge/vocabulary.toml, read by parsers/vocabulary_data.py) are terms
# too, after the grammar above (which reads "net (loss) income per diluted share" whole): a metric added
# to the file is read in prose as in tables and questions ("annual recurring revenue was ...", never
# revenue of a product "recurring"). A table label is a whole cell; in a sentence the name must end
# where the sentence goes on to say what it was, so "cash" of "cash flow was" is not the metric cash.
_FOLLOWS_A_NAME = (r"(?=\s*(?:[$\d(),.;:\u2013\u2014-]|(?:was|were|is|are|of|in|for|at|to|totaled|totalled|"
                   r"reached|rose|grew|increased|decreased|declined|fell|improved|amounted|came|stood|climbed|"
                   r"jumped|dropped|remained|ended|excluding|including|and|or|by|from|on|during|compared|versus|"
                   r"vs|up|down|of|as|were|was|attributable|applicable|available|per|guidance|outlook)\b))")
VOCABULARY_TERMS = metric_prose_terms()
TERM_RE = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in _TERMS)
                     + (r"|(?<!tangible\s)(?:" + "|".join(VOCABULARY_TERMS) + ")" + _FOLLOWS_A_NAME if VOCABULARY_TERMS
                        else "")  # "tangible equity", "tangible assets": less the intangibles, another measure
                     + r")(?:(?![\w-])|(?<=[A-Za-z])(?=[1-9](?![\w-])))(?!\s+tax(?:es)?\b)", re.I)  # "Net income2 was": a
# note's mark; "net income tax benefit of $2.3 billion", "operating income tax effects": a tax, never the term
# The words (lowercase) a term can start with, and how many characters of punctuation may stand before
# that word ("(loss)"): worked out from TERM_RE itself (parsers/scan.py), never listed beside it.
TERM_STARTS, TERM_LEADS = first_words(TERM_RE)

_DEAL_BEFORE, _DEAL_AFTER = transaction_patterns()  # knowledge/vocabulary.toml [language] transactions


def is_deal(text: str, start: int, end: int) -> bool:
    """Is the amount text[start:end] the size of a deal or a limit the vocabulary names ("net proceeds of $55.2
    million", "$351 million remains under the current repurchase authorization")? No metric holds such an
    amount: prose reading leaves it out, and check does not count it (knowledge/check_prose.py)."""
    return bool(_DEAL_BEFORE.search(text, max(0, start - 80), start) or _DEAL_AFTER.match(text[end:end + 80]))


# (a bound is no figure: "nearly $40 million" is less than $40 million, "exceeded $40 million" more; "over" and "under"
# only after a verb of being, "of", "with" or a determiner ("our over $100 million equipment sales backlog"), since
# "increased 12% over $35.8 million" names the amount compared with)
BOUND_BEFORE = re.compile(r"\b(?:in\s+excess\s+of|more\s+than|less\s+than|at\s+least|up\s+to|upwards\s+of|exceeding|"
                           r"greater\s+than|fewer\s+than|nearly|almost|just\s+(?:over|under|shy\s+of|below|above)|"
                           r"close\s+to|exceeded|surpassed|topped|north\s+of|south\s+of|(?:is|are|was|were|of|totaled|totalled|"
                           r"our|its|their|the|an?|with|"
                           r"reached)\s+(?:(?:well|slightly|just|comfortably|significantly|substantially)\s+)?"
                           r"(?:over|under|above|below))\s*\(?$", re.I)
# ("customers with $100,000 or more in annual recurring revenue", "orders of $1 million and above": a threshold, the
# bound said after the amount)
BOUND_AFTER = re.compile(r"^\)?(?:\s*(?:thousand|million|billion|trillion|mm|mn|bn|[mbk])\b)?\s+(?:or\s+(?:more|greater|higher|above|less|lower|below|fewer)|and\s+(?:above|over|up|more|higher))\b", re.I)


def is_bound(text: str, start: int, end: int) -> bool:
    """Is the amount text[start:end] a bound ("liquidity of over $2.0 billion", "in excess of $1 million", "$100,000
    or more")? The exact figure is not printed: prose reading leaves it out (parsers/narrative.py), and check
    does not count it (knowledge/check_prose.py)."""
    return bool(BOUND_BEFORE.search(text[max(0, start - 25):start]) or BOUND_AFTER.match(text[end:end + 40]))

# A ratio or margin of the vocabulary stated as a level: "Net interest margin was 3.41%", "The combined ratio was
# 93.4%", "gross margin improved 120 basis points to 33 percent" — never a change of it ("increased 2%").
PERCENT_TERMS = metric_prose_terms(units=("percent",))
PERCENT_LEVEL_RE = re.compile(
    r"(?<![\w-])(?P<term>" + "|".join(f"(?:{t})" for t in PERCENT_TERMS) + r")(?:\s*\([^()]{1,12}\))?\s+"
    r"(?:(?:for|in)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|quarter|(?:fiscal\s+)?year|period)"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)?,?\s+)?"  # "for the fourth quarter of 2024 was": the sentence dates it
    r"(?:was|were|of|at|stood\s+at|came\s+in\s+at|(?:improved|increased|decreased|declined|rose|fell|expanded|contracted|"
    r"grew)\s+(?:by\s+)?(?:\d+(?:\.\d+)?\s+basis\s+points\s+)?to)\s+(?:approximately\s+|about\s+)?"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent)", re.I) if PERCENT_TERMS else None
PERCENT_COMPARED_RE = re.compile(r"^\s*,?\s*(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|(?:up\s+|down\s+)?from)\s+"
                                 r"(?:approximately\s+)?(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent)", re.I)

# Places: the vocabulary's, read in prose with an optional "in the" / "from" before them.
GEO_RE = re.compile(r"(?<![\w.])(?:(?:in|from)\s+(?:the\s+)?)?(?:" + place_prose_pattern() + r")(?![\w])", re.I)

PRODUCT_OF_RE = re.compile(
    r"(?:sales|revenues?)\s+of\s+((?:(?!\$)[A-Za-z(][\w()&/.,'-]*\s+){0,9}?(?:(?!\$)[\w()&/'.-]+?)),?\s+"
    r"(?=(?:were|was|rose|grew|increased|decreased|fell|declined|totaled|reached|of\s+\$|improved))", re.I)

COMPARE_RE = re.compile(r"\b(?:compared\s+(?:to|with)|compares?\s+(?:with|to|against)|as\s+compared\s+to|versus|vs\.?|the\s+same\s+as|"
                        r"unchanged\s+from|flat\s+with|comparisons?|"
                        r"(?:up|down)\s+from|from|"
                        rf"over(?=\s*(?:the\s*)?$|\s+(?:the\s+)?[$\u20ac\u00a3\u00a5]|\s+(?:the\s+)?(?:same|prior|previous|last|year|comparable|corresponding|"
                        rf"{ORDINAL_RE}|q[1-4]|[1-4]q|fiscal|(?:19|20)\d\d)\b))\b", re.I)  # "up 9% over the third quarter"
# A basis other than the reported one, said in words after a term or around a clause: organic, comparable,
# like-for-like, at constant exchange rates, in constant or local currency (never "on a reported basis")
OTHER_BASIS = (r"(?:(?:on|in)\s+(?:an?\s+)?(?:organic|comparable|like[\s-]for[\s-]like|constant[\s-]currency|local[\s-]currency|"
               r"pro[\s-]forma|same[\s-]store|underlying|adjusted|non-GAAP)\s+basis|at\s+constant\s+(?:exchange|FX|currency)\s+"
               r"rates?(?:\s+and\s+(?:perimeter|scope))?|(?:at|in)\s+constant\s+currenc(?:y|ies)|in\s+local\s+currenc(?:y|ies)|"
               r"like[\s-]for[\s-]like)")
QUALIFIER_RE = re.compile(r"\b(?:non-GAAP|excluding|excludes|adjusted|as\s+adjusted|pro\s+forma|portion\s+of|"
                          r"before\s+(?:the\s+)?(?:effect|impact|depreciation|interest|income\s+taxes|special)|"
                          r"impact\s+of|effect\s+of|target|guidance|outlook|expects?|expected|forecast|estimated?|"
                          r"projected|anticipates?|anticipated(?=\s+to\b)|range\s+of|potential|"
                          # "Revenue for the full year will be approximately $181 million", "should come in at": a
                          # figure to come, never the actual
                          # "revenue would have been $250.0 million" (had a deal closed earlier): a hypothetical, pro forma
                          r"would\s+have\s+(?:been|totaled|totalled|reached|amounted\s+to)|"
                          r"(?:will|should|would)\s+(?:(?:now|likely|still|also)\s+)?(?:be|total|reach|come\s+in|exceed|"
                          r"approximate|amount\s+to)|(?:is|are)\s+likely\s+to|on\s+track\s+to|"
                          r"(?:constant|local)[\s-]currency(?:\s+basis)?,?\s+(?:(?!and\b|or\b)[a-z]+\s+){0,3}?(?:was|were|totaled|totalled|amounted\s+to|of))\b"
                          # another basis than the reported one, said of the clause where it opens the sentence (or a
                          # clause: "At constant currency, the margin stood at 55.1%", "On a like-for-like basis, revenue
                          # was ...") or of the term right before its verb ("Revenue on an organic basis was $45.2
                          # million", "Revenue at constant exchange rates was"): that basis's figure, never the reported
                          # a figure as first reported, before a restatement or recast ("revenue was previously reported
                          # as $41.0 million", "as originally presented"): no figure of the release's own statements
                          r"|\b(?:previously|originally)\s+(?:reported|presented|disclosed|stated)\b"
                          rf"|(?:^|(?<=[;:]\s))\W*{OTHER_BASIS}\s*,"
                          rf"|{OTHER_BASIS},?\s+(?:was|were|totaled|totalled|amounted\s+to|of|stood\s+at|reached|came\s+in\s+at)\b",
                          re.I)
# ("Revenue on a constant currency basis was $41.0 million": that basis's figure; "grew 14% in constant currency to
# $40.1 million" qualifies the change only)
INCLUDED_RE = re.compile(r"\binclud(?:e|es|ed|ing)\b|\breflect(?:s|ed|ing)?\b", re.I)
TAIL_QUALIFIER_RE = re.compile(r"^[^$]{0,40}?\b(?:was\s+)?(?:attributable|attributed|related|due)\s+to\b|"
                               r"^[^$]{0,12}?\bassociated\s+with\b|"
                               r"^[^$]{0,25}?\b(?:excluding|charge|impact)\b|^[^$]{0,25}?\bnon-GAAP\s+basis\b|"
                               r"^[^$]{0,60}?\s[\u2013\u2014-]\s*adjusted\b|"
                               r"^(?:\s+per\s+(?:\w+\s+)?share)?\W{0,3}(?:on\s+(?:a\s+)?)?pro\s+forma\b|"
                               # "$205.0 million in constant currency", "... at constant exchange rates": that basis's
                               # amount (a change's 'up 4% in constant currency' after the amount qualifies the change);
                               # only the words right after the amount, never a next clause's (", constant currency growth
                               # of 6%", "; local currency results were strong")
                               r"^\s*(?:\(\s*)?(?:(?:on|in)\s+(?:an?\s+)?|at\s+)(?:constant|local)[\s-]currenc(?:y|ies)\b|"
                               r"^\s*\(\s*(?:constant|local)[\s-]currenc(?:y|ies)\b|"
                               r"^\s*(?:\(\s*)?at\s+constant\s+(?:exchange|FX|currency)\s+rates?\b|"
                               # "$45.2 million on a like-for-like basis", "$45.2 million (organic basis)": that basis's
                               r"^\s*(?:\(\s*)?(?:on\s+(?:an?\s+)?)?(?:organic|comparable|like[\s-]for[\s-]like|same[\s-]store|"
                               r"underlying)\s+basis\b|^\s*(?:\(\s*)?like[\s-]for[\s-]like\b|"
                               r"^[^$]{0,25}?\b(?:previously|originally)\s+(?:reported|presented|disclosed|stated)\b", re.I)
CHANGE_BASIS_RE = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?(?:in\s+)?(?:local|constant)\s+currenc|^\W{0,3}(?:\w+\s+){0,2}?"
                             r"(?:organic|sequential)|^\W{0,3}sequentially|^\W{0,3}(?:QoQ|Q/Q|quarter[\s-]over[\s-]quarter|"
                             r"(?:from|over|versus|vs\.?)\s+(?:the\s+)?(?:prior|previous|preceding|last|linked)\s+quarter)\b", re.I)
NEGATIVE_WORDS = re.compile(r"\b(?:decrease|decreased|decreasing|decline|declined|down|fell|drop|dropped|lower|reduction|"
                            r"reduced)\b", re.I)

CHANGE_RE = re.compile(
    r"(?:an?\s+)?(?P<w1>increase|decrease|decline|rise|gain|drop|improvement|reduction|growth)\s+of\s+"
    r"\+?(?P<p1>\d+(?:\.\d+)?)\s?(?:%|percent)"  # "+": "up +0.7%", "increasing by +11%" (the sign says the word again)
    r"|(?P<w2>up|down|increased|decreased|increasing|decreasing|rose|fell|grew|declined|improved|dropped|climbed)\s+"
    r"(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+)?\+?(?P<p2>\d+(?:\.\d+)?)\s?(?:%|percent)"
    r"|(?:an?\s+)?(?P<p3>\d+(?:\.\d+)?)\s?(?:%|percent)\s+(?P<w3>increase|decrease|decline|rise|growth|gain|"
    r"higher|lower|improvement|drop|reduction)(?![a-z])", re.I)  # "margin of 23.1% increased 525 basis points": a level
RATIO_RE = re.compile(r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent)\s+of\s+(?:(?:total|net|gross)\s+){0,2}(?:revenues?|sales)",
                      re.I)  # "64.7% of total net sales"
PERCENT_RE = re.compile(r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent)", re.I)

# An amount in dollars, or in the currency its mark names ("€19.2m", "EUR 600 million", "Yen79.7 billion":
# the marks of parsers/metadata.py CURRENCY_MARKS, one list for both); a minus sign before or after the
# mark ("-$0.03", "$-0.03") makes it negative, as parentheses around it do (a "-" right after a figure or
# letter, or a space after one, "$0.25-$0.30", "$0.25 -$0.30", is a range, not a sign). The marks are
# matched as printed (case kept): "eur" or "nok" in a word is no currency. The low end of a range whose
# high end carries the scale ("$5-6 million", "EUR500-600 million") is no amount: read alone it loses the scale.
_MARKS = "|".join(f"(?:{mark})" for mark, _ in CURRENCY_MARKS)
_SCALES = "|".join(sorted((w for w in SCALE_WORDS if len(w) > 1), key=len, reverse=True))  # the longest first
MARK_RE = re.compile(rf"{_MARKS}|\$")  # where an amount of MONEY_RE (not "cents") can start
MONEY_RE = re.compile(
    r"(?P<neg>\(|(?<![\w.,)])(?<![\d%]\s)-)?(?P<mark>(?-i:" + _MARKS + r")|\$)\s?(?P<neg2>[(-])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(?P<dec>\.\d+)?(?!\d|\.\d|,\d|[-\u2013]\d)(?P<close>\))?"
    r"(?:[\s*_]*-?\s*(?P<scale>" + _SCALES + r"|(?:(?<=\d)|(?<=\d\))|(?<=\d\s))[mbk](?![&'\u2019-]|\.\w))\b(?:\.(?=\s*[a-z,;(]))?)?"  # "$24.6M",
    # "$677*** ***Million", "\u20ac(29.2)m", "$40.1 mln", "\u00a340.1 m", "$12 mil. and" (an abbreviation's dot too)
    r"|(?<![\d.,])(?P<cents>\d{1,3}(?:\.\d{1,2})?)\s+cents\b", re.I)  # "12.3 cents": never its "3 cents"


@lru_cache(maxsize=256)  # a handful of marks, asked for each amount: 17 patterns tried once per mark
def mark_currency(mark: str) -> str:
    """The currency code a mark of MONEY_RE names; "" for a bare "$" (its currency is the release's)."""
    return next((code for rx, code in _MARK_CODES if rx.fullmatch(mark)), "")


_MARK_CODES = [(re.compile(mark), code) for mark, code in CURRENCY_MARKS]
# "per diluted share", "basic and diluted per share", "diluted earnings per share" after an amount
# the kind of share: "per ordinary share" (a foreign issuer's), "per Class A common share"
SHARE_KINDS = r"basic\s+and\s+diluted\s+|diluted\s+|basic\s+|common\s+|fully\s+diluted\s+|ordinary\s+|class\s+[a-z]\s+"
PER_SHARE_RE = re.compile(r"^\)?\s*(?:(?:basic\s+and\s+diluted|diluted|basic)\s+)?"
                          r"(?:(?:(?P<basis>adjusted|non-GAAP)\s+)?(?:net\s+)?(?:earnings|income|loss)\s+)?"
                          rf"(?:(?:per|a)\s+(?:{SHARE_KINDS})*(?:common\s+)?share(?=\d*\b)|\s*/\s*(?:diluted\s+)?share(?=\d*\b))",
                          re.I)  # "($0.42 / share)", "($0.04 adjusted earnings per share2)": a note's mark after it

_Q = rf"({ORDINAL_RE})"
_DATE = rf"({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d)"
# a date whose year may be left to the release's ("the nine months ended September 30"): resolved on its period
_DAY_FIRST = rf"(\d{{1,2}}\s+{MONTH_RE},?\s+(?:19|20)\d\d)"  # "31 December 2024"
_DATE_OR_DAY = rf"({MONTH_RE}\s+\d{{1,2}}\b(?:,?\s+(?:19|20)\d\d)?)"
_YEAR = r"((?:19|20)\d\d|'\d\d)"
# Look-behinds (each of fixed width, as Python's need) for a year printed after a month's name or a day's date
# ("December 2024", "Dec. 2024", "December 15, 2024"): a date, never the year as a whole
_NOT_AFTER_A_MONTH = "".join(rf"(?<!{m}\s)(?<!{m}\.\s)" for m in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")) + r"(?<!,\s)"
_SPAN_YEAR = r"(?:(?:19|20)\d\d[-/\u2013](?=(?:(?:19|20)?\d\d)\b))?"  # "2024-" of "2024-25": the year named is the second
_AFTER_AN_AMOUNT = r"(?:(?<=[\d.,]\d )|(?<=million )|(?<=billion )|(?<=thousand )|(?<=share )|(?<=share, )|(?<=\d\) ))"  # never "Q2 last year"
COMPARED_ONLY = frozenset({"year_before", "quarter_before", "aside_year"})  # period phrases that date only a compared amount
PERIOD_PATTERNS = [
    # "the third quarter fiscal 2025 year-to-date period": the nine months to that quarter's end, not the quarter
    ("q_ytd", re.compile(rf"\b{_Q}[\s-]+(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR})?,?\s+year[\s-]to[\s-]date\b",
                         re.I)),
    ("q_and_ytd", re.compile(rf"\b(?:quarter|three[\s-]months?|thirteen[\s-]weeks?|13[\s-]weeks?)\s+and\s+(?:the\s+)?"
                             rf"(?:six|nine|twelve|twenty-six|thirty-nine|fifty-two|6|9|12|26|39|52)[\s-](?:months?|weeks?)\s+"
                             rf"(?:periods?\s+)?(?:ended|ending)\s+{_DATE}", re.I)),
    ("q_ended", re.compile(rf"\b{_Q}[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+(?:fiscal\s+)?{_YEAR}\s+)?(?:ended|ending)\s+{_DATE}", re.I)),
    # "the quarters ended", "the years ended December 31, 2024 and 2023": a list's spans, each that long
    ("q_ended", re.compile(rf"\b()()(?:the\s+)?(?:fiscal\s+)?quarters?\s+(?:ended|ending)\s+{_DATE_OR_DAY}", re.I)),
    ("q_fy", re.compile(rf"\bfiscal\s+(?:year\s+)?{_YEAR}\s+{_Q}[\s-]+quarter", re.I)),
    # "fiscal 2022 Q4 results", "FY24 Q4", "FY 2024 Q4": the quarter of that fiscal year, not the year
    ("fy_qtok", re.compile(rf"\b(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)\d\d|'?\d\d)\s+{QUARTER_TOKEN_RE}\b", re.I)),
    ("q_year", re.compile(rf"\b{_Q}[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+fiscal)?(?:\s+year)?,?\s+{_YEAR}\b", re.I)),
    ("q_fq", re.compile(rf"\b{_Q}\s+fiscal\s+quarter\s+of\s+{_YEAR}\b", re.I)),
    # "the 2031 first quarter", "expected 2031 first quarter revenues": that year's quarter, named year first
    # (never the release's own year's: the quarter alone was read in the default year)
    ("q_year_first", re.compile(r"(?<![\w,$.])" + _NOT_AFTER_A_MONTH + rf"((?:19|20)\d\d)\s+{_Q}[\s-]+(?:fiscal\s+)?quarter\b",
                                re.I)),
    # "Q4 2024", "4Q24", and with the fiscal year's word between: "Q4 FY24", "Q4 of fiscal 2024" (the quarter, never
    # the fiscal year after it nor the release's own year's Q4)
    ("qtok", re.compile(rf"\b{QUARTER_TOKEN_RE}\s?(?:(?:of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?))?'?((?:19|20)?\d\d)\b", re.I)),
    # "January - December 2024", "JANUARY-SEPTEMBER 2025", "October–December 2024": the months from the first to the
    # second of that year (a Nordic interim report's headings), ending at the second's end
    ("month_span", re.compile(rf"\b({MONTH_RE})\.?\s*[-–—]\s*({MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)),
    ("months_ended", re.compile(rf"\b(three|six|nine|twelve|thirteen|fourteen|sixteen|twenty-four|twenty-six|twenty-eight|thirty-six|thirty-nine|forty|fifty-two|fifty-three|\d{{1,2}})[\s-]+(months?|weeks?)\s+(?:fiscal\s+)?(?:periods?\s+)?(?:ended|ending)\s+{_DATE_OR_DAY}", re.I)),
    ("year_ended", re.compile(rf"\b(?:fiscal\s+)?years?\s+(?:ended|ending)\s+{_DATE}", re.I)),
    # ... its months in figures too: "the first 9 months of 2025" (never "Q3 2025", the release's own quarter)
    ("ytd", re.compile(rf"\b(?:first\s+)?(six|nine|6|9)[\s-]+months?\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR}\b", re.I)),
    # "the first half last year", "H1 a year ago", "the first half of the prior year", "last year's first half", "the
    # prior-year H1": the first half of the year before the release's own -- a compared span, never the release's own
    ("half_last_year", re.compile(r"\b(?:(?:the\s+)?(?:first[\s-]+half|H1|1H)(?:\s+of)?(?:\s+the)?\s+(?:(?:last|prior|previous|"
                                  r"preceding)[\s-]+(?:fiscal\s+)?year|(?:a|one)\s+year\s+(?:ago|earlier)|year[\s-]ago)|"
                                  r"(?:(?:last|the\s+prior|the\s+previous|the\s+preceding)[\s-]+(?:fiscal\s+)?year(?:['\u2019]s)?|"
                                  r"(?:the\s+)?(?:prior|previous|year[\s-]ago)[\s-](?:fiscal[\s-])?(?:year)?|a\s+year\s+ago['\u2019]s)"
                                  r"\s*(?:first[\s-]+half|H1|1H))\b(?!\s*(?:FY\s?|fiscal\s+)?(?:19|20|')\d\d)", re.I)),
    # "for the nine months, revenue was ...": the release's own year to date, when its quarter ends them
    # (never "the six months to June 2025": a span to a month's end that no pattern reads, not the release's own)
    ("ytd", re.compile(r"\b(?:the\s+(?:first\s+)?(six|nine|twelve|6|9)[\s-]+months?|(?:first\s+)?(six|nine|twelve|6|9)-month|(?:the\s+)?"
                       r"(first[\s-]+half))\b(?![\s-]+(?:periods?\s+)?(?:ended|ending|of|since|after|before|following|ago|"
                       rf"(?:fiscal\s+|FY\s?)?(?:19|20)\d\d|(?:to|through|until)\s+(?:\d{{1,2}}\s+)?{MONTH_RE})\b)", re.I)),
    ("half", re.compile(rf"\b(first|second)\s+half\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?{_SPAN_YEAR}"
                        rf"((?:19|20)\d\d|'\d\d|(?<=[-/\u2013])\d\d)\b", re.I)),
    # "H1 2024-25", "H1 FY25", "1H 2024": the first half by its token (was left to the release's own period, a quarter)
    ("half", re.compile(rf"\b(H1|1H)\s?(?:FY\s?|fiscal\s+)?{_SPAN_YEAR}((?:19|20)\d\d|'\d\d|(?<=FY)\d\d|(?<=FY\s)\d\d|"
                        rf"(?<=[-/\u2013])\d\d)\b(?![-/\u2013]\d)", re.I)),
    # "H1 Revenue at $126.8 million" in a second quarter's release: its year to date, as "the first half" is
    ("ytd", re.compile(r"\b(H1|1H)\b(?![\s-]*(?:FY\s?|fiscal\s+)?(?:19|20|')?\d\d\b)", re.I)),
    # "Second Half revenues", "the second half of the year": the six months to the year's end the release
    # reports (a release of another span cannot tell which year's; never its own period)
    ("half_bare", re.compile(r"\b(?:the\s+)?second[\s-]+half\b(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?year\b)?", re.I)),
    # "FY 24", "FY2024": the year (never "Q4 FY24" or "H1 FY25", a part of it); "FY 2024-25": the year ending in 2025
    ("fy", re.compile(rf"\b(?:(?:fiscal|full[\s-]year|fiscal\s+year|year)\s+|(?<![QH][1-4]\s)(?<![QH][1-4])FY\s?)"
                      rf"{_SPAN_YEAR}((?:19|20)\d\d|'\d\d|(?<=FY)\d\d|(?<=FY\s)\d\d|(?<=[-/\u2013])\d\d)\b(?![-/\u2013]\d)"
                      # ... never the year of the quarter named right after it: "its fiscal 2031 third quarter ended
                      # June 28, 2031" reports the quarter, not fiscal 2031
                      rf"(?!(?<=fiscal\s\d{{4}})\s+{_Q}[\s-]+(?:fiscal\s+)?quarter\b)", re.I)),
    ("instant", re.compile(rf"\b(?:at|as\s+(?:of|at))\s+(?:{_DATE}|{_DAY_FIRST})", re.I)),  # "as at 31 December 2024" too
    # "On December 31, 2025, net debt stood at ...": a date that opens a clause whose subject's verb states a level
    # (never an event's date: "On January 8, 2026, the Company repaid $50 million of debt")
    # (the clause's opening "On", capitalised: "the adoption of a standard on January 1, 2006, was $0.05 million" is none)
    ("on_instant", re.compile(rf"(?<![\w,])(?-i:On)\s+(?:{_DATE}|{_DAY_FIRST})(?=,\s+(?:the\s+|our\s+|its\s+)?(?:company['\u2019]s\s+)?"
                              r"(?:[a-z][\w'\u2019-]*\s+){0,4}?(?:stood\s+at|was|were|totaled|totalled|amounted\s+to)\s)", re.I)),
    # "at the end of 2024", "at the end of fiscal 2024", "at the end of last year": the balance at that fiscal year's
    # end (group 1 the year; group 2 the year before the release's own)
    ("year_end", re.compile(r"\b(?:at|as\s+of)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:(?:fiscal\s+)?(?:year\s+)?((?:19|20)\d\d)\b"
                            r"|(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year\b)(?![\s-]*(?:['\u2019]s|quarter|half))",
                            re.I)),
    # "at quarter end", "as of the end of the quarter", "ended the year with": the end of the release's own period
    # (group 1, 2 or 3 the span's word), a balance at that date
    ("own_end", re.compile(r"\b(?:(?:at|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+the\s+(quarter|year|period)|(quarter|year|period)"
                           r"[\s-]end)|ended\s+the\s+(quarter|year|period)\s+with)\b", re.I)),
    ("same_period", re.compile(rf"\b(?:the\s+)?(?:same|comparable|corresponding|like)\s+(?:periods?|quarters?|three-month\s+periods?)"
                               rf"(?:\s+(?:of|in|a|last|one|the))*\s*(?:(?:fiscal\s+)?{_YEAR}|year\s+ago|year|prior\s+year|previous\s+year)?", re.I)),
    ("prior_year", re.compile(r"\b(?:the\s+)?(?:prior|previous)[\s-]year[\s-]to[\s-]date(?:\s+period)?|"
                              r"\b(?:the\s+)?(?:prior|previous)[\s-]year(?:['\u2019]s)?\s+(?:period|quarter|amount|figure|level)|year[\s-]ago\s+(?:period|quarter)|a\s+year\s+(?:ago|earlier)|"
                              # "compared to $4.3 million in the prior year": that year's same span
                              # (the word before stays out of the phrase: "up 9% from the prior year" compares)
                              r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bduring )|(?<=\bfrom )|(?<=\bover )|(?<=\bthan ))"
                              r"(?:the\s+)?(?:prior|previous|last)\s+(?:fiscal\s+)?year\b"
                              r"(?![\s-]*(?:to\b|end|['\u2019]s|periods?\b|quarters?\b))", re.I)),
    ("q_last_year", re.compile(rf"\b{_Q}[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+"
                               rf"(?:fiscal\s+)?year\b|"  # "the prior year's third quarter": the ordinal in group 2
                               rf"\b(?:the\s+)?(?:prior|previous|last)[\s-](?:fiscal\s+)?year['\u2019]s\s+{_Q}[\s-]+(?:fiscal\s+)?quarter\b",
                               re.I)),
    # right after a compared amount: "as compared to $562 million last year", "$13.0 million last quarter", "up from
    # $11.3 billion sequentially" — a year, or a quarter, before the figure compared with it (never a figure's own)
    ("year_before", re.compile(rf"{_AFTER_AN_AMOUNT}(?:(?:at\s+)?the\s+same\s+time\s+last\s+year|last\s+(?:fiscal\s+)?year|year\s+ago)\b"
                               r"(?![\s-]*(?:['\u2019]s|end|to\b|periods?\b|quarters?\b))", re.I)),
    ("quarter_before", re.compile(rf"{_AFTER_AN_AMOUNT}(?:(?:in\s+)?(?:the\s+)?(?:last|prior|previous|preceding)\s+quarter|"
                                  r"(?:a\s+)?quarter\s+ago|sequentially)\b(?![\s-]*(?:['\u2019]s|end))", re.I)),
    # "up from last year's $48.3 million", "compared to the prior year's $48.3 million": the amount after it a year before
    ("year_before_poss", re.compile(r"(?:(?<=from )|(?<=to )|(?<=with )|(?<=versus )|(?<=vs\. )|(?<=over )|(?<=than ))"
                                    r"(?:last|the\s+prior|the\s+previous|a)\s+year(?:['\u2019]s|\s+ago['\u2019]s)\s*"
                                    r"(?=[$\u20ac\u00a3\u00a5])", re.I)),
    # "$186 million for the quarter (2023 - $95 million)", "(2023: £95m)": the compared amount's year, the span its figure's
    ("aside_year", re.compile(r"(?<=\()\s*((?:19|20)\d\d)(?=\s*(?::|\s[\u2013\u2014-])\s*(?:[$\u20ac\u00a3\u00a5]|[A-Z]{3}\s?\d))")),
    ("q_bare", re.compile(rf"\b{_Q}[\s-]+(?:fiscal\s+)?quarter\b", re.I)),
    # "2024 net income", "2025 Core FFO guidance", "the 2025 AFFO is estimated", "expects 2025 interest expense of", a
    # heading "2024 Highlights:" (vocabulary.toml [language] year_named_measures, year_section_words): that fiscal year's — never a year
    # after a month or a day ("In December 2024 EBITDA was", "On December 15, 2024 revenue"): the month's, undated
    ("fy_adj", re.compile(r"(?<![\w,$.])" + _NOT_AFTER_A_MONTH + r"((?:19|20)\d\d)(?=\s+(?:net|total|full[\s-]year|annual|results|revenues?|sales|earnings|income|"
                          r"core\s+ffo|a?ffo|adjusted\s+(?:ebitda|ffo|eps|earnings|net)|ebitda|eps|free\s+cash\s+flow"
                          + "".join("|" + r"\s+".join(map(re.escape, w.split())) for key in ("year_section_words", "year_named_measures")
                                    for w in VOCABULARY.get("language", {}).get(key, []))
                          + r")\b)", re.I)),
    # "during the trailing twelve months": the twelve months to the release's own period's end, never the quarter
    ("ttm", re.compile(r"\b(?:trailing|last|past)[\s-]+(?:twelve|12)[\s-]+months?\b|\bTTM\b|\bLTM\b", re.I)),
    ("ytd_word", re.compile(r"\byear[\s-]to[\s-]date\b|\bYTD\b", re.I)),
    ("bare_year", re.compile(rf"\b(?:for|in|during|of)\s+(?:fiscal\s+)?{_YEAR}\b(?!\s*(?:and\s+\d|,\s*\d|{ORDINAL_RE}))", re.I)),
    ("this_quarter", re.compile(r"\b(?:for|in|during)\s+the\s+(?:current\s+|latest\s+|recent\s+)?quarter\b(?!\s+(?:ended|ending|of))|"
                                r"\b(?:this|the\s+current)\s+quarter\b", re.I)),
    # (never right after a year: "our 2026 full year guidance" is that year's, the year before it names: fy_adj)
    # "during the year", "in the year": the release's own year, as "for the year" (never "in the year-ago quarter", "in the
    # year ended ...", "during the year before", "in the year ahead", "the year following", "in the year-over-year
    # comparison" (no period at all); in a release of a quarter before the last, left undated: which year?)
    ("full_year", re.compile(r"(?<!\d{4}\s)(?<!\d{4}-)\b(?:the\s+)?full[\s-]year\b|\bfor\s+the\s+year\b|\bannual\b|"
                             r"\b(during|in)\s+the\s+year\b(?![\s-]*(?:ago|earlier|before|prior|ended|ending|end|to\b|of\b|"
                             r"ahead|after|following|over\b|on\b|['\u2019]s|20\d\d|19\d\d))", re.I)),
    # "the last two quarters", "the past three years", "the first three quarters": a span of several periods this
    # reading does not date (never the release's own period)
    ("several", re.compile(r"\b(?:the\s+)?(?:last|past|previous|prior|preceding|first|next|coming|recent)\s+(?:two|three|four|"
                           r"five|six|seven|eight|nine|ten|several|few|\d{1,2})\s+(?:fiscal\s+)?(?:quarters|years|months|weeks)\b", re.I)),
    # a span named that no pattern above dates: a month ("in December", "for the month of January 2025"), "since
    # inception", "the holiday season", "calendar 2024", "the 53-week year", "the week ended ...": the figure is that
    # span's, never the release's own period
    ("undated", re.compile(r"\b(?:(?:for|in|during)\s+(?:the\s+(?:month|months)\s+of\s+)?(?:January|February|March|April|May|"
                           r"June|July|August|September|October|November|December)\b(?:\s+(?:19|20)\d\d)?(?![\s,]*\d)|"
                           r"since\s+(?:its\s+|our\s+|the\s+)?inception|(?:the\s+)?holiday\s+(?:season|quarter|period)|"
                           r"calendar\s+(?:year\s+)?(?:19|20)\d\d|(?:the\s+)?\d{2}-week\s+(?:fiscal\s+)?(?:year|quarter|period)|"
                           r"(?:the\s+)?weeks?\s+(?:ended|ending)\b|"
                           # "in the year ahead", "the coming year", "next year", "the year following": a year to come,
                           # never the release's own (nor dated here: which year it is the words leave to the context)
                           r"\b(?:the\s+)?year\s+(?:ahead|following)\b|\b(?:the\s+)?(?:coming|following)\s+year\b|"
                           r"\bnext\s+(?:fiscal\s+)?year\b)", re.I)),
    ("qtok_bare", re.compile(rf"\b{QUARTER_TOKEN_RE}\b(?!\s?'?\d)", re.I)),  # "up 22% from Q3": the release's year
]

# The words every match of each period pattern starts with (by the pattern's place in PERIOD_PATTERNS),
# worked out from the pattern (parsers/scan.py): a pattern is tried only where one of its words starts,
# not at every character of a paragraph. None (prior_year, which can start inside a word: "a year
# ago") is searched for in the whole text.
PERIOD_STARTS: list[frozenset[str] | None] = [(found[0] if (found := first_words(rx)) and found[1] == {0} else None)
                                              for _, rx in PERIOD_PATTERNS]


def _place_needles() -> tuple[str, ...]:
    """Words one of which every place of the vocabulary holds (see parsers/scan.Needles), worked out from
    the places' patterns; () when one of them cannot be listed (then the text is always searched)."""
    words: set[str] = set()
    for _, _, pattern in place_patterns():
        found = first_words(re.compile(pattern, re.I), inside_words=True)
        if found is None:
            return ()
        words |= found[0]
    return tuple(sorted(words))


GEO_NEEDLE_WORDS = _place_needles()
