"""FactLookup answers the per-company templates from one fetch: the same rows as the SQL."""
import itertools

import duckdb

from knowledge.lookup import EVALUATORS, FactLookup
from knowledge.store import connect
from knowledge.templates import TEMPLATES


def _same(a, b, ordered):
    return a == b if ordered else sorted(a, key=repr) == sorted(b, key=repr)


ORDERED = {"segments_held", "metrics_for_period", "latest_figures"}  # ORDER BY over every selected column: a total order


def test_every_template_returns_the_rows_of_its_sql(corpus_db):
    con = connect(corpus_db, read_only=True)
    lookup = FactLookup(con)
    keys = [r[0] for r in con.execute("SELECT company_key FROM companies").fetchall()]
    checked, asked = 0, set()
    for key in keys:
        combos = con.execute("SELECT DISTINCT metric_key, metric, geo, product, months, end_year, end_month "
                             "FROM facts WHERE company_key = ? LIMIT 40", [key]).fetchall()
        for mk, metric, geo, product, months, y, m in combos:
            asked.add(key)
            params = {
                "value_for_period": [key, mk, geo, product, months, y, m],
                "values_for_two_periods": [key, mk, geo, product, months, y, m, months, (y or 0) - 1, m],
                "trend": [key, mk, geo, product, months],
                "periods_held": [key, mk, geo, product],
                "actual_periods_held": [key, mk, geo, product],
                "segments_held": [key, mk],
                "metrics_held": [key],
                "metrics_for_period": [key, months, y, m],
                "products_for_period": [key, mk, geo, months, y, m],
                "latest_figures": [key, [metric, "revenue", "eps"], 3],
            }
            for name, p in params.items():
                want = con.execute(TEMPLATES[name], p).fetchall()
                got = lookup.run(name, p)
                if name == "metrics_held":  # ORDER BY n DESC: ties may come in any order
                    assert sorted(got) == sorted(want) and [n for _, n in got] == [n for _, n in want]
                elif name in ("periods_held", "actual_periods_held"):
                    assert sorted(got, key=repr) == sorted(want, key=repr)
                    assert [r[1:] for r in got] == [r[1:] for r in want]
                else:
                    assert _same(got, want, name in ORDERED), (name, p)
                checked += 1
    assert checked > 500 and set(EVALUATORS) <= set(TEMPLATES)
    assert lookup.fetches == len(asked)  # one store round trip per company, whatever was asked
    con.close()


def test_unknown_company_and_plain_sql_pass_through(seed_db):
    lookup = FactLookup(connect(seed_db, read_only=True))
    assert lookup.run("value_for_period", ["no such company", "revenue", "", "", 3, 2007, 9]) == []
    assert lookup.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert isinstance(lookup.cursor(), duckdb.DuckDBPyConnection)


def test_the_company_lookup_is_an_index_scan(corpus_db):
    """One equality filter on company_key and nothing else: DuckDB reads no row group for it."""
    con = connect(corpus_db, read_only=True)
    key = con.execute("SELECT company_key FROM companies LIMIT 1").fetchone()[0]
    sql = TEMPLATES["company_packs"].replace("?", "'" + key.replace("'", "''") + "'")
    plan = con.execute("EXPLAIN ANALYZE " + sql).fetchall()[0][1]
    assert "Index Scan" in plan
    con.close()


def test_the_cache_is_bounded(seed_db):
    lookup = FactLookup(connect(seed_db, read_only=True), cached=2)
    for key in itertools.islice(itertools.cycle(["a", "b", "c"]), 6):
        lookup.company(key)
    assert lookup.fetches == 6 and len(lookup._cache) == 2


def test_every_pack_holds_exactly_the_rows_of_its_document(corpus_db):
    """fact_packs is a copy of facts: the same rows, typed as DuckDB returns them, for every document."""
    from knowledge import lookup as lk
    from knowledge.packs import ROW_FIELDS, unpack
    from knowledge.templates import FACT_FIELDS
    assert [ROW_FIELDS.index(c) for c in ("value", "doc_id", "metric", "metric_key")] == \
        [lk.VALUE, lk.DOC_ID, lk.METRIC, lk.METRIC_KEY]
    con = connect(corpus_db, read_only=True)
    packs = con.execute("SELECT doc_id, payload FROM fact_packs ORDER BY doc_id").fetchall()
    assert [d for d, _ in packs] == [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
    for doc_id, payload in packs:
        want = con.execute(f"SELECT {FACT_FIELDS}, f.metric_key FROM facts f WHERE f.doc_id = ?", [doc_id]).fetchall()
        got = unpack(payload, doc_id)
        assert sorted(got, key=repr) == sorted(want, key=repr)  # repr: 5 and 5.0 or a date and its text differ
    con.close()


def _derived(con) -> tuple[list, list, list]:
    """company_words and fact_packs as the store holds them, and company_words as derived afresh."""
    from knowledge.store import COMPANY_WORDS
    from knowledge.vocabulary import word_shapes
    held = sorted(con.execute("SELECT word, kind, company_key FROM company_words").fetchall())
    fresh = sorted(con.execute(COMPANY_WORDS.format(where="company_key IS NOT NULL")).fetchall())
    packs = sorted(con.execute("SELECT doc_id, company_key FROM fact_packs").fetchall())
    docs = sorted(con.execute("SELECT doc_id, company_key FROM documents").fetchall())
    shapes = set(con.execute("SELECT shape, word FROM name_shapes").fetchall())
    names = {w for w, kind, _ in held if kind == "name"}
    every_shape = all((shape, w) in shapes for w in names for shape in word_shapes(w))
    return held == fresh and every_shape, packs == docs, held


def test_the_lookup_tables_follow_ingest_rename_and_replace(tmp_path):
    """company_words and fact_packs stay what companies and documents say after every way the store
    changes: an ingest, a company named for excerpts, and a document replaced when read anew."""
    from conftest import CORPUS, SAMPLES, need_corpus
    from knowledge.ingest import ingest
    from knowledge.store import delete_documents, set_company
    need_corpus()
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [SAMPLES, CORPUS])
    words_ok, packs_ok, held = _derived(con)
    assert words_ok and packs_ok and {k for _, k, _ in held} == {"ticker", "name", "first"}
    ids = [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 2").fetchall()]
    set_company(con, ids, "Renamed Widgets Corp", "RWC")
    assert _derived(con)[:2] == (True, True)
    assert ("renamed", "first", "renamed widgets") in _derived(con)[2]
    delete_documents(con, ids[:1])
    assert _derived(con)[:2] == (True, True)
    con.close()


def test_the_company_directory_reads_only_the_words_asked_about(corpus_db):
    """The engine starts without loading companies; a question's words are one indexed lookup,
    remembered, and a name found by ticker, name word, first word or a slip in it."""
    from chat.engine import Engine
    engine = Engine(corpus_db)
    directory = engine.vocab.companies
    assert not directory._words and not directory._companies  # nothing read at start
    con = engine.con.raw
    key, ticker = con.execute("SELECT company_key, lower(ticker) FROM companies WHERE length(ticker) >= 2 "
                              "AND length(split_part(company_key, ' ', 1)) >= 6 ORDER BY company_key LIMIT 1").fetchone()
    first = key.split()[0]
    assert directory.ticker(ticker) == key and key in directory.by_first_word(first)
    assert key in directory.by_name_word(first)
    slip = first[:2] + first[3] + first[2] + first[4:]  # two letters swapped
    assert directory.near_name_word(slip, 75) == first
    assert directory.get(key).key == key and directory.get("no such company") is None
    assert len(directory) == con.execute("SELECT count(*) FROM companies").fetchone()[0]
    assert [c.key for c in directory[:3]] == [r[0] for r in con.execute(
        "SELECT company_key FROM companies ORDER BY company_key LIMIT 3").fetchall()]
    plan = con.execute("EXPLAIN ANALYZE " + TEMPLATES["company_words"].replace("?", f"['{first}', 'revenue']")).fetchall()
    assert "Index Scan" in plan[0][1]
    engine.close()


def test_duckdb_never_draws_a_progress_bar_on_stdout(tmp_path):
    """A long query (a migration on a big store) would draw DuckDB's bar into a batch's JSON output."""
    for read_only in (False, True):  # created by the first open: a read-only open never creates a store
        con = connect(tmp_path / "s.duckdb", read_only=read_only)
        assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
        con.close()
