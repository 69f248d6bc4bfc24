"""Changes between two cells of one table row, asked in the words annual-report readers use (the "row change"
questions of benchmarks/tatqa.py), each on an invented table built here and asked of the engine. One store is
built per module: the documents are small and the questions only read it.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text

COMPANY = "Brindle Quarry Holdings"


def _table(rows: list[list[str]], after: str) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


AMORTIZATION = _table([
    ["Year Ended May 31,", "", "", "", ""],
    ["", "", "", "Percent Change", ""],
    ["(Dollars in millions)", "2019", "Actual", "Constant", "2018"],
    ["Licensed patents", "$912", "13%", "14%", "$807"],
    ["Customer lists", "640", "-3%", "-3%", "660"],
    ["Other", "40", "14%", "14%", "35"],
    ["Total amortization of intangible assets", "$1,592", "6%", "7%", "$1,502"],
    ["Restructuring costs and other reserves", "95", "8%", "8%", "88"],
], "Amortization of intangible assets rose in fiscal 2019 as patents licensed in the year began to amortize.")


ROLL_COMPANY = "Tessaly Forge Holdings"
ROLL_FORWARD = _table([
    ["", "", "Year Ended December 31,", ""],
    ["", "2019", "2018", "2017"],
    ["Returns allowance, beginning of period", "$6,410", "$6,502", "$1,730"],
    ["Additions charged to revenue during the period", "9,915", "8,804", "12,218"],
    ["Returns credited against the allowance during the period", "(8,120)", "(8,896)", "(7,446)"],
    ["Returns allowance end of period", "$8,205", "6,410", "6,502"],
], "The following table presents the changes in our returns allowance (in thousands):")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder: Path = tmp_path_factory.mktemp("row_changes")
    con = connect(folder / "s.duckdb")
    for name, text, company in (("amortization.txt", AMORTIZATION, COMPANY), ("returns.txt", ROLL_FORWARD, ROLL_COMPANY)):
        (path := folder / name).write_text(text)
        ingest(con, [path], company=company)
    con.close()
    eng = Engine(folder / "s.duckdb")
    yield eng
    eng.close()


def _ask(engine: Engine, question: str, company: str = COMPANY):
    answer, _ = engine.ask(f"{company}: {question}", Context())
    return answer


@pytest.mark.parametrize("question", [
    'How much less did the company spend on "licensed patents" in 2018 than 2019?',
    "How much more did the company spend on licensed patents in 2019 than in 2018?",
    "How much higher was licensed patents in 2019 than in 2018?",
])
def test_how_much_more_or_less_in_one_year_than_another_is_the_gap_between_them(engine: Engine, question: str) -> None:
    """'How much less ... in 2018 than 2019': how far apart the two years' figures are, which is larger said in words
    (it was refused: 'less than' was read as words of a row's name)."""
    answer = _ask(engine, question)
    assert answer.status == "answered" and answer.value == pytest.approx(105e6)
    assert "higher" in answer.text and "$912" in answer.text and "$807" in answer.text


@pytest.mark.parametrize("question", [
    "How much more was spent on licensed patents than on customer lists in 2019?",  # one year: no gap of two years
    "How much more did licensed patents grow in 2019 than in 2018?",  # two growths compared, not the two figures
    "How much more did licensed patents increase in 2019 than in 2018?",
])
def test_a_comparison_of_other_things_is_no_gap_of_the_two_years_figures(engine: Engine, question: str) -> None:
    answer = _ask(engine, question)
    assert answer.value != pytest.approx(105e6)


@pytest.mark.parametrize("question,value", [
    ("What is the difference between returns allowance end of period and returns allowance beginning of period in "
     "2019?", 1_795_000),  # 8,205 - 6,410
    ("What is returns allowance end of period minus returns allowance, beginning of period in 2017?", 4_772_000),
])
def test_the_difference_between_two_rows_one_company_prints_is_of_those_rows(engine: Engine, question: str,
                                                                            value: float) -> None:
    """'The difference between A and B in 2019' of two rows only this company prints: each part read of the company
    (read without it, neither named a figure and the question fell to one row's change against the year before: the
    two opening balances' gap, a figure never asked for)."""
    answer = _ask(engine, question, ROLL_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(value)
    assert "$8,205" in answer.text or "$6,502" in answer.text


def test_a_row_whose_name_joins_two_words_with_and_is_one_figure(engine: Engine) -> None:
    """'The difference between the Restructuring costs and other reserves in 2019 and 2018': the row's change, never
    the difference of a 'restructuring costs' figure and an 'other reserves in 2019' one (refused as such)."""
    answer = _ask(engine, "What is the difference between the Restructuring costs and other reserves in 2019 and 2018?")
    assert answer.status == "answered" and answer.value == pytest.approx(7e6)


@pytest.mark.parametrize("question,value", [
    ("What is the difference in returns allowance from beginning to end of period 2019?", 1_795_000),
    ("What was the change in the returns allowance from the beginning to the end of 2017?", 4_772_000),  # 6,502 - 1,730
    ("What was the change in the returns allowance for 2019?", 1_795_000),  # no row named so: the year's movement
])
def test_a_balance_from_beginning_to_end_of_a_year_is_its_closing_row_less_its_opening_row(
        engine: Engine, question: str, value: float) -> None:
    """A roll-forward's movement over one year: its closing row less its opening row, both of that year's column (it
    was refused: 'beginning' was read as a word of a row's name and neither row was taken)."""
    answer = _ask(engine, question, ROLL_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(value)
    assert "end of period" in answer.text and "beginning of period" in answer.text


def test_a_movement_of_rows_with_no_opening_and_closing_balance_is_not_answered(engine: Engine) -> None:
    answer = _ask(engine, "What was the change in the additions from the beginning to the end of 2019?", ROLL_COMPANY)
    assert answer.value is None


def test_property_bought_under_finance_leases_is_no_capital_expenditure() -> None:
    """A supplemental cash-flow table's 'Purchases of property and equipment under finance leases' is a non-cash
    disclosure: never the capital expenditures (it was read as them, and the row asked by its own name was refused)."""
    text = _table([
        ["", "2019", "2018"],
        ["Purchases of property and equipment", "(412.6)", "(388.0)"],
        ["Non-cash investing and financing activities:", "", ""],
        ["Purchases of property and equipment under finance leases and capital leases", "81.3", "57.8"],
    ], "Supplemental cash flow information for the years ended December 31 (in millions):")
    metrics = {(f.label, canonical_metric(f.label, f.section, f.unit))
               for f in parse_text("t.txt", text, excerpt=True).figures if f.source == "table"}
    assert ("Purchases of property and equipment", "capex") in metrics
    assert not any(m == "capex" for label, m in metrics if "leases" in label)


@pytest.mark.parametrize("question", [
    "What is the percentage change in returns allowance from beginning to end of 2019?",
    "What is the percentage difference between returns allowance end of period and returns allowance beginning of "
    "period in 2019?",
])
def test_a_relative_comparison_of_two_rows_is_never_their_gap_as_an_amount(engine: Engine, question: str) -> None:
    """A percentage asked of two rows' comparison: the amount between them answers another question (it was given)."""
    assert _ask(engine, question, ROLL_COMPANY).value is None
