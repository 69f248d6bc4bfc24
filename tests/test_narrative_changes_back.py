"""Changes and comparisons of issue 19's prose the reader left unread or misdated (helper prose9a).

- A change said against the period named after "than" ("Gross profit of $405 million was $51 million lower than the
  third quarter of 2024") is the figure's change from that period, kept with it (comp_period); against no period
  ("$65 million lower.") or an expectation ("lower than guidance") it is left unread.
- A sentence opening on the change of figures the sentence before read ("The $0.3 million increase is mainly
  attributed to ...", "The $5.3 million decrease in voyage expenses ...", "The increase of $0.1 million ...") is that
  figure's change, of its period, only when the two levels differ by the amount in the word's direction; when the sum
  does not agree, or the words name another figure, it is left unread.
- "increased from $0.09 per share in the prior year period to $0.11 per share": the period after the first per-share
  amount dates it, never the second (which was read as the year before the first: a wrong period).

The company is invented; the sentences take the shapes of the dev releases' unread amounts."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import parse_text
from parsers.model import Document
from parsers.periods import Period

HEAD = """Brambleton Shipping Corp. Reports Fourth Quarter 2024 Results

ATHENS, Greece, February 12, 2025 -- Brambleton Shipping Corp. (NASDAQ: BRMB) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    # a change against the period after "than"
    "Gross profit for the fourth quarter of $405 million was $51 million lower than the third quarter of 2024.",
    "Cash flows from operating activities of $583 million for the quarter were $323 million higher than Q3 2024.",
    "Revenue for the fourth quarter of 2024 was $812 million, $44 million higher than the fourth quarter of 2023.",
    # near misses: against nothing, an expectation, a quarter not dated
    "Operating income for the fourth quarter of 2024 was $150 million, and EBITDA of $455 million for the same "
    "period was $65 million lower.",
    "Net income for the fourth quarter of 2024 was $92 million, $8 million lower than the guidance we gave.",
    "Cost of sales for the fourth quarter of 2024 was $390 million, $12 million higher than the prior quarter.",
    # a sentence on the change of the sentence before's figures
    "Interest income for the three months ended December 31, 2024 was $2.3 million as compared to $2.0 million for "
    "the three months ended December 31, 2023. The $0.3 million increase is mainly attributed to a higher amount of "
    "funds placed under time deposits.",
    "Management fees for the twelve months ended December 31, 2024 and 2023 were $1.7 million and $1.6 million, "
    "respectively. The increase of $0.1 million is attributable to the slight increase in the number of vessels.",
    "Voyage expenses and vessels' operating expenses for the three months ended December 31, 2024 were $8.5 million "
    "and $6.7 million, respectively, compared to $13.8 million and $5.7 million, respectively, for the three months "
    "ended December 31, 2023. The $5.3 million decrease in voyage expenses is mainly attributed to increased time "
    "charter activity. The $1.0 million increase in vessels' operating expenses is primarily due to the larger fleet.",
    # near misses: the sum does not agree, the direction does not, the words name another figure
    "Charter revenues for the three months ended December 31, 2024 were $40.2 million as compared to $35.1 million "
    "for the three months ended December 31, 2023. The $6.4 million increase is mainly attributed to higher rates.",
    "Port costs for the three months ended December 31, 2024 were $3.5 million as compared to $3.1 million for the "
    "three months ended December 31, 2023. The $0.4 million decrease is mainly attributed to fewer calls.",
    "Bunker costs for the three months ended December 31, 2024 were $7.5 million as compared to $7.1 million for the "
    "three months ended December 31, 2023. The $0.4 million increase in crew costs is due to new hires.",
    # a per-share comparison from one period to the next
    "Free cash flow for the fourth quarter of 2024 increased from $0.09 per share in the prior year period to $0.11 "
    "per share.",
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n"
Q24, Q23, Q3_24 = Period(date(2024, 12, 31), 3), Period(date(2023, 12, 31), 3), Period(date(2024, 9, 30), 3)
FY24 = Period(date(2024, 12, 31), 12)


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_text("brambleton_q4_2024.txt", RELEASE)


def _found(doc: Document, label: str) -> list[tuple[float, Period, Period | None]]:
    return [(round(f.value, 2), f.period, f.comp_period) for f in doc.figures
            if f.source == "narrative" and f.label == label]


def _any_of(doc: Document, value: float) -> list[str]:
    return [f.label for f in doc.figures if f.source == "narrative" and round(abs(f.value), 2) == value]


def test_a_change_than_a_named_quarter_is_kept_with_that_quarter(doc) -> None:
    assert _found(doc, "Gross profit (change)") == [(-51_000_000, Q24, Q3_24)]
    assert _found(doc, "Cash flows from operating activities (change)") == [(323_000_000, Q24, Q3_24)]
    assert _found(doc, "Revenue (change)") == [(44_000_000, Q24, None)]  # a year before: no base of its own
    assert (405_000_000, Q24, None) in _found(doc, "Gross profit")


def test_a_change_than_nothing_an_expectation_or_an_undated_quarter_is_not_stored(doc) -> None:
    assert _any_of(doc, 65_000_000) == []
    assert _any_of(doc, 8_000_000) == []
    assert _any_of(doc, 12_000_000) == []


def test_a_sentence_on_the_change_of_the_levels_before_reads_it_as_that_figures_change(doc) -> None:
    assert _found(doc, "Interest income (change)") == [(300_000, Q24, None)]
    assert _found(doc, "management fees (change)") == [(100_000, FY24, None)]
    assert _found(doc, "voyage expenses (change)") == [(-5_300_000, Q24, None)]
    assert _found(doc, "vessels' operating expenses (change)") == [(1_000_000, Q24, None)]


def test_a_change_the_levels_do_not_add_up_to_or_of_another_figure_stays_unread(doc) -> None:
    assert _any_of(doc, 6_400_000) == []  # 40.2 - 35.1 = 5.1
    assert _any_of(doc, 400_000) == []  # port costs rose, bunker costs are no crew costs
    assert (40_200_000, Q24, None) in _found(doc, "Charter revenues") or not _found(doc, "Charter revenues")


def test_the_period_after_a_per_share_amount_dates_that_amount_only(doc) -> None:
    found = _found(doc, "Free cash flow per share")
    assert (0.09, Q23, None) in found
    assert all(period != Period(date(2022, 12, 31), 3) for _, period, _ in found)
    assert (0.11, Q24, None) in found


AVERAGES = HEAD + "\n\n".join([
    "In addition, average interest bearing liabilities increased by $64.3 million to $634.7 million for the year ended "
    "December 31, 2024 from $570.4 million for the same period in 2023.",
    "Average interest earning assets were $784.6 million for the year ended December 31, 2024.",
    # near misses: an average of a unit (a price, a rate), never the company's own figure of the period
    "Average selling price was $412.50 for the year ended December 31, 2024.",
    "Average daily charter rates were $31,200 for the year ended December 31, 2024.",
]) + "\n"


def test_an_average_balance_is_its_printed_subjects_figure_of_the_span() -> None:
    """"average interest bearing liabilities ... to $634.7 million for the year": the issuer's average balance over the
    year, kept under its printed words (the word "average" keeps out of a printed subject any other average)."""
    doc = parse_text("brambleton_q4_2024.txt", AVERAGES)
    fy23 = Period(date(2023, 12, 31), 12)
    assert _found(doc, "average interest bearing liabilities") == [(634_700_000, FY24, fy23), (570_400_000, fy23, None)]
    assert _found(doc, "average interest bearing liabilities (change)") == [(64_300_000, FY24, None)]
    assert _found(doc, "average interest earning assets") == [(784_600_000, FY24, None)]
    assert _any_of(doc, 412.5) == [] and _any_of(doc, 31_200) == []


CAPITALS = HEAD + """Tax Expense

* Adjusted Tax Expense for the fourth quarter of 2024 was $9 million as compared to $16 million in fourth-quarter 2023.
* Harbor Tax Expense for the fourth quarter of 2024 was $7 million.
"""


def test_a_tax_expense_named_in_capitals_is_read_as_printed_a_names_is_not() -> None:
    """"Adjusted Tax Expense was $9 million": a measure's name in capitals (vocabulary.toml title_case_measure_heads and
    _words); "Harbor Tax Expense" (a capitalised word no measure's name holds) is a business's: unread."""
    doc = parse_text("brambleton_q4_2024.txt", CAPITALS)
    assert _found(doc, "adjusted tax expense (adjusted)") == [(9_000_000, Q24, Q23), (16_000_000, Q23, None)]
    assert _any_of(doc, 7_000_000) == []


CHANGE_ONLY_Q3 = """Brambleton Shipping Corp. Reports Third Quarter 2024 Results

ATHENS, Greece, October 24, 2024 -- Brambleton Shipping Corp. (NASDAQ: BRMB) today reported results for the third quarter ended September 30, 2024.

Net interest income for the third quarter of 2024 was $12.0 million.

Operating cash flow for the third quarter of 2024 was $55.0 million.
"""
CHANGE_ONLY_Q4_23 = CHANGE_ONLY_Q3.replace("Third Quarter 2024", "Fourth Quarter 2023").replace(
    "October 24, 2024", "January 25, 2024").replace("third quarter ended September 30, 2024",
                                                    "fourth quarter ended December 31, 2023").replace(
    "third quarter of 2024", "fourth quarter of 2023")
CHANGE_ONLY_Q4 = HEAD + """Net interest income increased $0.5 million, or 4.2%, compared to the third quarter.

Operating cash flow decreased by $4.0 million compared to the third quarter of 2024.
"""


@pytest.fixture(scope="module")
def change_only(tmp_path_factory):
    from tests.built_releases import engine_over
    with engine_over(tmp_path_factory.mktemp("change_only"), {
            "brambleton_q3_2024.txt": CHANGE_ONLY_Q3, "brambleton_q4_2023.txt": CHANGE_ONLY_Q4_23,
            "brambleton_q4_2024.txt": CHANGE_ONLY_Q4}) as e:
        yield e


@pytest.mark.parametrize("question", [
    "Brambleton Shipping: percentage change in net interest income from Q4 2023 to Q4 2024?",
    "Brambleton Shipping: how did operating cash flow change from Q3 2024 to Q4 2024?",
    "Brambleton Shipping: percentage change in operating cash flow from Q4 2023 to Q4 2024?",
    "Brambleton Shipping: what was net interest income in Q4 2024?",
])
def test_a_stated_change_is_never_the_figure_it_changes(change_only, question) -> None:
    """"Net interest income increased $0.5 million ... compared to the third quarter": $0.5 million is the change, never
    the quarter's net interest income; no percentage is computed from it against any base (it was: -95.8% against the
    year-ago $12.0 million, and "$55.00 million to -$4.00 million" for a decrease of $4.0 million)."""
    a = change_only.ask(question)[0]
    assert a.status != "answered" and "4.00 million" not in a.text and "500,000" not in a.text


def test_a_stated_change_answers_only_against_its_own_base(change_only) -> None:
    a = change_only.ask("Brambleton Shipping: percentage change in net interest income from Q3 2024 to Q4 2024?")[0]
    assert a.status == "answered" and a.value == pytest.approx(4.2)
