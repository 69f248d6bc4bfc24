"""Figures a review of the table readers showed stated wrong, each on a release written here, with a near miss
that must still be read: a suffix letter read as pence, a row in pence divided twice, a room number read as the
rand, a range of quarters read as its last quarter, a change column read as a fiscal year, percentage columns
dated with one amount's period."""
from parsers.document import parse_text


def _values(name: str, text: str, label: str) -> set[float]:
    fmt = "markdown" if name.endswith(".md") else "text"
    doc = parse_text(name, text, fmt)
    return {round(f.value, 6) for f in doc.figures if f.source == "table" and f.label == label}


_US_HEAD = ("WIDGETCO REPORTS FOURTH QUARTER 2024 RESULTS\n\nDAYTON, Ohio, February 1, 2025 -- Widgetco, Inc. (NYSE: WDG) "
            "today reported results for the quarter ended December 31, 2024.\n\n"
            "| | Three Months Ended | |\n|---|---|---|\n| (in thousands, except per share data) | December 31, 2024 "
            "| December 31, 2023 |\n| Revenue | $ 51,300 | $ 47,900 |\n")
_UK_HEAD = ("WIDGETCO PLC FULL YEAR RESULTS 2024\n\nLEEDS, 20 February 2025 -- Widgetco plc (LSE: WDG) announces its "
            "results for the year ended 31 December 2024.\n\n| \u00a3m | 2024 | 2023 |\n|---|---|---|\n"
            "| Revenue | 210.4 | 190.2 |\n")


def test_a_letter_after_one_figure_of_a_dollar_release_is_no_cents() -> None:
    """'| Diluted EPS | 2.31c | 2.07 |' in a dollar release: the 'c' is a footnote's letter, never 2.31 cents
    ($0.0231 was stated); the cell is left unread, its neighbour read."""
    got = _values("fn.md", _US_HEAD + "| Diluted EPS | 2.31c | 2.07 |\n\n(c) Excludes a gain.\n", "Diluted EPS")
    assert got == {2.07}


def test_pence_printed_on_every_cell_of_a_sterling_row_are_read() -> None:
    """The near miss: '| Diluted EPS | 31.6p | 28.2p |' in a sterling release is pence on every cell: 0.316."""
    assert _values("p.md", _UK_HEAD + "| Diluted EPS | 31.6p | 28.2p |\n", "Diluted EPS") == {0.316, 0.282}


def test_a_row_in_pence_whose_cells_print_a_p_is_divided_once() -> None:
    """'| Basic EPS (pence) | 31.6p | 28.2p |' and 'Basic' under 'Earnings per share (pence)' printing '31.6p':
    the label's pence and the cells' 'p' are one unit, 0.316 (0.00316 was stated)."""
    text = _UK_HEAD + ("| Basic EPS (pence) | 31.6p | 28.2p |\n| Diluted EPS (pence) | 31.1 | 27.9 |\n\n"
                       "| | 2024 | 2023 |\n|---|---|---|\n| Earnings per share (pence) | | |\n| Basic | 31.6p | 28.2p |\n")
    assert _values("pp.md", text, "Basic EPS (pence)") == {0.316, 0.282}
    assert _values("pp.md", text, "Diluted EPS (pence)") == {0.311, 0.279}  # the near miss: no 'p', once too
    assert _values("pp.md", text, "Earnings per share (pence) Basic") == {0.316, 0.282}


def test_a_room_number_or_a_unit_count_is_no_rand() -> None:
    """'Rm 1502' in an address, "R'000 units" in a sentence, '| Office | Rm 1502 |': none names the rand (a
    Hong Kong release's revenue was stated in ZAR). The near misses: a whole '| Rm |' heading cell and a
    "(R'000)" caption over figures still do."""
    from parsers.metadata import statement_currency
    assert statement_currency("Contact: Widgetco Ltd (Rm 1502, 15/F, Tower 1, Kowloon)\nRevenue was $5.1 million.") == "USD"
    assert statement_currency("Sales of R'000 units rose.\n\n| Office | Rm 1502 |\n|---|---|\n") == ""
    assert statement_currency("| Rm | 2025 | 2024 |\n|---|---|---|\n| Revenue | 21 418 | 20 054 |") == "ZAR"
    assert statement_currency("(R'000)\n\n| | 2025 |\n|---|---|\n| Total assets | 14 806 |") == "ZAR"


def test_a_range_of_quarters_is_its_span_never_its_last_quarter() -> None:
    """'Q1-Q4/25' is the fiscal year and 'Q1\u2013Q3 2025' nine months to date (both were read as their last
    quarter: a year's revenue stated as Q4's). The near miss: a lone 'Q4/25' or 'Q4-25' is still the quarter."""
    from datetime import date

    from parsers.columns import column_period
    from parsers.periods import Period
    assert column_period("Q1-Q4/25", "", 12) == Period(date(2025, 12, 31), 12)
    assert column_period("Q1\u2013Q3/25", "", 12) == Period(date(2025, 9, 30), 9)
    assert column_period("Q1-Q3 2025", "", 12) == Period(date(2025, 9, 30), 9)
    assert column_period("Q3-Q1 2025", "", 12) is None
    assert column_period("Q4/25", "", 12) == Period(date(2025, 12, 31), 3)
    assert column_period("Q4-25", "", 12) == Period(date(2025, 12, 31), 3)


_FY_HEAD = ("WIDGETCO REPORTS FISCAL 2025 RESULTS\n\nDAYTON, Ohio, November 12, 2025 -- Widgetco, Inc. (NYSE: WDG) "
            "today reported results for the fiscal year ended September 30, 2025.\n\n(in millions)\n\n")


def test_a_change_column_headed_by_two_years_is_no_fiscal_year() -> None:
    """'Change 2024-25', '2025-2024' and a '2024/2025' column beside '2025': the difference of the years (each was
    read as fiscal 2025, colliding with the real column and losing it). The near miss: '2025-26' alone names the
    fiscal year ending in 2026."""
    from datetime import date

    from parsers.columns import column_period
    from parsers.periods import Period
    assert column_period("Change 2024-25", "", 9) is None
    assert column_period("2025-2024", "", 9) is None
    assert column_period("Year ended September 30, 2024-25", "", 9) is None
    assert column_period("2025-26", "", 3) == Period(date(2026, 3, 31), 12)
    text = _FY_HEAD + ("| | Fiscal 2025 | Fiscal 2024 | Change 2024-25 |\n|---|---|---|---|\n| Revenue | 631.4 | 570.9 | 60.5 |\n\n"
                       "| | 2025 | 2024 | 2024/2025 |\n|---|---|---|---|\n| Orders | 702.3 | 655.1 | 47.2 |\n")
    assert _values("chg.md", text, "Revenue") == {631.4e6, 570.9e6}
    assert _values("chg.md", text, "Orders") == {702.3e6, 655.1e6}


_YEAR_HEAD = ("WIDGETCO REPORTS FULL YEAR 2025 RESULTS\n\nDAYTON, Ohio, February 1, 2026 -- Widgetco, Inc. (NYSE: WDG) "
              "today reported results for the year ended December 31, 2025.\n\n(in thousands)\n\n")


def _percents(text: str) -> set[tuple[float, int]]:
    doc = parse_text("pct.md", _YEAR_HEAD + text, "markdown")
    return {(f.value, f.period.end.year) for f in doc.figures if f.source == "table" and f.label.startswith("Gross")
            and f.unit == "percent"}


def test_percentage_columns_with_their_own_years_keep_them() -> None:
    """'% of Sales | % of Sales' over '2025 | 2024', left of the amounts: each its own year (both were given the
    amount to their right's, 2025: 29.0% stated as 2025's gross margin)."""
    text = ("| | % of Sales | % of Sales | Year Ended December 31, | Year Ended December 31, |\n|---|---|---|---|---|\n"
            "| | 2025 | 2024 | 2025 | 2024 |\n| Net sales | 100.0% | 100.0% | 948,200 | 812,500 |\n"
            "| Gross profit | 41.0% | 29.0% | 388,762 | 235,625 |\n")
    assert _percents(text) == {(41.0, 2025), (29.0, 2024)}


def test_two_undated_percentage_columns_are_never_one_period() -> None:
    """The near misses: two undated '% of Sales' columns left of the amounts are not read (one period for two
    columns); one before each year's amount takes that amount's year."""
    both = ("| | % of Sales | % of Sales | Year Ended December 31, | Year Ended December 31, |\n|---|---|---|---|---|\n"
            "| | | | 2025 | 2024 |\n| Net sales | 100.0% | 100.0% | 948,200 | 812,500 |\n"
            "| Gross profit | 41.0% | 29.0% | 388,762 | 235,625 |\n")
    assert _percents(both) == set()
    each = ("| | % of Sales | 2025 | % of Sales | 2024 |\n|---|---|---|---|---|\n| Net sales | 100.0% | 948,200 | 100.0% | "
            "812,500 |\n| Gross profit | 41.0% | 388,762 | 29.0% | 235,625 |\n")
    assert _percents(each) == {(41.0, 2025), (29.0, 2024)}


_BARE_HEAD = _UK_HEAD.replace("\u00a3m", "m")  # a release that prints no currency anywhere


def test_pence_on_every_cell_of_a_release_that_prints_no_currency_are_read() -> None:
    """'| Diluted EPS | 31.6p | 28.2p |' where no currency is printed: pence still, 0.316 (the row was left unread)."""
    assert _values("np.md", _BARE_HEAD + "| Diluted EPS | 31.6p | 28.2p |\n", "Diluted EPS") == {0.316, 0.282}


def test_a_p_on_every_cell_of_a_dollar_release_is_still_no_pence() -> None:
    """The near miss: in a release that prints dollars, a 'p' is no pence; a 'c' without a currency no cents."""
    assert _values("dp.md", _US_HEAD + "| Diluted EPS | 2.31p | 2.07p |\n", "Diluted EPS") == set()
    assert _values("nc.md", _BARE_HEAD + "| Diluted EPS | 31.6c | 28.2c |\n", "Diluted EPS") == set()
