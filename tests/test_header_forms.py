"""Column headings of statement tables in forms the invented layouts did not print (issue 19's statement cells):
a unit column of thousands ('$000') between the labels and the figures, months with two-digit years ('Dec-24'),
and fixed-width headings naming the quarter after the year ('FY2024 Q4', 'December 2024 quarter'). Each release is
written here and parsed once for the module."""
from __future__ import annotations

from functools import lru_cache

from parsers.document import parse_text
from parsers.model import Document

_LEAD = ("Quillfeather Tools Inc. Reports Fourth Quarter 2024 Results", "",
         "OAKVALE, Feb. 5, 2025 -- Quillfeather Tools Inc. today reported results for the fourth quarter ended "
         "December 31, 2024.", "")
_ROWS = (("Revenue", "184,312", "171,045"), ("Cost of revenue", "97,410", "92,118"), ("Net income", "20,517", "17,015"))


def _markdown(title: tuple[str, ...], head: str, rows: tuple[tuple[str, ...], ...]) -> str:
    width = head.count("|") - 1
    body = [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join((*_LEAD, *title, "", head, "|" + "---|" * width, *body)) + "\n"


def _fixed(title: tuple[str, ...], heads: tuple[str, str], rows: tuple[tuple[str, ...], ...]) -> str:
    w = max(14, len(heads[0]) + 3, len(heads[1]) + 3)
    body = [r[0].ljust(40) + "".join(v.rjust(w) for v in r[1:]) for r in rows]
    return "\n".join((*_LEAD, *title, "", " " * 40 + "".join(h.rjust(w) for h in heads),
                      " " * 40 + ("-" * (w - 2)).rjust(w) * 2, *body)) + "\n"


_INCOME = ("CONSOLIDATED STATEMENTS OF OPERATIONS",)
_CASES = {
    "unit_thousands": _markdown(_INCOME, "| | Unit | Q4 2024 | Q4 2023 |", tuple((r[0], "$000", *r[1:]) for r in _ROWS)),
    "unit_millions": _markdown(_INCOME, "| | Unit | Q4 2024 | Q4 2023 |",
                               (("Revenue", "$m", "184.3", "171.0"), ("Net income", "$m", "20.5", "17.0"))),
    "month_dash_year": _markdown((*_INCOME, "(in thousands)", "Three months ended"), "| | Dec-24 | Dec-23 |", _ROWS),
    "month_dash_day": _markdown((*_INCOME, "(in thousands)", "Three months ended"), "| | Dec-31 | Dec-30 |", _ROWS),
    "fixed_month_dash_year": _fixed((*_INCOME, "(in thousands)", "Three months ended"), ("Dec-24", "Dec-23"), _ROWS),
    "fixed_fy_then_quarter": _fixed((*_INCOME, "(in thousands)"), ("FY2024 Q4", "FY2023 Q4"), _ROWS),
    "fixed_month_year_quarter": _fixed((*_INCOME, "(in thousands)"),
                                       ("December 2024 quarter", "December 2023 quarter"), _ROWS),
    "words_quarters": _markdown(_INCOME + ("(in thousands)",), "| | Current quarter | Prior quarter | Prior year quarter |",
                                tuple((*r, str(int(r[2].replace(",", "")) + 1000)) for r in _ROWS)),
    "words_years": _markdown(_INCOME + ("(in thousands)",), "| | This year | Last year |", _ROWS),
    "words_annual_release": _markdown(_INCOME + ("(in thousands)",), "| | Current quarter | Prior year quarter |", _ROWS)
    .replace("Fourth Quarter 2024 Results", "Full Year 2024 Results")
    .replace("the fourth quarter ended", "the year ended"),
    "fixed_notes_column": "\n".join((*_LEAD, *_INCOME, "(in thousands)", "",
                                      " " * 40 + "".join(h.rjust(14) for h in ("Notes", "Q4 2024", "Q4 2023")),
                                      " " * 40 + ("-" * 12).rjust(14) * 3,
                                      *(r[0].ljust(40) + "".join(v.rjust(14) for v in (n, *r[1:]))
                                        for r, n in zip(_ROWS, ("", "4", ""))))) + "\n",
    "fixed_percent_of_revenue": "\n".join((*_LEAD, *_INCOME, "(in thousands)", "",
                                            " " * 40 + "".join(h.rjust(15) for h in ("Q4 2024", "% of revenue",
                                                                                     "Q4 2023", "% of revenue")),
                                            " " * 40 + ("-" * 13).rjust(15) * 4,
                                            *(r[0].ljust(40) + "".join(v.rjust(15) for v in (r[1], p1, r[2], p2))
                                              for r, p1, p2 in zip(_ROWS, ("100.0%", "52.9%", "11.1%"),
                                                                   ("100.0%", "53.9%", "9.9%"))))) + "\n",
    "words_actual_prior": _markdown(_INCOME + ("(in thousands)", "Three months ended December 31"),
                                    "| | Actual | Prior year |", _ROWS),
    "words_current_prior_year": _markdown(_INCOME + ("(in thousands)", "Twelve months ended December 31"),
                                          "| | Current year | Prior year |", _ROWS),
    "words_other_end": _markdown(_INCOME + ("(in thousands)", "Three months ended September 30"),
                                 "| | Actual | Prior year |", _ROWS),
    "words_outlook_quarter": _markdown(("**Outlook**", "", "(in thousands)"), "| | Current quarter | Full year 2025 |",
                                       (("Revenue", "190,000", "780,000"), ("Net income", "21,000", "90,000"))),
    "words_outlook_years": _markdown(("**Full Year Outlook**", "", "(in thousands)", "Twelve months ending December 31"),
                                     "| | Current year | Prior year |", _ROWS),
    "words_beside_a_later_year": _markdown(("**Key figures**", "", "(in thousands)"),
                                           "| | Current quarter | Full year 2025 |",
                                           (("Revenue", "190,000", "780,000"), ("Net income", "21,000", "90,000"))),
    "words_beside_expected": _markdown((*_INCOME, "(in thousands)", "Twelve months ended December 31"),
                                       "| | Current year | Expected |", _ROWS),
    "segments_over_years": "\n".join((*_LEAD, "**SUMMARY OF RESULTS**", "",
                                       "| | Tools | | | | Services | | | | Consolidated | | | |",
                                       "| --- |" + " --- |" * 12,
                                       "| Three months ended December 31,($ thousands, except per share data) | 2024 | | "
                                       "2023 | | 2024 | | 2023 | | 2024 | | 2023 | |",
                                       "| Revenue | 120,000 | | 110,000 | | 64,312 | | 61,045 | | 184,312 | | 171,045 | |",
                                       "| Net income | 12,000 | | 10,000 | | 8,517 | | 7,015 | | 20,517 | | 17,015 | |")) + "\n",
}


@lru_cache(maxsize=None)
def _doc(case: str) -> Document:
    return parse_text(f"{case}.md", _CASES[case])


def _revenue(case: str) -> dict[str, float]:
    return {f.period.label(12, 0): f.value for f in _doc(case).figures
            if f.source == "table" and f.label == "Revenue"}


def test_a_unit_column_of_thousands_scales_its_rows_and_is_no_figure():
    """'| Revenue | $000 | 184,312 |': the unit cell was read as a figure column (zero) and the amounts beside it as
    whole dollars ($184,312 of revenue: a wrong figure). Now the unit column scales its row, as 'A$m' already did."""
    assert _revenue("unit_thousands") == {"Q4 2024": 184_312_000.0, "Q4 2023": 171_045_000.0}
    assert not [f for f in _doc("unit_thousands").figures if f.source == "table" and f.value == 0]


def test_a_unit_column_of_millions_still_scales_its_rows():
    """Near miss: a unit cell with a letter ('$m') was already a unit, never a figure."""
    assert _revenue("unit_millions") == {"Q4 2024": 184_300_000.0, "Q4 2023": 171_000_000.0}


def test_a_month_with_a_two_digit_year_is_that_month_under_the_caption_span():
    """'Dec-24 | Dec-23' under 'Three months ended': the quarters to December 2024 and 2023, in Markdown and in
    fixed-width text (both were unread)."""
    want = {"Q4 2024": 184_312_000.0, "Q4 2023": 171_045_000.0}
    assert _revenue("month_dash_year") == want
    assert _revenue("fixed_month_dash_year") == want


def test_a_month_with_a_months_last_day_is_no_year():
    """Near miss: 'Dec-31 | Dec-30' may be days (December 31): never the years 2031 and 2030, left unread."""
    assert _revenue("month_dash_day") == {}


def test_fixed_width_headings_naming_the_quarter_after_the_year():
    """'FY2024 Q4' and 'December 2024 quarter' over fixed-width columns: the words after the year were no known
    heading word, so the whole table was unread (a Markdown or HTML copy already read them)."""
    want = {"Q4 2024": 184_312_000.0, "Q4 2023": 171_045_000.0}
    assert _revenue("fixed_fy_then_quarter") == want
    assert _revenue("fixed_month_year_quarter") == want


def test_quarters_named_by_words_relative_to_the_releases_quarter():
    """'Current quarter | Prior quarter | Prior year quarter' with no year: the release's quarter, the one before it
    and the same quarter a year before (the table was unread)."""
    assert _revenue("words_quarters") == {"Q4 2024": 184_312_000.0, "Q3 2024": 171_045_000.0,
                                          "Q4 2023": 172_045_000.0}


def test_years_named_by_words_or_quarters_of_a_years_release_are_left_unread():
    """Near misses: 'This year | Last year' (a year to date, a fiscal year or a trailing one: not known), and
    'Current quarter' in a release whose own period is a year (no quarter to count from): never a guessed period."""
    assert _revenue("words_years") == {}
    assert _revenue("words_annual_release") == {}


def test_segment_columns_over_years_under_a_stub_span_glued_to_its_scale_note():
    """'Three months ended December 31,($ thousands, except per share data)' in the stub, 'Tools | Services |
    Consolidated' over year pairs: the stub's span (too long with its scale note, and its date said twice) was
    lost, so '2024' was a full year no column agreed with and the whole table was unread. Now each segment's
    quarters, and the consolidated column's the company's."""
    got = {(f.segment, f.period.label(12, 0)): f.value for f in _doc("segments_over_years").figures
           if f.source == "table" and f.label == "Revenue"}
    assert got == {("Tools", "Q4 2024"): 120_000_000.0, ("Tools", "Q4 2023"): 110_000_000.0,
                   ("Services", "Q4 2024"): 64_312_000.0, ("Services", "Q4 2023"): 61_045_000.0,
                   ("", "Q4 2024"): 184_312_000.0, ("", "Q4 2023"): 171_045_000.0}


def test_a_fixed_width_notes_column_keeps_the_rows_that_cite_a_note():
    """'Notes' between the labels and the periods of fixed-width text: a row citing a note ('Cost of revenue   4
    97,410   92,118') printed three numbers under two periods and was dropped whole. The note's number is no figure."""
    got = {(f.label, f.period.label(12, 0)): f.value for f in _doc("fixed_notes_column").figures if f.source == "table"}
    assert got[("Cost of revenue", "Q4 2024")] == 97_410_000.0 and got[("Cost of revenue", "Q4 2023")] == 92_118_000.0
    assert len(got) == 6


def test_fixed_width_percent_of_revenue_beside_each_amount():
    """'Q4 2024 | % of revenue | Q4 2023 | % of revenue' in fixed-width text: 'revenue' was no heading word (only
    'sales' was), so the whole table was unread. The amounts are the quarters', the percentages their shares."""
    figures = [f for f in _doc("fixed_percent_of_revenue").figures if f.source == "table"]
    assert {(f.label, f.period.label(12, 0)): f.value for f in figures if f.unit != "percent"}[
        ("Net income", "Q4 2023")] == 17_015_000.0
    assert {(f.label, f.period.label(12, 0)): f.value for f in figures if f.unit == "percent"}[
        ("Cost of revenue as a percent of revenue", "Q4 2023")] == 53.9


def test_a_printed_span_whose_year_is_named_by_words():
    """'Three months ended December 31' over 'Actual | Prior year' (or 'Twelve months ...' over 'Current year |
    Prior year'): the span and its end are printed, only the year is relative to the release's own period, which
    ends on that date: the release's year and the year before."""
    assert _revenue("words_actual_prior") == {"Q4 2024": 184_312_000.0, "Q4 2023": 171_045_000.0}
    assert _revenue("words_current_prior_year") == {"FY 2024": 184_312_000.0, "FY 2023": 171_045_000.0}


def test_a_span_ending_on_another_date_than_the_releases_is_left_unread():
    """Near miss: 'Three months ended September 30' in a release of the quarter to December 31: which September is
    'Actual' is not known (the quarter before, or one of another fiscal year): unread."""
    assert _revenue("words_other_end") == {}


def test_words_relative_to_the_release_in_an_outlook_are_left_unread():
    """Near misses: under 'Outlook', 'Current quarter | Full year 2025' is the quarter the outlook is for (the next),
    never the release's own; under 'Full Year Outlook', 'Current year | Prior year' is the year guided and the year
    just reported. A table naming a later year ('Full year 2025') or an expected column is no statement of actuals
    either: its 'current' columns stay unread, never stored as the release's period."""
    assert "Q4 2024" not in _revenue("words_outlook_quarter")
    assert _revenue("words_outlook_years") == {}
    assert "Q4 2024" not in _revenue("words_beside_a_later_year")
    assert _revenue("words_beside_expected") == {}
