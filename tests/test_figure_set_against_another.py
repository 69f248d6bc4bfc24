"""A question that sets one figure against another without naming an operation the engine computes ("net income to
revenue", "net income relative to revenue", "revenue over net income") was answered with one of its figures — the
longer name won, a figure never asked for alone. It is asked back now; the ratio named ("ratio of net income to
revenue") is computed, and a figure asked alone is answered."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

RELEASE = """# Tamsworth Tools Reports Third Quarter 2025 Results

CLEVELAND, Oct. 28, 2025 (BUSINESS WIRE) -- Tamsworth Tools, Inc. (NYSE: TMWT) today reported results for the third
quarter ended September 30, 2025.

**CONDENSED CONSOLIDATED STATEMENTS OF INCOME** (In millions, except per share data)

| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 |
|---|---|---|
| Revenue | $ 812.0 | $ 760.5 |
| Operating income | 120.4 | 104.9 |
| Net income | $ 88.2 | $ 75.1 |
| Diluted earnings per share | $ 1.12 | $ 0.95 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("tamsworth"), {"tamsworth_q3_2025.md": RELEASE}) as eng:
        yield eng


@pytest.mark.parametrize("question", ["Tamsworth net income to revenue Q3 2025",
                                      "Tamsworth net income relative to revenue Q3 2025",
                                      "Tamsworth revenue over net income Q3 2025"])
def test_a_figure_set_against_another_is_asked_back(engine, question: str) -> None:
    answer = ask_in_turn(engine, question)
    assert answer.value is None and answer.status == "clarify"


def test_near_misses_the_ratio_named_and_a_figure_alone_are_answered(engine) -> None:
    assert ask_in_turn(engine, "Tamsworth ratio of net income to revenue Q3 2025").value == pytest.approx(88.2 / 812.0, abs=1e-4)
    assert ask_in_turn(engine, "Tamsworth net income Q3 2025").value == 88_200_000
    assert ask_in_turn(engine, "Tamsworth revenue Q3 2025").value == 812_000_000
