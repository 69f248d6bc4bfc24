"""review20's classes 3, 4a and the share count: a margin is never answered in dollars, a money question never with a
per-share row found by its label, and "shares outstanding" never with a weighted average — each on invented releases,
with the near miss that must keep its answer."""
from __future__ import annotations

import pytest

from chat.engine import Context
from tests.built_releases import engine_over


def _release(name: str, ticker: str, rev: str, gp: str) -> str:
    return f"""{name} Reports Second Quarter 2025 Results

DENVER, July 29, 2025 -- {name}, Inc. (NYSE: {ticker}) today reported results for its second quarter ended June 30, 2025.

Condensed Consolidated Statements of Operations
(In thousands)

| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 |
|---|---|---|
| Net sales | $ {rev} | $ 900,000 |
| Gross profit | {gp} | 300,000 |
"""


PER_SHARE = """VARNELL TOOLWORKS REPORTS SECOND QUARTER 2025 RESULTS

TOLEDO, Ohio, July 22, 2025 -- Varnell Toolworks, Inc. (NYSE: VNTW) today reported results
for the second quarter ended June 30, 2025.

               CONDENSED CONSOLIDATED STATEMENTS OF INCOME
            (Unaudited; in millions, except per share amounts)

                                                       Three Months Ended June 30,
                                                            2025        2024
                                                    ------------------------
Net sales                                              $   812.5   $   790.1
Income from continuing operations                           61.2        55.0
Loss from discontinued operations, net of tax             (17.7)       (3.9)
Net income                                             $    43.5   $    51.1

Diluted earnings (loss) per share:
  Continuing operations                                $    1.83   $    1.61
  Discontinued operations                                 (0.53)      (0.11)
  Net income                                           $    1.30   $    1.50
Diluted weighted average shares outstanding                 33.4        34.2
"""

COUNTED = PER_SHARE.replace("Varnell Toolworks", "Oddley Fasteners").replace("VARNELL TOOLWORKS", "ODDLEY FASTENERS") \
    .replace("VNTW", "ODFS").replace("Diluted weighted average shares outstanding", "Diluted shares outstanding".ljust(43))


@pytest.fixture(scope="module")
def margins(tmp_path_factory):
    files = {"brd.md": _release("Brindle Valves", "BRDV", "1,000,000", "250,000"),   # margin 25%
             "tsk.md": _release("Tessack Labs", "TSKL", "200,000", "120,000")}       # margin 60%
    with engine_over(tmp_path_factory.mktemp("margins"), files) as eng:
        yield eng


@pytest.fixture(scope="module")
def shares(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("pershare"), {"vntw.txt": PER_SHARE, "odfs.txt": COUNTED}) as eng:
        yield eng


def ask(eng, *questions):
    ctx, a = Context(), None
    for q in questions:
        a, ctx = eng.ask(q, ctx)
    return a


@pytest.mark.parametrize("question", ["which company had the highest gross margin in Q2 2025",
                                      "which company had the lowest gross margin", "gross margin of every company for Q2 2025"])
def test_a_margin_across_companies_is_never_gross_profit_dollars(margins, question):
    a = ask(margins, question)
    assert a.status != "answered" and "gross margin" in a.text and "$250" not in a.text


def test_gross_margin_asked_as_a_follow_up_is_the_percentage(margins):
    a = ask(margins, "Tessack revenue Q2 2025", "and gross margin?")
    assert a.status == "answered" and a.unit == "percent" and a.value == pytest.approx(60.0)


@pytest.mark.parametrize("questions, value", [(("Tessack gross margin Q2 2025",), 60.0),  # near misses: one company,
                                              (("which company had the highest gross profit in Q2 2025",), 250e6),
                                              (("Tessack revenue Q2 2025", "and gross profit?"), 120e6)])  # and dollars
def test_one_companys_margin_and_gross_profit_keep_their_answers(margins, questions, value):
    a = ask(margins, *questions)
    assert a.status == "answered" and a.value == pytest.approx(value)


@pytest.mark.parametrize("question, value", [("Varnell loss from discontinued operations", -17.7e6),
                                             ("Varnell loss from discontinued operations Q2 2024", -3.9e6),
                                             ("Varnell discontinued operations per share", -0.53),  # near miss: asked
                                             ("Varnell income from continuing operations", 61.2e6)])
def test_a_money_question_is_never_answered_per_share(shares, question, value):
    a = ask(shares, question)
    assert a.status == "answered" and a.value == pytest.approx(value)
    assert (a.unit == "USD/share") == ("per share" in question)


def test_a_money_question_never_takes_a_per_share_row_by_its_label(shares):
    a = ask(shares, "Varnell discontinued operations")
    assert a.status != "answered" or a.unit == "USD"


def test_shares_outstanding_is_never_a_weighted_average(shares):
    a = ask(shares, "Varnell shares outstanding")
    assert a.value is None and "not the shares outstanding" in a.text


@pytest.mark.parametrize("question, value", [("Varnell diluted weighted average shares", 33.4e6),  # near misses
                                             ("Oddley shares outstanding", 33.4e6),  # a row printed as shares outstanding
                                             ("Oddley diluted shares outstanding Q2 2024", 34.2e6)])
def test_a_row_printed_as_shares_outstanding_or_a_weighted_average_asked_is_answered(shares, question, value):
    a = ask(shares, question)
    assert a.status == "answered" and a.value == pytest.approx(value)


BALANCE = PER_SHARE.replace("Varnell Toolworks", "Pentacombe Gears").replace("VARNELL TOOLWORKS", "PENTACOMBE GEARS") \
    .replace("VNTW", "PNCG") + """
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                                  June 30,    December 31,
                                                     2025        2024
Total assets                                      2,400.0     2,310.5
Common shares outstanding                            33.1        34.0
"""


@pytest.mark.parametrize("question, value", [("Pentacombe shares outstanding", 33.1e6),
                                             ("Pentacombe shares outstanding December 31 2024", 34.0e6),
                                             ("Pentacombe diluted weighted average shares", 33.4e6)])  # near miss
def test_shares_outstanding_is_the_row_of_shares_outstanding_at_a_date(tmp_path, question, value):
    """Of a company printing its shares outstanding at dates, "shares outstanding" is that row, never the weighted
    average of the period."""
    with engine_over(tmp_path, {"pncg.txt": BALANCE}) as eng:
        a = ask(eng, question)
        assert a.status == "answered" and a.value == pytest.approx(value), a.text
