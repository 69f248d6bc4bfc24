"""Arithmetic on cited figures over one annual-report table and its paragraphs (TAT-QA's layout: the
table as pipe lines, then the text), each document written here and ingested as an excerpt under an
invented company: the operation each question form asks for, and the wrong answers it once gave."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

LIQUIDITY = """|  | December 31, |  |
| --- | --- | --- |
|  | 2019 | 2018 |
| Cash and cash equivalents | $121,398 | $148,502 |
| Availability under revolving credit facility | 261,000 | 500,000 |
| Total liquidity | $382,398 | $648,502 |

The following table sets forth our available liquidity for the periods indicated (in thousands):
"""

AFFILIATES = """|  |  | December 31, |  |  |
| --- | --- | --- | --- | --- |
| (in thousands of $) | 2019 | 2018 | Change | % Change |
| Share in net (loss)/earnings in Ostrava Partners | (20,050) | 7,001 | (27,051) | (386)% |
| Impairment of investment in Ostrava Partners | — | (149,389) | 149,389 | 100% |
|  | (22,565) | (138,677) | 116,112 | (84)% |

Equity in net earnings of affiliates: the impairment charge was recognized for the year ended December 31, 2018.
"""

REVENUES = """| (Dollars in thousands) | Year Ended December 31, |  |
| --- | --- | --- |
|  | 2019 | 2018 |
| Software-as-a-service related | $ 72,831 | $ 65,646 |
| Maintenance | 10,519 | 9,834 |
| Total software-related revenues | 83,350 | 75,480 |

Maintenance revenue increased $0.7 million, or 7.0%, from $9.8 million in the year ended December 31, 2018 to $10.5 million for the year ended December 31, 2019.
"""

FRANCHISE = """|  | 2019 | 2018 | 2017 |
| --- | --- | --- | --- |
| Franchise rental revenues | $272,815 | $259,047 | $250,112 |
| Royalties | 163,047 | 155,939 | 150,020 |
| Total franchise revenues | $435,862 | $414,986 | $400,132 |
| Franchise costs as a % of total franchise revenues | 58.2% | 40.3% | 41.0% |
| Restructuring charges | 41.9 | 60.3 | 12.0 |
| Cost of franchise revenues | 149,495 | 176,223 | 150,000 |

The following table presents franchise revenues and costs in each fiscal year (dollars in thousands):
"""

RELEASE = """Harlowe Instruments, Inc. Reports Fourth Quarter and Full Year 2024 Results

BOSTON, February 10, 2025 -- Harlowe Instruments, Inc. (NASDAQ: HRLW) today reported results for the fourth quarter and full year ended December 31, 2024.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                     Three Months Ended        Year Ended
                                        December 31,           December 31,
                                      2024       2023        2024       2023
Revenue                            $ 6,200    $ 5,000    $ 22,500   $ 19,000
Cost of revenue                      2,000      1,800       7,500      6,900
"""

AMORTIZATION = """| Years Ended | July 27, 2019 | July 28, 2018 |
| --- | --- | --- |
| Amortization of purchased intangible assets: |  |  |
| Cost of sales | $624 | $640 |
| Operating expenses |  |  |
| Amortization of purchased intangible assets | 150 | 221 |
| Total | $774 | $861 |

The following table presents the amortization of purchased intangible assets (in millions):
"""

CONNECTIONS = """|  | Year Ended December 31, |  |  |
| --- | --- | --- | --- |
|  | 2018 | 2017 | Change |
| Customer connections | 45,310 | 40,220 | 12.7% |
| Average monthly price | $ 512 | $ 540 | (8.3)% |
"""

JOINT_VENTURES = """|  |  | December 31, |  |  |
| --- | --- | --- | --- | --- |
| (in thousands of $) | 2019 | 2018 | Change | % Change |
| Share of net earnings in joint ventures | 5,210 | 1,130 | 4,080 | 361% |
| Impairment of investment in joint ventures | — | (2,000) | 2,000 | 100% |
"""

DOCUMENTS = {"Quendrel Holdings": LIQUIDITY, "Hestermoor Holdings": JOINT_VENTURES, "Orrindale Holdings": CONNECTIONS, "Brisvane Holdings": AFFILIATES,
             "Tolvaro Holdings": REVENUES, "Wexmoor Holdings": FRANCHISE, "Dunharrow Holdings": AMORTIZATION, "": RELEASE}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("arithmetic")
    con = connect(folder / "store.duckdb")
    for i, (company, text) in enumerate(DOCUMENTS.items()):
        path = folder / f"table_{i}.txt"
        path.write_text(text)
        ingest(con, [path], company=company or None)
    con.close()
    e = Engine(folder / "store.duckdb")
    yield e
    e.close()


def ask(engine: Engine, text: str):
    answer, _ = engine.ask(text, Context())
    return answer


def test_a_difference_is_how_far_apart_the_figures_are_and_says_which_is_larger(engine):
    """'the difference in X between 2018 and 2019' was answered -$239.00 million, the change's sign: a
    difference is a size, the direction said in words; 'the change' keeps the sign (a decrease negative)."""
    gap = ask(engine, "Quendrel: What is the difference in availability under revolving credit facility between 2018 and 2019?")
    assert gap.status == "answered" and gap.value == 239_000_000 and gap.kind == "arithmetic"
    assert "$500.00 million − $261.00 million" in gap.text and "lower" in gap.text
    assert len(gap.citations) >= 1
    change = ask(engine, "Quendrel: What was the change in availability under revolving credit facility between 2018 and 2019?")
    assert change.value == -239_000_000 and "Change in" in change.text


def test_a_year_on_year_change_is_an_amount(engine):
    """'the year-on-year change in X' was read as a percent change (38.6%); 'the change' is an amount."""
    a = ask(engine, "Quendrel: What is the year-on-year change in total liquidity?")
    assert a.status == "answered" and a.value == 382_398_000 - 648_502_000 and a.unit == "USD"


def test_a_stated_change_of_signed_figures_is_not_the_change_of_an_expense_by_size(engine):
    """An impairment printed (149,389) then '—', beside a '% Change' column of 100%: compared by size it
    fell 100%; the column's +100% (the signed figure rose) was given as the impairment's change."""
    a = ask(engine, "Brisvane: What was the percentage change in impairment of investment in Ostrava Partners?")
    assert a.status == "answered" and a.value == -100.0 and "fell" in a.text


def test_a_stated_change_the_computed_one_rounds_is_given_to_the_computed_ones_decimals(engine):
    """A 'Change' column printing 12.7% beside 45,310 and 40,220 (12.655%): the answer's value was the printed
    12.7, where a change computed alone keeps two decimals; the two agree, so the value is 12.66 and the text
    still says the release's 12.7%. A stated change the figures do not bear out (-8.3% printed, -5.2% computed) is
    of some basis the row does not name: both are said, neither given (it was the stated one until analyst5's eu08
    showed a like-for-like change so given as the growth)."""
    a = ask(engine, "Orrindale: What is the percentage change in customer connections between 2017 and 2018?")
    assert a.status == "answered" and a.value == 12.66 and "12.7%" in a.text and "as the release states" in a.text
    b = ask(engine, "Orrindale: What is the percentage change in average monthly price between 2017 and 2018?")
    assert b.value is None and "-8.3%" in b.text and "-5.2%" in b.text, b.text  # (512 - 540) / 540 = -5.19%


@pytest.mark.parametrize("periods", ["between 2019 and 2018", "between 2018 and 2019", "from 2018 to 2019"])
def test_a_row_named_share_of_is_the_figure_whose_change_is_asked_not_a_share_of_a_total(engine, periods):
    """'the percentage change in share of net earnings in joint ventures between 2019 and 2018': the row's own
    words 'share of' were read as a share of a total asked ('not held'); the row is named, its change asked."""
    a = ask(engine, f"Hestermoor: What was the percentage change in share of net earnings in joint ventures {periods}?")
    assert a.status == "answered" and a.value == 361.06, a.text


def test_arithmetic_takes_a_rounded_prose_figure_as_its_table_prints_it_in_full(engine):
    """'$9.8 million' and '$10.5 million' of the prose were averaged ($10.15 million) though the table
    prints them 9,834 and 10,519 (thousands): the average is $10,176,500, from the table's cells."""
    avg = ask(engine, "Tolvaro: What is the average maintenance revenue in 2018 and 2019?")
    assert avg.status == "answered" and avg.value == 10_176_500
    assert any("| Maintenance | 10,519 | 9,834 |" in c.quote for c in avg.citations)
    share = ask(engine, "Tolvaro: What is the maintenance revenue as a percentage of the total software-related revenues in 2019?")
    assert share.status == "answered" and abs(share.value - 10_519 / 83_350 * 100) < 1e-4


def test_an_average_annual_figure_averages_the_years_named_or_else_the_years_held(engine):
    """'average annual' was read as a period of its own (a year with no year): 'which period?' beside two
    named years, and 'average' unexplained with none. With no year it averages the years the latest
    release gives, never its quarters."""
    named = ask(engine, "Wexmoor: What is the average annual royalties in 2018 and 2019?")
    assert named.status == "answered" and named.value == (163_047_000 + 155_939_000) / 2
    held = ask(engine, "Wexmoor: What is the average annual royalties?")
    assert held.status == "answered" and held.value == pytest.approx((163_047_000 + 155_939_000 + 150_020_000) / 3)
    years = ask(engine, "Harlowe: what is the average annual revenue?")
    assert years.status == "answered" and years.value == (22_500_000 + 19_000_000) / 2 and "FY 2023" in years.text
    quarters = ask(engine, "Harlowe: what is the average revenue?")  # no 'annual': the latest release's quarters
    assert quarters.value == (6_200_000 + 5_000_000) / 2


def test_across_two_years_and_the_years_ended_name_the_periods_added(engine):
    """'across 2018 and 2019' left 'across' unexplained; 'the years ended December 31, 2019 and 2018' read
    the first as a balance-sheet date (for a flow figure: its fourth quarter, not held)."""
    total = ask(engine, "Wexmoor: What was the total amount of royalties across 2018 and 2019?")
    assert total.status == "answered" and total.value == 163_047_000 + 155_939_000
    avg = ask(engine, "Harlowe: What is the average revenue for the years ended December 31, 2024 and 2023?")
    assert avg.status == "answered" and avg.value == (22_500_000 + 19_000_000) / 2


def test_a_share_of_a_total_asked_in_annual_report_words(engine):
    """'the percentage constitution of A among the total B' and 'A expressed as a percentage to B' were
    refused ('among', 'expressed' unexplained)."""
    among = ask(engine, "Wexmoor: What is the percentage constitution of royalties among the total franchise revenues in 2019?")
    assert among.status == "answered" and abs(among.value - 163_047 / 435_862 * 100) < 1e-4
    assert len(among.citations) == 2 and among.unit == "percent"
    to = ask(engine, "Wexmoor: What is the royalties expressed as a percentage to total franchise revenues for 2018?")
    assert to.status == "answered" and abs(to.value - 155_939 / 414_986 * 100) < 1e-4


def test_an_operation_asked_as_a_percentage_never_answers_with_amounts(engine):
    """'the average % of revenue for restructuring charges' was answered with the average of the amounts."""
    a = ask(engine, "Wexmoor: What is the average % of franchise revenues for cost of franchise revenues in 2018 and 2019?")
    assert a.status == "abstained" and a.value is None and "asks for a percentage" in a.text
    pct = ask(engine, "Wexmoor: What is the average franchise costs as a % of total franchise revenues in 2018 and 2019?")
    assert pct.status == "answered" and abs(pct.value - (58.2 + 40.3) / 2) < 1e-9 and pct.unit == "percent"


def test_the_companys_figure_and_a_proportion_of_another(engine):
    """'the company's average royalties' left 'companys' unexplained; 'the proportion of A over B' (a
    fraction, as its questions want it) was refused, 'proportion' spelt into 'promotion'."""
    avg = ask(engine, "Wexmoor: What is the company's average royalties in 2018 and 2019?")
    assert avg.status == "answered" and avg.value == (163_047_000 + 155_939_000) / 2
    total = ask(engine, "Wexmoor: What is the company's total royalties in 2018 and 2019?")
    assert total.status == "answered" and total.value == 163_047_000 + 155_939_000
    part = ask(engine, "Wexmoor: What is the proportion of royalties over total franchise revenues in 2019?")
    assert part.status == "answered" and abs(part.value - 163_047 / 435_862) < 1e-6 and part.unit is None
    assert "163,047,000" in part.text.replace("$", "") or "$163.05 million" in part.text


def test_an_excerpts_share_counts_are_as_printed_where_its_caption_excepts_share_data() -> None:
    """'(in thousands, except share and per share data)' stated apart from the table: its dollars are
    thousands, its share counts as printed — they were multiplied by 1,000 (182 shares became 182,000)."""
    from parsers.document import parse_text
    text = "\n".join(["|  | 2019 | 2018 |", "| --- | --- | --- |", "| Net Loss | $(15,571) | $(24,122) |",
                      "| Weighted average common shares, basic | 16,223 | 16,041 |", "",
                      "The following is a reconciliation of the weighted average shares outstanding for the basic "
                      "loss per share computations (in thousands, except share and per share data):"]) + "\n"
    doc = parse_text("example.txt", text, excerpt=True)
    shares = {f.value for f in doc.figures if f.label.startswith("Weighted average")}
    loss = {f.value for f in doc.figures if f.label == "Net Loss"}
    assert shares == {16_223.0, 16_041.0} and loss == {-15_571_000.0, -24_122_000.0}


def test_a_ratio_naming_no_period_takes_the_latest_period_held_and_says_so(engine):
    """'the ratio of A to B' with no period was refused as an operation not supported; a figure asked with
    no period is the latest held, and so are both parts of a ratio (the first part's period for both)."""
    a = ask(engine, "Wexmoor: What is the ratio of royalties to total franchise revenues?")
    assert a.status == "answered" and abs(a.value - 163_047 / 435_862) < 1e-6
    assert "FY 2019" in a.text and "names no period" in a.text and len(a.citations) == 2


def test_a_total_asked_is_never_answered_with_a_part_above_a_bare_total_row(engine):
    """'the total amortization of purchased intangible assets' was answered with the operating-expense line
    of that name (150 and 221: -32.1%), the table's 'Total' row (774 and 861) printed below it; the part is
    no answer for the total. The bare 'Total' every row of the table adds up to is the caption's subject's total
    ('Total amortization of purchased intangible assets', parsers/grid_tables._whole_tables_total): the total asked
    is that row, and a sum of it over two years adds that row's figures, never the part's."""
    a = ask(engine, "Dunharrow: What was the percentage change in the total amortization of purchased intangible assets between 2018 and 2019?")
    assert a.status == "answered" and abs(a.value - (774 - 861) / 861 * 100) < 0.01, a.text
    avg = ask(engine, "Dunharrow: What is the average total amortization of purchased intangible assets in 2018 and 2019?")
    assert avg.status == "answered" and avg.value == (774_000_000 + 861_000_000) / 2
    part = ask(engine, "Dunharrow: What was the percentage change in the amortization of purchased intangible assets between 2018 and 2019?")
    assert part.status == "answered" and abs(part.value - (150 - 221) / 221 * 100) < 0.01
    total = ask(engine, "Dunharrow: What is the total amortization of purchased intangible assets in 2018 and 2019?")
    assert total.status == "answered" and total.value == 774_000_000 + 861_000_000  # never the part's 150 + 221


def test_two_quarters_named_with_one_year_are_both_of_that_year() -> None:
    """'between Q3 and Q4 2020' lost its Q3 (a year-less quarter beside a dated one was dropped as a
    repeat), so the change was asked of Q4 2020 against Q4 2019."""
    from chat.periods import find_periods
    from chat.question import _share_years
    specs = _share_years([s for _, _, s in find_periods("the change in revenue between q3 and q4 2020")])
    assert [(s.kind, s.quarter, s.year) for s in specs] == [("Q", 3, 2020), ("Q", 4, 2020)]
    one = _share_years([s for _, _, s in find_periods("q3 revenue fiscal 2007")])
    assert [(s.kind, s.quarter, s.year) for s in one] == [("Q", 3, 2007)]


def test_a_figure_earned_is_the_figure(engine):
    """'the total royalties earned in 2018 and 2019' left 'earned' unexplained, as 'generated' never did."""
    a = ask(engine, "Wexmoor: What is the total royalties earned in both 2018 and 2019?")
    assert a.status == "answered" and a.value == 163_047_000 + 155_939_000


def test_two_figures_named_apart_are_added_or_set_apart_both_cited(engine):
    """'the total of A and B in 2019' and 'the difference between A and B' were refused (the second name
    left unexplained): each part is read as a figure of its own, both from one release, both cited."""
    total = ask(engine, "Wexmoor: What is the total of royalties and franchise rental revenues in 2019?")
    assert total.status == "answered" and total.value == 163_047_000 + 272_815_000 and len(total.citations) == 2
    assert "$163,047,000 + $272,815,000" in total.text or "+" in total.text
    gap = ask(engine, "Wexmoor: What is the difference between royalties and franchise rental revenues in 2018?")
    assert gap.status == "answered" and gap.value == 259_047_000 - 155_939_000
    assert "royalties is lower than franchise rental revenues" in gap.text.lower()
    units = ask(engine, "Wexmoor: What is the total of royalties and franchise costs as a % of total franchise revenues in 2019?")
    assert units.value is None  # an amount and a percentage are never added


def test_a_name_holding_and_is_never_split_at_a_guess(engine):
    """'Cash and cash equivalents' is one figure: a sum over its 'and' is no reading of it."""
    a = ask(engine, "Quendrel: What is the total of cash and cash equivalents in 2019?")
    assert a.status == "answered" and a.value == 121_398_000
