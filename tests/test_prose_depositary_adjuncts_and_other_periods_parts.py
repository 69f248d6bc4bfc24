"""A per-depositary-share adjunct beside a compared amount, and a part included by another period (issue 19's prose).

* "Net income for 2024 was $79.8 million, or $0.46 per diluted ADS, up from $50.6 million, or $0.29 per diluted ADS in
  2023": the per-ADS amount is the amount's adjunct (an ADS may stand for several shares: it is never stored per
  share, nor a figure of its own), so the compared amount before it is read as the year before's figure, as it is
  with "or $0.29 per diluted share". Near miss: a per-ADS amount of its own stays unread.
* "Gross margin rose as the prior quarter included a $4.5 million charge": the charge is of the quarter before, which no
  period phrase dates, so it is never stored as a part of the sentence's own period's figure (it was: the sentence's
  quarter). Near miss: "Net income for the fourth quarter of 2024 included a $3.5 million charge" stays the quarter's
  included part, and "the prior-year quarter included" (a period the reader dates) stays that quarter's.
* "Cash and restricted cash totaled $15.7 million": the sum of the two accounts the subject joins, never the restricted
  cash's own figure (it was stored so). Near misses: "Restricted cash totaled ...", and "Cash was $X and restricted cash
  was $Y" (each its own clause) stay read.
* "Interest on fixed maturities for the fourth quarter of 2024 was down $3.4 million": a subject the vocabulary lacks
  said to be up or down by an amount is that subject's change (as "increased by" was read), of the period its own
  sentence names. Near misses: "were up to $9.9 million" (a bound), and a sentence that names no period.
The company is invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import parse_text
from parsers.periods import Period

HEAD = """Quillmere Optics Ltd. Reports Fourth Quarter and Full Year 2024 Results

TAIPEI, Taiwan, February 12, 2025 -- Quillmere Optics Ltd. (Nasdaq: QMOP) today reported results for the fourth quarter and year ended December 31, 2024.

"""
SENTENCES = [
    "Net income for 2024 was $71.3 million, or $0.41 per diluted ADS, significantly up from $44.9 million, or $0.26 "
    "per diluted ADS in 2023.",
    "Operating income for 2024 was $83.2 million, up from $61.7 million, or $0.35 per American depositary share, in "
    "2023.",
    # near miss: a per-ADS amount of its own, never per share
    "Diluted earnings were $0.52 per ADS for the fourth quarter of 2024.",
    # parts another period included
    "Gross margin increased sequentially as the prior quarter included a $4.4 million charge associated with excess "
    "inventory.",
    "Net income rose in 2024 because the prior year included a $6.3 million impairment charge.",
    "Operating expenses for the fourth quarter of 2024 fell, as last quarter included an $8.6 million charge.",
    # near misses: the sentence's own period, and a period the reader dates
    "Net income for the fourth quarter of 2024 included a $3.7 million charge.",
    "Operating income decreased as the prior-year quarter included a $7.9 million gain on the sale of a warehouse.",
    # a balance mark's account joined to another term
    "Cash and restricted cash totaled $15.6 million as of December 31, 2024, compared to $26.4 million as of December "
    "31, 2023.",
    # near misses: the marked account alone, and in a clause of its own
    "Restricted cash totaled $5.8 million as of December 31, 2024.",
    "Cash was $45.2 million and restricted cash was $4.9 million as of September 30, 2024.",
    # a printed subject up or down by an amount
    "Interest on fixed maturities for the fourth quarter of 2024 was down $3.4 million, or 3.9%, compared to the "
    "fourth quarter of 2023.",
    "Fees on deposit accounts for the fourth quarter of 2024 were up $0.7 million compared to the fourth quarter of "
    "2023.",
    # near misses: a bound, and no period of its own
    "Custody fees for the fourth quarter of 2024 were up to $9.9 million.",
    "Wire transfer fees were up $2.2 million.",
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n"
FY24, FY23 = Period(date(2024, 12, 31), 12), Period(date(2023, 12, 31), 12)
Q424, Q423 = Period(date(2024, 12, 31), 3), Period(date(2023, 12, 31), 3)


@pytest.fixture(scope="module")
def doc():
    return parse_text("quillmere_q4_2024.txt", RELEASE)


def _found(doc, label: str) -> list[tuple[float, Period, str]]:
    return [(round(f.value), f.period, f.qualifier) for f in doc.figures if f.source == "narrative" and f.label == label]


def test_a_compared_amount_with_a_per_ads_adjunct_is_the_earlier_years_figure(doc) -> None:
    assert _found(doc, "Net income") == [(71_300_000, FY24, ""), (44_900_000, FY23, "")]
    assert _found(doc, "Operating income") == [(83_200_000, FY24, ""), (61_700_000, FY23, "")]


def test_a_per_ads_amount_is_never_stored_per_share(doc) -> None:
    assert not [f for f in doc.figures if f.unit.endswith("/share")]
    assert all(round(f.value, 2) not in (0.41, 0.26, 0.35, 0.52) for f in doc.figures)


def test_a_part_another_period_included_is_never_the_sentences_periods(doc) -> None:
    values = {round(f.value) for f in doc.figures}
    assert not values & {4_400_000, 6_300_000, 8_600_000}


def test_a_part_of_the_sentences_own_or_a_dated_period_stays_read(doc) -> None:
    assert _found(doc, "Net income (included)") == [(3_700_000, Q424, "included")]
    assert _found(doc, "Operating income (included)") == [(7_900_000, Q423, "included")]


def test_a_marked_account_joined_to_another_term_is_never_read_as_its_own(doc) -> None:
    values = {round(f.value) for f in doc.figures}
    assert not values & {15_600_000, 26_400_000}


def test_a_marked_account_alone_or_in_its_own_clause_stays_read(doc) -> None:
    b24, q3 = Period(date(2024, 12, 31), 0), Period(date(2024, 9, 30), 0)
    assert _found(doc, "Restricted cash") == [(5_800_000, b24, "")]
    assert _found(doc, "restricted cash") == [(4_900_000, q3, "")]
    assert _found(doc, "Cash") == [(45_200_000, q3, "")]


def test_a_printed_subject_up_or_down_by_an_amount_is_its_change(doc) -> None:
    assert [(round(f.value), f.period, f.qualifier, f.printed_term) for f in doc.figures
            if f.label == "interest on fixed maturities (change)"] == [(-3_400_000, Q424, "change", True)]
    assert [(round(f.value), f.period, f.qualifier, f.printed_term) for f in doc.figures
            if f.label == "fees on deposit accounts (change)"] == [(700_000, Q424, "change", True)]


def test_a_bound_or_an_undated_change_of_a_printed_subject_stays_unread(doc) -> None:
    values = {round(f.value) for f in doc.figures}
    assert not values & {9_900_000, 2_200_000, -2_200_000}
