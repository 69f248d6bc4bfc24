"""A statement column whose header gave no period (an empty or unreadable heading) takes the one period the release's
other figures prove: two or more of its rows equal, each, a figure of its own row read independently (prose at its
rounding, another table of known period digit for digit), all of one period, nothing contradicting — else it stays
unread (parsers/prose_scale.prove_column_periods). Each release is written here and parsed once for the module."""
from __future__ import annotations

from functools import lru_cache

from parsers.document import parse_text
from parsers.model import Document

_LEAD = ("Quillfeather Tools Inc. Reports Fourth Quarter 2024 Results", "",
         "OAKVALE, Feb. 5, 2025 -- Quillfeather Tools Inc. today reported results for the fourth quarter ended "
         "December 31, 2024.", "")
_PROSE = ("Revenue for the fourth quarter of 2024 was $184.3 million, up from $171.0 million in the fourth quarter of "
          "2023. Net income was $20.5 million, compared with $17.2 million in the fourth quarter of 2023.")
_ROWS = (("Revenue", "184,312", "171,045"), ("Cost of revenue", "97,410", "92,118"), ("Gross profit", "86,902", "78,927"),
         ("Net income", "20,517", "17,215"))


def _statement(head: str, rows: tuple[tuple[str, str, str], ...] = _ROWS, scale: str = "(in thousands)") -> list[str]:
    lines = ["**CONSOLIDATED STATEMENTS OF OPERATIONS**", ""] + ([scale, ""] if scale else [])
    return lines + [head, "|---|---|---|", *(f"| {' | '.join(r)} |" for r in rows), ""]


_HIGHLIGHTS = ["**Financial highlights** (in thousands)", "", "| | Q4 2024 | Q4 2023 |", "|---|---|---|",
               "| Revenue | 184,312 | 171,045 |", "| Net income | 20,517 | 17,215 |", ""]
_CASH_FLOW = ["**CONSOLIDATED STATEMENTS OF CASH FLOWS** (in thousands)", "", "| | (Unaudited) | (Unaudited) |",
              "|---|---|---|", "| Net income | 80,114 | 70,226 |", "| Depreciation and amortization | 22,410 | 20,905 |",
              "| Impairment charges | 3,215 | 2,870 |", "| Restructuring charges | 1,153 | 1,020 |",
              "| Net cash provided by operating activities | 118,530 | 101,442 |", ""]
_SAME = tuple((r[0], r[1], r[1]) for r in _ROWS)
_CASES = {
    "prose": [_PROSE, "", *_statement("| | | |")],
    "prose_no_scale": [_PROSE, "", *_statement("| | | |", scale="")],
    "no_evidence": _statement("| | | |"),
    "other_table": [*_HIGHLIGHTS, *_statement("| | (Unaudited) | (Unaudited) |")],
    "other_table_other_scale": [*_HIGHLIGHTS, *_statement("| | (Unaudited) | (Unaudited) |", scale="(in millions)")],
    "other_entity": ["QUILLFEATHER TOOLS INC.", "CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands)", "",
                     "| | Q4 2024 | Q4 2023 |", "|---|---|---|", *(f"| {' | '.join(r)} |" for r in _ROWS), "",
                     "QUILLFEATHER OPERATING PARTNERSHIP LLC", "STATEMENTS OF OPERATIONS", "(in thousands)", "",
                     "| | (Unaudited) | (Unaudited) |", "|---|---|---|",
                     *(f"| {' | '.join(r)} |" for r in (*_ROWS, ("Distributions to members", "5,100", "4,800"))), ""],
    "same_values": [_PROSE, "", *_statement("| | | |", _SAME)],
    "blank_charges": ["**Fourth Quarter Highlights** (in thousands)", "", "| | Q4 2024 | Q4 2023 |", "|---|---|---|",
                      "| Revenue | 184,312 | 171,045 |", "| Impairment charges | — | 3,200 |",
                      "| Restructuring charges | — | 1,150 |", "",
                      *(line.replace("3,215 | 2,870", "— | 3,200").replace("1,153 | 1,020", "— | 1,150")
                        for line in _CASH_FLOW)],
    "one_off_charges": ["**Fourth Quarter Highlights** (in thousands)", "", "| | Q4 2024 | Q4 2023 |", "|---|---|---|",
                        "| Revenue | 184,312 | 171,045 |", "| Impairment charges | 3,215 | 2,870 |",
                        "| Restructuring charges | 1,153 | 1,020 |", "", *_CASH_FLOW],
    "year_figure_in_the_column": ["Net income for the full year 2024 was $80 million.", "",
                                  "**Financial highlights** (in thousands)", "", "| | Q4 2024 | Q4 2023 |",
                                  "|---|---|---|", "| Revenue | 184,312 | 171,045 |",
                                  "| Operating income | 41,275 | 36,904 |", "",
                                  *_statement("| | (Unaudited) | (Unaudited) |", (("Revenue", "184,312", "171,045"),
                                                                                ("Operating income", "41,275", "36,904"),
                                                                                ("Net income", "80,114", "70,226")))],
    "caption_after_highlights": [*_HIGHLIGHTS, *_statement("| | | |", (("Revenue", "712,400", "655,310"),
                                                                        ("Net income", "80,114", "70,226")))],
    "continued_caption": [*_HIGHLIGHTS, "**Financial highlights (continued)**", "", "| | | |", "|---|---|---|",
                          "| Operating income | 41,275 | 36,904 |", ""],
    "prior_year_in_column_two": ["Revenue for the fourth quarter of 2024 was $184.3 million, up from $171.0 million in "
                                 "the fourth quarter of 2023. Net income was $17.2 million.", "", *_statement("| | | |")],
    # '$20.0 million' is three digits as printed (its value's are two), at the precision printed
    "zero_printed": ["Revenue for the fourth quarter of 2024 was $184.3 million. Net income was $20.0 million.", "",
                     *_statement("| | | |", (("Revenue", "184,312", "171,045"), ("Net income", "20,017", "17,034")))],
    "zero_printed_off": ["Revenue for the fourth quarter of 2024 was $184.3 million. Net income was $20.0 million.", "",
                         *_statement("| | | |", (("Revenue", "184,312", "171,045"), ("Net income", "20,417", "17,034")))],
}


@lru_cache(maxsize=None)
def _doc(case: str) -> Document:
    return parse_text(f"{case}.md", "\n".join((*_LEAD, *_CASES[case])) + "\n")


def _statement_cells(case: str) -> dict[tuple[str, str], float]:
    """The statement's cells read: (row, period) -> value (the highlights table's rows left out)."""
    doc = _doc(case)
    first = next(n for n, line in enumerate(doc.text.split("\n"), 1) if "STATEMENTS OF" in line)
    return {(f.label, f.period.label(12, 0)): f.value for f in doc.figures if f.source == "table" and f.line > first}


def test_prose_figures_of_two_rows_prove_each_columns_period():
    """Revenue and net income of the quarter and of the year-ago quarter in prose: the first column is Q4 2024, the
    second Q4 2023, every row of each read (cost of revenue too, which the prose never names)."""
    got = _statement_cells("prose")
    assert got[("Revenue", "Q4 2024")] == 184_312_000.0 and got[("Revenue", "Q4 2023")] == 171_045_000.0
    assert got[("Cost of revenue", "Q4 2024")] == 97_410_000.0 and got[("Cost of revenue", "Q4 2023")] == 92_118_000.0
    assert len(got) == 8


def test_prose_proves_the_scale_of_a_table_that_states_none():
    """No scale line either: the prose's millions prove the cells are thousands, as well as their periods."""
    assert _statement_cells("prose_no_scale")[("Net income", "Q4 2023")] == 17_215_000.0


def test_another_tables_figures_of_known_period_prove_the_columns():
    """A highlights table headed 'Q4 2024 | Q4 2023' repeats two rows digit for digit: the statement under
    '(Unaudited) | (Unaudited)' takes its periods."""
    got = _statement_cells("other_table")
    assert got[("Gross profit", "Q4 2024")] == 86_902_000.0 and len(got) == 8


def test_no_evidence_leaves_the_columns_unread():
    """Near miss: nothing else in the release prints the figures: the columns stay unread, never guessed."""
    assert _statement_cells("no_evidence") == {}


def test_a_stated_scale_the_evidence_does_not_fit_leaves_the_columns_unread():
    """Near miss: the statement says '(in millions)' while the digits repeat the highlights' thousands: at its own
    scale nothing matches, so no period is proven (never read at a scale it does not state)."""
    assert _statement_cells("other_table_other_scale") == {}


def test_two_columns_of_the_same_figures_prove_nothing():
    """Near miss: both columns print the quarter's figures: each matches the same period, which is which is not known."""
    assert _statement_cells("same_values") == {}


def test_a_column_matching_two_periods_or_contradicted_is_left_unread():
    """Near miss: the prose's prior-year revenue ($171.0 million) and a net income of the quarter ($17.2 million) both
    match column two (two periods: nothing proven); column one's net income differs from the quarter's ($20.5 million
    against $17.2 million): a contradiction. Neither column is read."""
    assert _statement_cells("prior_year_in_column_two") == {}


def test_a_proven_column_of_another_entitys_table_stays_that_entitys():
    """Near miss: the operating partnership's statement (its own caption) repeats the issuer's figures under
    unreadable headings: its columns take their periods, but its figures stay the partnership's, never the issuer's
    (its distributions are not the company's)."""
    doc = _doc("other_entity")
    second = max(n for n, line in enumerate(doc.text.split("\n"), 1) if "STATEMENTS OF OPERATIONS" in line)
    theirs = [f for f in doc.figures if f.source == "table" and f.line > second]
    assert theirs and all(f.segment == "QUILLFEATHER OPERATING PARTNERSHIP LLC" for f in theirs)


def _cash_flow_cells(case: str) -> dict[tuple[str, str], float]:
    doc = _doc(case)
    first = next(n for n, line in enumerate(doc.text.split("\n"), 1) if "STATEMENTS OF CASH FLOWS" in line)
    return {(f.label, f.period.label(12, 0)): f.value for f in doc.figures if f.source == "table" and f.line > first}


def test_blank_and_round_cells_prove_no_period():
    """Near miss: the highlights print '—' for the quarter's charges (read as nothing) and round 3,200 and 1,150 for
    the year-ago quarter's; a full-year cash flow statement under '(Unaudited) | (Unaudited)' prints them alike.
    Blanks and zeros are as likely the year's as the quarter's: the year's net income (80,114) is never the quarter's."""
    doc = _doc("blank_charges")
    assert _cash_flow_cells("blank_charges") == {}
    assert not [f for f in doc.figures if f.label == "Net income"]


def test_charges_alone_prove_no_period():
    """Near miss: two one-off charges of the quarter (3,215 and 1,153, telling figures) are the year's too, so the
    full-year statement repeats them; no flow total (revenue, net income, operating cash flow) matches: nothing proven."""
    assert _cash_flow_cells("one_off_charges") == {}


def test_a_cell_equal_to_the_years_figure_is_no_quarters():
    """Near miss: revenue and operating income match the quarter's highlights, but the column's net income is the one
    the prose gives, rounded, for the full year ($80 million: too round to prove a period, enough to tell one): a
    column holding a figure of another length is not proven the quarter, and stays unread; the year-ago column,
    nothing against it, is read."""
    got = _statement_cells("year_figure_in_the_column")
    assert got == {("Revenue", "Q4 2023"): 171_045_000.0, ("Operating income", "Q4 2023"): 36_904_000.0,
                   ("Net income", "Q4 2023"): 70_226_000.0}


def test_a_statement_of_its_own_caption_is_no_continuation_of_the_table_above():
    """Near miss: a statement captioned 'CONSOLIDATED STATEMENTS OF OPERATIONS' under empty headings, right after the
    quarter's highlights of as many columns, was read as the highlights continued on a next page — the year's
    figures stored as the quarter's. A caption of its own makes it another table: nothing proves its columns. One
    said '(continued)' is still the table above, its columns the same."""
    assert _statement_cells("caption_after_highlights") == {}
    got = {(f.label, f.period.label(12, 0)): f.value for f in _doc("continued_caption").figures if f.line > 12}
    assert got == {("Operating income", "Q4 2024"): 41_275_000.0, ("Operating income", "Q4 2023"): 36_904_000.0}


def test_a_zero_printed_after_the_point_is_a_digit_of_the_evidence():
    """'$20.0 million' states three significant digits (its value has two): with the quarter's revenue it is the second
    row proving column one the quarter's (it was left out, and the column unread); column two, one row, stays unread."""
    assert _statement_cells("zero_printed") == {("Revenue", "Q4 2024"): 184_312_000.0,
                                                ("Net income", "Q4 2024"): 20_017_000.0}


def test_an_amount_is_evidence_only_at_the_precision_printed():
    """Near miss: '$20.0 million' beside 20,417 differs at the digit printed (20.4): no second row, nothing proven
    (at the value's two digits, 20.4 million 'rounded to' 20)."""
    assert _statement_cells("zero_printed_off") == {}
