"""A change computed from two figures takes each as the release's table prints it in full, never as a sentence
rounds it: "a record $31.0 million in revenue" (a quote whose label is the bare word asked) and "$17.6 million" a
year before give 76.1%, the statement's 30,968 and 17,622 give 75.7%. A prose figure no table row rounds to (the
near miss: a quarter the statement does not print) is still used as printed. Invented releases."""
from __future__ import annotations

import pytest

from tests.built_releases import engine_over

_RELEASE = """# Corvane Safety Systems Reports Record Results for Fiscal Fourth Quarter 2024

DENVER, Feb. 6, 2025 (GLOBE NEWSWIRE) — Corvane Safety Systems Inc. (Nasdaq: CRVN) today reported results for its
fiscal fourth quarter and full year ended November 30, 2024.

**Net revenue** for Q4 2024 was $31.0 million, compared to $17.6 million in the fiscal fourth quarter of 2023.

Corvane CEO Dana Whitlock said: “The fourth quarter capped a remarkable year. We generated a record $31.0 million in revenue while expanding our margins.

“Looking ahead, we remain optimistic about our trajectory.”

**Net revenue** for the fiscal third quarter of 2024 was $24.4 million, compared to $14.1 million in the fiscal third quarter of 2023.

| CORVANE SAFETY SYSTEMS INC. Condensed Consolidated Statements of Operations (Amounts in thousands) | | | | |
| --- | --- | --- | --- | --- |
|  | Three Months Ended November 30, | | Twelve Months Ended November 30, | |
|  | 2024 | 2023 | 2024 | 2023 |
| Net revenue | 30,968 | 17,622 | 96,204 | 61,377 |
| Cost of goods sold | 11,305 | 7,448 | 36,018 | 27,330 |
| Gross profit | 19,663 | 10,174 | 60,186 | 34,047 |
| Net income | 10,017 | 1,204 | 14,889 | 2,960 |
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("infull"), {"corvane_fy2024q4.md": _RELEASE}) as eng:
        yield lambda q: eng.ask(q)[0]


def test_a_change_is_computed_from_the_figures_the_table_prints_in_full(ask):
    a = ask("Corvane revenue growth Q4 2024")
    assert a.status == "answered" and a.value == pytest.approx(75.73, abs=0.01), a.text


def test_a_prose_figure_no_table_row_prints_is_used_as_printed(ask):
    a = ask("Corvane revenue growth Q3 2024")
    assert a.status == "answered" and a.value == pytest.approx(73.05, abs=0.01), a.text
