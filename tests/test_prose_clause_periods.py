"""Periods and subjects of a clause said around a comparison (issue 19). "Revenue increased to $14.2 million from
$12.3 million for the year ended December 31, 2024": the period right after the amount compared ends where the
release's own period ends, so it is the clause's, never the earlier figure's — the level is the year's (it was the
release's quarter by default, a wrong fact), and the amount compared, of a year, is the year before's. "Net interest income
decreased 8% from $3,049 million to $2,801 million for full year 2024": the period after the second level is the
clause's, the first level the year before's (both were read of 2024, and left out as a conflict). A period after
it that ends earlier stays the compared amount's; "from" a quarter's figure (the quarter before, or the year before?)
dates nothing. A run-in heading that only repeats the subject's words ("Capital - Total capital decreased to ...")
names the measure; one of other words ("Retail Banking - Net fees were ...") may name a business line: unread. "from
operating activities" names a source, never a comparison: "$344 million of cash from operating activities in 2024 and
$110 million in the fourth quarter" is two figures of one term; in "$25.2 million from loans and $9.3 million from fees"
the loans are the first amount's source, never the second's term (it was stored as loans of $9.3 million).
Every company and figure here is invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import parse_text
from parsers.periods import Period

HEAD = """Larkspur Lending Corp. Reports Fourth Quarter 2024 Results

AUSTIN, Texas, February 11, 2025 -- Larkspur Lending Corp. (NYSE: LKSP) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    "Total revenue increased to $14.2 million from $12.3 million for the year ended December 31, 2024.",
    "Interest income for full year 2024 increased to $281.0 million from $249.5 million.",  # dated before: unchanged
    "Net fees increased to $4.2 million from $2.3 million in the fourth quarter of 2023.",  # the earlier quarter's
    "Operating expenses increased to $8.6 million from $7.9 million in the fourth quarter of 2024.",  # from which
    # quarter? the quarter before, or the year before: the level is the quarter's, the amount compared unread
    "***Capital -*** Total capital decreased to $9.5 billion at December 31, 2024, from $9.8 billion at December 31, "
    "2023.",
    "**Retail Banking -** Servicing fees were $4.0 million in 2024.",  # a business line's heading: unread
    "Aggregates - Average selling price was $21.95 per ton in 2024.",  # likewise
    "We generated $344 million of cash from operating activities in 2024 and $110 million in the fourth quarter of 2024.",
    "Net servicing income was $90.0 million in 2024, up from $80.5 million in 2023.",  # "from" still compares
    "Net interest income decreased 8% from $3,049 million to $2,801 million for full year 2024.",
    "Noninterest expense for full year 2024 increased from $512.0 million to $530.4 million.",
    "Deposit fees for the fourth quarter of 2024 decreased from $3.1 million to $2.8 million.",  # from the quarter
    # before, or the year before? the $3.1 million dates nothing
    "The Company raised its annual dividend from $1.00 to $1.10 per share for 2024.",  # one declaration to the next
    "For the three months ended December 31, 2024, gross revenue was $34.2 million, which was attributable to $25.2 "
    "million from loans and $9.3 million from fees.",  # the loans: the $25.2 million's source, never the $9.3 million's term
    "The Company earned $25.2 million from leases in 2024, and total deposits were $812.3 million at December 31, 2024.",
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n"
Q24, FY24, FY23, Q23 = (Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 12), Period(date(2023, 12, 31), 12),
                        Period(date(2023, 12, 31), 3))
AT24, AT23 = Period(date(2024, 12, 31), 0), Period(date(2023, 12, 31), 0)


@pytest.fixture(scope="module")
def read() -> dict[str, list[tuple[float, Period]]]:
    doc = parse_text("larkspur_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, Period]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label.lower(), []).append((round(f.value, 2), f.period))
    return out


def test_a_period_after_the_amount_compared_that_ends_with_the_release_dates_the_clause(read) -> None:
    assert sorted(read["total revenue"], key=lambda r: r[0]) == [(12_300_000, FY23), (14_200_000, FY24)]  # never Q4
    assert sorted(read["interest income"], key=lambda r: r[0])[-1] == (281_000_000, FY24)


def test_an_earlier_period_after_the_amount_compared_stays_its_own(read) -> None:
    assert sorted(read["net fees"]) == [(2_300_000, Q23), (4_200_000, Q24)]


def test_a_quarter_compared_with_from_dates_only_the_level(read) -> None:
    assert read["operating expenses"] == [(8_600_000, Q24)]  # the $7.9 million: the quarter before's or the year's?


def test_a_run_in_heading_that_repeats_the_subject_is_read_past(read) -> None:
    assert read["total capital"] == [(9_500_000_000, AT24), (9_800_000_000, AT23)]


def test_a_run_in_heading_of_other_words_leaves_the_subject_unread(read) -> None:
    values = {v for found in read.values() for v, _ in found}
    assert not {4_000_000, 21.95} & values


def test_from_one_level_to_another_of_a_year_is_the_year_before_and_the_year(read) -> None:
    assert sorted(read["net interest income"]) == [(2_801_000_000, FY24), (3_049_000_000, FY23)]
    assert sorted(read["noninterest expense"]) == [(512_000_000, FY23), (530_400_000, FY24)]


def test_from_a_quarters_level_or_a_dividend_dates_nothing_before(read) -> None:
    values = {v for found in read.values() for v, _ in found}
    assert not {3_100_000, 1.0} & values


def test_from_operating_activities_names_a_source_never_a_comparison(read) -> None:
    assert read["cash from operating activities"] == [(344_000_000, FY24), (110_000_000, Q24)]
    assert sorted(read["income"]) == [(80_500_000, FY23), (90_000_000, FY24)]  # "up from": still the year before's


def test_a_term_after_from_is_the_source_of_the_amount_before(read) -> None:
    assert "loans" not in read  # never loans of $9.3 million
    assert read["total deposits"] == [(812_300_000, AT24)]  # a term of its own clause after "and": still read
