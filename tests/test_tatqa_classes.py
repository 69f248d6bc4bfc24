"""Header styles and question forms of annual-report tables (the classes TAT-QA's tables show), each as a
small pipe table built here, read into facts and asked of the engine. The documents are invented: an
excerpt of one table and a paragraph, ingested under a company name as benchmarks/tatqa.py does.
"""
from __future__ import annotations

from datetime import date

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text
from parsers.periods import Period

FY19, FY18 = Period(date(2019, 12, 31), 12), Period(date(2018, 12, 31), 12)


def _table(rows: list[list[str]], after: str = "The table shows the amounts of the year.") -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


def _facts(text: str) -> set[tuple]:
    doc = parse_text("t.txt", text, excerpt=True)
    return {(f.label, f.period, f.value) for f in doc.figures if f.source == "table"}


def _engine(tmp_path, text: str, company: str = "Kavel Holdings") -> Engine:
    path = tmp_path / "t.txt"
    path.write_text(text)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [path], company=company)
    con.close()
    return Engine(tmp_path / "s.duckdb")


def _ask(engine: Engine, question: str):
    answer, _ = engine.ask(f"Kavel Holdings: {question}", Context())
    return answer


@pytest.mark.parametrize("header", [
    [["", "2019", "2018"], ["", "Number", "Number"]],  # a count's word under the years
    [["", "2019 NUMBER", "2018 NUMBER"]],  # ... in the year's own cell
    [["", "", "Pension", ""], ["", "2019", "2018", ""]],  # one heading over every column: the table's subject
    [["", "2018/2019", "2017/2018"]],  # a fiscal year named by the two calendar years it spans
    [["", "Note", "2019", "(Restated)1 2018"]],  # a notes column; a restated year with its footnote mark
])
def test_year_headers_of_annual_reports_are_the_years_columns(header: list[list[str]]) -> None:
    width = len(header[0])
    body = [["Options granted"] + [""] * (width - 3) + ["71,552", "127,691"]]
    if header[0][1] == "Note":
        body = [["Options granted", "5", "71,552", "127,691"]]
    got = _facts(_table([*header, *body]))
    assert {(p, v) for _, p, v in got} == {(FY19, 71_552), (FY18, 127_691)}


@pytest.mark.parametrize("unit,scale", [("\u20ac million", 1e6), ("$'000", 1e3), ("\u00a3m", 1e6), ("S$ Mil", 1e6),
                                        ("RMB'Million", 1e6), ("$M", 1e6)])
def test_a_unit_cell_over_the_column_is_its_scale(unit: str, scale: float) -> None:
    got = _facts(_table([["", "2019", "2018"], ["", unit, unit], ["Wages and salaries", "2,264", "2,173"]]))
    assert got == {("Wages and salaries", FY19, 2_264 * scale), ("Wages and salaries", FY18, 2_173 * scale)}


def test_a_unit_in_the_stub_is_no_section_of_the_rows() -> None:
    got = _facts(_table([["\u20ac million", "2018/2019", "2017/2018"], ["Wages and salaries", "2,264", "2,173"]]))
    assert ("Wages and salaries", FY19, 2_264e6) in got


def test_a_balance_sheet_of_bare_years_answers_the_year_end_balance(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Cash and cash equivalents", "1,200", "900"],
                   ["Total assets", "5,000", "4,000"]])
    answer = _ask(_engine(tmp_path, text), "What was the total assets in 2019?")
    assert answer.status == "answered" and answer.value == 5_000_000


def test_an_amount_beside_its_percentage_under_one_year(tmp_path) -> None:
    """'2019 | 2019' over '$23,406 | 100%': the amount keeps the year, the percentage is not a second reading."""
    text = _table([["For the year ended", "2019", "2019", "2018", "2018"], ["Revenue", "$23,406", "100%", "$30,391", "100%"],
                   ["Cost of goods sold", "12,704", "54%", "12,500", "41%"]])
    got = _facts(text)
    assert ("Revenue", FY19, 23_406) in got and ("Revenue", FY18, 30_391) in got
    assert not [v for _, _, v in got if v in (100, 54, 41)]


def test_a_years_figure_under_its_date_alone_answers_the_year(tmp_path) -> None:
    """'June 30, 2019 | June 30, 2018' over interest income, no span named: 'in 2019' is the 2019 column."""
    text = _table([["", "June 30, 2019", "June 30, 2018"], ["Interest income", "8,220", "5,778"],
                   ["Other income", "1,000", "900"]], "Amounts in thousands.")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the interest income in 2019?")
    assert answer.status == "answered" and answer.value == 8_220_000
    change = _ask(engine, "What was the change in interest income between 2018 and 2019?")
    assert change.status == "answered" and change.value == 2_442_000


def test_a_date_held_in_a_quarterly_store_never_answers_a_year(tmp_path) -> None:
    """The same dates in a store that holds quarters are quarters' dates: no year is read from them."""
    text = _table([["", "Three months ended March 31, 2019", "Three months ended March 31, 2018"],
                   ["Revenue", "500", "400"]]) + "\n" + _table([["", "June 30, 2019", "June 30, 2018"],
                                                              ["Interest income", "8,220", "5,778"]])
    answer = _ask(_engine(tmp_path, text), "What was the interest income in 2019?")
    assert answer.value is None


def test_a_label_printed_with_its_basis_is_asked_by_its_words(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Gross profit from continuing operations, as reported", "$315,652", "$365,607"],
                   ["Stock-based compensation", "525", "742"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the change in the Gross profit from continuing operations, as "
                                           "reported between 2018 and 2019?")
    assert answer.status == "answered" and answer.value == -49_955_000


def test_a_footnote_mark_glued_to_a_label_is_no_part_of_it() -> None:
    got = _facts(_table([["", "2019", "2018"], ["Total employee expenditure2", "370.1", "361.9"]]))
    assert {label for label, _, _ in got} == {"Total employee expenditure"}


def test_a_run_of_footnote_marks_glued_to_a_label_is_no_part_of_it(tmp_path) -> None:
    """'Operating income(1)(3)': every mark of the run is dropped (only the last was, and the row named
    'Operating income(1)' was read as no figure the vocabulary knows)."""
    text = _table([["", "2019", "2018"], ["Net sales", "9,400", "8,800"], ["Operating income(1)(3)", "1,210", "1,020"],
                   ["Other items (a)(b)", "15", "12"]], "Amounts in thousands.")
    assert {label for label, _, _ in _facts(text)} == {"Net sales", "Operating income", "Other items"}
    answer = _ask(_engine(tmp_path, text), "What was the operating income in 2019?")
    assert (answer.status, answer.value) == ("answered", 1_210_000)


def test_a_label_holding_period_words_is_asked_by_its_words(tmp_path) -> None:
    """'Effect of prior year adjustments': 'prior year' is part of the row's name, not a period asked."""
    text = _table([["", "2019", "2018", "2017"], ["Income taxes at the statutory rate", "9,000", "8,000", "7,000"],
                   ["Effect of prior year adjustments", "2,450", "2,100", "1,789"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the change in the Effect of prior year adjustments between 2017 and 2019?")
    assert answer.status == "answered" and answer.value == 661_000


def test_a_place_row_is_asked_by_its_name_alone(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Foreign countries:", "", ""], ["Germany", "10,000", "9,000"],
                   ["Rest of World", "57,559", "61,379"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the change in Rest of World in 2019 from 2018?")
    assert answer.status == "answered" and answer.value == -3_820_000


def test_a_label_with_period_words_keeps_the_period_asked_beside_it(tmp_path) -> None:
    """'Balance at end of year' holds 'year'; '2019' beside it is still the period asked."""
    text = _table([["", "2019", "2018"], ["Balance at beginning of year", "8,220", "8,306"],
                   ["Additions", "3,000", "1,000"], ["Balance at end of year", "10,354", "8,220"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the balance at end of year in 2018?")
    assert answer.status == "answered" and answer.value == 8_220_000


def _amortization_table() -> str:
    return _table([["Years Ended", "July 27, 2019", "July 28, 2018"], ["Amortization of purchased intangible assets:", "", ""],
                   ["Cost of sales", "$624", "$640"], ["Operating expenses", "", ""],
                   ["Amortization of purchased intangible assets", "150", "221"], ["Total", "$774", "$861"]],
                  "Amounts in millions.")


def test_total_of_a_label_is_never_the_row_of_that_label_beside_a_bare_total(tmp_path) -> None:
    """'total amortization of X' where the table prints a row 'Amortization of X' (one part) and a bare
    'Total': no answer from the part."""
    answer = _ask(_engine(tmp_path, _amortization_table()),
                  "What was the percentage change in the total amortization of purchased intangible assets between 2018 and 2019?")
    assert answer.value is None


def test_the_row_itself_is_still_asked_by_its_label(tmp_path) -> None:
    answer = _ask(_engine(tmp_path, _amortization_table()),
                  "What was the change in the Amortization of purchased intangible assets between 2018 and 2019?")
    assert answer.status == "answered" and answer.value == -71_000_000


def test_a_year_on_year_change_is_an_amount(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Services revenue", "101,355", "73,138"], ["Other revenue", "500", "400"]],
                  "Amounts in thousands of US dollars.")
    answer = _ask(_engine(tmp_path, text), "What is the year-on-year change in Services revenue?")
    assert answer.status == "answered" and answer.value == 28_217_000


@pytest.mark.parametrize("question,value", [("What was the Projected benefit obligation in 2018?", 3_848_000),
                                            ("What was the expected volatility in 2019?", 50.7)])
def test_basis_words_of_a_printed_label_name_the_row_not_a_basis(tmp_path, question: str, value: float) -> None:
    """'Projected benefit obligation', 'Expected volatility': no guidance is asked, the row is."""
    text = _table([["", "2019", "2018"], ["Projected benefit obligation", "$4,100", "$3,848"],
                   ["Fair value of plan assets", "3,900", "3,600"], ["Expected volatility", "50.7%", "54.2%"]],
                  "Amounts in thousands, except percentages.")
    answer = _ask(_engine(tmp_path, text), question)
    assert answer.status == "answered" and answer.value == value


def test_a_forward_question_still_asks_for_guidance(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Operating lease payments", "4,100", "3,848"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What are the projected operating lease payments in 2019?")
    assert answer.value is None


def _results_table() -> str:
    return _table([["", "Years Ended December 31,", ""], ["", "2019", "2018"], ["Shipping revenues", "$355,547", "$366,163"],
                   ["Cost of revenue", "176,223", "149,495"], ["% of revenue", "47%", "46%"],
                   ["Profit before taxation", "243.7", "221.3"], ["Fixed assets not yet in service", "1,200", "900"]],
                  "Amounts in thousands.")


@pytest.mark.parametrize("question,value", [
    ("What is the change in Shipping revenues from Years Ended December 31, 2018 to 2019?", -10_616_000),  # plural span
    ("What was the change in profit before taxation in 2019 from 2018?", 22_400),  # 'before' inside the label
    ("What was the change in fixed assets not yet in service from 2018 to 2019?", 300_000),  # 'not' is no 'note'
])
def test_period_and_label_words_of_annual_report_questions(tmp_path, question: str, value: float) -> None:
    answer = _ask(_engine(tmp_path, _results_table()), question)
    assert answer.status == "answered" and answer.value == pytest.approx(value)


def test_a_fiscal_year_named_by_two_calendar_years_in_a_question(tmp_path) -> None:
    """The '\u20ac million' over the columns states the table's currency: the change is worked out and given
    as printed, in euros (never as US dollars); the same table in "$ million" is answered."""
    text = _table([["\u20ac million", "2017/2018", "2018/2019"], ["Other financial income", "182", "159"]])
    answer = _ask(_engine(tmp_path, text), "What was the change in Other financial income in 2018/2019 from 2017/2018?")
    assert "EUR -23.00 million" in answer.text and "FY 2018 to FY 2019" in answer.text
    plain = _table([["$ million", "2017/2018", "2018/2019"], ["Other financial income", "182", "159"]])
    (tmp_path / "plain").mkdir()
    answer = _ask(_engine(tmp_path / "plain", plain), "What was the change in Other financial income in 2018/2019 from 2017/2018?")
    assert answer.status == "answered" and answer.value == -23e6


def test_an_average_of_percentages_is_never_an_average_of_amounts(tmp_path) -> None:
    answer = _ask(_engine(tmp_path, _results_table()),
                  "What is the average % of net revenue for cost of revenue for the Years Ended December 31, 2019 to 2018?")
    assert answer.value is None


def test_a_row_the_vocabulary_canonicalized_is_asked_by_its_own_label(tmp_path) -> None:
    """'Income taxes payable' is read as income taxes; 'income taxes payable in 2019' asks for that row, and
    'income taxes in 2019' still for the metric."""
    text = _table([["", "2019", "2018"], ["Accrued compensation and benefits", "120.5", "110.2"],
                   ["Income taxes payable", "46.9", "27.5"], ["Total accrued liabilities", "167.4", "137.7"]],
                  "Amounts in millions.")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What were the income taxes payable in 2019?")
    assert answer.status == "answered" and answer.value == pytest.approx(46.9e6)
    change = _ask(engine, "What was the change in income taxes payable between 2018 and 2019?")
    assert change.status == "answered" and change.value == pytest.approx(19.4e6)


def test_a_canonicalized_label_never_takes_words_it_does_not_hold(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Income taxes payable", "46.9", "27.5"]], "Amounts in millions.")
    answer = _ask(_engine(tmp_path, text), "What were the deferred income taxes payable in 2019?")
    assert answer.value is None


def test_a_printed_row_never_answers_a_sum_of_two_figures(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Total revenue", "179,260", "161,529"], ["Total other income", "3,034", "2,100"]],
                  "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the sum of total revenue and total other income for 2019?")
    assert answer.value != 3_034_000


def test_a_years_assumption_asked_as_at_its_year_end(tmp_path) -> None:
    """'expected volatility as at December 31, 2019' of a table of years: the year's figure (no quarter held)."""
    text = _table([["", "2019", "2018"], ["Expected volatility", "50.7%", "54.2%"], ["Risk-free interest rate", "1.6%", "2.5%"]])
    answer = _ask(_engine(tmp_path, text), "What is the expected volatility as at December 31, 2019?")
    assert answer.status == "answered" and answer.value == 50.7


def test_a_year_with_its_footnote_mark_glued_on_is_the_year() -> None:
    """'2016 | 2017 | 20181 | 2019': the mark lost its superscript; the column is 2018's, and the row of
    years is a heading, never a row of amounts."""
    got = _facts(_table([["", "2016", "2017", "20181", "2019"], ["Interest expense", "717", "750", "826", "814"]],
                        "($ in millions.)"))
    assert {(p.end.year, v) for _, p, v in got} == {(2016, 717e6), (2017, 750e6), (2018, 826e6), (2019, 814e6)}


def test_a_five_digit_amount_among_years_is_no_year() -> None:
    """'2019 | 2018 | 20185' is no run of years: the row is read as it was (no column named 2018 twice)."""
    got = _facts(_table([["", "2019", "2018"], ["Units", "2019", "20185"], ["Revenue", "1,000", "900"]],
                        "Amounts in thousands."))
    assert ("Revenue", FY19, 1_000_000) in got and ("Revenue", FY18, 900_000) in got


@pytest.mark.parametrize("question,value", [
    ("What was the net property, plant and equipment in 2019?", 996.7e6),
    ("What was the percentage change in the total net property, plant and equipment between 2018 and 2019?", 29.8),
    ("What was the gross property, plant and equipment in 2019?", 2_945.7e6),
    ("What was the total property, plant and equipment in 2019?", None),  # gross or net: not said, so not given
])
def test_a_label_ending_net_or_gross_is_asked_with_the_word_first(tmp_path, question: str, value) -> None:
    """'Total property, plant and equipment, net' is 'net property, plant and equipment' in a question."""
    text = _table([["", "March 31,", ""], ["", "2019", "2018"], ["Land", "$83.4", "$73.4"],
                   ["Total property, plant and equipment, gross", "2,945.7", "2,644.1"],
                   ["Less accumulated depreciation and amortization", "1,949.0", "1,876.2"],
                   ["Total property, plant and equipment, net", "$996.7", "$767.9"]], "Amounts in millions.")
    answer = _ask(_engine(tmp_path, text), question)
    assert answer.value == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("question,value,words", [
    ("What was the decrease in interest received from 2018 to 2019?", -10_701_000,
     "It fell by $10,701,000 (a decrease is given as a negative figure)."),
    ("What was the increase in interest received from 2018 to 2019?", -10_701_000,
     "It fell by $10,701,000: a decrease, not an increase."),
    ("What was the decrease in equity in earnings of affiliates from 2018 to 2019?", 2_918_000,
     "It rose by $2,918,000: an increase, not a decrease."),
    ("What was the increase / (decrease) in interest received from 2018 to 2019?", -10_701_000, None),
    ("What was the change in interest received from 2018 to 2019?", -10_701_000, None),
])
def test_a_change_asked_as_a_decrease_keeps_the_contracts_sign_and_says_it_in_words(tmp_path, question, value,
                                                                                    words) -> None:
    """contract.md: 'losses and decreases negative'. 'What was the decrease in X' of an X that fell is answered
    negative, as the contract has it, and said in words ('fell by'); a change against the direction asked is said
    so; a question naming no direction, or both, gets no sentence."""
    text = _table([["", "2019", "2018"], ["Interest received", "7,001", "17,702"],
                   ["Equity in earnings of affiliates", "3,711", "793"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), question)
    assert answer.status == "answered" and answer.value == value
    if words:
        assert words in answer.text
    else:
        assert " It fell" not in answer.text and " It rose" not in answer.text


def _selected_data_table(repeat: bool, heading: str = "Average balances") -> str:
    rows = [["", "2019", "2018", "2017"], ["", "", "(in millions)", ""], ["Revenue", "$23,406", "$30,391", "$20,322"],
            ["Net income", "6,358", "14,138", "5,090"], ["At year end", "", "", ""],
            ["Total assets", "48,887", "43,376", "35,336"], ["Deposits", "40,100", "37,000", "30,500"]]
    if repeat:  # the same labels again under a heading only it tells apart by
        rows += [[heading, "", "", ""], ["Total assets", "46,100", "40,200", "33,000"],
                 ["Deposits", "38,000", "35,500", "29,900"]]
    return _table(rows)


def test_selected_data_of_consecutive_years_is_read_by_year() -> None:
    """An annual report's five-year summary: flows and balances under bare consecutive years, each of its year —
    a flow over the year, a balance at the year's end."""
    got = _facts(_selected_data_table(repeat=False))
    assert ("Revenue", FY19, 23_406e6) in got and ("Total assets", Period(FY18.end, 0), 43_376e6) in got
    assert ("Net income", Period(date(2017, 12, 31), 12), 5_090e6) in got


def test_selected_data_printing_a_label_twice_under_averages_reads_each_row_as_its_heading_says() -> None:
    """'Total assets' at the year's end and again under 'Average balances': every row printed once is read by
    its year, the year-end row a balance at the year's end, the average row the year's average (a span) — never
    the balance at the year's end."""
    got = _facts(_selected_data_table(repeat=True))
    assert ("Revenue", FY19, 23_406e6) in got and ("Net income", Period(date(2017, 12, 31), 12), 5_090e6) in got
    assert ("Total assets", Period(FY19.end, 0), 48_887e6) in got and ("Deposits", Period(FY18.end, 0), 37_000e6) in got
    assert ("Total assets", FY19, 46_100e6) in got and ("Deposits", FY18, 35_500e6) in got
    assert not [f for f in got if f[2] in (46_100e6, 40_200e6, 38_000e6) and not f[1].months]


def test_selected_data_printing_a_label_twice_under_headings_that_do_not_tell_them_apart_leaves_them_unread() \
        -> None:
    """The same labels again under a heading that makes them no other figure ('Other data'): which is the year's
    balance, nothing says — both rows unread, the rows printed once still read."""
    got = _facts(_selected_data_table(repeat=True, heading="Other data"))
    assert not [f for f in got if f[0] in ("Total assets", "Deposits")]
    assert ("Revenue", FY19, 23_406e6) in got and ("Net income", FY18, 14_138e6) in got


def test_selected_data_net_income_twice_is_never_mixed() -> None:
    """'Net income' as reported and again under 'Adjusted results': the adjusted row is its own basis, never the
    reported net income; printed again under a heading that says nothing, neither row is read."""
    rows = [["", "2019", "2018", "2017"], ["", "", "(in millions)", ""], ["Revenue", "$23,406", "$30,391", "$20,322"],
            ["Net income", "6,358", "14,138", "5,090"], ["Total assets", "48,887", "43,376", "35,336"],
            ["Adjusted results", "", "", ""], ["Net income", "7,001", "14,900", "5,500"]]
    doc = parse_text("t.txt", _table(rows), excerpt=True)
    net = {(f.period, f.value, f.qualifier) for f in doc.figures if f.label == "Net income" and f.period == FY19}
    assert net == {(FY19, 6_358e6, ""), (FY19, 7_001e6, "non-gaap")}
    rows[-2] = ["Other data", "", "", ""]
    assert not [f for f in _facts(_table(rows)) if f[0] == "Net income"]


def test_an_average_balance_never_answers_the_balance_at_the_years_end(tmp_path) -> None:
    """'Total assets at December 31, 2019' of a selected-data table that prints the year's average too: the
    year-end balance, never the average."""
    engine = _engine(tmp_path, _selected_data_table(repeat=True))
    answer = _ask(engine, "What were total assets at December 31, 2019?")
    assert answer.status == "answered" and answer.value == 48_887e6


def test_net_yield_on_interest_earning_assets_is_the_net_interest_margin(tmp_path) -> None:
    """A bank's selected data prints the margin under its older name ('Net yield on interest-earning assets'):
    asked as the net interest margin, it is that row's rate of the year."""
    text = _table([["", "2019", "2018", "2017"], ["Net income", "6,358", "14,138", "5,090"],
                   ["Total assets", "48,887", "43,376", "35,336"],
                   ["Net yield on interest-earning assets", "2.68%", "2.97%", "3.54%"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the net interest margin in 2018?")
    assert answer.status == "answered" and answer.value == pytest.approx(2.97)


def _august_years(after: str = "Amounts in thousands.") -> str:
    return _table([["Years ended August 31,", "2019", "2018", "Change"], ["", "$", "$", "%"],
                   ["Cash flow from operating activities", "868,711", "620,748", "39.9"],
                   ["Cash flow from investing activities", "(471,078)", "(2,191,666)", "(78.5)"]], after)


def test_a_fiscal_year_the_tables_end_in_is_the_companys_year(tmp_path) -> None:
    """'Years ended August 31, | 2019 | 2018' and no fiscal year end said in words: 2019 is the year ending August
    2019 ('FY 2019'), asked as 'in 2019', never a year ending in December."""
    doc = parse_text("t.txt", _august_years(), excerpt=True)
    assert doc.fye_month == 8
    answer = _ask(_engine(tmp_path, _august_years()), "What was the cash flow from operating activities in 2019?")
    assert answer.status == "answered" and answer.value == 868_711_000 and answer.period == "FY 2019"


def test_twelve_months_ended_is_no_fiscal_year() -> None:
    """'Twelve Months Ended June 30' (a third quarter's trailing year): the fiscal year end stays unknown."""
    text = _table([["Twelve Months Ended June 30", "2004", "2003"], ["Operating revenues", "2,050,366", "1,982,911"]],
                  "Amounts in thousands of dollars. Revenues of the fiscal year rose.")
    assert parse_text("t.txt", text, excerpt=True).fye_month == 12


def test_an_increase_in_one_year_whose_release_states_a_percentage_is_not_guessed(tmp_path) -> None:
    """'What was the increase in X in 2019?' where the release states X's change only as a percentage (39.9%):
    the amount and the stated percentage both read the question, so neither is given as the answer; named with
    both years, or asked as 'the change', it is the amount."""
    text = _august_years("Amounts in thousands. Fiscal 2019 cash flow from operating activities increased by 39.9% "
                         "compared to the prior year.")
    engine = _engine(tmp_path, text)
    one = _ask(engine, "What was the increase in cash flow from operating activities in 2019?")
    assert one.value is None and "+39.9%" in one.text and "$247,963,000" in one.text
    both = _ask(engine, "What was the increase in cash flow from operating activities from 2018 to 2019?")
    assert both.value == 247_963_000
    change = _ask(engine, "What was the change in cash flow from operating activities in 2019?")
    assert change.value == 247_963_000


def test_a_row_of_a_reconciliation_said_as_reported_is_the_reported_figure(tmp_path) -> None:
    """'Gross profit from continuing operations, as reported' at the head of a non-GAAP reconciliation is the
    GAAP figure; the adjustments under it stay reconciling items, never answered as the figure."""
    text = _table([["Reconciliation of Non-GAAP gross profit (in thousands)", "Years Ended December 31,", ""],
                   ["", "2019", "2018"], ["Gross profit from continuing operations, as reported", "$ 315,652", "$365,607"],
                   ["Adjustments to gross profit:", "", ""], ["Stock-based compensation", "525", "742"],
                   ["Non-GAAP gross profit", "316,177", "366,349"]])
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the change in the Gross profit from continuing operations, as reported between "
                          "2018 and 2019?")
    assert answer.status == "answered" and answer.value == -49_955_000
    assert _ask(engine, "What was the stock-based compensation in 2019?").value is None


def test_a_change_column_whose_unit_cell_is_percent_states_percentages(tmp_path) -> None:
    """'Change' over '%' above bare '39.9' and '(78.5)': the release's stated changes (a dash is none, never 0%);
    'In 2019, what was the decrease in X?' then has two readings and gets neither as the answer."""
    doc = parse_text("t.txt", _table([["Years ended August 31,", "2019", "2018", "Change"], ["", "$", "$", "%"],
                                      ["Cash flow from operating activities", "868,711", "620,748", "39.9"],
                                      ["Cash flow from financing activities", "(659,222)", "1,426,136", "\u2014"]],
                                     "Amounts in thousands."), excerpt=True)
    stated = {f.label: f.change_pct for f in doc.figures if f.period.end.year == 2019}
    assert stated == {"Cash flow from operating activities": 39.9, "Cash flow from financing activities": None}
    answer = _ask(_engine(tmp_path, _august_years()), "In 2019, what was the decrease in cash flow from investing activities?")
    assert answer.value is None and "-78.5%" in answer.text


def test_places_under_a_revenue_heading_are_that_revenue_of_each_place(tmp_path) -> None:
    """'Asia Pacific (1)' under 'Revenue by geography:': revenue of Asia Pacific, asked by the place."""
    text = _table([["", "2019", "2018", "2017"], ["Revenue by geography:", "", "", ""], ["Asia Pacific (1)", "$3,049", "$4,905", "$5,810"],
                   ["Europe", "2,459", "1,280", "2,015"], ["Total revenue", "$10,310", "$12,629", "$12,149"]],
                  "The following is a breakdown of revenue (in thousands):")
    answer = _ask(_engine(tmp_path, text), "What is the average revenue from Asia Pacific in 2018 and 2019?")
    assert answer.status == "answered" and answer.value == 3_977_000


@pytest.mark.parametrize("text,places", [("what was the north america revenue in 2019?", ["north_america"]),
                                         ("latin america and us revenue", ["latin_america", "us"]),
                                         ("us vs emea revenue", ["us", "emea"])])
def test_the_longest_place_name_is_the_place_named(text: str, places: list[str]) -> None:
    """'north america' is North America, never the United States its word 'america' names alone."""
    from chat.question import _geo
    assert _geo(text)[0] == places


def _years_table() -> str:
    return _table([["", "2019", "2018", "2017"], ["", "$'000", "$'000", "$'000"],
                   ["Interest income", "5,318", "4,784", "2,650"], ["Share of losses of associates", "(120)", "(340)", "(80)"],
                   ["Legal fees", "410", "410", "300"], ["Net (losses)/earnings of affiliates", "(25)", "37", "12"],
                   ["Impairment", "(7)", "(9)", "(2)"]])


@pytest.mark.parametrize("question,year", [
    ("In which year was interest income larger?", 2019),
    ("Which year has the lowest interest income?", 2017),
    ("Between 2017 and 2018, which year had a higher interest income?", 2018),  # only the years named
    ("Between year ended 2017 and 2018, which year had the higher interest income?", 2018),
    ("In which year was the share of losses of associates larger?", 2018),  # a loss asked of losses: by its size
    ("In which year were the net (losses)/earnings of affiliates higher?", 2018),  # a row signed both ways: signed
])
def test_which_year_compares_the_years_cited_figures(tmp_path, question: str, year: int) -> None:
    answer = _ask(_engine(tmp_path, _years_table()), question)
    assert (answer.status, answer.value, answer.unit) == ("answered", year, None)
    assert len(answer.citations) >= 2


@pytest.mark.parametrize("question,year", [
    ("In which year was interest income less than 3,000 thousands?", 2017),  # the one year below it, scale applied
    ("In which year was interest income greater than 5,000,000?", 2019),
])
def test_which_year_past_a_threshold_is_the_one_year_that_passes(tmp_path, question: str, year: int) -> None:
    answer = _ask(_engine(tmp_path, _years_table()), question)
    assert (answer.status, answer.value) == ("answered", year)


@pytest.mark.parametrize("question", [
    "In which year was the impairment larger?",  # negative, and no loss asked: which is 'larger' its sign does not say
    "In which year were legal fees higher?",  # a tie of the two latest years with the earliest lower: no one year
    "In which year was interest income less than 5,400 thousands?",  # every year passes: no one year
    "In which year was the share of losses of associates lower than -100 thousands?",  # a negative bound: the row's
    # sign convention, not the figures, says which passes
    "In which year was interest income higher in 2018?",  # one year named: nothing to compare
])
def test_which_year_abstains_where_no_year_is_read(tmp_path, question: str) -> None:
    answer = _ask(_engine(tmp_path, _years_table()), question)
    assert answer.status != "answered" and answer.value is None


def _spans_table() -> str:
    return _table([["", "2019", "2018", "2017"], ["", "$'000", "$'000", "$'000"],
                   ["Weighted average remaining lease term (years)", "6.4", "7.9", "7.1"],
                   ["Average collection period (days)", "41", "38", "44"]])


@pytest.mark.parametrize("question,year", [
    ("In which year was the weighted average remaining lease term (years) longer?", 2018),
    ("Which year had the longest average collection period (days)?", 2017),
    ("In which year was the average collection period (days) shorter?", 2018),
    ("Which year had the shortest weighted average remaining lease term (years)?", 2019),
])
def test_which_year_reads_longer_and_shorter_as_the_ends_of_a_span(tmp_path, question: str, year: int) -> None:
    """'longer' / 'shorter' of a span the figures measure are its highest and lowest years, as 'larger' and
    'smaller' are (never read as the word 'long', which names no end)."""
    answer = _ask(_engine(tmp_path, _spans_table()), question)
    assert (answer.status, answer.value) == ("answered", year)


def test_which_year_longer_than_a_bound_is_no_comparison_of_the_years(tmp_path) -> None:
    """Near miss: 'longer than 7 years' is a threshold, not the longest year; with two years past it no year is
    the answer."""
    answer = _ask(_engine(tmp_path, _spans_table()), "In which year was the weighted average remaining lease term "
                  "(years) longer than 7?")
    assert answer.status != "answered" and answer.value is None


def _group_and_parent_table() -> str:
    return _table([["", "Group", "", "Company", ""], ["", "2019", "2018", "2019", "2018"],
                   ["", "$m", "$m", "$m", "$m"],
                   ["Long service award scheme", "3.4", "2.2", "0.9", "1.6"],
                   ["Retention bonus plan", "1.1", "1.5", "0.2", "0.1"]])


@pytest.mark.parametrize("question,year", [
    ("In which year was the long service award scheme for the Group larger?", 2019),
    ("In which year was the retention bonus plan for the Group lowest?", 2019),
    ("Which year had the lower long service award scheme for the Group?", 2018),
])
def test_which_year_of_a_printed_row_under_one_column_heading(tmp_path, question: str, year: int) -> None:
    """A printed row held under two column headings ('Group', 'Company'): the years of the heading the question
    names are compared, as a question naming a year takes that heading's figure."""
    answer = _ask(_engine(tmp_path, _group_and_parent_table(), company="Kavel Holdings"), question)
    assert (answer.status, answer.value) == ("answered", year)
    assert len(answer.citations) >= 2


@pytest.mark.parametrize("question", [
    "In which year was the long service award scheme larger?",  # no heading named: whose years?
    "In which year was the long service award scheme for the Division larger?",  # a heading not held
    "In which year was the retention bonus plan of the Company higher?",  # 'the Company' may be the whole: unread
])
def test_which_year_of_a_row_under_two_headings_names_one_or_abstains(tmp_path, question: str) -> None:
    answer = _ask(_engine(tmp_path, _group_and_parent_table()), question)
    assert answer.status != "answered" and answer.value is None


def _obligations_table(total: str) -> str:
    return _table([["", "", "Payments Due By Period (in thousands)", "", ""],
                   ["Contractual Obligations", "Total", "Less than 1 Year", "1-3 Years", "After 3 Years"],
                   ["Finance leases", "31,200", "9,100", "12,100", "10,000"],
                   ["Term notes", "80,000", "—", "—", "80,000"],
                   ["Supply contracts:", "", "", "", ""],
                   ["Ore and reagents", "142,650", "142,650", "—", "—"],
                   ["Freight agreements", "6,350", "6,350", "—", "—"],
                   ["Total", total, "", "", ""]],
                  after="Obligations under finance leases, term notes and supply contracts at September 30, 2019, were "
                        "as follows:")


def test_a_bare_total_of_the_whole_table_is_never_its_last_headings_total(tmp_path) -> None:
    """'Total' under the heading 'Supply contracts:' whose rows do not add up to it, while every row of the table
    does: the table's total. "total supply contracts" is never answered with it."""
    engine = _engine(tmp_path, _obligations_table("260,200"))
    assert _ask(engine, "What were the finance leases?").value == 31_200_000  # the table is read
    answer = _ask(engine, "What is the total supply contracts?")
    assert answer.value != 260_200_000 and answer.status != "answered"


def test_a_bare_total_its_headings_rows_add_up_to_stays_the_headings_total(tmp_path) -> None:
    """Near miss: a 'Total' equal to the sum of the heading's own rows is the heading's total, as before."""
    engine = _engine(tmp_path, _obligations_table("149,000"))
    answer = _ask(engine, "What is the total supply contracts?")
    assert (answer.status, answer.value) == ("answered", 149_000_000)


def test_a_printed_label_ending_in_a_parenthesis_of_words_is_asked_by_its_words(tmp_path) -> None:
    """'Segment operating income (loss)' is a row of its own, not operating income with a word left over."""
    text = _table([["", "2018", "2017"], ["", "$'000", "$'000"], ["Net sales", "9,100", "8,700"],
                   ["Segment operating income (loss)", "164", "(435)"], ["Other expense (income)", "12", "(7)"]])
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the segment operating income (loss) in 2018?")
    assert (answer.status, answer.value) == ("answered", 164_000)
    answer = _ask(engine, "What was the other expense (income) in 2017?")
    assert (answer.status, answer.value) == ("answered", -7_000)


def test_a_printed_label_standing_whole_beats_a_metric_read_from_words_apart(tmp_path) -> None:
    """'the change in Trade payables': the row 'Trade payables', not 'change in … payables' read around it."""
    text = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Current", "", ""], ["Trade payables", "1,700", "1,000"],
                   ["Other payables", "300", "250"], ["Total", "2,000", "1,250"]])
    answer = _ask(_engine(tmp_path, text), "What is the change in Trade payables from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", 700_000)


def test_a_count_sold_is_its_printed_row_not_sales(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Devices sold", "2,400", "1,600"], ["Active users", "9,000", "8,000"]])
    answer = _ask(_engine(tmp_path, text), "What is the percentage change of devices sold from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", 50.0)


def _percent_table() -> str:
    return _table([["", "", "Years Ended December 31,", ""], ["Process Technologies", "2017", "2018", "2019"],
                   ["", "%", "%", "%"], ["14 nanometers and under", "0.9", "2.6", "0.4"],
                   ["28 nanometers", "16.2", "12.6", "11.3"]])


def test_a_percent_sign_under_the_years_makes_the_columns_percentages() -> None:
    got = {(label, p.end.year, v) for label, p, v in _facts(_percent_table())}
    assert ("28 nanometers", 2018, 12.6) in got
    doc = parse_text("t.txt", _percent_table(), excerpt=True)
    assert {f.unit for f in doc.figures if f.source == "table"} == {"percent"}


def test_the_percentage_of_a_row_printed_as_percentages_is_its_printed_figure(tmp_path) -> None:
    answer = _ask(_engine(tmp_path, _percent_table()), "What was the percentage of 14 nanometers and under in 2017?")
    assert (answer.status, answer.value, answer.unit) == ("answered", 0.9, "percent")


def test_the_balance_a_year_opens_with_is_its_columns_beginning_row(tmp_path) -> None:
    """'Balance, beginning of period' in 2019 is the 2019 column's figure (held at the close of 2018), never the
    close of 2019 — here a 2020 column prints the balance 2020 opens with at that date."""
    text = _table([["(In millions)", "", "", ""], ["", "Year Ended June 30,", "", ""], ["", "2020", "2019", "2018"],
                   ["Balance, beginning of period", "$450", "$397", "$361"], ["Charged to expense", "60", "70", "50"],
                   ["Balance, end of period", "$490", "$450", "$397"]])
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the balance, beginning of the period in 2019?")
    assert (answer.status, answer.value) == ("answered", 397_000_000)
    answer = _ask(engine, "What was the change in the balance, beginning of the period from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", 36_000_000)


def test_which_year_of_years_named_by_their_closing_dates(tmp_path) -> None:
    """Columns of 52-53 week years named by dates that wander ('June 30, 2019 | June 24, 2018 | June 25, 2017'),
    stored as years of no fiscal name ('12M to 2017-06'): each year is the year its span ends in."""
    text = _table([["", "", "YearEnded", ""], ["", "June 30, 2019", "June 24, 2018", "June 25, 2017"],
                   ["", "", "(in thousands, except per share data)", ""],
                   ["Diluted average shares outstanding", "159,915", "180,782", "183,770"]])
    answer = _ask(_engine(tmp_path, text), "In which year is the Diluted average shares outstanding the highest?")
    assert (answer.status, answer.value) == ("answered", 2017)


def test_the_amounts_a_per_share_figure_is_computed_from_are_amounts() -> None:
    """'Net earnings used for purposes of calculating net income per common share:' heads the numerator: its rows
    are amounts (they were read as dollars per share, found implausible, and dropped)."""
    text = _table([["", "December 31,", ""], ["", "2018", "2019"],
                   ["Net earnings used for purposes of calculating net income per common share", "", ""],
                   ["Net earnings from operations", "157,133", "329,013"],
                   ["Basic weighted average number of shares", "52,432", "49,418"]])
    doc = parse_text("t.txt", text, excerpt=True)
    got = {(f.label, f.period.end.year, f.value, f.unit) for f in doc.figures if f.source == "table"}
    assert ("Net earnings from operations", 2019, 329_013, "USD") in got


def test_a_column_of_one_year_against_another_is_a_change_not_that_years_amounts() -> None:
    """'2019 vs. 2018' under 'Increase/ (Decrease)': the change column, not a second column of 2019 (two columns of
    one year were taken for a header not understood, and the 2019 amounts were lost)."""
    text = _table([["", "", "", "(dollars in millions)  Increase/ (Decrease)", "Increase/ (Decrease)"],
                   ["Years Ended December 31,", "2019", "2018", "(dollars in millions)", "2019 vs. 2018"],
                   ["Interest income", "$ 121", "$ 94", "$ 27", "28.7%"], ["Other, net", "(44)", "(73)", "29", "39.7"]])
    doc = parse_text("t.txt", text, excerpt=True)
    got = {(f.label, f.period.end.year, f.value) for f in doc.figures if f.source == "table"}
    assert {("Interest income", 2019, 121e6), ("Interest income", 2018, 94e6), ("Other, net", 2019, -44e6)} <= got


def _parts_table(total_first: bool, adds_up: bool = True) -> str:
    parts = [["Americas", "$36,274", "$36,994"], ["Asia Pacific", "16,430", "17,106" if adds_up else "17,000"]]
    total = [["Total revenue", "$52,704", "$54,100"]]
    return _table([["($ in millions)", "2019", "2018"], *(total + parts if total_first else parts + total)])


@pytest.mark.parametrize("total_first", [True, False])
def test_rows_adding_up_to_a_total_row_are_parts_of_its_subject(tmp_path, total_first: bool) -> None:
    """'Americas', 'Asia Pacific' beside 'Total revenue' they sum to, above it or below: each place's revenue."""
    answer = _ask(_engine(tmp_path, _parts_table(total_first)), "What was the change in Asia Pacific revenue from 2018 to 2019?")
    assert answer.status == "answered" and answer.value == -676e6


def test_rows_that_do_not_add_up_to_a_total_are_no_parts_of_it(tmp_path) -> None:
    answer = _ask(_engine(tmp_path, _parts_table(True, adds_up=False)),
                  "What was the change in Asia Pacific revenue from 2018 to 2019?")
    assert answer.value is None


def test_parts_named_by_their_totals_subject_and_the_total_itself(tmp_path) -> None:
    """'cost of VAS revenue' is 'VAS' over 'Total cost of revenues'; 'net receivables' stays the net row, never
    the gross row its total is made of ('Accounts receivable' + allowance = 'Accounts receivable, net')."""
    text = _table([["", "2019", "2018"], ["VAS", "26,120", "20,330"], ["Online Advertising", "9,241", "10,800"],
                   ["Total cost of revenues", "35,361", "31,130"], ["Accounts receivable", "$68,309", "$76,376"],
                   ["Less: provision for doubtful receivables", "(16,377)", "(16,086)"],
                   ["Accounts receivable, net", "$51,932", "$60,290"]], "Amounts in millions.")
    engine = _engine(tmp_path, text)
    assert _ask(engine, "What was the change in cost of VAS revenues from 2018 to 2019?").value == 5_790e6
    assert _ask(engine, "What was the change in net accounts receivables between 2018 and 2019?").value == -8_358e6


def test_a_label_ending_in_its_own_initials_is_asked_by_its_words(tmp_path) -> None:
    """'Restricted Share Awards (“RSAs”)': the parenthesis is the row's initials, a second name, not a qualifier."""
    text = _table([["", "2019", "2018"], ["Restricted Share Awards (\u201cRSAs\u201d)", "132,861", "42"],
                   ["Stock options", "-", "201"]], "Amounts in thousands.")
    engine = _engine(tmp_path, text)
    for question in ("What is the change in the Restricted Share Awards (\u201cRSAs\u201d) between 2018 and 2019?",
                     "What is the change in restricted share awards between 2018 and 2019?"):
        assert _ask(engine, question).value == 132_819_000


def test_the_parts_of_a_bare_subtotal_take_the_subject_of_the_total_it_is_part_of(tmp_path) -> None:
    """'Salaries and benefits' over 'Subtotal', itself a part of 'Total operating expense': an expense."""
    text = _table([["", "2019", "2018"], ["Salaries and benefits", "$8,471", "$5,823"], ["Professional fees", "850", "362"],
                   ["Subtotal", "9,321", "6,185"], ["Stock-based compensation", "2,260", "2,520"],
                   ["Total operating expense", "$11,581", "$8,705"]], "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), "What was the change in salaries and benefits expense from 2018 to 2019?")
    assert answer.status == "answered" and answer.value == 2_648_000


def _printed_row(line: int, label: str, values: tuple[float, float]) -> list[tuple]:
    from knowledge import lookup as L
    rows = []
    for year, value in zip((2019, 2018), values):
        r = [None] * 26
        r[L.SOURCE], r[L.LABEL], r[L.VALUE], r[L.UNIT], r[L.DOC_ID], r[L.LINE_NO] = "table", label, value, "USD", 1, line
        r[L.MONTHS], r[L.END_YEAR], r[L.END_MONTH] = 12, year, 12
        rows.append(tuple(r))
    return rows


def test_only_a_total_row_makes_the_rows_adding_up_to_it_kinds_of_its_subject() -> None:
    """'Operating income' and 'Interest expense' add up to 'Income before taxes' but are no income before taxes;
    'Americas' and 'Europe' adding up to 'Total revenue' are revenue."""
    from knowledge.lookup import parts_of_totals
    rows = [*_printed_row(3, "Operating income", (100, 80)), *_printed_row(4, "Interest expense", (-10, -5)),
            *_printed_row(5, "Income before taxes", (90, 75)), *_printed_row(7, "Americas", (60, 50)),
            *_printed_row(8, "Europe", (40, 30)), *_printed_row(9, "Total revenue", (100, 80))]
    assert parts_of_totals(rows) == {(1, 7): "revenue", (1, 8): "revenue"}


def _captioned(caption: str) -> str:
    """An excerpt of a note: its table first, the paragraph that introduced it in the filing after it."""
    return _table([["", "2019", "2018"], ["Trade accounts", "4,120", "3,870"], ["Related parties", "610", "455"],
                   ["Total", "4,730", "4,325"]], f"Amounts in thousands.\nNOTE 6. RECEIVABLES\n{caption}")


@pytest.mark.parametrize("caption,subject", [
    ("Receivables consisted of the following:", "Receivables"),
    ("The components of receivables are as follows (in thousands):", "Receivables"),
    ("As of December 31, 2019 and 2018, receivables are summarized as follows:", "Receivables"),
    ("Receivables at December 31 consisted of the following:", "Receivables"),  # the date is no part of it
    ("The following table presents receivables by customer type for each of the last two years:",
     "Receivables by customer type"),
    ("Receivables consisted of the following components at December 31, 2019 and 2018:", "Receivables"),
    ("The following is a breakdown of receivables by customer type (in thousands):", "Receivables by customer type"),
    ("Trade and other receivables consisted of the following:", "Trade and other receivables"),
    # the dimension the rows break the subject down by is no part of it
    ("Receivables, net by geographic location consists of the following:", "Receivables, net"),
    ("The following table disaggregates our receivables by major source for the year ended December 31, 2019:",
     "Receivables"),
    ("Domestic and foreign receivables consisted of the following:", ""),  # two things: which row is which unsaid
    ("Loans, advances, and receivables consisted of the following:", ""),  # a list of things
    ("Information about our segments is as follows:", ""),  # no figure named
    ("Receivables consisted of the following:\nThe changes in the allowance were as follows:", ""),  # two captions
])
def test_an_excerpts_caption_printed_apart_is_the_heading_of_its_rows(caption: str, subject: str) -> None:
    doc = parse_text("t.txt", _captioned(caption), excerpt=True)
    sections = {f.label: f.section for f in doc.figures if f.source == "table"}
    assert sections == {"Trade accounts": subject, "Related parties": subject, f"Total {subject.lower()}".strip(): subject}


def test_a_table_printing_its_own_subjects_total_keeps_it() -> None:
    """'Total trade receivables' names what its rows are of: the caption is no heading over them."""
    text = _captioned("Receivables consisted of the following:").replace("| Total |", "| Total trade receivables |")
    doc = parse_text("t.txt", text, excerpt=True)
    assert {f.section for f in doc.figures if f.source == "table"} == {""}


def test_the_caption_of_a_release_of_many_tables_is_no_heading() -> None:
    """Only an excerpt of one table: in a release, a caption ending in a colon introduces the table after it."""
    doc = parse_text("t.txt", _captioned("Receivables consisted of the following:"))
    assert {f.section for f in doc.figures if f.source == "table"} == {""}


def test_a_row_named_with_its_captions_subject_is_answered(tmp_path) -> None:
    engine = _engine(tmp_path, _captioned("Receivables consisted of the following:"))
    answer = _ask(engine, "What were the receivables from related parties in 2019?")
    assert (answer.status, answer.value) == ("answered", 610_000)
    change = _ask(engine, "What was the change in total receivables from 2018 to 2019?")
    assert (change.status, change.value) == ("answered", 405_000)
    assert _ask(engine, "What were the payables from related parties in 2019?").value is None


def test_a_place_row_under_a_caption_by_location_is_asked_with_the_subject(tmp_path) -> None:
    """'Property and equipment, net by geographic location consists of the following:' over country rows: the
    rows are the subject's parts by place, asked as 'property and equipment, net in <place>'."""
    text = _table([["", "As of March 31,", ""], ["", "2019", "2018"], ["United States", "$62,455", "$62,064"],
                   ["United Kingdom", "17,402", "46,664"], ["Total", "$79,857", "$108,728"]],
                  "Property and equipment, net by geographic location consists of the following (in thousands):")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What is the change in Property and equipment, net in United Kingdom from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", -29_262_000)
    assert "line 5" in answer.text  # the United Kingdom row cited
    assert _ask(engine, "What is the change in inventories in United Kingdom from 2018 to 2019?").value is None


def _ageing_table() -> str:
    return _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["At 1 July", "3,100", "2,950"],
                   ["Up to 3 months past due", "1,500", "1,800"], ["Over 3 months past due", "2,410", "2,205"]])


@pytest.mark.parametrize("question,year", [
    ("Which year had a greater Over 3 months past due?", 2019),  # 'over 3 months' is the row's words, no bound
    ("In which year was the amount at 1 July larger?", 2019),  # a day of the label is no threshold
])
def test_which_year_of_a_label_holding_a_bound_or_a_number(tmp_path, question: str, year: int) -> None:
    answer = _ask(_engine(tmp_path, _ageing_table()), question)
    assert (answer.status, answer.value) == ("answered", year)


@pytest.mark.parametrize("question", ["In which year was the amount at 1 July over 3,000 thousands and rising?", "In which year was the amount at 1 July less 3,000?",
                                      "In which year was Over 3 months past due 10% larger?"])
def test_which_year_with_a_bound_said_is_no_comparison_of_the_years(tmp_path, question: str) -> None:
    answer = _ask(_engine(tmp_path, _ageing_table()), question)
    assert answer.value is None


def _whole_and_parent(whole: str, parent: str) -> str:
    return _table([["", whole, "", parent, ""], ["", "2019", "2018", "2019", "2018"], ["", "$m", "$m", "$m", "$m"],
                   ["Restricted stock plan", "4.2", "3.6", "1.1", "0.9"], ["Option plan", "0.5", "0.7", "0.2", "0.1"]])


def test_consolidated_columns_beside_the_parents_are_left_unread(tmp_path) -> None:
    """'Consolidated | Unconsolidated' over the same years: a consolidated column is the company's figure to the
    store, and a question's 'unconsolidated' a word it may drop: the consolidated figure would answer the parent's
    question, so neither is read."""
    engine = _engine(tmp_path, _whole_and_parent("Consolidated", "Unconsolidated"))
    assert _ask(engine, "What was the unconsolidated restricted stock plan in 2019?").value is None


def test_group_columns_beside_a_company_column_no_question_names_apart(tmp_path) -> None:
    """'Group | Company': 'the Company' is a word questions drop, so the group's figure is never given for a
    question that may ask the parent's; 'for the Group' names it."""
    engine = _engine(tmp_path, _whole_and_parent("Group", "Company"))
    answer = _ask(engine, "What was the change in restricted stock plan for the Group from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", pytest.approx(0.6e6))
    assert _ask(engine, "What was the restricted stock plan for the Company in 2019?").value is None
    assert _ask(engine, "What was the restricted stock plan in 2019?").value is None



@pytest.mark.parametrize("header", [[["", "2019", "2018"], ["", "Number", "Number"]], [["", "2019 NUMBER", "2018 NUMBER"]]])
def test_a_count_word_under_the_years_makes_the_rows_counts(tmp_path, header: list[list[str]]) -> None:
    """'2019 | Number' over options granted: counts as printed (answered as such), never money of unstated scale."""
    text = _table([*header, ["Options granted in the year", "61,204", "58,390"], ["Options lapsed", "(2,100)", "(950)"]])
    assert {f[2] for f in _facts(text)} >= {61_204, 58_390}
    doc = parse_text("t.txt", text, excerpt=True)
    assert {f.unit for f in doc.figures if f.source == "table"} == {"count"}
    answer = _ask(_engine(tmp_path, text), "What was the change in options granted in the year from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", 2_814)


def test_a_currency_column_beside_a_count_column_stays_money() -> None:
    text = _table([["", "2019", "2019", "2018", "2018"], ["", "Number", "$'000", "Number", "$'000"],
                   ["Shares issued", "1,500", "3,000", "1,200", "2,400"]])
    doc = parse_text("t.txt", text, excerpt=True)
    got = {(f.unit, f.value) for f in doc.figures if f.source == "table"}
    assert ("count", 1_500) in got or ("shares", 1_500) in got or not got
    assert not [f for f in doc.figures if f.unit == "count" and f.value in (3_000, 3_000_000)]


def _subscribers(total: str) -> str:
    return _table([["", "2019", "2018"], ["Net subscriber additions", "6,100", "21,500"], ["Fibre", "91,400", "110,700"],
                   ["Copper", "(85,300)", "(89,200)"], ["Total broadband subscribers", total, "2,766,400"],
                   ["Fibre", "1,767,100", "1,675,700"], ["Copper", "1,005,300", "1,090,700"]])


def test_rows_adding_up_to_a_count_are_counts(tmp_path) -> None:
    """'Fibre', 'Copper' right below 'Total broadband subscribers' and summing to it: subscribers, counts as
    printed; the same names above, summing to no count, stay as they were."""
    doc = parse_text("t.txt", _subscribers("2,772,400"), excerpt=True)
    units = {(f.line, f.unit) for f in doc.figures if f.source == "table" and f.period.end.year == 2019}
    assert {u for line, u in units if line in (7, 8)} == {"count"} and {u for line, u in units if line in (4, 5)} == {"USD"}
    answer = _ask(_engine(tmp_path, _subscribers("2,772,400")),
                  "What is the change in the number of Fibre broadband subscribers from 2018 to 2019?")
    assert (answer.status, answer.value) == ("answered", 91_400)


def test_rows_not_adding_up_to_a_count_are_no_counts() -> None:
    doc = parse_text("t.txt", _subscribers("2,772,900"), excerpt=True)
    assert {f.unit for f in doc.figures if f.source == "table" and f.line in (7, 8)} == {"USD"}


def test_place_rows_under_a_metric_caption_are_that_metric_of_each_place(tmp_path) -> None:
    """'Domestic' / 'Foreign' / 'Total' under a caption naming pretax income: each place row is pretax income of
    that place ('domestic pretax income'), the total the company's; no other metric is read from them."""
    text = _table([["", "", "Years Ended December 31,", ""], ["", "2019", "2018", "2017"],
                   ["Domestic", "$(20,500)", "$22,300", "$29,000"], ["Foreign", "87,700", "150,000", "169,100"],
                   ["Total", "$67,200", "$172,300", "$198,100"]],
                  "NOTE 5. INCOME TAXES\nThe geographic distribution of pretax income from continuing operations is "
                  "as follows (in thousands):")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the domestic pretax income in 2019?")
    assert (answer.status, answer.value) == ("answered", -20_500_000) and "line 4" in answer.text
    change = _ask(engine, "What was the change in foreign pretax income between 2018 and 2019?")
    assert (change.status, change.value) == ("answered", -62_300_000)
    assert _ask(engine, "What was the pretax income in 2018?").value == 172_300_000
    assert _ask(engine, "What was the foreign income tax in 2019?").value is None
    assert _ask(engine, "What was the net income in 2019?").value is None


def _personnel(unit: str) -> str:
    return _table([[unit, "2018", "2019"], ["Wages and salaries", "2,173", "2,264"],
                   ["Social security expenses", "552", "552"], ["thereof for pensions", "(43)", "(41)"],
                   ["", "2,725", "2,816"]], "17. Personnel expenses\nPersonnel expenses can be broken down as follows:")


@pytest.mark.parametrize("unit", ["\u20ac million", "$ million"])
def test_an_unnamed_last_row_of_a_captioned_excerpt_is_its_subjects_total(unit: str) -> None:
    """'Personnel expenses can be broken down as follows:' over its parts and a last row of figures with no label:
    that row is total personnel expenses where the parts add up to it ('thereof' rows are within the row above,
    no part of the sum), in whatever currency the columns are."""
    assert ("Total personnel expenses", FY19, 2_816e6) in _facts(_personnel(unit))


def test_a_captioned_excerpts_unnamed_total_is_asked_by_the_subject(tmp_path) -> None:
    answer = _ask(_engine(tmp_path, _personnel("$ million")), "What was the change in personnel expenses in 2019 from 2018?")
    assert (answer.status, answer.value) == ("answered", 91e6) and "line 6" in answer.text


def test_an_unnamed_last_row_that_is_no_sum_of_the_rows_is_no_subjects_total() -> None:
    text = _table([["", "2019", "2018"], ["Wages and salaries", "2,264", "2,173"], ["Social security", "552", "552"],
                   ["", "9,999", "8,888"]], "Personnel expenses can be broken down as follows (in thousands):")
    assert not [v for label, _, v in _facts(text) if label.lower() == "total personnel expenses"]


def _obligations() -> str:
    return _table([["", "Total", "Less than 1 year", "1-3 years", "3-5 years", "More than 5 years"],
                   ["Operating lease obligations", "$52,400", "$11,200", "20,100", "12,000", "9,100"],
                   ["Purchase obligations", "18,300", "15,000", "3,300", "\u2014", "\u2014"],
                   ["Total", "$70,700", "$26,200", "23,400", "12,000", "9,100"]],
                  "The following table summarizes our contractual obligations as of December 31, 2019 (in thousands):")


def test_a_contractual_obligations_total_column_is_the_obligation_at_the_captions_date(tmp_path) -> None:
    """'Total | Less than 1 year | 1-3 years | ...' under a caption dated December 31, 2019: the Total column is
    each obligation at that date; the buckets (named in words a question drops) are not read, and a question
    asking the part due in a span of years is told so, never given the total."""
    got = _facts(_obligations())
    assert got == {("Operating lease obligations", Period(date(2019, 12, 31), 0), 52_400_000),
                   ("Purchase obligations", Period(date(2019, 12, 31), 0), 18_300_000),
                   ("Total contractual obligations", Period(date(2019, 12, 31), 0), 70_700_000)}
    engine = _engine(tmp_path, _obligations())
    answer = _ask(engine, "What were the total purchase obligations?")
    assert (answer.status, answer.value) == ("answered", 18_300_000) and "line 4" in answer.text
    for question in ("What is the purchase obligations for 3-5 years?", "What were the purchase obligations due in "
                     "less than 1 year?", "What is the difference in operating lease obligations between less than 1 "
                     "year and 1-3 years?", "What is the operating lease obligations due after 5 years?"):
        assert _ask(engine, question).value is None, question


def test_fair_value_levels_beside_a_total_stay_unread() -> None:
    """'Level 1 | Level 2 | Total': a question drops 'level 1', so no column of them is read (only spans of years
    make a 'Total' column the company's alone)."""
    text = _table([["", "Level 1", "Level 2", "Total"], ["Money market funds", "81,945", "\u2014", "81,945"]],
                  "Fair value of financial assets as of June 30, 2019 is as follows (in thousands):")
    assert _facts(text) == set()


def test_a_row_named_by_a_span_of_years_is_asked_as_any_row(tmp_path) -> None:
    """'Within one year' as a row's own name: the words of a span name the row, not a part falling due."""
    text = _table([["", "2019", "2018"], ["", "$ million", "$ million"], ["Within one year", "18.3", "15.5"],
                   ["Greater than one year", "10.3", "12.7"]], "Expected realisation of remaining obligations.")
    answer = _ask(_engine(tmp_path, text), "What was the change in the amount within one year?")
    assert (answer.status, answer.value) == ("answered", 2_800_000) and "line 4" in answer.text


@pytest.mark.parametrize("question,value", [
    ("What is the change in Add: Voyage expenses from 2018 to 2019?", -19_042_000),  # the label quoted with its sign word
    ("What is the nominal difference of the total dividends paid in cash between 2018 and 2019?", 3_000_000),
    ("What was the absolute change in shipping revenues from 2018 to 2019?", -10_616_000),
])
def test_a_label_quoted_with_its_sign_word_or_a_nominal_difference(tmp_path, question: str, value: float) -> None:
    text = _table([["", "2019", "2018"], ["Shipping revenues", "$355,547", "$366,163"],
                   ["Add: Voyage expenses", "20,414", "39,456"], ["Dividends paid in cash", "15,000", "12,000"]],
                  "Amounts in thousands.")
    answer = _ask(_engine(tmp_path, text), question)
    assert (answer.status, answer.value) == ("answered", value)


def _deferred(title: str) -> str:
    return _table([["", "2019", "2018"], ["", "$ million", "$ million"], ["Current", "53.2", "55.2"],
                   ["Non-current", "13.6", "14.4"], ["", "66.8", "69.6"]],
                  f"{title}\nThe Group's deferred income balances relate solely to revenue from contracts.")


def test_rows_that_are_only_parts_take_the_notes_title_as_their_subject(tmp_path) -> None:
    """'Current' / 'Non-current' / an unnamed total under the note title '25. Deferred income': the rows are parts of
    deferred income, asked as 'current deferred income' and 'total deferred income'."""
    engine = _engine(tmp_path, _deferred("25. Deferred income"))
    change = _ask(engine, "What was the change in Current deferred income?")
    assert (change.status, change.value) == ("answered", -2_000_000) and "line 4" in change.text
    total = _ask(engine, "What is the total amount of deferred income in 2019?")
    assert (total.status, total.value) == ("answered", 66_800_000) and "line 6" in total.text


@pytest.mark.parametrize("title", ["Deferred income", "25. Deferred income\n26. Provisions"])
def test_bare_part_rows_without_one_numbered_title_name_no_subject(title: str) -> None:
    assert {label for label, _, _ in _facts(_deferred(title))} == {"Current", "Non-current"}


def _balances_at(first: str, second: str, after: str = "Amounts in thousands, at the end of each fiscal year.") -> str:
    return _table([["", first, second], ["Total assets:", "", ""], ["AMER", "$751,990", "$645,791"],
                   ["APAC", "958,744", "937,510"], ["", "$1,710,734", "$1,583,301"]], after)


def test_an_excerpt_of_balances_at_one_month_end_answers_in_year(tmp_path) -> None:
    """Balances alone at 'September 28, 2019 | September 29, 2018': the year ends in September, so 'in 2019' is
    the balance at the 2019 date, and the change between the years is theirs."""
    engine = _engine(tmp_path, _balances_at("September 28, 2019", "September 29, 2018"))
    answer = _ask(engine, "What was the total assets from APAC in 2019?")
    assert (answer.status, answer.value) == ("answered", 958_744_000) and "line 5" in answer.text
    change = _ask(engine, "What was the change in the total assets from APAC between 2018 and 2019?")
    assert (change.status, change.value) == ("answered", 21_234_000)


def test_balances_at_one_month_end_the_text_calls_no_year_end_set_no_year_end() -> None:
    """'June 30, 2019 | June 30, 2018' with no word of a year's end: any quarter's dates; the year stays December's."""
    assert parse_text("t.txt", _balances_at("June 30, 2019", "June 30, 2018", "Amounts in thousands."),
                      excerpt=True).fye_month == 12


@pytest.mark.parametrize("after, month", [
    ("Amounts in thousands, at the end of our fiscal second quarter.", 12),
    ("Amounts in thousands. Fiscal quarters end on the last Sunday of the month.", 12),
    ("Amounts in thousands, as of the end of fiscal 2019 third quarter.", 12),
    ("Amounts in thousands, in fiscal 2019 and 2018.", 6),  # the near miss: fiscal years
])
def test_fiscal_of_a_quarter_calls_no_date_a_year_end(after: str, month: int) -> None:
    """'the end of our fiscal second quarter' at 'June 30, 2019 | June 30, 2018': a quarter's dates, never the year's end."""
    assert parse_text("t.txt", _balances_at("June 30, 2019", "June 30, 2018", after), excerpt=True).fye_month == month


def test_balances_at_two_months_ends_set_no_year_end(tmp_path) -> None:
    """'September 28, 2019 | December 31, 2018': a quarter's date beside a year's end; 'in 2019' is no date of them."""
    answer = _ask(_engine(tmp_path, _balances_at("September 28, 2019", "December 31, 2018")),
                  "What was the total assets from APAC in 2019?")
    assert answer.value is None


def test_a_label_ending_in_qualifying_words_is_asked_whole(tmp_path) -> None:
    """'Provisions for pension plans (employer's commitments)' beside a shorter 'Provisions for pension plans':
    the question naming the parenthesis too asks for the qualified row; named without it, the shorter row."""
    text = _table([["", "2019", "2018"], ["", "$ million", "$ million"],
                   ["Provisions for pension plans (employer’s commitments)", "414", "344"],
                   ["Provisions for indirect commitments", "17", "12"],
                   ["Provisions for pension plans", "78", "71"]])
    engine = _engine(tmp_path, text)
    whole = _ask(engine, "What was the percentage change in Provisions for pension plans (employer’s commitments) "
                         "in 2019 from 2018?")
    assert whole.status == "answered" and whole.value == pytest.approx(20.35, abs=0.01)
    plain = _ask(engine, "What was the change in Provisions for pension plans in 2019 from 2018?")
    assert plain.value == pytest.approx(7e6)
    engine.close()


def test_the_number_of_what_a_row_of_counts_counts_asks_for_that_row(tmp_path) -> None:
    """'2019 NUMBER' over 'Granted during the period': 'the number of shares granted during the period' names what
    the row counts, not another figure; a row printing a count negative (forfeited) is left unread (the number asked
    is its size), and the noun beside a row of amounts stays a word the releases don't hold."""
    text = _table([["", "2019 NUMBER", "2018 NUMBER"], ["Outstanding at the beginning of the period", "547,949", "-"],
                   ["Granted during the period", "120,000", "772,303"],
                   ["Forfeited during the period", "(140,687)", "(224,354)"],
                   ["Outstanding at the end of the period", "527,262", "547,949"]], "Shares issued under the plan.")
    engine = _engine(tmp_path, text)
    granted = _ask(engine, "What is the number of shares granted during the period in 2018?")
    assert (granted.status, granted.value) == ("answered", 772_303) and "line 4" in granted.text
    assert _ask(engine, "What is the number of shares forfeited during the period in 2019?").value is None
    assert _ask(engine, "What is the shares granted during the period in 2018?").value is None
    for noun in ("warrants", "employees"):  # a count of what the table never says it counts: no figure
        assert _ask(engine, f"What is the number of {noun} granted during the period in 2018?").value is None
    engine.close()
    amounts = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Granted during the period", "1,200", "7,723"]])
    (tmp_path / "b").mkdir()
    assert _ask(_engine(tmp_path / "b", amounts), "What is the number of shares granted during the period in 2018?").value is None


def test_total_and_a_subtotals_words_ask_for_the_subtotal_under_the_metrics_heading(tmp_path) -> None:
    """'Revenue:' over product lines, 'Total Product', 'Services' and 'Total': 'total product revenue' is the
    'Total Product' row, never the line 'Other Products' its word names part of, nor the whole's total."""
    text = _table([["", "2019", "2018"], ["Revenue:", "", ""], ["Platforms", "$30,191", "$28,322"],
                   ["Other Products", "281", "999"], ["Total Product", "30,472", "29,321"], ["Services", "12,899", "12,621"],
                   ["Total", "$43,371", "$41,942"]], "Revenue for groups of similar products and services (in millions).")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the total product revenue in 2019?")
    assert (answer.status, answer.value) == ("answered", 30_472e6) and "line 6" in answer.text
    assert _ask(engine, "What was the total revenue in 2019?").value == 43_371e6
    engine.close()


def _compensation(title: str) -> str:
    return _table([["", "2019", "2018"], ["", "$ million", "$ million"], ["Short-term employee benefits", "5.3", "4.9"],
                   ["Share-based payments", "3.5", "2.6"], ["Pension contributions", "0.2", "0.3"],
                   ["Total", "9.0", "7.8"]], f"{title}\nThe remuneration of the managers was as follows.")


def test_total_and_the_words_of_the_excerpts_title_ask_for_its_total_row(tmp_path) -> None:
    """A bare 'Total' under rows of pay, the text titled 'Key Management compensation': 'the total compensation' and
    'the total key management compensation' are that row; words the title does not hold name no figure held."""
    engine = _engine(tmp_path, _compensation("Key Management compensation"))
    answer = _ask(engine, "What was the change in the total compensation in 2019 from 2018?")
    assert (answer.status, answer.value) == ("answered", pytest.approx(1.2e6)) and "line 7" in answer.text
    assert _ask(engine, "What was the total amount of key management compensation in 2019?").value == 9e6
    assert _ask(engine, "What was the total director fees in 2019?").value is None
    engine.close()


def test_words_beside_total_that_only_a_sentence_holds_name_no_row(tmp_path) -> None:
    engine = _engine(tmp_path, _compensation("The following sets out the compensation paid."))
    assert _ask(engine, "What was the change in the total compensation in 2019 from 2018?").value is None
    engine.close()


def test_a_title_line_elsewhere_never_names_a_table_that_has_its_own(tmp_path) -> None:
    """A title line 'Employee Compensation' over a paragraph, then the table's own title 'Operating Expenses' and
    '(in millions)': 'the total compensation' was answered with the operating expenses' bare 'Total'."""
    text = ("# Acme Widgets Inc. Reports Fourth Quarter 2024 Results\n\nNEW YORK, Feb. 10, 2025 -- Acme Widgets Inc. "
            "(NYSE: ACMW) today reported results for the fourth quarter ended December 31, 2024.\n\nEmployee Compensation\n\n"
            "Total employee compensation for the quarter was not disclosed in this release.\n\nOperating Expenses\n\n"
            "(in millions)\n\n| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |\n|---|---|---|\n"
            "| Research and development | $30.0 | $25.0 |\n| Selling, general and administrative | 40.0 | 35.0 |\n"
            "| Total | 70.0 | 60.0 |\n")
    (tmp_path / "acme.md").write_text(text)
    db = tmp_path / "s.duckdb"
    con = connect(db)
    ingest(con, [tmp_path / "acme.md"])
    con.close()
    engine = Engine(db)
    assert _ask(engine, "What was Acme's total compensation in Q4 2024?").value is None
    engine.close()


# A table whose header names what its figures are ("Percentage of Plan Assets at December 31,") over two of its
# columns, a target beside them: the question's words the row lacks are read from the header cells over the
# figures asked, never from a header over other columns.
PLAN_ASSETS = _table([["", "Target Allocations", "Percentage of Plan Assets at December 31,", ""],
                      ["Asset Category", "2020", "2019", "2018"],
                      ["Bond funds", "40%", "38%", "35%"], ["Equity funds", "60%", "62%", "65%"],
                      ["Total", "100%", "100%", "100%"]],
                     "The plan's asset allocation at the year ends and its target allocation are as follows.")


@pytest.fixture(scope="module")
def plan_assets(tmp_path_factory) -> Engine:
    return _engine(tmp_path_factory.mktemp("plan"), PLAN_ASSETS)


def test_words_the_header_prints_over_the_figures_asked_describe_them(plan_assets: Engine) -> None:
    answer = _ask(plan_assets, "What was the percentage of plan assets for Bond funds in 2019?")
    assert answer.status == "answered" and answer.value == 38


@pytest.mark.parametrize("question", [
    "What was the target allocation for Bond funds in 2019?",  # 'target' heads the 2020 column, not 2019's
    "What was the percentage of pension fund assets for Bond funds in 2019?",  # 'pension' printed nowhere
])
def test_words_printed_over_other_columns_or_nowhere_are_not_explained(plan_assets: Engine, question: str) -> None:
    answer = _ask(plan_assets, question)
    assert answer.status != "answered" and answer.value is None


def test_the_change_in_a_printed_percentage_is_its_difference(plan_assets: Engine) -> None:
    answer = _ask(plan_assets, "What was the change in the percentage of plan assets for Bond funds between 2018 and 2019?")
    assert answer.status == "answered" and answer.value == 3  # 38% - 35%, in points


def test_the_percentage_change_of_a_printed_percentage_is_still_asked_back(plan_assets: Engine) -> None:
    answer = _ask(plan_assets, "What was the percentage change in the percentage of plan assets for Bond funds "
                               "between 2018 and 2019?")
    assert answer.status != "answered" and answer.value is None


OWNED = [["", "2019", "2018"], ["", "$'000", "$'000"], ["Land", "700", "700"], ["Buildings", "1,100", "900"],
         ["Less accumulated depreciation", "(300)", "(400)"], ["Owned property and equipment", "1,500", "1,200"]]


def test_words_of_the_title_of_a_one_table_excerpt_describe_its_rows(tmp_path) -> None:
    text = _table(OWNED, "5. PROPERTY AND EQUIPMENT, NET:\nProperty and equipment at the year ends consisted of the following.")
    answer = _ask(_engine(tmp_path, text), "What is the net owned property and equipment in 2019?")
    assert answer.status == "answered" and answer.value == 1_500_000


def test_a_title_among_several_tables_explains_no_row_of_another(tmp_path) -> None:
    other = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Leased vehicles", "80", "70"]], "")
    text = _table(OWNED, "5. PROPERTY AND EQUIPMENT, NET:\n") + "\n" + other
    answer = _ask(_engine(tmp_path, text), "What is the net owned property and equipment in 2019?")
    assert answer.status != "answered" and answer.value is None


def test_the_heading_a_row_is_printed_under_describes_it_and_no_other_row(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Not yet due", "9,100", "8,400"],
                   ["Receivables past due but not impaired:", "", ""], ["Up to 2 months overdue", "1,310", "1,250"],
                   ["Over 2 months overdue", "2,756", "2,680"], ["Doubtful receivables:", "", ""],
                   ["Over 6 months overdue", "310", "250"]], "Ageing of the receivables at the year ends.")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the past due but not impaired receivable that is over 2 months overdue in 2019?")
    assert answer.status == "answered" and answer.value == 2_756_000
    answer = _ask(engine, "What was the doubtful receivable that is over 2 months overdue in 2019?")
    assert answer.status != "answered" and answer.value is None  # 'doubtful' heads other rows; '6 months' is no '2'


def test_a_rate_asked_of_a_row_printing_percentages_is_its_figure(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Order growth", "7.5%", "3.1%"], ["Orders booked", "1,200", "1,100"]],
                  "Orders are stated in thousands of dollars.")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the order growth rate in 2019?")
    assert answer.status == "answered" and answer.value == 7.5
    answer = _ask(engine, "What was the orders booked rate in 2019?")  # a row of amounts: no rate of it is printed
    assert answer.status != "answered" and answer.value is None


def test_a_section_heading_atop_the_body_is_no_header_of_every_row(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["Ongoing:", "", ""], ["Federal", "260", "240"],
                   ["State", "27", "10"], ["Deferred:", "", ""], ["Federal", "35", "39"],
                   ["Valuation allowance", "(6)", "27"]], "The provision for income taxes consists of the following "
                                                          "(in thousands):")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the ongoing valuation allowance in 2019?")
    assert answer.status != "answered" and answer.value is None  # 'Ongoing:' heads the rows below it, not this one
    answer = _ask(engine, "What was the valuation allowance in 2019?")
    assert answer.status == "answered" and answer.value == -6_000


def test_a_unit_row_under_the_years_is_part_of_the_header(tmp_path) -> None:
    text = _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["", "Pension plan assets", "Pension plan assets"],
                   ["Bond funds", "410", "380"]], "The fair values of the plan's assets at the year ends.")
    answer = _ask(_engine(tmp_path, text), "What were the pension plan assets in bond funds in 2019?")
    assert answer.status == "answered" and answer.value == 410_000


def test_header_words_stand_over_the_columns_asked_through_a_unit_row_and_stop_at_the_body() -> None:
    from chat.resolution import header_words
    lines = ["| | Target | Actual at year end | |", "| --- | --- | --- | --- |", "| | 2020 | 2019 | 2018 |",
             "| | $'000 | $'000 | $'000 |", "| | Plan assets | Plan assets | Plan assets |", "| Ongoing: | | | |",
             "| Bond funds | 410 | 380 | 300 |"]
    assert {"actual", "plan", "asset"} <= header_words(lines, 7, [2, 3])  # 'Actual' spans 2019 and 2018
    assert "target" not in header_words(lines, 7, [2, 3]) and "actual" not in header_words(lines, 7, [1, 2])
    assert "ongoing" not in header_words(lines, 7, [2, 3])  # a heading of the rows below, not a column's


def test_a_percent_sign_after_an_amounts_name_asks_its_change_in_percent(tmp_path) -> None:
    text = _table([["", "2024", "2023"], ["Revenue:", "", ""], ["Product", "52,300", "48,100"],
                   ["Services", "31,200", "29,900"], ["Total revenue", "83,500", "78,000"],
                   ["Gross margin %", "41.0%", "39.5%"]], "Revenue by type.")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the change in total revenue % from 2023 to 2024?")
    assert answer.status == "answered" and round(answer.value, 2) == 7.05  # (83,500 - 78,000) / 78,000, never refused
    answer = _ask(engine, "What was the change in gross margin % from 2023 to 2024?")  # a row printed in percent:
    assert answer.status == "answered" and round(answer.value, 1) == 1.5  # its difference in points


DATED_OVER_YEARS = _table([["", "", "December 31,", "", ""], ["(in thousands of $)", "2018", "2017", "Change", "% Change"],
                           ["Share of net earnings in partner funds", "7,001", "17,702", "(10,701)", "(60)%"],
                           ["Share of net earnings in other ventures", "3,711", "793", "2,918", "368%"],
                           ["Prepaid expenses", "4,512", "3,870", "642", "17%"]])


@pytest.fixture(scope="module")
def dated_over_years(tmp_path_factory) -> Engine:
    return _engine(tmp_path_factory.mktemp("dated"), DATED_OVER_YEARS)


@pytest.mark.parametrize("question,value", [
    ("What was the change in prepaid expenses between 2017 and 2018?", 642_000),
    ("What was the change in prepaid expenses between 2018 and 2017?", 642_000),
    ("What was the percentage change in prepaid expenses between 2017 and 2018?", 17),
    ("What was the share of net earnings in other ventures in 2018?", 3_711_000),
])
def test_the_change_of_a_row_under_a_date_over_years_is_answered_from_both_years(dated_over_years, question, value):
    """'December 31,' over '2018 | 2017': the row's figures are balances at the two year ends, and a change between the
    years is the change between them, both cited (a 'Share of ...' row's change is still read as a share question and
    refused: left, see the report)."""
    answer = _ask(dated_over_years, question)
    assert answer.status == "answered" and round(answer.value) == value, answer.text
    if value != 3_711_000:
        assert "2018" in answer.text and "2017" in answer.text


NOTE_REFERENCES = _table([["(in thousands of $)", "2019", "2018"],
                          ["Hedge valuation (see note 24)", "8", "6,298"],
                          ["Senior notes (Notes 2024)", "1,500", "1,500"],
                          ["Prepaid royalties (Note 7)", "45,640", "84,730"]], "Other non-current assets.")


def test_a_labels_reference_to_the_notes_is_no_word_of_the_row(tmp_path) -> None:
    """'(see note 24)' after a row's name points elsewhere, like a footnote mark: the row is asked by its own words,
    its change answered; a parenthesis naming notes of a year ('(Notes 2024)') stays part of the label."""
    labels = {label for label, _, _ in _facts(NOTE_REFERENCES)}
    assert labels == {"Hedge valuation", "Senior notes (Notes 2024)", "Prepaid royalties"}
    answer = _ask(_engine(tmp_path, NOTE_REFERENCES), "What was the change in hedge valuation between 2018 and 2019?")
    assert answer.status == "answered" and answer.value == 8_000 - 6_298_000, answer.text


AMPERSAND_ROWS = _table([["(in millions)", "2019", "2018"],
                         ["Net hedge gains (losses) allocated to Bakery & Dairy", "3.4", "0.2"],
                         ["Net hedge gains (losses) allocated to Bakery", "1.5", "2.5"],
                         ["Net hedge gains (losses) in segment profit", "4.9", "2.7"]], "Hedge results by segment.")


@pytest.fixture(scope="module")
def ampersand_rows(tmp_path_factory) -> Engine:
    return _engine(tmp_path_factory.mktemp("ampersand"), AMPERSAND_ROWS)


@pytest.mark.parametrize("question,value", [
    ("What was the change in net hedge gains (losses) allocated to Bakery & Dairy from 2018 to 2019?", 3.2e6),
    ("What was the change in net hedge gains (losses) allocated to Bakery and Dairy from 2018 to 2019?", 3.2e6),
    ("What was the change in net hedge gains (losses) allocated to Bakery from 2018 to 2019?", -1e6),
])
def test_an_ampersand_in_a_row_label_is_asked_as_and(ampersand_rows, question, value) -> None:
    """A question's "&" standing alone is read as "and": a label printing one is matched the same way, and the row
    of the shorter label ('... to Bakery') is still the one its own words name."""
    answer = _ask(ampersand_rows, question)
    assert answer.status == "answered" and round(answer.value) == round(value), answer.text


HELD_FOR_SALE_ROWS = _table([["(in millions)", "2019", "2018"],
                             ["Plant & machinery held for sale", "1.2", "0.0"],
                             ["Plant and machinery, net", "30.0", "28.0"],
                             ["Total assets", "90.0", "80.0"]], "Balances at year end.")


@pytest.fixture(scope="module")
def held_for_sale_rows(tmp_path_factory) -> Engine:
    return _engine(tmp_path_factory.mktemp("heldforsale"), HELD_FOR_SALE_ROWS)


@pytest.mark.parametrize("question,value", [
    ("What was the change in plant and machinery from 2018 to 2019?", 2.0e6),
    ("What was the change in plant and machinery held for sale from 2018 to 2019?", 1.2e6),
])
def test_an_ampersand_read_as_and_makes_no_tie_with_the_nearest_label(held_for_sale_rows, question, value) -> None:
    """'plant and machinery' is the row of that name and a trailing ', net' (fewest words beyond those said), never
    no reading because '&' read as 'and' made '... held for sale' begin with the same words."""
    answer = _ask(held_for_sale_rows, question)
    assert answer.status == "answered" and round(answer.value) == round(value), answer.text


BALANCES_AT_DATES = _table([["", "", "Year Ended December 31,", ""], ["(in thousands)", "2024", "2023", "2022"],
                            ["Balance at January 1", "$1,402", "$1,271", "$276"],
                            ["Additions", "310", "250", "1,100"],
                            ["Reductions", "(170)", "(119)", "(105)"],
                            ["Balance at December 31", "$1,542", "$1,402", "$1,271"]], "Reserve activity.")


@pytest.fixture(scope="module")
def balances_at_dates(tmp_path_factory) -> Engine:
    return _engine(tmp_path_factory.mktemp("balances"), BALANCES_AT_DATES)


@pytest.mark.parametrize("question,value", [
    ("What is the change in balance between 2023 and 2024 at January 1?", 131_000),
    ("What is the change in balance from 2022 to 2023 at January 1?", 995_000),
    ("What is the change in balance between 2023 and 2024 at December 31?", 140_000),
    ("What was the balance at January 1 in 2024?", 1_402_000),
])
def test_a_labels_date_words_said_after_the_years_still_name_the_row(balances_at_dates, question, value) -> None:
    """'the change in balance between 2023 and 2024 at January 1': the years said inside the label's words name the
    columns, the words around them the row 'Balance at January 1' (and 'at December 31' the other row, never it)."""
    answer = _ask(balances_at_dates, question)
    assert answer.status == "answered" and round(answer.value) == value, answer.text


def test_a_balance_without_its_date_names_no_row_of_two(balances_at_dates) -> None:
    """Near miss: 'balance' alone, years said, names neither dated row: no figure, never one of the two."""
    answer = _ask(balances_at_dates, "What is the change in balance between 2023 and 2024?")
    assert answer.status == "abstained" and answer.value is None, answer.text



def _inventory_table(stage: str) -> str:
    return _table([["", "2019", "2018"], ["", "$'000", "$'000"], ["Raw materials", "4,210", "3,980"],
                   [stage, "1,020", "870"], ["Progress billings", "(300)", "(250)"],
                   ["Finished goods", "2,500", "2,300"], ["Total", "7,430", "6,900"]], "Inventories at the year end.")


@pytest.mark.parametrize("printed,asked", [("Work in progress", "work in process"),
                                           ("Work in process", "work-in-progress")])
def test_work_in_progress_and_work_in_process_name_one_row(tmp_path_factory, printed, asked) -> None:
    """British and US reports name one inventory stage two ways: either name finds the row the other prints, never
    the row of 'Progress billings' one of its words names. (Left: 'inventories of work in process' where the stage
    is read as a line of the inventories total, matched by the words' first letters, is still refused.)"""
    engine = _engine(tmp_path_factory.mktemp("wip"), _inventory_table(printed))
    answer = _ask(engine, f"What was the {asked} in 2019?")
    assert answer.status == "answered" and answer.value == 1_020_000, answer.text
    answer = _ask(engine, f"What was the change in {asked} between 2018 and 2019?")
    assert answer.status == "answered" and answer.value == 150_000, answer.text


def _regions(caption: str) -> str:
    return _table([["", "North", "South", "Total"], ["Hardware", "$12,100", "$3,400", "$15,500"],
                   ["Services", "4,200", "1,300", "5,500"], ["Total", "$16,300", "$4,700", "$21,000"]], caption)


def test_class_columns_take_the_period_and_scale_of_the_excerpts_caption() -> None:
    """'North | South | Total' with no period or scale in the table, its caption printed apart ('... for the year
    ended December 31, 2019 by region (in thousands):', too long a line to read as a scale line): each column is
    that year's, the Total column the company's own figure, the others the figure of their heading."""
    doc = parse_text("t.txt", _regions("The table below presents our net sales for the year ended December 31, "
                                       "2019 disaggregated by geographic region and by the product lines we sell "
                                       "to our customers (in thousands):"), excerpt=True)
    got = {(f.label, f.segment, f.period, f.value) for f in doc.figures if f.source == "table"}
    assert ("Services", "", FY19, 5_500_000) in got and ("Services", "South", FY19, 1_300_000) in got
    assert ("Hardware", "North", FY19, 12_100_000) in got and len(got) == 9


@pytest.mark.parametrize("caption", [
    "The table below presents our net sales by geographic region (in thousands):",  # no period
    "The table below presents our net sales for the year ended December 31, 2019 by region:",  # no scale
    "The table below presents the net sales we expect for the year ending December 31, 2020 (in thousands):",
])
def test_class_columns_stay_unread_where_the_caption_states_no_period_no_scale_or_a_forecast(caption: str) -> None:
    assert _facts(_regions(caption)) == set()


def _sources() -> str:
    return _table([["(In thousands)", "Network Systems", "Field Services", "Total"],
                   ["Access Systems", "$210,400", "$31,200", "$241,600"], ["Home & Other Devices", "96,100", "5,300", "101,400"],
                   ["Total", "$306,500", "$36,500", "$343,000"]],
                  "The following table disaggregates our revenue by major source for the year ended December 31, 2019:")


def test_a_column_named_is_never_answered_by_a_row_sharing_one_of_its_words(tmp_path) -> None:
    """'Network Systems | Field Services | Total' over rows 'Access Systems', 'Home & Other Devices': the rows' totals
    are revenue by source, the columns' figures another reading's. 'Revenue from Network Systems' shares 'systems' with
    the row 'Access Systems' only; its 'network' names a column held, so the question names a subject the row is not,
    and is never given the row's figure; the row itself is still answered."""
    engine = _engine(tmp_path, _sources())
    answer = _ask(engine, "What was the revenue from Network Systems in 2019?")
    assert answer.value in (None, 306_500_000), answer.text
    answer = _ask(engine, "What was the revenue from Access Systems in 2019?")
    assert (answer.status, answer.value) == ("answered", 241_600_000) and "line 3" in answer.text


def test_a_row_and_a_class_column_named_at_once_give_the_cell_where_they_meet(tmp_path) -> None:
    """'revenue from Home & Other Devices for Field Services': the row 'Home & Other Devices' under the column 'Field
    Services', the one cell where both meet; a column named by only part of its name ('for Field') meets no row, and
    is not answered."""
    engine = _engine(tmp_path, _sources())
    answer = _ask(engine, "What was the revenue from Home & Other Devices for Field Services?")
    assert (answer.status, answer.value) == ("answered", 5_300_000) and "line 4" in answer.text
    answer = _ask(engine, "What was the revenue from Access Systems for Network Systems in 2019?")
    assert (answer.status, answer.value) == ("answered", 210_400_000) and "line 3" in answer.text
    assert _ask(engine, "What was the revenue from Home & Other Devices for Field in 2019?").value is None


def _places(after: str) -> str:
    return _table([["", "2019", "2018"], ["North America", "$3,120", "$2,940"], ["Europe", "151,200", "148,700"],
                   ["Asia", "40,310", "52,900"], ["Total", "$194,630", "$204,540"]], after)


def test_a_title_naming_what_the_rows_split_is_their_subject(tmp_path) -> None:
    """'Revenue by Geographic Region' printed apart from a table of places (no caption sentence): the rows are the
    revenue of each place, and the 'Total' row the revenue itself, as under a caption."""
    engine = _engine(tmp_path, _places("Revenue by Geographic Region\nVessels operate worldwide (in thousands of U.S. "
                                       "dollars)."))
    answer = _ask(engine, "What was the revenue in Europe in 2019?")
    assert (answer.status, answer.value) == ("answered", 151_200_000) and "line 4" in answer.text
    answer = _ask(engine, "What was the total revenue in 2018?")
    assert (answer.status, answer.value) == ("answered", 204_540_000) and "line 6" in answer.text


def test_two_titles_naming_splits_leave_the_rows_without_a_subject() -> None:
    """Two such title lines ('Revenue by Geographic Region', 'Assets by Geographic Region'): which one the table is
    of is not known, so its rows stay their printed names."""
    text = _places("Revenue by Geographic Region\nAssets by Geographic Region\nAmounts in thousands.")
    assert {label for label, _, _ in _facts(text)} == {"North America", "Europe", "Asia", "Total"}


def test_a_table_below_includes_the_companys_figure_over_a_dimension_heading(tmp_path) -> None:
    """'The table below includes the Company’s revenue for the year ended December 31, 2019 disaggregated by source':
    a caption of that form names the rows' subject ('the Company’s' no part of it), and a heading row naming only the
    dimension the rows split by ('Business segment:') leaves them under it, so each row is that revenue."""
    text = _table([["(In thousands)", "Network Systems", "Field Services", "Total"], ["Business segment:", "", "", ""],
                   ["Access Systems", "$210,400", "$31,200", "$241,600"], ["Home & Other Devices", "96,100", "5,300", "101,400"]],
                  "The table below includes the Company\u2019s revenue for the year ended December 31, 2019 disaggregated "
                  "by source and customer type (in thousands):")
    engine = _engine(tmp_path, text)
    answer = _ask(engine, "What was the revenue from Access Systems in 2019?")
    assert (answer.status, answer.value) == ("answered", 241_600_000) and "line 4" in answer.text
    answer = _ask(engine, "What was the revenue from Home & Other Devices for Field Services?")
    assert (answer.status, answer.value) == ("answered", 5_300_000) and "line 5" in answer.text


_BLOCKS = [["(in thousands)", "Products", "Services", "Total"],
           ["2019", "", "", ""],
           ["Revenue", "1,000", "500", "1,500"],
           ["Total costs", "400", "200", "600"],
           ["Other income", "11", "12", "23"],
           ["2018", "", "", ""],
           ["Revenue", "900", "450", "1,350"],
           ["Total costs", "350", "150", "500"],
           ["Other income", "21", "22", "43"]]


def test_a_year_row_between_blocks_of_class_columns_is_the_period_of_the_block_below() -> None:
    """Stacked blocks, one a year, over the same segment columns: each block's rows at its own year, the rows
    after a block's total row too; the same label in two blocks gets each block's year, never the first's."""
    got = _facts(_table(_BLOCKS))
    assert ("Revenue", FY18, 1_350_000) in got and ("Revenue", FY19, 1_500_000) in got
    assert ("Other income", FY18, 43_000) in got and ("Other income", FY19, 23_000) in got
    assert not any(p == FY19 and v in (1_350_000, 900_000, 43_000, 21_000) for _, p, v in got)


def test_dated_rows_over_class_columns_date_each_block() -> None:
    rows = [["(in thousands)", "Cash", "Bonds", "Total"],
            ["June 30, 2019", "", "", ""], ["Money market funds", "1,200", "—", "1,200"],
            ["June 30, 2018", "", "", ""], ["Money market funds", "900", "—", "900"],
            ["Total assets", "900", "—", "900"], ["Accrued interest", "7", "—", "7"]]
    got = _facts(_table(rows))
    jun19, jun18 = Period(date(2019, 6, 30), 0), Period(date(2018, 6, 30), 0)
    assert ("Money market funds", jun19, 1_200_000) in got and ("Money market funds", jun18, 900_000) in got
    assert ("Accrued interest", jun18, 7_000) in got  # below the block's total row: still the block's date
    assert ("Money market funds", jun19, 900_000) not in got


def test_year_blocks_without_a_scale_stay_unread() -> None:
    assert not _facts(_table([["", *_BLOCKS[0][1:]], *_BLOCKS[1:]]))


def test_a_year_row_under_columns_of_their_own_dates_is_no_block_period() -> None:
    """Columns that each state their own date ('June 30, 2019 | June 30, 2018' over 'Carrying | Fair'): a year row
    in the label column below them names no period of theirs; the second block is not read at the first's dates."""
    rows = [["(in thousands)", "June 30, 2019", "June 30, 2019", "June 30, 2018", "June 30, 2018"],
            ["", "Carrying", "Fair", "Carrying", "Fair"],
            ["Notes", "100", "110", "90", "95"],
            ["2017", "", "", "", ""],
            ["Notes", "80", "85", "70", "75"]]
    got = _facts(_table(rows))
    assert not any(v in (80_000, 85_000, 70_000, 75_000) for _, _, v in got)


def test_a_new_header_of_class_columns_ends_the_block_period() -> None:
    """A block dated by a row ('June 30, 2018'), then a new header stating its own year over the columns: the
    rows under the new header at that year, never at the earlier row's date."""
    rows = [["(in thousands)", "Cash", "Bonds", "Total"],
            ["June 30, 2019", "", "", ""], ["Money market funds", "1,200", "—", "1,200"],
            ["June 30, 2018", "", "", ""], ["Money market funds", "900", "—", "900"],
            ["", "2017", "2017", "2017"], ["", "Cash", "Bonds", "Total"], ["Money market funds", "50", "—", "50"]]
    got = _facts(_table(rows))
    assert not any(v == 50_000 and p == Period(date(2018, 6, 30), 0) for _, p, v in got)


_ROLL_FORWARD = [["(in thousands)", "Pension", "Currency", "Total"],
                 ["Balance at December 31, 2017", "(5.3)", "(9.4)", "(14.7)"],
                 ["Other comprehensive loss", "(5.6)", "\u2014", "(5.6)"],
                 ["Balance at December 31, 2018", "(10.9)", "(9.4)", "(20.3)"]]


def test_balance_rows_of_a_roll_forward_over_class_columns_are_at_their_printed_dates() -> None:
    """Component columns of no period ('Pension | Currency | Total') and balance rows printing their own dates:
    each balance at its date, each component's its own; the flow row between them, of no stated span, unread."""
    got = _facts(_table(_ROLL_FORWARD))
    dec17, dec18 = Period(date(2017, 12, 31), 0), Period(date(2018, 12, 31), 0)
    assert ("Balance", dec18, -20_300) in got
    assert ("Balance", dec17, -14_700) in got
    assert not any(label.startswith("Other") for label, _, _ in got)


def test_balance_rows_over_columns_that_are_no_classes_stay_unread() -> None:
    """'Number of Shares | Amount' under one scale cell: what the first column counts is not known, and a
    balance's date in its label gives no column a meaning — unread, never shares read as money."""
    rows = [["", "Number of Shares", "Amount"], ["", "", "($ in thousands)"],
            ["Balance as of June 30, 2017", "91,000", "9,100"], ["Balance as of June 30, 2018", "92,000", "9,200"]]
    assert not any(v == 91_000_000 for _, _, v in _facts(_table(rows)))


def test_a_balance_row_whose_day_is_not_printed_is_no_date() -> None:
    rows = [["(in thousands)", "Pension", "Total"], ["Balance - July 2017", "5", "5"]]
    assert not _facts(_table(rows))


def test_a_components_balance_is_asked_at_its_date(tmp_path) -> None:
    engine = _engine(tmp_path, _table(_ROLL_FORWARD))
    answer = _ask(engine, "What was the Pension balance at December 31, 2018?")
    assert (answer.status, answer.value) == ("answered", -10_900) and "line 5" in answer.text
    answer = _ask(engine, "What was the total balance at December 31, 2017?")
    assert (answer.status, answer.value) == ("answered", -14_700), answer.text
