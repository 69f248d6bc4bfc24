"""Parsers on documents built in the test: numbers, periods, tables, sentences, file formats."""
from datetime import date

import pytest

from parsers.cell_tables import CellStreamReader
from parsers.document import parse_text
from parsers.fixed_tables import FixedWidthReader
from parsers.loading import decode, edgar_exhibits, load_text
from parsers.metadata import fiscal_year_end
from parsers.model import ParseError
from parsers.narrative import NarrativeReader
from parsers.numbers import parse_cell, table_scale
from parsers.periods import Period, quarter_period


@pytest.mark.parametrize("text,value", [("$ 5,644", 5644), ("(612)", -612), ("$(2,515)", -2515), ("$ (0.03)", -0.03),
                                        ("-", 0), ("—", 0), ("1,443", 1443), ("40, 537", 40537), ("12.5%", 12.5),
                                        ("(a)", None), ("Revenues", None), ("1,2,3", None)])
def test_parse_cell(text, value):
    assert parse_cell(text) == value


def test_scale_is_read_from_the_heading():
    assert table_scale("(in thousands, except per share amounts, unaudited)") == 1000
    assert table_scale("($ in millions)") == 1e6
    assert table_scale("Consolidated Balance Sheets") == 1


def test_fiscal_labels_follow_the_fiscal_year_end():
    assert Period(date(2007, 4, 30), 3).label(7) == "Q3 FY2007"
    assert Period(date(2005, 12, 31), 3).label(6) == "Q2 FY2006"
    assert Period(date(2007, 10, 28), 12).label(10) == "FY 2007"  # 52/53-week year
    assert Period(date(2007, 9, 30), 9).label(12) == "9M 2007"
    assert quarter_period(3, 2008, 6).end == date(2008, 3, 31)


def test_fiscal_year_end_comes_from_the_text():
    assert fiscal_year_end("results for the third quarter of fiscal 2008 ended March 30, 2008") == 6
    assert fiscal_year_end("For the Nine Months Ended November 30, 2006") == 2
    assert fiscal_year_end("the fiscal year ended June 30, 2009") == 6
    assert fiscal_year_end("Revenue rose in the third quarter") is None


TABLE = """\
                 ACME WIDGETS, INC.
     CONDENSED STATEMENTS OF OPERATIONS
     (in thousands, except per share amounts)

                          Three Months Ended   Nine Months Ended
                             November 30,        November 30,
                           2006      2005      2006      2005
                         --------  --------  --------  --------
Net sales                $ 10,500  $  9,000  $ 30,000  $ 27,000
Costs and expenses:
   Cost of sales            6,000     5,500    17,000    16,000
   Selling                  1,000       900     3,000     2,800
Operating income (loss)     3,500     2,600    10,000    (1,200)
Net income per share:
   Diluted                $  0.35   $  0.26   $  1.00   $ (0.12)
Weighted average shares
   Diluted                 10,000    10,000    10,000    10,000


"""


def test_fixed_width_table_built_here():
    lines = TABLE.split("\n")
    fye = fiscal_year_end(TABLE)
    assert fye == 2
    figs = {(f.label, f.period.label(fye)): f for f in FixedWidthReader(lines, fye).read()}
    assert figs[("Net sales", "Q3 FY2007")].value == 10_500_000
    assert figs[("Operating income (loss)", "9M FY2006")].value == -1_200_000
    eps = figs[("Net income per share Diluted", "9M FY2006")]
    assert eps.unit == "USD/share" and eps.value == -0.12
    shares = figs[("Weighted average shares Diluted", "Q3 FY2006")]
    assert shares.unit == "shares" and shares.value == 10_000_000
    assert figs[("Selling", "Q3 FY2007")].section == "Costs and expenses"


def test_cell_per_line_table_skips_rows_with_blank_cells():
    text = "\n".join(["(in thousands)", "|Three Months Ended", "|Six Months Ended", "|6/30/2006", "|6/30/2005",
                      "|6/30/2006", "|6/30/2005", "Revenue", "|$", "|100", "|$", "|90", "|$", "|200", "|$", "|180",
                      "Grant income", "|7", "|9", "Net loss", "|(5", "|)", "|(4", "|)", "|(9", "|)", "|(8", "|)"])
    figs = CellStreamReader(text.split("\n"), 12).read()
    got = {(f.label, f.period.label(12)): f.value for f in figs}
    assert got[("Revenue", "Q2 2006")] == 100_000 and got[("Net loss", "6M 2005")] == -8_000
    assert not any(label == "Grant income" for label, _ in got)


def test_narrative_sentence_built_here():
    text = ("Revenue in Europe was $2.50 million for the second quarter of 2008, compared to $2.00 million for "
            "the same period in 2007, an increase of 25%. The net loss for the quarter was $0.10 million, or "
            "$0.01 per share. The Company expects revenue of $3.0 million in the third quarter of 2008.")
    figs = NarrativeReader([text], 12, 2008).read()
    got = [(f.label, f.geo, f.period.label(12), f.value, f.unit, f.qualifier, f.change_pct) for f in figs]
    assert ("Revenue", "Europe", "Q2 2008", 2_500_000, "USD", "", 25.0) in got
    assert ("Revenue", "Europe", "Q2 2007", 2_000_000, "USD", "", None) in got
    assert any(g[0].startswith("revenue") and g[5] == "expects" for g in got)  # guidance is never the figure


def test_html_release_becomes_readable_lines(tmp_path):
    html = ("<html><head><style>p{color:red}</style><script>var x=1;</script></head><body>"
            "<p>ACME Corp. (NASDAQ: ACME) reported revenue of $5.0 million for the first quarter of 2009.</p>"
            "<table><tr><td>Revenue</td><td>$5,000</td></tr></table></body></html>")
    path = tmp_path / "r.htm"
    path.write_text(html)
    text, fmt = load_text(path)
    assert fmt == "html" and "color:red" not in text and "var x" not in text
    assert "Revenue | $5,000" in text
    doc = parse_text("r.htm", text, fmt)
    assert doc.company == "ACME Corp." and doc.ticker == "ACME"


def test_edgar_submission_takes_the_ex99_exhibit():
    sub = ("<SEC-DOCUMENT><DOCUMENT><TYPE>8-K<TEXT>cover page</TEXT></DOCUMENT>"
           "<DOCUMENT><TYPE>EX-99.1<TEXT>\nExhibit 99.1\nNet income was $1.0 million in the first quarter of 2005.\n"
           "</TEXT></DOCUMENT></SEC-DOCUMENT>")
    text = edgar_exhibits(sub)
    assert "cover page" not in text and "Net income was $1.0 million" in text


def test_decoding_odd_files():
    assert decode("\ufeffRevenue".encode("utf-8"), "a") == "Revenue"
    assert decode("Caf\xe9 revenue".encode("cp1252"), "b") == "Café revenue"
    with pytest.raises(ParseError, match="empty"):
        decode(b"   \n", "c")
    with pytest.raises(ParseError, match="binary"):
        decode(b"\x00\x01\x02" * 100, "d")


def test_text_that_is_no_release_is_refused():
    with pytest.raises(ParseError, match="not an earnings release"):
        parse_text("poem.txt", "Roses are red\nviolets are blue\n")


def test_quarter_and_ytd_header_tokens():
    text = "\n".join([
        "ACME Corp. reports third quarter 2006 results for the quarter ended September 30, 2006.",
        "",
        "                     ($ in millions)",
        "                     Q3 2006    Q3 2005    YTD 2006",
        "Revenue               $ 12.5     $ 10.1     $ 35.2",
        "Operating income         2.1        1.4        5.9",
        "", ""])
    doc = parse_text("q.txt", text)
    got = {(f.label, f.period.label(doc.fye_month)): f.value for f in doc.figures if f.source == "table"}
    assert got[("Revenue", "Q3 2006")] == 12_500_000
    assert got[("Revenue", "9M 2006")] == 35_200_000
    assert got[("Operating income", "Q3 2005")] == 1_400_000


def test_dateline_city_is_not_part_of_the_company_name():
    text = ("Quarterly Results and Highlights\nNovember 14, 2008 - Salt Lake City, Utah\nAcme Widgets Corp. "
            "(NASDAQ: ACMW) today announced revenue of $5.0 million for the third quarter of 2008.\n")
    assert parse_text("a.txt", text).company == "Acme Widgets Corp."


def test_non_gaap_table_is_never_the_gaap_figure():
    text = "\n".join([
        "ACME Corp. (NYSE: ACM) reported results for the third quarter of 2008.", "", "",
        "            RECONCILIATION OF GAAP TO NON-GAAP NET INCOME",
        "                      (in thousands)",
        "                                Three Months Ended",
        "                                  September 30,",
        "                                2008         2007",
        "Net income                     $ 4,100      $ 3,900",
        "Stock-based compensation           600          550",
        "Net income                     $ 4,700      $ 4,450",
        "", ""])
    doc = parse_text("r.txt", text)
    table = [f for f in doc.figures if f.source == "table"]
    assert table and all(f.qualifier for f in table)


def test_a_share_count_that_mentions_per_share_is_never_eps():
    from parsers.rows import row_unit
    assert row_unit("Weighted-average shares used in computing net loss per share, basic and diluted") == "shares"
    assert row_unit("Shares used in computing diluted net income per share") == "shares"
    assert row_unit("Net loss per share, basic and diluted") == "USD/share"


def test_company_names_with_lowercase_words_and_short_words():
    from parsers.metadata import company_and_ticker
    cases = {"NEW YORK, March 1, 2007 -- Smith, Barney and Co. (NYSE: SBC) today reported": "Smith, Barney and Co.",
             "ATLANTA, Ga., Jan. 5, 2009 -- Bank of America Corporation (NYSE: BAC) reported": "Bank of America Corporation",
             "DALLAS, Texas, May 2, 2008 -- AB Group Inc. (NASDAQ: ABG) today announced": "AB Group Inc.",
             "MEMPHIS, Tenn. -- Harvey L. Karp, Chairman of Mueller Industries, Inc. (NYSE: MLI), announced":
                 "Mueller Industries, Inc."}
    for text, name in cases.items():
        assert company_and_ticker(text)[0] == name, text


def test_week_counted_column_headers_are_quarters_and_year_to_dates():
    from parsers.columns import header_months
    assert [header_months(h, None) for h in ("12 Weeks Ended", "Sixteen Weeks Ended", "40 Weeks Ended",
                                             "53 Weeks Ended", "Twelve Months Ended", "Three Months Ended")] == \
        [3, 3, 9, 12, 12, 3]
    assert header_months("11 Weeks Ended", None) is None


def test_questions_read_week_counts_by_the_same_rule_as_releases():
    """Regression: a question's "12 weeks ended" was read as a twelve-month year-to-date."""
    from chat.periods import find_periods
    spans = {t: [(s.kind, s.months) for *_, s in find_periods(t)] for t in (
        "net sales 12 weeks ended november 2, 2024", "revenue 39 weeks ended november 2, 2024",
        "revenue 12 months ended june 30, 2019")}
    assert spans == {"net sales 12 weeks ended november 2, 2024": [("date", 3)],
                     "revenue 39 weeks ended november 2, 2024": [("YTD", 9)],
                     "revenue 12 months ended june 30, 2019": [("YTD", 12)]}
