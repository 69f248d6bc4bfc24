"""Asked as "the number of", a row of counts printed in parentheses (a roll-forward's deduction) is its size; a count
not asked as a number of things stays as printed. An invented share-plan note, laid out as annual-report notes print it."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

ROLLFORWARD = """| | 2019 NUMBER | 2018 NUMBER |
| --- | --- | --- |
| Outstanding at the beginning of the period | 611,420 | - |
| Granted during the period | - | 845,100 |
| Forfeited during the period | (152,390) | (233,680) |
| Outstanding at the end of the period | 459,030 | 611,420 |

Employee share plans
The following table illustrates the number of, and movements in, performance rights issued during the year:
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rollforward")
    (folder / "note.txt").write_text(ROLLFORWARD)
    con = connect(folder / "store.duckdb")
    ingest(con, [folder / "note.txt"], company="Ostervale Media Holdings")
    con.close()
    made = Engine(folder / "store.duckdb")
    yield made
    made.close()


def ask(engine: Engine, text: str):
    return engine.ask(text, Context())[0]

def test_the_number_of_a_count_printed_in_parentheses_is_its_size(engine):
    a = ask(engine, "Ostervale: What is the number of performance rights forfeited during the period in 2019?")
    assert a.status == "answered" and a.value == 152_390 and "prints it as -152,390" in a.text
    pct = ask(engine, "Ostervale: What is the percentage change in the number of performance rights "
                                      "forfeited during the period from 2018 to 2019?")
    assert pct.status == "answered" and abs(pct.value - (152_390 - 233_680) / 233_680 * 100) < 0.01


def test_a_count_not_asked_as_a_number_of_things_stays_as_printed(engine):
    """Near miss: without 'number of' / 'how many' the row's figure is given as printed."""
    a = ask(engine, "Ostervale: Forfeited during the period in 2019?")
    assert a.value in (None, -152_390)
