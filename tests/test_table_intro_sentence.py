"""A one-table excerpt's sentence introducing its table says what its figures are ("For agreements longer than one
year, revenue still to be recognised is expected as follows:" explains "agreements"), but never a word that names a
row of its own. Invented excerpts, laid out as annual-report notes print them (the table, then its paragraphs)."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect

BACKLOG = """| | 2019 | 2018 |
| --- | --- | --- |
| | $ million | $ million |
| Within one year | 24.6 | 19.2 |
| Greater than one year | 11.4 | 13.9 |
| | 36.0 | 33.1 |

Remaining performance obligations
For agreements longer than one year, revenue still to be recognised at year end is expected as follows:
The amounts exclude orders not yet started.
"""

# near miss: the introducing sentence names "services", which is a row of the table itself
PRODUCTS = """| Years Ended | June 30, 2019 | June 30, 2018 |
| --- | --- | --- |
| Revenue: | | |
| Valves | $4,210 | $3,980 |
| Pumps | 1,105 | 1,020 |
| Total Product | 5,315 | 5,000 |
| Services | 2,640 | 2,410 |
| Total | $7,955 | $7,410 |

The following table presents revenue for groups of similar products and services (in millions):
"""

# near miss: the same words in a sentence that ends in a full stop introduce nothing
BACKLOG_NO_INTRO = BACKLOG.replace("is expected as follows:", "is expected to follow the table.")

def _engine(folder, text: str, company: str) -> Engine:
    (folder / "note.txt").write_text(text)
    con = connect(folder / "store.duckdb")
    ingest(con, [folder / "note.txt"], company=company)
    con.close()
    return Engine(folder / "store.duckdb")


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    made = {}
    for name, text, company in [("backlog", BACKLOG, "Quillmarsh Tooling Holdings"),
                                ("products", PRODUCTS, "Brantwick Fluidics Holdings"),
                                ("no_intro", BACKLOG_NO_INTRO, "Quillmarsh Tooling Holdings")]:
        made[name] = _engine(tmp_path_factory.mktemp(name), text, company)
    yield made
    for engine in made.values():
        engine.close()


def ask(engine: Engine, text: str):
    return engine.ask(text, Context())[0]


def test_the_sentence_introducing_a_table_explains_the_words_it_says_of_its_figures(engines):
    change = ask(engines["backlog"], "Quillmarsh: What was the change in the amount for agreements within one year?")
    assert change.status == "answered" and abs(change.value - 5_400_000) < 1
    pct = ask(engines["backlog"], "Quillmarsh: What was the percentage change in the amount for agreements within one year?")
    assert pct.status == "answered" and abs(pct.value - (24.6 - 19.2) / 19.2 * 100) < 0.01


def test_a_sentence_ending_in_a_full_stop_introduces_nothing(engines):
    a = ask(engines["no_intro"], "Quillmarsh: What was the change in the amount for agreements within one year?")
    assert a.status != "answered" and a.value is None


def test_a_word_the_tables_own_rows_print_is_never_explained_by_the_introducing_sentence(engines):
    """'total products and services' is the Total row: never the 'Total Product' row with 'services' explained
    away by the sentence over the table."""
    a = ask(engines["products"], "Brantwick: What was the change in total products and services between 2018 and 2019?")
    assert a.value is None or abs(a.value - 545_000_000) < 1
