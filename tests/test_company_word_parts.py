"""A company named by one word of its name that its releases also use for a part of the business: the word asks for
the part ("Pacific revenue" of Pacific Holdings is the Pacific region's), never the company's total."""
from __future__ import annotations

import pytest

from tests.built_releases import engine_over

_RELEASE = """{name} Reports Fourth Quarter 2024 Results

SEATTLE, Feb. 5, 2025 -- {name} Inc. (NYSE: {ticker}) today reported results for the quarter ended December 31, 2024.

Total revenue for the fourth quarter was $512.0 million. {word} revenue was $40.1 million, and Atlantic revenue was
$80.4 million.

The {word} region added 12 stores during the quarter.
"""

_PLAIN = """{name} Reports Fourth Quarter 2024 Results

SEATTLE, Feb. 5, 2025 -- {name} Inc. (NYSE: {ticker}) today reported results for the quarter ended December 31, 2024.

Total revenue for the fourth quarter was $312.0 million. Atlantic revenue was $80.4 million.

* Fourth quarter {word} Cloud revenue of $95.0 million, up 30% year over year
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("company_word"), {
            "pac.md": _RELEASE.format(name="Pacific Holdings", ticker="PCHX", word="Pacific"),
            "bor.md": _PLAIN.format(name="Boreal Widgets", ticker="BRLW", word="Boreal")}) as eng:
        yield eng


def _value(engine, question: str) -> float | None:
    return engine.ask(question)[0].value


@pytest.mark.parametrize("question", ["Pacific revenue Q4 2024", "pacific's revenue in the fourth quarter of 2024"])
def test_the_name_word_the_releases_use_for_a_part_asks_for_the_part(engine, question):
    assert _value(engine, question) == pytest.approx(40.1e6)


@pytest.mark.parametrize("question, value", [
    ("Pacific Holdings revenue Q4 2024", 512.0e6),  # the name said whole is the company
    ("What was Pacific's total revenue in Q4 2024?", 512.0e6),  # the whole company's, said so
    ("Pacific consolidated revenue Q4 2024", 512.0e6),
    ("Pacific Holdings Atlantic revenue Q4 2024", 80.4e6),
    ("Boreal revenue Q4 2024", 312.0e6),  # a name word that only begins a part's name ("Boreal Cloud"): the company
    ("Boreal Cloud revenue Q4 2024", 95.0e6),
])
def test_the_company_named_otherwise_keeps_its_own_figures(engine, question, value):
    assert _value(engine, question) == pytest.approx(value)
