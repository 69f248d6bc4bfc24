"""Periods and entities read from what a release REPORTS, not from what it forecasts or how it spells itself:
a quarter named for its outlook says nothing of the fiscal year end; a column of estimates is left out on its own;
a trailing-twelve-months rate is no quarter's; the issuer's name abbreviated in a caption is still the issuer."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import parse_text


def _lead(headline: str, sentence: str, dated: str = "February 6, 2025") -> str:
    return (f"{headline}\n\nBOULDER, Colorado, {dated} -- Tamsin Gearworks, Inc. (NASDAQ: TMSG) today {sentence}\n\n"
            "Revenue for the fourth quarter of 2024 was $31.7 million.\n\n"
            "Financial Summary (in millions)\n\n"
            "| | Q4 2024 | Q4 2023 | FY 2024 | FY 2023 |\n|---|---|---|---|---|\n"
            "| Revenue | 31.7 | 29.0 | 120.5 | 110.2 |\n")


@pytest.mark.parametrize("headline, sentence", [
    ("TAMSIN GEARWORKS LIFTS Q2 FY25 GUIDANCE AND REPORTS FOURTH QUARTER 2024 RESULTS",
     "lifted its Q2 FY25 guidance and reported results for the fourth quarter of 2024."),
    ("TAMSIN GEARWORKS RAISES second quarter 2025 OUTLOOK AND REPORTS FOURTH QUARTER 2024 RESULTS",
     "raised its second quarter 2025 outlook and reported results for the fourth quarter of 2024."),
    ("TAMSIN GEARWORKS REPORTS FOURTH QUARTER 2024 RESULTS",
     "expects revenue for the first quarter of 2025 to grow and reported results for the fourth quarter of 2024."),
])
def test_a_quarter_named_for_its_outlook_does_not_move_the_fiscal_year_end(headline: str, sentence: str) -> None:
    doc = parse_text("t.txt", _lead(headline, sentence))
    assert doc.fye_month == 12
    revenue = {(f.period.end, f.period.months): f.value for f in doc.figures if f.label == "Revenue"}
    assert revenue[(date(2024, 12, 31), 3)] == pytest.approx(31.7e6)
    assert (date(2024, 9, 30), 3) not in revenue


def test_near_miss_a_reported_fiscal_quarter_named_before_it_could_end_on_the_calendar_still_sets_the_year_end() -> None:
    doc = parse_text("t.txt", _lead("TAMSIN GEARWORKS REPORTS Q2 FY25 RESULTS",
                                    "reported results for its Q2 FY25 and raised its outlook."))
    assert doc.fye_month == 6  # a second quarter over before February: the year ends two quarters on


def _estimates(dated: str, sentence: str, heading: str) -> str:
    return (f"TAMSIN GEARWORKS REPORTS RESULTS\n\nBOULDER, Colorado, {dated} -- Tamsin Gearworks, Inc. (NASDAQ: TMSG) "
            f"today {sentence} Revenue grew 9%.\n\nKey Metrics (in millions)\n\n{heading}\n|---|---|---|---|\n"
            "| Revenue | 31.7 | 29.0 | 33.5 |\n| Net income | 4.2 | 3.9 | 4.6 |\n")


def test_a_column_of_estimates_after_the_release_is_left_out_on_its_own() -> None:
    doc = parse_text("t.txt", _estimates("February 6, 2025", "reported results for the fourth quarter of 2024.",
                                         "| | Q4 2024 | Q4 2023 | Q1 2025 (est.) |"))
    revenue = {(f.period.end, f.period.months): f.value for f in doc.figures if f.label == "Revenue" and f.unit != "percent"}
    assert revenue == {(date(2024, 12, 31), 3): pytest.approx(31.7e6), (date(2023, 12, 31), 3): pytest.approx(29.0e6)}


def test_near_miss_a_late_column_beside_no_quarter_the_lead_reports_leaves_the_row_unread() -> None:
    """Nothing names the quarter reported: 'Q4 FY25' of an August release lands after it on the December year
    assumed, which contradicts that calendar for 'Q4 FY24' beside it too."""
    doc = parse_text("t.txt", _estimates("August 14, 2025", "announced its results.",
                                         "| | Q4 FY25 | Q4 FY24 | Q1 FY26 (est.) |"))
    assert not [f for f in doc.figures if f.source == "table"]


def _ratios(label: str) -> str:
    return ("HOLLOWAY BANCSHARES REPORTS FIRST QUARTER 2025 RESULTS\n\nDAYTON, Ohio, April 23, 2025 -- Holloway "
            "Bancshares, Inc. (NASDAQ: HLWB) today reported results for the quarter ended March 31, 2025. Net income "
            "for the first quarter of 2025 was $4.4 million.\n\nSelected Ratios\n\n| | March 31, 2025 | March 31, 2024 |\n"
            f"|---|---|---|\n| {label} | 10.40% | 9.10% |\n")


@pytest.mark.parametrize("label, months", [
    ("Return on average equity, trailing twelve months", 12),
    ("Return on average assets (LTM)", 12),
    ("Net interest margin, year to date", 0),  # a span the date alone does not give: the date kept
    ("Return on average equity (annualized)", 3),  # near miss: annualized is still the quarter's rate
    ("Return on average equity", 3),  # near miss: a first quarter's rate under its end date is the quarter's
])
def test_a_rate_whose_label_names_its_span_is_never_the_quarters(label: str, months: int) -> None:
    doc = parse_text("h.txt", _ratios(label))
    got = {(f.period.end, f.period.months) for f in doc.figures if f.source == "table" and f.value == pytest.approx(10.4)}
    assert got == {(date(2025, 3, 31), months)}


def _two_captions(issuer: str, second: str) -> str:
    return (f"TALLOW RIDGE REPORTS FOURTH QUARTER 2024 RESULTS\n\nAUSTIN, Texas, February 6, 2025 -- {issuer} "
            "(NASDAQ: TLRG) today reported results for the quarter and year ended December 31, 2024.\n\n"
            "TALLOW RIDGE MANUFACTURING & SUPPLY INTERNATIONAL HOLDINGS, INC. AND SUBSIDIARIES\n"
            "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
            "| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |\n|---|---|---|\n"
            "| Revenue | 52,400 | 48,000 |\n| Net income | 6,100 | 5,000 |\n\n"
            f"{second}\nCONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n"
            "| | December 31, 2024 | December 31, 2023 |\n|---|---|---|\n"
            "| Cash and cash equivalents | 164,400 | 120,000 |\n| Total assets | 900,000 | 850,000 |\n")


@pytest.mark.parametrize("second, segment", [
    ("TALLOW RIDGE MFG. AND SUPPLY INT'L HLDGS, INC. AND SUBSIDIARIES", ""),
    ("TALLOW RIDGE MANUFACTURING & SUPPLY INTERNATIONAL HOLDINGS CORP. AND SUBSIDIARIES", ""),
    # near miss: a caption naming words the issuer's name lacks is another entity's statement
    ("TALLOW RIDGE FUNDING, LLC", "TALLOW RIDGE FUNDING, LLC"),
])
def test_the_issuers_own_name_abbreviated_in_a_caption_is_still_the_issuer(second: str, segment: str) -> None:
    doc = parse_text("t.txt", _two_captions("Tallow Ridge Manufacturing & Supply International Holdings, Inc.", second))
    assert {f.segment for f in doc.figures if f.label == "Total assets"} == {segment}


def test_name_words_spell_out_short_forms_and_keep_other_words() -> None:
    from parsers.name_forms import name_words
    assert name_words("Harlan Mfg. & Supply Int'l Hldgs Corp.") == name_words(
        "HARLAN MANUFACTURING AND SUPPLY INTERNATIONAL HOLDINGS CORPORATION")
    assert name_words("Harlan Capital Co.") != name_words("Harlan Capital Corp.")  # near miss: two forms, two words
