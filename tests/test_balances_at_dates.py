"""Balances printed under the columns of a table of periods ('2024 | 2023', 'Q4 2024 | Q3 2024 | ... | Q4 2023')
are balances at each column's end date, never flows over its span; the flows beside them keep the span
(parsers/balances.py, parsers/grid_tables.py). Built releases, each failing before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER AND FULL YEAR RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

Revenue for the fourth quarter of 2024 was $310.0 million, compared with $290.0 million in the fourth quarter of 2023.

About Acme Widgets

Acme Widgets makes widgets.

"""

SELECTED = """Selected Financial Data
(in millions)

| | 2024 | 2023 |
|---|---|---|
| Statement of operations data: | | |
| Revenue | $ 1,200.0 | $ 1,100.0 |
| Net income | 120.0 | 100.0 |
| Balance sheet data: | | |
| Cash and cash equivalents | 300.0 | 250.0 |
| Total assets | 5,000.0 | 4,800.0 |
| Long-term debt | 900.0 | 950.0 |
| Total equity | 2,000.0 | 1,900.0 |
| Common shares outstanding | 50.0 | 51.0 |
"""

YEARS = """Five-Year Summary
(in millions)

| | 2024 | 2023 | 2022 |
|---|---|---|---|
| Net sales | $ 1,200.0 | $ 1,100.0 | $ 1,000.0 |
| Net income | 120.0 | 100.0 | 90.0 |
| Total assets | 5,000.0 | 4,800.0 | 4,500.0 |
"""

FIVE_QUARTERS = """Financial Highlights
(dollars in millions)

| | Q4 2024 | Q3 2024 | Q2 2024 | Q1 2024 | Q4 2023 |
|---|---|---|---|---|---|
| Net interest income | $ 50.0 | $ 49.0 | $ 48.0 | $ 47.0 | $ 46.0 |
| Total assets | 5,000.0 | 4,900.0 | 4,800.0 | 4,700.0 | 4,600.0 |
| Total deposits | 4,000.0 | 3,900.0 | 3,800.0 | 3,700.0 | 3,600.0 |
"""

AVERAGES = """Financial Highlights
(dollars in millions)

| | Q4 2024 | Q3 2024 | Q2 2024 | Q1 2024 | Q4 2023 |
|---|---|---|---|---|---|
| Net interest income | $ 50.0 | $ 49.0 | $ 48.0 | $ 47.0 | $ 46.0 |
| Average balances: | | | | | |
| Loans | 3,000.0 | 2,900.0 | 2,800.0 | 2,700.0 | 2,600.0 |
| Total assets | 5,050.0 | 4,950.0 | 4,850.0 | 4,750.0 | 4,650.0 |
| Total deposits | 4,050.0 | 3,950.0 | 3,850.0 | 3,750.0 | 3,650.0 |
"""


DATED_QUARTERS = """Selected Financial Data
(dollars in millions)

| | Three Months Ended | | | | |
| | Dec 31, 2024 | Sep 30, 2024 | Jun 30, 2024 | Mar 31, 2024 | Dec 31, 2023 |
|---|---|---|---|---|---|
| Net interest income | $ 50.0 | $ 49.0 | $ 48.0 | $ 47.0 | $ 46.0 |
| Period-end balances: | | | | | |
| Loans held for investment | 3,000.0 | 2,900.0 | 2,800.0 | 2,700.0 | 2,600.0 |
| Total assets | 5,000.0 | 4,900.0 | 4,800.0 | 4,700.0 | 4,600.0 |
| Total deposits | 4,000.0 | 3,900.0 | 3,800.0 | 3,700.0 | 3,600.0 |
| Average balances: | | | | | |
| Total loans | 2,950.0 | 2,850.0 | 2,750.0 | 2,650.0 | 2,550.0 |
| Total deposits | 3,950.0 | 3,850.0 | 3,750.0 | 3,650.0 | 3,550.0 |
"""

QUARTERLY_BALANCE_SHEET = """Consolidated Balance Sheets
(dollars in millions)

| | Q4 2024 | Q3 2024 | Q2 2024 | Q1 2024 | Q4 2023 |
|---|---|---|---|---|---|
| Cash and due from banks | $ 50.0 | $ 49.0 | $ 48.0 | $ 47.0 | $ 46.0 |
| Goodwill | 100.0 | 101.0 | 102.0 | 103.0 | 104.0 |
| Total assets | 5,000.0 | 4,900.0 | 4,800.0 | 4,700.0 | 4,600.0 |
"""


def _periods(body: str) -> dict[tuple[str, float], tuple[date, int]]:
    doc = parse_text("acme.md", HEAD + body)
    return {(f.label, f.value): (f.period.end, f.period.months) for f in doc.figures if f.source == "table"}


@pytest.fixture
def ask(tmp_path):
    engines: list[Engine] = []

    def asking(body: str, question: str):
        if not engines:
            release = tmp_path / "acme.md"
            release.write_text(HEAD + body)
            con = connect(tmp_path / "s.duckdb")
            ingest(con, [release])
            con.close()
            engines.append(Engine(tmp_path / "s.duckdb"))
        return engines[0].ask(question, Context())[0]

    yield asking
    for e in engines:
        e.close()


def test_balances_under_bare_years_are_at_the_years_end():
    got = _periods(SELECTED)
    assert got[("Total assets", 5_000_000_000)] == (date(2024, 12, 31), 0)
    assert got[("Cash and cash equivalents", 250_000_000)] == (date(2023, 12, 31), 0)
    assert got[("Long-term debt", 900_000_000)] == (date(2024, 12, 31), 0)  # after a 'Total' row: still the balance sheet's
    assert got[("Total equity", 2_000_000_000)] == (date(2024, 12, 31), 0)
    assert got[("Revenue", 1_200_000_000)] == (date(2024, 12, 31), 12)  # the flows keep the year
    assert got[("Net income", 100_000_000)] == (date(2023, 12, 31), 12)


def test_a_balance_among_flows_under_years_is_at_the_years_end():
    got = _periods(YEARS)
    assert got[("Total assets", 4_500_000_000)] == (date(2022, 12, 31), 0)
    assert got[("Net sales", 1_000_000_000)] == (date(2022, 12, 31), 12)


def test_total_assets_of_a_year_is_the_balance_and_revenue_the_flow(ask):
    assets = ask(SELECTED, "Acme total assets 2024")
    assert assets.status == "answered" and assets.value == 5_000_000_000
    debt = ask(SELECTED, "Acme long-term debt at December 31, 2023")
    assert debt.status == "answered" and debt.value == 950_000_000
    revenue = ask(SELECTED, "Acme revenue 2024")
    assert revenue.status == "answered" and revenue.value == 1_200_000_000


def test_balances_of_five_quarters_are_at_each_quarters_end():
    got = _periods(FIVE_QUARTERS)
    assert got[("Total assets", 4_900_000_000)] == (date(2024, 9, 30), 0)
    assert got[("Total deposits", 3_600_000_000)] == (date(2023, 12, 31), 0)
    assert got[("Net interest income", 49_000_000)] == (date(2024, 9, 30), 3)


def test_a_quarters_balance_is_asked_at_its_date(ask):
    answer = ask(FIVE_QUARTERS, "Acme total assets September 30, 2024")
    assert answer.status == "answered" and answer.value == 4_900_000_000
    nii = ask(FIVE_QUARTERS, "Acme net interest income Q3 2024")
    assert nii.status == "answered" and nii.value == 49_000_000


def test_average_balances_stay_over_the_span():
    """'Average balances:' over the rows, past a 'Total assets' row: averages of the quarter, never the balance
    at its end (a wrong figure for 'total deposits at September 30')."""
    got = _periods(AVERAGES)
    assert got[("Total deposits", 3_950_000_000)] == (date(2024, 9, 30), 3)
    assert got[("Total assets", 4_950_000_000)] == (date(2024, 9, 30), 3)


def test_average_balances_never_answer_a_balance(ask):
    answer = ask(AVERAGES, "Acme total deposits September 30, 2024")
    assert answer.value is None


def test_period_end_balances_under_spans_are_at_each_quarters_end_and_averages_over_it():
    """'Three Months Ended' over dates: the flows are the quarters, the rows under 'Period-end balances:' (a
    label the vocabulary does not know too) the balances at each date — past a 'Total assets' row —, the rows
    under 'Average balances:' the quarter's averages."""
    got = _periods(DATED_QUARTERS)
    assert got[("Net interest income", 49_000_000)] == (date(2024, 9, 30), 3)
    assert got[("Loans held for investment", 2_900_000_000)] == (date(2024, 9, 30), 0)
    assert got[("Total deposits", 3_900_000_000)] == (date(2024, 9, 30), 0)
    assert got[("Total deposits", 3_850_000_000)] == (date(2024, 9, 30), 3)
    assert got[("Total loans", 2_850_000_000)] == (date(2024, 9, 30), 3)


def test_every_row_of_a_balance_sheet_headed_by_quarters_is_at_the_quarters_end():
    got = _periods(QUARTERLY_BALANCE_SHEET)
    assert got[("Goodwill", 101_000_000)] == (date(2024, 9, 30), 0)
    assert got[("Cash and due from banks", 46_000_000)] == (date(2023, 12, 31), 0)
    assert got[("Total assets", 4_900_000_000)] == (date(2024, 9, 30), 0)


HIGHLIGHTS_UNDER_A_BALANCE_TITLE = """Consolidated Balance Sheets and Highlights
(dollars in millions, except per share data)

| | Q4 2024 | Q3 2024 | Q2 2024 | Q1 2024 | Q4 2023 |
|---|---|---|---|---|---|
| Total assets | 5,000.0 | 4,900.0 | 4,800.0 | 4,700.0 | 4,600.0 |
| Goodwill | 100.0 | 101.0 | 102.0 | 103.0 | 104.0 |
| Net interest income | 50.0 | 49.0 | 48.0 | 47.0 | 46.0 |
| Net income | 12.0 | 11.0 | 10.0 | 9.0 | 8.0 |
| Diluted earnings per share | 0.42 | 0.41 | 0.40 | 0.39 | 0.38 |
"""


def test_flows_under_a_balance_sheet_title_stay_the_quarters():
    """A table its title calls a balance sheet may carry the quarter's income rows too: a row the
    vocabulary reads as a flow (net income, net interest income, EPS) stays over the quarter; the title
    moves only the others to the quarter's end (net income at a date is lost to every question of it)."""
    got = _periods(HIGHLIGHTS_UNDER_A_BALANCE_TITLE)
    assert got[("Net income", 11_000_000)] == (date(2024, 9, 30), 3)
    assert got[("Net interest income", 49_000_000)] == (date(2024, 9, 30), 3)
    assert got[("Diluted earnings per share", 0.41)] == (date(2024, 9, 30), 3)
    assert got[("Goodwill", 101_000_000)] == (date(2024, 9, 30), 0)
    assert got[("Total assets", 4_900_000_000)] == (date(2024, 9, 30), 0)

INTEREST = """Net Interest Income
(dollars in millions)

| | Q4 2024 | Q3 2024 | Q2 2024 | Q1 2024 | Q4 2023 |
|---|---|---|---|---|---|
| Interest income: | | | | | |
| Loans | $ 50.0 | $ 49.0 | $ 48.0 | $ 47.0 | $ 46.0 |
| Interest expense: | | | | | |
| Deposits | 20.0 | 19.0 | 18.0 | 17.0 | 16.0 |
| Total interest expense | 21.0 | 20.0 | 19.0 | 18.0 | 17.0 |
"""


def test_interest_on_a_balance_is_never_the_balance():
    """'Deposits' under 'Interest expense:' is the interest paid on them over the quarter, never deposits at its end."""
    got = _periods(INTEREST)
    assert got[("Deposits", 19_000_000)] == (date(2024, 9, 30), 3)
    assert got[("Loans", 49_000_000)] == (date(2024, 9, 30), 3)


def test_interest_on_deposits_never_answers_deposits(ask):
    assert ask(INTEREST, "Acme total deposits at September 30, 2024").value is None


def test_shares_outstanding_under_a_year_are_the_count_at_its_end(ask):
    got = {(label, p) for (label, _), p in _periods(SELECTED).items()}
    assert ("Common shares outstanding", (date(2024, 12, 31), 0)) in got
    assert ("Common shares outstanding", (date(2024, 12, 31), 12)) not in got
    assert ask(SELECTED, "Acme weighted average shares 2024").value is None  # a count at a date, no average
