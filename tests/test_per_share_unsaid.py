"""Diluted EPS asked of a release whose prose prints only '$0.14 per share': the figure is given (most such releases
print one figure for both), but the reply says the release does not tell basic from diluted — the two can differ."""
from __future__ import annotations

import pytest

from chat.engine import Context
from tests.built_releases import engine_over

RELEASE = """Quillon Robotics Reports Third Quarter 2024 Results

BOSTON, Oct. 28, 2024 -- Quillon Robotics, Inc. (NASDAQ: QLRB) today reported results for the third quarter ended
September 30, 2024.

Net income for the third quarter of 2024 was $4.2 million, or $0.14 per share, compared to $3.1 million, or $0.10 per
share, in the third quarter of 2023. Revenue was $61.0 million.

Operating income for the third quarter of 2024 was $5.0 million, or $0.16 per diluted share.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("qlrb"), {"qlrb.txt": RELEASE}) as eng:
        yield eng


@pytest.mark.parametrize("question", ["Quillon diluted EPS Q3 2024", "Quillon basic EPS Q3 2024"])
def test_a_per_share_figure_of_no_basis_is_said_so(engine, question):
    a, _ = engine.ask(question, Context())
    assert a.status == "answered" and a.value == pytest.approx(0.14), a.text
    assert "does not say whether its per-share figure is" in a.text


def test_plain_eps_asked_needs_no_such_note(engine):
    a, _ = engine.ask("Quillon EPS Q3 2024", Context())
    assert a.value == pytest.approx(0.14) and "does not say" not in a.text, a.text


@pytest.mark.parametrize("question", ["Quillon revenue per diluted share Q3 2024", "Quillon Q3 2024 net sales per share",
                                      "Quillon total assets per diluted share Q3 2024"])
def test_an_amount_of_another_measure_per_share_is_never_eps(engine, question):
    """"revenue per diluted share": the head before "per share" is another measure's amount — it was answered with
    diluted EPS ($0.14), the per-share phrase alone deciding the metric."""
    a, _ = engine.ask(question, Context())
    assert a.value is None and a.status != "answered", a.text


@pytest.mark.parametrize("question", ["Quillon net income per diluted share Q3 2024",
                                      "Quillon profit per share Q3 2024"])
def test_an_earnings_head_before_per_share_is_still_eps(engine, question):
    a, _ = engine.ask(question, Context())
    assert a.value == pytest.approx(0.14), a.text


def test_diluted_asked_after_an_amount_is_its_per_share_figure_never_the_amount_again(engine):
    """"net income Q3 2024" then "and diluted?": the per-share figure of net income, diluted — it was net income again
    ($4.2 million). After revenue, which has no per-share figure, no figure at all."""
    from tests.built_releases import ask_in_turn
    a = ask_in_turn(engine, "Quillon net income Q3 2024", "and diluted?")
    assert a.value == pytest.approx(0.14), a.text
    b = ask_in_turn(engine, "Quillon revenue Q3 2024", "and diluted?")
    assert b.value is None, b.text
    c = ask_in_turn(engine, "Quillon EPS Q3 2024", "and basic?")  # near miss: a per-share figure's other basis
    assert c.value == pytest.approx(0.14), c.text
