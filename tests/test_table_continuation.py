"""A table split in two (a page break) goes on under the first part's title, scale and columns; a table of its own
does not. The evidence of a continuation: as many value columns as the table before, no header of its own and no
caption or scale line of its own between them ('(continued)' aside). A table after another of the same column count
whose header row is empty but that prints its own name and '(in millions)' is its own table: read under the table
before's title it was read in thousands (a thousand times off). Every company and figure is invented."""
from __future__ import annotations

import pytest

from parsers.document import parse_text
from tests.built_releases import engine_over

HEAD = """Harrowgate Instruments Inc. Reports Fourth Quarter 2024 Results

DENVER, Colorado, February 12, 2025 -- Harrowgate Instruments Inc. (NYSE: HRGT) today reported results for the fourth quarter ended December 31, 2024.

**CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS**

(in thousands of U.S. dollars)

| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |
|---|---|---|
| Revenue | $152,310 | $140,220 |
| Cost of revenue | 80,100 | 75,400 |
"""
OWN_TABLE = HEAD + """
**Backlog by Segment**

(in millions)

| | | |
|---|---|---|
| Industrial backlog | 412.5 | 380.2 |
| Total backlog | 507.6 | 468.9 |
"""
CONTINUED = HEAD + """
| | | |
|---|---|---|
| Operating income | 31,450 | 29,870 |
| Net income | 12,450 | 10,980 |
"""
CONTINUED_SAID = HEAD + """
**CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (continued)**

| | | |
|---|---|---|
| Net income | 12,450 | 10,980 |
"""


def _values(text: str, word: str) -> set[float]:
    doc = parse_text("harrowgate_q4_2024.md", text)
    return {round(f.value) for f in doc.figures if f.source == "table" and word in f.label.lower()}


def test_a_table_stating_its_own_scale_and_name_is_never_the_table_before_continued() -> None:
    assert not {412_500, 507_600} & _values(OWN_TABLE, "backlog")  # was read in the thousands of the table before
    assert _values(OWN_TABLE, "revenue") >= {152_310_000, 140_220_000}  # the table before still read


def test_a_table_split_with_nothing_between_goes_on_in_the_tables_columns_and_scale() -> None:  # near miss
    assert _values(CONTINUED, "net income") == {12_450_000, 10_980_000}
    assert _values(CONTINUED_SAID, "net income") == {12_450_000, 10_980_000}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("cont"), {"harrowgate_q4_2024.md": OWN_TABLE}) as eng:
        yield eng


def test_the_own_tables_figure_is_never_answered_a_thousand_times_off(engine) -> None:
    reply, _ = engine.ask("Harrowgate total backlog Q4 2024")
    assert "507,600" not in reply.text and reply.value not in (507_600, 507_600_000)
    assert engine.ask("Harrowgate revenue Q4 2024")[0].value == 152_310_000
