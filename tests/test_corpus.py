"""Every release of the development corpus ingests; at least three facts per release, verified by
reading the release, come out of it (tests/data/corpus_facts.jsonl)."""
import json
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from conftest import CORPUS, need_corpus

EXPECTED = [json.loads(l) for l in (Path(__file__).parent / "data" / "corpus_facts.jsonl").read_text().splitlines()]
# Column headers name the year but never the month ("For the fiscal quarter ended / 2008"), and the
# text never says when the fiscal year ends: its periods cannot be placed, so no figure is stated.
EPS_AS_ASKED = {"eps": "eps_diluted"}  # "EPS" as people ask it: the diluted figure, or the one printed
NO_FIGURES_YET = {"gerberscientific_fy2008q3.txt"}


@pytest.fixture(scope="module")
def con(corpus_db):
    c = duckdb.connect(str(corpus_db), read_only=True)
    yield c
    c.close()


def test_every_corpus_release_is_ingested(con):
    need_corpus()
    names = {r[0] for r in con.execute("SELECT file_name FROM documents").fetchall()}
    assert {p.name for p in CORPUS.glob("*.txt")} <= names


def test_three_checked_facts_per_release():
    per_doc = Counter(e["doc"] for e in EXPECTED)
    need_corpus()
    for path in CORPUS.glob("*.txt"):
        if path.name not in NO_FIGURES_YET:
            assert per_doc[path.name] >= 3, path.name


@pytest.mark.parametrize("fact", EXPECTED, ids=lambda e: f"{e['doc']}:{e['metric']}:{e['period']}")
def test_checked_fact(con, fact):
    rows = con.execute(
        "SELECT f.value, f.line_no, f.quote, l.text FROM facts f JOIN documents d USING (doc_id) "
        "JOIN lines l ON l.doc_id = f.doc_id AND l.line_no = f.line_no "
        "WHERE d.file_name = ? AND f.metric IN (?, ?) AND f.period_label = ? AND f.unit = ? AND f.basis = ''",
        [fact["doc"], fact["metric"], EPS_AS_ASKED.get(fact["metric"], fact["metric"]), fact["period"],
         fact["unit"]]).fetchall()
    hits = [r for r in rows if abs(r[0] - fact["value"]) <= 1e-6 * max(1.0, abs(fact["value"]))]
    assert hits, f"{fact} not among {[r[0] for r in rows]}"
    assert all(quote in text for _, _, quote, text in hits)
    if fact["line"]:
        assert fact["line"] in {line for _, line, _, _ in hits}


def test_no_release_states_two_values_for_one_plain_figure(con):
    """Within one release, one metric/place/product/period has one value (narrative rounding aside)."""
    rows = con.execute("""
        SELECT d.file_name, f.metric, f.basis, f.geo, f.product, f.period_label, f.unit, min(f.value), max(f.value)
        FROM facts f JOIN documents d USING (doc_id) WHERE f.metric <> 'other' AND f.basis NOT IN ('part', 'reconciling')
        GROUP BY ALL HAVING max(f.value) - min(f.value) > 0.02 * greatest(abs(min(f.value)), abs(max(f.value)))
    """).fetchall()
    assert rows == []
