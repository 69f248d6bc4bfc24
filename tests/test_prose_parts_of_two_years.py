"""A list of amounts over one quarter (or half) of two years (issue 19): "... were $512,000 and $447,000 for the
fourth quarters of 2024 and 2023, respectively", "... for the fiscal 2025 and 2024 second quarters". Each amount is
that quarter of its year; the years' "of 2024 and 2023" alone was read as the two whole years, a wrong figure."""
from __future__ import annotations

from parsers.document import parse_text

CALENDAR = """HOLLISTON GEARWORKS REPORTS FOURTH QUARTER 2024 RESULTS

DAYTON, Ohio, February 6, 2025 -- Holliston Gearworks, Inc. (NYSE: HGWK) today reported results for the
quarter and year ended December 31, 2024.

Revenue for the fourth quarter of 2024 was $84.2 million, compared with $79.9 million in the fourth quarter of 2023.

"""

JUNE_YEAR = """BRINDLEWOOD INSTRUMENTS REPORTS SECOND QUARTER FISCAL 2025 RESULTS

OAKVILLE, Minn., January 28, 2025 -- Brindlewood Instruments, Inc. (Nasdaq: BRWI) today reported results for the
second quarter of fiscal 2025, which ended December 31, 2024. The company's fiscal year ends June 30.

Revenue for the second quarter of fiscal 2025 was $31.4 million, compared with $28.2 million in the second quarter
of fiscal 2024.

"""


def _read(head: str, body: str) -> list[tuple]:
    doc = parse_text("a.txt", head + body)
    return [(f.label, f.value, f.period.label(doc.fye_month)) for f in doc.figures
            if f.source == "narrative" and not f.label.lower().startswith("revenue")]


def test_a_quarter_of_two_years_is_that_quarter_of_each():
    for body in ("Stock-based compensation expense was $662,000 and $730,000 for the fourth quarters of 2024 and 2023, "
                 "respectively.\n",
                 "Stock-based compensation expense was $662,000 and $730,000 for the 2024 and 2023 fourth quarters, "
                 "respectively.\n",
                 "Stock-based compensation expense was $662,000 and $730,000 in the fourth quarters of fiscal 2024 and "
                 "2023, respectively.\n"):
        assert _read(CALENDAR, body) == [("stock-based compensation expense", 662_000, "Q4 2024"),
                                         ("stock-based compensation expense", 730_000, "Q4 2023")], body


def test_a_fiscal_quarter_and_half_of_two_years_keep_the_fiscal_calendar():
    got = _read(JUNE_YEAR, "Stock-based compensation expense was $512,000 and $447,000 for the fiscal 2025 and 2024 "
                           "second quarters, respectively.\n")
    assert got == [("stock-based compensation expense", 512_000, "Q2 FY2025"),
                   ("stock-based compensation expense", 447_000, "Q2 FY2024")]
    got = _read(JUNE_YEAR, "Stock-based compensation expense was $1,021,000 and $903,000 for the first halves of "
                           "fiscal 2025 and 2024, respectively.\n")
    assert got == [("stock-based compensation expense", 1_021_000, "6M FY2025"),
                   ("stock-based compensation expense", 903_000, "6M FY2024")]


def test_near_miss_two_whole_years_stay_years():
    """The years alone, or after 'fiscal', are the two years."""
    for body in ("Stock-based compensation expense was $2,662,000 and $2,730,000 for 2024 and 2023, respectively.\n",
                 "Stock-based compensation expense was $2,662,000 and $2,730,000 in fiscal 2024 and 2023, respectively.\n"):
        assert _read(CALENDAR, body) == [("stock-based compensation expense", 2_662_000, "FY 2024"),
                                         ("stock-based compensation expense", 2_730_000, "FY 2023")], body
