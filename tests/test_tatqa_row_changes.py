"""Changes between two cells of one table row, asked in the words annual-report readers use (the "row change"
questions of benchmarks/tatqa.py), each on an invented table built here and asked of the engine. One store is
built per module: the documents are small and the questions only read it.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

COMPANY = "Brindle Quarry Holdings"


def _table(rows: list[list[str]], after: str) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


AMORTIZATION = _table([
    ["Year Ended May 31,", "", "", "", ""],
    ["", "", "", "Percent Change", ""],
    ["(Dollars in millions)", "2019", "Actual", "Constant", "2018"],
    ["Licensed patents", "$912", "13%", "14%", "$807"],
    ["Customer lists", "640", "-3%", "-3%", "660"],
    ["Total amortization of intangible assets", "$1,552", "6%", "7%", "$1,467"],
], "Amortization of intangible assets rose in fiscal 2019 as patents licensed in the year began to amortize.")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder: Path = tmp_path_factory.mktemp("row_changes")
    path = folder / "amortization.txt"
    path.write_text(AMORTIZATION)
    con = connect(folder / "s.duckdb")
    ingest(con, [path], company=COMPANY)
    con.close()
    eng = Engine(folder / "s.duckdb")
    yield eng
    eng.close()


def _ask(engine: Engine, question: str):
    answer, _ = engine.ask(f"{COMPANY}: {question}", Context())
    return answer


@pytest.mark.parametrize("question", [
    'How much less did the company spend on "licensed patents" in 2018 than 2019?',
    "How much more did the company spend on licensed patents in 2019 than in 2018?",
    "How much higher was licensed patents in 2019 than in 2018?",
])
def test_how_much_more_or_less_in_one_year_than_another_is_the_gap_between_them(engine: Engine, question: str) -> None:
    """'How much less ... in 2018 than 2019': how far apart the two years' figures are, which is larger said in words
    (it was refused: 'less than' was read as words of a row's name)."""
    answer = _ask(engine, question)
    assert answer.status == "answered" and answer.value == pytest.approx(105e6)
    assert "higher" in answer.text and "$912" in answer.text and "$807" in answer.text


def test_a_comparison_with_one_year_named_is_no_gap_of_two_years(engine: Engine) -> None:
    answer = _ask(engine, "How much more was spent on licensed patents than on customer lists in 2019?")
    assert answer.value != pytest.approx(105e6)
