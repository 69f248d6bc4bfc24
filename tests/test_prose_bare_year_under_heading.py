"""A bare year ("in 2023") in a release of part of a year is that year's span of the release — the quarter —
unless a heading or the figure's own period names another span: under "Year-to-Date Results" or "Nine Months
2023 Highlights" it is that year to date, never the quarter (found by reading: the heading's span was lost to the
sentence's bare year, and a third quarter's release stored the nine months' net income as the quarter's)."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import parse_text
from parsers.periods import Period

HEAD = """Tarnwell Valves Reports Third Quarter 2023 Results

TULSA, Okla., Oct. 30, 2023 -- Tarnwell Valves, Inc. (NYSE: TVLV) today reported results for the third quarter
ended September 30, 2023.

"""
Q3_23, Q3_22 = Period(date(2023, 9, 30), 3), Period(date(2023 - 1, 9, 30), 3)
YTD_23, YTD_22 = Period(date(2023, 9, 30), 9), Period(date(2022, 9, 30), 9)


def _net_income(body: str) -> dict[float, Period]:
    doc = parse_text("tarnwell_q3_2023.txt", HEAD + body + "\n")
    return {f.value: f.period for f in doc.figures if f.source == "narrative" and f.label.lower() == "net income"}


@pytest.mark.parametrize("heading", ["Year-to-Date Results", "Nine-Month Results", "Nine Months 2023 Highlights",
                                     "Year-to-Date 2023 Results"])
def test_a_bare_year_under_a_year_to_date_heading_is_the_year_to_date(heading: str) -> None:
    found = _net_income(f"{heading}\n\nNet income was $71.2 million in 2023 compared with $88.4 million in 2022.")
    assert found == {71_200_000: YTD_23, 88_400_000: YTD_22}


@pytest.mark.parametrize("body", [
    "Third Quarter Results\n\nNet income was $71.2 million in 2023 compared with $88.4 million in 2022.",
    "In the third quarter, net income was $71.2 million in 2023 compared with $88.4 million in 2022.",
    "Net income was $71.2 million, compared with $88.4 million in 2022.",
])
def test_near_misses_a_quarters_heading_or_words_keep_the_quarter(body: str) -> None:
    assert _net_income(body) == {71_200_000: Q3_23, 88_400_000: Q3_22}
