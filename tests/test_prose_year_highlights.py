"""A heading that names a bare year before a section's word ("2024 Highlights:", vocabulary.toml [language]
year_section_words) dates the bullets below it as that fiscal year, as "Full Year 2024 Highlights" does (issue 19's
prose: capital raised and invested): "* Raised $214.3 million in net proceeds from issuance of common shares" under it
is the year's capital raised.

Near misses, left unread: the same bullets under "Highlights" alone (no period named), under "December 2024
Highlights" (a month's, never the year), and under "2024 Highlights" in a second quarter's release (a year not over:
no flow of it is read). Every company and figure here is invented."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import FY24, engine_over

Q4_HEAD = """Marrowby Realty Trust Reports Fourth Quarter 2024 Results

OMAHA, Neb., February 11, 2025 -- Marrowby Realty Trust (NYSE: MRWB) today reported results for the fourth quarter ended December 31, 2024.

"""
Q2_HEAD = """Marrowby Realty Trust Reports Second Quarter 2024 Results

OMAHA, Neb., August 6, 2024 -- Marrowby Realty Trust (NYSE: MRWB) today reported results for the second quarter ended June 30, 2024.

"""
TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   {end},
                                                                  2024        2023
Rental revenues                                                 $ 52,000    $ 48,000
Operating expenses                                                14,100      13,900
Net earnings                                                      21,900      19,100
Diluted earnings per share                                          0.42        0.37
"""
BULLETS = """
* Raised $318.6 million in net proceeds from issuance of 6,120,400 common shares
* Invested $427 million in 93 properties
"""


def _narrative(text: str) -> dict[str, list[tuple[float, Period]]]:
    doc = parse_text("marrowby.txt", text)
    out: dict[str, list[tuple[float, Period]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value, 2), f.period))
    return out


def _release(heading: str, head: str = Q4_HEAD, end: str = "December 31") -> str:
    return head + heading + "\n" + BULLETS + TABLE.format(end=end)


def test_a_years_highlights_date_its_bullets_as_that_year() -> None:
    read = _narrative(_release("2024 Highlights:"))
    assert read["capital raised"] == [(318_600_000, FY24)]
    assert read["capital invested"] == [(427_000_000, FY24)]


@pytest.mark.parametrize("heading,head,end", [
    ("Highlights:", Q4_HEAD, "December 31"),  # no period named
    ("December 2024 Highlights:", Q4_HEAD, "December 31"),  # a month's, never the year
    ("2024 Highlights:", Q2_HEAD, "June 30"),  # a year not over in a second quarter's release
])
def test_near_misses_leave_the_flows_unread(heading, head, end) -> None:
    read = _narrative(_release(heading, head, end))
    values = {v for found in read.values() for v, _ in found}
    assert not {318_600_000, 427_000_000} & values


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("highlights"), {"marrowby_q4_2024.txt": _release("2024 Highlights:")}) as e:
        yield e


def test_a_question_reaches_the_years_capital_raised(engine) -> None:
    a = engine.ask("Marrowby capital raised 2024")[0]
    assert a.status == "answered" and round(a.value) == 318_600_000
    q = engine.ask("Marrowby capital raised Q4 2024")[0]
    assert q.status != "answered" or round(q.value) != 318_600_000  # the year's, never the quarter's

