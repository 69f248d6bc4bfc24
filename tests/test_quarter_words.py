"""'last quarter' is the latest quarter held; 'the prior / previous quarter' is the one before it — the two were read
alike, so 'revenue prior quarter' answered the latest quarter's figure: a wrong figure, its period named."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

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


ask = ask_in_turn  # one conversation, the last answer


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


@pytest.mark.parametrize("question", ["Nintendo revenue Q3 2024", "Ubisoft revenue"])
def test_one_word_naming_no_company_held_is_said_so_never_which_company(two, question):
    """On a store of several companies, 'Nintendo revenue' (a name neither the store nor the SEC's list holds) was
    'Which company?' offering the store's companies for a question about another."""
    a = ask(two, question)
    assert a.status == "abstained" and "no releases of a company called" in a.text and a.value is None, a.text


def test_one_word_in_lower_case_near_a_held_name_is_asked_back_naming_it(two):
    """A word the questions don't know, typed in lower case and close by spelling to a word of a held company's name
    ('tallowmeqqq' of Tallowmere): perhaps a slip of it, asked back, the word named."""
    a = ask(two, "tallowmeqqq revenue Q3 2024")
    assert a.status == "clarify" and "none called “tallowmeqqq”" in a.text and a.value is None, a.text


@pytest.mark.parametrize("question", ["google revenue Q3 2024", "zorpish revenue"])
def test_one_word_in_lower_case_far_from_every_held_name_is_said_not_held(two, question):
    """'google revenue' (a company neither the store nor the SEC's list of registered names holds, typed in lower case)
    was asked back 'Which company?': far by spelling from every held name's word, it is no slip of one — said not held,
    with the names the store holds."""
    a = ask(two, question)
    assert a.status == "abstained" and "no releases of a company called" in a.text and a.value is None, a.text
    assert "Tallowmere" in a.text and "Brindlecombe" in a.text


@pytest.mark.parametrize("question, first", [
    ("Which company had the higher revenue in Q3 2024?", "Brindlecombe"),
    ("which company had the lower net income in Q3 2024", "Brindlecombe"),
    ("Rank the companies by revenue in Q3 2024", "Brindlecombe"),
])
def test_comparatives_and_rank_words_rank_the_companies(two, question, first):
    """'higher', 'Rank the companies by' were read as the name of a company not held."""
    a = ask(two, question)
    assert a.status == "answered" and first in a.text and "company called" not in a.text, a.text


@pytest.mark.parametrize("question", ["Tallowmere revenue divided by 2 in Q3 2024",
                                      "Tallowmere revenue divided by three in Q3 2024",
                                      "Tallowmere revenue for Q2 2024 and Q3 2024 plus the year-ago figures"])
def test_a_number_as_divisor_or_plus_among_other_words_is_no_arithmetic_on_figures(engine, question):
    """'revenue divided by 2' took revenue for the divisor too (a ratio of 1); 'plus the year-ago figures' added every
    period named. Neither is a figure's arithmetic the question states: no number."""
    a = ask(engine, question)
    assert a.status != "answered" and a.value is None, a.text


def test_plus_between_two_periods_adds_them(engine):
    a = ask(engine, "Tallowmere revenue Q2 2024 plus Q3 2024")
    assert a.status == "answered" and a.value == pytest.approx(164_150_000), a.text


def test_a_question_naming_no_company_and_no_odd_word_still_asks_which(two):
    a = ask(two, "Revenue Q3 2024")
    assert a.status == "clarify" and "Which company?" in a.text, a.text


def test_a_period_named_against_the_latest_is_pinned_again_for_another_company(tmp_path_factory):
    """'Acme revenue in the prior quarter' (Acme's Q3: its latest is Q4) then 'and Bolt?' gave Bolt's Q3 — Bolt's
    latest — said to be 'the quarter before the latest one I hold'. Bolt's own prior quarter is Q2."""
    later = RELEASE.replace("Third Quarter 2024", "Fourth Quarter 2024").replace("third\nquarter ended September 30, 2024",
                            "fourth\nquarter ended December 31, 2024").replace("October 30, 2024", "February 5, 2025") \
        .replace("September 30,   June 30,   September 30,", "December 31,  September 30,  December 31,") \
        .replace("2024          2024         2023", "2024          2024         2023") \
        .replace("September 30,   June 30,\n", "December 31,  September 30,\n")
    other = RELEASE.replace("Tallowmere Fasteners", "Brindlecombe Optics").replace("TLWF", "BRCO")
    with engine_over(tmp_path_factory.mktemp("pin"), {"a.txt": later, "b.txt": other}) as eng:
        a = ask(eng, "Tallowmere revenue in the prior quarter")
        assert a.status == "answered" and a.value == pytest.approx(79_940_000) and "Q3 2024" in a.text, a.text
        b = ask(eng, "Tallowmere revenue in the prior quarter", "and Brindlecombe?")
        assert b.status == "answered" and b.value == pytest.approx(79_940_000) and "Q2 2024" in b.text, b.text
