"""A release written for this test (another company, a fiscal year ending in June, other words):
the parsers must read what they have never seen, and the engine must answer in other words."""
from pathlib import Path

import pytest

from chat.engine import Context, Engine
from chat.handlers.change import rounds_to
from knowledge.ingest import ingest
from knowledge.store import connect

RELEASE = Path(__file__).parent / "data" / "synthetic_fiscal_q2.txt"


def _engine_for(release: Path, tmp_path_factory) -> Engine:
    db = tmp_path_factory.mktemp(release.stem) / "s.duckdb"
    con = connect(db)
    ingest(con, [release])
    con.close()
    return Engine(db)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return _engine_for(RELEASE, tmp_path_factory)


@pytest.mark.parametrize("question,value,unit,period", [
    ("Q2 fiscal 2008 net sales", 42_312_000, "USD", "Q2 FY2008"),
    ("net sales for the three months ended December 31, 2006", 37_104_000, "USD", "Q2 FY2007"),
    ("international sales Q2 fiscal 2008", 15_200_000, "USD", "Q2 FY2008"),
    ("service revenue Q2 FY08", 6_100_000, "USD", "Q2 FY2008"),
    ("diluted EPS for the second quarter of fiscal 2008", 0.31, "USD/share", "Q2 FY2008"),
    ("basic EPS six months fiscal 2007", 0.41, "USD/share", "6M FY2007"),
    ("net income first half fiscal 2008", 8_002_000, "USD", "6M FY2008"),
    ("net income in the prior-year quarter", 3_175_000, "USD", "Q2 FY2007"),  # the latest quarter, a year back
    ("net income for the year-ago quarter", 3_175_000, "USD", "Q2 FY2007"),
    ("net income in the same quarter last year", 3_175_000, "USD", "Q2 FY2007"),
    ("diluted shares Q2 fiscal 2008", 14_210_000, "shares", "Q2 FY2008"),
    ("gross profit Q2 fiscal 2007", 16_727_000, "USD", "Q2 FY2007"),
])
def test_values_in_other_words(engine, question, value, unit, period):
    a, _ = engine.ask(question, Context())
    if value is None:
        assert a.value is None
        return
    assert (a.status, a.value, a.unit, a.period) == ("answered", value, unit, period), a.text


def test_stated_growth_and_guidance(engine):
    a, _ = engine.ask("net sales growth Q2 FY08", Context())
    assert a.value == pytest.approx(14.0, abs=0.5) and "14%" in a.text  # the stated 14%, to the computed decimals
    b, _ = engine.ask("net sales third quarter fiscal 2008", Context())
    assert b.status == "abstained" and b.value is None  # the release only expects it: never a figure


def test_a_segment_is_never_the_total(engine):
    """'Service revenue grew 22% to $6.1 million' is service revenue, not total revenue."""
    con = engine.con
    rows = con.execute("SELECT value FROM facts WHERE metric = 'revenue' AND product = '' AND geo = '' "
                       "AND period_label = 'Q2 FY2008'").fetchall()
    assert {r[0] for r in rows} == {42_312_000, 42_300_000}


ANNUAL = Path(__file__).parent / "data" / "synthetic_annual.htm"


@pytest.fixture(scope="module")
def annual(tmp_path_factory):
    return _engine_for(ANNUAL, tmp_path_factory)


@pytest.mark.parametrize("question,value,unit,period,segment", [
    ("license revenue Q4 2008", 9_812_000, "USD", "Q4 2008", "License"),
    ("Zentrix maintenance revenue 2007", 52_702_000, "USD", "FY 2007", "Maintenance and services"),
    ("total revenue 2008", 97_411_000, "USD", "FY 2008", None),
    ("revenue growth full year 2008", 11.0, "percent", "FY 2008", None),
    ("net loss per share Q4 2008", -0.05, "USD/share", "Q4 2008", None),
    ("cash at December 31, 2008", 48_300_000, "USD", "2008-12-31", None),
    ("license revenue change Q4 2008", -6.0, "percent", "Q4 2008", "License"),
    ("license share of revenue 2008", 37.2, "percent", "FY 2008", "License"),
])
def test_html_annual_release(annual, question, value, unit, period, segment):
    """Rows under a 'Revenue:' heading are lines of business; HTML cells split '(1,204' and ')'."""
    a, _ = annual.ask(question, Context())
    assert (a.status, a.unit, a.period, a.segment) == ("answered", unit, period, segment), a.text
    assert _as_stated(a.value, value, unit), a.text


BANK = Path(__file__).parent / "data" / "synthetic_bank.txt"


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    return _engine_for(BANK, tmp_path_factory)


@pytest.mark.parametrize("question,value,period", [
    ("net interest income Q4 2007", 11_191_000, "Q4 2007"),
    ("Riverbend net interest income 2007", 43_330_000, "FY 2007"),
    ("total deposits at December 31, 2007", 842_500_000, "2007-12-31"),
    ("provision for loan losses 2007", 2_100_000, "FY 2007"),
    ("noninterest expense fourth quarter 2006", 7_102_000, "Q4 2006"),  # not "interest expense"
    ("income taxes 2006", 5_762_000, "FY 2006"),  # the last column of a "Year Ended" group is a year
])
def test_rows_the_vocabulary_does_not_know(bank, question, value, period):
    a, _ = bank.ask(question, Context())
    assert (a.status, a.value, a.period) == ("answered", value, period), a.text


def test_printed_label_singular_and_without_total(bank):
    a, _ = bank.ask("deposit growth 2007", Context())
    # computed from $801.3 and $842.5 million; computed changes keep two decimals
    assert a.status == "answered" and a.value == 5.14 and a.period == "2007-12-31"


def test_unknown_figure_is_refused_as_such(bank):
    a, _ = bank.ask("efficiency ratio Q4 2007", Context())
    assert a.status == "abstained" and a.value is None and "don't hold efficiency ratio" in a.text


RETAIL = Path(__file__).parent / "data" / "synthetic_retail.txt"


@pytest.fixture(scope="module")
def retail(tmp_path_factory):
    return _engine_for(RETAIL, tmp_path_factory)


@pytest.mark.parametrize("question,value,unit,period", [
    ("net sales first quarter fiscal 2009", 212_415_000, "USD", "Q1 FY2009"),  # quarter ended May 3, 2008
    ("net sales growth Q1 FY09", -4.2, "percent", "Q1 FY2009"),
    ("comparable store sales Q1 fiscal 2009", -6.1, "percent", "Q1 FY2009"),
    ("diluted EPS Q1 fiscal 2009", -0.07, "USD/share", "Q1 FY2009"),  # printed "$(.07)"
    ("diluted EPS first quarter fiscal 2008", 0.12, "USD/share", "Q1 FY2008"),  # printed "$.12"
    ("operating income Q1 fiscal 2008", 9_374_000, "USD", "Q1 FY2008"),  # "Operating (loss) income"
    ("cash at May 3, 2008", 48_900_000, "USD", "2008-05-03"),
])
def test_retail_release_with_a_52_week_year(retail, question, value, unit, period):
    a, _ = retail.ask(question, Context())
    assert (a.status, a.unit, a.period) == ("answered", unit, period), a.text
    assert _as_stated(a.value, value, unit), a.text


def _as_stated(got: float | None, want: float, unit: str) -> bool:
    """The figure expected; a percentage the release states may come to the computed change's two decimals
    that round to it (chat/handlers/change.py), never to another figure."""
    return got == want or (unit == "percent" and got is not None and rounds_to(got, want))
