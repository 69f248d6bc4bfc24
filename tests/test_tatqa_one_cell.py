"""One printed cell of an annual-report table, asked plainly: layouts and wordings of the kind TAT-QA's one-cell
questions show, where the engine used to refuse a figure the table prints. Each document is invented (an excerpt of
one table and a paragraph, ingested under a company name as benchmarks/tatqa.py does); each test asserts the
printed figure, or the abstention where the table does not prove it."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text


def _table(rows: list[list[str]], after: str) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


def _labels(text: str) -> set[tuple[str, float]]:
    doc = parse_text("t.txt", text, excerpt=True)
    return {(f.label, f.value) for f in doc.figures if f.source == "table"}


# -- a label-less row under a heading that its rows add up to ------------------------------------------------------
def _regions(total_2019: str) -> str:
    return _table([["", "September 28, 2019", "September 29, 2018"], ["Total assets:", "", ""],
                   ["North", "$512,300", "$498,100"], ["South", "301,450", "287,020"],
                   ["Corporate and eliminations", "40,250", "52,880"], ["", total_2019, "$838,000"]],
                  "Assets by reportable segment at the end of each fiscal year (in thousands):")


def test_an_unlabeled_row_its_headed_rows_add_up_to_is_the_headings_total() -> None:
    got = _labels(_regions("$854,000"))
    assert ("Total assets", 854_000_000) in got and ("Total assets", 838_000_000) in got


def test_an_unlabeled_row_the_rows_do_not_add_up_to_stays_unread() -> None:
    got = _labels(_regions("$855,000"))  # 1,000 off in 2019: no total of these rows
    assert not any(label.startswith("Total") for label, _ in got)


@pytest.fixture(scope="module")
def regions(tmp_path_factory) -> Engine:
    tmp = tmp_path_factory.mktemp("regions")
    (tmp / "r.txt").write_text(_regions("$854,000"))
    con = connect(tmp / "s.duckdb")
    ingest(con, [tmp / "r.txt"], company="Kavel Holdings")
    con.close()
    return Engine(tmp / "s.duckdb")


def test_the_headings_total_answers_the_total_asked(regions: Engine) -> None:
    answer, _ = regions.ask("Kavel Holdings: What was the total assets in 2018?", Context())
    assert (answer.status, answer.value) == ("answered", 838_000_000) and "line 7" in answer.text


# -- a roll forward of shares under a scale note that excepts share data -------------------------------------------
_SHARES_NOTE = ("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (in thousands, except for share and per share data)\n"
                "NOTE 15 — Shareholders' Equity\nA roll forward of common shares outstanding is as follows:")


def _roll_forward(amount_row: list[str] | None = None) -> str:
    rows = [["", "As of December 31,", ""], ["", "2019", "2018"],
            ["Balance at beginning of the year", "21,640,318", "21,802,115"], ["Repurchases", "(310,400)", "(275,020)"],
            ["Restricted stock unit issuances", "118,202", "113,223"], ["Balance at end of period", "21,448,120", "21,640,318"]]
    return _table(rows + ([amount_row] if amount_row else []), _SHARES_NOTE)


def test_a_roll_forward_of_shares_prints_share_counts() -> None:
    doc = parse_text("t.txt", _roll_forward(["Cost of shares repurchased", "$5,120", "$4,310"]), excerpt=True)
    units = {(f.label, f.value): f.unit for f in doc.figures if f.source == "table"}
    assert units[("Repurchases", -275_020)] == "shares" and units[("Restricted stock unit issuances", 118_202)] == "shares"
    assert all(unit == "USD" for (label, _), unit in units.items() if label.startswith("Cost"))  # '$': an amount


@pytest.mark.parametrize("row", [["Aggregate cost of shares bought back", "6,240", "5,010"],
                                 ["Dividends paid", "13,400", "12,900"], ["Treasury stock, at cost", "(48,100)", "(41,700)"]])
def test_an_amount_row_of_a_roll_forward_of_shares_is_no_count(row: list[str]) -> None:
    doc = parse_text("t.txt", _roll_forward(row), excerpt=True)
    got = {(f.label, f.unit, f.value) for f in doc.figures if f.source == "table" and f.label == row[0]}
    printed = float(row[1].strip("()").replace(",", "")) * (-1 if row[1].startswith("(") else 1)
    assert (row[0], "USD", printed * 1000) in got  # in the note's thousands of dollars, never shares
    assert not any(unit == "shares" for _, unit, _ in got)


@pytest.mark.parametrize("row", [["Employee stock purchase plan", "12,500", "11,000"],
                                 ["Stock dividend", "216,403", "198,120"],
                                 ["Business acquisition", "1,050,000", "0"],
                                 ["Three-for-two stock split", "7,210,440", "0"]])
def test_a_row_of_a_roll_forward_of_shares_naming_no_money_is_a_count(row: list[str]) -> None:
    doc = parse_text("t.txt", _roll_forward(row), excerpt=True)
    got = {(f.unit, f.value) for f in doc.figures if f.source == "table" and f.label == row[0]}
    assert ("shares", float(row[1].replace(",", ""))) in got and not any(unit == "USD" for unit, _ in got), got


def test_a_price_a_share_in_a_roll_forward_of_shares_stays_unread() -> None:
    doc = parse_text("t.txt", _roll_forward(["Average price paid", "45.20", "41.10"]), excerpt=True)
    assert not [f for f in doc.figures if f.source == "table" and f.label == "Average price paid"]


def test_a_roll_forward_whose_scale_note_stands_under_it_keeps_its_counts() -> None:
    rows = [["", "2019", "2018"], ["Balance at beginning of the year", "21,640,318", "21,802,115"],
            ["Repurchases", "(310,400)", "(275,020)"], ["Balance at end of period", "21,448,120", "21,640,318"],
            ["Dividends declared", "12,870", "12,110"]]
    text = _table(rows, "(in thousands, except share data)\nThe activity of our common shares outstanding is as follows:")
    doc = parse_text("t.txt", text, excerpt=True)
    got = {(f.label, f.value): f.unit for f in doc.figures if f.source == "table"}
    assert got[("Balance at end of period", 21_448_120)] == "shares" and got[("Repurchases", -310_400)] == "shares"
    assert got[("Dividends declared", 12_870_000)] == "USD"


@pytest.fixture(scope="module")
def roll_forward(tmp_path_factory) -> Engine:
    tmp = tmp_path_factory.mktemp("shares")
    (tmp / "r.txt").write_text(_roll_forward())
    con = connect(tmp / "s.duckdb")
    ingest(con, [tmp / "r.txt"], company="Kavel Holdings")
    con.close()
    return Engine(tmp / "s.duckdb")


@pytest.mark.parametrize("question,value", [("What was the Restricted stock unit issuances in 2019?", 118_202),
                                            ("What was the amount of Repurchases in 2018?", -275_020)])
def test_a_share_count_of_a_roll_forward_is_answered_in_shares(roll_forward: Engine, question: str, value: int) -> None:
    answer, _ = roll_forward.ask(f"Kavel Holdings: {question}", Context())
    assert (answer.status, answer.value) == ("answered", value) and "shares" in answer.text


# -- 'F19 | F18' over '53 WEEKS | 52 WEEKS': fiscal years as Australian and New Zealand reports head them ------------
def _weeks_years() -> str:
    return _table([["", "F19", "F18 (3)", "", "CHANGE"], ["$ MILLION", "53 WEEKS", "52 WEEKS", "CHANGE", "NORMALISED"],
                   ["Sales", "4,120", "3,980", "3.5%", "1.6%"], ["EBITDA", "312", "298", "4.7%", "2.9%"]],
                  "Sales for the year were $4.1 billion, an increase of 3.5% on the prior year.")


def test_a_fiscal_year_headed_f19_over_its_weeks_is_that_year() -> None:
    doc = parse_text("t.txt", _weeks_years(), excerpt=True)
    got = {(f.label, f.period.end.year, f.period.months, f.value) for f in doc.figures if f.source == "table"}
    assert {("Sales", 2019, 12, 4_120e6), ("Sales", 2018, 12, 3_980e6), ("EBITDA", 2018, 12, 298e6)} <= got


def test_a_quarter_of_thirteen_weeks_is_no_fiscal_year() -> None:
    text = _table([["", "FY19", "FY18"], ["$ MILLION", "13 WEEKS", "13 WEEKS"], ["Sales", "1,020", "990"]], "Sales rose.")
    assert not any(f.period.months == 12 for f in parse_text("t.txt", text, excerpt=True).figures if f.source == "table")


def test_f19_in_a_question_is_the_fiscal_year(tmp_path) -> None:
    (tmp_path / "r.txt").write_text(_weeks_years())
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    answer, _ = Engine(tmp_path / "s.duckdb").ask("Kavel Holdings: What were the sales in F18?", Context())
    assert (answer.status, answer.value) == ("answered", 3_980e6) and "line 4" in answer.text


# -- a row whose parenthesis only names its unit ('ROFE (%)'), asked by its words ------------------------------------
def _ratios(extra: list[list[str]]) -> str:
    return _table([["", "2019", "2018"], ["Sales ($m)", "4,120", "3,980"], ["ROFE (%)", "11.2", "10.8"],
                   ["Cost of doing business (%)", "20.0", "19.8"], *extra], "Key ratios of the year.")


@pytest.mark.parametrize("question,value", [("How much is the ROFE in 2019?", 11.2),
                                            ("What was the cost of doing business as a percentage in 2018?", 19.8)])
def test_a_row_printing_its_unit_in_parentheses_is_asked_by_its_words(tmp_path, question: str, value: float) -> None:
    (tmp_path / "r.txt").write_text(_ratios([]))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    answer, _ = Engine(tmp_path / "s.duckdb").ask(f"Kavel Holdings: {question}", Context())
    assert (answer.status, answer.value) == ("answered", value)


def test_a_unit_row_beside_a_row_of_the_same_words_is_not_taken_for_it(tmp_path) -> None:
    (tmp_path / "r.txt").write_text(_ratios([["ROFE (adjusted)", "12.0", "11.1"]]))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    answer, _ = Engine(tmp_path / "s.duckdb").ask("Kavel Holdings: How much is the ROFE in 2019?", Context())
    assert answer.status != "answered" or answer.value != 12.0


# -- a row under a section heading whose subtotal adds into the row printed below the sections ---------------------
def _levies(total_2020: str) -> str:
    return _table([["", "Year Ended", "", ""], ["", "March 27, 2021", "March 28, 2020", "March 29, 2019"],
                   ["Current:", "", "", ""], ["Federal", "$ 41", "$ 517", "$ 18"], ["State", "12", "9", "5"],
                   ["Total current", "53", "526", "23"], ["Deferred:", "", "", ""], ["Federal", "22", "(140)", "36"],
                   ["State", "(4 )", "11", "7"], ["Total deferred", "18", "(129)", "43"],
                   ["Provision for income taxes", "$ 71", total_2020, "$ 66"]],
                  "7. Income Taxes\nThe provision for income taxes consists of the following (in millions):")


@pytest.fixture(scope="module")
def levies(tmp_path_factory) -> dict[str, Engine]:
    engines = {}
    for name, total in (("adds", "$ 397"), ("off", "$ 407")):
        tmp = tmp_path_factory.mktemp(name)
        (tmp / "l.txt").write_text(_levies(total))
        con = connect(tmp / "s.duckdb")
        ingest(con, [tmp / "l.txt"], company="Orvane Holdings")
        con.close()
        engines[name] = Engine(tmp / "s.duckdb")
    return engines


@pytest.mark.parametrize("question, value", [
    ("What was the Current Federal provision for income tax in 2021?", 41_000_000),
    ("What was the deferred state provision for income taxes in 2020?", 11_000_000),
])
def test_heading_and_row_name_a_part_of_the_row_the_sections_add_into(levies, question: str, value: int) -> None:
    answer, _ = levies["adds"].ask(f"Orvane Holdings: {question}", Context())
    assert (answer.status, answer.value) == ("answered", value)


def test_a_row_named_without_its_heading_stays_unanswered(levies) -> None:
    answer, _ = levies["adds"].ask("Orvane Holdings: What was the federal provision for income tax in 2021?", Context())
    assert answer.value is None  # 'Federal' under 'Current:' and under 'Deferred:' alike


def test_sections_that_do_not_add_up_to_the_row_below_are_no_parts_of_it(levies) -> None:
    answer, _ = levies["off"].ask("Orvane Holdings: What was the Current Federal provision for income tax in 2021?",
                                  Context())
    assert answer.value is None


# -- an unlabeled subtotal of some of the heading's rows is no total of the heading --------------------------------
def test_an_unlabeled_subtotal_with_more_rows_after_it_is_no_total() -> None:
    got = _labels(_table([["", "2024", "2023"], ["Revenue:", "", ""], ["Hardware", "$70,000", "$60,000"],
                          ["Licences", "30,000", "20,000"], ["", "100,000", "80,000"],
                          ["Installation", "5,000", "4,000"], ["", "105,000", "84,000"],
                          ["Costs:", "", ""], ["Staff", "40,000", "30,000"]],
                         "Revenue and costs of the year (in thousands):"))
    totals = {value for label, value in got if label == "Total revenue"}
    assert totals == {105_000_000, 84_000_000}  # the last sum, all three rows; never the first two rows' 100,000


def test_an_unlabeled_row_beside_a_labelled_total_is_no_total() -> None:
    got = _labels(_table([["", "2024", "2023"], ["Revenue:", "", ""], ["Hardware", "$70,000", "$60,000"],
                          ["Licences", "30,000", "20,000"], ["", "100,000", "80,000"],
                          ["Installation", "5,000", "4,000"], ["Total revenue", "105,000", "84,000"]],
                         "Revenue of the year (in thousands):"))
    assert {value for label, value in got if label == "Total revenue"} == {105_000_000, 84_000_000}


def test_unlabeled_subtotals_then_a_grand_total_read_only_the_grand_total() -> None:
    got = _labels(_table([["", "2019", "2018"], ["Income tax expense:", "", ""], ["Current federal", "$4,100", "$3,600"],
                          ["Current state", "700", "500"], ["", "4,800", "4,100"], ["Deferred federal", "1,200", "(300)"],
                          ["Deferred state", "100", "(50)"], ["", "1,300", "(350)"], ["", "$6,100", "$3,750"]],
                         "The components of income tax expense are as follows (in thousands):"))
    assert {value for label, value in got if label.startswith("Total")} == {6_100_000, 3_750_000}


def test_a_heading_left_open_on_a_preposition_names_no_total() -> None:
    got = _labels(_table([["", "2024", "2023"], ["Revenue", "$500,000", "$450,000"],
                          ["Net profit attributable to:", "", ""], ["Owners of the company", "90,000", "80,000"],
                          ["Minority holders", "10,000", "6,000"], ["", "100,000", "86,000"]],
                         "Results of the year (in thousands):"))
    assert not any(label.startswith("Total") for label, _ in got)


def test_a_percent_row_under_an_amounts_words_never_answers_the_amount(tmp_path) -> None:
    (tmp_path / "r.txt").write_text(_ratios([["Net profit after tax (%)", "4.1", "3.6"]]))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Kavel Holdings: What was the net profit after tax in 2019?", Context())
    assert answer.value != 4.1  # an amount asked: the percentage row is no answer (an abstention)
    answer, _ = engine.ask("Kavel Holdings: What was the net profit after tax as a percentage in 2019?", Context())
    assert (answer.status, answer.value) == ("answered", 4.1)


def test_a_per_share_row_printing_percentages_is_no_dollars_a_share() -> None:
    doc = parse_text("t.txt", _ratios([["Dividend per share (%)", "50", "48"]]), excerpt=True)
    got = {(f.label, f.value): f.unit for f in doc.figures if f.source == "table"}
    assert not [k for k, unit in got.items() if k[0].startswith("Dividend") and unit.endswith("/share")], got
    assert got[("ROFE (%)", 11.2)] == "percent"


@pytest.mark.parametrize("question,years", [("what were the sales in f18?", [2018]),
                                            ("what was revenue for f19 compared to f18?", [2019, 2018]),
                                            ("how much revenue did the f35 program earn in 2019?", [2019]),
                                            ("what did the f27 aircraft line earn in 2018?", [2018]),
                                            ("what was f19 revenue?", [2019]), ("f19 ebitda", [2019]),
                                            ("what was f19 revenue growth?", [2019]), ("what was the f18 revenue?", [2018]),
                                            ("how much did the f35 earn in 2019?", [2019])])
def test_f_and_two_digits_is_a_fiscal_year_only_standing_alone(question: str, years: list[int]) -> None:
    from chat.periods import find_periods
    got = [spec for _, _, spec in find_periods(question)]
    assert [getattr(spec, "year", None) or getattr(spec, "fy", None) for spec in got] == years, got


# -- a maturity table whose caption states its date, then the outlook of its buckets -------------------------------
def _obligations(caption: str) -> str:
    return _table([["", "", "Payments Due by Period", "", ""], ["", "Total", "Less than 1 year", "1 – 3 years",
                                                                 "More than 3 years"],
                   ["Operating lease obligations", "$84.2", "$20.1", "$31.6", "$32.5"],
                   ["Supply commitments", "142.7", "120.3", "22.4", "—"],
                   ["Total contractual obligations", "$226.9", "$140.4", "$54.0", "$32.5"]], caption)


def test_a_maturity_tables_date_before_its_outlook_words_dates_the_total_column() -> None:
    doc = parse_text("t.txt", _obligations(
        "The following table summarizes our contractual obligations at June 30, 2024, and the effect such obligations "
        "are expected to have on our liquidity in future periods (in millions):"), excerpt=True)
    got = {(f.label, f.period.end.isoformat(), f.value) for f in doc.figures if f.source == "table"}
    assert got == {("Operating lease obligations", "2024-06-30", 84.2e6), ("Supply commitments", "2024-06-30", 142.7e6),
                   ("Total contractual obligations", "2024-06-30", 226.9e6)}  # the buckets unread


def test_a_maturity_tables_date_after_its_outlook_words_stays_unread() -> None:
    doc = parse_text("t.txt", _obligations(
        "The following table summarizes our expected contractual obligations at June 30, 2026 (in millions):"),
        excerpt=True)
    assert not [f for f in doc.figures if f.source == "table"]  # a forecast's date: no figure of the company's


def test_the_total_column_answers_the_obligation_asked_and_no_bucket(tmp_path) -> None:
    (tmp_path / "r.txt").write_text(_obligations(
        "The following table summarizes our contractual obligations at June 30, 2024, and the effect such obligations "
        "are expected to have on our liquidity in future periods (in millions):"))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Kavel Holdings: What was the total supply commitments?", Context())
    assert (answer.status, answer.value) == ("answered", 142.7e6) and "line 5" in answer.text
    answer, _ = engine.ask("Kavel Holdings: What were the supply commitments due in less than 1 year?", Context())
    assert answer.status == "abstained" and answer.value is None


# -- a segment table's closing row naming a measure of its own under a revenue heading ------------------------------
def _segments(last: str) -> str:
    return _table([["", "", "Year Ended December 31, 2024", "", ""], ["", "Orvane", "Teslik", "Brumby", "Total"],
                   ["Segment Revenues", "", "", "", ""], ["Net revenues from external customers", "$910", "$640", "$385",
                                                         "$1,935"],
                   ["Segment net revenues", "$930", "$640", "$395", "$1,965"], [last, "$212", "$98", "$61", "$371"]],
                  "Information on the reportable segment net revenues and operating income is presented below "
                  "(amounts in millions):")


def _facts(text: str, label: str, tmp_path) -> set[tuple[str, str, str, float]]:
    (tmp_path / "r.txt").write_text(text)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    rows = con.execute("SELECT metric, segment, product, value FROM facts WHERE label = ?", [label]).fetchall()
    con.close()
    return set(rows)


def test_a_row_naming_its_own_measure_under_a_revenue_heading_is_no_revenue(tmp_path) -> None:
    got = _facts(_segments("Segment operating income"), "Segment operating income", tmp_path)
    assert got and not any(metric == "revenue" for metric, *_ in got), got
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Kavel Holdings: What was the segment operating income of Teslik in 2024?", Context())
    assert (answer.status, answer.value) == ("answered", 98e6) and "line 7" in answer.text


def test_a_line_of_business_under_a_revenue_heading_stays_revenue(tmp_path) -> None:
    got = _facts(_segments("Licensing and royalty income"), "Licensing and royalty income", tmp_path)
    assert got and all(metric == "revenue" for metric, *_ in got), got  # a line of revenue, not a measure


# -- a column headed by an outlook word beside columns of actuals ----------------------------------------------------
def _allocation(first_heading: str) -> str:
    return _table([["", first_heading, "Percentage of Plan Assets at December 31,", ""],
                   ["Asset Category", "2025", "2024", "2023"], ["Equity securities", "35%", "38%", "41%"],
                   ["Fixed income securities", "60%", "57%", "54%"], ["Total", "100%", "100%", "100%"]],
                  "Our pension plan asset allocation at December 31, 2024 and 2023, and target allocation for 2025 "
                  "by asset category are as follows:")


def test_a_target_column_beside_actuals_is_an_outlook(tmp_path) -> None:
    doc = parse_text("t.txt", _allocation("Target Allocations"), excerpt=True)
    got = {(f.period.end.year, f.value): f.qualifier for f in doc.figures if f.label == "Equity securities"}
    assert got == {(2025, 35.0): "guidance", (2024, 38.0): "", (2023, 41.0): ""}
    (tmp_path / "r.txt").write_text(_allocation("Target Allocations"))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Kavel Holdings: What was the target allocation for Equity Securities in 2025?", Context())
    assert (answer.status, answer.value) == ("answered", 35.0)
    answer, _ = engine.ask("Kavel Holdings: What were the equity securities at December 31, 2025?", Context())
    assert answer.status == "abstained" and answer.value is None  # a target, never the year's actual


def test_a_column_of_plan_assets_is_no_outlook() -> None:
    doc = parse_text("t.txt", _allocation("Plan Assets at Cost"), excerpt=True)  # 'plan' is no outlook's word here
    assert {f.qualifier for f in doc.figures if f.label == "Equity securities"} == {""}


# -- a table of segment columns printed in blocks, each under its own period's heading -------------------------------
def _two_blocks() -> str:
    rows = []
    for year, figures in (("2024", ["$212", "$98", "$61", "$371"]), ("2023", ["$190", "$104", "$55", "$349"])):
        rows += [["", "", f"Year Ended December 31, {year}", "", ""], ["", "Orvane", "Teslik", "Brumby", "Total"],
                 ["Segment operating income", *figures]]
    return _table(rows, "Information on the reportable segments' operating income is presented below (amounts in millions):")


def test_each_block_of_a_table_is_read_at_its_own_headings_period(tmp_path) -> None:
    doc = parse_text("t.txt", _two_blocks(), excerpt=True)
    got = {(f.segment, f.period.end.year, f.value) for f in doc.figures if f.source == "table"}
    assert {("Teslik", 2024, 98e6), ("Teslik", 2023, 104e6), ("Brumby", 2023, 55e6), ("", 2023, 349e6)} <= got
    assert len(got) == 8
    (tmp_path / "r.txt").write_text(_two_blocks())
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Kavel Holdings")
    con.close()
    answer, _ = Engine(tmp_path / "s.duckdb").ask("Kavel Holdings: What was the segment operating income of Teslik in "
                                                  "2023?", Context())
    assert (answer.status, answer.value) == ("answered", 104e6) and "line 7" in answer.text


def test_a_heading_over_every_column_naming_no_year_leaves_the_caption_its_period() -> None:
    text = _table([["", "", "Year Ended December 31,", "", ""], ["", "Orvane", "Teslik", "Brumby", "Total"],
                   ["Segment operating income", "$212", "$98", "$61", "$371"]],
                  "Segment operating income for the year ended December 31, 2024 is presented below (amounts in millions):")
    got = {(f.segment, f.period.end.year, f.value) for f in parse_text("t.txt", text, excerpt=True).figures}
    assert ("Teslik", 2024, 98e6) in got and len(got) == 4


# -- a share's price range, the excerpt's text naming what the 'High | Low' columns are -----------------------------
def _price_range(after: str) -> str:
    return _table([["", "", "Fiscal 2021", "", "Fiscal 2020"], ["", "High", "Low", "High", "Low"],
                   ["First Quarter", "$ 61.20", "$ 48.05", "$ 39.70", "$ 31.15"],
                   ["Second Quarter", "$ 66.40", "$ 52.30", "$ 41.25", "$ 33.60"]], after)


_NAMED = ("Price Range of Common Stock\nThe price range per share of common stock presented below represents the highest "
          "and lowest sales prices for the Company's common stock on the exchange during each quarter.")


def test_a_high_and_low_the_excerpts_text_names_the_share_price_of_is_that_price() -> None:
    got = _labels(_price_range(_NAMED))
    assert ("High stock price per share", 61.20) in got and ("Low stock price per share", 31.15) in got
    got = _labels(_price_range("Set forth below are the high and low sales prices for our common stock."))
    assert ("Low stock price per share", 52.30) in got


@pytest.mark.parametrize("after", ["Set forth below are the high and low copper prices we realized.",
                                   "The table below shows the high and low sales prices for our common stock in "
                                   "pence.",
                                   "Our common stock is traded on the exchange. The table below shows our results."])
def test_a_high_and_low_the_text_names_no_dollar_share_price_of_stays_unread(after: str) -> None:
    got = _labels(_price_range(after))  # a commodity's price, a price in pence, a stock named without its price
    assert not any("price" in label.lower() or label in ("High", "Low") for label, _ in got)


def test_a_share_price_high_and_low_is_asked_by_its_words(tmp_path) -> None:
    (tmp_path / "p.txt").write_text(_price_range(_NAMED))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "p.txt"], company="Brantel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Brantel Holdings: What was the high price per share in the second quarter of 2021?", Context())
    assert (answer.status, answer.value) == ("answered", 66.40)
    answer, _ = engine.ask("Brantel Holdings: What was the low price per share in the first quarter of 2020?", Context())
    assert (answer.status, answer.value) == ("answered", 31.15)
    answer, _ = engine.ask("Brantel Holdings: What was the diluted earnings per share in the first quarter of 2020?",
                           Context())
    assert answer.status != "answered"  # the near miss: a share's price is no earnings a share
    engine.close()


def test_two_names_sharing_one_head_noun_are_two_figures(tmp_path) -> None:
    """'the difference between the high and low price per share': 'high' names nothing alone; it shares the head noun
    of the name after it ('high price per share'). A first name that names a figure alone is never widened so."""
    from chat.resolution import shared_head
    (tmp_path / "p.txt").write_text(_price_range(_NAMED))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "p.txt"], company="Brantel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Brantel Holdings: In the first quarter of 2020, what was the difference between the high and "
                           "low price per share?", Context())
    assert (answer.status, round(answer.value, 2)) == ("answered", 8.55), answer.text
    engine.close()
    assert shared_head("Acme: high", "Acme: low price per share") == "Acme: high price per share"
    assert shared_head("Acme: revenue", "Acme: cost of sales") == "Acme: revenue of sales"  # tried only where
    assert shared_head("Acme: net sales", "Acme: cost of sales") == ""  # the first name reads as no figure alone


def test_a_first_name_reading_alone_keeps_its_own_figure(tmp_path) -> None:
    """Near miss of the shared head noun: 'the difference between revenue and cost of sales' is revenue less cost of
    sales, never 'revenue of sales'."""
    (tmp_path / "r.txt").write_text(_table([["", "2019", "2018"], ["Revenue", "$ 9,410", "$ 8,920"],
                                            ["Cost of sales", "5,120", "4,870"], ["Gross profit", "4,290", "4,050"]],
                                           "Results of operations (in thousands):"))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "r.txt"], company="Brantel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    answer, _ = engine.ask("Brantel Holdings: What was the difference between revenue and cost of sales in 2019?",
                           Context())
    assert (answer.status, answer.value) == ("answered", 4_290_000), answer.text
    engine.close()


# -- a bare 'Total' under the last of two headings that every row of the table adds up to ---------------------------
def _depreciation(total_2020: str) -> str:
    return _table([["Years Ended", "June 27, 2020", "June 29, 2019"], ["Depreciation of leased equipment:", "", ""],
                   ["Cost of revenue", "$412", "$388"], ["Operating expenses", "", ""],
                   ["Depreciation of leased equipment", "95", "104"], ["Other charges", "—", "12"],
                   ["Total", total_2020, "$504"]],
                  "The following table presents the depreciation of leased equipment (in millions):")


def test_a_total_the_whole_table_adds_up_to_is_the_captions_subjects_total() -> None:
    got = _labels(_depreciation("$507"))
    assert ("Total depreciation of leased equipment", 507_000_000) in got
    assert ("Total depreciation of leased equipment", 504_000_000) in got


def test_a_total_the_whole_table_does_not_add_up_to_keeps_its_bare_name() -> None:
    got = _labels(_depreciation("$517"))  # 10 more than the rows in 2020: the total of something else
    assert not any(label.startswith("Total depreciation") for label, _ in got)


# -- a bare total ending a note's one table: the note title's balance -------------------------------------------------
def _accrued(title: str, total_2021: str) -> str:
    return _table([["All figures in USD '000", "2021", "2020"], ["Accrued interest", "240", "1,310"],
                   ["Accrued payroll", "9,420", "6,115"], ["Customer deposits", "2,050", "-"],
                   ["Total as of December 31,", total_2021, "7,425"]],
                  f"{title}\nThe customer deposits are refundable within the next year.")


def test_a_bare_total_of_a_notes_one_table_is_the_notes_balance() -> None:
    got = _labels(_accrued("14. ACCRUED LIABILITIES", "11,710"))
    assert ("Total accrued liabilities", 11_710_000) in got and ("Total accrued liabilities", 7_425_000) in got


@pytest.mark.parametrize("title,total", [("14. ACCRUED LIABILITIES", "11,810"), ("6. REVENUE", "11,710")])
def test_a_bare_total_the_rows_do_not_add_up_to_or_under_a_flows_title_keeps_its_name(title: str, total: str) -> None:
    got = _labels(_accrued(title, total))  # 100 off in 2021: that year's total doubts itself; a flow's note names none
    assert not any(label.startswith(("Total accrued", "Total revenue")) and value == 11_810_000 or
                   label.startswith("Total revenue") for label, value in got)
    assert ("Total as of December 31,", 11_810_000) in got or ("Total", 11_810_000) in got or title.startswith("6.")


# -- a word asked in the singular where the table's title prints it in the plural ('tax' / 'Income Taxes') ----------
@pytest.fixture(scope="module")
def provision(tmp_path_factory) -> Engine:
    tmp = tmp_path_factory.mktemp("provision")
    (tmp / "t.txt").write_text(_table(
        [["", "Year Ended", "", ""], ["", "May 1, 2021", "May 2, 2020", "May 3, 2019"], ["Current:", "", "", ""],
         ["Federal", "$ 31", "$ 412", "$ 18"], ["State", "12", "9", "4"], ["Total current", "43", "421", "22"],
         ["Deferred:", "", "", ""], ["Federal", "14", "(120)", "35"], ["Total deferred", "14", "(120)", "35"],
         ["Provision for income taxes", "$ 57", "$ 301", "$ 57"]],
        "9. Income Taxes\nThe provision for income taxes consists of the following (in millions):"))
    con = connect(tmp / "s.duckdb")
    ingest(con, [tmp / "t.txt"], company="Ostrand Holdings")
    con.close()
    return Engine(tmp / "s.duckdb")


def test_a_singular_word_matches_the_plural_of_the_tables_caption(provision: Engine) -> None:
    answer, _ = provision.ask("Ostrand Holdings: What was the change in total current provision for income tax between "
                              "2019 and 2020?", Context())
    assert (answer.status, answer.value) == ("answered", 399_000_000), answer.text


def test_a_word_the_caption_does_not_print_stays_unexplained(provision: Engine) -> None:
    answer, _ = provision.ask("Ostrand Holdings: What was the change in total current provision for sales tax between "
                              "2019 and 2020?", Context())
    assert answer.status != "answered", answer.text
