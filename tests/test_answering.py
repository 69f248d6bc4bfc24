"""Issue 20, "answer what analysts ask": periods left out or said loosely, companies the store does
not hold, a default company, and arithmetic on cited figures — over releases of invented companies
written here, ingested into a store of their own."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chat.batch import Item, run
from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

VEXA = """Vexa Biosystems, Inc. Reports Fourth Quarter and Full Year 2024 Results

BOSTON, February 10, 2025 -- Vexa Biosystems, Inc. (NASDAQ: VXBS) today reported results for the fourth quarter and full year ended December 31, 2024.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                     Three Months Ended        Year Ended
                                        December 31,           December 31,
                                      2024       2023        2024       2023
Revenue                            $ 6,200    $ 5,000    $ 22,500   $ 19,000
Cost of revenue                      2,000      1,800       7,500      6,900
Net loss                            (1,100)    (1,500)     (4,000)    (5,200)
Net loss per share, basic and diluted $ (0.11) $ (0.15)   $ (0.40)   $ (0.52)
"""

TOLLAND = """Tolland Granite Works Corp. Reports Third Quarter 2024 Results

HARTFORD, October 30, 2024 -- Tolland Granite Works Corp. (NYSE: TGWC) today reported results for the third quarter ended September 30, 2024.

CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share data)

                                     Three Months Ended        Nine Months Ended
                                        September 30,           September 30,
                                      2024       2023        2024       2023
Revenue                            $ 3,300    $ 3,000    $  9,600   $  8,700
Net income                             400        350       1,150        990
Diluted earnings per share         $  0.20    $  0.18    $   0.58   $   0.50
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("answering")
    for name, text in (("vexa_q4_2024.txt", VEXA), ("tolland_q3_2024.txt", TOLLAND)):
        (folder / name).write_text(text)
    db = folder / "store.duckdb"
    con = connect(db)
    ingest(con, [folder / "vexa_q4_2024.txt", folder / "tolland_q3_2024.txt"])
    con.close()
    e = Engine(db)
    yield e
    e.close()


def ask(engine: Engine, text: str, context: Context | None = None):
    return engine.ask(text, context)[0]


# -- 1. periods left out or said loosely --------------------------------------------------------
def test_no_period_takes_the_latest_and_names_the_year_of_the_same_release(engine):
    a = ask(engine, "Vexa revenue")
    assert a.status == "answered" and a.value == 6_200_000 and a.period == "Q4 2024"
    assert "latest period" in a.text and "FY 2024: $22.50 million" in a.text
    assert {c.line for c in a.citations} == {11}


def test_loose_periods_read_against_the_latest_release(engine):
    assert ask(engine, "Vexa revenue last year").value == 22_500_000
    assert ask(engine, "Vexa revenue most recent quarter").value == 6_200_000
    assert ask(engine, "Tolland revenue year to date").value == 9_600_000  # the nine months
    assert ask(engine, "Tolland revenue this year").period == "9M 2024"


def test_trailing_twelve_months_needs_four_quarters(engine):
    a = ask(engine, "Tolland trailing twelve months revenue")
    assert a.status == "abstained" and a.value is None  # Q3 and nine months held: no sum of one quarter


def test_trailing_twelve_months_ending_a_fiscal_year_are_that_year(engine):
    a = ask(engine, "Vexa trailing twelve months revenue")  # Q4 is the latest quarter: the twelve months are FY 2024
    assert a.status == "answered" and a.value == 22_500_000 and a.period == "FY 2024"
    assert "trailing twelve months" in a.text


def test_current_assets_is_no_period(engine):
    from chat.periods import find_periods
    assert find_periods("total current assets") == []
    assert [s.kind for _, _, s in find_periods("revenue current quarter")] == ["latest_quarter"]


# -- 2. companies ---------------------------------------------------------------------------------
def test_a_company_the_store_does_not_hold_is_named(engine):
    a = ask(engine, "Quarry Hill Mills diluted EPS")
    assert a.status == "abstained" and a.value is None
    assert "I hold no releases of Quarry Hill Mills" in a.text and "Which company" not in a.text


def test_which_company_lists_names_that_read_whole(engine):
    a = ask(engine, "revenue Q3 2024")
    assert a.status == "clarify" and "Inc.." not in a.text and "Corp.." not in a.text


def test_words_of_the_company_name_are_used_up(engine):
    a = ask(engine, "vexa biosystems net loss 2024")
    assert a.status == "answered" and a.value == -4_000_000 and a.segment is None


def test_default_company_of_a_conversation_and_of_a_batch_line(engine):
    context = engine.context_for("Tolland Granite")
    assert ask(engine, "revenue Q3 2024", context).value == 3_300_000
    items = [Item("1", "revenue Q3 2024", company="TGWC"), Item("2", "revenue Q4 2024", company="Vexa"),
             Item("3", "revenue Q4 2024")]
    answers = [a for _, a in run(engine, items)]
    assert [a.value for a in answers[:2]] == [3_300_000, 6_200_000] and answers[2].status == "clarify"
    with pytest.raises(ValueError, match="no releases of Quarry"):
        engine.context_for("Quarry Hill")


def test_ask_exits_1_when_it_abstains_or_asks_back(engine):
    cmd = [sys.executable, "-m", "chat", "--db", str(engine.db_path), "ask"]
    ok = subprocess.run(cmd + ["revenue Q3 2024", "--company", "Tolland"], capture_output=True, text=True)
    asked_back = subprocess.run(cmd + ["revenue Q3 2024"], capture_output=True, text=True)
    assert ok.returncode == 0 and "$3.30 million" in ok.stdout
    assert asked_back.returncode == 1 and "Which company" in asked_back.stdout


# -- 3. arithmetic on cited figures ---------------------------------------------------------------
def test_average_sum_and_difference_show_their_formula_and_cite_the_inputs(engine):
    avg = ask(engine, "Vexa average revenue 2023 and 2024")
    assert avg.status == "answered" and avg.value == 20_750_000 and "/ 2" in avg.text
    total = ask(engine, "Vexa: what is the total revenue for 2023 and 2024?")
    assert total.value == 41_500_000 and "+" in total.text
    change = ask(engine, "Vexa: what was the change in revenue from 2023 to 2024?")
    assert change.value == 3_500_000 and change.unit == "USD" and "−" in change.text
    assert all(a.citations for a in (avg, total, change))


def test_growth_and_percent_change_stay_percentages(engine):
    a = ask(engine, "Vexa revenue growth 2024")
    assert a.unit == "percent" and abs(a.value - 18.42) < 0.01


def test_unsupported_operations_are_said_so_without_a_number(engine):
    """'median' is never repaired into 'mean' (it was answered as an average), and a ratio whose parts
    are not both read is refused, never answered with one of its figures (a ratio naming no period is
    read: tests/test_arithmetic.py)."""
    for text in ("Vexa median revenue 2023 and 2024", "Vexa CAGR of revenue 2023 and 2024",
                 "Vexa ratio of revenue to widgets"):
        a = ask(engine, text)
        assert a.status == "abstained" and a.value is None and "can't compute" in a.text, text


def test_ratio_and_percentage_of_another_figure_show_the_formula_and_cite_both(engine):
    a = ask(engine, "Vexa ratio of revenue to cost of revenue 2024")
    assert a.status == "answered" and a.unit is None and abs(a.value - 3.0) < 1e-9
    assert "$22.50 million / $7.50 million = 3" in a.text and len(a.citations) == 2
    b = ask(engine, "Vexa net loss as a percentage of revenue Q4 2024")
    assert b.unit == "percent" and abs(b.value - (-1100 / 6200 * 100)) < 1e-6 and "× 100" in b.text
    c = ask(engine, "Vexa ratio of revenue 2024 to 2023")  # one figure, two periods
    assert abs(c.value - 22500 / 19000) < 1e-6 and "FY 2024" in c.text and "FY 2023" in c.text


def test_an_amount_as_a_percentage_of_revenue_is_never_the_amount(engine):
    """'cost of revenue as a percentage of revenue' was answered with the cost itself ($7.50 million)."""
    a = ask(engine, "Vexa cost of revenue as a percentage of revenue 2024")
    assert a.unit == "percent" and abs(a.value - 7500 / 22500 * 100) < 1e-6
    assert ask(engine, "what percentage of Vexa revenue was cost of revenue in 2024").value == a.value


def test_follow_up_keeps_the_default_company(engine):
    context = engine.context_for("Vexa")
    a, context = engine.ask("revenue 2024", context)
    b, _ = engine.ask("and 2023?", context)
    assert (a.value, b.value) == (22_500_000, 19_000_000)


# -- scale and sign: an excerpt's caption apart from its table, a table stating no scale, expenses -----
CAPTIONED = """| | Year Ended December 31, | |
| | 2019 | 2018 |
| Land | $11.9 | $11.9 |
| Leasehold improvements | 7.1 | 6.7 |
| Interest expense | (53.3) | (108.0) |
| Net income (loss) | (20.0) | (50.5) |
| Operating income (loss) | 4.0 | (2.0) |
| Cash and cash equivalents | 30.0 | 25.0 |

The following table shows selected results (in millions):
"""

RECEIVABLES = """| | December 31, | |
| | 2019 | 2018 |
| Trade receivables — billed | $136.6 | $136.6 |
| Trade receivables — unbilled | 39.8 | 37.0 |
| Trade receivables | 176.4 | 173.6 |
| Trade receivables, net | $175.1 | $172.3 |

A summary of trade receivables is as follows (in millions):
"""

UNCAPTIONED = """| | Year Ended December 31, | |
| | 2019 | 2018 |
| Deferral of revenue | $45,040 | $40,003 |
| Grant-date fair value per award | $29.10 | $28.48 |
"""


@pytest.fixture(scope="module")
def excerpts(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("excerpts")
    db = folder / "store.duckdb"
    con = connect(db)
    for name, text, company in (("captioned.txt", CAPTIONED, "Quillon Tarn Holdings"),
                                ("uncaptioned.txt", UNCAPTIONED, "Brevik Sorrel Holdings"),
                                ("receivables.txt", RECEIVABLES, "Ostrander Vale Holdings")):
        (folder / name).write_text(text)
        ingest(con, [folder / name], company=company)
    con.close()
    e = Engine(db)
    yield e
    e.close()


def test_caption_apart_from_its_table_gives_the_scale(excerpts):
    a, _ = excerpts.ask("Quillon: what was the leasehold improvements in 2018?", Context())
    assert a.status == "answered" and a.unit == "USD" and a.value == pytest.approx(6_700_000)


def test_table_stating_no_scale_is_answered_as_printed_with_its_unit_unstated(excerpts):
    """The figure as printed, in the text with its line, the answer abstaining: the contract's value is in
    base units and its unit one of a list, and 45,040 of an unstated unit is neither."""
    a, _ = excerpts.ask("Brevik: what was the deferral of revenue in 2019?", Context())
    assert a.status == "abstained" and a.kind == "unstated" and a.printed == 45040 and a.citations
    assert a.to_json()["value"] is None and a.to_json()["unit"] is None and "printed" not in a.to_json()
    assert "does not state the unit" in a.body and "45,040" in a.body and "$45,040" not in a.body
    a, _ = excerpts.ask("Brevik: what was the change in deferral of revenue from 2018 to 2019?", Context())
    assert a.kind == "unstated" and a.printed == pytest.approx(5037)
    a, _ = excerpts.ask("Brevik: what was the percentage change in deferral of revenue from 2018 to 2019?", Context())
    assert a.unit == "percent" and a.value == pytest.approx(12.59, abs=0.01)  # the scale cancels out
    a, _ = excerpts.ask("Brevik: grant-date fair value per award in 2019?", Context())
    assert a.kind != "unstated"  # printed with cents: dollars


def test_an_expense_printed_negative_changes_by_size(excerpts):
    a, _ = excerpts.ask("Quillon: what was the percentage change in interest expense from 2018 to 2019?", Context())
    assert a.value == pytest.approx(-50.65, abs=0.01) and "fell" in a.text
    a, _ = excerpts.ask("Quillon: what was the change in interest expense from 2018 to 2019?", Context())
    assert a.value == pytest.approx(-54_700_000)


def test_a_signed_row_keeps_its_sign_and_no_percentage_across_zero(excerpts):
    a, _ = excerpts.ask("Quillon: what is the increase/(decrease) in net income (loss) from 2018 to 2019?", Context())
    assert a.value == pytest.approx(30_500_000)
    a, _ = excerpts.ask("Quillon: what was the percentage change in operating income (loss) from 2018 to 2019?",
                        Context())
    assert a.status == "abstained" and a.value is None and "not meaningful" in a.text


def test_the_row_whose_printed_label_the_question_names(excerpts):
    """Four rows read as one metric: the question's words pick the row, or it asks back — never the first."""
    for question, value in (("billed trade receivables in 2019", 136.6e6), ("unbilled trade receivables in 2018", 37e6),
                            ("trade receivables in 2019", 176.4e6), ("net trade receivables 2018", 172.3e6)):
        a, _ = excerpts.ask(f"Ostrander: {question}", Context())
        assert a.status == "answered" and a.value == pytest.approx(value), (question, a.text)
    a, _ = excerpts.ask("Ostrander: percentage change in the net trade receivables between 2018 and 2019", Context())
    assert a.value == pytest.approx(1.63, abs=0.01)


def test_conversation_words_sell_ampersand_and_a_slashed_place(engine):
    a, _ = engine.ask("how much did Vexa sell in Q4 2024?", Context())
    assert a.status == "answered" and a.value == 6_200_000  # "sell" is sales
    a, _ = engine.ask("Vexa revenue & cost of revenue Q4 2024", Context())
    assert "&" not in " ".join(a.body.split("“")[1:2])  # "&" is read as "and", never an unknown word
    a, _ = engine.ask("Vexa Asia/Pacific revenue Q4 2024", Context())
    assert a.status == "abstained" and a.value is None and "pacific" not in a.body.lower().replace("asia", "")


JUNE_YEAR = """| | June 30, | |
| | 2019 | 2018 |
| Restructuring reserves | $17,845 | $17,202 |
| Deferred revenue | 53,254 | 62,726 |
| Prepaid expenses and other current assets | 1,200 | 1,100 |
| Research and development tax credits | 900 | 800 |
| Effective tax rate | (66)% | (223)% |

Deferred tax assets at June 30 were as follows (in thousands):
"""


@pytest.fixture(scope="module")
def june(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("june")
    (folder / "june.txt").write_text(JUNE_YEAR)
    db = folder / "store.duckdb"
    con = connect(db)
    ingest(con, [folder / "june.txt"], company="Tamsworth Reel Holdings")
    con.close()
    e = Engine(db)
    yield e
    e.close()


def test_a_year_is_the_one_year_end_the_releases_hold(june):
    """Balance dates all June 30: '2019' is June 30, 2019 (the store's calendar for an excerpt is unknown)."""
    a, _ = june.ask("Tamsworth: what were the restructuring reserves in 2019?", Context())
    assert a.status == "answered" and a.value == 17_845_000 and a.period == "2019-06-30"


def test_a_rate_printed_negative_changes_as_signed_figures(june):
    a, _ = june.ask("Tamsworth: what was the change in the effective tax rate from 2018 to 2019?", Context())
    assert a.status != "answered" or a.value == pytest.approx(157)


def test_top_n_inside_one_company_is_no_ranking_of_companies(june):
    a, _ = june.ask("Tamsworth: what is the total of the top 3 deferred revenue in 2019?", Context())
    assert a.status == "abstained" and a.value is None  # never one row given for "the top 3"


def test_a_printed_label_beats_a_fuzzy_reading(june):
    """'prepaid expenses' is the row printed 'Prepaid expenses and other current assets', never R&D."""
    a, _ = june.ask("Tamsworth: prepaid expenses 2019", Context())
    assert a.status == "answered" and a.value == 1_200_000 and "Prepaid" in a.body


def test_the_year_ended_names_the_year_not_its_last_day(engine):
    a, _ = engine.ask("Vexa revenue for the year ended 2024", Context())
    assert a.status == "answered" and a.value == 22_500_000


def test_a_plural_in_ies_reads_as_its_singular(june):
    a, _ = june.ask("Tamsworth: what were the research and development tax credits in 2019?", Context())
    assert a.status == "answered" and a.value == 900_000
    from chat.question import _stem
    assert _stem("inventories") == "inventory" and _stem("deposits") == "deposit" and _stem("loss") == "loss"


def test_a_balance_printed_in_a_year_column(excerpts):
    """Cash printed under 'Year Ended December 31' columns is the balance at the year's end."""
    a, _ = excerpts.ask("Quillon: what was the cash and cash equivalents in 2019?", Context())
    assert a.status == "answered" and a.value == 30_000_000


def test_an_amount_printed_with_a_zero_decimal_is_still_printed_as_is():
    """'64.0' in a table that states no scale is 64 of an unstated unit, never $64 (a TAT-QA table)."""
    from chat.engine import _printed_as_is
    assert _printed_as_is(64.0, "| Revenue | 64.0 | 68.3 |") == "64.0"
    assert _printed_as_is(64.0, "| Revenue | 64.05 | 68.3 |") is None
    assert _printed_as_is(11.9, "| Margin | 11.90 |") == "11.90"


def test_amounts_of_a_release_in_another_currency_are_never_dollars(tmp_path):
    """A release whose statements are in euros: its revenue is given as printed, in EUR, and the answer
    abstains (the contract's units are US dollars); a percent change is a percent in any currency."""
    release = tmp_path / "lumen.txt"
    release.write_text("""Lumenford Industrie SE Reports Full Year 2024 Results

PARIS, February 12, 2025 -- Lumenford Industrie SE (Euronext: LUMF) today reported results for the year
ended December 31, 2024. Revenue grew 10% to EUR 1,100 million.

CONSOLIDATED INCOME STATEMENT
(in millions of euros)
                                   Year ended December 31,
                                      2024        2023
Revenue                            1,100.0     1,000.0
Net income                           110.0       100.0
""")
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    a, _ = engine.ask("Lumenford revenue 2024", Context())
    assert a.status == "abstained" and a.kind == "other currency" and a.printed == 1_100_000_000
    assert a.to_json()["value"] is None and a.to_json()["unit"] is None and "EUR" in a.text and "$" not in a.body
    growth, _ = engine.ask("Lumenford revenue growth 2024", Context())
    assert growth.status == "answered" and growth.unit == "percent" and growth.value == pytest.approx(10.0)


QUILLFEATHER = """Quillfeather Looms, Inc. Reports Full Year 2024 Results

NASHUA, February 10, 2025 -- Quillfeather Looms, Inc. (NASDAQ: QFLM) today reported results for the full year ended December 31, 2024.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

                                     Nine Months Ended        Year Ended
                                       September 30,          December 31,
                                      2024       2023        2024       2023
Revenue                            $ 16,300   $ 14,000   $ 22,500   $ 19,000
Net loss                             (2,900)    (3,700)    (4,000)    (5,200)
"""


@pytest.fixture(scope="module")
def year_only(tmp_path_factory) -> Engine:
    """A release giving nine months and the year, and no fourth quarter."""
    folder = tmp_path_factory.mktemp("year_only")
    (folder / "quillfeather_fy2024.txt").write_text(QUILLFEATHER)
    con = connect(folder / "store.duckdb")
    ingest(con, [folder / "quillfeather_fy2024.txt"])
    con.close()
    return Engine(folder / "store.duckdb")


def test_a_quarter_from_year_to_date_figures_shows_its_formula(year_only):
    a = ask(year_only, "revenue Q4 2024")
    assert a.status == "answered" and a.value == 6_200_000 and a.period == "Q4 2024" and a.kind == "arithmetic"
    assert "FY 2024 $22.50 million − 9M 2024 $16.30 million = $6.20 million" in a.text and len(a.citations) >= 1
    assert ask(year_only, "revenue Q3 2024").status == "abstained"  # no nine-less-six pair: never a guess


def test_a_change_in_a_loss_the_question_names_is_the_change_of_its_size(year_only):
    """As an amount, 'the change in net loss' is the change of the loss's size (a loss of 5.2 million
    narrowing to 4.0 million changed by -1.2 million, never +1.2); a percent change stays the signed
    figure's (tests/batches/seeds_regression r149: a narrowing loss 'rose')."""
    amount = ask(year_only, "what was the change in net loss from 2023 to 2024?")
    assert amount.value == -1_200_000 and "sizes of figures printed negative" in amount.text
    growth = ask(year_only, "net loss growth 2024")
    assert growth.unit == "percent" and abs(growth.value - 23.08) < 0.01


TABLE_ONLY = """| (in millions) | 2019 | 2018 |
| Long-term debt | 4,673.1 | 4,940.2 |
| Inventories | 1,649 | 1,129 |
| Revenue | 22,500 | 19,000 |

The table gives the company's long-term debt and inventories at the end of each fiscal year.
"""


@pytest.fixture(scope="module")
def table_only(tmp_path_factory) -> Engine:
    """A table of year columns only, as annual-report tables print balances ('2019 | 2018')."""
    folder = tmp_path_factory.mktemp("table_only")
    (folder / "annual_table.txt").write_text(TABLE_ONLY)
    con = connect(folder / "store.duckdb")
    ingest(con, [folder / "annual_table.txt"], company="Brackenfold Tiles Holdings")
    con.close()
    return Engine(folder / "store.duckdb")


def test_a_balance_printed_in_year_columns_is_compared_between_those_years(table_only):
    """Balances held only in a year's column (no balance-sheet date) were 'not held for 2019-12-31' in a
    change or a difference, though the value itself was answered."""
    value = ask(table_only, "Brackenfold: long-term debt in 2019")
    change = ask(table_only, "Brackenfold: what is the percentage change in long-term debt in 2019 compared to 2018?")
    assert value.status == change.status == "answered"
    assert abs(change.value - (4673.1 - 4940.2) / 4940.2 * 100) < 0.01 and len(change.citations) >= 1
    diff = ask(table_only, "Brackenfold: what is the difference in inventories between 2018 and 2019?")
    assert diff.status == "answered" and abs(diff.value - 520_000_000) < 1


def test_an_average_naming_no_period_takes_the_periods_of_the_latest_release_and_says_so(engine):
    a = ask(engine, "Vexa average revenue")
    assert a.status == "answered" and a.value == 5_600_000 and a.kind == "arithmetic"
    assert "Q4 2023 and Q4 2024" in a.text and "names no period" in a.text
    table = ask(engine, "Vexa: what is the average revenue for 2023 and 2024?")  # named periods: those
    assert table.value == 20_750_000


def test_increase_slash_decrease_is_an_amount(engine):
    """'increase / (decrease)' names a statement's column of amounts (it was answered as a percent change)."""
    a = ask(engine, "Vexa: what was the revenue increase / (decrease) from 2023 to 2024?")
    assert a.unit == "USD" and a.value == 3_500_000 and "−" in a.text
    pct = ask(engine, "Vexa: what was the percentage increase / (decrease) in revenue from 2023 to 2024?")
    assert pct.unit == "percent" and abs(pct.value - 18.42) < 0.01


PEMBROOK = """Pembrook Valve Company Reports Full Year 2024 Results

AKRON, February 12, 2025 -- Pembrook Valve Company (NYSE: PBVC) today reported results for the full year ended December 31, 2024.

CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share data)

                                           Year Ended December 31,
                                            2024          2023
Revenue                                  $ 52,000      $ 48,000
Operating income                            8,000         6,500
Net income                                  5,200         4,100
Weighted average shares outstanding:
  Basic                                    10,000        10,250
  Diluted                                  10,400        10,500
"""


def test_per_share_and_margins_from_amounts_show_their_formula(tmp_path):
    """A release printing no EPS: diluted EPS is net income over the diluted share count of the same
    release, basic over the basic count; a margin from operating income and revenue of one statement."""
    (tmp_path / "pembrook_fy2024.txt").write_text(PEMBROOK)
    con = connect(tmp_path / "store.duckdb")
    ingest(con, [tmp_path / "pembrook_fy2024.txt"])
    con.close()
    engine = Engine(tmp_path / "store.duckdb")
    diluted = ask(engine, "diluted EPS 2024")
    assert diluted.value == 0.5 and diluted.unit == "USD/share" and len(diluted.citations) == 2
    assert "$5.20 million / 10,400,000 shares" in diluted.text
    basic = ask(engine, "basic EPS 2023")
    assert abs(basic.value - 4100 / 10250) < 1e-4 and "10,250,000 shares" in basic.text
    margin = ask(engine, "operating margin 2024")
    assert abs(margin.value - 800 / 52) < 1e-3 and "$8.00 million / $52.00 million × 100" in margin.text


SEQUENTIAL = """Pellworth Gadgets, Inc. Reports Second Quarter Results

SAN JOSE, Calif., August 20, 2025 -- Pellworth Gadgets, Inc. (NASDAQ: PLWG) today reported results for the
second quarter ended June 30, 2025.

* Revenue of $46.7 million, up 6% from Q1 and up 56% from a year ago

CONDENSED STATEMENTS OF INCOME
(in millions)

| | Three Months Ended | | |
| | June 30, 2025 | March 31, 2025 | June 30, 2024 |
| --- | --- | --- | --- |
| Revenue | $46.7 | $44.1 | $30.0 |
"""

UNSCALED_CAD = """Tamsin Steel Inc. Reports Fourth Quarter Results

TORONTO, Feb. 12, 2025 -- Tamsin Steel Inc. (TSX: TMS) reports its results for the quarter ended December 31, 2024.
All amounts are in Canadian dollars.

Highlights
```
                        Three Months Ended      Year Ended
               -----------------------------  -----------
               Dec 31 2024  Sep 30 2024  Dec 31 2023  Dec 31 2024
Revenues          $  1,039     $  1,089     $  1,019     $  4,261
```

The following table shows the figures in millions of Canadian dollars:

```
               Three Months Ended          Year Ended
(millions)     Dec 31 2024   Dec 31 2023   Dec 31 2024
Revenues       $    1,039.2  $    1,019.3  $    4,261.2
```
"""


@pytest.fixture(scope="module")
def changes(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("changes")
    db = folder / "store.duckdb"
    con = connect(db)
    for name, text in (("pellworth.txt", SEQUENTIAL), ("tamsin.md", UNSCALED_CAD)):
        (folder / name).write_text(text)
        ingest(con, [folder / name])
    con.close()
    e = Engine(db)
    yield e
    e.close()


def test_a_change_stated_from_a_year_ago_never_answers_a_sequential_question(changes):
    a, _ = changes.ask("Pellworth sequential revenue growth Q2 2025", Context())
    assert a.status == "answered" and a.value == pytest.approx(5.9, abs=0.1)  # 46.7 / 44.1, never the stated 56%
    a, _ = changes.ask("Pellworth revenue growth Q2 2025", Context())
    assert a.value == pytest.approx(56, abs=0.5)  # the stated 56%, to the computed change's decimals it rounds


def test_an_amount_of_unstated_scale_is_never_paired_with_one_in_millions(changes):
    """1,039 (no scale printed) against 1,019.3 million is no change of -99.9999%, nor 1,039.2 million
    against 1,089 a change of millions of percent: a change pairs each figure only with one of its own unit."""
    from types import SimpleNamespace as F

    from chat.facts import pair
    cur = [F(doc_id=1, source="table", unit="CAD", value=1_039.2e6, doubt=""),
           F(doc_id=1, source="table", unit="unstated", value=1_039, doubt="")]
    base = [F(doc_id=1, source="table", unit="unstated", value=1_089, doubt="")]
    assert pair(cur, base, same_unit=True) == (cur[1], base[0])
    assert pair(cur[:1], base, same_unit=True) is None
    assert pair(cur[:1], base) == (cur[0], base[0])  # inputs of a ratio or per-share figure differ in unit by design
    for question in ("Tamsin revenue growth Q4 2024", "Tamsin sequential revenue change Q4 2024"):
        a, _ = changes.ask(question, Context())
        assert a.value is None or abs(a.value) < 10, (question, a.value, a.text)


def test_which_year_is_not_a_figure_and_variance_in_percent_is_a_change(seed_engine):
    a, _ = seed_engine.ask("In which year was net loss larger, 2006 or 2007?", Context())
    assert a.status == "abstained" and a.value is None  # the seed gives quarters and nine months, no year's figure
    a, _ = seed_engine.ask("What was the variance in percent for revenue from Q3 2006 to Q3 2007?", Context())
    assert a.unit == "percent" and a.value == pytest.approx(18, abs=0.5)
    a, ctx = seed_engine.ask("revenue Q3 2007 and Q3 2006", Context())
    assert a.status == "clarify" and a.value is None and "$6,637,000" in a.text and "$5,644,000" in a.text
    assert len(a.citations) == 1  # both figures stand on one line of the statement
    b, _ = seed_engine.ask("the second one", ctx)
    assert b.status == "answered" and b.value == 5644000 and b.period == "Q3 2006"


LONE = """Marrowby Kilns Inc. Reports Fourth Quarter 2024 Results

LEEDS, February 3, 2025 -- Marrowby Kilns Inc. (NYSE: MRKL) today reported results for the fourth quarter ended December 31, 2024.

CONSOLIDATED STATEMENTS OF INCOME
(in thousands)

                                         Three Months Ended
                                   December 31,    September 30,
                                      2024             2024
Revenue                            $ 7,700          $ 7,100
Net income                             610              540
"""


def test_did_it_beat_last_year_is_the_change_against_a_year_before_or_refused(engine, tmp_path):
    for q in ("Did Vexa beat last year's revenue?", "did Vexa revenue beat the prior year", "was Vexa revenue up or down"):
        a = ask(engine, q)
        assert a.status == "answered" and a.value == 24.0 and a.unit == "percent", q
        assert "rose 24% in Q4 2024 against Q4 2023" in a.text and "$5.00 million" in a.text and "$6.20 million" in a.text, q
        assert {c.line for c in a.citations} == {11}, q  # both figures: one row of the release
    loss = ask(engine, "did Vexa's net loss beat the year before")
    assert loss.status == "answered" and "Q4 2023" in loss.text and "Q4 2024" in loss.text
    (tmp_path / "marrowby.txt").write_text(LONE)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "marrowby.txt"])
    con.close()
    lone = Engine(tmp_path / "s.duckdb")
    try:
        a = ask(lone, "Did Marrowby beat last year's revenue?")
    finally:
        lone.close()
    assert a.status == "abstained" and a.value is None and "Q4 2023" in a.text
