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
