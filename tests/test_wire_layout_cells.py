"""Statement cells in layouts the news wires print and the invented layouts held few of (issue 19's held-out gap):
column groups 'Three Months Ended | Six Months Ended' over years with no month and day printed, years alone over a
quarter's flows (no whole years), bare figures under a '% Change' heading (no figures), an Australian 'financial
year ended 30 June' release headed 'FY25 | FY24', and a fixed-width unit line 'EURm  EURm  %'. Each release is
written here, its figures known by construction, and parsed once for the module."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from parsers.document import parse_text
from parsers.model import Document, Figure
from parsers.periods import Period

_LEAD = ("Quillmarsh Gauges Reports Second Quarter 2025 Results", "",
         "TALLMOOR, Ohio, Aug. 6, 2025 -- Quillmarsh Gauges, Inc. (NYSE: QMG), a maker of test gauges, today "
         "reported financial results for the second quarter ended June 30, 2025.", "")
_INCOME = ("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands)", "")
_ROWS = (("Net sales", "212,400", "198,100", "415,300", "390,200"),
         ("Cost of sales", "120,300", "113,900", "236,800", "224,600"),
         ("Net income", "22,800", "19,600", "43,200", "37,700"))
_ANNUAL_LEAD = ("Quillmarsh Gauges Reports FY25 Results", "",
                "TALLMOOR, Aug. 20, 2025 -- Quillmarsh Gauges Ltd (ASX: QMG) today reported its results for the "
                "financial year ended 30 June 2025.", "")


def _pipes(*rows: tuple[str, ...]) -> list[str]:
    return [f"| {' | '.join(rows[0])} |", "|" + "---|" * len(rows[0]), *(f"| {' | '.join(r)} |" for r in rows[1:])]


_CASES = {
    "spans_without_dates": (*_LEAD, *_INCOME, *_pipes(("", "Three Months Ended", "Six Months Ended", "", ""),
                                                        ("", "2025", "2024", "2025", "2024"), *_ROWS)),
    "fixed_spans_without_dates": (*_LEAD, *_INCOME,
                                  " " * 30 + "Three Months Ended".rjust(20) + " " * 20 + "Six Months Ended".rjust(20),
                                  " " * 30 + "".join(y.rjust(20) for y in ("2025", "2024", "2025", "2024")),
                                  *(r[0].ljust(30) + "".join(v.rjust(20) for v in r[1:]) for r in _ROWS)),
    "span_words_without_ended": (*_LEAD, *_INCOME, *_pipes(("", "Second Quarter", "", "Six Months", ""),
                                                             ("", "2025", "2024", "2025", "2024"), *_ROWS)),
    "bare_years_in_a_quarters_release": (*_LEAD, *_INCOME, *_pipes(("", "2025", "2024"), *(r[:3] for r in _ROWS))),
    "bare_percent_change": (*_LEAD, *_INCOME, *_pipes(("", "Q2 2025", "Q2 2024", "% Change", "YTD 2025", "YTD 2024",
                                                        "% Change"),
                                                       *((r[0], r[1], r[2], p1, r[3], r[4], p2) for r, p1, p2 in
                                                         zip(_ROWS, ("7.2", "5.6", "16.3"), ("6.4", "5.4", "14.6"))))),
    "effect_signed_percent": (*_LEAD, *_INCOME, *_pipes(("", "Q2 2025", "Q2 2024", "% B/(W)"),
                                                         *((r[0], r[1], r[2], p) for r, p in
                                                           zip(_ROWS, ("7.2", "(5.6)", "16.3"))))),
    "financial_year_fy_tokens": (*_ANNUAL_LEAD, "Income statement", "",
                                 *_pipes(("A$m", "FY25", "FY24", "Change %"), ("Revenue", "1,412.6", "1,318.4", "7.1"),
                                         ("Net profit after tax", "128.4", "113.2", "13.4"))),
    "fixed_half_year_unit_line": ("Quillmarsh Group Reports Half Year 2025 Results", "",
                                  "TALLMOOR, 30 July 2025 -- Quillmarsh Group N.V. today reported its results for the "
                                  "six months ended 30 June 2025.", "", "Condensed consolidated income statement", "",
                                  " " * 34 + "".join(h.rjust(12) for h in ("H1 2025", "H1 2024", "Change")),
                                  " " * 34 + "".join(h.rjust(12) for h in ("EURm", "EURm", "%")),
                                  *(r[0].ljust(34) + "".join(v.rjust(12) for v in r[1:]) for r in
                                    (("Revenue", "1,412.6", "1,318.4", "7.1"),
                                     ("Profit for the period", "128.4", "113.2", "13.4")))),
}


@lru_cache(maxsize=None)
def _doc(case: str) -> Document:
    return parse_text(f"{case}.txt", "\n".join(_CASES[case]) + "\n")


def _table(case: str, label: str) -> dict[Period, Figure]:
    return {f.period: f for f in _doc(case).figures if f.source == "table" and f.label == label}


def _q(year: int, months: int = 3, month: int = 6) -> Period:
    return Period(date(year, month, 30 if month in (6, 9) else 31), months)


def test_span_groups_over_years_end_on_the_releases_quarter_end() -> None:
    """'Three Months Ended | Six Months Ended' over '2025 | 2024 | 2025 | 2024', no 'June 30' printed: the quarter's
    and the half's columns of the release that reports the quarter ended June 30."""
    for case in ("spans_without_dates", "fixed_spans_without_dates", "span_words_without_ended"):
        sales = _table(case, "Net sales")
        assert {p: f.value for p, f in sales.items()} == {_q(2025): 212_400_000, _q(2024): 198_100_000,
                                                          _q(2025, 6): 415_300_000, _q(2024, 6): 390_200_000}, case


def test_a_span_of_another_length_than_the_releases_is_left_unread() -> None:
    """'Twelve Months Ended | 2025' in a quarter's release: trailing twelve months or a year, ending where is not
    known; never the quarter's end guessed."""
    text = "\n".join(_CASES["spans_without_dates"]).replace("Six Months Ended", "Twelve Months Ended")
    doc = parse_text("twelve.txt", text + "\n")
    periods = {f.period for f in doc.figures if f.source == "table" and f.label == "Net sales"}
    assert periods == {_q(2025), _q(2024)}


def test_bare_figures_under_a_percent_change_heading_are_no_figures() -> None:
    """'% Change' over '7.2': no figure stands in the change columns (they have no period); the printed change is
    not taken as the row's either (a rounded '1' beside a change of 0.6% computed from the figures), the amounts
    beside it are read."""
    sales = _table("bare_percent_change", "Net sales")
    assert {p: f.value for p, f in sales.items()} == {_q(2025): 212_400_000, _q(2024): 198_100_000,
                                                      _q(2025, 6): 415_300_000, _q(2024, 6): 390_200_000}
    assert {f.column for f in _doc("bare_percent_change").figures if f.source == "table"} == {1, 2, 4, 5}


def test_a_percentage_signed_by_its_effect_is_no_growth_rate() -> None:
    """'% B/(W)': a cost that rose prints '(5.6)' or '(5.6)%'; read as the change it would say cost of sales fell."""
    assert all(f.change_pct is None for f in _table("effect_signed_percent", "Cost of sales").values())
    marked = "\n".join(_CASES["effect_signed_percent"]).replace(" | (5.6) |", " | (5.6)% |").replace(" | 7.2 |", " | 7.2% |")
    doc = parse_text("marked.txt", marked + "\n")
    assert [f.change_pct for f in doc.figures if f.source == "table" and f.label in ("Cost of sales", "Net sales")
            and f.period == _q(2025)] == [None, None]


def test_a_financial_year_ended_day_first_sets_the_year_end_for_fy_tokens() -> None:
    doc = _doc("financial_year_fy_tokens")
    assert doc.fye_month == 6 and doc.period == Period(date(2025, 6, 30), 12)
    revenue = _table("financial_year_fy_tokens", "Revenue")
    assert {p: f.value for p, f in revenue.items()} == {Period(date(2025, 6, 30), 12): 1_412_600_000,
                                                        Period(date(2024, 6, 30), 12): 1_318_400_000}


def test_a_fixed_width_unit_line_with_a_percent_under_the_change() -> None:
    """'EURm  EURm  %' under 'H1 2025  H1 2024  Change': the amounts' unit and scale, and the change column's
    percent (the line was dropped for its '%': the figures lost their currency, the change its unit)."""
    revenue = _table("fixed_half_year_unit_line", "Revenue")
    current = revenue[Period(date(2025, 6, 30), 6)]
    assert (current.value, current.unit, current.change_pct) == (1_412_600_000, "EUR", 7.1)
    assert revenue[Period(date(2024, 6, 30), 6)].value == 1_318_400_000
