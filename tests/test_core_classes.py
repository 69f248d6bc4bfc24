"""Classes of core figures a release prints and the reading missed (issue 19), each in a small invented
release: a balance sheet whose column headings lost their years, and the rows' unusual labels. Each class
has a near miss that must stay unread (or be read otherwise): a wrong figure is worse than a missing one."""
from __future__ import annotations

from datetime import date

from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.periods import Period

_LEAD = ("Quillfeather Tools Inc. Reports Fourth Quarter and Full Year 2025 Results",
         "",
         "OAKVALE, Ore., Feb. 12, 2026 -- Quillfeather Tools Inc. (NASDAQ: QFTI) today reported results for the "
         "fourth quarter and year ended December 31, 2025.",
         "")


def _balances(first: str, second: str, lead: tuple[str, ...] = _LEAD) -> dict[tuple[str, Period], float]:
    """A Markdown balance sheet headed by `first | second`, read: {(metric, period): value}."""
    text = "\n".join(lead + (
        "Quillfeather Tools Inc. Condensed Consolidated Balance Sheets",
        "",
        f"| Unaudited (in thousands) | {first} | | {second} | |",
        "| --- | --- | --- | --- | --- |",
        "| Cash and cash equivalents | $ | 41,250 | $ | 38,910 |",
        "| Total assets | $ | 512,400 | $ | 498,760 |",
        "| Total liabilities |  | 201,300 |  | 205,110 |",
        "| Total stockholders' equity |  | 311,100 |  | 293,650 |",
        "| Total liabilities and stockholders' equity | $ | 512,400 | $ | 498,760 |",
    )) + "\n"
    return _core(text, ("cash", "total_assets", "equity"))


def _core(text: str, metrics: tuple[str, ...]) -> dict[tuple[str, Period], float]:
    """{(metric, period): value} of the table facts the store would hold for a release text, for `metrics`."""
    doc = parse_text("quillfeather.md", text)
    f = prepare(doc, "", doc.name).facts
    return {(f["metric"][i], Period(f["period_end"][i], f["months"][i])): f["value"][i]
            for i in range(len(f["metric"])) if f["source"][i] == "table" and f["metric"][i] in metrics}


def test_a_balance_sheet_whose_headings_lost_their_years_is_at_the_release_date_and_the_year_before():
    """'December 31, | December 31,' over a year-end release's balance sheet: the release's own date first,
    then the same day a year before (the sheet was unread: three core figures and their comparatives)."""
    got = _balances("December 31,", "December 31,")
    now, before = Period(date(2025, 12, 31), 0), Period(date(2024, 12, 31), 0)
    assert got == {("cash", now): 41_250_000.0, ("cash", before): 38_910_000.0,
                   ("total_assets", now): 512_400_000.0, ("total_assets", before): 498_760_000.0,
                   ("equity", now): 311_100_000.0, ("equity", before): 293_650_000.0}


def test_a_quarter_balance_sheet_without_years_compares_with_the_last_year_end():
    """'September 30, | December 31,' of a third quarter's release: the quarter's end, then the year end before it."""
    lead = ("Quillfeather Tools Inc. Reports Third Quarter 2025 Results", "",
            "OAKVALE, Ore., Nov. 5, 2025 -- Quillfeather Tools Inc. today reported results for the third quarter "
            "ended September 30, 2025.", "")
    got = _balances("September 30,", "December 31,", lead)
    assert got[("total_assets", Period(date(2025, 9, 30), 0))] == 512_400_000.0
    assert got[("total_assets", Period(date(2024, 12, 31), 0))] == 498_760_000.0


def test_a_balance_sheet_dated_by_its_title_is_read_at_the_titles_date():
    """The date printed only above the columns: bare years under '(in thousands) | December 31, 2025', empty
    headings under 'As of December 31, 2025 and 2024' (years in the title's order), and '31 December' alone."""
    now, before = Period(date(2025, 12, 31), 0), Period(date(2024, 12, 31), 0)
    want = {("total_assets", now): 512_400_000.0, ("total_assets", before): 498_760_000.0}
    for title, header in (("Quillfeather Tools Inc. Balance Sheets (in thousands) | December 31, 2025", "| | 2025 | | 2024 | |"),
                          ("Quillfeather Tools Inc. Balance Sheets (in thousands)\nAs of December 31, 2025 and 2024", "| | | | | |")):
        text = "\n".join(_LEAD + (title, "", header, "| --- | --- | --- | --- | --- |",
                                    "| Total assets | $ | 512,400 | $ | 498,760 |", "| Total liabilities |  | 201,300 |  | 205,110 |"))
        assert _core(text + "\n", ("total_assets",)) == want, title
    assert {k: v for k, v in _balances("31 December", "31 December").items() if k[0] == "total_assets"} == want


def test_a_title_naming_its_years_oldest_first_leaves_the_columns_unread():
    """Near miss: 'As of December 31, 2024 and 2025' over empty headings: which column is which year is not
    known (statements print the latest first, this title does not), so nothing is read."""
    text = "\n".join(_LEAD + ("Quillfeather Tools Inc. Balance Sheets (in thousands)\nAs of December 31, 2024 and 2025", "",
                               "| | | | | |", "| --- | --- | --- | --- | --- |",
                               "| Total assets | $ | 512,400 | $ | 498,760 |", "| Total liabilities |  | 201,300 |  | 205,110 |"))
    assert _core(text + "\n", ("total_assets",)) == {}


def test_a_yearless_balance_sheet_of_another_day_than_the_release_stays_unread():
    """Near miss: 'September 30, | June 30,' under a year-end release names no date the release reports:
    which years they are is not known, so nothing is read (never guessed)."""
    assert _balances("September 30,", "June 30,") == {}


def _statement(title: str, header: str, rows: list[str], lead: tuple[str, ...] = _LEAD) -> str:
    """A release text: the lead paragraph, then one Markdown statement under `title` with its column `header`."""
    cols = header.count("|") - 1
    return "\n".join(lead + (title, "", header, "|" + " --- |" * cols, *rows)) + "\n"


_YEAR = Period(date(2025, 12, 31), 12)
_YEAR_BEFORE = Period(date(2024, 12, 31), 12)
_CASH_FLOWS = "Quillfeather Tools Inc. Consolidated Statements of Cash Flows (in thousands)"
_YEARS = "| Year Ended December 31, | 2025 | 2024 |"


def test_cash_generated_from_operations_before_interest_and_tax_is_not_the_operating_cash_flow():
    """IFRS prints 'Cash generated from operations', then interest and tax paid, then 'Net cash from operating
    activities': the net row is the operating cash flow, the first a subtotal (two values were stored)."""
    got = _core(_statement(_CASH_FLOWS, _YEARS, [
        "| Profit for the year | 30,100 | 27,400 |", "| Depreciation | 9,800 | 9,100 |",
        "| Cash generated from operations | 44,500 | 40,020 |", "| Interest paid | (2,100) | (2,300) |",
        "| Income taxes paid | (6,200) | (5,900) |", "| Net cash from operating activities | 36,200 | 31,820 |",
        "| Cash and equivalents, end of year | 41,250 | 38,910 |"]), ("operating_cash_flow", "cash"))
    assert got[("operating_cash_flow", _YEAR)] == 36_200_000.0
    assert got[("operating_cash_flow", _YEAR_BEFORE)] == 31_820_000.0
    assert got[("cash", Period(date(2025, 12, 31), 0))] == 41_250_000.0


def test_cash_generated_from_operations_alone_is_the_operating_cash_flow():
    """Near miss: with no net row below it, 'Cash generated from operations' is the statement's operating cash flow."""
    got = _core(_statement(_CASH_FLOWS, _YEARS, [
        "| Net income | 30,100 | 27,400 |", "| Cash generated from operations | 44,500 | 40,020 |",
        "| Purchases of equipment | (8,000) | (7,000) |"]), ("operating_cash_flow",))
    assert got == {("operating_cash_flow", _YEAR): 44_500_000.0, ("operating_cash_flow", _YEAR_BEFORE): 40_020_000.0}


def test_unusual_cash_flow_labels_are_the_core_figures():
    """'Net cash from operations', 'Net cash provided by (used for) operating activities', 'Cash and cash
    equivalents - end of period': the operating cash flow and the cash (they were rows of no metric); a
    'beginning of period' balance and the cash used in investing stay other figures."""
    for label in ("Net cash from operations", "Net cash provided by (used for) operating activities",
                  "Net cash inflow from operating activities"):
        got = _core(_statement(_CASH_FLOWS, _YEARS, [
            "| Net income | 30,100 | 27,400 |", f"| {label} | 36,200 | (1,820) |",
            "| Net cash used in investing activities | (9,000) | (7,500) |",
            "| Cash and cash equivalents - beginning of period | 38,910 | 30,100 |",
            "| Cash and cash equivalents - end of period | 41,250 | 38,910 |"]), ("operating_cash_flow", "cash"))
        assert got == {("operating_cash_flow", _YEAR): 36_200_000.0, ("operating_cash_flow", _YEAR_BEFORE): -1_820_000.0,
                       ("cash", Period(date(2025, 12, 31), 0)): 41_250_000.0,
                       ("cash", Period(date(2024, 12, 31), 0)): 38_910_000.0}, label


_INCOME = ("Quillfeather Tools Inc. Consolidated Statements of Income "
           "(Amounts in Thousands of U.S. Dollars, Except Share and Per Share Data)")


def test_a_weighted_count_of_depositary_shares_is_the_share_count_in_the_tables_scale():
    """'Diluted Weighted Average Outstanding ADS' under '(in thousands ..., except share and per share data)':
    a count of ADSs (the EPS is per ADS), printed in thousands — it was stored as $175 million. 'Except share
    data' names shares: a row of ordinary shares beside it stays in full."""
    text = _statement(_INCOME, _YEARS, [
        "| Revenues | 906,800 | 945,400 |", "| Net income | 24,608 | 23,565 |",
        "| Diluted earnings per ADS | $ 0.140 | $ 0.135 |",
        "| Diluted Weighted Average Outstanding ADS | 175,146 | 174,979 |"])
    assert _core(text, ("weighted_shares_diluted",)) == {("weighted_shares_diluted", _YEAR): 175_146_000.0,
                                                          ("weighted_shares_diluted", _YEAR_BEFORE): 174_979_000.0}
    ordinary = text.replace("Diluted Weighted Average Outstanding ADS | 175,146 | 174,979",
                            "Weighted average ordinary shares outstanding - diluted | 350,292,000 | 349,958,000")
    assert _core(ordinary, ("weighted_shares_diluted",)) == {
        ("weighted_shares_diluted", _YEAR): 350_292_000.0, ("weighted_shares_diluted", _YEAR_BEFORE): 349_958_000.0}


def test_average_ads_in_lower_case_are_no_share_count():
    """Near miss: 'Average ads served per user' (advertising) is no count of depositary shares."""
    doc = parse_text("q.md", _statement(_INCOME, _YEARS, ["| Revenues | 906,800 | 945,400 |",
                                                         "| Average ads served per user | 1,204 | 1,100 |"]))
    assert {f.unit for f in doc.figures if "ads served" in f.label} != {"shares"}


_FULL_YEAR = ("Quillfeather Tools plc Full Year 2025 Results", "",
              "OAKVALE -- Quillfeather Tools plc today reported results for the year ended 31 December 2025.", "")


def test_cells_printing_their_own_scale_are_read_in_it():
    """'£129.2m', '(29.2)m' without a currency mark, '€(0.5)bn': each cell states its scale (the table states
    none); such a table was not read at all. A count in millions ('3.2m' subscribers) is 3.2 million too."""
    doc = parse_text("q.md", _statement("Quillfeather Tools plc Highlights", "| | 2025 | 2024 |", [
        "| Revenue | £129.2m | £125.1m |", "| Operating loss | (29.2)m | (21.0)m |", "| Net debt | €(0.5)bn | €0.2bn |",
        "| Subscribers | 3.2m | 2.9m |"], _FULL_YEAR))
    got = {(f.label, f.period.end.year): f.value for f in doc.figures if f.source == "table"}
    assert got == {("Revenue", 2025): 129_200_000.0, ("Revenue", 2024): 125_100_000.0,
                   ("Operating loss", 2025): -29_200_000.0, ("Operating loss", 2024): -21_000_000.0,
                   ("Net debt", 2025): -500_000_000.0, ("Net debt", 2024): 200_000_000.0,
                   ("Subscribers", 2025): 3_200_000.0, ("Subscribers", 2024): 2_900_000.0}


def test_a_months_heading_and_a_per_share_cell_with_a_scale_are_no_scaled_amounts():
    """Near misses: '9M | 9M' over the columns is nine months (a heading, never 9 million), and '0.5m' on a
    per-share row is not understood (unread, never $500,000 a share)."""
    lead = ("Quillfeather Tools plc Results for the Nine Months to 30 September 2025", "",
            "OAKVALE -- Quillfeather Tools plc today reported results for the nine months ended 30 September 2025.", "")
    doc = parse_text("q.md", _statement("Quillfeather Tools plc Highlights", "| | 9M | 9M |", [
        "| | 2025 | 2024 |", "| Revenue | £129.2m | £125.1m |", "| Earnings per share | 0.5m | 0.4m |"], lead))
    got = {(f.label, f.period): f.value for f in doc.figures if f.source == "table"}
    assert got == {("Revenue", Period(date(2025, 9, 30), 9)): 129_200_000.0,
                   ("Revenue", Period(date(2024, 9, 30), 9)): 125_100_000.0}


_FIXED = ("Quillfeather Tools plc Consolidated Income Statement (in millions)\n\n"
          "                                2025        2024\n")


def test_fixed_width_figures_printing_their_scale_are_read_whole():
    """Fixed width: '£129.2m' was cut to '£129' (129.0, no scale) and '(29.2)m' read as -29.2: wrong figures. The
    figure is read whole, in the scale it prints; one cell a line too."""
    text = "\n".join(_FULL_YEAR) + _FIXED + ("Revenue                        £129.2m     £125.1m\n"
                                             "Operating loss                 (29.2)m     (21.0)m\n")
    got = {(f.label, f.period.end.year): f.value for f in parse_text("q.txt", text).figures if f.source == "table"}
    assert got == {("Revenue", 2025): 129_200_000.0, ("Revenue", 2024): 125_100_000.0,
                   ("Operating loss", 2025): -29_200_000.0, ("Operating loss", 2024): -21_000_000.0}
    cells = "\n".join(_FULL_YEAR) + "Quillfeather Tools plc Income Statement\n\n2025\n2024\nRevenue\n£129.2m\n£125.1m\n" \
        "Operating loss\n(29.2)m\n(21.0)m\n"
    got = {(f.label, f.period.end.year): f.value for f in parse_text("q.txt", cells).figures if f.source == "table"}
    assert got[("Revenue", 2025)] == 129_200_000.0 and got[("Operating loss", 2024)] == -21_000_000.0


def test_a_fixed_width_multiple_is_never_cut_to_its_whole_number():
    """Near miss: 'Net debt / adjusted EBITDA  4.13x  3.92x' in a table in millions was read as 4 and 3 (million):
    a multiple is no amount, and a figure is never cut short of its decimals. It stays unread."""
    text = "\n".join(_FULL_YEAR) + _FIXED + ("Revenue                         129.2       125.1\n"
                                             "Net debt / adjusted EBITDA      4.13x       3.92x\n")
    got = {(f.label, f.value) for f in parse_text("q.txt", text).figures if f.source == "table"}
    assert got == {("Revenue", 129_200_000.0), ("Revenue", 125_100_000.0)}


def test_net_cash_used_in_operating_activities_printed_negative_is_the_operating_cash_flow():
    """'Net cash used in operating activities | (14,926)': a company's negative operating cash flow (the row had
    no metric). Near miss: printed unsigned ('| 14,926') which way the cash went is only the label's word, so
    the figure keeps its label (never a positive operating cash flow)."""
    rows = ["| Net loss | (18,410) | (21,676) |", "| Net cash used in operating activities | (14,926) | 17,057 |",
            "| Net cash used in investing activities | (2,000) | (1,500) |"]
    got = _core(_statement(_CASH_FLOWS, _YEARS, rows), ("operating_cash_flow",))
    assert got == {("operating_cash_flow", _YEAR): -14_926_000.0}


def _cell_score(rows: list[str], header: str) -> tuple[int, int]:
    """(statement cells, cells read) the check counts for a Markdown balance sheet of `rows` under `header`."""
    from knowledge.check import check_document
    from parsers.text_grids import text_grids
    text = "\n".join(_LEAD + ("Quillfeather Tools Inc. Condensed Consolidated Balance Sheets (in thousands)", "", header,
                              "| --- | --- | --- | --- |", *rows)) + "\n"
    rc = check_document(parse_text("q.md", text), text_grids(text.split("\n")))
    return rc.statement_cells, rc.statement_facts


def test_a_change_column_of_a_grid_balance_sheet_is_no_statement_cell():
    """'Increase (Decrease)' beside the two dates: each of its cells the difference of the two before it, as the
    check already skips in text tables; it was counted as unread statement cells (a third of a wire copy's)."""
    header = "| | December 31, 2025 | December 31, 2024 | Increase (Decrease) |"
    rows = ["| Cash and cash equivalents | 41,250 | 38,910 | 2,340 |", "| Total assets | 512,400 | 498,760 | 13,640 |",
            "| Total liabilities | 201,300 | 205,110 | (3,810) |"]
    assert _cell_score(rows, header) == (6, 6)


def test_a_third_date_column_that_once_equals_a_difference_is_still_counted():
    """Near miss: three dates, the third equal to the difference of the first two in one row only: a period's
    column, every cell counted."""
    header = "| | December 31, 2025 | December 31, 2024 | December 31, 2023 |"
    rows = ["| Cash and cash equivalents | 41,250 | 38,910 | 2,340 |", "| Total assets | 512,400 | 498,760 | 470,100 |",
            "| Total liabilities | 201,300 | 205,110 | 199,000 |"]
    assert _cell_score(rows, header) == (9, 9)


def _one_cell_a_line(*tables: tuple[str, list[list[str]]]) -> str:
    """A third quarter's release whose statements are printed one cell a line, each under its title lines."""
    lead = ("Quillfeather Tools Inc. Reports Third Quarter 2025 Results", "",
            "OAKVALE, Nov. 5, 2025 -- Quillfeather Tools Inc. today reported results for the third quarter ended "
            "September 30, 2025.", "")
    out = list(lead)
    for title, rows in tables:
        out += ["QUILLFEATHER TOOLS INC.", *title.split("\n"), *(cell for row in rows for cell in row), ""]
    return "\n".join(out) + "\n"


def test_a_one_cell_a_line_balance_sheet_after_another_statement_keeps_its_first_date():
    """One cell a line: the income statement's rows ran on to the balance sheet's first date cell ('September 30,'),
    so its header became 'December 31, | 2025 | 2024' over both columns: the quarter's balances were dated
    December 31, 2025 (after the release: dropped; a later release would have stored them wrong)."""
    text = _one_cell_a_line(
        ("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(Unaudited)\n(in thousands, except per share data)",
         [["Three Months Ended", "Nine Months Ended"], ["September 30,", "September 30,"], ["2025", "2024", "2025", "2024"],
          ["Revenue", "$", "306,800", "$", "285,400", "$", "906,800", "$", "845,400"],
          ["Net income", "8,608", "7,565", "24,608", "23,565"]]),
        ("CONDENSED CONSOLIDATED BALANCE SHEETS\n(Unaudited)",
         [["September 30,", "December 31,"], ["2025", "2024"], ["Cash and cash equivalents", "$", "41,250", "$", "38,910"],
          ["Total assets", "512,400", "498,760"]]))
    got = _core(text, ("total_assets", "revenue"))
    assert got[("total_assets", Period(date(2025, 9, 30), 0))] == 512_400_000.0
    assert got[("total_assets", Period(date(2024, 12, 31), 0))] == 498_760_000.0
    assert got[("revenue", Period(date(2025, 9, 30), 9))] == 906_800_000.0
    assert ("total_assets", Period(date(2025, 12, 31), 0)) not in got
