"""Whose a stated change is, what a part of a total is, and which row a qualified measure asks for.

- A percent change belongs to the amount before it only when no other subject stands between them: a clause with a
  subject of its own ("..., and units shipped grew 7.0% sequentially", "..., with data center sales up 9.0%", "...
  included a tax benefit that increased 30.0%") takes the change, year-over-year or sequential alike.
- A stated percent change of a loss is signed as the loss is stored (negative): a loss that grew is a fall of net
  income (loss), never a rise.
- "12.0% higher than the third quarter" compares with the quarter before, never a year before.
- The amounts a total is said to consist of are parts under their printed words, never the company's metric.
- A change a cause lists keeps its printed words and its sign.
- "core FFO per share" is answered only by a row printed with "core" for the period asked; a sentence's "Core FFO per
  diluted share was $4.52" is that measure (non-GAAP), never a part of plain FFO.
The company is invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Pipit Devices Inc. Reports Fourth Quarter 2024 Results

AUSTIN, Texas, February 12, 2025 -- Pipit Devices Inc. (NASDAQ: PPDV) today reported results for the fourth quarter ended December 31, 2024.

"""
Q24 = Period(date(2024, 12, 31), 3)
ANOTHER_SUBJECT = [
    "Revenue was $61.5 million in the fourth quarter, and units shipped grew 6.0% {basis}.",
    "Gross profit was $30.2 million in the fourth quarter, with cloud sales up 8.0% {basis}.",
    "Operating income was $11.0 million in the fourth quarter, while the operating margin rose 1.5% {basis}.",
    "Net income of $7.0 million in the fourth quarter included a tax benefit that increased 40.0% {basis}.",
]
OWN_SUBJECT = [  # near misses: the amount's own change
    "Total operating expenses were $20.0 million in the fourth quarter, and increased 4.0% {basis}.",
    "Research and development expense was $9.0 million in the fourth quarter, which was up 3.0% {basis}.",
]


def _narrative(text: str) -> dict[str, tuple[float | None, float | None]]:
    doc = parse_text("pipit_q4_2024.txt", HEAD + text)
    return {f.label: (f.change_pct, f.seq_change_pct) for f in doc.figures if f.source == "narrative"}


@pytest.mark.parametrize("basis,at", [("year-over-year", 0), ("sequentially", 1)])
def test_a_change_of_a_subject_of_its_own_is_never_the_amounts(basis, at) -> None:
    found = _narrative("\n\n".join(s.format(basis=basis) for s in ANOTHER_SUBJECT + OWN_SUBJECT) + "\n")
    assert [found[label][at] for label in ("Revenue", "Gross profit", "Operating income", "Net income")] == [None] * 4
    assert found["Total operating expenses"][at] == 4.0
    assert found["Research and development expense"][at] == 3.0


def test_a_stated_change_of_a_loss_is_signed_as_the_loss_and_a_quarter_named_is_no_year_before() -> None:
    found = _narrative("Net loss was $2.5 million, an increase of 20.0% year-over-year.\n\n"
                       "Operating loss was $1.5 million, a decrease of 10.0% sequentially.\n\n"
                       "Operating expenses were $30.0 million, 12.0% higher than the third quarter.\n\n"
                       "Cost of revenue was $30.0 million, 12.0% higher than the fourth quarter of 2023.\n")
    assert found["Net loss"][0] == -20.0  # the loss grew: net income (loss) fell
    assert found["Operating loss"][1] == 10.0  # the loss shrank: it rose
    assert found["Operating expenses"] == (None, None)
    assert found["Cost of revenue"][0] == 12.0  # near miss: against the same quarter a year before


PARTS = ("Other income of $8.0 million for the fourth quarter of 2024 consisted of $5.0 million of net revenues and "
         "$3.0 million of interest income.\n\n"
         "Net interest income increased $2.0 million in the fourth quarter of 2024 compared to the fourth quarter of "
         "2023, primarily due to an increase of $3.0 million in total revenues and a decrease of $1.0 million in "
         "interest expense.\n\n"
         "Total revenue increased $12.0 million to $50.0 million in the fourth quarter of 2024 compared to the fourth "
         "quarter of 2023, reflecting growth of $9.4 million in subscription revenue.\n\n")
FFO = ("| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 | Year Ended December 31, 2024 "
       "| Year Ended December 31, 2023 |\n| --- | --- | --- | --- | --- |\n"
       "| Net income | 41,200 | 38,900 | 160,400 | 151,100 |\n| FFO | 61,200 | 58,900 | 240,400 | 231,100 |\n"
       "| FFO per diluted share | $ 1.11 | $ 1.04 | $ 4.37 | $ 4.18 |\n\n"
       "Full year 2024 Core FFO per diluted share was $4.52.\n")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("subjects"), {
            "pipit_q4_2024.txt": HEAD + PARTS,
            "pipit_ffo_q4_2024.txt": HEAD + "Reconciliation of Net Income to Funds from Operations (in thousands, "
                                     "except per share data)\n\n" + FFO}) as e:
        yield e


def test_a_part_of_a_total_is_its_printed_words_never_the_companys_metric() -> None:
    doc = parse_text("pipit_q4_2024.txt", HEAD + PARTS)
    found = {f.label: (round(f.value), f.printed_term) for f in doc.figures if f.source == "narrative"}
    assert found["net revenues"] == (5_000_000, True) and found["interest income"] == (3_000_000, True)
    assert found["Other income"] == (8_000_000, False)  # near miss: the total is the company's
    assert found["interest expense (change)"] == (-1_000_000, True)  # a cause's change: its words, signed
    assert found["Total revenue (change)"][0] == 12_000_000  # never the cause's part


@pytest.mark.parametrize("question", ["Pipit Devices revenue Q4 2024", "Pipit Devices interest income Q4 2024",
                                      "Pipit Devices interest expense Q4 2024"])
def test_a_part_or_a_causes_change_never_answers_the_metric(engine, question) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" or round(abs(a.value or 0)) not in (5_000_000, 3_000_000, 1_000_000)


def test_a_printed_terms_change_is_stored_under_its_words_signed_and_core_ffo_as_non_gaap_ffo() -> None:
    facts = prepare(parse_text("pipit_q4_2024.txt", HEAD + PARTS + FFO), "", "pipit_q4_2024.txt").facts
    rows = {(label, basis): (metric, value) for label, basis, metric, value
            in zip(facts["label"], facts["basis"], facts["metric"], facts["value"])}
    assert rows[("interest expense (change)", "change")] == ("other", -1_000_000.0)
    assert rows[("FFO per diluted share (core)", "non-gaap")] == ("ffo_per_share", 4.52)


@pytest.mark.parametrize("question,expected", [
    ("Pipit Devices core FFO per diluted share in 2024", 4.52),
    ("Pipit Devices core FFO per share Q4 2024", None),  # printed for the year only: not held, never plain FFO's
    ("Pipit Devices FFO per share Q4 2024", 1.11),  # near miss: the plain measure asked
    ("Pipit Devices FFO per share 2024", 4.37),
])
def test_a_qualified_measure_is_answered_only_by_its_own_row_of_the_period(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    if expected is None:
        assert a.status != "answered" or a.value not in (1.11, 4.37, 4.52)
    else:
        assert a.status == "answered" and a.value == pytest.approx(expected)


def test_a_qualified_measure_not_printed_for_the_period_says_the_periods_it_is_printed_for(engine) -> None:
    a = engine.ask("Pipit Devices core FFO per share Q4 2024")[0]
    assert a.status == "abstained" and "core FFO per share only for FY 2024" in a.text and "1.11" not in a.text
