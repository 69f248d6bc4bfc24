"""Prose amounts by sentence shape (issue 19: prose amounts read): each class of sentence whose amounts the
reading missed or misread, on invented releases (benchmarks/prose_unread.py lists the unread ones)."""
from __future__ import annotations

from knowledge.check_prose import score_prose
from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 6, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

Revenue was $10.0 million for the fourth quarter of 2024.

"""


def _read(body: str):
    doc = parse_text("a.txt", HEAD + body + "\n")
    return doc, [(f.label, f.value, f.period.label(12), f.qualifier) for f in doc.figures if f.source == "narrative"]


def test_a_term_with_a_notes_mark_against_it_is_read():
    _, got = _read("In the fourth quarter of 2024, Acme reported gross profit of $405 million, EBITDA1 of $455 million "
                   "and free cash flow of $80 million.")
    assert ("EBITDA", 455_000_000, "Q4 2024", "") in got
    _, got = _read("Adjusted EBITDA2 increased 12% to $40.1 million in the fourth quarter of 2024.")
    assert any(v == 40_100_000 and p == "Q4 2024" and q == "adjusted" for _, v, p, q in got), got


def test_for_the_same_period_after_a_named_period_is_that_period_not_a_year_before():
    _, got = _read("Gross profit for the fourth quarter of $405 million was $51 million lower than the third quarter of "
                   "2024, while EBITDA of $455 million for the same period was $65 million lower.")
    assert ("EBITDA", 455_000_000, "Q4 2024", "") in got
    assert not any(v == 455_000_000 and p != "Q4 2024" for _, v, p, _ in got)


def test_compared_with_the_same_period_is_still_a_year_before():
    _, got = _read("Net income was $5.0 million in the fourth quarter, compared to $4.0 million for the same period.")
    assert ("Net income", 4_000_000, "Q4 2023", "") in got


def test_a_deals_size_is_no_figure_and_no_prose_amount():
    body = ("In the fourth quarter of 2024, the Company settled 3.7 million shares of outstanding forward equity for net "
            "proceeds of approximately $228 million.\n\n"
            "As of December 31, 2024, $351 million remains under the current share repurchase authorization, and the "
            "Company expanded its $750 million revolving credit facility during the fourth quarter of 2024.\n\n"
            "Net income was $2.5 million in the fourth quarter of 2024, and the Company sold eight properties for gross "
            "proceeds of approximately $32.0 million in the quarter.")
    doc, got = _read(body)
    assert not any(v in (228e6, 351e6, 750e6, 32e6) for _, v, _, _ in got), got  # never "equity" of $228 million
    assert ("Net income", 2_500_000, "Q4 2024", "") in got
    score = score_prose(doc)
    assert {d.split(": ")[1] for d in score.deals} == {"$228 million", "$351 million", "$750 million", "$32.0 million"}
    assert not any(u.endswith(("$228 million", "$351 million", "$750 million", "$32.0 million")) for u in score.unread)
    assert not any(d.endswith("$2.5 million") for d in score.deals)  # a figure of the period is counted
