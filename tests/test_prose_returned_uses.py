"""The uses a sentence lists for the capital the company returned to shareholders, each named after its amount (issue
19's prose: capital returned): "We returned $10.0 billion to shareholders in the second quarter through $9.7 billion
of share repurchases and $244 million of cash dividends". The dividends' amount is read as the "paid" verb reads one
("dividends paid", a printed term, vocabulary.toml [language] returned_uses), for the period of the returned amount,
whichever of the two uses comes first; the repurchases are read as before.

Left unread: dividends the sentence lists under another verb ("..., and expects to pay $61 million of cash dividends
in 2025"), a preferred dividend, dividends declared, a list whose sentence names no period, a business line's or
another entity's return of capital. Every company and figure here is invented."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from tests.built_releases import FY24, Q24, engine_over

HEAD = """Corvalis Tooling Inc. Reports Fourth Quarter 2024 Results

TACOMA, Wash., February 11, 2025 -- Corvalis Tooling Inc. (NYSE: CVT) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    "During the fourth quarter of 2024, Corvalis returned $310 million to shareholders through $62 million of cash "
    "dividends and $248 million of share repurchases.",
    "For the full year 2024, we returned $1.2 billion to our shareholders in the form of $900 million in share "
    "repurchases and $300 million in dividends.",
    # near misses: left unread
    "We returned $500 million to shareholders in the fourth quarter of 2024 through share repurchases, and expect to "
    "pay $61 million of cash dividends in 2025.",
    "We returned $400 million to shareholders in the fourth quarter of 2024 through $380 million of share repurchases "
    "and $20 million of preferred dividends.",
    "We returned $450 million to shareholders through $400 million of share repurchases and $50 million of cash "
    "dividends.",
    "In renewable tooling, we returned $330 million to shareholders in the fourth quarter of 2024 through $300 million "
    "of share repurchases and $30 million of cash dividends.",
    "Wexford Fund returned $90 million to its shareholders in the fourth quarter of 2024 through $70 million of share "
    "repurchases and $19 million of cash dividends.",
    "We returned $250 million to shareholders in the fourth quarter of 2024 through $230 million of share repurchases "
    "and $21 million of cash dividends declared.",
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n"
UNREAD = {61_000_000, 20_000_000, 50_000_000, 30_000_000, 19_000_000, 21_000_000}


@pytest.fixture(scope="module")
def read() -> dict[str, list[tuple[float, object]]]:
    doc = parse_text("corvalis_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, object]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value, 2), f.period))
    return out


def test_the_dividends_a_return_of_capital_lists_are_read_with_its_period(read) -> None:
    assert read["dividends paid"] == [(62_000_000, Q24), (300_000_000, FY24)]
    assert (310_000_000, Q24) in read["capital returned to shareholders"]
    assert (1_200_000_000, FY24) in read["capital returned to shareholders"]


def test_dividends_of_another_verb_kind_entity_or_no_period_stay_unread(read) -> None:
    assert not {v for v, _ in read.get("dividends paid", [])} & UNREAD
    assert not {v for found in read.values() for v, _ in found} & UNREAD


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("returned"), {"corvalis_q4_2024.txt": RELEASE}) as e:
        yield e


def test_a_question_reaches_the_dividends_paid(engine) -> None:
    a = engine.ask("Corvalis dividends paid Q4 2024")[0]
    assert a.status == "answered" and round(a.value) == 62_000_000
    year = engine.ask("Corvalis dividends paid FY 2024")[0]
    assert year.status == "answered" and round(year.value) == 300_000_000


def test_the_dividends_paid_never_answer_dividends_per_share(engine) -> None:
    a = engine.ask("Corvalis dividend per share Q4 2024")[0]
    assert a.status != "answered" or a.value < 100
