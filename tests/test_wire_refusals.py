"""Refusals of the wire questions (issue 19) fixed by class, each on a release written here: a fiscal year
named by the two calendar years it spans ("H1 2024-25"); companies named side by side for "the latest" whose
latest quarters end apart (issue 20); a change the prose states beside an amount of change ("an increase of $14.1
million, or 22%"), with a sign ("up +3.6%"), or after a sequential one ("6.7% sequentially, and up 4.2%
year-over-year"); a margin computed from figures the prose rounds, said only to the digits the rounding leaves
sure; "H1" in a release's prose, with its year or without, is the first half, and a signed change in parentheses after an amount ("(+11%)") its change; a bank's ratios block that prints "%" on its first row only. Every company and figure here is invented."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from tests.built_releases import engine_over

HALF_YEAR = """Halvorsen Orbital SA Reports First Half 2024-25 Results

PARIS, February 14, 2025 -- Halvorsen Orbital SA (Euronext Paris: HLVO) today reported results for the first half of \
its fiscal year 2024-25, the six months ended December 31, 2024. The fiscal year ends June 30, 2025.

CONSOLIDATED INCOME STATEMENT
(in thousands of euros)

                                                                Six Months Ended
                                                                   December 31,
                                                                  2024        2023
Revenue                                                         € 52,000    € 48,000
Operating expenses                                                (21,000)    (20,000)
Operating income                                                  12,600      11,000
Net income                                                         8,100       7,200
"""

QUARTER = """{name} Reports {quarter} Results

DENVER, {dated} -- {name} (NYSE: {ticker}) today reported results for the quarter ended {ended}.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   {month}
                                                                  {now}        {before}
Revenue                                                         $ {rev}    $ {rev0}
Operating income                                                   7,900       7,100
Net income                                                         5,400       4,900
"""

PROSE = """Tallon Instruments Reports Fourth Quarter 2024 Results

DENVER, February 12, 2025 -- Tallon Instruments, Inc. (NYSE: TLLN) today reported results for the fourth quarter ended \
December 31, 2024.

Revenues totaled $77.9 million for the quarter ended December 31, 2024, an increase of $14.1 million, or 22% from the \
prior year's comparable quarter.

Operating income increased $2.3 million, or 21.5%, to $13.0 million in the fourth quarter of 2024.

Net income reached $9.2 million in the fourth quarter of 2024, up +3.6% on a reported basis.

Gross profit was $30.3 million, an increase of 6.7% sequentially, and up 4.2% year-over-year.

Adjusted EBITDA was $18.4 million, an increase of 5.5% sequentially and 9.9% from the fourth quarter of 2023.

Operating expenses were $17.3 million, a decrease of $0.6 million, or 3.4% sequentially.
"""

ROUNDED = """Wexford Analytics Reports Third Quarter 2024 Results

DENVER, November 6, 2024 -- Wexford Analytics Inc. (NASDAQ: WXFD) today reported results for the third quarter ended \
September 30, 2024.

* Total revenue of $35.8 million in the third quarter of 2024.
* Operating income of $11.2 million in the third quarter of 2024.
* Net income of $9.6 million in the third quarter of 2024.
"""

COARSE = """Quorlan Systems Reports Fourth Quarter 2024 Results

AUSTIN, Texas, February 11, 2025 -- Quorlan Systems, Inc. (NASDAQ: QRLN) today reported results for the fourth quarter \
ended December 31, 2024.

* Total revenue of $3 million in the fourth quarter of 2024.
* Net income of $2 million in the fourth quarter of 2024.
"""

HALF_TOKEN = """Ketterby Spirits Reports Second Quarter Fiscal 2025 Results

TORONTO, February 6, 2025 -- Ketterby Spirits Ltd. (TSX: KTSB) today reported results for the second quarter of fiscal \
2025, the three months ended December 31, 2024. The fiscal year ends June 30, 2025.

Q2 Revenue of $61.7 million (+10% year-over-year)

H1 Revenue at $126.8 million (+11%)

H1 2024-25 net earnings at $14.2 million

Q2 operating income of $9.1 million (+5% QoQ)
"""

RATIOS = """Harrowgate Bancorp Reports Fourth Quarter 2024 Results

DENVER, January 28, 2025 -- Harrowgate Bancorp, Inc. (NASDAQ: HRWB) today reported results for the fourth quarter ended \
December 31, 2024.

**Selected Financial Data** (dollars in thousands)

|  | Three Months Ended | | Twelve Months Ended | |
| --- | --- | --- | --- | --- |
|  | December 31, | | December 31, | |
|  | 2024 | 2023 | 2024 | 2023 |
| Net interest income | $ 12,400 | $ 11,900 | $ 48,100 | $ 46,300 |
| Net income | 3,100 | 2,800 | 11,900 | 10,700 |
| **Performance Ratios:** |  |  |  |  |
| Return on average assets | 0.91 % | 0.84 % | 0.88 % | 0.80 % |
| Net interest margin | 3.12 | 2.98 | 3.05 | 2.91 |
| Net interest spread | 2.45 | 2.40 | 2.41 | 2.38 |
| Return on average equity (annualized) | 9.80 | 8.90 | 9.40 | 8.60 |
"""

RELEASES = {"halvorsen_h1.txt": HALF_YEAR, "harrowgate_q4.md": RATIOS, "ketterby_q2.txt": HALF_TOKEN, "tallon_q4.txt": PROSE, "wexford_q3.txt": ROUNDED,
            "quorlan_q4.txt": COARSE,
            "marrow_q4.txt": QUARTER.format(name="Marrowfield Tools, Inc.", ticker="MRWT", quarter="Fourth Quarter 2024",
                                            dated="February 12, 2025", ended="December 31, 2024", month="December 31,",
                                            now="2024", before="2023", rev="41,000", rev0="38,000"),
            "quenby_q1.txt": QUARTER.format(name="Quenby Labs Corp.", ticker="QNBL", quarter="First Quarter 2025",
                                            dated="May 6, 2025", ended="March 31, 2025", month="March 31,",
                                            now="2025", before="2024", rev="23,000", rev0="20,000")}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    with engine_over(tmp_path_factory.mktemp("wire_refusals"), RELEASES) as e:
        yield e


@pytest.mark.parametrize("question,figure", [
    ("Halvorsen revenue growth H1 2024-25", "8.3%"),
    ("Halvorsen revenue first half 2024/25", "52.00 million"),
    ("Halvorsen operating income H1 2024–25", "12.60 million"),
    ("Halvorsen net income 2024-25 first half", "8.10 million"),
])
def test_a_fiscal_year_named_by_its_two_calendar_years_is_the_year_it_ends_in(engine, question, figure):
    """"H1 2024-25" is the first half of the fiscal year ending in 2025: it was read as 2024 with "-25" left over,
    and the half a year earlier (or none) was asked for."""
    reply = engine.ask(question)[0].text
    assert figure in reply and "6M FY2025" in reply, reply


def test_a_date_is_no_spanned_year():
    from chat.periods import find_periods
    assert [(s.kind, s.end) for _, _, s in find_periods("cash at 2011-12-31")][0][0] == "instant"
    assert [s.year for _, _, s in find_periods("revenue 2023-2024")] == [2023, 2024]  # a range of years stays two years
    assert [(s.kind, s.year) for _, _, s in find_periods("revenue 2024-26")] == []  # no fiscal year spans three years


@pytest.mark.parametrize("question", ["Marrowfield vs Quenby revenue last quarter", "compare Marrowfield and Quenby revenue",
                                      "Marrowfield and Quenby revenue latest quarter"])
def test_companies_named_for_the_latest_quarter_each_give_their_own_named(engine, question):
    """Two companies whose latest quarters end apart: each company's latest quarter, each named, and the dates they
    end said (it gave the one most of them give and said the other did not give it)."""
    a = engine.ask(question)[0]
    assert a.status == "answered", a.text
    assert "$41.00 million (Q4 2024)" in a.text and "$23.00 million (Q1 2025)" in a.text, a.text
    assert "different dates" in a.text and "don't give" not in a.text, a.text
    assert {c.doc for c in a.citations} == {"marrow_q4.txt", "quenby_q1.txt"}, a.citations


def test_companies_named_for_a_quarter_both_end_keep_one_period(engine):
    """A quarter named: that one period, as before, never each company's latest."""
    text = engine.ask("Marrowfield vs Quenby revenue Q4 2024")[0].text
    assert "$41.00 million (Q4 2024)" in text and "each company's latest" not in text, text


@pytest.mark.parametrize("question,said,line", [
    ("Tallon revenue growth Q4 2024", "rose 22% in Q4 2024 against Q4 2023", 5),  # after the amount of change
    ("Tallon operating income growth Q4 2024", "rose 21.5% in Q4 2024 against Q4 2023", 7),  # before the level
    ("Tallon net income growth Q4 2024", "rose 3.6% in Q4 2024 against Q4 2023", 9),  # "up +3.6%"
    ("Tallon gross profit growth Q4 2024", "rose 4.2% in Q4 2024 against Q4 2023", 11),  # the sequential one passed
])
def test_a_change_the_prose_states_beside_its_amount_or_sign_is_the_figures_change(engine, question, said, line):
    """The percentage after an amount of change (", or 22%"), with a plus sign, or said year-over-year after a
    sequential change: the year's change of the figure, as the release states it (all were refused: no earlier
    figure to compute from)."""
    a = engine.ask(question)[0]
    assert said in a.text and "as the release states" in a.text, a.text
    assert [(c.doc, c.line) for c in a.citations] == [("tallon_q4.txt", line)], a.citations


@pytest.mark.parametrize("question", ["Tallon adjusted EBITDA growth Q4 2024", "Tallon operating expenses change Q4 2024"])
def test_a_sequential_change_is_never_the_year_change(engine, question):
    """"5.5% sequentially and 9.9% from the fourth quarter of 2023" (no word of change on the second), "a decrease of
    $0.6 million, or 3.4% sequentially": no year-on-year change is stated, so none is given."""
    a = engine.ask(question)[0]
    assert a.status != "answered" and "%" not in a.text.split(".")[0], a.text


def test_a_margin_of_rounded_figures_is_said_to_the_digits_their_rounding_leaves_sure(engine):
    """$11.2 million over $35.8 million is 31.28%, but the amounts they round give anything from 31.10% to 31.47%:
    "about 31%", never "31.28%" (the release's own table printed 31%, and the unrounded figures give 31.36%)."""
    a = engine.ask("Wexford operating margin Q3 2024")[0]
    assert a.status == "answered" and a.value == 31.0 and "about 31%" in a.text and "31.28" not in a.text, a.text
    b = engine.ask("Wexford net margin Q3 2024")[0]  # 9.6 / 35.8: 26.82%, anything from 26.62% to 27.02%: "about 27%"
    assert b.value == 27.0 and "about 27%" in b.text, b.text


def test_a_margin_of_figures_too_rounded_to_give_it_is_no_figure(engine):
    """$2 million of $3 million is 66.7%, but the amounts they round allow anything from 43% to 100%: no percentage is
    stated (it was said as 66.67% with no caveat); the reply gives the span and cites both inputs."""
    a = engine.ask("Quorlan net margin Q4 2024")[0]
    assert a.status == "abstained" and a.value is None, a.text
    assert "43%" in a.text and "100%" in a.text and "66.6" not in a.text and len(a.citations) == 2, a.text


def test_a_margin_of_exact_figures_keeps_its_decimals(engine):
    """Figures a table prints: the margin as computed, to two decimals (7,900 / 41,000)."""
    a = engine.ask("Marrowfield operating margin Q4 2024")[0]
    assert a.value == round(100 * 7900 / 41000, 4) and "about" not in a.text, a.text


@pytest.mark.parametrize("question,said,line", [
    ("Ketterby revenue Q2 fiscal 2025", "for Q2 FY2025: $61.70 million", 5),
    ("Ketterby revenue first half fiscal 2025", "for 6M FY2025: $126.80 million", 7),
    ("Ketterby net income H1 2024-25", "for 6M FY2025: $14.20 million", 9),
])
def test_h1_in_a_releases_prose_is_its_first_half(engine, question, said, line):
    """"H1 Revenue at $126.8 million" in a second quarter's release was read as the quarter's, beside the quarter's own
    $61.7 million: the quarter's revenue was asked back and the half's not held."""
    a = engine.ask(question)[0]
    assert a.status == "answered" and said in a.text, a.text
    assert [(c.doc, c.line) for c in a.citations] == [("ketterby_q2.txt", line)], a.citations


@pytest.mark.parametrize("question,said", [("Ketterby revenue growth Q2 fiscal 2025", "rose 10% in Q2 FY2025"),
                                           ("Ketterby revenue growth first half fiscal 2025", "rose 11% in 6M FY2025")])
def test_a_signed_change_in_parentheses_after_an_amount_is_its_change(engine, question, said):
    """"$61.7 million (+10% year-over-year)", "$126.8 million (+11%)": the release's change of the figure (refused: no
    earlier figure held)."""
    a = engine.ask(question)[0]
    assert said in a.text and "as the release states" in a.text, a.text


def test_a_change_in_parentheses_against_the_quarter_before_is_not_the_years(engine):
    a = engine.ask("Ketterby operating income growth Q2 fiscal 2025")[0]
    assert a.status != "answered" and "5%" not in a.text, a.text


@pytest.mark.parametrize("question,value", [("Harrowgate net interest margin Q4 2024", 3.12),
                                            ("Harrowgate net interest margin 2024", 3.05)])
def test_a_ratio_under_a_ratios_heading_is_a_percentage_without_its_mark(engine, question, value):
    """"Net interest margin | 3.12" under "Performance Ratios:", the "%" printed on the block's first row only: 3.12%,
    never $3.12 thousand (it was read as an amount of the table's scale, and the margin was not held)."""
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == value and a.unit == "percent", a.text
    assert [(c.doc, c.line) for c in a.citations] == [("harrowgate_q4.md", 15)], a.citations


def test_amounts_above_a_ratios_heading_keep_their_scale(engine):
    a = engine.ask("Harrowgate net interest income Q4 2024")[0]
    assert a.value == 12_400_000 and a.unit == "USD", a.text
