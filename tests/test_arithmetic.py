"""Arithmetic on cited figures over one annual-report table and its paragraphs (TAT-QA's layout: the
table as pipe lines, then the text), each document written here and ingested as an excerpt under an
invented company: the operation each question form asks for, and the wrong answers it once gave."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

LIQUIDITY = """|  | December 31, |  |
| --- | --- | --- |
|  | 2019 | 2018 |
| Cash and cash equivalents | $121,398 | $148,502 |
| Availability under revolving credit facility | 261,000 | 500,000 |
| Total liquidity | $382,398 | $648,502 |

The following table sets forth our available liquidity for the periods indicated (in thousands):
"""

AFFILIATES = """|  |  | December 31, |  |  |
| --- | --- | --- | --- | --- |
| (in thousands of $) | 2019 | 2018 | Change | % Change |
| Share in net (loss)/earnings in Ostrava Partners | (20,050) | 7,001 | (27,051) | (386)% |
| Impairment of investment in Ostrava Partners | — | (149,389) | 149,389 | 100% |
|  | (22,565) | (138,677) | 116,112 | (84)% |

Equity in net earnings of affiliates: the impairment charge was recognized for the year ended December 31, 2018.
"""

REVENUES = """| (Dollars in thousands) | Year Ended December 31, |  |
| --- | --- | --- |
|  | 2019 | 2018 |
| Software-as-a-service related | $ 72,831 | $ 65,646 |
| Maintenance | 10,519 | 9,834 |
| Total software-related revenues | 83,350 | 75,480 |

Maintenance revenue increased $0.7 million, or 7.0%, from $9.8 million in the year ended December 31, 2018 to $10.5 million for the year ended December 31, 2019.
"""

DOCUMENTS = {"Quendrel Holdings": LIQUIDITY, "Brisvane Holdings": AFFILIATES, "Tolvaro Holdings": REVENUES}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("arithmetic")
    con = connect(folder / "store.duckdb")
    for i, (company, text) in enumerate(DOCUMENTS.items()):
        path = folder / f"table_{i}.txt"
        path.write_text(text)
        ingest(con, [path], company=company)
    con.close()
    e = Engine(folder / "store.duckdb")
    yield e
    e.close()


def ask(engine: Engine, text: str):
    answer, _ = engine.ask(text, Context())
    return answer


def test_a_difference_is_how_far_apart_the_figures_are_and_says_which_is_larger(engine):
    """'the difference in X between 2018 and 2019' was answered -$239.00 million, the change's sign: a
    difference is a size, the direction said in words; 'the change' keeps the sign (a decrease negative)."""
    gap = ask(engine, "Quendrel: What is the difference in availability under revolving credit facility between 2018 and 2019?")
    assert gap.status == "answered" and gap.value == 239_000_000 and gap.kind == "arithmetic"
    assert "$500.00 million − $261.00 million" in gap.text and "lower" in gap.text
    assert len(gap.citations) >= 1
    change = ask(engine, "Quendrel: What was the change in availability under revolving credit facility between 2018 and 2019?")
    assert change.value == -239_000_000 and "Change in" in change.text


def test_a_year_on_year_change_is_an_amount(engine):
    """'the year-on-year change in X' was read as a percent change (38.6%); 'the change' is an amount."""
    a = ask(engine, "Quendrel: What is the year-on-year change in total liquidity?")
    assert a.status == "answered" and a.value == 382_398_000 - 648_502_000 and a.unit == "USD"


def test_a_stated_change_of_signed_figures_is_not_the_change_of_an_expense_by_size(engine):
    """An impairment printed (149,389) then '—', beside a '% Change' column of 100%: compared by size it
    fell 100%; the column's +100% (the signed figure rose) was given as the impairment's change."""
    a = ask(engine, "Brisvane: What was the percentage change in impairment of investment in Ostrava Partners?")
    assert a.status == "answered" and a.value == -100.0 and "fell" in a.text


def test_arithmetic_takes_a_rounded_prose_figure_as_its_table_prints_it_in_full(engine):
    """'$9.8 million' and '$10.5 million' of the prose were averaged ($10.15 million) though the table
    prints them 9,834 and 10,519 (thousands): the average is $10,176,500, from the table's cells."""
    avg = ask(engine, "Tolvaro: What is the average maintenance revenue in 2018 and 2019?")
    assert avg.status == "answered" and avg.value == 10_176_500
    assert any("| Maintenance | 10,519 | 9,834 |" in c.quote for c in avg.citations)
    share = ask(engine, "Tolvaro: What is the maintenance revenue as a percentage of the total software-related revenues in 2019?")
    assert share.status == "answered" and abs(share.value - 10_519 / 83_350 * 100) < 1e-4
