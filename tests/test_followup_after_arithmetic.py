"""A follow-up naming only a new figure, place or company after an arithmetic answer ("and net income?" after the
trailing twelve months, a sum, an average, an average of a year's quarters, a change or a quarter's share of its year)
goes on with the operation and every period it was applied to: the operation was dropped, and the first period's figure
alone given — after the trailing twelve months still called "the trailing twelve months". An operation the twelve
months are not added for ("revenue growth ttm") is said unsupported, never answered with their sum. Every name and
figure is invented (review21's class F)."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

HEAD = """Quorrel Dairy Corp. Reports {title} Results

FRESNO, {date} -- Quorrel Dairy Corp. (NYSE: QRDC) today reported results for the {span}.

CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share data)

"""
Q4_2023 = HEAD.format(title="Fourth Quarter and Full Year 2023", date="February 8, 2024",
                      span="fourth quarter and year ended December 31, 2023") + """\
                                  Three Months Ended         Year Ended
                                     December 31,           December 31,
                                   2023        2022        2023        2022
Net sales                        $ 300.0     $ 280.0    $1,150.0    $1,080.0
Net income (loss)                   (5.0)        8.0        40.0        35.0
"""
Q1_2024 = HEAD.format(title="First Quarter 2024", date="April 25, 2024", span="first quarter ended March 31, 2024") + """\
                                  Three Months Ended
                                      March 31,
                                   2024        2023
Net sales                        $ 310.0     $ 270.0
Net income                          12.0        10.0
"""
Q2_2024 = HEAD.format(title="Second Quarter 2024", date="July 25, 2024", span="second quarter ended June 30, 2024") + """\
                                  Three Months Ended       Six Months Ended
                                       June 30,                June 30,
                                   2024        2023        2024        2023
Net sales                        $ 320.0     $ 285.0    $  630.0    $  555.0
Net income                          14.0        16.0        26.0        26.0
"""
Q3_2024 = HEAD.format(title="Third Quarter 2024", date="October 24, 2024",
                      span="third quarter ended September 30, 2024") + """\
                                  Three Months Ended      Nine Months Ended
                                    September 30,           September 30,
                                   2024        2023        2024        2023
Net sales                        $ 330.0     $ 295.0    $  960.0    $  850.0
Net income                          15.0        19.0        41.0        45.0
"""
HARWICK = """Harwick Lumber Inc. Reports Fourth Quarter and Full Year 2024 Results

EUGENE, February 5, 2025 -- Harwick Lumber Inc. (NYSE: HWLB) today reported results for the fourth quarter and year
ended December 31, 2024.

CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions)

                                  Three Months Ended         Year Ended
                                     December 31,           December 31,
                                   2024        2023        2024        2023
Net sales                        $ 120.0     $ 110.0    $  470.0    $  430.0
Net income                           9.0         8.0        33.0        30.0
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("carried_ops"), {
            "q4_2023.txt": Q4_2023, "q1_2024.txt": Q1_2024, "q2_2024.txt": Q2_2024, "q3_2024.txt": Q3_2024,
            "hw.txt": HARWICK}) as e:
        yield e


@pytest.mark.parametrize("questions, value", [
    (["Quorrel revenue ttm", "and net income?"], 36e6),  # -5 + 12 + 14 + 15: never Q3 2024's 15 "for the ttm"
    (["Quorrel net income ttm", "and revenue?"], 1260e6),
    (["Quorrel revenue ttm", "and Harwick?"], 470e6),  # another company's own twelve months: its fiscal year
    (["Quorrel revenue Q1 2024 plus Q2 2024", "and net income?"], 26e6),
    (["Quorrel average quarterly revenue 2023", "and net income?"], 10e6),  # (10 + 16 + 19 - 5) / 4
    (["average Quorrel revenue 2022 and 2023", "and net income?"], 37.5e6),
    (["what was the change in Quorrel revenue from 2022 to 2023", "and net income?"], 5e6),
    (["Quorrel Q4 2023 revenue as a share of 2023", "and net income?"], -12.5),
    (["average Quorrel revenue", "and net income?"], 17e6),  # the latest release's quarters: (15 + 19) / 2
    (["average Quorrel revenue", "and Harwick?"], 115e6),  # Harwick's own latest release: (120 + 110) / 2
])
def test_a_followup_naming_a_new_figure_goes_on_with_the_operation(eng, questions, value):
    a = ask_in_turn(eng, *questions)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


def test_the_periods_named_go_on_with_the_operation_to_another_company(eng):
    """The change from 2022 to 2023 asked of Harwick, which holds no 2022: said so, never its 2023 figure alone."""
    a = ask_in_turn(eng, "what was the change in Quorrel revenue from 2022 to 2023", "and Harwick?")
    assert a.value is None and "2022" in a.text, a.text


def test_the_twelve_months_are_named_only_where_they_are_added(eng):
    a = ask_in_turn(eng, "Quorrel revenue ttm", "and net income?")
    assert "+" in a.text and "twelve months" in a.text, a.text


@pytest.mark.parametrize("questions", [
    ["Quorrel revenue growth ttm"],  # the four quarters' sum is no growth
    ["Quorrel revenue ttm", "and growth?"],
])
def test_an_operation_the_twelve_months_are_not_added_for_is_not_given(eng, questions):
    a = ask_in_turn(eng, *questions)
    assert a.value is None, a.text


@pytest.mark.parametrize("questions, value", [
    (["Quorrel revenue Q3 2024", "and net income?"], 15e6),  # the near misses: no operation to carry
    (["Quorrel revenue ttm", "and Q2 2024?"], 320e6),  # a period named whole: its own figure
    (["Harwick revenue ttm", "and net income?"], 33e6),  # the twelve months that are a fiscal year
])
def test_near_misses_of_a_carried_operation(eng, questions, value):
    a = ask_in_turn(eng, *questions)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
