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


def _fixed_facts(lines: list[str]) -> dict[tuple[str, str, str, int], float]:
    from parsers.document import parse_text
    doc = parse_text("x.txt", "\n".join(lines) + "\n", excerpt=True)
    return {(f.label, f.segment or "", f.period.end.isoformat(), f.period.months): f.value
            for f in doc.figures if f.source == "table"}


def test_segment_headings_narrower_than_their_column_groups_head_every_column_of_the_group() -> None:
    """Fixed width: 'Sensors   Valves   Consolidated', each centred over its two years but narrower than them, under
    the span's caption line: each heading heads both its years (a colspan), and each heading line is a heading row
    of its own ('Three months ended March 31, | Valves | 2025'), as an HTML table's rows are. Read as one phrase
    with the caption, and with the second year of each group under no heading, no cell of the table was read."""
    lines = ["SUMMARY OF RESULTS",
             "",
             "Three months ended March 31,($ thousands)",
             "                                      Sensors                 Valves               Consolidated",
             "                                 2025        2024        2025        2024        2025        2024",
             "                               --------    --------    --------    --------    --------    --------",
             "Revenue                          12,400      11,900       6,310       5,880      18,710      17,780",
             "Operating profit                  2,140       1,975         804         611       2,944       2,586",
             ""]
    got = _fixed_facts(lines)
    assert got[("Revenue", "Valves", "2024-03-31", 3)] == 5_880_000
    assert got[("Revenue", "Sensors", "2024-03-31", 3)] == 11_900_000
    assert got[("Operating profit", "Valves", "2025-03-31", 3)] == 804_000
    assert got[("Revenue", "", "2024-03-31", 3)] == 17_780_000  # the consolidated column: the company's own


def test_headings_over_groups_of_unlike_periods_are_not_spread_over_their_neighbours() -> None:
    """The near miss: 'Sensors' over three years and 'Valves' over two: the columns no heading covers make no groups
    of the same years, so none is given a heading it may not stand under; what is read is read under its own."""
    lines = ["SEGMENT REVENUE",
             "($ thousands)",
             "",
             "                                                Sensors                              Valves",
             "                                 2025        2024        2023                2025        2024",
             "                               --------    --------    --------            --------    --------",
             "Revenue                          12,400      11,900      10,050               6,310       5,880",
             "Operating profit                  2,140       1,975       1,702                 804         611",
             ""]
    got = _fixed_facts(lines)
    assert all(v != 5_880_000 or seg != "Sensors" for (_, seg, _, _), v in got.items()), got
    assert all(v != 11_900_000 or seg != "Valves" for (_, seg, _, _), v in got.items()), got


def test_change_headings_in_a_currency_and_with_a_note_mark_leave_the_year_line_a_header() -> None:
    """Fixed width: '2025   % of Revenues   2024   % of Revenues   (Decrease) in US $   in Constant Currency (1)' —
    the change columns' words ('in', 'US', a note's '(1)') are headings of columns, no prose: the line is the
    table's year line (it was taken for no header, and no cell of the statement was read)."""
    from parsers.fixed_tables import header_columns
    lines = ["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
             "($ in millions)",
             "",
             "                                         Year Ended April 30,                          % Increase      % Increase",
             "                              2025      % of Revenues      2024      % of Revenues  (Decrease) in US $  in Constant Currency (1)",
             "                          --------   ----------------   --------   ----------------   -----------   -----------",
             "Total revenues             $ 2,410               100%    $ 2,220               100%            9%            10%",
             "Operating income               602                25%        515                23%           17%            18%",
             "Net income                   $ 401                17%      $ 350                16%           15%            15%",
             ""]
    got = _fixed_facts(lines)
    assert got[("Total revenues", "", "2025-04-30", 12)] == 2_410_000_000
    assert got[("Net income", "", "2024-04-30", 12)] == 350_000_000
    assert not any(v in (9.0, 10.0, 17.0) and k[0] == "Total revenues" for k, v in got.items())  # no change as an amount
    assert header_columns("                  2025        2024    in Constant Currency (1)") is not None


def test_a_line_of_years_among_words_of_a_sentence_stays_no_header() -> None:
    """The near miss: '2025 in the US grew over 2024 in Constant Currency terms' — words no column heading prints
    ('grew', 'over', 'terms') between the years: a sentence, never a table's year line."""
    from parsers.fixed_tables import header_columns
    assert header_columns("Sales in   2025 in the US grew over   2024 in Constant Currency terms") is None


def test_a_lead_sentence_naming_a_segment_makes_the_fixed_width_table_under_it_that_segments() -> None:
    """Fixed width: 'The following table highlights the Coastal segment results for ...' right above a table of
    'Net sales' / 'Operating income' (and the year's table printed right under it): every figure is the Coastal
    segment's, never the company's own net sales beside its income statement's."""
    lines = ["The following table highlights the Coastal segment results for the three months and year ended",
             "",
             "```",
             "                              For the three months ended",
             "($ in millions)          December 31, 2025   December 31, 2024           % Change",
             "                         -----------------   -----------------   ---------------------",
             "Net sales                          $ 612.4             $ 590.0                   3.8%",
             "Operating income                      88.1                80.3                   9.7%",
             "",
             "                              For the years ended",
             "($ in millions)          December 31, 2025   December 31, 2024           % Change",
             "                         -----------------   -----------------   ---------------------",
             "Net sales                        $ 2,401.7           $ 2,300.2                   4.4%",
             "Operating income                     330.5               301.0                   9.8%",
             "```",
             ""]
    got = _fixed_facts(lines)
    assert got[("Net sales", "Coastal", "2025-12-31", 3)] == 612_400_000
    assert got[("Net sales", "Coastal", "2025-12-31", 12)] == 2_401_700_000
    assert not any(seg == "" for (_, seg, _, _) in got), got


def test_a_lead_sentence_of_the_companys_own_results_names_no_segment() -> None:
    """The near miss: 'The following table highlights the consolidated results ...' (no segment named) and 'by segment'
    leads: the table is the company's (or its columns' own), no part taken from the sentence."""
    lines = ["The following table highlights the consolidated results for the three months ended December 31, 2025.",
             "",
             "($ in millions)          December 31, 2025   December 31, 2024",
             "                         -----------------   -----------------",
             "Net sales                          $ 612.4             $ 590.0",
             "Operating income                      88.1                80.3",
             ""]
    got = _fixed_facts(lines)
    assert got[("Net sales", "", "2025-12-31", 0)] == 612_400_000 or got.get(("Net sales", "", "2025-12-31", 3)) == 612_400_000, got


def test_a_year_over_quarters_that_print_no_year_heads_every_quarter_column() -> None:
    """Fixed width: 'Fiscal 2025' over 'First Quarter   Second Quarter   Third Quarter   Fourth Quarter   Total', and
    'Fiscal 2024   Fiscal 2025' over 'Q1  Q2  Q3  Q4  Q1  Q2  Q3  Q4': the quarters are the columns, each of the year
    over it (the year line was taken for the columns, and no row fitted its one or two of them)."""
    lines = ["QUARTERLY RESULTS",
             "(In thousands)",
             "",
             "                                           Fiscal 2025",
             "                           First Quarter   Second Quarter   Third Quarter   Fourth Quarter      Total",
             "                           -------------   --------------   -------------   --------------   --------",
             "Revenue                          $41,020          $42,310         $43,905          $46,118   $173,353",
             "Operating income                   6,120            6,408           6,990            7,301     26,819",
             "",
             "",
             "OPERATING CASH FLOW BY QUARTER",
             "(In thousands)",
             "",
             "                                Fiscal 2024                           Fiscal 2025",
             "                        Q1        Q2        Q3        Q4        Q1        Q2        Q3        Q4",
             "                  --------  --------  --------  --------  --------  --------  --------  --------",
             "Net cash provided   $5,210    $5,480    $5,902    $6,013    $6,330    $6,512    $6,804    $7,022",
             "Capital spending     (810)     (832)     (790)     (901)     (920)     (944)     (958)     (971)",
             ""]
    got = _fixed_facts(lines)
    assert got[("Revenue", "", "2025-12-31", 3)] == 46_118_000  # the fourth quarter of fiscal 2025 (a December year)
    assert got[("Revenue", "", "2025-12-31", 12)] == 173_353_000
    assert got[("Revenue", "", "2025-03-31", 3)] == 41_020_000
    assert got[("Capital spending", "", "2024-03-31", 3)] == -810_000 and got[("Capital spending", "", "2025-12-31", 3)] == -971_000


def test_quarter_words_among_other_headings_are_no_quarter_columns() -> None:
    """The near miss: a heading line of quarters beside words no quarter column prints ('Q4   Q3   Sequential
    change') or a single quarter ('Q4   Total'): no line of quarter columns, left to the readers it was left to."""
    from parsers.fixed_tables import _quarter_columns
    assert _quarter_columns("                        Q1        Q2        Q3        Q4") is not None
    assert _quarter_columns("                        Q4        Q3        Sequential change") is None
    assert _quarter_columns("                        Q4        Total") is None
    assert _quarter_columns("Revenue in the first quarter   Q4") is None


def test_headings_after_a_fixed_width_tables_last_row_title_the_next_table() -> None:
    """Fixed width: a statement's last row, a page number, then 'FREE CASH FLOW - TRAILING 4-QUARTERS' and its scale
    over the next table: those lines are the next table's title (it reads its quarters as trailing twelve months),
    never the rows of the table above (the title was lost, and the trailing figures were read as quarters')."""
    lines = ["CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS",
             "($ in millions)",
             "",
             "                                             Year Ended June 30,",
             "                                               2025        2024",
             "                                           ---------   ---------",
             "Net cash provided by operating activities     $ 4,120     $ 3,905",
             "Capital expenditures                            (610)       (588)",
             "",
             "7",
             "",
             "FREE CASH FLOW - TRAILING 4-QUARTERS",
             "",
             "($ in millions)",
             "",
             "",
             "                         Fiscal 2024                     Fiscal 2025",
             "                   Q1        Q2        Q3        Q4        Q1        Q2        Q3        Q4",
             "             --------  --------  --------  --------  --------  --------  --------  --------",
             "Free Cash Flow $ 3,010   $ 3,122   $ 3,240   $ 3,317   $ 3,398   $ 3,455   $ 3,490   $ 3,510",
             ""]
    got = _fixed_facts(lines)
    assert got[("Free Cash Flow", "", "2025-06-30", 12)] == 3_510_000_000
    assert not any(k[0] == "Free Cash Flow" and k[3] == 3 for k in got), got  # no trailing figure read as a quarter's
    assert got[("Capital expenditures", "", "2025-06-30", 12)] == -610_000_000


def test_a_form_name_and_an_exhibit_number_under_a_fixed_width_table_are_no_rows() -> None:
    """Fixed width: a footnote ending '... in the Form 10-K.' and an EDGAR page's 'Exhibit 99.05' under a table's rows:
    '10' of 'Form 10-K' and '99.05' are no figures of a column (they were stored as $10 million and $99.05 million).
    The near miss: a row printing a real figure under the same column is read."""
    lines = ["Kestrel Utilities",
             "Analysis of Consolidated Earnings",
             "(In Millions of Dollars)",
             "",
             "                                      2025        2024      Change",
             "                                    ------      ------      ------",
             "Retail sales                         10,412       9,980         432",
             "Other revenues                          10           8           2",
             "",
             "- Information is subject to audit and adjustments and may differ from final",
             "results published in the Form            10-K.",
             "",
             "Exhibit                               99.05",
             ""]
    got = _fixed_facts(lines)
    assert got[("Other revenues", "", "2025-12-31", 12)] == 10_000_000
    assert not any("Form" in k[0] or "Exhibit" in k[0] for k in got), got


def test_years_each_on_a_line_of_its_own_over_a_rule_are_the_rules_columns() -> None:
    """Fixed width: 'As of / December 31, / 2025 / (unaudited)' beside 'As of / December 31, / 2024', each right-aligned
    over its column, so the years stand on two lines ('2025    December 31,' over '(unaudited)    2024'): the rule's
    runs under them are the columns, each of its one year (no line was a year line, and no cell was read)."""
    lines = ["CONDENSED CONSOLIDATED BALANCE SHEETS",
             "(in millions)",
             "                                          As of",
             "                                   December 31,          As of",
             "                                           2025   December 31,",
             "                                    (unaudited)           2024",
             "                                   ------------   ------------",
             "Cash and cash equivalents             $ 1,402.6      $ 1,318.0",
             "Total assets                            6,210.4        5,998.7",
             "Total equity                            1,511.9        1,402.2",
             ""]
    got = _fixed_facts(lines)
    assert got[("Cash and cash equivalents", "", "2025-12-31", 0)] == 1_402_600_000
    assert got[("Total equity", "", "2024-12-31", 0)] == 1_402_200_000


def test_a_rule_under_lines_of_two_years_over_one_run_makes_no_columns() -> None:
    """The near miss: a rule whose one run stands under two years ('2025' over '2024', a heading of two lines over one
    column), or whose runs have no year over them: no staggered columns are made of it."""
    from parsers.fixed_tables import FixedWidthReader
    lines = ["SELECTED DATA",
             "                                           2025",
             "                                    Restated 2024    Change",
             "                                   ------------   ------------",
             "Cash and cash equivalents             $ 1,402.6          84.6",
             ""]
    reader = FixedWidthReader(lines, 12)
    assert reader._staggered_years(3) is None


def test_rows_marked_with_a_dash_under_a_heading_are_the_headings_rows() -> None:
    """Fixed width: 'Earnings per share' (no colon, no figures) over '- Basic' and '- Diluted': the dash is the rows'
    mark, so the heading heads both ('Earnings per share Diluted'); it had been joined to the first row as a wrapped
    label, and 'Diluted' read under no heading."""
    lines = ["CONSOLIDATED STATEMENTS OF INCOME",
             "(Expressed in United States Dollars)",
             "",
             "                                     Quarters Ended December 31,",
             "                                         2025            2024",
             "                                   ----------      ----------",
             "Net income                          4,812,300       3,205,118",
             "Earnings per share",
             "- Basic                                  0.21            0.14",
             "- Diluted                                0.20            0.13",
             ""]
    got = _fixed_facts(lines)
    diluted = {k: v for k, v in got.items() if "Diluted" in k[0]}
    assert diluted and all(k[0].startswith("Earnings per share") for k in diluted), got
    assert diluted[("Earnings per share Diluted", "", "2025-12-31", 3)] == 0.20


def test_a_label_wrapped_onto_a_line_opening_with_a_hyphenated_word_stays_one_label() -> None:
    """The near miss: 'Net income attributable to' over 'non-controlling interests  1,204' — the next line opens in
    lower case (no dash mark before a capital): one label wrapped over two lines, as before."""
    lines = ["CONSOLIDATED STATEMENTS OF INCOME",
             "(in thousands)",
             "",
             "                                         2025            2024",
             "                                   ----------      ----------",
             "Net income                              4,812           3,205",
             "Net income attributable to",
             "non-controlling interests                 204             118",
             ""]
    got = _fixed_facts(lines)
    assert got[("Net income attributable to non-controlling interests", "", "2025-12-31", 12)] == 204_000


def test_prose_words_amounted_and_percent_of_above_a_cell_stream_are_no_amounts_and_percents_header() -> None:
    """One cell a line: a paragraph above the statement saying revenue 'amounted to' a figure, '... 15.2% of ...'
    is no header of 'Amounts' | 'Percent of sales': taken for one, the second half of the columns (the year's) was
    read as percentages and left unread. Near miss: a header that prints 'Amount' and '% of Sales' as cells of its
    own keeps the amounts, never a percentage read as an amount."""
    prose = ("* Revenues for the three months ended December 31, 2024 amounted to $41.7 million, a decrease of 15.2% "
             "of the prior year's revenues.")
    got = _stream_facts(["Fourth Quarter 2024 Results:", prose, "", "CONSOLIDATED STATEMENTS OF INCOME", "(in thousands)", "",
                         "Quarters Ended December 31,", "Years Ended December 31,", "2024", "2023", "2024", "2023",
                         "Revenues", "41,702", "44,118", "163,240", "171,966",
                         "Net income", "5,204", "7,391", "48,620", "66,015"],
                        "Larkspur Tankers reports fourth quarter 2024 results")
    assert got[("Revenues", "2024-12-31", 12)] == (163_240_000, "USD")
    assert got[("Net income", "2023-12-31", 12)] == (66_015_000, "USD")
    assert got[("Net income", "2024-12-31", 3)] == (5_204_000, "USD")
    near = _stream_facts(["CONSOLIDATED STATEMENTS OF INCOME", "(in thousands)", "", "Year Ended December 31,",
                          "Amount", "% of Sales", "2024", "2023", "2024", "2023",
                          "Net sales", "80,000", "70,000", "100.0%", "100.0%",
                          "Net income", "8,000", "6,300", "10.0%", "9.0%"],
                         "Larkspur Tankers reports fourth quarter 2024 results")
    assert near.get(("Net sales", "2024-12-31", 12)) in (None, (80_000_000, "USD"))
    assert not any(v in (100.0, 10.0, 9.0, 100_000.0, 10_000.0, 9_000.0) and u == "USD" for v, u in near.values())


def test_columns_headed_as_of_a_date_or_by_a_slash_date_of_one_cell_a_line_are_read() -> None:
    """One cell a line, in a release with no other table: columns headed 'As of December 31, 2024' / 'As of December
    31, 2023', '12/31/24' / '06/30/24' or 'December 31,2024' (no space after the comma) are a table's header; the
    stream was not taken for one at all. Near miss: a sentence opening 'As of December 31, 2024, ...' is no column's
    heading."""
    lead = "Quillfeather Laundry Systems reports second quarter fiscal 2025 results"
    as_of = _stream_facts(["Selected Balance Sheet Data", "($ in millions)", "As of December 31, 2024",
                           "As of December 31, 2023", "Cash and cash equivalents", "1,184", "806",
                           "Total assets", "21,407", "19,955"], lead)
    assert as_of[("Total assets", "2024-12-31", 0)] == (21_407e6, "USD")
    assert as_of[("Cash and cash equivalents", "2023-12-31", 0)] == (806e6, "USD")
    slash = _stream_facts(["Condensed Consolidated Balance Sheets (in thousands)", "12/31/24", "06/30/24",
                           "Cash", "$", "6,218", "$", "5,730", "Total assets", "312,446", "298,175"], lead)
    assert slash[("Total assets", "2024-12-31", 0)] == (312_446e3, "USD")
    assert slash[("Cash", "2024-06-30", 0)] == (5_730e3, "USD")
    glued = _stream_facts(["Selected Balance Sheet Items", "Dollars in millions", "December 31,2024",
                           "December 31,2023", "Advances", "$", "84,306", "$", "97,212", "Total assets", "141,880",
                           "150,093"], lead)
    assert glued[("Advances", "2023-12-31", 0)] == (97_212e6, "USD")
    near = _stream_facts(["As of December 31, 2024, the company held cash of $1,184 million and total assets of "
                          "$21,407 million, against $806 million and $19,955 million a year before.",
                          "Cash and cash equivalents", "1,184", "806"], lead)
    assert not any(k[0] == "Cash and cash equivalents" for k in near)


def test_a_row_label_naming_the_year_of_one_cell_a_line_is_no_column_heading() -> None:
    """One cell a line: a row's label that names a span ('Net income for the year' / its figures), right under the
    header or among the rows, is a row: taken for the first column group of a new header, the years above it were
    dropped and the whole cash-flow statement left unread. Near miss: 'Year Ended May 31,' after the rows, followed by
    change headings ('% Increase'), still starts the next table (its rows are never read under the first's spans)."""
    got = _stream_facts(["CONSOLIDATED STATEMENTS OF CASH FLOWS", "(in thousands)", "",
                         "Twelve Month Periods Ended December 31,", "2024", "2023",
                         "Cash flows from operating activities", "Net income for the year", "48,620", "66,015",
                         "Depreciation", "14,502", "13,877", "Net cash provided by operating activities", "79,406",
                         "85,519"], "Larkspur Tankers reports fourth quarter 2024 results")
    assert got[("Net income for the year", "2023-12-31", 12)] == (66_015_000, "USD")
    assert got[("Net cash provided by operating activities", "2024-12-31", 12)] == (79_406_000, "USD")
    near = _stream_facts(["STATEMENTS OF OPERATIONS", "($ in millions)", "", "Three Months Ended May 31,", "2025",
                          "2024", "Total revenues", "$", "9,812", "$", "9,004", "Net income", "2,611", "2,385", "",
                          "Year Ended May 31,", "% Increase", "2025", "2024", "(Decrease)",
                          "Total revenues", "$", "36,170", "$", "33,448", "8%",
                          "Net income", "8,207", "7,119", "19%"],
                         "Pellwood Software reports fourth quarter fiscal 2025 results")
    assert got and near[("Net income", "2025-05-31", 3)] == (2_611e6, "USD")
    assert ("Total revenues", "2025-05-31", 3) not in near or near[("Total revenues", "2025-05-31", 3)] == (9_812e6, "USD")
    assert not any(v in (36_170e6, 8_207e6) and k[2] == 3 for k, (v, _) in near.items())


def test_column_groups_named_by_a_business_of_one_cell_a_line_head_their_years() -> None:
    """One cell a line: 'Pump Systems' / 'Valve Systems' / 'Consolidated' before the years 2024 / 2023 printed thrice
    name each pair of columns, as a grid's group row over them would; under a paragraph of prose (its 'full-year' and
    'quarters' no part of the table's title). They were read into the title, the columns' periods repeated with
    nothing to tell them apart, and the table was unread. Near miss: a company's name and a statement's title before
    four years name no columns (no figure is read under 'Harrowgate Pumps Inc.')."""
    prose = ("Valve Systems revenue is recognised unevenly through the fiscal year, resulting in fluctuation on a "
             "quarterly basis. We encourage shareholders to evaluate the segment on a full-year basis.")
    from parsers.document import parse_text
    doc = parse_text("x.txt", "Harrowgate Pumps reports third quarter fiscal 2025 results\n\n" + "\n".join(
        [prose, "", "SUMMARY OF FINANCIAL PERFORMANCE", "Three months ended December 31,($ thousands)",
         "Pump Systems", "Valve Systems", "Consolidated", "2024", "2023", "2024", "2023", "2024", "2023",
         "Total revenue", "12,604", "11,975", "2,448", "1,316", "15,052", "13,291"]) + "\n", excerpt=True)
    by_segment = {(f.segment, f.period.end.year): f.value for f in doc.figures if f.source == "table"}
    assert by_segment[("Valve Systems", 2023)] == 1_316_000 and by_segment[("Pump Systems", 2024)] == 12_604_000
    assert by_segment.get(("", 2024), 15_052_000) == 15_052_000  # the consolidated columns: the company's own
    near = parse_text("x.txt", "Harrowgate Pumps reports fourth quarter 2024 results\n\n" + "\n".join(
        ["Harrowgate Pumps Inc.", "Consolidated Statements of Operations", "2024", "2023", "2024", "2023",
         "Total revenue", "12,604", "11,975", "51,330", "48,717"]) + "\n", excerpt=True)
    assert not [f for f in near.figures if f.source == "table" and "Harrowgate" in (f.segment or "")]


def test_a_date_broken_after_its_month_under_each_column_group_of_one_cell_a_line_is_read() -> None:
    """One cell a line: each column's heading printed over two lines, the date broken after its month ('Quarters Ended
    December' / .. / '30, 2023'), or a quarter's token over its year ('4Q' / '4Q' / '12 Months' / '12 Months' / 2024 /
    2023 / 2024 / 2023): the lower line's day and year are each column's, joined to the group over it. They were no
    header (the second column's '30, 2023' ended it) and the statement was unread. Near miss: a heading in capitals
    opening 'OVERVIEW' after the years is no trailing 'over' column."""
    got = _stream_facts(["CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "(in thousands)", "",
                         "Quarters Ended December 28,", "Quarters Ended December", "Years Ended December 28,",
                         "Years Ended December 30,", "2024", "30, 2023", "2024", "2023",
                         "Net income (loss)", "$", "(9,417)", "$", "61,208", "$", "(204,116)", "$", "(13,590)",
                         "Depreciation", "8,264", "14,731", "52,088", "57,903"],
                        "Brightwater Apparel reports fourth quarter 2024 results")
    assert got[("Net income (loss)", "2023-12-30", 3)] == (61_208_000, "USD")
    assert got[("Depreciation", "2024-12-28", 12)] == (52_088_000, "USD")
    assert got[("Depreciation", "2023-12-30", 12)] == (57_903_000, "USD")
    quarters = _stream_facts(["FINANCIAL HIGHLIGHTS", "($ in millions)", "", "4Q", "4Q", "12 Months", "12 Months",
                              "2024", "2023", "2024", "2023", "OVERVIEW OF RESULTS", "Net revenues", "$", "2,448", "$",
                              "2,231", "$", "9,377", "$", "8,650", "Net income", "187", "166", "598", "503"],
                             "Ashcombe Insurance reports fourth quarter 2024 results")
    assert quarters[("Net revenues", "2023-12-31", 3)] == (2_231e6, "USD")
    assert quarters[("Net income", "2024-12-31", 12)] == (598e6, "USD")
    assert not any(v in (2_448e6, 187e6) and k[2] == 12 for k, (v, _) in quarters.items())


def test_quarters_under_fiscal_years_of_one_cell_a_line_are_each_years_quarters() -> None:
    """One cell a line: 'Fiscal 2024' / 'Fiscal 2025' then 'Q1' .. 'Q4' twice, eight figures a row: each year stands
    over its run of four quarters, as a grid's group row does (the stream used to leave the table unread). Near miss:
    quarters that do not repeat the same run under each year ('Q3' 'Q4' 'Q1' / 'Q2' 'Q3' 'Q4') are no one's: unread."""
    head = ["QUARTERLY REVENUE", "($ in millions)", "", "Fiscal 2024", "Fiscal 2025"]
    rows = ["Total revenues", "$", "1,210", "$", "1,305", "$", "1,288", "$", "1,402", "$", "1,350", "$", "1,418",
            "$", "1,440", "$", "1,515", "Operating income", "301", "514", "318", "355", "340", "362", "371", "398"]
    got = _stream_facts(head + ["Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"] + rows,
                        "Fernhollow Systems reports fourth quarter fiscal 2025 results")
    assert got[("Total revenues", "2025-12-31", 3)] == (1_515e6, "USD")
    assert got[("Total revenues", "2024-12-31", 3)] == (1_402e6, "USD")
    assert got[("Operating income", "2024-03-31", 3)] == (301e6, "USD")
    assert got[("Operating income", "2025-03-31", 3)] == (340e6, "USD")
    near = _stream_facts(head + ["Q3", "Q4", "Q1", "Q2", "Q3", "Q4"] + [
        "Total revenues", "1,288", "1,402", "1,350", "1,418", "1,440", "1,515"],
                         "Fernhollow Systems reports fourth quarter fiscal 2025 results")
    assert not any(k[0] == "Total revenues" for k in near)


def test_column_groups_printed_twice_over_of_one_cell_a_line_stand_once_over_their_years() -> None:
    """One cell a line: the spans' headings printed twice (a caption repeating them, then the table's own: 'Three Months
    Ended' / 'Nine Months Ended' / 'Three Months Ended' / 'Nine Months Ended' / 2025 / 2024 / 2025 / 2024) stand once,
    each over its two years; spread one a column, each span stood over one year and the statement was unread. Near
    miss: over 2025 / 2025 / 2024 / 2024 the four headings stay one a column (the nine months' 2025 is the second)."""
    groups = ["Three Months Ended September 30,", "Nine Months Ended September 30,"]
    rows = ["Revenues", "$", "35,902", "$", "31,477", "$", "99,815", "$", "84,630",
            "Gross profit", "19,044", "16,870", "55,312", "47,205"]
    lead = "Tamberlane Games reports third quarter 2025 results"
    got = _stream_facts(["CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands)"] + groups + [""] + groups
                        + ["2025", "2024", "2025", "2024"] + rows, lead)
    assert got[("Revenues", "2024-09-30", 3)] == (31_477_000, "USD")
    assert got[("Gross profit", "2025-09-30", 9)] == (55_312_000, "USD")
    near = _stream_facts(["CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands)"] + groups + groups
                         + ["2025", "2025", "2024", "2024"] + rows, lead)
    assert near.get(("Revenues", "2025-09-30", 9), (31_477_000, "USD")) == (31_477_000, "USD")
    assert near.get(("Revenues", "2025-09-30", 3), (35_902_000, "USD")) == (35_902_000, "USD")


def test_a_row_without_its_change_cells_between_years_of_one_cell_a_line_keeps_one_figure_a_period() -> None:
    """One cell a line: under '2024' / '2023' / '% Change' printed twice (a change column after each span's years), a
    row that leaves both changes blank lists one figure a period ('Cost of sales' / four amounts, 'As a % of net sales'
    / four percentages): each is its period's, in order. It was dropped as a row of blank cells. Near miss: four
    figures of which one is a change ('12,400 | 14,100 | 9,800 | 25.1%': a period's cell is the blank one) stay
    unread."""
    head = ["CONSOLIDATED STATEMENTS OF INCOME", "(in thousands)", "", "Quarters Ended December 28,",
            "Quarters Ended December 30,", "Years Ended December 28,", "Years Ended December 30,",
            "2024", "2023", "% Change", "2024", "2023", "% Change"]
    rows = ["Net sales", "$", "702,115", "$", "671,940", "4.4%", "$", "2,860,204", "$", "2,911,337", "(1.7)%",
            "Cost of sales", "401,562", "389,017", "1,733,480", "1,812,659",
            "As a % of net sales", "42.8%", "42.1%", "39.4%", "37.7%",
            "Other expenses", "12,400", "14,100", "9,800", "25.1%"]
    got = _stream_facts(head + rows, "Kittering Apparel reports fourth quarter 2024 results")
    assert got[("Net sales", "2023-12-30", 12)] == (2_911_337_000, "USD")
    assert got[("Cost of sales", "2023-12-30", 3)] == (389_017_000, "USD")
    assert got[("Cost of sales", "2024-12-28", 12)] == (1_733_480_000, "USD")
    assert not any(k[0] == "Other expenses" for k in got)


def test_shares_of_revenue_printed_after_each_year_of_one_cell_a_line_are_columns_of_their_own() -> None:
    """One cell a line: '2014' / '% of Revenues' / '2013' / '% of Revenues' under the span, the change headings above
    ('% Increase' / '% Increase (Decrease)') and their second lines after ('(Decrease) in US $' / 'in Constant
    Currency'): every heading a column in the order printed, the changes over the last two. Rows of six figures were
    dropped as rows of too many. Near miss: the amounts are never read from a share's column (no 33 million)."""
    head = ["CONSOLIDATED STATEMENTS OF OPERATIONS", "($ in millions)", "", "Three Months Ended May 31,",
            "% Increase", "% Increase (Decrease)", "2014", "% of Revenues", "2013", "% of Revenues",
            "(Decrease) in US $", "in Constant Currency"]
    rows = ["REVENUES", "New software licenses", "$", "4,210", "31%", "$", "3,905", "30%", "0%", "(1%)",
            "Cloud services", "514", "3%", "433", "2%", "25%", "25%",
            "Total revenues", "13,582", "100%", "12,910", "100%", "3%", "4%",
            "Operating income", "6,044", "45%", "5,731", "44%", "12%", "13%"]
    got = _stream_facts(head + rows, "Pellwood Software reports fourth quarter fiscal 2014 results")
    assert got[("New software licenses", "2013-05-31", 3)] == (3_905e6, "USD")
    assert got[("Total revenues", "2014-05-31", 3)] == (13_582e6, "USD")
    assert got[("Operating income", "2013-05-31", 3)] == (5_731e6, "USD")
    assert not any(v in (31e6, 30e6, 45e6, 44e6, 100e6, 3e6, 4e6, 12e6, 13e6) for v, _ in got.values())
    near = _stream_facts(["CONSOLIDATED STATEMENTS OF OPERATIONS", "($ in millions)", "", "Three Months Ended May 31,",
                          "2014", "2013", "% of Revenues", "% of Revenues", "Total revenues", "13,582", "12,910",
                          "100%", "100%", "Operating income", "6,044", "5,731", "45%", "44%"],
                         "Pellwood Software reports fourth quarter fiscal 2014 results")
    assert not any(v in (45e6, 44e6, 100e6, 5_731e6) and k[1] == "2014-05-31" for k, (v, _) in near.items())


def test_a_header_printed_line_by_line_one_heading_a_column_of_one_cell_a_line_is_read_down_its_columns() -> None:
    """One cell a line: a header of two lines of one heading a column each ('Three Months Ended December' x2, 'Year
    Ended December' x2, then '27, 2024' / '29, 2023' / '27, 2024' / '29, 2023'), in no shape the stream knows (a
    span's words cut where a fixed-width copy cut them): as many headings as twice each row's figures, each line a
    heading row, the periods read down each column. It was unread. Near miss: when the first two rows do not list
    the same number of figures, which heading stands over which figure is unknown: unread."""
    head = ["CONSOLIDATED STATEMENTS OF CASH FLOWS", "(in thousands)", "", "Cash flows from operating",
            "Three Months Ended % of", "Three Months Ended December", "Year Ended % of", "Year Ended December",
            "Sales", "27, 2024", "Sales", "27, 2024"]
    rows = ["Net sales", "100.0%", "$", "37,215", "100.0%", "$", "241,776",
            "Cost of sales", "38.1%", "14,309", "33.0%", "80,442"]
    lead = "Marrowby Optics reports fourth quarter 2024 results"
    balance = ["CONSOLIDATED BALANCE SHEETS", "(in thousands)", "December 27,", "December 29,", "2024", "2023",
               "Total assets", "402,331", "388,905", ""]  # a statement before it, headed as the stream knows
    got = _stream_facts(balance + head[:3] + head[4:] + rows, lead)
    assert got[("Total assets", "2024-12-27", 0)] == (402_331_000, "USD")
    assert got[("Net sales", "2024-12-27", 3)] == (37_215_000, "USD")
    assert got[("Cost of sales", "2024-12-27", 12)] == (80_442_000, "USD")
    near = _stream_facts(balance + head[:3] + head[4:] + rows[:7] + ["Cost of sales", "14,309", "80,442"], lead)
    assert ("Net sales", "2024-12-27", 3) not in near


def test_both_columns_dates_on_one_line_then_a_cell_each_of_one_cell_a_line_date_each_column_once() -> None:
    """One cell a line: 'September 30, December 31,' (the two columns' dates copied as one line) then 'September 30,'
    / 'December 31,' / 2025 / 2024: each column dated once, September 30, 2025 and December 31, 2024; three dates did
    not divide two columns and the second column was lost. Near miss: one date over both years ('December 31,' /
    2025 / 2024) still dates both."""
    lead = "Osterley Medical reports third quarter 2025 results"
    rows = ["Cash and cash equivalents", "$", "17,604", "$", "6,931", "Total assets", "25,118", "13,872"]
    got = _stream_facts(["CONDENSED CONSOLIDATED BALANCE SHEETS", "(in thousands, unaudited)",
                         "September 30, December 31,", "September 30,", "December 31,", "2025", "2024"] + rows, lead)
    assert got[("Total assets", "2025-09-30", 0)] == (25_118_000, "USD")
    assert got[("Total assets", "2024-12-31", 0)] == (13_872_000, "USD")
    near = _stream_facts(["CONDENSED CONSOLIDATED BALANCE SHEETS", "(in thousands, unaudited)", "December 31,",
                          "2025", "2024"] + rows, lead)
    assert near[("Total assets", "2024-12-31", 0)] == (13_872_000, "USD")
    assert near[("Total assets", "2025-12-31", 0)] == (25_118_000, "USD")


def test_a_dash_for_nil_after_its_own_dollar_sign_of_one_cell_a_line_keeps_the_row() -> None:
    """One cell a line: '$' / '—' (a nil per-share figure printed with its sign, as '$' / '(0.06)' is) is a figure of
    nil; '$—' was no figure, and the row's four cells were read as fewer and dropped. Near miss: '$' before a figure
    in parentheses is still that figure, negative."""
    got = _stream_facts(["CONSOLIDATED STATEMENTS OF EARNINGS", "(in millions, except per share data)",
                         "Three Months Ended", "Year Ended", "2024", "2023", "2024", "2023",
                         "Net earnings", "$", "231", "$", "219", "$", "1,577", "$", "918",
                         "Net earnings per common share:", "Basic from discontinued operations", "$", "\u2014",
                         "$", "(0.06)", "$", "\u2014", "$",
                         "(0.37)"], "Quarrington Aggregates reports fourth quarter 2024 results")
    assert got[("Basic from discontinued operations", "2023-12-31", 3)] == (-0.06, "USD/share")
    assert got[("Basic from discontinued operations", "2023-12-31", 12)] == (-0.37, "USD/share")
    assert got[("Basic from discontinued operations", "2024-12-31", 12)][0] == 0


def test_a_row_with_its_shares_blank_under_shares_between_years_of_one_cell_a_line_keeps_each_figure_its_column() \
        -> None:
    """One cell a line, under '2014' / '% of Revenues' / '2013' / '% of Revenues' / two change columns: a row whose
    shares are blank ('Basic' / '$' / '1.12' / '$' / '1.05', or the two amounts then the two changes) gives its amounts
    to the years; one whose changes are blank ('514' / '3%' / '433' / '2%') each figure to its column. They were
    dropped as rows of blank cells. Near miss: an amount, a share and a change ('120' / '1%' / '25%'): which is blank is
    not known, unread."""
    head = ["CONSOLIDATED STATEMENTS OF OPERATIONS", "($ in millions, except per share data)", "",
            "Three Months Ended May 31,", "% Increase", "% Increase (Decrease)", "2014", "% of Revenues", "2013",
            "% of Revenues", "(Decrease) in US $", "in Constant Currency"]
    rows = ["Total revenues", "13,582", "100%", "12,910", "100%", "3%", "4%",
            "Cloud services", "514", "3%", "433", "2%",
            "Hardware support", "400", "350", "14%", "15%",
            "Other revenues", "120", "1%", "25%",
            "EARNINGS PER SHARE:", "Basic", "$", "1.12", "$", "1.05"]
    got = _stream_facts(head + rows, "Pellwood Software reports fourth quarter fiscal 2014 results")
    assert got[("Cloud services", "2013-05-31", 3)] == (433e6, "USD")
    assert got[("Hardware support", "2013-05-31", 3)] == (350e6, "USD")
    assert got[("EARNINGS PER SHARE Basic", "2013-05-31", 3)] == (1.05, "USD/share")
    assert not any(k[0].startswith("Hardware support as a percent") for k in got)  # a change is no share
    assert not any(k[0] == "Other revenues" for k in got)


def test_a_paragraph_citing_many_amounts_is_no_flattened_table() -> None:
    """A paragraph of sentences whose amounts each stand among words ('... $412.6 million ... 10%, 15% and 20%,
    respectively, to be paid during fiscal 2027, 2028 and 2029') is no table flattened onto one line: read as one,
    its words became a row's label and a year its figure ('2029'). Near miss: a flattened table's row prints its
    columns' figures side by side, and stays a table."""
    prose = ("(4) During fiscal 2021, we recognized a provisional one-time charge on accumulated foreign earnings, "
             "estimated at $412.6 million, as a result of the new rules. As of December 31, 2021, with the close of the "
             "measurement period, we increased this amount by $9.2 million to $421.8 million, of which we expect cash "
             "payments of approximately $180.4 million after offsets. Our first payment on this obligation of $21.0 "
             "million was made in the quarter ended September 30, 2021 and we expect future cash payments of "
             "approximately $159.4 million. This charge is to be paid over a period of eight years, with 8% of the "
             "charge paid each year for fiscal 2022 through fiscal 2026, and 10%, 15%, and 20%, respectively, to be "
             "paid during fiscal 2027, 2028, and 2029.")
    got = _flat_facts(prose)
    assert not got, got  # no row of a table: the paragraph's amounts are prose's
    table = _flat_facts("Year Ended December 31, 2025 2024 2023 Interest income $ 38,363 $ 31,323 $ 26,269 Net income "
                        "$ 4,277 $ 6,418 $ 8,090 Noninterest expense 12,100 11,900 11,400 Other income 1,200 1,150 "
                        "1,020 Loans 410,000 395,000 380,000")
    assert table[("net income", 2024, 12)] == (6_418_000, "USD")
