"""A year right before a measure names that fiscal year's figure (vocabulary.toml [language] year_named_measures), as
"2025 revenue" and "2025 adjusted EBITDA" already did (issue 19's prose: guidance): "The Company expects 2025 interest
expense of approximately $40 million" is the outlook of fiscal 2025's interest expense (never an actual, never the
release's quarter), "2024 capital expenditures were $31.0 million" in a fourth quarter's release is the year's.

Near misses: a year that names a debt ("Interest expense on the 2025 notes was $4.0 million in the fourth quarter of
2024": the quarter's interest expense, never 2025's), a measure the list does not hold after a year ("2025 widget
royalties"). Every company and figure here is invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import FY24, Q24, engine_over

FY25 = Period(date(2025, 12, 31), 12)
HEAD = """Quillmere Foods Inc. Reports Fourth Quarter 2024 Results

BOISE, Idaho, February 12, 2025 -- Quillmere Foods Inc. (NYSE: QLMF) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    "The Company expects 2025 interest expense of approximately $38 million.",
    "The Company expects 2025 capital expenditures of $55 million to $60 million.",
    "2024 capital expenditures were $31.0 million.",
    # near misses
    "Interest expense on the 2025 notes was $4.0 million in the fourth quarter of 2024.",
    "The Company expects 2025 widget royalties of approximately $7 million.",
]
TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Net sales                                                       $ 92,000    $ 88,000
Operating expenses                                                24,100      23,900
Net income                                                         9,900       8,100
Diluted earnings per share                                          0.62        0.51
"""
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n" + TABLE


@pytest.fixture(scope="module")
def read() -> list[tuple[str, str, float, Period]]:
    doc = parse_text("quillmere_q4_2024.txt", RELEASE)
    return [(f.label, f.qualifier, round(f.value, 2), f.period) for f in doc.figures if f.source == "narrative"]


def test_a_year_before_the_measure_dates_its_outlook_and_its_actual(read) -> None:
    assert ("interest expense (guidance)", "guidance", 38_000_000, FY25) in read
    assert ("capital expenditures (guidance low)", "guidance low", 55_000_000, FY25) in read
    assert ("capital expenditures (guidance high)", "guidance high", 60_000_000, FY25) in read
    assert ("capital expenditures", "", 31_000_000, FY24) in read


def test_a_debts_year_or_a_measure_not_listed_dates_nothing(read) -> None:
    assert ("Interest expense", "", 4_000_000, Q24) in read
    assert not [r for r in read if r[2] == 4_000_000 and r[3] != Q24]
    assert not [r for r in read if r[2] == 7_000_000]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("yearnamed"), {"quillmere_q4_2024.txt": RELEASE}) as e:
        yield e


def test_guidance_answers_a_guidance_question_never_an_actual_one(engine) -> None:
    a = engine.ask("Quillmere 2025 interest expense guidance")[0]
    assert a.status == "answered" and round(a.value) == 38_000_000
    actual = engine.ask("Quillmere interest expense 2025")[0]
    assert actual.status != "answered" or round(actual.value or 0) != 38_000_000
    capex = engine.ask("Quillmere capital expenditures 2024")[0]
    assert capex.status == "answered" and round(capex.value) == 31_000_000
