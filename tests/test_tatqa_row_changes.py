"""Changes between two cells of one table row, asked in the words annual-report readers use (the "row change"
questions of benchmarks/tatqa.py), each on an invented table built here and asked of the engine. One store is
built per module: the documents are small and the questions only read it.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text

COMPANY = "Brindle Quarry Holdings"


def _table(rows: list[list[str]], after: str) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


AMORTIZATION = _table([
    ["Year Ended May 31,", "", "", "", ""],
    ["", "", "", "Percent Change", ""],
    ["(Dollars in millions)", "2019", "Actual", "Constant", "2018"],
    ["Licensed patents", "$912", "13%", "14%", "$807"],
    ["Customer lists", "640", "-3%", "-3%", "660"],
    ["Other", "40", "14%", "14%", "35"],
    ["Total amortization of intangible assets", "$1,592", "6%", "7%", "$1,502"],
    ["Restructuring costs and other reserves", "95", "8%", "8%", "88"],
], "Amortization of intangible assets rose in fiscal 2019 as patents licensed in the year began to amortize.")


ROLL_COMPANY = "Tessaly Forge Holdings"
ROLL_FORWARD = _table([
    ["", "", "Year Ended December 31,", ""],
    ["", "2019", "2018", "2017"],
    ["Returns allowance, beginning of period", "$6,410", "$6,502", "$1,730"],
    ["Additions charged to revenue during the period", "9,915", "8,804", "12,218"],
    ["Returns credited against the allowance during the period", "(8,120)", "(8,896)", "(7,446)"],
    ["Returns allowance end of period", "$8,205", "6,410", "6,502"],
], "The following table presents the changes in our returns allowance (in thousands):")


# parts printed as rows above their joint row, and three years of two figures (review17: the joint row's change and
# one figure's own gap answered questions of two figures)
PARTS_COMPANY = "Corvell Anchor Holdings"
PARTS = _table([
    ["", "2019", "2018", "2017"],
    ["Revenue", "1,840", "1,610", "1,220"],
    ["Net income", "130", "150", "170"],
    ["Depreciation", "260", "240", "210"],
    ["Amortization", "45", "40", "30"],
    ["Depreciation and amortization", "305", "280", "240"],
], "All amounts in thousands.")
# a roll-forward of quarter columns only: no opening balance of a year in any column
QUARTER_ROLL_COMPANY = "Ombrick Lathe Holdings"
QUARTER_ROLL = _table([
    ["", "Three Months Ended December 31,", ""],
    ["", "2019", "2018"],
    ["Service reserve, beginning of period", "1,310", "1,020"],
    ["Accruals for services sold", "240", "210"],
    ["Services rendered", "(180)", "(150)"],
    ["Service reserve, end of period", "1,370", "1,080"],
], "Service reserve (in thousands).")
# two roll-forwards printing rows of the same names
TWO_ROLLS_COMPANY = "Pellucid Harrow Holdings"
TWO_ROLLS = """Allowance for doubtful accounts

| | 2019 | 2018 |
| --- | --- | --- |
| Balance at beginning of year | 820 | 760 |
| Charged to expense | 95 | 130 |
| Write-offs | (240) | (70) |
| Balance at end of year | 675 | 820 |

Warranty reserve

| | 2019 | 2018 |
| --- | --- | --- |
| Balance at beginning of year | 70 | 55 |
| Accruals | 40 | 35 |
| Settlements | (25) | (20) |
| Balance at end of year | 85 | 70 |

All amounts in thousands.
"""


# a note's table naming a row at length (97 letters), beside a shorter row its first words name
LONG_COMPANY = "Quillmarsh Tannery Holdings"
LONG_ROW = _table([
    ["", "2019", "2018"],
    ["Purchases of property and equipment", "(412.6)", "(388.0)"],
    ["Non-cash investing and financing activities:", "", ""],
    ["Equipment acquired under finance leases, sale-leaseback arrangements and vendor financing programs", "64.0",
     "50.0"],
], "Supplemental cash flow information for the years ended December 31 (in millions):")
# a roll-forward of share counts printed under year-end dates ('As of December 31,'), not under spans
SHARES_ROLL_COMPANY = "Vantorel Bight Holdings"
SHARES_ROLL = _table([
    ["", "As of December 31,", ""],
    ["", "2019", "2018"],
    ["Balance at beginning of the year", "8,210,400", "8,402,150"],
    ["Shares repurchased", "(250,000)", "(300,000)"],
    ["Shares issued under stock plans", "61,300", "108,250"],
    ["Balance at end of the year", "8,021,700", "8,210,400"],
], "NOTES (in thousands, except share data)\nA roll forward of common shares outstanding is as follows:")

# a table of assumptions: one row a number of years, its unit said only in its parenthesis, beside amounts in thousands
YEARS_COMPANY = "Orrin Pellet Holdings"
YEARS_ROW = _table([
    ["", "2019", "2018"],
    ["Discount rate", "3.1%", "3.8%"],
    ["Average remaining service period (years)", "12.4", "11.8"],
    ["Benefit obligation", "1,240", "1,180"],
], "Actuarial assumptions and the benefit obligation (in thousands) were as follows:")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder: Path = tmp_path_factory.mktemp("row_changes")
    con = connect(folder / "s.duckdb")
    for name, text, company in (("amortization.txt", AMORTIZATION, COMPANY), ("returns.txt", ROLL_FORWARD, ROLL_COMPANY),
                                ("parts.txt", PARTS, PARTS_COMPANY), ("quarter_roll.txt", QUARTER_ROLL,
                                                                      QUARTER_ROLL_COMPANY),
                                ("two_rolls.txt", TWO_ROLLS, TWO_ROLLS_COMPANY), ("long.txt", LONG_ROW, LONG_COMPANY),
                                ("shares_roll.txt", SHARES_ROLL, SHARES_ROLL_COMPANY),
                                ("years.txt", YEARS_ROW, YEARS_COMPANY)):
        (path := folder / name).write_text(text)
        ingest(con, [path], company=company)
    con.close()
    eng = Engine(folder / "s.duckdb")
    yield eng
    eng.close()


def _ask(engine: Engine, question: str, company: str = COMPANY):
    answer, _ = engine.ask(f"{company}: {question}", Context())
    return answer


@pytest.mark.parametrize("question", [
    'How much less did the company spend on "licensed patents" in 2018 than 2019?',
    "How much more did the company spend on licensed patents in 2019 than in 2018?",
    "How much higher was licensed patents in 2019 than in 2018?",
])
def test_how_much_more_or_less_in_one_year_than_another_is_the_gap_between_them(engine: Engine, question: str) -> None:
    """'How much less ... in 2018 than 2019': how far apart the two years' figures are, which is larger said in words
    (it was refused: 'less than' was read as words of a row's name)."""
    answer = _ask(engine, question)
    assert answer.status == "answered" and answer.value == pytest.approx(105e6)
    assert "higher" in answer.text and "$912" in answer.text and "$807" in answer.text


@pytest.mark.parametrize("question", [
    "How much more was spent on licensed patents than on customer lists in 2019?",  # one year: no gap of two years
    "How much more did licensed patents grow in 2019 than in 2018?",  # two growths compared, not the two figures
    "How much more did licensed patents increase in 2019 than in 2018?",
])
def test_a_comparison_of_other_things_is_no_gap_of_the_two_years_figures(engine: Engine, question: str) -> None:
    answer = _ask(engine, question)
    assert answer.value != pytest.approx(105e6)


@pytest.mark.parametrize("question,value", [
    ("What is the difference between returns allowance end of period and returns allowance beginning of period in "
     "2019?", 1_795_000),  # 8,205 - 6,410
    ("What is returns allowance end of period minus returns allowance, beginning of period in 2017?", 4_772_000),
])
def test_the_difference_between_two_rows_one_company_prints_is_of_those_rows(engine: Engine, question: str,
                                                                            value: float) -> None:
    """'The difference between A and B in 2019' of two rows only this company prints: each part read of the company
    (read without it, neither named a figure and the question fell to one row's change against the year before: the
    two opening balances' gap, a figure never asked for)."""
    answer = _ask(engine, question, ROLL_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(value)
    assert "$8,205" in answer.text or "$6,502" in answer.text


def test_a_row_whose_name_joins_two_words_with_and_is_one_figure(engine: Engine) -> None:
    """'The difference between the Restructuring costs and other reserves in 2019 and 2018': the row's change, never
    the difference of a 'restructuring costs' figure and an 'other reserves in 2019' one (refused as such)."""
    answer = _ask(engine, "What is the difference between the Restructuring costs and other reserves in 2019 and 2018?")
    assert answer.status == "answered" and answer.value == pytest.approx(7e6)


@pytest.mark.parametrize("question,value", [
    ("What is the difference in returns allowance from beginning to end of period 2019?", 1_795_000),
    ("What was the change in the returns allowance from the beginning to the end of 2017?", 4_772_000),  # 6,502 - 1,730
    ("What was the change in the returns allowance for 2019?", 1_795_000),  # no row named so: the year's movement
])
def test_a_balance_from_beginning_to_end_of_a_year_is_its_closing_row_less_its_opening_row(
        engine: Engine, question: str, value: float) -> None:
    """A roll-forward's movement over one year: its closing row less its opening row, both of that year's column (it
    was refused: 'beginning' was read as a word of a row's name and neither row was taken)."""
    answer = _ask(engine, question, ROLL_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(value)
    assert "end of period" in answer.text and "beginning of period" in answer.text


def test_a_movement_of_rows_with_no_opening_and_closing_balance_is_not_answered(engine: Engine) -> None:
    answer = _ask(engine, "What was the change in the additions from the beginning to the end of 2019?", ROLL_COMPANY)
    assert answer.value is None


@pytest.mark.parametrize("question,value", [
    ("What is the difference between depreciation and amortization in 2019?", 215_000),  # 260 - 45, never 305 - 280
    ("What is the difference between depreciation and amortization in 2018?", 200_000),
    ("What is the difference between depreciation and amortization in 2019 and 2018?", None),  # A - B or the joint
])  # row's change: not told
def test_the_difference_between_two_parts_printed_as_rows_is_their_gap(engine: Engine, question: str,
                                                                       value: float | None) -> None:
    """'The difference between depreciation and amortization in 2019' where 'Depreciation' and 'Amortization' are rows
    of their own above 'Depreciation and amortization': the first less the second, never the joint row's change over a
    year not asked (it was answered so, $25,000 in the review's table)."""
    answer = _ask(engine, question, PARTS_COMPANY)
    if value is None:
        assert answer.value is None, answer.text
    else:
        assert answer.status == "answered" and answer.value == pytest.approx(value), answer.text


@pytest.mark.parametrize("question,value", [
    ("How much more was revenue in 2019 than net income in 2018?", None),  # two figures: never net income's own gap
    ("How much more was revenue in 2019 than in 2018 and 2017 combined?", None),  # a sum on one side
    ("How much more was revenue in 2019 and 2018 than in 2017?", None),  # two periods on one side
    ("How much more was revenue in 2019 than in 2018?", 230_000),  # near miss: one figure, two years
    ("How much less was net income in 2019 than it was in 2018?", 20_000),
])
def test_a_gap_between_years_names_one_figure_and_one_period_each_side(engine: Engine, question: str,
                                                                      value: float | None) -> None:
    answer = _ask(engine, question, PARTS_COMPANY)
    if value is None:
        assert answer.value is None, answer.text
    else:
        assert answer.status == "answered" and answer.value == pytest.approx(value), answer.text


@pytest.mark.parametrize("question,company", [
    ("What is the change in the service reserve from beginning to end of 2019?", QUARTER_ROLL_COMPANY),
    ("What was the change in the service reserve for 2019?", QUARTER_ROLL_COMPANY),  # 1,370 - 1,020 was given
    ("What is the change in the balance from beginning to end of 2019?", TWO_ROLLS_COMPANY),  # which table's?
    ("What was the change in the balance for 2019?", TWO_ROLLS_COMPANY),
])
def test_a_roll_forward_movement_comes_from_one_column_of_one_table(engine: Engine, question: str,
                                                                   company: str) -> None:
    """A year's movement is the closing row less the opening row of one column: a roll-forward of quarter columns
    holds no opening at the year's start (the prior year's quarter opening was subtracted), and two roll-forwards of
    one row's names give two movements: neither answered, never one picked."""
    answer = _ask(engine, question, company)
    assert answer.value is None and "computed" not in answer.text, answer.text  # (a figure of unstated unit is given
    # in the text alone)


def test_property_bought_under_finance_leases_is_no_capital_expenditure() -> None:
    """A supplemental cash-flow table's 'Purchases of property and equipment under finance leases' is a non-cash
    disclosure: never the capital expenditures (it was read as them, and the row asked by its own name was refused)."""
    text = _table([
        ["", "2019", "2018"],
        ["Purchases of property and equipment", "(412.6)", "(388.0)"],
        ["Non-cash investing and financing activities:", "", ""],
        ["Purchases of property and equipment under finance leases and capital leases", "81.3", "57.8"],
        ["Purchases of property and equipment, finance leases", "12.4", "9.9"],
        ["Purchases of property and equipment in accrued liabilities", "31.0", "22.5"],
    ], "Supplemental cash flow information for the years ended December 31 (in millions):")
    metrics = {(f.label, canonical_metric(f.label, f.section, f.unit))
               for f in parse_text("t.txt", text, excerpt=True).figures if f.source == "table"}
    assert ("Purchases of property and equipment", "capex") in metrics
    assert len({label for label, _ in metrics}) == 4
    assert not any(m == "capex" for label, m in metrics if label != "Purchases of property and equipment")


@pytest.mark.parametrize("question", [
    "What is the percentage change in returns allowance from beginning to end of 2019?",
    "What is the percentage difference between returns allowance end of period and returns allowance beginning of "
    "period in 2019?",
])
def test_a_relative_comparison_of_two_rows_is_never_their_gap_as_an_amount(engine: Engine, question: str) -> None:
    """A percentage asked of two rows' comparison: the amount between them answers another question (it was given)."""
    assert _ask(engine, question, ROLL_COMPANY).value is None


def test_a_row_named_at_length_is_asked_by_its_whole_name(engine: Engine) -> None:
    """A row of a note's table named in 97 letters, asked by every word of it: its change (it was refused — no label
    over 80 letters was askable)."""
    answer = _ask(engine, "What was the percentage change in equipment acquired under finance leases, sale-leaseback "
                          "arrangements and vendor financing programs between 2018 and 2019?", LONG_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(28.0), answer.text


def test_a_long_row_is_not_named_by_its_last_words(engine: Engine) -> None:
    """Near miss: 'vendor financing programs' are the long row's last words, not its name — never its change (a row's
    first words still name it where no other row begins so, as of any label)."""
    answer = _ask(engine, "What was the percentage change in vendor financing programs between 2018 and 2019?",
                  LONG_COMPANY)
    assert answer.value != pytest.approx(28.0), answer.text


def test_an_opening_balance_under_year_end_dates_is_the_close_of_the_year_before(engine: Engine) -> None:
    """'Balance at beginning of the year' under 'As of December 31, | 2019 | 2018': each column rolls one year, so its
    opening stands at the column a year before (the row was left unread: a date column names no span to begin)."""
    answer = _ask(engine, "What was the change in the balance at beginning of the year between 2018 and 2019?",
                  SHARES_ROLL_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(-191_750), answer.text
    assert "8,210,400" in answer.text and "8,402,150" in answer.text


@pytest.mark.parametrize("header,read", [
    (["", "December 31, 2019", "December 31, 2018"], True),
    (["", "June 30, 2019", "December 31, 2018"], False),  # a half year and a year: whose opening, unsure
    (["", "December 31, 2019", "December 31, 2017"], False),  # two years apart: the column rolls two years
])
def test_an_opening_balance_under_dates_is_read_only_where_the_dates_are_a_year_apart(header: list[str],
                                                                                   read: bool) -> None:
    text = _table([header, ["Balance at beginning of the year", "820", "760"], ["Charged to expense", "95", "130"],
                   ["Balance at end of the year", "675", "820"]], "Allowance for doubtful accounts (in thousands).")
    opening = [f for f in parse_text("t.txt", text, excerpt=True).figures if f.label.startswith("Balance at beginning")]
    assert bool(opening) == read
    if read:
        assert {(f.value, f.period.end.year, f.period.months) for f in opening} == {(820e3, 2018, 0), (760e3, 2017, 0)}


def _share_rows(heading: str) -> dict[str, tuple[float, str]]:
    text = _table([
        ["", "2019", "2018"],
        ["Net profit for the year", "166,000", "120,500"],
        [heading, "", ""],
        ["Weighted average number of shares outstanding", "74.0", "73.1"],
        ["Dividends paid to shareholders", "12,400", "11,900"],
    ], "EARNINGS PER SHARE (in thousands of US dollars)")
    return {f.label: (f.value, f.unit) for f in parse_text("t.txt", text, excerpt=True).figures
            if f.source == "table" and f.period.end.year == 2019}


def test_a_row_heading_naming_the_scale_of_shares_scales_the_counts_below_it() -> None:
    """'| Million shares | | |' over 'Weighted average number of shares outstanding | 74.0': 74 million shares (the
    counts were given as printed, their unit said to be unstated); the amounts below keep the table's scale."""
    rows = _share_rows("Million shares")
    assert rows["Weighted average number of shares outstanding"] == (74e6, "shares")
    assert rows["Dividends paid to shareholders"] == (12.4e6, "USD")


@pytest.mark.parametrize("heading", ["Shares", "Million shares issued under the plan"])
def test_a_row_heading_of_shares_stating_no_scale_alone_scales_nothing(heading: str) -> None:
    """Near miss: a heading of shares that is no scale alone ('Shares', a sentence that starts with one) leaves the
    counts in the table's scale, as before."""
    assert _share_rows(heading)["Weighted average number of shares outstanding"] == (74_000.0, "shares")


def test_a_row_of_years_is_a_number_of_years_asked_by_its_words(engine: Engine) -> None:
    """'Average remaining service period (years) | 12.4': 12.4 years, never $12,400 in the table's thousands, and asked
    by its words without the parenthesis (it was stored as dollars, and no question could name it)."""
    answer = _ask(engine, "What was the percentage change in the average remaining service period between 2018 and "
                          "2019?", YEARS_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(5.08, abs=0.01), answer.text
    answer = _ask(engine, "What was the average remaining service period in 2019?", YEARS_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(12.4), answer.text
    assert "12.4" in answer.text and "$" not in answer.text.split("[")[0]


def test_the_amounts_beside_a_row_of_years_keep_the_tables_scale(engine: Engine) -> None:
    """Near miss: the row of money below it is in thousands, as before."""
    answer = _ask(engine, "What was the benefit obligation in 2019?", YEARS_COMPANY)
    assert answer.status == "answered" and answer.value == pytest.approx(1_240_000), answer.text



@pytest.mark.parametrize("corner,value,unit", [
    ("All figures in USD \u2018000", 163_000.0, "USD"),  # the scale in the corner cell, an opening curly quote
    ("All figures in USD \u2019000", 163_000.0, "USD"),
    ("Amounts in EUR\u2018000s", 163_000.0, "EUR"),  # thousands of euros, never dollars
    ("All figures in USD", 163.0, "USD"),  # near miss: a currency and no scale — as printed
])
def test_a_corner_cell_stating_thousands_with_a_curly_quote_scales_the_table(tmp_path: Path, corner: str, value: float,
                                                                            unit: str) -> None:
    """"All figures in USD ‘000" over the accrued liabilities, read from a file as ingest reads it: thousands of dollars
    (the cells were read as printed, their unit said to be unstated — only a straight quote was read as a scale's)."""
    text = _table([[corner, "2019", "2018"], ["Accrued interest", "163", "1,598"], ["Accrued expenses", "11,569", "7,362"]],
                  "ACCRUED LIABILITIES")
    (path := tmp_path / "accrued.txt").write_text(text)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [path], company="Tamsel Brook Holdings")
    rows = con.execute("SELECT value, unit FROM facts WHERE label = 'Accrued interest' AND year(period_end) = 2019 "
                       "AND source = 'table'").fetchall()
    con.close()
    assert rows == [(value, unit)]
