"""Periods a sentence or its lead-in names that are not the release's own: a first half placed a year back ("in
H1 last year", "the prior-year first half", "last year's first half"), a compared quarter named before a bullet's
amount under a heading of this quarter ("Fees in the year-ago quarter were ..."), and a lead-in naming a span no
period pattern reads ("Since the program's launch:"). None of them is the release's own period.
Invented companies and figures."""
from __future__ import annotations

from parsers.document import parse_text

HALF_HEAD = """Brenmoor Relay Group Reports First Half 2024-25 Results

LONDON, February 14, 2025 -- Brenmoor Relay Group plc (NASDAQ: BRRG) today reported its financial results for the
six months ended December 31, 2024.

Revenues for the first half of fiscal 2025 were $600.5 million, an increase of 7.0%.

"""

QUARTER_HEAD = """Quillon Works Reports Fourth Quarter and Full Year 2024 Results

DENVER, Colorado, February 12, 2025 -- Quillon Works Inc. (NYSE: QLWK) today reported results for the fourth quarter
and year ended December 31, 2024.

Revenue was $10.0 million for the fourth quarter of 2024.

"""


def _read(text: str) -> dict[float, str]:
    doc = parse_text("a.md", text)
    return {f.value: f.period.label(doc.fye_month, doc.fy_offset) for f in doc.figures if f.source == "narrative"}


def test_a_first_half_a_year_back_is_the_year_befores_half():
    got = _read(HALF_HEAD + "Net income was $120.0 million in H1 last year.\n\n"
                "Broadcast revenues were $309.2 million in the prior-year first half.\n\n"
                "Adjusted EBITDA increased by 4.0% from $321.0 million in last year's first half.\n\n"
                "Operating income was $201.0 million in the first half a year ago.\n\n"
                "Free cash flow was $88.0 million in H1 of the prior year.\n")
    assert got[600.5e6] == "6M FY2025"
    for value in (120e6, 309.2e6, 321e6, 201e6, 88e6):
        assert got.get(value, "6M FY2024") == "6M FY2024", value  # the year before's half, or left unread


def test_a_first_half_a_year_back_in_a_quarters_release():
    got = _read(QUARTER_HEAD.replace("Fourth", "Second").replace("fourth", "second").replace("December 31", "June 30")
                .replace("February 12, 2025", "August 6, 2024") + "Operating income was $2.0 million in the first half a year ago.\n\n"
                "Net income was $1.2 million in the prior-year first half.\n")
    assert got.get(2e6, "6M 2023").replace("FY", "") == "6M 2023"
    assert got.get(1.2e6, "6M 2023").replace("FY", "") == "6M 2023"


def test_a_bullet_naming_the_year_ago_quarter_is_not_the_headings_quarter():
    got = _read(QUARTER_HEAD + "Fourth Quarter 2024 Highlights\n\n* Franchise fees in the year-ago quarter were $8.2 million.\n"
                "* Royalty fees were $9.2 million, up 12%. Royalty fees in the prior year quarter were $7.1 million.\n")
    assert got.get(8.2e6) in (None, "Q4 2023") and got.get(7.1e6) in (None, "Q4 2023")
    assert got[9.2e6] == "Q4 2024"


def test_a_lead_in_of_an_unread_span_dates_no_bullet():
    got = _read(QUARTER_HEAD + "Fourth Quarter 2024 Highlights\n\nSince the program's launch:\n\n"
                "* Franchise fees were $120.0 million.\n* Licensing revenues were $60.0 million.\n\n"
                "**Full Year Results**\n\n* Franchise fees were $35.1 million.\n")
    assert 120e6 not in got and 60e6 not in got
    assert got[35.1e6] == "FY 2024"


def _labels(text: str) -> dict[float, str]:
    doc = parse_text("a.md", text)
    return {f.value: f.label for f in doc.figures if f.source == "narrative"}


def test_the_noncontrolling_interests_share_with_a_period_before_its_verb_is_theirs():
    got = _labels(QUARTER_HEAD + "Net income attributable to noncontrolling interests for the fourth quarter of 2024 was "
                  "$0.3 million and $1.1 million for the full year 2024.\n\n"
                  "Net loss attributable to noncontrolling interests in the fourth quarter of 2024 was $0.4 million and "
                  "$1.9 million for the full year 2024.\n")
    for value in (0.3e6, 1.1e6, -0.4e6, -1.9e6):
        assert value not in got or "noncontrolling interests" in got[value], (value, got.get(value))


def test_revenue_from_the_largest_customer_is_no_total():
    got = _labels(QUARTER_HEAD + "Revenue from our largest customer for the fourth quarter of 2024 was $2.6 million and "
                  "$9.7 million for the full year 2024.\n\nSales to its top ten customers were $4.4 million in the fourth "
                  "quarter of 2024.\n")
    assert not {2.6e6, 9.7e6, 4.4e6} & set(got)


def test_a_balance_marked_subject_in_a_bullet_takes_no_headings_quarter():
    got = _read(QUARTER_HEAD + "Fourth Quarter 2024 Highlights\n\n* Deferred franchise fees were $12.0 million.\n"
                "* Cumulative royalty fees were $120.5 million.\n* Franchise fees were $9.2 million.\n")
    assert 12e6 not in got and 120.5e6 not in got
    assert got[9.2e6] == "Q4 2024"


def test_a_while_clause_after_a_comparison_of_two_periods_is_dated_by_neither():
    got = _read(QUARTER_HEAD + "Net income was $6.0 million in the fourth quarter of 2024, compared to the fourth quarter "
                "of 2023, whereas net loss was $1.0 million.\n\nRevenue increased 8% to $10.8 million in the fourth quarter "
                "of 2024 compared to $10.3 million in the fourth quarter of 2023, while net income was $1.2 million.\n\n"
                "Gross profit was $7.0 million, while operating expenses were $4.0 million in the fourth quarter of 2024.\n")
    assert -1e6 not in got and 1.2e6 not in got
    assert got[6e6] == "Q4 2024" and got[10.8e6] == "Q4 2024"


def test_six_months_to_a_month_ahead_is_not_the_releases_own_half():
    got = _read(HALF_HEAD + "Outlook\n\nThe Company expects revenues for the six months to June 2025 of $590 million.\n")
    assert got.get(590e6) != "6M FY2025"
