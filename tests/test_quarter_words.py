"""'last quarter' is the latest quarter held; 'the prior / previous quarter' is the one before it — the two were read
alike, so 'revenue prior quarter' answered the latest quarter's figure: a wrong figure, its period named."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from tests.built_releases import engine_over

RELEASE = """Tallowmere Fasteners Inc. Reports Third Quarter 2024 Results

DAYTON, Ohio, October 30, 2024 -- Tallowmere Fasteners Inc. (NASDAQ: TLWF) today reported results for the
third quarter ended September 30, 2024.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                  Three Months Ended
                          September 30,   June 30,   September 30,
                              2024          2024         2023
Revenue                    $ 84,210     $ 79,940     $ 71,305
Net income                 $  6,120     $  5,480     $  4,010

CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)
                          September 30,   June 30,
                              2024          2024
Total assets               $ 412,500    $ 398,100
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("tlwf"), {"tlwf.txt": RELEASE}) as eng:
        yield eng


def ask(engine: Engine, *questions: str):
    ctx = Context()
    answer = None
    for q in questions:
        answer, ctx = engine.ask(q, ctx)
    return answer


@pytest.mark.parametrize("question, value", [
    ("Tallowmere revenue last quarter", 84_210_000),
    ("Tallowmere revenue prior quarter", 79_940_000),
    ("Tallowmere revenue in the previous quarter", 79_940_000),
    ("Tallowmere net income the preceding quarter", 5_480_000),
    ("Tallowmere total assets prior quarter", 398_100_000),
])
def test_last_quarter_is_the_latest_and_the_prior_quarter_the_one_before(engine, question, value):
    a = ask(engine, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


def test_growth_against_the_prior_quarter_is_the_latest_against_the_one_before(engine):
    a = ask(engine, "Tallowmere revenue growth vs the prior quarter")
    assert a.status == "answered" and a.value == pytest.approx((84_210 / 79_940 - 1) * 100, abs=0.06), a.text


def test_the_prior_quarter_after_a_quarter_named_is_the_quarter_before_it(engine):
    a = ask(engine, "Tallowmere revenue Q3 2024", "and the prior quarter?")
    assert a.status == "answered" and a.value == pytest.approx(79_940_000), a.text


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    other = RELEASE.replace("Tallowmere Fasteners", "Brindlecombe Optics").replace("TLWF", "BRCO")
    with engine_over(tmp_path_factory.mktemp("two"), {"a.txt": RELEASE, "b.txt": other}) as eng:
        yield eng


@pytest.mark.parametrize("question", ["Nintendo revenue Q3 2024", "ubisoft revenue"])
def test_one_word_naming_no_company_held_is_said_so_never_which_company(two, question):
    """On a store of several companies, 'Nintendo revenue' (a name neither the store nor the SEC's list holds) was
    'Which company?' offering the store's companies for a question about another."""
    a = ask(two, question)
    assert a.status == "abstained" and "no releases of a company called" in a.text and a.value is None, a.text


def test_a_question_naming_no_company_and_no_odd_word_still_asks_which(two):
    a = ask(two, "Revenue Q3 2024")
    assert a.status == "clarify" and "Which company?" in a.text, a.text
