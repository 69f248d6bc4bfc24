"""Amounts compared with a figure and dated only by the words right after them (issue 19): "as compared to
$562 million last year", "versus $2.6 million last quarter", "up from $11.3 billion sequentially". The
compared amount is the same span a year, or a quarter, before the figure it is compared with; never the
release's own period, and a figure that is not compared with anything is never dated by such words.
Invented companies and figures."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """HARROWGATE TOOLS REPORTS 2019 FOURTH QUARTER RESULTS

TOLEDO, Ohio, February 6, 2020 -- Harrowgate Tools, Inc. (NYSE: HRGT) today reported results for the
quarter and year ended December 31, 2019.

"""


def _read(body: str) -> set[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return {(f.label, f.value, f.period.label(doc.fye_month), f.qualifier) for f in doc.figures if f.source == "narrative"}


def test_last_year_after_a_compared_amount_is_the_year_before():
    got = _read("Cash flow from operations for the full year was $264 million as compared to $562 million last year. "
                "Free cash flow for the full year was $226 million, compared with $518 million last fiscal year.\n")
    assert {("Cash flow from operations", 264e6, "FY 2019", ""), ("Cash flow from operations", 562e6, "FY 2018", ""),
            ("Free cash flow", 226e6, "FY 2019", ""), ("Free cash flow", 518e6, "FY 2018", "")} <= got


def test_year_ago_after_a_compared_amount_of_another_sign():
    got = _read("Net loss for the fourth quarter of 2019 was $(20.2) million vs. net income of $21.3 million year ago.\n")
    assert ("net income", 21.3e6, "Q4 2018", "") in got
    assert not [g for g in got if g[2] == "Q4 2019" and g[1] > 0]


def test_last_quarter_and_sequentially_are_the_quarter_before():
    got = _read("Fourth quarter capital expenditures were $3.2 million, versus $2.6 million last quarter.\n\n"
                "Inventory was $15.0 billion at December 31, 2019, up from $11.3 billion sequentially.\n\n"
                "Revenue for the fourth quarter of 2019 was $12.0 million, up 5% from $11.4 million in the prior quarter.\n\n"
                "Backlog was $80.1 million at December 31, 2019, compared to $77.0 million a quarter ago.\n")
    assert {("capital expenditures", 2.6e6, "Q3 2019", ""), ("Inventory", 11.3e9, "2019-09-30", ""),
            ("Revenue", 11.4e6, "Q3 2019", ""), ("Backlog", 77e6, "2019-09-30", "")} <= got
    assert not [g for g in got if g[1] in (2.6e6, 11.3e9, 11.4e6, 77e6) and g[2] in ("Q4 2018", "Q4 2019",
                                                                                    "2018-12-31", "2019-12-31")]


def test_a_figure_dated_only_last_year_is_not_read():
    got = _read("Revenue was $50.0 million last year. Operating income was $4.1 million a quarter ago.\n")
    assert not got


def test_a_sequential_change_is_still_not_the_year_over_year_change():
    doc = parse_text("a.txt", HEAD + "Revenue for the fourth quarter of 2019 was $12.0 million, up 5% from $11.4 "
                                      "million last quarter.\n")
    own = [f for f in doc.figures if f.value == 12e6]
    assert own and all(f.change_pct is None for f in own)


def test_the_prior_year_amount_is_the_year_before():
    got = _read("Diluted EPS for the fourth quarter of 2019 was $2.01, compared with the prior-year amount of $1.84. "
                "Adjusted EPS was $2.09, compared with the prior-year amount of $2.00.\n")
    assert {(v, p, q) for _, v, p, q in got} == {(2.01, "Q4 2019", ""), (1.84, "Q4 2018", ""),
                                                 (2.09, "Q4 2019", "adjusted"), (2.00, "Q4 2018", "adjusted")}


def test_a_quarter_named_last_year_is_no_compared_amounts_date():
    got = _read("* Export case goods sales of $3.8 million in the fourth quarter of 2019, a decline of 2%, reflecting "
                "strong shipments in Q2 last year.\n")
    assert ("sales", 3.8e6, "Q4 2019", "") in got
