"""Classes of wrong answers TAT-QA's tables showed, each on a small annual-report table built here: a
question that asks for words (what a figure represents, when it is paid), a count or each period's figure
is never answered with one figure; the row, sign and unit a question means are the ones given.
The documents are invented and ingested under a company name as benchmarks/tatqa.py does."""
from __future__ import annotations

import pytest

from parsers.document import parse_text
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


CAUSED = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Trade payables", "3,486", "4,184"],
                 ["Accruals", "366", "310"]],
                "Lower purchases in the fourth quarter led to lower trade payables; the decrease was caused by "
                "the timing of payments, the reason for most of the change.")


NEAR_WORDS = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Trade payables", "3,486", "4,184"],
                     ["Assets held for sale", "366", "310"], ["Cash used in operations", "(50)", "(40)"]],
                    "The decrease in trade payables reflects the timing of payments.")


@pytest.mark.parametrize("question", [
    "What led to decrease in trade payables in 2019?",
    "What caused the decrease in trade payables from 2018 to 2019?",
    "What drove the decrease in trade payables in 2019?",
    "What was the reason for the decrease in trade payables in 2019?",
])
def test_a_question_for_a_cause_is_never_answered_with_the_change(tmp_path, question: str) -> None:
    """'What led to (caused) the increase in X?' asks for the release's words, as 'why' does: the change of
    X was answered where the release's prose held the words 'led' or 'caused', or near words ('held', 'used')
    an unknown 'led' or 'caused' was read as."""
    for i, table in enumerate((CAUSED, NEAR_WORDS)):
        (tmp_path / str(i)).mkdir()
        answer = _ask(_engine(tmp_path / str(i), table), question)
        assert answer.status != "answered" and answer.value is None, answer.text
        assert "describe" in answer.text, answer.text


@pytest.mark.parametrize("question,value", [
    ("What was the trade payables in 2019?", 3_486_000),
    ("What is the total trade payables in 2019 and 2018?", 7_670_000),
    ("What was the change in the total from 2018 to 2019?", -332_000),
])
def test_the_figures_of_the_same_rows_are_still_answered(tmp_path, question: str, value: float) -> None:
    answer = _ask(_engine(tmp_path, PAYABLES), question)
    assert answer.status == "answered" and answer.value == pytest.approx(value)


def _units(text: str) -> dict[tuple[str, int], str]:
    doc = parse_text("t.txt", text, excerpt=True)
    return {(f.label, f.period.end.year): f.unit for f in doc.figures if f.source == "table"}


def test_a_currency_mark_over_the_columns_is_their_currency_not_a_currency_the_notes_describe() -> None:
    text = _table([["", "As at 31 March", ""], ["", "2019", "2018"], ["", "(S$ million)", "(S$ million)"],
                   ["Total assets", "48,915", "48,496"], ["Currency translation reserve (1)", "(1,768)", "(1,284)"]],
                  "Note: (1) The reserve relates to the net assets of subsidiaries denominated mainly in Australian "
                  "Dollar, Indian Rupee and Thai Baht.")
    assert set(_units(text).values()) == {"SGD"}


def test_each_column_takes_the_currency_its_heading_cell_names(tmp_path) -> None:
    text = _table([["", "Years ended December 31,", "", ""], ["", "2018", "2019", "2019"], ["", "NT$", "NT$", "US$"],
                   ["", "", "(in thousands)", ""], ["Audit Fees", "52,794", "62,040", "2,074"]])
    units = _units(text)
    assert units[("Audit Fees", 2018)] == "TWD"
    answer = _ask(_engine(tmp_path, text), "What were the audit fees in 2018?")
    assert "NT$" in answer.text or "TWD" in answer.text


def test_places_under_a_revenue_heading_in_pounds_are_revenue_of_each_place(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Revenue", "\u00a3m", "\u00a3m"], ["UK", "349.9", "324.9"],
                   ["Ireland", "5.2", "4.0"], ["Total revenue", "355.1", "328.9"]])
    assert set(_units(text).values()) == {"GBP"}  # never dollars
    answer = _ask(_engine(tmp_path, text), "What was the percentage change in revenue in Ireland in 2019 from 2018?")
    assert answer.status == "answered" and answer.value == pytest.approx(30.0)


def test_a_caption_about_share_counts_states_their_scale_however_many_digits_they_print(tmp_path) -> None:
    text = _table([["For the years ended April 30,", "", ""], ["", "2019", "2018"],
                   ["Basic EPS Shares outstanding (weighted average)", "8,916,250", "8,841,166"]],
                  "Reconciliations of the weighted average shares outstanding for basic and diluted Earnings per Share "
                  "for the years ended April 30, 2019 and 2018, respectively, were as follows (in thousands):")
    answer = _ask(_engine(tmp_path, text), "What was the basic EPS shares outstanding in 2019?")
    assert answer.status == "answered" and answer.value == 8_916_250_000


def test_counts_printed_in_full_under_a_caption_of_amounts_stay_counts(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Revenue", "5,200", "4,900"],
                   ["Weighted average shares outstanding", "8,916,250", "8,841,166"]],
                  "The following table sets forth selected results (in thousands):")
    answer = _ask(_engine(tmp_path, text), "What was the weighted average shares outstanding in 2019?")
    assert answer.status == "answered" and answer.value == 8_916_250


@pytest.mark.parametrize("question,shown", [
    ("What is the change in the discount rate between 2018 and 2019?", "1.84% − 2.71% = -0.87%"),
    ("What is the average discount rate for 2018 and 2019?", "(2.71% + 1.84%) / 2 = 2.275%"),
])
def test_arithmetic_on_printed_percentages_shows_them_as_printed(tmp_path, question: str, shown: str) -> None:
    """The formula quotes each cited percentage with its printed decimals and its result is the answer's value
    (it showed '1.8% − 2.7% = -0.9%' for a value of -0.87)."""
    text = _table([["", "December 31, 2018", "December 31, 2019"], ["Discount rate", "2.71%", "1.84%"],
                   ["Expected volatility", "48%", "41%"]])
    answer = _ask(_engine(tmp_path, text), question)
    assert answer.status == "answered" and shown in answer.text
