"""Prose amounts the reader left unread (issue 19), each class on sentences written here: a level set beside
dated levels ("$158.7 million, lower than $192.5 million last quarter and $217.3 million at the end of last year"),
a balance "at the end of 2024", two periods of one named measure with changes "respectively" paired ("... for the
quarter and $2.4 billion ($1.45 / share) over the last twelve months, up 11% and 5% over the same periods in the
prior year, respectively"). Near misses stay unread: a level set beside an undated one ("higher than $4.0 million
expected by analysts"), a dividend paid each quarter of a year (never the year's), a part of a business ("Revenues
of the four Operating Verticals"), a numbered item's amount after another item's term ("... under cost of revenues
line item. (2) $0.3 million ..."). Every company and figure is invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Quillfeather Devices Inc. Reports Fourth Quarter 2024 Results

DENVER, Colorado, February 11, 2025 -- Quillfeather Devices Inc. (NASDAQ: QFDV) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    "The Company's inventories as of December 31, 2024 were $158.7 million, lower than $192.5 million last quarter "
    "and $217.3 million at the end of last year.",
    "The Company's liquidity was $580.0 million at the end of 2024, compared with $450.0 million at the end of 2023.",
    "Net debt stood at $269.5 million as at 31 December 2024, compared with $254.4 million as at 30 June 2024.",
    "Distributable earnings were $649.0 million ($0.40 / share) for the quarter and $2.4 billion ($1.45 / share) "
    "over the last twelve months, up 11% and 5% over the same periods in the prior year, respectively.",
    "The Company announced 2025 Core FFO guidance of $3.33 to $3.38 per share.",
    "Cash and cash equivalents were $22.4 million as of December 31, 2024. This compares to $20.6 million at the same "
    "time last year and $20.5 million a quarter ago.",
    "Capital Deployment was $52.2 million in the fourth quarter of 2024, consisting primarily of two acquisitions.",
    # near misses
    "Restricted cash was $3.1 million as of December 31, 2024. This compares to $2.9 million and $2.8 million a quarter "
    "ago.",  # which amount is whose period? unread
    "Northern Ridge Holdings was $74.2 million in the fourth quarter of 2024.",  # a name in capitals, no measure's
    "Tamsworth Receipts was $41.9 million in the fourth quarter of 2024, reflecting the sale of a minority stake.",
    # "This compares to" after two figures of the paragraph, and a balance's phrase after a flow: whose amount?
    "The Company ended the quarter with total deposits of $224.6 million. Free cash flow for the quarter was $31.5 "
    "million. This compares to $206.4 million at the same time last year.",
    "Net loans were $512.0 million as of December 31, 2024. Total borrowings were $95.0 million as of December 31, "
    "2024. This compares to $91.2 million at the same time last year.",
    "In December 2024 EBITDA was $18.3 million.",  # the month's, never the year's
    "On December 15, 2024 adjusted EBITDA was $12.6 million.",
    "Operating cash flow was $44.0 million for the fourth quarter of 2024. This compares to $39.5 million at the same "
    "time last year.",
    "Total debt was $88.0 million as of December 31, 2024. This compares to $80.1 million for the same period last "
    "year.",
    "Revenue for the fourth quarter of 2024 was $51.3 million, higher than $48.8 million expected by analysts.",
    "A cash dividend of $0.27 per share was declared and paid to shareholders of record on the respective quarterly "
    "record dates throughout the year ended December 31, 2024.",
    "Revenues of the four Operating Verticals stood at $47.9 million in the fourth quarter of 2024.",
    "During the three-month period ended December 31, 2024, the Company recorded acquisition-related expenses of $0.9 "
    "million, consisting of: (1) $0.6 million amortization of intangible assets recorded under cost of revenues line "
    "item. (2) $0.3 million amortization of intangible assets recorded under sales and marketing expenses line item.",
]
TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Revenues                                                        $ 51,300    $ 46,100
Cost of revenues                                                  30,200      27,900
Net income                                                         6,100       5,200
Diluted earnings per share                                        $ 0.21      $ 0.18
"""
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n" + TABLE
Q24, FY24 = Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 12)
B24, B_SEP24, B23 = Period(date(2024, 12, 31), 0), Period(date(2024, 9, 30), 0), Period(date(2023, 12, 31), 0)


@pytest.fixture(scope="module")
def read() -> dict[str, list[tuple[float, Period]]]:
    doc = parse_text("quillfeather_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, Period]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value, 2), f.period))
    return out


def test_a_level_set_beside_dated_levels_is_read_at_each_date(read) -> None:
    assert read["inventories"] == [(158_700_000, B24), (192_500_000, B_SEP24), (217_300_000, B23)]


def test_a_sentence_comparing_the_figure_before_dates_each_level_it_names(read) -> None:
    assert read["Cash and cash equivalents"] == [(22_400_000, B24), (20_600_000, B23), (20_500_000, B_SEP24)]


def test_a_balance_at_the_end_of_a_year_is_at_that_years_last_day(read) -> None:
    assert read["liquidity"] == [(580_000_000, B24), (450_000_000, B23)]


def test_a_balance_as_at_a_date_printed_day_first_is_at_that_date(read) -> None:
    assert read["Net debt"] == [(269_500_000, B24), (254_400_000, Period(date(2024, 6, 30), 0))]


def test_two_periods_of_a_named_measure_with_changes_paired_are_each_read(read) -> None:
    assert read["earnings (distributable)"] == [(649_000_000, Q24), (2_400_000_000, FY24)]
    assert read["earnings per share (distributable)"] == [(0.40, Q24), (1.45, FY24)]


def test_a_year_before_a_measures_name_dates_its_outlook(read) -> None:
    fy25 = Period(date(2025, 12, 31), 12)
    assert read["FFO per share (core, guidance low)"] == [(3.33, fy25)]
    assert read["FFO per share (core, guidance high)"] == [(3.38, fy25)]


def test_a_measure_named_in_capitals_is_read_under_its_words(read) -> None:
    assert read["capital deployment"] == [(52_200_000, Q24)]


def test_near_misses_stay_unread(read) -> None:
    values = {v for found in read.values() for v, _ in found}
    assert 48_800_000 not in values  # set beside an undated level: no figure of a period
    assert 0.27 not in values  # each quarter's dividend, never the year's
    assert 47_900_000 not in values  # a part of the business, not the company's revenue
    assert 300_000 not in values  # item (2)'s amount, never item (1)'s cost of revenues
    assert 74_200_000 not in values
    assert 41_900_000 not in values  # a head of a measure's name after a proper name: a business's, never read
    assert not values & {2_900_000, 2_800_000}  # "$2.9 million and $2.8 million a quarter ago": whose period?
    assert 18_300_000 not in values  # "In December 2024 EBITDA was": the month's, not the year's
    assert (12_600_000, FY24) not in read["adjusted EBITDA (adjusted)"]  # "On December 15, 2024": not the year's
    assert not values & {206_400_000, 91_200_000, 39_500_000, 80_100_000}  # "This compares to" the paragraph's other figure, or
    # by a phrase that dates another kind of figure (a balance's for a flow, a flow's for a balance)
    assert read["Revenue"] == [(51_300_000, Q24)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("levels"), {"quillfeather_q4_2024.txt": RELEASE}) as e:
        yield e


@pytest.mark.parametrize("question,expected", [
    ("Quillfeather inventories at September 30, 2024", 192_500_000),
    ("Quillfeather inventories at December 31, 2023", 217_300_000),
    ("Quillfeather capital deployment Q4 2024", 52_200_000),
])
def test_a_compared_level_answers_at_its_own_date(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and round(a.value) == expected


@pytest.mark.parametrize("question,never", [
    ("Quillfeather diluted EPS Q4 2024", {0.40, 1.45, 0.27}),
    ("Quillfeather EPS FY 2024", {0.40, 1.45, 0.27}),
    ("Quillfeather dividends per share FY 2024", {0.27}),
    ("Quillfeather revenue Q4 2024", {47_900_000, 48_800_000, 52_200_000, 74_200_000}),
    ("Quillfeather capital expenditures Q4 2024", {52_200_000}),
    ("Quillfeather cost of revenues Q4 2024", {300_000, 600_000}),
    ("Quillfeather net income Q4 2024", {649_000_000}),
    ("Quillfeather FFO per share 2024", {3.33, 3.38}),
    ("Quillfeather diluted EPS 2025", {3.33, 3.38}),
])
def test_a_canonical_question_never_gets_these_amounts(engine, question, never) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" or round(a.value or 0, 2) not in never


ANNUAL = """Quillfeather Devices Inc. Reports Full Year 2024 Results

DENVER, Colorado, February 11, 2025 -- Quillfeather Devices Inc. (NASDAQ: QFDV) today announced financial results for the year ended December 31, 2024.

Net income was $64.9 million for the quarter and $240.0 million for the year.

Fee-related earnings were $67.7 million for the quarter.
"""


def test_the_quarter_of_a_years_release_is_the_quarter_the_year_ends_with_never_the_year() -> None:
    doc = parse_text("quillfeather_2024.txt", ANNUAL)
    read = sorted((f.label, round(f.value), f.period) for f in doc.figures if f.source == "narrative")
    assert read == [("Net income", 64_900_000, Q24), ("Net income", 240_000_000, FY24),
                    ("earnings (fee-related)", 67_700_000, Q24)]


def _narrative(name: str, text: str) -> dict[str, list[tuple[float, Period]]]:
    out: dict[str, list[tuple[float, Period]]] = {}
    for f in parse_text(name, text).figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value, 2), f.period))
    return out


JUNE_YEAR = """Quillfeather Devices Inc. Reports Second Quarter Fiscal 2025 Results

DENVER, Colorado, February 11, 2025 -- Quillfeather Devices Inc. (NASDAQ: QFDV) today reported results for its fiscal 2025 second quarter ended December 31, 2024. The fiscal year ends June 30.

Cash and cash equivalents were $152.3 million at the end of 2024, compared with $131.8 million at the end of last year.

Total debt was $61.0 million at the end of fiscal 2024.
"""
RETAIL_YEAR = """Quillfeather Stores Inc. Reports Fourth Quarter Fiscal 2024 Results

DENVER, Colorado, March 5, 2025 -- Quillfeather Stores Inc. (NYSE: QFST) today reported results for the fourth quarter of fiscal 2024 ended February 1, 2025.

Net sales for the fourth quarter of fiscal 2024 were $512.3 million. Net sales for fiscal 2024 were $1,912.4 million.

Total debt was $301.2 million at the end of fiscal 2024.

Cash was $95.1 million at the end of 2024.
"""


def test_a_year_end_without_fiscal_of_a_june_year_is_left_undated() -> None:
    """'At the end of 2024' of a company whose year ends in June: December 31, 2024 or the end of fiscal 2024 (June 30,
    2024)? The words do not say (an earlier rule read December 31; a March year named by the year it starts showed
    the calendar reading is no safer): unread. 'At the end of fiscal 2024' is still read."""
    read = _narrative("quillfeather_q2_fy2025.txt", JUNE_YEAR)
    assert "Cash and cash equivalents" not in read
    assert [(v, p.end) for v, p in read["Total debt"]] == [(61_000_000, date(2024, 6, 30))]
    assert 131_800_000 not in {v for found in read.values() for v, _ in found}  # June 2024 or December 2023?


MARCH_YEAR = """Quillfeather Instruments Co. Reports Fiscal 2024 Fourth Quarter Results

DENVER, Colorado, May 14, 2025 -- Quillfeather Instruments Co. (NYSE: QFIN) today reported results for the fourth quarter of fiscal 2024, the quarter ended March 31, 2025.

Revenue for the fourth quarter of fiscal 2024 was $210.0 million. Cash and cash equivalents at the end of 2024 were $812.0 million. Total debt was $90.0 million at the end of fiscal 2024.
"""


def test_a_year_end_without_fiscal_of_a_march_year_named_by_its_first_year_is_left_undated() -> None:
    read = _narrative("quillfeather_instruments_q4_fy2024.txt", MARCH_YEAR)
    assert "Cash and cash equivalents" not in read  # December 31, 2024 or March 31, 2025?
    assert [(v, p.end) for v, p in read["Total debt"]] == [(90_000_000, date(2025, 3, 31))]  # near miss: "fiscal"


def test_a_fiscal_year_named_by_the_year_it_starts_in_dates_prose_at_its_own_end() -> None:
    read = _narrative("quillfeather_stores_q4_fy2024.txt", RETAIL_YEAR)
    ends_2025 = date(2025, 1, 31)  # fiscal 2024 ends February 1, 2025: never a year early
    assert read["Net sales"] == [(512_300_000, Period(ends_2025, 3)), (1_912_400_000, Period(ends_2025, 12))]
    assert [p.end for _, p in read["Total debt"]] == [ends_2025]
    assert 95_100_000 not in {v for found in read.values() for v, _ in found}  # December 31 ends no quarter of its year


ANNUAL_DIVIDENDS = """Quillfeather Devices Inc. Reports Full Year 2024 Results

DENVER, Colorado, February 11, 2025 -- Quillfeather Devices Inc. (NASDAQ: QFDV) today reported results for the year ended December 31, 2024.

The Board declared a dividend of $0.26 per share for the quarter, bringing total dividends for 2024 to $1.04 per share.
"""
QUARTER_AFTER_DIVIDENDS = """Quillfeather Devices Inc. Reports Fourth Quarter 2024 Results

DENVER, Colorado, February 11, 2025 -- Quillfeather Devices Inc. (NASDAQ: QFDV) today reported results for the quarter ended December 31, 2024.

Revenue was $412.0 million. The Board declared a dividend of $0.26 per share for the quarter, bringing total dividends for 2024 to $1.04 per share. Operating income was $51.0 million.

Net sales for 2024 were $1.6 billion. Gross profit was $640.0 million.
"""
ANNUAL_PAID = """Quillfeather Devices Inc. Reports Fourth Quarter and Full Year 2024 Results

DENVER, Colorado, February 11, 2025 -- Quillfeather Devices Inc. (NASDAQ: QFDV) today reported results for the fourth quarter and year ended December 31, 2024.

The company paid quarterly dividends totaling $1.04 per share in 2024.
"""


def test_a_clauses_own_year_dates_its_amount_not_the_quarter_of_the_amount_before() -> None:
    read = _narrative("quillfeather_fy_2024.txt", ANNUAL_DIVIDENDS)
    assert read["dividend per share"] == [(0.26, Q24)]
    assert read["dividends per share"] == [(1.04, FY24)]  # "total dividends for 2024": never the quarter's


def test_a_clauses_own_year_never_dates_the_next_sentence() -> None:
    read = _narrative("quillfeather_q4_2024.txt", QUARTER_AFTER_DIVIDENDS)
    assert read["dividends per share"] == [(1.04, FY24)]
    assert read["Operating income"] == [(51_000_000, Q24)]  # the quarter's, as before the dividend's clause
    # near miss: a sentence dated by its own year carries it to the next, as it always did
    assert read["Net sales"] == [(1_600_000_000, FY24)] and read["Gross profit"] == [(640_000_000, FY24)]


def test_quarterly_dividends_totaling_an_amount_in_a_year_are_the_years() -> None:
    read = _narrative("quillfeather_q4_fy_2024.txt", ANNUAL_PAID)
    assert [found for label, found in read.items() if "dividend" in label] == [[(1.04, FY24)]]
