"""One table model for every layout (issue 19): a small invented release whose statements are printed again as a
Markdown pipe table, fixed-width text, an HTML grid, one cell a line and one flattened line
(benchmarks/layout_variants.py, with the writers of tests/layout_variants.py) states the same facts in each.

The corpus-wide run is the benchmark itself (`python benchmarks/layout_variants.py`), slow: its smallest form
here is marked `slow`.
"""
from __future__ import annotations

import pytest

from benchmarks import layout_variants as bench
from parsers.loading import Loaded
from parsers.text_grids import text_grids

RELEASE = """Tallowmere Instruments Reports Second Quarter 2025 Results

AUSTIN, Texas, August 6, 2025 -- Tallowmere Instruments, Inc. today reported results for its second quarter ended
June 30, 2025. Revenue grew on higher shipments of process sensors.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

| | Three Months Ended June 30, | | Six Months Ended June 30, | |
| --- | --- | --- | --- | --- |
| | 2025 | 2024 | 2025 | 2024 |
| Revenue | $ 48,950 | $ 41,602 | $ 95,118 | $ 80,404 |
| Cost of revenue | 20,118 | 18,204 | 40,330 | 36,012 |
| Gross profit | 28,832 | 23,398 | 54,788 | 44,392 |
| Operating expenses | 25,714 | 25,663 | 51,020 | 49,870 |
| Net income (loss) | $ 3,118 | $ (2,265) | $ 3,768 | $ (5,478) |
| Diluted net income (loss) per share | $ 0.21 | $ (0.16) | $ 0.25 | $ (0.38) |

CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)

| | June 30, 2025 | December 31, 2024 |
| --- | --- | --- |
| Cash and cash equivalents | $ 61,204 | $ 55,870 |
| Accounts receivable, net | 30,118 | 28,902 |
| Total assets | $ 402,331 | $ 388,905 |
| Total liabilities | 150,220 | 148,016 |
| Total stockholders' equity | 252,111 | 240,889 |

About Tallowmere Instruments

Tallowmere Instruments designs sensors for process industries.
"""


@pytest.fixture(scope="module")
def readings() -> dict[str, list]:
    """The facts of the release as printed and in each other layout, and the statements' tallies per layout."""
    loaded = Loaded(RELEASE, "text", text_grids(RELEASE.split("\n")))
    with bench.recording() as read:
        doc = bench.parse("tallowmere.md", loaded)
    stmts, skipped = bench.statements(doc, read, loaded)
    out: dict[str, list] = {"markdown": [stmts, skipped]}
    for layout in bench.LAYOUTS[1:]:
        text, tables, placed = bench.variant(loaded, stmts, layout)
        again = bench.parse("tallowmere.md", loaded, text, tables)
        out[layout] = [bench.statement_facts(again.figures, a, b, None) for a, b in (placed[k] for k in range(len(stmts)))]
    return out


def test_both_statements_are_taken_as_the_parser_reads_them(readings: dict[str, list]) -> None:
    stmts, skipped = readings["markdown"]
    assert skipped == 0 and [s.layout for s in stmts] == ["markdown", "markdown"]
    income, balance = (s.facts for s in stmts)
    assert len(income) == 24 and len(balance) == 10  # every cell of both statements read as printed


@pytest.mark.parametrize("layout", bench.LAYOUTS[1:])
def test_every_layout_reads_the_same_facts(readings: dict[str, list], layout: str) -> None:
    """Fixed-width text, an HTML grid, one cell a line, one flattened line: the same (label, period) and value."""
    stmts, _ = readings["markdown"]
    for s, got in zip(stmts, readings[layout]):
        assert got == s.facts, (layout, {k: (s.facts.get(k), got.get(k)) for k in s.facts.keys() | got.keys()
                                         if s.facts.get(k) != got.get(k)})


@pytest.mark.slow
def test_no_dev_release_reads_a_changed_statement_cell_in_markdown_or_fixed_width() -> None:
    """The benchmark over a few dev releases (the whole run: `python benchmarks/layout_variants.py`): a statement
    printed as a pipe table or fixed-width text reads no figure otherwise than its original print."""
    result = bench.Result()
    for path in [p for p in bench.dev_releases() if p.name.startswith(("martinmarietta", "russelmetals", "assurant"))]:
        bench.check_release(path, ("markdown", "fixed", "html"), result)
    assert result.tables["statements"] >= 5
    assert {layout: t.changes for layout, t in result.cells.items() if t.changes} == {}


def test_a_wrapped_share_capital_label_of_one_cell_a_line_heads_no_rows() -> None:
    """One cell a line: the share capital row's label wrapped over cells ('Common stock $0.01 par value,
    100,000,000 shares authorized at' / 'December 31, 2024 ...') is no heading of the rows after it; taken as one,
    its 'shares' made the equity total below a count of shares (a fixed-width balance sheet re-printed so)."""
    from parsers.document import parse_text
    cells = ["CONSOLIDATED BALANCE SHEETS", "(In thousands)", "", "December 31,", "December 31,", "2024", "2023",
             "Total liabilities", "342,807", "311,519", "Shareholders' equity",
             "Common stock $0.01 par value, 100,000,000 shares authorized at",
             "December 31, 2024 and 2023; 47,541,682 shares issued at", "December 31, 2024", "177", "176",
             "Retained earnings", "335,822", "277,352", "Total shareholders' equity", "549,235", "476,148",
             "Total liabilities and shareholders' equity", "892,042", "787,667"]
    doc = parse_text("x.txt", "\n".join(cells) + "\n", excerpt=True)
    got = {(f.label, f.period.end.year): (f.value, f.unit) for f in doc.figures if f.source == "table"}
    assert got[("Total shareholders' equity", 2024)] == (549_235_000, "USD")
    assert got[("Total liabilities and shareholders' equity", 2023)] == (787_667_000, "USD")
    assert got[("Retained earnings", 2024)] == (335_822_000, "USD")


def test_a_heading_with_a_year_in_it_of_one_cell_a_line_ends_the_heading_before_it() -> None:
    """One cell a line: a heading ending in a colon that holds a year ('Term loan due 2031:') is no wrapped label; it
    ends the scope of the heading before it ('Sales by region:'), whose rows its own were read as (the loan's
    principal as a region's sales)."""
    from parsers.document import parse_text
    cells = ["SELECTED FINANCIAL DATA", "(In thousands)", "", "Year Ended December 31,", "2024", "2023",
             "Sales by region:", "North", "$", "80,000", "$", "70,000", "South", "20,000", "15,000",
             "Term loan due 2031:", "Principal", "300,000", "300,000", "Unamortized costs", "(2,000)", "(2,500)"]
    doc = parse_text("x.txt", "\n".join(cells) + "\n", excerpt=True)
    got = [(f.label, f.segment, f.value) for f in doc.figures if f.source == "table"]
    assert not [g for g in got if g[2] in (300_000_000, -2_000_000) and ("region" in g[0].lower() or g[1])], got
    assert [g for g in got if g[2] == 80_000_000 and g[1] == "North"], got  # the region's own rows keep their heading

def test_fiscal_years_and_quarters_side_by_side_start_the_next_table_of_a_cell_stream() -> None:
    """One cell a line: a trailing-quarters table ('Fiscal 2024' | 'Fiscal 2025' over 'Q1' .. 'Q4' twice) right after
    a cash-flow statement of two years starts its own heading; its rows of eight figures were cut to the statement's
    two years, the first quarter's free cash flow dated the latest year's."""
    from parsers.document import parse_text
    flows = ["CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "($ in millions)", "", "Year Ended May 31,", "2025",
             "2024", "Net income", "6,717", "7,100", "Net cash provided by operating activities", "9,539", "15,887",
             "Capital expenditures", "(4,511)", "(2,135)", "Net cash used for investing activities", "(3,166)",
             "(2,870)", ""]
    trailing = ["FREE CASH FLOW - TRAILING 4-QUARTERS", "($ in millions)", "", "Fiscal 2024", "Fiscal 2025",
                "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4",
                "Operating Cash Flow", "13,092", "13,967", "14,659", "15,887", "15,325", "10,255", "10,396", "9,539",
                "Free Cash Flow", "11,478", "12,134", "12,808", "13,752", "12,564", "7,137", "6,591", "5,028"]
    doc = parse_text("x.txt", "\n".join(flows + trailing) + "\n", excerpt=True)
    dated = {(f.label, f.period.end.year, f.period.months): f.value for f in doc.figures if f.source == "table"}
    assert dated[("Net cash provided by operating activities", 2025, 12)] == 9_539e6
    assert dated[("Capital expenditures", 2024, 12)] == -2_135e6
    assert ("Free Cash Flow", 2025, 12) not in dated or dated[("Free Cash Flow", 2025, 12)] == 5_028e6
    assert ("Operating Cash Flow", 2025, 12) not in dated or dated[("Operating Cash Flow", 2025, 12)] == 9_539e6


def test_a_per_share_heading_without_a_colon_heads_the_fixed_width_rows_at_its_own_indentation() -> None:
    """Fixed width: 'Net (loss) income per share' (no colon, no figures) over 'Basic continuing operations' at its
    own indentation: the rows under it are per share. Read as rows under no heading, the table's thousands made
    '(0.01)' a loss of ten dollars (a flattened statement re-printed fixed-width)."""
    from parsers.document import parse_text
    lines = ["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
             "(in thousands, except per share data)",
             "",
             "                                               Three Months Ended     Nine Months Ended",
             "                                                  September 30,         September 30,",
             "                                                 2025       2024       2025       2024",
             "                                               --------   --------   --------   --------",
             "Revenue                                           4,686      5,348     14,340     15,112",
             "Net (loss) income                                  (204)     4,342     (3,970)     9,717",
             "Net (loss) income per share",
             "Basic continuing operations                       (0.01)      0.17      (0.13)      0.07",
             "Discontinued operations                               -      (0.03)         -       0.23",
             "Net (loss) income per share - basic               (0.01)      0.14      (0.13)      0.30",
             "Weighted-average shares outstanding - basic      31,098     32,459     31,064     32,397",
             ""]
    doc = parse_text("x.txt", "\n".join(lines) + "\n", excerpt=True)
    got = {(f.label.lower(), f.period.end.year, f.period.months, f.unit): f.value
           for f in doc.figures if f.source == "table"}
    per_share = {k: v for k, v in got.items() if "continuing" in k[0] or "discontinued" in k[0]}
    assert per_share and all(k[3] == "USD/share" for k in per_share), per_share
    assert any(v == -0.01 and k[1:3] == (2025, 3) for k, v in per_share.items())
    assert not any(k[3] == "USD" and abs(v) < 1_000 for k, v in got.items())  # no per-share figure read as dollars
    shares = [v for k, v in got.items() if "weighted" in k[0] and k[1:3] == (2025, 3)]
    assert shares == [31_098_000] and not any("weighted" in k[0] and k[3] == "USD/share" for k in got)


def _flat_facts(line: str) -> dict[tuple[str, int, int], tuple[float, str]]:
    from parsers.document import parse_text
    text = "Quillfeather Bancorp Reports Results\n\nSelected Consolidated Financial Data\n(in thousands)\n" + line + "\n"
    doc = parse_text("x.txt", text, excerpt=True)
    return {(f.label.lower(), f.period.end.year, f.period.months): (f.value, f.unit)
            for f in doc.figures if f.source == "table"}


def test_a_capitals_heading_run_into_a_flattened_row_heads_the_rows_after_it() -> None:
    """Flattened onto one line: 'PER SHARE DATA' between 'Net income ...' and 'Net income (Basic) $ 1.37' heads the
    rows after it, as on a line of its own; dropped, the per-share figures were read as thousands of dollars."""
    got = _flat_facts("Year Ended December 31, 2025 2024 2023 Interest income $ 38,363 $ 31,323 $ 26,269 Net income "
                      "$ 4,277 $ 6,418 $ 8,090 PER SHARE DATA Net income (Basic) $ 1.37 $ 2.08 $ 2.66 Dividends "
                      "$ 0.67 $ 0.66 $ 0.63 Book value $ 17.77 $ 16.74 $ 15.56 KEY RATIOS Return on average "
                      "assets 0.53% 0.86% 1.13% Efficiency ratio 74.95% 65.81% 58.17%")
    per_share = {k: v for k, v in got.items() if "basic" in k[0] or "dividends" in k[0] or "book value" in k[0]}
    assert per_share and all(unit == "USD/share" for _, unit in per_share.values()), per_share
    assert any(v == (1.37, "USD/share") for v in per_share.values())
    assert not any(unit == "USD" and value < 100 for value, unit in got.values())  # no $1,370 or $1.37 of dollars
    assert any(v == (4_277_000, "USD") for k, v in got.items() if k[0] == "net income")


def test_a_basis_in_capitals_run_into_a_flattened_row_is_that_rows_own_word() -> None:
    """Flattened: 'NON-GAAP EPS Diluted 1.40 1.30' opens that row's own label (a basis and a measure's abbreviation),
    no heading of the rows after it: taken as one, every later row of the table was marked non-GAAP."""
    text = ("QUILLFEATHER BANCORP REPORTS FOURTH QUARTER 2025 RESULTS\n\nDENVER, Colorado, February 4, 2026 -- "
            "Quillfeather Bancorp, Inc. (NASDAQ: QFBC) today reported results for the fourth quarter ended December 31, "
            "2025.\n\nThree Months Ended December 31, 2025 2024 (in thousands, except per share data) Net interest "
            "income 52,300 49,100 Net income 17,200 15,900 NON-GAAP EPS Diluted 1.62 1.48 Net charge-offs 410 380 "
            "Noninterest expense 28,700 27,900 Efficiency ratio 54.3 % 55.8 %\n")
    from parsers.document import parse_text
    doc = parse_text("flat.txt", text)
    section = {f.label.lower(): f.section for f in doc.figures if f.source == "table"}
    assert {"net charge-offs", "noninterest expense", "efficiency ratio"} <= set(section), section
    assert not [label for label, heading in section.items() if "GAAP" in heading.upper()], section


def test_a_footnote_mark_against_a_flattened_rows_label_is_no_figure() -> None:
    """Flattened: 'Adjusted book value per share(1) 33.64 31.69': the mark against the label's last word is the
    label's, no figure; read as -1 it shifted the row a column (the later year given the latest year's value)."""
    got = _flat_facts("December 31, 2025 December 31, 2024 Cash $ 200,949 $ 102,046 Total assets 3,488,469 3,144,190 "
                      "Total stockholders' equity 781,531 733,745 Book value per share $ 30.80 $ 29.04 Adjusted book "
                      "value per share(1) 33.64 31.69 (1) Adjusted book value per share is a non-GAAP measure.")
    adjusted = {k[1]: v for k, v in got.items() if k[0].startswith("adjusted book value")}
    assert adjusted.get(2025, (33.64,))[0] == 33.64 and adjusted.get(2024, (31.69,))[0] == 31.69, adjusted
    assert not any(value == -1 for value, _ in got.values())


def test_a_row_of_dashes_under_a_flattened_per_share_row_is_nil_per_share() -> None:
    """Flattened: 'Diluted Earnings Per Share Continuing operations $ 0.67 $ 0.51 Discontinued operations — —':
    the heading run into the first row's label heads no row after it, but the row of dashes right under a per-share
    row is nil per share, never nil dollars."""
    got = _flat_facts("Three Months Ended June 30, 2025 2024 Change Revenue $ 282,374 $ 241,625 $ 40,749 Net income "
                      "$ 49,601 $ 37,573 $ 12,028 Diluted Earnings Per Average Common Share Continuing operations "
                      "$ 0.67 $ 0.51 $ 0.16 Discontinued operations — — — Diluted earnings per share $ 0.67 $ 0.51 "
                      "$ 0.16 Diluted Avg. Common Shares Outstanding 73,902 73,782 120")
    nil = {k: v for k, v in got.items() if k[0] == "discontinued operations"}
    assert nil and all(v == (0.0, "USD/share") for v in nil.values()), nil


def test_a_minus_one_space_after_a_smaller_figure_is_a_sign_in_a_line_that_signs_negatives_so() -> None:
    """Flattened: '112 -839' is a range's end in a line of ranges, but a line whose rows print negatives with a minus
    after their label ('Increase (decrease) in cash -3,541 -8,913') is a table that signs so: -839 was read 839."""
    from parsers.cell_tables import flat_cells
    line = ("Net cash provided by financing activities 4,181 - 4,048 - Effect of exchange rate changes on cash 112 "
            "-839 1,094 197 Increase (decrease) in cash -3,541 -8,913 1,536 6,739")
    values = [c.value for c in flat_cells(line, 0) if c.value is not None]
    assert values[4:8] == [112, -839, 1_094, 197] and 839 not in values
    assert [c.value for c in flat_cells("Capital expenditures 2,400 -2,700 tonnes", 0) if c.value] == [2400, 2700]


def test_a_fixed_width_heading_opening_on_a_note_in_parentheses_is_no_part_of_the_row_below() -> None:
    """Fixed width: '(UNAUDITED) ASSETS Current assets' over 'Cash and cash equivalents  2,707,688  6,042,986' is a
    heading, as it would be without its note: joined to the row as a wrapped label, the cash row was read under
    another name and a question of cash met another table's figure."""
    from parsers.document import parse_text
    lines = ["CONDENSED CONSOLIDATED BALANCE SHEETS",
             "",
             "                                                 September 30,     December 31,",
             "                                                          2025             2024",
             "                                                --------------   --------------",
             "(UNAUDITED) ASSETS Current assets",
             "Cash and cash equivalents                            2,707,688        6,042,986",
             "Accounts receivable, net                             3,546,582        2,572,931",
             "Total current assets                                 6,254,270        8,615,917",
             "Total assets                                        57,511,990       58,888,612",
             ""]
    doc = parse_text("x.txt", "\n".join(lines) + "\n", excerpt=True)
    got = {(f.label, f.period.end.year): f.value for f in doc.figures if f.source == "table"}
    assert got[("Cash and cash equivalents", 2024)] == 6_042_986 and got[("Cash and cash equivalents", 2025)] == 2_707_688
    assert not any("UNAUDITED" in label for label, _ in got)


def test_a_span_caption_above_a_fixed_width_statement_dates_its_years() -> None:
    """Fixed width: 'For the three months ended June 30, 2026 and 2025' above the scale line and a blank line is the
    statement's span, not prose: taken for prose, the years under it were read as whole fiscal years ending in
    December (a Markdown print of the same statement reads the quarter)."""
    from parsers.document import parse_text
    text = "\n".join([
        "CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)",
        "For the three months ended June 30, 2026 and 2025",
        "",
        "(in thousands, except per share data)",
        "                                                               2026        2025      Change",
        "                                                          ---------   ---------   ---------",
        "Operating Revenues",
        "Oil and gas operations                                     $169,178    $134,428     $34,750",
        "Natural gas distribution                                    113,196     107,197       5,999",
        "Total operating revenues                                    282,374     241,625      40,749",
        ""])
    doc = parse_text("x.txt", text, excerpt=True)
    got = {(f.label, f.period.end.isoformat(), f.period.months): f.value for f in doc.figures if f.source == "table"}
    assert got[("Total operating revenues", "2026-06-30", 3)] == 282_374_000
    assert got[("Total operating revenues", "2025-06-30", 3)] == 241_625_000
    assert not any(months == 12 for _, _, months in got), got  # no fiscal year read from the quarter's columns


def test_a_statement_after_another_of_one_cell_a_line_keeps_its_first_column_group() -> None:
    """One cell a line: an income statement headed 'Three Months Ended' / 'Nine Months Ended' / 'September 30,' x2 /
    years, right after a balance sheet's last row, no title between. The rows ended at the second group, the header
    was begun there, its first group lost, and the statement not read at all."""
    from parsers.document import parse_text
    balance = ["CONDENSED CONSOLIDATED BALANCE SHEETS", "September 30,", "December 31,", "2024", "2023",
               "Cash", "$", "12,118", "$", "10,402", "Total assets", "57,511", "58,888",
               "Total liabilities", "30,617", "32,709", "Total stockholders' equity", "26,894", "26,179", ""]
    income = ["", "Three Months Ended", "Nine Months Ended",
              "September 30,", "September 30,", "2024", "2023", "2024", "2023",
              "Revenue", "4,686", "5,348", "14,340", "15,112", "Cost of revenue", "1,402", "1,362", "4,913", "3,891",
              "Net loss", "(1,203)", "(2,470)", "(3,115)", "(6,052)"]
    doc = parse_text("x.txt", "Holloway Data reports third quarter results\n\n(in thousands)\n\n"
                     + "\n".join(balance + income) + "\n", excerpt=True)
    dated = {(f.label, f.period.end.year, f.period.months): f.value for f in doc.figures if f.source == "table"}
    assert dated[("Total assets", 2024, 0)] == 57_511e3
    assert dated[("Revenue", 2024, 3)] == 4_686e3 and dated[("Revenue", 2023, 9)] == 15_112e3
    assert dated[("Net loss", 2023, 3)] == -2_470e3 and dated[("Net loss", 2024, 9)] == -3_115e3


def _stream_facts(cells: list[str], lead: str = "Holloway Mining reports first quarter fiscal 2025 results") -> dict:
    from parsers.document import parse_text
    doc = parse_text("x.txt", lead + "\n\n" + "\n".join(cells) + "\n", excerpt=True)
    return {(f.label, f.period.end.isoformat(), f.period.months): (f.value, f.unit) for f in doc.figures
            if f.source == "table"}


def test_columns_headed_by_a_quarter_and_its_year_of_one_cell_a_line_are_read() -> None:
    """One cell a line: columns headed 'Q4 2024' / 'Q4 2023' / 'Y/Y Change' (a period as one token, a change
    column after them) are a table's header as a year's are; the stream was not taken for a table at all. A paragraph
    of prose above the heading ('... with thousands of customers ...') is no part of its title: its scale word
    clashed with the caption's 'In millions' and every figure was read a count."""
    prose = ('"We closed the year strongly, with thousands of customers relying on our platform," said the chief '
             'executive. "Building on this momentum, we are well placed to reach our targets for the coming year."')
    got = _stream_facts([prose, "", "Fourth Quarter 2024 Financial Highlights",
                         "(In millions, except per share data and percentages)", "", "Q4 2024", "Q4 2023",
                         "Y/Y Change", "Subscription revenue", "$", "250.6", "$", "202.8", "24%",
                         "Total revenue", "$", "261.2", "$", "213.2", "23%",
                         "Net loss", "$", "(12.1)", "$", "(10.4)", "16%"],
                        "Kestrel Streams reports fourth quarter 2024 results")
    assert got[("Total revenue", "2024-12-31", 3)] == (261_200_000, "USD")
    assert got[("Subscription revenue", "2023-12-31", 3)] == (202_800_000, "USD")
    assert got[("Net loss", "2024-12-31", 3)] == (-12_100_000, "USD")
    assert not any(v == 24 or v == 261.2 for v, _ in got.values())  # no change read as a period, no figure unscaled


def test_a_scale_stated_by_a_row_of_one_cell_a_line_scales_the_rows_below_it() -> None:
    """One cell a line: 'Financial Performance (in 000's, except per share amounts)' printed among the rows (after a
    row of ounces, which is in no scale) scales the rows below it, as the grid reader reads such a row of any grid;
    dropped into a label, every dollar figure below it was read a thousand times too small."""
    got = _stream_facts(["Selected Operational and Financial Information", "", "Q1 FY2025", "Q4 FY2024", "FY2024",
                         "Gold ounces produced", "9,694", "11,862", "44,591",
                         "Financial Performance (in 000's, except per share amounts)",
                         "Revenue", "$", "21,713", "$", "28,834", "$", "90,310",
                         "Mining costs", "$", "14,701", "$", "17,694", "$", "66,033"])
    assert got[("Gold ounces produced", "2025-03-31", 3)] == (9_694, "count")
    assert got[("Revenue", "2025-03-31", 3)] == (21_713_000, "USD")
    assert got[("Mining costs", "2024-12-31", 12)] == (66_033_000, "USD")


def test_a_flattened_line_cuts_a_period_heading_and_a_change_heading_each_into_one_cell() -> None:
    """Flattened: 'Q4 2025 Q4 2024 Y/Y Change Subscription revenue $ 250.6 ...': a quarter and its year ('Q4 2025',
    '4Q25', 'Q1 FY2026') or a fiscal year ('FY 2025', 'Fiscal 2025') is one heading cell, never a 'Q' and two figures;
    a change column's heading after them is a heading of its own, never the head of the first row's label."""
    from parsers.cell_tables import flat_cells
    texts = lambda line: [c.text for c in flat_cells(line, 0)][:5]
    assert texts("Q4 2025 Q4 2024 Y/Y Change Subscription revenue $ 250.6 $ 202.8 24% Net loss $ (12.1) $ (10.4) 16%") \
        == ["Q4 2025", "Q4 2024", "Y/Y Change", "Subscription revenue", "$ 250.6"]
    assert texts("FY 2025 FY 2024 % Change Revenue $ 963.6 $ 777.0 24%")[:4] == ["FY 2025", "FY 2024", "% Change", "Revenue"]
    assert texts("Q1 FY2026 4Q25 Fiscal 2025 YoY Revenue 21,713 28,834 90,310 5%")[:5] == \
        ["Q1 FY2026", "4Q25", "Fiscal 2025", "YoY", "Revenue"]
    assert texts("4Q 4Q 12 Months 12 Months 2025 2024")[0] != "4Q 12"  # a quarter over its year cells: no 'Q4 of 2012'
    assert texts("2025 2024 Change in fair value 1,204 1,180 Net income 310 295")[2] == "Change in fair value"
    assert [c.text for c in flat_cells("Quarters Ended June 29, Quarters Ended June 30, 2025 2024 % Change Net sales "
                                       "$ 888,469 $ 850,283 4.5%", 0)][4:8] == ["2025", "2024", "% Change", "Net sales"]


FLAT_RELEASE = """Kestrel Streams Reports Fourth Quarter and Fiscal Year 2025 Results

DENVER, Colorado, February 10, 2026 -- Kestrel Streams, Inc. today reported results for its fourth quarter and
fiscal year ended December 31, 2025.

Fourth Quarter 2025 Financial Highlights
(In millions, except per share data and percentages)

| | Q4 2025 | Q4 2024 | Y/Y Change |
| --- | --- | --- | --- |
| Subscription revenue | $ 250.6 | $ 202.8 | 24% |
| Total revenue | $ 261.2 | $ 213.2 | 23% |
| Net loss | $ (105.8) | $ (84.7) | $ (21.1) |
| Net loss per share | $ (0.27) | $ (0.30) | $ 0.03 |
| Net cash provided by operating activities | $ 35.2 | $ 12.2 | $ 23.0 |

Fiscal Year 2025 Financial Highlights
(In millions, except per share data and percentages)

| | FY 2025 | FY 2024 | % Change |
| --- | --- | --- | --- |
| Subscription revenue | $ 922.1 | $ 729.1 | 26% |
| Total revenue | $ 963.6 | $ 777.0 | 24% |
| Net loss | $ (419.1) | $ (478.8) | $ 59.7 |
| Net loss per share | $ (1.07) | $ (1.47) | $ 0.40 |

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

| | Three Months Ended December 31, | | |
| --- | --- | --- | --- |
| | 2025 | 2024 | % Change |
| Revenue | $ 261,220 | $ 213,184 | 23% |
| Cost of revenue | 67,565 | 57,057 | 18% |
| Gross profit | 193,655 | 156,127 | 24% |
| Net loss | $ (88,054) | $ (94,096) | (6)% |

About Kestrel Streams

Kestrel Streams builds data streaming software.
"""


def test_highlights_headed_by_quarters_and_fiscal_years_read_the_same_flattened() -> None:
    """Tables headed 'Q4 2025 | Q4 2024 | Y/Y Change' and 'FY 2025 | FY 2024 | % Change', printed flattened onto one
    line as news wires print them, read every figure the pipe table reads, and none otherwise (no changed cell): they
    were not read at all, their headings cut into 'Q' / '4' / '2025' and the change heading run into a label. So does
    a statement whose years stand before '% Change' ('2025 2024 % Change': '2024 %' was read as one figure)."""
    loaded = Loaded(FLAT_RELEASE, "text", text_grids(FLAT_RELEASE.split("\n")))
    with bench.recording() as read:
        doc = bench.parse("kestrel.md", loaded)
    stmts, _ = bench.statements(doc, read, loaded)
    assert [len(s.facts) for s in stmts] == [10, 8, 8]
    text, tables, placed = bench.variant(loaded, stmts, "flattened")
    again = bench.parse("kestrel.md", loaded, text, tables)
    tally = bench.Tally()
    for k, (first, last) in placed.items():
        bench.compare_cells("kestrel.md", "flattened", stmts[k].facts, bench.statement_facts(again.figures, first, last, None),
                            tally, "")
    assert (tally.kept, tally.lost, tally.changed) == (26, 0, 0), tally


def test_a_scale_note_in_thousands_among_flattened_rows_scales_the_rows_after_it() -> None:
    """Flattened: '... 44,591 Financial Performance (in 000's, except per share amounts) Revenue $ 21,713 ...': the
    note in parentheses is one cell (its '000' no figure), a row of its own that scales the rows below it; its '000'
    read as a figure, the scale was lost and every dollar figure read a thousand times too small."""
    got = _stream_facts(["Selected Operational and Financial Information", "",
                         "Q1 FY2026 Q4 FY2025 FY2025 Gold ounces produced 9,694 11,862 44,591 Financial Performance "
                         "(in 000's, except per share amounts) Revenue $ 21,713 $ 28,834 $ 90,310 Mining costs $ 14,701 "
                         "$ 17,694 $ 66,033 Net income (loss) $ 1,426 $ (2,633) $ (4,952)"],
                        "Holloway Mining reports first quarter fiscal 2026 results")
    assert got[("Gold ounces produced", "2026-03-31", 3)] == (9_694, "count"), got
    assert got[("Revenue", "2026-03-31", 3)] == (21_713_000, "USD")
    assert got[("Mining costs", "2025-12-31", 12)] == (66_033_000, "USD")
    assert got[("Net income (loss)", "2025-12-31", 3)] == (-2_633_000, "USD")
    assert not any(unit == "USD" and abs(v) < 100_000 for v, unit in got.values())  # none unscaled


def test_a_heading_run_into_a_flattened_rows_label_heads_the_rows_below_it() -> None:
    """Flattened: 'Costs and expenses Cost of revenues 800 700': the heading run into the first row's label is a cell
    of its own, the row read under its own label as every other layout reads it (run in, 'costs and expenses cost of
    revenues' was a label the statement never prints). Near misses: a label's own capitals after a joining word
    ('Cash and Cash Equivalents', 'Investment in Alder Holdings') and the small-letter tail of a label its figures cut
    ('... shares issued and outstanding, respectively Par value ...') stay one label."""
    got = _flat_facts("Year Ended December 31, 2025 2024 Operating revenues Product sales $ 2,200 $ 2,000 Costs and expenses "
                      "Cost of revenues 800 700 Research and development 400 350 Operating activities Net income 250 "
                      "220 Cash and Cash Equivalents 610 510 Investment in Alder Holdings 430 320 Total equity 190 970")
    assert got[("cost of revenues", 2025, 12)] == (800_000, "USD"), sorted(got)
    assert got[("product sales", 2024, 12)] == (2_000_000, "USD")
    assert got[("net income", 2025, 12)] == (250_000, "USD")
    assert got[("cash and cash equivalents", 2025, 12)] == (610_000, "USD")
    assert got[("investment in alder holdings", 2024, 12)] == (320_000, "USD")
    assert got[("total equity", 2025, 12)] == (190_000, "USD")
    assert not any("costs and expenses" in k[0] or "operating activities" in k[0] for k in got)
    from parsers.cell_tables import _run_in_rows
    tail = "shares issued and outstanding, respectively Par value"  # after 'Common stock, 5,000 and 4,900'
    assert _run_in_rows(tail) == [tail]


def test_a_date_heading_split_over_two_lines_of_a_flattened_table_dates_each_column() -> None:
    """Flattened: 'Three Months Ended December ... Year Ended December 27, 2025 28, 2024 27, 2025 28, 2024' (each
    column's heading printed 'Three Months Ended December' over '27, 2025'): every column dated by its own day and
    year; read as one date 'December 27,' over all, the 2024 columns were dated December 27. Near miss: where the
    line does not say which column each day stands under ('December 27, ... December 2025 28, 2024 2025 2024'),
    nothing is read rather than a figure under a wrong date."""
    got = _flat_facts("Three Months Ended December Three Months Ended December Year Ended December Year Ended "
                      "December 27, 2025 28, 2024 27, 2025 28, 2024 Net sales $ 58,950 $ 86,273 $ 413,901 "
                      "$ 422,415 Net income 2,200 3,300 5,500 7,700")
    facts = {(k[0], k[1], k[2]): v for k, v in got.items()}
    assert facts[("net sales", 2025, 3)] == (58_950_000, "USD"), got
    assert facts[("net sales", 2024, 12)] == (422_415_000, "USD")
    from parsers.document import parse_text
    text = ("Quillfeather Bancorp Reports Results\n\nSelected Consolidated Financial Data\n(in thousands)\n"
            "Three Months Ended December Three Months Ended December Year Ended December Year Ended December 27, "
            "2025 28, 2024 27, 2025 28, 2024 Net sales $ 58,950 $ 86,273 $ 413,901 $ 422,415\n")
    ends = {f.period.end.isoformat() for f in parse_text("x.txt", text, excerpt=True).figures if f.source == "table"}
    assert ends == {"2025-12-27", "2024-12-28"}, ends
    mixed = _flat_facts("Quarters Ended December 27, Quarters Ended December Years Ended December 27, Years Ended "
                        "December 28, 2025 28, 2024 2025 2024 Net sales $ 58,950 $ 86,273 $ 413,901 $ 422,415 "
                        "Gross profit 1,100 1,200 50,300 51,400 Net income 2,200 3,300 5,500 7,700")  # each group its
    # own date or month, then its column's year or day and year
    assert mixed[("net sales", 2024, 3)] == (86_273_000, "USD"), mixed
    text = text.replace("December 27, 2025 28, 2024 27, 2025 28, 2024", "December 27, 2025 2024 27, 2025 28, 2024")
    assert not [f for f in parse_text("x.txt", text, excerpt=True).figures if f.source == "table"]  # a day unknown


def test_slashed_dates_and_hyphened_spans_head_a_flattened_tables_columns() -> None:
    """Flattened: 'Unaudited 6-Months Ended ... 3-Months Ended 12/31/25 12/31/24 12/31/25 12/31/24': each slashed
    date one heading cell (not three figures 12, 31, 25) and '6-Months Ended' a span, as '6 Months Ended' is. Near
    miss: digits apart ('12 31 25') stay figures."""
    got = _flat_facts("Unaudited 6-Months Ended Unaudited 6-Months Ended Unaudited 3-Months Ended Unaudited "
                      "3-Months Ended 12/31/25 12/31/24 12/31/25 12/31/24 Revenues $ 286,336 $ 279,438 $ 12,711 "
                      "$ 11,364 Gross Profit 66,377 62,098 37,522 36,406 Operating Income 8,379 6,568 3,390 3,951 Net Income "
                      "$ 5,360 $ 3,623 $ 2,220 $ 2,528")
    assert got[("revenues", 2025, 6)] == (286_336_000, "USD"), got
    assert got[("gross profit", 2024, 3)] == (36_406_000, "USD")
    from parsers.cell_tables import flat_cells
    assert [c.text for c in flat_cells("Units 12 31 25 Other 4", 0)] == ["Units", "12", "31", "25", "Other", "4"]


def test_a_double_hyphen_in_a_flattened_row_is_a_nil_cell() -> None:
    """Flattened: 'Impairment -- -- 86,746 --': each '--' a nil cell of its column, as '-' and '—' are; dropped, the
    row listed fewer figures than columns and, in a header read with fewer columns, its figures were stored under the
    wrong periods. Near miss: a rule of three or more ('----') is no figure."""
    from parsers.cell_tables import flat_cells
    cells = flat_cells("Impairment -- -- 86,746 -- Other ---- 5", 0)
    assert [(c.text, c.value) for c in cells] == [("Impairment", None), ("--", 0.0), ("--", 0.0), ("86,746", 86_746),
                                                  ("--", 0.0), ("Other", None), ("5", 5)]
    got = _flat_facts("Year Ended December 31, 2025 2024 Revenue $ 2,200 $ 2,000 Impairment -- 86,746 Loss on debt "
                      "1,412 -- Other income 35 -- Income taxes 40 35 Net income $ 250 $ 220")
    assert got[("impairment", 2025, 12)] == (0.0, "USD") and got[("impairment", 2024, 12)] == (86_746_000, "USD")
    assert got[("loss on debt", 2024, 12)] == (0.0, "USD"), got


def test_a_date_run_into_ended_heads_a_flattened_tables_columns() -> None:
    """Flattened: 'Three months endedDecember 31 Nine months endedDecember 31 2025 2024 2025 2024' (a heading's two
    lines run together in copying): 'December 31' is each group's date all the same. Near miss: the same heading
    with its space reads the same."""
    row = " Net income $ 1,606 $ 6,610 $ 27,333 $ 29,030 Revenue 40,100 38,200 10,500 95,300"
    glued = _flat_facts("Three months endedDecember 31 Nine months endedDecember 31 2025 2024 2025 2024" + row)
    spaced = _flat_facts("Three months ended December 31 Nine months ended December 31 2025 2024 2025 2024" + row)
    assert glued[("net income", 2025, 9)] == (27_333_000, "USD"), glued
    assert glued == spaced


def test_a_row_label_naming_the_year_after_a_heading_is_a_row_not_a_column_group() -> None:
    """Flattened: 'Cash flows from operating activities Net income for the year 81,134 60,157': the label holds a
    period's word ('year') but its figures follow it, so it is the first row, never the next column group's heading
    (taken as one, the header started again and the statement was not read). Near miss: 'Year Ended December 31,
    2025 2024' after the rows still starts a new table's header."""
    got = _flat_facts("Twelve Month Periods Ended December 31, 2025 2024 Cash flows from operating activities Net income "
                      "for the year $ 81,134 $ 60,157 Depreciation 25,629 26,991 Net cash provided by operating "
                      "activities 89,530 87,695 Year Ended December 31, 2025 2024 Revenue $ 1,100 $ 9,800 Net sales "
                      "9,000 8,700 Gross profit 3,000 2,900 Operating income 800 750")
    assert got[("net income for the year", 2025, 12)] == (81_134_000, "USD"), got
    assert got[("depreciation", 2024, 12)] == (26_991_000, "USD")
    assert got[("revenue", 2025, 12)] == (1_100_000, "USD")


def test_a_run_of_footnote_marks_after_a_flattened_rows_label_is_no_figure() -> None:
    """Flattened: 'Sales and marketing (1)(2)(3) 547,024 455,471': marks printed glued to one another are the label's
    notes, never figures (read as -1, -2, -3 the row listed more figures than columns and was dropped). Near misses:
    '(1) (2)' apart, as figures print, stay figures, and so do negatives printed glued ('loss (12)(15)', or '(5)(6)'
    before the next label rather than before figures)."""
    from parsers.cell_tables import flat_cells
    cells = [(c.text, c.value) for c in flat_cells("Sales and marketing (1)(2)(3) 547,024 455,471 Other (1) (2) Net "
                                                    "loss (12)(15) Fees (5)(6) Total", 0)]
    assert cells == [("Sales and marketing (1)(2)(3)", None), ("547,024", 547_024), ("455,471", 455_471),
                     ("Other", None), ("(1)", -1), ("(2)", -2), ("Net loss", None), ("(12)", -12), ("(15)", -15),
                     ("Fees", None), ("(5)", -5), ("(6)", -6), ("Total", None)], cells  # negatives printed glued
    got = _flat_facts("Three Months Ended July 31, 2025 2024 Revenue $ 2,102,945 $ 118,257 Sales and marketing "
                      "(1)(2)(3) 547,024 455,471 Research and development (1)(3) 446,668 350,908 Net income $ 87,645 "
                      "$ 56,690")
    assert got[("sales and marketing", 2025, 3)] == (547_024_000, "USD"), got  # the marks cleaned off the label
    assert got[("research and development", 2024, 3)] == (350_908_000, "USD")


def test_a_heading_ending_in_a_colon_run_into_a_flattened_rows_label_heads_it() -> None:
    """Flattened: 'Adjustments to reconcile net income to net cash provided by operating activities: Depreciation
    708 646': the long heading ending in its colon is cut off the row as a short one is. Near miss: 'Less:
    Accumulated depreciation' (a step's word before the colon, a capital) is left as it was read."""
    from parsers.cell_tables import _run_in_rows
    heading = "Adjustments to reconcile net income to net cash provided by operating activities:"
    assert _run_in_rows(f"{heading} Depreciation") == [heading, "Depreciation"]
    assert _run_in_rows("Less: Accumulated depreciation") == ["Less: Accumulated depreciation"]
    got = _flat_facts(f"Year Ended May 31, 2025 2024 Net income $ 20,955 $ 20,925 {heading} Depreciation 708 646 "
                      "Amortization of intangible assets 3,300 3,385 Net cash provided by operating activities 24,921 "
                      "23,993")
    assert got[("depreciation", 2025, 12)] == (708_000, "USD"), got


def test_quarter_and_months_headings_side_by_side_each_head_their_column_of_a_flattened_table() -> None:
    """Flattened: '4Q 4Q 12 Months 12 Months 2025 2024 2025 2024': each word a column group's heading over its year,
    as the pipe table prints them (run together, one heading stood over every column and nothing was read; '12' of
    '12 Months' was a figure). Near misses: '12 months' inside a label ('Net charge-offs (trailing 12 months)') is no
    figure either, and a text that is not only such headings ('4Q revenue') is not cut."""
    got = _flat_facts("Three and Twelve Months Ended December 31, 2025 and 2024\n"
                      "4Q 4Q 12 Months 12 Months 2025 2024 2025 2024 Net earned premiums $ 3,557.5 $ 3,422.2 "
                      "$ 1,795.8 $ 1,388.0 Fees and other income 538.6 534.4 2,638.6 2,323.2 Total revenues 4,104.8 "
                      "3,983.1 21,877.5 21,131.6 Interest expense 36.8 "
                      "36.8 207.0 208.0 Net income $ 301.3 $ 282.5 $ 860.2 $ 742.5")
    assert got[("net earned premiums", 2025, 3)] == (3_557_500, "USD"), got
    assert got[("net income", 2024, 3)] == (282_500, "USD")
    assert got[("fees and other income", 2025, 12)] == (2_638_600, "USD")
    from parsers.cell_tables import _column_groups, flat_cells
    assert _column_groups("4Q 4Q 12 Months 12 Months") == ["4Q", "4Q", "12 Months", "12 Months"]
    assert _column_groups("4Q revenue") == []
    cells = [(c.text, c.value) for c in flat_cells("Net charge-offs (trailing 12 months) 2.2% 2.1%", 0)]
    assert cells == [("Net charge-offs (trailing 12 months)", None), ("2.2%", 2.2), ("2.1%", 2.1)], cells


def test_a_notes_digits_against_a_flattened_rows_label_are_the_labels() -> None:
    """Flattened: 'Net debt1 6,530 6,591 7,420', 'EBITDA1,2 555 620 373', '(per lb)4,4 $ 2.68': a footnote's digits
    printed against the label's last word are the label's, no figure (read as one, the row listed a figure too many and
    was dropped). Near misses: a figure glued to its label ('Taxes receivable771,866') is still a figure, and a figure
    after a space ('Revenue 5 6') still one."""
    from parsers.cell_tables import flat_cells
    cells = [(c.text, c.value) for c in flat_cells("Net debt1 6,530 6,591 EBITDA1,2 555 620 Cost (per lb)4,4 $ 2.68 "
                                                    "$ 2.57 Taxes receivable771,866 834,630 Revenue 5 6", 0)]
    assert cells == [("Net debt1", None), ("6,530", 6_530), ("6,591", 6_591), ("EBITDA1,2", None), ("555", 555),
                     ("620", 620), ("Cost (per lb)4,4", None), ("$ 2.68", 2.68), ("$ 2.57", 2.57),
                     ("Taxes receivable", None), ("771,866", 771_866), ("834,630", 834_630), ("Revenue", None),
                     ("5", 5), ("6", 6)], cells
    got = _stream_facts(["Consolidated Financial Highlights", "",
                         "QUARTERLY Q4 2025 Q3 2025 Q4 2024 Sales revenues 2,256 2,279 2,218 Gross profit 505 556 87 "
                         "Cash flows from operating activities3 683 360 (285) Net debt1 6,530 6,591 7,420 EBITDA1,2 555 "
                         "620 373 Realized copper price (per lb)3 $ 5.17 $ 5.24 $ 4.62"],
                        "Holloway Mining reports fourth quarter 2025 results")
    assert got[("Net debt", "2025-12-31", 3)][0] == 6_530, got  # (the grid reader cleans the note's digit off)
    assert got[("EBITDA1,2", "2024-12-31", 3)][0] == 373


def test_a_row_without_its_change_under_interleaved_change_columns_is_read_under_its_periods() -> None:
    """Flattened under '2025 2024 % Change 2025 2024 % Change': 'Cost of sales 598,198 608,690 3,147,914 3,347,496'
    prints a figure for each period and no change: the periods' figures, as where the change columns stand last (the
    row was dropped). Near miss: a row of four figures one of them a change ('Other 12 10 30.0% 44') is left out."""
    got = _flat_facts("Quarters Ended December 27, Quarters Ended December 28, Years Ended December 27, Years Ended "
                      "December 28, 2025 2024 % Change 2025 2024 % Change Net sales $ 988,469 "
                      "$ 950,283 5.5% $ 4,507,438 $ 4,639,386 (4.6)% Cost of sales 598,198 608,690 3,147,914 "
                      "3,347,496 Gross profit 490,271 441,593 24.3% 2,359,524 2,291,890 6.2% Other 12 10 30.0% 44")
    assert got[("net sales", 2024, 12)] == (4_639_386_000, "USD"), got
    assert got[("cost of sales", 2025, 3)] == (598_198_000, "USD")
    assert got[("cost of sales", 2024, 12)] == (3_347_496_000, "USD")
    assert not any(k[0] == "other" for k in got)


def test_figures_among_a_flattened_labels_words_are_the_labels() -> None:
    """Flattened: '... investments (amortized cost—$956,406 and $116,168, respectively) $ 945,829 $ 110,323',
    'Preferred stock, $0.01 par value (authorized: 35.0 shares; none issued) — —', 'Tier 1 capital ratio 6.1% 5.9%':
    a figure inside a note in words, or between a label's words (a small-letter word after it), is the label's; read
    as the row's, the row listed too many figures and was dropped. So is the last dash of a row of dashes before the
    next row's label ('— — Other'). Near misses: a negative in parentheses ('(2,234)', '(4.6)%') and a year before
    'and' in a heading ('December 31, 2025 and 2024') stay figures."""
    from parsers.cell_tables import flat_cells
    cells = [(c.text, c.value) for c in flat_cells(
        "Investments (amortized cost—$956,406 and $116,168, respectively) $ 945,829 $ 110,323 Preferred stock, $0.01 "
        "par value (authorized: 35.0 shares; none issued) — — Other (2,234) (4.6)% Tier 1 capital ratio 6.1% 5.9% "
        "December 31, 2025 and 2024", 0)]
    assert cells == [("Investments (amortized cost—$956,406 and $116,168, respectively)", None), ("$ 945,829", 945_829),
                     ("$ 110,323", 110_323), ("Preferred stock, $0.01 par value (authorized: 35.0 shares; none issued)",
                                              None), ("—", 0), ("—", 0), ("Other", None), ("(2,234)", -2_234),
                     ("(4.6)%", -4.6), ("Tier 1 capital ratio", None), ("6.1%", 6.1), ("5.9%", 5.9),
                     ("December 31,", None), ("2025", 2025), ("and", None), ("2024", 2024)], cells


def test_quarters_under_two_fiscal_years_of_a_flattened_line_each_under_its_year() -> None:
    """Flattened: 'Fiscal 2024 Fiscal 2025 Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4 GAAP Operating Cash Flow $ 23,993 ...': the same run
    of quarters once for each year, in the order printed, so each year stands over its own four (the line was left
    unread). Also: a note's mark after a label with a space ('Capital Expenditures (2) (727) ...', one figure more than
    columns) is no figure, and the '%' after a dollar figure opens the next label ('$ 24,341 % Growth over prior
    year'), never making the figure a percentage. Near miss: a year with fewer quarters than the other ('Q1 Q2 Q3 Q4
    Q1 Q2') leaves the line unread."""
    rows = (" GAAP Operating Cash Flow $ 23,993 $ 23,533 $ 23,717 $ 24,224 $ 24,845 $ 25,196 $ 25,029 $ 24,921 Capital "
            "Expenditures (2) (727) (810) (784) (750) (764) (678) (709) (680) Free Cash Flow $ 23,366 $ 22,823 $ 23,033 "
            "$ 23,574 $ 24,181 $ 24,618 $ 24,420 $ 24,341 % Growth over prior year 8% 2% 1% 4% 6% 14% 11% 6%")
    got = _stream_facts(["Free Cash Flow (in millions)", "", "Fiscal 2024 Fiscal 2025 Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4" + rows],
                        "Holloway Software reports fourth quarter fiscal 2025 results")
    assert got[("GAAP Operating Cash Flow", "2024-03-31", 3)] == (23_993_000_000, "USD"), sorted(got)
    assert got[("Capital Expenditures", "2024-12-31", 3)] == (-750_000_000, "USD")
    assert got[("Free Cash Flow", "2025-12-31", 3)] == (24_341_000_000, "USD")
    assert not any(unit == "percent" and v > 200 for v, unit in got.values())
    fewer = _stream_facts(["Free Cash Flow (in millions)", "", "Fiscal 2024 Fiscal 2025 Q1 Q2 Q3 Q4 Q1 Q2" + rows],
                          "Holloway Software reports second quarter fiscal 2025 results")
    assert not fewer, fewer


def test_each_balance_date_after_its_as_of_heads_its_column_of_a_flattened_line() -> None:
    """Flattened: 'As of December 31, 2025 As of December 31, 2024 Cash and cash equivalents 129 577 ...': each
    column's 'As of' and whole date (the second 'As of' was read as prose inside the header, which started again and
    kept one column). Near miss: one 'As of' date over two years ('As of December 31, 2025 2024') reads as before."""
    rows = (" Cash and cash equivalents $ 129 $ 577 Financial royalty assets, net 25,911 24,827 Total assets 28,223 26,382 "
            "Long-term debt 7,615 7,135 Total liabilities 8,880 7,298 Total shareholders’ equity 20,342 20,084")
    got = _flat_facts("As of December 31, 2025 As of December 31, 2024" + rows)
    assert got[("cash and cash equivalents", 2025, 0)] == (129_000, "USD"), got
    assert got[("total liabilities", 2024, 0)] == (7_298_000, "USD")
    assert _flat_facts("As of December 31, 2025 2024" + rows) == got


def test_quarters_named_in_words_and_their_total_head_a_flattened_line_of_one_fiscal_year() -> None:
    """Flattened: 'Fiscal 2025 First Quarter Second Quarter Third Quarter Fourth Quarter Total Revenue $ 12,021 ...':
    each quarter its own column and 'Total' the year's, the first row's label after them (run together with its label,
    no column was read). Near miss: 'Total revenue' alone is a row's label, never a column."""
    got = _stream_facts(["Quarterly results (In Thousands)", "",
                         "Fiscal 2025 First Quarter Second Quarter Third Quarter Fourth Quarter Total Revenue $ 12,021 "
                         "$ 12,915 $ 15,076 $ 201,144 $ 481,156 Cost of Services 64,050 63,806 66,150 70,504 324,510 "
                         "Gross Profit 44,954 45,896 45,811 47,485 244,146"],
                        "Holloway Services reports fourth quarter 2025 results")
    assert got[("Revenue", "2025-12-31", 3)] == (201_144_000, "USD"), got
    assert got[("Revenue", "2025-12-31", 12)] == (481_156_000, "USD")
    assert got[("Gross Profit", "2025-03-31", 3)] == (44_954_000, "USD")
    from parsers.cell_tables import _column_groups
    assert _column_groups("Total revenue") == []


def test_a_negative_before_a_rows_figures_is_never_taken_for_a_notes_mark() -> None:
    """Near miss of the note's mark ('Capital Expenditures (2) (727) ...'): a figure of two digits in parentheses
    ('(81)') before a row's figures, one more than columns, is a figure, so the row is left out rather than read
    shifted a column (its change '0%' was stored as the year's figure)."""
    got = _flat_facts("Year Ended December 31, 2025 2024 Revenue $ 2,200 $ 2,000 Other income (81) 35 40 Interest expense "
                      "20 25 Net income $ 250 $ 220 Total assets 1,000 9,000")
    assert not any(k[0] == "other income" for k in got), got
    assert got[("net income", 2025, 12)] == (250_000, "USD")


def test_a_colon_inside_a_labels_note_cuts_no_heading_off_it() -> None:
    """Flattened: 'Class A common stock, $0.01 par value (authorized: 600.0 shares; issued: 3.6 shares and 3.6 shares,
    respectively) -- --': the colons inside the note are the label's, no heading ends there (cut at the last one, the
    row was read as '3.6 shares and 3.6 shares, respectively)' and its start taken for the heading of every row after
    it). Near miss: a heading's colon outside any note ('Operating activities: Depreciation') still cuts it off."""
    got = _flat_facts("December 31, 2025 December 31, 2024 Total assets $ 36,064.3 $ 36,375.1 Class A common stock, $0.01 "
                      "par value (authorized: 600.0 shares; issued: 3.6 shares and 3.6 shares, respectively) -- -- Class "
                      "B common stock, $0.01 par value (authorized: 600.0 shares; issued: 315.5 shares and 312.5 shares, "
                      "respectively) 3.1 3.1 Paid-in capital 8,223.6 8,108.4 Operating activities: Depreciation 708 646 "
                      "Total equity 23,284.2 23,407.2")
    labels = {k[0] for k in got}
    assert any(l.startswith("class b common stock") for l in labels), labels
    assert "paid-in capital" in labels and "depreciation" in labels
    assert not any(l.startswith("315.5 shares") for l in labels)


def test_a_one_word_section_heading_run_into_a_flattened_rows_label_heads_it() -> None:
    """Flattened: 'Assets Cash and cash equivalents $ 314,854 ...', 'Revenues Rental income 318,348 ...': a statement's
    one-word section heading (knowledge/vocabulary.toml statement_section_words) run into a label in small letters is
    cut off as its heading (run in, the cash row was read under another name and a question of cash met the cash flow
    statement's end-of-period figure). Near misses: a label in capitals ('Assets Held for Sale'), one with no small
    letters after its second word ('Revenue Subscription') and one naming a company ('Equity Method investments in
    Alder') stay whole."""
    got = _flat_facts("December 27, 2025 December 28, 2024 Assets Cash and cash equivalents $ 314,854 $ 285,217 "
                      "Inventories 971,044 156,430 Assets Held for Sale 200,430 697,605 Total assets 4,100,000 4,200,000 "
                      "Liabilities Accounts payable 700,000 750,000 Equity Method investments in Alder 6,000 7,000")
    labels = {k[0] for k in got}
    assert got[("cash and cash equivalents", 2025, 0)] == (314_854_000, "USD"), sorted(labels)
    assert {"accounts payable", "assets held for sale", "equity method investments in alder"} <= labels, labels
    from parsers.cell_tables import _run_in_rows
    assert _run_in_rows("Revenue Subscription") == ["Revenue Subscription"]
    assert _run_in_rows("Revenues Rental income") == ["Revenues", "Rental income"]
