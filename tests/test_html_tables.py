"""HTML tables read from the DOM: header rows to one meaning per value column, cells glued as
printed, every figure cited to its row's line."""
from __future__ import annotations

import time

from parsers.document import parse_text
from parsers.html import render_html
from parsers.loading import loaded_from_bytes

HEAD = ("<p>Foo Bar Inc. (NASDAQ: FOOB)</p><p>DALLAS, Texas, February 5, 2024 -- Foo Bar Inc. today reported "
        "results for the fourth quarter ended December 31, 2023.</p>")


def _doc(body: str):
    loaded = loaded_from_bytes((HEAD + body).encode(), "p.htm", ".htm")
    return parse_text("p.htm", loaded.text, loaded.format, loaded.tables, loaded.header)


def _facts(body: str) -> dict:
    doc = _doc(body)
    return {(f.label, f.period.label(doc.fye_month, doc.fy_offset), f.qualifier or ""): f
            for f in doc.figures if f.source == "table"}


def _row(label: str, cells: list[tuple[str, str, str]]) -> str:
    return f"<tr><td>{label}</td>" + "".join(f"<td>{a}</td><td>{b}</td><td>{c}</td>" for a, b, c in cells) + "</tr>"


def test_grouped_headers_split_cells_and_abbreviated_dates():
    """Workiva-style: '$', the digits and ')' each in a cell of their own under spanning headings."""
    got = _facts("<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands, except per share amounts)</p><table>"
                 "<tr><td></td><td colspan=6>Quarter Ended</td><td colspan=6>Year Ended</td></tr>"
                 "<tr><td></td>" + "".join(f"<td colspan=3>{d}</td>" for d in
                                           ("Dec. 31, 2023", "Dec. 31, 2022", "Dec. 31, 2023", "Dec. 31, 2022")) + "</tr>"
                 + _row("Net revenue", [("$", "1,200", ""), ("$", "1,000", ""), ("$", "4,500", ""), ("$", "4,000", "")])
                 + _row("Net income (loss)", [("", "(50", ")"), ("", "20", ""), ("", "(100", ")"), ("", "80", "")])
                 + _row("Diluted EPS", [("$", "(0.05", ")"), ("$", "0.02", ""), ("$", "(0.10", ")"), ("$", "0.08", "")])
                 + "</table>")
    assert got[("Net revenue", "Q4 2023", "")].value == 1_200_000
    assert got[("Net revenue", "FY 2022", "")].value == 4_000_000
    assert got[("Net income (loss)", "Q4 2023", "")].value == -50_000
    eps = got[("Diluted EPS", "FY 2023", "")]
    assert eps.value == -0.10 and eps.unit == "USD/share"  # never scaled as dollars
    assert eps.table_class == "income"


def test_basis_change_and_percent_of_revenue_columns():
    got = _facts("""<p>RECONCILIATION OF GAAP TO NON-GAAP MEASURES</p><p>($ in millions, except per share data)</p><table>
<tr><td></td><td colspan=8>Year Ended December 31,</td></tr>
<tr><td></td><td>2023 GAAP</td><td>Adj.</td><td>2023 Non-GAAP</td><td>2022 GAAP</td><td>Adj.</td><td>2022 Non-GAAP</td>
<td>% Change GAAP</td><td>% Change Non-GAAP</td></tr>
<tr><td>Operating income</td><td>$ 100</td><td>$ 20</td><td>$ 120</td><td>$ 90</td><td>$ 15</td><td>$ 105</td><td>11%</td><td>14%</td></tr>
</table>""")
    assert got[("Operating income", "FY 2023", "")].value == 100_000_000
    assert got[("Operating income", "FY 2023", "non-gaap")].value == 120_000_000
    assert got[("Operating income", "FY 2023", "reconciling")].value == 20_000_000
    assert got[("Operating income", "FY 2023", "")].change_pct == 11
    assert got[("Operating income", "FY 2023", "non-gaap")].change_pct == 14


def test_percent_of_revenue_and_fiscal_year_columns():
    got = _facts("""<p>SELECTED DATA</p><table><tr><td>(in millions)</td><td>Fiscal 2023</td><td>% of Revenues</td>
<td>Fiscal 2022</td><td>% of Revenues</td></tr>
<tr><td>Gross profit</td><td>$ 45</td><td>45%</td><td>$ 40</td><td>(4%)</td></tr></table>""")
    assert got[("Gross profit", "FY 2023", "")].value == 45_000_000
    assert got[("Gross profit as a percent of revenue", "FY 2023", "")].value == 45
    assert got[("Gross profit as a percent of revenue", "FY 2022", "")].value == -4  # "(4%)" is negative


def test_a_table_continued_past_a_page_break_keeps_its_header():
    got = _facts("""<p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in millions)</p><table>
<tr><td></td><td>Year Ended Dec. 31, 2023</td><td>Year Ended Dec. 31, 2022</td></tr>
<tr><td>Net cash provided by operating activities</td><td>500</td><td>400</td></tr></table>
<table><tr><td>Repurchases of common stock</td><td>(200)</td><td>(100)</td></tr>
<tr><td>Cash and cash equivalents at end of period</td><td>900</td><td>800</td></tr></table>""")
    assert got[("Repurchases of common stock", "FY 2023", "")].value == -200_000_000
    assert got[("Cash and cash equivalents at end of period", "2023-12-31", "")].value == 900_000_000


def test_a_notes_breakdown_is_a_part_never_the_total():
    got = _facts("""<p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p><p>(In millions)</p><table>
<tr><td></td><td>Q4 2023</td><td>Q4 2022</td></tr>
<tr><td>Cost of revenue</td><td>$ 6,000</td><td>$ 5,000</td></tr>
<tr><td colspan=3>(A) Stock-based compensation consists of the following:</td></tr>
<tr><td></td><td>Q4 2023</td><td>Q4 2022</td></tr>
<tr><td>Cost of revenue</td><td>$ 48</td><td>$ 40</td></tr></table>""")
    assert got[("Cost of revenue", "Q4 2023", "")].value == 6_000_000_000
    assert got[("Cost of revenue", "Q4 2023", "part")].value == 48_000_000


def test_rows_are_cited_on_their_own_line():
    doc = _doc("""<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Revenue</td><td>$ 1,200</td><td>$ 1,000</td></tr></table>""")
    lines = doc.text.split("\n")
    for f in doc.figures:
        if f.source == "table":
            assert f.quote in lines[f.line - 1] and "1,200" in lines[f.line - 1]


def test_deeply_nested_markup_renders_in_linear_time():
    for n in (20_000, 40_000):
        html = "<div>" * n + "Revenue was $1.0 million." + "</div>" * n + "<br>" * n
        start = time.perf_counter()
        text = render_html(html).text
        elapsed = time.perf_counter() - start
        assert "Revenue was $1.0 million." in text
        assert elapsed < 10, f"{n} nested tags took {elapsed:.1f} s"


def test_quarter_columns_under_a_fiscal_year_and_trailing_quarters():
    got = _facts("""<p>GEOGRAPHIC REVENUES</p><p>($ in millions)</p><table>
<tr><td></td><td colspan=5>Fiscal 2023</td></tr>
<tr><td></td><td>Q1</td><td>Q2</td><td>Q3</td><td>Q4</td><td>TOTAL</td></tr>
<tr><td>Americas</td><td>$ 10</td><td>$ 11</td><td>$ 12</td><td>$ 13</td><td>$ 46</td></tr></table>
<p>FREE CASH FLOW - TRAILING 4-QUARTERS</p><p>($ in millions)</p><table>
<tr><td></td><td colspan=4>Fiscal 2023</td></tr>
<tr><td></td><td>Q1</td><td>Q2</td><td>Q3</td><td>Q4</td></tr>
<tr><td>Free Cash Flow</td><td>$ 100</td><td>$ 110</td><td>$ 120</td><td>$ 130</td></tr></table>""")
    assert got[("Americas", "Q3 2023", "")].value == 12_000_000
    assert got[("Americas", "FY 2023", "")].value == 46_000_000
    assert got[("Free Cash Flow", "FY 2023", "")].value == 130_000_000  # four trailing quarters ending Q4
    assert ("Free Cash Flow", "Q1 2023", "") not in got  # a trailing figure is never a quarter's


def test_currency_sign_made_dollar_as_the_substitution_did():
    """html._as_dollar is _LEADING_CURRENCY.sub(r"\\1$", text), made without the template (a speed-up)."""
    from parsers.html import _LEADING_CURRENCY, _as_dollar
    cells = ["€ (0.64", "£", "C$", "(US$0.12)", "US$ 1,234", "CA$-5", "HK$.5", "$ 12", "12,400", "Revenue", "(£1.20)",
             "C$ text", "NT$(3)", "", "R$", "€€ 5", "(€"]
    for text in cells:
        assert _as_dollar(text) == _LEADING_CURRENCY.sub(r"\1$", text), text
    assert _as_dollar("€ (0.64") == "$ (0.64" and _as_dollar("(US$0.12)") == "($0.12)"
