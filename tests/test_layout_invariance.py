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
    """Flattened: 'Costs and expenses Cost of revenues 700 600': the heading run into the first row's label is a cell
    of its own, the row read under its own label as every other layout reads it (run in, 'costs and expenses cost of
    revenues' was a label the statement never prints). Near misses: a label's own capitals after a joining word
    ('Cash and Cash Equivalents', 'Investment in Alder Holdings') and the small-letter tail of a label its figures cut
    ('... shares issued and outstanding, respectively Par value ...') stay one label."""
    got = _flat_facts("Year Ended December 31, 2025 2024 Operating revenues Product sales $ 1,200 $ 1,000 Costs and expenses "
                      "Cost of revenues 700 600 Research and development 300 250 Operating activities Net income 150 "
                      "120 Cash and Cash Equivalents 510 410 Investment in Alder Holdings 330 220 Total equity 990 870")
    assert got[("cost of revenues", 2025, 12)] == (700_000, "USD"), sorted(got)
    assert got[("product sales", 2024, 12)] == (1_000_000, "USD")
    assert got[("net income", 2025, 12)] == (150_000, "USD")
    assert got[("cash and cash equivalents", 2025, 12)] == (510_000, "USD")
    assert got[("investment in alder holdings", 2024, 12)] == (220_000, "USD")
    assert got[("total equity", 2025, 12)] == (990_000, "USD")
    assert not any("costs and expenses" in k[0] or "operating activities" in k[0] for k in got)
    from parsers.cell_tables import _run_in_rows
    tail = "shares issued and outstanding, respectively Par value"  # after 'Common stock, 4,000 and 3,900'
    assert _run_in_rows(tail) == [tail]


def test_a_date_heading_split_over_two_lines_of_a_flattened_table_dates_each_column() -> None:
    """Flattened: 'Three Months Ended December ... Year Ended December 27, 2025 28, 2024 27, 2025 28, 2024' (each
    column's heading printed 'Three Months Ended December' over '27, 2025'): every column dated by its own day and
    year; read as one date 'December 27,' over all, the 2024 columns were dated December 27. Near miss: where the
    line does not say which column each day stands under ('December 27, ... December 2025 28, 2024 2025 2024'),
    nothing is read rather than a figure under a wrong date."""
    got = _flat_facts("Three Months Ended December Three Months Ended December Year Ended December Year Ended "
                      "December 27, 2025 28, 2024 27, 2025 28, 2024 Net sales $ 48,950 $ 76,273 $ 313,901 "
                      "$ 322,415 Net income 1,200 2,300 4,500 6,700")
    facts = {(k[0], k[1], k[2]): v for k, v in got.items()}
    assert facts[("net sales", 2025, 3)] == (48_950_000, "USD"), got
    assert facts[("net sales", 2024, 12)] == (322_415_000, "USD")
    from parsers.document import parse_text
    text = ("Quillfeather Bancorp Reports Results\n\nSelected Consolidated Financial Data\n(in thousands)\n"
            "Three Months Ended December Three Months Ended December Year Ended December Year Ended December 27, "
            "2025 28, 2024 27, 2025 28, 2024 Net sales $ 48,950 $ 76,273 $ 313,901 $ 322,415\n")
    ends = {f.period.end.isoformat() for f in parse_text("x.txt", text, excerpt=True).figures if f.source == "table"}
    assert ends == {"2025-12-27", "2024-12-28"}, ends
    mixed = _flat_facts("Quarters Ended December 27, Quarters Ended December Years Ended December 27, Years Ended "
                        "December 28, 2025 28, 2024 2025 2024 Net sales $ 48,950 $ 76,273 $ 313,901 $ 322,415 "
                        "Gross profit 9,100 9,200 40,300 41,400 Net income 1,200 2,300 4,500 6,700")  # each group its
    # own date or month, then its column's year or day and year
    assert mixed[("net sales", 2024, 3)] == (76_273_000, "USD"), mixed
    text = text.replace("December 27, 2025 28, 2024 27, 2025 28, 2024", "December 27, 2025 2024 27, 2025 28, 2024")
    assert not [f for f in parse_text("x.txt", text, excerpt=True).figures if f.source == "table"]  # a day unknown


def test_slashed_dates_and_hyphened_spans_head_a_flattened_tables_columns() -> None:
    """Flattened: 'Unaudited 6-Months Ended ... 3-Months Ended 12/31/25 12/31/24 12/31/25 12/31/24': each slashed
    date one heading cell (not three figures 12, 31, 25) and '6-Months Ended' a span, as '6 Months Ended' is. Near
    miss: digits apart ('12 31 25') stay figures."""
    got = _flat_facts("Unaudited 6-Months Ended Unaudited 6-Months Ended Unaudited 3-Months Ended Unaudited "
                      "3-Months Ended 12/31/25 12/31/24 12/31/25 12/31/24 Revenues $ 186,336 $ 179,438 $ 92,711 "
                      "$ 91,364 Gross Profit 56,377 52,098 27,522 26,406 Operating Income 7,379 5,568 2,390 2,951 Net Income "
                      "$ 4,360 $ 2,623 $ 1,220 $ 1,528")
    assert got[("revenues", 2025, 6)] == (186_336_000, "USD"), got
    assert got[("gross profit", 2024, 3)] == (26_406_000, "USD")
    from parsers.cell_tables import flat_cells
    assert [c.text for c in flat_cells("Units 12 31 25 Other 4", 0)] == ["Units", "12", "31", "25", "Other", "4"]


def test_a_double_hyphen_in_a_flattened_row_is_a_nil_cell() -> None:
    """Flattened: 'Impairment -- -- 76,746 --': each '--' a nil cell of its column, as '-' and '—' are; dropped, the
    row listed fewer figures than columns and, in a header read with fewer columns, its figures were stored under the
    wrong periods. Near miss: a rule of three or more ('----') is no figure."""
    from parsers.cell_tables import flat_cells
    cells = flat_cells("Impairment -- -- 76,746 -- Other ---- 5", 0)
    assert [(c.text, c.value) for c in cells] == [("Impairment", None), ("--", 0.0), ("--", 0.0), ("76,746", 76_746),
                                                  ("--", 0.0), ("Other", None), ("5", 5)]
    got = _flat_facts("Year Ended December 31, 2025 2024 Revenue $ 1,200 $ 1,000 Impairment -- 76,746 Loss on debt "
                      "9,412 -- Other income 35 -- Income taxes 40 35 Net income $ 150 $ 120")
    assert got[("impairment", 2025, 12)] == (0.0, "USD") and got[("impairment", 2024, 12)] == (76_746_000, "USD")
    assert got[("loss on debt", 2024, 12)] == (0.0, "USD"), got


def test_a_date_run_into_ended_heads_a_flattened_tables_columns() -> None:
    """Flattened: 'Three months endedDecember 31 Nine months endedDecember 31 2025 2024 2025 2024' (a heading's two
    lines run together in copying): 'December 31' is each group's date all the same. Near miss: the same heading
    with its space reads the same."""
    row = " Net income $ 9,606 $ 5,610 $ 17,333 $ 19,030 Revenue 30,100 28,200 90,500 85,300"
    glued = _flat_facts("Three months endedDecember 31 Nine months endedDecember 31 2025 2024 2025 2024" + row)
    spaced = _flat_facts("Three months ended December 31 Nine months ended December 31 2025 2024 2025 2024" + row)
    assert glued[("net income", 2025, 9)] == (17_333_000, "USD"), glued
    assert glued == spaced


def test_a_row_label_naming_the_year_after_a_heading_is_a_row_not_a_column_group() -> None:
    """Flattened: 'Cash flows from operating activities Net income for the year 71,134 50,157': the label holds a
    period's word ('year') but its figures follow it, so it is the first row, never the next column group's heading
    (taken as one, the header started again and the statement was not read). Near miss: 'Year Ended December 31,
    2025 2024' after the rows still starts a new table's header."""
    got = _flat_facts("Twelve Month Periods Ended December 31, 2025 2024 Cash flows from operating activities Net income "
                      "for the year $ 71,134 $ 50,157 Depreciation 15,629 16,991 Net cash provided by operating "
                      "activities 79,530 77,695 Year Ended December 31, 2025 2024 Revenue $ 9,100 $ 8,800 Net sales "
                      "8,000 7,700 Gross profit 2,000 1,900 Operating income 700 650")
    assert got[("net income for the year", 2025, 12)] == (71_134_000, "USD"), got
    assert got[("depreciation", 2024, 12)] == (16_991_000, "USD")
    assert got[("revenue", 2025, 12)] == (9_100_000, "USD")


def test_a_run_of_footnote_marks_after_a_flattened_rows_label_is_no_figure() -> None:
    """Flattened: 'Sales and marketing (1)(2)(3) 447,024 355,471': marks printed glued to one another are the label's
    notes, never figures (read as -1, -2, -3 the row listed more figures than columns and was dropped). Near miss:
    '(1) (2)' apart, as figures print, stay figures."""
    from parsers.cell_tables import flat_cells
    cells = [(c.text, c.value) for c in flat_cells("Sales and marketing (1)(2)(3) 447,024 355,471 Other (1) (2)", 0)]
    assert cells == [("Sales and marketing (1)(2)(3)", None), ("447,024", 447_024), ("355,471", 355_471),
                     ("Other", None), ("(1)", -1), ("(2)", -2)]
    got = _flat_facts("Three Months Ended July 31, 2025 2024 Revenue $ 1,102,945 $ 918,257 Sales and marketing "
                      "(1)(2)(3) 447,024 355,471 Research and development (1)(3) 346,668 250,908 Net income $ 77,645 "
                      "$ 46,690")
    assert got[("sales and marketing", 2025, 3)] == (447_024_000, "USD"), got  # the marks cleaned off the label
    assert got[("research and development", 2024, 3)] == (250_908_000, "USD")


def test_a_heading_ending_in_a_colon_run_into_a_flattened_rows_label_heads_it() -> None:
    """Flattened: 'Adjustments to reconcile net income to net cash provided by operating activities: Depreciation
    608 546': the long heading ending in its colon is cut off the row as a short one is. Near miss: 'Less:
    Accumulated depreciation' (a step's word before the colon, a capital) is left as it was read."""
    from parsers.cell_tables import _run_in_rows
    heading = "Adjustments to reconcile net income to net cash provided by operating activities:"
    assert _run_in_rows(f"{heading} Depreciation") == [heading, "Depreciation"]
    assert _run_in_rows("Less: Accumulated depreciation") == ["Less: Accumulated depreciation"]
    got = _flat_facts(f"Year Ended May 31, 2025 2024 Net income $ 10,955 $ 10,925 {heading} Depreciation 608 546 "
                      "Amortization of intangible assets 2,300 2,385 Net cash provided by operating activities 14,921 "
                      "13,993")
    assert got[("depreciation", 2025, 12)] == (608_000, "USD"), got


def test_quarter_and_months_headings_side_by_side_each_head_their_column_of_a_flattened_table() -> None:
    """Flattened: '4Q 4Q 12 Months 12 Months 2025 2024 2025 2024': each word a column group's heading over its year,
    as the pipe table prints them (run together, one heading stood over every column and nothing was read; '12' of
    '12 Months' was a figure). Near misses: '12 months' inside a label ('Net charge-offs (trailing 12 months)') is no
    figure either, and a text that is not only such headings ('4Q revenue') is not cut."""
    got = _flat_facts("Three and Twelve Months Ended December 31, 2025 and 2024\n"
                      "4Q 4Q 12 Months 12 Months 2025 2024 2025 2024 Net earned premiums $ 2,557.5 $ 2,422.2 "
                      "$ 9,795.8 $ 9,388.0 Fees and other income 438.6 434.4 1,638.6 1,323.2 Total revenues 3,104.8 "
                      "2,983.1 11,877.5 11,131.6 Interest expense 26.8 "
                      "26.8 107.0 108.0 Net income $ 201.3 $ 182.5 $ 760.2 $ 642.5")
    assert got[("net earned premiums", 2025, 3)] == (2_557_500, "USD"), got
    assert got[("net income", 2024, 3)] == (182_500, "USD")
    assert got[("fees and other income", 2025, 12)] == (1_638_600, "USD")
    from parsers.cell_tables import _column_groups, flat_cells
    assert _column_groups("4Q 4Q 12 Months 12 Months") == ["4Q", "4Q", "12 Months", "12 Months"]
    assert _column_groups("4Q revenue") == []
    cells = [(c.text, c.value) for c in flat_cells("Net charge-offs (trailing 12 months) 1.2% 1.1%", 0)]
    assert cells == [("Net charge-offs (trailing 12 months)", None), ("1.2%", 1.2), ("1.1%", 1.1)], cells


def test_a_notes_digits_against_a_flattened_rows_label_are_the_labels() -> None:
    """Flattened: 'Net debt1 5,530 5,591 6,420', 'EBITDA1,2 455 520 273', '(per lb)3,4 $ 1.68': a footnote's digits
    printed against the label's last word are the label's, no figure (read as one, the row listed a figure too many and
    was dropped). Near misses: a figure glued to its label ('Taxes receivable671,866') is still a figure, and a figure
    after a space ('Revenue 5 6') still one."""
    from parsers.cell_tables import flat_cells
    cells = [(c.text, c.value) for c in flat_cells("Net debt1 5,530 5,591 EBITDA1,2 455 520 Cost (per lb)3,4 $ 1.68 "
                                                    "$ 1.57 Taxes receivable671,866 734,630 Revenue 5 6", 0)]
    assert cells == [("Net debt1", None), ("5,530", 5_530), ("5,591", 5_591), ("EBITDA1,2", None), ("455", 455),
                     ("520", 520), ("Cost (per lb)3,4", None), ("$ 1.68", 1.68), ("$ 1.57", 1.57),
                     ("Taxes receivable", None), ("671,866", 671_866), ("734,630", 734_630), ("Revenue", None),
                     ("5", 5), ("6", 6)], cells
    got = _stream_facts(["Consolidated Financial Highlights", "",
                         "QUARTERLY Q4 2025 Q3 2025 Q4 2024 Sales revenues 1,256 1,279 1,218 Gross profit 405 456 87 "
                         "Cash flows from operating activities3 583 260 (185) Net debt1 5,530 5,591 6,420 EBITDA1,2 455 "
                         "520 273 Realized copper price (per lb)3 $ 4.17 $ 4.24 $ 3.62"],
                        "Holloway Mining reports fourth quarter 2025 results")
    assert got[("Net debt", "2025-12-31", 3)][0] == 5_530, got  # (the grid reader cleans the note's digit off)
    assert got[("EBITDA1,2", "2024-12-31", 3)][0] == 273


def test_a_row_without_its_change_under_interleaved_change_columns_is_read_under_its_periods() -> None:
    """Flattened under '2025 2024 % Change 2025 2024 % Change': 'Cost of sales 498,198 508,690 2,147,914 2,347,496'
    prints a figure for each period and no change: the periods' figures, as where the change columns stand last (the
    row was dropped). Near miss: a row of four figures one of them a change ('Other 12 10 20.0% 44') is left out."""
    got = _flat_facts("Quarters Ended December 27, Quarters Ended December 28, Years Ended December 27, Years Ended "
                      "December 28, 2025 2024 % Change 2025 2024 % Change Net sales $ 888,469 "
                      "$ 850,283 4.5% $ 3,507,438 $ 3,639,386 (3.6)% Cost of sales 498,198 508,690 2,147,914 "
                      "2,347,496 Gross profit 390,271 341,593 14.3% 1,359,524 1,291,890 5.2% Other 12 10 20.0% 44")
    assert got[("net sales", 2024, 12)] == (3_639_386_000, "USD"), got
    assert got[("cost of sales", 2025, 3)] == (498_198_000, "USD")
    assert got[("cost of sales", 2024, 12)] == (2_347_496_000, "USD")
    assert not any(k[0] == "other" for k in got)


def test_figures_among_a_flattened_labels_words_are_the_labels() -> None:
    """Flattened: '... investments (amortized cost—$856,406 and $916,168, respectively) $ 845,829 $ 910,323',
    'Preferred stock, $0.01 par value (authorized: 25.0 shares; none issued) — —', 'Tier 1 capital ratio 5.1% 4.9%':
    a figure inside a note in words, or between a label's words (a small-letter word after it), is the label's; read
    as the row's, the row listed too many figures and was dropped. So is the last dash of a row of dashes before the
    next row's label ('— — Other'). Near misses: a negative in parentheses ('(1,234)', '(3.6)%') and a year before
    'and' in a heading ('December 31, 2025 and 2024') stay figures."""
    from parsers.cell_tables import flat_cells
    cells = [(c.text, c.value) for c in flat_cells(
        "Investments (amortized cost—$856,406 and $916,168, respectively) $ 845,829 $ 910,323 Preferred stock, $0.01 "
        "par value (authorized: 25.0 shares; none issued) — — Other (1,234) (3.6)% Tier 1 capital ratio 5.1% 4.9% "
        "December 31, 2025 and 2024", 0)]
    assert cells == [("Investments (amortized cost—$856,406 and $916,168, respectively)", None), ("$ 845,829", 845_829),
                     ("$ 910,323", 910_323), ("Preferred stock, $0.01 par value (authorized: 25.0 shares; none issued)",
                                              None), ("—", 0), ("—", 0), ("Other", None), ("(1,234)", -1_234),
                     ("(3.6)%", -3.6), ("Tier 1 capital ratio", None), ("5.1%", 5.1), ("4.9%", 4.9),
                     ("December 31,", None), ("2025", 2025), ("and", None), ("2024", 2024)], cells


def test_quarters_under_two_fiscal_years_of_a_flattened_line_each_under_its_year() -> None:
    """Flattened: 'Fiscal 2024 Fiscal 2025 Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4 GAAP Operating Cash Flow $ 13,993 ...': the same run
    of quarters once for each year, in the order printed, so each year stands over its own four (the line was left
    unread). Also: a note's mark after a label with a space ('Capital Expenditures (2) (627) ...', one figure more than
    columns) is no figure, and the '%' after a dollar figure opens the next label ('$ 14,341 % Growth over prior
    year'), never making the figure a percentage. Near miss: a year with fewer quarters than the other ('Q1 Q2 Q3 Q4
    Q1 Q2') leaves the line unread."""
    rows = (" GAAP Operating Cash Flow $ 13,993 $ 13,533 $ 13,717 $ 14,224 $ 14,845 $ 15,196 $ 15,029 $ 14,921 Capital "
            "Expenditures (2) (627) (710) (684) (650) (664) (578) (609) (580) Free Cash Flow $ 13,366 $ 12,823 $ 13,033 "
            "$ 13,574 $ 14,181 $ 14,618 $ 14,420 $ 14,341 % Growth over prior year 8% 2% 1% 4% 6% 14% 11% 6%")
    got = _stream_facts(["Free Cash Flow (in millions)", "", "Fiscal 2024 Fiscal 2025 Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4" + rows],
                        "Holloway Software reports fourth quarter fiscal 2025 results")
    assert got[("GAAP Operating Cash Flow", "2024-03-31", 3)] == (13_993_000_000, "USD"), sorted(got)
    assert got[("Capital Expenditures", "2024-12-31", 3)] == (-650_000_000, "USD")
    assert got[("Free Cash Flow", "2025-12-31", 3)] == (14_341_000_000, "USD")
    assert not any(unit == "percent" and v > 100 for v, unit in got.values())
    fewer = _stream_facts(["Free Cash Flow (in millions)", "", "Fiscal 2024 Fiscal 2025 Q1 Q2 Q3 Q4 Q1 Q2" + rows],
                          "Holloway Software reports second quarter fiscal 2025 results")
    assert not fewer, fewer


def test_each_balance_date_after_its_as_of_heads_its_column_of_a_flattened_line() -> None:
    """Flattened: 'As of December 31, 2025 As of December 31, 2024 Cash and cash equivalents 929 477 ...': each
    column's 'As of' and whole date (the second 'As of' was read as prose inside the header, which started again and
    kept one column). Near miss: one 'As of' date over two years ('As of December 31, 2025 2024') reads as before."""
    rows = (" Cash and cash equivalents $ 929 $ 477 Financial royalty assets, net 15,911 14,827 Total assets 18,223 16,382 "
            "Long-term debt 6,615 6,135 Total liabilities 7,880 6,298 Total shareholders’ equity 10,342 10,084")
    got = _flat_facts("As of December 31, 2025 As of December 31, 2024" + rows)
    assert got[("cash and cash equivalents", 2025, 0)] == (929_000, "USD"), got
    assert got[("total liabilities", 2024, 0)] == (6_298_000, "USD")
    assert _flat_facts("As of December 31, 2025 2024" + rows) == got


def test_quarters_named_in_words_and_their_total_head_a_flattened_line_of_one_fiscal_year() -> None:
    """Flattened: 'Fiscal 2025 First Quarter Second Quarter Third Quarter Fourth Quarter Total Revenue $ 92,021 ...':
    each quarter its own column and 'Total' the year's, the first row's label after them (run together with its label,
    no column was read). Near miss: 'Total revenue' alone is a row's label, never a column."""
    got = _stream_facts(["Quarterly results (In Thousands)", "",
                         "Fiscal 2025 First Quarter Second Quarter Third Quarter Fourth Quarter Total Revenue $ 92,021 "
                         "$ 92,915 $ 95,076 $ 101,144 $ 381,156 Cost of Services 54,050 53,806 56,150 60,504 224,510 "
                         "Gross Profit 34,954 35,896 35,811 37,485 144,146"],
                        "Holloway Services reports fourth quarter 2025 results")
    assert got[("Revenue", "2025-12-31", 3)] == (101_144_000, "USD"), got
    assert got[("Revenue", "2025-12-31", 12)] == (381_156_000, "USD")
    assert got[("Gross Profit", "2025-03-31", 3)] == (34_954_000, "USD")
    from parsers.cell_tables import _column_groups
    assert _column_groups("Total revenue") == []


def test_a_negative_before_a_rows_figures_is_never_taken_for_a_notes_mark() -> None:
    """Near miss of the note's mark ('Capital Expenditures (2) (627) ...'): a figure of two digits in parentheses
    ('(81)') before a row's figures, one more than columns, is a figure, so the row is left out rather than read
    shifted a column (its change '0%' was stored as the year's figure)."""
    got = _flat_facts("Year Ended December 31, 2025 2024 Revenue $ 1,200 $ 1,000 Other income (81) 35 40 Interest expense "
                      "20 25 Net income $ 150 $ 120 Total assets 9,000 8,000")
    assert not any(k[0] == "other income" for k in got), got
    assert got[("net income", 2025, 12)] == (150_000, "USD")
