"""Whose a bullet's figures are, which way a loss's stated change goes, and what a percent is compared with.

- A stated percent change of a loss is turned to the stored (negative) figure's only when the loss is compared with a
  loss (a loss that grew or shrank); a loss compared with an income ("compared to net income of $2.0 million, a
  decrease of 255%") fell as the release says.
- A bullet opened by a business's or a place's name ("* Europe: ...") makes its figures that subject's, except a term
  its own words say is the whole company's ("consolidated net income", "total company revenue", "the Company's total
  revenue"), which stays the company's, and a term the subject is said to be a share of ("Accounted for one third of
  net income of $9.3 million"), which is no figure of the subject. A bullet opened by "Consolidated", "Total Company"
  or "Group" is the company itself.
- "stockholders of record" names no part of the business; a change said of the amount's own term again in a clause
  of its own ("Revenue was $40.1 million, with revenue up 12%") is the amount's.
- A percent compared with a guidance, an expectation, a consensus or an estimate is no change against a period.
The company is invented."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from tests.built_releases import engine_over

HEAD = """Quillwort Tools Reports Second Quarter 2019 Results

DAYTON, Ohio, August 1, 2019 -- Quillwort Tools, Inc. (NYSE: QWTL) today reported results for the quarter and six
months ended June 30, 2019.

"""


def _figures(text: str) -> list[tuple[str, float, str, float | None]]:
    doc = parse_text("quillwort_q2_2019.txt", HEAD + text)
    return [(f.label, round(f.value), f.segment, f.change_pct) for f in doc.figures if f.source == "narrative"]


LOSSES = ("Net loss was $3.1 million in the second quarter of 2019, compared to net income of $2.0 million in the "
          "second quarter of 2018, a decrease of 255%.\n\n"
          "Operating loss was $3.0 million in the second quarter of 2019, compared to operating income of $0.75 million "
          "in the second quarter of 2018, a decrease of 500%.\n\n")


def test_a_loss_from_an_income_fell_as_stated_and_a_loss_from_a_loss_is_turned() -> None:
    found = {label: chg for label, _, _, chg in _figures(LOSSES)}
    assert found["Net loss"] == -255.0 and found["Operating loss"] == -500.0
    near = {(label, value): chg for label, value, _, chg in _figures(
        "Net loss was $3.1 million in the second quarter of 2019, up from $2.0 million (loss) in the second quarter of "
        "2018, an increase of 55%.\n\n"
        "Operating loss was $1.0 million in the second quarter of 2019, compared to an operating loss of $2.0 million "
        "in the second quarter of 2018, an improvement of 50%.\n")}
    assert near[("Net loss", -3_100_000)] == -55.0  # a loss that grew: the figure fell
    assert near[("Operating loss", -1_000_000)] == 50.0  # "improved": it rose


BULLETS = ("* Europe: Revenue grew 5% to $10.0 million in the second quarter of 2019, while total company revenue was "
           "$40.1 million.\n\n"
           "* Northwind - Accounted for one third of net income of $9.3 million in the second quarter of 2019.\n\n"
           "* Asia Pacific: Sales doubled, and the Company's total revenue was $41.2 million in the second quarter of "
           "2019.\n\n"
           "* Consolidated - Gross profit of $7.7 million in the second quarter of 2019.\n\n"
           "* Widget Division - Operating expenses of $12.0 million in the second quarter of 2019.\n")


def test_a_bullets_name_never_takes_the_companys_figure_nor_one_it_is_a_share_of() -> None:
    found = {(label, value): seg for label, value, seg, _ in _figures(BULLETS)}
    assert found[("Revenue", 10_000_000)] == "Europe"  # near miss: the subject's own
    assert found[("revenue", 40_100_000)] == ""
    assert found[("total revenue", 41_200_000)] == ""
    assert found[("Gross profit", 7_700_000)] == ""  # "Consolidated" is the company
    assert not any(value == 9_300_000 for _, value in found)  # a share of it: unread
    assert found[("Operating expenses", 12_000_000)] == "Widget Division"  # near miss: a business line's own


def test_of_record_is_no_part_and_a_repeated_subject_keeps_its_change() -> None:
    found = {(label, seg): chg for label, _, seg, chg in _figures(
        "Net income available to common stockholders of record was $5.0 million in the second quarter of 2019.\n\n"
        "Revenue was $40.1 million in the second quarter of 2019, with revenue up 12% year-over-year.\n\n"
        "Gross profit was $20.0 million in the second quarter of 2019, with service revenue up 9% year-over-year.\n")}
    assert ("Net income available to common stockholders", "") in found
    assert found[("Revenue", "")] == 12.0
    assert found[("Gross profit", "")] is None  # near miss: another subject's change


def test_a_percent_against_guidance_or_expectations_is_no_change() -> None:
    found = {label: chg for label, _, _, chg in _figures(
        "Net income was $5.0 million in the second quarter of 2019, 12% higher than the midpoint of our guidance.\n\n"
        "Operating income was $7.0 million in the second quarter of 2019, 15% higher than analysts expected.\n\n"
        "Revenue was $40.1 million in the second quarter of 2019, 6% above consensus estimates.\n\n"
        "Gross profit was $20.0 million in the second quarter of 2019, 9% higher than the prior year.\n")}
    assert found["Net income"] is None and found["Operating income"] is None and found["Revenue"] is None
    assert found["Gross profit"] == 9.0  # near miss: against the year before


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("owner"), {"quillwort_q2_2019.txt": HEAD + LOSSES + BULLETS}) as e:
        yield e


@pytest.mark.parametrize("question,value", [
    ("Quillwort Tools revenue Q2 2019", 40_100_000),
    ("Quillwort Tools Europe revenue Q2 2019", 10_000_000),
    ("Quillwort Tools gross profit Q2 2019", 7_700_000),
])
def test_the_companys_figure_in_a_subjects_bullet_answers_the_company(engine, question, value) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and round(a.value or 0) == value


@pytest.mark.parametrize("question,said", [("How did Quillwort Tools net income change in Q2 2019?", "fell 255%"),
                                           ("How did Quillwort Tools operating income change in Q2 2019?", "fell 500%")])
def test_a_loss_from_an_income_is_answered_as_a_fall(engine, question, said) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and said in a.text and said.replace("fell", "rose") not in a.text
