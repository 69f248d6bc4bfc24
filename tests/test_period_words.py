"""The ordinals of periods come from one home (parsers/periods.py): the question reader's halves and
first months (chat/periods.py) and the check's trace of a reported period (knowledge/check_identity.py)
read every way an ordinal is written, the ways they read before included."""
from __future__ import annotations

import pytest

from chat.periods import find_periods
from knowledge.check_identity import PERIOD_TRACE


def _specs(text: str) -> list[tuple]:
    return [(s.kind, s.year, s.quarter, s.months) for _, _, s in find_periods(text.lower())]


@pytest.mark.parametrize("text,expected", [
    ("first half 2024", [("YTD", 2024, None, 6)]),
    ("1st half of fiscal 2024", [("YTD", 2024, None, 6)]),
    ("the first half", [("YTD", None, None, 6)]),
    ("the 1st half", [("YTD", None, None, 6)]),  # was unread: "1st" is "first"
    ("the first  half", [("YTD", None, None, 6)]),  # two spaces: was the year to date of a quarter, not six months
    ("h1", [("YTD", None, None, 6)]),
    ("year to date", [("this_year", None, None, None)]),
    ("first nine months 2024", [("YTD", 2024, None, 9)]),
    ("1st six months", [("YTD", None, None, 6)]),
    ("third quarter 2024", [("Q", 2024, 3, None)]),
    ("3rd-quarter 2024", [("Q", 2024, 3, None)]),
    ("fiscal 2024 fourth quarter", [("Q", 2024, 4, None)]),
    ("second half 2024", [("H2", 2024, None, 6)]),  # the six months to the year's end, never the year (its figure is
    ("2H24", [("H2", 2024, None, 6)]),              # no second half's: it was read as the year alone)
])
def test_questions_read_halves_and_first_months_from_the_period_words(text, expected):
    assert _specs(text) == expected


@pytest.mark.parametrize("text", ["results for the third quarter of 2024", "1st quarter of fiscal 2009",
                                  "Fourth-Quarter 2024 results", "third fiscal quarter 2024", "2024 second quarter",
                                  "2009 3rd quarter", "Q3 2024", "fiscal year 2024", "quarter ended March 31"])
def test_a_period_trace_is_read_in_each_way_an_ordinal_is_written(text):
    assert PERIOD_TRACE.search(text)


@pytest.mark.parametrize("text", ["the fifth quarter of 2024", "first quarter", "a 2024 quarter"])
def test_no_period_trace_without_an_ordinal_and_a_year(text):
    assert not PERIOD_TRACE.search(text)
