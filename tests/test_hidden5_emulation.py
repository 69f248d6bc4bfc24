"""A fifth set of releases of companies nobody tuned the reading on (tests/data/hidden5: a Bermuda reinsurer under
IFRS 17 with combined ratios under two-row Markdown heads, a utility's continuing and discontinued operations in
fixed-width text with a reconciliation under 'Diluted EPS', an Australian miner reporting in US$ with A$ translations
and every table flattened onto one line, a self-storage REIT's FFO, Core FFO and AFFO with no EPS one cell a line, a
retailer's thirteen- and thirty-nine-week columns of a 53-week fiscal year named for the year it ends, as an EDGAR HTML
exhibit padded with &nbsp;), asked as analysts ask (tests/data/hidden5_questions.jsonl, written by
tests/data/make_hidden5_questions.py: every figure known by construction). None may be answered wrong. Then the
classes the set found, each on a release written here, with its near miss. Every name and figure is invented."""
from __future__ import annotations

import pytest

from benchmarks.wire_questions import score_analyst
from parsers.document import parse_text
from tests.built_releases import ask_in_turn, assert_never_wrong, engine_over
from tests.test_hidden2_emulation import DATA
from tests.test_narrative_per_share import _read

RIGHT_FLOOR = 180  # 2026-12-07 23:10: 261 questions, 180 right, 0 wrong, 81 refused (before the fixes: 180 right,
# 2 wrong, 79 refused)


@pytest.mark.slow  # ~4 s idle (5 releases ingested, 261 questions asked); the classes below are the fast guard
def test_hidden5_emulation_right_or_refused_never_wrong(tmp_path):
    rows = score_analyst(DATA / "hidden5_questions.jsonl", folder=tmp_path, releases=[DATA / "hidden5"])
    assert_never_wrong(rows, 261, RIGHT_FLOOR)


ask = ask_in_turn


# -- 'Core FFO per share was $0.63 and $2.42 for the quarter and the year, respectively' ---------------------------
@pytest.mark.parametrize("body, want", [
    # was ('ffo', 0.63): the per-share amounts read as FFO itself, and "core FFO" answered $0.63
    ("Core FFO per share was $0.71 and $2.66 for the fourth quarter and full year 2019, respectively, increases of "
     "7.6% and 5.1% from the same periods of 2018.\n",
     [("ffo_per_share", 0.71, "Q4 2019", "core", ""), ("ffo_per_share", 2.66, "FY 2019", "core", "")]),
    ("AFFO per diluted share was $0.64 and $2.41 for the fourth quarter and full year 2019, respectively.\n",
     [("affo_per_share", 0.64, "Q4 2019", "", ""), ("affo_per_share", 2.41, "FY 2019", "", "")]),
    # near misses: the amounts of FFO itself, said alike; a list of two terms 'per share' may reach either of
    ("Core FFO was $118.2 million and $442.9 million for the fourth quarter and full year 2019, respectively.\n",
     [("ffo", 118.2e6, "Q4 2019", "core", ""), ("ffo", 442.9e6, "FY 2019", "core", "")]),
    ("FFO and AFFO per share were $0.69 and $0.61, respectively, for the fourth quarter of 2019.\n", []),
    ("Net income per diluted share was $0.52 and $1.97 for the fourth quarter and full year 2019, respectively.\n",
     [("eps_diluted", 0.52, "Q4 2019", "", ""), ("eps_diluted", 1.97, "FY 2019", "", "")]),
])
def test_per_share_words_after_a_term_listed_over_periods(body, want):
    assert _read(body) == want


# -- an energy row in its own unit under a statement's millions ------------------------------------------------------
def _utility(stat_rows: str) -> str:
    return f"""BRANSCOMBE POWER REPORTS SECOND QUARTER 2025 RESULTS

TOLEDO, Ohio, July 30, 2025 -- Branscombe Power Corp. (NYSE: BRPW) today reported results for the second quarter
ended June 30, 2025.

                       CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                     (In millions, except per share amounts)

                                          Three Months Ended June 30,
                                              2025          2024
Operating revenues:
  Electric                                 $ 1,214       $ 1,133
  Natural gas                                  196           181
    Total operating revenues                 1,410         1,314
Operating income                               301           266
Net income                                   $ 172         $ 150
Diluted earnings per share                  $ 1.12        $ 0.98


                                 OPERATING STATISTICS

                                          Three Months Ended June 30,
                                              2025          2024
{stat_rows}
Cooling degree days                            611           574
"""


@pytest.fixture(scope="module")
def utilities(tmp_path_factory):
    files = {"brpw.txt": _utility("Electric retail sales (GWh)                  6,318         6,102"),
             "hlpw.txt": _utility("Electric retail sales (millions of kWh)      6,318         6,102").replace(
                 "Branscombe", "Hallowmere").replace("BRPW", "HLPW")}
    with engine_over(tmp_path_factory.mktemp("h5energy"), files) as eng:
        yield eng


@pytest.mark.parametrize("row, value", [
    # was 6,318,000,000: gigawatt-hours multiplied by the statement's millions
    ("Electric retail sales (GWh)                  6,318         6,102", 6318),
    ("Electric retail sales (MWh)                  6,318         6,102", 6318),
    # near miss: the label names its scale, millions of kilowatt-hours
    ("Electric retail sales (millions of kWh)      6,318         6,102", 6318e6),
])
def test_an_energy_row_in_its_own_unit_is_never_scaled_by_the_statement(row, value):
    doc = parse_text("u.txt", _utility(row))
    got = {f.value for f in doc.figures if f.label.startswith("Electric retail sales") and f.period.end.year == 2025}
    assert got == {value}


@pytest.mark.parametrize("question, value", [
    # was $1,214 million, the Electric line of revenue: 'retail' named the statistics row, not the line
    ("Branscombe electric retail sales", None),
    ("Branscombe electric retail sales Q2 2024", None),
    ("Branscombe electric revenues", 1214e6),  # near misses: the line asked by its own words
    ("Branscombe electric revenues Q2 2024", 1133e6),
    ("Branscombe natural gas revenues", 196e6),
])
def test_a_word_of_another_row_is_never_dropped_for_a_line_of_business(utilities, question, value):
    a = ask(utilities, question)
    if value is None:
        assert a.status != "answered" or a.value != pytest.approx(1214e6) and a.value != pytest.approx(1133e6), a.text
    else:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text


# -- a company named by its first word beside a common word of another company's name ------------------------------
def _retailer(name: str, ticker: str, stores: int) -> str:
    return f"""# {name} Reports Fourth Quarter 2025 Results

ATLANTA, Feb. 26, 2026 (BUSINESS WIRE) -- {name}, Inc. (NYSE: {ticker}) today reported results for the fourth quarter
ended December 31, 2025.

**CONSOLIDATED STATEMENTS OF INCOME** (In millions, except per share data)

| | Three Months Ended December 31, 2025 | Three Months Ended December 31, 2024 |
|---|---|---|
| Net sales | $ 1,418.2 | $ 1,356.4 |
| Operating income | 121.6 | 112.9 |
| Net income | $ 84.3 | $ 77.2 |
| Diluted earnings per share | $ 1.21 | $ 1.08 |

**STORE DATA**

| | December 31, 2025 | December 31, 2024 |
|---|---|---|
| Stores at end of period | {stores} | {stores - 17} |
"""


@pytest.fixture(scope="module")
def retailers(tmp_path_factory):
    files = {"hbhs.md": _retailer("Hollybrook Stores", "HBHS", 642),
             "qrlt.md": _retailer("Quarrington Outlets", "QRLT", 388)}
    with engine_over(tmp_path_factory.mktemp("h5stores"), files) as eng:
        yield eng


@pytest.mark.parametrize("question, value", [
    # was refused as Hollybrook's: 'stores', a word of Hollybrook Stores, outvoted the name asked (the shorter name won),
    # and any figure asked by that word was the other company's
    ("Quarrington stores", 388),
    ("Quarrington number of stores", 388),
    ("Quarrington stores at end of period", 388),
    ("HBHS number of stores", 642),  # near misses: the company named by its own words
    ("Hollybrook Stores net income", 84.3e6),
    ("Quarrington net sales", 1418.2e6),
])
def test_a_name_first_word_outweighs_a_common_word_of_another_name(retailers, question, value):
    a = ask(retailers, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


# -- a currency asked by its symbol: 'revenue in A$' of a release in US$ -------------------------------------------
def _miner(name: str, ticker: str, scale: str) -> str:
    return f"""# {name} Reports Second Quarter 2025 Results

VANCOUVER, British Columbia, Aug. 6, 2025 (GLOBE NEWSWIRE) -- {name} Ltd. (TSX: {ticker}) today reported results for
the second quarter ended June 30, 2025.

**CONSOLIDATED STATEMENTS OF INCOME** ({scale}, except per share amounts)

| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 |
|---|---|---|
| Revenue | $ 612.4 | $ 548.9 |
| Cost of sales | 401.8 | 377.2 |
| Gross profit | 210.6 | 171.7 |
| Net income | $ 96.3 | $ 71.5 |
| Diluted earnings per share | $ 0.42 | $ 0.31 |
"""


@pytest.fixture(scope="module")
def miners(tmp_path_factory):
    files = {"tlgm.md": _miner("Tallowgate Mining", "TLGM", "In millions of U.S. dollars"),
             "brcm.md": _miner("Birchcombe Metals", "BRCM", "In millions of Canadian dollars")}
    with engine_over(tmp_path_factory.mktemp("h5currency"), files) as eng:
        yield eng


@pytest.mark.parametrize("question, value", [
    # was $612.4 million, the US$ figure given for a question asking it in Australian dollars
    ("Tallowgate revenue in A$", None),
    ("Tallowgate net income in C$", None),
    ("Tallowgate diluted EPS in A$", None),
    ("Birchcombe revenue in A$", None),
    ("Tallowgate revenue", 612.4e6),  # near misses: no currency asked; the currency the release prints asked
    ("Birchcombe revenue in C$", 612.4e6),  # (a figure in CAD is given as printed, marked as no contract unit)
    ("Birchcombe net income", 96.3e6),
])
def test_a_currency_asked_by_its_symbol_is_the_answers_or_none(miners, question, value):
    a = ask(miners, question)
    if value is None:
        assert a.status != "answered" and a.value is None, a.text
    else:
        assert (a.value if a.value is not None else a.printed) == pytest.approx(value), a.text


# -- a comparison's period before a semicolon never dates the next clause's amount ----------------------------------
@pytest.mark.parametrize("body, want", [
    # was ('other', 1,846 million, 'Q4 2018'): the prior period of the amount compared dated the next clause's net debt,
    # and "net debt H1 FY25" answered the current figure
    ("- Free cash flow of $812 million, compared with $644 million in the fourth quarter of 2018; net debt reduced to "
     "$1,932 million.\n",
     [("free_cash_flow", 812e6, "Q4 2019", "", ""), ("free_cash_flow", 644e6, "Q4 2018", "", ""),
      ("other", 1932e6, "Q4 2019", "", "")]),
    ("- Free cash flow of $812 million, compared with $644 million in 2018; revenue of $5,118 million.\n",
     [("free_cash_flow", 812e6, "FY 2019", "", ""), ("free_cash_flow", 644e6, "FY 2018", "", ""),
      ("revenue", 5118e6, "FY 2019", "", "")]),
    # near misses: a period the clause names itself; a period of the sentence's own, not of a comparison
    ("- Revenue was $5.2 million, compared with $4.1 million in the fourth quarter of 2018; net income was $1.3 million "
     "for the fourth quarter of 2018.\n",
     [("revenue", 5.2e6, "Q4 2019", "", ""), ("revenue", 4.1e6, "Q4 2018", "", ""), ("net_income", 1.3e6, "Q4 2018", "", "")]),
    ("- Free cash flow was $812 million in the fourth quarter of 2018; revenue of $5,118 million.\n",
     [("free_cash_flow", 812e6, "Q4 2018", "", ""), ("revenue", 5118e6, "Q4 2018", "", "")]),
])
def test_a_comparisons_period_stops_at_a_semicolon(body, want):
    assert _read(body) == want
