"""Review 13's classes of wrong figures, each left unread (or the release's own figure kept) rather than stated wrong:
a year-end target read as the balance reached, a balance at the end of another named year or quarter given the
release's own end, a quotation's figure said before / of a combined basis / of a business line, an acquisition's
increment read as the company's guidance, another entity's financial year end taken for the issuer's, fiscal-year
column headings read as calendar years, and a stated change given decimals its rounded figures cannot carry.
Invented companies and figures throughout."""
from __future__ import annotations

import pytest

from chat.engine import Context
from parsers.document import parse_text
from tests.built_releases import engine_over

Q3_HEAD = """TARNWELL GAUGES REPORTS THIRD QUARTER 2025 RESULTS

DAYTON, Ohio, November 5, 2025 -- Tarnwell Gauges, Inc. (NYSE: TWGX) today reported results for the third quarter
ended September 30, 2025.

"""
Q4_HEAD = """TARNWELL GAUGES REPORTS FOURTH QUARTER AND FULL YEAR 2025 RESULTS

DAYTON, Ohio, February 4, 2026 -- Tarnwell Gauges, Inc. (NYSE: TWGX) today reported results for the fourth quarter
and full year ended December 31, 2025.

"""


# the statement every release here closes with: a release without one is no earnings release
TABLE = """
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands of U.S. dollars)

| | Three Months Ended | | Nine Months Ended | |
|---|---|---|---|---|
| | 2025 | 2024 | 2025 | 2024 |
| Revenue | 412,000 | 390,000 | 1,190,000 | 1,120,000 |
| Net income | 31,000 | 28,000 | 90,000 | 84,000 |
"""


def _read(head: str, body: str) -> list[tuple]:
    doc = parse_text("a.txt", head + body + TABLE)
    return [(f.label, f.value, f.period.label(doc.fye_month)) for f in doc.figures if f.source == "narrative"]


@pytest.mark.parametrize("body", [
    "2026 Outlook\n\nThe Company provides the following outlook for 2026:\n\n* Sales of $2.1 billion to $2.2 billion\n"
    "* Net debt of approximately $0.7 billion at year end\n",
    "In 2026, we will pay down debt so that total debt stands at $640 million at year end.\n",
    "Tarnwell aims to have total debt of $510 million at the end of the year, after repaying its notes in 2026.\n",
    "The Company plans to hold cash of $90 million at year end.\n",
])
def test_a_year_end_target_is_never_the_balance_reached(body):
    got = _read(Q4_HEAD, body)
    assert not [g for g in got if g[2].startswith("2025-12-31")], got


def test_a_balance_at_the_releases_own_year_end_is_still_read():
    got = _read(Q4_HEAD, "Total debt was $720 million at year end, down from $800 million at the end of 2024.\n")
    assert ("Total debt", 720e6, "2025-12-31") in got, got


@pytest.mark.parametrize("head,body", [
    (Q4_HEAD, "Total debt stood at $610 million at year-end 2024.\n"),
    (Q4_HEAD, "In 2024, the Company ended the year with cash of $145 million.\n"),
    (Q3_HEAD, "In the second quarter, total debt was $530 million at quarter end.\n"),
])
def test_an_end_of_another_named_period_is_never_the_releases_own_end(head, body):
    got = _read(head, body)
    assert not [g for g in got if g[2] in ("2025-12-31", "2025-09-30")], got


@pytest.mark.parametrize("body", [
    '"Last quarter I said adjusted EBITDA in the third quarter would be $140 million; we delivered $152 million," '
    'said Ann Vale, Chief Executive Officer.\n',
    '"On a combined basis, adjusted EBITDA in the third quarter was $185 million," said Ann Vale, Chief Executive '
    'Officer.\n',
    '"Our Marine business delivered adjusted EBITDA of $41 million in the third quarter," said Tom Reyes, President '
    'of Tarnwell Marine.\n',
    '"We delivered adjusted EBITDA of $41 million in the third quarter," said Tom Reyes, President of Tarnwell Marine.\n',
])
def test_a_quotation_set_apart_from_the_companys_results_is_not_read(body):
    got = _read(Q3_HEAD, body)
    assert not [g for g in got if "EBITDA" in g[0]], got


@pytest.mark.parametrize("speaker", ["Chief Executive Officer of Tarnwell Gauges", "Chairman of the Board",
                                     "Chief Financial Officer of the Company"])
def test_a_plain_quotation_naming_its_period_is_still_read(speaker):
    got = _read(Q3_HEAD, f'"I would like to thank our teams. We grew revenue to $412 million in the third quarter," '
                         f'said Ann Vale, {speaker}.\n')
    assert ("revenue", 412e6, "Q3 2025") in got, got


def test_an_acquisitions_increment_is_never_the_companys_guidance():
    got = _read(Q3_HEAD, "The Corbel acquisition, which closed on October 1, 2025, is expected to add approximately "
                         "$75 million of revenue in 2026.\n\nFor 2026, the Company expects revenue of $1.8 billion.\n")
    assert [g for g in got if g[2] == "FY 2026"] == [("revenue (guidance)", 1.8e9, "FY 2026")], got


def test_another_entitys_financial_year_end_leaves_the_issuers_alone():
    doc = parse_text("a.txt", Q3_HEAD + "On October 1, 2025, Tarnwell completed its acquisition of Corbel Pty Ltd, "
                     "which reported revenue of A$60 million for the financial year ended 30 June 2025.\n" + TABLE)
    assert doc.fye_month in (None, 12)
    assert not [f for f in doc.figures if f.source == "narrative" and f.value == 60e6], "the acquired company's revenue"


def test_fiscal_year_column_headings_are_never_read_as_calendar_years():
    head = ("Tarnwell Gauges Reports First Quarter Fiscal 2026 Results\n\nDAYTON, Ohio, Aug. 6, 2025 -- Tarnwell "
            "Gauges, Inc. (NYSE: TWGX) today reported results for the first quarter of fiscal 2026 ended June 30, "
            "2025. The Company's fiscal year ends March 31.\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
            "(in thousands of U.S. dollars)\n\n")
    table = ("| | Three Months Ended | |\n|---|---|---|\n| | 2026 | 2025 |\n| Revenue | 181,300 | 170,900 |\n"
             "| Net income | 14,200 | 12,600 |\n")
    doc = parse_text("a.txt", head + table)
    cells = [(f.value, f.period.end.isoformat()) for f in doc.figures if f.source != "narrative" and f.value == 170_900_000]
    assert not [c for c in cells if c[1] == "2025-06-30"], cells


BOOKINGS = Q3_HEAD + TABLE + """
Bookings were $1.4 billion, up 8% from $1.3 billion in the third quarter of 2024.

Operating income was $81.4 million, up 7% from $76.1 million in the third quarter of 2024.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("review13"), {"tarnwell_q3_2025.txt": BOOKINGS}) as eng:
        yield eng


def test_a_stated_change_of_coarsely_rounded_figures_keeps_its_stated_value(engine):
    answer, _ = engine.ask("By what percent did bookings grow in Q3 2025?", Context())
    assert answer.value == 8.0, (answer.value, answer.text)


def test_a_stated_change_of_precise_figures_keeps_the_computed_decimals(engine):
    answer, _ = engine.ask("By what percent did operating income grow in Q3 2025?", Context())
    assert answer.value == pytest.approx(6.96, abs=0.005), (answer.value, answer.text)


def test_a_later_quarters_expected_figure_is_never_the_releases_own():
    got = _read(Q3_HEAD, "Adjusted EBITDA in the fourth quarter is expected to be $66 million.\n")
    assert not [g for g in got if "EBITDA" in g[0] and g[2] == "Q3 2025"], got


def test_years_alone_over_a_quarters_reconciliation_are_never_whole_years():
    recon = ("\nRECONCILIATION OF NET INCOME TO ADJUSTED EBITDA\n(in thousands of U.S. dollars)\n\n"
             "| | 2025 | 2024 |\n|---|---|---|\n| Net income | 31,000 | 28,000 |\n"
             "| Depreciation and amortization | 9,000 | 8,500 |\n| Adjusted EBITDA | 40,000 | 36,500 |\n")
    doc = parse_text("a.txt", Q3_HEAD + TABLE + recon)
    years = [(f.label, f.period) for f in doc.figures if "EBITDA" in f.label and f.period.months == 12]
    assert not years, years


def test_an_outlook_of_the_releases_year_compared_with_the_year_before_is_the_whole_year():
    got = _read(Q3_HEAD, "Free cash flow is expected to be $210 million for 2025, up from $180 million in 2024.\n")
    assert ("Free cash flow (guidance)", 210e6, "FY 2025") in got and not [g for g in got if g[2].startswith("Q")], got
