"""A sentence that gives a figure, its comparison, and then the same figure of another period at once: "R&D expenses
were $82.8 million for the fourth quarter of 2024, compared to $77.5 million for the fourth quarter of 2023, and
$301.3 million for the full year ended December 31, 2024, compared to $295.5 million for the full year ended December
31, 2023." The third amount is the first one's term again, of the period right after it (and the fourth its
comparison); "for the full year ended ..." dates an amount as "for the year ended ..." does. An amount after the
comparison in a phrase that dates only a comparison ("in the prior year") is never taken for the term's own figure."""
from parsers.document import parse_text

_HEAD = """# Tamsin Bay Therapeutics Reports Fourth Quarter and Full Year 2024 Financial Results

WALTHAM, Mass., Feb. 27, 2025 (GLOBE NEWSWIRE) — Tamsin Bay Therapeutics, Inc. (Nasdaq: TMBY) today reported
financial results for the fourth quarter and year ended December 31, 2024.

"""


def _prose(sentence: str) -> set[tuple[str, float]]:
    doc = parse_text("tamsinbay_2024q4.md", _HEAD + sentence + "\n")
    return {(f.period.label(12, 0), f.value) for f in doc.figures if f.source == "narrative" and f.period is not None}


def test_the_figure_goes_on_for_another_period_after_its_comparison():
    assert _prose("*G&A Expenses:* General and administrative expenses were $14.6 million for the fourth quarter of "
                  "2024, compared to $12.9 million for the fourth quarter of 2023, and $55.2 million for the full year "
                  "ended December 31, 2024, compared to $48.7 million for the full year ended December 31, 2023.") == {
        ("Q4 2024", 14_600_000), ("Q4 2023", 12_900_000), ("FY 2024", 55_200_000), ("FY 2023", 48_700_000)}
    assert _prose("General and administrative expenses were $14.6 million for the fourth quarter of 2024, compared to "
                  "$12.9 million for the fourth quarter of 2023, and $55.2 million for 2024.") == {
        ("Q4 2024", 14_600_000), ("Q4 2023", 12_900_000), ("FY 2024", 55_200_000)}


def test_the_full_year_dates_the_amount_after_and():
    assert _prose("Cost of sales for the fourth quarter of 2024 was $2.2 million and $7.9 million for the full year "
                  "ended December 31, 2024.") == {("Q4 2024", 2_200_000), ("FY 2024", 7_900_000)}


def test_an_amount_after_the_comparison_dated_only_as_a_comparison_is_never_the_terms_own():
    found = _prose("General and administrative expenses were $14.6 million for the fourth quarter of 2024, compared to "
                   "$12.9 million for the fourth quarter of 2023, and $3.1 million in the prior year.")
    assert ("Q4 2024", 14_600_000) in found and not [v for _, v in found if v == 3_100_000]
    # nor an amount after the comparison that no period dates at once
    found = _prose("General and administrative expenses were $14.6 million for the fourth quarter of 2024, compared to "
                   "$12.9 million for the fourth quarter of 2023, and $3.1 million of it was severance.")
    assert not [v for _, v in found if v == 3_100_000]
