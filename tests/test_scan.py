"""parsers/scan: a pattern tried only where its lead words stand finds what a plain search finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.metadata import FISCAL_QUARTER_END, FISCAL_QUARTER_END_LEADS, FYE_PATTERNS
from parsers.scan import Leads, Lowered, plain_words, search

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "The fiscal year ends on June 30. For the Fiscal Year Ended September 27, 2008 and twelve year ended June 30",
    "the nine months ended Sept. 30, 2007; THIRTY-NINE WEEKS ENDED November 1, 2008; 39-week fiscal period ended May 2",
    "six months ended June 30; Twenty-Six Weeks ended August 2; 26 weeks ended Aug. 2; fifty-three weeks ended Jan 31",
    "52 weeks fiscal year ended January 31, 2009, the third quarter of fiscal 2008, which ended October 31",
    "FIRST FISCAL QUARTER ENDED MARCH 29 and the second-quarter ended on July 1",
    "the ſix months ended June 30, the fiscal year ended Kune 30, fİscal year ended June 30, ſecond quarter ended June 30",
    "Nestlé's fiscal year ended December 31; \u0663\u0669 weeks ended May 2; the first quarter ended April 30",
]


@pytest.mark.parametrize("text", TEXTS + [p.read_text() for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))],
                         ids=lambda text: " ".join(text.split()[:6]))
def test_search_finds_what_a_plain_search_finds(text):
    flat = " ".join(text.split())
    for rx, _, leads in FYE_PATTERNS + [(FISCAL_QUARTER_END, 0, FISCAL_QUARTER_END_LEADS)]:
        plain, fast = rx.search(flat), search(rx, Lowered(flat), leads)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


@pytest.mark.parametrize("text", TEXTS + [p.read_text() for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))],
                         ids=lambda text: " ".join(text.split()[:6]))
def test_finditer_finds_what_a_plain_finditer_finds(text):
    from parsers.metadata import NAMED_QUARTER, QUARTER_END, QUARTER_END_LEADS
    from parsers.scan import finditer
    flat = " ".join((text + " Q3 fiscal 2008, fiscal 2008 Q3, Q\u0663 FY08, fiscal year 2007 third quarter, 13-week "
                     "period ended May 3, 2008, \u017fecond quarter of fiscal 2008").split())
    for rx, leads in NAMED_QUARTER + [(QUARTER_END, QUARTER_END_LEADS)]:
        key = lambda ms: [(m.span(), m.groups()) for m in ms]
        assert key(finditer(rx, Lowered(flat), leads)) == key(rx.finditer(flat))


def test_plain_words_have_no_character_that_folds_to_ascii_or_is_another_digit():
    assert plain_words("Revenue \u2014 up 5% \u00ae \u201cquoted\u201d Nestl\u00e9 2007\u00b9 \u00e8")
    for odd in "\u017f\u212a\u0131\u0130\u0663\uff13":
        assert not plain_words(f"six{odd} months")


def test_only_those_characters_fold_to_ascii_or_change_length_when_lowercased():
    import re
    odd = {chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000
           and (len(chr(c).lower()) != 1 or chr(c).lower().isascii() or re.fullmatch(r"(?i)[a-z]", chr(c)))}
    assert odd == set("\u017f\u212a\u0131\u0130")


def test_lead_words_are_found_where_they_overlap_themselves():
    assert list(Leads("abab", "ba").starts("xabababa")) == [1, 2, 3, 4, 6]
    assert list(Leads("abab").starts("xabababa", 2)) == [3]
    with pytest.raises(ValueError):
        Leads("Abab")


def test_needles_rule_out_only_texts_their_pattern_cannot_match():
    """Each alternative of each guarded pattern, alone in a text: its needles must let it through."""
    from parsers import cell_tables as ct
    from parsers import narrative as n
    from parsers import rows
    from parsers.columns import DURATION_RE
    from parsers.narrative_terms import CHANGE_RE, COMPARE_RE, GEO_RE, MONEY_RE, PRODUCT_OF_RE, QUALIFIER_RE
    cases = [
        (n.AMOUNT_NEEDLES, n.AMOUNT_HINT, ["$5", "5%", "5 PERCENT", "50 CENTS", "50 cent\u017f"]),
        (n.CHANGE_NEEDLES, CHANGE_RE, ["an increase of 5%", "rose by about 5 percent", "a 5% decline"]),
        (n.CHANGE_NEEDLES, n.CHANGE_LEAD_RE, ["increased 18% to", "grew 5 Percent at"]),
        (n.CENTS_NEEDLES, MONEY_RE, ["earned 5 cents", "earned 5 CENTS", "earned 5 cent\u017f"]),
        (n.RESPECTIVELY_NEEDLES, n.RESPECTIVELY, ["5 and 6, respectively", "RESPECTIVELY", "re\u017fpectively"]),
        (n.COMPARE_NEEDLES, COMPARE_RE, ["compared to", "compares with", "as compared to", "versus", "vs.", "v\u017f",
                                         "the same as", "unchanged from", "flat with", "comparisons", "up from",
                                         "down from", "from"]),
        (n.COMPARE_NEEDLES, n.COMPARE_BEFORE_RE, ["compared with the", "versus a", "vs that of"]),
        (n.QUALIFIER_NEEDLES, QUALIFIER_RE, ["non-GAAP", "excluding", "excludes", "adjusted", "as adjusted",
                                             "pro forma", "portion of", "before the effect", "before interest",
                                             "before income taxes", "before special", "before depreciation",
                                             "impact of", "effect of", "target", "guidance", "outlook", "expect",
                                             "expects", "expected", "forecast", "estimate", "estimated", "projected",
                                             "anticipate", "anticipates", "range of", "\u0130mpact of", "outloo\u212a"]),
        (n.PRODUCT_OF_NEEDLES, PRODUCT_OF_RE, ["sales of widgets were", "revenues of Gadgets rose", "Revenue of X of $5"]),
        (ct._SCALE_CELL_WORDS, ct.SCALE_CELL, ["in thousands", "In Millions", "(unaudited)", "(Dollars in millions)",
                                                "in thou\u017fands"]),
        (ct._PERCENT_HEADER_WORDS, ct.PERCENT_HEADER, ["Percentage of", "% of sales", "PERCENT OF"]),
        (ct._DURATION_WORDS_NEEDED, DURATION_RE, ["Three Months", "13 weeks", "Fiscal Year", "quarters", "Qtr", "2nd Quarter",
                                                  "YTD", "Year-to-date", "twelve wee\u212a"]),
        (n.TAIL_QUALIFIER_NEEDLES, n.TAIL_QUALIFIER_RE, ["was attributable to", "attributed to", "related to",
                                                          "due to", "excluding", "charge", "impact", "on a non-GAAP basis",
                                                          "million \u2013 adjusted", "attr\u0131butable to"]),
        (rows._SHARE_WORDS, rows.SHARE_COUNT_RE, ["Weighted average shares", "number of SHARES", "shares outstanding",
                                                  "Average \u017fhares"]),
        (rows._PER_SHARE_WORDS, rows.PER_SHARE_RE, ["per diluted share", "EPS", "per unit", "per ADS", "Per Share"]),
        (rows._SHARES_WORDS, rows.SHARES_RE, ["Weighted average shares", "(a) Basic shares", "shares used",
                                              "weighted-average diluted", "Common shares, basic shares"]),
        (rows._PERCENT_WORDS, rows.PERCENT_RE, ["Gross margin %", "Percentage", "ratio", "as a % of sales", "PERCENT"]),
        (rows._COUNT_WORDS, rows.COUNT_RE, ["Employees", "headcount", "number of stores", "Customers", "kilowatt-hours",
                                            "KWH", "MWh", "GWh", "stores open"]),
        (rows._KWH_WORDS, rows.KWH_RE, ["Kilowatt", "kwh sold", "MWH", "gwh"]),
        (n.GEO_NEEDLES, GEO_RE, ["outside the U.S.", "out of US", "United States", "U.S.", "US", "domestic",
                                 "international", "Europe, Middle East and Africa", "EMEA", "European", "Rest of World",
                                 "Asia-Pacific", "Japan", "China", "Canada", "Latin America", "North American",
                                 "the Americas", "worldwide", "globally", "u\u017f"]),
    ]
    texts = ["($5.1) and $ (3) or ($.5 million), 50 cents and $0.05 per share", "(-$5)", "$$5", "(5)$"]
    for needles, rx, examples in cases:
        for text in examples:
            assert rx.search(text), (rx.pattern[:30], text)
            assert needles.may_match(text), (rx.pattern[:30], text)
    for path in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt")):
        for line in path.read_text().split("\n") + texts:
            for needles, rx, _ in cases:
                if needles is not n.CENTS_NEEDLES:  # that one rules out only the "NN cents" amounts
                    assert needles.may_match(line) or not rx.search(line), line
            key = lambda ms: [(m.span(), m.groupdict()) for m in ms]
            assert key(n._money(line)) == key(MONEY_RE.finditer(line)), line


def test_flat_tokens_are_the_matches_of_flat_token():
    """cell_tables.flat_tokens finds FLAT_TOKEN's alternatives one by one: the same tokens, the same kinds."""
    from parsers.cell_tables import FLAT_TOKEN, flat_tokens
    lines = [
        "(in thousands) Jan 5, 2007 $ (1,234.5) % - 12 - \u2014 ---- three months ended Fiscal Years Ended quarter ended 5) - x",
        " -5 ( 3) $ 4 ( $5 (\t7 1,2ab 1.5x 12ab 12  Months Ended 3\u2003months ended 39 weeks === ___ (millions)",
        "\u017fept 5, Sept. 30 SEPTEMBER 3 mayday 4 dec 12, ENDED Q, Nestl\u00e9 (in Millions) March 31, 2007 and 2006",
        "Net sales $ 59,040 67,006 (11.9) % Cost of sales 41,191 45,862 (10.2) Gross profit 17,849 21,144 (15.6) -- \u2014",
        "Revenue 1,234 5,678 (9,012) Income 12 34 56 Margin 7.5% 8.1%",  # no dash, rule or scale word: those parts skipped
        "Q4 2024 Q4 2023 Y/Y Change 4Q24 4Q 12 Months Q1 FY2025 Q3'24 FY 2024 FY24 Fiscal 2013 fiscal year 2012 FAQ 2024 (in 000's) Q42024",
    ]
    for path in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt")):
        text = path.read_text()
        lines += text.split("\n") + [" ".join(text.split())[i:i + 2000] for i in range(0, 20000, 2000)]
    for line in lines:
        assert [(k, m.span()) for k, m in flat_tokens(line)] == [(m.lastgroup, m.span()) for m in FLAT_TOKEN.finditer(line)]


def test_yearish_is_its_plain_pattern():
    import re
    from parsers.fixed_tables import YEARISH
    plain = re.compile(r"(?:19|20)\d\d|Q[1-4]|[1-4]Q", re.I)
    lines = ["1Q 2Q Q1 q4 4q 1999 2000 19\u0663\u0664 \u0662\u0660 \uff311 1920 2019q 19q 219 1q2 Q0 5Q"]
    for path in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt")):
        lines += path.read_text().split("\n")
    for line in lines:
        assert [m.span() for m in YEARISH.finditer(line)] == [m.span() for m in plain.finditer(line)], line


def test_period_token_is_its_plain_pattern():
    import re
    from parsers.fixed_tables import PERIOD_TOKEN
    plain = re.compile(r"(?:\b(?:Q[1-4]|[1-4]Q|YTD|FY)\s?'?(?:(?:19|20)\d\d|\d\d)\b)|\b(?:19|20)\d\d\b", re.I)
    lines = ["Q3 2007 3Q07 q4'06 YTD 2007 FY08 fy 2009 ytd07 1999 2000 x2007 2007x Q32007 Q3 07 FYQ3 "
             "19\u0663\u0664 2\u0660\u0660\u0667 \uff313 2007 _2007 2007_"]
    for path in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt")):
        lines += path.read_text().split("\n")
    for line in lines:
        assert [m.span() for m in PERIOD_TOKEN.finditer(line)] == [m.span() for m in plain.finditer(line)], line
        assert PERIOD_TOKEN.sub(" ", line) == plain.sub(" ", line)


def test_datelines_are_found_where_a_plain_search_finds_them():
    from parsers.metadata import DATELINE_RE, _dateline_starts
    from parsers.scan import matches_at
    heads = ["ROCKLAND, Mass.--(BUSINESS WIRE)--Oct. 24, 2006--X", "x\n\n              March 3, 2007\nfoo",
             "Release: May 5, 2008 /", "a -  June 1, 2009 - b", "X \u2014 Feb. 25, 2026\u2015", "RELEASE :\n  Jan 5, 2009 |",
             "                 \n  April 2, 2008 (x)", "Austin, Texas, June 13, 2022 -- Dell", "  \t\n" * 5 + "dec 1, 2007"]
    heads += [p.read_text()[:6000] for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))]
    for head in heads:
        plain = [m.span() for m in DATELINE_RE.finditer(head)]
        assert [m.span() for m in matches_at(DATELINE_RE, head, _dateline_starts(head, head.lower()))] == plain, head


def test_html_shortcuts_are_their_plain_forms():
    """html._squeeze, _visible_length, _without_footnote and the quick paths of _cell_text."""
    import re
    from lxml import etree
    from parsers import html as h
    spaces = "".join(chr(c) for c in range(0x3000) if chr(c).isspace()) + "\u200b\u00a0\u2009\u202f"
    for text in ["  a \u200b b\u00a0c  ", spaces + "x" + spaces + "y" + spaces, "", "\u200b", "a\nb\tc"]:
        assert h._squeeze(text) == h._SPACE.sub(" ", text).strip()
        assert h._visible_length(text) == len(h._SPACE.sub("", h._TAG.sub("", text)))
    for text in ["12 (1)", "5*", "5 \u2020", "x)", "(3)\n", "4 [2]", "7", "abc", "1,234 (12)", "9\u2021", "(5)"]:
        assert h._without_footnote(text) == h._FOOTNOTE.sub("", text)
    html = ("<table><tr><td>A<p>B</p>C</td><td><sup>12</sup>x</td><td> <BR>y</td><td><script>q</script>z</td>"
            "<td>a<div>b\u200bc</div>\u00a0d</td><td><b></b></td><td><font> 1,234 </font>\n</td><td><p>x</p></td>"
            "<td><sup>1234</sup></td><td>t<span>u</span>v</td><td></td><td> </td></tr></table>")
    root = etree.fromstring(html, etree.HTMLParser())

    def walked(td):  # _cell_text's general walk, for every cell
        parts, stack = [], [(td, False)]
        while stack:
            node, closing = stack.pop()
            if closing:
                if node is not td and node.tail:
                    parts.append(node.tail)
                continue
            tag = node.tag.lower() if isinstance(node.tag, str) else ""
            stack.append((node, True))
            if tag in h.SKIP_TAGS or not isinstance(node.tag, str) or (
                    tag == "sup" and len("".join(node.itertext()).strip()) <= 3):
                parts.append(" ")
                continue
            if tag in ("br", "p", "div"):
                parts.append(" ")
            if node.text:
                parts.append(node.text)
            for child in reversed(node):
                stack.append((child, False))
        return re.sub(r"[\s\u00a0\u2009\u200b\u202f]+", " ", "".join(parts)).strip()

    for td in root.iter("td"):
        assert h._cell_text(td) == walked(td)


CURRENCY_TEXTS = [
    "(in thousands of Canadian dollars) C$12.3 CA$ 4 CDN$5 CAD 7 CAD$8 cad9 (In United States dollars) US$4 USD 3 "
    "USD$2 (Thousands of Dollars) in millions of U.S. dollars, U. S. dollars A$3 AUD4 Australian dollars €19.2m "
    "EUR600m 5 € in euros, millions of euro, EUR thousands £3 GBP 4 pounds sterling ¥100 JPY 5 Yen 6 millions of "
    "Japanese yen ₪5 NIS 5 NIS thousands New Israeli Shekels CHF 5 Swiss francs HK$3 HKD 4 Hong Kong dollars NT$5 "
    "TWD6 New Taiwan dollars S$7 SGD8 R$9 BRL1 ₹2 INR 3 Rs. 4 Rs5 RMB 6 CNY7 Renminbi SEK 8 DKK9 NOK 1 $ 12,400",
    "| $ |\n  $  \n|  $|\n\n $\n", "Europe's audit finish: years, others and decades", "C$ CAD$ US$ A$ $$5 x$5",
    "\u017fwi\u017f\u017f franc\u017f, \u212aRW, \u0130NR 5, Au\u017ftralian dollar\u017f, C\u0130D",
    "in thousands of CAD, (thousands of C$), millions of US$, billions of USD, CAD'000s, USD 000",
    "xUSD 5 _USD 6 éUSD 7 9USD 8 (USD 9)\nUSD 1 ²NIS 4 éRs 5 Rs 6 _Rs 7 ARs 8",  # what \\b says before a word
]


@pytest.mark.parametrize("text", CURRENCY_TEXTS + [p.read_text() for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))],
                         ids=lambda text: " ".join(text.split()[:6]))
def test_required_finds_what_a_plain_finditer_finds(text):
    """scan.Required, worked out from each currency pattern: the same matches as the plain pattern, in
    texts that hold every currency form, in ones that hold only words that look like them ('Europe',
    'audit'), and in ones with the characters that fold to ASCII."""
    from parsers.metadata import _AMOUNT_CURRENCY, _STATED_CURRENCY
    from parsers.scan import Required
    key = lambda ms: [(m.span(), m.groups()) for m in ms]
    searches = [(Required(rx), rx) for rx, _ in _STATED_CURRENCY + _AMOUNT_CURRENCY]  # built once, as the parser does
    for chunk in [text] + [text[i:i + 40] for i in range(0, min(len(text), 4000), 7)]:
        lowered = Lowered(chunk)
        for required, rx in searches:
            assert key(required.finditer(lowered)) == key(rx.finditer(chunk)), (rx.pattern[:40], chunk)
            assert required.may_match(lowered) or not rx.search(chunk)


def test_required_spells_what_every_match_holds_and_starts_with():
    import re
    from parsers.scan import Required
    canadian = Required(re.compile(r"\b(?:Canadian|CDN)\s+(?:dollars?\b|\$)|\b(?:CAD|C\$)\s*millions?", re.I))
    assert canadian.starts == ["c$", "cad", "canadian", "cdn"]  # the parser's factored "c" spelt back in
    assert not canadian.may_match(Lowered("in thousands of dollars, a decade of Europe"))
    assert canadian.may_match(Lowered("CDN dollars")) and canadian.may_match(Lowered("C$ 5 millions"))
    assert Required(re.compile(r"\d\s?€|€\d")).starts is None  # a match may start at any digit
    assert Required(re.compile(r"(?:New\s+)?Taiwan\s+dollars?", re.I)).starts == ["new", "taiwan"]
    assert Required(re.compile(r"\w+\s+dollars?")).need == ("any", ["dollar"])  # a text holding 'dollars' holds 'dollar'
    assert Required(re.compile(r"\b(?:jan(?:uary)?|feb)\s+\d", re.I)).starts == ["feb", "jan"]  # 'january' starts at a 'jan'
    assert Required(re.compile(r"(?:ab)*c")).starts is None  # a repeat is never spelt into what follows


@pytest.mark.parametrize("text", CURRENCY_TEXTS + [p.read_text() for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))],
                         ids=lambda text: " ".join(text.split()[:6]))
def test_required_find_finds_what_a_plain_finditer_finds(text):
    """Required.find (a sentence searched once, no Lowered kept): the currency marks of prose amounts
    (narrative_terms.MARK_RE, case-sensitive, most opening with \\b) and the currency patterns found
    where the plain pattern finds them: marks inside words ('cad9', 'xUSD', 'years' holding 'rs'), marks
    overlapping ('CAD$', 'C$ CAD$'), and texts with characters that fold to ASCII (searched plainly)."""
    from parsers.metadata import _AMOUNT_CURRENCY, _STATED_CURRENCY
    from parsers.narrative_terms import MARK_RE
    from parsers.scan import Required
    key = lambda ms: [(m.span(), m.groups()) for m in ms]
    searches = [(Required(rx), rx) for rx in [MARK_RE] + [rx for rx, _ in _STATED_CURRENCY + _AMOUNT_CURRENCY]]
    for chunk in [text] + [text[i:i + 40] for i in range(0, min(len(text), 4000), 7)]:
        for required, rx in searches:
            assert key(required.find(chunk)) == key(rx.finditer(chunk)), (rx.pattern[:40], chunk)


def test_a_flattened_header_is_looked_for_only_on_a_yearish_line():
    """FixedWidthReader.grids asks _flat_header_grid only of a line YEARISH finds a year on: every run of
    years _YEAR_RUN reads holds one. Lines of runs, of near-runs and of the seeds: never a run YEARISH misses."""
    from parsers.fixed_tables import _YEAR_RUN, YEARISH
    lines = ["Quarter Ended Year Ended December 31, 2024 2023 2024 2023 (in thousands)", "1999 2000", "2019  2018",
             "\u0662\u0660\u0662\u0664 \u0662\u0660\u0662\u0663", "$2024 2023", "FY2024 FY2023 2022 2021", "2,024 2,023"]
    for path in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt")):
        lines += path.read_text().split("\n")
    runs = [line for line in lines if _YEAR_RUN.search(line)]
    assert len(runs) >= 3
    assert all(YEARISH.search(line) for line in runs)


def test_first_words_after_a_look_behind_that_ends_outside_words():
    """A match right after a look-behind ending in a space or punctuation starts a word: its first words
    are listed (so the pattern is tried only there); one ending in a letter may start inside a word."""
    import re
    from parsers.scan import first_words
    rx = re.compile(r"(?:(?<=million )|(?<=\d\) ))(?:last\s+year|year\s+ago)\b", re.I)
    assert first_words(rx) == (frozenset({"last", "year"}), frozenset({0}))
    assert first_words(re.compile(r"(?<=a)(?:last|year)\b", re.I)) is None
    assert first_words(re.compile(r"(?<=\w)year\b", re.I)) is None
    text = "revenue of $5 million last year and 3 million year ago, a midyear ago"
    words, _ = first_words(rx)
    starts = [m.start() for m in re.finditer(r"\b\w", text) if re.match(r"\w+", text[m.start():]).group(0).lower() in words]
    from parsers.scan import matches_at
    assert [m.group(0) for m in matches_at(rx, text, starts)] == [m.group(0) for m in rx.finditer(text)] \
        == ["last year", "year ago"]


def test_required_cover_rules_out_a_text_without_any_of_its_words():
    """Required.cover: words one of which every match holds, worked out from the pattern; a text without
    them finds nothing, as the pattern itself finds nothing there."""
    import re
    from parsers.scan import Required
    rx = re.compile(r"\b(?:Canadian|CDN)\s+dollars?\b|\b(?:thousands|millions)\s+of\s+(?:CAD|C\$)(?!\w)", re.I)
    req = Required(rx)
    assert req.cover in (frozenset({"canadian", "cdn", "thousands", "millions"}),
                         frozenset({"dollar", "thousands", "millions"}))  # 'dollars' holds 'dollar': never asked
    for text in ("in thousands of CAD", "Canadian dollars", "in thousands of dollars", "CDN$ 5", ""):
        low = Lowered(text)
        assert [m.group(0) for m in req.finditer(low)] == [m.group(0) for m in rx.finditer(text)], text


def test_statement_currency_weighs_dollar_amounts_only_against_a_foreign_mark():
    """The bare-"$" amounts are counted only when a foreign mark is printed too; alone, one is enough."""
    from parsers.metadata import statement_currency
    assert statement_currency("Revenue was $5.2 million, up from $4.1 million.") == "USD"
    assert statement_currency("Revenue rose 5% in the quarter.") == ""
    assert statement_currency("Revenue was €5.2 million; costs €1.0 million and $3.0 million.") == "EUR"
    assert statement_currency("Revenue $5.2, $4.1, $3.3 and $2.2 million; one line €1.0 million.") == "USD"
    assert statement_currency("| $ |\n| 12 |") == "USD"


SENTENCES = ["Revenue for the third quarter of calendar 2024 was $5.1 million.", "In 2024's second fiscal half, sales rose.",
             "Twelve months revenue was $160.0 million, and trailing 12 months EBITDA $3 million.",
             "Revenue through September 30, 2024 was $116.3 million; revenue to date grew.",
             "The March quarter and the December-quarter results, JANUARY 5 2024, calendar-year 2023."]


@pytest.mark.parametrize("text", SENTENCES + [p.read_text() for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))],
                         ids=lambda text: " ".join(text.split()[:6]))
def test_required_search_finds_what_a_plain_search_finds(text):
    """Required.search (a sentence's calendar, twelve-month and to-date tests in parsers/narrative.py): the match a
    plain rx.search finds, over whole texts and chunks of them that cut words and dates apart."""
    from parsers import narrative
    from parsers.scan import Required
    patterns = [narrative._CALENDAR_PERIOD, narrative._A_YEARS_QUARTER, narrative._TWELVE_MONTHS, narrative._CUMULATIVE,
                narrative._HEADED_ROW, narrative._FULL_DATE]
    searches = [(Required(rx), rx) for rx in patterns]
    for chunk in [text] + [text[i:i + 60] for i in range(0, min(len(text), 6000), 11)]:
        for required, rx in searches:
            found, plain = required.search(chunk), rx.search(chunk)
            assert (found and found.span()) == (plain and plain.span()), (rx.pattern[:40], chunk)
