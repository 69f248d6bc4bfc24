"""A word that makes one kind of a flow term ("Other expenses", "Financial expenses", "Net finance expenses",
"Non-cash charges", "dividend income") is no business line of the company: the amount is that printed account's, dated
as the term would be, never the term's metric of a segment named "Other" or "Financial" (nor the company's total)."""
from __future__ import annotations

import pytest

from parsers.document import parse_text
from tests.built_releases import engine_over

RELEASE = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

Revenue was $120.0 million for the fourth quarter of 2024, compared with $100.0 million in the fourth quarter of 2023.
Financial expenses were $3.4 million for the fourth quarter of 2024, compared to $2.9 million for the fourth quarter
of 2023.
Other expenses were $1.2 million for the fourth quarter of 2024.
Net finance expenses for the year ended December 31, 2024 were $9.8 million.
Total interest and dividend income was $4.3 million for the fourth quarter of 2024.
The increase was due to a decrease in dividend income of $0.7 million for the fourth quarter of 2024.
"""


def _figures() -> list[tuple]:
    doc = parse_text("a.txt", RELEASE)
    return [(f.label, f.value, f.period.label(doc.fye_month), f.segment, f.printed_term) for f in doc.figures
            if f.source == "narrative"]


def test_a_kind_mark_before_a_flow_term_is_the_printed_accounts_name_never_a_segment():
    got = _figures()
    assert ("Financial expenses", 3_400_000, "Q4 2024", "", True) in got
    assert ("Financial expenses", 2_900_000, "Q4 2023", "", True) in got  # its comparison keeps the printed words
    assert ("Other expenses", 1_200_000, "Q4 2024", "", True) in got
    assert ("Net finance expenses", 9_800_000, "FY 2024", "", True) in got
    assert ("interest and dividend income", 4_300_000, "Q4 2024", "", True) in got
    assert ("dividend income (change)", -700_000, "Q4 2024", "", True) in got  # income earned, no dividend paid
    assert not [g for g in got if g[3]]  # no segment "Financial", "Other", "finance", "dividend"
    assert not [g for g in got if g[0] in ("expenses", "income")]  # never the bare metric


def test_a_printed_name_running_on_past_the_kind_is_left_unread():
    doc = parse_text("b.txt", RELEASE.replace(
        "Other expenses were $1.2 million", "In the quarter, acquisition related and other expenses were $1.2 million"))
    assert not [f for f in doc.figures if f.value == 1_200_000]  # never "related and other expenses" of "Acquisition"
    doc = parse_text("c.txt", RELEASE.replace("Other expenses were $1.2 million",
                                              "Other expenses and costs were $1.2 million"))
    assert not [f for f in doc.figures if f.value == 1_200_000]  # a sum of the kind and more, never the kind's figure


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("kinds"), {"acwd.txt": RELEASE}) as eng:
        yield eng


def _text(engine, question: str) -> str:
    answer = engine.ask(question)[0]
    return answer.text if hasattr(answer, "text") else str(answer)


def test_the_printed_kind_answers_a_question_naming_it(engine):
    text = _text(engine, "financial expenses Q4 2024")
    assert "3.4" in text
    assert "I have" not in text


@pytest.mark.parametrize("question", ["expenses Q4 2024", "total expenses Q4 2024", "total expenses"])
def test_the_term_alone_never_answers_with_the_kind(engine, question):
    text = _text(engine, question)
    assert "3.4" not in text and "1.2" not in text and "$9.8" not in text
