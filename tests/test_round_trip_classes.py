"""Round-trip failure classes (issue 19): each stored fact asked back comes back with its value, or a
question back where the store truly holds two. One invented release per class, its stored metric and
the engine's answer both asserted."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Engine
from chat.roundtrip import round_trip
from knowledge.store import connect, prepare, write_batch
from parsers.document import parse_text
from parsers.loading import loaded_from_bytes

LEAD = """<p>KAVEL TOOLS REPORTS FOURTH QUARTER RESULTS</p>
<p>SPRINGFIELD, Ohio, February 10, 2025 -- Kavel Tools Industries, Inc. (NYSE: KVL) today reported results for
the fourth quarter and year ended December 31, 2024.</p>"""

SPANS = ("<tr><td></td><td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td>"
         "<td>Year Ended December 31, 2024</td><td>Year Ended December 31, 2023</td></tr>")
DATES = "<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>"


def _table(title: str, header: str, rows: str) -> str:
    return f"<p>{title}</p><p>(In thousands of U.S. dollars)</p><table>{header}{rows}</table>"


def _rows(*rows: tuple) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)


INCOME = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
    ("Revenue", "1,000", "900", "3,800", "3,500"),
    ("Cost of revenue", "600", "560", "2,300", "2,200"),
    ("Gross profit", "400", "340", "1,500", "1,300"),
    ("Operating income", "150", "120", "520", "450"),
    ("Net income", "100", "80", "360", "300"),
))


def _release(*tables: str) -> bytes:
    return ("<html><body>" + LEAD + "".join(tables) + "</body></html>").encode()


def _parsed(data: bytes):
    loaded = loaded_from_bytes(data, "kavel.htm", ".htm")
    return parse_text("kavel.htm", loaded.text, loaded.format, loaded.tables, loaded.header)


@pytest.fixture
def ask(tmp_path: Path):
    """ask(release_bytes) -> (engine, prepared facts): the release alone in a store, as ingest stores it."""
    engines: list[Engine] = []

    def make(data: bytes):
        doc = _parsed(data)
        prepared = prepare(doc, "x", doc.name)
        db = tmp_path / f"s{len(engines)}.duckdb"
        con = connect(db)
        write_batch(con, [prepared])
        con.close()
        engines.append(Engine(db))
        return engines[-1], prepared

    yield make
    for e in engines:
        e.close()


def _stored(prepared, label: str) -> set[tuple[str, str]]:
    f = prepared.facts
    return {(f["metric"][i], f["period_label"][i]) for i in range(len(f["metric"])) if f["label"][i] == label}


def test_the_company_named_in_full_after_its_ticker_or_name_leaves_no_word_behind(ask):
    """'KVL Industries, Inc. revenue' was 'I find no figures about "industries"': the ticker took one
    word and left the rest of the name, as 'Limited' after a whole name was left."""
    engine, _ = ask(_release(INCOME))
    for question in ("Kavel Tools Industries, Inc. revenue Q4 2024", "KVL Industries, Inc. revenue Q4 2024",
                     "Kavel Tools Industries Limited revenue Q4 2024", "KVL revenue Q4 2024"):
        answer, _ = engine.ask(question)
        assert answer.status == "answered" and answer.value == 1_000_000, (question, answer.text)
    answer, _ = engine.ask("KVL Industries weather Q4 2024")
    assert answer.value is None  # a word of no slot after the name is still no figure
    assert round_trip(_parsed(_release(INCOME))).failures == []


YEARS = "<tr><td></td><td>Year Ended December 31, 2024</td><td>Year Ended December 31, 2023</td></tr>"
BALANCE = _table("CONDENSED CONSOLIDATED BALANCE SHEETS", DATES, _rows(
    ("Current assets:", "", ""),
    ("Cash and cash equivalents", "250", "180"),
    ("Accounts receivable, net", "300", "270"),
    ("Inventories", "200", "190"),
    ("Total current assets", "750", "640"),
    ("Total assets", "1,500", "1,300"),
    ("Current liabilities:", "", ""),
    ("Accounts payable", "120", "110"),
    ("Income taxes payable", "15", "12"),
    ("Employees and payroll accruals", "40", "35"),
    ("Total current liabilities", "175", "157"),
    ("Total liabilities", "600", "500"),
    ("Total stockholders' equity", "900", "800"),
    ("Total liabilities and stockholders' equity", "1,500", "1,300"),
))
CASH_FLOW = _table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", YEARS, _rows(
    ("Cash flows from operating activities:", "", ""),
    ("Net income", "360", "300"),
    ("Inventory reserve", "5", "4"),
    ("Changes in operating assets and liabilities:", "", ""),
    ("Accounts receivable", "(30)", "(25)"),
    ("Inventories", "(10)", "(8)"),
    ("Accounts payable", "10", "7"),
    ("Net cash provided by operating activities", "335", "278"),
    ("Capital expenditures", "(265)", "(200)"),
    ("Net increase in cash and cash equivalents", "70", "78"),
    ("Cash and cash equivalents, beginning of period", "180", "102"),
    ("Cash and cash equivalents, end of period", "250", "180"),
    ("Supplemental disclosure:", "", ""),
    ("Income taxes paid", "20", "18"),
))
INCOME_TAXES = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
    ("Revenue", "1,000", "900", "3,800", "3,500"),
    ("Gross profit", "400", "340", "1,500", "1,300"),
    ("Gross margin", "40.0%", "37.8%", "39.5%", "37.1%"),
    ("Income before income taxes", "130", "105", "470", "390"),
    ("Income tax expense", "30", "25", "110", "90"),
    ("Net income", "100", "80", "360", "300"),
))
STATEMENTS = _release(INCOME_TAXES, BALANCE, CASH_FLOW)


def test_a_working_capital_line_of_the_cash_flow_statement_is_a_change_never_the_balance(ask):
    """'Accounts receivable | (30)' under 'Changes in operating assets and liabilities' was stored as
    accounts receivable: asked for the receivables of the year, the store held the balance and the
    change under one metric, and the balance answered the change's question."""
    engine, prepared = ask(STATEMENTS)
    assert _stored(prepared, "Accounts receivable") == {("receivables_change", "FY 2024"), ("receivables_change", "FY 2023")}
    assert _stored(prepared, "Accounts receivable, net") == {("receivables", "2024-12-31"), ("receivables", "2023-12-31")}
    assert ("inventories_change", "FY 2024") in _stored(prepared, "Inventories")
    answer, _ = engine.ask("Kavel Tools change in accounts receivable (cash flow) FY 2024")
    assert answer.status == "answered" and answer.value == -30_000, answer.text
    answer, _ = engine.ask("Kavel Tools accounts receivable 2024-12-31")
    assert answer.status == "answered" and answer.value == 300_000, answer.text
    answer, _ = engine.ask("Kavel Tools change in inventories from December 31, 2023 to December 31, 2024")
    assert "190,000" in answer.text and "200,000" in answer.text, answer.text  # the balances' change, computed
    assert round_trip(_parsed(STATEMENTS)).failures == []


def test_a_flow_label_on_the_balance_sheet_and_a_reserve_row_keep_only_their_label(ask):
    """'Income taxes payable' (a balance) and 'Income taxes paid' (cash) were income taxes: asked for
    the year's income taxes, the engine could give the payable. 'Inventory reserve' is no inventory."""
    engine, prepared = ask(STATEMENTS)
    assert {m for m, _ in _stored(prepared, "Income taxes payable")} == {"other"}
    assert {m for m, _ in _stored(prepared, "Income taxes paid")} == {"other"}
    assert {m for m, _ in _stored(prepared, "Inventory reserve")} == {"other"}
    answer, _ = engine.ask("Kavel Tools income taxes FY 2024")
    assert answer.status == "answered" and answer.value == 110_000, answer.text
    answer, _ = engine.ask("Kavel Tools income taxes payable 2024-12-31")  # still found by its printed words
    assert answer.status == "answered" and answer.value == 15_000, answer.text


def test_an_accrual_named_by_a_count_noun_is_an_amount_in_the_tables_scale(ask):
    """'Employees and payroll accruals | 40' (in thousands) was a count of 40 employees."""
    _, prepared = ask(STATEMENTS)
    f = prepared.facts
    rows = [(f["metric"][i], f["unit"][i], f["value"][i]) for i in range(len(f["label"]))
            if f["label"][i] == "Employees and payroll accruals"]
    assert ("other", "USD", 40_000) in rows and not any(m == "employees" for m, _, _ in rows)


def test_a_balance_at_the_beginning_or_end_of_a_span_stands_at_its_date(ask):
    """'Cash and cash equivalents, beginning of period' (no 'at') was read as a figure of the year: it is
    the balance the day before the span begins, kept under its label (that date is worked out, not
    printed); ', end of period' is the balance at the span's end."""
    engine, prepared = ask(STATEMENTS)
    assert _stored(prepared, "Cash and cash equivalents, beginning of period") == {("other", "2023-12-31"),
                                                                                   ("other", "2022-12-31")}
    assert _stored(prepared, "Cash and cash equivalents, end of period") == {("cash", "2024-12-31"), ("cash", "2023-12-31")}
    answer, _ = engine.ask("Kavel Tools cash and cash equivalents beginning of period 2022-12-31")
    assert answer.status == "answered" and answer.value == 102_000, answer.text  # found by its words, at its date
    answer, _ = engine.ask("Kavel Tools cash 2024-12-31")
    assert answer.status == "answered" and answer.value == 250_000, answer.text


def test_gross_profit_is_named_so_and_gross_margin_is_the_release_s_own_percentage(ask):
    """The amount metric was named 'gross margin': asked back by that name, the engine (rightly) gave
    the release's 'Gross margin 40.0%'. The amount is named as releases print it: gross profit."""
    engine, prepared = ask(STATEMENTS)
    assert ("gross_margin", "Q4 2024") in _stored(prepared, "Gross profit")
    answer, _ = engine.ask("Kavel Tools gross profit Q4 2024")
    assert answer.status == "answered" and answer.value == 400_000 and answer.text.startswith("Gross profit"), answer.text
    answer, _ = engine.ask("Kavel Tools gross margin Q4 2024")
    assert answer.status == "answered" and answer.value == 40.0 and answer.unit == "percent", answer.text


EPS_TABLE = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
    ("Revenue", "1,000", "900", "3,800", "3,500"),
    ("Net income", "100", "80", "360", "300"),
    ("Net income per share:", "", "", "", ""),
    ("Basic", "$0.51", "$0.41", "$1.84", "$1.54"),
    ("Diluted", "$0.50", "$0.40", "$1.80", "$1.50"),
)) + _table("SUPPLEMENTAL INFORMATION", SPANS, _rows(
    ("Fee-related earnings per share", "$0.42", "$0.36", "$1.51", "$1.37"),
))
EPS_PROSE = ("<p>Net income for the fourth quarter of 2024 was $0.1 million, or $0.51 per share ($0.50 per share on a "
             "diluted basis).</p><p>Highlights: GAAP earnings per share (EPS) of $0.13 for the fourth quarter of "
             "2024.</p>")


def test_a_sentence_s_plain_per_share_figure_is_basic_beside_diluted_and_never_outranks_the_statement(ask):
    """'$0.51 per share ($0.50 per share on a diluted basis)' stored 0.51 as EPS, which a question
    reads as diluted first (0.50): the plain figure beside the diluted one is the basic. A sentence's
    EPS that is neither the statement's basic nor its diluted figure names something else; a
    'fee-related earnings per share' is no EPS."""
    data = ("<html><body>" + LEAD + EPS_PROSE + EPS_TABLE + "</body></html>").encode()
    engine, prepared = ask(data)
    f = prepared.facts
    prose = {(f["metric"][i], f["value"][i]) for i in range(len(f["label"]))
             if f["source"][i] == "narrative" and f["unit"][i] == "USD/share" and f["period_label"][i] == "Q4 2024"}
    assert ("eps_basic", 0.51) in prose and ("eps_diluted", 0.50) in prose, prose
    assert ("eps", 0.13) not in prose and ("other", 0.13) in prose, prose
    assert {m for m, _ in _stored(prepared, "Fee-related earnings per share")} == {"other"}
    answer, _ = engine.ask("Kavel Tools earnings per share Q4 2024")
    assert answer.status == "answered" and answer.value == 0.50, answer.text
    answer, _ = engine.ask("Kavel Tools basic earnings per share Q4 2024")
    assert answer.status == "answered" and answer.value == 0.51, answer.text
    assert round_trip(_parsed(data)).failures == []


TRAILING = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
                  "<tr><td></td><td>Three Months Ended December 31, 2024</td><td>Twelve Months Ended September 30, 2024</td>"
                  "<td>Twelve Months Ended September 30, 2023</td></tr>",
                  _rows(("Revenue", "1,000", "3,700", "3,400"), ("Net income", "100", "350", "290")))


def test_the_store_s_own_name_of_a_span_no_calendar_names_is_read_back(ask):
    """Twelve months to September of a December year are stored as '12M to 2024-09'; asked back by
    that name the engine read another period and answered the year's figure."""
    data = _release(TRAILING)
    engine, prepared = ask(data)
    assert ("revenue", "12M to 2024-09") in _stored(prepared, "Revenue")
    answer, _ = engine.ask("Kavel Tools revenue 12M to 2024-09")
    assert answer.status == "answered" and answer.value == 3_700_000, answer.text
    answer, _ = engine.ask("Kavel Tools net income 12M to 2023-09")
    assert answer.status == "answered" and answer.value == 290_000, answer.text
    assert round_trip(_parsed(data)).failures == []


BANK = _table("SELECTED FINANCIAL DATA", DATES, _rows(
    ("Asset Quality Ratios:", "", ""),
    ("Allowance for credit losses to total loans", "1.41", "1.38"),
    ("Non-performing assets to total assets", "0.52", "0.47"),
))
ARR_PROSE = "<p>Annual recurring revenue (ARR) grew 20% to $4.66 billion as of December 31, 2024.</p>"


def test_a_ratio_row_of_a_ratios_table_and_a_metric_whose_name_holds_a_period_word(ask):
    """'Allowance for credit losses to total loans | 1.41' under 'Asset Quality Ratios' was an
    allowance of $1.41; 'annual' of 'annual recurring revenue' was read as a period ('annual': the
    year), leaving 'recurring' a word no slot explains."""
    data = ("<html><body>" + LEAD + ARR_PROSE + INCOME + BANK + "</body></html>").encode()
    engine, prepared = ask(data)
    f = prepared.facts
    ratio = {(f["metric"][i], f["unit"][i]) for i in range(len(f["label"]))
             if f["label"][i] == "Allowance for credit losses to total loans"}
    assert ratio == {("other", "percent")}, ratio
    answer, _ = engine.ask("Kavel Tools annual recurring revenue (ARR) 2024-12-31")
    assert answer.status == "answered" and answer.value == 4_660_000_000, answer.text
    from chat.question import understand
    assert understand("kavel tools annual revenue", engine.vocab).periods[0].kind == "FY"  # 'annual' alone: the year
    assert round_trip(_parsed(data)).failures == []


OPEX = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
    ("Revenue", "1,000", "900", "3,800", "3,500"),
    ("Research and development", "115", "87", "421", "349"),
    ("Net income", "100", "80", "360", "300"),
))
FOOTNOTE = ("<p>(1) Includes stock-based compensation expense as follows (in thousands of U.S. dollars):</p><table>"
            + SPANS + _rows(("Research and development", "46", "37", "171", "144")) + "</table>")
DEFERRED = _table("CONDENSED CONSOLIDATED BALANCE SHEETS", DATES, _rows(
    ("Deferred revenue", "365", "331"),
    ("Deferred revenue, non-current", "45", "22"),
    ("Total liabilities", "600", "500"),
))


def test_a_footnote_s_breakdown_rows_and_a_non_current_part_are_no_figure_of_the_whole(ask):
    """'(1) Includes stock-based compensation expense as follows (in thousands):' lists each line's
    stock-based compensation ('Research and development | 46'): it was research and development,
    a second value beside the statement's 115. 'Deferred revenue, non-current' is a part of deferred
    revenue, not the balance."""
    data = _release(OPEX, FOOTNOTE, DEFERRED)
    engine, prepared = ask(data)
    f = prepared.facts
    rd = {(f["metric"][i], f["basis"][i], f["value"][i]) for i in range(len(f["label"]))
          if f["label"][i] == "Research and development" and f["period_label"][i] == "Q4 2024"}
    assert ("rd", "", 115_000) in rd and not any(m == "rd" and b == "" and v == 46_000 for m, b, v in rd), rd
    assert {m for m, _ in _stored(prepared, "Deferred revenue, non-current")} == {"other"}
    answer, _ = engine.ask("Kavel Tools deferred revenue 2024-12-31")
    assert answer.status == "answered" and answer.value == 365_000, answer.text
    answer, _ = engine.ask("Kavel Tools research and development Q4 2024")
    assert answer.status == "answered" and answer.value == 115_000, answer.text
    assert round_trip(_parsed(data)).failures == []


def test_interest_added_back_for_diluted_eps_is_no_interest_expense(ask):
    """'Interest expense from assumed conversion of convertible notes, net of tax' (the if-converted
    add-back of the EPS computation) was a second interest expense beside the statement's."""
    data = _release(_table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
        ("Revenue", "1,000", "900", "3,800", "3,500"),
        ("Interest expense", "(20)", "(15)", "(80)", "(56)"),
        ("Net income", "100", "80", "360", "300"),
        ("Interest expense from assumed conversion of convertible notes, net of tax", "1", "1", "4", "4"),
    )))
    engine, prepared = ask(data)
    assert {m for m, _ in _stored(prepared, "Interest expense from assumed conversion of convertible notes, net of tax")} \
        == {"other"}
    answer, _ = engine.ask("Kavel Tools interest expense FY 2024")
    assert answer.status == "answered" and answer.value == -80_000, answer.text


BANK_INCOME = _table("CONSOLIDATED STATEMENTS OF INCOME", SPANS, _rows(
    ("Interest income", "", "", "", ""),
    ("Loans", "50", "45", "190", "170"),
    ("Interest expense", "", "", "", ""),
    ("Deposits", "20", "15", "75", "60"),
    ("Net interest income", "30", "30", "115", "110"),
))
BANK_BALANCE = _table("CONSOLIDATED BALANCE SHEETS", DATES, _rows(
    ("Loans", "2,400", "2,200"), ("Total assets", "3,000", "2,800"), ("Deposits", "2,500", "2,300"),
    ("Total liabilities", "2,700", "2,520"),
))
CASH_PROSE = ("<p>During the year ended December 31, 2024, operating activities provided cash of $2.2 million compared "
              "to $1.9 million in 2023.</p>")


def test_a_balance_read_over_a_span_in_an_income_statement_or_a_sentence_is_no_balance(ask):
    """'Deposits' under 'Interest expense' (the interest paid on them) was stored as total deposits,
    and 'provided cash of $2.2 million' as the cash balance: asked for deposits or cash of the year,
    the engine gave the balance while the store held the interest or the flow under the same name."""
    data = ("<html><body>" + LEAD + CASH_PROSE + BANK_INCOME + BANK_BALANCE + "</body></html>").encode()
    engine, prepared = ask(data)
    assert _stored(prepared, "Deposits") == {("other", "Q4 2024"), ("other", "Q4 2023"), ("other", "FY 2024"),
                                             ("other", "FY 2023"), ("deposits", "2024-12-31"), ("deposits", "2023-12-31")}
    flows = _stored(prepared, "cash") | _stored(prepared, "operating activities provided cash of")
    assert flows and "cash" not in {m for m, _ in flows}  # the flow: other, or the operating cash flow it is
    answer, _ = engine.ask("Kavel Tools total deposits 2024-12-31")
    assert answer.status == "answered" and answer.value == 2_500_000, answer.text
    assert round_trip(_parsed(data)).failures == []


COMPARABLE = _table("SUPPLEMENTAL INFORMATION", SPANS, _rows(
    ("Comparable sales", "3.5%", "2.0%", "1.0%", "0.5%"),
))


def test_a_metric_asked_by_its_own_name_is_that_metric(ask):
    """'comparable sales change' (the metric's name, as answers print it) was read as a change of
    comparable sales, wanting last year's figure; a metric's name is a phrase of it."""
    data = _release(INCOME, COMPARABLE)
    engine, prepared = ask(data)
    assert ("comparable_sales", "Q4 2024") in _stored(prepared, "Comparable sales")
    answer, _ = engine.ask("Kavel Tools comparable sales change Q4 2024")
    assert answer.status == "answered" and answer.value == 3.5, answer.text
    assert round_trip(_parsed(data)).failures == []


def test_a_word_of_the_company_name_that_is_also_the_metric_stays_with_the_metric(ask):
    """'Royalty Pharma royalty receipts' lost its 'royalty' to the company's name a second time and
    was 'no figure by that name': each word of the name goes once, and the rest of a name after a
    ticker only where it runs to the name's last word ('RPRX royalty receipts' keeps its metric)."""
    receipts = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
        ("Kavel receipts", "1,000", "900", "3,800", "3,500"),
        ("Net income", "100", "80", "360", "300"),
    ))
    engine, _ = ask(_release(receipts))
    for question in ("Kavel Tools Kavel receipts Q4 2024", "KVL Kavel receipts Q4 2024",
                     "Kavel Tools Industries, Inc. Kavel receipts Q4 2024"):
        answer, _ = engine.ask(question)
        assert answer.status == "answered" and answer.value == 1_000_000, (question, answer.text)


def test_a_figure_and_the_same_figure_as_adjusted_answer_the_plain_one_unless_adjusted_is_asked(ask):
    """'FFO … (non-GAAP)' and 'FFO …, as adjusted (non-GAAP)', one basis in one table: 'FFO per diluted
    share' asked back between them (it had been answered before the second row was read)."""
    ffo = _table("RECONCILIATION OF NET INCOME TO FFO (NON-GAAP)", SPANS, _rows(
        ("Net income", "100", "80", "360", "300"),
        ("FFO attributable to common shareholders (non-GAAP)", "150", "120", "520", "450"),
        ("Per diluted share (non-GAAP)", "0.58", "0.47", "2.02", "1.75"),
        ("FFO attributable to common shareholders, as adjusted (non-GAAP)", "160", "125", "540", "470"),
        ("Per diluted share (non-GAAP)", "0.61", "0.49", "2.10", "1.83"),
    ))
    engine, _ = ask(_release(ffo))
    answer, _ = engine.ask("Kavel Tools FFO per diluted share Q4 2024")
    assert answer.status == "answered" and answer.value == 0.58, answer.text
    answer, _ = engine.ask("Kavel Tools FFO Q4 2024")
    assert answer.status == "answered" and answer.value == 150_000, answer.text
    answer, _ = engine.ask("Kavel Tools FFO as adjusted Q4 2024")
    assert answer.value in (None, 160_000), answer.text  # the adjusted one, or asked back: never the plain one
