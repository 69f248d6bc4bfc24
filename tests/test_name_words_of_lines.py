"""A word of a held company's name that is also a line of business its own releases print ('Grid' and 'Sensors' of
"Marlowe Grid Sensors Inc.", whose revenue rows are Grid and Sensors): "Sensors revenue", "Marlowe Sensors revenue",
"and Sensors?" ask for the line, never the company's total (the word was used up as the company's name, leaving
"revenue": the total was given, and its growth for the line's). A word naming another held company and a line of the
company the conversation is about is asked back. And a capitalised name run holding a figure's word the question was
not read with ('Income' of "Realty Income revenue") names a company not held. Every name and figure is invented
(review21's classes B and C)."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

GRID = """# Marlowe Grid Sensors Reports Fourth Quarter and Fiscal 2024 Results

AUSTIN, February 6, 2025 -- Marlowe Grid Sensors Inc. (NYSE: MGSX) today announced results for its fourth quarter and
fiscal year ended December 31, 2024.

## Consolidated Statements of Income
(in millions, except per share amounts)

| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 | Year Ended December 31, 2024 | Year Ended December 31, 2023 |
|---|---|---|---|---|
| Grid | $ 171.0 | $ 150.0 | $ 640.0 | $ 560.0 |
| Sensors | 93.0 | 104.0 | 380.0 | 410.0 |
| Total revenue | 264.0 | 254.0 | 1,020.0 | 970.0 |
| Cost of revenue | 150.0 | 146.0 | 590.0 | 570.0 |
| Net income | $ 31.0 | $ 28.0 | $ 118.0 | $ 101.0 |
"""
ROBOTS = """# Pellham Robotics Reports Fourth Quarter and Fiscal 2024 Results

DAYTON, February 7, 2025 -- Pellham Robotics Inc. (NYSE: PLRB) today announced results for its fourth quarter and
fiscal year ended December 31, 2024.

## Consolidated Statements of Income
(in millions)

| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 | Year Ended December 31, 2024 | Year Ended December 31, 2023 |
|---|---|---|---|---|
| Total revenue | $ 88.0 | $ 80.0 | $ 340.0 | $ 300.0 |
| Net income | $ 9.0 | $ 7.0 | $ 33.0 | $ 26.0 |

## Revenue by Segment
(in millions)

| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 | Year Ended December 31, 2024 | Year Ended December 31, 2023 |
|---|---|---|---|---|
| Surgical | $ 50.0 | $ 44.0 | $ 190.0 | $ 170.0 |
| Warehouse | 38.0 | 36.0 | 150.0 | 130.0 |
| Total revenue | $ 88.0 | $ 80.0 | $ 340.0 | $ 300.0 |
"""
SURGICAL = """Surgical Vantage Partners Inc. Reports Fourth Quarter 2024 Results

MEMPHIS, Feb. 10, 2025 -- Surgical Vantage Partners Inc. (NASDAQ: SVPX) today reported revenue of $61.0 million for
the fourth quarter of 2024, compared to $55.0 million for the fourth quarter of 2023, and revenue of $236.0 million for
the full year 2024, compared to $215.0 million for 2023.
"""
REALTY = """Tollan Creek Realty Trust Reports Fourth Quarter 2024 Results

BOISE, Feb. 12, 2025 -- Tollan Creek Realty Trust (NYSE: TCRT) today reported total revenues of $42.0 million for the
fourth quarter of 2024, compared to $39.0 million for the fourth quarter of 2023. Net income was $8.0 million for
the fourth quarter of 2024, compared to $6.5 million for the fourth quarter of 2023.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("name_lines"), {"mg.md": GRID, "pr.md": ROBOTS, "sv.txt": SURGICAL,
                                                             "tc.txt": REALTY}) as e:
        yield e


@pytest.mark.parametrize("questions, value", [
    (["Sensors revenue fiscal 2024"], 380e6),  # the company named only by the line's word: the line
    (["Grid revenue fiscal 2024"], 640e6),
    (["Sensors revenue"], 93e6),  # no period: the line's latest quarter, never the total's
    (["Marlowe Sensors revenue fiscal 2024"], 380e6),  # the line's word out of the name's order
    (["Marlowe revenue fiscal 2024", "and Sensors?"], 380e6),  # a follow-up naming the line
    (["Marlowe revenue Q4 2024", "and Grid?"], 171e6),
    (["Pellham revenue fiscal 2024", "and Sensors?"], 380e6),  # the only company printing the line: its line
])
def test_a_name_word_that_is_the_companys_own_line_asks_for_the_line(eng, questions, value):
    a = ask_in_turn(eng, *questions)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


def test_the_growth_of_a_line_named_by_a_name_word_is_the_lines(eng):
    a = ask_in_turn(eng, "Sensors revenue growth fiscal 2024")
    assert a.status == "answered" and a.value == pytest.approx((380 / 410 - 1) * 100, abs=0.05), a.text


@pytest.mark.parametrize("questions", [
    ["Pellham revenue fiscal 2024", "and Surgical?"],  # a line of Pellham's, and a word of a held name
    ["Pellham revenue Q4 2024", "what about Surgical?"],
])
def test_a_word_of_another_name_and_of_a_line_of_the_company_asked_about_is_asked_back(eng, questions):
    a = ask_in_turn(eng, *questions)
    assert a.value is None and a.status == "clarify", a.text


@pytest.mark.parametrize("questions, value", [
    (["Marlowe revenue fiscal 2024"], 1020e6),  # the near misses: the company's own total
    (["Marlowe Grid Sensors revenue fiscal 2024"], 1020e6),  # the name whole
    (["Marlowe Grid revenue fiscal 2024"], 1020e6),  # the name's words in its order: the name said short
    (["Grid Sensors revenue fiscal 2024"], 1020e6),
    (["Sensors Inc revenue fiscal 2024"], 1020e6),  # a legal form: a company's name
    (["Sensors total revenue fiscal 2024"], 1020e6),  # the whole company's, said so
    (["Marlowe Grid Sensors Sensors revenue fiscal 2024"], 380e6),  # the name whole, then the line
    (["Marlowe Grid Sensors grid revenue Q4 2024"], 171e6),  # the line's word again, after the name whole
    (["Sensors revenue Marlowe Grid Sensors fiscal 2024"], 380e6),  # the line, then the name whole
    (["Pellham revenue fiscal 2024", "and Surgical Vantage?"], 236e6),  # another company, named in full
    (["Pellham revenue fiscal 2024", "and Warehouse?"], 150e6),  # a line of Pellham's no name holds
    (["Surgical Vantage revenue Q4 2024"], 61e6),
])
def test_near_misses_the_companys_own_figure(eng, questions, value):
    a = ask_in_turn(eng, *questions)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


@pytest.mark.parametrize("question", ["Creek Income revenue Q4 2024", "Income Creek revenue Q4 2024"])
def test_a_figures_word_in_a_name_run_the_figure_was_not_read_with_names_another_company(eng, question):
    a = ask_in_turn(eng, question)
    assert a.value is None and "I hold no releases of" in a.text, a.text


@pytest.mark.parametrize("question, value", [
    ("Tollan Creek Net Income Q4 2024", 8e6),  # the figure's own words, capitalised
    ("Tollan Creek Revenue Q4 2024", 42e6),
    ("Tollan Creek Realty Trust Total Revenues Q4 2024", 42e6),
    ("creek income revenue Q4 2024", None),  # lower case gives no evidence of a name: read as before (never "not held")
])
def test_near_misses_of_a_figures_word_in_a_name_run(eng, question, value):
    a = ask_in_turn(eng, question)
    assert "I hold no releases of" not in a.text, a.text
    if value is not None:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text
