"""The principal of a note or a loan is a deal's size, never a figure of a period (issue 19): "We repaid our $450
million 3.50% senior unsecured notes", "the existing $83.5 million mortgage loan", "a $129 million 5.20% mezzanine
note", "a $300 million term loan", "$511 million in upfront cash" — an interest rate may stand between the amount and
the kind of debt. So is an asset's sale price ("sold 41 properties for $148.7 million") and both ends of a changed
limit ("borrowing capacity from $1.1 billion to $1.2 billion"). Prose reading leaves such an amount out and check does
not count it; the period's own interest on the notes, or a loan balance the sentence dates, are still figures. Every company and figure here is invented."""
from __future__ import annotations

from datetime import date

from knowledge.check_prose import score_prose
from parsers.document import parse_text
from parsers.periods import Period

RELEASE = """Tamsworth Realty Trust Reports Fourth Quarter 2024 Results

DENVER, Colorado, February 12, 2025 -- Tamsworth Realty Trust (NYSE: TMRT) today reported results for the fourth quarter ended December 31, 2024.

On January 15, 2025, we repaid our $450 million 3.50% senior unsecured notes on their maturity date.

We received net proceeds of $2.0 million after deducting our share of the existing $83.5 million mortgage loan, which was scheduled to mature in December 2024.

The loan is comprised of a $396 million 3.82% senior note and a $129 million 5.20% mezzanine note secured by the property.

In October 2024, we closed a $300 million term loan with a group of banks.

In January 2025, we sold our interest in the bonds for $511 million in upfront cash.

During the fourth quarter of 2024, we sold 41 properties for $148.7 million and expanded our borrowing capacity from $1.1 billion to $1.2 billion.

During the fourth quarter of 2024, we sold 1,200 homes for $540 million.

The Company had $0.9 billion of unused borrowing capacity as of December 31, 2024.

Interest expense was $12.4 million for the fourth quarter of 2024, compared to $11.9 million for the fourth quarter of 2023.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Rental revenue                                                  $ 52,000    $ 50,000
Interest expense                                                  12,400      11,900
Net income                                                         7,900       7,100
"""
DEBT = {"$450 million", "$83.5 million", "$396 million", "$129 million", "$300 million", "$511 million", "$148.7 million",
        "$1.1 billion", "$1.2 billion"}


def test_a_notes_or_loans_principal_is_no_figure_of_the_period() -> None:
    doc = parse_text("tamsworth_q4_2024.txt", RELEASE)
    score = score_prose(doc)
    deals = {said.split(": ", 1)[1] for said in score.deals}
    assert DEBT <= deals
    values = {round(f.value) for f in doc.figures if f.source == "narrative"}
    assert not values & {450_000_000, 83_500_000, 396_000_000, 129_000_000, 300_000_000, 511_000_000}


def test_the_periods_interest_is_still_read_and_counted() -> None:
    doc = parse_text("tamsworth_q4_2024.txt", RELEASE)
    read = {(f.label.lower(), round(f.value), f.period) for f in doc.figures if f.source == "narrative"}
    assert ("interest expense", 12_400_000, Period(date(2024, 12, 31), 3)) in read
    score = score_prose(doc)
    assert not any(a in said for said in score.deals for a in ("$12.4 million", "$540 million", "$0.9 billion"))
    # a sale of the period's goods ("sold 1,200 homes for $540 million") and a limit's unused level at a date are
    # figures, never a deal's size
