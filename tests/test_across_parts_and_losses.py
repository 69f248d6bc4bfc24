"""Across companies (review21): a segment, product or place the question names is never dropped for the companies'
totals (refused: only totals are compared across companies), and a loss filtered by which way it moved is its size's
move among the companies that made one in both years ('net loss widened' never lists profitable companies, nor a
loss that shrank). Invented releases: two loss-making makers with segments and regions, one profitable one."""
from __future__ import annotations

import pytest

from chat.engine import Context
from tests.built_releases import engine_over


def release(name: str, ticker: str, city: str, rows: list[tuple[str, int, int]], segments: list[tuple[str, int, int]],
            regions: list[tuple[str, int, int]]) -> str:
    def table(title: str, lines: list[tuple[str, int, int]]) -> str:
        body = "\n".join(f"| {label} | {_p(a)} | {_p(b)} |" for label, a, b in lines)
        return (f"## {title}\n(in thousands of U.S. dollars)\n\n| | Three Months Ended March 31, 2025 | Three Months Ended March 31, "
                f"2024 |\n|---|---|---|\n{body}\n")
    return (f"# {name} Reports First Quarter 2025 Results\n\n{city}, May 6, 2025 -- {name} (NASDAQ: {ticker}) today "
            f"reported results for its first quarter ended March 31, 2025.\n\n"
            + table("Condensed Consolidated Statements of Operations", rows) + "\n"
            + table("Revenue by Segment", segments) + "\n" + table("Revenue by Geography", regions))


def _p(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


FILES = {
    "qlv.md": release("Quillavale Instruments Inc.", "QLVI", "BOISE",
                      [("Total revenue", 80_000, 70_000), ("Operating loss", -6_000, -9_000), ("Net loss", -7_000, -9_500)],
                      [("Laboratory", 50_000, 45_000), ("Clinical", 30_000, 25_000), ("Total revenue", 80_000, 70_000)],
                      [("Americas", 44_000, 40_000), ("EMEA", 36_000, 30_000), ("Total revenue", 80_000, 70_000)]),
    "trn.md": release("Tarrowend Systems Corp.", "TRWS", "RALEIGH",
                      [("Total revenue", 120_000, 125_000), ("Operating loss", -15_000, -11_000), ("Net loss", -16_000, -12_500)],
                      [("Laboratory", 20_000, 26_000), ("Clinical", 100_000, 99_000), ("Total revenue", 120_000, 125_000)],
                      [("Americas", 110_000, 112_000), ("EMEA", 10_000, 13_000), ("Total revenue", 120_000, 125_000)]),
    "pwh.md": release("Pellwether Holdings Inc.", "PWHD", "TULSA",
                      [("Total revenue", 300_000, 280_000), ("Operating income", 40_000, 36_000), ("Net income", 31_000, 29_000)],
                      [("Laboratory", 100_000, 95_000), ("Clinical", 200_000, 185_000), ("Total revenue", 300_000, 280_000)],
                      [("Americas", 250_000, 240_000), ("EMEA", 50_000, 40_000), ("Total revenue", 300_000, 280_000)]),
}

FILES["mrw.md"] = """# Marrowick Foods Corp. Reports Second Quarter 2025 Results

OMAHA, August 5, 2025 -- Marrowick Foods Corp. (NYSE: MRWF) today reported results for its second quarter ended
June 30, 2025.

## Condensed Consolidated Statements of Income
(in thousands of U.S. dollars)

| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 | Six Months Ended June 30, 2025 | Six Months Ended June 30, 2024 |
|---|---|---|---|---|
| Net sales | 260,000 | 240,000 | 610,000 | 560,000 |
| Net income | 21,000 | 19,000 | 45,000 | 41,000 |
"""  # its Q1 2025 (610,000 less 260,000 = 350,000) is printed nowhere: a Q1 ranking names it as not compared


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("parts"), FILES) as eng:
        yield eng


def ask(engine, text: str):
    return engine.ask(text, Context())[0]


@pytest.mark.parametrize("question", [
    "which company had the highest EMEA revenue in Q1 2025",
    "Quillavale vs Tarrowend EMEA revenue Q1 2025",
    "companies whose EMEA revenue rose in Q1 2025",
    "top 2 by Americas revenue growth Q1 2025",
    "which company had the highest Clinical revenue in Q1 2025",
    "which company had the lowest Laboratory revenue in Q1 2025",
])
def test_a_segment_or_place_across_companies_is_refused_never_the_totals(engine, question):
    a = ask(engine, question)
    assert a.status == "abstained" and a.value is None, a.text
    assert "total" in a.text


def test_near_miss_totals_across_companies_are_still_ranked(engine):
    a = ask(engine, "which company had the highest revenue in Q1 2025")
    assert a.status == "answered" and a.value == 300_000_000 and a.company == "Pellwether Holdings Inc."
    a = ask(engine, "companies whose revenue rose in Q1 2025")  # 'rose', which the spelling repair reads oddly
    assert a.status == "answered" and a.value == 2
    a = ask(engine, "which company had the highest total revenue in Q1 2025")
    assert a.status == "answered" and a.value == 300_000_000


@pytest.mark.parametrize("question", ["rank Quillavale, Tarrowend and Pellwether by revenue Q1 2025"])
def test_words_asking_for_an_order_are_no_segment(engine, question):
    """'rank A, B and C by revenue': 'rank' is how the figures are asked for, no segment (it was refused as one,
    a right answer lost: hidden3 x04)."""
    a = ask(engine, question)
    assert a.status == "answered" and "each company's total" not in a.text, a.text


def test_a_segment_of_one_company_is_still_answered(engine):
    a = ask(engine, "Tarrowend Clinical revenue Q1 2025")
    assert a.status == "answered" and a.value == 100_000_000


def test_net_loss_widened_is_the_loss_grown_larger_among_companies_with_losses(engine):
    a = ask(engine, "companies whose net loss widened in Q1 2025")
    assert a.status == "answered" and a.value == 1, a.text
    assert "Tarrowend" in a.text and "Quillavale Instruments Inc. " not in a.text.split("Left out")[0]
    assert "Left out: Pellwether Holdings Inc." in a.text  # profitable: no loss to widen, said
    a = ask(engine, "companies whose net loss grew in Q1 2025")
    assert a.status == "answered" and a.value == 1 and "Tarrowend" in a.text


def test_net_loss_narrowed_and_operating_loss_fell_are_the_loss_grown_smaller(engine):
    a = ask(engine, "companies whose net loss narrowed in Q1 2025")
    assert a.status == "answered" and a.value == 1 and "Quillavale" in a.text.split("Left out")[0]
    assert "Tarrowend" not in a.text
    a = ask(engine, "companies whose operating loss fell in Q1 2025")
    assert a.status == "answered" and a.value == 1 and "Quillavale" in a.text.split("Left out")[0]


def test_near_miss_net_income_rose_and_fell_stay_the_signed_figure(engine):
    a = ask(engine, "companies whose net income rose in Q1 2025")  # -9.5 to -7 rose; 29 to 31 rose
    assert a.status == "answered" and a.value == 2
    assert "Quillavale" in a.text and "Pellwether" in a.text and "Tarrowend" not in a.text
    a = ask(engine, "companies whose net income fell in Q1 2025")
    assert a.status == "answered" and a.value == 1 and "Tarrowend" in a.text


def test_a_loss_with_no_way_it_moved_is_refused(engine):
    a = ask(engine, "companies with a net loss in Q1 2025")
    assert a.status == "abstained" and a.value is None


def test_a_quarter_ranking_names_a_company_whose_quarter_only_year_to_date_figures_give(engine):
    a = ask(engine, "which company had the highest revenue in Q1 2025")
    assert a.status == "answered" and a.value == 300_000_000 and a.company == "Pellwether Holdings Inc."
    assert "Not compared: Marrowick Foods Corp." in a.text
    one = ask(engine, "Marrowick revenue Q1 2025")  # one company's question works it out
    assert one.status == "answered" and one.value == 350_000_000


def test_near_miss_a_quarter_printed_is_ranked_and_no_company_is_named_not_compared(engine):
    a = ask(engine, "which company had the highest revenue in Q2 2025")
    assert a.status == "answered" and a.value == 260_000_000 and "Not compared" not in a.text
    a = ask(engine, "which company had the highest revenue in fiscal 2024")  # no quarter asked: nothing to say
    assert "Not compared" not in a.text
