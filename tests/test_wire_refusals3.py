"""Refusals of the hand-checked question sets fixed by class (third pass), each on a release written here: a margin
row that says in parentheses what it is a percent of ("Adjusted EBITDA margin (as a % of revenues)"); a business
line's heading that ends in a metric's term ("Rotor Parts Sales") whose bullets say "this segment", and a follow-up
that names that line whole ("and Rotor Parts Sales?", no company of that name); rows of one
per-share metric told apart by a word or two ("... - Basic", "Core ... - Diluted") that a question says; a quarter's
change a sentence states against the quarter before ("an increase of 6.7% sequentially"); an outlook table's column of
preliminary results beside the guidance once given for the same period; an 'Ending cash and cash equivalents' row under
a quarter's column, the balance at the quarter's end, and the EBITDA margin worked out from EBITDA and revenue where
none is printed; 'Total income and other revenues', a statement's top line. Every
company and figure here is invented."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from tests.built_releases import ask_in_turn, engine_over

DEFINED_MARGIN = """Sorrento Relay SA: First Half 2024-25 Results

PARIS, February 14, 2025 -- Sorrento Relay SA (Euronext Paris: SRLY) today reported results for the first half of \
its fiscal year 2024-25, the six months ended December 31, 2024. The fiscal year ends June 30, 2025.

The Adjusted EBITDA margin is the ratio of Adjusted EBITDA to revenues. It is calculated as follows:

```
 Six months ended December 31 (EUR millions)   2023   2024
=============================================  =====  =====
 Adjusted EBITDA                               210.4  198.6
 Revenues                                      401.2  412.5
=============================================  =====  =====
 Adjusted EBITDA margin (as a % of revenues)   52.4   48.1
 Net debt (as a % of equity)                   71.3   69.9
---------------------------------------------  -----  -----
```
"""

SEGMENT_SALES = """Kestrel Aero Holdings Reports Third Quarter Fiscal 2025 Results

DENVER, February 10, 2025 -- Kestrel Aero Holdings, Inc. (NASDAQ: KSTA) today reported results for its third fiscal \
quarter ended December 31, 2024. The fiscal year ends March 31, 2025.

* Revenues totaled $61.2 million for the quarter ended December 31, 2024, an increase of $5.1 million, or 9% from the \
prior year's comparable quarter.

**Business Segment Results**

Harbor Freight Logistics

* This segment provides overnight delivery services.
* Revenues for this segment increased 4% to $22.4 million in the quarter ended December 31, 2024, compared to $21.5 \
million in the prior year's comparable quarter.

Rotor Parts Sales ("RPS")

* This segment manufactures and sells rotor blades and spare parts.
* Revenues for this segment totaled $14.5 million for the quarter ended December 31, 2024, up 25% when compared to \
revenue of $11.6 million in the previous year's third fiscal quarter.
* As of December 31, 2024, this segment's order backlog was $9.3 million versus $7.0 million as of December 31, 2023.

Adjusted EBITDA

* Adjusted EBITDA was $7.7 million for the quarter ended December 31, 2024, compared to $6.9 million in the prior \
year's comparable quarter.
"""

TOLD_APART = """Halvard Net Lease Realty Reports Fourth Quarter and Full Year 2024 Results

OMAHA, February 11, 2025 -- Halvard Net Lease Realty, Inc. (NYSE: HNLR) today reported results for the fourth quarter \
and full year ended December 31, 2024.

Reconciliation of Net Income to Funds from Operations (in thousands, except per share data)

| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 | Year Ended December 31, 2024 | Year Ended December 31, 2023 |
| --- | --- | --- | --- | --- |
| Net income | 41,200 | 38,900 | 160,400 | 151,100 |
| Funds from Operations Per Common Share and OP Unit - Basic | $ 1.12 | $ 1.05 | $ 4.41 | $ 4.20 |
| Funds from Operations Per Common Share and OP Unit - Diluted | $ 1.11 | $ 1.04 | $ 4.37 | $ 4.18 |
| Core Funds from Operations Per Common Share and OP Unit - Basic | $ 1.19 | $ 1.10 | $ 4.66 | $ 4.45 |
| Core Funds from Operations Per Common Share and OP Unit - Diluted | $ 1.18 | $ 1.09 | $ 4.62 | $ 4.43 |
"""

SEQUENTIAL = """Quillon Semiconductor Reports Fourth Quarter 2024 Results

HSINCHU, February 13, 2025 -- Quillon Semiconductor Ltd. (NASDAQ: QLSM) today reported results for the fourth quarter \
ended December 31, 2024.

Quillon net revenues registered $88.4 million, an increase of 5.3% sequentially, exceeding the guidance range, and up \
2.1% year-over-year.

Gross profit was $31.0 million, up 3.0% from the fourth quarter of 2023.

Full year 2024 revenues were $330.5 million, an increase of 1.2% sequentially.
"""

PRELIMINARY = """Brindle Resale Announces Preliminary Fourth Quarter and Full Year 2024 Results

SAN FRANCISCO, February 10, 2025 -- Brindle Resale, Inc. (NASDAQ: BRDL) today announced preliminary results for the \
fourth quarter and full year ended December 31, 2024.

Gross Merchandise Value (GMV) and Adjusted EBITDA for the fourth quarter and full year are expected to exceed \
previously issued guidance ranges, as outlined in the table below.

|  | Q4 2024 Preliminary Results | Prior Q4 2024 Guidance |
| --- | --- | --- |
| GMV | $412.5 million | $400.0 - $410.0 million |
| Total Revenue | $140.1 - $141.1 million | $138.0 - $142.0 million |

|  | FY 2024 Preliminary Results | Prior FY 2024 Guidance |
| --- | --- | --- |
| GMV | $1.512 billion | $1.490 - $1.505 billion |
| Total Revenue | $520.4 - $521.4 million | $515 - $522 million |
"""

ENDING = """Tamsin Gold Corp. Reports First Quarter Fiscal 2025 Results

TORONTO, February 12, 2025 -- Tamsin Gold Corp. (TSX: TMSN) today reported results for its first fiscal quarter \
ended December 31, 2024. The fiscal year ends September 30, 2025. All amounts are in US dollars.

```
                                 Q1 FY2025  Q4 FY2024  Q1 FY2024
Financial Performance(in 000's,
except per share amounts)
Revenue                            $18,210    $22,450    $15,930
EBITDA                              $5,010     $7,240     $3,305
Operating cash flows                $2,104     $6,310     ($185)
Closing costs                         $412       $377       $290
Ending cash and cash
 equivalents                       $27,540    $25,870     $4,120
Capital expenditures                $2,980     $3,105     $2,011
```
"""

TOP_LINE = """Corvid Royalty plc Reports Fourth Quarter and Full Year 2024 Results

NEW YORK, February 11, 2025 -- Corvid Royalty plc (NASDAQ: CRVD) today reported results for the fourth quarter and \
full year ended December 31, 2024.

Corvid Royalty plc Condensed Consolidated Statements of Operations

|  | Three Months Ended December 31, | | Twelve Months Ended December 31, | |
| --- | --- | --- | --- | --- |
| ($ in millions) | 2024 | 2023 | 2024 | 2023 |
| Income and other revenues | | | | |
| Income from financial royalty assets | $ 271 | $ 250 | $ 1,040 | $ 990 |
| Other royalty income and revenues | 19 | 24 | 66 | 71 |
| Total income and other revenues | 290 | 274 | 1,106 | 1,061 |
| Total other income | 12 | 9 | 41 | 30 |
| Operating income | 171 | 160 | 630 | 601 |
| Net income | 118 | 109 | 437 | 410 |
"""

RELEASES = {"sorrento_h1.md": DEFINED_MARGIN, "kestrel_q3.md": SEGMENT_SALES, "halvard_q4.md": TOLD_APART,
            "quillon_q4.md": SEQUENTIAL, "brindle_prelim.md": PRELIMINARY, "tamsin_q1.md": ENDING,
            "corvid_q4.md": TOP_LINE}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    with engine_over(tmp_path_factory.mktemp("wire_refusals3"), RELEASES) as e:
        yield e


@pytest.mark.parametrize("question", ["Sorrento Relay adjusted EBITDA margin H1 2024-25", "Sorrento Relay adjusted EBITDA margin"])
def test_a_margin_row_defined_as_a_percent_of_revenues_is_the_margin(engine, question):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.unit == "percent" and a.value == pytest.approx(48.1), a.text
    assert a.citations[0].line == DEFINED_MARGIN.splitlines().index(
        next(line for line in DEFINED_MARGIN.splitlines() if "margin (as a %" in line)) + 1


def test_a_percent_of_another_base_is_no_margin(engine):
    """Near miss: 'Net debt (as a % of equity)' beside the margin is no margin and no debt figure in euros."""
    a = engine.ask("Sorrento Relay net debt H1 2024-25")[0]
    assert a.value != pytest.approx(69.9), a.text
    b = engine.ask("Sorrento Relay operating margin H1 2024-25")[0]
    assert b.value not in (pytest.approx(48.1), pytest.approx(69.9)), b.text


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


@pytest.mark.parametrize("question,value,unit", [
    ("Kestrel Rotor Parts Sales revenue Q3 fiscal 2025", 14_500_000, "USD"),
    ("Kestrel Rotor Parts Sales revenue growth Q3 fiscal 2025", 25.0, "percent"),
    ("Kestrel Rotor Parts Sales backlog December 31 2024", 9_300_000, "USD"),
])
def test_a_line_heading_ending_in_a_metric_term_names_the_segment_its_bullets_say(engine, question, value, unit):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.unit == unit and a.value == pytest.approx(value), a.text
    assert a.citations[0].line in (_line_of(SEGMENT_SALES, "totaled $14.5"), _line_of(SEGMENT_SALES, "backlog was"))


def test_the_company_figures_stay_the_companys(engine):
    """Near misses: the company's revenue is never the segment's, and a heading that is only a metric's name
    ('Adjusted EBITDA') names no business line."""
    a = engine.ask("Kestrel revenue Q3 fiscal 2025")[0]
    assert a.status == "answered" and a.value == pytest.approx(61_200_000), a.text
    b = engine.ask("Kestrel adjusted EBITDA Q3 fiscal 2025")[0]
    assert b.status == "answered" and b.value == pytest.approx(7_700_000) and not b.segment, b.text
    c = engine.ask("Kestrel Adjusted EBITDA segment revenue Q3 fiscal 2025")[0]
    assert c.value not in (pytest.approx(14_500_000), pytest.approx(22_400_000)), c.text


@pytest.mark.parametrize("question,value,words", [
    ("Halvard diluted FFO per share full year 2024", 4.37, "Operations Per Common Share and OP Unit - Diluted"),
    ("Halvard core FFO per diluted share 2024", 4.62, "Core Funds from Operations Per Common Share and OP Unit - Diluted"),
    ("Halvard core FFO per diluted share Q4 2024", 1.18, "Core Funds from Operations Per Common Share and OP Unit - Diluted"),
])
def test_a_row_told_apart_by_the_words_a_question_says_is_the_one_asked(engine, question, value, words):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
    lines = TOLD_APART.splitlines()
    assert lines[a.citations[0].line - 1].startswith(f"| {words}" if words.startswith("Core") else "| Funds"), a.text


@pytest.mark.parametrize("question,value,words", [
    ("Halvard FFO per share 2024", 4.37, "Funds from Operations Per Common Share and OP Unit - Diluted"),
    ("Halvard core FFO per share 2024", 4.62, "Core Funds from Operations Per Common Share and OP Unit - Diluted"),
])
def test_rows_told_apart_only_by_their_dilution_give_the_diluted_one(engine, question, value, words):
    """A question that says no dilution word, of rows told apart by it alone: the diluted row, as a plain EPS question
    gets diluted EPS (tests/test_refusals_answered.py) — cited, so its line says which; never the basic row, and never
    another measure's ('FFO per share' is not core FFO's)."""
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
    lines = TOLD_APART.split("\n")
    assert lines[a.citations[0].line - 1].startswith(f"| {words}"), a.text


@pytest.mark.parametrize("question", ["Quillon sequential revenue growth Q4 2024", "Quillon revenue growth vs prior quarter"])
def test_a_change_stated_against_the_quarter_before_answers_the_sequential_change(engine, question):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.unit == "percent" and a.value == pytest.approx(5.3), a.text
    assert a.citations[0].line == _line_of(SEQUENTIAL, "sequentially, exceeding"), a.text


def test_a_sequential_change_is_never_the_years_nor_anothers(engine):
    """Near misses: the year's change stays the year's; a change stated against a year ago answers no sequential
    question; the quarter before's figure is not made up from the change; a year has no quarter before."""
    a = engine.ask("Quillon revenue growth Q4 2024")[0]
    assert a.status == "answered" and a.value == pytest.approx(2.1), a.text
    b = engine.ask("Quillon sequential gross profit growth Q4 2024")[0]
    assert b.value is None, b.text
    c = engine.ask("Quillon revenue Q3 2024")[0]
    assert c.value is None, c.text
    d = engine.ask("Quillon revenue growth 2024")[0]
    assert d.value != pytest.approx(1.2), d.text


@pytest.mark.parametrize("question,value,words", [
    ("Brindle Resale GMV Q4 2024", 412_500_000, "| GMV | $412.5 million"),
    ("Brindle Resale gross merchandise value full year 2024", 1_512_000_000, "| GMV | $1.512 billion"),
])
def test_preliminary_results_beside_the_guidance_once_given_are_the_periods_actuals(engine, question, value, words):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
    assert a.citations[0].line == _line_of(PRELIMINARY, words), a.text


def test_the_old_guidance_and_a_preliminary_range_give_no_figure(engine):
    """Near misses: the guidance once given for the quarter is no figure of it, and a preliminary range is no one
    figure: revenue is not answered, nor is either end of a range given as the quarter's GMV."""
    a = engine.ask("Brindle Resale revenue Q4 2024")[0]
    assert a.value is None, a.text
    b = engine.ask("Brindle Resale GMV guidance Q4 2024")[0]
    assert b.value not in (pytest.approx(400_000_000), pytest.approx(410_000_000)), b.text


@pytest.mark.parametrize("question,value", [
    ("Tamsin Gold cash and cash equivalents December 31 2024", 27_540_000),
    ("Tamsin Gold cash September 30 2024", 25_870_000),
])
def test_an_ending_balance_under_a_quarters_column_is_the_balance_at_its_end(engine, question, value):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
    assert a.period in ("2024-12-31", "2024-09-30"), a.text


def test_an_ending_word_before_a_flow_makes_no_balance(engine):
    """Near misses: 'Closing costs' stays a flow of the quarter, never cash at a date; no cash for a date no column
    ends on."""
    a = engine.ask("Tamsin Gold closing costs Q1 FY2025")[0]
    assert a.value in (None, pytest.approx(412_000)) and a.period != "2024-12-31", a.text
    b = engine.ask("Tamsin Gold cash March 31 2024")[0]
    assert b.value is None, b.text


@pytest.mark.parametrize("question,value", [("Corvid Royalty revenue Q4 2024", 290_000_000),
                                            ("Corvid Royalty revenue 2024", 1_106_000_000),
                                            ("Corvid Royalty total income and other revenues Q4 2024", 290_000_000)])
def test_total_income_and_other_revenues_is_the_top_line(engine, question, value):
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
    assert a.citations[0].line == _line_of(TOP_LINE, "| Total income and other revenues"), a.text


def test_other_income_is_no_revenue(engine):
    """Near miss: 'Total other income' below the top line is no revenue, and no part of it is the total's."""
    a = engine.ask("Corvid Royalty other income Q4 2024")[0]
    assert a.value != pytest.approx(290_000_000), a.text
    b = engine.ask("Corvid Royalty revenue Q4 2024")[0]
    assert b.value not in (pytest.approx(12_000_000), pytest.approx(271_000_000)), b.text


def test_a_follow_up_naming_a_line_whole_asks_for_its_figure(engine):
    a = ask_in_turn(engine, "Kestrel Harbor Freight Logistics revenue Q3 fiscal 2025", "and Rotor Parts Sales?")
    assert a.status == "answered" and a.value == pytest.approx(14_500_000), a.text


def test_a_follow_up_naming_no_line_held_gives_no_figure(engine):
    """Near miss: 'Rotor Parts Leasing' starts like the line held but is none: no figure, the line's least of all."""
    a = ask_in_turn(engine, "Kestrel Harbor Freight Logistics revenue Q3 fiscal 2025", "and Rotor Parts Leasing?")
    assert a.value is None, a.text


def test_an_ebitda_margin_no_release_prints_is_worked_out_from_ebitda_and_revenue(engine):
    a = engine.ask("Tamsin Gold EBITDA margin Q1 FY2025")[0]
    assert a.status == "answered" and a.unit == "percent" and a.value == pytest.approx(5_010 / 18_210 * 100, abs=0.01), a.text
    assert {c.line for c in a.citations} == {_line_of(ENDING, "EBITDA    "), _line_of(ENDING, "Revenue    ")}, a.text


def test_a_printed_margin_is_never_worked_out_again(engine):
    """Near miss: where the release prints the margin, that figure is the answer, not one worked out beside it."""
    a = engine.ask("Sorrento Relay adjusted EBITDA margin H1 2024-25")[0]
    assert a.value == pytest.approx(48.1) and len(a.citations) == 1, a.text
