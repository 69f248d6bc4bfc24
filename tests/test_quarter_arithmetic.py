"""Arithmetic on a year's quarters (issue 20 item 4): the average quarterly figure of a fiscal year is the average of its
four quarters, each cited, never the year's figure divided by four; the trailing twelve months and that average name
every quarter they need and are not held. Every release here is written for the test."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over
from tests.test_cross_company import release

QUARTERS = {1: ("First", "March 31,", 100, 90), 2: ("Second", "June 30,", 110, 95), 3: ("Third", "September 30,", 120, 97),
            4: ("Fourth", "December 31,", 130, 99)}


def quarter_release(name: str, ticker: str, quarter: int) -> str:
    word, end, now, before = QUARTERS[quarter]
    return release(name, ticker, "NYSE", f"{word} Quarter 2024", "DAYTON", "February 12, 2025",
                   f"{word.lower()} quarter ended {end} 2024", end, end,
                   [("Revenue", now, before), ("Operating income", now // 10, before // 10)])


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    files = {f"brfl_q{n}.txt": quarter_release("Bramblefield Instruments Inc.", "BRFL", n) for n in (1, 2, 3, 4)}
    files |= {f"ktwk_q{n}.txt": quarter_release("Kettlewick Systems Inc.", "KTWK", n) for n in (1, 2, 4)}
    with engine_over(tmp_path_factory.mktemp("quarters"), files) as eng:
        yield eng


@pytest.mark.parametrize("question", ["Bramblefield average quarterly revenue in fiscal 2024",
                                      "bramblefield quarterly average revenue 2024"])
def test_the_average_quarterly_figure_of_a_year_averages_its_four_quarters(engine, question):
    a = ask_in_turn(engine, question)
    assert a.status == "answered" and a.value == pytest.approx(115e6)  # (100 + 110 + 120 + 130) / 4
    assert "/ 4" in a.text and len(a.citations) == 4  # the formula shown, every quarter cited


def test_a_quarter_not_held_is_named_never_averaged_over_fewer(engine):
    a = ask_in_turn(engine, "Kettlewick average quarterly revenue in fiscal 2024")
    assert a.status == "abstained" and a.value is None
    assert "I don't hold revenue for Q3 2024" in a.text and "Q1 2024, Q2 2024, Q3 2024 and Q4 2024" in a.text


def test_the_trailing_twelve_months_name_the_quarters_missing(engine):
    a = ask_in_turn(engine, "Kettlewick revenue ttm")
    assert a.status == "abstained" and a.value is None
    assert "trailing twelve months add four quarters" in a.text and "for Q3 2024 (printed" in a.text
    b = ask_in_turn(engine, "Bramblefield revenue ttm")
    assert b.status == "answered" and b.value == pytest.approx(460e6)


def test_an_average_of_one_year_with_no_quarters_asked_stays_unanswered(engine):
    """'average revenue in 2024' names one year and no quarters: neither the year's figure nor its quarters' average."""
    a = ask_in_turn(engine, "Bramblefield average revenue in 2024")
    assert a.status != "answered" and a.value is None


@pytest.fixture(scope="module")
def year_engine(tmp_path_factory):
    from tests.built_releases import INDUSTRIES, release as built
    software = next(i for i in INDUSTRIES if i.key == "software")
    with engine_over(tmp_path_factory.mktemp("year"), {"crvl.txt": built(software, "fixed")[0]}) as eng:
        yield eng


@pytest.mark.parametrize("question", ["Corvalent total revenue Q4 2024 as a share of FY 2024",
                                      "corvalent Q4 2024 total revenue as a percentage of fiscal 2024 total revenue"])
def test_a_quarter_as_a_share_of_its_year(year_engine, question):
    a = ask_in_turn(year_engine, question)
    assert a.status == "answered" and a.value == pytest.approx(100 * 141_005 / 549_920)
    assert "$141,005,000 / $549,920,000 = 25.6%" in a.text and "line 19" in a.text  # both on one cited line


@pytest.mark.parametrize("question", ["Corvalent total revenue Q4 2024 as a share of FY 2023",
                                      "Corvalent total assets Q4 2024 as a share of FY 2024"])
def test_no_share_of_a_period_the_part_is_not_within(year_engine, question):
    """A quarter of another year, or a balance (no span of time), is no part of the year asked: no share given."""
    a = ask_in_turn(year_engine, question)
    assert a.status != "answered" and a.value is None


BANK = """Harrowdale Bancorp, Inc. Reports Fourth Quarter and Full Year 2024 Results

TOLEDO, Ohio, Feb. 12, 2025 -- Harrowdale Bancorp, Inc. (NASDAQ: HRDL) today reported results for the fourth quarter and full year ended December 31, 2024.

                  CONSOLIDATED STATEMENTS OF INCOME
                         (in thousands)

                                        Three Months Ended         Year Ended
                                           December 31,            December 31,
                                        2024         2023       2024         2023
Net interest income                 $  48,210    $  45,120   $ 190,400    $ 180,100
Net income                             19,312       17,880      76,000       70,000

                     CONSOLIDATED BALANCE SHEETS
                         (in thousands)

                                              December 31,
                                           2024          2023
Total loans                           $  4,100,000  $  3,800,000
Total deposits                           4,702,100     4,455,300
Total assets                             5,612,300     5,300,100
Common shares outstanding                   50,000        44,000

                     AVERAGE BALANCES
                         (in thousands)

                                              Year Ended
                                              December 31,
                                           2024          2023
Average loans                         $  3,950,000  $  3,700,000
Average deposits                         4,600,000     4,400,000
Average total assets                     5,480,000     5,200,000
"""


@pytest.fixture(scope="module")
def balance_engine(tmp_path_factory):
    from tests.built_releases import INDUSTRIES, release as built
    software = next(i for i in INDUSTRIES if i.key == "software")
    with engine_over(tmp_path_factory.mktemp("balances"), {"crvl.txt": built(software, "fixed")[0], "hrdl.txt": BANK}) as eng:
        yield eng


def test_a_balance_averaged_over_a_year_is_its_opening_and_closing_balance(balance_engine):
    a = ask_in_turn(balance_engine, "Corvalent average total assets in fiscal 2024")
    assert a.status == "answered" and a.value == pytest.approx((1_157_480_000 + 1_218_400_000) / 2)
    assert "/ 2" in a.text and "opening balance" in a.text


@pytest.mark.parametrize("question, printed", [("Harrowdale average total deposits fiscal 2024", 4_600_000_000),
                                               ("harrowdale average total loans in 2024", 3_950_000_000)])
def test_a_printed_average_balance_is_given_never_a_computed_one(balance_engine, question, printed):
    """The bank prints 'Average deposits' for the year: that figure (4,600,000), never (4,455,300 + 4,702,100) / 2."""
    a = ask_in_turn(balance_engine, question)
    assert a.status == "answered" and a.value == pytest.approx(printed) and "/ 2" not in a.text


@pytest.mark.parametrize("question", ["Corvalent average total revenue in 2024", "Corvalent average total assets in 2023"])
def test_no_average_of_a_flow_over_one_year_nor_of_a_balance_missing_its_opening(balance_engine, question):
    """A year's revenue has no opening and close (its quarters are not held); the 2022 close is not held: no figure."""
    a = ask_in_turn(balance_engine, question)
    assert a.status != "answered" and a.value is None


def test_average_of_a_figure_named_with_it_is_that_figure(balance_engine):
    """'average diluted shares 2024': 'average' is the weighted average share count's own word, no operation asked."""
    a = ask_in_turn(balance_engine, "Corvalent average diluted shares 2024")
    assert a.status == "answered" and a.value == pytest.approx(68_111_000) and "/ 2" not in a.text


@pytest.mark.parametrize("question", ["Corvalent FY 2024 total revenue as a share of Q4 2024",
                                      "Corvalent Q4 2024 subscription revenue as a share of FY 2024 total revenue",
                                      "Corvalent Q4 2024 total revenue as a share of FY 2024 subscription revenue"])
def test_a_share_of_a_year_is_never_turned_round_nor_of_another_figure(year_engine, question):
    """review14: the whole over its part was given as the part over the whole (25.6% for FY over Q4), and a second
    figure named after "as a share of" was dropped (Q4 subscription revenue over the year's subscription revenue)."""
    a = ask_in_turn(year_engine, question)
    assert a.value is None or a.value != pytest.approx(100 * 141_005 / 549_920), a.text
    assert "25.6%" not in a.text, a.text


def test_an_average_share_count_is_never_the_opening_and_closing_counts_halved(balance_engine):
    """review14: 'average common shares outstanding in fiscal 2024' was (44,000 + 50,000) / 2 thousand — an analyst
    means the weighted average printed; a count of shares is never averaged from its opening and closing."""
    a = ask_in_turn(balance_engine, "Harrowdale average common shares outstanding in fiscal 2024")
    assert a.value != pytest.approx(47_000_000) and "/ 2" not in a.text, a.text
