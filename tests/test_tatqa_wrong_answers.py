"""Classes of wrong answers TAT-QA's tables showed, each on a small annual-report table built here: a
question that asks for words (what a figure represents, when it is paid), a count or each period's figure
is never answered with one figure; the row, sign and unit a question means are the ones given.
The documents are invented and ingested under a company name as benchmarks/tatqa.py does."""
from __future__ import annotations

import pytest

from tests.test_tatqa_classes import _ask, _engine, _table

PAYABLES = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Trade payables", "3,486", "4,184"],
                   ["Sales related reserves", "366", "-"], ["Total", "3,852", "4,184"]],
                  "Trade payables are unsecured and are usually paid within 30 days of recognition. Sales related "
                  "reserves represent price concessions offered to distributors.")


@pytest.mark.parametrize("question", [
    "When are trade payables paid?",
    "What does sales related reserves represent?",
    "What do the trade payables in 2019 mainly represent?",
    "What is the total made up of?",
    "How are trade payables measured?",
    "Why did trade payables decrease in 2019?",
    "How many years were trade payables above 4,000 thousand?",
    "What is the trade payables in 2019 and 2018 respectively?",
])
def test_a_question_for_words_a_count_or_each_period_is_never_one_figure(tmp_path, question: str) -> None:
    answer = _ask(_engine(tmp_path, PAYABLES), question)
    assert answer.status != "answered" and answer.value is None


@pytest.mark.parametrize("question,value", [
    ("What was the trade payables in 2019?", 3_486_000),
    ("What is the total trade payables in 2019 and 2018?", 7_670_000),
    ("What was the change in the total from 2018 to 2019?", -332_000),
])
def test_the_figures_of_the_same_rows_are_still_answered(tmp_path, question: str, value: float) -> None:
    answer = _ask(_engine(tmp_path, PAYABLES), question)
    assert answer.status == "answered" and answer.value == pytest.approx(value)


LOSSES = _table([["(In thousands)", "2019", "2018", "2017"], ["Numerator:", "", "", ""],
                 ["Net Loss", "(10,352)", "(95,306)", "(204,969)"]])


@pytest.mark.parametrize("question,value", [
    ("What is the percentage change in the net loss between 2018 and 2019?", -89.14),  # the loss narrowed
    ("What was the change in the net loss from 2018 to 2019?", -84_954_000),  # as the amount of the change is
])
def test_a_change_of_the_loss_the_question_names_is_of_its_size(tmp_path, question: str, value: float) -> None:
    answer = _ask(_engine(tmp_path, LOSSES), question)
    assert answer.status == "answered" and answer.value == pytest.approx(value)


def test_a_change_of_a_figure_signed_both_ways_stays_signed(tmp_path) -> None:
    text = _table([["(In thousands)", "2019", "2018"], ["Net income (loss)", "(10,352)", "(95,306)"]])
    answer = _ask(_engine(tmp_path, text), "What is the percentage change in net income (loss) from 2018 to 2019?")
    assert answer.status == "answered" and answer.value == pytest.approx(89.14)
