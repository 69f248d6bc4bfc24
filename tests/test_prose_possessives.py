"""A place or segment named in the possessive before the metric ("The US segment's revenue", "Europe's revenue",
"the Devices segment's operating income") is whose figure it is: it carries the place or the segment, and never
answers for the company's total. Built releases, each failing before the fix."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter ended December 31, 2024.

"""

BODY = """Revenue was $100.0 million in the fourth quarter of 2024. The US segment's revenue was $45.0 million in the
fourth quarter of 2024. Europe's revenue was $30.0 million in the fourth quarter of 2024. The Americas segment's sales
were $60.0 million in the fourth quarter of 2024.

The Devices segment's operating income was $5.0 million in the fourth quarter of 2024. The Industrial segment's net
sales were $7.0 million in the fourth quarter of 2024.
"""


def _read(sentence: str) -> list[tuple]:
    doc = parse_text("acme.md", HEAD + sentence + "\n")
    return [(f.label.lower(), f.value, f.geo, f.product) for f in doc.figures]


@pytest.mark.parametrize("sentence,geo,product", [
    ("The US segment's revenue was $45.0 million in the fourth quarter of 2024.", "US", ""),
    ("Europe's revenue was $45.0 million in the fourth quarter of 2024.", "Europe", ""),
    ("The Americas segment's sales were $45.0 million in the fourth quarter of 2024.", "Americas", ""),
    ("Revenue from the US segment was $45.0 million in the fourth quarter of 2024.", "US", ""),
    ("The Devices segment's operating income was $45.0 million in the fourth quarter of 2024.", "", "Devices"),
    ("The Devices segment's revenue was $45.0 million in the fourth quarter of 2024.", "", "Devices"),
    ("The Industrial segment's net sales were $45.0 million in the fourth quarter of 2024.", "", "Industrial"),
    ("Consumer Products' operating income was $45.0 million in the fourth quarter of 2024.", "", "Consumer Products"),
])
def test_the_possessive_names_whose_figure_it_is(sentence, geo, product):
    got = _read(sentence)
    assert [(g, p) for _, v, g, p in got if v == 45_000_000] == [(geo, product)]


@pytest.mark.parametrize("sentence", [
    "Acme's revenue was $45.0 million in the fourth quarter of 2024.",
    "The Company's revenue was $45.0 million in the fourth quarter of 2024.",
    "Acme Widgets' revenue was $45.0 million in the fourth quarter of 2024.",
])
def test_the_companys_own_possessive_is_the_total(sentence):
    assert [(g, p) for _, v, g, p in _read(sentence) if v == 45_000_000] == [("", "")]


@pytest.fixture
def engine(tmp_path):
    release = tmp_path / "acme.md"
    release.write_text(HEAD + BODY)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    e = Engine(tmp_path / "s.duckdb")
    yield e
    e.close()


def test_a_segments_figure_never_answers_the_companys(engine):
    total = engine.ask("Acme revenue Q4 2024", Context())[0]
    assert total.status == "answered" and total.value == 100_000_000
    assert engine.ask("Acme operating income Q4 2024", Context())[0].value != 5_000_000
    assert engine.ask("Acme net sales Q4 2024", Context())[0].value != 7_000_000


def test_a_places_figure_is_answered_for_its_place(engine):
    us = engine.ask("Acme US revenue Q4 2024", Context())[0]
    assert us.status == "answered" and us.value == 45_000_000
    europe = engine.ask("Acme Europe revenue Q4 2024", Context())[0]
    assert europe.status == "answered" and europe.value == 30_000_000


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_companys_own_possessive_names_no_business_line(apostrophe):
    """"The Group's sales were $19.3 billion": the group is the company, its sales the company's — they were a business
    line "Group" (and, with a curly apostrophe, a business line "s"), kept out of the total."""
    got = _read(f"The Group{apostrophe}s sales were $19.3 billion in the fourth quarter of 2024. Nordic "
                f"Gear{apostrophe}s sales were $2.1 billion in the fourth quarter of 2024.")
    assert [g for g in got if g[1] == 19.3e9] and all(g[3] == "" for g in got if g[1] == 19.3e9), got
    assert [g for g in got if g[1] == 2.1e9] and all(g[3] == "Nordic Gear" for g in got if g[1] == 2.1e9), got  # near miss
