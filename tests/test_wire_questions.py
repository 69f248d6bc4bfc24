"""The hand-checked wire questions (tests/batches/wire/) asked of the development wire releases.

Two stores, as benchmarks/wire_questions.py builds them: every dev wire release as the reader reads
it (company name and ticker included), and the same with the releases that have a batch stored under
the name an analyst knows them by (`--named`), which scores the answering apart from the reading of
the company. A line the engine refuses (abstains, asks back) is allowed — the benchmark reports it;
a stated figure the check rejects is not, except the ones listed in KNOWN_WRONG, today's work list.
The right count of each release may only go up: raise its floor when an answer is fixed, and strike
the line from KNOWN_WRONG.
"""
from __future__ import annotations

import pytest

from benchmarks.split import WIRE
from benchmarks.wire_questions import BATCHES, Row, score

# release batch → (right as read, right --named): the count each must keep at least (2026-12-06).
FLOOR = {
    "agreerealty_2024q4": (1, 6),
    "airt_fy2025q3": (4, 6),
    "any_company": (7, 7),
    "assurant_2024q4": (0, 11),
    "camtek_2024q4": (9, 9),
    "computermodelling_fy2025q3": (1, 1),
    "confluent_2024q4": (0, 10),
    "euronet_2024q4": (0, 10),
    "fhlbdesmoines_2024q4": (2, 2),
    "firstquantum_2024q4": (6, 6),
    "fmbancshares_2024q4": (2, 8),
    "hanesbrands_2024q4": (0, 10),
    "himax_2024q4": (0, 3),
    "imperialpetroleum_2024q4": (1, 5),
    "kornit_2024q4": (1, 14),
    "martinmarietta_2024q4": (1, 10),
    "nnnreit_2024q4": (1, 2),
    "ottawabancorp_2024q4": (1, 7),
    "pennantpark_fy2025q1": (2, 7),
    "realreal_2024q4_prelim": (0, 5),
    "redrock_2024q4": (2, 12),
    "royaltypharma_2024q4": (1, 7),
    "unitedfire_2024q4": (6, 6),
}

# Lines answered with a figure the release does not give, today (as read or --named): the cause of each is in
# the benchmark's listing. Fix the class of failure, then strike the line.
KNOWN_WRONG = {
    "airt01",  # as read ("T, Inc."): "Air T revenues" answered with the Overnight Air Cargo segment's $30.6 million
    "airt02",  # revenue growth: a segment's prose percent (Overnight Air Cargo 5% as read, Ground Equipment 40% named), not 22%
    "airt04",  # nine-month operating income: a subsidiary's (Contrail's $10.7 million) prose figure, not the company's 5,137
    "airt06",  # a segment's revenue growth computed from its Adjusted EBITDA row, period a date
    "airt11",  # as read: same as airt01
    "camt02",  # net income read from the wrapped label "Non-GAAP net / income" of the reconciliation: non-GAAP 37,711 as GAAP
    "camt03",  # same: "Non--GAAP net / income per / diluted / share" 0.77 as GAAP diluted EPS
    "camt05",  # same, full year 2.83
    "camt11",  # same as camt02
    "camt13",  # same: growth computed from the non-GAAP row (44.84%), not GAAP 51%
    "cmg01",  # revenue growth: a segment's prose percent (A/M revenue +131%) instead of total revenue +8%
    "cmg02",  # net income growth from the first segment's columns (R&P) of a segment | segment | consolidated table
    "cmg05",  # same: nine-month revenue growth from the R&P columns
    "cmg06",  # same: nine-month net income change from the R&P columns
    "eeft03",  # diluted EPS read from "Net income for diluted earnings per share calculation" ($46.1 million)
    "eeft05",  # same, full year ($310.2 million as USD/share)
    "fmb10",  # "change 2024 vs 2023" labelled FY 2024 but computed from the Q4 columns
    "himx10",  # "revenue growth Q4 2024" answered with the sequential (QoQ) 6.7%, not year over year 4.2%
    "ottw07",  # "total deposits" answered with the increase ($1.8 million) of "Total deposits increased $1.8 million ... to $282.9 million"
    "ottw12",  # net income growth computed from the rounded prose ($0.5 / $0.2 million: 150%), not the statement (143.5%)
    "rprx04",  # FY portfolio receipts answered with the quarter's Change column (1%)
    "rprx10",  # FY portfolio receipts growth computed as -100%
}

pytestmark = pytest.mark.skipif(not WIRE.is_dir(), reason="../shared/corpus/wire is not beside this checkout")


@pytest.fixture(scope="module")
def as_read(tmp_path_factory) -> list[Row]:
    return score(folder=tmp_path_factory.mktemp("wire"))


@pytest.fixture(scope="module")
def named(tmp_path_factory) -> list[Row]:
    return score(named=True, folder=tmp_path_factory.mktemp("wire_named"))


def describe(rows: list[Row]) -> str:
    return "\n".join(f"{r.release} {r.item.id} {r.item.question!r}: {r.reason}" for r in rows)


def test_every_batch_has_a_floor():
    assert sorted(p.stem for p in BATCHES.glob("*.jsonl")) == sorted(FLOOR)


def test_no_wrong_figure_as_read(as_read):
    wrong = [r for r in as_read if r.verdict == "wrong" and r.item.id not in KNOWN_WRONG]
    assert not wrong, describe(wrong)


def test_no_new_wrong_figure_named(named):
    wrong = [r for r in named if r.verdict == "wrong" and r.item.id not in KNOWN_WRONG]
    assert not wrong, describe(wrong)


@pytest.mark.parametrize("mode", [0, 1], ids=["as_read", "named"])
def test_right_counts_keep_their_floor(mode, as_read, named):
    rows = (as_read, named)[mode]
    below = {}
    for release, floors in FLOOR.items():
        right = sum(1 for r in rows if r.release == release and r.verdict == "right")
        if right < floors[mode]:
            below[release] = (right, floors[mode])
    assert not below, f"right answers below the floor (now, floor): {below}"


def test_every_line_is_scored(named):
    """Every line of every batch is asked and lands in one of the three verdicts."""
    assert len(named) >= 320
    assert {r.verdict for r in named} <= {"right", "wrong", "refused"}
