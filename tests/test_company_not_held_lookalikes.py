"""A company the store does not hold, named with words of a held company's name: "People's United" of a held
"Peoples Financial", "Harrow Corp" of a held "First Harrow Minerals Ltd.". Both were answered with the held
company's figures (analyst5's probe): 'united' was a stopword, and a part of a held name with another legal form
was read as the held name. Every name and figure is invented."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

PEOPLES = """Peoplesworth Financial Corporation Reports Fourth Quarter 2024 Results

BILOXI, Miss., Feb. 10, 2025 -- Peoplesworth Financial Corporation (NASDAQ: PWFC) today reported net income of $2.5
million for the fourth quarter of 2024, compared to $2.1 million for the fourth quarter of 2023.
"""
HARROW = """First Harrow Minerals Ltd. Reports Fourth Quarter 2024 Results

TORONTO, Feb. 10, 2025 -- First Harrow Minerals Ltd. (NYSE: FHMX) today reported net earnings of $150 million for
the fourth quarter of 2024, compared to $120 million for the fourth quarter of 2023.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("lookalikes"), {"pw.txt": PEOPLES, "fh.txt": HARROW}) as e:
        yield e


@pytest.mark.parametrize("question", ["Peoplesworth United net income Q4 2024", "Harrow Corp net income Q4 2024",
                                      "harrow corp net income Q4 2024", "Harrow Inc. net income Q4 2024"])
def test_a_lookalike_of_a_held_name_is_not_held(eng, question):
    a = ask_in_turn(eng, question)
    assert a.value is None, a.text


@pytest.mark.parametrize("question, value", [
    ("Peoplesworth net income Q4 2024", 2.5e6),  # the near misses: the held names, said in part or whole
    ("Peoplesworth Financial Corp net income Q4 2024", 2.5e6),  # "Corp" of a "Corporation": one legal form
    ("Harrow net income Q4 2024", 150e6),
    ("First Harrow Minerals Ltd net income Q4 2024", 150e6),
    ("First Harrow Minerals Corp net income Q4 2024", 150e6),  # every word of the name said: the held one
])
def test_a_held_name_said_in_part_or_with_its_own_legal_form_is_answered(eng, question, value):
    a = ask_in_turn(eng, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


def test_a_held_name_printed_with_no_legal_form_and_a_lookalike_with_one(tmp_path):
    """'Ostrava Corp' of a held 'Ostrava Minerals' (no legal form printed) was answered as the held company."""
    text = HARROW.replace("First Harrow Minerals Ltd.", "Ostravel Minerals")
    with engine_over(tmp_path, {"om.txt": text, "pw.txt": PEOPLES}) as e:
        assert ask_in_turn(e, "Ostravel Corp net income Q4 2024").value is None
        a = ask_in_turn(e, "Ostravel Minerals net income Q4 2024")  # the near miss: the held name
        assert a.status == "answered" and a.value == pytest.approx(150e6), a.text
