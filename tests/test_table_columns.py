"""Tables whose columns are no periods (segments, places, classes, measures, maturity buckets): read at
the one period their heading states, each figure qualified by its column's heading — or not read at all.
The tables are built here, small pipe tables as a wire copy or an annual-report excerpt prints them."""
from __future__ import annotations

from datetime import date

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text
from parsers.periods import Period

FY19 = Period(date(2019, 12, 31), 12)


def _table(rows: list[list[str]], after: str = "The table shows the amounts.") -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


def _figures(text: str) -> list:
    return [f for f in parse_text("t.txt", text, excerpt=True).figures if f.source == "table"]


SEGMENTS = _table([["Year Ended December 31, 2019", "Americas", "Ardent", "Total"], ["", "(in millions)", "", ""],
                   ["Net revenues", "$2,000", "$1,500", "$3,500"], ["Segment operating income", "$500", "$400", "$900"]])


def test_segment_columns_under_a_titled_year_are_that_years_segment_figures() -> None:
    got = {(f.label, f.geo, f.product, f.value) for f in _figures(SEGMENTS) if f.period == FY19}
    assert got == {("Net revenues", "Americas", "", 2_000e6), ("Net revenues", "", "Ardent", 1_500e6),
                   ("Net revenues", "", "", 3_500e6), ("Segment operating income", "Americas", "", 500e6),
                   ("Segment operating income", "", "Ardent", 400e6), ("Segment operating income", "", "", 900e6)}


def test_questions_reach_the_column_and_the_total_stays_the_companys(tmp_path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(SEGMENTS)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [path], company="Kavel Holdings")
    con.close()
    engine = Engine(tmp_path / "s.duckdb")

    def ask(q: str) -> float | None:
        answer, _ = engine.ask(f"Kavel Holdings: {q}", Context())
        return answer.value if answer.status == "answered" else None

    assert ask("What were net revenues for Americas in 2019?") == 2_000e6
    assert ask("What was the segment operating income of Ardent in 2019?") == 400e6
    assert ask("What were net revenues in 2019?") == 3_500e6  # never a segment's, never their sum twice


def test_a_row_heading_dates_the_rows_below_it() -> None:
    text = _table([["(in thousands)", "Carrying amount", "Fair value"], ["As at 31 December 2019", "", ""],
                   ["Senior notes", "1,200", "1,250"], ["As at 31 December 2018", "", ""], ["Senior notes", "1,100", "1,080"]])
    got = {(f.label, f.product, f.period, f.value) for f in _figures(text)}
    y19, y18 = Period(date(2019, 12, 31), 0), Period(date(2018, 12, 31), 0)
    assert got == {("Senior notes", "Carrying amount", y19, 1_200e3), ("Senior notes", "Fair value", y19, 1_250e3),
                   ("Senior notes", "Carrying amount", y18, 1_100e3), ("Senior notes", "Fair value", y18, 1_080e3)}


def test_a_table_whose_period_is_not_stated_stays_unread() -> None:
    text = _table([["", "", "Payments Due by Period", ""], ["", "Total", "Less than 1 year", "1-3 years"],
                   ["Operating lease obligations", "$167.1", "$49.0", "$68.4"]])
    assert _figures(text) == []


def test_headings_a_question_cannot_name_stay_unread() -> None:
    """'Level 1 | Level 2': 'level' is a word questions drop, so 'the level 1 X' would be answered with the total."""
    text = _table([["December 31, 2019", "Level 1", "Level 2", "Total"], ["Money market funds", "100", "50", "150"]])
    assert _figures(text) == []


def test_two_years_in_the_title_give_no_period() -> None:
    text = _table([["Years ended December 31, 2019 and 2018", "Americas", "Ardent"], ["Net revenues", "2,000", "1,500"]])
    assert _figures(text) == []


def test_period_headings_not_understood_are_no_classes() -> None:
    text = _table([["December 31, 2019", "Three Months Ended", "Nine Months Ended"], ["Net revenues", "2,000", "6,500"]])
    assert all(not f.product and not f.geo for f in _figures(text))


def test_measures_paired_under_each_date() -> None:
    text = _table([["(in thousands)", "June 1, 2019", "", "June 2, 2018", ""],
                   ["", "Carrying Value", "Fair Value", "Carrying Value", "Fair Value"], ["Note payable", "1,283", "1,309", "4,750", "4,732"]])
    got = {(f.product, f.period, f.value) for f in _figures(text)}
    d19, d18 = Period(date(2019, 6, 1), 0), Period(date(2018, 6, 2), 0)
    assert got == {("Carrying Value", d19, 1_283e3), ("Fair Value", d19, 1_309e3), ("Carrying Value", d18, 4_750e3),
                   ("Fair Value", d18, 4_732e3)}


def test_a_year_over_its_pair_of_places() -> None:
    """'| | 2019 | | 2018 | |' over 'United States | Foreign' twice: a Markdown copy's colspan as empty cells."""
    text = _table([["($ in millions)", "2019", "", "2018", ""], ["", "United States", "Foreign", "United States", "Foreign"],
                   ["Benefit obligation", "55.3", "44.0", "50.8", "39.1"]])
    got = {(f.geo, f.period.end.year, f.value) for f in _figures(text)}
    assert got == {("United States", 2019, 55.3e6), ("Foreign", 2019, 44.0e6), ("United States", 2018, 50.8e6),
                   ("Foreign", 2018, 39.1e6)}


def test_class_columns_of_a_table_that_states_no_scale_stay_unread() -> None:
    """Its scale would be guessed from another table: a segment's costs at the wrong size."""
    text = _table([["For the three months ended December 31, 2024", "Ardent", "Brisco", "Total"],
                   ["Cost of sales", "(10)", "(368)", "(378)"]])
    assert _figures(text) == []


def test_a_count_in_thousands_is_no_amount_of_a_class() -> None:
    text = _table([["(Square feet in thousands)", "Office", "Retail"], ["Three Months Ended December 31, 2024", "", ""],
                   ["Total square feet leased", "583", "50"]])
    assert _figures(text) == []


def test_a_year_is_not_spread_over_a_translation_column() -> None:
    """'2018 | 2019' over 'NT$ | NT$ | US$': the US$ column is a convenience translation, never a second 2019."""
    text = _table([["", "", "Years ended December 31,", ""], ["", "2018", "2019", ""], ["", "NT$", "NT$", "US$"],
                   ["", "", "(in thousands)", ""], ["Audit fees", "52,794", "62,040", "2,074"]])
    got = {(f.period.end.year, f.value) for f in _figures(text)}
    assert got == {(2018, 52_794e3), (2019, 62_040e3)}


def test_a_unit_in_parentheses_after_the_period_is_the_tables_scale() -> None:
    text = _table([["FY 2024 (\u20acm)", "Europe", "North America", "Group"], ["Sales", "9,551", "8,462", "19,285"]])
    got = {(f.geo, f.value) for f in _figures(text) if f.period == Period(date(2024, 12, 31), 12)}
    assert got == {("Europe", 9_551e6), ("North America", 8_462e6), ("", 19_285e6)}


def test_a_ratio_column_leaves_the_table_unread() -> None:
    """A ratio printed without its '%' beside amounts would be read as an amount in thousands."""
    text = _table([["Year ended December 31, 2024", "Net Earned Premiums", "Losses Incurred", "Net Loss Ratio"],
                   ["(In thousands)", "", "", ""], ["Automobile", "239,964", "138,517", "57.7"]])
    assert _figures(text) == []
