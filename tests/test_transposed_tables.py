"""Tables printed on their side — periods as rows, metrics as columns — read by the one grid reader
(parsers/grid_transposed.py): the same label, unit and scale rules as any row; near misses left unread.
Every company, name and figure here is invented."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chat.engine import Context
from parsers.document import parse_text
from parsers.html import render_html
from parsers.periods import Period
from tests.built_releases import engine_over

LEAD = ["Quillon Gadgets Reports Fourth Quarter 2024 Results", "",
        "LAKEVIEW, Feb. 5, 2025 -- Quillon Gadgets Inc. (NASDAQ: QGDX) today reported results for the quarter "
        "ended December 31, 2024.", ""]
QUARTERLY = ["QUARTERLY SUMMARY", "(in thousands, except per share data)", "",
             "| Quarter | Revenue | Net income | Diluted EPS |", "| --- | --- | --- | --- |",
             "| Q1 2024 | 1,234 | 120 | 0.45 |", "| Q2 2024 | 1,310 | 131 | 0.49 |",
             "| Q3 2024 | 1,402 | 140 | 0.52 |", "| Q4 2024 | 1,455 | 150 | 0.56 |",
             "| Fiscal 2024 | 5,401 | 541 | 2.02 |", ""]
STOCK = ["MARKET PRICE OF COMMON STOCK", "", "| | High | Low |", "| --- | --- | --- |", "| Fiscal 2019 | | |",
         "| First Quarter | $ 45.10 | $ 38.20 |", "| Second Quarter | $ 47.35 | $ 40.05 |", "| Fiscal 2018 | | |",
         "| First Quarter | $ 35.10 | $ 28.20 |", "| Second Quarter | $ 37.35 | $ 30.05 |", ""]
MARKDOWN = "\n".join(LEAD + QUARTERLY + STOCK) + "\n"

HTML = """<html><body><p>Quillon Gadgets Reports Fourth Quarter 2024 Results</p><p>FIVE-YEAR SELECTED DATA</p>
<p>(in millions, except per share data)</p>
<table><tr><td>Year</td><td colspan=2>Net sales</td><td colspan=2>Operating income</td><td colspan=2>Diluted earnings per
share</td></tr>
<tr><td>2024</td><td>$</td><td>5,100</td><td>$</td><td>610</td><td>$</td><td>2.10</td></tr>
<tr><td>2023</td><td>$</td><td>4,800</td><td>$</td><td>570</td><td>$</td><td>1.95</td></tr>
<tr><td>2022</td><td>$</td><td>4,450</td><td>$</td><td>505</td><td>$</td><td>1.71</td></tr></table>
<p>MONTHLY OPERATING STATISTICS</p>
<table><tr><td>Month</td><td>Deliveries</td><td>Load factor</td></tr>
<tr><td>October 2024</td><td>1,204</td><td>82.1%</td></tr><tr><td>November 2024</td><td>1,150</td><td>80.4%</td></tr>
<tr><td>December 2024</td><td>1,320</td><td>85.0%</td></tr></table>
%s
</body></html>"""
NEAR_MISSES = """<p>LONG-TERM DEBT</p>
<table><tr><td></td><td>Principal</td><td>Interest</td></tr>
<tr><td>2025 Notes</td><td>500</td><td>20</td></tr><tr><td>2027 Notes</td><td>750</td><td>35</td></tr></table>
<p>Debt by year</p>
<table><tr><td>Year</td><td>Long-term debt</td></tr>
<tr><td>2025</td><td>500</td></tr><tr><td>2026</td><td>300</td></tr><tr><td>Thereafter</td><td>750</td></tr></table>"""


def _facts(text: str, fmt: str = "text", tables=None) -> dict[tuple[str, Period], tuple[float, str, int]]:
    doc = parse_text("q.txt", text, fmt, tables)
    return {(f.label, f.period): (f.value, f.unit, f.line) for f in doc.figures if f.source == "table"}


def _html_facts(extra: str = "") -> dict[tuple[str, Period], tuple[float, str, int]]:
    rendered = render_html(HTML.replace("%s", extra))
    return _facts(rendered.text, "html", rendered.tables)


Q = {n: Period(date(2024, 3 * n, (31, 30, 30, 31)[n - 1]), 3) for n in (1, 2, 3, 4)}


def test_a_markdown_table_of_quarters_as_rows_reads_each_metric_in_its_unit_and_scale() -> None:
    got = _facts(MARKDOWN)
    assert got[("Revenue", Q[2])][:2] == (1_310_000.0, "USD")
    assert got[("Net income", Q[4])][:2] == (150_000.0, "USD")
    assert got[("Diluted EPS", Q[3])][:2] == (0.52, "USD/share")  # per share: never in the table's thousands
    assert got[("Revenue", Period(date(2024, 12, 31), 12))][:2] == (5_401_000.0, "USD")  # the year's row, its own span
    line = got[("Revenue", Q[2])][2]
    assert MARKDOWN.split("\n")[line - 1].startswith("| Q2 2024 | 1,310")  # cited to the period's row


def test_quarters_under_a_fiscal_years_heading_are_that_years_and_a_stock_price_is_per_share() -> None:
    got = _facts(MARKDOWN)
    assert got[("High stock price per share", Period(date(2019, 3, 31), 3))][:2] == (45.10, "USD/share")
    assert got[("Low stock price per share", Period(date(2018, 6, 30), 3))][:2] == (30.05, "USD/share")
    assert not any(p.months == 12 for label, p in got if "stock price" in label)


def test_html_years_and_months_as_rows() -> None:
    got = _html_facts()
    fy24 = Period(date(2024, 12, 31), 12)
    assert got[("Net sales", fy24)][:2] == (5_100_000_000.0, "USD")
    assert got[("Diluted earnings per share", Period(date(2022, 12, 31), 12))][:2] == (1.71, "USD/share")
    nov = Period(date(2024, 11, 30), 1)
    assert got[("Deliveries", nov)][:2] == (1150.0, "count")  # a quantity: no scale of money
    assert got[("Load factor", nov)][:2] == (80.4, "percent")


def test_labels_holding_years_and_a_schedule_of_years_falling_due_are_left_unread() -> None:
    got = _html_facts(NEAR_MISSES)
    assert not any(label in ("Principal", "Interest", "Long-term debt", "Amount") for label, _ in got)
    assert not any(p.end.year >= 2025 for _, p in got)


def test_a_price_high_and_low_with_no_stock_named_is_left_unread() -> None:
    text = "\n".join(LEAD + QUARTERLY + ["COPPER PRICES", "", "| | High | Low |", "| --- | --- | --- |",
                             "| Q1 2024 | 4.10 | 3.80 |", "| Q2 2024 | 4.35 | 3.95 |"]) + "\n"
    got = _facts(text)
    assert got and not any("price" in label.lower() or label in ("High", "Low") for label, _ in got)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    with engine_over(tmp_path_factory.mktemp("transposed"), {"quillon.md": MARKDOWN}) as eng:
        yield eng


@pytest.mark.parametrize("question, figure", [("revenue Q2 2024", "1.31 million"),
                                              ("diluted EPS Q3 2024", "$0.52 per share"),
                                              ("high stock price first quarter fiscal 2019", "$45.10 per share")])
def test_asked_of_a_table_on_its_side(engine, question: str, figure: str) -> None:
    answer, _ = engine.ask(question, Context())
    assert figure in answer.text, answer.text


FIXED = "\n".join(LEAD + ["SELECTED QUARTERLY DATA", "(in thousands, except per share data)", "",
                          "                     Revenue      Net income     Diluted EPS",
                          "                    ---------     ----------     -----------",
                          "Q1 2024              $ 1,234         $ 120          $ 0.45",
                          "Q2 2024                1,310           131            0.49",
                          "Q3 2024                1,402           140            0.52", "",
                          "The company will hold a call today."]) + "\n"


def test_a_fixed_width_table_of_quarters_as_rows() -> None:
    got = _facts(FIXED)
    assert got[("Revenue", Q[2])][:2] == (1_310_000.0, "USD")
    assert got[("Diluted EPS", Q[1])][:2] == (0.45, "USD/share")
    assert FIXED.split("\n")[got[("Net income", Q[3])][2] - 1].startswith("Q3 2024")


def test_a_fixed_width_table_of_segments_over_rows_is_no_table_on_its_side() -> None:
    text = "\n".join(LEAD + QUARTERLY + ["REVENUE BY REGION", "",
                                        "                     Americas      Europe        Asia",
                                        "Product sales           1,000         500         250",
                                        "Services                  400         200         100", ""]) + "\n"
    got = _facts(text)
    assert not any(label in ("Americas", "Europe", "Asia") for label, _ in got)


def test_years_after_the_releases_own_period_are_no_results() -> None:
    text = "\n".join(LEAD + QUARTERLY + ["LONG-RANGE PLAN", "(in thousands)", "", "| Year | Revenue | Operating income |",
                                        "| --- | --- | --- |", "| 2025 | 6,000 | 700 |", "| 2026 | 6,900 | 820 |", ""]) + "\n"
    got = _facts(text)
    assert ("Revenue", Q[2]) in got and not any(p.end.year >= 2025 for _, p in got)


def test_dates_beside_spans_in_the_rows_are_left_unread() -> None:
    text = "\n".join(LEAD + ["| Period | Revenue | Cash |", "| --- | --- | --- |", "| Q3 2024 | 1,402 | 300 |",
                             "| December 31, 2024 | 1,455 | 320 |", ""] + QUARTERLY) + "\n"
    got = _facts(text)
    assert not any(label == "Cash" for label, _ in got)


FISCAL = """Quillon Gadgets Reports Fourth Quarter Fiscal 2019 Results

LAKEVIEW, May 30, 2019 -- Quillon Gadgets Inc. (NASDAQ: QGDX) today reported results for the fourth quarter and fiscal
year ended April 27, 2019.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

| | Three Months Ended April 27, 2019 | Three Months Ended April 28, 2018 |
| --- | --- | --- |
| Revenue | $ 1,455 | $ 1,300 |

MARKET PRICE OF COMMON STOCK

| | High | Low | Dividends Declared Per Share |
| --- | --- | --- | --- |
| Fiscal Year Ended %s | | | |
| First Quarter | $45.45 | $37.70 | $0.11 |
| Fourth Quarter | 32.22 | 25.11 | 0.11 |
"""


def test_quarters_under_a_fiscal_year_stated_by_its_end_date_count_back_from_it() -> None:
    got = _facts(FISCAL.replace("%s", "April 27, 2019"))
    assert got[("High stock price per share", Period(date(2018, 7, 31), 3))][:2] == (45.45, "USD/share")
    assert got[("Dividends Declared Per Share", Period(date(2019, 4, 27), 3))][:2] == (0.11, "USD/share")


def test_a_fiscal_year_heading_off_the_releases_calendar_is_left_unread() -> None:
    got = _facts(FISCAL.replace("%s", "December 31, 2018"))
    assert ("Revenue", Period(date(2019, 4, 27), 3)) in got and not any("stock" in label for label, _ in got)


def test_a_scale_line_naming_per_share_data_names_no_stock() -> None:
    text = "\n".join(LEAD + QUARTERLY + ["REALIZED PRICES", "(in thousands, except per share data)", "",
                                        "| | High | Low |", "| --- | --- | --- |", "| Q1 2024 | 4.10 | 3.80 |",
                                        "| Q2 2024 | 4.35 | 3.95 |"]) + "\n"
    got = _facts(text)
    assert got and not any("price" in label.lower() or label in ("High", "Low") for label, _ in got)


def _priced(title: list[str]) -> dict[tuple[str, Period], tuple[float, str, int]]:
    text = "\n".join(LEAD + QUARTERLY + title + ["", "| | High | Low |", "| --- | --- | --- |",
                                                 "| Q1 2024 | $ 92.50 | $ 80.10 |", "| Q2 2024 | $ 93.00 | $ 81.70 |"]) + "\n"
    return _facts(text)


@pytest.mark.parametrize("title", [["STOCK PRICE"], ["Price range of our common shares"],
                                   ["MARKET PRICE OF COMMON STOCK"], ["NYSE SHARE PRICE (US$)"]])
def test_a_high_and_low_under_a_title_naming_the_share_price_is_that_price(title: list[str]) -> None:
    assert _priced(title)[("High stock price per share", Q[1])][:2] == (92.50, "USD/share")


@pytest.mark.parametrize("title", [["ROLLING STOCK FLEET UTILIZATION (%)"], ["ROLLING STOCK FLEET UTILIZATION"],
                                   ["FAIR VALUE OF EQUITY SECURITIES HELD", "(in millions)"],
                                   ["SHARE PRICE (in thousands)"], ["SHARE PRICE (%)"],
                                   ["TSX SHARE PRICE (C$)"], ["SHARE PRICE (CAD)"], ["SHARE PRICE (€)"],
                                   ["SHARE PRICE (pence)"], ["MARKET PRICE OF COPPER"]])
def test_a_high_and_low_of_no_dollar_share_price_is_left_unread(title: list[str]) -> None:
    got = _priced(title)  # a stock or a security named without its price, a scale, a percent, another currency
    assert ("Revenue", Q[2]) in got and not any("price" in label.lower() or label in ("High", "Low") for label, _ in got)


@pytest.mark.parametrize("table", [
    ["NET SALES BY QUARTER", "(in thousands)", "", "| | First Quarter | Second Quarter |", "| --- | --- | --- |",
     "| 2024 | $ 1,234 | $ 1,310 |", "| 2023 | 1,100 | 1,200 |"],
    ["FOURTH QUARTER SUMMARY", "(in thousands)", "", "| | Fourth Quarter Revenue | Fourth Quarter Net Income |",
     "| --- | --- | --- |", "| 2024 | $ 1,455 | $ 150 |", "| 2023 | 1,400 | 140 |"],
    ["SALES BY MONTH", "(in thousands)", "", "| | October | November |", "| --- | --- | --- |",
     "| 2024 | $ 455 | $ 470 |", "| 2023 | 400 | 410 |"]])
def test_column_headings_naming_quarters_or_months_are_no_metrics_of_the_rows_years(table: list[str]) -> None:
    got = _facts("\n".join(LEAD + QUARTERLY + table) + "\n")
    assert ("Revenue", Q[2]) in got  # the near miss: a metric's heading over quarter rows is read
    assert not any(("quarter" in label.lower() or label in ("October", "November")) for label, _ in got)
    assert not any(p.months == 12 and p.end.year == 2023 for _, p in got)


def test_dates_under_a_quarter_ended_heading_are_quarters_and_balances_stay_at_the_date() -> None:
    rows = ["| March 31, 2024 | $ 1,234 | $ 300 |", "| June 30, 2024 | 1,310 | 320 |"]
    head = ["QUARTERLY DATA", "(in thousands)", "", "| %s | Revenue | Cash and cash equivalents |",
            "| --- | --- | --- |"]
    got = _facts("\n".join(LEAD + [h.replace("%s", "Quarter ended") for h in head] + rows) + "\n")
    assert got[("Revenue", Q[2])][:2] == (1_310_000.0, "USD")  # a flow: the quarter to the date
    assert got[("Cash and cash equivalents", Period(date(2024, 6, 30), 0))][:2] == (320_000.0, "USD")
    assert not any(label == "Revenue" and p.months == 0 for label, p in got)
    got = _facts("\n".join(LEAD + [h.replace("%s", "Six months ended") for h in head] + rows) + "\n")
    assert got[("Revenue", Period(date(2024, 6, 30), 6))][:2] == (1_310_000.0, "USD")


BALANCES = ["SELECTED QUARTERLY DATA", "(in thousands)", "",
            "| Quarter ended | Revenue | Net income | Cash and cash equivalents |", "| --- | --- | --- | --- |",
            "| December 31, 2024 | 100,000 | 10,000 | 55,000 |", "| September 30, 2024 | 95,000 | 9,000 | 50,000 |",
            "| December 31, 2023 | 90,000 | 8,000 | 45,000 |", ""]


def test_a_balance_column_beside_flows_under_a_span_stays_at_the_rows_date() -> None:
    """'Quarter ended' over dates, columns Revenue | Net income | Cash: the flows are the quarters', the cash a
    balance at the date (it was read as a quarter's flow and lost). Near miss: revenue stays the quarter's."""
    facts = _facts("\n".join(LEAD + BALANCES) + "\n", "markdown")
    assert facts[("Cash and cash equivalents", Period(date(2024, 12, 31), 0))][0] == 55e6
    assert facts[("Revenue", Period(date(2024, 12, 31), 3))][0] == 100e6
    assert ("Revenue", Period(date(2024, 12, 31), 0)) not in facts
