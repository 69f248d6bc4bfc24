"""Tables that state no scale, read by what the release itself proves (issue 19, the 'unstated' answers): a table
proven in millions by its prose though it prints prices per pound in dollars and cents beside its amounts, and a
balance sheet that takes the scale of the statement it repeats a figure of, digit for digit. Every company and figure
here is invented."""
from __future__ import annotations

from datetime import date

from parsers.document import parse_text
from parsers.model import Document, Figure
from parsers.periods import Period

Q24 = Period(date(2024, 12, 31), 3)
B24 = Period(date(2024, 12, 31), 0)

HIGHLIGHTS = """Corrin Copper Ltd. Reports Fourth Quarter 2024 Results

TORONTO, Feb. 11, 2025 -- Corrin Copper Ltd. (TSX: CRRN) today reports results for the three months ended December \
31, 2024.

* Gross profit for the fourth quarter of $405 million was $51 million lower than the third quarter.
* Cash flows from operating activities of $583 million for the quarter were $323 million higher than the third quarter.

**FINANCIAL HIGHLIGHTS**

|  | Q4 2024 | Q3 2024 | Q4 2023 |
| --- | --- | --- | --- |
| Sales revenues | 1,256 | 1,279 | 1,218 |
| Gross profit | 405 | 456 | 87 |
| Cash flows from operating activities | 583 | 260 | (185) |
| {price_label} | $4.17 | $4.24 | $3.62 |
"""


def _figure(doc: Document, label: str, period: Period) -> Figure:
    return next(f for f in doc.figures if f.source == "table" and f.label.startswith(label) and f.period == period)


def test_a_table_proven_in_millions_keeps_its_prices_per_pound_whole():
    """Two sentences repeat two rows of the table in millions: its amounts are millions, though it prints a price
    per pound in dollars and cents (that was taken for a table printing cents, whose scale then stayed unstated)."""
    doc = parse_text("corrin_q4.md", HIGHLIGHTS.format(price_label="Realized copper price (per lb)"), "markdown")
    revenue = _figure(doc, "Sales revenues", Q24)
    assert (revenue.value, revenue.scale, revenue.scale_stated) == (1_256_000_000, 1e6, True)
    price = _figure(doc, "Realized copper price", Q24)
    assert price.value == 4.17 and price.scale == 1.0


def test_a_table_printing_cents_of_an_amount_stays_unstated():
    """Near miss: a row of money in dollars and cents that is no price per some unit ('Other items | $4.17'): a
    table proven in millions cannot print cents, so the proof conflicts and the scale stays unstated."""
    doc = parse_text("corrin_q4.md", HIGHLIGHTS.format(price_label="Other items"), "markdown")
    revenue = _figure(doc, "Sales revenues", Q24)
    assert (revenue.value, revenue.scale_stated) == (1256, False)


STATEMENTS = """Pellworth Analytics Reports Fourth Quarter 2024 Results

AUSTIN, Texas, Feb. 12, 2025 -- Pellworth Analytics Inc. (NASDAQ: PLWA) today reported results for the quarter ended \
December 31, 2024.

Revenue for the quarter was $4.7 million, compared to $5.3 million in the prior year quarter. Gross profit was $3.1 \
million.

CONSOLIDATED STATEMENTS OF OPERATIONS

|  | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |
| --- | --- | --- |
| Revenue | 4,712,345 | 5,301,220 |
| Cost of revenue | 1,598,004 | 1,702,118 |
| Gross profit | 3,114,341 | 3,599,102 |
| Operating expenses | 4,310,772 | 4,120,530 |
| Net loss | (1,196,431) | (521,428) |

CONSOLIDATED STATEMENTS OF CASH FLOWS

|  | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |
| --- | --- | --- |
| Net loss | (1,196,431) | (521,428) |
| Depreciation and amortization | 210,554 | 198,301 |
| Net cash used in operating activities | (804,219) | (355,870) |
| Cash and cash equivalents, end of period | 2,707,688 | 3,511,902 |

CONSOLIDATED BALANCE SHEETS

|  | December 31, 2024 | December 31, 2023 |
| --- | --- | --- |
| Cash and cash equivalents | {cash} | {cash0} |
| Accounts receivable | 1,004,215 | 987,340 |
| Total assets | 57,511,990 | 59,002,114 |
"""


def test_a_balance_sheet_repeating_a_figure_of_a_proven_statement_takes_its_scale():
    """The prose proves the income statement is in whole dollars; the cash flow statement repeats its net loss digit
    for digit, and the balance sheet the cash flow statement's closing cash: each is in whole dollars too (both were
    answered 'as printed, scale unstated')."""
    doc = parse_text("pellworth_q4.md", STATEMENTS.format(cash="2,707,688", cash0="3,511,902"), "markdown")
    assets = _figure(doc, "Total assets", B24)
    assert (assets.value, assets.scale_stated) == (57_511_990, True)
    assert _figure(doc, "Net cash used in operating activities", Q24).scale_stated


def test_a_balance_sheet_repeating_no_figure_stays_unstated():
    """Near miss: a balance sheet whose cash is not the cash flow statement's closing cash shares no figure with a
    table of known scale: nothing proves its scale, so it stays unstated (magnitudes alone never decide)."""
    doc = parse_text("pellworth_q4.md", STATEMENTS.format(cash="2,707,689", cash0="3,511,903"), "markdown")
    assert not _figure(doc, "Total assets", B24).scale_stated
    assert _figure(doc, "Net cash used in operating activities", Q24).scale_stated  # the cash flow statement still
