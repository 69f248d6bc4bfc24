"""Answers a review (review20) showed wrong on invented releases, each class on a release written here with its
near miss: a balance's year-over-year change against the linked quarter or the year-end, the first three quarters
of a fiscal year answered with the whole year, and every balance column of a release averaged for 'average
deposits' with no period."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Context, Engine
from chat.periods import find_periods
from knowledge.ingest import ingest
from knowledge.store import connect

BANK = """HOLLOWAY SAVINGS BANCORP REPORTS SECOND QUARTER 2025 EARNINGS

DULUTH, Minn., July 21, 2025 -- Holloway Savings Bancorp, Inc. (NASDAQ: HWSB) today reported net income of $14.4
million for the second quarter ended June 30, 2025.

(dollars in thousands)

| | Three Months Ended June 30, 2025 | Three Months Ended March 31, 2025 | Three Months Ended June 30, 2024 |
|---|---|---|---|
| Net interest income | $ 41,600 | $ 40,100 | $ 37,500 |
| Net income | 14,400 | 13,900 | 12,800 |

PERIOD-END BALANCES
(dollars in thousands)

| | June 30, 2025 | March 31, 2025 | June 30, 2024 |
|---|---|---|---|
| Total loans | $ 3,300,000 | $ 3,240,000 | $ 3,000,000 |
| Total deposits | 4,200,000 | 4,150,000 | 4,000,000 |
"""

DEVICES = """Marrowgate Instruments Reports Second Quarter 2025 Results

TUCSON, Ariz., July 29, 2025 -- Marrowgate Instruments, Inc. (NASDAQ: MRGI) today reported results for its second
quarter ended June 30, 2025.

Condensed Consolidated Balance Sheets
(In thousands)

| | June 30, 2025 | December 31, 2024 |
|---|---|---|
| Cash and cash equivalents | $ 220,000 | $ 200,000 |
| Total assets | $ 880,000 | $ 800,000 |
"""

SOFTWARE = """Quennell Software Announces Fourth Quarter and Fiscal Year 2025 Results

BOISE, Idaho, August 14, 2025 -- Quennell Software Inc. (NASDAQ: QNSW) today announced results for its fourth quarter
and fiscal year ended June 30, 2025.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 | Fiscal Year Ended June 30, 2025 | Fiscal Year Ended June 30, 2024 |
|---|---|---|---|---|
| Total revenue | $ 120,000 | $ 100,000 | $ 450,000 | $ 380,000 |
| Net income | $ 12,000 | $ 9,000 | $ 40,000 | $ 30,000 |
"""

THRIFT = """PELLWORTH FINANCIAL REPORTS SECOND QUARTER 2025 RESULTS

AKRON, Ohio, July 24, 2025 -- Pellworth Financial Corp. (NASDAQ: PLWF) today reported net income of $6.1 million for
the second quarter ended June 30, 2025.

(dollars in thousands)

| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 |
|---|---|---|
| Net interest income | $ 18,200 | $ 17,000 |
| Average deposits | 2,050,000 | 1,930,000 |

PERIOD-END BALANCES
(dollars in thousands)

| | June 30, 2025 | March 31, 2025 | June 30, 2024 |
|---|---|---|---|
| Total deposits | $ 2,100,000 | $ 2,020,000 | $ 1,950,000 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    tmp = tmp_path_factory.mktemp("review20a")
    paths = []
    for name, text in (("hwsb.md", BANK), ("mrgi.md", DEVICES), ("qnsw.md", SOFTWARE), ("plwf.md", THRIFT)):
        (path := Path(tmp) / name).write_text(text)
        paths.append(path)
    con = connect(tmp / "s.duckdb")
    ingest(con, paths)
    con.close()
    eng = Engine(tmp / "s.duckdb")
    yield eng
    eng.close()


def _ask(engine: Engine, text: str):
    answer, _ = engine.ask(text, Context())
    return answer


def _value(engine: Engine, text: str) -> float | None:
    answer = _ask(engine, text)
    return answer.value if answer.status == "answered" else None


# -- a balance's change: year over year against the same date a year earlier, sequential against the quarter end before


def test_a_balance_year_over_year_is_against_the_same_date_a_year_earlier(engine: Engine) -> None:
    """'loan growth year over year' of a bank printing June 30 2025 | March 31 2025 | June 30 2024: against June 30,
    2024 (10%), never the linked quarter printed beside it (1.9% was given)."""
    assert _value(engine, "Holloway loan growth year over year") == pytest.approx(10.0)
    assert _value(engine, "Holloway deposits YoY") == pytest.approx(5.0)
    assert _value(engine, "Holloway deposits vs a year ago") == pytest.approx(5.0)


def test_a_balance_sequential_change_is_against_the_quarter_end_before(engine: Engine) -> None:
    """The near misses: 'QoQ' and 'linked quarter' are against March 31, 2025; a flow's YoY is unchanged."""
    assert _value(engine, "Holloway deposits QoQ") == pytest.approx(1.2, abs=0.01)
    assert _value(engine, "Holloway deposits linked quarter growth") == pytest.approx(1.2, abs=0.01)
    assert _value(engine, "Holloway net interest income YoY") == pytest.approx(10.93, abs=0.01)


def test_a_balance_base_date_not_held_is_refused_never_another_date(engine: Engine) -> None:
    """A balance sheet of June 30, 2025 | December 31, 2024: 'YoY' has no June 30, 2024 and 'QoQ' no March 31, 2025
    held — refused, never the change against December 31 (10% was given for both)."""
    for text in ("Marrowgate total assets YoY", "Marrowgate cash QoQ"):
        answer = _ask(engine, text)
        assert answer.status != "answered" and answer.value is None, text


def test_a_balance_change_with_no_base_word_says_its_base(engine: Engine) -> None:
    """The near miss: 'total assets growth' names no base — the other date the balance sheet prints, said so."""
    answer = _ask(engine, "Marrowgate total assets growth")
    assert answer.value == pytest.approx(10.0)
    assert "names no base" in answer.text and "December 31, 2024" in answer.text


# -- the first three quarters of a fiscal year: a year to date, never the year


def test_first_quarters_of_a_year_are_a_year_to_date() -> None:
    """'the first three quarters of fiscal 2025', 'first two quarters of 2025', 'first half of fiscal year 2025' are
    nine and six months to date ('fiscal 2025' alone was read: the full year); 'first quarter' stays Q1."""
    def spans(text: str) -> list[tuple[str, int | None, int | None]]:
        return [(s.kind, s.year, s.months) for _, _, s in find_periods(text)]
    assert spans("revenue for the first three quarters of fiscal 2025") == [("YTD", 2025, 9)]
    assert spans("revenue first 3 quarters fy2025") == [("YTD", 2025, 9)]
    assert spans("revenue first two quarters of 2025") == [("YTD", 2025, 6)]
    assert spans("revenue first half of fiscal year 2025") == [("YTD", 2025, 6)]
    assert spans("revenue first nine months of fiscal year 2025") == [("YTD", 2025, 9)]
    assert spans("revenue first three quarters") == [("YTD", None, 9)]
    assert spans("revenue first quarter of fiscal 2025") == [("Q", 2025, None)]


def test_first_three_quarters_not_held_is_refused_never_the_year(engine: Engine) -> None:
    """A release printing only Q4 and the fiscal year: the first three quarters are not held — refused (the year's
    $450 million was given). The near miss: 'fiscal 2025' is the year."""
    for text in ("Quennell revenue for the first three quarters of fiscal 2025",
                 "Quennell net income first two quarters fiscal 2025"):
        answer = _ask(engine, text)
        assert answer.status != "answered" and answer.value is None, text
    assert _value(engine, "Quennell revenue fiscal 2025") == pytest.approx(450e6)


# -- 'average deposits' with no period: never every balance column of the release averaged


def test_average_balance_with_no_period_over_three_dates_is_asked_back(engine: Engine) -> None:
    """'average deposits' of a bank printing June 30 2025 | March 31 2025 | June 30 2024 and no average balance:
    the dates asked back (their mean, $4,116.7 million, was given). The near miss: dates named are averaged."""
    answer = _ask(engine, "Holloway average deposits")
    assert answer.value is None and "Name the dates" in answer.text
    assert _value(engine, "Holloway average deposits March 31 2025 and June 30 2025") == pytest.approx(4175e6)


def test_average_balance_with_no_period_is_the_printed_average(engine: Engine) -> None:
    """A release printing 'Average deposits' for the quarter beside three period-end dates: that printed average
    balance of the latest quarter, never the dates' mean."""
    assert _value(engine, "Pellworth average deposits") == pytest.approx(2050e6)


# -- a terse 'change in X from A to B': the percent change the acceptance contract asks, its amount said beside it


def test_a_terse_change_says_its_amount_beside_the_percentage(engine: Engine) -> None:
    """'change in net interest income from Q2 2024 to Q2 2025' and 'X increase A vs B' are percent changes by the
    acceptance contract (seed s43, s50); a reader who meant the amount finds it beside the percentage ('+10.9%
    (+$4.10 million)'). The near misses: 'growth' says no amount; 'what was the change in …' is the amount itself."""
    for text in ("Holloway change in net interest income from Q2 2024 to Q2 2025",
                 "Holloway net interest income increase Q2 2025 vs Q2 2024"):
        answer = _ask(engine, text)
        assert (answer.value, answer.unit) == (pytest.approx(10.93, abs=0.01), "percent"), text
        assert "(+$4.10 million) computed from the two figures" in answer.text, text
    growth = _ask(engine, "Holloway net interest income growth Q2 2025")
    assert growth.value == pytest.approx(10.93, abs=0.01) and "$4.10 million)" not in growth.text
    amount = _ask(engine, "what was the change in Holloway net interest income from Q2 2024 to Q2 2025")
    assert (amount.value, amount.unit) == (pytest.approx(4.1e6), "USD")
