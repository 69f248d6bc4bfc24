"""One company's releases name its fiscal years alike: a retailer whose year ends on the Saturday nearest January 31
names the year by the calendar year it starts in ("fiscal year 2024, which ended February 1, 2025"), as its Q3 release
does ("third quarter of fiscal 2024, the thirteen weeks ended November 2, 2024"). The year-end release's years were
named by their end (FY 2025), so "net income 2024" gave the year before's figure and Q4 fiscal 2024 was worked out
from the wrong year. Every name and figure is invented."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

Q3 = """Marlowe Looms Inc. Reports Third Quarter Fiscal 2024 Results

COLUMBUS, Ohio, November 21, 2024 -- Marlowe Looms Inc. (NYSE: MRLW) today announced results for the third quarter of
fiscal 2024, the thirteen weeks ended November 2, 2024.

CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions)

                              Thirteen Weeks Ended           Thirty-Nine Weeks Ended
                          November 2,    October 28,      November 2,    October 28,
                              2024           2023             2024           2023
Net sales                   $ 612.0        $ 590.0         $1,790.0       $1,720.0
Net income                     31.0           35.0             88.0           95.0
"""
YEAR = """Marlowe Looms Inc. Reports Fourth Quarter and Fiscal 2024 Results

COLUMBUS, Ohio, March 6, 2025 -- Marlowe Looms Inc. (NYSE: MRLW) today announced results for the fourth quarter and
fiscal year 2024, which ended February 1, 2025.

CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions)

                                 Fiscal Year Ended
                          February 1,      February 3,
                              2025             2024
Net sales                   $2,540.0         $2,455.0
Net income                     120.0            131.0
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("retail_years"), {"q3.txt": Q3, "fy.txt": YEAR}) as e:
        yield e


@pytest.mark.parametrize("question, value", [
    ("Marlowe net income fiscal 2024", 120e6),
    ("Marlowe net income 2024", 120e6),
    ("Marlowe net income fiscal 2023", 131e6),
    ("Marlowe revenue Q4 fiscal 2024", 750e6),  # 2,540 less the 39 weeks' 1,790
    ("Marlowe revenue Q3 fiscal 2024", 612e6),
    ("Marlowe revenue Q3 2024", 612e6),  # the year-end release no longer renames the years Q3 stands in
])
def test_one_companys_fiscal_years_are_named_alike(eng, question, value):
    a = ask_in_turn(eng, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
