"""A row printed 'adjusted' never answers a plain question of a ratio, and a plain row never answers an 'adjusted'
question: 'EBITDA margin' was answered with the 'Adjusted EBITDA margin' row, 'adjusted EBITDA' with the plain
EBITDA row. Near misses: the plain and the adjusted question each still find their own row. Invented release."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from tests.built_releases import engine_over

RELEASE = """Quillmoor Freight Reports Fourth Quarter 2024 Results

DALLAS, Feb. 5, 2025 -- Quillmoor Freight, Inc. (NYSE: QLMF) today reported results for the quarter ended \
December 31, 2024.

QUILLMOOR FREIGHT, INC.
RECONCILIATION OF NET INCOME TO EBITDA
(in thousands, except percentages)

|                                | Three Months Ended |                   |
|                                | December 31, 2024  | December 31, 2023 |
|--------------------------------|--------------------|-------------------|
| Revenue                        | $ 400,000          | $ 350,000         |
| Net income                     | $ 20,000           | $ 15,000          |
| Interest expense               | 5,000              | 5,000             |
| Income taxes                   | 6,000              | 5,000             |
| Depreciation and amortization  | 19,000             | 15,000            |
| EBITDA                         | $ 50,000           | $ 40,000          |
| Restructuring costs            | 10,000             | 2,000             |
| Adjusted EBITDA margin         | 15.0 %             | 12.0 %            |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    with engine_over(tmp_path_factory.mktemp("adjusted_said"), {"quillmoor.md": RELEASE}) as e:
        yield e


def _value(engine: Engine, question: str) -> float | None:
    a = engine.ask(question)[0]
    return a.value if a.status == "answered" else None


@pytest.mark.parametrize("question, figure", [
    ("Quillmoor EBITDA margin Q4 2024", None),  # only the adjusted margin is printed
    ("Quillmoor adjusted EBITDA Q4 2024", None),  # only the plain EBITDA is printed
    ("Quillmoor adjusted EBITDA margin Q4 2024", 15.0),
    ("Quillmoor EBITDA Q4 2024", 50e6),
])
def test_adjusted_and_plain_rows_answer_only_their_own_question(engine, question, figure):
    got = _value(engine, question)
    assert got == (pytest.approx(figure) if figure is not None else None)
