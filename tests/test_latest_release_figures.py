"""A figure asked with no period is the latest release's: an older figure — a comparative column of the latest release
whose own column was not read, or a figure the latest release does not print at all — was answered as "the latest
period I hold" (the year-ago quarter given for the release's own). Invented releases; each near miss still answered."""
from __future__ import annotations

import pytest

from chat.engine import Context
from tests.built_releases import engine_over

ONLY_A_YEAR_AGO = """MARLOWE CHEMICALS REPORTS SECOND QUARTER 2025 RESULTS

HOUSTON, July 31, 2025 -- Marlowe Chemicals Corporation (NYSE: MRLC) today reported results for the second quarter
ended June 30, 2025.

Net sales for the second quarter of 2025 were $842.6 million, compared with $811.3 million in the second quarter
of 2024.

In the second quarter of 2024, net income was $67.4 million.
"""

Q1 = """TARNBY TOOLS REPORTS FIRST QUARTER 2025 RESULTS

DAYTON, Ohio, April 30, 2025 -- Tarnby Tools, Inc. (NASDAQ: TRNB) today reported results for the first quarter ended
March 31, 2025.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

| | Three Months Ended March 31, 2025 | Three Months Ended March 31, 2024 |
|---|---|---|
| Net sales | $ 120,000 | $ 110,000 |
| Operating income | 14,000 | 12,000 |
| Net income | $ 9,000 | $ 8,000 |
"""

Q2 = """TARNBY TOOLS REPORTS SECOND QUARTER 2025 RESULTS

DAYTON, Ohio, July 30, 2025 -- Tarnby Tools, Inc. (NASDAQ: TRNB) today reported results for the second quarter ended
June 30, 2025.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 |
|---|---|---|
| Net sales | $ 130,000 | $ 115,000 |
| Operating income | 15,500 | 12,500 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("latest"), {"mrlc_q2_2025.txt": ONLY_A_YEAR_AGO, "trnb_q1_2025.md": Q1,
                                                          "trnb_q2_2025.md": Q2}) as eng:
        yield eng


def _ask(engine, question):
    return engine.ask(question, Context())[0]


@pytest.mark.parametrize("question", ["Marlowe net income", "latest Marlowe net income"])
def test_a_comparative_alone_is_no_answer_to_the_latest(engine, question):
    a = _ask(engine, question)
    assert a.value is None and a.status == "abstained", a.text
    assert "gives it only for Q2 2024" in a.text, a.text


def test_a_figure_the_latest_release_does_not_print_is_no_answer_to_the_latest(engine):
    a = _ask(engine, "Tarnby net income")
    assert a.value is None and a.status == "abstained", a.text
    assert "period ending June 2025" in a.text and "Q1 2025" in a.text, a.text


@pytest.mark.parametrize("question,value", [("Marlowe net sales", 842.6e6), ("Marlowe net income Q2 2024", 67.4e6),
                                            ("Tarnby net sales", 130e6), ("Tarnby net income Q1 2025", 9e6),
                                            ("Tarnby operating income", 15.5e6)])
def test_near_misses_are_answered(engine, question, value):
    a = _ask(engine, question)
    assert a.value == pytest.approx(value), a.text
