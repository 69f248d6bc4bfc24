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


LOAN_BANK = """Federal Home Credit Bank of Tullamore Reports Fourth Quarter 2024 Results

TULLAMORE, Iowa, Feb. 10, 2025 -- The Federal Home Credit Bank of Tullamore today reported net income of $84.0
million for the fourth quarter of 2024, compared to $71.0 million for the fourth quarter of 2023.
"""
BREWER = """Halvorsen Kegg Beverage Company Reports Fourth Quarter 2024 Results

DENVER, Feb. 10, 2025 -- Halvorsen Kegg Beverage Company (NYSE: HKBC) today reported net sales of $910.0 million for
the fourth quarter of 2024, compared to $880.0 million for the fourth quarter of 2023. Net sales in Asia/Pacific were
$55.0 million for the fourth quarter of 2024.
"""


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("name_runs"), {"fh.txt": HARROW, "lb.txt": LOAN_BANK,
                                                            "hk.txt": BREWER}) as e:
        yield e


@pytest.mark.parametrize("question", [
    "First Bank net income Q4 2024",  # 'First' (a word of another held name, and an ordinal) + 'Bank' of the bank's
    "Kegg Tek net sales Q4 2024",  # a short word the question reads as nothing, beside a held name's word
])
def test_a_capitalised_name_holding_one_word_of_a_held_name_is_another_company(names, question):
    """A run of capitalised words naming a company, one of them a held name's word and another no word of that name
    nor of any slot: a company the store does not hold, said so, never the held company's figure ("First Bank" was
    answered with the held Federal Home ... Bank's net income)."""
    a = ask_in_turn(names, question)
    assert a.value is None and a.status == "abstained", a.text
    assert "I hold no releases of" in a.text, a.text


@pytest.mark.parametrize("question, value", [
    ("Federal Home Credit Bank of Tullamore net income Q4 2024", 84e6),  # the whole name, "of" and all
    ("First Harrow net income Q4 2024", 150e6),  # 'First' of the held name itself
    ("First Quarter 2024 Halvorsen Kegg net sales", None),  # an ordinal before a period's noun: a period
    ("Halvorsen Kegg Net Sales Q4 2024", 910e6),  # the figure's words, capitalised
    ("Halvorsen Kegg Asia/Pacific net sales Q4 2024", 55e6),  # a place, slashed
    ("Halvorsen Keg net sales Q4 2024", 910e6),  # a slip of a held name's word
    ("first bank net income Q4 2024", 84e6),  # lower case gives no evidence of a name: read as before
])
def test_near_misses_of_another_name_run(names, question, value):
    a = ask_in_turn(names, question)
    if value is None:
        assert "I hold no releases" not in a.text, a.text
    else:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text


@pytest.mark.parametrize("question", ["Bank of Ramsgate net income Q4 2024", "Halvorsen Caribbean net sales Q4 2024"])
def test_a_name_run_with_a_word_read_as_a_line_is_never_the_held_companys_figure(names, question):
    """A word no store prints, read as a line of the held company ('Caribbean'): no figure (said as a line not held,
    the company kept for a follow-up that names a line it holds)."""
    a = ask_in_turn(names, question)
    assert a.value is None and a.status == "abstained", a.text


def test_a_held_name_printed_with_a_hyphen_is_the_held_company(tmp_path):
    """'Varro-Lindqvist Minerals Inc.': its name's words joined by a hyphen are its own (the round trip of a
    hyphenated name was said not held)."""
    text = HARROW.replace("First Harrow Minerals Ltd.", "Varro-Toledo International Inc.")
    with engine_over(tmp_path, {"vl.txt": text, "pw.txt": PEOPLES}) as e:
        a = ask_in_turn(e, "Varro-Toledo International Inc. net income Q4 2024")
        assert "I hold no releases" not in a.text, a.text
