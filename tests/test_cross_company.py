"""Questions across companies (issue 20, item 3): several invented companies' releases written here,
ingested into one store — two December banks and a chip maker whose fiscal year ends in January."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

COMPANIES = [  # name, ticker, exchange, headline, city, release date, period words, column heads, rows
    ("Harrowgate Savings Bancorp", "HGSB", "NASDAQ", "Fourth Quarter 2024", "ROCHESTER", "January 21, 2025",
     "fourth quarter ended December 31, 2024", "December 31,", "December 31,",
     [("Net interest income", 410, 380), ("Provision for credit losses", 20, 15), ("Net income", 150, 160),
      ("Revenue", 520, 500)]),
    ("Pellucid Trust Bank Corp.", "PLTB", "NYSE", "Fourth Quarter 2024", "DENVER", "January 23, 2025",
     "fourth quarter ended December 31, 2024", "December 31,", "December 31,",
     [("Net interest income", 655, 600), ("Provision for credit losses", 40, 30), ("Net income", 210, 190),
      ("Revenue", 800, 700)]),
    ("Corvatek Silicon Inc.", "CVSI", "NASDAQ", "Fourth Quarter Fiscal 2024", "SANTA CLARA", "February 21, 2024",
     "fourth quarter of fiscal 2024 ended January 28, 2024", "January 28,", "January 29,",
     [("Revenue", 22103, 6051), ("Net income", 12285, 1414)]),
]


def release(name, ticker, exchange, headline, city, date, period, head1, head2, rows) -> str:
    body = "\n".join(f"{label:<35}{'$' if i == 0 else ' '} {a:>7,}    {'$' if i == 0 else ' '} {b:>7,}"
                     for i, (label, a, b) in enumerate(rows))
    return f"""{name} Reports {headline} Results

{city}, {date} -- {name} ({exchange}: {ticker}) today reported results for the {period}.

CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share data)

                                     Three Months Ended
                                   {head1:>12} {head2:>12}
                                        2024         2023
{body}
"""


def build_store(folder: Path) -> Path:
    """The companies' releases written into folder and ingested into one store there."""
    paths = []
    for company in COMPANIES:
        path = folder / f"{company[1].lower()}.txt"
        path.write_text(release(*company))
        paths.append(path)
    db = folder / "store.duckdb"
    con = connect(db)
    ingest(con, paths)
    con.close()
    return db


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    e = Engine(build_store(tmp_path_factory.mktemp("across")))
    yield e
    e.close()


def ask(engine: Engine, text: str):
    answer, _ = engine.ask(text, Context())
    return answer


def cited(answer, *files: str) -> bool:
    return {c.doc for c in answer.citations} >= set(files)


def test_two_companies_side_by_side_with_the_fiscal_mismatch_named(engine):
    a = ask(engine, "Corvatek vs Harrowgate revenue Q4 FY2024")
    assert a.status == "answered" and a.value == 22_103_000_000
    assert [r["period"] for r in a.rows] == ["Corvatek Silicon Inc.", "Harrowgate Savings Bancorp"]
    assert "Q4 FY2024 ends January 28, 2024" in a.text and "ends in December 2024" in a.text
    assert cited(a, "cvsi.txt", "hgsb.txt")


def test_every_company_listed_largest_first_each_cited(engine):
    a = ask(engine, "revenue of every company for Q4 FY2024")  # each company's own fiscal Q4 2024
    assert [r["value"] for r in a.rows] == [22_103_000_000, 800_000_000, 520_000_000]
    assert cited(a, "cvsi.txt", "pltb.txt", "hgsb.txt")


def test_a_calendar_quarter_across_companies_is_matched_by_the_date_periods_end(engine):
    # Corvatek's fiscal Q4 2024 ended January 28, 2024: it is not "Q4 2024" beside the banks' December quarters;
    # its quarter nearest calendar Q4 2023 (November to January) is, and the reply names the fiscal period it is.
    a = ask(engine, "revenue of every company for Q4 2024")
    assert [r["value"] for r in a.rows] == [800_000_000, 520_000_000] and "Corvatek" not in a.text
    a = ask(engine, "which company had the highest revenue in Q4 2023")
    assert a.company == "Corvatek Silicon Inc." and a.value == 22_103_000_000
    assert "Q4 FY2024 ends January 28, 2024" in a.text and "Q4 2023 (which ends December 31, 2023)" in a.text
    a = ask(engine, "Corvatek vs Harrowgate revenue Q4 2023")
    assert [r["value"] for r in a.rows] == [22_103_000_000, 500_000_000] and cited(a, "cvsi.txt", "hgsb.txt")


def test_which_bank_had_the_highest_and_the_lowest(engine):
    a = ask(engine, "which bank had the highest net interest income in Q4 2024")
    assert a.status == "answered" and a.company == "Pellucid Trust Bank Corp." and a.value == 655_000_000
    a = ask(engine, "which company had the lowest revenue in Q4 2024")
    assert a.company == "Harrowgate Savings Bancorp" and a.value == 520_000_000


def test_top_n_by_growth_with_both_figures_cited(engine):
    a = ask(engine, "top 2 by revenue growth Q4 FY2024")
    assert a.unit == "percent" and [r["period"] for r in a.rows] == ["Corvatek Silicon Inc.", "Pellucid Trust Bank Corp."]
    assert a.value == pytest.approx(265.28, abs=0.01)
    assert len(a.citations) == 2  # Corvatek's two figures stand on one line; Pellucid's too


def test_companies_whose_figure_fell_or_rose(engine):
    a = ask(engine, "companies whose net income fell in Q4 2024")
    assert a.value == 1 and a.unit == "count" and [r["period"] for r in a.rows] == ["Harrowgate Savings Bancorp"]
    a = ask(engine, "companies whose net income rose in Q4 FY2024")
    assert a.value == 2 and "Harrowgate" not in a.body


def test_a_metric_no_company_gives_is_no_number(engine):
    a = ask(engine, "which company had the highest deposits in Q4 2024")
    assert a.value is None


def test_one_company_questions_are_unchanged(engine):
    a = ask(engine, "Harrowgate revenue Q4 2024")
    assert a.status == "answered" and a.value == 520_000_000 and a.kind == "value"


def test_the_first_or_second_one_answers_a_question_back(engine):
    a, ctx = engine.ask("revenue Q4 2024", Context())
    assert a.status == "clarify" and len(ctx.options) == 3
    a, ctx = engine.ask("the second one", ctx)
    assert a.status == "answered" and a.company == "Harrowgate Savings Bancorp" and a.value == 520_000_000
    assert a.question == "the second one" and ctx.options == ()
    a, ctx = engine.ask("revenue Q4 2024", Context())
    a, _ = engine.ask("the last", ctx)
    assert a.company == "Pellucid Trust Bank Corp."
    a, _ = engine.ask("the first one", Context())  # nothing was asked back: no choice to take
    assert a.value is None


def test_which_of_the_named_companies_is_higher_is_answered_not_listed(engine):
    a = ask(engine, "Which had the highest revenue, Harrowgate or Pellucid?")
    assert a.status == "answered" and a.value == 800_000_000 and a.company == "Pellucid Trust Bank Corp."
    assert a.text.startswith("Higher revenue") and "against Harrowgate Savings Bancorp's $520.00 million" in a.text
    assert cited(a, "pltb.txt", "hgsb.txt")
    low = ask(engine, "which had the lower net income, Harrowgate or Pellucid Q4 2024")
    assert low.status == "answered" and low.value == 150_000_000 and low.company == "Harrowgate Savings Bancorp"


def test_who_earned_more_and_who_grew_faster_rank_the_named_companies(engine):
    a = ask(engine, "who earned more, Harrowgate or Pellucid")
    assert a.status == "answered" and a.metric == "net_income" and a.value == 210_000_000
    g = ask(engine, "did Harrowgate or Pellucid grow revenue faster")
    assert g.status == "answered" and g.unit == "percent" and round(g.value, 1) == 14.3
    assert "against Harrowgate Savings Bancorp's +4%" in g.text and cited(g, "pltb.txt", "hgsb.txt")


def test_a_pick_across_calendars_names_the_mismatch_and_one_company_missing_picks_none(engine):
    a = ask(engine, "which had the higher revenue, Harrowgate or Corvatek, Q4 FY2024")
    assert a.status == "answered" and a.value == 22_103_000_000
    assert "Q4 FY2024 ends January 28, 2024" in a.text and cited(a, "cvsi.txt", "hgsb.txt")
    b = ask(engine, "which had the lower net interest income, Pellucid or Corvatek")
    assert b.status == "abstained" and b.value is None and "Corvatek Silicon Inc." in b.text


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> Engine:
    """One bank held under two spellings (both giving its ticker), and a ticker two other companies give."""
    folder = tmp_path_factory.mktemp("twins")
    bank, chip = COMPANIES[0], COMPANIES[2]
    respelt = ("Harrowgate Savings Bank Corp.",) + bank[1:]
    gear = ("Quillon Gear Corp.", "QLGR", "NYSE") + COMPANIES[1][3:]
    foods = ("Lattimer Foods Inc.", "QLGR", "NYSE") + COMPANIES[1][3:]
    paths = []
    for i, company in enumerate((bank, respelt, gear, foods, chip)):
        path = folder / f"r{i}.txt"
        path.write_text(release(*company))
        paths.append(path)
    con = connect(folder / "store.duckdb")
    ingest(con, paths)
    con.close()
    e = Engine(folder / "store.duckdb")
    yield e
    e.close()


@pytest.mark.parametrize("question", [
    "Harrowgate revenue Q4 2024", "HGSB revenue Q4 2024", "QLGR net income", "Harrowgate vs Corvatek revenue",
    "Corvatek vs HGSB revenue", "which had the higher revenue, Harrowgate or Corvatek", "QLGR vs Corvatek revenue"])
def test_a_company_held_under_two_spellings_or_a_shared_ticker_is_asked_back(twins, question):
    a = ask(twins, question)
    assert a.status == "clarify" and a.value is None and not a.citations, a.text
    assert a.text.startswith("Which company?")


def test_a_spelling_named_whole_is_answered(twins):
    a = ask(twins, "Harrowgate Savings Bank Corp revenue Q4 2024")
    assert a.status == "answered" and a.value == 520_000_000 and cited(a, "r1.txt")


def test_a_follow_up_after_a_pick_ranks_the_same_companies(engine):
    a, ctx = engine.ask("which had the higher revenue, Harrowgate or Pellucid", Context())
    b, ctx = engine.ask("and net income?", ctx)
    assert b.status == "answered" and b.value == 210_000_000 and b.company == "Pellucid Trust Bank Corp."
    c, _ = engine.ask("and the lowest?", ctx)
    assert c.status == "answered" and c.value == 150_000_000 and c.company == "Harrowgate Savings Bancorp"


def test_and_the_year_before_after_companies_with_no_period_moves_from_the_period_answered(engine):
    a, ctx = engine.ask("Harrowgate vs Pellucid net income last quarter", Context())
    assert [r["value"] for r in a.rows] == [150_000_000, 210_000_000]
    a, _ = engine.ask("and the year before?", ctx)  # it answered the latest period again
    assert [r["value"] for r in a.rows] == [160_000_000, 190_000_000]


def test_the_year_to_date_not_held_is_never_the_quarter(engine):
    a = ask(engine, "Harrowgate revenue year to date")  # a Q4 release of the quarter alone: no year is printed
    assert a.value is None and "FY 2024" in a.text, a.text


def test_a_ranking_by_growth_leaves_out_a_loss_and_a_loss_is_ranked_by_its_size(tmp_path):
    rows = [[("Revenue", 900, 800), ("Net income", 120, 100)], [("Revenue", 300, 290), ("Net income", -17, -64)]]
    paths = []
    for (name, ticker, *rest), figures in zip(COMPANIES[:2], rows):
        (path := tmp_path / f"{ticker}.txt").write_text(release(name, ticker, *rest[:-1], figures))
        paths.append(path)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, paths)
    con.close()
    eng = Engine(tmp_path / "s.duckdb")
    try:
        a = ask(eng, "top 2 by net income growth Q4 2024")  # a loss of 64 to one of 17 was "+73%", ranked first
        assert [r["period"] for r in a.rows] == ["Harrowgate Savings Bancorp"] and a.value == pytest.approx(20.0)
        assert "Not ranked: Pellucid Trust Bank Corp." in a.text
        a = ask(eng, "which had the higher net income growth in Q4 2024, Harrowgate or Pellucid")
        assert a.value is None and "don't give it for Pellucid" not in a.text
        # a loss ranked by its size, among the companies that made one: "the biggest net loss" was the biggest profit
        a = ask(eng, "which company had the biggest net loss in Q4 2024")
        assert a.company == "Pellucid Trust Bank Corp." and a.value == -17_000_000 and "largest net loss" in a.text
        a = ask(eng, "which company had the smallest net loss in Q4 2024")
        assert a.company == "Pellucid Trust Bank Corp."  # the only loss: never Harrowgate's profit
        a = ask(eng, "which had the bigger net loss in Q4 2024, Harrowgate or Pellucid")
        assert a.company == "Pellucid Trust Bank Corp." and a.text.startswith("Bigger net loss")
    finally:
        eng.close()


def test_per_share_figures_of_two_releases_are_never_compared(tmp_path):
    # a ten-for-one split between the releases: Q4 2023's diluted EPS of 11.93 (first release) against Q4 2024's 2.94
    # (the second, restated after the split) was "a fall of 75%"; a release's own two columns are compared
    def text(year: int, rows: list) -> str:
        return release("Harrowgate Savings Bancorp", "HGSB", "NASDAQ", f"Fourth Quarter {year}", "ROCHESTER",
                       f"January 21, {year + 1}", f"fourth quarter ended December 31, {year}", "December 31,",
                       "December 31,", rows).replace("        2024         2023", f"        {year}         {year - 1}")
    (tmp_path / "a.txt").write_text(text(2023, [("Revenue", 520, 500), ("Diluted earnings per share", 11.93, 1.74)]))
    (tmp_path / "b.txt").write_text(text(2025, [("Revenue", 700, 600), ("Diluted earnings per share", 4.90, 2.94)]))
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "a.txt", tmp_path / "b.txt"])
    con.close()
    eng = Engine(tmp_path / "s.duckdb")
    try:
        assert ask(eng, "Harrowgate diluted EPS Q4 2023").value == 11.93  # each figure is still given as printed
        for q in ("Harrowgate diluted EPS growth Q4 2024", "average diluted EPS of Harrowgate for Q4 2023 and Q4 2024"):
            a = ask(eng, q)
            assert a.value is None and "two different releases" in a.text, a.text
        a = ask(eng, "Harrowgate diluted EPS growth Q4 2025")  # both in the second release
        assert a.value == pytest.approx(66.67, abs=0.01)
        a = ask(eng, "Harrowgate revenue growth Q4 2024")  # amounts of two releases still compare
        assert a.value == pytest.approx(15.38, abs=0.01)
    finally:
        eng.close()


def test_calendar_year_of_one_company_is_its_fiscal_year_ending_nearest_it(tmp_path):
    text = release("Corvatek Silicon Inc.", "CVSI", "NASDAQ", "Fiscal 2025", "SANTA CLARA", "February 26, 2025",
                   "fiscal year ended January 26, 2025", "January 26,", "January 28,",
                   [("Revenue", 130497, 60922)]).replace("Three Months Ended", "Fiscal Year Ended").replace(
        "        2024         2023", "        2025         2024")
    (tmp_path / "cvsi.txt").write_text(text)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [tmp_path / "cvsi.txt"])
    con.close()
    eng = Engine(tmp_path / "s.duckdb")
    try:
        assert ask(eng, "Corvatek revenue 2024").value == 60_922_000_000  # its own fiscal 2024, as it names it
        a = ask(eng, "Corvatek revenue calendar 2024")  # February 2024 to January 2025: it was fiscal 2024's figure
        assert a.value == 130_497_000_000 and "FY 2025" in a.text, a.text
    finally:
        eng.close()


@pytest.mark.parametrize("asked, fye, matched", [
    ((3, 2024, 12), 1, (3, 2025, 1)),  # November to January is the December quarter
    ((3, 2024, 9), 1, (3, 2024, 10)),  # August to October is the September quarter
    ((3, 2024, 12), 9, (3, 2024, 12)),  # a September year's first quarter ends in December
    ((12, 2024, 12), 1, (12, 2025, 1)),  # February 2024 to January 2025 is calendar 2024
    ((12, 2024, 12), 5, None), ((12, 2024, 12), 6, None),  # a year ending in May or June is no calendar year
    ((6, 2025, 6), 1, (6, 2025, 7)),  # February to July is the first half
    ((6, 2024, 6), 6, None),  # a June year's first half is July to December: no calendar first half
    ((9, 2024, 9), 1, (9, 2024, 10)),
])
def test_a_calendar_period_is_matched_to_the_fiscal_period_ending_within_a_month(asked, fye, matched):
    from chat.resolution import calendar_match
    assert calendar_match(asked, fye) == matched


def test_a_period_end_kept_at_its_month_end_is_said_as_the_month():
    """A period read without its day is kept at the month's last day: said as that day, a quarter that ended on
    the 28th would be named as ending on the 31st. A day that is not the month's last was printed: it is said."""
    from datetime import date

    from chat.wording import _end_words
    assert _end_words(date(2024, 1, 31)) == "in January 2024"
    assert _end_words(date(2024, 2, 29)) == "in February 2024"
    assert _end_words(date(2024, 1, 28)) == "January 28, 2024"
