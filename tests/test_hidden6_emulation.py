"""A sixth set: six companies nobody tuned the answering on (tests/data/hidden6, written by tests/data/make_hidden6.py in
the plain form the reader reads well, so a failure is the answering's): a technology company with segments and places,
two banks, a biotech with a net loss, an instrument maker whose fiscal year ends in June and a retailer whose fiscal year
ends near January 31; several quarters and a year each. Asked in issue 20's shapes (tests/data/hidden6_questions.jsonl:
no period, loose periods, fiscal and calendar names, side by side, every company, rankings, arithmetic, follow-ups,
companies not held, typos and loose words), every figure known by construction. None may be answered wrong. Then the
classes the set found, each on a release written here, with its near miss. Every name and figure is invented."""
from __future__ import annotations

import pytest

from benchmarks.wire_questions import score_analyst
from tests.built_releases import ask_in_turn, assert_never_wrong, engine_over
from tests.test_hidden2_emulation import DATA

RIGHT_FLOOR = 264  # 2026-12-07 23:52: 279 questions, 264 right, 0 wrong, 15 refused (before the fixes: 258 right,
# 4 wrong, 17 refused; "change in X" is read as tests/batches' seed regression reads it, a percent, amount beside it)


@pytest.mark.slow  # ~3 s idle (18 releases ingested, 279 questions asked); the classes below are the fast guard
def test_hidden6_emulation_right_or_refused_never_wrong(tmp_path):
    rows = score_analyst(DATA / "hidden6_questions.jsonl", folder=tmp_path, releases=[DATA / "hidden6"])
    assert_never_wrong(rows, 279, RIGHT_FLOOR)
    signs = [f"{r.item.id} {r.item.question!r}: {r.answer.value}" for r in rows  # the check compares sizes: a loss
             if r.verdict == "right" and r.item.expect.get("kind") == "value" and not r.item.expect.get("accept")
             and r.answer.value is not None and r.answer.value * r.item.expect["value"] < 0]  # given as a profit is wrong
    assert not signs, "\n".join(signs)


ask = ask_in_turn


def _release(name: str, ticker: str, rows: str, heads: str = "Three Months Ended September 30, 2025 | Three Months "
             "Ended September 30, 2024 | Nine Months Ended September 30, 2025 | Nine Months Ended September 30, 2024",
             lead: str = "the third quarter ended September 30, 2025") -> str:
    n = heads.count("|") + 1
    return f"""# {name} Reports Third Quarter 2025 Results

DAYTON, Ohio, October 21, 2025 (GLOBE NEWSWIRE) -- {name} (NASDAQ: {ticker}) today reported results for {lead}.

**CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS** (In millions, except per share data)

| | {heads} |
|---|{'---|' * n}
{rows}
"""


LENDER = _release("Wexcombe Savings Corp.", "WXSC", """| Net interest income | $ 140 | $ 128 | $ 410 | $ 376 |
| Provision for credit losses | 9 | 7 | 25 | 20 |
| Net income | 52 | 47 | 150 | 139 |""")
LENDER2 = _release("Orrin Valley Bancorp", "OVBC", """| Net interest income | $ 95 | $ 99 | $ 290 | $ 296 |
| Net income | 31 | 36 | 97 | 104 |""")
BIOTECH = _release("Quillon Genetics, Inc.", "QLGN", """| Total revenue | $ 12 | $ 9 | $ 33 | $ 25 |
| Research and development | 61 | 55 | 178 | 160 |
| Net loss | (46) | (43) | (135) | (127) |""")
MAKER = _release("Stanbury Tools Inc.", "STBT", """| Net sales | $ 820 | $ 760 | $ 2,380 | $ 2,240 |
| Net income | 71 | 64 | 201 | 188 |""")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    files = {"wxsc.md": LENDER, "ovbc.md": LENDER2, "qlgn.md": BIOTECH, "stbt.md": MAKER}
    with engine_over(tmp_path_factory.mktemp("h6"), files) as eng:
        yield eng


# -- 'which bank …': the companies of that kind only -------------------------------------------------------------
def test_which_bank_ranks_the_banks_only(store):
    a = ask(store, "which bank had the lowest net income in Q3 2025")  # was the biotech's net loss
    assert a.status == "answered" and a.value == pytest.approx(31e6) and "Orrin Valley" in (a.company or ""), a.text
    assert "among the banks" in a.text
    every = ask(store, "net income of every bank for Q3 2025")
    assert every.status == "answered" and {r["period"] for r in every.rows} == {"Wexcombe Savings Corp.",
                                                                               "Orrin Valley Bancorp"}, every.text
    fell = ask(store, "banks whose net income fell in Q3 2025")
    assert fell.status == "answered" and [r["period"] for r in fell.rows] == ["Orrin Valley Bancorp"], fell.text


def test_which_company_still_ranks_every_company(store):  # near miss: 'company' is every company
    a = ask(store, "which company had the lowest net income in Q3 2025")
    assert a.status == "answered" and a.value == pytest.approx(-46e6), a.text
    top = ask(store, "which company had the highest net income in Q3 2025")
    assert top.status == "answered" and top.value == pytest.approx(71e6), top.text


@pytest.mark.parametrize("question", [
    "which retailer had the highest net income in Q3 2025",  # a kind not told apart by its figures
    "which insurer had the highest net income in Q3 2025",  # a kind of which no company is held
])
def test_a_kind_not_told_apart_is_refused_never_every_company(store, question):
    a = ask(store, question)
    assert a.status != "answered" and a.value is None, a.text


# -- a difference of two periods of different lengths ------------------------------------------------------------
YEAR = _release("Carrow Meters Corp.", "CRMC", """| Revenue | $ 300 | $ 280 | $ 1,150 | $ 1,060 |
| Net income | 30 | 26 | 110 | 98 |""", heads="Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 | "
    "Year Ended June 30, 2025 | Year Ended June 30, 2024", lead="the fourth quarter and fiscal year ended June 30, 2025")
NINE = _release("Carrow Meters Corp.", "CRMC", """| Revenue | $ 290 | $ 270 | $ 850 | $ 780 |
| Net income | 28 | 25 | 80 | 72 |""", heads="Three Months Ended March 31, 2025 | Three Months Ended March 31, 2024 | "
    "Nine Months Ended March 31, 2025 | Nine Months Ended March 31, 2024",
    lead="the third quarter of fiscal 2025, the three months ended March 31, 2025")


@pytest.mark.parametrize("question, value", [
    # was -$550 million: "the change from 9M FY2025 to Q4 FY2025", a quarter less nine months
    ("Carrow revenue Q4 FY2025 minus nine months fiscal 2025", None),
    ("Carrow revenue Q4 FY2025 minus 9M FY2024", None),
    ("Carrow revenue fiscal 2025 minus nine months fiscal 2025", 300e6),  # near misses: the year less its nine months
    ("Carrow revenue Q4 FY2025 minus Q3 FY2025", 10e6),  # two quarters
])
def test_periods_of_different_lengths_are_not_subtracted(tmp_path, question, value):
    with engine_over(tmp_path, {"crmc_q4.md": YEAR, "crmc_q3.md": NINE}) as eng:
        a = ask(eng, question)
    if value is None:
        assert a.status != "answered" and a.value is None, a.text
    else:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text


# -- a loss word that is the figure's own name ---------------------------------------------------------------------
@pytest.mark.parametrize("question, value", [
    # was "No company in the store gives provision for credit losses": 'losses' read as a loss asked, so only
    # negative figures were ranked
    ("which bank had the highest provision for credit losses in Q3 2025", 9e6),
    ("which company had the highest provision for credit losses in Q3 2025", 9e6),
    ("which company had the biggest net loss in Q3 2025", -46e6),  # near miss: a loss asked of net income (loss)
])
def test_the_loss_word_of_a_figures_own_name_asks_no_loss(store, question, value):
    a = ask(store, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


# -- 'YTD through June 2025': one period ------------------------------------------------------------------------------
@pytest.mark.parametrize("question, value", [
    # was asked back between the latest year to date and a date: 'YTD' was read as this year, 'through …' apart
    ("Stanbury net sales YTD through September 2025", 2380e6),
    ("Stanbury net sales year to date through September 2025", 2380e6),
    ("Stanbury net sales YTD", 2380e6),  # near misses: the latest year to date; one the releases do not print
    ("Stanbury net sales YTD through June 2025", None),
])
def test_ytd_through_a_month_is_one_period(store, question, value):
    a = ask(store, question)
    if value is None:
        assert a.status != "answered" and a.value is None, a.text
    else:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text


def test_a_follow_up_of_a_ranking_of_banks_keeps_the_banks(store):
    # was the biotech's net loss: "and the lowest?" ranked every company
    a = ask(store, "which bank had the highest net income in Q3 2025", "and the lowest?")
    assert a.status == "answered" and a.value == pytest.approx(31e6), a.text
    b = ask(store, "which company had the highest net income in Q3 2025", "and the lowest?")  # near miss: every company
    assert b.status == "answered" and b.value == pytest.approx(-46e6), b.text


@pytest.mark.parametrize("question, value, unit", [
    ("Stanbury net income as % of net sales Q3 2025", 8.66, "percent"),  # was $71 million: the amount for a percentage
    ("Stanbury net income as percent of net sales Q3 2025", 8.66, "percent"),
    ("Stanbury net income % of net sales Q3 2025", 8.66, "percent"),  # was $71 million too, with no 'as'
    ("Stanbury net income percent of net sales Q3 2025", 8.66, "percent"),
    ("Stanbury net income as a percentage of net sales Q3 2025", 8.66, "percent"),  # near misses: with its article;
    ("Stanbury net income as reported Q3 2025", 71e6, "USD"),  # 'as' of no percentage
])
def test_a_figure_as_percent_of_another_without_an_article_or_as(store, question, value, unit):
    a = ask(store, question)
    assert a.status == "answered" and a.unit == unit and a.value == pytest.approx(value, abs=0.01), a.text
