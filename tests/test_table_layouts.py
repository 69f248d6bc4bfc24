"""One table model for every layout: the same small income statement printed as an HTML grid, a
Markdown pipe table, fixed-width text, one flattened line and one cell per line gives the same
facts (metric, period, value, unit); and the header and row-meaning failures met in releases,
each on a document built here."""
from __future__ import annotations

from datetime import date

import pytest

from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text
from parsers.html import render_html
from parsers.periods import Period

ROWS = [  # label, Q2 2009, Q2 2008, 6M 2009, 6M 2008
    ("Revenue", "$ 1,200", "$ 1,000", "$ 2,300", "$ 1,900"),
    ("Cost of revenue", "700", "600", "1,350", "1,150"),
    ("Operating income", "300", "250", "560", "450"),
    ("Net income", "$ 150", "$ 120", "$ 280", "$ 210"),
    ("Diluted earnings per share", "$ 0.50", "$ 0.40", "$ 0.93", "$ 0.70"),
    ("Diluted weighted average shares outstanding", "300", "299", "301", "298"),
]
TITLE = ["Example Corp. Reports Second Quarter 2009 Results",
         "",
         "CONSOLIDATED STATEMENTS OF OPERATIONS",
         "(in thousands, except per share data)"]
Q09, Q08 = Period(date(2009, 6, 30), 3), Period(date(2008, 6, 30), 3)
H09, H08 = Period(date(2009, 6, 30), 6), Period(date(2008, 6, 30), 6)
EXPECTED = {
    ("revenue", Q09, 1_200_000.0, "USD"), ("revenue", Q08, 1_000_000.0, "USD"),
    ("revenue", H09, 2_300_000.0, "USD"), ("revenue", H08, 1_900_000.0, "USD"),
    ("net_income", Q09, 150_000.0, "USD"), ("net_income", H08, 210_000.0, "USD"),
    ("eps_diluted", Q09, 0.50, "USD/share"), ("eps_diluted", H08, 0.70, "USD/share"),
    ("weighted_shares_diluted", Q09, 300_000.0, "shares"),
}


def _html() -> str:
    head = ("<tr><td></td><td colspan=4>Three Months Ended June 30,</td><td colspan=4>Six Months Ended June 30,"
            "</td></tr><tr><td></td>" + "".join(f"<td colspan=2>{y}</td>" for y in (2009, 2008, 2009, 2008)) +
            "</tr>")
    body = ""
    for label, *values in ROWS:
        cells = ""
        for v in values:
            dollar, _, number = v.rpartition(" ")
            cells += f"<td>{dollar}</td><td>{number}</td>"
        body += f"<tr><td>{label}</td>{cells}</tr>"
    paras = "".join(f"<p>{t}</p>" for t in TITLE if t)
    return f"<html><body>{paras}<table>{head}{body}</table></body></html>"


def _markdown() -> str:
    lines = TITLE + ["", "|  | Three Months Ended June 30, | | Six Months Ended June 30, | |",
                     "| --- | --- | --- | --- | --- |", "|  | 2009 | 2008 | 2009 | 2008 |"]
    lines += ["| " + " | ".join(r) + " |" for r in ROWS]
    return "\n".join(lines) + "\n"


def _fixed() -> str:
    lines = TITLE + ["",
                     " " * 44 + "Three Months Ended      Six Months Ended",
                     " " * 44 + "     June 30,              June 30,",
                     " " * 44 + "  2009      2008        2009      2008",
                     " " * 44 + " -------   -------     -------   -------"]
    for label, *values in ROWS:
        lines.append(f"{label:<44}" + "".join(f"{v:>10}" if k % 2 == 0 else f"{v:>10}  " for k, v in enumerate(values)))
    return "\n".join(lines) + "\n"


def _flattened() -> str:
    cells = ["Three Months Ended June 30,", "Six Months Ended June 30,", "2009", "2008", "2009", "2008"]
    for r in ROWS:
        cells += list(r)
    return "\n".join(TITLE + ["", " ".join(cells)]) + "\n"


def _cell_per_line() -> str:
    cells = ["Three Months", "Six Months", "Ended June 30,", "Ended June 30,", "2009", "2008", "2009", "2008"]
    for label, *values in ROWS:
        cells.append(label)
        for v in values:
            cells += v.split(" ") if v.startswith("$") else [v]
    return "\n".join(TITLE + [""] + cells) + "\n"


def _flattened_spans_above() -> str:
    """One flattened line opening with its years, the column groups on short lines of their own above it."""
    cells = ["2009", "2008", "2009", "2008"]
    for r in ROWS:
        cells += list(r)
    return "\n".join(TITLE + ["", "Three Months Ended June 30,", "", "Six Months Ended June 30,", "",
                              "   ".join(cells)]) + "\n"


def _cell_per_line_spaced() -> str:
    """One cell a line with a blank line after each, as a web page copied to text prints it."""
    return _cell_per_line().replace("\n", "\n\n")


def _facts(text: str, fmt: str = "text", tables=None) -> set[tuple]:
    doc = parse_text("example.txt", text, fmt, tables)
    return {(canonical_metric(f.label, f.section, f.unit), f.period, f.value, f.unit)
            for f in doc.figures if f.source == "table"}


def _layout_facts(layout: str) -> set[tuple]:
    if layout == "html":
        rendered = render_html(_html())
        return _facts(rendered.text, "html", rendered.tables)
    return _facts(_TEXT_LAYOUTS[layout]())


_TEXT_LAYOUTS = {"markdown": _markdown, "fixed": _fixed, "flattened": _flattened, "cell_per_line": _cell_per_line,
                 "cell_per_line_spaced": _cell_per_line_spaced, "flattened_spans_above": _flattened_spans_above}


LAYOUTS = ["html", "markdown", "fixed", "flattened", "cell_per_line", "cell_per_line_spaced", "flattened_spans_above"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_gives_the_same_facts(layout: str) -> None:
    got = _layout_facts(layout)
    assert EXPECTED <= got, sorted(EXPECTED - got, key=str)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_layout_states_a_figure_the_statement_does_not_print(layout: str) -> None:
    values = {(p, v) for _, p, v, _ in _layout_facts(layout)}
    printed = {1.2e6, 1e6, 2.3e6, 1.9e6, 7e5, 6e5, 1.35e6, 1.15e6, 3e5, 2.5e5, 5.6e5, 4.5e5, 1.5e5, 1.2e5, 2.8e5,
               2.1e5, 0.5, 0.4, 0.93, 0.7, 3e5, 2.99e5, 3.01e5, 2.98e5}
    assert {v for _, v in values} <= printed
    assert {p for p, _ in values} <= {Q09, Q08, H09, H08}


def test_markdown_table_with_colspans_printed_as_empty_cells() -> None:
    """A wire copy: '$' and ')' in cells of their own, a colspan as a heading and empty cells, and
    headings that lost their colspans over four year columns."""
    text = "\n".join(TITLE + ["",
        "|  |  | At or for the |  | At or for the |",
        "|  |  | Three Months Ended |  | Six Months Ended |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "|  |  | June 30, |  | June 30, |",
        "|  |  | 2009 |  | 2008 |  | 2009 |  | 2008 |  |",
        "| Revenue | $ | 1,200 | $ | 1,000 | $ | 2,300 | $ | 1,900 |  |",
        "| Net income (loss) |  | (150 | ) | 120 |  | 280 |  | 210 |  |"]) + "\n"
    got = _facts(text)
    assert ("revenue", Q08, 1_000_000.0, "USD") in got and ("revenue", H09, 2_300_000.0, "USD") in got
    assert ("net_income", Q09, -150_000.0, "USD") in got and ("net_income", H08, 210_000.0, "USD") in got


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_gets_the_table_class(layout: str) -> None:
    """Plain-text tables are classified as HTML ones are: the statement is an income statement."""
    if layout == "html":
        rendered = render_html(_html())
        doc = parse_text("example.htm", rendered.text, "html", rendered.tables)
    else:
        doc = parse_text("example.txt", _TEXT_LAYOUTS[layout]())
    assert {f.table_class for f in doc.figures if f.source == "table"} == {"income"}


def test_a_plain_text_outlook_is_guidance_never_an_actual() -> None:
    text = _fixed().replace("CONSOLIDATED STATEMENTS OF OPERATIONS", "FINANCIAL OUTLOOK")
    figures = [f for f in parse_text("example.txt", text).figures if f.source == "table"]
    assert figures and all(f.table_class == "guidance" and f.qualifier == "guidance" for f in figures)


def test_a_scale_note_naming_per_share_data_is_not_a_per_share_table() -> None:
    from parsers.tables import classify
    assert classify("STATEMENTS OF NET INCOME (Amounts in Thousands, Except for Per Share Data)", []) == "income"
    assert classify("Selected Per Share Data", []) == "per_share"


def test_years_beside_a_scale_note_are_a_header() -> None:
    """'($ in millions) | 2024 | 2023': the years are the columns' periods, never a row of figures."""
    text = "\n".join(["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "",
                      "|  | Three Months Ended December 31, | |", "| --- | --- | --- |",
                      "| ($ in millions) | 2024 | 2023 |", "| Revenue | 562 | 523 |"]) + "\n"
    got = _facts(text)
    assert got == {("revenue", Period(date(2024, 12, 31), 3), 562e6, "USD"),
                   ("revenue", Period(date(2023, 12, 31), 3), 523e6, "USD")}


def test_scale_line_above_a_long_heading_is_read() -> None:
    """A scale printed on its own line under a long run of heading lines still scales the table."""
    text = "\n".join(["Investor Contact: Jane Doe, Global Head of Investor Relations, investor.relations@example.com, "
                      "+1 555 0100", "EXAMPLE CORP. AND ITS SUBSIDIARIES", "CONSOLIDATED BALANCE SHEETS",
                      "(U.S. dollars in thousands)", "",
                      "|  | December 31, | December 31, |", "| --- | --- | --- |", "|  | 2024 | 2023 |",
                      "| Cash and cash equivalents | 35,003 | 39,605 |", "| Total assets | 900,000 | 880,000 |"]) + "\n"
    got = _facts(text)
    assert ("cash", Period(date(2024, 12, 31), 0), 35_003_000.0, "USD") in got


def test_glued_heading_words_are_read() -> None:
    """'Three MonthsEnded December 31,' (a copy that lost a line break) is still three months."""
    text = "\n".join(["CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands)", "",
                      "|  | Three MonthsEnded December 31, | | Twelve MonthsEnded December 31, | |",
                      "| --- | --- | --- | --- | --- |", "|  | 2024 | 2023 | 2024 | 2023 |",
                      "| Revenue | 10 | 9 | 40 | 36 |"]) + "\n"
    got = _facts(text)
    assert ("revenue", Period(date(2023, 12, 31), 3), 9000.0, "USD") in got
    assert ("revenue", Period(date(2024, 12, 31), 12), 40000.0, "USD") in got


@pytest.mark.parametrize("label,unit,metric", [
    ("Profit", "USD", "net_income"), ("Profit for the period", "USD", "net_income"),
    ("Profit per common share", "USD/share", "eps"),
    ("Cash generated by operating activities", "USD", "operating_cash_flow"),
    ("Gross profit", "USD", "gross_margin"), ("Profit before tax", "USD", "other"),
])
def test_row_meaning_of_profit_and_cash_generated(label: str, unit: str, metric: str) -> None:
    assert canonical_metric(label, "", unit) == metric


def test_connective_words_do_not_hide_the_metric() -> None:
    """'Less: Interest expense' in a reconciliation is interest expense."""
    text = _markdown().replace("| Cost of revenue |", "| Less: Cost of revenue |")
    assert ("cost_of_revenue", Q09, 700_000.0, "USD") in _facts(text)


def test_share_counts_take_the_scale_of_the_headings_share_clause() -> None:
    """'(in millions, except per-share data; share counts in thousands)': 147,870 diluted shares are
    147.87 million, never 147.87 billion."""
    text = _markdown().replace("(in thousands, except per share data)",
                               "(in millions, except per-share data; share counts in thousands)")
    text = text.replace("| 300 | 299 | 301 | 298 |", "| 147,870 | 147,000 | 147,500 | 146,900 |")
    got = _facts(text)
    assert ("weighted_shares_diluted", Q09, 147_870_000.0, "shares") in got
    assert ("revenue", Q09, 1_200_000_000.0, "USD") in got


def test_share_counts_in_the_scale_a_which_clause_gives_them_even_past_a_million() -> None:
    """'(In millions, except number of shares, which are reflected in thousands, and per-share amounts)':
    12,345,678 diluted shares are 12.3 billion, never 12.3 million read as printed in full; near miss:
    '(In millions, except number of shares and per-share amounts)' prints its counts in full."""
    text = _markdown().replace("(in thousands, except per share data)",
                               "(In millions, except number of shares, which are reflected in thousands, "
                               "and per-share amounts)")
    text = text.replace("| 300 | 299 | 301 | 298 |", "| 12,345,678 | 12,300,000 | 12,340,000 | 12,290,000 |")
    got = _facts(text)
    assert ("weighted_shares_diluted", Q09, 12_345_678_000.0, "shares") in got
    assert ("revenue", Q09, 1_200_000_000.0, "USD") in got
    near = text.replace("except number of shares, which are reflected in thousands, and per-share amounts",
                        "except number of shares and per-share amounts")
    assert ("weighted_shares_diluted", Q09, 12_345_678.0, "shares") in _facts(near)


def test_share_counts_printed_in_full_when_the_heading_excepts_them() -> None:
    text = _fixed().replace("(in thousands, except per share data)", "(in thousands, except share and per share data)")
    text = text.replace("       300       299", "   300,000   299,000")
    got = _facts(text)
    assert ("weighted_shares_diluted", Q09, 300_000.0, "shares") in got
    assert ("revenue", Q09, 1_200_000.0, "USD") in got


def test_rows_under_a_per_share_heading_are_per_share() -> None:
    """A reconciliation's rows under 'Diluted net income per share:' are per share: 0.21, never $210,000."""
    text = "\n".join(["RECONCILIATION OF GAAP TO NON-GAAP RESULTS", "(in thousands, except per share data)", "",
                      "|  | Three Months Ended June 30, | |", "| --- | --- | --- |", "|  | 2009 | 2008 |",
                      "| Net income | 150 | 120 |", "| Amortization of intangibles | 63 | 60 |",
                      "| Diluted net income per share: |  |  |", "| GAAP | $ 0.50 | $ 0.40 |",
                      "| Amortization of intangibles | 0.21 | 0.20 |", "| Non-GAAP | $ 0.71 | $ 0.60 |"]) + "\n"
    doc = parse_text("example.txt", text)
    amort = [(f.value, f.unit) for f in doc.figures if f.label.endswith("Amortization of intangibles")]
    assert (63_000.0, "USD") in amort and (0.21, "USD/share") in amort
    assert not [f for f in doc.figures if f.unit == "USD" and f.value in (210.0, 210_000.0)]


def _one_header(header: list[str], rows: list[list[str]], title: str) -> set[tuple]:
    lines = title.split("\n") + ["", "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    doc = parse_text("example.txt", "\n".join(lines) + "\n", excerpt=True)
    return {(f.label, f.period, f.value) for f in doc.figures if f.source == "table"}


STATEMENT = "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in millions)"


@pytest.mark.parametrize("years", [["2019", "2018"], ["2019 \u20acm", "2018 \u20acm"], ["FY19", "FY18"]])
def test_a_bare_year_column_is_the_fiscal_year_ending_in_it(years: list[str]) -> None:
    got = _one_header([""] + years, [["Revenue", "100", "90"]], STATEMENT)
    assert got == {("Revenue", Period(date(2019, 12, 31), 12), 100e6), ("Revenue", Period(date(2018, 12, 31), 12), 90e6)}


@pytest.mark.parametrize("header", [[["", "2019", "2018"], ["", "$ million", "$ million"]],
                                    [["", "Consolidated", ""], ["", "2019", "2018"], ["", "US$000", "US$000"]],
                                    [["", "Fiscal Years", ""], ["", "2019", "2018"]]])
def test_a_bare_year_with_units_or_a_group_over_it(header: list[list[str]]) -> None:
    lines = [STATEMENT, "", "| " + " | ".join(header[0]) + " |", "| --- | --- | --- |"]
    lines += ["| " + " | ".join(r) + " |" for r in header[1:]] + ["| Revenue | 100 | 90 |"]
    doc = parse_text("example.txt", "\n".join(lines) + "\n", excerpt=True)
    assert {(f.period, f.value) for f in doc.figures} == {(Period(date(2019, 12, 31), 12), 100e6),
                                                         (Period(date(2018, 12, 31), 12), 90e6)}


@pytest.mark.parametrize("years", [["2019 target", "2019 actual"], ["Budget 2019", "2018"]])
def test_a_year_a_word_qualifies_is_never_the_years_actual(years: list[str]) -> None:
    got = _one_header([""] + years, [["Revenue", "100", "90"]], STATEMENT)
    assert not [p for _, p, v in got if v == 100e6]


def test_a_bare_year_ends_at_the_fiscal_year_end_the_heading_names() -> None:
    got = _one_header(["", "2019", "2018"], [["Revenue", "100", "90"]],
                      "CONSOLIDATED STATEMENTS OF OPERATIONS\nFor the years ended June 30\n(in millions)")
    assert ("Revenue", Period(date(2019, 6, 30), 12), 100e6) in got


def test_a_bare_year_under_a_quarter_heading_is_never_a_year() -> None:
    got = _one_header(["", "2019", "2018"], [["Revenue", "100", "90"]],
                      "CONSOLIDATED STATEMENTS OF OPERATIONS\nThree Months Ended\n(in millions)")
    assert all(p.months != 12 for _, p, _ in got)


def test_a_bare_year_on_a_balance_sheet_is_the_balance_at_the_years_end() -> None:
    """As 'FY19' is the year: a balance under it stands at the year's end (the fiscal year's end, December when
    the release names none), never a flow over the year (parsers/balances.py)."""
    got = _one_header(["", "2019", "2018"], [["Total assets", "100", "90"]], "BALANCE SHEETS\n(in millions)")
    assert got == {("Total assets", Period(date(2019, 12, 31), 0), 100e6), ("Total assets", Period(date(2018, 12, 31), 0), 90e6)}


def test_a_date_in_one_cell_is_a_balance_date() -> None:
    got = _one_header(["", "December 31, 2019", "December 31, 2018"], [["Total assets", "100", "90"]],
                      "BALANCE SHEETS\n(in millions)")
    assert ("Total assets", Period(date(2019, 12, 31), 0), 100e6) in got


def test_quarter_and_year_to_date_columns() -> None:
    lines = [STATEMENT, "", "|  | Quarter | Year-to-Date |", "| --- | --- | --- |", "|  | June 30, 2009 | June 30, 2009 |",
             "| Revenue | 100 | 190 |"]
    doc = parse_text("example.txt", "\n".join(lines) + "\n", excerpt=True)
    got = {(f.period, f.value) for f in doc.figures}
    assert got == {(Q09, 100e6), (H09, 190e6)}


def test_segment_profit_by_named_quarters_with_change_columns() -> None:
    got = _one_header(["Profit by Segment", "First Quarter 2023", "First Quarter 2022", "$ Change", "% Change"],
                      [["Americas", "$ 251", "$ 200", "$ 51", "25.5 %"], ["Europe", "100", "90", "10", "11.1 %"]],
                      "SEGMENT RESULTS\n(in millions)")
    q1 = Period(date(2023, 3, 31), 3)
    assert ("Profit by Segment", q1, 251e6) in got and ("Profit by Segment", Period(date(2022, 3, 31), 3), 90e6) in got
    assert all(v not in (51e6, 10e6) for _, _, v in got)  # a change column is never a period's figure
    lines = ["SEGMENT RESULTS", "(in millions)", "",
             "| Profit by Segment | First Quarter 2023 | First Quarter 2022 | $ Change | % Change |",
             "| --- | --- | --- | --- | --- |", "| Americas | $ 251 | $ 200 | $ 51 | 25.5 % |",
             "| Total | $ 351 | $ 290 | $ 61 | 21.0 % |"]
    doc = parse_text("example.txt", "\n".join(lines) + "\n", excerpt=True)
    subjects = {(f.segment, f.value) for f in doc.figures if f.period == q1}
    assert ("Americas", 251e6) in subjects and ("", 351e6) in subjects  # a segment's, never the total


@pytest.mark.parametrize("label,unit", [
    ("Net income for diluted earnings per share calculation", "USD"),
    ("Denominator for FFO per diluted share", "shares"),
    ("Shares used in computing diluted EPS", "shares"),
    ("Diluted earnings per share", "USD/share"),
])
def test_a_row_for_a_per_share_calculation_is_its_input_not_the_ratio(label: str, unit: str) -> None:
    from parsers.rows import row_unit
    assert row_unit(label) == unit


def test_a_per_share_row_of_millions_is_not_read_as_per_share() -> None:
    """'Effect of EPS dilution of convertible notes | (2,781,818)': no per-share figure of millions."""
    text = _markdown().replace("| Diluted weighted average shares outstanding |",
                               "| Effect of EPS dilution of convertible notes | (2,781,818) | (2,781,818) | (2,781,818) "
                               "| (2,781,818) |\n| Diluted weighted average shares outstanding |")
    doc = parse_text("example.txt", text)
    assert not [f for f in doc.figures if f.unit == "USD/share" and abs(f.value) >= 1000]
    assert ("eps_diluted", Q09, 0.50, "USD/share") in _facts(text)


def test_fixed_width_groups_over_pairs_of_years() -> None:
    """'4Q' over the first two year columns and '12 Months' over the last two, each printed nearer one
    column than the other: every column gets its group (a '12 Months' column read as the quarter
    would state the year's figure as the quarter's)."""
    text = "\n".join(["Example Corp.", "Consolidated Statement of Operations (unaudited)",
                      "Three and Twelve Months Ended December 31, 2024 and 2023", "",
                      "                              4Q                       12 Months",
                      "                      2024          2023          2024          2023",
                      "                   ----------    ----------    ----------    ----------",
                      "      ($ in millions)",
                      "Net income         $     201.3   $     176.0   $     760.2   $     642.5", "", ""])
    got = _facts(text)
    assert ("net_income", Period(date(2024, 12, 31), 3), 201.3e6, "USD") in got
    assert ("net_income", Period(date(2024, 12, 31), 12), 760.2e6, "USD") in got
    assert ("net_income", Period(date(2024, 12, 31), 3), 760.2e6, "USD") not in got


def test_fixed_width_heading_above_the_column_headers_governs_the_rows() -> None:
    """'Net income per ordinary share:' printed above the column headers: 'Basic net earnings | 2.62'
    below is per share, never $2,620."""
    text = "\n".join(["CONSOLIDATED STATEMENTS OF INCOME", "(in thousands, except per share data)", "",
                      "Net income per ordinary share:", "",
                      "                     Year ended December 31,",
                      "                       2024         2023",
                      "Basic net earnings     2.62         1.76",
                      "Diluted net earnings   2.42         1.61", "",
                      "Weighted", "average", "number of", "shares", "outstanding:", "",
                      "Basic                 45,279       44,725", "", ""])
    got = _facts(text)
    fy24 = Period(date(2024, 12, 31), 12)
    assert ("eps_basic", fy24, 2.62, "USD/share") in got and ("eps_diluted", fy24, 2.42, "USD/share") in got
    assert ("weighted_shares_basic", fy24, 45_279_000.0, "shares") in got


def test_flattened_header_with_period_in_its_duration() -> None:
    """'Three Months Period Ended ... Nine Months Period Ended' on one flattened line: spans, never
    dates."""
    cells = ["Reconciliation of Net Income to EBITDA (Unaudited)", "Three Months Period Ended",
             "Nine Months Period Ended", "September 30, 2025", "September 30, 2024", "September 30, 2025",
             "September 30, 2024", "Net income (loss) $ 413,802 $ (3,295,629) $ (3,576,306) $ 669,019",
             "Interest expense 510,636 790,193 3,463,665 827,048", "Taxes 201,636 1,864,122 355,960 2,670,788",
             "EBITDA $ 5,053,035 $ 2,407,578 $ 11,507,751 $ 11,494,828"]
    doc = parse_text("example.txt", "Example Corp. third quarter 2025 results\n\n" + "   ".join(cells) + "\n",
                     excerpt=True)
    got = {(f.label, f.period, f.value) for f in doc.figures if f.source == "table"}
    assert ("EBITDA", Period(date(2025, 9, 30), 3), 5_053_035.0) in got
    assert ("EBITDA", Period(date(2024, 9, 30), 9), 11_494_828.0) in got
    assert all(p.months in (3, 9) for _, p, _ in got)


def test_cell_per_line_figures_cite_their_own_lines() -> None:
    """One cell a line: each figure's citation is the line its number stands on."""
    text = _cell_per_line()
    doc = parse_text("example.txt", text)
    lines = text.split("\n")
    figures = [f for f in doc.figures if f.source == "table"]
    assert figures and all(f.quote in lines[f.line - 1] for f in figures)
    assert all(lines[f.line - 1].strip().lstrip("$").strip() for f in figures)


def test_segment_rows_under_a_segment_heading_are_never_the_company_total() -> None:
    """'Revenue' under 'Americas' in a segment table is the Americas' revenue; the total row stays the total."""
    lines = ["SEGMENT INFORMATION", "(in millions)", "", "|  | Three Months Ended June 30, | |", "| --- | --- | --- |",
             "|  | 2009 | 2008 |", "| Americas |  |  |", "| Revenue | 700 | 600 |", "| Operating income | 70 | 60 |",
             "| Europe |  |  |", "| Revenue | 500 | 400 |", "| Total revenue | 1,200 | 1,000 |"]
    doc = parse_text("example.txt", "\n".join(lines) + "\n", excerpt=True)
    got = {(f.label, f.segment, f.value) for f in doc.figures if f.period == Q09}
    assert ("Revenue", "Americas", 700e6) in got and ("Revenue", "Europe", 500e6) in got
    assert ("Operating income", "Americas", 70e6) in got
    assert ("Total revenue", "", 1_200e6) in got
    assert not [f for f in doc.figures if f.label == "Revenue" and not f.product]


def test_fixed_width_weeks_header_with_both_dates_and_a_label_heading_on_the_year_line() -> None:
    """'For the 13 / Weeks Ended / July 4, 2009 and / June 28, 2008' over 'common share)  2009  2008':
    two 13-week quarters at their own dates and two 26-week spans."""
    text = "\n".join([
        "EXAMPLE CORP.", "CONSOLIDATED STATEMENTS OF EARNINGS", "",
        "                                   For the 13             For the 26",
        "                                   Weeks Ended            Weeks Ended",
        "(In thousands, except per        July 4, 2009 and       July 4, 2009 and",
        "                                   June 28, 2008          June 28, 2008",
        "common share)                    2009       2008        2009       2008",
        "                               --------   --------    --------   --------",
        "Net sales                      $ 81,240   $ 79,120    $160,400   $155,300",
        "Diluted earnings per share     $   0.35   $   0.33    $   0.69   $   0.64", "", ""])
    got = _facts(text)
    assert ("revenue", Period(date(2009, 7, 4), 3), 81_240_000.0, "USD") in got
    assert ("revenue", Period(date(2008, 6, 28), 3), 79_120_000.0, "USD") in got
    assert ("revenue", Period(date(2008, 6, 28), 6), 155_300_000.0, "USD") in got
    assert ("eps_diluted", Period(date(2009, 7, 4), 6), 0.69, "USD/share") in got


def test_adjustments_under_a_per_share_row_are_per_share() -> None:
    """A per-share reconciliation: 'GAAP EPS | 3.87', then 'Amortization | 0.33': per share, never $330,000."""
    text = "\n".join(["NON-GAAP RECONCILIATION", "($ in millions)", "",
                      "|  | Three Months Ended June 30, | |", "| --- | --- | --- |", "|  | 2009 | 2008 |",
                      "| GAAP net income per diluted share | $ 3.87 | $ 3.42 |",
                      "| Amortization of purchased intangible assets | 0.33 | 0.42 |",
                      "| Cash cost of production ($ per lb) | 1.57 | 2.07 |"]) + "\n"
    doc = parse_text("example.txt", text, excerpt=True)
    amort = {(f.value, f.unit) for f in doc.figures if f.label.startswith("Amortization")}
    assert amort == {(0.33, "USD/share"), (0.42, "USD/share")}
    assert all(f.unit != "USD/share" for f in doc.figures if "per lb" in f.label)


def test_a_row_that_states_its_own_scale_or_unit() -> None:
    text = "\n".join(["BACKLOG", "(in millions)", "", "|  | December 31, 2024 | December 31, 2023 |",
                      "| --- | --- | --- |", "| Value of contracts (in billions of euros) | 3.7 | 3.9 |",
                      "| In years of annual revenues | 3.1 | 3.5 |", "| Orders | 120 | 110 |"]) + "\n"
    doc = parse_text("example.txt", text, excerpt=True)
    got = {(f.label, f.value, f.unit) for f in doc.figures if f.period == Period(date(2024, 12, 31), 0)}
    assert ("Value of contracts (in billions of euros)", 3.7e9, "USD") in got
    assert ("In years of annual revenues", 3.1, "count") in got and ("Orders", 120e6, "USD") in got


def test_thousands_written_as_zeros() -> None:
    got = _one_header(["", "2024", "2023"], [["Total net sales", "25,670", "22,233"]], "SALES BY REGION\n(in 000's)")
    assert ("Total net sales", Period(date(2024, 12, 31), 12), 25_670_000.0) in got


def test_cells_padded_with_nbsp_keep_the_table_a_grid() -> None:
    """Cells padded with &nbsp; (a dozen each) made the exhibit look like markup the parser lost: it was
    read flat, one cell a line, and its tables were no grids."""
    pad = "&nbsp;" * 12
    rows = "".join(f"<tr><td><p>{pad}{label}{pad}</p></td><td><p>{pad}{a}{pad}</p></td><td><p>{pad}{b}{pad}</p></td></tr>"
                   for label, a, b in [("Revenue", "$ 1,200", "$ 1,000"), ("Net income", "150", "120")] * 10)
    html = (f"<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table><tr><td></td>"
            f"<td><p>{pad}Year Ended December 31, 2009{pad}</p></td><td><p>{pad}Year Ended December 31, 2008{pad}</p>"
            f"</td></tr>{rows}</table></body></html>")
    rendered = render_html(html)
    assert len(rendered.tables) == 1 and "Revenue | $ 1,200 | $ 1,000" in rendered.text
    got = _facts(rendered.text, "html", rendered.tables)
    assert ("revenue", Period(date(2009, 12, 31), 12), 1_200_000.0, "USD") in got


# One balance sheet in the layouts wire copies print it in: the same facts from each.
B24, B23 = Period(date(2024, 12, 31), 0), Period(date(2024, 6, 30), 0)
BALANCE_EXPECTED = {("cash", B24, 3_905_000.0, "USD"), ("cash", B23, 4_558_000.0, "USD"),
                    ("total_assets", B24, 150_487_000.0, "USD"), ("total_assets", B23, 147_901_000.0, "USD")}
BALANCE_TITLE = ["Example Corp. Reports Second Quarter Fiscal 2025 Results", "",
                 "CONDENSED CONSOLIDATED BALANCE SHEETS", "(in thousands)"]


def _balance_slash_dates() -> str:
    """Fixed width, the columns headed by dates with two-digit years ('12/31/24   06/30/24')."""
    return "\n".join(BALANCE_TITLE + [
        "                                                      Unaudited",
        "                                                       12/31/24   06/30/24",
        "Assets",
        "    Cash                                                $ 3,905    $ 4,558",
        "    Accounts receivable, net                             46,663     40,932",
        "    Total assets                                        150,487    147,901", "", ""])


def _balance_month_day_on_the_year_line() -> str:
    """Fixed width, a row heading and each column's month and day on the year line."""
    return "\n".join(BALANCE_TITLE + [
        "",
        "          ASSETS               December 31, 2024     June 30, 2024",
        "---------------------------   -------------------  ---------------------",
        "Cash                           $           3,905    $           4,558",
        "Accounts receivable, net                  46,663               40,932",
        "Total assets                             150,487              147,901", "", ""])


def _balance_day_under_its_month() -> str:
    """Fixed width, the month on one line and the day with the year on the next ('December' / '31, 2024')."""
    return "\n".join(BALANCE_TITLE + [
        "",
        "                               December        June",
        "                               31, 2024    30, 2024",
        "Cash                           $  3,905    $  4,558",
        "Accounts receivable, net         46,663      40,932",
        "Total assets                    150,487     147,901", "", ""])


def _balance_glued_flattened() -> str:
    """One flattened line whose row breaks were lost: each row's last figure runs into the next label."""
    line = ("December 31, 2024 June 30, 2024 ASSETS Current assets: Cash $ 3,905 $ 4,558Accounts receivable, net "
            "46,663 40,932Inventories 11,200 10,905Prepaid expenses 1,019 1,002Total current assets 62,787 "
            "57,397Property, net 87,700 90,504Total assets $ 150,487 $ 147,901LIABILITIES Accounts payable "
            "21,000 20,100Total liabilities 40,000 39,000")
    return "\n".join(BALANCE_TITLE + ["", line, ""])


def _balance_nbsp_flattened() -> str:
    """One flattened line padded with no-break spaces, '$' standing apart from its figure."""
    pad = "\u00a0 \u00a0"
    rows = [("Cash", "$" + "\u00a0" * 9 + "3,905", "$" + "\u00a0" * 9 + "4,558"), ("Accounts receivable, net", "46,663", "40,932"),
            ("Inventories", "11,200", "10,905"), ("Prepaid expenses", "1,019", "1,002"),
            ("Total current assets", "62,787", "57,397"), ("Property, net", "87,700", "90,504"),
            ("Total assets", "$" + "\u00a0" * 9 + "150,487", "$" + "\u00a0" * 9 + "147,901"),
            ("Accounts payable", "21,000", "20,100"), ("Total liabilities", "40,000", "39,000")]
    line = pad.join(["December 31,", "June 30,", "2024", "2024", "(UNAUDITED)", "ASSETS"] + [pad.join(r) for r in rows])
    return "\n".join(BALANCE_TITLE + ["", line, ""])


def _balance_dates_above_flattened() -> str:
    """One flattened line with no headings of its own, each column's date on a short line above it."""
    line = _balance_glued_flattened().split("\n")[-2].replace("December 31, 2024 June 30, 2024 ", "")
    line += "Total equity 110,487 108,901Total liabilities and equity 150,487 147,901"
    return "\n".join(BALANCE_TITLE[:3] + ["CONDENSED CONSOLIDATED BALANCE SHEETS (in thousands)   As of December 31, 2024 "
                                          "(Unaudited)", "", "As of June 30, 2024 (Audited)", "", line, ""])


def _balance_whole_dates_one_cell_a_line() -> str:
    """One cell a line, blank lines between, each column headed by its whole date ('December 31, 2024')."""
    cells = ["As of", "As of", "December 31, 2024", "June 30, 2024", "ASSETS", "Current assets:",
             "Cash", "$", "3,905", "$", "4,558", "Accounts receivable, net", "46,663", "40,932",
             "Total assets", "$", "150,487", "$", "147,901"]
    return "\n\n".join(BALANCE_TITLE + cells) + "\n"


@pytest.mark.parametrize("layout", [_balance_slash_dates, _balance_month_day_on_the_year_line, _balance_day_under_its_month,
                                    _balance_glued_flattened, _balance_whole_dates_one_cell_a_line, _balance_nbsp_flattened,
                                    _balance_dates_above_flattened])
def test_one_balance_sheet_in_every_wire_layout(layout) -> None:
    got = _facts(layout())
    assert BALANCE_EXPECTED <= got, sorted(BALANCE_EXPECTED - got, key=str)
    assert {p for _, p, _, _ in got} <= {B24, B23}


def test_fixed_width_span_in_the_row_heading_of_the_year_line() -> None:
    """'Six months ended December 31   2023   2024   Change (%)': two six-month spans."""
    text = "\n".join(["Extract from the consolidated income statement (EUR millions)", "",
                      " Six months ended December 31                      2023     2024    Change (%)",
                      "------------------------------------------------  -------  -------  ----------",
                      " Revenues                                          572.6    606.2      5.9%",
                      " Operating expenses                               (207.0)  (271.3)    31.1%", "", ""])
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", text).figures if f.source == "table"}
    assert ("Revenues", Period(date(2024, 12, 31), 6), 606.2e6) in got
    assert ("Revenues", Period(date(2023, 12, 31), 6), 572.6e6) in got


def test_gross_sales_above_net_sales_are_a_part_never_the_top_line() -> None:
    """'Sales', 'Excise taxes', 'Net sales' (a lead-in 'For the' split from 'three months' over its
    columns): the top line is net sales; the gross row is kept as a part, and every column its span."""
    text = "\n".join(["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "",
                      "(In millions,", "except per",
                      "share data)       For the three months",
                      "(Unaudited)              ended             For the years ended",
                      "---------------  ----------------------  ------------------------",
                      "                  December    December    December   December 31,",
                      "                  31, 2024    31, 2023    31, 2024       2023",
                      "                 ----------  ----------  ----------  ------------",
                      "Sales            $ 3,243.6   $ 3,333.1   $13,734.3   $13,884.6",
                      "Excise taxes        (508.0)     (542.3)   (2,107.3)   (2,182.5)",
                      "  Net sales        2,735.6     2,790.8    11,627.0    11,702.1", "", ""])
    doc = parse_text("example.txt", text)
    got = {(f.label, f.period, f.value, f.qualifier) for f in doc.figures if f.source == "table"}
    assert ("Net sales", Period(date(2024, 12, 31), 3), 2_735.6e6, "") in got
    assert ("Net sales", Period(date(2023, 12, 31), 12), 11_702.1e6, "") in got
    assert ("Sales", Period(date(2024, 12, 31), 3), 3_243.6e6, "gross") in got
    assert all(f.period.months for f in doc.figures if f.source == "table")  # no column read as a date


@pytest.mark.parametrize("header", [["For the year ended", "2019", "2018"], ["$ million", "2019", "2018"],
                                    ["USDm", "2019", "2018"], ["SALES", "2019", "2018"],
                                    ["FOR THE YEAR ENDED DECEMBER 31", "2019", "2018"]])
def test_a_year_row_with_a_row_heading_is_the_column_heading(header: list[str]) -> None:
    """'For the year ended | 2019 | 2018', '$ million | 2019 | 2018', 'SALES | 2019 | 2018': the years
    head the columns; they are never a row of amounts 2,019 and 2,018."""
    got = _one_header(header, [["Revenue", "100", "90"]], "CONSOLIDATED STATEMENTS OF OPERATIONS")
    assert {(l, p.end.year, p.months) for l, p, _ in got} == {("Revenue", 2019, 12), ("Revenue", 2018, 12)}


def test_a_span_in_the_row_heading_cell_of_the_date_row() -> None:
    """'Years Ended | July 27, 2019 | July 28, 2018': two years, never two dates."""
    got = _one_header(["Years Ended", "July 27, 2019", "July 28, 2018"], [["Cost of sales", "$624", "$640"]],
                      "(in millions)")
    assert ("Cost of sales", Period(date(2019, 7, 27), 12), 624e6) in got
    assert ("Cost of sales", Period(date(2018, 7, 28), 12), 640e6) in got


def test_rows_that_finish_their_heading_carry_it() -> None:
    """'Net cash provided by (used in):' over 'Operating activities': the row is operating cash flow."""
    doc = parse_text("example.txt", "\n".join(["CASH FLOWS", "(In thousands)", "", "|  | 2019 | 2018 |", "| --- | --- | --- |",
                                                "| Net cash provided by (used in): |  |  |",
                                                "| Operating activities | $7,241 | $6,874 |",
                                                "| Investing activities | (5,534) | (15,085) |"]) + "\n", excerpt=True)
    got = {(canonical_metric(f.label, f.section, f.unit), f.period.end.year, f.value) for f in doc.figures}
    assert ("operating_cash_flow", 2019, 7_241_000.0) in got and ("operating_cash_flow", 2018, 6_874_000.0) in got


def test_fixed_width_wrapped_labels_headings_and_share_counts() -> None:
    """A label wrapped one space in ('Earnings per share of Class' / ' A common stock, basic') is one
    label; 'Weighted-average common' / 'shares outstanding:' heads 'Basic' and 'Diluted', which are
    share counts in thousands, never dollars."""
    text = "\n".join([
        "Consolidated Statements of Income", "(amounts in thousands, except per share data)", "",
        "                               Three Months Ended       Year Ended",
        "                                  December 31,          December 31,",
        "                                2024        2023       2024       2023",
        "Net income attributable to",
        " Example Corp.                $ 46,588    $ 56,299  $ 154,051  $ 176,004",
        "Earnings per share of Class",
        " A common stock, basic        $   0.79    $   0.97  $    2.61  $    3.04",
        "Weighted-average common",
        "shares outstanding:",
        "Basic                           59,136      58,053     59,025     57,875",
        "Diluted                        103,536     103,139    103,666    103,217", "", ""])
    got = {(f.label, f.period.months, f.period.end.year, f.value, f.unit) for f in parse_text("example.txt", text).figures
           if f.source == "table"}
    assert ("Earnings per share of Class A common stock, basic", 3, 2024, 0.79, "USD/share") in got
    assert ("Weighted-average common shares outstanding Diluted", 3, 2024, 103_536_000.0, "shares") in got
    assert not [g for g in got if g[0].endswith(("Basic", "Diluted")) and g[4] != "shares"]


def test_a_bare_dilution_row_of_whole_numbers_without_a_heading_is_not_read() -> None:
    """'Basic | 59,136' with no heading over it: a share count or an amount, which is not known."""
    got = _one_header(["", "2024", "2023"], [["Revenue", "1,000", "900"], ["Basic", "59,136", "58,053"]], STATEMENT)
    assert {l for l, _, _ in got} == {"Revenue"}


def test_fixed_width_quarter_and_fiscal_year_tokens() -> None:
    """'Q1 FY2025  Q4 FY2024  Q1 FY2024  FY2024': three quarters and a fiscal year."""
    text = "\n".join(["Selected Financial Information", "(in 000's)", "",
                      "                                 Q1 FY2025  Q4 FY2024  Q1 FY2024  FY2024",
                      "Revenue                            $21,713    $28,834    $20,124   $90,310",
                      "Net income (loss)                   $1,426   ($2,633)   ($7,202)  ($4,952)", "", ""])
    doc = parse_text("example.txt", "Example Corp. (fiscal year ends September 30)\n\n" + text)
    got = {(f.label, f.period.months, f.value) for f in doc.figures if f.source == "table"}
    assert ("Revenue", 3, 21_713_000.0) in got and ("Revenue", 12, 90_310_000.0) in got
    assert ("Net income (loss)", 3, -7_202_000.0) in got


def test_fixed_width_footnote_marks_and_a_heading_over_indented_rows() -> None:
    """'Weighted average' / 'shares' / 'outstanding:' over ' Basic' and ' Diluted' (one space in), and a
    footnote mark '(1)' after a figure: share counts printed in full, every column read."""
    text = "\n".join([
        "Consolidated Statements of Income", "(in thousands, except per share data)", "",
        "                     Three Months Ended         Year Ended",
        "                        December 31,           December 31,",
        "                     2024          2023        2024          2023",
        "Weighted average",
        "shares",
        "outstanding:",
        " Basic              186,449,345   181,425,202  183,688,562   181,200,040",
        " Diluted            186,833,150   181,932,133  184,043,841   181,689,723",
        "Net earnings per share:",
        " Diluted           $       0.52  $  0.53  (1)  $    2.15  $    2.16  (1)", "", ""])
    got = {(f.label, f.period.months, f.period.end.year, f.value, f.unit) for f in parse_text("example.txt", text).figures
           if f.source == "table"}
    assert ("Weighted average shares outstanding Diluted", 12, 2023, 181_689_723.0, "shares") in got
    assert ("Net earnings per share Diluted", 3, 2023, 0.53, "USD/share") in got
    assert ("Net earnings per share Diluted", 12, 2024, 2.15, "USD/share") in got


def test_a_cell_stream_table_headed_by_whole_dates_after_another_table() -> None:
    """One cell a line: an income statement, then a balance sheet headed 'June 30, 2009' / 'December 31,
    2008': the balance sheet starts a table of its own, never rows of the statement above it."""
    text = _cell_per_line() + "\n".join(["CONDENSED CONSOLIDATED BALANCE SHEETS", "(in thousands)", "June 30, 2009",
                                         "December 31, 2008", "Cash and cash equivalents", "$", "155,294", "$", "173,090",
                                         "Total assets", "166,672", "184,003"]) + "\n"
    got = _facts(text)
    assert EXPECTED <= got
    assert ("total_assets", Period(date(2009, 6, 30), 0), 166_672_000.0, "USD") in got
    assert ("total_assets", Period(date(2008, 12, 31), 0), 184_003_000.0, "USD") in got


@pytest.mark.parametrize("head", [
    [["", "December31,", "December31,"], ["", "2019", "2018"]],  # the month glued to its day
    [["\u20ac million", "31/12/2019", "31/12/2018"]],  # day first
    [["December 31,", "", ""], ["(in thousands)", "2019", "2018"]],  # the month and day in the row-heading cell
])
def test_balance_sheet_dates_in_every_header_style(head: list[list[str]]) -> None:
    lines = ["BALANCE SHEET DATA", "(in thousands)", ""]
    for k, row in enumerate(head):
        lines.append("| " + " | ".join(row) + " |")
        if k == 0:
            lines.append("|" + " --- |" * len(row))
    lines += ["| Inventories | 3,445 | 2,969 |", "| Total assets | 50,000 | 45,000 |"]
    doc = parse_text("example.txt", "\n".join(lines) + "\n", excerpt=True)
    got = {(f.label, f.period, f.value) for f in doc.figures if f.source == "table"}
    assert ("Total assets", Period(date(2019, 12, 31), 0), 50_000_000.0) in got
    assert ("Inventories", Period(date(2018, 12, 31), 0), 2_969_000.0) in got


def test_fixed_width_month_day_and_year_on_three_lines() -> None:
    """'Dec.' / '31,' / '2024' stacked over each column under 'Three months ended', with '$ Change' and
    '% Change' columns: three-month and six-month spans ending December 31."""
    text = "\n".join(["RECONCILIATION OF ADJUSTED EARNINGS", "",
                      "                   Three months ended                  Six months ended",
                      "                   Dec.    Dec.                        Dec.    Dec.",
                      "                   31,     31,                         31,     31,",
                      "(in millions of    2024    2023    $ Change  % Change  2024    2023    $ Change  % Change",
                      "Canadian",
                      "dollars)",
                      "",
                      "Net earnings        $ 7.9    7.3      $ 0.6       8 %  $ 17.2   14.8      $ 2.4      16 %", "", ""])
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", text).figures if f.source == "table"}
    assert ("Net earnings", Period(date(2024, 12, 31), 3), 7.9e6) in got
    assert ("Net earnings", Period(date(2023, 12, 31), 6), 14.8e6) in got


def test_fixed_width_hyphenated_spans_over_slash_dates() -> None:
    """'6-Months Ended  3-Months Ended' over '12/31/24  12/31/23' columns: two spans, each at its date."""
    text = "\n".join(["Condensed Consolidated Results of Operations (in thousands, except per share data)", "",
                      "                     Unaudited       Unaudited       Unaudited       Unaudited",
                      "                6-Months Ended  6-Months Ended  3-Months Ended  3-Months Ended",
                      "                      12/31/24        12/31/23        12/31/24        12/31/23",
                      "",
                      "Revenues             $ 186,336       $ 179,438        $ 92,711        $ 91,364",
                      "Cost of Sales          129,959         127,340          65,189          64,958", "", ""])
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", text).figures if f.source == "table"}
    assert ("Revenues", Period(date(2024, 12, 31), 6), 186_336_000.0) in got
    assert ("Revenues", Period(date(2023, 12, 31), 3), 91_364_000.0) in got


def test_a_scale_stated_by_a_row_heading_inside_the_table() -> None:
    """'Financial Performance(in 000's, / except per share amounts)' under a row of ounces: the ounces are
    a quantity, the rows below the heading are in thousands, and '000' is no figure."""
    text = "\n".join(["Selected Operational and Financial Information", "",
                      "                                 Q3 2024    Q2 2024    Q3 2023",
                      "Gold Equivalent Ounces produced     9,694     11,862      9,550",
                      "Financial Performance(in 000's,",
                      "except per share amounts)",
                      "Revenue                            $21,713    $28,834    $20,124",
                      "Net income (loss) per share          $0.01    ($0.02)    ($0.05)", "", ""])
    got = {(f.label, f.period.end.month, f.value, f.unit) for f in parse_text("example.txt", text).figures
           if f.source == "table" and f.period.end.year == 2024}
    assert ("Revenue", 9, 21_713_000.0, "USD") in got and ("Revenue", 6, 28_834_000.0, "USD") in got
    assert ("Gold Equivalent Ounces produced", 9, 9_694.0, "count") in got
    assert ("Net income (loss) per share", 6, -0.02, "USD/share") in got
    assert not [g for g in got if g[2] == 0.0]


def test_a_repeated_year_row_under_span_headings_is_the_column_heading() -> None:
    """'Operating Results | 2024 | 2023 | 2024 | 2023' under 'For the Three Months Ended' and 'For the Year
    Ended': four columns of two spans, never a row of amounts."""
    lines = ["|  | For the Three Months Ended | |  | For the Year Ended | |", "| --- | --- | --- | --- | --- | --- |",
             "|  | December 31, | |  | December 31, | |",
             "| Operating Results | 2024 | 2023 | 2024 | 2023 |",
             "| Net interest income | 241 | 347 | 1,236 | 1,306 |"]
    doc = parse_text("example.txt", "\n".join(["(in millions)", ""] + lines) + "\n", excerpt=True)
    got = {(f.label, f.period, f.value) for f in doc.figures if f.source == "table"}
    assert ("Net interest income", Period(date(2024, 12, 31), 3), 241e6) in got
    assert ("Net interest income", Period(date(2023, 12, 31), 12), 1_306e6) in got


@pytest.mark.parametrize("total, named", [("774", False), ("150", True)])
def test_a_bare_total_is_its_headings_only_when_it_adds_up(total: str, named: bool) -> None:
    """'Operating expenses' / rows / 'Total': the total of the heading only when it is the sum of the
    heading's rows; a total of the whole table (624 + 150) is never 'Total operating expenses'."""
    got = _one_header(["Years Ended", "July 27, 2019", "July 28, 2018"],
                      [["Cost of sales", "$624", "$640"], ["Operating expenses", "", ""],
                       ["Amortization of purchased intangible assets", "150", "221"],
                       ["Restructuring and other charges", "—", "—"], ["Total", f"${total}", "$861"]], "(in millions)")
    labels = {l for l, p, _ in got if p.end.year == 2019}
    assert ("Total operating expenses" in labels) is named and ("Total" in labels) is not named


def test_an_excerpts_share_roll_forward_is_never_scaled_by_its_money_caption() -> None:
    """'(in thousands, except for share and per share data)' stated apart from a table that 'A roll forward
    of common shares outstanding is as follows:' introduces: its counts are not thousands of dollars."""
    text = "\n".join(["|  | As of December 31, |  |", "| --- | --- | --- |", "|  | 2019 | 2018 |",
                      "| Balance at beginning of the year | 32,750,727 | 32,938,466 |", "| Repurchases | (420,770) | (342,100) |",
                      "", "NOTES (in thousands, except for share and per share data)",
                      "A roll forward of common shares outstanding is as follows:"]) + "\n"
    doc = parse_text("example.txt", text, excerpt=True)
    assert {f.value for f in doc.figures if f.label == "Repurchases"} == {-420_770.0, -342_100.0}


def test_prose_before_a_cell_per_line_table_stays_prose() -> None:
    """A heading naming a quarter ('Second Quarter Results') and a paragraph above a table copied one cell
    a line: the paragraph's amounts are still read as prose, and the table's scale ('U.S. dollars in
    thousands', a cell of its own) applies to its cells."""
    prose = ["Second Quarter Results", "", "Net income for the second quarter of 2009 increased $30,000 to $150,000 "
             "compared to net income of $120,000 for the second quarter of 2008, and the board declared a dividend "
             "of $0.10 per share payable on August 15, 2009 to holders of record.", ""]
    text = _cell_per_line_spaced().replace("(in thousands, except per share data)", "U.S. dollars in thousands")
    lines = text.split("\n")
    at = lines.index("CONSOLIDATED STATEMENTS OF OPERATIONS")
    doc = parse_text("example.txt", "\n".join(lines[:at] + prose + lines[at:]))
    assert [f for f in doc.figures if f.source == "narrative" and f.value == 120_000.0]
    assert ("revenue", Q09, 1_200_000.0, "USD") in {(canonical_metric(f.label, f.section, f.unit), f.period, f.value, f.unit)
                                                    for f in doc.figures if f.source == "table"}


CENTRED_GROUPS = """Summary of results
```
                          Three Months Ended                     Year Ended
(millions)     Dec 31 2024   Sep 30 2024   Dec 31 2023   Dec 31 2024   Dec 31 2023
-------------  ------------  ------------  ------------  ------------  ------------
Net earnings   $       26.9  $       34.5  $       47.2   $     161.0   $     266.7
```
"""


def test_a_centred_group_heading_takes_the_columns_nearest_it():
    """'Three Months Ended' centred over three date columns covers only the middle one by position: the
    first joins it (never an instant beside two quarters), and the fourth joins 'Year Ended', never
    giving the year's figure to the quarter."""
    got = {(p, v) for m, p, v, _ in _facts(CENTRED_GROUPS) if m == "net_income"}
    q4, fy = Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 12)
    assert got == {(q4, 26.9e6), (Period(date(2024, 9, 30), 3), 34.5e6), (Period(date(2023, 12, 31), 3), 47.2e6),
                   (fy, 161e6), (Period(date(2023, 12, 31), 12), 266.7e6)}


def test_fixed_width_title_centred_over_the_columns_and_a_span_without_ended() -> None:
    """A company name, statement name and scale note centred over the columns right above the header
    are the table's title, never the first column's heading; 'Three Months December 31,' (no 'Ended')
    on the stub's line heads both year columns: the comparative column is read too."""
    text = "\n".join(["Selected Results", "",
                      "                          ACME WIDGETS, INC.",
                      "              CONDENSED CONSOLIDATED FINANCIAL INFORMATION",
                      "               (in thousands, except per share amounts)",
                      "OPERATING SUMMARY          Three Months December 31,",
                      "---------------------  ----------------------------------",
                      "                          2024                 2023",
                      "                     --------------       ---------------",
                      "Revenue              $       2,500    $            3,551",
                      "Net loss             $    (173,085)   $         (132,864)", "", ""])
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", text).figures if f.source == "table"}
    assert ("Revenue", Period(date(2024, 12, 31), 3), 2_500_000.0) in got
    assert ("Revenue", Period(date(2023, 12, 31), 3), 3_551_000.0) in got
    assert ("Net loss", Period(date(2023, 12, 31), 3), -132_864_000.0) in got


@pytest.mark.parametrize("quarters", [["First", "Quarter", "Second", "Quarter"], ["1st Quarter", "2nd Quarter"],
                                      ["First Quarter", "Second-Quarter"]])
def test_cell_stream_quarter_columns_in_every_ordinal_spelling(quarters: list[str]) -> None:
    """Quarter columns of a table flattened to `|` cells ('First' / 'Quarter', '1st Quarter', 'Second-Quarter')
    under the year: the ordinals of parsers/periods.py, each column its quarter."""
    lines = ["Quarterly Results (in thousands)", "", "| 2009 |", "| " + " | ".join(quarters) + " |",
             "| Revenue | $ | 1,200 | $ | 1,300 |", "| Net income | 150 | 160 |"]
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", "\n".join(lines) + "\n").figures
           if f.source == "table"}
    assert ("Revenue", Period(date(2009, 3, 31), 3), 1_200_000.0) in got
    assert ("Net income", Period(date(2009, 6, 30), 3), 160_000.0) in got


@pytest.mark.parametrize("scale, factor", [("(In EUR'000s, except per share data)", 1e3), ("(USD 000)", 1e3),
                                           ("(in \u00a3'000)", 1e3), ("(in thousands of euros)", 1e3)])
def test_a_statement_in_another_currency_its_scale_and_signed_per_share_cells(scale: str, factor: float) -> None:
    """A wire copy of a euro statement: its scale a currency code or sign before '000, per-share cells
    printed '\u20ac (0.64' | ')' (the sign as '$' is, the parenthesis in a cell of its own): the amounts
    scaled, the loss per share read as minus 0.64."""
    text = "\n".join(["Consolidated Statement of Profit or (Loss) " + scale, "",
                      "|  | Three Months Ended December 31, | | | |", "| --- | --- | --- | --- | --- |",
                      "|  | 2024 | | 2023 | |",
                      "| Revenue | 173,916 |  | 137,703 |  |",
                      "| Net loss for the period | (38,469 | ) | (86,878 | ) |",
                      "| Diluted loss per share | \u20ac (0.64 | ) | \u20ac (1.54 | ) |", ""])
    got = {(f.label, f.period, f.value) for f in parse_text("example.md", text).figures if f.source == "table"}
    assert ("Revenue", Q4_24, 173_916 * factor) in got
    assert ("Net loss for the period", Q4_23, -86_878 * factor) in got
    assert ("Diluted loss per share", Q4_24, -0.64) in got


Q4_24, Q4_23 = Period(date(2024, 12, 31), 3), Period(date(2023, 12, 31), 3)


def test_cell_stream_row_followed_by_an_unlabelled_total() -> None:
    """One cell a line: 'Fixed assets, net | 461 | 598' then the unlabelled total of the group '2,263 | 5,558'
    before the next label. The labelled row takes its own two figures (the columns its rows confirm); the
    unlabelled total is not given a label it does not print."""
    cells = ["CONSOLIDATED BALANCE SHEETS (in thousands)", "December 31,", "2023", "2022",
             "Cash", "$", "1,000", "$", "900", "Inventories", "502", "4,060", "Other assets", "300", "0",
             "Fixed assets, net", "461", "598", "2,263", "5,558", "Total assets", "$", "4,065", "$", "10,156"]
    got = {(f.label, f.period.end.year, f.value) for f in parse_text("example.txt", "\n".join(cells) + "\n").figures
           if f.source == "table"}
    assert ("Fixed assets, net", 2023, 461_000.0) in got and ("Fixed assets, net", 2022, 598_000.0) in got
    assert ("Total assets", 2022, 10_156_000.0) in got
    assert not any(v in (2_263_000.0, 5_558_000.0) for _, _, v in got)


def test_a_dash_in_a_per_share_row_keeps_the_rows_under_it_per_share() -> None:
    """A table copied as `|` cells: 'Net Income Per Share' / 'Basic' / 'Continuing Operations | $ | 0.35 ...' /
    'Discontinued Operations | — | 0.02' / 'Total Operations | $ | 0.35 ...': the dash is nil per share, and the
    total under it stays per share — never 0.35 scaled to $350 by the table's thousands."""
    lines = ["Consolidated Statements of Income", "(in thousands, except per share data)", "|2002 |2001 |",
             "Revenue |$ |92,021 |$ |92,915 |",
             "Net Income Per Share |", "Basic |",
             "Continuing Operations |$ |0.35 |$ |0.41 |",
             "Discontinued Operations |\u2014 |0.02 |",
             "Total Operations |$ |0.35 |$ |0.43 |",
             "Diluted |",
             "Continuing Operations |$ |0.34 |$ |0.40 |",
             "Discontinued Operations |\u2014 |0.02 |",
             "Total Operations |$ |0.34 |$ |0.42 |", ""]
    got = {(f.label, f.period.end.year, f.value, f.unit) for f in parse_text("example.txt", "\n".join(lines)).figures
           if f.source == "table" and f.label.endswith("Operations")}
    assert {(v, u) for l, _, v, u in got if "Total" in l} == {(0.35, "USD/share"), (0.43, "USD/share"),
                                                             (0.34, "USD/share"), (0.42, "USD/share")}, got
    assert all(u == "USD/share" for *_, u in got), got


def test_dollars_and_cents_in_a_table_in_thousands_are_never_thousands() -> None:
    """Fixed width, 'Net income per share' / 'Basic' over rows printed flush left (no indent ties them to the
    heading), and a per-share adjustment '0.01' in a reconciliation in thousands: a table in thousands prints no
    fraction of a thousand, so no row of dollars and cents becomes $350 or $10 — the amounts still are read."""
    text = "\n".join([
        "Consolidated Statements of Income", "(in thousands, except per share data)", "",
        "                                 Three Months Ended",
        "                                 March 31,   June 30,",
        "                                   2002        2002",
        "Revenue                         $ 92,021    $ 92,915",
        "Net income per share",
        "Basic",
        "Continuing operations           $   0.35    $   0.41",
        "Discontinued operations               -        0.02",
        "Total operations                $   0.35    $   0.43",
        "Professional services               0.01        0.00", "", ""])
    got = [f for f in parse_text("example.txt", text).figures if f.source == "table"]
    assert {f.value for f in got if f.label == "Revenue"} == {92_021_000.0, 92_915_000.0}
    assert not [f for f in got if f.unit == "USD" and f.label != "Revenue" and f.value], \
        [(f.label, f.value) for f in got]


@pytest.mark.parametrize("statement_revenue, scaled", [("1,039.2", True), ("1,139.2", False)])
def test_a_summary_stating_no_scale_takes_the_scale_of_the_statement_it_repeats(statement_revenue: str,
                                                                                  scaled: bool) -> None:
    """A summary table at the top of a release states no scale ('Revenues $ 1,039'); the statement below,
    'in millions', prints the same rows ('Revenues $ 1,039.2'). Rows that agree at one scale put the summary
    in it — never $1,039 beside $1,039.2 million; a row that agrees at no scale leaves the summary as printed."""
    head = ["                    Three Months Ended", "                  Dec 31 2024   Dec 31 2023"]
    text = "\n".join(["Example Corp. Reports Fourth Quarter 2024 Results", ""] + head + [
        "Revenues          $  1,039      $  1,019",
        "Net Income              27            47", "", "",
        "CONSOLIDATED STATEMENTS OF EARNINGS", "(in millions)", ""] + head + [
        f"Revenues          $  {statement_revenue}    $  1,019.3",
        "Net Income             27.1          46.8", "", ""])
    got = {(f.line, f.label, f.period.end.year, f.value) for f in parse_text("example.txt", text).figures
           if f.source == "table"}
    summary = {v for line, label, year, v in got if line < 8 and label == "Revenues" and year == 2024}
    assert summary == ({1_039_000_000.0} if scaled else {1_039.0}), got


def test_the_row_a_reconciliation_starts_from_is_as_reported() -> None:
    """'Net earnings', its adjustments, then 'Adjusted net earnings' in a reconciliation: the row the adjusted
    figure is reconciled from is the figure as reported (GAAP); the adjustments stay reconciling items."""
    text = "\n".join(["RECONCILIATION OF ADJUSTED NET EARNINGS (in millions)", "",
                      "                                Three months ended",
                      "                                   December 31,",
                      "                                 2024        2023",
                      "Net earnings                  $   7.9     $   7.3",
                      "Adjustments:",
                      "  Transaction costs               -         0.5",
                      "Adjusted net earnings         $   7.9     $   7.8", "", ""])
    doc = parse_text("example.txt", text)
    basis = {(f.label, f.qualifier) for f in doc.figures if f.source == "table" and f.period.end.year == 2023}
    assert ("Net earnings", "") in basis and ("Adjusted net earnings", "non-gaap") in basis, basis
    assert not [b for label, b in basis if label.endswith("Transaction costs") and b == ""], basis


def test_list_marks_before_dilution_rows_and_a_day_with_its_ordinal_suffix() -> None:
    """'Weighted average number of shares' over '-Basic' / '-Diluted' (a list's dash run into the word), under
    'Quarters Ended December 31st,': share counts of each period, never 'other' rows or unread columns."""
    text = "\n".join(["Consolidated Statements of Income", "",
                      "|  | Quarters Ended December 31st, | | Year Ended December 31st, | |",
                      "| --- | --- | --- | --- | --- |", "|  | 2024 | 2023 | 2024 | 2023 |",
                      "| Net Income | 3,917,661 | 6,463,943 | 50,157,772 | 71,134,002 |",
                      "| Weighted average number of shares | | | | |",
                      "| -Basic | 32,729,505 | 23,566,153 | 29,933,920 | 18,601,539 |",
                      "| -Diluted | 34,704,542 | 23,566,153 | 33,008,816 | 22,933,671 |", ""])
    got = {(canonical_metric(f.label, f.section, f.unit), f.period, f.value)
           for f in parse_text("example.md", text).figures if f.source == "table"}
    assert ("weighted_shares_diluted", Q4_24, 34_704_542.0) in got, got
    assert ("weighted_shares_basic", Period(date(2023, 12, 31), 12), 18_601_539.0) in got, got


def test_fixed_width_hyphen_ending_a_wrapped_label_and_a_note_under_the_rows() -> None:
    """'Accounts receivable -' / '  tenants, net   106,416   82,954': the dash ends the label's first line,
    left of every column — no nil figure of 'Accounts receivable'; a note under the rows ('(4) Sales by country
    include countries of more than 5% of sales ...') is no row, and a web address's digits are no figure."""
    text = "\n".join([
        "                        Consolidated Balance Sheet",
        "                             (in thousands)",
        "                        December 31, 2024        December 31, 2023",
        "                        -----------------        -----------------",
        " Cash held in escrows                   -                    3,617",
        " Accounts receivable -",
        "  tenants, net                    106,416                   82,954",
        "(4) Sales by country include countries representing more than 5% of total sales in the period",
        "View source version on example.com: https://www.example.com/news/home/20250213055647/en/", "", ""])
    got = {(f.label, f.period.end.year, f.value) for f in parse_text("example.txt", text).figures
           if f.source == "table"}
    assert ("Accounts receivable - tenants, net", 2024, 106_416_000.0) in got, got
    assert not [g for g in got if g[0] in ("Accounts receivable", "tenants, net") or g[2] in (5.0, 5_000.0)
                or g[2] > 1e12], got


def test_flattened_cash_flow_headed_by_dates_alone_is_the_year_to_date() -> None:
    """A third-quarter release's cash-flow statement flattened onto one line, its header 'For the Period Ended
    September 30, 2024 2023' with the second year run into the first heading ('2023CASH FLOWS'): both years
    are read, and each column is the nine months to date — never flows at an instant."""
    rows = [("Net (loss) income", "$ (3,970,781)", "$ 9,717,744"), ("Depreciation and amortization", "23,405", "64,285"),
            ("Stock-based compensation", "1,204,112", "1,530,101"), ("Accounts receivable", "(101,532)", "512,000"),
            ("Net cash used in operating activities", "(2,418,355)", "(1,200,310)"),
            ("Purchases of marketable securities", "(10,500,000)", "(20,120,000)"),
            ("Net cash provided by investing activities", "4,300,000", "8,900,000"),
            ("Repurchases of common stock", "(1,000,000)", "(2,000,000)"), ("Net cash used in financing activities",
                                                                          "(1,000,000)", "(2,000,000)"),
            ("Net increase in cash", "881,645", "5,699,690"), ("Cash at beginning of period", "1,826,043", "2,001,300"),
            ("Cash at end of period", "2,707,688", "7,700,990")]
    line = ("EXAMPLE CORP. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)      For the Period Ended "
            "September 30,    2024   2023CASH FLOWS FROM OPERATING ACTIVITIES:   " +
            "   ".join(f"{label}   {a}   {b}" for label, a, b in rows))
    text = "\n".join(["Example Corp. Reports Third Quarter 2024 Results", "",
                      "NEW YORK, Nov. 12, 2024 -- Example Corp. today reported results for the third quarter ended "
                      "September 30, 2024.", "", line, ""])
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", text).figures if f.source == "table"}
    assert ("Net cash used in operating activities", Period(date(2024, 9, 30), 9), -2_418_355.0) in got, got
    assert ("Net cash used in operating activities", Period(date(2023, 9, 30), 9), -1_200_310.0) in got, got
    assert not [g for g in got if g[1].months == 0 and not g[0].endswith(("end of period", "beginning of period"))], got
    assert ("Cash at end of period", Period(date(2024, 9, 30), 0), 2_707_688.0) in got  # a balance: at the date
    assert ("Cash at beginning of period", Period(date(2023, 12, 31), 0), 1_826_043.0) in got  # the day before the span


@pytest.mark.parametrize("wrapped", [["Net income", "(loss)", "attributable", "to Acme Corp."],
                                     ["Net Income", "(Loss)", "Attributable", "To Acme Corp."],
                                     ["Net Income (Loss)", "Attributable To", "Acme Corp."]])
def test_fixed_width_label_wrapped_over_several_lines_before_its_figures(wrapped: list[str]) -> None:
    """'Net Income' / '(Loss)' / 'Attributable' / 'To Acme Corp.  $ 287.8': the label's lines before the
    figures' line belong to it (a line going on with '(', 'attributable', 'to' is no new row under a heading),
    in lower or title case."""
    text = "\n".join(["Consolidated Statements of Income", "(in millions, except per share data)", "",
                      "                                 Three Months Ended",
                      "                                   December 31,",
                      "                                 2024        2023",
                      "Revenue                        $ 1,200.5   $ 1,100.2"] + wrapped[:-1] +
                     [f"{wrapped[-1]:<31}$   287.8   $  (12.4)", "Operating Expenses",
                      "Research                           100.0        90.0", "", ""])
    got = {(f.label.lower(), f.period.end.year, f.value) for f in parse_text("example.txt", text).figures
           if f.source == "table"}
    assert ("net income (loss) attributable to acme corp", 2023, -12_400_000.0) in got, got
    assert ("research", 2024, 100_000_000.0) in got, got


def test_fixed_width_rows_past_two_blank_lines_are_the_same_table() -> None:
    """Two blank lines between a statement's rows ('Gross profit' ... then 'Research and' / ' development' /
    ' costs  38,287 ...'): the rows below fit the same columns, so the table goes on — operating expenses and
    operating income are read; prose after two blank lines still ends it."""
    text = "\n".join(["CONSOLIDATED STATEMENTS OF INCOME", "(in thousands)", "",
                      "                   Year ended December 31,",
                      "                       2024         2023", "",
                      "Revenues               429,234     315,375",
                      "Gross profit           209,951     147,633", "", "",
                      "Research and", " development", " costs                  38,287      31,470", "", "",
                      "Operating income       108,069      65,412", "", "",
                      "The company had 2,000 employees and 12 offices at year end.", ""])
    got = {(f.label, f.period.end.year, f.value) for f in parse_text("example.txt", text).figures
           if f.source == "table"}
    assert ("Research and development costs", 2024, 38_287_000.0) in got, got
    assert ("Operating income", 2023, 65_412_000.0) in got, got
    assert not [g for g in got if g[2] in (2_000_000.0, 12_000.0, 2_000.0)], got


def test_header_flattened_into_a_line_over_fixed_width_rows() -> None:
    """A wire copy prints a table's header run into one line of text ('... per share amounts: Quarter Ended
    Year Ended December 31, December 31, 2024 2023 2024 2023 -------- (in thousands, except per share data)')
    and its rows below in fixed width, with no header of their own: the columns stand where the first row's
    figures stand, a year each in order, under the spans spread over them. 'Core FFO per share' is a
    non-GAAP variant, never the plain FFO per share."""
    text = "\n".join([
        "ORLANDO, Fla., Feb. 11, 2025 -- Example REIT, Inc. today announced operating results for the quarter "
        "and year ended December 31, 2024.", "",
        "* Revenues, net earnings and FFO per share amounts: Quarter Ended Year Ended December 31, December 31, "
        "2024 2023 2024 2023 -------- -------- -------- -------- (in thousands, except per share data)", "",
        "```",
        "Revenues    $218,482  $216,231       $869,266  $828,111",
        "   ",
        "Net",
        " earnings   $ 97,894  $ 96,682       $396,835  $392,340",
        "FFO per",
        " share      $   0.82  $   0.83  (1)  $   3.32  $   3.24  (1)",
        "Core FFO per",
        " share      $   0.82  $   0.85  (1)  $   3.32  $   3.26  (1)",
        "```", "", ""])
    doc = parse_text("example.md", text)
    got = {(f.label, f.period, f.value, f.qualifier) for f in doc.figures if f.source == "table"}
    assert ("Revenues", Period(date(2023, 12, 31), 3), 216_231_000.0, "") in got, got
    assert ("Net earnings", Period(date(2023, 12, 31), 12), 392_340_000.0, "") in got, got
    assert ("FFO per share", Period(date(2023, 12, 31), 12), 3.24, "") in got, got
    assert ("Core FFO per share", Period(date(2023, 12, 31), 12), 3.26, "non-gaap") in got, got


def test_one_cell_a_line_span_words_split_from_their_ended() -> None:
    """One cell a line: 'Year' / 'Three months' / 'ended' / 'ended' / 'December 31,' / 'December 31,' / four
    years — the 'ended' cells finish the spans, they are no prose before the header: a year and a quarter."""
    cells = ["STATEMENTS OF CASH FLOW", "U.S. dollars in thousands", "Year", "Three months", "ended", "ended",
             "December 31,", "December 31,", "2023", "2022", "2023", "2022",
             "Share-based payment", "1,441", "1,826", "258", "443", "Depreciation", "263", "218", "72", "57"]
    got = {(f.label, f.period, f.value) for f in parse_text("example.txt", "\n\n".join(cells) + "\n").figures
           if f.source == "table"}
    assert ("Share-based payment", Period(date(2023, 12, 31), 12), 1_441_000.0) in got, got
    assert ("Depreciation", Period(date(2022, 12, 31), 3), 57_000.0) in got, got


def test_a_lone_heading_centred_over_the_years_heads_every_year_column() -> None:
    """'| | | Years Ended | | |' (a copy that lost its colspan prints the heading mid-row) stands over all the
    year columns, the first too: read as printed from its own cell on, the first year had no span and its
    figures were dropped (a public benchmark's tables lost their latest year)."""
    text = "\n".join(["Example Corp. annual results", "", "(in millions)", "",
                      "|  |  | Years Ended |  |  |", "| --- | --- | --- | --- | --- |",
                      "|  | July 27, 2019 | July 28, 2018 | July 29, 2017 | Variance in Dollars |",
                      "| Research and development | $ 6,577 | $ 6,332 | $6,059 | $245 |",
                      "| Sales and marketing | 9,571 | 9,242 | 9,184 | 329 |"])
    doc = parse_text("example.md", text, "text")
    got = {(f.label, f.period, f.value) for f in doc.figures if f.label == "Research and development"}
    assert got == {("Research and development", Period(date(2019, 7, 27), 12), 6577e6),
                   ("Research and development", Period(date(2018, 7, 28), 12), 6332e6),
                   ("Research and development", Period(date(2017, 7, 29), 12), 6059e6)}


def test_a_rate_per_unit_is_never_in_the_tables_scale_of_amounts() -> None:
    """'Average selling price per ton | $ | 21.95' in a table '(in millions)' is $21.95 a ton (it was read
    $21.95 million); a rate per unit with no currency mark ('Cost per available seat mile', cents) has no
    known unit and stays unread; rows of tons are quantities, never dollars."""
    text = "\n".join(["Example Materials Inc. fourth quarter results", "", "(in millions, except per ton)", "",
                      "| | Three Months Ended December 31, | |", "| --- | --- | --- |",
                      "| | 2024 | 2023 |",
                      "| Revenues | $ 1,200 | $ 1,100 |",
                      "| Average selling price per ton | $ 21.95 | $ 20.22 |",
                      "| Cost per available seat mile | 11.5 | 11.2 |",
                      "| Aggregates tons | 47.9 | 46.6 |",
                      "| Diluted earnings per share | $ 1.10 | $ 1.00 |"])
    doc = parse_text("example.md", text, "text")
    got = {(f.label, f.period.end.year): (f.value, f.unit) for f in doc.figures if f.source == "table"}
    assert got[("Average selling price per ton", 2024)] == (21.95, "USD")
    assert got[("Revenues", 2024)] == (1_200_000_000, "USD")
    assert got[("Diluted earnings per share", 2024)] == (1.10, "USD/share")
    assert ("Cost per available seat mile", 2024) not in got
    assert got[("Aggregates tons", 2024)][1] != "USD"
