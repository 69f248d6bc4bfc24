"""Number words in a question's period are never "repaired" into another word: "the last four quarters" was read as
"the last for quarters" (a store of a company named "... Foods" holds "for"-like words near "four"), which names no
period, and the latest quarter alone was answered as if it were the four. Every name and figure is invented."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

Q = """Tarrow Fours Foods Corp. Reports {name} Results

OMAHA, Neb., {date} -- Tarrow Fours Foods Corp. (NYSE: TRWF) today reported results for the {what}.

                                   Three Months Ended
                              {end1}        {end0}
Net sales                        $ {a:.1f}      $ {b:.1f}
(in millions)
"""


def _release(name: str, date: str, what: str, end1: str, end0: str, a: float, b: float) -> str:
    return Q.format(name=name, date=date, what=what, end1=end1, end0=end0, a=a, b=b)


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    files = {
        "q1.txt": _release("First Quarter 2024", "May 1, 2024", "first quarter ended March 31, 2024",
                           "March 31, 2024", "March 31, 2023", 401.0, 380.0),
        "q2.txt": _release("Second Quarter 2024", "Aug. 1, 2024", "second quarter ended June 30, 2024",
                           "June 30, 2024", "June 30, 2023", 412.0, 390.0),
        "q3.txt": _release("Third Quarter 2024", "Nov. 1, 2024", "third quarter ended September 30, 2024",
                           "Sept. 30, 2024", "Sept. 30, 2023", 430.0, 399.0),
        "q4.txt": _release("Fourth Quarter 2024", "Feb. 1, 2025", "fourth quarter ended December 31, 2024",
                           "Dec. 31, 2024", "Dec. 31, 2023", 445.0, 410.0),
    }
    with engine_over(tmp_path_factory.mktemp("fours"), files) as e:
        yield e


@pytest.mark.parametrize("question", ["Tarrow revenue over the last four quarters", "Tarrow revenue last four quarters",
                                      "Tarrow revenue over the past 4 quarters", "Tarrow trailing twelve months revenue"])
def test_the_last_four_quarters_are_the_trailing_twelve_months(eng, question):
    a = ask_in_turn(eng, question)
    assert a.status == "answered" and a.value == pytest.approx(1688e6), a.text  # 401 + 412 + 430 + 445


def test_the_latest_quarter_alone_is_still_the_latest(eng):  # the near miss: no count of quarters said
    a = ask_in_turn(eng, "Tarrow revenue last quarter")
    assert a.status == "answered" and a.value == pytest.approx(445e6), a.text


def test_a_count_of_quarters_other_than_four_is_never_one_quarter(eng):
    a = ask_in_turn(eng, "Tarrow revenue over the last five quarters")
    assert a.value != pytest.approx(445e6), a.text
