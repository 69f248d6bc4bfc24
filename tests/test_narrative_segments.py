"""A business line's figures in the paragraphs of its section (issue 19): under a heading that names a line of
business, a paragraph that says "the segment" or "this segment" is that line's, every figure of it, up to the
next heading — never the company's total. Invented companies and figures."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """PELLUCID SYSTEMS REPORTS 2019 FOURTH QUARTER RESULTS

OTTAWA, Ontario, February 6, 2020 -- Pellucid Systems, Inc. (NASDAQ: PLSY) today reported results for the
quarter and year ended December 31, 2019.

"""


def _read(body: str) -> set[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return {(f.label, f.value, f.period.label(doc.fye_month), f.segment) for f in doc.figures if f.source == "narrative"}


def test_a_later_paragraph_that_says_the_segment_is_the_sections_line():
    got = _read("Widget Systems\n\nTotal revenue declined by 1% with declines in services revenue.\n\n"
                "Operating profit in the segment for the fourth quarter increased to $7.0 million, from $5.9 million in "
                "the prior year period. Adjusted EBITDA increased to $4.8 million from $2.7 million.\n\n"
                "Gadget Works\n\nThe segment's operating profit was $1.1 million in the fourth quarter of 2019.\n")
    assert ("Operating profit", 7e6, "Q4 2019", "Widget Systems") in got
    assert ("Operating profit", 5.9e6, "Q4 2018", "Widget Systems") in got
    assert ("Adjusted EBITDA (adjusted)", 4.8e6, "Q4 2019", "Widget Systems") in got
    assert {seg for *_, seg in got} == {"Widget Systems", "Gadget Works"}


def test_the_segment_under_no_lines_heading_is_not_read():
    got = _read("Widget Systems\n\nTotal revenue declined by 1% with declines in services revenue.\n\n"
                "Consolidated Results\n\nOperating profit in the segment was $3.0 million in the fourth quarter of 2019.\n\n"
                "Operating profit in the segment was $3.1 million in the fourth quarter of 2019.\n")
    assert not got



def test_a_figure_from_a_named_business_is_that_business():
    got = _read("* Net revenues from Las Vegas operations were $492.6 million for the fourth quarter of 2019, an increase "
                "of 7.2%, or $33.3 million, from $459.4 million in the same period of 2018.\n"
                "* Adjusted EBITDA from our Riverboat segment was $223.9 million for the fourth quarter of 2019.\n"
                "* Revenue from continuing operations was $500.0 million for the fourth quarter of 2019.\n")
    assert ("Net revenues", 492.6e6, "Q4 2019", "Las Vegas operations") in got
    assert ("Net revenues", 459.4e6, "Q4 2018", "Las Vegas operations") in got
    assert ("Adjusted EBITDA (adjusted)", 223.9e6, "Q4 2019", "Riverboat segment") in got
    assert {(v, seg) for _, v, p, seg in got if not seg} == {(500e6, "")}


def test_the_next_term_of_a_business_is_never_the_companys_total():
    got = _read("Cement and ready mixed concrete revenues decreased 24 percent to $261 million and gross profit "
                "decreased 36 percent to $68 million in the fourth quarter of 2019.\n\n"
                "Revenue in Europe was $5.0 million, up 10%, and operating income was $1.0 million in the fourth "
                "quarter of 2019.\n")
    assert ("revenues", 261e6, "Q4 2019", "Cement and ready mixed concrete") in got
    assert not [g for g in got if not g[3]], got


def test_a_total_after_a_business_is_the_companys_and_a_plain_pair_stays_the_companys():
    got = _read("Widget revenue was $5.0 million and total revenue was $20.0 million in the fourth quarter of 2019.\n\n"
                "Revenue was $9.0 million and gross profit was $4.0 million in the fourth quarter of 2019.\n")
    assert got == {("revenue", 5e6, "Q4 2019", "Widget"), ("total revenue", 20e6, "Q4 2019", ""),
                   ("Revenue", 9e6, "Q4 2019", ""), ("gross profit", 4e6, "Q4 2019", "")}


def test_the_segments_own_figure_under_no_lines_heading_is_not_read():
    got = _read("Corporate and Other\n\n* This segment's Adjusted EBITDA for the quarter ended December 31, 2019, "
                "represented a loss of $2.5 million in the quarter.\n")
    assert not got
